/**
 * Which links of a post lead to the story's other parts, and which lead elsewhere.
 *
 * A masterpost lists more than parts: art, podfic, an AO3 mirror, a rec, "other stories in this
 * series", the author's profile. A chapter points at its masterpost in whatever words its author
 * chose ("Masterpost: here", "Index: link", "TOC: »"). Both are read the way a reader reads them:
 * by what the list says around each link (the words before it back to the previous link, the row
 * it sits in), by part numbering and labels, and by where the unnamed links stand among the named
 * parts. What is not a part comes out as `related`.
 */

import { archivePageUrlOf, memoriesJournalOf, tagPageUrlOf } from '../fetch-url';
import { canonicalEntryKey, commentIdOf, entryAddress, normalizeUsername, unwrapWayback } from '../url';
import { DETECTOR_BUILD } from './build-flags';
import { entryOfCommentView, isJournalNavLink } from './chrome';
import { absoluteUrl, collapse, tagged } from './dom';
import type { Line } from './lines';
import { isMetadataLine } from './metadata';
import {
  ARROW_ONLY,
  DIRECTION_LEAD,
  EDIT_MARK,
  isMasterpostLabel,
  looksLikePartLinkLabel,
  ORDINAL_LINK,
  ownDirection,
  PLACE_CUE,
  parseNumber,
  parsePartMarker,
  partIndexOfLabel,
  titleFromSubject,
} from './parts';
import type { PartLink, PartMarker } from './types';

/** A link as its line shows it. */
export interface LinkInLine {
  url: string;
  text: string;
  /** The words before the link, back to the previous link that is not a user tag: "Masterpost:" in "Masterpost: here", "Art by inkblot_moth:" in "Art by <user>: here". */
  lead: string;
  /** Where the link's words end in the line's text (what follows it: "»" in "Landfall »"); -1 when they are not found there. */
  end: number;
  /** A journal entry (the only links a part can be). */
  entry: boolean;
}

/** What a masterpost or a chapter links to that is not one of the story's parts. */
export const RELATED_WORDS =
  /\b(?:art|artwork|fan ?art|illustrations?|cover art|banner|icons?|pod ?fic|podbook|audio ?book|audio|mp3|m4b|read by|reader|recording|fanmix|mix|playlist|soundtrack|fan ?vid|vid|recs?|recommend(?:ed|s|ations?)?|reviews?|sequel|prequel|companion|series|verse|other stor(?:y|ies)|also in this|mirror(?:ed)?|ao3|archive of our own|ff\.net|fanfiction\.net|wattpad|profile|about me|translations?|translated|remix(?:ed)?|meta|outtakes?|deleted scenes?|bonus|timeline|master ?list)\b/i;
