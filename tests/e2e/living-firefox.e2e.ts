// Living with the reader (issue 17) in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built MV2
// extension: the same stories as living-chromium.e2e.ts. A work in progress gains a part between two opens; a
// part deleted after it was saved keeps its text, marked; a first visit from chapter 3 opens there; a slow part is
// a placeholder from the first frame; failed parts keep progress under 100%; the reader page opens from the popup
// and the library with the fixture server stopped, at the saved place, with its settings, and passes axe.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInReader, clickReadButton, pollFor, waitForReader } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { ExtraPage, FixtureServer } from '../../harness/fixture-server';
import { storedPosition as readPosition } from '../../harness/library-records';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { canonicalEntryKey } from '../../utils/url';
import { seriousAxeViolations } from './support/axe';
import { livingStories } from './support/living-stories';
import { closeWithEscape, scrollOverlay, showsParts, viewOf, viewUntil } from './support/reader-view';

let server: FixtureServer;
let serverUp = false;
let firefox: FirefoxSession;
const pages: Record<string, ExtraPage> = {};
const S = livingStories(pages);

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: pages });
  serverUp = true;
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  if (serverUp) await server?.close();
});

const view = viewOf;
const until = viewUntil;
const ready = showsParts;
const scrollTo = scrollOverlay;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A trusted click on a button in the reader, by its text or aria-label. */
const clickButtonInReader = (page: Page, name: string) => clickInReader(page, 'button', { text: new RegExp(`^${name}$`) });

async function openReader(page: Page, url: string) {
  // The tab in front, as the user's is: an extension page opened since (the position reader below) is a tab in
  // front of it, and Firefox runs no animation frames in the reader's frame (another process) in a tab behind.
  await page.bringToFront();
  await firefox.openJournal(url, { page });
  await clickReadButton(page);
  await waitForReader(page);
}

async function closeReader(page: Page) {
  expect((await closeWithEscape(page)).open).toBe(false);
}

/** The tab an action opens (its URL is not reported over BiDi for moz-extension pages). */
async function tabOpenedBy(action: () => Promise<unknown>): Promise<Page> {
  const created = new Promise<Page>((resolve) => firefox.browser.once('targetcreated', (t) => void t.page().then((p) => resolve(p!))));
  await action();
  return created;
}

let dbTab: Page | null = null;
/** The stored position of a story, read from an extension page (the extension's origin). */
async function storedPosition(id: string) {
  dbTab ??= await firefox.openExtensionPage('options.html', 'body');
  return readPosition(dbTab, id);
}

