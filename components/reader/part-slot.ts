/**
 * Each part of the story as an <article> in its place, in reading order: a placeholder while it is
 * on its way ("Loading part 2 of 3…"), its text (sanitised) once here, why it failed (with Retry),
 * or that it loads as the reader nears it; and the quiet note on saved text the site no longer shows.
 */
import { storyTitleOf } from '../../utils/extract/parts';
import type { StoryPost } from '../../utils/extract/types';
import type { ReaderState } from '../../utils/kept-parts';
import { countWords } from '../../utils/position';
import { safeLinkUrl } from '../../utils/safe-link';
import { sanitizePostHtml } from '../../utils/sanitize';
import type { StitchError, StitchState } from '../../utils/stitch';
import { h } from './dom';
import { renderKeptNote } from './kept-note';

export interface PartSlot {
  key: string;
  article: HTMLElement;
  prose: HTMLElement | null;
  state: 'loading' | 'ready' | 'failed';
  words: number;
  renderedFrom: StoryPost | null;
  /** The end-of-part controls and what they were built from. */
  end: HTMLElement | null;
  endSignature: string;
}

/** Every known part in reading order, those still on their way included. */
export const orderOf = (s: StitchState) => s.known ?? s.order;

export const partLabel = (index: number | null, n: number) => `Part ${index ?? n}`;

/** A part's own title, when it is not the story's. */
/** A part's own title, when it is not the story's ("Low Water" for part 2 of "The Crossing (1/3)"'s story), without its marker. */
export const partTitle = (post: StoryPost, storyTitle: string) => {
  const own = post.fields.title ? storyTitleOf(post.fields.title, post.part) : '';
  return own && own !== storyTitle ? own : null;
};

/** The paragraphs of a part that is here (none for one loading or failed). */
export const paragraphsOf = (slot: PartSlot): HTMLElement[] => (slot.prose ? (Array.from(slot.prose.children) as HTMLElement[]) : []);

export function newSlot(key: string): PartSlot {
  const article = h('article', { class: 'ink-part', 'data-key': key, 'aria-busy': 'true' });
  return { key, article, prose: null, state: 'loading', words: 0, renderedFrom: null, end: null, endSignature: '' };
}

/** Whether the part is here and its text not shown yet (what renderSlot would put in). */
export function textDue(slot: PartSlot | undefined, state: ReaderState, key: string): boolean {
  const part = state.parts.get(key);
  return !!part && !(slot?.state === 'ready' && slot.renderedFrom === part.post);
}

export interface SlotContext {
  storyTitle: string;
  /** Whether this part's remote images load. */
  imagesFor(key: string): boolean;
  /** A part's text was put in (the reader shows its Images button when there are images). */
  shown(key: string, bodyHtml: string): void;
  failureBox(key: string, error: StitchError): HTMLElement;
  deferredBox(key: string): HTMLElement;
  /** Watches parts that wait to load as the reader nears them. */
  nearing: { observe(el: Element): void; unobserve(el: Element): void } | null;
}

function renderHeader(n: number, index: number | null, title: string | null, url: string): HTMLElement {
  const header = h('header', {});
  // Focusable from script only: part navigation takes the focus there, and keep-focus falls back to it.
  const heading = h('h2', { id: `ink-part-${n}`, tabindex: '-1', 'data-focus-fallback': '' }, partLabel(index, n));
  if (title) heading.append(`: ${title}`);
  header.append(heading);
  // A saved or imported part's address is checked again here: an http(s) link or none.
  const href = safeLinkUrl(url);
  if (href) {
    const links = h('p', { class: 'ink-part-links' });
    links.append(
      h('a', { href, target: '_blank', rel: 'noopener noreferrer' }, 'Original post'),
      h('a', { href: `${href.split('#')[0]}#comments`, target: '_blank', rel: 'noopener noreferrer' }, 'Comments'),
    );
    header.append(links);
  }
  return header;
}

/**
 * A part's text is laid out and painted only near the view (styles.ts: `.ink-part[data-text]`, content-visibility:
 * auto): parts that arrive below the reader, or above it, cost no layout until the reader comes near them, and a
 * story of many long parts is not laid out whole at each part that lands. Until its first layout a part takes the
 * height its length gives (`estimatedHeightEm`); after it, the height it had (`auto`). Its text is in the document
 * all along: find in page, selection, the accessibility tree and the reader's place (which measures, and so lays out,
 * the part it asks about) see it. A part above the view that takes its real height as it is drawn does not move what
 * the reader sees: the browser's scroll anchoring keeps it (tests/e2e/support/long-story.ts, a story whose guesses are
 * far off). `chars` null: no text (loading, failed, deferred), laid out as any box.
 */
