/**
 * Works in progress: what a live page says that a saved story does not know yet. Opening a saved
 * story from a journal page (or the library's Refresh reading one) compares the page's post, its
 * part links and its "Part N/M" marker with the saved record, and the reader then fetches only
 * what is new; the saved parts show at once and are not fetched again. Pure: plain data in and out.
 */

import { isMasterpostLabel } from './extract/parts';
import type { PartLink, StoryPost } from './extract/types';
import { canonicalEntryKey, entryAddress, entryKeyOfPost, postKeyOf } from './url';

/** What of a saved story the comparison reads. */
export interface SavedStoryShape {
  id: string;
  partKeys: readonly string[];
  masterpostUrl: string | null;
  failedKeys?: readonly string[];
}

export interface PageNews {
  /** The page's own post is a part the saved story does not have (a newly posted part). */
  pageIsNew: boolean;
  /** Links on the page to parts the saved story does not have. */
  newLinks: PartLink[];
  /** The marker promises more parts than are saved ("Part 3/5" with 3 saved) and no link shows them: ask the masterpost. */
  askMasterpost: boolean;
  /** Saved parts that failed before: tried again. */
  retry: string[];
  /** Anything to fetch at all. */
  any: boolean;
}

const keyOf = (url: string): string | null => {
  const a = entryAddress(url);
  return a && a.itemId !== null ? canonicalEntryKey(url) : null;
};

/**
 * What `page` (the post on the live page, `links` its part links as the stitcher reads them, and
 * whether it is the masterpost) shows that `saved` lacks.
 */
export function newsOnPage(saved: SavedStoryShape, page: { post: StoryPost; links: readonly PartLink[]; isMasterpost: boolean }): PageNews {
  const known = new Set(saved.partKeys);
  const masterKey = saved.masterpostUrl ? canonicalEntryKey(saved.masterpostUrl) : null;
  // (A gift of a swap's reveals is known by its ordinal too: url.ts `postKeyOf`.)
  const pageKey = postKeyOf(page.post.url);
  const isMasterpost = page.isMasterpost || pageKey === masterKey;
  const pageIsNew = !isMasterpost && !known.has(pageKey);
  const seen = new Set<string>();
  const newLinks = page.links.filter((l) => {
    const key = keyOf(l.url);
    if (!key || key === pageKey || key === entryKeyOfPost(pageKey) || key === masterKey || known.has(key) || seen.has(key)) return false;
    // "Masterpost", "Index": where the parts are listed, not a part.
    if (!isMasterpost && l.index === null && isMasterpostLabel(l.label)) return false;
    seen.add(key);
    return true;
  });
  const total = page.post.part?.total ?? null;
  const askMasterpost = !!masterKey && !isMasterpost && !newLinks.length && total !== null && total > known.size + (pageIsNew ? 1 : 0);
  const retry = (saved.failedKeys ?? []).filter((k) => known.has(k));
  return { pageIsNew, newLinks, askMasterpost, retry, any: pageIsNew || newLinks.length > 0 || askMasterpost || retry.length > 0 };
}

/**
 * The record's `newPartKeys` after a save: parts the previous save did not have (none on a first
 * save), plus earlier new ones still listed, less those at or before the part the reader was in.
 */
export function newPartKeysAfterSave(previous: (Pick<SavedStoryShape, 'partKeys'> & { newPartKeys?: readonly string[] }) | null, order: readonly string[], placeKey: string | null): string[] {
  if (!previous) return [];
  const before = new Set(previous.partKeys);
  const listed = new Set(previous.newPartKeys ?? []);
  const at = placeKey ? order.indexOf(placeKey) : -1;
  return order.filter((k, i) => i > at && (!before.has(k) || listed.has(k)));
}
