/**
 * The background: the only place that fetches journal pages (host permissions, the reader's
 * cookies) and opens IndexedDB (the extension's own origin). Content scripts reach both by
 * messages. No DOM here: Chrome's MV3 service worker has none, so parsing happens in the page.
 */
import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { findStoriesByPartKeys, findStoryByPartKey, getParts, getPosition, type InkwellDb, savePosition, setStoryShowImages, setStoryStatus, sharedInkwellDb } from '../utils/db';
import { sameJournalPage } from '../utils/fetch-policy';
import { createFetchQueue } from '../utils/fetch-queue';
import { answerMessage, type BackgroundHandlers, readerPressOf, type StoryLookup, sendToTab } from '../utils/messages';
import { createPartPrefetch, prefetchUrls, pressedPost } from '../utils/part-prefetch';
import { lookupKeysOf, READER_FRAME_PATH, type ReaderFrameSeal } from '../utils/reader-frame';
import { opensFromSaved } from '../utils/reader-records';
import { cachedSessionStorage, createReaderSessions, memorySessionStorage, type SenderInfo, type SessionRequest, type SessionStorage, sessionPostUrlOf } from '../utils/reader-session';
import { createReaderTickets } from '../utils/reader-tickets';
import { saveStoryWithParts } from '../utils/save-story';
import { isExtensionPageSender, isJournalEntrySender, isJournalPageSender, readerPagePath } from '../utils/senders';
import { storedStoryAgrees } from '../utils/story-identity';
import { SYNC_CHANGED_MESSAGE, SYNC_FLUSH_MESSAGE, type SyncBrowser, startBackgroundSync } from '../utils/sync/background-sync';
import { commentIdOf, storyKeyOf } from '../utils/url';
import { withLiveFallback } from '../utils/wayback-fallback';

/** `storage.session` (kept while the browser runs, across service-worker restarts), else memory. */
function sessionStorage(): SessionStorage {
  const area = (browser.storage as unknown as { session?: { get(k: string | null): Promise<Record<string, unknown>>; set(v: object): Promise<void>; remove(k: string[]): Promise<void> } }).session;
  if (!area) return memorySessionStorage();
  return {
    get: async (key) => (await area.get(key))[key] as Awaited<ReturnType<SessionStorage['get']>>,
    set: (key, value) => area.set({ [key]: value }),
    remove: (keys) => area.remove(keys),
    keys: async () => Object.keys(await area.get(null)),
  };
}

