/**
 * The background: the only place that fetches journal pages (host permissions, the reader's
 * cookies) and opens IndexedDB (the extension's own origin). Content scripts reach both by
 * messages. No DOM here: Chrome's MV3 service worker has none, so parsing happens in the page.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import {
  findStoryByPartKey,
  getParts,
  getPosition,
  sharedInkwellDb,
  saveParts,
  savePosition,
  saveStory,
  setStoryShowImages,
  type InkwellDb,
  type PartRecord,
  type PositionRecord,
  type StoryRecord,
} from '../utils/db';
import { createFetchQueue } from '../utils/fetch-queue';
import { storedStoryAgrees } from '../utils/story-identity';
import { OPEN_STORY_MESSAGE, isJournalPageUrl, openStoryInNewTab, type TabsLike } from '../utils/open-story';

export default defineBackground(() => {
  const queue = createFetchQueue();
  // Reopens by itself after an upgrade by a newer version of the extension closed it.
  const db = (): Promise<InkwellDb> => sharedInkwellDb();

  async function injectReader(tabId: number, frameId: number) {
    const file = '/content-scripts/reader.js';
    const api = browser as unknown as {
      scripting?: { executeScript(o: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown> };
      tabs: { executeScript?(tabId: number, o: { file: string; frameId?: number }): Promise<unknown> };
    };
    if (api.scripting?.executeScript) await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    else await api.tabs.executeScript!(tabId, { file, frameId });
  }

  async function handle(msg: { type?: string; [k: string]: unknown }, sender: { tab?: { id?: number }; frameId?: number; url?: string }) {
    switch (msg.type) {
      case 'inject-reader': {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return { ok: false, error: 'No tab to load the reader into.' };
        await injectReader(tabId, sender.frameId ?? 0);
        return { ok: true };
      }
      case 'fetch-page': {
        const url = String(msg.url ?? '');
        // Only journal pages: the background never becomes a general-purpose fetcher.
        if (!isJournalPageUrl(url)) return { ok: false, url, reason: 'not-story', message: 'Not a journal page.' };
        return queue.fetchPage(url);
      }
      case 'story:lookup': {
        const d = await db();
        const [startKey, ...linked] = (msg.partKeys as string[]) ?? [];
        if (startKey === undefined) return { story: null, parts: [], position: null };
        const found = await findStoryByPartKey(d, startKey);
        if (found) return { story: found, parts: await getParts(d, found.id), position: await getPosition(d, found.id) };
        // Found through a part the post links to: the same story only if the stored one agrees (a
        // post listing another story's entries does not take that story's identity).
        for (const key of linked) {
          const story = await findStoryByPartKey(d, key);
          if (!story) continue;
          const parts = await getParts(d, story.id);
          if (storedStoryAgrees(story, startKey, parts)) return { story, parts, position: await getPosition(d, story.id) };
        }
        return { story: null, parts: [], position: null };
      }
      case 'story:save': {
        const d = await db();
        const story = msg.story as StoryRecord;
        const incoming = msg.parts as PartRecord[];
        const res = await saveStory(d, story, { parts: incoming });
        const parts = incoming.map((p) => ({ ...p, storyId: res.story.id }));
        const partsRes = await saveParts(d, parts);
        const evicted = [...res.evicted, ...partsRes.evicted];
        return {
          ok: res.saved && partsRes.saved,
          quotaExceeded: res.quotaExceeded || partsRes.quotaExceeded,
          // Whether the story's text is kept for offline reading, and whose text made room for it.
          textSaved: partsRes.saved,
          evictedStories: new Set(evicted.map((e) => e.storyId)).size,
          storyId: res.story.id,
        };
      }
      case 'story:show-images': {
        const ok = await setStoryShowImages(await db(), String(msg.storyId ?? ''), typeof msg.show === 'boolean' ? msg.show : undefined);
        return { ok };
      }
      case 'position:save': {
        // saved: false with a current position means a newer one (another tab) was kept: not an error.
        const res = await savePosition(await db(), msg.position as PositionRecord);
        return { ok: res.saved || !!res.current, kept: res.saved ? 'this' : 'newer', quotaExceeded: res.quotaExceeded };
      }
      case OPEN_STORY_MESSAGE: {
        // From the popup or the library page (extension pages only): a saved story at its part,
        // then the reader there. Done here because the popup closes when the new tab opens.
        if (sender.tab && !sender.url?.startsWith(browser.runtime.getURL('/'))) return { ok: false, error: 'Not allowed from a web page.' };
        return openStoryInNewTab(browser.tabs as unknown as TabsLike, String(msg.url ?? ''), { refresh: msg.refresh === true });
      }
      default:
        return undefined;
    }
  }

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const m = msg as { type?: string };
    if (!m || typeof m.type !== 'string') return undefined;
    return handle(m, sender as { tab?: { id?: number }; frameId?: number; url?: string }).catch((e: Error) => ({ ok: false, error: e.message }));
  });
});
