/**
 * Finds the hand-written header at the top of a post and reads its fields.
 *
 * A header is a run of label lines ("Title: X", "<b>Title</b>: X", "~*Title*~ X", "Title || X",
 * a label cell beside a value cell) near the top of the post, possibly after a short opening
 * note. Free-text fields (summary, notes…) continue over unlabelled lines until the next label or
 * the header's end; other unlabelled lines between labels are header notes. A header that sits
 * in its own block (a styled div, a paragraph, a table) ends with that block.
 */
import { DETECTOR_BUILD } from './build-flags';
import { collapse } from './dom';
import { isFreeText, lookupLabel, mayOpenLabel } from './lexicon';
import type { Line } from './lines';
import { isCrosspostText, isPartNavText, isPartNumbersText, parsePartMarker, partIndexOfLabel } from './parts';
import type { FieldKey, RawField } from './types';

export interface LabelLine {
  /** Field key, or null for a header label that is not a field ("Part:", "Status:"). */
  key: FieldKey | null;
  label: string;
  value: string;
}

/**
 * A label's decoration is any run of characters that are neither letters, digits, space nor quotes
 * (`~*Title*~`, `:: Title ::`, `♥ Title:`, `[Title]`, `✿ Summary ✿`, emoji bullets): a character
 * class, not a list, so the next author's dingbat is decoration too. Quotes are not decoration: a
 * line that opens with one is dialogue ('"Title: Deed of Sale," he read').
 */
