/**
 * The background's sync wiring (utils/sync/background-sync.ts), against a fake `browser`: storage.local with its
 * onChanged, the in-memory storage.sync that keeps the browsers' quotas, runtime and tabs messaging. Two
 * backgrounds share one storage.sync as two devices on one account. What is checked is the wiring: a start
 * syncs what is there and reports its status; a change from the other device lands in the library and is told
 * to the open pages (a place in an open story to the tabs); the reader settings go both ways without the
 * per-browser image choice; deletions under an old key become tombstones; no storage.sync means local only.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { getPosition, getStory, type InkwellDb, openInkwellDb, type StoryRecord, savePosition, saveStory } from '../../utils/db';
import { type SyncBrowser, type SyncRemoteMessage, startBackgroundSync } from '../../utils/sync/background-sync';
import { SETTINGS_KEY, TOMBSTONES_KEY } from '../../utils/sync/library-local';
import { SYNC_REMOTE_MESSAGE, SYNC_STATUS_KEY } from '../../utils/sync/names';
import type { SyncStatus } from '../../utils/sync/service';
import { type Changes, FakeSyncStorage } from '../support/fake-sync-storage';

const T0 = Date.UTC(2026, 11, 3, 20);
let n = 0;

function story(journal: string, entry: number, title: string): StoryRecord {
  const host = `https://${journal.replace(/_/g, '-')}.dreamwidth.org`;
  return {
    id: `dreamwidth.org/${journal}/${entry}`,
    title,
    author: journal,
    journal,
    site: 'dreamwidth',
    fields: {},
    rating: null,
    partKeys: [`dreamwidth.org/${journal}/${entry}`, `dreamwidth.org/${journal}/${entry + 1}`],
    partUrls: [`${host}/${entry}.html`, `${host}/${entry + 1}.html`],
    masterpostUrl: null,
    wordCount: 3000,
    firstOpened: T0,
    lastRead: T0,
    addedAt: T0,
  };
}

/** One browser: its IndexedDB, its storage.local (with onChanged), the shared storage.sync, what it sent. */
async function device(sync: FakeSyncStorage | undefined | 'throws') {
  const db: InkwellDb = await openInkwellDb(`bg-sync-${++n}`, { allowWebOrigin: true });
  const local = new Map<string, unknown>();
  const listeners: Array<(changes: Changes, area: string) => void> = [];
  const sentToPages: unknown[] = [];
  const sentToTabs: Array<[number, unknown]> = [];
  const storage = {
    local: {
      get: async (key: string) => (local.has(key) ? { [key]: structuredClone(local.get(key)) } : {}),
      set: async (items: Record<string, unknown>) => {
        const changes: Changes = {};
        for (const [k, v] of Object.entries(items)) {
          changes[k] = { oldValue: local.get(k), newValue: structuredClone(v) };
          local.set(k, structuredClone(v));
        }
        for (const l of listeners) l(changes, 'local');
      },
    },
    onChanged: { addListener: (cb: (changes: Changes, area: string) => void) => void listeners.push(cb) },
  } as SyncBrowser['storage'];
  if (sync === 'throws') {
    Object.defineProperty(storage, 'sync', {
      get: () => {
        throw new Error('storage.sync is not available without an add-on id');
      },
    });
  } else if (sync) {
    storage.sync = sync;
    sync.onChanged((changes, area) => listeners.forEach((l) => l(changes, area)));
  }
  const browser: SyncBrowser = {
    storage,
    runtime: { sendMessage: async (msg) => void sentToPages.push(msg) },
    tabs: { query: async () => [{ id: 7 }, { id: 9 }, {}], sendMessage: async (id, msg) => void sentToTabs.push([id, msg]) },
  };
  const started = startBackgroundSync(browser, async () => db);
  /** A write to storage.local as the reader or the settings page makes it (storage.onChanged fires). */
  const setLocal = (key: string, value: unknown) => storage.local.set({ [key]: value });
  return { db, local, setLocal, sentToPages, sentToTabs, sync: started };
}

async function until<T>(fn: () => T | Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  for (let i = 0; i < 200; i++) {
    const v = await fn();
    if (ok(v)) return v;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`never: ${what}`);
}

const status = (d: { local: Map<string, unknown> }) => d.local.get(SYNC_STATUS_KEY) as SyncStatus | undefined;

