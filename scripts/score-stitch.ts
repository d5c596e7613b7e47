// Prints stitching's figure on a fixture corpus: for every case with `stitched` ground truth, the story
// is stitched offline from that case's page (saved pages only, as the extract CLI does) and its parts
// compared, in order, with the ground truth; and, when the corpus has them, the stitch-story fixtures
// (stitch/stories.json: every multi-part story from each of its pages). `npm run score:stitch [-- --verbose]`;
// INKWELL_FIXTURES=DIR scores another corpus of the same schema.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURES, loadCases } from '../harness/fixture-cases';
import { loadSavedPages, pagesJsonFiles, savedPages } from '../harness/saved-pages';
import { stitchStory } from '../utils/stitch';
import { canonicalEntryKey } from '../utils/url';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const STORIES = join(FIXTURES, 'stitch/stories.json');
const STORY_PAGES = join(FIXTURES, 'stitch/story-pages.json');
const hasStories = existsSync(STORIES) && existsSync(STORY_PAGES);
const pages = hasStories ? savedPages({ ...pagesJsonFiles(join(FIXTURES, 'pages.json')), ...pagesJsonFiles(STORY_PAGES) }) : loadSavedPages(join(FIXTURES, 'pages.json'));
const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;

/** Stitches from `url` and compares with the parts wanted; prints what went wrong. */
async function check(id: string, url: string, parts: string[]): Promise<boolean> {
  const want = parts.map(canonicalEntryKey);
  const state = await stitchStory({ url }, { fetchPage: pages.fetchPage, parse });
  const got = state.order.filter((k) => state.parts.has(k)).map((k) => canonicalEntryKey(state.parts.get(k)!.url));
  const errors = state.order.filter((k) => state.errors.has(k)).map((k) => `${state.errors.get(k)!.url} (${state.errors.get(k)!.reason})`);
  const ok = got.length === want.length && got.every((k, i) => k === want[i]) && !errors.length;
  if (!ok || verbose) {
    console.log(`${ok ? '✓' : '✗'} ${id}`);
    if (!ok) console.log(`    want ${want.join(', ')}\n    got  ${got.join(', ')}${errors.length ? `\n    errors ${errors.join(', ')}` : ''}`);
  }
  return ok;
}

let whole = 0;
let total = 0;
const stories = new Set<string>();
for (const c of loadCases().filter((x) => x.stitched?.parts.length)) {
  total++;
  stories.add(c.stitched!.parts.map(canonicalEntryKey).join(' '));
  if (await check(c.id, c.url, c.stitched!.parts)) whole++;
}
console.log(`\nstitched whole and in order: ${whole}/${total} start pages (${stories.size} stories)`);

if (hasStories) {
  const manifest = JSON.parse(readFileSync(STORIES, 'utf8')) as { stories: { id: string; pages: string[]; stitched: { parts: string[] } }[] };
  let opens = 0;
  let good = 0;
  let storiesWhole = 0;
  const multi = manifest.stories.filter((s) => s.stitched.parts.length > 1);
  for (const s of multi) {
    let all = true;
    for (const url of s.pages) {
      opens++;
      const ok = await check(`${s.id} from ${url}`, url, s.stitched.parts);
      if (ok) good++;
      all &&= ok;
    }
    if (all) storiesWhole++;
  }
  console.log(`stitch stories (stitch/stories.json): ${storiesWhole}/${multi.length} whole and in order from every page; ${good}/${opens} start pages`);
}
