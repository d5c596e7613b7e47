/**
 * The story card at the top of the reader: title, author linked to the journal, the header's
 * fields, the rating with its normalised badge; notes and disclaimer collapsed; where else the
 * story is (story-links.ts).
 * Every value is text (textContent), never HTML.
 */
import { storyTitleOf } from '../../utils/extract/parts';
import type { FieldKey, StoryPost } from '../../utils/extract/types';
import { safeLinkUrl } from '../../utils/safe-link';
import { commentIdOf, journalDomainOf, unwrapWayback } from '../../utils/url';
import { h } from './dom';
import { renderStoryLinks } from './story-links';

/** The fields the card shows, in order (the book's title page too: utils/epub/book.ts). */
export const SHOWN: [FieldKey, string][] = [
  ['fandom', 'Fandom'],
  ['pairing', 'Pairing'],
  ['characters', 'Characters'],
  ['rating', 'Rating'],
  ['warnings', 'Warnings'],
  ['wordCount', 'Words'],
  ['series', 'Series'],
  ['genre', 'Genre'],
  ['prompt', 'Prompt'],
  ['beta', 'Beta'],
  ['summary', 'Summary'],
];

/** Longer texts, shown folded. */
export const SHOWN_FOLDED: [FieldKey, string][] = [
  ['notes', 'Notes'],
  ['disclaimer', 'Disclaimer'],
  ['dedication', 'Dedication'],
  ['spoilers', 'Spoilers'],
];

/**
 * The author's journal (https), or null when the post's address is not a journal's or the name
 * is not a username: a saved or imported post's fields are checked again before they become a link.
 */
export function journalHome(post: Pick<StoryPost, 'url' | 'author'>): string | null {
  const url = safeLinkUrl(unwrapWayback(post.url)?.original ?? post.url);
  const domain = url ? journalDomainOf(new URL(url).hostname) : null;
  if (!domain || !/^[a-z0-9_-]{1,64}$/i.test(post.author)) return null;
  return `https://${post.author.replace(/_/g, '-').toLowerCase()}.${domain}/`;
}

/** `whole`: the story's word count and number of parts once every part is in (a part's own header
 * gives that part's count only); `missing`: the parts that could not be read (their words are not counted, so the
 * count is never given as the whole story's). */
export function renderStoryCard(post: StoryPost, titleId: string, whole: { words: number; parts: number; missing?: number } | null): HTMLElement {
  const title = (post.fields.title && storyTitleOf(post.fields.title, post.part)) || post.subject || 'Untitled';
  const card = h('section', { class: 'ink-card', 'aria-label': 'About this story' });
  card.append(h('h1', { id: titleId }, title));
  const by = h('p', { class: 'ink-byline' }, 'by ');
  const home = journalHome(post);
  const name = post.fields.author || post.author;
  by.append(home ? h('a', { href: home, target: '_blank', rel: 'noopener noreferrer' }, name) : name);
  if (post.journal && post.journal !== post.author) by.append(` in ${post.journal}`);
  card.append(by);
  // A fill's prompt (the comment it answers: often long, and someone else's words) is folded, first.
  const fill = commentIdOf(post.url) !== null;
  const dl = h('dl', { class: 'ink-fields' });
  for (const [key, label] of SHOWN) {
    if (fill && key === 'prompt') continue;
    let value = post.fields[key];
    const missing = whole?.missing ?? 0;
    if (key === 'wordCount' && whole && whole.words && (whole.parts + missing > 1 || !value)) {
      value = `${whole.words.toLocaleString('en')}${whole.parts > 1 ? ` in ${whole.parts} parts` : ''}`;
      if (missing) value += ` (${missing === 1 ? 'a part' : `${missing} parts`} could not be read)`;
    }
    if (!value) continue;
    const dd = h('dd', {}, value);
    if (key === 'rating' && post.rating) dd.append(h('span', { class: 'ink-badge', title: 'Rating on AO3’s scale' }, post.rating));
    dl.append(h('dt', {}, label), dd);
  }
  if (dl.childElementCount) card.append(dl);
  for (const [key, label] of fill ? [['prompt', 'Prompt'] as [FieldKey, string], ...SHOWN_FOLDED] : SHOWN_FOLDED) {
    const value = post.fields[key];
    if (!value) continue;
    const d = h('details', {});
    d.append(h('summary', {}, label), h('p', {}, value));
    card.append(d);
  }
  const links = renderStoryLinks(post);
  if (links) card.append(links);
  return card;
}