const LEAD = /^[^\p{L}\p{N}"“”‘'’„]*/u;
const WORD_CHAR = /[\p{L}\p{N}'’]/u;
/** A line's first word (WORD_CHARs from a position). */
const FIRST_WORD = /[\p{L}\p{N}'’]*/uy;
/** After a label: decoration and separators, up to the value (an opening bracket or quote starts the value). */
const AFTER_LABEL = /^[^\p{L}\p{N}"“‘'„([{]*/u;
/** Separators that make a label a label on their own: "Title: X", "Title || X", "Title => X", a tab. */
const SEPARATOR = /[:：|=>»→\t]/;
/** A label is short: at most this many characters from its first letter. */
const MAX_LABEL = 48;

const parsedLines = new WeakMap<Line, LabelLine | null>();

/** parseLabelLine, once per line (the header and the recs-list check both ask). */
export function labelOf(line: Line): LabelLine | null {
  if (line.kind !== 'text') return null;
  let p = parsedLines.get(line);
  if (p === undefined) {
    p = parseLabelLine(line);
    parsedLines.set(line, p);
  }
  return p;
}

/**
 * Reads "Label: value" from a line's text; null when the line does not start with a label.
 *
 * The grammar: decoration, a label of the lexicon, then what ends a label: a separator (`:`, `||`,
 * `|`, `=>`, `»`, a tab), or decoration followed by a space (`~*Title*~ X`, `Title ~ X`,
 * `Rating -- X`, `[Title] X`), or nothing but the label's own emphasis (`<b>Title</b> X`), or the
 * end of the line (the value is on the next line). A label that is not a field ("Part:") needs a
 * colon: "« Previous | Next »" is navigation.
 */
export function parseLabelLine(line: Pick<Line, 'text' | 'leadEmphasis'>): LabelLine | null {
  const text = line.text;
  if (!text || text.length > 6000) return null;
  const from = LEAD.exec(text)![0].length;
  // A label starts with a letter; a quote there opens dialogue.
  if (!/\p{L}/u.test(text[from] ?? '')) return null;
  FIRST_WORD.lastIndex = from;
  if (!mayOpenLabel(FIRST_WORD.exec(text)![0])) return null;
  const lead = text.slice(0, from);
  const emphasis = line.leadEmphasis ? collapse(line.leadEmphasis) : null;
  for (let end = from + 1; end <= text.length && end - from <= MAX_LABEL; end++) {
    // A label ends at a word's end.
    if (end < text.length && WORD_CHAR.test(text[end])) continue;
    if (!WORD_CHAR.test(text[end - 1]) && text[end - 1] !== ')' && text[end - 1] !== '.') continue;
    const label = text.slice(from, end);
    const hit = lookupLabel(label);
    if (!hit) continue;
    const sep = separatorOf(text.slice(end));
    const value = text.slice(end + sep.length);
    const marks = sep.replace(/\s+/g, '');
    // Rule "a dot leader is a colon": typewriter headers set every label off with a leader ("title.... X", "parts........
    // i | ii"), the unlisted ones too; four dots or more (three are an ellipsis: "Part... of me knew").
    const colon = /[:：]|\.{4}/.test(sep);
    // Rule "a part label's marker": an unlisted label needs a colon, except "Part"/"Chapter" set off by the header's own
    // decoration ("Chapter ~ 2 of 4", "Part | 3/5", "Part -- 1 of 2") when its value is a marker with a total, or the
    // index alone ("Part | 1", "Chapter ~ Three"; "Part | 2 (end)" is the last: parts.ts END_MARK).
    // Rule "the header's own label shape": one set off as the fields' labels are, its bold alone and a dash or a bar
    // ("<b>AO3</b> - <a>…</a>" under "<b>Summary</b> - X"), is a label too, not the summary's next line.
    const bold = emphasis !== null && collapse(text.slice(0, end)) === emphasis;
    if (hit.key === null && !colon && !(marks.length > 0 && (bold || (/^(?:part|chapter)s?$/i.test(label) && value.length <= 20 && isPartValue(value))))) continue;
    const separated =
      SEPARATOR.test(sep) ||
      // decoration closing the label, then a space: "~*Title*~ X", "Title ~ X", "[Title] X"
      (marks.length > 0 && /\s$/.test(sep)) ||
      // decoration before the label and a space after it: "♥ Title X" is too loose, "[Title X" too;
      // emphasis alone marks a label: "<b>Title</b> X"
      (bold && /^\s/.test(sep)) ||
      // alone on its line ("<dt>Title</dt><dd>X</dd>"): the value is the next line
      (value === '' && (marks.length > 0 || lead.length > 0 || text.length <= 32));
    if (!separated) continue;
    // Rule "a row of labels is no field": a table's first row names its columns ("Title | Rating | Words", lines.ts joins a
    // row's cells with " | "), and the values are in the rows under it, one a work (a fest's stats, a masterlist, a recs
    // table): no label's value. (A one-row header, the labels over one row of values, is rewritten before: labelsAsLines.)
    if (!colon && marks === '|' && isRowOfLabels(value)) return null;
    return { key: hit.key, label: cleanLabel(label), value: cleanValue(value) };
  }
  return null;
}

/** The rest of a table's row of labels: two cells or more, each a label (a label | value table's row holds one value: "Fandom | Original"). */
function isRowOfLabels(value: string): boolean {
  const cells = value.split(' | ');
  return cells.length >= 2 && cells.every((cell) => lookupLabel(cell.trim()));
}

/** A part label's value: a marker with a total, or one word that is the index ("1", "Three", "IV"). */
function isPartValue(value: string): boolean {
  const m = parsePartMarker(`Part ${value}`);
  return !!m && (m.total !== null || /^[\p{L}\p{N}]+$/u.test(value.trim()));
}

/**
 * Fields run together on one line ("Title: X Rating: PG | Pairing: Y"): split the value where
 * another known label starts, capitalised, after a space or a separator, followed by a colon.
 */
const RUN_TOGETHER = /(?:^|\s+(?:[|/•·~*-]+\s*)?)([A-Z][A-Za-z'’]*(?:\s[A-Za-z'’()]+){0,2}|A\/N)\s*:\s+/g;

export function splitRunTogether(first: LabelLine): LabelLine[] {
  const out: LabelLine[] = [];
  let current = first;
  RUN_TOGETHER.lastIndex = 0;
  const value = first.value;
  let cut = -1;
  let m: RegExpExecArray | null;
  const starts: { at: number; end: number; label: string; hit: ReturnType<typeof lookupLabel> }[] = [];
  while ((m = RUN_TOGETHER.exec(value))) {
    const atStart = m.index === 0 && !/^\s/.test(m[0]);
    // "Rain Fandom:" — the label is the longest known tail of the words before the colon.
    const words = m[1].split(/\s+/);
    for (let k = atStart ? 1 : 0; k < words.length; k++) {
      const label = words.slice(k).join(' ');
      if (k > 0 && !/^[A-Z]/.test(label)) continue;
      const hit = lookupLabel(label);
      if (!hit) continue;
      const at = k === 0 ? m.index : m.index + m[0].indexOf(label) - 1;
      starts.push({ at, end: m.index + m[0].length, label, hit });
      break;
    }
  }
  if (!starts.length) return [first];
  cut = starts[0].at;
  current = { ...first, value: cleanValue(value.slice(0, cut).replace(/[\s|/•·~*-]+$/, '')) };
  out.push(current);
  starts.forEach((s, i) => {
    const next = starts[i + 1]?.at ?? value.length;
    out.push({ key: s.hit!.key, label: cleanLabel(s.label), value: cleanValue(value.slice(s.end, next).replace(/[\s|/•·~*-]+$/, '')) });
  });
  return out;
}

/**
 * A lower-case run-on header: one short line of clauses, the title and its part first, then
 * "label: value" clauses, each ended by a full stop, a semicolon or a bar ("paper boats, part one
 * of three. rating: g. masterpost: <a>x</a>"), often in italics above the story. It is a header
 * when two of its clauses are labels with a colon, or one is a field's and another clause holds
 * a part marker; the clauses may part label and value by a decorative sign instead of a colon, joined by middle dots
 * ("<small>rating › G · words › 88 · characters › the warden</small>"). Returns its label clauses, or null. (A line that opens with a label is read by
 * parseLabelLine, fields run together by splitRunTogether.)
 */
export function runOnLabels(text: string): LabelLine[] | null {
  if (text.length > 300 || /^["“‘'«]/.test(text)) return null;
  const clauses = text.split(/(?<=[^\s.][.;])\s+|\s+[|·•]\s+/);
  if (clauses.length < 2) return null;
  const labels: LabelLine[] = [];
  let marker = false;
  for (const c of clauses) {
    // (A label and its value parted by a decorative sign, "words › 88", as by a colon.)
    const l = /[:：]|\s[›»⟩‣⁘]\s/.test(c) ? parseLabelLine({ text: c, leadEmphasis: null }) : null;
    // The full stop or semicolon that ended the clause is the line's, not the value's.
    if (l && l.value) labels.push({ ...l, value: l.value.replace(/[.;]$/, '') });
    else marker ||= parsePartMarker(c) !== null;
  }
  return labels.length >= 2 || (labels.length === 1 && labels[0].key && marker) ? labels : null;
}

/**
 * The decoration and separator between a label and its value. A symbol stuck to the value's
 * first letter is the value's own ("Length: ~1k", "Prompt: #14"): the separator ends at the
 * last space, or after its last separator character when there is no space ("Title:X").
 */
function separatorOf(rest: string): string {
  const run = AFTER_LABEL.exec(rest)![0];
  if (run.length === rest.length || /\s$/.test(run)) return run;
  const spaced = /^[\s\S]*\s/.exec(run);
  if (spaced) return spaced[0];
  let k = run.length - 1;
  while (k >= 0 && !SEPARATOR.test(run[k])) k--;
  return run.slice(0, k + 1);
}

function cleanLabel(raw: string): string {
  return collapse(raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N})]+$/gu, '')) || collapse(raw);
}

function cleanValue(raw: string): string {
  // Trailing bars, bullets and spaced slashes: the separator before the next field on the same line ("Title: X / Rating: G").
  return collapse(raw.replace(/^[\s.:|=»\-–—]+(?=\S)/, '').replace(/(?:\s*[~*|•·]|\s+\/)+\s*$/, ''));
}

/** A line that looks like a label we do not know ("Recipient: x"): header, not prose. */
function looksLikeUnknownLabel(text: string): boolean {
  return /^[\s~*.\-[(]*[A-Z][A-Za-z'’]*(?: [A-Za-z'’]+){0,2}[\s~*.\])]*:\s+\S/.test(text) && text.length < 200;
}

