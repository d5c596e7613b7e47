/**
 * Serves saved journal pages at their real URLs, for browsers whose DNS is pointed at loopback
 * (Chromium: --host-resolver-rules; Firefox: network.dns.forceResolve / localDomains).
 *
 * - One port answers both HTTP and HTTPS: the first byte of each connection decides (0x16 is a TLS
 *   handshake record). Old journal URLs are http://, newer ones https://; both answer the same path.
 * - Any Host. Pages are matched by host + path; the query string is ignored (?format=light and the
 *   bare entry URL are the same file). Anything not in the map is a 404: a small HTML page, or an
 *   empty body for the journals' static hosts and asset paths (CSS, scripts, images), so pages never wait.
 * - Fault modes a test switches on per URL: see `Fault`. Plus a global per-response delay and a request log.
 */
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { dirname, resolve } from 'node:path';
import { makeCertificate, type Certificate } from './cert';
import { adultGatePage, loginPage, notFoundPage, serverErrorPage } from './site-pages';

export type Fault =
  /** 404 with the small not-found page. */
  | { kind: 'not-found' }
  /** 500 with a small error page. */
  | { kind: 'server-error' }
  /** The real page, after `delayMs`. */
  | { kind: 'slow'; delayMs: number }
  /** The connection is reset (TCP RST) without a response. */
  | { kind: 'reset' }
  /** 302s forever: URL → URL?inkwell-loop=1 → URL → ... */
  | { kind: 'redirect-loop' }
  /** 200 with the site's login form (a locked entry seen logged out). */
  | { kind: 'login' }
  /** 200 with the site's adult-content gate (Dreamwidth "Discretion Advised", LJ "Adult Content Notice"). */
  | { kind: 'adult-gate' };

/** Shorthands: '404', '500', 'reset', 'redirect-loop', 'login', 'adult-gate', or { slow: ms }. */
export type FaultSpec =
  | Fault
  | '404'
  | '500'
  | 'reset'
  | 'redirect-loop'
  | 'login'
  | 'adult-gate'
  | { slow: number };

export interface RequestLogEntry {
  method: string;
  /** Absolute URL as the browser asked for it (scheme from the connection, host from the Host header). */
  url: string;
  /** Date.now() when the request arrived. */
  time: number;
  /** Response status; 0 for a reset connection; undefined while still pending. */
  status?: number;
  /** The fault applied, if any. */
  fault?: Fault['kind'];
}

export interface FixtureServerOptions {
  /** pages.json: { "<absolute URL>": "<file path relative to pages.json>" }. */
  pagesJson: string;
  /** Address to listen on (default 127.0.0.1). Any loopback address works: 127.0.0.0/8 is all loopback. */
  host?: string;
  /** Ports to listen on (default [0]: one free port). Firefox needs [443, 80]. */
  ports?: number[];
  /** Certificate for HTTPS (default: a fresh self-signed one from `makeCertificate`). */
  certificate?: Certificate;
}

export interface FixtureServer {
  /** The address listened on. */
  readonly host: string;
  /** The ports listened on, in the order asked (0 replaced by the port the OS gave). */
  readonly ports: number[];
  /** The first port. */
  readonly port: number;
  /** The certificate served (its `cert` is the CA to trust in Node clients). */
  readonly certificate: Certificate;
  /** Every URL in the map. */
  readonly urls: string[];
  /** Hostnames of the pages in the map. */
  readonly pageHosts: string[];
  /** The file that answers a URL (matched by host + path), or undefined. */
  fileFor(url: string): string | undefined;
  /** Switch a fault on for a URL (host + path; query ignored), or off with null. */
  setFault(url: string, fault: FaultSpec | null): void;
  clearFaults(): void;
  /** A delay added before every response (0: none). */
  setDelay(ms: number): void;
  /** A copy of the request log, oldest first. */
  requests(): RequestLogEntry[];
  clearRequests(): void;
  close(): Promise<void>;
}

/** The journals' static/CDN hosts: not-found answers there are empty, and fast. */
const STATIC_HOST = /^(l-stat|stat|l-userpic|userpic|ic\.pics|xc3\.services|v|p|files|web-static|s\.wayback)\./i;
const ASSET_PATH =
  /\.(css|js|mjs|map|png|gif|jpe?g|webp|svg|ico|woff2?|ttf|eot|otf|json|xml|swf)$|^\/(stc|js|img|static|_static|palimg|userpic)\/|\?\?/i;

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

function normaliseFault(spec: FaultSpec): Fault {
  if (typeof spec === 'string') {
    switch (spec) {
      case '404':
        return { kind: 'not-found' };
      case '500':
        return { kind: 'server-error' };
      default:
        return { kind: spec };
    }
  }
  if ('slow' in spec) return { kind: 'slow', delayMs: spec.slow };
  return spec;
}

/** host + path: the key pages and faults are matched on. */
function keyOf(url: URL): string {
  return `${url.hostname.toLowerCase()}${url.pathname}`;
}

function toUrl(url: string): URL {
  const u = new URL(url);
  if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error(`not an http(s) URL: ${url}`);
  return u;
}

export function loadPagesMap(pagesJson: string): Map<string, string> {
  const raw = JSON.parse(readFileSync(pagesJson, 'utf8')) as Record<string, string>;
  const base = dirname(resolve(pagesJson));
  const map = new Map<string, string>();
  for (const [url, file] of Object.entries(raw)) map.set(keyOf(toUrl(url)), resolve(base, file));
  return map;
}

