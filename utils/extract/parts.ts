/**
 * Part markers ("Part 2/2", "(3/5)", "2 of 5", "Chapter 3", "Part II", "1/?"), titles cleaned of
 * them, and the links and lines that navigate between parts.
 */
import { BLOCK_TAGS, collapse, tagged } from './dom';
import type { PartMarker } from './types';

/** A link that is an arrow and nothing else. */
export const ARROW_ONLY = /^[\s«‹<←⇐⇦⟵⬅»›>→⇒⇨⟶➔➡]+$/;

export const WORD_NUMBERS = [
  'zero',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
];
/** Word ordinals, as in "Part the Second": first to nineteenth (four → fourth, five → fifth, eight → eighth, nine → ninth). */
export const ORDINALS = ['first', 'second', 'third', ...WORD_NUMBERS.slice(4).map((w) => `${w.replace(/ve$/, 'f').replace(/[te]$/, '')}th`)].slice(0, 19);
const NUM = `(\\d{1,3}|[ivxlc]{1,7}|${WORD_NUMBERS.slice(1).join('|')})`;
/**
 * Rule "a part in the writer's language": fandoms writing in German, French, Italian and Spanish number their parts and
 * link them in their own words ("Teil 2", "Kapitel 3 »", "Partie 2/3", "« Capitolo 1", "Parte 2 de 3"); so do Finnish ("osa 1/3",
 * "Luku 2"), Czech and Slovak ("Kapitola 3", "Díl 2/4", "Diel 1"), Hungarian ("Fejezet 2") and Polish ("Rozdział 4", "Część 1")
 * fandoms, Romanian ("Capitolul 1 din 2"), Ukrainian and Russian ("Частина 1/2", "Глава 2 из 3"), Vietnamese ("Chương 1/3") and
 * Hebrew ("פרק 1 מתוך 2", "הפרק הבא": the article or "to" joined to the word). (The
 * longer words first: "Partie 2" is not "Part" and a numeral "i". No \\b before it: a Cyrillic word has none, so the word
 * carries its own start, no letter before it.)
 */
export const PART_WORD =
  '(?<![\\wЀ-ӿא-ת])(?:partie|parte|part|pt\\.?|chapter|chap\\.?|ch\\.?|episode|book|teil|kapitel|capitolul|capitolo|chapitre|cap[ií]tulo|osa|luku|kapitola|d[ií]l|diel|fejezet|rozdzia[lł]|cz[eę]ś[cć]|peat[üu]kk|частина|глава|chương|[הל]?פרק)';
/** A part's total after its number: "of", "out of"; "din" (Romanian), "из" (Russian), "з" (Ukrainian), "מתוך" (Hebrew). */
const OF = '(?:/|of|out of|din|из|з|מתוך)';
/**
 * The part words written after their number as an ordinal, "2. rész", "1. fejezet", "3. kapitola", "2. díl", "1. luku", "3. peatükk"
 * (Hungarian, Czech, Slovak, Finnish, Estonian): the numeral, its period, the word (parts.ts "the number before the part word").
 */
export const NUMBERED_WORD = '(\\d{1,3})\\.\\s*(?:rész|fejezet|kapitola|d[ií]l|diel|osa|luku|peat[üu]kk)(?!\\p{L})';

/** "12" → 12, "xii" → 12, "Two" → 2; null when it is not a number. */
export function parseNumber(s: string): number | null {
  const t = s.trim().toLowerCase();
  // "2nd", "3rd": a numeric ordinal is its number.
  if (/^\d+(?:st|nd|rd|th)?$/.test(t)) return Number.parseInt(t);
  const w = WORD_NUMBERS.indexOf(t);
  if (w > 0) return w;
  const o = ORDINALS.indexOf(t);
  if (o >= 0) return o + 1;
  if (/^[ivxlc]+$/.test(t)) {
    const val: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
    let n = 0;
    for (let i = 0; i < t.length; i++) {
      const a = val[t[i]];
      const b = val[t[i + 1]] ?? 0;
      n += a < b ? -a : a;
    }
    return n > 0 && n < 400 ? n : null;
  }
  return null;
}

interface MarkerMatch {
  marker: PartMarker;
  start: number;
  end: number;
}

