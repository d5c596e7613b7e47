/**
 * Backup: the whole library (stories, cached parts, positions, and the settings object the
 * caller passes) as one JSON object, and its import.
 *
 * Import is all or nothing: the file is validated completely first (a truncated file, another
 * version, a hand edit that broke a record are refused whole, with the reason), then merged into
 * the stored library in ONE transaction. Every record is rebuilt from known keys first
 * (backup-rules.ts: types, lengths, depth, size, journal https addresses only); what is left out
 * of an import that goes ahead (a story whose address is `javascript:`, unknown entries, a part
 * filed under another story of the library) is listed in `skipped`. Merging is by story id (the canonical key): the newer
 * position wins, a part with text beats one whose text was dropped, the story keeps the earliest
 * added/first-opened times and the latest last-read.
 *
 * Records are written and exported in one fixed key order, so export → import into an empty
 * library → export gives the same file apart from `exportedAt`.
 */

import { BACKUP_LIMITS, jsonDepth, rebuildBackup, rebuildSyncSection } from './backup-rules';
import {
  type AllRecords,
  hasCachedText,
  type InkwellDb,
  isQuotaError,
  mergeStoryRecord,
  type PartRecord,
  type PositionRecord,
  readAllRecords,
  type StoryRecord,
  toStoredPart,
  writeRecordsAtomically,
} from './db';

export const BACKUP_FORMAT = 'inkwell-backup';
/** 2: a part's post body is null when it is the part's own (half the size). Version 1 files still import. */
export const BACKUP_VERSION = 2;

export type BackupSettings = Record<string, unknown>;

export interface InkwellBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  stories: StoryRecord[];
  parts: PartRecord[];
  positions: PositionRecord[];
  settings: BackupSettings;
  /** What sync holds beyond the library: stories deleted on one of the reader's devices (key → when). */
  sync?: SyncBackup;
}

export interface SyncBackup {
  deleted: Record<string, number>;
}

// ---------------------------------------------------------------------------------------------
// Canonical record form (fixed key order, known keys only)
// ---------------------------------------------------------------------------------------------

export function canonicalStory(s: StoryRecord): StoryRecord {
  const out: StoryRecord = {
    id: s.id,
    title: s.title,
    author: s.author,
    journal: s.journal,
    site: s.site,
    fields: s.fields,
    rating: s.rating,
    partKeys: s.partKeys,
    partUrls: s.partUrls,
    masterpostUrl: s.masterpostUrl,
    wordCount: s.wordCount,
    firstOpened: s.firstOpened,
    lastRead: s.lastRead,
    addedAt: s.addedAt,
  };
  if (s.status !== undefined) out.status = s.status;
  if (s.statusAt !== undefined) out.statusAt = s.statusAt;
  if (s.showImages !== undefined) out.showImages = s.showImages;
  if (s.language !== undefined) out.language = s.language;
  if (s.totalParts !== undefined) out.totalParts = s.totalParts;
  if (s.failedKeys !== undefined) out.failedKeys = s.failedKeys;
  if (s.newPartKeys !== undefined) out.newPartKeys = s.newPartKeys;
  return out;
}

export function canonicalPart(p: PartRecord): PartRecord {
  const out: PartRecord = {
    key: p.key,
    storyId: p.storyId,
    url: p.url,
    index: p.index,
    title: p.title,
    bodyHtml: p.bodyHtml,
    bodyText: p.bodyText,
    words: p.words,
    fetchedAt: p.fetchedAt,
    post: p.post,
  };
  if (p.textDroppedAt !== undefined) out.textDroppedAt = p.textDroppedAt;
  if (p.missingSince !== undefined) out.missingSince = p.missingSince;
  if (p.missingReason !== undefined) out.missingReason = p.missingReason;
  return out;
}

export function canonicalPosition(p: PositionRecord): PositionRecord {
  return {
    storyId: p.storyId,
    partKey: p.partKey,
    paragraph: p.paragraph,
    offset: p.offset,
    percent: p.percent,
    updatedAt: p.updatedAt,
  };
}

const byStr =
  <T>(key: (t: T) => string) =>
  (a: T, b: T) => {
    const x = key(a);
    const y = key(b);
    return x < y ? -1 : x > y ? 1 : 0;
  };

