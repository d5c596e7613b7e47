/**
 * This device's library (IndexedDB, utils/db.ts) as sync sees it, for the background: read as
 * sync stories, and changed by what other devices did. The library keeps everything sync does
 * not (text, parts, fields): a change from elsewhere moves a position forward, sets a read mark,
 * deletes a story deleted elsewhere, or adds a story first read elsewhere (listed at once, its
 * text fetched when it is opened).
 *
 * Deletions made here are kept as tombstones in storage.local (`TOMBSTONES_KEY`, written by the
 * page that deleted: recordDeletions), so sync can tell "deleted here" from "not synced yet".
 */
import { deleteStories, findStoryByPartKey, getStory, type InkwellDb, type PositionRecord, readStoriesAndPositions, savePosition, saveStory, setStoryStatus } from '../db';
import type { Reconciled } from './reconcile';
import { positionFromSync, storyFromSync, toSyncStory } from './records';
import type { SyncLocal } from './service';
import { lastActivity, type SyncSettings, type SyncState, type SyncStory, TOMBSTONE_MS, toSyncTime } from './types';

export const TOMBSTONES_KEY = 'sync-tombstones';
export const SETTINGS_KEY = 'sync-settings';
/** Stories restored from a backup (key → when): that counts as something happening to them after a deletion. */
export const RESTORED_KEY = 'sync-restored';

/** The part of storage.local used. */
export interface KeyValue {
  get(key: string): Promise<unknown>;
  set(key: string, value: unknown): Promise<void>;
}

/** A position another device reached in a story this device has: what an open reader offers. */
export interface RemotePlace {
  storyId: string;
  position: PositionRecord;
  /** The part's number in the story (1-based). */
  part: number;
}

export function readTombstones(raw: unknown): Map<string, number> {
  const out = new Map<string, number>();
  if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
    for (const [k, v] of Object.entries(raw as Record<string, unknown>)) if (typeof v === 'number' && Number.isFinite(v)) out.set(k, v);
  }
  return out;
}

/** Records stories deleted on this device (the library page), so the deletion reaches the others. */
export async function recordDeletions(kv: KeyValue, ids: readonly string[], at: number = Date.now()): Promise<void> {
  const t = readTombstones(await kv.get(TOMBSTONES_KEY));
  for (const id of ids) t.set(id, Math.max(at, t.get(id) ?? 0));
  await kv.set(TOMBSTONES_KEY, Object.fromEntries(t));
}

/** Stories brought back (a backup imported): their deletions are forgotten here and lose to the restore everywhere. */
export async function recordRestores(kv: KeyValue, ids: readonly string[], at: number = Date.now()): Promise<void> {
  const t = readTombstones(await kv.get(TOMBSTONES_KEY));
  const restored = new Map([...readTombstones(await kv.get(RESTORED_KEY))].filter(([, when]) => at - when < TOMBSTONE_MS));
  for (const id of ids) {
    t.delete(id);
    restored.set(id, at);
  }
  await kv.set(TOMBSTONES_KEY, Object.fromEntries(t));
  await kv.set(RESTORED_KEY, Object.fromEntries(restored));
}

function readSettings(raw: unknown): SyncSettings | null {
  const s = raw as { value?: unknown; at?: unknown } | null;
  if (!s || typeof s.at !== 'number' || !s.value || typeof s.value !== 'object') return null;
  return { value: s.value as Record<string, unknown>, at: s.at };
}

export interface LibrarySyncOptions {
  db: () => Promise<InkwellDb>;
  kv: KeyValue;
  now?: () => number;
  /** Newer settings from another device: store them (the reader's own settings item). */
  applySettings?(value: Record<string, unknown>): Promise<void>;
  /** Another device moved on in these stories (an open reader offers the place), or changed the library. */
  onRemote?(change: { places: RemotePlace[]; libraryChanged: boolean }): void;
}

export function createLibrarySyncLocal(opts: LibrarySyncOptions): SyncLocal {
  const now = opts.now ?? (() => Date.now());
  return {
    async read(): Promise<SyncState> {
      const { stories, positions } = await readStoriesAndPositions(await opts.db());
      const byId = new Map(positions.map((p) => [p.storyId, p]));
      const restored = readTombstones(await opts.kv.get(RESTORED_KEY));
      const withRestore = (s: SyncStory): SyncStory => {
        const at = restored.get(s.key);
        // A second later than the deletion it may share a second with: a restore always wins.
        return at === undefined ? s : { ...s, lastRead: Math.max(s.lastRead, toSyncTime(at) + 1000) };
      };
      return {
        stories: new Map(stories.map((s) => [s.id, withRestore(toSyncStory(s, byId.get(s.id) ?? null))])),
        tombstones: readTombstones(await opts.kv.get(TOMBSTONES_KEY)),
        settings: readSettings(await opts.kv.get(SETTINGS_KEY)),
      };
    },

    async apply(r: Reconciled): Promise<void> {
      const db = await opts.db();
      // Deletions recorded here since this step read them stay (and keep their story deleted).
      const current = readTombstones(await opts.kv.get(TOMBSTONES_KEY));
      const places: RemotePlace[] = [];
      let libraryChanged = false;
      for (const s of r.upsert) {
        const deletedHere = current.get(s.key);
        if (deletedHere !== undefined && deletedHere >= lastActivity(s)) continue;
        if (await applyStory(db, s, places)) libraryChanged = true;
      }
      for (const id of r.remove) {
        if (!(await getStory(db, id))) continue;
        await deleteStories(db, [id]);
        libraryChanged = true;
      }
      const tombstones = new Map(r.merged.tombstones);
      for (const [k, at] of current) if (now() - at < TOMBSTONE_MS) tombstones.set(k, Math.max(at, tombstones.get(k) ?? 0));
      if (tombstones.size !== current.size || [...tombstones].some(([k, at]) => current.get(k) !== at)) {
        await opts.kv.set(TOMBSTONES_KEY, Object.fromEntries(tombstones));
      }
      if (r.settings) {
        await opts.kv.set(SETTINGS_KEY, r.settings);
        await opts.applySettings?.(r.settings.value);
      }
      if (places.length || libraryChanged) opts.onRemote?.({ places, libraryChanged });
    },
  };
}

/** One story as another device left it. Returns true when the library changed. */
async function applyStory(db: InkwellDb, s: SyncStory, places: RemotePlace[]): Promise<boolean> {
  // Known here under its own key, or (saved here from a part before its masterpost was known) under another.
  const existing = (await getStory(db, s.key)) ?? (await findStoryByPartKey(db, s.key));
  let changed = false;
  if (!existing) {
    const res = await saveStory(db, storyFromSync(s));
    if (!res.saved) return false;
    changed = true;
  } else if (s.readAt > (existing.statusAt ?? 0)) {
    await setStoryStatus(db, existing.id, s.read ? 'finished' : undefined, s.readAt);
    changed = true;
  }
  const id = existing?.id ?? s.key;
  const position = positionFromSync(id, s);
  if (position) {
    const res = await savePosition(db, position);
    if (res.saved) {
      changed = true;
      const story = existing ?? (await getStory(db, id));
      const i = story ? story.partKeys.indexOf(position.partKey) : -1;
      if (existing) places.push({ storyId: id, position, part: i >= 0 ? i + 1 : s.position!.part + 1 });
    }
  }
  return changed;
}
