"""Page renderers no corpus used before, from the sites' own layer code:
- LiveJournal S2 Understroke (apparentlymart/livejournal `bin/upgrading/s2layers/understroke/layout.s2`, an hAtom
  layout): _Header/_Content/_Footer (div#Page, h1 journal title, ul.nav, div.hfeed, ul.prevnext, the calendar, the
  sidebar lists ul.aside-summary "journal — SUBJECT" of the page's entries); _print_entry: div.hentry > h2.entry-title
  (the subject in a rel="bookmark" link), p.entry-date abbr.updated, p.poster (ljuser, "posts in" ljuser on community
  and friends pages), div.metadata of dl.meta-KEY (dt "Mood:" dd), div.entry-content.text, div.ljtags "Tags: ",
  ul.entry-menu; entries separated by div.hr; EntryPage comments: div#comments > div.comment-wrap > div.comment-head >
  div.comment-head-in (h3 subject, p poster, p permalink) + div.comment-text.text + div.comment-menu.
- LiveJournal S2 Digital Multiplex (`digitalmultiplex/layout.s2`): Page::print (table#top_title h1, table#main with
  td#sidebar of table.sidebar_box boxes and td#content); print_entry_full: table.heading_bar (th left: prev link +
  span.subject, th right: "date @ time" + next link), table.full_entry with the text in a classless td, then
  div.currents (div.currentmood "<strong>Mood:</strong> x") and div.ljtags; RecentPage prints the leading entries full,
  a heading bar "Other entries", then print_entry_short (table.short_entry: th "&raquo; SUBJECT" link, td text +
  span.short_entry_meta); comments: div#cmtbarN tables (From:, Date:, h3 subject, (Link)) then the text in a div.
- Dreamwidth's site-skin entry view (`styles/siteviews/layout.s2`, `?style=site`): Page::print_entry: div.entry >
  div.header (div.poster-info: "NAME (ljuser) wrote in ljuser", datetime), div.action-box, div.currents, div >
  div.contents.usercontent > div.inner with the SUBJECT (h3.entry-title) and the text together, div.footer; comments
  div.comment-thread > div.dwexpcomment > div.dwexpcomment (header comment-info: subject, poster, time) +
  div.contents.usercontent. Shell: the Tropospherical / Celerity site scheme (#canvas, #masthead, #content)."""
from layouts import MONTHS, MONTHS_LONG, esc, itemid, lj_user_old, dw_user, base_of
from s2x import _dt, _ord, _time, controlstrip, jbase, lj_head, userpic

DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _lju(name, site, kind='P'):
    return lj_user_old(name, site=site, kind=kind)


def _site(e):
    return e.get('site', 'livejournal.com')


def _jb(e):
    site = _site(e)
    if site == 'livejournal.com':
        return jbase(e)
    return base_of(e['url'])


# ---------------------------------------------------------------- Understroke

