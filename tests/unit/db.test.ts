/** The IndexedDB layer, on fake-indexeddb: schema and migrations, stories, parts, positions, quota, corrupt records. */

import type { IDBPDatabase } from 'idb';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { storageNotice } from '../../components/reader/reader';
import {
  DB_NAME,
  DB_VERSION,
  deleteStories,
  dropCachedText,
  findStoriesByPartKeys,
  findStoryByPartKey,
  getParts,
  getPosition,
  getStory,
  hasCachedText,
  type InkwellDb,
  isQuotaError,
  listStories,
  MIGRATIONS,
  openDbAtVersion,
  openInkwellDb,
  type PartRecord,
  type PositionRecord,
  readAllRecords,
  type StoryRecord,
  savePart,
  saveParts,
  savePosition,
  saveStory,
  setStoryStatus,
  sharedInkwellDb,
  storageEstimate,
} from '../../utils/db';
import type { StoryPost } from '../../utils/extract/types';
import { buildLibraryIndex, queryLibrary } from '../../utils/library';

// ---------------------------------------------------------------------------------------------
// Real-looking records
// ---------------------------------------------------------------------------------------------

let dbCounter = 0;
const freshName = () => `inkwell-test-${++dbCounter}-${Math.random().toString(36).slice(2)}`;

const T0 = Date.UTC(2025, 0, 15, 20, 0, 0);
const DAY = 24 * 3600 * 1000;

function lj(journal: string, item: number) {
  return { url: `https://${journal.replace(/_/g, '-')}.livejournal.com/${item}.html`, key: `livejournal.com/${journal}/${item}` };
}

function paragraphs(seed: string, n: number, words = 60): string[] {
  return Array.from({ length: n }, (_, i) => `${seed} paragraph ${i + 1}: ` + Array.from({ length: words }, (_, w) => `word${(w * 7 + i) % 97}`).join(' '));
}

function makePost(url: string, title: string, part: number | null, text: string[]): StoryPost {
  return {
    url,
    author: 'hpfan_writer',
    journal: 'hp_longfic',
    subject: part ? `${title} (${part}/3)` : title,
    fields: { title, author: 'hpfan_writer', fandom: 'Harry Potter', pairing: 'Harry/Draco', rating: 'PG-13', summary: 'After the war, a long road.' },
    rawFields: [{ key: 'title', label: 'Title', value: title }],
    headerNotes: ['Thanks to my beta!'],
    rating: 'Teen',
    part: part ? { index: part, total: 3 } : null,
    complete: true,
    bodyText: text.join('\n\n'),
    bodyHtml: text.map((p) => `<p>${p}</p>`).join(''),
    partLinks: part ? [{ url: lj('hp_longfic', 1000).url, label: 'Masterpost', index: null }] : [],
  };
}

function makeStory(id: string, over: Partial<StoryRecord> = {}): StoryRecord {
  const parts = [1, 2, 3].map((i) => lj('hp_longfic', Number(id.replace(/\D/g, '').slice(-4) || 1) * 10 + i));
  return {
    id,
    title: 'The Long Road Home',
    author: 'hpfan_writer',
    journal: 'hp_longfic',
    site: 'livejournal',
    fields: { title: 'The Long Road Home', fandom: 'Harry Potter', pairing: 'Harry/Draco', summary: 'After the war, a long road.' },
    rating: 'Teen',
    partKeys: parts.map((p) => p.key),
    partUrls: parts.map((p) => p.url),
    masterpostUrl: null,
    wordCount: 12345,
    firstOpened: T0,
    lastRead: T0,
    addedAt: T0,
    ...over,
  };
}

function makePart(story: StoryRecord, i: number, over: Partial<PartRecord> = {}): PartRecord {
  const text = paragraphs(`${story.id}#${i}`, 8);
  const post = makePost(story.partUrls[i]!, story.title, i + 1, text);
  return {
    key: story.partKeys[i]!,
    storyId: story.id,
    url: story.partUrls[i]!,
    index: i + 1,
    title: `${story.title} (${i + 1}/3)`,
    bodyHtml: post.bodyHtml,
    bodyText: post.bodyText,
    words: text.length * 63,
    fetchedAt: T0 + i,
    post,
    ...over,
  };
}

function makePosition(storyId: string, partKey: string, updatedAt: number, over: Partial<PositionRecord> = {}): PositionRecord {
  return { storyId, partKey, paragraph: 3, offset: 0.25, percent: 40, updatedAt, ...over };
}

/** Writes raw values (corrupt ones too) straight into a store. */
async function putRaw(db: InkwellDb | IDBPDatabase<unknown>, store: string, values: unknown[]): Promise<void> {
  const tx = (db as IDBPDatabase<unknown>).transaction(store, 'readwrite');
  for (const v of values) await tx.store.put!(v as never);
  await tx.done;
}

// ---------------------------------------------------------------------------------------------
// Migrations: building a database as an older Inkwell left it
// ---------------------------------------------------------------------------------------------

/** What each schema version's Inkwell wrote. Adding schema version N means adding SEEDS[N] (and its expectations). */
const V1_STORY = makeStory('livejournal.com/hp_longfic/1000', {
  masterpostUrl: lj('hp_longfic', 1000).url,
  partKeys: [1001, 1002, 1003].map((n) => lj('hp_longfic', n).key),
  partUrls: [1001, 1002, 1003].map((n) => lj('hp_longfic', n).url),
  status: 'reading',
});
const V1_PARTS = [0, 1, 2].map((i) => makePart(V1_STORY, i));
const V1_POSITION = makePosition(V1_STORY.id, V1_STORY.partKeys[1]!, T0 + 5000, { percent: 52.5 });

