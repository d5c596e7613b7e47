/**
 * Stitching: the whole story from the post the reader clicked. Parts are found from the post's
 * part links ("Part 1 | Part 2", "« Previous | Next »"), from a masterpost that lists them (the
 * clicked post may be it, or link to it), and from the part markers of the posts fetched; the
 * journal's own Previous/Next Entry navigation is never followed.
 *
 * The page fetcher and the HTML parser are injected, so the same code runs in the extension
 * (background fetch, DOMParser), in unit tests and in the CLI (saved pages, jsdom). Pure: no
 * browser APIs beyond AbortController and timers, explicit imports only.
 *
 * Guarantees: URLs are compared by `canonicalEntryKey`; every page is fetched at most once per run
 * (a visited set), at most `concurrency` at a time, as soon as its URL is known; only URLs the URL
 * rule builds are fetched (utils/fetch-url.ts: entry pages, https) and only from the journals the
 * fetch policy admits (utils/fetch-policy.ts; a part elsewhere is an error that shows its link);
 * parts stay within the start's site family; at most `maxParts` parts (then one error, never a
 * hang); with `firstBatch`, the parts past it wait for `loadParts` (the reader asks as it nears
 * them); one bad part is an error with a reason and an English message, never an exception; an
 * aborted signal ends it.
 */

import { isJournalNavLink } from './extract/chrome';
import { collapse } from './extract/dom';
import { extractPage, locateStories, type StoryLocation } from './extract/index';
import { chapterLinks } from './extract/part-links';
import { blockOf, isMasterpostLabel, isNavLine } from './extract/parts';
import type { PageExtraction, PartLink, StoryPost } from './extract/types';
import { classifyPage, UNREADABLE_MESSAGES, type UnreadableReason } from './extract/unreadable';
import { FetchPolicy } from './fetch-policy';
import { fetchUrlOf } from './fetch-url';
import { canonicalEntryKey, entryAddress, journalSiteOfUrl, unwrapWayback } from './url';

export type FailureReason =
  /** The page is not a part we can read (utils/extract/unreadable.ts): 'not-found', 'locked', 'login', 'adult-gate', 'not-story'. */
  | UnreadableReason
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'redirect-loop'
  /** Past the cap on parts (200): not fetched unless retried. */
  | 'too-many-parts'
  /** Past the first batch: fetched when the reader nears it (`loadParts`). */
  | 'deferred'
  /** On a journal the fetch policy does not admit for this story: never fetched. */
  | 'not-allowed'
  /** The site redirected it off the journal sites (or to plain http): not followed. */
  | 'off-site-redirect';

export type FetchResult =
  | { ok: true; url: string /* final URL after redirects */; status: number; html: string }
  | { ok: false; url: string; reason: FailureReason; status?: number; message?: string };

export type PageFetcher = (url: string, signal?: AbortSignal) => Promise<FetchResult>;
/** Injected: DOMParser in the extension, jsdom in tests and the CLI. */
export type PageParser = (html: string, url: string) => Document;

export interface StitchedPart {
  key: string;
  url: string;
  index: number | null;
  title: string;
  post: StoryPost;
}

export interface StitchError {
  key: string;
  url: string;
  index: number | null;
  reason: FailureReason;
  message: string;
}

export interface StitchState {
  /** Part keys in reading order, as known so far: parts that arrived and parts that failed. */
  order: string[];
  parts: Map<string, StitchedPart>;
  /** Every key here is also in `order`. */
  errors: Map<string, StitchError>;
  masterpost: StoryPost | null;
  done: boolean;
  /**
   * Parts known but not arrived yet (their links were found; they are queued or being fetched),
   * with the URL and the part number a link gave. Absent when there are none (always once done).
   */
  pending?: Map<string, { url: string; index: number | null }>;
  /** Every part key in reading order, pending ones included; absent when none is pending (then `order`). */
  known?: string[];
}

export interface StitchOptions {
  fetchPage: PageFetcher;
  parse: PageParser;
  /** Fetches at once (default 4). */
  concurrency?: number;
  /** Parts at most (default 200); the first part beyond it becomes an error. */
  maxParts?: number;
  signal?: AbortSignal;
  /** Called as each part arrives or fails, and once more when done. */
  onUpdate?: (state: StitchState) => void;
  /** A fetch that has not answered by then counts as timed out (default 45 s): nothing hangs. */
  timeoutMs?: number;
  /**
   * Parts fetched before the rest wait (default: no limit; the start's own page not counted). The others are in the state, in
   * order, as 'deferred' errors; `loadParts` fetches them (the reader, as it nears them).
   */
  firstBatch?: number;
}

const DEFAULT_CONCURRENCY = 4;
const DEFAULT_MAX_PARTS = 200;
/**
 * The reader's first batch: parts fetched when a story is first opened, the rest as the reader
 * nears them. 16 is four rounds of the background's 4 fetches at a time: a whole story for nearly
 * every multi-part fic on these sites (most have 2 to 12 parts; the fixtures' longest real story
 * has 10), while a page listing 200 "parts" (or a flood of fake ones) costs 16 requests with the
 * reader's cookies at open, not 200, and the reader is never more than a screen or two from the
 * next batch.
 */