export default defineBackground(() => {
  // The extension's connect-src refuses any hop off the journal hosts or to http (wxt.config.ts);
  // the browser says which request it refused, which tells a refused redirect from a loop.
  const refused = new Map<string, number>();
  self.addEventListener('securitypolicyviolation', (e) => {
    const v = e as SecurityPolicyViolationEvent;
    if (refused.size > 500) refused.clear();
    refused.set(v.blockedURI, Date.now());
  });
  // Reopens by itself after an upgrade by a newer version of the extension closed it.
  const db = (): Promise<InkwellDb> => sharedInkwellDb();
  const queue = createFetchQueue({ refusedByCsp: (url, since) => (refused.get(url) ?? 0) >= since });
  /**
   * The story's lookups in the library under way, each read once, not twice: begun at the user's press on Read
   * ('reader:press', sent again at the click, which finds it), under `press TAB KEYS` (the tab and lookup keys) for
   * that reader's 'reader:start' (`lookupStart`); and 'reader:start's while it opens its session, under `open POSTKEY`
   * (the post's key), for the session's list of the story's pages.
   */
  const lookups = new Map<string, { lookup: Promise<StoryLookup | null>; at: number; key?: string }>();
  const PRESS_LOOKUP_MS = 10_000;
  const sessions = createReaderSessions(
    cachedSessionStorage(sessionStorage(), (e) => console.error('[Inkwell] session storage:', e)),
    async (postUrl) => {
      const key = storyKeyOf(postUrl);
      // The same story findStoryByPartKey gives for this key, when the press's lookup found it by it.
      const open = lookups.get(`open ${key}`);
      const known = await open?.lookup;
      if (known?.story?.partKeys.includes(key)) {
        const { story, parts } = known;
        return [...parts.map((p) => p.url), ...story.partUrls.filter(Boolean), ...(story.masterpostUrl ? [story.masterpostUrl] : [])];
      }
      // The lookup asked for this very key first (a moment ago) and no story has it: not read again (the session's
      // answer, and so the frame's start, waits for this).
      if (known && open?.key === key) return [];
      const d = await db();
      const story = await findStoryByPartKey(d, key);
      if (!story) return [];
      // Its saved parts, the parts it listed that failed (a growing copy tries them again) and its masterpost.
      return [...(await getParts(d, story.id)).map((p) => p.url), ...story.partUrls.filter(Boolean), ...(story.masterpostUrl ? [story.masterpostUrl] : [])];
    },
  );
  // The reader's frame page, and nothing else of the extension's, claims a reader's start.
  const framePage = browser.runtime.getURL(READER_FRAME_PATH as '/reader-frame.html').split('#')[0];
  // With the start goes the story's lookup in the library, begun at the press: the frame has it when it claims, not
  // a database read of the whole story later (a saved story opened slower than a one-part one that needs a fetch).
  const isFramePage = (sender: SenderInfo) => !!sender.url && sender.url.split('#')[0] === framePage;
  const tickets = createReaderTickets<{ start: ReaderFrameSeal | null; lookup: Promise<StoryLookup | null>; started: Started }>(isFramePage);
  /**
   * A reader's start, until the frame that claimed it says the post's links ('reader-frame:links'): the content script
   * that opened the session and what it opened it for, the click's lookup, and whether the story opens from the library.
   */
  interface Started {
    opener: SenderInfo;
    session: SessionRequest;
    /** The key the lookup asked for first (the post's own). */
    storyKey: string | undefined;
    lookup: Promise<StoryLookup | null>;
    saved: Promise<boolean>;
  }
  /** The starts claimed and not yet widened, by the claiming frame's tab and frame (and its document, where the browser says). */
  const claimed = new Map<string, { started: Started; documentId?: string }>();
  const frameKey = (sender: SenderInfo) => `${sender.tab?.id} ${sender.frameId ?? 0}`;
  // The first parts of a story, fetched from the press on (utils/part-prefetch.ts).
  const prefetch = createPartPrefetch((url) => queue.fetchPage(url));
  browser.tabs.onRemoved.addListener((tabId) => {
    for (const k of lookups.keys()) if (k.startsWith(`press ${tabId} `)) lookups.delete(k);
    for (const k of claimed.keys()) if (k.startsWith(`${tabId} `)) claimed.delete(k);
    tickets.closeTab(tabId);
    prefetch.closeTab(tabId);
    void sessions.closeTab(tabId);
  });
  // storage.sync: positions, the library and the settings on the reader's other devices (utils/sync/).
  const sync = startBackgroundSync(browser as unknown as SyncBrowser, db);

  /** One of our own runtime-registered content scripts, into the sender's own frame only. */
  async function injectScript(
    file: '/content-scripts/story-posts.js' | '/content-scripts/reader.js' | '/content-scripts/comment-fills.js' | '/content-scripts/unlisted-posts.js' | '/content-scripts/masterpost-lists.js',
    tabId: number,
    frameId: number,
  ) {
    const api = browser as unknown as {
      scripting?: { executeScript(o: { target: { tabId: number; frameIds?: number[] }; files: string[] }): Promise<unknown> };
      tabs: { executeScript?(tabId: number, o: { file: string; frameId?: number }): Promise<unknown> };
    };
    if (api.scripting?.executeScript) await api.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: [file] });
    else await api.tabs.executeScript!(tabId, { file, frameId });
  }

  /** The saved story a post belongs to: by its own key, else through a part it links to. */
  async function lookupStory(keys: string[]) {
    if (!keys.length) return { story: null, parts: [], position: null };
    const d = await db();
    // Every key at once (one transaction): an unsaved story's parts are fetched once the lookup says so.
    const [found, ...linkedStories] = await findStoriesByPartKeys(d, keys);
    if (found) {
      const [parts, position] = await Promise.all([getParts(d, found.id), getPosition(d, found.id)]);
      return { story: found, parts, position };
    }
    // Found through a part the post links to: the same story only if the stored one agrees (a
    // post listing another story's entries does not take that story's identity).
    for (const story of linkedStories) {
      if (!story) continue;
      const parts = await getParts(d, story.id);
      if (storedStoryAgrees(story, keys[0], parts)) return { story, parts, position: await getPosition(d, story.id) };
    }
    return { story: null, parts: [], position: null };
  }

  /**
   * The click's story in the library, as the frame looks it up (null: no start, or the lookup failed): the one
   * begun at the press (or a click without one) in this tab with the same keys (a moment ago), else a new one.
   */
  function lookupStart(tabId: number | undefined, seal: ReaderFrameSeal | null): Promise<StoryLookup | null> {
    if (!seal) return Promise.resolve(null);
    const keys = lookupKeysOf(seal.story);
    const k = `press ${tabId} ${keys.join(' ')}`;
    const pressed = lookups.get(k);
    lookups.delete(k);
    if (pressed && Date.now() - pressed.at <= PRESS_LOOKUP_MS) return pressed.lookup;
    return lookupStory(keys).catch(() => null);
  }

  /** A reader's session opened for a content script, the click's lookup standing for the saved story's pages meanwhile. */
  async function openSession(sender: SenderInfo, req: SessionRequest, lookup: Promise<StoryLookup | null>, storyKey: string | undefined) {
    const postKey = storyKeyOf(String(req.postUrl ?? ''));
    lookups.set(`open ${postKey}`, { lookup, at: Date.now(), key: storyKey });
    return sessions.open(sender, req).finally(() => {
      if (lookups.get(`open ${postKey}`)?.lookup === lookup) lookups.delete(`open ${postKey}`);
    });
  }

  /**
   * After 'reader:start' opened the click's session (and 'reader-frame:links' again): the story's first parts, fetched while the frame loads,
   * when the reader will fetch them (a saved story with its text opens from the database, with no request). The session is
   * read once for all of them, so they start together.
   */
  async function prefetchParts(sender: SenderInfo, req: SessionRequest, saved: Promise<boolean>) {
    const tabId = sender.tab?.id;
    if (tabId === undefined || !Array.isArray(req.links)) return;
    const links = req.links.filter((l): l is string => typeof l === 'string');
    const urls = prefetchUrls(String(req.postUrl ?? ''), links);
    if (!urls.length || (await saved)) return;
    await prefetch.start(tabId, urls, (list) => sessions.admitted(sender, list));
  }

  /**
   * At the user's press on Read, and again at its click (the detector's 'reader:press'; a key's or an assistive tool's
   * click comes alone): the story's first parts fetched from the first of them on, while the click comes and the reader
   * is injected, reads the page and opens its session. The part links are read here from the post's navigation lines
   * (hints from a page), and only what the reader's session will admit is fetched (the same rule,
   * the same page as the browser knows it: `sessions.wouldAdmit`), for a story the reader will fetch (a saved one
   * opens from the database). The lookup begun here is the reader's start's (`lookupStart`).
   */
  async function prefetchAtPress(sender: SenderInfo, payload: unknown) {
    const tabId = sender.tab?.id;
    // A message not in the detector's shape is refused (utils/messages.ts readerPressOf).
    const msg = readerPressOf(payload);
    if (!msg) return;
    const url = msg.url;
    // A fill (a comment) admits no journal and has no part links to fetch at open (reader.content).
    if (tabId === undefined || !sender.url || !isJournalPageSender(sender) || commentIdOf(url) !== null) return;
    // A page that moved to another journal since it loaded (history.replaceState): the reader refuses to open on
    // it (reader.content, with the same two addresses), so nothing is fetched for it here either.
    if (!sameJournalPage(msg.pageUrl, msg.loadedUrl)) return;
    const post = pressedPost(url, msg.nav, sender.url, msg.title)!;
    const links = post.partLinks.map((l) => l.url);
    const req: SessionRequest = { postUrl: sessionPostUrlOf(url, sender.url), links, loadedUrl: msg.loadedUrl };
    const urls = sessions.wouldAdmit(sender, req, prefetchUrls(req.postUrl, links));
    const keys = lookupKeysOf(post);
    for (const [k, v] of lookups) if (k.startsWith('press ') && Date.now() - v.at > PRESS_LOOKUP_MS) lookups.delete(k);
    // The click's message after the press's finds the press's lookup (not swept above: young enough for the reader's
    // start) and reads the library no second time.
    const k = `press ${tabId} ${keys.join(' ')}`;
    const lookup = lookups.get(k)?.lookup ?? lookupStory(keys).catch(() => null);
    if (!lookups.has(k)) lookups.set(k, { lookup, at: Date.now() });
    const found = await lookup;
    if (!urls.length || (found?.story && opensFromSaved(found.story, found.parts))) return;
    // Nor does it fetch again: the prefetch starts each URL once per tab, and keeps what it fetched for the frame.
    await prefetch.start(tabId, urls, (list) => sessions.wouldAdmit(sender, req, list));
  }

  /** One handler per message of the background's (utils/messages.ts): the payload as its sender sends it, checked again here. */
  const handlers: BackgroundHandlers<SenderInfo> = {
    'inject-reader': async (_msg, sender) => {
      // Into the asking frame, and only when the browser says it is a journal page.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isJournalPageSender(sender)) return { ok: false, error: 'Not a journal page.' };
      await injectScript('/content-scripts/reader.js', tabId, sender.frameId ?? 0);
      return { ok: true };
    },
    'inject-story-posts': async (_msg, sender) => {
      // The detector proper, where the script every journal page loads says the page may hold a story: into the asking
      // frame, a journal page only.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isJournalPageSender(sender)) return { ok: false, error: 'Not a journal page.' };
      await injectScript('/content-scripts/story-posts.js', tabId, sender.frameId ?? 0);
      return { ok: true };
    },
    'inject-comment-fills': async (_msg, sender) => {
      // The detector's second stage (the comment walk): into the asking frame, and only when the browser
      // says that frame is a journal entry page. A page cannot send this message itself; a frame the
      // detector does not run in (another site, an extension page) gets nothing either way.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isJournalEntrySender(sender)) return { ok: false, error: 'Not a journal entry page.' };
      await injectScript('/content-scripts/comment-fills.js', tabId, sender.frameId ?? 0);
      return { ok: true };
    },
    'inject-unlisted-posts': async (_msg, sender) => {
      // The detector's stage for layouts no site style knows: into the asking frame, a journal page only.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isJournalPageSender(sender)) return { ok: false, error: 'Not a journal page.' };
      await injectScript('/content-scripts/unlisted-posts.js', tabId, sender.frameId ?? 0);
      return { ok: true };
    },
    'inject-masterpost-lists': async (_msg, sender) => {
      // The detector's stage that reads a masterpost's list, where a post may be one: into the asking frame, a journal page only.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !isJournalPageSender(sender)) return { ok: false, error: 'Not a journal page.' };
      await injectScript('/content-scripts/masterpost-lists.js', tabId, sender.frameId ?? 0);
      return { ok: true };
    },
    'reader:press': (msg, sender) => {
      void prefetchAtPress(sender, msg).catch(() => undefined);
      return { ok: true };
    },
    'reader:session': (req, sender) => {
      // After the user's own click (or the popup's Continue): the story this frame may fetch for.
      // The extension's own pages (the reader page, the library's Refresh) read saved stories with
      // no journal page around them: trusted senders, their story's own entry page stands for the page.
      if (isExtensionPageSender(sender, browser.runtime.getURL('/'))) return sessions.open({ ...sender, url: String(req.postUrl ?? '') }, req);
      return sessions.open(sender, req);
    },
    'reader:start': async (req, sender) => {
      // The content script, at the user's click: the session as for 'reader:session' (its own tab and
      // frame, the page as the browser knows it), then a ticket for the reader's frame to claim the start with.
      if (isExtensionPageSender(sender, browser.runtime.getURL('/'))) return { ok: false, error: 'From a journal page only.' };
      const refresh = (req.start as { refresh?: unknown } | null | undefined)?.refresh === true;
      // The post's part links as at the press: read here from the detector's lines, under the same limits (hints). The
      // frame reads the post, and its 'reader-frame:links' opens the session again with the post's own.
      const post = pressedPost((req.start as { story?: { url?: unknown } } | null | undefined)?.story?.url, req.nav, sender.url, req.title);
      const links = post?.partLinks.map((l) => l.url) ?? [];
      // The seal (utils/reader-frame.ts): what the frame checks the start it gets on the ticket's port against, and the
      // keys the lookup below is made with (the press's, so it finds the press's lookup).
      const seal: ReaderFrameSeal | null = post ? { refresh, story: post } : null;
      // The story looked up in the library while the session opens: the prefetch waits for it (a saved story
      // opens from the database, with no request), the frame gets it with its claim.
      const lookup = lookupStart(sender.tab?.id, seal);
      const saved = lookup.then((l) => (l ? !refresh && !!l.story && opensFromSaved(l.story, l.parts) : true));
      const session: SessionRequest = { postUrl: String(req.postUrl ?? ''), links, loadedUrl: typeof req.loadedUrl === 'string' ? req.loadedUrl : undefined };
      const storyKey = post ? storyKeyOf(post.url) : undefined;
      const opened = await openSession(sender, session, lookup, storyKey);
      if (!opened.ok) return opened;
      void prefetchParts(sender, session, saved).catch(() => undefined);
      const started: Started = {
        opener: { tab: sender.tab ? { id: sender.tab.id } : undefined, frameId: sender.frameId, documentId: sender.documentId, url: sender.url },
        session,
        storyKey,
        lookup,
        saved,
      };
      return { ok: true, ticket: tickets.issue(sender, { start: seal, lookup, started }) };
    },
    'reader-frame:claim': async (msg, sender) => {
      const claim = tickets.claim(msg.ticket, sender);
      if (!claim.ok) return claim;
      // This frame, and no other, says the post's links next ('reader-frame:links').
      claimed.set(frameKey(sender), { started: claim.start.started, documentId: sender.documentId });
      // From now on the frame fetches for the story, under the session the click opened (the story's lookup, begun
      // at the press, is awaited meanwhile: the two are independent, and the answer carries both).
      const [handed, lookup] = await Promise.all([sessions.handOver(claim.opener, sender), claim.start.lookup]);
      if (!handed) return { ok: false, error: 'The reader’s session is gone: open it again.' };
      return { ok: true, start: claim.start.start, openerFrameId: claim.opener.frameId ?? 0, lookup };
    },
    'reader-frame:links': async (msg, sender) => {
      // The frame that claimed a start, once: the click's session opened again for the same page and post, with the
      // links the frame read from the page the content script handed it, and handed to the frame again.
      const k = frameKey(sender);
      const found = claimed.get(k);
      const sameDocument = !found?.documentId || !sender.documentId || found.documentId === sender.documentId;
      if (!found || !isFramePage(sender) || !sameDocument) return { ok: false, error: 'No story for this frame.' };
      claimed.delete(k);
      const strings = (v: unknown) => (Array.isArray(v) ? v.filter((l): l is string => typeof l === 'string') : []);
      const { opener, session, lookup, storyKey, saved } = found.started;
      const req: SessionRequest = { ...session, links: strings(msg.links), storyLinks: strings(msg.storyLinks), poster: typeof msg.poster === 'string' ? msg.poster : undefined };
      const opened = await openSession(opener, req, lookup, storyKey);
      if (!opened.ok) return opened;
      if (!(await sessions.handOver(opener, sender))) return { ok: false, error: 'The reader’s session is gone: open it again.' };
      void prefetchParts(opener, req, saved).catch(() => undefined);
      return { ok: true };
    },
    'reader-frame:closed': async (msg, sender) => {
      // The frame (an extension page in a tab) tells the content script that opened it; nothing else.
      const tabId = sender.tab?.id;
      if (tabId === undefined || !sender.url || sender.url.split('#')[0] !== framePage) return { ok: false };
      const frameId = typeof msg.openerFrameId === 'number' ? msg.openerFrameId : 0;
      await sendToTab(tabId, 'reader:frame-closed', { done: msg.done === true, secret: String(msg.secret ?? '') }, { frameId }).catch(() => undefined);
      return { ok: true };
    },
    'fetch-page': async (msg, sender) => {
      // Only entry pages the URL rule builds, for a story opened in this frame (or the
      // extension's own page), from journals its policy admits: never a general-purpose fetcher.
      const url = String(msg.url ?? '');
      const allowed = await sessions.check(sender, url);
      if (!allowed.ok) return allowed;
      const prefetched = sender.tab?.id === undefined ? null : prefetch.take(sender.tab.id, url);
      // A Wayback part the archive never captured: the live entry, without the reader's cookies (utils/wayback-fallback.ts).
      const fetched = withLiveFallback((asked) => prefetched ?? queue.fetchPage(asked), queue.fetchAnonymously);
      return sessions.answered(sender, url, await fetched(url));
    },
    'story:lookup': (msg) => lookupStory(msg.partKeys ?? []),
    'story:save': async (msg) => {
      const res = await saveStoryWithParts(await db(), msg.story, msg.parts);
      await sync.renamed(res.replaced).catch(() => undefined);
      sync.changed();
      return res;
    },
    'story:show-images': async (msg) => {
      const ok = await setStoryShowImages(await db(), String(msg.storyId ?? ''), typeof msg.show === 'boolean' ? msg.show : undefined);
      return { ok };
    },
    'position:save': async (msg) => {
      // saved: false with a current position means a newer one (another tab) was kept: not an error.
      const res = await savePosition(await db(), msg.position);
      if (res.saved) sync.changed();
      return { ok: res.saved || !!res.current, kept: res.saved ? 'this' : 'newer', quotaExceeded: res.quotaExceeded };
    },
    'story:status': async (msg) => {
      const ok = await setStoryStatus(await db(), String(msg.id ?? ''), msg.status === 'finished' ? 'finished' : undefined);
      if (ok) sync.changed();
      return ok ? { ok } : { ok, error: 'This story is not in the library.' };
    },
    'reader:open-page': async (msg) => {
      // The overlay's "Open as a page": the saved copy in the extension's reader page.
      const id = String(msg.storyId ?? '');
      if (!id) return { ok: false, error: 'No story.' };
      await browser.tabs.create({ url: browser.runtime.getURL(readerPagePath(id) as '/reader.html') });
      return { ok: true };
    },
    // The library changed in an extension page: extension pages only.
    [SYNC_CHANGED_MESSAGE]: (_msg, sender) => {
      if (sender.tab && !isExtensionPageSender(sender, browser.runtime.getURL('/'))) return { ok: false };
      sync.changed();
      return { ok: true };
    },
    // A reader closed (extension pages and our readers): what waits is written now.
    [SYNC_FLUSH_MESSAGE]: async () => {
      await sync.flush();
      return { ok: true };
    },
  };

  browser.runtime.onMessage.addListener((msg: unknown, sender) => answerMessage(handlers, msg, sender as SenderInfo));
});
