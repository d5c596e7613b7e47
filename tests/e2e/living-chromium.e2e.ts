// Living with the reader (issue 17) in real Chromium with the built extension: a work in progress that gains a
// part between two opens, a part deleted after it was saved (its text kept, marked, with the Wayback Machine's
// copies), a first visit from chapter 3, placeholders while a slow part loads, progress with failed parts, the
// popup's "1 new part", and the reader page (reader.html?story=ID) opened from the popup and the library with the
// fixture server stopped: resume, settings, axe. Stories: support/living-stories.ts.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { clickInReader, clickReadButton, waitForReader } from '../../harness/closed-shadow';
import { type ExtraPage, type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { readStore, type StoredPosition } from '../../harness/library-records';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { canonicalEntryKey } from '../../utils/url';
import { seriousAxeViolations } from './support/axe';
import { livingStories } from './support/living-stories';
import { closeWithEscape, scrollOverlay, showsParts, viewOf, viewUntil } from './support/reader-view';

let server: FixtureServer;
let serverUp = false;
let chrome: ChromiumSession;
const pages: Record<string, ExtraPage> = {};
const S = livingStories(pages);

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: pages });
  serverUp = true;
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  if (serverUp) await server?.close();
});

const view = viewOf;
const until = viewUntil;
const ready = showsParts;
const scrollTo = scrollOverlay;

async function openReader(page: Page, url: string) {
  await chrome.openJournal(url, { page });
  await clickReadButton(page);
  await waitForReader(page);
}

async function closeReader(page: Page) {
  expect((await closeWithEscape(page)).open).toBe(false);
}

/** The stored position of a story, read in the service worker (extension origin). */
function storedPosition(id: string) {
  return chrome.serviceWorker.evaluate(readStore, { store: 'positions', key: id }) as Promise<StoredPosition | null>;
}

