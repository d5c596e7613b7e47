/**
 * Section 4. Opening the reader in real Chromium against the fixture server: how long from the
 * click on 'Read in Inkwell' until the reader shows the story, for stories generated at run time.
 *
 * Stories. Journal-like LiveJournal entry pages (the S2 'Generator' layout of the fixtures' Jump
 * Coordinates pages) at https://<name>.livejournal.com/<n>.html, served from memory by the e2e
 * fixture server: a `<b>Title:</b> … <b>Part:</b> i/N` header, prose paragraphs (`<p>`, sentences
 * from the fixtures' expected bodies, deterministic), and the part links 'Part 1 | Part 2 | …' in
 * the post's footer (ten to a line: a 60-part story's links on one line are not a navigation line
 * to the extractor, nor to a reader). Every run opens a story under a fresh journal name, so nothing
 * is cached (the reader's database, the HTTP cache: the server says no-store), except the rows about
 * the cache, which reopen the story the run before it just read. The reader is opened on part 1's
 * page, so part 1 is on the page already and only parts 2..N are fetched.
 *
 * Browser. Debian's Chromium (or $INKWELL_CHROMIUM) headless with the built extension
 * (.output/chrome-mv3; built with `npx wxt build` when missing or older than the sources), through
 * harness/chromium.ts: a fresh profile, every hostname sent to the fixture server. One
 * warm-up story is opened first and not counted (the service worker's start, the first injection).
 * Each run is a new tab: load the page, wait for the button, click it (Playwright's click: real
 * input events).
 *
 * Measured in the page (an init script in the page's own world): performance.now() in a capture
 * 'click' listener on window (it runs before the button's handler; the click is the real mouse's,
 * harness/closed-shadow.ts); a MutationObserver on the document (from DOMContentLoaded)
 * sees the `inkwell-reader` host arrive. The reader shows the story in a frame of the extension's own
 * origin inside the host's closed root (utils/reader-frame.ts), out of the page's reach. The frame marks
 * each part's prose as it is drawn (inkwell:frame-shown-N, and -painted: a task posted from the next
 * requestAnimationFrame callback, i.e. after the frame that drew it; for the first part, the time Chromium's
 * Element Timing gives for the frame that painted its first block of text; entrypoints/reader-frame/open.ts), on
 * the frame's clock, moved onto the page's through both timeOrigins. The driver also puts a recorder into
 * that frame (FRAME_RECORDER) as soon as Playwright can evaluate there (a MutationObserver counting
 * `article .ink-prose`): it says when the whole story is there and gathers the frame's long tasks; its
 * times are used only for a build without the marks (it can be put in after the first part was drawn). The 60-part story opens with the reader's first batch (utils/stitch/scheduler.ts FIRST_BATCH):
 * 'whole' there is part 1 and the 16 parts fetched at open. Long tasks (≥ 50 ms, PerformanceObserver) between the click and the whole
 * story painted are summed: the page's main thread busy with the reader (the extraction of each part,
 * the sanitiser, layout). Part fetches are timed where they happen, in the extension's service
 * worker (its Resource Timing entries for the part URLs: fetch start → response end), placed on the
 * page's clock through both contexts' performance.timeOrigin; the server's request log (what reached
 * it, when it answered) says how many requests each click caused. The JS heap is Chromium's
 * JSHeapUsedSize (CDP Performance.getMetrics: the page's V8 heap, which holds the content scripts'
 * isolated worlds too), before the click and after the last part, each after a forced GC
 * (HeapProfiler.collectGarbage); CDP Memory.getDOMCounters gives the documents alive (the parts are
 * parsed with DOMParser: kept documents would be a leak).
 */
import { appendFileSync, existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Page } from 'playwright-core';
import type { ChromiumSession } from '../../harness/chromium';
import { clickReadButton, inReader, pollFor, readButtonNames } from '../../harness/closed-shadow';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIRST_BATCH } from '../../utils/stitch';
import { CHROMIUM_BIN, chromiumVersion, ensureChromeBuild } from '../core/chrome-build';
import { skipped, sleep } from '../core/section';
import { distribution, median } from '../core/stats';
import { type GeneratedStory, generateStory } from '../core/stories';
import type { BenchContext, Budget, Column, Row, Section, SectionResult } from '../core/types';

// ---------------------------------------------------------------------------------------------

/** The extension's service worker as it is now (it may have been stopped and started again). */
function currentWorker(session: ChromiumSession) {
  return session.context.serviceWorkers().find((w) => w.url().startsWith(session.baseUrl)) ?? session.serviceWorker;
}

// ---------------------------------------------------------------------------------------------
// In the page

/**
 * Installed in every page before its scripts (a string: tsx's transform may add helpers to a
 * function's source that do not exist in the page). Reads nothing of the page until the click.
 */
/** INKWELL_BENCH_REST_MS: how long the pointer rests on Read before each click (0: the driver's instant click). */
const REST_MS = Number(process.env.INKWELL_BENCH_REST_MS ?? 0) || 0;
const READER_INIT_SCRIPT = `(() => {
  const rec = { want: 1, click: null, host: null, hostPaint: null, first: null, firstPaint: null, whole: null, wholePaint: null, count: 0, longTasks: [] };
  window.__inkwellReaderBench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  addEventListener('click', () => { if (rec.click === null) rec.click = performance.now(); }, true);
  const afterPaint = (done) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => done(performance.now());
    ch.port2.postMessage(0);
  });
  const check = (root, atHost) => {
    if (rec.click === null) return;
    const n = root.querySelectorAll('article .ink-prose').length;
    rec.count = n;
    const now = performance.now();
    const paint = (set) => (atHost && rec.hostPaint !== null ? set(rec.hostPaint) : afterPaint(set));
    if (n >= 1 && rec.first === null) { rec.first = atHost ? rec.host : now; paint((t) => { rec.firstPaint = t; }); }
    if (n >= rec.want && rec.whole === null) { rec.whole = atHost ? rec.host : now; paint((t) => { rec.wholePaint = t; }); }
  };
  const watch = () => {
    rec.host = performance.now();
    afterPaint((t) => { rec.hostPaint = t; });
  };
  // The driver's: the reader's closed root, as soon as the host is there.
  window.__inkwellReaderBenchAttach = (root) => {
    if (!root) return false;
    check(root, true);
    new MutationObserver(() => check(root, false)).observe(root, { childList: true, subtree: true });
    return true;
  };
  document.addEventListener('DOMContentLoaded', () => {
    const mo = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType === 1 && n.localName === 'inkwell-reader') { mo.disconnect(); watch(n); return; }
      }
    });
    mo.observe(document, { childList: true, subtree: true });
  }, { once: true });
})();`;

const READ_REC = `(() => {
  const r = window.__inkwellReaderBench;
  const end = r.wholePaint === null ? performance.now() : r.wholePaint;
  const lt = r.longTasks.filter(([s, d]) => s + d > r.click && s < end);
  const longTasks = lt.reduce((n, [, d]) => n + d, 0);
  const longest = lt.reduce((n, [, d]) => Math.max(n, d), 0);
  // The reader's page-side steps (entrypoints/reader.content inkwell:page-*): the timeline is the document's, every world's.
  const pageMarks = performance.getEntriesByType('mark').filter((m) => m.name.startsWith('inkwell:page-')).map((m) => ['page:' + m.name.slice(13), m.startTime - r.click]);
  return { click: r.click, host: r.host, first: r.first, firstPaint: r.firstPaint, whole: r.whole, wholePaint: r.wholePaint, count: r.count, longTasks, longest, longCount: lt.length, origin: performance.timeOrigin, longTaskList: r.longTasks, pageMarks };
})()`;

