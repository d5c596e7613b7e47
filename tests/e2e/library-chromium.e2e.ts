// The popup and the library page in real Chromium with the built extension: the scenarios both browsers run
// (support/library-suite.ts: progress listed, opened at the paragraph, export → delete all → import, search
// and filters, the pages live), and Chromium's own: "Read this page in Inkwell" on the active tab, a story's
// parts on the library page, and the same pages with 5,000 stories, timed.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { topParagraph, waitForReader } from '../../harness/closed-shadow';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { benchStories, putRecords } from '../../harness/library-records';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { type LibraryDriver, libraryLiveTests, libraryTests } from './support/library-suite';

let server: FixtureServer;
let chrome: ChromiumSession;

import { SEED_2 } from './support/books';

/** What the service worker logged (console.error is in consoleErrors; warnings and logs are here). */
const workerLog: string[] = [];
beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server });
  chrome.serviceWorker.on('console', (m) => workerLog.push(`${m.type()}: ${m.text()}`));
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** Runs `f`; when it fails, says what the pages showed and what the extension logged. */
async function explained<T>(what: string, pages: Page[], f: () => Promise<T>): Promise<T> {
  try {
    return await f();
  } catch (e) {
    const states = await Promise.all(
      pages.map((p) =>
        p
          .evaluate(() => ({
            url: location.href,
            app: { ...(document.getElementById('app')?.dataset ?? {}) },
            said: Array.from(document.querySelectorAll('[role="status"], [role="alert"]'))
              .map((x) => x.textContent)
              .filter(Boolean),
            readButtons: document.querySelectorAll('inkwell-read-button').length,
            reader: !!document.querySelector('inkwell-reader'),
          }))
          .catch((err: Error) => `(page gone: ${err.message})`),
      ),
    );
    throw new Error(`${what}: ${(e as Error).message}\nworker: ${JSON.stringify(workerLog.slice(-20))}\npages: ${JSON.stringify(states)}\nconsole errors: ${JSON.stringify(chrome.consoleErrors())}`);
  }
}

/**
 * Opens an extension page in a new tab and waits for `selector`. The page is loaded again once when
 * it never arrived at all (a browser under heavy load can drop the navigation); a page that arrived
 * without the selector fails with what it showed.
 */
async function openPage(path: string, selector: string): Promise<Page> {
  const tab = await chrome.context.newPage();
  for (let attempt = 0; ; attempt++) {
    tab.goto(chrome.baseUrl + path).catch(() => {});
    try {
      await tab.waitForSelector(selector, { state: 'attached', timeout: 20_000 });
      return tab;
    } catch (e) {
      const arrived = await tab.evaluate(() => (document.getElementById('app')?.childElementCount ?? 0) > 0).catch(() => false);
      if (arrived || attempt >= 1) return explained(`${path} showing ${selector}`, [tab], () => Promise.reject(e));
    }
  }
}

