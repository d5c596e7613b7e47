/**
 * npm run demo: build the Chrome extension, serve the sample journal pages in demo/ at their real URLs,
 * and open Chromium with Inkwell loaded on the seed story.
 *
 *   npm run demo                  headed when there is a display; runs until the browser is closed
 *   npm run demo -- --headless    (or `npm run demo --headless`, or no DISPLAY): opens the reader on the seed
 *                                 story, visits the sample pages, prints what it found, saves
 *                                 demo/screenshot.png, exits
 *   options: --port N (serve on N, default: any free port), --no-build (use the existing .output/chrome-mv3)
 *   env: INKWELL_CHROMIUM (or CHROMIUM_PATH); default: Chromium found on PATH or installed with apt-get
 *        on Debian/Ubuntu when it is missing (scripts/ensure-browsers.ts)
 *
 * Self-contained on purpose (it shares no code with tests/): a tiny server answering HTTP and HTTPS on one
 * port (first byte 0x16 = TLS), a self-signed certificate made with openssl, and Chromium's
 * --host-resolver-rules sending every hostname to that server. Nothing leaves the machine.
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
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { ensureTools } from './ensure-browsers';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DEMO = join(ROOT, 'demo');
const EXTENSION = join(ROOT, '.output/chrome-mv3');
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
for (const a of argv) {
  if (a.startsWith('--') && !['--headless', '--port', '--no-build'].includes(a)) {
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
    const names = ['livejournal.com', 'dreamwidth.org', 'insanejournal.com', 'journalfen.net', 'deadjournal.com', 'scribbld.com', 'livejournal.net', 'archive.org'];
    const san = ['DNS:localhost', 'IP:127.0.0.1', ...names.flatMap((n) => [`DNS:${n}`, `DNS:*.${n}`])].join(',');
    execFileSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost',
      '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')], { stdio: ['ignore', 'ignore', 'pipe'] });
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

// ---- the browser ------------------------------------------------------------------------------------
function extensionId(dir: string): string {
  const hex = createHash('sha256').update(realpathSync(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

async function readerButtons(page: Page, waitMs: number): Promise<string[]> {
  const buttons = page.getByRole('button', { name: READER_BUTTON });
  const until = Date.now() + waitMs;
  while (Date.now() < until && (await buttons.count()) === 0) await page.waitForTimeout(150);
  if ((await buttons.count()) > 0) await page.waitForTimeout(300); // let the rest of an index page's buttons land
  const names: string[] = [];
  for (const b of await buttons.all()) {
    names.push(((await b.getAttribute('aria-label')) ?? (await b.innerText())).replace(/\s+/g, ' ').trim());
  }
  return names;
}

async function main() {
  const t0 = Date.now();
  log(`Inkwell demo (${headless ? 'headless' : 'headed'})`);

  if (build) {
    log('building the Chrome extension (wxt build)...');
    const b = spawnSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: headless ? 'pipe' : 'inherit', encoding: 'utf8' });
    if (b.status !== 0) {
      if (headless) process.stderr.write(`${b.stdout ?? ''}${b.stderr ?? ''}`);
      throw new Error(`wxt build failed (exit ${b.status})`);
    }
    log(`built ${EXTENSION} in ${seconds(t0)}`);
  }
  if (!existsSync(join(EXTENSION, 'manifest.json'))) throw new Error(`no build at ${EXTENSION}: run without --no-build`);

  const server = await serveDemoPages(port);
  log(`serving ${server.urls.length} sample journal pages on 127.0.0.1:${server.port} (HTTP and HTTPS):`);
  for (const u of server.urls) log(`  ${u}`);

  const executablePath = findChromium();
  const id = extensionId(EXTENSION);
  const profile = mkdtempSync(join(tmpdir(), 'inkwell-demo-profile-'));
  let context: BrowserContext | undefined;
  const cleanup = async () => {
    await context?.close().catch(() => {});
    server.close();
    rmSync(profile, { recursive: true, force: true });
  };
  process.once('SIGINT', () => void cleanup().then(() => process.exit(130)));
  process.once('SIGTERM', () => void cleanup().then(() => process.exit(143)));

  try {
    const ext = realpathSync(EXTENSION);
    context = await chromium.launchPersistentContext(profile, {
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
    log(`Chromium ${context.browser()?.version() ?? ''} (${executablePath}) with Inkwell loaded, extension id ${id}`);

    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(SEED, { waitUntil: 'domcontentloaded' });
    const seedButtons = await readerButtons(page, 6_000);
    log(`opened ${SEED}: "${await page.title()}", ${seedButtons.length} reader button(s)${seedButtons.length ? ': ' + seedButtons.map((n) => `"${n}"`).join(', ') : ''}`);

    if (!headless) {
      log('Chromium is open on the seed story: press "Read in Inkwell". The other sample pages above work too (type them in the address bar).');
      log('close the browser window (or press Ctrl+C) to stop the demo.');
      await new Promise<void>((r) => context!.once('close', () => r()));
      context = undefined;
      await cleanup();
      log('browser closed, demo stopped.');
      return;
    }

    // Open the reader on the seed story, as a reader would: both parts arrive, in order.
    await page.getByRole('button', { name: READER_BUTTON }).first().click();
    await page.getByRole('dialog').waitFor({ timeout: 10_000 });
    const prose = page.locator('inkwell-reader article .ink-prose');
    await prose.nth(1).waitFor({ timeout: 10_000 }).catch(() => undefined);
    const parts = await page.locator('inkwell-reader article h2').allInnerTexts();
    const title = await page.locator('inkwell-reader h1').innerText();
    log(`reader open on "${title}": ${parts.length} part(s) stitched in order (${parts.join(', ')}), ${await prose.count()} with text`);
    await page.screenshot({ path: SCREENSHOT });
    log(`screenshot of the reader: ${SCREENSHOT}`);
    await page.keyboard.press('Escape');
    let total = seedButtons.length;
    for (const url of server.urls.filter((u) => u !== SEED)) {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const names = await readerButtons(page, 4_000);
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
