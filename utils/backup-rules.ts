/**
 * What a backup file may hold. A backup is a file someone hands you: until these rules have
 * rebuilt it, it is a stranger's JSON (issue 10, item 5). Nothing of it is stored as it came:
 * every record is rebuilt from the keys Inkwell knows, each checked for its type, its length and
 * its range; addresses must be journal entry pages, as the fetcher builds them; anything else is
 * dropped and said so.
 *
 * Two outcomes for what does not fit:
 * - REFUSED (the whole file, nothing changes): not JSON, too big, nested too deep, a record of the
 *   wrong shape or over a limit. A damaged or doctored file is not half-imported.
 * - SKIPPED (the rest goes in; the message names what was left out): a story or part whose
 *   address is not an https journal page (`javascript:`, `file:`, `data:`, another site), a part
 *   filed under another story of your library, fields Inkwell does not know.
 *
 * The limits fit a real library with room to spare; see BACKUP_LIMITS.
 */

import type { PartRecord, PositionRecord, StoryRecord } from './db';
import type { FieldKey, PartLink, RawField, StoryPost } from './extract/types';
import { archivePageUrlOf, fetchUrlOf, memoriesPageUrlOf, tagPageUrlOf } from './fetch-url';
import { JOURNAL_SITES } from './sites';

/**
 * The numbers. On the fixtures' real story pages a backup takes about 15.7 bytes of file per word
 * of story (its text, its HTML, JSON-escaped, with the records around it; short pages weigh more
 * per word, for their headers; measured by tests/unit/backup-rules.test.ts), so 180 MB holds
 * about 11.5 million words of cached text: 5,000 stories of 2,300 words each with all their text,
 * or a bigger library some of whose text was dropped (a story without its text is about 0.6 KB).
 * A 200 MB file is refused unread: parsing it would hold the library page for seconds and take a
 * gigabyte of memory.
 */
export const BACKUP_LIMITS = {
  /** The file, checked before it is read or parsed. */
  fileBytes: 180_000_000,
  /** Brackets open at once. A real backup nests 6 deep (file → parts → part → post → partLinks → link). */
  depth: 16,
  stories: 100_000,
  parts: 500_000,
  /** Parts listed by one story. */
  partsPerStory: 2_000,
  /** Ids, keys and URLs. */
  keyChars: 2_048,
  /** Titles, names, labels, subjects. */
  shortChars: 2_000,
  /** One header field (a summary, the notes). */
  fieldChars: 200_000,
  /** One part's HTML or text: a 2 MB post fits with room. */
  bodyChars: 16_000_000,
  /** Raw fields, header notes, part links of one post. */
  listItems: 2_000,
  /** Settings: how many, and how long a text value may be. */
  settingsKeys: 200,
  settingChars: 2_000,
  /** Clock skew allowed between the machine that exported and this one. */
  futureMs: 24 * 3600 * 1000,
} as const;

// ---------------------------------------------------------------------------------------------
// The URL rule: the fetcher's own (utils/fetch-url.ts)
// ---------------------------------------------------------------------------------------------

/**
 * A record's address as Inkwell would fetch it (`fetchUrlOf`: a journal entry page, or a Wayback
 * copy of one, rebuilt over https from journal and entry number, harmless display options kept),
 * or null for anything else: other schemes (`javascript:`, `file:`, `data:`, `blob:`), other
 * sites, credentials in the URL, pages that are not entries. So an imported story holds only
 * addresses the reader could have saved itself.
 */
export function importableJournalUrl(raw: string): string | null {
  if (raw.length > BACKUP_LIMITS.keyChars) return null;
  return fetchUrlOf(raw);
}

/**
 * An address in a story's list of parts: an entry page (`importableJournalUrl`), or the story's index page that could
 * not be read when it was saved (a journal's tag page, a writer's memories keyword page, a day or month archive page:
 * utils/stitch keeps it in its
 * place among the parts, so Retry reads it again), rebuilt by the fetcher's own rules for those pages. A story saved
 * with a failed index page is a story the reader saved itself: refusing it would lose it.
 */
export function importablePartUrl(raw: string): string | null {
  if (raw.length > BACKUP_LIMITS.keyChars) return null;
  return fetchUrlOf(raw) ?? tagPageUrlOf(raw) ?? memoriesPageUrlOf(raw) ?? archivePageUrlOf(raw);
}