const SEEDS: Record<number, (db: IDBPDatabase<unknown>) => Promise<void>> = {
  1: async (db) => {
    await putRaw(db, 'stories', [V1_STORY]);
    // v1 stored parts with the post's bodies as null when equal to the part's.
    await putRaw(
      db,
      'parts',
      V1_PARTS.map((p) => ({ ...p, post: { ...p.post, bodyHtml: null, bodyText: null } })),
    );
    await putRaw(db, 'positions', [V1_POSITION]);
  },
};

/** A database at `version` holding what that version's Inkwell would have stored, closed. */
async function buildDbAtVersion(name: string, version: number): Promise<void> {
  const db = await openDbAtVersion(name, version);
  await SEEDS[version]!(db);
  db.close();
}

function describeSchema(db: IDBPDatabase<unknown>) {
  const names = [...db.objectStoreNames].sort();
  const tx = db.transaction(names, 'readonly');
  return names.map((n) => {
    const s = tx.objectStore(n);
    return {
      name: n,
      keyPath: s.keyPath,
      autoIncrement: s.autoIncrement,
      indexes: [...s.indexNames].sort().map((i) => {
        const ix = s.index(i);
        return { name: i, keyPath: ix.keyPath, multiEntry: ix.multiEntry, unique: ix.unique };
      }),
    };
  });
}

