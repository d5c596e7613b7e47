/**
 * The fetches at the user's press on Read and its click (entrypoints/background.ts 'reader:press'): the detector sends
 * the post's navigation lines, hints from a hostile page. The background reads the part links from them as the reader's
 * extraction does (pressPartLinks), keeps only what the reader's session will admit (sessions.wouldAdmit: the same
 * page check and policy as `open`, nothing stored), at most MAX_PARTS, and starts each fetch once per tab; the press's
 * message and the click's read the library once.
 */
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { chapterLinks } from '../../utils/extract/part-links';
import { createPartPrefetch, prefetchUrls, pressedPost, pressPartLinks } from '../../utils/part-prefetch';
import { createReaderSessions, MOVED_PAGE_MESSAGE, type SenderInfo, sessionPostUrlOf } from '../../utils/reader-session';
import type { FetchResult } from '../../utils/stitch';
import { MAX_PARTS } from '../../utils/stitch/scheduler';

// The background's library lookups (entrypoints/background.ts `lookupStory`), counted where they read the database, and
// how many of them and of its fetches are still under way.
const { asked, counted } = vi.hoisted(() => {
  const asked = { lookups: [] as string[][], fetches: [] as string[], pending: 0 };
  const counted = <T>(p: Promise<T>): Promise<T> => {
    asked.pending++;
    return p.finally(() => asked.pending--);
  };
  return { asked, counted };
});
vi.mock('../../utils/db', async (importOriginal) => {
  const db = await importOriginal<typeof import('../../utils/db')>();
  const findStoriesByPartKeys: typeof db.findStoriesByPartKeys = (d, keys) => (asked.lookups.push(keys), counted(db.findStoriesByPartKeys(d, keys)));
  return { ...db, findStoriesByPartKeys };
});

const PAGE = 'https://author.livejournal.com/10.html';
const contentScript: SenderInfo = { tab: { id: 7, url: PAGE }, frameId: 0, url: PAGE };
const navLine = (...links: [string, string][]) => ({ text: links.map(([t]) => t).join(' | '), links: links.map(([text, href]) => ({ href, text })) });

describe('pressPartLinks', () => {
  it('reads the part links as the reader does, relative links against the page the browser knows', () => {
    const nav = [navLine(['« Part 1', '/9.html'], ['Part 3 »', 'http://author.livejournal.com/11.html#cutid1'], ['Art by someone', 'https://artist.livejournal.com/4.html'])];
    const read = pressPartLinks(PAGE, nav, PAGE);
    expect(read).toEqual(chapterLinks(nav, 'livejournal.com/author/10', PAGE).partLinks.map((l) => l.url));
    expect(read).toEqual(['https://author.livejournal.com/9.html', 'http://author.livejournal.com/11.html#cutid1']);
  });

  it('the story’s title, sent with the press, says which of the header’s Series: links are its parts, as the reader reads them', () => {
    const series = { text: 'Series: The Ninth Well: part one · part two', links: [{ href: '/9.html', text: 'part one' }] };
    const title = 'The Ninth Well';
    expect(pressPartLinks(PAGE, [series], PAGE, title)).toEqual(chapterLinks([series], 'livejournal.com/author/10', PAGE, title).partLinks.map((l) => l.url));
    expect(pressPartLinks(PAGE, [series], PAGE, title)).toEqual(['https://author.livejournal.com/9.html']);
    // Another series' part, or no title sent: no part.
    expect(pressPartLinks(PAGE, [series], PAGE, 'Salt and Iron')).toEqual([]);
    expect(pressPartLinks(PAGE, [series], PAGE)).toEqual([]);
    expect(pressPartLinks(PAGE, [series], PAGE, 'x'.repeat(20_001))).toEqual([]);
  });

  it('anything not the detector’s shape, or more than a post’s navigation holds, gives nothing', () => {
    const ok = navLine(['Part 2', '/11.html']);
    expect(pressPartLinks(PAGE, [ok], PAGE)).toHaveLength(1);
    for (const bad of [
      null,
      'Part 2',
      { 0: ok, length: 1 },
      [{ text: 'Part 2', links: [{ href: 11, text: 'Part 2' }] }],
      [{ text: 'Part 2', links: 'x' }],
      [{ links: ok.links }],
      [null],
      Array.from({ length: MAX_PARTS + 1 }, () => ok),
      [{ text: 'x'.repeat(20_001), links: ok.links }],
      [{ text: 'Part 2', links: Array.from({ length: MAX_PARTS + 1 }, () => ok.links[0]) }],
    ]) {
      expect(pressPartLinks(PAGE, bad, PAGE)).toEqual([]);
    }
    // Extra fields the page could add are not carried on.
    expect(pressPartLinks(PAGE, [{ ...ok, links: [{ ...ok.links[0], href: '/11.html', evil: () => 1 }] }], PAGE)).toEqual(['https://author.livejournal.com/11.html']);
  });

  it('at most MAX_PARTS part links', () => {
    const links: [string, string][] = Array.from({ length: MAX_PARTS + 20 }, (_, i) => [`Part ${(i % 400) + 2}`, `/${100 + i}.html`]);
    const many = Array.from({ length: 10 }, (_, i) => navLine(...links.slice(i * 22, i * 22 + 22)));
    expect(pressPartLinks(PAGE, many, PAGE)).toHaveLength(MAX_PARTS);
  });
});

