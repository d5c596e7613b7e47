/**
 * Which journals a story's parts may be fetched from (with the reader's cookies). The stitcher
 * asks before it queues a part; the background asks again before every fetch, with its own copy
 * of the policy built from what it saw itself.
 *
 * The rule, for one story opened from one page:
 *  1. The home journal: the journal (or community) of the page the reader was opened on. In the
 *     background that page is the browser's record of the tab (`sender.url`), never the content
 *     script's word. For a Wayback copy, the archived page's journal.
 *  2. The journals the post the reader was opened on links to by entry URL, on the page it was
 *     opened on or on its own entry page (a post behind a cut): the user saw that post and chose
 *     to read it (its "Part 2" on a community, its masterpost on the author's journal).
 *  3. The journals that pages fetched from the home journal link to by entry URL: the story's
 *     own masterpost and chapters where the story lives.
 *  4. The chosen post's poster's own journal, on the post's site: writers post a story's parts to
 *     communities and to their own journal ("part 2 is at roadside_tales, the end in my journal"), and
 *     the user chose to read that writer's post. It admits nothing the chosen post could not admit by
 *     linking it (rule 2), and no page fetched later names it.
 * A page fetched from any other journal (admitted by 2 or 3) is read, and its links to entries
 * on journals already admitted are followed, but it never admits a journal by itself: nobody chose
 * it, and whoever wrote it may not be the story's author. So a post that was fetched because
 * something linked to it cannot walk the reader's cookies to a third journal.
 * Within the home page's site family (LiveJournal, Dreamwidth, ...), with one exception: a
 * header-only post (a fic header and "the story is at my other journal") that the user chose
 * admits the journals of the entries it says hold the story on any journal site (an LJ post
 * pointing at the author's Dreamwidth), and so do the parts saved from an earlier read (they were
 * admitted when they were fetched). Nothing fetched admits another site. A story opened on a
 * Wayback copy fetches Wayback copies only (an archived page does not steer fetches of the live
 * site with the reader's cookies; a part the archive never captured is asked of the live journal
 * without them: utils/wayback-fallback.ts).
 *
 * Pure: URLs in, yes or no out; `toJSON`/`fromJSON` for the background's session storage.
 */
import type { SiteId } from './extract/types';
import {
  archivePageUrlOf,
  entryNavOf,
  frontPageUrlOf,
  isArchivePageUrl,
  isCommentPageUrl,
  isFrontPageUrl,
  isMemoriesPageUrl,
  isTagPageUrl,
  memoriesJournalOf,
  memoriesPageUrlOf,
  tagPageUrlOf,
} from './fetch-url';
import { canonicalEntryKey, entryAddress, journalSiteOfUrl, normalizeUsername, unwrapWayback } from './url';

/** `domain/journal` of a journal URL (an entry or not; seeing through Wayback), or null. */
export function journalOf(url: string): string | null {
  const a = entryAddress(url);
  return a ? `${a.domain}/${a.journal}` : null;
}

/**
 * Same journal, same site, same Wayback-ness: a page that changed its address since it loaded
 * (history.replaceState, within its origin) did not move to another journal.
 */
export function sameJournalPage(a: string, b: string): boolean {
  return journalOf(a) === journalOf(b) && journalSiteOfUrl(a) === journalSiteOfUrl(b) && !!unwrapWayback(a) === !!unwrapWayback(b);
}

/** A journal's username as the LiveJournal-family sites allow one: letters, digits, `_` and `-`, at most 30 (rule 4). */
const USERNAME = /^[A-Za-z0-9][A-Za-z0-9_-]{0,29}$/;

export interface FetchPolicyState {
  family: SiteId;
  home: string | null;
  /** Canonical key of the post the reader was opened on. */
  post: string | null;
  wayback: boolean;
  journals: string[];
}

export class FetchPolicy {
  private readonly journals: Set<string>;

  private constructor(
    private readonly s: Omit<FetchPolicyState, 'journals'>,
    journals: Iterable<string>,
  ) {
    this.journals = new Set(journals);
  }

