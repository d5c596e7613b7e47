// @vitest-environment jsdom
/**
 * Live popup and library (issue 16): the database's writes announce the stories they changed on
 * the extension's channel; the list puts the changed stories in place, redrawing only their rows
 * (the other rows' <li> are the same nodes), and keeps search, scroll, focus and selection; the
 * library page and the popup read only the changed stories again.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { type LibraryPage, mountLibraryPage } from '../../components/library-page';
import { mountPopup } from '../../components/popup-view';
import { createStoryList, type StoryListHandle } from '../../components/story-list';
import { deleteStories, type InkwellDb, openInkwellDb, type StoryRecord, savePosition, saveStory, setStoryStatus } from '../../utils/db';
import { announceLibraryChange, LIBRARY_CHANNEL, type LibraryChange, mergeChangedStories, readChange, watchLibraryChanges } from '../../utils/library-changes';
import { type LibraryItem, loadLibrary, loadLibraryItems } from '../../utils/library-data';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const NOW = Date.UTC(2025, 5, 15, 12);
const DAY = 86_400_000;

function item(i: number, over: Partial<LibraryItem> = {}): LibraryItem {
  return {
    id: `livejournal.com/w${i}/${i}`,
    title: `Story ${String(i).padStart(3, '0')} of the road`,
    author: `writer_${i % 7}`,
    journal: `w${i}`,
    site: 'livejournal',
    rating: null,
    fandom: i % 2 ? 'Merlin' : 'Sherlock',
    pairing: '',
    characters: '',
    summary: '',
    warnings: '',
    wordCount: 1000 + i,
    partCount: 3,
    masterpostUrl: null,
    firstOpened: NOW - 30 * DAY,
    lastRead: NOW - i * 60_000,
    addedAt: NOW - 30 * DAY,
    percent: 40,
    positionUpdatedAt: NOW - i * 60_000,
    positionPart: 1,
    ...over,
  };
}

/** A stand-in for a BroadcastChannel: what is posted reaches the listeners. */
function fakeChannel() {
  const target = new EventTarget();
  return Object.assign(target, {
    postMessage: (data: unknown) => target.dispatchEvent(new MessageEvent('message', { data })),
  });
}

describe('the change message', () => {
  it('puts changed stories in place, adds new ones, removes the removed; the rest stay the same objects', () => {
    const a = item(1);
    const b = item(2);
    const c = item(3);
    const b2 = { ...b, percent: 80 };
    const d = item(4);
    const out = mergeChangedStories([a, b, c], [b2, d], [c.id]);
    expect(out).toEqual([a, b2, d]);
    expect(out[0]).toBe(a);
    expect(out[1]).toBe(b2);
    expect(mergeChangedStories([a], [], [])).toEqual([a]);
  });

  it('reads only well-formed messages, and only string ids', () => {
    expect(readChange({ type: 'library:changed', ids: ['a', 3, null, 'b'] })).toEqual({ ids: ['a', 'b'] });
    expect(readChange({ type: 'library:changed', ids: [], all: true })).toEqual({ ids: [], all: true });
    expect(readChange({ type: 'other', ids: ['a'] })).toBeNull();
    expect(readChange({ type: 'library:changed', ids: 'a' })).toBeNull();
    expect(readChange(null)).toBeNull();
  });

  it('gathers the changes of a moment into one call, and stops when unsubscribed', () => {
    const ch = fakeChannel();
    const seen: LibraryChange[] = [];
    const tasks: (() => void)[] = [];
    const run = () => tasks.splice(0).forEach((t) => t());
    const stop = watchLibraryChanges((c) => seen.push(c), { channel: ch, schedule: (fn) => tasks.push(fn) });
    announceLibraryChange(['a', 'b'], { channel: ch });
    announceLibraryChange(['b', 'c'], { channel: ch });
    ch.postMessage({ type: 'junk' });
    expect(seen).toEqual([]);
    expect(tasks).toHaveLength(1);
    run();
    expect(seen).toEqual([{ ids: ['a', 'b', 'c'] }]);
    announceLibraryChange([], { channel: ch, all: true });
    run();
    expect(seen[1]).toEqual({ ids: [], all: true });
    announceLibraryChange(['d'], { channel: ch });
    stop();
    run();
    announceLibraryChange(['e'], { channel: ch });
    run();
    expect(seen).toHaveLength(2);
  });

  it('delivers without timers (a background tab holds them back to once a second)', async () => {
    const ch = fakeChannel();
    const seen: LibraryChange[] = [];
    // Timers held back entirely: only a task that is no timer can deliver the change.
    vi.useFakeTimers({ toFake: ['setTimeout', 'setInterval', 'setImmediate'] });
    const turn = () =>
      new Promise((r) => {
        const c = new MessageChannel();
        c.port1.onmessage = () => (c.port1.close(), r(null));
        c.port2.postMessage(0);
      });
    try {
      watchLibraryChanges((c) => seen.push(c), { channel: ch });
      announceLibraryChange(['a'], { channel: ch });
      for (let i = 0; i < 20 && !seen.length; i++) await turn();
      expect(seen).toEqual([{ ids: ['a'] }]);
    } finally {
      vi.useRealTimers();
    }
  });
});

