/**
 * A story's tag page as the only link between its parts ("Every chapter: <the salt road tag>"): which links
 * name it (utils/extract/part-links.ts `tagIndexLink`), the URL rule and the fetch policy for it
 * (utils/fetch-url.ts `tagPageUrlOf`, FetchPolicy.allowsTagPage, the background's sessions), and the stitcher
 * reading it once, keeping this story's entries and ordering them by their markers (utils/stitch), over the
 * tag-page stitch stories (tests/fixtures/stitch/stories/*-tag-*).
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { tagIndexLink } from '../../utils/extract/part-links';
import type { StoryPost } from '../../utils/extract/types';
import { FetchPolicy } from '../../utils/fetch-policy';
import { isTagPageUrl, tagPageUrlOf } from '../../utils/fetch-url';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import { failureMessage, loadParts, retryPart, type StitchOptions, type StitchState, stitchStory } from '../../utils/stitch';
import { sameStoryByTag } from '../../utils/stitch/posts';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, type Fault, parse } from '../support/fake-web';

const keys = (urls: string[]) => urls.map(canonicalEntryKey);
const partKeys = (s: StitchState) => s.order.filter((k) => s.parts.has(k));
const opts = (web: FakeWeb, extra: Partial<StitchOptions> = {}): StitchOptions => ({ fetchPage: web.fetchPage, parse, ...extra });

const ROPE = 'https://quayside-tales.dreamwidth.org';
const ROPE_TAG = `${ROPE}/tag/fic:+the+ropewalk`;
const ROPE_PARTS = [`${ROPE}/1204.html`, `${ROPE}/1377.html`, `${ROPE}/1512.html`];
const LAMP = 'http://quillwort-ink.livejournal.com';
const LAMP_PARTS = [`${LAMP}/30112.html`, `${LAMP}/30455.html`, `${LAMP}/30790.html`];
const BRAMBLE = 'http://hedgerow-quill.insanejournal.com';
const BRAMBLE_PARTS = [`${BRAMBLE}/4410.html`, `${BRAMBLE}/4533.html`, `${BRAMBLE}/4702.html`];
const SEAWALL = 'https://tidemark-ink.dreamwidth.org';

/** One line as `chapterLinks` reads it, from HTML. */
function line(html: string, pageUrl = `${ROPE}/1204.html`) {
  const el = parse(`<p>${html}</p>`, pageUrl).querySelector('p')!;
  return { text: (el.textContent ?? '').replace(/\s+/g, ' ').trim(), links: Array.from(el.querySelectorAll('a')).map((a) => ({ href: a.getAttribute('href') ?? '', text: a.textContent ?? '' })) };
}
const indexOf = (html: string) => tagIndexLink([line(html)], `${ROPE}/1204.html`, `${ROPE}/1204.html`)?.url ?? null;

describe('a link to the story’s tag page, named as its index', () => {
  it('is one in the wordings authors use for the masterpost and “every chapter”', () => {
    for (const html of [
      `Every chapter: <a href="${ROPE_TAG}">the ropewalk tag</a>`,
      `All parts: <a href="${ROPE_TAG}">here</a>`,
      `Index: <a href="${ROPE_TAG}">fic: the ropewalk</a>`,
      `Table of contents: <a href="${ROPE_TAG}">x</a>`,
      `Masterpost: <a href="${ROPE_TAG}">»</a>`,
      `Find every chapter via the story’s tag: <a href="${ROPE_TAG}">here</a>`,
      `« <a href="${ROPE}/1204.html">Part One</a> | all chapters: <a href="${ROPE_TAG}">the ropewalk</a>`,
      `<a href="${ROPE_TAG}">All parts</a>`,
    ]) {
      expect(indexOf(html), html).toBe(ROPE_TAG);
    }
  });

  it('is none in a tag list, on another journal, to the author’s list of everything or a series, or in prose', () => {
    for (const html of [
      `Tags: <a href="${ROPE}/tag/fic">fic</a>, <a href="${ROPE_TAG}">the ropewalk</a>`,
      `Tags: <a href="${ROPE_TAG}">the ropewalk (index)</a>`,
      `Current tags: <a href="${ROPE}/tag/index">index</a>`,
      `Every chapter: <a href="https://other-comm.dreamwidth.org/tag/the+ropewalk">the ropewalk tag</a>`,
      `My fic master list: <a href="${ROPE}/tag/fic">all of it</a>`,
      `Every part of the series: <a href="${ROPE}/tag/harbour+verse">harbour verse</a>`,
      `I tagged it <a href="${ROPE_TAG}">the ropewalk</a> so you can find it.`,
      `Every chapter: <a href="${ROPE}/1377.html">the next one</a>`,
      `${'The ropes ran the length of the shed and back again. '.repeat(4)}All parts: <a href="${ROPE_TAG}">here</a>`,
    ]) {
      expect(indexOf(html), html).toBeNull();
    }
  });
});

