// @vitest-environment jsdom
/** Parts past the first batch: which load together, one stitch at a time, and never before the first stitch is done. */
import { describe, expect, it, vi } from 'vitest';
import { around, createPartLoader, createSeries, deferredKeys } from '../../components/reader/part-loading';
import type { ReaderState } from '../../utils/kept-parts';
import type { StitchState } from '../../utils/stitch';

/** Parts k1..kN; from `firstWaiting` on they wait ('deferred'). */
function story(n: number, firstWaiting: number, done = true): ReaderState {
  const s: ReaderState = { order: [], parts: new Map(), errors: new Map(), masterpost: null, done };
  for (let i = 1; i <= n; i++) {
    s.order.push(`k${i}`);
    if (i >= firstWaiting) s.errors.set(`k${i}`, { key: `k${i}`, url: '', index: i, reason: 'deferred', message: '' });
  }
  return s;
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('which parts load together', () => {
  it('the waiting parts in order; a part and the 7 waiting after it', () => {
    const s = story(20, 5);
    expect(deferredKeys(null)).toEqual([]);
    expect(deferredKeys(s)).toHaveLength(16);
    expect(around(s, 'k5')).toEqual(['k5', 'k6', 'k7', 'k8', 'k9', 'k10', 'k11', 'k12']);
    expect(around(s, 'k18')).toEqual(['k18', 'k19', 'k20']);
    expect(around(s, 'k2')).toEqual([]);
  });
});

describe('one stitch at a time', () => {
  it('each starts when the last has settled, failed ones too', async () => {
    const inSeries = createSeries();
    const log: string[] = [];
    let release!: () => void;
    const first = inSeries(() => new Promise<void>((r) => (release = r)).then(() => log.push('first')));
    const second = inSeries(async () => {
      log.push('second');
      throw new Error('no');
    });
    const third = inSeries(async () => log.push('third'));
    await tick();
    expect(log).toEqual([]);
    release();
    await first;
    await expect(second).rejects.toThrow('no');
    await third;
    expect(log).toEqual(['first', 'second', 'third']);
  });
});

describe('the part loader', () => {
  function setup(o: { state: ReaderState; load?: boolean; firstRun?: Promise<unknown>; closed?: boolean }) {
    let state: ReaderState | null = o.state;
    const partsBox = document.createElement('div');
    const column = document.createElement('main');
    column.append(partsBox);
    const load = vi.fn(async (s: StitchState, keys: string[]) => {
      const next = { ...s, errors: new Map(s.errors) };
      for (const k of keys) next.errors.delete(k);
      return next;
    });
    const saveStory = vi.fn(async () => undefined);
    const loader = createPartLoader({
      scroller: document.createElement('div'),
      partsBox,
      load: o.load === false ? undefined : load,
      saveStory,
      state: () => state,
      raw: () => state,
      firstRun: () => o.firstRun ?? Promise.resolve(),
      closed: () => o.closed ?? false,
      onUpdate: (s) => {
        state = s;
      },
      inSeries: createSeries(),
    });
    return { loader, load, saveStory, column, state: () => state };
  }

  it('puts the end marker after the parts', () => {
    const { column } = setup({ state: story(3, 2) });
    expect(column.lastElementChild?.className).toBe('ink-end');
  });

  it('loads what was asked for, in one load, then saves the story', async () => {
    const t = setup({ state: story(12, 3) });
    t.state()!.parts.set('k1', { key: 'k1', url: '', index: 1, title: 'The Story', post: {} as never });
    t.loader.near('k3');
    t.loader.request(['k12']);
    await tick();
    expect(t.load).toHaveBeenCalledTimes(1);
    expect(t.load.mock.calls[0][1]).toEqual(['k3', 'k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k10', 'k12']);
    expect(deferredKeys(t.state())).toEqual(['k11']);
    expect(t.saveStory).toHaveBeenCalledTimes(1);
  });

  it('waits for the first stitch, then asks again', async () => {
    let finish!: () => void;
    const firstRun = new Promise<void>((r) => (finish = r));
    const t = setup({ state: story(10, 2, false), firstRun });
    t.loader.near('k2');
    await tick();
    expect(t.load).not.toHaveBeenCalled();
    t.state()!.done = true;
    finish();
    await tick();
    await tick();
    expect(t.load).toHaveBeenCalledTimes(1);
    expect(t.load.mock.calls[0][1]).toHaveLength(8);
  });

  it('loads nothing once closed, or where the reader cannot load', async () => {
    const closed = setup({ state: story(4, 2), closed: true });
    closed.loader.near('k2');
    const none = setup({ state: story(4, 2), load: false });
    none.loader.near('k2');
    await tick();
    expect(closed.load).not.toHaveBeenCalled();
    expect(none.load).not.toHaveBeenCalled();
  });
});
