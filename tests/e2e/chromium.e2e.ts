// The built MV3 extension in Debian's Chromium (playwright-core), against the fixture pages served at
// their real URLs. One browser launch for the whole file; one tab reused for the journal pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { readButtonNames } from '../../harness/closed-shadow';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { CHROME_BUILD, FIXTURE_PAGES_JSON } from '../../harness/paths';
import { allowedHosts, loadCases } from './support/cases';
import { expectedManifestPermissions, expectJournalOnlyScriptsAndConnections, readBuiltManifest } from './support/manifest';

const cases = loadCases();
/** How long a story page may take to show its reader buttons. */
const BUTTON_TIMEOUT = 4_000;
/** How long a page with no story is watched for stray buttons. */
const NO_BUTTON_SETTLE = 1_000;

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

describe('the built MV3 manifest', () => {
  it('asks for exactly the intended permissions and hosts, never <all_urls>', () => {
    const manifest = readBuiltManifest(CHROME_BUILD);
    const expected = expectedManifestPermissions('chrome');
    expect(manifest.manifest_version).toBe(3);
    expect([...manifest.permissions].sort()).toEqual([...expected.permissions].sort());
    expect([...manifest.host_permissions].sort()).toEqual([...expected.hosts].sort());
    expect(manifest.optional_permissions ?? []).toEqual([]);
    expect(manifest.optional_host_permissions ?? []).toEqual([]);
    const text = JSON.stringify(manifest);
    expect(text).not.toContain('<all_urls>');
    expect(text).not.toMatch(/"\*:\/\/\*\/\*"|"https?:\/\/\*\/\*"/);
    // Content scripts run on those hosts only.
    for (const cs of manifest.content_scripts ?? []) {
      for (const m of cs.matches) expect(expected.hosts).toContain(m);
    }
    expectJournalOnlyScriptsAndConnections(manifest, 'chrome');
  });
});

describe('the extension in Chromium', () => {
  it('loads: its service worker is registered, under the id derived from its path', () => {
    const manifest = readBuiltManifest(CHROME_BUILD);
    expect(chrome.serviceWorker.url()).toBe(`${chrome.baseUrl}${manifest.background.service_worker}`);
    expect(chrome.context.serviceWorkers().map((w) => w.url())).toContain(chrome.serviceWorker.url());
  });

  it('serves its own pages', async () => {
    const tab = await chrome.openExtensionPage('manifest.json', 'pre');
    try {
      const shown = JSON.parse((await tab.textContent('pre')) ?? '{}');
      expect(shown.name).toBe('Inkwell');
      expect(shown.manifest_version).toBe(3);
    } finally {
      await tab.close();
    }
  });
});

/**
 * Whether the detector proper (the story-posts stage) is in the page's extension world: read with the DevTools protocol
 * in the isolated world Chromium made for Inkwell's content scripts in the top frame (the page's own scripts cannot see it).
 */
async function storyPostsLoaded(): Promise<boolean | null> {
  const page = chrome.page;
  const cdp = await chrome.context.newCDPSession(page);
  try {
    const contexts: { id: number; name: string; auxData?: { type?: string; frameId?: string } }[] = [];
    cdp.on('Runtime.executionContextCreated', (e) => contexts.push(e.context));
    const { frameTree } = await cdp.send('Page.getFrameTree');
    await cdp.send('Runtime.enable');
    const world = contexts.find((c) => c.name === 'Inkwell' && c.auxData?.type === 'isolated' && c.auxData.frameId === frameTree.frame.id);
    // null: no Inkwell world in the frame (the screen itself did not run there).
    if (!world) return null;
    const { result } = await cdp.send('Runtime.evaluate', { expression: "typeof globalThis[Symbol.for('inkwell.story-posts')] === 'object'", contextId: world.id, returnByValue: true });
    return result.value === true;
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

describe('the detector in two steps: its screen on every journal page, the detector proper where a story may be', () => {
  // Ordinary pages with no sign of a story (a diary entry, a personal post's Previous/Next links): the screen only.
  for (const id of ['lj-s1talkread2003-personal-diary-notstory', 'dw-core2-2014-personal-prev-next-links-alone-notstory']) {
    it(`loads no detector proper on ${id}`, async () => {
      const c = cases.find((x) => x.id === id)!;
      expect(c.expectedButtons).toBe(0);
      await chrome.openJournal(c.url);
      await chrome.page.waitForLoadState('load');
      await chrome.page.waitForTimeout(NO_BUTTON_SETTLE);
      expect(await storyPostsLoaded()).toBe(false);
    });
  }
  it('loads it on a story page, where the buttons come from', async () => {
    const c = cases.find((x) => x.kind === 'story' && x.expectedButtons === 1)!;
    await chrome.openJournal(c.url);
    await expect.poll(async () => (await readButtonNames(chrome.page)).filter((n) => /^Read in Inkwell/.test(n)).length, { timeout: BUTTON_TIMEOUT, interval: 100 }).toBe(1);
    expect(await storyPostsLoaded()).toBe(true);
  });
});

describe('fixture pages', () => {
  beforeAll(() => {
    server.clearRequests();
    chrome.clearConsoleErrors();
  });

  for (const c of cases) {
    describe(c.id, () => {
      it('shows the fixture page', async () => {
        const response = await chrome.openJournal(c.url);
        expect(response?.status()).toBe(200);
        expect(await chrome.page.title()).toBe(c.title);
      });

      it(`has ${c.expectedButtons} 'Read in Inkwell' button(s) (${c.kind})`, async () => {
        const page = chrome.page;
        if (page.url() !== new URL(c.url).href) await chrome.openJournal(c.url);
        const buttons = async () => (await readButtonNames(page)).filter((n) => /^Read in Inkwell/.test(n)).length;
        if (c.expectedButtons === 0) {
          await page.waitForLoadState('load');
          await page.waitForTimeout(NO_BUTTON_SETTLE);
        } else {
          await expect.poll(buttons, { timeout: BUTTON_TIMEOUT, interval: 100 }).toBe(c.expectedButtons);
        }
        expect(await buttons()).toBe(c.expectedButtons);
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
    expect(chrome.consoleErrors('extension')).toEqual([]);
  });
});
