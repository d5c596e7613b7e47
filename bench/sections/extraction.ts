/**
 * Section 1. Extraction against the peer: extractPage vs @mozilla/readability's parse(), on the
 * same documents of the same DOM implementation, over every fixture page, each layout family's
 * most-commented story page made large (core/families.ts) and the large generated page (happy-dom: every 4th
 * fixture page and the large page, reported, not budgeted); and body
 * accuracy (token F1 against the expected body) of both on the story pages. Budgets: the speed-up
 * on the median page, on the large page, and on each layout family's median page.
 *
 * Timing, in CPU time (core/stats.ts: cpuMs; wall time grows when other work shares the cores): each page is parsed once. Readability changes the document it reads, so each of its runs
 * gets a fresh deep clone (made before the clock starts); extractPage never changes the document
 * (checked here, once per page) and runs on the parsed one. The two alternate in every round. One
 * warm-up pass over all pages of a batch first, then a few untimed rounds per page. Each DOM's fixture pages (in
 * batches of 200), and the large page, are measured in a process of their own (core/isolate.ts: the DOMs keep part of
 * every clone, and a long loop would run out of memory), up to INKWELL_BENCH_JOBS (2) of them at once: CPU time is
 * the process's own, so a neighbour process does not count in it.
 */
import { Readability } from '@mozilla/readability';
import { readBody, tokenF1 } from '../../harness/fixture-cases';
import { extractPage } from '../../utils/extract/index';
import type { PageExtraction } from '../../utils/extract/types';
import { DOMS, type DomName } from '../core/dom';
import { byFamily } from '../core/families';
import { type ChildJob, inChildren } from '../core/isolate';
import { type BenchPage, LARGE_ID, type LargePage } from '../core/pages';
import { docOf, domOf, familiesOfPages, largeOf, pagesOf, pagesWithIds } from '../core/shared';
import { cpuMs, distribution, interleave, median, type TimingPlan } from '../core/stats';
import type { BenchContext, Budget, Row, Section, SectionResult } from '../core/types';

export const SPEEDUP_BUDGET = 5;

function readabilityText(doc: Document): string | null {
  const article = new Readability(doc).parse();
  return article ? (article.textContent ?? '') : null;
}

export function plans(quick: boolean): { page: TimingPlan; large: TimingPlan } {
  return quick
    ? { page: { warmup: 0, minRounds: 3, maxRounds: 3, maxMs: 0 }, large: { warmup: 0, minRounds: 2, maxRounds: 2, maxMs: 0 } }
    : // Fixture pages: their speed-up budgets are medians of per-page ratios over pages (all of them, or a layout
      // family's: a few families have 1-3 pages), their F1 comes from the warm-up pass; the large page's budget is that
      // one page's figure, and keeps its rounds.
      { page: { warmup: 3, minRounds: 9, maxRounds: 25, maxMs: 400 }, large: { warmup: 1, minRounds: 9, maxRounds: 15, maxMs: 25_000 } };
}

interface Timing {
  ours: number;
  peer: number | null;
  speedup: number | null;
  peerError?: string;
}

async function timePage(ctx: BenchContext, dom: DomName, page: BenchPage, plan: TimingPlan): Promise<Timing> {
  const impl = domOf(ctx, dom);
  const doc = docOf(ctx, dom, page);
  // Untimed, after each run: let happy-dom run what the run queued (a clone's tasks live in the
  // page's window), and empty Readability's clone.
  const settle = () => impl.settle(doc);
  let peerError: string | undefined;
  try {
    const c = impl.clone(doc);
    readabilityText(c);
    await settle();
    impl.dispose(c);
  } catch (e) {
    peerError = (e as Error).message.split('\n')[0];
  }
  if (peerError) {
    const s = await interleave([{ name: 'ours', run: () => extractPage(doc, page.url), teardown: settle }], plan, cpuMs);
    return { ours: median(s.ours), peer: null, speedup: null, peerError };
  }
  const s = await interleave(
    [
      { name: 'ours', run: () => extractPage(doc, page.url), teardown: settle },
      {
        name: 'peer',
        setup: () => impl.clone(doc),
        run: (d: Document) => new Readability(d).parse(),
        teardown: async (d: Document) => {
          await settle();
          impl.dispose(d);
        },
      },
    ],
    plan,
    cpuMs,
  );
  const ours = median(s.ours);
  const peer = median(s.peer);
  return { ours, peer, speedup: peer / ours };
}

