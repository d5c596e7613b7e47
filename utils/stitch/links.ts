/**
 * Links between parts: which words say "previous" and "next", which URLs are entries, and the part
 * links in a post's body that extraction may have missed (its navigation lines).
 */

import { isJournalNavLink } from '../extract/chrome';
import { absoluteUrl, collapse, tagged } from '../extract/dom';
import { locateStories, type NavLine, type StoryLocation } from '../extract/index';
import { flattenLines } from '../extract/lines';
import { ownCommentPartLinks } from '../extract/own-comment-links';
import { archiveIndexLink, chapterLinks, linksOfLine, memoriesIndexLink, namesStoryParts, RELATED_WORDS, tagIndexLink, titledPartLinks } from '../extract/part-links';
import { blockOf, isNavLine, isNavText, ownDirection, partIndexOfLabel } from '../extract/parts';
import { type FoundPost, inPost } from '../extract/posts';
import { withSearchIndex } from '../extract/select';
import type { PartLink, StoryPost } from '../extract/types';
import { journalOf } from '../fetch-policy';
import { frontPageUrlOf } from '../fetch-url';
import { canonicalEntryKey, entryAddress } from '../url';

/** A link to the part before ("« Previous", "← Chapter 1"): the two parts' order. */
export const PREV_LABEL = /^[\s«‹<←]*(?:prev(?:ious)?|back)\b|^\s*[«‹<←]/i;
/** A link to the part after ("Next »", "Continued in part 3", "Onward: the last"). */
export const NEXT_LABEL = /\b(?:next|continued|continue|forwards?|onwards?)\b|[»›>→]\s*$/i;
/** The link's label says it leads back, in the sites' words or the writer's own ("↶ went before", parts.ts `ownDirection`). */
export function isPrevLabel(label: string): boolean {
  const own = ownDirection(label);
  return own ? own === 'prev' : PREV_LABEL.test(label);
}
/** The link's label says it leads on ("Next »", "read on ↷"). */
export function isNextLabel(label: string): boolean {
  const own = ownDirection(label);
  return own ? own === 'next' : NEXT_LABEL.test(label);
}

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

/** The post's place on the page: from the page's extraction when the caller has it (reading a page twice doubled the cost of every part that arrived). */
function locationOf(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): StoryLocation | null {
  let locations = known;
  try {
    locations ??= locateStories(doc, pageUrl).locations;
  } catch {
    return null;
  }
  const key = canonicalEntryKey(post.url);
  return locations.find((l) => canonicalEntryKey(l.story.url) === key) ?? (locations.length === 1 ? locations[0] : null);
}

/** A block as a line `chapterLinks` reads: its text and its links. */
function lineOf(block: Element): NavLine {
  return { text: collapse(block.textContent ?? ''), links: hrefsIn(block).map(linkOf) };
}

/** `root.querySelectorAll('a[href]')`, from the page's walk (select.ts `tagged`): jsdom's selector search costs far more. */
function hrefsIn(root: Element): Element[] {
  return tagged(root, 'a').filter((a) => a.hasAttribute('href'));
}

function linkOf(a: Element): NavLine['links'][number] {
  return { href: a.getAttribute('href') ?? '', text: collapse(a.textContent ?? '') };
}

/**
 * Part links extraction may have missed: links in the post's body on lines that only navigate
 * between parts ("Part 1 | Part 2 | Part 3", "← Chapter 1 | Masterpost | Chapter 3 →",
 * "Story masterpost: »"), read as a chapter's links are (extract/part-links.ts).
 */
