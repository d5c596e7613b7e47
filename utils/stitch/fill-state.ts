/**
 * A fill read as the reader reads any story: stitchFill's parts (fill.ts) as a
 * StitchState (index.ts), each part keyed by its comment (`storyKeyOf`), so the reader,
 * the saved records, progress, resume and Refresh treat a fill like a story posted as entries.
 * Every fetch is stitchFill's: comment pages of the fill's own entry, through the fetcher given
 * (the background's queue and fetch policy in the extension).
 */

import { locateStories } from '../extract/index';
import type { StoryPost } from '../extract/types';
import { commentPageUrlOf } from '../fetch-url';
import { storyKeyOf } from '../url';
import { type FillPartResult, type FillProgress, stitchFill } from './fill';
import type { FailureReason, StitchError, StitchedPart, StitchOptions, StitchState } from './types';

export interface FillStoryOptions extends Pick<StitchOptions, 'fetchPage' | 'parse' | 'signal' | 'onUpdate' | 'concurrency'> {
  /** "part 12 of 40 found, still looking" */
  onProgress?: (progress: FillProgress) => void;
  /** Once the walk ends: what stopped it or could not be read ("Comment page 3 could not be fetched: …"); [] when nothing. */
  onNotes?: (notes: string[]) => void;
}

/** What a part that could not be read is, in the stitcher's words (its own message is kept). */
const REASON: Record<string, FailureReason> = { missing: 'not-found', deleted: 'not-found', screened: 'locked' };

/** A part as the state is made from: stitchFill's, or one the reader already shows (`base`). */
type Entry = Pick<FillPartResult, 'url' | 'index' | 'piece' | 'post'> & { key: string; error: { reason: FailureReason | string; message: string } | null };

/**
 * The fill whose first part is `start.post`, clicked on the page `start.url` (held as `start.doc`).
 * `base`: what the reader shows already (a saved copy): its parts stay in every update until the
 * walk brings them again, and stay at the end if it does not find them (the saved text is kept).
 */
export async function stitchFillStory(start: { url: string; post: StoryPost; doc: Document }, opts: FillStoryOptions & { base?: StitchState | null }): Promise<StitchState> {
  const fillKey = storyKeyOf(start.post.url);
  // A part found nowhere has no comment: it is known by its number within the fill.
  const entryOf = (p: FillPartResult): Entry => ({ ...p, key: p.id ? storyKeyOf(p.url) : `${fillKey}/part-${p.index ?? 1}` });
  const base = opts.base;
  const known: Entry[] = (base?.known ?? base?.order ?? []).flatMap((key): Entry[] => {
    const part = base!.parts.get(key);
    const error = base!.errors.get(key);
    if (part) return [{ key, url: part.url, index: part.index, piece: '', post: part.post, error: null }];
    return error ? [{ key, url: error.url, index: error.index, piece: '', post: null, error }] : [];
  });
  const arrived = new Map<string, Entry>(known.map((e) => [e.key, e]));

  const stateOf = (entries: Iterable<Entry>, done: boolean): StitchState => {
    const sorted = [...entries].sort((a, b) => (a.index ?? 1) - (b.index ?? 1) || a.piece.localeCompare(b.piece));
    const state: StitchState = { order: [], parts: new Map<string, StitchedPart>(), errors: new Map<string, StitchError>(), masterpost: null, done };
    let last: StitchedPart | null = null;
    for (const p of sorted) {
      const { key } = p;
      // A part posted in pieces (4a, 4b: one comment was too short for it) is one part, read on.
      if (p.piece && p.post && last && last.index === p.index && last.post.part?.index === p.index) {
        last.post = { ...last.post, bodyText: `${last.post.bodyText}\n\n${p.post.bodyText}`, bodyHtml: last.post.bodyHtml + p.post.bodyHtml };
        continue;
      }
      state.order.push(key);
      last = null;
      if (p.post) {
        last = { key, url: p.url, index: p.index, title: p.post.fields.title || p.post.subject || `Part ${p.index ?? 1}`, post: p.post };
        state.parts.set(key, last);
      } else
        state.errors.set(key, {
          key,
          url: p.url,
          index: p.index,
          reason: REASON[p.error?.reason ?? ''] ?? (p.error?.reason as FailureReason) ?? 'not-found',
          message: p.error?.message ?? 'This part could not be read.',
        });
    }
    return state;
  };

  const { fetchPage, parse, signal, concurrency, onProgress } = opts;
  const result = await stitchFill(start.doc, start.url, start.post.url, {
    fetchPage,
    parse,
    signal,
    onProgress,
    // Unset, stitchFill's own bound (the background queue's 4) stands.
    ...(concurrency ? { concurrency } : {}),
    onPart: (p) => {
      const e = entryOf(p);
      arrived.set(e.key, e);
      opts.onUpdate?.(stateOf(arrived.values(), false));
    },
  });
  const found = new Map<string, Entry>(known.map((e) => [e.key, e]));
  for (const p of result.parts) found.set(entryOf(p).key, entryOf(p));
  // "Part 5 was not found" where the copy shown has part 5: the copy's part stands (its text is kept).
  const shown = new Set(known.filter((e) => e.post).map((e) => e.index));
  for (const p of result.parts) if (!p.id && shown.has(p.index)) found.delete(entryOf(p).key);
  // Not on this page (the thread changed since it loaded): the clicked post is what there is.
  if (!found.size) found.set(fillKey, { key: fillKey, url: start.post.url, index: start.post.part?.index ?? null, piece: '', post: start.post, error: null });
  const final = stateOf(found.values(), true);
  opts.onNotes?.(result.notes);
  opts.onUpdate?.(final);
  return final;
}

/**
 * A saved fill looked for again with no journal page at hand (the library's Refresh, the reader page):
 * its first part's `?thread=N` page (a comment page of its own entry), and the thread walked from there.
 * `saved`: the saved copy, kept where the walk does not find a part again.
 */
export async function stitchSavedFill(firstUrl: string, saved: StitchState | null, opts: FillStoryOptions): Promise<{ final: StitchState; post: StoryPost } | { error: string }> {
  const url = commentPageUrlOf(firstUrl);
  if (!url) return { error: 'it has no address to look at' };
  const res = await opts.fetchPage(url, opts.signal);
  if (!res.ok) return { error: res.message ?? res.reason };
  const doc = opts.parse(res.html, res.url);
  const post = locateStories(doc, res.url).extraction.stories.find((s) => storyKeyOf(s.url) === storyKeyOf(firstUrl));
  if (!post) return { error: 'its first part is no longer in the entry’s comments' };
  return { final: await stitchFillStory({ url: res.url, post, doc }, { ...opts, base: saved }), post };
}
