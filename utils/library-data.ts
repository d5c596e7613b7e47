/**
 * What the popup and the library page read from the database: every story as a list item (its
 * summary plus which part its reading position is in), a fast "most recently read" slice for
 * the popup's first screen, and where to reopen a story.
 *
 * Extension pages only (the database lives in the extension's origin). Reads go through db.ts's
 * schema and its validators; corrupt records are skipped with a warning, as `listStories` does.
 */
import { getPosition, getStory, type InkwellDb, type PositionRecord, positionRecordProblem, type StoryRecord, type StorySummary, storyRecordProblem, summarizeStory } from './db';
import { statusOf } from './library';
import { savedStoryComplete } from './story-progress';

export interface LibraryItem extends StorySummary {
  /** Index (0-based) in the story's parts of the part the saved position is in; null without one. */
  positionPart: number | null;
  /** false when a part failed or more are to come (utils/story-progress.ts); absent: complete. */
  complete?: boolean;
  /** Parts found since the first save that come after the reader's place ("1 new part"). */
  newParts?: number;
}

function warn(store: string, key: unknown, why: string): void {
  console.warn(`[inkwell] skipped a corrupt ${store} record (${String(key)}): ${why}`);
}

function validStory(x: unknown): StoryRecord | null {
  const why = storyRecordProblem(x);
  if (why) {
    warn('stories', (x as { id?: unknown } | null)?.id, why);
    return null;
  }
  return x as StoryRecord;
}

function validPosition(x: unknown): PositionRecord | null {
  const why = positionRecordProblem(x);
  if (why) {
    warn('positions', (x as { storyId?: unknown } | null)?.storyId, why);
    return null;
  }
  return x as PositionRecord;
}

/** A story and its position as a list item. */
export function libraryItem(story: StoryRecord, position: PositionRecord | null): LibraryItem {
  const at = position ? story.partKeys.indexOf(position.partKey) : -1;
  const item: LibraryItem = { ...summarizeStory(story, position), positionPart: at >= 0 ? at : null };
  if (!savedStoryComplete(story)) item.complete = false;
  const fresh = newPartCount(story, at);
  if (fresh) item.newParts = fresh;
  return item;
}

/** New parts (found after the first save) that come after the part the reader is in. */
export function newPartCount(story: Pick<StoryRecord, 'partKeys' | 'newPartKeys'>, positionPart: number): number {
  let n = 0;
  for (const key of story.newPartKeys ?? []) {
    const i = story.partKeys.indexOf(key);
    if (i >= 0 && i > positionPart) n++;
  }
  return n;
}

/** Every story as a list item, read in one transaction. */
export async function loadLibrary(db: InkwellDb): Promise<LibraryItem[]> {
  const tx = db.transaction(['stories', 'positions'], 'readonly');
  const [stories, positions] = await Promise.all([tx.objectStore('stories').getAll(), tx.objectStore('positions').getAll()]);
  await tx.done;
  const posById = new Map<string, PositionRecord>();
  for (const p of positions) {
    const v = validPosition(p);
    if (v) posById.set(v.storyId, v);
  }
  const out: LibraryItem[] = [];
  for (const s of stories) {
    const v = validStory(s);
    if (v) out.push(libraryItem(v, posById.get(v.id) ?? null));
  }
  return out;
}

/** These stories as list items, read in one transaction; `removed`: the ids no longer stored. */
export async function loadLibraryItems(db: InkwellDb, ids: readonly string[]): Promise<{ items: LibraryItem[]; removed: string[] }> {
  const tx = db.transaction(['stories', 'positions'], 'readonly');
  const [stories, positions] = await Promise.all([Promise.all(ids.map((id) => tx.objectStore('stories').get(id))), Promise.all(ids.map((id) => tx.objectStore('positions').get(id)))]);
  await tx.done;
  const items: LibraryItem[] = [];
  const removed: string[] = [];
  ids.forEach((id, i) => {
    // A corrupt record is skipped (with a warning), as the whole list skips it: gone from the list.
    const v = stories[i] === undefined ? null : validStory(stories[i]);
    if (!v) return void removed.push(id);
    items.push(libraryItem(v, positions[i] === undefined ? null : validPosition(positions[i])));
  });
  return { items, removed };
}

