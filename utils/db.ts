/**
 * Inkwell's saved data: stories, their cached part texts and reading positions, in IndexedDB
 * through `idb`.
 *
 * WHERE IT IS OPENED: only in the extension's own origin (the background, the popup, the library
 * page: `chrome-extension://…` / `moz-extension://…`). A content script runs in the journal's
 * origin, so a database it opened would belong to livejournal.com and be a different, empty
 * database per site; content scripts ask the background instead. `openInkwellDb` refuses to open
 * from an http(s) page unless told otherwise.
 *
 * SCHEMA CHANGES: `MIGRATIONS[n]` takes the database from version n to n + 1; the current version
 * is `MIGRATIONS.length`. To change the schema, append one step (never edit a shipped step) and
 * add a seed for the new version to the migration test in tests/unit/db.test.ts.
 *
 * QUOTA: every write that hits `QuotaExceededError` drops cached part texts, oldest fetched first,
 * of stories not read in the last 30 days (never a recently read story's text, never stories,
 * never positions), and retries; the result says so (`quotaExceeded`, `evicted`, or `saved:
 * false` when there was nothing it may drop) so the UI can tell the reader.
 *
 * CORRUPT RECORDS (missing fields, wrong types: an old bug, a hand edit) are skipped with a
 * console warning; they never make a list fail.
 */
import { type DBSchema, type IDBPDatabase, type IDBPTransaction, openDB } from 'idb';
import type { NormalizedRating, SiteId, StoryPost } from './extract/types';
import { announceLibraryChange } from './library-changes';
import { storedStoryAgrees } from './story-identity';

export const DB_NAME = 'inkwell';

// ---------------------------------------------------------------------------------------------
// Records
// ---------------------------------------------------------------------------------------------

export type StoryStatus = 'reading' | 'finished' | 'not-started';
export type StoryFields = StoryPost['fields'];

export interface StoryRecord {
  /** Canonical key (`canonicalEntryKey`) of the story: the masterpost's if known, else part 1's. */
  id: string;
  title: string;
  author: string;
  journal: string;
  site: SiteId;
  fields: StoryFields;
  rating: NormalizedRating | null;
  /** Canonical keys of the parts, in reading order. */
  partKeys: string[];
  /** The parts' URLs, same order as `partKeys`. */
  partUrls: string[];
  masterpostUrl: string | null;
  wordCount: number;
  firstOpened: number;
  lastRead: number;
  addedAt: number;
  /** Set by the reader ("mark as finished"); when absent the status follows the position. */
  status?: StoryStatus;
  /** When `status` was last set or cleared (sync: the newer mark wins across devices). */
  statusAt?: number;
  /** The reader's "show images" for this story; when absent the settings decide. */
  showImages?: boolean;
  /** The language of the page the story was read from (`<html lang>`), when it said. */
  language?: string;
  /**
   * The story's length as its part markers said at the last save (utils/story-progress.ts):
   * null when unknown ("1/?"); absent on records saved before it was kept.
   */
  totalParts?: number | null;
  /** Parts (of `partKeys`) that could not be fetched at the last save. */
  failedKeys?: string[];
  /** Parts found after the story was first saved, not reached yet ("1 new part"). */
  newPartKeys?: string[];
}

export interface PartRecord {
  /** Canonical key of the part's entry. */
  key: string;
  storyId: string;
  url: string;
  /** 1-based part number, null when unknown (a one-shot). */
  index: number | null;
  title: string;
  bodyHtml: string;
  bodyText: string;
  words: number;
  fetchedAt: number;
  /** The extracted post as `extractPage` returned it. */
  post: StoryPost;
  /** Set when the cached text was dropped (quota, or "remove offline copy"): bodies are then ''. */
  textDroppedAt?: number;
  /**
   * Set when the site stopped showing this part after its text was saved (deleted, locked, a
   * login or an adult-content notice instead): the saved text is kept. `missingReason` is the
   * stitcher's FailureReason.
   */
  missingSince?: number;
  missingReason?: string;
}

export interface PositionRecord {
  storyId: string;
  partKey: string;
  /** Index of the paragraph at the top of the view, within the part. */
  paragraph: number;
  /** 0..1: how far into that paragraph the top of the view is. */
  offset: number;
  /** 0..100 of the whole story. */
  percent: number;
  updatedAt: number;
}

/** What the popup and library page list: one small object per story. */
export interface StorySummary {
  id: string;
  title: string;
  author: string;
  journal: string;
  site: SiteId;
  rating: NormalizedRating | null;
  fandom: string;
  pairing: string;
  characters: string;
  summary: string;
  warnings: string;
  wordCount: number;
  partCount: number;
  masterpostUrl: string | null;
  firstOpened: number;
  lastRead: number;
  addedAt: number;
  status?: StoryStatus;
  /** 0..100 from the saved position; null when the story has no position yet. */
  percent: number | null;
  positionUpdatedAt: number | null;
}

/** A part whose cached text was dropped to make room. */
export interface EvictedText {
  key: string;
  storyId: string;
}

export interface WriteReport {
  /** The browser refused a write for lack of space at least once. */
  quotaExceeded: boolean;
  /** Parts whose cached text was dropped to make room (oldest fetched first). */
  evicted: EvictedText[];
}

// ---------------------------------------------------------------------------------------------
// Schema and migrations
// ---------------------------------------------------------------------------------------------

/**
 * A part as stored: the post's bodies are `null` when they equal the part's own (nearly always),
 * so the text is not stored twice. `getParts` gives back the full `PartRecord`.
 */
export type StoredPost = Omit<StoryPost, 'bodyHtml' | 'bodyText'> & { bodyHtml: string | null; bodyText: string | null };
export type StoredPart = Omit<PartRecord, 'post'> & { post: StoredPost };

