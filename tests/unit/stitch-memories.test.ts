/**
 * A writer's memories keyword page as the only link between a story's parts ("both parts are in my memories, under
 * fenlight"): which links name it (utils/extract/part-links.ts `memoriesIndexLink`), the URL rule and the fetch policy for
 * it (utils/fetch-url.ts `memoriesPageUrlOf`, FetchPolicy.allowsMemoriesPage, the background's sessions), which memories are
 * the story's parts (utils/stitch/posts.ts `partNumberOfMemory`), and the stitcher reading the page once, keeping this
 * story's memories and ordering them by their markers, over the fixture set "memories pages" (tests/fixtures/src/memories.py).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { memoriesIndexLink } from '../../utils/extract/part-links';
import type { StoryPost } from '../../utils/extract/types';
import { FetchPolicy } from '../../utils/fetch-policy';
import { isMemoriesPageUrl, memoriesJournalOf, memoriesPageUrlOf } from '../../utils/fetch-url';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import { failureMessage, retryPart, type StitchOptions, type StitchState, stitchStory } from '../../utils/stitch';
import { memoriesOnPage } from '../../utils/stitch/links';
import { partNumberOfMemory } from '../../utils/stitch/posts';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, type Fault, parse, synthPost } from '../support/fake-web';

const keys = (urls: string[]) => urls.map(canonicalEntryKey);
const partKeys = (s: StitchState) => s.order.filter((k) => s.parts.has(k));
const opts = (web: FakeWeb, extra: Partial<StitchOptions> = {}): StitchOptions => ({ fetchPage: web.fetchPage, parse, ...extra });

// The fixture stories (tests/fixtures/src/memories.py) and the memories pages as the rule builds them.
const TOLL = 'http://www.livejournal.com/users/tollgate_tam/';
const TOLL_PARTS = [`${TOLL}3304.html`, `${TOLL}3519.html`, `${TOLL}3802.html`];
const TOLL_MEM = 'https://www.livejournal.com/memories.bml?user=tollgate_tam&keyword=tollhouse';
const HERON_PARTS = ['http://saltmarsh-wren.livejournal.com/7720.html', 'http://saltmarsh-wren.livejournal.com/7935.html'];
const HERON_MEM = 'https://www.livejournal.com/tools/memories.bml?user=saltmarsh_wren&keyword=heron+weather&filter=all';
const CINDER = 'https://cinder-quince.dreamwidth.org/';
const CINDER_PARTS = [`${CINDER}2871.html`, `${CINDER}3102.html`, `${CINDER}3390.html`];
const CINDER_MEM = 'https://www.dreamwidth.org/tools/memories?user=cinder_quince&keyword=the+cinder+orchard';
const BRACKEN_PARTS = ['http://bracken-ford.insanejournal.com/1188.html', 'http://bracken-ford.insanejournal.com/1342.html'];
const BRACKEN_MEM = 'https://www.insanejournal.com/tools/memories.bml?user=bracken_ford&keyword=fic%3A+brackenford';

describe('the URL rule for a memories keyword page', () => {
  it('rebuilds it over https on the site’s www host, with user and keyword (and LiveJournal’s filter=all) only', () => {
    for (const [link, want] of [
      ['http://www.livejournal.com/memories.bml?user=tollgate_tam&keyword=tollhouse', TOLL_MEM],
      ['http://www.livejournal.com/tools/memories.bml?user=saltmarsh_wren&keyword=heron+weather&filter=all', HERON_MEM],
      ['http://www.livejournal.com/tools/memories.bml?user=saltmarsh_wren&keyword=heron%20weather&filter=all', HERON_MEM],
      ['http://livejournal.com/tools/memories.bml?filter=all&keyword=heron+weather&user=Saltmarsh-Wren', HERON_MEM],
      [CINDER_MEM, CINDER_MEM],
      ['https://www.dreamwidth.org/tools/memories.bml?user=cinder_quince&keyword=the+cinder+orchard', 'https://www.dreamwidth.org/tools/memories.bml?user=cinder_quince&keyword=the+cinder+orchard'],
      ['http://www.insanejournal.com/tools/memories.bml?user=bracken_ford&keyword=fic:+brackenford', BRACKEN_MEM],
      ['https://www.journalfen.net/tools/memories.bml?user=x&keyword=%C3%A9t%C3%A9', 'https://www.journalfen.net/tools/memories.bml?user=x&keyword=%C3%A9t%C3%A9'],
      // The rest of a link's query, a port, a fragment: never sent.
      [`${CINDER_MEM}&authas=someone_else&multidelete=1`, CINDER_MEM],
      [`${CINDER_MEM}&mode=delete&sortby=des`, CINDER_MEM],
      ['https://www.dreamwidth.org:8443/tools/memories?user=cinder_quince&keyword=the+cinder+orchard#top', CINDER_MEM],
      // filter=all only: another filter is dropped (the tool's default is all).
      [
        'http://www.livejournal.com/tools/memories.bml?user=saltmarsh_wren&keyword=heron+weather&filter=own',
        'https://www.livejournal.com/tools/memories.bml?user=saltmarsh_wren&keyword=heron+weather',
      ],
    ]) {
      expect(memoriesPageUrlOf(link), link).toBe(want);
    }
    expect(isMemoriesPageUrl(CINDER_MEM)).toBe(true);
    expect(isMemoriesPageUrl(`${CINDER_MEM}&authas=x`)).toBe(false);
    expect(isMemoriesPageUrl(CINDER_MEM.replace('https:', 'http:'))).toBe(false);
    expect(memoriesJournalOf(`${CINDER_MEM}&x=1`)).toBe('dreamwidth.org/cinder_quince');
    expect(memoriesJournalOf('http://www.livejournal.com/memories.bml?user=Tollgate-Tam&keyword=tollhouse')).toBe('livejournal.com/tollgate_tam');
  });

  it('is none without a user or a keyword, with two of either, with a keyword of more than plain words, off the journal sites’ own hosts, with credentials, on Wayback', () => {
    for (const url of [
      'https://www.livejournal.com/tools/memories.bml?user=tollgate_tam',
      'https://www.livejournal.com/tools/memories.bml?keyword=tollhouse',
      'https://www.livejournal.com/tools/memories.bml?user=a&user=b&keyword=tollhouse',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=x&keyword=y',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=*',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=%26authas%3Db',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=x%26mode%3Ddelete',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=x%2526y',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=a%2Fb',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=a%2Cb',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=a%0Ab',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=%3Cscript%3E',
      `https://www.livejournal.com/tools/memories.bml?user=a&keyword=${'x'.repeat(81)}`,
      'https://www.livejournal.com/tools/memories.bml?user=a%2Fb&keyword=x',
      'https://www.livejournal.com/tools/memories.bml?user=../../x&keyword=x',
      `https://www.livejournal.com/tools/memories.bml?user=${'a'.repeat(26)}&keyword=x`,
      'https://www.livejournal.com/tools/memadd.bml?user=a&keyword=x',
      'https://www.livejournal.com/users/a/memories.bml?user=a&keyword=x',
      'https://www.livejournal.com/tools/memories.bml/x?user=a&keyword=x',
      'https://tollgate-tam.livejournal.com/tools/memories.bml?user=a&keyword=x',
      'https://m.livejournal.com/tools/memories.bml?user=a&keyword=x',
      'https://www.livejournal.com.example.com/tools/memories.bml?user=a&keyword=x',
      'https://example.com/tools/memories.bml?user=a&keyword=x',
      'https://user:pw@www.livejournal.com/tools/memories.bml?user=a&keyword=x',
      'ftp://www.livejournal.com/tools/memories.bml?user=a&keyword=x',
      'javascript:alert(1)//www.livejournal.com/tools/memories.bml?user=a&keyword=x',
      'https://web.archive.org/web/2009/http://www.livejournal.com/tools/memories.bml?user=a&keyword=x',
    ]) {
      expect(memoriesPageUrlOf(url), url).toBeNull();
    }
  });
});

describe('the fetch policy and the background for a memories page', () => {
  const P = 'https://cinder-quince.dreamwidth.org/2871.html';

  it('admits the memories of the journal the story was opened in or of the chosen post, and learns nothing from them', () => {
    const p = FetchPolicy.forStory(P, P, ['https://lanternmaker.dreamwidth.org/5.html']);
    expect(p.allowsMemoriesPage(CINDER_MEM)).toBe(true);
    expect(p.allowsMemoriesPage(`${CINDER_MEM}&authas=cinder_quince`)).toBe(false);
    expect(p.allowsMemoriesPage(CINDER_MEM.replace('https:', 'http:'))).toBe(false);
    // A journal the post links to is admitted for entries, not for its memories; a stranger's never.
    expect(p.allowsMemoriesPage('https://www.dreamwidth.org/tools/memories?user=lanternmaker&keyword=fic')).toBe(false);
    expect(p.allowsMemoriesPage('https://www.dreamwidth.org/tools/memories?user=stranger&keyword=fic')).toBe(false);
    // Another site's memories of a journal of the same name: not this story's.
    expect(p.allowsMemoriesPage('https://www.livejournal.com/tools/memories.bml?user=cinder_quince&keyword=fic')).toBe(false);
    // Opened on a reading page, the post chosen there: its journal's memories.
    const friends = FetchPolicy.forStory('https://reader.dreamwidth.org/read', P, []);
    expect(friends.allowsMemoriesPage(CINDER_MEM)).toBe(true);
    // A memories page never widens the policy, though it names the home journal.
    expect(p.widensFrom(CINDER_MEM)).toBe(false);
    expect(p.learn(CINDER_MEM, ['https://third.dreamwidth.org/1.html'])).toEqual([]);
    expect(p.allows('https://third.dreamwidth.org/1.html')).toBe(false);
    // Never on Wayback.
    const wb = FetchPolicy.forStory(`https://web.archive.org/web/2021/${P}`, P, []);
    expect(wb.allowsMemoriesPage(CINDER_MEM)).toBe(false);
    // An entry is not a memories page, nor the other way round.
    expect(p.allowsMemoriesPage(P)).toBe(false);
    expect(p.allows(CINDER_MEM)).toBe(false);
  });

  it('the background fetches only the story journal’s memories page as the rule builds it, and learns no journal from its answer', async () => {
    const tab: SenderInfo = { tab: { id: 3, url: P }, frameId: 0, url: P };
    const s = createReaderSessions();
    await s.open(tab, { postUrl: P, links: [], loadedUrl: P });
    expect((await s.check(tab, CINDER_MEM)).ok).toBe(true);
    const hostile = [
      `${CINDER_MEM}&authas=cinder_quince`,
      `${CINDER_MEM}&multidelete=1`,
      `${CINDER_MEM}&mode=delete`,
      CINDER_MEM.replace('https:', 'http:'),
      CINDER_MEM.replace('www.dreamwidth.org', 'www.dreamwidth.org:444'),
      CINDER_MEM.replace('https://', 'https://u:p@'),
      `${CINDER_MEM}#x`,
      CINDER_MEM.replace('the+cinder+orchard', 'the%20cinder%20orchard'),
      CINDER_MEM.replace('www.dreamwidth.org', 'dreamwidth.org'),
      CINDER_MEM.replace('www.dreamwidth.org', 'cinder-quince.dreamwidth.org'),
      'https://www.dreamwidth.org/tools/memories?user=stranger&keyword=the+cinder+orchard',
      `https://web.archive.org/web/2021/${CINDER_MEM}`,
    ];
    for (const url of hostile) expect((await s.check(tab, url)).ok, url).toBe(false);
    expect(await s.admitted(tab, [CINDER_MEM, ...hostile])).toEqual([CINDER_MEM]);
    const html = '<ul class="memory-list"><li><a href="https://third.dreamwidth.org/1.html"><strong>anyone’s entry</strong></a></li></ul>';
    await s.answered(tab, CINDER_MEM, { ok: true, url: CINDER_MEM, status: 200, html });
    // Ended on the journal's own page instead: still a memories page's answer, still nothing learned.
    await s.answered(tab, CINDER_MEM, { ok: true, url: CINDER, status: 200, html });
    expect((await s.check(tab, 'https://third.dreamwidth.org/1.html')).ok).toBe(false);
  });
});

/** One line as `chapterLinks` reads it, from HTML. */
function line(html: string, pageUrl: string) {
  const el = parse(`<p>${html}</p>`, pageUrl).querySelector('p')!;
  return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), links: Array.from(el.querySelectorAll('a')).map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })) };
}

