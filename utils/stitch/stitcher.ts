/**
 * The stitcher at work: a queue of pages (at most `concurrency` fetched at a time), each page filed
 * as it arrives (a part, a masterpost, not this story's, or an error), and the links it holds
 * followed (scheduler.ts says how many at once, how long, how many before the rest wait).
 */

import { isJournalNavLink } from '../extract/chrome';
import { extractPage, locateStories, type StoryLocation } from '../extract/index';
import { isMasterpostLabel, titleFromSubject } from '../extract/parts';
import type { FoundPost } from '../extract/posts';
import type { PageExtraction, PartLink, StoryPost } from '../extract/types';
import { classifyPage } from '../extract/unreadable';
import { type FetchPolicy, journalOf } from '../fetch-policy';
import { archivePageUrlOf, entryNavOf, entryNavUrlOf, fetchUrlOf, frontPageUrlOf, isDayArchiveUrl, memoriesJournalOf, memoriesPageUrlOf, tagPageUrlOf } from '../fetch-url';
import { canonicalEntryKey, entryKeyOfPost, journalSiteOfUrl, unwrapWayback } from '../url';
import { isLiveStandIn } from '../wayback-fallback';
import { archivePageFailureMessage, failureMessage, MESSAGES, memoriesPageFailureMessage, statusReason, tagPageFailureMessage } from './failures';
import { fillsGap, type Gap, gapsOf, isGapPart, MAX_GAP_FETCHES, MAX_GAP_STEPS, storyTagOnPage } from './gaps';
import {
  archiveIndexInPost,
  frontPageIndexInPost,
  isEntryUrl,
  isNextLabel,
  isPrevLabel,
  layoutNeighbours,
  loneOwnJournalLink,
  memoriesIndexInPost,
  memoriesOnPage,
  mergeLinks,
  monthArchiveEntries,
  navLinksInPost,
  seriesListParts,
  stripHash,
  tagIndexInPost,
} from './links';
import { partIndexOf, resolveKey } from './order';
import { continuesStory, isHeaderOnly, partNumberOfMemory, partTitle, pickPost, sameChapter, sameStoryByTag, sameTitle, topPostsOf } from './posts';
import { batchBudget, FETCH_CONCURRENCY, fetchWithTimeout, MAX_MASTERPOSTS, MAX_PARTS, STITCH_TIMEOUT_MS } from './scheduler';
import { contexts, snapshot } from './state';
import type { Context, FailureReason, FetchResult, Item, Role, StitchOptions, StitchState } from './types';

/** Why the story's list page (its tag, memories or archive page) could not be read (each kind's `failureMessage`). */
interface ListPageFailure {
  reason: FailureReason;
  status?: number;
  detail?: string;
}

/**
 * A kind of journal page that lists a story's parts among other entries, read once per run when a chapter links it as
 * the story's index: what the stitcher needs of each, in one place (a new kind is one entry of LIST_KINDS).
 */
interface ListKind {
  /** The page as the URL rule builds it (utils/fetch-url.ts), or null when `url` is none of this kind. */
  urlOf(url: string): string | null;
  /** Whether the fetch policy lets the story read it. */
  allows(policy: FetchPolicy, url: string): boolean;
  /** The chapter's link to it, as the story's index, in the post's own text (links.ts), or null. */
  linkInPost(doc: Document, pageUrl: string, post: StoryPost, locations?: StoryLocation[]): PartLink | null;
  /** Its item's key. */
  keyOf(url: string): string;
  /** Whether an answer that ended at `finalUrl` is still the page asked for at `url` (not an error page, a login page, the journal's front page). */
  isSamePage(finalUrl: string, url: string): boolean;
  /** The page's entries (null: none at all; `ex`: the page's extraction when it was needed), and which are this story's parts, by a chapter of it. */
  read(doc: Document, pageUrl: string): { ex?: PageExtraction; partsOf: ((chapter: StoryPost) => PartLink[]) | null };
  /** What the reader is told when it could not be read. */
  failureMessage(reason: FailureReason, status?: number, detail?: string): string;
}

type ListKindName = 'tag' | 'memories' | 'archive';

/**
 * The list kinds, in the order a chapter's links to them are looked for. A tag page's entries (a multi-post page:
 * extractPage) that are this story's (posts.ts `sameStoryByTag`: a part marker, the chapter's title and author); a
 * memories page's memories whose descriptions carry the chapter's title and a part marker (posts.ts `partNumberOfMemory`);
 * a day archive's entries (the day's entries in full, a multi-post page) as a tag page's, a month archive's subjects (each
 * linking its entry) as a memories page's descriptions. All are fetched by their permalinks, as parts.
 */
const LIST_KINDS: Record<ListKindName, ListKind> = {
  tag: {
    urlOf: tagPageUrlOf,
    allows: (policy, url) => policy.allowsTagPage(url),
    linkInPost: tagIndexInPost,
    keyOf: canonicalEntryKey,
    isSamePage: (finalUrl, url) => tagPageUrlOf(finalUrl) !== null && journalOf(finalUrl) === journalOf(url),
    read(doc, pageUrl) {
      const ex = extractPage(doc, pageUrl);
      if (!ex.stories.length) return { ex, partsOf: null };
      return {
        ex,
        partsOf: (chapter) =>
          ex.stories.filter((post) => sameStoryByTag(chapter, post)).map((post) => ({ url: post.url, label: post.subject || partTitle(post, post.part!.index), index: post.part!.index })),
      };
    },
    failureMessage: tagPageFailureMessage,
  },
  memories: {
    urlOf: memoriesPageUrlOf,
    allows: (policy, url) => policy.allowsMemoriesPage(url),
    linkInPost: memoriesIndexInPost,
    // With its query: the tool's one path serves every writer's keywords.
    keyOf: (url) => url.slice('https://'.length),
    isSamePage: (finalUrl, url) => memoriesPageUrlOf(finalUrl) !== null && memoriesJournalOf(finalUrl) === memoriesJournalOf(url),
    read(doc, pageUrl) {
      const memories = memoriesOnPage(doc, pageUrl);
      if (!memories.length) return { partsOf: null };
      return { partsOf: (chapter) => memories.flatMap(subjectPart(chapter)) };
    },
    failureMessage: memoriesPageFailureMessage,
  },
  archive: {
    urlOf: archivePageUrlOf,
    allows: (policy, url) => policy.allowsArchivePage(url),
    linkInPost: archiveIndexInPost,
    keyOf: canonicalEntryKey,
    isSamePage: (finalUrl, url) => archivePageUrlOf(finalUrl) !== null && isDayArchiveUrl(finalUrl) === isDayArchiveUrl(url) && journalOf(finalUrl) === journalOf(url),
    read(doc, pageUrl) {
      if (isDayArchiveUrl(pageUrl)) return LIST_KINDS.tag.read(doc, pageUrl);
      const entries = monthArchiveEntries(doc, pageUrl);
      if (!entries.length) return { partsOf: null };
      return { partsOf: (chapter) => entries.flatMap(subjectPart(chapter)) };
    },
    failureMessage: archivePageFailureMessage,
  },
};

