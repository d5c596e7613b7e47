/**
 * Stitching a fill: every part of a story that lives in an entry's comments (a kink-meme fill),
 * from the page the reader was opened on. The entry's other comment pages (`?page=N`) are read for
 * parts posted later (a filler continuing in a new thread), and a part the sites show collapsed
 * (one line: its subject and a link) is read from its own `?thread=N` page, where it is in full.
 *
 * Same contract as the stitcher (index.ts): the page fetcher and parser are injected (the background's
 * queue and DOMParser in the extension, saved pages and jsdom in tests); only comment pages of the
 * story's own entry are asked for (utils/fetch-url.ts `commentPageUrlOf`, which the background's
 * policy checks again); at most `concurrency` fetches at a time; bounded (comments read, comment
 * pages, parts), with a note when a bound stops the search; one bad page or part is a message,
 * never an exception; an aborted signal ends it. The first part is reported before any fetch.
 */

import { sameTitle } from '../extract/comment-subjects';
import type { Fill } from '../extract/comment-thread';
import { fillsOnPage, ownCommentFill, type PageComment, partStory } from '../extract/comments';
import type { StoryPost } from '../extract/types';
import { commentPageUrlOf } from '../fetch-url';
import { canonicalEntryKey, entryUrl } from '../url';
import { FETCH_CONCURRENCY } from './scheduler';
import type { FailureReason, PageFetcher, PageParser } from './types';

export interface FillStitchOptions {
  fetchPage: PageFetcher;
  parse: PageParser;
  /** Fetches at a time (the background queue's own limit is the same). */
  concurrency?: number;
  /** Comments read over all pages before the search stops. */
  maxComments?: number;
  /** Comment pages (`?page=`, `?thread=`) fetched at most. */
  maxPages?: number;
  maxParts?: number;
  signal?: AbortSignal;
  /** A part's text arrived (the first one at once, from the page the reader is on). */
  onPart?: (part: FillPartResult) => void;
  onProgress?: (progress: FillProgress) => void;
}

export interface FillProgress {
  found: number;
  total: number | null;
  done: boolean;
  /** "part 12 of 40 found, still looking" */
  message: string;
}

export type FillFailure = FailureReason | 'missing' | 'deleted' | 'screened';

export interface FillPartResult {
  /** The comment's id ('' for a part known only by its number: not found anywhere). */
  id: string;
  /** The comment's permalink (`?thread=N#cmtN`), or the entry's for a part not found. */
  url: string;
  index: number | null;
  piece: string;
  post: StoryPost | null;
  error: { reason: FillFailure; message: string } | null;
}

export interface FillStitch {
  title: string;
  author: string;
  /** The prompt the fill answers, when a page showed it. */
  prompt: string | null;
  parts: FillPartResult[];
  total: number | null;
  complete: boolean;
  pagesRead: number;
  commentsRead: number;
  /** What stopped the search or could not be read ("Comment page 3 could not be fetched: …"). */
  notes: string[];
}

const DEFAULTS = { concurrency: FETCH_CONCURRENCY, maxComments: 5000, maxPages: 40, maxParts: 60 };

interface Known {
  id: string;
  /** The comment it replies to: its ?thread= page shows this one too. */
  parent: string | null;
  index: number | null;
  piece: string;
  subject: string;
  seen: number;
  post: StoryPost | null;
  /** collapsed: its ?thread= page is to be read; failed: that page said why not. */
  state: 'full' | 'collapsed' | 'deleted' | 'screened' | 'failed';
  error: FillPartResult['error'];
}

