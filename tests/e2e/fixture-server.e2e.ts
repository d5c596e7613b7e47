// The fixture server on its own, with Node's fetch (no browser): pages, not-found answers, fault modes,
// delay and request log, over HTTP and HTTPS on the one port, and as a proxy.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import tls from 'node:tls';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { type ServerFetch, serverFetch } from './support/node-fetch';

const SEED = 'https://emeraldmeteor.livejournal.com/56312.html';
const LIGHT = 'http://pennyroyal-tea.livejournal.com/77531.html?format=light';
const DW = 'https://copperkettle.dreamwidth.org/23817.html';

let server: FixtureServer;
let get: ServerFetch;

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  get = await serverFetch(server);
});
afterAll(async () => {
  await get?.close();
  await server?.close();
});
afterEach(() => {
  server.clearFaults();
  server.setDelay(0);
});

const fileText = (url: string) => readFileSync(server.fileFor(url)!, 'utf8');
const httpVariant = (url: string) => url.replace(/^https:/, 'http:');
const httpsVariant = (url: string) => url.replace(/^http:/, 'https:');

describe('pages', () => {
  it('serves a page at its URL over both HTTP and HTTPS on one port', async () => {
    for (const url of [SEED, httpVariant(SEED), LIGHT, httpsVariant(LIGHT)]) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/html; charset=utf-8/);
      expect(await res.text()).toBe(fileText(url));
    }
  });

  it('ignores the query string', async () => {
    const bare = await (await get('http://pennyroyal-tea.livejournal.com/77531.html')).text();
    const styled = await (await get('http://pennyroyal-tea.livejournal.com/77531.html?style=mine&x=1')).text();
    expect(styled).toBe(bare);
  });

  it('serves an entry’s comment pages (?thread=, ?page=) and its light page by their query, where pages.json lists them', async () => {
    const meme = 'https://stillwater-kink.dreamwidth.org/2210.html';
    const lj = 'https://hollowcrown-kink.livejournal.com/15872.html';
    const bodies = new Map<string, string>();
    for (const url of [meme, `${meme}?page=2`, `${meme}?page=3`, `${meme}?thread=86865`, `${meme}?thread=92241`, lj, `${lj}?format=light`, `${lj}?thread=2211621`]) {
      const res = await get(url);
      expect(res.status, url).toBe(200);
      const text = await res.text();
      expect(text, url).toBe(readFileSync(server.fileFor(url)!, 'utf8'));
      bodies.set(url, text);
    }
    // Each its own page: no two the same.
    expect(new Set(bodies.values()).size).toBe(bodies.size);
    // Page 1 is the entry; the entry's other display options are still the entry.
    expect(await (await get(`${meme}?page=1`)).text()).toBe(bodies.get(meme));
    expect(await (await get(`${meme}?style=site`)).text()).toBe(bodies.get(meme));
    // A thread or page the fixture does not list is not there (not the entry page in its place).
    for (const missing of [`${meme}?thread=1`, `${meme}?page=9`, `${meme}?view=flat`]) expect((await get(missing)).status, missing).toBe(404);
  });

  it('serves every URL in pages.json', async () => {
    for (const url of server.urls) expect((await get(url)).status, url).toBe(200);
  });

  it('sends a Wayback URL at a capture time it does not hold to the capture it holds, as the Wayback Machine does', async () => {
    const held = 'https://web.archive.org/web/20100419153302/http://inkstainedowl.livejournal.com/12058.html';
    for (const asked of [
      'https://web.archive.org/web/2011/http://inkstainedowl.livejournal.com/12058.html',
      'https://web.archive.org/web/20090101000000im_/http://inkstainedowl.livejournal.com/12058.html',
    ]) {
      const res = await get(asked, { redirect: 'manual' });
      expect(res.status, asked).toBe(302);
      // Location keeps the host (and port) asked for, as the redirect loop does.
      expect(new URL(res.headers.get('location')!).pathname).toBe(new URL(held).pathname);
    }
    expect((await get(held, { redirect: 'manual' })).status).toBe(200);
    expect((await get('https://web.archive.org/web/2011/http://inkstainedowl.livejournal.com/1.html', { redirect: 'manual' })).status).toBe(404);
  });

  it('answers anything else with a small 404 page, and static hosts/assets with an empty one', async () => {
    const page = await get('https://emeraldmeteor.livejournal.com/1.html');
    expect(page.status).toBe(404);
    const text = await page.text();
    expect(text).toContain('<title>');
    expect(text.length).toBeLessThan(4000);

    for (const asset of [
      'https://l-stat.livejournal.net/??lj.js,journal/entry/post2017.js?v=1700000000',
      'https://www.dreamwidth.org/stc/css/??foundation.css?v=1',
      'https://v.dreamwidth.org/1234/5678',
      'https://emeraldmeteor.livejournal.com/favicon.ico',
      'https://web-static.archive.org/_static/css/banner-styles.css',
    ]) {
      const res = await get(asset);
      expect(res.status, asset).toBe(404);
      expect(await res.text(), asset).toBe('');
    }
  });
});