def us_entry(e, view, page_kind):
    dt, y, mo, d, hm = _dt(e['date'])
    site = _site(e)
    url = e['url']
    subj = e.get('subject', '')
    title = f'<a href="{url}" rel="bookmark">{esc(subj)}</a>' if subj else f'<a href="{url}" rel="bookmark">(no subject)</a>'
    author = ''
    if page_kind == 'C' or view == 'friends':
        author = f'<span class="vcard author">{_lju(e["poster"], site)}</span>'
        if e['poster'] != e['journal'] and not (page_kind == 'C' and view == 'recent'):
            author += f'<span class="etc"> posts in </span><span class="vcard journal">{_lju(e["journal"], site, "C" if e.get("community") else "P")}</span>'
    meta = ''
    if e.get('currents'):
        meta = '<div class="metadata">' + ''.join(f'<dl class="meta-{k.lower()}"><dt>{k}:</dt><dd>{esc(v)}</dd></dl>' for k, v in e['currents']) + '</div>'
    tags = ''
    if e.get('tags'):
        tags = '<div class="ljtags">Tags: ' + ', '.join(f'<a href="{_jb(e)}tag/{esc(t).replace(" ", "+")}" rel="tag">{esc(t)}</a>' for t in e['tags']) + '</div>'
    iid = itemid(url)
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        menu = (f'<ul class="entry-menu"><li class="mem_add"><a href="http://www.{site}/tools/memadd.bml?journal={e["journal"]}&amp;itemid={iid}">Add to Memories</a></li>'
                f'<li class="tell_friend"><a href="http://www.{site}/tools/tellafriend.bml?journal={e["journal"]}&amp;itemid={iid}">Tell a Friend</a></li></ul>')
    else:
        menu = (f'<ul class="entry-menu"><li class="count"><a href="{url}">{nc} comments</a></li>'
                f'<li class="comments"><a href="{url}?mode=reply">Leave a comment</a></li></ul>')
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    h, m = hm.split(':')
    return f'''
<div id="post-{e["journal"]}-{iid}" class="hentry">
	<h2 class="entry-title"> {title}</h2>
	<p class="entry-date"><abbr class="updated" title="{y}-{mo:02d}-{d:02d}T{h}:{m}:00-00:00">{DAYS[dt.weekday()]}, {MONTHS_LONG[mo - 1]} {_ord(d)}, {y} at {_time(hm)}</abbr></p>
	<p class="poster">{userpic(e["poster"], len(e["poster"])) if view != "entry" and (page_kind == "C" or view == "friends") else ""} {author}</p>
	{meta}
	<div class="entry-content text">
		{content}
	</div>
	{tags}
	{menu}
</div>
'''


def us_comments(e):
    out = []
    dt, y, mo, d, hm = _dt(e['date'])
    site = _site(e)
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 5 + n + 1
        h3 = f'<h3> {esc(csubj)}</h3>' if csubj else ''
        out.append(f'''<div id="ljcmt{tid}" class="comment-wrap comment-odd{" comment-author" if user == e["poster"] else ""}" style="margin-left:0px;"><div class="comment-head" id="t{tid}"><div class="comment-upic">{userpic(user, n + 11)}</div><div class="comment-head-in">{h3}<p>{_lju(user, site)}</p><p><a class="comment-permalink" href="{e["url"]}?thread={tid}#t{tid}">{y}-{mo:02d}-{min(d + 1, 28):02d} 0{n + 2}:2{n} am (UTC)</a></p></div></div><div class="comment-text text">{esc(text)}</div><div class="comment-menu">(<a href="{e["url"]}?replyto={tid}">Reply</a>) (<a href="{e["url"]}?thread={tid}#t{tid}">Thread</a>) </div><div class="hr"><hr /></div></div>''')
    n = len(out)
    return (f'<div class="hr"><hr /></div><div id="comments"><div class="comments-links">( <span class="comments-count"><a href="{e["url"]}#comments">{n} comments</a></span> <span class="emdash">—</span> <span class="replylink"><a href="{e["url"]}?mode=reply">Leave a comment</a></span> )</div>'
            + ''.join(out) + '</div>')