/** Link text that says nothing of where the link goes: its lead says it. */
const GENERIC_TEXT = /^[\s([{]*(?:here|link|this|x|click|click here|go|read|»|›|>|→|>>|&raquo;|\*|#)[\s)\]}.!]*$/i;
/** "Prologue", "Epilogue", "Interlude", "Coda": a part without a number. */
const UNNUMBERED_PART = /\b(?:prologue|epilogue|interlude|coda|afterword)\b/i;
/** The journal's own "Previous Entry / Next Entry", wherever a layout puts it: never part navigation. */
const JOURNAL_NAV_TEXT = /^[\s«‹<←]*(?:previous|prev|next)\s+(?:entry|post)[\s»›>→]*$/i;
/**
 * Rule "continued in the next post": a story too long for one entry ends "(continued in the next post)" and goes on
 * "(continued from the previous post)", the link on "next post" / "previous post": after "continued in / from", those
 * words are the story's own next and previous part, not the journal's navigation.
 */
const CONTINUED_LEAD = /\bcontinued\s+(?:in|on|from)\s+(?:the|my)?\s*$/i;
/**
 * Rule "an edit links the rest": a story posted before its end gets the next part's link in an edit after its text
 * ("EDIT 14/3: <a>the second half is here!</a>", "ETA: concluded <a>here</a>", "Edit: <a>the rest</a>"): after an edit mark,
 * a link saying what comes next (a half, the rest, the conclusion, the continuation) is the next part.
 */
const CONTINUATION = /\b(?:(?:first|second|other|last|final) half|the rest|conclu\w+|continu\w+|next)\b/i;
/** Words before a link that make it the previous or next part ("Next: The Far Bank", "(cont'd from the first half, <a>here</a>)"). */
const PART_LEAD = /\b(?:prev(?:ious)?|next|part|chapter|ch\.|pt\.?|continued)\b|\bcont(?:['’]d\b|\.)|[«‹←»›→]/i;
/** A link's words opening with a direction ("back:", "on —", "next:"), a part's name after them. */
const DIRECTION_THEN_PART = /^[\s«‹<←]*(?:back|on(?:wards?)?|forwards?|next|prev(?:ious)?)\s*[:\-–—]\s*/i;
/** A part's short aside in brackets after its name, in a list of the parts ("<a>two (flocked)</a>", "<a>Part 3 [locked]</a>"): no word of its name. */
const PART_ASIDE = /\s*[([][^()[\]]{1,20}[)\]]\s*$/;
/** A masterpost of the story, not the author's list of every story. */
const STORY_MASTERPOST = /\b(?:master ?post|table of contents|toc|all (?:the )?(?:\w+ )?(?:parts|chapters)|both (?:parts|halves|chapters)|story index|chapter (?:list|index))\b/i;

/**
 * A story of a series, not a part of this one: "First Frost (part 1 of the series)", "book two in
 * the Harrow verse", "Harrow series, part 1". Series are numbered in parts too, and a masterpost or
 * a chapter links the series' earlier stories beside its own chapters.
 */
const SERIES_MEMBER =
  /\b(?:part|book|story|installment|instalment|no\.?|#)\s*[\w.]+\s+(?:of|in)\s+(?:the|this|my|a)\s+(?:[\w'’-]+\s+)?(?:series|verse)\b|\b(?:series|verse)\s*[,:(-]\s*(?:part|book)\b/i;
/** A line that opens with "Also:" or "See also:" lists what else there is, after the parts. */
const ALSO_LINE = /^[^\p{L}]*(?:see )?also\b\s*[:\-–—]/iu;

const RELATED_MAX = 12;

function isEntryUrl(url: string): boolean {
  return entryAddress(url)?.itemId != null;
}

/**
 * A site's user tag (`<lj user>`: the profile icon and the name, linking the journal or its profile,
 * on any host form and through Wayback): a person mentioned, not a link to follow.
 */
function isUserTag(url: string, text: string): boolean {
  const a = entryAddress(url);
  return !!a && a.itemId === null && (!text || normalizeUsername(text) === a.journal);
}

/** Links no list or navigation is made of: comments, journal navigation, tags. */
function isChromeLink(url: string): boolean {
  return isJournalNavLink(url) || /\/tag\/|[?&]tag=/i.test(url);
}

/**
 * Rule "a part linked by a comment's address": writers copy a part's link from its comments (a comment's permalink or its
 * thread, "…/1188.html?thread=5940#t5940"): words naming a part on such a link ("Part 1 (of 2)", "« Teil 1") make it that
 * entry, read as the entry. A reply form's address, or a comment link in other words, stays the site's (null).
 *
 * Rule "the chapter index in the writer's own comment": a writer who keeps the story's index as their own comment on the
 * first chapter ("I'll keep this comment updated as I post") links it from the later chapters by that comment's address,
 * named as the story's index ("chapter index", "table of contents", "masterpost"). Such a link is the entry the comment is
 * on: the index is that entry's writer's own comment (own-comment-links.ts reads it there), the entry the story's first part.
 */
function entryOfCommentLink(url: string, text: string): string | null {
  if (!commentIdOf(url) || /mode=reply|replyto=/i.test(url) || (partIndexOfLabel(text) === null && !STORY_MASTERPOST.test(text))) return null;
  const u = new URL(url);
  u.searchParams.delete('thread');
  u.hash = '';
  return u.href;
}

/** The line's links with the words before each, resolved against the page; user tags and chrome links left out. */
export function linksOfLine(line: Pick<Line, 'text' | 'links'>, pageUrl: string): LinkInLine[] {
  const out: LinkInLine[] = [];
  let cursor = 0;
  let leadFrom = 0;
  for (const l of line.links) {
    const text = collapse(l.text);
    const at = text ? line.text.indexOf(text, cursor) : -1;
    const lead = at >= 0 ? collapse(line.text.slice(leadFrom, at)) : '';
    if (at >= 0) cursor = at + text.length;
    let url = absoluteUrl(l.href, pageUrl);
    // A user tag's name belongs to the words of the next link ("Art by <user>: here").
    if (!url || isUserTag(url, text)) continue;
    if (at >= 0) leadFrom = cursor;
    if (isChromeLink(url)) url = entryOfCommentLink(url, text) ?? entryOfCommentView(url, text, pageUrl);
    if (!url || (JOURNAL_NAV_TEXT.test(text) && !CONTINUED_LEAD.test(lead))) continue;
    out.push({ url, text, lead, end: at >= 0 ? cursor : -1, entry: isEntryUrl(url) });
  }
  return out;
}

/** The last clause of a lead: "Masterpost:" of "« Part 1 | Masterpost:", "next:" of "part one of two; rating: teen; next:". */
function lastClause(lead: string): string {
  const parts = lead.split(/[|·•;]|\s[-–—]\s/);
  return collapse(parts[parts.length - 1]);
}

/** How a link is shown among related links: its words, or the words before it when it says "here". */
function relatedLabel(l: LinkInLine): string {
  const lead = lastClause(l.lead);
  const label = !l.text || GENERIC_TEXT.test(l.text) ? lead.replace(/[\s:;,\-–—(]+$/, '') || l.text : lead && lead.length <= 40 ? `${lead} ${l.text}` : l.text;
  return collapse(label).slice(0, 100) || l.url;
}

interface Named {
  index: number | null;
  unnumbered: boolean;
}

/** A part the words name: a number ("Chapter Two", "III", "1."), or "Prologue"/"Epilogue"/"Interlude". */
function namedPart(text: string): Named | null {
  const t = collapse(text);
  if (!t) return null;
  const index = partIndexOfLabel(t);
  if (index !== null) return { index, unnumbered: false };
  return UNNUMBERED_PART.test(t) ? { index: null, unnumbered: true } : null;
}

/** The list block a line belongs to (a list, a table, a definition list), if any. */
function listBlock(line: Line): Element | null {
  for (let i = line.blocks.length - 1; i >= 0; i--) {
    const tag = line.blocks[i].tagName.toUpperCase();
    if (tag === 'UL' || tag === 'OL' || tag === 'TABLE' || tag === 'TBODY' || tag === 'DL') return line.blocks[i];
  }
  return null;
}

function journalOf(url: string): string {
  const a = entryAddress(url);
  return a ? `${a.domain}/${a.journal}` : '';
}

interface Candidate {
  link: LinkInLine;
  line: number;
  block: Element | null;
  named: Named | null;
  kind: 'part' | 'related' | 'unnamed';
}

/**
 * A masterpost's list, read as its author wrote it: the parts in the order listed (with the number
 * each is listed as), and the rest as related links.
 *
 * A link is a part when it, the words before it or its row (a list item or table row of one link)
 * name a part: "Chapter One: The River Road", "Part 2", "1. Folding", "III. | Asphodel | 2,200",
 * "Prologue: The Knocker". It is related when the words before it say what else it is ("Art by X:
 * here", "Podfic:", "Rec:", "Also on AO3", "Other stories in this series:") or it leaves the journals.
 * A link that names nothing is a part when it stands with named parts (the same list, or between
 * them) in the journal or community they are posted in; with no named parts at all, the longest run
 * of such links in one journal is the list of parts.
 */
function masterpostList(lines: Line[], selfKey: string, pageUrl: string): { parts: PartLink[]; related: PartLink[] } {
  const seen = new Set<string>([selfKey]);
  const cands: Candidate[] = [];
  lines.forEach((line, i) => {
    const links = linksOfLine(line, pageUrl);
    const single = links.length === 1;
    const also = ALSO_LINE.test(line.text);
    for (const link of links) {
      const key = canonicalEntryKey(link.url);
      if (seen.has(key)) continue;
      seen.add(key);
      const lead = lastClause(link.lead);
      let kind: Candidate['kind'];
      let named: Named | null = null;
      if (!link.entry || also || SERIES_MEMBER.test(`${lead} ${link.text}`)) kind = 'related';
      else if (RELATED_WORDS.test(lead) || isMasterpostLabel(lead) || isMasterpostLabel(link.text)) kind = 'related';
      else {
        named = namedPart(link.text) ?? namedPart(`${lead} ${link.text}`) ?? (single ? namedPart(line.text) : null);
        kind = named ? 'part' : RELATED_WORDS.test(link.text) ? 'related' : 'unnamed';
      }
      cands.push({ link, line: i, block: listBlock(line), named, kind });
    }
  });

  const named = cands.filter((c) => c.kind === 'part');
  if (named.length) {
    const journals = new Set(named.map((c) => journalOf(c.link.url)));
    const blocks = new Set(named.map((c) => c.block).filter((b): b is Element => !!b));
    const first = Math.min(...named.map((c) => c.line));
    const last = Math.max(...named.map((c) => c.line));
    for (const c of cands) {
      if (c.kind !== 'unnamed') continue;
      const among = (c.block !== null && blocks.has(c.block)) || (c.line >= first && c.line <= last);
      c.kind = among && journals.has(journalOf(c.link.url)) ? 'part' : 'related';
    }
  } else {
    // No numbering or labels: the longest run of unnamed entry links in one journal, in one list
    // block or on consecutive lines.
    const runs: Candidate[][] = [];
    for (const c of cands) {
      if (c.kind !== 'unnamed') continue;
      const run = runs[runs.length - 1];
      const prev = run?.[run.length - 1];
      const together = prev && journalOf(prev.link.url) === journalOf(c.link.url) && ((prev.block !== null && prev.block === c.block) || c.line - prev.line <= 1);
      if (together) run.push(c);
      else runs.push([c]);
    }
    const best = runs.reduce<Candidate[]>((a, r) => (r.length > a.length ? r : a), []);
    for (const c of cands) if (c.kind === 'unnamed') c.kind = best.length >= 2 && best.includes(c) ? 'part' : 'related';
  }

  const parts = cands.filter((c) => c.kind === 'part').map((c) => ({ url: c.link.url, label: c.link.text || lastClause(c.link.lead), index: c.named?.index ?? null }));
  // What is not a part is the reader's to show: the detector's build only decides (build-flags.ts).
  const related = DETECTOR_BUILD
    ? []
    : cands
        .filter((c) => c.kind === 'related')
        .slice(0, RELATED_MAX)
        .map((c) => ({ url: c.link.url, label: relatedLabel(c.link), index: null }));
  return { parts, related };
}

/**
 * A post that may be a masterpost (index.ts: a real header or a fic subject, no part marker, hardly any prose besides
 * its link lines), read: its list, and whether it is a masterpost: two or more parts listed, with a real header (`header`)
 * or numbered, and not a chapter's navigation, however short the chapter (isChapterNavigation, with the post's own part
 * links). "« Previous | Next »" alone is a short part's navigation, not a list of parts. (Here, not in index.ts: the
 * detector's build reads it in its masterpost-lists stage only.)
 */
export function readMasterpost(lines: Line[], selfKey: string, pageUrl: string, partLinks: PartLink[], header: boolean): { list: { parts: PartLink[]; related: PartLink[] }; masterpost: boolean } {
  const list = masterpostList(lines, selfKey, pageUrl);
  const listed = list.parts.filter((l) => !/^[\s«‹<←]*(?:prev(?:ious)?|next|back|forward)\b|^[\s«‹<←»›>→]*$/i.test(l.label));
  return { list, masterpost: listed.length >= 2 && (header || listed.some((l) => l.index !== null)) && !isChapterNavigation(lines, partLinks, listed) };
}

/**
 * A chapter's links to the rest of its story, from its header and navigation lines: links to other
 * parts ("Part 2", "« Previous", "III", "Epilogue"), to the masterpost whatever the link says ("Masterpost:
 * here", "Index: link", "TOC | Next »"; the label then carries the words, "Masterpost: here"), and
 * "Next: <title>"; and, as related, what those lines link to that is none of these (art, podfic, AO3).
 */
export function chapterLinks(lines: Pick<Line, 'text' | 'links'>[], selfKey: string, pageUrl: string, title?: string): { partLinks: PartLink[]; related: PartLink[] } {
  const seen = new Set<string>([selfKey]);
  const partLinks: PartLink[] = [];
  const related: PartLink[] = [];
  for (const line of lines) {
    for (const link of linksOfLine(line, pageUrl)) {
      const key = canonicalEntryKey(link.url);
      if (seen.has(key)) continue;
      const lead = lastClause(link.lead);
      let part: PartLink | null = null;
      const marker = parsePartMarker(link.text);
      if (link.entry && isOwnSeriesPart(link, title)) part = { url: link.url, label: link.text, index: partIndexOfLabel(link.text) };
      // "Sequel to: <a>Part One</a>", "Podfic of part 2: here": the words before say what it is.
      else if (link.entry && !RELATED_WORDS.test(lead) && !SERIES_MEMBER.test(link.text)) {
        // The story's masterpost, not the author's masterlist of everything, nor an art or series masterpost.
        const toMasterpost = (STORY_MASTERPOST.test(lead) || /\bindex\b/i.test(lead)) && !RELATED_WORDS.test(lead);
        if (isMasterpostLabel(link.text) && !RELATED_WORDS.test(`${lead} ${link.text}`)) part = { url: link.url, label: link.text, index: null };
        // "TOC: x", "Index: »": the words before a link that says nothing name it.
        else if (toMasterpost && (!link.text || GENERIC_TEXT.test(link.text))) part = { url: link.url, label: collapse(`${lead} ${link.text}`), index: null };
        else if (looksLikePartLinkLabel(link.text) || looksLikePartLinkLabel(link.text.replace(PART_ASIDE, '')) || /part|chapter|next|prev/i.test(link.text))
          part = { url: link.url, label: link.text, index: partIndexOfLabel(link.text) };
        else if (UNNUMBERED_PART.test(link.text)) part = { url: link.url, label: link.text, index: null };
        // "back: I.", "on: II.", "next: Part 3" in the link's own words: a direction, then the part it names.
        else if (DIRECTION_THEN_PART.test(link.text) && namedPart(link.text.replace(DIRECTION_THEN_PART, '')))
          part = { url: link.url, label: link.text, index: partIndexOfLabel(link.text.replace(DIRECTION_THEN_PART, '')) };
        // Rule "parts named by ordinals" (parts.ts): "Back: <a>the first</a>", "Onward: <a>the last</a>" ("last": no number).
        else if (ORDINAL_LINK.test(link.text) && DIRECTION_LEAD.test(lead)) part = { url: link.url, label: collapse(`${lead} ${link.text}`), index: ordinalIndex(link.text) };
        // An arrow alone ("⇨", "⟵", "»") on a navigation line is the next or previous part; so are a direction's own words ("⇠ earlier", "read on ↷").
        else if (ARROW_ONLY.test(link.text) || ownDirection(link.text)) part = { url: link.url, label: link.text, index: null };
        // Rule "a part linked by its subject": "Follows: <a>Knotwork (1 of 2)</a>", "<a>Lantern Ward, 2/3</a>": the words
        // are a subject with its marker of a total, the part's.
        else if (marker?.total) part = { url: link.url, label: link.text, index: marker.index };
        else if (EDIT_MARK.test(link.lead) && CONTINUATION.test(`${lead} ${link.text}`)) part = { url: link.url, label: collapse(`${lead} ${link.text}`), index: null };
        else if (toMasterpost) part = { url: link.url, label: collapse(`${lead} ${link.text}`), index: null };
        else if ((PART_LEAD.test(lead) || PLACE_CUE.test(lead)) && !RELATED_WORDS.test(lead)) part = { url: link.url, label: collapse(`${lead} ${link.text}`), index: partIndexOfLabel(lead) };
      }
      if (part) {
        seen.add(key);
        partLinks.push(part);
      } else if (RELATED_WORDS.test(`${lead} ${link.text}`) && related.length < RELATED_MAX) {
        seen.add(key);
        related.push({ url: link.url, label: relatedLabel(link), index: null });
      }
    }
  }
  return { partLinks: throughWayback(partLinks, pageUrl), related };
}

/**
 * Rule "the parts listed in the Series: field": a multi-part story's header lists its parts in its Series: line, the series
 * named by the story's own title ("Series: The Ninth Well: <a>part one</a> · part two"): a link there naming a part is this
 * story's part, not another story of a series (a series of one-shots is named otherwise than each of its stories).
 */
function isOwnSeriesPart(link: LinkInLine, title: string | undefined): boolean {
  const m = /^[^\p{L}]*series\s*:\s*(.+)/iu.exec(link.lead);
  return !!m && !!title && collapse(m[1]).toLowerCase().startsWith(collapse(title).toLowerCase()) && looksLikePartLinkLabel(link.text);
}

/** An arrow pointing on, right after a link's words ("Landfall »"). */
const ARROW_ON_AFTER = /^\s*[»›>→⇒]/;

/**
 * Rule "a part linked by its own title": writers who give each chapter a title of its own ("The Crossing (1/3)", "Low
 * Water (2/3)") link the chapters by those titles, on a line of links and arrows alone ("« The Crossing | Landfall »"):
 * the arrow pointing on right after a link's words makes it the next part ("Landfall »"), as the arrow before one makes
 * it the previous (chapterLinks' PART_LEAD). For a numbered part's lines only (the caller's: a one-shot's "Another story »"
 * is no part of it), and never a link to what else there is (art, a sequel: RELATED_WORDS). The label ends in the arrow.
 */
export function titledPartLinks(lines: Pick<Line, 'text' | 'links'>[], selfKey: string, pageUrl: string): PartLink[] {
  const out: PartLink[] = [];
  for (const line of lines) {
    const links = linksOfLine(line, pageUrl);
    let rest = line.text;
    for (const l of line.links) rest = rest.replace(collapse(l.text), ' ');
    if (!links.length || line.text.length > 160 || /[\p{L}\p{N}]/u.test(rest)) continue;
    for (const link of links) {
      if (link.end >= 0 && link.entry && canonicalEntryKey(link.url) !== selfKey && ARROW_ON_AFTER.test(line.text.slice(link.end)) && !RELATED_WORDS.test(link.text))
        out.push({ url: link.url, label: `${link.text} »`, index: null });
    }
  }
  return throughWayback(out, pageUrl);
}

/** The place an ordinal link names ("the second" → 2, "the last of three" → 3, "the last" → null). */
function ordinalIndex(text: string): number | null {
  const m = ORDINAL_LINK.exec(collapse(text))!;
  return /^(?:last|final)$/i.test(m[1]) ? (m[2] ? parseNumber(m[2]) : null) : parseNumber(m[1]);
}

/**
 * Whether a post's links are a chapter's navigation rather than a masterpost's list, whatever its
 * length: it points at its story's masterpost; its numbered links skip exactly one number
 * ("« Part 1 | Part 3 »": it is part 2); or a navigation line names a part without linking it
 * among linked parts of the same form ("Part 1a | <a>Part 1b</a> | <a>Part 2</a>", "I | <b>II</b> | III").
 */
function isChapterNavigation(lines: Pick<Line, 'text' | 'links'>[], partLinks: PartLink[], listed: PartLink[]): boolean {
  if (partLinks.some((l) => l.index === null && STORY_MASTERPOST.test(l.label) && !RELATED_WORDS.test(l.label))) return true;
  const numbers = [...new Set(listed.map((l) => l.index).filter((n): n is number => n !== null))].sort((a, b) => a - b);
  if (numbers.length >= 2 && numbers[numbers.length - 1] - numbers[0] === numbers.length) return true;
  return lines.some((l) => namesItselfAmongParts(l) || isBackAndOnLine(l));
}

/**
 * Rule "back and on is a chapter's way": a line of two part links, the first pointing back ("← I.", "« Part 2") and the
 * second on ("II. →", "Part 4 »"), is the navigation of the chapter between them (an interlude between I. and II. links
 * both), never a masterpost's list, which names its parts without a direction.
 */
function isBackAndOnLine(line: Pick<Line, 'text' | 'links'>): boolean {
  return line.links.length === 2 && line.text.length <= 120 && /^[\s(]*(?:[«‹<←]|back\b|prev)/i.test(line.text) && /(?:[»›>→]|\bnext|\bon)[\s)]*$/i.test(line.text);
}

/** The form of a part name: its word ("part", "chapter") or "#" for a bare numeral; null when it names none. */
function partNameForm(text: string): string | null {
  const t = collapse(text).replace(/^[«‹<←\s]+|[»›>→\s.:]+$/g, '');
  if (!t || t.split(' ').length > 2 || partIndexOfLabel(t) === null) return null;
  const word = /^(part|pt\.?|chapter|chap\.?|ch\.?)\b/i.exec(t);
  return word ? word[1].toLowerCase().replace(/\.$/, '') : '#';
}

function namesItselfAmongParts(line: Pick<Line, 'text' | 'links'>): boolean {
  if (line.text.length > 160 || !line.links.length) return false;
  const linked = new Set(line.links.map((l) => partNameForm(l.text)).filter((f): f is string => f !== null));
  if (!linked.size) return false;
  let rest = line.text;
  for (const l of line.links) if (l.text) rest = rest.replace(collapse(l.text), '|');
  return rest.split(/[|·•/«»‹›<>←→~*,()[\]]|\s[-–—]\s/).some((piece) => {
    const form = partNameForm(piece);
    return form !== null && linked.has(form);
  });
}

/** "Every chapter", "each part", "the story's tag": words for all of a story's parts beside the masterpost's (STORY_MASTERPOST, isMasterpostLabel). */
const EVERY_PART = /\b(?:every|each)\s+(?:part|chapter)s?\b|\bstory(?:['’]s)?\s+tag\b/i;

/** Words naming the story's index (masterpost, table of contents, all parts, every chapter), not the author's list or a series'. */
function namesStoryIndex(words: string): boolean {
  return (isMasterpostLabel(words) || STORY_MASTERPOST.test(words) || EVERY_PART.test(words)) && !RELATED_WORDS.test(words);
}

/**
 * A chapter's link to its story's tag page, when that is how the author links the parts ("Every chapter: <the
 * salt road tag>", "All parts: <fic: salt road>", "Index: here" to a tag): the one link to a tag page of the
 * post's own journal on a short line, whose words before it (or its own words, when nothing comes before) name
 * the story's index as a masterpost link's would. A tag list ("Tags: fic, salt road", the entry's own tags line)
 * is no index: its label is the site's, and it names several tags. The stitcher reads the tag page's entries as
 * a masterpost's candidates (utils/stitch).
 */
export function tagIndexLink(lines: Pick<Line, 'text' | 'links'>[], postUrl: string, pageUrl: string): PartLink | null {
  const own = journalOf(postUrl);
  if (!own) return null;
  for (const line of lines) {
    if (line.text.length > 160 || isMetadataLine({ text: line.text, kind: 'text', links: line.links })) continue;
    const tags = line.links.filter((l) => {
      const url = absoluteUrl(l.href, pageUrl);
      return !!url && tagPageUrlOf(url) !== null && journalOf(url) === own;
    });
    if (tags.length !== 1) continue;
    const text = collapse(tags[0].text);
    const at = text ? line.text.indexOf(text) : -1;
    const lead = lastClause(at > 0 ? line.text.slice(0, at) : '');
    if (namesStoryIndex(lead) || (!lead && namesStoryIndex(text))) return { url: absoluteUrl(tags[0].href, pageUrl)!, label: collapse(`${lead} ${text}`), index: null };
  }
  return null;
}

/** Words for a story's other parts ("the other chapters", "the rest of it", "earlier parts", "each part"): where a line says they are. */
const OTHER_PARTS =
  /\b(?:(?:the )?(?:other|remaining|earlier|previous|later|rest of the) (?:\w+ )?(?:parts?|chapters?|install?ments?|halves|half)|the rest(?: of (?:it|the story|the fic))?|(?:every|each) (?:part|chapter))\b/i;

/**
 * Rule "the parts are in my memories": a chapter's link to its writer's memories keyword page, when that is where the
 * writer keeps the story's parts, as later writers link a tag ("both parts are in my memories, under <fenlight>", "the
 * other chapters: <my memories>", "Index: <memories>"): the one link to a memories keyword page (utils/fetch-url.ts
 * `memoriesPageUrlOf`) of the post's own journal on a short line whose words name the story's index or its parts, all
 * or the others (before the link, in it, or after it: "in my <memories>, both parts"). A line of the writer's lists
 * ("all my fic is in my memories", "recs: <memories>") is none. The stitcher reads the page's memories as a
 * masterpost's candidates (utils/stitch).
 */
export function memoriesIndexLink(lines: Pick<Line, 'text' | 'links'>[], postUrl: string, pageUrl: string): PartLink | null {
  return ownListLink(lines, postUrl, pageUrl, memoriesJournalOf);
}

/**
 * Rule "the parts are in my archive for that day": a chapter's link to its own journal's day or month archive, when the
 * writer posted every part in one day or month and points there instead of linking each ("both halves went up today: see
 * <June 12th>", "all the chapters: <my March archive>", "the rest is in <my archive for that day>"): the one link to a
 * date archive (utils/fetch-url.ts `archivePageUrlOf`) of the post's own journal on a short line whose words name the
 * story's index or its parts, as a memories line's do. A layout's "Previous day | Next day" or its calendar is none: no
 * words for parts, and a calendar is many links. The stitcher reads the archive's entries of this story (utils/stitch).
 */
export function archiveIndexLink(lines: Pick<Line, 'text' | 'links'>[], postUrl: string, pageUrl: string): PartLink | null {
  return ownListLink(lines, postUrl, pageUrl, (url) => (archivePageUrlOf(url) !== null ? journalOf(url) : null));
}

/** Whether a line's words say it leads to the story's parts: its index, or its parts all or the others (and not its art, a rec, a series). */
export function namesStoryParts(text: string): boolean {
  return !RELATED_WORDS.test(text) && (namesStoryIndex(text) || OTHER_PARTS.test(text));
}

/** The one link on a short line to a list of the post's own journal (`listJournalOf`: whose list a URL is, or null) whose words name the story's parts. */
function ownListLink(lines: Pick<Line, 'text' | 'links'>[], postUrl: string, pageUrl: string, listJournalOf: (url: string) => string | null): PartLink | null {
  const own = journalOf(postUrl);
  if (!own) return null;
  for (const line of lines) {
    if (line.text.length > 160 || isMetadataLine({ text: line.text, kind: 'text', links: line.links })) continue;
    const found = line.links.filter((l) => {
      const url = absoluteUrl(l.href, pageUrl);
      return !!url && listJournalOf(url) === own;
    });
    if (found.length === 1 && namesStoryParts(line.text)) return { url: absoluteUrl(found[0].href, pageUrl)!, label: line.text, index: null };
  }
  return null;
}

/** The journal's own "Previous post" / "Next post" link with the neighbouring entry's subject after its words. */
const NEIGHBOUR_LINK = /^[\s«‹<←]*(?:prev(?:ious)?|next)\s+(?:post|entry)\b[\s»›>→:]*(\S.*)$/i;

/**
 * Rule "parts posted back to back": writers who post a story's parts one after another in their journal send the reader on
 * with the page's own navigation ("read on: Next post, below"), and LiveJournal's journal pages since 2019 link the previous
 * and next posts directly, each with its subject. Such a neighbour is this story's part only when its subject names the
 * story (the same title) and a part ("The Quiet Orchard, part 2"); a layout's Previous / Next to any other post is not
 * followed, nor one of another journal. Only for a post that is itself a part (`part`): a one-shot's neighbours are other
 * posts. Given as navigation lines of the subject alone (chapterLinks reads them as parts: both builds, and the click's lines).
 */
export function neighbourPartLines(doc: Document, outside: Element, selfUrl: string, pageUrl: string, title: string | undefined, part: PartMarker | null): Pick<Line, 'text' | 'links'>[] {
  const own = journalOf(selfUrl);
  if (!part || !title || !own) return [];
  const out: Pick<Line, 'text' | 'links'>[] = [];
  // The page's links from the search index the post's reading built (dom.ts `tagged`; the DOM's own list in the detector's build).
  for (const a of tagged(doc, 'a')) {
    const href = a.getAttribute('href');
    const m = href !== null && !outside.contains(a) && NEIGHBOUR_LINK.exec(collapse(a.textContent ?? ''));
    const url = m && absoluteUrl(href, pageUrl);
    if (m && url && journalOf(url) === own && parsePartMarker(m[1]) && titleFromSubject(m[1]).toLowerCase() === title.toLowerCase()) out.push({ text: m[1], links: [{ href: href!, text: m[1] }] });
  }
  return out;
}

/**
 * Rule "a Wayback copy's live link is to the copy": the Wayback Machine rewrites an archived page's links through /web/, but
 * captures keep some links live (written by script, or missed), a part's among them. Read from a Wayback copy, such a link
 * to a journal entry is that entry's Wayback copy at the page's capture time (the Machine serves the nearest capture): the
 * copy's reading stays on Wayback, as the fetch policy keeps it (utils/fetch-policy.ts), and the live journal, which may be
 * gone, is not asked.
 */
function throughWayback(links: PartLink[], pageUrl: string): PartLink[] {
  const copy = unwrapWayback(pageUrl);
  if (!copy) return links;
  return links.map((l) => (unwrapWayback(l.url) || !isEntryUrl(l.url) ? l : { ...l, url: `https://web.archive.org/web/${copy.timestamp}/${l.url}` }));
}
