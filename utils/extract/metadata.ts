/**
 * Entry metadata inside the entry's text ("Current Mood: tired", a Location/Mood/Music table, a
 * "Tags:" line of links, "Listening to: …"): the site's or a client's record of the entry, not the
 * author's story. Dropped before the header is read, so it neither ends a summary's continuation,
 * nor joins the body, nor counts as part navigation (a tag named "part 2", a map link).
 */
import type { Line } from './lines';
import { METADATA_LABELS, normalizeLabel } from './lexicon';

/** Decoration, a label, a colon: "<b>Current Mood</b>: x", "Location: | Leeds" (a table row), "~ Music: x". */
const LABEL_THEN_COLON = /^[^\p{L}\p{N}"“]{0,8}(\p{L}[\p{L}'’ ]{0,30}?)[^\p{L}\p{N}]{0,4}[:：]/u;

export function isMetadataLine(line: Pick<Line, 'text' | 'kind'>): boolean {
  if (line.kind !== 'text' || line.text.length > 300) return false;
  const m = LABEL_THEN_COLON.exec(line.text);
  return !!m && METADATA_LABELS.has(normalizeLabel(m[1]).replace(/^(?:current|my|aktuelle|nuværende) | actuelle$/, ''));
}

/** The lines without metadata; a paragraph break or a cut before a dropped line moves to the next. */
export function dropMetadata(lines: Line[]): Line[] {
  const out: Line[] = [];
  let paraBreak = false;
  let afterCut = false;
  for (const line of lines) {
    if (isMetadataLine(line)) {
      paraBreak ||= line.paraBreakBefore;
      afterCut ||= line.afterCut;
      continue;
    }
    out.push(paraBreak || afterCut ? { ...line, paraBreakBefore: line.paraBreakBefore || paraBreak, afterCut: line.afterCut || afterCut } : line);
    paraBreak = afterCut = false;
  }
  return out;
}
