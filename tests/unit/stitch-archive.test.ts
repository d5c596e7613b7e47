/**
 * A journal's day or month archive as the only link between a story's parts ("both halves went up today: see July 3rd",
 * "all the chapters: my April archive"): the URL rule and the fetch policy for it (utils/fetch-url.ts `archivePageUrlOf`,
 * FetchPolicy.allowsArchivePage, the background's sessions), which links name it (utils/extract/part-links.ts
 * `archiveIndexLink`), the line left out of the reader's text, and the stitcher reading the archive once and keeping this
 * story's entries (a day page's entries in full, a month page's subjects), over the fixture set "date archive pages"
 * (tests/fixtures/src/archive.py).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { archiveIndexLink } from '../../utils/extract/part-links';
import { FetchPolicy } from '../../utils/fetch-policy';
import { archivePageUrlOf, isArchivePageUrl, isDayArchiveUrl } from '../../utils/fetch-url';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import { failureMessage, retryPart, type StitchOptions, stitchStory } from '../../utils/stitch';
import { monthArchiveEntries } from '../../utils/stitch/links';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, type Fault, parse, synthPost } from '../support/fake-web';

const keys = (urls: readonly string[]) => urls.map(canonicalEntryKey);
const partKeys = (s: { order: string[]; parts: Map<string, unknown> }) => s.order.filter((k) => s.parts.has(k));
const opts = (web: FakeWeb, extra: Partial<StitchOptions> = {}): StitchOptions => ({ fetchPage: web.fetchPage, parse, ...extra });

// The fixture stories (tests/fixtures/src/archive.py) and their archives as the rule builds them.
const STAITHE_PARTS = ['http://wick-wherry.livejournal.com/40512.html', 'http://wick-wherry.livejournal.com/40788.html'];
const STAITHE_DAY = 'https://wick-wherry.livejournal.com/2010/07/03/';
const BREAD = 'http://www.deadjournal.com/users/gorse_lamp/';
const BREAD_PARTS = [`${BREAD}2210.html`, `${BREAD}2433.html`, `${BREAD}2519.html`];
const BREAD_DAY = 'https://www.deadjournal.com/users/gorse_lamp/2006/03/03/';
const DROVE = 'http://www.journalfen.net/users/reed_warbler/';
const DROVE_PARTS = [`${DROVE}5521.html`, `${DROVE}5689.html`, `${DROVE}5902.html`];
const DROVE_MONTH = 'https://www.journalfen.net/users/reed_warbler/2009/04/';
const LOCK_PARTS = ['https://tansy-reed.dreamwidth.org/7731.html', 'https://tansy-reed.dreamwidth.org/7986.html'];
const LOCK_DAY = 'https://tansy-reed.dreamwidth.org/2013/08/17/';
const LAST_BUS = 'http://kettle-hole.livejournal.com/18840.html';

describe('the URL rule for a day or month archive', () => {
  it('rebuilds it over https in the journal’s own address shape from its numbers, without query or fragment', () => {
    for (const [link, want] of [
      ['http://wick-wherry.livejournal.com/2010/07/03/', STAITHE_DAY],
      ['http://wick-wherry.livejournal.com/2010/07/03', STAITHE_DAY],
      ['https://wick_wherry.livejournal.com/2010/07/03/?mode=reply&skip=20#top', STAITHE_DAY],
      ['http://www.deadjournal.com/users/gorse_lamp/2006/03/03/', BREAD_DAY],
      ['http://www.journalfen.net/users/Reed-Warbler/2009/04', DROVE_MONTH],
      ['https://tansy-reed.dreamwidth.org/2013/08/17/?style=site', LOCK_DAY],
      ['http://community.livejournal.com/salt_fic/2008/11/', 'https://community.livejournal.com/salt_fic/2008/11/'],
      ['http://www.livejournal.com/community/salt_fic/2004/02/29/', 'https://www.livejournal.com/community/salt_fic/2004/02/29/'],
      ['http://www.insanejournal.com/~hedge_quill/2011/01/', 'https://www.insanejournal.com/~hedge_quill/2011/01/'],
      ['https://tansy-reed.dreamwidth.org:8443/2013/08/17/', LOCK_DAY],
    ]) {
      expect(archivePageUrlOf(link), link).toBe(want);
    }
    expect(isArchivePageUrl(STAITHE_DAY)).toBe(true);
    expect(isArchivePageUrl(STAITHE_DAY.replace('https:', 'http:'))).toBe(false);
    expect(isArchivePageUrl(`${STAITHE_DAY}?mode=reply`)).toBe(false);
    expect(isDayArchiveUrl(STAITHE_DAY)).toBe(true);
    expect(isDayArchiveUrl(DROVE_MONTH)).toBe(false);
  });

  it('is none for dates that never were, off the journal’s own address, with credentials, on Wayback, or off the journal sites', () => {
    const next = new Date().getUTCFullYear() + 1;
    for (const url of [
      'https://wick-wherry.livejournal.com/2010/13/',
      'https://wick-wherry.livejournal.com/2010/00/',
      'https://wick-wherry.livejournal.com/2010/02/30/',
      'https://wick-wherry.livejournal.com/2010/06/00/',
      'https://wick-wherry.livejournal.com/2010/06/32/',
      'https://wick-wherry.livejournal.com/1998/06/12/',
      `https://wick-wherry.livejournal.com/${next}/01/01/`,
      'https://wick-wherry.livejournal.com/99999/06/12/',
      'https://wick-wherry.livejournal.com/2010/6/12/',
      'https://wick-wherry.livejournal.com/2010/',
      'https://wick-wherry.livejournal.com/2010/07/03/extra/',
      'https://wick-wherry.livejournal.com/tag/2010/07/',
      'https://wick-wherry.livejournal.com/2010%2F06%2F12/',
      'https://wick-wherry.livejournal.com/2010/07/03/../../../tools/memadd.bml',
      'https://www.deadjournal.com/users/gorse_lamp/x/2006/03/03/',
      'https://www.livejournal.com/2010/07/03/',
      'https://m.livejournal.com/2010/07/03/',
      'https://wick-wherry.livejournal.com/40512.html',
      'https://user:pw@wick-wherry.livejournal.com/2010/07/03/',
      'ftp://wick-wherry.livejournal.com/2010/07/03/',
      'javascript:alert(1)//wick-wherry.livejournal.com/2010/07/03/',
      'https://wick-wherry.livejournal.com.example.com/2010/07/03/',
      'https://example.com/users/gorse_lamp/2006/03/03/',
      'https://web.archive.org/web/2010/http://wick-wherry.livejournal.com/2010/07/03/',
    ]) {
      expect(archivePageUrlOf(url), url).toBeNull();
    }
  });
});

describe('the fetch policy and the background for an archive page', () => {
  const P = LOCK_PARTS[0];

  it('admits the archive of the journal the story was opened in or of the chosen post, and learns nothing from it', () => {
    const p = FetchPolicy.forStory(P, P, ['https://lanternmaker.dreamwidth.org/5.html']);
    expect(p.allowsArchivePage(LOCK_DAY)).toBe(true);
    expect(p.allowsArchivePage('https://tansy-reed.dreamwidth.org/2013/08/')).toBe(true);
    expect(p.allowsArchivePage(`${LOCK_DAY}?mode=reply`)).toBe(false);
    expect(p.allowsArchivePage(LOCK_DAY.replace('https:', 'http:'))).toBe(false);
    // A journal the post links to is admitted for entries, not for its archive; a stranger's never.
    expect(p.allowsArchivePage('https://lanternmaker.dreamwidth.org/2013/08/17/')).toBe(false);
    expect(p.allowsArchivePage('https://stranger.dreamwidth.org/2013/08/17/')).toBe(false);
    // Another site's journal of the same name: not this story's.
    expect(p.allowsArchivePage('https://tansy-reed.livejournal.com/2013/08/17/')).toBe(false);
    const friends = FetchPolicy.forStory('https://reader.dreamwidth.org/read', P, []);
    expect(friends.allowsArchivePage(LOCK_DAY)).toBe(true);
    expect(p.widensFrom(LOCK_DAY)).toBe(false);
    expect(p.learn(LOCK_DAY, ['https://third.dreamwidth.org/1.html'])).toEqual([]);
    const wb = FetchPolicy.forStory(`https://web.archive.org/web/2013/${P}`, P, []);
    expect(wb.allowsArchivePage(LOCK_DAY)).toBe(false);
    expect(p.allowsArchivePage(P)).toBe(false);
    expect(p.allows(LOCK_DAY)).toBe(false);
  });

  it('the background fetches only the story journal’s archive as the rule builds it, and learns no journal from its answer', async () => {
    const tab: SenderInfo = { tab: { id: 4, url: P }, frameId: 0, url: P };
    const s = createReaderSessions();
    await s.open(tab, { postUrl: P, links: [], loadedUrl: P });
    expect((await s.check(tab, LOCK_DAY)).ok).toBe(true);
    const hostile = [
      `${LOCK_DAY}?mode=reply`,
      `${LOCK_DAY}?skip=20`,
      `${LOCK_DAY}#x`,
      LOCK_DAY.replace('https:', 'http:'),
      LOCK_DAY.replace('dreamwidth.org', 'dreamwidth.org:444'),
      LOCK_DAY.replace('https://', 'https://u:p@'),
      LOCK_DAY.replace('/2013/08/17/', '/2013/8/17/'),
      LOCK_DAY.replace('/2013/08/17/', '/2013/08/17'),
      LOCK_DAY.replace('/2013/08/17/', '/2013/02/30/'),
      LOCK_DAY.replace('/2013/08/17/', '/2013%2F08%2F17/'),
      'https://stranger.dreamwidth.org/2013/08/17/',
      `https://web.archive.org/web/2013/${LOCK_DAY}`,
    ];
    for (const url of hostile) expect((await s.check(tab, url)).ok, url).toBe(false);
    expect(await s.admitted(tab, [LOCK_DAY, ...hostile])).toEqual([LOCK_DAY]);
    const html = '<div class="entry"><a href="https://third.dreamwidth.org/1.html">anyone’s entry</a></div>';
    await s.answered(tab, LOCK_DAY, { ok: true, url: LOCK_DAY, status: 200, html });
    await s.answered(tab, LOCK_DAY, { ok: true, url: 'https://tansy-reed.dreamwidth.org/', status: 200, html });
    expect((await s.check(tab, 'https://third.dreamwidth.org/1.html')).ok).toBe(false);
  });
});

/** One line as `chapterLinks` reads it, from HTML. */
function line(html: string, pageUrl: string) {
  const el = parse(`<p>${html}</p>`, pageUrl).querySelector('p')!;
  return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), links: Array.from(el.querySelectorAll('a')).map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })) };
}

