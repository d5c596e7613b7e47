"""Page renderers this corpus (tests/heldout12) is the first to use:
- LiveJournal S2 Magazine (`bin/upgrading/s2layers/magazine/layout.s2`, apparentlymart/livejournal): Page::print (`<h1>`
  the page title, `p.Navigation` with the views "(Recent Entries)(Archive)(Friends)(User Info)", the active one in
  `span.Active`), print_entry: an `<h2>` date on a new day and on the entry page, then `div.H3Holder` holding the
  `div.Picture` (userpic; the poster's name when it is not the journal's), `<h3><span>TIME - <em>SUBJECT</em></span></h3>`
  (the subject in an `a.subj-link` off the entry page), the text wrapped in a `<p>`, `div.ljtags`, one `div.Currents`
  per metadata item, `div.Comment` with the comment links; EntryPage: `<h2 id="comments">Comments:</h2>` then
  `div.Comments` > print_comment_full's `div#cmtbarN` with a From: / Date: table and the subject in `<h3>`, the text in
  `<div style='margin-left: 5px'>`, and "(Reply) (Thread)" links. RecentPage's `p.Bottom` "Navigate: (Previous 20 Entries)".
  Sites: LiveJournal, InsaneJournal, JournalFen, Scribbld, DeadJournal.
- The sites' login page for a protected (friends-only) entry: LiveJournal's and Dreamwidth's "you must be logged in"
  pages served at the entry URL."""
from layouts import MONTHS_LONG, esc, itemid
from s2w import _cs, _head, _jb, _lju, _site, _tag_url
from s2x import _ord

DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _date(y, mo, d):
    import datetime
    return f'{DAYS[datetime.date(y, mo, d).weekday()]}, {MONTHS_LONG[mo - 1]} {_ord(d)}, {y}'


def _t12(hm):
    h, m = map(int, hm.split(':'))
    return f'{(h % 12) or 12}:{m:02d}<small>{"AM" if h < 12 else "PM"}</small>'


def mag_entry(e, view, new_day=True):
    url, site = e['url'], _site(e)
    y, mo, d, hm = e['date']
    out = ''
    if view == 'entry' or new_day:
        out += f'<h2>{_date(y, mo, d)}</h2>'
    out += "<div class='H3Holder'>"
    if view == 'entry' or e['poster'] != e['journal']:
        out += "<div class='Picture' style='background-color: ;'>"
        if view == 'entry':
            out += f"<div><img src='http://userpic.{site}/{sum(map(ord, e['poster'])) * 7}/{len(e['poster'])}' /></div>"
        if e['poster'] != e['journal']:
            out += f"<div><a href='http://{e['poster'].replace('_', '-')}.{site}/'>{e['poster']}</a></div>"
        out += '</div>'
    subj = f' - <em>{esc(e["subject"])}</em>' if e.get('subject') else ''
    if view != 'entry':
        subj = f'<a href="{url}" class="subj-link">{subj}</a>'
    out += f'<h3><span>{_t12(hm)}{subj}</span></h3>'
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    out += f'<p>{content}</p>'
    if e.get('tags'):
        out += "<div class='ljtags'><strong>Tags:</strong> " + ', '.join(f'<a rel="tag" href="{_tag_url(e, t)}">{esc(t)}</a>' for t in e['tags']) + '</div>'
    for k, v in e.get('currents', []):
        out += f"<div class='Currents'><div><strong>Current {k}:</strong> {esc(v)}</div></div>"
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        out += f"<div class='Comment'>(<a href=\"{url}?mode=reply\">Post a new comment</a>)</div>"
    else:
        read = f'<a href="{url}">{nc} comment{"s" if nc != 1 else ""}</a> - ' if nc else ''
        out += f"<div class='Comment'>({read}<a href=\"{url}?mode=reply\">Leave a comment</a>)</div>"
    out += '</div>'
    return out


