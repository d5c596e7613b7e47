/**
 * The reader in its frame (entrypoints/reader-frame-app.ts claims the start; this module, most of the frame's code,
 * is set up meanwhile): the story looked up, the reader mounted, the parts stitched.
 */
import { browser } from 'wxt/browser';
import { fillStatus } from '../../components/reader/fill-status';
import { mountReader, type ReaderHandle, type ReadingPlace } from '../../components/reader/reader';
import { offerRemotePlaces } from '../../components/reader/remote-place';
import { READER_CSS } from '../../components/reader/styles';
import type { PositionRecord } from '../../utils/db';
import { fetchThroughBackground, type StoryLookup, sendMessage } from '../../utils/messages';
import { newsOnPage } from '../../utils/new-parts';
import { nextTask } from '../../utils/next-task';
import { parseFetchedPage } from '../../utils/parse-page';
import { FRAME_CLOSED, lookupKeysOf, type ReaderFrameCommand, type ReaderFrameStart } from '../../utils/reader-frame';
import { buildStoryRecords, openableCopy, refetchState } from '../../utils/reader-records';
import { cleanForStorage } from '../../utils/sanitize';
import { normalizeSettings, readerSettings } from '../../utils/settings';
import { chooseStart } from '../../utils/start-place';
import { extendStory, FIRST_BATCH, loadParts, type PageFetcher, retryPart, type StitchState, stitchStory } from '../../utils/stitch';
import { continuationsOf, readCollapsed, withContinuations } from '../../utils/stitch/continuations';
import { stitchFillStory } from '../../utils/stitch/fill-state';
import { canonicalEntryKey, storyKeyOf } from '../../utils/url';
import { readStartPage } from './read-page';

const parse = parseFetchedPage;

/**
 * The first part is painted before any other is asked for or read: the first parts' fetches (started by the background
 * at the click) are on their way meanwhile; the stitcher's requests are sent, and their answers read, once the frame
 * has painted once (or after a moment, in a hidden tab that paints nothing).
 */
let painted: () => void = () => undefined;
const firstPaint = new Promise<void>((resolve) => {
  painted = resolve;
});
/**
 * The parts' texts on the frame's performance timeline, as they are drawn (not when someone outside looks): `inkwell:frame-
 * shown-N` when the Nth part's prose is in the document, `inkwell:frame-shown-N-painted` in the task after the next frame
 * (the frame that drew it). The bench's reader section reads them (timeOrigin + startTime: the epoch clock every context shares).
 * The first part's paint is the one the reader waits for, and the task after its frame can come well after the paint (the
 * reader's next draw, queued from the same frame, runs first): where the browser has Element Timing (Chromium), its mark is
 * the time that frame was presented, as the browser reports it for the part's first block of text.
 */
function markPartsShown(root: Element): () => void {
  let shown = 0;
  const afterFrame = (then: (taskAt: number) => void) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => then(performance.now());
      ch.port2.postMessage(0);
    });
  const firstPainted = firstPaintTimer(root);
  const observer = new MutationObserver(() => {
    const proses = root.getElementsByClassName('ink-prose');
    const n = proses.length;
    for (let i = shown + 1; i <= n; i++) {
      performance.mark(`inkwell:frame-shown-${i}`);
      if (i === 1 && firstPainted) firstPainted.watch(proses[0]);
      afterFrame((taskAt) => (i === 1 && firstPainted ? firstPainted.after(taskAt) : performance.mark(`inkwell:frame-shown-${i}-painted`)));
    }
    shown = Math.max(shown, n);
  });
  observer.observe(root, { childList: true, subtree: true });
  return () => {
    observer.disconnect();
    firstPainted?.stop();
  };
}

/** An Element Timing entry (Chromium): `renderTime`, when the frame that painted the element was presented. */
type ElementTiming = PerformanceEntry & { identifier: string; renderTime: number };
const FIRST_PART_TIMING = 'inkwell-part-1';

