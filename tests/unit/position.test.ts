/** Reading positions as places in the text: reading and restoring them, across layout changes; words; throttling. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { countWords, flushOnClose, type ParagraphRect, paragraphAtLine, scrollTargetFor, throttle } from '../../utils/position';

/**
 * Lays out paragraphs of these word counts the way a browser would: lines of `charsPerLine`
 * (about 6 characters a word), `lineHeight` px each, `gap` px between paragraphs, from `top`.
 */
function layout(words: number[], o: { charsPerLine: number; lineHeight: number; gap: number; top?: number }): ParagraphRect[] {
  let y = o.top ?? 0;
  return words.map((w) => {
    const lines = Math.max(1, Math.ceil((w * 6) / o.charsPerLine));
    const r = { top: y, height: lines * o.lineHeight };
    y += r.height + o.gap;
    return r;
  });
}

const WORDS = [12, 240, 85, 3, 160, 60, 410, 1, 95, 120, 33, 77, 300, 18, 140];
const DESKTOP = { charsPerLine: 90, lineHeight: 27, gap: 18, top: 120 };
const BIG_FONT = { charsPerLine: 48, lineHeight: 40, gap: 26, top: 96 };
const PHONE = { charsPerLine: 36, lineHeight: 22, gap: 14, top: 60 };

/** Four paragraphs, one empty, with a gap after the first. */
const rects: ParagraphRect[] = [
  { top: 100, height: 200 }, // 100..300
  { top: 320, height: 100 }, // 320..420
  { top: 420, height: 0 }, // an empty paragraph
  { top: 440, height: 60 }, // 440..500
];

describe('paragraphAtLine (the reader’s places)', () => {
  const at = (y: number, r = rects) => paragraphAtLine(r.length, (i) => r[i]!, y);

  it('finds the last paragraph starting at or above the line, and how far in, to a thousandth', () => {
    expect(at(100)).toEqual({ paragraph: 0, offset: 0 });
    expect(at(150)).toEqual({ paragraph: 0, offset: 0.25 });
    expect(at(370)).toEqual({ paragraph: 1, offset: 0.5 });
    expect(at(100 + 200 / 3)).toEqual({ paragraph: 0, offset: 0.333 });
  });

  it('in a gap, stays in the paragraph above at its end', () => {
    expect(at(310)).toEqual({ paragraph: 0, offset: 1 });
    // An empty paragraph's height counts as 1 px: past its top, it is read through.
    expect(at(430)).toEqual({ paragraph: 2, offset: 1 });
  });

  it('above the text is the first paragraph at 0, below it the last at 1; no paragraphs, no place', () => {
    expect(at(0)).toEqual({ paragraph: 0, offset: 0 });
    expect(at(1e6)).toEqual({ paragraph: 3, offset: 1 });
    expect(paragraphAtLine(0, () => ({ top: 0, height: 0 }), 10)).toBeNull();
  });

  it('measures only the paragraphs a binary search visits, and agrees with a scan', () => {
    const long = layout(
      Array.from({ length: 4000 }, (_, i) => 5 + ((i * 37) % 200)),
      DESKTOP,
    );
    for (const y of [0, 121, 5000, 77_777, 250_000, 1e7]) {
      const measured: number[] = [];
      const found = paragraphAtLine(long.length, (i) => (measured.push(i), long[i]!), y);
      let scan = 0;
      long.forEach((r, i) => {
        if (r.top <= y) scan = i;
      });
      expect(found!.paragraph).toBe(scan);
      expect(measured.length).toBeLessThanOrEqual(14);
    }
  });

  it('scrollTargetFor puts what it read back at the line', () => {
    for (const y of [150, 370, 460]) {
      const place = at(y)!;
      expect(scrollTargetFor(place, rects)).toBeCloseTo(y, 0);
    }
  });
});

describe('scrollTargetFor', () => {
  const rects = layout(WORDS, DESKTOP);
  it('puts the paragraph at the top, the same fraction in', () => {
    expect(scrollTargetFor({ paragraph: 0, offset: 0 }, rects)).toBe(120);
    const r = rects[4]!;
    expect(scrollTargetFor({ paragraph: 4, offset: 0.5 }, rects)).toBe(r.top + r.height / 2);
  });
  it('clamps what no longer fits (text changed, bad values)', () => {
    const last = rects[rects.length - 1]!;
    expect(scrollTargetFor({ paragraph: 999, offset: 0 }, rects)).toBe(last.top);
    expect(scrollTargetFor({ paragraph: -3, offset: 2 }, rects)).toBe(rects[0]!.top + rects[0]!.height);
    expect(scrollTargetFor({ paragraph: Number.NaN, offset: Number.NaN }, rects)).toBe(rects[0]!.top);
    expect(scrollTargetFor({ paragraph: 0, offset: 0 }, [])).toBeNull();
  });
});

