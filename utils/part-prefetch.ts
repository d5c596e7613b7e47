/**
 * The first parts of a story fetched the moment the user's press on Read reaches the background, while the
 * click comes and the reader's frame is still loading and claiming its ticket: the frame's requests for them then find
 * them fetched (or on the way). Only for a story the reader will fetch (not saved yet, or Refresh):
 * a saved story opens from the database with no request at all.
 *
 * Nothing is fetched that the frame could not fetch itself: each URL is the one the URL rule builds
 * (what the stitcher asks for) and passes the click's reader session (`allowed`: the same check as a
 * frame's 'fetch-page'); every answer is still checked by the session when the frame takes it
 * (`sessions.answered`). An answer nobody takes within a short while is dropped.
 */
import type { NavLine } from './extract/index';
import { chapterLinks } from './extract/part-links';
import type { StoryPost } from './extract/types';
import type { FetchResult } from './stitch';
import { FETCH_CONCURRENCY, firstFetches, MAX_PARTS } from './stitch/scheduler';
import { canonicalEntryKey, commentIdOf } from './url';

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

/** What the press's (and the click's) navigation lines may hold at most (a page's post could hold anything): beyond, nothing is read. */
const PRESS_LINES = MAX_PARTS;
const PRESS_LINKS = MAX_PARTS;
const PRESS_TEXT = 20_000;

/**
 * The part links of the pressed post, from its navigation lines as the detector sent them with the user's press on
 * Read, and again with its click (utils/extract StoryLocation's `nav`): what the reader's full extraction reads from the same lines (`chapterLinks`,
 * against the page as the browser knows it), at most MAX_PARTS. Hints from a page: a shape that is not the
 * detector's, or more than a post's navigation holds, gives none (the reader's own start fetches then).
 */
export function pressPartLinks(postUrl: string, nav: unknown, pageUrl: string, title?: string): string[] {
  if (!Array.isArray(nav) || nav.length > PRESS_LINES || (title !== undefined && title.length > PRESS_TEXT)) return [];
  const lines: NavLine[] = [];
  for (const l of nav as { text?: unknown; links?: unknown }[]) {
    if (typeof l?.text !== 'string' || l.text.length > PRESS_TEXT || !Array.isArray(l.links) || l.links.length > PRESS_LINKS) return [];
    const links = (l.links as { href?: unknown; text?: unknown }[]).map((k) => ({ href: k?.href, text: k?.text }));
    if (links.some((k) => typeof k.href !== 'string' || typeof k.text !== 'string' || k.href.length > PRESS_TEXT || k.text.length > PRESS_TEXT)) return [];
    lines.push({ text: l.text, links: links as NavLine['links'] });
  }
  const key = canonicalEntryKey(postUrl);
  if (!key) return [];
  return chapterLinks(lines, key, pageUrl, title)
    .partLinks.slice(0, MAX_PARTS)
    .map((l) => l.url);
}

/**
 * The clicked post as the background knows it before the reader has read it (the seal of the reader's start, utils/
 * reader-frame.ts): its URL, and the part links read from the detector's navigation lines as at the press
 * (`pressPartLinks`), so it is looked up in the library by the press's keys. A fill (a comment) has none: it admits no
 * journal, and its parts are found in its thread. Null: no post URL.
 */
export function pressedPost(url: unknown, nav: unknown, pageUrl: string | undefined, title: unknown): Pick<StoryPost, 'url' | 'partLinks'> | null {
  if (typeof url !== 'string') return null;
  const links = pageUrl && commentIdOf(url) === null ? pressPartLinks(url, nav, pageUrl, typeof title === 'string' ? title : undefined) : [];
  return { url, partLinks: links.map((l) => ({ url: l, label: '', index: null })) };
}

export function createPartPrefetch(fetchPage: (url: string) => Promise<FetchResult>, now: () => number = Date.now) {
  /** By tab and URL: the fetch, until the frame takes it (null from then: started once, not again). */
  const fetched = new Map<string, { result: Promise<FetchResult> | null; at: number }>();
  const keyOf = (tabId: number, url: string) => `${tabId} ${url}`;
  const sweep = () => {
    for (const [k, v] of fetched) if (now() - v.at > PREFETCH_TTL_MS) fetched.delete(k);
  };
  return {
    /**
     * Starts the fetches for a tab's reader, all at once: only the URLs `admitted` says its session admits, and
     * not one this tab's prefetch started already or still keeps (the press's, the click's, then the reader's start: one
     * request each).
     */
    async start(tabId: number, urls: string[], admitted: (urls: string[]) => string[] | Promise<string[]>): Promise<void> {
      sweep();
      const ok = new Set(await admitted(urls));
      for (const url of urls) if (ok.has(url) && !fetched.has(keyOf(tabId, url))) fetched.set(keyOf(tabId, url), { result: fetchPage(url), at: now() });
    },
    /** The fetch for this tab's URL, taken once (a later request fetches again), or null. */
    take(tabId: number, url: string): Promise<FetchResult> | null {
      sweep();
      const hit = fetched.get(keyOf(tabId, url));
      const result = hit?.result ?? null;
      if (hit) hit.result = null;
      return result;
    },
    closeTab(tabId: number): void {
      for (const k of fetched.keys()) if (k.startsWith(`${tabId} `)) fetched.delete(k);
    },
  };
}
