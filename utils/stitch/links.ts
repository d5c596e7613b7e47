/**
 * Links between parts: which words say "previous" and "next", which URLs are entries, and the part
 * links in a post's body that extraction may have missed (its navigation lines).
 */

import { collapse } from '../extract/dom';
import { locateStories, type StoryLocation } from '../extract/index';
import { chapterLinks } from '../extract/part-links';
import { blockOf, isNavLine } from '../extract/parts';
import type { PartLink, StoryPost } from '../extract/types';
import { canonicalEntryKey, entryAddress } from '../url';

/** A link to the part before ("« Previous", "← Chapter 1"): the two parts' order. */
export const PREV_LABEL = /^[\s«‹<←]*(?:prev(?:ious)?|back)\b|^\s*[«‹<←]/i;
/** A link to the part after ("Next »", "Continued in part 3"). */
export const NEXT_LABEL = /\b(?:next|continued|continue|forward)\b|[»›>→]\s*$/i;

/** The URL without its fragment. */
export function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

/** A journal entry's address (it has an entry number), not a journal's or a tool page's. */
export function isEntryUrl(url: string): boolean {
  const a = entryAddress(url);
  return !!a && a.itemId !== null;
}

/**
 * Part links extraction may have missed: links in the post's body on lines that only navigate
 * between parts ("Part 1 | Part 2 | Part 3", "← Chapter 1 | Masterpost | Chapter 3 →",
 * "Story masterpost: »"), read as a chapter's links are (extract/part-links.ts).
 */
export function navLinksInPost(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink[] {
  // The page's extraction, when the caller has it already (reading a page twice doubled the cost
  // of every part that arrived).
  let locations = known;
  try {
    locations ??= locateStories(doc, pageUrl).locations;
  } catch {
    return [];
  }
  const key = canonicalEntryKey(post.url);
  const loc = locations.find((l) => canonicalEntryKey(l.story.url) === key) ?? (locations.length === 1 ? locations[0] : null);
  if (!loc) return [];
  const navBlocks = new Set<Element>();
  for (const a of Array.from(loc.body.querySelectorAll('a[href]'))) {
    const block = blockOf(a, loc.body);
    if (!navBlocks.has(block) && isNavLine(block)) navBlocks.add(block);
  }
  const lines = [...navBlocks].map((block) => ({
    text: collapse(block.textContent ?? ''),
    links: Array.from(block.querySelectorAll('a[href]')).map((a) => ({ href: a.getAttribute('href') ?? '', text: collapse(a.textContent ?? '') })),
  }));
  return chapterLinks(lines, key, pageUrl).partLinks.filter((l) => isEntryUrl(l.url));
}

/** `a` and the links of `b` it lacks (by entry). */
export function mergeLinks(a: PartLink[], b: PartLink[]): PartLink[] {
  if (!b.length) return a;
  const keys = new Set(a.map((l) => canonicalEntryKey(l.url)));
  return [...a, ...b.filter((l) => !keys.has(canonicalEntryKey(l.url)))];
}