describe('a place survives another font size, column width or window size', () => {
  const layouts = { DESKTOP, BIG_FONT, PHONE };
  const at = (r: ParagraphRect[], y: number) => paragraphAtLine(r.length, (i) => r[i]!, y)!;
  for (const [fromName, from] of Object.entries(layouts)) {
    for (const [toName, to] of Object.entries(layouts)) {
      if (fromName === toName) continue;
      it(`${fromName} → ${toName}: same paragraph at the top, same fraction in`, () => {
        const a = layout(WORDS, from);
        const b = layout(WORDS, to);
        const end = a[a.length - 1]!.top + a[a.length - 1]!.height;
        for (let y = a[0]!.top; y < end; y += 37) {
          const place = at(a, y);
          const again = at(b, scrollTargetFor(place, b)!);
          expect(again.paragraph).toBe(place.paragraph);
          // Places are kept to a thousandth: the same fraction, to a thousandth.
          expect(Math.abs(again.offset - place.offset)).toBeLessThanOrEqual(0.001);
          // And back: the reader switching back lands where they were (at the end of the paragraph, from a gap
          // after it), to a thousandth of the paragraph's height (the place was rounded twice).
          const p = a[place.paragraph]!;
          expect(Math.abs(scrollTargetFor(again, a)! - Math.min(y, p.top + p.height))).toBeLessThanOrEqual(0.001 * p.height + 1e-9);
        }
      });
    }
  }

  it('a pixel offset would not have: the same scrollTop shows another paragraph', () => {
    const a = layout(WORDS, DESKTOP);
    const b = layout(WORDS, PHONE);
    const y = a[9]!.top + 10;
    expect(at(b, y).paragraph).not.toBe(9);
    expect(at(b, scrollTargetFor(at(a, y), b)!).paragraph).toBe(9);
  });
});

describe('countWords', () => {
  it('counts words', () => {
    expect(countWords('  Harry looked up — and saw   Draco. ')).toBe(6);
    expect(countWords('')).toBe(0);
    expect(countWords('l’été dernier, à Paris…')).toBe(4);
  });
  it('counts as the plain definition does (split at any space, keep runs with a letter or digit), on any text', () => {
    const plain = (t: string) => t.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    const pieces = [
      '--',
      '…',
      '2,000',
      'l’été',
      '“Mara,”',
      '日本語',
      '\u00a0',
      '\u2003',
      '\n',
      '\t',
      ' ',
      '—',
      'x',
      '¿qué?',
      '***',
      '1/3',
      '\u3000',
      '\ufeff',
      '\u2028',
      '\u1680',
      '\u0085',
      '😀',
      '𝒜',
      '𐌰',
      '٣',
      '\ud800',
    ];
    let seed = 7;
    for (let run = 0; run < 200; run++) {
      let text = '';
      for (let i = 0; i < 30; i++) {
        seed = (seed * 1103515245 + 12345) % 2147483648;
        text += pieces[seed % pieces.length];
      }
      expect(countWords(text), JSON.stringify(text)).toBe(plain(text));
      // Twice on the same text: the pattern's position from the last call does not carry over.
      expect(countWords(text)).toBe(plain(text));
    }
  });
});

describe('throttle', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    vi.setSystemTime(1_000_000);
  });
  afterEach(() => vi.useRealTimers());

  it('runs at once, then at most once a second with the latest arguments', () => {
    const calls: number[] = [];
    const save = throttle((n: number) => calls.push(n), 1000);
    save(1);
    expect(calls).toEqual([1]);
    save(2);
    save(3);
    expect(calls).toEqual([1]);
    expect(save.pending).toBe(true);
    vi.advanceTimersByTime(999);
    expect(calls).toEqual([1]);
    vi.advanceTimersByTime(1);
    expect(calls).toEqual([1, 3]);
    expect(save.pending).toBe(false);
  });

  it('never more than once a second under continuous scrolling', () => {
    const times: number[] = [];
    const save = throttle(() => times.push(Date.now()));
    for (let t = 0; t < 10_000; t += 16) {
      save();
      vi.advanceTimersByTime(16);
    }
    vi.advanceTimersByTime(2000);
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(1000);
    expect(times.length).toBeGreaterThanOrEqual(10);
    expect(times.length).toBeLessThanOrEqual(11);
  });

  it('flush runs the pending call now (closing the reader); cancel forgets it', () => {
    const calls: string[] = [];
    const save = throttle((s: string) => calls.push(s));
    save('a');
    save('b');
    save.flush();
    expect(calls).toEqual(['a', 'b']);
    save('c'); // within a second of the flush: deferred
    expect(calls).toEqual(['a', 'b']);
    save.cancel();
    vi.advanceTimersByTime(5000);
    expect(calls).toEqual(['a', 'b']);
    save.flush(); // nothing pending: nothing happens
    expect(calls).toEqual(['a', 'b']);
    save('d'); // a quiet second later: at once
    expect(calls).toEqual(['a', 'b', 'd']);
  });

  it('leading: false waits a second after the first call of a quiet spell, whatever came before', () => {
    const times: number[] = [];
    const save = throttle(() => times.push(Date.now() - 1_000_000), 1000, { leading: false });
    save();
    expect(times).toEqual([]);
    vi.advanceTimersByTime(500);
    save(); // already waiting: no second timer, no earlier run
    vi.advanceTimersByTime(500);
    expect(times).toEqual([1000]);
    vi.advanceTimersByTime(3000);
    save(); // long after the last run: still a second later, not at once
    expect(times).toEqual([1000]);
    vi.advanceTimersByTime(1000);
    expect(times).toEqual([1000, 5000]);
    save();
    save.cancel();
    vi.advanceTimersByTime(2000);
    expect(times).toEqual([1000, 5000]);
  });

  it('flushOnClose flushes when the page is hidden or goes away, until removed', () => {
    const win = new EventTarget();
    const doc = Object.assign(new EventTarget(), { visibilityState: 'visible' });
    const flush = vi.fn();
    const off = flushOnClose(flush, win, doc);
    doc.dispatchEvent(new Event('visibilitychange'));
    expect(flush).not.toHaveBeenCalled();
    doc.visibilityState = 'hidden';
    doc.dispatchEvent(new Event('visibilitychange'));
    win.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
    off();
    win.dispatchEvent(new Event('pagehide'));
    expect(flush).toHaveBeenCalledTimes(2);
  });
});
