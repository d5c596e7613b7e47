/**
 * The first parts fetched from the click on (utils/part-prefetch.ts): only the URLs the stitcher would ask
 * for, only those the click's reader session admits, each taken once by the same tab, and dropped when
 * nobody takes them.
 */
import { describe, expect, it } from 'vitest';
import { createPartPrefetch, prefetchUrls } from '../../utils/part-prefetch';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import type { FetchResult } from '../../utils/stitch';

const PAGE = 'https://author.livejournal.com/10.html';
const contentScript: SenderInfo = { tab: { id: 7, url: PAGE }, frameId: 0, url: PAGE };

function fakeFetch() {
  const asked: string[] = [];
  const fetchPage = async (url: string): Promise<FetchResult> => {
    asked.push(url);
    return { ok: true, url, status: 200, html: `<p>${url}</p>` };
  };
  return { asked, fetchPage };
}

describe('prefetchUrls', () => {
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
    expect(prefetchUrls(PAGE, links, 2)).toEqual(['https://author.livejournal.com/11.html', 'https://author.livejournal.com/12.html?format=light']);
    expect(prefetchUrls(PAGE, links, 10)).toEqual(['https://author.livejournal.com/11.html', 'https://author.livejournal.com/12.html?format=light', 'https://author.livejournal.com/14.html']);
  });
});

describe('part prefetch', () => {
  it('fetches only what the click’s session admits; the same tab takes each answer once', async () => {
    const sessions = createReaderSessions();
    // The post links one part on its own journal and one on a stranger's: the policy admits the first only.
    const own = 'https://author.livejournal.com/11.html';
    const stranger = 'https://stranger.livejournal.com/5.html';
    expect((await sessions.open(contentScript, { postUrl: PAGE, links: [own] })).ok).toBe(true);
    const { asked, fetchPage } = fakeFetch();
    const prefetch = createPartPrefetch(fetchPage);
    await prefetch.start(7, [own, stranger], async (url) => (await sessions.check(contentScript, url)).ok);
    expect(asked).toEqual([own]);
    expect(prefetch.take(8, own)).toBeNull();
    expect(await prefetch.take(7, own)).toMatchObject({ ok: true, url: own });
    expect(prefetch.take(7, own)).toBeNull();
    expect(prefetch.take(7, stranger)).toBeNull();
  });

  it('an answer nobody takes is dropped after a while, and with its tab', async () => {
    let now = 1000;
    const { fetchPage } = fakeFetch();
    const prefetch = createPartPrefetch(fetchPage, () => now);
    const url = 'https://author.livejournal.com/11.html';
    await prefetch.start(7, [url], async () => true);
    now += 31_000;
    expect(prefetch.take(7, url)).toBeNull();
    await prefetch.start(7, [url], async () => true);
    prefetch.closeTab(7);
    expect(prefetch.take(7, url)).toBeNull();
  });
});
