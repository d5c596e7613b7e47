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
import { buildStoryRecords, stateFromCache } from '../../utils/reader-records';
import { sendMessage } from '../../utils/messages';
import { normalizeSettings, readerSettings } from '../../utils/settings';
import { FIRST_BATCH, loadParts, navLinksInPost, retryPart, stitchStory, type FetchResult, type StitchState } from '../../utils/stitch';
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

    // The URL is not needed to parse: extractPage takes it separately (no reliance on baseURI).
    const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');
    const fetchPage = async (url: string): Promise<FetchResult> => {
      try {
        return await sendMessage('fetch-page', { url });
      } catch (e) {
        return { ok: false, url, reason: 'network', message: (e as Error).message };
      }
    };

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
        story = locateStories(document, pageUrl).extraction.stories.find((s) => canonicalEntryKey(s.url) === startKey) ?? story;
        const keys = [startKey, ...story.partLinks.map((l) => canonicalEntryKey(l.url))];
        const lookupAll = () => sendMessage('story:lookup', { partKeys: keys });
        const [lookup, stored] = await Promise.all([
          // The detector asked already, by the clicked post's key: any part's key finds its story (a
          // story saved before its newest part was known is merged when it is saved again).
          ((savedLookup as Promise<{ story: unknown; parts: unknown[]; position: unknown }> | undefined) ?? lookupAll()).catch(() => ({
            story: null,
            parts: [],
            position: null,
          })),
          readerSettings.getValue().catch(() => null),
        ]);
        const saved = lookup.story as StoryRecord | null;
        const savedParts = lookup.parts as PartRecord[];
        // The background fetches for this frame only once it knows the story: the post the user
        // chose, the entries it links to, and the parts saved from an earlier read (Refresh, Retry).
        const links = [...story.partLinks.map((l) => l.url), ...navLinksInPost(document, pageUrl, story).map((l) => l.url), ...savedParts.map((p) => p.url)];
        // On a Wayback copy extraction knows the post by its original journal URL; the session is
        // told the copy this page is (a Wayback page's post is a Wayback copy).
        const wayback = unwrapWayback(pageUrl);
        const postUrl = wayback && !unwrapWayback(story.url) ? `https://web.archive.org/web/${wayback.timestamp}/${story.url}` : story.url;
        const session = await sendMessage('reader:session', { postUrl, links, loadedUrl }).catch((e: Error) => ({ ok: false, error: e.message }));
        if (!session.ok) throw new Error(session.error ?? 'The reader could not start.');
        const savedPosition = lookup.position as PositionRecord | null;
        // Refresh (from the library): every part fetched again; the place in the text is kept.
        const cachedState = saved && !refresh ? stateFromCache(saved, savedParts) : null;
        let storyId = saved?.id ?? null;
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
                cached: cachedState ? { state: cachedState, place: savedPosition ? toPlace(savedPosition) : null } : null,
                place: savedPosition ? toPlace(savedPosition) : null,
                settings: normalizeSettings(stored),
                saveSettings: (s) => void readerSettings.setValue(s),
                stitch: (onUpdate, { refresh: again, loaded }) =>
                  !again && early ? early.attach(onUpdate) : stitchStory(again && cachedState ? { url: cachedState.order.length ? (cachedState.parts.get(cachedState.order[0])?.url ?? story.url) : story.url } : startInput, {
                    fetchPage,
                    parse,
                    onUpdate,
                    // Refresh fetches again what was read, not only the first batch.
                    firstBatch: Math.max(FIRST_BATCH, loaded ?? 0),
                  }),
                retry: (state, key, onUpdate) => retryPart(state, key, { fetchPage, parse, onUpdate, firstBatch: FIRST_BATCH }),
                load: (state, keys, onUpdate) => loadParts(state, keys, { fetchPage, parse, onUpdate, firstBatch: FIRST_BATCH }),
                savePlace: (place: ReadingPlace, percent: number) => {
                  const position: PositionRecord = { storyId: storyId ?? '', ...place, percent, updatedAt: Date.now() };
                  if (storyId) sendPosition(position);
                  else unsavedPlace = position;
                },
                saveStory: async (state: StitchState) => {
                  const { story: record, parts } = buildStoryRecords(state, story, { id: storyId, firstOpened });
                  if (showImages !== undefined) record.showImages = showImages;
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
              },
              () => {
                topLayer?.stop();
                for (const release of releasePage.splice(0)) release();
                document.documentElement.style.overflow = htmlOverflow;
                ui.remove();
                open = null;
                returnFocus?.focus();
              },
            );
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