export async function startFixtureServer(options: FixtureServerOptions): Promise<FixtureServer> {
  const pagesJson = resolve(options.pagesJson);
  const raw = JSON.parse(readFileSync(pagesJson, 'utf8')) as Record<string, string>;
  const pages = loadPagesMap(pagesJson);
  const urls = Object.keys(raw);
  const pageHosts = [...new Set(urls.map((u) => toUrl(u).hostname.toLowerCase()))];
  const certificate = options.certificate ?? makeCertificate(pageHosts);
  const host = options.host ?? '127.0.0.1';

  const faults = new Map<string, Fault>();
  const log: RequestLogEntry[] = [];
  const fileCache = new Map<string, Buffer>();
  let delay = 0;

  // The raw TCP socket under each connection (a TLS socket's reset must reach the TCP handle).
  const rawSockets = new Set<net.Socket>();
  const rawByPeer = new Map<string, net.Socket>();
  const peerKey = (s: net.Socket) => `${s.remoteAddress}:${s.remotePort}`;

  const handler = (scheme: 'http' | 'https') => async (req: http.IncomingMessage, res: http.ServerResponse) => {
    const hostHeader = (req.headers.host ?? `${host}`).toLowerCase();
    let url: URL;
    try {
      url = new URL(req.url ?? '/', `${scheme}://${hostHeader}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    // The log shows the URL without the port: it is the URL the page asked for, before DNS remapping.
    const shown = new URL(url.href);
    shown.port = '';
    const entry: RequestLogEntry = { method: req.method ?? 'GET', url: shown.href, time: Date.now() };
    log.push(entry);

    const send = (status: number, body: string | Buffer, headers: Record<string, string> = {}) => {
      entry.status = status;
      const buf = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
      res.writeHead(status, {
        'Content-Length': String(buf.length),
        'Cache-Control': 'no-store',
        ...(buf.length ? { 'Content-Type': 'text/html; charset=utf-8' } : {}),
        ...headers,
      });
      res.end(req.method === 'HEAD' ? undefined : buf);
    };

    if (delay > 0) await sleep(delay);
    const key = keyOf(url);
    const fault = faults.get(key);
    if (fault) entry.fault = fault.kind;

    switch (fault?.kind) {
      case 'not-found':
        return send(404, notFoundPage(url));
      case 'server-error':
        return send(500, serverErrorPage(url));
      case 'reset': {
        entry.status = 0;
        const rawSocket = rawByPeer.get(peerKey(req.socket)) ?? (req.socket as net.Socket);
        rawSocket.resetAndDestroy();
        return;
      }
      case 'redirect-loop': {
        const next = new URL(url.href);
        if (next.searchParams.has('inkwell-loop')) next.searchParams.delete('inkwell-loop');
        else next.searchParams.set('inkwell-loop', '1');
        // Location keeps whatever host (and port) the client asked for.
        return send(302, '', { Location: next.href });
      }
      case 'login':
        return send(200, loginPage(url));
      case 'adult-gate':
        return send(200, adultGatePage(url));
      case 'slow':
        await sleep(fault.delayMs);
        break;
      default:
        break;
    }

    const file = pages.get(key);
    if (file) {
      let body = fileCache.get(file);
      if (!body) {
        body = readFileSync(file);
        fileCache.set(file, body);
      }
      return send(200, body);
    }
    if (STATIC_HOST.test(url.hostname) || ASSET_PATH.test(url.pathname + url.search)) return send(404, '');
    return send(404, notFoundPage(url));
  };

  const httpServer = http.createServer(handler('http'));
  const httpsServer = https.createServer({ key: certificate.key, cert: certificate.cert }, handler('https'));
  for (const s of [httpServer, httpsServer]) {
    s.keepAliveTimeout = 2_000;
    s.on('clientError', (_err, socket) => socket.destroy());
  }
  httpsServer.on('tlsClientError', () => {});

  const onConnection = (socket: net.Socket) => {
    rawSockets.add(socket);
    const pk = peerKey(socket);
    rawByPeer.set(pk, socket);
    socket.on('error', () => {});
    socket.once('close', () => {
      rawSockets.delete(socket);
      if (rawByPeer.get(pk) === socket) rawByPeer.delete(pk);
    });
    socket.once('data', (first: Buffer) => {
      socket.pause();
      socket.unshift(first);
      (first[0] === 0x16 ? httpsServer : httpServer).emit('connection', socket);
      process.nextTick(() => socket.resume());
    });
  };

  const listeners: net.Server[] = [];
  const ports: number[] = [];
  try {
    for (const p of options.ports ?? [0]) {
      const server = net.createServer(onConnection);
      await new Promise<void>((ok, fail) => {
        server.once('error', fail);
        server.listen({ port: p, host }, () => {
          server.off('error', fail);
          ok();
        });
      });
      listeners.push(server);
      ports.push((server.address() as net.AddressInfo).port);
    }
  } catch (err) {
    await Promise.all(listeners.map((l) => new Promise((r) => l.close(r))));
    throw err;
  }

  return {
    host,
    ports,
    port: ports[0],
    certificate,
    urls,
    pageHosts,
    fileFor: (url) => pages.get(keyOf(toUrl(url))),
    setFault(url, spec) {
      const key = keyOf(toUrl(url));
      if (spec === null) faults.delete(key);
      else faults.set(key, normaliseFault(spec));
    },
    clearFaults: () => faults.clear(),
    setDelay(ms) {
      delay = Math.max(0, ms);
    },
    requests: () => log.map((e) => ({ ...e })),
    clearRequests() {
      log.length = 0;
    },
    async close() {
      // net.Server#close waits for open connections: end them first (browsers keep them alive).
      const closed = listeners.map((l) => new Promise<void>((r) => l.close(() => r())));
      for (const s of rawSockets) s.destroy();
      httpServer.close();
      httpsServer.close();
      await Promise.all(closed);
    },
  };
}
