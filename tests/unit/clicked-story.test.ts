/**
 * The story the user clicked, as the reader reads the page again (utils/reader-frame.ts `clickedStoryOf`): the gifts of a
 * swap's reveals share their entry's address (extract/sections.ts), and the reader must open the gift whose button was
 * clicked, not the first at that address. On a fixture page of two gifts (det24.py, LJ S2 Generator 2007).
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

  it('of two gifts at one address, the one of the clicked title; each is reachable', () => {
    expect(stories.map((s) => s.fields.title)).toEqual(['Printed on the Thames', 'The Quiet Warning']);
    for (const s of stories) expect(clickedStoryOf(stories, { url: s.url, fields: { title: s.fields.title } })?.fields.title).toBe(s.fields.title);
  });

  it('one story at the address is that story, whatever the title; none at it is null', () => {
    const one = [stories[0]];
    expect(clickedStoryOf(one, { url: URL_, fields: { title: 'A title the page no longer shows' } })).toBe(stories[0]);
    expect(clickedStoryOf(stories, { url: 'http://community.livejournal.com/frostfair_swap/9999.html', fields: {} })).toBeNull();
    // A title matching none of several: the first at the address (as before gifts shared one).
    expect(clickedStoryOf(stories, { url: URL_, fields: { title: 'Another' } })).toBe(stories[0]);
  });
});
