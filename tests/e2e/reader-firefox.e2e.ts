// The reader in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built MV2 extension: the seed story
// opens whole from its part 2 page, a failing part shows its reason and recovers, the position comes back.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickInReader, clickReadButton, historySettled, inReader, pollFor as poll, scrollReaderTo, topParagraph } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { ExtraPage, FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON, FIXTURES } from '../../harness/paths';
import { partPage } from '../fixtures/hostile/generate';
import { longStory, longStoryChecks } from './support/long-story';
import { pageCopyStories, pageCopyTests } from './support/page-copy';
import { pressStartStories, pressStartTests } from './support/press-start';
import { warmFrameStories, warmFrameTests } from './support/warm-frame';

let server: FixtureServer;
let firefox: FirefoxSession;

const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';
const JUMP = ['http://kobol-lights.livejournal.com/14211.html', 'http://kobol-lights.livejournal.com/14533.html', 'http://kobol-lights.livejournal.com/14802.html'];
const firstWords = (file: string) =>
  readFileSync(join(FIXTURES, 'bodies', file), 'utf8')
    .trim()
    .split(/\s+/)
    .slice(0, 8)
    .join(' ');

const extraPages: Record<string, ExtraPage> = {};
const LONG = longStory(extraPages, 'long-watch-f');
const PRESSED = pressStartStories(extraPages, 'f');
const WARMED = warmFrameStories(extraPages, 'f');
const COPIED = pageCopyStories(extraPages, 'f');
/** One-part stories no other test opens (the test of the page as at the click changes one in the page). */
const AHEAD = ['https://ferry-light-f.dreamwidth.org/200.html', 'https://ferry-light-f.dreamwidth.org/201.html'];
for (const url of AHEAD)
  extraPages[url] = {
    body: partPage({
      url,
      title: 'The Ferry Light',
      index: 1,
      total: 1,
      prose: ['The ferry light swung over the dark water twice before the boat came in.', 'Nobody on the quay said a word until the rope was made fast.'],
    }),
  };

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages });
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const reader = (page: Page) =>
  inReader(page, (root) => {
    if (!root) return { dialog: false, modal: null as string | null, prose: 0, articles: [] as string[], alert: '' };
    const dialog = root.querySelector('[role="dialog"]');
    return {
      dialog: !!dialog,
      modal: dialog?.getAttribute('aria-modal') ?? null,
      prose: root.querySelectorAll('article .ink-prose').length,
      articles: Array.from(root.querySelectorAll('article')).map((a) => inkDrawnText(a)),
      alert: (root.querySelector('[role="alert"]') as HTMLElement | null)?.innerText ?? '',
    };
  });

/** Escape closes the reader; the page is loaded again and the story opened again (from the saved copy). */
async function closeReloadReopen(page: Page) {
  await page.keyboard.press('Escape');
  await poll(
    () => reader(page),
    (r) => !r.dialog,
  );
  await historySettled(page);
  await page.reload();
  await clickReadButton(page);
}

describe('the reader in Firefox', () => {
  pressStartTests('Firefox', PRESSED, { page: () => firefox.page, openJournal: (url) => firefox.openJournal(url), requests: () => server.requests() });
  warmFrameTests('Firefox', WARMED, { page: () => firefox.page, openJournal: (url) => firefox.openJournal(url) });
  pageCopyTests('Firefox', COPIED, { page: () => firefox.page, openJournal: (url) => firefox.openJournal(url) });

  it('opens the seed story from part 2 with part 1 first, and puts the paragraph back after a reload', async () => {
    const page = firefox.page;
    await firefox.openJournal(SEED_2);
    await clickReadButton(page);
    const shown = await poll(
      () => reader(page),
      (r) => r.prose === 2,
    );
    expect(shown.modal).toBe('true');
    expect(shown.articles[0]).toContain(firstWords('smallville-onestepbehind-1.txt'));
    expect(shown.articles[1]).toContain(firstWords('smallville-onestepbehind-2.txt'));

    const wanted = await scrollReaderTo(page, 1, 25);
    await new Promise((r) => setTimeout(r, 1500));
    await closeReloadReopen(page);
    expect(
      await poll(
        () => topParagraph(page),
        (t) => t === wanted,
      ),
    ).toBe(wanted);
    await page.keyboard.press('Escape');
  });

  it('reads the page as it is at the click: a post the page changed while the pointer rested on the button is shown changed', async () => {
    const page = firefox.page;
    // A story not read before (a saved one opens from its saved copy), opened once with the page as it loaded, once
    // after the page changed its post while the pointer rested.
    for (const [url, change] of [
      [AHEAD[0], false],
      [AHEAD[1], true],
    ] as const) {
      await firefox.openJournal(url);
      await clickReadButton(page, /^Read in Inkwell/, 10_000, {
        restMs: 1500,
        then: async () => {
          if (change)
            await page.evaluate(() => {
              const p = Array.from(document.querySelectorAll('p')).find((x) => x.textContent?.startsWith('The ferry light'));
              if (p) p.textContent = `Changed after the pointer came. ${p.textContent}`;
            });
        },
      });
      const shown = await poll(
        () => reader(page),
        (r) => r.prose === 1,
      );
      expect(shown.articles[0]).toContain(change ? 'Changed after the pointer came. The ferry light' : 'The ferry light swung');
      expect(shown.articles[0].includes('Changed after')).toBe(change);
      await page.keyboard.press('Escape');
      await poll(
        () => reader(page),
        (r) => !r.dialog,
      );
      await historySettled(page);
    }
  });

  it('on a long story, draws only the parts near the view, yet lands a part gone to at the top, finds the last part’s words, and puts the paragraph back', async () => {
    const page = firefox.page;
    await firefox.openJournal(LONG[0]);
    await clickReadButton(page);
    await longStoryChecks(page, () => closeReloadReopen(page));
    await page.keyboard.press('Escape');
  });

  it('shows a part that 404s with its reason and recovers it on Retry', async () => {
    const page = firefox.page;
    server.setFault(JUMP[0], '404');
    await firefox.openJournal(JUMP[2]);
    await clickReadButton(page);
    const failed = await poll(
      () => reader(page),
      (r) => !!r.alert && r.prose === 2,
    );
    expect(failed.alert).toMatch(/not found/i);
    server.setFault(JUMP[0], null);
    await clickInReader(page, '[role="alert"] button', { text: /Retry/ });
    const fixed = await poll(
      () => reader(page),
      (r) => r.prose === 3,
    );
    expect(fixed.articles[0]).toContain(firstWords('bsg-jumpcoordinates-1.txt'));
  });
});