// ---------------------------------------------------------------------------------------------
// Depth, before parsing
// ---------------------------------------------------------------------------------------------

/**
 * The deepest nesting of `[`/`{` in JSON text, scanning no further than one past `max` (strings
 * skipped). Checked before `JSON.parse`, so 20,000 nested brackets never reach a recursive parser
 * or validator.
 */
export function jsonDepth(text: string, max: number = Number.MAX_SAFE_INTEGER): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) inString = false;
      continue;
    }
    if (c === 34) inString = true;
    else if (c === 123 /* { */ || c === 91 /* [ */) {
      if (++depth > deepest) {
        deepest = depth;
        if (deepest > max) return deepest;
      }
    } else if (c === 125 /* } */ || c === 93 /* ] */) depth--;
  }
  return deepest;
}

// ---------------------------------------------------------------------------------------------
// Rebuilding records
// ---------------------------------------------------------------------------------------------

/** What the rebuild noticed, for the message the user gets. */
export interface RebuildNotes {
  /** Reasons the file is refused (empty: it is not). At most a few listed; `problemCount` counts all. */
  problems: string[];
  problemCount: number;
  /** Sentences about what was left out of an import that goes ahead. */
  skipped: string[];
}

const MAX_LISTED = 3;

const STORY_KEYS = [
  'id',
  'title',
  'author',
  'journal',
  'site',
  'fields',
  'rating',
  'partKeys',
  'partUrls',
  'masterpostUrl',
  'wordCount',
  'firstOpened',
  'lastRead',
  'addedAt',
  'status',
  'statusAt',
  'showImages',
  'language',
  'totalParts',
  'failedKeys',
  'newPartKeys',
];
const PART_KEYS = ['key', 'storyId', 'url', 'index', 'title', 'bodyHtml', 'bodyText', 'words', 'fetchedAt', 'post', 'textDroppedAt'];
const POST_KEYS = ['url', 'author', 'journal', 'subject', 'fields', 'rawFields', 'headerNotes', 'rating', 'part', 'complete', 'bodyText', 'bodyHtml', 'partLinks'];
const POSITION_KEYS = ['storyId', 'partKey', 'paragraph', 'offset', 'percent', 'updatedAt'];
const FIELD_KEYS: Record<FieldKey, true> = {
  title: true,
  author: true,
  fandom: true,
  pairing: true,
  characters: true,
  rating: true,
  warnings: true,
  wordCount: true,
  summary: true,
  disclaimer: true,
  notes: true,
  beta: true,
  spoilers: true,
  prompt: true,
  dedication: true,
  series: true,
  genre: true,
};
const SITES = new Set<string>([...JOURNAL_SITES.map((s) => s.id), 'wayback', 'unknown']);
const RATINGS = new Set(['General', 'Teen', 'Mature', 'Explicit', 'Not Rated']);
const STATUSES = new Set(['reading', 'finished', 'not-started']);

const isObj = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const count = (n: number) => n.toLocaleString('en');

/**
 * Reads one record field by field. `problems` are reasons to refuse the file; `unknown` counts
 * keys that are not Inkwell's (dropped).
 */
