// `npm run --silent extract -- --url <URL> <FILE.html>`: prints extractPage's result as JSON,
// for debugging a page someone reports. Parses with jsdom (scripts never run).
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { extractPage } from '../utils/extract/index';

function usage(msg?: string): never {
  if (msg) console.error(`extract: ${msg}`);
  console.error('usage: npm run --silent extract -- --url <URL> <FILE.html>');
  process.exit(2);
}

const args = process.argv.slice(2);
let url: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  if (args[i] === '--url') url = args[++i];
  else if (args[i].startsWith('--url=')) url = args[i].slice(6);
  else if (args[i] === '-h' || args[i] === '--help') usage();
  else files.push(args[i]);
}
if (!url) usage('--url is required');
if (files.length !== 1) usage('give exactly one HTML file');
let html: string;
try {
  html = readFileSync(files[0], 'utf8');
} catch (e) {
  usage(`cannot read ${files[0]}: ${(e as Error).message}`);
}
const doc = new JSDOM(html, { url }).window.document;
process.stdout.write(`${JSON.stringify(extractPage(doc, url), null, 2)}\n`);
