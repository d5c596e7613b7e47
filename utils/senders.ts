/**
 * Who sent a runtime message. The extension's own pages (popup, library, the reader page) are
 * trusted senders: their URL is the extension's. A content script's sender URL is the web page
 * it runs in, which that page's own scripts control the look of: never trusted the same way.
 */

import { entryAddress, journalSiteOfUrl } from './url';

/** True when `sender` is one of the extension's own pages (`extensionBase`: `runtime.getURL('/')`). */
export function isExtensionPageSender(sender: { url?: string }, extensionBase: string): boolean {
  return !!sender.url && !!extensionBase && sender.url.startsWith(extensionBase);
}

/**
 * True when `sender` is a frame of a tab at a journal page (a Wayback copy of one too), by the browser's
 * record of the frame: the only place the reader's page side may be injected. Content scripts run only
 * there, so this is a second lock, on the background's side.
 */
export function isJournalPageSender(sender: { tab?: { id?: number }; url?: string }): boolean {
  return sender.tab?.id !== undefined && journalSiteOfUrl(sender.url ?? '') !== 'unknown';
}

/**
 * True when `sender` is the detector in a tab's journal entry page (a Wayback copy of one too): the only
 * place its second stage (the comment walk) may be injected. The URL is the browser's record of the
 * sending frame, not anything the page says; an extension page or another site's frame never qualifies.
 */
export function isJournalEntrySender(sender: { tab?: { id?: number }; url?: string }): boolean {
  return isJournalPageSender(sender) && entryAddress(sender.url ?? '')?.itemId != null;
}

/** The reader page for a saved story: `reader.html?story=<id>`. */
export function readerPagePath(storyId: string): string {
  return `/reader.html?story=${encodeURIComponent(storyId)}`;
}

/**
 * What an extension page tells the background before it fetches for a saved story (the
 * 'reader:session' request): the story's own first entry stands for the page it was opened on,
 * and its parts and masterpost are the links (the journals they came from were admitted when
 * they were first fetched).
 */
export function savedStorySession(story: { partUrls: readonly string[]; masterpostUrl: string | null }): { postUrl: string; links: string[] } | null {
  const urls = [...story.partUrls.filter(Boolean), ...(story.masterpostUrl ? [story.masterpostUrl] : [])];
  return urls.length ? { postUrl: urls[0], links: urls } : null;
}