class Fields {
  problems: string[] = [];
  constructor(
    private readonly x: Record<string, unknown>,
    private readonly now: number,
    private readonly unknown: { count: number; names: Set<string> },
    known: readonly string[],
    prefix: string,
  ) {
    for (const k of Object.keys(x)) {
      if (!known.includes(k)) {
        this.unknown.count++;
        if (this.unknown.names.size < MAX_LISTED) this.unknown.names.add(`${prefix}${k}`);
      }
    }
  }
  private bad(what: string): undefined {
    this.problems.push(what);
    return undefined;
  }
  text(k: string, max: number, opts: { nonEmpty?: boolean; label?: string } = {}): string | undefined {
    const v = this.x[k];
    const name = opts.label ?? k;
    if (typeof v !== 'string') return this.bad(k === 'id' || k === 'key' || k === 'storyId' ? `${name} is missing` : `${name} is not text`);
    if (opts.nonEmpty && !v) return this.bad(`${name} is missing`);
    if (v.length > max) return this.bad(`${name} is longer than ${count(max)} characters`);
    return v;
  }
  /** A number in [min, max]; `integer` for counts and indexes. */
  num(k: string, min: number, max: number, what: string, integer = false): number | undefined {
    const v = this.x[k];
    if (typeof v !== 'number' || !Number.isFinite(v) || v < min || v > max || (integer && !Number.isInteger(v))) return this.bad(`${k} is not ${what}`);
    return v;
  }
  time(k: string, optional = false): number | undefined {
    if (optional && this.x[k] === undefined) return undefined;
    return this.num(k, 0, this.now + BACKUP_LIMITS.futureMs, 'a time (in the past)');
  }
  oneOf<T extends string>(k: string, set: ReadonlySet<string>, what: string, nullable: boolean): T | null | undefined {
    const v = this.x[k];
    if (nullable && v === null) return null;
    if (typeof v !== 'string' || !set.has(v)) return this.bad(`${k} is not ${what}`);
    return v as T;
  }
  list(k: string, max: number, what: string): unknown[] | undefined {
    const v = this.x[k];
    if (!Array.isArray(v)) return this.bad(`${k} is not a list of ${what}`);
    if (v.length > max) return this.bad(`${k} lists more than ${count(max)} ${what}`);
    return v;
  }
  fields(k: string): StoryPost['fields'] | undefined {
    const v = this.x[k];
    if (!isObj(v)) return this.bad(`${k} is not an object`);
    const out: StoryPost['fields'] = {};
    for (const [name, value] of Object.entries(v)) {
      if (value === undefined) continue;
      if (typeof value !== 'string') return this.bad(`${k}.${name} is not text`);
      if (value.length > BACKUP_LIMITS.fieldChars) return this.bad(`${k}.${name} is longer than ${count(BACKUP_LIMITS.fieldChars)} characters`);
      if (Object.hasOwn(FIELD_KEYS, name)) out[name as FieldKey] = value;
      else {
        this.unknown.count++;
        if (this.unknown.names.size < MAX_LISTED) this.unknown.names.add(`${k}.${name}`);
      }
    }
    return out;
  }
  get(k: string): unknown {
    return this.x[k];
  }
  fail(what: string): void {
    this.problems.push(what);
  }
}

/** Counters shared by the whole rebuild. */
interface Tally {
  now: number;
  unknown: { count: number; names: Set<string> };
  /** Links dropped from posts for not being journal pages. */
  linksDropped: number;
}

