/**
 * Section 2. Extraction against the floor: parsing the page's HTML is a cost every page already
 * pays; extraction must add at most a quarter of it on the median page. Per page and DOM, parse
 * (DOMParser.parseFromString in a window made beforehand: parse only, no window creation) and
 * extractPage (on the page's document, parsed once) alternate in the same rounds; the figure is the
 * ratio of their medians. Each DOM's pages, and the large page, are timed in a process of their own, up to
 * INKWELL_BENCH_JOBS (2) of them at once: the figure is a ratio of two wall-clock timings interleaved in the same
 * process, so a neighbour process's load falls on both alike.
 */
import { extractPage } from '../../utils/extract/index';
import { DOMS, type DomName, type Parser } from '../core/dom';
import { type ChildJob, inChildren } from '../core/isolate';
import { type BenchPage, LARGE_ID } from '../core/pages';
import { docOf, domOf, largeOf, pagesOf, pagesWithIds } from '../core/shared';
import { distribution, interleave, median, type TimingPlan } from '../core/stats';
import type { BenchContext, Budget, Row, Section, SectionResult } from '../core/types';

export const FLOOR_BUDGET = 0.25;

function plans(quick: boolean): { page: TimingPlan; large: TimingPlan } {
  return quick
    ? { page: { warmup: 0, minRounds: 3, maxRounds: 3, maxMs: 0 }, large: { warmup: 0, minRounds: 2, maxRounds: 2, maxMs: 0 } }
    : // Fixture pages: the budgets are medians over all of them, so a page needs fewer rounds than the large page.
      { page: { warmup: 3, minRounds: 9, maxRounds: 25, maxMs: 300 }, large: { warmup: 1, minRounds: 9, maxRounds: 15, maxMs: 15_000 } };
}

async function timePage(ctx: BenchContext, dom: DomName, page: BenchPage, plan: TimingPlan) {
  const impl = domOf(ctx, dom);
  const doc = docOf(ctx, dom, page);
  const s = await interleave(
    [
      // A parser made before the clock starts (a fresh happy-dom window each time: one window keeps
      // what it parsed), closed after.
      { name: 'parse', setup: () => impl.parser(), run: (pr: Parser) => pr.parse(page.html), teardown: (pr: Parser) => pr.close() },
      { name: 'extract', run: () => extractPage(doc, page.url), teardown: () => impl.settle(doc) },
    ],
    plan,
  );
  const parse = median(s.parse);
  const extract = median(s.extract);
  return { parse, extract, ratio: extract / parse };
}

type FloorTiming = Awaited<ReturnType<typeof timePage>>;

export interface FloorParams {
  dom: DomName;
  ids: string[];
}

/** One timing phase, in its own process: warm up on every page, then time page by page. */
/** @public Called by name in a child process (bench/core/isolate.ts). */
export async function measureFloor(ctx: BenchContext, p: FloorParams): Promise<Record<string, FloorTiming>> {
  const all = pagesWithIds(ctx, p.ids);
  const plan = plans(ctx.quick);
  const impl = domOf(ctx, p.dom);
  ctx.log(`floor: ${p.dom}: warming up on ${all.length} page(s)`);
  for (const page of all) {
    const pr = impl.parser();
    pr.parse(page.html);
    await pr.close();
    extractPage(docOf(ctx, p.dom, page), page.url);
  }
  ctx.log(`floor: ${p.dom}: timing`);
  const out: Record<string, FloorTiming> = {};
  for (const page of all) out[page.id] = await timePage(ctx, p.dom, page, page.id === LARGE_ID ? plan.large : plan.page);
  return out;
}

