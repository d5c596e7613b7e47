/**
 * The extraction bar on every fixture case (tests/fixtures/README.md), in two DOM
 * implementations: extractPage must give the same answers in jsdom and happy-dom, since it also
 * runs unchanged in content scripts and on DOMParser documents.
 */

import { Window } from 'happy-dom';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { type CaseResult, loadCases, loadPages, pageHtml, scoreCase, totals } from '../../harness/fixture-cases';
import { extractPage } from '../../utils/extract/index';

const pages = loadPages();
const cases = loadCases();

const parsers: Record<string, (html: string, url: string) => Document> = {
  jsdom: (html, url) => new JSDOM(html, { url }).window.document,
  'happy-dom': (html, url) => {
    const w = new Window({ url, settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
    return new w.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  },
};

for (const [name, parse] of Object.entries(parsers)) {
  describe(`extractPage on every fixture (${name})`, () => {
    const results: CaseResult[] = [];
    for (const c of cases) {
      it(c.id, () => {
        const html = pageHtml(pages, c.url);
        const doc = parse(html, c.url);
        const before = doc.documentElement.outerHTML;
        const got = extractPage(doc, c.url);
        // Pure: the page is left exactly as it was.
        expect(doc.documentElement.outerHTML).toBe(before);
        const r = scoreCase(c, got);
        results.push(r);
        // Per page: the right kind, no missed or false story, no excluded string, F1 ≥ 0.97.
        const hard = r.problems.filter((p) => /^kind|missed story|false story|excluded|body F1/.test(p) || / body F1 /.test(p));
        expect(hard).toEqual([]);
      });
    }
    it('meets the bar on the whole set', () => {
      expect(results.length).toBe(cases.length);
      const t = totals(results, cases);
      expect(t.missedStories).toBe(0);
      expect(t.falseStories).toBe(0);
      expect(t.fieldAccuracy).toBeGreaterThanOrEqual(0.98);
      expect(t.partAccuracy).toBe(1);
      expect(t.meanF1).toBeGreaterThanOrEqual(0.99);
      expect(t.minF1).toBeGreaterThanOrEqual(0.97);
      expect(t.excludedLeaks).toBe(0);
    });
  });
}
