/** Small text formatters for the story list, the popup and the library page. */

import type { StoryStatus } from '../utils/db';
import type { NormalizedRating } from '../utils/extract/types';

let rtf: Intl.RelativeTimeFormat | null = null;

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/** "just now", "5 minutes ago", "yesterday", "3 days ago", "2 months ago". */
export function timeAgo(time: number, now: number = Date.now()): string {
  if (!Number.isFinite(time) || time <= 0) return 'never';
  rtf ??= new Intl.RelativeTimeFormat('en', { numeric: 'auto' });
  const diff = time - now;
  const abs = Math.abs(diff);
  if (abs < 45_000) return 'just now';
  if (abs < 45 * MINUTE) return rtf.format(Math.round(diff / MINUTE), 'minute');
  if (abs < 22 * HOUR) return rtf.format(Math.round(diff / HOUR), 'hour');
  if (abs < 26 * DAY) return rtf.format(Math.round(diff / DAY), 'day');
  if (abs < 320 * DAY) return rtf.format(Math.round(diff / (30 * DAY)), 'month');
  return rtf.format(Math.round(diff / (365 * DAY)), 'year');
}

let dateFmt: Intl.DateTimeFormat | null = null;

/** "12 Mar 2025". */
export function formatDate(time: number): string {
  if (!Number.isFinite(time) || time <= 0) return '—';
  dateFmt ??= new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });
  return dateFmt.format(new Date(time));
}

let numFmt: Intl.NumberFormat | null = null;

export function formatCount(n: number): string {
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