export interface InkwellSchema extends DBSchema {
  stories: {
    key: string;
    value: StoryRecord;
    indexes: { partKeys: string; lastRead: number; title: string; author: string; addedAt: number };
  };
  parts: {
    key: string;
    value: StoredPart;
    indexes: { storyId: string; fetchedAt: number };
  };
  positions: {
    key: string;
    value: PositionRecord;
  };
}

export type InkwellDb = IDBPDatabase<InkwellSchema>;
type StoreName = 'stories' | 'parts' | 'positions';

/**
 * One schema step, run inside the upgrade transaction. Untyped on purpose: it sees the database
 * as it was at that version, not as `InkwellSchema` says it is now. A step may read and rewrite
 * records through `tx`, but must await nothing except requests on `tx` (anything else lets the
 * upgrade transaction commit under it).
 */
export type Migration = (db: IDBPDatabase<unknown>, tx: IDBPTransaction<unknown, string[], 'versionchange'>) => void | Promise<void>;

export const MIGRATIONS: readonly Migration[] = [
  // 0 → 1: the first schema.
  (db) => {
    const stories = db.createObjectStore('stories', { keyPath: 'id' });
    stories.createIndex('partKeys', 'partKeys', { multiEntry: true });
    stories.createIndex('lastRead', 'lastRead');
    stories.createIndex('title', 'title');
    stories.createIndex('author', 'author');
    stories.createIndex('addedAt', 'addedAt');
    const parts = db.createObjectStore('parts', { keyPath: 'key' });
    parts.createIndex('storyId', 'storyId');
    // For dropping cached texts oldest-fetched-first when the quota is reached.
    parts.createIndex('fetchedAt', 'fetchedAt');
    db.createObjectStore('positions', { keyPath: 'storyId' });
  },
];

export const DB_VERSION = MIGRATIONS.length;

export interface OpenOptions {
  /** Allow opening from an http(s) page (a test page). Never from a content script. */
  allowWebOrigin?: boolean;
  /**
   * Called when the connection closes under us: a newer Inkwell wants to upgrade (we close so it
   * can), or the browser closed it (storage cleared). Open again to go on.
   */
  onClose?: () => void;
}

function assertExtensionOrigin(opts: OpenOptions): void {
  if (opts.allowWebOrigin) return;
  const loc = (globalThis as { location?: { protocol?: string } }).location;
  if (loc && typeof loc.protocol === 'string' && /^https?:$/i.test(loc.protocol)) {
    throw new Error("Inkwell's database is opened only in the extension's origin (background or extension pages); " + 'a content script must ask the background.');
  }
}

/**
 * Opens a database with only the first `version` migration steps applied: what an older Inkwell
 * would have left on disk. For migration tests; the extension uses `openInkwellDb`.
 */
export async function openDbAtVersion(name: string, version: number, opts: OpenOptions = {}): Promise<IDBPDatabase<unknown>> {
  if (!Number.isInteger(version) || version < 1 || version > MIGRATIONS.length) {
    throw new RangeError(`No schema version ${version} (known: 1..${MIGRATIONS.length})`);
  }
  assertExtensionOrigin(opts);
  const db = await openDB(name, version, {
    upgrade(upDb, oldVersion, newVersion, tx) {
      const target = newVersion ?? version;
      const steps = async () => {
        for (let v = oldVersion; v < target; v++) await MIGRATIONS[v]!(upDb, tx as IDBPTransaction<unknown, string[], 'versionchange'>);
      };
      steps().catch((err) => {
        console.error(`[inkwell] database migration to version ${target} failed`, err);
        try {
          tx.abort();
        } catch {
          /* already finished */
        }
      });
    },
    blocking() {
      // A newer Inkwell (another extension page after an update) wants to upgrade: let it.
      db.close();
      opts.onClose?.();
    },
    terminated() {
      opts.onClose?.();
    },
  });
  return db;
}

/** Opens (creating or upgrading) Inkwell's database. Extension origin only; see the file header. */
export async function openInkwellDb(name: string = DB_NAME, opts: OpenOptions = {}): Promise<InkwellDb> {
  return (await openDbAtVersion(name, DB_VERSION, opts)) as unknown as InkwellDb;
}

let shared: Promise<InkwellDb> | null = null;

/**
 * One connection for the whole background: opened on first use, opened again after it was
 * closed under us (an upgrade elsewhere, storage cleared). Never close it yourself.
 * Extension origin only.
 */
export function sharedInkwellDb(): Promise<InkwellDb> {
  if (!shared) {
    const p: Promise<InkwellDb> = openInkwellDb(DB_NAME, {
      onClose: () => {
        if (shared === p) shared = null;
      },
    });
    shared = p;
    p.catch(() => {
      if (shared === p) shared = null;
    });
  }
  return shared;
}

// ---------------------------------------------------------------------------------------------
// Validation (shared with backup.ts)
// ---------------------------------------------------------------------------------------------

const RATINGS: ReadonlySet<string> = new Set(['General', 'Teen', 'Mature', 'Explicit', 'Not Rated']);
const STATUSES: ReadonlySet<string> = new Set(['reading', 'finished', 'not-started']);

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isStr = (x: unknown): x is string => typeof x === 'string';
const isNum = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const isStrArray = (x: unknown): x is string[] => Array.isArray(x) && x.every(isStr);

function check(problems: string[], ok: boolean, what: string): void {
  if (!ok) problems.push(what);
}

function fieldsProblem(x: unknown): string | null {
  if (!isObj(x)) return 'fields is not an object';
  for (const [k, v] of Object.entries(x)) if (v !== undefined && !isStr(v)) return `fields.${k} is not text`;
  return null;
}

