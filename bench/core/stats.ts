/**
 * Side-by-side timing. Two (or more) contenders run in the same rounds, in alternating order, so
 * the machine's noise (other workers on the shared cores, GC, turbo) hits them alike; only their
 * ratio and distributions are meaningful, never one absolute figure.
 */
import { performance } from 'node:perf_hooks';

export function quantile(sorted: number[], q: number): number {
  if (!sorted.length) return NaN;
  const pos = (sorted.length - 1) * q;
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo] + (sorted[hi] - sorted[lo]) * (pos - lo);
}

export function median(xs: number[]): number {
  return quantile(
    [...xs].sort((a, b) => a - b),
    0.5,
  );
}

export interface Distribution {
  n: number;
  min: number;
  p10: number;
  median: number;
  p90: number;
  max: number;
}

export function distribution(xs: number[]): Distribution {
  const s = [...xs].sort((a, b) => a - b);
  return { n: s.length, min: s[0], p10: quantile(s, 0.1), median: quantile(s, 0.5), p90: quantile(s, 0.9), max: s[s.length - 1] };
}

export interface Contender<T = unknown> {
  name: string;
  /** Untimed preparation for one run (e.g. a fresh clone of the document). */
  setup?: () => T;
  /** The timed work (synchronous: the clock stops when it returns). */
  run: (prepared: T) => unknown;
  /** Untimed, after each run: e.g. let happy-dom finish the tasks a run queued (else it holds them, and memory grows). */
  teardown?: (prepared: T) => void | Promise<void>;
}

export interface TimingPlan {
  /** Untimed rounds first (JIT, caches). */
  warmup: number;
  /** Timed rounds: at least this many… */
  minRounds: number;
  /** …and then more while under `maxMs`, up to this many. */
  maxRounds: number;
  /** Soft time limit for the timed rounds of one call (wall clock, setup included). */
  maxMs: number;
}

/** Wall-clock ms (performance.now). */
export const wallMs = (): number => performance.now();
/**
 * This process's CPU ms (user + system, µs resolution): what a run costs, without the time the
 * process waited for a core while other work ran on the machine (wall time grows with load).
 */
export const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

/**
 * Samples in ms per contender, taken in interleaved rounds (order alternating each round), on the
 * given clock (wall by default; `cpuMs` for CPU time).
 */
export async function interleave(contenders: Contender<any>[], plan: TimingPlan, clock: () => number = wallMs): Promise<Record<string, number[]>> {
  const samples: Record<string, number[]> = Object.fromEntries(contenders.map((c) => [c.name, []]));
  const once = async (c: Contender<any>, record: boolean) => {
    const prepared = c.setup ? c.setup() : undefined;
    const t0 = clock();
    c.run(prepared);
    const t1 = clock();
    if (record) samples[c.name].push(t1 - t0);
    if (c.teardown) await c.teardown(prepared);
  };
  const round = async (i: number, record: boolean) => {
    const order = i % 2 === 0 ? contenders : [...contenders].reverse();
    for (const c of order) await once(c, record);
  };
  for (let i = 0; i < plan.warmup; i++) await round(i, false);
  const start = performance.now();
  for (let i = 0; i < plan.maxRounds; i++) {
    if (i >= plan.minRounds && performance.now() - start > plan.maxMs) break;
    await round(i, true);
  }
  return samples;
}

/** Runs `fn` and returns its result and the wall time in seconds. */
export async function timed<T>(fn: () => Promise<T>): Promise<[T, number]> {
  const t0 = performance.now();
  const r = await fn();
  return [r, (performance.now() - t0) / 1000];
}
