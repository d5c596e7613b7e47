/**
 * npm run demo: build the extension, serve the sample journal pages in demo/ at their real URLs, and open
 * Chromium (or Firefox ESR) with Inkwell loaded on the seed story.
 *
 *   npm run demo                  headed when there is a display; runs until the browser is closed
 *   npm run demo -- --headless    (or `npm run demo --headless`, or no DISPLAY): opens the reader on the seed
 *                                 story, visits the sample pages, prints what it found, saves
 *                                 demo/screenshot.png, exits
 *   npm run demo -- --firefox     the same in Firefox ESR (also `--browser firefox`)
 *   options: --port N (serve on N, default: any free port), --no-build (use the existing build)
 *   env: INKWELL_CHROMIUM (or CHROMIUM_PATH), INKWELL_FIREFOX; default: the browsers found on PATH, or
 *        installed with apt-get on Debian/Ubuntu when they are missing (scripts/ensure-browsers.ts)
 *
 * A tiny server answers HTTP and HTTPS on one port (first byte 0x16 = TLS) with a self-signed certificate
 * made with openssl; Chromium's --host-resolver-rules send every hostname to it, and Firefox uses it as its
 * proxy (Firefox cannot map a hostname to a port). Nothing leaves the machine, and no root is needed.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import puppeteer, { type Browser as FxBrowser, type Page as FxPage } from 'puppeteer-core';
import { ensureTools } from '../harness/browsers';
import { clickReadButton, type DriverPage, inReader, readButtonNames } from '../harness/closed-shadow';
import { JOURNAL_DOMAINS } from '../utils/sites';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = join(ROOT, 'demo');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
const FIREFOX_EXTENSION = join(ROOT, '.output/firefox-mv2');
const SEED = 'https://emeraldmeteor.livejournal.com/56312.html';
const SCREENSHOT = join(DEMO, 'screenshot.png');
const READER_BUTTON = /^Read in Inkwell/;

// ---- options ----------------------------------------------------------------------------------------
const argv = process.argv.slice(2);
const flag = (name: string) => argv.includes(`--${name}`);
const truthy = (v: string | undefined) => v !== undefined && v !== '' && v !== 'false' && v !== '0';
const hasDisplay = process.platform !== 'linux' || !!process.env.DISPLAY || !!process.env.WAYLAND_DISPLAY;
// `npm run demo --headless` makes npm eat the flag as a config setting: it arrives as npm_config_headless.
const headless = flag('headless') || truthy(process.env.npm_config_headless) || !hasDisplay;
const portArg = argv.indexOf('--port');
const port = portArg >= 0 ? Number(argv[portArg + 1]) : Number(process.env.npm_config_port ?? 0);
const build = !flag('no-build') && !truthy(process.env.npm_config_no_build);
// --firefox, or --browser firefox|chromium (npm may hand these over as npm_config_* too).
const browserArg = argv.indexOf('--browser');
const browserName = (browserArg >= 0 ? argv[browserArg + 1] : process.env.npm_config_browser) ?? (flag('firefox') || truthy(process.env.npm_config_firefox) ? 'firefox' : 'chromium');
if (browserName !== 'chromium' && browserName !== 'firefox') {
  console.error(`demo: --browser takes chromium or firefox, not ${browserName}`);
  process.exit(2);
}
const useFirefox = browserName === 'firefox';
for (const a of argv) {
  if (a.startsWith('--') && !['--headless', '--port', '--no-build', '--firefox', '--browser'].includes(a)) {
    console.error(`demo: unknown option ${a}`);
    process.exit(2);
  }
}

const log = (msg: string) => console.log(`[demo] ${msg}`);
const seconds = (t0: number) => `${((Date.now() - t0) / 1000).toFixed(1)} s`;

function findChromium(): string {
  // CHROMIUM_PATH / CHROME_PATH: the demo's own older names for INKWELL_CHROMIUM, still obeyed.
  const fromEnv = process.env.CHROMIUM_PATH ?? process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  // Finds Chromium and openssl, and installs them on Debian/Ubuntu when it may (scripts/ensure-browsers.ts).
  return ensureTools(['chromium', 'openssl'], { log })['chromium'];
}

// ---- a certificate and a server for the demo pages ---------------------------------------------------
function makeCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(join(tmpdir(), 'inkwell-demo-cert-'));
  try {
    const names = [...JOURNAL_DOMAINS, 'livejournal.net', 'archive.org'];
    const san = ['DNS:localhost', 'IP:127.0.0.1', ...names.flatMap((n) => [`DNS:${n}`, `DNS:*.${n}`])].join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    return { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface DemoServer {
  port: number;
  urls: string[];
  requests: number;
  close(): void;
}

async function serveDemoPages(listenPort: number): Promise<DemoServer> {
  const map = JSON.parse(readFileSync(join(DEMO, 'pages.json'), 'utf8')) as Record<string, string>;
  const files = new Map<string, string>();
  for (const [url, file] of Object.entries(map)) {
    const u = new URL(url);
    files.set(u.hostname + u.pathname, join(DEMO, file));
  }
  const state = { requests: 0 };
  const handle = (scheme: string) => (req: http.IncomingMessage, res: http.ServerResponse) => {
    state.requests++;
    const u = new URL(req.url ?? '/', `${scheme}://${req.headers.host ?? 'localhost'}`);
    const file = files.get(u.hostname + u.pathname); // the query string is ignored
    if (file) {
      const body = readFileSync(file);
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8', 'Content-Length': body.length });
      res.end(body);
      return;
    }
    // The journals' CSS, scripts and images are not part of the demo: answer at once, empty.
    res.writeHead(404, { 'Content-Length': 0 });
    res.end();
  };
  const { key, cert } = makeCertificate();
  const httpServer = http.createServer(handle('http'));
  const httpsServer = https.createServer({ key, cert }, handle('https'));
  // Firefox cannot map hostnames to another port, so it reaches the server as its proxy: plain http
  // arrives as `GET http://host/path` (the handler reads the host either way), https as a CONNECT whose
  // tunnel is answered here, by the same HTTPS server, instead of being opened to the real site.
  httpServer.on('connect', (_req: http.IncomingMessage, socket: net.Socket, head: Buffer) => {
    socket.on('error', () => {});
    socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
    if (head.length) socket.unshift(head);
    httpsServer.emit('connection', socket);
  });
  const sockets = new Set<net.Socket>();
  const server = net.createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => {});
    socket.once('data', (first) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  });
  await new Promise<void>((ok, fail) => {
    server.once('error', fail);
    server.listen(listenPort, '127.0.0.1', ok);
  });
  return {
    port: (server.address() as net.AddressInfo).port,
    urls: Object.keys(map),
    get requests() {
      return state.requests;
    },
    close() {
      for (const s of sockets) s.destroy();
      server.close();
    },
  };
}

// ---- the browsers ------------------------------------------------------------------------------------
/**
 * What the demo does with a browser, the same in Chromium and Firefox. The buttons and the reader live in
 * closed shadow roots (a page's own scripts must not reach them): the demo reads them from the driver,
 * as the E2E tests do (tests/e2e/support/closed-shadow.ts), and clicks with the real mouse.
 */