/** Why `x` is not a valid StoryRecord, or null when it is. */
export function storyRecordProblem(x: unknown): string | null {
  if (!isObj(x)) return 'not an object';
  const p: string[] = [];
  check(p, isStr(x.id) && x.id.length > 0, 'id is missing');
  for (const k of ['title', 'author', 'journal', 'site'] as const) check(p, isStr(x[k]), `${k} is not text`);
  const f = fieldsProblem(x.fields);
  if (f) p.push(f);
  check(p, x.rating === null || (isStr(x.rating) && RATINGS.has(x.rating)), 'rating is not a known rating');
  check(p, isStrArray(x.partKeys), 'partKeys is not a list of keys');
  check(p, isStrArray(x.partUrls), 'partUrls is not a list of URLs');
  check(p, x.masterpostUrl === null || isStr(x.masterpostUrl), 'masterpostUrl is not a URL or null');
  check(p, isNum(x.wordCount) && x.wordCount >= 0, 'wordCount is not a number');
  for (const k of ['firstOpened', 'lastRead', 'addedAt'] as const) check(p, isNum(x[k]), `${k} is not a time`);
  check(p, x.status === undefined || (isStr(x.status) && STATUSES.has(x.status)), 'status is not a known status');
  check(p, x.statusAt === undefined || isNum(x.statusAt), 'statusAt is not a time');
  check(p, x.showImages === undefined || typeof x.showImages === 'boolean', 'showImages is not true/false');
  check(p, x.language === undefined || isStr(x.language), 'language is not text');
  check(p, x.totalParts === undefined || x.totalParts === null || (isNum(x.totalParts) && x.totalParts >= 0), 'totalParts is not a number or null');
  for (const k of ['failedKeys', 'newPartKeys'] as const) check(p, x[k] === undefined || isStrArray(x[k]), `${k} is not a list of keys`);
  return p.length ? p.join('; ') : null;
}

function postProblem(x: unknown, stored: boolean): string | null {
  if (!isObj(x)) return 'post is not an object';
  for (const k of ['url', 'author', 'journal', 'subject'] as const) if (!isStr(x[k])) return `post.${k} is not text`;
  const f = fieldsProblem(x.fields);
  if (f) return `post.${f}`;
  if (!Array.isArray(x.rawFields)) return 'post.rawFields is not a list';
  if (!isStrArray(x.headerNotes)) return 'post.headerNotes is not a list of text';
  if (!(x.rating === null || (isStr(x.rating) && RATINGS.has(x.rating)))) return 'post.rating is not a known rating';
  if (!(x.part === null || (isObj(x.part) && isNum(x.part.index) && (x.part.total === null || isNum(x.part.total))))) return 'post.part is not a part marker';
  if (typeof x.complete !== 'boolean') return 'post.complete is not true/false';
  for (const k of ['bodyText', 'bodyHtml'] as const) {
    if (!(isStr(x[k]) || (stored && x[k] === null))) return `post.${k} is not text`;
  }
  if (!(Array.isArray(x.partLinks) && x.partLinks.every((l) => isObj(l) && isStr(l.url) && isStr(l.label) && (l.index === null || isNum(l.index))))) return 'post.partLinks is not a list of links';
  return null;
}

function partProblem(x: unknown, stored: boolean): string | null {
  if (!isObj(x)) return 'not an object';
  const p: string[] = [];
  check(p, isStr(x.key) && x.key.length > 0, 'key is missing');
  check(p, isStr(x.storyId) && x.storyId.length > 0, 'storyId is missing');
  check(p, isStr(x.url), 'url is not text');
  check(p, x.index === null || isNum(x.index), 'index is not a number or null');
  for (const k of ['title', 'bodyHtml', 'bodyText'] as const) check(p, isStr(x[k]), `${k} is not text`);
  check(p, isNum(x.words) && x.words >= 0, 'words is not a number');
  check(p, isNum(x.fetchedAt), 'fetchedAt is not a time');
  check(p, x.textDroppedAt === undefined || isNum(x.textDroppedAt), 'textDroppedAt is not a time');
  check(p, x.missingSince === undefined || isNum(x.missingSince), 'missingSince is not a time');
  check(p, x.missingReason === undefined || isStr(x.missingReason), 'missingReason is not text');
  const post = postProblem(x.post, stored);
  if (post) p.push(post);
  return p.length ? p.join('; ') : null;
}

/** Why `x` is not a valid PartRecord (the full form `getParts` returns), or null. */
export function partRecordProblem(x: unknown): string | null {
  return partProblem(x, false);
}

/** Why `x` is not a valid PositionRecord, or null. */
export function positionRecordProblem(x: unknown): string | null {
  if (!isObj(x)) return 'not an object';
  const p: string[] = [];
  check(p, isStr(x.storyId) && x.storyId.length > 0, 'storyId is missing');
  check(p, isStr(x.partKey), 'partKey is not text');
  check(p, isNum(x.paragraph) && Number.isInteger(x.paragraph) && x.paragraph >= 0, 'paragraph is not a paragraph index');
  check(p, isNum(x.offset) && x.offset >= 0 && x.offset <= 1, 'offset is not between 0 and 1');
  check(p, isNum(x.percent) && x.percent >= 0 && x.percent <= 100, 'percent is not between 0 and 100');
  check(p, isNum(x.updatedAt), 'updatedAt is not a time');
  return p.length ? p.join('; ') : null;
}

function warnCorrupt(store: StoreName, key: unknown, reason: string): void {
  console.warn(`[inkwell] skipped a corrupt ${store} record (${String(key)}): ${reason}`);
}

