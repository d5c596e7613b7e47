// @vitest-environment jsdom
/**
 * Every hostile vector (tests/fixtures/hostile/generate.ts) through the reader's one DOMPurify
 * configuration, alone and the way the reader gets it (the page parsed, extracted, its body
 * sanitised): nothing that runs, loads, navigates or styles survives, the prose around it does.
 * The browser suites (tests/e2e/hostile-*.e2e.ts) prove the same with the real reader.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it, vi } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { sanitizePostHtml } from '../../utils/sanitize';
import { HOSTILE_DIR, HOSTILE_MASTERPOST, hostilePages, hostileVectorsByPage, markerAfter, markerBefore, PWNED_HOST, section, VECTORS, type Vector } from '../fixtures/hostile/generate';

const BASE = 'https://hostile-ground.dreamwidth.org/101.html';

/** Elements the reader may show. Anything else in a sanitised post is a failure. */
const ALLOWED_TAGS = new Set([
  'a',
  'abbr',
  'acronym',
  'address',
  'b',
  'bdi',
  'bdo',
  'big',
  'blink',
  'blockquote',
  'br',
  'caption',
  'center',
  'cite',
  'code',
  'col',
  'colgroup',
  'dd',
  'del',
  'details',
  'dfn',
  'div',
  'dl',
  'dt',
  'em',
  'figcaption',
  'figure',
  'font',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'hr',
  'i',
  'img',
  'ins',
  'kbd',
  'li',
  'mark',
  'ol',
  'p',
  'pre',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strike',
  'strong',
  'sub',
  'summary',
  'sup',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'tt',
  'u',
  'ul',
  'var',
  'wbr',
  'time',
  'article',
  'aside',
  'section',
  'header',
  'footer',
  'nav',
  'main',
  'hgroup',
  'marquee',
  'ruby',
  'rp',
  'rt',
  'data',
  'label',
  'legend',
  'fieldset',
  'map',
  'area',
  'meter',
  'progress',
  'output',
  'picture',
  'shadow',
  'spacer',
  'content',
  'element',
]);
const ALLOWED_ATTRS = new Set([
  'href',
  'src',
  'alt',
  'title',
  'colspan',
  'rowspan',
  'lang',
  'dir',
  'datetime',
  'cite',
  'start',
  'type',
  'width',
  'height',
  'target',
  'rel',
  'loading',
  'decoding',
  'referrerpolicy',
]);
/** The URLs a browser follows or loads: absolute http(s) (or mailto) only. (`src` on an `<a>` does nothing.) */
const isLiveUrl = (tag: string, attr: string) => (attr === 'href' && (tag === 'a' || tag === 'area')) || (attr === 'src' && tag === 'img');

/** Every way a sanitised fragment could still run, load, navigate or restyle: [] when clean. */
function problems(frag: DocumentFragment | Element): string[] {
  const out: string[] = [];
  for (const el of Array.from(frag.querySelectorAll('*'))) {
    const tag = el.localName;
    if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') out.push(`<${tag}> in ${el.namespaceURI}`);
    if (!ALLOWED_TAGS.has(tag)) out.push(`<${tag}>`);
    for (const a of Array.from(el.attributes)) {
      const name = a.name.toLowerCase();
      if (name.startsWith('on')) out.push(`${tag}[${name}] handler`);
      else if (!ALLOWED_ATTRS.has(name)) out.push(`${tag}[${name}]`);
      if (isLiveUrl(tag, name) && !/^(?:https?:\/\/|mailto:)/i.test(a.value)) out.push(`${tag}[${name}=${a.value.slice(0, 40)}]`);
      if (/javascript:|vbscript:|data:|expression\(/i.test(a.value)) out.push(`${tag}[${name}] holds ${a.value.slice(0, 40)}`);
      if (a.value.includes(PWNED_HOST)) out.push(`${tag}[${name}] loads ${a.value}`);
    }
    if (tag === 'a' && el.hasAttribute('href') && (el.getAttribute('target') !== '_blank' || !/\bnoopener\b/.test(el.getAttribute('rel') ?? ''))) {
      out.push('a link that could reach the page (no target=_blank rel=noopener)');
    }
  }
  return out;
}

const render = (html: string, baseUrl = BASE) => {
  const div = document.createElement('div');
  div.append(sanitizePostHtml(html, { baseUrl }));
  return div;
};

/** Sanitised sections: the nodes between a vector's marker and the next vector's. */
function sectionsOf(root: Element): Map<string, Element[]> {
  const map = new Map<string, Element[]>();
  let current = '(before any vector)';
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (n.nodeType === 3) {
      const m = /^\[(v\d+)\]/.exec((n as Text).data.trim());
      if (m) current = m[1];
    } else {
      if (!map.has(current)) map.set(current, []);
      map.get(current)!.push(n as Element);
    }
  }
  return map;
}

