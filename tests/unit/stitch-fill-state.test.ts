/**
 * A fill as the reader reads it (utils/stitch/fill-state.ts): stitchFill's parts as the stitcher's
 * state, keyed by their comments, saved like any story (WIP or complete by its markers, new parts
 * found), its prompt folded on the story card; and its session admits no journal its text names.
 */

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { fillStatus } from '../../components/reader/fill-status';
import { renderStoryCard } from '../../components/reader/story-card';
import { loadPages, pageHtml } from '../../harness/fixture-cases';
import { getStory, openInkwellDb } from '../../utils/db';
import { locateStories } from '../../utils/extract/index';
import type { StoryPost } from '../../utils/extract/types';
import { FetchPolicy } from '../../utils/fetch-policy';
import { isCommentPageUrl } from '../../utils/fetch-url';
import { refreshStory } from '../../utils/library-refresh';
import { buildStoryRecords } from '../../utils/reader-records';
import { saveStoryWithParts } from '../../utils/save-story';
import type { FetchResult, StitchState } from '../../utils/stitch';
import { stitchFillStory, stitchSavedFill } from '../../utils/stitch/fill-state';
import { savedStoryComplete } from '../../utils/story-progress';
import { storyKeyOf } from '../../utils/url';

const DW = 'https://stillwater-kink.dreamwidth.org/2210.html';
const pages = loadPages();
const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;

function start(pageUrl: string, storyUrl: string) {
  const doc = parse(pageHtml(pages, pageUrl), pageUrl);
  const post = locateStories(doc, pageUrl).extraction.stories.find((s) => s.url === storyUrl)!;
  expect(post, storyUrl).toBeTruthy();
  return { url: pageUrl, post, doc };
}

function web(fault: (url: string) => FetchResult | null = () => null) {
  const asked: string[] = [];
  const fetchPage = async (url: string): Promise<FetchResult> => {
    asked.push(url);
    const f = fault(url);
    if (f) return f;
    return pages[url] ? { ok: true, url, status: 200, html: pageHtml(pages, url) } : { ok: false, url, reason: 'not-found', status: 404, message: 'The page was not found (404).' };
  };
  return { asked, fetchPage };
}

const key = (id: string) => storyKeyOf(`${DW}?thread=${id}`);