interface Accuracy {
  ours: number | null;
  peer: number | null;
}

/**
 * Body token F1 on a page, from one extraction and one Readability text. Story pages: both. Index
 * pages: ours only, the mean over the expected stories (Readability returns one article per page).
 */
function accuracy(page: BenchPage, got: PageExtraction, peerText: string | null): Accuracy {
  const c = page.case;
  const wanted: { url: string; body: string }[] =
    page.id === LARGE_ID ? (page as LargePage).stories : (c?.stories ?? []).filter((s) => s.bodyFile).map((s) => ({ url: s.url, body: readBody(s.bodyFile!) }));
  if (!wanted.length) return { ours: null, peer: null };
  const norm = (u: string) => u.replace(/\/$/, '');
  const f1s = wanted.map((want) => {
    const s = got.stories.find((x) => norm(x.url) === norm(want.url));
    return s ? tokenF1(s.bodyText, want.body) : 0;
  });
  const ours = f1s.reduce((a, b) => a + b, 0) / f1s.length;
  if (page.kind !== 'story') return { ours, peer: null };
  return { ours, peer: peerText === null ? 0 : tokenF1(peerText, wanted[0].body) };
}

/** Fixture pages measured in one process (its warm-up pass and timing over them). */
const PAGES_PER_PROCESS = 200;
/**
 * happy-dom times every 4th fixture page (index % 4 === 0 in pagesOf's order), and the large page: no budget reads
 * its figures (they are reported beside jsdom's), and Readability on its clones is most of the section's time.
 */
const HAPPY_DOM_EVERY = 4;

/** The pages, in their order, in slices of PAGES_PER_PROCESS. */
function inBatches(pages: BenchPage[]): BenchPage[][] {
  const batches: BenchPage[][] = [];
  for (let i = 0; i < pages.length; i += PAGES_PER_PROCESS) batches.push(pages.slice(i, i + PAGES_PER_PROCESS));
  return batches;
}

export interface ExtractionParams {
  dom: DomName;
  /** Fixture page ids, and/or 'large-page'. */
  ids: string[];
  /** Those pages themselves (a child that reads the corpora and their layout families again spends a minute on it). */
  pages?: BenchPage[];
}

export interface ExtractionMeasures {
  timings: Record<string, Timing>;
  /** jsdom only. */
  accuracy: Record<string, Accuracy>;
  /** Stories of the large page extraction found (jsdom only). */
  largeFound: number | null;
  warnings: string[];
}

/**
 * One timing phase (run in its own process by the section): load the pages in `dom`, one warm-up
 * run of each contender on every page (in jsdom also: the purity check and both F1s), then the
 * interleaved timing page by page.
 */
/** @public Called by name in a child process (bench/core/isolate.ts). */
export async function measureExtraction(ctx: BenchContext, p: ExtractionParams): Promise<ExtractionMeasures> {
  const all = pagesWithIds(ctx, p.ids, p.pages);
  const plan = plans(ctx.quick);
  const impl = domOf(ctx, p.dom);
  const out: ExtractionMeasures = { timings: {}, accuracy: {}, largeFound: null, warnings: [] };
  ctx.log(`extraction: ${p.dom}: loading and warming up on ${all.length} page(s)`);
  for (const page of all) {
    const doc = docOf(ctx, p.dom, page);
    const before = p.dom === 'jsdom' ? doc.documentElement.outerHTML : '';
    const got = extractPage(doc, page.url);
    if (p.dom === 'jsdom' && doc.documentElement.outerHTML !== before) out.warnings.push(`WARNING: extractPage changed the document of ${page.id}`);
    let peerText: string | null = null;
    const clone = impl.clone(doc);
    try {
      peerText = readabilityText(clone);
    } catch {
      /* reported with the timing */
    }
    await impl.settle(doc);
    impl.dispose(clone);
    if (p.dom === 'jsdom') {
      out.accuracy[page.id] = accuracy(page, got, peerText);
      if (page.id === LARGE_ID) out.largeFound = got.stories.filter((s) => (page as LargePage).stories.some((w) => w.url === s.url)).length;
    }
  }
  ctx.log(`extraction: ${p.dom}: timing`);
  for (const page of all) out.timings[page.id] = await timePage(ctx, p.dom, page, page.id === LARGE_ID ? plan.large : plan.page);
  return out;
}

