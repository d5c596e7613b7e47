/**
 * Journal URLs: which site a URL belongs to, the entry URL a post is known by, and the key two
 * URLs are compared by. Pure string work (WHATWG URL only), shared by extraction and stitching.
 */

import { DETECTOR_BUILD } from './extract/build-flags';
import { memoInExtraction } from './extract/select';
import type { SiteId } from './extract/types';
import { isJournalInPathHost, isSiteSubdomain, JOURNAL_DOMAINS, type JournalDomain, siteOfDomain } from './sites';

// web.archive.org/web/20100419153302/http://… (also `…id_/`, `…if_/`, `…*/`, and scheme-less originals).
const WAYBACK = /^https?:\/\/(?:web\.)?archive\.org\/web\/(\d{1,14})(?:[a-z]{2}_)?\*?\/(.+)$/i;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The archived original of a Wayback URL, or null when `url` is not a Wayback copy. */
export function unwrapWayback(url: string): { original: string; timestamp: string } | null {
  const m = WAYBACK.exec(url.trim());
  if (!m) return null;
  let original = m[2];
  // Wayback collapses `//` in the embedded URL on some paths: `http:/host/...`.
  original = original.replace(/^(https?):\/(?!\/)/i, '$1://');
  if (!/^https?:\/\//i.test(original)) original = `http://${original}`;
  return { original, timestamp: m[1] };
}

/** The journal domain a host belongs to, or null. */
export function journalDomainOf(host: string): JournalDomain | null {
  const h = host.toLowerCase();
  for (const d of JOURNAL_DOMAINS) if (h === d || h.endsWith(`.${d}`)) return d;
  return null;
}

/** Which site a page is from: a Wayback copy counts as 'wayback' whatever it archived. */
export function siteOfUrl(url: string): SiteId {
  return unwrapWayback(url) ? 'wayback' : journalSiteOfUrl(url);
}

/** The journal site a URL points into, seeing through Wayback (memoised within an extraction, as `entryAddress`). */
export const journalSiteOfUrl: (url: string) => SiteId = DETECTOR_BUILD ? journalSiteOnce : memoInExtraction(journalSiteOnce);

function journalSiteOnce(url: string): SiteId {
  const inner = unwrapWayback(url)?.original ?? url;
  const u = parse(inner);
  const d = u && journalDomainOf(u.hostname);
  return d ? siteOfDomain(d).id : 'unknown';
}

/** A page of a site's mobile host (`m.livejournal.com`), seeing through Wayback: its shells are the mobile site's own. */
export function isMobilePage(url: string): boolean {
  return /^m\./i.test(parse(unwrapWayback(url)?.original ?? url)?.hostname ?? '');
}

/**
 * The URL an entry is known by: the Wayback original, without query or fragment, scheme and
 * host as written (`http://community.insanejournal.com/thimble_drabbles/4410.html` stays so).
 */
export const entryUrl: (url: string) => string = DETECTOR_BUILD ? entryUrlOnce : memoInExtraction(entryUrlOnce);

function entryUrlOnce(url: string): string {
  const inner = unwrapWayback(url)?.original ?? url;
  const u = parse(inner);
  if (!u) return inner;
  u.search = '';
  u.hash = '';
  return u.toString();
}

export interface EntryAddress {
  domain: JournalDomain;
  /** Journal or community username, with underscores (hosts show them as hyphens). */
  journal: string;
  /** Entry number (ditemid), or null for journal pages that are not one entry. */
  itemId: number | null;
}

/**
 * Reads journal + entry number from every URL shape the sites have used:
 * `name.site/N.html`, `community.site/name/N.html`, `users.site/name/N.html`,
 * `www.site/users/name/N.html`, `www.site/community/name/N.html`, `site/~name/N.html`,
 * `name.site/N.html?format=light`, `talkread.bml?journal=name&itemid=N`, LiveJournal's mobile
 * `m.livejournal.com/read/user/name/N`, InsaneJournal's `asylums.insanejournal.com/name/N.html`
 * (each site's shapes: utils/sites.ts).
 *
 * Memoised within an extraction (extract/select.ts `memoInExtraction`; elsewhere called every time): a page reads the
 * same links' addresses again and again (a 60-part story's footer is read by the header, the navigation lines and
 * the evidence), and each reading parses the URL. The answer is shared: callers only read it.
 */
export const entryAddress: (url: string) => Readonly<EntryAddress> | null = DETECTOR_BUILD ? entryAddressOnce : memoInExtraction(entryAddressOnce);

function entryAddressOnce(url: string): EntryAddress | null {
  const inner = unwrapWayback(url)?.original ?? url;
  const u = parse(inner);
  if (!u) return null;
  const domain = journalDomainOf(u.hostname);
  if (!domain) return null;
  const host = u.hostname.toLowerCase();
  const sub = host === domain ? '' : host.slice(0, -(domain.length + 1));
  const path = u.pathname;
  let journal: string | null = null;
  let rest = path;
  // LiveJournal's mobile pages: m.livejournal.com/read/user/NAME/N (a journal or a community), the
  // same entry as NAME.livejournal.com/N.html: one key, so a story started on either continues on the other.
  const mobile = sub === 'm' ? /^\/read\/user\/([a-z0-9_-]+)(?:\/(\d+))?\/?$/i.exec(path) : null;
  if (mobile) return { domain, journal: normalizeUsername(mobile[1]!), itemId: mobile[2] ? Number(mobile[2]) : null };
  if (sub && !isSiteSubdomain(domain, sub)) {
    journal = sub;
  } else {
    const m = /^\/(?:(?:users|community|~)\/?)?([a-z0-9_-]+)(\/.*)?$/i.exec(path);
    const bml = /\.bml$/i.test(path);
    if (isJournalInPathHost(domain, sub)) {
      const m2 = /^\/([a-z0-9_-]+)(\/.*)?$/i.exec(path);
      if (m2) [journal, rest] = [m2[1], m2[2] ?? '/'];
    } else if (/^\/(users|community)\//i.test(path) || /^\/~/.test(path)) {
      if (m) [journal, rest] = [m[1], m[2] ?? '/'];
    } else if (bml) {
      journal = u.searchParams.get('journal') ?? u.searchParams.get('user');
      const item = u.searchParams.get('itemid') ?? u.searchParams.get('ditemid');
      if (journal && item && /^\d+$/.test(item)) {
        return { domain, journal: normalizeUsername(journal), itemId: Number(item) };
      }
    }
  }
  if (!journal) return null;
  const item = /^\/(\d+)\.html$/i.exec(rest);
  return { domain, journal: normalizeUsername(journal), itemId: item ? Number(item[1]) : null };
}

/** Usernames allow [a-z0-9_]; hosts show `_` as `-`. */
export function normalizeUsername(name: string): string {
  return name.trim().toLowerCase().replace(/-/g, '_');
}

/**
 * The key two entry URLs are compared by: same entry ⇔ same key, whatever the scheme, host form,
 * query (`?style=`, `?format=`, `?thread=`), fragment (`#cutid1`) or Wayback wrapper.
 * Non-entry URLs fall back to https + lower-case host + path.
 */
export const canonicalEntryKey: (url: string) => string = DETECTOR_BUILD ? canonicalEntryKeyOnce : memoInExtraction(canonicalEntryKeyOnce);

/** (Memoised within an extraction, as entryAddress is.) */
function canonicalEntryKeyOnce(url: string): string {
  const a = entryAddress(url);
  if (a && a.itemId !== null) return `${a.domain}/${a.journal}/${a.itemId}`;
  const inner = unwrapWayback(url)?.original ?? url;
  const u = parse(inner);
  if (!u) return inner;
  return `${u.hostname.toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
}

/** The comment a URL of an entry points at (`?thread=N`: its permalink), or null. */
export function commentIdOf(url: string): string | null {
  const u = parse(unwrapWayback(url)?.original ?? url);
  const id = u?.searchParams.get('thread');
  return id && /^\d{1,12}$/.test(id) && entryAddress(url)?.itemId != null ? id : null;
}

/** A gift's fragment on its entry's URL: `#gift-N`, N its ordinal in the reveals post (2 and on: the first gift is the entry's). */
const GIFT_FRAGMENT = /^#gift-([1-9]\d{0,3})$/;

/**
 * The gift of a swap's reveals post a story URL names (`…/4410.html#gift-2`: extract/sections.ts `giftSections`, each gift a
 * story of its own), its ordinal in the post (2 and on), or null: the entry itself (the first gift, or a post of one story).
 * A Wayback copy's fragment is its original's (`unwrapWayback` keeps it).
 */
export function giftOf(url: string): number | null {
  const inner = unwrapWayback(url)?.original ?? url;
  const m = GIFT_FRAGMENT.exec(parse(inner)?.hash ?? '');
  const n = m ? Number(m[1]) : 0;
  return n >= 2 && entryAddress(url)?.itemId != null && commentIdOf(url) === null ? n : null;
}

/**
 * The URL of the `n`th gift (1-based) of the post at `url`: the first gift keeps the entry's own URL (the key stories of such
 * posts were saved under before gifts had keys of their own, and the one a link to the entry means), the others carry
 * `#gift-N`, a fragment no page has: fetched, it is the entry (fetch-url.ts drops fragments), never another page.
 */
export function giftUrl(url: string, n: number): string {
  const bare = url.replace(/#.*$/, '');
  return n >= 2 ? `${bare}#gift-${n}` : bare;
}

/** The URL without a gift's fragment (`giftUrl`): the entry a gift's text is fetched from. Any other URL as it is. */
export function withoutGift(url: string): string {
  return giftOf(url) === null ? url : url.replace(/#.*$/, '');
}

/**
 * The key a post of an entry is known by (the stitcher's part, the library's story): its entry's `canonicalEntryKey`, and for
 * a gift of a swap's reveals past the first (`giftOf`) its ordinal, `domain/journal/entry#gift-N`, so that the gifts of one
 * reveals post are parts and stories of their own. Links keep `canonicalEntryKey` (a link to an entry is the entry).
 */
export function postKeyOf(url: string): string {
  const key = canonicalEntryKey(url);
  const gift = giftOf(url);
  return gift === null ? key : `${key}#gift-${gift}`;
}

/** The entry key of a post's key (`postKeyOf`): its gift's ordinal left out. */
export function entryKeyOfPost(key: string): string {
  return key.replace(/#gift-\d+$/, '');
}

/**
 * The key a story is known by in the library, its positions and sync. A story posted as an entry:
 * its entry's `canonicalEntryKey` (stories stay under the keys they were saved with); a gift of a
 * swap's reveals past the first, the entry's key and its ordinal (`postKeyOf`). A story that
 * lives in an entry's comments (a kink-meme fill, whose URL is its first part's `?thread=N`
 * permalink): the entry's key and the comment, `domain/journal/entry?thread=N`, so that the fills
 * of one meme entry are stories of their own. Only story and fill-part URLs come here: the
 * stitcher's part links keep `canonicalEntryKey` (a link to an entry's comment is the entry).
 */
export function storyKeyOf(url: string): string {
  const comment = commentIdOf(url);
  return comment ? `${canonicalEntryKey(url)}?thread=${comment}` : postKeyOf(url);
}

/** The modern URL of an entry (`https://name-with-hyphens.site/N.html`), for fetching. */
export function canonicalEntryUrl(url: string): string {
  const a = entryAddress(url);
  if (!a || a.itemId === null) return entryUrl(url);
  return `https://${a.journal.replace(/_/g, '-')}.${a.domain}/${a.itemId}.html`;
}
