// The README's screenshots, taken from the real extension in Chromium on the fixture pages (the book's title
// page: the EPUB downloaded from the reader, unpacked, its title.xhtml rendered at an e-reader's size). A normal run
// checks that the committed pictures are there and are PNGs of the expected size; `npm run screenshots`
// (INKWELL_SCREENSHOTS=1) takes them again.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { clickInReader, clickReadButton, pollFor, proseCount, scrollReaderTo } from '../../harness/closed-shadow';
import { type ExtraPage, type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON, ROOT } from '../../harness/paths';
import { entryPage, storyHeader } from '../fixtures/hostile/generate';
import { scrollOverlay, showsParts, viewUntil } from './support/reader-view';

const DIR = join(ROOT, 'docs/screenshots');
const TAKE = !!process.env.INKWELL_SCREENSHOTS;

/**
 * What an e-reader adds to a book's own (plain) stylesheet: its default font, size, line height and margins,
 * on a 6-inch screen's 600 × 800.
 */
const E_READER_DEFAULTS = 'html { background: #f4f2ec; color: #1a1a1a; font: 21px/1.45 "Liberation Serif", "DejaVu Serif", Georgia, serif; } body { margin: 28px 34px; }';
const SHOTS = { reader: join(DIR, 'reader.png'), popup: join(DIR, 'popup.png'), book: join(DIR, 'book-title-page.png'), wip: join(DIR, 'wip.png'), readerPage: join(DIR, 'reader-page.png') };

// A work in progress for the "new part" picture: part 1 of ?, then part 2 is posted and linked.
const LAMP = (k: number) => `https://saltmarsh-keeper.dreamwidth.org/${410 + k}.html`;
const LAMP_PROSE = [
  [
    'The lamp room smelled of brass polish and paraffin, the way it had every winter since Ada first climbed the stairs with her father’s keys in her coat pocket.',
    'She wound the clockwork at dusk, as the log said to, and watched the beam go round: over the salt marsh, over the sandbar, over the black water where the channel ran deep.',
    'Nobody had written in the visitors’ book since September. She wrote the date anyway, and the wind, and the name of the one boat that had gone out past the bar and not yet come back.',
    'At midnight the radio crackled once and was quiet. Ada put the kettle on the stove and did not let herself look at the clock until it boiled.',
  ],
  [
    'The boat came in on the morning tide, low in the water and missing half a mast, and the whole village was on the quay before Ada had her boots on.',
    'Tom Brennan climbed the ladder slowly, like a man twice his age. He looked up at the tower, found her at the gallery rail, and raised one hand.',
    'She raised hers back. Then she went inside and wrote it in the log, in the neat hand her father had taught her: 06:40, the Curlew home, all safe.',
    'Later, when the quay had emptied and the gulls had gone back to quarrelling over the fish market roofs, he came up the hill with a paper bag of warm bread and knocked on the tower door as if he had never been away.',
    '“You kept the light,” he said, not quite a question.',
    '“It’s what it’s for,” said Ada, and stood aside to let him in out of the wind.',
    'They ate at the little table under the stairs, the bread torn rather than cut, and neither of them said anything about the radio, or the night, or the hours between midnight and the morning tide.',
    'When he had gone she climbed to the lamp room again, though there was nothing to do there in daylight, and sat with her back against the warm brass until the sun was well up over the marsh.',
  ],
];
function lampPart(k: number, links: [string, string][]): ExtraPage {
  const nav = links.length ? `\n<p style="text-align:center">${links.map(([l, u]) => `<a href="${u}">${l}</a>`).join(' | ')}</p>` : '';
  return {
    body: entryPage({
      url: LAMP(k),
      subject: `Fic: The Lamp Room (${k}/?)`,
      header: storyHeader({ title: 'The Lamp Room', part: `${k}/?`, rating: 'Teen And Up Audiences' }),
      bodyHtml: LAMP_PROSE[k - 1].map((p) => `<p>${p}</p>`).join('\n') + nav,
    }),
  };
}

function pngSize(file: string): { width: number; height: number } {
  const b = readFileSync(file);
  expect(b.subarray(1, 4).toString('latin1')).toBe('PNG');
  return { width: b.readUInt32BE(16), height: b.readUInt32BE(20) };
}

let server: FixtureServer | undefined;
let chrome: ChromiumSession | undefined;

beforeAll(async () => {
  if (!TAKE) return;
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: { [LAMP(1)]: lampPart(1, []) } });
  chrome = await launchChromium({ server, viewport: { width: 1200, height: 800 } });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('README screenshots', () => {
  it.runIf(TAKE)('takes the reader, a work in progress with a new part, the popup and the reader page', async () => {
    const page = chrome!.page;
    await page.setViewportSize({ width: 1200, height: 800 });
    await chrome!.openJournal('https://lowgravity-lark.livejournal.com/61204.html');
    await clickReadButton(page);
    await pollFor(
      () => proseCount(page),
      (n) => n >= 3,
      15_000,
    );
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

    // A work in progress read to the end of its part 1; part 2 is posted; opened again.
    await chrome!.openJournal(LAMP(1));
    await clickReadButton(page);
    await viewUntil(page, (v) => showsParts(v, 1));
    await scrollOverlay(page, -1, -1);
    await page.waitForTimeout(1500);
    await page.keyboard.press('Escape');
    server!.setPage(LAMP(2), lampPart(2, [['« Part 1', LAMP(1)]]));
    server!.setPage(LAMP(1), lampPart(1, [['Part 2 »', LAMP(2)]]));
    await chrome!.openJournal(LAMP(1));
    await clickReadButton(page);
    await viewUntil(page, (v) => showsParts(v, 2) && !!v.offer);
    await page.waitForTimeout(300);
    await page.screenshot({ path: SHOTS.wip });
    await page.keyboard.press('Escape');

    const popup = await chrome!.openExtensionPage('popup.html', 'li');
    await popup.setViewportSize({ width: 420, height: 560 });
    await popup.waitForTimeout(300);
    await popup.screenshot({ path: SHOTS.popup });
    // The reader page: the saved copy in a tab of its own, at the saved place.
    const [tab] = await Promise.all([chrome!.context.waitForEvent('page'), popup.locator('li.sl-row', { hasText: 'Tare Weight' }).locator('.sl-title').click()]);
    await tab.setViewportSize({ width: 1200, height: 800 });
    await viewUntil(tab, (v) => showsParts(v, 3) && v.top.length > 0, 'page');
    await tab.waitForTimeout(300);
    await tab.screenshot({ path: SHOTS.readerPage });
    await tab.close();
    await popup.close().catch(() => undefined);
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