/** The fill whose story is `storyUrl` (its comment's permalink), stitched from the page `doc` at `pageUrl`. */
export async function stitchFill(doc: Document, pageUrl: string, storyUrl: string, options: FillStitchOptions): Promise<FillStitch> {
  const opts = { ...DEFAULTS, ...options };
  const entry = entryUrl(pageUrl);
  const entryKey = canonicalEntryKey(pageUrl);
  const startId = /[?&]thread=(\d+)/.exec(storyUrl)?.[1] ?? '';
  const notes: string[] = [];
  const known = new Map<string, Known>();
  let identity: { poster: string | null; title: string } | null = null;
  let prompt: string | null = null;
  let total: number | null = null;
  let complete = false;
  let commentsRead = 0;
  let pagesRead = 0;
  let seen = 0;
  let gaps = 0;

  /** Reads a page: the fill's parts on it, and which pages of the entry it links to. */
  const read = (page: Document, url: string, thread: string | null): number[] => {
    const { comments, fills } = fillsOnPage(page, url);
    commentsRead += comments.length;
    const byId = new Map(comments.map((c) => [c.id, c]));
    // A story its entry's poster posted in their own comments (no FILL mark, no marker: comments.ts `ownCommentFill`).
    const startPoster = !identity && !fills.some((f) => f.parts.some((p) => p.id === startId)) ? byId.get(startId)?.poster : null;
    const own = startPoster ? ownCommentFill(comments, startPoster) : null;
    if (own?.parts.some((p) => p.id === startId)) fills.push(own);
    const mine = fills.filter((f) => f.parts.some((p) => p.id === startId || known.has(p.id)) || (identity !== null && f.poster === identity.poster && sameTitle(f.title, identity.title)));
    if (!identity) {
      const start = mine.find((f) => f.parts.some((p) => p.id === startId));
      if (start) identity = { poster: start.poster, title: start.title };
    }
    for (const fill of mine) take(fill, byId, url);
    // A part asked for by its ?thread= page and not there in full: deleted or screened since.
    if (thread && known.get(thread)?.state === 'collapsed') {
      const c = byId.get(thread);
      const k = known.get(thread)!;
      k.state = c?.state === 'deleted' || c?.state === 'screened' ? c.state : 'failed';
      k.error =
        c?.state === 'screened'
          ? { reason: 'screened', message: `${partName(k)} is screened: only the community's maintainers can read it.` }
          : { reason: c?.state === 'deleted' ? 'deleted' : 'missing', message: `${partName(k)} was ${c?.state === 'deleted' ? 'deleted' : 'not found on its thread page'}.` };
    }
    // Deleted and screened comments in the fill's threads: a part may have been one of them.
    for (const c of comments) if ((c.state === 'deleted' || c.state === 'screened') && c.parentId && known.has(c.parentId)) gaps++;
    return pagesLinked(page, url);
  };

  const take = (fill: Fill, byId: Map<string, PageComment>, url: string) => {
    if (fill.complete) complete = true;
    if (fill.total !== null && (total === null || fill.complete || fill.total > total)) total = fill.total;
    for (const p of fill.parts) {
      let k = known.get(p.id);
      if (!k) {
        if (known.size >= opts.maxParts) {
          if (!notes.some((n) => n.startsWith('This fill has more than'))) notes.push(`This fill has more than ${opts.maxParts} parts: the first ${opts.maxParts} found are shown.`);
          continue;
        }
        k = { id: p.id, parent: byId.get(p.id)?.parentId ?? null, index: p.index, piece: p.piece, subject: p.subject, seen: seen++, post: null, state: 'collapsed', error: null };
        known.set(p.id, k);
      }
      const c = byId.get(p.id)!;
      if (c.state === 'full' && !k.post) {
        const post = partStory(fill, c, byId, entry);
        k.post = post;
        k.state = 'full';
        k.error = null;
        if (post.fields.prompt && !prompt) prompt = post.fields.prompt;
        opts.onPart?.(result(k));
      }
    }
  };

  const result = (k: Known): FillPartResult => ({ id: k.id, url: k.post?.url ?? `${entry}?thread=${k.id}`, index: k.index, piece: k.piece, post: k.post, error: k.error });

  const pagesLinked = (page: Document, url: string): number[] => {
    const out: number[] = [];
    for (const a of Array.from(page.querySelectorAll('a[href*="page="]'))) {
      let href: URL;
      try {
        href = new URL(a.getAttribute('href') ?? '', url);
      } catch {
        continue;
      }
      const n = Number(href.searchParams.get('page'));
      if (Number.isInteger(n) && n > 0 && canonicalEntryKey(href.href) === entryKey) out.push(n);
    }
    return out;
  };

  const progress = (done: boolean) => {
    // Parts by number: a part posted in two pieces (4a, 4b) is one part of the total.
    const found = new Set([...known.values()].filter((k) => k.post).map((k) => (k.index === null ? `#${k.id}` : k.index))).size;
    const message = done
      ? total !== null
        ? `${found} of ${total} parts found`
        : `${found} ${found === 1 ? 'part' : 'parts'} found`
      : total !== null
        ? `part ${found} of ${total} found, still looking`
        : `${found} ${found === 1 ? 'part' : 'parts'} found, still looking`;
    opts.onProgress?.({ found, total, done, message });
  };

  // The page the reader is on: the first part on screen before anything is fetched.
  const currentPage = Number(new URL(pageUrl).searchParams.get('page') ?? '1') || 1;
  const startThread = new URL(pageUrl).searchParams.get('thread');
  const pagesToRead = new Set<number>(read(doc, pageUrl, null));
  if (!identity) {
    return { title: '', author: '', prompt: null, parts: [], total: null, complete: false, pagesRead: 0, commentsRead, notes: ['The fill is not on this page.'] };
  }
  const { poster, title } = identity as { poster: string | null; title: string };
  progress(false);

  // The other comment pages (a ?thread= page has no pager: the entry's first page has).
  const pagesDone = new Set<number>(startThread ? [] : [currentPage]);
  if (startThread && !pagesToRead.size) pagesToRead.add(1);
  const threadsAsked = new Set<string>();
  const threadsDone = new Set<string>();

  type Task = { kind: 'page'; n: number } | { kind: 'thread'; id: string };
  const nextTask = (): Task | null => {
    if (opts.signal?.aborted) return null;
    // Parts first, in reading order: the first part on screen first.
    // A part under a thread page on its way waits for it: that page shows it too.
    const collapsed = [...known.values()]
      .filter((k) => k.state === 'collapsed' && !threadsAsked.has(k.id) && !(k.parent && threadsAsked.has(k.parent) && !threadsDone.has(k.parent)))
      .sort(byReadingOrder);
    if (pagesRead + inFlight >= opts.maxPages) return null;
    if (collapsed.length) {
      threadsAsked.add(collapsed[0].id);
      return { kind: 'thread', id: collapsed[0].id };
    }
    if (commentsRead >= opts.maxComments) return null;
    const n = [...pagesToRead].filter((p) => !pagesDone.has(p)).sort((a, b) => a - b)[0];
    if (n === undefined) return null;
    pagesDone.add(n);
    return { kind: 'page', n };
  };

  let inFlight = 0;
  const run = async (task: Task): Promise<void> => {
    const url = commentPageUrlOf(`${entry}?${task.kind === 'page' ? `page=${task.n}` : `thread=${task.id}`}`);
    if (!url) return;
    const res = await opts.fetchPage(url, opts.signal);
    pagesRead++;
    if (task.kind === 'thread') threadsDone.add(task.id);
    // Read meanwhile from another page: nothing to say.
    if (!res.ok && task.kind === 'thread' && known.get(task.id)?.post) return;
    if (!res.ok) {
      const why = res.message ?? res.reason;
      if (task.kind === 'thread') {
        const k = known.get(task.id)!;
        k.state = 'failed';
        k.error = { reason: res.reason, message: `${partName(k)} could not be fetched: ${why}` };
        opts.onPart?.(result(k));
      } else notes.push(`Comment page ${task.n} could not be fetched: ${why}`);
      return;
    }
    const page = opts.parse(res.html, url);
    for (const n of read(page, url, task.kind === 'thread' ? task.id : null)) pagesToRead.add(n);
    if (task.kind === 'thread' && known.get(task.id)?.error) opts.onPart?.(result(known.get(task.id)!));
  };

  await new Promise<void>((resolve) => {
    const pump = () => {
      for (let t = inFlight < opts.concurrency ? nextTask() : null; t; t = inFlight < opts.concurrency ? nextTask() : null) {
        inFlight++;
        run(t)
          .catch((e: unknown) => notes.push(`A comment page could not be read: ${e instanceof Error ? e.message : String(e)}`))
          .finally(() => {
            inFlight--;
            progress(false);
            pump();
          });
      }
      if (inFlight === 0) resolve();
    };
    pump();
  });

  if (opts.signal?.aborted) notes.push('Stopped: the reader was closed.');
  else {
    const unread = [...pagesToRead].filter((p) => !pagesDone.has(p)).length + [...known.values()].filter((k) => k.state === 'collapsed' && !threadsAsked.has(k.id)).length;
    if (unread && pagesRead >= opts.maxPages) notes.push(`Stopped looking after ${opts.maxPages} comment pages.`);
    else if (unread && commentsRead >= opts.maxComments) notes.push(`Stopped looking after ${opts.maxComments.toLocaleString('en')} comments.`);
  }

  // Parts the markers promise that no page showed.
  const parts = [...known.values()].sort(byReadingOrder).map(result);
  const last = total ?? Math.max(0, ...parts.map((p) => p.index ?? 1));
  for (let i = 1; i <= last && parts.length < opts.maxParts; i++) {
    if (parts.some((p) => (p.index ?? 1) === i)) continue;
    const where = `the entry's ${pagesDone.size} comment ${pagesDone.size === 1 ? 'page' : 'pages'}`;
    const maybe = gaps ? ' A comment in its thread was deleted or screened: it may have been this part.' : '';
    parts.push({ id: '', url: entry, index: i, piece: '', post: null, error: { reason: 'missing', message: `Part ${i} was not found on ${where}.${maybe}` } });
  }
  parts.sort((a, b) => (a.index ?? 1) - (b.index ?? 1) || a.piece.localeCompare(b.piece));
  progress(true);
  return { title, author: poster ?? 'Anonymous', prompt, parts, total, complete, pagesRead, commentsRead, notes };
}

function byReadingOrder(a: Known, b: Known): number {
  return (a.index ?? 1) - (b.index ?? 1) || a.piece.localeCompare(b.piece) || a.seen - b.seen;
}

function partName(k: Pick<Known, 'index' | 'piece' | 'subject'>): string {
  return k.index !== null ? `Part ${k.index}${k.piece}` : `"${k.subject}"`;
}
