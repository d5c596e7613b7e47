// The built extension (npm run build:all) holds no code built from strings and puts no markup into pages except
// through the audited places: the same patterns as tests/unit/no-eval.test.ts, in every bundle of both builds
// (content scripts, reader, background, extension pages), and no manifest relaxes the content security policy. And the
// reader's frame page loads its one script alone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROME_BUILD, FIREFOX_BUILD, requireBuild } from '../../harness/paths';
import { CODE_SINKS, findSinks, type Hit, MARKUP_SINKS } from '../support/code-sinks';

/** Audited uses in the bundles (third-party code included), with why each is safe. */
const AUDITED: { file: RegExp; sink: string; text: RegExp; reason: string }[] = [
  {
    // The overlay's script, the reader's frame (reader-frame-app.js, built on its own with DOMPurify in it), and the
    // chunks the reader page, the library and the books share (DOMPurify included: the bundler puts it where its
    // users meet and names the chunk after one of them, today the sanitize chunk, with parse-page).
    file: /(?:content-scripts\/reader|reader-frame-app|chunks\/(?:reader|parse-page|sanitize)-[\w-]+)\.js$/,
    sink: 'innerHTML =',
    text: /documentElement\.innerHTML=/,
    reason: "DOMPurify's fallback parser: markup into the documentElement of a document made with createDocument (no browsing context, inert), before sanitising.",
  },
  {
    // The reader's frame (reader-frame-app.js: the parse of fetched pages, DOMPurify's, and the books' code, all in the
    // one script), the reader page and the library's Refresh (utils/parse-page.ts, a chunk the pages share), and the
    // books' code there, loaded when a book is asked for (its own chunk, named after book-download).
    file: /(?:content-scripts\/reader|reader-frame-app|chunks\/(?:reader|parse-page|sanitize|book-download)-[\w-]+)\.js$/,
    sink: 'DOMParser.parseFromString',
    text: /parseFromString/,
    reason: "DOMPurify's parser, the parse of fetched pages and the books' parse of saved parts (utils/epub/xhtml.ts): inert documents (no scripts, no loads) whose nodes are never inserted.",
  },
  {
    // The popup's and the library page's start scripts (entrypoints/popup-start.ts, library-start.ts): classic
    // scripts loaded before the pages' modules, built on their own.
    file: /^(?:popup|library)-start\.js$/,
    sink: 'innerHTML =',
    text: /\.innerHTML=\w+\.html\b/,
    reason:
      "The pages' own first screen drawn back (components/first-screen-snapshot.ts): markup the pages serialized from DOM they built with text nodes and attributes (titles escaped), kept in the extension origin's localStorage, which only its pages write; drawn inert, only while the remembered stories it was drawn from are unchanged; the pages' CSP runs no inline script or handler.",
  },
];

function jsFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...jsFiles(p));
    else if (/\.(?:js|mjs|html)$/.test(name)) out.push(p);
  }
  return out;
}

describe.each([
  ['chrome-mv3', CHROME_BUILD],
  ['firefox-mv2', FIREFOX_BUILD],
])('the %s build', (_name, dir) => {
  // Every open of the reader loads this page: WXT puts a module script of its own into every HTML page (to start WXT
  // plugins, which Inkwell has none of), and the frame's deferred app waited for it (wxt.config.ts drops it there).
  it('reader-frame.html loads its app and no other script, and preloads nothing', () => {
    requireBuild(dir);
    const html = readFileSync(join(dir, 'reader-frame.html'), 'utf8');
    expect([...html.matchAll(/<script\b[^>]*>/g)].map((m) => m[0])).toEqual(['<script defer src="/reader-frame-app.js">']);
    expect(html).not.toMatch(/<link\b[^>]*rel="?modulepreload/);
  });

  it('has the bundles it should (content scripts, reader, background)', () => {
    requireBuild(dir);
    for (const f of ['content-scripts/journal.js', 'content-scripts/story-posts.js', 'content-scripts/reader.js', 'background.js']) expect(existsSync(join(dir, f)), f).toBe(true);
  });

  it('builds no code from strings and inserts no markup outside the audited places', () => {
    requireBuild(dir);
    const hits: Hit[] = jsFiles(dir).flatMap((f) => {
      // Minified bundles are one long line: report the characters around each hit instead.
      const src = readFileSync(f, 'utf8');
      return findSinks(relative(dir, f), src.replace(/;(?=\S)/g, ';\n'), [...CODE_SINKS, ...MARKUP_SINKS]);
    });
    const unaudited = hits.filter((h) => !AUDITED.some((a) => a.file.test(h.file) && a.sink === h.sink && a.text.test(h.text)));
    expect(unaudited.map((h) => `${h.file}: ${h.sink}: ${h.text}`)).toEqual([]);
    // The detector (its screen every journal page loads, and the detector proper it loads) has no markup sink at all.
    expect(hits.filter((h) => h.file.endsWith('journal.js') || h.file.endsWith('story-posts.js'))).toEqual([]);
  });

  it('keeps the books out of the detector: no zip library, no EPUB writer in the script every journal page loads', () => {
    // fflate's own error text and the EPUB's media type: in the reader's bundles, never in journal.js.
    const BOOK_CODE = /invalid zip data|application\/epub\+zip/;
    for (const f of ['journal.js', 'story-posts.js']) expect(readFileSync(join(requireBuild(dir), `content-scripts/${f}`), 'utf8'), f).not.toMatch(BOOK_CODE);
    expect(
      jsFiles(dir).some((f) => BOOK_CODE.test(readFileSync(f, 'utf8'))),
      'the book code is in the build somewhere',
    ).toBe(true);
  });

  it('asks for no eval in its content security policy', () => {
    const manifest = JSON.parse(readFileSync(join(requireBuild(dir), 'manifest.json'), 'utf8'));
    expect(JSON.stringify(manifest.content_security_policy ?? '')).not.toMatch(/unsafe-eval|unsafe-inline|wasm-unsafe-eval/);
  });
});