describe('a link to the journal’s archive, where the story’s parts are', () => {
  const post = STAITHE_PARTS[1];
  const day = 'http://wick-wherry.livejournal.com/2010/07/03/';
  const indexOf = (html: string) => {
    const link = archiveIndexLink([line(html, post)], post, post);
    return link ? archivePageUrlOf(link.url) : null;
  };

  it('is one when the line’s words name the story’s parts, all or the others, or its index', () => {
    for (const html of [
      `Both halves went up today: see <a href="${day}">July 3rd</a>.`,
      `All the chapters: <a href="${day}">my July archive</a>`,
      `the rest is in <a href="${day}">my archive for that day</a>`,
      `Both parts went up today, they’re on my <a href="${day}">July 3rd</a> page.`,
      `The other parts: <a href="/2010/07/03/">3 July</a>`,
      `Masterpost: <a href="${day}">that day’s entries</a>`,
    ]) {
      expect(indexOf(html), html).toBe(STAITHE_DAY);
    }
  });

  it('is none for the layout’s day navigation, a calendar, another journal, dates without words for the parts, a rec, or prose', () => {
    for (const html of [
      `<a href="http://wick-wherry.livejournal.com/2010/07/02/">&lt;&lt; Previous Day</a> | <a href="http://wick-wherry.livejournal.com/2010/07/04/">Next Day &gt;&gt;</a>`,
      `<a href="${day}">12</a> <a href="http://wick-wherry.livejournal.com/2010/07/04/">13</a> <a href="http://wick-wherry.livejournal.com/2010/07/05/">14</a>`,
      `@ <a href="http://wick-wherry.livejournal.com/2010/">2010</a>-<a href="http://wick-wherry.livejournal.com/2010/07/">07</a>-<a href="${day}">12</a> 14:05:00`,
      `Both halves went up today: see <a href="http://stranger.livejournal.com/2010/07/03/">July 3rd</a>.`,
      `What I wrote <a href="${day}">that Saturday</a> still stands.`,
      `Recs for the other chapters: <a href="${day}">July 3rd</a>`,
      `Both halves are <a href="${STAITHE_PARTS[0]}">here</a>.`,
      `${'The ferry ran on a rope older than the ferryman, and the far bank liked to know somebody was coming. '.repeat(2)}The rest is in <a href="${day}">my archive</a>.`,
    ]) {
      expect(indexOf(html), html).toBeNull();
    }
  });
});

