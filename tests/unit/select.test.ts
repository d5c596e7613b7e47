/**
 * utils/extract/select.ts: extraction's own selector matching gives what the Selectors spec gives
 * (the DOM's own search from the document, cut to the root's descendants), on real fixture pages
 * with every selector the site styles use, and on the spec's corners: quirks-mode classes, HTML's
 * case-insensitive attribute values, `:first-of-type`, `:not()`, a combinator reaching above the root.
 */

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadPages, pageHtml } from '../../harness/fixture-cases';
import { isChromeAncestor } from '../../utils/extract/chrome';
import { collapse, hasNonSpaceText, openTag } from '../../utils/extract/dom';
import { ADAPTERS } from '../../utils/extract/posts';
import { classAttr, matchesParsed, memoInExtraction, parseSelector, selectParsed, withSearchIndex } from '../../utils/extract/select';

/** What the spec says `root.querySelectorAll(sel)` is: the document's matches under the root. */
const spec = (doc: Document, root: Document | Element, sel: string) => Array.from(doc.querySelectorAll(sel)).filter((e) => e !== root && root.contains(e));

const STYLE_SELECTORS = [
  ...new Set(
    ADAPTERS.flatMap((a) => a.styles.flatMap((s) => [s.post, ...s.body, ...(s.subject ?? []), ...(s.poster ?? []), ...(s.permalink ?? [])])).concat([
      'span.ljuser, span[lj\\:user], span[data-ljuser], .i-ljuser',
      'a[rel="tag"], .tag a, .ljtags a',
      '.poll-container, .ljpoll, .poll, lj-poll',
      '[id^="ljcmt"]',
      'a[href*="#cutid"], a[href*="cutid"]',
    ]),
  ),
];

