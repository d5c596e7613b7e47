"""LiveJournal S2 system layouts no corpus used before, rendered from their layer code in LiveJournal's open-source
tree (github apparentlymart/livejournal, bin/upgrading/s2layers/):
- Quite Lickable (`lickable/layout.s2`, a "Cascadadelic" layout): Page::print (#shadowhack1/#shadowhack2/#pagecontainer,
  #title h1 + #journal_subtitle, #paraphernalia of .pbox boxes, #main, #server_sig); RecentPage/DayPage::print_body
  (`<div class="day" id="dayYYYYMMDD"><h2>long date</h2>`); Page::lay_print_entrylite (div.entry > div.entryheader >
  h3.entrysubject (formatted_subject `a.subj-link` off the entry page, the bare subject on it), div.entryposter,
  div.entrytimestamp, div.entrylinkbarpre; div.entrycontent; div.entryfooter > ul.entrymeta (span.entrymetacaption) +
  ul.entrycmdlinks). On the entry page the comments are printed by the SAME lay_print_entrylite inside ul.comments: each
  comment is a div.entry with its own h3.entrysubject (empty when the comment has no subject) and div.entrycontent.
- A Sturdy Gesture (`sturdygesture/layout.s2`): Page::print (table.main-table, td#navbar of .box with the journal name
  in h1 and the view list, td#body), print_entry: `<div class="box"><h2>DATETIME<br />SUBJECT</h2><div class="entry">`
  (the subject shares the h2 with the date; "poster: " before it on friends pages and community entries), the text,
  div.metadata (div.ljtags "Tags:", div.metadata-mood), div.talklinks (div.permalink "Link"). Comments (print_comment_full)
  are `<div class="box"><h3>date<br />poster: subject</h3><div class="entry">TEXT</div>` too.
The head and control strip are LJ's S2 journal head of the time (print_head / print_control_strip), shortened."""
import datetime

from layouts import MONTHS, MONTHS_LONG, esc, itemid, lj_user_old

DAYS3 = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun']


def _ord(d):
    return f'{d}{"th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}'


def _time(hm):
    h, m = map(int, hm.split(':'))
    return f'{(h % 12) or 12:02d}:{m:02d} {"am" if h < 12 else "pm"}'


def _dt(date):
    y, mo, d, hm = date
    return datetime.date(y, mo, d), y, mo, d, hm


def jbase(e):
    j = e['journal']
    if e.get('community') and e.get('legacy'):
        return f'http://community.livejournal.com/{j}/'
    return f'http://{j.replace("_", "-")}.livejournal.com/'


def tags_html(e):
    return ', '.join(f'<a rel="tag" href="{jbase(e)}tag/{esc(t).replace(" ", "+")}">{esc(t)}</a>' for t in e.get('tags', []))


def lj_head(journal, title, year, page_url, kind='P'):
    base = f'http://{journal.replace("_", "-")}.livejournal.com/'
    v = 1100000000 + year * 41
    return f'''<link rel="stylesheet" type="text/css" href="http://l-stat.livejournal.com/??lj_base.css,controlstrip-new.css,widgets/calendar.css,widgets/filter-settings.css,popup/popup.css,lj_base-journal.css?v={v}" />
<script type="text/javascript">
    var LJVAR;
    if (!LJVAR) LJVAR = new Object();
    LJVAR.imgprefix = "http://l-stat.livejournal.com/img";
    LJVAR.siteroot = "http://www.livejournal.com";
    LJVAR.statprefix = "http://l-stat.livejournal.com";
    LJVAR.currentJournalBase = "{base.rstrip('/')}";
    LJVAR.currentJournal = "{journal}";
    LJVAR.has_remote = 0;
    var Site;
    if (!Site) Site = {{}};
    Site.current_journal = {{"is_comm":"{1 if kind == 'C' else ''}","journal_url":"{base}","username":"{journal}","display_username":"{journal}"}};
</script>
<script type="text/javascript" src="http://l-stat.livejournal.com/js/??core.js,dom.js,httpreq.js,livejournal.js,basic.js,lj_ippu.js,controlstrip.js,esn.js,ljtags.js,entry.js,jquery/jquery.lj.journalPromoStrip.js?v={v}"></script>
<link rel="openid2.provider" href="http://www.livejournal.com/openid/server.bml" />
<meta name="description" content="{esc(title)}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}data/rss" />
<link rel="alternate" type="application/atom+xml" title="Atom" href="{base}data/atom" />
<link rel="service.feed" type="application/atom+xml" title="AtomAPI-enabled feed" href="http://www.livejournal.com/interface/atom/feed" />
<link rel="stylesheet" href="{base}res/{1000000 + year}/stylesheet?{v}" type="text/css" />'''