interface DemoBrowser {
  label: string;
  goto(url: string): Promise<void>;
  /** The accessible names of the page's 'Read in Inkwell' buttons, once they have landed. */
  readerButtons(waitMs: number): Promise<string[]>;
  /** Clicks the first button with the mouse; resolves with the reader's title and part headings. */
  openReader(): Promise<{ title: string; parts: string[] }>;
  screenshot(path: string): Promise<void>;
  closeReader(): Promise<void>;
  /** Resolves when the person closes the browser (headed runs). */
  closed(): Promise<void>;
  close(): Promise<void>;
}

function extensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `names` until it finds buttons (then lets the rest of an index page's buttons land). */
async function waitForButtons(names: () => Promise<string[]>, waitMs: number): Promise<string[]> {
  const until = Date.now() + waitMs;
  let found = await names();
  while (Date.now() < until && !found.length) {
    await sleep(150);
    found = await names();
  }
  if (found.length) {
    await sleep(300);
    found = await names();
  }
  return found;
}

/** Polls until the reader shows its title and `minParts` part headings (or the time is up). */
async function waitForReader(read: () => Promise<{ title: string; parts: string[] }>, minParts: number, waitMs: number) {
  const until = Date.now() + waitMs;
  let seen = await read();
  while (Date.now() < until && (!seen.title || seen.parts.length < minParts)) {
    await sleep(200);
    seen = await read();
  }
  if (!seen.title) throw new Error('the reader did not open');
  return seen;
}

/**
 * Escape closes the reader; closing then takes back the history entry the reader pushed (history.back(), once its
 * frame has saved). The next page is opened after that, or the navigation under way aborts it.
 */
async function closeAndSettle(page: { keyboard: { press(key: string): Promise<void> }; evaluate(f: () => unknown): Promise<unknown> }): Promise<void> {
  await page.keyboard.press('Escape');
  const end = Date.now() + 5_000;
  while (Date.now() < end && (await page.evaluate(() => history.state).catch(() => null)) === 'inkwell-reader-open') {
    await new Promise((r) => setTimeout(r, 50));
  }
}

async function launchChromiumDemo(server: DemoServer, profile: string): Promise<DemoBrowser> {
  const executablePath = findChromium();
  const ext = realpathSync(EXTENSION);
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    ignoreHTTPSErrors: true,
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-quic',
      '--ignore-certificate-errors',
      // Every hostname goes to the demo server; Chromium's sign-in probe goes nowhere.
      `--host-resolver-rules=MAP accounts.google.com ~NOTFOUND, MAP * 127.0.0.1:${server.port}, EXCLUDE localhost`,
      ...(headless ? [] : ['--start-maximized']),
    ],
  });
  const page: Page = context.pages()[0] ?? (await context.newPage());
  log(`Chromium ${context.browser()?.version() ?? ''} (${executablePath}) with Inkwell loaded, extension id ${extensionId(EXTENSION)}`);
  return {
    label: 'Chromium',
    goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
    readerButtons: (waitMs) => waitForButtons(() => readButtonNames(page), waitMs),
    async openReader() {
      await clickReadButton(page, READER_BUTTON);
      return waitForReader(() => readReader(page), 2, 10_000);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    closeReader: () => closeAndSettle(page),
    closed: () => new Promise<void>((r) => context.once('close', () => r())),
    close: () => context.close().catch(() => {}),
  };
}

