/**
 * Debian's Firefox ESR with the built MV2 extension, driven by puppeteer-core over WebDriver BiDi
 * (Playwright cannot drive a stock Firefox).
 *
 * Firefox cannot remap ports, so its fixture server listens on 443 and 80 (needs root or
 * CAP_NET_BIND_SERVICE) at a random loopback address (127.0.0.0/8 is all loopback), and
 * network.dns.forceResolve sends every hostname there. A random address keeps parallel runs and
 * anything else on 127.0.0.1:443 out of the way. Or (network: 'proxy', the demo's way, no root) the
 * server on any port is Firefox's proxy for every site.
 *
 * Findings (Firefox ESR 140):
 * - browser.installExtension() (a temporary install) grants an MV2 extension the host permissions in its
 *   manifest: the content script runs on the journal pages with no extra pref or prompt.
 * - Firefox's remote-settings sync (firefox.settings.services.mozilla.com) ignores
 *   services.settings.server on release builds unless MOZ_DISABLE_NONLOCAL_CONNECTIONS=1 (or
 *   MOZ_REMOTE_SETTINGS_DEVTOOLS=1) is in the environment; with it set and the server at the
 *   "data:,#remote-settings-dummy/v1" dummy, and the captive-portal/connectivity checks off, the browser
 *   itself makes no requests: the request log is the pages' and the extension's traffic only.
 * - page.goto() to a moz-extension:// URL never resolves (the page loads, the navigation event never
 *   comes): open extension pages without awaiting goto and wait for content instead.
 */
import { randomUUID } from 'node:crypto';
import { mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type HTTPResponse, type Page } from 'puppeteer-core';
import type { ConsoleError } from './chromium';
import { type FixtureServer, type FixtureServerOptions, startFixtureServer } from './fixture-server';
import { FIREFOX_BIN, FIREFOX_BUILD, requireBuild } from './paths';

export type { ConsoleError };

export interface FirefoxSession {
  browser: Browser;
  /** One tab, reused by `openJournal`. */
  page: Page;
  server: FixtureServer;
  extensionDir: string;
  /** The Gecko id from the manifest (inkwell@inkwell-reader.org). */
  extensionId: string;
  /** The moz-extension host, fixed per launch through extensions.webextensions.uuids. */
  uuid: string;
  /** moz-extension://<uuid>/ */
  baseUrl: string;
  /** Navigate (by default the shared tab) to a journal URL; resolves on DOMContentLoaded. */
  openJournal(url: string, opts?: { page?: Page; waitUntil?: 'load' | 'domcontentloaded' }): Promise<HTTPResponse | null>;
  /** Open an extension page ('popup.html') in a new tab; resolves once `selector` is there. */
  openExtensionPage(path: string, selector?: string): Promise<Page>;
  /** Console errors and uncaught exceptions seen on tabs so far (the background page is not visible over BiDi). */
  consoleErrors(which?: 'all' | 'extension'): ConsoleError[];
  clearConsoleErrors(): void;
  /** Messages of dialogs (alert/confirm/prompt) seen and dismissed. */
  dialogs: string[];
  close(): Promise<void>;
}

export interface FirefoxOptions {
  server: FixtureServer;
  extensionDir?: string;
  headless?: boolean;
  /** The browser binary (default: FIREFOX_BIN, harness/paths.ts). */
  executablePath?: string;
  /**
   * How hostnames reach the server. 'dns' (default): network.dns.forceResolve to the server's address,
   * which must then listen on 443 and 80 (startFirefoxFixtureServer). 'proxy': the server is Firefox's
   * proxy for every site, on any port, no root needed (the demo); the server answers the CONNECTs.
   */
  network?: 'dns' | 'proxy';
  /** Page size (puppeteer's defaultViewport); null: the window's own; unset: puppeteer's default. */
  viewport?: { width: number; height: number } | null;
  /** Extra prefs. */
  prefs?: Record<string, string | number | boolean>;
}