/** A listed entry (a memory's description, a month archive's subject) as a part of the chapter's story, with its number, or none. */
function subjectPart(chapter: StoryPost): (link: PartLink) => PartLink[] {
  return (link) => {
    const index = partNumberOfMemory(chapter, link.label);
    return index !== null ? [{ ...link, index }] : [];
  };
}

/** A list page: its kind and its address as the URL rule builds it. */
interface ListPage {
  kind: ListKind;
  url: string;
}

/** The list page `url` is, as the URL rule builds it (utils/fetch-url.ts), or null. */
function listPageOf(url: string): ListPage | null {
  for (const kind of Object.values(LIST_KINDS)) {
    const page = kind.urlOf(url);
    if (page) return { kind, url: page };
  }
  return null;
}

/** The list page a chapter links as its story's index: its tag page ("Every chapter: <the tag>"), else its writer's memories page, else its journal's day or month archive. */
function listPageInPost(doc: Document, pageUrl: string, post: StoryPost, locations?: StoryLocation[]): ListPage | null {
  for (const kind of Object.values(LIST_KINDS)) {
    const link = kind.linkInPost(doc, pageUrl, post, locations);
    if (link) return listPageOf(link.url);
  }
  return null;
}

/** A list page's answer that ended on another page (an error page, a login page, the journal's front page): what that page is. */
function endedElsewhere(doc: Document, res: FetchResult & { ok: true }): ListPageFailure {
  const reason = classifyPage(doc, res.url, extractPage(doc, res.url));
  return { reason: reason && reason !== 'not-story' ? reason : 'not-found', detail: 'The site showed another page instead' };
}

/** A list page with no entry on it: what the page is (a login or adult-content page), else its status, else empty. */
function noEntries(doc: Document, res: FetchResult & { ok: true }, ex: ReturnType<typeof extractPage>): ListPageFailure {
  let reason: FailureReason = classifyPage(doc, res.url, ex) ?? 'not-story';
  if (reason === 'not-story' && res.status >= 400) reason = statusReason(res.status);
  return { reason, status: res.status >= 400 ? res.status : undefined, detail: reason === 'not-story' ? 'No entries were found on it' : undefined };
}

export class Stitcher {
  private readonly ctx: Context;
  private readonly opts: StitchOptions;
  private readonly concurrency: number;
  private readonly maxParts: number;
  private readonly timeoutMs: number;
  private readonly family: string;
  private readonly waybackTs: string | null;
  /** Parts queued at most before the rest are left 'deferred' (Infinity: no first batch). */
  private budget: number;
  private queue: Item[] = [];
  private active = 0;
  /** Work put off until the first part is painted (`opts.painted`, `background(…, 'waits')`): the run is not over while it waits. */
  private afterPaint = 0;
  /** Updates held while a post's links are discovered (`discoverAll`), and whether one was asked for meanwhile. */
  private holding = false;
  private held = false;
  private aborted = false;
  private finished = false;
  private idle: (() => void) | null = null;
  /** Pages fetched this run to read past parts that cannot be read (gaps.ts MAX_GAP_FETCHES), and the ways tried ("anchor dir way"). */
  private gapFetches = 0;
  private readonly gapWaysTried = new Set<string>();

  constructor(ctx: Context, opts: StitchOptions) {
    this.ctx = ctx;
    this.opts = opts;
    this.concurrency = Math.max(1, Math.floor(opts.concurrency ?? FETCH_CONCURRENCY));
    this.maxParts = Math.max(1, Math.floor(opts.maxParts ?? MAX_PARTS));
    this.timeoutMs = opts.timeoutMs ?? STITCH_TIMEOUT_MS;
    this.family = journalSiteOfUrl(ctx.startUrl);
    this.waybackTs = unwrapWayback(ctx.startUrl)?.timestamp ?? null;
    this.budget = batchBudget(opts.firstBatch);
  }

  /** With a first batch: nothing beyond what is queued now (a load asked for these parts only). */
  holdAtQueued(): void {
    if (this.opts.firstBatch !== undefined) this.budget = this.ctx.started;
  }

  // --- running ---------------------------------------------------------------------------------

  async run(body: () => Promise<void>): Promise<StitchState> {
    const signal = this.opts.signal;
    const onAbort = () => {
      this.aborted = true;
      this.idle?.();
    };
    if (signal?.aborted) this.aborted = true;
    else signal?.addEventListener('abort', onAbort);
    try {
      if (!this.aborted) {
        await body();
        this.pump();
        if (!this.aborted && (this.active > 0 || this.afterPaint > 0 || this.queue.length > 0 || this.bridgeGap())) {
          await new Promise<void>((resolve) => {
            this.idle = resolve;
            this.checkIdle();
          });
        }
      }
    } finally {
      signal?.removeEventListener('abort', onAbort);
    }
    return this.finish();
  }

