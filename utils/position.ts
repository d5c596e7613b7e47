/**
 * Reading positions as places in the text, not pixel offsets: (part key, paragraph index,
 * fraction into the paragraph). A place survives another font size, column width or window size:
 * measure the paragraphs again and `scrollTargetFor` puts the same paragraph back at the top, the
 * same fraction in. Pure math over the boxes the reader measures; no DOM access here.
 *
 * Coordinates: `top` of every box and the `viewportTop` passed in must be in the same frame, the
 * scrolling container's content (e.g. `el.getBoundingClientRect().top + scroller.scrollTop -
 * scroller.getBoundingClientRect().top`, or `rect.top + window.scrollY` for the page). To read from
 * a line lower than the very top (under a sticky toolbar), add its height to `viewportTop`, and
 * subtract it from what `scrollTargetFor` returns.
 */

export interface ParagraphRect {
  top: number;
  height: number;
}

/** Where the top of the view is within one part. */
export interface TextPlace {
  /** Index of the paragraph at the top of the view. */
  paragraph: number;
  /** 0..1: how far into that paragraph the top of the view is. */
  offset: number;
  /** The bottom of the view has reached the end of the part (the last screenful never scrolls to the top). */
  atEnd: boolean;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

/** Index of the first paragraph whose bottom is below `y`, or -1 when every paragraph ends above it. */
function firstEndingBelow(rects: readonly ParagraphRect[], y: number): number {
  let lo = 0;
  let hi = rects.length; // answer in [lo, hi]; hi = none
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const r = rects[mid]!;
    if (r.top + r.height > y) hi = mid;
    else lo = mid + 1;
  }
  return lo < rects.length ? lo : -1;
}

/**
 * Which paragraph is at the top of the view and how far into it. `rects` are the part's
 * paragraphs in document order; `viewportHeight` (optional) lets it tell when the reader has
 * reached the end. In the gap between two paragraphs, the next one at offset 0; above the first,
 * the first at 0; below the last, the last at 1. Null when the part has no paragraphs.
 */
export function positionFromViewport(rects: readonly ParagraphRect[], viewportTop: number, viewportHeight = 0): TextPlace | null {
  const n = rects.length;
  if (n === 0) return null;
  const last = rects[n - 1]!;
  const atEnd = viewportHeight > 0 && viewportTop + viewportHeight >= last.top + last.height - 1;
  const i = firstEndingBelow(rects, viewportTop);
  if (i === -1) return { paragraph: n - 1, offset: 1, atEnd: true };
  const r = rects[i]!;
  const offset = r.height > 0 && viewportTop > r.top ? clamp((viewportTop - r.top) / r.height, 0, 1) : 0;
  return { paragraph: i, offset, atEnd };
}

/**
 * The scroll offset (same frame as the rects) that puts `place.paragraph` at the top of the view,
 * `place.offset` of the way in. A paragraph index past the end (the text changed) goes to the
 * last paragraph. Null when there are no paragraphs.
 */
export function scrollTargetFor(place: { paragraph: number; offset: number }, rects: readonly ParagraphRect[]): number | null {
  const n = rects.length;
  if (n === 0) return null;
  const p = clamp(Math.floor(Number.isFinite(place.paragraph) ? place.paragraph : 0), 0, n - 1);
  const r = rects[p]!;
  const offset = clamp(Number.isFinite(place.offset) ? place.offset : 0, 0, 1);
  return r.top + offset * r.height;
}

export interface PartLayout {
  key: string;
  /** The part's paragraph boxes, in document order. */
  rects: readonly ParagraphRect[];
}

/** `positionFromViewport` across several parts rendered one after another in one scroll. */
export function positionInParts(parts: readonly PartLayout[], viewportTop: number, viewportHeight = 0): (TextPlace & { partKey: string; partIndex: number }) | null {
  const withText = parts.map((p, i) => ({ ...p, i })).filter((p) => p.rects.length > 0);
  if (withText.length === 0) return null;
  const lastPart = withText[withText.length - 1]!;
  const lastRect = lastPart.rects[lastPart.rects.length - 1]!;
  const storyEnd = viewportHeight > 0 && viewportTop + viewportHeight >= lastRect.top + lastRect.height - 1;
  for (const p of withText) {
    const end = p.rects[p.rects.length - 1]!;
    if (end.top + end.height > viewportTop || p === lastPart) {
      const place = positionFromViewport(p.rects, viewportTop, 0)!;
      return { ...place, atEnd: storyEnd || place.atEnd, partKey: p.key, partIndex: p.i };
    }
  }
  return null; // unreachable
}

/**
 * The paragraph at the line `y` as the reader reads it, and how far into it (to a thousandth): the
 * last paragraph whose top is at or above `y`. In the gap after a paragraph that paragraph at 1,
 * above the first the first at 0. `rectOf(i)` measures paragraph `i`; only the paragraphs a binary
 * search visits are measured (the reader asks on every scroll frame, and a part can have thousands).
 * Null when there are no paragraphs.
 *
 * Not `positionFromViewport`: that one goes on to the next paragraph in a gap and measures every
 * box. The reader's saved places (and the places synced from other devices) are in this form, so
 * this is what it reads them with.
 */