function validStory(x: unknown, key: unknown): StoryRecord | null {
  if (x === undefined) return null; // not there is not corrupt
  const why = storyRecordProblem(x);
  if (why) {
    warnCorrupt('stories', key, why);
    return null;
  }
  return x as StoryRecord;
}

function validPosition(x: unknown, key: unknown): PositionRecord | null {
  if (x === undefined) return null; // not there is not corrupt
  const why = positionRecordProblem(x);
  if (why) {
    warnCorrupt('positions', key, why);
    return null;
  }
  return x as PositionRecord;
}

function validStoredPart(x: unknown, key: unknown): StoredPart | null {
  const why = partProblem(x, true);
  if (why) {
    warnCorrupt('parts', key, why);
    return null;
  }
  return x as StoredPart;
}

// ---------------------------------------------------------------------------------------------
// Part storage form
// ---------------------------------------------------------------------------------------------

/** The stored form of a part: the post's bodies become null when they equal the part's. */
export function toStoredPart(part: PartRecord): StoredPart {
  const post: StoredPost = { ...part.post };
  if (post.bodyHtml === part.bodyHtml) post.bodyHtml = null;
  if (post.bodyText === part.bodyText) post.bodyText = null;
  return { ...part, post };
}

/** The full part from its stored form. */
export function fromStoredPart(stored: StoredPart): PartRecord {
  const post = { ...stored.post } as StoryPost;
  if (stored.post.bodyHtml === null) post.bodyHtml = stored.bodyHtml;
  if (stored.post.bodyText === null) post.bodyText = stored.bodyText;
  return { ...stored, post };
}

/** True while the part's text is cached (it has not been dropped). */
export function hasCachedText(part: Pick<PartRecord, 'textDroppedAt'>): boolean {
  return part.textDroppedAt === undefined;
}

function textBytes(p: StoredPart): number {
  return 2 * (p.bodyHtml.length + p.bodyText.length + (p.post.bodyHtml?.length ?? 0) + (p.post.bodyText?.length ?? 0));
}

function withoutText(p: StoredPart, at: number): StoredPart {
  return { ...p, bodyHtml: '', bodyText: '', post: { ...p.post, bodyHtml: null, bodyText: null }, textDroppedAt: at };
}

// ---------------------------------------------------------------------------------------------
// Transactions, quota
// ---------------------------------------------------------------------------------------------

/** True for the errors browsers raise when an origin is out of storage. */
export function isQuotaError(e: unknown): boolean {
  if (!e || typeof e !== 'object') return false;
  const { name, code } = e as { name?: unknown; code?: unknown };
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED' || code === 22;
}

type Tx<M extends IDBTransactionMode> = IDBPTransaction<InkwellSchema, StoreName[], M>;

/**
 * Runs `body` in one transaction and waits for it to commit. On any failure the transaction is
 * aborted (nothing it wrote stays) and the error rethrown; an abort caused by the quota is
 * rethrown as the quota error.
 */
async function runTx<T, M extends 'readonly' | 'readwrite'>(db: InkwellDb, stores: StoreName[], mode: M, body: (tx: Tx<M>) => Promise<T>): Promise<T> {
  const tx = db.transaction(stores, mode) as Tx<M>;
  tx.done.catch(() => {
    /* observed below; keeps an abort from being an unhandled rejection */
  });
  try {
    const value = await body(tx);
    await tx.done;
    return value;
  } catch (err) {
    try {
      tx.abort();
    } catch {
      /* already finished */
    }
    let txError: unknown = null;
    try {
      txError = tx.error;
    } catch {
      /* not finished */
    }
    throw isQuotaError(txError) && !isQuotaError(err) ? txError : err;
  }
}

interface Protect {
  storyIds: ReadonlySet<string>;
  partKeys: ReadonlySet<string>;
}

/**
 * Stories read (`lastRead`) this recently keep their cached text under quota pressure: room for a
 * new story is never made by silently dropping what the reader has been reading. When only recent
 * text is left, the write fails and the reader says the new story is not saved for offline reading.
 */
export const RECENT_MS = 30 * 24 * 3600 * 1000;

/**
 * Drops the cached text of the oldest-fetched parts until about `wantBytes` are freed (at least
 * one part), from stories not read in the last `RECENT_MS` only. Parts of `protect.storyIds` are
 * dropped only when nothing else is left, parts in `protect.partKeys` never. Stories and positions
 * are never touched.
 */
async function evictOldestText(db: InkwellDb, wantBytes: number, protect: Protect): Promise<EvictedText[]> {
  const pick = async (spareStories: boolean): Promise<StoredPart[]> =>
    runTx(db, ['parts', 'stories'], 'readonly', async (tx) => {
      const chosen: StoredPart[] = [];
      let freed = 0;
      const recent = new Set<string>(
        (await tx
          .objectStore('stories')
          .index('lastRead')
          .getAllKeys(IDBKeyRange.lowerBound(Date.now() - RECENT_MS))) as string[],
      );
      let cursor = await tx.objectStore('parts').index('fetchedAt').openCursor();
      while (cursor && freed < wantBytes) {
        const p = cursor.value as unknown;
        if (isObj(p) && isStr(p.key) && isStr(p.storyId) && isStr(p.bodyHtml) && isStr(p.bodyText) && isObj(p.post)) {
          const part = p as unknown as StoredPart;
          const bytes = textBytes(part);
          if (part.textDroppedAt === undefined && bytes > 0 && !recent.has(part.storyId) && !protect.partKeys.has(part.key) && !(spareStories && protect.storyIds.has(part.storyId))) {
            chosen.push(part);
            freed += bytes;
          }
        }
        cursor = await cursor.continue();
      }
      return chosen;
    });
  let chosen = await pick(true);
  if (chosen.length === 0) chosen = await pick(false);
  if (chosen.length === 0) return [];
  const now = Date.now();
  try {
    await runTx(db, ['parts'], 'readwrite', async (tx) => {
      const store = tx.objectStore('parts');
      for (const p of chosen) await store.put(withoutText(p, now));
    });
  } catch (err) {
    if (!isQuotaError(err)) throw err;
    // Even a shrinking write was refused: delete the parts outright (deleting needs no space).
    await runTx(db, ['parts'], 'readwrite', async (tx) => {
      const store = tx.objectStore('parts');
      for (const p of chosen) await store.delete(p.key);
    });
  }
  return chosen.map((p) => ({ key: p.key, storyId: p.storyId }));
}

