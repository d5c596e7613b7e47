/**
 * Stories as the library saves them (StoryRecord + PartRecords, the reader's own buildStoryRecords),
 * stitched offline over the fake web: every fixture story (multi-part stories once, from the page
 * the case is on), the seed story, a 60-part story and the hostile story. For the book tests and
 * the bench.
 */

import { loadCases, loadPages, pageHtml } from '../../harness/fixture-cases';
import type { PartRecord, StoryRecord } from '../../utils/db';
import { extractPage } from '../../utils/extract/index';
import type { StoryPost } from '../../utils/extract/types';
import { buildStoryRecords } from '../../utils/reader-records';
import { type StitchState, stitchStory } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';
import { HOSTILE_LIVE, HOSTILE_MASTERPOST, hostilePages } from '../fixtures/hostile/generate';
import { FakeWeb, parse, synthMasterpost, synthPost } from './fake-web';

export interface SavedStory {
  /** A short name for files and messages. */
  name: string;
  story: StoryRecord;
  parts: PartRecord[];
  state: StitchState;
}

/** A fixed time: the same records (and books) on every run. */
export const SAVED_AT = Date.UTC(2026, 2, 14, 9, 30);

export const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';

async function stitchSaved(web: FakeWeb, name: string, start: { url: string; post?: StoryPost; doc?: Document }): Promise<SavedStory> {
  const state = await stitchStory(start, { fetchPage: web.fetchPage, parse });
  const post = start.post ?? state.masterpost ?? state.parts.get(state.order[0])?.post;
  if (!post) throw new Error(`${name}: nothing stitched`);
  const { story, parts } = buildStoryRecords(state, post, { id: null, firstOpened: SAVED_AT }, SAVED_AT);
  return { name, story: { ...story, language: start.doc?.documentElement.lang || undefined }, parts, state };
}

/** Every story on the fixture pages, each once (by the id it is saved under). */
export async function fixtureStories(web = new FakeWeb()): Promise<SavedStory[]> {
  const pages = loadPages();
  const out = new Map<string, SavedStory>();
  for (const c of loadCases()) {
    if (c.kind !== 'story' && c.kind !== 'masterpost' && c.kind !== 'index') continue;
    const doc = parse(pageHtml(pages, c.url), c.url);
    const found = extractPage(doc, c.url).stories;
    for (const want of c.stories) {
      const post = found.find((s) => canonicalEntryKey(s.url) === canonicalEntryKey(want.url));
      if (!post) continue;
      const saved = await stitchSaved(web, c.id + (c.stories.length > 1 ? `-${c.stories.indexOf(want) + 1}` : ''), { url: c.url, post, doc });
      if (!saved.parts.length || out.has(saved.story.id)) continue;
      out.set(saved.story.id, saved);
    }
  }
  return [...out.values()];
}

/** The seed story (One Step Behind, 2 parts), opened from part 2. */
export function seedStory(web = new FakeWeb()): Promise<SavedStory> {
  const doc = parse(pageHtml(loadPages(), SEED_2), SEED_2);
  return stitchSaved(web, 'seed', { url: SEED_2, doc, post: extractPage(doc, SEED_2).stories[0] });
}

/** Paragraphs of made-up prose, about `words` words. */
export function prose(words: number, seed: number): string[] {
  const vocab =
    'the lamp keeper sea harbour tide rope salt gull fog boat lantern wind stone letter morning evening kettle bread window shore cliff bell map compass oar sail storm quiet long narrow grey bright'.split(
      ' ',
    );
  const out: string[] = [];
  let n = 0;
  let r = seed * 2654435761;
  while (n < words) {
    const len = 40 + (n % 60);
    const ws: string[] = [];
    for (let i = 0; i < len; i++) {
      r = (r * 1103515245 + 12345) >>> 0;
      ws.push(vocab[r % vocab.length]);
    }
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    out.push(`${ws.join(' ')}.`);
    n += len;
  }
  return out;
}

/** A 60-part story behind a masterpost, `wordsPerPart` words a part (default 5,000: 300,000 words). */
export async function sixtyPartStory(wordsPerPart = 5000, web = new FakeWeb()): Promise<SavedStory> {
  const u = (i: number) => `https://sixty-tides.dreamwidth.org/${5000 + i * 11}.html`;
  web.add(u(0), synthMasterpost({ url: u(0), title: 'Sixty Tides', links: Array.from({ length: 60 }, (_, i) => [`Chapter ${i + 1}`, u(i + 1)] as [string, string]) }));
  for (let i = 1; i <= 60; i++) {
    web.add(u(i), synthPost({ url: u(i), title: 'Sixty Tides', part: { index: i, total: 60 }, nav: [['Masterpost', u(0)]], prose: prose(wordsPerPart, i) }));
  }
  return stitchSaved(web, 'sixty-parts', { url: u(0) });
}

/** A story stitched from the given pages (URL → HTML), opened at `start`. */
export function savedFromPages(name: string, pages: Record<string, string>, start: string, web = new FakeWeb()): Promise<SavedStory> {
  for (const [url, html] of Object.entries(pages)) web.add(url, html);
  return stitchSaved(web, name, { url: start });
}

/** The hostile story (tests/fixtures/hostile): its masterpost's parts, and the one-part "near shore" story. */
export async function hostileStories(web = new FakeWeb()): Promise<SavedStory[]> {
  for (const [url, { html }] of Object.entries(hostilePages())) web.add(url, html);
  return [await stitchSaved(web, 'hostile-ground', { url: HOSTILE_MASTERPOST }), await stitchSaved(web, 'hostile-near-shore', { url: HOSTILE_LIVE })];
}
