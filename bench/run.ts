/**
 * npm run bench [-- options]: the performance bench (bench/README.md).
 *
 *   --quick              fewer iterations (a smoke test: `--quick --only extraction` takes 8-10 min on the 2-core bench machine)
 *   --only a,b           run only these sections (extraction, floor, size, ...)
 *   --compare FILE       after the run, print old → new per row and budget, flagging regressions > 25%
 *   --out FILE           where to write the results (default bench/results.json for a full run;
 *                        bench/results.local.json, not committed, for --quick or --only runs)
 *
 * Exit code: 1 when a budget fails (or, with --compare, a regression is flagged), else 0.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { commitOf, machineInfo } from './core/machine';
import { budgetSummary, compareReport, machineReport, sectionReport, withMargin } from './core/report';
import { timed } from './core/stats';
import type { BenchContext, BenchResults, SectionResult } from './core/types';
import { SECTIONS } from './sections/index';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv: string[]) {
  const opts = { quick: false, only: [] as string[], compare: null as string | null, out: null as string | null };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      const eq = a.indexOf('=');
      if (eq >= 0) return a.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--quick') opts.quick = true;
    else if (a.startsWith('--only'))
      opts.only.push(
        ...value()
          .split(',')
          .map((s) => s.trim())
          .filter(Boolean),
      );
    else if (a.startsWith('--compare')) opts.compare = value();
    else if (a.startsWith('--out')) opts.out = value();
    else if (a === '--help' || a === '-h') {
      console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('*/')[0]);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (see --help)`);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const unknown = opts.only.filter((id) => !SECTIONS.some((s) => s.id === id));
  if (unknown.length) throw new Error(`no section ${unknown.join(', ')}: sections are ${SECTIONS.map((s) => s.id).join(', ')}`);
  const sections = opts.only.length ? SECTIONS.filter((s) => opts.only.includes(s.id)) : SECTIONS;
  // Read the old results first: the new ones may be written over them.
  const old: BenchResults | null = opts.compare ? JSON.parse(readFileSync(resolve(opts.compare), 'utf8')) : null;

  const started = performance.now();
  const memo = new Map<string, unknown>();
  const ctx: BenchContext = {
    quick: opts.quick,
    root: ROOT,
    log: (m) => process.stderr.write(`[bench ${((performance.now() - started) / 1000).toFixed(1)}s ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)}MB] ${m}\n`),
    memo<T>(key: string, make: () => T): T {
      if (!memo.has(key)) memo.set(key, make());
      return memo.get(key) as T;
    },
  };

  const machine = machineInfo(ROOT);
  const results: SectionResult[] = [];
  for (const s of sections) {
    ctx.log(`section ${s.id}`);
    const [r, seconds] = await timed(() => s.run(ctx));
    r.seconds = seconds;
    // Every budget of every section with its margin (stored in the results too).
    r.budgets = r.budgets.map(withMargin);
    Object.assign(machine, r.machine ?? {});
    results.push(r);
  }

  const out: BenchResults = { version: 1, date: new Date().toISOString(), commit: commitOf(ROOT), quick: opts.quick, machine, sections: results };
  console.log(`# Inkwell bench${opts.quick ? ' (quick: few iterations, smoke test only)' : ''}, ${out.date}, commit ${out.commit}\n`);
  console.log(machineReport(machine));
  for (const r of results) console.log(sectionReport(r));

  const budgets = results.flatMap((r) => r.budgets);
  const failed = budgets.filter((b) => b.pass === false);
  console.log(`\n${budgetSummary(budgets)}`);

  let regressions = 0;
  if (old) {
    const c = compareReport(old, out);
    console.log(c.text);
    regressions = c.regressions;
  }

  const partial = opts.quick || opts.only.length > 0;
  const target = resolve(opts.out ?? join(ROOT, partial ? 'bench/results.local.json' : 'bench/results.json'));
  writeFileSync(target, JSON.stringify(out, null, 1) + '\n');
  console.log(`\nResults written to ${relative(process.cwd(), target) || target}${existsSync(target) ? '' : ''}.`);
  process.exitCode = failed.length || regressions ? 1 : 0;
}

main().catch((e) => {
  console.error(e instanceof Error ? e.stack : e);
  process.exitCode = 2;
});
