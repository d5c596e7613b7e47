/**
 * What the stitcher reads of a post (utils/stitch/posts.ts): the story on a fetched page, a
 * header-only post and the entries it sends the reader to, titles, a story that looks incomplete.
 */
import { describe, expect, it } from 'vitest';
import type { PageExtraction } from '../../utils/extract/types';
import { isHeaderOnly, partTitle, pickPost, sameChapter, sameTitle, storyLinksAnySite, storyLooksIncomplete } from '../../utils/stitch/posts';
import { canonicalEntryKey } from '../../utils/url';
import { blankPost } from '../support/reader-deps';

const J = (n: number) => `https://writer.livejournal.com/${n}.html`;
const link = (n: number) => ({ url: J(n), label: `Part ${n}`, index: n });

describe('pickPost', () => {
  it('the entry’s own post, else the page’s first story, else none', () => {
    const a = blankPost({ url: J(1) });
    const b = blankPost({ url: J(2) });
    const ex = { stories: [a, b] } as unknown as PageExtraction;
    expect(pickPost(ex, canonicalEntryKey(J(2)))).toBe(b);
    expect(pickPost(ex, canonicalEntryKey('https://someone.livejournal.com/9.html'))).toBe(a);
    expect(pickPost({ stories: [] } as unknown as PageExtraction, 'x')).toBeNull();
  });
});

describe('header-only posts', () => {
  it('no story text and a link to where it is: the entries it names are its story', () => {
    const header = blankPost({ partLinks: [link(5)] });
    expect(isHeaderOnly(header)).toBe(true);
    expect(storyLinksAnySite(header)).toEqual([J(5)]);
    const elsewhere = blankPost({ elsewhere: [{ url: 'https://archiveofourown.org/works/1', label: 'AO3', index: null }] });
    expect(isHeaderOnly(elsewhere)).toBe(true);
    expect(storyLinksAnySite(elsewhere)).toEqual([]);
    const story = blankPost({ bodyText: 'Once.', partLinks: [link(5)] });
    expect(isHeaderOnly(story)).toBe(false);
    expect(storyLinksAnySite(story)).toEqual([]);
    expect(isHeaderOnly(blankPost())).toBe(false);
  });
});

describe('the author’s own journal on another site', () => {
  it('a chapter’s links to a journal of its poster’s name on another journal site are admitted; another’s, or the same site’s, not', () => {
    const dw = (j: string, n: number) => `https://${j}.dreamwidth.org/${n}.html`;
    const post = blankPost({
      url: 'http://community.livejournal.com/weathercock_fic/21004.html',
      author: 'wether_vane',
      bodyText: 'Once.',
      partLinks: [
        { url: dw('wether-vane', 1702), label: 'next chapter', index: null },
        { url: dw('someone-else', 5), label: 'next', index: null },
        { url: 'https://wether-vane.livejournal.com/9.html', label: 'next', index: null },
      ],
    });
    expect(storyLinksAnySite(post)).toEqual([dw('wether-vane', 1702)]);
  });
});

describe('the same chapter at two addresses', () => {
  const prose = 'The weathervane on the church pointed east every morning whatever the wind did, and the village had long since stopped checking.';
  it('the same marker and the same prose, whatever the markup: one chapter', () => {
    const journal = blankPost({ url: J(1), part: { index: 1, total: 2 }, bodyText: prose });
    const community = blankPost({ url: 'https://gableend-fic.dreamwidth.org/8810.html', part: { index: 1, total: 2 }, bodyText: prose.replace(/,/g, ' ,').toUpperCase() });
    expect(sameChapter(journal, community)).toBe(true);
  });
  it('another chapter, other prose, or too little prose to tell: not', () => {
    const a = blankPost({ part: { index: 1, total: 2 }, bodyText: prose });
    expect(sameChapter(a, blankPost({ part: { index: 2, total: 2 }, bodyText: prose }))).toBe(false);
    expect(sameChapter(a, blankPost({ part: { index: 1, total: 2 }, bodyText: `${prose.slice(0, 40)} and then something else entirely happened to the vane that year.` }))).toBe(false);
    expect(sameChapter(blankPost({ bodyText: 'Short.' }), blankPost({ bodyText: 'Short.' }))).toBe(false);
  });
});

describe('titles', () => {
  it('the same title, case and punctuation aside, or one within the other', () => {
    expect(sameTitle('Tide Tables', 'tide tables!')).toBe(true);
    expect(sameTitle('Tide Tables (part 2)', 'Tide Tables')).toBe(true);
    expect(sameTitle('Tide', 'Harbour Light')).toBe(false);
    expect(sameTitle('ab', 'ab')).toBe(false);
  });

  it('a part’s title: its title field, its subject, "Part N", "Untitled"', () => {
    expect(partTitle(blankPost({ fields: { title: 'Tides' }, subject: 'Fic: Tides 1/2' }), 1)).toBe('Tides');
    expect(partTitle(blankPost({ subject: 'Fic: Tides 1/2' }), 1)).toBe('Fic: Tides 1/2');
    expect(partTitle(blankPost(), 3)).toBe('Part 3');
    expect(partTitle(blankPost(), null)).toBe('Untitled');
  });
});

describe('storyLooksIncomplete', () => {
  it('one part, or fewer parts than their markers count', () => {
    const part = (index: number, total: number | null) => blankPost({ part: { index, total } });
    expect(storyLooksIncomplete([part(1, 3)])).toBe(true);
    expect(storyLooksIncomplete([part(1, 3), part(2, 3)])).toBe(true);
    expect(storyLooksIncomplete([part(1, 3), part(2, 3), part(3, 3)])).toBe(false);
    expect(storyLooksIncomplete([part(1, null), part(2, null)])).toBe(false);
  });
});
