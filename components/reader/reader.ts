/**
 * The reader overlay: a modal dialog in a shadow root over the journal page. It shows the story
 * card, a table of contents, and every part as an <article> in reading order, filling parts in
 * as they arrive; keeps the reading position as a place in the text (part, paragraph, fraction)
 * and puts it back at the top of the view when the story is reopened.
 *
 * This file puts the reader together: the frame and its bar (layout.ts), the parts as they arrive
 * (part-slot.ts, part-status.ts, contents.ts, part-end.ts, part-loading.ts), where the reader is
 * and saving it (place.ts, progress.ts, save-place.ts), the keys (keys.ts); and it holds the
 * story's state and what the bar's buttons do.
 *
 * Browser APIs come in through `ReaderDeps` (messages to the background, storage), so these files
 * only need a DOM.
 */
import { storyTitleOf } from '../../utils/extract/parts';
import type { StoryPost } from '../../utils/extract/types';
import { createTextKeeper, type KnownText, type ReaderState } from '../../utils/kept-parts';
import { DEFAULT_SETTINGS, LIMITS, type ReaderSettings } from '../../utils/settings';
import type { StitchError, StitchState } from '../../utils/stitch';
import { afterPaint } from '../after-paint';
import type { BookFormat } from '../book-download';
import { partsMenuItems, renderContents } from './contents';
import { renderDownloadControl } from './download';
import { keepFocusIn } from './keep-focus';
import { bindKeys } from './keys';
import { applyTheme, buildLayout } from './layout';
import { placePartEnds } from './part-end';
import { createPartLoader, createSeries, deferredKeys } from './part-loading';
import { newSlot, orderOf, type PartSlot, renderKept, renderSlot, textDue } from './part-slot';
import { deferredBox, failureBox } from './part-status';
import { createPartsNav } from './parts-nav';
import { createPlaceFinder, type ReadingPlace } from './place';
import { renderPlaceOffer } from './place-offer';
import { progressAt, showProgress } from './progress';
import { refreshNotice } from './refresh-notice';
import { savePlaceAsYouRead } from './save-place';
import { renderSettingsPanel } from './settings-panel';
import { renderStoryCard } from './story-card';
import { attachTouchNav } from './touch-nav';

export type { ReadingPlace } from './place';

/** How many parts after the one the reader looks at first get their places in the reader's first draw (see draw). */
const FIRST_DRAW_AHEAD = 3;

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
  /**
   * Texts put in at once, in ms (default: no limit): once one is in and this much time has gone, the rest
   * wait for the next task, so a saved story of many parts, or parts arriving together, never holds the
   * page for one long task.
   */
  textBudgetMs?: number;
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

/** A draw left for after the next paint waits this long at most (a hidden page paints nothing). */
const HIDDEN_DRAW_MS = 250;

