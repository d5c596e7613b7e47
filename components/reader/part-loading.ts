/**
 * Parts past the first batch ('deferred') load as the reader nears them: two screens ahead the next
 * ones start, at the end of the text all the rest, and *Load now* takes them at once. One stitch at
 * a time after the first (`inSeries`): each starts from the state the last one left.
 */
import type { ReaderState } from '../../utils/kept-parts';
import type { StitchState } from '../../utils/stitch';
import { h } from './dom';

/** Parts loaded at once as the reader nears them (past the first batch): two rounds of the background's 4 fetches. */
const NEAR_BATCH = 8;

export type InSeries = <T>(f: () => Promise<T>) => Promise<T>;

/** Runs the functions it is given one after another, each after the last has settled. */
export function createSeries(): InSeries {
  let serial: Promise<unknown> = Promise.resolve();
  return <T>(f: () => Promise<T>): Promise<T> => {
    const next = serial.then(f, f);
    serial = next.catch(() => undefined);
    return next;
  };
}

/** The keys of the parts waiting to be loaded, in reading order. */
export const deferredKeys = (state: ReaderState | null): string[] => (state ? state.order.filter((k) => state.errors.get(k)?.reason === 'deferred') : []);

/** This part and the waiting ones after it, `NEAR_BATCH` in all (none when it is not waiting). */
export function around(state: ReaderState | null, key: string): string[] {
  const all = deferredKeys(state);
  const i = all.indexOf(key);
  return i < 0 ? [] : all.slice(i, i + NEAR_BATCH);
}

export interface PartLoaderDeps {
  scroller: HTMLElement;
  partsBox: HTMLElement;
  /** Fetches the given waiting parts (absent: the reader cannot load later parts). */
  load?(state: StitchState, keys: string[], onUpdate: (state: StitchState) => void): Promise<StitchState>;
  saveStory(state: StitchState): Promise<unknown>;
  state(): ReaderState | null;
  /** The stitcher's own state, what a load goes on from. */
  raw(): StitchState | null;
  /** The first stitch: loads wait for it. */
  firstRun(): Promise<unknown>;
  closed(): boolean;
  onUpdate(state: StitchState): void;
  inSeries: InSeries;
}

export interface PartLoader {
  /** Loads these parts (and those asked for before, not loaded yet) once the stitcher is free. */
  request(keys: string[]): void;
  /** Loads the part `key` and the waiting ones after it. */
  near(key: string): void;
  /** Watches parts that wait to load (null where there is no IntersectionObserver). */
  nearing: IntersectionObserver | null;
}

export function createPartLoader(d: PartLoaderDeps): PartLoader {
  const wanted = new Set<string>();
  let loadScheduled = false;
  function request(keys: string[]) {
    if (!d.load || d.closed()) return;
    for (const k of keys) wanted.add(k);
    if (loadScheduled || !wanted.size) return;
    loadScheduled = true;
    void d.inSeries(async () => {
      loadScheduled = false;
      const state = d.state();
      const keys = state?.done ? [...wanted].filter((k) => state.errors.get(k)?.reason === 'deferred') : [];
      if (!state?.done) {
        // The first stitch is still running: ask again once it is done.
        d.firstRun().then(
          () => request([]),
          () => undefined,
        );
        return;
      }
      wanted.clear();
      if (!keys.length || d.closed()) return;
      d.onUpdate(await d.load!(d.raw()!, keys, d.onUpdate));
      const after = d.state();
      if (after?.parts.size) await d.saveStory(after);
    });
  }
  const near = (key: string) => request(around(d.state(), key));

  // Two screens ahead the next parts start loading; at the end, all the rest.
  const NearingObserver = typeof IntersectionObserver === 'function' ? IntersectionObserver : null;
  const nearing = NearingObserver
    ? new NearingObserver(
        (entries) => {
          for (const e of entries) {
            if (!e.isIntersecting) continue;
            const key = (e.target as HTMLElement).dataset.key;
            if (key) near(key);
            else request(deferredKeys(d.state()));
          }
        },
        { root: d.scroller, rootMargin: '200% 0px' },
      )
    : null;
  const end = h('div', { class: 'ink-end', 'aria-hidden': 'true' });
  d.partsBox.after(end);
  nearing?.observe(end);
  return { request, near, nearing };
}
