// Every multi-part fixture story opened in the reader from each of its pages, in Firefox ESR
// (puppeteer-core over WebDriver BiDi): the story's parts, in order, and nothing else. The saved
// stories are emptied before each opening. One browser, one tab for the journal pages, one
// extension page. The button is pressed with the real mouse and the closed reader read from the
// driver (harness/closed-shadow.ts).

import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { clickReadButton, inReader } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import { FIXTURES } from '../../harness/fixture-cases';
import type { FixtureServer } from '../../harness/fixture-server';
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
let firefox: FirefoxSession;
let extensionPage: Page;
const results = new Map<string, (boolean | null)[]>();

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: join(FIXTURES, 'pages.json'), extraPages: storyExtraPages() });
  firefox = await launchFirefox({ server });
  extensionPage = await firefox.openExtensionPage('popup.html');
});
afterAll(async () => {
  console.log(summarise('Firefox', results));
  await firefox?.close();
  await server?.close();
});

async function openFrom(url: string) {
  await extensionPage.evaluate(clearSavedStories);
  // The journal tab in front: the clicks are the real mouse's.
  const page = firefox.page;
  await firefox.openJournal(url);
  await page.bringToFront();
  await clickReadButton(page, /^Read in Inkwell/, 8_000);
  const shown = await waitForDone(() => inReader(page, readShownStory));
  // The save landed before the next test empties the database (see waitForSaved).
  if (shown?.done) await extensionPage.evaluate(waitForSaved, shown.links.length);
  return shown;
}

describeEveryStory('Firefox', openFrom, results);
describePostedElsewhere('Firefox', openFrom, () => server.requests().map((r) => r.url));
// The fixtures' own faults (a tag, memories or archive page failing); a held-out corpus (INKWELL_FIXTURES) has its stories only.
if (!process.env.INKWELL_FIXTURES) {
  describeFailingTagPage('Firefox', openFrom, (url, fault) => server.setFault(url, fault));
  describeFailingMemoriesPage('Firefox', openFrom, (url, fault) => server.setFault(url, fault));
  describeFailingArchivePage('Firefox', openFrom, (url, fault) => server.setFault(url, fault));
}
