/** What Refresh says: parts changed and new, and the parts the site no longer shows (kept). */
import { describe, expect, it } from 'vitest';
import { refreshNotice } from '../../components/reader/refresh-notice';
import type { KeptPart, ReaderState } from '../../utils/kept-parts';
import type { StitchState } from '../../utils/stitch';
import { blankPost } from '../support/reader-deps';

/** A fetched state with these parts' texts. */
function fetched(texts: Record<string, string>): StitchState {
  const parts = new Map(Object.entries(texts).map(([key, bodyText]) => [key, { key, url: '', index: null, title: '', post: blankPost({ bodyText }) }]));
  return { order: Object.keys(texts), parts, errors: new Map(), masterpost: null, done: true };
}
const kept = (...reasons: KeptPart['reason'][]): ReaderState => ({
  ...fetched({}),
  kept: new Map(reasons.map((reason, i) => [`k${i}`, { reason, savedAt: null, since: 0, url: '' }])),
});

describe('what Refresh says', () => {
  const before = new Map([
    ['a', 'one'],
    ['b', 'two'],
  ]);

  it('nothing has changed', () => {
    expect(refreshNotice(before, fetched({ a: 'one', b: 'two' }), null)).toBe('Refreshed: nothing has changed.');
  });

  it('how many parts changed, and how many are new', () => {
    expect(refreshNotice(before, fetched({ a: 'one, again', b: 'two' }), null)).toBe('Refreshed: 1 part changed.');
    expect(refreshNotice(before, fetched({ a: 'ONE', b: 'TWO', c: 'three' }), null)).toBe('Refreshed: 2 parts changed, 1 new.');
    expect(refreshNotice(before, fetched({ a: 'one', b: 'two', c: 'three', d: 'four' }), null)).toBe('Refreshed: 0 parts changed, 2 new.');
  });

  it('the parts the site no longer shows: their saved text is kept', () => {
    expect(refreshNotice(before, fetched({ a: 'one', b: 'two' }), kept('not-found'))).toBe('Refreshed: nothing has changed. One part is no longer on the site: the saved text is kept.');
    expect(refreshNotice(before, fetched({ a: 'ONE' }), kept('not-found', 'locked', 'timeout'))).toMatch(/^Refreshed: 1 part changed\. 2 parts are no longer on the site/);
  });
});