def understroke_page(view, entries, journal, journal_title, page_url, title, year, kind='P', site='livejournal.com', subtitle=''):
    base = _jb(entries[0]) if entries and (kind == 'C' or view == 'entry') else f'http://{journal.replace("_", "-")}.{site}/'
    nav = [('Recent Entries', base), ('Archive', base + 'calendar'), ('Friends', base + 'friends'), ('Profile', base + 'profile'), ('Tags', base + 'tag/')]
    cur = {'recent': 'Recent Entries', 'friends': 'Friends', 'day': 'Archive'}.get(view, '')
    navh = '<ul class="nav">' + ''.join(f'<li><strong>{n}</strong></li>' if n == cur else f'<li><a href="{u}">{n}</a></li>' for n, u in nav) + '</ul>'
    if view == 'entry':
        e = entries[0]
        body = us_entry(e, 'entry', kind) + us_comments(e)
        prevnext = (f'<div class="hr"><hr /></div><ul class="prevnext"><li class="prev"><a href="http://www.{site}/go.bml?journal={e["journal"]}&amp;itemid={itemid(e["url"])}&amp;dir=prev">Previous Entry</a></li>'
                    f'<li class="next"><a href="http://www.{site}/go.bml?journal={e["journal"]}&amp;itemid={itemid(e["url"])}&amp;dir=next">Next Entry</a></li></ul>')
    else:
        body = '<div class="hr"><hr /></div>'.join(us_entry(e, view, kind) for e in entries)
        prevnext = f'<div class="hr"><hr /></div><ul class="prevnext"><li class="prev"><a href="{page_url}?skip=10">Previous 10 entries</a></li></ul>'
    summ = ''
    if view != 'entry':
        items = []
        for e in entries:
            who = e['poster'] if kind == 'C' or view == 'friends' else e['journal']
            items.append(f'<li>{_lju(who, site)} <span class="emdash">—</span> <a class="summary-link" href="#post-{e["journal"]}-{itemid(e["url"])}">{esc(e.get("subject") or "(no subject)")}</a>'
                         + (f' <span class="emdash">—</span> <a class="summary-comments" href="{e["url"]}">{e.get("ncomments", 2)} comments</a>' if e.get('ncomments', 2) else '') + '</li>')
        summ = '<div class="hr"><hr /></div><ul class="aside-summary">' + ''.join(items) + '</ul>'
    tags = sorted({t for e in entries for t in e.get('tags', [])})
    tagh = ('<div class="hr"><hr /></div><p class="tags">' + '<span class="etc">,</span> '.join(f'<span class="tag"><a href="{base}tag/{esc(t).replace(" ", "+")}" rel="tag">{esc(t)}</a></span>' for t in tags) + '<span class="etc">.</span></p>') if tags else ''
    cal_y, cal_m = entries[0]['date'][0], entries[0]['date'][1]
    cal = (f'<div class="hr"><hr /></div><div class="cal-wrap"><table cellspacing="1"><caption><a href="{base}{cal_y}/{cal_m:02d}/">{MONTHS_LONG[cal_m - 1]}</a> <a href="{base}{cal_y}/" class="year">{cal_y}</a></caption><tr>'
           + ''.join(f'<th class="th child-{i}"><div class="th-in">{d}</div></th>' for i, d in enumerate('SMTWTFS')) + '</tr><tr>'
           + ''.join(f'<td class="td"><div class="td-in">{i}</div></td>' for i in range(1, 8)) + '</tr></table></div>')
    links = f'<div class="hr"><hr /></div><dl class="aside-links"><dt class="ulink-title">elsewhere</dt><dd class="ulink-item"><a class="ulink-item-in" href="http://www.{site}/">{site}</a></dd></dl>'
    bc = f'page-{view} {"one-column" if view == "entry" else "two-columns"} with-controlstrip user-{journal} type-{kind} lang-en'
    head = lj_head(journal, title, year, page_url, kind) if site == 'livejournal.com' else lj_head(journal, title, year, page_url, kind).replace('livejournal.com', site).replace('l-stat.' + site, 'stat.' + site)
    cs = controlstrip(journal, kind)
    if site != 'livejournal.com':
        cs = cs.replace('livejournal.com', site).replace('LiveJournal', site.split('.')[0].capitalize())
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="en">
<head>
	<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{head}
 <link rel="stylesheet" type="text/css" href="http://www.{site}/customview.cgi?user={journal}&amp;styleid=understroke" />
	<meta name="viewport" id="iphone-viewport" content="width=480, maximum-scale=0.6667" />
	<title>{esc(title)}</title>
</head>
<body class="{bc}"><div class="controlstrip">{cs}</div>
<div id="Page" class="{bc}">
	<h1 title="{esc(subtitle)}">{esc(journal_title)}</h1>
	{navh}
	<div class="hr"><hr /></div>
	<div class="hfeed">
		{body}
	</div>
	{prevnext}
	{cal}
	{tagh}
	{links}
	{summ}
	<div class="hr"><hr /></div><ul class="aside-extras"><li><a href="{base}data/rss">RSS</a></li><li><a href="http://www.{site}/site/">Powered by {site}</a></li></ul>
