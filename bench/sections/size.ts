/**
 * Section 3. What every journal page pays: the always-injected content script (the detector), its
 * size raw and gzipped, and — when Debian's Chromium is installed — its time on the large page in
 * real Chromium against the page's own load time, measured in the same navigations.
 *
 * The build (.output/chrome-mv3) is made with `npx wxt build` when it is missing or older than the
 * sources. In Chromium (playwright-core, headless, the built extension loaded; the e2e helpers'
 * launch, which adds --host-resolver-rules so the journal hostname reaches a local fixture server
 * serving the generated page), an init script in the page records, with performance.now(): the
 * navigation's DOMContentLoaded and load (Navigation Timing), and the first `inkwell-read-button`
 * added to the document (a MutationObserver installed at DOMContentLoaded, so it costs the page's
 * parse nothing; the detector runs at document_idle, after that). The Long Tasks API gives the
 * detector's own blocking work: the long task the first button went in at the end of (the rest of
 * the gap is the browser scheduling document_idle). The page's own load time comes
 * from a second Chromium without the extension (same flags), its navigations alternating with the
 * first's.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { mayHoldStories } from '../../utils/extract/screen';
import { CHROMIUM_BIN, chromiumVersion, ensureChromeBuild } from '../core/chrome-build';
import { fixturePages } from '../core/pages';
import { domOf, largeOf } from '../core/shared';
import { distribution } from '../core/stats';
import type { BenchContext, Budget, Row, Section, SectionResult } from '../core/types';

export const GZIP_BUDGET = 15 * 1024;

interface Run {
  /** DOMContentLoaded (event start), ms after navigation start. */
  dcl: number;
  /** load (event start), ms after navigation start. */
  load: number;
  /** First button, ms after navigation start (null without the extension). */
  button: number | null;
  /** Sum of long tasks between DOMContentLoaded and the button (without the extension: and load). */
  longTasks: number;
  /** The long task the button went in at the end of (the detector's), null when under 50 ms or none. */
  detectorTask: number | null;
}

/**
 * Installed in every page before its scripts; reads nothing of the page. A string, not a function:
 * tsx's transform may add helpers to a function's source that do not exist in the page.
 */
const BENCH_INIT_SCRIPT = `(() => {
  const rec = { button: null, longTasks: [] };
  window.__inkwellBench = rec;
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) rec.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  document.addEventListener('DOMContentLoaded', () => {
    const mo = new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) {
        if (n.nodeType === 1 && n.tagName === 'INKWELL-READ-BUTTON') {
          rec.button = performance.now();
          mo.disconnect();
          return;
        }
      }
    });
    mo.observe(document, { childList: true, subtree: true });
  }, { once: true });
})();`;

/** Read back in the page after a navigation: the figures of one run, ms after navigation start. */
const READ_RUN = `(() => {
  const nav = performance.getEntriesByType('navigation')[0];
  const rec = window.__inkwellBench;
  const dcl = nav.domContentLoadedEventStart;
  const end = rec.button === null ? nav.loadEventStart : rec.button;
  const longTasks = rec.longTasks.filter(([s, d]) => s + d > dcl && s < end).reduce((n, [, d]) => n + d, 0);
  // The buttons go in at the end of the detector's scan, in its task: the long task around the
  // button's time is the detector's (script evaluation and scan), if it took 50 ms or more.
  const own = rec.button === null ? undefined : rec.longTasks.find(([s, d]) => s <= rec.button && rec.button <= s + d + 1);
  return { dcl, load: nav.loadEventStart, button: rec.button, longTasks, detectorTask: own ? own[1] : null };
})()`;

interface ChromiumResult {
  /** With the extension. */
  runs: Run[];
  /** The same page in a browser without the extension, navigations alternating with the above. */
  plain: Run[];
  buttons: number;
  version: string;
  warmups: number;
}

