/**
 * Where the detector runs: a journal page, or a Wayback copy of one. (Opening a saved story goes to the
 * extension's reader page, reader.html?story=ID; the popup's "Continue" on the open tab sends that tab
 * 'open-reader-here', utils/messages.ts.)
 */
import { JOURNAL_DOMAINS } from './sites';

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