describe('a link to the writer’s memories, where the story’s parts are', () => {
  const post = CINDER_PARTS[1];
  const mem = CINDER_MEM.replace(/&/g, '&amp;');
  /** The memories page the line's link leads to, as the rule builds it. */
  const indexOf = (html: string) => {
    const link = memoriesIndexLink([line(html, post)], post, post);
    return link ? memoriesPageUrlOf(link.url) : null;
  };

  it('is one when the line’s words name the story’s parts, all or the others, or its index', () => {
    for (const html of [
      `Both parts are in my memories, under <a href="${mem}">the cinder orchard</a>.`,
      `both parts are <a href="${mem}">in my memories</a>`,
      `<a href="${mem}">Both parts are in my memories</a>`,
      `The other chapters are in my memories, under <a href="${mem}">the cinder orchard</a>.`,
      `Later chapters go in my memories, under <a href="${mem}">the cinder orchard</a>.`,
      `The rest of it is in my <a href="${mem}">memories</a>.`,
      `All parts: <a href="${mem}">in my memories</a>`,
      `Every chapter: <a href="${mem}">memories</a>`,
      `Masterpost: <a href="${mem}">my memories</a>`,
      `Index: <a href="${mem}">here</a>`,
      `in my <a href="${mem}">memories</a>, all three chapters`,
      `« Part 1 | the other parts are in my <a href="${mem.replace('https://www.', 'http://')}">memories</a>`,
    ]) {
      expect(indexOf(html), html).toBe(CINDER_MEM);
    }
  });

  it('is none in the writer’s lists, for another journal, without words for the parts, for two keywords, or in prose', () => {
    for (const html of [
      `All my fic is in my <a href="${mem}">memories</a> (master list).`,
      `Recs for the other chapters: <a href="${mem}">memories</a>`,
      `The fanart for every chapter is in my <a href="${mem}">memories</a>.`,
      `Memories: <a href="${mem}">the cinder orchard</a>`,
      `<a href="${mem}">the cinder orchard</a>`,
      `Both parts are in her memories, under <a href="https://www.dreamwidth.org/tools/memories?user=stranger&amp;keyword=the+cinder+orchard">the cinder orchard</a>.`,
      `Both parts are in my <a href="https://www.dreamwidth.org/tools/memories?user=cinder_quince">memories</a>.`,
      `Both parts are in my memories: <a href="${mem}">one</a> and <a href="https://www.dreamwidth.org/tools/memories?user=cinder_quince&amp;keyword=orchard">two</a>`,
      `Both parts are <a href="${CINDER_PARTS[0]}">here</a>.`,
      `${'The trees rang like tin in the wind off the hill, and nobody in Lowe would eat their fruit. '.repeat(2)}The other parts are in my <a href="${mem}">memories</a>.`,
    ]) {
      expect(indexOf(html), html).toBeNull();
    }
  });
});

