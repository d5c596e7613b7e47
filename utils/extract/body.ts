/**
 * Rebuilds the story prose from the lines after the header: navigation and crosspost footers
 * trimmed from the ends, `<br>` runs turned into paragraphs, scene breaks kept.
 */
import { DETECTOR_BUILD } from './build-flags';
import { isNoteLike } from './header';
import type { Line } from './lines';
import { isMetadataLine } from './metadata';
import { namesStoryParts } from './part-links';
import { isAllPartsLine, isCrosspostText, isEditLinkLine, isPartNavText, isPartNumbersText, isPlaceLinksText, NEXT_PROMISE } from './parts';

export interface Body {
  text: string;
  html: string;
  /** Lines dropped as navigation (their links are part links). */
  navLines: Line[];
}

/** A line of links and separators only ("« Part 1 | Masterpost | Part 3 »"), or of the parts' numbers ("Parts: <a>1</a> · 2 · <a>3</a>"). */
export function isLinkOnlyLine(line: Line): boolean {
  if (!line.links.length) return false;
  const rest = line.text;
  let stripped = rest;
  for (const l of line.links) stripped = stripped.replace(l.text, '');
  stripped = stripped.replace(NEXT_PROMISE, '');
  return (
    stripped.replace(/[\s|·•«»‹›<>←→\-–—:,.()[\]~*/]+/g, '').length <= 12 ||
    line.linkChars / Math.max(1, rest.length) > 0.7 ||
    isPartNumbersText(
      rest,
      line.links.map((l) => l.text),
    ) ||
    isPlaceLinksText(
      rest,
      line.links.map((l) => l.text),
    )
  );
}

/**
 * A short line that links a writer's memories keyword page ("both parts are in my memories, under <fenlight>"), wherever it
 * stands: where the story's parts are (utils/stitch follows it), not prose. Left out of the reader's text only: its link is
 * no part link (no navigation line for the click), and the detector's build counts its words as it did.
 */
