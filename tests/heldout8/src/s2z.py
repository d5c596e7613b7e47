"""Page renderers no corpus used before (tests/heldout8), from the sites' own code:
- LiveJournal S2 Haven (apparentlymart/livejournal `bin/upgrading/s2layers/haven/layout.s2`): Page::print (table
  title_navigation with h1.main_title and the view links, a centred table with td#sidebar and the body, table#footer);
  print_entry: `<a name="entry_N">`, div.entry > h4.subject ("SUBJECT @ time", `a.subj-link` off the entry page), div.text
  holding, IN THIS ORDER, the poster line ("poster, posting in community:" on friends pages, "poster:" on community
  entries), div.currents (div.currentmood "<strong>Mood:</strong> x"), div.ljtags, a `<br />`, then the entry's text,
  div.clearer; div.comments (read/post links, or the entry's link bar on the entry page). Days are h3.tabs + div.content;
  the entry page prints h3.tabs "Comments" then div.comment_page with comment_bar_one/two tables (From:/Date:, h3 subject,
  (Link)) and the comment text in a `<div style="margin-left: 5px">`.
- LiveJournal S2 Dear Diary (`deardiary/layout.s2`, "Dear Diary..."): Page::print (#pagecontainer, #title h1 +
  #journal_subtitle, #paraphernalia of .pbox boxes, #main, #server_sig); lay_print_entrylite: div.entry > div.entryheader >
  h3.entrysubject (formatted_subject a.subj-link off the entry page) + div.entryposter + div.entrytimestamp +
  div.entrylinkbarpre; div.entrycontent; div.entryfooter > ul.entrymeta (span.entrymetacaption) + div.entrylinkbarpost +
  ul.entrycmdlinks. Comments (EntryPage::print_comment) are `div.entry.ljcmt_full` with their own h3.entrysubject inside
  ul.comments; RecentPage days are div.day with an h2 long date.
- Dreamwidth `?format=light` (`cgi-bin/LJ/User/Styles.pm`: format=light renders the `siteviews` S2 style in the LYNX site
  scheme, `schemes/lynx.tt`: `<body class="lynx">`, div#content > h1 (the window title), the page, `<hr />`, the lynx
  navigation line "[ Home | Create an Account | ... ]"); the entry is siteviews' (tests/heldout7/src/s2y.py dws_entry).
- LiveJournal's 2014–2017 site-scheme journal pages (the journal shown in LJ's own design: the schemius header with its
  menus and sub-navigation, the journal's title bar, `article.entryunit` with `h1/h3.entryunit__title`,
  `div.entryunit__head` (author, date), `div.entryunit__text`, `div.entryunit__tags`, `div.entryunit__footer`; comments in
  `div.b-tree-twig` > `div.b-leaf` with `div.b-leaf-header` and `div.b-leaf-article`; the "b-xylem" recommended posts)."""
from layouts import MONTHS, MONTHS_LONG, esc, itemid, lj_user_old, lj_user_new, dw_user, base_of, host_of, SCHEMIUS_FOOT
from s2x import _dt, _ord, _time, controlstrip, jbase, lj_head, userpic
from s2y import dws_entry, dws_comments


def _site(e):
    return e.get('site', 'livejournal.com')


def _lju(name, site, kind='P'):
    return lj_user_old(name, site=site, kind=kind)


def _jb(e):
    return jbase(e) if _site(e) == 'livejournal.com' else base_of(e['url'])


def _tagl(e):
    return ', '.join(f'<a rel="tag" href="{_jb(e)}tag/{esc(t).replace(" ", "+")}">{esc(t)}</a>' for t in e.get('tags', []))


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


# ---------------------------------------------------------------- Haven

