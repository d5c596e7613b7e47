/**
 * What a reader finds at the end of each part: *Next part* (or, at the end of a work in progress,
 * that the next part is not posted yet) and *Comment on part N* (the entry's reply page); at the
 * end of the story also *Mark finished* and the story's related links (masterpost, series, the
 * other links a masterpost lists). Plain DOM, text only.
 */
import { commentUrl } from '../../utils/comment-url';
import type { PartLink, StoryPost } from '../../utils/extract/types';
import type { StitchState } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';
import { h } from './dom';
import type { PartSlot } from './part-slot';

/** `related` is optional on StoryPost (links a masterpost lists that are not parts). */
type PostWithRelated = StoryPost & { related?: PartLink[] };

export interface PartEndView {
  /** How the part is named in the labels: 'part 2', or 'this story' for a one-shot. */
  name: string;
  /** The entry's reply page, null when unknown. */
  commentUrl: string | null;
  /** Set on the last known part once the whole story is known. */
  end: {
    /** The number of the next part of a work in progress, null for a finished story. */
    awaited: number | null;
    related: PartLink[];
    /** The reader's own mark (null: marking is not available here). */
    finished: boolean | null;
  } | null;
  /** A part follows this one. */
  hasNext: boolean;
}

export interface PartEndActions {
  next(): void;
  setFinished(finished: boolean): Promise<unknown> | void;
}

/**
 * The next part's number when the story is known to go on: the latest part marker (the highest
 * index) says `2/5` or `2/?` and no more parts than that are known. null for a story that says it
 * is complete, and for one without part markers (nothing says there is more).
 */
export function nextUnpostedPart(posts: (StoryPost | null)[]): number | null {
  const marked = posts.filter((p): p is StoryPost => !!p?.part);
  if (!marked.length) return null;
  const latest = marked.reduce((a, b) => (b.part!.index >= a.part!.index ? b : a)).part!;
  const known = Math.max(posts.length, latest.index);
  if (latest.total !== null && latest.total <= known) return null;
  return known + 1;
}

/**
 * The story's related links, in order, each once: the masterpost (when the story has one and the
 * reader did not open it as a part), then the links the masterpost and the parts list as related.
 * Links to the story's own parts are left out.
 */
export function storyRelatedLinks(masterpost: StoryPost | null, posts: (StoryPost | null)[], partKeys: string[]): PartLink[] {
  const seen = new Set(partKeys);
  const out: PartLink[] = [];
  const add = (l: PartLink) => {
    let key: string;
    try {
      key = canonicalEntryKey(l.url);
    } catch {
      return;
    }
    if (seen.has(key) || !/^https?:\/\//i.test(l.url)) return;
    seen.add(key);
    out.push(l);
  };
  if (masterpost) add({ url: masterpost.url, label: 'Masterpost', index: null });
  for (const post of [masterpost, ...posts] as (PostWithRelated | null)[]) for (const l of post?.related ?? []) add(l);
  return out;
}

/**
 * What the end of the part at `index` (in reading order) shows, from the stitcher's state.
 * `finished`: the reader's mark, null where it cannot be saved. `comments` caches comment URLs.
 */
export function partEndView(state: StitchState, index: number, finished: boolean | null, comments = new Map<string, string | null>()): PartEndView {
  const key = state.order[index];
  const part = state.parts.get(key);
  const error = state.errors.get(key);
  const url = part?.post.url ?? error?.url ?? '';
  if (!comments.has(url)) comments.set(url, url ? commentUrl(url) : null);
  const last = index === state.order.length - 1;
  const posts = last && state.done ? state.order.map((k) => state.parts.get(k)?.post ?? null) : [];
  return {
    name: state.order.length === 1 && !part?.post.part ? 'this story' : `part ${part?.index ?? error?.index ?? index + 1}`,
    commentUrl: comments.get(url) ?? null,
    hasNext: !last,
    end: last && state.done ? { awaited: nextUnpostedPart(posts), related: storyRelatedLinks(state.masterpost, posts, state.order), finished } : null,
  };
}

const external = (href: string, text: string, cls = '') => h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: cls || undefined }, text);

export function renderPartEnd(view: PartEndView, actions: PartEndActions): HTMLElement {
  const box = h('div', { class: 'ink-part-end', role: 'group', 'aria-label': `End of ${view.name}` });
  const row = h('div', { class: 'ink-end-row' });
  if (view.hasNext) {
    const next = h('button', { class: 'ink-btn ink-big', type: 'button' }, 'Next part');
    next.addEventListener('click', () => actions.next());
    row.append(next);
  } else if (view.end?.awaited) {
    row.append(h('p', { class: 'ink-awaited' }, `Part ${view.end.awaited} is not posted yet.`));
  }
  if (view.commentUrl) row.append(external(view.commentUrl, `Comment on ${view.name}`, 'ink-btn ink-big'));
  if (row.firstChild) box.append(row);

  if (view.end) {
    if (view.end.finished !== null) {
      const status = h('span', { class: 'ink-stat', role: 'status' });
      const mark = h('button', { class: 'ink-btn ink-big ink-toggle', type: 'button', 'aria-pressed': String(view.end.finished) }, 'Mark finished');
      mark.addEventListener('click', async () => {
        const finished = mark.getAttribute('aria-pressed') !== 'true';
        mark.setAttribute('aria-pressed', String(finished));
        try {
          await actions.setFinished(finished);
          status.textContent = finished ? 'Marked finished.' : 'No longer marked finished.';
        } catch (e) {
          mark.setAttribute('aria-pressed', String(!finished));
          status.textContent = `Could not be saved: ${(e as Error).message}`;
        }
      });
      box.append(h('div', { class: 'ink-end-row' }, mark, status));
    }
    if (view.end.related.length) {
      const list = h('ul', { class: 'ink-related', 'aria-label': 'Related links' });
      for (const l of view.end.related) list.append(h('li', {}, external(l.url, l.label || l.url)));
      box.append(list);
    }
  }
  return box;
}

/**
 * A signature of what `renderPartEnd` would show: the box is rebuilt only when it changes (the
 * finished mark is the button's own state once shown, so a click does not rebuild it under focus).
 */
export function partEndSignature(view: PartEndView): string {
  return JSON.stringify([view.name, view.commentUrl, view.hasNext, view.end && [view.end.awaited, view.end.related.map((l) => [l.url, l.label]), view.end.finished !== null]]);
}

/**
 * The end of each part that is here or failed, as the story is now: rebuilt only where what it
 * shows changed. `finished`: the mark as the reader knows it (null: no Mark finished);
 * `commentUrls`: the reply pages found so far, kept between calls.
 */
export function placePartEnds(
  state: StitchState,
  slots: ReadonlyMap<string, PartSlot>,
  finished: boolean | null,
  commentUrls: Map<string, string | null>,
  actions: { next(key: string): void; setFinished(finished: boolean): Promise<unknown> },
): void {
  state.order.forEach((key, i) => {
    const slot = slots.get(key);
    if (!slot || slot.state === 'loading') return;
    const view = partEndView(state, i, finished, commentUrls);
    const signature = partEndSignature(view);
    if (slot.end && slot.endSignature === signature && slot.end.parentNode === slot.article) return;
    const end = renderPartEnd(view, { next: () => actions.next(key), setFinished: actions.setFinished });
    if (slot.end?.parentNode === slot.article) slot.end.replaceWith(end);
    else slot.article.append(end);
    slot.end = end;
    slot.endSignature = signature;
  });
}
