// @vitest-environment jsdom
/** Saving the place as the reader reads: a second after scrolling starts, on hide and close, never twice the same. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ReadingPlace } from '../../components/reader/place';
import { savePlaceAsYouRead } from '../../components/reader/save-place';

let here: ReadingPlace | null;
let saved: [ReadingPlace, number][];
const start = () =>
  savePlaceAsYouRead(
    () => ({ place: here, pct: 12.5 }),
    (place, pct) => saved.push([place, pct]),
  );

beforeEach(() => {
  vi.useFakeTimers();
  here = { partKey: 'k1', paragraph: 3, offset: 0.25 };
  saved = [];
});
afterEach(() => vi.useRealTimers());

describe('saving the place', () => {
  it('a second after scrolling starts, however often it scrolls meanwhile, then again after the next scroll', () => {
    const saving = start();
    saving.soon();
    vi.advanceTimersByTime(600);
    saving.soon();
    here = { partKey: 'k1', paragraph: 4, offset: 0 };
    expect(saved).toEqual([]);
    vi.advanceTimersByTime(400);
    expect(saved).toEqual([[{ partKey: 'k1', paragraph: 4, offset: 0 }, 12.5]]);
    vi.advanceTimersByTime(5000);
    here = { partKey: 'k2', paragraph: 0, offset: 0 };
    saving.soon();
    expect(saved).toHaveLength(1);
    vi.advanceTimersByTime(1000);
    expect(saved).toHaveLength(2);
    saving.stop();
  });

  it('now: at once, the pending save dropped; the same place is not saved twice; no place, no save', () => {
    const saving = start();
    saving.soon();
    saving.now();
    expect(saved).toHaveLength(1);
    vi.advanceTimersByTime(2000);
    expect(saved).toHaveLength(1);
    saving.now();
    expect(saved).toHaveLength(1);
    here = null;
    saving.now();
    expect(saved).toHaveLength(1);
    saving.stop();
  });

  it('when the page is hidden or goes away, until stopped', () => {
    const saving = start();
    window.dispatchEvent(new Event('pagehide'));
    expect(saved).toHaveLength(1);
    here = { partKey: 'k1', paragraph: 5, offset: 0 };
    Object.defineProperty(document, 'visibilityState', { value: 'hidden', configurable: true });
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saved).toHaveLength(2);
    saving.stop();
    here = { partKey: 'k1', paragraph: 6, offset: 0 };
    window.dispatchEvent(new Event('pagehide'));
    document.dispatchEvent(new Event('visibilitychange'));
    expect(saved).toHaveLength(2);
    Object.defineProperty(document, 'visibilityState', { value: 'visible', configurable: true });
  });
});