function record(i: number, over: Partial<StoryRecord> = {}): StoryRecord {
  return {
    id: `livejournal.com/w${i}/${i}`,
    title: `Story ${i}`,
    author: `writer_${i}`,
    journal: `w${i}`,
    site: 'livejournal',
    fields: { title: `Story ${i}`, fandom: 'Merlin' },
    rating: null,
    partKeys: [`livejournal.com/w${i}/${i}`, `livejournal.com/w${i}/${i + 1000}`],
    partUrls: [`https://w${i}.livejournal.com/${i}.html`, `https://w${i}.livejournal.com/${i + 1000}.html`],
    masterpostUrl: null,
    wordCount: 2000,
    firstOpened: NOW - DAY,
    lastRead: NOW - DAY + i,
    addedAt: NOW - DAY,
    ...over,
  };
}

let dbCount = 0;
async function freshDb(n: number): Promise<InkwellDb> {
  const db = await openInkwellDb(`inkwell-live-${++dbCount}`, { allowWebOrigin: true });
  for (let i = 1; i <= n; i++) await saveStory(db, record(i));
  return db;
}

describe('the database announces its writes', () => {
  it('on the extension channel: a saved story, a moved place, a status, a delete (ids only)', async () => {
    const db = await freshDb(2);
    // Another page's channel object: this context's own one does not hear itself.
    const listener = new BroadcastChannel(LIBRARY_CHANNEL);
    const got: unknown[] = [];
    listener.onmessage = (e) => got.push(e.data);
    const settle = () => new Promise((r) => setTimeout(r, 30));
    try {
      await saveStory(db, record(3));
      await savePosition(db, { storyId: record(1).id, partKey: record(1).partKeys[1]!, paragraph: 2, offset: 0, percent: 70, updatedAt: NOW });
      // An older position than the stored one is not saved: nothing to announce.
      await savePosition(db, { storyId: record(1).id, partKey: record(1).partKeys[0]!, paragraph: 0, offset: 0, percent: 1, updatedAt: NOW - 5 });
      await setStoryStatus(db, record(2).id, 'finished');
      await deleteStories(db, [record(3).id]);
      await settle();
      expect(got).toEqual([
        { type: 'library:changed', ids: [record(3).id] },
        { type: 'library:changed', ids: [record(1).id] },
        { type: 'library:changed', ids: [record(2).id] },
        { type: 'library:changed', ids: [record(3).id] },
      ]);
      const { items, removed } = await loadLibraryItems(db, [record(1).id, record(3).id]);
      expect(items.map((s) => [s.id, s.percent, s.positionPart])).toEqual([[record(1).id, 70, 1]]);
      expect(removed).toEqual([record(3).id]);
    } finally {
      listener.close();
      db.close();
    }
  });
});