/**
 * The first part's paint by Element Timing: the attribute on the first block of text in its prose (text is reported for
 * the block that holds it: every element from the text up to the prose gets it, the browser reports the one it paints
 * as text). Where the browser reports nothing in a while (no Element Timing; a text it does not count), the task after the
 * frame gives the mark. Null: no Element Timing.
 */
function firstPaintTimer(root: Element) {
  if (typeof PerformanceObserver === 'undefined' || !PerformanceObserver.supportedEntryTypes?.includes('element')) return null;
  let marked = false;
  const mark = (at: number) => {
    if (marked) return;
    marked = true;
    performance.mark('inkwell:frame-shown-1-painted', { startTime: at });
  };
  const entries = new PerformanceObserver((list) => {
    for (const e of list.getEntries() as ElementTiming[]) if (e.identifier === FIRST_PART_TIMING && e.renderTime > 0) mark(e.renderTime);
  });
  entries.observe({ type: 'element', buffered: true });
  return {
    watch(prose: Element) {
      const walker = root.ownerDocument.createTreeWalker(prose, NodeFilter.SHOW_TEXT, { acceptNode: (t) => (t.nodeValue?.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_SKIP) });
      for (let el = walker.nextNode()?.parentElement ?? null; el && prose.contains(el); el = el.parentElement) el.setAttribute('elementtiming', FIRST_PART_TIMING);
    },
    after(taskAt: number) {
      setTimeout(() => mark(taskAt), 500);
    },
    stop: () => entries.disconnect(),
  };
}

/** The reader is mounted, its first part drawn: painted at the next frame. */
function readerMounted() {
  requestAnimationFrame(() => setTimeout(painted, 0));
  setTimeout(painted, 250);
}
/** The session has the post's links ('reader-frame:links'): every fetch of the frame's waits for it. */
let linksSaid: () => void = () => undefined;
const sessionReady = new Promise<void>((resolve) => {
  linksSaid = resolve;
});
const fetchPage: PageFetcher = async (url) => {
  await sessionReady;
  // Asked, and read, once the first part is painted. The parts the click fetched (utils/part-prefetch.ts) are on their
  // way meanwhile; a long story's other first-batch parts would be fetched, decoded and checked on the machine's few
  // cores while the first part is laid out and painted (bench, 60 parts: their answers landed in that paint).
  await firstPaint;
  const res = await fetchThroughBackground(url);
  // The stitcher reads (parses) the page where this returns: each answer in a task of its own, so answers that land
  // together are not read in one long task.
  await nextTask();
  return res;
};
/** How every stitch of the frame fetches and parses: through the background, a first batch at a time. */
// `painted`: the start's look for its story's index waits until its part is on screen (stitch/types.ts), as the answers do.
const stitchOptions = (onUpdate: (s: StitchState) => void) => ({ fetchPage, parse, onUpdate, firstBatch: FIRST_BATCH, painted: () => firstPaint.then(nextTask) });

/** Work still going on (a stitch, a save): the content script keeps the frame until it is over, as it kept the reader before. */
let busy = 0;
function tracked<T>(p: Promise<T>): Promise<T> {
  busy++;
  return p.finally(() => busy--);
}

/**
 * A start the frame claimed with its ticket, and the story's lookup the background made from the press on (null: asked
 * here), with the keys it was made with (the part links the background read from the post's navigation lines).
 */
export type Claimed = { start: ReaderFrameStart; openerFrameId: number; lookup: StoryLookup | null; lookupKeys: string[] };

