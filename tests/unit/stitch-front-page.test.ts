/**
 * A chapter index in a sticky post, reached from chapters that link only the journal's front page ("the chapter index is
 * the sticky post at the top of my journal"): the URL rule and the fetch policy for a front page (utils/fetch-url.ts
 * `frontPageUrlOf`, FetchPolicy.allowsFrontPage, the background's sessions), which lines point there (utils/stitch/links.ts
 * `frontPageIndexInPost`), which post of the front page is read (utils/stitch/posts.ts `topPostsOf`), and the stitcher
 * reading the front page once and taking its top post as the masterpost only when it is this story's index, over the
 * fixture set "sticky chapter index" (tests/fixtures/src/sticky.py).
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage, locateStories } from '../../utils/extract/index';
import { FetchPolicy } from '../../utils/fetch-policy';
import { frontPageUrlOf, isFrontPageUrl } from '../../utils/fetch-url';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import { type StitchOptions, stitchStory } from '../../utils/stitch';
import { frontPageIndexInPost } from '../../utils/stitch/links';
import { topPostsOf } from '../../utils/stitch/posts';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, type Fault, parse, synthPost } from '../support/fake-web';

const keys = (urls: readonly string[]) => urls.map(canonicalEntryKey);
const partKeys = (s: { order: string[]; parts: Map<string, unknown> }) => s.order.filter((k) => s.parts.has(k));
const opts = (web: FakeWeb, extra: Partial<StitchOptions> = {}): StitchOptions => ({ fetchPage: web.fetchPage, parse, ...extra });

// The fixture stories (tests/fixtures/src/sticky.py) and their front pages as the rule builds them.
const WEIR = 'https://fennel-quay.dreamwidth.org/';
const WEIR_PARTS = [`${WEIR}3318.html`, `${WEIR}3590.html`, `${WEIR}3855.html`];
const CANDLE_PARTS = ['http://tallow-moth.livejournal.com/28114.html', 'http://tallow-moth.livejournal.com/28390.html'];
const CANDLE = 'https://tallow-moth.livejournal.com/';
const SORREL = 'https://sorrel-ferry.livejournal.com/';
const SORREL_PARTS = [`${SORREL}91344.html`, `${SORREL}91702.html`];
const LARK_PARTS = ['http://www.journalfen.net/users/pewter_lark/4421.html', 'http://www.journalfen.net/users/pewter_lark/4610.html', 'http://www.journalfen.net/users/pewter_lark/4877.html'];
const LARK = 'https://www.journalfen.net/users/pewter_lark/';
const LANTERN = 'https://hazel-ward.dreamwidth.org/';
const LANTERN_PARTS = [`${LANTERN}6102.html`, `${LANTERN}6391.html`];
const OSIER = 'https://osier-bank.dreamwidth.org/';
const SEVENTH = [`${OSIER}2210.html`, `${OSIER}2475.html`];
const RUSHLIGHT = [`${OSIER}1402.html`, `${OSIER}1688.html`, `${OSIER}1930.html`];

describe('the URL rule for a journal’s front page', () => {
  it('rebuilds it over https in the journal’s own address shape, without query or fragment', () => {
    for (const [link, want] of [
      ['https://fennel-quay.dreamwidth.org/', WEIR],
      ['http://fennel-quay.dreamwidth.org', WEIR],
      ['https://fennel_quay.dreamwidth.org/?skip=20&style=site#entries', WEIR],
      ['http://tallow-moth.livejournal.com/', CANDLE],
      ['http://www.journalfen.net/users/pewter_lark/', LARK],
      ['http://www.journalfen.net/users/Pewter-Lark', LARK],
      ['http://community.livejournal.com/salt_fic/', 'https://community.livejournal.com/salt_fic/'],
      ['http://www.insanejournal.com/~hedge_quill/', 'https://www.insanejournal.com/~hedge_quill/'],
      ['https://fennel-quay.dreamwidth.org:8443/', WEIR],
    ]) {
      expect(frontPageUrlOf(link), link).toBe(want);
    }
    expect(isFrontPageUrl(WEIR)).toBe(true);
    expect(isFrontPageUrl(WEIR.replace('https:', 'http:'))).toBe(false);
    expect(isFrontPageUrl(`${WEIR}?skip=20`)).toBe(false);
  });

  it('is none for an entry, another page of the journal, the site’s own pages, credentials, Wayback, or off the journal sites', () => {
    for (const url of [
      WEIR_PARTS[0],
      `${WEIR}profile`,
      `${WEIR}tag/fic`,
      `${WEIR}2014/03/`,
      `${WEIR}calendar`,
      `${WEIR}read`,
      'https://www.dreamwidth.org/',
      'https://www.livejournal.com/',
      'https://www.livejournal.com/users/',
      'https://m.livejournal.com/',
      'https://www.livejournal.com/tools/memories.bml?user=tallow_moth',
      'https://user:pw@fennel-quay.dreamwidth.org/',
      'ftp://fennel-quay.dreamwidth.org/',
      'https://fennel-quay.dreamwidth.org.example.com/',
      'https://example.com/users/pewter_lark/',
      `https://web.archive.org/web/2014/${WEIR}`,
    ]) {
      expect(frontPageUrlOf(url), url).toBeNull();
    }
  });
});

describe('the fetch policy and the background for a front page', () => {
  const P = WEIR_PARTS[0];

  it('admits the front page of the journal the story was opened in or of the chosen post, and learns nothing from it', () => {
    const p = FetchPolicy.forStory(P, P, ['https://lanternmaker.dreamwidth.org/5.html']);
    expect(p.allowsFrontPage(WEIR)).toBe(true);
    expect(p.allowsFrontPage(`${WEIR}?skip=20`)).toBe(false);
    expect(p.allowsFrontPage(WEIR.replace('https:', 'http:'))).toBe(false);
    // A journal the post links to is admitted for entries, not for its front page; a stranger's never; nor another site's.
    expect(p.allowsFrontPage('https://lanternmaker.dreamwidth.org/')).toBe(false);
    expect(p.allowsFrontPage('https://stranger.dreamwidth.org/')).toBe(false);
    expect(p.allowsFrontPage('https://fennel-quay.livejournal.com/')).toBe(false);
    expect(FetchPolicy.forStory('https://reader.dreamwidth.org/read', P, []).allowsFrontPage(WEIR)).toBe(true);
    expect(FetchPolicy.forStory(`https://web.archive.org/web/2014/${P}`, P, []).allowsFrontPage(WEIR)).toBe(false);
    expect(p.widensFrom(WEIR)).toBe(false);
    expect(p.learn(WEIR, ['https://third.dreamwidth.org/1.html'])).toEqual([]);
    expect(p.allows(WEIR)).toBe(false);
  });

  it('the background fetches only the story journal’s front page as the rule builds it, and learns no journal from its answer', async () => {
    const tab: SenderInfo = { tab: { id: 7, url: P }, frameId: 0, url: P };
    const s = createReaderSessions();
    await s.open(tab, { postUrl: P, links: [], loadedUrl: P });
    expect((await s.check(tab, WEIR)).ok).toBe(true);
    const hostile = [
      `${WEIR}?skip=20`,
      `${WEIR}?style=mine`,
      `${WEIR}#x`,
      `${WEIR}profile`,
      'http://fennel-quay.dreamwidth.org/',
      'https://fennel-quay.dreamwidth.org:444/',
      'https://u:p@fennel-quay.dreamwidth.org/',
      'https://stranger.dreamwidth.org/',
      'https://www.dreamwidth.org/',
      `https://web.archive.org/web/2014/${WEIR}`,
    ];
    for (const url of hostile) expect((await s.check(tab, url)).ok, url).toBe(false);
    expect(await s.admitted(tab, [WEIR, ...hostile])).toEqual([WEIR]);
    const html = '<div class="entry"><a href="https://third.dreamwidth.org/1.html">anyone’s entry</a></div>';
    await s.answered(tab, WEIR, { ok: true, url: WEIR, status: 200, html });
    expect((await s.check(tab, 'https://third.dreamwidth.org/1.html')).ok).toBe(false);
  });
});

describe('a chapter’s link to its journal’s front page, where the sticky index is', () => {
  const url = 'https://fennel-quay.dreamwidth.org/9001.html';
  const linkOf = (line: string) => {
    const html = synthPost({
      url,
      title: 'Weirwater',
      part: { index: 2, total: null },
      prose: ['The weir ran high all week and the miller’s boy counted the eels as they went over, one by one, into the dark pool.', line],
    });
    const doc = parse(html, url);
    const post = extractPage(doc, url).stories[0];
    return frontPageIndexInPost(doc, url, post)?.url ?? null;
  };

  it('is one when the line’s words point at the top of the journal or at the story’s index', () => {
    for (const line of [
      `(The chapter index is the sticky post at the top of <a href="${WEIR}">my journal</a>.)`,
      `All chapters: <a href="${WEIR}">stickied here</a>`,
      `Masterpost: <a href="https://fennel-quay.dreamwidth.org">top of my journal</a>`,
      `Table of contents: <a href="${WEIR}?skip=0">pinned at the top of my journal</a>`,
      `(masterpost at the top of <a href="/">my journal</a>)`,
    ]) {
      expect(linkOf(line), line).toBe(WEIR);
    }
  });

  it('is none for another journal’s front page, a line without such words, the writer’s lists, or a page of the journal that is not its front page', () => {
    for (const line of [
      `(The chapter index is the sticky post at the top of <a href="https://stranger.dreamwidth.org/">their journal</a>.)`,
      `Thanks to everyone who reads <a href="${WEIR}">my journal</a>!`,
      `My fic masterlist is the sticky post at the top of <a href="${WEIR}">my journal</a>.`,
      `Art for every chapter is stickied at the top of <a href="${WEIR}">my journal</a>.`,
      `(The chapter index is on <a href="${WEIR}profile">my profile</a>.)`,
    ]) {
      expect(linkOf(line), line).toBeNull();
    }
  });

  it('is none for the layout’s own links to the front page, outside the post', () => {
    const web = new FakeWeb();
    const u = LANTERN_PARTS[0];
    const html = web.htmlFor(u)!.replace(/<p><small>\(Chapter index:[^]*?<\/small><\/p>/, '');
    expect(html).toContain(`href="${LANTERN}"`);
    const doc = parse(html, u);
    expect(frontPageIndexInPost(doc, u, extractPage(doc, u).stories[0])).toBeNull();
  });
});

/** The clicked post, extracted from its own saved page. */
function start(web: FakeWeb, url: string) {
  const doc = parse(web.htmlFor(url)!, url);
  const post = extractPage(doc, url).stories[0];
  return { url, post, doc };
}
const frontFetches = (web: FakeWeb) => web.fetched().filter((u) => frontPageUrlOf(u) !== null);