describe('pressedPost (the seal of the reader’s start)', () => {
  it('the post’s URL and the part links the press reads, nothing of its text; a fill’s, none; no URL, nothing', () => {
    const nav = [navLine(['Part 2', '/11.html'], ['Part 3', '/12.html'])];
    expect(pressedPost(PAGE, nav, PAGE, 'The Well')).toEqual({ url: PAGE, partLinks: pressPartLinks(PAGE, nav, PAGE, 'The Well').map((url) => ({ url, label: '', index: null })) });
    expect(pressedPost(PAGE, nav, PAGE, 'The Well')?.partLinks).toHaveLength(2);
    expect(pressedPost(`${PAGE}?thread=5#t5`, nav, PAGE, 'The Well')).toEqual({ url: `${PAGE}?thread=5#t5`, partLinks: [] });
    expect(pressedPost(PAGE, nav, undefined, 'The Well')).toEqual({ url: PAGE, partLinks: [] });
    expect(pressedPost(7, nav, PAGE, 'The Well')).toBeNull();
  });
});

describe('sessions.wouldAdmit', () => {
  const own = 'https://author.livejournal.com/11.html';
  const linked = 'https://friend.livejournal.com/3.html';
  const stranger = 'https://stranger.livejournal.com/5.html';
  const otherSite = 'https://author.dreamwidth.org/6.html';
  const candidates = [own, linked, stranger, otherSite, 'http://author.livejournal.com/12.html', 'https://author.livejournal.com/12.html?mode=reply', 'https://user:pw@author.livejournal.com/13.html'];

  it('admits exactly what the session `open` makes then admits, and opens nothing', async () => {
    const sessions = createReaderSessions();
    const req = { postUrl: PAGE, links: [own, linked], loadedUrl: PAGE };
    const atClick = sessions.wouldAdmit(contentScript, req, candidates);
    expect(atClick).toEqual([own, linked]);
    // No session was opened by it.
    expect(await sessions.admitted(contentScript, candidates)).toEqual([]);
    expect((await sessions.open(contentScript, req)).ok).toBe(true);
    expect(await sessions.admitted(contentScript, candidates)).toEqual(atClick);
  });

  it('refuses what `open` refuses: not a journal page, a post not on the page, a page moved to another journal', async () => {
    const sessions = createReaderSessions();
    const links = [own];
    const cases: [SenderInfo, Parameters<typeof sessions.open>[1]][] = [
      [
        { tab: { id: 7 }, frameId: 0, url: 'https://example.com/10.html' },
        { postUrl: PAGE, links },
      ],
      [
        { frameId: 0, url: PAGE },
        { postUrl: PAGE, links },
      ],
      [contentScript, { postUrl: 'https://author.livejournal.com/99.html', links }],
      [contentScript, { postUrl: PAGE, links, loadedUrl: 'https://other.livejournal.com/10.html' }],
      [contentScript, { postUrl: 'https://author.dreamwidth.org/10.html', links }],
    ];
    for (const [sender, req] of cases) {
      expect(sessions.wouldAdmit(sender, req, [own])).toEqual([]);
      expect((await sessions.open(sender, req)).ok).toBe(false);
    }
    const moved = await sessions.open(contentScript, { postUrl: PAGE, links, loadedUrl: 'https://other.livejournal.com/10.html' });
    expect(moved).toEqual({ ok: false, error: MOVED_PAGE_MESSAGE });
  });

  it('a Wayback page: the copy’s post, and Wayback copies only', () => {
    const page = 'https://web.archive.org/web/20110101000000/http://author.livejournal.com/10.html';
    const sender: SenderInfo = { tab: { id: 7 }, frameId: 0, url: page };
    const postUrl = sessionPostUrlOf('http://author.livejournal.com/10.html', page);
    expect(postUrl).toBe('https://web.archive.org/web/20110101000000/http://author.livejournal.com/10.html');
    expect(sessionPostUrlOf(PAGE, PAGE)).toBe(PAGE);
    const copy = 'https://web.archive.org/web/20110101000000/http://author.livejournal.com/11.html';
    const urls = prefetchUrls(postUrl, [copy, own]);
    expect(wouldAdmitOnce(sender, postUrl, [copy, own], urls)).toEqual([copy]);
  });
});

