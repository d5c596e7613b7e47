/**
 * Runs a measuring function in a child Node process (same tsx loader), so what one timing phase
 * allocates — jsdom and happy-dom keep part of every document made in a long loop — is all given back
 * when it ends, and one phase's heap (and GC) does not weigh on the next. The function is named by
 * its module (relative to bench/) and export; it gets a fresh BenchContext and JSON parameters and
 * returns JSON.
 *
 *   const { results, processesNote } = await inChildren<Result>(ctx, 'sections/extraction.ts', 'measureExtraction', [
 *     { params: { dom: 'jsdom', ... }, label: 'extraction jsdom batch 1/5' }, ...
 *   ]);
 *
 * A section's phases are independent children: inChildren runs up to INKWELL_BENCH_JOBS of them at once (default 2,
 * one per core of the bench machine; 1 runs them one after another).
 */
import { type ChildProcess, fork } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchContext } from './types';

const HERE = dirname(fileURLToPath(import.meta.url));
const CHILD = join(HERE, 'child.ts');

export interface ChildRequest {
  module: string;
  export: string;
  params: unknown;
  quick: boolean;
  root: string;
  label: string;
}

/** Children measuring now: a bench stopped (Ctrl-C, kill) stops them too, rather than leave them loading the machine. */
const running = new Set<ChildProcess>();
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
  process.once(signal, () => {
    for (const child of running) child.kill('SIGKILL');
    process.exit(130);
  });
}

function inChild<T>(ctx: BenchContext, module: string, exportName: string, params: unknown, label = exportName): Promise<T> {
  const request: ChildRequest = { module, export: exportName, params, quick: ctx.quick, root: ctx.root, label };
  return new Promise<T>((resolve, reject) => {
    const child = fork(CHILD, [], {
      // tsx's loader flags, plus room: a full phase keeps a few GB before it ends.
      execArgv: [...process.execArgv, '--max-old-space-size=6144'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    running.add(child);
    let result: { ok: true; value: T } | { ok: false; error: string } | null = null;
    child.on('message', (m) => (result = m as typeof result));
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      running.delete(child);
      if (result?.ok) resolve(result.value);
      else reject(new Error(`${label} in a child process failed: ${result && !result.ok ? result.error : `exit ${code ?? signal}`}`));
    });
    child.send(request);
  });
}

/**
 * How many measuring children a section runs at once: INKWELL_BENCH_JOBS (a whole number ≥ 1), default 2.
 * 1 runs the phases one after another. Only for figures a neighbour process does not skew (bench/README.md).
 */
function benchJobs(): number {
  const v = process.env.INKWELL_BENCH_JOBS;
  if (v === undefined || v.trim() === '') return 2;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`INKWELL_BENCH_JOBS must be a whole number ≥ 1, not ${JSON.stringify(v)}`);
  return n;
}

/**
 * Runs the tasks, at most `limit` at a time, starting them in the order given (the next when one ends).
 * Resolves with their results in the tasks' order, whichever ended first; rejects with the first failure,
 * starting no task after it (those running then end on their own).
 */
async function pool<T>(limit: number, tasks: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = new Array(tasks.length);
  let next = 0;
  let failed = false;
  const worker = async () => {
    while (!failed && next < tasks.length) {
      const i = next++;
      try {
        results[i] = await tasks[i]();
      } catch (e) {
        failed = true;
        throw e;
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, tasks.length)) }, worker));
  return results;
}

/** One child's work: the measuring function's parameters, and the name its log lines carry. */
export interface ChildJob<P = unknown> {
  params: P;
  label: string;
}

/**
 * Runs `exportName` of `module` once per job, each in a child of its own, INKWELL_BENCH_JOBS at once. Resolves with
 * the results in the jobs' order (as when they ran one after another) and, for the section's notes, how they ran:
 * "N processes, J at a time".
 */
export async function inChildren<T>(ctx: BenchContext, module: string, exportName: string, jobs: ChildJob[]): Promise<{ results: T[]; processesNote: string }> {
  const atOnce = benchJobs();
  const results = await pool(
    atOnce,
    jobs.map((job) => () => inChild<T>(ctx, module, exportName, job.params, job.label)),
  );
  return { results, processesNote: `${jobs.length} processes, ${atOnce} at a time` };
}
