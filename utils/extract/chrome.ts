/**
 * What is never story text even when a layout puts it inside the post's element: tags lines,
 * moods, share and comment links, journal navigation, poster boxes, cut links, polls, Wayback's toolbar.
 */

import { isSiteSubdomain } from '../sites';
import { canonicalEntryKey, entryAddress, journalDomainOf, unwrapWayback } from '../url';
import { DETECTOR_BUILD } from './build-flags';
import { absoluteUrl, buttonWords, isElement, queryAll, textOf } from './dom';
import { ARROW_ONLY, looksLikePartLinkLabel } from './parts';
import { classAttr, extractionMap, selfOrAncestor } from './select';

const CHROME_CLASS =
  /(?:^|\s)(?:ljtags|tags?|b-singlepost-tags|aentry-tags|talklinks|entry-interaction-links|entry-management-links|metadata|currents|current-?music|current-?mood|lj-like|b-linkbar|entry-linkbar|share|sharing|sharethis|entry-footer|entryfooter|comments|comment|comment-wrapper|b-tree|b-xylem|ljcut-link|ljcut-decor|quickreply|qr|entry-readlink|entry-permalink|footer-links|(?:[a-z]+_)?entry[-_]meta|edit-links|userpic|entry-userpic|asset-footer|tag-text|poll|poll-container|ljpoll|entryheading)(?:\s|$)/i;

const CHROME_ID = /^(?:ljcmt\d+|cmt\d+|comments?|lj_controlstrip|wm-ipp.*|donato.*|wm-ipp-base|wm-ipp-print|Comments|ljqrt.*)$/;

/** Journal navigation ('Previous Entry' through go.bml), never the story's own order. */
export function isJournalNavLink(href: string): boolean {
  return /\/go\.bml\?|\/go\?|[?&]dir=(?:prev|next)\b|\/tools\/memadd|\/tellafriend|\/tools\/content_flag|\/update\.bml|\/edittags\.bml|\/editjournal\.bml|\/manage\/tags|mode=reply|replyto=|[?&]thread=|view=comments|#comments|#add_comment/i.test(
    href,
  );
}

/** The comment views of an entry: its comments page and its reply form, "?view=comments#comments", "?mode=reply#add_comment", "#comments". */
const COMMENT_VIEW_QUERY = /^(?:view=comments|mode=reply)$/i;
const COMMENT_VIEW_HASH = /^(?:#(?:comments|add_comment)?)?$/i;

/**
 * Rule "a part linked from its comments view": writers copy a part's address from the address bar after reading its
 * comments, or from the entry's "N comments" / "Reply" link ("…/9044.html?view=comments#comments", "?mode=reply#add_comment",
 * "#comments"). Such a link to another entry, in words that name a part or a way through the parts ("Part 2", "Next",
 * "<<"), is that entry (returned without the view). The page's own comment links, and comment views in other words, stay
 * the site's (null).
 */
export function entryOfCommentView(url: string, text: string, pageUrl: string): string | null {
  if (entryAddress(url)?.itemId == null || canonicalEntryKey(url) === canonicalEntryKey(pageUrl)) return null;
  if (!looksLikePartLinkLabel(text) && !ARROW_ONLY.test(text)) return null;
  const u = new URL(url);
  if (!COMMENT_VIEW_HASH.test(u.hash) || ![...u.searchParams].every(([k, v]) => COMMENT_VIEW_QUERY.test(`${k}=${v}`))) return null;
  u.search = '';
  u.hash = '';
  return u.href;
}

export interface ChromeScan {
  /** A cut link was skipped: the page shows only the text before the cut. */
  sawCutLink: boolean;
  /** The first cut link's words ("Fic: Landfall (3/3) (PG)", "Read more..."). */
  cutText?: string;
  /** Usernames seen in poster boxes inside the post. */
  posterHints: string[];
  /** The post's own entry key and the page URL: a `#cutid` link to another entry is a part link. */
  selfKey?: string;
  baseUrl?: string;
}

/** Nodes at most in a navigation or poster box. */
const CHROME_BOX_NODES = 200;

/** Whether the subtree under `el` has at most `max` nodes (counted until it has more). */
function hasAtMostNodes(el: Element, max: number): boolean {
  let n = 0;
  const stack: Node[] = [el];
  while (stack.length) {
    const node = stack.pop()!;
    if (++n > max + 1) return false;
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (n + stack.length > max) return false;
      stack.push(c);
    }
  }
  return true;
}