def hv_entry(e, view, page_journal):
    url, site = e['url'], _site(e)
    dt, y, mo, d, hm = _dt(e['date'])
    subj = e.get('subject') or '(no subject)'
    s = esc(subj) if view == 'entry' else f"<a href='{url}' class='subj-link'>{esc(subj)}</a>"
    out = f'<a name="entry_{itemid(url)}"></a>\n<div class="entry">\n<h4 class="subject">\n{s} @ {_time(hm)}</h4>\n<div class="text">\n'
    if view == 'friends':
        out += f'<img src="http://l-userpic.{site}/{80000000 + len(e["poster"]) * 7919}/{3000000 + len(e["poster"])}" width="100" style="color: #000; background: #fff; border: 5px solid #fff;" height="100" alt="" class="userpic" />\n'
        if e['poster'] != e['journal']:
            out += _lju(e['poster'], site) + ', posting in \n'
        out += _lju(e['journal'], site, 'C' if e.get('community') else 'P') + ':<br />\n'
    elif e['poster'] != e['journal']:
        out += f'<img src="http://l-userpic.{site}/{80000000 + len(e["poster"]) * 7919}/{3000000 + len(e["poster"])}" width="100" height="100" alt="" class="userpic" />\n'
        out += _lju(e['poster'], site) + ':<br />\n'
    if e.get('currents'):
        out += '<div class="currents">\n' + ''.join(f'<div class="current{k.lower()}"><strong>Current {k}:</strong> {esc(v)}</div>\n' for k, v in e['currents']) + '</div>\n\n'
    if e.get('tags'):
        out += f'<div class="ljtags"><strong>Tags:</strong> \n{_tagl(e)} </div>\n'
    if e.get('tags') or e.get('currents'):
        out += '<br />\n'
    out += (e['index_html'] if view != 'entry' and e.get('index_html') else e['html'])
    out += '\n<div class="clearer">&nbsp;</div>\n</div>\n<div class="comments">\n'
    if view == 'entry':
        iid, j = itemid(url), e['journal']
        out += (f'<a href="http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev"><img src="http://stat.{site}/img/btn_prev.gif" alt="Previous Entry" title="Previous Entry" /></a> \n&nbsp;|&nbsp;\n'
                f'<a href="http://www.{site}/tools/memadd.bml?journal={j}&amp;itemid={iid}"><img src="http://stat.{site}/img/btn_memories.gif" alt="Add to Memories" title="Add to Memories" /></a> \n&nbsp;|&nbsp;\n'
                f'<a href="http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next"><img src="http://stat.{site}/img/btn_next.gif" alt="Next Entry" title="Next Entry" /></a> \n')
    else:
        nc = e.get('ncomments', 2)
        out += (f'<a href="{url}">{nc} comments</a>&nbsp;|&nbsp;' if nc else '') + f'<a href="{url}?mode=reply">Leave a comment</a>'
    out += '\n</div></div>\n'
    return out


def hv_comments(e):
    site = _site(e)
    dt, y, mo, d, hm = _dt(e['date'])
    out = []
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 13 + n + 1
        out.append(f'''<div id="ljcmt{tid}" style="margin-left: {25 * (n % 2)}px; margin-top: 5px"><a name="t{tid}"></a><div class="comment_bar_{"one" if n % 2 == 0 else "two"}">
<table cellpadding="2" cellspacing="0" style="width: 100%"><tr valign="top">
<td style="width: 102px"><img src="http://l-userpic.{site}/{81000000 + len(user) * 613}/{3100000 + n}" width="50" height="50" alt="[User Picture Icon]" /></td>
<td style="width: 100%"><table style="width: 100%"><tr>
<td align="left" valign="top" style="width: 50%">
<table>
<tr><th align="right">From:</th><td>{_lju(user, site)}</td></tr>
<tr><th align="right">Date:</th><td style="white-space: nowrap">
{MONTHS_LONG[mo - 1]} {_ord(min(d + 1, 28))}, {y} - 0{n + 1}:1{n} am</td></tr>
</table></td>
<td align="right" style="width: 50%" valign="top">
</td></tr>
<tr><td style="width: 50%" valign="top">
{"<h3 style='display: inline'> " + esc(csubj) + "</h3>" if csubj else ""}
</td>
<td style="width: 50%" align="right" valign="top"><strong>(<a href="{e["url"]}?thread={tid}#t{tid}">Link</a>)</strong></td></tr>
</table></td></tr></table></div>
<div style="margin-left: 5px">
{esc(text)}
</div>
<div style="margin-top: 3px; font-size: smaller"> 
(<a href="{e["url"]}?replyto={tid}">Reply</a>) (<a href="{e["url"]}?thread={tid}#t{tid}">Thread</a>) 
</div>
</div>''')
    return out