// ---------------------------------------------------------------------------------------------
// Export
// ---------------------------------------------------------------------------------------------

/**
 * The backup object for these records (pure). Parts and positions of stories not in `records`
 * (orphans, or whose story record was corrupt) are left out, so the file always validates.
 */
export function buildBackup(records: AllRecords, settings: BackupSettings, exportedAt: number = Date.now(), sync?: SyncBackup): InkwellBackup {
  const ids = new Set(records.stories.map((s) => s.id));
  const orphanParts = records.parts.filter((p) => !ids.has(p.storyId));
  const orphanPositions = records.positions.filter((p) => !ids.has(p.storyId));
  if (orphanParts.length || orphanPositions.length) {
    console.warn(`[inkwell] backup: left out ${orphanParts.length} parts and ${orphanPositions.length} positions of unknown stories`);
  }
  return {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    exportedAt,
    stories: records.stories.map(canonicalStory).sort(byStr((s) => s.id)),
    parts: records.parts
      .filter((p) => ids.has(p.storyId))
      .map(canonicalPart)
      .sort(byStr((p) => p.key)),
    positions: records.positions
      .filter((p) => ids.has(p.storyId))
      .map(canonicalPosition)
      .sort(byStr((p) => p.storyId)),
    settings: settings,
    ...(sync && Object.keys(sync.deleted).length ? { sync: { deleted: Object.fromEntries(Object.entries(sync.deleted).sort(([a], [b]) => (a < b ? -1 : 1))) } } : {}),
  };
}

/** Reads the whole library (one transaction) and builds the backup object. */
export async function exportLibrary(db: InkwellDb, settings: BackupSettings, exportedAt: number = Date.now(), sync?: SyncBackup): Promise<InkwellBackup> {
  return buildBackup(await readAllRecords(db), settings, exportedAt, sync);
}

/** The backup as the file's text: a post's body is written once, as null where it is the part's own. */
export function serializeBackup(backup: InkwellBackup): string {
  return JSON.stringify({ ...backup, parts: backup.parts.map((p) => canonicalPart(toStoredPart(p) as unknown as PartRecord)) });
}