/*
 * The part-marker grammar. INDEX is a number in digits, roman numerals or words, and a half-part
 * carries a letter ("1a/3" is part 1 of 3); TOTAL is a number or "?" (unknown, also "??"):
 *   PART_WORD INDEX (/|of|out of) TOTAL          Part 2/5, Chapter 3 of 10, Part IV/VI, pt. 1/?, Part One of Three
 *   ( [PART_WORD] INDEX (/|of) TOTAL )           (3/5), [1/?], (Part One of Three), (II/IV)
 *   INDEX (/|of) TOTAL, in digits                3/4 at the end of a subject, 2 of 5, 1a/3 (never a date: 2/3/2009)
 *   PART_WORD INDEX                              Part 3, Chapter Two, Ch. 3, pt 2, Part II
 * A marker with a total is read before one without, wherever each is.
 */
const INDEX = `(\\d{1,3}(?![\\d])[a-e]?|${NUM.slice(1, -1)})`;
const TOTAL = `(${NUM.slice(1, -1)}|\\?+)`;
const MARKER_PATTERNS: { re: RegExp; hasTotal: boolean; roman?: true }[] = [
  // Rule "a combined post is its first part": two parts posted under one header ("Parts 1-2 of 4", "Chapters 3 & 4/10",
  // "(1-2/4)") begin with the first; the part after the range's end is the next post's.
  { re: new RegExp(`${PART_WORD}s?\\s*[:#.]?\\s*${INDEX}\\s*(?:[-–—&+]|and|to)\\s*(?:${NUM.slice(1, -1)})(?:\\s*(?:/|of|out of)\\s*${TOTAL})?(?![\\d/])`, 'i'), hasTotal: true },
  { re: new RegExp(`[([{]\\s*${INDEX}\\s*[-–]\\s*\\d{1,3}\\s*/\\s*${TOTAL}\\s*[)\\]}]`, 'i'), hasTotal: true },
  { re: new RegExp(`${PART_WORD}\\s*[:#.]?\\s*${INDEX}\\s*${OF}\\s*${TOTAL}(?![\\d/])`, 'i'), hasTotal: true },
  // Rule "the total in its own brackets": 2000s subjects and part lines write "Part 2 (of 3)", "Chapter 4 [of 10]".
  { re: new RegExp(`${PART_WORD}\\s*[:#.]?\\s*${INDEX}\\s*[([]\\s*(?:of|out of)\\s*${TOTAL}\\s*[)\\]]`, 'i'), hasTotal: true },
  { re: new RegExp(`[([{]\\s*(?:${PART_WORD}\\s*)?${INDEX}\\s*(?:/|of)\\s*${TOTAL}\\s*[)\\]}]`, 'i'), hasTotal: true },
  // Rule "a total spelled in words": writers who spell the part spell its total ("Part the Second (of Three)", "Chapter the
  // Fourth [of Six]", "the second part of three", "third chapter of five"): a word ordinal with its total bracketed after it,
  // or before the part word and its total.
  { re: new RegExp(`${PART_WORD}\\s+(?:the\\s+)?(${ORDINALS.join('|')})\\s*[([]\\s*(?:of|out of)\\s*${TOTAL}\\s*[)\\]]`, 'i'), hasTotal: true },
  { re: new RegExp(`\\b(?:the\\s+)?(${ORDINALS.join('|')}|\\d{1,3}(?:st|nd|rd|th)|last|final)\\s+${PART_WORD}\\s+(?:of|out of)\\s+${TOTAL}(?![\\w/])`, 'i'), hasTotal: true },
  { re: /(?<![\d/.:])(\d{1,3}[a-e]?)\s*(?:\/|\bof\b)\s*(\d{1,3}|\?+)(?![\d/])/i, hasTotal: true },
  // Roman numerals with "of", unbracketed ("The Pilot's Daughter — II of III"): capitals only, so never a word.
  { re: /(?<![\w/])([IVXLC]{1,7})\s+of\s+([IVXLC]{1,7})(?![\w/])/, hasTotal: true, roman: true },
  // An ordinal of a total, ending its phrase: writers number parts as "— first of three", "the second of
  // two", "last of four", "2nd of 3" with no part word ("the first of three wishes" goes on, so it is none).
  { re: new RegExp(`\\b(?:${PART_WORD}\\s+)?(?:the\\s+)?(${ORDINALS.join('|')}|\\d{1,3}(?:st|nd|rd|th)|last|final)\\s+of\\s+${TOTAL}(?=\\s*(?:$|[)\\]}.,;:!|–—-]))`, 'i'), hasTotal: true },
  { re: new RegExp(`${PART_WORD}\\s*[:#.]?\\s*${INDEX}\\b`, 'i'), hasTotal: false },
  // Rule "the number before the part word": Hungarian, Czech, Slovak and Finnish writers number a part as an ordinal,
  // the numeral and its period first ("2. rész", "1. fejezet", "3. kapitola", "2. díl", "1. luku").
  { re: new RegExp(`(?<![\\d.])${NUMBERED_WORD}`, 'iu'), hasTotal: false },
  // Ordinal words: "Part the Second", "Chapter the Fifth", "Part First".
  { re: new RegExp(`${PART_WORD}\\s+(?:the\\s+)?(${ORDINALS.join('|')})\\b`, 'i'), hasTotal: false },
  // Rule "a roman numeral alone numbers a chapter": writers number chapters "The Weir Keeper: II." or "— IV", no part word,
  // the numeral ending the subject after a separator (or alone). Capitals only, and small (I to XXXIX): never a word.
  { re: /(?:^|[:|\-–—]\s*)([IVX]{1,6})\.?\s*$/, hasTotal: false, roman: true },
];

