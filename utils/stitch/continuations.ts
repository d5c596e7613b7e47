/**
 * An entry story's parts that its author posted as comments on the entry, when the entry hit the site's
 * length limit (utils/extract/comments.ts `authorContinuations`): put into the stitcher's state right
 * after the entry's own part, each known by its comment (`storyKeyOf`), so the reader, the saved records
 * and progress take them as parts of the entry's story. Read from the entry's own page the reader was
 * opened on; a continuation the page shows collapsed is read from its `?thread=N` page (a comment page
 * of this entry only: the fetch policy's `allowsCommentPage`), through the fetcher given.
 */

import type { Fill } from '../extract/comment-thread';
import { authorContinuations, type ContinuationPart, partStory, readComments } from '../extract/comments';
import type { StoryPost } from '../extract/types';
import { commentPageUrlOf } from '../fetch-url';
import { canonicalEntryKey, entryUrl, storyKeyOf } from '../url';
import type { FailureReason, PageFetcher, PageParser, StitchState } from './types';

export interface Continuations {
  /** The entry's own key: the continuations follow its part. */
  entryKey: string;
  parts: (ContinuationPart & { error?: { reason: FailureReason; message: string } })[];
}

/** The continuations on the page the reader was opened on (none unless it is the entry's own page). */
export function continuationsOf(page: { url: string; doc: Document; post: StoryPost }): Continuations {
  return { entryKey: canonicalEntryKey(page.post.url), parts: authorContinuations(page.doc, page.url, page.post) };
}

/** `state` with the continuations read so far after the entry's part (a saved copy's copies of them replaced). */
export function withContinuations(state: StitchState, c: Continuations): StitchState {
  const shown = c.parts.filter((p) => p.post || p.error);
  if (!shown.length) return state;
  const keys = shown.map((p) => storyKeyOf(p.url));
  const mine = new Set(keys);
  const place = (order: string[]) => {
    const rest = order.filter((k) => !mine.has(k));
    const at = rest.indexOf(c.entryKey);
    const i = at < 0 ? rest.length : at + 1;
    return [...rest.slice(0, i), ...keys, ...rest.slice(i)];
  };
  const parts = new Map(state.parts);
  const errors = new Map(state.errors);
  const pending = state.pending ? new Map(state.pending) : undefined;
  shown.forEach((p, i) => {
    const key = keys[i];
    pending?.delete(key);
    if (p.post) {
      parts.set(key, { key, url: p.url, index: p.index, title: p.post.fields.title || p.post.subject || `Part ${p.index}`, post: p.post });
      errors.delete(key);
    } else errors.set(key, { key, url: p.url, index: p.index, reason: p.error!.reason, message: p.error!.message });
  });
  const out: StitchState = { ...state, order: place(state.order), parts, errors };
  if (state.known) out.known = place(state.known);
  if (pending) out.pending = pending;
  return out;
}

/** Reads each collapsed continuation from its thread page (its text, or why not). */
export async function readCollapsed(c: Continuations, opts: { fetchPage: PageFetcher; parse: PageParser; signal?: AbortSignal }): Promise<void> {
  for (const p of c.parts) {
    if (p.post || p.error || opts.signal?.aborted) continue;
    const url = commentPageUrlOf(`${entryUrl(p.url)}?thread=${p.id}`);
    const res = url ? await opts.fetchPage(url, opts.signal) : null;
    if (!res?.ok) {
      p.error = { reason: res?.reason ?? 'not-allowed', message: `Part ${p.index} could not be fetched from its comment page${res?.message ? `: ${res.message}` : '.'}` };
      continue;
    }
    const page = opts.parse(res.html, res.url);
    const comments = readComments(page);
    const own = comments.find((x) => x.id === p.id);
    if (!own || own.state !== 'full') {
      p.error = { reason: 'not-found', message: `Part ${p.index} is no longer on its comment page (${own ? `${own.state}` : 'not there'}).` };
      continue;
    }
    // The part alone (its place in the story is known already): its text, read as a fill's part is.
    const alone: Fill = {
      title: '',
      poster: own.poster,
      promptId: null,
      parts: [{ id: own.id, subject: own.subject, index: p.index, piece: '', total: null, ends: false, state: 'full' }],
      total: null,
      complete: false,
    };
    p.post = { ...partStory(alone, own, new Map(comments.map((x) => [x.id, x])), res.url), url: p.url };
  }
}