</div>
</body>
</html>
'''


# ---------------------------------------------------------------- Digital Multiplex

def _heading_bar(left, right=None):
    if right is None:
        return f'<table width="100%" cellspacing="0" class="heading_bar">\n<tr><th align="center">\n{left}\n</th></tr></table>\n'
    return f'<table width="100%" cellspacing="0" class="heading_bar">\n<tr><th align="left">\n{left}\n</th><th align="right">\n{right}\n</th></tr></table>\n'


def dm_entry_full(e, view, page_kind):
    dt, y, mo, d, hm = _dt(e['date'])
    site = _site(e)
    url = e['url']
    subj = e.get('subject', '')
    t = ('' if view == 'day' else f'{MONTHS[mo - 1]}. {_ord(d)}, {y} @ ') + _time(hm)
    if subj:
        s = f'<span class="subject">{esc(subj)}</span>' if view == 'entry' else f'<span class="subject"><a href="{url}" class="subj-link">{esc(subj)}</a></span>'
    else:
        s = ''
    prev = nxt = ''
    if view == 'entry':
        iid = itemid(url)
        prev = f'<a href="http://www.{site}/go.bml?journal={e["journal"]}&amp;itemid={iid}&amp;dir=prev"><img src="http://stat.{site}/img/btn_prev.gif" width="22" height="20" alt="Previous Entry" title="Previous Entry" border="0" /></a>'
        nxt = f'<a href="http://www.{site}/go.bml?journal={e["journal"]}&amp;itemid={iid}&amp;dir=next"><img src="http://stat.{site}/img/btn_next.gif" width="22" height="20" alt="Next Entry" title="Next Entry" border="0" /></a>'
    out = '<br />\n<br />\n' + _heading_bar(f'{prev} {s}', f'{t} {nxt}')
    out += f'<a name="entry_{itemid(url)}"></a><table cellspacing="0" cellpadding="0" class="full_entry"><tr>\n'
    if view != 'entry' and (view == 'friends' or e['poster'] != e['journal']):
        who = ''
        if view == 'friends':
            if e['poster'] != e['journal']:
                who = _lju(e['poster'], site) + ', posting in '
            who += _lju(e['journal'], site, 'C' if e.get('community') else 'P') + '<br />'
        else:
            who = _lju(e['poster'], site) + '<br />'
        out += f'<td valign="top"><table cellspacing="0" cellpadding="0" class="full_entry_userpic"><tr><td align="center">\n{who}{userpic(e["poster"], len(e["poster"]) + 2)}</td></tr></table></td>\n'
    out += '<td valign="top" style="text-align: left; padding: 10px" align="left" width="100%">\n'
    out += e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    if e.get('currents'):
        out += '<div class="currents">' + ''.join(f'<div class="current{k.lower()}"><strong>Current {k}:</strong> {esc(v)}</div>' for k, v in e['currents']) + '</div>\n'
    if e.get('tags'):
        out += "<div class='ljtags'><strong>Tags:</strong> " + ', '.join(f'<a rel="tag" href="{_jb(e)}tag/{esc(t).replace(" ", "+")}">{esc(t)}</a>' for t in e['tags']) + '</div>\n'
    if view != 'entry':
        nc = e.get('ncomments', 3)
        out += f'<div class="comments"><a href="{url}">{nc} comments</a> | <a href="{url}?mode=reply">Leave a comment</a></div>'
    out += '</td></tr></table>\n'
    return out


def dm_entry_short(e):
    dt, y, mo, d, hm = _dt(e['date'])
    subj = esc(e.get('subject') or '(No Subject)')
    return (f'<a name="entry_{itemid(e["url"])}"></a><table class="short_entry" width="100%">\n<tr><th align="left"><a href="{e["url"]}">&raquo; {subj}</a></th></tr>\n'
            f'<tr><td width="100%" align="left">\n{e["html"]}<br><span class="short_entry_meta">\n{MONTHS[mo - 1]}. {_ord(d)}, {y} @ {_time(hm)}\n'
            f'<a href="{e["url"]}">{e.get("ncomments", 0)} comments</a> | <a href="{e["url"]}?mode=reply">Leave a comment</a></span></td></tr></table>\n')


def dm_comments(e):
    out = []
    dt, y, mo, d, hm = _dt(e['date'])
    site = _site(e)
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 7 + n + 1
        bg = '#334455' if n % 2 == 0 else '#223344'
        out.append(f'''<div id="ljcmt{tid}" style="margin-left:{25 * (n % 2)}px;">
