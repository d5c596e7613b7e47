/**
 * Section 6. Taking a story away: the EPUB of a 60-part, 300,000-word story, made in real Chromium
 * (headless, a blank page) by the same code the reader and the library run (utils/epub, bundled with
 * esbuild), against JSON.stringify of the same saved records, timed in the same page in alternating
 * rounds.
 *
 * The story: section 4's generator (60 parts of 5,000 words of prose, LiveJournal S1 pages), stitched
 * offline over the tests' fake web (jsdom) and turned into the records the library saves
 * (buildStoryRecords): a story record and 60 part records, as `getParts` hands them to the export
 * (each part's post with its bodies). Untimed, once.
 *
 * Timed, per round, in the page: export = prepareBook (each part parsed into an inert document and
 * written by the XHTML writer, the title page) + writeBook('epub') (the package, the NCX, the zip,
 * stored); JSON = JSON.stringify({ story, parts }). The budget is on the medians: export ≤ 1 s, and
 * export / JSON (median of the per-round ratios) ≤ 2. Where the export's time goes (parse, write,
 * zip; and DOMPurify, which the book no longer runs, for comparison) is measured in extra rounds and
 * printed as a note; the same export with its text deflated (level 6, as the book was once made) runs
 * in the same rounds, as a summary row, to show what the deflate would cost and save.
 */
import { existsSync } from 'node:fs';
import { CHROMIUM_BIN, chromiumVersion } from '../core/chrome-build';
import { skipped } from '../core/section';
import { distribution, median } from '../core/stats';
import { generateStory } from '../core/stories';
import type { BenchContext, Budget, Column, Row, Section, SectionResult } from '../core/types';

const PARTS = 60;
const WORDS_PER_PART = 5_000;

const COLUMNS: Column[] = [
  { key: 'export', header: 'export ms', unit: 'ms' },
  { key: 'json', header: 'JSON ms', unit: 'ms' },
  { key: 'ratio', header: 'export/JSON', unit: 'x', better: 'lower' },
  { key: 'bytes', header: 'EPUB bytes', unit: 'bytes' },
  { key: 'jsonBytes', header: 'JSON bytes', unit: 'bytes' },
  { key: 'note', header: '', unit: 'text' },
];

const BUDGET_DEFS: Budget[] = [
  { id: 'epub-60-parts-ms', label: 'EPUB of a 60-part, 300,000-word story ≤ 1 s (Chromium, median)', value: null, limit: 1000, kind: 'max', unit: 'ms', pass: null },
  { id: 'epub-60-parts-vs-json', label: 'the same export ≤ 2× JSON.stringify of the same saved story (median of per-round ratios)', value: null, limit: 2, kind: 'max', unit: 'x', pass: null },
];