  private checkIdle(): void {
    // Everything found has arrived: before the run ends, a way past a part that cannot be read, if the story goes on.
    if (!this.aborted && this.idle && this.active === 0 && this.afterPaint === 0 && this.queue.length === 0 && this.bridgeGap()) return;
    if (this.aborted || (this.active === 0 && this.afterPaint === 0 && this.queue.length === 0)) {
      const r = this.idle;
      this.idle = null;
      r?.();
    }
  }

  private finish(): StitchState {
    this.finished = true;
    if (this.aborted) {
      for (const it of this.ctx.items.values()) {
        if (it.status !== 'queued' && it.status !== 'fetching') continue;
        if (it.role === 'master') it.status = 'dropped';
        else this.setError(it, 'network', 'Stopped before this part arrived.');
      }
    }
    const state = snapshot(this.ctx, true);
    contexts.set(state, this.ctx);
    this.emit(state);
    return state;
  }

  private pump(): void {
    while (!this.aborted && this.active < this.concurrency && this.queue.length) {
      const item = this.queue.shift()!;
      if (item.status !== 'queued') continue;
      item.status = 'fetching';
      this.active++;
      void this.load(item).finally(() => {
        this.active--;
        this.pump();
        this.checkIdle();
      });
    }
  }

  enqueue(item: Item): void {
    item.status = 'queued';
    if (item.role !== 'master') this.ctx.started++;
    this.queue.push(item);
    this.pump();
  }

  /** One fetch, bounded by the timeout and the caller's signal. Never throws. */
  fetchWithTimeout(url: string): Promise<FetchResult> {
    return fetchWithTimeout(this.opts.fetchPage, url, this.timeoutMs, this.opts.signal);
  }

  /** Fetches an item's page and files what it is. Never throws. */
  private async load(item: Item): Promise<void> {
    // The story's list page (its tag, memories or archive page), asked for again (its failure retried, or restored with a saved copy): read as such.
    const list = listPageOf(item.url);
    if (list) {
      if (!this.allowsListPage(list)) {
        this.setError(item, 'not-allowed', list.kind.failureMessage('not-allowed', undefined, list.url));
        this.emit();
        return;
      }
      this.ctx.indexPage ??= list.url;
      const from = (item.referrer !== null ? this.ctx.items.get(item.referrer) : undefined) ?? [...this.ctx.items.values()].find((i) => i.status === 'part' && i.post);
      return this.readListPage(list, from, item);
    }
    // The URL rule and the policy once more (a retried or restored item never passed discover).
    const url = fetchUrlOf(item.url);
    if (!url || !this.ctx.policy.allows(url)) {
      this.setError(item, 'not-allowed', failureMessage('not-allowed', undefined, item.url));
      this.emit();
      return;
    }
    const res = await this.fetchWithTimeout(url);
    if (this.aborted || this.finished) return;
    this.batch(() => {
      try {
        this.settle(item, url, res);
      } catch (e) {
        this.setError(item, 'not-story', `This page could not be read (${e instanceof Error ? e.message : String(e)}).`);
      }
      this.emit();
    });
  }

  /** `res` is the answer to `url` (the URL asked for `item`). */
  private settle(item: Item, url: string, res: FetchResult): void {
    if (!res.ok) {
      this.fail(item, res.reason, res.status, res.message);
      return;
    }
    // Redirected to an entry on a journal the policy does not admit: not read.
    // (A live page read for a Wayback entry the archive never captured stands for that entry: utils/wayback-fallback.ts.)
    const answeredFor = isLiveStandIn(url, res) ? url : res.url;
    if (isEntryUrl(answeredFor) && !this.ctx.policy.allows(fetchUrlOf(answeredFor) ?? answeredFor)) {
      this.fail(item, 'not-allowed', undefined, res.url);
      return;
    }
    // Redirected to another entry we already have (a renamed journal, a moved post): one part. (A gift's item, url.ts
    // `postKeyOf`, is its entry's page, fetched as the entry.)
    const entryKey = entryKeyOfPost(item.key);
    const finalKey = isEntryUrl(res.url) ? canonicalEntryKey(res.url) : null;
    if (finalKey && finalKey !== entryKey) {
      const other = this.ctx.items.get(this.resolve(finalKey));
      if (other && other !== item && other.status !== 'dropped' && other.status !== 'error') {
        item.status = 'dropped';
        this.ctx.aliases.set(item.key, other.key);
        return;
      }
      this.ctx.aliases.set(finalKey, item.key);
    }
    const doc = this.opts.parse(res.html, res.url);
    const located = locateStories(doc, res.url);
    const ex = located.extraction;
    let reason: FailureReason | null = classifyPage(doc, res.url, ex);
    if (reason === 'not-story' && res.status >= 400) reason = statusReason(res.status);
    if (reason === 'not-story' && item.probe && this.fileSeriesList(item, located.verdicts[0]?.post, res.url)) return;
    if (reason) {
      this.fail(item, reason, res.status >= 400 ? res.status : undefined);
      return;
    }
    // A gift: the gift of that ordinal in the post the answer holds (its entry may have moved).
    const post = pickPost(ex, finalKey && finalKey !== entryKey ? finalKey + item.key.slice(entryKey.length) : item.key);
    if (!post) {
      this.fail(item, 'not-story');
      return;
    }
    this.file(item, post, ex.kind === 'masterpost', doc, res.url, located.locations);
  }

