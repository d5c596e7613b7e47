/**
 * Opening a saved story where the reader stopped (utils/library-data.ts): the part a story reopens at,
 * and the library's own reads of the database.
 */
import { describe, expect, it, vi } from 'vitest';
import { DB_NAME, openInkwellDb, type StoryRecord, savePosition, saveStory } from '../../utils/db';
import { firstPartUrl, libraryItem, loadLibrary, loadRecent, partsRead, recentFromRecords, resumeTarget, resumeUrl } from '../../utils/library-data';
import { EARLY_DB_NAME, openExisting, readRecentRecords, startEarlyRead, takeEarlyRead } from '../../utils/library-early';

const T0 = Date.UTC(2025, 0, 1);
const story = (n: number, over: Partial<StoryRecord> = {}): StoryRecord => ({
  id: `livejournal.com/w/${n}`,
  title: `S${n}`,
  author: 'w',
  journal: 'w',
  site: 'livejournal',
  fields: { fandom: 'F' },
  rating: null,
  partKeys: [`livejournal.com/w/${n}`, `livejournal.com/w/${n + 1}`, `livejournal.com/w/${n + 2}`],
  partUrls: [`https://w.livejournal.com/${n}.html`, `https://w.livejournal.com/${n + 1}.html`, ''],
  masterpostUrl: null,
  wordCount: 10,
  firstOpened: T0,
  lastRead: T0 + n,
  addedAt: T0,
  ...over,
});

describe('where a story reopens', () => {
  it('is the part the position is in, else the first known part', () => {
    const s = story(10);
    expect(resumeUrl(s, { partKey: 'livejournal.com/w/11' })).toBe('https://w.livejournal.com/11.html');
    expect(resumeUrl(s, null)).toBe('https://w.livejournal.com/10.html');
    // Part 3's URL is unknown (it failed): the first part instead.
    expect(resumeUrl(s, { partKey: 'livejournal.com/w/12' })).toBe('https://w.livejournal.com/10.html');
    expect(resumeUrl({ partKeys: [], partUrls: [], masterpostUrl: 'https://w.livejournal.com/1.html' }, null)).toBe('https://w.livejournal.com/1.html');
    expect(firstPartUrl(s)).toBe('https://w.livejournal.com/10.html');
  });

  it('counts parts read from the position and the status', () => {
    const base = libraryItem(story(10), { storyId: 'x', partKey: 'livejournal.com/w/11', paragraph: 0, offset: 0, percent: 40, updatedAt: 1 });
    expect(base.positionPart).toBe(1);
    expect(partsRead(base)).toBe(1);
    expect(partsRead({ ...base, status: 'finished' })).toBe(3);
    expect(partsRead({ ...base, status: 'not-started' })).toBe(0);
    expect(partsRead({ ...base, positionPart: null, percent: null })).toBe(0);
  });
});

describe('reading the library', () => {
  it('lists every story with its position part, and the most recent few by index', async () => {
    const db = await openInkwellDb(`inkwell-open-story-${Math.random()}`);
    for (let i = 0; i < 30; i++) await saveStory(db, story(i * 10));
    await savePosition(db, { storyId: 'livejournal.com/w/50', partKey: 'livejournal.com/w/52', paragraph: 3, offset: 0, percent: 80, updatedAt: T0 + 1_000_000 });
    const all = await loadLibrary(db);
    expect(all).toHaveLength(30);
    expect(all.find((s) => s.id === 'livejournal.com/w/50')).toMatchObject({ percent: 80, positionPart: 2 });
    const recent = await loadRecent(db, 5);
    // savePosition moved story 50's lastRead forward: it comes first.
    expect(recent.map((s) => s.id)).toEqual(['livejournal.com/w/50', 'livejournal.com/w/290', 'livejournal.com/w/280', 'livejournal.com/w/270', 'livejournal.com/w/260']);
    expect(recent[0].positionPart).toBe(2);
    expect(await resumeTarget(db, 'livejournal.com/w/50')).toMatchObject({ url: 'https://w.livejournal.com/50.html' });
    expect(await resumeTarget(db, 'nope')).toBeNull();
    db.close();
  });

  it('reads the most recent few the same with and without getAllRecords, past corrupt records', async () => {
    const db = await openInkwellDb(`inkwell-recent-${Math.random()}`);
    for (let i = 0; i < 30; i++) await saveStory(db, story(i * 10));
    // Three corrupt records among the newest: skipped (with a warning), the next ones take their places.
    for (const n of [1, 2, 3]) await db.put('stories', { id: `bad/${n}`, lastRead: T0 + 10_000 + n } as unknown as StoryRecord);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const want = ['livejournal.com/w/290', 'livejournal.com/w/280', 'livejournal.com/w/270', 'livejournal.com/w/260', 'livejournal.com/w/250'];
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    expect(typeof proto.getAllRecords).toBe('function');
    for (const limit of [2, 5]) expect((await loadRecent(db, limit)).map((s) => s.id)).toEqual(want.slice(0, limit));
    expect((await loadRecent(db, 40)).length).toBe(30);
    const own = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords')!;
    delete proto.getAllRecords;
    try {
      for (const limit of [2, 5]) expect((await loadRecent(db, limit)).map((s) => s.id)).toEqual(want.slice(0, limit));
      expect((await loadRecent(db, 40)).length).toBe(30);
    } finally {
      Object.defineProperty(IDBIndex.prototype, 'getAllRecords', own);
      warn.mockRestore();
    }
    db.close();
  });
});