/**
 * The fixture server on 443 and 80 at a random 127.x.y.z address, retried on a busy address.
 */
export async function startFirefoxFixtureServer(options: Omit<FixtureServerOptions, 'host' | 'ports'>): Promise<FixtureServer> {
  let lastError: unknown;
  for (let attempt = 0; attempt < 8; attempt++) {
    const host = `127.${1 + Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}.${2 + Math.floor(Math.random() * 250)}`;
    try {
      return await startFixtureServer({ ...options, host, ports: [443, 80] });
    } catch (err) {
      lastError = err;
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EACCES') {
        throw new Error('the Firefox fixture server must listen on ports 443 and 80: run as root (or grant CAP_NET_BIND_SERVICE)', { cause: err });
      }
      if (code !== 'EADDRINUSE' && code !== 'EADDRNOTAVAIL') throw err;
    }
  }
  throw lastError;
}

/** Prefs that make the server Firefox's proxy for every site (http, and https through CONNECT). */
function proxyPrefs(server: FixtureServer): Record<string, string | number | boolean> {
  return {
    'network.proxy.type': 1,
    'network.proxy.http': server.host,
    'network.proxy.http_port': server.port,
    'network.proxy.ssl': server.host,
    'network.proxy.ssl_port': server.port,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
  };
}

/**
 * Navigates `tab` to an extension page and waits for `selector` there. The wait can start in the old page's realm
 * just as it is torn down for the extension page (the navigation is not awaited: Firefox may hold moz-extension
 * loads open): Firefox's BiDi then fails the wait with a protocol error ("right-hand side of 'in' should be an
 * object, got null"), not a timeout. Wait again, in the new realm: after a pause, since an immediate retry can land
 * in the same dying realm (three back-to-back retries all failed on a loaded CI machine). Before each wait the
 * tab's address (its query and fragment aside: a page may rewrite them) must be the one asked for, so a selector the old page also has (a popup row, then the library) is not
 * found there.
 */
