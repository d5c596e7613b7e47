/**
 * The reader overlay: a modal dialog in a shadow root over the journal page. It shows the story
 * card, a table of contents, and every part as an <article> in reading order, filling parts in
 * as they arrive; keeps the reading position as a place in the text (part, paragraph, fraction)
 * and puts it back at the top of the view when the story is reopened.
 *
 * Browser APIs come in through `ReaderDeps` (messages to the background, storage), so this file
 * only needs a DOM.
 */
import type { StoryPost } from '../../utils/extract/types';
import { createTextKeeper, isGoneReason, type KnownText, type ReaderState } from '../../utils/kept-parts';
import { countWords, flushOnClose, paragraphAtLine, scrollTargetFor, throttle } from '../../utils/position';
import { safeLinkUrl } from '../../utils/safe-link';
import { sanitizePostHtml } from '../../utils/sanitize';
import { DEFAULT_SETTINGS, LIMITS, type ReaderSettings } from '../../utils/settings';
import { failureMessage, type StitchError, type StitchState } from '../../utils/stitch';
import { readingProgress, storyExtent } from '../../utils/story-progress';
import type { BookFormat } from '../book-download';
import { h } from './dom';
import { renderDownloadControl } from './download';
import { keepFocusIn } from './keep-focus';
import { renderKeptNote } from './kept-note';
import { partEndSignature, partEndView, renderPartEnd } from './part-end';
import { createPartsNav } from './parts-nav';
import { renderPlaceOffer } from './place-offer';
import { renderSettingsPanel } from './settings-panel';
import { renderStoryCard } from './story-card';
import { attachTouchNav } from './touch-nav';

/** A place in the text: survives other font sizes, widths and windows. */
export interface ReadingPlace {
  partKey: string;
  paragraph: number;
  /** How far into that paragraph the top of the view is, 0..1. */
  offset: number;
}

export interface ReaderDeps {
  /**
   * Starts (or restarts, on Refresh) assembling the story; calls onUpdate as parts arrive.
   * `loaded`: on Refresh, how many parts the reader had (they are all fetched again);
   * `current`: the story as shown (what a Refresh fetches again).
   */
  stitch(onUpdate: (state: StitchState) => void, opts: { refresh: boolean; loaded?: number; current?: StitchState | null }): Promise<StitchState>;
  retry(state: StitchState, key: string, onUpdate: (state: StitchState) => void): Promise<StitchState>;
  /** Fetches parts left for later ('deferred': past the first batch) as the reader nears them. */
  load?(state: StitchState, keys: string[], onUpdate: (state: StitchState) => void): Promise<StitchState>;
  /**
   * The saved copy, shown at once (null: nothing saved). `saved`: its parts' texts with when they
   * were saved (kept if the site stops showing them). `grow`: then call `stitch` (not a refresh)
   * for what the copy lacks: new parts, parts without text.
   */
  cached: { state: StitchState; place: ReadingPlace | null; saved?: Iterable<[string, KnownText]>; grow?: boolean } | null;
  /** The saved place when the story is fetched again rather than opened from the cache. */
  place?: ReadingPlace | null;
  /** A saved place offered rather than taken ("You were in part 2: go there"). */
  offer?: ReadingPlace | null;
  /** Open the story in the extension's own reader page (the saved copy, offline). */
  openAsPage?(): void;
  savePlace(place: ReadingPlace, percent: number): void;
  /** The whole story is known: save it (parts' text cached for offline reading). */
  saveStory(state: StitchState): Promise<SaveOutcome | void>;
  settings: ReaderSettings;
  saveSettings(s: ReaderSettings): void;
  /** Open the original post in a tab (for adult-content notices the reader confirms there). */
  openPost(url: string): void;
  /**
   * Whether a click is the user's own (default: `event.isTrusted`). Retry and Refresh fetch with
   * the reader's cookies, so only the user may press them; a test DOM cannot make trusted events.
   */
  isUserAction?: (e: Event) => boolean;
  /** Key of the entry the page shows: the page loaded its images already, so they may show. */
  pageKey?: string | null;
  /** This story's own "show images" (kept on its record); undefined: the settings decide. */
  showImages?: boolean;
  /** Keeps this story's "show images". */
  setShowImages?(show: boolean): void;
  /** The reader's own "finished" mark on the saved story, and how to set it (absent: no Mark finished). */
  finished?: boolean;
  setFinished?(finished: boolean): Promise<unknown>;
  /** Save the story as a book from its saved copy; resolves to what to tell the reader. */
  download?(format: BookFormat): Promise<string>;
}

/** What saving told: whether the text is kept offline, and whose offline copies made room. */
export interface SaveOutcome {
  quotaExceeded?: boolean;
  /** false: the browser's storage is full and nothing the reader may drop is left (the story is read unsaved). */
  textSaved?: boolean;
  /** How many older stories lost their offline copy to make room. */
  evictedStories?: number;
}