describe('select.ts against the DOM’s own selector search', () => {
  const pages = loadPages();
  // The LJ light-2011 page (its post is <body>) and a spread of the rest (jsdom's own search is slow: not all of them).
  const sample = ['http://community.livejournal.com/pendragon_exchange/51872.html?format=light', ...Object.keys(pages).filter((_, i) => i % 40 === 0)];

  it.each(sample)('every site-style selector on %s', { timeout: 60_000 }, (url) => {
    const doc = new JSDOM(pageHtml(pages, url), { url }).window.document;
    const roots: (Document | Element)[] = [doc, doc.body, ...Array.from(doc.querySelectorAll('div, td')).filter((_, i) => i % 40 === 7)];
    let compared = 0;
    for (const sel of STYLE_SELECTORS) {
      const parsed = parseSelector(sel);
      if (!parsed) continue;
      for (const root of roots) {
        const want = spec(doc, root, sel);
        expect(selectParsed(root, parsed), `${sel} under <${(root as Element).localName ?? '#document'}>`).toEqual(want);
        // Within one extraction: from the walk's class and tag indexes.
        expect(
          withSearchIndex(() => selectParsed(root, parsed)),
          `${sel} under <${(root as Element).localName ?? '#document'}>, indexed`,
        ).toEqual(want);
        compared++;
      }
      for (const el of Array.from(doc.body.querySelectorAll('*')).filter((_, i) => i % 53 === 0)) expect(matchesParsed(el, parsed), sel).toBe(el.matches(sel));
    }
    expect(compared).toBeGreaterThan(STYLE_SELECTORS.length);
  });

  it('matches the spec’s corners', () => {
    const quirks = new JSDOM('<body><p class="Subject">a</p><table><tr><td><b>x</b><b>y</b></td></tr></table><input type="SUBMIT"><a rel="Tag" href="#">t</a></body>').window.document;
    expect(quirks.compatMode).toBe('BackCompat');
    const standards = new JSDOM('<!DOCTYPE html><body><p class="Subject">a</p><p>b</p><div><p>c</p></div></body>').window.document;
    for (const [doc, sel, root] of [
      [quirks, '.subject', quirks],
      [standards, '.subject', standards],
      [quirks, 'td > b:first-of-type', quirks.body],
      [quirks, 'input[type=submit]', quirks],
      [quirks, 'a[rel="tag"]', quirks],
      [standards, 'body > p:first-of-type', standards.body],
      [standards, 'body p', standards.querySelector('div')!],
      [standards, 'html > body > div > p', standards.querySelector('div')!],
      [standards, 'p:not(.subject)', standards],
      [quirks, 'p:not(.subject)', quirks],
      [standards, 'p:not(:first-of-type)', standards],
      [standards, 'body > :not(div, .subject)', standards],
      [standards, 'div :not(p)', standards],
    ] as [Document, string, Document | Element][]) {
      const want = spec(doc, root, sel);
      expect(
        withSearchIndex(() => selectParsed(root, parseSelector(sel)!)),
        sel,
      ).toEqual(want);
    }
    // A combinator above the root counts (jsdom's own search from <body> misses these).
    expect(selectParsed(standards.body, parseSelector('body > p:first-of-type')!).map((e) => e.textContent)).toEqual(['a']);
  });

  it('finds classes from the index as the DOM does: any element, each once, a class among others, quirks ignoring case', () => {
    const html = '<body><div class="entry entry">a</div><p class="x\tentry\ny">b</p><svg class="entry"><g class="Entry"></g></svg><div class="ENTRY"><span class="entry">c</span></div></body>';
    for (const doc of [new JSDOM(html).window.document, new JSDOM(`<!DOCTYPE html>${html}`).window.document]) {
      for (const root of [doc, doc.body, doc.querySelector('.ENTRY')!]) {
        const got = withSearchIndex(() => selectParsed(root, parseSelector('.entry')!));
        expect(got).toEqual(spec(doc, root, '.entry'));
        expect(new Set(got).size).toBe(got.length);
      }
    }
  });

  it('matches one selector list in a quirks-mode page and a standards page of one extraction, each by its own case rule', () => {
    const html = '<body><div class="Entry"><p class="TEXT x">a</p><p class="text">b</p></div><div class="entry"><p class="Text">c</p></div></body>';
    const quirks = new JSDOM(html).window.document;
    const standards = new JSDOM(`<!DOCTYPE html>${html}`).window.document;
    for (const sel of ['.entry .text', '.Entry > .TEXT', 'div.ENTRY p:not(.text)']) {
      const parsed = parseSelector(sel)!;
      withSearchIndex(() => {
        // The class index first (as an extraction makes it), in both orders of the two documents.
        for (const doc of [quirks, standards, quirks]) {
          selectParsed(doc, parseSelector('.entry')!);
          for (const el of Array.from(doc.querySelectorAll('p'))) expect(matchesParsed(el, parsed), `${sel} ${doc.compatMode} ${el.textContent}`).toBe(el.matches(sel));
        }
      });
    }
  });

  it('skips a selector whose class no element has, and reads each element’s class from the index as the DOM has it', () => {
    const doc = new JSDOM('<!DOCTYPE html><body><div class="tags x"><a href="#">t</a></div><svg class="pic"><g class="Leaf"></g></svg><p id="p">x</p></body>').window.document;
    for (const sel of ['.ljtags a, .tags a', '.post-tags a', 'div.tags a, .nowhere a', '.pic g, .leaf', 'p:not(.nowhere)', '.nowhere .tags a']) {
      expect(
        withSearchIndex(() => selectParsed(doc, parseSelector(sel)!)),
        sel,
      ).toEqual(spec(doc, doc, sel));
    }
    withSearchIndex(() => {
      selectParsed(doc, parseSelector('.tags')!);
      // (The SVG element's className is an object: its attribute all the same.)
      for (const el of Array.from(doc.querySelectorAll('*'))) expect(classAttr(el), el.localName).toBe(el.getAttribute('class') ?? '');
      // A root out of the document: its classes are in no index, and count.
      const detached = doc.createElement('div');
      detached.innerHTML = '<span class="only-here"><a>x</a></span>';
      expect(selectParsed(detached, parseSelector('.only-here a')!)).toHaveLength(1);
      expect(classAttr(detached.firstElementChild!)).toBe('only-here');
    });
  });

  it('dom.ts shortcuts answer as the long way does', () => {
    const doc = new JSDOM('<body><div id="a"> \n <i> </i><!-- c --><b>\u00a0</b></div><div id="b"><p> </p><p><i>w</i></p></div><div id="c"></div><svg id="d"><text> x </text></svg></body>').window
      .document;
    for (const id of ['a', 'b', 'c', 'd']) {
      const el = doc.getElementById(id)!;
      expect(hasNonSpaceText(el), id).toBe(/\S/.test(el.textContent ?? ''));
    }
    expect(openTag(doc.querySelector('i')!)).toBe('<i>');
    expect(openTag(doc.getElementById('b')!)).toBe('<div id="b">');
    for (const s of ['a b', ' a b ', 'a  b', 'a\tb', 'a\u00a0b', 'a\u200bb', 'a \u2003 b', '', '  ', 'a\nb']) {
      expect(collapse(s), JSON.stringify(s)).toBe(s.replace(/[\s\u00a0\u200b]+/g, ' ').trim());
    }
  });

  it('isChromeAncestor answers within an extraction (its answers kept) as outside one', () => {
    let chrome = 0;
    for (const url of sample.slice(0, 4)) {
      const doc = new JSDOM(pageHtml(pages, url), { url }).window.document;
      const all = Array.from(doc.querySelectorAll('*'));
      const want = all.map((el) => isChromeAncestor(el));
      chrome += want.filter(Boolean).length;
      // Asked from the leaves up and from the top down: the kept answers of one order serve the other.
      expect(
        withSearchIndex(() =>
          [...all]
            .reverse()
            .map((el) => isChromeAncestor(el))
            .reverse(),
        ),
        url,
      ).toEqual(want);
      expect(
        withSearchIndex(() => all.map((el) => isChromeAncestor(el))),
        url,
      ).toEqual(want);
    }
    // (Some of it is chrome: both answers are asked.)
    expect(chrome).toBeGreaterThan(0);
  });

  it('memoises a string function within one extraction only', () => {
    const asked: string[] = [];
    const upper = memoInExtraction((s: string) => {
      asked.push(s);
      return s.toUpperCase();
    });
    expect([upper('a'), upper('a')]).toEqual(['A', 'A']);
    expect(asked).toEqual(['a', 'a']);
    asked.length = 0;
    expect(withSearchIndex(() => [upper('a'), upper('b'), upper('a')])).toEqual(['A', 'B', 'A']);
    expect(asked).toEqual(['a', 'b']);
    // The next extraction (the next page) asks again: nothing is kept from the last.
    asked.length = 0;
    withSearchIndex(() => upper('a'));
    expect(asked).toEqual(['a']);
  });

  it('leaves what it does not match itself to the DOM', () => {
    for (const sel of ['div:not(a b)', 'p:not(:hover)', 'p:not(:not(a))', 'a + b', 'p ~ p', 'li:nth-child(2)', '[type="a" i]', '.a\\31 b', 'a:hover', 'a >', 'a,'])
      expect(parseSelector(sel), sel).toBeNull();
    for (const sel of ['*', 'span[lj\\:user]', "div[style*='margin-left: 30px'] font[size='+1'] b", 'td[colspan]', '.a.b#c', 'div.entry:not(.comment)', ':not(p, [id])'])
      expect(parseSelector(sel), sel).not.toBeNull();
  });
});
