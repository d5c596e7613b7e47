import { describe, expect, it } from 'vitest';
import { pack, QUOTA } from '../../utils/sync/budget';
import { decodeItems, decodeStory, encodeShard, encodeStory, itemBytes, shardOf, totalBytes } from '../../utils/sync/encode';
import { expireTombstones, mergeStates, sameStory } from '../../utils/sync/merge';
import { reconcile } from '../../utils/sync/reconcile';
import { emptyState, type SyncState, type SyncStory, TOMBSTONE_MS } from '../../utils/sync/types';
import { FakeSyncStorage } from '../support/fake-sync-storage';
import { makeStory } from '../support/sync-devices';

const T0 = Date.UTC(2026, 11, 1, 20);
const stateOf = (stories: SyncStory[], tombstones: Array<[string, number]> = []): SyncState => ({
  stories: new Map(stories.map((s) => [s.key, s])),
  tombstones: new Map(tombstones),
  settings: null,
});

describe('sync encoding', () => {
  it('round-trips every kind of story record', () => {
    const samples: SyncStory[] = [
      makeStory(0, T0), // masterpost = key, first part a sibling entry, community journal
      makeStory(1, T0), // no masterpost, first part = key
      makeStory(4, T0, { finished: true }),
      {
        ...makeStory(2, T0),
        title: 'Ünïcode — “quoted” 雨',
        site: 'wayback',
        firstUrl: 'https://web.archive.org/web/2010/http://writer-1.livejournal.com/55.html',
        position: { partKey: 'dreamwidth.org/someone_else/77', part: 2, paragraph: 3, offset: 0.25, percent: 40, at: T0 },
      },
      { ...makeStory(3, T0), position: null, readAt: T0, read: false },
    ];
    for (const s of samples) {
      const group = s.key.slice(0, s.key.indexOf('/'));
      expect(decodeStory(group, JSON.parse(JSON.stringify(encodeStory(s))))).toEqual(s);
    }
  });

  it("names the story's journal and entry in plain text (the contract)", () => {
    const s = makeStory(5, T0);
    const [, journal, entry] = s.key.split('/');
    const json = JSON.stringify(encodeShard([s], []));
    expect(json).toContain(`"${journal}/${entry}"`);
    expect(json).toContain(s.key.split('/')[0]);
  });

  it('counts bytes as the browsers do: key length plus the JSON of the value, in UTF-8', () => {
    expect(itemBytes('s01', { a: 'x' })).toBe(3 + '{"a":"x"}'.length);
    expect(itemBytes('s01', '雨')).toBe(3 + 2 + 3);
  });

  it('skips what it cannot read (corrupt records, other keys) and keeps the rest', () => {
    const good = makeStory(7, T0);
    const group = good.key.slice(0, good.key.indexOf('/'));
    const items = {
      s05: { s: { [group]: [encodeStory(good), ['x/1'], 'junk', [42]] }, t: { 'a/b/1': 'soon' } },
      cfg: { v: 'not settings' },
      'someone-else': { s: {} },
      s99: null,
    };
    const state = decodeItems(items);
    expect([...state.stories.keys()]).toEqual([good.key]);
    expect(state.tombstones.size).toBe(0);
    expect(state.settings).toBeNull();
  });
});

describe('sync merge', () => {
  // Random states over a few keys: every field compared by time, so any order gives one result.
  const rand = (seed: number) => () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  const randomState = (r: () => number): SyncState => {
    const s = emptyState();
    for (let n = 0; n < 6; n++) {
      const at = T0 + Math.floor(r() * 20) * 1000;
      if (r() < 0.2) s.tombstones.set(makeStory(n, T0).key, at);
      else if (r() < 0.8) {
        const base = makeStory(n, at);
        const readAt = r() < 0.5 ? at - Math.floor(r() * 5) * 1000 : 0;
        const position = { ...base.position!, paragraph: Math.floor(r() * 50), at: at - Math.floor(r() * 5) * 1000 };
        // As the library keeps them: lastRead is the latest of the story's times.
        s.stories.set(base.key, { ...base, title: r() < 0.5 ? base.title : `${base.title}!`, read: readAt > 0 && r() < 0.6, readAt, position, lastRead: at });
      }
    }
    return mergeStates(s, emptyState());
  };
  const same = (a: SyncState, b: SyncState) => {
    expect([...a.stories.keys()].sort()).toEqual([...b.stories.keys()].sort());
    for (const [k, s] of a.stories) expect(sameStory(s, b.stories.get(k))).toBe(true);
    expect([...a.tombstones].sort()).toEqual([...b.tombstones].sort());
  };

  it('is commutative, associative and idempotent (200 random triples)', () => {
    const r = rand(7);
    for (let i = 0; i < 200; i++) {
      const [a, b, c] = [randomState(r), randomState(r), randomState(r)];
      same(mergeStates(a, b), mergeStates(b, a));
      same(mergeStates(mergeStates(a, b), c), mergeStates(a, mergeStates(b, c)));
      same(mergeStates(a, a), a);
    }
  });

  it('takes the newer position and the newer read mark, per story', () => {
    const base = makeStory(1, T0);
    const phone = { ...base, position: { ...base.position!, paragraph: 90, at: T0 + 60_000 }, lastRead: T0 + 60_000 };
    const laptop = { ...base, read: true, readAt: T0 + 30_000 };
    const m = mergeStates(stateOf([phone]), stateOf([laptop])).stories.get(base.key)!;
    expect(m.position!.paragraph).toBe(90);
    expect(m.read).toBe(true);
    expect(m.lastRead).toBe(T0 + 60_000);
  });

  it('a tombstone deletes a story nothing happened to since, and a later read brings it back', () => {
    const s = makeStory(2, T0);
    expect(mergeStates(stateOf([s]), stateOf([], [[s.key, T0 + 1000]])).stories.has(s.key)).toBe(false);
    const readLater = { ...s, lastRead: T0 + 5000, position: { ...s.position!, at: T0 + 5000 } };
    const m = mergeStates(stateOf([readLater]), stateOf([], [[s.key, T0 + 1000]]));
    expect(m.stories.has(s.key)).toBe(true);
    expect(m.stories.get(s.key)!.position!.at).toBe(T0 + 5000);
  });

  it('forgets tombstones after 30 days', () => {
    const st = stateOf(
      [],
      [
        ['a/b/1', T0],
        ['a/b/2', T0 + TOMBSTONE_MS - 1000],
      ],
    );
    expect([...expireTombstones(st, T0 + TOMBSTONE_MS).tombstones.keys()]).toEqual(['a/b/2']);
  });

  it('a story missing from sync is never deleted here: absence is not deletion', () => {
    const s = makeStory(3, T0);
    const r = reconcile(stateOf([s]), {}, T0);
    expect(r.remove).toEqual([]);
    expect(r.writes && Object.keys(r.writes.set).length).toBe(1);
  });
});

