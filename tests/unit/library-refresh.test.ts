/**
 * The library's Refresh (utils/library-refresh.ts) over a fake web and fake-indexeddb: a work in
 * progress gets its new part, saved, counted as new, without moving its last-read time; a
 * complete story is not looked at; a story saved before totals were kept is judged by its parts.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getParts, getStory, type InkwellDb, openInkwellDb, savePosition } from '../../utils/db';
import { extractPage } from '../../utils/extract/index';
import { isFetchUrl } from '../../utils/fetch-url';
import { libraryItem } from '../../utils/library-data';
import { inProgress, refreshLibrary } from '../../utils/library-refresh';
import { buildStoryRecords } from '../../utils/reader-records';
import { saveStoryWithParts } from '../../utils/save-story';
import { stitchStory } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, parse, synthPost } from '../support/fake-web';

const url = (journal: string, i: number) => `https://${journal}.dreamwidth.org/${500 + i}.html`;
const page = (journal: string, i: number, total: number | null, next: number[]) =>
  synthPost({ url: url(journal, i), title: `Drift of ${journal}`, part: { index: i, total }, nav: next.map((j) => [`Part ${j}`, url(journal, j)] as [string, string]) });

let db: InkwellDb;
let n = 0;
beforeEach(async () => {
  db = await openInkwellDb(`inkwell-refresh-${++n}`, { allowWebOrigin: true });
});
afterEach(() => db.close());

/** Reads a story from its part 1 as the reader would, and saves it. */
async function readAndSave(web: FakeWeb, journal: string, lastRead: number) {
  const start = url(journal, 1);
  const doc = parse(web.htmlFor(start)!, start);
  const post = extractPage(doc, start).stories[0];
  const state = await stitchStory({ url: start, post, doc }, { fetchPage: web.fetchPage, parse });
  const built = buildStoryRecords(state, post, { id: null, firstOpened: lastRead }, lastRead);
  await saveStoryWithParts(db, built.story, built.parts);
  return built.story.id;
}

describe('the library’s Refresh', () => {
  it('fetches the new part of a work in progress, once, and leaves complete stories alone', async () => {
    const web = new FakeWeb();
    web.add(url('wip', 1), page('wip', 1, null, []));
    for (const i of [1, 2])
      web.add(
        url('done', i),
        page(
          'done',
          i,
          2,
          [1, 2].filter((j) => j !== i),
        ),
      );
    const wip = await readAndSave(web, 'wip', 1000);
    const done = await readAndSave(web, 'done', 2000);
    await savePosition(db, { storyId: wip, partKey: canonicalEntryKey(url('wip', 1)), paragraph: 3, offset: 0, percent: 99, updatedAt: 1500 });
    expect(await inProgress(db, (await getStory(db, wip))!)).toBe(true);
    expect(await inProgress(db, (await getStory(db, done))!)).toBe(false);

    // Part 2 is posted and part 1 links it.
    web.add(url('wip', 2), page('wip', 2, null, [1]));
    web.add(url('wip', 1), page('wip', 1, null, [2]));
    web.log.length = 0;
    const results = await refreshLibrary(db, { fetchPage: web.fetchPage, parse, now: () => 9000 });
    expect(results).toEqual([{ id: wip, title: 'Drift of wip', added: 1 }]);
    // The live page (its last part) and the new part: nothing of the complete story.
    expect(web.fetched()).toEqual([url('wip', 1), url('wip', 2)]);

    const story = (await getStory(db, wip))!;
    expect(story.partKeys).toEqual([url('wip', 1), url('wip', 2)].map(canonicalEntryKey));
    expect(story.newPartKeys).toEqual([canonicalEntryKey(url('wip', 2))]);
    expect(story.lastRead).toBe(1500);
    expect((await getParts(db, wip)).map((p) => p.bodyText.length > 0)).toEqual([true, true]);
    const item = libraryItem(story, { storyId: wip, partKey: canonicalEntryKey(url('wip', 1)), paragraph: 3, offset: 0, percent: 99, updatedAt: 1500 });
    expect(item).toMatchObject({ newParts: 1, complete: false });

    // Nothing new since: the page is looked at, nothing fetched, nothing counted.
    web.log.length = 0;
    expect(await refreshLibrary(db, { fetchPage: web.fetchPage, parse })).toEqual([{ id: wip, title: 'Drift of wip', added: 0 }]);
    expect(web.fetched()).toEqual([url('wip', 2)]);
  });

  it('a story read from an http:// page (an old link) is looked at over https, as the background fetches only the addresses the URL rule builds', async () => {
    const web = new FakeWeb();
    web.add(url('plain', 1), page('plain', 1, null, []));
    // Read on the page as the old link opened it; saved.
    const start = url('plain', 1).replace('https:', 'http:');
    const doc = parse(web.htmlFor(url('plain', 1))!, start);
    const post = extractPage(doc, start).stories[0];
    const state = await stitchStory({ url: start, post, doc }, { fetchPage: web.fetchPage, parse });
    const built = buildStoryRecords(state, post, { id: null, firstOpened: 1000 }, 1000);
    await saveStoryWithParts(db, built.story, built.parts);
    // Part 2 is posted; the background's fetcher refuses any address its rule would not build (entrypoints/background.ts).
    web.add(url('plain', 2), page('plain', 2, null, [1]));
    web.add(url('plain', 1), page('plain', 1, null, [2]));
    const asked: string[] = [];
    const results = await refreshLibrary(db, {
      fetchPage: (u, signal) => (
        asked.push(u), isFetchUrl(u) ? web.fetchPage(u, signal) : Promise.resolve({ ok: false as const, url: u, reason: 'not-allowed' as const, message: 'not an address Inkwell fetches' })
      ),
      parse,
    });
    expect(asked.every((u) => u.startsWith('https://'))).toBe(true);
    expect(results).toEqual([{ id: built.story.id, title: 'Drift of plain', added: 1 }]);
  });

  it('says why a story could not be looked at, and keeps it as it was', async () => {
    const web = new FakeWeb();
    web.add(url('gone', 1), page('gone', 1, null, []));
    const id = await readAndSave(web, 'gone', 1000);
    web.fault(url('gone', 1), 'http404');
    const [r] = await refreshLibrary(db, { fetchPage: web.fetchPage, parse });
    expect(r.added).toBe(0);
    expect(r.error).toMatch(/404/);
    expect((await getParts(db, id))[0].bodyText).toContain('keeper');
  });

  it('judges a story saved before totals were kept by its parts’ markers', async () => {
    const web = new FakeWeb();
    web.add(url('old', 1), page('old', 1, null, []));
    for (const i of [1, 2])
      web.add(
        url('whole', i),
        page(
          'whole',
          i,
          2,
          [1, 2].filter((j) => j !== i),
        ),
      );
    const old = await readAndSave(web, 'old', 1000);
    const whole = await readAndSave(web, 'whole', 1000);
    // As an older Inkwell saved them: no totalParts, failedKeys, newPartKeys.
    for (const id of [old, whole]) {
      const s = (await getStory(db, id))!;
      delete s.totalParts;
      delete s.failedKeys;
      delete s.newPartKeys;
      await db.put('stories', s);
    }
    expect(await inProgress(db, (await getStory(db, old))!)).toBe(true);
    expect(await inProgress(db, (await getStory(db, whole))!)).toBe(false);
  });
});