def haven_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com', subtitle=''):
    base = _jb(entries[0]) if view == 'entry' or kind == 'C' else f'http://{journal.replace("_", "-")}.{site}/'
    views = [('recent', 'Recent Entries', base), ('archive', 'Archive', base + 'calendar'), ('friends', 'Friends', base + 'friends'), ('userinfo', 'User Info', base + 'profile')]
    vt = {'recent': 'Recent Entries', 'friends': 'Friends', 'entry': 'Entry', 'day': 'Day'}.get(view, '')
    links = '&nbsp;|&nbsp;'.join(n if v == view else f'<a href="{u}">{n}</a>' for v, n, u in views)
    sub = f'<h2 class="main_subtitle">{esc(subtitle)}</h2>' if subtitle else ''
    bar = (f'<table class="title_navigation" cellspacing="0" cellpadding="0">  <tr><td class="title"><h1 class="main_title">{esc(journal_title)}</h1>{sub}</td>  <td class="navigation">'
           f'    <table align="center"><tr><td class="navigation_title">{vt}:</td></tr>      <tr><td>{links}')
    if view == 'recent':
        bar += f'&nbsp;|&nbsp;<a href="{page_url}?skip=20">Previous 20</a>'
    bar += '      </td></tr>    </table>   </td></tr></table>'
    if view == 'entry':
        e = entries[0]
        cm = hv_comments(e)
        body = (f'<h3 class="tabs">{MONTHS_LONG[e["date"][1] - 1]} {_ord(e["date"][2])}, {e["date"][0]}</h3>\n<div class="content">\n' + hv_entry(e, 'entry', journal) + '</div>\n'
                '<span id="comments"></span>')
        body += ('<h3 class="tabs">Comments</h3>\n<div class="content"><div class="comment_page"><div class="header">\n&nbsp;\n</div><div class="comments"><div class="leave_comment">('
                 f'<a href="{e["url"]}?mode=reply#add_comment">Leave a comment</a>)</div>\n' + '\n'.join(cm) + '\n</div><div class="footer">\n&nbsp;\n</div>\n</div></div>')
    else:
        body = ''
        last = None
        for e in entries:
            day = e['date'][:3]
            if day != last:
                if last is not None:
                    body += '</div>\n'
                body += f'<h3 class="tabs">{MONTHS_LONG[day[1] - 1]} {_ord(day[2])}, {day[0]}</h3><div class="content">\n'
                last = day
            body += hv_entry(e, view, journal)
        body += '</div>\n'
    summary = ''
    if view != 'entry':
        summary = ('<div class="sidebar_box"><div class="sidebar_title">Page Summary</div><div class="sidebar_body"><ul class="summary">'
                   + ''.join(f'<li><a href="#entry_{itemid(e["url"])}">{esc(e.get("subject") or "(no subject)")}</a></li>' for e in entries) + '</ul></div></div>')
    sidebar = (f'<div class="sidebar_box"><div class="sidebar_title">{esc(journal_title)}</div><div class="sidebar_body" style="text-align: center">{userpic(journal, len(journal))}</div></div>'
               + summary
               + f'<div class="sidebar_box"><div class="sidebar_title">Links</div><div class="sidebar_body"><ul><li><a href="http://www.{site}/">{site}</a></li><li><a href="{base}data/rss">RSS</a></li></ul></div></div>')
    title = f'{journal_title}'
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{_head(journal, title, year, page_url, kind, site)}
<link rel="stylesheet" href="{base}res/{1000000 + year}/stylesheet?{year}" type="text/css" />
<title>{esc(title)}</title>
</head><body>
<div class="controlstrip">{_cs(journal, kind, site)}</div>
{bar}<br />
<table cellspacing="0" cellpadding="5" width="90%" align="center"><tr>
<td valign="top" id="sidebar">{sidebar}</td>
<td valign="top">{body}</td>
</tr></table>
<table cellpadding="0" cellspacing="0" id="footer"><tr valign="middle"><td><div class="server_sig">Powered by <a href="http://www.{site}/">{site}</a></div></td></tr></table><br />
</body></html>
'''


# ---------------------------------------------------------------- Dear Diary

def dd_entry(e, view, page_journal):
    url, site = e['url'], _site(e)
    dt, y, mo, d, hm = _dt(e['date'])
    subj = e.get('subject', '')
    s = esc(subj) if view == 'entry' else (f'<a href="{url}" class="subj-link">{esc(subj)}</a>' if subj else '')
    poster = ''
    if view == 'friends':
        poster = f'<div class="entryposter">' + (_lju(e['poster'], site) + ' posting in ' + _lju(e['journal'], site, 'C') if e['poster'] != e['journal'] else _lju(e['poster'], site)) + '</div>'
    elif not (view == 'recent' and e['poster'] == e['journal']):
        poster = f'<div class="entryposter">{_lju(e["poster"], site)}</div>'
    iid, j = itemid(url), e['journal']
    linkbar = ''
    if view == 'entry':
        linkbar = (f'<ul class="entrylinkbar"><li><a href="http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev"><img src="http://stat.{site}/img/btn_prev.gif" width="22" height="20" alt="Previous Entry" title="Previous Entry" /></a></li>'
                   f'<li><a href="http://www.{site}/tools/memadd.bml?journal={j}&amp;itemid={iid}"><img src="http://stat.{site}/img/btn_memories.gif" width="22" height="20" alt="Add to Memories" title="Add to Memories" /></a></li>'
                   f'<li><a href="http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next"><img src="http://stat.{site}/img/btn_next.gif" width="22" height="20" alt="Next Entry" title="Next Entry" /></a></li></ul>')
    meta = ''
    if e.get('currents'):
        meta = '<ul class="entrymeta">\n' + ''.join(f'<li><span class="entrymetacaption">Current {k}:</span> {esc(v)}</li>\n' for k, v in e['currents']) + '</ul>'
    tags = f'<div class="ljtags"><strong>Tags:</strong> {_tagl(e)}</div>' if e.get('tags') else ''
    nc = e.get('ncomments', len(e.get('comments', [])))
    cmd = (f'<ul class="entrycmdlinks"><li><a href="{url}">{nc} comments</a></li><li><a href="{url}?mode=reply">Leave a comment</a></li></ul>' if view != 'entry'
           else f'<ul class="entrycmdlinks"><li><a href="{url}?mode=reply#add_comment">Post a new comment</a></li></ul>')
    text = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    return f'''<div class="entry"><div class="entryheader">
