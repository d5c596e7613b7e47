"""Page renderers no corpus used before (tests/heldout9), from the sites' own code (apparentlymart/livejournal):
- LiveJournal S2 Disjointed (`bin/upgrading/s2layers/disjointed/layout.s2`): Page::print (table.main-table, the entries
  column, the sidebar on the right: print_sidebar_profile's table with the journal's views in `td.metabox#navlink`,
  the jointdissed "Navigation" box, server_sig's "Powered by" box). print_entry: `table.entries`, the subject in the first
  row's `td.metabox` (`<a name="journalNNN">` then `a.subj.subj-link` off the entry page), the altposter table
  ("community - (poster)", or the poster on friends pages) in the next cell, the date (`%hh:%min%am dd/mm/yyyy`) floated
  right in `td.necorn`, the text in `td.entrybox > div.entrytext` followed by the metadata's `table.currbox`
  ("mood:", "music:", "tags:" in bold spans), the linkbar ("Read N - Post - Link") in the bottom `td.metabox`.
  COMMENTS ARE PRINTED BY THE SAME print_entry (EntryPage::print_comment_full): each comment is a `table.entries` with
  its own subject cell, altposter (the commenter) and linkbar, after `<hr id='comments' />`.
- LiveJournal S2 Refried Paper (`refriedpaper/layout.s2`): Page::print (td.title with the page title, table#content,
  the sidebar boxes of print_sidebar_box); print_entry: `<a name>` + `div.entry` > a table of `td.dateheader` /
  `td.datecontent` rows — "User:" (the journal; "community (posted by poster)"), "Date:", "Subject:", "Security:", then
  the metadata rows ("Mood:", "Music:", "Tags:") — then `div.entry-text`, the linkbar in `span.author`, `<hr size="1">`.
  Comments use the same print_entry inside `div#ljcmtN` (User: / Date: / Subject: rows).
- LiveJournal memories.bml (`htdocs/tools/memories.bml`): a keyword's list of remembered entries, each a link with its
  description, in the site scheme."""
from layouts import MONTHS, MONTHS_LONG, esc, itemid, lj_user_old, base_of
from s2x import _ord, controlstrip, lj_head


def _site(e):
    return e.get('site', 'livejournal.com')


def _lju(name, site, kind='P'):
    return lj_user_old(name, site=site, kind=kind)


def _head(journal, title, year, page_url, kind, site):
    h = lj_head(journal, title, year, page_url, kind)
    if site != 'livejournal.com':
        h = h.replace('l-stat.livejournal.com', 'stat.' + site).replace('livejournal.com', site)
    return h


def _cs(journal, kind, site):
    cs = controlstrip(journal, kind)
    if site != 'livejournal.com':
        cs = cs.replace('l-stat.livejournal.com', 'stat.' + site).replace('livejournal.com', site).replace('LiveJournal', site.split('.')[0].capitalize())
    return cs


def _jb(e):
    return e.get('jbase') or base_of(e['url'])


def _tag_url(e, t):
    return f'{_jb(e)}tag/{esc(t).replace(" ", "+")}'


# ---------------------------------------------------------------- Disjointed

def _dj_date(date):
    y, mo, d, hm = date
    h, m = map(int, hm.split(':'))
    return f'{(h % 12) or 12:02d}:{m:02d}{"a" if h < 12 else "p"}m {d:02d}/{mo:02d}/{y}'


def _dj_box(subject_cell, altposter, date, content, linkbar):
    alt = (f'<table cellspacing="0" style="float: right;"><tr><td>&nbsp;</td><td class="altposter" style="background-color: #d5cfc0;">{altposter}</td></tr></table>'
           if altposter else '')
    return f'''
<table cellspacing="0" class="entries">
  <tr>
    <td colspan="2" rowspan="2" class="metabox">{subject_cell}</td>
    <td class="nopad" valign="bottom">{alt}</td>
    <td>&nbsp;</td>
  </tr>

  <tr>
    <td class="necorn"><div style="float: right;">{date}</div></td>
    <td>&nbsp;</td>
  </tr>

  <tr>
    <td class="sidepad">&nbsp;</td>
    <td colspan="2" class="entrybox">
<div class="entrytext">{content}</div>
    </td>
    <td class="sidepad">&nbsp;</td>
  </tr>

  <tr>
    <td>&nbsp;</td>
    <td class="swcorn">&nbsp;</td>
    <td colspan="2" rowspan="2" class="metabox">
{linkbar}
    </td>
  </tr>
  <tr>
    <td colspan="2">&nbsp;</td>
  </tr>
  <tr><td colspan="4" align="center"><div class="quickreply" style="display: none;"></div></td></tr>
</table>
'''


