/**
 * The reader's frame: the extension's own page (entrypoints/reader-frame/) that shows the story inside the
 * journal page's closed shadow root. A frame of another origin is out of the page's reach: its scripts cannot
 * search it (`window.find`), select into it or read it, as they could a shadow root. What the content script
 * and the frame say to each other carries no story text.
 */
import type { PartLink, StoryPost } from './extract/types';
import { canonicalEntryKey, commentIdOf, storyKeyOf } from './url';

export const READER_FRAME_PATH = '/reader-frame.html';

/** What the content script read from the journal page, for the frame (through the background, never the page). */
export interface ReaderFrameStart {
  /** The clicked post, as the content script's full extraction read it. */
  story: StoryPost;
  /** The page's address and the page itself (serialised): the stitcher reads its links and notices again, in the frame. */
  pageUrl: string;
  html: string;
  lang: string;
  /**
   * What the live page says that a copy of it may not (extraction reads layout: what is shown): the page's kind
   * (a masterpost?) and the chapter links around the post.
   */
  pageKind: string;
  navLinks: PartLink[];
  /** The library's Refresh: every part fetched again. */
  refresh: boolean;
  /** The content script's messages to the frame carry it (the page can post to the frame too, but does not know it). */
  secret: string;
}

/** Content script → frame (window.postMessage to the frame, the extension's origin only). */
export interface ReaderFrameCommand {
  inkwell: string;
  command: 'close' | 'focus';
}

/** Content script → frame, once it is loaded: the one-time ticket its start is claimed with (utils/reader-tickets.ts). */
export interface ReaderFrameTicket {
  inkwell: 'ticket';
  ticket: string;
}

/**
 * Frame → its parent, as soon as its script runs (before its load event, which waits for the rest of the reader's
 * code): the ticket may come now. It says nothing but that (the page hears it too, and sees the frame anyway).
 */
export const FRAME_READY = { inkwell: 'frame-ready' } as const;
export function isFrameReady(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { inkwell?: unknown }).inkwell === FRAME_READY.inkwell;
}

/**
 * The keys the clicked story is looked up by in the library: its own, then its parts' (a fill and its parts are
 * known by their comments). The background looks it up with these at the click; the frame, when it must ask itself.
 */
export function lookupKeysOf(story: Pick<StoryPost, 'url' | 'partLinks'>): string[] {
  const isFill = commentIdOf(story.url) !== null;
  return [storyKeyOf(story.url), ...story.partLinks.map((l) => (isFill ? storyKeyOf(l.url) : canonicalEntryKey(l.url)))];
}
