// The popup and the library page in real Chromium with the built extension: a story read part way is
// listed with its progress; clicking it opens the reader page (reader.html) in a tab at the saved paragraph;
// export, delete all, import brings back the same list and positions. Then the same pages with 5,000
// stories, timed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { clickReadButton, inReader, proseCount, scrollReaderTo, topParagraph, waitForReader } from './support/closed-shadow';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES_JSON } from './support/paths';
import { readerView } from './support/reader-view';

let server: FixtureServer;
let chrome: ChromiumSession;

const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';

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

/** Every row of the list as [id, progress text, parts text] (all rows: the list is small here). */
function listRows(page: Page): Promise<string[][]> {
  return page.locator('li.sl-row').evaluateAll((els) =>
    els.map((e) => [e.getAttribute('data-id') ?? '', e.querySelector('.sl-percent')?.textContent ?? '', e.querySelector('.sl-parts')?.textContent ?? '']),
  );
}

/** The positions stored in the extension's database, read from one of its pages. */
function storedPositions(page: Page): Promise<unknown[]> {
  return page.evaluate(
    () =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('inkwell');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('positions').objectStore('positions').getAll();
          req.onsuccess = () => {
            db.close();
            resolve(req.result);
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

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
            said: Array.from(document.querySelectorAll('[role="status"], [role="alert"]')).map((x) => x.textContent).filter(Boolean),
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

/** Waits until the background has stored a story with a position past `minPercent` (the reader saves asynchronously). */
async function storedProgress(minPercent: number): Promise<void> {
  await expect
    .poll(
      () =>
        chrome.serviceWorker.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const open = indexedDB.open('inkwell');
              open.onerror = () => resolve(-1);
              open.onsuccess = () => {
                const db = open.result;
                const tx = db.transaction(['stories', 'positions']);
                const stories = tx.objectStore('stories').count();
                const positions = tx.objectStore('positions').getAll();
                tx.oncomplete = () => {
                  db.close();
                  const best = Math.max(-1, ...(positions.result as { percent: number }[]).map((p) => p.percent));
                  resolve(stories.result > 0 ? best : -1);
                };
              };
            }),
        ),
      { timeout: 15_000 },
    )
    .toBeGreaterThan(minPercent);
}