describe('the popup and the library in Chromium', () => {
  const driver: LibraryDriver = {
    async journal(url) {
      const page = await chrome.context.newPage();
      await chrome.openJournal(url, { page });
      return page;
    },
    extensionPage: (path, selector) => openPage(path, selector),
    async tabOpenedBy(action) {
      const [tab] = await Promise.all([chrome.context.waitForEvent('page'), action()]);
      return tab;
    },
    async downloaded(page, action) {
      const [download] = await Promise.all([(page as Page).waitForEvent('download'), action()]);
      return { name: download.suggestedFilename(), path: await download.path() };
    },
    chooseFile: (page, selector, path) => (page as Page).locator(selector).setInputFiles(path),
    select: async (page, selector, value) => void (await (page as Page).selectOption(selector, value)),
    extensionErrors: () => chrome.consoleErrors('extension'),
  };
  const state = libraryTests(() => driver);

  it('offers “Read this page in Inkwell” on the active journal tab (its URL readable without the tabs permission) and opens the reader there', async () => {
    const other = await chrome.context.newPage();
    const journal = await chrome.context.newPage();
    const popup = await openPage('popup.html', 'li.sl-row');
    try {
      await other.goto('https://example.org/somewhere.html', { waitUntil: 'domcontentloaded' });
      await chrome.openJournal(SEED_2, { page: journal });
      // What the popup sees: the journal tab's URL (host permission), not another site's.
      const seen = await popup.evaluate(async () => {
        const api = (globalThis as unknown as { chrome: { tabs: { query(q: object): Promise<{ url?: string }[]> } } }).chrome;
        return (await api.tabs.query({})).map((t) => t.url ?? null);
      });
      expect(seen).toContain(SEED_2);
      expect(seen.some((u) => u?.includes('example.org'))).toBe(false);
      expect(seen).toContain(null);
      // The journal tab active, the popup (still open behind it) asks again on reload.
      await journal.bringToFront();
      await popup.reload();
      const here = popup.getByRole('button', { name: 'Read this page in Inkwell' });
      await here.waitFor();
      await here.click();
      await waitForReader(journal);
      await expect.poll(() => topParagraph(journal), { timeout: 10_000 }).toBe(state.wanted);
    } finally {
      await popup.close().catch(() => undefined);
      await journal.close();
      await other.close();
    }
  });

  it('shows a story’s parts and their state on the library page, and links to the settings', async () => {
    const lib = await openPage('library.html', 'li.sl-row');
    try {
      await lib.locator('li.sl-row a.sl-title').first().click();
      await lib.locator('.sd-title').waitFor();
      const parts = lib.locator('.sd-part');
      await expect.poll(() => parts.count()).toBe(2);
      expect(await parts.evaluateAll((els) => els.map((e) => [e.getAttribute('data-state'), e.getAttribute('data-reading')]))).toEqual([
        ['cached', 'read'],
        ['cached', 'here'],
      ]);
      expect(await lib.evaluate(() => document.activeElement?.className)).toBe('sd-title');
      await lib.getByRole('link', { name: '← All stories' }).click();
      await lib.locator('li.sl-row').first().waitFor();
      expect(await lib.getByRole('link', { name: 'Reader settings' }).getAttribute('href')).toBe('/options.html');
    } finally {
      await lib.close();
    }
    const options = await openPage('options.html', 'input[type=range]');
    try {
      expect(await options.getByRole('heading', { name: 'Reader defaults' }).count()).toBe(1);
      expect(await options.locator('dl.ink-keys dt').count()).toBeGreaterThan(4);
    } finally {
      await options.close();
    }
  });

  libraryLiveTests(() => driver);

  it('opens fast with 5,000 stories and searches each keystroke quickly', async () => {
    // Seed 5,000 stories straight into the database from an extension page.
    const lib = await openPage('library.html', '.sl[data-indexed="true"]');
    let before = 0;
    try {
      before = await lib.evaluate(() => Number(/(\d+) stor/.exec(document.querySelector('.sl-count')?.textContent ?? '')?.[1] ?? 0));
      // The same records as the bench's library section (bench/sections/library.ts).
      const records = benchStories(5000);
      await putRecords(lib, records);
      // The first open reads the database (nothing remembered); the next ones start from the copy.
      await lib.evaluate(() => localStorage.removeItem('inkwell:popup-first-screen:v1'));
    } finally {
      await lib.close();
    }

    const timings: { from: string; firstScreen: number; loaded: number; keystrokes: number[]; rendered: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const popup = await openPage('popup.html', '#app');
      try {
        await explained(`popup ${run} with ${5000 + before} stories`, [popup], async () => {
          await popup.waitForSelector('#app[data-state="loaded"]', { timeout: 15_000 });
          await popup.waitForSelector('.sl[data-indexed="true"]', { timeout: 10_000 });
        });
        const t = await popup.evaluate(() => {
          const mark = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? -1;
          const input = document.querySelector<HTMLInputElement>('.sl-search')!;
          const keystrokes: number[] = [];
          for (const q of ['h', 'ha', 'har', 'harr', 'harry', 'harry ', 'harry d', 'harry dr']) {
            const t0 = performance.now();
            input.value = q;
            input.dispatchEvent(new Event('input', { bubbles: true }));
            keystrokes.push(performance.now() - t0);
          }
          return {
            from: document.getElementById('app')!.dataset.firstScreenFrom ?? '',
            firstScreen: mark('inkwell:popup-first-screen'),
            loaded: mark('inkwell:popup-loaded'),
            keystrokes,
            rendered: document.querySelectorAll('li').length,
          };
        });
        timings.push(t);
        // 5,000 here, and the library's own (the seeded ones of the filter tests, the two read).
        expect(await popup.locator('.sl-count').textContent()).toBe(`2,500 of ${(5000 + before).toLocaleString('en')} stories`);
      } finally {
        await popup.close();
      }
    }
    console.log(`[library-chromium] popup with ${5000 + before} stories:`, JSON.stringify(timings));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Budgets: first screen 200 ms after navigation start, 16 ms a keystroke painted (quiet machine: about
    // 100-180 ms from the database, 70 ms from the remembered copy, 2-10 ms a keystroke). The bounds
    // here only catch a blow-up on a busy machine; the benchmark holds the budget, the log above has
    // the measurements.
    expect(timings.map((t) => t.from)).toEqual(['database', 'cache', 'cache']);
    for (const t of timings) expect(t.firstScreen).toBeGreaterThan(0);
    expect(timings[0].firstScreen).toBeLessThan(1500);
    expect(median(timings.slice(1).map((t) => t.firstScreen))).toBeLessThan(1000);
    expect(median(timings.flatMap((t) => t.keystrokes))).toBeLessThan(30);
    for (const t of timings) expect(t.rendered).toBeLessThan(40);
  });
});
