/**
 * Where the reader is, as a place in the text (part, paragraph, how far in) that survives other
 * font sizes, widths and windows, and back to a place after the text moved. The measuring is here;
 * the math is utils/position.ts's.
 */
import { paragraphAtLine, scrollTargetFor } from '../../utils/position';
import { type PartSlot, paragraphsOf } from './part-slot';

/** A place in the text: survives other font sizes, widths and windows. */
export interface ReadingPlace {
  partKey: string;
  paragraph: number;
  /** How far into that paragraph the top of the view is, 0..1. */
  offset: number;
}

/** The place is read this far under the top of the view... */
const READ_LINE = 4;
/** ...and put back this far above it, so that reading it again finds the same paragraph. */
const RESTORE_ABOVE = 2;

export interface PlaceFinder {
  /** Where the reader is; null above the first part that is here (the card, the contents). */
  current(): ReadingPlace | null;
  /** Back to a place whose part is here (else nothing happens). */
  restore(place: ReadingPlace): void;
  /** `restore`, saying whether the place's part was here to restore. */
  tryRestore(place: ReadingPlace): boolean;
  /** The end of the last known part is in view (it is here, not loading or failed). */
  atStoryEnd(order: string[]): boolean;
  /** An element's top in the scroller's content. */
  topOf(el: HTMLElement): number;
}

/** `order`: the parts in reading order (null before the story is known); `slot`: a part's article. */
export function createPlaceFinder(scroller: HTMLElement, order: () => string[] | null, slot: (key: string) => PartSlot | undefined): PlaceFinder {
  const topOf = (el: HTMLElement) => el.getBoundingClientRect().top - scroller.getBoundingClientRect().top + scroller.scrollTop;
  const rectOf = (el: HTMLElement) => ({ top: topOf(el), height: el.getBoundingClientRect().height });
  const ready = (key: string) => {
    const s = slot(key);
    return s?.state === 'ready' ? s : null;
  };

  function current(): ReadingPlace | null {
    const keys = order();
    if (!keys) return null;
    const y = scroller.scrollTop + READ_LINE;
    let found: PartSlot | null = null;
    for (const key of keys) {
      const s = ready(key);
      if (!s) continue;
      if (topOf(s.article) <= y) found = s;
      else break;
    }
    if (!found) return null;
    const paras = paragraphsOf(found);
    const at = paragraphAtLine(paras.length, (i) => rectOf(paras[i]), y);
    return { partKey: found.key, paragraph: at?.paragraph ?? 0, offset: at?.offset ?? 0 };
  }

  function restore(place: ReadingPlace) {
    const s = ready(place.partKey);
    if (!s) return;
    // A stored place's paragraph and offset are checked when saved or imported (utils/db.ts,
    // utils/backup-rules.ts): scrollTargetFor's clamping changes nothing a place can hold.
    const target = scrollTargetFor(place, paragraphsOf(s).map(rectOf));
    scroller.scrollTop = target === null ? topOf(s.article) : target - RESTORE_ABOVE;
  }

  return {
    current,
    restore,
    tryRestore: (place) => {
      if (!ready(place.partKey)) return false;
      restore(place);
      return true;
    },
    atStoryEnd: (keys) => {
      const last = ready(keys[keys.length - 1]);
      if (!last) return false;
      // A last part still below the view is not at its end: its paragraphs, not laid out yet, are not measured.
      const bottom = scroller.getBoundingClientRect().bottom + 1;
      if (last.article.getBoundingClientRect().top > bottom) return false;
      const end = paragraphsOf(last).at(-1) ?? last.article;
      return end.getBoundingClientRect().bottom <= bottom;
    },
    topOf,
  };
}
