// Every multi-part fixture story (the fixture cases' and the stitch-story fixtures), opened in the
// reader from each of its pages (masterpost and every part) in Chromium: the reader shows the story's
// parts, in order, and nothing else. The saved stories are emptied before each opening, so each one
// stitches afresh. One browser, one tab for the journal pages, one extension page. The button is
// pressed with the real mouse and the closed reader read from the driver (harness/closed-shadow.ts).

import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { clickReadButton, inReader } from '../../harness/closed-shadow';
import { FIXTURES } from '../../harness/fixture-cases';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import {
  clearSavedStories,
  describeEveryStory,
  describeFailingArchivePage,
  describeFailingMemoriesPage,
  describeFailingTagPage,
  describePostedElsewhere,
  readShownStory,
  storyExtraPages,
  summarise,
  waitForDone,
  waitForSaved,
} from './support/stitch-stories';

let server: FixtureServer;
let chrome: ChromiumSession;
let extensionPage: Page;
const results = new Map<string, (boolean | null)[]>();

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: join(FIXTURES, 'pages.json'), extraPages: storyExtraPages() });
  chrome = await launchChromium({ server });
  extensionPage = await chrome.openExtensionPage('popup.html');
});
afterAll(async () => {
  console.log(summarise('Chromium', results));
  await chrome?.close();
  await server?.close();
});

async function openFrom(url: string) {
  await extensionPage.evaluate(clearSavedStories);
  // The journal tab in front: the clicks are the real mouse's.
  const page = chrome.page;
  await chrome.openJournal(url);
  await page.bringToFront();
  await clickReadButton(page, /^Read in Inkwell/, 8_000);
  const shown = await waitForDone(() => inReader(page, readShownStory));
  // The save landed before the next test empties the database (see waitForSaved).
  if (shown?.done) await extensionPage.evaluate(waitForSaved, shown.links.length);
  return shown;
}

describeEveryStory('Chromium', openFrom, results);
describePostedElsewhere('Chromium', openFrom, () => server.requests().map((r) => r.url));
// The fixtures' own faults (a tag, memories or archive page failing); a held-out corpus (INKWELL_FIXTURES) has its stories only.
if (!process.env.INKWELL_FIXTURES) {
  describeFailingTagPage('Chromium', openFrom, (url, fault) => server.setFault(url, fault));
  describeFailingMemoriesPage('Chromium', openFrom, (url, fault) => server.setFault(url, fault));
  describeFailingArchivePage('Chromium', openFrom, (url, fault) => server.setFault(url, fault));
}
