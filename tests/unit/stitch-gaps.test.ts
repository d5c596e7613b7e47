/**
 * Reading on past a part that cannot be read (utils/stitch/gaps.ts, issue 11): a story whose parts link only their
 * neighbours, with a locked or deleted part in the middle, still reaches the parts on the far side of it (the story's tag
 * page, the journal's own Next / Previous Entry navigation), takes nothing that is not the story's part, and stays within
 * a few fetches and the fetch policy (fetch-url.ts `entryNavUrlOf`, FetchPolicy.allowsEntryNavPage, the background's check).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadCases } from '../../harness/fixture-cases';
import { pagesJsonFiles, pagesJsonRedirects, savedPages } from '../../harness/saved-pages';
import { judgeStitch } from '../../harness/stitch-truth';
import { FetchPolicy } from '../../utils/fetch-policy';
import { entryNavOf, entryNavUrlOf } from '../../utils/fetch-url';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import { type PageFetcher, stitchStory } from '../../utils/stitch';
import { MAX_GAP_FETCHES, MAX_GAP_STEPS, storyTagOnPage } from '../../utils/stitch/gaps';
import { canonicalEntryKey } from '../../utils/url';
import { stitchFixtureCase, synthPost } from '../support/fake-web';

const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;
const PAGES_JSON = join(FIXTURES, 'pages.json');
const SET = (JSON.parse(readFileSync(join(FIXTURES, 'sets.json'), 'utf8')) as Record<string, string[]>)['read past an unreadable part (issue 11)'];
const cases = loadCases().filter((c) => SET.includes(c.id));
/** Entries of the set's journals that are no part of their stories: a personal post, another story's part. */
const NOT_PARTS = ['https://millrace-notes.dreamwidth.org/41048.html', 'http://wrenfield.insanejournal.com/5637.html', 'http://quillwort.scribbld.com/2316.html'].map(canonicalEntryKey);
const isNav = (url: string) => !!entryNavOf(url);

/** A fetcher over the saved pages that logs what it was asked for. */
function logged(fetchPage: PageFetcher): { fetchPage: PageFetcher; log: string[] } {
  const log: string[] = [];
  return { log, fetchPage: (url, signal) => (log.push(url), fetchPage(url, signal)) };
}

