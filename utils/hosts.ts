/**
 * The manifest's view of the journal sites (utils/sites.ts): host permissions, content-script
 * matches, the frame's web-accessible origins and the pages' Content-Security-Policy.
 * Least privilege: these hosts and nothing else (never <all_urls>).
 * The lists are built with calls marked pure: a bundle that reads none of them (the detector's) leaves them out.
 */
import { JOURNAL_DOMAINS } from './sites';

/**
 * Match patterns for the manifest: `*.` covers the bare domain too. http:// journal pages (old
 * links, forks without TLS) keep their button; nothing is ever fetched over http (the URL rule
 * and connect-src below).
 */
export const JOURNAL_MATCHES: string[] = [
  .../* @__PURE__ */ JOURNAL_DOMAINS.map((d) => `*://*.${d}/*`),
  // Wayback copies of journal pages: only under /web/, where the archived pages live.
  '*://web.archive.org/web/*',
];

/** The same hosts as origins (web_accessible_resources' `matches` take no path): the reader's frame. */
export const JOURNAL_ORIGIN_MATCHES: string[] = [.../* @__PURE__ */ JOURNAL_DOMAINS.map((d) => `*://*.${d}/*`), '*://web.archive.org/*'];

/**
 * The detector's include_globs, on top of the match patterns: on web.archive.org only copies of
 * journal pages (a glob cannot tell a host from a path, so the detector checks the archived URL
 * again before it does anything), never any archived site.
 */
export const JOURNAL_INCLUDE_GLOBS: string[] = [
  .../* @__PURE__ */ JOURNAL_DOMAINS.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`]),
  .../* @__PURE__ */ JOURNAL_DOMAINS.map((d) => `*://web.archive.org/web/*${d}/*`),
];

/**
 * The extension's own pages' and background's Content-Security-Policy. `connect-src` is the
 * journal hosts over https only: the browser checks it before every request fetch() makes,
 * redirect hops included, so a part's redirect to any other host (or to http://) is refused
 * before it is sent, with no extra permission. (WXT's dev server needs localhost.)
 */
export function extensionPagesCsp(dev = false): string {
  const connect = [...JOURNAL_DOMAINS.flatMap((d) => [`https://${d}`, `https://*.${d}`]), 'https://web.archive.org'];
  if (dev) connect.push('http://localhost:*', 'ws://localhost:*');
  return `script-src 'self'; object-src 'self'; connect-src ${connect.join(' ')}`;
}

/** True for http(s) pages on a journal host or a Wayback copy (web.archive.org/web/…): where the detector runs. */
export function isJournalPageUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  const host = u.hostname.toLowerCase();
  if (host === 'web.archive.org') return u.pathname.startsWith('/web/');
  return JOURNAL_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}