/** An end mark right after a marker with no total ("Part the Third (end)", "ch 7 [fin]"): the last part, its total is its index. */
const END_MARK = /^\s*[-–—:,]?\s*[([]\s*(?:the\s+)?(?:end|fin|final|complete[d]?)\s*[!.]*\s*[)\]]/i;

function findMarker(text: string): MarkerMatch | null {
  for (const p of MARKER_PATTERNS) {
    const m = p.re.exec(text);
    if (!m) continue;
    // "last of three": the last part's index is the total.
    const index = /^(?:last|final)$/i.test(m[1]) ? parseNumber(m[2]) : parseNumber(m[1].replace(/^(\d+)[a-e]$/i, '$1'));
    if (index === null || index < 1 || (p.roman && !ROMAN.test(m[1]))) continue;
    let total: number | null = null;
    if (p.hasTotal) {
      if (p.roman && !ROMAN.test(m[2])) continue;
      total = m[2] === undefined || m[2].startsWith('?') ? null : parseNumber(m[2]);
      if (total !== null && (total < index || total > 500)) continue;
    } else if (END_MARK.test(text.slice(m.index + m[0].length))) total = index;
    return { marker: { index, total }, start: m.index, end: m.index + m[0].length };
  }
  return null;
}

/**
 * More letters and digits than any marker holds (a long one, "the seventeenth chapter out of twenty", has 31; none reaches
 * fifty): a line of prose. Anchored, so it reads a long paragraph's first hundred letters once and stops.
 */
const MORE_THAN_A_MARKER = /^(?:[^\p{L}\p{N}]*[\p{L}\p{N}]){100}/u;

/** A line that is a part marker and nothing else ("Part 2", "~ Chapter Two ~", "II."): the part's heading; its marker, or null. */
export function partHeadingOf(text: string): PartMarker | null {
  // (A paragraph after the header is no heading: not tried against every marker pattern, each reading it whole.)
  if (MORE_THAN_A_MARKER.test(text)) return null;
  const m = findMarker(text);
  return m && !/[\p{L}\p{N}]/u.test(text.slice(0, m.start) + text.slice(m.end)) ? m.marker : null;
}

/**
 * The story's title from one part's Title value: a part marker ending it that is that part's own number ("Mile Marker 40
 * (1/3)" on part 1, "Tidewater, Part 2/2" on part 2) taken off with the separator before it; the field keeps the value as
 * written (the schema), the reader and the library show the story's. Any other title stays whole ("Seven (of Nine)",
 * "1/2 Prince", a marker that is some other part's).
 */
