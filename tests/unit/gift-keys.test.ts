/**
 * A gift's own identity (issue 11): each gift of a swap's reveals post (extract/sections.ts `giftSections`) is a story of
 * its own in the reader, the library, positions and sync. Its URL carries its ordinal in the post (`#gift-2`: url.ts
 * `giftUrl`; the first gift keeps the entry's URL and key), `storyKeyOf` keeps it and `canonicalEntryKey` does not (a link
 * to the entry is the entry); its text is fetched from its entry's page, never from a URL with the fragment. On the
 * fixture pages of reveals posts (det24.py, det27.py: LJ S2 Generator and Dear Diary, DW core2, InsaneJournal, JournalFen).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadCases, loadPages, pageHtml } from '../../harness/fixture-cases';
import { openInkwellDb, type PartRecord, type StoryRecord } from '../../utils/db';
import { extractPage } from '../../utils/extract/index';
import type { StoryPost } from '../../utils/extract/types';
import { fetchUrlOf } from '../../utils/fetch-url';
import { refreshStory } from '../../utils/library-refresh';
import { newsOnPage } from '../../utils/new-parts';
import { clickedStoryOf, lookupKeysOf } from '../../utils/reader-frame';
import { buildStoryRecords, refetchState, stateFromSaved } from '../../utils/reader-records';
import { saveStoryWithParts } from '../../utils/save-story';
import { extendStory, type StitchState, stitchStory } from '../../utils/stitch';
import { decodeStory, encodeStory } from '../../utils/sync/encode';
import { storyFromSync, toSyncStory } from '../../utils/sync/records';
import { canonicalEntryKey, giftOf, giftUrl, postKeyOf, storyKeyOf, withoutGift } from '../../utils/url';
import { FakeWeb, parse } from '../support/fake-web';

const REVEALS = [
  'lj-generator2006-community-swap-reveals-two-ficlets-recipient-thimble',
  'dw-core2-2015-community-exchange-reveals-three-ficlets-for-from-lamplight',
  'jf-generator2008-community-fest-reveals-two-ficlets-gift-for-hollyfest',
  'ij-generator2011-community-swap-reveals-title-for-from-only-wickfest',
  'lj-generator2007-community-swap-reveals-two-drabbles-frostfair',
  'dw-core2-2012-community-swap-reveals-three-drabbles-midsummer',
  'ij-generator2010-community-swap-reveals-two-drabbles-lanternweek',
  'lj-deardiary2011-community-swap-reveals-two-drabbles-hearth',
];
const cases = loadCases().filter((c) => REVEALS.includes(c.id));
const pages = loadPages();
const storiesOf = (url: string) => extractPage(parse(pageHtml(pages, url), url), url).stories;
const body = (name: string) => readFileSync(new URL(`../fixtures/bodies/${name}.txt`, import.meta.url), 'utf8');
const firstWords = (text: string) => text.trim().split(/\s+/).slice(0, 8).join(' ');

const THIMBLE = 'http://community.livejournal.com/thimble_swap/4410.html';
const LAMPLIGHT = 'https://lamplight-exchange.dreamwidth.org/3091.html';

describe('the gifts of a reveals post, extracted', () => {
  it('each has a URL of its own: the first the entry’s, the others `#gift-N` by their ordinal; one entry key, a story key each', () => {
    expect(cases).toHaveLength(REVEALS.length);
    for (const c of cases) {
      const stories = storiesOf(c.url);
      expect(stories.length, c.id).toBeGreaterThanOrEqual(2);
      expect(
        stories.map((s) => s.url),
        c.id,
      ).toEqual(stories.map((_, i) => giftUrl(c.url, i + 1)));
      expect(new Set(stories.map((s) => storyKeyOf(s.url))).size, c.id).toBe(stories.length);
      expect(new Set(stories.map((s) => canonicalEntryKey(s.url))), c.id).toEqual(new Set([canonicalEntryKey(c.url)]));
      // The truth names them so too, each with its own title and text.
      expect(
        stories.map((s) => s.url),
        c.id,
      ).toEqual(c.stories.map((s) => s.url));
    }
  });

  it('a post of one story keeps the entry’s URL (no fragment)', () => {
    const one = loadCases().find((c) => c.kind === 'story' && c.stories.length === 1 && c.url.endsWith('.html') && !c.url.includes('?'))!;
    expect(storiesOf(one.url)[0].url).toBe(one.stories[0].url);
    expect(giftOf(storiesOf(one.url)[0].url)).toBeNull();
  });
});

describe('gift URLs and keys', () => {
  it('storyKeyOf keeps the gift, canonicalEntryKey and the fetched URL do not', () => {
    const g2 = `${THIMBLE}#gift-2`;
    expect(storyKeyOf(g2)).toBe('livejournal.com/thimble_swap/4410#gift-2');
    expect(postKeyOf(g2)).toBe('livejournal.com/thimble_swap/4410#gift-2');
    expect(canonicalEntryKey(g2)).toBe('livejournal.com/thimble_swap/4410');
    expect(fetchUrlOf(g2)).toBe('https://community.livejournal.com/thimble_swap/4410.html');
    expect(withoutGift(g2)).toBe(THIMBLE);
    // Any address of the entry names the same gift.
    expect(storyKeyOf('https://thimble-swap.livejournal.com/4410.html?format=light#gift-2')).toBe(storyKeyOf(g2));
    expect(storyKeyOf(`https://web.archive.org/web/2007/${g2}`)).toBe(storyKeyOf(g2));
    expect(giftOf(`https://web.archive.org/web/2007/${g2}`)).toBe(2);
  });

  it('the first gift is the entry; other fragments, and a fragment off an entry, are no gift', () => {
    expect(giftUrl(THIMBLE, 1)).toBe(THIMBLE);
    expect(storyKeyOf(`${THIMBLE}#gift-1`)).toBe(canonicalEntryKey(THIMBLE));
    for (const u of [`${THIMBLE}#cutid1`, `${THIMBLE}#gift-0`, `${THIMBLE}#gift-x`, 'https://thimble-swap.livejournal.com/#gift-2', `${THIMBLE}?thread=5#gift-2`]) {
      expect(giftOf(u), u).toBeNull();
      expect(withoutGift(u), u).toBe(u);
    }
    // A fill's key stays its comment's.
    expect(storyKeyOf(`${THIMBLE}?thread=5#gift-2`)).toBe('livejournal.com/thimble_swap/4410?thread=5');
  });
});

describe('the clicked gift, looked up and found again', () => {
  const stories = storiesOf(LAMPLIGHT);

  it('lookupKeysOf: each gift by its own key first', () => {
    expect(stories.map((s) => lookupKeysOf(s)[0])).toEqual([
      'dreamwidth.org/lamplight_exchange/3091',
      'dreamwidth.org/lamplight_exchange/3091#gift-2',
      'dreamwidth.org/lamplight_exchange/3091#gift-3',
    ]);
  });

  it('clickedStoryOf: the gift at the clicked address, whatever title the click carried', () => {
    for (const s of stories) expect(clickedStoryOf(stories, { url: s.url, fields: {} })).toBe(s);
    // The address decides, not the title (two gifts may share a title).
    expect(clickedStoryOf(stories, { url: stories[1].url, fields: { title: stories[2].fields.title } })).toBe(stories[1]);
    expect(clickedStoryOf(stories, { url: `${LAMPLIGHT}#gift-4`, fields: { title: stories[0].fields.title } })).toBeNull();
  });

  it('newsOnPage: a saved gift finds nothing new on its own page', () => {
    const news = newsOnPage({ id: postKeyOf(stories[1].url), partKeys: [postKeyOf(stories[1].url)], masterpostUrl: null }, { post: stories[1], links: [], isMasterpost: false });
    expect(news.any).toBe(false);
  });
});

/** A stitched one-part story saved, as the database would give it back. */
function saved(state: StitchState, post: StoryPost): { story: StoryRecord; parts: PartRecord[] } {
  return buildStoryRecords(state, post, { id: null, firstOpened: 1 }, 2);
}