export const FIRST_BATCH = 16;
const DEFAULT_TIMEOUT_MS = 45_000;
/** Masterposts fetched at most per run (a masterpost may link to a series masterlist, and so on). */
const MAX_MASTERPOSTS = 8;

// ---------------------------------------------------------------------------------------------
// Messages

const MESSAGES: Record<FailureReason, string> = {
  ...UNREADABLE_MESSAGES,
  'server-error': 'The journal site had an error showing this part. Try again in a little while.',
  network: 'This part could not be fetched because of a network error. Check the connection and try again.',
  timeout: 'This part timed out: the journal site took too long to answer. Try again.',
  'redirect-loop': 'The journal site kept redirecting instead of showing this part (a redirect loop).',
  'too-many-parts': 'Inkwell stops at 200 parts: this part and any after it were not loaded. Retry to load this one.',
  deferred: 'Not loaded yet: this part loads as you reach it.',
  'not-allowed':
    'Inkwell did not fetch this part: it is on a journal that neither the post you opened nor the journal it is on links to, so it was not fetched with your login. Open it on the site if you trust the link.',
  'off-site-redirect': 'The link to this part redirected away from the journal sites (or to plain http), so Inkwell did not follow it.',
};

/** A clear English message for a failure, with the site's status or the fetcher's detail. */
export function failureMessage(reason: FailureReason, status?: number, detail?: string): string {
  let msg = MESSAGES[reason];
  if (status && reason === 'server-error') msg = `${msg} (HTTP ${status})`;
  else if (status && status >= 400 && reason !== 'not-story') msg = `${msg} (HTTP ${status})`;
  const d = detail?.trim();
  if (d && !msg.includes(d)) msg = `${msg} ${/[.!?]$/.test(d) ? d : `${d}.`}`;
  return msg;
}

// ---------------------------------------------------------------------------------------------
// Links

const PREV_LABEL = /^[\s«‹<←]*(?:prev(?:ious)?|back)\b|^\s*[«‹<←]/i;
const NEXT_LABEL = /\b(?:next|continued|continue|forward)\b|[»›>→]\s*$/i;

function stripHash(url: string): string {
  const i = url.indexOf('#');
  return i < 0 ? url : url.slice(0, i);
}

function isEntryUrl(url: string): boolean {
  const a = entryAddress(url);
  return !!a && a.itemId !== null;
}

/**
 * Part links extraction may have missed: links in the post's body on lines that only navigate
 * between parts ("Part 1 | Part 2 | Part 3", "← Chapter 1 | Masterpost | Chapter 3 →",
 * "Story masterpost: »"), read as a chapter's links are (extract/part-links.ts).
 */
export function navLinksInPost(doc: Document, pageUrl: string, post: StoryPost, known?: StoryLocation[]): PartLink[] {
  // The page's extraction, when the caller has it already (reading a page twice doubled the cost
  // of every part that arrived).
  let locations = known;
  try {
    locations ??= locateStories(doc, pageUrl).locations;
  } catch {
    return [];
  }
  const key = canonicalEntryKey(post.url);
  const loc = locations.find((l) => canonicalEntryKey(l.story.url) === key) ?? (locations.length === 1 ? locations[0] : null);
  if (!loc) return [];
  const navBlocks = new Set<Element>();
  for (const a of Array.from(loc.body.querySelectorAll('a[href]'))) {
    const block = blockOf(a, loc.body);
    if (!navBlocks.has(block) && isNavLine(block)) navBlocks.add(block);
  }
  const lines = [...navBlocks].map((block) => ({
    text: collapse(block.textContent ?? ''),
    links: Array.from(block.querySelectorAll('a[href]')).map((a) => ({ href: a.getAttribute('href') ?? '', text: collapse(a.textContent ?? '') })),
  }));
  return chapterLinks(lines, key, pageUrl).partLinks.filter((l) => isEntryUrl(l.url));
}

// ---------------------------------------------------------------------------------------------
// The stitcher

type Role = 'part' | 'candidate' | 'master';
type Status = 'queued' | 'fetching' | 'part' | 'error' | 'master' | 'dropped';

interface Item {
  key: string;
  /** The URL to fetch and to open the post at. */
  url: string;
  role: Role;
  status: Status;
  seq: number;
  /** The part number a link to it named ("Part 3"), or a masterpost listed it as. */
  hintIndex: number | null;
  /** The words of the first link that found it ("Part 1b", "« Prologue"): its place when the post does not say. */
  hintLabel?: string;
  /** Key of the page whose link found it. */
  referrer: string | null;
  isStart: boolean;
  post?: StoryPost;
  error?: StitchError;
  /** The part beyond maxParts: not fetched unless retried. */
  capped?: boolean;
}