  /**
   * A post arrived for an item: a part, a masterpost, or not part of this story. `navLinks`: the chapter links
   * around the post when the caller has them (the reader's start, read from the live page: the page's copy
   * is not extracted a second time for them).
   */
  file(item: Item, post: StoryPost, isMasterpost: boolean, doc: Document | null, pageUrl: string, locations?: StoryLocation[], navLinks?: PartLink[]): void {
    const extra = navLinks ?? (doc ? navLinksInPost(doc, pageUrl, post, locations) : []);
    const links = mergeLinks(post.partLinks, extra);
    // The home journal's pages (and the chosen post's) admit the journals they link to.
    this.ctx.policy.learn(
      pageUrl,
      links.map((l) => l.url),
    );
    // A page read as a possible index (`probeIndex`) is a masterpost or nothing: a chapter it turns out to be is not taken.
    if ((item.probe && post.part) || (item.neighbour && !this.isNeighbourPart(item, post))) {
      item.status = 'dropped';
      return;
    }
    if (isMasterpost || isHeaderOnly(post) || (item.role === 'master' && !post.part)) {
      this.fileMasterpost(item, post, links);
      return;
    }
    if (item.role === 'candidate' && !this.belongs(post)) {
      item.status = 'dropped';
      return;
    }
    // A copy of a chapter already here (crossposted to a community, linked from another copy): one part, the copy
    // found first (the reader's start before any) stands for it; its links are that part's.
    const twin = item.isStart ? undefined : [...this.ctx.items.values()].find((i) => i !== item && i.status === 'part' && i.post && sameChapter(i.post, post));
    if (twin) {
      item.status = 'dropped';
      this.ctx.aliases.set(item.key, twin.key);
      this.discoverAll(links, twin, 'part-links');
      return;
    }
    item.status = 'part';
    item.post = post;
    delete item.error;
    this.discoverAll(links, item, 'part-links');
    // Rule "continued in the next entry" (parts.ts `continuesInEntry`): the part says its story goes on by the journal's own navigation.
    for (const dir of post.continues ?? []) this.followContinuation(item, dir);
    // The rest reads the page whole again: for the reader's start, once its part is painted (the part links are on their way).
    const painted = item.isStart && doc ? this.opts.painted : undefined;
    if (!painted) return this.lookAround(item, post, doc, pageUrl, links, locations);
    this.background(
      painted()
        .catch(() => undefined)
        .then(() => {
          if (this.aborted || this.finished) return;
          this.lookAround(item, post, doc, pageUrl, links, locations);
          this.emit();
        }),
      'waits',
    );
  }

  /** A part's way to the rest of its story beyond its links: its tag, its story's list page or front page, its lone link home, its layout's neighbours. */
  private lookAround(item: Item, post: StoryPost, doc: Document | null, pageUrl: string, links: PartLink[], locations?: StoryLocation[]): void {
    // The story's own tag, should a part next to this one fail (gaps.ts): read off its own entry page only.
    if (doc && post.part && isEntryUrl(pageUrl) && canonicalEntryKey(pageUrl) === item.key) item.storyTag ??= storyTagOnPage(doc, pageUrl, post) ?? undefined;
    // The story's list page (its tag page, its writer's memories, its journal's day or month archive), when a chapter links it as the story's index: looked for only
    // while it can matter (`mayFollowListPage`).
    const list = doc && this.mayFollowListPage() ? listPageInPost(doc, pageUrl, post, locations) : null;
    if (list) this.followListPage(list, item);
    // A chapter pointing at the sticky post at the top of its journal ("the chapter index is the sticky post at the top of my journal"): looked for once per run.
    const front = !list && doc && post.part && this.ctx.frontPage === undefined && !this.ctx.masterpost ? frontPageIndexInPost(doc, pageUrl, post, locations) : null;
    if (front) this.followFrontPage(front.url, item);
    // A numbered chapter with no link to the rest that anything names: its lone link home may be its index, and the
    // layout's own Previous / Next its neighbouring parts.
    else if (!front && !links.length && post.part && doc && !this.ctx.masterpost) {
      const lone = loneOwnJournalLink(doc, pageUrl, post, locations);
      if (lone) this.probeIndex(lone, item);
      for (const n of layoutNeighbours(doc, pageUrl, post, locations)) this.probeNeighbour(n, item);
    }
  }

  /**
   * A probed page (`probeIndex`) that is no story, a series' masterpost listing several stories: the probing chapter's
   * parts are those under its own title there (links.ts `seriesListParts`), found as the chapter's own part links. The
   * page is no masterpost of the story (it is the series'): dropped, as a probe that leads nowhere is.
   */
  private fileSeriesList(item: Item, post: FoundPost | undefined, pageUrl: string): boolean {
    const from = item.referrer !== null ? this.ctx.items.get(item.referrer) : undefined;
    const title = from?.post?.fields.title;
    const parts = post && from && title ? seriesListParts(post, pageUrl, title, from.key) : null;
    if (!parts || !from) return false;
    item.status = 'dropped';
    this.discoverAll(parts, from, 'part-links');
    return true;
  }

  /**
   * Rule "a subject-less Previous / Next is only a place to look": the layouts that link the neighbouring entries directly
   * without their subjects (LiveJournal's mobile site's "← Previous / Next →") show them on every entry page, a part's or
   * any other post's, so they never make a part nor say a post is a story. But writers post a story's parts back to back,
   * and a numbered part whose text links nothing may be read on that way: its neighbour is fetched (one fetch each way,
   * from the post's own journal, as the policy allows) and kept only as a part of the same story on the side the link
   * points to (its own marker, title and author: `isNeighbourPart`); anything else is dropped without a word.
   */
  private probeNeighbour(link: { url: string; dir: 'prev' | 'next' }, from: Item): void {
    const key = this.resolve(canonicalEntryKey(link.url));
    const url = this.storyFetchUrlOf(link.url);
    if (this.aborted || key === from.key || this.ctx.items.has(key) || !url || !this.ctx.policy.allows(url)) return;
    if (this.partCount() >= this.maxParts || this.ctx.started >= this.budget) return;
    const item = this.newItem(key, url, 'candidate', null, from.key);
    item.neighbour = link.dir;
    this.enqueue(item);
  }

  /** A neighbour read for `item` (`probeNeighbour`) is its referrer's story's part, on the side its link pointed to. */
  private isNeighbourPart(item: Item, post: StoryPost): boolean {
    const from = item.referrer !== null ? this.ctx.items.get(item.referrer)?.post : undefined;
    if (!from?.part || !post.part || !sameStoryByTag(from, post)) return false;
    if (item.neighbour === 'prev' ? post.part.index >= from.part.index : post.part.index <= from.part.index) return false;
    this.ctx.edges.push(item.neighbour === 'prev' ? [item.key, item.referrer!] : [item.referrer!, item.key]);
    return true;
  }

