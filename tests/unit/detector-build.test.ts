// @vitest-environment jsdom
/**
 * The detector's build of extraction (utils/extract/build-flags.ts: `__INKWELL_DETECTOR__` defined,
 * what only the reader uses left out) decides exactly as the full build: on every saved page of the
 * fixtures, the same posts are stories, with the same verdicts, rules, titles and parts. The
 * detector's build is made here as WXT makes it (rolldown, the flag defined, minified so the
 * reader-only code is really gone; terser, as wxt.config.ts minifies them, its internal property names
 * mangled), and run side by side with the full build. The detector is four
 * stages (entrypoints/journal.content/; where it says a layout no site style knows may hold posts,
 * unlisted-posts.content/; where it says a post may be a masterpost, masterpost-lists.content/; where it
 * says fills may be, comment-fills.content/): each is built on its own, and they decide together as the
 * content script puts them together.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'rolldown';
import { minify } from 'terser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pagesJsonFiles } from '../../harness/saved-pages';
import type { commentStories } from '../../utils/extract/comments';
import { DETECTOR_TERSER_OPTIONS, INTERNAL_PROPERTIES, LINE_FIELDS, OWN_TABLE_PROPERTIES } from '../../utils/extract/detector-minify';
import type { MasterpostLists, UnlistedPostsFinder } from '../../utils/extract/index';
import { type addFills, locateStories } from '../../utils/extract/index';
import { RULES } from '../../utils/extract/verdict';
import { pressPartLinks } from '../../utils/part-prefetch';

// Vitest runs from the repository's root (import.meta.url is not a file: URL under jsdom).
const ROOT = process.cwd();
const FIXTURES = join(ROOT, 'tests/fixtures');
type Locate = typeof locateStories;

let dir = '';
let detector: Locate;
/** The screen every journal page runs before the detector proper is loaded (utils/extract/screen.ts), built as it is. */
let screen: (doc: Document) => boolean;
/** The fills the second stage found, where the first stage asked for it. */
let secondStageStories = 0;
/** The posts the unlisted-layout stage found, where the first stage asked for it. */
let unlistedStagePosts = 0;
/** The masterposts found where the first stage asked for the masterpost-lists stage. */
let listsStageMasterposts = 0;

/** A detector module built as WXT builds the detector's stages: rolldown, the flag defined, minified with terser as they are (mangled properties and all). */
async function detectorBuild<T>(input: string, name: string): Promise<T> {
  const file = join(dir, `${name}.mjs`);
  await build({
    input: join(ROOT, input),
    transform: { define: { __INKWELL_DETECTOR__: 'true' } },
    output: { file, format: 'esm' },
    logLevel: 'silent',
  });
  const minified = await minify(readFileSync(file, 'utf8'), { ...DETECTOR_TERSER_OPTIONS, module: true });
  writeFileSync(file, minified.code ?? '');
  return (await import(/* @vite-ignore */ file)) as T;
}