/** The sentence the reader shows after a save under quota pressure, or null when there is nothing to say. */
export function storageNotice(res: SaveOutcome | void): string | null {
  if (!res || !res.quotaExceeded) return null;
  if (res.textSaved === false) {
    return 'Your browser’s storage is full, so this story is not saved for reading offline. Inkwell does not make room by removing stories you read in the last 30 days: remove offline copies in the library to make room. Your place in it is kept.';
  }
  const n = res.evictedStories ?? 0;
  if (n > 0) {
    return `Your browser’s storage was full: the offline copies of ${n === 1 ? 'one story' : `${n} stories`} you had not opened for 30 days were removed to make room (they open again from the site). Your reading positions are kept.`;
  }
  return null;
}

/** Parts loaded at once as the reader nears them (past the first batch): two rounds of the background's 4 fetches. */
const NEAR_BATCH = 8;

export interface ReaderHandle {
  root: HTMLElement;
  close(): void;
  /** Where the reader is now (for tests and the final save). */
  place(): ReadingPlace | null;
  applySettings(s: ReaderSettings): void;
  /** Offers a place rather than taking it (another device read on: "Continue from part 4 (…)"); `text` gets the part's number. */
  offerPlace(place: ReadingPlace, text: (part: number) => string): void;
  /** A line saying how a search for parts goes ("part 3 of 6 found, still looking"); null takes it away. */
  status(text: string | null): void;
}

interface PartSlot {
  key: string;
  article: HTMLElement;
  prose: HTMLElement | null;
  state: 'loading' | 'ready' | 'failed';
  words: number;
  renderedFrom: StoryPost | null;
  /** The end-of-part controls and what they were built from. */
  end: HTMLElement | null;
  endSignature: string;
}

