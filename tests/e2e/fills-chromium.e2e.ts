// Fic in a meme's comments (issue 12) in real Chromium with the built extension: the scenarios both browsers
// run (support/fill-suite.ts): a button on each fill and none on prompts, a three-page fill read whole in
// order, the library listing it, resume after reload. And the other stories below an entry, the gifts of a swap's
// reveals post (issue 11, support/gift-suite.ts): each opens its own text and is a story of its own in the library.
import { afterAll, beforeAll, describe } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { type FillDriver, fillTests } from './support/fill-suite';
import { giftTests } from './support/gift-suite';

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

describe('stories below an entry (a meme’s fills, a swap’s gifts), in Chromium', () => {
  const driver: FillDriver = {
    async journal(url) {
      const page = await chrome.context.newPage();
      await chrome.openJournal(url, { page });
      return page;
    },
    async extensionPage(path, selector) {
      const tab = await chrome.context.newPage();
      await tab.goto(chrome.baseUrl + path);
      await tab.waitForSelector(selector, { state: 'attached', timeout: 20_000 });
      return tab;
    },
    async tabOpenedBy(action) {
      const [tab] = await Promise.all([chrome.context.waitForEvent('page'), action()]);
      return tab;
    },
    requests: () => server.requests(),
    clearRequests: () => server.clearRequests(),
  };
  fillTests(() => driver);
  // Stories below an entry too: the gifts of a swap's reveals post (support/gift-suite.ts).
  giftTests(() => driver);
});
