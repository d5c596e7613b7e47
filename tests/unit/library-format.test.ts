import { describe, expect, it } from 'vitest';
import { formatCount, plural, timeAgo } from '../../components/library-format';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const rtf = new Intl.RelativeTimeFormat('en', { numeric: 'auto' });

/** timeAgo as it was written with Intl.RelativeTimeFormat: the words must stay the same without it. */
function intlTimeAgo(time: number, now: number): string {
  if (!Number.isFinite(time) || time <= 0) return 'never';
  const diff = time - now;
  const abs = Math.abs(diff);
  if (abs < 45_000) return 'just now';
  if (abs < 45 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < 22 * HOUR) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (abs < 26 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (abs < 320 * DAY) return rtf.format(Math.round(diff / (30 * DAY)), 'month');
  return rtf.format(Math.round(diff / (365 * DAY)), 'year');
}

describe('timeAgo', () => {
  const now = Date.UTC(2026, 11, 4, 12, 0, 0);

  it('says what Intl.RelativeTimeFormat (en, numeric auto) says, in the past and the future, at every unit and its edges', () => {
    const offsets = new Set<number>();
    for (const unit of [1000, MINUTE, HOUR, DAY, 30 * DAY, 365 * DAY]) {
      for (let k = 0; k <= 130; k++) for (const f of [-0.5, -0.01, 0, 0.01, 0.49, 0.5, 0.51]) offsets.add(Math.round((k + f) * unit));
    }
    for (const edge of [45_000, 45 * MINUTE, 22 * HOUR, 26 * DAY, 320 * DAY]) for (const d of [-1, 0, 1]) offsets.add(edge + d);
    for (const years of [999, 1000, 1001, 12_345]) offsets.add(years * 365 * DAY);
    let compared = 0;
    for (const off of offsets) {
      for (const time of [now - off, now + off]) {
        if (time <= 0) continue;
        expect(timeAgo(time, now), `${time - now} ms`).toBe(intlTimeAgo(time, now));
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(5000);
  });

  it('keeps its own words', () => {
    expect(timeAgo(now - 10_000, now)).toBe('just now');
    expect(timeAgo(now - 5 * MINUTE, now)).toBe('5 minutes ago');
    expect(timeAgo(now - MINUTE, now)).toBe('1 minute ago');
    expect(timeAgo(now - DAY, now)).toBe('yesterday');
    expect(timeAgo(now - 3 * DAY, now)).toBe('3 days ago');
    expect(timeAgo(now + 3 * DAY, now)).toBe('in 3 days');
    expect(timeAgo(now - 30 * DAY, now)).toBe('last month');
    expect(timeAgo(now - 2 * 365 * DAY, now)).toBe('2 years ago');
    expect(timeAgo(0, now)).toBe('never');
    expect(timeAgo(Number.NaN, now)).toBe('never');
  });
});

describe('formatCount', () => {
  it('writes numbers as Intl.NumberFormat("en") does', () => {
    const intl = new Intl.NumberFormat('en');
    const values = [
      0,
      -0,
      1,
      7,
      12,
      999,
      1000,
      1001,
      5000,
      12_345,
      99_999,
      100_000,
      999_999,
      1_000_000,
      123_456_789,
      Number.MAX_SAFE_INTEGER,
      2 ** 60,
      1e21,
      1.5,
      1234.5678,
      -1,
      -1000,
      -1_234_567,
      Number.NaN,
      Number.POSITIVE_INFINITY,
      Number.NEGATIVE_INFINITY,
    ];
    for (let n = 0; n < 20_000; n += 7) values.push(n, -n);
    for (const n of values) expect(formatCount(n), String(n)).toBe(intl.format(n));
  });

  it('counts in words', () => {
    expect(plural(1, 'story', 'stories')).toBe('1 story');
    expect(plural(5000, 'story', 'stories')).toBe('5,000 stories');
  });
});