describe('schema and migrations', () => {
  it('has one migration step per version and a seed for each', () => {
    expect(DB_VERSION).toBe(MIGRATIONS.length);
    expect(Object.keys(SEEDS).map(Number).sort()).toEqual(Array.from({ length: DB_VERSION }, (_, i) => i + 1));
  });

  it('creates the stores and indexes', async () => {
    const db = await openInkwellDb(freshName());
    expect(db.version).toBe(DB_VERSION);
    const schema = describeSchema(db as unknown as IDBPDatabase<unknown>);
    expect(schema.map((s) => s.name)).toEqual(['parts', 'positions', 'stories']);
    const stories = schema.find((s) => s.name === 'stories')!;
    expect(stories.keyPath).toBe('id');
    expect(stories.indexes.map((i) => i.name)).toEqual(['addedAt', 'author', 'lastRead', 'partKeys', 'title']);
    expect(stories.indexes.find((i) => i.name === 'partKeys')!.multiEntry).toBe(true);
    expect(schema.find((s) => s.name === 'parts')!.indexes.map((i) => i.name)).toEqual(['fetchedAt', 'storyId']);
    expect(schema.find((s) => s.name === 'positions')!.keyPath).toBe('storyId');
    db.close();
  });

  for (let version = 1; version <= DB_VERSION; version++) {
    it(`reopens a version ${version} database with its data, on the current schema`, async () => {
      const name = freshName();
      await buildDbAtVersion(name, version);
      const db = await openInkwellDb(name);
      expect(db.version).toBe(DB_VERSION);

      const fresh = await openInkwellDb(freshName());
      expect(describeSchema(db as unknown as IDBPDatabase<unknown>)).toEqual(describeSchema(fresh as unknown as IDBPDatabase<unknown>));
      fresh.close();

      // What every version's seed holds must still read back through today's API.
      const list = await listStories(db);
      expect(list).toHaveLength(1);
      expect(list[0]).toMatchObject({ id: V1_STORY.id, title: 'The Long Road Home', fandom: 'Harry Potter', percent: 52.5, status: 'reading', partCount: 3 });
      expect(await getStory(db, V1_STORY.id)).toEqual(V1_STORY);
      expect(await findStoryByPartKey(db, V1_STORY.partKeys[2]!)).toEqual(V1_STORY);
      expect(await getParts(db, V1_STORY.id)).toEqual(V1_PARTS);
      expect(await getPosition(db, V1_STORY.id)).toEqual(V1_POSITION);
      db.close();
    });
  }

  it('builds a database at any known version and refuses unknown ones', async () => {
    await expect(openDbAtVersion(freshName(), 0)).rejects.toThrow(RangeError);
    await expect(openDbAtVersion(freshName(), DB_VERSION + 1)).rejects.toThrow(RangeError);
    const db = await openDbAtVersion(freshName(), 1);
    expect(db.version).toBe(1);
    db.close();
  });

  it('steps aside for a newer Inkwell upgrading the database; the shared connection opens again', async () => {
    const a = await sharedInkwellDb();
    expect(await sharedInkwellDb()).toBe(a);
    await saveStory(a, makeStory('livejournal.com/hp_longfic/1000'));
    const request = (v: number) =>
      new Promise<IDBDatabase>((resolve, reject) => {
        const req = indexedDB.open(DB_NAME, v);
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => reject(req.error);
        req.onblocked = () => reject(new Error('blocked: the old connection did not close'));
      });
    const newer = await request(DB_VERSION + 1);
    newer.close();
    // This Inkwell cannot read the newer database (a downgrade), and says so instead of hanging…
    await expect(sharedInkwellDb()).rejects.toThrow();
    // …and tries again next time.
    await new Promise<void>((resolve, reject) => {
      const del = indexedDB.deleteDatabase(DB_NAME);
      del.onsuccess = () => resolve();
      del.onerror = () => reject(del.error);
    });
    const b = await sharedInkwellDb();
    expect(b).not.toBe(a);
    expect(b.version).toBe(DB_VERSION);
    expect(await listStories(b)).toEqual([]);
    b.close();
  });

  it('is opened only in the extension origin', async () => {
    vi.stubGlobal('location', { protocol: 'https:', hostname: 'hp-longfic.livejournal.com' });
    try {
      await expect(openInkwellDb(freshName())).rejects.toThrow(/extension's origin/);
      const db = await openInkwellDb(freshName(), { allowWebOrigin: true });
      db.close();
    } finally {
      vi.unstubAllGlobals();
    }
    vi.stubGlobal('location', { protocol: 'chrome-extension:', hostname: 'abcdef' });
    try {
      const db = await openInkwellDb(freshName());
      db.close();
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Stories, parts, positions
// ---------------------------------------------------------------------------------------------

describe('stories', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
  });
  afterEach(() => db.close());

  it('saves, gets and finds a story from any of its parts or its id', async () => {
    const s = makeStory('livejournal.com/hp_longfic/2000', { masterpostUrl: lj('hp_longfic', 2000).url });
    const r = await saveStory(db, s);
    expect(r).toMatchObject({ saved: true, quotaExceeded: false, evicted: [], replaced: [] });
    expect(await getStory(db, s.id)).toEqual(s);
    for (const k of s.partKeys) expect((await findStoryByPartKey(db, k))?.id).toBe(s.id);
    expect((await findStoryByPartKey(db, s.id))?.id).toBe(s.id);
    expect(await findStoryByPartKey(db, 'livejournal.com/someone_else/1')).toBeNull();
    expect(await getStory(db, 'nope')).toBeNull();
  });

  it('finds the stories of many keys in one go as it finds each alone: by id, by part, a part two stories list, none', async () => {
    const a = makeStory('livejournal.com/hp_longfic/2000', { addedAt: T0 });
    // A later story that lists one of a's parts as its own: a's part still belongs to a (saved first).
    const b = makeStory('livejournal.com/other_fic/10', { partKeys: [lj('other_fic', 10).key, a.partKeys[1]!], addedAt: T0 + 1 });
    await saveStory(db, a);
    await saveStory(db, b);
    const keys = [b.id, a.partKeys[1]!, 'livejournal.com/someone_else/1', a.id, ...a.partKeys, lj('other_fic', 10).key];
    const alone = await Promise.all(keys.map((k) => findStoryByPartKey(db, k)));
    const together = await findStoriesByPartKeys(db, keys);
    expect(together).toEqual(alone);
    expect(together.map((s) => s?.id ?? null)).toEqual([b.id, a.id, null, a.id, ...a.partKeys.map(() => a.id), b.id]);
    expect(await findStoriesByPartKeys(db, [])).toEqual([]);
  });

  it('keeps the first added / first opened times and the latest read time when saved again', async () => {
    const s = makeStory('livejournal.com/hp_longfic/2000', { addedAt: T0, firstOpened: T0, lastRead: T0 + 100 });
    await saveStory(db, s);
    const again = { ...s, addedAt: T0 + 500, firstOpened: T0 + 500, lastRead: T0 + 50, wordCount: 20000, status: 'finished' as const };
    const r = await saveStory(db, again);
    expect(r.story).toMatchObject({ addedAt: T0, firstOpened: T0, lastRead: T0 + 100, wordCount: 20000, status: 'finished' });
    expect(await getStory(db, s.id)).toEqual(r.story);
    // A later save without a status keeps the reader's status.
    const { status: _drop, ...noStatus } = again;
    expect((await saveStory(db, noStatus)).story.status).toBe('finished');
    // The page's language, once known, stays when a later save does not know it.
    await saveStory(db, { ...s, language: 'fr' });
    expect((await saveStory(db, s)).story.language).toBe('fr');
  });

  it('moves a story saved under part 1’s key to its masterpost key, with parts and position', async () => {
    const part1 = makeStory('livejournal.com/hp_longfic/3001', {
      partKeys: [3001, 3002].map((n) => lj('hp_longfic', n).key),
      partUrls: [3001, 3002].map((n) => lj('hp_longfic', n).url),
      addedAt: T0 - 1000,
    });
    await saveStory(db, part1);
    // The parts' own pages link to their masterpost (its fetch had failed the first time).
    const toMaster = (p: PartRecord): PartRecord => ({ ...p, post: { ...p.post, partLinks: [{ url: lj('hp_longfic', 3000).url, label: 'Masterpost', index: null }] } });
    await saveParts(db, [toMaster(makePart(part1, 0)), toMaster(makePart(part1, 1))]);
    await savePosition(db, makePosition(part1.id, part1.partKeys[1]!, T0 + 10));

    const master = makeStory('livejournal.com/hp_longfic/3000', {
      partKeys: [3001, 3002, 3003].map((n) => lj('hp_longfic', n).key),
      partUrls: [3001, 3002, 3003].map((n) => lj('hp_longfic', n).url),
      masterpostUrl: lj('hp_longfic', 3000).url,
    });
    const r = await saveStory(db, master);
    expect(r.replaced).toEqual([part1.id]);
    expect(r.story.addedAt).toBe(T0 - 1000);
    expect(await getStory(db, part1.id)).toBeNull();
    expect((await findStoryByPartKey(db, part1.partKeys[0]!))?.id).toBe(master.id);
    expect((await getParts(db, master.id)).map((p) => p.key)).toEqual(part1.partKeys);
    expect(await getParts(db, part1.id)).toEqual([]);
    expect(await getPosition(db, master.id)).toMatchObject({ storyId: master.id, partKey: part1.partKeys[1], updatedAt: T0 + 10 });
    expect(await getPosition(db, part1.id)).toBeNull();
    expect((await listStories(db)).map((s) => s.id)).toEqual([master.id]);
  });

  it('refuses to save an invalid story', async () => {
    await expect(saveStory(db, { ...makeStory('x'), wordCount: 'many' } as unknown as StoryRecord)).rejects.toThrow(/wordCount/);
  });

  it('lists summaries with reading progress', async () => {
    const a = makeStory('livejournal.com/hp_longfic/4000', { title: 'Alpha', fields: { fandom: 'Supernatural', pairing: 'Dean/Castiel', characters: 'Sam', summary: 'Road trip.', warnings: 'none' } });
    const b = makeStory('livejournal.com/hp_longfic/5000', { title: 'Beta' });
    await saveStory(db, a);
    await saveStory(db, b);
    await savePosition(db, makePosition(a.id, a.partKeys[0]!, T0 + 1, { percent: 12.5 }));
    const list = await listStories(db);
    expect(list.map((s) => s.id)).toEqual([a.id, b.id]);
    expect(list[0]).toEqual({
      id: a.id,
      title: 'Alpha',
      author: 'hpfan_writer',
      journal: 'hp_longfic',
      site: 'livejournal',
      rating: 'Teen',
      fandom: 'Supernatural',
      pairing: 'Dean/Castiel',
      characters: 'Sam',
      summary: 'Road trip.',
      warnings: 'none',
      wordCount: 12345,
      partCount: 3,
      masterpostUrl: null,
      firstOpened: T0,
      lastRead: T0 + 1,
      addedAt: T0,
      percent: 12.5,
      positionUpdatedAt: T0 + 1,
    });
    expect(list[1]).toMatchObject({ id: b.id, percent: null, positionUpdatedAt: null, fandom: 'Harry Potter' });
  });

  it('sets and clears the reader’s status', async () => {
    const s = makeStory('livejournal.com/hp_longfic/4000');
    await saveStory(db, s);
    expect(await setStoryStatus(db, s.id, 'finished')).toBe(true);
    expect((await getStory(db, s.id))?.status).toBe('finished');
    expect(await setStoryStatus(db, s.id, undefined)).toBe(true);
    expect(await getStory(db, s.id)).not.toHaveProperty('status');
    expect(await setStoryStatus(db, 'missing', 'finished')).toBe(false);
  });

  it('deletes stories with their parts and positions, and nothing else', async () => {
    const a = makeStory('livejournal.com/hp_longfic/4000');
    const b = makeStory('livejournal.com/hp_longfic/5000');
    const c = makeStory('livejournal.com/hp_longfic/6000');
    for (const s of [a, b, c]) {
      await saveStory(db, s);
      await saveParts(
        db,
        [0, 1, 2].map((i) => makePart(s, i)),
      );
      await savePosition(db, makePosition(s.id, s.partKeys[0]!, T0 + 1));
    }
    await deleteStories(db, [a.id, c.id, 'not-there']);
    expect((await listStories(db)).map((s) => s.id)).toEqual([b.id]);
    expect(await getParts(db, a.id)).toEqual([]);
    expect(await getParts(db, c.id)).toHaveLength(0);
    expect(await getPosition(db, a.id)).toBeNull();
    expect(await getParts(db, b.id)).toHaveLength(3);
    expect(await getPosition(db, b.id)).not.toBeNull();
  });
});

describe('parts', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
  });
  afterEach(() => db.close());

  it('stores the cached text and gives the parts back whole, in reading order', async () => {
    const s = makeStory('livejournal.com/hp_longfic/7000');
    await saveStory(db, { ...s, partKeys: [...s.partKeys].reverse(), partUrls: [...s.partUrls].reverse() });
    const parts = [0, 1, 2].map((i) => makePart(s, i));
    expect(await saveParts(db, parts)).toEqual({ saved: true, quotaExceeded: false, evicted: [] });
    const got = await getParts(db, s.id);
    expect(got.map((p) => p.key)).toEqual([...s.partKeys].reverse());
    expect(got).toEqual([...parts].reverse());
    expect(got.every(hasCachedText)).toBe(true);
  });

  it('stores the post’s body once when it equals the part’s, and keeps it when it differs', async () => {
    const s = makeStory('livejournal.com/hp_longfic/7000');
    const same = makePart(s, 0);
    const differs = makePart(s, 1, { bodyHtml: '<p>cleaned</p>', bodyText: 'cleaned' });
    await saveParts(db, [same, differs]);
    const raw = await (db as unknown as IDBPDatabase<unknown>).get('parts', same.key);
    expect(raw).toMatchObject({ post: { bodyHtml: null, bodyText: null } });
    const rawDiff = await (db as unknown as IDBPDatabase<unknown>).get('parts', differs.key);
    expect(rawDiff).toMatchObject({ bodyHtml: '<p>cleaned</p>', post: { bodyHtml: differs.post.bodyHtml } });
    expect(await getParts(db, s.id)).toEqual([same, differs]);
  });

  it('without a story record, orders parts by index', async () => {
    const s = makeStory('livejournal.com/hp_longfic/7000');
    await saveParts(db, [makePart(s, 2), makePart(s, 0), makePart(s, 1)]);
    expect((await getParts(db, s.id)).map((p) => p.index)).toEqual([1, 2, 3]);
    await savePart(db, makePart(s, 0, { title: 'Renamed' }));
    expect((await getParts(db, s.id))[0]!.title).toBe('Renamed');
  });

  it('drops cached text but keeps the story, the part list and the position', async () => {
    const s = makeStory('livejournal.com/hp_longfic/7000');
    await saveStory(db, s);
    await saveParts(
      db,
      [0, 1, 2].map((i) => makePart(s, i)),
    );
    const pos = makePosition(s.id, s.partKeys[1]!, T0 + 99);
    await savePosition(db, pos);
    expect(await dropCachedText(db, s.id)).toBe(3);
    expect(await dropCachedText(db, s.id)).toBe(0);
    const parts = await getParts(db, s.id);
    expect(parts).toHaveLength(3);
    for (const p of parts) {
      expect(hasCachedText(p)).toBe(false);
      expect(p).toMatchObject({ bodyHtml: '', bodyText: '', post: { bodyHtml: '', bodyText: '' }, title: expect.stringContaining('Long Road') });
      expect(typeof p.textDroppedAt).toBe('number');
    }
    expect(await getStory(db, s.id)).toMatchObject({ id: s.id, lastRead: T0 + 99 });
    expect(await getPosition(db, s.id)).toEqual(pos);
    // Reading it again online brings the text back.
    await savePart(db, makePart(s, 0, { fetchedAt: T0 + 1000 }));
    expect(hasCachedText((await getParts(db, s.id))[0]!)).toBe(true);
  });

  it('refuses an invalid part', async () => {
    const s = makeStory('livejournal.com/hp_longfic/7000');
    await expect(savePart(db, { ...makePart(s, 0), post: null } as unknown as PartRecord)).rejects.toThrow(/post/);
  });
});

