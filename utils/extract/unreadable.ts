/**
 * Why a fetched page is not a part we can read: a login page, a locked or private entry, a deleted
 * or nonexistent entry or journal, an adult-content gate (gates.ts), or not a story at all; and
 * what the reader is told for each. The stitcher (utils/stitch/) asks it of every page it fetches.
 */
import { unwrapWayback } from '../url';
import { BLOCK_TAGS, collapse, isElement } from './dom';
import type { PageExtraction } from './types';

/** The reasons a fetched page cannot be read as a part (the stitcher's FailureReason has these and the fetch's own). */
export type UnreadableReason = 'locked' | 'login' | 'adult-gate' | 'not-story' | 'not-found';

/** What the reader is told for each (utils/stitch/failures.ts adds the site's status or a detail). */
export const UNREADABLE_MESSAGES: Record<UnreadableReason, string> = {
  'not-found': 'This part was not found: the post may have been deleted or moved, or the link is wrong.',
  locked: 'This part is locked or private: only people the author allows can read it. If you have access, log in on the site and try again.',
  login: 'The journal site asked for a login to show this part. Log in on the site, then try again.',
  'adult-gate': 'The site shows an adult-content notice before this part. Open the post and confirm on the site, then try again.',
  'not-story': 'This page does not look like a story post.',
};

// How the sites word these pages: LiveJournal-code sites (LJ, InsaneJournal, JournalFen,
// DeadJournal, Scribbld) and Dreamwidth's translation strings (views/protected.tt.text,
// bin/upgrading/en.dat: error.noentry, error.deleted.*, error.purged.*, error.suspended.*).
const LOGIN_TEXT =
  /\b(?:you (?:must|need to|have to) (?:be logged in|log in|sign in) (?:in order )?to (?:view|see|read|access)|in order to view this page,? you must log ?in|(?:log|sign) ?in to (?:view|see|read) this (?:entry|post|content|journal)|this (?:entry|post|content) is only (?:available|visible) to (?:logged[- ]in|registered) users)/i;
const LOCKED_TEXT =
  /\b(?:this (?:journal )?(?:entry|post) is (?:locked|protected|private|friends[- ]only|friends[- ]locked|members[- ]only|access[- ]locked|filtered)|(?:not authori[sz]ed|do not have permission|don't have permission|do not have access|don't have access) to (?:view|see|read) this (?:protected )?(?:entry|post|content)|protected entry is viewable by (?:community )?members only|this is a (?:private|protected|locked|friends[- ]only) (?:entry|post)|the journal owner may have locked)/i;
const NOT_FOUND_TEXT =
  /\b(?:no such (?:journal )?entry|(?:this|the) (?:journal )?(?:entry|post) (?:has been|was) (?:deleted|removed|suspended)|(?:this|the) (?:journal|community|account) has been (?:deleted|purged|suspended)|(?:entry|post) (?:not found|does not exist|doesn't exist)|the (?:entry|post|page) you (?:are looking for|requested|were looking for) (?:does not|doesn't|no longer) exists?|unknown journal)/i;
// Only in a title, a heading or an error box: "Error: … entry", "Deleted Account".
const NOTICE_NOT_FOUND = /\berror\b[^a-z]{0,4}.{0,60}\bentry\b|^(?:deleted|purged|suspended) account$|^(?:error )?404\b|\bnot found\b/i;
const NOTICE_LOGIN = /^(?:log ?in|login|sign ?in|login required|protected)\b/i;
const LOGIN_PATH = /^\/(?:login(?:\.bml)?|protected|openid\/?|log-?in)(?:\/|$)/i;

/** The visible text of an element: scripts, styles and templates skipped (the page is not changed). */
function visibleText(root: Node | null | undefined, limit = 200_000): string {
  if (!root) return '';
  const out: string[] = [];
  let n = 0;
  const walk = (node: Node): void => {
    if (n > limit) return;
    if (node.nodeType === 3) {
      const t = (node as Text).data;
      out.push(t);
      n += t.length;
      return;
    }
    if (isElement(node)) {
      const tag = node.tagName.toUpperCase();
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'NOSCRIPT' || tag === 'TEMPLATE') return;
      if (BLOCK_TAGS.has(tag) || tag === 'BR') out.push(' ');
    }
    for (let c = node.firstChild; c; c = c.nextSibling) walk(c);
    if (isElement(node) && BLOCK_TAGS.has(node.tagName.toUpperCase())) out.push(' ');
  };
  walk(root);
  return collapse(out.join(''));
}

