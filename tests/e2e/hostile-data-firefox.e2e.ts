// Issue 10's storage items in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built MV2 extension: the same
// scenarios as hostile-data-chromium.e2e.ts (tests/e2e/support/hostile-data.ts).

import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInReader, clickReadButton, inReader, pollFor, proseCount, waitForReader } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { HOSTILE_PAGES_JSON } from './support/hostile';
import * as data from './support/hostile-data';

let server: FixtureServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: HOSTILE_PAGES_JSON, extraPages: data.hostileDataPages() });
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  data.removeTempFiles();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const readers = (page: Page) => page.evaluate(() => document.querySelectorAll('inkwell-reader').length);
const textOf = (page: Page, selector: string) => page.$eval(selector, (el) => el.textContent ?? '').catch(() => '');

async function closeReader(page: Page) {
  await page.keyboard.press('Escape');
  expect(
    await pollFor(
      () => readers(page),
      (n) => n === 0,
    ),
  ).toBe(0);
}

async function importFile(lib: Page, path: string) {
  const input = (await lib.$('.lib-import-file')) as ElementHandle<HTMLInputElement>;
  await input.uploadFile(path);
}

/** Opens the reader on a page whose script opens a look-alike `kind` over it 0.8 s later; resolves once it did. */
async function readWithFakeOver(page: Page, kind: 'popover' | 'dialog') {
  await firefox.openJournal(data.VICTIM[0]!);
  await page.evaluate(data.openOverReader, { kind, delay: 800 });
  await clickReadButton(page);
  await waitForReader(page);
  expect(await pollFor(() => page.evaluate(() => (window as unknown as { __fakeOpen?: boolean }).__fakeOpen === true), Boolean)).toBe(true);
}

