// Prints extraction's figures on the whole fixture set: `npm run score [-- --verbose] [-- --dom happy-dom] [-- ID-PART]`.
// When tests/fixtures/sets.json names subsets of the cases ({"name": [case ids]}), the figures are
// printed for the whole set, for each subset and for the cases in none of them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { type CaseResult, FIXTURES, type FixtureCase, loadCases, loadPages, pageHtml, scoreCase, totals } from '../harness/fixture-cases';
import { extractPage } from '../utils/extract/index';

const args = process.argv.slice(2);
const verbose = args.includes('--verbose') || args.includes('-v');
const dom = args.includes('happy-dom') ? 'happy-dom' : 'jsdom';
const only = args.find((a) => !a.startsWith('-') && a !== 'happy-dom' && a !== 'jsdom');

function parse(html: string, url: string): Document {
  if (dom === 'happy-dom') {
    const w = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  }
  return new JSDOM(html, { url }).window.document;
}

const pages = loadPages();
const cases = loadCases().filter((c) => !only || c.id.includes(only));
const results = cases.map((c) => scoreCase(c, extractPage(parse(pageHtml(pages, c.url), c.url), c.url)));
for (const r of results) {
  if (r.problems.length || verbose) {
    console.log(`${r.problems.length ? '✗' : '✓'} ${r.id}`);
    for (const p of r.problems) console.log(`    ${p}`);
  }
}

function report(name: string, rs: CaseResult[], cs: FixtureCase[]) {
  if (!rs.length) return;
  const t = totals(rs, cs);
  console.log(`\n${name}: ${t.cases} cases, ${t.stories} stories`);
  console.log(`kind right: ${t.kindsRight}/${t.cases}`);
  console.log(`stories missed: ${t.missedStories}, false stories: ${t.falseStories} (detection recall ${t.recall.toFixed(3)}, precision ${t.precision.toFixed(3)})`);
  console.log(`fields exactly right: ${(100 * t.fieldAccuracy).toFixed(1)}%`);
  console.log(`parts right: ${(100 * t.partAccuracy).toFixed(1)}%`);
  console.log(`body token F1: mean ${t.meanF1.toFixed(4)}, min ${t.minF1.toFixed(4)}`);
  if (t.linksTotal) console.log(`header-only posts with exactly their story links: ${t.linksRight}/${t.linksTotal}`);
  if (t.commentLinksTotal) console.log(`comment stories with exactly their parts' permalinks, in order: ${t.commentLinksRight}/${t.commentLinksTotal}`);
  console.log(`excluded strings in bodies: ${t.excludedLeaks}`);
}

report(dom, results, cases);
const setsFile = join(FIXTURES, 'sets.json');
if (existsSync(setsFile) && !only) {
  const sets = JSON.parse(readFileSync(setsFile, 'utf8')) as Record<string, string[]>;
  const inSome = new Set(Object.values(sets).flat());
  for (const [name, ids] of Object.entries(sets)) {
    const want = new Set(ids);
    report(
      `${dom}, ${name}`,
      results.filter((r) => want.has(r.id)),
      cases.filter((c) => want.has(c.id)),
    );
  }
  report(
    `${dom}, in no subset`,
    results.filter((r) => !inSome.has(r.id)),
    cases.filter((c) => !inSome.has(c.id)),
  );
}
