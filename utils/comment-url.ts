/**
 * Where a reader comments on a part: the entry's reply page (`?mode=reply`), which LiveJournal,
 * Dreamwidth and their forks (InsaneJournal, JournalFen, DeadJournal, Scribbld) all serve from the
 * same code. Derived from the part's canonical URL, never read from the page: a Wayback copy's
 * comments are the live entry's, and an old `talkread.bml?journal=…&itemid=…` address becomes the
 * entry's own. Pure string work.
 */
import { entryAddress, entryUrl } from './url';

/** The reply page of an entry, or null when the URL is not one entry (a journal's front page). */
export function commentUrl(partUrl: string): string | null {
  const address = entryAddress(partUrl);
  if (!address || address.itemId === null) return null;
  const entry = new URL(entryUrl(partUrl));
  // name.site/N.html, community.site/name/N.html, site/~name/N.html keep the form the site wrote.
  if (!/\/\d+\.html$/i.test(entry.pathname)) {
    entry.hostname = `${address.journal.replace(/_/g, '-')}.${address.domain}`;
    entry.pathname = `/${address.itemId}.html`;
  }
  entry.search = '?mode=reply';
  return entry.toString();
}
