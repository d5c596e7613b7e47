/**
 * Fic that lives in comments (kink-meme fills, comment-thread stories): the comments of an entry
 * page read into plain data, the thread walk (comment-thread.ts) run over them, and each fill
 * reported as a story of the page.
 *
 * The sites' comment markup (tests/fixtures/memes/make.ts names where each shape comes from):
 *  - Dreamwidth core2 (also ?style=site, ?view=flat, ?thread=, ?page=): `div.dwexpcomment#cmtN`
 *    inside nested `div.comment-thread[data-comment-depth]`, a `div.comment-wrapper` whose class
 *    says `full`/`partial`, `screened`, `deleted`, `poster-anonymous`; `h4.comment-title`,
 *    `span.comment-poster` (an ljuser, or `span.anonymous` "(Anonymous)"), `div.comment-content`
 *    (with `div.edittime`), a "Parent" link `?thread=P#cmtP`.
 *  - LiveJournal S2 and its forks: `div#ljcmtN` (or a `table.talk-comment#ljcmtN`) indented by
 *    `margin-left` 25px a level, subject in `.talk-comment-subject`/bold, the text in
 *    `.talk-comment-text`/`.comment-content`, "(Parent)" and "(Thread)" links `?thread=N#tN`; a
 *    collapsed comment is one line: the subject as a link, the poster, "Expand". S2 core1's own
 *    comment (Generator and the layouts that print none of their own) classes nothing: a bar `div`
 *    with the poster, an `h3` subject and the permalink, the text in the `div` after it (`textAfterBar`).
 * A fill's story is its first part on this page; its other parts here are its part links.
 */

import { canonicalEntryKey, entryAddress, entryUrl, journalSiteOfUrl, normalizeUsername, siteOfUrl } from '../url';
import { buildBody } from './body';
import { DETECTOR_BUILD } from './build-flags';
import { parseCommentSubject, sameTitle } from './comment-subjects';
import { type Fill, type FillPart, findFills, type ThreadComment } from './comment-thread';
import { collapse, ljUserName, queryAll, textOf } from './dom';
import { findHeader } from './header';
import { flattenLines, type Line } from './lines';
import { chapterLinks } from './part-links';
import { isPartNavText, partIndexOfLabel } from './parts';
import { normalizeRating } from './rating';
import { classAttr } from './select';
import type { FieldKey, PartLink, StoryPost } from './types';

export interface PageComment extends ThreadComment {
  element: Element;
  subjectEl: Element | null;
  body: Element | null;
}

/** Where a fill's story is on the page (its first part's comment), for the button. */
export interface CommentStoryLocation {
  story: StoryPost;
  container: Element;
  body: Element;
  subject: Element | null;
}

const COMMENT_ID = /^(?:lj)?cmt(\d+)$/;

/** A cheap look before the walk: does the page show any comment at all? */
export function hasComments(doc: Document): boolean {
  // One class, then the id test: jsdom's search for the two at once costs ~50 ms on a large page. Within a search index
  // (select.ts) the class is looked up in the page's one walk, as the ids are; the detector's build asks the DOM.
  return (DETECTOR_BUILD ? !!doc.querySelector('.dwexpcomment') : queryAll(doc, '.dwexpcomment').length > 0) || queryAll(doc, '[id^="ljcmt"]').length > 0;
}

