/**
 * Where the reader opens. Opened from chapter 3 (or from the page of a part posted since the last
 * visit), it opens at chapter 3, the parts before it above for scrolling back. A saved position
 * wins only when the reader opens from the masterpost, from the part it is in, or from a part
 * before it; otherwise the reader opens where it was asked to and offers the saved place ("You
 * were in part 2: go there").
 */
import type { PartMarker } from './extract/types';

/** A place in the text (the reader's ReadingPlace). */
export interface StartPlace {
  partKey: string;
  paragraph: number;
  offset: number;
}

export interface StartChoice {
  /** Where to open; null: at the top (the story card). */
  place: StartPlace | null;
  /** The saved place, offered rather than taken. */
  offer: StartPlace | null;
}

/**
 * `from`: the part the reader was opened from (its key and marker), null when opened from the
 * masterpost or from no page at all (the reader page); `saved`: the saved position; `order`: the
 * saved story's parts in reading order (empty when it was never saved).
 */
export function chooseStart(o: { from: { key: string; part: PartMarker | null } | null; saved: StartPlace | null; order: readonly string[] }): StartChoice {
  const { from, saved, order } = o;
  if (!from) return { place: saved, offer: null };
  const fromAt = order.indexOf(from.key);
  const savedAt = saved ? order.indexOf(saved.partKey) : -1;
  if (saved && savedAt >= 0 && fromAt >= 0 && fromAt <= savedAt) return { place: saved, offer: null };
  // The first part (or a post with no part number) of a story not read before: its top, the card.
  const first = fromAt === 0 || (fromAt < 0 && (!from.part || from.part.index === 1));
  const here = first && !saved ? null : { partKey: from.key, paragraph: 0, offset: 0 };
  return { place: here, offer: saved && savedAt >= 0 ? saved : null };
}
