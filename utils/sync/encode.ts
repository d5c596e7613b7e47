/**
 * The compact form of the sync state in storage.sync items (every byte counts: 102,400 in all).
 *
 * ITEMS: `s00`…`s63` hold stories and tombstones, a story always in the shard its key hashes to,
 * so two devices put the same story in the same item and one story's change rewrites one item;
 * `cfg` holds the reader settings. A shard's value:
 *   { s: { "<domain>": [record, …] }, t: { "<key>": deletedAt } }
 * stories grouped by the first segment of their key (the journal site's domain), each record an
 * array with short, defaulted fields (trailing defaults left out):
 *   [ "journal/entry", title, author, journal|0, site|0, masterpost, firstPart, lastRead, position|0, read|0 ]
 * so a story's record names its journal and entry in plain text (`"user/1234"` under
 * `"livejournal.com"`: the contract of issue 14). URLs and part keys are written relative to the
 * story's key where they can be rebuilt from it (1: the key's own entry; N: entry N of the same
 * journal), else in full. Times are whole seconds since 2020-09-13 (EPOCH_S).
 *
 * BYTES are counted as both browsers count them: the key's length plus the length of the value's
 * JSON, in UTF-8 bytes (Chrome: "the JSON stringification of its value plus its key length";
 * Firefox's webext-storage: the same with serde_json, which also writes non-ASCII unescaped).
 */
import type { SiteId } from '../extract/types';
import { siteOfUrl } from '../url';
import { mergeStory } from './merge';
import { emptyState, type SyncPosition, type SyncSettings, type SyncState, type SyncStory } from './types';

export const SHARD_COUNT = 64;
export const SETTINGS_ITEM = 'cfg';
const SHARD_PREFIX = 's';
const EPOCH_S = 1_600_000_000;

export type SyncItems = Record<string, unknown>;

const utf8 = new TextEncoder();
/** Bytes one item takes against the quotas: key length + JSON of the value, UTF-8. */
export function itemBytes(key: string, value: unknown): number {
  return utf8.encode(key).length + utf8.encode(JSON.stringify(value)).length;
}

export function totalBytes(items: SyncItems): number {
  let n = 0;
  for (const [k, v] of Object.entries(items)) n += itemBytes(k, v);
  return n;
}

export const isShardKey = (key: string): boolean => /^s\d\d$/.test(key);
export const shardKeyOf = (index: number): string => `${SHARD_PREFIX}${String(index).padStart(2, '0')}`;

/** Which shard a story key lives in: FNV-1a, stable across devices and versions. */
export function shardOf(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % SHARD_COUNT;
}

const toSec = (ms: number): number => Math.floor(ms / 1000) - EPOCH_S;
const fromSec = (s: number): number => (s + EPOCH_S) * 1000;

const ENTRY_KEY = /^([a-z0-9.-]+)\/([a-z0-9_]+)\/(\d+)$/;
/** The site a key's first segment (its domain) names: what a record leaves out when the story's site is that one. */
const siteOfGroup = (group: string): SiteId => (group ? siteOfUrl(`https://${group}/`) : 'unknown');

/** The modern entry URL a canonical entry key stands for (as utils/url.ts canonicalEntryUrl builds it). */
export function urlOfKey(key: string): string | null {
  const m = ENTRY_KEY.exec(key);
  return m ? `https://${m[2]!.replace(/_/g, '-')}.${m[1]}/${m[3]}.html` : null;
}

function splitKey(key: string): { group: string; rest: string } {
  const i = key.indexOf('/');
  return i < 0 ? { group: '', rest: key } : { group: key.slice(0, i), rest: key.slice(i + 1) };
}

const journalOfKey = (key: string): string | null => ENTRY_KEY.exec(key)?.[2] ?? null;

/** A key (or URL, with `asUrl`) relative to the story key: 1 the key itself, N an entry of the same journal, else in full. */
function relative(storyKey: string, target: string, asUrl: boolean): string | number {
  const own = asUrl ? urlOfKey(storyKey) : storyKey;
  if (target === own) return 1;
  const m = ENTRY_KEY.exec(storyKey);
  if (m) {
    const sibling = (n: string) => `${m[1]}/${m[2]}/${n}`;
    const tm = asUrl ? /^https:\/\/([a-z0-9-]+)\.([a-z0-9.-]+)\/(\d+)\.html$/.exec(target) : ENTRY_KEY.exec(target);
    if (tm) {
      const [journal, domain, n] = asUrl ? [tm[1]!.replace(/-/g, '_'), tm[2]!, tm[3]!] : [tm[2]!, tm[1]!, tm[3]!];
      if (domain === m[1] && journal === m[2] && Number(n) !== 0 && !n.startsWith('0')) {
        const back = asUrl ? urlOfKey(sibling(n)) : sibling(n);
        if (back === target) return Number(n);
      }
    }
  }
  return target;
}

function resolve(storyKey: string, ref: unknown, asUrl: boolean): string | null {
  if (ref === 1) return asUrl ? urlOfKey(storyKey) : storyKey;
  if (typeof ref === 'number' && Number.isInteger(ref) && ref > 1) {
    const m = ENTRY_KEY.exec(storyKey);
    if (!m) return null;
    const k = `${m[1]}/${m[2]}/${ref}`;
    return asUrl ? urlOfKey(k) : k;
  }
  return typeof ref === 'string' && ref ? ref : null;
}

