/**
 * A saved story in the library page: its card, its parts each with its state (saved offline,
 * text removed, not saved; read, where you stopped, unread) and the actions on it.
 * Text only through textContent (the `h` builder).
 */

import { hasCachedText, type PartRecord, type PositionRecord, type StoryRecord } from '../utils/db';
import { statusOf } from '../utils/library';
import { newPartCount } from '../utils/library-data';
import { safeLinkUrl } from '../utils/safe-link';
import { savedStoryComplete } from '../utils/story-progress';
import type { BookFormat } from './book-download';
import { formatCount, formatDate, formatPercent, ratingBadge, STATUS_LABEL, timeAgo } from './library-format';
import { h } from './reader/dom';

export interface StoryDetailActions {
  open(): void;
  /** Save the story as a book (from the saved copy). */
  download(format: BookFormat): void;
  refresh(): void;
  setStatus(status: 'finished' | 'not-started' | undefined): void;
  dropText(): void;
  remove(): void;
}

export type PartState = 'cached' | 'dropped' | 'missing';

export interface PartRow {
  key: string;
  url: string;
  title: string;
  number: number;
  state: PartState;
  words: number | null;
  droppedAt: number | null;
  reading: 'read' | 'here' | 'unread';
  /** Paragraph (1-based) where the reader stopped, on the 'here' part. */
  paragraph: number | null;
  /** When the site stopped showing the part (its saved text is kept), else null. */
  missingSince: number | null;
}

/** What a story's status is computed from: its position, completeness and new parts. */
function storyProgress(story: StoryRecord, position: PositionRecord | null) {
  const at = position ? story.partKeys.indexOf(position.partKey) : -1;
  return { status: story.status, percent: position?.percent ?? null, complete: savedStoryComplete(story), newParts: newPartCount(story, at) };
}

/** "3", "3 of 5", "3 (more to come)": the parts saved and what the markers promise. */
function partsText(story: StoryRecord): string {
  const n = story.partKeys.length;
  if (story.totalParts === null) return `${n} (more to come)`;
  if (story.totalParts !== undefined && story.totalParts > n) return `${n} of ${story.totalParts}`;
  return String(n);
}

/** Each part of the story in reading order with its cache and reading state. */
export function partRows(story: StoryRecord, parts: PartRecord[], position: PositionRecord | null): PartRow[] {
  const byKey = new Map(parts.map((p) => [p.key, p]));
  const at = position ? story.partKeys.indexOf(position.partKey) : -1;
  const finished = statusOf(storyProgress(story, position)) === 'finished';
  return story.partKeys.map((key, i) => {
    const p = byKey.get(key);
    const state: PartState = !p ? 'missing' : hasCachedText(p) ? 'cached' : 'dropped';
    const reading: PartRow['reading'] = finished ? 'read' : at < 0 ? 'unread' : i < at ? 'read' : i === at ? 'here' : 'unread';
    return {
      key,
      missingSince: p?.missingSince ?? null,
      url: p?.url || story.partUrls[i] || '',
      title: p?.title || `Part ${i + 1}`,
      number: i + 1,
      state,
      words: p ? p.words : null,
      droppedAt: p?.textDroppedAt ?? null,
      reading,
      paragraph: reading === 'here' && position ? position.paragraph + 1 : null,
    };
  });
}

const STATE_TEXT: Record<PartState, string> = {
  cached: 'Saved for offline reading',
  dropped: 'Text removed (fetched again when you read it)',
  missing: 'Not saved: it failed to load',
};