describe('a memory on the page is a part of the story', () => {
  const chapter = {
    url: CINDER_PARTS[1],
    author: 'cinder_quince',
    journal: 'cinder_quince',
    subject: 'The Cinder Orchard, chapter 2/3',
    fields: { title: 'The Cinder Orchard' },
    rawFields: [],
    headerNotes: [],
    rating: null,
    part: { index: 2, total: 3 },
    complete: true,
    bodyText: 'x',
    bodyHtml: 'x',
    partLinks: [],
  } satisfies StoryPost;

  it('with a part marker, the chapter’s title and no other total, and nothing naming it the story’s art, podfic or a rec', () => {
    expect(partNumberOfMemory(chapter, 'The Cinder Orchard, chapter 1/3')).toBe(1);
    expect(partNumberOfMemory(chapter, '[fic] The Cinder Orchard (3/3)')).toBe(3);
    expect(partNumberOfMemory(chapter, 'The Cinder Orchard, part 4')).toBe(4);
    expect(partNumberOfMemory(chapter, 'The Cinder Orchard')).toBeNull();
    expect(partNumberOfMemory(chapter, 'The Cinder Orchard, chapter 1/5')).toBeNull();
    expect(partNumberOfMemory(chapter, 'The Glass Wharf (1/3)')).toBeNull();
    expect(partNumberOfMemory(chapter, 'podfic: The Cinder Orchard, chapter 1/3')).toBeNull();
    expect(partNumberOfMemory(chapter, 'fanart: The Cinder Orchard, chapter 2/3')).toBeNull();
    expect(partNumberOfMemory(chapter, 'rec: The Cinder Orchard (1/3)')).toBeNull();
    expect(partNumberOfMemory({ ...chapter, part: { index: 2, total: null } }, 'The Cinder Orchard, chapter 7/9')).toBe(7);
  });

  it('the memories of each fixture page, as the page lists them (entry links of its list items)', () => {
    const web = new FakeWeb();
    const listed = (url: string) => memoriesOnPage(parse(web.htmlFor(url)!, url), url).map((l) => l.label);
    expect(listed(TOLL_MEM)).toEqual([
      'The Tollhouse Ledger (1/3)',
      'fanart for The Tollhouse Ledger (2/3)!',
      'The Tollhouse Ledger (2/3)',
      'rec: the tollhouse ghost story everyone should read',
      'The Tollhouse Ledger (3/3)',
    ]);
    expect(listed(CINDER_MEM)).toHaveLength(5);
    expect(listed(HERON_MEM)).toHaveLength(3);
    expect(listed(BRACKEN_MEM)).toEqual(['fic: Brackenford (2/2)', 'fic: Brackenford (1/2)', 'fic: The Weir Keeper (1/2)']);
    // The tool's own links (sort form, "<< Back", the site's menus) are none.
    expect(memoriesOnPage(parse(web.htmlFor(CINDER_MEM)!, CINDER_MEM), CINDER_MEM).every((l) => l.url.startsWith(CINDER) || l.url.startsWith('https://tinplate-tree.'))).toBe(true);
  });
});

