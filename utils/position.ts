/**
 * Reading positions as places in the text, not pixel offsets: (part key, paragraph index,
 * fraction into the paragraph). A place survives another font size, column width or window size:
 * `paragraphAtLine` reads it from the paragraphs' boxes, and after a relayout `scrollTargetFor`
 * puts the same paragraph back at the top, the same fraction in. Pure math over the boxes the
 * reader measures (components/reader/place.ts); no DOM access here. Also the word count every
 * length in Inkwell uses, and the throttle and hide-watch that save the place while reading.
 *
 * Coordinates: the boxes' `top` and the line read at must be in the same frame, the scrolling
 * container's content (e.g. `el.getBoundingClientRect().top + scroller.scrollTop -
 * scroller.getBoundingClientRect().top`). To read from a line lower than the very top (the reader
 * reads 4 px under it), add that to the line, and subtract it from what `scrollTargetFor` returns.
 */

export interface ParagraphRect {
  top: number;
  height: number;
}

const clamp = (x: number, lo: number, hi: number) => (x < lo ? lo : x > hi ? hi : x);

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

/**
 * The paragraph at the line `y` as the reader reads it, and how far into it (to a thousandth): the
 * last paragraph whose top is at or above `y`. In the gap after a paragraph that paragraph at 1,
 * above the first the first at 0. `rectOf(i)` measures paragraph `i`; only the paragraphs a binary
 * search visits are measured (the reader asks on every scroll frame, and a part can have thousands).
 * Null when there are no paragraphs. Saved places (and those synced from other devices) are in this form.
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

/** A letter or digit of any script (the code point at a position, astral ones whole). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** JavaScript's whitespace (what `\s` matches): the spaces between words. */
function isSpace(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff))
  );
}

/**
 * Words in a text: runs of non-space that hold a letter or digit (so "--" is none, "it's" and "9:30" one each). One
 * pass over the characters, with no match objects: the reader counts every part's words as it draws and saves it, and
 * a regular expression's exec per word cost ~7 ms for a five-part story (bench, reader section, the frame's profile).
 */
export function countWords(text: string): number {
  let n = 0;
  let inRun = false;
  let counted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      inRun = false;
      continue;
    }
    if (!inRun) {
      inRun = true;
      counted = false;
    }
    if (counted) continue;
    const word = c < 128 ? (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) : LETTER_OR_DIGIT.test(text.slice(i, i + 2));
    if (word) {
      counted = true;
      n++;
    }
  }
  return n;
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