export function paragraphAtLine(count: number, rectOf: (i: number) => ParagraphRect, y: number): { paragraph: number; offset: number } | null {
  if (count <= 0) return null;
  let lo = 0;
  let hi = count - 1;
  let best = 0;
  let bestRect: ParagraphRect | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = rectOf(mid);
    if (r.top <= y) {
      best = mid;
      bestRect = r;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const r = bestRect ?? rectOf(0);
  const offset = clamp((y - r.top) / Math.max(1, r.height), 0, 1);
  return { paragraph: best, offset: Math.round(offset * 1000) / 1000 };
}

/** Words in a text: runs of non-space containing a letter or digit. */
export function countWords(text: string): number {
  let n = 0;
  for (const token of text.split(/\s+/)) if (/[\p{L}\p{N}]/u.test(token)) n++;
  return n;
}

export interface PercentInput {
  /** Words in each part, in reading order. */
  partWords: readonly number[];
  /** The part the place is in (0-based, reading order). */
  partIndex: number;
  /** Words in each paragraph of that part; when empty or all zero, paragraphs count equally. */
  paragraphWords: readonly number[];
  paragraph: number;
  offset: number;
  /** The end of the part is in view: the part counts as read. */
  atEnd?: boolean;
}

/** 0..100 of the whole story read, by words, one decimal. */
export function percentRead(p: PercentInput): number {
  const parts = p.partWords.length;
  if (parts === 0) return 0;
  const pi = clamp(Math.floor(p.partIndex), 0, parts - 1);
  let within: number;
  if (p.atEnd) within = 1;
  else {
    const paras = p.paragraphWords;
    const n = paras.length;
    const para = clamp(Math.floor(p.paragraph), 0, Math.max(0, n - 1));
    const offset = clamp(p.offset, 0, 1);
    const total = paras.reduce((a, b) => a + Math.max(0, b), 0);
    if (n === 0) within = 0;
    else if (total > 0) {
      let before = 0;
      for (let i = 0; i < para; i++) before += Math.max(0, paras[i]!);
      within = (before + offset * Math.max(0, paras[para]!)) / total;
    } else within = (para + offset) / n;
  }
  const words = p.partWords.map((w) => (Number.isFinite(w) && w > 0 ? w : 0));
  const all = words.reduce((a, b) => a + b, 0);
  let fraction: number;
  if (all > 0) {
    let before = 0;
    for (let i = 0; i < pi; i++) before += words[i]!;
    fraction = (before + within * words[pi]!) / all;
  } else fraction = (pi + within) / parts;
  return Math.round(clamp(fraction, 0, 1) * 1000) / 10;
}

// ---------------------------------------------------------------------------------------------
// Throttle
// ---------------------------------------------------------------------------------------------

export interface Throttled<A extends unknown[]> {
  /** Runs now if the last run was at least `interval` ago, else once at the end of the interval with the latest arguments. */
  (...args: A): void;
  /** Runs the pending call now (on close, hide, unload). Nothing pending: nothing happens. */
  flush(): void;
  /** Forgets the pending call. */
  cancel(): void;
  readonly pending: boolean;
}

/**
 * At most one call of `fn` per `intervalMs` (default one second), the latest arguments winning;
 * `flush()` runs what is pending at once. For saving positions while scrolling: call it on every
 * scroll, flush it when the reader closes (see `flushOnClose`). `leading: false`: never at once,
 * always `intervalMs` after the first call of a quiet spell (the reader saves a second after
 * scrolling starts, not on its first scroll event).
 */
export function throttle<A extends unknown[]>(fn: (...args: A) => void, intervalMs = 1000, options: { leading?: boolean } = {}): Throttled<A> {
  const leading = options.leading ?? true;
  let lastRun = -Infinity;
  let pendingArgs: A | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const clearTimer = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  const run = () => {
    clearTimer();
    const args = pendingArgs;
    pendingArgs = null;
    if (!args) return;
    lastRun = Date.now();
    fn(...args);
  };
  const throttled = ((...args: A) => {
    pendingArgs = args;
    const wait = leading ? lastRun + intervalMs - Date.now() : intervalMs;
    if (wait <= 0) run();
    else if (timer === null) timer = setTimeout(run, wait);
  }) as Throttled<A>;
  throttled.flush = run;
  throttled.cancel = () => {
    clearTimer();
    pendingArgs = null;
  };
  Object.defineProperty(throttled, 'pending', { get: () => pendingArgs !== null });
  return throttled;
}

interface CloseTarget {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

/**
 * Calls `flush` when the page is hidden or goes away (`visibilitychange` to hidden, `pagehide`).
 * Returns the function that removes the listeners. The reader overlay also flushes itself when
 * it closes.
 */
export function flushOnClose(
  flush: () => void,
  win: CloseTarget = globalThis as unknown as CloseTarget,
  doc: (CloseTarget & { visibilityState?: string }) | undefined = (globalThis as { document?: CloseTarget & { visibilityState?: string } }).document,
): () => void {
  const onHide = () => flush();
  const onVisibility = () => {
    if (doc?.visibilityState === 'hidden') flush();
  };
  win.addEventListener('pagehide', onHide);
  doc?.addEventListener('visibilitychange', onVisibility);
  return () => {
    win.removeEventListener('pagehide', onHide);
    doc?.removeEventListener('visibilitychange', onVisibility);
  };
}