export function mountReader(container: HTMLElement, start: StoryPost, deps: ReaderDeps, onClose: () => void): ReaderHandle {
  const titleId = 'ink-title';
  const storyTitle = storyTitleOf(start.fields.title ?? '', start.part);
  const partsNav = createPartsNav((i) => focusPart(i));
  const ui = buildLayout({ title: storyTitle || start.subject || 'Untitled', titleId, partsNav: partsNav.element, pageButton: !!deps.openAsPage });
  const { root, dialog, scroller, settingsBox, settingsBtn, imagesBtn, refreshBtn, showNotice } = ui;
  const isUserAction = deps.isUserAction ?? ((e: Event) => e.isTrusted);
  ui.pageBtn?.addEventListener('click', (e) => {
    if (isUserAction(e)) deps.openAsPage!();
  });
  container.append(root);

  let settings = { ...DEFAULT_SETTINGS, ...deps.settings };
  /** What the reader shows: the stitcher's state with saved text kept in place of failures. */
  let state: ReaderState | null = null;
  /** The state the page shows (drawn): `state` may be ahead of it until the next draw. */
  let drawn: ReaderState | null = null;
  /** The stitcher's own state (what Retry goes on from). */
  let raw: StitchState | null = null;
  const keeper = createTextKeeper(deps.cached?.saved ?? []);
  const slots = new Map<string, PartSlot>();
  const places = createPlaceFinder(
    scroller,
    () => (drawn ? orderOf(drawn) : null),
    (key) => slots.get(key),
  );
  let pendingPlace: ReadingPlace | null = deps.cached?.place ?? deps.place ?? null;
  // "You were in part 2: go there", shown once its part is known.
  let offer: ReadingPlace | null = deps.offer ?? null;
  const offerBar = (text: string, target: ReadingPlace) => {
    const box = renderPlaceOffer(
      text,
      () => {
        box.remove();
        pendingPlace = places.tryRestore(target) ? null : target;
        scroller.focus();
      },
      () => {
        box.remove();
        scroller.focus();
      },
    );
    dialog.insertBefore(box, ui.body);
  };
  const showOffer = () => {
    const i = offer && state ? orderOf(state).indexOf(offer.partKey) : -1;
    if (!offer || !state || i < 0) return;
    offerBar(`You were in part ${state.parts.get(offer.partKey)?.index ?? i + 1}`, offer);
    offer = null;
  };
  let closed = false;
  /** Resolved as the reader closes: what waits for a paint (the story's save) goes at once then. */
  let closing = () => undefined as void;
  const closedNow = new Promise<void>((resolve) => {
    closing = resolve;
  });
  /** The first stitch (none when the story opened from the cache): loads of later parts wait for it. */
  let firstRun: Promise<unknown> = Promise.resolve();
  let storyImages = deps.showImages;
  // Remote images: the story's choice, else the page's own part (loaded by the page), else the settings.
  const imagesFor = (key: string) => storyImages ?? (key === deps.pageKey || settings.loadImages);
  const updateImagesBtn = () => imagesBtn.setAttribute('aria-pressed', String(storyImages ?? settings.loadImages));
  let finished = deps.finished ?? false;
  const releaseFocus = keepFocusIn(dialog);
  if (deps.download) refreshBtn.after(renderDownloadControl(deps.download, (text) => showNotice(text), isUserAction));

  const applySettings = (s: ReaderSettings) => {
    settings = s;
    applyTheme(root, s);
    updateImagesBtn();
    updateProgress();
  };
  /** A change that moves the text (size, images): the reader stays at its place. */
  const keepingPlace = (change: () => void) => {
    const keep = places.current();
    change();
    if (keep) places.restore(keep);
  };

  // Settings panel: built once, re-built when opened so it shows the current values.
  const openSettings = (open: boolean) => {
    settingsBox.hidden = !open;
    settingsBtn.setAttribute('aria-expanded', String(open));
    if (open) {
      keepingPlace(() =>
        settingsBox.replaceChildren(
          renderSettingsPanel(settings, (next) =>
            keepingPlace(() => {
              const imagesChanged = next.loadImages !== settings.loadImages;
              applySettings(next);
              deps.saveSettings(next);
              if (imagesChanged) rerenderAll();
            }),
          ),
        ),
      );
      // The images question, when it is there, comes first.
      (settingsBox.querySelector('button, input') as HTMLElement | null)?.focus();
    }
  };
  settingsBtn.addEventListener('click', () => openSettings(settingsBox.hidden !== false));

  // --- parts as they arrive ----------------------------------------------------------------

  const inSeries = createSeries();
  const loader = createPartLoader({
    scroller,
    partsBox: ui.partsBox,
    load: deps.load && ((s, keys, update) => deps.load!(s, keys, update)),
    saveStory: (s) => deps.saveStory(s),
    state: () => state,
    raw: () => raw,
    firstRun: () => firstRun,
    closed: () => closed,
    onUpdate: (s) => onUpdate(s),
    inSeries,
  });

  const slotContext = {
    storyTitle,
    imagesFor,
    shown: (key: string, bodyHtml: string) => {
      if (imagesBtn.hidden && key !== deps.pageKey && /<img\b/i.test(bodyHtml)) imagesBtn.hidden = false;
    },
    deferredBox: (key: string) =>
      deferredBox((e) => {
        if (isUserAction(e)) loader.near(key);
      }),
    failureBox: (key: string, error: StitchError) =>
      failureBox(error, {
        mayRetry: (e) => !!raw && isUserAction(e),
        retry: () =>
          inSeries(async () => {
            onUpdate(await deps.retry(raw!, key, onUpdate));
            // Saved after each retry, failures included: the library knows which parts are missing.
            if (state?.done && state.parts.size) {
              void deps.saveStory(state).then((r) => {
                const said = storageNotice(r);
                if (said) showNotice(said);
              });
            }
          }),
        openPost: (url) => deps.openPost(url),
      }),
    nearing: loader.nearing,
  };

  /** The parts' reply pages, found once each. */
  const commentUrls = new Map<string, string | null>();

  /**
   * Drawing. The state is taken at once (what is saved, retried, loaded next); the page shows it at once
   * too, but a burst of updates in one task (the stitcher files a story's links one by one: a 60-part
   * story is 60 updates) is drawn once, in the next task, and texts are put in a few at a time, the
   * one the reader will look at first (the place to go back to, else the first in order) before the others.
   */
  const textBudget = deps.textBudgetMs ?? Number.POSITIVE_INFINITY;
  let drewThisTask = false;
  let drawDue = false;
  function onUpdate(fresh: StitchState) {
    if (closed) return;
    raw = fresh;
    state = keeper.apply(fresh);
    if (drawDue) return;
    if (drewThisTask) drawSoon();
    // With a budget, a part that arrived after the first draw is put in by a task of its own (the
    // stitcher read its page in this one).
    else if (drawn && deps.textBudgetMs !== undefined && textArrived(state)) drawSoon(true);
    else draw();
  }

  /** Whether the state has a text the page does not show yet. */
  const textArrived = (next: ReaderState) => orderOf(next).some((key) => textDue(slots.get(key), next, key));

  /**
   * The next draw, once the page has painted what is drawn now (or soon, in a hidden page that paints
   * nothing); `nextTask`: in the next task, paint or not.
   */
  function drawSoon(nextTask = false) {
    if (drawDue) return;
    drawDue = true;
    const go = () => {
      if (!drawDue) return;
      drawDue = false;
      if (!closed) draw();
    };
    if (!nextTask) requestAnimationFrame(() => setTimeout(go, 0));
    setTimeout(go, nextTask ? 0 : HIDDEN_DRAW_MS);
  }

  let draws = 0;
  /** Once the last draw (any due now included) is on screen: a frame painted after it. */
  async function whenPainted() {
    let drawsBefore: number;
    do {
      drawsBefore = draws;
      await afterPaint();
    } while (!closed && (drawDue || draws !== drawsBefore));
  }

  function draw() {
    const next = state;
    if (!next) return;
    draws++;
    drewThisTask = true;
    queueMicrotask(() => {
      drewThisTask = false;
    });
    // Keep the reader's place when parts arrive above it; at the top (scrollTop 0) there is no
    // place to keep, and no layout to force for each part that arrives.
    const place = drawn && scroller.scrollTop > 0 ? places.current() : null;
    const isFirstDraw = drawn === null;
    drawn = next;
    // Keep articles in reading order; parts appear as they arrive, placeholders until then.
    const order = orderOf(next);
    const partsBox = ui.partsBox;
    const firstKey = pendingPlace && order.includes(pendingPlace.partKey) ? pendingPlace.partKey : null;
    // The first draw with a budget lays out what is seen first: the parts up to the one the reader looks at first and a
    // few after it. A long story's other slots (59 placeholders and "load" boxes for 60 parts) follow in the next draw,
    // once that part is painted: made, styled and laid out before it, they put its first paint off.
    const slotCount = isFirstDraw && deps.textBudgetMs !== undefined ? Math.min(order.length, (firstKey ? order.indexOf(firstKey) : 0) + FIRST_DRAW_AHEAD + 1) : order.length;
    order.slice(0, slotCount).forEach((key, i) => {
      let slot = slots.get(key);
      if (!slot) slots.set(key, (slot = newSlot(key)));
      const at = partsBox.children[i];
      if (at !== slot.article) partsBox.insertBefore(slot.article, at ?? null);
    });
    const started = performance.now();
    // The first draw with a budget puts one text in (the one the reader looks at first): it is laid out and
    // painted on its own, the others after it (a saved story of many parts opens as fast as one of one part).
    const budget = isFirstDraw && deps.textBudgetMs !== undefined ? 0 : textBudget;
    let texts = 0;
    let textsLeft = false;
    const render = (key: string, i: number) => {
      const slot = slots.get(key)!;
      const due = textDue(slot, next, key);
      const later = due && texts > 0 && performance.now() - started >= budget;
      renderSlot(slot, i + 1, next, slotContext, later);
      renderKept(slot, next);
      if (later) textsLeft = true;
      else if (due) texts++;
    };
    if (firstKey) render(firstKey, order.indexOf(firstKey));
    order.slice(0, slotCount).forEach((key, i) => {
      if (key !== firstKey) render(key, i);
    });
    if (textsLeft || slotCount < order.length) drawSoon();
    // A part no longer known (a link that led to another story's post): its placeholder goes.
    while (partsBox.children.length > order.length) partsBox.lastElementChild!.remove();
    renderContents(ui.toc, next, scrollToPart);
    // The end of each part: next part, comment, and at the story's end, Mark finished and related links.
    placePartEnds(next, slots, deps.setFinished ? finished : null, commentUrls, {
      next: (key) => focusPart(orderOf(next).indexOf(key) + 1),
      setFinished: async (value) => {
        await deps.setFinished?.(value);
        finished = value;
      },
    });
    partsNav.update(partsMenuItems(next, storyTitle));
    if (offer) showOffer();
    // Once every part is in, the card tells the whole story's length (and a masterpost's fields). A part that failed has
    // no words: the count is of the parts read and says how many could not be (never given as the whole story's), and
    // is told again when a Retry brings one.
    const cardSlot = ui.cardSlot;
    const missing = next.done ? next.order.filter((k) => next.errors.has(k)).length : 0;
    if (next.done && !textsLeft && slotCount === order.length && (!cardSlot.dataset.whole || cardSlot.dataset.missing !== String(missing)) && !deferredKeys(next).length) {
      const words = Array.from(slots.values()).reduce((n, s) => n + s.words, 0);
      cardSlot.replaceChildren(renderStoryCard(next.masterpost ?? start, titleId, { words, parts: next.order.length - missing, missing }));
      cardSlot.dataset.whole = '1';
      cardSlot.dataset.missing = String(missing);
    }
    if (pendingPlace && places.tryRestore(pendingPlace)) pendingPlace = null;
    else if (pendingPlace && next.errors.get(pendingPlace.partKey)?.reason === 'deferred') loader.near(pendingPlace.partKey);
    else if (place && !pendingPlace) places.restore(place);
    // The place's part never came (gone from the story): stop waiting for it.
    else if (pendingPlace && next.done) pendingPlace = null;
    scheduleProgress();
  }

  const rerenderAll = () => {
    for (const slot of slots.values()) slot.renderedFrom = null;
    // The user's change: drawn now, whatever was drawn in this task already.
    if (raw && !closed) {
      state = keeper.apply(raw);
      draw();
    }
  };

  // --- where the reader is -----------------------------------------------------------------

  function updateProgress() {
    const place = places.current();
    if (state) partsNav.setCurrent(place ? orderOf(state).indexOf(place.partKey) : -1);
    const figures = progressAt(state, slots, place, places.atStoryEnd);
    showProgress(ui, figures, settings.wpm);
    return { place, pct: figures.percent };
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
  const saving = savePlaceAsYouRead(updateProgress, (place, percent) => deps.savePlace(place, percent));
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
      if (!pendingPlace) saving.soon();
    },
    { passive: true },
  );

  // --- navigation and keys ------------------------------------------------------------------

  const scrollToPart = (i: number) => {
    if (!state) return;
    const order = orderOf(state);
    const key = order[Math.max(0, Math.min(i, order.length - 1))];
    const slot = key ? slots.get(key) : null;
    if (slot) scroller.scrollTop = places.topOf(slot.article);
    if (key && state.errors.get(key)?.reason === 'deferred') loader.near(key);
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
    const place = places.current();
    return place && state ? orderOf(state).indexOf(place.partKey) : -1;
  };

  const screenHeight = () => scroller.clientHeight - 60;
  /** The bar out of the way while reading by touch (touch-nav.ts). */
  const detachTouch = attachTouchNav(
    scroller,
    {
      screen: (direction) => (scroller.scrollTop += direction * screenHeight()),
      part: (direction) => scrollToPart(partIndexAtTop() + direction),
      bar: (show) => ui.setBar(show),
    },
    isUserAction,
  );

  bindKeys(dialog, {
    escape: () => {
      if (!settingsBox.hidden) {
        openSettings(false);
        settingsBtn.focus();
      } else close();
    },
    line: () => Math.round(settings.size * settings.lineHeight * 2),
    screen: screenHeight,
    scrollBy: (px) => {
      scroller.scrollTop += px;
    },
    part: (direction) => scrollToPart(partIndexAtTop() + direction),
    textSize: (delta) =>
      keepingPlace(() => {
        const size = Math.min(LIMITS.size.max, Math.max(LIMITS.size.min, settings.size + delta));
        applySettings({ ...settings, size });
        deps.saveSettings(settings);
      }),
  });

  ui.closeBtn.addEventListener('click', () => close());
  // Images load from their hosts: like Retry and Refresh, only the user's own click.
  imagesBtn.addEventListener('click', (e) => {
    if (!isUserAction(e)) return;
    keepingPlace(() => {
      storyImages = !(storyImages ?? settings.loadImages);
      deps.setShowImages?.(storyImages);
      updateImagesBtn();
      rerenderAll();
    });
  });
  refreshBtn.addEventListener('click', async (e) => {
    // aria-disabled, not disabled: the focus stays on the button (in the dialog) while it works.
    if (!isUserAction(e) || refreshBtn.getAttribute('aria-disabled') === 'true') return;
    refreshBtn.setAttribute('aria-disabled', 'true');
    const before = new Map(Array.from(state?.parts ?? []).map(([k, p]) => [k, p.post.bodyText]));
    const fresh = await inSeries(() => run(true));
    showNotice(refreshNotice(before, fresh, state));
    refreshBtn.removeAttribute('aria-disabled');
  });

  function close() {
    if (closed) return;
    saving.now();
    closed = true;
    closing();
    loader.nearing?.disconnect();
    detachTouch();
    releaseFocus();
    saving.stop();
    onClose();
  }

  async function run(refresh: boolean): Promise<StitchState> {
    const final = await deps.stitch(onUpdate, { refresh, loaded: state?.parts.size ?? 0, current: raw });
    onUpdate(final);
    if (state?.parts.size) {
      // The last parts are drawn and painted first, then saved: the save reads and cleans every part's text again (a
      // task as long as drawing them), and the reader waits to see the story, not the library. Closing saves at once.
      if (!closed) await Promise.race([whenPainted(), closedNow]);
      const said = storageNotice(await deps.saveStory(state));
      if (said) showNotice(said);
    }
    return final;
  }

  applySettings(settings);
  ui.cardSlot.append(renderStoryCard(start, titleId, null));
  ui.cardSlot.dataset.whole = '';
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
    place: places.current,
    applySettings: (s) => keepingPlace(() => applySettings(s)),
    offerPlace: (place, text) => {
      const i = state ? orderOf(state).indexOf(place.partKey) : -1;
      if (i < 0 || !state) return;
      dialog.querySelector('.ink-offer')?.remove();
      offerBar(text(state.parts.get(place.partKey)?.index ?? i + 1), place);
    },
    status: ui.status,
  };
}
