/**
 * `tsx scripts/ensure-browsers.ts [chromium] [firefox] [openssl]` (default: all three): finds the browsers
 * (and openssl) the demo, the E2E tests and the bench drive, and installs what is missing on Debian/Ubuntu
 * when it may (harness/browsers.ts does the work). Called by `npm run test:e2e`, `npm run bench`,
 * `npm run browsers` and `.ci/run`.
 *
 *     --check       report only, never install
 *   env: INKWELL_CHROMIUM, INKWELL_FIREFOX, INKWELL_NO_INSTALL=1 (same as --check): see harness/browsers.ts
 */
import { ensureTools, TOOLS, type ToolId } from '../harness/browsers';

const args = process.argv.slice(2);
const wanted = args.filter((a) => !a.startsWith('--')) as ToolId[];
const unknown = wanted.filter((w) => !(w in TOOLS));
if (unknown.length) {
  console.error(`ensure-browsers: unknown tool ${unknown.join(', ')} (chromium, firefox, openssl)`);
  process.exit(2);
}
try {
  ensureTools(wanted.length ? wanted : ['chromium', 'firefox', 'openssl'], { allowInstall: !args.includes('--check') });
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
