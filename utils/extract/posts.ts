/**
 * Finds the posts on a page: the site's own styles first (precise, cheap), then the styles the
 * LiveJournal code family shares, then — for a single entry page in a layout nobody listed —
 * the densest block of text outside comments and chrome.
 */

import { FAMILY_ADAPTER, JOURNAL_SITES, siteById } from '../sites';
import { canonicalEntryKey, entryAddress, isMobilePage } from '../url';
import { DETECTOR_BUILD } from './build-flags';
import { isChromeAncestor, userOfJournalLink } from './chrome';
import { BLOCK_TAGS, collapse, firstTagged, hasNonSpaceText, isElement, ljUserName, ljUsers, matchesSelector, queryAll, SKIP_TAGS, TEXT_NODE, tagged, textOf } from './dom';
import { isMetadataLine } from './metadata';
import { classAttr, follows, followsNode } from './select';
import type { PageStyle, SiteAdapter } from './sites/types';
import type { SiteId } from './types';

/** Every adapter, each site's own in the registry's order, then the family's (a test empties it to reach the fallback). */
export const ADAPTERS: SiteAdapter[] = [...new Set([...JOURNAL_SITES.flatMap((s) => (s.adapter ? [s.adapter] : [])), FAMILY_ADAPTER])];

export interface FoundPost {
  style: string;
  container: Element;
  body: Element;
  subject: string;
  /** The element showing the subject, where the reader button goes (null when none). */
  subjectEl: Element | null;
  poster: string | null;
  permalink: string | null;
  /**
   * An entry printed unwrapped (posts.ts `entryRun`): its first and last node, children of `body` (which is then the
   * element holding every entry of the page, as `container` is). Only these nodes are the post's.
   */
  range?: PostRange;
}

/** A run of sibling nodes, first to last. */
export interface PostRange {
  first: Node;
  last: Node;
}

/** Whether `node` is in the post: in its element, or in its run of nodes for an entry printed unwrapped. */
export function inPost(post: { body: Element; range?: PostRange }, node: Node): boolean {
  const r = post.range;
  if (!r) return post.body.contains(node);
  // From the run's first node to the end of its last (siblings): two comparisons, not a walk of the run per node.
  // 4: Node.DOCUMENT_POSITION_FOLLOWING (a descendant follows too), 2: DOCUMENT_POSITION_PRECEDING (an ancestor
  // precedes, and contains, both ends: it is not in the run).
  return (node === r.first || (r.first.compareDocumentPosition(node) & 4) > 0) && (r.last.contains(node) || (r.last.compareDocumentPosition(node) & 10) === 2);
}

/** A site's own styles, then the family's (every journal site is of the LiveJournal code), then the others'. */
function stylesFor(site: SiteId): PageStyle[] {
  const journal = siteById(site);
  const mine = journal ? [journal.adapter, FAMILY_ADAPTER] : [];
  const first = ADAPTERS.filter((a) => mine.includes(a)).sort((a, b) => mine.indexOf(a) - mine.indexOf(b));
  return [...first, ...ADAPTERS.filter((a) => !first.includes(a))].flatMap((a) => a.styles);
}

function outermost(els: Element[]): Element[] {
  return els.filter((el) => !els.some((o) => o !== el && o.contains(el)));
}

export function findPosts(doc: Document, site: SiteId, isEntryPage: boolean, pageUrl = ''): FoundPost[] {
  const posts = sitePosts(doc, site, isEntryPage, isMobilePage(pageUrl));
  return posts.length ? posts : unlistedPosts(doc, isEntryPage, pageUrl);
}

/** The posts a site style reads (findPosts before its fallback). */
export function sitePosts(doc: Document, site: SiteId, isEntryPage: boolean, mobile: boolean): FoundPost[] {
  const styles = stylesFor(site).filter((s) => (isEntryPage || !s.entryPageOnly) && (mobile || !s.mobileOnly));
  // One search of the page for every style's post selector, then each style takes its own matches:
  // a style that does not match costs a few `matches` calls, not another walk of the page.
  const candidates = queryAll(doc, styles.map((s) => s.post).join(', '));
  for (const style of styles) {
    const mine = candidates.filter((el) => matchesSelector(el, style.post));
    if (!mine.length) continue;
    const containers = outermost(mine.filter((el) => !isChromeAncestor(el.parentElement ?? el)));
    const posts: FoundPost[] = [];
    for (const container of containers) {
      if (isCommentBox(container)) continue;
      const body = bodyOf(container, style);
      if (!body || isChromeAncestor(body, container)) continue;
      if (!hasNonSpaceText(body)) continue;
      const subjectEl = subjectOf(container, style, body);
      posts.push({
        style: style.name,
        container,
        body,
        subject: subjectEl ? textOf(subjectEl) : '',
        subjectEl,
        poster: DETECTOR_BUILD ? null : posterOf(container, style, body),
        permalink: permalinkOf(container, style, body),
      });
    }
    if (posts.length) return posts;
  }
  return [];
}

