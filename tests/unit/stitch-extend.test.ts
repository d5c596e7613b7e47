/**
 * Going on from a saved copy (utils/stitch/index.ts extendStory) and the parts known before they arrive
 * (StitchState.pending / known), over the fake web: only what is new is fetched, nothing saved is
 * fetched again, and the placeholders' order is the reading order from the first update.
 */
import { describe, expect, it } from 'vitest';
import type { PartRecord, StoryRecord } from '../../utils/db';
import { extractPage } from '../../utils/extract/index';
import { refetchState, stateFromSaved } from '../../utils/reader-records';
import { extendStory, type StitchOptions, type StitchState, stitchStory } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, parse, synthMasterpost, synthPost } from '../support/fake-web';

const u = (i: number) => `https://harbour-lights.dreamwidth.org/${700 + i}.html`;
const MASTER = 'https://harbour-lights.dreamwidth.org/700.html';
const k = (i: number) => canonicalEntryKey(u(i));
const opts = (web: FakeWeb, extra: Partial<StitchOptions> = {}): StitchOptions => ({ fetchPage: web.fetchPage, parse, ...extra });

/** Part i of n (total null: "i/?"), linking the parts before it and the masterpost. */
function page(i: number, total: number | null, links: number[]): string {
  return synthPost({ url: u(i), title: 'Harbour Lights', part: { index: i, total }, nav: [...links.map((j) => [`Part ${j}`, u(j)] as [string, string]), ['Masterpost', MASTER]] });
}

/** The live page as the content script has it. */
function live(web: FakeWeb, url: string) {
  const doc = parse(web.htmlFor(url)!, url);
  const ex = extractPage(doc, url);
  return { url, post: ex.stories[0], doc, isMasterpost: ex.kind === 'masterpost' };
}

/** What a save of `state` leaves in the database, as stateFromSaved reads it back. */
function savedCopy(state: StitchState, drop: string[] = []) {
  const story = {
    id: state.order[0],
    partKeys: [...state.order],
    partUrls: state.order.map((key) => state.parts.get(key)?.url ?? state.errors.get(key)?.url ?? ''),
    masterpostUrl: MASTER,
  } as StoryRecord;
  const parts = [...state.parts.values()].map((p) => ({
    key: p.key,
    storyId: story.id,
    url: p.url,
    index: p.index,
    title: p.title,
    bodyHtml: drop.includes(p.key) ? '' : p.post.bodyHtml,
    bodyText: drop.includes(p.key) ? '' : p.post.bodyText,
    words: 1,
    fetchedAt: 1,
    post: p.post,
    ...(drop.includes(p.key) ? { textDroppedAt: 2 } : {}),
  })) as PartRecord[];
  return stateFromSaved(story, parts)!;
}

describe('parts known before they arrive', () => {
  it('from chapter 3, the first update already places parts 1 and 2 (pending) before it, in reading order', async () => {
    const web = new FakeWeb();
    for (const i of [1, 2, 3])
      web.add(
        u(i),
        page(
          i,
          3,
          [1, 2, 3].filter((j) => j !== i),
        ),
      );
    web.add(MASTER, synthMasterpost({ url: MASTER, title: 'Harbour Lights', links: [1, 2, 3].map((j) => [`Part ${j}`, u(j)] as [string, string]) }));
    web.defaultLatency = 30;
    const updates: StitchState[] = [];
    const final = await stitchStory(live(web, u(3)), opts(web, { onUpdate: (s) => updates.push(s) }));
    const first = updates[0];
    expect([...first.parts.keys()]).toEqual([k(3)]);
    expect(first.known).toEqual([k(1), k(2), k(3)]);
    expect([...first.pending!.entries()]).toEqual([
      [k(1), { url: u(1), index: 1 }],
      [k(2), { url: u(2), index: 2 }],
    ]);
    expect(final.order).toEqual([k(1), k(2), k(3)]);
    expect(final.pending).toBeUndefined();
    expect(final.known).toBeUndefined();
  });
});