beforeAll(async () => {
  // Inside the project (the test runner imports only from there), where git does not look.
  mkdirSync(join(ROOT, 'node_modules/.cache'), { recursive: true });
  dir = mkdtempSync(join(ROOT, 'node_modules/.cache/inkwell-detector-'));
  writeFileSync(join(dir, 'package.json'), '{"type":"module"}');
  const first = await detectorBuild<{ locateStories: Locate; addFills: typeof addFills }>('utils/extract/index.ts', 'first');
  const second = await detectorBuild<{ commentStories: typeof commentStories }>('utils/extract/comments.ts', 'second');
  const unlisted = await detectorBuild<{ unlistedPosts: UnlistedPostsFinder }>('utils/extract/posts.ts', 'unlisted');
  const lists = await detectorBuild<MasterpostLists>('utils/extract/part-links.ts', 'lists');
  screen = (await detectorBuild<{ mayHoldStories: typeof screen }>('utils/extract/screen.ts', 'screen')).mayHoldStories;
  // The flag took: the detector's build has no adult-gate check (the reader's business), and its
  // first stage no comment walk (which reads a comment's text from .comment-content).
  const firstCode = readFileSync(join(dir, 'first.mjs'), 'utf8');
  expect(firstCode).not.toMatch(/discretion advised/i);
  expect(firstCode).not.toMatch(/comment-content/);
  // ... nor the posts finder for layouts no site style knows (its stage's), nor the reading of a
  // masterpost's list (what a link that is no part says: its stage's).
  expect(firstCode).not.toMatch(/generic-index/);
  expect(firstCode).not.toMatch(/fanmix/);
  // The minifier took, as in the extension's build: the evidence's field names are mangled (detector-minify.ts).
  expect(firstCode).not.toMatch(/ownWords|aboutFicSubject/);
  // As the content script does: the second stage's fills join the first's result when it says so.
  detector = (doc, url) => {
    let located = first.locateStories(doc, url);
    let finder: UnlistedPostsFinder | undefined;
    if (located.unlistedPossible) {
      finder = (...args) => {
        const found = unlisted.unlistedPosts(...args);
        unlistedStagePosts += found.length;
        return found;
      };
      located = first.locateStories(doc, url, finder);
    }
    if (located.masterpostPossible) {
      located = first.locateStories(doc, url, finder, { readMasterpost: lists.readMasterpost });
      listsStageMasterposts += located.verdicts.filter((v) => v.verdict === 'masterpost').length;
    }
    if (located.fillsPossible) {
      const fills = second.commentStories(doc, url, located.commentStoryBy);
      secondStageStories += fills.length;
      first.addFills(located, fills);
    }
    return located;
  };
}, 60_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/**
 * What the detector's decisions are: each post's verdict and rule, and each story's place, title, part and navigation
 * lines (what the content script sends with a click). The detector's build names a rule by its place in RULES
 * (verdict.ts): `ruleName` gives the full build's name for it.
 */
function decisions(located: ReturnType<Locate>, ruleName = (rule: string) => rule) {
  const { extraction, locations, verdicts } = located;
  return {
    kind: extraction.kind,
    posts: verdicts.map((v) => `${v.verdict} ${ruleName(v.rule)}`),
    stories: locations.map(({ story: s, nav }) => ({ url: s.url, title: s.fields.title ?? s.subject, part: s.part, nav: JSON.stringify(nav) })),
  };
}

/** The detector's rule, by the full build's name ('no-evidence' is no rule of the list). */
const detectorRuleName = (rule: string) => (/^\d+$/.test(rule) ? RULES[Number(rule)].name : rule);

// Every corpus: the fixtures, the stitch sets and the held-out sets (tests/heldout*).
const HELDOUT = readdirSync(join(ROOT, 'tests'))
  .filter((d) => /^heldout\d*$/.test(d) && existsSync(join(ROOT, 'tests', d, 'pages.json')))
  .map((d) => join(ROOT, 'tests', d, 'pages.json'));
const pages: Record<string, string> = Object.assign(
  {},
  pagesJsonFiles(join(FIXTURES, 'pages.json')),
  pagesJsonFiles(join(FIXTURES, 'stitch/story-pages.json')),
  pagesJsonFiles(join(FIXTURES, 'stitch/pages.json')),
  ...HELDOUT.map((j) => pagesJsonFiles(j)),
);

/**
 * Each stage's bundle mangles the internal property names on its own (detector-minify.ts), so no object the detector
 * hands a stage or takes from one may carry them: the stage that takes its lines (masterpost-lists) reads none of a
 * line's mangled fields, and the stage that makes its posts (unlisted-posts) names none of the names at all. (The
 * comment walk's stage hands back stories and elements only.)
 */
describe('the property names the detector’s build mangles', () => {
  it('are named by no stage that shares objects with the detector', async () => {
    const stages: [string, string[]][] = [
      ['utils/extract/part-links.ts', LINE_FIELDS],
      // (The lexicon's rows, whose freeText it reads, the sites' table and its own readings of URLs are each bundle's own.)
      ['utils/extract/posts.ts', INTERNAL_PROPERTIES.filter((n) => !OWN_TABLE_PROPERTIES.includes(n))],
    ];
    for (const [input, names] of stages) {
      const file = join(dir, 'names.mjs');
      await build({ input: join(ROOT, input), transform: { define: { __INKWELL_DETECTOR__: 'true' } }, output: { file, format: 'esm' }, logLevel: 'silent' });
      // (Comment lines are prose: "the subject as words: …".)
      const code = readFileSync(file, 'utf8')
        .split('\n')
        .filter((l) => !/^\s*(?:\/\*|\*|\/\/)/.test(l))
        .join('\n');
      // As a property: read (`.name`), or a key (`name:`, `{ name,` shorthand, `name(` a method); not a local's or a string's word.
      expect(
        names.filter((n) => new RegExp(`\\.${n}\\b|[{,]\\s*${n}\\s*[,}(]|\\b${n}\\s*:`).test(code)),
        input,
      ).toEqual([]);
    }
  });
});

/**
 * The detector carries no part-link reading of its own: it sends the post's navigation lines with the user's click,
 * and the background reads the part links from them (utils/part-prefetch.ts pressPartLinks, for its fetches at the
 * click). Those are the full build's part links of the same post: the same list, or its beginning for a header-only
 * post (whose entries that hold the story come after); a masterpost (its list is its parts) sends none.
 *
 * Both checks read the same two parses of each page (one per build): jsdom keeps much of every document it parsed,
 * and four parses of each of 900 pages outgrew the test worker's heap.
 */
describe('the detector’s build decides as the full build', () => {
  it(`on every saved page of the fixtures and the held-out sets (${Object.keys(pages).length} URLs), behind its screen, and its navigation lines give the reader's part links at the click`, () => {
    let stories = 0;
    /** Pages with no story the screen spares the detector proper (the fixtures' not-stories are mostly fic-like). */
    let screenedOut = 0;
    let same = 0;
    let withLinks = 0;
    for (const [url, file] of Object.entries(pages)) {
      const html = readFileSync(file, 'utf8');
      const fullLocated = locateStories(new DOMParser().parseFromString(html, 'text/html'), url);
      const detDoc = new DOMParser().parseFromString(html, 'text/html');
      // The screen, first, as on the page: the detector proper is loaded only where it says yes.
      const screened = screen(detDoc);
      const detLocated = detector(detDoc, url);
      if (detLocated.locations.length) expect(screened, `the screen says no on ${url}, where the detector finds a story`).toBe(true);
      else if (!screened) screenedOut++;
      const full = decisions(fullLocated);
      const det = decisions(detLocated, detectorRuleName);
      if (full.kind === 'interstitial') {
        // An adult-content notice is the reader's to name (index.ts): the detector reads the page
        // as it is, and finds no story on it either.
        expect(det.stories, url).toEqual([]);
        continue;
      }
      expect(det, url).toEqual(full);
      stories += full.stories.length;
      for (const loc of detLocated.locations) {
        const i = fullLocated.extraction.stories.findIndex((s) => s.url === loc.story.url);
        const verdict = fullLocated.verdicts.find((v) => v.story === fullLocated.extraction.stories[i]);
        if (i < 0 || !verdict) continue;
        if (verdict.verdict === 'masterpost') {
          expect(loc.nav, url).toBeUndefined();
          continue;
        }
        // As the message carries them (Chrome: JSON; Firefox: a structured clone of plain data).
        const nav = loc.nav === undefined ? undefined : JSON.parse(JSON.stringify(loc.nav));
        const atClick = pressPartLinks(loc.story.url, nav, url, loc.story.fields.title);
        const reader = fullLocated.extraction.stories[i].partLinks.map((l) => l.url);
        expect(atClick, `${url} ${loc.story.url}`).toEqual(reader.slice(0, atClick.length));
        if (verdict.rule !== 'header-only') expect(atClick, `${url} ${loc.story.url}`).toEqual(reader);
        if (atClick.length === reader.length) same++;
        if (atClick.length) withLinks++;
      }
    }
    // The pages hold stories (a comparison of empty lists proves nothing).
    expect(stories).toBeGreaterThan(150);
    // ... and pages without one the screen said no on (a screen that always says yes would pass the check above).
    expect(screenedOut).toBeGreaterThan(10);
    // ... and the second stage had fills to find (the fixtures' meme pages).
    expect(secondStageStories).toBeGreaterThan(0);
    // ... and so had the unlisted-layout stage (the fixtures' pages in layouts no style knows).
    expect(unlistedStagePosts).toBeGreaterThan(0);
    // ... and the masterpost-lists stage had masterposts to read.
    expect(listsStageMasterposts).toBeGreaterThan(0);
    // Stories with part links among them (an agreement of empty lists proves nothing).
    expect(withLinks).toBeGreaterThan(40);
    expect(same).toBeGreaterThan(150);
  }, 480_000);
});
