/** The child side of core/isolate.ts: one request in over IPC, one result out, then exit. */

import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ChildRequest } from './isolate';
import type { BenchContext } from './types';

const BENCH = join(dirname(fileURLToPath(import.meta.url)), '..');

// A bench stopped (Ctrl-C, a killed run) closes this channel: the child goes too, rather than measuring on for an
// hour and loading the machine every later figure is taken on.
process.once('disconnect', () => process.exit(1));

process.once('message', async (req: ChildRequest) => {
  const started = performance.now();
  const memo = new Map<string, unknown>();
  const ctx: BenchContext = {
    quick: req.quick,
    root: req.root,
    log: (m) => process.stderr.write(`[bench  ${req.label} +${((performance.now() - started) / 1000).toFixed(1)}s ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)}MB] ${m}\n`),
    memo<T>(key: string, make: () => T): T {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as T;
    },
  };
  try {
    const mod = await import(pathToFileURL(join(BENCH, req.module)).href);
    const fn = mod[req.export];
    if (typeof fn !== 'function') throw new Error(`${req.module} exports no function ${req.export}`);
    const value = await fn(ctx, req.params);
    process.send!({ ok: true, value }, () => process.exit(0));
  } catch (e) {
    process.send!({ ok: false, error: e instanceof Error ? (e.stack ?? e.message) : String(e) }, () => process.exit(1));
  }
});
