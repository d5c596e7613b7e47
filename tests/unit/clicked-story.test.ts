/**
 * The story the user clicked, as the reader reads the page again (utils/reader-frame.ts `clickedStoryOf`): the gifts of a
 * swap's reveals share their entry (extract/sections.ts), each at its own address (`#gift-N`, url.ts `giftUrl`), and the
 * reader must open the gift whose button was clicked, not the first of the entry. On a fixture page of two gifts (det24.py,
 * LJ S2 Generator 2007). (tests/unit/gift-keys.test.ts follows a gift's key through the rest.)
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { clickedStoryOf } from '../../utils/reader-frame';

const URL_ = 'http://community.livejournal.com/frostfair_swap/3310.html';
const html = readFileSync(new URL('../fixtures/pages/lj/det24-frostfair_swap-3310.html', import.meta.url), 'utf8');

describe('clickedStoryOf', () => {
  const stories = extractPage(new JSDOM(html, { url: URL_ }).window.document as unknown as Document, URL_).stories;

  it('of two gifts of one entry, the one at the clicked address; each is reachable', () => {
    expect(stories.map((s) => s.fields.title)).toEqual(['Printed on the Thames', 'The Quiet Warning']);
    expect(stories.map((s) => s.url)).toEqual([URL_, `${URL_}#gift-2`]);
    for (const s of stories) expect(clickedStoryOf(stories, { url: s.url, fields: { title: s.fields.title } })?.fields.title).toBe(s.fields.title);
    // The second gift's address opens the second gift, whatever title came with the click.
    expect(clickedStoryOf(stories, { url: `${URL_}#gift-2`, fields: { title: 'Printed on the Thames' } })).toBe(stories[1]);
  });

  it('one story at the address is that story, whatever the title; none at it is null', () => {
    const one = [stories[0]];
    expect(clickedStoryOf(one, { url: URL_, fields: { title: 'A title the page no longer shows' } })).toBe(stories[0]);
    expect(clickedStoryOf(stories, { url: 'http://community.livejournal.com/frostfair_swap/9999.html', fields: {} })).toBeNull();
    // Several at one address (a page showing one post twice): the one of the clicked title, else the first.
    const twice = [stories[0], { ...stories[1], url: URL_ }];
    expect(clickedStoryOf(twice, { url: URL_, fields: { title: 'The Quiet Warning' } })).toBe(twice[1]);
    expect(clickedStoryOf(twice, { url: URL_, fields: { title: 'Another' } })).toBe(twice[0]);
  });
});
