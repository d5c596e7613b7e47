// Every multi-part fixture story opened in the reader from each of its pages, in Firefox ESR
// (puppeteer-core over WebDriver BiDi): the story's parts, in order, and nothing else. The saved
// stories are emptied before each opening. One browser, one tab for the journal pages, one
// extension page.
import { afterAll, beforeAll } from 'vitest';
import type { Page } from 'puppeteer-core';
import { launchFirefox, startFirefoxFixtureServer, type FirefoxSession } from './support/firefox';
import type { FixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES_JSON } from './support/paths';
import { clearSavedStories, describeEveryStory, readShownStory, storyExtraPages, summarise, waitForDone } from './support/stitch-stories';

let server: FixtureServer;
let firefox: FirefoxSession;
let extensionPage: Page;
const results = new Map<string, (boolean | null)[]>();

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: storyExtraPages() });
  firefox = await launchFirefox({ server });
  extensionPage = await firefox.openExtensionPage('popup.html');
});
afterAll(async () => {
  console.log(summarise('Firefox', results));
  await firefox?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function clickReadButton(page: Page): Promise<void> {
  const end = Date.now() + 8_000;
  while (!(await page.evaluate(() => !!document.querySelector('inkwell-read-button')?.shadowRoot?.querySelector('button')))) {
    if (Date.now() > end) throw new Error('no Read in Inkwell button');
    await sleep(100);
  }
  await page.evaluate(() => (document.querySelector('inkwell-read-button')!.shadowRoot!.querySelector('button') as HTMLButtonElement).click());
}

async function openFrom(url: string) {
  await extensionPage.evaluate(clearSavedStories);
  const page = firefox.page;
  await firefox.openJournal(url);
  await clickReadButton(page);
  return waitForDone(() => page.evaluate(readShownStory));
}

describeEveryStory('Firefox', openFrom, results);
