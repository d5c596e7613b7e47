/**
 * Scores extractPage against the fixtures' ground truth (tests/fixtures/README.md): story
 * detection, kind, URLs, authors, every field, parts, body token F1 and excluded strings.
 * Used by the fixture test (which asserts the bar) and by `npm run score` (which prints it).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageExtraction, StoryPost } from '../utils/extract/types';
import { giftOf, withoutGift } from '../utils/url';
import { FIXTURES as TEST_FIXTURES } from './paths';
import type { StitchTruth } from './stitch-truth';

// INKWELL_FIXTURES=DIR scores another corpus of the same schema (a held-out set kept outside the tests).
export const FIXTURES = process.env.INKWELL_FIXTURES ?? TEST_FIXTURES;
/** Whether FIXTURES is another corpus than our own (a suite our own fixtures must fill may be empty there). */
export const HELD_OUT = FIXTURES !== TEST_FIXTURES;

export interface CaseStory {
  url: string;
  author: string;
  journal: string;
  fields: Record<string, string>;
  part: { index: number; total: number | null } | null;
  complete: boolean;
  bodyFile?: string;
  exclude?: string[];
  /** A header-only story post: empty body; where the story is (tests/fixtures/README.md). */
  headerOnly?: boolean;
  elsewhere?: string[];
  partLinks?: string[];
  /** A story in a comment thread (a kink-meme fill): `partLinks` are its other parts' permalinks, in reading order, compared exactly. */
  comment?: boolean;
}

export interface FixtureCase {
  id: string;
  url: string;
  site: string;
  kind: string;
  stories: CaseStory[];
  /** Every part in reading order, the ones that cannot be read named in `missing` (harness/stitch-truth.ts). */
  stitched?: StitchTruth;
}

export function loadPages(): Record<string, string> {
  return JSON.parse(readFileSync(join(FIXTURES, 'pages.json'), 'utf8'));
}

export function loadCases(): FixtureCase[] {
  return readdirSync(join(FIXTURES, 'cases'))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => JSON.parse(readFileSync(join(FIXTURES, 'cases', f), 'utf8')));
}

export function pageHtml(pages: Record<string, string>, url: string): string {
  const file = pages[url] ?? pages[url.split('?')[0]];
  if (!file) throw new Error(`no page for ${url} in pages.json`);
  return readFileSync(join(FIXTURES, file), 'utf8');
}

export function readBody(file: string): string {
  return readFileSync(join(FIXTURES, file), 'utf8');
}

/** How many of `got`'s whitespace-separated tokens are also in `want` (as multisets), and both counts. */
function tokenOverlap(got: string, want: string): { overlap: number; got: number; want: number } {
  const a = got.split(/\s+/).filter(Boolean);
  const b = want.split(/\s+/).filter(Boolean);
  const counts = new Map<string, number>();
  for (const t of b) counts.set(t, (counts.get(t) ?? 0) + 1);
  let overlap = 0;
  for (const t of a) {
    const n = counts.get(t) ?? 0;
    if (n > 0) {
      overlap++;
      counts.set(t, n - 1);
    }
  }
  return { overlap, got: a.length, want: b.length };
}

/** Multiset overlap of whitespace-separated tokens. */
export function tokenF1(got: string, want: string): number {
  const { overlap, got: a, want: b } = tokenOverlap(got, want);
  if (!a && !b) return 1;
  if (!overlap) return 0;
  const p = overlap / a;
  const r = overlap / b;
  return (2 * p * r) / (p + r);
}

/** Share of `want`'s tokens found in `got` (as multisets): 1 when nothing is wanted. */
export function tokenRecall(got: string, want: string): number {
  const { overlap, want: b } = tokenOverlap(got, want);
  return b ? overlap / b : 1;
}