function rebuildPost(x: unknown, t: Tally, where: string): { post?: StoryPost; problem?: string; badUrl?: string } {
  if (!isObj(x)) return { problem: 'post is not an object' };
  const f = new Fields(x, t.now, t.unknown, POST_KEYS, `${where}.post.`);
  const url = f.text('url', BACKUP_LIMITS.keyChars, { label: 'post.url' });
  const author = f.text('author', BACKUP_LIMITS.shortChars, { label: 'post.author' });
  const journal = f.text('journal', BACKUP_LIMITS.shortChars, { label: 'post.journal' });
  const subject = f.text('subject', BACKUP_LIMITS.shortChars, { label: 'post.subject' });
  const fields = f.fields('fields');
  const rawFields: RawField[] = [];
  for (const r of f.list('rawFields', BACKUP_LIMITS.listItems, 'fields') ?? []) {
    if (!isObj(r) || typeof r.key !== 'string' || typeof r.label !== 'string' || typeof r.value !== 'string') {
      f.fail('post.rawFields holds something that is not a field');
      break;
    }
    if (r.label.length > BACKUP_LIMITS.shortChars || r.value.length > BACKUP_LIMITS.fieldChars) {
      f.fail('post.rawFields holds a field over the length limit');
      break;
    }
    if (Object.hasOwn(FIELD_KEYS, r.key)) rawFields.push({ key: r.key as FieldKey, label: r.label, value: r.value });
  }
  const headerNotes: string[] = [];
  for (const n of f.list('headerNotes', BACKUP_LIMITS.listItems, 'notes') ?? []) {
    if (typeof n !== 'string' || n.length > BACKUP_LIMITS.fieldChars) {
      f.fail('post.headerNotes is not a list of text');
      break;
    }
    headerNotes.push(n);
  }
  const rating = f.oneOf<StoryPost['rating'] & string>('rating', RATINGS, 'a known rating', true);
  let part: StoryPost['part'] = null;
  const rawPart = f.get('part');
  if (rawPart !== null) {
    const ok =
      isObj(rawPart) &&
      Number.isInteger(rawPart.index) &&
      (rawPart.index as number) >= 0 &&
      (rawPart.index as number) <= 100_000 &&
      (rawPart.total === null || (Number.isInteger(rawPart.total) && (rawPart.total as number) >= 0 && (rawPart.total as number) <= 100_000));
    if (ok) part = { index: rawPart.index as number, total: rawPart.total as number | null };
    else f.fail('post.part is not a part marker');
  }
  const complete = f.get('complete');
  if (typeof complete !== 'boolean') f.fail('post.complete is not true/false');
  // Version 2 files store a post's body as null when it is the part's own (the caller fills it in).
  const body = (k: 'bodyText' | 'bodyHtml') => (f.get(k) === null ? null : f.text(k, BACKUP_LIMITS.bodyChars, { label: `post.${k}` }));
  const bodyText = body('bodyText');
  const bodyHtml = body('bodyHtml');
  const partLinks: PartLink[] = [];
  for (const l of f.list('partLinks', BACKUP_LIMITS.listItems, 'links') ?? []) {
    if (!isObj(l) || typeof l.url !== 'string' || typeof l.label !== 'string' || !(l.index === null || (typeof l.index === 'number' && Number.isFinite(l.index)))) {
      f.fail('post.partLinks is not a list of links');
      break;
    }
    const linkUrl = importableJournalUrl(l.url);
    if (!linkUrl) {
      t.linksDropped++;
      continue;
    }
    partLinks.push({ url: linkUrl, label: l.label.slice(0, BACKUP_LIMITS.shortChars), index: l.index as number | null });
  }
  if (f.problems.length) return { problem: f.problems.join('; ') };
  const postUrl = importableJournalUrl(url!);
  if (!postUrl) return { badUrl: url! };
  return {
    post: {
      url: postUrl,
      author: author!,
      journal: journal!,
      subject: subject!,
      fields: fields!,
      rawFields,
      headerNotes,
      rating: rating ?? null,
      part,
      complete: complete as boolean,
      bodyText: bodyText as string,
      bodyHtml: bodyHtml as string,
      partLinks,
    },
  };
}

type Rebuilt<T> = { record: T } | { problem: string } | { badUrl: string };