describe('positions', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
  });
  afterEach(() => db.close());

  it('two tabs saving out of order: the newer position wins', async () => {
    const s = makeStory('livejournal.com/hp_longfic/8000');
    await saveStory(db, s);
    const tabA = makePosition(s.id, s.partKeys[2]!, T0 + 2000, { paragraph: 40, percent: 90 });
    const tabB = makePosition(s.id, s.partKeys[0]!, T0 + 1000, { paragraph: 2, percent: 5 });
    expect(await savePosition(db, tabA)).toMatchObject({ saved: true, current: tabA });
    // Tab B's older save arrives late: it must not wind the reader back.
    expect(await savePosition(db, tabB)).toMatchObject({ saved: false, current: tabA });
    expect(await getPosition(db, s.id)).toEqual(tabA);
    const later = { ...tabB, updatedAt: T0 + 3000 };
    expect(await savePosition(db, later)).toMatchObject({ saved: true, current: later });
    expect(await getPosition(db, s.id)).toEqual(later);
    expect((await getStory(db, s.id))?.lastRead).toBe(T0 + 3000);
  });

  it('many interleaved saves from two tabs end on the newest', async () => {
    const id = 'livejournal.com/hp_longfic/8000';
    const times = Array.from({ length: 40 }, (_, i) => T0 + ((i * 37) % 40) * 10);
    const results = await Promise.all(times.map((t, i) => savePosition(db, makePosition(id, `livejournal.com/hp_longfic/${8001 + (i % 2)}`, t, { paragraph: i }))));
    const newest = Math.max(...times);
    expect((await getPosition(db, id))?.updatedAt).toBe(newest);
    expect(results.filter((r) => r.saved).length).toBeGreaterThanOrEqual(1);
    // A refused save reports the newer position that was kept.
    results.forEach((r, i) => {
      if (!r.saved) expect(r.current!.updatedAt).toBeGreaterThan(times[i]!);
    });
  });

  it('refuses an invalid position', async () => {
    await expect(savePosition(db, makePosition('x', 'y', T0, { offset: 3 }))).rejects.toThrow(/offset/);
  });
});

