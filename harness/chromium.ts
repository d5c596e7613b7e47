/**
 * Debian's Chromium with the built MV3 extension, driven by playwright-core, every hostname sent to the
 * fixture server (--host-resolver-rules). A fresh profile in a temp dir per launch, removed on close.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page, type Response, type Worker } from 'playwright-core';
import type { FixtureServer } from './fixture-server';
import { CHROME_BUILD, CHROMIUM_BIN, requireBuild } from './paths';

export interface ConsoleError {
  /** 'console' for console.error, 'pageerror' for an uncaught exception. */
  type: 'console' | 'pageerror';
  text: string;
  /** The page (or worker) the error happened in. */
  pageUrl: string;
  /** Script URL of the message's source when known (chrome-extension://... for the extension's code). */
  sourceUrl: string;
  /** Whether it came from the extension: its pages, its worker, or its content script on a journal page. */
  fromExtension: boolean;
}

export interface ChromiumSession {
  context: BrowserContext;
  /** One tab, reused by `openJournal`. */
  page: Page;
  server: FixtureServer;
  extensionDir: string;
  extensionId: string;
  /** chrome-extension://<id>/ */
  baseUrl: string;
  serviceWorker: Worker;
  /** Navigate (by default the shared tab) to a journal URL; resolves on DOMContentLoaded. */
  openJournal(url: string, opts?: { page?: Page; waitUntil?: 'load' | 'domcontentloaded' | 'commit' }): Promise<Response | null>;
  /** Open an extension page ('popup.html') in a new tab; resolves once `selector` is there. */
  openExtensionPage(path: string, selector?: string): Promise<Page>;
  /** Console errors and uncaught exceptions seen so far (all of them, or only the extension's). */
  consoleErrors(which?: 'all' | 'extension'): ConsoleError[];
  clearConsoleErrors(): void;
  close(): Promise<void>;
}

export interface ChromiumOptions {
  server: FixtureServer;
  extensionDir?: string;
  /** More builds loaded beside it (each its own extension id: unpackedExtensionId), for A/B opens in one browser (scripts/library-ab.ts). */
  alsoLoad?: string[];
  /** Default: true. */
  headless?: boolean;
  /** Extra Chromium flags. */
  args?: string[];
  /** Window size for headed runs and screenshots (default 1280×900); null: the window's own size (a headed demo). */
  viewport?: { width: number; height: number } | null;
  /** The browser binary (default: CHROMIUM_BIN, harness/paths.ts). */
  executablePath?: string;
  /** A phone: touch events, a mobile viewport (meta viewport honoured), and its pixel ratio. */
  phone?: { deviceScaleFactor: number };
}

/** No sandbox (containers), no GPU, no first-run screens, none of the browser's own traffic, QUIC off, any certificate. */
export const QUIET_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--ignore-certificate-errors',
];

/**
 * Chromium keeps only the last --disable-features, so this repeats playwright-core's list (HttpsUpgrades
 * matters most: http:// journal URLs must stay http://) and adds the features that phone Google.
 */
const DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'AutofillServerCommunication',
];

/**
 * Chromium's own services, which no flag fully silences (the sign-in cookie probe to accounts.google.com, the GCM check-in
 * fires a few seconds after start). They resolve to nothing, so they stay out of the request log, which is
 * then the pages' and the extension's traffic only. Any other host still reaches the fixture server and
 * shows up in the log.
 */
const BROWSER_SERVICE_HOSTS = [
  'accounts.google.com',
  'content-autofill.googleapis.com',
  'clients2.google.com',
  'update.googleapis.com',
  'safebrowsing.googleapis.com',
  'optimizationguide-pa.googleapis.com',
  'android.clients.google.com',
];

/** The flag that sends every hostname to the fixture server, and the browser's own services nowhere. */
export function hostResolverRules(server: Pick<FixtureServer, 'host' | 'port'>): string {
  return `--host-resolver-rules=${[...BROWSER_SERVICE_HOSTS.map((h) => `MAP ${h} ~NOTFOUND`), `MAP * ${server.host}:${server.port}`, 'EXCLUDE localhost'].join(', ')}`;
}