export const extraction: Section = {
  id: 'extraction',
  title: '1. Extraction against the peer (extractPage vs @mozilla/readability parse())',
  async run(ctx: BenchContext): Promise<SectionResult> {
    const pages = pagesOf(ctx);
    const families = familiesOfPages(ctx);
    const large = largeOf(ctx);
    const plan = plans(ctx.quick);
    const notes: string[] = [];

    // Each DOM × (a batch of fixture pages | the large page) in its own process (see core/isolate.ts): a process keeps
    // every page it parsed, and the 800-odd pages of the corpora outgrew a 6 GB heap in one. happy-dom's batches are
    // cut from its sampled pages (cut from all pages, each child would time ~50). In --quick, happy-dom skips the large
    // page (~10 s more).
    const sampled = pages.filter((_, i) => i % HAPPY_DOM_EVERY === 0);
    const batches: Record<DomName, BenchPage[][]> = { jsdom: inBatches(pages), 'happy-dom': inBatches(sampled) };
    const batchPhases = (dom: DomName, largeInLast = false): ChildJob<ExtractionParams>[] =>
      batches[dom].map((b, i) => {
        const large = largeInLast && i === batches[dom].length - 1;
        return { params: { dom, ids: [...b.map((x) => x.id), ...(large ? [LARGE_ID] : [])], pages: b }, label: `extraction ${dom} batch ${i + 1}/${batches[dom].length}` };
      });
    const largePhase = (dom: DomName): ChildJob<ExtractionParams> => ({ params: { dom, ids: [LARGE_ID] }, label: `extraction ${dom} large page` });
    const phases: ChildJob<ExtractionParams>[] = ctx.quick ? [...batchPhases('jsdom', true), ...batchPhases('happy-dom')] : DOMS.flatMap((dom) => [...batchPhases(dom), largePhase(dom)]);
    // Up to INKWELL_BENCH_JOBS phases at once (CPU time is each process's own); merged below in the phases' order, as
    // when they ran one after another.
    const { results: measured, processesNote } = await inChildren<ExtractionMeasures>(ctx, 'sections/extraction.ts', 'measureExtraction', phases);
    const timings: Record<DomName, Map<string, Timing>> = { jsdom: new Map(), 'happy-dom': new Map() };
    const acc = new Map<string, Accuracy>();
    let largeFound = 0;
    for (const [i, { params: phase }] of phases.entries()) {
      const m = measured[i];
      for (const [id, t] of Object.entries(m.timings)) timings[phase.dom].set(id, t);
      for (const [id, a] of Object.entries(m.accuracy)) acc.set(id, a);
      if (m.largeFound !== null) largeFound = m.largeFound;
      notes.push(...m.warnings);
    }

    const rows: Row[] = [];
    for (const page of [...pages, large]) {
      const j = timings.jsdom.get(page.id)!;
      const h: Partial<Timing> = timings['happy-dom'].get(page.id) ?? {};
      const a = acc.get(page.id)!;
      rows.push({
        id: page.id,
        values: {
          family: families.get(page.id) ?? '',
          kind: page.kind,
          kb: page.bytes / 1024,
          oursJ: j.ours,
          peerJ: j.peer,
          speedJ: j.speedup,
          oursH: h.ours ?? null,
          peerH: h.peer ?? null,
          speedH: h.speedup ?? null,
          f1Ours: a.ours,
          f1Peer: a.peer,
        },
      });
      for (const [dom, t] of [
        ['jsdom', j],
        ['happy-dom', h],
      ] as const) {
        if (t.peerError) notes.push(`Readability threw on ${page.id} in ${dom}: ${t.peerError} (no ratio for that page)`);
      }
    }

    // Summary over the fixture pages (the large page is reported on its own).
    const fixtureRows = rows.filter((r) => r.id !== large.id);
    const nums = (key: string) => fixtureRows.map((r) => r.values[key]).filter((v): v is number => typeof v === 'number');
    const dists = Object.fromEntries(['oursJ', 'peerJ', 'speedJ', 'oursH', 'peerH', 'speedH'].map((k) => [k, distribution(nums(k))]));
    const summary: Row[] = (['p10', 'median', 'p90'] as const).map((q) => ({
      id: `${q === 'median' ? 'median' : q} page`,
      values: Object.fromEntries([['family', ''], ['kind', ''], ['kb', null], ...Object.entries(dists).map(([k, d]) => [k, d[q]])]),
    }));
    // Story pages with a body to score (a header-only post's story is elsewhere: timed only).
    const storyRows = fixtureRows.filter((r) => r.values.kind === 'story' && typeof r.values.f1Ours === 'number');
    const meanOf = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);
    summary.push({
      id: 'story pages: mean F1',
      values: { family: '', kind: `${storyRows.length} pages`, f1Ours: meanOf(storyRows.map((r) => r.values.f1Ours as number)), f1Peer: meanOf(storyRows.map((r) => r.values.f1Peer as number)) },
    });
    summary.push({
      id: 'story pages: min F1',
      values: { family: '', kind: '', f1Ours: Math.min(...storyRows.map((r) => r.values.f1Ours as number)), f1Peer: Math.min(...storyRows.map((r) => r.values.f1Peer as number)) },
    });

    // Better, or both perfect (nothing beats 1.0: listed in the detail all the same).
    const f1 = (r: Row, k: string) => r.values[k] as number;
    const notBetter = storyRows.filter((r) => !(f1(r, 'f1Ours') > f1(r, 'f1Peer') || (f1(r, 'f1Ours') === 1 && f1(r, 'f1Peer') === 1)));
    const perfectTies = storyRows.filter((r) => f1(r, 'f1Ours') === 1 && f1(r, 'f1Peer') === 1);
    const worstMargin = storyRows.reduce<Row | null>((m, r) => (f1(r, 'f1Peer') === 1 ? m : !m || f1(r, 'f1Ours') - f1(r, 'f1Peer') < f1(m, 'f1Ours') - f1(m, 'f1Peer') ? r : m), null);
    const largeRow = rows.find((r) => r.id === large.id)!;
    // One budget per layout family (core/families.ts): the median of its pages' ratios, this run's.
    const familyBudgets: Budget[] = [...byFamily(fixtureRows, families)].map(([family, members]) => {
      const d = distribution(members.map((r) => r.values.speedJ).filter((v): v is number => typeof v === 'number'));
      const value = d.n ? d.median : null;
      return {
        id: `speedup-family-${family.replace(/[^a-z0-9-]+/gi, '-')}`,
        label: `extractPage ≥ ${SPEEDUP_BUDGET}× faster than Readability on the ${family} layout family (jsdom; median over its ${d.n} pages of per-page CPU-time ratios)`,
        value,
        limit: SPEEDUP_BUDGET,
        kind: 'min',
        unit: 'x',
        pass: value === null ? null : value >= SPEEDUP_BUDGET,
        detail: d.n ? `slowest page ${members.find((r) => r.values.speedJ === d.min)?.id} (×${d.min.toFixed(2)})` : undefined,
      };
    });
    const budgets: Budget[] = [
      {
        id: 'speedup-median-page',
        label: `extractPage ≥ ${SPEEDUP_BUDGET}× faster than Readability on the median fixture page (jsdom; median over ${dists.speedJ.n} pages of per-page time ratios)`,
        value: dists.speedJ.median,
        limit: SPEEDUP_BUDGET,
        kind: 'min',
        unit: 'x',
        pass: dists.speedJ.median >= SPEEDUP_BUDGET,
      },
      {
        id: 'speedup-large-page',
        label: `extractPage ≥ ${SPEEDUP_BUDGET}× faster than Readability on the large page (jsdom)`,
        value: largeRow.values.speedJ as number | null,
        limit: SPEEDUP_BUDGET,
        kind: 'min',
        unit: 'x',
        pass: typeof largeRow.values.speedJ === 'number' ? largeRow.values.speedJ >= SPEEDUP_BUDGET : null,
      },
      ...familyBudgets,
      {
        id: 'f1-every-story-page',
        label: `better body F1 than Readability on every story page (${storyRows.length} pages; a tie at a perfect 1.0 counts as met): pages where ours is not better`,
        value: notBetter.length,
        limit: 0,
        kind: 'max',
        unit: 'count',
        pass: notBetter.length === 0,
        detail: [
          notBetter.length ? `not better on: ${notBetter.map((r) => `${r.id} (${f1(r, 'f1Ours').toFixed(4)} vs ${f1(r, 'f1Peer').toFixed(4)})`).join(', ')}` : '',
          perfectTies.length ? `both exactly 1.0 on ${perfectTies.length}: ${perfectTies.map((r) => r.id).join(', ')}` : '',
          worstMargin ? `smallest lead elsewhere: ${worstMargin.id} (${f1(worstMargin, 'f1Ours').toFixed(4)} vs ${f1(worstMargin, 'f1Peer').toFixed(4)})` : '',
        ]
          .filter(Boolean)
          .join('; '),
      },
    ];

    notes.push(
      `Times are CPU time (process.cpuUsage, user + system: what the run costs, not how long it waited for a core on a loaded machine), medians of interleaved runs per page (${plan.page.minRounds}–${plan.page.maxRounds} rounds after ${plan.page.warmup} warm-up rounds; large page ${plan.large.minRounds}–${plan.large.maxRounds}), ×: Readability's median / ours (higher is better). Absolute ms are this machine's; only the ratios are budgeted.`,
      `Readability runs on a fresh deep clone of the parsed document each time (it changes the document; clone time not counted); extractPage on the parsed document itself (it changes nothing: checked on every page).`,
      `F1: body token F1 against the fixture's expected body (jsdom; happy-dom gives the same documents). Story pages: ours vs Readability's article textContent (0 when Readability finds no article). Index pages and the large page: ours only, mean over the expected stories; Readability is not scored there: it returns one article per page, and those pages hold several stories. Other kinds (not-story, masterpost, interstitial) and header-only story posts have no expected body: timed only.`,
      `Large page: ${large.posts} posts, ${large.comments} comments, ${(large.bytes / 1024).toFixed(0)} KB, made from the fixtures (bench/core/pages.ts); extractPage found ${largeFound}/${large.stories.length} of its stories, mean body F1 ${(acc.get(large.id)!.ours ?? 0).toFixed(4)}${ctx.quick ? '; happy-dom not timed on it in --quick' : ''}.`,
      `happy-dom: every ${HAPPY_DOM_EVERY}th fixture page (index % ${HAPPY_DOM_EVERY} = 0 in the pages' order), ${[...timings['happy-dom'].keys()].filter((id) => id !== large.id).length} pages${ctx.quick ? '' : ', and the large page'}; reported, not budgeted (its columns are empty on the other pages, its summary rows are over these). jsdom: every page.`,
      `Each DOM's batches of up to ${PAGES_PER_PROCESS} fixture pages, and the large page, in a process of their own: ${processesNote} (INKWELL_BENCH_JOBS). CPU time is each process's own: a neighbour process does not count in it.`,
    );

    return {
      id: 'extraction',
      title: this.title,
      columns: [
        { key: 'family', header: 'family', unit: 'text' },
        { key: 'kind', header: 'kind', unit: 'text' },
        { key: 'kb', header: 'KB', unit: 'count' },
        { key: 'oursJ', header: 'jsdom ours ms', unit: 'ms', better: 'lower' },
        { key: 'peerJ', header: 'Readab. ms', unit: 'ms' },
        { key: 'speedJ', header: '×', unit: 'x', better: 'higher' },
        { key: 'oursH', header: 'happy-dom ours ms', unit: 'ms', better: 'lower' },
        { key: 'peerH', header: 'Readab. ms', unit: 'ms' },
        { key: 'speedH', header: '×', unit: 'x', better: 'higher' },
        { key: 'f1Ours', header: 'F1 ours', unit: 'score', better: 'higher' },
        { key: 'f1Peer', header: 'F1 Readab.', unit: 'score' },
      ],
      rows,
      summary,
      budgets,
      notes,
    };
  },
};
