/**
 * Works in progress (issue 17, item 1) and where the reader opens (item 5): what a live page shows
 * that the saved story lacks, the "new parts" a save records, the start-place rule, and saved
 * text kept when the site no longer shows a part (item 2).
 */
import { describe, expect, it } from 'vitest';
import type { PartLink, StoryPost } from '../../utils/extract/types';
import { createTextKeeper, keptNoteText, waybackCopiesUrl } from '../../utils/kept-parts';
import { newPartKeysAfterSave, newsOnPage } from '../../utils/new-parts';
import { chooseStart } from '../../utils/start-place';
import type { StitchedPart, StitchState } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';

const url = (n: number) => `https://tidewriter.dreamwidth.org/${100 + n}.html`;
const key = (n: number) => canonicalEntryKey(url(n));
const link = (n: number, label = `Part ${n}`, index: number | null = n): PartLink => ({ url: url(n), label, index });
const post = (n: number, total: number | null, links: PartLink[] = []): StoryPost => ({
  url: url(n),
  author: 'tidewriter',
  journal: 'tidewriter',
  subject: `Low Water, ${n}/${total ?? '?'}`,
  fields: { title: 'Low Water' },
  rawFields: [],
  headerNotes: [],
  rating: null,
  part: { index: n, total },
  complete: true,
  bodyText: `Part ${n} text.`,
  bodyHtml: `<p>Part ${n} text.</p>`,
  partLinks: links,
});
const saved = (n: number, over: { masterpostUrl?: string | null; failedKeys?: string[] } = {}) => ({
  id: key(1),
  partKeys: Array.from({ length: n }, (_, i) => key(i + 1)),
  masterpostUrl: over.masterpostUrl ?? null,
  failedKeys: over.failedKeys,
});

describe('what a live page shows that the saved story lacks', () => {
  it('nothing, when the page links only what is saved: no request at all', () => {
    const p = post(1, 2, [link(2)]);
    expect(newsOnPage(saved(2), { post: p, links: p.partLinks, isMasterpost: false })).toEqual({ pageIsNew: false, newLinks: [], askMasterpost: false, retry: [], any: false });
  });

  it('a part linked since the story was saved (part 1 now links part 2)', () => {
    const p = post(1, null, [link(2, 'Next »', null)]);
    const news = newsOnPage(saved(1), { post: p, links: p.partLinks, isMasterpost: false });
    expect(news.newLinks.map((l) => l.url)).toEqual([url(2)]);
    expect(news.any).toBe(true);
  });

  it('the page of a newly posted part is itself new', () => {
    const p = post(3, 3, [link(1), link(2)]);
    const news = newsOnPage(saved(2), { post: p, links: p.partLinks, isMasterpost: false });
    expect(news.pageIsNew).toBe(true);
    expect(news.newLinks).toEqual([]);
  });

  it('a masterpost lists a new part; a part’s "Masterpost" link is not a part', () => {
    const master = 'https://tidewriter.dreamwidth.org/100.html';
    const mp = { ...post(0, null, [link(1), link(2), link(3)]), part: null };
    expect(newsOnPage(saved(2, { masterpostUrl: master }), { post: mp, links: mp.partLinks, isMasterpost: true }).newLinks.map((l) => l.url)).toEqual([url(3)]);
    const p = post(2, 2, [link(1), { url: master, label: 'Masterpost', index: null }]);
    expect(newsOnPage(saved(2), { post: p, links: p.partLinks, isMasterpost: false }).any).toBe(false);
  });

  it('a marker promising more than is saved, with no link to it, asks the masterpost', () => {
    const master = 'https://tidewriter.dreamwidth.org/100.html';
    const p = post(2, 4, [link(1), { url: master, label: 'Masterpost', index: null }]);
    expect(newsOnPage(saved(2, { masterpostUrl: master }), { post: p, links: p.partLinks, isMasterpost: false }).askMasterpost).toBe(true);
    // Without a known masterpost there is nobody to ask; with "4/4" saved whole, nothing to ask.
    expect(newsOnPage(saved(2), { post: p, links: p.partLinks, isMasterpost: false }).askMasterpost).toBe(false);
    expect(newsOnPage(saved(4, { masterpostUrl: master }), { post: p, links: p.partLinks, isMasterpost: false }).askMasterpost).toBe(false);
  });

  it('parts that failed before are tried again', () => {
    const p = post(1, 3, [link(2), link(3)]);
    expect(newsOnPage(saved(3, { failedKeys: [key(2)] }), { post: p, links: p.partLinks, isMasterpost: false })).toMatchObject({ retry: [key(2)], any: true });
  });
});

describe('the new parts a save records', () => {
  it('none on a first save; those the last save lacked after that; none at or before the reader’s place', () => {
    const order = [key(1), key(2), key(3)];
    expect(newPartKeysAfterSave(null, order, null)).toEqual([]);
    expect(newPartKeysAfterSave({ partKeys: [key(1)] }, order, key(1))).toEqual([key(2), key(3)]);
    expect(newPartKeysAfterSave({ partKeys: [key(1), key(2)], newPartKeys: [key(2)] }, order, key(1))).toEqual([key(2), key(3)]);
    expect(newPartKeysAfterSave({ partKeys: [key(1), key(2)], newPartKeys: [key(2)] }, order, key(2))).toEqual([key(3)]);
    expect(newPartKeysAfterSave({ partKeys: order }, order, key(1))).toEqual([]);
  });
});

