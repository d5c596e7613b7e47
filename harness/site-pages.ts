/**
 * Pages the fixture server makes up for its fault modes: what a journal answers instead of the entry when
 * you are logged out of a locked post, when the entry is behind an adult-content gate, or when it is gone.
 * Modelled on the real pages (Dreamwidth's tropo skin, LiveJournal's schemius chrome), trimmed to what a
 * reader extension might look at: titles, headings, forms and their field names.
 */

import { JOURNAL_SITES, type JournalSiteId } from '../utils/sites';

export type SiteFamily = JournalSiteId;

const SITE_NAMES = Object.fromEntries(JOURNAL_SITES.map((s) => [s.id, s.name])) as Record<SiteFamily, string>;

/** The journal a URL belongs to; for a Wayback copy, the journal of the archived URL. */
export function siteOf(url: URL): { family: SiteFamily; domain: string } {
  let host = url.hostname.toLowerCase();
  if (host === 'web.archive.org') {
    const m = /^\/web\/[^/]*\/(?:https?:\/\/?)?([^/]+)/i.exec(url.pathname);
    if (m) host = m[1].toLowerCase().replace(/:\d+$/, '');
  }
  for (const { id, domain } of JOURNAL_SITES) {
    if (host === domain || host.endsWith(`.${domain}`)) return { family: id, domain };
  }
  return { family: 'livejournal', domain: 'livejournal.com' };
}

