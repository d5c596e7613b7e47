/**
 * The popup's first screen, remembered: the few most recently read stories as the popup last
 * showed them, in the extension's localStorage (synchronous, so the popup can draw them before
 * the database has even opened). The database's own answer replaces them a few milliseconds
 * later; the library page refreshes the copy whenever it reloads (after a delete, an import).
 */
import type { LibraryItem } from '../utils/library-data';

export const FIRST_SCREEN_KEY = 'inkwell:popup-first-screen:v1';
const KEY = FIRST_SCREEN_KEY;
export const FIRST_SCREEN_SIZE = 12;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
// `local`, not `storage`: see first-screen-snapshot.ts (WXT's auto-import would add wxt/utils/storage to the start scripts).

const store = (): StorageLike | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null; // storage disabled
  }
};

/** The remembered first screen, or null (none yet, unreadable, or from another version). */
export function readFirstScreen(local: StorageLike | null = store()): LibraryItem[] | null {
  try {
    const raw = local?.getItem(KEY);
    if (!raw) return null;
    const data = JSON.parse(raw) as unknown;
    if (!Array.isArray(data) || !data.every((x) => x && typeof x === 'object' && typeof x.id === 'string' && typeof x.title === 'string' && typeof x.lastRead === 'number')) return null;
    return data as LibraryItem[];
  } catch {
    return null;
  }
}

/** Remembers the most recently read few of `items` (any order given). */
export function writeFirstScreen(items: readonly LibraryItem[], local: StorageLike | null = store()): void {
  try {
    const recent = [...items].sort((a, b) => b.lastRead - a.lastRead).slice(0, FIRST_SCREEN_SIZE);
    // The summary is long and not shown in a row: leave it out.
    local?.setItem(KEY, JSON.stringify(recent.map((s) => ({ ...s, summary: '' }))));
  } catch {
    /* full or disabled: the popup just waits for the database */
  }
}