function wouldAdmitOnce(sender: SenderInfo, postUrl: string, links: string[], urls: string[]): string[] {
  return createReaderSessions().wouldAdmit(sender, { postUrl, links }, urls);
}

describe('the press’s fetches and the reader start’s', () => {
  it('each URL is fetched once per tab: the reader’s start does not fetch again what the press started', async () => {
    const asked: string[] = [];
    const fetchPage = async (url: string): Promise<FetchResult> => {
      asked.push(url);
      return { ok: true, url, status: 200, html: '<p></p>' };
    };
    const prefetch = createPartPrefetch(fetchPage);
    const a = 'https://author.livejournal.com/11.html';
    const b = 'https://author.livejournal.com/12.html';
    await prefetch.start(7, [a], (urls) => urls);
    await prefetch.start(7, [a, b], async (urls) => urls);
    expect(asked).toEqual([a, b]);
    await prefetch.start(8, [a], (urls) => urls);
    expect(asked).toEqual([a, b, a]);
    expect(await prefetch.take(7, a)).toMatchObject({ ok: true, url: a });
    // Taken: a later request fetches itself (null), and the prefetch does not start it again.
    expect(prefetch.take(7, a)).toBeNull();
    await prefetch.start(7, [a], (urls) => urls);
    expect(asked).toEqual([a, b, a]);
  });
});

/**
 * The background itself (entrypoints/background.ts, on WXT's fake browser): the page tells it at the press on Read and
 * again at the click (story-posts.content), and it reads the library once and fetches each part once for both.
 */
