import { describe, expect, it } from 'vitest';
import { QUOTA } from '../../utils/sync/budget';
import { createSyncScheduler, SYNC_INTERVAL_MS, WriteLimiter } from '../../utils/sync/schedule';
import { createSyncService, type SyncStatus } from '../../utils/sync/service';
import { toSyncTime } from '../../utils/sync/types';
import { FakeSyncStorage } from '../support/fake-sync-storage';
import { FakeClock, MemoryLibrary, makeStory } from '../support/sync-devices';
import { measureSync, withinQuota } from '../support/sync-measure';

describe('sync write schedule', () => {
  it('a change every second is written at most once every 30 s, and at once on close', async () => {
    const clock = new FakeClock();
    const times: number[] = [];
    const s = createSyncScheduler(async () => (times.push(clock.now()), true), clock);
    for (let i = 0; i < 300; i++) {
      s.changed();
      await clock.advance(1000);
    }
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeGreaterThanOrEqual(SYNC_INTERVAL_MS);
    expect(times.length).toBeGreaterThanOrEqual(9);
    expect(times.length).toBeLessThanOrEqual(11);
    s.changed();
    const before = times.length;
    await s.flush();
    expect(times.length).toBe(before + 1);
    // Nothing waiting: closing writes nothing.
    await s.flush();
    expect(times.length).toBe(before + 1);
  });

  it('never goes past 120 writes a minute or 1,800 an hour, however often the reader closes', () => {
    const l = new WriteLimiter();
    let t = 0;
    let writes = 0;
    for (let i = 0; i < 10_000; i++) {
      t = Math.max(t + 100, l.nextAllowed(t));
      l.record(t);
      writes++;
      if (t > 3_600_000) break;
    }
    expect(writes).toBeLessThanOrEqual(QUOTA.writesPerHour + 1);
  });

  it('a refused write keeps everything local and is tried again with the next change', async () => {
    const clock = new FakeClock();
    let fail = true;
    let ok = 0;
    const s = createSyncScheduler(async () => {
      if (fail) throw new Error('Resource::kQuotaBytes quota exceeded');
      ok++;
      return true;
    }, clock);
    s.changed();
    await clock.advance(60_000);
    expect(ok).toBe(0);
    fail = false;
    s.changed();
    await clock.advance(60_000);
    expect(ok).toBe(1);
  });
});

describe('sync service', () => {
  it('writes the library, reads another device back, and says how many stories are synced', async () => {
    const clock = new FakeClock();
    const area = new FakeSyncStorage('firefox', clock.now);
    const lib = new MemoryLibrary();
    const statuses: SyncStatus[] = [];
    for (let i = 0; i < 5; i++) lib.add(makeStory(i, clock.now()));
    const svc = createSyncService({ area, local: lib, clock, onStatus: (s) => statuses.push(s) });
    expect(await svc.syncNow()).toBe(true);
    expect(statuses.at(-1)).toMatchObject({ synced: 5, total: 5, error: null });
    // Another device moves on in story 2.
    clock.t += 60_000;
    const s2 = lib.state.stories.get(makeStory(2, 0).key)!;
    const moved = { ...s2, position: { ...s2.position!, paragraph: 77, at: toSyncTime(clock.now()) }, lastRead: toSyncTime(clock.now()) };
    const remote = new MemoryLibrary();
    remote.add(moved);
    const remoteArea = new FakeSyncStorage('firefox', clock.now);
    await createSyncService({ area: remoteArea, local: remote, clock }).syncNow();
    area.receive(await remoteArea.get(null));
    const r = await svc.pull();
    expect(r!.upsert.map((s) => s.key)).toEqual([moved.key]);
    expect(lib.state.stories.get(moved.key)!.position!.paragraph).toBe(77);
    expect(lib.state.stories.size).toBe(5);
  });

  it('storage.sync unavailable (Firefox without an add-on id): the library is untouched, the status says why', async () => {
    const clock = new FakeClock();
    const area = new FakeSyncStorage('firefox', clock.now);
    area.unavailable = true;
    const lib = new MemoryLibrary();
    lib.add(makeStory(1, clock.now()));
    const statuses: SyncStatus[] = [];
    const svc = createSyncService({ area, local: lib, clock, onStatus: (s) => statuses.push(s) });
    await expect(svc.syncNow()).rejects.toThrow(/addon ID/);
    svc.changed();
    await clock.advance(60_000);
    expect(lib.state.stories.size).toBe(1);
    expect(statuses.at(-1)!.error).toMatch(/addon ID/);
    const none = createSyncService({ area: null, local: lib, clock, onStatus: (s) => statuses.push(s) });
    expect(await none.syncNow()).toBe(false);
    expect(statuses.at(-1)!.error).toMatch(/not available/);
  });

  it('space taken by others (another version, a full area): a refused write changes nothing here', async () => {
    const clock = new FakeClock();
    const area = new FakeSyncStorage('chrome', clock.now);
    for (let i = 0; i < 12; i++) area.receive({ [`old-${i}`]: 'x'.repeat(8000) });
    const lib = new MemoryLibrary();
    for (let i = 0; i < 50; i++) lib.add(makeStory(i, clock.now()));
    const svc = createSyncService({ area, local: lib, clock });
    await expect(svc.syncNow()).rejects.toThrow('Resource::kQuotaBytes quota exceeded');
    expect(lib.state.stories.size).toBe(50);
    expect([...area.data.keys()].every((k) => k.startsWith('old-'))).toBe(true);
  });
});

describe('5,000 stories, 2 hours of reading', () => {
  it('stays within every quota of storage.sync', async () => {
    const m = await measureSync(5000, 2 * 3600);
    console.log(
      `[sync] ${m.synced} of ${m.stories} stories synced; ${m.bytes} bytes, ${m.items} items (largest ${m.largestItem}); ${m.positionSaves} saves → ${m.writesInSession} writes (worst hour ${m.writesInWorstHour})`,
    );
    expect(withinQuota(m)).toBe(true);
    expect(m.writesInSession).toBeLessThanOrEqual((2 * 3600) / 30 + 1);
    expect(m.synced).toBeGreaterThan(500);
  }, 180_000);
});