<h3 class="entrysubject">{s}</h3>{poster}<div class="entrytimestamp"><span class="entrytimestampdate">{MONTHS[mo - 1]}. {_ord(d)}, {y}</span>
    <span class="entrytimestamptime">{_time(hm)}</span></div><div class="entrylinkbarpre">{linkbar}</div>
</div>

<div class="entrycontent">{text}{tags}
</div>

<div class="entryfooter">

{meta}
<div class="entrylinkbarpost">{linkbar}</div>
{cmd}</div>

</div>'''


def dd_comments(e):
    site = _site(e)
    dt, y, mo, d, hm = _dt(e['date'])
    out = []
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 17 + n + 1
        out.append(f'''<li><div class="entry ljcmt_full" id="ljcmt{tid}"><div class="entryheader">
            <h3 class="entrysubject">{esc(csubj)}</h3><div class="entryposter">{_lju(user, site)}</div><div class="entrytimestamp"><span class="entrytimestampdate">{y}-{mo:02d}-{min(d + 1, 28):02d} 0{n + 1}:0{n} am (UTC)</span></div><div class="entrylinkbarpre"></div>
            </div>

            <div class="entrycontent">{esc(text)}
            </div>

            <div class="entryfooter">

            
            <div class="entrylinkbarpost"></div><ul class="entrycmdlinks">