describe('living with the reader in Chromium', () => {
  it('a work in progress gains a part between two opens: the saved part at once, the new one fetched, never Finished', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, S.wip.parts[0]);
      let v = await until(page, (x) => ready(x, 1));
      expect(v.tocTitle).toBe('One part');
      // Read to the end of the only part posted (1/?): not 100%, not finished.
      await scrollTo(page, -1, -1);
      v = await until(page, (x) => x.percent === '99%', 'overlay', 5_000);
      expect(v.percent).toBe('99%');
      await page.waitForTimeout(1200);
      await closeReader(page);
      await expect.poll(async () => (await storedPosition(canonicalEntryKey(S.wip.parts[0])))?.percent ?? -1, { timeout: 10_000 }).toBe(99);

      // Overnight: part 2 is posted and part 1 links it.
      S.wip.postPart(2, (url, p) => server.setPage(url, p));
      await chrome.openJournal(S.wip.parts[0], { page });
      server.clearRequests();
      await clickReadButton(page);
      await waitForReader(page);
      // The saved part shows at once, from the cache.
      v = await view(page);
      expect(v.articles[0]?.prose).toMatch(/^Paragraph 1 of part 1 of wip-tide/);
      v = await until(page, (x) => ready(x, 2));
      expect(v.tocTitle).toBe('2 parts');
      expect(v.articles[1].prose).toMatch(/^Paragraph 1 of part 2 of wip-tide/);
      await until(page, (x) => /new part/.test(x.offer));
      expect((await view(page)).offer).toBe('One new part since you last read this story: go there ×');
      // Only the new part was fetched: not part 1 again.
      expect(server.requests().map((r) => r.url)).toEqual([S.wip.parts[1]]);
      await closeReader(page);
    } finally {
      await page.close();
    }
  });

  it('a part deleted after it was saved keeps its saved text on Refresh, with a quiet note and the Wayback Machine’s copies', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, S.gone[0]);
      await until(page, (x) => ready(x, 3));
      await page.waitForTimeout(500);
      server.setFault(S.gone[1], '404');
      await clickInReader(page, 'button', { text: /^Refresh$/ });
      const v = await until(page, (x) => /no longer on the site/.test(x.notice));
      expect(v.notice).toMatch(/One part is no longer on the site: the saved text is kept\.$/);
      const part2 = v.articles[1];
      expect(part2.prose).toMatch(/^Paragraph 1 of part 2 of gone-lamp/);
      expect(part2.alert).toBe('');
      expect(part2.kept).toMatch(/^No longer on the site \(saved \d{1,2} [A-Z][a-z]+\)\. Copies on the Wayback Machine$/);
      expect(part2.keptHref).toBe(`https://web.archive.org/web/*/${S.gone[1]}`);
      expect(v.articles[0].kept).toBe('');
      // (Refresh disables itself while it works, which drops the focus: closed by its button.)
      await clickInReader(page, 'button', { text: /^Close the reader$/ });
      await until(page, (x) => !x.open);
    } finally {
      await page.close();
    }
    // Saved so: the reader page shows the same note with nothing fetched.
    const id = canonicalEntryKey(S.gone[0]);
    const readerPage = await chrome.openExtensionPage(`reader.html?story=${encodeURIComponent(id)}`, '.ink-root');
    try {
      const v = await until(readerPage, (x) => ready(x, 3), 'page');
      expect(v.articles[1].kept).toMatch(/^No longer on the site \(saved /);
    } finally {
      await readerPage.close();
    }
  });

  it('a first visit from chapter 3 opens at chapter 3, the parts before it above; later it offers the saved place', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, S.late[2]);
      let v = await until(page, (x) => ready(x, 3) && x.top.startsWith('Paragraph 1 of part 3'));
      expect(v.articles.map((a) => a.heading)).toEqual(['Part 1', 'Part 2', 'Part 3']);
      expect(v.top).toMatch(/^Paragraph 1 of part 3 of late-start/);
      expect(v.scrollTop).toBeGreaterThan(0);
      // Back into part 1, then opened again from chapter 3: there, with the saved place offered.
      const wanted = await scrollTo(page, 0, 5);
      await page.waitForTimeout(1500);
      await closeReader(page);
      await page.reload();
      await clickReadButton(page);
      v = await until(page, (x) => ready(x, 3) && x.top.startsWith('Paragraph 1 of part 3') && !!x.offer);
      expect(v.offer).toMatch(/^You were in part 1: go there/);
      await clickInReader(page, 'button', { text: /^go there$/ });
      v = await until(page, (x) => x.top === wanted);
      expect(v.top).toBe(wanted);
      expect(v.offer).toBe('');
      await closeReader(page);
    } finally {
      await page.close();
    }
  });

  it('shows every known part from the first frame: a slow part is "Loading part 2 of 3…" in the text and the contents', async () => {
    server.setFault(S.slow[1], { slow: 6000 });
    const page = await chrome.context.newPage();
    try {
      await openReader(page, S.slow[0]);
      const v = await until(page, (x) => x.articles.length === 3 && !!x.articles[0].prose && !!x.articles[2].prose, 'overlay', 5_000);
      expect(v.articles[1].loading).toBe('Loading part 2 of 3…');
      expect(v.tocTitle).toBe('3 parts');
      expect(v.toc[1]).toBe('Part 2 (loading)');
      expect(v.percent).not.toBe('100%');
      expect(v.timeLeft).toMatch(/min left$/);
      const after = await until(page, (x) => ready(x, 3), 'overlay', 20_000);
      expect(after.articles[1].prose).toMatch(/^Paragraph 1 of part 2 of slow-ledger/);
      await closeReader(page);
    } finally {
      server.setFault(S.slow[1], null);
      await page.close();
    }
  });

  it('with parts that failed, a story read to its end is neither 100% nor Finished', async () => {
    server.setFault(S.lost[1], '404');
    server.setFault(S.lost[2], 'login');
    const page = await chrome.context.newPage();
    try {
      await openReader(page, S.lost[0]);
      await until(page, (x) => x.articles.length === 3 && x.articles.filter((a) => a.alert).length === 2);
      await scrollTo(page, -1, -1);
      await page.waitForTimeout(1500);
      const v = await view(page);
      expect(parseInt(v.percent, 10)).toBeLessThan(50);
      await closeReader(page);
      await expect.poll(async () => (await storedPosition(canonicalEntryKey(S.lost[0])))?.percent ?? 100, { timeout: 10_000 }).toBeLessThan(50);
    } finally {
      server.setFault(S.lost[1], null);
      server.setFault(S.lost[2], null);
      await page.close();
    }
  });

  it('the popup says "1 new part", sorts that story up, and calls no story with a part missing Finished', async () => {
    const popup = await chrome.openExtensionPage('popup.html', 'li.sl-row');
    try {
      await expect.poll(() => popup.locator('li.sl-row').count()).toBe(5);
      const rows = await popup
        .locator('li.sl-row')
        .evaluateAll((els) => els.map((e) => ({ id: e.getAttribute('data-id'), status: e.getAttribute('data-status'), fresh: e.querySelector('.sl-new')?.textContent ?? '' })));
      // Read before the others, it comes first: it has a new part.
      expect(rows[0]).toEqual({ id: canonicalEntryKey(S.wip.parts[0]), status: 'reading', fresh: '1 new part' });
      expect(rows.find((r) => r.id === canonicalEntryKey(S.lost[0]))!.status).toBe('reading');
      expect(rows.filter((r) => r.fresh)).toHaveLength(1);
    } finally {
      await popup.close();
    }
  });

  it('the library’s Refresh fetches the new parts of every story in progress, and retries the parts that failed', async () => {
    S.wip.postPart(3, (url, p) => server.setPage(url, p));
    const library = await chrome.openExtensionPage('library.html', 'li.sl-row');
    try {
      server.clearRequests();
      await library.getByRole('button', { name: 'Refresh', exact: true }).click();
      await library
        .locator('.lib-status')
        .filter({ hasText: /^Refreshed/ })
        .waitFor({ timeout: 20_000 });
      // In progress: the work in progress (total unknown) and the story with failed parts; the rest are complete.
      expect(await library.locator('.lib-status').textContent()).toBe('Refreshed: 1 new part in 1 story (2 stories looked at).');
      const wipRow = library.locator(`li.sl-row[data-id="${canonicalEntryKey(S.wip.parts[0])}"]`);
      expect(await wipRow.locator('.sl-new').textContent()).toBe('2 new parts');
      expect(await wipRow.locator('.sl-parts').textContent()).toBe('0/3 parts');
      const fetched = server.requests().map((r) => r.url);
      expect(fetched).toContain(S.wip.parts[2]);
      expect(fetched).not.toContain(S.wip.parts[0]);
      // The failed parts of the other story were fetched again (the site shows them now).
      expect(fetched).toEqual(expect.arrayContaining([S.lost[1], S.lost[2]]));
      expect(fetched.filter((u) => u.includes('gone-lamp') || u.includes('late-start') || u.includes('slow-ledger') || u.includes('offline-book'))).toEqual([]);
    } finally {
      await library.close();
    }
  });

  it('the reader page opens from the popup’s Continue and the library’s Read with the server stopped: the saved place, settings, axe', async () => {
    const page = await chrome.context.newPage();
    let wanted = '';
    try {
      await openReader(page, S.book[0]);
      await until(page, (x) => ready(x, 2));
      wanted = await scrollTo(page, 1, 20);
      await page.waitForTimeout(1500);
      await closeReader(page);
    } finally {
      await page.close();
    }
    await expect.poll(async () => (await storedPosition(canonicalEntryKey(S.book[0])))?.paragraph ?? -1, { timeout: 10_000 }).toBe(20);
    // Offline: no journal page, no network.
    await server.close();
    serverUp = false;

    const popup = await chrome.openExtensionPage('popup.html', 'li.sl-row');
    const [tab] = await Promise.all([chrome.context.waitForEvent('page'), popup.getByRole('button', { name: /^Continue “Tide Tables of offline-book”/ }).click()]);
    try {
      await tab.waitForURL(/\/reader\.html\?story=/);
      let v = await until(tab, (x) => ready(x, 2) && x.top === wanted, 'page');
      expect(v.top).toBe(wanted);
      expect(await tab.title()).toBe('Tide Tables of offline-book · Inkwell');
      // Settings: a theme picked here applies at once and stays after a reload.
      await tab.getByRole('button', { name: 'Reading settings' }).click();
      await tab.locator('.ink-settings input[value="dark"]').check();
      await until(tab, (x) => x.theme === 'dark', 'page', 5_000);
      await tab.waitForTimeout(300);
      await tab.reload();
      v = await until(tab, (x) => ready(x, 2) && x.theme === 'dark' && x.top === wanted, 'page');
      expect(v.theme).toBe('dark');
      expect(v.top).toBe(wanted);
      expect(await seriousAxeViolations(tab)).toEqual([]);
    } finally {
      await tab.close();
      await popup.close().catch(() => undefined);
    }

    const library = await chrome.openExtensionPage('library.html', 'li.sl-row');
    try {
      const [tab2] = await Promise.all([chrome.context.waitForEvent('page'), library.getByRole('button', { name: 'Continue “Tide Tables of offline-book”' }).click()]);
      const v = await until(tab2, (x) => ready(x, 2) && x.top === wanted, 'page');
      expect(v.top).toBe(wanted);
      await tab2.close();
    } finally {
      await library.close();
    }
    expect(chrome.consoleErrors('extension').filter((e) => !/Failed to load resource|net::ERR/.test(e.text))).toEqual([]);
  });
});