// ---------------------------------------------------------------------------------------------
// Quota
// ---------------------------------------------------------------------------------------------

/**
 * Makes the fake IndexedDB run out of room: every put that would grow the stored data past
 * `budget` characters (JSON size) throws QuotaExceededError, as a full browser profile does.
 * Shrinking writes always pass. Undone on abort so the books match what is stored.
 */
function simulateQuota(budget = Number.MAX_SAFE_INTEGER) {
  const proto = IDBObjectStore.prototype;
  const original = proto.put;
  const sizes = new Map<string, number>();
  const keyPaths: Record<string, string> = { stories: 'id', parts: 'key', positions: 'storyId' };
  const books = {
    budget,
    total: 0,
    refused: [] as string[],
    restore() {
      proto.put = original;
    },
  };
  proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    const id = `${this.name}:${String((value as Record<string, unknown>)[keyPaths[this.name] ?? 'id'])}`;
    const size = JSON.stringify(value).length;
    const prev = sizes.get(id) ?? 0;
    if (size > prev && books.total - prev + size > books.budget) {
      books.refused.push(id);
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    const req = original.call(this, value, key);
    sizes.set(id, size);
    books.total += size - prev;
    this.transaction.addEventListener('abort', () => {
      books.total -= size - prev;
      if (prev) sizes.set(id, prev);
      else sizes.delete(id);
    });
    return req;
  } as typeof proto.put;
  return books;
}