<li><a href="{e["url"]}?replyto={tid}">Reply</a></li><li><a href="{e["url"]}?thread={tid}#t{tid}">Thread</a></li>
</ul>
</div>

            </div></li>''')
    return '<span id="comments"></span><ul class="comments">' + ''.join(out) + '</ul>' if out else '<span id="comments"></span>'


def deardiary_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com', subtitle=''):
    base = _jb(entries[0]) if view == 'entry' or kind == 'C' else f'http://{journal.replace("_", "-")}.{site}/'
    views = [('recent', 'Recent Entries', base), ('archive', 'Archive', base + 'calendar'), ('friends', 'Friends', base + 'friends'), ('userinfo', 'User Info', base + 'profile')]
    vs = '<ul>\n' + ''.join(f'<li class="current">{n}</li>\n' if v == view else f'<li><a href="{u}">{n}</a></li>\n' for v, n, u in views) + '</ul>\n'
    if view == 'entry':
        e = entries[0]
        body = dd_entry(e, 'entry', journal) + dd_comments(e)
        sub = esc(e.get('subject') or '')
        title = f'{journal_title}: {e.get("subject", "")}'
    else:
        body = ''
        last = None
        for e in entries:
            day = e['date'][:3]
            if day != last:
                if last is not None:
                    body += '</div>\n'
                body += f'<div class="day" id="day{day[0]}{day[1]:02d}{day[2]:02d}">\n<h2>{["Monday","Tuesday","Wednesday","Thursday","Friday","Saturday","Sunday"][_dt(e["date"])[0].weekday()]}, {MONTHS_LONG[day[1] - 1]} {_ord(day[2])}, {day[0]}</h2>\n'
                last = day
            body += dd_entry(e, view, journal)
        body += '</div>\n'
        sub = esc(subtitle) if view == 'recent' and subtitle else {'recent': 'Recent Entries', 'friends': 'Friends'}.get(view, '')
        title = journal_title
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/1999/REC-html401-19991224/loose.dtd">
<html>
<head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{_head(journal, title, year, page_url, kind, site)}
<title>{esc(title)}</title>

</head>

<body class="page_{view}">

<div class="controlstrip">{_cs(journal, kind, site)}</div>

<div id="pagecontainer">

<div id="title">
<h1>{esc(journal_title)}</h1><div id="journal_subtitle">{sub}</div>
</div>

<div id="paraphernalia">
<div class="pbox" id="journalinfo"><h2>Journal Info</h2><div class="pboxcontent">
<div id="journalinfouserpic">{userpic(journal, len(journal) + 4)}</div>
<dl>
<dt>Name</dt><dd>{esc(journal_title)}</dd>
</dl>
</div></div>
<div class="pbox" id="viewsel"><h2>View</h2><div class="pboxcontent">
{vs}</div></div>
</div>

<div id="main">
{body}
</div>

<div id="server_sig">Powered by <a href="http://www.{site}/">{site.split('.')[0].capitalize()}</a></div>

</div>

</body>
</html>'''


# ---------------------------------------------------------------- Dreamwidth ?format=light (siteviews in the Lynx scheme)

