// Integrity checks for the shared fixture corpus (tests/fixtures/README.md, "The checks every case passes").
// Walks every case in tests/fixtures/cases/ and checks its ground truth against the page it describes.
// Deliberately independent of the extraction code: nothing here is imported from utils/.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { JOURNAL_SITES } from '../../utils/sites';
import { giftUrl, unwrapWayback } from '../../utils/url';

const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures');

// A case's site is one of the registry's journal sites, or a Wayback copy.
const SITES: string[] = [...JOURNAL_SITES.map((s) => s.id), 'wayback'];
const KINDS = ['story', 'not-story', 'index', 'masterpost', 'interstitial'];
const FIELD_KEYS = [
  'title',
  'author',
  'fandom',
  'pairing',
  'characters',
  'rating',
  'warnings',
  'wordCount',
  'summary',
  'disclaimer',
  'notes',
  'beta',
  'spoilers',
  'prompt',
  'dedication',
  'series',
  'genre',
];

interface Story {
  url: string;
  author: string;
  journal: string;
  fields: Record<string, string>;
  part: { index: number; total: number | null } | null;
  complete: boolean;
  bodyFile?: string;
  exclude?: string[];
  /** A header-only story post: the story is elsewhere (tests/fixtures/README.md). */
  headerOnly?: boolean;
  elsewhere?: string[];
  partLinks?: string[];
  /** A story in a comment thread: its URL is the comment's permalink. */
  comment?: boolean;
}

interface Case {
  id: string;
  url: string;
  site: string;
  kind: string;
  stories: Story[];
  stitched?: { parts: string[]; missing?: { url: string; reason: string }[]; bodyFiles?: (string | null)[] };
}

// The reasons a part that cannot be read may be missing for in the truth: what a saved page can say of itself (the
// stitcher's own names, utils/extract/unreadable.ts). A timeout or a server error is a fault of the moment, no truth of a page.
const MISSING_REASONS = ['login', 'locked', 'not-found', 'adult-gate', 'not-story'];

/** Collapse every run of whitespace (including no-break spaces) to one space and trim. */
const collapse = (s: string): string => s.replace(/[\s\u00a0]+/g, ' ').trim();

// Elements whose boundaries separate words when rendered (so "a<br>b" reads "a b", not "ab").
const BREAKING = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'CAPTION',
  'CENTER',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'OPTION',
  'P',
  'PRE',
  'SECTION',
  'SELECT',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'BUTTON',
  'INPUT',
  'IMG',
  'LABEL',
]);

/** The page's visible text: scripts, styles and noscript dropped, entities decoded, whitespace collapsed. */
function visibleText(html: string): string {
  const dom = new JSDOM(html);
  const doc = dom.window.document;
  doc.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  const out: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeType === 3) {
      out.push((node as Text).data);
      return;
    }
    if (node.nodeType !== 1) return;
    const tag = (node as Element).tagName.toUpperCase();
    const breaks = BREAKING.has(tag);
    if (breaks) out.push(' ');
    node.childNodes.forEach(walk);
    if (breaks) out.push(' ');
  };
  if (doc.body) walk(doc.body);
  const text = collapse(out.join(''));
  dom.window.close();
  return text;
}

const readJson = <T>(rel: string): T => JSON.parse(readFileSync(join(FIXTURES, rel), 'utf8')) as T;

/** Body paragraphs: separated by one blank line, trimmed, inner whitespace collapsed. */
function paragraphs(body: string): string[] {
  return body
    .replace(/\r\n/g, '\n')
    .split(/\n[ \t]*\n/)
    .map(collapse)
    .filter((p) => p.length > 0);
}

const pages = readJson<Record<string, string>>('pages.json');
/** The redirects the sites answer (redirects.json, beside pages.json): URL (as fetched: https) → where it leads. */
const redirects = existsSync(join(FIXTURES, 'redirects.json')) ? readJson<Record<string, string>>('redirects.json') : {};
const redirected = (url: string) => `https:${url.slice(url.indexOf(':') + 1)}` in redirects;
const caseFiles = readdirSync(join(FIXTURES, 'cases'))
  .filter((f) => f.endsWith('.json'))
  .sort();

const pageCache = new Map<string, { raw: string; text: string; rawCollapsed: string }>();
function loadPage(rel: string) {
  let page = pageCache.get(rel);
  if (!page) {
    const raw = readFileSync(join(FIXTURES, rel), 'utf8');
    page = { raw, text: visibleText(raw), rawCollapsed: collapse(raw) };
    pageCache.set(rel, page);
  }
  return page;
}