export const floor: Section = {
  id: 'floor',
  title: '2. Extraction against the floor (extractPage time / the HTML parse time)',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const pages = pagesOf(ctx);
    const large = largeOf(ctx);
    const plan = plans(ctx.quick);
    const ids = pages.map((x) => x.id);
    const results: Record<DomName, Map<string, FloorTiming>> = { jsdom: new Map(), 'happy-dom': new Map() };
    // Each DOM × (fixture pages | large page) in its own process; in --quick, one per DOM.
    const phases: ChildJob<FloorParams>[] = (
      ctx.quick
        ? DOMS.map((dom) => ({ dom, ids: [...ids, large.id] }))
        : DOMS.flatMap((dom) => [
            { dom, ids },
            { dom, ids: [large.id] },
          ])
    ).map((params) => ({ params, label: `floor ${params.dom}${params.ids.length === 1 ? ' large page' : ''}` }));
    // Up to INKWELL_BENCH_JOBS phases at once; merged in the phases' order, as when they ran one after another.
    const { results: measured, processesNote } = await inChildren<Record<string, FloorTiming>>(ctx, 'sections/floor.ts', 'measureFloor', phases);
    for (const [i, { params: phase }] of phases.entries()) for (const [id, t] of Object.entries(measured[i])) results[phase.dom].set(id, t);

    const rows: Row[] = [...pages, large].map((page) => {
      const j = results.jsdom.get(page.id)!;
      const h = results['happy-dom'].get(page.id)!;
      return {
        id: page.id,
        values: { kb: page.bytes / 1024, parseJ: j.parse, extJ: j.extract, ratioJ: j.ratio, parseH: h.parse, extH: h.extract, ratioH: h.ratio },
      };
    });
    const fixtureRows = rows.filter((r) => r.id !== large.id);
    const keys = ['parseJ', 'extJ', 'ratioJ', 'parseH', 'extH', 'ratioH'];
    const dists = Object.fromEntries(keys.map((k) => [k, distribution(fixtureRows.map((r) => r.values[k] as number))]));
    const summary: Row[] = (['p10', 'median', 'p90'] as const).map((q) => ({
      id: `${q} page`,
      values: Object.fromEntries([['kb', null], ...keys.map((k) => [k, dists[k][q]])]),
    }));

    const over = (k: string) => fixtureRows.filter((r) => (r.values[k] as number) > FLOOR_BUDGET).length;
    const budgets: Budget[] = (['jsdom', 'happy-dom'] as const).map((dom) => {
      const k = dom === 'jsdom' ? 'ratioJ' : 'ratioH';
      const v = dists[k].median;
      return {
        id: `floor-median-page-${dom}`,
        label: `extractPage ≤ ${FLOOR_BUDGET} × ${dom}'s parse on the median fixture page (median over ${dists[k].n} pages of per-page ratios)`,
        value: v,
        limit: FLOOR_BUDGET,
        kind: 'max',
        unit: 'ratio',
        pass: v <= FLOOR_BUDGET,
        detail: `${over(k)} of ${fixtureRows.length} pages over ${FLOOR_BUDGET}; large page ${(rows.at(-1)!.values[k] as number).toFixed(3)} (not budgeted)`,
      };
    });

    return {
      id: 'floor',
      title: this.title,
      columns: [
        { key: 'kb', header: 'KB', unit: 'count' },
        { key: 'parseJ', header: 'jsdom parse ms', unit: 'ms' },
        { key: 'extJ', header: 'extract ms', unit: 'ms' },
        { key: 'ratioJ', header: 'ext/parse', unit: 'ratio', better: 'lower' },
        { key: 'parseH', header: 'happy-dom parse ms', unit: 'ms' },
        { key: 'extH', header: 'extract ms', unit: 'ms' },
        { key: 'ratioH', header: 'ext/parse', unit: 'ratio', better: 'lower' },
      ],
      rows,
      summary,
      budgets,
      notes: [
        `Parse: DOMParser.parseFromString(html, 'text/html') in a window made before the clock starts (jsdom: one per phase; happy-dom: a fresh one per parse, as one window keeps what it parsed): the parse alone, no window creation, no scripts, no subresources. Extract: extractPage on the page's document, parsed once. Alternating in the same rounds (${plan.page.minRounds}–${plan.page.maxRounds} per page after ${plan.page.warmup} warm-up; large page ${plan.large.minRounds}–${plan.large.maxRounds}); ratio of the two medians, per page; the budget takes the median over the fixture pages.`,
        `Each DOM's fixture pages, and the large page, in a process of their own: ${processesNote} (INKWELL_BENCH_JOBS). Parse and extract alternate in the same process, so a neighbour process's load falls on both alike.`,
      ],
    };
  },
};