/** The clicked post, extracted from its own saved page. */
function start(web: FakeWeb, url: string) {
  const doc = parse(web.htmlFor(url)!, url);
  const post = extractPage(doc, url).stories[0];
  return { url, post, doc };
}
const memoriesFetches = (web: FakeWeb) => web.fetched().filter((u) => u.includes('memories'));

describe('the stitcher reads the memories page once and keeps this story’s memories, by their markers', () => {
  for (const [name, parts, mem] of [
    ['LiveJournal 2004, the old /memories.bml', TOLL_PARTS, TOLL_MEM],
    ['LiveJournal 2009, /tools/memories.bml with filter=all', HERON_PARTS, HERON_MEM],
    ['Dreamwidth 2021, /tools/memories, remembered out of order', CINDER_PARTS, CINDER_MEM],
    ['InsaneJournal 2011, a keyword with a colon', BRACKEN_PARTS, BRACKEN_MEM],
  ] as const) {
    it(`${name}: from every part, the parts in order, the memories page fetched once as the rule builds it`, async () => {
      for (const url of parts) {
        const web = new FakeWeb();
        const s = await stitchStory(start(web, url), opts(web));
        expect(partKeys(s), url).toEqual(keys([...parts]));
        expect([...s.errors.values()], url).toEqual([]);
        expect(memoriesFetches(web), url).toEqual([mem]);
        // Only the story's parts were fetched: not the fanart, the podfic, the rec or another story on the page.
        expect(new Set(web.fetchedKeys().filter((k) => !k.includes('memories'))), url).toEqual(new Set(keys([...parts]).filter((k) => k !== canonicalEntryKey(url))));
      }
    });
  }

  it('a memory of this story on a journal the policy does not admit is shown with its link, never fetched; the page admits no journal', async () => {
    const web = new FakeWeb();
    const elsewhere = 'https://hollow-comm.dreamwidth.org/77.html';
    const page = web.htmlFor(CINDER_MEM)!.replace(`${CINDER}3390.html`, elsewhere);
    web.add(CINDER_MEM, page);
    const s = await stitchStory(start(web, CINDER_PARTS[0]), opts(web));
    expect(partKeys(s)).toEqual(keys(CINDER_PARTS.slice(0, 2)));
    expect(s.errors.get(canonicalEntryKey(elsewhere))?.reason).toBe('not-allowed');
    expect(web.fetched()).not.toContain(elsewhere);
  });

  it('a chapter with the link but no words for its parts does not fetch the memories page', async () => {
    const web = new FakeWeb();
    const url = 'https://cinder-quince.dreamwidth.org/4001.html';
    web.add(url, synthPost({ url, title: 'The Cinder Orchard', part: { index: 2, total: 3 }, nav: [['the cinder orchard', CINDER_MEM.replace(/&/g, '&amp;')]] }));
    const s = await stitchStory(start(web, url), opts(web));
    expect(partKeys(s)).toEqual(keys([url]));
    expect(memoriesFetches(web)).toEqual([]);
  });
});

