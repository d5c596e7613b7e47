/**
 * The background's side of sync (the only place that writes storage.sync): the library in
 * IndexedDB on one side, `browser.storage.sync` on the other. A local change (a saved position, a
 * saved story, a read mark, a deletion, the settings) schedules a write; a change from another
 * device (storage.onChanged, area 'sync') is merged into the library at once, and the open pages
 * are told: the popup and library list again, an open reader offers the other device's place.
 */
import type { InkwellDb } from '../db';
import { type MessageOf, type Payload, type RuntimeSender, sendToPages, sendToTab, type TabsSender } from '../messages';
import { createLibrarySyncLocal, type KeyValue, recordDeletions, SETTINGS_KEY, TOMBSTONES_KEY } from './library-local';
import { SYNC_REMOTE_MESSAGE, SYNC_STATUS_KEY } from './names';
import { createSyncService, type SyncArea, type SyncService, type SyncStatus } from './service';
import { toSyncTime } from './types';

export { SYNC_CHANGED_MESSAGE, SYNC_FLUSH_MESSAGE, SYNC_REMOTE_MESSAGE } from './names';

/** Settings that follow the reader to other devices (remote images are asked per browser, never synced). */
export const SYNCED_SETTINGS = ['font', 'size', 'lineHeight', 'width', 'theme', 'justify', 'wpm'] as const;
const READER_SETTINGS_KEY = 'reader-settings';

export type SyncRemoteMessage = MessageOf<typeof SYNC_REMOTE_MESSAGE>;

type Changes = Record<string, { oldValue?: unknown; newValue?: unknown }>;

/** The part of the extension API used (the polyfilled `browser`). */
export interface SyncBrowser {
  storage: {
    sync?: SyncArea;
    local: { get(key: string): Promise<Record<string, unknown>>; set(items: Record<string, unknown>): Promise<void> };
    onChanged: { addListener(cb: (changes: Changes, area: string) => void): void };
  };
  runtime: RuntimeSender;
  tabs: TabsSender & { query(q: object): Promise<Array<{ id?: number }>> };
}

function pickSynced(value: unknown): Record<string, unknown> | null {
  if (!value || typeof value !== 'object') return null;
  const out: Record<string, unknown> = {};
  for (const k of SYNCED_SETTINGS) if (k in (value as object)) out[k] = (value as Record<string, unknown>)[k];
  return out;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

export interface BackgroundSync extends SyncService {
  /** Stories merged into another under a new key (utils/db.ts saveStory): gone under the old key on every device. */
  renamed(oldIds: readonly string[]): Promise<void>;
}

export function startBackgroundSync(browser: SyncBrowser, db: () => Promise<InkwellDb>): BackgroundSync {
  const kv: KeyValue = {
    get: async (key) => (await browser.storage.local.get(key))[key],
    set: (key, value) => browser.storage.local.set({ [key]: value }),
  };
  const tell = (msg: Payload<typeof SYNC_REMOTE_MESSAGE>) => {
    void sendToPages(SYNC_REMOTE_MESSAGE, msg, browser.runtime).catch(() => undefined);
    // Readers on journal pages: the reader's frame (the extension's page in the tab) listens, no content script
    // does. Firefox gives the frame the tab's message only, not the runtime's (sync-firefox E2E); the rest refuse.
    if (msg.places.length) {
      void browser.tabs
        .query({})
        .then((tabs) => {
          for (const t of tabs) if (t.id !== undefined) void sendToTab(t.id, SYNC_REMOTE_MESSAGE, msg, { tabs: browser.tabs }).catch(() => undefined);
        })
        .catch(() => undefined);
    }
  };
  let area: SyncArea | null = null;
  try {
    area = browser.storage.sync ?? null;
  } catch {
    area = null;
  }
  const service = createSyncService({
    area,
    local: createLibrarySyncLocal({
      db,
      kv,
      async applySettings(value) {
        const current = (await kv.get(READER_SETTINGS_KEY)) as Record<string, unknown> | undefined;
        const next = { ...(current ?? {}), ...pickSynced(value) };
        if (!same(current, next)) await kv.set(READER_SETTINGS_KEY, next);
      },
      onRemote: ({ places, libraryChanged }) => tell({ places, libraryChanged }),
    }),
    onStatus: (s: SyncStatus) => void kv.set(SYNC_STATUS_KEY, s).catch(() => undefined),
  });

  browser.storage.onChanged.addListener((changes, areaName) => {
    if (areaName === 'sync') {
      // Our own writes come back here too: merging them changes nothing and writes nothing.
      void service.pull().catch(() => undefined);
      return;
    }
    if (areaName !== 'local') return;
    if (TOMBSTONES_KEY in changes) service.changed();
    const settings = changes[READER_SETTINGS_KEY];
    if (settings) {
      void (async () => {
        const value = pickSynced(settings.newValue);
        const synced = (await kv.get(SETTINGS_KEY)) as { value?: unknown } | undefined;
        // Changed here (not the copy of another device's settings just stored): newer than theirs.
        if (value && !same(value, synced?.value)) {
          await kv.set(SETTINGS_KEY, { value, at: toSyncTime(Date.now()) });
          service.changed();
        }
      })().catch(() => undefined);
    }
  });

  // What changed elsewhere while this browser was closed, and what changed here unsynced.
  void service.syncNow().catch(() => undefined);
  return {
    ...service,
    async renamed(oldIds) {
      if (oldIds.length) await recordDeletions(kv, oldIds);
    },
  };
}