describe('the popup start script’s read (utils/library-early.ts)', () => {
  it('gives loadRecent’s answer, with and without getAllRecords, and falls back past corrupt records', async () => {
    const name = `inkwell-early-${Math.random()}`;
    const db = await openInkwellDb(name);
    for (let i = 0; i < 30; i++) await saveStory(db, story(i * 10));
    await savePosition(db, { storyId: 'livejournal.com/w/280', partKey: 'livejournal.com/w/282', paragraph: 1, offset: 0, percent: 70, updatedAt: T0 });
    const early = async (limit: number) => {
      const raw = (await openExisting(name))!;
      try {
        return recentFromRecords(await readRecentRecords(raw, limit), limit);
      } finally {
        raw.close();
      }
    };
    const proto = IDBIndex.prototype as { getAllRecords?: unknown };
    const own = Object.getOwnPropertyDescriptor(IDBIndex.prototype, 'getAllRecords')!;
    for (const withRecords of [true, false]) {
      if (!withRecords) delete proto.getAllRecords;
      try {
        for (const limit of [5, 12, 40]) expect(await early(limit)).toEqual(await loadRecent(db, limit));
      } finally {
        Object.defineProperty(IDBIndex.prototype, 'getAllRecords', own);
      }
    }
    expect((await early(5))![1]).toMatchObject({ id: 'livejournal.com/w/280', percent: 70, positionPart: 2 });
    // A corrupt record among the newest with more left unread: not its answer (the popup reads the database itself).
    await db.put('stories', { id: 'bad/1', lastRead: T0 + 10_000 } as unknown as StoryRecord);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      expect(await early(5)).toBeNull();
      expect((await early(40))!.length).toBe(30);
    } finally {
      warn.mockRestore();
    }
    db.close();
  });

  it('creates no database where there is none, and hands its read to the module once', async () => {
    const name = `inkwell-none-${Math.random()}`;
    expect(await openExisting(name)).toBeNull();
    expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
    expect(EARLY_DB_NAME).toBe(DB_NAME);
    const scope: Record<string, unknown> = {};
    expect(await takeEarlyRead(scope)).toBeNull();
    startEarlyRead(12, scope);
    expect(await takeEarlyRead(scope)).toBeNull(); // this test's scope: no 'inkwell' database here
    expect(await takeEarlyRead(scope)).toBeNull();
  });

  it('lets a newer Inkwell upgrade the database while it has it open', async () => {
    const name = `inkwell-upgrade-${Math.random()}`;
    const db = await openInkwellDb(name);
    db.close();
    const raw = (await openExisting(name))!;
    const upgraded = await new Promise<IDBDatabase>((resolve, reject) => {
      const r = indexedDB.open(name, raw.version + 1);
      r.onsuccess = () => resolve(r.result);
      r.onerror = () => reject(r.error);
    });
    expect(upgraded.version).toBe(raw.version + 1);
    upgraded.close();
  });
});
