/**
 * A fill's search, said as it goes. Walking a meme's thread can take many comment pages, so the reader
 * shows "part 3 of 6 found, still looking" while it walks and, once done, what stopped the walk or could
 * not be read ("Comment page 3 could not be fetched: …"), or nothing when all went well. The walk can
 * start before the reader is mounted: the last word waits for it.
 */
import type { FillStoryOptions } from '../../utils/stitch/fill-state';

export interface FillStatus {
  /** Spread into stitchFillStory's options. */
  options: Pick<FillStoryOptions, 'onProgress' | 'onNotes'>;
  /** Where the words go (the reader's status line); what was last said is shown at once. */
  attach(show: (text: string | null) => void): void;
}

export function fillStatus(): FillStatus {
  let show: ((text: string | null) => void) | null = null;
  let last: string | null = null;
  const say = (text: string | null) => {
    last = text;
    show?.(text);
  };
  return {
    options: {
      onProgress: (p) => say(p.done ? null : `Looking for the fill’s parts: ${p.message}…`),
      onNotes: (notes) => say(notes.length ? notes.join(' ') : null),
    },
    attach(to) {
      show = to;
      to(last);
    },
  };
}
