// @vitest-environment jsdom
/** The contents above the text and the Parts menu's items: each part's name, title and state. */
import { describe, expect, it, vi } from 'vitest';
import { partsMenuItems, renderContents } from '../../components/reader/contents';
import type { ReaderState } from '../../utils/kept-parts';
import { blankPost } from '../support/reader-deps';

const post = (title: string) => blankPost({ subject: title, fields: { title } });

/** Part 1 here (the story's title), part 2 here with a title of its own, part 3 failed, part 4 waiting, part 5 on its way. */
function story(): ReaderState {
  return {
    order: ['a', 'b', 'c', 'd'],
    known: ['a', 'b', 'c', 'd', 'e'],
    parts: new Map([
      ['a', { key: 'a', url: '', index: 1, title: 'The Story', post: post('The Story') }],
      ['b', { key: 'b', url: '', index: 2, title: 'The Story', post: post('The Storm') }],
    ]),
    errors: new Map([
      ['c', { key: 'c', url: '', index: null, reason: 'not-found', message: '' }],
      ['d', { key: 'd', url: '', index: 4, reason: 'deferred', message: '' }],
    ]),
    pending: new Map([['e', { url: '', index: 7 }]]),
    masterpost: null,
    done: false,
  };
}

describe('the contents', () => {
  it('lists every known part by its number (else its place), with what is not here yet; a link goes to the part', () => {
    const toc = document.createElement('nav');
    const go = vi.fn();
    renderContents(toc, story(), go);
    expect(toc.querySelector('h2')?.textContent).toBe('5 parts');
    expect(Array.from(toc.querySelectorAll('li'), (li) => li.textContent)).toEqual(['Part 1', 'Part 2', 'Part 3 (could not load)', 'Part 4 (loads as you read)', 'Part 7 (loading)']);
    toc.querySelectorAll('a')[3].click();
    expect(go).toHaveBeenCalledWith(3);
    expect(toc.hidden).toBe(false);
  });

  it('is hidden for a story with no parts once it is known (the card says where it is)', () => {
    const toc = document.createElement('nav');
    renderContents(toc, { order: [], parts: new Map(), errors: new Map(), masterpost: null, done: true }, () => undefined);
    expect(toc.hidden).toBe(true);
  });
});

describe('the Parts menu', () => {
  it('names each part, with its own title when it is not the story’s, and notes what is not here', () => {
    expect(partsMenuItems(story(), 'The Story')).toEqual([
      { label: 'Part 1', note: '' },
      { label: 'Part 2: The Storm', note: '' },
      { label: 'Part 3', note: '(could not load)' },
      { label: 'Part 4', note: '(loads as you read)' },
      { label: 'Part 7', note: '(loading)' },
    ]);
  });
});