/**
 * Runs a write; on QuotaExceededError drops old cached texts and retries, each round asking for
 * twice as much room, until it succeeds or there is no cached text left to drop.
 */
async function writeWithQuotaRetry<T>(
  db: InkwellDb,
  needBytes: number,
  protect: Protect,
  op: () => Promise<T>,
): Promise<{ ok: true; value: T; report: WriteReport } | { ok: false; error: unknown; report: WriteReport }> {
  const report: WriteReport = { quotaExceeded: false, evicted: [] };
  let want = Math.max(needBytes, 1);
  for (;;) {
    try {
      return { ok: true, value: await op(), report };
    } catch (err) {
      if (!isQuotaError(err)) throw err;
      report.quotaExceeded = true;
      const freed = await evictOldestText(db, want, protect);
      if (freed.length === 0) return { ok: false, error: err, report };
      report.evicted.push(...freed);
      want *= 2;
    }
  }
}

const NO_PROTECT: Protect = { storyIds: new Set(), partKeys: new Set() };

// ---------------------------------------------------------------------------------------------
// Stories
// ---------------------------------------------------------------------------------------------

/** The record to store when `incoming` is saved over `existing`: first/added times kept, last read the latest. */
export function mergeStoryRecord(existing: StoryRecord | null, incoming: StoryRecord): StoryRecord {
  if (!existing) return incoming;
  const merged: StoryRecord = {
    ...incoming,
    firstOpened: Math.min(existing.firstOpened, incoming.firstOpened),
    lastRead: Math.max(existing.lastRead, incoming.lastRead),
    addedAt: Math.min(existing.addedAt, incoming.addedAt),
  };
  const status = incoming.status ?? existing.status;
  if (status !== undefined) merged.status = status;
  const statusAt = incoming.status !== undefined ? incoming.statusAt : (existing.statusAt ?? incoming.statusAt);
  if (statusAt !== undefined) merged.statusAt = statusAt;
  const showImages = incoming.showImages ?? existing.showImages;
  if (showImages !== undefined) merged.showImages = showImages;
  // A save from where the language is not known (the reader page, a page without lang) keeps it.
  const language = incoming.language ?? existing.language;
  if (language !== undefined) merged.language = language;
  return merged;
}

function newerPosition(a: PositionRecord | null, b: PositionRecord | null): PositionRecord | null {
  if (!a) return b;
  if (!b) return a;
  return b.updatedAt >= a.updatedAt ? b : a;
}

export interface SaveStoryResult extends WriteReport {
  saved: boolean;
  /** The record now stored (merged with what was there). */
  story: StoryRecord;
  /** Ids of stories merged into this one (a story first saved under part 1's key, now under its masterpost's). */
  replaced: string[];
  /** Ids of stored stories among `story.partKeys` that did not agree to be this story: both stay. */
  kept: string[];
}

/**
 * Saves a story, merging with the stored one: `firstOpened`/`addedAt` keep the earliest,
 * `lastRead` the latest, `status` the incoming one if set. A stored story whose id is one of
 * `story.partKeys` (saved under part 1's key before the masterpost was known) is merged into this
 * one, its parts and position moving to the new id, only when the stored story agrees
 * (`storedStoryAgrees`: its masterpost, its part list or its parts' own links name this story);
 * otherwise both stay. `parts`: the parts about to be saved with it, whose links (from their own
 * pages) count as that evidence too. Look up with `findStoryByPartKey` first and reuse the id you
 * find, so a story is never split.
 */
export async function saveStory(db: InkwellDb, story: StoryRecord, opts: { parts?: readonly PartRecord[] } = {}): Promise<SaveStoryResult> {
  const why = storyRecordProblem(story);
  if (why) throw new TypeError(`saveStory: invalid story record: ${why}`);
  let stored = story;
  let replaced: string[] = [];
  let kept: string[] = [];
  const res = await writeWithQuotaRetry(db, 4096, { storyIds: new Set([story.id]), partKeys: new Set() }, () =>
    runTx(db, ['stories', 'parts', 'positions'], 'readwrite', async (tx) => {
      const stories = tx.objectStore('stories');
      const positions = tx.objectStore('positions');
      const parts = tx.objectStore('parts');
      let merged = mergeStoryRecord(validStory(await stories.get(story.id), story.id), story);
      let position = validPosition(await positions.get(story.id), story.id);
      const gone: string[] = [];
      const stay: string[] = [];
      for (const key of story.partKeys) {
        if (key === story.id) continue;
        const old = await stories.get(key);
        if (!old) continue;
        const oldStory = validStory(old, key);
        const oldParts = (await parts.index('storyId').getAll(key)) as unknown[];
        if (oldStory) {
          const evidence = [...oldParts.filter((p): p is StoredPart => !partProblem(p, true)), ...(opts.parts ?? [])];
          if (!storedStoryAgrees(oldStory, story.id, evidence)) {
            stay.push(key);
            continue;
          }
          merged = mergeStoryRecord(oldStory, merged);
        }
        const oldPos = validPosition(await positions.get(key), key);
        if (oldPos) position = newerPosition(position, { ...oldPos, storyId: story.id });
        for (const p of oldParts as StoredPart[]) await parts.put({ ...p, storyId: story.id });
        await positions.delete(key);
        await stories.delete(key);
        gone.push(key);
      }
      await stories.put(merged);
      if (position && gone.length) await positions.put(position);
      stored = merged;
      replaced = gone;
      kept = stay;
    }),
  );
  if (res.ok) announceLibraryChange([stored.id, ...replaced]);
  return { saved: res.ok, story: stored, replaced, kept, ...res.report };
}