export interface HeaderResult {
  /** Index of the first and one past the last header line (start = end when there is none). */
  start: number;
  end: number;
  fields: Partial<Record<FieldKey, string>>;
  rawFields: RawField[];
  headerNotes: string[];
  /** Lines inside the header that are part navigation ("Part 1/2 (Part 2 is here)"). */
  navLines: number[];
  /** Every label line of the header, fields or not, in order. */
  labels: LabelLine[];
}

const EMPTY: HeaderResult = { start: 0, end: 0, fields: {}, rawFields: [], headerNotes: [], navLines: [], labels: [] };

/** How far down a header may start: a short opening note is fine, a label deep in prose is not. */
const MAX_LINES_BEFORE = 6;
const MAX_CHARS_BEFORE = 700;

/** A label a value comes before: "— title", ":: rating", "(words)" closing the line; its words in group 2 or 3. */
const LABEL_AFTER = /^(.+?)\s*(?:(?:[-–—~]{1,2}|::|\/\/)\s*([\p{L}'’ /]{2,24})|[([]([\p{L}'’ /]{2,24})[)\]])$/u;
/** What LABEL_AFTER's match ends with: a character of the label, or the bracket closing it. */
const LABEL_AFTER_END = /[\p{L}'’ /)\]]$/u;

/** The field a trailing label names ("— title" → title), for a line set "value — label"; null for anything else. */
function labelAfter(text: string): [string, string] | null {
  // (LABEL_AFTER's last character is a label's or a bracket's: a line of prose ends in a stop or a quote, and is done with
  // here, not tried from each of its characters.)
  const m = text.length <= 400 && LABEL_AFTER_END.test(text.slice(-2)) ? LABEL_AFTER.exec(text) : null;
  const label = m && (m[2] ?? m[3]).trim();
  return label && lookupLabel(label)?.key ? [label, m[1].trim()] : null;
}

/**
 * Two header shapes that put a field's label somewhere else than before its value, rewritten as "Label: value" lines, one a
 * field, for findHeader to read as it reads any header:
 * - rule "a header as a table's row of labels": drabble and prompt communities type the header as a one-row table, the
 *   labels in the first row's cells (Title | Rating | Words | Prompt), the values in the row below (lines.ts joins a row's
 *   cells with " | "): a row whose every cell is a label, two of them fields at least, over one last row of as many cells
 *   (over more rows, a list: a prompt table, a fic list);
 * - rule "labels after their values": stylised headers in small text put the value first and its label after a dash or in
 *   brackets ("*Fen Orchard* — title", "G — rating", "~300 words (length)"): two lines of that shape or more in a row,
 *   naming two fields or more.
 * The lines themselves otherwise stay as they are (their links, blocks and HTML).
 */
export function labelsAsLines(lines: Line[]): Line[] {
  let out: Line[] | null = null;
  // (From the last line back: a rewrite leaves the places of the lines before it as they were.)
  const put = (at: number, n: number, rows: Line[]) => {
    out ??= lines.slice();
    out.splice(at, n, ...rows);
  };
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i];
    const next = lines[i + 1];
    const table = next && line.text.includes(' | ') ? line.blocks.find((b) => b.tagName.toUpperCase() === 'TABLE' && next.blocks.includes(b)) : undefined;
    // (The values' row is the table's last: labels over many rows are a list, a prompt table's or a fic list's.)
    if (table && !lines[i + 2]?.blocks.includes(table)) {
      const labels = line.text.split(' | ');
      const values = next.text.split(' | ');
      const keys = labels.map((l) => lookupLabel(l));
      if (values.length === labels.length && keys.every((k) => k) && keys.filter((k) => k?.key).length >= 2) {
        put(
          i,
          2,
          labels.map((l, k) => ({ ...next, text: `${l.trim()}: ${values[k].trim()}`, leadEmphasis: null })),
        );
        continue;
      }
    }
    let n = 0;
    while (i - n >= 0 && labelAfter(lines[i - n].text)) n++;
    if (n >= 2 && !labelAfter(lines[i + 1]?.text ?? '')) {
      const rows = lines.slice(i - n + 1, i + 1).map((l) => {
        const [label, value] = labelAfter(l.text)!;
        return { ...l, text: `${label}: ${value}`, leadEmphasis: null };
      });
      if (new Set(rows.map((r) => lookupLabel(r.text.split(':')[0])?.key)).size >= 2) put(i - n + 1, n, rows);
      i -= n - 1;
    }
  }
  return out ?? lines;
}

