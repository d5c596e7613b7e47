/**
 * The offline page fetcher (harness/saved-pages.ts) answers as the sites and the fixture server do, so that score:stitch
 * in jsdom and the stitching E2E in the browsers agree: a Wayback URL finds a saved capture of its entry (any
 * timestamp, either address shape), never the live page; a live URL finds the live page in any of its address shapes.
 */
import { describe, expect, it } from 'vitest';
import { savedPages } from '../../harness/saved-pages';

const pages = savedPages({
  'http://www.deadjournal.com/users/quoin_and_gable/8812.html': '/nowhere/live-8812.html',
  'https://web.archive.org/web/20080101000000/http://quoin-and-gable.deadjournal.com/9034.html': '/nowhere/wb-9034.html',
});

describe('saved pages: live and Wayback are two worlds', () => {
  it('a Wayback URL of an entry only saved live finds nothing', () => {
    expect(pages.lookup('https://web.archive.org/web/20220907151344/http://www.deadjournal.com/users/quoin_and_gable/8812.html')).toBeNull();
  });
  it('a Wayback URL finds a capture of its entry at another time or address shape', () => {
    expect(pages.lookup('https://web.archive.org/web/20220907151344/http://www.deadjournal.com/users/quoin_and_gable/9034.html')).toBe(
      'https://web.archive.org/web/20080101000000/http://quoin-and-gable.deadjournal.com/9034.html',
    );
  });
  it('a live URL finds the live page in another address shape, never a capture', () => {
    expect(pages.lookup('https://quoin-and-gable.deadjournal.com/8812.html')).toBe('http://www.deadjournal.com/users/quoin_and_gable/8812.html');
    expect(pages.lookup('https://quoin-and-gable.deadjournal.com/9034.html')).toBeNull();
  });
});
