/**
 * Two devices reading from one library through the browser's sync: each with its own library
 * and its own storage.sync (the quota-enforcing fake), a sync server between them that keeps the
 * last write per item, messages delivered out of order, one device offline for stretches. After
 * every scenario, once the messages are all delivered, both libraries must hold the same
 * stories, every story not deleted (or read again after it was), each at the newest position
 * any device reached.
 */
import { describe, expect, it } from 'vitest';
import { decodeItems } from '../../utils/sync/encode';
import { sameStory } from '../../utils/sync/merge';
import { createSyncService, type SyncService } from '../../utils/sync/service';
import { toSyncTime } from '../../utils/sync/types';
import { FakeSyncStorage } from '../support/fake-sync-storage';
import { FakeClock, MemoryLibrary, makeStory } from '../support/sync-devices';

type Msg = { from: number; key: string; value: unknown };

class World {
  clock = new FakeClock();
  server = new Map<string, unknown>();
  toServer: Msg[] = [];
  toDevice: Msg[][] = [[], []];
  online = [true, true];
  libs = [new MemoryLibrary(), new MemoryLibrary()];
  areas: FakeSyncStorage[];
  services: SyncService[];
  truth = new Map<string, { lastDelete: number; lastActivity: number; position: { paragraph: number; at: number } | null }>();

  constructor(private rand: () => number) {
    this.areas = [0, 1].map(() => new FakeSyncStorage('chrome', this.clock.now));
    this.services = [0, 1].map((d) => {
      const area = this.areas[d]!;
      // What a device writes goes to the server when it is online (held until then).
      area.onChanged((changes) => {
        if (this.delivering) return;
        for (const [key, c] of Object.entries(changes)) this.toServer.push({ from: d, key, value: c.newValue });
      });
      return createSyncService({ area, local: this.libs[d]!, clock: this.clock });
    });
  }
  private delivering = false;

  tick(): void {
    this.clock.t += 1000 + Math.floor(this.rand() * 20) * 1000;
  }

  pick<T>(xs: T[]): T {
    return xs[Math.floor(this.rand() * xs.length)]!;
  }

  /** One message, chosen at random among those that can move now: out of order. */
  deliverOne(): boolean {
    const movable: Array<() => void> = [];
    this.toServer.forEach((m, i) => {
      if (!this.online[m.from]) return;
      movable.push(() => {
        this.toServer.splice(i, 1);
        this.server.set(m.key, m.value);
        this.toDevice[1 - m.from]!.push(m);
      });
    });
    this.toDevice.forEach((q, d) => {
      if (!this.online[d]) return;
      q.forEach((m, i) =>
        movable.push(() => {
          q.splice(i, 1);
          this.delivering = true;
          this.areas[d]!.receive({ [m.key]: m.value });
          this.delivering = false;
          this.pendingPull[d] = true;
        }),
      );
    });
    if (!movable.length) return false;
    this.pick(movable)();
    return true;
  }
  pendingPull = [false, false];

  async pulls(): Promise<void> {
    for (const d of [0, 1]) {
      if (this.pendingPull[d]) {
        this.pendingPull[d] = false;
        await this.services[d]!.pull();
      }
    }
  }

  record(key: string, f: (t: { lastDelete: number; lastActivity: number; position: { paragraph: number; at: number } | null }) => void): void {
    const t = this.truth.get(key) ?? { lastDelete: 0, lastActivity: 0, position: null };
    f(t);
    this.truth.set(key, t);
  }

  localAction(d: number, nextStory: () => number): void {
    const lib = this.libs[d]!;
    const now = this.clock.now();
    const at = toSyncTime(now);
    const known = [...lib.state.stories.keys()];
    const r = this.rand();
    if (r < 0.25 || !known.length) {
      const s = makeStory(nextStory(), now);
      lib.add(s);
      this.record(s.key, (t) => {
        t.lastActivity = at;
        t.position = { paragraph: s.position!.paragraph, at };
      });
    } else if (r < 0.75) {
      const key = this.pick(known);
      const s = lib.state.stories.get(key)!;
      const paragraph = Math.floor(this.rand() * 400);
      lib.readTo(key, { ...(s.position ?? makeStory(0, now).position!), paragraph }, now);
      this.record(key, (t) => {
        t.lastActivity = at;
        t.position = { paragraph, at };
      });
    } else if (r < 0.88) {
      const key = this.pick(known);
      lib.mark(key, this.rand() < 0.5, now);
      this.record(key, (t) => (t.lastActivity = at));
    } else {
      const key = this.pick(known);
      lib.delete(key, now);
      this.record(key, (t) => (t.lastDelete = Math.max(t.lastDelete, at)));
    }
  }

  async settle(): Promise<number> {
    this.online = [true, true];
    for (let round = 0; round < 60; round++) {
      this.tick();
      let wrote = false;
      for (const d of [0, 1]) wrote = (await this.services[d]!.syncNow()) || wrote;
      let moved = false;
      while (this.deliverOne()) {
        moved = true;
        await this.pulls();
      }
      if (!wrote && !moved) return round;
    }
    throw new Error('did not settle in 60 rounds');
  }

