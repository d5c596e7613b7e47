/**
 * Every multi-part fixture story (tests/fixtures/stitch/stories.json and the fixture cases' stories)
 * stitched offline from each of its pages: exactly its parts, in order, each with its own text; what
 * a masterpost lists that is not a part comes out as `related`. The same check the stitching E2E
 * makes in the browsers, here over the fake web (jsdom).
 */

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { tokenF1 } from '../../harness/fixture-cases';
import { judgeStitch } from '../../harness/stitch-truth';
import { extractPage } from '../../utils/extract/index';
import { stitchStory } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, parse } from '../support/fake-web';
import { loadStitchStories } from '../support/stitch-stories';

const keys = (urls: string[]) => urls.map(canonicalEntryKey);
const stories = loadStitchStories();

function pageOf(web: FakeWeb, url: string) {
  const html = web.htmlFor(url);
  if (html === null) throw new Error(`no saved page for ${url}`);
  const doc = parse(html, url);
  return { doc, extraction: extractPage(doc, url) };
}

describe('the fixture stories', () => {
  it('there are the old ones and at least 12 new multi-part stories', () => {
    expect(stories.filter((s) => s.old).length).toBeGreaterThanOrEqual(4);
    expect(stories.filter((s) => !s.old && s.parts.length > 1).length).toBeGreaterThanOrEqual(12);
  });
});

describe('every multi-part story, whole and in order, from any of its pages', () => {
  for (const story of stories.filter((s) => s.parts.length > 1)) {
    describe(story.id, () => {
      for (const url of story.pages) {
        it(`from ${url}`, async () => {
          // Each page parsed in its own test, not all of them while the tests are collected (every document held at once).
          const web = new FakeWeb();
          const { doc, extraction } = pageOf(web, url);
          const post = extraction.stories.find((s) => canonicalEntryKey(s.url) === canonicalEntryKey(url)) ?? extraction.stories[0];
          const s = await stitchStory({ url, post, doc }, { fetchPage: web.fetchPage, parse });
          // Every part in its place: read, or (the truth's `missing`) failed for exactly its reason.
          expect(judgeStitch(story, s).problems).toEqual([]);
          story.bodyFiles.forEach((file, i) => {
            if (file === null) return;
            const part = s.parts.get(canonicalEntryKey(story.parts[i]))!;
            expect(tokenF1(part.post.bodyText, readFileSync(file, 'utf8')), `${story.parts[i]} vs ${file}`).toBeGreaterThan(0.9);
          });
          // Pages a story links to that are not its parts are never parts (art, podfic, another story).
          for (const other of story.notParts) expect(s.order).not.toContain(canonicalEntryKey(other));
          // Started from the URL alone (the page fetched), the same.
          const again = await stitchStory({ url }, { fetchPage: new FakeWeb().fetchPage, parse });
          expect(judgeStitch(story, again).problems).toEqual([]);
        });
      }
    });
  }
});

describe('a masterpost lists its parts, and the rest as related links', () => {
  for (const story of stories.filter((s) => s.masterpost && !s.old)) {
    it(story.id, () => {
      const { extraction } = pageOf(new FakeWeb(), story.masterpost!);
      expect(extraction.kind).toBe('masterpost');
      const mp = extraction.stories[0];
      expect(keys(mp.partLinks.map((l) => l.url))).toEqual(keys(story.parts));
      expect(keys((mp.related ?? []).map((l) => l.url)).sort()).toEqual(keys(story.related).sort());
      for (const l of mp.related ?? []) {
        expect(l.index).toBeNull();
        expect(l.label.length).toBeGreaterThan(1);
      }
    });
  }
});