export async function gotoExtensionPage(tab: Page, url: string, selector: string, timeout = 30_000): Promise<void> {
  tab.goto(url).catch(() => {});
  const end = Date.now() + timeout;
  for (let attempt = 1; ; attempt++) {
    try {
      await tab.waitForFunction((want, sel) => location.href.split(/[?#]/)[0] === want && !!document.querySelector(sel), { timeout: Math.max(1, end - Date.now()) }, url.split(/[?#]/)[0], selector);
      return;
    } catch (e) {
      if (attempt >= 8 || Date.now() >= end || !/protocol error|waiting failed/i.test(`${(e as Error).message} ${String((e as Error).cause ?? '')}`)) throw e;
      await new Promise((r) => setTimeout(r, 250));
    }
  }
}

/** Prefs that save every download into `dir` without asking (files of these MIME types). */
export function downloadPrefs(dir: string, types: string): Record<string, string | number | boolean> {
  return {
    'browser.download.folderList': 2,
    'browser.download.dir': dir,
    'browser.download.useDownloadDir': true,
    'browser.download.always_ask_before_handling_new_types': false,
    'browser.download.start_downloads_in_tmp_dir': false,
    'browser.download.manager.showWhenStarting': false,
    'browser.download.alwaysOpenPanel': false,
    'browser.helperApps.neverAsk.saveToDisk': types,
  };
}

export async function launchFirefox(options: FirefoxOptions): Promise<FirefoxSession> {
  const { server } = options;
  const network = options.network ?? 'dns';
  if (network === 'dns' && (!server.ports.includes(443) || !server.ports.includes(80))) {
    throw new Error('Firefox needs the fixture server on ports 443 and 80: use startFirefoxFixtureServer()');
  }
  const extensionDir = realpathSync(requireBuild(options.extensionDir ?? FIREFOX_BUILD));
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8'));
  const extensionId: string = manifest.browser_specific_settings?.gecko?.id ?? manifest.applications?.gecko?.id;
  if (!extensionId) throw new Error(`${extensionDir}/manifest.json has no gecko id`);
  const uuid = randomUUID();
  const baseUrl = `moz-extension://${uuid}/`;
  const profileDir = mkdtempSync(join(tmpdir(), 'inkwell-firefox-'));

  let browser: Browser;
  try {
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: options.executablePath ?? FIREFOX_BIN,
      headless: options.headless ?? true,
      acceptInsecureCerts: true,
      userDataDir: profileDir,
      ...(options.viewport !== undefined ? { defaultViewport: options.viewport } : {}),
      args: ['--remote-allow-system-access'],
      env: { ...process.env, MOZ_DISABLE_NONLOCAL_CONNECTIONS: '1' },
      extraPrefsFirefox: {
        ...(network === 'dns' ? { 'network.dns.forceResolve': server.host } : proxyPrefs(server)),
        'network.dns.disablePrefetch': true,
        'network.prefetch-next': false,
        'network.captive-portal-service.enabled': false,
        'network.connectivity-service.enabled': false,
        'services.settings.server': 'data:,#remote-settings-dummy/v1',
        'extensions.webextensions.uuids': JSON.stringify({ [extensionId]: uuid }),
        // Keep http:// journal URLs on http://.
        'dom.security.https_first': false,
        'dom.security.https_only_mode': false,
        ...(options.prefs ?? {}),
      },
    });
  } catch (err) {
    rmSync(profileDir, { recursive: true, force: true });
    throw err;
  }

  const errors: ConsoleError[] = [];
  const dialogs: string[] = [];
  const isExtensionUrl = (u: string) => u.startsWith(baseUrl);
  const watch = (page: Page) => {
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      dialog.dismiss().catch(() => {});
    });
    page.on('console', (msg) => {
      if (msg.type() !== 'error') return;
      const sourceUrl = msg.location()?.url ?? '';
      const pageUrl = page.url();
      errors.push({
        type: 'console',
        text: msg.text(),
        pageUrl,
        sourceUrl,
        fromExtension: isExtensionUrl(pageUrl) || isExtensionUrl(sourceUrl) || msg.text().includes(baseUrl),
      });
    });
    page.on('pageerror', (err) => {
      const e = err as Error;
      const pageUrl = page.url();
      const stack = e.stack ?? '';
      errors.push({
        type: 'pageerror',
        text: `${e.name}: ${e.message}`,
        pageUrl,
        sourceUrl: /(moz-extension:\/\/[^\s)]+)/.exec(stack)?.[1] ?? '',
        fromExtension: isExtensionUrl(pageUrl) || stack.includes(baseUrl),
      });
    });
  };

  try {
    const installed = await browser.installExtension(extensionDir);
    if (installed !== extensionId) throw new Error(`installed ${installed}, expected ${extensionId}`);

    const page = (await browser.pages())[0] ?? (await browser.newPage());
    watch(page);

    const session: FirefoxSession = {
      browser,
      page,
      server,
      extensionDir,
      extensionId,
      uuid,
      baseUrl,
      dialogs,
      openJournal(url, opts = {}) {
        return (opts.page ?? page).goto(url, { waitUntil: opts.waitUntil ?? 'domcontentloaded' });
      },
      async openExtensionPage(path, selector = 'body') {
        const tab = await browser.newPage();
        watch(tab);
        await gotoExtensionPage(tab, baseUrl + path.replace(/^\//, ''), selector);
        return tab;
      },
      consoleErrors: (which = 'all') => errors.filter((e) => which === 'all' || e.fromExtension).map((e) => ({ ...e })),
      clearConsoleErrors() {
        errors.length = 0;
      },
      async close() {
        try {
          await browser.close();
        } finally {
          rmSync(profileDir, { recursive: true, force: true });
        }
      },
    };
    return session;
  } catch (err) {
    await browser.close().catch(() => {});
    rmSync(profileDir, { recursive: true, force: true });
    throw err;
  }
}