def dj_entry(e, view):
    url, site = e['url'], _site(e)
    j, poster = e['journal'], e['poster']
    iid = itemid(url)
    aid = f'{j}{iid}'
    subj = esc(e['subject']) if e.get('subject') else '<i class="nosubject">(no subject)</i>'
    if view == 'entry':
        cell = f'<a name="{aid}" id="{aid}"></a>{subj}'
    else:
        cell = f'<a name="{aid}" id="{aid}"></a><a href="{url}" class="subj subj-link">{subj}</a>'
    jb = _jb(e)
    altposter = ''
    if poster != j:
        pb = f'http://{poster.replace("_", "-")}.{site}/'
        altposter = f'<a href="{jb}" style="color: #000000;">{j}</a> - (<a href="{pb}" style="color: #000000;">{poster}</a>)'
    elif view == 'friends':
        altposter = f'<a href="{jb}" style="color: #000000;">{j}</a>'
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    meta = ''.join(f'<div><span style="font-weight:bold;">{k.lower()}:</span> {esc(v)}</div>' for k, v in e.get('currents', []))
    tags = ''
    if e.get('tags'):
        tags = '<div><span style="font-weight:bold;">tags:</span> ' + ', '.join(f'<a href="{_tag_url(e, t)}">{esc(t)}</a>' for t in e['tags']) + '</div>'
    if meta or tags:
        content += f'<table class="currbox"><tr><td>{meta}{tags}</td></tr></table>'
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        lb = (f'<a href="{url}?mode=reply#add_comment" onclick="return quickreply(\'topcomment\', 0, \'\')">Post</a> - '
              f'<a href="http://www.{site}/tools/memadd.bml?journal={j}&amp;itemid={iid}">Add to Memories</a> - '
              f'<a href="http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev">Previous Entry</a> - '
              f'<a href="http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next">Next Entry</a> - <a href="{url}">Link</a>')
    else:
        lb = (f'<a href="{url}#comments">Read {nc}</a> - ' if nc else '') + f'<a href="{url}?mode=reply">Post</a> - <a href="{url}">Link</a>'
    return _dj_box(cell, altposter, _dj_date(e['date']), content, lb)


def dj_comments(e):
    site = _site(e)
    out = []
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 7 + n + 1
        y, mo, d, hm = e['date']
        cell = f'<a name="t{tid}" id="t{tid}"></a>' + (esc(csubj) if csubj else '<i class="nosubject">(no subject)</i>')
        alt = f'<a href="http://{user.replace("_", "-")}.{site}/" style="color: #000000;">{user}</a>'
        lb = (f'<a href="{e["url"]}?replyto={tid}">Reply</a> - <a href="{e["url"]}?thread={tid}#t{tid}">Thread</a> - '
              f'<a href="{e["url"]}?thread={tid}#t{tid}">Link</a>')
        out.append(_dj_box(cell, alt, _dj_date((y, mo, min(d + 1, 28), f'{8 + n:02d}:1{n}')), esc(text), lb))
    return out


