/**
 * The extension's IndexedDB from the driver: records written straight into it from one of its pages (the
 * stories the library E2E and the bench's library section list), and read back from it. No vitest here (the
 * bench imports it).
 */
import type { PositionRecord } from '../utils/db';
import type { DriverPage } from './closed-shadow';
import { evaluate } from './evaluate';

export interface LibraryRecords {
  stories: object[];
  positions: object[];
}

/** Records written straight into the extension's database from one of its pages, in one transaction. */
export function putRecords(page: DriverPage, records: LibraryRecords): Promise<void> {
  return evaluate(
    page,
    async (r: LibraryRecords) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const open = indexedDB.open('inkwell');
        open.onsuccess = () => resolve(open.result);
        open.onerror = () => reject(open.error);
      });
      const tx = db.transaction(['stories', 'positions'], 'readwrite');
      for (const s of r.stories) tx.objectStore('stories').put(s);
      for (const p of r.positions) tx.objectStore('positions').put(p);
      await new Promise((resolve, reject) => {
        tx.oncomplete = resolve;
        tx.onerror = () => reject(tx.error);
      });
      db.close();
    },
    records,
  );
}

/** A story's place as the reader stores it. */
export type StoredPosition = PositionRecord;

/**
 * Run in the extension's origin (an extension page or the service worker, through the driver's evaluate):
 * the records of one store of the database, their keys only, or the one record under `key` (null when none).
 * Self-contained: the driver sends it as source.
 */
export function readStore(arg: { store: string; key?: string; keysOnly?: boolean }): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const open = indexedDB.open('inkwell');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const db = open.result;
      const store = db.transaction(arg.store).objectStore(arg.store);
      const req = arg.key !== undefined ? store.get(arg.key) : arg.keysOnly ? store.getAllKeys() : store.getAll();
      req.onsuccess = () => {
        db.close();
        resolve(req.result ?? null);
      };
      req.onerror = () => {
        db.close();
        reject(req.error);
      };
    };
  });
}

/** The stored place of a story (null when none), read from an extension page. */
export function storedPosition(page: DriverPage, storyId: string): Promise<StoredPosition | null> {
  return evaluate(page, readStore, { store: 'positions', key: storyId }) as Promise<StoredPosition | null>;
}

/** Stories for the filters (fandoms, statuses, a place in some; the first with no "e" anywhere a search looks). */
export function seededStories(n: number, prefix: string): LibraryRecords {
  const FANDOMS = ['Merlin', 'Sherlock', 'Pokémon'];
  const now = Date.now();
  const stories: object[] = [];
  const positions: object[] = [];
  for (let i = 0; i < n; i++) {
    const id = `livejournal.com/${prefix}_${i}/${1000 + i}`;
    const t = now - 86_400_000 * (i + 2);
    stories.push({
      id,
      title: i === 0 ? 'Fog Hollow' : `Seeded tale ${i}`,
      author: `lark_${i}`,
      journal: `${prefix}_${i}`,
      site: 'livejournal',
      fields: { fandom: i === 0 ? '' : FANDOMS[i % FANDOMS.length], summary: 'A short plot.' },
      rating: 'Teen',
      partKeys: [id, `${id}-2`],
      partUrls: [`https://${prefix}-${i}.livejournal.com/${1000 + i}.html`, ''],
      masterpostUrl: null,
      wordCount: 1000 + i,
      firstOpened: t,
      lastRead: t,
      addedAt: t,
      ...(i % 4 === 1 ? { status: 'finished' } : {}),
    });
    if (i % 4 === 2) positions.push({ storyId: id, partKey: `${id}-2`, paragraph: 3, offset: 0, percent: 60, updatedAt: t });
  }
  return { stories, positions };
}

/**
 * `n` stories as the 5,000-story timings use them: eight fandoms, half Harry/Draco, a long summary,
 * three parts, a place in two of three (the most recent first, a second apart).
 */
export function benchStories(n: number, now = Date.now()): LibraryRecords {
  const FANDOMS = ['Harry Potter', 'Supernatural', 'Stargate Atlantis', 'Pokémon', 'Star Trek', 'Merlin', 'Sherlock', 'Teen Wolf'];
  const records: LibraryRecords = { stories: [], positions: [] };
  for (let i = 0; i < n; i++) {
    const id = `livejournal.com/bench_${i}/${1000 + i}`;
    const t = now - 1e9 - i * 1000;
    records.stories.push({
      id,
      title: `Benchmark story ${i} of the long road`,
      author: `writer_${i % 700}`,
      journal: `bench_${i}`,
      site: 'livejournal',
      fields: {
        fandom: FANDOMS[i % FANDOMS.length],
        pairing: i % 2 ? 'Harry/Draco' : 'Dean/Castiel',
        characters: 'Hermione, Ron, Luna',
        summary: 'A summary that goes on for a while about things happening to people, with naïve words. '.repeat(3),
      },
      rating: 'Teen',
      partKeys: [id, `${id}-2`, `${id}-3`],
      partUrls: [`https://bench-${i}.livejournal.com/${1000 + i}.html`, '', ''],
      masterpostUrl: null,
      wordCount: 1000 + i,
      firstOpened: t,
      lastRead: t,
      addedAt: t,
    });
    if (i % 3) records.positions.push({ storyId: id, partKey: `${id}-2`, paragraph: 3, offset: 0, percent: 50, updatedAt: t });
  }
  return records;
}