describe('the URL rule and the fetch policy for a tag page', () => {
  it('builds the tag page over https in the journal’s own address, without its query, never on Wayback', () => {
    expect(tagPageUrlOf(`${LAMP}/tag/fic:%20lamplighter?skip=20`)).toBe('https://quillwort-ink.livejournal.com/tag/fic:%20lamplighter');
    expect(tagPageUrlOf('http://community.livejournal.com/salt_fic/tag/salt%20road')).toBe('https://community.livejournal.com/salt_fic/tag/salt%20road');
    expect(tagPageUrlOf('https://www.insanejournal.com/users/hedgerow_quill/tag/brambleway/')).toBe('https://www.insanejournal.com/users/hedgerow_quill/tag/brambleway');
    for (const url of [
      `${ROPE}/tag/`,
      `${ROPE}/tag/a/b`,
      `${ROPE}/1204.html`,
      `${ROPE}/x/tag/y`,
      'https://www.dreamwidth.org/tag/fic',
      'https://user:pw@quayside-tales.dreamwidth.org/tag/fic',
      'https://web.archive.org/web/2019/https://quayside-tales.dreamwidth.org/tag/fic',
      'https://example.com/tag/fic',
    ]) {
      expect(tagPageUrlOf(url), url).toBeNull();
    }
    expect(isTagPageUrl(ROPE_TAG)).toBe(true);
    expect(isTagPageUrl(`${ROPE_TAG}?skip=20`)).toBe(false);
  });

  it('admits the tag page of the journal the story was opened in or of the chosen post, and learns nothing from it', () => {
    const p = FetchPolicy.forStory(`${ROPE}/1204.html`, `${ROPE}/1204.html`, ['https://lanternmaker.dreamwidth.org/5.html']);
    expect(p.allowsTagPage(ROPE_TAG)).toBe(true);
    expect(p.allowsTagPage(`${ROPE_TAG}?skip=20`)).toBe(false);
    // A journal the post links to is admitted for entries, not for its tag pages.
    expect(p.allows('https://lanternmaker.dreamwidth.org/6.html')).toBe(true);
    expect(p.allowsTagPage('https://lanternmaker.dreamwidth.org/tag/fic')).toBe(false);
    expect(p.allowsTagPage('https://stranger.dreamwidth.org/tag/fic')).toBe(false);
    // Opened on a reading page, the community post chosen there: the community's tag page.
    const friends = FetchPolicy.forStory('https://reader.dreamwidth.org/read', `${ROPE}/1377.html`, []);
    expect(friends.allowsTagPage(ROPE_TAG)).toBe(true);
    expect(friends.allowsTagPage('https://reader.dreamwidth.org/tag/fic')).toBe(true);
    // A tag page never widens the policy, though it is on the home journal.
    expect(p.learn(ROPE_TAG, ['https://third.dreamwidth.org/1.html'])).toEqual([]);
    expect(p.allows('https://third.dreamwidth.org/1.html')).toBe(false);
    // Not on Wayback.
    const wb = FetchPolicy.forStory('https://web.archive.org/web/2019/https://quayside-tales.dreamwidth.org/1204.html', `${ROPE}/1204.html`, []);
    expect(wb.allowsTagPage(ROPE_TAG)).toBe(false);
  });

  it('the background fetches the story journal’s tag page only, and learns no journal from its answer', async () => {
    const page = `${ROPE}/1204.html`;
    const tab: SenderInfo = { tab: { id: 3, url: page }, frameId: 0, url: page };
    const s = createReaderSessions();
    await s.open(tab, { postUrl: page, links: [], loadedUrl: page });
    expect((await s.check(tab, ROPE_TAG)).ok).toBe(true);
    expect(await s.admitted(tab, [ROPE_TAG, `${ROPE_TAG}?skip=20`, 'https://stranger.dreamwidth.org/tag/fic'])).toEqual([ROPE_TAG]);
    for (const url of [`${ROPE_TAG}?skip=20`, 'https://stranger.dreamwidth.org/tag/fic', `http://quayside-tales.dreamwidth.org/tag/fic:+the+ropewalk`]) {
      expect((await s.check(tab, url)).ok, url).toBe(false);
    }
    const html = '<a href="https://third.dreamwidth.org/1.html">a link in an entry by anyone</a>';
    await s.answered(tab, ROPE_TAG, { ok: true, url: ROPE_TAG, status: 200, html });
    // Ended on the journal's front page instead: still a tag page's answer, still nothing learned.
    await s.answered(tab, ROPE_TAG, { ok: true, url: `${ROPE}/`, status: 200, html });
    expect((await s.check(tab, 'https://third.dreamwidth.org/1.html')).ok).toBe(false);
  });
});