/** A file name for the download: inkwell-backup-2025-01-31.json. */
export function backupFileName(exportedAt: number): string {
  return `inkwell-backup-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

export type BackupValidation = { ok: true; backup: InkwellBackup /** What was left out (see backup-rules.ts), as sentences. */; skipped: string[] } | { ok: false; reason: string };

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const FILE_KEYS = new Set(['format', 'version', 'exportedAt', 'stories', 'parts', 'positions', 'settings', 'sync']);
const MB = (bytes: number) => `${Math.round(bytes / 1e6).toLocaleString('en')} MB`;

/** Why a file of this many bytes is not even read, or null when its size is fine. Check before reading it. */
export function backupSizeProblem(bytes: number): string | null {
  if (bytes <= BACKUP_LIMITS.fileBytes) return null;
  return `The file is ${MB(bytes)}; a backup may be at most ${MB(BACKUP_LIMITS.fileBytes)}, so it was not read. (Is it an Inkwell backup? Inkwell's own are far smaller.)`;
}

/**
 * Checks a backup completely: the file text (or an already parsed value). Size and nesting are
 * checked before the text is parsed; every record is rebuilt from the keys Inkwell knows
 * (backup-rules.ts). On success the backup comes back rebuilt, with what was left out; on
 * failure, one sentence saying what is wrong.
 */
export function validateBackup(input: unknown, now: number = Date.now()): BackupValidation {
  let data: unknown = input;
  if (typeof input === 'string') {
    // A string has at most as many characters as its file had bytes.
    const tooBig = backupSizeProblem(input.length);
    if (tooBig) return { ok: false, reason: tooBig };
    if (input.trim() === '') return { ok: false, reason: 'The file is empty.' };
    if (jsonDepth(input, BACKUP_LIMITS.depth) > BACKUP_LIMITS.depth) {
      return { ok: false, reason: `The file nests deeper than an Inkwell backup ever does (more than ${BACKUP_LIMITS.depth} levels), so it was not read.` };
    }
    try {
      data = JSON.parse(input);
    } catch (e) {
      return {
        ok: false,
        reason: `The file is not valid JSON, so it may be cut short or damaged (${e instanceof Error ? e.message : String(e)}).`,
      };
    }
  }
  if (!isPlainObject(data) || data.format !== BACKUP_FORMAT) {
    return { ok: false, reason: 'This is not an Inkwell backup file.' };
  }
  const v = data.version;
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1) {
    return { ok: false, reason: `The backup's version (${JSON.stringify(v)?.slice(0, 40)}) is not one Inkwell knows.` };
  }
  if (v > BACKUP_VERSION) {
    return {
      ok: false,
      reason: `This backup was made by a newer Inkwell (backup version ${v}; this Inkwell reads version ${BACKUP_VERSION}). Update Inkwell, then import it.`,
    };
  }
  if (typeof data.exportedAt !== 'number' || !Number.isFinite(data.exportedAt)) {
    return { ok: false, reason: 'The backup has no valid export date.' };
  }
  for (const k of ['stories', 'parts', 'positions'] as const) {
    if (!Array.isArray(data[k])) return { ok: false, reason: `The backup has no list of ${k}; it may be incomplete.` };
  }
  if (!isPlainObject(data.settings)) return { ok: false, reason: 'The backup has no settings object; it may be incomplete.' };

  const { backup: rebuilt, notes } = rebuildBackup({ stories: data.stories as unknown[], parts: data.parts as unknown[], positions: data.positions as unknown[], settings: data.settings }, now);
  if (notes.problemCount > 0) {
    const rest = notes.problemCount - notes.problems.length;
    const more = rest > 0 ? ` (and ${rest} more problem${rest > 1 ? 's' : ''})` : '';
    return { ok: false, reason: `The backup has invalid records, so nothing was imported: ${notes.problems.join('; ')}${more}.` };
  }
  const strangers = Object.keys(data).filter((k) => !FILE_KEYS.has(k));
  const skipped = [...notes.skipped];
  const sync = rebuildSyncSection(data.sync, now);
  if (sync.dropped)
    skipped.push(
      `${sync.dropped === 1 ? 'One entry' : `${sync.dropped} entries`} of the list of stories deleted on your other devices ${sync.dropped === 1 ? 'was' : 'were'} not understood and left out.`,
    );
  if (strangers.length) {
    skipped.push(
      `${strangers.length === 1 ? 'An entry' : `${strangers.length} entries`} at the top of the file that Inkwell does not know ${strangers.length === 1 ? 'was' : 'were'} ignored (${strangers.slice(0, 3).join(', ')}${strangers.length > 3 ? ', …' : ''}).`,
    );
  }
  return {
    ok: true,
    skipped,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: data.exportedAt,
      stories: rebuilt.stories.map(canonicalStory),
      parts: rebuilt.parts.map(canonicalPart),
      positions: rebuilt.positions.map(canonicalPosition),
      settings: rebuilt.settings,
      ...(Object.keys(sync.deleted).length ? { sync: { deleted: sync.deleted } } : {}),
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Merge and import
// ---------------------------------------------------------------------------------------------

export interface ImportCounts {
  storiesAdded: number;
  storiesUpdated: number;
  storiesUnchanged: number;
  partsWritten: number;
  positionsWritten: number;
  /** Parts of the file left as the library has them: the library files them under another story. */
  partsOfOtherStories: number;
}

export interface ImportPlan extends ImportCounts {
  stories: StoryRecord[];
  parts: PartRecord[];
  positions: PositionRecord[];
}

/** The story to keep when the library and the backup both have it. */
export function mergeImportedStory(local: StoryRecord, incoming: StoryRecord): StoryRecord {
  // The side read more recently describes the story (part list, fields); times merge.
  const [older, newer] = incoming.lastRead > local.lastRead ? [local, incoming] : [incoming, local];
  return canonicalStory(mergeStoryRecord(older, newer));
}

/** The part to keep: one with text beats one without; then the later fetch; ties keep the local one. */
export function pickPart(local: PartRecord, incoming: PartRecord): PartRecord {
  const lt = hasCachedText(local);
  const it = hasCachedText(incoming);
  if (lt !== it) return it ? incoming : local;
  return incoming.fetchedAt > local.fetchedAt ? incoming : local;
}

const sameJson = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** What importing `backup` over `existing` writes (pure). */
export function planImport(existing: AllRecords, backup: InkwellBackup): ImportPlan {
  const localStories = new Map(existing.stories.map((s) => [s.id, s]));
  const localParts = new Map(existing.parts.map((p) => [p.key, p]));
  const localPositions = new Map(existing.positions.map((p) => [p.storyId, p]));
  const plan: ImportPlan = {
    stories: [],
    parts: [],
    positions: [],
    storiesAdded: 0,
    storiesUpdated: 0,
    storiesUnchanged: 0,
    partsWritten: 0,
    positionsWritten: 0,
    partsOfOtherStories: 0,
  };
  const localIds = new Set(existing.stories.map((s) => s.id));
  for (const s of backup.stories) {
    const local = localStories.get(s.id);
    if (!local) {
      plan.stories.push(s);
      plan.storiesAdded++;
      continue;
    }
    const merged = mergeImportedStory(local, s);
    if (sameJson(merged, canonicalStory(local))) plan.storiesUnchanged++;
    else {
      plan.stories.push(merged);
      plan.storiesUpdated++;
    }
  }
  for (const p of backup.parts) {
    const local = localParts.get(p.key);
    // A part another saved story owns stays that story's: a file cannot move it (or its text) away.
    if (local && local.storyId !== p.storyId && localIds.has(local.storyId)) {
      plan.partsOfOtherStories++;
      continue;
    }
    if (!local || pickPart(local, p) === p) plan.parts.push(p);
  }
  for (const p of backup.positions) {
    const local = localPositions.get(p.storyId);
    if (!local || p.updatedAt > local.updatedAt) plan.positions.push(p);
  }
  plan.partsWritten = plan.parts.length;
  plan.positionsWritten = plan.positions.length;
  return plan;
}

export type ImportResult =
  | ({
      ok: true;
      settings: BackupSettings /** Stories deleted on the reader's devices, for sync to keep deleted. */;
      sync?: SyncBackup /** The stories the file held (now in the library). */;
      storyIds: string[] /** What was left out, as sentences for the user. */;
      skipped: string[];
    } & ImportCounts)
  | { ok: false; reason: string };

/**
 * Imports a backup (the file's text, or the parsed object) into the library: validates all of it,
 * then merges in one transaction. On any failure nothing is changed. The backup's settings come
 * back for the caller to apply (they live in extension storage, not here).
 */
export async function importLibrary(db: InkwellDb, input: unknown, now: number = Date.now()): Promise<ImportResult> {
  const v = validateBackup(input, now);
  if (!v.ok) return v;
  const backup = v.backup;
  let plan: ImportPlan | null = null;
  try {
    await writeRecordsAtomically(db, { stories: backup.stories.map((s) => s.id), parts: backup.parts.map((p) => p.key) }, (existing) => (plan = planImport(existing, backup)));
  } catch (e) {
    if (isQuotaError(e)) {
      return {
        ok: false,
        reason: 'There is not enough storage space to import this backup; nothing was changed. Free some space (remove offline copies of stories) and try again.',
      };
    }
    return { ok: false, reason: `The import failed and nothing was changed (${e instanceof Error ? e.message : String(e)}).` };
  }
  const p = plan as ImportPlan | null;
  const skipped = [...v.skipped];
  const others = p?.partsOfOtherStories ?? 0;
  if (others) {
    skipped.push(others === 1 ? '1 part was left as it is: your library has it under another story.' : `${others} parts were left as they are: your library has them under other stories.`);
  }
  return {
    ok: true,
    settings: backup.settings,
    ...(backup.sync ? { sync: backup.sync } : {}),
    storyIds: backup.stories.map((s) => s.id),
    skipped,
    partsOfOtherStories: others,
    storiesAdded: p?.storiesAdded ?? 0,
    storiesUpdated: p?.storiesUpdated ?? 0,
    storiesUnchanged: p?.storiesUnchanged ?? 0,
    partsWritten: p?.partsWritten ?? 0,
    positionsWritten: p?.positionsWritten ?? 0,
  };
}