/** The reader's title and its part headings, read from its closed shadow root (from the driver, not the page). */
const readReader = (page: DriverPage) =>
  inReader(page, (root) => {
    const text = (e: Element) => (e.textContent ?? '').replace(/\s+/g, ' ').trim();
    const h1 = root?.querySelector('h1');
    return {
      title: h1 ? text(h1) : '',
      parts: Array.from(root?.querySelectorAll('article h2') ?? [])
        .map(text)
        .filter((t) => /^(Part|Chapter)\b/i.test(t)),
    };
  });

async function launchFirefoxDemo(server: DemoServer, profile: string): Promise<DemoBrowser> {
  const executablePath = ensureTools(['firefox', 'openssl'], { log })['firefox'];
  const browser: FxBrowser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless,
    acceptInsecureCerts: true,
    userDataDir: profile,
    defaultViewport: headless ? { width: 1280, height: 900 } : null,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      // Firefox cannot map hostnames to a port: the demo server is its proxy for every site, so nothing
      // reaches the real journals (see serveDemoPages).
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': server.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': server.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
      'network.dns.disablePrefetch': true,
      'network.prefetch-next': false,
      'network.captive-portal-service.enabled': false,
      'network.connectivity-service.enabled': false,
      'services.settings.server': 'data:,#remote-settings-dummy/v1',
      'browser.shell.checkDefaultBrowser': false,
      // The InsaneJournal sample is an http:// page, as old links are.
      'dom.security.https_first': false,
      'dom.security.https_only_mode': false,
    },
  });
  const ext = realpathSync(FIREFOX_EXTENSION);
  const id = await browser.installExtension(ext);
  const page: FxPage = (await browser.pages())[0] ?? (await browser.newPage());
  log(`Firefox ${await browser.version()} (${executablePath}) with Inkwell loaded (temporary add-on ${id})`);
  return {
    label: 'Firefox',
    goto: async (url) => void (await page.goto(url, { waitUntil: 'domcontentloaded' })),
    readerButtons: (waitMs) => waitForButtons(() => readButtonNames(page), waitMs),
    async openReader() {
      await clickReadButton(page, READER_BUTTON);
      return waitForReader(() => readReader(page), 2, 10_000);
    },
    screenshot: async (path) => void (await page.screenshot({ path })),
    closeReader: () => closeAndSettle(page),
    closed: () => new Promise<void>((r) => browser.once('disconnected', () => r())),
    close: () => browser.close().catch(() => {}),
  };
}

