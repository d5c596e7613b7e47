// Entries printed unwrapped (S1 Notepad, Refried Paper: no element per entry, each a run of nodes in the page's one
// cell; posts.ts `entryRun`) in real Chromium with the built extension: each story among them gets one button (two
// stories share the one cell), which a rescan of the page neither doubles nor loses, and each opens its own story.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { articleTexts, clickReadButton, proseCount, readButtonNames, waitForReader } from '../../harness/closed-shadow';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON, FIXTURES } from '../../harness/paths';

let server: FixtureServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

const words = (file: string) =>
  readFileSync(join(FIXTURES, 'bodies', file), 'utf8')
    .trim()
    .split(/\s+/);

/** What infinite scroll or an expanded cut does to a page: real content arrives, and the detector scans it again. */
async function provokeRescan(page: Page) {
  await page.evaluate(() => {
    const p = document.createElement('p');
    p.textContent = 'A line of the page added later, long enough to count as content for the detector to look at again.';
    document.body.append(p);
  });
  // The detector's rescan is debounced (400 ms): let it run.
  await page.waitForTimeout(1_500);
}

describe('entries printed unwrapped, in Chromium', () => {
  for (const [url, titles, title, body, neighbour] of [
    ['http://weir-and-willow.livejournal.com/', ['The Weir Keeper', 'Frost Ferns'], 'Frost Ferns', 'h5l2-frostferns.txt', 'every eel'],
    ['http://lantern-and-lathe.deadjournal.com/2005/12/02/', ['The Ferryman’s Daughter'], 'The Ferryman’s Daughter', 'h5l2-ferrymansdaughter-1.txt', 'boiler man'],
  ] as const) {
    it(`${new URL(url).hostname}: one button per story, kept once through a rescan, opening its own story`, async () => {
      const page = await chrome.context.newPage();
      const names = titles.map((t) => `Read in Inkwell: ${t}`);
      try {
        await chrome.openJournal(url, { page });
        await expect.poll(() => readButtonNames(page), { timeout: 5_000, interval: 100 }).toEqual(names);
        await provokeRescan(page);
        expect(await readButtonNames(page)).toEqual(names);
        await clickReadButton(page, new RegExp(`^Read in Inkwell: ${title}$`));
        await waitForReader(page);
        await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(1);
        const [text] = await articleTexts(page);
        const story = words(body);
        expect(text).toContain(story.slice(0, 8).join(' '));
        expect(text).toContain(story.slice(-6).join(' '));
        // The entry's text only: not its neighbour's, nor its comment links.
        expect(text).not.toContain(neighbour);
        expect(text).not.toMatch(/Make Notes|post a comment/);
      } finally {
        await page.close();
      }
    });
  }
});
