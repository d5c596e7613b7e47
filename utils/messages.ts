/**
 * Every message the extension's scripts send each other, in one map: who receives it, what it carries and
 * what it answers. The background owns network fetches (host permissions, the reader's cookies) and IndexedDB
 * (the extension's own origin, never the journal's): content scripts and the extension's pages ask it. The
 * background and the popup speak to a tab's content scripts, and the background to the extension's pages.
 *
 * Send with `sendMessage` (to the background), `sendToTab` and `sendToPages`: the payload and the reply are
 * the map's. The background answers with `answerMessage` and one handler per message of its own
 * (`BackgroundHandlers`). What the content script and the reader's frame post to each other (window.postMessage,
 * not the extension's messaging) is in utils/reader-frame.ts; the library's BroadcastChannel in utils/library-changes.ts.
 */
import { browser } from 'wxt/browser';
import type { PartRecord, PositionRecord, StoryRecord } from './db';
import type { NavLine } from './extract/index';
import type { ReaderFrameSeal } from './reader-frame';
import type { saveStoryWithParts } from './save-story';
import type { FetchResult } from './stitch';
import type { RemotePlace } from './sync/library-local';

/** A refusal or a failure, said in words. */
export type Failure = { ok: false; error: string };
/** Done, or why not. */
type Done = { ok: true } | Failure;
/** What a new reader session asks to fetch for (utils/reader-session.ts's SessionRequest). */
interface SessionPayload {
  postUrl: string;
  links: string[];
  storyLinks?: string[];
  loadedUrl?: string;
  poster?: string;
}
/** The saved story, its parts and its position: all null and empty when nothing is saved. */
export interface StoryLookup {
  story: StoryRecord | null;
  parts: PartRecord[];
  position: PositionRecord | null;
}

/**
 * `to`: who listens. 'background': the background's handler (`browser.runtime.sendMessage` from a content
 * script or an extension page). 'tab': a tab's content scripts (`browser.tabs.sendMessage`). 'pages': the
 * extension's own pages and frames (`browser.runtime.sendMessage` from the background). `req`: the payload,
 * sent as `{type, ...req}`. `res`: the answer (`void`: none is given).
 */
