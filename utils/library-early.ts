/**
 * The first screen's read, started by the popup's start script (entrypoints/popup-start.ts) while the
 * popup's module graph is still loading: the most recently read few stories and their places, read
 * with the browser's own IndexedDB API (no idb, no schema code: the start script stays small), as raw
 * records. The popup's module checks them (utils/library-data.ts, recentFromRecords) and draws them;
 * anything unexpected (no database yet, an older schema, a record that fails the checks) and it reads
 * the database itself as before (loadRecent).
 *
 * It never creates the database (an open that would create it is abandoned) and never holds it open:
 * the connection is closed once read, and at once if a newer Inkwell asks to upgrade.
 */

/** Inkwell's database (utils/db.ts DB_NAME; a unit test holds them equal). */
export const EARLY_DB_NAME = 'inkwell';

export interface RecentRecords {
  /** Story records, the most recently read first (unchecked). */
  stories: unknown[];
  /** The position record of each story (undefined: none). */
  positions: unknown[];
  /** There may be more stories than read (`stories` has as many as asked for). */
  more: boolean;
}

const KEY = '__inkwellEarlyRecent';

const result = <T>(r: IDBRequest<T>) =>
  new Promise<T>((resolve, reject) => {
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });

/** The database as it is on disk, or null if there is none (then none is created) or it cannot be opened. */
export function openExisting(name: string = EARLY_DB_NAME, idb: IDBFactory | undefined = globalThis.indexedDB): Promise<IDBDatabase | null> {
  return new Promise((resolve) => {
    let req: IDBOpenDBRequest;
    try {
      if (!idb) return resolve(null);
      req = idb.open(name);
    } catch {
      return resolve(null);
    }
    // No version asked for: an upgrade means there is no database. Abandoned, so none is made.
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onsuccess = () => {
      const db = req.result;
      db.onversionchange = () => db.close();
      resolve(db);
    };
    req.onerror = () => resolve(null);
  });
}

interface RecordsIndex {
  getAllRecords?(options: { count?: number; direction?: IDBCursorDirection }): IDBRequest<{ value: unknown }[]>;
}

/** The `limit` most recently read story records (the lastRead index backwards) and their positions, in one transaction. */
export async function readRecentRecords(db: IDBDatabase, limit: number): Promise<RecentRecords> {
  const tx = db.transaction(['stories', 'positions'], 'readonly');
  const index = tx.objectStore('stories').index('lastRead');
  const records = index as unknown as RecordsIndex;
  let stories: unknown[] = [];
  if (typeof records.getAllRecords === 'function') {
    stories = (await result(records.getAllRecords({ count: limit, direction: 'prev' }))).map((r) => r.value);
  } else {
    await new Promise<void>((resolve, reject) => {
      const walk = index.openCursor(null, 'prev');
      walk.onsuccess = () => {
        const cursor = walk.result;
        if (!cursor || stories.length >= limit) return resolve();
        stories.push(cursor.value);
        cursor.continue();
      };
      walk.onerror = () => reject(walk.error);
    });
  }
  const positionStore = tx.objectStore('positions');
  const positions = await Promise.all(
    stories.map((s) => {
      const id = (s as { id?: unknown } | null)?.id;
      return typeof id === 'string' ? result(positionStore.get(id)) : Promise.resolve(undefined);
    }),
  );
  return { stories, positions, more: stories.length >= limit };
}

/** From the start script: the read begun now, for the module to take (null: nothing read). */
export function startEarlyRead(limit: number, scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): void {
  scope[KEY] = openExisting().then(
    async (db) => {
      if (!db) return null;
      try {
        return await readRecentRecords(db, limit);
      } catch {
        return null;
      } finally {
        db.close();
      }
    },
    () => null,
  );
}

/** In the module: the start script's read, once (null if it did not start one or it failed). */
export function takeEarlyRead(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): Promise<RecentRecords | null> {
  const p = scope[KEY] as Promise<RecentRecords | null> | undefined;
  delete scope[KEY];
  return p ?? Promise.resolve(null);
}