describe('the popup and the library in Chromium', () => {
  let wanted = '';
  let storyId = '';

  it('lists a story read part way, with its progress', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal(SEED_2, { page });
      await clickReadButton(page);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
      // Into part 2: its 25th paragraph at the top of the view.
      await scrollReaderTo(page, 1, 25);
      await page.waitForTimeout(1500);
      wanted = await topParagraph(page);
      expect(wanted.length).toBeGreaterThan(10);
      await page.keyboard.press('Escape');
      await expect.poll(() => inReader(page, (root) => root?.querySelectorAll('[role="dialog"]').length ?? 0)).toBe(0);
      await storedProgress(0);
    } finally {
      await page.close();
    }

    const popup = await openPage('popup.html', 'li.sl-row');
    try {
      const rows = popup.locator('li.sl-row');
      await expect.poll(() => rows.count()).toBe(1);
      const row = rows.first();
      storyId = (await row.getAttribute('data-id')) ?? '';
      expect(storyId).toMatch(/livejournal\.com\/emeraldmeteor\//);
      expect(Number(await row.getAttribute('data-percent'))).toBeGreaterThan(0);
      const progress = (await row.locator('.sl-percent').textContent()) ?? '';
      expect(progress).toMatch(/^\d+% read$/);
      expect(parseInt(progress, 10)).toBeGreaterThan(0);
      expect(await row.locator('.sl-parts').textContent()).toBe('1/2 parts');
      expect(await row.locator('.sl-when').textContent()).toBe('read just now');
      // The story in progress is offered at the top.
      await popup.getByRole('button', { name: /^Continue “/ }).waitFor();
      expect(chrome.consoleErrors('extension')).toEqual([]);
    } finally {
      await popup.close();
    }
  });

  it('opens the story from the popup in the reader page, at the saved paragraph', async () => {
    const popup = await openPage('popup.html', 'li.sl-row');
    try {
      const [tab] = await Promise.all([chrome.context.waitForEvent('page'), popup.locator('li.sl-row .sl-title').first().click()]);
      try {
        // The extension's own reader page (the saved copy), at the part the reader stopped in (part 2).
        await explained('the reader in the new tab', [popup, tab], async () => {
          await tab.waitForURL(`${chrome.baseUrl}reader.html?story=${encodeURIComponent(storyId)}`);
          await tab.locator('[role="dialog"]').waitFor({ timeout: 15_000 });
        });
        await expect.poll(async () => (await tab.evaluate(readerView, 'page' as const)).top, { timeout: 10_000 }).toBe(wanted);
      } finally {
        await tab.close();
      }
    } finally {
      await popup.close();
    }
  });

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
      await expect.poll(() => topParagraph(journal), { timeout: 10_000 }).toBe(wanted);
    } finally {
      await popup.close().catch(() => undefined);
      await journal.close();
      await other.close();
    }
  });

  it('exports, deletes all, imports: the same list and positions are back', async () => {
    const lib = await openPage('library.html', 'li.sl-row');
    try {
      await lib.locator('.lib-storage').filter({ hasText: /Storage used: \d/ }).waitFor();
      const before = await listRows(lib);
      const positionsBefore = await storedPositions(lib);
      expect(before.map((r) => r[0])).toEqual([storyId]);
      expect(positionsBefore).toHaveLength(1);

      const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'Export library' }).click()]);
      expect(download.suggestedFilename()).toMatch(/^inkwell-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const file = await download.path();
      const backup = JSON.parse(readFileSync(file, 'utf8'));
      expect(backup.format).toBe('inkwell-backup');
      expect(backup.stories).toHaveLength(1);

      await lib.getByLabel(/^Select all 1 shown$/).check();
      await lib.getByRole('button', { name: 'Delete', exact: true }).click();
      await lib.getByRole('button', { name: 'Delete 1 story' }).click();
      await expect.poll(() => lib.locator('li.sl-row').count()).toBe(0);
      await lib.locator('.sl-empty').filter({ hasText: /No saved stories yet/ }).waitFor();
      expect(await storedPositions(lib)).toEqual([]);

      // A broken file is refused with its reason, nothing changed.
      await lib.locator('.lib-import-file').setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"inkwell-backup"') });
      await expect.poll(() => lib.getByRole('alert').textContent()).toMatch(/^Nothing was imported\. The file is not valid JSON/);
      expect(await lib.locator('li.sl-row').count()).toBe(0);

      await lib.locator('.lib-import-file').setInputFiles(file);
      await expect.poll(() => lib.locator('li.sl-row').count()).toBe(1);
      await expect.poll(() => lib.getByRole('status').first().textContent()).toMatch(/^Imported the backup: 1 story \(1 added/);
      expect(await listRows(lib)).toEqual(before);
      expect(await storedPositions(lib)).toEqual(positionsBefore);
    } finally {
      await lib.close();
    }

    // And the imported position still opens the reader at the same paragraph.
    const popup = await openPage('popup.html', 'li.sl-row');
    try {
      const [tab] = await Promise.all([chrome.context.waitForEvent('page'), popup.getByRole('button', { name: /^Continue “/ }).click()]);
      try {
        await tab.locator('[role="dialog"]').waitFor({ timeout: 15_000 });
        await expect.poll(async () => (await tab.evaluate(readerView, 'page' as const)).top, { timeout: 10_000 }).toBe(wanted);
      } finally {
        await tab.close();
      }
    } finally {
      await popup.close();
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

  it('opens fast with 5,000 stories and searches each keystroke quickly', async () => {
    // Seed 5,000 stories straight into the database from an extension page.
    const lib = await openPage('library.html', 'li.sl-row');
    try {
      await lib.evaluate(async () => {
        const FANDOMS = ['Harry Potter', 'Supernatural', 'Stargate Atlantis', 'Pokémon', 'Star Trek', 'Merlin', 'Sherlock', 'Teen Wolf'];
        const db = await new Promise<IDBDatabase>((resolve, reject) => {
          const r = indexedDB.open('inkwell');
          r.onsuccess = () => resolve(r.result);
          r.onerror = () => reject(r.error);
        });
        const tx = db.transaction(['stories', 'positions'], 'readwrite');
        const now = Date.now();
        for (let i = 0; i < 5000; i++) {
          const id = `livejournal.com/bench_${i}/${1000 + i}`;
          tx.objectStore('stories').put({
            id,
            title: `Benchmark story ${i} of the long road`,
            author: `writer_${i % 700}`,
            journal: `bench_${i}`,
            site: 'livejournal',
            fields: {
              fandom: FANDOMS[i % FANDOMS.length],
              pairing: i % 2 ? 'Harry/Draco' : 'Dean/Castiel',
              characters: 'Hermione, Ron, Luna',
              summary: 'A summary that goes on for a while about things happening to people, with naïve words. '.repeat(3),
            },
            rating: 'Teen',
            partKeys: [id, `${id}-2`, `${id}-3`],
            partUrls: [`https://bench-${i}.livejournal.com/${1000 + i}.html`, '', ''],
            masterpostUrl: null,
            wordCount: 1000 + i,
            firstOpened: now - 1e9 - i * 1000,
            lastRead: now - 1e9 - i * 1000,
            addedAt: now - 1e9 - i * 1000,
          });
          if (i % 3) tx.objectStore('positions').put({ storyId: id, partKey: `${id}-2`, paragraph: 3, offset: 0, percent: 50, updatedAt: now - 1e9 - i * 1000 });
        }
        await new Promise((resolve, reject) => {
          tx.oncomplete = resolve;
          tx.onerror = () => reject(tx.error);
        });
        db.close();
        // The first open reads the database (nothing remembered); the next ones start from the copy.
        localStorage.removeItem('inkwell:popup-first-screen:v1');
      });
    } finally {
      await lib.close();
    }

    const timings: { from: string; firstScreen: number; loaded: number; keystrokes: number[]; rendered: number }[] = [];
    for (let run = 0; run < 3; run++) {
      const popup = await openPage('popup.html', '#app');
      try {
        await explained(`popup ${run} with 5,001 stories`, [popup], async () => {
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
          return { from: document.getElementById('app')!.dataset.firstScreenFrom ?? '', firstScreen: mark('inkwell:popup-first-screen'), loaded: mark('inkwell:popup-loaded'), keystrokes, rendered: document.querySelectorAll('li').length };
        });
        timings.push(t);
        expect(await popup.locator('.sl-count').textContent()).toBe('2,500 of 5,001 stories');
      } finally {
        await popup.close();
      }
    }
    console.log('[library-chromium] popup with 5,001 stories:', JSON.stringify(timings));
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    // Budgets: first screen 200 ms after navigation start, 30 ms a keystroke (quiet machine: about
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