describe('stitchFillStory', () => {
  it('a six-part fill over three comment pages: the stitcher’s state, in order, keyed by comment; the first part before any fetch', async () => {
    const w = web();
    const updates: StitchState[] = [];
    const s = start(DW, `${DW}?thread=77137#cmt77137`);
    const state = await stitchFillStory(s, { fetchPage: w.fetchPage, parse, onUpdate: (u) => updates.push(u) });
    // Part 4 was posted in two comments (4a, 4b): one part, its pieces' text in order.
    expect(state.order).toEqual(['77137', '78417', '91985', '92241', '103761', '104273'].map(key));
    const four = state.parts.get(key('92241'))!.post.bodyText;
    expect(four.indexOf('"I do not," said Tess')).toBeGreaterThan(100);
    expect(state.done).toBe(true);
    expect(state.errors.size).toBe(0);
    expect(updates[0].order).toEqual([key('77137')]);
    expect(updates[0].done).toBe(false);
    expect(w.asked.every(isCommentPageUrl)).toBe(true);
    // Saved as a story of its own, complete: 6 parts.
    const { story, parts } = buildStoryRecords(state, s.post, { id: null, firstOpened: 1 });
    expect(story.id).toBe(key('77137'));
    expect(story).toMatchObject({ title: 'The Long Way Round', author: 'Anonymous', totalParts: 6 });
    expect(parts.map((p) => p.index)).toEqual([1, 2, 3, 4, 5, 6]);
    // Complete (its END): a reader who reads it to its end has finished it.
    expect(savedStoryComplete(story)).toBe(true);
  });

  it('a WIP fill (2/?): never finished by its position; a part gained since the last save is one new part', async () => {
    const s = start(DW, `${DW}?thread=79697#cmt79697`);
    const state = await stitchFillStory(s, { fetchPage: web().fetchPage, parse });
    expect(state.order).toEqual([key('79697'), key('81233')]);
    const { story } = buildStoryRecords(state, s.post, { id: null, firstOpened: 1 });
    expect(story.totalParts).toBeNull();
    expect(savedStoryComplete(story)).toBe(false);
    // Saved when only part 1 was posted; part 2 found by walking the thread again.
    const before = buildStoryRecords({ ...state, order: [key('79697')] }, s.post, { id: null, firstOpened: 1 }).story;
    const after = buildStoryRecords(state, s.post, { id: before.id, firstOpened: 1, previous: before, placeKey: key('79697') }).story;
    expect(after.newPartKeys).toEqual([key('81233')]);
  });

  it('from a saved copy: every update keeps the parts shown, so the place read stays where it is', async () => {
    const s = start(DW, `${DW}?thread=77137#cmt77137`);
    const whole = await stitchFillStory(s, { fetchPage: web().fetchPage, parse });
    const updates: StitchState[] = [];
    // Page 3 gone since: its parts are kept as shown (their saved text), not dropped.
    const w = web((url) => (url.endsWith('page=3') ? { ok: false, url, reason: 'not-found', status: 404, message: 'The page was not found (404).' } : null));
    const again = await stitchFillStory(s, { fetchPage: w.fetchPage, parse, base: whole, onUpdate: (u) => updates.push(u) });
    expect(updates.length).toBeGreaterThan(1);
    for (const u of updates) expect(u.order.slice(0, 6)).toEqual(whole.order);
    expect(again.order.filter((k) => again.parts.has(k))).toEqual(whole.order);
    expect(again.parts.get(key('104273'))!.post.bodyText).toBe(whole.parts.get(key('104273'))!.post.bodyText);
  });

  it('says how the walk goes: "still looking" while it runs, then what failed, or nothing once all was found', async () => {
    const s = start(DW, `${DW}?thread=77137#cmt77137`);
    const said: (string | null)[] = [];
    const early = fillStatus();
    const whole = stitchFillStory(s, { fetchPage: web().fetchPage, parse, ...early.options });
    // The reader mounts after the walk started: it is told the last word at once, then each new one.
    early.attach((t) => said.push(t));
    await whole;
    expect(said[0]).toMatch(/^Looking for the fill’s parts: (part \d+ of 6|\d+ parts?) found, still looking…$/);
    expect(said.some((t) => /part [2-5] of 6 found, still looking/.test(t ?? ''))).toBe(true);
    expect(said.at(-1)).toBeNull();

    const failing = fillStatus();
    const lines: (string | null)[] = [];
    failing.attach((t) => lines.push(t));
    const w = web((url) => (url.endsWith('page=3') ? { ok: false, url, reason: 'not-found', status: 404, message: 'The page was not found (404).' } : null));
    await stitchFillStory(s, { fetchPage: w.fetchPage, parse, ...failing.options });
    expect(lines.at(-1)).toMatch(/^Comment page 3 could not be fetched: The page was not found \(404\)/);
  });

  it('a part that cannot be read is an error in its place, with stitchFill’s message', async () => {
    const w = web((url) => (url.endsWith('thread=92497') ? { ok: false, url, reason: 'server-error', status: 503, message: 'The site had an error (503).' } : null));
    const state = await stitchFillStory(start(DW, `${DW}?thread=77137#cmt77137`), { fetchPage: w.fetchPage, parse });
    expect(state.errors.get(key('92497'))).toMatchObject({ reason: 'server-error', message: 'Part 4b could not be fetched: The site had an error (503).' });
    expect(state.order.indexOf(key('92497'))).toBe(4);
    expect(state.parts.get(key('92241'))!.post.bodyText).not.toContain('"I do not," said Tess');
  });
});

