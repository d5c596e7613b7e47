/**
 * The one check every link Inkwell renders goes through (issue 10, item 5): post HTML from fresh
 * pages, saved copies and imported backups, the reader's own "Original post" links, the story
 * card and the library's part links. Pure (WHATWG URL), so extension pages can use it without
 * the sanitiser.
 */
import { journalDomainOf, unwrapWayback } from './url';

/**
 * The address a link or image of the reader may have: absolute http(s) only (never `javascript:`,
 * `data:`, `file:`, `mailto:`...), a journal's own pages as https. Every href the reader renders
 * goes through here, from fresh pages and from saved (or imported) copies alike. null: no link.
 */
export function safeLinkUrl(raw: string, base?: string): string | null {
  let u: URL;
  try {
    u = base === undefined ? new URL(raw) : new URL(raw, base);
  } catch {
    return null;
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
  if (u.username || u.password) return null;
  if (u.protocol === 'http:' && (journalDomainOf(u.hostname) || (u.hostname === 'web.archive.org' && unwrapWayback(u.href)))) u.protocol = 'https:';
  return u.toString();
}