def controlstrip(journal, kind='P'):
    what = 'community' if kind == 'C' else 'journal'
    return f'''<div id="lj_controlstrip" class="w-cs-user">
<table id="lj_controlstrip_table" cellpadding="0" cellspacing="0"><tr>
<td id="lj_controlstrip_userpic" style="background-image: none;"><a href="http://www.livejournal.com/"><img src="http://l-stat.livejournal.com/img/controlstrip/nouserpic.gif" alt="" title="" height="43" width="43" /></a></td>
<td id="lj_controlstrip_user" nowrap="nowrap"><form id="Greeting" class="nopic" action="http://www.livejournal.com/login.bml?ret=1" method="post"><input type="hidden" name="mode" value="login" /><table><tr><td><label for="xc_user">Username:</label> <input type="text" name="user" size="7" maxlength="17" tabindex="1" id="xc_user" value="" /></td><td><label for="xc_password">Password:</label> <input type="password" name="password" size="7" tabindex="2" id="xc_password" class="lj_login_password" /> <input type="submit" value="Log in" tabindex="3" /></td></tr></table></form></td>
<td id="lj_controlstrip_actionlinks" nowrap="nowrap">You're viewing {lj_user_old(journal, kind=kind)}'s {what}<br /><a href="http://www.livejournal.com/create.bml">Create a LiveJournal Account</a>&nbsp;&nbsp; <a href="http://www.livejournal.com/">Learn more</a></td>
<td id="lj_controlstrip_search"><form id="searchform" action="http://www.livejournal.com/multisearch.bml" method="post"><input type="text" name="q" id="lj_controlstrip_search_input" title="Search" size="20" maxlength="255" value="" /> <input type="submit" class="lj_controlstrip_search_submit" value="Search" /></form></td>
<td id="lj_controlstrip_logo"><a href="http://www.livejournal.com/"><img src="http://l-stat.livejournal.com/img/controlstrip/logo.gif" alt="LiveJournal" title="LiveJournal" /></a></td>
</tr></table></div>'''


def linkbar(e):
    j, iid = e['journal'], itemid(e['url'])
    return (f'<ul class="entrylinkbar"><li><a href="http://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev">'
            f'<img src="http://l-stat.livejournal.com/img/btn_prev.gif" width="22" height="20" alt="Previous Entry" title="Previous Entry" /></a></li>'
            f'<li><a href="http://www.livejournal.com/tools/memadd.bml?journal={j}&amp;itemid={iid}"><img src="http://l-stat.livejournal.com/img/btn_memories.gif" width="22" height="20" alt="Add to Memories" title="Add to Memories" /></a></li>'
            f'<li><a href="http://www.livejournal.com/tools/tellafriend.bml?journal={j}&amp;itemid={iid}"><img src="http://l-stat.livejournal.com/img/btn_tellfriend.gif" width="22" height="20" alt="Share This Entry" title="Share This Entry" /></a></li>'
            f'<li><a href="http://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next">'
            f'<img src="http://l-stat.livejournal.com/img/btn_next.gif" width="22" height="20" alt="Next Entry" title="Next Entry" /></a></li></ul>')


