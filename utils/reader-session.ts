/**
 * The background's record of each story the reader opened, by tab and frame: the only thing that
 * lets a journal page be fetched with the reader's cookies. A content script opens one after the
 * user's own click (or the popup's "Continue"); the background then fetches for that tab and frame
 * only what the URL rule (utils/fetch-url.ts) builds and the fetch policy (utils/fetch-policy.ts)
 * admits, and checks the final URL of each answer again.
 *
 * What the background trusts: the browser's record of the page (`sender.url`, the frame's URL as
 * the browser loaded it), never the page's URL as the content script read it. A page can change
 * its own address within its origin (`history.replaceState`, which also changes `sender.url`),
 * and some origins hold many journals (`www.livejournal.com/users/<name>/`, every site on
 * `web.archive.org`): so the content script also sends the URL the document was loaded at (its
 * navigation entry, which replaceState does not touch), and a session whose two URLs name
 * different journals is refused. The content script's word can only make the background refuse.
 *
 * Sessions are kept in `storage.session` (when the browser has it): Chrome stops an idle service
 * worker, and a reader left open for an hour still loads its next parts.
 */
import { FetchPolicy, type FetchPolicyState, hrefsInHtml, sameJournalPage } from './fetch-policy';
import { entryNavOf, isArchivePageUrl, isFetchUrl, isFrontPageUrl, isMemoriesPageUrl, isTagPageUrl } from './fetch-url';
import { type FetchResult, failureMessage } from './stitch';
import { canonicalEntryKey, entryAddress, journalSiteOfUrl, unwrapWayback } from './url';
import { isLiveStandIn } from './wayback-fallback';

export interface SenderInfo {
  tab?: { id?: number; url?: string };
  frameId?: number;
  url?: string;
  /** Chrome: the document the message came from (a session does not outlive its document). */
  documentId?: string;
}

export interface SessionRequest {
  /** The entry URL of the post the reader was opened on. */
  postUrl: string;
  /** The entry links of that post. */
  links: string[];
  /** A header-only post's links to the entries that hold its story: admitted on any journal site (fetch-policy.ts). */
  storyLinks?: string[];
  /** The URL the document was loaded at (its navigation entry), as the content script read it. */
  loadedUrl?: string;
  /** The post's poster, as the site names them: their own journal is admitted (fetch-policy.ts rule 4). */
  poster?: string;
}

interface Session {
  policy: FetchPolicyState;
  documentId?: string;
}

/** Where sessions are kept: `storage.session` in the extension, a Map in tests. */
export interface SessionStorage {
  get(key: string): Promise<Session | undefined>;
  set(key: string, value: Session): Promise<void>;
  remove(keys: string[]): Promise<void>;
  keys(): Promise<string[]>;
}

export function memorySessionStorage(): SessionStorage {
  const m = new Map<string, Session>();
  return {
    get: async (k) => m.get(k),
    set: async (k, v) => void m.set(k, v),
    remove: async (ks) => ks.forEach((k) => m.delete(k)),
    keys: async () => [...m.keys()],
  };
}

/**
 * `inner` (the browser's `storage.session`) with this worker's own copy in front: reads and writes answer from memory at
 * once, and every write goes on to `inner` in order, for a worker started again later (Chrome stops an idle one). Each
 * `storage.session` call is a round trip to the browser's process, and the reader's start waited on three of them (its
 * session written, then read and written again when its frame took it over) while nothing else was left to do: the
 * frame's first part came that much later. Copies in and out, as `storage.session` gives (no caller shares a session
 * object with another). A read that misses memory waits for the writes under way, so it never finds what was removed.
 */
export function cachedSessionStorage(inner: SessionStorage, onError: (e: unknown) => void = () => undefined): SessionStorage {
  const memory = new Map<string, Session>();
  let writes: Promise<void> = Promise.resolve();
  const write = (f: () => Promise<void>) => {
    writes = writes.then(f).catch(onError);
  };
  return {
    async get(key) {
      const known = memory.get(key);
      if (known) return structuredClone(known);
      await writes;
      const stored = await inner.get(key);
      if (stored && !memory.has(key)) memory.set(key, structuredClone(stored));
      return stored;
    },
    async set(key, value) {
      const copy = structuredClone(value);
      memory.set(key, copy);
      write(() => inner.set(key, copy));
    },
    async remove(keys) {
      for (const k of keys) memory.delete(k);
      write(() => inner.remove(keys));
    },
    async keys() {
      await writes;
      return [...new Set([...(await inner.keys()), ...memory.keys()])];
    },
  };
}

const PREFIX = 'reader-session:';

export const MOVED_PAGE_MESSAGE = 'This page changed its address to another journal after it loaded: reload it, then open the reader.';

type Refusal = { ok: false; error: string };

function pageUrlOf(sender: SenderInfo): string | undefined {
  return sender.url ?? (sender.frameId === 0 || sender.frameId === undefined ? sender.tab?.url : undefined);
}

