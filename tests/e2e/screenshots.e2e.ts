// The README's screenshots, taken from the real extension in Chromium on the fixture pages (the book's title
// page: the EPUB downloaded from the reader, unpacked, its title.xhtml rendered at an e-reader's size). A normal run
// checks that the committed pictures are there and are PNGs of the expected size; `npm run screenshots`
// (INKWELL_SCREENSHOTS=1) takes them again.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { clickInReader, clickReadButton, pollFor, proseCount, scrollReaderTo } from './support/closed-shadow';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES_JSON, ROOT } from './support/paths';

const DIR = join(ROOT, 'docs/screenshots');
const TAKE = !!process.env.INKWELL_SCREENSHOTS;
const SHOTS = { reader: join(DIR, 'reader.png'), popup: join(DIR, 'popup.png'), book: join(DIR, 'book-title-page.png') };

/**
 * What an e-reader adds to a book's own (plain) stylesheet: its default font, size, line height and margins,
 * on a 6-inch screen's 600 × 800.
 */
const E_READER_DEFAULTS = 'html { background: #f4f2ec; color: #1a1a1a; font: 21px/1.45 "Liberation Serif", "DejaVu Serif", Georgia, serif; } body { margin: 28px 34px; }';

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
    // The book, from the reader: Download, then Download EPUB.
    const download = page.waitForEvent('download');
    await clickInReader(page, '.ink-bar button', { text: /^Download$/ });
    await clickInReader(page, '.ink-download-menu button', { text: /^Download EPUB$/ });
    const book = mkdtempSync(join(tmpdir(), 'inkwell-book-'));
    try {
      const epub = join(book, (await download).suggestedFilename());
      await (await download).saveAs(epub);
      for (const [name, bytes] of Object.entries(unzipSync(new Uint8Array(readFileSync(epub))))) {
        mkdirSync(dirname(join(book, 'unpacked', name)), { recursive: true });
        writeFileSync(join(book, 'unpacked', name), bytes);
      }
      const ereader = await chrome!.context.newPage();
      await ereader.setViewportSize({ width: 600, height: 800 });
      await ereader.goto(`file://${join(book, 'unpacked/OEBPS/title.xhtml')}`);
      await ereader.addStyleTag({ content: E_READER_DEFAULTS });
      await ereader.screenshot({ path: SHOTS.book });
      await ereader.close();
    } finally {
      rmSync(book, { recursive: true, force: true });
    }
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
