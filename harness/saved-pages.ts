/**
 * A page fetcher over a folder of saved pages, for the stitch CLI and the unit tests: a
 * pages.json maps absolute URLs to HTML files relative to its own folder (as in tests/fixtures).
 *
 * A URL is looked up as written, then without its fragment and query string (`?format=light`,
 * `?style=site` and the bare entry URL are one page), then by host + path whatever the scheme, then
 * by entry (`canonicalEntryKey`: community.site/NAME/N.html, users/NAME, Wayback wrappers...).
 * Unknown URLs answer `not-found` (status 404), as a site would.
 *
 * A `redirects.json` beside a pages.json (`{ "<URL>": "<URL it redirects to>" }`) holds the pages a site answers with a
 * redirect, matched with their query (a journal's `go?journal=…&itemid=…&dir=next` navigation): the fetcher follows them
 * as a browser's fetch does and answers with the final URL.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { FetchResult, PageFetcher } from '../utils/stitch';
import { canonicalEntryKey, entryAddress, unwrapWayback } from '../utils/url';
import { withLiveFallback } from '../utils/wayback-fallback';

export interface SavedPages {
  /** URL (as listed in pages.json) → absolute file path. */
  files: Map<string, string>;
  /** The pages.json URL a URL resolves to, or null. */
  lookup(url: string): string | null;
  /** The saved HTML for a URL, or null. */
  html(url: string): string | null;
  /** Where a URL ends after the redirects (itself when it has none). */
  finalUrl(url: string): string;
  fetchPage: PageFetcher;
}

/** A URL as redirects are matched: without its fragment, its query in a stable order. */
export function redirectKey(url: string): string {
  try {
    const u = new URL(url.split('#')[0]);
    u.search = new URLSearchParams([...u.searchParams].sort(([a], [b]) => a.localeCompare(b))).toString();
    return u.href;
  } catch {
    return url;
  }
}

/** The redirects beside a pages.json (its folder's `redirects.json`), or none. */
export function pagesJsonRedirects(pagesJson: string): Record<string, string> {
  const file = join(dirname(resolve(pagesJson)), 'redirects.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

function hostPath(url: string): string | null {
  try {
    const u = new URL(url);
    return `${u.hostname.toLowerCase()}${u.pathname}`;
  } catch {
    return null;
  }
}

function isEntry(url: string): boolean {
  const a = entryAddress(url);
  return !!a && a.itemId !== null;
}

export function loadSavedPages(pagesJson: string): SavedPages {
  return savedPages(pagesJsonFiles(pagesJson), pagesJsonRedirects(pagesJson));
}

/** A pages.json read: URL → absolute file path. */
export function pagesJsonFiles(pagesJson: string): Record<string, string> {
  const base = dirname(resolve(pagesJson));
  const map = JSON.parse(readFileSync(pagesJson, 'utf8')) as Record<string, string>;
  return Object.fromEntries(Object.entries(map).map(([u, f]) => [u, join(base, f)]));
}

/**
 * The entry a URL is looked up by: its `canonicalEntryKey`, and whether it is a Wayback copy. A Wayback URL finds a saved
 * capture of that entry (the archive sends a link to its nearest capture), never the live page, and a live URL never a
 * capture: the reader opened on a Wayback copy fetches copies only (utils/fetch-policy.ts), and a part the archive does
 * not hold is one it cannot read, as in the browsers (harness/fixture-server.ts); the stitch CLIs then ask the live page
 * without cookies, as the background does (utils/wayback-fallback.ts).
 */
const entryKeyOf = (url: string) => `${unwrapWayback(url) ? 'wayback ' : ''}${canonicalEntryKey(url)}`;

/** From a URL → absolute-file map (already resolved), and the URLs that redirect (`redirects`: URL → URL). */
export function savedPages(map: Record<string, string>, redirects: Record<string, string> = {}): SavedPages {
  const files = new Map(Object.entries(map));
  const moved = new Map(Object.entries(redirects).map(([from, to]) => [redirectKey(from), to]));
  const byHostPath = new Map<string, string>();
  const byKey = new Map<string, string>();
  for (const url of files.keys()) {
    const hp = hostPath(url.split('#')[0].split('?')[0]);
    if (hp && !byHostPath.has(hp)) byHostPath.set(hp, url);
    if (isEntry(url)) {
      const k = entryKeyOf(url);
      if (!byKey.has(k)) byKey.set(k, url);
    }
  }
  const cache = new Map<string, string>();

  const lookup = (url: string): string | null => {
    if (files.has(url)) return url;
    const noHash = url.split('#')[0];
    if (files.has(noHash)) return noHash;
    const noQuery = noHash.split('?')[0];
    if (files.has(noQuery)) return noQuery;
    const hp = hostPath(noQuery);
    if (hp && byHostPath.has(hp)) return byHostPath.get(hp)!;
    if (isEntry(url)) return byKey.get(entryKeyOf(url)) ?? null;
    return null;
  };

  const html = (url: string): string | null => {
    const hit = lookup(url);
    if (!hit) return null;
    const file = files.get(hit)!;
    let text = cache.get(file);
    if (text === undefined) {
      text = readFileSync(file, 'utf8');
      cache.set(file, text);
    }
    return text;
  };

  const finalUrl = (url: string): string => {
    let at = url;
    for (let i = 0; i < 10 && moved.has(redirectKey(at)); i++) at = moved.get(redirectKey(at))!;
    return at;
  };

  const fetchPage: PageFetcher = async (asked) => {
    const url = finalUrl(asked);
    const text = html(url);
    if (text === null) return { ok: false, url, reason: 'not-found', status: 404, message: 'Not among the saved pages.' } satisfies FetchResult;
    return { ok: true, url, status: 200, html: text };
  };

  return { files, lookup, html, finalUrl, fetchPage };
}

/**
 * The saved pages fetched as the background fetches a story's parts: a Wayback entry the archive never captured is read
 * from the live journal's saved page (utils/wayback-fallback.ts). The stitch CLIs' fetcher.
 */
export function asBackgroundFetches(pages: SavedPages): PageFetcher {
  return withLiveFallback(pages.fetchPage, pages.fetchPage);
}