function keyOf(sender: SenderInfo): string | null {
  const tab = sender.tab?.id;
  return tab === undefined ? null : `${PREFIX}${tab}:${sender.frameId ?? 0}`;
}

/**
 * `check`'s rule: an entry page the URL rule builds (or a comment page of the story's own entry) on a journal the policy
 * admits, or the tag page, memories keyword page or day or month archive of the journal the story was opened in
 * (FetchPolicy.allowsTagPage, allowsMemoriesPage, allowsArchivePage), or its front page (allowsFrontPage: a sticky chapter index), or the site's next / previous entry navigation
 * from an entry of an admitted journal (FetchPolicy.allowsEntryNavPage: its answer, a redirect to an entry, is checked
 * by `answered` as any entry's is).
 */
function admits(policy: FetchPolicy, url: string): boolean {
  return (
    ((isFetchUrl(url) || policy.allowsCommentPage(url)) && policy.allows(url)) ||
    policy.allowsTagPage(url) ||
    policy.allowsMemoriesPage(url) ||
    policy.allowsArchivePage(url) ||
    policy.allowsFrontPage(url) ||
    policy.allowsEntryNavPage(url)
  );
}

/**
 * What a session's policy is built from, once the request is found to be this page's: the page as the browser
 * knows it, the post (on this page: the entry itself, or a post shown on this index page of the same site), its
 * links and its header-only story links (among its links). A refusal otherwise.
 */
function storyPolicyOf(sender: SenderInfo, req: SessionRequest): { key: string; page: string; post: string; links: string[]; storyLinks: string[]; poster: string | null } | Refusal {
  const key = keyOf(sender);
  const page = pageUrlOf(sender);
  if (!key || !page) return { ok: false, error: 'Inkwell reads stories from journal pages in a tab only.' };
  if (journalSiteOfUrl(page) === 'unknown') return { ok: false, error: 'This is not a journal page.' };
  if (req.loadedUrl && !sameJournalPage(page, req.loadedUrl)) {
    return { ok: false, error: MOVED_PAGE_MESSAGE };
  }
  // The post must be this page's: the entry itself, or a post shown on this (index) page of the same site.
  const post = String(req.postUrl ?? '');
  const postAddress = entryAddress(post);
  if (!postAddress || postAddress.itemId === null || journalSiteOfUrl(post) !== journalSiteOfUrl(page) || !!unwrapWayback(post) !== !!unwrapWayback(page)) {
    return { ok: false, error: 'The story is not on this page.' };
  }
  const pageIsEntry = entryAddress(page)?.itemId != null;
  if (pageIsEntry && canonicalEntryKey(page) !== canonicalEntryKey(post)) return { ok: false, error: 'The story is not on this page.' };
  const strings = (v: unknown) => (Array.isArray(v) ? v.filter((l): l is string => typeof l === 'string').slice(0, 1000) : []);
  const links = strings(req.links);
  // A header-only post's story links must be among the post's links; saved parts were admitted when fetched.
  return { key, page, post, links, storyLinks: strings(req.storyLinks).filter((l) => links.includes(l)), poster: typeof req.poster === 'string' ? req.poster : null };
}

/**
 * The post URL a reader session is opened for: the post's entry URL, and on a Wayback copy (where extraction
 * knows the post by its original journal URL) the copy this page is (a Wayback page's post is a Wayback copy).
 */
export function sessionPostUrlOf(storyUrl: string, pageUrl: string): string {
  const wayback = unwrapWayback(pageUrl);
  return wayback && !unwrapWayback(storyUrl) ? `https://web.archive.org/web/${wayback.timestamp}/${storyUrl}` : storyUrl;
}

/**
 * `savedPartUrls`: the URLs of the parts saved (with their text) for the story a post belongs to,
 * from the extension's own database: they were fetched under an earlier session's policy, and
 * Refresh and Retry fetch them again.
 */
