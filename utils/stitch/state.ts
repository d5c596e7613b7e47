/**
 * A run's context (every item found, the masterpost, the links between parts, the fetch policy) and
 * the state the caller sees, built from it; a later load goes on from the context of the state it
 * is given, or from one rebuilt from a plain state (restored from storage).
 */

import { FetchPolicy } from '../fetch-policy';
import { canonicalEntryKey } from '../url';
import { partIndexOf, readingOrder } from './order';
import { partTitle, storyLooksIncomplete } from './posts';
import type { Context, Item, Role, StitchError, StitchedPart, StitchState } from './types';

/** The context each state was made from, for `loadParts` and `extendStory` to go on from. */
export const contexts = new WeakMap<StitchState, Context>();

/** A run's context before anything is found, from the page it starts at. */
export function newContext(startUrl: string): Context {
  return {
    items: new Map(),
    aliases: new Map(),
    edges: [],
    masterpost: null,
    masterList: [],
    seq: 0,
    capped: false,
    startKey: null,
    startUrl,
    policy: FetchPolicy.forStory(startUrl, startUrl, []),
    started: 0,
  };
}

/** The items the state shows: parts and failed parts (and, once done, a failed masterpost when parts seem missing). */
function visibleItems(ctx: Context, done: boolean): Item[] {
  const items = [...ctx.items.values()];
  const parts = items.filter((i) => i.status === 'part');
  const out = items.filter((i) => i.status === 'part' || (i.status === 'error' && i.role !== 'master'));
  if (done) {
    // A masterpost that failed matters only when parts seem to be missing.
    const masterErrors = items.filter((i) => i.status === 'error' && i.role === 'master');
    if (masterErrors.length && storyLooksIncomplete(parts.map((p) => p.post!))) out.push(...masterErrors);
  }
  return out;
}

/** The state as it stands: parts and errors in reading order, and (while it runs) the parts on their way. */
export function snapshot(ctx: Context, done: boolean): StitchState {
  const visible = visibleItems(ctx, done);
  // Parts whose links are known, still on their way: the reader shows them as placeholders.
  const waiting = done ? [] : [...ctx.items.values()].filter((i) => i.role === 'part' && (i.status === 'queued' || i.status === 'fetching'));
  // One sort for both: an item's place does not depend on which others are sorted with it.
  const known = readingOrder(ctx, waiting.length ? [...visible, ...waiting] : visible);
  const shown = new Set(visible.map((i) => i.key));
  const order = waiting.length ? known.filter((k) => shown.has(k)) : known;
  const parts = new Map<string, StitchedPart>();
  const errors = new Map<string, StitchError>();
  for (const key of order) {
    const it = ctx.items.get(key)!;
    if (it.status === 'part' && it.post) {
      parts.set(key, { key, url: it.url, index: partIndexOf(it), title: partTitle(it.post, partIndexOf(it)), post: it.post });
    } else if (it.error) {
      errors.set(key, { ...it.error, index: partIndexOf(it) });
    }
  }
  const state: StitchState = { order, parts, errors, masterpost: ctx.masterpost, done };
  if (waiting.length) {
    state.pending = new Map(waiting.map((it) => [it.key, { url: it.url, index: partIndexOf(it) }]));
    state.known = known;
  }
  return state;
}

/** A copy to go on from: its items, lists and policy changed without changing the original's. */
export function cloneContext(c: Context): Context {
  const items = new Map<string, Item>();
  for (const [k, it] of c.items) items.set(k, { ...it });
  return { ...c, items, aliases: new Map(c.aliases), edges: [...c.edges], masterList: [...c.masterList], policy: FetchPolicy.fromJSON(c.policy.toJSON()) };
}

/** A context rebuilt from a plain state (one restored from storage): known parts are not fetched again. */
export function contextFromState(state: StitchState): Context {
  const order = state.known ?? state.order;
  const first = order[0];
  const firstUrl = state.parts.get(first)?.url ?? state.errors.get(first)?.url ?? state.pending?.get(first)?.url ?? state.masterpost?.url ?? '';
  const ctx = newContext(firstUrl);
  for (const key of order) {
    const part = state.parts.get(key);
    const err = state.errors.get(key);
    const pending = state.pending?.get(key);
    const base = { key, role: 'part' as Role, seq: ctx.seq++, referrer: null, isStart: false };
    if (part) ctx.items.set(key, { ...base, url: part.url, status: 'part', hintIndex: part.index, post: part.post });
    else if (err) ctx.items.set(key, { ...base, url: err.url, status: 'error', hintIndex: err.index, error: err });
    // Known but without its text (saved before it arrived, or its text dropped): to be fetched.
    else if (pending) ctx.items.set(key, { ...base, url: pending.url, status: 'queued', hintIndex: pending.index });
  }
  for (const [key, err] of state.errors) {
    if (!ctx.items.has(key)) ctx.items.set(key, { key, url: err.url, role: 'master', status: 'error', seq: ctx.seq++, hintIndex: null, referrer: null, isStart: false, error: err });
  }
  // The journals its parts came from were admitted when they were fetched; a refused part stays refused.
  const admitted = [...state.parts.values()].map((p) => p.url);
  for (const err of state.errors.values()) if (err.reason !== 'not-allowed') admitted.push(err.url);
  for (const p of state.pending?.values() ?? []) admitted.push(p.url);
  if (state.masterpost) admitted.push(state.masterpost.url);
  ctx.policy = FetchPolicy.forStory(firstUrl, firstUrl, admitted, admitted);
  ctx.started = state.parts.size;
  if (state.masterpost) {
    ctx.masterpost = state.masterpost;
    ctx.masterList = state.masterpost.partLinks.map((l) => canonicalEntryKey(l.url));
    const mk = canonicalEntryKey(state.masterpost.url);
    if (!ctx.items.has(mk))
      ctx.items.set(mk, { key: mk, url: state.masterpost.url, role: 'master', status: 'master', seq: ctx.seq++, hintIndex: null, referrer: null, isStart: false, post: state.masterpost });
  }
  // Parts without a number keep the order they had.
  order.forEach((k, i) => {
    if (i > 0) {
      const a = ctx.items.get(order[i - 1]);
      const b = ctx.items.get(k);
      if (a && b && (a.hintIndex === null || b.hintIndex === null)) ctx.edges.push([a.key, b.key]);
    }
  });
  return ctx;
}
