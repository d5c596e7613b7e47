// Issue 10's attacks in real Chromium with the built extension (tests/e2e/support/attack-suite.ts): a page's own
// scripts pressing the button or reading the reader, a story whose parts lead to a friends-locked entry on another
// journal (served only with the reader's login cookie), a .bml link with a query, http:// links and pages,
// redirects off the journal hosts, history.replaceState to another journal, a Wayback copy of another site.

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { evaluate } from '../../harness/evaluate';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { type AttackDriver, attackTests } from './support/attack-suite';
import { attackPages, setAttackFaults } from './support/attacks';

let server: FixtureServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: attackPages() });
  setAttackFaults(server);
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

const driver = (): AttackDriver => ({
  server,
  async open(url, init) {
    const page = await chrome.context.newPage();
    if (init) await page.addInitScript({ content: init });
    await page.goto(url, { waitUntil: 'load' });
    return page;
  },
  close: (page) => (page as Page).close(),
  // The page's main world, where its own scripts run.
  evaluate,
  get frameGuesses() {
    return [`${chrome.baseUrl}reader-frame.html`];
  },
});

describe('a journal page’s own scripts against Inkwell, in Chromium', () => {
  attackTests(driver);
});
