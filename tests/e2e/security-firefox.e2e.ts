// Issue 10's attacks in Firefox ESR with the built MV2 extension: the same tests as security-chromium.e2e.ts
// (tests/e2e/support/attack-suite.ts), driven by puppeteer-core over WebDriver BiDi.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { evaluate } from '../../harness/evaluate';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { type AttackDriver, attackTests } from './support/attack-suite';
import { attackPages, setAttackFaults } from './support/attacks';

let server: FixtureServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: attackPages() });
  setAttackFaults(server);
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const driver = (): AttackDriver => ({
  server,
  async open(url, init) {
    const page = await firefox.browser.newPage();
    if (init) await page.evaluateOnNewDocument(init);
    await page.goto(url, { waitUntil: 'load' });
    return page;
  },
  close: (page) => (page as Page).close(),
  // The page's main world, where its own scripts run.
  evaluate,
  get frameGuesses() {
    return [`${firefox.baseUrl}reader-frame.html`];
  },
});

describe('a journal page’s own scripts against Inkwell, in Firefox', () => {
  attackTests(driver);
});
