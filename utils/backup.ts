/**
 * Backup: the whole library (stories, cached parts, positions, and the settings object the
 * caller passes) as one JSON object, and its import.
 *
 * Import is all or nothing: the file is validated completely first (a truncated file, another
 * version, a hand edit that broke a record are refused whole, with the reason), then merged into
 * the stored library in ONE transaction. Merging is by story id (the canonical key): the newer
 * position wins, a part with text beats one whose text was dropped, the story keeps the earliest
 * added/first-opened times and the latest last-read.
 *
 * Records are written and exported in one fixed key order, so export → import into an empty
 * library → export gives the same file apart from `exportedAt`.
 */
import {
  hasCachedText,
  mergeStoryRecord,
  partRecordProblem,
  positionRecordProblem,
  readAllRecords,
  storyRecordProblem,
  writeRecordsAtomically,
  isQuotaError,
  type AllRecords,
  type InkwellDb,
  type PartRecord,
  type PositionRecord,
  type StoryRecord,
} from './db';

export const BACKUP_FORMAT = 'inkwell-backup';
export const BACKUP_VERSION = 1;

export type BackupSettings = Record<string, unknown>;

export interface InkwellBackup {
  format: typeof BACKUP_FORMAT;
  version: typeof BACKUP_VERSION;
  exportedAt: number;
  stories: StoryRecord[];
  parts: PartRecord[];
  positions: PositionRecord[];
  settings: BackupSettings;
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

const byStr = <T>(key: (t: T) => string) => (a: T, b: T) => {
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
export function buildBackup(records: AllRecords, settings: BackupSettings, exportedAt: number = Date.now()): InkwellBackup {
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
  };
}

/** Reads the whole library (one transaction) and builds the backup object. */
export async function exportLibrary(db: InkwellDb, settings: BackupSettings, exportedAt: number = Date.now()): Promise<InkwellBackup> {
  return buildBackup(await readAllRecords(db), settings, exportedAt);
}

/** The backup as the file's text. */
export function serializeBackup(backup: InkwellBackup): string {
  return JSON.stringify(backup);
}

/** A file name for the download: inkwell-backup-2025-01-31.json. */
export function backupFileName(exportedAt: number): string {
  return `inkwell-backup-${new Date(exportedAt).toISOString().slice(0, 10)}.json`;
}

// ---------------------------------------------------------------------------------------------
// Validation
// ---------------------------------------------------------------------------------------------

export type BackupValidation = { ok: true; backup: InkwellBackup } | { ok: false; reason: string };

const isPlainObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

const MAX_LISTED = 3;

/**
 * Checks a backup completely: the file text (or an already parsed value). On success the backup
 * comes back in canonical form; on failure, one sentence saying what is wrong.
 */
export function validateBackup(input: unknown): BackupValidation {
  let data: unknown = input;
  if (typeof input === 'string') {
    if (input.trim() === '') return { ok: false, reason: 'The file is empty.' };
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
    return { ok: false, reason: `The backup's version (${JSON.stringify(v)}) is not one Inkwell knows.` };
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

  const problems: string[] = [];
  let count = 0;
  const note = (what: string) => {
    count++;
    if (problems.length < MAX_LISTED) problems.push(what);
  };
  const label = (x: unknown, key: string) => {
    const id = isPlainObject(x) ? x[key] : undefined;
    return typeof id === 'string' ? ` (${id})` : '';
  };

  const stories = data.stories as unknown[];
  const parts = data.parts as unknown[];
  const positions = data.positions as unknown[];
  const ids = new Set<string>();
  stories.forEach((s, i) => {
    const why = storyRecordProblem(s);
    if (why) return note(`story ${i + 1}${label(s, 'id')}: ${why}`);
    const id = (s as StoryRecord).id;
    if (ids.has(id)) note(`story ${i + 1} (${id}) appears twice`);
    ids.add(id);
  });
  const partKeys = new Set<string>();
  parts.forEach((p, i) => {
    const why = partRecordProblem(p);
    if (why) return note(`part ${i + 1}${label(p, 'key')}: ${why}`);
    const part = p as PartRecord;
    if (partKeys.has(part.key)) note(`part ${i + 1} (${part.key}) appears twice`);
    partKeys.add(part.key);
    if (!ids.has(part.storyId)) note(`part ${i + 1} (${part.key}) belongs to a story that is not in the file (${part.storyId})`);
  });
  const posIds = new Set<string>();
  positions.forEach((p, i) => {
    const why = positionRecordProblem(p);
    if (why) return note(`position ${i + 1}${label(p, 'storyId')}: ${why}`);
    const pos = p as PositionRecord;
    if (posIds.has(pos.storyId)) note(`position ${i + 1} (${pos.storyId}) appears twice`);
    posIds.add(pos.storyId);
    if (!ids.has(pos.storyId)) note(`position ${i + 1} is for a story that is not in the file (${pos.storyId})`);
  });
  if (count > 0) {
    const more = count > problems.length ? ` (and ${count - problems.length} more problem${count - problems.length > 1 ? 's' : ''})` : '';
    return { ok: false, reason: `The backup has invalid records, so nothing was imported: ${problems.join('; ')}${more}.` };
  }
  return {
    ok: true,
    backup: {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: data.exportedAt,
      stories: (stories as StoryRecord[]).map(canonicalStory),
      parts: (parts as PartRecord[]).map(canonicalPart),
      positions: (positions as PositionRecord[]).map(canonicalPosition),
      settings: data.settings,
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
  };
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
  | ({ ok: true; settings: BackupSettings } & ImportCounts)
  | { ok: false; reason: string };

/**
 * Imports a backup (the file's text, or the parsed object) into the library: validates all of it,
 * then merges in one transaction. On any failure nothing is changed. The backup's settings come
 * back for the caller to apply (they live in extension storage, not here).
 */
export async function importLibrary(db: InkwellDb, input: unknown): Promise<ImportResult> {
  const v = validateBackup(input);
  if (!v.ok) return v;
  const backup = v.backup;
  let plan: ImportPlan | null = null;
  try {
    await writeRecordsAtomically(
      db,
      { stories: backup.stories.map((s) => s.id), parts: backup.parts.map((p) => p.key) },
      (existing) => (plan = planImport(existing, backup)),
    );
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
  return {
    ok: true,
    settings: backup.settings,
    storiesAdded: p?.storiesAdded ?? 0,
    storiesUpdated: p?.storiesUpdated ?? 0,
    storiesUnchanged: p?.storiesUnchanged ?? 0,
    partsWritten: p?.partsWritten ?? 0,
    positionsWritten: p?.positionsWritten ?? 0,
  };
}