describe('the line linking the archive is navigation, not the story’s text', () => {
  it('is left out of the body; a day linked in prose stays', () => {
    const url = 'https://tansy-reed.dreamwidth.org/9001.html';
    const html = synthPost({
      url,
      title: 'Weirwater',
      part: { index: 1, total: 2 },
      prose: [
        'The weir ran high all week and the miller’s boy counted the eels as they went over, one by one, into the dark pool.',
        'He wrote about it <a href="https://tansy-reed.dreamwidth.org/2013/08/16/">the day before</a>, in the mill book, in his careful round hand.',
        'Both parts went up today: see <a href="https://tansy-reed.dreamwidth.org/2013/08/17/">August 17th</a>.',
      ],
    });
    const story = extractPage(parse(html, url), url).stories[0];
    expect(story.bodyText).toContain('the day before');
    expect(story.bodyText).not.toContain('Both parts went up today');
  });
});

/** The clicked post, extracted from its own saved page. */
function start(web: FakeWeb, url: string) {
  const doc = parse(web.htmlFor(url)!, url);
  const post = extractPage(doc, url).stories[0];
  return { url, post, doc };
}
const archiveFetches = (web: FakeWeb) => web.fetched().filter((u) => archivePageUrlOf(u) !== null);

describe('the stitcher reads the archive once and keeps this story’s entries, by their markers', () => {
  for (const [name, parts, archive, others] of [
    [
      'LiveJournal 2010, Quite Lickable, a day page with another story on it',
      STAITHE_PARTS,
      STAITHE_DAY,
      ['http://wick-wherry.livejournal.com/40960.html', 'http://wick-wherry.livejournal.com/40233.html'],
    ],
    ['DeadJournal 2006, S1 on /users/NAME/, the S1 day view', BREAD_PARTS, BREAD_DAY, [`${BREAD}2107.html`]],
    ['JournalFen 2009, Understroke on /users/NAME/, a month page', DROVE_PARTS, DROVE_MONTH, [`${DROVE}5598.html`, `${DROVE}5610.html`]],
    ['Dreamwidth 2013, core2, a day page with another story on it', LOCK_PARTS, LOCK_DAY, ['https://tansy-reed.dreamwidth.org/8102.html']],
  ] as const) {
    it(`${name}: from every part, the parts in order, the archive fetched once as the rule builds it, nothing else of the day`, async () => {
      for (const url of parts) {
        const web = new FakeWeb();
        const s = await stitchStory(start(web, url), opts(web));
        expect(partKeys(s), url).toEqual(keys(parts));
        expect([...s.errors.values()], url).toEqual([]);
        expect(archiveFetches(web), url).toEqual([archive]);
        // Fetched by their permalinks: the story's other parts, never the other posts of that day or month.
        const fetched = new Set(web.fetchedKeys().filter((k) => !k.match(/\/\d{4}\/\d{2}/)));
        expect(fetched, url).toEqual(new Set(keys(parts).filter((k) => k !== canonicalEntryKey(url))));
        for (const other of others) expect(fetched.has(canonicalEntryKey(other)), other).toBe(false);
      }
    });
  }

  it('a month page’s entries are the journal’s own subject links, not its day links or the months form', () => {
    const web = new FakeWeb();
    const entries = monthArchiveEntries(parse(web.htmlFor(DROVE_MONTH)!, DROVE_MONTH), DROVE_MONTH);
    expect(entries.map((l) => l.label)).toEqual(['Fenny Drove, chapter 1 of 3', 'a poll: tea or coffee on the dyke', 'drabble: Lapwing', 'Fenny Drove, chapter 2 of 3', 'Fenny Drove, chapter 3 of 3']);
  });

  it('an entry page with only the layout’s date links (a calendar, S1’s “@ 2006-03-03”) reads no archive', async () => {
    const web = new FakeWeb();
    const s = await stitchStory(start(web, LAST_BUS), opts(web));
    expect(partKeys(s)).toEqual(keys([LAST_BUS]));
    expect(web.fetched()).toEqual([]);
    // The S1 entry page's date links are its layout's: the story's own line is what leads to the day.
    const bare = new FakeWeb();
    bare.add(BREAD_PARTS[0], bare.htmlFor(BREAD_PARTS[0])!.replace(/The rest is in my archive for that day: <a [^>]*>March 3rd<\/a>/, ''));
    const b = await stitchStory(start(bare, BREAD_PARTS[0]), opts(bare));
    expect(partKeys(b)).toEqual(keys([BREAD_PARTS[0]]));
    expect(archiveFetches(bare)).toEqual([]);
  });
});

