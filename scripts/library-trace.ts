/**
 * Where the popup's or the library page's first screen waits, from a Chromium trace (CDP Tracing) of a
 * few opens with the library section's 5,000 stories (bench/sections/library.ts). Per open, in ms after
 * the page's navigation start: each file the page asks for (asked, answered, finished: the start script
 * and the module's chunks share the browser's few threads that serve extension files), when the start
 * script and the module ran, every main-thread frame (style, layout, paint), the renderer's raster time,
 * and the page's own marks and paint entries. `--save DIR` keeps each trace for DevTools or Perfetto.
 *
 *   npx tsx scripts/library-trace.ts [BUILD] [--kind cold|warm|page] [--opens 3] [--save DIR]
 *
 * Tracing costs time itself (figures come out ~1.5× an untraced open): read the order and the gaps, not
 * the totals. BUILD: an .output/chrome-mv3 directory (default this work tree's).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { sleep } from '../bench/core/section';
import { FORGET, STORIES } from '../bench/sections/library';
import { launchChromium } from '../harness/chromium';
import { startFixtureServer } from '../harness/fixture-server';
import { benchStories, putRecords } from '../harness/library-records';
import { CHROME_BUILD } from '../harness/paths';

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const kind = option('kind', 'cold');
const opens = Number(option('opens', '3'));
const saveDir = option('save', '');
const build = args[0] ?? CHROME_BUILD;
if (!['cold', 'warm', 'page'].includes(kind) || !Number.isInteger(opens) || opens < 1) {
  console.error('usage: npx tsx scripts/library-trace.ts [BUILD] [--kind cold|warm|page] [--opens 3] [--save DIR]');
  process.exit(2);
}
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'blink', 'v8.execute', 'toplevel', 'navigation', 'cc', 'benchmark'];
const ms = (x: number) => x.toFixed(0).padStart(4);

/** The trace read for one open: the renderer that drew the page, and its main thread. */
function summarize(events: TraceEvent[]): string[] {
  const mark = events.find((e) => e.cat.includes('user_timing') && e.name.startsWith('inkwell:'));
  if (!mark) return ['no inkwell mark in the trace'];
  const pid = mark.pid;
  const main = events.find((e) => e.pid === pid && e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain')?.tid;
  const nav = events.find((e) => e.pid === pid && e.name === 'navigationStart' && String(e.args?.data?.documentLoaderURL ?? '').startsWith('chrome-extension:'));
  if (!nav) return ['no navigationStart of an extension page in the trace'];
  const at = (e: TraceEvent) => (e.ts - nav.ts) / 1000;
  const out: string[] = [];
  // Files: asked for, answered, finished.
  const files = new Map<string, { url: string; asked?: number; answered?: number; finished?: number }>();
  for (const e of events) {
    if (e.pid !== pid || !/^Resource(SendRequest|ReceiveResponse|Finish)$/.test(e.name)) continue;
    const id = String(e.args?.data?.requestId);
    const f = files.get(id) ?? { url: '' };
    files.set(id, f);
    if (e.name === 'ResourceSendRequest') {
      f.url = String(e.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[a-p]+/, '');
      f.asked = at(e);
    } else if (e.name === 'ResourceReceiveResponse') f.answered = at(e);
    else f.finished = at(e);
  }
  out.push('  files (asked → answered → finished):');
  for (const f of [...files.values()].filter((x) => x.asked !== undefined && x.asked >= 0).sort((a, b) => (a.asked ?? 0) - (b.asked ?? 0))) {
    out.push(`    ${ms(f.asked ?? 0)} → ${f.answered === undefined ? '   —' : ms(f.answered)} → ${f.finished === undefined ? '   —' : ms(f.finished)}  ${f.url}`);
  }
  // Scripts run, frames drawn on the main thread (style + layout, paint), marks.
  const lines: [number, string][] = [];
  // Time in `names` within the frame `outer`, an event nested in another of those names counted once (Paint nests).
  const inside = (outer: TraceEvent, names: RegExp) => {
    let total = 0;
    let until = 0;
    for (const e of events) {
      if (e.pid !== pid || e.tid !== main || e.ph !== 'X' || !names.test(e.name) || e.ts < outer.ts || e.ts >= outer.ts + (outer.dur ?? 0) || e.ts < until) continue;
      total += (e.dur ?? 0) / 1000;
      until = e.ts + (e.dur ?? 0);
    }
    return total;
  };
  // Until a little after the first contentful paint (the first screen's frames), however late it came.
  const fcpEvent = events.find((e) => e.pid === pid && e.name === 'firstContentfulPaint');
  const fcp = fcpEvent ? at(fcpEvent) : Number.POSITIVE_INFINITY;
  for (const e of events) {
    if (e.pid !== pid || e.tid !== main || at(e) < 0 || at(e) > fcp + 300) continue;
    if (e.name === 'EvaluateScript' || e.name === 'v8.evaluateModule') {
      const file = String(e.args?.data?.url ?? '').replace(/^chrome-extension:\/\/[a-p]+/, '');
      // A classic script of no file is the driver's (Playwright's injected script, at the first wait for a selector): it takes this thread too.
      const what = e.name === 'v8.evaluateModule' ? 'module' : file ? `classic script ${file}` : 'classic script of no file (the driver’s, e.g. Playwright’s injected script)';
      lines.push([at(e), `${what} runs ${((e.dur ?? 0) / 1000).toFixed(1)} ms`]);
    } else if (e.name === 'ProxyMain::BeginMainFrame' && (e.dur ?? 0) > 300) {
      lines.push([
        at(e),
        `frame on the main thread ${((e.dur ?? 0) / 1000).toFixed(1)} ms (style+layout ${inside(e, /^(UpdateLayoutTree|Layout)$/).toFixed(1)}, paint ${inside(e, /^Paint$/).toFixed(1)})`,
      ]);
    } else if (e.cat.includes('user_timing') && e.name.startsWith('inkwell:')) {
      lines.push([at(e), `mark ${e.name}`]);
    } else if (e.name === 'firstContentfulPaint') {
      lines.push([at(e), 'first contentful paint (presented)']);
    } else if (e.name.startsWith('IDB') && (e.dur ?? 0) > 1000) {
      lines.push([at(e), `${e.name} ${((e.dur ?? 0) / 1000).toFixed(1)} ms (the database's answer, and what ran on it)`]);
    }
  }
  const raster = events.filter((e) => e.pid === pid && e.name === 'RasterTask' && at(e) >= 0 && at(e) <= fcp).reduce((s, e) => s + (e.dur ?? 0) / 1000, 0);
  out.push('  main thread:');
  for (const [t, l] of lines.sort((a, b) => a[0] - b[0])) out.push(`    ${ms(t)}  ${l}`);
  out.push(`  raster before the first contentful paint: ${raster.toFixed(1)} ms (the renderer's raster workers)`);
  return out;
}

const tmp = mkdtempSync(join(tmpdir(), 'inkwell-library-trace-'));
writeFileSync(join(tmp, 'pages.json'), '{}');
const server = await startFixtureServer({ pagesJson: join(tmp, 'pages.json') });
const session = await launchChromium({ server, extensionDir: build });
const page = kind === 'page' ? 'library.html' : 'popup.html';
try {
  console.log(
    `${kind} opens of ${page}, ${build}; load average ${loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')}`,
  );
  const seed = await session.openExtensionPage('popup.html', '#app[data-state="loaded"]');
  await putRecords(seed, benchStories(STORIES));
  await seed.close();
  // The remembered first screens (a popup and a library page listed once).
  for (const p of ['popup.html', 'library.html']) {
    const t = await session.openExtensionPage(p, '.sl[data-indexed="true"]');
    await sleep(300);
    await t.close();
  }
  if (saveDir) mkdirSync(saveDir, { recursive: true });
  for (let i = 0; i < opens; i++) {
    const tab = await session.openExtensionPage('options.html');
    if (kind === 'cold') await tab.evaluate(FORGET);
    await tab.goto('about:blank');
    const cdp = await session.context.newCDPSession(tab);
    const events: TraceEvent[] = [];
    cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as TraceEvent[])));
    const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
    await cdp.send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES }, transferMode: 'ReportEvents' });
    tab.goto(session.baseUrl + page).catch(() => undefined);
    await tab.waitForSelector('.sl[data-indexed="true"]', { state: 'attached', timeout: 30_000 });
    await sleep(300);
    await cdp.send('Tracing.end');
    await complete;
    const paints = (await tab.evaluate(`performance.getEntriesByType('paint').map((e) => e.name + ' ' + e.startTime.toFixed(0)).join(', ')`)) as string;
    console.log(`open ${i + 1}: ${paints}`);
    for (const l of summarize(events)) console.log(l);
    if (saveDir) writeFileSync(join(saveDir, `${kind}-${i + 1}.json`), JSON.stringify({ traceEvents: events }));
    await tab.close();
    await sleep(1_500);
  }
} finally {
  await session.close().catch(() => undefined);
  await server.close().catch(() => undefined);
  rmSync(tmp, { recursive: true, force: true });
}