def disjointed_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com', tag=None):
    e0 = entries[0]
    base = _jb(e0) if (view == 'entry' or kind == 'C') else f'http://{journal.replace("_", "-")}.{site}/'
    if view == 'entry':
        title = f'{journal_title} - {e0.get("subject") or ""}'
        body = dj_entry(e0, 'entry')
        cm = dj_comments(e0)
        body += "<hr id='comments' />" + ''.join(cm)
        nosub = '<i class="nosubject">(no subject)</i>'
        summary = ''.join(
            f'<div style="white-space: nowrap;">{c[0]} <a href="#t{int(itemid(e0["url"])) * 7 + n + 1}">{esc(c[2]) if len(c) > 2 and c[2] else nosub}</a></div>'
            for n, c in enumerate(e0.get('comments', [])))
    else:
        title = journal_title if view == 'recent' else f'{journal_title} - {"Friends" if view == "friends" else "Tag: " + (tag or "")}'
        body = ''.join(dj_entry(e, view) for e in entries)
        body += f'''<table align="center" style="width: 95%;"><tr><td align="center" style="width: 95%;">
<br />
<br />
<table cellspacing="0" cellpadding="4" style="width:100%;">
  <tr>
    <td style="width:100%;" colspan="2" class="dis">
<a href="{page_url.split('?')[0]}?skip=20">Previous 20</a>
    </td>
  </tr>
</table>
</td></tr></table>'''
        summary = ''.join(f'<div style="white-space: nowrap;"> <a href="#{e["journal"]}{itemid(e["url"])}">{esc(e.get("subject") or "(no subject)")}</a></div>' for e in entries)
    views = [('Recent Entries', base), ('Calendar', base + 'calendar'), ('Friends', base + 'friends'), ('Info', base + 'profile'), ('Memories', f'http://www.{site}/tools/memories.bml?user={journal}')]
    navlinks = ''.join(f'<a href="{u}">{n}</a><br />\n' for n, u in views)
    sidebar = f'''
<table cellspacing="0" cellpadding="4" style="width:100%;">
  <tr>
    <td style="width:15%;">&nbsp;</td>
    <td style="width:85%;" colspan="2" class="nav">
<a href="http://www.{site}/allpics.bml?user={journal}"><img src="http://l-userpic.{site}/{70000000 + len(journal) * 3331}/{2000000 + len(journal)}" height="100" width="100" alt="{esc(journal_title)}" title="{esc(journal_title)}" /><br /></a>
{_lju(journal, site, kind)}</td>
  </tr>
  <tr>
    <td colspan="2" rowspan="2" class="metabox" id="navlink">
{navlinks}
    </td>
    <td class="secorn">&nbsp;</td>
  </tr>
  <tr>
    <td>&nbsp;</td>
  </tr>
</table>

<table style="width:80%; margin-top:2em;" cellpadding="4" cellspacing="0">
  <tr>
    <td class="joint" colspan="2">{view if view != "entry" else "entry"}</td>
    <td style="width:15%;">&nbsp;</td>
  </tr>
  <tr>
    <td class="swcorn" style="width:40%;">&nbsp;</td>
    <td class="dissed" colspan="2" rowspan="2">{summary or "&nbsp;"}</td>
  </tr>
  <tr>
    <td>&nbsp;</td>
  </tr>
</table>

<br />
<br />
<table cellspacing="0" cellpadding="4" style="width:100%;">
  <tr>
    <td style="width:15%;">&nbsp;</td>
    <td style="width:85%; border-bottom:0px; font-weight:bold;" colspan="2" class="dis">
      Powered by
    </td>
  </tr>
  <tr>
    <td colspan="2" rowspan="2" class="jointed">
      <a href="http://www.{site}/">{site.split('.')[0].capitalize()}</a>
    </td>
    <td class="secorn">&nbsp;</td>
  </tr>
  <tr>
    <td>&nbsp;</td>
  </tr>
</table>
'''
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xml:lang="en" lang="en" dir="ltr">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" /> 
{_head(journal, title, year, page_url, kind, site)}
<title>{esc(title)}</title>
</head>
<body>{_cs(journal, kind, site)}
<table style="width: 100%;" class="main-table"><tr>
    <td valign="top" style="width: 100%;"><a name="top" id="top"></a>

      <table border="0" align="center" style="width: 95%;">
        <tr>
          <td valign="top" align="center" style="width: 95%;">{body}
          </td>
        </tr>
      </table>

    </td>

    <td valign='top' style='width: 200px;'>{sidebar}
    </td>

  </tr>