/** Chromium's id for an unpacked extension: sha256 of its absolute path, first 32 hex digits mapped 0-f → a-p. */
export function unpackedExtensionId(extensionDir: string): string {
  const hex = createHash('sha256').update(realpathSync(extensionDir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export async function launchChromium(options: ChromiumOptions): Promise<ChromiumSession> {
  const { server } = options;
  const extensionDir = realpathSync(requireBuild(options.extensionDir ?? CHROME_BUILD));
  const extensionId = unpackedExtensionId(extensionDir);
  const baseUrl = `chrome-extension://${extensionId}/`;
  const userDataDir = mkdtempSync(join(tmpdir(), 'inkwell-chromium-'));
  const loaded = [extensionDir, ...(options.alsoLoad ?? []).map((d) => realpathSync(requireBuild(d)))].join(',');

  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: options.executablePath ?? CHROMIUM_BIN,
      headless: options.headless ?? true,
      viewport: options.viewport === undefined ? { width: 1280, height: 900 } : options.viewport,
      ...(options.phone ? { isMobile: true, hasTouch: true, deviceScaleFactor: options.phone.deviceScaleFactor } : {}),
      ignoreHTTPSErrors: true,
      args: [
        `--disable-extensions-except=${loaded}`,
        `--load-extension=${loaded}`,
        ...QUIET_FLAGS,
        `--disable-features=${DISABLED_FEATURES.join(',')}`,
        hostResolverRules(server),
        ...(options.args ?? []),
      ],
    });
  } catch (err) {
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }

  const errors: ConsoleError[] = [];
  const isExtensionUrl = (u: string) => u.startsWith(baseUrl);
  const record = (e: Omit<ConsoleError, 'fromExtension'>) => errors.push({ ...e, fromExtension: isExtensionUrl(e.pageUrl) || isExtensionUrl(e.sourceUrl) || e.text.includes(baseUrl) });

  context.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    // Service-worker messages come here too, with worker() set and no page.
    const where = msg.page()?.url() ?? msg.worker()?.url() ?? '';
    record({ type: 'console', text: msg.text(), pageUrl: where, sourceUrl: msg.location().url ?? '' });
  });
  context.on('weberror', (webError) => {
    const err = webError.error();
    const page = webError.page();
    const stack = err.stack ?? '';
    record({
      type: 'pageerror',
      text: `${err.name}: ${err.message}`,
      pageUrl: page?.url() ?? '',
      sourceUrl: /(chrome-extension:\/\/[^\s)]+)/.exec(stack)?.[1] ?? '',
    });
  });

  try {
    let serviceWorker = context.serviceWorkers().find((w) => isExtensionUrl(w.url()));
    if (!serviceWorker) {
      serviceWorker = await context.waitForEvent('serviceworker', {
        predicate: (w) => isExtensionUrl(w.url()),
        timeout: 20_000,
      });
    }

    // Uncaught errors in the worker raise no Playwright event: turn them into console errors.
    await serviceWorker.evaluate(() => {
      self.addEventListener('error', (e) => console.error((e as ErrorEvent).message));
      self.addEventListener('unhandledrejection', (e) => console.error(`Unhandled rejection: ${String((e as PromiseRejectionEvent).reason)}`));
    });

    const page = context.pages()[0] ?? (await context.newPage());

    const session: ChromiumSession = {
      context,
      page,
      server,
      extensionDir,
      extensionId,
      baseUrl,
      serviceWorker,
      openJournal(url, opts = {}) {
        return (opts.page ?? page).goto(url, { waitUntil: opts.waitUntil ?? 'domcontentloaded' });
      },
      async openExtensionPage(path, selector = 'body') {
        const tab = await context.newPage();
        // Awaiting goto on an extension page can hang (no load event reaches Playwright): wait for content.
        tab.goto(baseUrl + path.replace(/^\//, '')).catch(() => {});
        await tab.waitForSelector(selector, { state: 'attached' });
        return tab;
      },
      consoleErrors: (which = 'all') => errors.filter((e) => which === 'all' || e.fromExtension).map((e) => ({ ...e })),
      clearConsoleErrors() {
        errors.length = 0;
      },
      async close() {
        try {
          await context.close();
        } finally {
          rmSync(userDataDir, { recursive: true, force: true });
        }
      },
    };
    return session;
  } catch (err) {
    await context.close().catch(() => {});
    rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}