<a name="t{tid}"></a><div id='cmtbar{tid}' style="background-color: {bg}; color: #ddeeff; margin-top: 10px; width: 100%">
<table cellpadding="2" cellspacing="0" style="width: 100%"><tr valign="top">
<td style="width: 100%"><table style="width: 100%"><tr>
<td align="left" style="width: 50%">
<table>
<tr><th align="right">From:</th><td>{_lju(user, site)}</td></tr>
<tr><th align="right">Date:</th><td style="white-space: nowrap">
{MONTHS_LONG[mo - 1]} {_ord(min(d + 1, 28))}, {y} 0{n + 1}:3{n} am (UTC)</td></tr>
</table></td>
<td align="right" style="width: 50%">
</td></tr>
<tr valign="top"><td style="width: 50%">
{"<h3> " + esc(csubj) + "</h3>" if csubj else ""}
</td>
<td style="width: 50%" align="right"><strong>(<a href="{e["url"]}?thread={tid}#t{tid}">Link</a>)</strong></td></tr>
</table></td></tr></table></div>
<div style="margin-left: 5px">{esc(text)}</div>
<div style="margin-top: 3px; font-size: smaller"> 
(<a href="{e["url"]}?replyto={tid}">Reply</a>) (<a href="{e["url"]}?thread={tid}#t{tid}">Thread</a>) 
</div>
</div>''')
    if not out:
        return ''
    return '<div style="margin: 20px 0 17px 0;" id="comments">' + _heading_bar(f'{len(out)} comments | <a href="{e["url"]}?mode=reply">Leave a comment</a>') + ''.join(out) + '</div>'


def multiplex_page(view, entries, journal, journal_title, page_url, title, year, kind='P', site='livejournal.com', leading=2, day=None, sidebar_blurb=''):
    base = _jb(entries[0]) if kind == 'C' or view == 'entry' else f'http://{journal.replace("_", "-")}.{site}/'
    views = [('Recent Entries', base), ('Archive', base + 'calendar'), ('Friends', base + 'friends'), ('User Info', base + 'profile')]
    navbox = '<table align="left">' + ''.join(f'<tr><td>&raquo; <a href="{u}">{n}</a></td></tr>' for n, u in views) + '</table>'
    sb = f'<br /><table cellspacing="0" cellpadding="0" border="0" id="sidebar_userpic" class="sidebar_box"><tr><td align="center">{userpic(journal, 5)}</td></tr></table>\n'
    if sidebar_blurb:
        sb += f'<br /><table cellspacing="0" cellpadding="0" border="0" id="sidebar_blurb" class="sidebar_box">\n<tr><th class="sidebar_box_header">\nAbout\n</th></tr><tr><td class="sidebar_box_contents">\n{sidebar_blurb}\n</td></tr></table><br />\n'
    sb += f'<br /><table cellspacing="0" cellpadding="0" border="0" id="sidebar_navigation" class="sidebar_box">\n<tr><th class="sidebar_box_header">\nNavigation\n</th></tr><tr><td class="sidebar_box_contents">\n{navbox}\n</td></tr></table><br />\n'
    if view in ('recent', 'day'):
        summ = '<table align="left">' + ''.join(f'<tr><td>&raquo; [<a href="#entry_{itemid(e["url"])}">#</a>] <a href="{e["url"]}">{esc(e.get("subject") or "")}</a> </td></tr>' if e.get('subject') else f'<tr><td>&raquo; [<a href="#entry_{itemid(e["url"])}">#</a>] <a href="{e["url"]}"><em>(no subject)</em></a> </td></tr>' for e in entries) + '</table>'
        sb += f'<br /><table cellspacing="0" cellpadding="0" border="0" id="sidebar_summary" class="sidebar_box">\n<tr><th class="sidebar_box_header">\nSummary\n</th></tr><tr><td class="sidebar_box_contents">\n{summ}\n</td></tr></table><br />\n'
    if view == 'entry':
        vt = 'Entry'
        body = dm_entry_full(entries[0], 'entry', kind) + dm_comments(entries[0])
    elif view == 'day':
        y, mo, d = day
        vt = f'{MONTHS_LONG[mo - 1]} {_ord(d)}, {y}'
        body = ''.join(dm_entry_full(e, 'day', kind) for e in entries)
    else:
        vt = 'Recent Entries'
        body = ''
        for i, e in enumerate(entries):
            if i < leading:
                body += dm_entry_full(e, view, kind)
            else:
                body += dm_entry_short(e)
            if i + 1 == leading and leading < len(entries):
                body += _heading_bar('Other entries')
    head = lj_head(journal, title, year, page_url, kind)
    cs = controlstrip(journal, kind)
    if site != 'livejournal.com':
        head = head.replace('livejournal.com', site)
        cs = cs.replace('livejournal.com', site).replace('LiveJournal', site.split('.')[0].capitalize())
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html><head>

       <meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9"/>
{head}
<link rel="stylesheet" href="{base}res/digitalmultiplex/stylesheet?{year}" type="text/css" />
<title>{esc(title)}</title>
</head><body>
{cs}
<a name="top"></a><div align="center">
<table cellspacing="0" cellpadding="0" id="top_title"><tr><td id="speck">&nbsp;</td><td id="journal_title">
<h1>{esc(journal_title)}</h1></td></tr></table>
<table cellspacing="0" cellpadding="0" id="main">
<tr id="subtitles"><th height="15" width="200" id="sidebar_title">Sidebar</th><th id="main_title">{vt}</th></tr>
<tr><td id="sidebar" valign="top" width="200" style="overflow: hidden">
{sb}</td>
<td valign="top" id="content" align="center"><table cellspacing="0" cellpadding="0" align="center"><tr><td style='width: 85%; padding: 15px'>
{body}
</td></tr></table></td>
</tr>
<tr><td height="15" id="top_of_page"><a href="#top">Top of Page</a></td>
<td id="server_sig">Powered by <a href="http://www.{site}/">{site.split('.')[0].capitalize()}</a></td></tr></table>
</div></body></html>
'''