  /**
   * Reads the page a chapter's lone link to its own journal leads to (links.ts `loneOwnJournalLink`) as a possible
   * masterpost: one fetch, counted among the masterposts (MAX_MASTERPOSTS), from the chapter's own journal only. It
   * is the story's masterpost only if it lists that chapter (`fileMasterpost`); a chapter, another post, a page
   * that fails are dropped without a word (nothing said the link was the index).
   */
  private probeIndex(link: PartLink, from: Item): void {
    const key = this.resolve(canonicalEntryKey(link.url));
    const url = this.storyFetchUrlOf(link.url);
    if (this.aborted || key === from.key || this.ctx.items.has(key) || !url || !this.ctx.policy.allows(url)) return;
    if (this.masterCount() >= MAX_MASTERPOSTS) return;
    const item = this.newItem(key, url, 'master', null, from.key);
    item.probe = true;
    this.enqueue(item);
  }

  /**
   * Rule "the chapter index is the sticky post" (links.ts `frontPageIndexInPost`): the journal's front page is read once per
   * run, only as the fetch policy allows (FetchPolicy.allowsFrontPage: the front page of the journal the story was opened in,
   * or of the chosen post's, over https; it admits no journal), counted among the masterposts (MAX_MASTERPOSTS). Of its posts
   * only the one at its top is looked at (posts.ts `topPostsOf`: the posts it marks sticky, else its first), and taken as
   * the story's masterpost only if it is one (a masterpost or a header-only post) with the chapter's title and lists the
   * chapter (`fileMasterpost`, as a probed index). A personal post at the top (a welcome or friending policy), another
   * story's index, or a page that fails are dropped without a word; the front page's other posts are never parts.
   */
  private followFrontPage(url: string, from: Item): void {
    if (this.aborted || this.ctx.frontPage !== undefined || !this.ctx.policy.allowsFrontPage(url) || this.masterCount() >= MAX_MASTERPOSTS) return;
    this.ctx.frontPage = url;
    this.background(this.readFrontPage(url, from));
  }

  private async readFrontPage(url: string, from: Item): Promise<void> {
    const res = await this.fetchWithTimeout(url);
    if (this.aborted || this.finished || !res.ok || frontPageUrlOf(res.url) !== url) return;
    const chapter = from.post;
    const title = chapter ? chapter.fields.title || titleFromSubject(chapter.subject) : '';
    try {
      const doc = this.opts.parse(res.html, res.url);
      const located = locateStories(doc, res.url);
      for (const top of topPostsOf(located)) {
        const post = top.story;
        if (!(top.verdict === 'masterpost' || (top.verdict === 'story' && isHeaderOnly(post)))) continue;
        if (!sameTitle(title, post.fields.title || titleFromSubject(post.subject))) continue;
        const key = this.resolve(canonicalEntryKey(post.url));
        const known = this.ctx.items.get(key);
        const postUrl = fetchUrlOf(post.url);
        if (!postUrl || key === from.key || (known && known.status !== 'dropped')) continue;
        const item = this.newItem(key, postUrl, 'master', null, from.key);
        item.probe = true;
        item.status = 'fetching';
        this.file(item, post, true, doc, res.url, located.locations);
        if (this.ctx.masterpost) break;
      }
    } catch {
      // A front page that cannot be read: nothing said for certain the index was there.
    }
    this.emit();
  }

  /**
   * Whether a chapter's link to the story's list page would be followed now, before the page is scanned for
   * one (a scan of every tag, memories or archive link on the page, and a locate): not once such a page was asked for (one is
   * read per run), nor once the story's masterpost is known (its list is the story's index), nor when no part more may
   * be fetched now (the list page counts as one: the cap, the first batch).
   */
  private mayFollowListPage(): boolean {
    return this.ctx.indexPage === undefined && !this.ctx.masterpost && this.partCount() < this.maxParts && this.ctx.started < this.budget;
  }

  /** Whether the fetch policy lets this list page be read (FetchPolicy.allowsTagPage, allowsMemoriesPage). */
  private allowsListPage(list: ListPage): boolean {
    return list.kind.allows(this.ctx.policy, list.url);
  }

  /**
   * A chapter whose link to the rest of its story is the story's tag page ("Every chapter: <the salt road tag>";
   * authors in communities often link the tag instead of the parts): the tag page is read like a masterpost's
   * list. Fetched once per run, only as the fetch policy allows (FetchPolicy.allowsTagPage: the tag page of the
   * journal the story was opened in, over https) and counted as a part (maxParts, the first batch). Its entries
   * (a multi-post page: extractPage) that are this story's (posts.ts `sameStoryByTag`: a part marker, the
   * chapter's title and author) are queued as parts with their numbers, and ordered by them, never by the page
   * (tag pages show the newest first). A tag page shows one page of entries: the pages after it (?skip=) are not
   * asked for (tagPageUrlOf drops the query), so a story with more chapters than that page shows gets those it shows.
   * A writer's memories keyword page ("both parts are in my memories, under fenlight") is read the same way, once,
   * as the policy allows (FetchPolicy.allowsMemoriesPage): its memories that are this story's parts by their
   * descriptions (posts.ts `partNumberOfMemory`) are queued with their numbers. So is the journal's day or month
   * archive ("both halves went up today: see <July 3rd>": FetchPolicy.allowsArchivePage): a day page's entries as a tag
   * page's, a month page's subjects as memories (LIST_KINDS.archive).
   */
  private followListPage(list: ListPage, from: Item): void {
    if (this.ctx.indexPage !== undefined || !this.allowsListPage(list)) return;
    if (this.partCount() >= this.maxParts || this.ctx.started >= this.budget) return;
    this.ctx.indexPage = list.url;
    this.ctx.started++;
    this.background(this.readListPage(list, from));
  }

