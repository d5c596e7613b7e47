/**
 * The fetch plan (utils/stitch/scheduler.ts): the one place concurrency, timeouts and retries are
 * set, the first batch's budget, the first pages fetched for a start post, and one fetch bounded
 * by its timeout and the caller's signal.
 */
import { describe, expect, it } from 'vitest';
import { batchBudget, FETCH_CONCURRENCY, FETCH_RETRIES, FETCH_TIMEOUT_MS, FIRST_BATCH, fetchWithTimeout, firstFetches, MAX_PARTS, STITCH_TIMEOUT_MS } from '../../utils/stitch/scheduler';
import type { FetchResult, PageFetcher } from '../../utils/stitch/types';

const PAGE = 'https://author.livejournal.com/10.html';

describe('the numbers', () => {
  it('4 at a time, 20 s a request, one retry; the stitcher waits past the queue’s timeout and retry', () => {
    expect(FETCH_CONCURRENCY).toBe(4);
    expect(FETCH_TIMEOUT_MS).toBe(20_000);
    expect(FETCH_RETRIES).toBe(1);
    expect(STITCH_TIMEOUT_MS).toBeGreaterThan(FETCH_TIMEOUT_MS * (1 + FETCH_RETRIES));
    expect(MAX_PARTS).toBe(200);
    // Four rounds of the queue's fetches at a time.
    expect(FIRST_BATCH).toBe(4 * FETCH_CONCURRENCY);
  });

  it('the first batch’s budget: none without one, at least one part', () => {
    expect(batchBudget(undefined)).toBe(Number.POSITIVE_INFINITY);
    expect(batchBudget(16)).toBe(16);
    expect(batchBudget(2.7)).toBe(2);
    expect(batchBudget(0)).toBe(1);
  });
});

describe('firstFetches', () => {
  it('the entry pages as the URL rule builds them, in order, without the start post, repeats or journal navigation, at most max', () => {
    const links = [
      'http://author.livejournal.com/11.html#cutid1',
      'https://author.livejournal.com/10.html',
      'https://author.livejournal.com/11.html?thread=5',
      'https://author.livejournal.com/?skip=20',
      'https://author.livejournal.com/12.html?format=light',
      'https://example.com/13.html',
      'https://author.livejournal.com/14.html',
    ];
    expect(firstFetches(PAGE, links, 2)).toEqual(['https://author.livejournal.com/11.html', 'https://author.livejournal.com/12.html?format=light']);
    expect(firstFetches(PAGE, links, 10)).toEqual(['https://author.livejournal.com/11.html', 'https://author.livejournal.com/12.html?format=light', 'https://author.livejournal.com/14.html']);
    expect(firstFetches(PAGE, [], 4)).toEqual([]);
  });
});

describe('fetchWithTimeout', () => {
  const url = 'https://author.livejournal.com/11.html';
  const never: PageFetcher = () => new Promise<FetchResult>(() => undefined);

  it('the fetcher’s answer, with a signal of its own', async () => {
    let signal: AbortSignal | undefined;
    const res = await fetchWithTimeout(
      async (u, s) => {
        signal = s;
        return { ok: true, url: u, status: 200, html: '<p>' };
      },
      url,
      1000,
    );
    expect(res).toEqual({ ok: true, url, status: 200, html: '<p>' });
    expect(signal).toBeInstanceOf(AbortSignal);
  });

  it('no answer in time: a timeout that says how long, and the fetch aborted', async () => {
    let signal: AbortSignal | undefined;
    const res = await fetchWithTimeout(
      (_u, s) => {
        signal = s;
        return never(_u, s);
      },
      url,
      30,
    );
    expect(res).toEqual({ ok: false, url, reason: 'timeout', message: 'No answer within 0 s.' });
    expect(signal?.aborted).toBe(true);
  });

  it('the caller’s signal stops it, before or during the fetch', async () => {
    const ctrl = new AbortController();
    ctrl.abort();
    expect(await fetchWithTimeout(never, url, 1000, ctrl.signal)).toEqual({ ok: false, url, reason: 'network', message: 'Stopped.' });
    const later = new AbortController();
    const p = fetchWithTimeout(never, url, 1000, later.signal);
    later.abort();
    expect(await p).toEqual({ ok: false, url, reason: 'network', message: 'Stopped.' });
  });

  it('a fetcher that throws is a network error, never an exception', async () => {
    const res = await fetchWithTimeout(
      () => {
        throw new Error('offline');
      },
      url,
      1000,
    );
    expect(res).toEqual({ ok: false, url, reason: 'network', message: 'offline' });
  });
});
