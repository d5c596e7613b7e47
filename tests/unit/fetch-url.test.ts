/**
 * The URL rule (utils/fetch-url.ts): the only URLs Inkwell fetches are journal entry pages rebuilt
 * from their parts, over https, with a short list of display options; nothing else a link carries.
 */
import { describe, expect, it } from 'vitest';
import { commentPageUrlOf, fetchUrlOf, isCommentPageUrl, isFetchUrl } from '../../utils/fetch-url';
import { canonicalEntryKey } from '../../utils/url';

describe('fetchUrlOf: entry pages, rebuilt', () => {
  const cases: [string, string][] = [
    ['https://lowgravity-lark.livejournal.com/61204.html', 'https://lowgravity-lark.livejournal.com/61204.html'],
    // http links are fetched over https
    ['http://kobol-lights.livejournal.com/14211.html', 'https://kobol-lights.livejournal.com/14211.html'],
    // fragments, unknown queries, upper case and ports are dropped
    ['HTTP://Kobol-Lights.LiveJournal.com:8080/14211.html?mode=reply&thread=55#cutid1', 'https://kobol-lights.livejournal.com/14211.html'],
    // the display options the sites offer are kept (lower-cased), the rest of the query is not
    ['https://bakerstreet-violin.livejournal.com/19003.html?format=light&delete=1', 'https://bakerstreet-violin.livejournal.com/19003.html?format=light'],
    ['https://quietmagpie.dreamwidth.org/2987.html?style=site&view=flat', 'https://quietmagpie.dreamwidth.org/2987.html?style=site'],
    ['https://quietmagpie.dreamwidth.org/2987.html?style=mine', 'https://quietmagpie.dreamwidth.org/2987.html?style=mine'],
    ['https://quietmagpie.dreamwidth.org/2987.html?style=evil&format=dark', 'https://quietmagpie.dreamwidth.org/2987.html'],
    // the address shapes old journals and forks answer, kept
    ['http://community.insanejournal.com/thimble_drabbles/4410.html', 'https://community.insanejournal.com/thimble_drabbles/4410.html'],
    ['http://users.livejournal.com/owlpost_overdue/31502.html?format=light', 'https://users.livejournal.com/owlpost_overdue/31502.html?format=light'],
    ['http://www.livejournal.com/users/saltmarsh/8841.html', 'https://www.livejournal.com/users/saltmarsh/8841.html'],
    ['http://www.deadjournal.com/community/nightjar_lane/4471.html', 'https://www.deadjournal.com/community/nightjar_lane/4471.html'],
    ['http://www.journalfen.net/~marrow_and_moss/20871.html', 'https://www.journalfen.net/~marrow_and_moss/20871.html'],
    // InsaneJournal's communities (asylums), the journal in the path; elsewhere 'asylum' is a journal like any
    ['http://asylums.insanejournal.com/thimble_drabbles/4410.html', 'https://asylums.insanejournal.com/thimble_drabbles/4410.html'],
    ['http://asylum.livejournal.com/12.html', 'https://asylum.livejournal.com/12.html'],
    // journal names: hyphens in hosts
    ['https://lowgravity_lark.livejournal.com/61204.html', 'https://lowgravity-lark.livejournal.com/61204.html'],
    // a .bml tool page naming an entry: the entry's own page, never the tool with its query
    ['https://www.livejournal.com/talkread.bml?journal=kobol_lights&itemid=14211', 'https://kobol-lights.livejournal.com/14211.html'],
    ['https://www.livejournal.com/tools/memadd.bml?journal=victim&itemid=77&mode=save&confirm=1', 'https://victim.livejournal.com/77.html'],
    ['http://www.dreamwidth.org/delcomment.bml?journal=quietmagpie&itemid=2987&delthread=1', 'https://quietmagpie.dreamwidth.org/2987.html'],
    // Wayback: the capture of the entry page, inner scheme as archived (most are http), no modifiers
    ['https://web.archive.org/web/20100419153302/http://inkstainedowl.livejournal.com/12058.html', 'https://web.archive.org/web/20100419153302/http://inkstainedowl.livejournal.com/12058.html'],
    [
      'http://web.archive.org/web/20100419153302id_/http://inkstainedowl.livejournal.com/12058.html?mode=reply#x',
      'https://web.archive.org/web/20100419153302/http://inkstainedowl.livejournal.com/12058.html',
    ],
    [
      'https://web.archive.org/web/20050308101522/http://www.livejournal.com/users/ithilien_rose/2207.html',
      'https://web.archive.org/web/20050308101522/http://www.livejournal.com/users/ithilien_rose/2207.html',
    ],
    [
      'https://web.archive.org/web/20120214083011/http://bakerstreet-violin.livejournal.com/19003.html?format=light',
      'https://web.archive.org/web/20120214083011/http://bakerstreet-violin.livejournal.com/19003.html?format=light',
    ],
    ['https://web.archive.org/web/20120314093211/https://fernweh.dreamwidth.org/8821.html', 'https://web.archive.org/web/20120314093211/https://fernweh.dreamwidth.org/8821.html'],
  ];
  for (const [link, want] of cases) {
    it(`${link} → ${want}`, () => {
      expect(fetchUrlOf(link)).toBe(want);
      // The same entry, and a fixed point: the background accepts exactly what the stitcher builds.
      expect(canonicalEntryKey(want)).toBe(canonicalEntryKey(link));
      expect(isFetchUrl(want)).toBe(true);
      expect(fetchUrlOf(want)).toBe(want);
    });
  }
});

