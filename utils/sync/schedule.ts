/**
 * When to write to storage.sync: a position is saved locally every second while reading, but
 * sync takes 120 writes a minute and 1,800 an hour. Changes are gathered and written at most
 * once every 30 s (the first after a short pause, to batch a burst), and at once when the reader
 * closes; a write is never attempted past the browsers' own limits (counted here too, so a busy
 * hour waits instead of failing). Clock and timers are injected (tests run hours in
 * milliseconds).
 */
import { QUOTA } from './budget';

export const SYNC_INTERVAL_MS = 30_000;
/** A first change waits this long, so a burst (a save, then its position) is one write. */
export const SYNC_SETTLE_MS = 2_000;

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const realClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => setTimeout(fn, ms),
  clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** Write times of the last hour; says when the next write is allowed under both limits. */
export class WriteLimiter {
  private times: number[] = [];
  constructor(
    private readonly perMinute = QUOTA.writesPerMinute,
    private readonly perHour = QUOTA.writesPerHour,
  ) {}
  record(at: number): void {
    this.times.push(at);
    this.times = this.times.filter((t) => at - t < 3_600_000);
  }
  /** The earliest time at or after `at` a write keeps within both limits. */
  nextAllowed(at: number): number {
    const hour = this.times.filter((t) => at - t < 3_600_000);
    const minute = hour.filter((t) => at - t < 60_000);
    let next = at;
    if (minute.length >= this.perMinute) next = Math.max(next, minute[minute.length - this.perMinute]! + 60_000);
    if (hour.length >= this.perHour) next = Math.max(next, hour[hour.length - this.perHour]! + 3_600_000);
    return next;
  }
}

export interface SyncScheduler {
  /** Something changed locally: write it within 30 s. */
  changed(): void;
  /** The reader closed (or the browser is going away): write now if anything is waiting. */
  flush(): Promise<void>;
  /** Writes done so far (for the measurement). */
  readonly writes: number;
}

/**
 * `write` does one sync (reconcile and one storage.sync set/remove); it resolves true when it
 * wrote to storage.sync, false when sync already held it.
 */
export function createSyncScheduler(write: () => Promise<boolean>, clock: Clock = realClock, limiter = new WriteLimiter()): SyncScheduler {
  let pending = false;
  let timer: unknown = null;
  let lastWrite = -Infinity;
  let writes = 0;
  let running: Promise<void> | null = null;

  const run = async (): Promise<void> => {
    if (running) {
      await running;
      if (!pending) return;
    }
    timer = null;
    pending = false;
    running = (async () => {
      const at = clock.now();
      try {
        if (await write()) {
          writes++;
          lastWrite = at;
          limiter.record(at);
        }
      } catch {
        // Quota or sync unavailable: the library is whole locally; the next change tries again.
      }
    })();
    try {
      await running;
    } finally {
      running = null;
    }
  };

  const arm = (at: number) => {
    if (timer !== null) clock.clearTimeout(timer);
    timer = clock.setTimeout(() => void run(), Math.max(0, at - clock.now()));
  };

  return {
    changed() {
      pending = true;
      if (timer !== null) return;
      const now = clock.now();
      arm(limiter.nextAllowed(Math.max(now + SYNC_SETTLE_MS, lastWrite + SYNC_INTERVAL_MS)));
    },
    async flush() {
      if (!pending) return;
      const now = clock.now();
      const allowed = limiter.nextAllowed(now);
      if (allowed > now) return arm(allowed);
      if (timer !== null) clock.clearTimeout(timer);
      await run();
    },
    get writes() {
      return writes;
    },
  };
}