def userpic(name, n):
    return f'<img src="http://l-userpic.livejournal.com/{80000000 + n * 7919}/{3000000 + n * 131}" width="100" height="100" alt="" title="" />'


# ---------------------------------------------------------------- Quite Lickable

def lk_entry(e, view, page_journal):
    url = e['url']
    subj = e.get('subject', '')
    if view == 'entry':
        s = esc(subj)
    else:
        s = f'<a href="{url}" class="subj-link">{esc(subj)}</a>' if subj else ''
    poster = ''
    if view == 'friends':
        poster = (f'<div class="entryposter">{lj_user_old(e["poster"])} posting in {lj_user_old(e["journal"], kind="C")}</div>' if e.get('community')
                  else f'<div class="entryposter">{lj_user_old(e["poster"])}</div>')
    elif not (view in ('recent', 'day', 'tag') and e['poster'] == page_journal):
        poster = f'<div class="entryposter">{lj_user_old(e["poster"])}</div>'
    dt, y, mo, d, hm = _dt(e['date'])
    meta = ''
    rows = []
    for cap, val in e.get('currents', []):
        rows.append(f'<li><span class="entrymetacaption">Current {cap}:</span> {esc(val)}</li>')
    if e.get('tags'):
        rows.append(f'<li><span class="entrymetacaption">Tags:</span> {tags_html(e)}</li>')
    if rows:
        meta = '<ul class="entrymeta">\n' + '\n'.join(rows) + '\n</ul>\n'
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        cmd = f'<ul class="entrycmdlinks"><li><a href="{url}?mode=reply#add_comment" onclick="return QuickReply.reply(\'topcomment\',0,\'\')">Leave a comment</a></li></ul>\n'
    else:
        read = f'<li><a href="{url}?nc={nc}">{nc} comment{"s" if nc != 1 else ""}</a></li>' if nc else ''
        cmd = f'<ul class="entrycmdlinks">{read}<li><a href="{url}?mode=reply">Leave a comment</a></li></ul>\n'
    text = e.get('index_html', e['html']) if view != 'entry' else e['html']
    return f'''<div class="entry"><div class="entryheader">
<h3 class="entrysubject">{s}</h3>{poster}<div class="entrytimestamp"><span class="entrytimestampdate">{mo:02d}/{d:02d}/{y % 100:02d}</span>
    <span class="entrytimestamptime">{_time(hm)}</span></div><div class="entrylinkbarpre">{linkbar(e)}</div>
<div class="entryuserpic">{userpic(e["poster"], len(e["poster"]))}</div></div>

<div class="entrycontent">{text}</div>

<div class="entryfooter">

{meta}<div class="entrylinkbarpost">{linkbar(e)}</div>
{cmd}<div id="ljqrttopcomment" style="display: none;"></div>

</div>
</div>'''


def lk_comments(e):
    out = []
    dt, y, mo, d, hm = _dt(e['date'])
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 3 + n + 1
        out.append(f'''<li><div class="entry" id="ljcmt{tid}"><div class="entryheader">
<h3 class="entrysubject">{esc(csubj)}</h3><div class="entryposter">{lj_user_old(user)}</div><div class="entrytimestamp"><span class="entrytimestampdate">{y}-{mo:02d}-{min(d + 1, 28):02d} 0{n + 1}:1{n} am (UTC)</span></div><div class="entrylinkbarpre"></div>
<div class="entryuserpic">{userpic(user, len(user) + 3)}</div></div>

<div class="entrycontent">{esc(text)}</div>

<div class="entryfooter">


<div class="entrylinkbarpost"></div>
<ul class="entrycmdlinks">
<li><a href="{e["url"]}?replyto={tid}" onclick="return QuickReply.reply('{tid}',{tid},'')">Reply</a></li>
<li><a href="{e["url"]}?thread={tid}#t{tid}">Thread</a></li>
</ul>
<div id="ljqrt{tid}" style="display: none;"></div>
</div>
</div></li>''')
    if not out:
        return ''
    return '<ul class="comments">' + ''.join(out) + '</ul>'