/** An unlabelled line that reads as the story's own text: no note to readers, no link. */
function isStoryText(line: Line): boolean {
  return !isReadersNote(line.text) && line.links.length === 0;
}

/**
 * Rule "narration is no note": a note to the readers talks to them ("I", "you", "we") or is a line long ("Beta'd by X.",
 * "Written for the swap."); a paragraph of twenty words or more that talks to no one is the story's own, whatever
 * everyday word it holds ("a note in her handwriting", "looked out for the next beacon", "Everyone in Saltney knew").
 */
export function isReadersNote(text: string, words = text.split(/\s+/).length): boolean {
  return isNoteLike(text) && (words < 20 || /\b(?:i|i['’](?:m|ve|d|ll)|my|me|you|your|we|our|us)\b/i.test(text));
}

export function findHeader(lines: Line[], subject = ''): HeaderResult {
  const parsed = lines.map(labelOf);
  // The first field label near the top.
  let first = -1;
  let charsBefore = 0;
  let runOn: LabelLine[] | null = null;
  for (let i = 0; i < lines.length && i <= MAX_LINES_BEFORE + 2; i++) {
    // A lower-case line that opens with a label may still be a run-on header ("fandom: cranford.
    // rating: g. words: 150."): lower-case headers end their clauses with full stops, where
    // capitalised ones start a new label (splitRunTogether).
    const p = parsed[i];
    runOn = lines[i].kind !== 'text' || (p && p.label !== p.label.toLowerCase()) ? null : runOnLabels(lines[i].text);
    if (p?.key || runOn) {
      first = i;
      break;
    }
    const t = lines[i].text;
    charsBefore += t.length;
    if (charsBefore > MAX_CHARS_BEFORE) break;
    // An opening note is a note ("Written for…", "Thanks to my beta"), a short line, a link or the
    // subject again; a line of prose means labels further down belong to the story, not a header.
    const opener = !/^["“‘'«]/.test(t) && (t.length <= 300 || isNoteLike(t));
    if (!opener) break;
  }
  if (first < 0) {
    // Rule "a bracketed summary line is header": "[Fandom | Pairing | Rating | 70 words]" alone on the post's first
    // line sums the header up, unlabelled (bracketed or not: "Fandom · A/B · PG-13 · 900 words"): its values are no fields
    // (no label names them), and it is no prose either.
    // (Only the text's business: the detector's build, which decides on fields, subjects and markers, leaves it out.)
    // Rule "a drabble's note" in every build: its line is header (its links no navigation), and index.ts reads it as a sign of fic.
    // Rule "a header under a banner": the line may come under the picture(s) the post opens with, the story's banner.
    let top = 0;
    while (lines[top]?.kind === 'media' && top < 2) top++;
    const t = lines[top]?.text ?? '';
    return (!DETECTOR_BUILD && isBracketedSummary(t)) || isDrabbleNote(t) ? { ...EMPTY, end: top + 1, headerNotes: [t] } : EMPTY;
  }

  // A header in its own block (div, p, table, span-like font…) ends with that block, provided
  // the block is not the wrapper of the whole story.
  const container = headerContainer(lines, first, parsed);

  let end = first;
  let current: FieldKey | null = null;
  const fields: Partial<Record<FieldKey, string>> = {};
  const rawFields: RawField[] = [];
  const headerNotes: string[] = [];
  const navLines: number[] = [];
  const labels: LabelLine[] = [];
  const pendingNotes: number[] = [];
  let awaiting: FieldKey | null = null;
  let fieldBlock: Element | undefined;
  // The header's notes are the reader's to show: the detector's build keeps none (each `note` below is the full build's).
  const note = (text: string) => headerNotes.push(text);

  // Lines before the first label: an opening note (or the subject repeated), header not body; an unlisted label there
  // ("Pt: 1/2", "Follows: <a>…</a>") is the header's first label line.
  for (let i = 0; i < first; i++) {
    const t = lines[i].text;
    if (!t) continue;
    if (parsed[i]) labels.push(parsed[i]!);
    if (isPartNavText(t)) navLines.push(i);
    else if (!DETECTOR_BUILD && t.toLowerCase() !== collapse(subject).toLowerCase()) note(t);
  }

  const addField = (key: FieldKey, label: string, value: string) => {
    rawFields.push({ key, label, value });
    if (fields[key] === undefined || fields[key] === '') fields[key] = value;
  };
  const appendToCurrent = (text: string) => {
    // A bullet before the next label ("• <b>Summary:</b> … <br>• <b>Warnings:</b>") is the list's, no word of the value.
    if (!current || !/[\p{L}\p{N}]/u.test(text)) return;
    const raw = rawFields[rawFields.length - 1];
    raw.value = collapse(`${raw.value} ${text}`);
    fields[current] = raw.value;
  };

  for (let i = first; i < lines.length; i++) {
    const line = lines[i];
    const p = parsed[i];
    const inContainer = container !== null && lineIn(line, container);
    if (i === first && runOn) {
      // The run-on line's labels are fields; its part marker and masterpost link are read as a
      // navigation line's are ("paper boats, part one of three. … masterpost: <a>x</a>").
      for (const l of runOn) {
        labels.push(l);
        if (l.key) addField(l.key, l.label, l.value);
      }
      navLines.push(i);
      end = i + 1;
      continue;
    }
    if (p) {
      // Two fields of the same short key in a row means a second header (a list of stories):
      // stop here rather than overwrite.
      if (p.key && fields[p.key] !== undefined && p.key === 'title' && !inContainer) break;
      // "Table of contents: <a>here</a>" after unlabelled lines that are no notes: a short story
      // and its navigation under it, which does not make the story the header's. A pending line
      // with a link ("Podfic of part 2: <a>here</a>") is the header's own, not story.
      // Rule "a closing navigation label": a chapter's way on is often set as a label, in bold like the header's, whose
      // value is links and the separators between them ("Previous: <a>Part 2</a> | <a>Back to the masterpost</a>", "Next:
      // <a>Chapter 2</a> · <a>Table of contents</a>": the last part of a big bang or a chaptered story on DW and LJ links
      // back to its masterpost beside the previous part): navigation after the story, however few its paragraphs.
      // So is the parts listed by number ("Parts: one · <a>two</a> · <a>three</a>", the current part unlinked; parts.ts
      // isPartNumbersText): the list closing each part, not a label of the header's.
      if (
        !p.key &&
        line.links.length &&
        (isLinksValue(line, p.value) ||
          isPartNumbersText(
            line.text,
            line.links.map((l) => l.text),
          )) &&
        pendingNotes.some((j) => isStoryText(lines[j]))
      )
        break;
      // Rule "a drabble's end note": a drabble or a ficlet under a full header is three short paragraphs or fewer, and its
      // "A/N:" / "Author's Note:" comes after them, at the post's end (`isEndNote`): the paragraphs are the story, not
      // header notes before a label; a header's Notes with the story after them stay the header's.
      if (p.key === 'notes' && pendingNotes.some((j) => isStoryText(lines[j])) && isEndNote(lines, i)) break;
      flushNotes(true);
      // "Title: X Rating: PG Pairing: Y" on one line: one field each.
      // "Rating: Teen · <a>All parts</a>": a link after a dot or bar is the line's navigation, not the value. Not a part
      // after a part, though: "Series: The Ninth Well: part one · <a>part two</a>" lists the parts, the value's own words.
      const linked = new Set(line.links.map((l) => collapse(l.text)));
      for (const part of splitRunTogether(p)) {
        part.value = part.value.replace(/([^:·•|]*)\s+[·•|]\s+([^·•|]+)$/, (m, before: string, tail: string) =>
          linked.has(tail.trim()) && !(partIndexOfLabel(tail.trim()) !== null && partIndexOfLabel(before.trim()) !== null) ? before : m,
        );
        labels.push(part);
        if (part.key) addField(part.key, part.label, part.value);
        current = part.key;
      }
      // The block of the header's lines ("<div>Title: X<br>Summary: Y</div>"), not one field's own <p>.
      // (Which field a note joins is the reader's business: the detector's build leaves it out.)
      if (!DETECTOR_BUILD) {
        const block = line.blocks[line.blocks.length - 1];
        fieldBlock = i > first && lineIn(lines[i - 1], block) ? block : undefined;
      }
      // "<b>Title:</b><br>X", a label cell above its value: the next line is the value.
      awaiting = p.key && !p.value ? p.key : null;
      end = i + 1;
      continue;
    }
    if (awaiting && line.kind === 'text' && line.text) {
      const raw = rawFields[rawFields.length - 1];
      raw.value = collapse(line.text);
      fields[awaiting] = raw.value;
      awaiting = null;
      end = i + 1;
      continue;
    }
    if (line.kind === 'hr') {
      if (inContainer) {
        end = i + 1;
        continue;
      }
      break;
    }
    const t = line.text;
    if (line.kind === 'media' && !inContainer) break;
    if (isPartNavText(t) || (line.links.length && isCrosspostText(t) === false && isNavLinksLine(line) && i - end < 2)) {
      flushNotes(false);
      navLines.push(i);
      end = i + 1;
      current = null;
      continue;
    }
    if (inContainer) {
      if (current && isFreeText(current)) appendToCurrent(t);
      else if (t && !DETECTOR_BUILD) note(t);
      end = i + 1;
      continue;
    }
    if (line.afterCut) break; // the cut separates header from story
    if (current && isFreeText(current) && !line.paraBreakBefore && pendingNotes.length === 0) {
      appendToCurrent(t);
      end = i + 1;
      continue;
    }
    if (looksLikeUnknownLabel(t) && nextLabelWithin(parsed, i, 3)) {
      flushNotes(true);
      labels.push({ key: null, label: t.split(':')[0], value: collapse(t.slice(t.indexOf(':') + 1)) });
      current = null;
      end = i + 1;
      continue;
    }
    // An unlabelled line: part of the header only if another label follows soon, or the cut
    // follows and it reads like a note to readers ("Many thanks to X for the beta").
    pendingNotes.push(i);
    if (pendingNotes.length > 3) break;
    if (nextLabelWithin(parsed, i, 4 - pendingNotes.length)) continue;
    if (cutFollows(lines, i, 2) && pendingNotes.every((j) => isNoteLike(lines[j].text))) {
      flushNotes(true);
      current = null;
      end = i + 1;
      continue;
    }
    break;
  }

  function flushNotes(labelFollows: boolean) {
    if (!pendingNotes.length) return;
    if (labelFollows) {
      for (const j of pendingNotes) {
        // A free-text field (a summary, notes) runs on inside the block that holds the header's
        // lines, never out of it: the thank-you line under a header in a centred div is a note,
        // not the summary's.
        if (current && isFreeText(current) && (DETECTOR_BUILD || !fieldBlock || lineIn(lines[j], fieldBlock))) appendToCurrent(lines[j].text);
        else if (!DETECTOR_BUILD) note(lines[j].text);
      }
    }
    pendingNotes.length = 0;
  }

  // "<i>A WIP! I'll post as I go.</i>", "(part one is <a>here</a>, sorry for the wait)": a note to
  // the readers in italics or in brackets right after the header is the header's, not the story's
  // first line (a bracketed one that links elsewhere is one even when it says none of the words).
  const next = lines[end];
  const bracketed = /^\(.*\)$/.test(next?.text ?? '');
  if (
    end > first &&
    next &&
    ((next.leadEmphasis && collapse(next.leadEmphasis) === next.text) || bracketed) &&
    (isNoteLike(next.text) || (bracketed && next.links.length > 0 && next.text.length < 300))
  ) {
    if (!DETECTOR_BUILD) note(next.text);
    end++;
  }

  return { start: 0, end, fields, rawFields, headerNotes, navLines, labels };
}

/**
 * A note to the readers at the post's end: a notes label ("A/N:", "Author's Note:") with a value, on one of its last three
 * lines, and nothing after it but a line or two more of notes, with no links (a link there may be the way to the next part,
 * which stays navigation; a line of prose after it is the story's, which a header's Notes come before): the writer's end
 * note, not the story.
 */
export function isEndNote(lines: Line[], i: number): boolean {
  const label = labelOf(lines[i]);
  const tail = lines.slice(i);
  return label?.key === 'notes' && !!label.value && tail.length <= 3 && tail.every((l, k) => !l.links.length && (k === 0 || isNoteLike(l.text))) && tail.reduce((n, l) => n + l.text.length, 0) < 600;
}

/**
 * Rule "a header after the prose": drabbles and ficlets often put the story first and its header last, under a rule or
 * in small print ("…She let them keep their argument.<hr><small>Title: The Ice Well<br>Rating: G</small>"): the post's
 * last lines, from a field label (or a run-on line of labels: "The Quarry | Rating: PG | Words: 90") to the end, read as
 * a header, after 150 characters of the story's own (a line of them no note). Then `start` is where the header begins
 * and the body is what comes before (a rule closing it is no text: body.ts); the caller asks for two story fields or more, as of any
 * header. Null when `top`, the header found at the post's top, ends before the post does (a header that opens it).
 */
export function trailingHeader(lines: Line[], top: HeaderResult): HeaderResult | null {
  if (top.end && top.end < lines.length) return null;
  let chars = 0;
  for (let f = 0; f < lines.length; f++) {
    if (chars >= 150 && (labelOf(lines[f])?.key || runOnLabels(lines[f].text))) {
      const h = findHeader(lines.slice(f));
      return f + h.end < lines.length || lines.slice(0, f).every((l) => isNoteLike(l.text)) ? null : { ...h, start: f, end: lines.length, navLines: h.navLines.map((i) => i + f) };
    }
    chars += lines[f].text.length;
  }
  return null;
}

/**
 * Rule "a drabble's note": a drabble or a ficlet often has no labels, only a line above it giving its length and what it
 * was written for ("100 words, for the “lantern” prompt at hundredfathom", "Drabble, for the prompt 'tide'", "300 words
 * for the winter bingo"): the header's one line, a note, and a sign the post is fic (index.ts).
 */
export function isDrabbleNote(t: string): boolean {
  return t.length < 160 && /^\W*(?:[\d,]+ words?|(?:double )?drabble|ficlet)\b.{0,80}\bfor\b/i.test(t);
}

/** A rating or a length, the one kind of value a summary line always holds ("PG-13", "Teen", "1,200 words", "~1k"). */
const SUMMARY_VALUE = /^(?:g|pg|pg-?1[35]|r|nc-?1[78]|k\+?|t|m|ma|e|gen|teen|mature|explicit|~?[\d,.]+(?:k| ?words?))$/i;

/**
 * Rule "a subject that is a header": a story posted under a cut with no header of its own gives its rating and length in the
 * subject's closing brackets ("Counting Geese (G, 1,200 words)", "Salt Roads [PG-13 | 3,400 words]", "Borrowed Light (900
 * words; G)"), the header in one line: a rating and a length both, as no other post's subject holds them.
 */
export function isHeaderSubject(subject: string): boolean {
  const values = /[[({]([^[\](){}]{3,80})[\])}]\s*$/.exec(subject)?.[1].split(/\s*[|;•·/]\s*|,\s+/) ?? [];
  const length = values.findIndex((v) => /\d(?:k| ?words?)$/i.test(v));
  return length >= 0 && values.some((v, i) => i !== length && SUMMARY_VALUE.test(v));
}

/**
 * "[Little Women | Amy, Laurie | G | 70 words]", "(Persuasion; Anne/Wentworth; PG; 300 words)": three or more values, one a rating
 * or length. Rule "a one-line header": the same values unbracketed, set apart by spaced dots, bullets, bars or slashes
 * ("Cranford · Mary/Jem · PG-13 · 900 words · for a friend", "Original | gen | G | 300 words"), short each, are the header too.
 */
function isBracketedSummary(t: string): boolean {
  const m = /^[[({]([^[\](){}]{5,200})[\])}]$/.exec(t);
  const values = m ? m[1].split(/\s*[|;•·]\s*/) : t.length <= 200 ? t.split(/\s+[|•·/]\s+/) : [];
  return values.length >= 3 && values.some((v) => SUMMARY_VALUE.test(v)) && (!!m || values.every((v) => v.length <= 60));
}

// The author to the readers: thanks, credits, warnings, and where the writing stands ("bear with me", "more soon",
// "no idea how long this will be", "the next chapter is half written"): words a story's own sentences rarely use.
// ("for the" is a note's only as what the story was written for, "for the winter_fic challenge": a story's first paragraph
// above its cut says "for the" as prose does, "…kept the good cup for the vicar", and is the story's.)
const NOTE_LIKE =
  /\b(?:thanks?|bear with me|more (?:soon|to come)|next (?:part|chapter|instal+ment|update)|how (?:long|many (?:chapters|parts))\b.{0,30}\b(?:this|it)\b|thank you|beta|betaed|beta'd|written for|for the\s+(?:[\w'’/-]+\s+){0,4}?(?:challenge|fest|exchange|ficathon|meme|comm|community|contest|round|swap|bang|bingo|theme|prompt)|prompt|gift|post(?:ing)? (?:it|this|the rest|more|as)|dedicated|happy \w+|everyone|flist|hope you|enjoy|notes?|warnings?|spoilers?|request|inspired|feedback|concrit|comments?|cross-?posted|posted|apologies|sorry|title from|song|lyrics|disclaimer|not mine)\b/i;

/** "WIP", the word fandom writes in capitals: not the letters inside a name ("wip-tide", "Wipers"). */
const WIP_WORD = /(?<![\w-])WIPs?(?![\w-])/;

export function isNoteLike(text: string): boolean {
  return text.length < 300 && (NOTE_LIKE.test(text) || WIP_WORD.test(text));
}

function cutFollows(lines: Line[], i: number, n: number): boolean {
  for (let j = i + 1; j <= i + n && j < lines.length; j++) if (lines[j].afterCut) return true;
  return false;
}

function nextLabelWithin(parsed: (LabelLine | null)[], i: number, n: number): boolean {
  for (let j = i + 1; j <= i + n && j < parsed.length; j++) if (parsed[j]) return true;
  return false;
}

/**
 * A label's value that is the line's links, or only its links and the separators between them. (Not parts.ts isNavText,
 * which reads part words too: the detector's build would carry it, 140 bytes, for nothing this needs.)
 */
function isLinksValue(line: Line, value: string): boolean {
  let rest = collapse(value);
  if (line.linkChars >= rest.length) return true;
  for (const l of line.links) rest = rest.replace(collapse(l.text), ' ');
  return !/[\p{L}\p{N}]/u.test(rest);
}

function isNavLinksLine(line: Line): boolean {
  return line.text.length < 160 && line.linkChars / Math.max(1, line.text.length) > 0.35 && /part|chapter|master|index|next|prev/i.test(line.text);
}

function lineIn(line: Line, block: Element): boolean {
  return line.blocks.includes(block);
}

/**
 * The block that holds the header, if the header has one of its own: the outermost block around
 * the first label that holds every label near it, and leaves most of the text outside.
 */
function headerContainer(lines: Line[], first: number, parsed: (LabelLine | null)[]): Element | null {
  const blocks = lines[first].blocks;
  for (const block of blocks) {
    let inside = 0;
    let insideAfterLabels = 0;
    let outsideAfter = 0;
    let labelsInside = 0;
    let lastLabelInside = -1;
    for (let i = 0; i < lines.length; i++) {
      const inB = lines[i].blocks.includes(block);
      if (inB) {
        inside += lines[i].text.length;
        if (parsed[i]) {
          labelsInside++;
          lastLabelInside = i;
        }
      } else if (i > first) outsideAfter += lines[i].text.length;
    }
    for (let i = lastLabelInside + 1; i < lines.length; i++) {
      if (lines[i].blocks.includes(block)) insideAfterLabels += lines[i].text.length;
    }
    if (labelsInside < 1) continue;
    // The story is outside the block, and what follows the labels inside it is short.
    if (outsideAfter > inside && outsideAfter > 0 && insideAfterLabels < Math.max(400, outsideAfter * 0.25)) {
      return block;
    }
  }
  return null;
}