describe('the background at the press and the click', () => {
  beforeAll(async () => {
    // The service worker's global (the CSP reports it listens to) and the network its fetch queue asks.
    vi.stubGlobal('self', new EventTarget());
    vi.stubGlobal('fetch', (url: string) => {
      asked.fetches.push(url);
      return counted(Promise.resolve(new Response('<p></p>', { status: 200, headers: { 'content-type': 'text/html' } })));
    });
    (await import('../../entrypoints/background')).default.main();
    // The library open before the first message, as it is once the background has run a while.
    await (await import('../../utils/db')).sharedInkwellDb();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  /** A three-part story's first post, on a journal of its own: the message the detector sends for it, and what it asked. */
  function story(journal: string) {
    const url = `https://${journal}.livejournal.com/10.html`;
    const parts = [`https://${journal}.livejournal.com/11.html`, `https://${journal}.livejournal.com/12.html`];
    const msg = { type: 'reader:press', url, nav: [navLine(['Part 2', parts[0]], ['Part 3', parts[1]])], title: 'The Well', pageUrl: url, loadedUrl: url };
    const send = (tabId: number) => {
      const sender: SenderInfo = { tab: { id: tabId, url }, frameId: 0, url };
      return fakeBrowser.runtime.onMessage.trigger(msg, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1], () => undefined);
    };
    const count = () => ({ lookups: asked.lookups.filter((keys) => keys[0] === `livejournal.com/${journal}/10`).length, fetches: parts.map((p) => asked.fetches.filter((u) => u === p).length) });
    return { send, count };
  }
  /** The background's work on the messages done: nothing under way, and no lookup or fetch more for a while. */
  async function settled(): Promise<void> {
    for (let seen = '', still = 0; still < 3; ) {
      await new Promise((r) => setTimeout(r, 20));
      const now = `${asked.pending} ${asked.lookups.length} ${asked.fetches.length}`;
      still = now === seen && asked.pending === 0 ? still + 1 : 0;
      seen = now;
    }
  }
  /**
   * The press's message from tab 7, then the click's: at once (the press's lookup and fetches under way), else `afterMs`
   * later on the background's clock (the press's done); from tab 7 too, else `tab`. What the background then asked.
   */
  async function pressAndClick(s: ReturnType<typeof story>, click: { tab?: number; afterMs?: number } = {}) {
    await s.send(7);
    if (click.afterMs !== undefined) {
      await settled();
      vi.advanceTimersByTime(click.afterMs);
    }
    await s.send(click.tab ?? 7);
    await settled();
    return s.count();
  }

  it('the press, then the click on the same story in the same tab: one lookup, each part fetched once', async () => {
    expect(await pressAndClick(story('presstwice'))).toEqual({ lookups: 1, fetches: [1, 1] });
  });

  it('a click up to the lookup’s window (10 s) after the press: its lookup; later, a new one; the parts (kept longer) fetched once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    expect(await pressAndClick(story('presslate'), { afterMs: 10_000 })).toEqual({ lookups: 1, fetches: [1, 1] });
    expect(await pressAndClick(story('presslater'), { afterMs: 10_001 })).toEqual({ lookups: 2, fetches: [1, 1] });
  });

  it('the same story from another tab: a new lookup, and that tab’s own fetches', async () => {
    expect(await pressAndClick(story('presstabs'), { tab: 8 })).toEqual({ lookups: 2, fetches: [2, 2] });
  });

  /**
   * The reader's start at the click (reader.content): the session and the frame's ticket before anything reads the post,
   * from the detector's lines as at the press; then the post's own links, as the frame that claimed it read them
   * ('reader-frame:links'), which it fetches under.
   */
  async function started(journal: string, tabId: number, { fill = false } = {}) {
    const s = story(journal);
    const url = `https://${journal}.livejournal.com/10.html${fill ? '?thread=77#t77' : ''}`;
    const page = `https://${journal}.livejournal.com/10.html`;
    const opener: SenderInfo = { tab: { id: tabId, url: page }, frameId: 0, url: page };
    const frame: SenderInfo = { tab: { id: tabId, url: page }, frameId: 4, url: fakeBrowser.runtime.getURL('/reader-frame.html') };
    const ask = async (msg: object, sender: SenderInfo) =>
      (await fakeBrowser.runtime.onMessage.trigger(msg, sender as Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1], () => undefined))[0] as unknown as Record<string, unknown>;
    const nav = [navLine(['Part 2', `https://${journal}.livejournal.com/11.html`], ['Part 3', `https://${journal}.livejournal.com/12.html`])];
    await s.send(tabId);
    const start = await ask({ type: 'reader:start', postUrl: page, links: [], nav, title: 'The Well', loadedUrl: page, start: { refresh: false, story: { url, partLinks: [] } } }, opener);
    const claim = () => ask({ type: 'reader-frame:claim', ticket: start.ticket }, frame);
    const links = (sender: SenderInfo) => ask({ type: 'reader-frame:links', links: [`https://${journal}.livejournal.com/11.html`, 'https://cowriter.livejournal.com/3.html'], storyLinks: [] }, sender);
    const fetchFromFrame = (u: string) => ask({ type: 'fetch-page', url: u }, frame);
    return { s, start, claim, links, fetchFromFrame, opener, frame };
  }

  it('the click’s start: a ticket at once, sealed with the part links the press read; the post’s own links, from the frame that claimed it, once', async () => {
    const r = await started('startlinks', 11);
    expect(r.start).toMatchObject({ ok: true, ticket: expect.any(String) });
    // No frame has claimed it yet: nobody says the post's links.
    expect(await r.links(r.frame)).toMatchObject({ ok: false });
    const claimed = await r.claim();
    expect(claimed).toMatchObject({ ok: true, start: { refresh: false, story: { url: 'https://startlinks.livejournal.com/10.html' } } });
    expect((claimed.start as { story: { partLinks: { url: string }[] } }).story.partLinks.map((l) => l.url)).toEqual([
      'https://startlinks.livejournal.com/11.html',
      'https://startlinks.livejournal.com/12.html',
    ]);
    // Another journal the post links to: not admitted until the frame has read the post and said so.
    expect(await r.fetchFromFrame('https://cowriter.livejournal.com/3.html')).toMatchObject({ ok: false, reason: 'not-allowed' });
    // Only the frame that claimed it: not the content script, not another frame of the tab.
    expect(await r.links(r.opener)).toMatchObject({ ok: false });
    expect(await r.links({ ...r.frame, frameId: 2 })).toMatchObject({ ok: false });
    expect(await r.fetchFromFrame('https://cowriter.livejournal.com/3.html')).toMatchObject({ ok: false, reason: 'not-allowed' });
    expect(await r.links(r.frame)).toEqual({ ok: true });
    expect(await r.fetchFromFrame('https://cowriter.livejournal.com/3.html')).toMatchObject({ ok: true, url: 'https://cowriter.livejournal.com/3.html' });
    // Once.
    expect(await r.links(r.frame)).toMatchObject({ ok: false });
    await settled();
    // The press's lookup is the start's (one), and each part was fetched once for the press, the click and the links.
    expect(r.s.count()).toEqual({ lookups: 1, fetches: [1, 1] });
  });

  it('a fill’s start (a comment) is sealed with no part links, whatever its lines say', async () => {
    const r = await started('fillstart', 13, { fill: true });
    const claimed = await r.claim();
    expect(claimed).toMatchObject({ ok: true, start: { story: { url: 'https://fillstart.livejournal.com/10.html?thread=77#t77', partLinks: [] } } });
  });
});