/** The story with this id, or null (also when the stored record is corrupt). */
export async function getStory(db: InkwellDb, id: string): Promise<StoryRecord | null> {
  return validStory(await db.get('stories', id), id);
}

/**
 * The story that has `key` as its id or as one of its parts, or null. When several stories list
 * the part (a post listed another story's entries as its own), the one the stored part belongs
 * to wins, then the one saved first.
 */
export async function findStoryByPartKey(db: InkwellDb, key: string): Promise<StoryRecord | null> {
  return runTx(db, ['stories', 'parts'], 'readonly', (tx) => storyByPartKey(tx, key));
}

/**
 * `findStoryByPartKey` for each key, in one transaction with every read asked at once: a click's lookup (the post and
 * the parts it links to) answers in one round of the database, not one per key, and the parts' fetches wait for it.
 */
export async function findStoriesByPartKeys(db: InkwellDb, keys: string[]): Promise<(StoryRecord | null)[]> {
  if (!keys.length) return [];
  return runTx(db, ['stories', 'parts'], 'readonly', (tx) => Promise.all(keys.map((key) => storyByPartKey(tx, key))));
}

async function storyByPartKey(tx: Tx<'readonly'>, key: string): Promise<StoryRecord | null> {
  const stories = tx.objectStore('stories');
  const own = await stories.get(key);
  if (own) return validStory(own, key);
  const found: StoryRecord[] = [];
  for (const s of await stories.index('partKeys').getAll(key)) {
    const v = validStory(s, (s as { id?: unknown })?.id);
    if (v) found.push(v);
  }
  if (found.length < 2) return found[0] ?? null;
  const owner = ((await tx.objectStore('parts').get(key)) as { storyId?: unknown } | undefined)?.storyId;
  return found.find((s) => s.id === owner) ?? found.reduce((a, b) => (b.addedAt < a.addedAt ? b : a));
}

/** The summary the lists show, from a story and its position. */
export function summarizeStory(story: StoryRecord, position: PositionRecord | null): StorySummary {
  const f = story.fields;
  const summary: StorySummary = {
    id: story.id,
    title: story.title,
    author: story.author,
    journal: story.journal,
    site: story.site,
    rating: story.rating,
    fandom: f.fandom ?? '',
    pairing: f.pairing ?? '',
    characters: f.characters ?? '',
    summary: f.summary ?? '',
    warnings: f.warnings ?? '',
    wordCount: story.wordCount,
    partCount: story.partKeys.length,
    masterpostUrl: story.masterpostUrl,
    firstOpened: story.firstOpened,
    lastRead: story.lastRead,
    addedAt: story.addedAt,
    percent: position ? position.percent : null,
    positionUpdatedAt: position ? position.updatedAt : null,
  };
  if (story.status !== undefined) summary.status = story.status;
  return summary;
}

/** Every story as a summary with its reading progress; corrupt records are skipped with a warning. */
export async function listStories(db: InkwellDb): Promise<StorySummary[]> {
  return runTx(db, ['stories', 'positions'], 'readonly', async (tx) => {
    const [stories, positions] = await Promise.all([tx.objectStore('stories').getAll(), tx.objectStore('positions').getAll()]);
    const posById = new Map<string, PositionRecord>();
    for (const p of positions) {
      const v = validPosition(p, (p as { storyId?: unknown })?.storyId);
      if (v) posById.set(v.storyId, v);
    }
    const out: StorySummary[] = [];
    for (const s of stories) {
      const v = validStory(s, (s as { id?: unknown })?.id);
      if (v) out.push(summarizeStory(v, posById.get(v.id) ?? null));
    }
    return out;
  });
}

/** Rewrites one story record in one transaction. Returns false when there is no such story. */
async function updateStory(db: InkwellDb, id: string, change: (s: StoryRecord) => StoryRecord): Promise<boolean> {
  const ok = await runTx(db, ['stories'], 'readwrite', async (tx) => {
    const store = tx.objectStore('stories');
    const s = validStory(await store.get(id), id);
    if (!s) return false;
    await store.put(change({ ...s }));
    return true;
  });
  if (ok) announceLibraryChange([id]);
  return ok;
}

/** Sets or clears (undefined) the reader's own status for a story. Returns false when there is no such story. */
export async function setStoryStatus(db: InkwellDb, id: string, status: StoryStatus | undefined, at: number = Date.now()): Promise<boolean> {
  return updateStory(db, id, (next) => {
    if (status === undefined) delete next.status;
    else next.status = status;
    next.statusAt = at;
    return next;
  });
}

/** Sets (or clears, undefined) the reader's "show images" for a story. Returns false when there is no such story. */
export async function setStoryShowImages(db: InkwellDb, id: string, show: boolean | undefined): Promise<boolean> {
  return updateStory(db, id, (next) => {
    if (show === undefined) delete next.showImages;
    else next.showImages = show;
    return next;
  });
}

