/** A part's comment link: the entry's reply page, from the part's canonical URL. */
import { describe, expect, it } from 'vitest';
import { commentUrl } from '../../utils/comment-url';

describe('commentUrl', () => {
  it.each([
    ['https://emeraldmeteor.livejournal.com/56789.html', 'https://emeraldmeteor.livejournal.com/56789.html?mode=reply'],
    ['https://copperkettle.dreamwidth.org/23817.html', 'https://copperkettle.dreamwidth.org/23817.html?mode=reply'],
    // The form the site wrote stays (http, a community path).
    ['http://kobol-lights.livejournal.com/14211.html', 'http://kobol-lights.livejournal.com/14211.html?mode=reply'],
    ['http://community.insanejournal.com/thimble_drabbles/4410.html', 'http://community.insanejournal.com/thimble_drabbles/4410.html?mode=reply'],
    // Views and fragments of the entry are not its reply page.
    ['https://driftglass-writes.dreamwidth.org/1409.html?style=site#cutid1', 'https://driftglass-writes.dreamwidth.org/1409.html?mode=reply'],
    ['https://quietmagpie.dreamwidth.org/2987.html?thread=123#cmt123', 'https://quietmagpie.dreamwidth.org/2987.html?mode=reply'],
    // A Wayback copy's comments are the live entry's.
    ['https://web.archive.org/web/20100419153302/http://inkstainedowl.livejournal.com/12058.html', 'http://inkstainedowl.livejournal.com/12058.html?mode=reply'],
    // An old talkread.bml address becomes the entry's own page.
    ['http://www.livejournal.com/talkread.bml?journal=pennyroyal_tea&itemid=77531', 'http://pennyroyal-tea.livejournal.com/77531.html?mode=reply'],
  ])('%s → %s', (url, expected) => {
    expect(commentUrl(url)).toBe(expected);
  });

  it('is null for what is not one entry', () => {
    expect(commentUrl('https://quietmagpie.dreamwidth.org/')).toBeNull();
    expect(commentUrl('https://quietmagpie.dreamwidth.org/tag/fic')).toBeNull();
    expect(commentUrl('https://example.com/1.html')).toBeNull();
    expect(commentUrl('not a url')).toBeNull();
  });
});
