/**
 * Links between parts (utils/stitch/links.ts): "previous" and "next" labels, entry URLs, the part
 * links on a post's navigation lines, and merging two lists of links by entry.
 */
import { describe, expect, it } from 'vitest';
import { locateStories } from '../../utils/extract/index';
import { isEntryUrl, mergeLinks, NEXT_LABEL, navLinksInPost, PREV_LABEL, stripHash } from '../../utils/stitch/links';
import { parse, synthPost } from '../support/fake-web';

const J = (n: number) => `https://lamp-keeper.dreamwidth.org/${n}.html`;

describe('labels and URLs', () => {
  it('previous and next, in words or arrows', () => {
    for (const l of ['« Previous', 'Prev', 'Back', '← Chapter 1', '<< Part 2']) expect(PREV_LABEL.test(l), l).toBe(true);
    for (const l of ['Next »', 'Continued in part 3', 'Chapter 3 →', 'Part 3 >']) expect(NEXT_LABEL.test(l), l).toBe(true);
    for (const l of ['Part 2', 'Masterpost']) {
      expect(PREV_LABEL.test(l), l).toBe(false);
      expect(NEXT_LABEL.test(l), l).toBe(false);
    }
  });

  it('an entry URL has an entry number; the fragment is not the page', () => {
    expect(isEntryUrl(J(5))).toBe(true);
    expect(isEntryUrl('https://lamp-keeper.dreamwidth.org/')).toBe(false);
    expect(isEntryUrl('https://example.com/5.html')).toBe(false);
    expect(stripHash(`${J(5)}#cutid1`)).toBe(J(5));
    expect(stripHash(J(5))).toBe(J(5));
  });
});

describe('navLinksInPost', () => {
  it('the links of the lines that only navigate, not those in the prose', () => {
    const url = J(302);
    const prose = [
      `The keeper wrote to her sister about the storm and the ships, and about the lamp that would not stay lit however often she trimmed the wick; <a href="${J(999)}">the letter</a> took a month to arrive, and by then the lamp was fixed and the storm was a story.`,
    ];
    const html = synthPost({
      url,
      title: 'Harbour Light',
      subject: 'Harbour Light, Chapter 2',
      prose,
      nav: [
        ['« Chapter 1', J(301)],
        ['Chapter 3 »', J(303)],
      ],
    });
    const doc = parse(html, url);
    const located = locateStories(doc, url);
    const post = located.extraction.stories[0];
    const links = navLinksInPost(doc, url, post, located.locations);
    expect(links.map((l) => l.url)).toEqual([J(301), J(303)]);
    // The same without the page's extraction at hand.
    expect(navLinksInPost(doc, url, post).map((l) => l.url)).toEqual([J(301), J(303)]);
  });
});

describe('navLinksInPost, links named by their chapters', () => {
  // A chapter's neighbours linked by their titles, each on its own line of one block, the lines parted by <br>s:
  // every line is read (a line is known by the <br> before it, not only by its block), and each once.
  it('reads each line between <br>s of one block', () => {
    const url = J(302);
    const html = synthPost({
      url,
      title: 'Harbour Light',
      subject: 'Harbour Light (2/3)',
      part: { index: 2, total: 3 },
      prose: [
        'The keeper counted the ships in and counted them out again, and the numbers never matched, and she wrote both numbers down every night in the log her mother had kept before her, in the same brown ink.',
        // The links in the prose's own paragraph (no line of its own): read as the lines around them.
        `She closed the log.<br /><a href="${J(301)}">The Crossing</a> »<br /><a href="${J(303)}">Landfall</a> »`,
      ],
    });
    const doc = parse(html, url);
    const located = locateStories(doc, url);
    const post = located.extraction.stories[0];
    expect(
      navLinksInPost(doc, url, post, located.locations)
        .map((l) => l.url)
        .sort(),
    ).toEqual([J(301), J(303)]);
  });
});

describe('mergeLinks', () => {
  it('the first list, then what the second adds by entry', () => {
    const a = [{ url: J(1), label: 'Part 1', index: 1 }];
    const b = [
      { url: `${J(1)}?format=light`, label: 'one', index: null },
      { url: J(2), label: 'Part 2', index: 2 },
    ];
    expect(mergeLinks(a, b)).toEqual([a[0], b[1]]);
    expect(mergeLinks(a, [])).toBe(a);
  });
});
