// The popup and the library page in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built MV2
// extension: the scenarios Chromium runs too (support/library-suite.ts): a story read part way listed with its
// progress, opened from the popup in the reader page at the saved paragraph, export → delete all → import
// bringing back the list and positions, search and filters, and both pages live while a journal tab saves.

import { existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ElementHandle, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe } from 'vitest';
import { pollFor } from '../../harness/closed-shadow';
import { downloadPrefs, type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { type LibraryDriver, libraryLiveTests, libraryTests } from './support/library-suite';

let server: FixtureServer;
let firefox: FirefoxSession;
let dir: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkwell-ff-library-'));
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  firefox = await launchFirefox({
    server,
    // Save every download into `dir` without asking.
    prefs: downloadPrefs(dir, 'application/json'),
  });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('the popup and the library in Firefox', () => {
  const driver: LibraryDriver = {
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
    async downloaded(_page, action) {
      const before = new Set(readdirSync(dir));
      await action();
      // Firefox writes `name.part` first; the file is there once no .part is left.
      const name = await pollFor(
        async () => readdirSync(dir).find((f) => !before.has(f) && !f.endsWith('.part') && statSync(join(dir, f)).size > 0 && !readdirSync(dir).some((x) => x.endsWith('.part'))),
        (f) => !!f,
        20_000,
      );
      if (!name || !existsSync(join(dir, name))) throw new Error(`no download in ${dir}: ${JSON.stringify(readdirSync(dir))}`);
      return { name, path: join(dir, name) };
    },
    async chooseFile(page, selector, path) {
      const input = (await (page as Page).$(selector)) as ElementHandle<HTMLInputElement>;
      await input.uploadFile(path);
    },
    select: async (page, selector, value) => void (await (page as Page).select(selector, value)),
    extensionErrors: () => firefox.consoleErrors('extension'),
  };
  libraryTests(() => driver);
  libraryLiveTests(() => driver);
});