export function navLinksInPost(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink[] {
  // Read at the click, on a page a 60-part story's footer gives 60 links: within one search index (select.ts), the
  // searches under each block are ranges of one walk of the page, and the URL readings of the same links are made once.
  return withSearchIndex(() => {
    const loc = locationOf(doc, pageUrl, post, known);
    if (!loc) return [];
    const postLinks = linksOf(loc);
    // Each block is asked once whether it only navigates (ten part links to a line are one block, not ten).
    const asked = new Set<Element>();
    const navBlocks: Element[] = [];
    for (const a of postLinks) {
      const block = blockOf(a, loc.body);
      if (asked.has(block)) continue;
      asked.add(block);
      if (isNavLine(block)) navBlocks.push(block);
    }
    const links = chapterLinks(navBlocks.map(lineOf), canonicalEntryKey(post.url), pageUrl).partLinks.filter((l) => isEntryUrl(l.url));
    if (!post.part) return links;
    // A numbered part's chapters linked by their own titles ("« The Crossing | Landfall »"), and its writer's own comment
    // linking the next part ("Part 2 is up: here!"): extract/part-links.ts `titledPartLinks`, extract/own-comment-links.ts.
    const titled = titledPartLinks(linesAround(postLinks, loc.body), canonicalEntryKey(post.url), pageUrl);
    return mergeLinks(mergeLinks(links, titled), ownCommentPartLinks(doc, pageUrl, post));
  });
}

/**
 * Rule `lone-link-to-own-journal`: a chapter's only link to another entry of its own journal, on a line that only
 * navigates ("~ all the letters ~", "↑ the whole bundle ↑"), when no words on the page say what it is. Authors name
 * their story's index in the story's own words (its chapters are "letters", "days", "tapes"), and no list of words
 * holds them all; but a numbered chapter whose one way out is such a line points at its index, or at its neighbour.
 * The stitcher reads the page it leads to as a possible masterpost, kept only if it lists this chapter
 * (stitcher.ts `probeIndex`). Null when the post has two such links or none (a line of several links is a list,
 * read by the part-link rules; links to other journals are not its author's index).
 */
export function loneOwnJournalLink(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink | null {
  const own = journalOf(post.url);
  const loc = own ? locationOf(doc, pageUrl, post, known) : null;
  if (!loc) return null;
  const self = canonicalEntryKey(post.url);
  const found = new Map<string, PartLink>();
  for (const a of linksOf(loc)) {
    const url = absoluteUrl(a.getAttribute('href'), pageUrl);
    if (!url || isJournalNavLink(url) || !isEntryUrl(url) || journalOf(url) !== own) continue;
    const key = canonicalEntryKey(url);
    if (key === self || found.has(key)) continue;
    // Its line: its block, or the words between the <br>s around it ("…the prose.<br><br>~*~ <a>all three hymns</a> ~*~").
    const line = lineAround(a, loc.body);
    const linkWords = line.links.map((l) => l.text);
    if (!isNavText(line.text, linkWords) && !isBackToLine(line.text, linkWords)) return null;
    found.set(key, { url, label: collapse(a.textContent ?? ''), index: null });
  }
  return found.size === 1 ? [...found.values()][0] : null;
}

/** "back to <a>the Glasshouse stories</a>", "return to <a>the series</a>": words that only send the reader back, then the link. */
function isBackToLine(text: string, linkWords: string[]): boolean {
  let rest = text;
  for (const w of linkWords) rest = rest.replace(collapse(w), ' ');
  return linkWords.length > 0 && /^[^\p{L}\p{N}]*(?:go\s+)?(?:back|return)\s+to[^\p{L}\p{N}]*$/iu.test(rest);
}

/** A layout's link to the neighbouring entry in its words alone ("← Previous", "Next →", "Next entry"): no subject. */
const BARE_NEIGHBOUR = /^[\s«‹<←]*(?:(prev(?:ious)?)|next)(?:\s+(?:post|entry))?[\s»›>→]*$/i;

/**
 * The layout's own Previous / Next of an entry page, when they are direct links to entries of the post's own journal in
 * their words alone (LiveJournal's mobile site): outside the post, each direction once. What they may be trusted for is
 * the stitcher's (stitcher.ts `probeNeighbour`); the neighbours' subjects, where a layout shows them, are read as parts by
 * extraction (extract/part-links.ts `neighbourPartLines`).
 */
export function layoutNeighbours(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): { url: string; dir: 'prev' | 'next' }[] {
  const own = journalOf(post.url);
  const loc = own && isEntryUrl(pageUrl) ? locationOf(doc, pageUrl, post, known) : null;
  if (!loc) return [];
  const out = new Map<'prev' | 'next', string>();
  // The page's links as the post's reading found them (extract/index.ts StoryLocation `pageLinks`), or a walk of our own.
  for (const a of loc.pageLinks ?? Array.from(doc.querySelectorAll('a[href]'))) {
    const m = BARE_NEIGHBOUR.exec(collapse(a.textContent ?? ''));
    const url = m && !loc.container.contains(a) ? absoluteUrl(a.getAttribute('href'), pageUrl) : null;
    const dir = m?.[1] ? 'prev' : 'next';
    if (url && isEntryUrl(url) && !isJournalNavLink(url) && journalOf(url) === own && !out.has(dir)) out.set(dir, url);
  }
  return [...out].map(([dir, url]) => ({ url, dir }));
}

/** The line a link is on: its block, or the part of it between the `<br>`s around the link ("…the prose.<br>All parts: <a>here</a>"). */
function lineAround(a: Element, root: Element): NavLine {
  const block = blockOf(a, root);
  return lineBetween(block, brsAround(block, a));
}

/** The `<br>`s of `block` just before and just after the link (null where the block's edge is). */
function brsAround(block: Element, a: Element): { prev: Element | null; next: Element | null } {
  let prev: Element | null = null;
  for (const br of tagged(block, 'br')) {
    // 4: Node.DOCUMENT_POSITION_FOLLOWING (the link follows the <br>).
    if (br.compareDocumentPosition(a) & 4) prev = br;
    else return { prev, next: br };
  }
  return { prev, next: null };
}

/** The words and links of `block` between two of its `<br>`s (the whole block when there are none). */
function lineBetween(block: Element, { prev, next }: { prev: Element | null; next: Element | null }): NavLine {
  if (!prev && !next) return lineOf(block);
  const range = block.ownerDocument.createRange();
  if (prev) range.setStartAfter(prev);
  else range.setStart(block, 0);
  if (next) range.setEndBefore(next);
  else range.setEnd(block, block.childNodes.length);
  const links = hrefsIn(block).filter((l) => range.intersectsNode(l));
  return { text: collapse(range.toString()), links: links.map(linkOf) };
}

/**
 * The lines these links are on, each line once (in the order of its first link): a navigation line of ten part links
 * is one line, not ten copies of it to read again (a 60-part story's footer was 600 links read where 60 are).
 */
function linesAround(links: Element[], root: Element): NavLine[] {
  const seen = new Set<Node>();
  const lines: NavLine[] = [];
  for (const a of links) {
    // A line is its block, or the run between two <br>s in it: known by the block and the <br> before the link.
    const block = blockOf(a, root);
    const brs = brsAround(block, a);
    const key = brs.prev ?? block;
    if (seen.has(key)) continue;
    seen.add(key);
    lines.push(lineBetween(block, brs));
  }
  return lines;
}

/** The lines of `root` its links to tag pages are on (only the post's, when `loc` is a post printed unwrapped). */
function tagLinkLines(root: Element, loc?: StoryLocation): NavLine[] {
  return linesAround(
    Array.from(root.querySelectorAll('a[href*="/tag/"]')).filter((a) => !loc || inPost(loc, a)),
    root,
  );
}

/** The post's links: those in its element, or in its run of nodes (an entry printed unwrapped shares its element). */
function linksOf(loc: StoryLocation): Element[] {
  // (From the page's links of the reading that found the post, when it gave them: no walk of the page again.)
  if (loc.pageLinks) return loc.pageLinks.filter((a) => a !== loc.body && a.hasAttribute('href') && inPost(loc, a));
  return hrefsIn(loc.body).filter((a) => inPost(loc, a));
}

/**
 * The post's link to its story's tag page ("Every chapter: <the salt road tag>": extract/part-links.ts
 * `tagIndexLink`), in the post's own text, or null. The page is looked at first for any such line at all (most
 * have none), and only then is the post found on it.
 */
export function tagIndexInPost(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink | null {
  if (!doc.body || !tagIndexLink(tagLinkLines(doc.body), post.url, pageUrl)) return null;
  const loc = locationOf(doc, pageUrl, post, known);
  return loc ? tagIndexLink(tagLinkLines(loc.body, loc), post.url, pageUrl) : null;
}

/** The lines of `root` its links to memories pages are on (only the post's, when `loc` is a post printed unwrapped). */
function memoriesLinkLines(root: Element, loc?: StoryLocation): NavLine[] {
  return linesAround(
    Array.from(root.querySelectorAll('a[href*="memories"]')).filter((a) => !loc || inPost(loc, a)),
    root,
  );
}

/**
 * The post's link to its writer's memories keyword page, where the story's parts are ("both parts are in my memories,
 * under <fenlight>": extract/part-links.ts `memoriesIndexLink`), in the post's own text, or null; looked for as the tag
 * page's link is (`tagIndexInPost`).
 */
export function memoriesIndexInPost(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink | null {
  if (!doc.body || !memoriesIndexLink(memoriesLinkLines(doc.body), post.url, pageUrl)) return null;
  const loc = locationOf(doc, pageUrl, post, known);
  return loc ? memoriesIndexLink(memoriesLinkLines(loc.body, loc), post.url, pageUrl) : null;
}

/** The lines of `root` its links to day or month archives are on (only the post's, when `loc` is a post printed unwrapped). */
function archiveLinkLines(root: Element, loc?: StoryLocation): NavLine[] {
  return linesAround(
    Array.from(root.querySelectorAll('a[href]')).filter((a) => DATE_ARCHIVE_HREF.test(a.getAttribute('href') ?? '') && (!loc || inPost(loc, a))),
    root,
  );
}
/** A day or month archive's address ("/2010/06/12/", "/2009/03"), before any query or fragment. */
const DATE_ARCHIVE_HREF = /\/\d{4}\/\d{2}(?:\/\d{2})?\/?(?:[?#]|$)/;

/**
 * The post's link to its own journal's day or month archive, where the story's parts are ("both halves went up today: see
 * <June 12th>": extract/part-links.ts `archiveIndexLink`), in the post's own text, or null; looked for as the tag page's
 * link is (`tagIndexInPost`). The layout's day navigation and calendar are outside the post.
 */
export function archiveIndexInPost(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink | null {
  if (!doc.body || !archiveIndexLink(archiveLinkLines(doc.body), post.url, pageUrl)) return null;
  const loc = locationOf(doc, pageUrl, post, known);
  return loc ? archiveIndexLink(archiveLinkLines(loc.body, loc), post.url, pageUrl) : null;
}

/** Words that point at a post at the top of the journal: "the sticky post", "stickied", "pinned", "at the top of my journal". */
const TOP_OF_JOURNAL = /\bstick(?:y|ied)\b|\bpinned\b|\btop of (?:my|the|this) (?:journal|lj|dw|livejournal|dreamwidth|page|blog)\b/i;

/** A link's address as its journal's front page (utils/fetch-url.ts `frontPageUrlOf`) when it is `journal`'s, else null. */
function ownFrontPage(href: string | null, pageUrl: string, journal: string): string | null {
  const url = absoluteUrl(href, pageUrl);
  const front = url ? frontPageUrlOf(url) : null;
  return front && journalOf(front) === journal ? front : null;
}

/**
 * Rule "the chapter index is the sticky post": a chapter's link to its own journal's front page on a short line whose words
 * point at the story's index or at the top of the journal ("(The chapter index is the sticky post at the top of <my
 * journal>.)", "All chapters: <stickied here>", "Masterpost: <top of my journal>"). Writers of a WIP keep its chapter list in
 * a sticky post, which Dreamwidth and LiveJournal show first on the journal's front page, and point each chapter there
 * instead of at the post. A line of the writer's lists ("my fic masterlist is stickied") is none (RELATED_WORDS). The
 * stitcher reads the front page's sticky post as a possible masterpost, kept only if it is this story's and lists this
 * chapter (stitcher.ts `readFrontPage`). Returns the link with the front page's address (utils/fetch-url.ts), or null.
 * The page is looked at first for any link to the journal's front page inside a post at all (the layout's own are outside).
 */
export function frontPageIndexInPost(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink | null {
  const own = journalOf(post.url);
  if (!own || !doc.body) return null;
  const anchors = Array.from(doc.body.querySelectorAll('a[href]')).filter((a) => ownFrontPage(a.getAttribute('href'), pageUrl, own) !== null);
  const loc = anchors.length ? locationOf(doc, pageUrl, post, known) : null;
  if (!loc) return null;
  for (const line of linesAround(
    anchors.filter((a) => inPost(loc, a)),
    loc.body,
  )) {
    if (line.text.length > 160 || RELATED_WORDS.test(line.text) || !(TOP_OF_JOURNAL.test(line.text) || namesStoryParts(line.text))) continue;
    for (const l of line.links) {
      const front = ownFrontPage(l.href, pageUrl, own);
      if (front) return { url: front, label: line.text, index: null };
    }
  }
  return null;
}

/** The entry links of `doc` that `selector` finds, each once, in the page's order, with their words as labels. */
function entryLinksOf(doc: Document, pageUrl: string, selector: string): PartLink[] {
  const found = new Map<string, PartLink>();
  for (const a of Array.from(doc.querySelectorAll(selector))) {
    const url = absoluteUrl(a.getAttribute('href'), pageUrl);
    if (!url || isJournalNavLink(url) || !isEntryUrl(url)) continue;
    const key = canonicalEntryKey(url);
    if (!found.has(key)) found.set(key, { url, label: collapse(a.textContent ?? ''), index: null });
  }
  return [...found.values()];
}

/**
 * The memories on a memories keyword page (LiveJournal's `htdocs/tools/memories.bml`, Dreamwidth's `views/tools/memories.tt`):
 * each a list item whose link is the remembered entry and whose words are the memory's description (the entry's subject,
 * unless its writer wrote another), then the journal's name. Entry links only, each once, in the page's order (the order
 * they were added: the reading order comes from their part numbers).
 */
export function memoriesOnPage(doc: Document, pageUrl: string): PartLink[] {
  return entryLinksOf(doc, pageUrl, 'li a[href]');
}

/**
 * The entries on a month archive page, each its subject linked to its entry (LiveJournal's S2 MonthPage: a `<dl>` of the
 * month's days, each day's subjects in its `<dd>`; Dreamwidth's month page the same): the links to entries of the archive's
 * own journal, each once, with their subjects as labels. Not its day links (no entries) nor another journal's entries.
 */
export function monthArchiveEntries(doc: Document, pageUrl: string): PartLink[] {
  const own = journalOf(pageUrl);
  return entryLinksOf(doc, pageUrl, 'a[href]').filter((l) => journalOf(l.url) === own);
}

/** `a` and the links of `b` it lacks (by entry). */
export function mergeLinks(a: PartLink[], b: PartLink[]): PartLink[] {
  if (!b.length) return a;
  const keys = new Set(a.map((l) => canonicalEntryKey(l.url)));
  return [...a, ...b.filter((l) => !keys.has(canonicalEntryKey(l.url)))];
}

/** Words of a list's heading that name no story: part words, numbers, ornament ("part one | part two", "~ 1 ~"). */
const PART_WORDS_ONLY = /^(?:[^\p{L}]|\b(?:parts?|chapters?|ch|pt|one|two|three|four|five|six|seven|eight|nine|ten|[ivx]+)\b)*$/iu;

/**
 * Rule "a series masterpost lists this story's parts under its title": a chapter whose one link home is its series'
 * masterpost ("~ back to the Orchard Cycle ~", "series index") is found in that list under a heading naming its own story
 * ("Book One: Windfall" over "<a>part one</a> | <a>part two</a>"), beside the series' other stories, each under its own
 * title. The series post is no story of its own (it lists several): its list, read from the post (`post`), gives the
 * chapter's parts, the links from a heading naming `title` to the next heading that names another, and only when they
 * hold the chapter (`selfKey`) and one more part. Null when the list is not laid out so.
 */
export function seriesListParts(post: FoundPost, pageUrl: string, title: string, selfKey: string): PartLink[] | null {
  const words = (text: string) =>
    ` ${text
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()} `;
  const want = words(title);
  if (want.length < 5) return null;
  const names = (text: string) => words(text).includes(want);
  const out: PartLink[] = [];
  let ours = false;
  for (const line of flattenLines(post.body, { range: post.range })) {
    const links = linksOfLine(line, pageUrl).filter((l) => l.entry);
    const heading = links.length ? collapse(line.text.slice(0, Math.max(0, line.text.indexOf(collapse(links[0].text))))) : line.text;
    if (heading && !PART_WORDS_ONLY.test(heading)) ours = names(heading);
    if (ours) for (const l of links) out.push({ url: l.url, label: l.text, index: partIndexOfLabel(l.text) });
  }
  const keys = out.map((l) => canonicalEntryKey(l.url));
  return out.length >= 2 && keys.includes(selfKey) ? out.filter((l) => canonicalEntryKey(l.url) !== selfKey) : null;
}