describe('sync budget', () => {
  const library = (n: number) => stateOf(Array.from({ length: n }, (_, i) => makeStory(i, T0 - i * 3_600_000, { finished: i % 3 === 1 })));

  it('keeps 5,000 stories within every quota, the oldest finished ones left out first', () => {
    const state = library(5000);
    const p = pack(state);
    expect(totalBytes(p.items)).toBeLessThanOrEqual(QUOTA.bytes);
    expect(Object.keys(p.items).length).toBeLessThanOrEqual(QUOTA.maxItems);
    for (const [k, v] of Object.entries(p.items)) expect(itemBytes(k, v)).toBeLessThanOrEqual(QUOTA.bytesPerItem);
    expect(p.synced.size).toBeGreaterThan(500);
    expect(p.synced.size).toBeLessThan(5000);
    // Every unfinished story read more recently than a synced finished one is synced too.
    const stories = [...state.stories.values()];
    const syncedFinished = stories.filter((s) => s.read && p.synced.has(s.key));
    const droppedUnfinished = stories.filter((s) => !s.read && !p.synced.has(s.key));
    if (syncedFinished.length) expect(droppedUnfinished.length).toBe(0);
    // Of the finished, the newest are the ones kept.
    const finished = stories.filter((s) => s.read).sort((a, b) => b.lastRead - a.lastRead);
    const keptFinished = finished.filter((s) => p.synced.has(s.key)).length;
    expect(finished.slice(0, Math.floor(keptFinished * 0.9)).every((s) => p.synced.has(s.key))).toBe(true);
    // What was written reads back as the same stories.
    const back = decodeItems(JSON.parse(JSON.stringify(p.items)));
    expect(back.stories.size).toBe(p.synced.size);
    for (const k of p.synced) expect(sameStory(back.stories.get(k), state.stories.get(k))).toBe(true);
  });

  it('puts a story always in the shard of its key', () => {
    const s = makeStory(11, T0);
    const key = `s${String(shardOf(s.key)).padStart(2, '0')}`;
    expect(Object.keys(pack(stateOf([s])).items)).toEqual([key]);
  });
});

describe('the fake storage.sync refuses as the browsers do', () => {
  it('per item, in all, items, and writes a minute / an hour (Chrome)', async () => {
    let t = T0;
    const area = new FakeSyncStorage('chrome', () => t);
    await expect(area.set({ big: 'x'.repeat(8192) })).rejects.toThrow('Resource::kQuotaBytesPerItem quota exceeded');
    await area.set({ ok: 'x'.repeat(8192 - 2 - 2) });
    for (let i = 0; i < 11; i++) await area.set({ [`k${i}`]: 'y'.repeat(8000) });
    await expect(area.set({ k12: 'y'.repeat(8000) })).rejects.toThrow('Resource::kQuotaBytes quota exceeded');
    await area.clear();
    const many: Record<string, number> = {};
    for (let i = 0; i < 513; i++) many[`i${i}`] = i;
    await expect(area.set(many)).rejects.toThrow('Resource::kMaxItems quota exceeded');
    expect(area.data.size).toBe(0);
    const fresh = new FakeSyncStorage('chrome', () => t);
    for (let i = 0; i < 120; i++) await fresh.set({ a: i });
    await expect(fresh.set({ a: 0 })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_MINUTE quota.');
    for (let m = 1; m < 15; m++) {
      t = T0 + m * 61_000;
      for (let i = 0; i < 120; i++) await fresh.set({ a: i });
    }
    t += 61_000;
    await expect(fresh.set({ a: 1 })).rejects.toThrow('This request exceeds the MAX_WRITE_OPERATIONS_PER_HOUR quota.');
  });

  it('Firefox: one QuotaExceededError message for every limit; unavailable without an add-on id', async () => {
    const area = new FakeSyncStorage('firefox');
    await expect(area.set({ big: 'x'.repeat(8192) })).rejects.toThrow('QuotaExceededError: storage.sync API call exceeded its quota limitations.');
    area.unavailable = true;
    await expect(area.get(null)).rejects.toThrow(/explicit addon ID/);
  });
});