async function chromiumRuns(ctx: BenchContext): Promise<ChromiumResult> {
  const { startFixtureServer } = await import('../../harness/fixture-server');
  const { launchChromium, hostResolverRules, QUIET_FLAGS } = await import('../../harness/chromium');
  const { chromium } = await import('playwright-core');
  // The buttons' shadow roots are closed: their names are read from the driver.
  const { readButtonNames } = await import('../../harness/closed-shadow');
  const large = largeOf(ctx);
  const dir = mkdtempSync(join(tmpdir(), 'inkwell-bench-'));
  writeFileSync(join(dir, 'large.html'), large.html);
  writeFileSync(join(dir, 'pages.json'), JSON.stringify({ [large.url]: 'large.html' }));
  const server = await startFixtureServer({ pagesJson: join(dir, 'pages.json') });
  let session: Awaited<ReturnType<typeof launchChromium>> | undefined;
  let plainBrowser: Awaited<ReturnType<typeof chromium.launch>> | undefined;
  try {
    session = await launchChromium({ server });
    await session.context.addInitScript({ content: BENCH_INIT_SCRIPT });
    const page = session.page;
    // The page's own load time: the same page in the same Chromium, same flags, no extension.
    plainBrowser = await chromium.launch({
      executablePath: CHROMIUM_BIN,
      headless: true,
      args: [...QUIET_FLAGS, '--disable-features=HttpsUpgrades,HttpsFirstBalancedModeAutoEnable,PaintHolding,OptimizationHints', hostResolverRules(server)],
    });
    const plainContext = await plainBrowser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1280, height: 900 } });
    await plainContext.addInitScript({ content: BENCH_INIT_SCRIPT });
    const plainPage = await plainContext.newPage();

    // The user agent says 150.0.0.0 (reduced): ask the binary.
    let version = chromiumVersion();
    if (version === 'unknown') version = /Chrome\/([\d.]+)/.exec(await page.evaluate<string>('navigator.userAgent'))?.[1] ?? 'unknown';
    const warmups = 1;
    const total = warmups + (ctx.quick ? 2 : 11);
    const runs: Run[] = [];
    const plain: Run[] = [];
    let buttons = 0;
    const withExtension = async (i: number) => {
      await page.goto('about:blank');
      await page.goto(large.url, { waitUntil: 'load', timeout: 60_000 });
      await page.waitForFunction('window.__inkwellBench && window.__inkwellBench.button !== null', null, { timeout: 30_000 });
      const r: Run = await page.evaluate(READ_RUN);
      if (i >= warmups) runs.push(r);
      ctx.log(
        `size: chromium run ${i + 1}/${total}: DCL ${r.dcl.toFixed(0)} ms, load ${r.load.toFixed(0)} ms, first button ${r.button!.toFixed(0)} ms, the detector's task ${r.detectorTask === null ? '< 50' : r.detectorTask.toFixed(0)} ms`,
      );
      if (i === total - 1) buttons = (await readButtonNames(page)).filter((n) => /^Read in Inkwell/.test(n)).length;
    };
    const withoutExtension = async (i: number) => {
      await plainPage.goto('about:blank');
      await plainPage.goto(large.url, { waitUntil: 'load', timeout: 60_000 });
      const r: Run = await plainPage.evaluate(READ_RUN);
      if (i >= warmups) plain.push(r);
    };
    for (let i = 0; i < total; i++) {
      // Alternating order, as in the other sections.
      if (i % 2 === 0) {
        await withExtension(i);
        await withoutExtension(i);
      } else {
        await withoutExtension(i);
        await withExtension(i);
      }
    }
    return { runs, plain, buttons, version, warmups };
  } finally {
    await plainBrowser?.close().catch(() => {});
    await session?.close().catch(() => {});
    await server.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
}