export interface CaseResult {
  id: string;
  problems: string[];
  fieldsRight: number;
  fieldsTotal: number;
  partsRight: number;
  partsTotal: number;
  f1: number[];
  missedStories: number;
  falseStories: number;
  excludedLeaks: number;
  /** Header-only stories whose `elsewhere` and `partLinks` are exactly the expected links. */
  linksRight: number;
  linksTotal: number;
  /** Comment stories whose part links are exactly the expected permalinks, in order. */
  commentLinksRight: number;
  commentLinksTotal: number;
}

export function scoreCase(c: FixtureCase, got: PageExtraction): CaseResult {
  const r: CaseResult = {
    id: c.id,
    problems: [],
    fieldsRight: 0,
    fieldsTotal: 0,
    partsRight: 0,
    partsTotal: 0,
    f1: [],
    missedStories: 0,
    falseStories: 0,
    excludedLeaks: 0,
    linksRight: 0,
    linksTotal: 0,
    commentLinksRight: 0,
    commentLinksTotal: 0,
  };
  if (got.kind !== c.kind) r.problems.push(`kind ${got.kind} ≠ ${c.kind}`);
  if (got.site !== c.site) r.problems.push(`site ${got.site} ≠ ${c.site}`);
  const norm = (u: string) => u.replace(/\/$/, '');
  // Several stories may share an entry's URL: matched in the page's order.
  const byUrl = new Map<string, StoryPost[]>();
  for (const s of got.stories) byUrl.set(norm(s.url), [...(byUrl.get(norm(s.url)) ?? []), s]);
  // A swap's reveals post holds each gift in full, the gifts past the first at `#gift-N` (utils/url.ts giftUrl): a case
  // that gives them so is matched exactly; one that gives every gift the entry's URL (written before gifts had URLs of
  // their own: the held-out corpora) takes the entry's gifts in the page's order, as it always did.
  const giftOfEntry = (url: string) => {
    for (const [u, list] of byUrl) if (withoutGift(u) === url && u !== url && list.length) return list.shift();
    return undefined;
  };
  for (const want of c.stories) {
    const s = byUrl.get(norm(want.url))?.shift() ?? (giftOf(want.url) === null ? giftOfEntry(norm(want.url)) : undefined);
    // Every field is counted, found or not, so a missed story costs its fields too.
    r.fieldsTotal += Object.keys(want.fields).length;
    r.partsTotal++;
    if (!s) {
      r.missedStories++;
      r.problems.push(`missed story ${want.url} (got ${got.stories.map((x) => x.url).join(', ') || 'none'})`);
      if (want.bodyFile || want.headerOnly) r.f1.push(0);
      if (want.headerOnly) r.linksTotal++;
      if (want.comment) r.commentLinksTotal++;
      continue;
    }
    if (s.author !== want.author) r.problems.push(`${want.url}: author ${s.author} ≠ ${want.author}`);
    if (s.journal !== want.journal) r.problems.push(`${want.url}: journal ${s.journal} ≠ ${want.journal}`);
    if (s.complete !== want.complete) r.problems.push(`${want.url}: complete ${s.complete} ≠ ${want.complete}`);
    for (const [k, v] of Object.entries(want.fields)) {
      const g = (s.fields as Record<string, string | undefined>)[k];
      if (g === v) r.fieldsRight++;
      else r.problems.push(`${want.url}: field ${k} ${JSON.stringify(g)} ≠ ${JSON.stringify(v)}`);
    }
    for (const k of Object.keys(s.fields)) {
      if (!(k in want.fields) && k !== 'title') r.problems.push(`${want.url}: extra field ${k}=${JSON.stringify((s.fields as Record<string, string>)[k])}`);
    }
    if (JSON.stringify(s.part) === JSON.stringify(want.part)) r.partsRight++;
    else r.problems.push(`${want.url}: part ${JSON.stringify(s.part)} ≠ ${JSON.stringify(want.part)}`);
    if (want.headerOnly) {
      // The story is elsewhere: no body, and exactly the links to where it is.
      const f1 = tokenF1(s.bodyText, '');
      r.f1.push(f1);
      if (f1 < 0.97) r.problems.push(`${want.url}: body of a header-only post is not empty`);
      const set = (urls: string[]) => JSON.stringify([...new Set(urls.map(norm))].sort());
      const gotElsewhere = set((s.elsewhere ?? []).map((l) => l.url));
      const gotParts = set(s.partLinks.map((l) => l.url));
      r.linksTotal++;
      // partLinks only where the case lists them (another corpus may give them as `stitched` instead).
      const partsRight = !want.partLinks || gotParts === set(want.partLinks);
      if (gotElsewhere === set(want.elsewhere ?? []) && partsRight) r.linksRight++;
      else r.problems.push(`${want.url}: elsewhere ${gotElsewhere} ≠ ${set(want.elsewhere ?? [])} or partLinks ${gotParts} ≠ ${set(want.partLinks ?? [])}`);
    }
    if (want.comment) {
      // A fill's other parts on the page, in reading order: the order is what the walk decides.
      const gotLinks = JSON.stringify(s.partLinks.map((l) => l.url));
      r.commentLinksTotal++;
      if (gotLinks === JSON.stringify(want.partLinks ?? [])) r.commentLinksRight++;
      else r.problems.push(`${want.url}: partLinks ${gotLinks} ≠ ${JSON.stringify(want.partLinks ?? [])}`);
    }
    if (want.bodyFile) {
      const f1 = tokenF1(s.bodyText, readBody(want.bodyFile));
      r.f1.push(f1);
      if (f1 < 0.97) r.problems.push(`${want.url}: body F1 ${f1.toFixed(3)}`);
    }
    for (const x of want.exclude ?? []) {
      if (s.bodyText.includes(x)) {
        r.excludedLeaks++;
        r.problems.push(`${want.url}: body contains excluded ${JSON.stringify(x)}`);
      }
    }
  }
  for (const s of [...byUrl.values()].flat()) {
    r.falseStories++;
    r.problems.push(`false story ${s.url} (${s.fields.title ?? s.subject})`);
  }
  return r;
}