/** The clicked post, extracted from its own saved page. */
function start(web: FakeWeb, url: string) {
  const doc = parse(web.htmlFor(url)!, url);
  const post = extractPage(doc, url).stories[0];
  return { url, post, doc };
}
const tagFetches = (web: FakeWeb) => web.fetched().filter((u) => u.includes('/tag/'));

describe('the stitcher reads the tag page once and keeps this story’s entries, by their markers', () => {
  for (const [name, parts] of [
    ['Dreamwidth community', ROPE_PARTS],
    ['LiveJournal journal', LAMP_PARTS],
    ['InsaneJournal journal', BRAMBLE_PARTS],
  ] as const) {
    it(`${name}: from every part, the parts in order, the tag page fetched once`, async () => {
      for (const url of parts) {
        const web = new FakeWeb();
        const s = await stitchStory(start(web, url), opts(web));
        expect(partKeys(s), url).toEqual(keys([...parts]));
        expect([...s.errors.values()]).toEqual([]);
        expect(tagFetches(web), url).toHaveLength(1);
        expect(tagFetches(web)[0]).toMatch(/^https:\/\//);
      }
    });
  }

  it('a tag list is no index: its tag page is never fetched (and would have given a repost for a part)', async () => {
    const parts = [`${SEAWALL}/880.html`, `${SEAWALL}/1023.html`];
    for (const url of parts) {
      const web = new FakeWeb();
      const s = await stitchStory(start(web, url), opts(web));
      expect(partKeys(s)).toEqual(keys(parts));
      expect(tagFetches(web)).toEqual([]);
    }
    // The repost on that tag page passes for a part of the story: not following the tag list is what keeps it out.
    const web = new FakeWeb();
    const tagUrl = `${SEAWALL}/tag/seawall`;
    const entries = extractPage(parse(web.htmlFor(tagUrl)!, tagUrl), tagUrl).stories;
    const repost = entries.find((p) => canonicalEntryKey(p.url) === canonicalEntryKey(`${SEAWALL}/1150.html`))!;
    expect(sameStoryByTag(start(web, parts[0]).post, repost)).toBe(true);
  });

  it('the tag page counts as a part against the cap and the first batch; a later load does not read it again', async () => {
    const capped = new FakeWeb();
    const c = await stitchStory(start(capped, ROPE_PARTS[0]), opts(capped, { maxParts: 2 }));
    expect(tagFetches(capped)).toHaveLength(1);
    expect(partKeys(c)).toEqual(keys([ROPE_PARTS[0]]));
    expect([...c.errors.values()].map((e) => e.reason)).toEqual(['too-many-parts']);

    const web = new FakeWeb();
    const first = await stitchStory(start(web, ROPE_PARTS[0]), opts(web, { firstBatch: 1 }));
    expect(tagFetches(web)).toHaveLength(1);
    expect(partKeys(first)).toEqual(keys([ROPE_PARTS[0]]));
    const deferred = [...first.errors.values()].filter((e) => e.reason === 'deferred').map((e) => e.key);
    expect(deferred.sort()).toEqual(keys(ROPE_PARTS.slice(1)).sort());
    const more = await loadParts(first, deferred, opts(web));
    expect(partKeys(more)).toEqual(keys(ROPE_PARTS));
    expect(tagFetches(web)).toHaveLength(1);
  });

  it('an answer that is not the tag page (the journal’s front page after a redirect) adds nothing, and says so', async () => {
    const web = new FakeWeb();
    const fetchPage: StitchOptions['fetchPage'] = async (url, signal) => {
      const res = await web.fetchPage(url, signal);
      return url.includes('/tag/') && res.ok ? { ...res, url: `${ROPE}/` } : res;
    };
    const s = await stitchStory(start(web, ROPE_PARTS[1]), { fetchPage, parse });
    expect(partKeys(s)).toEqual(keys([ROPE_PARTS[1]]));
    expect(tagFetches(web)).toHaveLength(1);
    expect(tagError(s)?.reason).toBe('not-found');
    expect(tagError(s)?.message).toMatch(/^The story’s tag page, which lists its parts, could not be read\. .*The site showed another page instead\.$/);
  });
});

const tagError = (s: StitchState) => s.errors.get(canonicalEntryKey(ROPE_TAG));

describe('a tag page that cannot be read tells the reader, as a failed masterpost does, and is retried as one', () => {
  for (const [fault, reason] of [
    ['http404', 'not-found'],
    ['http500', 'server-error'],
    ['login', 'login'],
    ['locked', 'locked'],
    ['adult-gate', 'adult-gate'],
    ['redirect-loop', 'redirect-loop'],
    ['timeout', 'timeout'],
  ] as [Fault, string][]) {
    it(`${fault}: the chapter, then the tag page’s place with “${reason}”`, async () => {
      const web = new FakeWeb();
      web.fault(ROPE_TAG, fault);
      const s = await stitchStory(start(web, ROPE_PARTS[1]), opts(web));
      expect(partKeys(s)).toEqual(keys([ROPE_PARTS[1]]));
      expect(s.order).toEqual([...keys([ROPE_PARTS[1]]), canonicalEntryKey(ROPE_TAG)]);
      const err = tagError(s)!;
      expect(err.reason).toBe(reason);
      expect(err.url).toBe(ROPE_TAG);
      expect(err.message.startsWith('The story’s tag page, which lists its parts, could not be read. ')).toBe(true);
      expect(err.message).toContain(failureMessage(err.reason as Parameters<typeof failureMessage>[0]));
      expect(tagFetches(web)).toHaveLength(1);
    });
  }

  it('a page with no entries on it at all is a failure too; one whose entries are others’ is not', async () => {
    const web = new FakeWeb();
    web.add(ROPE_TAG, '<html><body><p>Nothing here.</p></body></html>');
    const s = await stitchStory(start(web, ROPE_PARTS[1]), opts(web));
    expect(tagError(s)?.reason).toBe('not-story');
    expect(tagError(s)?.message).toContain('No entries were found on it.');
    // Another story's tag page in its place: read, nothing of this story on it, nothing to say.
    const other = new FakeWeb();
    other.add(ROPE_TAG, other.htmlFor(`${SEAWALL}/tag/seawall`)!);
    const read = await stitchStory(start(other, ROPE_PARTS[1]), opts(other));
    expect(partKeys(read)).toEqual(keys([ROPE_PARTS[1]]));
    expect([...read.errors.values()]).toEqual([]);
  });

  it('Retry reads the tag page again and finds the parts; a restored copy retries it from its saved state too', async () => {
    const web = new FakeWeb();
    web.fault(ROPE_TAG, 'http500');
    const failed = await stitchStory(start(web, ROPE_PARTS[1]), opts(web));
    web.fault(ROPE_TAG, null);
    const again = await retryPart(failed, canonicalEntryKey(ROPE_TAG), opts(web));
    expect(partKeys(again)).toEqual(keys(ROPE_PARTS));
    expect([...again.errors.values()]).toEqual([]);
    expect(tagFetches(web)).toHaveLength(2);
    // As saved and restored (a plain state: no run's context to go on from).
    const plain: StitchState = { order: [...failed.order], parts: new Map(failed.parts), errors: new Map(failed.errors), masterpost: null, done: true };
    const restored = await retryPart(plain, canonicalEntryKey(ROPE_TAG), opts(web));
    expect(partKeys(restored)).toEqual(keys(ROPE_PARTS));
    expect([...restored.errors.values()]).toEqual([]);
    expect(tagFetches(web)).toHaveLength(3);
  });
});

describe('an entry of the tag page is a part of the story', () => {
  const post = (over: Partial<StoryPost>): StoryPost => ({
    url: `${ROPE}/1.html`,
    author: 'lanternmaker',
    journal: 'quayside_tales',
    subject: 'The Ropewalk [1/3]',
    fields: { title: 'The Ropewalk' },
    rawFields: [],
    headerNotes: [],
    rating: null,
    part: { index: 1, total: 3 },
    complete: false,
    bodyText: '',
    bodyHtml: '',
    partLinks: [],
    ...over,
  });
  const chapter = post({ url: `${ROPE}/2.html`, subject: 'The Ropewalk [2/3]', part: { index: 2, total: 3 } });

  it('with a part marker, the chapter’s title and author, and no other total', () => {
    expect(sameStoryByTag(chapter, post({}))).toBe(true);
    expect(sameStoryByTag(chapter, post({ part: { index: 3, total: null } }))).toBe(true);
    expect(sameStoryByTag(chapter, post({ fields: {}, subject: 'The Ropewalk, part 1' }))).toBe(true);
    expect(sameStoryByTag(chapter, post({ author: 'gullwing_ink' }))).toBe(false);
    expect(sameStoryByTag(chapter, post({ part: { index: 1, total: 1 } }))).toBe(false);
    expect(sameStoryByTag(chapter, post({ part: null }))).toBe(false);
    expect(sameStoryByTag(chapter, post({ fields: { title: 'Tar and Twine' }, subject: 'Tar and Twine (1/3)' }))).toBe(false);
  });
});