def lickable_page(view, entries, journal, journal_title, page_url, title, year, subtitle='', kind='P', day=None, tag=None):
    base = f'http://{journal.replace("_", "-")}.livejournal.com/' if not (entries and entries[0].get('legacy')) else jbase(entries[0])
    views = [('recent', 'Recent Entries', base), ('archive', 'Archive', base + 'calendar'), ('friends', 'Friends', base + 'friends'),
             ('userinfo', 'User Info', base + 'profile')]
    cur = 'recent' if view in ('recent', 'tag') else view
    vs = '\n'.join(f'<li class="current">{n}</li>' if v == cur else f'<li><a href="{esc(u)}">{n}</a></li>' for v, n, u in views)
    spec = ''
    if view == 'recent' or view == 'tag':
        spec = (f'<div class="pbox" id="recentnav"><h2>Navigation</h2><div class="pboxcontent">\n<ul>\n'
                f'<li><a href="{base}?skip=10{"&amp;tag=" + esc(tag).replace(" ", "+") if tag else ""}">Previous 10</a></li>\n</ul>\n</div></div>\n')
    if view == 'day':
        y, mo, d = day
        spec = (f'<div class="pbox" id="daynav"><h2>Navigation</h2><div class="pboxcontent">\n<ul>\n'
                f'<li><a href="{base}{y}/{mo:02d}/{d - 1:02d}/">{MONTHS[mo - 1]}. {_ord(d - 1)}, {y}</a></li>\n'
                f'<li><a href="{base}{y}/{mo:02d}/{d + 2:02d}/">{MONTHS[mo - 1]}. {_ord(d + 2)}, {y}</a></li>\n</ul>\n</div></div>\n')
    if view == 'entry':
        body = lk_entry(entries[0], 'entry', journal) + '\n' + lk_comments(entries[0])
        vt = journal_title
    elif view == 'day':
        y, mo, d = day
        body = (f'<div class="day" id="{y}{mo:02d}{d:02d}">\n<h2>{MONTHS_LONG[mo - 1]} {_ord(d)}, {y}</h2>\n'
                + '\n'.join(lk_entry(e, 'day', journal) for e in entries) + '\n</div>')
        vt = f'{MONTHS_LONG[mo - 1]} {_ord(d)}, {y}'
    else:
        parts, last = [], None
        for e in entries:
            y, mo, d, _ = e['date']
            if (y, mo, d) != last:
                if last:
                    parts.append('</div>')
                parts.append(f'<div class="day" id="day{y}{mo:02d}{d:02d}">\n<h2>{MONTHS_LONG[mo - 1]} {_ord(d)}, {y}</h2>')
                last = (y, mo, d)
            parts.append(lk_entry(e, view, journal))
        parts.append('</div>')
        body = '\n'.join(parts)
        vt = 'Friends' if view == 'friends' else 'Recent Entries'
    sub = subtitle if (view == 'recent' and subtitle) else vt
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
<head>
   <meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
   {lj_head(journal, journal_title, year, page_url, kind)}
<title>{esc(title)}</title>
</head>

<body class="page_{'recent' if view == 'tag' else view}">
{controlstrip(journal, kind)}

<div id="shadowhack1">
<div id="shadowhack2">

<div id="pagecontainer">

<div id="title">
<h1>{esc(journal_title)}</h1><div id="journal_subtitle">{esc(sub)}</div>
</div>

<div id="paraphernalia">
<div class="pbox" id="journalinfo"><h2>{esc(journal)}</h2><div class="pboxcontent">
<div id="journalinfouserpic">{userpic(journal, len(journal))}</div>
</div></div>
<div class="pbox" id="viewsel"><h2>Views</h2><div class="pboxcontent">
<ul>
{vs}
</ul>
</div></div>
{spec}</div>

