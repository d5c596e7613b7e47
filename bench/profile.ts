/**
 * Where extractPage's time goes, for the owner of the extraction code when a budget fails:
 *
 *   npx tsx bench/profile.ts [PAGE...] [--dom jsdom|happy-dom] [--runs N] [--top N] [--save FILE.cpuprofile]
 *
 * PAGE: a fixture case id, a layout family's grown page ('…-171kb'), 'family:SITE/STYLE' (its pages), 'large-page' (default), or 'median' (the 9 fixture pages around the median
 * of section 1's ratio in the last results: faster to type than their ids). The pages are parsed once;
 * extractPage then runs N times under V8's sampling profiler (node:inspector, 100 µs interval), and the
 * profile is summed two ways: inclusive time per function of utils/ (what each step of extraction
 * costs, callees included, recursion counted once), and self time grouped by where the code lives
 * (utils/extract/*.ts, jsdom or happy-dom internals, nwsapi selectors, V8 builtins/GC).
 * --save writes the raw profile for Chrome DevTools / speedscope.
 */

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractPage } from '../utils/extract/index';
import { type DomName, domImpl } from './core/dom';
import { type BenchPage, fixturePages, largeEntryPages, largePage } from './core/pages';
import { benchPages } from './core/shared';
import type { BenchResults } from './core/types';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  hitCount?: number;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

function args() {
  const a = process.argv.slice(2);
  const o = { pages: [] as string[], dom: 'jsdom' as DomName, runs: 20, top: 25, save: '' };
  for (let i = 0; i < a.length; i++) {
    if (a[i] === '--dom') o.dom = a[++i] as DomName;
    else if (a[i] === '--runs') o.runs = Number(a[++i]);
    else if (a[i] === '--top') o.top = Number(a[++i]);
    else if (a[i] === '--save') o.save = a[++i];
    else o.pages.push(a[i]);
  }
  if (!o.pages.length) o.pages.push('large-page');
  return o;
}

function pick(ids: string[]): BenchPage[] {
  const fixtures = fixturePages();
  const all = [...fixtures, ...largeEntryPages(fixtures)];
  let made: ReturnType<typeof benchPages> | undefined;
  const out: BenchPage[] = [];
  for (const id of ids) {
    if (id === 'large-page') out.push(largePage());
    else if (id === 'median') {
      const file = [join(ROOT, 'bench/results.local.json'), join(ROOT, 'bench/results.json')].find(existsSync);
      const res: BenchResults | null = file ? JSON.parse(readFileSync(file, 'utf8')) : null;
      const rows = res?.sections.find((s) => s.id === 'extraction')?.rows.filter((r) => r.id !== 'large-page' && typeof r.values.speedJ === 'number') ?? [];
      rows.sort((x, y) => (x.values.speedJ as number) - (y.values.speedJ as number));
      const mid = Math.floor(rows.length / 2);
      const ids = rows.length ? rows.slice(Math.max(0, mid - 4), mid + 5).map((r) => r.id) : all.slice(0, 9).map((p) => p.id);
      out.push(...all.filter((p) => ids.includes(p.id)));
    } else {
      // A family's grown page ("…-171kb", core/families.ts) or a family's pages ("family:livejournal/lj-mobile"): made only when asked for (every page's family is read).
      if (id.startsWith('family:')) {
        const { pages, families } = (made ??= benchPages());
        out.push(...pages.filter((x) => families.get(x.id) === id.slice('family:'.length)));
        continue;
      }
      const p = all.find((x) => x.id === id) ?? (/-\d+kb$/.test(id) ? (made ??= benchPages()).pages.find((x) => x.id === id) : undefined);
      if (!p) throw new Error(`no fixture page ${id}`);
      out.push(p);
    }
  }
  return out;
}

/** Where a frame's code lives, for the self-time grouping. */
function place(url: string, name: string): string {
  if (!url) return name.startsWith('(') ? name : '(V8 builtins / native)';
  const m = /\/(utils\/[^?]+?)(?:\?|$)/.exec(url);
  if (m && !url.includes('node_modules')) return m[1];
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) {
    if (pkg[1] === 'jsdom') {
      const sub = /lib\/jsdom\/living\/([^/]+)/.exec(pkg[2]);
      return `jsdom ${sub ? sub[1] : pkg[2].split('/').slice(0, 3).join('/')}`;
    }
    if (pkg[1] === 'happy-dom') return `happy-dom ${pkg[2].split('/').slice(1, 3).join('/')}`;
    return pkg[1];
  }
  if (url.startsWith('node:')) return 'node internals';
  return url.replace(/^file:\/\//, '').replace(ROOT + '/', '');
}