/**
 * A comment printed as an entry is (S2 Disjointed's print_comment_full calls print_entry): its box opens with the
 * comment's anchor, `<a name="t123">` (the sites' comment anchors are "t" and the talk id; an entry's is the journal
 * and its item id).
 */
function isCommentBox(container: Element): boolean {
  if (container.tagName !== 'TABLE') return false;
  // The box's first `a[name]` (container.querySelector('a[name]'), from the one walk of the page: in jsdom a selector
  // search of its own goes through the whole page).
  const anchor = tagged(container, 'a').find((a) => a.hasAttribute('name'));
  return /^t\d+$/.test(anchor?.getAttribute('name') ?? '');
}

/**
 * Whether `unlistedPosts` may find a post where no site style found one: on an entry page, always;
 * elsewhere only with links to two entries (distinct hrefs) or an entry's reply link. The detector asks for its stage that
 * holds `unlistedPosts` only then (entrypoints/unlisted-posts.content/).
 */
export function mayHaveUnlistedPosts(doc: Document, isEntryPage: boolean): boolean {
  if (isEntryPage) return true;
  const hrefs = new Set<string>();
  for (const a of Array.from(doc.getElementsByTagName('a'))) {
    const href = a.getAttribute('href');
    // (Or one entry's reply link: a day page's one entry, see "one entry's comment links mark a day's one entry".)
    if (href && /\d+\.html|itemid=\d+/.test(href) && (hrefs.add(href).size > 1 || /[?&]mode=reply\b/i.test(href))) return true;
  }
  return false;
}

/** findPosts' fallback, for a layout no site style knows: the densest block of an entry page, or posts around their permalinks. */
export function unlistedPosts(doc: Document, isEntryPage: boolean, pageUrl: string): FoundPost[] {
  if (!isEntryPage) return pageUrl ? postsByPermalink(doc, pageUrl) : [];
  const body = densestBlock(doc);
  if (!body) return [];
  const subjectEl = subjectOfUnlistedPost(doc, body);
  return [{ style: 'generic', container: doc.body ?? doc.documentElement, body, subject: subjectEl ? subjectWords(subjectEl) : '', subjectEl, poster: null, permalink: null }];
}

/**
 * A multi-post page in a layout nobody listed: each post is the largest element around a link to
 * an entry that holds no link to another entry (links to the same entry — its comments, reply
 * and permalink links — belong to it), with enough text to be a post; its text is the densest
 * block inside. Comments and chrome are left out as everywhere else.
 */