/** Deletes stories with their parts and positions, in one transaction. */
export async function deleteStories(db: InkwellDb, ids: readonly string[]): Promise<void> {
  await runTx(db, ['stories', 'parts', 'positions'], 'readwrite', async (tx) => {
    const parts = tx.objectStore('parts');
    for (const id of ids) {
      for (const key of await parts.index('storyId').getAllKeys(id)) await parts.delete(key);
      await tx.objectStore('positions').delete(id);
      await tx.objectStore('stories').delete(id);
    }
  });
  announceLibraryChange(ids);
}

// ---------------------------------------------------------------------------------------------
// Parts
// ---------------------------------------------------------------------------------------------

export interface SavePartsResult extends WriteReport {
  /** false when the parts could not be stored even after dropping every text it may drop (see `evictOldestText`). */
  saved: boolean;
  /** Keys not written because another saved story owns that part (and still lists it). */
  ownedElsewhere?: string[];
}

/**
 * Stores parts (their text, so the story opens offline), all or none. On QuotaExceededError the
 * oldest-fetched cached texts of stories not opened in `RECENT_MS` go first (never a recent
 * story's). A part stored under another story that still lists it is left to that story: a story
 * listing a stranger's entries as its parts does not take their saved copies.
 */
export async function saveParts(db: InkwellDb, parts: readonly PartRecord[]): Promise<SavePartsResult> {
  for (const p of parts) {
    const why = partRecordProblem(p);
    if (why) throw new TypeError(`saveParts: invalid part ${String((p as { key?: unknown })?.key)}: ${why}`);
  }
  const stored = parts.map(toStoredPart);
  const need = stored.reduce((n, p) => n + textBytes(p), 0);
  const protect: Protect = { storyIds: new Set(parts.map((p) => p.storyId)), partKeys: new Set(parts.map((p) => p.key)) };
  let ownedElsewhere: string[] = [];
  const res = await writeWithQuotaRetry(db, need, protect, () =>
    runTx(db, ['parts', 'stories'], 'readwrite', async (tx) => {
      const store = tx.objectStore('parts');
      const stories = tx.objectStore('stories');
      const skipped: string[] = [];
      for (const p of stored) {
        const owner = ((await store.get(p.key)) as { storyId?: unknown } | undefined)?.storyId;
        if (typeof owner === 'string' && owner !== p.storyId) {
          const ownerStory = validStory(await stories.get(owner), owner);
          if (ownerStory && (ownerStory.id === p.key || ownerStory.partKeys.includes(p.key))) {
            skipped.push(p.key);
            continue;
          }
        }
        await store.put(p);
      }
      ownedElsewhere = skipped;
    }),
  );
  const out: SavePartsResult = { saved: res.ok, ...res.report };
  if (ownedElsewhere.length) out.ownedElsewhere = ownedElsewhere;
  return out;
}

export async function savePart(db: InkwellDb, part: PartRecord): Promise<SavePartsResult> {
  return saveParts(db, [part]);
}

/**
 * The story's parts, in its reading order (parts it no longer lists come last, by index).
 * Check `hasCachedText` before reading a part's bodies.
 */
