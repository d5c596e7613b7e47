/**
 * Between the stitcher's state and the stored records: what a read story is saved as, and the
 * stitched state a saved story opens from (offline, with no network request).
 */
import type { PartRecord, StoryRecord } from './db';
import { storyTitleOf } from './extract/parts';
import type { StoryPost } from './extract/types';
import { isGoneReason, type KnownText, type ReaderState } from './kept-parts';
import { newPartKeysAfterSave } from './new-parts';
import { countWords } from './position';
import type { FailureReason, StitchedPart, StitchState } from './stitch';
import { totalFromMarkers } from './story-progress';
import { canonicalEntryKey, journalSiteOfUrl, storyKeyOf } from './url';

/** Post HTML cleaned for storing (DOMPurify, at the edge that has a DOM): `cleanForStorage` in utils/sanitize.ts. */
export type CleanHtml = (html: string, baseUrl: string) => string;

/** A part is cleaned once, not at every save of a story whose parts are still arriving. */
const cleaned = new WeakMap<StoryPost, string>();
function cleanOnce(post: StoryPost, url: string, clean: CleanHtml): string {
  let html = cleaned.get(post);
  if (html === undefined) {
    html = clean(post.bodyHtml, url);
    cleaned.set(post, html);
  }
  return html;
}

/** The story's title from a Title value: without a part marker that is one of its parts' own (extract/parts.ts storyTitleOf). */
function wholeTitle(title: string | undefined, posts: Pick<StoryPost, 'part'>[]): string {
  if (!title) return '';
  for (const post of posts) {
    const whole = storyTitleOf(title, post.part);
    if (whole !== title) return whole;
  }
  return title;
}

export function buildStoryRecords(
  state: ReaderState,
  start: StoryPost,
  known: {
    id: string | null;
    firstOpened: number;
    /** The record as saved before (what is new is new since then). */
    previous?: StoryRecord | null;
    /** The part the reader is in (new parts up to it are no longer new). */
    placeKey?: string | null;
    /**
     * What a part's HTML is stored as: cleaned by DOMPurify, so what is saved (and what books and
     * backups are made from) is never the journal page's raw markup. Without it (tests on plain data,
     * the bench), the markup as extracted.
     */
    clean?: CleanHtml;
  },
  now = Date.now(),
): { story: StoryRecord; parts: PartRecord[] } {
  const ordered = state.order.map((k) => state.parts.get(k)).filter((p): p is StitchedPart => !!p);
  const head = state.masterpost ?? ordered[0]?.post ?? start;
  const id = known.id ?? (state.masterpost ? canonicalEntryKey(state.masterpost.url) : (state.order[0] ?? storyKeyOf(start.url)));
  const parts: PartRecord[] = ordered.map((p) => {
    const html = known.clean ? cleanOnce(p.post, p.url, known.clean) : p.post.bodyHtml;
    const record: PartRecord = {
      key: p.key,
      storyId: id,
      url: p.url,
      index: p.index,
      title: p.title,
      bodyHtml: html,
      bodyText: p.post.bodyText,
      words: countWords(p.post.bodyText),
      fetchedAt: now,
      // The post's own copy of the HTML is the cleaned one too (stored once: db.ts drops the duplicate).
      post: html === p.post.bodyHtml ? p.post : { ...p.post, bodyHtml: html },
    };
    // Saved text the site no longer shows: kept as it was, with the date it was saved.
    const kept = state.kept?.get(p.key);
    if (kept) {
      record.fetchedAt = kept.savedAt ?? now;
      if (isGoneReason(kept.reason)) {
        record.missingSince = kept.since;
        record.missingReason = kept.reason;
      }
    }
    return record;
  });
  // Opened from a saved copy, the masterpost is not read again: its fields and URL stay as saved.
  const previous = known.previous ?? null;
  const fields = { ...(ordered[0]?.post.fields ?? {}), ...(state.masterpost || !previous ? head.fields : previous.fields) };
  const story: StoryRecord = {
    id,
    title: wholeTitle(fields.title, [head, ...ordered.map((p) => p.post)]) || head.subject || 'Untitled',
    author: head.author,
    journal: head.journal,
    site: siteOf(head.url),
    fields,
    rating: head.rating ?? ordered[0]?.post.rating ?? null,
    partKeys: [...state.order],
    partUrls: state.order.map((k) => state.parts.get(k)?.url ?? state.errors.get(k)?.url ?? ''),
    masterpostUrl: state.masterpost?.url ?? previous?.masterpostUrl ?? null,
    wordCount: parts.reduce((n, p) => n + p.words, 0),
    firstOpened: known.firstOpened,
    lastRead: now,
    addedAt: known.firstOpened,
    totalParts: totalFromMarkers(
      ordered.map((p) => p.post.part),
      state.order.length,
    ),
    failedKeys: state.order.filter((k) => state.errors.has(k)),
    newPartKeys: newPartKeysAfterSave(known.previous ?? null, state.order, known.placeKey ?? null),
  };
  return { story, parts };
}

