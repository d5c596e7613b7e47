// `npm run --silent extract -- --url <URL> <FILE.html>`: prints extractPage's result as JSON,
// for debugging a page someone reports. Parses with jsdom (scripts never run).
//
// `npm run --silent extract -- --explain --url <URL> <FILE.html>`: per post, the verdict and the
// evidence it rests on (fields, header span, part marker and its source, tags, prose, the rule).
//
// `npm run --silent extract -- --stitch --url <URL> --pages <pages.json>`: stitches the story the
// entry at URL belongs to, offline, from a folder of saved pages (pages.json maps URLs to files
// relative to its own folder, as in tests/fixtures), and prints
// `{ "parts": [{"url","index","title","bodyText"}], "errors": [{"url","reason"}] }` in reading
// order. URLs not among the saved pages are `not-found` errors.
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { asBackgroundFetches, loadSavedPages } from '../harness/saved-pages';
import { explainPage } from '../utils/extract/explain';
import { extractPage } from '../utils/extract/index';
import { stitchStory } from '../utils/stitch';

function usage(msg?: string): never {
  if (msg) console.error(`extract: ${msg}`);
  console.error('usage: npm run --silent extract -- --url <URL> <FILE.html>');
  console.error('       npm run --silent extract -- --explain --url <URL> <FILE.html>');
  console.error('       npm run --silent extract -- --stitch --url <URL> --pages <pages.json>');
  process.exit(2);
}

const args = process.argv.slice(2);
let url: string | undefined;
let pagesJson: string | undefined;
let stitch = false;
let explain = false;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') url = args[++i];
  else if (args[i].startsWith('--url=')) url = args[i].slice(6);
  else if (args[i] === '--pages') pagesJson = args[++i];
  else if (args[i].startsWith('--pages=')) pagesJson = args[i].slice(8);
  else if (args[i] === '--stitch') stitch = true;
  else if (args[i] === '--explain') explain = true;
  else if (args[i] === '-h' || args[i] === '--help') usage();
  else files.push(args[i]);
}
if (!url) usage('--url is required');
const parse = (html: string, pageUrl: string) => new JSDOM(html, { url: pageUrl }).window.document;

if (stitch) {
  if (!pagesJson) usage('--stitch needs --pages <pages.json>');
  if (files.length) usage('--stitch takes no HTML file (the pages come from --pages)');
  let pages;
  try {
    pages = loadSavedPages(pagesJson);
  } catch (e) {
    usage(`cannot read ${pagesJson}: ${(e as Error).message}`);
  }
  const state = await stitchStory({ url }, { fetchPage: asBackgroundFetches(pages), parse });
  const out = {
    parts: state.order
      .filter((k) => state.parts.has(k))
      .map((k) => {
        const p = state.parts.get(k)!;
        return { url: p.url, index: p.index, title: p.title, bodyText: p.post.bodyText };
      }),
    errors: state.order
      .filter((k) => state.errors.has(k))
      .map((k) => {
        const e = state.errors.get(k)!;
        return { url: e.url, reason: e.reason };
      }),
  };
  process.stdout.write(`${JSON.stringify(out, null, 2)}\n`);
} else {
  if (files.length !== 1) usage('give exactly one HTML file');
  let html = '';
  try {
    html = readFileSync(files[0], 'utf8');
  } catch (e) {
    usage(`cannot read ${files[0]}: ${(e as Error).message}`);
  }
  const doc = parse(html, url);
  if (explain) process.stdout.write(`${explainPage(doc, url)}\n`);
  else process.stdout.write(`${JSON.stringify(extractPage(doc, url), null, 2)}\n`);
}