describe('fault modes', () => {
  it('404 and 500', async () => {
    server.setFault(SEED, '404');
    server.setFault(DW, '500');
    expect((await get(SEED)).status).toBe(404);
    expect((await get(SEED + '?format=light')).status).toBe(404);
    const err = await get(DW);
    expect(err.status).toBe(500);
    expect(await err.text()).toContain('Server Error');
    // Other pages are untouched; switching off restores.
    expect((await get(LIGHT)).status).toBe(200);
    server.setFault(SEED, null);
    expect((await get(SEED)).status).toBe(200);
  });

  it('slow: the page after the delay', async () => {
    server.setFault(SEED, { slow: 600 });
    const t0 = Date.now();
    const res = await get(SEED);
    expect(await res.text()).toBe(fileText(SEED));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(580);
    const t1 = Date.now();
    await (await get(DW)).text();
    expect(Date.now() - t1).toBeLessThan(500);
  });

  it('reset: the connection dies without a response, over HTTP and HTTPS', async () => {
    server.setFault(SEED, 'reset');
    for (const url of [SEED, httpVariant(SEED)]) {
      const failure = await get(url).then(
        () => null,
        (e: Error & { cause?: { code?: string } }) => e,
      );
      expect(failure, url).toBeInstanceOf(TypeError);
      expect(failure?.cause?.code, url).toMatch(/ECONNRESET|UND_ERR_SOCKET/);
    }
    // The server is still fine afterwards.
    expect((await get(DW)).status).toBe(200);
    expect(
      server
        .requests()
        .filter((r) => r.fault === 'reset')
        .every((r) => r.status === 0),
    ).toBe(true);
  });

  it('redirect loop: 302 back and forth, forever', async () => {
    server.setFault(DW, 'redirect-loop');
    let url = DW;
    const seen: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await get(url, { redirect: 'manual' });
      expect(res.status).toBe(302);
      url = res.headers.get('location')!;
      seen.push(new URL(url).search);
    }
    expect(seen).toEqual(['?inkwell-loop=1', '', '?inkwell-loop=1', '']);
    await expect(get(DW)).rejects.toThrow(/fetch failed/);
  });

  it('login: the site login form, status 200', async () => {
    server.setFault(DW, 'login');
    server.setFault(SEED, 'login');
    const dw = await get(DW);
    expect(dw.status).toBe(200);
    const dwHtml = await dw.text();
    expect(dwHtml).toContain('<title>Log in</title>');
    expect(dwHtml).toContain('action="https://www.dreamwidth.org/login"');
    expect(dwHtml).toMatch(/<input type="password" name="password"/);
    expect(dwHtml).toContain(`name="returnto" value="${get.at(DW)}"`);

    const lj = await (await get(SEED)).text();
    expect(lj).toContain('<title>Log in &mdash; LiveJournal</title>');
    expect(lj).toContain('action="https://www.livejournal.com/login.bml?ret=1"');
    expect(lj).toMatch(/<input type="password" name="password"/);
  });

  it("adult-content gate: Dreamwidth's Discretion Advised, LiveJournal's Adult Content Notice", async () => {
    server.setFault(DW, 'adult-gate');
    server.setFault(SEED, 'adult-gate');
    const dw = await get(DW);
    expect(dw.status).toBe(200);
    const dwHtml = await dw.text();
    expect(dwHtml).toContain('<title>Discretion Advised</title>');
    expect(dwHtml).toContain('https://www.dreamwidth.org/journal/adult_concepts');
    expect(dwHtml).toContain('Yes, I want to view this content');

    const lj = await (await get(SEED)).text();
    expect(lj).toContain('<title>Adult Content Notice &mdash; LiveJournal</title>');
    expect(lj).toContain('https://www.livejournal.com/misc/adult_explicit.bml');
    expect(lj).toContain('emeraldmeteor');
  });

  it('faults also apply to URLs that are not in the map', async () => {
    const locked = 'https://quietmagpie.dreamwidth.org/9999.html';
    expect((await get(locked)).status).toBe(404);
    server.setFault(locked, 'login');
    expect((await get(locked)).status).toBe(200);
  });
});