describe('living with the reader in Firefox', () => {
  it('a work in progress gains a part between two opens: the saved part at once, the new one fetched, never Finished', async () => {
    const page = firefox.page;
    await openReader(page, S.wip.parts[0]);
    let v = await until(page, (x) => ready(x, 1));
    expect(v.tocTitle).toBe('One part');
    await scrollTo(page, -1, -1);
    v = await until(page, (x) => x.percent === '99%', 'overlay', 5_000);
    expect(v.percent).toBe('99%');
    await sleep(1200);
    await closeReader(page);
    expect(
      (
        await pollFor(
          () => storedPosition(canonicalEntryKey(S.wip.parts[0])),
          (p) => p?.percent === 99,
          10_000,
        )
      )?.percent,
    ).toBe(99);

    S.wip.postPart(2, (url, p) => server.setPage(url, p));
    await firefox.openJournal(S.wip.parts[0]);
    server.clearRequests();
    await clickReadButton(page);
    v = await until(page, (x) => x.articles.length > 0);
    expect(v.articles[0].prose).toMatch(/^Paragraph 1 of part 1 of wip-tide/);
    v = await until(page, (x) => ready(x, 2) && /new part/.test(x.offer));
    expect(v.tocTitle).toBe('2 parts');
    expect(v.articles[1].prose).toMatch(/^Paragraph 1 of part 2 of wip-tide/);
    expect(v.offer).toBe('One new part since you last read this story: go there ×');
    expect(
      server
        .requests()
        .map((r) => r.url)
        .filter((u) => !u.endsWith('favicon.ico')),
    ).toEqual([S.wip.parts[1]]);
    await closeReader(page);
  });

  it('a part deleted after it was saved keeps its saved text on Refresh, with a quiet note and the Wayback Machine’s copies', async () => {
    const page = firefox.page;
    await openReader(page, S.gone[0]);
    await until(page, (x) => ready(x, 3));
    await sleep(500);
    server.setFault(S.gone[1], '404');
    await clickButtonInReader(page, 'Refresh');
    const v = await until(page, (x) => /no longer on the site/.test(x.notice));
    expect(v.articles[1].prose).toMatch(/^Paragraph 1 of part 2 of gone-lamp/);
    expect(v.articles[1].alert).toBe('');
    expect(v.articles[1].kept).toMatch(/^No longer on the site \(saved \d{1,2} [A-Z][a-z]+\)\. Copies on the Wayback Machine$/);
    expect(v.articles[1].keptHref).toBe(`https://web.archive.org/web/*/${S.gone[1]}`);
    await clickButtonInReader(page, 'Close the reader');
    await until(page, (x) => !x.open);

    const readerPage = await firefox.openExtensionPage(`reader.html?story=${encodeURIComponent(canonicalEntryKey(S.gone[0]))}`, '.ink-root');
    try {
      const shown = await until(readerPage, (x) => ready(x, 3), 'page');
      expect(shown.articles[1].kept).toMatch(/^No longer on the site \(saved /);
    } finally {
      await readerPage.close();
    }
  });

  it('a first visit from chapter 3 opens at chapter 3, the parts before it above; later it offers the saved place', async () => {
    const page = firefox.page;
    await openReader(page, S.late[2]);
    let v = await until(page, (x) => ready(x, 3) && x.top.startsWith('Paragraph 1 of part 3'));
    expect(v.articles.map((a) => a.heading)).toEqual(['Part 1', 'Part 2', 'Part 3']);
    expect(v.top).toMatch(/^Paragraph 1 of part 3 of late-start/);
    const wanted = await scrollTo(page, 0, 5);
    await sleep(1500);
    await closeReader(page);
    await page.reload();
    await openReader(page, S.late[2]);
    v = await until(page, (x) => ready(x, 3) && x.top.startsWith('Paragraph 1 of part 3') && !!x.offer);
    expect(v.offer).toMatch(/^You were in part 1: go there/);
    await clickButtonInReader(page, 'go there');
    v = await until(page, (x) => x.top === wanted);
    expect(v.top).toBe(wanted);
    await closeReader(page);
  });

  it('shows every known part from the first frame: a slow part is "Loading part 2 of 3…" in the text and the contents', async () => {
    server.setFault(S.slow[1], { slow: 6000 });
    const page = firefox.page;
    try {
      await openReader(page, S.slow[0]);
      const v = await until(page, (x) => x.articles.length === 3 && !!x.articles[0].prose && !!x.articles[2].prose, 'overlay', 5_000);
      expect(v.articles[1].loading).toBe('Loading part 2 of 3…');
      expect(v.toc[1]).toBe('Part 2 (loading)');
      expect(v.percent).not.toBe('100%');
      expect((await until(page, (x) => ready(x, 3), 'overlay', 20_000)).articles[1].prose).toMatch(/^Paragraph 1 of part 2 of slow-ledger/);
      await closeReader(page);
    } finally {
      server.setFault(S.slow[1], null);
    }
  });

  it('with parts that failed, a story read to its end is neither 100% nor Finished', async () => {
    server.setFault(S.lost[1], '404');
    server.setFault(S.lost[2], 'login');
    const page = firefox.page;
    try {
      await openReader(page, S.lost[0]);
      await until(page, (x) => x.articles.length === 3 && x.articles.filter((a) => a.alert).length === 2);
      await scrollTo(page, -1, -1);
      await sleep(1500);
      expect(parseInt((await view(page)).percent, 10)).toBeLessThan(50);
      await closeReader(page);
      expect(
        (await pollFor(
          () => storedPosition(canonicalEntryKey(S.lost[0])),
          (p) => !!p,
          10_000,
        ))!.percent,
      ).toBeLessThan(50);
    } finally {
      server.setFault(S.lost[1], null);
      server.setFault(S.lost[2], null);
    }
    const popup = await firefox.openExtensionPage('popup.html', 'li.sl-row');
    try {
      const rows = await pollFor(
        () => popup.$$eval('li.sl-row', (els) => els.map((e) => ({ id: e.getAttribute('data-id'), status: e.getAttribute('data-status'), fresh: e.querySelector('.sl-new')?.textContent ?? '' }))),
        (r) => r.length === 5,
      );
      expect(rows[0]).toEqual({ id: canonicalEntryKey(S.wip.parts[0]), status: 'reading', fresh: '1 new part' });
      expect(rows.find((r) => r.id === canonicalEntryKey(S.lost[0]))!.status).toBe('reading');
    } finally {
      await popup.close();
    }
  });

  it('the reader page opens from the popup’s Continue and the library’s Read with the server stopped: the saved place, settings, axe', async () => {
    const page = firefox.page;
    await openReader(page, S.book[0]);
    await until(page, (x) => ready(x, 2));
    const wanted = await scrollTo(page, 1, 20);
    await sleep(1500);
    await closeReader(page);
    expect(
      (
        await pollFor(
          () => storedPosition(canonicalEntryKey(S.book[0])),
          (p) => p?.paragraph === 20,
          10_000,
        )
      )?.paragraph,
    ).toBe(20);
    await server.close();
    serverUp = false;

    const popup = await firefox.openExtensionPage('popup.html', 'li.sl-row');
    const tab = await tabOpenedBy(() => popup.locator('button[aria-label="Continue “Tide Tables of offline-book”"]').click());
    try {
      let v = await until(tab, (x) => ready(x, 2) && x.top === wanted, 'page');
      expect(v.top).toBe(wanted);
      expect(await tab.evaluate(() => location.pathname + location.search)).toBe(`/reader.html?story=${encodeURIComponent(canonicalEntryKey(S.book[0]))}`);
      await tab.locator('button[aria-label="Reading settings"]').click();
      await tab.locator('.ink-settings input[value="dark"]').click();
      await until(tab, (x) => x.theme === 'dark', 'page', 5_000);
      await sleep(300);
      // page.reload() waits for a navigation BiDi never reports on moz-extension pages.
      await tab.evaluate(() => location.reload());
      v = await until(tab, (x) => ready(x, 2) && x.theme === 'dark' && x.top === wanted, 'page');
      expect(v.theme).toBe('dark');
      expect(v.top).toBe(wanted);
      expect(await seriousAxeViolations(tab)).toEqual([]);
    } finally {
      await tab.close();
      await popup.close().catch(() => undefined);
    }

    const library = await firefox.openExtensionPage('library.html', 'li.sl-row');
    try {
      const tab2 = await tabOpenedBy(() => library.locator('button[aria-label="Continue “Tide Tables of offline-book”"]').click());
      expect((await until(tab2, (x) => ready(x, 2) && x.top === wanted, 'page')).top).toBe(wanted);
      await tab2.close();
    } finally {
      await library.close();
      await dbTab?.close();
    }
  });
});
