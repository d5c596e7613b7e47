/**
 * The first parts of a story fetched the moment the user's click reaches the background, while the
 * reader's frame is still loading and claiming its ticket: the frame's requests for them then find
 * them fetched (or on the way). Only for a story the reader will fetch (not saved yet, or Refresh):
 * a saved story opens from the database with no request at all.
 *
 * Nothing is fetched that the frame could not fetch itself: each URL is the one the URL rule builds
 * (what the stitcher asks for) and passes the click's reader session (`allowed`: the same check as a
 * frame's 'fetch-page'); every answer is still checked by the session when the frame takes it
 * (`sessions.answered`). An answer nobody takes within a short while is dropped.
 */
import type { FetchResult } from './stitch';
import { FETCH_CONCURRENCY, firstFetches } from './stitch/scheduler';

/** How long a fetched part waits for the frame to ask for it. */
const PREFETCH_TTL_MS = 30_000;

/**
 * The entry pages the stitcher fetches first for a start post and its links (utils/stitch/scheduler.ts
 * `firstFetches`): as many as the fetch queue fetches at once. The frame asks for the rest before these
 * are in, and a long story's first batch all at once crowds the reader's own start (bench, 60 parts:
 * first part later).
 */
export function prefetchUrls(postUrl: string, links: string[]): string[] {
  return firstFetches(postUrl, links, FETCH_CONCURRENCY);
}

export function createPartPrefetch(fetchPage: (url: string) => Promise<FetchResult>, now: () => number = Date.now) {
  const fetched = new Map<string, { result: Promise<FetchResult>; at: number }>();
  const keyOf = (tabId: number, url: string) => `${tabId} ${url}`;
  const sweep = () => {
    for (const [k, v] of fetched) if (now() - v.at > PREFETCH_TTL_MS) fetched.delete(k);
  };
  return {
    /** Starts the fetches for a tab's reader, all at once: only the URLs `admitted` says its session admits. */
    async start(tabId: number, urls: string[], admitted: (urls: string[]) => Promise<string[]>): Promise<void> {
      sweep();
      const ok = new Set(await admitted(urls));
      for (const url of urls) if (ok.has(url)) fetched.set(keyOf(tabId, url), { result: fetchPage(url), at: now() });
    },
    /** The fetch for this tab's URL, taken once (a later request fetches again), or null. */
    take(tabId: number, url: string): Promise<FetchResult> | null {
      sweep();
      const k = keyOf(tabId, url);
      const hit = fetched.get(k);
      fetched.delete(k);
      return hit?.result ?? null;
    },
    closeTab(tabId: number): void {
      for (const k of fetched.keys()) if (k.startsWith(`${tabId} `)) fetched.delete(k);
    },
  };
}
