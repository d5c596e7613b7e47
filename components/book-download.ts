/**
 * "Download EPUB" / "Download HTML", wherever they are (the reader, the library page): the saved
 * story made into a book (utils/epub), its images fetched first when the reader allows images, and
 * the file handed to the browser through a Blob URL and an `<a download>` (no `downloads`
 * permission: the browser saves it like any download, in the folder the reader chose).
 */
import type { PartRecord, StoryRecord } from '../utils/db';
import { type BookFormat, browserImageFetcher, fetchImages, type ImageFetcher, prepareBook, writeBook } from '../utils/epub/index';
import { saveBlob } from './save-blob';

export type { BookFormat };
export { saveBlob };

export interface BookDownloadOptions {
  /** The reader's "remote images" setting. */
  images: boolean;
  /** The page's language, for a story saved before its language was kept. */
  language?: string | null;
  /** Saves the file (default: `saveBlob`). */
  save?(fileName: string, blob: Blob): void;
  fetchImage?: ImageFetcher;
  win?: Window;
}

export interface BookDownload {
  fileName: string;
  /** Parts not in the book (failed to load, or their saved text removed), as "Part 3". */
  missing: string[];
  parts: number;
  /** What to tell the reader. */
  message: string;
}

/**
 * Makes the book of a saved story and saves it. Throws when nothing of the story's text is saved
 * (there is no book to make): the message says what to do.
 */
export async function downloadBook(format: BookFormat, saved: { story: StoryRecord; parts: readonly PartRecord[] }, opts: BookDownloadOptions): Promise<BookDownload> {
  const book = prepareBook({ story: saved.story, parts: saved.parts, images: opts.images, language: opts.language }, opts.win ?? window);
  if (book.missing.length === book.parts.length) {
    throw new Error(`Nothing of “${book.title}” is saved for offline reading: open it in the reader (or refresh it) first.`);
  }
  const images = opts.images && book.imageUrls.length ? await fetchImages(book.imageUrls, opts.fetchImage ?? browserImageFetcher()) : new Map();
  const { fileName, type, bytes } = writeBook(format, book, images);
  (opts.save ?? saveBlob)(fileName, new Blob([bytes as BlobPart], { type }));
  const missing = book.missing.map((p) => p.label);
  const lost = book.imageUrls.length - images.size;
  let message = `Saved “${fileName}”`;
  if (missing.length) message += `: ${missing.length} of ${book.parts.length} parts are missing (${missing.join(', ')}); the title page lists them`;
  if (opts.images && lost > 0) message += `${missing.length ? '; ' : ': '}${lost === 1 ? 'one image' : `${lost} images`} could not be fetched (the book has the alt text)`;
  return { fileName, missing, parts: book.parts.length, message: `${message}.` };
}
