/**
 * Take the story with you: a saved story as an EPUB 3 (with an EPUB 2 NCX) or one HTML file.
 * Pure: the saved records and a DOM in, bytes out (the same code runs in the reader, the library
 * page and vitest). Fetching images and saving the file are the caller's (components/book-download.ts).
 *
 *   const book = prepareBook({ story, parts, images: settings.loadImages }, window);
 *   const images = await fetchImages(book.imageUrls, browserImageFetcher());
 *   const { fileName, bytes, type } = writeBook('epub', book, images);
 */
import type { Book } from './book';
import { buildEpub } from './epub';
import { buildHtml } from './html';
import type { BookImage } from './images';
import { bookFileName } from './names';

export type BookFormat = 'epub' | 'html';

export const BOOK_TYPES: Record<BookFormat, string> = { epub: 'application/epub+zip', html: 'text/html' };

export interface WrittenBook {
  fileName: string;
  type: string;
  bytes: Uint8Array;
}

export function writeBook(format: BookFormat, book: Book, images: ReadonlyMap<string, BookImage> = new Map()): WrittenBook {
  const bytes = format === 'epub' ? buildEpub(book, images) : new TextEncoder().encode(buildHtml(book, images));
  return { fileName: bookFileName(book.title, book.author, format), type: BOOK_TYPES[format], bytes };
}

export { type Book, prepareBook } from './book';
export { buildEpub } from './epub';
export { buildHtml } from './html';
export { type BookImage, browserImageFetcher, fetchImages, type ImageFetcher } from './images';
export { bookFileName, bookIdentifier } from './names';