describe('fixture corpus', () => {
  it('has cases', () => {
    expect(caseFiles.length).toBeGreaterThan(0);
  });

  it('maps every pages.json URL to an existing page file', () => {
    const missing = Object.entries(pages)
      .filter(([, rel]) => !existsSync(join(FIXTURES, rel)))
      .map(([url, rel]) => `${url} -> ${rel}`);
    expect(missing).toEqual([]);
  });

  it('has unique case ids matching their file names', () => {
    const ids = caseFiles.map((f) => readJson<Case>(`cases/${f}`).id);
    expect(new Set(ids).size).toBe(ids.length);
    caseFiles.forEach((f, i) => expect(ids[i], f).toBe(f.replace(/\.json$/, '')));
  });
});

describe.each(caseFiles)('case %s', (file) => {
  const c = readJson<Case>(`cases/${file}`);
  const pageRel = pages[c.url];

  it('has a well-formed header (site, kind, stories)', () => {
    expect(SITES).toContain(c.site);
    expect(KINDS).toContain(c.kind);
    expect(Array.isArray(c.stories)).toBe(true);
    if (c.kind === 'not-story' || c.kind === 'interstitial') expect(c.stories).toHaveLength(0);
    // A story page holds one story; a swap's reveals post holds each gift in full (utils/extract/sections.ts), each at its
    // ordinal's address in the entry (the first at the entry's own, the others at `#gift-N`: utils/url.ts giftUrl).
    if (c.kind === 'story') expect(c.stories.length === 1 || (c.stories.length > 1 && c.stories.every((s, i) => s.url === giftUrl(c.stories[0].url, i + 1) && !s.part))).toBe(true);
    if (c.kind === 'index') expect(c.stories.length).toBeGreaterThan(0);
    if (c.site === 'wayback') expect(c.url).toMatch(/^https?:\/\/web\.archive\.org\/web\/\d+/);
  });

  it('has its page in pages.json and on disk', () => {
    expect(pageRel, `no pages.json entry for ${c.url}`).toBeTruthy();
    expect(existsSync(join(FIXTURES, pageRel)), pageRel).toBe(true);
  });

  if (c.kind === 'masterpost') {
    it('masterpost: exactly one story, without bodyFile', () => {
      expect(c.stories).toHaveLength(1);
      expect(c.stories[0].bodyFile).toBeUndefined();
      expect(c.stories[0].part).toBeNull();
      expect(c.stories[0].complete).toBe(false);
      expect(c.stitched?.parts.length ?? 0).toBeGreaterThan(0);
    });
  }

  if (c.kind === 'index') {
    it('index: stories have distinct URLs', () => {
      const urls = c.stories.map((s) => s.url);
      expect(new Set(urls).size).toBe(urls.length);
    });
  }

  if (c.stitched) {
    it('stitched: parts are pages.json keys, body files exist', () => {
      const st = c.stitched!;
      expect(st.parts.length).toBeGreaterThan(1);
      const missing = new Map((st.missing ?? []).map((m) => [m.url, m.reason]));
      // A part absent from the saved pages is one the site answers 404 for (the truth must say so), or one it redirects.
      for (const part of st.parts) if (missing.get(part) !== 'not-found' && !redirected(part)) expect(Object.keys(pages), `stitched part ${part}`).toContain(part);
      expect(new Set(st.parts).size).toBe(st.parts.length);
      if (st.bodyFiles) {
        expect(st.bodyFiles).toHaveLength(st.parts.length);
        // A missing part has no text: its body file is null, and only its.
        st.bodyFiles.forEach((bf, i) => {
          expect(bf === null, `bodyFiles[${i}]`).toBe(missing.has(st.parts[i]));
          if (bf !== null) expect(existsSync(join(FIXTURES, bf)), bf).toBe(true);
        });
      }
    });

    if (c.stitched.missing) {
      it('stitched: each missing part is one of the parts, once, with a reason a page can give', () => {
        const st = c.stitched!;
        expect(st.missing!.length).toBeGreaterThan(0);
        expect(st.missing!.length).toBeLessThan(st.parts.length);
        expect(new Set(st.missing!.map((m) => m.url)).size).toBe(st.missing!.length);
        for (const m of st.missing!) {
          expect(st.parts, m.url).toContain(m.url);
          expect(MISSING_REASONS, m.url).toContain(m.reason);
        }
        // The page under test is read: a story is opened from a part that is there.
        expect(st.missing!.map((m) => m.url)).not.toContain(c.url);
      });
    }
  }

  c.stories.forEach((s, i) => {
    const label = `story ${i + 1} (${s.url})`;

    it(`${label}: well-formed`, () => {
      // A comment story's URL is its comment's permalink (tests/fixtures/README.md), an entry's has no query.
      if (s.comment) expect(s.url).toMatch(/^https?:\/\/[^?#]+\.html\?thread=(\d+)#(?:cmt|t)\1$/);
      // (A swap's gift past the first: the entry's address and its ordinal, `#gift-N`.)
      else expect(s.url).toMatch(i && c.kind === 'story' ? /^https?:\/\/[^?#]+\.html#gift-\d+$/ : /^https?:\/\/[^?#]+$/);
      expect(s.url).not.toMatch(/web\.archive\.org/);
      expect(s.author).toMatch(/^[a-z0-9_]+$/i);
      expect(s.journal).toMatch(/^[a-z0-9_]+$/i);
      expect(typeof s.complete).toBe('boolean');
      for (const key of Object.keys(s.fields)) expect(FIELD_KEYS, `field key "${key}"`).toContain(key);
      for (const [key, value] of Object.entries(s.fields)) {
        expect(typeof value).toBe('string');
        expect(value, `field ${key} must be trimmed and whitespace-collapsed`).toBe(collapse(value));
        expect(value.length, `field ${key} is empty`).toBeGreaterThan(0);
      }
      if (s.part !== null) {
        expect(Number.isInteger(s.part.index) && s.part.index > 0).toBe(true);
        if (s.part.total !== null) expect(s.part.total).toBeGreaterThanOrEqual(s.part.index);
      }
      if (s.headerOnly) {
        expect(s.bodyFile, 'a header-only post has no body').toBeUndefined();
        expect((s.elsewhere?.length ?? 0) + (s.partLinks?.length ?? 0), 'where the story is').toBeGreaterThan(0);
        for (const u of [...(s.elsewhere ?? []), ...(s.partLinks ?? [])]) expect(u).toMatch(/^https?:\/\/[^\s]+$/);
      } else if (s.comment && !s.complete) {
        // A collapsed comment: its subject and a link, no text on this page.
        expect(s.bodyFile, 'a collapsed comment has no body here').toBeUndefined();
      } else if (c.kind !== 'masterpost') {
        expect(s.bodyFile, 'bodyFile').toBeTruthy();
        expect(existsSync(join(FIXTURES, s.bodyFile!)), s.bodyFile).toBe(true);
        expect(s.exclude?.length ?? 0, 'exclude strings').toBeGreaterThan(0);
      }
    });

    it(`${label}: field values occur in the page's visible text`, () => {
      const { text } = loadPage(pageRel);
      for (const [key, value] of Object.entries(s.fields)) {
        expect(text.includes(collapse(value)), `field ${key} = "${value}" not in visible text`).toBe(true);
      }
    });

    if (s.comment) {
      it(`${label}: the fill's comment and its other parts' comments are on the page`, () => {
        const { raw } = loadPage(pageRel);
        for (const u of [s.url, ...(s.partLinks ?? [])]) {
          const id = /\?thread=(\d+)#(?:cmt|t)\1$/.exec(u)?.[1];
          expect(id, `${u} is a comment permalink`).toBeTruthy();
          expect(new RegExp(`thread=${id}(?:&amp;[\\w=]+)*#`).test(raw), `no link to comment ${id} on the page`).toBe(true);
        }
      });
    }

    if (s.headerOnly) {
      it(`${label}: the links to where the story is are links on the page`, () => {
        const { raw } = loadPage(pageRel);
        // As written, or (on a Wayback copy) the original address the link was rewritten from.
        const original = (h: string) => new URL(unwrapWayback(h)?.original ?? h).href;
        const hrefs = new Set(Array.from(raw.matchAll(/\bhref\s*=\s*["']([^"']+)["']/gi), (m) => original(new URL(m[1].replace(/&amp;/g, '&'), c.url).href)));
        for (const u of [...(s.elsewhere ?? []), ...(s.partLinks ?? [])]) expect(hrefs.has(original(u)), `${u} is not a link on the page`).toBe(true);
      });
    }

    if (s.bodyFile) {
      it(`${label}: body paragraphs occur in the page, in order`, () => {
        const { text } = loadPage(pageRel);
        const paras = paragraphs(readFileSync(join(FIXTURES, s.bodyFile!), 'utf8'));
        // (A story wholly behind its cut on an index page shows none of its text: its body is empty.)
        expect(paras.length > 0 || (s.complete === false && c.kind === 'index'), 'a body').toBe(true);
        let from = 0;
        paras.forEach((p, n) => {
          const at = text.indexOf(p, from);
          expect(at, `paragraph ${n + 1} not found (in order): "${p.slice(0, 80)}"`).toBeGreaterThanOrEqual(0);
          from = at + p.length;
        });
      });
    }

    if (s.exclude) {
      it(`${label}: exclude strings are on the page and not in the body`, () => {
        const { raw, text, rawCollapsed } = loadPage(pageRel);
        const body = s.bodyFile ? readFileSync(join(FIXTURES, s.bodyFile), 'utf8') : '';
        const bodyCollapsed = collapse(body);
        for (const ex of s.exclude!) {
          const onPage = text.includes(collapse(ex)) || raw.includes(ex) || rawCollapsed.includes(collapse(ex));
          expect(onPage, `exclude "${ex}" is not on the page`).toBe(true);
          expect(body.includes(ex) || bodyCollapsed.includes(collapse(ex)), `exclude "${ex}" is in the body`).toBe(false);
        }
      });
    }
  });
});