  /**
   * The policy of a story opened on `pageUrl` from the post at `postUrl` whose links are
   * `postLinks` (rules 1 and 2; the post's own journal is admitted with it).
   */
  static forStory(pageUrl: string, postUrl: string, postLinks: Iterable<string>, anySite: Iterable<string> = [], poster?: string | null): FetchPolicy {
    const family = journalSiteOfUrl(pageUrl);
    const home = family === 'unknown' ? null : journalOf(pageUrl);
    const postAddress = entryAddress(postUrl);
    const post = postAddress?.itemId != null ? canonicalEntryKey(postUrl) : null;
    const policy = new FetchPolicy({ family, home, post, wayback: !!unwrapWayback(pageUrl) }, home ? [home] : []);
    policy.admit(postUrl);
    // Rule 4: the chosen post's poster's own journal on the post's site (a username as the sites spell one, nothing else).
    if (post && postAddress && family !== 'unknown' && journalSiteOfUrl(postUrl) === family && typeof poster === 'string' && USERNAME.test(poster))
      policy.journals.add(`${postAddress.domain}/${normalizeUsername(poster)}`);
    for (const link of postLinks) policy.admit(link);
    // A header-only post's story links and saved parts: their journals on any journal site.
    if (family !== 'unknown') for (const link of anySite) policy.admit(link, true);
    return policy;
  }

  static fromJSON(state: FetchPolicyState): FetchPolicy {
    return new FetchPolicy({ family: state.family, home: state.home, post: state.post, wayback: state.wayback }, state.journals);
  }

  toJSON(): FetchPolicyState {
    return { ...this.s, journals: [...this.journals] };
  }

  get home(): string | null {
    return this.s.home;
  }

  /** Whether an entry at `url` may be fetched for this story. */
  allows(url: string): boolean {
    // Another site's journals are admitted only by forStory's `anySite` links (the journal's domain is in its name).
    if (this.s.family === 'unknown' || journalSiteOfUrl(url) === 'unknown') return false;
    if (this.s.wayback && !unwrapWayback(url)) return false;
    const a = entryAddress(url);
    return !!a && a.itemId !== null && this.journals.has(`${a.domain}/${a.journal}`);
  }

  /**
   * Whether a comment page (`?thread=`, `?page=`, `?view=flat`: utils/fetch-url.ts) may be fetched:
   * only of the entry the story was opened from (a fill lives in that entry's comments), never
   * another entry's, however admitted its journal.
   */
  allowsCommentPage(url: string): boolean {
    return this.s.post !== null && isCommentPageUrl(url) && canonicalEntryKey(url) === this.s.post && this.allows(url);
  }

  /**
   * Whether a journal's tag page (utils/fetch-url.ts `tagPageUrlOf`: a chapter's "every chapter: <the story's
   * tag>") may be fetched: only the tag page of the journal the reader is reading, or of the chosen post's own
   * journal (a community's tag page, from a chapter posted there), never another's and never on Wayback. It
   * admits no journal (widensFrom): its entries are anyone's who used the tag.
   */
  allowsTagPage(url: string): boolean {
    return isTagPageUrl(url) && this.isStoryJournalList(url, journalOf(url));
  }

  /**
   * Whether a writer's memories keyword page (utils/fetch-url.ts `memoriesPageUrlOf`: a chapter's "both parts are in
   * my memories, under <fenlight>") may be fetched: as a tag page, only the memories of the journal the reader is
   * reading or of the chosen post's own journal, never on Wayback, and it admits no journal (widensFrom).
   */
  allowsMemoriesPage(url: string): boolean {
    return isMemoriesPageUrl(url) && this.isStoryJournalList(url, memoriesJournalOf(url));
  }

  /**
   * Whether a journal's day or month archive (utils/fetch-url.ts `archivePageUrlOf`: a chapter's "both halves went up
   * today: see June 12th") may be fetched: as a tag page, only the archive of the journal the reader is reading or of the
   * chosen post's own journal, never on Wayback, and it admits no journal (widensFrom).
   */
  allowsArchivePage(url: string): boolean {
    return isArchivePageUrl(url) && this.isStoryJournalList(url, journalOf(url));
  }

