/**
 * The few typed messages between the content scripts and the background. The background owns
 * network fetches (host permissions, the reader's cookies) and IndexedDB (the extension's own
 * origin, never the journal's).
 */
import { browser } from 'wxt/browser';
import type { FetchResult } from './stitch';

export interface MessageMap {
  /** Inject the reader's code into the sender's frame (loaded on first use only). */
  'inject-reader': { req: Record<string, never>; res: { ok: boolean; error?: string } };
  /** A story opened in this frame after the user's click: what the background may fetch for it. */
  'reader:session': { req: { postUrl: string; links: string[]; storyLinks?: string[]; loadedUrl?: string }; res: { ok: boolean; error?: string } };
  /**
   * After the user's click: the reader session for this page (as 'reader:session') and what the reader's frame
   * needs to show the story; answered with a one-time ticket the frame claims its start with (utils/reader-tickets.ts).
   */
  'reader:start': { req: { postUrl: string; links: string[]; storyLinks?: string[]; loadedUrl?: string; start: unknown }; res: { ok: boolean; ticket?: string; error?: string } };
  /** The reader's frame (the extension's page) claims its start: once, from the ticket's tab only. */
  'reader-frame:claim': { req: { ticket: string }; res: { ok: boolean; start?: unknown; openerFrameId?: number; error?: string } };
  /** The reader's frame closed (`done`: its last fetch and save are over): told to the content script that opened it. */
  'reader-frame:closed': { req: { done: boolean; openerFrameId: number }; res: { ok: boolean } };
  /** Fetch a journal entry page as the reader (cookies included), decoded to text: within the frame's reader session only. */
  'fetch-page': { req: { url: string }; res: FetchResult };
  /** The saved story containing any of these parts, its cached parts and reading position. */
  'story:lookup': { req: { partKeys: string[] }; res: { story: unknown | null; parts: unknown[]; position: unknown | null } };
  'story:save': {
    req: { story: unknown; parts: unknown[] };
    res: { ok: boolean; quotaExceeded?: boolean; textSaved?: boolean; evictedStories?: number; storyId?: string; error?: string };
  };
  /** The reader's per-story "show images" (undefined: follow the settings). */
  'story:show-images': { req: { storyId: string; show: boolean | undefined }; res: { ok: boolean; error?: string } };
  'position:save': { req: { position: unknown }; res: { ok: boolean; error?: string } };
  /** The reader's own mark on a saved story ("Mark finished"); no status: it follows the position again. */
  'story:status': { req: { id: string; status?: 'finished' }; res: { ok: boolean; error?: string } };
  /** Open a saved story in the extension's own reader page (reader.html?story=ID), in a new tab. */
  'reader:open-page': { req: { storyId: string }; res: { ok: boolean; error?: string } };
  /** The library changed in an extension page: sync it (utils/sync/background-sync.ts). */
  'sync:changed': { req: Record<string, never>; res: { ok: boolean } };
  /** A reader closed: write what waits for storage.sync now. */
  'sync:flush': { req: Record<string, never>; res: { ok: boolean } };
}

export type MessageType = keyof MessageMap;

export function sendMessage<T extends MessageType>(type: T, req: MessageMap[T]['req']): Promise<MessageMap[T]['res']> {
  return browser.runtime.sendMessage({ type, ...req }) as Promise<MessageMap[T]['res']>;
}

/** A journal page fetched by the background's queue (cookies, 4 at a time); a failure is a result, never a throw. */
export async function fetchThroughBackground(url: string): Promise<FetchResult> {
  try {
    return await sendMessage('fetch-page', { url });
  } catch (e) {
    return { ok: false, url, reason: 'network', message: (e as Error).message };
  }
}
