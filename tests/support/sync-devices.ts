/**
 * Simulated devices for the sync tests: a library held in memory (what IndexedDB holds, as sync
 * sees it), a fake clock, and stories made up for the purpose.
 */
import { mergeStory, sinceDeletion } from '../../utils/sync/merge';
import type { Reconciled } from '../../utils/sync/reconcile';
import type { Clock } from '../../utils/sync/schedule';
import type { SyncLocal } from '../../utils/sync/service';
import { emptyState, type SyncPosition, type SyncState, type SyncStory, toSyncTime } from '../../utils/sync/types';

export class MemoryLibrary implements SyncLocal {
  state: SyncState = emptyState();

  async read(): Promise<SyncState> {
    return { stories: new Map(this.state.stories), tombstones: new Map(this.state.tombstones), settings: this.state.settings };
  }

  async apply(r: Reconciled): Promise<void> {
    // A local change made while the step ran stays: merged in, never overwritten.
    for (const s of r.upsert) {
      const mine = this.state.stories.get(s.key);
      const merged = mine ? mergeStory(mine, s) : s;
      const deletedAt = r.merged.tombstones.get(s.key);
      this.state.stories.set(s.key, deletedAt === undefined ? merged : sinceDeletion(merged, deletedAt));
    }
    for (const k of r.remove) this.state.stories.delete(k);
    for (const [k, at] of r.merged.tombstones) this.state.tombstones.set(k, Math.max(at, this.state.tombstones.get(k) ?? 0));
    for (const k of [...this.state.tombstones.keys()]) if (!r.merged.tombstones.has(k)) this.state.tombstones.delete(k);
    if (r.settings) this.state.settings = r.settings;
  }

  add(s: SyncStory): void {
    this.state.stories.set(s.key, s);
  }

  readTo(key: string, pos: Omit<SyncPosition, 'at'>, at: number): void {
    const s = this.state.stories.get(key);
    if (!s) return;
    const t = toSyncTime(at);
    this.state.stories.set(key, { ...s, position: { ...pos, at: t }, lastRead: Math.max(s.lastRead, t) });
  }

  mark(key: string, read: boolean, at: number): void {
    const s = this.state.stories.get(key);
    if (s) this.state.stories.set(key, { ...s, read, readAt: toSyncTime(at), lastRead: Math.max(s.lastRead, toSyncTime(at)) });
  }

  delete(key: string, at: number): void {
    this.state.stories.delete(key);
    this.state.tombstones.set(key, toSyncTime(at));
  }
}

export class FakeClock implements Clock {
  t: number;
  private timers: Array<{ at: number; fn: () => void; id: number }> = [];
  private nextId = 1;
  constructor(start = Date.UTC(2026, 11, 3, 8)) {
    this.t = start;
  }
  now = () => this.t;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.nextId++;
    this.timers.push({ at: this.t + ms, fn, id });
    return id;
  };
  clearTimeout = (h: unknown) => {
    this.timers = this.timers.filter((x) => x.id !== h);
  };
  /** Moves time on, running each timer due (and what they start), awaiting their promises. */
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (;;) {
      this.timers.sort((a, b) => a.at - b.at);
      const next = this.timers[0];
      if (!next || next.at > end) break;
      this.timers.shift();
      this.t = next.at;
      next.fn();
      for (let i = 0; i < 20; i++) await Promise.resolve();
    }
    this.t = end;
  }
}

const WORDS = ['rain', 'lantern', 'harbour', 'quiet', 'orchard', 'paper', 'winter', 'salt', 'thread', 'ember', 'glass', 'north', 'tide', 'moth'];
const DOMAINS = ['livejournal.com', 'dreamwidth.org', 'insanejournal.com', 'journalfen.net'];

/** A made-up story (titles from a word list, journals numbered), `n` deterministic. */
export function makeStory(n: number, at: number, opts: { finished?: boolean } = {}): SyncStory {
  const domain = DOMAINS[n % DOMAINS.length]!;
  const journal = `writer_${(n * 7919) % 1400}`;
  const entry = 1000 + ((n * 104729) % 900000);
  const key = `${domain}/${journal}/${entry}`;
  const url = (e: number) => `https://${journal.replace(/_/g, '-')}.${domain}/${e}.html`;
  const title = `The ${WORDS[n % WORDS.length]} and the ${WORDS[(n * 3 + 1) % WORDS.length]}${n % 5 === 0 ? ' (part of a series)' : ''}`;
  const t = toSyncTime(at);
  return {
    key,
    title,
    author: journal,
    journal: n % 6 === 0 ? `fic_exchange_${n % 40}` : journal,
    site: (['livejournal', 'dreamwidth', 'insanejournal', 'journalfen'] as const)[n % 4]!,
    masterpostUrl: n % 3 === 0 ? url(entry) : null,
    firstUrl: n % 3 === 0 ? url(entry + 7) : url(entry),
    position: {
      partKey: n % 3 === 0 ? `${domain}/${journal}/${entry + 7}` : key,
      part: n % 4,
      paragraph: (n * 13) % 240,
      offset: ((n * 37) % 1000) / 1000,
      percent: opts.finished ? 100 : (n * 11) % 100,
      at: t,
    },
    read: !!opts.finished,
    readAt: opts.finished ? t : 0,
    lastRead: t,
  };
}
