/**
 * Between the stitcher's state and the stored records: what a read story is saved as, and the
 * stitched state a saved story opens from (offline, with no network request).
 */
import type { PartRecord, StoryRecord } from './db';
import type { StoryPost } from './extract/types';
import type { StitchState, StitchedPart } from './stitch';
import { canonicalEntryKey, journalSiteOfUrl } from './url';

const words = (t: string) => (t.trim() ? t.trim().split(/\s+/).length : 0);

export function buildStoryRecords(
  state: StitchState,
  start: StoryPost,
  known: { id: string | null; firstOpened: number },
  now = Date.now(),
): { story: StoryRecord; parts: PartRecord[] } {
  const ordered = state.order.map((k) => state.parts.get(k)).filter((p): p is StitchedPart => !!p);
  const head = state.masterpost ?? ordered[0]?.post ?? start;
  const id = known.id ?? (state.masterpost ? canonicalEntryKey(state.masterpost.url) : state.order[0] ?? canonicalEntryKey(start.url));
  const parts: PartRecord[] = ordered.map((p) => ({
    key: p.key,
    storyId: id,
    url: p.url,
    index: p.index,
    title: p.title,
    bodyHtml: p.post.bodyHtml,
    bodyText: p.post.bodyText,
    words: words(p.post.bodyText),
    fetchedAt: now,
    post: p.post,
  }));
  const fields = { ...(ordered[0]?.post.fields ?? {}), ...head.fields };
  const story: StoryRecord = {
    id,
    title: fields.title || head.subject || 'Untitled',
    author: head.author,
    journal: head.journal,
    site: siteOf(head.url),
    fields,
    rating: head.rating ?? ordered[0]?.post.rating ?? null,
    partKeys: [...state.order],
    partUrls: state.order.map((k) => state.parts.get(k)?.url ?? state.errors.get(k)?.url ?? ''),
    masterpostUrl: state.masterpost?.url ?? null,
    wordCount: parts.reduce((n, p) => n + p.words, 0),
    firstOpened: known.firstOpened,
    lastRead: now,
    addedAt: known.firstOpened,
  };
  return { story, parts };
}

/** The journal site of a story (seeing through Wayback); a URL of no known site counts as LiveJournal's. */
function siteOf(url: string): StoryRecord['site'] {
  const site = journalSiteOfUrl(url);
  return site === 'unknown' ? 'livejournal' : site;
}

/** A saved story as a finished stitch, or null when any part's text is not cached. */
export function stateFromCache(story: StoryRecord, parts: PartRecord[]): StitchState | null {
  const byKey = new Map(parts.map((p) => [p.key, p]));
  const state: StitchState = { order: [...story.partKeys], parts: new Map(), errors: new Map(), masterpost: null, done: true };
  for (const key of story.partKeys) {
    const p = byKey.get(key);
    if (!p || p.textDroppedAt || (!p.bodyHtml && !p.bodyText)) return null;
    state.parts.set(key, { key, url: p.url, index: p.index, title: p.title, post: { ...p.post, bodyHtml: p.bodyHtml, bodyText: p.bodyText } });
  }
  return state.order.length ? state : null;
}