function laidOutNearView(article: HTMLElement, chars: number | null, paragraphs = 0): void {
  if (chars === null) {
    if (!('text' in article.dataset)) return;
    delete article.dataset.text;
    article.style.removeProperty('contain-intrinsic-block-size');
    return;
  }
  article.dataset.text = '';
  article.style.setProperty('contain-intrinsic-block-size', `auto ${estimatedHeightEm(chars, paragraphs)}em`);
}

/**
 * A text's height in em of its own size before it was ever laid out: its lines at the default column (36em holds
 * about 75 characters of the reader's serif), at the default line height, with each paragraph's last line and margin,
 * and the part's header. Only a first guess: the scroll bar and the distance to parts further on.
 */
export function estimatedHeightEm(chars: number, paragraphs: number): number {
  return Math.round((chars / 75) * 1.6 + paragraphs * 1.8 + 5);
}

/**
 * The part as the state has it now, `n` its place in the order (1-based); nothing redone that is already shown.
 * `textLater`: a part that is here keeps its placeholder for now (the reader puts texts in a few at a time, reader.ts).
 */
export function renderSlot(slot: PartSlot, n: number, state: ReaderState, ctx: SlotContext, textLater = false): void {
  const part = state.parts.get(slot.key);
  const error = state.errors.get(slot.key);
  if (part && slot.renderedFrom === part.post && slot.state === 'ready') return;
  slot.article.setAttribute('aria-labelledby', `ink-part-${n}`);
  if (error?.reason === 'deferred') {
    if (slot.article.dataset.state === 'deferred') return;
    slot.article.dataset.state = 'deferred';
    laidOutNearView(slot.article, null);
    slot.article.removeAttribute('aria-busy');
    slot.article.replaceChildren(renderHeader(n, error.index, null, error.url), ctx.deferredBox(slot.key));
    ctx.nearing?.observe(slot.article);
    return;
  }
  if (slot.article.dataset.state === 'deferred') {
    delete slot.article.dataset.state;
    ctx.nearing?.unobserve(slot.article);
  }
  if (part && !textLater) {
    const post = part.post;
    const prose = h('div', { class: 'ink-prose' });
    prose.replaceChildren(sanitizePostHtml(post.bodyHtml, { baseUrl: part.url, loadImages: ctx.imagesFor(slot.key) }));
    ctx.shown(slot.key, post.bodyHtml);
    slot.article.replaceChildren(renderHeader(n, part.index, partTitle(post, ctx.storyTitle), part.url), prose);
    delete slot.article.dataset.placeholder;
    slot.prose = prose;
    slot.state = 'ready';
    slot.words = countWords(post.bodyText);
    slot.renderedFrom = post;
    slot.article.removeAttribute('aria-busy');
    laidOutNearView(slot.article, post.bodyText.length, prose.childElementCount);
  } else if (error && !part) {
    if (slot.state === 'failed' && slot.article.dataset.reason === error.reason) return;
    laidOutNearView(slot.article, null);
    slot.state = 'failed';
    slot.prose = null;
    slot.article.dataset.reason = error.reason;
    slot.article.removeAttribute('aria-busy');
    slot.article.replaceChildren(renderHeader(n, error.index, null, error.url), ctx.failureBox(slot.key, error));
  } else if (slot.state === 'loading') {
    // Known, on its way: a placeholder in its place from the first frame.
    const index = state.pending?.get(slot.key)?.index ?? part?.index ?? null;
    const text = `Loading part ${index ?? n} of ${Math.max(orderOf(state).length, index ?? 0)}…`;
    if (slot.article.dataset.placeholder === `${n}:${text}`) return;
    slot.article.dataset.placeholder = `${n}:${text}`;
    slot.article.replaceChildren(h('h2', { id: `ink-part-${n}` }, partLabel(index, n)), h('div', { class: 'ink-status', 'data-state': 'loading', role: 'status' }, text));
  }
}

/** The quiet note on a part whose saved text is shown because the site no longer shows it. */
export function renderKept(slot: PartSlot, state: ReaderState): void {
  const kept = state.kept?.get(slot.key);
  const note = slot.article.querySelector(':scope > .ink-kept');
  const sig = kept ? `${kept.reason}:${kept.savedAt}` : '';
  if ((note as HTMLElement | null)?.dataset.sig === sig) return;
  note?.remove();
  if (!kept || slot.state !== 'ready') return;
  const box = renderKeptNote(kept);
  box.dataset.sig = sig;
  slot.prose?.before(box);
}
