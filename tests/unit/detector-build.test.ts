// @vitest-environment jsdom
/**
 * The detector's build of extraction (utils/extract/build-flags.ts: `__INKWELL_DETECTOR__` defined,
 * what only the reader uses left out) decides exactly as the full build: on every saved page of the
 * fixtures, the same posts are stories, with the same verdicts, rules, titles and parts. The
 * detector's build is made here as WXT makes it (rolldown, the flag defined, minified so the
 * reader-only code is really gone), and run side by side with the full build.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesJsonFiles } from '../../scripts/saved-pages';
import { locateStories } from '../../utils/extract/index';

// Vitest runs from the repository's root (import.meta.url is not a file: URL under jsdom).
const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'tests/fixtures');
type Locate = typeof locateStories;

let dir = '';
let detector: Locate;

beforeAll(async () => {
  // Inside the project (the test runner imports only from there), where git does not look.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'node_modules/.cache/inkwell-detector-'));
  const file = join(dir, 'extract.mjs');
  await build({
    input: join(ROOT, 'utils/extract/index.ts'),
    transform: { define: { __INKWELL_DETECTOR__: 'true' } },
    output: { file, format: 'esm', minify: true },
    logLevel: 'silent',
  });
  // The flag took: the detector's build has no adult-gate check (the reader's business).
  expect(readFileSync(file, 'utf8')).not.toMatch(/discretion advised/i);
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  detector = ((await import(/* @vite-ignore */ file)) as { locateStories: Locate }).locateStories;
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** What the detector's decisions are: each post's verdict and rule, and each story's place, title and part. */
function decisions(locate: Locate, html: string, url: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const { extraction, verdicts } = locate(doc, url);
  return {
    kind: extraction.kind,
    posts: verdicts.map((v) => `${v.verdict} ${v.rule}`),
    stories: extraction.stories.map((s) => ({ url: s.url, title: s.fields.title ?? s.subject, part: s.part })),
  };
}

const pages = {
  ...pagesJsonFiles(join(FIXTURES, 'pages.json')),
  ...pagesJsonFiles(join(FIXTURES, 'stitch/story-pages.json')),
  ...pagesJsonFiles(join(FIXTURES, 'stitch/pages.json')),
};

describe('the detector’s build decides as the full build', () => {
  it(`on every saved fixture page (${Object.keys(pages).length} URLs)`, () => {
    let stories = 0;
    for (const [url, file] of Object.entries(pages)) {
      const html = readFileSync(file, 'utf8');
      const full = decisions(locateStories, html, url);
      const det = decisions(detector, html, url);
      if (full.kind === 'interstitial') {
        // An adult-content notice is the reader's to name (index.ts): the detector reads the page
        // as it is, and finds no story on it either.
        expect(det.stories, url).toEqual([]);
        continue;
      }
      expect(det, url).toEqual(full);
      stories += full.stories.length;
    }
    // The pages hold stories (a comparison of empty lists proves nothing).
    expect(stories).toBeGreaterThan(150);
  }, 240_000);
});