# ---------------------------------------------------------------- Dreamwidth site skin (?style=site)

def dws_entry(e):
    url, j, iid = e['url'], e['journal'], itemid(e['url'])
    dt, y, mo, d, hm = _dt(e['date'])
    poster = e['poster']
    comm = e.get('community')
    who = f'{esc(e.get("poster_name", poster))} ({dw_user(poster)}) wrote' + (f' in {dw_user(j, "C")}' if comm else '')
    subj = e.get('subject', '')
    meta = ''
    if e.get('currents'):
        meta = '<div class="metadata top-metadata"><ul>' + ''.join(f'<li><span class="metadata-label metadata-label-{k.lower()}">{k}: </span><span class="metadata-item metadata-item-{k.lower()}">{esc(v)}</span></li>' for k, v in e['currents']) + '</ul></div>'
    tags = ''
    if e.get('tags'):
        tags = '<div class="tag"><span class="tag-text">Tags:</span><ul>' + ', '.join(f'<li><a rel="tag" href="{base_of(url)}tag/{t.replace(" ", "+")}">{esc(t)}</a></li>' for t in e['tags']) + '</ul></div>'
    return f'''<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-type-{"C" if comm else "P"} poster-{poster} journal-{j} has-userpic has-subject" id="entry-wrapper-{iid}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="entry" id="entry-{iid}">
<div class="inner">
<div class="header">
<div class="inner">
<div class="userpic"><a href="https://{poster.replace("_", "-")}.dreamwidth.org/icons"><img src="https://v.dreamwidth.org/{9000000 + len(poster) * 17}/{300000 + len(j)}" width="100" height="100" alt="" /></a></div>
<div class="poster-info">
<span class="poster entry-poster ">{who}</span><span class="datetime">@ {y}-{mo:02d}-{d:02d} {hm}:00</span></div>
</div>
<div class="action-box">
<div class="inner">
<ul class="icon-links"><li class="link prev first-item"><a href="https://www.dreamwidth.org/go?journal={j}&amp;itemid={iid}&amp;dir=prev"><img src="https://www.dreamwidth.org/img/silk/entry/previous.png" alt="Previous Entry" title="Previous Entry" /></a></li><li class="link mem_add"><a href="https://www.dreamwidth.org/tools/memadd?journal={j}&amp;itemid={iid}"><img src="https://www.dreamwidth.org/img/silk/entry/memories_add.png" alt="Add to memories!" title="Add to memories!" /></a></li><li class="link next"><a href="https://www.dreamwidth.org/go?journal={j}&amp;itemid={iid}&amp;dir=next"><img src="https://www.dreamwidth.org/img/silk/entry/next.png" alt="Next Entry" title="Next Entry" /></a></li></ul>
</div>
</div>
</div>
<div class="currents">
{meta}{tags}</div>
<div>
<div class="contents usercontent">
<div class="inner">
{"<h3 class='entry-title'>" + esc(subj) + "</h3>" if subj else ""}<div class="entry-content">{e["html"]}</div></div>
</div>
</div>
<div class="footer">
<div class="inner">
<hr class="above-entry-interaction-links" />
    <div class="comment-pages-wrapper"></div><ul class="entry-interaction-links text-links"><li class="entry-readlink first-item"><a href="{url}?style=site#comments">{len(e.get("comments", []))} comments</a></li>
<li class="entry-replylink"><a href="{url}?mode=reply&amp;style=site#add_comment">Reply</a></li>
</ul>
</div>
</div>
</div>
</div>
<div class="separator separator-after"><div class="inner"></div></div>
</div>'''


