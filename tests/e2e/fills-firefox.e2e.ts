// Fic in a meme's comments (issue 12) in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built MV2
// extension: the scenarios Chromium runs too (support/fill-suite.ts), and the gifts of a swap's reveals post
// (support/gift-suite.ts).

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { type FillDriver, fillTests } from './support/fill-suite';
import { giftTests } from './support/gift-suite';

let server: FixtureServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('stories below an entry (a meme’s fills, a swap’s gifts), in Firefox', () => {
  const driver: FillDriver = {
    async journal(url) {
      const page = await firefox.browser.newPage();
      await firefox.openJournal(url, { page });
      return page;
    },
    extensionPage: (path, selector) => firefox.openExtensionPage(path, selector),
    async tabOpenedBy(action) {
      const created = new Promise<Page>((resolve) => firefox.browser.once('targetcreated', (t) => void t.page().then((p) => resolve(p!))));
      await action();
      return created;
    },
    requests: () => server.requests(),
    clearRequests: () => server.clearRequests(),
  };
  fillTests(() => driver);
  // Stories below an entry too: the gifts of a swap's reveals post (support/gift-suite.ts).
  giftTests(() => driver);
});