/** The reader opened on a claimed start. */
export async function open({ start, openerFrameId, lookup: known, lookupKeys: knownKeys }: Claimed) {
  const { pageUrl, refresh } = start;
  // The post read from the page's copy (read-page.ts); the session learns its links before the frame fetches anything.
  const page = await readStartPage(start);
  void sendMessage('reader-frame:links', page.session)
    .catch(() => undefined)
    .finally(linksSaid);
  const { story, isFill, navLinks, pageKind } = page;
  // A fill (a story in the entry's comments) and its parts are known by their comments (storyKeyOf).
  const startKey = storyKeyOf(story.url);
  const keys = lookupKeysOf(story);
  // The background looked the story up from the press on, by the part links it read from the post's navigation lines:
  // that stands, unless it found nothing and the post read here links to parts it was not made with.
  const knownStands = !!known && (('story' in known && !!known.story) || keys.every((k) => knownKeys.includes(k)));
  const asked = Promise.all([knownStands ? known : sendMessage('story:lookup', { partKeys: keys }).catch(() => ({ story: null, parts: [], position: null })), settingsRead]);
  const pageDoc = () => page.doc;
  const [lookup, stored] = await asked;
  performance.mark('inkwell:frame-lookup-answered');
  // A lookup that failed in the background (its answer is {ok: false, error}) finds nothing saved.
  const found = 'story' in lookup ? lookup : null;
  const saved = found?.story ?? null;
  const savedPosition = found?.position ?? null;
  // Refresh (from the library): every part fetched again; the place in the text is kept.
  const savedCopy = found && saved && !refresh ? openableCopy(saved, found.parts) : null;
  const cachedState = savedCopy?.state ?? null;
  const masterKey = saved?.masterpostUrl ? canonicalEntryKey(saved.masterpostUrl) : null;
  const isMasterpost = pageKind === 'masterpost' || startKey === masterKey;
  // A work in progress: what the live page shows that the saved copy lacks is fetched after the saved parts are shown.
  const news = saved && savedCopy && !isFill ? newsOnPage(saved, { post: story, links: [...story.partLinks, ...navLinks], isMasterpost }) : null;
  // A record saved before totals were kept is saved again once, with them (the library's Finished needs them).
  // A fill is looked for again in the entry's comments every time (stitchFillStory): that finds its new parts.
  const grow = !!cachedState && (isFill || !!news?.any || !!cachedState.pending || saved?.totalParts === undefined);
  const place = chooseStart({
    from: isMasterpost ? null : { key: startKey, part: story.part },
    saved: savedPosition ? toPlace(savedPosition) : null,
    order: saved?.partKeys ?? [],
  });
  let storyId = saved?.id ?? null;
  let placeKey = savedPosition?.partKey ?? null;
  // A position taken before the story's first save waits for its id.
  let unsavedPlace: PositionRecord | null = null;
  const sendPosition = (position: PositionRecord) => void tracked(sendMessage('position:save', { position })).catch(() => undefined);
  const firstOpened = saved?.firstOpened ?? Date.now();
  let showImages = saved?.showImages;
  // The chapter links around the post, and where the page's posts are, as read above (not read again).
  const startInput = () => ({ url: pageUrl, post: story, doc: pageDoc(), navLinks: isFill ? undefined : navLinks, locations: page.locations });
  // An entry story's parts its author posted as comments on it (utils/stitch/continuations.ts): after the
  // entry's part in every update; collapsed ones read from their thread pages once the entries are in.
  // Read from the page once, when a stitch first asks (they are kept, and read on, from then on).
  let continuations: ReturnType<typeof continuationsOf> | null | undefined;
  const moreOf = () => {
    if (continuations === undefined) {
      const found = isFill ? null : continuationsOf(startInput());
      continuations = found?.parts.length ? found : null;
    }
    return continuations;
  };
  const entryOptions = (onUpdate: (s: StitchState) => void) => {
    const more = moreOf();
    return stitchOptions(more ? (s) => onUpdate(withContinuations(s, more)) : onUpdate);
  };
  const withMore = async (p: Promise<StitchState>): Promise<StitchState> => {
    const s = await p;
    const more = moreOf();
    if (!more) return s;
    await readCollapsed(more, { fetchPage, parse });
    return withContinuations(s, more);
  };
  const continuationKey = (key: string) => moreOf()?.parts.find((p) => storyKeyOf(p.url) === key);
  const growFrom = () => ({ url: pageUrl, post: story, doc: pageDoc(), isMasterpost });
  // A fill's walk over its entry's comment pages, said in the reader as it goes.
  const searching = fillStatus();

  const style = document.createElement('style');
  style.textContent = READER_CSS;
  document.head.append(style);
  const container = document.getElementById('app')!;
  const stopMarks = markPartsShown(container);
  let settings = normalizeSettings(stored);
  let stopRemotePlaces = () => undefined as void;
  // (With the start's secret: the page side knows by it which of its readers this was, when a new one opened meanwhile.)
  const tell = (done: boolean) => void sendMessage('reader-frame:closed', { done, openerFrameId, secret: start.secret }).catch(() => undefined);

  const handle: ReaderHandle = mountReader(
    container,
    story,
    {
      cached: cachedState ? { state: cachedState, place: place.place, saved: savedCopy!.known, grow } : null,
      place: place.place,
      offer: place.offer,
      openAsPage: saved ? () => void sendMessage('reader:open-page', { storyId: storyId ?? saved.id }).catch(() => undefined) : undefined,
      settings,
      saveSettings: (s) => {
        settings = s;
        void readerSettings.setValue(s);
      },
      stitch: (onUpdate, { refresh: again, loaded, current }) => {
        // (Options made where they are used: an entry's read the page for its continuations.)
        const opts = () => entryOptions(onUpdate);
        // A fill: its thread walked again from this page (comment pages of its entry only); what is shown stays meanwhile.
        if (isFill) {
          const walk = () => stitchFillStory({ url: pageUrl, post: story, doc: pageDoc() }, { ...stitchOptions(onUpdate), ...searching.options, base: current ?? cachedState });
          // Its saved copy is painted first, as an entry story's is (below).
          return tracked(cachedState && !current ? firstPaint.then(walk) : walk());
        }
        // Growing the saved copy: the masterpost is read again only when the page's marker promises parts that no link shows.
        // (After the saved copy is painted: the page is parsed then, not before the copy is on screen.)
        if (!again && cachedState)
          return tracked(firstPaint.then(() => withMore(extendStory(cachedState, { from: growFrom(), retry: news?.retry, skip: masterKey && !news?.askMasterpost ? [masterKey] : [] }, opts()))));
        // Refresh: every known part again (what was read, not only the first batch), and the page.
        if (current) return tracked(withMore(extendStory(refetchState(current), { from: growFrom() }, { ...opts(), firstBatch: Math.max(FIRST_BATCH, loaded ?? 0) })));
        return tracked(withMore(stitchStory(startInput(), opts())));
      },
      // A fill's part is found again by walking its thread (its comment page may have moved).
      retry: (state, key, onUpdate) => {
        if (isFill) return tracked(stitchFillStory({ url: pageUrl, post: story, doc: pageDoc() }, { ...stitchOptions(onUpdate), ...searching.options, base: state }));
        // A continuation in a comment: its thread page read again.
        const own = continuationKey(key);
        const more = moreOf();
        if (own && more) {
          delete own.error;
          return tracked(withMore(Promise.resolve(state)));
        }
        return tracked(withMore(retryPart(state, key, entryOptions(onUpdate))));
      },
      load: (state, keys, onUpdate) =>
        tracked(
          isFill
            ? stitchFillStory({ url: pageUrl, post: story, doc: pageDoc() }, { ...stitchOptions(onUpdate), ...searching.options, base: state })
            : withMore(loadParts(state, keys, entryOptions(onUpdate))),
        ),
      savePlace: (at: ReadingPlace, percent: number) => {
        placeKey = at.partKey;
        const position: PositionRecord = { storyId: storyId ?? '', ...at, percent, updatedAt: Date.now() };
        if (storyId) sendPosition(position);
        else unsavedPlace = position;
      },
      saveStory: (state: StitchState) =>
        tracked(
          (async () => {
            const { story: record, parts } = buildStoryRecords(state, story, { id: storyId, firstOpened, previous: saved, placeKey, clean: cleanForStorage });
            if (showImages !== undefined) record.showImages = showImages;
            if (start.lang) record.language = start.lang;
            storyId = record.id;
            const res = await sendMessage('story:save', { story: record, parts }).catch((e: Error) => ({ ok: false, error: e.message }));
            if (unsavedPlace) {
              sendPosition({ ...unsavedPlace, storyId: record.id });
              unsavedPlace = null;
            }
            return 'quotaExceeded' in res ? { quotaExceeded: res.quotaExceeded, textSaved: res.textSaved, evictedStories: res.evictedStories } : {};
          })(),
        ),
      openPost: (url) => window.open(url, '_blank', 'noopener'),
      // Parts' texts a few at a time (one task each ~20 ms): the first part is drawn before the others are.
      textBudgetMs: 20,
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
        if (!('story' in found) || !found.story) throw new Error('the story is not saved yet: wait until its parts have loaded.');
        const record = found.story;
        // The book's code (EPUB, zip) is loaded when a book is asked for: the frame starts without it.
        const { downloadBook, saveBlob } = await import('../../components/book-download');
        const res = await downloadBook(
          format,
          { story: record, parts: found.parts },
          {
            images: showImages ?? record.showImages ?? settings.loadImages,
            language: start.lang,
            save: (name, blob) => saveBlob(name, blob, container),
          },
        );
        return res.message;
      },
    },
    () => {
      stopMarks();
      stopRemotePlaces();
      // The final position was just sent: sync it now, not in 30 s.
      void sendMessage('sync:flush', {}).catch(() => undefined);
      // Nothing of the story stays on show (the frame may stay a moment, out of sight, to finish saving).
      container.replaceChildren();
      // The page side lets the page go at once (FRAME_CLOSED); the background's word follows, and says when the saves are done.
      parent.postMessage(FRAME_CLOSED, '*');
      tell(false);
      // The last fetches and saves go on after the reader closed (as they did in the page): the frame stays until they are over.
      const until = Date.now() + 120_000;
      let quiet = 0;
      const poll = setInterval(() => {
        quiet = busy === 0 ? quiet + 1 : 0;
        if (quiet >= 2 || Date.now() > until) {
          clearInterval(poll);
          tell(true);
        }
      }, 50);
    },
  );
  searching.attach(handle.status);
  performance.mark('inkwell:frame-mounted');
  readerMounted();

  // Another device read on in this story: offered, not taken (components/reader/remote-place.ts). The
  // background's word reaches the extension's pages, this frame among them (in Firefox, as its tab's message).
  stopRemotePlaces = offerRemotePlaces(() => storyId, handle, browser.runtime.onMessage);

  // The content script's commands (Back, the page taking the top layer): they carry its secret, which the page never saw.
  let focused: HTMLElement | null = null;
  document.addEventListener('focusin', (e) => (focused = e.target as HTMLElement));
  window.addEventListener('message', (e) => {
    const cmd = e.data as ReaderFrameCommand | null;
    if (!cmd || typeof cmd !== 'object' || cmd.inkwell !== start.secret) return;
    if (cmd.command === 'close') handle.close();
    else if (cmd.command === 'focus') {
      const target = focused?.isConnected ? focused : (handle.root.querySelector('[role="dialog"]') as HTMLElement | null);
      target?.focus({ preventScroll: true });
    }
  });
}

function toPlace(p: PositionRecord): ReadingPlace {
  return { partKey: p.partKey, paragraph: p.paragraph, offset: p.offset };
}

/** The reader's settings, read while the frame waits for its ticket and claims it (the frame opens one reader). */
const settingsRead = readerSettings.getValue().catch(() => null);
performance.mark('inkwell:frame-app');