</table>
</body>
</html>
'''


# ---------------------------------------------------------------- Refried Paper

def _rp_rows(rows):
    return ''.join(f'''
    <tr>
      <td class="dateheader">{k}</td>
      <td class="datecontent">{v}</td>
    </tr>
    ''' for k, v in rows)


def rp_entry(e, view):
    url, site = e['url'], _site(e)
    j, poster = e['journal'], e['poster']
    iid = itemid(url)
    y, mo, d, hm = e['date']
    rows = []
    if poster != j:
        rows.append(('User:', f'{_lju(j, site, "C")} (posted by {_lju(poster, site)})'))
    elif view == 'friends':
        rows.append(('User:', _lju(j, site)))
    rows.append(('Date:', f'{y}-{mo:02d}-{d:02d} {hm}'))
    subj = esc(e['subject']) if e.get('subject') else '<i class="nosubject">(no subject)</i>'
    rows.append(('Subject:', subj if view == 'entry' else f'<a href="{url}" class="subjlink subj-link">{subj}</a>'))
    rows.append(('Security:', 'Public'))
    meta = ''.join(f'<tr><td class="dateheader">{k}:</td><td class="datecontent">{esc(v)}</td></tr>\n' for k, v in e.get('currents', []))
    if e.get('tags'):
        meta += '<tr><td class="dateheader">Tags:</td><td class="datecontent">' + ', '.join(f'<a href="{_tag_url(e, t)}">{esc(t)}</a>' for t in e['tags']) + '</td></tr>\n'
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        lb = (f'<a href="{url}?mode=reply#add_comment">Post A Comment</a> | '
              f'<a href="http://www.{site}/tools/memadd.bml?journal={j}&amp;itemid={iid}">Add to Memories</a> | '
              f'<a href="http://www.{site}/tools/tellafriend.bml?journal={j}&amp;itemid={iid}">Tell a Friend</a> | <a href="{url}">Link</a>')
    else:
        lb = (f'<a href="{url}#comments">{nc} Comment{"s" if nc != 1 else ""}</a> | ' if nc else '') + f'<a href="{url}?mode=reply">Post A Comment</a> | <a href="{url}">Link</a>'
    return f'''
  <a name="{j}{iid}" id="{j}{iid}"></a>
  <div class="entry">
  <table cellspacing="0">
  {_rp_rows(rows)}{meta}
  </table>
  <div class="entry-text">{content}</div>
  <span class="author">{lb}</span><br />
  </div>
  <br />
  <hr size="1"><br />
  '''


def rp_comments(e):
    site = _site(e)
    out = []
    y, mo, d, hm = e['date']
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 11 + n + 1
        rows = [('User:', _lju(user, site)), ('Date:', f'{y}-{mo:02d}-{min(d + 1, 28):02d} 0{n + 1}:2{n}'),
                ('Subject:', esc(csubj) if csubj else '<i class="nosubject">(no subject)</i>')]
        out.append(f'''<div id="ljcmt{tid}" style='margin-left: {25 * (n % 2)}px; margin-top: 5px'>
  <a name="t{tid}" id="t{tid}"></a>
  <div class="entry">
  <table cellspacing="0">
  {_rp_rows(rows)}
  </table>
  <div class="entry-text">{esc(text)}</div>
  <span class="author"><a href="{e["url"]}?replyto={tid}">Reply</a> | <a href="{e["url"]}?thread={tid}#t{tid}">Thread</a> | <a href="{e["url"]}?thread={tid}#t{tid}">Link</a></span><br />
  </div>
  <br />
  <hr size="1"><br />
  </div>''')
    return out


def _rp_box(header, content):
    return f'''
        <tr>
          <td bgcolor="#CCCC99"><span class="subhead">{header}</span></td>
        </tr>
        <tr>
          <td bgcolor="#666633"><img src="http://stat.livejournal.com/img/dot.gif" width="1" height="1"></td>
        </tr>
        <tr>
          <td class="links">
            {content}
          </td>
    </tr>
    <tr>
      <td bgcolor="#666633"><img src="http://stat.livejournal.com/img/dot.gif" width="1" height="1"></td>
    </tr>