function noticeTexts(doc: Document): string[] {
  const out: string[] = [];
  const title = doc.querySelector('title');
  if (title) out.push(visibleText(title));
  const sel = 'h1, h2, h3, .errorbar, .error, .error-box, .errorbox, .alert-box, .b-msgsystem-error, .b-error, .errorpage, [role="alert"]';
  for (const el of Array.from(doc.querySelectorAll(sel)).slice(0, 40)) {
    const t = visibleText(el, 2000);
    if (t && t.length <= 600) out.push(t);
  }
  return out;
}

/**
 * The site's login page served at an entry's address (a locked entry asked for by a reader not logged in: Dreamwidth's
 * "Login Required — You must be logged in to view this protected entry", LiveJournal's "Protected entry"): the site's
 * login form, and the site's words asking for a login to view the entry, or a login page's address or heading. Like the
 * adult-content notice, it stands in front of the entry (index.ts: an interstitial), the reader asked to log in.
 */
export function isLoginPage(doc: Document, url: string): boolean {
  if (!doc.querySelector('input[type="password" i], input[name="password"]')) return false;
  if (LOGIN_TEXT.test(visibleText(doc.body ?? doc.documentElement))) return true;
  let path = '';
  try {
    path = new URL(unwrapWayback(url)?.original ?? url).pathname;
  } catch {
    // not a URL: no path to go by
  }
  return LOGIN_PATH.test(path) || noticeTexts(doc).some((t) => NOTICE_LOGIN.test(t));
}

/**
 * Where the LiveJournal code sends a reader who is not logged in away from a protected entry: the site's front page with
 * the entry to return to and an error code, `$LJ::SITEROOT/?returnto=<entry>&errmsg=notloggedin` (LJ::S2's entry view,
 * LJ::Talk), whatever that front page shows (a page of the day's top posts says nothing of the entry). The address is
 * the login wall.
 */
function isLoginRedirect(url: string): boolean {
  try {
    return new URL(unwrapWayback(url)?.original ?? url).searchParams.get('errmsg') === 'notloggedin';
  } catch {
    return false;
  }
}

/**
 * Why a fetched page is not a part we can read, or null when it is one: a login page (a login
 * form and no post), a locked/protected/private entry, a deleted or nonexistent entry or journal
 * ('No such journal entry', 'This journal has been deleted', 'Error: … entry'), an adult-content
 * gate (extraction kind 'interstitial'), or a page whose kind is not a story or a masterpost.
 */
export function classifyPage(doc: Document, url: string, extraction: PageExtraction): UnreadableReason | null {
  if (isLoginRedirect(url)) return 'login';
  if (extraction.kind === 'interstitial') return isLoginPage(doc, url) ? 'login' : 'adult-gate';
  if (extraction.kind === 'story' || extraction.kind === 'masterpost') return null;

  const text = visibleText(doc.body ?? doc.documentElement);
  const notices = noticeTexts(doc);
  if (LOGIN_TEXT.test(text)) return 'login';
  if (LOCKED_TEXT.test(text)) return 'locked';
  if (NOT_FOUND_TEXT.test(text) || notices.some((t) => NOT_FOUND_TEXT.test(t) || NOTICE_NOT_FOUND.test(t))) return 'not-found';

  // A login page: the site's login form is the page, not a box in the header of a post page.
  const hasPassword = !!doc.querySelector('input[type="password" i], input[name="password"]');
  let path = '';
  try {
    path = new URL(unwrapWayback(url)?.original ?? url).pathname;
  } catch {
    // not a URL: no path to go by
  }
  if (hasPassword && (LOGIN_PATH.test(path) || notices.some((t) => NOTICE_LOGIN.test(t)))) return 'login';
  return 'not-story';
}
