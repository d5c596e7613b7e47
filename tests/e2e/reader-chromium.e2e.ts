// The reader in real Chromium with the built extension, against the fixture pages served at their real
// URLs: the whole story opens in order from any part, failing parts show their reason and recover on Retry,
// and the reading position comes back after a reload.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import {
  articleTexts,
  clickInReader,
  clickReadButton,
  focusedInside,
  historySettled,
  inReader,
  pollFor,
  proseCount,
  READ_BUTTON_HOST,
  readButtonNames,
  scrollReaderTo,
  topParagraph,
  waitForReader,
} from '../../harness/closed-shadow';
import { evaluate } from '../../harness/evaluate';
import { type ExtraPage, type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { readStore } from '../../harness/library-records';
import { FIXTURE_PAGES_JSON, FIXTURES } from '../../harness/paths';
import type { StoryRecord } from '../../utils/db';
import { partPage } from '../fixtures/hostile/generate';
import { allowedHosts } from './support/cases';
import { longStory, longStoryChecks } from './support/long-story';
import { pageCopyStories, pageCopyTests } from './support/page-copy';
import { pressStartStories, pressStartTests } from './support/press-start';
import { warmFrameStories, warmFrameTests } from './support/warm-frame';

let server: FixtureServer;
let chrome: ChromiumSession;

const SEED_1 = 'https://emeraldmeteor.livejournal.com/56312.html';
const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';
const TARE = ['https://lowgravity-lark.livejournal.com/61204.html', 'https://expanse-drift.livejournal.com/8391.html', 'https://lowgravity-lark.livejournal.com/62051.html'];
const JUMP = ['http://kobol-lights.livejournal.com/14211.html', 'http://kobol-lights.livejournal.com/14533.html', 'http://kobol-lights.livejournal.com/14802.html'];
const firstWords = (file: string) =>
  readFileSync(join(FIXTURES, 'bodies', file), 'utf8')
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');

const extraPages: Record<string, ExtraPage> = {};
const LONG = longStory(extraPages, 'long-watch-c');
const PRESSED = pressStartStories(extraPages, 'c');
const WARMED = warmFrameStories(extraPages, 'c');
const COPIED = pageCopyStories(extraPages, 'c');
/** A one-part story no other test opens (the test of the page as at the click changes it in the page). */
const AHEAD = 'https://ferry-light-c.dreamwidth.org/200.html';
extraPages[AHEAD] = {
  body: partPage({
    url: AHEAD,
    title: 'The Ferry Light',
    index: 1,
    total: 1,
    prose: ['The ferry light swung over the dark water twice before the boat came in.', 'Nobody on the quay said a word until the rope was made fast.'],
  }),
};

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});
beforeEach(() => server.clearFaults());

async function openReader(page: Page, url: string) {
  await chrome.openJournal(url, { page });
  await clickReadButton(page);
  await waitForReader(page);
}

/** Escape closes the reader; the page is loaded again and the story opened again (from the saved copy). */
async function closeReloadReopen(page: Page) {
  await page.keyboard.press('Escape');
  await historySettled(page);
  await page.reload();
  await clickReadButton(page);
  await waitForReader(page);
}

const dialogCount = (page: Page) => inReader(page, (root) => root?.querySelectorAll('[role="dialog"]').length ?? 0);

