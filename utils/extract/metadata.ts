/**
 * Entry metadata inside the entry's text ("Current Mood: tired", a Location/Mood/Music table, a
 * "Tags:" line of links, "Listening to: …"): the site's or a client's record of the entry, not the
 * author's story. Dropped before the header is read, so it neither ends a summary's continuation,
 * nor joins the body, nor counts as part navigation (a tag named "part 2", a map link).
 */

import { METADATA_LABELS, normalizeLabel } from './lexicon';
import type { Line } from './lines';

/**
 * Decoration, a label, a colon: "<b>Current Mood</b>: x", "Location: | Leeds" (a table row), "~ Music: x"; or an arrow,
 * as authors typed their own mood lines ("feeling ⇢ nostalgic · hearing ⇢ the mill race", "mood -> tired").
 */
const LABEL_THEN_COLON = /^[^\p{L}\p{N}"“]{0,8}(\p{L}[\p{L}'’ ]{0,30}?)[^\p{L}\p{N}]{0,4}[:：>⇢→]/u;

export function isMetadataLine(line: Pick<Line, 'text' | 'kind'> & { links?: Line['links'] }): boolean {
  if (line.kind !== 'text' || line.text.length > 300) return false;
  // Or a label and then only links, no colon: WordPress's "Posted in <a>fiction</a>, <a>flash</a>".
  let rest = line.text;
  for (const l of line.links ?? []) rest = rest.replace(l.text, '');
  const m = LABEL_THEN_COLON.exec(line.text) ?? (line.links?.length ? /^(\p{L}[\p{L} ]*?)[\s,|]*$/u.exec(rest) : null);
  return !!m && METADATA_LABELS.has(normalizeLabel(m[1]).replace(/^(?:current|my|aktuelle|nuværende) | actuelle$/, ''));
}

/**
 * The lines without metadata; a paragraph break or a cut before a dropped line moves to the next.
 * A table two of whose rows are metadata is a client's or crossposter's table: its other short rows
 * go too (its "Posted by:").
 */
export function dropMetadata(lines: Line[]): Line[] {
  const out: Line[] = [];
  let paraBreak = false;
  let afterCut = false;
  const rows = new Map<Element, number>();
  const tableOf = (line: Line) => [...line.blocks].reverse().find((b) => b.tagName.toUpperCase() === 'TABLE');
  // (Each line's test once: both passes ask.)
  const metadata = lines.map((line) => isMetadataLine(line));
  lines.forEach((line, i) => {
    const table = metadata[i] && tableOf(line);
    if (table) rows.set(table, (rows.get(table) ?? 0) + 1);
  });
  for (const [i, line] of lines.entries()) {
    const table = tableOf(line);
    if (metadata[i] || (table && (rows.get(table) ?? 0) >= 2 && line.text.length < 100)) {
      paraBreak ||= line.paraBreakBefore;
      afterCut ||= line.afterCut;
      continue;
    }
    out.push(paraBreak || afterCut ? { ...line, paraBreakBefore: line.paraBreakBefore || paraBreak, afterCut: line.afterCut || afterCut } : line);
    paraBreak = afterCut = false;
  }
  return out;
}
