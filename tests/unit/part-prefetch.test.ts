/**
 * The first parts fetched from the click on (utils/part-prefetch.ts): only the URLs the stitcher would ask
 * for, only those the click's reader session admits, each taken once by the same tab, and dropped when
 * nobody takes them; and the same first fetches as the stitcher's (utils/stitch/scheduler.ts firstFetches).
 */
import { describe, expect, it } from 'vitest';
import { loadPages, pageHtml } from '../../harness/fixture-cases';
import { locateStories } from '../../utils/extract/index';
import { createPartPrefetch, prefetchUrls } from '../../utils/part-prefetch';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import { type FetchResult, FIRST_BATCH, navLinksInPost, stitchStory } from '../../utils/stitch';
import { FETCH_CONCURRENCY, firstFetches } from '../../utils/stitch/scheduler';
import { FakeWeb, parse, synthMasterpost, synthPost } from '../support/fake-web';

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
  it('the scheduler’s first fetches, as many as the fetch queue fetches at once', () => {
    const links = [
      'http://author.livejournal.com/11.html#cutid1',
      'https://author.livejournal.com/10.html',
      'https://author.livejournal.com/12.html?format=light',
      'https://author.livejournal.com/?skip=20',
      'https://author.livejournal.com/14.html',
      'https://author.livejournal.com/15.html',
      'https://author.livejournal.com/16.html',
    ];
    expect(FETCH_CONCURRENCY).toBe(4);
    expect(prefetchUrls(PAGE, links)).toEqual(firstFetches(PAGE, links, FETCH_CONCURRENCY));
    expect(prefetchUrls(PAGE, links)).toEqual([
      'https://author.livejournal.com/11.html',
      'https://author.livejournal.com/12.html?format=light',
      'https://author.livejournal.com/14.html',
      'https://author.livejournal.com/15.html',
    ]);
  });
});

/**
 * What the background prefetches at the click is what the stitcher then asks for first: the links
 * the content script sends (the post's part links, then its navigation lines' links), and the
 * stitcher's first fetches from the same post and page.
 */
describe('prefetchUrls agrees with the stitcher’s first fetches', () => {
  async function both(url: string, html: string, web: FakeWeb): Promise<{ prefetched: string[]; stitched: string[] }> {
    const doc = parse(html, url);
    const located = locateStories(doc, url);
    const post = located.extraction.stories[0];
    const links = [...post.partLinks.map((l) => l.url), ...navLinksInPost(doc, url, post, located.locations).map((l) => l.url)];
    const prefetched = prefetchUrls(post.url, links);
    await stitchStory({ url, post, doc }, { fetchPage: web.fetchPage, parse, firstBatch: FIRST_BATCH });
    return { prefetched, stitched: web.fetched().slice(0, prefetched.length) };
  }

  it('a masterpost listing eight parts: its first four, in its order', async () => {
    const web = new FakeWeb();
    const master = 'https://lamp-keeper.dreamwidth.org/100.html';
    const parts = Array.from({ length: 8 }, (_, i) => `https://lamp-keeper.dreamwidth.org/${201 + i}.html`);
    parts.forEach((u, i) => {
      web.add(u, synthPost({ url: u, title: 'Tide Tables', part: { index: i + 1, total: 8 }, nav: [['Masterpost', master]] }));
    });
    const html = synthMasterpost({ url: master, title: 'Tide Tables', links: parts.map((u, i) => [`Part ${i + 1}`, u]) });
    web.add(master, html);
    const { prefetched, stitched } = await both(master, html, web);
    expect(prefetched).toEqual(parts.slice(0, 4));
    expect(stitched).toEqual(prefetched);
  });

  it('the Tare Weight masterpost (fixtures: part 2 in a community)', async () => {
    const web = new FakeWeb();
    const url = 'https://lowgravity-lark.livejournal.com/62388.html';
    const { prefetched, stitched } = await both(url, pageHtml(loadPages(), url), web);
    expect(prefetched.length).toBe(3);
    expect(stitched).toEqual(prefetched);
  });

  it('a chapter chain opened at chapter 3: the previous and the next chapter', async () => {
    const web = new FakeWeb();
    const ch = Array.from({ length: 6 }, (_, i) => `https://lamp-keeper.dreamwidth.org/${301 + i}.html`);
    const pages = ch.map((u, i) => {
      const nav: [string, string][] = [];
      if (i > 0) nav.push(['« Previous chapter', ch[i - 1]]);
      if (i < ch.length - 1) nav.push(['Next chapter »', ch[i + 1]]);
      return synthPost({ url: u, title: 'Harbour Light', subject: `Harbour Light, Chapter ${i + 1}`, part: { index: i + 1, total: null }, nav });
    });
    ch.forEach((u, i) => web.add(u, pages[i]));
    const { prefetched, stitched } = await both(ch[2], pages[2], web);
    expect(prefetched).toEqual([ch[1], ch[3]]);
    expect(stitched).toEqual(prefetched);
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
    await prefetch.start(7, [own, stranger], (urls) => sessions.admitted(contentScript, urls));
    expect(asked).toEqual([own]);
    // The same answer as one check per URL.
    expect((await sessions.check(contentScript, own)).ok).toBe(true);
    expect((await sessions.check(contentScript, stranger)).ok).toBe(false);
    // No session in another frame: nothing admitted.
    expect(await sessions.admitted({ ...contentScript, frameId: 3 }, [own])).toEqual([]);
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
    await prefetch.start(7, [url], async (urls) => urls);
    now += 31_000;
    expect(prefetch.take(7, url)).toBeNull();
    await prefetch.start(7, [url], async (urls) => urls);
    prefetch.closeTab(7);
    expect(prefetch.take(7, url)).toBeNull();
  });
});