export function createReaderSessions(storage: SessionStorage = memorySessionStorage(), savedPartUrls?: (postUrl: string) => Promise<string[]>) {
  // One change at a time: four answers learning at once must not overwrite each other's journals.
  let chain: Promise<unknown> = Promise.resolve();
  const serially = <T>(f: () => Promise<T>): Promise<T> => {
    const next = chain.then(f, f);
    chain = next.catch(() => undefined);
    return next;
  };

  async function policyFor(sender: SenderInfo): Promise<{ key: string; session: Session } | null> {
    const key = keyOf(sender);
    const session = key ? await storage.get(key) : undefined;
    if (!key || !session) return null;
    if (session.documentId && sender.documentId && session.documentId !== sender.documentId) return null;
    return { key, session };
  }

  return {
    /** A story opened in the sender's frame: its policy from the page the browser says it is, and the post. */
    open: (sender: SenderInfo, req: SessionRequest): Promise<{ ok: true } | Refusal> =>
      serially(async () => {
        const story = storyPolicyOf(sender, req);
        if ('error' in story) return story;
        const saved = savedPartUrls ? await savedPartUrls(story.post).catch(() => []) : [];
        const policy = FetchPolicy.forStory(story.page, story.post, [...story.links, ...saved], [...story.storyLinks, ...saved], story.poster);
        await storage.set(story.key, { policy: policy.toJSON(), documentId: sender.documentId });
        return { ok: true } as const;
      }),

    /**
     * The URLs (in order) a session `open` would open for this sender and request would admit, with no session
     * opened or changed: the background's fetches at the user's click, before the reader asks for its session.
     * Without the parts saved from an earlier read (a saved story is not fetched at the click): never more than
     * the session will admit.
     */
    wouldAdmit: (sender: SenderInfo, req: SessionRequest, urls: string[]): string[] => {
      const story = storyPolicyOf(sender, req);
      if ('error' in story) return [];
      const policy = FetchPolicy.forStory(story.page, story.post, story.links, story.storyLinks, story.poster);
      return urls.filter((url) => admits(policy, url));
    },

    /** Before a fetch: a session for this frame, a URL the rule builds, a journal the policy admits. */
    check: (sender: SenderInfo, url: string): Promise<{ ok: true } | FetchResult> =>
      serially(async () => {
        const found = await policyFor(sender);
        if (!found) return { ok: false, url, reason: 'not-allowed', message: failureMessage('not-allowed', undefined, 'No story was opened on this page.') };
        const policy = FetchPolicy.fromJSON(found.session.policy);
        // An entry page, or a comment page of the story's own entry (a fill in its comments), or the story's journal's tag or memories page.
        if (!admits(policy, url)) return { ok: false, url, reason: 'not-allowed', message: failureMessage('not-allowed', undefined, url) };
        return { ok: true } as const;
      }),

    /**
     * `check` for several URLs at once, the session read once (the background's prefetch at the click: its
     * fetches start together, not one storage read after another). The URLs `check` would admit, in order.
     */
    admitted: (sender: SenderInfo, urls: string[]): Promise<string[]> =>
      serially(async () => {
        const found = await policyFor(sender);
        if (!found) return [];
        const policy = FetchPolicy.fromJSON(found.session.policy);
        return urls.filter((url) => admits(policy, url));
      }),

    /**
     * After a fetch: an answer that ended on an entry the policy does not admit is withheld; a
     * page from the home journal (or the chosen post's own page), not a tag or memories page, admits the journals it links to.
     */
    answered: (sender: SenderInfo, url: string, res: FetchResult): Promise<FetchResult> =>
      serially(async () => {
        if (!res.ok) return res;
        const found = await policyFor(sender);
        if (!found) return { ok: false, url, reason: 'not-allowed', message: failureMessage('not-allowed', undefined, 'No story was opened on this page.') };
        const policy = FetchPolicy.fromJSON(found.session.policy);
        // A live page read for a Wayback entry the archive never captured stands for that entry (utils/wayback-fallback.ts).
        const answeredFor = isLiveStandIn(url, res) ? url : res.url;
        if (entryAddress(answeredFor)?.itemId != null && !policy.allows(answeredFor)) {
          return { ok: false, url, reason: 'not-allowed', message: failureMessage('not-allowed', undefined, res.url) };
        }
        // A tag page admits nothing, wherever it ended (its entries are anyone's who used the tag); nor does a memories or archive page or a front page,
        // nor the site's entry navigation that did not lead to an entry (its "no entry" page; one that did is that entry's page).
        const widens = !isTagPageUrl(url) && !isMemoriesPageUrl(url) && !isArchivePageUrl(url) && !isFrontPageUrl(url) && !entryNavOf(res.url) && policy.widensFrom(res.url);
        if (widens && policy.learn(res.url, hrefsInHtml(res.html, res.url)).length) {
          await storage.set(found.key, { ...found.session, policy: policy.toJSON() });
        }
        return res;
      }),

    /**
     * The reader's frame (the extension's page inside the journal page) took over the session the content
     * script opened in `from`: the frame's fetches are checked against it from now on (the same tab, the
     * frame's own id and document). Utils/reader-tickets.ts decides who may take it.
     */
    handOver: (from: SenderInfo, to: SenderInfo): Promise<boolean> =>
      serially(async () => {
        const found = await policyFor(from);
        const key = keyOf(to);
        if (!found || !key || from.tab?.id !== to.tab?.id) return false;
        await storage.set(key, { policy: found.session.policy, documentId: to.documentId });
        return true;
      }),

    /** The tab is gone: its sessions with it. */
    closeTab: (tabId: number): Promise<void> =>
      serially(async () => {
        const mine = (await storage.keys()).filter((k) => k.startsWith(`${PREFIX}${tabId}:`));
        if (mine.length) await storage.remove(mine);
      }),
  };
}
