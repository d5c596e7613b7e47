/**
 * The URL rule: the only URLs Inkwell ever fetches are journal entry pages, rebuilt here from
 * their parts (journal, entry number, and a few harmless display options), always over https
 * (and, when a story's parts are listed only there, its journal's tag page, its writer's
 * memories keyword page or its journal's day or month archive, rebuilt the same way: `tagPageUrlOf`,
 * `memoriesPageUrlOf`, `archivePageUrlOf`).
 * A link's own query (`?mode=reply&...`), a `*.bml` tool page with `journal=`/`itemid=`, a port,
 * credentials in the URL or a fragment never reach the network: the fetch goes to the entry.
 *
 * Used by the stitcher (what it asks for) and again by the background before every fetch (what it
 * agrees to send with the reader's cookies): both must get the same answer for the same link.
 * Pure string work (WHATWG URL only).
 */

import { isJournalInPathHost, JOURNAL_DOMAINS } from './sites';
import { type EntryAddress, entryAddress, normalizeUsername, unwrapWayback } from './url';

/**
 * Queries kept, with the values allowed: the page styles the sites offer for reading. Anything
 * else in a link's query is dropped (it could ask a tool page to do something).
 */
const KEPT_QUERY: Record<string, RegExp> = {
  format: /^light$/i,
  style: /^(?:site|light|mine)$/i,
};

/** Wayback's capture timestamps (1 to 14 digits); a `*` (a calendar or a search) is no capture. */
const WAYBACK_TIMESTAMP = /^https?:\/\/(?:web\.)?archive\.org\/web\/(\d{1,14})(?:[a-z]{2}_)?\//i;

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * The entry's page as Inkwell fetches it, or null when `url` is not a journal entry page (or a
 * Wayback copy of one). Keeps the address shape the site used (`name.site/N.html`,
 * `community.site/name/N.html`, `users.site/name/N.html`, `www.site/users/name/N.html`,
 * `site/~name/N.html`): old journals and forks answer some of them only. A `.bml` link becomes
 * `https://name.site/N.html`. Wayback: `https://web.archive.org/web/<timestamp>/<inner>`, the
 * inner entry URL rebuilt the same way with its scheme as archived (http is how most were).
 */
export function fetchUrlOf(url: string): string | null {
  const trimmed = url.trim();
  const wayback = unwrapWayback(trimmed);
  if (wayback) {
    const ts = WAYBACK_TIMESTAMP.exec(trimmed)?.[1];
    const inner = ts ? entryPageUrl(wayback.original, true) : null;
    return inner ? `https://web.archive.org/web/${ts}/${inner}` : null;
  }
  return entryPageUrl(trimmed, false);
}

/** Whether `url` is a URL the rule itself would build: the only kind the background fetches. */
export function isFetchUrl(url: string): boolean {
  return fetchUrlOf(url) === url;
}

