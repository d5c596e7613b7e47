/**
 * The reader's frame: the extension's own page (entrypoints/reader-frame/) that shows the story inside the
 * journal page's closed shadow root. A frame of another origin is out of the page's reach: its scripts cannot
 * search it (`window.find`), select into it or read it, as they could a shadow root.
 *
 * The content script hands the frame the page at the click (the start: a copy of its tree, and the clicked post as the
 * detector knows it) itself, over a message channel whose port travels with the frame's one-time ticket
 * (utils/reader-tickets.ts): one structured clone between two processes, where the background in between cost two JSON
 * hops of the page's whole HTML (a 25,000-word page: ~100 ms of the click's way to the first part). The frame reads the
 * post from the copy, in its own process: the journal page's main thread does no extraction at all. The page can post to the frame too (it hears the frame say it is ready), but not on
 * that port, and it cannot make a ticket that claims anything: the frame reads a start only from the port that came
 * with a ticket the background honoured.
 */
import type { StoryPost } from './extract/types';
import type { CopiedNode } from './reader-page-copy';
import { canonicalEntryKey, commentIdOf, storyKeyOf } from './url';

export const READER_FRAME_PATH = '/reader-frame.html';

/** What the content script hands the frame at the click (on the ticket's port: ReaderFrameStartMessage). */
export interface ReaderFrameStart {
  /**
   * The clicked post as the detector knows it (its URL, subject, fields and part): the frame reads the post itself
   * from the page's copy, and shows this only when the post is no longer there.
   */
  story: StoryPost;
  /** The page's address, and the page itself, copied node by node at the click (utils/reader-page-copy.ts). */
  pageUrl: string;
  page: CopiedNode[];
  lang: string;
  /** The library's Refresh: every part fetched again. */
  refresh: boolean;
  /** The content script's messages to the frame carry it (the page can post to the frame too, but does not know it). */
  secret: string;
}

/**
 * What the background keeps for the frame's claim and hands it with its ticket, made at the click before the page is
 * read: whether it is the library's Refresh, and the clicked post as the detector knows it, with the part links the
 * background read from its navigation lines (utils/part-prefetch.ts `pressedPost`): what the story was looked up by in
 * the library (lookupKeysOf). The start the frame then reads on the port must be of the same post.
 */
export interface ReaderFrameSeal {
  refresh: boolean;
  story: Pick<StoryPost, 'url' | 'partLinks'>;
}

/** Content script → frame, on the port that came with the ticket: the start. */
export interface ReaderFrameStartMessage {
  inkwell: 'start';
  start: ReaderFrameStart;
}

/** A start message in the shape the content script posts, or null. */
export function startMessageOf(data: unknown): ReaderFrameStart | null {
  const m = data as Partial<ReaderFrameStartMessage> | null;
  if (!m || typeof m !== 'object' || m.inkwell !== 'start' || !m.start || typeof m.start !== 'object') return null;
  const s = m.start as Partial<ReaderFrameStart>;
  if (typeof s.secret !== 'string' || !s.story || typeof s.story.url !== 'string' || !Array.isArray(s.page) || typeof s.pageUrl !== 'string') return null;
  return s as ReaderFrameStart;
}

/** Content script → frame (window.postMessage to the frame, the extension's origin only). */
export interface ReaderFrameCommand {
  inkwell: string;
  command: 'close' | 'focus';
}

/**
 * Content script → frame, once it is loaded: the one-time ticket its start is claimed with (utils/reader-tickets.ts),
 * with the port (transferred: `MessageEvent.ports[0]`) the content script posts the start on.
 */
export interface ReaderFrameTicket {
  inkwell: 'ticket';
  ticket: string;
}

/**
 * Frame → its parent, the moment the reader closes (Escape, Close, Back): the page side gives the page back now (the
 * overlay hidden, the page no longer inert). The background's relay of 'reader-frame:closed' can take seconds under
 * load (a service worker waking), and until then the page looked closed but every click met the cleared frame above
 * it. It says nothing more (the page hears it, and sees the overlay go anyway). (The frame says nothing to its parent before
 * this: the page would get the frame's window with it, see entrypoints/reader-frame-app.ts.)
 */
export const FRAME_CLOSED = { inkwell: 'frame-closed' } as const;
export function isFrameClosed(data: unknown): boolean {
  return !!data && typeof data === 'object' && (data as { inkwell?: unknown }).inkwell === FRAME_CLOSED.inkwell;
}

/**
 * The keys the clicked story is looked up by in the library: its own (a gift of a swap's reveals by its ordinal too:
 * storyKeyOf), then its parts' (a fill and its parts are known by their comments). The background looks it up with these
 * at the click; the frame, when it must ask itself.
 */
export function lookupKeysOf(story: Pick<StoryPost, 'url' | 'partLinks'>): string[] {
  const isFill = commentIdOf(story.url) !== null;
  return [storyKeyOf(story.url), ...story.partLinks.map((l) => (isFill ? storyKeyOf(l.url) : canonicalEntryKey(l.url)))];
}

/**
 * The page's story the user clicked, as the reader reads the page again: the one at the clicked story's address (fills of one
 * entry are known by their comments, the gifts of a swap's reveals by their ordinals: storyKeyOf), and of several there (a
 * page that shows one post twice) the one of the clicked title. Null: not on the page any more.
 */
export function clickedStoryOf<S extends Pick<StoryPost, 'url' | 'fields'>>(stories: S[], clicked: Pick<StoryPost, 'url' | 'fields'>): S | null {
  const key = storyKeyOf(clicked.url);
  const atKey = stories.filter((s) => storyKeyOf(s.url) === key);
  return (atKey.length > 1 ? atKey.find((s) => s.fields.title === clicked.fields.title) : undefined) ?? atKey[0] ?? null;
}