describe('the stitcher reads the front page once and takes its sticky post as the masterpost when it is this story’s index', () => {
  for (const [name, parts, front] of [
    ['Dreamwidth 2014, core2, a sticky entry (its classes and icon)', WEIR_PARTS, WEIR],
    ['LiveJournal 2009, Quite Lickable, the masterpost first by its date (an http link)', CANDLE_PARTS, CANDLE],
    ['LiveJournal 2018, the 2017+ journal pages, the table of contents first', SORREL_PARTS, SORREL],
    ['JournalFen 2008, Understroke on /users/NAME/, the chapter list first', LARK_PARTS, LARK],
  ] as const) {
    it(`${name}: from every chapter, the chapters in order, the front page fetched once as the rule builds it, nothing else of it`, async () => {
      for (const url of parts) {
        const web = new FakeWeb();
        const s = await stitchStory(start(web, url), opts(web));
        expect(partKeys(s), url).toEqual(keys(parts));
        expect([...s.errors.values()], url).toEqual([]);
        expect(s.masterpost?.url, url).toBeTruthy();
        expect(frontFetches(web), url).toEqual([front]);
        // Besides the front page, only the story's other chapters: never the index's own page, the personal posts, a poll.
        const fetched = new Set(
          web
            .fetched()
            .filter((u) => frontPageUrlOf(u) === null)
            .map(canonicalEntryKey),
        );
        expect(fetched, url).toEqual(new Set(keys(parts).filter((k) => k !== canonicalEntryKey(url))));
      }
    });
  }

  it('a sticky WELCOME post is not taken, nor the posts after it: the chapters stitched by their own links', async () => {
    for (const url of LANTERN_PARTS) {
      const web = new FakeWeb();
      const s = await stitchStory(start(web, url), opts(web));
      expect(partKeys(s), url).toEqual(keys(LANTERN_PARTS));
      expect(s.masterpost, url).toBeNull();
      expect(frontFetches(web).length, url).toBeLessThanOrEqual(1);
    }
  });

  it('a sticky index of ANOTHER story, listing chapter 1 among “also started”, is not taken: the chapters by their own links, that story never fetched', async () => {
    for (const url of SEVENTH) {
      const web = new FakeWeb();
      const s = await stitchStory(start(web, url), opts(web));
      expect(partKeys(s), url).toEqual(keys(SEVENTH));
      expect(s.masterpost, url).toBeNull();
      expect(frontFetches(web), url).toEqual([OSIER]);
      for (const u of RUSHLIGHT) expect(web.fetchedKeys(), url).not.toContain(canonicalEntryKey(u));
    }
  });

  it('the index further down a front page whose top post is personal is never taken; a post the page marks sticky is, wherever it is', async () => {
    const web = new FakeWeb();
    const html = web.htmlFor(WEIR)!;
    const dom = new JSDOM(html, { url: WEIR });
    const d = dom.window.document;
    const wrappers = Array.from(d.querySelectorAll('.entry-wrapper'));
    const [index, , personal] = wrappers;
    // The personal post first, the index after it: no longer sticky.
    const unmarked = () => {
      const copy = new JSDOM(html, { url: WEIR }).window.document;
      const [i, , p] = Array.from(copy.querySelectorAll('.entry-wrapper'));
      for (const el of Array.from(copy.querySelectorAll('[class*="sticky"]'))) el.className = el.className.replace(/\bsticky-entry(?:-wrapper|-title|-icon)?\s*/g, '');
      for (const img of Array.from(copy.querySelectorAll('img[alt="[sticky entry]"]'))) img.remove();
      p.parentElement!.insertBefore(p, i);
      return copy.documentElement.outerHTML;
    };
    web.add(WEIR, unmarked());
    expect(topPostsOf(locateStories(parse(web.htmlFor(WEIR)!, WEIR), WEIR)).map((v) => v.verdict)).toEqual(['not-story']);
    const s = await stitchStory(start(web, WEIR_PARTS[0]), opts(web));
    expect(partKeys(s)).toEqual(keys([WEIR_PARTS[0]]));
    expect(s.masterpost).toBeNull();
    expect(frontFetches(web)).toEqual([WEIR]);
    // Marked sticky (DW's classes and icon) but printed after the personal post: it is the top post the page means.
    personal.parentElement!.insertBefore(personal, index);
    const marked = new FakeWeb();
    marked.add(WEIR, d.documentElement.outerHTML);
    const top = topPostsOf(locateStories(parse(marked.htmlFor(WEIR)!, WEIR), WEIR));
    expect(top.map((v) => v.story.url)).toEqual([`${WEIR}3301.html`]);
    const m = await stitchStory(start(marked, WEIR_PARTS[0]), opts(marked));
    expect(partKeys(m)).toEqual(keys(WEIR_PARTS));
  });

  it('with no sticky, a chapter first on the front page (the newest post) is not a masterpost: the chapter alone', async () => {
    const web = new FakeWeb();
    const copy = new JSDOM(web.htmlFor(WEIR)!, { url: WEIR }).window.document;
    copy.querySelector('.sticky-entry-wrapper')!.remove();
    web.add(WEIR, copy.documentElement.outerHTML);
    const s = await stitchStory(start(web, WEIR_PARTS[0]), opts(web));
    expect(partKeys(s)).toEqual(keys([WEIR_PARTS[0]]));
    expect(s.masterpost).toBeNull();
  });

  for (const fault of ['http404', 'http500', 'timeout', 'login'] as Fault[]) {
    it(`a front page that cannot be read (${fault}) adds nothing and no error: the chapter alone`, async () => {
      const web = new FakeWeb();
      web.fault(WEIR, fault);
      const s = await stitchStory(start(web, WEIR_PARTS[1]), opts(web));
      expect(partKeys(s)).toEqual(keys([WEIR_PARTS[1]]));
      expect([...s.errors.values()]).toEqual([]);
      expect(frontFetches(web)).toEqual([WEIR]);
    });
  }

  it('an answer that ended on another page (another journal’s front page, an entry) is not read', async () => {
    for (const ended of ['https://stranger.dreamwidth.org/', `${WEIR}3301.html`]) {
      const web = new FakeWeb();
      const fetchPage: StitchOptions['fetchPage'] = async (url, signal) => {
        const res = await web.fetchPage(url, signal);
        return url === WEIR && res.ok ? { ...res, url: ended } : res;
      };
      const s = await stitchStory(start(web, WEIR_PARTS[0]), { fetchPage, parse });
      expect(partKeys(s), ended).toEqual(keys([WEIR_PARTS[0]]));
      expect(s.masterpost, ended).toBeNull();
    }
  });

  it('a chapter linking its front page with no words for an index reads nothing; a Wayback copy never reads the live front page', async () => {
    const web = new FakeWeb();
    web.add(
      WEIR_PARTS[0],
      web.htmlFor(WEIR_PARTS[0])!.replace('(All the chapters are listed in the ', '(Come and say hello in the ').replace('sticky post at the top of my journal', 'comments of my journal'),
    );
    const s = await stitchStory(start(web, WEIR_PARTS[0]), opts(web));
    expect(partKeys(s)).toEqual(keys([WEIR_PARTS[0]]));
    expect(frontFetches(web)).toEqual([]);
    const wb = `https://web.archive.org/web/2014/${WEIR_PARTS[0]}`;
    const copy = new FakeWeb();
    copy.add(wb, copy.htmlFor(WEIR_PARTS[0])!);
    const w = await stitchStory(start(copy, wb), opts(copy));
    expect(frontFetches(copy)).toEqual([]);
    expect(w.order.length).toBe(1);
  });
});