describe('global delay and request log', () => {
  it('delays every response', async () => {
    server.setDelay(300);
    const t0 = Date.now();
    await Promise.all([get(SEED), get('https://l-stat.livejournal.net/x.css')].map(async (r) => (await r).text()));
    expect(Date.now() - t0).toBeGreaterThanOrEqual(290);
  });

  it('logs method, URL and time of every request; clears on demand', async () => {
    server.clearRequests();
    expect(server.requests()).toEqual([]);
    const before = Date.now();
    await (await get(SEED)).text();
    await (await get(httpVariant(LIGHT), { method: 'HEAD' })).text();
    await (await get('http://example.com/tracker.gif')).text();
    const log = server.requests();
    expect(log.map((r) => [r.method, r.url, r.status])).toEqual([
      ['GET', SEED, 200],
      ['HEAD', httpVariant(LIGHT), 200],
      ['GET', 'http://example.com/tracker.gif', 404],
    ]);
    for (const r of log) {
      expect(r.time).toBeGreaterThanOrEqual(before);
      expect(r.time).toBeLessThanOrEqual(Date.now());
    }
    // A copy: changing it does not change the server's log.
    log.length = 0;
    expect(server.requests()).toHaveLength(3);
    server.clearRequests();
    expect(server.requests()).toEqual([]);
  });
});

describe('as a proxy (Firefox in proxy mode: the demo)', () => {
  /** One request through the server as an HTTP proxy: `GET http://host/path` for http, a CONNECT tunnel for https. */
  function viaProxy(url: string): Promise<{ status: number; body: string }> {
    const u = new URL(url);
    const read = (res: http.IncomingMessage) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
        res.on('error', reject);
      });
    if (u.protocol === 'http:') {
      return new Promise((resolve, reject) => {
        http.get({ host: server.host, port: server.port, path: u.href, headers: { host: u.host }, agent: false }, (res) => read(res).then(resolve, reject)).on('error', reject);
      });
    }
    return new Promise((resolve, reject) => {
      const connect = http.request({ host: server.host, port: server.port, method: 'CONNECT', path: `${u.hostname}:443`, agent: false });
      connect.on('connect', (res, socket) => {
        expect(res.statusCode).toBe(200);
        const tunnel = tls.connect({ socket, servername: u.hostname, ca: server.certificate.cert });
        https
          .get({ host: u.hostname, path: u.pathname + u.search, createConnection: () => tunnel }, (r) =>
            read(r).then((x) => {
              tunnel.destroy();
              resolve(x);
            }, reject),
          )
          .on('error', reject);
      });
      connect.on('error', reject);
      connect.end();
    });
  }

  it('serves http through a proxied GET and https through a CONNECT tunnel (the certificate checked), and logs both', async () => {
    server.clearRequests();
    for (const url of [httpVariant(SEED), SEED]) {
      const res = await viaProxy(url);
      expect(res.status, url).toBe(200);
      expect(res.body).toBe(fileText(url));
    }
    expect(server.requests().map((r) => [r.method, r.url, r.status])).toEqual([
      ['GET', httpVariant(SEED), 200],
      ['GET', SEED, 200],
    ]);
  });
});
