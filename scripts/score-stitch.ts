// Prints stitching's figure on a fixture corpus: for every case with `stitched` ground truth, the story
// is stitched offline from that case's page (saved pages only, as the extract CLI does) and its parts
// compared, in order, with the ground truth. `npm run score:stitch [-- --verbose]`;
// INKWELL_FIXTURES=DIR scores another corpus of the same schema.
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { stitchStory } from '../utils/stitch';
import { canonicalEntryKey } from '../utils/url';
import { FIXTURES, loadCases } from '../tests/support/evaluate';
import { loadSavedPages } from './saved-pages';

const verbose = process.argv.includes('--verbose') || process.argv.includes('-v');
const pages = loadSavedPages(join(FIXTURES, 'pages.json'));
const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;

let whole = 0;
let total = 0;
const stories = new Set<string>();
for (const c of loadCases().filter((x) => x.stitched?.parts.length)) {
  const want = c.stitched!.parts.map(canonicalEntryKey);
  const state = await stitchStory({ url: c.url }, { fetchPage: pages.fetchPage, parse });
  const got = state.order.filter((k) => state.parts.has(k)).map((k) => canonicalEntryKey(state.parts.get(k)!.url));
  const errors = state.order.filter((k) => state.errors.has(k)).map((k) => `${state.errors.get(k)!.url} (${state.errors.get(k)!.reason})`);
  const ok = got.length === want.length && got.every((k, i) => k === want[i]) && !errors.length;
  total++;
  stories.add(want.join(' '));
  if (ok) whole++;
  if (!ok || verbose) {
    console.log(`${ok ? '✓' : '✗'} ${c.id}`);
    if (!ok) console.log(`    want ${want.join(', ')}\n    got  ${got.join(', ')}${errors.length ? `\n    errors ${errors.join(', ')}` : ''}`);
  }
}
console.log(`\nstitched whole and in order: ${whole}/${total} start pages (${stories.size} stories)`);
