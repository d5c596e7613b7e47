// The built MV2 extension in Debian's Firefox ESR (puppeteer-core over WebDriver BiDi), against the
// fixture pages served at their real URLs on 443/80 of a loopback address. One browser launch for the
// whole file; one tab reused for the journal pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readButtonNames } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIREFOX_BUILD, FIXTURE_PAGES_JSON } from '../../harness/paths';
import { allowedHosts, loadCases } from './support/cases';
import { expectedManifestPermissions, expectJournalOnlyScriptsAndConnections, readBuiltManifest } from './support/manifest';

const cases = loadCases();
const BUTTON_TIMEOUT = 4_000;
const NO_BUTTON_SETTLE = 1_000;
const READER_BUTTON = /^Read in Inkwell/;

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

const readerButtons = async () => (await readButtonNames(firefox.page)).filter((n) => READER_BUTTON.test(n)).length;

describe('the built MV2 manifest', () => {
  it('asks for exactly the intended permissions and hosts, never <all_urls>', () => {
    const manifest = readBuiltManifest(FIREFOX_BUILD);
    const expected = expectedManifestPermissions('firefox');
    expect(manifest.manifest_version).toBe(2);
    // MV2 has no host_permissions: hosts sit in permissions.
    expect([...manifest.permissions].sort()).toEqual([...expected.permissions, ...expected.hosts].sort());
    expect(manifest.host_permissions).toBeUndefined();
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.browser_specific_settings.gecko.id).toBe('inkwell@inkwell-reader.org');
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"|"https?:\/\/\*\/\*"/);
    for (const cs of manifest.content_scripts ?? []) {
      for (const m of cs.matches) expect(expected.hosts).toContain(m);
    }
    expectJournalOnlyScriptsAndConnections(manifest, 'firefox');
  });
});

describe('the extension in Firefox', () => {
  it('is installed, and the moz-extension URL of its manifest answers', async () => {
    expect(firefox.extensionId).toBe('inkwell@inkwell-reader.org');
    const tab = await firefox.openExtensionPage('manifest.json', 'pre');
    try {
      const shown = JSON.parse(await tab.$eval('pre', (el) => (el as HTMLElement).innerText));
      expect(shown.name).toBe('Inkwell');
      expect(shown.browser_specific_settings.gecko.id).toBe(firefox.extensionId);
      // tab.url() stays about:blank: BiDi never reports the navigation to a moz-extension page.
      expect(await tab.evaluate(() => location.href)).toBe(`${firefox.baseUrl}manifest.json`);
    } finally {
      await tab.close();
    }
  });
});

describe('fixture pages', () => {
  beforeAll(() => {
    server.clearRequests();
    firefox.clearConsoleErrors();
  });

  for (const c of cases) {
    describe(c.id, () => {
      it('shows the fixture page', async () => {
        const response = await firefox.openJournal(c.url);
        expect(response?.status()).toBe(200);
        expect(await firefox.page.title()).toBe(c.title);
      });

      it(`has ${c.expectedButtons} 'Read in Inkwell' button(s) (${c.kind})`, async () => {
        const page = firefox.page;
        if (page.url() !== new URL(c.url).href) await firefox.openJournal(c.url);
        if (c.expectedButtons === 0) {
          await page.waitForFunction(() => document.readyState === 'complete');
          await new Promise((r) => setTimeout(r, NO_BUTTON_SETTLE));
        } else {
          await expect.poll(readerButtons, { timeout: BUTTON_TIMEOUT, interval: 100 }).toBe(c.expectedButtons);
        }
        expect(await readerButtons()).toBe(c.expectedButtons);
      });
    });
  }

  it('the browser talked to the fixture hosts only', () => {
    const allowed = allowedHosts(server.pageHosts);
    const log = server.requests();
    expect(log.length).toBeGreaterThan(cases.length);
    const stray = log.filter((r) => !allowed(new URL(r.url).hostname)).map((r) => `${r.method} ${r.url}`);
    expect(stray).toEqual([]);
  });

  it('the extension logged no errors on the journal pages', () => {
    expect(firefox.consoleErrors('extension')).toEqual([]);
    expect(firefox.dialogs).toEqual([]);
  });
});