describe('the background sync wiring', () => {
  it('syncs what the library holds at start and reports it for the settings page', async () => {
    const area = new FakeSyncStorage('firefox');
    const a = await device(undefined);
    await saveStory(a.db, story('tin_lantern', 700, 'Before the Start'));
    // Started before the story existed, with no sync at all: local only, and said so.
    expect(
      (
        await until(
          () => status(a),
          (s) => !!s,
          'a status',
        )
      )?.error,
    ).toBeTruthy();
    const b = await device(area);
    await saveStory(b.db, story('quiet_loom', 300, 'Warp and Weft'));
    await b.sync.syncNow();
    const s = await until(
      () => status(b),
      (x) => !!x && x.total === 1,
      'a status with the story',
    );
    expect(s).toMatchObject({ synced: 1, total: 1, error: null });
    expect(area.data.size).toBeGreaterThan(0);
  });

  it("merges the other device's story and place, tells the pages, and offers the place in open readers", async () => {
    const area = new FakeSyncStorage('chrome');
    const laptop = await device(area);
    const phone = await device(area);
    const s = story('harbour_bell', 1201, 'Lanterns');
    await saveStory(laptop.db, s);
    await laptop.sync.syncNow();
    // The phone had it already (read there first): the laptop's later place must be offered, not jumped to.
    await until(
      () => getStory(phone.db, s.id),
      (x) => !!x,
      'the story on the phone',
    );
    expect(phone.sentToPages).toContainEqual(expect.objectContaining({ type: SYNC_REMOTE_MESSAGE, libraryChanged: true }));
    await savePosition(laptop.db, { storyId: s.id, partKey: s.partKeys[1]!, paragraph: 12, offset: 0.25, percent: 70, updatedAt: T0 + 60_000 });
    await laptop.sync.syncNow();
    const pos = await until(
      () => getPosition(phone.db, s.id),
      (p) => p?.partKey === s.partKeys[1],
      "the laptop's place on the phone",
    );
    expect(pos).toMatchObject({ paragraph: 12 });
    const told = await until(
      () => phone.sentToTabs,
      (t) => t.length >= 2,
      'the tabs told',
    );
    expect(told.map(([id]) => id).sort()).toEqual([7, 9]);
    const msg = told[0]![1] as SyncRemoteMessage;
    expect(msg.places).toEqual([expect.objectContaining({ storyId: s.id, part: 2 })]);
  });

  afterEach(() => void vi.useRealTimers());

  it('sends the reader settings both ways, without the per-browser image choice', async () => {
    // Settings are stamped to the second: the clock moves on between the two devices' changes.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(T0);
    const area = new FakeSyncStorage('chrome');
    const a = await device(area);
    const b = await device(area);
    await b.setLocal('reader-settings', { loadImages: true, font: 'serif', size: 19 });
    await b.sync.syncNow();
    await a.sync.syncNow();
    // B's settings reached A: the synced ones; B's image choice stays B's.
    expect(
      await until(
        () => a.local.get('reader-settings'),
        (v) => !!v,
        "B's settings on A",
      ),
    ).toEqual({ font: 'serif', size: 19 });
    vi.setSystemTime(T0 + 5_000);
    // A changes its settings: stamped for sync (the synced keys only) and written on flush.
    await a.setLocal('reader-settings', { font: 'mono', size: 23, loadImages: false });
    const stamped = await until(
      () => a.local.get(SETTINGS_KEY) as { value: Record<string, unknown> } | undefined,
      (v) => v?.value.font === 'mono',
      'settings stamped',
    );
    expect(stamped?.value).toEqual({ font: 'mono', size: 23 });
    await a.sync.flush();
    await b.sync.pull();
    const there = await until(
      () => b.local.get('reader-settings') as Record<string, unknown>,
      (v) => v?.font === 'mono',
      'the settings on B',
    );
    expect(there).toEqual({ loadImages: true, font: 'mono', size: 23 });
  });

  it('turns stories merged under a new key into tombstones for the other devices', async () => {
    const d = await device(new FakeSyncStorage('chrome'));
    await d.sync.renamed(['dreamwidth.org/old_key/5', 'dreamwidth.org/old_key/6']);
    await d.sync.renamed([]);
    expect(Object.keys(d.local.get(TOMBSTONES_KEY) as object).sort()).toEqual(['dreamwidth.org/old_key/5', 'dreamwidth.org/old_key/6']);
  });

  it('keeps working locally when storage.sync throws on access', async () => {
    const d = await device('throws');
    await saveStory(d.db, story('still_water', 40, 'Local Only'));
    await expect(d.sync.syncNow()).resolves.toBe(false);
    expect(
      (
        await until(
          () => status(d),
          (s) => !!s,
          'a status',
        )
      )?.error,
    ).toBeTruthy();
    expect(await getStory(d.db, 'dreamwidth.org/still_water/40')).toBeTruthy();
  });
});