export interface MessageMap {
  /** The screen every journal page loads → background: inject the detector proper (the story-posts stage) into the sender's frame (a journal page only). */
  'inject-story-posts': { to: 'background'; req: Record<string, never>; res: Done };
  /** Detector → background: inject the reader's code into the sender's frame (loaded on first use only; a journal page only). */
  'inject-reader': { to: 'background'; req: Record<string, never>; res: Done };
  /** Detector → background: inject the comment walk (the detector's second stage) into the sender's frame (a journal entry page only). */
  'inject-comment-fills': { to: 'background'; req: Record<string, never>; res: Done };
  /** Detector → background: inject the posts finder for layouts no site style knows (a stage of the detector's) into the sender's frame (a journal page only). */
  'inject-unlisted-posts': { to: 'background'; req: Record<string, never>; res: Done };
  /** Detector → background: inject the reading of masterposts' lists (a stage of the detector's) into the sender's frame (a journal page only). */
  'inject-masterpost-lists': { to: 'background'; req: Record<string, never>; res: Done };
  /**
   * Detector → background, on the user's own press on a post's 'Read in Inkwell' and again at its click (never on the
   * page's say-so; a key's or an assistive tool's click comes with no press): the post's entry URL, the lines its part
   * links are read from (utils/extract StoryLocation's `nav`) and its title, so the background starts fetching the first
   * parts at the press, while the click comes and the reader loads (entrypoints/background.ts).
   * Hints only: the background reads the links itself and fetches only what the reader's session would admit.
   * `pageUrl` (the page's address now) and `loadedUrl` (where it was loaded) can only make it refuse, as the reader does.
   */
  'reader:press': { to: 'background'; req: { url: string; nav?: NavLine[]; title?: string; pageUrl: string; loadedUrl: string }; res: { ok: boolean } };
  /** Library's Refresh, reader page → background: a story opened in this frame, what the background may fetch for it. */
  'reader:session': { to: 'background'; req: SessionPayload; res: Done };
  /**
   * Reader content script → background, at the user's click: the reader session for this page (as 'reader:session') and
   * the seal of the start it posts the frame (utils/reader-frame.ts); answered with a one-time ticket the frame claims the
   * seal with (utils/reader-tickets.ts). From a journal page only. The post is not read on the page: the background reads
   * the part links it fetches at the click from the detector's navigation lines (`nav`, `title`: hints, as at the press),
   * and the frame, which reads the post, gives the session the post's own ('reader-frame:links').
   */
  'reader:start': { to: 'background'; req: SessionPayload & { start: ReaderFrameSeal; nav?: NavLine[]; title?: string }; res: { ok: true; ticket: string } | Failure };
  /**
   * Reader frame → background, once, after its claim and before it fetches anything: the post's part links, story links
   * and poster as the frame read them from the page the content script handed it. The session the click opened is opened
   * again with them (as 'reader:start' would have for the same page and post) and handed to this frame again.
   */
  'reader-frame:links': { to: 'background'; req: { links: string[]; storyLinks: string[]; poster?: string }; res: Done };
  /** Reader frame → background: the frame (the extension's page) claims its start, once, from the ticket's tab only. */
  /** The answer carries the story's library lookup, made from the press on (null: the frame asks 'story:lookup' itself). */
  'reader-frame:claim': { to: 'background'; req: { ticket: string }; res: { ok: true; start: ReaderFrameSeal | null; openerFrameId: number; lookup?: StoryLookup | null } | Failure };
  /** Reader frame → background: the frame closed (`done`: its last fetch and save are over), for the content script that opened it. */
  'reader-frame:closed': { to: 'background'; req: { done: boolean; openerFrameId: number; secret: string }; res: { ok: boolean } };
  /** Background → the reader content script in the frame that opened the reader: its frame's 'reader-frame:closed', relayed. */
  'reader:frame-closed': { to: 'tab'; req: { done: boolean; secret: string }; res: void };
  /** Reader frame, reader page, library → background: a journal entry page fetched as the reader (cookies included), decoded to text; within the sender's reader session only. */
  'fetch-page': { to: 'background'; req: { url: string }; res: FetchResult };
  /** Reader frame → background: the saved story containing any of these parts (or with this id), its cached parts and reading position. */
  'story:lookup': { to: 'background'; req: { partKeys: string[] }; res: StoryLookup };
  /** Reader frame → background: the story and its parts saved (the id may change: a part's older record merged in). */
  'story:save': {
    to: 'background';
    req: { story: StoryRecord; parts: PartRecord[] };
    res: Awaited<ReturnType<typeof saveStoryWithParts>>;
  };
  /** Reader frame → background: the reader's per-story "show images" (undefined: follow the settings). */
  'story:show-images': { to: 'background'; req: { storyId: string; show: boolean | undefined }; res: { ok: boolean } };
  /** Reader frame → background: the reading position; `kept: 'newer'`: another tab's newer one stays. */
  'position:save': { to: 'background'; req: { position: PositionRecord }; res: { ok: boolean; kept: 'this' | 'newer'; quotaExceeded: boolean } };
  /** Reader frame → background: the reader's own mark on a saved story ("Mark finished"); no status: it follows the position again. */
  'story:status': { to: 'background'; req: { id: string; status?: 'finished' }; res: Done };
  /** Reader frame → background: open a saved story in the extension's own reader page (reader.html?story=ID), in a new tab. */
  'reader:open-page': { to: 'background'; req: { storyId: string }; res: Done };
  /** Library, reader page → background: the library changed in an extension page; sync it (utils/sync/background-sync.ts). */
  'sync:changed': { to: 'background'; req: Record<string, never>; res: { ok: boolean } };
  /** Reader frame, reader page → background: a reader closed; write what waits for storage.sync now. */
  'sync:flush': { to: 'background'; req: Record<string, never>; res: { ok: boolean } };
  /** Popup → the detector in a tab: open the reader on the page's first story ("Continue"); `refresh`: every part fetched again. */
  'open-reader-here': { to: 'tab'; req: { refresh?: boolean }; res: Done };
  /**
   * Background → the extension's pages (the popup and library list again, an open reader offers the other device's
   * place) and, when there are places, to every tab: another device changed the library. In a tab only the reader's
   * frame listens (an extension page; Firefox gives it the tab's message, not the runtime's); no content script does.
   */
  'sync:remote': { to: 'pages' | 'tab'; req: { places: RemotePlace[]; libraryChanged: boolean }; res: void };
}

export type MessageType = keyof MessageMap;
/** The messages `to` receives. */
export type MessagesTo<To extends string> = { [T in MessageType]: To extends MessageMap[T]['to'] ? T : never }[MessageType];
export type BackgroundMessageType = MessagesTo<'background'>;
export type TabMessageType = MessagesTo<'tab'>;
export type PagesMessageType = MessagesTo<'pages'>;
export type Payload<T extends MessageType> = MessageMap[T]['req'];
export type Reply<T extends MessageType> = MessageMap[T]['res'];
/** The message as it travels: its name in `type`, its payload beside it (none: `Record<string, never>`). */
export type MessageOf<T extends MessageType> = { type: T } & (string extends keyof Payload<T> ? unknown : Payload<T>);
/** Any message `to` receives (a listener narrows it by `type`). */
export type IncomingMessage<To extends string> = { [T in MessagesTo<To>]: MessageOf<T> }[MessagesTo<To>];
/** What the background answers: the handler's reply, or the failure it threw (`answerMessage`). */
export type Answer<T extends BackgroundMessageType> = Reply<T> | Failure;

