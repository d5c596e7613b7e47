/**
 * The reader's frame: the extension's own page (entrypoints/reader-frame/) that shows the story inside the
 * journal page's closed shadow root. A frame of another origin is out of the page's reach: its scripts cannot
 * search it (`window.find`), select into it or read it, as they could a shadow root. What the content script
 * and the frame say to each other carries no story text.
 */
import type { StoryPost } from './extract/types';
import type { CopiedNode } from './reader-page-copy';
import { canonicalEntryKey, commentIdOf, storyKeyOf } from './url';

export const READER_FRAME_PATH = '/reader-frame.html';

/**
 * What the content script hands the frame from the journal page (through the background, never the page): the
 * page itself (a copy of its tree) and the post the detector found on it. The frame reads the post again from the page
 * with the full build of extraction (the HTML, the part links, the poster: the detector's build leaves them out),
 * so the script injected into the page stays small.
 */
export interface ReaderFrameStart {
  /** The clicked post, as the detector read it (the frame's extraction finds it again by its key). */
  story: StoryPost;
  /** The page's address and the page itself (copied node by node, utils/reader-page-copy.ts): the frame reads the post, its links and the page's notices from it. */
  pageUrl: string;
  page: CopiedNode[];
  lang: string;
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
 * The keys the clicked story is looked up by in the library: its own, then its parts' (a fill and its parts are
 * known by their comments). The background looks it up with these at the click; the frame, when it must ask itself.
 */
export function lookupKeysOf(story: Pick<StoryPost, 'url' | 'partLinks'>): string[] {
  const isFill = commentIdOf(story.url) !== null;
  return [storyKeyOf(story.url), ...story.partLinks.map((l) => (isFill ? storyKeyOf(l.url) : canonicalEntryKey(l.url)))];
}
