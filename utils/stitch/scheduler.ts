/**
 * The fetch plan: how many pages are asked for at once, how long one may take and how often it is
 * tried again, how many parts a story has at most, which parts come first and how many before the
 * rest wait. The one place these are set: the stitcher, the fill stitcher, the background's fetch
 * queue (utils/fetch-queue.ts) and its prefetch at the click (utils/part-prefetch.ts) take them from
 * here. Light on purpose (no extraction): the background imports it.
 */

import { isJournalNavLink } from '../extract/chrome';
import { fetchUrlOf } from '../fetch-url';
import { canonicalEntryKey } from '../url';
import type { FetchResult, PageFetcher } from './types';

/** Fetches at a time: the background's queue, and what the stitchers ask of it. */
export const FETCH_CONCURRENCY = 4;
/** One request to a journal site that has not answered by then is aborted (the background's queue). */
export const FETCH_TIMEOUT_MS = 20_000;
/** Tries more after a network error, a timeout or a server error (the background's queue). */
export const FETCH_RETRIES = 1;
/**
 * How long the stitcher waits for one page before it counts as timed out: above the queue's own
 * timeout and its retry, so the queue's answer (with its reason) comes first; nothing hangs.
 */
export const STITCH_TIMEOUT_MS = 45_000;
/** Parts at most; the first part beyond it becomes an error. */
export const MAX_PARTS = 200;
/**
 * The reader's first batch: parts fetched when a story is first opened, the rest as the reader
 * nears them. 16 is four rounds of the background's 4 fetches at a time: a whole story for nearly
 * every multi-part fic on these sites (most have 2 to 12 parts; the fixtures' longest real story
 * has 10), while a page listing 200 "parts" (or a flood of fake ones) costs 16 requests with the
 * reader's cookies at open, not 200, and the reader is never more than a screen or two from the
 * next batch.
 */
export const FIRST_BATCH = 16;
/** Masterposts fetched at most per run (a masterpost may link to a series masterlist, and so on). */
export const MAX_MASTERPOSTS = 8;

/** Parts queued at most before the rest are left 'deferred': Infinity without a first batch. */
export function batchBudget(firstBatch: number | undefined): number {
  return firstBatch === undefined ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(firstBatch));
}

/**
 * The entry pages the stitcher fetches first for a start post and its links, in order, at most
 * `max`: each link as the URL rule builds it, without the start post, repeats or the journal's own
 * navigation (the stitcher queues a start's links in their order and fetches them as they come).
 */
export function firstFetches(postUrl: string, links: string[], max: number): string[] {
  const start = canonicalEntryKey(postUrl);
  const out: string[] = [];
  const keys = new Set<string>([start]);
  for (const link of links) {
    if (out.length >= max) break;
    if (isJournalNavLink(link)) continue;
    const url = fetchUrlOf(link.split('#')[0]);
    if (!url) continue;
    const key = canonicalEntryKey(url);
    if (keys.has(key)) continue;
    keys.add(key);
    out.push(url);
  }
  return out;
}

/** One fetch, bounded by the timeout and the caller's signal. Never throws. */
export async function fetchWithTimeout(fetchPage: PageFetcher, url: string, timeoutMs: number, outer?: AbortSignal): Promise<FetchResult> {
  const ctrl = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  const stop = new Promise<FetchResult>((resolve) => {
    timer = setTimeout(() => {
      ctrl.abort();
      resolve({ ok: false, url, reason: 'timeout', message: `No answer within ${Math.round(timeoutMs / 1000)} s.` });
    }, timeoutMs);
    onAbort = () => {
      ctrl.abort();
      resolve({ ok: false, url, reason: 'network', message: 'Stopped.' });
    };
    if (outer?.aborted) onAbort();
    else outer?.addEventListener('abort', onAbort);
  });
  try {
    const fetched = Promise.resolve()
      .then(() => fetchPage(url, ctrl.signal))
      .catch((e: unknown): FetchResult => ({ ok: false, url, reason: 'network', message: e instanceof Error ? e.message : String(e) }));
    return await Promise.race([fetched, stop]);
  } finally {
    clearTimeout(timer);
    if (onAbort) outer?.removeEventListener('abort', onAbort);
  }
}
