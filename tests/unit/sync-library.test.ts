/**
 * Sync at the library's edge: the IndexedDB library (fake-indexeddb) as sync reads and changes
 * it, two browsers' libraries meeting through storage.sync, backups carrying what sync holds, the
 * settings page's line and the reader's offer.
 */
import { describe, expect, it } from 'vitest';
import { offerRemotePlaces } from '../../components/reader/remote-place';
import { syncStatusText } from '../../components/sync-status';
import { buildBackup, validateBackup } from '../../utils/backup';
import { deleteStories, getPosition, getStory, type InkwellDb, listStories, openInkwellDb, type StoryRecord, savePosition, saveStory, setStoryStatus } from '../../utils/db';
import { decodeItems } from '../../utils/sync/encode';
import { createLibrarySyncLocal, type KeyValue, type RemotePlace, recordDeletions, recordRestores, TOMBSTONES_KEY } from '../../utils/sync/library-local';
import { remotePlaceText } from '../../utils/sync/place-text';
import { createSyncService } from '../../utils/sync/service';
import { FakeSyncStorage } from '../support/fake-sync-storage';

let n = 0;
const T0 = Date.UTC(2026, 11, 2, 21);

function story(journal: string, entry: number, title: string, at: number): StoryRecord {
  const url = `https://${journal.replace(/_/g, '-')}.livejournal.com/${entry}.html`;
  return {
    id: `livejournal.com/${journal}/${entry}`,
    title,
    author: journal,
    journal,
    site: 'livejournal',
    fields: { fandom: 'Original Work' },
    rating: null,
    partKeys: [`livejournal.com/${journal}/${entry}`, `livejournal.com/${journal}/${entry + 1}`],
    partUrls: [url, `https://${journal.replace(/_/g, '-')}.livejournal.com/${entry + 1}.html`],
    masterpostUrl: null,
    wordCount: 4200,
    firstOpened: at,
    lastRead: at,
    addedAt: at,
  };
}

function memoryKv(): KeyValue & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return { data, get: async (k) => data.get(k), set: async (k, v) => void data.set(k, structuredClone(v)) };
}

async function device(area: FakeSyncStorage) {
  const db: InkwellDb = await openInkwellDb(`sync-lib-${++n}`, { allowWebOrigin: true });
  const kv = memoryKv();
  const remote: Array<{ places: RemotePlace[]; libraryChanged: boolean }> = [];
  const svc = createSyncService({ area, local: createLibrarySyncLocal({ db: async () => db, kv, onRemote: (c) => remote.push(c) }) });
  return { db, kv, svc, remote };
}

describe('the library through storage.sync', () => {
  it("writes each story's record naming its journal and entry, with its place and read mark", async () => {
    const area = new FakeSyncStorage('chrome');
    const a = await device(area);
    await saveStory(a.db, story('quiet_harbour', 1201, 'Lanterns at Low Tide', T0));
    await savePosition(a.db, { storyId: 'livejournal.com/quiet_harbour/1201', partKey: 'livejournal.com/quiet_harbour/1202', paragraph: 14, offset: 0.5, percent: 63, updatedAt: T0 + 5000 });
    await setStoryStatus(a.db, 'livejournal.com/quiet_harbour/1201', 'finished', T0 + 6000);
    expect(await a.svc.syncNow()).toBe(true);
    const raw = JSON.stringify(await area.get(null));
    expect(raw).toContain('"quiet_harbour/1201"');
    expect(raw).toContain('Lanterns at Low Tide');
    const s = decodeItems(await area.get(null)).stories.get('livejournal.com/quiet_harbour/1201')!;
    expect(s.position).toMatchObject({ partKey: 'livejournal.com/quiet_harbour/1202', part: 1, paragraph: 14, percent: 63 });
    expect(s.read).toBe(true);
    expect(s.firstUrl).toBe('https://quiet-harbour.livejournal.com/1201.html');
  });

  it('another browser: the story appears in its library, a newer place moves it on and is offered, a deletion deletes it', async () => {
    const laptopArea = new FakeSyncStorage('firefox');
    const phoneArea = new FakeSyncStorage('firefox');
    const laptop = await device(laptopArea);
    const phone = await device(phoneArea);
    const id = 'livejournal.com/quiet_harbour/1201';
    await saveStory(laptop.db, story('quiet_harbour', 1201, 'Lanterns at Low Tide', T0));
    await savePosition(laptop.db, { storyId: id, partKey: id, paragraph: 3, offset: 0, percent: 10, updatedAt: T0 + 1000 });
    await laptop.svc.syncNow();
    // Firefox Sync carries the items to the phone.
    phoneArea.receive(await laptopArea.get(null));
    await phone.svc.pull();
    const listed = await listStories(phone.db);
    expect(listed.map((s) => [s.id, s.title, s.percent])).toEqual([[id, 'Lanterns at Low Tide', 10]]);
    expect((await getStory(phone.db, id))!.partUrls[0]).toBe('https://quiet-harbour.livejournal.com/1201.html');
    // The phone reads on; the laptop, its reader open, is offered the place.
    await savePosition(phone.db, { storyId: id, partKey: 'livejournal.com/quiet_harbour/1202', paragraph: 40, offset: 0.2, percent: 80, updatedAt: T0 + 600_000 });
    await phone.svc.syncNow();
    laptopArea.receive(await phoneArea.get(null));
    await laptop.svc.pull();
    expect((await getPosition(laptop.db, id))!.paragraph).toBe(40);
    const offered = laptop.remote.flatMap((c) => c.places);
    expect(offered).toEqual([expect.objectContaining({ storyId: id, part: 2 })]);
    expect(remotePlaceText(offered[0]!.part, offered[0]!.position.updatedAt, T0 + 1_200_000)).toBe('Continue from part 2 (read on another device 10 min ago)');
    // Deleted on the laptop (the library page records it): gone from the phone too.
    await deleteStories(laptop.db, [id]);
    await recordDeletions(laptop.kv, [id], T0 + 700_000);
    await laptop.svc.syncNow();
    phoneArea.receive(await laptopArea.get(null));
    await phone.svc.pull();
    expect(await listStories(phone.db)).toEqual([]);
    expect(phone.remote.at(-1)!.libraryChanged).toBe(true);
  });

  it('a story deleted here while a step ran is not brought back by it', async () => {
    const area = new FakeSyncStorage('chrome');
    const a = await device(area);
    const id = 'livejournal.com/quiet_harbour/1201';
    const other = new FakeSyncStorage('chrome');
    const b = await device(other);
    await saveStory(b.db, story('quiet_harbour', 1201, 'Lanterns at Low Tide', T0));
    await b.svc.syncNow();
    area.receive(await other.get(null));
    await recordDeletions(a.kv, [id], T0 + 5000);
    await a.svc.pull();
    expect(await getStory(a.db, id)).toBeNull();
    expect(JSON.parse(JSON.stringify(a.kv.data.get(TOMBSTONES_KEY)))).toEqual({ [id]: T0 + 5000 });
  });
});