/** utils/epub as one script for a page: `window.__inkwellEpub`. */
async function bundle(root: string): Promise<string> {
  const { build } = await import('esbuild');
  const out = await build({
    stdin: {
      contents:
        "import { prepareBook, writeBook } from './utils/epub/index'; import { sanitizePostTree } from './utils/sanitize'; import { parseInert, toXhtml } from './utils/epub/xhtml'; import { buildEpub } from './utils/epub/epub';\nwindow.__inkwellEpub = { prepareBook, writeBook, sanitizePostTree, parseInert, toXhtml, buildEpub };",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    write: false,
  });
  return out.outputFiles[0].text;
}

/**
 * Runs in the page: interleaved rounds of the export, the export with its text deflated, and JSON (the
 * order turning each round), then a breakdown of the export.
 */
const RUN_IN_PAGE = `async ({ rounds, warmup }) => {
  const { prepareBook, writeBook, sanitizePostTree, parseInert, toXhtml, buildEpub } = window.__inkwellEpub;
  const { story, parts } = window.__saved;
  const contenders = {
    export: () => writeBook('epub', prepareBook({ story, parts, images: false }, window)).bytes.length,
    deflated: () => buildEpub(prepareBook({ story, parts, images: false }, window), new Map(), { level: 6 }).length,
    json: () => JSON.stringify({ story, parts }).length,
  };
  const names = Object.keys(contenders);
  const out = { ms: { export: [], deflated: [], json: [] }, bytes: {}, parseMs: [], purifyMs: [], writeMs: [], zipMs: [] };
  const time = (f) => { const t0 = performance.now(); const r = f(); return [performance.now() - t0, r]; };
  for (let i = 0; i < warmup + rounds; i++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(i + k) % names.length];
      await new Promise((r) => setTimeout(r, 0));
      const [ms, n] = time(contenders[name]);
      if (i < warmup) continue;
      out.ms[name].push(ms);
      out.bytes[name] = n;
    }
  }
  // Where the export's time goes: the inert parse alone, the XHTML writer alone, the package and zip
  // alone; and DOMPurify over the same parts (not in the export: what it would add).
  for (let i = 0; i < Math.max(2, Math.ceil(rounds / 2)); i++) {
    await new Promise((r) => setTimeout(r, 0));
    out.parseMs.push(time(() => { for (const p of parts) parseInert(p.bodyHtml, window); })[0]);
    out.purifyMs.push(time(() => { for (const p of parts) sanitizePostTree(p.bodyHtml, { baseUrl: p.url, loadImages: true }, window); })[0]);
    const bodies = parts.map((p) => parseInert(p.bodyHtml, window));
    out.writeMs.push(time(() => { bodies.forEach((b, j) => toXhtml(b, { baseUrl: parts[j].url })); })[0]);
    const book = prepareBook({ story, parts, images: false }, window);
    out.zipMs.push(time(() => buildEpub(book))[0]);
  }
  return out;
}`;

export const epub: Section = {
  id: 'epub',
  title: '6. A story as an EPUB (60 parts, 300,000 words) in real Chromium',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const title = this.title;
    const notes: string[] = [];
    if (!existsSync(CHROMIUM_BIN)) {
      return skipped('epub', title, COLUMNS, BUDGET_DEFS, 'skipped: no chromium', [`No chromium at ${CHROMIUM_BIN} (apt-get install chromium, or set INKWELL_CHROMIUM): nothing measured.`]);
    }
    const generated = generateStory('bench-epub-sixty', PARTS, WORDS_PER_PART, 'Sixty Jumps');
    const { savedFromPages } = await import('../../tests/support/saved-stories');
    ctx.log(`epub: stitching the ${PARTS}-part story offline (jsdom)…`);
    const saved = await savedFromPages('bench-epub-sixty', Object.fromEntries(Object.entries(generated.pages).map(([u, p]) => [u, p.body])), generated.urls[0]);
    const words = saved.parts.reduce((n, p) => n + p.words, 0);
    if (saved.parts.length !== PARTS) throw new Error(`epub: stitched ${saved.parts.length} parts, not ${PARTS}`);
    const script = await bundle(ctx.root);

    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath: CHROMIUM_BIN, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
    const rounds = ctx.quick ? 3 : 11;
    const warmup = ctx.quick ? 1 : 2;
    let res: { ms: Record<'export' | 'deflated' | 'json', number[]>; bytes: Record<'export' | 'deflated' | 'json', number>; parseMs: number[]; purifyMs: number[]; writeMs: number[]; zipMs: number[] };
    try {
      const page = await browser.newPage();
      await page.goto('about:blank');
      await page.addScriptTag({ content: script });
      await page.evaluate(
        (json) => {
          (window as unknown as { __saved: unknown }).__saved = JSON.parse(json);
        },
        JSON.stringify({ story: saved.story, parts: saved.parts }),
      );
      ctx.log(`epub: ${rounds} rounds after ${warmup} warm-up…`);
      res = await page.evaluate(`(${RUN_IN_PAGE})(${JSON.stringify({ rounds, warmup })})`);
    } finally {
      await browser.close().catch(() => {});
    }
    const js = distribution(res.ms.json);
    const rowsOf = (what: 'export' | 'deflated', label: string, keys: readonly ('median' | 'p10' | 'p90')[]): Row[] => {
      const ex = distribution(res.ms[what]);
      const ratios = distribution(res.ms[what].map((e, i) => e / res.ms.json[i]));
      return keys.map((k) => ({
        id: `${label}, ${k}`,
        values: {
          export: ex[k],
          json: js[k],
          ratio: ratios[k],
          bytes: res.bytes[what],
          jsonBytes: res.bytes.json,
          note: k === 'median' ? (what === 'export' ? `${words.toLocaleString('en-US')} words, ${res.ms.export.length} rounds` : 'text deflated, level 6 (not what ships)') : '',
        },
      }));
    };
    const rows = rowsOf('export', '60 parts', ['median', 'p10', 'p90']);
    const summary = rowsOf('deflated', '60 parts, deflated', ['median']);
    const ex = distribution(res.ms.export);
    const ratio = median(res.ms.export.map((e, i) => e / res.ms.json[i]));
    const budgets: Budget[] = [
      { ...BUDGET_DEFS[0], value: ex.median, pass: ex.median <= 1000, detail: `median ${ex.median.toFixed(0)} ms (p90 ${ex.p90.toFixed(0)} ms)` },
      { ...BUDGET_DEFS[1], value: ratio, pass: ratio <= 2, detail: `export ${ex.median.toFixed(0)} ms, JSON.stringify ${js.median.toFixed(0)} ms (medians)` },
    ];
    notes.push(
      `${chromiumVersion()}, headless, about:blank; utils/epub bundled with esbuild (${(script.length / 1024).toFixed(0)} KB minified). The story: section 4's generator, ${PARTS} parts of ${WORDS_PER_PART.toLocaleString('en-US')} words, stitched offline (jsdom) into the saved records (${words.toLocaleString('en-US')} words in the parts' text); no images.`,
      `Export: prepareBook + writeBook('epub') (each part parsed inert and written as XHTML by the writer's allowlist, title page, package, NCX, zip stored); JSON: JSON.stringify({ story, parts }) of the same records; the deflated row is the same export with the text deflated at level 6 (for comparison: not what ships). ${res.ms.export.length} rounds after ${warmup} warm-up, the three in turn, the order turning each round; ratio = median of the per-round export/JSON ratios.`,
      `Where the export goes (medians, separate rounds): inert parse ${median(res.parseMs).toFixed(0)} ms, XHTML writer ${median(res.writeMs).toFixed(0)} ms, package and zip ${median(res.zipMs).toFixed(0)} ms; DOMPurify (the one configuration) over the same parts, not in the export, ${median(res.purifyMs).toFixed(0)} ms.`,
    );
    return { id: 'epub', title, columns: COLUMNS, rows, summary, budgets, notes, machine: { Chromium: chromiumVersion() } };
  },
};