type Rec = unknown[];

export function encodeStory(s: SyncStory): Rec {
  const { group, rest } = splitKey(s.key);
  const p = s.position;
  const rec: Rec = [
    rest,
    s.title,
    s.author,
    s.journal === journalOfKey(s.key) ? 0 : s.journal,
    s.site === siteOfGroup(group) ? 0 : s.site,
    s.masterpostUrl === null ? 0 : relative(s.key, s.masterpostUrl, true),
    s.firstUrl === null ? 0 : relative(s.key, s.firstUrl, true),
    toSec(s.lastRead),
    p ? [p.part, relative(s.key, p.partKey, false), p.paragraph, Math.round(p.offset * 1000), Math.round(p.percent), toSec(p.at)] : 0,
    s.readAt ? [s.read ? 1 : 0, toSec(s.readAt)] : 0,
  ];
  while (rec.length > 1 && rec[rec.length - 1] === 0) rec.pop();
  return rec;
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);
const str = (x: unknown): string | null => (typeof x === 'string' ? x : null);

/** A story from its record, or null when the record is not one (corrupt, or written by a newer Inkwell we cannot read). */
export function decodeStory(group: string, rec: unknown): SyncStory | null {
  if (!Array.isArray(rec) || typeof rec[0] !== 'string' || !rec[0]) return null;
  const key = group ? `${group}/${rec[0]}` : rec[0];
  const [, title, author, journal = 0, site = 0, master = 0, first = 0, lastRead = 0, pos = 0, read = 0] = rec;
  if (str(title) === null || str(author) === null || !isInt(lastRead)) return null;
  let position: SyncPosition | null = null;
  if (Array.isArray(pos)) {
    const [part, ref, paragraph, offset, percent, at] = pos;
    const partKey = resolve(key, ref, false);
    if (!isInt(part) || !partKey || !isInt(paragraph) || !isInt(offset) || !isInt(percent) || !isInt(at)) return null;
    position = { partKey, part, paragraph, offset: Math.min(1, Math.max(0, offset / 1000)), percent: Math.min(100, Math.max(0, percent)), at: fromSec(at) };
  } else if (pos !== 0) return null;
  let readFlag = false;
  let readAt = 0;
  if (Array.isArray(read) && isInt(read[1])) [readFlag, readAt] = [read[0] === 1, fromSec(read[1])];
  else if (read !== 0) return null;
  const siteId = site === 0 ? siteOfGroup(group) : str(site);
  const journalName = journal === 0 ? (journalOfKey(key) ?? '') : str(journal);
  if (siteId === null || journalName === null) return null;
  return {
    key,
    title: title as string,
    author: author as string,
    journal: journalName,
    site: siteId as SiteId,
    masterpostUrl: master === 0 ? null : resolve(key, master, true),
    firstUrl: first === 0 ? null : resolve(key, first, true),
    position,
    read: readFlag,
    readAt,
    lastRead: fromSec(lastRead),
  };
}

/** One shard's value for these stories and tombstones, in a stable order (equal states give equal JSON). */
export function encodeShard(stories: readonly SyncStory[], tombstones: ReadonlyArray<[string, number]>): Record<string, unknown> {
  const groups: Record<string, Rec[]> = {};
  for (const s of [...stories].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
    (groups[splitKey(s.key).group] ??= []).push(encodeStory(s));
  }
  const sortedGroups: Record<string, Rec[]> = {};
  for (const g of Object.keys(groups).sort()) sortedGroups[g] = groups[g]!;
  const value: Record<string, unknown> = { s: sortedGroups };
  if (tombstones.length) {
    const t: Record<string, number> = {};
    for (const [k, at] of [...tombstones].sort((a, b) => (a[0] < b[0] ? -1 : 1))) t[k] = toSec(at);
    value.t = t;
  }
  return value;
}

export function encodeSettings(settings: SyncSettings): unknown {
  return { v: settings.value, at: toSec(settings.at) };
}

/**
 * The state the items hold. What cannot be read (another extension's keys, a corrupt record) is
 * skipped: sync is a copy of what the devices hold, never the only one.
 */
export function decodeItems(items: SyncItems): SyncState {
  const state = emptyState();
  for (const [key, value] of Object.entries(items)) {
    if (key === SETTINGS_ITEM) {
      const v = value as { v?: unknown; at?: unknown } | null;
      if (v && typeof v.v === 'object' && v.v !== null && !Array.isArray(v.v) && isInt(v.at)) {
        state.settings = { value: v.v as Record<string, unknown>, at: fromSec(v.at) };
      }
      continue;
    }
    if (!isShardKey(key) || typeof value !== 'object' || value === null) continue;
    const { s, t } = value as { s?: unknown; t?: unknown };
    if (s && typeof s === 'object') {
      for (const [group, recs] of Object.entries(s as Record<string, unknown>)) {
        if (!Array.isArray(recs)) continue;
        for (const rec of recs) {
          const story = decodeStory(group, rec);
          if (!story) continue;
          const seen = state.stories.get(story.key);
          state.stories.set(story.key, seen ? mergeStory(seen, story) : story);
        }
      }
    }
    if (t && typeof t === 'object') {
      for (const [k, at] of Object.entries(t as Record<string, unknown>)) if (isInt(at)) state.tombstones.set(k, Math.max(fromSec(at), state.tombstones.get(k) ?? 0));
    }
  }
  return state;
}