function rebuildStory(x: unknown, t: Tally, where: string): Rebuilt<StoryRecord> {
  if (!isObj(x)) return { problem: 'not an object' };
  const f = new Fields(x, t.now, t.unknown, STORY_KEYS, `${where}.`);
  const id = f.text('id', BACKUP_LIMITS.keyChars, { nonEmpty: true });
  const title = f.text('title', BACKUP_LIMITS.shortChars);
  const author = f.text('author', BACKUP_LIMITS.shortChars);
  const journal = f.text('journal', BACKUP_LIMITS.shortChars);
  const site = f.oneOf<StoryRecord['site']>('site', SITES, 'a known site', false);
  const fields = f.fields('fields');
  const rating = f.oneOf<StoryRecord['rating'] & string>('rating', RATINGS, 'a known rating', true);
  const keys = f.list('partKeys', BACKUP_LIMITS.partsPerStory, 'keys');
  const urls = f.list('partUrls', BACKUP_LIMITS.partsPerStory, 'URLs');
  if (keys && !keys.every((k) => typeof k === 'string' && k.length > 0 && k.length <= BACKUP_LIMITS.keyChars)) f.fail('partKeys is not a list of keys');
  if (urls && !urls.every((u) => typeof u === 'string' && u.length <= BACKUP_LIMITS.keyChars)) f.fail('partUrls is not a list of URLs');
  if (keys && urls && keys.length !== urls.length) f.fail('partKeys and partUrls differ in length');
  const masterpostUrl = f.get('masterpostUrl') === null ? null : f.text('masterpostUrl', BACKUP_LIMITS.keyChars, { label: 'masterpostUrl' });
  const wordCount = f.num('wordCount', 0, 1e9, 'a number', true);
  const firstOpened = f.time('firstOpened');
  const lastRead = f.time('lastRead');
  const addedAt = f.time('addedAt');
  const status = f.get('status') === undefined ? undefined : f.oneOf<NonNullable<StoryRecord['status']>>('status', STATUSES, 'a known status', false);
  // When the read mark was set (sync: the newer mark wins across devices).
  const statusAt = f.time('statusAt', true);
  const showImages = f.get('showImages');
  if (showImages !== undefined && typeof showImages !== 'boolean') f.fail('showImages is not true/false');
  // The page's language (for books' dc:language): a language tag, nothing else.
  const language = f.get('language') === undefined ? undefined : f.text('language', 35);
  if (language !== undefined && !/^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/.test(language as string)) f.fail('language is not a language tag');
  // What the last save knew of the story's length, its failed parts and its new parts (works in progress).
  const totalParts = f.get('totalParts') === undefined || f.get('totalParts') === null ? f.get('totalParts') : f.num('totalParts', 0, BACKUP_LIMITS.partsPerStory, 'a whole number', true);
  const keyLists: Partial<Record<'failedKeys' | 'newPartKeys', string[]>> = {};
  for (const k of ['failedKeys', 'newPartKeys'] as const) {
    if (f.get(k) === undefined) continue;
    const list = f.list(k, BACKUP_LIMITS.partsPerStory, 'keys');
    if (list && !list.every((x) => typeof x === 'string' && x.length > 0 && x.length <= BACKUP_LIMITS.keyChars)) f.fail(`${k} is not a list of keys`);
    else if (list) keyLists[k] = list as string[];
  }
  if (f.problems.length) return { problem: f.problems.join('; ') };

  // Addresses: journal pages only, as https ('' is a part whose address was never known; a failed index page keeps its place).
  const partUrls: string[] = [];
  for (const u of urls as string[]) {
    const ok = u === '' ? '' : importablePartUrl(u);
    if (ok === null) return { badUrl: u };
    partUrls.push(ok);
  }
  let master: string | null = null;
  if (masterpostUrl !== null) {
    master = importableJournalUrl(masterpostUrl as string);
    if (!master) return { badUrl: masterpostUrl as string };
  }
  const record: StoryRecord = {
    id: id!,
    title: title!,
    author: author!,
    journal: journal!,
    site: site!,
    fields: fields!,
    rating: rating ?? null,
    partKeys: keys as string[],
    partUrls,
    masterpostUrl: master,
    wordCount: wordCount!,
    firstOpened: firstOpened!,
    lastRead: lastRead!,
    addedAt: addedAt!,
  };
  if (status) record.status = status;
  if (statusAt !== undefined) record.statusAt = statusAt;
  // Loading a story's remote images is a choice made in this browser, never by a file: only "off" comes in.
  if (showImages === false) record.showImages = false;
  if (language !== undefined) record.language = language as string;
  if (totalParts !== undefined) record.totalParts = totalParts as number | null;
  Object.assign(record, keyLists);
  return { record };
}

function rebuildPart(x: unknown, t: Tally, where: string): Rebuilt<PartRecord> {
  if (!isObj(x)) return { problem: 'not an object' };
  const f = new Fields(x, t.now, t.unknown, PART_KEYS, `${where}.`);
  const key = f.text('key', BACKUP_LIMITS.keyChars, { nonEmpty: true });
  const storyId = f.text('storyId', BACKUP_LIMITS.keyChars, { nonEmpty: true });
  const url = f.text('url', BACKUP_LIMITS.keyChars);
  const rawIndex = f.get('index');
  const index = rawIndex === null ? null : f.num('index', 0, 100_000, 'a number or null', true);
  const title = f.text('title', BACKUP_LIMITS.shortChars);
  const bodyHtml = f.text('bodyHtml', BACKUP_LIMITS.bodyChars);
  const bodyText = f.text('bodyText', BACKUP_LIMITS.bodyChars);
  const words = f.num('words', 0, 1e8, 'a number', true);
  const fetchedAt = f.time('fetchedAt');
  const textDroppedAt = f.time('textDroppedAt', true);
  const post = rebuildPost(f.get('post'), t, where);
  if (post.problem) f.fail(post.problem);
  if (f.problems.length) return { problem: f.problems.join('; ') };
  const partUrl = importableJournalUrl(url!);
  if (!partUrl) return { badUrl: url! };
  if (post.badUrl !== undefined) return { badUrl: post.badUrl };
  const p = post.post!;
  if ((p as { bodyHtml: string | null }).bodyHtml === null) p.bodyHtml = bodyHtml!;
  if ((p as { bodyText: string | null }).bodyText === null) p.bodyText = bodyText!;
  const record: PartRecord = {
    key: key!,
    storyId: storyId!,
    url: partUrl,
    index: index ?? null,
    title: title!,
    bodyHtml: bodyHtml!,
    bodyText: bodyText!,
    words: words!,
    fetchedAt: fetchedAt!,
    post: p,
  };
  if (textDroppedAt !== undefined) record.textDroppedAt = textDroppedAt;
  return { record };
}

