/**
 * Stitching: the whole story from the post the reader clicked. Parts are found from the post's
 * part links ("Part 1 | Part 2", "« Previous | Next »"), from a masterpost that lists them (the
 * clicked post may be it, or link to it), and from the part markers of the posts fetched; the
 * journal's own Previous/Next Entry navigation is followed only where it names a part of the story
 * (extract/part-links.ts `neighbourPartLines`), or, with no subject (LiveJournal's mobile site), read
 * once as a neighbour kept only when it is the story's part (stitcher.ts `probeNeighbour`).
 *
 * The page fetcher and the HTML parser are injected, so the same code runs in the extension
 * (background fetch, DOMParser), in unit tests and in the CLI (saved pages, jsdom). Pure: no
 * browser APIs beyond AbortController and timers, explicit imports only.
 *
 * This file is the public API; the work is in the modules beside it: stitcher.ts (the queue and
 * filing pages), scheduler.ts (the fetch plan: how many at once, how long, which first), order.ts
 * (the reading order), state.ts (context and state), links.ts, posts.ts, failures.ts, types.ts.
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

import { extractPage, type StoryLocation } from '../extract/index';
import type { PartLink, StoryPost } from '../extract/types';
import { classifyPage } from '../extract/unreadable';
import { FetchPolicy } from '../fetch-policy';
import { fetchUrlOf } from '../fetch-url';
import { canonicalEntryKey, entryKeyOfPost, giftOf, giftUrl, postKeyOf } from '../url';
import { failureMessage } from './failures';
import { isEntryUrl, stripHash } from './links';
import { isHeaderOnly, pickPost, storyLinksAnySite } from './posts';
import { cloneContext, contextFromState, contexts, newContext } from './state';
import { Stitcher } from './stitcher';
import type { Context, FailureReason, StitchOptions, StitchState } from './types';

export { failureMessage } from './failures';
export { navLinksInPost } from './links';
export { isHeaderOnly, storyLinksAnySite } from './posts';
export { FIRST_BATCH } from './scheduler';
export type { FailureReason, FetchResult, PageFetcher, PageParser, StitchError, StitchedPart, StitchOptions, StitchState } from './types';

/**
 * Assembles the story the post at `start` belongs to. `start.post` is the clicked post as
 * extracted (and `start.doc` its page, when at hand); with neither, the page at `start.url` is
 * fetched. Resolves once every part has arrived or failed (or the signal aborted); `onUpdate`
 * sees each step.
 */
export async function stitchStory(start: { url: string; post?: StoryPost; doc?: Document; navLinks?: PartLink[]; locations?: StoryLocation[] }, opts: StitchOptions): Promise<StitchState> {
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
      // A gift of a swap's reveals (`#gift-N` on the start's URL): that gift of the entry's post, fetched as the entry.
      const key = postKeyOf(giftUrl(pageUrl, giftOf(start.url) ?? 1));
      if (ex.kind === 'index' && ex.stories.length) {
        post = pickPost(ex, key) ?? undefined;
      } else {
        const reason = classifyPage(doc, pageUrl, ex);
        if (reason || !ex.stories.length) {
          failStart(s, ctx, start.url, reason ?? 'not-story', failureMessage(reason ?? 'not-story'));
          return;
        }
        post = pickPost(ex, key) ?? undefined;
        isMasterpost = ex.kind === 'masterpost';
      }
      // (A gift the post no longer holds: never another gift in its place.)
      if (!post) {
        failStart(s, ctx, start.url, 'not-story', failureMessage('not-story'));
        return;
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

    // Rules 1, 2 and 4 of the fetch policy: the page it was opened on, the post, what it links to, and its poster's journal.
    ctx.policy = FetchPolicy.forStory(
      start.url,
      post.url,
      post.partLinks.map((l) => l.url),
      storyLinksAnySite(post),
      post.author,
    );
    // The chapter links around the post, when the caller read them (from the live page) already: the
    // given post's only (a post found here is another's), and read here again from the copy otherwise.
    // Likewise where the page's posts are (`locations`: read from this very document), so nothing finds them again.
    const given = post === start.post;
    fileStart(s, ctx, post, doc ?? null, pageUrl, isMasterpost, given ? start.navLinks : undefined, given && doc === start.doc ? start.locations : undefined);
  });
}

/**
 * Files the post the reader started from (a part or a masterpost), whose links lead to the rest. A gift of a swap's reveals
 * is a part of its own (its key and URL carry its ordinal: url.ts `postKeyOf`), read from its entry's page.
 */
function fileStart(s: Stitcher, ctx: Context, post: StoryPost, doc: Document | null, pageUrl: string, isMasterpost: boolean, navLinks?: PartLink[], locations?: StoryLocation[]): void {
  const key = postKeyOf(post.url);
  ctx.startKey ??= key;
  // Read from its own entry page (a document we hold): all its text is there. A post given
  // without its document may come from a multi-post page, whatever `start.url` says.
  const onEntryPage = !!doc && isEntryUrl(pageUrl) && canonicalEntryKey(pageUrl) === entryKeyOfPost(key);
  // A header-only post leads to its story (on a multi-post page an empty post may be a cut post).
  if (isHeaderOnly(post) && (onEntryPage || post.complete)) isMasterpost = true;
  const url = giftUrl(onEntryPage ? stripHash(pageUrl) : s.entryFetchUrl(post.url), giftOf(post.url) ?? 1);
  // Going on from a saved copy, the start may be one of its parts already.
  const known = ctx.items.get(key);
  const item = known && known.status !== 'dropped' ? known : s.newItem(key, url, isMasterpost ? 'master' : 'part', post.part?.index ?? null, null, true);
  item.isStart = true;

  if (!isMasterpost && !post.complete && !onEntryPage) {
    // Behind an lj-cut on a multi-post page: read it from its entry page (its links are known
    // already). On its own entry page the text is all there, whatever `complete` says.
    s.discoverAll(post.partLinks, item, 'part-links');
    if (item.status !== 'part') s.enqueue(item);
    else s.emit();
    return;
  }
  item.status = 'fetching';
  // One update for the start filed (its links' and its own).
  s.batch(() => {
    s.file(item, post, isMasterpost, doc, pageUrl, locations, navLinks);
    s.emit();
  });
}

function failStart(s: Stitcher, ctx: Context, url: string, reason: FailureReason, message: string): void {
  const key = postKeyOf(url);
  ctx.startKey = key;
  const item = s.newItem(key, giftUrl(url, giftOf(url) ?? 1), 'part', null, null, true);
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
      // Rules 1, 2 and 4 of the fetch policy from the live page the reader opened on, with the
      // journals the saved parts came from (admitted when they were fetched).
      const had = [...ctx.items.values()].filter((i) => i.status !== 'dropped' && i.error?.reason !== 'not-allowed').map((i) => i.url);
      ctx.policy = FetchPolicy.forStory(
        more.from.url,
        more.from.post.url,
        [...had, ...more.from.post.partLinks.map((l) => l.url)],
        [...had, ...storyLinksAnySite(more.from.post)],
        more.from.post.author,
      );
      // The live page first: a part it holds is read from it, not fetched.
      fileStart(s, ctx, more.from.post, more.from.doc ?? null, more.from.url, more.from.isMasterpost ?? false);
    }
    for (const item of [...ctx.items.values()]) if (item.status === 'queued') s.enqueue(item);
    s.emit();
  });
}
