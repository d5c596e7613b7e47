/** Small text formatters for the story list, the popup and the library page. */

import type { StoryStatus } from '../utils/db';
import type { NormalizedRating } from '../utils/extract/types';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type TimeUnit = 'minute' | 'hour' | 'day' | 'month' | 'year';

/** `Intl.RelativeTimeFormat('en', { numeric: 'auto' })`'s own words for these values. */
const AUTO_WORDS: Record<TimeUnit, Record<string, string>> = {
  minute: { '0': 'this minute' },
  hour: { '0': 'this hour' },
  day: { '-1': 'yesterday', '0': 'today', '1': 'tomorrow' },
  month: { '-1': 'last month', '0': 'this month', '1': 'next month' },
  year: { '-1': 'last year', '0': 'this year', '1': 'next year' },
};

/**
 * What `new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).format(value, unit)` says, for whole
 * values, without it: building that formatter loads ICU's relative-time data, which in a fresh page
 * (the popup, the library page) took longer than the rest of the first screen together, 60-190 ms
 * in Chromium on a loaded machine. The list is English throughout; tests compare every output with Intl's.
 */
function relativeTime(value: number, unit: TimeUnit): string {
  const word = AUTO_WORDS[unit][String(value)];
  if (word) return word;
  const n = Math.abs(value);
  const text = `${formatCount(n)} ${unit}${n === 1 ? '' : 's'}`;
  return value < 0 ? `${text} ago` : `in ${text}`;
}

/** "just now", "5 minutes ago", "yesterday", "3 days ago", "2 months ago". */
export function timeAgo(time: number, now: number = Date.now()): string {
  if (!Number.isFinite(time) || time <= 0) return 'never';
  const diff = time - now;
  const abs = Math.abs(diff);
  if (abs < 45_000) return 'just now';
  if (abs < 45 * MINUTE) return relativeTime(Math.round(diff / MINUTE), 'minute');
  if (abs < 22 * HOUR) return relativeTime(Math.round(diff / HOUR), 'hour');
  if (abs < 26 * DAY) return relativeTime(Math.round(diff / DAY), 'day');
  if (abs < 320 * DAY) return relativeTime(Math.round(diff / (30 * DAY)), 'month');
  return relativeTime(Math.round(diff / (365 * DAY)), 'year');
}

let dateFmt: Intl.DateTimeFormat | null = null;

/** "12 Mar 2025". */
export function formatDate(time: number): string {
  if (!Number.isFinite(time) || time <= 0) return '—';
  dateFmt ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return dateFmt.format(new Date(time));
}

let numFmt: Intl.NumberFormat | null = null;

/** "5,000": as `Intl.NumberFormat('en')` writes it (whole numbers without building one: the first screen's counts). */
export function formatCount(n: number): string {
  if (Number.isSafeInteger(n) && !Object.is(n, -0)) {
    const digits = String(Math.abs(n)).replace(/\B(?=(\d{3})+$)/g, ',');
    return n < 0 ? `-${digits}` : digits;
  }
  numFmt ??= new Intl.NumberFormat('en');
  return numFmt.format(n);
}

/** "1 story", "5,000 stories". */
export function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

/** Percent as shown: whole numbers, rounded down (99.6 is not yet 100). */
export function formatPercent(p: number | null): string {
  if (p === null || !Number.isFinite(p)) return '0%';
  return `${Math.max(0, Math.min(100, Math.floor(p)))}%`;
}

export const STATUS_LABEL: Record<StoryStatus, string> = {
  reading: 'Reading',
  finished: 'Finished',
  'not-started': 'Not started',
};

const RATING_SHORT: Record<NormalizedRating, string> = {
  General: 'G',
  Teen: 'T',
  Mature: 'M',
  Explicit: 'E',
  'Not Rated': 'NR',
};

/** The badge's letters and its spoken name, e.g. {short: 'T', long: 'Rated Teen'}. */
export function ratingBadge(rating: NormalizedRating | null): { short: string; long: string; cls: string } {
  if (!rating) return { short: '?', long: 'Rating unknown', cls: 'unknown' };
  return { short: RATING_SHORT[rating], long: rating === 'Not Rated' ? 'Not rated' : `Rated ${rating}`, cls: rating === 'Not Rated' ? 'nr' : rating.toLowerCase() };
}

/** "1.2 MB". */
export function formatBytes(n: number | null): string {
  if (n === null || !Number.isFinite(n)) return 'unknown';
  if (n < 1024) return `${n} bytes`;
  const units = ['KB', 'MB', 'GB', 'TB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v < 10 ? v.toFixed(1) : Math.round(v)} ${units[i]}`;
}