describe('where the reader opens', () => {
  const order = [key(1), key(2), key(3)];
  const at = (n: number, paragraph = 0) => ({ partKey: key(n), paragraph, offset: 0 });

  it('a first visit from chapter 3 opens at chapter 3; from part 1, at the top', () => {
    expect(chooseStart({ from: { key: key(3), part: { index: 3, total: 3 } }, saved: null, order: [] })).toEqual({ place: at(3), offer: null });
    expect(chooseStart({ from: { key: key(1), part: { index: 1, total: 3 } }, saved: null, order: [] })).toEqual({ place: null, offer: null });
    expect(chooseStart({ from: { key: key(1), part: null }, saved: null, order: [] })).toEqual({ place: null, offer: null });
  });

  it('the saved place wins from the masterpost, from its own part, or from a part before it', () => {
    expect(chooseStart({ from: null, saved: at(2, 7), order })).toEqual({ place: at(2, 7), offer: null });
    expect(chooseStart({ from: { key: key(1), part: { index: 1, total: 3 } }, saved: at(2, 7), order })).toEqual({ place: at(2, 7), offer: null });
    expect(chooseStart({ from: { key: key(2), part: { index: 2, total: 3 } }, saved: at(2, 7), order })).toEqual({ place: at(2, 7), offer: null });
  });

  it('from a later part, or a newly posted one, it opens there and offers the saved place', () => {
    expect(chooseStart({ from: { key: key(3), part: { index: 3, total: 3 } }, saved: at(2, 7), order })).toEqual({ place: at(3), offer: at(2, 7) });
    expect(chooseStart({ from: { key: key(4), part: { index: 4, total: 4 } }, saved: at(2, 7), order })).toEqual({ place: at(4), offer: at(2, 7) });
  });
});

describe('saved text is never replaced by an error page', () => {
  const part = (n: number): StitchedPart => ({ key: key(n), url: url(n), index: n, title: 'Low Water', post: post(n, 3) });
  const state = (parts: number[], errors: [number, 'not-found' | 'login' | 'network'][], pending: number[] = []): StitchState => {
    const s: StitchState = { order: [], parts: new Map(), errors: new Map(), masterpost: null, done: !pending.length };
    for (let n = 1; n <= 3; n++) {
      if (parts.includes(n)) s.parts.set(key(n), part(n));
      const e = errors.find(([m]) => m === n);
      if (e) s.errors.set(key(n), { key: key(n), url: url(n), index: n, reason: e[1], message: '' });
      if (parts.includes(n) || e) s.order.push(key(n));
    }
    if (pending.length) {
      s.pending = new Map(pending.map((n) => [key(n), { url: url(n), index: n }]));
      s.known = [key(1), key(2), key(3)];
    }
    return s;
  };
  const MARCH_12 = Date.UTC(2025, 2, 12, 12);

  it('a part deleted from the site keeps its saved text, marked, with the date it was saved', () => {
    const keeper = createTextKeeper([[key(2), { part: part(2), savedAt: MARCH_12 }]], () => MARCH_12 + 86_400_000 * 30);
    const shown = keeper.apply(state([1, 3], [[2, 'not-found']]));
    expect([...shown.parts.keys()]).toEqual([key(1), key(2), key(3)]);
    expect(shown.errors.size).toBe(0);
    expect(shown.parts.get(key(2))!.post.bodyText).toBe('Part 2 text.');
    expect(shown.kept!.get(key(2))).toMatchObject({ reason: 'not-found', savedAt: MARCH_12 });
    expect(keptNoteText(shown.kept!.get(key(2))!, new Date(MARCH_12))).toBe('No longer on the site (saved 12 March)');
    expect(keptNoteText({ reason: 'login', savedAt: MARCH_12 }, new Date(Date.UTC(2026, 0, 1)))).toBe('The site now asks for a login to show this part (saved 12 March 2025)');
  });

  it('a part with no saved text stays a failure with its reason (and Retry)', () => {
    const shown = createTextKeeper().apply(state([1, 3], [[2, 'not-found']]));
    expect(shown.errors.get(key(2))?.reason).toBe('not-found');
    expect(shown.kept).toBeUndefined();
  });

  it('while a Refresh fetches a part again, its text stays on screen; new text replaces it', () => {
    const keeper = createTextKeeper([
      [key(1), { part: part(1), savedAt: MARCH_12 }],
      [key(2), { part: part(2), savedAt: MARCH_12 }],
    ]);
    const during = keeper.apply(state([], [], [1, 2, 3]));
    expect([...during.parts.keys()]).toEqual([key(1), key(2)]);
    expect([...during.pending!.keys()]).toEqual([key(3)]);
    expect(during.known).toEqual([key(1), key(2), key(3)]);
    const fresh = state([1, 2, 3], []);
    const after = keeper.apply(fresh);
    expect(after).toBe(fresh);
  });

  it('links to the Wayback Machine’s copies of the part’s own page', () => {
    expect(waybackCopiesUrl('https://tidewriter.dreamwidth.org/102.html#cutid1')).toBe('https://web.archive.org/web/*/https://tidewriter.dreamwidth.org/102.html');
    expect(waybackCopiesUrl('https://web.archive.org/web/20120304050607/http://tidewriter.livejournal.com/5.html')).toBe('https://web.archive.org/web/*/http://tidewriter.livejournal.com/5.html');
  });
});