def dw_light_page(e, title, year):
    ent = dws_entry(e).replace('?style=site', '?format=light').replace('&amp;style=site', '&amp;format=light')
    cm = dws_comments(e).replace('&amp;style=site', '&amp;format=light')
    return f'''<!DOCTYPE html>
<html>
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="home" title="Home" href="https://www.dreamwidth.org/" />
<link rel="contents" title="Site Map" href="https://www.dreamwidth.org/site/" />
<link rel="help" title="Help" href="https://www.dreamwidth.org/support/" />
<style>
    #Comments q {{ padding-left: 2.5em; font-style: italic; }}
</style>
<title>{esc(title)}</title>
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/??jquery/jquery.ui.theme.smoothness.css,lj_base-app.css,base-colors-light.css,lynx/lynx.css,siteviews/layout.css,siteviews/lynx.css?v={1400000000 + year}" />
<script type="text/javascript">
    var Site;
    if (!Site) Site = {{}};
    Site = {{"siteroot":"https://www.dreamwidth.org","currentJournal":"{e["journal"]}","currentJournalBase":"{base_of(e["url"]).rstrip("/")}","has_remote":0,"statprefix":"https://www.dreamwidth.org/stc","imgprefix":"https://www.dreamwidth.org/img"}};
</script>
<script type="text/javascript" src="https://www.dreamwidth.org/js/??jquery/jquery-1.8.3.js,jquery/jquery.ui.core.js,dw/dw-core.js,jquery.threadexpander.js,jquery.cuttag-ajax.js?v={1400000000 + year}"></script>
<meta property="og:title" content="{esc(e.get("subject", ""))}" />
<meta property="og:url" content="{e["url"]}" />
</head>

<body class="lynx">

<div role="main" id="content">
    <div class="row">
        <div class="columns large-12">
        <h1>{esc(title)}</h1>
        </div>
    </div>
    <div class="row"><div class="large-12 columns">
<div class="page-top"><ul class="entry-management-links"><li><a href="{base_of(e["url"])}">{e["journal"]}</a>'s {"community" if e.get("community") else "journal"}</li></ul></div>
{ent}
{cm}
    </div></div>
</div>

<hr />
<div class="row"><div class="large-12 columns">
    <div role="navigation"><p>[ <a href='https://www.dreamwidth.org/'>Home</a> | <a href='https://www.dreamwidth.org/update'>Post Entry</a> |
    <a href='https://www.dreamwidth.org/login'>Log in</a> | 
    <a href='https://www.dreamwidth.org/tools/search'>Search</a> | 
    <a href='https://www.dreamwidth.org/manage/settings/'>Account Settings</a> | 
    <a href='https://www.dreamwidth.org/site/'>Site Map</a> ]</p></div>
</div></div>
</body>
</html>
'''


# ---------------------------------------------------------------- LiveJournal site-scheme journal pages (2014–2017)

SCHEME_HEAD = '''<div class="s-header s-header--schemius s-header--journal" id="js-header">
  <div class="s-header__inner">
    <a href="https://www.livejournal.com/" class="s-header__logo" title="LiveJournal"><span class="s-header__logo-text">LiveJournal</span></a>
    <nav class="s-nav s-nav--main" role="navigation">
      <ul class="s-nav-items">
        <li class="s-nav-item s-nav-item-main"><a class="s-nav-rootlink" href="https://www.livejournal.com/">Main</a></li>
        <li class="s-nav-item s-nav-item-feed"><a class="s-nav-rootlink" href="https://www.livejournal.com/feed/">Feed</a></li>
        <li class="s-nav-item s-nav-item-top"><a class="s-nav-rootlink" href="https://www.livejournal.com/ratings/">Top</a>
          <ul class="s-nav-sub"><li><a href="https://www.livejournal.com/ratings/users/">Bloggers</a></li><li><a href="https://www.livejournal.com/ratings/communities/">Communities</a></li><li><a href="https://www.livejournal.com/ratings/posts/">Popular posts: what everyone is reading today</a></li></ul></li>
        <li class="s-nav-item s-nav-item-interests"><a class="s-nav-rootlink" href="https://www.livejournal.com/interests.bml">Interesting</a>
          <ul class="s-nav-sub"><li><a href="https://www.livejournal.com/category/travel/">Travel</a></li><li><a href="https://www.livejournal.com/category/books/">Books</a></li><li><a href="https://www.livejournal.com/category/fandom/">Fandom and fan fiction: the best of the week</a></li></ul></li>
        <li class="s-nav-item s-nav-item-shop"><a class="s-nav-rootlink" href="https://www.livejournal.com/shop/">Shop</a></li>
        <li class="s-nav-item s-nav-item-search"><form action="https://www.livejournal.com/search/" method="get" class="s-search"><input type="search" name="q" placeholder="Search" class="s-search__input" /></form></li>
      </ul>
    </nav>
    <div class="s-header-item s-header-item--login"><a href="https://www.livejournal.com/login.bml" class="s-header-item__link">Log in</a></div>
    <div class="s-header-item s-header-item--create"><a href="https://www.livejournal.com/create" class="s-header-item__link">Create a blog</a></div>
  </div>
  <div class="s-header-promo"><p class="s-header-promo__text">New! Write your posts faster with the updated editor. <a href="https://www.livejournal.com/update.bml">Try it now</a></p></div>
</div>'''