export const size: Section = {
  id: 'size',
  title: '3. What every journal page pays (the detector content script: the screen; the detector proper where it says yes)',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const script = join(ctx.root, '.output/chrome-mv3/content-scripts/journal.js');
    const notes: string[] = [];
    const rows: Row[] = [];
    const budgets: Budget[] = [];
    const machine: Record<string, string> = {};

    const build = ensureChromeBuild(ctx, 'size', ['content-scripts/journal.js']);
    notes.push(`.output/chrome-mv3: ${build.note}.`);
    if (build.ok && existsSync(script)) {
      const bytes = readFileSync(script);
      const gz = gzipSync(bytes, { level: 9 }).length;
      const gz6 = gzipSync(bytes, { level: 6 }).length;
      rows.push({ id: 'journal.js', values: { raw: bytes.length, gzip: gz, gzip6: gz6 } });
      // The detector's stages injected on some pages only (the detector proper, where the screen says a page may hold a
      // story; the posts finder for layouts no site style knows; the reading of a masterpost's list, where a post may be
      // one; the comment walk, on no-story entry pages with comments): reported, not budgeted.
      for (const name of ['story-posts', 'unlisted-posts', 'masterpost-lists', 'comment-fills']) {
        const stage = join(ctx.root, `.output/chrome-mv3/content-scripts/${name}.js`);
        if (!existsSync(stage)) continue;
        const b = readFileSync(stage);
        rows.push({ id: `${name}.js (on demand)`, values: { raw: b.length, gzip: gzipSync(b, { level: 9 }).length, gzip6: gzipSync(b, { level: 6 }).length } });
      }
      budgets.push({
        id: 'detector-gzip',
        label: `content-scripts/journal.js gzipped ≤ 15 KB (read as 15 KiB = ${GZIP_BUDGET.toLocaleString('en-US')} bytes; gzip -9)`,
        value: gz,
        limit: GZIP_BUDGET,
        kind: 'max',
        unit: 'bytes',
        pass: gz <= GZIP_BUDGET,
        detail: `${GZIP_BUDGET - gz >= 0 ? `${GZIP_BUDGET - gz} bytes to spare` : `${gz - GZIP_BUDGET} bytes over`}; against 15,000 bytes it is ${gz <= 15_000 ? `${15_000 - gz} under` : `${gz - 15_000} over`}; gzip -6 (the gzip default): ${gz6.toLocaleString('en-US')} bytes`,
      });
    } else {
      budgets.push({ id: 'detector-gzip', label: 'content-scripts/journal.js gzipped ≤ 15 KB', value: null, limit: GZIP_BUDGET, kind: 'max', unit: 'bytes', pass: null, detail: build.note });
    }

    // Where the screen loads the detector proper (utils/extract/screen.ts): the fixture pages with a story (every one, or a
    // story loses its button) and without one (the fewer, the less the pages pay), and its time on the large page.
    // (The fixture pages alone: the bench's layout families would parse each page in jsdom first.)
    const pages = fixturePages();
    // happy-dom (jsdom takes 15 times as long over 800 pages, for the same answers), a window per hundred pages.
    const said: { story: boolean; yes: boolean }[] = [];
    for (let i = 0; i < pages.length; i += 100) {
      const parser = domOf(ctx, 'happy-dom').parser();
      for (const p of pages.slice(i, i + 100)) said.push({ story: (p.case?.stories.length ?? 0) > 0, yes: mayHoldStories(parser.parse(p.html)) });
      await parser.close();
    }
    const largeDoc = domOf(ctx, 'jsdom').load(largeOf(ctx).html, largeOf(ctx).url);
    const times: number[] = [];
    for (let i = 0; i < (ctx.quick ? 5 : 30); i++) {
      const t0 = performance.now();
      mayHoldStories(largeDoc);
      times.push(performance.now() - t0);
    }
    ctx.log(`size: the screen read ${said.length} fixture pages`);
    const withStory = said.filter((p) => p.story);
    const without = said.filter((p) => !p.story);
    rows.push({
      id: 'screen (journal.js): loads the detector proper',
      values: {
        note: `on ${withStory.filter((p) => p.yes).length}/${withStory.length} fixture pages with a story, ${without.filter((p) => p.yes).length}/${without.length} without (most of those are fic-like not-stories), in happy-dom; ${distribution(times).median.toFixed(1)} ms on the large page (jsdom, median)`,
      },
    });

    const large = largeOf(ctx);
    if (!existsSync(CHROMIUM_BIN)) {
      rows.push({ id: 'chromium: large page', values: { note: 'skipped: no chromium' } });
      notes.push(`Chromium row skipped: no chromium at ${CHROMIUM_BIN} (apt-get install chromium, or set INKWELL_CHROMIUM).`);
    } else if (!build.ok) {
      rows.push({ id: 'chromium: large page', values: { note: 'skipped: no build' } });
    } else {
      try {
        const { runs, plain, buttons, version, warmups } = await chromiumRuns(ctx);
        machine.Chromium = version;
        const q = (xs: number[]) => distribution(xs);
        const det = q(runs.map((r) => r.button! - r.dcl));
        const loadExt = q(runs.map((r) => r.load));
        const loadOwn = q(plain.map((r) => r.load));
        // Navigation i with the extension against navigation i without it (taken back to back).
        const ratio = q(runs.map((r, i) => (r.button! - r.dcl) / plain[i].load));
        const tasks = runs.map((r) => r.detectorTask).filter((d): d is number => d !== null);
        const task = tasks.length === runs.length ? q(tasks) : null;
        const ltOwn = q(plain.map((r) => r.longTasks));
        for (const k of ['median', 'p10', 'p90'] as const) {
          rows.push({
            id: `chromium: large page, ${k}`,
            values: {
              detector: det[k],
              loadOwn: loadOwn[k],
              ratio: ratio[k],
              loadExt: loadExt[k],
              task: task ? task[k] : k === 'median' ? `< 50 in ${runs.length - tasks.length}/${runs.length}` : null,
              longTasksOwn: ltOwn[k],
              note: k === 'median' ? `${buttons}/${large.stories.length} buttons` : '',
            },
          });
        }
        notes.push(
          `${version}, headless; the large page (${(large.bytes / 1024).toFixed(0)} KB) at ${large.url}, ${runs.length} navigations with the extension and ${plain.length} without (a second browser, same flags), alternating, after ${warmups} warm-up each.`,
          `DCL→button: DOMContentLoaded to the first inkwell-read-button added (the detector runs at document_idle, after DOMContentLoaded). Own load: navigation start → load event without the extension (the page's own load time); button/own load: DCL→button over the own load of the navigation taken beside it (median of the per-pair ratios). Load w/ ext.: the load event with the extension (the detector's task can hold it back). Detector task: the main-thread long task (≥ 50 ms, Long Tasks API) the first button went in at the end of: the detector's script evaluation and scan, blocking the page. Page's long tasks: without the extension, the sum of the page's own long tasks between DOMContentLoaded and load (its own rendering work, for scale). Reported, not budgeted.`,
        );
      } catch (e) {
        rows.push({ id: 'chromium: large page', values: { note: `failed: ${(e as Error).message.split('\n')[0]}` } });
        notes.push(`Chromium row failed: ${(e as Error).message.split('\n').slice(0, 3).join(' / ')}`);
      }
    }

    return {
      id: 'size',
      title: this.title,
      columns: [
        { key: 'raw', header: 'raw bytes', unit: 'bytes', better: 'lower' },
        { key: 'gzip', header: 'gzip -9', unit: 'bytes', better: 'lower' },
        { key: 'gzip6', header: 'gzip -6', unit: 'bytes', better: 'lower' },
        { key: 'detector', header: 'DCL→button ms', unit: 'ms' },
        { key: 'loadOwn', header: 'own load ms', unit: 'ms' },
        { key: 'ratio', header: 'button/own load', unit: 'ratio', better: 'lower' },
        { key: 'loadExt', header: 'load w/ ext. ms', unit: 'ms' },
        { key: 'task', header: 'detector task ms', unit: 'ms', better: 'lower' },
        { key: 'longTasksOwn', header: "page's long tasks ms", unit: 'ms' },
        { key: 'note', header: '', unit: 'text' },
      ],
      rows,
      budgets,
      notes,
      machine,
    };
  },
};