/**
 * In the reader's frame (the extension's page inside the page's closed root, utils/reader-frame.ts): the same
 * watch over its document, on the frame's own clock (its timeOrigin goes with it). The driver installs it as
 * soon as the frame is there, before the reader mounts in it (the frame loads while the background answers);
 * parts already shown then are timed at that moment. Its long tasks (the frame's process) are summed with the page's.
 */
const FRAME_RECORDER = (want: number) => `(() => {
  if (window.__inkwellFrameBench) return true;
  const rec = { want: ${want}, attached: performance.now(), first: null, firstPaint: null, whole: null, wholePaint: null, count: 0, longTasks: [], origin: performance.timeOrigin };
  window.__inkwellFrameBench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  const afterPaint = (done) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => done(performance.now());
    ch.port2.postMessage(0);
  });
  const check = () => {
    const n = document.querySelectorAll('article .ink-prose').length;
    rec.count = n;
    const now = performance.now();
    if (n >= 1 && rec.first === null) { rec.first = now; afterPaint((t) => { rec.firstPaint = t; }); }
    if (n >= rec.want && rec.whole === null) { rec.whole = now; afterPaint((t) => { rec.wholePaint = t; }); }
  };
  check();
  new MutationObserver(check).observe(document, { childList: true, subtree: true });
  return true;
})()`;

const FRAME_READ = `JSON.stringify(window.__inkwellFrameBench ? { ...window.__inkwellFrameBench, marks: [
  ...performance.getEntriesByType('mark').filter((m) => m.name.startsWith('inkwell:frame-')).map((m) => [m.name.slice(14), m.startTime]),
  ...performance.getEntriesByType('navigation').flatMap((n) => [['navigation', 0], ['response', n.responseEnd], ['dom-interactive', n.domInteractive], ['load', n.loadEventStart]]),
] } : null)`;

interface FrameRec {
  /** When the recorder was put into the frame (frame clock). */
  attached?: number;
  first: number | null;
  firstPaint: number | null;
  whole: number | null;
  wholePaint: number | null;
  count: number;
  longTasks: [number, number][];
  origin: number;
  /** The frame's own marks (entrypoints/reader-frame/main.ts inkwell:frame-*), name without the prefix → frame clock. */
  marks?: [string, number][];
}

/** The frame's record on the page's clock, into the page's record (long tasks of both, between the click and the whole story). */
function mergeFrame(rec: Rec, frame: FrameRec, pageLongTasks: [number, number][], want: number): Rec {
  const shift = (t: number | null) => (t === null ? null : t + frame.origin - rec.origin);
  // The reader's own marks (inkwell:frame-shown-N[-painted], made as the Nth part's prose is drawn) when the build
  // has them: exact even when the recorder was put into the frame after the first part was drawn.
  const marks = new Map(frame.marks ?? []);
  const mark = (name: string, recorded: number | null) => marks.get(name) ?? recorded;
  const merged = {
    ...rec,
    first: shift(mark('shown-1', frame.first)),
    firstPaint: shift(mark('shown-1-painted', frame.firstPaint)),
    whole: shift(mark(`shown-${want}`, frame.whole)),
    wholePaint: shift(mark(`shown-${want}-painted`, frame.wholePaint)),
    count: frame.count,
    frameMarks: Object.fromEntries([
      ...(frame.marks ?? []).map(([name, t]) => [name, shift(t)! - rec.click!]),
      ...(rec.pageMarks ?? []),
      // What the recorder saw (its MutationObserver in the frame): the first part painted, the recorder put in.
      ['recorder-first-painted', frame.firstPaint === null ? null : shift(frame.firstPaint)! - rec.click!],
      ['recorder-attached', frame.attached === undefined ? null : shift(frame.attached)! - rec.click!],
    ]),
  };
  const end = merged.wholePaint ?? Infinity;
  const lt = [...pageLongTasks, ...frame.longTasks.map(([st, d]) => [shift(st)!, d] as [number, number])].filter(([st, d]) => st + d > rec.click! && st < end);
  return { ...merged, longTasks: lt.reduce((n, [, d]) => n + d, 0), longest: lt.reduce((n, [, d]) => Math.max(n, d), 0), longCount: lt.length, taskList: lt };
}

interface Rec {
  click: number | null;
  host: number | null;
  first: number | null;
  firstPaint: number | null;
  whole: number | null;
  wholePaint: number | null;
  count: number;
  longTasks: number;
  longest: number;
  longCount: number;
  origin: number;
  longTaskList?: [number, number][];
  /** The page side's marks (inkwell:page-NAME as 'page:NAME'), ms after the click. */
  pageMarks?: [string, number][];
  /** The frame's marks, ms after the click. */
  frameMarks?: Record<string, number>;
  /** The long tasks of page and frame between the click and the whole story painted (page clock): [start, duration]. */
  taskList?: [number, number][];
}

/** In the service worker: its fetches of journal pages (epoch ms, through timeOrigin). */
const READ_FETCHES = `performance.getEntriesByType('resource')
  .filter((e) => /livejournal\\.com\\//.test(e.name))
  .map((e) => ({ url: e.name, start: performance.timeOrigin + e.startTime, end: performance.timeOrigin + e.responseEnd }))`;

/**
 * In the service worker: a second runtime.onMessage listener that only notes when each message
 * arrives (it answers nothing, so the background's own listener answers as before). Installed
 * again if the worker was restarted; emptied before each run.
 */
const WATCH_MESSAGES = `(() => {
  if (!self.__inkwellBenchMessages) {
    self.__inkwellBenchMessages = [];
    chrome.runtime.onMessage.addListener((m) => { self.__inkwellBenchMessages.push([m && m.type, performance.timeOrigin + performance.now()]); });
  }
  self.__inkwellBenchMessages.length = 0;
  return true;
})()`;
const READ_MESSAGES = 'self.__inkwellBenchMessages || []';

/** In the service worker: how many parts of the story with this part key are saved. */
const savedPartsOf = (key: string) => `new Promise((resolve) => {
  const open = indexedDB.open('inkwell');
  open.onerror = () => resolve(-1);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains('stories')) { db.close(); resolve(-1); return; }
    const tx = db.transaction(['stories', 'parts']);
    let n = 0;
    const q = tx.objectStore('stories').index('partKeys').get(${JSON.stringify(key)});
    q.onsuccess = () => {
      if (!q.result) return;
      const c = tx.objectStore('parts').index('storyId').count(q.result.id);
      c.onsuccess = () => { n = c.result; };
    };
    tx.oncomplete = () => { db.close(); resolve(n); };
    tx.onerror = () => { db.close(); resolve(-1); };
  };
})`;

// ---------------------------------------------------------------------------------------------
// One run

interface Fetch {
  url: string;
  /** ms after the click (page clock). */
  start: number;
  end: number;
}

interface RunResult {
  /** Click → reader host in the page (the reader injected, the overlay and its frame made). */
  host: number;
  first: number;
  firstAppeared: number;
  /** Click → every part painted (null when not all arrived in time). */
  whole: number | null;
  parts: number;
  /** The service worker's part fetches, ms after the click. */
  fetches: Fetch[];
  /** Slowest single part fetch (ms), null when nothing was fetched. */
  slowest: number | null;
  /** Requests the server saw, from the navigation on: the page itself, the story's other parts, anything else. */
  pageRequests: number;
  partRequests: number;
  otherRequests: number;
  longTasks: number;
  /** The longest of those tasks, and how many. */
  longest: number;
  longCount: number;
  /** The longest long task (page or frame) while parts arrive: from the first part fetch's start to the whole story painted; 0: none; null: nothing fetched. */
  longestArriving: number | null;
  /** The reader frame's own marks (script, ticket, claimed, page-rebuilt, lookup-answered, mounted), ms after the click. */
  frameMarks: Record<string, number>;
  /** When the service worker got the reader's messages, ms after the click (null: not sent). */
  messages: { inject: number | null; start: number | null; claim: number | null; lookup: number | null; fetch: number | null; save: number | null };
  heap?: Heap;
  /** The page's V8 CPU profile from the click to the whole story painted (profiled runs only). */
  profile?: CpuProfile;
}

interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * Self time (ms) in a page's CPU profile: per function (name, script file, line) and per script
 * (the reader's content script, the detector, the page's own, and V8's pseudo-nodes: (program) is
 * native work outside JS, e.g. style, layout, paint and the HTML parser when no JS called it).
 */
export function profileSummary(profile: CpuProfile, top = 12): { byFunction: [string, number][]; byScript: [string, number][]; totalMs: number } {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map<number, number>();
  // timeDeltas[i] is the gap before sample i: it belongs to the sample before (as DevTools counts), up to a few sampling
  // intervals. A longer gap is time the sampler did not run (on a loaded machine its thread waits for a core): a run of
  // 245 ms was once put on one sample of Node.contains. It is counted as '(unsampled)', not as that sample's self time.
  const interval = median(profile.timeDeltas.filter((d) => d > 0)) || 250;
  const UNSAMPLED = -1;
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = profile.timeDeltas[i + 1] ?? 0;
    const own = Math.min(dt, 4 * interval);
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + own);
    if (dt > own) self.set(UNSAMPLED, (self.get(UNSAMPLED) ?? 0) + dt - own);
  }
  const fn = new Map<string, number>();
  const script = new Map<string, number>();
  let total = 0;
  const file = (url: string) => {
    if (!url) return '';
    const m = /content-scripts\/([\w.-]+)$/.exec(url);
    if (m) return m[1];
    if (url.startsWith('chrome-extension://')) return url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    return 'page';
  };
  for (const [id, us] of self) {
    const n = byId.get(id) ?? { callFrame: { functionName: '(unsampled)', url: '', lineNumber: 0, columnNumber: 0 } };
    const name = n.callFrame.functionName || '(anonymous)';
    if (name === '(idle)') continue;
    // Not known to be busy: listed, not added to the busy total.
    if (id !== UNSAMPLED) total += us;
    const f = file(n.callFrame.url);
    const key = f ? `${name} (${f}:${n.callFrame.lineNumber + 1})` : name;
    fn.set(key, (fn.get(key) ?? 0) + us);
    const sk = f || (name.startsWith('(') ? name : `${name}*`);
    script.set(sk, (script.get(sk) ?? 0) + us);
  }
  const sorted = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1]).map(([k, v]) => [k, v / 1000] as [string, number]);
  return { byFunction: sorted(fn).slice(0, top), byScript: sorted(script).slice(0, top), totalMs: total / 1000 };
}

interface Heap {
  /** JSHeapUsedSize after a forced GC, before the click. */
  before: number;
  /** JSHeapUsedSize as soon as every part is painted (no forced GC). */
  atWhole: number;
  /** JSHeapUsedSize after a forced GC, every part in. */
  after: number;
  documentsBefore: number;
  documentsAfter: number;
  nodesAfter: number;
  /** The reader frame's JSHeapUsedSize (its own process: the page's figures above do not count it) as every part is
   * painted, and after a forced GC. The frame is made at the click: it has no 'before'. */
  frameAtWhole: number;
  frameAfter: number;
  /** Documents alive in the frame's process after the GC (the frame's own, and any parsed part page still held). */
  frameDocumentsAfter: number;
}

async function heapNow(cdp: { send: (m: any, p?: any) => Promise<any> }, gc: boolean): Promise<{ used: number; documents: number; nodes: number }> {
  if (gc) {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
  }
  const { metrics } = (await cdp.send('Performance.getMetrics')) as { metrics: { name: string; value: number }[] };
  const m = (name: string) => metrics.find((x) => x.name === name)?.value ?? NaN;
  const dom = (await cdp.send('Memory.getDOMCounters')) as { documents: number; nodes: number };
  return { used: m('JSHeapUsedSize'), documents: dom.documents, nodes: dom.nodes };
}

/** Ends the trace CDP started and writes it to `path`, read from its stream. */
async function saveTrace(cdp: { send: (m: any, p?: any) => Promise<any>; on: (e: any, f: (x: any) => void) => void }, path: string) {
  const done = new Promise<string>((resolve) => cdp.on('Tracing.tracingComplete', (e: { stream: string }) => resolve(e.stream)));
  await cdp.send('Tracing.end');
  const stream = await done;
  const chunks: string[] = [];
  for (;;) {
    const { data, eof, base64Encoded } = (await cdp.send('IO.read', { handle: stream })) as { data: string; eof: boolean; base64Encoded?: boolean };
    chunks.push(base64Encoded ? Buffer.from(data, 'base64').toString('utf8') : data);
    if (eof) break;
  }
  await cdp.send('IO.close', { handle: stream });
  writeFileSync(path, chunks.join(''));
}

