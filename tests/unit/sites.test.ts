/**
 * The site registry (utils/sites.ts) and what is read from it: every address shape a site lists reads
 * as its journal and entry, its own subdomains are never journals, the manifest asks for its hosts, and
 * every page style names real fixture pages that are read with that style.
 */

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadCases, loadPages, pageHtml } from '../../harness/fixture-cases';
import { userOfJournalLink } from '../../utils/extract/chrome';
import { locateStories } from '../../utils/extract/index';
import { ADAPTERS } from '../../utils/extract/posts';
import { JOURNAL_MATCHES } from '../../utils/hosts';
import { isSiteSubdomain, JOURNAL_SITES, RESERVED_SUBDOMAINS } from '../../utils/sites';
import { entryAddress, siteOfUrl } from '../../utils/url';

describe('the site registry', () => {
  for (const site of JOURNAL_SITES) {
    it(`${site.name}: its address shapes, its own hosts, its host permission`, () => {
      expect(site.urlShapes.length).toBeGreaterThan(0);
      for (const shape of site.urlShapes) {
        const url = shape.replace('DOMAIN', site.domain);
        expect(entryAddress(url), url).toEqual({ domain: site.domain, journal: 'some_name', itemId: 123 });
        expect(siteOfUrl(url), url).toBe(site.id);
      }
      for (const sub of RESERVED_SUBDOMAINS) {
        expect(isSiteSubdomain(site.domain, sub)).toBe(true);
        expect(entryAddress(`https://${sub}.${site.domain}/123.html`)).toBeNull();
        expect(userOfJournalLink(`https://${sub}.${site.domain}/profile`)).toBeNull();
      }
      expect(userOfJournalLink(`https://some-name.${site.domain}/profile`)).toBe('some_name');
      expect(JOURNAL_MATCHES).toContain(`*://*.${site.domain}/*`);
    });
  }
  it('has one row per id and per domain', () => {
    expect(new Set(JOURNAL_SITES.map((s) => s.id)).size).toBe(JOURNAL_SITES.length);
    expect(new Set(JOURNAL_SITES.map((s) => s.domain)).size).toBe(JOURNAL_SITES.length);
  });
});

describe('every page style names the fixtures it was written from', () => {
  const pages = loadPages();
  const cases = new Map(loadCases().map((c) => [c.id, c]));
  for (const style of ADAPTERS.flatMap((a) => a.styles)) {
    it(style.name, () => {
      expect(style.examples.length).toBeGreaterThan(0);
      for (const id of style.examples) {
        const c = cases.get(id);
        expect(c, `${id}: no such case in tests/fixtures/cases`).toBeDefined();
        const doc = new JSDOM(pageHtml(pages, c!.url), { url: c!.url }).window.document;
        const styles = locateStories(doc, c!.url).verdicts.map((v) => v.post.style);
        expect(styles, id).toContain(style.name);
      }
    });
  }
});