/** The page's comments in page order, as the thread walk reads them. */
export function readComments(doc: Document): PageComment[] {
  const out: PageComment[] = [];
  // The last comment seen at each depth: a comment's parent, when no "Parent" link says so.
  const atDepth: string[] = [];
  for (const el of commentElements(doc)) {
    const id = COMMENT_ID.exec(el.id)![1];
    const parts = partsOf(el);
    const { body } = parts;
    const wrapperClass = ` ${parts.wrapper?.getAttribute('class') ?? ''} `;
    const text = body ? '' : collapse(textOf(el, 400));
    let state: ThreadComment['state'] = 'full';
    if (/ deleted /.test(wrapperClass) || (!body && /^\(?deleted (?:comment|post)\)?/i.test(text))) state = 'deleted';
    else if ((/ screened /.test(wrapperClass) && / poster-hidden /.test(wrapperClass)) || (!body && /^\(?screened comment\)?/i.test(text))) state = 'screened';
    else if (/ partial /.test(wrapperClass) || !body) state = 'collapsed';

    const subjectEl = parts.subject ?? (state === 'collapsed' ? parts.threadLink : null);
    const poster = parts.poster ? ljUserName(parts.poster) : null;

    const depth = depthOf(el);
    let parentId: string | null = null;
    const fromLink = /[?&]thread=(\d+)/.exec(parts.parentLink?.getAttribute('href') ?? '')?.[1];
    if (fromLink) parentId = fromLink;
    else if (depth !== null && depth > 1) parentId = atDepth[depth - 1] ?? null;
    if (depth !== null) {
      atDepth[depth] = id;
      atDepth.length = depth + 1;
    }

    const subject = subjectEl ? collapse(textOf(subjectEl)) : '';
    // Only a fill whose subject names no title ("FILL") needs its text's header read for one.
    let headerTitle: string | undefined;
    if (body && state === 'full' && /\bfill/i.test(subject) && !parseCommentSubject(subject).title) headerTitle = findHeader(bodyLines(body)).fields.title;
    out.push({ id, parentId, poster, subject, state, headerTitle, element: el, subjectEl, body: state === 'full' ? body : null });
  }
  return out;
}

/**
 * The comments' elements (`div.dwexpcomment#cmtN`, `#ljcmtN`), in page order, in one walk of the
 * page (attribute selectors cost seconds on a page of thousands of comments). What is inside a
 * comment's or the entry's text is the writer's: markup there that looks like a comment is none.
 */