export function renderStoryDetail(
  story: StoryRecord,
  parts: PartRecord[],
  position: PositionRecord | null,
  actions: StoryDetailActions,
  opts: { now?: number; titleId: string; backHref: string },
): HTMLElement {
  const now = opts.now ?? Date.now();
  const status = statusOf(storyProgress(story, position));
  const wrap = h('article', { class: 'sd', 'aria-labelledby': opts.titleId, 'data-id': story.id });
  wrap.append(h('p', { class: 'sd-back' }, h('a', { href: opts.backHref, class: 'sd-back-link' }, '← All stories')));
  wrap.append(h('h2', { id: opts.titleId, class: 'sd-title', tabindex: -1 }, story.title || 'Untitled'));
  const by = h('p', { class: 'sd-byline' }, 'by ', h('span', { class: 'sd-author' }, story.author || 'unknown'));
  if (story.journal && story.journal !== story.author) by.append(` in ${story.journal}`);
  wrap.append(by);

  const f = story.fields;
  const dl = h('dl', { class: 'sd-fields' });
  const row = (label: string, value: string | Node | null | undefined) => {
    if (value === null || value === undefined || value === '') return;
    dl.append(h('dt', {}, label), h('dd', {}, value));
  };
  row('Fandom', f.fandom);
  row('Pairing', f.pairing);
  row('Characters', f.characters);
  const badge = ratingBadge(story.rating);
  // The journal's own words, and the scale Inkwell files it under when they differ ("PG-13", Teen).
  const own = f.rating?.trim() ?? '';
  const ratingText = !own ? badge.long : !story.rating || own.toLowerCase() === story.rating.toLowerCase() ? own : `${own} (${badge.long.toLowerCase()})`;
  const rating = h('span', {}, h('span', { class: `sl-badge sl-badge--${badge.cls}`, 'aria-hidden': 'true' }, badge.short), ` ${ratingText}`);
  row('Rating', rating);
  row('Warnings', f.warnings);
  row('Words', story.wordCount ? formatCount(story.wordCount) : null);
  row('Parts', partsText(story));
  row('Status', STATUS_LABEL[status]);
  row('Progress', position ? `${formatPercent(position.percent)} read` : 'Not opened yet');
  row('Added', formatDate(story.addedAt));
  row('Last read', `${timeAgo(story.lastRead, now)} (${formatDate(story.lastRead)})`);
  row('Summary', f.summary);
  wrap.append(dl);

  const bar = h('div', { class: 'sd-actions', role: 'group', 'aria-label': 'Story actions' });
  const button = (label: string, cls: string, onClick: () => void, extra: Record<string, string> = {}) => {
    const b = h('button', { type: 'button', class: cls, ...extra }, label);
    b.addEventListener('click', onClick);
    bar.append(b);
    return b;
  };
  button(status === 'reading' ? 'Continue reading' : status === 'finished' ? 'Read again' : 'Start reading', 'sd-open primary', actions.open);
  button('Refresh from the site', 'sd-refresh', actions.refresh, { title: 'Open the first part on the journal site and the reader there' });
  for (const format of ['epub', 'html'] as const) {
    const b = button(`Download ${format.toUpperCase()}`, `sd-download sd-download-${format}`, () => actions.download(format), {
      title: format === 'epub' ? 'An e-book of the saved copy, for an e-reader or a phone' : 'The saved copy as one web page',
    });
    b.disabled = !parts.some(hasCachedText);
  }
  if (status !== 'finished') button('Mark finished', 'sd-finished', () => actions.setStatus('finished'));
  if (status !== 'not-started') button('Mark not started', 'sd-unread', () => actions.setStatus('not-started'));
  if (story.status !== undefined) button('Status from position', 'sd-clear-status', () => actions.setStatus(undefined), { title: 'Forget the status you set; follow the reading position' });
  const cachedCount = parts.filter(hasCachedText).length;
  const drop = button('Remove offline copy', 'sd-drop', actions.dropText, { title: 'Delete the saved text; keep the story and your place' });
  drop.disabled = cachedCount === 0;
  button('Delete story', 'sd-delete danger', actions.remove);
  wrap.append(bar);

  const rows = partRows(story, parts, position);
  wrap.append(h('h3', { class: 'sd-parts-title' }, 'Parts'));
  const ol = h('ol', { class: 'sd-parts' });
  for (const p of rows) {
    const li = h('li', { class: `sd-part sd-part--${p.state} sd-part--${p.reading}`, 'data-key': p.key, 'data-state': p.state, 'data-reading': p.reading });
    // "Part 2: title": parts often share the story's title, and links need names of their own.
    const name = `Part ${p.number}: ${p.title}`;
    const href = p.url ? safeLinkUrl(p.url) : null;
    li.append(href ? h('a', { href, target: '_blank', rel: 'noopener noreferrer', class: 'sd-part-link' }, name) : h('span', { class: 'sd-part-link' }, name));
    const facts = h('span', { class: 'sd-part-facts' });
    const stateText =
      p.state === 'dropped' && p.droppedAt
        ? `Text removed ${formatDate(p.droppedAt)} (fetched again when you read it)`
        : p.state === 'cached' && p.missingSince
          ? `Saved for offline reading; no longer on the site (since ${formatDate(p.missingSince)})`
          : STATE_TEXT[p.state];
    facts.append(h('span', { class: 'sd-part-state' }, stateText));
    if (p.words) facts.append(` · ${formatCount(p.words)} words`);
    facts.append(' · ');
    facts.append(h('span', { class: 'sd-part-reading' }, p.reading === 'here' ? `You stopped here, at paragraph ${p.paragraph}` : p.reading === 'read' ? 'Read' : 'Not read yet'));
    li.append(facts);
    ol.append(li);
  }
  wrap.append(ol);
  return wrap;
}
