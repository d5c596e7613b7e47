/**
 * The library as the popup and library page see it: search as you type, sort, filter by status
 * and fandom, group by fandom. Pure functions over story summaries (`listStories` in db.ts).
 *
 * Speed: `buildLibraryIndex` folds every story's searchable text to lower case without accents
 * once; a keystroke is then `queryLibrary(index, …)`, a filter over those precomputed strings
 * (plus a sort over precomputed keys). Rebuild the index when the list changes, not per keystroke.
 */
import type { StoryStatus, StorySummary } from './db';

/** What the library functions read from a story; `StorySummary` has all of it. */
export type LibraryStory = Pick<StorySummary, 'id' | 'title' | 'author' | 'fandom' | 'pairing' | 'characters' | 'summary' | 'wordCount' | 'lastRead' | 'addedAt' | 'percent'> & {
  status?: StoryStatus;
  /** false when a part is missing or more are to come (utils/story-progress.ts); absent: complete. */
  complete?: boolean;
  /** Parts posted since the reader was last there, after the place they stopped. */
  newParts?: number;
};

export type SortKey = 'lastRead' | 'title' | 'author' | 'addedAt' | 'length';

/** Each sort's natural direction: newest / longest first, titles and authors A→Z. */
export const DEFAULT_DESCENDING: Readonly<Record<SortKey, boolean>> = {
  lastRead: true,
  addedAt: true,
  length: true,
  title: false,
  author: false,
};

/** A story at or past this percent counts as finished. */
export const FINISHED_PERCENT = 99;

/** The fandom key of stories that name none. */
export const NO_FANDOM = '';

// ---------------------------------------------------------------------------------------------
// Text folding
// ---------------------------------------------------------------------------------------------

const LETTERS: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h' };