def mag_comments(e):
    if not e.get('comments'):
        return ''
    url, site = e['url'], _site(e)
    y, mo, d, _ = e['date']
    out = ['<h2 id="comments">Comments:</h2><div class=\'Comments\'><div style=\'margin-left: 30px;\'>']
    for n, c in enumerate(e['comments']):
        user, text = c[0], c[1]
        subj = c[2] if len(c) > 2 else ''
        tid = c[3] if len(c) > 3 else int(itemid(url)) * 3 + 7 * (n + 1)
        depth = c[4] if len(c) > 4 else 0
        out.append(f'''<div id="ljcmt{tid}" style="margin-left:{depth * 25}px;"><a name='t{tid}'></a><div id='cmtbar{tid}' style='background-color: #eeeeee; color: #000000; margin-top: 10px; width: 100%'><table cellpadding='2' cellspacing='0' summary='0' style='width: 100%'><tr valign='top'><td style='width: 100%'><table style='width: 100%'><tr><td align='left' style='width: 50%'><table><tr><th align='right'>From:</th><td>{_lju(user, site)}</td></tr>
<tr><th align='right'>Date:</th><td style='white-space: nowrap'>{MONTHS_LONG[mo - 1]} {_ord(d)}, {y} {(n * 3 + 8) % 12 + 1:02d}:{17 + n:02d} am (UTC)</td></tr></table></td><td align='right' style='width: 50%'></td></tr><tr valign='top'><td style='width: 50%'>{f"<h3>{esc(subj)}</h3>" if subj else ""}</td><td style='width: 50%' align='right'><strong>(<a href='{url}?thread={tid}#t{tid}'>Link</a>)</strong></td></tr></table></td></tr></table></div><div style='margin-left: 5px'>{text}</div><div style='margin-top: 3px; font-size: smaller'>(<a href='{url}?replyto={tid}'>Reply</a>) (<a href='{url}?thread={tid}#t{tid}'>Thread</a>)</div></div>''')
    out.append('</div></div>')
    return '\n'.join(out)