/** A journal navigation link, not a writer's part link copied from a comments view (`entryOfCommentView`). */
function isLayoutNavLink(a: Element, scan: ChromeScan): boolean {
  const href = a.getAttribute('href') || '';
  if (!isJournalNavLink(href)) return false;
  // Without the page's address a comments view's entry cannot be told from the page's own: chrome.
  if (!scan.baseUrl) return true;
  const abs = absoluteUrl(href, scan.baseUrl);
  return !abs || !entryOfCommentView(abs, textOf(a), scan.baseUrl);
}

/** A skip predicate for `flattenLines`, recording what it skipped that matters. */
export function chromeSkipper(scan: ChromeScan): (el: Element) => boolean {
  return (el: Element) => {
    const tag = el.tagName.toUpperCase();
    // Most elements of a post's text have no attribute at all (<p>, <i>, <br>): no attribute to read by name then (in jsdom
    // each getAttribute is a search of the element's attribute list).
    const attributed = el.hasAttributes();
    const cls = attributed ? classAttr(el) : '';
    const id = attributed ? el.getAttribute('id') || '' : '';
    if (tag === 'A') {
      const href = el.getAttribute('href') || '';
      if (/(?:^|\s)ljcut-link/.test(cls)) {
        scan.sawCutLink = true;
        scan.cutText ??= textOf(el);
        return true;
      }
      if (/#cutid\d*$/i.test(href)) {
        // A link copied after "Read more" (…/34.html#cutid1) to another entry is a part link.
        const abs = absoluteUrl(href, scan.baseUrl ?? 'https://www.livejournal.com/');
        if (scan.selfKey && abs && canonicalEntryKey(abs) !== scan.selfKey) return false;
        scan.sawCutLink = true;
        scan.cutText ??= textOf(el);
        return true;
      }
      return false;
    }
    if (/cuttag_container|ljcut-link|lj-cut-link|cuttag-ajax/i.test(cls)) {
      if (queryAll(el, 'a[href*="#cutid"], a[href*="cutid"]').length || /read more/i.test(textOf(el))) {
        scan.sawCutLink = true;
        scan.cutText ??= textOf(el);
        return true;
      }
    }
    if (attributed && el.getAttribute('rel') === 'tag') return true;
    if ((id && CHROME_ID.test(id)) || (cls && CHROME_CLASS.test(cls))) return true;
    if (attributed && (el.getAttribute('aria-hidden') === 'true' || el.hasAttribute('hidden'))) return true;
    if (tag === 'FORM') return true;
    if (tag === 'TABLE' || tag === 'DIV' || tag === 'SPAN' || tag === 'P' || tag === 'CENTER') {
      // Navigation and poster boxes are small: a big subtree (the post itself, a deep nest) is
      // neither, and is not searched (searching every block of a deep nest is quadratic).
      if (hasAtMostNodes(el, CHROME_BOX_NODES)) {
        // Old layouts put prev/next buttons, the mood table and the poster box inside the post cell. (A writer's own image
        // button to a part says where it goes: dom.ts buttonWords; the layout's link the site's navigation pages.)
        const links = queryAll(el, 'a[href]');
        if (links.length && links.every((a) => isLayoutNavLink(a, scan) || !(textOf(a) || buttonWords(a))) && textOf(el).length < 80) {
          return true;
        }
        // Rule "X posting in Y": the sites' own wording for a community entry (LJ's and DW's entry headers, S2
        // layouts' poster boxes) names the poster first and the community after, wherever the box sits.
        // (Two names are two links at least: no other box's text is read.)
        const posting = links.length >= 2 && /^\s*([\w-]+)\s+posting in\s+[\w-]+\s*$/i.exec(textOf(el, 120));
        if (posting) {
          if (!DETECTOR_BUILD) scan.posterHints.push(posting[1].toLowerCase().replace(/-/g, '_'));
          return true;
        }
        // The poster box (userpic and name, floated beside the post) names the poster.
        // (With or without the userpic: S2 Generator's box is the journal's and poster's names alone
        // when there is none: one or two links whose text is a username, to no entry.)
        const names = links.length && links.length <= 2 && links.every((a) => /^[\w-]+$/.test(textOf(a)) && !/\.html/.test(a.getAttribute('href') || ''));
        // (S2 Magazine's is a div.Picture: the userpic, and the poster's name under it when it is not the journal's.)
        const box = tag === 'TABLE' ? el.getAttribute('align') === 'right' || el.getAttribute('align') === 'left' : tag === 'DIV' && /(?:^|\s)picture(?:\s|$)/i.test(cls);
        if (box && (queryAll(el, 'img').length || names) && textOf(el).length < 60) {
          // (The poster's name is the reader's to know: the detector's build leaves it out.)
          // S2 Generator prints the journal's name, then the poster's in brackets when they differ (a
          // community entry on its page or a friends page: layout.s2's entry box): the last name is
          // the poster's.
          if (!DETECTOR_BUILD) {
            const found = queryAll(el, 'a[href]')
              .map((a) => userOfJournalLink(a.getAttribute('href') || ''))
              .filter((n): n is string => !!n);
            scan.posterHints.push(...found.reverse());
          }
          return true;
        }
      }
      if (tag === 'TABLE' && queryAll(el, 'td.meta').length) return true;
    }
    return false;
  };
}

