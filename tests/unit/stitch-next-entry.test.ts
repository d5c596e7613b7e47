/**
 * Rule "continued in the next entry" (issue 11): a story posted over several entries with no part numbers, each saying in an
 * unlinked line that it goes on in the journal's next entry or comes from the previous one, is read on by the journal's own
 * Next / Previous Entry (fetch-url.ts `entryNavUrlOf`, the site's redirect), only when such a line says so, and only as far
 * as the entry it leads to is the same story going on (posts.ts `continuesStory`). The extraction's side: parts.ts
 * `continuesInEntry`, SUBJECT_CONTINUED, the verdict's 'continued-in-next-entry' (verdict.test.ts).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadCases } from '../../harness/fixture-cases';
import { pagesJsonFiles, pagesJsonRedirects, savedPages } from '../../harness/saved-pages';
import { judgeStitch } from '../../harness/stitch-truth';
import { continuesInEntry, titleFromSubject } from '../../utils/extract/parts';
import type { StoryPost } from '../../utils/extract/types';
import { entryNavOf } from '../../utils/fetch-url';
import { stitchStory } from '../../utils/stitch';
import { continuesStory } from '../../utils/stitch/posts';
import { canonicalEntryKey } from '../../utils/url';
import { stitchFixtureCase } from '../support/fake-web';

const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;
const PAGES_JSON = join(FIXTURES, 'pages.json');
const cases = loadCases().filter((c) => c.id.includes('-continued-next-entry-'));
/** The personal posts before and after the stories in their journals: never parts. */
const NOT_PARTS = [
  'https://windbreak-hollow.dreamwidth.org/29954.html',
  'https://windbreak-hollow.dreamwidth.org/31002.html',
  'http://copper-tongue.livejournal.com/14388.html',
  'http://copper-tongue.livejournal.com/15170.html',
  'http://moorland-ink.insanejournal.com/5634.html',
].map(canonicalEntryKey);

describe('the line that says where the story goes on', () => {
  it('reads the next or previous entry, in the writers’ words', () => {
    expect(continuesInEntry('Continued in the next entry.')).toBe('next');
    expect(continuesInEntry('(continued in next entry)')).toBe('next');
    expect(continuesInEntry('Story continues in the next entry.')).toBe('next');
    expect(continuesInEntry('To be continued in the following post!')).toBe('next');
    expect(continuesInEntry('Continued from the previous entry.')).toBe('prev');
    expect(continuesInEntry('(continued from previous entry)')).toBe('prev');
    expect(continuesInEntry("Cont'd from the last post")).toBe('prev');
  });
  it('is no other line', () => {
    expect(continuesInEntry('More in the next entry, with photos, once I have worked out why my phone saved them all sideways.')).toBeNull();
    expect(continuesInEntry('Continued in part 2.')).toBeNull();
    expect(continuesInEntry('She continued in the next room, where the light was better.')).toBeNull();
    expect(continuesInEntry('The next entry in the ledger was in her mother’s hand.')).toBeNull();
  });
  it('a title going on is the title', () => {
    expect(titleFromSubject('Salt Orchard, continued')).toBe('Salt Orchard');
    expect(titleFromSubject('The Bellfounder’s Daughter, concluded')).toBe('The Bellfounder’s Daughter');
    expect(titleFromSubject('Tidewrack — cont’d')).toBe('Tidewrack');
    expect(titleFromSubject('Continued')).toBe('Continued');
  });
});

describe('continuesStory: the entry the navigation led to is the story going on', () => {
  const post = (subject: string, author = 'moorland_ink', title?: string) => ({ subject, author, fields: title ? { title } : {} }) as StoryPost;
  it('the same writer, the story’s title', () => {
    expect(continuesStory(post('Tidewrack', 'moorland_ink', 'Tidewrack'), post('Tidewrack (continued)'))).toBe(true);
    expect(continuesStory(post('Tidewrack', 'moorland_ink', 'Tidewrack'), post('Tidewrack, concluded'))).toBe(true);
  });
  it('not a personal post, another story, another writer', () => {
    expect(continuesStory(post('Tidewrack', 'moorland_ink', 'Tidewrack'), post('garden, continued'))).toBe(false);
    expect(continuesStory(post('Tidewrack', 'moorland_ink', 'Tidewrack'), post('Harbour Lights', 'moorland_ink', 'Harbour Lights'))).toBe(false);
    expect(continuesStory(post('Tidewrack', 'moorland_ink', 'Tidewrack'), post('Tidewrack, concluded', 'someone_else'))).toBe(false);
  });
});

describe('the fixtures: parts linked only by the journal’s own navigation', () => {
  it('has seven start pages of three stories on three sites', () => {
    expect(cases.map((c) => c.site).sort()).toEqual(['dreamwidth', 'dreamwidth', 'dreamwidth', 'insanejournal', 'insanejournal', 'livejournal', 'livejournal']);
  });

  for (const c of cases) {
    it(`${c.id}: every part in order from this page, no personal post`, async () => {
      const { state, verdict, log } = await stitchFixtureCase(c);
      expect(verdict.problems).toEqual([]);
      expect(verdict.whole).toBe(true);
      for (const key of NOT_PARTS) expect(state.order).not.toContain(key);
      // One step of navigation per line that says so, never more: a part's way back is not asked again.
      const nav = log.filter((u) => !!entryNavOf(u));
      expect(nav.length).toBeLessThanOrEqual(c.stitched!.parts.length);
    });
  }

  it('without the sites’ navigation, no story is whole (the rule is what reaches the parts)', async () => {
    const bare = savedPages(pagesJsonFiles(PAGES_JSON));
    for (const c of cases) {
      const state = await stitchStory({ url: c.url }, { fetchPage: bare.fetchPage, parse });
      expect(judgeStitch(c.stitched!, state).whole, c.id).toBe(false);
    }
  });

  it('the walk stops at another story of the writer’s, and goes on to the story’s own next entry', async () => {
    const files = pagesJsonFiles(PAGES_JSON);
    const redirects = pagesJsonRedirects(PAGES_JSON);
    const next = 'http://moorland-ink.insanejournal.com/5634.html';
    const part1 = readFileSync(files['http://moorland-ink.insanejournal.com/5120.html'], 'utf8').replaceAll('5120', '5634');
    const dir = mkdtempSync(join(tmpdir(), 'inkwell-continued-'));
    const start = 'http://moorland-ink.insanejournal.com/5377.html';
    const read = async (html: string) => {
      const file = join(dir, `${Math.random().toString(36).slice(2)}.html`);
      writeFileSync(file, html);
      const state = await stitchStory({ url: start }, { fetchPage: savedPages({ ...files, [next]: file }, redirects).fetchPage, parse });
      return state.order;
    };
    // Another story (its own header, its own title) posted next: not taken.
    const other = await read(part1.replaceAll('Tidewrack', 'Harbour Lights'));
    expect(other).toEqual(['http://moorland-ink.insanejournal.com/5120.html', start].map(canonicalEntryKey));
    // The story's own next entry ("Tidewrack, concluded"): taken, after part 2.
    const own = await read(
      part1.replace(/moorland_ink: Tidewrack/g, 'moorland_ink: Tidewrack, concluded').replace('<td class="caption">Tidewrack</td>', '<td class="caption">Tidewrack, concluded</td>'),
    );
    expect(own).toEqual(['http://moorland-ink.insanejournal.com/5120.html', start, next].map(canonicalEntryKey));
  });
});
