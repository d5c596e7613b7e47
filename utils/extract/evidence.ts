/**
 * The evidence verdict.ts's rules read that is not the header itself: what the subject calls the
 * post, polls and forms, lists of links, talk about writing, and the links a header-only post
 * gives to where its story is. Each is a fact of how journals were written, not of one page.
 */

import { canonicalEntryKey, entryAddress, journalSiteOfUrl, normalizeUsername } from '../url';
import { isJournalNavLink } from './chrome';
import { absoluteUrl, countWords, queryAll, spacedPieces, tagged } from './dom';
import { isReadersNote, labelOf } from './header';
import { ABOUT_FIC_SUBJECT, FIC_SEARCH, PROMPT_CALL, WRITING_TALK } from './lexicon';
import type { Line } from './lines';
import { hasFicPrefix, isCrosspostText, isNavWordsLine, isPartNavText, ownDirection } from './parts';

/**
 * The subject calls the post something other than a story. The story's own title (the Title
 * label's value) is left out first, and a subject that opens with a fic prefix ("Fic: The
 * Rules of the Game") names a story whatever its title says.
 */
export function subjectIsAboutFic(subject: string, titleLabel: string | undefined): boolean {
  if (!subject) return false;
  const rest = titleLabel ? subject.split(titleLabel).join(' ') : subject;
  // A call for prompts or a fic search is none even under a fic prefix ("comment fic: leave me a prompt!", "searching for a fic: …").
  return PROMPT_CALL.test(rest) || FIC_SEARCH.test(rest) || (!hasFicPrefix(subject) && ABOUT_FIC_SUBJECT.test(rest));
}

/**
 * A poll as the sites rendered one (LJ's `.ljpoll` and bare poll form, DW's `.poll-container`, a
 * crosspost's "View poll" link) or LJ's raw tag.
 */
export function hasPoll(body: Element, mine: (el: Element) => boolean = () => true): boolean {
  // Class selectors and one pass over the links (a poll's form holds its "Poll #N" link): attribute
  // substring selectors crawl every element in some DOMs. (`mine`: an entry printed unwrapped shares its cell.)
  return queryAll(body, '.poll-container, .ljpoll, .poll, lj-poll').some(mine) || tagged(body, 'a').some((a) => /\/poll\/\?id=/.test(a.getAttribute('href') ?? '') && mine(a));
}

/** "Name:", "AO3 name:", "Fandoms (offer at least 3):": a short label waiting for the reader's answer. */
const BLANK_LABEL = /^.{1,44}[:：]$/;

/**
 * An empty form to copy into a comment (exchange sign-ups, prompt templates): three or more
 * blank labels in a row. A header whose values sit on the next line alternates label and value.
 * A community's header template shows its code to copy ("<b>Title:</b>" in a `<pre>`): blank labels too.
 */
export function hasBlankForm(lines: Line[]): boolean {
  let run = 0;
  for (const l of lines) {
    // (The code's tags as words part its labels: a `<pre>`'s lines come as one.)
    if (!l.text) run = 0;
    // (A line with no tag in its words is its one piece: no split, no array, for each line of a long post.)
    for (const piece of l.text.includes('<') ? l.text.split(/\s*<\/?\w+>\s*/) : [l.text]) {
      if (piece) run = BLANK_LABEL.test(piece) ? run + 1 : 0;
      if (run >= 3) return true;
    }
  }
  return false;
}

/** A link to an entry or an off-journal page (not a profile, a tag page, journal navigation). */
function isPostLink(href: string, pageUrl: string): string | null {
  const abs = absoluteUrl(href, pageUrl);
  if (!abs || isJournalNavLink(abs)) return null;
  if (journalSiteOfUrl(abs) === 'unknown') return abs;
  const addr = entryAddress(abs);
  return addr && addr.itemId !== null ? abs : null;
}

/**
 * A word count towards a goal, as WIP meters and progress posts give it: "14,200 / 20,000",
 * "3k of 10k", "800/???". A posted story's count is its length ("1,200"; "5,000/5,000" is done);
 * "1 of 3", under a hundred, counts parts (a "Length:" label), not words.
 */
const WIP_METER = /(?<![\d,.])(\d[\d,.]*\d\d|\d+k)\s*(?:\/|(?:out )?of)\s*(?!\1\b)(?:\?|\d)/i;

/**
 * Rule "works listed by their progress": a WIP-status post sets out each work in progress under a label for how far it has
 * got ("Words so far:", "Chapters posted:", "Progress:", Vietnamese "Tiến độ:") beside its Title and Status; a story's own
 * header gives its length, not its progress. Such a line over a few lines of chatter is a post about writing, as a meter is.
 */
const PROGRESS_LINE = /^\W*(?:words so far|chapters posted|progress|tiến độ)\s*:/i;