/** The journal site of a story (seeing through Wayback); a URL of no known site counts as LiveJournal's. */
function siteOf(url: string): StoryRecord['site'] {
  const site = journalSiteOfUrl(url);
  return site === 'unknown' ? 'livejournal' : site;
}

/**
 * A saved story as the reader opens it, with no network request: the parts whose text is saved,
 * the others (text dropped, or never fetched: failed) pending, to be fetched; parts the site
 * stopped showing keep their saved text and their note. Null when it has no parts at all.
 */
export function stateFromSaved(story: StoryRecord, parts: PartRecord[]): { state: ReaderState; known: [string, KnownText][] } | null {
  if (!story.partKeys.length) return null;
  const byKey = new Map(parts.map((p) => [p.key, p]));
  const state: ReaderState = { order: [], parts: new Map(), errors: new Map(), masterpost: null, done: true };
  const pending = new Map<string, { url: string; index: number | null }>();
  const known: [string, KnownText][] = [];
  story.partKeys.forEach((key, i) => {
    const p = byKey.get(key);
    if (!p || !hasText(p)) {
      pending.set(key, { url: p?.url || story.partUrls[i] || '', index: p?.index ?? null });
      return;
    }
    const part: StitchedPart = { key, url: p.url, index: p.index, title: p.title, post: { ...p.post, bodyHtml: p.bodyHtml, bodyText: p.bodyText } };
    state.order.push(key);
    state.parts.set(key, part);
    const missing = p.missingSince !== undefined ? { reason: (p.missingReason ?? 'not-found') as FailureReason, since: p.missingSince } : undefined;
    known.push([key, { part, savedAt: p.fetchedAt, missing }]);
  });
  if (pending.size) {
    state.pending = pending;
    state.known = [...story.partKeys];
    state.done = false;
  }
  return { state, known };
}

const hasText = (p: PartRecord) => !p.textDroppedAt && !!(p.bodyHtml || p.bodyText);

/**
 * Whether the reader opens a saved story from its copy, with no request (`openableCopy` is not null): a part
 * the story lists still holds its text. The one rule for the reader's frame, its page and the background
 * (which fetches nothing ahead for a story that opens from the database).
 */
export function opensFromSaved(story: StoryRecord, parts: readonly PartRecord[]): boolean {
  const byKey = new Map(parts.map((p) => [p.key, p]));
  return story.partKeys.some((key) => {
    const p = byKey.get(key);
    return !!p && hasText(p);
  });
}

/**
 * The saved copy the reader opens from, or null to stitch the story afresh. A record with no part text
 * (known only from another device through sync, or every text dropped) tells where the story is, not
 * what it holds: opened as a copy, only its one known part would be fetched and its masterpost skipped,
 * so a story of five parts would show one. Afresh, its parts are found as for a story never saved (its
 * masterpost read); the caller keeps its id and its place.
 */
export function openableCopy(story: StoryRecord, parts: PartRecord[]): ReturnType<typeof stateFromSaved> {
  return opensFromSaved(story, parts) ? stateFromSaved(story, parts) : null;
}

/**
 * The state a Refresh goes on from: every known part of `state` to be fetched again (its text
 * stays on screen meanwhile, and stays for good if the site no longer shows it), the masterpost
 * read again too, so nothing known is lost and new parts are found.
 */
export function refetchState(state: StitchState): StitchState {
  const order = state.known ?? state.order;
  const pending = new Map<string, { url: string; index: number | null }>();
  for (const key of order) {
    const known = state.parts.get(key) ?? state.errors.get(key) ?? state.pending?.get(key);
    if (known?.url) pending.set(key, { url: known.url, index: known.index });
  }
  return { order: [], parts: new Map(), errors: new Map(), masterpost: null, done: false, pending, known: [...pending.keys()] };
}

/** A saved story as the post the reader's card shows (the reader page has no page to read it from). */
export function cardPostOf(story: StoryRecord, parts: readonly PartRecord[]): StoryPost {
  const first = parts.find((p) => p.key === story.partKeys[0])?.post;
  return {
    url: story.masterpostUrl ?? story.partUrls.find(Boolean) ?? first?.url ?? '',
    author: story.author,
    journal: story.journal,
    subject: first?.subject ?? story.title,
    fields: { ...story.fields, title: story.fields.title || story.title },
    rawFields: first?.rawFields ?? [],
    headerNotes: first?.headerNotes ?? [],
    rating: story.rating,
    part: null,
    complete: true,
    bodyText: '',
    bodyHtml: '',
    partLinks: [],
  };
}
