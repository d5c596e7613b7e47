/**
 * Layouts no adapter lists: with every site adapter taken away, the fallbacks alone (the densest
 * block of text on an entry page, the posts around entry permalinks on a multi-post page) still
 * read the fixture pages. Not the bar (the adapters are), a floor for pages nobody has seen.
 */

import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCases, loadPages, pageHtml, scoreCase } from '../../harness/fixture-cases';
import { extractPage } from '../../utils/extract/index';
import { ADAPTERS } from '../../utils/extract/posts';

const saved = [...ADAPTERS];
beforeAll(() => void ADAPTERS.splice(0, ADAPTERS.length));
afterAll(() => void ADAPTERS.splice(0, ADAPTERS.length, ...saved));

const pages = loadPages();
const run = (kind: string) =>
  loadCases()
    .filter((c) => c.kind === kind)
    .map((c) => scoreCase(c, extractPage(new JSDOM(pageHtml(pages, c.url), { url: c.url }).window.document, c.url)));

describe('with no site adapter at all', () => {
  it('multi-post pages: most read whole, and no false story', () => {
    const results = run('index');
    const whole = results.filter((r) => !r.problems.length).length;
    expect(results.reduce((n, r) => n + r.falseStories, 0)).toBe(0);
    expect(whole / results.length).toBeGreaterThanOrEqual(0.8);
  });
  it('entry pages: every story found, bodies nearly whole', () => {
    const results = run('story');
    const missed = results.reduce((n, r) => n + r.missedStories, 0);
    const f1 = results.flatMap((r) => r.f1);
    expect(missed / results.length).toBeLessThanOrEqual(0.05);
    expect(f1.reduce((a, b) => a + b, 0) / f1.length).toBeGreaterThanOrEqual(0.95);
  });
});