describe('extendStory: a saved copy grows', () => {
  it('part 1 saved; its page now links part 2: only part 2 is fetched (not part 1, not the masterpost)', async () => {
    const web = new FakeWeb();
    web.add(u(1), page(1, null, []));
    web.add(MASTER, synthMasterpost({ url: MASTER, title: 'Harbour Lights', links: [['Part 1', u(1)]] }));
    const first = await stitchStory(live(web, u(1)), opts(web));
    expect(first.order).toEqual([k(1)]);
    const copy = savedCopy(first);

    // Overnight: part 2 is posted and part 1 gets a link to it.
    web.add(u(2), page(2, null, [1]));
    web.add(u(1), page(1, null, [2]));
    web.log.length = 0;
    const grown = await extendStory(copy.state, { from: live(web, u(1)), skip: [canonicalEntryKey(MASTER)] }, opts(web));
    expect(web.fetched()).toEqual([u(2)]);
    expect(grown.order).toEqual([k(1), k(2)]);
    expect(grown.parts.get(k(2))!.post.bodyText).toContain('keeper');
    expect(grown.done).toBe(true);
  });

  it('opened from the page of a new part 3, the saved parts are not fetched again', async () => {
    const web = new FakeWeb();
    for (const i of [1, 2])
      web.add(
        u(i),
        page(
          i,
          null,
          [1, 2].filter((j) => j !== i),
        ),
      );
    const first = await stitchStory(live(web, u(1)), opts(web));
    const copy = savedCopy(first);
    web.add(u(3), page(3, 3, [1, 2]));
    web.log.length = 0;
    const grown = await extendStory(copy.state, { from: live(web, u(3)), skip: [canonicalEntryKey(MASTER)] }, opts(web));
    expect(web.fetched()).toEqual([]);
    expect(grown.order).toEqual([k(1), k(2), k(3)]);
  });

  it('a saved part whose text was dropped is pending in the copy and fetched, alone', async () => {
    const web = new FakeWeb();
    for (const i of [1, 2, 3])
      web.add(
        u(i),
        page(
          i,
          3,
          [1, 2, 3].filter((j) => j !== i),
        ),
      );
    const first = await stitchStory(live(web, u(1)), opts(web));
    const copy = savedCopy(first, [k(2)]);
    expect([...copy.state.parts.keys()]).toEqual([k(1), k(3)]);
    expect(copy.state.known).toEqual([k(1), k(2), k(3)]);
    web.log.length = 0;
    const updates: StitchState[] = [];
    const filled = await extendStory(copy.state, { skip: [canonicalEntryKey(MASTER)] }, opts(web, { onUpdate: (s) => updates.push(s) }));
    expect(web.fetched()).toEqual([u(2)]);
    expect(filled.order).toEqual([k(1), k(2), k(3)]);
    expect(updates[0].pending?.has(k(2))).toBe(true);
  });

  it('a Refresh fetches every known part again and loses none whose page is gone', async () => {
    const web = new FakeWeb();
    for (const i of [1, 2, 3])
      web.add(
        u(i),
        page(
          i,
          3,
          [1, 2, 3].filter((j) => j !== i),
        ),
      );
    web.add(MASTER, synthMasterpost({ url: MASTER, title: 'Harbour Lights', links: [1, 2, 3].map((j) => [`Part ${j}`, u(j)] as [string, string]) }));
    const first = await stitchStory(live(web, u(2)), opts(web));
    web.fault(u(1), 'deleted');
    web.log.length = 0;
    const again = await extendStory(refetchState(first), {}, opts(web));
    expect(new Set(web.fetched())).toEqual(new Set([u(1), u(2), u(3), MASTER]));
    expect(again.order).toEqual([k(1), k(2), k(3)]);
    expect(again.errors.get(k(1))?.reason).toBe('not-found');
    expect(again.parts.size).toBe(2);
  });
});
