/**
 * The library's records (utils/db.ts) as sync stories and back, pure. What another device needs
 * to list a story, fetch it again and continue in it: never the text.
 */
import type { PositionRecord, StoryRecord } from '../db';
import { canonicalEntryUrl, commentIdOf, giftOf, giftUrl, storyKeyOf } from '../url';
import { type SyncStory, toSyncTime } from './types';

/**
 * The URL another device fetches: the entry's modern address (a Wayback copy stays one: the journal
 * may be gone); a fill's part keeps its comment (`?thread=N`), which is what makes it that fill, and a
 * gift of a swap's reveals its ordinal (`#gift-N`, url.ts `giftUrl`), which is what makes it that gift.
 */
function syncUrl(url: string | null | undefined, site: StoryRecord['site']): string | null {
  if (!url) return null;
  if (site === 'wayback') return url;
  const comment = commentIdOf(url);
  return comment ? `${canonicalEntryUrl(url)}?thread=${comment}` : giftUrl(canonicalEntryUrl(url), giftOf(url) ?? 1);
}

export function toSyncStory(story: StoryRecord, position: PositionRecord | null): SyncStory {
  const marked = story.status !== undefined || story.statusAt !== undefined;
  return {
    key: story.id,
    title: story.title,
    author: story.author,
    journal: story.journal,
    site: story.site,
    masterpostUrl: syncUrl(story.masterpostUrl, story.site),
    firstUrl: syncUrl(story.partUrls[0], story.site),
    position: position
      ? {
          partKey: position.partKey,
          part: Math.max(0, story.partKeys.indexOf(position.partKey)),
          paragraph: Math.max(0, Math.floor(position.paragraph)),
          offset: Math.round(Math.min(1, Math.max(0, position.offset)) * 1000) / 1000,
          percent: Math.round(Math.min(100, Math.max(0, position.percent))),
          at: toSyncTime(position.updatedAt),
        }
      : null,
    read: story.status === 'finished',
    // A mark from before marks were timed counts from when the story was last read.
    readAt: marked ? toSyncTime(story.statusAt ?? story.lastRead) : 0,
    // Never older than the position or the mark (merge.ts relies on it).
    lastRead: toSyncTime(Math.max(story.lastRead, position?.updatedAt ?? 0, marked ? (story.statusAt ?? 0) : 0)),
  };
}

/** A story known only from another device: listed, with its place, its text fetched when opened. */
export function storyFromSync(s: SyncStory): StoryRecord {
  const first = s.firstUrl ?? s.masterpostUrl;
  const record: StoryRecord = {
    id: s.key,
    title: s.title,
    author: s.author,
    journal: s.journal,
    site: s.site,
    fields: {},
    rating: null,
    partKeys: first ? [storyKeyOf(first)] : [],
    partUrls: first ? [first] : [],
    masterpostUrl: s.masterpostUrl,
    wordCount: 0,
    firstOpened: s.lastRead,
    lastRead: s.lastRead,
    addedAt: s.lastRead,
  };
  if (s.readAt) {
    if (s.read) record.status = 'finished';
    record.statusAt = s.readAt;
  }
  return record;
}

export function positionFromSync(storyId: string, s: SyncStory): PositionRecord | null {
  const p = s.position;
  return p ? { storyId, partKey: p.partKey, paragraph: p.paragraph, offset: p.offset, percent: p.percent, updatedAt: p.at } : null;
}
