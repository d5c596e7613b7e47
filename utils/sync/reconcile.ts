/**
 * One step of sync, pure: this device's state and what storage.sync holds in, out what this
 * device must change in its library and what to write to storage.sync. Used both ways: after a
 * local change (push) and when another device's change arrives (pull); a state already in step
 * gives no changes and no writes, so a device never echoes what it received.
 */
import { type Packed, pack } from './budget';
import { decodeItems, isShardKey, SETTINGS_ITEM, type SyncItems } from './encode';
import { expireTombstones, mergeStates, sameStory } from './merge';
import type { SyncSettings, SyncState, SyncStory } from './types';

export interface SyncWrites {
  set: SyncItems;
  remove: string[];
}

export interface SyncReport {
  /** Stories written to sync. */
  synced: number;
  /** Stories this device knows (synced or not). */
  total: number;
  bytes: number;
  items: number;
}

export interface Reconciled {
  merged: SyncState;
  /** Stories to add or update in this device's library (new, newer position, read mark, title). */
  upsert: SyncStory[];
  /** Stories deleted on another device, to delete here. */
  remove: string[];
  /** Newer settings from another device, or null. */
  settings: SyncSettings | null;
  /** What storage.sync must become, or null when it holds it already. */
  writes: SyncWrites | null;
  report: SyncReport;
  packed: Packed;
}

const ours = (key: string): boolean => isShardKey(key) || key === SETTINGS_ITEM;

/** Items that differ between what sync holds and what it should hold (other extensions' keys are not ours to touch). */
export function diffItems(current: SyncItems, wanted: SyncItems): SyncWrites | null {
  const set: SyncItems = {};
  for (const [k, v] of Object.entries(wanted)) if (JSON.stringify(current[k]) !== JSON.stringify(v)) set[k] = v;
  const remove = Object.keys(current).filter((k) => ours(k) && !(k in wanted));
  return Object.keys(set).length || remove.length ? { set, remove } : null;
}

export function reconcile(local: SyncState, remoteItems: SyncItems, now: number): Reconciled {
  const merged = expireTombstones(mergeStates(local, decodeItems(remoteItems)), now);
  const upsert: SyncStory[] = [];
  for (const [k, s] of merged.stories) if (!sameStory(local.stories.get(k), s)) upsert.push(s);
  const remove = [...local.stories.keys()].filter((k) => !merged.stories.has(k));
  const settings = merged.settings && merged.settings !== local.settings && (!local.settings || merged.settings.at > local.settings.at) ? merged.settings : null;
  const packed = pack(merged);
  return {
    merged,
    upsert,
    remove,
    settings,
    writes: diffItems(remoteItems, packed.items),
    report: { synced: packed.synced.size, total: packed.total, bytes: packed.bytes, items: Object.keys(packed.items).length },
    packed,
  };
}