describe('storage attacks in Firefox', () => {
  it('a hostile backup through the library page: what it planted is left out or inert, and the page says so', async () => {
    const lib = await firefox.openExtensionPage('library.html', '.lib-import-file');
    try {
      await importFile(lib, data.sparseFile('huge.json', 200_000_000));
      expect(
        await pollFor(
          () => textOf(lib, '.lib-alert'),
          (t) => !!t,
        ),
      ).toMatch(/^Nothing was imported\. The file is 200 MB; a backup may be at most 180 MB/);
      const deep = `{"format":"inkwell-backup","version":2,"exportedAt":1,"stories":[],"parts":[],"positions":[],"settings":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
      await importFile(lib, data.tempFile('deep.json', deep));
      expect(
        await pollFor(
          () => textOf(lib, '.lib-alert'),
          (t) => /nests deeper/.test(t),
        ),
      ).toMatch(/^Nothing was imported\. The file nests deeper than an Inkwell backup ever does/);

      await importFile(lib, data.tempFile('hostile.json', JSON.stringify(data.hostileBackup())));
      expect(
        await pollFor(
          () => textOf(lib, '.lib-status'),
          (t) => /^Imported/.test(t),
        ),
      ).toMatch(/^Imported the backup: 2 stories \(2 added/);
      const said = await textOf(lib, '.lib-alert');
      expect(said).toMatch(/^Not everything in the file was imported\./);
      expect(said).toContain('1 story was left out because its address is not a journal page ("javascript:alert(document.cookie)")');
      expect(said).toContain('1 part was left out because its address is not a journal page ("data:text/html,<p>planted</p>")');
      expect(said).toMatch(/Inkwell does not know (was|were) ignored/);
      const titles = await pollFor(
        () => lib.$$eval('li.sl-row .sl-title', (els) => els.map((e) => e.textContent ?? '')),
        (t) => t.length === 2,
      );
      expect(titles).toContain('The Archive Copy');
      expect(titles).not.toContain(data.PLANTED_TITLE);
      expect((await lib.evaluate(data.storedLibrary)).stories.map((s) => s.title)).not.toContain(data.PLANTED_TITLE);
    } finally {
      await lib.close();
    }

    // The saved copy, in the reader page (only what was saved): its words, none of its planted links live.
    const page = await firefox.openExtensionPage(`reader.html?story=${encodeURIComponent(data.ARCHIVE_ID)}`, '.ink-root');
    try {
      const title = await page.title();
      const read = () => page.evaluate(data.readerLinksOfDocument) as Promise<ReturnType<typeof data.readerLinks>>;
      const seen = await pollFor(read, (r) => r.text.includes(data.SAVED_WORDS));
      expect(seen.text).toContain(data.SAVED_WORDS);
      for (const l of seen.links) {
        expect(l.href, l.text).toMatch(/^(https:\/\/|http:\/\/|#ink-part-)/);
        if (!l.href.startsWith('#')) expect([l.target, l.rel], l.href).toEqual(['_blank', 'noopener noreferrer']);
      }
      const hrefs = seen.links.map((l) => l.href);
      expect(hrefs).toContain('https://lamp-archive.dreamwidth.org/202.html');
      expect(seen.links.filter((l) => /script link|file link|data link|mail link/.test(l.text))).toEqual([]);
      await sleep(500);
      expect(await page.title()).toBe(title);
    } finally {
      await page.close();
    }
  });

  it('a post listing another saved story’s entries as its parts: the earlier story survives, whole', async () => {
    const page = firefox.page;
    await firefox.openJournal(data.VICTIM[0]!);
    await clickReadButton(page);
    expect(
      await pollFor(
        () => proseCount(page),
        (n) => n === 2,
        20_000,
      ),
    ).toBe(2);
    await sleep(500);
    await closeReader(page);
    await firefox.openJournal(data.SWALLOWER);
    await clickReadButton(page);
    expect(
      await pollFor(
        () => proseCount(page),
        (n) => n === 2,
        20_000,
      ),
    ).toBe(2);
    await sleep(1000);
    await closeReader(page);

    const lib = await firefox.openExtensionPage('library.html', 'li.sl-row');
    try {
      expect(data.afterSwallow(await lib.evaluate(data.storedLibrary))).toEqual(data.SURVIVED);
    } finally {
      await lib.close();
    }

    await firefox.openJournal(data.VICTIM[1]!);
    await clickReadButton(page);
    await waitForReader(page);
    const seen = await pollFor(
      () => inReader(page, data.readerLinks),
      (r) => r.text.includes(data.VICTIM_WORDS[1]!),
    );
    expect(seen.title).toBe(data.VICTIM_TITLE);
    await closeReader(page);
  });

  it('a popover the page opens over the reader: the reader takes the top back', async () => {
    const page = firefox.page;
    await readWithFakeOver(page, 'popover');
    expect(
      await pollFor(
        () => page.evaluate(data.readerHoldsTop),
        (r) => r.missed.length === 0,
        5_000,
      ),
    ).toEqual({ open: true, missed: [] });
    expect(await page.evaluate(() => document.getElementById('fake-popover')!.matches(':popover-open'))).toBe(true);
    await clickInReader(page, 'button', { text: /^Close$/ });
    expect(
      await pollFor(
        () => readers(page),
        (n) => n === 0,
      ),
    ).toBe(0);
  });

  it('a modal dialog the page opens over the reader: the reader closes rather than sit inert under it', async () => {
    const page = firefox.page;
    await readWithFakeOver(page, 'dialog');
    expect(
      await pollFor(
        () => readers(page),
        (n) => n === 0,
        5_000,
      ),
    ).toBe(0);
  });

  it('remote images in a fetched part are off by default: no request for them until the story’s Images button', async () => {
    const page = firefox.page;
    await firefox.openJournal(data.PICTURES[0]!, { waitUntil: 'load' });
    server.clearRequests();
    await clickReadButton(page);
    expect(
      await pollFor(
        () => proseCount(page),
        (n) => n === 2,
        20_000,
      ),
    ).toBe(2);
    // Part 2 in view: its picture (loading="lazy") would load now if it were there.
    const toPartTwo = () => inReader(page, (root) => root!.querySelectorAll('article')[1]!.scrollIntoView());
    await toPartTwo();
    await sleep(1500);
    const images = () =>
      server
        .requests()
        .filter((r) => new URL(r.url).hostname === data.PICTURE_HOST)
        .map((r) => r.url);
    expect(images()).not.toContain(data.pictureUrl(2));
    expect(await inReader(page, (root) => inkDrawnText(root!.querySelectorAll('article')[1]))).toContain('[image: lanterns on a shelf, part 2]');
    expect(await inReader(page, (root) => root!.querySelectorAll('article')[0]!.querySelectorAll('img').length)).toBe(1);

    await clickInReader(page, 'button[aria-label="Show images in this story"]');
    await toPartTwo();
    expect(
      await pollFor(
        async () => images(),
        (u) => u.includes(data.pictureUrl(2)),
      ),
    ).toContain(data.pictureUrl(2));
    await closeReader(page);
  });
});
