// Books in real Chromium with the built extension: from the reader (Download, then Download EPUB /
// Download HTML, trusted clicks inside its closed shadow root) and from the library page (a story's
// own buttons, and for a selection), the browser's download arrives named "Title - author.epub",
// holds every part in order, and passes epubcheck. Offline too: the book is made from the saved copy.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { clickInReader, clickReadButton, inReader, proseCount } from '../../harness/closed-shadow';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { booksWithProblems, ends, lookInsideEpub, lookInsideHtml, SAVED_PARTS_JS, SEED, SEED_2, TARE, TARE_2 } from './support/books';

let server: FixtureServer;
let chrome: ChromiumSession;
let dir: string;
const epubs: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkwell-downloads-'));
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Saved stories with how many of their parts have saved text (the service worker's database). */
const savedParts = () => chrome.serviceWorker.evaluate(SAVED_PARTS_JS) as Promise<Record<string, number>>;

/** Reads a story in the reader until all its parts are saved. */
async function readWhole(page: Page, url: string, parts: number): Promise<void> {
  await chrome.openJournal(url, { page });
  await clickReadButton(page);
  await expect.poll(() => proseCount(page), { timeout: 15_000 }).toBe(parts);
  await expect.poll(async () => Object.values(await savedParts()).includes(parts), { timeout: 15_000 }).toBe(true);
}

/** Keeps a download under its suggested name; resolves with its path. */
let kept = 0;
async function keep(download: Download): Promise<string> {
  const file = join(dir, String(++kept), download.suggestedFilename());
  await download.saveAs(file);
  if (file.endsWith('.epub')) epubs.push(file);
  return file;
}

/** Download (the bar), then the format's button: trusted clicks inside the reader's closed root. */
async function downloadFromReader(page: Page, format: 'EPUB' | 'HTML'): Promise<Download> {
  const download = page.waitForEvent('download', { timeout: 20_000 });
  if (!(await inReader(page, (root) => root?.querySelector('.ink-download button[aria-expanded="true"]') != null))) {
    await clickInReader(page, '.ink-bar button', { text: /^Download$/ });
  }
  await clickInReader(page, '.ink-download-menu button', { text: new RegExp(`^Download ${format}$`) });
  return download;
}

const notice = (page: Page) => inReader(page, (root) => root?.querySelector('.ink-notice')?.textContent ?? '');

describe('books in Chromium', () => {
  it('from the reader: Download beside Refresh, then Download EPUB and Download HTML; the files arrive named Title - author and hold every part', async () => {
    const page = await chrome.context.newPage();
    try {
      await readWhole(page, SEED_2, SEED.parts);
      // The contract: a button named Download right after Refresh; behind it, Download EPUB and Download HTML.
      const bar = await inReader(page, (root) => Array.from(root!.querySelectorAll('.ink-bar button')).map((b) => b.getAttribute('aria-label') || b.textContent));
      expect(bar.indexOf('Download')).toBe(bar.indexOf('Refresh') + 1);
      await clickInReader(page, '.ink-bar button', { text: /^Download$/ });
      expect(await inReader(page, (root) => Array.from(root!.querySelectorAll('.ink-download-menu:not([hidden]) button')).map((b) => b.textContent))).toEqual(['Download EPUB', 'Download HTML']);

      const epub = await keep(await downloadFromReader(page, 'EPUB'));
      expect(basename(epub)).toBe(SEED.epub);
      await expect.poll(() => notice(page)).toBe(`Saved “${SEED.epub}”.`);
      const book = lookInsideEpub(epub);
      expect(book.title).toBe(SEED.title);
      expect(book.headings).toEqual(['Part 1', 'Part 2']);
      for (const file of ['smallville-onestepbehind-1.txt', 'smallville-onestepbehind-2.txt']) for (const words of ends(file)) expect(book.text).toContain(words);

      const html = await keep(await downloadFromReader(page, 'HTML'));
      expect(basename(html)).toBe(SEED.html);
      const page1 = lookInsideHtml(html);
      expect(page1.headings).toEqual(['Part 1', 'Part 2']);
      expect(page1.text).toContain(ends('smallville-onestepbehind-2.txt')[1]);
      expect(chrome.consoleErrors('extension')).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('from the reader with the network gone: the book is made from the saved copy', async () => {
    const page = await chrome.context.newPage();
    try {
      await readWhole(page, TARE_2, TARE.parts);
      await chrome.context.setOffline(true);
      try {
        const epub = await keep(await downloadFromReader(page, 'EPUB'));
        expect(basename(epub)).toBe(TARE.epub);
        expect(lookInsideEpub(epub).headings).toEqual(['Part 1', 'Part 2', 'Part 3']);
      } finally {
        await chrome.context.setOffline(false);
      }
    } finally {
      await page.close();
    }
  });

  it('from the library: a story’s own Download EPUB and Download HTML (in its view and on its row), then both stories selected', async () => {
    const lib = await chrome.openExtensionPage('library.html', 'li.sl-row');
    try {
      await expect.poll(() => lib.locator('li.sl-row').count()).toBe(2);
      await lib.getByRole('link', { name: SEED.title }).click();
      await lib.getByRole('heading', { name: SEED.title }).waitFor();
      const [epubDl] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Download EPUB', exact: true }).click()]);
      expect(epubDl.suggestedFilename()).toBe(SEED.epub);
      const epub = await keep(epubDl);
      expect(lookInsideEpub(epub).headings).toEqual(['Part 1', 'Part 2']);
      await expect.poll(() => lib.getByRole('status').first().textContent()).toBe(`Saved “${SEED.epub}”.`);
      const [htmlDl] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Download HTML', exact: true }).click()]);
      expect(htmlDl.suggestedFilename()).toBe(SEED.html);
      await keep(htmlDl);

      await lib.getByRole('link', { name: '← All stories' }).click();
      // On the story's row in the list, the same two names.
      const row = lib.getByRole('listitem').filter({ has: lib.getByRole('link', { name: TARE.title }) });
      const [rowDl] = await Promise.all([lib.waitForEvent('download'), row.getByRole('button', { name: 'Download HTML', exact: true }).click()]);
      expect(rowDl.suggestedFilename()).toBe(TARE.html);
      expect(lookInsideHtml(await keep(rowDl)).headings).toEqual(['Part 1', 'Part 2', 'Part 3']);

      await lib.getByRole('checkbox', { name: `Select “${SEED.title}”` }).check();
      await lib.getByRole('checkbox', { name: `Select “${TARE.title}”` }).check();
      const names: string[] = [];
      const arrived: Promise<void>[] = [];
      lib.on('download', (d) => arrived.push(keep(d).then(() => void names.push(d.suggestedFilename()))));
      await lib.getByRole('button', { name: 'Download selected as EPUB' }).click();
      await expect.poll(() => names.length, { timeout: 20_000 }).toBe(2);
      await Promise.all(arrived);
      expect(names.sort()).toEqual([SEED.epub, TARE.epub].sort());
      await expect.poll(() => lib.getByRole('status').first().textContent()).toMatch(/^Saved 2 EPUB files\./);
      expect(chrome.consoleErrors('extension')).toEqual([]);
    } finally {
      await lib.close();
    }
  });

  it('from the reader page (reader.html, the saved story in a tab of its own): Download, then Download EPUB', async () => {
    const id = Object.keys(await savedParts()).find((k) => k.includes('emeraldmeteor'))!;
    const page = await chrome.openExtensionPage(`reader.html?story=${encodeURIComponent(id)}`, '.ink-bar');
    try {
      await page.getByRole('button', { name: 'Download', exact: true }).click();
      const [dl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download EPUB', exact: true }).click()]);
      expect(dl.suggestedFilename()).toBe(SEED.epub);
      expect(lookInsideEpub(await keep(dl)).headings).toEqual(['Part 1', 'Part 2']);
      await expect.poll(() => page.getByRole('status').filter({ hasText: 'Saved' }).first().textContent()).toBe(`Saved “${SEED.epub}”.`);
    } finally {
      await page.close();
    }
  });

  it('every downloaded EPUB passes epubcheck: no errors, no warnings', async () => {
    expect(epubs.length).toBeGreaterThanOrEqual(6);
    expect(await booksWithProblems(epubs)).toEqual([]);
  }, 120_000);
});
