/**
 * The stitcher's start, as the reader's first part waits for it (issue 16, speed at the limit: a 60-part story's first
 * part ≤ 1.2× a one-part open). What the start does in the task that draws its part is one update for all its links
 * (`Stitcher.batch`), and the start's look for its story's index (its journal's front page, its list page, a lone link
 * home, the layout's neighbours: each reads its page whole again) waits for `painted` when the caller gives it.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { frontPageUrlOf } from '../../utils/fetch-url';
import { type StitchState, stitchStory } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, parse, synthPost } from '../support/fake-web';

const keys = (urls: readonly string[]) => urls.map(canonicalEntryKey);
const partKeys = (s: { order: string[]; parts: Map<string, unknown> }) => s.order.filter((k) => s.parts.has(k));

/** A story of `n` parts on Dreamwidth, each linking every other part, ten to a line as writers do. */
function bigStory(web: FakeWeb, journal: string, n: number): string[] {
  const urls = Array.from({ length: n }, (_, i) => `https://${journal}.dreamwidth.org/${1000 + i}.html`);
  const prose = [
    'The harbour master kept the tide tables in a drawer that stuck, and every morning he swore at it before he read them.',
    'By noon the boats were out past the breakwater, and the gulls had followed them, and the quay was quiet but for the ropes.',
  ];
  urls.forEach((url, i) => {
    const links = urls.map((u, j) => (u === url ? `<b>Part ${j + 1}</b>` : `<a href="${u}">Part ${j + 1}</a>`));
    const lines = Array.from({ length: Math.ceil(n / 10) }, (_, k) => links.slice(k * 10, k * 10 + 10).join(' | '));
    web.add(url, synthPost({ url, title: 'Tide Tables', part: { index: i + 1, total: n }, prose: [...prose, ...lines] }));
  });
  return urls;
}

function start(web: FakeWeb, url: string) {
  const doc = parse(web.htmlFor(url)!, url);
  return { url, post: extractPage(doc, url).stories[0], doc };
}

describe('the start’s task: one update for all its links', () => {
  it('a 60-part story opened on part 1 (first batch 16): one update for its 59 links, not one per link; the same story at the end', async () => {
    const web = new FakeWeb();
    web.defaultLatency = 80;
    const urls = bigStory(web, 'ledger-keep', 60);
    const updates: StitchState[] = [];
    const run = stitchStory(start(web, urls[0]), { fetchPage: web.fetchPage, parse, firstBatch: 16, onUpdate: (s) => updates.push(s) });
    // Before any part arrives: the start filed with its links (16 on their way, the 43 after them deferred, each in its
    // place), in one update with it, not one per deferred part.
    await new Promise((r) => setTimeout(r, 30));
    const early = updates.filter((u) => u.parts.size === 1);
    expect(early.length).toBeGreaterThan(0);
    expect(early.length).toBeLessThanOrEqual(2);
    const deferred = [...early.at(-1)!.errors.values()].filter((e) => e.reason === 'deferred');
    expect(deferred).toHaveLength(60 - 1 - 16);
    expect(deferred.every((e) => keys(urls.slice(1)).includes(e.key))).toBe(true);
    const s = await run;
    expect(s.order).toEqual(keys(urls));
    expect(partKeys(s)).toHaveLength(17); // the start and its first batch; the rest deferred until the reader nears them
    expect([...s.errors.values()].every((e) => e.reason === 'deferred')).toBe(true);
    // A part that arrives is one update too (its links' and its own were two).
    expect(updates.length - early.length).toBeLessThanOrEqual(16 + 1);
  });
});

describe('the start’s look for its index waits for the first paint', () => {
  // A chapter that names its journal's front page as its story's index (stitch-front-page.test.ts, the fixture set
  // "sticky chapter index"): its front page is what the look finds.
  const CHAPTER = 'https://fennel-quay.dreamwidth.org/3318.html';
  const FRONT = 'https://fennel-quay.dreamwidth.org/';
  const frontFetched = (web: FakeWeb) => web.fetched().some((u) => frontPageUrlOf(u) === FRONT);

  it('given `painted`, nothing is looked for until it resolves; then the front page is read, and the story is the same as without it', async () => {
    const without = new FakeWeb();
    const plain = await stitchStory(start(without, CHAPTER), { fetchPage: without.fetchPage, parse });
    expect(frontFetched(without)).toBe(true);

    const web = new FakeWeb();
    let paint!: () => void;
    const painted = new Promise<void>((r) => (paint = r));
    let done = false;
    const run = stitchStory(start(web, CHAPTER), { fetchPage: web.fetchPage, parse, painted: () => painted }).then((s) => ((done = true), s));
    // The chapter's own links are fetched meanwhile; the front page is not, and the run waits for the look.
    await new Promise((r) => setTimeout(r, 50));
    expect(frontFetched(web)).toBe(false);
    expect(done).toBe(false);
    paint();
    const s = await run;
    expect(frontFetched(web)).toBe(true);
    expect(partKeys(s)).toEqual(partKeys(plain));
    expect(s.masterpost?.url).toBe(plain.masterpost?.url);
  });

  it('a run aborted while it waits ends, and looks for nothing after', async () => {
    const web = new FakeWeb();
    const stop = new AbortController();
    let paint!: () => void;
    const painted = new Promise<void>((r) => (paint = r));
    const run = stitchStory(start(web, CHAPTER), { fetchPage: web.fetchPage, parse, painted: () => painted, signal: stop.signal });
    stop.abort();
    await run;
    paint();
    await new Promise((r) => setTimeout(r, 20));
    expect(frontFetched(web)).toBe(false);
  });
});