def dws_comments(e):
    out = []
    dt, y, mo, d, hm = _dt(e['date'])
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 11 + n + 1
        depth = 1 if n == 0 or user != e['poster'] else 2
        out.append(f'''<div class='comment-thread comment-depth-{"odd" if depth % 2 else "even"} comment-depth-{depth}'>
<div id='cmt{tid}' class='dwexpcomment' style='margin-left: {(depth - 1) * 25}px; margin-top: 5px;'>
<div class="dwexpcomment comment-wrapper comment-depth-{depth} has-userpic {"has-subject" if csubj else "no-subject"} poster-{user}" id="comment-cmt{tid}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="comment" id="cmt{tid}">
<div class="inner">
<div class="header">
<div class="inner">
<div class="comment-info">
{"<h4 class='comment-title'>" + esc(csubj) + "</h4>" if csubj else "<h4 class='comment-title'>(no subject)</h4>"}<span class="poster comment-poster">From {dw_user(user)}</span>
<span class="datetime">@ {y}-{mo:02d}-{min(d + 1, 28):02d} 0{n + 3}:1{n} am (UTC)</span><span class="commentpermalink">(<a href="{e["url"]}?thread={tid}&amp;style=site#cmt{tid}">link</a>)</span>
</div>
</div>
</div>
<div class="contents usercontent">
<div class="inner">
{esc(text)}</div>
</div>
<div class="footer">
<div class="inner">
<ul class="text-links"><li class="link reply first-item"><a href="{e["url"]}?replyto={tid}&amp;style=site">Reply</a></li><li class="link thread"><a href="{e["url"]}?thread={tid}&amp;style=site#cmt{tid}">Thread</a></li></ul></div>
</div>
</div>
</div>
<div class="separator separator-after"><div class="inner"></div></div>
</div></div></div>''')
    return "<div id='comments'><div class='inner'>" + ''.join(out) + "<div class='bottomcomment'><hr class=\"below-entry-interaction-links\" /></div><div class=\"commment-pages-wrapper\"></div></div></div>"


