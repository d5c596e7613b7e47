/** The background's fetcher: concurrency, de-duplication, timeouts, retries, charsets, reasons. */
import { describe, expect, it } from 'vitest';
import { createFetchQueue, decode } from '../../utils/fetch-queue';

function fakeFetch(handler: (url: string, init?: RequestInit) => Promise<Response>) {
  let inFlight = 0;
  let maxInFlight = 0;
  const calls: string[] = [];
  const impl = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    calls.push(`${init?.redirect ?? 'follow'} ${url}`);
    inFlight++;
    maxInFlight = Math.max(maxInFlight, inFlight);
    try {
      return await handler(url, init);
    } finally {
      inFlight--;
    }
  }) as typeof fetch;
  return { impl, calls, max: () => maxInFlight };
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));
const page = (body: string, init: ResponseInit = {}) => new Response(body, { status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, ...init });

describe('createFetchQueue', () => {
  it('runs at most 4 at once and never the same URL twice at once', async () => {
    const f = fakeFetch(async () => (await delay(20), page('<p>x</p>')));
    const q = createFetchQueue({ fetchImpl: f.impl });
    const urls = Array.from({ length: 12 }, (_, i) => `https://a.livejournal.com/${i}.html`);
    const results = await Promise.all([...urls, ...urls].map((u) => q.fetchPage(u)));
    expect(results.every((r) => r.ok)).toBe(true);
    expect(f.max()).toBeLessThanOrEqual(4);
    expect(f.calls.length).toBe(12);
  });
  it('fetchAnonymously sends no cookies (credentials omit); fetchPage sends the reader’s; the two are never merged', async () => {
    const sent: string[] = [];
    const f = fakeFetch(async (u, init) => (sent.push(`${init?.credentials} ${u}`), await delay(5), page('<p>x</p>')));
    const q = createFetchQueue({ fetchImpl: f.impl });
    const url = 'https://a.livejournal.com/1.html';
    await Promise.all([q.fetchPage(url), q.fetchAnonymously(url)]);
    expect(sent.sort()).toEqual([`include ${url}`, `omit ${url}`]);
  });
  it('times out, retries once, and says so', async () => {
    const f = fakeFetch((_u, init) => new Promise((_r, reject) => init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')))));
    const q = createFetchQueue({ fetchImpl: f.impl, timeoutMs: 30 });
    const r = await q.fetchPage('https://a.livejournal.com/1.html');
    expect(r).toMatchObject({ ok: false, reason: 'timeout' });
    expect(f.calls.filter((c) => c.startsWith('follow')).length).toBe(2);
  });
  it('recovers on the retry after a network error', async () => {
    let n = 0;
    const f = fakeFetch(async (_u, init) => {
      if (init?.redirect === 'manual') throw new TypeError('Failed to fetch');
      if (n++ === 0) throw new TypeError('Failed to fetch');
      return page('<p>ok</p>');
    });
    const r = await createFetchQueue({ fetchImpl: f.impl }).fetchPage('https://a.livejournal.com/1.html');
    expect(r).toMatchObject({ ok: true, html: '<p>ok</p>' });
  });
  it.each([
    [404, 'not-found'],
    [410, 'not-found'],
    [403, 'locked'],
    [500, 'server-error'],
    [503, 'server-error'],
  ])('maps HTTP %i to %s', async (status, reason) => {
    const f = fakeFetch(async () => page('error', { status }));
    expect(await createFetchQueue({ fetchImpl: f.impl }).fetchPage('https://a.livejournal.com/1.html')).toMatchObject({ ok: false, reason, status });
  });
  it('names a redirect loop', async () => {
    const f = fakeFetch(async (_u, init) => {
      if (init?.redirect === 'manual') return new Response(null, { status: 302, headers: { location: '/1.html' } });
      throw new TypeError('Failed to fetch');
    });
    expect(await createFetchQueue({ fetchImpl: f.impl }).fetchPage('https://a.livejournal.com/1.html')).toMatchObject({ ok: false, reason: 'redirect-loop' });
  });

  it('a redirect the browser refused (connect-src: off the journal hosts, or to http) is an off-site redirect, with the link, not retried', async () => {
    // What the browsers do: the followed fetch fails before the hop is sent, a violation is reported for the URL asked for.
    const refused = new Map<string, number>();
    const f = fakeFetch(async (url, init) => {
      if (init?.redirect === 'manual') return new Response(null, { status: 302, headers: { location: 'https://tracker.example/' } });
      refused.set(url, Date.now());
      throw new TypeError('Failed to fetch');
    });
    const q = createFetchQueue({ fetchImpl: f.impl, refusedByCsp: (url, since) => (refused.get(url) ?? 0) >= since });
    const r = await q.fetchPage('https://a.livejournal.com/1.html');
    expect(r).toMatchObject({ ok: false, reason: 'off-site-redirect' });
    expect(!r.ok && r.message).toContain('https://a.livejournal.com/1.html');
    expect(f.calls).toEqual(['follow https://a.livejournal.com/1.html', 'manual https://a.livejournal.com/1.html']);
    // A violation from before this fetch began says nothing about it: a loop is still a loop.
    const old = new Map([['https://a.livejournal.com/2.html', Date.now() - 60_000]]);
    const g = fakeFetch(async (_u, init) => {
      if (init?.redirect === 'manual') return new Response(null, { status: 302, headers: { location: '/2.html' } });
      throw new TypeError('Failed to fetch');
    });
    const loop = await createFetchQueue({ fetchImpl: g.impl, refusedByCsp: (url, since) => (old.get(url) ?? 0) >= since }).fetchPage('https://a.livejournal.com/2.html');
    expect(loop).toMatchObject({ ok: false, reason: 'redirect-loop' });
  });

  it('an answer that ended anywhere but a journal page over https is not read (should a browser let the hop through)', async () => {
    for (const final of ['https://tracker.example/pixel', 'http://a.livejournal.com/1.html', 'https://web.archive.org.tracker.example/web/1/x']) {
      const f = fakeFetch(async () => {
        const res = page('<p>secret</p>');
        Object.defineProperty(res, 'url', { value: final });
        return res;
      });
      const r = await createFetchQueue({ fetchImpl: f.impl }).fetchPage('https://a.livejournal.com/1.html');
      expect(r, final).toMatchObject({ ok: false, reason: 'off-site-redirect' });
      expect(JSON.stringify(r)).not.toContain('secret');
    }
  });
});

describe('decode', () => {
  const cp1252 = new Uint8Array([0x3c, 0x70, 0x3e, 0x93, 0x48, 0x69, 0x94, 0x20, 0x96, 0x20, 0x63, 0x61, 0x66, 0xe9, 0x3c, 0x2f, 0x70, 0x3e]).buffer;
  it('uses the Content-Type charset', () => {
    expect(decode(cp1252, 'text/html; charset=windows-1252')).toBe('<p>“Hi” – café</p>');
  });
  it('falls back to a <meta charset>', () => {
    const head = new TextEncoder().encode('<meta charset="windows-1252">');
    const buf = new Uint8Array([...head, ...new Uint8Array(cp1252)]).buffer;
    expect(decode(buf, 'text/html')).toContain('“Hi” – café');
  });
  it('defaults to UTF-8', () => {
    expect(decode(new TextEncoder().encode('<p>é 🙂 שלום</p>').buffer, null)).toBe('<p>é 🙂 שלום</p>');
  });
});