/** IndexedDB's getAllRecords (Chromium 141+): a slice of an index, in either direction, in one request. */
interface RecordsIndex {
  getAllRecords?(options: { count?: number; direction?: IDBCursorDirection }): Promise<{ value: unknown }[]>;
}

/**
 * The `limit` most recently read stories, newest first, walking the lastRead index backwards:
 * the popup's first screen without reading the whole library. Where the browser has getAllRecords,
 * the slice is one request; the cursor (a round trip to the browser's storage per step until it
 * prefetches) only goes on past records that were skipped as corrupt, or where there is none.
 */
export async function loadRecent(db: InkwellDb, limit: number): Promise<LibraryItem[]> {
  const tx = db.transaction(['stories', 'positions'], 'readonly');
  const index = tx.objectStore('stories').index('lastRead');
  const found: StoryRecord[] = [];
  let seen = 0;
  let more = true;
  const records = index as unknown as RecordsIndex;
  if (typeof records.getAllRecords === 'function') {
    const got = await records.getAllRecords({ count: limit, direction: 'prev' });
    for (const r of got) {
      const v = validStory(r.value);
      if (v) found.push(v);
    }
    seen = got.length;
    more = got.length === limit;
  }
  if (more && found.length < limit) {
    let cursor = await index.openCursor(null, 'prev');
    if (cursor && seen) cursor = await cursor.advance(seen);
    while (cursor && found.length < limit) {
      const v = validStory(cursor.value);
      if (v) found.push(v);
      cursor = await cursor.continue();
    }
  }
  const positions = await Promise.all(found.map((s) => tx.objectStore('positions').get(s.id)));
  await tx.done;
  return found.map((s, i) => libraryItem(s, positions[i] === undefined ? null : validPosition(positions[i])));
}

/**
 * The first screen from records read without idb (utils/library-early.ts, the popup's start script):
 * checked as loadRecent checks them. Null when they cannot stand for loadRecent's answer (a record
 * failed its checks while more stories were left unread): read the database then.
 */
export function recentFromRecords(records: { stories: unknown[]; positions: unknown[]; more: boolean }, limit: number): LibraryItem[] | null {
  const items: LibraryItem[] = [];
  for (let i = 0; i < records.stories.length && items.length < limit; i++) {
    const s = validStory(records.stories[i]);
    if (!s) continue;
    const p = records.positions[i];
    items.push(libraryItem(s, p === undefined ? null : validPosition(p)));
  }
  return items.length < limit && records.more ? null : items;
}

/** Parts read before the current one (all of them once finished, none when marked not started). */
export function partsRead(item: Pick<LibraryItem, 'positionPart' | 'partCount' | 'percent' | 'status'>): number {
  const status = statusOf(item);
  if (status === 'finished') return item.partCount;
  if (status === 'not-started' || item.positionPart === null) return 0;
  return Math.min(item.positionPart, item.partCount);
}

/** The URL to reopen a story at: the part its position is in, else its first part, else its masterpost. */
export function resumeUrl(story: Pick<StoryRecord, 'partKeys' | 'partUrls' | 'masterpostUrl'>, position: Pick<PositionRecord, 'partKey'> | null): string | null {
  const at = position ? story.partKeys.indexOf(position.partKey) : -1;
  const here = at >= 0 ? story.partUrls[at] : undefined;
  if (here) return here;
  return story.partUrls.find((u) => !!u) ?? story.masterpostUrl ?? null;
}

/** The URL of the story's first part (the masterpost when no part URL is known). */
export function firstPartUrl(story: Pick<StoryRecord, 'partUrls' | 'masterpostUrl'>): string | null {
  return story.partUrls.find((u) => !!u) ?? story.masterpostUrl ?? null;
}

/** Where a saved story reopens: reads the story and its position. Null when the story is gone. */
export async function resumeTarget(db: InkwellDb, id: string): Promise<{ url: string; story: StoryRecord; position: PositionRecord | null } | null> {
  const [story, position] = await Promise.all([getStory(db, id), getPosition(db, id)]);
  if (!story) return null;
  const url = resumeUrl(story, position);
  return url ? { url, story, position } : null;
}
