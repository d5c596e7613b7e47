/**
 * Sync at the edges, with the browser's storage.sync and the library injected (the background
 * gives the real ones; tests give an in-memory storage.sync that enforces the quotas, and a
 * memory library). Everything goes through `reconcile`, so pushing a local change and pulling
 * another device's are the same step.
 *
 * When storage.sync is missing or refuses (signed out, sync off, Firefox without an add-on id,
 * a quota), nothing else changes: the library lives in IndexedDB either way; the status says so.
 */
import type { SyncItems } from './encode';
import { type Reconciled, reconcile, type SyncReport } from './reconcile';
import { type Clock, createSyncScheduler, realClock, type SyncScheduler } from './schedule';
import type { SyncState } from './types';

/** The part of `storage.sync` used. */
export interface SyncArea {
  get(keys: null): Promise<SyncItems>;
  set(items: SyncItems): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** This device's library as sync sees it. */
export interface SyncLocal {
  read(): Promise<SyncState>;
  /** Applies another device's changes (and keeps the merged tombstones). */
  apply(r: Reconciled): Promise<void>;
}

export interface SyncStatus extends SyncReport {
  /** Why the last sync failed (the browser's message), or null. */
  error: string | null;
  at: number;
}

export interface SyncService {
  /** A local change: written within 30 s. */
  changed(): void;
  /** Write now what waits (the reader closed). */
  flush(): Promise<void>;
  /** Another device's change arrived (storage.onChanged, area 'sync'): merge it into the library now. */
  pull(): Promise<Reconciled | null>;
  /** One full step now: merge both ways and write. Resolves true when it wrote. */
  syncNow(): Promise<boolean>;
  readonly scheduler: SyncScheduler;
}

export function createSyncService(opts: { area: SyncArea | null; local: SyncLocal; clock?: Clock; onStatus?: (s: SyncStatus) => void }): SyncService {
  const clock = opts.clock ?? realClock;
  let chain: Promise<unknown> = Promise.resolve();
  // One step at a time: a pull and a push interleaved could each apply half of the other.
  const serial = <T>(fn: () => Promise<T>): Promise<T> => {
    const next = chain.then(fn, fn);
    chain = next.catch(() => undefined);
    return next;
  };
  const report = (r: Reconciled | null, error: string | null) => {
    opts.onStatus?.({ synced: r?.report.synced ?? 0, total: r?.report.total ?? 0, bytes: r?.report.bytes ?? 0, items: r?.report.items ?? 0, error, at: clock.now() });
  };

  const step = async (write: boolean): Promise<{ r: Reconciled | null; wrote: boolean }> => {
    if (!opts.area) {
      report(null, 'storage.sync is not available');
      return { r: null, wrote: false };
    }
    let r: Reconciled | null = null;
    try {
      const remote = await opts.area.get(null);
      r = reconcile(await opts.local.read(), remote, clock.now());
      await opts.local.apply(r);
      let wrote = false;
      if (write && r.writes) {
        if (Object.keys(r.writes.set).length) await opts.area.set(r.writes.set);
        if (r.writes.remove.length) await opts.area.remove(r.writes.remove);
        wrote = true;
      }
      report(r, null);
      return { r, wrote };
    } catch (e) {
      report(r, (e as Error)?.message ?? String(e));
      throw e;
    }
  };

  const scheduler = createSyncScheduler(() => serial(() => step(true)).then((x) => x.wrote), clock);
  return {
    changed: () => scheduler.changed(),
    flush: () => scheduler.flush(),
    async pull() {
      const { r } = await serial(() => step(false));
      // What this device adds to what arrived is written on the usual schedule, not at once.
      if (r?.writes) scheduler.changed();
      return r;
    },
    syncNow: () => serial(() => step(true)).then((x) => x.wrote),
    scheduler,
  };
}