  /**
   * Reads the story's list page (tag, memories, archive) (`retried`: its failed item, asked for again) and queues this story's entries
   * on it. A page that cannot be read (an error, a login or adult-content page, an answer that ended elsewhere) is an
   * error in the story as a failed masterpost is (a 'master' item: shown once done when parts seem missing), with
   * its own message, and retried as one.
   */
  private async readListPage(list: ListPage, from: Item | undefined, retried?: Item, gap?: Gap): Promise<void> {
    const { url } = list;
    const res = await this.fetchWithTimeout(url);
    if (this.aborted || this.finished) return;
    let failed: ListPageFailure | null;
    try {
      failed = this.fileListPage(list, res, from, gap);
    } catch (e) {
      failed = { reason: 'not-story', detail: `It could not be read (${e instanceof Error ? e.message : String(e)})` };
    }
    // Read to bridge a gap (`bridgeGap`): nothing said the tag was the story's index, so a page that fails is not an error.
    if (failed && gap) return;
    if (failed) {
      const key = list.kind.keyOf(url);
      const item = retried ?? this.ctx.items.get(key) ?? this.newItem(key, url, 'master', null, from?.key ?? null);
      this.setError(item, failed.reason, list.kind.failureMessage(failed.reason, failed.status, failed.detail));
    } else if (retried) {
      retried.status = 'dropped';
      delete retried.error;
    }
    this.emit();
  }

  /**
   * The list page's entries of this story queued as parts (by `from`, the chapter that linked it: LIST_KINDS says which
   * are), or why it could not be read. An entry on a journal the policy does not admit is shown with its link, as any
   * part elsewhere (`discover`); the page admits none.
   */
  private fileListPage(list: ListPage, res: FetchResult, from: Item | undefined, gap?: Gap): ListPageFailure | null {
    if (!res.ok) return { reason: res.reason, status: res.status, detail: res.message };
    const doc = this.opts.parse(res.html, res.url);
    // Only the page itself: an answer that ended elsewhere (an error page, a login page, the journal's front page) is not its list.
    if (!list.kind.isSamePage(res.url, list.url)) return endedElsewhere(doc, res);
    const { ex, partsOf } = list.kind.read(doc, res.url);
    if (!partsOf) return noEntries(doc, res, ex ?? extractPage(doc, res.url));
    const chapter = from?.post;
    if (!from || !chapter) return null;
    this.discoverAll(
      partsOf(chapter).filter((link) => !gap || fillsGap(gap, link.index)),
      from,
      'master-list',
    );
    return null;
  }

  /**
   * Once everything found has arrived: a way on past a part that cannot be read, when the story's markers say it goes on
   * (gaps.ts `gapsOf`). For each gap, the story's own tag page first (one page lists every part the reader may see), else
   * the journal's next / previous entry navigation from the part next to the gap (`walkGap`), each way once per run and
   * MAX_GAP_FETCHES pages in all. Not counted in the first batch: it stands in for the part the reader was loading, and
   * what it finds is filed as any part is (the parts its links lead to wait for their batch). Whether it started a fetch.
   */
  private bridgeGap(): boolean {
    if (this.aborted || this.finished || this.gapFetches >= MAX_GAP_FETCHES || this.partCount() >= this.maxParts) return false;
    for (const gap of gapsOf(this.ctx.items.values(), this.ctx.edges)) {
      const tried = (way: string) => {
        const key = `${gap.anchor.key} ${gap.dir} ${way}`;
        if (this.gapWaysTried.has(key)) return true;
        this.gapWaysTried.add(key);
        return false;
      };
      // The story's own tag page (only as the fetch policy allows a chapter's link to it: FetchPolicy.allowsTagPage), once per run as any list page.
      const tag = gap.anchor.storyTag;
      if (tag && this.ctx.indexPage === undefined && this.ctx.policy.allowsTagPage(tag) && !tried('tag')) {
        this.ctx.indexPage = tag;
        this.gapFetches++;
        this.background(this.readListPage({ kind: LIST_KINDS.tag, url: tag }, gap.anchor, undefined, gap));
        return true;
      }
      const nav = entryNavUrlOf(gap.anchor.url, gap.dir);
      if (nav && this.ctx.policy.allowsEntryNavPage(nav) && !tried('nav')) {
        this.background(this.walkGap(gap));
        return true;
      }
    }
    return false;
  }

  /**
   * Rule "continued in the next entry": a part whose own line says the story goes on in the journal's next entry, or comes
   * from its previous one ("Continued in the next entry.", "(continued from previous entry)"), with no link, sends the reader
   * to the journal's own Next / Previous Entry (fetch-url.ts `entryNavUrlOf`: the site redirects to that entry). Followed
   * that way only, one step, once per part and direction, as the fetch policy allows it (FetchPolicy.allowsEntryNavPage) and
   * counted as a part (maxParts, the first batch). The entry it leads to is taken only as the same story going on
   * (`continuesStory`); anything else (a personal post, another story, a page that cannot be read) ends the walk there.
   */
  private followContinuation(from: Item, dir: 'next' | 'prev'): void {
    const key = `${from.key} ${dir} continued`;
    if (this.aborted || this.finished || this.gapWaysTried.has(key)) return;
    this.gapWaysTried.add(key);
    const nav = entryNavUrlOf(from.url, dir);
    if (!nav || !this.ctx.policy.allowsEntryNavPage(nav) || this.partCount() >= this.maxParts || this.ctx.started >= this.budget) return;
    this.ctx.started++;
    this.background(this.readContinuation(from, dir, nav));
  }

