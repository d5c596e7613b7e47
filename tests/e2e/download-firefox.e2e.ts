// Books in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built MV2 extension: from the reader
// (a content script: its Blob URL and <a download> live in the journal page's tab) and from the library
// page, the files land in the download folder (set by prefs) named "Title - author.epub", with every
// part in order, and pass epubcheck.

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInReader, clickReadButton, inReader, pollFor, proseCount } from '../../harness/closed-shadow';
import { downloadPrefs, type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { booksWithProblems, ends, lookInsideEpub, lookInsideHtml, SAVED_PARTS_JS, SEED, SEED_2, TARE, TARE_2 } from './support/books';

let server: FixtureServer;
let firefox: FirefoxSession;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkwell-ff-downloads-'));
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  firefox = await launchFirefox({
    server,
    // Save every download into `dir` without asking.
    prefs: downloadPrefs(dir, 'application/epub+zip,text/html'),
  });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Waits for a finished download named `name` (Firefox writes `name.part` first); a second copy is "name(1).ext". */
async function arrived(name: string, copy = 0): Promise<string> {
  const dot = name.lastIndexOf('.');
  const want = copy ? `${name.slice(0, dot)}(${copy})${name.slice(dot)}` : name;
  const file = join(dir, want);
  const done = await pollFor(async () => existsSync(file) && !readdirSync(dir).some((f) => f.endsWith('.part')) && statSync(file).size > 0, Boolean, 20_000);
  if (!done) throw new Error(`no ${want} in the download folder: ${JSON.stringify(readdirSync(dir))}`);
  return file;
}

/** Reads a story in the reader until all its parts are saved (asked of the database from an extension page). */
async function readWhole(page: Page, url: string, parts: number): Promise<void> {
  await firefox.openJournal(url, { page });
  await clickReadButton(page);
  expect(
    await pollFor(
      () => proseCount(page),
      (n) => n === parts,
      15_000,
    ),
  ).toBe(parts);
  probe ??= await firefox.openExtensionPage('options.html');
  const saved = await pollFor(
    () => probe!.evaluate(SAVED_PARTS_JS) as Promise<Record<string, number>>,
    (s) => Object.values(s).includes(parts),
    15_000,
  );
  expect(Object.values(saved)).toContain(parts);
}
let probe: Page | null = null;

async function downloadFromReader(page: Page, format: 'EPUB' | 'HTML'): Promise<void> {
  if (!(await inReader(page, (root) => root?.querySelector('.ink-download button[aria-expanded="true"]') != null))) {
    await clickInReader(page, '.ink-bar button', { text: /^Download$/ });
  }
  await clickInReader(page, '.ink-download-menu button', { text: new RegExp(`^Download ${format}$`) });
}

const notice = (page: Page) => inReader(page, (root) => root?.querySelector('.ink-notice')?.textContent ?? '');

describe('books in Firefox', () => {
  const epubs: string[] = [];

  it('from the reader: Download, then Download EPUB and Download HTML; the files arrive named Title - author and hold every part', async () => {
    const page = firefox.page;
    await readWhole(page, SEED_2, SEED.parts);
    const bar = await inReader(page, (root) => Array.from(root!.querySelectorAll('.ink-bar button')).map((b) => b.getAttribute('aria-label') || b.textContent));
    expect(bar.indexOf('Download')).toBe(bar.indexOf('Refresh') + 1);

    await downloadFromReader(page, 'EPUB');
    const epub = await arrived(SEED.epub);
    expect(
      await pollFor(
        () => notice(page),
        (t) => t.startsWith('Saved'),
      ),
    ).toBe(`Saved “${SEED.epub}”.`);
    epubs.push(epub);
    const book = lookInsideEpub(epub);
    expect(book.title).toBe(SEED.title);
    expect(book.headings).toEqual(['Part 1', 'Part 2']);
    for (const file of ['smallville-onestepbehind-1.txt', 'smallville-onestepbehind-2.txt']) for (const words of ends(file)) expect(book.text).toContain(words);

    await downloadFromReader(page, 'HTML');
    const html = lookInsideHtml(await arrived(SEED.html));
    expect(html.headings).toEqual(['Part 1', 'Part 2']);
    expect(html.text).toContain(ends('smallville-onestepbehind-2.txt')[1]);
    await page.keyboard.press('Escape');
  });

  it('from the library: a story’s own Download EPUB and Download HTML, then two stories selected', async () => {
    const page = firefox.page;
    await readWhole(page, TARE_2, TARE.parts);
    await page.keyboard.press('Escape');
    const lib = await firefox.openExtensionPage('library.html', 'li.sl-row');
    try {
      expect(
        await pollFor(
          () => lib.$$eval('li.sl-row', (rows) => rows.length),
          (n) => n === 2,
        ),
      ).toBe(2);
      await lib.click(`li.sl-row a.sl-title::-p-text(${SEED.title})`);
      await lib.waitForSelector('.sd-actions');
      await lib.click('.sd-actions ::-p-text(Download EPUB)');
      epubs.push(await arrived(SEED.epub, 1));
      await lib.click('.sd-actions ::-p-text(Download HTML)');
      expect(lookInsideHtml(await arrived(SEED.html, 1)).headings).toEqual(['Part 1', 'Part 2']);

      await lib.click('.sd-back-link');
      await lib.waitForSelector('li.sl-row .sl-check');
      for (const title of [SEED.title, TARE.title]) await lib.click(`li.sl-row input[aria-label="Select “${title}”"]`);
      await lib.click('.lib-bulk ::-p-text(Download selected as EPUB)');
      epubs.push(await arrived(SEED.epub, 2), await arrived(TARE.epub));
      expect(lookInsideEpub(epubs[epubs.length - 1]).headings).toEqual(['Part 1', 'Part 2', 'Part 3']);
      expect(
        await pollFor(
          () => lib.$eval('.lib-status', (e) => e.textContent ?? ''),
          (t) => t.startsWith('Saved 2'),
        ),
      ).toMatch(/^Saved 2 EPUB files\./);
      expect(firefox.consoleErrors('extension')).toEqual([]);
    } finally {
      await lib.close();
    }
  });

  it('from the reader page (reader.html, the saved story in a tab of its own): Download, then Download EPUB', async () => {
    const saved = (await probe!.evaluate(SAVED_PARTS_JS)) as Record<string, number>;
    const id = Object.keys(saved).find((k) => k.includes('emeraldmeteor'))!;
    const page = await firefox.openExtensionPage(`reader.html?story=${encodeURIComponent(id)}`, '.ink-bar');
    try {
      await page.click('.ink-bar ::-p-text(Download)');
      await page.click('.ink-download-menu ::-p-text(Download EPUB)');
      const epub = await arrived(SEED.epub, 3);
      expect(lookInsideEpub(epub).headings).toEqual(['Part 1', 'Part 2']);
      epubs.push(epub);
    } finally {
      await page.close();
    }
  });

  it('every downloaded EPUB passes epubcheck: no errors, no warnings', async () => {
    expect(epubs.length).toBe(5);
    expect(await booksWithProblems(epubs)).toEqual([]);
  }, 120_000);
});