function isMemoriesLine(line: Line): boolean {
  return line.text.length < 200 && line.links.some((l) => MEMORIES_KEYWORD_LINK.test(l.href));
}
/** A link to the memories tool's page of one keyword (LiveJournal's `memories.bml`, Dreamwidth's `/tools/memories`). */
const MEMORIES_KEYWORD_LINK = /\/memories(?:\.bml)?\?(?:[^#]*[?&;])?keyword=/i;

/**
 * A short line that links a day or month archive where its words say the story's parts are ("both halves went up today:
 * see <June 12th>", "all the chapters: <my March archive>"): left out of the reader's text as a memories line is. A link to
 * a day in prose ("what I wrote <that Tuesday>") is prose.
 */
function isArchiveLine(line: Line): boolean {
  return line.text.length < 200 && line.links.some((l) => DATE_ARCHIVE_LINK.test(l.href)) && namesStoryParts(line.text);
}
/** A link to a journal's day or month archive ("/2010/06/12/", "/users/name/2009/03/"). */
const DATE_ARCHIVE_LINK = /\/\d{4}\/\d{2}(?:\/\d{2})?\/?(?:[?#]|$)/;

/**
 * A line linking another story of the writer's series ("next in the series: X →", "A sequel to X, but it stands alone.",
 * "Previous story in this series: X"): writers of one-shot series link each to the next or the one before, under the
 * header or after the prose. Navigation to ANOTHER story: not this one's prose, and not its part links either.
 */
export function isSeriesLinkLine(line: Line): boolean {
  return line.links.length > 0 && line.text.length <= 160 && SERIES_LINE.test(line.text);
}

const SERIES_LINE = /^[\s([«‹<←]*(?:(?:the )?(?:next|previous|prev|last|first|earlier)(?: \w+)? in (?:the|this|my) series|(?:a |the )?(?:sequel|prequel|follow-?up|companion(?: piece)?) to\b)/i;

/** "Transcript:", "Text:", "The text below": the label of a podfic's text under its player. */
const TEXT_LABEL = /^\W*(?:(?:the |full )?(?:transcript(?:ion)?|text)(?: below)?)\s*[:\-–—]?\W*$/i;

/** A short italic line in the first person about the recording or the reader's nerves (isRecordingAside's rule). */
function isRecordingAside(line: Line): boolean {
  const t = line.text;
  return (
    t.length < 150 && /^<(i|em)\b[^>]*>[^<]*<\/\1>$/i.test(line.html) && /\b(?:i|i'm|my|me|myself)\b/i.test(t) && /\b(?:record(?:ing|ed)?|podfic|voice|mic|first time|be gentle|concrit)\b/i.test(t)
  );
}

/**
 * Rule "a picture's caption is not the story": an illustrated story puts its pictures between paragraphs, each with a small
 * line under it saying what it shows ("the window, in July", "the green one", "Penmon from the causeway"): in small or
 * italic type (`<small>`, `<i>`, `<font size="1">`, a smaller font), or right under the picture after a `<br>`, a few words
 * with no sentence's end. The picture's, not the prose's: left out of the story's text (the reader's HTML keeps it, under
 * its picture). A line of prose after a picture ends as a sentence does, or runs longer.
 */
function isCaption(line: Line, prev: Line | undefined): boolean {
  const t = line.text;
  if (prev?.kind !== 'media' || line.kind !== 'text' || !t || t.length > 80 || t.split(/\s+/).length > 12 || /[.!?…:;]["“”'’)]*$/.test(t)) return false;
  return !line.paraBreakBefore || CAPTION_TYPE.test(line.html);
}
/** A line wholly in small or italic type: `<small>`, `<i>`, `<em>`, `<font size="1">`, `<span style="font-size:smaller">`. */
const CAPTION_TYPE = /^<(small|i|em|sub|font\b[^>]*\bsize|span\b[^>]*font-size)[^>]*>[^<]*<\/(?:small|i|em|sub|font|span)>$/i;

/** A line of ornament only: no letter or digit, no image. */
export function isDivider(line: Line): boolean {
  return line.kind === 'text' && !/[\p{L}\p{N}]/u.test(line.text);
}

function isFooterLine(line: Line): boolean {
  if (line.kind === 'hr') return true;
  if (line.cutLink) return true;
  const t = line.text;
  if (!t) return line.kind !== 'media';
  // A divider ("~*~", "* * *") after the last of the prose frames the story; it breaks no scene.
  if (isDivider(line)) return true;
  if (isCrosspostText(t)) return true;
  if (isPartNavText(t) || isAllPartsLine(t, line.links.length)) return true;
  if (isLinkOnlyLine(line) && t.length < 200) return true;
  if (isEditLinkLine(t, line.links.length)) return true;
  // "The End", "~ fin ~", "END": an end mark closes the story; it is not prose.
  if (/^[\s~*\-–—=_.:()[\]]*(?:the end|end|fin|finis|finite|owari)[\s~*\-–—=_.!…:()[\]]*$/i.test(t)) return true;
  // "To be continued!", "TBC", "Feedback is love", "Current mood: tired": after the story, not of it.
  if (/^[\s(\[~*-]*(?:tbc|to be continued|continued in (?:part|chapter)\b.*)[\s.!…)\]~*-]*$/i.test(t)) return true;
  if (t.length < 150 && /^(?:feedback|comments?|concrit|con-crit|reviews?|kudos)\b/i.test(t)) return true;
  // "Written for pinch_hitter in the Midwinter Swap.": an exchange's or a challenge's note after the story, the writer's.
  if (t.length < 300 && /^\W*(?:written|made) for\b.{0,200}(?:\b(?:exchange|challenge|swap|fest|ficathon|remix|big ?bang|yuletide|prompt)|\w_\w)/i.test(t)) return true;
  // "(it did not eat the formatting!)": an aside in brackets after the story is the author's.
  if (t.length < 150 && /^\(.*\)$/.test(t)) return true;
  // So is the thanks to whoever gave the prompt ("Thank you for the prompt, Wren!", "Thanks to X for prompting!"; not "for the
  // prompt reply", a word after it).
  if (t.length < 300 && /\bthank(?:s| you)\b.{0,40}\b(?:for reading|for sticking|for following|reading along|for all the comments|for (?:\S+ ){0,2}prompt(?:s|ing)?\b(?!\s+[a-z]))/i.test(t))
    return true;
  // The same thanks in the writer's language: "Terima kasih sudah membaca!" (Indonesian), "¡Gracias por leer!", "Gràcies per llegir!".
  if (t.length < 300 && /\b(?:terima kasih\b.{0,30}\bmembaca|gracias por leer|gràcies per llegir)/i.test(t)) return true;
  if (isMetadataLine(line)) return true;
  return false;
}

/** Letters of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, N'Ko, …). */
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|\uD802[\uDC00-\uDFFF]|\uD803[\uDC00-\uDFFF]|\uD83A[\uDC00-\uDFFF]/;

/**
 * The direction and language a rebuilt paragraph keeps: the `dir` and `lang` of the nearest block
 * around its first line (the blocks themselves are not kept), and `dir="auto"` for right-to-left
 * text that did not say (the page's own `<html dir="rtl">` does not come along to the reader).
 */
function directionAttrs(line: Line, text: string): string {
  let dir: string | null = null;
  let lang: string | null = null;
  for (let i = line.blocks.length - 1; i >= 0 && (dir === null || lang === null); i--) {
    const b = line.blocks[i];
    if (dir === null && b.hasAttribute('dir')) dir = (b.getAttribute('dir') ?? '').toLowerCase();
    if (lang === null && b.hasAttribute('lang')) lang = b.getAttribute('lang') ?? '';
  }
  if (dir !== 'rtl' && dir !== 'ltr' && dir !== 'auto') dir = null;
  if (!dir && RTL_LETTER.test(text)) dir = 'auto';
  if (lang && !/^[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*$/.test(lang)) lang = null;
  return `${dir ? ` dir="${dir}"` : ''}${lang ? ` lang="${lang}"` : ''}`;
}

export function buildBody(lines: Line[]): Body {
  let start = 0;
  let end = lines.length;
  const navLines: Line[] = [];
  // Leading navigation ("« Previous part | Next part »" above the story) and stray rules.
  while (
    start < end &&
    (lines[start].kind === 'hr' ||
      isDivider(lines[start]) ||
      (lines[start].text && (isPartNavText(lines[start].text) || (isLinkOnlyLine(lines[start]) && lines[start].text.length < 160))) ||
      lines[start].cutLink ||
      isSeriesLinkLine(lines[start]))
  ) {
    if (lines[start].kind !== 'hr' && !isSeriesLinkLine(lines[start])) navLines.push(lines[start]);
    start++;
  }
  // Trailing footers: part navigation, crosspost notices, cut links, rules before them.
  while (end > start && (isFooterLine(lines[end - 1]) || isSeriesLinkLine(lines[end - 1]))) {
    if (lines[end - 1].kind !== 'hr' && !isSeriesLinkLine(lines[end - 1])) navLines.push(lines[end - 1]);
    end--;
  }
  // A short author's note after the story's closing part navigation belongs to the footer too, and
  // so does a note to the readers after a closing divider ("✧ ✧ ✧", "Happy equinox, everyone!").
  for (let i = end - 1; i >= Math.max(start + 1, end - 3); i--) {
    const l = lines[i];
    const divider = isDivider(l) || l.kind === 'hr';
    if ((l.text && l.text.length < 300 && (isPartNavText(l.text) || (isLinkOnlyLine(l) && l.text.length < 160))) || divider) {
      if (lines.slice(i + 1, end).every((x) => x.text.length < (divider ? 200 : 300) && (!divider || isNoteLike(x.text)))) {
        navLines.push(...lines.slice(i, end).filter((x) => x.links.length));
        end = i;
        while (end > start && isFooterLine(lines[end - 1])) end--;
      }
      break;
    }
  }
  // Rule "the text under the player": a podfic posted with its text labels it after the header and the player
  // ("Transcript:", "Text:", "The text below"): the label starts the story's text and is none of it. Rule "a podfic's
  // closing aside": such a post ends with the reader's word about the recording, in italics ("First time recording myself!
  // Be gentle.", "My mic hates the letter s, sorry"): the reader's, not the story's.
  // (The player's cover art, an image line, may come first.)
  let label = start;
  while (label < end && lines[label].kind === 'media') label++;
  const transcript = label < end && TEXT_LABEL.test(lines[label].text) ? lines[label] : null;
  if (end - 1 > label && (transcript || label > start) && isRecordingAside(lines[end - 1])) end--;
  const kept = lines.slice(start, end).filter((l) => l !== transcript && (DETECTOR_BUILD || !(isMemoriesLine(l) || isArchiveLine(l))) && !l.cutLink && !isCrosspostText(l.text));
  // The detector's build counts the prose's words and looks for words in it: its paragraphs (which join the
  // same lines' texts, whitespace apart) and its HTML are the reader's.
  if (DETECTOR_BUILD) {
    const text = kept.map((l) => l.text).filter(Boolean);
    return { text: text.join('\n'), html: '', navLines };
  }

  const captions = new Set(kept.filter((l, i) => isCaption(l, kept[i - 1])));
  // Posts that never use a paragraph break (one <br> between paragraphs) get a paragraph a line.
  const usesParagraphBreaks = kept.some((l, i) => i > 0 && l.paraBreakBefore && l.blocks.length === kept[i - 1].blocks.length);
  const paragraphs: { lines: Line[]; wrap: Line['wrap'] }[] = [];
  for (const line of kept) {
    const last = paragraphs[paragraphs.length - 1];
    const join = last && usesParagraphBreaks && !line.paraBreakBefore && line.kind !== 'hr' && last.lines[0].kind !== 'hr' && last.wrap === line.wrap;
    if (join) last.lines.push(line);
    else paragraphs.push({ lines: [line], wrap: line.wrap });
  }

  const text: string[] = [];
  const html: string[] = [];
  let openWrap: Line['wrap'] = null;
  for (const p of paragraphs) {
    if (p.wrap !== openWrap) {
      if (openWrap) html.push(openWrap === 'li' ? '</ul>' : openWrap === 'pre' ? '</pre>' : '</blockquote>');
      if (p.wrap) html.push(p.wrap === 'li' ? '<ul>' : p.wrap === 'pre' ? '<pre>' : '<blockquote>');
      openWrap = p.wrap;
    }
    if (p.lines[0].kind === 'hr') {
      html.push('<hr>');
      continue;
    }
    const t = p.lines
      .filter((l) => !captions.has(l))
      .map((l) => l.text)
      .filter(Boolean)
      .join('\n');
    if (t) text.push(t);
    const inner = p.lines.map((l) => l.html).join('<br>');
    const attrs = directionAttrs(p.lines[0], t);
    html.push(openWrap === 'li' ? `<li${attrs}>${inner}</li>` : `<p${attrs}>${inner}</p>`);
  }
  if (openWrap) html.push(openWrap === 'li' ? '</ul>' : openWrap === 'pre' ? '</pre>' : '</blockquote>');
  return { text: text.join('\n\n'), html: html.join('\n'), navLines };
}