  /**
   * Whether a journal's front page (utils/fetch-url.ts `frontPageUrlOf`: a chapter's "the chapter index is the sticky post at
   * the top of my journal") may be fetched: as a tag page, only the front page of the journal the reader is reading or of the
   * chosen post's own journal, of the story's site, never on Wayback, and it admits no journal (widensFrom): its posts are
   * the journal's, not the story's.
   */
  allowsFrontPage(url: string): boolean {
    return isFrontPageUrl(url) && this.isStoryJournalList(url, journalOf(url));
  }

  /**
   * Whether a journal's "next entry" / "previous entry" navigation (utils/fetch-url.ts `entryNavUrlOf`: `www.<site>/go?…`,
   * `go.bml?…`) may be fetched: only as the URL rule builds it, from an entry of a journal this story admits, on the story's
   * site, never on Wayback. The site answers with a redirect to an entry of that same journal (the entry after or before
   * the one named, chosen by the site, not by any page), which is checked again as every answer is (`allows`).
   */
  allowsEntryNavPage(url: string): boolean {
    const nav = entryNavOf(url);
    return !!nav && !this.s.wayback && journalSiteOfUrl(url) === this.s.family && this.journals.has(nav.journal);
  }

  /** A journal's list of entries (`j`: whose list `url` is) that the story may read: the home journal's or the chosen post's journal's, of the story's site, not on Wayback. */
  private isStoryJournalList(url: string, j: string | null): boolean {
    if (this.s.wayback || journalSiteOfUrl(url) !== this.s.family) return false;
    const postJournal = this.s.post?.slice(0, this.s.post.lastIndexOf('/'));
    return j !== null && this.journals.has(j) && (j === this.s.home || j === postJournal);
  }

  /** Whether a page fetched from `pageUrl` may admit journals: it is on the home journal (rule 3), or the chosen post's own page (rule 2); never a tag, memories or archive page, nor a journal's front page. */
  widensFrom(pageUrl: string): boolean {
    if (tagPageUrlOf(pageUrl) !== null || memoriesPageUrlOf(pageUrl) !== null || archivePageUrlOf(pageUrl) !== null || frontPageUrlOf(pageUrl) !== null) return false;
    if (this.s.home !== null && journalOf(pageUrl) === this.s.home) return true;
    return this.s.post !== null && entryAddress(pageUrl)?.itemId != null && canonicalEntryKey(pageUrl) === this.s.post;
  }

  /**
   * A page read for this story, and the entry links it holds: on the home journal or the chosen
   * post's own page, their journals are admitted; anywhere else, nothing changes. Returns the
   * journals admitted.
   */
  learn(pageUrl: string, links: Iterable<string>): string[] {
    if (!this.widensFrom(pageUrl)) return [];
    const added: string[] = [];
    for (const link of links) {
      const j = this.admit(link);
      if (j) added.push(j);
    }
    return added;
  }

  private admit(link: string, anySite = false): string | null {
    const site = journalSiteOfUrl(link);
    if (site === 'unknown' || (site !== this.s.family && !anySite)) return null;
    const a = entryAddress(link);
    if (!a || a.itemId === null) return null;
    const j = `${a.domain}/${a.journal}`;
    if (this.journals.has(j)) return null;
    this.journals.add(j);
    return j;
  }
}

/**
 * Every `href` in a page's HTML, resolved against the page: the background's view of a fetched
 * page's links (it has no DOM). A superset of the part links the reader finds in the post, so a
 * link the stitcher learned is one the background can confirm.
 */
export function hrefsInHtml(html: string, pageUrl: string): string[] {
  const out: string[] = [];
  const re = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))/gi;
  for (let m = re.exec(html); m; m = re.exec(html)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '')
      .replace(/&amp;/gi, '&')
      .replace(/&#0*38;/g, '&')
      .trim();
    if (!raw || /^(?:#|javascript:|mailto:|data:)/i.test(raw)) continue;
    try {
      out.push(new URL(raw, pageUrl).href);
    } catch {
      // not a URL: not a link the reader follows either
    }
  }
  return out;
}
