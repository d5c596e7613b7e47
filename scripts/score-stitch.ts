// Prints stitching's figure on a fixture corpus: for every case with `stitched` ground truth, the story
// is stitched offline from that case's page (saved pages only, as the extract CLI does) and judged against
// the ground truth (harness/stitch-truth.ts: its parts in order, each read unless the truth says it is
// missing, each missing one failed for its reason); and, when the corpus has them, the stitch-story fixtures
// (stitch/stories.json: every multi-part story from each of its pages). `npm run score:stitch [-- --verbose]`;
// INKWELL_FIXTURES=DIR scores another corpus of the same schema.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURES, loadCases } from '../harness/fixture-cases';
import { asBackgroundFetches, loadSavedPages, pagesJsonFiles, pagesJsonRedirects, savedPages } from '../harness/saved-pages';
import { judgeStitch, type StitchTruth } from '../harness/stitch-truth';
import { stitchStory } from '../utils/stitch';
import { canonicalEntryKey } from '../utils/url';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const STORIES = join(FIXTURES, 'stitch/stories.json');
const STORY_PAGES = join(FIXTURES, 'stitch/story-pages.json');
const hasStories = existsSync(STORIES) && existsSync(STORY_PAGES);
const pages = hasStories
  ? savedPages({ ...pagesJsonFiles(join(FIXTURES, 'pages.json')), ...pagesJsonFiles(STORY_PAGES) }, pagesJsonRedirects(join(FIXTURES, 'pages.json')))
  : loadSavedPages(join(FIXTURES, 'pages.json'));
const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;

/** Stitches from `url` and judges it against the truth; prints what went wrong. */
async function check(id: string, url: string, truth: StitchTruth): Promise<boolean> {
  const state = await stitchStory({ url }, { fetchPage: asBackgroundFetches(pages), parse });
  const v = judgeStitch(truth, state);
  if (!v.whole || verbose) {
    console.log(`${v.whole ? '✓' : '✗'} ${id}`);
    if (!v.whole) console.log(`    want ${v.want.join(', ')}\n    got  ${v.got.join(', ')}\n${v.problems.map((p) => `    - ${p}`).join('\n')}`);
  }
  return v.whole;
}

let whole = 0;
let total = 0;
let withMissing = 0;
let wholeWithMissing = 0;
const stories = new Set<string>();
for (const c of loadCases().filter((x) => x.stitched?.parts.length)) {
  total++;
  stories.add(c.stitched!.parts.map(canonicalEntryKey).join(' '));
  const ok = await check(c.id, c.url, c.stitched!);
  if (ok) whole++;
  if (c.stitched!.missing?.length) {
    withMissing++;
    if (ok) wholeWithMissing++;
  }
}
console.log(`\nstitched whole and in order: ${whole}/${total} start pages (${stories.size} stories)`);
// Whole here: the parts that can be read, in order, and each missing one said in its place with its reason.
if (withMissing) console.log(`of them with a part that cannot be read: ${wholeWithMissing}/${withMissing} start pages, the missing part said in its place`);

if (hasStories) {
  const manifest = JSON.parse(readFileSync(STORIES, 'utf8')) as { stories: { id: string; pages: string[]; stitched: StitchTruth }[] };
  let opens = 0;
  let good = 0;
  let storiesWhole = 0;
  const multi = manifest.stories.filter((s) => s.stitched.parts.length > 1);
  for (const s of multi) {
    let all = true;
    for (const url of s.pages) {
      opens++;
      const ok = await check(`${s.id} from ${url}`, url, s.stitched);
      if (ok) good++;
      all &&= ok;
    }
    if (all) storiesWhole++;
  }
  console.log(`stitch stories (stitch/stories.json): ${storiesWhole}/${multi.length} whole and in order from every page; ${good}/${opens} start pages`);
}