function rebuildPosition(x: unknown, t: Tally, where: string): Rebuilt<PositionRecord> {
  if (!isObj(x)) return { problem: 'not an object' };
  const f = new Fields(x, t.now, t.unknown, POSITION_KEYS, `${where}.`);
  const storyId = f.text('storyId', BACKUP_LIMITS.keyChars, { nonEmpty: true });
  const partKey = f.text('partKey', BACKUP_LIMITS.keyChars);
  const paragraph = f.num('paragraph', 0, 10_000_000, 'a paragraph index', true);
  const offset = f.num('offset', 0, 1, 'between 0 and 1');
  const percent = f.num('percent', 0, 100, 'between 0 and 100');
  const updatedAt = f.time('updatedAt');
  if (f.problems.length) return { problem: f.problems.join('; ') };
  return { record: { storyId: storyId!, partKey: partKey!, paragraph: paragraph!, offset: offset!, percent: percent!, updatedAt: updatedAt! } };
}

/** Settings: known to the caller, not here; plain values (and lists of them) only, nothing nested. */
function rebuildSettings(x: Record<string, unknown>, t: Tally): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const plain = (v: unknown) => typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v)) || (typeof v === 'string' && v.length <= BACKUP_LIMITS.settingChars);
  let n = 0;
  for (const [k, v] of Object.entries(x)) {
    if (++n > BACKUP_LIMITS.settingsKeys) break;
    if (k !== '__proto__' && (plain(v) || (Array.isArray(v) && v.length <= 100 && v.every(plain)))) out[k] = Array.isArray(v) ? [...v] : v;
    else {
      t.unknown.count++;
      if (t.unknown.names.size < MAX_LISTED) t.unknown.names.add(`settings.${k}`);
    }
  }
  return out;
}

export interface RebuiltBackup {
  stories: StoryRecord[];
  parts: PartRecord[];
  positions: PositionRecord[];
  settings: Record<string, unknown>;
}

const shortUrl = (u: string) => JSON.stringify(u.length > 60 ? `${u.slice(0, 57)}…` : u);
const plural = (n: number, one: string, many: string) => `${count(n)} ${n === 1 ? one : many}`;

/**
 * Rebuilds the lists of a backup (already checked to be the right format and version) into
 * records Inkwell wrote itself. Refusal reasons and skipped items come back in `notes`.
 */
/**
 * The backup's `sync` section: stories deleted on one of the reader's devices (sync's tombstones,
 * key → when), so a library restored from the file does not bring them back. What is not a key
 * and a time is left out (and said).
 */
export function rebuildSyncSection(x: unknown, now: number): { deleted: Record<string, number>; dropped: number } {
  const deleted: Record<string, number> = {};
  let dropped = 0;
  const d = isObj(x) ? x.deleted : undefined;
  if (!isObj(d)) return { deleted, dropped: x === undefined ? 0 : 1 };
  for (const [k, v] of Object.entries(d).slice(0, BACKUP_LIMITS.stories)) {
    if (k.length > 0 && k.length <= BACKUP_LIMITS.keyChars && typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= now + BACKUP_LIMITS.futureMs) deleted[k] = v;
    else dropped++;
  }
  return { deleted, dropped };
}