<div id="main">
{body}
</div>



<div id="server_sig">Powered by <a href="http://www.livejournal.com/">LiveJournal.com</a></div></div>

</div>
</div>

</body>
</html>'''


# ---------------------------------------------------------------- A Sturdy Gesture

def sg_entry(e, view, page_journal):
    url = e['url']
    dt, y, mo, d, hm = _dt(e['date'])
    if view == 'day':
        datetime_s = _time(hm)
    else:
        datetime_s = f'{DAYS3[dt.weekday()]}, {MONTHS[mo - 1]}. {_ord(d)}, {y}, {_time(hm)}'
    subj = e.get('subject', '')
    h2 = datetime_s + ' '
    other = e['poster'] != page_journal
    if view == 'friends' or subj or other:
        h2 += '<br />'
        if view == 'friends' or other:
            if view == 'friends' and e.get('community'):
                h2 += lj_user_old(e['poster']) + ' posting in ' + lj_user_old(e['journal'], kind='C')
            else:
                h2 += lj_user_old(e['poster'])
            h2 += ': '
        if view != 'entry':
            h2 += f'<a href="{url}" class="subjlink subj-link" style="color: #ffffff;">{esc(subj)}</a>' if subj else ''
        else:
            h2 += esc(subj)
    pic = ''
    if view in ('entry', 'friends') or other:
        pic = f'<img src="http://l-userpic.livejournal.com/{80000000 + len(e["poster"]) * 7919}/{3000000 + len(e["poster"])}" width="100" height="100" alt="" align="right" style="margin: 5px;" />\n'
    meta = ''
    if e.get('tags') or e.get('currents'):
        meta = '<div class="metadata">\n'
        if e.get('tags'):
            meta += f"<div class='ljtags'><strong>Tags:</strong> {tags_html(e)}</div>"
        for cap, val in e.get('currents', []):
            meta += f'<div class="metadata-{cap.lower()}"><span style="font-weight: bold;">Current {cap}:</span> {esc(val)}</div>\n'
        meta += '</div>\n'
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        talk = f'<a href="{url}?mode=reply#add_comment" onclick="return QuickReply.reply(\'topcomment\',0,\'\')">Leave a comment</a>'
    else:
        talk = f'<a href="{url}?mode=reply">Leave a comment</a>' + (f' | <a href="{url}?nc={nc}">{nc} comment{"s" if nc != 1 else ""}</a>' if nc else '')
    text = e.get('index_html', e['html']) if view != 'entry' else e['html']
    return (f'<div class="box"><h2 style="color: #ffffff; background: #336699;">{h2}</h2>\n<div class="entry">\n{pic}{text}{meta}'
            f'</div><div class="talklinks"><div class="permalink"><a href="{url}">Link</a></div>&nbsp;{talk}</div>'
            f'<div id="ljqrttopcomment" style="display: none;"></div></div>')


def sg_comments(e):
    out = []
    dt, y, mo, d, hm = _dt(e['date'])
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        csubj = c[2] if len(c) > 2 else ''
        tid = int(itemid(e['url'])) * 3 + n + 1
        cd = datetime.date(y, mo, min(d + 1, 28))
        out.append(f'''<a name='t{tid}'></a><div id="ljcmt{tid}" class="ljcmt_full"><div class="box">
    <a name="t{tid}"></a><h3 style="color: #ffffff; background: #336699;">{DAYS3[cd.weekday()]}, {MONTHS[mo - 1]}. {_ord(cd.day)}, {y} 0{n + 1}:2{n} am (UTC)<br />{lj_user_old(user)}{(": " + esc(csubj)) if csubj else ""}</h3>
