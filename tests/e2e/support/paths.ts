import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'tests/fixtures');
export const FIXTURE_PAGES_JSON = join(FIXTURES, 'pages.json');
export const CHROME_BUILD = join(ROOT, '.output/chrome-mv3');
export const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');

export const CHROMIUM_BIN = process.env.INKWELL_CHROMIUM ?? '/usr/bin/chromium';
export const FIREFOX_BIN = process.env.INKWELL_FIREFOX ?? '/usr/bin/firefox-esr';

/** Fail early and clearly when the build is missing (run `npm run build:all`). */
export function requireBuild(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`no extension build at ${dir}: run \`npm run build:all\` first (npm run test:e2e does)`);
  }
  return dir;
}