describe('an archive that cannot be read tells the reader, as a failed masterpost does, and is retried as one', () => {
  const dayKey = canonicalEntryKey(STAITHE_DAY);
  for (const [fault, reason] of [
    ['http404', 'not-found'],
    ['http500', 'server-error'],
    ['timeout', 'timeout'],
  ] as [Fault, string][]) {
    it(`${fault}: the chapter, then the archive’s place with “${reason}”`, async () => {
      const web = new FakeWeb();
      web.fault(STAITHE_DAY, fault);
      const s = await stitchStory(start(web, STAITHE_PARTS[1]), opts(web));
      expect(partKeys(s)).toEqual(keys([STAITHE_PARTS[1]]));
      const err = s.errors.get(dayKey)!;
      expect(err.reason).toBe(reason);
      expect(err.url).toBe(STAITHE_DAY);
      expect(err.message.startsWith('The journal’s archive for the day or month the story was posted, which holds its parts, could not be read. ')).toBe(true);
      expect(err.message).toContain(failureMessage(err.reason as Parameters<typeof failureMessage>[0]));
      expect(archiveFetches(web)).toHaveLength(1);
    });
  }

  it('an answer that ended on another page (the journal’s front page, a month for a day) adds nothing and says so', async () => {
    for (const ended of ['https://wick-wherry.livejournal.com/', 'https://wick-wherry.livejournal.com/2010/07/']) {
      const web = new FakeWeb();
      const fetchPage: StitchOptions['fetchPage'] = async (url, signal) => {
        const res = await web.fetchPage(url, signal);
        return url === STAITHE_DAY && res.ok ? { ...res, url: ended } : res;
      };
      const s = await stitchStory(start(web, STAITHE_PARTS[0]), { fetchPage, parse });
      expect(partKeys(s), ended).toEqual(keys([STAITHE_PARTS[0]]));
      expect(s.errors.get(dayKey)?.message, ended).toMatch(/The site showed another page instead\.$/);
    }
  });

  it('Retry reads the archive again and finds the parts', async () => {
    const web = new FakeWeb();
    web.fault(STAITHE_DAY, 'http500');
    const failed = await stitchStory(start(web, STAITHE_PARTS[1]), opts(web));
    web.fault(STAITHE_DAY, null);
    const again = await retryPart(failed, dayKey, opts(web));
    expect(partKeys(again)).toEqual(keys(STAITHE_PARTS));
    expect([...again.errors.values()]).toEqual([]);
  });
});