<div class="entry">
<img src="http://l-userpic.livejournal.com/{81000000 + len(user) * 613}/{3100000 + n}" width="100" height="100" alt="" align="right" style="margin: 5px;" />
{esc(text)}</div><div class="talklinks"><div class="permalink"><a href="{e["url"]}?thread={tid}#t{tid}">Link</a></div><a href="{e["url"]}?thread={tid}#t{tid}">Thread</a>  - <a href="{e["url"]}?replyto={tid}" onclick="return QuickReply.reply('{tid}',{tid},'')">Reply</a></div><div id="ljqrt{tid}" style="display: none;"></div>
</div>
    </div>''')
    if not out:
        return ''
    return '<div style="margin-left: 25px;">' + ''.join(out) + '</div>'


def sturdy_page(view, entries, journal, journal_name, page_url, title, year, kind='P', day=None):
    base = f'http://{journal.replace("_", "-")}.livejournal.com/'
    views = [('recent', 'Recent Entries', base), ('archive', 'Archive', base + 'calendar'), ('friends', 'Friends', base + 'friends'),
             ('userinfo', 'User Info', base + 'profile')]
    cur = 'recent' if view in ('recent', 'tag') else view
    vs = '\n'.join(f'<li class="active">{n}</li>' if v == cur else f'<li><a href="{u}">{n}</a></li>' for v, n, u in views)
    if view == 'entry':
        e = entries[0]
        body = sg_entry(e, 'entry', journal) + f'\n<span id="comments"></span>' + sg_comments(e)
        iid = itemid(e['url'])
        nav = (f'<div class="box">\n<ul>\n<li><a href="{e["url"]}?mode=reply#add_comment">Leave a comment</a></li>\n<li>&nbsp;</li>\n'
               f'<li><a href="http://www.livejournal.com/go.bml?journal={journal}&amp;itemid={iid}&amp;dir=next">Next Entry</a></li>\n'
               f'<li><a href="http://www.livejournal.com/tools/memadd.bml?journal={journal}&amp;itemid={iid}">Add to Memories</a></li>\n'
               f'<li><a href="http://www.livejournal.com/tools/tellafriend.bml?journal={journal}&amp;itemid={iid}">Share This Entry</a></li>\n'
               f'<li><a href="http://www.livejournal.com/go.bml?journal={journal}&amp;itemid={iid}&amp;dir=prev">Previous Entry</a></li>\n</ul></div>')
    elif view == 'day':
        y, mo, d = day
        body = f'<h1 style="font-size: 1.5em; text-align: center;">{MONTHS_LONG[mo - 1]} {_ord(d)}, {y}</h1>\n' + '\n'.join(sg_entry(e, 'day', journal) for e in entries)
        nav = (f'<div class="box">\n<ul>\n<li><a href="{base}{y}/{mo:02d}/{d - 1:02d}/">Previous Day</a></li>\n'
               f'<li><a href="{base}{y}/{mo:02d}/{d + 1:02d}/">Next Day</a></li>\n</ul></div>')
    else:
        body = '\n'.join(sg_entry(e, view, journal) for e in entries)
        nav = f'<div class="box">\n<h2>Viewing 0 - 10</h2>\n<ul>\n<li><a href="{base}?skip=10">Earlier</a></li>\n</ul></div>'
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>

   <head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{lj_head(journal, journal_name, year, page_url, kind)}
<title>{esc(title)}</title>
</head>
<body class="{view}">
{controlstrip(journal, kind)}
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="main-table">
<tr valign="top">

<td id="navbar" width="25%">
<div class="box">
<h1>{esc(journal_name)}</h1>
<ul>
{vs}
</ul>
<div class="userpic">
<img src="http://l-userpic.livejournal.com/{79000000 + len(journal)}/{2900000 + len(journal)}"
     class="userpic" alt=""
     height="100" width="100" />
</div>

</div>
{nav if view != 'entry' else ''}
</td>
<td rowspan="2" id="body">
{body}
</td>
</tr><tr><td valign="bottom" id="skipbar">{nav}</td>
</tr>
</table>
</body>
</html>
'''