describe('a backup restored after a deletion', () => {
  it('brings the story back here and on the other devices, the same second included', async () => {
    const area = new FakeSyncStorage('chrome');
    const a = await device(area);
    const id = 'livejournal.com/quiet_harbour/1201';
    const s = story('quiet_harbour', 1201, 'Lanterns at Low Tide', T0);
    await saveStory(a.db, s);
    await a.svc.syncNow();
    const t = Date.now();
    await deleteStories(a.db, [id]);
    await recordDeletions(a.kv, [id], t);
    await a.svc.syncNow();
    expect(decodeItems(await area.get(null)).tombstones.has(id)).toBe(true);
    // The library page's import: the story is back in IndexedDB, and recorded as restored.
    await saveStory(a.db, s);
    await recordRestores(a.kv, [id], t);
    await a.svc.syncNow();
    expect(await getStory(a.db, id)).not.toBeNull();
    const synced = decodeItems(await area.get(null));
    expect(synced.stories.has(id)).toBe(true);
    const otherArea = new FakeSyncStorage('chrome');
    const b = await device(otherArea);
    otherArea.receive(await area.get(null));
    await b.svc.pull();
    expect((await listStories(b.db)).map((x) => x.id)).toEqual([id]);
  });
});

describe('backups carry what sync holds', () => {
  it('read marks with their time, and the stories deleted on other devices', () => {
    const s = { ...story('quiet_harbour', 1201, 'Lanterns', T0), status: 'finished' as const, statusAt: T0 + 10 };
    const backup = buildBackup({ stories: [s], parts: [], positions: [] }, {}, T0 + 100, { deleted: { 'dreamwidth.org/gone_fic/55': T0 + 50 } });
    const v = validateBackup(JSON.stringify(backup), T0 + 200);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.backup.stories[0]!.statusAt).toBe(T0 + 10);
    expect(v.backup.sync).toEqual({ deleted: { 'dreamwidth.org/gone_fic/55': T0 + 50 } });
    const bad = validateBackup(JSON.stringify({ ...backup, sync: { deleted: { x: 'soon', y: T0 } } }), T0 + 200);
    expect(bad.ok && bad.backup.sync).toEqual({ deleted: { y: T0 } });
    expect(bad.ok && bad.skipped.join(' ')).toMatch(/not understood/);
  });
});

describe('what the pages show', () => {
  it("the settings page's line", () => {
    expect(syncStatusText({ synced: 1243, total: 1600, bytes: 100_000, items: 64, error: null, at: 0 })).toBe(
      'synced: 1,243 of 1,600 stories (sync space full: oldest finished stories are kept on this device only)',
    );
    expect(syncStatusText({ synced: 12, total: 12, bytes: 1000, items: 5, error: null, at: 0 })).toBe('synced: 12 of 12 stories');
    expect(syncStatusText({ synced: 0, total: 0, bytes: 0, items: 0, error: 'storage.sync is not available', at: 0 })).toMatch(/^Not synced: storage.sync is not available\. Your library is kept/);
  });

  it("an open reader offers another device's place in its story once, and not when already there", () => {
    const listeners: Array<(m: unknown) => void> = [];
    const offers: string[] = [];
    let here = { partKey: 'k1', paragraph: 2, offset: 0 };
    const stop = offerRemotePlaces(
      () => 'story-a',
      { place: () => here, offerPlace: (_p, text) => offers.push(text(4)) },
      { addListener: (l) => listeners.push(l), removeListener: (l) => listeners.splice(listeners.indexOf(l), 1) },
      () => T0 + 600_000,
    );
    const msg = (storyId: string, paragraph: number, at: number) => ({
      type: 'sync:remote',
      libraryChanged: false,
      places: [{ storyId, part: 4, position: { storyId, partKey: 'k4', paragraph, offset: 0, percent: 50, updatedAt: at } }],
    });
    listeners[0]!(msg('story-b', 9, T0));
    listeners[0]!(msg('story-a', 9, T0));
    listeners[0]!(msg('story-a', 9, T0));
    expect(offers).toEqual(['Continue from part 4 (read on another device 10 min ago)']);
    here = { partKey: 'k4', paragraph: 12, offset: 0 };
    listeners[0]!(msg('story-a', 12, T0 + 1000));
    expect(offers.length).toBe(1);
    stop();
    expect(listeners.length).toBe(0);
  });
});
