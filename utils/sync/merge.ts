/**
 * Merging two devices' sync states. Every rule is "the newer wins" per field, with a fixed
 * tie-break, so merging is the same whatever order changes arrive in and however often
 * (commutative, associative, idempotent): two devices that have seen the same changes hold the
 * same state.
 *
 * - Position: the newer (`at`) wins, per story.
 * - Read/unread: the newer mark (`readAt`) wins.
 * - Title, author, URLs: from the copy read last (`lastRead`).
 * - A story absent from one side is NOT deleted: only a tombstone deletes, and only a story
 *   nothing happened to after it was deleted (a device that read it later brings it back). So
 *   two devices editing at once never lose a story, even when their writes to one storage.sync
 *   item overwrite each other: the next merge on either side puts the other's story back.
 * - Tombstones older than 30 days are forgotten.
 * - `lastRead` is never older than the story's position or read mark (the library moves it with
 *   both), which is what makes "the copy read last" the same copy in every merge order.
 */
import { lastActivity, type SyncPosition, type SyncState, type SyncStory, TOMBSTONE_MS } from './types';

/** A total order on equal-time values (by what `fields` reads, in a fixed order), so both devices pick the same one. */
function tieBreak<T>(a: T, b: T, fields: (x: T) => unknown[]): T {
  return JSON.stringify(fields(a)) >= JSON.stringify(fields(b)) ? a : b;
}
const positionFields = (p: SyncPosition) => [p.partKey, p.part, p.paragraph, p.offset, p.percent, p.at];
const metaFields = (s: SyncStory) => [s.title, s.author, s.journal, s.site, s.masterpostUrl, s.firstUrl];

function newerPosition(a: SyncPosition | null, b: SyncPosition | null): SyncPosition | null {
  if (!a || !b) return a ?? b;
  if (a.at !== b.at) return a.at > b.at ? a : b;
  return tieBreak(a, b, positionFields);
}

export function mergeStory(a: SyncStory, b: SyncStory): SyncStory {
  const meta = a.lastRead !== b.lastRead ? (a.lastRead > b.lastRead ? a : b) : tieBreak(a, b, metaFields);
  const readSide = a.readAt !== b.readAt ? (a.readAt > b.readAt ? a : b) : a.read === b.read ? a : a.read ? a : b;
  return {
    key: a.key,
    title: meta.title,
    author: meta.author,
    journal: meta.journal,
    site: meta.site,
    masterpostUrl: meta.masterpostUrl,
    firstUrl: meta.firstUrl,
    position: newerPosition(a.position, b.position),
    read: readSide.read,
    readAt: readSide.readAt,
    lastRead: Math.max(a.lastRead, b.lastRead),
  };
}

/** Drops tombstones older than 30 days (a device offline longer brings its copy back: nothing is lost). */
export function expireTombstones(state: SyncState, now: number): SyncState {
  const tombstones = new Map([...state.tombstones].filter(([, at]) => now - at < TOMBSTONE_MS));
  return { ...state, tombstones };
}

/** What happened to a story after it was deleted: its position and read mark from before are forgotten. */
export function sinceDeletion(s: SyncStory, deletedAt: number): SyncStory {
  const position = s.position && s.position.at > deletedAt ? s.position : null;
  const readAt = s.readAt > deletedAt ? s.readAt : 0;
  return position === s.position && readAt === s.readAt ? s : { ...s, position, readAt, read: readAt ? s.read : false };
}

export function mergeStates(a: SyncState, b: SyncState): SyncState {
  const tombstones = new Map(a.tombstones);
  for (const [k, at] of b.tombstones) tombstones.set(k, Math.max(at, tombstones.get(k) ?? 0));
  const stories = new Map<string, SyncStory>();
  for (const side of [a.stories, b.stories]) {
    for (const [k, s] of side) {
      const mine = stories.get(k);
      stories.set(k, mine ? mergeStory(mine, s) : s);
    }
  }
  // A tombstone deletes a story nothing happened to after it; a story read after it comes back
  // with only what happened since (the tombstone stays, so every merge order forgets the same).
  for (const [k, at] of tombstones) {
    const s = stories.get(k);
    if (!s) continue;
    if (at >= lastActivity(s)) stories.delete(k);
    else stories.set(k, sinceDeletion(s, at));
  }
  let settings = a.settings ?? b.settings;
  if (a.settings && b.settings && a.settings !== b.settings) {
    settings =
      a.settings.at !== b.settings.at
        ? a.settings.at > b.settings.at
          ? a.settings
          : b.settings
        : tieBreak(a.settings, b.settings, (x) => Object.entries(x.value).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  return { stories, tombstones, settings };
}

/** Same story, same state? (after a merge: nothing to write or apply) */
export function sameStory(a: SyncStory | undefined, b: SyncStory | undefined): boolean {
  if (!a || !b) return a === b;
  const fields = (s: SyncStory) => [...metaFields(s), s.position && positionFields(s.position), s.read, s.readAt, s.lastRead];
  return JSON.stringify(fields(a)) === JSON.stringify(fields(b));
}
