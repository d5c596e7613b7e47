/**
 * The reading order of a story's parts, on plain data (no page, no fetch): by part number where
 * known; else by the masterpost's list; else by "« Previous | Next »" links; else by discovery.
 */

import type { StoryPost } from '../extract/types';
import type { Item } from './types';

/** What the order reads of an item. */
export type OrderItem = Pick<Item, 'key' | 'seq' | 'status' | 'role' | 'hintIndex' | 'hintLabel' | 'post'>;

/** What the order reads of a run: every item, redirects, the masterpost's list, previous/next links, the start. */
export interface OrderFacts {
  items: ReadonlyMap<string, OrderItem>;
  aliases: ReadonlyMap<string, string>;
  /** The masterpost's part keys, in its order. */
  masterList: readonly string[];
  /** [before, after]: a "Previous" or "Next" link between two parts. */
  edges: readonly (readonly [string, string])[];
  startKey: string | null;
}

/** The key an entry is known by, after redirects (a renamed journal, a moved post). */
export function resolveKey(aliases: ReadonlyMap<string, string>, key: string): string {
  let k = key;
  for (let i = 0; i < 5 && aliases.has(k); i++) k = aliases.get(k)!;
  return k;
}

/** A part's number: from its post, else from the link or masterpost that named it. */
export function partIndexOf(item: OrderItem): number | null {
  return item.post?.part?.index ?? item.hintIndex;
}

/** Where a part stands among the numbered ones: its number, a half part ("1b") after the first half. */
function positionOf(item: OrderItem): number | null {
  const index = partIndexOf(item);
  if (index === null) return null;
  const texts = [item.post?.subject ?? '', item.post?.fields.title ?? '', item.hintLabel ?? ''];
  const half = texts.map((t) => halfPartOf(t, index)).find((n) => n > 0) ?? (continuesPart(item) ? 9 : 0);
  return index + half / 100;
}

/**
 * A part's second post, when the part outgrew the site's length limit: writers post the rest under the same marker with
 * "cont." or "continued" in the subject ("Title (1/2, cont.)", "Part 3 continued"). Read from the post itself only (a link
 * to it saying "continued in the next post" names the other half too).
 */
function continuesPart(item: OrderItem): boolean {
  return [item.post?.subject ?? '', item.post?.fields.title ?? ''].some((t) => /\b(?:cont(?:'?d|inued)?)(?:\.|\b)/i.test(t));
}

/** The letter of a half part ("1b/3", "Part 1b") as 1 for a, 2 for b…; 0 when `text` names none for this index. */
function halfPartOf(text: string, index: number): number {
  const m = /(?:^|[^\p{L}\p{N}])(\d{1,3})([a-e])(?=\s*(?:\/|of\b|[^\p{L}\p{N}]|$))/iu.exec(text);
  return m && Number(m[1]) === index ? m[2].toLowerCase().charCodeAt(0) - 96 : 0;
}

/** "Prologue" or "Epilogue" (also "Coda", "Afterword"), from the part's own subject or the link that found it. */
function unnumberedPlaceOf(item: { post?: StoryPost; hintLabel?: string }): 'prologue' | 'epilogue' | null {
  const texts = [item.post?.subject ?? '', item.hintLabel ?? ''];
  for (const t of texts) {
    if (/\bprologue\b/i.test(t)) return 'prologue';
    if (/\b(?:epilogue|coda|afterword)\b/i.test(t)) return 'epilogue';
  }
  return null;
}

/**
 * Reading order: by part number where known; else by the masterpost's order (placed among the
 * numbered parts by its neighbours in the list); else by "« Previous | Next »" links relative to
 * parts already placed; else by discovery. Ties keep both parts, in a stable order.
 */
export function readingOrder(facts: OrderFacts, visible: OrderItem[]): string[] {
  const all = [...facts.items.values()].filter((i) => i.status !== 'dropped' && i.status !== 'master' && !(i.role === 'master' && i.status !== 'part'));
  const resolve = (key: string) => resolveKey(facts.aliases, key);
  const pos = new Map<string, number>();
  for (const it of all) {
    const idx = positionOf(it);
    if (idx !== null) pos.set(it.key, idx);
  }
  // The masterpost's list.
  const list = facts.masterList;
  const listIdx = list.map((k) => pos.get(resolve(k)) ?? null);
  const anyListIdx = listIdx.some((x) => x !== null);
  list.forEach((k0, r) => {
    const k = resolve(k0);
    if (pos.has(k) || !facts.items.has(k)) return;
    if (!anyListIdx) {
      pos.set(k, r + 1);
      return;
    }
    for (let p = r - 1; p >= 0; p--) {
      if (listIdx[p] !== null) {
        pos.set(k, listIdx[p]! + (r - p) * 0.001);
        return;
      }
    }
    for (let q = r + 1; q < list.length; q++) {
      if (listIdx[q] !== null) {
        pos.set(k, listIdx[q]! - (q - r) * 0.001);
        return;
      }
    }
  });
  // A prologue comes before the numbered parts and an epilogue after them, when nothing else placed them.
  if (pos.size) {
    const last = Math.max(...pos.values());
    for (const it of all) {
      if (pos.has(it.key)) continue;
      const place = unnumberedPlaceOf(it);
      if (place === 'prologue') pos.set(it.key, 0);
      else if (place === 'epilogue') pos.set(it.key, Math.floor(last) + 1);
    }
  }
  // Previous/next links.
  const edges = facts.edges.map(([a, b]) => [resolve(a), resolve(b)] as const);
  if (edges.length) {
    let step = 0.5;
    if (pos.size === 0) {
      const seed = facts.startKey && facts.items.has(facts.startKey) ? facts.startKey : all.sort((a, b) => a.seq - b.seq)[0]?.key;
      if (seed) pos.set(seed, 0);
      step = 1;
    }
    for (let pass = 0, changed = true; changed && pass < all.length + 2; pass++) {
      changed = false;
      for (const [a, b] of edges) {
        if (pos.has(a) && !pos.has(b)) {
          pos.set(b, pos.get(a)! + step);
          changed = true;
        } else if (pos.has(b) && !pos.has(a)) {
          pos.set(a, pos.get(b)! - step);
          changed = true;
        }
      }
    }
  }
  const rank = (k: string) => {
    const r = list.findIndex((x) => resolve(x) === k);
    return r < 0 ? Number.POSITIVE_INFINITY : r;
  };
  const keyed = visible.map((it) => ({ it, p: pos.get(it.key) ?? Number.POSITIVE_INFINITY, r: rank(it.key) }));
  keyed.sort((x, y) => (x.p !== y.p ? (x.p < y.p ? -1 : 1) : x.r !== y.r ? (x.r < y.r ? -1 : 1) : x.it.seq - y.it.seq));
  return keyed.map((x) => x.it.key);
}
