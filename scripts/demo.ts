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
 *        installed with apt-get on Debian/Ubuntu when they are missing (harness/browsers.ts)
 *
 * The browser harness the E2E tests use (harness/): its fixture server answers HTTP and HTTPS on one port
 * (first byte 0x16 = TLS) with a self-signed certificate made with openssl; Chromium's --host-resolver-rules
 * send every hostname to it, and Firefox uses it as its proxy (Firefox cannot map a hostname to a port).
 * Nothing leaves the machine, and no root is needed. The demo's pages are its own (demo/pages.json), not the
 * test fixtures.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ensureTools } from '../harness/browsers';
import { launchChromium } from '../harness/chromium';
import { clickReadButton, type DriverPage, historySettled, inReader, pollFor, readButtonNames } from '../harness/closed-shadow';
import { anyPage } from '../harness/evaluate';
import { launchFirefox } from '../harness/firefox';
import { type FixtureServer, startFixtureServer } from '../harness/fixture-server';
import { CHROME_BUILD, FIREFOX_BUILD, ROOT } from '../harness/paths';

const DEMO = join(ROOT, 'demo');
const EXTENSION = CHROME_BUILD;
const FIREFOX_EXTENSION = FIREFOX_BUILD;
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
  // Finds Chromium and openssl, and installs them on Debian/Ubuntu when it may (harness/browsers.ts).
  return ensureTools(['chromium', 'openssl'], { log })['chromium'];
}

// ---- the browsers ------------------------------------------------------------------------------------
/**
 * What the demo does with a browser, the same in Chromium and Firefox. The buttons and the reader live in
 * closed shadow roots (a page's own scripts must not reach them): the demo reads them from the driver,
 * as the E2E tests do (harness/closed-shadow.ts), and clicks with the real mouse.
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The buttons once some are there (then the rest of an index page's buttons have a moment to land). */
async function waitForButtons(page: DriverPage, waitMs: number): Promise<string[]> {
  const found = await pollFor(
    () => readButtonNames(page),
    (names) => names.length > 0,
    waitMs,
  );
  if (!found.length) return found;
  await sleep(300);
  return readButtonNames(page);
}

/** Clicks the first button with the mouse; resolves once the reader shows its title and two part headings (or after 10 s). */
async function openReader(page: DriverPage): Promise<{ title: string; parts: string[] }> {
  await clickReadButton(page, READER_BUTTON);
  const seen = await pollFor(
    () => readReader(page),
    (r) => !!r.title && r.parts.length >= 2,
    10_000,
  );
  if (!seen.title) throw new Error('the reader did not open');
  return seen;
}

/** What the demo does in either browser, through harness/closed-shadow.ts and the drivers' common calls. */
function demoBrowser(label: string, page: DriverPage, closed: () => Promise<void>, close: () => Promise<void>): DemoBrowser {
  const p = anyPage(page);
  return {
    label,
    goto: async (url) => void (await p.goto(url, { waitUntil: 'domcontentloaded' })),
    readerButtons: (waitMs) => waitForButtons(page, waitMs),
    openReader: () => openReader(page),
    screenshot: async (path) => void (await p.screenshot({ path })),
    async closeReader() {
      // Escape closes the reader; the next page is opened once its history entry is taken back.
      await p.keyboard.press('Escape');
      await historySettled(page);
    },
    closed,
    close,
  };
}

async function launchChromiumDemo(server: FixtureServer): Promise<DemoBrowser> {
  const executablePath = findChromium();
  // harness/chromium.ts: a fresh profile, every hostname sent to the demo server.
  const session = await launchChromium({
    server,
    executablePath,
    headless,
    viewport: headless ? { width: 1280, height: 900 } : null,
    args: headless ? [] : ['--start-maximized'],
  });
  const { context, page } = session;
  log(`Chromium ${context.browser()?.version() ?? ''} (${executablePath}) with Inkwell loaded, extension id ${session.extensionId}`);
  return demoBrowser(
    'Chromium',
    page,
    () => new Promise<void>((r) => context.once('close', () => r())),
    () => session.close().catch(() => {}),
  );
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

async function launchFirefoxDemo(server: FixtureServer): Promise<DemoBrowser> {
  const executablePath = ensureTools(['firefox', 'openssl'], { log })['firefox'];
  // harness/firefox.ts in proxy mode: Firefox cannot map hostnames to a port, so the demo server is its
  // proxy for every site (nothing reaches the real journals, and no root is needed for ports 443 and 80).
  const session = await launchFirefox({ server, executablePath, headless, network: 'proxy', viewport: headless ? { width: 1280, height: 900 } : null });
  const { browser, page } = session;
  log(`Firefox ${await browser.version()} (${executablePath}) with Inkwell loaded (temporary add-on ${session.extensionId})`);
  return demoBrowser(
    'Firefox',
    page,
    () => new Promise<void>((r) => browser.once('disconnected', () => r())),
    () => session.close().catch(() => {}),
  );
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

  const server = await startFixtureServer({ pagesJson: join(DEMO, 'pages.json'), ports: [port] });
  log(`serving ${server.urls.length} sample journal pages on 127.0.0.1:${server.port} (HTTP and HTTPS${useFirefox ? ", and as Firefox's proxy" : ''}):`);
  for (const u of server.urls) log(`  ${u}`);

  let browser: DemoBrowser | undefined;
  const cleanup = async () => {
    await browser?.close();
    await server.close();
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().then(() => process.exit(143)));

  try {
    browser = useFirefox ? await launchFirefoxDemo(server) : await launchChromiumDemo(server);
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
    log(`${server.urls.length} pages opened, ${total} reader buttons found, ${server.requests().length} requests served, ${seconds(t0)} in all`);
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