/** Lower case without accents (é→e, ß→ss, ø→o), typographic quotes made plain, spaces collapsed. */
export function foldText(s: string): string {
  // Plain ASCII (most titles and names) needs no Unicode normalisation, the costly step.
  if (/^[\x20-\x7e]*$/.test(s)) return s.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[ßæœøłđðþıħ]/g, (c) => LETTERS[c] ?? c)
    .replace(/[‘’ʼ`´]/g, "'")
    .replace(/[“”«»]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The words of a query, folded; every one must occur in a story for it to match. */
export function queryTerms(query: string): string[] {
  return foldText(query)
    .split(/[\s,/&+|;]+/)
    .map((t) => t.replace(/^["'()[\]{}.!?:]+|["'()[\]{}.!?:]+$/g, ''))
    .filter((t) => t.length > 0);
}

// ---------------------------------------------------------------------------------------------
// Status, fandoms
// ---------------------------------------------------------------------------------------------

/**
 * The reader's own status if set, else from the position: none or 0 % → not started, ≥ 99 % of a
 * complete story → finished. A story with a part missing or more to come is never finished by its
 * position, and one with new parts is being read again even if it was marked finished.
 */
export function statusOf(s: Pick<LibraryStory, 'percent' | 'status' | 'complete' | 'newParts'>): StoryStatus {
  if (s.status === 'finished' && s.newParts) return 'reading';
  if (s.status) return s.status;
  if (s.percent === null || !(s.percent > 0)) return 'not-started';
  return s.percent >= FINISHED_PERCENT && s.complete !== false ? 'finished' : 'reading';
}

/** For the "most recent" order: stories with new parts come first. */
export function newPartsFirst(a: Pick<LibraryStory, 'newParts'>, b: Pick<LibraryStory, 'newParts'>): number {
  return (b.newParts ? 1 : 0) - (a.newParts ? 1 : 0);
}

/** The fandoms a fandom field names ("Supernatural, Stargate Atlantis" → two), as written. */
export function splitFandoms(field: string): string[] {
  return field
    .split(/[,;|\n]+|\s+\/\s+/)
    .map((f) => f.replace(/\s+/g, ' ').replace(/^[\s"'.:*~-]+|[\s"'.:*~-]+$/g, ''))
    .filter((f) => f.length > 0);
}

/** The key a fandom is grouped and filtered by: folded, so "Pokémon" and "pokemon" are one. */
export function fandomKey(name: string): string {
  return foldText(name);
}

/** The fandoms a story's fandom field names, as keys (a crossover has several); [NO_FANDOM] when none. */
export function fandomKeysOf(field: string): string[] {
  const keys = [...new Set(splitFandoms(field).map(fandomKey))].filter((k) => k.length > 0);
  return keys.length ? keys : [NO_FANDOM];
}

export interface FandomCount {
  /** `fandomKey` of the fandom, NO_FANDOM ('') for stories that name none. */
  key: string;
  /** The spelling most stories use ('' for NO_FANDOM). */
  name: string;
  count: number;
}

function countFandoms(stories: readonly Pick<LibraryStory, 'fandom'>[]): FandomCount[] {
  const byKey = new Map<string, { count: number; spellings: Map<string, number> }>();
  for (const s of stories) {
    const named = splitFandoms(s.fandom)
      .map((name) => ({ name, key: fandomKey(name) }))
      .filter((f) => f.key !== NO_FANDOM);
    const seen = new Set<string>();
    for (const { name, key } of named.length ? named : [{ name: '', key: NO_FANDOM }]) {
      if (seen.has(key)) continue;
      seen.add(key);
      let e = byKey.get(key);
      if (!e) byKey.set(key, (e = { count: 0, spellings: new Map() }));
      e.count++;
      e.spellings.set(name, (e.spellings.get(name) ?? 0) + 1);
    }
  }
  const out: FandomCount[] = [];
  for (const [key, e] of byKey) {
    // The most used spelling; on a tie, a capitalised / accented one ("Pokémon" over "pokemon").
    let name = '';
    let best: number[] = [];
    for (const [spelling, n] of e.spellings) {
      const score = [n, /^\p{Lu}/u.test(spelling) ? 1 : 0, spelling.replace(/[\x00-\x7f]/g, '').length];
      if (best.length === 0 || compareScores(score, best) > 0) [name, best] = [spelling, score];
    }
    out.push({ key, name, count: e.count });
  }
  return out.sort(compareFandoms);
}

function compareScores(a: number[], b: number[]): number {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return 0;
}

function compareFandoms(a: { key: string }, b: { key: string }): number {
  if (a.key === NO_FANDOM || b.key === NO_FANDOM) return a.key === b.key ? 0 : a.key === NO_FANDOM ? 1 : -1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

/** Every fandom with how many stories name it, A→Z, "no fandom" last. */
export function listFandoms(stories: readonly Pick<LibraryStory, 'fandom'>[]): FandomCount[] {
  return countFandoms(stories);
}

// ---------------------------------------------------------------------------------------------
// Index and queries
// ---------------------------------------------------------------------------------------------

interface Entry<S> {
  story: S;
  /** Folded title, author, fandom, pairing, characters, summary; fields separated by \n. */
  hay: string;
  fandomKeys: string[];
  status: StoryStatus;
  titleKey: string;
  authorKey: string;
}

export interface LibraryIndex<S extends LibraryStory = StorySummary> {
  readonly entries: readonly Entry<S>[];
  readonly fandoms: readonly FandomCount[];
}

function entryOf<S extends LibraryStory>(s: S): Entry<S> {
  const title = foldText(s.title);
  const author = foldText(s.author);
  return {
    story: s,
    hay: [title, author, foldText(s.fandom), foldText(s.pairing), foldText(s.characters), foldText(s.summary)].join('\n'),
    fandomKeys: fandomKeysOf(s.fandom),
    status: statusOf(s),
    titleKey: title.replace(/^[^\p{L}\p{N}]+/u, ''),
    authorKey: author,
  };
}

/** Folds every story's text once; rebuild when the list changes. */
export function buildLibraryIndex<S extends LibraryStory>(stories: readonly S[]): LibraryIndex<S> {
  return { entries: stories.map(entryOf), fandoms: countFandoms(stories) };
}

export interface LibraryQuery {
  /** Search text: every word must occur in title, author, fandom, pairing, characters or summary. */
  text?: string;
  status?: StoryStatus | 'all';
  /** A `fandomKey` (see `index.fandoms`), NO_FANDOM for stories without one; null/undefined for all. */
  fandom?: string | null;
  sort?: SortKey;
  /** Defaults to the sort's natural direction (DEFAULT_DESCENDING). */
  descending?: boolean;
}

const cmpStr = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function comparator<S extends LibraryStory>(key: SortKey, descending: boolean): (a: Entry<S>, b: Entry<S>) => number {
  const dir = descending ? -1 : 1;
  const primary = (a: Entry<S>, b: Entry<S>): number => {
    switch (key) {
      case 'lastRead':
        return a.story.lastRead - b.story.lastRead;
      case 'addedAt':
        return a.story.addedAt - b.story.addedAt;
      case 'length':
        return a.story.wordCount - b.story.wordCount;
      case 'title':
        return cmpStr(a.titleKey, b.titleKey);
      case 'author':
        return cmpStr(a.authorKey, b.authorKey) || cmpStr(a.titleKey, b.titleKey);
    }
  };
  // New parts sort up in the natural "most recent" order. Ties: by title, then id, always
  // ascending, so the order is stable whatever the direction.
  const first = key === 'lastRead' && descending ? (a: Entry<S>, b: Entry<S>) => newPartsFirst(a.story, b.story) : () => 0;
  return (a, b) => first(a, b) || dir * primary(a, b) || cmpStr(a.titleKey, b.titleKey) || cmpStr(a.story.id, b.story.id);
}

/**
 * Per index: its entries in each order asked for (sorted once, so a keystroke only filters: the
 * order is total, ids last, so filtering sorted entries gives what sorting the hits would), and the
 * last query's hits (a query that only adds to the last one's words filters those, not them all).
 */
const memo = new WeakMap<object, { sorted: Map<string, readonly Entry<never>[]>; last: { filter: string; terms: string[]; hits: Entry<never>[] } | null }>();

/** Whether every story matching `next` matches `prev`: each word of `prev` is inside a word of `next` ("har" → "harry d"). */
function narrows(prev: readonly string[], next: readonly string[]): boolean {
  return prev.every((p) => next.some((n) => n.includes(p)));
}

/** Search, filter and sort in one go: the stories to show for what the reader typed and chose. */
export function queryLibrary<S extends LibraryStory>(index: LibraryIndex<S>, q: LibraryQuery = {}): S[] {
  const terms = queryTerms(q.text ?? '');
  const status = q.status && q.status !== 'all' ? q.status : null;
  const fandom = q.fandom ?? null;
  const sort = q.sort ?? 'lastRead';
  const descending = q.descending ?? DEFAULT_DESCENDING[sort];
  let m = memo.get(index);
  if (!m) memo.set(index, (m = { sorted: new Map(), last: null }));
  const order = `${sort}:${descending}`;
  let sorted = m.sorted.get(order) as readonly Entry<S>[] | undefined;
  if (!sorted) {
    sorted = [...index.entries].sort(comparator<S>(sort, descending));
    m.sorted.set(order, sorted as readonly Entry<never>[]);
  }
  const filter = `${order}\n${status ?? ''}\n${fandom ?? '\u0000'}`;
  const from = m.last && m.last.filter === filter && narrows(m.last.terms, terms) ? (m.last.hits as Entry<S>[]) : sorted;
  const hits: Entry<S>[] = [];
  outer: for (const e of from) {
    if (status && e.status !== status) continue;
    if (fandom !== null && !e.fandomKeys.includes(fandom)) continue;
    for (const t of terms) if (!e.hay.includes(t)) continue outer;
    hits.push(e);
  }
  m.last = { filter, terms, hits: hits as Entry<never>[] };
  return hits.map((e) => e.story);
}

/** The stories matching a search, in their given order (builds a throwaway index: for one-off use). */
export function searchStories<S extends LibraryStory>(stories: readonly S[], query: string): S[] {
  const terms = queryTerms(query);
  return buildLibraryIndex(stories)
    .entries.filter((e) => terms.every((t) => e.hay.includes(t)))
    .map((e) => e.story);
}

/** A sorted copy. */
export function sortStories<S extends LibraryStory>(stories: readonly S[], key: SortKey, descending = DEFAULT_DESCENDING[key]): S[] {
  return stories
    .map(entryOf)
    .sort(comparator<S>(key, descending))
    .map((e) => e.story);
}

/** Stories with this status and/or fandom key (either may be left out). */
export function filterStories<S extends LibraryStory>(stories: readonly S[], f: { status?: StoryStatus | 'all'; fandom?: string | null }): S[] {
  const status = f.status && f.status !== 'all' ? f.status : null;
  const fandom = f.fandom ?? null;
  return stories.filter((s) => (!status || statusOf(s) === status) && (fandom === null || fandomKeysOf(s.fandom).includes(fandom)));
}

export interface FandomGroup<S> {
  key: string;
  name: string;
  stories: S[];
}

/**
 * Stories grouped by fandom, groups A→Z with "no fandom" last; a crossover is in each of its
 * fandoms' groups. Within a group, stories keep the order given (sort first). A list drawn from a
 * library index passes its `fandoms` (the groups are then named as the whole library spells them)
 * and the keys it already knows.
 */
export function groupByFandom<S extends LibraryStory>(stories: readonly S[], known: { fandoms?: readonly FandomCount[]; keysOf?: (s: S) => readonly string[] } = {}): FandomGroup<S>[] {
  const names = new Map((known.fandoms ?? countFandoms(stories)).map((f) => [f.key, f.name]));
  const keysOf = known.keysOf ?? ((s: S) => fandomKeysOf(s.fandom));
  const groups = new Map<string, S[]>();
  for (const s of stories) {
    for (const key of keysOf(s)) {
      let g = groups.get(key);
      if (!g) groups.set(key, (g = []));
      g.push(s);
    }
  }
  return [...groups].map(([key, list]) => ({ key, name: names.get(key) ?? '', stories: list })).sort(compareFandoms);
}