describe('the list updates in place', () => {
  let list: StoryListHandle | null = null;
  afterEach(() => {
    list?.destroy();
    list = null;
    document.body.textContent = '';
  });
  const rows = () => Array.from(document.querySelectorAll<HTMLLIElement>('li.sl-row'));
  const byId = () => new Map(rows().map((li) => [li.dataset.id!, li]));

  it('redraws only the changed row; the others are the same nodes, scroll, search, focus and selection kept', async () => {
    const many = Array.from({ length: 200 }, (_, i) => item(i + 1));
    list = createStoryList({ variant: 'library', selectable: true, onOpen: () => undefined, detailsHref: (s) => `#story=${s.id}`, now: () => NOW });
    document.body.append(list.element);
    list.setStories(many);
    await list.whenIndexed();
    const search = list.element.querySelector<HTMLInputElement>('.sl-search')!;
    search.value = 'road';
    search.dispatchEvent(new Event('input'));
    list.virtualList.element.scrollTop = 20 * 88;
    list.virtualList.element.dispatchEvent(new Event('scroll'));
    list.setSelected([many[24]!.id]);
    const before = byId();
    expect(before.has(many[24]!.id)).toBe(true);
    const focused = before.get(many[25]!.id)!.querySelector<HTMLElement>('[data-nav="title"]')!;
    focused.focus();

    // Story 23 was read on (its place moved): it stays where it is in the sort, its text changes.
    const changed = { ...many[22]!, percent: 65, lastRead: many[22]!.lastRead + 1, positionPart: 2 };
    list.updateStories([changed]);

    const after = byId();
    expect(after.get(changed.id)).not.toBe(before.get(changed.id));
    expect(after.get(changed.id)!.querySelector('.sl-percent')!.textContent).toBe('65% read');
    for (const [id, li] of before) if (id !== changed.id && after.has(id)) expect(after.get(id), id).toBe(li);
    expect(list.virtualList.element.scrollTop).toBe(20 * 88);
    expect(search.value).toBe('road');
    expect(list.selected()).toEqual([many[24]!.id]);
    expect(after.get(many[24]!.id)!.querySelector<HTMLInputElement>('.sl-check')!.checked).toBe(true);
    expect(document.activeElement).toBe(focused);
    // DOM order is still index order.
    const pos = rows().map((li) => Number(li.getAttribute('aria-posinset')));
    expect(pos).toEqual([...pos].sort((a, b) => a - b));
    // Ids stay unique when rows are kept and others drawn.
    const ids = Array.from(document.querySelectorAll('[id]')).map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('moves a story read just now to the top, drawing only it; a search still finds it; removed rows go', async () => {
    const many = Array.from({ length: 50 }, (_, i) => item(i + 1));
    list = createStoryList({ variant: 'popup', onOpen: () => undefined, now: () => NOW });
    document.body.append(list.element);
    list.setStories(many);
    await list.whenIndexed();
    const before = byId();
    const moved = { ...many[40]!, title: 'Renamed lantern story', lastRead: NOW + 1000, percent: 90 };
    list.updateStories([moved], [many[1]!.id]);
    const first = rows()[0]!;
    expect(first.dataset.id).toBe(moved.id);
    expect(first.querySelector('.sl-title')!.textContent).toBe('Renamed lantern story');
    expect(byId().has(many[1]!.id)).toBe(false);
    for (const [id, li] of byId()) if (id !== moved.id && before.has(id)) expect(li).toBe(before.get(id));
    expect(list.element.querySelector('.sl-count')!.textContent).toBe('49 stories');
    // The index was patched: the new title is searchable, the old one of the removed story is not.
    const search = list.element.querySelector<HTMLInputElement>('.sl-search')!;
    search.value = 'lantern';
    search.dispatchEvent(new Event('input'));
    expect(list.shown().map((s) => s.id)).toEqual([moved.id]);
    search.value = many[1]!.title;
    search.dispatchEvent(new Event('input'));
    expect(list.shown()).toEqual([]);
  });
});

describe('the library page and the popup', () => {
  let page: LibraryPage | null = null;
  afterEach(() => {
    page?.destroy();
    page = null;
    document.body.textContent = '';
  });

  it('library: a place moved in a tab updates its row from the database, other rows untouched', async () => {
    const db = await freshDb(30);
    document.body.innerHTML = '<div id="app"></div>';
    let push: ((c: LibraryChange) => void) | null = null;
    const loadAll = vi.fn();
    page = mountLibraryPage(document.getElementById('app')!, {
      db,
      openReader: async () => ({ ok: true }),
      getSettings: async () => DEFAULT_SETTINGS,
      setSettings: async () => undefined,
      estimate: async () => ({ usage: null, quota: null, persisted: null }),
      optionsHref: '/options.html',
      saveFirstScreen: loadAll,
      watchChanges: (cb) => ((push = cb), () => (push = null)),
      now: () => NOW,
    });
    await page.ready;
    const rowsById = () => new Map(Array.from(document.querySelectorAll<HTMLLIElement>('li.sl-row')).map((li) => [li.dataset.id!, li]));
    const before = rowsById();
    const target = record(25);
    // As the background does for a tab: the write, then the channel's message.
    await savePosition(db, { storyId: target.id, partKey: target.partKeys[1]!, paragraph: 3, offset: 0, percent: 55, updatedAt: NOW });
    push!({ ids: [target.id] });
    await vi.waitFor(() => expect(rowsById().get(target.id)?.querySelector('.sl-percent')?.textContent).toBe('55% read'));
    const after = rowsById();
    expect(Array.from(after.keys())[0]).toBe(target.id);
    for (const [id, li] of before) if (id !== target.id && after.has(id)) expect(after.get(id)).toBe(li);
    // One load for the first screen; the update read one story, not the list.
    expect(loadAll).toHaveBeenCalledTimes(1);
    db.close();
  });

  it('popup: a story saved in a tab joins the open popup', async () => {
    const db = await freshDb(3);
    document.body.innerHTML = '<div id="app"></div>';
    let push: ((c: LibraryChange) => void) | null = null;
    const loadAll = vi.fn(async () => loadLibrary(db));
    const view = mountPopup(document.getElementById('app')!, {
      loadRecent: async () => (await loadLibrary(db)).slice(0, 12),
      loadAll,
      loadItems: (ids) => loadLibraryItems(db, ids),
      watchChanges: (cb) => ((push = cb), () => (push = null)),
      openStory: async () => ({ ok: true }),
      activeTab: async () => null,
      readTab: async () => ({ ok: true }),
      openLibrary: () => undefined,
      openOptions: () => undefined,
      close: () => undefined,
      libraryHref: '/library.html',
      optionsHref: '/options.html',
      now: () => NOW,
    });
    await view.loaded;
    expect(view.list.all()).toHaveLength(3);
    await saveStory(db, record(4, { title: 'A new one', lastRead: NOW }));
    await savePosition(db, { storyId: record(4).id, partKey: record(4).partKeys[0]!, paragraph: 1, offset: 0, percent: 10, updatedAt: NOW });
    push!({ ids: [record(4).id] });
    await vi.waitFor(() => expect(document.querySelector('li.sl-row')?.querySelector('.sl-title')?.textContent).toBe('A new one'));
    expect(document.querySelector('.pp-continue-title')!.textContent).toBe('A new one');
    expect(loadAll).toHaveBeenCalledTimes(1);
    db.close();
  });
});
