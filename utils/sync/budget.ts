/**
 * What fits in storage.sync: 102,400 bytes in all, 8,192 per item, 512 items (both browsers).
 * Tombstones and the settings go first (small, and a deletion must reach the other devices);
 * then stories, the most worth syncing first: unfinished before finished, recently read before
 * long ago. So when the space is full the oldest finished stories are the ones left on this
 * device only. Stories that do not fit are never deleted anywhere: they are just not synced.
 */
import { encodeSettings, encodeShard, encodeStory, itemBytes, SETTINGS_ITEM, SHARD_COUNT, type SyncItems, shardKeyOf, shardOf, totalBytes } from './encode';
import type { SyncState, SyncStory } from './types';

export const QUOTA = {
  bytes: 102_400,
  bytesPerItem: 8_192,
  maxItems: 512,
  writesPerMinute: 120,
  writesPerHour: 1_800,
} as const;

/** Room left unused: another version's item, a rounding of ours. */
export const RESERVE_BYTES = 1_024;

export interface Packed {
  items: SyncItems;
  /** Keys of the stories written to sync. */
  synced: Set<string>;
  /** Stories in the state (synced or not). */
  total: number;
  bytes: number;
}

export function isFinished(s: SyncStory): boolean {
  return s.read || (s.position?.percent ?? 0) >= 100;
}

/** Most worth syncing first: unfinished before finished, then most recently read. */
export function syncPriority(a: SyncStory, b: SyncStory): number {
  const f = Number(isFinished(a)) - Number(isFinished(b));
  if (f) return f;
  return b.lastRead - a.lastRead || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

const utf8 = new TextEncoder();
/** No record is smaller: a key, empty title and author, a time. */
const MIN_RECORD_BYTES = 40;
const GROUP_COST = 6; // "":[] and a comma around a group's name
const SHARD_BASE = 3 + '{"s":{}}'.length;

export function pack(state: SyncState, budget: number = QUOTA.bytes - RESERVE_BYTES): Packed {
  const shardStories: SyncStory[][] = Array.from({ length: SHARD_COUNT }, () => []);
  const shardTombs: Array<Array<[string, number]>> = Array.from({ length: SHARD_COUNT }, () => []);
  const shardBytes = new Array<number>(SHARD_COUNT).fill(0);
  const shardGroups = Array.from({ length: SHARD_COUNT }, () => new Set<string>());
  let used = 0;
  const items: SyncItems = {};
  if (state.settings) {
    items[SETTINGS_ITEM] = encodeSettings(state.settings);
    used += itemBytes(SETTINGS_ITEM, items[SETTINGS_ITEM]);
  }
  const open = (i: number) => {
    if (shardBytes[i] === 0) {
      shardBytes[i] = SHARD_BASE;
      used += SHARD_BASE;
    }
  };
  for (const [key, at] of state.tombstones) {
    const i = shardOf(key);
    open(i);
    const cost = JSON.stringify(key).length + 14 + (shardTombs[i]!.length ? 0 : 6);
    shardTombs[i]!.push([key, at]);
    shardBytes[i]! += cost;
    used += cost;
  }
  const ranked = [...state.stories.values()].sort(syncPriority);
  const kept: SyncStory[] = [];
  for (const s of ranked) {
    const i = shardOf(s.key);
    const group = s.key.slice(0, Math.max(0, s.key.indexOf('/')));
    const recBytes = utf8.encode(JSON.stringify(encodeStory(s))).length + 1;
    const cost = recBytes + (shardGroups[i]!.has(group) ? 0 : utf8.encode(group).length + GROUP_COST);
    const base = shardBytes[i] === 0 ? SHARD_BASE : 0;
    // A record that does not fit is skipped, not the end: a smaller one further down may fit
    // (until the space is all but full: then none will).
    if (used + base + cost > budget || shardBytes[i]! + base + cost > QUOTA.bytesPerItem) {
      if (budget - used < MIN_RECORD_BYTES) break;
      continue;
    }
    open(i);
    shardGroups[i]!.add(group);
    shardStories[i]!.push(s);
    shardBytes[i]! += cost;
    used += cost;
    kept.push(s);
  }
  for (let i = 0; i < SHARD_COUNT; i++) {
    if (shardStories[i]!.length || shardTombs[i]!.length) items[shardKeyOf(i)] = encodeShard(shardStories[i]!, shardTombs[i]!);
  }
  // The estimate above counts a little more than the real JSON; the exact count is the check.
  let bytes = totalBytes(items);
  while (bytes > budget && kept.length) {
    const last = kept.pop()!;
    const i = shardOf(last.key);
    shardStories[i] = shardStories[i]!.filter((s) => s !== last);
    if (shardStories[i]!.length || shardTombs[i]!.length) items[shardKeyOf(i)] = encodeShard(shardStories[i]!, shardTombs[i]!);
    else delete items[shardKeyOf(i)];
    bytes = totalBytes(items);
  }
  return { items, synced: new Set(kept.map((s) => s.key)), total: state.stories.size, bytes };
}