describe('quota', () => {
  let db: InkwellDb;
  let quota: ReturnType<typeof simulateQuota> | null = null;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
  });
  afterEach(() => {
    quota?.restore();
    quota = null;
    db.close();
  });

  async function fillLibrary() {
    const stories = [1, 2, 3, 4].map((n) => makeStory(`livejournal.com/hp_longfic/${n}000`, { title: `Story ${n}` }));
    let t = T0;
    // Fetched in an interleaved order so "oldest fetched" is not "first story".
    const order: PartRecord[] = [];
    for (const i of [0, 1, 2]) for (const s of [stories[2]!, stories[0]!, stories[3]!, stories[1]!]) order.push(makePart(s, i, { fetchedAt: (t += 1000) }));
    for (const s of stories) await saveStory(db, s);
    for (const p of order) await savePart(db, p);
    for (const s of stories) await savePosition(db, makePosition(s.id, s.partKeys[0]!, T0 + 50));
    return { stories, byAge: order };
  }

  it('recognises quota errors', () => {
    expect(isQuotaError(new DOMException('full', 'QuotaExceededError'))).toBe(true);
    expect(isQuotaError({ name: 'NS_ERROR_DOM_QUOTA_REACHED' })).toBe(true);
    expect(isQuotaError(new DOMException('x', 'AbortError'))).toBe(false);
    expect(isQuotaError(null)).toBe(false);
  });

  it('drops the oldest-fetched cached texts first, then saves the part', async () => {
    quota = simulateQuota();
    const { stories, byAge } = await fillLibrary();
    quota.budget = quota.total + 1500; // room for a story record, not for a part

    const newStory = makeStory('livejournal.com/hp_longfic/9000', { title: 'New' });
    const savedStory = await saveStory(db, newStory);
    expect(savedStory.saved).toBe(true);
    const r = await savePart(db, makePart(newStory, 0, { fetchedAt: T0 + 999_999 }));
    expect(r.saved).toBe(true);
    expect(r.quotaExceeded).toBe(true);
    expect(quota.refused.length).toBeGreaterThan(0);

    // The evicted ones are exactly the oldest fetched, and not all of them.
    const k = r.evicted.length;
    expect(k).toBeGreaterThan(0);
    expect(k).toBeLessThanOrEqual(3); // about what the new part needs, not everything
    expect(r.evicted).toEqual(byAge.slice(0, k).map((p) => ({ key: p.key, storyId: p.storyId })));
    const all = await readAllRecords(db);
    const cached = new Map(all.parts.map((p) => [p.key, hasCachedText(p)]));
    byAge.forEach((p, i) => expect(cached.get(p.key), p.key).toBe(i >= k));
    expect(cached.get(newStory.partKeys[0]!)).toBe(true);

    // Stories and positions are never dropped.
    expect(all.stories.map((s) => s.id).sort()).toEqual([...stories.map((s) => s.id), newStory.id].sort());
    expect(all.positions).toHaveLength(stories.length);
    expect(all.parts).toHaveLength(byAge.length + 1);
  });

  it('still saves the position when the store is full, by dropping old text', async () => {
    quota = simulateQuota();
    const { stories, byAge } = await fillLibrary();
    quota.budget = quota.total; // not one more byte

    const pos = makePosition('livejournal.com/hp_longfic/9000', 'livejournal.com/hp_longfic/9001', T0 + 70_000, { percent: 3 });
    const r = await savePosition(db, pos);
    expect(r).toMatchObject({ saved: true, quotaExceeded: true, current: pos });
    expect(r.evicted.length).toBeGreaterThanOrEqual(1);
    expect(r.evicted[0]).toEqual({ key: byAge[0]!.key, storyId: byAge[0]!.storyId });
    expect(await getPosition(db, pos.storyId)).toEqual(pos);
    for (const s of stories) expect(await getPosition(db, s.id)).not.toBeNull();
  });

  it('spares the story being saved until nothing else is left, and reports failure when nothing can be dropped', async () => {
    const s = makeStory('livejournal.com/hp_longfic/1000');
    quota = simulateQuota();
    await saveStory(db, s);
    const part1 = makePart(s, 0);
    await savePart(db, part1);
    // Room for part 2 only once part 1's text is gone (its record, without text, stays).
    const part1WithoutText = { ...part1, bodyHtml: '', bodyText: '', post: { ...part1.post, bodyHtml: null, bodyText: null }, textDroppedAt: T0 };
    quota.budget = quota.total + JSON.stringify(part1WithoutText).length + 100;
    // Part 2 of the same story: the only text to drop is part 1's; after that it fits.
    const r2 = await savePart(db, makePart(s, 1, { fetchedAt: T0 + 50 }));
    expect(r2).toMatchObject({ saved: true, quotaExceeded: true, evicted: [{ key: s.partKeys[0], storyId: s.id }] });
    // Part 3 does not fit and nothing but the part being written is left: not saved, nothing lost.
    quota.budget = 0;
    const before = await readAllRecords(db);
    const cachedBefore = before.parts.filter(hasCachedText).map((p) => p.key);
    expect(cachedBefore).toEqual([s.partKeys[1]]);
    const r3 = await savePart(db, makePart(s, 2, { bodyHtml: '<p>x</p>'.repeat(10) }));
    expect(r3.saved).toBe(false);
    expect(r3.quotaExceeded).toBe(true);
    expect((await getParts(db, s.id)).map((p) => p.key)).toEqual([s.partKeys[0], s.partKeys[1]]);
    expect(await getStory(db, s.id)).toEqual(s);
  });

  it('handles the quota failing later, as browsers do (request error, then the transaction aborts)', async () => {
    const a = makeStory('livejournal.com/hp_longfic/1000');
    const b = makeStory('livejournal.com/hp_longfic/2000');
    await saveStory(db, a);
    await saveParts(db, [makePart(a, 0, { fetchedAt: T0 }), makePart(a, 1, { fetchedAt: T0 + 1 })]);
    const proto = IDBObjectStore.prototype;
    const original = proto.put;
    let failures = 0;
    // fake-indexeddb stores the record in a queued operation (ObjectStore#storeRecord): make that
    // operation fail, once, for b's part, so the error arrives on the request and aborts the transaction.
    proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const raw = (this as unknown as { _rawObjectStore: { storeRecord: unknown } })._rawObjectStore;
      if (this.name === 'parts' && (value as PartRecord).storyId === b.id && failures === 0) {
        raw.storeRecord = () => {
          failures++;
          delete (raw as { storeRecord?: unknown }).storeRecord; // back to the prototype's
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        };
      }
      return original.call(this, value, key);
    } as typeof proto.put;
    try {
      const r = await savePart(db, makePart(b, 0, { fetchedAt: T0 + 10 }));
      expect(failures).toBe(1);
      expect(r).toMatchObject({ saved: true, quotaExceeded: true, evicted: [{ key: a.partKeys[0], storyId: a.id }] });
      expect(hasCachedText((await getParts(db, b.id))[0]!)).toBe(true);
    } finally {
      proto.put = original;
    }
  });

  it('never drops the text of a story read in the last 30 days: older stories’ text goes, even when fetched later', async () => {
    quota = simulateQuota();
    const now = Date.now();
    const recent = [1, 2].map((n) => makeStory(`livejournal.com/hp_longfic/${n}000`, { title: `Recent ${n}`, lastRead: now - n * 10 * DAY }));
    const old = [3, 4].map((n) => makeStory(`livejournal.com/hp_longfic/${n}000`, { title: `Old ${n}`, lastRead: now - 31 * DAY - n }));
    for (const s of [...recent, ...old]) await saveStory(db, s);
    // The recent stories' parts were fetched first: oldest-fetched alone would drop them.
    let t = T0;
    for (const s of [...recent, ...old]) for (const i of [0, 1, 2]) await savePart(db, makePart(s, i, { fetchedAt: (t += 1000) }));
    quota.budget = quota.total + 1500;

    const incoming = makeStory('livejournal.com/hp_longfic/9000', { title: 'New', lastRead: now });
    expect((await saveStory(db, incoming)).saved).toBe(true);
    const r = await saveParts(
      db,
      [0, 1].map((i) => makePart(incoming, i, { fetchedAt: now })),
    );
    expect(r).toMatchObject({ saved: true, quotaExceeded: true });
    expect(r.evicted.length).toBeGreaterThan(0);
    const oldIds = new Set(old.map((s) => s.id));
    expect(r.evicted.filter((e) => !oldIds.has(e.storyId))).toEqual([]);
    for (const s of recent) expect((await getParts(db, s.id)).every(hasCachedText), s.title).toBe(true);
  });

  it('when only recent text could make room, it does not: the new story’s text is not saved, and the result says so', async () => {
    quota = simulateQuota();
    const now = Date.now();
    const recent = [1, 2, 3].map((n) => makeStory(`livejournal.com/hp_longfic/${n}000`, { title: `Recent ${n}`, lastRead: now - 29 * DAY }));
    for (const s of recent) {
      await saveStory(db, s);
      await saveParts(
        db,
        [0, 1, 2].map((i) => makePart(s, i, { fetchedAt: T0 + i })),
      );
    }
    quota.budget = quota.total + 1500; // the story record fits, its text does not
    const before = await readAllRecords(db);

    const incoming = makeStory('livejournal.com/hp_longfic/9000', { title: 'New', lastRead: now });
    expect((await saveStory(db, incoming)).saved).toBe(true);
    const r = await saveParts(
      db,
      [0, 1, 2].map((i) => makePart(incoming, i, { fetchedAt: now })),
    );
    expect(r).toEqual({ saved: false, quotaExceeded: true, evicted: [] });
    const after = await readAllRecords(db);
    expect(after.parts).toEqual(before.parts);
    expect(await getParts(db, incoming.id)).toEqual([]);
    // The reader tells why (components/reader/reader.ts).
    expect(storageNotice({ quotaExceeded: true, textSaved: false, evictedStories: 0 })).toMatch(/not saved for reading offline.*30 days/);
    expect(storageNotice({ quotaExceeded: true, textSaved: true, evictedStories: 2 })).toMatch(/offline copies of 2 stories you had not opened for 30 days were removed/);
    expect(storageNotice({ quotaExceeded: false, textSaved: true })).toBeNull();
  });

  it('deletes parts outright when even shrinking them is refused', async () => {
    const a = makeStory('livejournal.com/hp_longfic/1000');
    const b = makeStory('livejournal.com/hp_longfic/2000');
    await saveStory(db, a);
    await savePart(db, makePart(a, 0, { fetchedAt: T0 }));
    await saveStory(db, b);
    const proto = IDBObjectStore.prototype;
    const original = proto.put;
    const originalDelete = proto.delete;
    let aPartDeleted = false;
    proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      const v = value as { key?: string; textDroppedAt?: number };
      // Full: even shrinking a's part is refused, and b's part fits only once a's part is gone.
      if (this.name === 'parts' && (v.textDroppedAt !== undefined || (v.key === b.partKeys[0] && !aPartDeleted))) {
        throw new DOMException('full', 'QuotaExceededError');
      }
      return original.call(this, value, key);
    } as typeof proto.put;
    proto.delete = function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
      if (this.name === 'parts' && key === a.partKeys[0]) aPartDeleted = true;
      return originalDelete.call(this, key);
    } as typeof proto.delete;
    try {
      const r = await savePart(db, makePart(b, 0, { fetchedAt: T0 + 10 }));
      expect(r).toMatchObject({ saved: true, quotaExceeded: true, evicted: [{ key: a.partKeys[0], storyId: a.id }] });
      expect(await getParts(db, a.id)).toEqual([]);
      expect(await getStory(db, a.id)).toEqual(a);
    } finally {
      proto.put = original;
      proto.delete = originalDelete;
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Corrupt records, size
// ---------------------------------------------------------------------------------------------

describe('corrupt records', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
  });
  afterEach(() => {
    vi.restoreAllMocks();
    db.close();
  });

  it('are skipped with a warning, never crash a list', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const good = makeStory('livejournal.com/hp_longfic/1000');
    await saveStory(db, good);
    await saveParts(db, [makePart(good, 0), makePart(good, 1)]);
    const { title: _t, ...noTitle } = makeStory('livejournal.com/hp_longfic/2000');
    await putRaw(db, 'stories', [
      noTitle,
      { ...makeStory('livejournal.com/hp_longfic/3000'), partKeys: 'not a list' },
      { ...makeStory('livejournal.com/hp_longfic/4000'), wordCount: '12k' },
      { ...makeStory('livejournal.com/hp_longfic/5000'), fields: { fandom: 42 } },
      { ...makeStory('livejournal.com/hp_longfic/6000'), rating: 'NC-17' },
      { ...makeStory('livejournal.com/hp_longfic/7000'), lastRead: null },
    ]);
    await putRaw(db, 'parts', [{ key: good.partKeys[2], storyId: good.id, url: 5 }]);
    await putRaw(db, 'positions', [
      { storyId: good.id, partKey: good.partKeys[0], paragraph: -1, offset: 0, percent: 10, updatedAt: T0 },
      { storyId: 'livejournal.com/hp_longfic/3000', partKey: 'x', paragraph: 0, offset: 0.5, percent: 500, updatedAt: T0 },
    ]);

    const list = await listStories(db);
    expect(list.map((s) => s.id)).toEqual([good.id]);
    expect(list[0]!.percent).toBeNull();
    expect(warn).toHaveBeenCalled();
    expect(warn.mock.calls.map((c) => String(c[0])).join('\n')).toMatch(/corrupt stories record.*title is not text/);

    expect(await getStory(db, 'livejournal.com/hp_longfic/4000')).toBeNull();
    expect(await getPosition(db, good.id)).toBeNull();
    expect((await getParts(db, good.id)).map((p) => p.key)).toEqual(good.partKeys.slice(0, 2));
    const all = await readAllRecords(db);
    expect(all.stories.map((s) => s.id)).toEqual([good.id]);
    expect(all.parts).toHaveLength(2);
    expect(all.positions).toHaveLength(0);

    // A corrupt record in the way of a save is replaced, and a corrupt old position loses to a new one.
    const fixed = makeStory('livejournal.com/hp_longfic/4000');
    await saveStory(db, fixed);
    expect(await getStory(db, fixed.id)).toEqual(fixed);
    const pos = makePosition(good.id, good.partKeys[0]!, T0 - 5);
    expect((await savePosition(db, pos)).saved).toBe(true);
  });

  it('are skipped by eviction too', async () => {
    const s = makeStory('livejournal.com/hp_longfic/1000');
    await putRaw(db, 'parts', [{ key: 'junk', fetchedAt: 1 }]);
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    await savePart(db, makePart(s, 0));
    expect(await getParts(db, s.id)).toHaveLength(1);
  });
});