function commentElements(doc: Document): Element[] {
  const out: Element[] = [];
  const stack: Element[] = doc.body ? [doc.body] : [];
  while (stack.length) {
    const e = stack.pop()!;
    const cls = classAttr(e);
    if (BODY_CLASS.test(cls) || /(?:^|\s)(?:entry-content|entry_text)(?:\s|$)/.test(cls)) continue;
    if (e.id && COMMENT_ID.test(e.id) && (e.id.startsWith('lj') || /(?:^|\s)dwexpcomment(?:\s|$)/.test(cls))) out.push(e);
    for (let c = e.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  }
  return out;
}

interface CommentParts {
  body: Element | null;
  wrapper: Element | null;
  subject: Element | null;
  /** The poster's ljuser; null for "(Anonymous)" or none. */
  poster: Element | null;
  parentLink: Element | null;
  threadLink: Element | null;
  /** The first link to the comment's own address (`?thread=N`): its permalink in the bar, when the site prints one. */
  ownLink: Element | null;
}

const BODY_CLASS = /(?:^|\s)(?:comment-content|talk-comment-text|comment-text|comment-body|commenttext)(?:\s|$)/;
/** The sites' own links under a comment: "(Reply to this)", "(Thread)", "Link", "Expand". */
const TALK_LINK = /^\s*\(?\s*(?:reply(?: to this)?|thread(?: from start)?|parent|link|expand)\s*\)?\s*$/i;
const SUBJECT_CLASS = /(?:^|\s)(?:comment-title|talk-comment-subject|comment-subject)(?:\s|$)/;

/**
 * The pieces of one comment, in one walk of its elements (a selector search a piece costs a page
 * of thousands of comments dearly): its text, wrapper, subject, poster, Parent and Thread links.
 * The poster and links are the site's, outside the text: what the commenter wrote is never read
 * as them.
 */
function partsOf(el: Element): CommentParts {
  const found: CommentParts = { body: null, wrapper: null, subject: null, poster: null, parentLink: null, threadLink: null, ownLink: null };
  const ownId = COMMENT_ID.exec(el.id)?.[1];
  let anonymous: Element | null = null;
  // Depth-first, in page order; the text is not walked into.
  const stack: Element[] = [];
  for (let c = el.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
  while (stack.length) {
    const e = stack.pop()!;
    // The text (found by its place, on the light format) is the commenter's: not walked.
    if (e === found.body) continue;
    const cls = classAttr(e);
    if (BODY_CLASS.test(cls)) {
      found.body ??= e;
      continue;
    }
    for (let c = e.lastElementChild; c; c = c.previousElementSibling) stack.push(c);
    if (!found.wrapper && /(?:^|\s)comment-wrapper(?:\s|$)/.test(cls)) found.wrapper = e;
    else if (!found.subject && SUBJECT_CLASS.test(cls)) found.subject = e;
    else if (!found.poster && !anonymous && /(?:^|\s)ljuser(?:\s|$)/.test(cls)) found.poster = e;
    else if (!found.poster && !anonymous && (e.tagName === 'I' || e.tagName === 'SPAN') && /^\s*\(anonymous\)\s*$/i.test(e.textContent ?? '')) anonymous = e;
    else if (!found.subject && /^cmtbar\d+$/.test(e.id)) {
      // LiveJournal's light format (talkread): the subject in big bold type in the comment's bar.
      const big = Array.from(e.getElementsByTagName('font')).find((f) => f.getAttribute('size') === '+1');
      found.subject = big?.getElementsByTagName('b')[0] ?? null;
      // The text is the last cell of the next row.
      const row = e.closest('tr')?.nextElementSibling;
      if (row && !found.body) found.body = row.lastElementChild;
      // S2 Magazine (print_comment_full): the bar is a box of its own, the text the div after it.
      else if (!e.closest('tr') && !found.body && e.nextElementSibling?.tagName === 'DIV') found.body = e.nextElementSibling;
    } else if (e.tagName === 'A') {
      const href = e.getAttribute('href') ?? '';
      if (!/[?&]thread=\d/.test(href)) continue;
      if (!found.ownLink && ownId && new RegExp(`[?&]thread=${ownId}(?!\\d)`).test(href)) found.ownLink = e;
      const text = e.textContent ?? '';
      if (!found.parentLink && /^\s*parent\s*$/i.test(text)) found.parentLink = e;
      // A collapsed comment's subject is its link; "Thread" and "Link" are the site's words.
      else if (!found.threadLink && !TALK_LINK.test(text)) found.threadLink = e;
    }
  }
  const who = found.poster ?? anonymous;
  if (!found.body && who && el.id.startsWith('lj')) found.body = textAfterBar(el, found, who);
  return found;
}

/**
 * Rule "an S2 comment's text follows its bar": S2's core layer (core1's `print_comment_full`, kept by Generator and the
 * other layouts that print no comments of their own, on LiveJournal and its forks alike) gives a comment's text no class:
 * a bar holding the poster, the date and the comment's own permalink, then the text in a block of its own (a `div` after
 * the bar's, a row after the bar's row in the table-built styles), then the reply links. The text is the block right
 * after the smallest one holding the poster (an ljuser, or "(Anonymous)") and the permalink. A collapsed
 * comment is one line, its link and its poster side by side in the comment itself: no bar, no text.
 */
function textAfterBar(el: Element, found: CommentParts, who: Element): Element | null {
  const link = found.ownLink;
  if (!link) return null;
  let bar: Element | null = who;
  while (bar && bar !== el && !bar.contains(link)) bar = bar.parentElement;
  while (bar && bar !== el && !bar.nextElementSibling) bar = bar.parentElement;
  const next = bar && bar !== el ? bar.nextElementSibling : null;
  if (!bar || !next || !collapse(next.textContent ?? '')) return null;
  // core1 prints the subject as an h3 in the bar.
  found.subject ??= bar.getElementsByTagName('h3')[0] ?? null;
  return next.tagName === 'TR' ? next.lastElementChild : next;
}

/** A comment's depth: core2's `data-comment-depth`, or LiveJournal's 25px a level. */
function depthOf(el: Element): number | null {
  // core2 puts the depth on the thread element around each comment (`div.comment-thread > div#cmtN`).
  const dw = el.parentElement?.getAttribute('data-comment-depth');
  if (dw && /^\d+$/.test(dw)) return Number(dw);
  const margin = /margin-left:\s*(\d+)px/i.exec(el.getAttribute('style') ?? '');
  if (margin) return Math.floor(Number(margin[1]) / 25) + 1;
  // LiveJournal's light format: a spacer image 25px a level in the comment's first cell.
  const cell = el.getElementsByTagName('td')[0];
  const spacer = cell?.firstElementChild?.tagName === 'IMG' ? cell.firstElementChild : null;
  const width = spacer && /^\d+$/.test(spacer.getAttribute('width') ?? '') ? Number(spacer.getAttribute('width')) : null;
  return width !== null ? Math.floor(width / 25) + 1 : cell?.hasAttribute('rowspan') ? 1 : null;
}

function bodyLines(body: Element) {
  // "Edited 2014-06-02 16:31 (UTC)" is the site's, not the comment's.
  // So are the "(Reply to this) (Thread)" links inside the text's cell on the older styles.
  return flattenLines(body, {
    skip: (e) => /(?:^|\s)edittime(?:\s|$)/.test(classAttr(e)) || ((e.tagName === 'P' || e.tagName === 'FONT') && !!e.querySelector('a[href*="replyto="]') && talkLinksOnly(e)),
  });
}

function talkLinksOnly(e: Element): boolean {
  return (e.textContent ?? '').split(/\)\s*\(/).every((t) => TALK_LINK.test(t.replace(/^\s*\(|\)\s*$/g, '')));
}

/** The comment's permalink, built from its id: `?thread=N#cmtN` (Dreamwidth) or `#tN` (LiveJournal and the other forks). */
export function commentPermalink(pageUrl: string, id: string): string {
  const anchor = journalSiteOfUrl(pageUrl) === 'dreamwidth' ? `cmt${id}` : `t${id}`;
  return `${entryUrl(pageUrl)}?thread=${id}#${anchor}`;
}

/** A short line above a part that only points at another part of the thread ("Continued from part 2."). */
function isThreadNav(line: Line, pageUrl: string): boolean {
  if (!line.links.length || line.text.length > 140) return false;
  const entry = canonicalEntryKey(pageUrl);
  if (!line.links.every((l) => /[?&]thread=\d+/.test(l.href) && canonicalEntryKey(l.href) === entry)) return false;
  return isPartNavText(line.text.replace(/^[\s([]+/, ''));
}

/** Part links in reading order, each once, without the story's own. */
function orderedLinks(links: PartLink[], own: string): PartLink[] {
  const seen = new Set([own]);
  const out = links.filter((l) => !seen.has(l.url) && !!seen.add(l.url));
  return out
    .map((l, i) => ({ l, i }))
    .sort((a, b) => (a.l.index ?? Infinity) - (b.l.index ?? Infinity) || a.i - b.i)
    .map((x) => x.l);
}

/** The page's comments and the fills the thread walk finds in them. */
export function fillsOnPage(doc: Document, pageUrl: string): { comments: PageComment[]; fills: Fill[] } {
  if (siteOfUrl(pageUrl) === 'unknown' || !hasComments(doc)) return { comments: [], fills: [] };
  const comments = readComments(doc);
  return { comments, fills: findFills(comments) };
}

/** Words of a comment that make it a story's text rather than a note ("the fic is below", "thanks for reading!"). */
const OWN_STORY_WORDS = 40;

/**
 * The story an entry's poster posted in their own comments (the entry a header and "the fic is in the comments": the
 * site's length limit, or an editor that mangled the text): the poster's own top-level comments shown in full, with a
 * story's length of text, and their own replies to those (the story going on in a chain), in the order posted. `by`: the
 * entry's poster, whose entry said so (index.ts). One part has no marker; several are numbered by their subjects, else in order.
 */
export function ownCommentFill(comments: readonly PageComment[], by: string): Fill | null {
  const poster = normalizeUsername(by);
  const ids = new Set<string>();
  const chosen = comments.filter((c) => {
    if (!c.poster || normalizeUsername(c.poster) !== poster || c.state !== 'full' || !c.body) return false;
    if (c.parentId !== null && !ids.has(c.parentId)) return false;
    if (collapse(c.body.textContent ?? '').split(' ').length < OWN_STORY_WORDS) return false;
    ids.add(c.id);
    return true;
  });
  if (!chosen.length) return null;
  const parts: FillPart[] = chosen.map((c, i) => {
    const s = parseCommentSubject(c.subject);
    return { id: c.id, subject: s.raw, index: chosen.length > 1 ? (s.part?.index ?? i + 1) : null, piece: s.piece, total: null, ends: s.ends, state: c.state };
  });
  return { title: findHeader(bodyLines(chosen[0].body!)).fields.title ?? '', poster: chosen[0].poster, promptId: null, parts, total: null, complete: false };
}

/**
 * Each fill on the page as a story: its first part here, its other parts here as part links. `by`: the poster of an entry
 * that says its story is in the comments (ownCommentFill), when no fill of theirs is found.
 */
export function commentStories(doc: Document, pageUrl: string, by?: string): CommentStoryLocation[] {
  const { comments, fills } = fillsOnPage(doc, pageUrl);
  if (by && !fills.some((f) => f.poster && normalizeUsername(f.poster) === normalizeUsername(by))) {
    const own = ownCommentFill(comments, by);
    if (own) fills.push(own);
  }
  const byId = new Map(comments.map((c) => [c.id, c]));
  return fills.map((fill) => {
    const first = byId.get(fill.parts[0].id)!;
    return { story: partStory(fill, first, byId, pageUrl), container: first.element, body: first.body ?? first.element, subject: first.subjectEl };
  });
}

/**
 * One part of a fill as a story post: its text, its marker with the fill's total, the fill's
 * other parts on this page (and those its text links to) as part links. The fill's first part
 * on a page is the page's story; the stitcher (utils/stitch/fill.ts) reads the others so.
 */
export function partStory(fill: Fill, part: PageComment, byId: Map<string, PageComment>, pageUrl: string): StoryPost {
  const lines = part.body ? bodyLines(part.body) : [];
  const header = findHeader(lines);
  // "(Continued from part 2.)" above the text: a link to another part, not the story's words.
  let start = header.end;
  const navLinks: PartLink[] = [];
  while (start < lines.length && start < header.end + 2 && isThreadNav(lines[start], pageUrl)) {
    for (const l of lines[start].links) navLinks.push({ url: commentPermalink(pageUrl, /[?&]thread=(\d+)/.exec(l.href)![1]), label: l.text, index: partIndexOfLabel(l.text) });
    start++;
  }
  const body = buildBody(lines.slice(start));
  const fields: Partial<Record<FieldKey, string>> = { ...header.fields };
  if (fill.title && !fields.title) fields.title = fill.title;
  // The prompt the fill answers, shown on the story card.
  const prompt = fill.promptId ? byId.get(fill.promptId) : undefined;
  if (prompt?.body && !fields.prompt)
    fields.prompt = collapse(
      bodyLines(prompt.body)
        .map((l) => l.text)
        .join(' '),
    );
  const own = fill.parts.find((p) => p.id === part.id)!;
  const marked = fill.parts.length > 1 || own.index !== null;
  const url = commentPermalink(pageUrl, part.id);
  const others = fill.parts.filter((p) => p.id !== part.id).map((p) => ({ url: commentPermalink(pageUrl, p.id), label: p.subject, index: p.index }));
  return {
    url,
    author: part.poster ?? 'Anonymous',
    journal: entryAddress(pageUrl)?.journal ?? '',
    subject: parseCommentSubject(part.subject).raw,
    fields,
    rawFields: header.rawFields,
    headerNotes: header.headerNotes,
    rating: DETECTOR_BUILD ? null : normalizeRating(fields.rating),
    part: marked ? { index: own.index ?? 1, total: fill.total } : null,
    complete: part.state === 'full',
    bodyText: body.text,
    bodyHtml: DETECTOR_BUILD ? '' : body.html,
    partLinks: DETECTOR_BUILD ? [] : orderedLinks([...navLinks, ...others], url),
  };
}

/** What an author's continuation comment says in its subject besides a part marker: "(continued)", "cont'd". */
const CONTINUED = /\bcont(?:inued|'d|d|\.)?(?:\s|\)|\]|$)/i;

/** A comment that is a note (the way on, a thank-you) is a line or two; longer is a reply or a story of its own. */
const NOTE_CHARS = 300;

/**
 * The part links of a short comment (a note: "Part 2 is up: <a>here</a>!"), read as a chapter's are (part-links.ts
 * `chapterLinks`: the words must name a part, "next", a masterpost); none for a longer one. Whose comment it is, and
 * where the links go, the callers decide.
 */
export function notePartLinks(c: PageComment, pageUrl: string): PartLink[] {
  if (!c.body || collapse(c.body.textContent ?? '').length > NOTE_CHARS) return [];
  return chapterLinks(flattenLines(c.body), canonicalEntryKey(pageUrl), pageUrl).partLinks;
}

/**
 * A writer's short comment that points on to another entry (subject "part 2"): the part's way on
 * (own-comment-links.ts), not a part posted in the comments, though its subject names a part.
 */
const pointsOn = (c: PageComment, pageUrl: string) => notePartLinks(c, pageUrl).length > 0;

/** An entry story's part that its author posted as a comment on the entry. */
export interface ContinuationPart {
  id: string;
  /** The comment's permalink (`?thread=N#…`). */
  url: string;
  index: number;
  /** Its text (null: collapsed on this page, to be read from its `?thread=` page). */
  post: StoryPost | null;
}

/**
 * An entry story's remaining parts that its author posted as comments on the entry (the entry hit the
 * site's length limit): the entry's poster's own top-level comments, and their replies to those (a
 * chain), whose subject goes on with the story (a part marker, "continued", or the story's title). Only
 * the entry's poster counts (the site shows who posted a comment, outside its text; an anonymous comment
 * is nobody's), and a reply to a reader is a reply. In reading order: by marker, else as posted, after
 * the entry. `entry`: the entry's story post, read from this, its own page.
 */
export function authorContinuations(doc: Document, pageUrl: string, entry: StoryPost): ContinuationPart[] {
  if (canonicalEntryKey(pageUrl) !== canonicalEntryKey(entry.url) || !entry.author) return [];
  const author = normalizeUsername(entry.author);
  const title = entry.fields.title ?? '';
  const { comments } = fillsOnPage(doc, pageUrl);
  const chosen: PageComment[] = [];
  const ids = new Set<string>();
  for (const c of comments) {
    if (!c.poster || normalizeUsername(c.poster) !== author || (c.state !== 'full' && c.state !== 'collapsed')) continue;
    if (c.parentId !== null && !ids.has(c.parentId)) continue;
    if (c.state === 'full' && pointsOn(c, pageUrl)) continue;
    const s = parseCommentSubject(c.subject);
    if (!(s.markerPlaced || CONTINUED.test(s.bare) || (title && sameTitle(s.title || s.bare, title)))) continue;
    chosen.push(c);
    ids.add(c.id);
  }
  if (!chosen.length) return [];
  const first = entry.part?.index ?? 1;
  const parts: FillPart[] = chosen.map((c, i) => {
    const s = parseCommentSubject(c.subject);
    return { id: c.id, subject: s.raw, index: s.part?.index ?? first + i + 1, piece: s.piece, total: s.part?.total ?? null, ends: s.ends, state: c.state };
  });
  const totals = [entry.part?.total ?? null, ...parts.map((p) => p.total)].filter((t): t is number => t !== null);
  const complete = parts.some((p) => p.ends);
  const fill: Fill = { title, poster: entry.author, promptId: null, parts, total: complete ? Math.max(...parts.map((p) => p.index ?? 1)) : totals.length ? Math.max(...totals) : null, complete };
  const byId = new Map(comments.map((c) => [c.id, c]));
  return parts
    .map((p) => {
      const c = byId.get(p.id)!;
      return { id: p.id, url: commentPermalink(pageUrl, p.id), index: p.index ?? first + 1, post: c.state === 'full' ? partStory(fill, c, byId, pageUrl) : null };
    })
    .sort((a, b) => a.index - b.index);
}
