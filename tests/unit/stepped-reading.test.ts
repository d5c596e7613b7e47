// @vitest-environment jsdom
/**
 * `locateStoriesInSteps`: the reading `locateStories` gives, done a step at a time (the reader's frame runs each step
 * in a task of its own: entrypoints/reader-frame/read-page.ts). On saved pages of every kind (entry pages, indexes of
 * many posts, swap reveals of several gifts, memes with fills) the steps give the same reading, in more than one step,
 * and the index the steps share is in force only while a step runs: another page read between two steps reads as
 * it does alone, and leaves the stepped reading as it was.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { pagesJsonFiles } from '../../harness/saved-pages';
import { type LocatedStories, locateStories, locateStoriesInSteps } from '../../utils/extract/index';
import { extractionMap } from '../../utils/extract/select';

const pages = Object.entries(pagesJsonFiles(FIXTURE_PAGES_JSON)).filter((_, i) => i % 9 === 0);
const docOf = (file: string) => new DOMParser().parseFromString(readFileSync(file, 'utf8'), 'text/html');

/** What a reading says, and which elements it found: the same elements of the same document. */
function expectSameReading(a: LocatedStories, b: LocatedStories) {
  expect(a.extraction).toEqual(b.extraction);
  expect(a.verdicts.map((v) => [v.verdict, v.rule])).toEqual(b.verdicts.map((v) => [v.verdict, v.rule]));
  expect(a.locations.length).toBe(b.locations.length);
  a.locations.forEach((l, i) => {
    expect(l.container === b.locations[i].container && l.body === b.locations[i].body && l.subject === b.locations[i].subject).toBe(true);
    expect(l.nav).toEqual(b.locations[i].nav);
  });
}

describe('locateStoriesInSteps', () => {
  it(`reads ${pages.length} saved pages as locateStories does, a step at a time`, () => {
    let stepped = 0;
    for (const [url, file] of pages) {
      const doc = docOf(file);
      const step = locateStoriesInSteps(doc, url);
      let steps = 1;
      let located = step();
      for (; !located; steps++) {
        // Between steps, no extraction's index is in force.
        expect(extractionMap({})).toBeNull();
        located = step();
      }
      expectSameReading(located, locateStories(doc, url));
      // Finding the posts is a step; each post read is two more (one after its lines, one after its header and text), the rest following on.
      if (located.verdicts.length) {
        expect(steps).toBeGreaterThanOrEqual(1 + 2 * new Set(located.verdicts.map((v) => v.post)).size);
        stepped++;
      }
    }
    expect(stepped).toBeGreaterThan(pages.length / 2);
  });

  it('leaves another reading between its steps as it is alone, and is not changed by it', () => {
    const many = pages.map(([url, file]) => [url, docOf(file)] as const).filter(([url, doc]) => locateStories(doc, url).verdicts.length > 1);
    expect(many.length).toBeGreaterThan(3);
    for (const [k, [url, doc]] of many.entries()) {
      const [otherUrl, other] = many[(k + 1) % many.length];
      const alone = locateStories(other, otherUrl);
      const step = locateStoriesInSteps(doc, url);
      let located = step();
      while (!located) {
        expectSameReading(locateStories(other, otherUrl), alone);
        located = step();
      }
      expectSameReading(located, locateStories(doc, url));
    }
  });
});