async function readerRun(session: ChromiumSession, server: FixtureServer, story: GeneratedStory, opts: { heap?: boolean; profile?: boolean; timeoutMs?: number } = {}): Promise<RunResult> {
  const page: Page = await session.context.newPage();
  try {
    server.clearRequests();
    await page.goto(story.urls[0], { waitUntil: 'load', timeout: 60_000 });
    await pollFor(
      () => readButtonNames(page),
      (n) => n.length > 0,
      30_000,
    );
    await page.evaluate(`window.__inkwellReaderBench.want = ${wantedParts(story)}`);
    await currentWorker(session).evaluate('performance.clearResourceTimings()');
    await currentWorker(session).evaluate(WATCH_MESSAGES);
    let cdp: Awaited<ReturnType<typeof session.context.newCDPSession>> | null = null;
    let before: { used: number; documents: number; nodes: number } | null = null;
    if (opts.heap || opts.profile) cdp = await session.context.newCDPSession(page);
    if (cdp && opts.heap) {
      await cdp.send('Performance.enable');
      before = await heapNow(cdp, true);
    }
    // INKWELL_BENCH_TRACE=file.json: a Chromium trace (every process: the page, the reader's frame, the service worker) of
    // the profiled run, for chrome://tracing or Perfetto: the frame's own work is not in the page's CPU profile.
    const trace = cdp && opts.profile && process.env.INKWELL_BENCH_TRACE ? process.env.INKWELL_BENCH_TRACE : null;
    if (cdp && trace)
      await cdp.send('Tracing.start', {
        transferMode: 'ReturnAsStream',
        traceConfig: { includedCategories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'blink.user_timing', 'loading', 'v8'] },
      });
    if (cdp && opts.profile) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
      await cdp.send('Profiler.start');
    }
    session.clearConsoleErrors();
    let readerFrame: ReturnType<Page['frames']>[number] | null = null;
    let frameCdp: Awaited<ReturnType<typeof session.context.newCDPSession>> | null = null;
    // INKWELL_BENCH_REST_MS=N: the pointer rests on Read N ms before the press, as a hand does (the reader's frame is made
    // from the pointer's arrival: entrypoints/reader.content/ `warm`); by default the driver's instant click.
    await clickReadButton(page, undefined, undefined, REST_MS > 0 ? { restMs: REST_MS } : undefined);
    try {
      await page.waitForFunction('window.__inkwellReaderBench.host !== null', null, { timeout: opts.timeoutMs ?? 20_000, polling: 'raf' });
      // The reader's frame: watched from the moment it is there (see FRAME_RECORDER).
      const deadline = Date.now() + (opts.timeoutMs ?? 20_000);
      for (;;) {
        readerFrame = page.frames().find((f) => /-extension:\/\/[^/]+\/reader-frame\.html/.test(f.url())) ?? null;
        if (readerFrame && (await readerFrame.evaluate(FRAME_RECORDER(wantedParts(story))).catch(() => false))) break;
        if (Date.now() > deadline) throw new Error('no reader frame');
        await new Promise((r) => setTimeout(r, 10));
      }
      // INKWELL_BENCH_FRAME_CPUPROFILE=file.cpuprofile: the frame's own profile too (its process; from when the bench
      // found the frame, so its first script may be missed), written with the page's.
      if (opts.profile && process.env.INKWELL_BENCH_FRAME_CPUPROFILE) {
        frameCdp = await session.context.newCDPSession(readerFrame);
        await frameCdp.send('Profiler.enable');
        await frameCdp.send('Profiler.setSamplingInterval', { interval: 250 });
        await frameCdp.send('Profiler.start');
      }
      for (;;) {
        const fr = JSON.parse((await readerFrame.evaluate(FRAME_READ)) as string) as FrameRec | null;
        if (fr?.wholePaint != null) break;
        if (Date.now() > deadline) throw new Error(`the whole story was not painted (${fr?.count ?? 0} parts)`);
        await new Promise((r) => setTimeout(r, 100));
      }
    } catch (e) {
      // Say what the page showed: the reader's state, what the extension logged.
      const seen = await page
        .evaluate(`(() => {
          const r = window.__inkwellReaderBench;
          return JSON.stringify({ click: r.click, host: r.host, first: r.first, count: r.count, want: r.want, hosts: document.querySelectorAll('inkwell-reader').length });
        })()`)
        .catch((err: Error) => `(page: ${err.message})`);
      const inside = await inReader(page, (root) =>
        root
          ? {
              prose: root.querySelectorAll('article .ink-prose').length,
              articles: root.querySelectorAll('article').length,
              said: Array.from(root.querySelectorAll('[role="status"], [role="alert"]'))
                .map((x) => x.textContent)
                .filter(Boolean)
                .slice(0, 3),
            }
          : null,
      ).catch((err: Error) => `(reader: ${err.message})`);
      const errors = session
        .consoleErrors()
        .map((x) => x.text)
        .slice(0, 3);
      throw new Error(`${(e as Error).message.split('\n')[0]}; page: ${seen}; reader: ${JSON.stringify(inside)}; console errors: ${JSON.stringify(errors)}`);
    }
    let profile: CpuProfile | undefined;
    if (cdp && opts.profile) profile = ((await cdp.send('Profiler.stop')) as { profile: CpuProfile }).profile;
    if (cdp && trace) await saveTrace(cdp, trace);
    if (frameCdp) {
      const { profile: frameProfile } = (await frameCdp.send('Profiler.stop')) as { profile: CpuProfile };
      writeFileSync(process.env.INKWELL_BENCH_FRAME_CPUPROFILE!, JSON.stringify(frameProfile));
      await frameCdp.detach().catch(() => undefined);
    }
    const pageRec: Rec = await page.evaluate(READ_REC);
    const frameRec = JSON.parse((await readerFrame!.evaluate(FRAME_READ)) as string) as FrameRec;
    const rec = mergeFrame(pageRec, frameRec, pageRec.longTaskList ?? [], wantedParts(story));
    // INKWELL_BENCH_RUNS=file.jsonl: each run's long tasks (page, frame: [ms after the click, duration]) and marks, one line a
    // run, to compare two builds task by task (the budgets' medians hide which task was long).
    if (process.env.INKWELL_BENCH_RUNS)
      appendFileSync(
        process.env.INKWELL_BENCH_RUNS,
        JSON.stringify({
          story: story.urls.length,
          pageTasks: (pageRec.longTaskList ?? []).map(([s, d]) => [s - pageRec.click!, d]),
          frameTasks: frameRec.longTasks.map(([s, d]) => [s + frameRec.origin - pageRec.origin - pageRec.click!, d]),
          marks: rec.frameMarks,
        }) + '\n',
      );
    let heap: Heap | undefined;
    if (cdp && before) {
      const atWhole = await heapNow(cdp, false);
      const after = await heapNow(cdp, true);
      // The reader's frame is another process (an out-of-process frame of the extension): its own CDP session.
      const frameCdp = await session.context.newCDPSession(readerFrame!);
      await frameCdp.send('Performance.enable');
      const frameAtWhole = await heapNow(frameCdp, false);
      const frameAfter = await heapNow(frameCdp, true);
      await frameCdp.detach().catch(() => undefined);
      heap = {
        before: before.used,
        atWhole: atWhole.used,
        after: after.used,
        documentsBefore: before.documents,
        documentsAfter: after.documents,
        nodesAfter: after.nodes,
        frameAtWhole: frameAtWhole.used,
        frameAfter: frameAfter.used,
        frameDocumentsAfter: frameAfter.documents,
      };
    }
    await cdp?.detach().catch(() => undefined);
    const click = rec.click!;
    const clickEpoch = rec.origin + click;
    const partSet = new Set(story.urls.slice(1));
    const fetched = ((await currentWorker(session).evaluate(READ_FETCHES)) as { url: string; start: number; end: number }[])
      .filter((f) => partSet.has(f.url.split('#')[0].split('?')[0]))
      .map((f) => ({ url: f.url, start: f.start - clickEpoch, end: f.end - clickEpoch }));
    const messages = (await currentWorker(session).evaluate(READ_MESSAGES)) as [string, number][];
    const at = (type: string) => {
      const m = messages.find(([t]) => t === type);
      return m ? m[1] - clickEpoch : null;
    };
    const log = server.requests();
    const pageKey = story.urls[0].replace(/^https?:\/\//, '');
    const isPage = (u: string) => u.replace(/^https?:\/\//, '').split('?')[0] === pageKey;
    const isPart = (u: string) => partSet.has(`https://${u.replace(/^https?:\/\//, '').split('?')[0]}`);
    return {
      host: rec.host! - click,
      first: rec.firstPaint! - click,
      firstAppeared: rec.first! - click,
      whole: rec.wholePaint === null ? null : rec.wholePaint - click,
      parts: rec.count,
      fetches: fetched,
      slowest: fetched.length ? Math.max(...fetched.map((f) => f.end - f.start)) : null,
      pageRequests: log.filter((r) => isPage(r.url)).length,
      partRequests: log.filter((r) => isPart(r.url)).length,
      otherRequests: log.filter((r) => !isPage(r.url) && !isPart(r.url) && !/favicon\.ico$/.test(r.url)).length,
      frameMarks: rec.frameMarks ?? {},
      longTasks: rec.longTasks,
      longest: rec.longest,
      longCount: rec.longCount,
      longestArriving: fetched.length ? (rec.taskList ?? []).filter(([st, d]) => st + d > click + Math.min(...fetched.map((f) => f.start))).reduce((n, [, d]) => Math.max(n, d), 0) : null,
      messages: { inject: at('inject-reader'), start: at('reader:start'), claim: at('reader-frame:claim'), lookup: at('story:lookup'), fetch: at('fetch-page'), save: at('story:save') },
      heap,
      profile,
    };
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** The parts a first open shows: the page's own, and the first batch the background fetches. */
const wantedParts = (story: GeneratedStory) => Math.min(story.parts, 1 + FIRST_BATCH);

/** Waits until the reader has saved every part of the story (it saves after the last one arrives). */
async function waitForSave(session: ChromiumSession, story: GeneratedStory, timeoutMs = 20_000): Promise<number> {
  const t0 = performance.now();
  for (;;) {
    const n = (await currentWorker(session).evaluate(savedPartsOf(story.keys[0]))) as number;
    if (n >= wantedParts(story)) return performance.now() - t0;
    if (performance.now() - t0 > timeoutMs) throw new Error(`${story.name}: ${n}/${wantedParts(story)} parts saved after ${timeoutMs} ms`);
    await sleep(100);
  }
}

// ---------------------------------------------------------------------------------------------
// The section

const DELAY_MS = 200;
/** Each part of the 60-part story, and the one part of the one-part opens it is paired with. */
const SIXTY_PART_WORDS = 5_000;

const COLUMNS: Column[] = [
  { key: 'runs', header: 'runs', unit: 'count' },
  { key: 'host', header: 'reader up ms', unit: 'ms' },
  { key: 'first', header: 'first part ms', unit: 'ms', better: 'lower' },
  { key: 'whole', header: 'whole story ms', unit: 'ms', better: 'lower' },
  { key: 'slowest', header: 'slowest fetch ms', unit: 'ms' },
  { key: 'ratio', header: 'whole/slowest', unit: 'x', better: 'lower' },
  { key: 'fetchFirst', header: '1st fetch at', unit: 'ms' },
  { key: 'fetchLast', header: 'last fetch end', unit: 'ms' },
  { key: 'longTasks', header: 'long tasks ms', unit: 'ms' },
  { key: 'longest', header: 'longest task ms', unit: 'ms', better: 'lower' },
  { key: 'requests', header: 'part requests', unit: 'count' },
  { key: 'heapMB', header: 'JS heap MB', unit: 'text' },
  { key: 'note', header: '', unit: 'text' },
];

type Scenario = 'one-part' | 'five-parts' | 'five-parts, cached' | 'one part of 25,000 words' | 'sixty parts' | 'one-part, delay 0';

/**
 * Issue 16's budgets, each a ratio of figures taken side by side in the same run (the rounds interleave the
 * scenarios, the order turning each round), so the machine's load cancels; never an absolute time.
 */
const BUDGET_DEFS: Budget[] = [
  {
    id: 'reader-whole-vs-slowest',
    label: '5-part story, 200 ms a response, not cached: click → whole story painted ≤ 1.25 × the slowest single part fetch of the same run (median of per-run ratios; 1.0 is one network round)',
    value: null,
    limit: 1.25,
    kind: 'max',
    unit: 'x',
    pass: null,
  },
  {
    id: 'reader-longest-task',
    label:
      '5-part story while its parts arrive (first part fetch started → whole story painted): the longest main-thread task of the page and the reader frame ≤ 50 ms (median of per-run longest; 0: no long task)',
    value: null,
    limit: 50,
    kind: 'max',
    unit: 'ms',
    pass: null,
  },
  {
    id: 'reader-cache-requests',
    label: 'the same story reopened from the cache: part requests (the most in any run; the page itself not counted)',
    value: null,
    limit: 0,
    kind: 'max',
    unit: 'count',
    pass: null,
  },
  {
    id: 'reader-cache-first',
    label: "reopened from the cache: click → first part painted ≤ 1.1 × the same round's one-part open (no fetch) (median of per-round ratios)",
    value: null,
    limit: 1.1,
    kind: 'max',
    unit: 'x',
    pass: null,
  },
  {
    id: 'reader-60-first',
    label: '60 parts of 5,000 words, delay 0: click → first part painted ≤ 1.2 × a one-part open of one such part (5,000 words, no fetch) run next to it (median of per-pair ratios)',
    value: null,
    limit: 1.2,
    kind: 'max',
    unit: 'x',
    pass: null,
  },
  {
    id: 'reader-60-memory',
    label:
      "60 parts: JS heap kept after a forced GC ≤ 3 × the story's HTML (the most of any run): the page's (after the first batch − before the click) and the reader frame's (after − a one-part open's frame beside it, the reader's own)",
    value: null,
    limit: 3,
    kind: 'max',
    unit: 'x',
    pass: null,
  },
];

const MB = (b: number) => (b / 2 ** 20).toFixed(1);

export const reader: Section = {
  id: 'reader',
  title: '4. Opening the reader in real Chromium against the fixture server',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const title = this.title;
    const notes: string[] = [];
    if (!existsSync(CHROMIUM_BIN)) {
      return skipped('reader', title, COLUMNS, BUDGET_DEFS, 'skipped: no chromium', [`No chromium at ${CHROMIUM_BIN} (apt-get install chromium, or set INKWELL_CHROMIUM): nothing measured.`]);
    }
    const build = ensureChromeBuild(ctx, 'reader');
    notes.push(`.output/chrome-mv3: ${build.note}.`);
    if (!build.ok) return skipped('reader', title, COLUMNS, BUDGET_DEFS, 'skipped: no build', notes);

    const rounds = ctx.quick ? 2 : 7;
    // Five pairs, not three (until session 41): the median of three ratios moved by a fifth between runs of one build (then,
    // one pair's click raced its hover's read-ahead of the page and the other's did not; the frame reads the page now).
    const sixtyRuns = ctx.quick ? 1 : 5;
    // Every story a run opens, generated up front: the server's in-memory pages are fixed at its start.
    const fiveParts = (tag: string) => generateStory(`bench-five-${tag}`, 5, 2_000);
    const plan = {
      warm: fiveParts('warm'),
      one: Array.from({ length: rounds }, (_, r) => generateStory(`bench-one-${r}`, 1, 2_000)),
      five: Array.from({ length: rounds }, (_, r) => fiveParts(String(r))),
      big: Array.from({ length: rounds }, (_, r) => generateStory(`bench-big-${r}`, 1, 25_000)),
      sixty: Array.from({ length: sixtyRuns }, (_, r) => generateStory(`bench-sixty-${r}`, 60, SIXTY_PART_WORDS)),
      // The one-part opens the 60-part story is compared with, each run next to one of them (delay 0 too). Its one part
      // is as long as each of the 60 (a matched pair): the ratio is what having 59 more parts costs the first one, not
      // what a longer first part costs (that is the 25,000-word row's, and it is no budget of this one).
      oneZero: Array.from({ length: sixtyRuns }, (_, r) => generateStory(`bench-one-zero-${r}`, 1, SIXTY_PART_WORDS)),
      profiled: fiveParts('profiled'),
    };
    const all = [plan.warm, ...plan.one, ...plan.five, ...plan.big, ...plan.sixty, ...plan.oneZero, plan.profiled];
    const extraPages = Object.assign({}, ...all.map((s) => s.pages));
    ctx.log(`reader: ${all.length} stories generated (${(all.reduce((n, s) => n + s.bytes, 0) / 2 ** 20).toFixed(1)} MB of pages)`);

    const { startFixtureServer } = await import('../../harness/fixture-server');
    const { launchChromium } = await import('../../harness/chromium');
    const dir = mkdtempSync(join(tmpdir(), 'inkwell-bench-reader-'));
    writeFileSync(join(dir, 'pages.json'), '{}');
    const server = await startFixtureServer({ pagesJson: join(dir, 'pages.json'), extraPages });
    let session: ChromiumSession | undefined;
    const runs: Record<Scenario, RunResult[]> = { 'one-part': [], 'five-parts': [], 'five-parts, cached': [], 'one part of 25,000 words': [], 'sixty parts': [], 'one-part, delay 0': [] };
    /** Each run by its round (or its 60-part pair), for the side-by-side ratios. */
    const byRound: Record<Scenario, (RunResult | undefined)[]> = {
      'one-part': [],
      'five-parts': [],
      'five-parts, cached': [],
      'one part of 25,000 words': [],
      'sixty parts': [],
      'one-part, delay 0': [],
    };
    const failures: string[] = [];
    const saveWaits: number[] = [];
    let profiled: RunResult | null = null;
    const machine: Record<string, string> = {};
    try {
      session = await launchChromium({ server });
      await session.context.addInitScript({ content: READER_INIT_SCRIPT });
      machine.Chromium = chromiumVersion();
      const s = session;
      const attempt = async (what: Scenario, f: () => Promise<RunResult>, round?: number) => {
        try {
          const r = await f();
          runs[what].push(r);
          if (round !== undefined) byRound[what][round] = r;
          ctx.log(
            `reader: ${what}: first part ${r.first.toFixed(0)} ms, whole ${r.whole?.toFixed(0) ?? '—'} ms (${r.parts} parts), slowest fetch ${r.slowest?.toFixed(0) ?? '—'} ms, ${r.partRequests} part requests${r.heap ? `, heap ${MB(r.heap.before)} → ${MB(r.heap.after)} MB` : ''}`,
          );
        } catch (e) {
          failures.push(`${what}: ${(e as Error).message.split('\n')[0]}`);
          ctx.log(`reader: ${what} failed: ${(e as Error).message.split('\n')[0]}`);
        }
      };

      server.setDelay(DELAY_MS);
      // Warm-up, not counted: the service worker's first messages, the first injection, the database opened.
      await readerRun(s, server, plan.warm).catch((e: Error) => failures.push(`warm-up: ${e.message.split('\n')[0]}`));
      await waitForSave(s, plan.warm).catch(() => undefined);

      for (let r = 0; r < rounds; r++) {
        // The scenarios' order turns each round, so the machine's noise does not always hit the same one.
        const steps: (() => Promise<void>)[] = [
          () => attempt('one-part', () => readerRun(s, server, plan.one[r]), r),
          async () => {
            await attempt('five-parts', () => readerRun(s, server, plan.five[r]), r);
            // Reopened from the cache once the reader has saved it (a new tab: the reader injected again).
            try {
              saveWaits.push(await waitForSave(s, plan.five[r]));
              await attempt('five-parts, cached', () => readerRun(s, server, plan.five[r]), r);
            } catch (e) {
              failures.push(`five-parts, cached: ${(e as Error).message.split('\n')[0]}`);
            }
          },
          () => attempt('one part of 25,000 words', () => readerRun(s, server, plan.big[r])),
        ];
        for (let k = 0; k < steps.length; k++) await steps[(k + r) % steps.length]();
      }

      // One more 5-part story under V8's CPU profiler (not counted: the profiler slows the page).
      try {
        profiled = await readerRun(s, server, plan.profiled, { profile: true });
        await waitForSave(s, plan.profiled).catch(() => undefined);
        const out = process.env.INKWELL_BENCH_CPUPROFILE;
        if (out && profiled.profile) {
          writeFileSync(out, JSON.stringify(profiled.profile));
          ctx.log(`reader: the profiled 5-part open's page profile written to ${out}`);
        }
      } catch (e) {
        failures.push(`profiled run: ${(e as Error).message.split('\n')[0]}`);
      }

      server.setDelay(0);
      for (let k = 0; k < plan.sixty.length; k++) {
        const story = plan.sixty[k];
        // Side by side with a one-part open (no fetch), the order turning each pair.
        // With the heap measured as in the 60-part run (the same forced GC before the click): its frame's heap is the
        // reader's own, with one part in it, the baseline the 60-part frame's is counted from.
        const one = () => attempt('one-part, delay 0', () => readerRun(s, server, plan.oneZero[k], { heap: true }), k);
        if (k % 2 === 0) await one();
        await attempt('sixty parts', () => readerRun(s, server, story, { heap: true, timeoutMs: 90_000 }), k);
        await waitForSave(s, story, 30_000).catch(() => undefined);
        if (k % 2 === 1) await one();
      }
    } catch (e) {
      failures.push(`browser: ${(e as Error).message.split('\n').slice(0, 2).join(' / ')}`);
    } finally {
      await session?.close().catch(() => undefined);
      await server.close().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    }

    // --- rows -------------------------------------------------------------------------------
    const rows: Row[] = [];
    const summary: Row[] = [];
    const med = (xs: (number | null | undefined)[]) => {
      const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
      return v.length ? median(v) : null;
    };
    // Only where every part is fetched at once (5 parts: 4 fetches, 4 at a time); 60 parts' first batch comes in 4 waves.
    const ratioOf = (r: RunResult) => (r.whole !== null && r.slowest && r.fetches.length <= 4 ? r.whole / r.slowest : null);
    const label: Record<Scenario, string> = {
      'one-part': '1 part, 2,000 words (200 ms delay)',
      'five-parts': '5 parts, 2,000 words each (200 ms delay)',
      'five-parts, cached': '5 parts, reopened from the cache',
      'one part of 25,000 words': '1 part, 25,000 words (200 ms delay)',
      'sixty parts': '60 parts, 5,000 words each (delay 0; the first batch: 16 fetched at open)',
      'one-part, delay 0': '1 part, 5,000 words (delay 0; next to each 60-part run)',
    };
    for (const what of Object.keys(runs) as Scenario[]) {
      const rs = runs[what];
      const id = label[what];
      if (!rs.length) {
        rows.push({ id, values: { runs: 0, note: 'no run completed' } });
        continue;
      }
      const heaps = rs.map((r) => r.heap).filter((h): h is Heap => !!h);
      rows.push({
        id,
        values: {
          runs: rs.length,
          host: med(rs.map((r) => r.host)),
          first: med(rs.map((r) => r.first)),
          whole: med(rs.map((r) => r.whole)),
          slowest: med(rs.map((r) => r.slowest)),
          ratio: med(rs.map(ratioOf)),
          fetchFirst: med(rs.map((r) => (r.fetches.length ? Math.min(...r.fetches.map((f) => f.start)) : null))),
          fetchLast: med(rs.map((r) => (r.fetches.length ? Math.max(...r.fetches.map((f) => f.end)) : null))),
          longTasks: med(rs.map((r) => r.longTasks)),
          longest: med(rs.map((r) => r.longest)),
          requests: Math.max(...rs.map((r) => r.partRequests)),
          heapMB: heaps.length ? `${MB(median(heaps.map((h) => h.before)))} → ${MB(median(heaps.map((h) => h.after)))}` : '',
          note: `median of ${rs.length}`,
        },
      });
      if (rs.length > 1) {
        const d = (xs: (number | null)[]) => {
          const v = xs.filter((x): x is number => x !== null);
          return v.length ? distribution(v) : null;
        };
        const first = d(rs.map((r) => r.first));
        const whole = d(rs.map((r) => r.whole));
        const ratio = d(rs.map(ratioOf));
        for (const k of ['min', 'p90', 'max'] as const) {
          summary.push({
            id: `${id}, ${k}`,
            values: {
              runs: rs.length,
              first: first?.[k] ?? null,
              whole: whole?.[k] ?? null,
              ratio: ratio?.[k] ?? null,
              note: k === 'min' ? `all: ${rs.map((r) => r.first.toFixed(0)).join(', ')} ms to the first part` : '',
            },
          });
        }
      }
    }

    // --- budgets ----------------------------------------------------------------------------
    const five = runs['five-parts'];
    const cached = runs['five-parts, cached'];
    const sixty = runs['sixty parts'];
    const budgets: Budget[] = BUDGET_DEFS.map((b) => ({ ...b }));
    const set = (id: string, value: number | null, detail: string) => {
      const b = budgets.find((x) => x.id === id)!;
      b.value = value;
      b.pass = value === null ? null : b.kind === 'max' ? value <= b.limit : value >= b.limit;
      b.detail = detail;
    };
    const fiveRatio = med(five.map(ratioOf));
    set(
      'reader-whole-vs-slowest',
      fiveRatio,
      five.length
        ? `per run: ${five.map((r) => `${r.whole?.toFixed(0) ?? '—'}/${r.slowest?.toFixed(0) ?? '—'} ms`).join(', ')} (whole story / slowest part fetch); the first part fetch starts ${med(five.map((r) => (r.fetches.length ? Math.min(...r.fetches.map((f) => f.start)) : null)))?.toFixed(0) ?? '—'} ms after the click (median), the last ends at ${med(five.map((r) => (r.fetches.length ? Math.max(...r.fetches.map((f) => f.end)) : null)))?.toFixed(0) ?? '—'} ms`
        : 'no run completed',
    );
    set(
      'reader-cache-requests',
      cached.length ? Math.max(...cached.map((r) => r.partRequests)) : null,
      cached.length
        ? `server log per reopen: ${cached.map((r) => `${r.pageRequests} page + ${r.partRequests} part${r.otherRequests ? ` + ${r.otherRequests} other` : ''}`).join(', ')}; the service worker fetched ${Math.max(...cached.map((r) => r.fetches.length))} part URLs at most`
        : 'no run completed',
    );
    /** Per round (or pair): a / b where both ran, the median of those ratios and the pairs as text. */
    const paired = (a: Scenario, b: Scenario, f: (r: RunResult) => number | null) => {
      const pairs: [number, number][] = [];
      byRound[a].forEach((ra, i) => {
        const rb = byRound[b][i];
        const x = ra ? f(ra) : null;
        const y = rb ? f(rb) : null;
        if (x !== null && y !== null && y > 0) pairs.push([x, y]);
      });
      return { ratio: pairs.length ? median(pairs.map(([x, y]) => x / y)) : null, text: pairs.map(([x, y]) => `${x.toFixed(0)}/${y.toFixed(0)}`).join(', '), n: pairs.length };
    };
    const cacheVsOne = paired('five-parts, cached', 'one-part', (r) => r.first);
    set(
      'reader-cache-first',
      cacheVsOne.ratio,
      cached.length
        ? `per round, cached first part / one-part first part: ${cacheVsOne.text} ms; reader up at ${med(cached.map((r) => r.host))?.toFixed(0)} ms cached, ${med(runs['one-part'].map((r) => r.host))?.toFixed(0)} ms one-part (medians)`
        : 'no run completed',
    );
    const sixtyVsOne = paired('sixty parts', 'one-part, delay 0', (r) => r.first);
    set(
      'reader-60-first',
      sixtyVsOne.ratio,
      sixty.length ? `per pair, 60-part first part / one-part first part: ${sixtyVsOne.text} ms; whole first batch ${sixty.map((r) => r.whole?.toFixed(0) ?? '—').join(', ')} ms` : 'no run completed',
    );
    const arriving = five.map((r) => r.longestArriving).filter((x): x is number => x !== null);
    set(
      'reader-longest-task',
      arriving.length ? median(arriving) : null,
      arriving.length
        ? `per run, the longest task while parts arrive: ${arriving.map((x) => x.toFixed(0)).join(', ')} ms (0: none ≥ 50 ms, the Long Tasks API's threshold); from the click on: ${five.map((r) => r.longest.toFixed(0)).join(', ')} ms`
        : 'no run completed',
    );
    // Kept by the story: what the page's heap grew by, and what the frame's holds beyond the reader's own (its frame's
    // heap in the one-part open of the same pair: the code, the view, one part).
    const kept: { page: number; frame: number }[] = [];
    byRound['sixty parts'].forEach((r, i) => {
      const one = byRound['one-part, delay 0'][i]?.heap;
      if (r?.heap && one) kept.push({ page: r.heap.after - r.heap.before, frame: r.heap.frameAfter - one.frameAfter });
    });
    const sixtyBytes = plan.sixty[0].bytes;
    set(
      'reader-60-memory',
      kept.length ? Math.max(...kept.map((k) => (k.page + k.frame) / sixtyBytes)) : null,
      kept.length
        ? `per run: ${kept.map((k) => `${MB(k.page + k.frame)} MB (page ${MB(k.page)}, frame ${MB(k.frame)})`).join(', ')} kept, of the story's ${MB(sixtyBytes)} MB of HTML; the parts shown (the first batch, ${wantedParts(plan.sixty[0])} of ${plan.sixty[0].parts}) are ${MB((sixtyBytes * wantedParts(plan.sixty[0])) / plan.sixty[0].parts)} MB of it`
        : 'no pair completed',
    );

    // --- notes ------------------------------------------------------------------------------
    notes.push(
      `${machine.Chromium ?? 'Chromium'}, headless, fresh profile, the built extension; stories generated at run time (LJ 'Generator' entry pages, prose from the fixtures' bodies, part links ten to a line), served from memory by the e2e fixture server. Every run: a new tab, a new journal name (nothing cached), the reader opened on part 1's page (part 1 is on the page; parts 2..N are fetched by the service worker, 4 at a time). One warm-up story first, not counted. ${rounds} rounds of the 200 ms rows (scenario order turning each round), then ${sixtyRuns} run(s) of the 60-part story with the server's delay at 0.${REST_MS > 0 ? ` Every click after the pointer rested ${REST_MS} ms on Read (INKWELL_BENCH_REST_MS), not the driver's instant click.` : ''}`,
      `first part: click (performance.now() in a capture click listener on window) → the reader frame's mark inkwell:frame-shown-1-painted (the first part's prose in the frame's document, then painted: the presentation time Chromium's Element Timing reports for the frame that drew its first block of text; the task after that frame, used before, could come tens of ms after the paint when the reader's next draw was queued from the same frame), on the page's clock through both timeOrigins. whole story: the same for the last part wanted (inkwell:frame-shown-N-painted). For the later parts 'painted' is the task after the next animation frame, which can wait behind other work queued meanwhile (the next part's message): an upper bound of the paint (the frame's document has no shadow root, so Element Timing would see them, but it reports only what is painted in view, and later parts are below it). reader up: click → the inkwell-reader host in the page (the reader script injected, the overlay and its frame made; the frame reads the post, the story is looked up after that).`,
      `slowest fetch: the longest of the part fetches in that run, from the service worker's Resource Timing (fetch start → response end; with the 200 ms delay the server holds each response that long). 1st fetch at / last fetch end: when the first part fetch started and the last one ended, ms after the click (both contexts' timeOrigin). whole/slowest: median of the per-run ratios. long tasks: main-thread tasks ≥ 50 ms in the page between the click and the whole story painted. part requests: the most any run caused at the server (the page's own load not counted).`,
      `Cache: the 5-part story of the same round reopened in a new tab once the service worker's database holds all its parts (saved ${saveWaits.length ? `${med(saveWaits)!.toFixed(0)} ms (median)` : '—'} after the whole story was painted); its row counts the server's requests from the navigation on: the page itself, then nothing else.`,
      `Side by side: every budget is a ratio of figures from the same run. whole/slowest: each 5-part run's whole story over its own slowest part fetch. Cached reopen: over the one-part open (a 2,000-word story on its own page, nothing to fetch) of the same round. 60 parts: over a one-part open at delay 0 of a part as long as each of the 60 (5,000 words), run just before or after it (the order turning each pair). The stories' parts all link to each other (the 'Part 1 | Part 2 | …' footer on every part): the clicked page knows every part, as a masterpost does, so the reader fetches parts 2..5 at once, 4 at a time; nothing is discovered one by one through next-links.`,
    );
    // Where the time goes: the same runs' milestones, medians, ms after the click.
    const ms = (v: number | null) => (v === null ? '—' : v.toFixed(0));
    const steps: string[] = [];
    for (const what of Object.keys(runs) as Scenario[]) {
      const rs = runs[what];
      if (!rs.length) continue;
      const m = (f: (r: RunResult) => number | null) => med(rs.map(f));
      const fetchStart = m((r) => (r.fetches.length ? Math.min(...r.fetches.map((f) => f.start)) : null));
      const fetchEnd = m((r) => (r.fetches.length ? Math.max(...r.fetches.map((f) => f.end)) : null));
      const parts = [
        `inject-reader asked ${ms(m((r) => r.messages.inject))}`,
        `reader up ${ms(m((r) => r.host))}`,
        `reader:start asked ${ms(m((r) => r.messages.start))}`,
        ...(() => {
          // The page side's own marks (inkwell:page-*), in the order they came.
          const names = [...new Set(rs.flatMap((r) => Object.keys(r.frameMarks).filter((k) => k.startsWith('page:'))))];
          const at = (k: string) => m((r) => r.frameMarks[k] ?? null);
          names.sort((a, b) => (at(a) ?? 0) - (at(b) ?? 0));
          return names.length ? [`page: ${names.map((k) => `${k.slice(5)} ${ms(at(k))}`).join(', ')}`] : [];
        })(),
        `frame: navigation ${ms(m((r) => r.frameMarks.navigation ?? null))}, response ${ms(m((r) => r.frameMarks.response ?? null))}, html parsed ${ms(m((r) => r.frameMarks['dom-interactive'] ?? null))}, script ${ms(m((r) => r.frameMarks.script ?? null))}, load ${ms(m((r) => r.frameMarks.load ?? null))}, ticket ${ms(m((r) => r.frameMarks.ticket ?? null))}, claim asked ${ms(m((r) => r.messages.claim))}, claimed ${ms(m((r) => r.frameMarks.claimed ?? null))}, page rebuilt ${ms(m((r) => r.frameMarks['page-rebuilt'] ?? null))}, post read ${ms(m((r) => r.frameMarks['post-read'] ?? null))}, lookup answered ${ms(m((r) => r.frameMarks['lookup-answered'] ?? null))}, reader mounted ${ms(m((r) => r.frameMarks.mounted ?? null))}`,
        `first part appeared ${ms(m((r) => r.firstAppeared))}, painted ${ms(m((r) => r.first))} (the recorder, put into the frame at ${ms(m((r) => r.frameMarks['recorder-attached'] ?? null))}: painted ${ms(m((r) => r.frameMarks['recorder-first-painted'] ?? null))})`,
      ];
      if (fetchStart !== null) {
        parts.push(`first fetch-page asked ${ms(m((r) => r.messages.fetch))}`, `part fetches ${ms(fetchStart)} → ${ms(fetchEnd)}`);
        parts.push(
          `whole story painted ${ms(m((r) => r.whole))} (${ms(m((r) => (r.whole !== null && r.fetches.length ? r.whole - Math.max(...r.fetches.map((f) => f.end)) : null)))} after the last fetch ended)`,
        );
      }
      const lc = m((r) => r.longCount);
      if (lc) parts.push(`meanwhile ${lc.toFixed(0)} long task(s), the longest ${ms(m((r) => r.longest))}`);
      steps.push(`${label[what]}: ${parts.join(' → ')}`);
    }
    notes.push(`Where the time goes (medians, ms after the click; the service worker's messages seen by a listener of ours there): ${steps.join('. ')}.`);

    const heaps = sixty.map((r) => r.heap).filter((h): h is Heap => !!h);
    const oneHeaps = runs['one-part, delay 0'].map((r) => r.heap).filter((h): h is Heap => !!h);
    if (heaps.length) {
      const story = plan.sixty[0];
      const range = (xs: number[], f: (x: number) => string) => {
        const lo = Math.min(...xs);
        const hi = Math.max(...xs);
        return f(lo) === f(hi) ? f(lo) : `${f(lo)}–${f(hi)}`;
      };
      const mb = (x: number) => MB(x);
      notes.push(
        `JS heap, 60 parts (${(story.bytes / 2 ** 20).toFixed(1)} MB of HTML, ${(story.parts * story.wordsPerPart).toLocaleString('en-US')} words), ${heaps.length} run(s). The journal page: ${range(
          heaps.map((h) => h.before),
          mb,
        )} MB before the click (after a forced GC) → ${range(
          heaps.map((h) => h.atWhole),
          mb,
        )} MB as the last part is painted (garbage not yet collected) → ${range(
          heaps.map((h) => h.after),
          mb,
        )} MB after a forced GC, i.e. ${range(
          heaps.map((h) => h.after - h.before),
          mb,
        )} MB kept (not broken down: no heap snapshot is taken; the overlay's script and the copy of the page it made would be in it); documents alive ${range(
          heaps.map((h) => h.documentsBefore),
          String,
        )} → ${range(
          heaps.map((h) => h.documentsAfter),
          String,
        )}, ${range(
          heaps.map((h) => h.nodesAfter),
          (x) => x.toLocaleString('en-US'),
        )} DOM nodes. The reader's frame (its own process): ${range(
          heaps.map((h) => h.frameAtWhole),
          mb,
        )} MB as the last part is painted → ${range(
          heaps.map((h) => h.frameAfter),
          mb,
        )} MB after a forced GC, against ${range(
          oneHeaps.map((h) => h.frameAfter),
          mb,
        )} MB in the one-part opens beside them (the reader's code and view with one part in it, not counted as kept: so the frame's kept figure leaves out one part, about 1/60 of the story); documents alive in the frame after GC ${range(
          heaps.map((h) => h.frameDocumentsAfter),
          String,
        )}, against ${range(
          oneHeaps.map((h) => h.frameDocumentsAfter),
          String,
        )} in the one-part opens' frames (a parsed part page held would add one each). Kept in all: ${
          kept.length
            ? range(
                kept.map((k) => k.page + k.frame),
                mb,
              )
            : '—'
        } MB (the stitched parts' text and markup, and the reader's DOM wrappers). Bounded: it grows with the story's length, not beyond it (budget reader-60-memory).`,
      );
    }
    if (profiled?.profile) {
      const p = profileSummary(profiled.profile, 12);
      const f = (xs: [string, number][]) => xs.map(([k, v]) => `${k} ${v.toFixed(1)}`).join(', ');
      notes.push(
        `Profile (one more 5-part open at 200 ms a response, not counted; V8's sampling profiler on the page, 250 µs, from the click until the whole story was painted ${profiled.whole?.toFixed(0) ?? '—'} ms later; the service worker is not in it): ${p.totalMs.toFixed(0)} ms of the page's main thread busy. Self time by script (ms): ${f(p.byScript)}; (program) is native work no JS frame holds (style, layout, paint, the HTML parser); (unsampled) is time the sampler missed (a gap over four sampling intervals: its thread waited for a core), not counted as busy; * marks frames without a script: native calls, or what Playwright or the bench injected. The build is minified, so function names say little: INKWELL_BENCH_CPUPROFILE=file.cpuprofile saves this profile (for DevTools, with the build's line:column).`,
      );
    }
    if (failures.length) notes.push(`Failed runs (not counted): ${failures.join('; ')}`);

    return { id: 'reader', title, columns: COLUMNS, rows, summary, budgets, notes, machine };
  },
};