def dw_site_page(e, title, year, skin='tropo-red'):
    j = e['journal']
    comm = e.get('community')
    kindword = 'community' if comm else 'journal'
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/??reset.css,lj_base-app.css,base-colors-light.css,{skin}.css,siteviews/layout.css?v={1500000000 + year}" />
<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/siteviews/{skin}.css?v={year}" />
<script type="text/javascript">
    var Site;
    if (!Site) Site = {{}};
    Site = {{"siteroot":"https://www.dreamwidth.org","currentJournal":"{j}","currentJournalBase":"{base_of(e["url"]).rstrip("/")}","has_remote":0,"statprefix":"https://www.dreamwidth.org/stc","imgprefix":"https://www.dreamwidth.org/img"}};
</script>
<script type="text/javascript" src="https://www.dreamwidth.org/js/??jquery/jquery-1.8.3.js,jquery/jquery.ui.core.js,dw/dw-core.js,jquery.threadexpander.js,jquery.cuttag-ajax.js?v={year}"></script>
<title>{esc(title)}</title>
</head>
<body class="{skin.split('-')[0]}">
<div id="canvas">
<div id="page">
<div id="skip"><a href="#content" tabindex="1">Skip to Main Content</a></div>
<div id="masthead" role="banner"><span id="logo"><a href="https://www.dreamwidth.org/"><img alt="Dreamwidth Studios" src="https://www.dreamwidth.org/img/tropo-red/dw_logo.png" /></a></span></div>
<div id="account-links"><form action="https://www.dreamwidth.org/login?ret=1" method="post" class="lj_login_form"><fieldset><label for="login_user">Account name:</label><input name="user" id="login_user" size="20" maxlength="27" type="text" /> <label for="login_password">Password</label><input name="password" id="login_password" size="20" type="password" /> <input type="submit" value="Log in" /></fieldset></form></div>
<div id="menu" role="navigation"><ul><li id="create_topnav" class="topnav"><a href="https://www.dreamwidth.org/create">Create</a></li><li id="explore_topnav" class="topnav"><a href="https://www.dreamwidth.org/explore">Explore</a></li><li id="shop_topnav" class="topnav"><a href="https://www.dreamwidth.org/shop">Shop</a></li></ul>
<div id="header-search"><form action="https://www.dreamwidth.org/multisearch" method="post"><input type="text" title="Search" name="q" size="20" /> <select name="type"><option value="int">Interest</option><option value="nav_and_user" selected="selected">Site and Account</option></select> <input type="submit" value="Go" /></form></div></div>
<div id="content" role="main">
<h1>{esc(title)}</h1>
<div class="page-top"><ul class="entry-management-links"><li><a href="{base_of(e["url"])}">{j}</a>'s {kindword}</li><li><a href="{e["url"]}">View in {kindword} style</a></li></ul></div>
{dws_entry(e)}
{dws_comments(e)}
</div>
<div id="footer" role="contentinfo"><ul><li class="first"><a href="https://www.dreamwidth.org/legal/privacy">Privacy Policy</a> &bull; </li><li><a href="https://www.dreamwidth.org/legal/tos">Terms of Service</a> &bull; </li><li><a href="https://www.dreamwidth.org/legal/diversity">Diversity Statement</a> &bull; </li><li><a href="https://www.dreamwidth.org/site/opensource">Open Source</a></li></ul><p>Copyright &copy; 2009-{year} Dreamwidth Studios, LLC. Some rights reserved.</p></div>
</div>
</div>
</body>
</html>
'''