/** The journal's own address in the shape `u` used (`name.site`, `community.site/name`, `www.site/users/name`, `site/~name`), with `file` after it. */
function journalPageUrl(u: URL, a: EntryAddress, scheme: string, file: string): string {
  const host = u.hostname.toLowerCase();
  const sub = host === a.domain ? '' : host.slice(0, -(a.domain.length + 1));
  const path = u.pathname;
  const journal = a.journal;
  if (/\.bml$/i.test(path)) return `${scheme}//${journal.replace(/_/g, '-')}.${a.domain}/${file}`;
  if (isJournalInPathHost(a.domain, sub)) return `${scheme}//${sub}.${a.domain}/${journal}/${file}`;
  if (/^\/(?:users|community)\//i.test(path)) return `${scheme}//${host}/${/^\/community\//i.test(path) ? 'community' : 'users'}/${journal}/${file}`;
  if (/^\/~/.test(path)) return `${scheme}//${host}/~${journal}/${file}`;
  return `${scheme}//${journal.replace(/_/g, '-')}.${a.domain}/${file}`;
}

function entryPageUrl(url: string, keepScheme: boolean): string | null {
  const u = parse(url);
  if (!u || (u.protocol !== 'https:' && u.protocol !== 'http:')) return null;
  if (u.username || u.password) return null;
  const a = entryAddress(u.href);
  if (!a || a.itemId === null || !JOURNAL_DOMAINS.includes(a.domain)) return null;
  const base = journalPageUrl(u, a, keepScheme ? u.protocol : 'https:', `${a.itemId}.html`);
  const kept = new URLSearchParams();
  for (const [k, re] of Object.entries(KEPT_QUERY)) {
    const v = u.searchParams.get(k);
    if (v !== null && re.test(v)) kept.set(k, v.toLowerCase());
  }
  const query = kept.toString();
  return query ? `${base}?${query}` : base;
}

/**
 * Comment pages of an entry, for a story that lives in its comments (a kink-meme fill): the
 * entry's page as `fetchUrlOf` builds it, plus one of the comment views the sites serve there —
 * `?thread=N` (one thread, every comment in full), `?page=N` (a page of top-level threads),
 * `?view=flat` — and nothing else a link carries. A separate allow-list: an entry's part links
 * still fetch the entry (`fetchUrlOf` drops these), and the fetch policy admits comment pages
 * of the story's own entry only (FetchPolicy.allowsCommentPage).
 */
const COMMENT_QUERY: Record<string, RegExp> = {
  thread: /^\d{1,12}$/,
  page: /^\d{1,3}$/,
  view: /^flat$/i,
};

export function commentPageUrlOf(url: string): string | null {
  const entry = fetchUrlOf(url);
  const u = parse(url.trim());
  if (!entry || !u || unwrapWayback(url.trim())) return null;
  const kept = new URLSearchParams(entry.split('?')[1] ?? '');
  let comment = false;
  for (const [k, re] of Object.entries(COMMENT_QUERY)) {
    const v = u.searchParams.get(k);
    if (v !== null && re.test(v)) {
      kept.set(k, v.toLowerCase());
      comment = true;
    }
  }
  return comment ? `${entry.split('?')[0]}?${kept.toString()}` : null;
}

/** Whether `url` is a comment page the rule itself would build. */
export function isCommentPageUrl(url: string): boolean {
  return commentPageUrlOf(url) === url;
}

/**
 * A journal's tag page (`name.site/tag/NAME`, in the journal's address shape, over https), or null: the one
 * page that is not an entry Inkwell may fetch, when a chapter's only link to the rest of its story is "every
 * chapter: <the story's tag>" (utils/stitch). The tag's name is one path segment of plain URL characters; the
 * link's query (`?skip=20`, `?mode=…`) is dropped, so only the tag page's first page is ever asked for. Never on
 * Wayback (an archived tag page is rarely captured; a Wayback story fetches Wayback entry copies only).
 */
export function tagPageUrlOf(url: string): string | null {
  const u = parse(url.trim());
  if (!u || unwrapWayback(u.href) || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return null;
  const a = entryAddress(u.href);
  if (!a || a.itemId !== null || !JOURNAL_DOMAINS.includes(a.domain)) return null;
  const tag = TAG_PATH.exec(u.pathname)?.[1];
  if (!tag || tag.length > 200) return null;
  const page = journalPageUrl(u, a, 'https:', `tag/${tag}`);
  // The tag must come right after the journal's own address ("/users/name/tag/x", not "/users/name/x/tag/y").
  return new URL(page).pathname === u.pathname.replace(/\/$/, '') ? page : null;
}

/** "/tag/NAME" at the end of a path: one segment of URL characters (no "/", "?", "#", "\\"). */
const TAG_PATH = /\/tag\/([\w%+:.,!~*'()@&=$-]+)\/?$/;

/** Whether `url` is a tag page the rule itself would build. */
export function isTagPageUrl(url: string): boolean {
  return tagPageUrlOf(url) === url;
}

/**
 * A writer's memories keyword page, or null: the sites of the LiveJournal code keep a list of "memorable" entries per
 * user, in keywords, and writers of the 2000s kept a chaptered story's parts under a keyword of its own as later
 * writers used tags ("both parts are in my memories, under fenlight"). The tool's page on the site's own host, as
 * LiveJournal's code serves it (`/tools/memories.bml`, `/memories.bml` of its early years; Dreamwidth's `/tools/memories`),
 * rebuilt over https on `www.` with `user` and `keyword` only (and LiveJournal's `filter=all` when the link had it): the
 * rest of a link's query (`authas=`, `multidelete=`, `mode=`, `sortby=`) never, nor a port, credentials or fragment.
 * A keyword is plain words: letters, digits, spaces and a little punctuation (no `&`, `=`, `%`, `+`, `/`, `#`, `,`:
 * the memories tool splits keywords at commas), 80 characters at most; a user name is a journal's. Never on Wayback,
 * as tag pages are not.
 */
export function memoriesPageUrlOf(url: string): string | null {
  const u = parse(url.trim());
  if (!u || unwrapWayback(u.href) || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return null;
  const host = u.hostname.toLowerCase();
  const domain = JOURNAL_DOMAINS.find((d) => host === d || host === `www.${d}`);
  const path = MEMORIES_PATH.exec(u.pathname)?.[0].toLowerCase();
  const users = u.searchParams.getAll('user');
  const keywords = u.searchParams.getAll('keyword');
  if (!domain || !path || users.length !== 1 || keywords.length !== 1 || !MEMORIES_USER.test(users[0]) || !MEMORIES_KEYWORD.test(keywords[0])) return null;
  const query = new URLSearchParams({ user: normalizeUsername(users[0]), keyword: keywords[0] });
  if (u.searchParams.getAll('filter').join() === 'all') query.set('filter', 'all');
  return `https://www.${domain}${path}?${query}`;
}

/** The memories tool's paths on the sites of the LiveJournal code. */
const MEMORIES_PATH = /^\/(?:tools\/memories(?:\.bml)?|memories\.bml)$/i;
/** A journal's name, as the sites allow them. */
const MEMORIES_USER = /^[a-z0-9_-]{1,25}$/i;
/** Plain words: a letter or digit first and last, between them letters, marks, digits, spaces and `_ . ' ’ : ! ? ( ) -`. */
const MEMORIES_KEYWORD = /^[\p{L}\p{N}](?:[\p{L}\p{M}\p{N} _.'’:!?()-]{0,78}[\p{L}\p{M}\p{N}.!?)])?$/u;

/** Whether `url` is a memories keyword page the rule itself would build. */
export function isMemoriesPageUrl(url: string): boolean {
  return memoriesPageUrlOf(url) === url;
}

/** `domain/user` of a memories keyword page: whose memories they are (the fetch policy's journal), or null. */
export function memoriesJournalOf(url: string): string | null {
  const page = memoriesPageUrlOf(url);
  if (!page) return null;
  const u = new URL(page);
  return `${u.hostname.slice('www.'.length)}/${u.searchParams.get('user')}`;
}

/**
 * A journal's day or month archive page (`name.site/2010/06/12/`, `name.site/2009/03/`, in the journal's address shape, over
 * https), or null: where a writer who posted every part in one day or month points instead of linking each part ("both
 * halves went up today: see June 12th", "all the chapters: my March archive"). Rebuilt from its numbers, read as real
 * dates (a year from 1999, when the first of these journals opened, to this year; a month 1-12; a day the month has),
 * four and two digits each; the link's query (`?mode=`, `?skip=`) is dropped, so only the archive itself is asked for.
 * The date must come right after the journal's own address ("/users/name/2009/03/", not "/users/name/x/2009/03/"). Never
 * on Wayback, as tag pages are not.
 */
export function archivePageUrlOf(url: string): string | null {
  const u = parse(url.trim());
  if (!u || unwrapWayback(u.href) || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return null;
  const a = entryAddress(u.href);
  if (!a || a.itemId !== null || !JOURNAL_DOMAINS.includes(a.domain)) return null;
  const m = ARCHIVE_PATH.exec(u.pathname);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), m[3] === undefined ? null : Number(m[3])];
  if (year < 1999 || year > new Date().getUTCFullYear() || month < 1 || month > 12) return null;
  // A day the month has: Date rolls 2010-02-30 over to March.
  if (day !== null && (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1)) return null;
  const date = `${year}/${String(month).padStart(2, '0')}/${day === null ? '' : `${String(day).padStart(2, '0')}/`}`;
  const page = journalPageUrl(u, a, 'https:', date);
  // (A journal's name in a path is compared as the sites read it: "Reed-Warbler" is reed_warbler.)
  const path = (p: string) => p.replace(/\/$/, '').toLowerCase().replace(/-/g, '_');
  return path(new URL(page).pathname) === path(u.pathname) ? page : null;
}

/** "/YYYY/MM/" or "/YYYY/MM/DD/" at the end of a path (the closing slash optional). */
const ARCHIVE_PATH = /\/(\d{4})\/(\d{2})(?:\/(\d{2}))?\/?$/;

/** Whether `url` is a day or month archive page the rule itself would build. */
export function isArchivePageUrl(url: string): boolean {
  return archivePageUrlOf(url) === url;
}

/** Whether `url` is a day archive (one day's entries in full), not a month's list of subjects; `url` an archive page. */
export function isDayArchiveUrl(url: string): boolean {
  return /\/\d{4}\/\d{2}\/\d{2}\/$/.test(archivePageUrlOf(url) ?? '');
}

/**
 * A journal's front page (its recent entries: `name.site/`, `www.site/users/name/`, `community.site/name/`, in the journal's
 * address shape, over https), or null: where a writer keeps a WIP's chapter index in a sticky post at the top of the journal
 * and each chapter says so ("the chapter index is the sticky post at the top of my journal"), linking the journal itself.
 * Rebuilt from the journal's name alone: the link's query (`?skip=20`, `?tag=`, `?style=`) and fragment are dropped, so only
 * the first page is ever asked for; any path past the journal's address (`/profile`, `/calendar`, `/tag/…`) is none. Never on
 * Wayback, as tag pages are not.
 */
export function frontPageUrlOf(url: string): string | null {
  const u = parse(url.trim());
  if (!u || unwrapWayback(u.href) || (u.protocol !== 'https:' && u.protocol !== 'http:') || u.username || u.password) return null;
  const a = entryAddress(u.href);
  if (!a || a.itemId !== null || !JOURNAL_DOMAINS.includes(a.domain) || !/^[a-z0-9_]{1,25}$/.test(a.journal) || /\.bml$/i.test(u.pathname)) return null;
  const page = journalPageUrl(u, a, 'https:', '');
  // (A journal's name in a path is compared as the sites read it: "Reed-Warbler" is reed_warbler.)
  const path = (p: string) => p.replace(/\/$/, '').toLowerCase().replace(/-/g, '_');
  return path(new URL(page).pathname) === path(u.pathname) ? page : null;
}

/** Whether `url` is a journal's front page the rule itself would build. */
export function isFrontPageUrl(url: string): boolean {
  return frontPageUrlOf(url) === url;
}

/**
 * The journal's own "next entry" / "previous entry" navigation from an entry (`entryUrl`), over https, or null: the
 * sites of the LiveJournal code answer it for any entry and redirect to the neighbouring entry the reader may see
 * (locked ones skipped), which is how a story is read on past a part that cannot be read (utils/stitch/gaps.ts).
 * Dreamwidth's `https://www.dreamwidth.org/go?journal=J&itemid=N&dir=next` (DW::Controller::Redirect `entry_nav_url`,
 * the `/go` its S2 `nav_next` links), the others' `https://www.<site>/go.bml?journal=J&itemid=N&dir=next` (htdocs/go.bml,
 * LJ::Talk's and S2's Previous / Next Entry). `itemid` is the entry's number as its URL shows it (ditemid: jitemid × 256
 * + anum; the handler divides it by 256 itself), `journal` the journal's name with underscores. Only these three
 * parameters: never `redir_key` or a style. Never on Wayback (an archived copy's navigation is not a capture).
 */
export function entryNavUrlOf(entryUrl: string, dir: 'next' | 'prev'): string | null {
  const trimmed = entryUrl.trim();
  if (unwrapWayback(trimmed) || !fetchUrlOf(trimmed)) return null;
  const a = entryAddress(trimmed);
  if (!a || a.itemId === null || !JOURNAL_DOMAINS.includes(a.domain) || !/^[a-z0-9_]{1,25}$/.test(a.journal)) return null;
  const path = a.domain === 'dreamwidth.org' ? '/go' : '/go.bml';
  return `https://www.${a.domain}${path}?${new URLSearchParams({ journal: a.journal, itemid: String(a.itemId), dir })}`;
}

/**
 * What an entry navigation URL is, when it is exactly one `entryNavUrlOf` builds: the entry it leads on from (as
 * `https://name.site/N.html`), its journal (`domain/journal`) and its direction; else null.
 */
export function entryNavOf(url: string): { entry: string; journal: string; dir: 'next' | 'prev' } | null {
  const u = parse(url.trim());
  if (!u) return null;
  const journal = u.searchParams.get('journal') ?? '';
  const itemid = u.searchParams.get('itemid') ?? '';
  const dir = u.searchParams.get('dir');
  const domain = JOURNAL_DOMAINS.find((d) => u.hostname.toLowerCase() === `www.${d}`);
  if (!domain || (dir !== 'next' && dir !== 'prev') || !/^[a-z0-9_]{1,25}$/.test(journal) || !/^[1-9]\d{0,11}$/.test(itemid)) return null;
  const entry = `https://${journal.replace(/_/g, '-')}.${domain}/${itemid}.html`;
  return entryNavUrlOf(entry, dir) === url ? { entry, journal: `${domain}/${journal}`, dir } : null;
}
