/**
 * The journal sites Inkwell runs on: the one table. The manifest's hosts (utils/hosts.ts), `SiteId`,
 * which site a URL is from and how its addresses read (utils/url.ts), whose journal a link names
 * (extract/chrome.ts), which page styles a site's pages are tried with (extract/posts.ts), the store
 * description and the test fixtures' site lists are all read from here. Adding a site: a row here,
 * an adapter file if its pages have styles of their own, and fixtures (README, "Adding a site").
 */
import { DETECTOR_BUILD } from './extract/build-flags';
import { dreamwidth } from './extract/sites/dreamwidth';
import { livejournal } from './extract/sites/livejournal';
import { ljFamily } from './extract/sites/lj-family';
import type { SiteAdapter } from './extract/sites/types';

export interface JournalSite {
  /** The id stored with every story (`StoryRecord.site`): never rename one. */
  id: string;
  /** The registered domain: journals are `name.<domain>`; `*.<domain>` is a host permission. */
  domain: string;
  /** As the site writes its own name (the store description, a book's title page). */
  name: string;
  /** The page styles of this site's own, tried first; null when its pages are the LiveJournal code's own. */
  adapter: SiteAdapter | null;
  /** Subdomains that are the site's own (not a user's journal) besides the code family's (RESERVED_SUBDOMAINS). */
  reserved: readonly string[];
  /** The site's own hosts whose path names the journal (`host/NAME/N.html`), besides `users.` and `community.`. */
  journalInPath: readonly string[];
  /** The entry address shapes the site serves, for one entry of the journal `some_name`, number 123 (tests read them all). */
  urlShapes: readonly string[];
}

/**
 * Subdomains every site of the LiveJournal code keeps for itself: `www`, the mobile site `m`, the
 * journal-in-the-path hosts (`users.site/name/`, `community.site/name/`, `syndicated.site/name/`),
 * static files (`stat`, `l-stat`, `p`) and `news`.
 */
export const RESERVED_SUBDOMAINS = ['www', 'm', 'users', 'community', 'syndicated', 'news', 'l-stat', 'stat', 'p'] as const;

/** The code's hosts whose path names the journal: `users.site/NAME/N.html`, `community.site/NAME/N.html`. */
const JOURNAL_IN_PATH = ['users', 'community'];

/** The address shapes every site of the code serves (old journals kept them). Tests only: not in the detector's build. */
const LJ_CODE_URL_SHAPES: readonly string[] = DETECTOR_BUILD
  ? []
  : [
      'https://some-name.DOMAIN/123.html',
      'http://community.DOMAIN/some_name/123.html',
      'http://users.DOMAIN/some_name/123.html',
      'http://www.DOMAIN/users/some_name/123.html',
      'http://www.DOMAIN/community/some_name/123.html',
      'http://DOMAIN/~some_name/123.html',
      'http://www.DOMAIN/talkread.bml?journal=some_name&itemid=123',
    ];

// Order matters: it is the order of the manifest's hosts and of the store description. (The names are the manifest's,
// the library's and a book's: the detector's build keeps none.)
export const JOURNAL_SITES = [
  {
    id: 'livejournal',
    domain: 'livejournal.com',
    name: DETECTOR_BUILD ? '' : 'LiveJournal',
    adapter: livejournal,
    reserved: [],
    journalInPath: [],
    urlShapes: DETECTOR_BUILD ? [] : [...LJ_CODE_URL_SHAPES, 'https://m.DOMAIN/read/user/some_name/123'],
  },
  { id: 'dreamwidth', domain: 'dreamwidth.org', name: DETECTOR_BUILD ? '' : 'Dreamwidth', adapter: dreamwidth, reserved: [], journalInPath: [], urlShapes: LJ_CODE_URL_SHAPES },
  {
    id: 'insanejournal',
    domain: 'insanejournal.com',
    name: DETECTOR_BUILD ? '' : 'InsaneJournal',
    adapter: null,
    reserved: [],
    // InsaneJournal calls communities asylums, at asylums.insanejournal.com/NAME/ (Dreamwidth's importer
    // reads them so: dreamwidth/dreamwidth cgi-bin/DW/FeedCanonicalizer.pm, DW/External/Userinfo.pm).
    journalInPath: ['asylums'],
    urlShapes: DETECTOR_BUILD ? [] : [...LJ_CODE_URL_SHAPES, 'http://asylums.DOMAIN/some_name/123.html'],
  },
  { id: 'journalfen', domain: 'journalfen.net', name: DETECTOR_BUILD ? '' : 'JournalFen', adapter: null, reserved: [], journalInPath: [], urlShapes: LJ_CODE_URL_SHAPES },
  { id: 'deadjournal', domain: 'deadjournal.com', name: DETECTOR_BUILD ? '' : 'DeadJournal', adapter: null, reserved: [], journalInPath: [], urlShapes: LJ_CODE_URL_SHAPES },
  { id: 'scribbld', domain: 'scribbld.com', name: DETECTOR_BUILD ? '' : 'Scribbld', adapter: null, reserved: [], journalInPath: [], urlShapes: LJ_CODE_URL_SHAPES },
] as const satisfies readonly JournalSite[];

export type JournalSiteId = (typeof JOURNAL_SITES)[number]['id'];
export type JournalDomain = (typeof JOURNAL_SITES)[number]['domain'];

/** The styles the whole LiveJournal code family shares (every site above is of that code): tried after a site's own. */
export const FAMILY_ADAPTER: SiteAdapter = ljFamily;

/** The Wayback Machine's copies of journal pages are a site of their own for `SiteId`, named so on a title page. */
export const WAYBACK_NAME = 'the Wayback Machine';

export const JOURNAL_DOMAINS: readonly JournalDomain[] = JOURNAL_SITES.map((s) => s.domain);

const BY_DOMAIN = new Map<string, JournalSite>(JOURNAL_SITES.map((s) => [s.domain, s]));
const BY_ID = new Map<string, JournalSite>(JOURNAL_SITES.map((s) => [s.id, s]));

export function siteOfDomain(domain: JournalDomain): JournalSite & { id: JournalSiteId } {
  return BY_DOMAIN.get(domain) as JournalSite & { id: JournalSiteId };
}

export function siteById(id: string): JournalSite | undefined {
  return BY_ID.get(id);
}

/** Whether `sub` (the host before `.domain`) is one of the site's own hosts whose path names the journal. */
export function isJournalInPathHost(domain: JournalDomain, sub: string): boolean {
  return JOURNAL_IN_PATH.includes(sub) || (BY_DOMAIN.get(domain)?.journalInPath.includes(sub) ?? false);
}

/** Whether `sub` (the host before `.domain`) is one of the site's own hosts rather than a journal. */
export function isSiteSubdomain(domain: JournalDomain, sub: string): boolean {
  const site = BY_DOMAIN.get(domain);
  return (RESERVED_SUBDOMAINS as readonly string[]).includes(sub) || (site?.reserved.includes(sub) ?? false) || isJournalInPathHost(domain, sub);
}