async function main() {
  const t0 = Date.now();
  log(`Inkwell demo in ${useFirefox ? 'Firefox ESR' : 'Chromium'} (${headless ? 'headless' : 'headed'})`);
  const extensionDir = useFirefox ? FIREFOX_EXTENSION : EXTENSION;

  if (build) {
    log(`building the ${useFirefox ? 'Firefox' : 'Chrome'} extension (wxt build${useFirefox ? ' -b firefox' : ''})...`);
    const b = spawnSync('npx', ['wxt', 'build', ...(useFirefox ? ['-b', 'firefox'] : [])], { cwd: ROOT, stdio: headless ? 'pipe' : 'inherit', encoding: 'utf8' });
    if (b.status !== 0) {
      if (headless) process.stderr.write(`${b.stdout ?? ''}${b.stderr ?? ''}`);
      throw new Error(`wxt build failed (exit ${b.status})`);
    }
    log(`built ${extensionDir} in ${seconds(t0)}`);
  }
  if (!existsSync(join(extensionDir, 'manifest.json'))) throw new Error(`no build at ${extensionDir}: run without --no-build`);

  const server = await serveDemoPages(port);
  log(`serving ${server.urls.length} sample journal pages on 127.0.0.1:${server.port} (HTTP and HTTPS${useFirefox ? ", and as Firefox's proxy" : ''}):`);
  for (const u of server.urls) log(`  ${u}`);

  const profile = mkdtempSync(join(tmpdir(), 'inkwell-demo-profile-'));
  let browser: DemoBrowser | undefined;
  const cleanup = async () => {
    await browser?.close();
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().then(() => process.exit(143)));

  try {
    browser = useFirefox ? await launchFirefoxDemo(server, profile) : await launchChromiumDemo(server, profile);
    await browser.goto(SEED);
    const seedButtons = await browser.readerButtons(6_000);
    log(`opened ${SEED}: ${seedButtons.length} reader button(s)${seedButtons.length ? ': ' + seedButtons.map((n) => `"${n}"`).join(', ') : ''}`);

    if (!headless) {
      log(`${browser.label} is open on the seed story: press "Read in Inkwell". The other sample pages above work too (type them in the address bar).`);
      log('close the browser window (or press Ctrl+C) to stop the demo.');
      await browser.closed();
      browser = undefined;
      await cleanup();
      log('browser closed, demo stopped.');
      return;
    }

    // Open the reader on the seed story, as a reader would: both parts arrive, in order.
    const reader = await browser.openReader();
    log(`reader open on "${reader.title}": ${reader.parts.length} part(s) stitched in order (${reader.parts.join(', ')})`);
    await browser.screenshot(SCREENSHOT);
    log(`screenshot of the reader: ${SCREENSHOT}`);
    await browser.closeReader();
    let total = seedButtons.length;
    for (const url of server.urls.filter((u) => u !== SEED)) {
      await browser.goto(url);
      const names = await browser.readerButtons(4_000);
      total += names.length;
      log(`opened ${url}: ${names.length} reader button(s)${names.length ? ': ' + names.map((n) => `"${n}"`).join(', ') : ''}`);
    }
    log(`${server.urls.length} pages opened, ${total} reader buttons found, ${server.requests} requests served, ${seconds(t0)} in all`);
    await cleanup();
  } catch (err) {
    await cleanup();
    throw err;
  }
}

main().then(
  () => process.exit(0),
  (err) => {
    console.error(`[demo] failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
