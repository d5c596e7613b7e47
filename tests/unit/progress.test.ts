// @vitest-environment jsdom
/** The bar's progress: words read into a part, the story's figures over every known part, the time left. */
import { describe, expect, it } from 'vitest';
import { newSlot, type PartSlot } from '../../components/reader/part-slot';
import { progressAt, showProgress, timeLeftText, wordsInto } from '../../components/reader/progress';
import type { ReaderState } from '../../utils/kept-parts';
import { FINISHED_PERCENT } from '../../utils/library';
import { blankPost } from '../support/reader-deps';

const paragraphs = (...words: number[]) =>
  words.map((n) => {
    const p = document.createElement('p');
    p.textContent = Array.from({ length: n }, (_, i) => `w${i}`).join(' ');
    return p;
  });

function slot(key: string, words: number[]): PartSlot {
  const s = newSlot(key);
  s.state = 'ready';
  s.prose = document.createElement('div');
  s.prose.append(...paragraphs(...words));
  s.words = words.reduce((a, b) => a + b, 0);
  return s;
}

const post = (index: number, total: number | null) => blankPost({ url: `https://writer.livejournal.com/${index}.html`, part: { index, total } });

/** Parts k1..kN, those in `here` loaded (of `total` by their markers), the rest failed. */
function story(n: number, here: number[], total: number | null): ReaderState {
  const s: ReaderState = { order: [], parts: new Map(), errors: new Map(), masterpost: null, done: true };
  for (let i = 1; i <= n; i++) {
    const key = `k${i}`;
    s.order.push(key);
    if (here.includes(i)) s.parts.set(key, { key, url: post(i, total).url, index: i, title: 'The Story', post: post(i, total) });
    else s.errors.set(key, { key, url: '', index: i, reason: 'not-found', message: '' });
  }
  return s;
}

describe('wordsInto', () => {
  it('counts the paragraphs above the place and the share of the one it is in', () => {
    const ps = paragraphs(10, 20, 30);
    expect(wordsInto(ps, { partKey: 'k', paragraph: 0, offset: 0 })).toBe(0);
    expect(wordsInto(ps, { partKey: 'k', paragraph: 1, offset: 0.5 })).toBe(20);
    expect(wordsInto(ps, { partKey: 'k', paragraph: 2, offset: 1 })).toBe(60);
    // A paragraph the text no longer has: every paragraph there is.
    expect(wordsInto(ps, { partKey: 'k', paragraph: 7, offset: 0.5 })).toBe(60);
    expect(wordsInto([], { partKey: 'k', paragraph: 0, offset: 0.5 })).toBe(0);
  });
});

describe('progressAt', () => {
  const slots = new Map([
    ['k1', slot('k1', [50, 50])],
    ['k2', slot('k2', [100])],
  ]);

  it('is nothing before the story is known', () => {
    expect(progressAt(null, slots, null, () => true)).toEqual({ percent: 0, wordsLeft: 0, wordsTotal: 0 });
  });

  it('is the share of the words before the place, over every part', () => {
    const p = progressAt(story(2, [1, 2], 2), slots, { partKey: 'k2', paragraph: 0, offset: 0.5 }, () => false);
    expect(p).toEqual({ percent: 75, wordsLeft: 50, wordsTotal: 200 });
    expect(progressAt(story(2, [1, 2], 2), slots, null, () => false).percent).toBe(0);
  });

  it('is 100% at the end of a complete story, never with a part missing or promised', () => {
    const place = { partKey: 'k2', paragraph: 0, offset: 1 };
    expect(progressAt(story(2, [1, 2], 2), slots, place, () => true).percent).toBe(100);
    const failed = new Map([
      ['k1', slot('k1', [50, 50])],
      ['k2', newSlot('k2')],
    ]);
    expect(progressAt(story(2, [1], 2), failed, { partKey: 'k1', paragraph: 1, offset: 1 }, () => false).percent).toBeLessThanOrEqual(FINISHED_PERCENT);
    // Part 2 of 3 posted so far: the third counts at the average length.
    const promised = progressAt(story(2, [1, 2], 3), slots, place, () => true);
    expect(promised.wordsTotal).toBe(300);
    expect(promised.percent).toBeLessThanOrEqual(FINISHED_PERCENT);
  });
});

describe('the time left', () => {
  it('in minutes, and hours past an hour; nothing while no length is known', () => {
    expect(timeLeftText(2500, 5000, 250)).toBe('10 min left');
    expect(timeLeftText(250 * 65, 50_000, 250)).toBe('1 h 5 min left');
    expect(timeLeftText(0, 5000, 250)).toBe('0 min left');
    expect(timeLeftText(0, 0, 250)).toBe('');
  });

  it('shows in the bar with the percent, floored, and the progress bar', () => {
    const out = { percentOut: document.createElement('span'), progress: document.createElement('div'), timeOut: document.createElement('span') };
    showProgress(out, { percent: 42.7, wordsLeft: 1000, wordsTotal: 4000 }, 200);
    expect(out.percentOut.textContent).toBe('42%');
    expect(out.progress.style.width).toBe('42.7%');
    expect(out.progress.getAttribute('aria-valuenow')).toBe('42');
    expect(out.timeOut.textContent).toBe('5 min left');
  });
});
