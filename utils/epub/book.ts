/**
 * A saved story as a book: the title page (the story card), the parts' text as XHTML, the parts
 * that are missing and why, the metadata. Built only from what is saved (the story record and its
 * parts as IndexedDB holds them), so it works offline; both the EPUB and the single HTML file are
 * written from it.
 *
 * A part's HTML was cleaned by DOMPurify when it was saved (`cleanForStorage`, utils/reader-records.ts).
 * Here it is parsed into an inert document and written by `toXhtml` (utils/epub/xhtml.ts), which
 * writes only a short list of elements and attributes: the second line, for records saved before
 * parts were stored clean or changed since, and the same book a DOMPurify pass here would give
 * (tested), without that pass, which took longer than all the rest of the book (bench section "epub").
 */

import { formatCount } from '../../components/library-format';
// The story card's fields, in its order: the title page is the card.
import { journalHome, SHOWN, SHOWN_FOLDED } from '../../components/reader/story-card';
import type { PartRecord, StoryRecord } from '../db';
import { countWords } from '../position';
import { safeLinkUrl } from '../safe-link';
import { JOURNAL_SITES, WAYBACK_NAME } from '../sites';
import { bookIdentifier } from './names';
import { type Chunk, type ImageRef, languageTag, parseInert, toXhtml, escapeXml as x } from './xhtml';

export type MissingReason = 'not-saved' | 'text-removed';

export interface BookPart {
  /** 1-based place in the story. */
  number: number;
  key: string;
  url: string;
  /** "Part 2: The Crossing", or the story's title for a one-part story. */
  heading: string;
  /** Short label for the contents. */
  label: string;
  /** `p2`: the part's ids start with it, so ids are unique across the book. */
  id: string;
  file: string;
  /** The part's text (flow content), or null when it is missing. */
  body: Chunk[] | null;
  missing: MissingReason | null;
  words: number;
}

export interface Book {
  /** `urn:uuid:…`, derived from the story's key. */
  identifier: string;
  storyId: string;
  title: string;
  /** The name shown ("by …"): the header's Author, else the poster. */
  author: string;
  /** The author's journal, or null when the site is not known. */
  authorUrl: string | null;
  /** The community the story was posted in, when it is not the author's own journal. */
  community: { name: string; url: string | null } | null;
  /** dc:creator: the author with their journal. */
  creator: string;
  siteName: string;
  language: string;
  fields: StoryRecord['fields'];
  rating: StoryRecord['rating'];
  /** Where the story lives: its masterpost, else its first part. */
  sourceUrl: string;
  /** When the text was saved (the latest part fetched). */
  savedAt: number;
  words: number;
  parts: BookPart[];
  missing: BookPart[];
  /** Images the text uses, when images are allowed (each once). */
  imageUrls: string[];
  /** The title page's content (flow content). */
  titlePage: string;
}

export interface BookInput {
  story: StoryRecord;
  /** The story's parts as saved (any order; matched to the story's parts by key). */
  parts: readonly PartRecord[];
  /** The reader's "remote images" setting: when off, images become their alt text. */
  images: boolean;
  /** The page's language, when the story record has none. */
  language?: string | null;
}

const SITE_NAMES: Record<string, string> = { ...Object.fromEntries(JOURNAL_SITES.map((s) => [s.id, s.name])), wayback: WAYBACK_NAME };

const MISSING_TEXT: Record<MissingReason, string> = {
  'not-saved': 'it could not be loaded when the story was read, so it was never saved',
  'text-removed': 'its saved text was removed from the library',
};