describe('fetchUrlOf: never fetched', () => {
  const refused = [
    // not an entry page of a journal
    'https://lowgravity-lark.livejournal.com/',
    'https://lowgravity-lark.livejournal.com/tag/fic',
    'https://www.livejournal.com/login.bml?returnto=https://x.livejournal.com/1.html',
    'https://www.livejournal.com/manage/settings/?cat=display',
    'https://www.livejournal.com/away?to=https%3A%2F%2Ftracker.example%2F',
    'https://www.livejournal.com/tools/memadd.bml?journal=victim&mode=save',
    'https://www.livejournal.com/tools/memadd.bml?itemid=77',
    'https://www.dreamwidth.org/protected?returnto=https%3A%2F%2Fwickandember.dreamwidth.org%2F9517.html',
    'https://quietmagpie.dreamwidth.org/2987.html/../../admin',
    'https://quietmagpie.dreamwidth.org/2987.htm',
    // another site, however it is dressed up
    'https://tracker.example/1.html',
    'https://livejournal.com.tracker.example/1.html',
    'https://tracker.example/quietmagpie.dreamwidth.org/2987.html',
    'https://web.archive.org/web/20100419153302/http://tracker.example/12058.html',
    // Wayback pages that are not a capture
    'https://web.archive.org/web/2010*/http://inkstainedowl.livejournal.com/12058.html',
    'https://web.archive.org/web/*/http://inkstainedowl.livejournal.com/*',
    // other schemes, credentials in the URL
    'ftp://kobol-lights.livejournal.com/14211.html',
    'javascript:alert(1)//kobol-lights.livejournal.com/14211.html',
    'https://user:pass@kobol-lights.livejournal.com/14211.html',
    'not a url',
  ];
  for (const link of refused) {
    it(link, () => {
      expect(fetchUrlOf(link)).toBeNull();
      expect(isFetchUrl(link)).toBe(false);
    });
  }

  it('a link that the rule would rebuild is not itself a fetch URL (the background refuses it as sent)', () => {
    for (const link of [
      'http://kobol-lights.livejournal.com/14211.html',
      'https://kobol-lights.livejournal.com/14211.html?mode=reply',
      'https://www.livejournal.com/talkread.bml?journal=kobol_lights&itemid=14211',
      'https://kobol-lights.livejournal.com/14211.html#comments',
    ]) {
      expect(fetchUrlOf(link)).not.toBeNull();
      expect(isFetchUrl(link)).toBe(false);
    }
  });
});

describe("commentPageUrlOf: an entry's comment pages, for a story in its comments", () => {
  it('keeps ?thread=, ?page= and ?view=flat (and the display options), nothing else', () => {
    expect(commentPageUrlOf('http://Stillwater-Kink.dreamwidth.org/2210.html?thread=86865#cmt86865')).toBe('https://stillwater-kink.dreamwidth.org/2210.html?thread=86865');
    expect(commentPageUrlOf('https://stillwater-kink.dreamwidth.org/2210.html?page=2#comments')).toBe('https://stillwater-kink.dreamwidth.org/2210.html?page=2');
    expect(commentPageUrlOf('https://stillwater-kink.dreamwidth.org/2210.html?view=FLAT&page=3&style=site')).toBe('https://stillwater-kink.dreamwidth.org/2210.html?style=site&page=3&view=flat');
    expect(commentPageUrlOf('https://hollowcrown-kink.livejournal.com/15872.html?thread=2211621&mode=reply&replyto=1#t2211621')).toBe(
      'https://hollowcrown-kink.livejournal.com/15872.html?thread=2211621',
    );
  });

  it('is no comment page without a comment view, with a value it does not know, off the journals or on a tool page', () => {
    for (const url of [
      'https://stillwater-kink.dreamwidth.org/2210.html',
      'https://stillwater-kink.dreamwidth.org/2210.html?thread=abc',
      'https://stillwater-kink.dreamwidth.org/2210.html?page=1e9',
      'https://stillwater-kink.dreamwidth.org/2210.html?view=top-only',
      'https://stillwater-kink.dreamwidth.org/profile?thread=5',
      'https://example.com/2210.html?thread=5',
      'https://web.archive.org/web/2014/https://stillwater-kink.dreamwidth.org/2210.html?thread=5',
    ])
      expect(commentPageUrlOf(url), url).toBeNull();
    // A .bml tool page naming the entry: the entry's comment page, never the tool.
    expect(commentPageUrlOf('https://www.dreamwidth.org/talkscreen.bml?journal=stillwater_kink&itemid=2210&thread=5&mode=screen')).toBe('https://stillwater-kink.dreamwidth.org/2210.html?thread=5');
  });

  it('the entry rule is unchanged: a part link with ?thread= still fetches the entry', () => {
    expect(fetchUrlOf('https://stillwater-kink.dreamwidth.org/2210.html?thread=86865#cmt86865')).toBe('https://stillwater-kink.dreamwidth.org/2210.html');
    expect(isFetchUrl('https://stillwater-kink.dreamwidth.org/2210.html?thread=86865')).toBe(false);
    expect(isCommentPageUrl('https://stillwater-kink.dreamwidth.org/2210.html?thread=86865')).toBe(true);
    expect(isCommentPageUrl('https://stillwater-kink.dreamwidth.org/2210.html?thread=86865#cmt86865')).toBe(false);
  });
});
