/**
 * Honest progress and the "Finished" rule (issue 17, items 6 and 7): every known part counts,
 * loaded or not; 100% and Finished only for a complete story read to its end.
 */
import { describe, expect, it } from 'vitest';
import type { StoryRecord } from '../../utils/db';
import { newPartsFirst, sortStories, statusOf } from '../../utils/library';
import { libraryItem, newPartCount } from '../../utils/library-data';
import { readingProgress, savedStoryComplete, storyExtent, totalFromMarkers } from '../../utils/story-progress';

const m = (index: number, total: number | null) => ({ index, total });

describe('the story’s total from its part markers', () => {
  it('is the largest "of N", never fewer than the parts there are', () => {
    expect(totalFromMarkers([m(1, 3), m(2, 3)], 2)).toBe(3);
    expect(totalFromMarkers([m(1, null), m(2, null), m(3, 3)], 3)).toBe(3);
    expect(totalFromMarkers([m(1, 3), m(2, 3), m(3, 3), m(4, 4)], 4)).toBe(4);
    expect(totalFromMarkers([m(1, 2), m(2, 2)], 3)).toBe(3);
  });

  it('is unknown when parts are numbered without a total ("1/?", "Part 2")', () => {
    expect(totalFromMarkers([m(1, null)], 1)).toBeNull();
    expect(totalFromMarkers([m(1, null), null, m(2, null)], 3)).toBeNull();
  });

  it('is the parts there are when none is numbered (a one-shot, "Next" links only)', () => {
    expect(totalFromMarkers([null], 1)).toBe(1);
    expect(totalFromMarkers([null, null], 2)).toBe(2);
  });
});

describe('a story’s extent', () => {
  it('is complete only with its total known, every part here, none failed or loading', () => {
    expect(storyExtent({ known: 3, loaded: [m(1, 3), m(2, 3), m(3, 3)], failed: 0 }).complete).toBe(true);
    // 2 of 3 failed.
    expect(storyExtent({ known: 3, loaded: [m(1, 3)], failed: 2 })).toMatchObject({ complete: false, failed: 2, total: 3 });
    // One still loading.
    expect(storyExtent({ known: 3, loaded: [m(1, 3), m(3, 3)], failed: 0 }).complete).toBe(false);
    // 1/? : a work in progress.
    expect(storyExtent({ known: 1, loaded: [m(1, null)], failed: 0 })).toMatchObject({ complete: false, total: null });
    // "Part 2/5" with 2 posted.
    expect(storyExtent({ known: 2, loaded: [m(1, 5), m(2, 5)], failed: 0 })).toMatchObject({ complete: false, total: 5 });
    // A one-shot.
    expect(storyExtent({ known: 1, loaded: [null], failed: 0 }).complete).toBe(true);
  });

  it('of a saved record: its total, failures and parts; older records without a total count as complete', () => {
    const keys = ['a', 'b', 'c'];
    expect(savedStoryComplete({ partKeys: keys, totalParts: 3, failedKeys: [] })).toBe(true);
    expect(savedStoryComplete({ partKeys: keys, totalParts: 5, failedKeys: [] })).toBe(false);
    expect(savedStoryComplete({ partKeys: keys, totalParts: null, failedKeys: [] })).toBe(false);
    expect(savedStoryComplete({ partKeys: keys, totalParts: 3, failedKeys: ['b'] })).toBe(false);
    expect(savedStoryComplete({ partKeys: keys })).toBe(true);
  });
});

describe('reading progress', () => {
  const complete = { total: 3, complete: true, atEnd: false };

  it('counts every known part: one loaded part read to its end of three is a third, not 100%', () => {
    const p = readingProgress([1000, null, null], { part: 0, wordsIn: 1000 }, { total: 3, complete: false, atEnd: true });
    expect(Math.floor(p.percent)).toBe(33);
    expect(p.wordsTotal).toBe(3000);
    expect(p.wordsLeft).toBe(2000);
  });

  it('counts parts a marker promises that are not posted yet', () => {
    const p = readingProgress([600, 400], { part: 1, wordsIn: 400 }, { total: 4, complete: false, atEnd: true });
    expect(p.wordsTotal).toBe(2000);
    expect(p.percent).toBe(50);
  });

  it('with a failed part never reaches 100%, even at the very end', () => {
    const p = readingProgress([500, null, 500], { part: 2, wordsIn: 500 }, { total: 3, complete: false, atEnd: true });
    expect(p.percent).toBeLessThan(100);
    expect(readingProgress([500, 500], { part: 1, wordsIn: 500 }, { total: null, complete: false, atEnd: true }).percent).toBeLessThan(100);
  });

  it('is 100% with nothing left for a complete story read to its end, and in between by words', () => {
    expect(readingProgress([500, 500, 1000], { part: 2, wordsIn: 990 }, { ...complete, atEnd: true })).toEqual({ percent: 100, wordsTotal: 2000, wordsLeft: 0 });
    const mid = readingProgress([500, 500, 1000], { part: 1, wordsIn: 250 }, complete);
    expect(mid.percent).toBeCloseTo(37.5);
    expect(mid.wordsLeft).toBe(1250);
    expect(readingProgress([500, 500, 1000], null, complete).percent).toBe(0);
  });
});