  private async readContinuation(from: Item, dir: 'next' | 'prev', nav: string): Promise<void> {
    const res = await this.fetchWithTimeout(nav);
    if (this.aborted || this.finished || !res.ok || !from.post) return;
    const url = isEntryUrl(res.url) && !entryNavOf(res.url) && journalOf(res.url) === journalOf(from.url) ? fetchUrlOf(res.url) : null;
    if (!url || !this.ctx.policy.allows(url)) return;
    const key = this.resolve(canonicalEntryKey(url));
    const edge: [string, string] = dir === 'next' ? [from.key, key] : [key, from.key];
    const known = this.ctx.items.get(key);
    if (known && known.status !== 'dropped') {
      // A part already read: the order the writer's line gives.
      if (known.status === 'part' && key !== from.key) this.ctx.edges.push(edge);
      return;
    }
    const doc = this.opts.parse(res.html, res.url);
    const located = locateStories(doc, res.url);
    if (classifyPage(doc, res.url, located.extraction)) return;
    const post = pickPost(located.extraction, key);
    if (!post || !continuesStory(from.post, post)) return;
    // The way back to where it came from is known: not asked again.
    this.gapWaysTried.add(`${key} ${dir === 'next' ? 'prev' : 'next'} continued`);
    const item = this.newItem(key, url, 'part', null, from.key);
    item.status = 'fetching';
    this.ctx.edges.push(edge);
    this.file(item, post, false, doc, res.url, located.locations);
    this.emit();
  }

  /**
   * Work outside the queue, and the run not over until it ends: a list page or a walk counted as a fetch under way;
   * work that only waits (`'waits'`: the look around put off until the first paint) holds no fetch's place meanwhile.
   */
  private background(work: Promise<void>, kind: 'fetches' | 'waits' = 'fetches'): void {
    const count = (by: number) => (kind === 'fetches' ? (this.active += by) : (this.afterPaint += by));
    count(1);
    void work.finally(() => {
      count(-1);
      this.pump();
      this.checkIdle();
    });
  }

  /**
   * Walks the journal's own navigation from the gap's anchor (fetch-url.ts `entryNavUrlOf`: the site redirects to the
   * neighbouring entry the reader may see), at most MAX_GAP_STEPS entries: the first that is the anchor's story's part
   * filling the gap (gaps.ts `isGapPart`) is filed as a part, and its links lead on as any part's do; an entry that is
   * not (a personal post, another story) is passed and never kept. It stops at anything else: an answer that is no entry
   * of the anchor's journal (the site's "no entry" page at the journal's end, a login page), a journal the policy does
   * not admit, an entry already in the story, a page that cannot be read.
   */
  private async walkGap(gap: Gap): Promise<void> {
    let from = gap.anchor.url;
    for (let step = 0; step < MAX_GAP_STEPS && this.gapFetches < MAX_GAP_FETCHES; step++) {
      const nav = entryNavUrlOf(from, gap.dir);
      if (!nav || !this.ctx.policy.allowsEntryNavPage(nav)) return;
      this.gapFetches++;
      const res = await this.fetchWithTimeout(nav);
      if (this.aborted || this.finished || !res.ok) return;
      const url = isEntryUrl(res.url) && !entryNavOf(res.url) && journalOf(res.url) === journalOf(from) ? fetchUrlOf(res.url) : null;
      if (!url || !this.ctx.policy.allows(url)) return;
      const key = this.resolve(canonicalEntryKey(url));
      const known = this.ctx.items.get(key);
      if (known && known.status !== 'dropped') return;
      const doc = this.opts.parse(res.html, res.url);
      const located = locateStories(doc, res.url);
      const reason = classifyPage(doc, res.url, located.extraction);
      if (reason && reason !== 'not-story') return;
      const post = reason ? null : pickPost(located.extraction, key);
      if (post && isGapPart(gap, post)) {
        const item = this.newItem(key, url, 'part', post.part!.index, gap.anchor.key);
        item.status = 'fetching';
        this.file(item, post, false, doc, res.url, located.locations);
        this.emit();
        return;
      }
      from = url;
    }
  }

  private fileMasterpost(item: Item, post: StoryPost, links: PartLink[]): void {
    item.status = 'master';
    item.post = post;
    const keys = links.filter((l) => isEntryUrl(l.url)).map((l) => this.resolve(canonicalEntryKey(l.url)));
    // A masterpost found from a part must list that part (not the author's masterlist of everything).
    // So must one that a header-only post led to (the header post listed nothing else).
    const fromHeaderOnly = !!this.ctx.masterpost && isHeaderOnly(this.ctx.masterpost) && this.ctx.masterList.length <= 1 && item.referrer === canonicalEntryKey(this.ctx.masterpost.url);
    const listsReferrer = item.referrer !== null && keys.includes(item.referrer);
    const accept = item.probe ? listsReferrer : item.isStart || fromHeaderOnly || listsReferrer || keys.some((k) => this.ctx.items.get(k)?.status === 'part');
    if (!accept) {
      item.status = 'dropped';
      return;
    }
    if (!this.ctx.masterpost) {
      this.ctx.masterpost = post;
      this.ctx.masterList = keys;
    } else if (fromHeaderOnly) {
      this.ctx.masterList = keys;
    }
    this.discoverAll(links, item, 'master-list');
  }

  /** Whether a post a masterpost linked to without a part number belongs to this story. */
  private belongs(post: StoryPost): boolean {
    if (post.part) return true;
    const mp = this.ctx.masterpost;
    if (mp && sameTitle(mp.fields.title ?? mp.subject, post.fields.title ?? post.subject)) return true;
    return post.partLinks.some((l) => {
      const it = this.ctx.items.get(this.resolve(canonicalEntryKey(l.url)));
      return !!it && (it.status === 'part' || it.status === 'master');
    });
  }

  private fail(item: Item, reason: FailureReason, status?: number, detail?: string): void {
    // Not a story where a masterpost link or an unnumbered masterpost entry led: not ours. A probed page: never an error.
    if ((reason === 'not-story' && (item.role === 'candidate' || item.role === 'master') && !item.isStart) || item.probe || item.neighbour) {
      item.status = 'dropped';
      return;
    }
    this.setError(item, reason, failureMessage(reason, status, detail));
  }