function postsByPermalink(doc: Document, pageUrl: string): FoundPost[] {
  // Entries of the page's own site only: a crosspost footer's link to another site is not a post.
  const domain = entryAddress(pageUrl)?.domain;
  const keyOf = new Map<Element, string>();
  for (const a of tagged(doc, 'a')) {
    const href = a.getAttribute('href');
    if (!href || !/\d+\.html|itemid=\d+/.test(href) || (isChromeAncestor(a) && !isCommentLinkLine(a.parentElement))) continue;
    let abs: string;
    try {
      abs = new URL(href, pageUrl).href;
    } catch {
      continue;
    }
    const addr = entryAddress(abs);
    if (addr && addr.itemId !== null && addr.domain === domain) keyOf.set(a, canonicalEntryKey(abs));
  }
  const firstLink = new Map<string, Element>();
  // An entry's comment-link line names it rather than a cut link inside its text.
  for (const [a, key] of keyOf) {
    const first = firstLink.get(key);
    if (!first || (/#cutid/i.test(first.getAttribute('href') || '') && isCommentLinkLine(a.parentElement))) firstLink.set(key, a);
  }
  if (!firstLink.size) return [];
  // Rule "comment links mark the entries": where a layout prints each entry's comment links ("1 comment - Leave a
  // comment", LJ S2 Notepad's in the entry's own text cell), they mark the entries shown; a link to another entry in
  // a post's text ("« back to Part the Second", "back | forward") is a reference to it, not that entry, and does not
  // cut the post short. Entries with no comment link on such a page are linked from text only, none is a post here.
  const commentLink = new Map<string, Element>();
  for (const [a, key] of keyOf) if (!commentLink.has(key) && isCommentLink(a)) commentLink.set(key, a);
  // Rule "one entry's comment links mark a day's one entry": a day page (or a lastn page) showing a single entry still
  // prints its comment links (S1 Refried Paper's "4 comments | post a comment"); a link to another entry in its text
  // ("Previous part") is then a reference, not a second post. Without comment links, two entries are needed.
  const markers = commentLink.size ? new Set(commentLink.values()) : null;
  if (!markers && firstLink.size < 2) return [];
  const otherEntryInside = (el: Element, key: string) => {
    for (const a of tagged(el, 'a')) {
      const k = keyOf.get(a);
      if (k && k !== key && (!markers || markers.has(a))) return true;
    }
    return false;
  };
  const posts: FoundPost[] = [];
  for (const [key, first] of firstLink) {
    const link = markers ? commentLink.get(key) : first;
    if (!link) continue;
    let container: Element = link;
    while (container.parentElement && container.parentElement !== doc.body && !otherEntryInside(container.parentElement, key)) container = container.parentElement;
    const byComments = isCommentLink(link);
    if (byComments && (container.textContent ?? '').trim().length < 200) {
      const run = entryRun(container, (n) => isElement(n) && otherEntryInside(n, key));
      if (run) {
        const cell = container.parentElement!;
        const found = subjectAfterTime(cell, run.first);
        const subjectEl = found && inPost({ body: cell, range: run }, found) ? found : null;
        posts.push({ style: 'generic-index', container: cell, body: cell, subject: subjectEl ? textOf(subjectEl) : '', subjectEl, poster: null, permalink: link.getAttribute('href'), range: run });
        continue;
      }
    }
    // Some layouts print an entry's comment links after its box, as the box's next sibling (Punquin's
    // p.comments after the entry's table): the post is the box before them.
    const box = container.previousElementSibling;
    if ((container.textContent ?? '').trim().length < 200 && box && !otherEntryInside(box, key) && (box.textContent ?? '').trim().length >= 200) container = box;
    if (container === link || (container.textContent ?? '').trim().length < 200) continue;
    // A comment link ends its post (it may share the text's cell); a subject link heads it, outside the text.
    const body = densestBlock(container, byComments ? undefined : link);
    if (!body || (body.textContent ?? '').trim().length < 80) continue;
    const subjectEl = byComments ? (subjectAfterTime(container) ?? entryLinkAbove(container, body, key, keyOf)) : link;
    // ("» SUBJECT": the layout's bullet before a subject link is no word of it.)
    posts.push({ style: 'generic-index', container, body, subject: subjectEl ? textOf(subjectEl).replace(/^[\s»›]+/, '') : '', subjectEl, poster: null, permalink: link.getAttribute('href') });
  }
  // In the page's order (an entry may be linked from an earlier one's text before its own links).
  const at = (p: FoundPost) => p.range?.first ?? p.container;
  return outermostPosts(posts).sort((a, b) => (at(a).compareDocumentPosition(at(b)) & 2 /* PRECEDING */ ? 1 : -1));
}

/**
 * Rule "the entry's own link over its text is its subject": layouts that print the subject as a link to the entry above
 * the text, in the entry's box (LJ S2 Digital Multiplex's short entries: "» SUBJECT" in the box's heading cell) or in a
 * heading bar just before the box (its full entries' table.heading_bar, past the `<a name>` anchor), with the time and
 * the comment links under the text: the first such link before the text that says more than "#" or a comment count.
 */
function entryLinkAbove(container: Element, body: Element, key: string, keyOf: Map<Element, string>): Element | null {
  const boxes: Element[] = [container];
  for (let el = container.previousElementSibling, n = 0; el && n < 2; el = el.previousElementSibling, n++) {
    if (tagged(el, 'a').some((a) => keyOf.has(a) && keyOf.get(a) !== key)) break;
    boxes.unshift(el);
  }
  for (const box of boxes) {
    for (const a of tagged(box, 'a')) {
      // 4: Node.DOCUMENT_POSITION_FOLLOWING (the text follows the link).
      if (keyOf.get(a) !== key || !follows(a, body) || body.contains(a) || isCommentLink(a)) continue;
      const words = textOf(a).trim();
      if (/\p{L}/u.test(words) && words.length <= 200 && !ENTRY_TIME.test(words)) return a;
    }
  }
  return null;
}

/**
 * Rule "an entry printed unwrapped is the run of nodes before its comment links": some layouts print each entry as
 * bare siblings in the one cell that holds them all (S1 Notepad's date-and-subject <font>, <br>s, the text, then its
 * <p> of "Make Notes" links and an hr image; S1 Refried Paper's Date / Subject table, the text's <p>, the links'
 * <font>): the entry is the run of nodes after the entry before it (`isOther`) up to its comment links (`end`),
 * from its date-and-time line on. Null when the run is no more than one element (the box before the links: Punquin)
 * or too short to be a post.
 */
function entryRun(end: Element, isOther: (n: Node) => boolean): PostRange | null {
  const nodes: Node[] = [];
  for (let n = end.previousSibling; n && !isOther(n); n = n.previousSibling) nodes.unshift(n);
  const timed = nodes.findIndex((n) => /\d:\d\d/.test(textOf(n, 120)));
  const run = nodes.slice(Math.max(0, timed)).filter((n, i, all) => /\S/.test(n.textContent ?? '') || (i > 0 && i < all.length - 1));
  if (run.filter(isElement).length < 2 || run.reduce((sum, n) => sum + textOf(n).trim().length, 0) < 200) return null;
  return { first: run[0], last: run[run.length - 1] };
}

/**
 * The short line of an entry's comment links on an index page ("(3 comments | Leave a comment)",
 * Punquin's p.comments after the entry's box): it names its entry, though it is no text of it.
 */
function isCommentLinkLine(el: Element | null): boolean {
  // The box's class as the layouts write it: S2's p.comments, S1 Magazine's div.Comment.
  return !!el && /^(?:p|div|span)$/i.test(el.tagName) && /(?:^|\s)comments?(?:\s|$)/i.test(classAttr(el)) && !isChromeAncestor(el.parentElement ?? el) && textOf(el).length < 80;
}

/** A link to an entry's comments: "3 comments", "Leave a comment", "(no comments)", a ?mode=reply link. */
function isCommentLink(a: Element): boolean {
  return (
    isCommentLinkLine(a.parentElement) ||
    /[?&]mode=reply\b/i.test(a.getAttribute('href') || '') ||
    /^\W*(?:(?:\d+|no)\s+(?:comments?|replies)|(?:leave|post|add)\s+(?:a\s+)?(?:new\s+)?comment)\W*$/i.test(textOf(a))
  );
}

/**
 * Core1 layouts (Punquin, Notepad) print an entry's subject right after its date and time, in the same line, with no
 * class of its own ("Jun. 7th, 2008 10:01 pm <span>Subject</span>", "10:10 am - <span>Subject</span>"): on an index
 * page found by its comment links, the subject is the element straight after the first date-and-time text.
 */
function subjectAfterTime(container: Element, from?: Node): Element | null {
  const walker = container.ownerDocument.createTreeWalker(container, 4 /* SHOW_TEXT */);
  // (An entry printed unwrapped: from its run's first node on.)
  if (from) walker.currentNode = from;
  let firstWords: Node | null = null;
  for (let n = from?.nodeType === TEXT_NODE ? from : walker.nextNode(), seen = 0; n && seen < 8; n = walker.nextNode()) {
    if (!/\S/.test((n as Text).data)) continue;
    seen++;
    firstWords ??= n;
    if (!ENTRY_TIME.test((n as Text).data)) continue;
    const next = n.nextSibling;
    if (isElement(next) && next.tagName.toUpperCase() === 'BR') return subjectUnderDate(next).el;
    if (next && !(isElement(next) && /^\s*[ap]\.?m\.?\s*$/i.test(textOf(next)))) return isElement(next) && SUBJECT_TAG.test(next.tagName) && textOf(next).length <= 200 ? next : null;
    // Rule "the subject is the next words after the time": S1 styles print the time in an element of its own (Magazine's
    // "9:30<small>PM</small> - <em>Subject</em>", Default LiveJournal's time cell, then the subject as the first
    // emphasised words of the text's cell): the subject is the emphasis holding the next words, after an am/pm and a dash.
    for (let t = walker.nextNode(); t; t = walker.nextNode()) {
      const data = (t as Text).data;
      if (/^\s*(?:[ap]\.?m\.?)?\s*[-–—:|]?\s*$/i.test(data)) continue;
      let el = t.parentElement;
      while (el && el !== container && el.parentElement && SUBJECT_TAG.test(el.parentElement.tagName) && collapse(textOf(el.parentElement)) === collapse(data)) el = el.parentElement;
      // (A label is a header's first words, not a subject: "<b>Title:</b> X" under a time with no subject.)
      if (el && el !== container && SUBJECT_TAG.test(el.tagName) && collapse(textOf(el)) === collapse(data) && data.trim().length <= 200 && !/[:：]\s*$/.test(data)) return el;
      const row = subjectRowValue(t);
      if (row) return row;
      break;
    }
    return subjectCellBefore(firstWords, n);
  }
  return null;
}

/**
 * Rule "the subject under the date": LJ S2 A Sturdy Gesture (s2layers/sturdygesture) prints an entry's heading as one h2,
 * "Mon, Aug. 3rd, 2009, 09:33 pm<br />SUBJECT" ("…<br />poster[ posting in community]: SUBJECT" for a community entry, on a
 * friends page): after the date's line break (and a poster's name and colon) come the subject's words, a link off the
 * entry page.
 */
function subjectUnderDate(br: Node): { el: Element | null; text: string } {
  let n = br.nextSibling;
  while (n && n.nodeType === TEXT_NODE && !/\S/.test(n.textContent ?? '')) n = n.nextSibling;
  let poster = false;
  const isUser = (m: Node | null | undefined) => isElement(m) && matchesSelector(m, '.ljuser, [lj\\:user]');
  if (isUser(n)) [n, poster] = [n!.nextSibling, true];
  // ("poster posting in community: SUBJECT" on a friends page.)
  if (poster && n && n.nodeType === TEXT_NODE && /^\s*posting in\s*$/i.test(n.textContent ?? '') && isUser(n.nextSibling)) n = n.nextSibling!.nextSibling;
  let text = '';
  const first = n;
  for (; n; n = n.nextSibling) text += isElement(n) ? textOf(n) : n.nodeType === TEXT_NODE ? (n.textContent ?? '') : '';
  if (poster) text = text.replace(/^\s*:\s*/, '');
  let el: Node | null = first;
  while (el && el.nodeType === TEXT_NODE && !/\S/.test((el.textContent ?? '').replace(/^\s*:/, ''))) el = el.nextSibling;
  const link = isElement(el) && el.tagName.toUpperCase() === 'A' && textOf(el).length <= 200 ? el : null;
  return { el: link, text: collapse(text) };
}

/** A post's subject as words: its element's text, less a date line the layout prints above it in the same heading. */
function subjectWords(el: Element): string {
  let n = el.firstChild;
  while (n && n.nodeType === TEXT_NODE && !/\S/.test(n.textContent ?? '')) n = n.nextSibling;
  const br = n?.nextSibling;
  if (n && n.nodeType === TEXT_NODE && ENTRY_TIME.test(n.textContent ?? '') && isElement(br) && br.tagName.toUpperCase() === 'BR') {
    const under = subjectUnderDate(br).text;
    if (under) return under;
  }
  return textOf(el);
}

/**
 * Rule "the subject's cell before the time's cell": S1 Disjointed prints an entry's subject in a table cell of its own
 * (td.metabox), then the time in the next cell ("10:10pm 03/02/2005"), then the text: when the time fills its own cell,
 * the entry's first words, alone in an earlier cell with no link, are the subject.
 */
function subjectCellBefore(firstWords: Node | null, time: Node): Element | null {
  const cell = firstWords?.parentElement;
  const timeCell = time.parentElement;
  if (!cell || firstWords === time || !timeCell || cell.contains(time) || cell.tagName.toUpperCase() !== 'TD' || timeCell.tagName.toUpperCase() !== 'TD') return null;
  if (collapse(textOf(timeCell)) !== collapse((time as Text).data) || collapse(textOf(cell)) !== collapse((firstWords as Text).data)) return null;
  return textOf(cell).trim().length <= 200 && !tagged(cell, 'a').length ? cell : null;
}

/**
 * Rule "a Subject row names the subject": S1 Refried Paper prints an entry's Date / Subject / Security as rows of a table
 * of its own above the text (layout chrome, not a story header): after the time's row, the cell after a "Subject:"
 * cell is the subject.
 */
function subjectRowValue(label: Node): Element | null {
  const cell = label.parentElement?.closest('td');
  const value = cell?.nextElementSibling;
  if (!cell || !value || !/^\s*subject\s*:\s*$/i.test(textOf(cell)) || tagged(value, 'a').length) return null;
  return textOf(value).trim().length <= 200 ? value : null;
}

/** The inline elements a layout wraps an entry's subject in. */
const SUBJECT_TAG = /^(?:span|b|strong|font|em|i)$/i;

function outermostPosts(posts: FoundPost[]): FoundPost[] {
  // (Entries printed unwrapped share their cell: each is its run of nodes.)
  return posts.filter((p) => p.range || !posts.some((o) => o !== p && o.container.contains(p.container)));
}

/**
 * An entry's time as a layout prints it before the subject ("9:11 pm - "), maybe after its date ("Jun. 7th, 2008
 * 10:01 pm", "2008-06-07 22:01", "7 June 2008, 10:01"): LJ S2 Notepad prints both in one line before the subject. S1's
 * short form ("9:40a", "10:15p": %%ap%%) is a time too.
 */
const ENTRY_TIME =
  /^\s*(?:(?:[a-z]{3,9},\s+)?(?:[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?,?\s+\d{4}|\d{4}-\d\d-\d\d)\s*(?:[,.]|at|@)?\s*)?\d{1,2}:\d\d\s*(?:[ap]\.?(?:m\.?)?)?(?:\s+\d{1,2}\/\d{1,2}\/\d{2,4})?\s*[-–—:|]?\s*$/i;

/**
 * In a layout nobody listed, on an entry page: the element showing the subject. Best, the one whose
 * text the page's <title> ends with ("journal: Subject", "Journal Title - Subject"), wherever the
 * layout put it (an <em> after the time in an h3, a span in the text's own cell, a div.posttitle):
 * the longest such text. Else the subject-like element (a .subject, a caption, a heading) closest
 * before the post. Never in the comments or chrome, never after the post's first words.
 */
/** An entry's date and time as a layout prints it before the subject (ENTRY_TIME). */
export function isEntryTime(text: string): boolean {
  return ENTRY_TIME.test(text);
}

/** A text node in a table row of entry metadata ("Mood: tired", "Entry tags: fic") inside the post's block. */
function isMetadataRow(node: Node, body: Element): boolean {
  let row: Element | null = node.parentElement;
  while (row && row !== body && row.tagName.toUpperCase() !== 'TR') row = row.parentElement;
  return !!row && row !== body && isMetadataLine({ text: textOf(row, 300).trim(), kind: 'text' });
}

function subjectOfUnlistedPost(doc: Document, body: Element): Element | null {
  const title = collapse(doc.title ?? '');
  const walker = doc.createTreeWalker(body, 4 /* SHOW_TEXT */);
  let first = walker.nextNode();
  // A time is not the post's first words: Punquin prints "9:11 pm - Subject" as the text cell's first line.
  // Rule "the metadata table comes before the subject": an S1 journal's entry page (talkread.bml, and ?format=light,
  // since LiveJournal dropped the entry div's margin in 2011) prints the Mood / Music / Location / Entry tags table
  // first in the entry's block, then the subject's <font>, then the text: the table's rows are not the first words.
  while (first && (!/\S/.test((first as Text).data) || ENTRY_TIME.test((first as Text).data) || isMetadataRow(first, body))) first = walker.nextNode();
  let named: Element | null = null;
  let near: Element | null = null;
  let namedLength = 2;
  for (const el of tagged(doc.body ?? doc.documentElement, '*')) {
    // Document order: once past the post's first words, every later element is too.
    if (first && !followsNode(el, first)) break;
    if (el.contains(body) || isChromeAncestor(el)) continue;
    const t = textOf(el, 300, 60);
    if (!t || t.length > 200) continue;
    // "journal: Subject": the subject follows a separator.
    if (t.length > namedLength && title.endsWith(t) && /[\s:|\-–—]$/.test(title.slice(0, -t.length))) {
      named = el;
      namedLength = t.length;
    }
    if (!body.contains(el) && matchesSelector(el, '.subject, .entry-title, .entry_subject, .entrysubject, .entry-subject, .caption, h2, h3, h4')) near = el;
  }
  return named ?? near;
}

/**
 * The post's text element: of the first body selector that matches, the match with the most text
 * (old layouts give the navigation row the same cell markup as the post).
 */
function bodyOf(container: Element, style: PageStyle): Element | null {
  for (const sel of style.body) {
    const matches = queryAll(container, sel).filter((el) => !isChromeAncestor(el, container));
    if (!matches.length) continue;
    if (matches.length === 1) return matches[0];
    let best = matches[0];
    let bestLen = -1;
    for (const m of matches) {
      const len = textOf(m).length;
      if (len > bestLen) [best, bestLen] = [m, len];
    }
    return best;
  }
  return matchesSelector(container, style.body.join(',')) ? container : null;
}

function subjectOf(container: Element, style: PageStyle, body: Element): Element | null {
  for (const sel of style.subject ?? []) {
    for (const el of queryAll(container, sel)) {
      // A subject inside the text's element only where a layout puts it there (talkread's font,
      // Clean and Simple's heading).
      if (el === body || (body.contains(el) && !style.subjectInBody && !/font|heading/.test(sel))) continue;
      if (textOf(el)) return el;
    }
  }
  return subjectRow(container, body);
}

/**
 * Rule "the subject in a label row": S2 Refried Paper prints an entry's properties as rows of its own label table
 * above the text (td.dateheader "User:", "Date:", "Subject:", "Security:", "Mood:", "Tags:" beside td.datecontent):
 * the cell beside "Subject:" is the subject.
 */
function subjectRow(container: Element, body: Element): Element | null {
  for (const th of queryAll(container, 'td.dateheader')) if (!body.contains(th) && /^subject:?$/i.test(textOf(th))) return th.nextElementSibling;
  return null;
}

function posterOf(container: Element, style: PageStyle, body: Element): string | null {
  for (const sel of style.poster ?? []) {
    // A poster inside the text's element only where a layout puts it there, in its heading (S1 Clean and Simple's
    // span.entryheading > span.altposter, a plain link to userinfo.bml).
    const heading = sel.includes('heading');
    for (const el of queryAll(container, sel)) {
      if (!heading && ((body.contains(el) && el !== container) || isChromeAncestor(el, container))) continue;
      // S2 Disjointed's altposter cell names the community, then the poster: "community - (poster)", plain links; Refried
      // Paper's User row "community (posted by poster)", ljusers: the poster is the last name.
      const alt = sel.includes('altposter') || sel.includes('datecontent');
      const users = ljUsers(el).filter((u) => heading || (!body.contains(u) && !isChromeAncestor(u, container)));
      if (users.length) return ljUserName(users[alt ? users.length - 1 : 0]);
      if (matchesSelector(el, '.ljuser, [lj\\:user]')) return ljUserName(el);
      const named =
        heading || alt
          ? tagged(el, 'a')
              .map((a) => userOfJournalLink(a.getAttribute('href') || ''))
              .filter((n) => n)
              [alt ? 'pop' : 'shift']()
          : null;
      if (named) return named;
    }
  }
  // Dreamwidth marks the wrapper itself: class="entry-wrapper poster-NAME journal-NAME".
  const cls = classAttr(container);
  const m = /(?:^|\s)poster-([a-z0-9_]+)/i.exec(cls);
  if (m) return m[1];
  return null;
}

function permalinkOf(container: Element, style: PageStyle, body: Element): string | null {
  // The container's entry links once (cheap href test first), each selector tried on them in
  // turn, in its order of priority. None gathered for a style without permalink selectors: its
  // container can be the whole page (lj-light-2011's is <body>, comments and all).
  if (!style.permalink?.length) return null;
  const links = tagged(container, 'a').filter((a) => /\/\d+\.html(?:[?#].*)?$|itemid=\d+/.test(a.getAttribute('href') ?? ''));
  // Links in the body count only where the style's subject is in it (or the selector names its heading): those outside
  // it are sorted out once, not tried against every selector (a 60-part story's footer is 60 entry links in the body).
  let outside: Element[] | undefined;
  for (const sel of style.permalink) {
    const tried = style.subjectInBody || sel.includes('heading') ? links : (outside ??= links.filter((a) => !body.contains(a)));
    for (const a of tried) if (matchesSelector(a, sel)) return a.getAttribute('href');
  }
  return null;
}

/**
 * The first username linked from a container before its body: a fallback poster. (The poster's
 * line comes before the post; what comes after it is comments and sidebars.) Document order, so
 * the search stops at the body: ljuser spans first, then links to a journal or profile.
 */
export function firstUserBefore(container: Element, body: Element): string | null {
  const before = (el: Element) => follows(el, body);
  const notBefore = (el: Element) => !before(el);
  const u = firstTagged(container, 'span', notBefore, (el) => !isChromeAncestor(el, container));
  if (u) return ljUserName(u);
  let name: string | null = null;
  const a = firstTagged(container, 'a', notBefore, (el) => !isChromeAncestor(el, container) && !!(name = userOfJournalLink(el.getAttribute('href') || '')));
  return (a && (bracketedPosterAfter(a) ?? postedByAfter(container, a, body))) ?? name;
}

/**
 * Rule "a Posted by row names the poster": S1 friends styles print the journal's userpic and name first, then, for a
 * community entry, a "Posted by: <a>poster</a>" row of the entry's own table (friends/Tabular Indent): that link, before
 * the text, is the poster's.
 */
function postedByAfter(container: Element, journalLink: Element, body: Element): string | null {
  let name: string | null = null;
  const after = (el: Element) => follows(journalLink, el);
  const row = (el: Element) => el.closest('tr') ?? el.parentElement;
  firstTagged(
    container,
    'a',
    (el) => !follows(el, body),
    (el) => after(el) && /^\s*posted by\b/i.test(textOf(row(el), 120)) && !!(name = userOfJournalLink(el.getAttribute('href') || '')),
  );
  return name;
}

/**
 * A name in brackets right after a journal's link is the poster's: S2 layouts print an entry's
 * journal (its name, maybe bold, or its userpic), then "[poster]" when someone else posted it (a
 * community entry on a friends page: layout.s2 `print_entry` of Punquin, Classic, Tabular Indent).
 */
function bracketedPosterAfter(journalLink: Element): string | null {
  let at: Node = journalLink;
  while (at.parentElement && /^(?:B|STRONG|FONT)$/.test(at.parentElement.tagName) && at.parentElement.childNodes.length === 1) at = at.parentElement;
  let n = at.nextSibling;
  while (n && (n.nodeName === 'BR' || (n.nodeType === TEXT_NODE && !/\S/.test(n.textContent ?? '')))) n = n.nextSibling;
  if (!n || n.nodeType !== TEXT_NODE || (n.textContent ?? '').trim() !== '[') return null;
  const link = n.nextSibling;
  if (!link || link.nodeName !== 'A' || !/^\s*\]/.test(link.nextSibling?.textContent ?? '')) return null;
  return userOfJournalLink((link as Element).getAttribute('href') || '');
}

/** Block elements whose text counts for the block around them when finding the densest block. */
const IN_PARENT_BLOCK = new Set(['P', 'DL', 'DT', 'DD']);

/**
 * The block holding most of the page's prose, outside comments and chrome: one pass over the
 * text nodes, crediting each to its nearest block (and a paragraph's text to its parent too, so
 * a post written in <p>s beats any one of its paragraphs).
 */
export function densestBlock(within: Document | Element, exclude?: Element): Element | null {
  // The page's body, or one post's element (a multi-post page in an unlisted layout): then the
  // element itself may win, and no block holding `exclude` (the post's subject link) may.
  const root = 'body' in within ? within.body : within;
  if (!root) return null;
  const wholePage = root !== within;
  const score = new Map<Element, number>();
  const add = (el: Element, n: number) => score.set(el, (score.get(el) ?? 0) + n);
  // Iterative (a page may nest thousands of elements deep): elements to go through, with the
  // block their text counts for and whether they are inside chrome.
  const stack: { el: Element; block: Element; inChrome: boolean }[] = [{ el: root, block: root, inChrome: false }];
  while (stack.length) {
    const { el, block, inChrome } = stack.pop()!;
    const children: { el: Element; block: Element; inChrome: boolean }[] = [];
    for (let c = el.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === TEXT_NODE) {
        if (inChrome) continue;
        const n = (c as Text).data.replace(/\s+/g, ' ').trim().length;
        if (!n) continue;
        add(block, n);
        const tag = block.tagName.toUpperCase();
        if ((tag === 'P' || tag === 'SPAN' || tag === 'FONT') && block.parentElement) add(block.parentElement, n);
      } else if (isElement(c)) {
        const tag = c.tagName.toUpperCase();
        if (SKIP_TAGS.has(tag)) continue;
        const chrome = inChrome || isChromeAncestor(c, c.parentElement) || tag === 'A' || tag === 'NAV' || tag === 'FORM';
        // Rule "a definition list is the header's block": a header written as <dl><dt>Title</dt><dd>X</dd>… is one
        // block of the post, as a <p> is; its terms and values are not blocks of their own.
        children.push({ el: c, block: BLOCK_TAGS.has(tag) && !IN_PARENT_BLOCK.has(tag) ? c : block, inChrome: chrome });
      }
    }
    // In document order (the scores are sums, but ties between blocks go to the first one seen).
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [el, s] of score) {
    if ((wholePage && el === root) || el.tagName.toUpperCase() === 'P' || (exclude && el !== root && el.contains(exclude))) continue;
    if (s > bestScore) {
      best = el;
      bestScore = s;
    }
  }
  return best;
}