export interface Totals {
  cases: number;
  stories: number;
  missedStories: number;
  falseStories: number;
  fieldAccuracy: number;
  partAccuracy: number;
  meanF1: number;
  minF1: number;
  excludedLeaks: number;
  kindsRight: number;
  linksRight: number;
  linksTotal: number;
  commentLinksRight: number;
  commentLinksTotal: number;
  /** Detection over the stories of these cases: found / expected, true / reported. */
  recall: number;
  precision: number;
}

export function totals(results: CaseResult[], cases: FixtureCase[]): Totals {
  const sum = (f: (r: CaseResult) => number) => results.reduce((n, r) => n + f(r), 0);
  const f1s = results.flatMap((r) => r.f1);
  const ids = new Set(results.map((r) => r.id));
  const stories = cases.filter((c) => ids.has(c.id)).reduce((n, c) => n + c.stories.length, 0);
  const missed = sum((r) => r.missedStories);
  const falses = sum((r) => r.falseStories);
  return {
    cases: results.length,
    stories,
    missedStories: sum((r) => r.missedStories),
    falseStories: sum((r) => r.falseStories),
    fieldAccuracy:
      sum((r) => r.fieldsRight) /
      Math.max(
        1,
        sum((r) => r.fieldsTotal),
      ),
    partAccuracy:
      sum((r) => r.partsRight) /
      Math.max(
        1,
        sum((r) => r.partsTotal),
      ),
    meanF1: f1s.reduce((a, b) => a + b, 0) / Math.max(1, f1s.length),
    minF1: f1s.length ? Math.min(...f1s) : 1,
    excludedLeaks: sum((r) => r.excludedLeaks),
    kindsRight: results.filter((r) => !r.problems.some((p) => p.startsWith('kind '))).length,
    linksRight: sum((r) => r.linksRight),
    linksTotal: sum((r) => r.linksTotal),
    commentLinksRight: sum((r) => r.commentLinksRight),
    commentLinksTotal: sum((r) => r.commentLinksTotal),
    recall: stories ? (stories - missed) / stories : 1,
    precision: stories - missed + falses ? (stories - missed) / (stories - missed + falses) : 1,
  };
}