export function rebuildBackup(
  data: { stories: unknown[]; parts: unknown[]; positions: unknown[]; settings: Record<string, unknown> },
  now: number = Date.now(),
): { backup: RebuiltBackup; notes: RebuildNotes } {
  const notes: RebuildNotes = { problems: [], problemCount: 0, skipped: [] };
  const problem = (what: string) => {
    notes.problemCount++;
    if (notes.problems.length < MAX_LISTED) notes.problems.push(what);
  };
  const t: Tally = { now, unknown: { count: 0, names: new Set() }, linksDropped: 0 };
  const backup: RebuiltBackup = { stories: [], parts: [], positions: [], settings: {} };
  if (data.stories.length > BACKUP_LIMITS.stories) problem(`it lists more than ${count(BACKUP_LIMITS.stories)} stories`);
  if (data.parts.length > BACKUP_LIMITS.parts) problem(`it lists more than ${count(BACKUP_LIMITS.parts)} parts`);
  if (data.positions.length > BACKUP_LIMITS.stories) problem(`it lists more than ${count(BACKUP_LIMITS.stories)} positions`);
  if (notes.problemCount) return { backup, notes };

  const label = (x: unknown, key: string) => {
    const v = isObj(x) ? x[key] : undefined;
    return typeof v === 'string' ? ` (${v.slice(0, 200)})` : '';
  };
  const badStories: string[] = [];
  const skippedIds = new Set<string>();
  const ids = new Set<string>();
  data.stories.forEach((s, i) => {
    const r = rebuildStory(s, t, `stories[${i}]`);
    if ('problem' in r) return problem(`story ${i + 1}${label(s, 'id')}: ${r.problem}`);
    if ('badUrl' in r) {
      badStories.push(r.badUrl);
      skippedIds.add((s as { id: string }).id);
      return;
    }
    if (ids.has(r.record.id)) problem(`story ${i + 1} (${r.record.id}) appears twice`);
    ids.add(r.record.id);
    backup.stories.push(r.record);
  });
  const badParts: string[] = [];
  const partKeys = new Set<string>();
  data.parts.forEach((p, i) => {
    const r = rebuildPart(p, t, `parts[${i}]`);
    if ('problem' in r) return problem(`part ${i + 1}${label(p, 'key')}: ${r.problem}`);
    const storyId = (p as { storyId: string }).storyId;
    if (skippedIds.has(storyId)) return; // said with its story
    if ('badUrl' in r) return void badParts.push(r.badUrl);
    if (partKeys.has(r.record.key)) problem(`part ${i + 1} (${r.record.key}) appears twice`);
    partKeys.add(r.record.key);
    if (!ids.has(r.record.storyId)) problem(`part ${i + 1} (${r.record.key}) belongs to a story that is not in the file (${r.record.storyId})`);
    backup.parts.push(r.record);
  });
  const posIds = new Set<string>();
  data.positions.forEach((p, i) => {
    const r = rebuildPosition(p, t, `positions[${i}]`);
    if ('problem' in r) return problem(`position ${i + 1}${label(p, 'storyId')}: ${r.problem}`);
    if (!('record' in r)) return;
    if (skippedIds.has(r.record.storyId)) return;
    if (posIds.has(r.record.storyId)) problem(`position ${i + 1} (${r.record.storyId}) appears twice`);
    posIds.add(r.record.storyId);
    if (!ids.has(r.record.storyId)) problem(`position ${i + 1} is for a story that is not in the file (${r.record.storyId})`);
    backup.positions.push(r.record);
  });
  backup.settings = rebuildSettings(data.settings, t);

  if (badStories.length) {
    notes.skipped.push(
      `${plural(badStories.length, 'story was', 'stories were')} left out because ${badStories.length === 1 ? 'its address is' : 'their addresses are'} not a journal page (${badStories.slice(0, MAX_LISTED).map(shortUrl).join(', ')}${badStories.length > MAX_LISTED ? ', …' : ''}).`,
    );
  }
  if (badParts.length) {
    notes.skipped.push(
      `${plural(badParts.length, 'part was', 'parts were')} left out because ${badParts.length === 1 ? 'its address is' : 'their addresses are'} not a journal page (${badParts.slice(0, MAX_LISTED).map(shortUrl).join(', ')}${badParts.length > MAX_LISTED ? ', …' : ''}).`,
    );
  }
  if (t.linksDropped)
    notes.skipped.push(`${plural(t.linksDropped, 'link', 'links')} to something other than a journal page ${t.linksDropped === 1 ? 'was' : 'were'} dropped from the posts’ part lists.`);
  if (t.unknown.count) {
    notes.skipped.push(
      `${plural(t.unknown.count, 'entry', 'entries')} Inkwell does not know ${t.unknown.count === 1 ? 'was' : 'were'} ignored (${[...t.unknown.names].join(', ')}${t.unknown.count > t.unknown.names.size ? ', …' : ''}).`,
    );
  }
  return { backup, notes };
}