def _scheme_shell(title, url, journal, is_comm, body, year, journal_title, og=''):
    return f'''<!DOCTYPE html>
<html class="html-schemius html-journal" lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{og}<link rel="stylesheet" type="text/css" href="https://l-stat.livejournal.net/??schemius_v4/headerfooter.css,schemius_v4/journal.css,journal/entryunit.css,comments/b-tree.css,lj_base-journal.css?v={1400000000 + (year - 2014) * 30000000}">
<script type="text/javascript">
    Site = window.Site || {{}};
    Site.current_journal = {{"journal_url": "https://{journal.replace("_", "-")}.livejournal.com/", "username": "{journal}", "is_comm": "{1 if is_comm else ""}"}};
    Site.currentLanguage = "en_LJ";
</script>
<script type="text/javascript" src="https://l-stat.livejournal.net/??lj.js,jquery/jquery.lj.entry.js,journal/entryunit.js,comments/b-tree.js?v={1400000000 + (year - 2014) * 30000000}"></script>
</head>
<body class="s-schemius p-journal-siteview">
{SCHEME_HEAD}
<div class="s-body">
<div class="j-head">
  <div class="j-head__title"><a class="j-head__link" href="https://{journal.replace("_", "-")}.livejournal.com/">{esc(journal_title)}</a></div>
  <ul class="j-head__menu"><li><a href="https://{journal.replace("_", "-")}.livejournal.com/">Journal</a></li><li><a href="https://{journal.replace("_", "-")}.livejournal.com/profile">Profile</a></li><li><a href="https://{journal.replace("_", "-")}.livejournal.com/calendar">Archive</a></li><li><a href="https://{journal.replace("_", "-")}.livejournal.com/tag/">Tags</a></li></ul>
</div>
<div class="j-columns">
<div class="j-main">
{body}
</div>
<aside class="j-aside">
  <div class="j-aside__box j-aside__box--ad"><div class="lj-ads-slot" id="lj-ad-right"><span class="lj-ads-label">Advertisement</span></div></div>
  <div class="j-aside__box"><h4 class="j-aside__title">Popular in fandom this week</h4><ul class="j-aside__list"><li><a href="https://www.livejournal.com/category/fandom/">The twenty most-commented fan fiction posts of the month</a></li><li><a href="https://www.livejournal.com/category/fandom/">Part two: readers pick their favourite fic of the year</a></li></ul></div>
</aside>
</div>
</div>
{SCHEMIUS_FOOT}
</body>
</html>
'''


def _eu_tags(e):
    if not e.get('tags'):
        return ''
    jb = f'https://{e["journal"].replace("_", "-")}.livejournal.com/'
    return '<div class="entryunit__tags ljtags"><span class="entryunit__tags-title">Tags:</span> ' + ', '.join(f'<a href="{jb}tag/{t.replace(" ", "%20")}" rel="tag" class="entryunit__tag">{esc(t)}</a>' for t in e['tags']) + '</div>'


