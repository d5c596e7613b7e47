// Issue 10's storage items in real Chromium with the built extension (tests/e2e/support/hostile-data.ts): a hostile
// backup imported through the library page, a post that lists another saved story's entries as its parts, a page
// that opens a popover or a modal dialog over the open reader, and remote images in fetched parts.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { clickInReader, clickReadButton, inReader, pollFor, proseCount, waitForReader } from '../../harness/closed-shadow';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { HOSTILE_PAGES_JSON } from './support/hostile';
import * as data from './support/hostile-data';

let server: FixtureServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: HOSTILE_PAGES_JSON, extraPages: data.hostileDataPages() });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
  data.removeTempFiles();
});

const closeReader = async (page: Page) => {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.evaluate(() => document.querySelectorAll('inkwell-reader').length)).toBe(0);
};

/** Opens the reader on a page whose script opens a look-alike `kind` over it 0.8 s later; resolves once it did. */
async function readWithFakeOver(page: Page, kind: 'popover' | 'dialog') {
  await chrome.openJournal(data.VICTIM[0]!, { page });
  await page.evaluate(data.openOverReader, { kind, delay: 800 });
  await clickReadButton(page);
  await waitForReader(page);
  await expect.poll(() => page.evaluate(() => (window as unknown as { __fakeOpen?: boolean }).__fakeOpen === true), { timeout: 10_000 }).toBe(true);
}