describe('the hostile fixtures', () => {
  it('are what generate.ts generates (regenerate with: npx tsx tests/fixtures/hostile/generate.ts)', () => {
    const pages = hostilePages();
    const json = JSON.parse(readFileSync(join(HOSTILE_DIR, 'pages.json'), 'utf8')) as Record<string, string>;
    expect(Object.keys(json).sort()).toEqual(Object.keys(pages).sort());
    for (const [url, { file, html }] of Object.entries(pages)) {
      expect(json[url]).toBe(file);
      expect(readFileSync(join(HOSTILE_DIR, file), 'utf8'), file).toBe(html);
    }
  });

  it('have at least 60 vectors, each with its own id, armed (it leaves a trace if it ever runs or loads)', () => {
    expect(new Set(VECTORS.map((v) => v.id)).size).toBe(VECTORS.length);
    const armed = VECTORS.filter((v) => v.html.includes(PWNED_HOST) || v.html.includes('__pwned') || v.html.includes('fromCharCode') || v.html.includes('atob(') || /&#/.test(v.html));
    expect(armed.length).toBeGreaterThanOrEqual(60);
    for (const cat of ['script', 'handler', 'url', 'embed', 'navigation', 'css', 'mxss', 'broken', 'clobbering']) {
      expect(
        VECTORS.some((v) => v.category === cat),
        cat,
      ).toBe(true);
    }
  });

  it('put every vector on a part page once, and every part is a story extraction keeps whole', () => {
    const byPage = hostileVectorsByPage();
    const onParts = [...byPage.entries()].filter(([u]) => !u.endsWith('/200.html')).flatMap(([, vs]) => vs.map((v) => v.id));
    expect(onParts.sort()).toEqual(VECTORS.map((v) => v.id).sort());
    const pages = hostilePages();
    for (const [url, vectors] of byPage) {
      const ex = extractPage(new JSDOM(pages[url].html, { url }).window.document, url);
      expect(ex.kind, url).toBe('story');
      const body = ex.stories[0].bodyText;
      for (const v of vectors) {
        expect(body, `${v.id} (${v.name}) before`).toContain(markerBefore(v));
        if (!v.eatsRest) expect(body, `${v.id} (${v.name}) after`).toContain(markerAfter(v));
      }
    }
    const master = extractPage(new JSDOM(pages[HOSTILE_MASTERPOST].html, { url: HOSTILE_MASTERPOST }).window.document, HOSTILE_MASTERPOST);
    expect(master.kind).toBe('masterpost');
    expect(master.stories[0].partLinks.length).toBe(byPage.size - 1);
  });
});

describe('sanitizePostHtml against every vector', () => {
  it.each(VECTORS.map((v) => [`${v.id} ${v.name}`, v] as [string, Vector]))('%s: nothing that runs, loads or styles survives; the prose does', (_name, v) => {
    const out = render(section(v));
    expect(problems(out), v.html).toEqual([]);
    // (Attribute values may hold markup as text: the DOM check above is the one that counts.)
    expect(out.querySelector('script, style, [style]')).toBeNull();
    expect(out.textContent).toContain(markerBefore(v));
    if (!v.eatsRest) expect(out.textContent).toContain(markerAfter(v));
  });

  it('every vector at once, with images off too', () => {
    const all = VECTORS.map(section).join('\n');
    expect(problems(render(all))).toEqual([]);
    const div = document.createElement('div');
    div.append(sanitizePostHtml(all, { baseUrl: BASE, loadImages: false }));
    expect(problems(div)).toEqual([]);
    expect(div.querySelector('img')).toBeNull();
  });
});

describe('the nodes sanitizePostHtml returns', () => {
  it('are fresh: made by the window’s document, never the nodes parsed from the post', () => {
    // In Chrome, parsing `<img onerror>` in a content script gives the element a handler in the page's
    // world that removing the attribute (from the script's world) does not take away: a parsed node may
    // carry a handler no attribute shows. Only nodes created afresh are known to have none.
    const made = new WeakSet<Node>();
    const createElementNS = document.createElementNS.bind(document);
    const createTextNode = document.createTextNode.bind(document);
    const spies = [
      vi.spyOn(document, 'createElementNS').mockImplementation(((ns: string, name: string) => {
        const el = createElementNS(ns, name);
        made.add(el);
        return el;
      }) as typeof document.createElementNS),
      vi.spyOn(document, 'createTextNode').mockImplementation((data: string) => {
        const t = createTextNode(data);
        made.add(t);
        return t;
      }),
    ];
    try {
      const frag = sanitizePostHtml(VECTORS.map(section).join('\n'), { baseUrl: BASE });
      const walker = document.createTreeWalker(frag, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
      let n = 0;
      for (let node = walker.nextNode(); node; node = walker.nextNode(), n++) expect(made.has(node), (node as Element).outerHTML ?? node.textContent).toBe(true);
      expect(n).toBeGreaterThan(300);
    } finally {
      for (const s of spies) s.mockRestore();
    }
  });
});

describe('the reader’s path: page parsed, extracted, body sanitised', () => {
  const pages = hostilePages();
  for (const [url, vectors] of hostileVectorsByPage()) {
    it(`${url.split('/').pop()}: ${vectors.map((v) => v.id).join(' ')}`, () => {
      // DOMParser in the reader; jsdom here (scripts off either way).
      const doc = new JSDOM(pages[url].html, { url }).window.document;
      const post = extractPage(doc, url).stories[0];
      const out = render(post.bodyHtml, url);
      const bySection = sectionsOf(out);
      for (const [id, els] of bySection) {
        const wrapper = document.createElement('div');
        for (const el of els) if (!els.some((o) => o !== el && o.contains(el))) wrapper.append(el.cloneNode(true));
        expect(problems(wrapper), `section ${id}`).toEqual([]);
      }
      expect(out.querySelector('script, style, [style]')).toBeNull();
      for (const v of vectors) {
        expect(out.textContent, v.id).toContain(markerBefore(v));
        if (!v.eatsRest) expect(out.textContent, v.id).toContain(markerAfter(v));
      }
    });
  }
});
