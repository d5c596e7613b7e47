import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findTool } from './browsers';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const FIXTURE_PAGES_JSON = join(FIXTURES, 'pages.json');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

// Where harness/browsers.ts finds them (INKWELL_CHROMIUM / INKWELL_FIREFOX, PATH, the usual
// places); the Debian paths when nothing is found, so the error names a real place to look.
export const CHROMIUM_BIN = findTool('chromium') ?? '/usr/bin/chromium';
export const FIREFOX_BIN = findTool('firefox') ?? '/usr/bin/firefox-esr';

/** Fail early and clearly when the build is missing (run `npm run build:all`). */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no extension build at ${dir}: run \`npm run build:all\` first (npm run test:e2e does)`);
  }
  return dir;
}
