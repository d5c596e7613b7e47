// @vitest-environment jsdom
/**
 * A story's title where the reader and the library show it: a Title value that ends in its part's own marker ("Mile Marker
 * 40 (1/3)", the commonest way writers number a WIP's chapters in the Title line) is the story's title without it. The
 * extracted field keeps the value as written (the fixtures' schema); only what is shown as the story's title changes.
 */
import { describe, expect, it } from 'vitest';
import { partTitle } from '../../components/reader/part-slot';
import { renderStoryCard } from '../../components/reader/story-card';
import { storyTitleOf } from '../../utils/extract/parts';
import type { StoryPost } from '../../utils/extract/types';
import { buildStoryRecords } from '../../utils/reader-records';
import type { StitchState } from '../../utils/stitch';
import { blankPost } from '../support/reader-deps';

const part = (index: number, total: number | null = 3) => ({ index, total });

describe('storyTitleOf', () => {
  it('takes off a part marker that ends the title and is the part’s own, with the separator before it', () => {
    expect(storyTitleOf('Mile Marker 40 (1/3)', part(1))).toBe('Mile Marker 40');
    expect(storyTitleOf('Tidewater, Part 1/2', part(1, 2))).toBe('Tidewater');
    expect(storyTitleOf('Twice Shy [2/?]', part(2, null))).toBe('Twice Shy');
    expect(storyTitleOf('Five Times (Part 1)', part(1))).toBe('Five Times');
    expect(storyTitleOf('Stars, part two of three', part(2))).toBe('Stars');
  });
  it('leaves every other title whole: no part, another part’s number, a number inside the title, no marker', () => {
    expect(storyTitleOf('Low Water (2/3)', null)).toBe('Low Water (2/3)');
    expect(storyTitleOf('Tidewater, Part 2/2', part(1, 2))).toBe('Tidewater, Part 2/2');
    expect(storyTitleOf('1/2 Prince', part(1))).toBe('1/2 Prince');
    expect(storyTitleOf('Seven (of Nine)', part(1))).toBe('Seven (of Nine)');
    expect(storyTitleOf('Chapter 3: The Fall', part(3))).toBe('Chapter 3: The Fall');
    expect(storyTitleOf('(1/3)', part(1))).toBe('(1/3)');
  });
});

const post = (n: number, title: string): StoryPost =>
  blankPost({ url: `https://roadhouse-pie.livejournal.com/${23000 + n}.html`, subject: `Fic: ${title}`, fields: { title }, part: part(n), bodyText: 'Text.', bodyHtml: '<p>Text.</p>' });

function stateOf(posts: StoryPost[]): StitchState {
  const parts = new Map(posts.map((p) => [`k${p.part!.index}`, { key: `k${p.part!.index}`, url: p.url, index: p.part!.index, title: '', post: p }]));
  return { order: [...parts.keys()], parts, errors: new Map(), masterpost: null, done: true };
}

describe('where the story’s title is shown', () => {
  const posts = [post(1, 'Mile Marker 40 (1/3)'), post(2, 'Mile Marker 40 (2/3)'), post(3, 'Mile Marker 40 (3/3)')];

  it('the library’s record, opened from any part, is titled as the story; its fields keep the value as written', () => {
    for (const start of posts) {
      const { story } = buildStoryRecords(stateOf(posts), start, { id: null, firstOpened: 1 });
      expect(story.title).toBe('Mile Marker 40');
      expect(story.fields.title).toBe('Mile Marker 40 (1/3)');
    }
  });

  it('the reader’s card shows the story’s title, and a part titled as the story gets no title of its own', () => {
    const card = renderStoryCard(posts[1], 'card-title', null);
    expect(card.querySelector('h1')!.textContent).toBe('Mile Marker 40');
    expect(partTitle(posts[2], 'Mile Marker 40')).toBeNull();
    // Parts titled each their own (one story: linked and numbered) keep their own titles, without the marker.
    expect(partTitle(post(2, 'Low Water (2/3)'), 'The Crossing')).toBe('Low Water');
  });
});
