// Prints extraction's figures on the whole fixture set: `npm run score [-- --verbose] [-- --dom happy-dom]`.
import { JSDOM } from 'jsdom';
import { Window } from 'happy-dom';
import { extractPage } from '../utils/extract/index';
import { loadCases, loadPages, pageHtml, scoreCase, totals } from '../tests/support/evaluate';

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
const t = totals(results, cases);
console.log(`\n${dom}: ${t.cases} cases, ${t.stories} stories`);
console.log(`kind right: ${t.kindsRight}/${t.cases}`);
console.log(`stories missed: ${t.missedStories}, false stories: ${t.falseStories}`);
console.log(`fields exactly right: ${(100 * t.fieldAccuracy).toFixed(1)}%`);
console.log(`parts right: ${(100 * t.partAccuracy).toFixed(1)}%`);
console.log(`body token F1: mean ${t.meanF1.toFixed(4)}, min ${t.minF1.toFixed(4)}`);
console.log(`excluded strings in bodies: ${t.excludedLeaks}`);
