/**
 * A fill's own key (issue 12): the fills of one meme entry are stories of their own in the
 * library, positions and sync, each known by its first part's comment; stories posted as entries
 * keep the keys they were saved with.
 */
import { describe, expect, it } from 'vitest';
import type { StoryPost } from '../../utils/extract/types';
import { buildStoryRecords } from '../../utils/reader-records';
import type { StitchState } from '../../utils/stitch';
import { decodeStory, encodeStory } from '../../utils/sync/encode';
import { storyFromSync, toSyncStory } from '../../utils/sync/records';
import { canonicalEntryKey, commentIdOf, storyKeyOf } from '../../utils/url';

const MEME = 'https://stillwater-kink.dreamwidth.org/2210.html';

function post(url: string, title: string): StoryPost {
  return {
    url,
    author: 'Anonymous',
    journal: 'stillwater_kink',
    subject: `FILL: ${title} 1/2`,
    fields: { title },
    rawFields: [],
    headerNotes: [],
    rating: null,
    part: { index: 1, total: 2 },
    complete: true,
    bodyText: 'Words of the fill.',
    bodyHtml: '<p>Words of the fill.</p>',
    partLinks: [],
  };
}

describe('storyKeyOf', () => {
  it('adds the comment to the entry key for a comment permalink, whatever its form', () => {
    expect(storyKeyOf(`${MEME}?thread=86865#cmt86865`)).toBe('dreamwidth.org/stillwater_kink/2210?thread=86865');
    expect(storyKeyOf('http://stillwater-kink.dreamwidth.org/2210.html?style=site&thread=86865')).toBe('dreamwidth.org/stillwater_kink/2210?thread=86865');
    expect(storyKeyOf(`https://web.archive.org/web/2012/${MEME}?thread=86865`)).toBe('dreamwidth.org/stillwater_kink/2210?thread=86865');
    expect(storyKeyOf(`${MEME}?thread=1`)).not.toBe(storyKeyOf(`${MEME}?thread=2`));
  });

  it('keeps an entry story’s key: the canonical entry key', () => {
    for (const url of [MEME, `${MEME}?format=light`, `${MEME}#cutid1`, 'https://hollowcrown-kink.livejournal.com/15872.html?page=2']) {
      expect(storyKeyOf(url)).toBe(canonicalEntryKey(url));
    }
    // Not a comment: a journal page, a made-up thread value.
    expect(commentIdOf('https://stillwater-kink.dreamwidth.org/?thread=5')).toBeNull();
    expect(commentIdOf(`${MEME}?thread=5x`)).toBeNull();
  });
});

describe('a fill saved and synced', () => {
  const first = `${MEME}?thread=86865#cmt86865`;
  const second = `${MEME}?thread=87121#cmt87121`;
  const state: StitchState = {
    order: [storyKeyOf(first), storyKeyOf(second)],
    parts: new Map([
      [storyKeyOf(first), { key: storyKeyOf(first), url: first, index: 1, title: 'Part 1', post: post(first, 'Salt Roads') }],
      [storyKeyOf(second), { key: storyKeyOf(second), url: second, index: 2, title: 'Part 2', post: post(second, 'Salt Roads') }],
    ]),
    errors: new Map(),
    masterpost: null,
    done: true,
  };

  it('is stored under its first part’s comment, not the meme entry', () => {
    const { story, parts } = buildStoryRecords(state, post(first, 'Salt Roads'), { id: null, firstOpened: 1 });
    expect(story.id).toBe('dreamwidth.org/stillwater_kink/2210?thread=86865');
    expect(story.id).not.toBe(canonicalEntryKey(MEME));
    expect(parts.map((p) => p.key)).toEqual(['dreamwidth.org/stillwater_kink/2210?thread=86865', 'dreamwidth.org/stillwater_kink/2210?thread=87121']);
  });

  it('keeps its comment through sync: another device lists the same fill under the same key', () => {
    const { story } = buildStoryRecords(state, post(first, 'Salt Roads'), { id: null, firstOpened: Date.UTC(2026, 0, 1) });
    const position = { storyId: story.id, partKey: storyKeyOf(second), paragraph: 3, offset: 0.5, percent: 60, updatedAt: Date.UTC(2026, 0, 2) };
    const synced = toSyncStory(story, position);
    expect(synced.firstUrl).toBe('https://stillwater-kink.dreamwidth.org/2210.html?thread=86865');
    const slash = synced.key.indexOf('/');
    const back = decodeStory(synced.key.slice(0, slash), JSON.parse(JSON.stringify(encodeStory(synced))))!;
    expect(back.key).toBe(story.id);
    expect(back.position?.partKey).toBe(storyKeyOf(second));
    expect(back.journal).toBe('stillwater_kink');
    const elsewhere = storyFromSync(back);
    expect(elsewhere.id).toBe(story.id);
    expect(elsewhere.partKeys).toEqual([story.id]);
  });
});
