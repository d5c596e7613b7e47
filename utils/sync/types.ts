/**
 * What Inkwell keeps in the browser's own sync (storage.sync): per story, what another device
 * needs to list it, fetch it again and continue where the reader stopped; never the text.
 * Times are milliseconds here and whole seconds in storage.sync (encode.ts), so every value
 * compared in merge.ts is already at the precision sync keeps.
 */
import type { SiteId } from '../extract/types';

export interface SyncPosition {
  /** Canonical key of the part the reader is in. */
  partKey: string;
  /** Index of that part in the story's parts (0-based), for a device whose part list differs. */
  part: number;
  paragraph: number;
  /** 0..1 into the paragraph, to three decimals. */
  offset: number;
  /** 0..100 of the whole story, whole numbers. */
  percent: number;
  /** When the reader was there (ms, whole seconds). */
  at: number;
}

export interface SyncStory {
  /** The story's canonical key (`domain/journal/entry`): names its journal and entry. */
  key: string;
  title: string;
  author: string;
  journal: string;
  site: SiteId;
  /** Canonical URL of the masterpost, or null. */
  masterpostUrl: string | null;
  /** Canonical URL of the first part, or null when unknown. */
  firstUrl: string | null;
  position: SyncPosition | null;
  /** Read (finished) or unread, and when the reader said so (0: never said; follows the position). */
  read: boolean;
  readAt: number;
  lastRead: number;
}

export interface SyncSettings {
  value: Record<string, unknown>;
  /** When they were last changed (ms, whole seconds). */
  at: number;
}

export interface SyncState {
  stories: Map<string, SyncStory>;
  /** Deleted stories: key → when (ms, whole seconds). Expire after TOMBSTONE_MS. */
  tombstones: Map<string, number>;
  settings: SyncSettings | null;
}

export const TOMBSTONE_MS = 30 * 24 * 3600 * 1000;

export function emptyState(): SyncState {
  return { stories: new Map(), tombstones: new Map(), settings: null };
}

/** The latest thing that happened to a story: what a tombstone must be newer than to delete it. */
export function lastActivity(s: SyncStory): number {
  return Math.max(s.lastRead, s.readAt, s.position?.at ?? 0);
}

/** Milliseconds floored to whole seconds: the precision storage.sync keeps. */
export const toSyncTime = (ms: number): number => Math.floor(ms / 1000) * 1000;