describe('Finished, in the library', () => {
  it('needs the story complete: a story read to 100% with a part missing or more to come is still being read', () => {
    expect(statusOf({ percent: 100, complete: true })).toBe('finished');
    expect(statusOf({ percent: 100 })).toBe('finished');
    expect(statusOf({ percent: 99.5, complete: false })).toBe('reading');
    expect(statusOf({ percent: 20, complete: false })).toBe('reading');
    expect(statusOf({ percent: null, complete: false })).toBe('not-started');
    // Marked finished, then a part was posted: reading again.
    expect(statusOf({ percent: 100, status: 'finished', newParts: 1 })).toBe('reading');
    expect(statusOf({ percent: 100, status: 'finished' })).toBe('finished');
  });

  const record = (over: Partial<StoryRecord>): StoryRecord => ({
    id: 'livejournal.com/w/1',
    title: 'A Long Tide',
    author: 'w',
    journal: 'w',
    site: 'livejournal',
    fields: {},
    rating: null,
    partKeys: ['livejournal.com/w/1', 'livejournal.com/w/2'],
    partUrls: ['https://w.livejournal.com/1.html', 'https://w.livejournal.com/2.html'],
    masterpostUrl: null,
    wordCount: 1000,
    firstOpened: 1,
    lastRead: 2,
    addedAt: 1,
    ...over,
  });
  const position = (partKey: string, percent: number) => ({ storyId: 'livejournal.com/w/1', partKey, paragraph: 0, offset: 0, percent, updatedAt: 3 });

  it('a work in progress read to its end is not Finished, and says how many new parts came', () => {
    const wip = libraryItem(record({ totalParts: null, newPartKeys: ['livejournal.com/w/2'] }), position('livejournal.com/w/1', 99));
    expect(wip).toMatchObject({ complete: false, newParts: 1 });
    expect(statusOf(wip)).toBe('reading');
    const done = libraryItem(record({ totalParts: 2, failedKeys: [] }), position('livejournal.com/w/2', 100));
    expect(done.complete).toBeUndefined();
    expect(done.newParts).toBeUndefined();
    expect(statusOf(done)).toBe('finished');
    expect(statusOf(libraryItem(record({ totalParts: 2, failedKeys: ['livejournal.com/w/2'] }), position('livejournal.com/w/2', 100)))).toBe('reading');
  });

  it('new parts count only after the reader’s place, and sort up in the most-recent order', () => {
    const s = { partKeys: ['a', 'b', 'c', 'd'], newPartKeys: ['c', 'd'] };
    expect(newPartCount(s, 0)).toBe(2);
    expect(newPartCount(s, 2)).toBe(1);
    expect(newPartCount(s, 3)).toBe(0);
    expect(newPartCount(s, -1)).toBe(2);
    const items = [
      { id: 'x', title: 'X', author: '', fandom: '', pairing: '', characters: '', summary: '', wordCount: 1, addedAt: 1, percent: 10, lastRead: 30 },
      { id: 'y', title: 'Y', author: '', fandom: '', pairing: '', characters: '', summary: '', wordCount: 1, addedAt: 1, percent: 10, lastRead: 10, newParts: 1 },
      { id: 'z', title: 'Z', author: '', fandom: '', pairing: '', characters: '', summary: '', wordCount: 1, addedAt: 1, percent: 10, lastRead: 20 },
    ];
    expect(sortStories(items, 'lastRead').map((s) => s.id)).toEqual(['y', 'x', 'z']);
    // Other orders are the reader's choice, left alone.
    expect(sortStories(items, 'title').map((s) => s.id)).toEqual(['x', 'y', 'z']);
    expect(newPartsFirst(items[1], items[0])).toBeLessThan(0);
  });
});