describe('storage attacks in Chromium', () => {
  it('a hostile backup through the library page: what it planted is left out or inert, and the page says so', async () => {
    const lib = await chrome.openExtensionPage('library.html', '.lib-import-file');
    try {
      // 200 MB: refused by its size, never read.
      await lib.locator('.lib-import-file').setInputFiles(data.sparseFile('huge.json', 200_000_000));
      await expect.poll(() => lib.getByRole('alert').textContent()).toMatch(/^Nothing was imported\. The file is 200 MB; a backup may be at most 180 MB/);
      // 20,000 brackets deep: refused before parsing.
      const deep = `{"format":"inkwell-backup","version":2,"exportedAt":1,"stories":[],"parts":[],"positions":[],"settings":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
      await lib.locator('.lib-import-file').setInputFiles(data.tempFile('deep.json', deep));
      await expect.poll(() => lib.getByRole('alert').textContent()).toMatch(/^Nothing was imported\. The file nests deeper than an Inkwell backup ever does/);

      await lib.locator('.lib-import-file').setInputFiles(data.tempFile('hostile.json', JSON.stringify(data.hostileBackup())));
      await expect.poll(() => lib.getByRole('status').first().textContent()).toMatch(/^Imported the backup: 2 stories \(2 added/);
      const said = (await lib.getByRole('alert').textContent()) ?? '';
      expect(said).toMatch(/^Not everything in the file was imported\./);
      expect(said).toContain('1 story was left out because its address is not a journal page ("javascript:alert(document.cookie)")');
      expect(said).toContain('1 part was left out because its address is not a journal page ("data:text/html,<p>planted</p>")');
      expect(said).toMatch(/links? to something other than a journal page (was|were) dropped/);
      expect(said).toMatch(/Inkwell does not know (was|were) ignored/);
      const titles = await lib.locator('li.sl-row .sl-title').allTextContents();
      expect(titles).not.toContain(data.PLANTED_TITLE);
      expect(titles).toContain('The Archive Copy');
      const stored = await lib.evaluate(data.storedLibrary);
      expect(stored.stories.map((s) => s.title)).not.toContain(data.PLANTED_TITLE);
    } finally {
      await lib.close();
    }

    // The story at a real address opens from its saved copy (the reader page, which reads only what was saved):
    // its words are there, its planted links are not live. (Opened from the live page, the page's own text is shown.)
    const page = await chrome.openExtensionPage(`reader.html?story=${encodeURIComponent(data.ARCHIVE_ID)}`, '.ink-root');
    try {
      const title = await page.title();
      const read = () => page.evaluate(data.readerLinksOfDocument) as Promise<ReturnType<typeof data.readerLinks>>;
      const seen = await pollFor(read, (r) => r.text.includes(data.SAVED_WORDS));
      expect(seen.text).toContain(data.SAVED_WORDS);
      expect(seen.text).toContain('script link');
      for (const l of seen.links) {
        expect(l.href, l.text).toMatch(/^(https:\/\/|http:\/\/|#ink-part-)/);
        if (!l.href.startsWith('#')) expect([l.target, l.rel], l.href).toEqual(['_blank', 'noopener noreferrer']);
      }
      const hrefs = seen.links.map((l) => l.href);
      expect(hrefs).toContain('https://lamp-archive.dreamwidth.org/202.html'); // a journal's link, as https
      expect(hrefs).toContain('https://elsewhere.example/page');
      expect(seen.links.filter((l) => /script link|file link|data link|mail link/.test(l.text))).toEqual([]);
      await page.waitForTimeout(500);
      expect(await page.title()).toBe(title); // the planted onerror never ran
    } finally {
      await page.close();
    }
  });

  it('a post listing another saved story’s entries as its parts: the earlier story survives, whole', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal(data.VICTIM[0]!, { page });
      await clickReadButton(page);
      await expect.poll(() => proseCount(page), { timeout: 20_000 }).toBe(2);
      await page.waitForTimeout(500); // saved
      await closeReader(page);

      await chrome.openJournal(data.SWALLOWER, { page });
      await clickReadButton(page);
      await expect.poll(() => proseCount(page), { timeout: 20_000 }).toBe(2);
      await page.waitForTimeout(1000);
      await closeReader(page);
    } finally {
      await page.close();
    }

    const lib = await chrome.openExtensionPage('library.html', 'li.sl-row');
    try {
      expect(data.afterSwallow(await lib.evaluate(data.storedLibrary))).toEqual(data.SURVIVED);
    } finally {
      await lib.close();
    }

    // Opened again, part 1 is the earlier story, from its saved copy.
    const again = await chrome.context.newPage();
    try {
      await chrome.openJournal(data.VICTIM[1]!, { page: again });
      await clickReadButton(again);
      await waitForReader(again);
      const seen = await pollFor(
        () => inReader(again, data.readerLinks),
        (r) => r.text.includes(data.VICTIM_WORDS[1]!),
      );
      expect(seen.title).toBe(data.VICTIM_TITLE);
      await closeReader(again);
    } finally {
      await again.close();
    }
  });

  it('a popover the page opens over the reader: the reader takes the top back', async () => {
    const page = await chrome.context.newPage();
    try {
      await readWithFakeOver(page, 'popover');
      // The page's popover is open (it stays so), and the reader is the topmost element again.
      await expect.poll(() => page.evaluate(data.readerHoldsTop), { timeout: 5_000 }).toEqual({ open: true, missed: [] });
      expect(await page.evaluate(() => document.getElementById('fake-popover')!.matches(':popover-open'))).toBe(true);
      // And it still answers the reader: a click on its own Close button closes it.
      await clickInReader(page, 'button', { text: /^Close$/ });
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('inkwell-reader').length)).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('a modal dialog the page opens over the reader: the reader closes rather than sit inert under it', async () => {
    const page = await chrome.context.newPage();
    try {
      await readWithFakeOver(page, 'dialog');
      await expect.poll(() => page.evaluate(() => document.querySelectorAll('inkwell-reader').length), { timeout: 5_000 }).toBe(0);
    } finally {
      await page.close();
    }
  });

  it('remote images in a fetched part are off by default: no request for them until the story’s Images button', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal(data.PICTURES[0]!, { page, waitUntil: 'load' });
      server.clearRequests();
      await clickReadButton(page);
      await expect.poll(() => proseCount(page), { timeout: 20_000 }).toBe(2);
      await page.waitForTimeout(1500);
      const images = () =>
        server
          .requests()
          .filter((r) => new URL(r.url).hostname === data.PICTURE_HOST)
          .map((r) => r.url);
      expect(images()).not.toContain(data.pictureUrl(2));
      const part2 = await inReader(page, (root) => inkDrawnText(root!.querySelectorAll('article')[1]));
      expect(part2).toContain('[image: lanterns on a shelf, part 2]');
      // The page's own part shows its image (the page loaded it already).
      expect(await inReader(page, (root) => root!.querySelectorAll('article')[0]!.querySelectorAll('img').length)).toBe(1);

      // The story's own choice: one click, and part 2's image loads.
      await clickInReader(page, 'button[aria-label="Show images in this story"]');
      await expect.poll(images, { timeout: 10_000 }).toContain(data.pictureUrl(2));
      expect(await inReader(page, (root) => root!.querySelector('button[aria-label="Show images in this story"]')!.getAttribute('aria-pressed'))).toBe('true');
      await closeReader(page);
    } finally {
      await page.close();
    }
  });
});
