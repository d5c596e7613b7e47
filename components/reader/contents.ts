/**
 * The story's parts as lists: the contents above the text (a link to each part, and which are
 * loading, waiting or failed) and the items of the bar's *Parts* menu.
 */
import type { ReaderState } from '../../utils/kept-parts';
import { h } from './dom';
import { orderOf, partLabel, partTitle } from './part-slot';
import type { PartsNavItem } from './parts-nav';

/** What a part that is not here yet says beside its name. */
function noteOf(state: ReaderState, key: string): string {
  const error = state.errors.get(key);
  if (error?.reason === 'deferred') return '(loads as you read)';
  if (error) return '(could not load)';
  return state.parts.has(key) ? '' : '(loading)';
}

/** The part's name: its own number when it has one, else its place in the order (`i` 0-based). */
function labelOf(state: ReaderState, key: string, i: number): string {
  return partLabel(state.parts.get(key)?.index ?? state.errors.get(key)?.index ?? state.pending?.get(key)?.index ?? null, i + 1);
}

export function renderContents(toc: HTMLElement, state: ReaderState, go: (index: number) => void): void {
  const ol = h('ol', {});
  const order = orderOf(state);
  order.forEach((key, i) => {
    const li = h('li', {});
    const a = h('a', { href: `#ink-part-${i + 1}` }, labelOf(state, key, i));
    a.addEventListener('click', (e) => {
      e.preventDefault();
      go(i);
    });
    li.append(a);
    const note = noteOf(state, key);
    if (note) li.append(h('span', { class: 'ink-failed-mark' }, ` ${note}`));
    ol.append(li);
  });
  toc.replaceChildren(h('h2', {}, order.length === 1 ? 'One part' : `${order.length} parts`), ol);
  // A header-only post that links only off the journals: the card says where the story is.
  toc.hidden = state.done && !order.length;
}

export function partsMenuItems(state: ReaderState, storyTitle: string): PartsNavItem[] {
  return orderOf(state).map((key, i) => {
    const post = state.parts.get(key)?.post;
    const title = post ? partTitle(post, storyTitle) : null;
    return { label: `${labelOf(state, key, i)}${title ? `: ${title}` : ''}`, note: noteOf(state, key) };
  });
}