function esc(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function shell(opts: { family: SiteFamily; domain: string; title: string; body: string }): string {
  const { family, domain, title, body } = opts;
  const site = SITE_NAMES[family];
  if (family === 'dreamwidth') {
    return `<!DOCTYPE html>
<html lang="en" class="no-js">
<head>
<title>${esc(title)}</title>
<meta http-equiv="content-type" content="text/html; charset=utf-8" />
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/css/??foundation.css,skins/tropo/tropo-red.css?v=1713912345" />
</head>
<body class="tropo tropo-red">
<div id="canvas">
<div id="masthead"><div class="row"><div class="columns large-4 small-12" role="banner"><span id="logo"><a href="https://www.dreamwidth.org/"><img alt="Dreamwidth Studios" src="https://www.dreamwidth.org/img/tropo-red/dw_logo.png" /></a></span></div></div></div>
<div id="page"><div id="content" role="main">
<div class="row"><div class="columns large-12"><h1>${esc(title)}</h1></div></div>
<div class="row"><div class="large-12 columns">
${body}
</div></div>
</div>
<footer role="contentinfo"><p>Copyright &copy; 2009-2024 Dreamwidth Studios, LLC. All rights reserved.</p></footer>
</div></div>
</body>
</html>
`;
  }
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${esc(title)} &mdash; ${esc(site)}</title>
<link rel="stylesheet" type="text/css" href="https://stat.${domain}/??schemius_v4/headerfooter.css?v=1700000000">
</head>
<body class="s-schemius p-schemius-${esc(title.toLowerCase().replace(/[^a-z]+/g, '-'))}">
<div class="s-header"><div class="s-header-item s-header-item--logo"><a href="https://www.${domain}/" title="${esc(site)}">${esc(site)}</a></div></div>
<div class="s-body"><div class="b-content">
<h1 class="b-content__title">${esc(title)}</h1>
${body}
</div></div>
<div class="s-footer"><p>&copy; ${esc(site)}</p></div>
</body>
</html>
`;
}

/** The login form a locked entry answers with when you are logged out (status 200). */
export function loginPage(url: URL): string {
  const { family, domain } = siteOf(url);
  const ret = esc(url.href);
  if (family === 'dreamwidth') {
    return shell({
      family,
      domain,
      title: 'Log in',
      body: `<p>You must be logged in to view this protected entry.</p>
<form action="https://www.dreamwidth.org/login" method="post" class="lj_login_form">
<input type="hidden" name="lj_form_auth" value="c0:1714003200:1311:86400:fixture" />
<input type="hidden" name="returnto" value="${ret}" />
<label for="login_user">Account name:</label><input type="text" name="user" id="login_user" maxlength="27" size="20" aria-required="true" />
<label for="login_password">Password:</label><input type="password" name="password" id="login_password" size="20" aria-required="true" />
<input type="checkbox" name="remember_me" id="login_remember_me" value="1" /> <label for="login_remember_me">Remember me</label>
<input type="submit" value="Log in" id="login_submit" class="submit expand" />
<p><a href="https://www.dreamwidth.org/lostinfo">Forget your password?</a> <a href="https://www.dreamwidth.org/openid/">Log in with OpenID?</a></p>
</form>`,
    });
  }
  return shell({
    family,
    domain,
    title: 'Log in',
    body: `<p class="b-loginform-note">This entry is friends-only. Log in to read it.</p>
<form action="https://www.${domain}/login.bml?ret=1" method="post" class="b-loginform" name="login">
<input type="hidden" name="returnto" value="${ret}" />
<input type="hidden" name="ref" value="${ret}" />
<label for="user">Username</label><input type="text" name="user" id="user" class="b-loginform-field__input" autocomplete="username" />
<label for="lj_loginwidget_password">Password</label><input type="password" name="password" id="lj_loginwidget_password" class="b-loginform-field__input" autocomplete="current-password" />
<label><input type="checkbox" name="remember_me" value="1" checked /> Remember me</label>
<button type="submit" name="action:login" class="b-loginform-btn b-loginform-btn--login">Log in</button>
<p><a href="https://www.${domain}/lostinfo.bml">Forgot password?</a></p>
</form>`,
  });
}

/** The adult-content gate served at the entry URL (status 200): Dreamwidth's "Discretion Advised", LJ's "Adult Content Notice". */
export function adultGatePage(url: URL): string {
  const { family, domain } = siteOf(url);
  const ret = esc(url.href);
  const user = /^([^.]+)\./.exec(url.hostname)?.[1]?.replace(/-/g, '_') ?? 'user';
  const entry = /\/(\d+)\.html/.exec(url.pathname)?.[1] ?? '0';
  if (family === 'dreamwidth') {
    return shell({
      family,
      domain,
      title: 'Discretion Advised',
      body: `<div class="panel callout radius">
<h1 class="text-center">Discretion Advised</h1>
<p>You're about to view content that <span lj:user="${esc(user)}" class="ljuser"><a href="https://${esc(url.host)}/"><b>${esc(user)}</b></a></span> has advised <strong>should be viewed with discretion</strong>. To continue, you must confirm you want to view this content.</p>
</div>
<form method="POST" action="https://www.dreamwidth.org/journal/adult_concepts">
<input type="hidden" name="lj_form_auth" value="c0:1714003200:1311:86400:fixture" />
<input type="hidden" name="ret" value="${ret}" id="ret" />
<input type="hidden" name="entryid" value="${esc(entry)}" id="entryid" />
<input type="submit" name="adult_check" value="Yes, I want to view this content" />
<a href="https://www.dreamwidth.org" class="secondary button">No, return me to Dreamwidth</a>
</form>`,
    });
  }
  return shell({
    family,
    domain,
    title: 'Adult Content Notice',
    body: `<div class="b-msgsystem-warningbox">
<p>You are about to view content that <span class="ljuser" lj:user="${esc(user)}"><a href="https://${esc(url.host)}/profile"><b>${esc(user)}</b></a></span> has marked as intended for adults only.</p>
<p>This content may contain material that is inappropriate for people under the age of 18.</p>
</div>
<form method="post" action="https://www.${domain}/misc/adult_explicit.bml">
<input type="hidden" name="ret" value="${ret}" />
<input type="hidden" name="journal" value="${esc(user)}" />
<input type="hidden" name="itemid" value="${esc(entry)}" />
<button type="submit" name="adult_check" value="1" class="b-flatbutton">Yes, I am at least 18 years old.</button>
<a href="https://www.${domain}/" class="b-flatbutton b-flatbutton-neutral">No, take me back</a>
</form>`,
  });
}

/** A page of the site's own chrome around a title and a message. */
function sitePage(url: URL, title: string, body: string): string {
  const { family, domain } = siteOf(url);
  return shell({ family, domain, title, body });
}

/** A locked entry asked for without the cookie that opens it (the 'needs-cookie' fault, status 403). */
export function lockedPage(url: URL): string {
  return sitePage(url, 'Protected', `<p><strong>This entry is friends-only: you do not have permission to view this content.</strong></p>`);
}

/** The small page for anything not in the map (and for the 404 fault). */
export function notFoundPage(url: URL): string {
  return sitePage(url, 'Not Found', `<p>The page <code>${esc(url.href)}</code> is not one of the saved fixture pages.</p>`);
}

/** The 500 fault. */
export function serverErrorPage(url: URL): string {
  return sitePage(url, 'Server Error', `<p>Sorry, there was a problem loading this page. Please try again later.</p>`);
}
