/**
 * A part the Wayback Machine never captured, read from the live journal instead.
 *
 * A story opened on a Wayback copy fetches Wayback copies (utils/fetch-policy.ts): the archived page chose them, and
 * the archive is where the reader is reading. But the archive holds what its crawler happened to reach: part 1 of a
 * 2008 story captured, part 2 not, while the writer's journal still has both. The archive answers 404 for a page it
 * never captured; the same entry is then asked of the live journal, over https and without the reader's cookies
 * (`credentials: 'omit'`): an archived page may say which entry (as it could by linking it), but it never decides a
 * request that carries the reader's login. A locked post stays locked (the site answers its login page) and says so.
 * The answer counts only if it is that entry (a redirect to any other page is not the part).
 *
 * Shared by the background (what it fetches) and the stitch CLI's saved pages (what they model).
 */

import { fetchUrlOf } from './fetch-url';
import type { FetchResult, PageFetcher } from './stitch/types';
import { canonicalEntryKey, entryAddress, unwrapWayback } from './url';

/** The live entry page (https, the URL rule's) a Wayback entry URL archived, or null when `url` is no Wayback entry. */
export function liveEntryUrlOf(url: string): string | null {
  const original = unwrapWayback(url)?.original;
  if (!original || entryAddress(original)?.itemId == null) return null;
  return fetchUrlOf(original);
}

/** Whether `res` is a live page read for the Wayback entry `url` the archive did not hold (`withLiveFallback`'s answer). */
export function isLiveStandIn(url: string, res: FetchResult): boolean {
  return res.ok && res.liveFor === url && !unwrapWayback(res.url) && canonicalEntryKey(res.url) === canonicalEntryKey(url);
}

/**
 * `fetchPage` with the live journal asked (by `fetchAnonymously`) when the archive answers that it never captured a
 * Wayback entry. Every other answer, and a live answer that is not the entry, leaves the archive's own answer.
 */
export function withLiveFallback(fetchPage: PageFetcher, fetchAnonymously: PageFetcher): PageFetcher {
  return async (url, signal) => {
    const res = await fetchPage(url, signal);
    const live = !res.ok && res.reason === 'not-found' ? liveEntryUrlOf(url) : null;
    if (!live) return res;
    const fromLive = await fetchAnonymously(live, signal);
    const standIn: FetchResult = fromLive.ok ? { ...fromLive, liveFor: url } : fromLive;
    return isLiveStandIn(url, standIn) ? standIn : res;
  };
}