/** "3 December 2026", in UTC so the same book is the same bytes wherever it is made. */
function formatDay(time: number): string {
  return new Date(time).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

/** A link when the address passes the one link check (utils/safe-link.ts), else the text alone. */
const link = (href: string | null, text: string) => {
  const safe = href ? safeLinkUrl(href) : null;
  return safe ? `<a href="${x(safe)}">${x(text)}</a>` : x(text);
};

function partBody(part: PartRecord, images: boolean, win: Window): Chunk[] {
  if (!part.bodyHtml.trim()) {
    // Saved as text only: its paragraphs.
    return part.bodyText
      .split(/\n\s*\n/)
      .map((p) => p.trim())
      .filter(Boolean)
      .map((p) => `<p>${x(p)}</p>`);
  }
  // Read, not shown: an inert document's nodes (no image of them loads, whatever the setting).
  const chunks = toXhtml(parseInert(part.bodyHtml, win), { baseUrl: part.url });
  if (images) return chunks;
  return chunks.map((c) => (typeof c === 'string' ? c : altText(c)));
}

/** What an image that is not in the book leaves: its alt text. */
export function altText(img: ImageRef): string {
  return img.alt ? `<span class="x-alt">${x(img.alt)}</span>` : '';
}

function titlePage(book: Omit<Book, 'titlePage'>): string {
  const f = book.fields;
  const out: string[] = [];
  out.push(`<h1 class="title" id="title">${x(book.title)}</h1>`);
  let by = `by ${link(book.authorUrl, book.author)}`;
  if (book.community) by += ` in ${link(book.community.url, book.community.name)}`;
  out.push(`<p class="byline">${by}</p>`);
  const rows: string[] = [];
  for (const [key, label] of SHOWN) {
    let value = f[key] ?? '';
    if (key === 'rating' && book.rating && value.trim().toLowerCase() !== book.rating.toLowerCase()) value = value ? `${value} (${book.rating})` : book.rating;
    if (key === 'wordCount' && book.words) value = `${formatCount(book.words)}${book.parts.length > 1 ? ` in ${book.parts.length} parts` : ''}`;
    if (value) rows.push(`<dt>${label}</dt><dd>${x(value)}</dd>`);
  }
  if (rows.length) out.push(`<dl class="card">${rows.join('')}</dl>`);
  for (const [key, label] of SHOWN_FOLDED) {
    const value = f[key];
    if (value) out.push(`<h2>${label}</h2><p>${x(value)}</p>`);
  }
  if (book.missing.length) {
    const n = book.missing.length;
    out.push(
      `<div class="missing" id="missing"><h2>Missing from this book</h2><p>${n === book.parts.length ? 'None of the parts are' : n === 1 ? 'One part is not' : `${n} parts are not`} in this book:</p><ul>`,
    );
    for (const p of book.missing) out.push(`<li>${x(p.label)}: ${MISSING_TEXT[p.missing!]}. ${link(p.url || null, p.url || 'No address known')}</li>`);
    out.push('</ul></div>');
  }
  out.push(`<h2>${book.parts.length === 1 ? 'Source' : 'Sources'}</h2><ol class="sources">`);
  for (const p of book.parts) out.push(`<li>${x(p.label)}: ${link(p.url || null, p.url || 'No address known')}</li>`);
  out.push('</ol>');
  out.push(`<p class="saved">Saved from ${x(book.siteName)} on ${formatDay(book.savedAt)} with Inkwell.</p>`);
  return out.join('\n');
}

/** The book for a saved story. `win`: a window whose DOM the sanitiser can use (the page's, or jsdom's). */
export function prepareBook(input: BookInput, win: Window = window): Book {
  const { story } = input;
  const byKey = new Map(input.parts.map((p) => [p.key, p]));
  const title = story.title || story.fields.title || 'Untitled';
  const many = story.partKeys.length > 1;
  const parts: BookPart[] = story.partKeys.map((key, i) => {
    const rec = byKey.get(key);
    const number = rec?.index && many ? rec.index : i + 1;
    const label = many ? `Part ${number}` : title;
    const own = rec?.title && rec.title !== title ? rec.title : null;
    const hasText = !!rec && !rec.textDroppedAt && !!(rec.bodyHtml.trim() || rec.bodyText.trim());
    const missing: MissingReason | null = hasText ? null : rec ? 'text-removed' : 'not-saved';
    return {
      number,
      key,
      url: rec?.url || story.partUrls[i] || '',
      heading: many ? (own ? `${label}: ${own}` : label) : title,
      label,
      id: `p${i + 1}`,
      file: `part-${String(i + 1).padStart(3, '0')}.xhtml`,
      body: hasText ? partBody(rec!, input.images, win) : null,
      missing,
      words: hasText ? rec!.words || countWords(rec!.bodyText) : 0,
    };
  });
  const imageUrls = new Set<string>();
  for (const p of parts) for (const c of p.body ?? []) if (typeof c !== 'string' && c.url) imageUrls.add(c.url);

  const home = story.masterpostUrl || story.partUrls.find(Boolean) || '';
  const author = story.fields.author || story.author || 'Anonymous';
  const authorUrl = journalHome({ url: home, author: story.author });
  const hostOf = (u: string | null) => (u ? new URL(u).host : '');
  const community = story.journal && story.journal !== story.author ? { name: story.journal, url: journalHome({ url: home, author: story.journal }) } : null;
  const fetched = input.parts.map((p) => p.fetchedAt).filter((t) => Number.isFinite(t) && t > 0);
  const book: Omit<Book, 'titlePage'> = {
    identifier: bookIdentifier(story.id),
    storyId: story.id,
    title,
    author,
    authorUrl,
    community,
    creator: authorUrl ? `${author} (${hostOf(authorUrl)})` : author,
    siteName: SITE_NAMES[story.site] ?? 'a journal site',
    language: languageTag(story.language) ?? languageTag(input.language) ?? 'en',
    fields: story.fields,
    rating: story.rating,
    sourceUrl: home,
    savedAt: fetched.length ? Math.max(...fetched) : story.lastRead || story.addedAt,
    words: parts.reduce((n, p) => n + p.words, 0) || story.wordCount,
    parts,
    missing: parts.filter((p) => p.missing),
    imageUrls: [...imageUrls],
  };
  return { ...book, titlePage: titlePage(book) };
}

/** The text shown where a missing part would be. */
export function missingBody(part: BookPart): string {
  return `<p class="missing">This part is not in the book: ${MISSING_TEXT[part.missing ?? 'not-saved']}.${part.url ? ` It is at ${link(part.url, part.url)}.` : ''}</p>`;
}
