// The README's screenshots, taken from the real extension in Chromium on the fixture pages. A normal run
// checks that the committed pictures are there and are PNGs of the expected size; `npm run screenshots`
// (INKWELL_SCREENSHOTS=1) takes them again.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { clickInReader, clickReadButton, pollFor, proseCount, scrollReaderTo } from './support/closed-shadow';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES_JSON, ROOT } from './support/paths';

const DIR = join(ROOT, 'docs/screenshots');
const TAKE = !!process.env.INKWELL_SCREENSHOTS;
const SHOTS = { reader: join(DIR, 'reader.png'), popup: join(DIR, 'popup.png') };

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

let server: FixtureServer | undefined;
let chrome: ChromiumSession | undefined;

beforeAll(async () => {
  if (!TAKE) return;
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server, viewport: { width: 1200, height: 800 } });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('README screenshots', () => {
  it.runIf(TAKE)('takes the reader and the popup', async () => {
    const page = chrome!.page;
    await page.setViewportSize({ width: 1200, height: 800 });
    await chrome!.openJournal('https://lowgravity-lark.livejournal.com/61204.html');
    await clickReadButton(page);
    await pollFor(() => proseCount(page), (n) => n >= 3, 15_000);
    await clickInReader(page, 'button', { text: /^Reading settings$/ });
    await page.screenshot({ path: SHOTS.reader });
    // Read into part 2 so the popup shows progress.
    await scrollReaderTo(page, 1, 0);
    await page.waitForTimeout(1500);
    await page.keyboard.press('Escape');
    const popup = await chrome!.openExtensionPage('popup.html', 'li');
    await popup.setViewportSize({ width: 420, height: 560 });
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: SHOTS.popup });
    await popup.close();
  });

  it('are committed as PNGs', () => {
    for (const file of Object.values(SHOTS)) {
      expect(existsSync(file), file).toBe(true);
      const { width, height } = pngSize(file);
      expect(width).toBeGreaterThan(300);
      expect(height).toBeGreaterThan(300);
    }
  });
});