describe('the reader in Chromium', () => {
  pressStartTests('Chromium', PRESSED, { page: () => chrome.page, openJournal: (url) => chrome.openJournal(url), requests: () => server.requests() });
  warmFrameTests('Chromium', WARMED, { page: () => chrome.page, openJournal: (url) => chrome.openJournal(url) });
  pageCopyTests('Chromium', COPIED, { page: () => chrome.page, openJournal: (url) => chrome.openJournal(url) });

  it('opens the seed story from its part 2 page with part 1 first, at part 2', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, SEED_2);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
      expect(await inReader(page, (root) => root!.querySelector('[role="dialog"]')!.getAttribute('aria-modal'))).toBe('true');
      const texts = await articleTexts(page);
      expect(texts[0]).toContain(firstWords('smallville-onestepbehind-1.txt'));
      expect(texts[1]).toContain(firstWords('smallville-onestepbehind-2.txt'));
      expect(texts[0]).toMatch(/^Part 1/);
      // A first visit from part 2 opens at part 2, part 1 above it for scrolling back (issue 17).
      await expect
        .poll(() =>
          inReader(page, (root) => {
            const scroller = root!.querySelector('.ink-scroll') as HTMLElement;
            const first = root!.querySelectorAll('article')[1].querySelector('.ink-prose > *')!;
            return scroller.scrollTop > 0 && Math.abs(first.getBoundingClientRect().top - scroller.getBoundingClientRect().top) < 12;
          }),
        )
        .toBe(true);
      expect(await inReader(page, (root) => (root!.querySelector('h1') as HTMLElement).innerText)).toBe('One Step Behind');
      // Focus is inside the dialog; Escape closes it and gives focus back to the button.
      await page.keyboard.press('Escape');
      await expect.poll(() => dialogCount(page)).toBe(0);
      // The frame's dialog goes first; the page side then removes the host and gives focus back (asynchronously).
      await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe(READ_BUTTON_HOST);
      expect(await focusedInside(page, READ_BUTTON_HOST)).toMatch(/^Read in Inkwell/);
    } finally {
      await page.close();
    }
  });

  it('reads the page as it is at the click: a post the page changed while the pointer rested on the button is shown changed', async () => {
    const page = await chrome.context.newPage();
    try {
      // Resting on the button (the reader's code loads meanwhile), then the click.
      await chrome.openJournal(SEED_2, { page });
      await clickReadButton(page, /^Read in Inkwell/, 10_000, { restMs: 1500 });
      await waitForReader(page);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
      expect((await articleTexts(page))[1]).toContain(firstWords('smallville-onestepbehind-2.txt'));
      // A story not read before (a saved one opens from its saved copy): the page changes its post while the pointer
      // rests, and the reader shows the post as it is at the click.
      await chrome.openJournal(AHEAD, { page });
      await clickReadButton(page, /^Read in Inkwell/, 10_000, {
        restMs: 1500,
        then: () =>
          page.evaluate(() => {
            const p = Array.from(document.querySelectorAll('p')).find((x) => x.textContent?.startsWith('The ferry light'));
            if (p) p.textContent = `Changed after the pointer came. ${p.textContent}`;
            return !!p;
          }),
      });
      await waitForReader(page);
      await expect.poll(async () => (await articleTexts(page))[0] ?? '', { timeout: 10_000 }).toContain('Changed after the pointer came. The ferry light');
    } finally {
      await page.close();
    }
  });

  it('stitches Tare Weight in order from its community part, following part links across journals', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, TARE[1]);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(3);
      const keys = await inReader(page, (root) => Array.from(root!.querySelectorAll('article')).map((e) => e.querySelector('a')?.getAttribute('href')));
      expect(keys).toEqual(TARE);
      const texts = await articleTexts(page);
      expect(texts[0]).toContain(firstWords('expanse-tareweight-1.txt'));
      expect(texts[2]).toContain(firstWords('expanse-tareweight-3.txt'));
      // The reader saves the story after it is painted, in the frame this page's close takes down: the next test
      // opens it from that save, so wait for it here (on a loaded machine the close could cut it off).
      const probe = await chrome.openExtensionPage('popup.html');
      try {
        const tare = (stories: unknown) => (stories as StoryRecord[]).find((s) => s.title === 'Tare Weight');
        const saved = await pollFor(
          () => evaluate(probe, readStore, { store: 'stories' }),
          (stories) => (tare(stories)?.partKeys.length ?? 0) === 3,
        );
        expect(tare(saved)?.partUrls).toEqual(TARE);
      } finally {
        await probe.close();
      }
    } finally {
      await page.close();
    }
  });

  it('reads a story behind a cut on a recent-entries page from its entry page', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal('https://quietmagpie.dreamwidth.org/', { page });
      await clickReadButton(page, /^Read in Inkwell: Season Two/);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(1);
      const text = (await articleTexts(page))[0];
      // The whole story, not the teaser: its last words are past the cut.
      const body = readFileSync(join(FIXTURES, 'bodies', 'murderbot-seasontwo.txt'), 'utf8')
        .trim()
        .split(/\s+/);
      expect(text).toContain(body.slice(-6).join(' '));
    } finally {
      await page.close();
    }
  });

  it('puts a button on a story post added to the page later', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal('https://quietmagpie.dreamwidth.org/', { page });
      const buttons = async () => (await readButtonNames(page)).length;
      await expect.poll(buttons).toBe(2);
      // What infinite scroll or an expanded cut does: a new post arrives in the page.
      await page.evaluate(() => {
        const first = document.querySelector('.entry-wrapper')!;
        const copy = first.cloneNode(true) as Element;
        copy.id = 'entry-wrapper-9999';
        copy.querySelectorAll('a[href$="3412.html"]').forEach((a) => a.setAttribute('href', 'https://quietmagpie.dreamwidth.org/9999.html'));
        copy.querySelectorAll('inkwell-read-button').forEach((b) => b.remove());
        first.parentElement!.append(copy);
      });
      await expect.poll(buttons, { timeout: 5_000 }).toBe(3);
    } finally {
      await page.close();
    }
  });

  it('opens a story read before from the cache, with no network request', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal(TARE[0], { page });
      server.clearRequests();
      await clickReadButton(page);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(3);
      await page.waitForTimeout(300);
      expect(server.requests().filter((r) => /\.html/.test(r.url))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows a part that 404s with its reason and a Retry that recovers it, the rest readable', async () => {
    const page = await chrome.context.newPage();
    try {
      // A story not read before in this profile (a read story opens from the cache, with no network).
      server.setFault(JUMP[0], '404');
      await openReader(page, JUMP[2]);
      const alertText = () => inReader(page, (root) => (root?.querySelector('[role="alert"]') as HTMLElement | null)?.innerText ?? '');
      await expect.poll(alertText, { timeout: 10_000 }).not.toBe('');
      expect(await alertText()).toMatch(/not found/i);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
      server.setFault(JUMP[0], null);
      await clickInReader(page, '[role="alert"] button', { text: /Retry/ });
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(3);
      expect((await articleTexts(page))[0]).toContain(firstWords('bsg-jumpcoordinates-1.txt'));
    } finally {
      await page.close();
    }
  });

  it('puts the same paragraph back at the top after closing, reloading and reopening', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, SEED_1);
      await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
      // Scroll so that the 40th paragraph of part 2 is at the top of the view.
      const wanted = await scrollReaderTo(page, 1, 40);
      await page.waitForTimeout(1500);
      await closeReloadReopen(page);
      await expect.poll(() => topParagraph(page), { timeout: 10_000 }).toBe(wanted);
    } finally {
      await page.close();
    }
  });

  it('on a long story, draws only the parts near the view, yet lands a part gone to at the top, finds the last part’s words, and puts the paragraph back', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, LONG[0]);
      await longStoryChecks(page, () => closeReloadReopen(page));
    } finally {
      await page.close();
    }
  });

  it('while reading, the browser talked to the journal hosts only (nothing leaves for anywhere else)', () => {
    const allowed = allowedHosts(server.pageHosts);
    const log = server.requests();
    // The part pages the extension fetched are in the log too (every host resolves to the server).
    expect(log.some((r) => r.url.includes('kobol-lights.livejournal.com/14211.html'))).toBe(true);
    const stray = log.filter((r) => !allowed(new URL(r.url).hostname)).map((r) => `${r.method} ${r.url}`);
    expect(stray).toEqual([]);
  });
});