const memKey = (url: string) => url.slice('https://'.length);

describe('a memories page that cannot be read tells the reader, as a failed masterpost does, and is retried as one', () => {
  for (const [fault, reason] of [
    ['http404', 'not-found'],
    ['http500', 'server-error'],
    ['login', 'login'],
    ['adult-gate', 'adult-gate'],
    ['timeout', 'timeout'],
  ] as [Fault, string][]) {
    it(`${fault}: the chapter, then the memories page’s place with “${reason}”`, async () => {
      const web = new FakeWeb();
      web.fault(HERON_MEM, fault);
      const s = await stitchStory(start(web, HERON_PARTS[1]), opts(web));
      expect(partKeys(s)).toEqual(keys([HERON_PARTS[1]]));
      expect(s.order).toEqual([...keys([HERON_PARTS[1]]), memKey(HERON_MEM)]);
      const err = s.errors.get(memKey(HERON_MEM))!;
      expect(err.reason).toBe(reason);
      expect(err.url).toBe(HERON_MEM);
      expect(err.message.startsWith('The writer’s memories page, which lists the story’s parts, could not be read. ')).toBe(true);
      expect(err.message).toContain(failureMessage(err.reason as Parameters<typeof failureMessage>[0]));
      expect(memoriesFetches(web)).toHaveLength(1);
    });
  }

  it('an answer that is not that writer’s memories page, or a page with no memories, adds nothing and says so', async () => {
    const web = new FakeWeb();
    const fetchPage: StitchOptions['fetchPage'] = async (url, signal) => {
      const res = await web.fetchPage(url, signal);
      return url.includes('memories') && res.ok ? { ...res, url: 'https://www.livejournal.com/tools/memories.bml?user=saltmarsh_wren' } : res;
    };
    const s = await stitchStory(start(web, HERON_PARTS[0]), { fetchPage, parse });
    expect(partKeys(s)).toEqual(keys([HERON_PARTS[0]]));
    expect(s.errors.get(memKey(HERON_MEM))?.message).toMatch(/The site showed another page instead\.$/);
    const empty = new FakeWeb();
    empty.add(HERON_MEM, '<html><body><h1>No memories found.</h1></body></html>');
    const e = await stitchStory(start(empty, HERON_PARTS[0]), opts(empty));
    expect(e.errors.get(memKey(HERON_MEM))?.reason).toBe('not-story');
    expect(e.errors.get(memKey(HERON_MEM))?.message).toContain('No entries were found on it.');
  });

  it('Retry reads the memories page again and finds the parts; a restored copy retries it from its saved state too', async () => {
    const web = new FakeWeb();
    web.fault(HERON_MEM, 'http500');
    const failed = await stitchStory(start(web, HERON_PARTS[1]), opts(web));
    web.fault(HERON_MEM, null);
    const again = await retryPart(failed, memKey(HERON_MEM), opts(web));
    expect(partKeys(again)).toEqual(keys(HERON_PARTS));
    expect([...again.errors.values()]).toEqual([]);
    const plain: StitchState = { order: [...failed.order], parts: new Map(failed.parts), errors: new Map(failed.errors), masterpost: null, done: true };
    const restored = await retryPart(plain, memKey(HERON_MEM), opts(web));
    expect(partKeys(restored)).toEqual(keys(HERON_PARTS));
    expect(memoriesFetches(web)).toHaveLength(3);
  });
});
