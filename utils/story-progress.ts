/**
 * Honest progress. A story is as long as the parts it is known to have, loaded or not: a part
 * that failed or is still on its way counts (at the average length of the parts that are here),
 * and so do the parts a "Part 3/5" marker promises that are not posted yet. Finished means every
 * known part read to its end AND the story complete: its total known, every part present, none
 * failed. 100% is never shown while a part is missing.
 */
import type { PartMarker } from './extract/types';
import { FINISHED_PERCENT } from './library';

/**
 * The story's length as its part markers tell it: the largest "of N" ("Part 2/5": 5, never fewer
 * than the parts there are); null when parts are numbered but none gives a total ("1/?", "Part
 * 2"): a work in progress of unknown length; the number of parts when none is numbered (a
 * one-shot, or parts linked only by "Next").
 */
export function totalFromMarkers(markers: readonly (PartMarker | null | undefined)[], count: number): number | null {
  let total: number | null = null;
  let numbered = false;
  for (const m of markers) {
    if (!m) continue;
    numbered = true;
    if (m.total !== null) total = Math.max(total ?? 0, m.total);
  }
  if (total !== null) return Math.max(total, count);
  return numbered ? null : count;
}

export interface StoryExtent {
  /** Parts known: in the contents, loaded or not. */
  known: number;
  loaded: number;
  failed: number;
  /** What the markers say (see totalFromMarkers); null: unknown. */
  total: number | null;
  /** The total is known and every part of it is here, none failed, none still loading. */
  complete: boolean;
}

/** How complete a story is, from its parts as known: `loaded` are the markers of the parts that arrived. */
export function storyExtent(o: { known: number; loaded: readonly (PartMarker | null)[]; failed: number }): StoryExtent {
  const loaded = o.loaded.length;
  const total = totalFromMarkers(o.loaded, o.known);
  const complete = o.failed === 0 && loaded === o.known && total !== null && loaded >= total;
  return { known: o.known, loaded, failed: o.failed, total, complete };
}

/** What a saved story record says of its completeness (fields absent on records saved before they were kept). */
export interface SavedExtent {
  partKeys: readonly string[];
  totalParts?: number | null;
  failedKeys?: readonly string[];
}

/**
 * Whether a saved story is complete. A record saved before totals were kept (no `totalParts`)
 * counts as complete unless it says a part failed: nothing on it says otherwise.
 */
export function savedStoryComplete(s: SavedExtent): boolean {
  if (s.failedKeys?.length) return false;
  if (s.totalParts === undefined) return true;
  return s.totalParts !== null && s.partKeys.length >= s.totalParts;
}

export interface ReadingProgress {
  /** 0..100; below 100 unless the story is complete and read to its end. */
  percent: number;
  wordsTotal: number;
  wordsLeft: number;
}

/**
 * Progress through the known parts. `words[i]`: part i's words, null when it is not here (loading,
 * failed): counted at the average of those that are. `total`: parts the story has (markers), when
 * more than are known, the rest counted likewise. `at`: the part the view is in and the words
 * before the view within it; null above the first part. `atEnd`: the view has reached the end.
 */
export function readingProgress(words: readonly (number | null)[], at: { part: number; wordsIn: number } | null, o: { total: number | null; complete: boolean; atEnd: boolean }): ReadingProgress {
  const here = words.filter((w): w is number => w !== null);
  const average = here.length ? here.reduce((a, b) => a + b, 0) / here.length : 0;
  const sized = words.map((w) => w ?? average);
  const unposted = o.total !== null && o.total > words.length ? o.total - words.length : 0;
  const wordsTotal = Math.round(sized.reduce((a, b) => a + b, 0) + unposted * average);
  if (o.atEnd && o.complete) return { percent: 100, wordsTotal, wordsLeft: 0 };
  let before = 0;
  if (at) {
    for (let i = 0; i < at.part && i < sized.length; i++) before += sized[i];
    before += at.wordsIn;
  }
  // At the very end of the scroll with every known part here, all of them are read.
  if (o.atEnd && here.length === words.length) before = sized.reduce((a, b) => a + b, 0);
  let percent = wordsTotal ? Math.min(100, Math.max(0, (before / wordsTotal) * 100)) : 0;
  // A part missing (failed, loading, not posted, or a total nobody knows): never 100%.
  if (!o.complete) percent = Math.min(percent, FINISHED_PERCENT);
  return { percent, wordsTotal, wordsLeft: Math.max(0, Math.round(wordsTotal - before)) };
}
