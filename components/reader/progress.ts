/**
 * How far through the story the reader is, in the bar: percent, the progress bar and the time
 * left. Over every known part, loaded or not (utils/story-progress.ts): a part still loading or
 * failed counts at the average length; 100% only for a complete story read to its end.
 */
import type { ReaderState } from '../../utils/kept-parts';
import { countWords } from '../../utils/position';
import { readingProgress, storyExtent } from '../../utils/story-progress';
import { orderOf, type PartSlot, paragraphsOf } from './part-slot';
import type { ReadingPlace } from './place';

export interface ProgressFigures {
  percent: number;
  wordsLeft: number;
  wordsTotal: number;
}

/** Words read in a part up to a place: the paragraphs above it, and the share of the one it is in. */
export function wordsInto(paragraphs: readonly HTMLElement[], place: ReadingPlace): number {
  let wordsIn = 0;
  for (let i = 0; i <= place.paragraph && i < paragraphs.length; i++) {
    const w = countWords(paragraphs[i].textContent ?? '');
    wordsIn += i < place.paragraph ? w : w * place.offset;
  }
  return wordsIn;
}

/** `atStoryEnd`: whether the end of the last known part is in view. */
export function progressAt(state: ReaderState | null, slots: ReadonlyMap<string, PartSlot>, place: ReadingPlace | null, atStoryEnd: (order: string[]) => boolean): ProgressFigures {
  if (!state) return { percent: 0, wordsLeft: 0, wordsTotal: 0 };
  const order = orderOf(state);
  const words = order.map((key) => (slots.get(key)?.state === 'ready' ? slots.get(key)!.words : null));
  const slot = place ? slots.get(place.partKey) : undefined;
  const at = place && slot ? { part: order.indexOf(place.partKey), wordsIn: wordsInto(paragraphsOf(slot), place) } : null;
  const extent = storyExtent({
    known: order.length,
    loaded: order.filter((k) => state.parts.has(k)).map((k) => state.parts.get(k)!.post.part),
    failed: order.filter((k) => state.errors.has(k)).length,
  });
  return readingProgress(words, at, { total: extent.total, complete: extent.complete && state.done, atEnd: atStoryEnd(order) });
}

/** "12 min left", "1 h 5 min left"; nothing while no part's length is known. */
export function timeLeftText(wordsLeft: number, wordsTotal: number, wpm: number): string {
  const left = Math.max(0, Math.round(wordsLeft / wpm));
  if (!wordsTotal) return '';
  return left >= 60 ? `${Math.floor(left / 60)} h ${left % 60} min left` : `${left} min left`;
}

export function showProgress(out: { percentOut: HTMLElement; progress: HTMLElement; timeOut: HTMLElement }, figures: ProgressFigures, wpm: number): void {
  const rounded = Math.floor(figures.percent);
  out.percentOut.textContent = `${rounded}%`;
  out.progress.style.width = `${figures.percent}%`;
  out.progress.setAttribute('aria-valuenow', String(rounded));
  out.timeOut.textContent = timeLeftText(figures.wordsLeft, figures.wordsTotal, wpm);
}