describe('stitching a gift', () => {
  const opts = (web: FakeWeb) => ({ fetchPage: web.fetchPage, parse });
  const texts = (s: StitchState) => s.order.map((k) => s.parts.get(k)!.post.bodyText);

  it('from its page: one part keyed by the gift, the gift’s own text; nothing fetched', async () => {
    const doc = parse(pageHtml(pages, LAMPLIGHT), LAMPLIGHT);
    const stories = extractPage(doc, LAMPLIGHT).stories;
    for (const [i, post] of stories.entries()) {
      const web = new FakeWeb();
      const state = await stitchStory({ url: LAMPLIGHT, post, doc }, opts(web));
      expect(state.order).toEqual([postKeyOf(post.url)]);
      expect(state.parts.get(state.order[0])!.url).toBe(giftUrl(LAMPLIGHT, i + 1));
      expect(firstWords(texts(state)[0])).toBe(firstWords(body(`det27-lamplight-${i + 1}`)));
      expect(web.fetched()).toEqual([]);
    }
  });

  it('from its URL alone (a story known from sync): the entry fetched, once, without the fragment, and that gift read', async () => {
    for (const n of [1, 2, 3]) {
      const web = new FakeWeb();
      const state = await stitchStory({ url: giftUrl(LAMPLIGHT, n) }, opts(web));
      expect(web.fetched()).toEqual([LAMPLIGHT]);
      expect(state.order).toEqual([postKeyOf(giftUrl(LAMPLIGHT, n))]);
      expect(firstWords(texts(state)[0])).toBe(firstWords(body(`det27-lamplight-${n}`)));
    }
    // A gift the post no longer has: an error, never another gift's text.
    const web = new FakeWeb();
    const gone = await stitchStory({ url: giftUrl(LAMPLIGHT, 4) }, opts(web));
    expect(gone.parts.size).toBe(0);
    expect(gone.errors.get(postKeyOf(giftUrl(LAMPLIGHT, 4)))?.reason).toBe('not-story');
  });

  it('saved and refreshed: the record is the gift’s, and fetched again it is still the gift’s text', async () => {
    const doc = parse(pageHtml(pages, THIMBLE), THIMBLE);
    const post = extractPage(doc, THIMBLE).stories[1];
    const web = new FakeWeb();
    const state = await stitchStory({ url: THIMBLE, post, doc }, opts(web));
    const { story, parts } = saved(state, post);
    expect(story.id).toBe('livejournal.com/thimble_swap/4410#gift-2');
    expect(story.partKeys).toEqual([story.id]);
    // (Read from its page: the page's own address, as every part read from its page is.)
    expect(story.partUrls).toEqual([`${THIMBLE}#gift-2`]);
    expect(story.title).toBe('Buttons');
    expect(parts.map((p) => p.storyId)).toEqual([story.id]);
    // Refresh: every part fetched again, from the entry's page.
    const copy = stateFromSaved(story, parts)!;
    const again = await extendStory(refetchState(copy.state), {}, opts(web));
    expect(web.fetched()).toEqual(['https://community.livejournal.com/thimble_swap/4410.html']);
    expect(again.order).toEqual([story.id]);
    expect(firstWords(texts(again)[0])).toBe(firstWords(body('det27-thimble-2')));
    expect(saved(again, post).story.id).toBe(story.id);
    // The first gift is saved under the entry's key, as before gifts had keys: records saved then stay its.
    const first = await stitchStory({ url: THIMBLE, post: extractPage(doc, THIMBLE).stories[0], doc }, opts(web));
    expect(saved(first, extractPage(doc, THIMBLE).stories[0]).story.id).toBe(canonicalEntryKey(THIMBLE));
  });
});