  check(): void {
    const [a, b] = this.libs.map((l) => l.state.stories);
    expect([...a!.keys()].sort()).toEqual([...b!.keys()].sort());
    for (const [k, s] of a!) expect(sameStory(s, b!.get(k)), `${k} ${JSON.stringify(s)} ${JSON.stringify(b!.get(k))}`).toBe(true);
    for (const [key, t] of this.truth) {
      const alive = t.lastActivity > t.lastDelete;
      expect(a!.has(key), `${key} alive=${alive}`).toBe(alive);
      if (!alive) continue;
      const pos = a!.get(key)!.position;
      if (t.position && t.position.at > t.lastDelete) {
        expect(pos?.paragraph, key).toBe(t.position.paragraph);
        expect(pos?.at, key).toBe(t.position.at);
      }
    }
    // What sync holds on each device is what its library holds (stale items delivered out of order included).
    for (const [d, area] of this.areas.entries()) {
      const held = decodeItems(Object.fromEntries([...area.data].map(([k, v]) => [k, JSON.parse(v)])));
      for (const [k, s] of held.stories) if (this.libs[d]!.state.stories.has(k)) expect(s.lastRead).toBeLessThanOrEqual(this.libs[d]!.state.stories.get(k)!.lastRead);
    }
  }
}

function seeded(seed: number) {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s / 0x100000000;
  };
}

async function runScenario(seed: number, events: number): Promise<World> {
  const rand = seeded(seed);
  const w = new World(rand);
  let storyNo = seed * 1000;
  const nextStory = () => storyNo++;
  for (let i = 0; i < events; i++) {
    w.tick();
    const r = rand();
    if (r < 0.45) w.localAction(Math.floor(rand() * 2), nextStory);
    else if (r < 0.65) await w.services[Math.floor(rand() * 2)]!.syncNow();
    else if (r < 0.95) {
      w.deliverOne();
      await w.pulls();
    } else w.online[1] = !w.online[1]; // the phone goes offline, or comes back
  }
  await w.settle();
  w.check();
  return w;
}

const SCENARIOS = 300;

describe('two devices through storage.sync', () => {
  it(`converge with nothing lost in ${SCENARIOS} random scenarios (out of order, offline stretches, concurrent edits, deletes)`, async () => {
    let stories = 0;
    for (let seed = 1; seed <= SCENARIOS; seed++) {
      const w = await runScenario(seed, 80);
      stories += w.truth.size;
    }
    expect(stories).toBeGreaterThan(SCENARIOS * 5);
  }, 120_000);

  it('two stories added at once to the same storage.sync item both survive the item being overwritten', async () => {
    const w = new World(seeded(99));
    // Two stories whose keys hash to one shard.
    const { shardOf } = await import('../../utils/sync/encode');
    const first = makeStory(1, w.clock.now());
    let n = 2;
    while (shardOf(makeStory(n, 0).key) !== shardOf(first.key)) n++;
    const second = makeStory(n, w.clock.now());
    w.libs[0]!.add(first);
    w.libs[1]!.add(second);
    w.truth.set(first.key, { lastDelete: 0, lastActivity: first.lastRead, position: { paragraph: first.position!.paragraph, at: first.position!.at } });
    w.truth.set(second.key, { lastDelete: 0, lastActivity: second.lastRead, position: { paragraph: second.position!.paragraph, at: second.position!.at } });
    await w.services[0]!.syncNow();
    await w.services[1]!.syncNow();
    // The server takes device 0's item, then device 1's: last writer wins the item.
    while (w.toServer.length) {
      const m = w.toServer.shift()!;
      w.server.set(m.key, m.value);
      w.toDevice[1 - m.from]!.push(m);
    }
    await w.settle();
    w.check();
    expect(w.libs[0]!.state.stories.size).toBe(2);
  });

  it('a story deleted on one device while the other, offline, reads on: the reading wins; unread since, the delete wins', async () => {
    const w = new World(seeded(5));
    const kept = makeStory(1, w.clock.now());
    const gone = makeStory(2, w.clock.now());
    for (const lib of w.libs) for (const s of [kept, gone]) lib.add(s);
    for (const s of [kept, gone]) w.truth.set(s.key, { lastDelete: 0, lastActivity: s.lastRead, position: { paragraph: s.position!.paragraph, at: s.position!.at } });
    await w.settle();
    w.online[1] = false;
    w.tick();
    for (const s of [kept, gone]) {
      w.libs[0]!.delete(s.key, w.clock.now());
      w.record(s.key, (t) => (t.lastDelete = toSyncTime(w.clock.now())));
    }
    await w.services[0]!.syncNow();
    w.tick();
    w.libs[1]!.readTo(kept.key, { ...kept.position!, paragraph: 321 }, w.clock.now());
    w.record(kept.key, (t) => {
      t.lastActivity = toSyncTime(w.clock.now());
      t.position = { paragraph: 321, at: toSyncTime(w.clock.now()) };
    });
    await w.services[1]!.syncNow();
    await w.settle();
    w.check();
    expect([...w.libs[0]!.state.stories.keys()]).toEqual([kept.key]);
  });
});