/** `http://name.site/`, `…/profile`, `/users/name/`, `userinfo.bml?user=name` → name (also as a Wayback copy's link). */
export function userOfJournalLink(href: string): string | null {
  let u: URL;
  try {
    u = new URL(href, 'https://web.archive.org/');
    u = new URL(unwrapWayback(u.href)?.original ?? u.href);
  } catch {
    return null;
  }
  const host = u.hostname.toLowerCase();
  // NAME.site: one label before a journal domain, not one of the site's own hosts.
  const domain = journalDomainOf(host);
  const sub = domain && host.endsWith(`.${domain}`) ? host.slice(0, -(domain.length + 1)) : '';
  if (domain && /^[a-z0-9_-]+$/.test(sub) && !isSiteSubdomain(domain, sub) && /^\/(?:profile\/?|info\/?)?$/.test(u.pathname)) return sub.replace(/-/g, '_');
  const q = u.searchParams.get('user');
  if (/userinfo\.bml$/.test(u.pathname) && q) return q.toLowerCase();
  // "/users/NAME/", or "/users/NAME" as S1 styles print %%cons:siteroot%%/users/%%user%% (friends/Tabular Indent).
  const p = /^\/(?:users|community|~)\/?([a-z0-9_-]+)(?:\/(?:profile)?)?$/i.exec(u.pathname);
  if (p) return p[1].toLowerCase().replace(/-/g, '_');
  return null;
}

export function isChromeAncestor(el: Element, stopAt: Element | null = null): boolean {
  // Up to the top, within one extraction: each element's answer is kept (the fallback finders ask it of every link of
  // an index page and of the elements around each post, whose ancestors are mostly the same).
  const known = stopAt ? null : extractionMap<Element, boolean>(isChromeAncestor);
  // (parentElement ends where isElement(e.parentElement) does: at the top.)
  if (known) return selfOrAncestor(el, isChromeBox, known);
  for (let e: Element | null = el; e && e !== stopAt; e = e.parentElement) {
    if (isChromeBox(e)) return true;
    if (!isElement(e.parentElement)) break;
  }
  return false;
}

function isChromeBox(e: Element): boolean {
  const id = e.getAttribute('id') || '';
  return (!!id && CHROME_ID.test(id)) || /(?:^|\s)(?:comment|comments|comment-wrapper|b-tree|b-xylem|b-leaf|talk-comment|dwexpcomment|comment-thread)(?:\s|$)/i.test(classAttr(e));
}
