/**
 * The reader, injected into a journal page by the background the first time a 'Read in
 * Inkwell' button is used (registration: runtime, so no journal page pays for it before).
 * It exposes its API to the detector on the shared global under a symbol (same extension, same
 * isolated world; a symbol, because the page's elements are named properties of the global)
 * and mounts the overlay in a shadow root with WXT's createShadowRootUi.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { mountReader, type ReaderHandle, type ReadingPlace } from '../../components/reader/reader';
import { READER_CSS } from '../../components/reader/styles';
import { keepOnTop, type TopLayerGuard } from '../../components/reader/top-layer';
import { closeOnBack } from '../../components/reader/back-closes';
import { makePageInert } from '../../components/reader/page-inert';
import { useDeviceViewport } from '../../components/reader/viewport';
import { offerRemotePlaces } from '../../components/reader/remote-place';
import { browser } from 'wxt/browser';
import { downloadBook, saveBlob } from '../../components/book-download';
import { buildStoryRecords, refetchState, stateFromSaved } from '../../utils/reader-records';
import { cleanForStorage } from '../../utils/sanitize';
import { fetchThroughBackground, sendMessage } from '../../utils/messages';
import { parseFetchedPage } from '../../utils/parse-page';
import { newsOnPage } from '../../utils/new-parts';
import { normalizeSettings, readerSettings } from '../../utils/settings';
import { chooseStart } from '../../utils/start-place';
import { FIRST_BATCH, extendStory, loadParts, navLinksInPost, retryPart, stitchStory, storyLinksAnySite, type StitchState } from '../../utils/stitch';
import type { StoryPost } from '../../utils/extract/types';
import { locateStories } from '../../utils/extract/index';
import { canonicalEntryKey, unwrapWayback } from '../../utils/url';
import type { PartRecord, PositionRecord, StoryRecord } from '../../utils/db';
import type { ReaderApi } from '../journal.content/index';
import { sameJournalPage } from '../../utils/fetch-policy';
import { MOVED_PAGE_MESSAGE as MOVED } from '../../utils/reader-session';

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    let open: { handle: ReaderHandle; ui: { remove(): void } } | null = null;

    const parse = parseFetchedPage;
    const fetchPage = fetchThroughBackground;

    /** A stitch begun before anyone listens: updates are kept until `attach`. */
    const earlyStitch = (start: { url: string; post?: StoryPost; doc?: Document }) => {
      let latest: StitchState | null = null;
      let listener: ((s: StitchState) => void) | null = null;
      const done = stitchStory(start, {
        fetchPage,
        parse,
        firstBatch: FIRST_BATCH,
        onUpdate: (s) => {
          latest = s;
          listener?.(s);
        },
      });
      return {
        attach(onUpdate: (s: StitchState) => void): Promise<StitchState> {
          listener = onUpdate;
          if (latest) onUpdate(latest);
          return done;
        },
      };
    };

    const api: ReaderApi = {
      async open({ story, pageUrl, loadedUrl, returnFocus, refresh, saved: savedLookup }) {
        if (open) return;
        // A page's script can move its address within its origin, and some origins hold many
        // journals: read nothing as if it were another journal's page (the background checks too).
        if (!sameJournalPage(pageUrl, loadedUrl)) throw new Error(MOVED);
        // The detector's build of extraction decides and titles, but leaves the HTML, the part links
        // and the poster to this full build: read the clicked post again, here.
        const startKey = canonicalEntryKey(story.url);
        const located = locateStories(document, pageUrl);
        story = located.extraction.stories.find((s) => canonicalEntryKey(s.url) === startKey) ?? story;
        const keys = [startKey, ...story.partLinks.map((l) => canonicalEntryKey(l.url))];
        const lookupAll = () => sendMessage('story:lookup', { partKeys: keys });
        // The background fetches for this frame only once it knows the story: the post the user
        // chose and the entries it links to (it adds the parts saved from an earlier read itself).
        const links = [...story.partLinks.map((l) => l.url), ...navLinksInPost(document, pageUrl, story).map((l) => l.url)];
        // On a Wayback copy extraction knows the post by its original journal URL; the session is
        // told the copy this page is (a Wayback page's post is a Wayback copy).
        const wayback = unwrapWayback(pageUrl);
        const sessionPostUrl = wayback && !unwrapWayback(story.url) ? `https://web.archive.org/web/${wayback.timestamp}/${story.url}` : story.url;
        const [lookup, stored, session] = await Promise.all([
          // The detector asked already, by the clicked post's key: any part's key finds its story (a
          // story saved before its newest part was known is merged when it is saved again).
          ((savedLookup as Promise<{ story: unknown; parts: unknown[]; position: unknown }> | undefined) ?? lookupAll()).catch(() => ({
            story: null,
            parts: [],
            position: null,
          })),
          readerSettings.getValue().catch(() => null),
          sendMessage('reader:session', { postUrl: sessionPostUrl, links, storyLinks: storyLinksAnySite(story), loadedUrl }).catch((e: Error) => ({ ok: false, error: e.message })),
        ]);
        if (!session.ok) throw new Error(session.error ?? 'The reader could not start.');
        const saved = lookup.story as StoryRecord | null;
        const savedParts = lookup.parts as PartRecord[];
        const savedPosition = lookup.position as PositionRecord | null;
        // Refresh (from the library): every part fetched again; the place in the text is kept.
        const savedCopy = saved && !refresh ? stateFromSaved(saved, savedParts) : null;
        const cachedState = savedCopy?.state ?? null;
        const masterKey = saved?.masterpostUrl ? canonicalEntryKey(saved.masterpostUrl) : null;
        const isMasterpost = located.extraction.kind === 'masterpost' || startKey === masterKey;
        // A work in progress: what the live page shows that the saved copy lacks (new parts, a
        // newly posted part's own page) is fetched after the saved parts are shown.
        const news = saved && savedCopy ? newsOnPage(saved, { post: story, links: [...story.partLinks, ...navLinksInPost(document, pageUrl, story, located.locations)], isMasterpost }) : null;
        // A record saved before totals were kept is saved again once, with them (the library's Finished needs them).
        const grow = !!cachedState && (!!news?.any || !!cachedState.pending || saved?.totalParts === undefined);
        // Opened from part 3 (or a new part): there, unless the saved place is at or after it.
        const start = chooseStart({
          from: isMasterpost ? null : { key: startKey, part: story.part },
          saved: savedPosition ? toPlace(savedPosition) : null,
          order: saved?.partKeys ?? [],
        });
        let storyId = saved?.id ?? null;
        let placeKey = savedPosition?.partKey ?? null;
        // A position taken before the story's first save waits for its id.
        let unsavedPlace: PositionRecord | null = null;
        const sendPosition = (position: PositionRecord) => void sendMessage('position:save', { position }).catch(() => undefined);
        const firstOpened = saved?.firstOpened ?? Date.now();
        // The story's own "show images": kept on its record (sent with the first save if it has none yet).
        let showImages = saved?.showImages;
        // What the open reader changed in the page (viewport, inert, history): undone on close.
        let releasePage: (() => void)[] = [];

        // The page the post was found on: on a recent-entries page a post behind a cut is read from
        // its entry page; on its own entry page the text is all here already.
        const startInput: { url: string; post?: StoryPost; doc?: Document } = { url: pageUrl, post: story, doc: document };
        // Not cached: start fetching the parts now, while the overlay is built; the reader takes
        // the updates (the latest one first) as soon as it is there.
        const early = cachedState ? null : earlyStitch(startInput);
        let topLayer: TopLayerGuard | null = null;
        const growFrom = { url: pageUrl, post: story, doc: document, isMasterpost };

        let settings = normalizeSettings(stored);
        const ui = await createShadowRootUi(ctx, {
          name: 'inkwell-reader',
          position: 'modal',
          zIndex: 2147483647,
          // Closed: the page's scripts share this DOM; what the reader fetched is for the user only.
          mode: 'closed',
          isolateEvents: true,
          css: READER_CSS,
          onMount: (container) => {
            const htmlOverflow = document.documentElement.style.overflow;
            document.documentElement.style.overflow = 'hidden';
            const handle = mountReader(
              container,
              story,
              {
                cached: cachedState ? { state: cachedState, place: start.place, saved: savedCopy!.known, grow } : null,
                place: start.place,
                offer: start.offer,
                openAsPage: saved ? () => void sendMessage('reader:open-page', { storyId: storyId ?? saved.id }).catch(() => undefined) : undefined,
                settings,
                saveSettings: (s) => {
                  settings = s;
                  void readerSettings.setValue(s);
                },
                stitch: (onUpdate, { refresh: again, loaded, current }) => {
                  if (!again && early) return early.attach(onUpdate);
                  const opts = { fetchPage, parse, onUpdate, firstBatch: FIRST_BATCH };
                  // Growing the saved copy: the masterpost is read again only when the page's
                  // marker promises parts that no link shows.
                  if (!again && cachedState) return extendStory(cachedState, { from: growFrom, retry: news?.retry, skip: masterKey && !news?.askMasterpost ? [masterKey] : [] }, opts);
                  // Refresh: every known part again (what was read, not only the first batch; none
                  // is lost if its page is gone), and the page.
                  if (current) return extendStory(refetchState(current), { from: growFrom }, { ...opts, firstBatch: Math.max(FIRST_BATCH, loaded ?? 0) });
                  return stitchStory(startInput, opts);
                },
                retry: (state, key, onUpdate) => retryPart(state, key, { fetchPage, parse, onUpdate, firstBatch: FIRST_BATCH }),
                load: (state, keys, onUpdate) => loadParts(state, keys, { fetchPage, parse, onUpdate, firstBatch: FIRST_BATCH }),
                savePlace: (place: ReadingPlace, percent: number) => {
                  placeKey = place.partKey;
                  const position: PositionRecord = { storyId: storyId ?? '', ...place, percent, updatedAt: Date.now() };
                  if (storyId) sendPosition(position);
                  else unsavedPlace = position;
                },
                saveStory: async (state: StitchState) => {
                  const { story: record, parts } = buildStoryRecords(state, story, { id: storyId, firstOpened, previous: saved, placeKey, clean: cleanForStorage });
                  if (showImages !== undefined) record.showImages = showImages;
                  if (document.documentElement.lang) record.language = document.documentElement.lang;
                  storyId = record.id;
                  const res = await sendMessage('story:save', { story: record, parts }).catch((e: Error) => ({ ok: false, error: e.message }));
                  if (unsavedPlace) {
                    sendPosition({ ...unsavedPlace, storyId: record.id });
                    unsavedPlace = null;
                  }
                  return 'quotaExceeded' in res ? { quotaExceeded: res.quotaExceeded, textSaved: res.textSaved, evictedStories: res.evictedStories } : {};
                },
                openPost: (url) => window.open(url, '_blank', 'noopener'),
                pageKey: canonicalEntryKey(pageUrl),
                showImages,
                setShowImages: (show) => {
                  showImages = show;
                  if (storyId) void sendMessage('story:show-images', { storyId, show }).catch(() => undefined);
                },
                finished: saved?.status === 'finished',
                setFinished: async (finished) => {
                  if (!storyId) throw new Error('the story is not saved yet');
                  const res = await sendMessage('story:status', { id: storyId, status: finished ? 'finished' : undefined });
                  if (!res.ok) throw new Error(res.error ?? 'not saved');
                },
                // The book is made from the saved copy (what IndexedDB holds), as in the library.
                download: async (format) => {
                  const found = await sendMessage('story:lookup', { partKeys: storyId ? [storyId] : keys });
                  if (!found.story) throw new Error('the story is not saved yet: wait until its parts have loaded.');
                  const record = found.story as StoryRecord;
                  const res = await downloadBook(format, { story: record, parts: found.parts as PartRecord[] }, {
                    // As the reader shows this story: its own choice, else the settings.
                    images: showImages ?? record.showImages ?? settings.loadImages,
                    language: document.documentElement.lang,
                    // Inside the closed shadow root: the page never sees the link or its Blob URL.
                    save: (name, blob) => saveBlob(name, blob, container),
                  });
                  return res.message;
                },
              },
              () => {
                stopRemotePlaces();
                // The final position was just sent: sync it now, not in 30 s.
                void sendMessage('sync:flush', {}).catch(() => undefined);
                topLayer?.stop();
                for (const release of releasePage.splice(0)) release();
                document.documentElement.style.overflow = htmlOverflow;
                ui.remove();
                open = null;
                returnFocus?.focus();
              },
            );
            // Another device read on in this story: offered, not taken (components/reader/remote-place.ts).
            const stopRemotePlaces = offerRemotePlaces(() => storyId, handle, browser.runtime.onMessage);
            return handle;
          },
          onRemove: () => undefined,
        });
        ui.mount();
        // The top layer: above whatever the page stacks, covers (html::after, a fixed element of
        // z-index 2147483647) or transforms (a fixed element inside a transformed <body> moves with it).
        const host = ui.shadowHost as HTMLElement & { showPopover?: () => void };
        host.setAttribute('popover', 'manual');
        try {
          host.showPopover?.();
        } catch {
          // No popover support: the host's z-index still stands.
        }
        const handle = ui.mounted as ReaderHandle;
        open = { handle, ui };
        // ...and keeps it: a popover, modal dialog or fullscreen element the page opens later goes
        // above it, so it takes the top back, or closes (components/reader/top-layer.ts).
        // Hiding a popover drops the focus inside it: give it back after taking the top back.
        let focused: HTMLElement | null = null;
        ui.shadow.addEventListener('focusin', (e) => (focused = e.composedPath()[0] as HTMLElement));
        topLayer = keepOnTop(host, {
          onLost: () => handle.close(),
          onRetaken: () => {
            const target = focused?.isConnected ? focused : (handle.root.querySelector('[role="dialog"]') as HTMLElement | null);
            target?.focus({ preventScroll: true });
          },
        });
        releasePage = [useDeviceViewport(document), makePageInert(host), closeOnBack(window, () => handle.close())];
      },
    };
    // Symbol.for('inkwell.reader-api'): READER_API in the detector (not imported: that would bundle it here).
    const shared = globalThis as { [key: symbol]: ReaderApi | undefined };
    const key = Symbol.for('inkwell.reader-api');
    shared[key] = api;
    ctx.onInvalidated(() => {
      open?.handle.close();
      shared[key] = undefined;
    });
  },
});

function toPlace(p: PositionRecord): ReadingPlace {
  return { partKey: p.partKey, paragraph: p.paragraph, offset: p.offset };
}
