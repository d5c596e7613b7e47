/**
 * The fetches at the user's click (entrypoints/background.ts 'reader:click'): the detector sends the clicked post's
 * navigation lines, hints from a hostile page. The background reads the part links from them as the reader's
 * extraction does (clickPartLinks), keeps only what the reader's session will admit (sessions.wouldAdmit: the same
 * page check and policy as `open`, nothing stored), at most MAX_PARTS, and starts each fetch once per tab.
 */
import { describe, expect, it } from 'vitest';
import { chapterLinks } from '../../utils/extract/part-links';
import { clickPartLinks, createPartPrefetch, prefetchUrls } from '../../utils/part-prefetch';
import { createReaderSessions, MOVED_PAGE_MESSAGE, type SenderInfo, sessionPostUrlOf } from '../../utils/reader-session';
import type { FetchResult } from '../../utils/stitch';
import { MAX_PARTS } from '../../utils/stitch/scheduler';

const PAGE = 'https://author.livejournal.com/10.html';
const contentScript: SenderInfo = { tab: { id: 7, url: PAGE }, frameId: 0, url: PAGE };
const navLine = (...links: [string, string][]) => ({ text: links.map(([t]) => t).join(' | '), links: links.map(([text, href]) => ({ href, text })) });

describe('clickPartLinks', () => {
  it('reads the part links as the reader does, relative links against the page the browser knows', () => {
    const nav = [navLine(['« Part 1', '/9.html'], ['Part 3 »', 'http://author.livejournal.com/11.html#cutid1'], ['Art by someone', 'https://artist.livejournal.com/4.html'])];
    const read = clickPartLinks(PAGE, nav, PAGE);
    expect(read).toEqual(chapterLinks(nav, 'livejournal.com/author/10', PAGE).partLinks.map((l) => l.url));
    expect(read).toEqual(['https://author.livejournal.com/9.html', 'http://author.livejournal.com/11.html#cutid1']);
  });

  it('the story’s title, sent with the click, says which of the header’s Series: links are its parts, as the reader reads them', () => {
    const series = { text: 'Series: The Ninth Well: part one · part two', links: [{ href: '/9.html', text: 'part one' }] };
    const title = 'The Ninth Well';
    expect(clickPartLinks(PAGE, [series], PAGE, title)).toEqual(chapterLinks([series], 'livejournal.com/author/10', PAGE, title).partLinks.map((l) => l.url));
    expect(clickPartLinks(PAGE, [series], PAGE, title)).toEqual(['https://author.livejournal.com/9.html']);
    // Another series' part, or no title sent: no part.
    expect(clickPartLinks(PAGE, [series], PAGE, 'Salt and Iron')).toEqual([]);
    expect(clickPartLinks(PAGE, [series], PAGE)).toEqual([]);
    expect(clickPartLinks(PAGE, [series], PAGE, 'x'.repeat(20_001))).toEqual([]);
  });

  it('anything not the detector’s shape, or more than a post’s navigation holds, gives nothing', () => {
    const ok = navLine(['Part 2', '/11.html']);
    expect(clickPartLinks(PAGE, [ok], PAGE)).toHaveLength(1);
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
      expect(clickPartLinks(PAGE, bad, PAGE)).toEqual([]);
    }
    // Extra fields the page could add are not carried on.
    expect(clickPartLinks(PAGE, [{ ...ok, links: [{ ...ok.links[0], href: '/11.html', evil: () => 1 }] }], PAGE)).toEqual(['https://author.livejournal.com/11.html']);
  });

  it('at most MAX_PARTS part links', () => {
    const links: [string, string][] = Array.from({ length: MAX_PARTS + 20 }, (_, i) => [`Part ${(i % 400) + 2}`, `/${100 + i}.html`]);
    const many = Array.from({ length: 10 }, (_, i) => navLine(...links.slice(i * 22, i * 22 + 22)));
    expect(clickPartLinks(PAGE, many, PAGE)).toHaveLength(MAX_PARTS);
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

describe('the click’s fetches and the reader start’s', () => {
  it('each URL is fetched once per tab: the reader’s start does not fetch again what the click started', async () => {
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
