// LiveJournal's mobile entry pages (m.livejournal.com/read/user/NAME/N) are the same entries as the desktop
// pages: one canonical key (a story started on the laptop continues on the phone), and fetched as the desktop page.

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadPages, pageHtml } from '../../harness/fixture-cases';
import { extractPage } from '../../utils/extract/index';
import { fetchUrlOf } from '../../utils/fetch-url';
import { type FetchResult, stitchStory } from '../../utils/stitch';
import { canonicalEntryKey, canonicalEntryUrl, entryAddress } from '../../utils/url';

describe("LiveJournal's mobile pages", () => {
  it('map to the desktop entry', () => {
    for (const [mobile, desktop] of [
      ['https://m.livejournal.com/read/user/quiet_harbour/1201', 'https://quiet-harbour.livejournal.com/1201.html'],
      ['https://m.livejournal.com/read/user/quiet-harbour/1201/', 'http://quiet-harbour.livejournal.com/1201.html?format=light'],
      ['https://m.livejournal.com/read/user/Fic_Exchange/77#comments', 'https://community.livejournal.com/fic_exchange/77.html'],
    ] as const) {
      expect(canonicalEntryKey(mobile)).toBe(canonicalEntryKey(desktop));
    }
    expect(canonicalEntryUrl('https://m.livejournal.com/read/user/quiet_harbour/1201')).toBe('https://quiet-harbour.livejournal.com/1201.html');
    expect(fetchUrlOf('https://m.livejournal.com/read/user/quiet_harbour/1201?page=2')).toBe('https://quiet-harbour.livejournal.com/1201.html');
  });

  it('a journal page and what is no entry stay so', () => {
    expect(entryAddress('https://m.livejournal.com/read/user/quiet_harbour')).toEqual({ domain: 'livejournal.com', journal: 'quiet_harbour', itemId: null });
    expect(entryAddress('https://m.livejournal.com/read/user/quiet_harbour/1201/comments/55')?.itemId ?? null).toBeNull();
    expect(canonicalEntryKey('https://m.livejournal.com/friends')).toBe('m.livejournal.com/friends');
  });
});

// The mobile pages themselves (tests/fixtures: lj-mobile-jumpcoords-part2, modelled; dw-phone-gradation-alllit).
describe('a story read on a phone', () => {
  const pages = loadPages();
  const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;
  const MOBILE = 'https://m.livejournal.com/read/user/kobol_lights/14533';
  const DESKTOP = 'http://kobol-lights.livejournal.com/14533.html';

  it("reads LiveJournal's mobile entry page as the desktop one: the same story, part, fields and text", () => {
    const [mobile, desktop] = [MOBILE, DESKTOP].map((u) => extractPage(parse(pageHtml(pages, u), u), u).stories);
    expect(mobile).toHaveLength(1);
    expect(canonicalEntryKey(mobile[0]!.url)).toBe(canonicalEntryKey(desktop[0]!.url));
    expect(mobile[0]!.part).toEqual(desktop[0]!.part);
    expect(mobile[0]!.fields).toEqual(desktop[0]!.fields);
    expect(mobile[0]!.bodyText).toBe(desktop[0]!.bodyText);
    expect(mobile[0]!.partLinks.map((l) => canonicalEntryKey(l.url))).toEqual(desktop[0]!.partLinks.map((l) => canonicalEntryKey(l.url)));
  });

  it('stitches from the mobile page to the same parts, fetched as desktop pages', async () => {
    const asked: string[] = [];
    const fetchPage = async (url: string): Promise<FetchResult> => {
      asked.push(url);
      const key = Object.keys(pages).find((k) => canonicalEntryKey(k) === canonicalEntryKey(url) && !k.includes('m.livejournal.com'));
      return key ? { ok: true, url, status: 200, html: pageHtml(pages, key) } : { ok: false, url, reason: 'not-found', status: 404, message: 'not found' };
    };
    const doc = parse(pageHtml(pages, MOBILE), MOBILE);
    const state = await stitchStory({ url: MOBILE, doc }, { fetchPage, parse });
    expect(state.order.map((k) => canonicalEntryKey(state.parts.get(k)!.url))).toEqual([14211, 14533, 14802].map((n) => `livejournal.com/kobol_lights/${n}`));
    expect(asked.every((u) => !u.includes('m.livejournal.com'))).toBe(true);
  });

  it("reads Dreamwidth's responsive site skin (Gradation) as phones get it", () => {
    const url = 'https://gaslight-fic.dreamwidth.org/6625.html?style=site';
    const [story] = extractPage(parse(pageHtml(pages, url), url), url).stories;
    expect(story).toMatchObject({ author: 'wick_and_wire', journal: 'gaslight_fic', fields: { title: 'All Lit' } });
    expect(canonicalEntryKey(story!.url)).toBe(canonicalEntryKey('https://gaslight-fic.dreamwidth.org/6625.html'));
    expect(story!.bodyText).not.toMatch(/Skip to Main Content|Create Account|frozen ladder left till noon!/);
  });
});