interface Context {
  items: Map<string, Item>;
  aliases: Map<string, string>;
  edges: [string, string][];
  masterpost: StoryPost | null;
  masterList: string[];
  seq: number;
  capped: boolean;
  startKey: string | null;
  startUrl: string;
  /** Which journals parts may come from (utils/fetch-policy.ts). */
  policy: FetchPolicy;
  /** Parts (not masterposts) queued for fetching so far: the first batch counts them. */
  started: number;
}

const contexts = new WeakMap<StitchState, Context>();

class Stitcher {
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
  private aborted = false;
  private finished = false;
  private idle: (() => void) | null = null;

  constructor(ctx: Context, opts: StitchOptions) {
    this.ctx = ctx;
    this.opts = opts;
    this.concurrency = Math.max(1, Math.floor(opts.concurrency ?? DEFAULT_CONCURRENCY));
    this.maxParts = Math.max(1, Math.floor(opts.maxParts ?? DEFAULT_MAX_PARTS));
    this.timeoutMs = opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.family = journalSiteOfUrl(ctx.startUrl);
    this.waybackTs = unwrapWayback(ctx.startUrl)?.timestamp ?? null;
    this.budget = opts.firstBatch === undefined ? Number.POSITIVE_INFINITY : Math.max(1, Math.floor(opts.firstBatch));
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
        if (!this.aborted && (this.active > 0 || this.queue.length > 0)) {
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
    if (this.aborted || (this.active === 0 && this.queue.length === 0)) {
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
    const state = this.snapshot(true);
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
  async fetchWithTimeout(url: string): Promise<FetchResult> {
    const ctrl = new AbortController();
    const outer = this.opts.signal;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let onAbort: (() => void) | undefined;
    const stop = new Promise<FetchResult>((resolve) => {
      timer = setTimeout(() => {
        ctrl.abort();
        resolve({ ok: false, url, reason: 'timeout', message: `No answer within ${Math.round(this.timeoutMs / 1000)} s.` });
      }, this.timeoutMs);
      onAbort = () => {
        ctrl.abort();
        resolve({ ok: false, url, reason: 'network', message: 'Stopped.' });
      };
      if (outer?.aborted) onAbort();
      else outer?.addEventListener('abort', onAbort);
    });
    try {
      const fetched = Promise.resolve()
        .then(() => this.opts.fetchPage(url, ctrl.signal))
        .catch((e: unknown): FetchResult => ({ ok: false, url, reason: 'network', message: e instanceof Error ? e.message : String(e) }));
      return await Promise.race([fetched, stop]);
    } finally {
      clearTimeout(timer);
      if (onAbort) outer?.removeEventListener('abort', onAbort);
    }
  }

  /** Fetches an item's page and files what it is. Never throws. */
  private async load(item: Item): Promise<void> {
    // The URL rule and the policy once more (a retried or restored item never passed discover).
    const url = fetchUrlOf(item.url);
    if (!url || !this.ctx.policy.allows(url)) {
      this.setError(item, 'not-allowed', failureMessage('not-allowed', undefined, item.url));
      this.emit();
      return;
    }
    const res = await this.fetchWithTimeout(url);
    if (this.aborted || this.finished) return;
    try {
      this.settle(item, res);
    } catch (e) {
      this.setError(item, 'not-story', `This page could not be read (${e instanceof Error ? e.message : String(e)}).`);
    }
    this.emit();
  }

  private settle(item: Item, res: FetchResult): void {
    if (!res.ok) {
      this.fail(item, res.reason, res.status, res.message);
      return;
    }
    // Redirected to an entry on a journal the policy does not admit: not read.
    if (isEntryUrl(res.url) && !this.ctx.policy.allows(fetchUrlOf(res.url) ?? res.url)) {
      this.fail(item, 'not-allowed', undefined, res.url);
      return;
    }
    // Redirected to another entry we already have (a renamed journal, a moved post): one part.
    const finalKey = isEntryUrl(res.url) ? canonicalEntryKey(res.url) : null;
    if (finalKey && finalKey !== item.key) {
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
    if (reason) {
      this.fail(item, reason, res.status >= 400 ? res.status : undefined);
      return;
    }
    const post = pickPost(ex, item.key);
    if (!post) {
      this.fail(item, 'not-story');
      return;
    }
    this.file(item, post, ex.kind === 'masterpost', doc, res.url, located.locations);
  }

  /** A post arrived for an item: a part, a masterpost, or not part of this story. */
  file(item: Item, post: StoryPost, isMasterpost: boolean, doc: Document | null, pageUrl: string, locations?: StoryLocation[]): void {
    const extra = doc ? navLinksInPost(doc, pageUrl, post, locations) : [];
    const links = mergeLinks(post.partLinks, extra);
    // The home journal's pages (and the chosen post's) admit the journals they link to.
    this.ctx.policy.learn(
      pageUrl,
      links.map((l) => l.url),
    );
    if (isMasterpost || isHeaderOnly(post) || (item.role === 'master' && !post.part)) {
      this.fileMasterpost(item, post, links);
      return;
    }
    if (item.role === 'candidate' && !this.belongs(post)) {
      item.status = 'dropped';
      return;
    }
    item.status = 'part';
    item.post = post;
    delete item.error;
    for (const l of links) this.discover(l, item, 'part-links');
  }

  private fileMasterpost(item: Item, post: StoryPost, links: PartLink[]): void {
    item.status = 'master';
    item.post = post;
    const keys = links.filter((l) => isEntryUrl(l.url)).map((l) => this.resolve(canonicalEntryKey(l.url)));
    // A masterpost found from a part must list that part (not the author's masterlist of everything).
    // So must one that a header-only post led to (the header post listed nothing else).
    const fromHeaderOnly = !!this.ctx.masterpost && isHeaderOnly(this.ctx.masterpost) && this.ctx.masterList.length <= 1 && item.referrer === canonicalEntryKey(this.ctx.masterpost.url);
    const accept = item.isStart || fromHeaderOnly || (item.referrer !== null && keys.includes(item.referrer)) || keys.some((k) => this.ctx.items.get(k)?.status === 'part');
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
    for (const l of links) this.discover(l, item, 'master-list');
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
    // Not a story where a masterpost link or an unnumbered masterpost entry led: not ours.
    if (reason === 'not-story' && (item.role === 'candidate' || item.role === 'master') && !item.isStart) {
      item.status = 'dropped';
      return;
    }
    this.setError(item, reason, failureMessage(reason, status, detail));
  }

  private setError(item: Item, reason: FailureReason, message: string): void {
    item.status = 'error';
    item.error = { key: item.key, url: item.url, index: this.indexOf(item), reason, message };
  }

  // --- discovery -------------------------------------------------------------------------------

  private resolve(key: string): string {
    let k = key;
    for (let i = 0; i < 5 && this.ctx.aliases.has(k); i++) k = this.ctx.aliases.get(k)!;
    return k;
  }

  /** The entry page of a post whose text is behind a cut on a multi-post page: a Wayback start stays on Wayback. */
  entryFetchUrl(postUrl: string): string {
    const url = this.waybackTs && !unwrapWayback(postUrl) ? `https://web.archive.org/web/${this.waybackTs}/${postUrl}` : postUrl;
    return fetchUrlOf(url) ?? stripHash(url);
  }

  discover(link: PartLink, from: Item, via: 'part-links' | 'master-list'): void {
    if (this.aborted) return;
    const url = link.url;
    if (!url || isJournalNavLink(url) || !isEntryUrl(url)) return;
    // Parts stay on the start's site, but for the journals a header-only start post sent the reader to.
    if (journalSiteOfUrl(url) !== this.family && !this.ctx.policy.allows(url)) return;
    const key = this.resolve(canonicalEntryKey(url));
    if (key === from.key) return;

    const masterLabel = isMasterpostLabel(link.label) && link.index === null;
    const role: Role = via === 'master-list' ? (link.index !== null ? 'part' : 'candidate') : masterLabel ? 'master' : 'part';
    if (via === 'part-links' && !masterLabel) {
      if (PREV_LABEL.test(link.label)) this.ctx.edges.push([key, from.key]);
      else if (NEXT_LABEL.test(link.label)) this.ctx.edges.push([from.key, key]);
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
    const fetchUrl = fetchUrlOf(stripHash(url));
    if (!fetchUrl) return;
    if (!this.ctx.policy.allows(fetchUrl)) {
      if (role === 'master') return;
      const item = this.newItem(key, fetchUrl, role, link.index, from.key);
      this.setError(item, 'not-allowed', failureMessage('not-allowed', undefined, fetchUrl));
      this.emit();
      return;
    }

    if (role === 'master') {
      const masters = [...this.ctx.items.values()].filter((i) => i.role === 'master').length;
      if (masters >= MAX_MASTERPOSTS) return;
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

  private partCount(): number {
    let n = 0;
    for (const it of this.ctx.items.values()) if (it.role !== 'master' && it.status !== 'dropped') n++;
    return n;
  }

  // --- state -----------------------------------------------------------------------------------

  private indexOf(item: Item): number | null {
    return item.post?.part?.index ?? item.hintIndex;
  }

  /** Where a part stands among the numbered ones: its number, a half part ("1b") after the first half. */
  private positionOf(item: Item): number | null {
    const index = this.indexOf(item);
    if (index === null) return null;
    const texts = [item.post?.subject ?? '', item.post?.fields.title ?? '', item.hintLabel ?? ''];
    return index + (texts.map((t) => halfPartOf(t, index)).find((n) => n > 0) ?? 0) / 100;
  }

  emit(state?: StitchState): void {
    const cb = this.opts.onUpdate;
    if (!cb || (this.finished && !state)) return;
    try {
      cb(state ?? this.snapshot(false));
    } catch {
      // The caller's callback failing is not a part failing.
    }
  }

  private visible(done: boolean): Item[] {
    const items = [...this.ctx.items.values()];
    const parts = items.filter((i) => i.status === 'part');
    const out = items.filter((i) => i.status === 'part' || (i.status === 'error' && i.role !== 'master'));
    if (done) {
      // A masterpost that failed matters only when parts seem to be missing.
      const masterErrors = items.filter((i) => i.status === 'error' && i.role === 'master');
      if (masterErrors.length && storyLooksIncomplete(parts.map((p) => p.post!))) out.push(...masterErrors);
    }
    return out;
  }

  snapshot(done: boolean): StitchState {
    const visible = this.visible(done);
    // Parts whose links are known, still on their way: the reader shows them as placeholders.
    const waiting = done ? [] : [...this.ctx.items.values()].filter((i) => i.role === 'part' && (i.status === 'queued' || i.status === 'fetching'));
    // One sort for both: an item's place does not depend on which others are sorted with it.
    const known = this.readingOrder(waiting.length ? [...visible, ...waiting] : visible);
    const shown = new Set(visible.map((i) => i.key));
    const order = waiting.length ? known.filter((k) => shown.has(k)) : known;
    const parts = new Map<string, StitchedPart>();
    const errors = new Map<string, StitchError>();
    for (const key of order) {
      const it = this.ctx.items.get(key)!;
      if (it.status === 'part' && it.post) {
        parts.set(key, { key, url: it.url, index: this.indexOf(it), title: partTitle(it.post, this.indexOf(it)), post: it.post });
      } else if (it.error) {
        errors.set(key, { ...it.error, index: this.indexOf(it) });
      }
    }
    const state: StitchState = { order, parts, errors, masterpost: this.ctx.masterpost, done };
    if (waiting.length) {
      state.pending = new Map(waiting.map((it) => [it.key, { url: it.url, index: this.indexOf(it) }]));
      state.known = known;
    }
    return state;
  }

  /**
   * Reading order: by part number where known; else by the masterpost's order (placed among the
   * numbered parts by its neighbours in the list); else by "« Previous | Next »" links relative to
   * parts already placed; else by discovery. Ties keep both parts, in a stable order.
   */
  private readingOrder(visible: Item[]): string[] {
    const all = [...this.ctx.items.values()].filter((i) => i.status !== 'dropped' && i.status !== 'master' && !(i.role === 'master' && i.status !== 'part'));
    const pos = new Map<string, number>();
    for (const it of all) {
      const idx = this.positionOf(it);
      if (idx !== null) pos.set(it.key, idx);
    }
    // The masterpost's list.
    const list = this.ctx.masterList;
    const listIdx = list.map((k) => pos.get(this.resolve(k)) ?? null);
    const anyListIdx = listIdx.some((x) => x !== null);
    list.forEach((k0, r) => {
      const k = this.resolve(k0);
      if (pos.has(k) || !this.ctx.items.has(k)) return;
      if (!anyListIdx) {
        pos.set(k, r + 1);
        return;
      }
      for (let p = r - 1; p >= 0; p--) {
        if (listIdx[p] !== null) {
          pos.set(k, listIdx[p]! + (r - p) * 0.001);
          return;
        }
      }
      for (let q = r + 1; q < list.length; q++) {
        if (listIdx[q] !== null) {
          pos.set(k, listIdx[q]! - (q - r) * 0.001);
          return;
        }
      }
    });
    // A prologue comes before the numbered parts and an epilogue after them, when nothing else placed them.
    if (pos.size) {
      const last = Math.max(...pos.values());
      for (const it of all) {
        if (pos.has(it.key)) continue;
        const place = unnumberedPlaceOf(it);
        if (place === 'prologue') pos.set(it.key, 0);
        else if (place === 'epilogue') pos.set(it.key, Math.floor(last) + 1);
      }
    }
    // Previous/next links.
    const edges = this.ctx.edges.map(([a, b]) => [this.resolve(a), this.resolve(b)] as const);
    if (edges.length) {
      let step = 0.5;
      if (pos.size === 0) {
        const seed = this.ctx.startKey && this.ctx.items.has(this.ctx.startKey) ? this.ctx.startKey : all.sort((a, b) => a.seq - b.seq)[0]?.key;
        if (seed) pos.set(seed, 0);
        step = 1;
      }
      for (let pass = 0, changed = true; changed && pass < all.length + 2; pass++) {
        changed = false;
        for (const [a, b] of edges) {
          if (pos.has(a) && !pos.has(b)) {
            pos.set(b, pos.get(a)! + step);
            changed = true;
          } else if (pos.has(b) && !pos.has(a)) {
            pos.set(a, pos.get(b)! - step);
            changed = true;
          }
        }
      }
    }
    const rank = (k: string) => {
      const r = list.findIndex((x) => this.resolve(x) === k);
      return r < 0 ? Number.POSITIVE_INFINITY : r;
    };
    const keyed = visible.map((it) => ({ it, p: pos.get(it.key) ?? Number.POSITIVE_INFINITY, r: rank(it.key) }));
    keyed.sort((x, y) => (x.p !== y.p ? (x.p < y.p ? -1 : 1) : x.r !== y.r ? (x.r < y.r ? -1 : 1) : x.it.seq - y.it.seq));
    return keyed.map((x) => x.it.key);
  }
}

function statusReason(status: number): FailureReason {
  if (status === 401 || status === 403) return 'locked';
  if (status >= 500) return 'server-error';
  return 'not-found';
}

/** The story on a fetched page: the entry's own post, else the one story. */
function pickPost(ex: PageExtraction, key: string): StoryPost | null {
  if (!ex.stories.length) return null;
  return ex.stories.find((s) => canonicalEntryKey(s.url) === key) ?? ex.stories[0];
}

/**
 * A story post with a header and no story: it says where the story is (a journal entry it links, or
 * AO3 and such in `elsewhere`). It is the story's masterpost, never a part with an empty body.
 */
export function isHeaderOnly(post: StoryPost): boolean {
  return !post.bodyText.trim() && (post.partLinks.length > 0 || (post.elsewhere?.length ?? 0) > 0);
}

/**
 * The entries a header-only post says hold its story ("the story is at my other journal"): the
 * fetch policy admits their journals on any journal site (utils/fetch-policy.ts).
 */
export function storyLinksAnySite(post: StoryPost): string[] {
  return isHeaderOnly(post) ? post.partLinks.map((l) => l.url) : [];
}

/** The letter of a half part ("1b/3", "Part 1b") as 1 for a, 2 for b…; 0 when `text` names none for this index. */
function halfPartOf(text: string, index: number): number {
  const m = /(?:^|[^\p{L}\p{N}])(\d{1,3})([a-e])(?=\s*(?:\/|of\b|[^\p{L}\p{N}]|$))/iu.exec(text);
  return m && Number(m[1]) === index ? m[2].toLowerCase().charCodeAt(0) - 96 : 0;
}

/** "Prologue" or "Epilogue" (also "Coda", "Afterword"), from the part's own subject or the link that found it. */
function unnumberedPlaceOf(item: { post?: StoryPost; hintLabel?: string }): 'prologue' | 'epilogue' | null {
  const texts = [item.post?.subject ?? '', item.hintLabel ?? ''];
  for (const t of texts) {
    if (/\bprologue\b/i.test(t)) return 'prologue';
    if (/\b(?:epilogue|coda|afterword)\b/i.test(t)) return 'epilogue';
  }
  return null;
}

function mergeLinks(a: PartLink[], b: PartLink[]): PartLink[] {
  if (!b.length) return a;
  const keys = new Set(a.map((l) => canonicalEntryKey(l.url)));
  return [...a, ...b.filter((l) => !keys.has(canonicalEntryKey(l.url)))];
}

function normTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

function sameTitle(a: string, b: string): boolean {
  const x = normTitle(a);
  const y = normTitle(b);
  return x.length >= 3 && y.length >= 3 && (x === y || x.includes(y) || y.includes(x));
}

function partTitle(post: StoryPost, index: number | null): string {
  return post.fields.title || post.subject || (index !== null ? `Part ${index}` : 'Untitled');
}

function storyLooksIncomplete(posts: StoryPost[]): boolean {
  if (posts.length <= 1) return true;
  const totals = posts.map((p) => p.part?.total ?? null).filter((t): t is number => t !== null);
  if (!totals.length) return false;
  const indices = new Set(posts.map((p) => p.part?.index).filter((i) => i !== undefined));
  return indices.size < Math.max(...totals);
}

function newContext(startUrl: string): Context {
  return {
    items: new Map(),
    aliases: new Map(),
    edges: [],
    masterpost: null,
    masterList: [],
    seq: 0,
    capped: false,
    startKey: null,
    startUrl,
    policy: FetchPolicy.forStory(startUrl, startUrl, []),
    started: 0,
  };
}

// ---------------------------------------------------------------------------------------------
// API

/**
 * Assembles the story the post at `start` belongs to. `start.post` is the clicked post as
 * extracted (and `start.doc` its page, when at hand); with neither, the page at `start.url` is
 * fetched. Resolves once every part has arrived or failed (or the signal aborted); `onUpdate`
 * sees each step.
 */
export async function stitchStory(start: { url: string; post?: StoryPost; doc?: Document }, opts: StitchOptions): Promise<StitchState> {
  const ctx = newContext(start.url);
  const s = new Stitcher(ctx, opts);
  return s.run(async () => {
    let { post, doc } = start;
    let isMasterpost = false;
    let pageUrl = start.url;

    if (!post && !doc) {
      const url = fetchUrlOf(start.url);
      if (!url) {
        failStart(s, ctx, start.url, 'not-story', failureMessage('not-story'));
        return;
      }
      const res = await s.fetchWithTimeout(url);
      if (!res.ok) {
        failStart(s, ctx, start.url, res.reason, failureMessage(res.reason, res.status, res.message));
        return;
      }
      pageUrl = res.url;
      doc = opts.parse(res.html, res.url);
    }
    if (!post && doc) {
      const ex = extractPage(doc, pageUrl);
      const key = canonicalEntryKey(pageUrl);
      if (ex.kind === 'index' && ex.stories.length) {
        post = pickPost(ex, key)!;
      } else {
        const reason = classifyPage(doc, pageUrl, ex);
        if (reason || !ex.stories.length) {
          failStart(s, ctx, start.url, reason ?? 'not-story', failureMessage(reason ?? 'not-story'));
          return;
        }
        post = pickPost(ex, key)!;
        isMasterpost = ex.kind === 'masterpost';
      }
    } else if (post && doc && canonicalEntryKey(pageUrl) === canonicalEntryKey(post.url) && !post.complete && !post.bodyText) {
      // The clicked post may be a masterpost on its own page.
      try {
        isMasterpost = extractPage(doc, pageUrl).kind === 'masterpost';
      } catch {
        isMasterpost = false;
      }
    }
    if (!post) return;

    // Rules 1 and 2 of the fetch policy: the page it was opened on, the post and what it links to.
    ctx.policy = FetchPolicy.forStory(
      start.url,
      post.url,
      post.partLinks.map((l) => l.url),
      storyLinksAnySite(post),
    );
    fileStart(s, ctx, post, doc ?? null, pageUrl, isMasterpost);
  });
}

/** Files the post the reader started from (a part or a masterpost), whose links lead to the rest. */
function fileStart(s: Stitcher, ctx: Context, post: StoryPost, doc: Document | null, pageUrl: string, isMasterpost: boolean): void {
  const key = canonicalEntryKey(post.url);
  ctx.startKey ??= key;
  // Read from its own entry page (a document we hold): all its text is there. A post given
  // without its document may come from a multi-post page, whatever `start.url` says.
  const onEntryPage = !!doc && isEntryUrl(pageUrl) && canonicalEntryKey(pageUrl) === key;
  // A header-only post leads to its story (on a multi-post page an empty post may be a cut post).
  if (isHeaderOnly(post) && (onEntryPage || post.complete)) isMasterpost = true;
  const url = onEntryPage ? stripHash(pageUrl) : s.entryFetchUrl(post.url);
  // Going on from a saved copy, the start may be one of its parts already.
  const known = ctx.items.get(key);
  const item = known && known.status !== 'dropped' ? known : s.newItem(key, url, isMasterpost ? 'master' : 'part', post.part?.index ?? null, null, true);
  item.isStart = true;

  if (!isMasterpost && !post.complete && !onEntryPage) {
    // Behind an lj-cut on a multi-post page: read it from its entry page (its links are known
    // already). On its own entry page the text is all there, whatever `complete` says.
    for (const l of post.partLinks) s.discover(l, item, 'part-links');
    if (item.status !== 'part') s.enqueue(item);
    else s.emit();
    return;
  }
  item.status = 'fetching';
  s.file(item, post, isMasterpost, doc, pageUrl);
  s.emit();
}

function failStart(s: Stitcher, ctx: Context, url: string, reason: FailureReason, message: string): void {
  const key = canonicalEntryKey(url);
  ctx.startKey = key;
  const item = s.newItem(key, stripHash(url), 'part', null, null, true);
  item.status = 'error';
  item.error = { key, url: item.url, index: null, reason, message };
  s.emit();
}

/**
 * Fetches one failed part again (and whatever it leads to: a masterpost that failed may list
 * parts not seen yet). Returns the new state; `state` itself is left as it was.
 */
export function retryPart(state: StitchState, key: string, opts: StitchOptions): Promise<StitchState> {
  return loadParts(state, [key], opts);
}

/**
 * Fetches these parts (deferred, capped or failed ones; others are left alone) and files what they
 * are. With `firstBatch` in `opts`, what they lead to waits in turn (deferred), so each load costs
 * the parts asked for. Returns the new state; `state` itself is left as it was.
 */
export async function loadParts(state: StitchState, keys: string[], opts: StitchOptions): Promise<StitchState> {
  const ctx = cloneContext(contexts.get(state) ?? contextFromState(state));
  const s = new Stitcher(ctx, opts);
  return s.run(async () => {
    for (const key of keys) {
      const item = ctx.items.get(key);
      if (!item || item.status !== 'error') continue;
      delete item.error;
      item.capped = false;
      s.enqueue(item);
    }
    s.holdAtQueued();
  });
}

/**
 * Goes on from a story already assembled, a saved copy shown while this runs, fetching only what
 * it lacks: its pending parts (saved without their text), the failed parts named in `retry`, and,
 * from `from` (the live page the reader was opened on), the parts that page links to that the
 * story does not have, and whatever those lead to. Parts it has are not fetched again, nor the
 * pages in `skip` (a masterpost read before). Returns the new state; `state` is left as it was.
 */
export async function extendStory(
  state: StitchState,
  more: { from?: { url: string; post: StoryPost; doc?: Document; isMasterpost?: boolean }; retry?: string[]; skip?: string[] },
  opts: StitchOptions,
): Promise<StitchState> {
  const ctx = cloneContext(contexts.get(state) ?? contextFromState(state));
  const s = new Stitcher(ctx, opts);
  return s.run(async () => {
    for (const key of more.skip ?? []) if (!ctx.items.has(key)) s.newItem(key, key, 'master', null, null).status = 'dropped';
    for (const key of more.retry ?? []) {
      const item = ctx.items.get(key);
      if (item?.status !== 'error') continue;
      delete item.error;
      item.capped = false;
      item.status = 'queued';
    }
    if (more.from) {
      // Rules 1 and 2 of the fetch policy from the live page the reader opened on, with the
      // journals the saved parts came from (admitted when they were fetched).
      const had = [...ctx.items.values()].filter((i) => i.status !== 'dropped' && i.error?.reason !== 'not-allowed').map((i) => i.url);
      ctx.policy = FetchPolicy.forStory(more.from.url, more.from.post.url, [...had, ...more.from.post.partLinks.map((l) => l.url)], [...had, ...storyLinksAnySite(more.from.post)]);
      // The live page first: a part it holds is read from it, not fetched.
      fileStart(s, ctx, more.from.post, more.from.doc ?? null, more.from.url, more.from.isMasterpost ?? false);
    }
    for (const item of [...ctx.items.values()]) if (item.status === 'queued') s.enqueue(item);
    s.emit();
  });
}

function cloneContext(c: Context): Context {
  const items = new Map<string, Item>();
  for (const [k, it] of c.items) items.set(k, { ...it });
  return { ...c, items, aliases: new Map(c.aliases), edges: [...c.edges], masterList: [...c.masterList], policy: FetchPolicy.fromJSON(c.policy.toJSON()) };
}

/** A context rebuilt from a plain state (one restored from storage): known parts are not fetched again. */
function contextFromState(state: StitchState): Context {
  const order = state.known ?? state.order;
  const first = order[0];
  const firstUrl = state.parts.get(first)?.url ?? state.errors.get(first)?.url ?? state.pending?.get(first)?.url ?? state.masterpost?.url ?? '';
  const ctx = newContext(firstUrl);
  for (const key of order) {
    const part = state.parts.get(key);
    const err = state.errors.get(key);
    const pending = state.pending?.get(key);
    const base = { key, role: 'part' as Role, seq: ctx.seq++, referrer: null, isStart: false };
    if (part) ctx.items.set(key, { ...base, url: part.url, status: 'part', hintIndex: part.index, post: part.post });
    else if (err) ctx.items.set(key, { ...base, url: err.url, status: 'error', hintIndex: err.index, error: err });
    // Known but without its text (saved before it arrived, or its text dropped): to be fetched.
    else if (pending) ctx.items.set(key, { ...base, url: pending.url, status: 'queued', hintIndex: pending.index });
  }
  for (const [key, err] of state.errors) {
    if (!ctx.items.has(key)) ctx.items.set(key, { key, url: err.url, role: 'master', status: 'error', seq: ctx.seq++, hintIndex: null, referrer: null, isStart: false, error: err });
  }
  // The journals its parts came from were admitted when they were fetched; a refused part stays refused.
  const admitted = [...state.parts.values()].map((p) => p.url);
  for (const err of state.errors.values()) if (err.reason !== 'not-allowed') admitted.push(err.url);
  for (const p of state.pending?.values() ?? []) admitted.push(p.url);
  if (state.masterpost) admitted.push(state.masterpost.url);
  ctx.policy = FetchPolicy.forStory(firstUrl, firstUrl, admitted, admitted);
  ctx.started = state.parts.size;
  if (state.masterpost) {
    ctx.masterpost = state.masterpost;
    ctx.masterList = state.masterpost.partLinks.map((l) => canonicalEntryKey(l.url));
    const mk = canonicalEntryKey(state.masterpost.url);
    if (!ctx.items.has(mk))
      ctx.items.set(mk, { key: mk, url: state.masterpost.url, role: 'master', status: 'master', seq: ctx.seq++, hintIndex: null, referrer: null, isStart: false, post: state.masterpost });
  }
  // Parts without a number keep the order they had.
  order.forEach((k, i) => {
    if (i > 0) {
      const a = ctx.items.get(order[i - 1]);
      const b = ctx.items.get(k);
      if (a && b && (a.hintIndex === null || b.hintIndex === null)) ctx.edges.push([a.key, b.key]);
    }
  });
  return ctx;
}