export function isWipMeter(count: string, lines: Line[] = []): boolean {
  return WIP_METER.test(count) || lines.some((l) => PROGRESS_LINE.test(l.text));
}

/**
 * Rule "a rating that is a score": reaction and review posts (an episode's, a book's, a film's) head themselves with a fic
 * header's labels, Episode / Spoilers / Rating, Title / Author / Rating, and their Rating is the writer's verdict, a score:
 * "8/10", "four lighthouses out of five", "3.5 stars", "4/5 ★★★★☆". A story's rating is an audience's (G, PG-13, Teen, M, K-11,
 * 15+), never a score opening the value.
 */
const SCORE =
  /^\W*(?:(?:\d+(?:[.,]\d+)?|zero|one|two|three|four|five|six|seven|eight|nine|ten|half)(?:\s+and\s+a\s+half)?\s+(?:[\p{L}'’-]+\s+){0,2}out\s+of\s+(?:\d+|five|ten|a hundred)\b|\d+(?:[.,]\d+)?\s*\/\s*(?:5|10|100)(?!\d)|(?:\d+(?:[.,]\d+)?|one|two|three|four|five)(?:\s+and\s+a\s+half)?\s+stars?\b)/iu;

export function isReviewScore(rating: string): boolean {
  return SCORE.test(rating);
}

export function talksAboutWriting(text: string): boolean {
  if (!text) return false;
  const words = spacedPieces(text);
  const hits = text.match(WRITING_TALK)?.length ?? 0;
  return hits >= 4 && hits * 100 >= words * 1.5;
}

export interface StoryLinks {
  /** Off-journal pages (AO3, an archive), absolute, as written. */
  elsewhere: { url: string; label: string }[];
  /** Journal entries (another journal, a community post). */
  entries: { url: string; label: string }[];
  /** Words of the author's own prose after the header: not notes, link lines, sign-offs. */
  ownWords: number;
  /** Lines of text after the header, and of them the short ones that link to a post or a work. */
  lines: number;
  linkLines: number;
}

/** Words that make prose of the post's own (a sentence or two: the shortest ficlets are stories). */
const OWN_PROSE = 10;
/** More words than the notes to readers of a header-only post run to (a thanks, a beta, a link: a few dozen). */
const NOTES_AT_MOST = 150;

/**
 * Where a header-only post's story is: the links on its title, on link labels ("AO3:", "Link:"),
 * and on the lines after the header ("Read it on AO3", "story under the cut at my fic journal:
 * here"). Links in the header's other fields (an art post in the notes, a prompt) and in
 * crosspost notices point somewhere else.
 */
export function storyLinksOf(lines: Line[], headerEnd: number, selfUrl: string, pageUrl: string): StoryLinks {
  const out: StoryLinks = { elsewhere: [], entries: [], ownWords: 0, lines: 0, linkLines: 0 };
  let noteWords = 0;
  const selfKey = canonicalEntryKey(selfUrl);
  const seen = new Set<string>();
  // "Part 2", "Next »" to another entry: a serial's own navigation, which says where the story is only
  // when the post has no prose of its own (a short part with a link to the next one is a part).
  const navigation = new Set<string>();
  lines.forEach((line, i) => {
    const label = labelOf(line);
    if (i < headerEnd && label && label.key !== null && label.key !== 'title') return;
    if (isCrosspostText(line.text)) return;
    let linked = false;
    // A line of navigation as the detector reads it too: the parts listed by number, an edit linking the rest (parts.ts).
    const navLine = isNavWordsLine(
      line.text,
      line.links.map((k) => k.text),
    );
    for (const k of line.links) {
      const abs = k.text.trim() ? isPostLink(k.href, pageUrl) : null;
      if (!abs) continue;
      linked = true;
      const offJournal = journalSiteOfUrl(abs) === 'unknown';
      if (seen.has(abs) || (!offJournal && canonicalEntryKey(abs) === selfKey)) continue;
      seen.add(abs);
      if (!offJournal && (navLine || isPartNavText(k.text.trim()) || ownDirection(k.text))) navigation.add(abs);
      // A link back to the part before ("go back a chapter", "« Previous part") is never where this post's story is.
      if (!offJournal && (ownDirection(k.text) === 'prev' || /^[^\p{L}]*prev(?:ious)?\b/iu.test(k.text))) continue;
      (offJournal ? out.elsewhere : out.entries).push({ url: abs, label: k.text.trim() });
    }
    if (i < headerEnd || !line.text) return;
    out.lines++;
    if (linked && line.text.length < 200) out.linkLines++;
    else if (!line.links.length && !isPartNavText(line.text)) {
      const words = countWords(line.text);
      // A line that opens with a quotation mark is the story's dialogue ("“It’s sorry,” said the boy"), no note to readers.
      if (isReadersNote(line.text, words) && !/^["“‘'«]/.test(line.text)) noteWords += words;
      else out.ownWords += words;
    }
  });
  // Notes to the readers run to a few lines. Many lines that merely say "sorry" or "everyone" are
  // the story's own dialogue: a story with a "Part 2 »" link is not a header-only post for them.
  if (noteWords >= NOTES_AT_MOST) out.ownWords += noteWords;
  if (out.ownWords >= OWN_PROSE) out.entries = out.entries.filter((e) => !navigation.has(e.url));
  return out;
}

/**
 * A line saying the post's story is in its comments ("The fic is in the comments below!", "posted in comments because of
 * the length limit", "фик в комментариях"): writers put a story over the site's length limit, or one the editor mangled,
 * in their own comments under the header. Feedback asked for in the comments is another line ("concrit welcome in the comments").
 */
export function saysStoryInComments(text: string): boolean {
  return (
    text.length < 200 &&
    (/\bin (?:the )?comments\b/i.test(text) || /в коммент/i.test(text)) &&
    /\b(?:fic|fanfic|story|drabble|ficlet|chapter|part|text|posted|is|are)\b|фик|текст/i.test(text) &&
    !/\b(?:feedback|crit|concrit|let me know|thoughts|welcome|love|leave|drop|prompts?|requests?)\b/i.test(text)
  );
}

/**
 * The terms of an offer of writing, as fandom charity auctions (help_haiti, fandom_aid) and commission posts set them out:
 * "Offering:", "Will not write:", "Samples:" (links to the writer's stories), "Minimum bid:". Two such lines, or one and
 * bids or commissions named: the post offers a story to be written, with a header of what the buyer may ask for. A beta
 * offer sets out its terms the same way ("Strengths:", "Turnaround:", "Won't beta:"): a reading offered, no story. So does
 * a plot bunny up for adoption: the story someone else may write, its "Suggested title:", "Must have:", "Must not have:"
 * ("Título sugerido:", "Tem que ter:", "Não pode ter:"), or one such line and "adopt me".
 */
const OFFER_LINE =
  /^\W*(?:must(?: not)? (?:have|include)|suggested title|título sugerido|tem que ter|não pode ter|offering|will(?: not|n['’]t)? (?:write|beta)|won['’]t (?:write|beta)|(?:writing )?samples?|(?:minimum|starting|opening) bid|bids? (?:start|open|close)\w*|turn-?around(?: time)?|strengths?|weakness(?:es)?)\s*:/i;

export function isWritingOffer(lines: Line[], subject: string): boolean {
  const n = lines.filter((l) => OFFER_LINE.test(l.text)).length;
  return n >= 2 || (n === 1 && /\b(?:auction|bids?|bidding|commissions?|adopt\w*)\b/i.test(`${subject} ${lines.map((l) => l.text).join(' ')}`));
}

/** Words that name a passage as a version of the writer's own text ("the first draft", "a cut scene", "the rewrite"). */
const DRAFT_WORD = /\b(?:drafts?|versions?|rewrit\w*|revis\w*|cut|deleted|outtakes?)\b/i;

/**
 * A post about writing one's own story that quotes it (a "how I wrote X" or process post: draft openings, cut scenes, in
 * blockquotes, under or over the story's Title / Words): two quoted passages or more, and the writer's own words around
 * them (forty at least) talk about writing, or name each passage as a draft as they bring it in ("The first draft opened
 * like this:", "The second draft got closer:") above the story's Title / Words, which a story's header opens: a short
 * process post says "draft" twice, not often enough to be talk by its count. A story that quotes letters or songs between
 * its paragraphs (its drafts of a letter too) does so under its header, and talks about its people, not about drafts.
 * The Title / Words block may come after the talk and the drafts it quotes, a few lines down, where the header's search
 * still takes what is above it for its opening notes: only the header's labels on are its own, what is above them is the post's.
 */
export function quotesOwnDrafts(lines: Line[], header: { start: number; end: number }): boolean {
  let passages = 0;
  let named = 0;
  let quoted = false;
  let before = '';
  const own: string[] = [];
  let first = header.start;
  while (first < header.end && !labelOf(lines[first])) first++;
  for (const [i, l] of lines.entries()) {
    if (!l.text || (i >= first && i < header.end)) continue;
    const q = l.blocks.some((b) => b.tagName === 'BLOCKQUOTE');
    if (q && !quoted) {
      passages++;
      if (i < first && DRAFT_WORD.test(before)) named++;
    }
    if (!q) own.push((before = l.text));
    quoted = q;
  }
  const text = own.join(' ');
  return passages >= 2 && text.split(/\s+/).length >= 40 && (named >= 2 || talksAboutWriting(text));
}

/** Mostly a list of links to posts or works, three or more: a masterlist, a recs list, a reveal. */
export function isLinkList(links: StoryLinks): boolean {
  return links.linkLines >= 3 && links.linkLines * 2 >= links.lines;
}

/**
 * A request to use another writer's story: "may I translate it", "would you mind if I recorded it", "could I have your
 * permission to…", "I'm asking permission to…", "permission to translate?". A question put to the writer, not a thanks for
 * a permission given ("translated with permission", "thank you for letting me"): the asking words, or "permission to …?"
 * ending in a question mark in one sentence.
 */
const ASKS_TO_USE =
  /\b(?:(?:may|can|could|might) I(?: please)?(?: (?:have|get|ask for) (?:your |the author'?s? )?permission to)? (?:translate|record|podfic|remix|repost|archive|illustrate|adapt|dub)\b|(?:would|do) you mind if I\b|would (?:it be |you be )?(?:ok(?:ay)?|alright|all right|fine) (?:if I|for me to|with me)\b|(?:am |I'm |I’m )?(?:asking|requesting|seeking) (?:for )?(?:your |the author'?s? |the writer'?s? )?permission\b|\bpermission to (?:translate|record|podfic|remix|repost|archive)[^.!?]*\?)/i;

/** A header's author as words to compare with a username: "[info]oxbow_lake", "by Oxbow-Lake" → "oxbow_lake". */
function authorName(value: string): string {
  return normalizeUsername(value.replace(/^\s*(?:\[info\]|by\s+)/i, '').replace(/[^\p{L}\p{N}_\s-]+/gu, ' ')).replace(/\s+/g, ' ');
}

/**
 * Rule "a header quoted to ask for the story": a fan who wants to translate, record or remix someone's story and cannot
 * reach them by mail asks in an open post, quoting the story's header (Title / Author / Fandom / Words / Summary) so the
 * writer and their friends know which one, and asks the question around it ("may I translate this into Catalan?"). The
 * header's Author is someone other than the poster, and the poster's own words ask to use the work: the story is elsewhere
 * and not the poster's. A story posted for a friend names the friend as Author and asks nothing; a translation posted with
 * its story thanks for a permission given and has the story under it (the rule reads only a post with a few lines of its own).
 */
export function quotesOthersHeaderToAsk(lines: Line[], subject: string, author: string | undefined, poster: string | null | undefined): boolean {
  if (!author || !poster) return false;
  const named = authorName(author);
  const me = normalizeUsername(poster);
  if (!named || named.split(' ').includes(me) || /^(?:me|myself|i)$/i.test(named)) return false;
  return ASKS_TO_USE.test(subject) || lines.some((l) => !labelOf(l) && ASKS_TO_USE.test(l.text));
}

/** An application's own labels, which no story's header has: the player's, the character's canon point, the writing sample. */
const APPLICATION_OWN =
  /^(?:player(?:'s|’s)?(?: name| age| contact| journal| info)?|ooc(?: name| age| info)?|canon point|(?:writing|rp|third[- ]person|first[- ]person|journal|log|thread|network|prose|para) sample|sample(?: entry| post| thread)?)$/i;
/** The character sheet's labels an application asks for besides (a dossier in a story has some of these, never the first set). */
const APPLICATION_SHEET =
  /^(?:name|age|contact|aim|plurk|discord|email|character(?: name)?|fandom|canon|series|personality|abilities|powers|skills|strengths|weaknesses|appearance|history|background|why (?:this|do you)\b.*|anything else\??)$/i;
/** "Label:" opening a line, its words before the colon (or full-width colon). */
const LINE_LABEL = /^[^\p{L}\p{N}]{0,4}([\p{L}][\p{L}\p{N} '’/?-]{0,40}?)\s*[:：]/u;

/**
 * Rule "an application's labels are a form": a role-play community's application (the player's Name / Age / Contact, the
 * character's Fandom / Canon / Canon point / Personality / Abilities, and a Writing sample in the character's voice) is
 * filled in under the community's form, and its sample is prose under a Fandom and a Character: a fic header's labels
 * and a story's length. The application's own labels (the player, the canon point, the sample) say what it is: four of
 * the form's labels or more, one of them its own. (A story told as a dossier has a Name / Age / Abilities, never a player
 * or a writing sample.)
 */
export function isApplicationForm(lines: Line[]): boolean {
  const labels = new Set<string>();
  let own = false;
  for (const l of lines) {
    // (A label ends at its colon: the lines of prose without one are done with before the search.)
    const m = l.text.includes(':') || l.text.includes('：') ? LINE_LABEL.exec(l.text) : null;
    if (!m) continue;
    const label = m[1].trim().toLowerCase().replace(/\s+/g, ' ');
    if (APPLICATION_OWN.test(label)) own = true;
    else if (!APPLICATION_SHEET.test(label)) continue;
    labels.add(label);
  }
  return own && labels.size >= 4;
}