def eu_entry(e, view):
    url, j, iid = e['url'], e['journal'], itemid(e['url'])
    y, mo, d, hm = e['date']
    author = lj_user_new(e['poster'])
    if e.get('community'):
        author = f'{lj_user_new(e["poster"])} <span class="entryunit__in">in</span> {lj_user_new(j, "C")}'
    subj = esc(e.get('subject', ''))
    if view == 'entry':
        title = f'<h1 class="entryunit__title entry-title">{subj}</h1>'
    else:
        title = f'<h3 class="entryunit__title entry-title"><a href="{url}" class="subj-link">{subj}</a></h3>'
    text = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    nc = e.get('ncomments', len(e.get('comments', [])))
    mood = ''
    if e.get('currents'):
        mood = '<ul class="entryunit__meta">' + ''.join(f'<li class="entryunit__meta-item entryunit__meta-item--{k.lower()}"><span class="entryunit__meta-label">{k}:</span> {esc(v)}</li>' for k, v in e['currents']) + '</ul>'
    return f'''<article class="entryunit entryunit--{"aentry" if view == "entry" else "lenta"} hentry" data-ditemid="{iid}" id="post-{j}-{iid}">
  <div class="entryunit__head">
    {title}
    <div class="entryunit__details"><span class="entryunit__author">{author}</span> <time class="entryunit__date published" datetime="{y}-{mo:02d}-{d:02d}T{hm}:00">{MONTHS_LONG[mo - 1]} {d}, {y}, {hm}</time></div>
  </div>
  <div class="entryunit__body">
    <div class="entryunit__text entry-content">{text}</div>
  </div>
  {mood}{_eu_tags(e)}
  <div class="entryunit__footer">
    <ul class="entryunit__actions"><li class="entryunit__action"><a href="{url}?mode=reply#add_comment">Leave a comment</a></li><li class="entryunit__action"><a href="{url}#comments">{nc} comments</a></li><li class="entryunit__action entryunit__action--share"><a href="https://www.livejournal.com/tools/tellafriend.bml?journal={j}&amp;itemid={iid}">Share</a></li></ul>
  </div>
</article>'''


def eu_comments(e):
    out = []
    y, mo, d, hm = e['date']
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        tid = int(itemid(e['url'])) * 19 + n + 1
        out.append(f'''<div class="b-tree-twig b-tree-twig-{1 + n % 2}" style="margin-left: {30 * (n % 2)}px" data-tid="t{tid}">
  <div class="b-leaf b-leaf-poster-{user}" id="t{tid}">
    <div class="b-leaf-inner">
      <div class="b-leaf-header"><span class="b-leaf-username">{lj_user_new(user)}</span> <span class="b-leaf-createdtime">{MONTHS_LONG[mo - 1]} {min(d + 1, 28)} {y}, 0{n + 1}:4{n}:00 UTC</span> <a class="b-leaf-permalink" href="{e["url"]}?thread={tid}#t{tid}">Link</a></div>
      <div class="b-leaf-article">{esc(text)}</div>
      <div class="b-leaf-footer"><ul class="b-leaf-actions"><li class="b-leaf-actions-item"><a href="{e["url"]}?replyto={tid}">Reply</a></li><li class="b-leaf-actions-item"><a href="{e["url"]}?thread={tid}#t{tid}">Thread</a></li></ul></div>
    </div>
  </div>
</div>''')
    return '<div class="b-grove" id="comments"><div class="b-tree b-tree-root">' + ''.join(out) + '</div></div>'


def scheme_entry_page(e, journal_title, year, recommended=()):
    url, j, iid = e['url'], e['journal'], itemid(e['url'])
    xylem = ''
    if recommended:
        xylem = ('<div class="b-xylem"><h3 class="b-xylem-head">Recommended posts from this journal</h3><ul class="b-xylem-list">'
                 + ''.join(f'<li class="b-xylem-item"><a class="b-xylem-title" href="{u}">{esc(t)}</a><p class="b-xylem-excerpt">{esc(x)}</p></li>' for u, t, x in recommended) + '</ul></div>')
    nav = (f'<nav class="entryunit-nav"><a class="entryunit-nav__prev" href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev">Previous post</a>'
           f' <a class="entryunit-nav__next" href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next">Next post</a></nav>')
    og = f'<meta property="og:title" content="{esc(e.get("subject", ""))}">\n<meta property="og:type" content="article">\n<meta property="og:url" content="{url}">\n<link rel="canonical" href="{url}">\n'
    body = eu_entry(e, 'entry') + nav + xylem + eu_comments(e)
    return _scheme_shell(f'{e.get("subject", "")}: {j} — LiveJournal', url, j, e.get('community'), body, year, journal_title, og)


def scheme_recent_page(entries, journal, journal_title, page_url, year, is_comm=False):
    body = '<div class="j-lenta">' + '\n'.join(eu_entry(e, 'recent') for e in entries) + f'</div><nav class="j-pager"><a class="j-pager__prev" href="{page_url}?skip=10">Earlier</a></nav>'
    return _scheme_shell(f'{journal_title} — LiveJournal', page_url, journal, is_comm, body, year, journal_title)
