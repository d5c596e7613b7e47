/**
 * Images for a book: fetched once each (when the reader allows images), checked by their bytes, never
 * by what a server says they are. Only JPEG, PNG and GIF go in: EPUB's core image types that every
 * e-reader shows; SVG (a document that can hold scripts and links) and anything else stays out and
 * the book shows the image's alt text instead.
 */

export type ImageType = 'image/jpeg' | 'image/png' | 'image/gif';

export interface BookImage {
  bytes: Uint8Array;
  type: ImageType;
}

export const IMAGE_EXTENSION: Record<ImageType, string> = { 'image/jpeg': 'jpg', 'image/png': 'png', 'image/gif': 'gif' };

/** The image type the bytes are, or null. */
export function sniffImage(b: Uint8Array): ImageType | null {
  if (b.length > 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'image/jpeg';
  if (b.length > 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47 && b[4] === 0x0d && b[5] === 0x0a && b[6] === 0x1a && b[7] === 0x0a) return 'image/png';
  if (b.length > 6 && b[0] === 0x47 && b[1] === 0x49 && b[2] === 0x46 && b[3] === 0x38 && (b[4] === 0x37 || b[4] === 0x39) && b[5] === 0x61) return 'image/gif';
  return null;
}

/** Fetches one image's bytes, or null (refused, not found, too slow, too big). */
export type ImageFetcher = (url: string, signal: AbortSignal) => Promise<Uint8Array | null>;

export interface ImageLimits {
  /** Per image. */
  maxBytes: number;
  /** All images of one book together. */
  maxTotalBytes: number;
  timeoutMs: number;
  concurrency: number;
}

export const DEFAULT_IMAGE_LIMITS: ImageLimits = { maxBytes: 5 * 2 ** 20, maxTotalBytes: 60 * 2 ** 20, timeoutMs: 15_000, concurrency: 4 };

/** The images that could be fetched and are images, by URL; the rest are left out (the book shows their alt text). */
export async function fetchImages(urls: readonly string[], fetcher: ImageFetcher, limits: Partial<ImageLimits> = {}): Promise<Map<string, BookImage>> {
  const lim = { ...DEFAULT_IMAGE_LIMITS, ...limits };
  const out = new Map<string, BookImage>();
  const queue = [...new Set(urls)].filter((u) => /^https?:\/\//i.test(u));
  let total = 0;
  const worker = async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const ctl = new AbortController();
      const timer = setTimeout(() => ctl.abort(), lim.timeoutMs);
      try {
        const bytes = await fetcher(url, ctl.signal);
        const type = bytes && bytes.length <= lim.maxBytes ? sniffImage(bytes) : null;
        if (bytes && type && total + bytes.length <= lim.maxTotalBytes) {
          total += bytes.length;
          out.set(url, { bytes, type });
        }
      } catch {
        // Alt text instead.
      } finally {
        clearTimeout(timer);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(lim.concurrency, queue.length) }, worker));
  return out;
}

/** The browser's fetch as an image fetcher: no cookies, no referrer, a size check before and after. */
export function browserImageFetcher(maxBytes = DEFAULT_IMAGE_LIMITS.maxBytes): ImageFetcher {
  return async (url, signal) => {
    const res = await fetch(url, { credentials: 'omit', referrerPolicy: 'no-referrer', signal, cache: 'force-cache' });
    if (!res.ok) return null;
    if (Number(res.headers.get('content-length') ?? 0) > maxBytes) return null;
    const bytes = new Uint8Array(await res.arrayBuffer());
    return bytes.length <= maxBytes ? bytes : null;
  };
}