const message = <T extends MessageType>(type: T, req: Payload<T>): MessageOf<T> => ({ type, ...req }) as MessageOf<T>;

/** To the background. */
export function sendMessage<T extends BackgroundMessageType>(type: T, req: Payload<T>): Promise<Answer<T>> {
  return browser.runtime.sendMessage(message(type, req)) as Promise<Answer<T>>;
}

/** The part of `browser.tabs` `sendToTab` needs (the background's sync passes its own). */
export interface TabsSender {
  sendMessage(tabId: number, message: unknown, options?: { frameId?: number }): Promise<unknown>;
}
/** The part of `browser.runtime` `sendToPages` needs. */
export interface RuntimeSender {
  sendMessage(message: unknown): Promise<unknown>;
}

/** To a tab's content scripts (`frameId`: that frame's only). Undefined when none of them answers. */
export function sendToTab<T extends TabMessageType>(tabId: number, type: T, req: Payload<T>, opts: { frameId?: number; tabs?: TabsSender } = {}): Promise<Reply<T> | undefined> {
  const tabs: TabsSender = opts.tabs ?? browser.tabs;
  const sent = opts.frameId === undefined ? tabs.sendMessage(tabId, message(type, req)) : tabs.sendMessage(tabId, message(type, req), { frameId: opts.frameId });
  return sent as Promise<Reply<T> | undefined>;
}

/** From the background to the extension's pages and frames. */
export function sendToPages<T extends PagesMessageType>(type: T, req: Payload<T>, runtime: RuntimeSender = browser.runtime): Promise<Reply<T> | undefined> {
  return runtime.sendMessage(message(type, req)) as Promise<Reply<T> | undefined>;
}

/** One handler per message the background receives: its payload (with `type`) and the sender, its reply. */
export type BackgroundHandlers<Sender> = { [T in BackgroundMessageType]: (msg: MessageOf<T>, sender: Sender) => Reply<T> | Promise<Reply<T>> };

/**
 * The background's listener: a message of its own goes to its handler, and the answer is its reply (a handler
 * that throws answers `{ok: false, error}`); anything else is left unanswered (undefined), for another listener.
 */
export function answerMessage<Sender>(handlers: BackgroundHandlers<Sender>, msg: unknown, sender: Sender): Promise<Answer<BackgroundMessageType>> | undefined {
  const m = msg as { type?: unknown } | null;
  if (!m || typeof m.type !== 'string' || !Object.hasOwn(handlers, m.type)) return undefined;
  const handler = handlers[m.type as BackgroundMessageType] as (msg: unknown, sender: Sender) => Reply<BackgroundMessageType> | Promise<Reply<BackgroundMessageType>>;
  return (async () => handler(m, sender))().catch((e: Error) => ({ ok: false, error: e.message }) as const);
}

/**
 * The 'reader:press' payload in the shape the detector sends, or null (refused): any content script of a journal page
 * can send anything, so the background reads the strings it needs only when they are strings. `nav` stays unread here:
 * its lines are hints that utils/part-prefetch.ts `pressPartLinks` checks line by line.
 */
export function readerPressOf(msg: unknown): { url: string; nav: unknown; title: string | undefined; pageUrl: string; loadedUrl: string } | null {
  const m = msg as { url?: unknown; nav?: unknown; title?: unknown; pageUrl?: unknown; loadedUrl?: unknown } | null;
  if (!m || typeof m !== 'object' || typeof m.url !== 'string' || typeof m.pageUrl !== 'string' || typeof m.loadedUrl !== 'string') return null;
  // The story's title (its Title: field): which of the header's Series: links are this story's parts (part-links.ts).
  return { url: m.url, nav: m.nav, title: typeof m.title === 'string' ? m.title : undefined, pageUrl: m.pageUrl, loadedUrl: m.loadedUrl };
}

/** A journal page fetched by the background's queue (cookies, 4 at a time); a failure is a result, never a throw. */
export async function fetchThroughBackground(url: string): Promise<FetchResult> {
  try {
    // (A handler that threw answers {ok: false, error}, which is passed on as it is.)
    return (await sendMessage('fetch-page', { url })) as FetchResult;
  } catch (e) {
    return { ok: false, url, reason: 'network', message: (e as Error).message };
  }
}
