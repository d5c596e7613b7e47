/**
 * A run's context and the state built from it (utils/stitch/state.ts), on hand-made items: parts and
 * errors in reading order, the parts on their way while it runs, a failed masterpost only when parts
 * seem missing; a context cloned or rebuilt from a plain state gives the same state again.
 */
import { describe, expect, it } from 'vitest';
import { cloneContext, contextFromState, newContext, snapshot } from '../../utils/stitch/state';
import type { Context, Item } from '../../utils/stitch/types';
import { canonicalEntryKey } from '../../utils/url';
import { blankPost } from '../support/reader-deps';

const J = (n: number) => `https://writer.livejournal.com/${n}.html`;
const K = (n: number) => canonicalEntryKey(J(n));

function add(ctx: Context, n: number, over: Partial<Item>): Item {
  const it: Item = { key: K(n), url: J(n), role: 'part', status: 'part', seq: ctx.seq++, hintIndex: null, referrer: null, isStart: false, ...over };
  ctx.items.set(it.key, it);
  return it;
}
const part = (index: number, total: number | null = 3) => blankPost({ url: J(index), part: { index, total }, subject: `Tides ${index}/${total ?? '?'}`, bodyText: 'x' });

function threeParts(): Context {
  const ctx = newContext(J(1));
  add(ctx, 3, { status: 'queued', hintIndex: 3 });
  add(ctx, 1, { post: part(1), isStart: true });
  add(ctx, 2, { status: 'error', hintIndex: 2, error: { key: K(2), url: J(2), index: 2, reason: 'timeout', message: 'Timed out.' } });
  return ctx;
}

describe('snapshot', () => {
  it('while it runs: parts and errors in order, the queued part pending in its place', () => {
    const s = snapshot(threeParts(), false);
    expect(s.order).toEqual([K(1), K(2)]);
    expect(s.known).toEqual([K(1), K(2), K(3)]);
    expect(s.pending).toEqual(new Map([[K(3), { url: J(3), index: 3 }]]));
    expect(s.parts.get(K(1))).toMatchObject({ key: K(1), url: J(1), index: 1, title: 'Tides 1/3' });
    expect(s.errors.get(K(2))).toMatchObject({ reason: 'timeout', index: 2 });
    expect(s.done).toBe(false);
  });

  it('done: nothing pending; a failed masterpost shows only when parts seem missing', () => {
    const ctx = threeParts();
    ctx.items.get(K(3))!.status = 'dropped';
    add(ctx, 9, { role: 'master', status: 'error', error: { key: K(9), url: J(9), index: null, reason: 'not-found', message: 'Gone.' } });
    const s = snapshot(ctx, true);
    expect(s.pending).toBeUndefined();
    expect(s.known).toBeUndefined();
    // One part arrived of three: the masterpost's error is shown.
    expect(s.order).toEqual([K(1), K(2), K(9)]);
    // All three arrived: it is not.
    const whole = newContext(J(1));
    for (const n of [1, 2, 3]) add(whole, n, { post: part(n) });
    add(whole, 9, { role: 'master', status: 'error', error: { key: K(9), url: J(9), index: null, reason: 'not-found', message: 'Gone.' } });
    expect(snapshot(whole, true).order).toEqual([K(1), K(2), K(3)]);
  });
});

describe('cloneContext and contextFromState', () => {
  it('a clone is changed without changing the original', () => {
    const ctx = threeParts();
    const copy = cloneContext(ctx);
    copy.items.get(K(1))!.status = 'dropped';
    copy.edges.push([K(1), K(2)]);
    expect(ctx.items.get(K(1))!.status).toBe('part');
    expect(ctx.edges).toEqual([]);
  });

  it('rebuilt from a plain state: the same state again, the pending part queued, the journals admitted', () => {
    const state = snapshot(threeParts(), false);
    const ctx = contextFromState(state);
    expect(ctx.items.get(K(3))!.status).toBe('queued');
    expect(ctx.started).toBe(1);
    expect(ctx.policy.allows(J(5))).toBe(true);
    const again = snapshot(ctx, false);
    expect(again.order).toEqual(state.order);
    expect(again.known).toEqual(state.known);
    expect([...again.parts.keys()]).toEqual([...state.parts.keys()]);
    expect([...again.errors.values()]).toEqual([...state.errors.values()]);
  });
});