def magazine_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com'):
    e0 = entries[0]
    jb = _jb(e0) if kind == 'P' or view == 'entry' else _jb(e0)
    title = f'{journal_title}: {e0["subject"]}' if view == 'entry' and e0.get('subject') else journal_title
    views = [('lastn', 'Recent Entries', ''), ('calendar', 'Archive', 'calendar'), ('friends', 'Friends', 'friends'), ('userinfo', 'User Info', 'profile')]
    links = ''.join(f"(<span style='white-space: nowrap;'>" + (f"<span class='Active'>{lbl}</span>" if (view == 'recent' and k == 'lastn') else f"<a href='{jb}{p}'>{lbl}</a>") + ')</span>\n' for k, lbl, p in views)
    body = ''
    last = None
    for e in entries:
        day = e['date'][:3]
        body += mag_entry(e, view, day != last)
        last = day
    if view == 'entry':
        body += mag_comments(e0)
        bottom = ''
    else:
        bottom = f"<p class='Bottom'>Navigate: (<a href=\"{page_url.split('?')[0]}?skip=20\">Previous 20 Entries</a>)</p>"
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{_head(journal, journal_title, year, page_url, kind, site)}
<link rel="stylesheet" href="http://www.{site}/res/{itemid(e0["url"]) or 1}/stylesheet?{1180000000 + year}" type="text/css" />
<style type="text/css">
H1 {{ font: x-large sans-serif; }}
.H3Holder {{ clear: both; padding-left: 2ex; border-left: thin solid #000; border-bottom: thin solid #000; margin-bottom: 1em; width: 85%; }}
.Navigation {{ text-align: center; font-family: sans-serif; }}
.Picture {{ float: right; margin: 0 0 0.5em 0.5em; padding: 0.2em; }}
.Comment {{ font-size: 0.7em; margin-top: -1em; text-align: right; }}
</style>
<title>{esc(title)}</title>
  </head>
  <body>
{_cs(journal, kind, site)}
<div id="content"><h1>{esc(title)}</h1><p class="Navigation">{links} <br /></p>
{body}
{bottom}
</div></body></html>
'''


def lj_login_page(url, site='livejournal.com'):
    """LiveJournal's (and the forks') answer for a friends-only entry to a visitor not logged in."""
    name = site.split('.')[0].capitalize()
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" class="no-js">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="stylesheet" type="text/css" href="http://l-stat.{site}/??schemius_v4/headerbar.css,schemius_v4/screen.css?v=1291115280" />
<title>Protected Entry</title>
</head>
<body class="logged-out">
<div id="page">
<div id="Header"><a href="http://www.{site}/" id="Logo" title="{name}"><img src="http://l-stat.{site}/img/schemius/logo.gif" alt="{name}" /></a>
<ul class="nav"><li><a href="http://www.{site}/create.bml">Sign up</a></li><li><a href="http://www.{site}/login.bml?returnto={url}">Log in</a></li><li><a href="http://www.{site}/explore/">Explore</a></li></ul></div>
<div id="Content">
<h1>Protected Entry</h1>
<div class="b-msgsystem-error">This journal entry is friends-only. You must be logged in to view it; if you are a friend of its author, log in below.</div>
<form action="http://www.{site}/login.bml?ret=1" method="post" class="lj_login_form">
<input type="hidden" name="returnto" value="{url}" />
<table><tr><td><label for="user">Username:</label></td><td><input type="text" name="user" id="user" size="18" maxlength="17" /></td></tr>
<tr><td><label for="password">Password:</label></td><td><input type="password" name="password" id="password" size="18" /></td></tr>
<tr><td></td><td><input type="checkbox" name="remember_me" id="remember_me" value="1" /> <label for="remember_me">Remember me</label></td></tr>
<tr><td></td><td><input type="submit" value="Log in" /> <a href="http://www.{site}/lostinfo.bml">Forgot your password?</a></td></tr></table>
</form>
</div>
<div id="Footer"><a href="http://www.{site}/legal/tos.bml">Terms of Service</a> &bull; <a href="http://www.{site}/legal/privacy.bml">Privacy Policy</a></div>
</div>
</body>
</html>
'''


def dw_login_page(url):
    """Dreamwidth's answer for an access-locked entry to a visitor not logged in (the site skin's login form)."""
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/css/skins/celerity/celerity.css?v=1454442480" />
<title>Login Required</title>
</head>
<body class="logged-out">
<div id="canvas"><div id="page">
<div id="masthead" role="banner"><span id="logo"><a href="https://www.dreamwidth.org/">Dreamwidth Studios</a></span></div>
<div id="content" role="main">
<h1>Login Required</h1>
<div class="panel callout"><p>You must be logged in to view this protected entry.</p></div>
<form action="https://www.dreamwidth.org/login?returnto={url.replace(':', '%3A').replace('/', '%2F')}" method="post" class="lj_login_form">
<fieldset><label for="user">Username:</label> <input type="text" name="user" id="user" size="20" maxlength="25" /><br />
<label for="password">Password:</label> <input type="password" name="password" id="password" size="20" /><br />
<input type="checkbox" name="remember_me" id="remember_me" value="1" /> <label for="remember_me">Remember me</label><br />
<input type="submit" value="Log in" class="submit" /></fieldset>
</form>
<p><a href="https://www.dreamwidth.org/lostinfo">Forgot your password?</a> &bull; <a href="https://www.dreamwidth.org/openid/">Log in with OpenID</a></p>
</div>
<div id="footer"><ul><li><a href="https://www.dreamwidth.org/legal/privacy">Privacy Policy</a></li><li><a href="https://www.dreamwidth.org/legal/tos">Terms of Service</a></li></ul></div>
</div></div>
</body>
</html>
'''