describe('a gift in sync', () => {
  it('its record round-trips with its key, its URL and its place', async () => {
    const doc = parse(pageHtml(pages, LAMPLIGHT), LAMPLIGHT);
    const post = extractPage(doc, LAMPLIGHT).stories[2];
    const state = await stitchStory({ url: LAMPLIGHT, post, doc }, { fetchPage: new FakeWeb().fetchPage, parse });
    const { story } = saved(state, post);
    const position = { storyId: story.id, partKey: story.partKeys[0], paragraph: 1, offset: 0.5, percent: 40, updatedAt: 5000 };
    const sync = toSyncStory(story, position);
    expect(sync.firstUrl).toBe(`${LAMPLIGHT}#gift-3`);
    const back = decodeStory('dreamwidth.org', encodeStory(sync));
    expect(back).toEqual(sync);
    const record = storyFromSync(back!);
    expect(record.id).toBe('dreamwidth.org/lamplight_exchange/3091#gift-3');
    expect(record.partKeys).toEqual([record.id]);
    expect(record.partUrls).toEqual([`${LAMPLIGHT}#gift-3`]);
    expect(back!.position?.partKey).toBe(record.id);
    // Opened on the other device (no saved text): the entry fetched, that gift read.
    const web = new FakeWeb();
    const opened = await stitchStory({ url: record.partUrls[0] }, { fetchPage: web.fetchPage, parse });
    expect(web.fetched()).toEqual([LAMPLIGHT]);
    expect(opened.order).toEqual([record.id]);
    expect(firstWords(opened.parts.get(record.id)!.post.bodyText)).toBe(firstWords(body('det27-lamplight-3')));
  });
});

describe('a gift in the library’s Refresh', () => {
  it('looks at its entry’s page (no fragment fetched) and finds the gift there; a gift the post no longer has is said so', async () => {
    const db = await openInkwellDb('inkwell-gift-refresh', { allowWebOrigin: true });
    try {
      const doc = parse(pageHtml(pages, THIMBLE), THIMBLE);
      const post = extractPage(doc, THIMBLE).stories[1];
      const state = await stitchStory({ url: THIMBLE, post, doc }, { fetchPage: new FakeWeb().fetchPage, parse });
      const { story, parts } = saved(state, post);
      await saveStoryWithParts(db, story, parts);
      const web = new FakeWeb();
      expect(await refreshStory(db, story, { fetchPage: web.fetchPage, parse })).toEqual({ id: story.id, title: 'Buttons', added: 0 });
      // (As the URL rule builds it, https: the page was read over http.)
      expect(web.fetched()).toEqual([fetchUrlOf(THIMBLE)]);
      // Saved as the third gift of a post that holds two: no other gift's text in its place.
      const third = { ...story, id: `${canonicalEntryKey(THIMBLE)}#gift-3`, partKeys: [`${canonicalEntryKey(THIMBLE)}#gift-3`], partUrls: [`${THIMBLE}#gift-3`] };
      await saveStoryWithParts(
        db,
        third,
        parts.map((p) => ({ ...p, key: third.id, storyId: third.id, url: third.partUrls[0] })),
      );
      expect((await refreshStory(db, third, { fetchPage: web.fetchPage, parse })).error).toBe('its page shows no story now');
    } finally {
      db.close();
    }
  });
});
