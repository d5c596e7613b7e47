/**
 * The subject grammar of comment fic (kink-meme fills, comment-thread stories). A comment's
 * subject is its header: `FILL: Title (1/3)`, `Fill: Title, part 2`, `Title 2/?`,
 * `Re: FILL: Title 3/5 (END)`, `[FILL] Title`, `Title 4a/6`. Pure string work.
 *
 *   SUBJECT   := ("Re:")* [FILL-MARK] TITLE [PART] [END-MARK | "(cont.)" | "(WIP)"]*
 *   FILL-MARK := "FILL:" | "Fill -" | "[FILL]" | "(fill)"        (case-insensitive)
 *   PART      := the part markers of parts.ts, a half-part letter kept ("4a/6" → 4, "a")
 *   END-MARK  := "(END)" | "[Complete]" | "(Fin)" | "The End", or END/Complete/Fin right after PART
 * A total of "?" is a work in progress; an end mark, or a part n of n, ends the fill.
 */
import { parsePartMarker, titleFromSubject } from './parts';
import type { PartMarker } from './types';

export interface CommentSubject {
  /** The subject as written. */
  raw: string;
  /** It began with "Re:" (the sites put it there on a reply; a filler may keep it). */
  reply: boolean;
  /** The subject without its "Re:" prefixes. */
  bare: string;
  /** It says FILL. */
  fill: boolean;
  /** The title, without fill marks, part markers and end marks ('' when there is none). */
  title: string;
  part: PartMarker | null;
  /** The letter of a part posted in pieces ("4a/6" → 'a'), '' otherwise. */
  piece: string;
  /** An end mark (END, Complete, Fin) or a part n of n. */
  ends: boolean;
  /**
   * The part marker is where a fill's subject puts it: after the title ("Title 2/?", "Title, part 2
   * (END)") or as a "Part 2:" lead. "3/4 of the way through" opens a sentence: no fill's subject.
   */
  markerPlaced: boolean;
}

const RE_PREFIX = /^\s*(?:re(?:\[\d+\])?\s*:\s*)+/i;
const FILL_MARK = /^\s*(?:[[(]\s*fill(?:ed)?\s*[\])]\s*[:\-–—!]?|fill(?:ed)?\s*(?:[:\-–—!|]|(?=\s+\S)|$))\s*/i;
const FILL_AFTER = /\s*[[(]\s*fill(?:ed)?\s*[\])]\s*$/i;
const END_BRACKETED = /[[(]\s*(?:the\s+)?(?:end|complete[d]?|fin(?:ished|is)?)\s*[!.]*\s*[\])]/i;
const END_AFTER_PART = /(?:\d[a-e]?\s*(?:\/|of)\s*\d{1,3}|\bpart\s+\w+)\s*[\])]?\s*[-–—:,]?\s*(?:the\s+)?(?:end|complete[d]?|fin)\s*[!.]*\s*$/i;
const END_ALONE = /[-–—:,]\s*the end\s*[!.]*\s*$/i;
const NOISE = /\s*[[(]\s*(?:cont(?:inued|\.|'d)?|wip|in progress|continued from [^\])]*)\s*[\])]/gi;
const MARKER_AT_END =
  /(?:\d{1,3}[a-e]?\s*(?:\/|\bof\b)\s*(?:\d{1,3}|[ivxlc]+|\?+)|\b(?:part|pt\.?|chapter|ch\.?)\s*[\w]+)\s*[\])]?\s*(?:[-–—:,]?\s*(?:the\s+)?(?:end|complete[d]?|fin)\s*[!.]*\s*)?(?:[[(][^\])]*[\])]\s*)*$/i;
const MARKER_LEAD = /^\s*[[(]?\s*(?:part|pt\.?|chapter|ch\.?)\s*\w+(?:\s*(?:\/|of)\s*(?:\w+|\?+))?\s*[\])]?\s*[:\-–—]/i;
const PIECE = /(\d{1,3})([a-e])\s*(?:\/|of)\s*(?:\d|\?)/i;

export function parseCommentSubject(subject: string): CommentSubject {
  const raw = subject.replace(/\s+/g, ' ').trim();
  const reply = RE_PREFIX.test(raw);
  const bare = raw.replace(RE_PREFIX, '').trim();
  const fill = FILL_MARK.test(bare) || FILL_AFTER.test(bare);
  const part = parsePartMarker(bare);
  const ends = END_BRACKETED.test(bare) || END_AFTER_PART.test(bare) || END_ALONE.test(bare) || (!!part && part.total !== null && part.index === part.total);
  const piece = part ? (PIECE.exec(bare)?.[2] ?? '').toLowerCase() : '';
  let t = bare.replace(FILL_MARK, '').replace(FILL_AFTER, '').replace(END_BRACKETED, '').replace(NOISE, '').replace(END_ALONE, '');
  if (part) t = t.replace(/(?:[-–—:,]\s*)?(?:the\s+)?(?:end|complete[d]?|fin)\s*[!.]*\s*$/i, (m) => (END_AFTER_PART.test(bare) ? '' : m));
  t = t.trim();
  const title = t ? titleFromSubject(t) : '';
  // titleFromSubject gives the subject back when nothing is left: "FILL" alone, or "Part 2".
  const clean = /^(?:fill(?:ed)?|part|chapter|pt\.?)?$/i.test(title.replace(/[\s\d/?()[\]:.,-]+/g, '')) ? '' : title;
  const markerPlaced = !!part && (MARKER_AT_END.test(bare) || MARKER_LEAD.test(bare));
  return { raw, reply, bare, fill, title: clean, part, piece, ends, markerPlaced };
}

/** Titles compared the way a reader would: case, punctuation and spacing aside. */
export function sameTitle(a: string, b: string): boolean {
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(a) !== '' && norm(a) === norm(b);
}