describe('the fixtures: a story read past its unreadable middle part', () => {
  it('has ten start pages on four sites, each with a part said missing', () => {
    expect(cases.map((c) => c.site).sort()).toEqual([
      'dreamwidth',
      'dreamwidth',
      'insanejournal',
      'insanejournal',
      'insanejournal',
      'livejournal',
      'livejournal',
      'livejournal',
      'livejournal',
      'scribbld',
    ]);
    for (const c of cases) expect(c.stitched?.missing?.length, c.id).toBe(1);
  });

  for (const c of cases) {
    it(`${c.id}: every part in order, the missing one in its place, nothing else`, async () => {
      const { state, verdict, log } = await stitchFixtureCase(c);
      expect(verdict.problems).toEqual([]);
      expect(verdict.whole).toBe(true);
      // A personal post or another story the navigation passed is neither a part nor an error.
      for (const key of NOT_PARTS) expect(state.order).not.toContain(key);
      // Bounded: the pages read to get past the gap (navigation and the tag page) are a few.
      const extra = log.filter((u) => isNav(u) || u.includes('/tag/'));
      expect(extra.length).toBeLessThanOrEqual(MAX_GAP_FETCHES);
    });
  }

  it('without the tag page and the navigation, the parts past the gap are not reached (the rule is what reaches them)', async () => {
    const files = Object.fromEntries(Object.entries(pagesJsonFiles(PAGES_JSON)).filter(([u]) => !u.includes('/tag/almanac')));
    const bare = savedPages(files);
    let notWhole = 0;
    for (const c of cases) {
      const state = await stitchStory({ url: c.url }, { fetchPage: bare.fetchPage, parse });
      if (!judgeStitch(c.stitched!, state).whole) notWhole++;
    }
    // Every story but the one whose journal holds nothing more of it (Fieldfare).
    expect(notWhole).toBe(cases.length - 1);
    // The sites' redirects: their entry navigation, and LiveJournal's sending a reader not logged in from a locked entry
    // to its front page (`?returnto=…&errmsg=notloggedin`).
    expect(Object.entries(pagesJsonRedirects(PAGES_JSON)).every(([from, to]) => isNav(from) || /[?&]errmsg=notloggedin(?:&|$)/.test(to))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// Synthetic journals: part pages in Dreamwidth markup (fake-web.ts synthPost), the site's navigation as redirects.

const J = 'https://gapwriter.dreamwidth.org/';
const url = (n: number) => `${J}${n}.html`;
const go = (n: number, dir: 'next' | 'prev' = 'next') => `https://www.dreamwidth.org/go?journal=gapwriter&itemid=${n}&dir=${dir}`;
const part = (n: number, index: number, total: number | null, nav: [string, string][], title = 'The Long Field') => synthPost({ url: url(n), title, part: { index, total }, nav });
const personal = (n: number) => synthPost({ url: url(n), title: 'weekend', subject: 'weekend', part: null });

function journal(pages: Record<string, string>, redirects: Record<string, string>) {
  const log: string[] = [];
  const fetchPage: PageFetcher = async (asked) => {
    log.push(asked);
    const at = redirects[asked] ?? asked;
    const html = pages[at];
    return html ? { ok: true, url: at, status: 200, html } : { ok: false, url: at, reason: 'not-found', status: 404, message: 'The site answered 404.' };
  };
  return { log, fetchPage };
}

describe('the journal’s navigation past a gap', () => {
  it('walks past personal posts at most MAX_GAP_STEPS entries, and takes none of them', async () => {
    const pages: Record<string, string> = { [url(256)]: part(256, 1, 3, [['Part 2 »', url(512)]]) };
    const redirects: Record<string, string> = { [go(256)]: url(1024) };
    for (let k = 4; k < 14; k++) {
      pages[url(k * 256)] = personal(k * 256);
      redirects[go(k * 256)] = url((k + 1) * 256);
    }
    const web = journal(pages, redirects);
    const state = await stitchStory({ url: url(256) }, { fetchPage: web.fetchPage, parse });
    expect(state.order).toEqual([canonicalEntryKey(url(256)), canonicalEntryKey(url(512))]);
    expect(state.errors.get(canonicalEntryKey(url(512)))?.reason).toBe('not-found');
    expect(web.log.filter(isNav)).toEqual([go(256), go(1024), go(1280)].slice(0, MAX_GAP_STEPS));
  });

  it('passes another story’s later part of the same writer and takes the story’s own next part', async () => {
    const pages = {
      [url(256)]: part(256, 1, 3, [['Part 2 »', url(512)]]),
      // The same writer's other story, numbered past the gap: another title.
      [url(768)]: part(768, 3, 3, [], 'Harbour Lights'),
      [url(1024)]: part(1024, 3, 3, [['« Part 2', url(512)]]),
    };
    const web = journal(pages, { [go(256)]: url(768), [go(768)]: url(1024) });
    const state = await stitchStory({ url: url(256) }, { fetchPage: web.fetchPage, parse });
    expect(state.order).toEqual([256, 512, 1024].map((n) => canonicalEntryKey(url(n))));
    expect([...state.parts.keys()]).toEqual([256, 1024].map((n) => canonicalEntryKey(url(n))));
  });

  it('asks nothing more when the markers say the failed part was the last (“2/2”), nor for a part between two read ones', async () => {
    const last = journal({ [url(256)]: part(256, 1, 2, [['Part 2 »', url(512)]]), [url(768)]: part(768, 2, 2, []) }, { [go(256)]: url(768) });
    await stitchStory({ url: url(256) }, { fetchPage: last.fetchPage, parse });
    expect(last.log.filter(isNav)).toEqual([]);
    const middle = journal(
      {
        [url(256)]: part(256, 1, 3, [
          ['Part 2 »', url(512)],
          ['Part 3 »', url(768)],
        ]),
        [url(768)]: part(768, 3, 3, [['« Part 1', url(256)]]),
      },
      { [go(256)]: url(768) },
    );
    const state = await stitchStory({ url: url(256) }, { fetchPage: middle.fetchPage, parse });
    expect(state.order.length).toBe(3);
    expect(middle.log.filter(isNav)).toEqual([]);
  });

  it('walks back (dir=prev) from the first part read when the part before it failed', async () => {
    const pages = { [url(1024)]: part(1024, 3, 3, [['« Part 2', url(512)]]), [url(768)]: personal(768), [url(256)]: part(256, 1, 3, []) };
    const web = journal(pages, { [go(1024, 'prev')]: url(768), [go(768, 'prev')]: url(256) });
    const state = await stitchStory({ url: url(1024) }, { fetchPage: web.fetchPage, parse });
    expect(state.order).toEqual([256, 512, 1024].map((n) => canonicalEntryKey(url(n))));
    expect(web.log.filter(isNav)).toEqual([go(1024, 'prev'), go(768, 'prev')]);
  });

  it('takes nothing the navigation answered on another journal, nor a login page', async () => {
    const other = 'https://copycat.dreamwidth.org/1024.html';
    const pages = { [url(256)]: part(256, 1, 3, [['Part 2 »', url(512)]]), [other]: synthPost({ url: other, title: 'The Long Field', part: { index: 3, total: 3 } }) };
    const web = journal(pages, { [go(256)]: other });
    const state = await stitchStory({ url: url(256) }, { fetchPage: web.fetchPage, parse });
    expect(state.parts.size).toBe(1);
    expect(state.order).not.toContain(canonicalEntryKey(other));
    expect(web.log).not.toContain(other);
  });
});

describe('the entry navigation URL (fetch-url.ts) and its policy', () => {
  it('is the sites’ own: DW /go, the LJ code’s go.bml, the URL’s entry number, the journal with underscores', () => {
    expect(entryNavUrlOf('https://quince-and-ladder.dreamwidth.org/12033.html?style=site#cutid1', 'next')).toBe('https://www.dreamwidth.org/go?journal=quince_and_ladder&itemid=12033&dir=next');
    expect(entryNavUrlOf('http://community.livejournal.com/fic_fest/4410.html', 'prev')).toBe('https://www.livejournal.com/go.bml?journal=fic_fest&itemid=4410&dir=prev');
    expect(entryNavUrlOf('http://hawthorn-post.insanejournal.com/3108.html', 'next')).toBe('https://www.insanejournal.com/go.bml?journal=hawthorn_post&itemid=3108&dir=next');
    expect(entryNavUrlOf('https://www.journalfen.net/users/fen_and_fiddle/2210.html', 'next')).toBe('https://www.journalfen.net/go.bml?journal=fen_and_fiddle&itemid=2210&dir=next');
    for (const u of ['https://web.archive.org/web/2010/http://a.livejournal.com/5.html', 'https://a.livejournal.com/', 'https://a.example.com/5.html']) expect(entryNavUrlOf(u, 'next'), u).toBeNull();
  });

  it('is read back only exactly as built: no other parameter, host, scheme or path', () => {
    const built = 'https://www.livejournal.com/go.bml?journal=author&itemid=4410&dir=next';
    expect(entryNavOf(built)).toEqual({ entry: 'https://author.livejournal.com/4410.html', journal: 'livejournal.com/author', dir: 'next' });
    for (const u of [
      'http://www.livejournal.com/go.bml?journal=author&itemid=4410&dir=next',
      'https://www.livejournal.com/go.bml?journal=author&itemid=4410&dir=next&redir_key=fic',
      'https://www.livejournal.com/go?journal=author&itemid=4410&dir=next',
      'https://author.livejournal.com/go.bml?journal=author&itemid=4410&dir=next',
      'https://www.livejournal.com/go.bml?dir=next&itemid=4410&journal=author',
      'https://www.livejournal.com/go.bml?journal=author&itemid=4410&dir=sideways',
      'https://www.dreamwidth.org/go.bml?journal=author&itemid=4410&dir=next',
    ]) {
      expect(entryNavOf(u), u).toBeNull();
    }
  });

  it('the policy admits it from a journal the story admits, on the story’s site, never on Wayback', () => {
    const policy = FetchPolicy.forStory('https://author.livejournal.com/10.html', 'https://author.livejournal.com/10.html', ['https://comm.livejournal.com/5.html']);
    expect(policy.allowsEntryNavPage('https://www.livejournal.com/go.bml?journal=author&itemid=10&dir=next')).toBe(true);
    expect(policy.allowsEntryNavPage('https://www.livejournal.com/go.bml?journal=comm&itemid=5&dir=prev')).toBe(true);
    expect(policy.allowsEntryNavPage('https://www.livejournal.com/go.bml?journal=victim&itemid=5&dir=next')).toBe(false);
    expect(policy.allowsEntryNavPage('https://www.dreamwidth.org/go?journal=author&itemid=10&dir=next')).toBe(false);
    const wayback = FetchPolicy.forStory('https://web.archive.org/web/2010/http://author.livejournal.com/10.html', 'https://web.archive.org/web/2010/http://author.livejournal.com/10.html', []);
    expect(wayback.allowsEntryNavPage('https://www.livejournal.com/go.bml?journal=author&itemid=10&dir=next')).toBe(false);
  });

  it('the background fetches it for a story opened on that journal, and withholds an answer that ended on a journal not admitted', async () => {
    const page = 'https://author.livejournal.com/10.html';
    const sender: SenderInfo = { tab: { id: 7, url: page }, frameId: 0, url: page };
    const s = createReaderSessions();
    await s.open(sender, { postUrl: page, links: [], loadedUrl: page });
    const nav = 'https://www.livejournal.com/go.bml?journal=author&itemid=10&dir=next';
    expect((await s.check(sender, nav)).ok).toBe(true);
    expect((await s.check(sender, 'https://www.livejournal.com/go.bml?journal=victim&itemid=10&dir=next')).ok).toBe(false);
    expect((await s.check(sender, `${nav}&redir_key=fic`)).ok).toBe(false);
    const elsewhere = await s.answered(sender, nav, { ok: true, url: 'https://victim.livejournal.com/11.html', status: 200, html: '<p>x</p>' });
    expect(elsewhere).toMatchObject({ ok: false, reason: 'not-allowed' });
    expect((await s.answered(sender, nav, { ok: true, url: 'https://author.livejournal.com/11.html', status: 200, html: '<p>x</p>' })).ok).toBe(true);
  });
});

describe('storyTagOnPage', () => {
  const page = (tags: string[]) =>
    parse(
      `<div class="entry"><h3>The Almanac Year, part 1/3</h3><div class="ljtags">Tags: ${tags.map((t) => `<a rel="tag" href="${t}">x</a>`).join(', ')}</div></div>`,
      'https://tallow.livejournal.com/5.html',
    );
  const post = { url: 'https://tallow.livejournal.com/5.html', subject: 'Fic: The Almanac Year, part 1/3', fields: { title: 'The Almanac Year' } } as Parameters<typeof storyTagOnPage>[2];

  it('finds the journal’s tag named as the story (“the”, “fic:”, case and punctuation aside), never a generic one or another journal’s', () => {
    expect(storyTagOnPage(page(['https://tallow.livejournal.com/tag/fic', 'https://tallow.livejournal.com/tag/almanac+year']), post.url, post)).toBe('https://tallow.livejournal.com/tag/almanac+year');
    expect(storyTagOnPage(page(['https://tallow.livejournal.com/tag/fic:%20the%20almanac%20year']), post.url, post)).toBe('https://tallow.livejournal.com/tag/fic:%20the%20almanac%20year');
    expect(storyTagOnPage(page(['https://tallow.livejournal.com/tag/fic', 'https://tallow.livejournal.com/tag/original', 'https://tallow.livejournal.com/tag/almanac']), post.url, post)).toBeNull();
    expect(storyTagOnPage(page(['https://other.livejournal.com/tag/almanac+year']), post.url, post)).toBeNull();
  });
});