export function mountReader(container: HTMLElement, start: StoryPost, deps: ReaderDeps, onClose: () => void): ReaderHandle {
  const titleId = 'ink-title';
  const root = h('div', { class: 'ink-root' });
  const dialog = h('div', { class: 'ink-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': titleId, tabindex: '-1' });
  const bar = h('header', { class: 'ink-bar' });
  const barTitle = h('div', { class: 'ink-bar-title', 'aria-hidden': 'true' }, start.fields.title || start.subject || 'Untitled');
  const percentOut = h('span', { class: 'ink-stat', 'aria-live': 'off' }, '0%');
  const timeOut = h('span', { class: 'ink-stat ink-hide-narrow' }, '');
  const progress = h('div', { class: 'ink-progress', role: 'progressbar', 'aria-label': 'Reading progress', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' });
  // Shown once a fetched part has images: this story's own choice, over the settings'.
  const imagesBtn = h('button', { class: 'ink-btn', type: 'button', 'aria-pressed': 'false', hidden: true }, 'Images');
  imagesBtn.setAttribute('aria-label', 'Show images in this story');
  const settingsBtn = h('button', { class: 'ink-btn', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'ink-settings' }, 'Aa');
  settingsBtn.setAttribute('aria-label', 'Reading settings');
  const refreshBtn = h('button', { class: 'ink-btn ink-hide-narrow', type: 'button' }, 'Refresh');
  refreshBtn.title = 'Fetch every part again from the journal site';
  const closeBtn = h('button', { class: 'ink-btn', type: 'button', 'aria-label': 'Close the reader' }, 'Close');
  const partsNav = createPartsNav((i) => focusPart(i));
  bar.append(barTitle, percentOut, timeOut, partsNav.element, imagesBtn, settingsBtn, refreshBtn, closeBtn, progress);
  if (deps.openAsPage) {
    const pageBtn = h('button', { class: 'ink-btn ink-hide-narrow', type: 'button', title: 'The saved copy in a tab of its own, readable offline' }, 'Open as a page');
    pageBtn.addEventListener('click', (e) => {
      if (isUserAction(e)) deps.openAsPage!();
    });
    bar.insertBefore(pageBtn, closeBtn);
  }

  const body = h('div', { class: 'ink-body' });
  const scroller = h('div', { class: 'ink-scroll', tabindex: '0', 'aria-label': 'Story text' });
  const column = h('main', { class: 'ink-column' });
  const notice = h('div', { class: 'ink-notice', role: 'status', hidden: true });
  const searching = h('div', { class: 'ink-notice ink-searching', role: 'status', hidden: true });
  const cardSlot = h('div', {});
  const toc = h('nav', { class: 'ink-toc', 'aria-label': 'Parts' });
  const partsBox = h('div', { class: 'ink-parts' });
  column.append(notice, searching, cardSlot, toc, partsBox);
  scroller.append(column);
  const settingsBox = h('aside', { class: 'ink-settings', id: 'ink-settings', hidden: true, 'aria-label': 'Reading settings' });
  body.append(scroller, settingsBox);
  dialog.append(bar, body);
  root.append(dialog);
  container.append(root);

  let settings = { ...DEFAULT_SETTINGS, ...deps.settings };
  /** What the reader shows: the stitcher's state with saved text kept in place of failures. */
  let state: ReaderState | null = null;
  /** The stitcher's own state (what Retry goes on from). */
  let raw: StitchState | null = null;
  const keeper = createTextKeeper(deps.cached?.saved ?? []);
  /** Every known part in reading order, those still on their way included. */
  const orderOf = (s: StitchState) => s.known ?? s.order;
  const slots = new Map<string, PartSlot>();
  let pendingPlace: ReadingPlace | null = deps.cached?.place ?? deps.place ?? null;
  // "You were in part 2: go there", shown once its part is known.
  let offer: ReadingPlace | null = deps.offer ?? null;
  const offerBar = (text: string, target: ReadingPlace) => {
    const box = renderPlaceOffer(
      text,
      () => {
        box.remove();
        pendingPlace = tryRestore(target) ? null : target;
        scroller.focus();
      },
      () => {
        box.remove();
        scroller.focus();
      },
    );
    dialog.insertBefore(box, body);
  };
  const showOffer = () => {
    const i = offer && state ? orderOf(state).indexOf(offer.partKey) : -1;
    if (!offer || !state || i < 0) return;
    offerBar(`You were in part ${state.parts.get(offer.partKey)?.index ?? i + 1}`, offer);
    offer = null;
  };
  let closed = false;
  /** The first stitch (none when the story opened from the cache): loads of later parts wait for it. */
  let firstRun: Promise<unknown> = Promise.resolve();
  const isUserAction = deps.isUserAction ?? ((e: Event) => e.isTrusted);
  let storyImages = deps.showImages;
  // Remote images: the story's choice, else the page's own part (loaded by the page), else the settings.
  const imagesFor = (key: string) => storyImages ?? (key === deps.pageKey || settings.loadImages);
  const updateImagesBtn = () => imagesBtn.setAttribute('aria-pressed', String(storyImages ?? settings.loadImages));
  let finished = deps.finished ?? false;
  const releaseFocus = keepFocusIn(dialog);
  if (deps.download) refreshBtn.after(renderDownloadControl(deps.download, (text) => showNotice(text), isUserAction));

  const applySettings = (s: ReaderSettings) => {
    settings = s;
    root.className = `ink-root theme-${s.theme} font-${s.font}`;
    root.style.setProperty('--size', `${s.size}px`);
    root.style.setProperty('--lh', String(s.lineHeight));
    root.style.setProperty('--width', `${s.width}em`);
    root.style.setProperty('--align', s.justify ? 'justify' : 'left');
    updateImagesBtn();
    updateProgress();
  };

  // Settings panel: built once, re-built when opened so it shows the current values.
  const openSettings = (open: boolean) => {
    settingsBox.hidden = !open;
    settingsBtn.setAttribute('aria-expanded', String(open));
    if (open) {
      const place = currentPlace();
      settingsBox.replaceChildren(
        renderSettingsPanel(settings, (next) => {
          const keep = currentPlace();
          const imagesChanged = next.loadImages !== settings.loadImages;
          applySettings(next);
          deps.saveSettings(next);
          if (imagesChanged) rerenderAll();
          if (keep) restorePlace(keep);
        }),
      );
      if (place) restorePlace(place);
      // The images question, when it is there, comes first.
      (settingsBox.querySelector('button, input') as HTMLElement | null)?.focus();
    }
  };
  settingsBtn.addEventListener('click', () => openSettings(settingsBox.hidden !== false));

  // --- parts -----------------------------------------------------------------------------

  const partLabel = (index: number | null, n: number) => `Part ${index ?? n}`;

  const ensureSlot = (key: string): PartSlot => {
    let slot = slots.get(key);
    if (slot) return slot;
    const article = h('article', { class: 'ink-part', 'data-key': key, 'aria-busy': 'true' });
    slot = { key, article, prose: null, state: 'loading', words: 0, renderedFrom: null, end: null, endSignature: '' };
    slots.set(key, slot);
    return slot;
  };

  const renderHeader = (slot: PartSlot, n: number, index: number | null, title: string | null, url: string) => {
    const header = h('header', {});
    // Focusable from script only: part navigation takes the focus there, and keep-focus falls back to it.
    const heading = h('h2', { id: `ink-part-${n}`, tabindex: '-1', 'data-focus-fallback': '' }, partLabel(index, n));
    if (title) heading.append(`: ${title}`);
    header.append(heading);
    // A saved or imported part's address is checked again here: an http(s) link or none.
    const href = safeLinkUrl(url);
    if (href) {
      const links = h('p', { class: 'ink-part-links' });
      links.append(
        h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'Original post'),
        h('a', { href: `${href.split('#')[0]}#comments`, target: '_blank', rel: 'noopener noreferrer' }, 'Comments'),
      );
      header.append(links);
    }
    return header;
  };

  const renderSlot = (slot: PartSlot, n: number) => {
    if (!state) return;
    const part = state.parts.get(slot.key);
    const error = state.errors.get(slot.key);
    if (part && slot.renderedFrom === part.post && slot.state === 'ready') return;
    slot.article.setAttribute('aria-labelledby', `ink-part-${n}`);
    if (error?.reason === 'deferred') {
      if (slot.article.dataset.state === 'deferred') return;
      slot.article.dataset.state = 'deferred';
      slot.article.removeAttribute('aria-busy');
      slot.article.replaceChildren(renderHeader(slot, n, error.index, null, error.url), deferredBox(slot.key));
      nearing?.observe(slot.article);
      return;
    }
    if (slot.article.dataset.state === 'deferred') {
      delete slot.article.dataset.state;
      nearing?.unobserve(slot.article);
    }
    if (part) {
      const post = part.post;
      const title = post.fields.title && post.fields.title !== (start.fields.title ?? '') ? post.fields.title : null;
      const prose = h('div', { class: 'ink-prose' });
      prose.replaceChildren(sanitizePostHtml(post.bodyHtml, { baseUrl: part.url, loadImages: imagesFor(slot.key) }));
      if (imagesBtn.hidden && slot.key !== deps.pageKey && /<img\b/i.test(post.bodyHtml)) imagesBtn.hidden = false;
      slot.article.replaceChildren(renderHeader(slot, n, part.index, title, part.url), prose);
      delete slot.article.dataset.placeholder;
      slot.prose = prose;
      slot.state = 'ready';
      slot.words = countWords(post.bodyText);
      slot.renderedFrom = post;
      slot.article.removeAttribute('aria-busy');
    } else if (error) {
      if (slot.state === 'failed' && slot.article.dataset.reason === error.reason) return;
      slot.state = 'failed';
      slot.prose = null;
      slot.article.dataset.reason = error.reason;
      slot.article.removeAttribute('aria-busy');
      slot.article.replaceChildren(renderHeader(slot, n, error.index, null, error.url), failureBox(slot.key, error));
    } else if (slot.state === 'loading') {
      // Known, on its way: a placeholder in its place from the first frame.
      const index = state.pending?.get(slot.key)?.index ?? null;
      const text = `Loading part ${index ?? n} of ${Math.max(orderOf(state).length, index ?? 0)}…`;
      if (slot.article.dataset.placeholder === `${n}:${text}`) return;
      slot.article.dataset.placeholder = `${n}:${text}`;
      slot.article.replaceChildren(h('h2', { id: `ink-part-${n}` }, partLabel(index, n)), h('div', { class: 'ink-status', 'data-state': 'loading', role: 'status' }, text));
    }
  };

  /** The quiet note on a part whose saved text is shown because the site no longer shows it. */
  const renderKept = (slot: PartSlot) => {
    const kept = state?.kept?.get(slot.key);
    const note = slot.article.querySelector(':scope > .ink-kept');
    const sig = kept ? `${kept.reason}:${kept.savedAt}` : '';
    if ((note as HTMLElement | null)?.dataset.sig === sig) return;
    note?.remove();
    if (!kept || slot.state !== 'ready') return;
    const box = renderKeptNote(kept);
    box.dataset.sig = sig;
    slot.prose?.before(box);
  };

  // --- parts past the first batch: loaded as the reader nears them -------------------------------

  const deferredKeys = () => (state ? state.order.filter((k) => state!.errors.get(k)?.reason === 'deferred') : []);
  /** These parts and the next deferred ones after them, `NEAR_BATCH` in all. */
  const around = (key: string) => {
    const all = deferredKeys();
    const i = all.indexOf(key);
    return i < 0 ? [] : all.slice(i, i + NEAR_BATCH);
  };

  const deferredBox = (key: string) => {
    const box = h('div', { class: 'ink-status', 'data-state': 'deferred' });
    box.append(h('p', {}, failureMessage('deferred')));
    const now = h('button', { class: 'ink-btn', type: 'button' }, 'Load now');
    now.addEventListener('click', (e) => {
      if (isUserAction(e)) requestLoad(around(key));
    });
    box.append(now);
    return box;
  };

  // One stitch at a time after the first: each starts from the state the last one left.
  let serial: Promise<unknown> = Promise.resolve();
  const inSeries = <T>(f: () => Promise<T>): Promise<T> => {
    const next = serial.then(f, f);
    serial = next.catch(() => undefined);
    return next;
  };
  const wanted = new Set<string>();
  let loadScheduled = false;
  function requestLoad(keys: string[]) {
    if (!deps.load || closed) return;
    for (const k of keys) wanted.add(k);
    if (loadScheduled || !wanted.size) return;
    loadScheduled = true;
    void inSeries(async () => {
      loadScheduled = false;
      const keys = state?.done ? [...wanted].filter((k) => state!.errors.get(k)?.reason === 'deferred') : [];
      if (!state?.done) {
        // The first stitch is still running: ask again once it is done.
        firstRun.then(
          () => requestLoad([]),
          () => undefined,
        );
        return;
      }
      wanted.clear();
      if (!keys.length || closed) return;
      onUpdate(await deps.load!(raw!, keys, onUpdate));
      if (state?.parts.size) await deps.saveStory(state);
    });
  }

  // Two screens ahead the next parts start loading; at the end, all the rest.
  const NearingObserver = typeof IntersectionObserver === 'function' ? IntersectionObserver : null;
  const nearing = NearingObserver
    ? new NearingObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            const key = (e.target as HTMLElement).dataset.key;
            if (key) requestLoad(around(key));
            else requestLoad(deferredKeys());
          }
        },
        { root: scroller, rootMargin: '200% 0px' },
      )
    : null;
  const end = h('div', { class: 'ink-end', 'aria-hidden': 'true' });
  partsBox.after(end);
  nearing?.observe(end);

  const failureBox = (key: string, error: StitchError) => {
    const box = h('div', { class: 'ink-status', 'data-state': 'failed', role: 'alert' });
    const reason = failureMessage(error.reason);
    // The stitcher's message is the same text with the detail (an HTTP status, what the site said).
    box.append(h('p', {}, error.message?.startsWith(reason) ? error.message : reason));
    if (error.message && !error.message.startsWith(reason) && !reason.includes(error.message)) box.append(h('p', { class: 'ink-stat' }, error.message));
    const retry = h('button', { class: 'ink-btn', type: 'button' }, 'Retry');
    retry.setAttribute('aria-label', `Retry this part (${reason})`);
    retry.addEventListener('click', async (e) => {
      // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page behind.
      if (!raw || !isUserAction(e) || retry.getAttribute('aria-disabled') === 'true') return;
      retry.setAttribute('aria-disabled', 'true');
      retry.textContent = 'Retrying…';
      try {
        await inSeries(async () => {
          onUpdate(await deps.retry(raw!, key, onUpdate));
          // Saved after each retry, failures included: the library knows which parts are missing.
          if (state?.done && state.parts.size) {
            void deps.saveStory(state).then((r) => {
              const said = storageNotice(r);
              if (said) showNotice(said);
            });
          }
        });
      } finally {
        // Failing again for the same reason, the box is not rebuilt: the button comes back (it
        // stayed 'Retrying…' and disabled for good, as if the reader were still at it).
        if (retry.isConnected) {
          retry.removeAttribute('aria-disabled');
          retry.textContent = 'Retry';
        }
      }
    });
    // A part the policy refused is refused again: the user may open it on the site instead.
    if (error.reason !== 'not-allowed') box.append(retry);
    const postUrl = safeLinkUrl(error.url);
    if (postUrl && ['adult-gate', 'login', 'locked', 'not-allowed', 'off-site-redirect'].includes(error.reason)) {
      const open = h('button', { class: 'ink-btn', type: 'button' }, 'Open the post');
      open.addEventListener('click', () => deps.openPost(postUrl));
      box.append(' ', open);
    }
    return box;
  };

  const renderToc = () => {
    if (!state) return;
    const ol = h('ol', {});
    const order = orderOf(state);
    order.forEach((key, i) => {
      const part = state!.parts.get(key);
      const error = state!.errors.get(key);
      const li = h('li', {});
      const a = h('a', { href: `#ink-part-${i + 1}` }, partLabel(part?.index ?? error?.index ?? state!.pending?.get(key)?.index ?? null, i + 1));
      a.addEventListener('click', (e) => {
        e.preventDefault();
        scrollToPart(i);
      });
      li.append(a);
      if (error?.reason === 'deferred') li.append(h('span', { class: 'ink-failed-mark' }, ' (loads as you read)'));
      else if (error) li.append(h('span', { class: 'ink-failed-mark' }, ' (could not load)'));
      else if (!part) li.append(h('span', { class: 'ink-failed-mark' }, ' (loading)'));
      ol.append(li);
    });
    toc.replaceChildren(h('h2', {}, order.length === 1 ? 'One part' : `${order.length} parts`), ol);
    // A header-only post that links only off the journals: the card says where the story is.
    toc.hidden = state.done && !order.length;
  };

  function onUpdate(fresh: StitchState) {
    if (closed) return;
    // Keep the reader's place when parts arrive above it; at the top (scrollTop 0) there is no
    // place to keep, and no layout to force for each part that arrives.
    const place = state && scroller.scrollTop > 0 ? currentPlace() : null;
    raw = fresh;
    const next = keeper.apply(fresh);
    state = next;
    // Keep articles in reading order; parts appear as they arrive, placeholders until then.
    const order = orderOf(next);
    order.forEach((key, i) => {
      const slot = ensureSlot(key);
      const at = partsBox.children[i];
      if (at !== slot.article) partsBox.insertBefore(slot.article, at ?? null);
      renderSlot(slot, i + 1);
      renderKept(slot);
    });
    // A part no longer known (a link that led to another story's post): its placeholder goes.
    while (partsBox.children.length > order.length) partsBox.lastElementChild!.remove();
    renderToc();
    renderPartEnds();
    partsNav.update(
      order.map((key, i) => {
        const part = next.parts.get(key);
        const error = next.errors.get(key);
        const label = partLabel(part?.index ?? error?.index ?? next.pending?.get(key)?.index ?? null, i + 1);
        const title = part?.post.fields.title && part.post.fields.title !== (start.fields.title ?? '') ? `: ${part.post.fields.title}` : '';
        const note = error?.reason === 'deferred' ? '(loads as you read)' : error ? '(could not load)' : part ? '' : '(loading)';
        return { label: `${label}${title}`, note };
      }),
    );
    if (offer) showOffer();
    // Once every part is in, the card tells the whole story's length (and a masterpost's fields).
    if (next.done && !cardSlot.dataset.whole && !deferredKeys().length) {
      const words = Array.from(slots.values()).reduce((n, s) => n + s.words, 0);
      cardSlot.replaceChildren(renderStoryCard(next.masterpost ?? start, titleId, { words, parts: next.order.length }));
      cardSlot.dataset.whole = '1';
    }
    if (pendingPlace && tryRestore(pendingPlace)) pendingPlace = null;
    else if (pendingPlace && next.errors.get(pendingPlace.partKey)?.reason === 'deferred') requestLoad(around(pendingPlace.partKey));
    else if (place && !pendingPlace) restorePlace(place);
    // The place's part never came (gone from the story): stop waiting for it.
    else if (pendingPlace && next.done) pendingPlace = null;
    scheduleProgress();
  }

  // The end of each part: next part, comment, and at the story's end, Mark finished and related links.
  const commentUrls = new Map<string, string | null>();
  const renderPartEnds = () => {
    if (!state) return;
    const st = state;
    st.order.forEach((key, i) => {
      const slot = slots.get(key);
      if (!slot || slot.state === 'loading') return;
      const view = partEndView(st, i, deps.setFinished ? finished : null, commentUrls);
      const signature = partEndSignature(view);
      if (slot.end && slot.endSignature === signature && slot.end.parentNode === slot.article) return;
      const end = renderPartEnd(view, {
        next: () => focusPart(orderOf(st).indexOf(key) + 1),
        setFinished: async (value) => {
          await deps.setFinished?.(value);
          finished = value;
        },
      });
      if (slot.end?.parentNode === slot.article) slot.end.replaceWith(end);
      else slot.article.append(end);
      slot.end = end;
      slot.endSignature = signature;
    });
  };

  const rerenderAll = () => {
    for (const slot of slots.values()) slot.renderedFrom = null;
    if (raw) onUpdate(raw);
  };

  // --- position -----------------------------------------------------------------------------

  const paragraphsOf = (slot: PartSlot): HTMLElement[] => (slot.prose ? (Array.from(slot.prose.children) as HTMLElement[]) : []);
  const topOf = (el: HTMLElement) => el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const rectOf = (el: HTMLElement) => ({ top: topOf(el), height: el.getBoundingClientRect().height });

  function currentPlace(): ReadingPlace | null {
    if (!state) return null;
    const y = scroller.scrollTop + 4;
    let found: PartSlot | null = null;
    for (const key of orderOf(state)) {
      const slot = slots.get(key);
      if (!slot || slot.state !== 'ready') continue;
      if (topOf(slot.article) <= y) found = slot;
      else break;
    }
    // Above the first part (the card, the contents): no place in the text yet.
    if (!found) return null;
    const paras = paragraphsOf(found);
    const at = paragraphAtLine(paras.length, (i) => rectOf(paras[i]), y);
    return { partKey: found.key, paragraph: at?.paragraph ?? 0, offset: at?.offset ?? 0 };
  }

  function tryRestore(place: ReadingPlace): boolean {
    const slot = slots.get(place.partKey);
    if (!slot || slot.state !== 'ready') return false;
    restorePlace(place);
    return true;
  }

  function restorePlace(place: ReadingPlace) {
    const slot = slots.get(place.partKey);
    if (!slot || slot.state !== 'ready') return;
    // A stored place's paragraph and offset are checked when saved or imported (utils/db.ts,
    // utils/backup-rules.ts): scrollTargetFor's clamping changes nothing a place can hold.
    const target = scrollTargetFor(place, paragraphsOf(slot).map(rectOf));
    // 2 px above it: read again 4 px under the top (currentPlace), it is the same paragraph.
    scroller.scrollTop = target === null ? topOf(slot.article) : target - 2;
  }

  /** The end of the last known part is in view (it is here, not loading or failed). */
  function atStoryEnd(order: string[]): boolean {
    const last = slots.get(order[order.length - 1]);
    if (!last || last.state !== 'ready') return false;
    const end = paragraphsOf(last).at(-1) ?? last.article;
    return end.getBoundingClientRect().bottom <= scroller.getBoundingClientRect().bottom + 1;
  }

  /**
   * Progress over every known part, loaded or not (utils/story-progress.ts): a part still loading
   * or failed counts at the average length; 100% only for a complete story read to its end.
   */
  function progressAt(place: ReadingPlace | null) {
    if (!state) return { percent: 0, wordsLeft: 0, wordsTotal: 0 };
    const s = state;
    const order = orderOf(s);
    const words = order.map((key) => (slots.get(key)?.state === 'ready' ? slots.get(key)!.words : null));
    let at: { part: number; wordsIn: number } | null = null;
    const slot = place ? slots.get(place.partKey) : undefined;
    if (place && slot) {
      let wordsIn = 0;
      paragraphsOf(slot).forEach((p, i) => {
        const w = countWords(p.textContent ?? '');
        if (i < place.paragraph) wordsIn += w;
        else if (i === place.paragraph) wordsIn += w * place.offset;
      });
      at = { part: order.indexOf(place.partKey), wordsIn };
    }
    const extent = storyExtent({
      known: order.length,
      loaded: order.filter((k) => s.parts.has(k)).map((k) => s.parts.get(k)!.post.part),
      failed: order.filter((k) => s.errors.has(k)).length,
    });
    return readingProgress(words, at, { total: extent.total, complete: extent.complete && s.done, atEnd: atStoryEnd(order) });
  }

  function updateProgress() {
    const place = currentPlace();
    if (state) partsNav.setCurrent(place ? orderOf(state).indexOf(place.partKey) : -1);
    const { percent: pct, wordsLeft, wordsTotal } = progressAt(place);
    const rounded = Math.floor(pct);
    percentOut.textContent = `${rounded}%`;
    progress.style.width = `${pct}%`;
    progress.setAttribute('aria-valuenow', String(rounded));
    const left = Math.max(0, Math.round(wordsLeft / settings.wpm));
    timeOut.textContent = wordsTotal ? (left >= 60 ? `${Math.floor(left / 60)} h ${left % 60} min left` : `${left} min left`) : '';
    return { place, pct };
  }

  // Progress after parts arrive: once per frame, not once per part (each reading forces a layout).
  let progressQueued = false;
  function scheduleProgress() {
    if (progressQueued) return;
    progressQueued = true;
    requestAnimationFrame(() => {
      progressQueued = false;
      if (!closed) updateProgress();
    });
  }

  // Saved as the reader scrolls (at most about once a second) and always on close.
  let lastSaved = '';
  const saveNow = () => {
    saveSoon.cancel();
    const { place, pct } = updateProgress();
    if (!place) return;
    const sig = JSON.stringify(place);
    if (sig === lastSaved) return;
    lastSaved = sig;
    deps.savePlace(place, pct);
  };
  const saveSoon = throttle(saveNow, 1000, { leading: false });
  let ticking = false;
  scroller.addEventListener(
    'scroll',
    () => {
      if (!ticking) {
        ticking = true;
        requestAnimationFrame(() => {
          ticking = false;
          updateProgress();
        });
      }
      if (!pendingPlace) saveSoon();
    },
    { passive: true },
  );

  // --- navigation and keys ------------------------------------------------------------------

  const scrollToPart = (i: number) => {
    if (!state) return;
    const order = orderOf(state);
    const key = order[Math.max(0, Math.min(i, order.length - 1))];
    const slot = key ? slots.get(key) : null;
    if (slot) scroller.scrollTop = topOf(slot.article);
    if (key && state.errors.get(key)?.reason === 'deferred') requestLoad(around(key));
  };
  /** Part navigation by control: the part's heading takes the focus (the keys keep working, Tab goes on from there). */
  const focusPart = (i: number) => {
    const order = state ? orderOf(state) : [];
    if (!order.length) return;
    const index = Math.max(0, Math.min(i, order.length - 1));
    scrollToPart(index);
    const heading = slots.get(order[index])?.article.querySelector<HTMLElement>('h2');
    heading?.focus({ preventScroll: true });
    updateProgress();
  };
  const partIndexAtTop = () => {
    const place = currentPlace();
    return place && state ? orderOf(state).indexOf(place.partKey) : -1;
  };

  const screenHeight = () => scroller.clientHeight - 60;
  /** The bar out of the way while reading by touch (touch-nav.ts): the text stays where it is on the screen. */
  const setBar = (show = dialog.classList.contains('ink-bar-away')) => {
    if (show !== dialog.classList.contains('ink-bar-away')) return;
    const before = scroller.getBoundingClientRect().top;
    dialog.classList.toggle('ink-bar-away', !show);
    scroller.scrollTop += scroller.getBoundingClientRect().top - before;
  };
  const detachTouch = attachTouchNav(
    scroller,
    {
      screen: (direction) => (scroller.scrollTop += direction * screenHeight()),
      part: (direction) => scrollToPart(partIndexAtTop() + direction),
      bar: (show) => setBar(show),
    },
    isUserAction,
  );

  dialog.addEventListener('keydown', (e) => {
    const target = e.composedPath()[0] as HTMLElement;
    const typing = target && /^(INPUT|SELECT|TEXTAREA)$/.test(target.tagName) && (target as HTMLInputElement).type !== 'checkbox' && (target as HTMLInputElement).type !== 'radio';
    if (e.key === 'Escape') {
      e.preventDefault();
      if (!settingsBox.hidden) {
        openSettings(false);
        settingsBtn.focus();
      } else close();
      return;
    }
    if (e.key === 'Tab') return trapFocus(e);
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    // Arrows move within a radio group (font, theme): the browser's, not a scroll.
    if ((target as HTMLInputElement).type === 'radio' && e.key.startsWith('Arrow')) return;
    const line = Math.round(settings.size * settings.lineHeight * 2);
    const page = screenHeight();
    let handled = true;
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        scroller.scrollTop += line;
        break;
      case 'k':
      case 'ArrowUp':
        scroller.scrollTop -= line;
        break;
      case ' ':
        if (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY') return;
        scroller.scrollTop += e.shiftKey ? -page : page;
        break;
      case 'PageDown':
        scroller.scrollTop += page;
        break;
      case 'PageUp':
        scroller.scrollTop -= page;
        break;
      case 'n':
        scrollToPart(partIndexAtTop() + 1);
        break;
      case 'p':
        scrollToPart(partIndexAtTop() - 1);
        break;
      case '+':
      case '=':
      case '-':
      case '_': {
        const keep = currentPlace();
        const delta = e.key === '+' || e.key === '=' ? 1 : -1;
        const size = Math.min(LIMITS.size.max, Math.max(LIMITS.size.min, settings.size + delta));
        applySettings({ ...settings, size });
        deps.saveSettings(settings);
        if (keep) restorePlace(keep);
        break;
      }
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  });

  function focusables(): HTMLElement[] {
    return Array.from(dialog.querySelectorAll<HTMLElement>('a[href], button:not([disabled]), input, select, summary, [tabindex="0"]')).filter((el) => !el.closest('[hidden]'));
  }
  function trapFocus(e: KeyboardEvent) {
    const list = focusables();
    if (!list.length) return;
    const active = (root.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
    const first = list[0];
    const last = list[list.length - 1];
    if (e.shiftKey && (active === first || !active || !dialog.contains(active))) {
      e.preventDefault();
      last.focus();
    } else if (!e.shiftKey && (active === last || !active || !dialog.contains(active))) {
      e.preventDefault();
      first.focus();
    }
  }

  closeBtn.addEventListener('click', () => close());
  // Images load from their hosts: like Retry and Refresh, only the user's own click.
  imagesBtn.addEventListener('click', (e) => {
    if (!isUserAction(e)) return;
    const keep = currentPlace();
    storyImages = !(storyImages ?? settings.loadImages);
    deps.setShowImages?.(storyImages);
    updateImagesBtn();
    rerenderAll();
    if (keep) restorePlace(keep);
  });
  refreshBtn.addEventListener('click', async (e) => {
    // aria-disabled, not disabled: the focus stays on the button (in the dialog) while it works.
    if (!isUserAction(e) || refreshBtn.getAttribute('aria-disabled') === 'true') return;
    refreshBtn.setAttribute('aria-disabled', 'true');
    const before = new Map(Array.from(state?.parts ?? []).map(([k, p]) => [k, p.post.bodyText]));
    const fresh = await inSeries(() => run(true));
    let changed = 0;
    for (const [k, p] of fresh.parts) if (before.has(k) && before.get(k) !== p.post.bodyText) changed++;
    const added = Array.from(fresh.parts.keys()).filter((k) => !before.has(k)).length;
    // Saved text the site no longer shows is kept (and said so on the part), never replaced.
    const gone = Array.from(state?.kept?.values() ?? []).filter((k) => isGoneReason(k.reason)).length;
    const goneText = gone ? ` ${gone === 1 ? 'One part is' : `${gone} parts are`} no longer on the site: the saved text is kept.` : '';
    showNotice(changed || added ? `Refreshed: ${changed} part${changed === 1 ? '' : 's'} changed${added ? `, ${added} new` : ''}.${goneText}` : `Refreshed: nothing has changed.${goneText}`);
    refreshBtn.removeAttribute('aria-disabled');
  });

  const showNotice = (text: string) => {
    notice.textContent = text;
    notice.hidden = false;
  };

  const stopSavingOnHide = flushOnClose(saveNow);

  function close() {
    if (closed) return;
    saveNow();
    closed = true;
    nearing?.disconnect();
    detachTouch();
    releaseFocus();
    stopSavingOnHide();
    onClose();
  }

  async function run(refresh: boolean): Promise<StitchState> {
    const final = await deps.stitch(onUpdate, { refresh, loaded: state?.parts.size ?? 0, current: raw });
    onUpdate(final);
    if (state?.parts.size) {
      const said = storageNotice(await deps.saveStory(state));
      if (said) showNotice(said);
    }
    return final;
  }

  applySettings(settings);
  cardSlot.append(renderStoryCard(start, titleId, null));
  cardSlot.dataset.whole = '';
  if (deps.cached) {
    const cached = deps.cached;
    onUpdate(cached.state);
    if (cached.grow) {
      // The saved copy is shown; now what it lacks (new parts, parts without text) is fetched.
      const had = new Set(orderOf(cached.state));
      void run(false)
        .then(() => {
          const added = orderOf(state!).filter((k) => !had.has(k) && state!.parts.has(k));
          // Said where the reader is looking, with a way to the first of them.
          if (added.length) offerBar(`${added.length === 1 ? 'One new part' : `${added.length} new parts`} since you last read this story`, { partKey: added[0], paragraph: 0, offset: 0 });
        })
        .catch((e: Error) => showNotice(`New parts could not be looked for: ${e.message}`));
    }
  } else {
    firstRun = run(false).catch((e: Error) => showNotice(`The story could not be assembled: ${e.message}`));
  }
  dialog.focus();

  return {
    root,
    close,
    place: currentPlace,
    applySettings: (s) => {
      const keep = currentPlace();
      applySettings(s);
      if (keep) restorePlace(keep);
    },
    offerPlace: (place, text) => {
      const i = state ? orderOf(state).indexOf(place.partKey) : -1;
      if (i < 0 || !state) return;
      dialog.querySelector('.ink-offer')?.remove();
      offerBar(text(state.parts.get(place.partKey)?.index ?? i + 1), place);
    },
    status: (text) => {
      searching.textContent = text ?? '';
      searching.hidden = text === null;
    },
  };
}
