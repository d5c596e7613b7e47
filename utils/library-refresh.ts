/**
 * The library's Refresh: every story in progress (a work in progress whose total is unknown or
 * larger than what is saved, or one with a part that failed) is looked at on the site as opening
 * it from a live page would: its masterpost (or its last part) is read, what it shows that the
 * saved copy lacks is fetched, and the story saved with its new parts. Politely: a few stories at
 * a time, every page through the background's fetch queue, and nothing for complete stories.
 *
 * Runs in an extension page (the database directly; DOMParser to read the pages).
 */
import { getParts, getPosition, getStory, type InkwellDb, type StoryRecord } from './db';
import { locateStories } from './extract/index';
import type { StoryPost } from './extract/types';
import { fetchUrlOf } from './fetch-url';
import { createTextKeeper } from './kept-parts';
import { loadLibrary } from './library-data';
import { newsOnPage } from './new-parts';
import { buildStoryRecords, type CleanHtml, stateFromSaved } from './reader-records';
import { saveStoryWithParts } from './save-story';
import type { StitchState } from './stitch';
import { extendStory, navLinksInPost, type PageFetcher, type PageParser } from './stitch';
import { stitchSavedFill } from './stitch/fill-state';
import { pickPost } from './stitch/posts';
import { savedStoryComplete, totalFromMarkers } from './story-progress';
import { canonicalEntryKey, commentIdOf, postKeyOf, withoutGift } from './url';

export interface RefreshOptions {
  fetchPage: PageFetcher;
  parse: PageParser;
  /**
   * Before a story's pages are fetched: tell the background which story this page fetches for
   * (its fetch rules are per story). False: the background refused; the story is not looked at.
   */
  startSession?(story: StoryRecord): Promise<boolean>;
  /** Pages fetched at once for a story (default 2). Stories are looked at one after another. */
  concurrency?: number;
  /** Called as each story is done. */
  onStory?(result: StoryRefresh): void;
  now?(): number;
  /** How a part's HTML is stored (see buildStoryRecords). */
  clean?: CleanHtml;
}

export interface StoryRefresh {
  id: string;
  title: string;
  /** Parts found and saved by this refresh. */
  added: number;
  /** Why the story could not be looked at (its page failed), if it could not. */
  error?: string;
}

/** The page that tells what a story has now: its masterpost, else its last part. */
export function livePageOf(story: Pick<StoryRecord, 'masterpostUrl' | 'partUrls'>): string | null {
  return story.masterpostUrl ?? [...story.partUrls].reverse().find(Boolean) ?? null;
}

/** Looks at one saved story on the site and saves what is new. */
export async function refreshStory(db: InkwellDb, story: StoryRecord, opts: RefreshOptions): Promise<StoryRefresh> {
  const out: StoryRefresh = { id: story.id, title: story.title, added: 0 };
  const url = livePageOf(story);
  if (!url) return { ...out, error: 'it has no address to look at' };
  const [parts, position] = await Promise.all([getParts(db, story.id), getPosition(db, story.id)]);
  const copy = stateFromSaved(story, parts);
  if (!copy) return { ...out, error: 'it has no parts' };
  if (opts.startSession && !(await opts.startSession(story))) return { ...out, error: 'Inkwell may not fetch its pages now' };
  // A fill (a story in an entry's comments): its thread walked again from its first part's thread page.
  const first = story.partUrls.find(Boolean) ?? '';
  const found = commentIdOf(first) ? await stitchSavedFill(first, copy.state, { fetchPage: opts.fetchPage, parse: opts.parse, concurrency: opts.concurrency ?? 2 }) : null;
  if (found && 'error' in found) return { ...out, error: found.error };
  if (found) return saveRefreshed(db, story, copy, position?.partKey ?? null, found.final, found.post, opts, out);
  // A gift of a swap's reveals (`#gift-N`): its entry's page, and that gift on it (never another in its place). The page
  // as the URL rule builds it (https): a story read on an http:// page keeps that address, which the background refuses.
  const res = await opts.fetchPage(fetchUrlOf(withoutGift(url)) ?? withoutGift(url));
  if (!res.ok) return { ...out, error: res.message ?? res.reason };
  const doc = opts.parse(res.html, res.url);
  const located = locateStories(doc, res.url);
  const post = pickPost(located.extraction, postKeyOf(url));
  if (!post) return { ...out, error: 'its page shows no story now' };
  const isMasterpost = located.extraction.kind === 'masterpost';
  const links = [...post.partLinks, ...navLinksInPost(doc, res.url, post, located.locations)];
  const news = newsOnPage(story, { post, links, isMasterpost });
  if (!news.any && !copy.state.pending) return out;

  const masterKey = story.masterpostUrl ? canonicalEntryKey(story.masterpostUrl) : null;
  const final = await extendStory(
    copy.state,
    { from: { url: res.url, post, doc, isMasterpost }, retry: news.retry, skip: masterKey && !news.askMasterpost && !isMasterpost ? [masterKey] : [] },
    { fetchPage: opts.fetchPage, parse: opts.parse, concurrency: opts.concurrency ?? 2 },
  );
  return saveRefreshed(db, story, copy, position?.partKey ?? null, final, post, opts, out);
}

async function saveRefreshed(
  db: InkwellDb,
  story: StoryRecord,
  copy: NonNullable<ReturnType<typeof stateFromSaved>>,
  placeKey: string | null,
  final: StitchState,
  post: StoryPost,
  opts: RefreshOptions,
  out: StoryRefresh,
): Promise<StoryRefresh> {
  // Saved text is kept where a part now fails (never an error page in its place).
  const shown = createTextKeeper(copy.known).apply(final);
  const built = buildStoryRecords(shown, post, { id: story.id, firstOpened: story.firstOpened, previous: story, placeKey, clean: opts.clean }, opts.now?.());
  // Looking is not reading: the story keeps its place in "most recent".
  built.story.lastRead = story.lastRead;
  await saveStoryWithParts(db, built.story, built.parts);
  const before = new Set(story.partKeys);
  out.added = built.story.partKeys.filter((k) => !before.has(k) && shown.parts.has(k)).length;
  return out;
}

/**
 * Whether a story may have more to fetch: a total unknown or larger than what is saved, or a part
 * that failed. A story saved before totals were kept is judged by its saved parts' markers.
 */
export async function inProgress(db: InkwellDb, story: StoryRecord): Promise<boolean> {
  if (story.totalParts !== undefined) return !savedStoryComplete(story);
  const parts = await getParts(db, story.id);
  const saved = new Set(parts.map((p) => p.key));
  return !savedStoryComplete({
    partKeys: story.partKeys,
    totalParts: totalFromMarkers(
      parts.map((p) => p.post.part),
      story.partKeys.length,
    ),
    failedKeys: story.partKeys.filter((k) => !saved.has(k)),
  });
}

/**
 * Refresh for every story in progress, one story after another: the background's fetch rules
 * are per story and per page, and one story at a time (two pages at a time) is polite anyway.
 */
export async function refreshLibrary(db: InkwellDb, opts: RefreshOptions): Promise<StoryRefresh[]> {
  const results: StoryRefresh[] = [];
  for (const { id } of await loadLibrary(db)) {
    const story = await getStory(db, id);
    if (!story || !(await inProgress(db, story))) continue;
    const result = await refreshStory(db, story, opts).catch((e: Error): StoryRefresh => ({ id: story.id, title: story.title, added: 0, error: e.message }));
    results.push(result);
    opts.onStory?.(result);
  }
  return results;
}