function summarise(profile: Profile, top: number) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  // Time per sample: the delta to the next sample.
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  // Line numbers are the transformed code's (tsx): kept for libraries only.
  const isOurs = (n: ProfileNode) => /\/utils\//.test(n.callFrame.url) && !n.callFrame.url.includes('node_modules');
  const key = (n: ProfileNode) =>
    `${n.callFrame.functionName || '(anonymous)'}  ${place(n.callFrame.url, n.callFrame.functionName)}${isOurs(n) || !n.callFrame.url ? '' : `:${n.callFrame.lineNumber + 1}`}`;
  const short = (n: ProfileNode) => `${n.callFrame.functionName || '(anonymous)'} (${place(n.callFrame.url, n.callFrame.functionName).replace(/^utils\/(extract\/)?/, '')})`;
  const edges = new Map<string, number>();
  const inclusive = new Map<string, number>();
  const selfByPlace = new Map<string, number>();
  for (const [id, t] of self) {
    const leaf = byId.get(id)!;
    const where = place(leaf.callFrame.url, leaf.callFrame.functionName);
    selfByPlace.set(where, (selfByPlace.get(where) ?? 0) + t);
    // Inclusive: every utils/ function on the stack once (recursion counted once); and each
    // caller → callee pair of utils/ functions on the stack once (who pays for a shared helper).
    const seen = new Set<string>();
    const seenEdge = new Set<string>();
    let callee: ProfileNode | null = null;
    for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) {
      const n = byId.get(cur)!;
      if (!isOurs(n)) continue;
      const k = key(n);
      if (callee && short(callee) !== short(n)) {
        const e = `${short(n)} → ${short(callee)}`;
        if (!seenEdge.has(e)) {
          seenEdge.add(e);
          edges.set(e, (edges.get(e) ?? 0) + t);
        }
      }
      callee = n;
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + t);
    }
  }
  const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)}%`;
  const ms = (t: number) => `${t.toFixed(0).padStart(6)} ms`;
  console.log(`\nsampled ${total.toFixed(0)} ms`);
  console.log('\nInclusive time of extraction functions (utils/), callees included:');
  for (const [k, t] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)} ${ms(t)}  ${k}`);
  console.log('\nCaller → callee (utils/), inclusive time of the callee when called from there:');
  for (const [k, t] of [...edges].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)} ${ms(t)}  ${k}`);
  console.log('\nSelf time by where the code lives:');
  for (const [k, t] of [...selfByPlace].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)} ${ms(t)}  ${k}`);
  const selfByFn = new Map<string, number>();
  for (const [id, t] of self) {
    const k = key(byId.get(id)!);
    selfByFn.set(k, (selfByFn.get(k) ?? 0) + t);
  }
  console.log('\nSelf time by function:');
  for (const [k, t] of [...selfByFn].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${pct(t)} ${ms(t)}  ${k}`);
}

async function main() {
  const o = args();
  const pages = pick(o.pages);
  const dom = domImpl(o.dom);
  const docs = pages.map((p) => ({ page: p, doc: dom.load(p.html, p.url) }));
  for (const { page, doc } of docs) for (let i = 0; i < 3; i++) extractPage(doc, page.url); // warm up
  console.log(`profiling extractPage × ${o.runs} on ${o.dom}: ${pages.map((p) => p.id).join(', ')}`);
  const session = new Session();
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 100 });
  await session.post('Profiler.start');
  const t0 = performance.now();
  for (let i = 0; i < o.runs; i++) for (const { page, doc } of docs) extractPage(doc, page.url);
  const wall = performance.now() - t0;
  const { profile } = (await session.post('Profiler.stop')) as unknown as { profile: Profile };
  session.disconnect();
  console.log(`wall ${wall.toFixed(0)} ms, ${(wall / o.runs).toFixed(1)} ms per pass`);
  if (o.save) writeFileSync(o.save, JSON.stringify(profile));
  summarise(profile, o.top);
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