export async function getParts(db: InkwellDb, storyId: string): Promise<PartRecord[]> {
  return runTx(db, ['stories', 'parts'], 'readonly', async (tx) => {
    const story = validStory(await tx.objectStore('stories').get(storyId), storyId);
    const raw = await tx.objectStore('parts').index('storyId').getAll(storyId);
    const parts: PartRecord[] = [];
    for (const r of raw) {
      const v = validStoredPart(r, (r as { key?: unknown })?.key);
      if (v) parts.push(fromStoredPart(v));
    }
    const order = new Map((story?.partKeys ?? []).map((k, i) => [k, i]));
    const rank = (p: PartRecord) => order.get(p.key) ?? Number.MAX_SAFE_INTEGER;
    return parts.sort((a, b) => rank(a) - rank(b) || (a.index ?? Infinity) - (b.index ?? Infinity) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  });
}

/** Drops the cached text of a story's parts; the story, its part list and its position stay. Returns how many parts lost text. */
export async function dropCachedText(db: InkwellDb, storyId: string): Promise<number> {
  const now = Date.now();
  return runTx(db, ['parts'], 'readwrite', async (tx) => {
    const store = tx.objectStore('parts');
    let n = 0;
    for (const r of await store.index('storyId').getAll(storyId)) {
      const v = validStoredPart(r, (r as { key?: unknown })?.key);
      if (!v || v.textDroppedAt !== undefined) continue;
      await store.put(withoutText(v, now));
      n++;
    }
    return n;
  });
}

// ---------------------------------------------------------------------------------------------
// Positions
// ---------------------------------------------------------------------------------------------

export interface SavePositionResult extends WriteReport {
  /** true when this position is now the stored one; false when a newer one was kept (or no room). */
  saved: boolean;
  /** The position stored after the call. */
  current: PositionRecord | null;
}

/**
 * Saves a reading position unless a newer one (`updatedAt`) is already stored: two tabs reading
 * the same story cannot wind each other back. Read and write happen in one transaction. Also
 * moves the story's `lastRead` forward to `updatedAt`.
 */
export async function savePosition(db: InkwellDb, position: PositionRecord): Promise<SavePositionResult> {
  const why = positionRecordProblem(position);
  if (why) throw new TypeError(`savePosition: invalid position: ${why}`);
  let current: PositionRecord | null = null;
  const res = await writeWithQuotaRetry(db, 1024, NO_PROTECT, () =>
    runTx(db, ['positions', 'stories'], 'readwrite', async (tx) => {
      const positions = tx.objectStore('positions');
      const existing = validPosition(await positions.get(position.storyId), position.storyId);
      if (existing && existing.updatedAt > position.updatedAt) {
        current = existing;
        return false;
      }
      await positions.put(position);
      const stories = tx.objectStore('stories');
      const story = validStory(await stories.get(position.storyId), position.storyId);
      if (story && story.lastRead < position.updatedAt) await stories.put({ ...story, lastRead: position.updatedAt });
      current = position;
      return true;
    }),
  );
  if (!res.ok) current = await getPosition(db, position.storyId);
  else if (res.value) announceLibraryChange([position.storyId]);
  return { saved: res.ok && res.value, current, ...res.report };
}

export async function getPosition(db: InkwellDb, storyId: string): Promise<PositionRecord | null> {
  return validPosition(await db.get('positions', storyId), storyId);
}

// ---------------------------------------------------------------------------------------------
// Whole-store access (backup.ts) and storage
// ---------------------------------------------------------------------------------------------

export interface AllRecords {
  stories: StoryRecord[];
  parts: PartRecord[];
  positions: PositionRecord[];
}

/** Every valid record, in key order, read in one transaction (corrupt ones skipped with a warning). */
export async function readAllRecords(db: InkwellDb): Promise<AllRecords> {
  return runTx(db, ['stories', 'parts', 'positions'], 'readonly', async (tx) => {
    const [s, p, q] = await Promise.all([tx.objectStore('stories').getAll(), tx.objectStore('parts').getAll(), tx.objectStore('positions').getAll()]);
    return {
      stories: s.map((r) => validStory(r, (r as { id?: unknown })?.id)).filter((r): r is StoryRecord => r !== null),
      parts: p
        .map((r) => validStoredPart(r, (r as { key?: unknown })?.key))
        .filter((r): r is StoredPart => r !== null)
        .map(fromStoredPart),
      positions: q.map((r) => validPosition(r, (r as { storyId?: unknown })?.storyId)).filter((r): r is PositionRecord => r !== null),
    };
  });
}

/** Every valid story and position (no parts: they hold the text), in one transaction. For sync. */
export async function readStoriesAndPositions(db: InkwellDb): Promise<{ stories: StoryRecord[]; positions: PositionRecord[] }> {
  return runTx(db, ['stories', 'positions'], 'readonly', async (tx) => {
    const [s, q] = await Promise.all([tx.objectStore('stories').getAll(), tx.objectStore('positions').getAll()]);
    return {
      stories: s.map((r) => validStory(r, (r as { id?: unknown })?.id)).filter((r): r is StoryRecord => r !== null),
      positions: q.map((r) => validPosition(r, (r as { storyId?: unknown })?.storyId)).filter((r): r is PositionRecord => r !== null),
    };
  });
}

export interface RecordWrites {
  stories: StoryRecord[];
  parts: PartRecord[];
  positions: PositionRecord[];
}

/**
 * Reads the stored records `plan` needs (the stories and parts named, their positions, and the
 * stories the parts read belong to) and writes what it returns, in ONE readwrite transaction:
 * if anything fails (quota included) nothing is written. For backup import.
 */
export async function writeRecordsAtomically(db: InkwellDb, ids: { stories: string[]; parts: string[] }, plan: (existing: AllRecords) => RecordWrites): Promise<RecordWrites> {
  return runTx(db, ['stories', 'parts', 'positions'], 'readwrite', async (tx) => {
    const existing: AllRecords = { stories: [], parts: [], positions: [] };
    for (const id of ids.stories) {
      const s = await tx.objectStore('stories').get(id);
      if (s !== undefined) {
        const v = validStory(s, id);
        if (v) existing.stories.push(v);
      }
      const p = await tx.objectStore('positions').get(id);
      if (p !== undefined) {
        const v = validPosition(p, id);
        if (v) existing.positions.push(v);
      }
    }
    for (const key of ids.parts) {
      const r = await tx.objectStore('parts').get(key);
      if (r !== undefined) {
        const v = validStoredPart(r, key);
        if (v) existing.parts.push(fromStoredPart(v));
      }
    }
    // The stories those parts belong to, so the plan can tell a part another story owns.
    const read = new Set(ids.stories);
    for (const p of existing.parts) {
      if (read.has(p.storyId)) continue;
      read.add(p.storyId);
      const s = await tx.objectStore('stories').get(p.storyId);
      const v = s === undefined ? null : validStory(s, p.storyId);
      if (v) existing.stories.push(v);
    }
    const writes = plan(existing);
    for (const s of writes.stories) await tx.objectStore('stories').put(s);
    for (const p of writes.parts) await tx.objectStore('parts').put(toStoredPart(p));
    for (const p of writes.positions) await tx.objectStore('positions').put(p);
    return writes;
  }).then((writes) => {
    announceLibraryChange([...writes.stories.map((s) => s.id), ...writes.positions.map((p) => p.storyId)]);
    return writes;
  });
}

export interface StorageEstimate {
  /** Bytes this origin uses, null when the browser does not say. */
  usage: number | null;
  quota: number | null;
  /** true when the browser promised not to evict this origin's data. */
  persisted: boolean | null;
}

/** How much room the extension's origin has (navigator.storage), nulls where unknown. */
export async function storageEstimate(): Promise<StorageEstimate> {
  const storage = (globalThis as { navigator?: { storage?: StorageManager } }).navigator?.storage;
  const out: StorageEstimate = { usage: null, quota: null, persisted: null };
  if (!storage) return out;
  try {
    const e = await storage.estimate();
    out.usage = e.usage ?? null;
    out.quota = e.quota ?? null;
  } catch {
    /* unavailable */
  }
  try {
    if (typeof storage.persisted === 'function') out.persisted = await storage.persisted();
  } catch {
    /* unavailable */
  }
  return out;
}