export function storyTitleOf(title: string, part: PartMarker | null): string {
  const m = part ? findMarker(title) : null;
  if (!m || m.marker.index !== part!.index || /[\p{L}\p{N}]/u.test(title.slice(m.end))) return title;
  return (
    title
      .slice(0, m.start)
      .replace(/[\s,:;|~([{\-–—]+$/u, '')
      .trim() || title
  );
}

/** The part marker in a subject or a header line, or null. */
export function parsePartMarker(text: string): PartMarker | null {
  return findMarker(text)?.marker ?? null;
}

const FIC_PREFIX =
  /^\s*(?:[[(]\s*(?:(?:new |gift ?)?fic|fanfic(?:tion)?|ficlets?|(?:double |triple )?drabbles?|story|one[- ]?shot|fill|fic post|ficathon)\s*[\])]\s*[:\-–—]?\s*|(?:[\w .&'’!-]{0,40}?\b)?(?:fic|fanfic(?:tion)?|ficlet|drabble|story|one[- ]?shot|fill|ficci|novelli|pov[ií]dka|poviedka|opowiadanie|דרבל)\s*[:\-–—|]\s+|【[^】]{0,12}(?:小説|ss)[^】]{0,12}】\s*)/i;

/** The subject opens with a fic prefix ("Fic:", "[drabble]", "Leverage fic:"): it names a story. */
export function hasFicPrefix(subject: string): boolean {
  return FIC_PREFIX.test(subject);
}

/**
 * A title made from a subject line: 'FIC:'/'[fic]'/'Leverage fic:' prefixes, part markers and
 * trailing bracketed metadata ("(Kirk/Spock, G)", "[week 9]") removed.
 */
export function titleFromSubject(subject: string): string {
  let t = subject.replace(/\s+/g, ' ').trim();
  for (let i = 0; i < 2; i++) t = t.replace(FIC_PREFIX, '');
  // Trailing bracketed metadata, repeatedly: "Title (Pairing, Rating) [challenge]".
  let prev = '';
  while (prev !== t) {
    prev = t;
    t = t.replace(/\s*[([{][^()[\]{}]*[)\]}]\s*$/, (m) => (t.trim() === m.trim() ? m : ''));
    const mk = findMarker(t);
    if (mk) {
      const before = t.slice(0, mk.start);
      const after = t.slice(mk.end);
      // Remove the marker (and a dangling "Part" word or separator around it; a lone full stop before it, "Тиха вода. Частина 1/2").
      t = `${before.replace(/(?<!\.)\.\s+$/, '')}${after}`;
    }
    // Rule "a part continued by its subject" (SUBJECT_CONTINUED): "Title, continued", "Title — concluded" is the title.
    t = t.replace(SUBJECT_CONTINUED, '');
    t = t
      .replace(/[\s,:;|\-–—~]+$/, '')
      .replace(/^[\s,:;|\-–—~]+/, '')
      .trim();
  }
  return t || subject.trim();
}

/**
 * Rule "a part continued by its subject": writers who post a story over several entries without numbering them give the later
 * ones the story's title and a word for going on ("Salt Orchard, continued", "The Bellfounder's Daughter, concluded",
 * "Title — cont'd", "Title (continued)"): after a comma or a dash, or in brackets, the last words of the subject.
 */
export const SUBJECT_CONTINUED = /\s*(?:[,\-–—:]|\()\s*(?:continued|cont(?:['’]d|\.)|concluded|the conclusion|conclusion)\s*\)?\s*$/i;

/**
 * Rule "continued in the next entry": a story too long for one entry, posted over several with no numbers, says so in a line
 * of its own, unlinked, and the reader goes on by the journal's own Next / Previous Entry ("Continued in the next entry.",
 * "(continued from previous entry)", "Story continues in the next post."): the line's direction, 'next' or 'prev', or null.
 * The stitcher follows the site's navigation that way (utils/stitch), and only then.
 */
export function continuesInEntry(text: string): 'next' | 'prev' | null {
  if (text.length > 100) return null;
  const m = CONTINUES_IN_ENTRY.exec(text);
  return m ? (/^from$/i.test(m[1]) ? 'prev' : 'next') : null;
}
const CONTINUES_IN_ENTRY =
  /^[\s([*~_-]*(?:(?:to be )?continued|cont(?:['’]d|\.)|(?:the )?(?:story|fic) continues|continues)\s+(in|on|from)\s+(?:the\s+|my\s+)?(?:next|following|previous|prior|last|preceding)\s+(?:journal\s+)?(?:entry|post)\b/i;

/** The letter of a part posted in pieces: "1a", "1b" (read as part 1). */
const SUB_PART = '(?:[a-e](?![a-z]))?';
/** A roman numeral as written (a word such as "Civil" or "Mix" is none). */
const ROMAN = /^(?=[ivxlc])c{0,3}(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})$/i;

/**
 * Labels on links between parts: "Part 2", "« Previous", "Masterpost", "Next chapter »". (Marked
 * pure: only the reader reads part links, and the detector's build then leaves it out.)
 */
const PART_LINK_LABEL = /* @__PURE__ */ new RegExp(
  `^(?:[«‹<←\\s]*)(?:${PART_WORD}\\s*${NUM}${SUB_PART}|${NUM}${SUB_PART}|prev(?:ious)?(?: part| chapter)?|next(?: part| chapter)?|back|forward|continued(?: in)?|continue(?:d)? (?:reading|to)|master ?post|master ?list|index|table of contents|toc|all parts|start(?: at the beginning)?|the beginning|the end|end)(?:\\.?[\\s»›>→]*)$|${PART_WORD}\\s*${NUM}${SUB_PART}\\b|^[«‹<←\\s]*${NUMBERED_WORD}`,
  'iu',
);

/** A link label's part number: "Part 3", "Chapter Two", "3". (Built once: a label is read for every link of a post.) */
const LABEL_PART_NUMBER = /* @__PURE__ */ new RegExp(`(?:^|${PART_WORD}\\s*)${NUM}${SUB_PART}\\b`, 'i');

/** The part number a link names ("Part 3" → 3, "Chapter Two" → 2, "3" → 3), else null. */
export function partIndexOfLabel(label: string): number | null {
  const m = LABEL_PART_NUMBER.exec(label.replace(/^[«‹<←\s]+/, ''));
  if (!m || (/^[a-z]+$/i.test(m[1]) && parseNumber(m[1]) !== null && !WORD_NUMBERS.includes(m[1].toLowerCase()) && !ROMAN.test(m[1]))) return null;
  const n = parseNumber(m[1]);
  return n !== null && n > 0 && n <= 500 ? n : null;
}

export function looksLikePartLinkLabel(label: string): boolean {
  const t = label.replace(/\s+/g, ' ').trim();
  return t.length > 0 && t.length <= 60 && PART_LINK_LABEL.test(t);
}

export function isMasterpostLabel(label: string): boolean {
  return /master ?(post|list)|table of contents|index|\btoc\b|\bcontents\b|chapter list/i.test(label) || ALL_PARTS.test(label);
}

/**
 * Rule "a chapter points at all its parts in its own words": "⌂ all three chapters are <a>at the hive</a>", "both parts
 * are <a>here</a>", "every chapter lives <a>in one place</a>": words naming all of the story's parts (a number or "both"
 * between) say the link leads to its index, wherever the writer keeps it (a masterpost, another journal).
 */
export const ALL_PARTS = /\b(?:all (?:the )?(?:\w+ )?(?:parts|chapters)|both (?:parts|halves|chapters))\b/i;

/** A short line with a link, opening with words for all the story's parts: a pointer to its index, no prose (ALL_PARTS). */
export function isAllPartsLine(text: string, links: number): boolean {
  return links > 0 && text.length <= 120 && /^[^\p{L}\p{N}]*(?:all|both|every)\b/iu.test(text) && (ALL_PARTS.test(text) || /^[^\p{L}\p{N}]*every (?:part|chapter)\b/iu.test(text));
}

/** "Masterpost: here", "Index: link", "TOC | Next »", "Story masterpost »": a line that points at the masterpost. */
const MASTERPOST_LINE =
  /^[\s«‹<←[(]*(?:(?:the\s+)?story\s+|fic\s+)?(?:master ?post|master ?list|table of contents|toc|index|contents|all (?:the )?(?:parts|chapters)|chapter (?:list|index))\s*(?:and notes\s*)?(?:[:\-–—|»›>→)\]]|$)/i;

/**
 * A line opening with a part's number: "Part 2", "~ Chapter Three ~", "Part 1/2 (…)". (Built once, not for each line
 * read: with the number words in it, building it cost more than all the rest of the line's reading.)
 */
const PART_NUMBER_LINE = new RegExp(`^[\\s(\\[«‹<←~*=]*(?:${PART_WORD})\\s*${NUM}(?:\\s*(?:/|of)\\s*(?:${NUM.slice(1, -1)}|\\?))?\\b`, 'i');

/** A short line that only says where the other parts are ("Part 1/2 (Part 2 is here)"). */
export function isPartNavText(text: string): boolean {
  const t = text.trim();
  if (t.length > 140) return false;
  // (Ornament round a heading counts for nothing: "~ Part 2 ~", "* Chapter Three *".)
  if (PART_NUMBER_LINE.test(t)) {
    // "Part 2 is here", "Part 1/2 (Part 2 is here)", "Chapter 3 »" — not "Part of me knew…".
    return t.split(/\s+/).length <= 14;
  }
  return (
    /^[\s«‹<←]*(?:prev(?:ious)?|next|back to|go to|return to|continued in|continue to|read)\b.{0,40}(?:part|chapter|master ?post|master ?list|index)/i.test(t) ||
    /^[\s«‹<←]*(?:master ?post|master ?list)\b/i.test(t) ||
    // Rule "continued in the next post" (part-links.ts): the whole line is the story's continuation link. Rule "a split part
    // says where it goes on": a part too long for one entry ends "(continued in part 1b)" and its second half opens
    // "(continued from part 1a)", "(cont. from <a>part one</a>)", "continued from <a>here</a>", linked or not (a fill goes
    // on in its next comment the same way): where the rest of the story is, not its prose.
    /^[\s([]*(?:continued|cont(?:['’]d|\.)?)\s+(?:from|in|on)\b/i.test(t) ||
    // Rule "read on with the journal's Next post": parts posted back to back tell the reader to go on by the page's own link
    // ("read on: Next post, below", "to be continued in the next entry ↓"): an instruction, not prose.
    (t.length <= 80 && /^[\s([]*(?:read on|keep reading|(?:to be )?continued|on to|onward)\b[\s:,\-–—]*(?:with |in |at |via )?(?:the )?(?:next|following) (?:post|entry)\b/i.test(t)) ||
    continuesInEntry(t) !== null ||
    (t.length <= 80 && MASTERPOST_LINE.test(t))
  );
}

/**
 * Rule "a part named by the place it is in": a story posted to a community or two and the writer's journal links each part by
 * where it is, the link's words the community's name or "my journal" ("Begun in <a>saltmarsh_fic</a>; concluded in <a>my
 * journal</a>.", "The story started at <a>my journal</a>.", "The second half continues in <a>the comm</a>"): words saying the
 * story (or a part of it) begins, goes on or ends, then "in" / "at" / "on", right before the link. (The words before a link.)
 */
export const PLACE_CUE = /\b(?:begun|began|begins|started|starts|continued|continues|concluded|concludes|finished|finishes|ends|ended)\s+(?:over\s+)?(?:in|at|on)\s*$/i;

/**
 * A short line made of such links alone: before each link a short clause ending in a place cue (PLACE_CUE), after the last
 * nothing but punctuation. Where the story's other parts are, not its prose.
 */
export function isPlaceLinksText(text: string, linkTexts: string[]): boolean {
  if (!linkTexts.length || text.length > 200) return false;
  let rest = text;
  const clauses: string[] = [];
  for (const l of linkTexts) {
    const words = collapse(l);
    const at = words ? rest.indexOf(words) : -1;
    if (at < 0) return false;
    clauses.push(rest.slice(0, at));
    rest = rest.slice(at + words.length);
  }
  return /^[\s.,;:!)\]]*$/.test(rest) && clauses.every((c) => c.length <= 50 && PLACE_CUE.test(c));
}

/** An edit's mark, opening a line the author added after posting ("EDIT:", "ETA 14/3:", "Edited to add:", "Update:"). */
export const EDIT_MARK = /^\W*(?:edit(?:ed)?|eta|update[d]?)\b/i;

/**
 * A line that navigates by its own words, asked in one place: an edit's line (EDIT_MARK: "EDIT: <a>the rest</a>"), or the
 * parts listed by number (`isPartNumbersText`). Its links are the story's navigation, whatever else the line says.
 */
export function isNavWordsLine(text: string, linkTexts: string[]): boolean {
  return EDIT_MARK.test(text) || isPartNumbersText(text, linkTexts);
}

/** An edit after the story that links somewhere ("EDIT: the second half is here!", "ETA: podfic by X!"): the author's, later; not prose. */
export function isEditLinkLine(text: string, links: number): boolean {
  return links > 0 && text.length < 200 && EDIT_MARK.test(text);
}

/** Crosspost footers and similar notices the sites or tools add to a post. */
export function isCrosspostText(text: string): boolean {
  const t = text.trim();
  // (Every notice below names posting, mirroring or comments: most lines of prose are done with after one quick search.)
  if (t.length > 400 || !/post|mirror|comment/i.test(t)) return false;
  return /(originally|also|first) posted (at|on|to)|mirrored from|cross-?posted (from|to|at|on)|x-?posted (from|to)|comment count unavailable|you can comment (here|there)|please comment (there|here)|comments? (here|there) using openid|comment (on|at) (dw|dreamwidth|lj|livejournal)|^posted via |^\(?\s*\d+ comments?\s*\|\s*comment on/i.test(
    t,
  );
}

/** The nearest block around a link (its line). */
export function blockOf(a: Element, stop: Element): Element {
  let block: Element = a;
  while (block.parentElement && block !== stop && !BLOCK_TAGS.has(block.tagName.toUpperCase())) block = block.parentElement;
  return block;
}

/**
 * Rule "parts named by ordinals": writers who number their parts in words in the subject ("— second of three") link a
 * chapter's neighbours the same way, after a word of direction: "Back: <a>the first</a> · Onward: <a>the last</a>",
 * "next: <a>the third part</a>", "Previous: <a>the second of four</a>". The link's words are the ordinal alone (maybe "part",
 * "chapter" or its total after it): "the first of three wishes" goes on, and is none. (Marked pure: the detector's build, which
 * reads no part links, then leaves it out.)
 */
export const ORDINAL_LINK = /* @__PURE__ */ new RegExp(`^(?:the\\s+)?(${ORDINALS.join('|')}|last|final)(?:\\s+(?:part|chapter|one))?(?:\\s+of\\s+${TOTAL})?$`, 'i');
/** Words of direction before a part link: "Back:", "Onward:", "forward »", "next ~". */
export const DIRECTION_LEAD = /(?:^|[^\p{L}])(?:back|onwards?|forwards?|next|prev(?:ious)?)[\s:\-–—»›>→«‹<←~*]*$/iu;
/** A line of such links and nothing else: direction words and separators around ordinal links. */
function isOrdinalNavText(text: string, linkTexts: string[]): boolean {
  if (!linkTexts.length || !linkTexts.every((l) => ORDINAL_LINK.test(collapse(l)))) return false;
  let rest = text;
  for (const l of linkTexts) rest = rest.replace(collapse(l), ' ');
  return /\b(?:back|onwards?|forwards?|next|prev(?:ious)?)\b/i.test(rest) && /^(?:[\s|·•/\\\-–—«»‹›<>←→~*:,.()[\]]|back|onwards?|forwards?|next|prev(?:ious)?|and)*$/i.test(rest);
}

/**
 * Rule "next and previous in the writer's own words": writers word a chapter's way to its neighbours as they like,
 * "⇠ earlier ❖ later ⇢", "↞ before this | after this ↠", "↶ went before · read on ↷", "go back a chapter / go on a
 * chapter", "older · newer": a link whose words are a direction and nothing else (ornament and arrows around them; "a
 * chapter", "a part" after them). Read only as a link's words (a line of prose that says "Later." is prose).
 */
const OWN_PREV = '(?:(?:go|step|read)\\s+)?(?:back(?:wards?)?|earlier|before(?:\\s+this)?|went\\s+before|(?:what\\s+)?came\\s+before|older)';
const OWN_NEXT = '(?:(?:go|step|read|keep)\\s+)?(?:on(?:wards?)?|forwards?|ahead|later|after(?:\\s+this)?|(?:what\\s+)?comes\\s+(?:next|after)|newer)';
const OWN_TAIL = '(?:\\s+(?:a|one|the)\\s+(?:chapter|part|bit))?';
/**
 * Rule "next and previous in the writer's language": fandoms writing in other languages link a chapter's neighbours in their
 * own words, alone or before their word for a part ("Seuraava osa »", "« Edellinen osa" in Finnish, "Další kapitola",
 * "« Předchozí díl" in Czech, "Következő rész »" in Hungarian, "Następny rozdział" in Polish, "Weiter »" / "« Zurück" in German,
 * "Siguiente capítulo"): the link's words are the direction alone or with the part word after it.
 */
const LANG_PREV =
  'edellinen|aiempi|předchozí|predchádzajúca|predchádzajúci|előző|poprzedni|poprzednia|vorherige[rs]?|zurück|anterior|precedente|précédente?|vorige|föregående|forrige|eelmine|попередн[яійє]|предыдущ(?:ая|ий|ее)|trước|הקודם';
const LANG_NEXT =
  'seuraava|další|následující|ďalšia|ďalší|következő|następny|następna|nächste[rs]?|weiter|siguiente|próxim[oa]|successiv[oa]|suivante?|volgende|nästa|neste|næste|järgmine|următo(?:r|rul|area)|наступн[аийє]|следующ(?:ая|ий|ее)|sau|הבא';
const LANG_TAIL = `(?:\\s+(?:${PART_WORD}|rész|strana|jakso))?`;
/** Rule "the part word first": Romance languages put the direction after the part ("Capitolul următor »", "« Capitolo precedente", "Chapitre suivant"). */
const LANG_HEAD = `(?:${PART_WORD}\\s+)?`;
const OWN_DIRECTION = new RegExp(`^[^\\p{L}\\p{N}]*(?:(${OWN_PREV})${OWN_TAIL}|${OWN_NEXT}${OWN_TAIL}|${LANG_HEAD}(?:(${LANG_PREV})|${LANG_NEXT})${LANG_TAIL})[^\\p{L}\\p{N}]*$`, 'iu');

/** The direction a link's own words give ("↶ went before" → prev, "go on a chapter" → next), or null. */
export function ownDirection(linkText: string): 'prev' | 'next' | null {
  const m = OWN_DIRECTION.exec(collapse(linkText));
  return m ? (m[1] || m[2] ? 'prev' : 'next') : null;
}

/**
 * Rule "the parts listed by number": a chapter names every part of its story by its number on one line, linking all but
 * itself ("Other installments: <a>one</a> · two · <a>three</a>", "Parts: <a>1</a> | 2 | <a>3</a>", "chapters I · <a>II</a>"):
 * a short label, then numbers alone, two or more, every link one of them. Its links are the parts (their words are numbers).
 * A part's short aside in brackets is no word of the list: a locked or unwritten part is marked where it stands ("Parts: one ·
 * <a>two</a> (flocked) · <a>three</a>", "1 | <a>2</a> (locked) | 3 (soon)").
 */
export function isPartNumbersText(text: string, linkTexts: string[]): boolean {
  // (Asked of every line: one without links is none, before its words are split. The links are among the line's words:
  // a link of other words leaves a word no number.)
  if (!linkTexts.length) return false;
  const list = text.replace(/^[\p{L} ]{1,30}[:\-–—]/u, '').replace(/\s*[([][^()[\]]{1,20}[)\]]/g, ' ');
  const numbers = list.match(/[^\s·•|/,~*\-–—]+/g) ?? [];
  return numbers.length > 1 && numbers.every((n) => parseNumber(n) !== null);
}

/** The block only says where the other parts are. (Its links from the page's walk, select.ts: a DOM search of its own per block cost more than the reading.) */
export function isNavLine(block: Element): boolean {
  return isNavText(
    collapse(block.textContent ?? ''),
    tagged(block, 'a').map((l) => l.textContent ?? ''),
  );
}

/**
 * Rule "the next part is a promise": a WIP's latest part ends its navigation with the next part still to come, in words
 * and no link ("previous | next: when I write it", "« Part 2 | Part 4: coming soon"): the line is still only navigation.
 */
export const NEXT_PROMISE = new RegExp(
  `(?:next(?: part| chapter)?|${PART_WORD}\\s*${NUM})\\s*[:\\-–—(]*\\s*(?:coming soon|soon|tba|tbd|to come|not (?:yet )?(?:posted|written)|when (?:i|it['’]?s?) (?:write|finish|post)\\w*(?: it)?|someday|eventually)[\\s.!)…]*$`,
  'i',
);

/** A line's text (and its links' words) only says where the other parts are: part words, or only links and separators. */
export function isNavText(text: string, linkTexts: string[]): boolean {
  if (text.length > 160) return false;
  if (isPartNavText(text) || isOrdinalNavText(text, linkTexts) || isPartNumbersText(text, linkTexts)) return true;
  // Only links and separators.
  let rest = text;
  for (const l of linkTexts) rest = rest.replace(collapse(l), ' ');
  // Links and ornament only ("⌂ <a>back to the hive</a>", "<a>⇠ earlier</a> ❖ <a>later ⇢</a>"): a line that only points.
  if (linkTexts.length && !/[\p{L}\p{N}]/u.test(rest)) return true;
  return /^[\s|·•/\\\-–—«»‹›<>←→~*:,.()[\]]*(?:(?:part|chapter|the end|end|masterpost|index)[\s\w]{0,12}[\s|·•/\\\-–—«»‹›<>←→~*:,.()[\]]*)*$/i.test(rest);
}