  private setError(item: Item, reason: FailureReason, message: string): void {
    item.status = 'error';
    item.error = { key: item.key, url: item.url, index: partIndexOf(item), reason, message };
  }

  // --- discovery -------------------------------------------------------------------------------

  private resolve(key: string): string {
    return resolveKey(this.ctx.aliases, key);
  }

  /** The entry page of a post whose text is behind a cut on a multi-post page: a Wayback start stays on Wayback. */
  entryFetchUrl(postUrl: string): string {
    return this.storyFetchUrlOf(postUrl) ?? stripHash(this.onWayback(postUrl));
  }

  /**
   * What the URL rule fetches for an entry link, a Wayback start staying on Wayback: a live link (a live page read for
   * a part the archive lacks links live, and some archived pages keep a link the archive did not rewrite) is asked of
   * the archive at the start's capture time, and of the live journal only if the archive has no copy (wayback-fallback.ts).
   */
  private storyFetchUrlOf(url: string): string | null {
    return fetchUrlOf(this.onWayback(stripHash(url)));
  }

  private onWayback(url: string): string {
    return this.waybackTs && !unwrapWayback(url) && isEntryUrl(url) ? `https://web.archive.org/web/${this.waybackTs}/${url}` : url;
  }

  /**
   * `work` with its updates held, and one update at its end if it asked for any: a 60-part story's links, each past the
   * first batch a 'deferred' part, were 44 updates in one task (a snapshot and a reader's update each) before its
   * first part could be painted, and a part filed was two (its links', then its own).
   */
  batch(work: () => void): void {
    const outer = this.holding;
    this.holding = true;
    try {
      work();
    } finally {
      this.holding = outer;
    }
    if (!outer && this.held) {
      this.held = false;
      this.emit();
    }
  }

  /** Each of a post's links discovered (`batch`: one update for them all). */
  discoverAll(links: Iterable<PartLink>, from: Item, via: 'part-links' | 'master-list'): void {
    this.batch(() => {
      for (const l of links) this.discover(l, from, via);
    });
  }

  discover(link: PartLink, from: Item, via: 'part-links' | 'master-list'): void {
    if (this.aborted) return;
    const url = link.url;
    if (!url || isJournalNavLink(url) || !isEntryUrl(url)) return;
    // Parts stay on the start's site, but for the journals a header-only start post sent the reader to.
    if (journalSiteOfUrl(url) !== this.family && !this.ctx.policy.allows(url)) return;
    const key = this.resolve(canonicalEntryKey(url));
    // (A gift's link to its own entry is a link to itself.)
    if (key === from.key || key === entryKeyOfPost(from.key)) return;

    const masterLabel = isMasterpostLabel(link.label) && link.index === null;
    const role: Role = via === 'master-list' ? (link.index !== null ? 'part' : 'candidate') : masterLabel ? 'master' : 'part';
    if (via === 'part-links' && !masterLabel) {
      if (isPrevLabel(link.label)) this.ctx.edges.push([key, from.key]);
      else if (isNextLabel(link.label)) this.ctx.edges.push([from.key, key]);
    }

    const known = this.ctx.items.get(key);
    if (known) {
      if (known.hintIndex === null && link.index !== null && role === 'part') known.hintIndex = link.index;
      if (!known.hintLabel && role !== 'master') known.hintLabel = link.label;
      if (known.role === 'candidate' && role === 'part') known.role = 'part';
      return;
    }

    // The URL rule (utils/fetch-url.ts): the entry's own page over https, in the link's address shape, keeping only
    // the display options it had (?format=light, ?style=site/light/mine); the rest of its query never.
    const fetchUrl = this.storyFetchUrlOf(url);
    if (!fetchUrl) return;
    if (!this.ctx.policy.allows(fetchUrl)) {
      if (role === 'master') return;
      const item = this.newItem(key, fetchUrl, role, link.index, from.key);
      this.setError(item, 'not-allowed', failureMessage('not-allowed', undefined, fetchUrl));
      this.emit();
      return;
    }

    if (role === 'master') {
      if (this.masterCount() >= MAX_MASTERPOSTS) return;
    } else if (this.partCount() >= this.maxParts) {
      if (this.ctx.capped) return;
      this.ctx.capped = true;
      const item = this.newItem(key, fetchUrl, role, link.index, from.key);
      item.capped = true;
      this.setError(item, 'too-many-parts', `Inkwell stops at ${this.maxParts} parts: this part and any after it were not loaded. Retry to load this one.`);
      this.emit();
      return;
    }
    const item = this.newItem(key, fetchUrl, role, link.index, from.key);
    item.hintLabel = link.label;
    if (role !== 'master' && this.ctx.started >= this.budget) {
      this.setError(item, 'deferred', MESSAGES.deferred);
      this.emit();
      return;
    }
    this.enqueue(item);
  }

  newItem(key: string, url: string, role: Role, hintIndex: number | null, referrer: string | null, isStart = false): Item {
    const item: Item = { key, url, role, status: 'queued', seq: this.ctx.seq++, hintIndex, referrer, isStart };
    this.ctx.items.set(key, item);
    return item;
  }

  /** Masterposts asked for so far, read or not (MAX_MASTERPOSTS counts them all). */
  private masterCount(): number {
    let n = 0;
    for (const it of this.ctx.items.values()) if (it.role === 'master') n++;
    return n;
  }

  /** Parts found so far (not dropped), and the list page read for them, which counts as one. */
  private partCount(): number {
    let n = this.ctx.indexPage !== undefined ? 1 : 0;
    for (const it of this.ctx.items.values()) if (it.role !== 'master' && it.status !== 'dropped') n++;
    return n;
  }

  emit(state?: StitchState): void {
    const cb = this.opts.onUpdate;
    if (!cb || (this.finished && !state)) return;
    if (this.holding && !state) {
      this.held = true;
      return;
    }
    try {
      cb(state ?? snapshot(this.ctx, false));
    } catch {
      // The caller's callback failing is not a part failing.
    }
  }
}