describe('a library of 5,000 stories', () => {
  it('lists and searches them all', async () => {
    const db = await openInkwellDb(freshName());
    const fandoms = ['Harry Potter', 'Supernatural', 'Stargate Atlantis', 'Pokémon', 'Doctor Who'];
    const stories: StoryRecord[] = [];
    const positions: PositionRecord[] = [];
    for (let i = 0; i < 5000; i++) {
      const s = makeStory(`livejournal.com/archive_${i % 50}/${100000 + i}`, {
        title: `Story number ${i}${i % 7 === 0 ? ' Café' : ''}`,
        author: `author_${i % 97}`,
        fields: { fandom: fandoms[i % fandoms.length]!, pairing: i % 3 ? 'Harry/Draco' : 'Dean/Castiel', summary: `summary ${i}` },
        partKeys: [`livejournal.com/archive_${i % 50}/${100000 + i}`],
        partUrls: [`https://archive-${i % 50}.livejournal.com/${100000 + i}.html`],
        wordCount: 1000 + i,
        lastRead: T0 + i,
      });
      stories.push(s);
      if (i % 2 === 0) positions.push(makePosition(s.id, s.partKeys[0]!, T0 + i, { percent: i % 4 === 0 ? 100 : 50 }));
    }
    await putRaw(db, 'stories', stories);
    await putRaw(db, 'positions', positions);

    const list = await listStories(db);
    expect(list).toHaveLength(5000);
    expect(new Set(list.map((s) => s.id)).size).toBe(5000);
    const byId = new Map(list.map((s) => [s.id, s]));
    for (const s of stories) {
      const i = Number(s.id.split('/')[2]) - 100000;
      expect(byId.get(s.id)!.percent).toBe(i % 2 ? null : i % 4 === 0 ? 100 : 50);
    }

    const index = buildLibraryIndex(list);
    const cafe = queryLibrary(index, { text: 'CAFE', sort: 'title' });
    expect(cafe).toHaveLength(stories.filter((_, i) => i % 7 === 0).length);
    const pokemonDean = queryLibrary(index, { text: 'pokemon dean', sort: 'length' });
    const expected = stories.filter((_, i) => i % 5 === 3 && i % 3 === 0);
    expect(pokemonDean.map((s) => s.id).sort()).toEqual(expected.map((s) => s.id).sort());
    expect(pokemonDean[0]!.wordCount).toBe(Math.max(...expected.map((s) => s.wordCount)));
    expect(queryLibrary(index, { status: 'finished' })).toHaveLength(1250);
    expect(queryLibrary(index, { status: 'not-started' })).toHaveLength(2500);
    expect(queryLibrary(index, { text: 'number 4999' }).map((s) => s.id)).toEqual(['livejournal.com/archive_49/104999']);
    db.close();
  });
});

describe('storage estimate', () => {
  afterEach(() => vi.unstubAllGlobals());
  it('reports usage and quota where the browser tells, nulls elsewhere', async () => {
    vi.stubGlobal('navigator', { storage: { estimate: async () => ({ usage: 1234, quota: 99999 }), persisted: async () => true } });
    expect(await storageEstimate()).toEqual({ usage: 1234, quota: 99999, persisted: true });
    vi.stubGlobal('navigator', {});
    expect(await storageEstimate()).toEqual({ usage: null, quota: null, persisted: null });
  });
});