'''


def refried_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com', subtitle=''):
    e0 = entries[0]
    base = _jb(e0) if (view == 'entry' or kind == 'C') else f'http://{journal.replace("_", "-")}.{site}/'
    if view == 'entry':
        title = f'{journal_title} - {e0.get("subject") or ""}'
        body = rp_entry(e0, 'entry') + '<span id="comments"></span>' + ''.join(rp_comments(e0))
    else:
        title = journal_title
        body = ''.join(rp_entry(e, view) for e in entries)
    sub = f'<br><span class="descrip">{esc(subtitle)}</span>' if subtitle and view != 'entry' else ''
    views = [('Recent Entries', base), ('Archive', base + 'calendar'), ('Friends', base + 'friends'), ('User Info', base + 'profile'), ('Memories', f'http://www.{site}/tools/memories.bml?user={journal}')]
    nav = '<br />'.join(f'<a href="{u}">{n}</a>' for n, u in views)
    skip = (f'<a href="{page_url.split("?")[0]}?skip=20">Previous 20</a>' if view == 'recent' else '&nbsp;')
    pic = f'<img src="http://l-userpic.{site}/{60000000 + len(journal) * 2711}/{1000000 + len(journal)}" width="100" height="100" alt="" />'
    sidebar = _rp_box('', skip) + _rp_box('Navigation', nav) + _rp_box('', f'<div style="text-align: center">{pic}</div>')
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>

    <head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{_head(journal, title, year, page_url, kind, site)}

<title>{esc(title)}</title>
</head>
<body>
{_cs(journal, kind, site)}
<table border="0" cellspacing="0" cellpadding="0" width="85%" align="center">
  <tr><td>

<table border="0" cellspacing="0" cellpadding="0" width="100%">
  <tr>
    <td width="100%" bgcolor="#999966"><img src="http://stat.{site}/img/dot.gif" width="1" height="13"></td>
  </tr>
  <tr>
    <td width="100%" bgcolor="#FFFFEE"><img src="http://stat.{site}/img/dot.gif" width="1" height="2"></td>
  </tr>
  <tr>
<td class="title" width="100%" bgcolor="#CCCC99" valign="top">{esc(title)}{sub}</td>
  </tr>
  <tr>
    <td width="100%" bgcolor="#666633"><img src="http://stat.{site}/img/dot.gif" width="1" height="1"></td>
  </tr>
</table>
<table border="0" cellspacing="0" cellpadding="0" width="100%" id="content">
  <tr>
    <td valign="top" width="175">
      <table border="0" cellspacing="0" cellpadding="0" width="100%">
        <tr>
          <td bgcolor="#CCCC99"><img src="http://stat.{site}/img/dot.gif" width="175" height="1"></td>
        </tr>
      </table>
      <table border="0" cellspacing="0" cellpadding="0" width="100%">
{sidebar}
        <tr><td>&nbsp;</td></tr>
      </table>
    </td>
    <td width="1" bgcolor="#666633" rowspan="2"><img src="http://stat.{site}/img/dot.gif" width="1" height="1"></td>
    <td valign="top" class="body"><img src="http://stat.{site}/img/dot.gif" width="100%" height="1"><br />
{body}
    </td>
  </tr>
</table>
</td></tr></table>
</body>
</html>
'''


# ---------------------------------------------------------------- memories.bml (site scheme)

def memories_page(user, keyword, items, year, site='livejournal.com'):
    """items: [(url, description)]"""
    lis = ''.join(f'<p><li> <a href="{u}"><b>{esc(d)}</b></a>  <br /><font size=\'-1\'><b>{user}</b></font></li>' for u, d in items)
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<link rel="stylesheet" type="text/css" href="http://l-stat.{site}/??lj_base.css,esn.css,dystopia.css?v={1100000000 + year}" />
<title>Memorable Posts</title>
</head>
<body bgcolor="#FFFFFF" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0" link="#660066" text="#000000" vlink="#000066">
<table width="100%" border="0" cellpadding="0" cellspacing="0" style="background-image: url(http://l-stat.{site}/img/dys/bg.gif)">
<tr><td><a href="http://www.{site}/"><img src="http://l-stat.{site}/img/dys/logo1.gif" width="127" height="50" alt="{site.split('.')[0].capitalize()}" border="0" /></a></td>
<td align="right"><form action="http://www.{site}/login.bml" method="post">Username: <input size="10" name="user" /> Password: <input type="password" size="10" name="password" /> <input type="submit" value="Login" /></form></td></tr>
</table>
<table width="100%" border="0" cellpadding="0" cellspacing="0">
<tr><td width="133" valign="top" bgcolor="#6666cc" style="font-size: 11px;">
<b>Home</b><br />
<a href="http://www.{site}/">Home</a><br />
<a href="http://www.{site}/create.bml">Create an Account</a><br />
<a href="http://www.{site}/update.bml">Update Journal</a><br />
<b>Find Users</b><br />
<a href="http://www.{site}/random.bml">Random!</a><br />
<a href="http://www.{site}/interests.bml">By Interest</a><br />
</td>
<td valign="top" style="padding: 10px;">
<font size="+2" face="Verdana, Arial, Helvetica" color="#000066"><b>Memorable Posts</b></font><br />
<p>These are the entries {lj_user_old(user, site=site)} has added to their memories under the keyword <b>{esc(keyword)}</b>.</p>
<p>[ <a href="http://www.{site}/tools/memories.bml?user={user}">&lt;&lt; Keyword list</a> ] [ Filter: <a href="http://www.{site}/tools/memories.bml?user={user}&amp;keyword={esc(keyword)}&amp;filter=own">Own</a> | <b>All</b> ]</p>
<p><b>Keyword: {esc(keyword)}</b></p>
<ul>
{lis}</ul>
</td></tr></table>
</body>
</html>
'''
