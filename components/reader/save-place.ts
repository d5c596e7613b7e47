/**
 * Saving the place: a second after scrolling starts (then again a second after the next scroll),
 * when the page is hidden or goes away, and on close; never the same place twice in a row.
 */
import { flushOnClose, throttle } from '../../utils/position';
import type { ReadingPlace } from './place';

export interface PlaceSaving {
  /** Saves now (closing, hidden). */
  now(): void;
  /** Saves a second from now, unless a save is already on its way. */
  soon(): void;
  /** Stops saving when the page is hidden (the reader closed). */
  stop(): void;
}

/** `measure`: where the reader is and how far through the story, as the bar shows it. */
export function savePlaceAsYouRead(measure: () => { place: ReadingPlace | null; pct: number }, save: (place: ReadingPlace, percent: number) => void): PlaceSaving {
  let lastSaved = '';
  const now = () => {
    soon.cancel();
    const { place, pct } = measure();
    if (!place) return;
    const sig = JSON.stringify(place);
    if (sig === lastSaved) return;
    lastSaved = sig;
    save(place, pct);
  };
  const soon = throttle(now, 1000, { leading: false });
  const stop = flushOnClose(now);
  return { now, soon: () => soon(), stop };
}
