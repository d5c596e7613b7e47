/**
 * Saving a read story with its parts' text: the background does it for the overlay (a content
 * script cannot open the extension's database), the reader page and the library's Refresh do it
 * directly (they are the extension's own pages).
 */
import { type InkwellDb, type PartRecord, type StoryRecord, saveParts, saveStory } from './db';

export async function saveStoryWithParts(db: InkwellDb, story: StoryRecord, incoming: readonly PartRecord[]) {
  const res = await saveStory(db, story, { parts: [...incoming] });
  // The id may change when an older record of the story is merged into this one.
  const partsRes = await saveParts(
    db,
    incoming.map((p) => ({ ...p, storyId: res.story.id })),
  );
  const evicted = [...res.evicted, ...partsRes.evicted];
  return {
    ok: res.saved && partsRes.saved,
    quotaExceeded: res.quotaExceeded || partsRes.quotaExceeded,
    // Whether the story's text is kept for offline reading, and whose text made room for it.
    textSaved: partsRes.saved,
    evictedStories: new Set(evicted.map((e) => e.storyId)).size,
    storyId: res.story.id,
    // Stories saved under another key merged into this one (a part's key, before the masterpost was known).
    replaced: res.replaced,
  };
}