describe('the library’s Refresh of a fill', () => {
  it('walks its thread again from its first part’s thread page: the part posted since is saved, one new part', async () => {
    const LJ = 'https://hollowcrown-kink.livejournal.com/15872.html';
    const first = `${LJ}?thread=2211621#t2211621`;
    const s = start(LJ, first);
    const whole = await stitchFillStory(s, { fetchPage: web().fetchPage, parse });
    expect(whole.order).toHaveLength(2);
    // Saved when only its first part was posted.
    const db = await openInkwellDb('inkwell-fill-refresh', { allowWebOrigin: true });
    const saved = buildStoryRecords({ ...whole, order: whole.order.slice(0, 1) }, s.post, { id: null, firstOpened: 1000 }, 1000);
    await saveStoryWithParts(db, saved.story, saved.parts);
    const w = web();
    const res = await refreshStory(db, (await getStory(db, saved.story.id))!, { fetchPage: w.fetchPage, parse, now: () => 9000 });
    expect(res).toEqual({ id: storyKeyOf(first), title: saved.story.title, added: 1 });
    expect(w.asked[0]).toBe(`${LJ}?thread=2211621`);
    expect(w.asked.every(isCommentPageUrl)).toBe(true);
    const after = (await getStory(db, saved.story.id))!;
    expect(after.partKeys).toEqual(whole.order);
    expect(after.newPartKeys).toEqual([whole.order[1]]);
    expect(after.lastRead).toBe(1000);
    db.close();
  });
});

describe('a saved fill looked for again with no journal page (the reader page, the library)', () => {
  it('reads its first part’s thread page, then the thread; a page that fails or no longer shows it says why', async () => {
    const LJ = 'https://hollowcrown-kink.livejournal.com/15872.html';
    const first = `${LJ}?thread=2211621#t2211621`;
    const w = web();
    const found = await stitchSavedFill(first, null, { fetchPage: w.fetchPage, parse });
    expect('final' in found && found.final.order).toEqual(['2211621', '2211877'].map((id) => storyKeyOf(`${LJ}?thread=${id}`)));
    expect(w.asked[0]).toBe(`${LJ}?thread=2211621`);
    const gone = await stitchSavedFill(first, null, { fetchPage: web((url) => ({ ok: false, url, reason: 'not-found', status: 404, message: 'The page was not found (404).' })).fetchPage, parse });
    expect(gone).toEqual({ error: 'The page was not found (404).' });
    // The thread page answers, but the comment is not a fill there any more (its subject edited away).
    const edited = await stitchSavedFill(first, null, {
      fetchPage: web((url) => ({ ok: true, url, status: 200, html: pageHtml(pages, `${LJ}?thread=2211621`).replace(/(?:FILL:\s*)?Undertow Street 1\/\?/g, 'never mind, rewriting this') })).fetchPage,
      parse,
    });
    expect(edited).toEqual({ error: 'its first part is no longer in the entry’s comments' });
  });
});

describe('a fill’s card and session', () => {
  it('shows the prompt folded, first; an entry story’s prompt stays a field', () => {
    // The card is made with the reader's document (a jsdom one here: this file reads fixtures from disk).
    (globalThis as { document?: Document }).document = new JSDOM('').window.document;
    const post = start(DW, `${DW}?thread=84049#cmt84049`).post;
    const card = renderStoryCard(post, 't', null);
    const folded = card.querySelector('details');
    expect(folded?.querySelector('summary')?.textContent).toBe('Prompt');
    expect(folded?.textContent).toContain(post.fields.prompt!.slice(0, 40));
    expect(folded?.hasAttribute('open')).toBe(false);
    expect([...card.querySelectorAll('dt')].map((d) => d.textContent)).not.toContain('Prompt');
    const entry: StoryPost = { ...post, url: DW };
    expect([...renderStoryCard(entry, 't', null).querySelectorAll('dt')].map((d) => d.textContent)).toContain('Prompt');
  });

  it('a "FILL" linking to other journals admits none: only its own entry’s comment pages are fetched', () => {
    // What the page side sends for a fill: no links (entrypoints/reader.content).
    const policy = FetchPolicy.forStory(DW, `${DW}?thread=84049#cmt84049`, []);
    expect(policy.allowsCommentPage(`${DW}?thread=86865`)).toBe(true);
    expect(policy.allowsCommentPage(`${DW}?page=2`)).toBe(true);
    expect(policy.allows('https://someone-else.dreamwidth.org/77.html')).toBe(false);
    expect(policy.allowsCommentPage('https://stillwater-kink.dreamwidth.org/2400.html?thread=5')).toBe(false);
  });
});
