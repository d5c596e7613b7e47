"""LiveJournal S1 ("style system 1") pages, rendered from the real S1 templates in s1styles.dat (a subset of
bin/upgrading/s1styles.dat of LiveJournal's open-source code, github apparentlymart/livejournal) the way cgi-bin/ljviews.pl
fills them: LASTN_PAGE (recent entries), DAY_PAGE (one day of the archive) and FRIENDS_PAGE, each %%events%% made of
X_NEW_DAY / X_EVENT / X_END_DAY with %%subject%% (X_SUBJECT, empty when the entry has none), %%datetime%%
(X_DATE_FORMAT), %%currents%% (X_CURRENTS of X_CURRENT rows), %%talklinks%% (X_TALK_LINKS with X_TALK_READLINK when there
are comments), %%altposter%% (X_ALTPOSTER when a community entry's poster is not the journal).
An S1 journal's single entry (/NNNN.html) was never drawn by the journal's style: LJ served it with talkread.bml in the
site scheme; talkread_page() follows htdocs/talkread.bml (userpic table, "NAME (ljuser) wrote[ in COMM]," and "@ time",
the Current Mood / Music / Location / Entry tags table from talk.curname_*, the subject as
`<font face='Arial,Helvetica' size='+1'><i><b>SUBJECT</b></i></font><br />`, the event, the hr, then the comments; the
entry's `<div>` has LiveJournal's markup since December 2011, the forks' keep `<div style='margin-left: 30px'>`), the
page <title> "user: subject" and the site scheme's plain page frame."""
import os
import re

from layouts import MONTHS, MONTHS_LONG, SITES, esc, itemid, lj_user_old
from layouts import base_of as _shared_base_of

HERE = os.path.dirname(os.path.abspath(__file__))


def base_of(url):
    """tests/heldout2's base_of, also for the legacy community host (http://community.livejournal.com/NAME/)."""
    m = re.match(r'(https?://community\.[^/]+/[^/]+/)', url)
    return m.group(1) if m else _shared_base_of(url)


DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _load():
    styles, cur, key, buf = {}, None, None, None
    for line in open(os.path.join(HERE, 's1styles.dat'), encoding='utf-8').read().split('\n'):
        if key:
            if line == '<=' + key:
                cur[key] = '\n'.join(buf)
                key = None
            else:
                buf.append(line)
            continue
        if line.startswith('#'):
            continue
        if line.startswith('Style: '):
            cur = styles[line[7:].strip()] = {}
            continue
        m = re.match(r'^([A-Z0-9_]+)(<=|=>)(.*)$', line)
        if m and cur is not None:
            if m.group(2) == '=>':
                cur[m.group(1)] = m.group(3)
            else:
                key, buf = m.group(1), []
    return styles


STYLES = _load()
COLORS = {'stronger_back': '#c0c0ff', 'page_back': '#ffffff', 'page_text': '#000000', 'page_link': '#0000ff', 'page_vlink': '#0000a0',
          'page_alink': '#00ffff', 'page_text_title': '#8b1a1a', 'page_text_em': '#ff0000', 'weak_back': '#eeeeff', 'weak_text': '#7777ff',
          'strong_back': '#8b1a1a', 'strong_text': '#ffffff', 'stronger_text': '#ffffff'}


def fill(tpl, ctx):
    def rep(m):
        k = m.group(1)
        if k.startswith('color:'):
            return COLORS.get(k[6:], '#000000')
        if k.startswith('lc:'):
            return str(ctx.get(k[3:], '')).lower()
        if k.startswith('userurl:'):
            return f"http://{ctx.get(k[8:], '').replace('_', '-')}.{ctx.get('_dom', 'livejournal.com')}/"
        return str(ctx.get(k, ''))
    return re.sub(r"%%([A-Za-z0-9_:\-']+)%%", rep, tpl)


def _ord(d):
    return f'{d}{"th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}'


def _date_ctx(date):
    import datetime
    y, mo, d, hm = date
    h, mi = map(int, hm.split(':'))
    wd = DAYS[datetime.date(y, mo, d).weekday()]
    return {'yyyy': y, 'mm': f'{mo:02d}', 'dd': f'{d:02d}', 'd': d, 'dth': _ord(d), 'monshort': MONTHS[mo - 1], 'monlong': MONTHS_LONG[mo - 1],
            'daylong': wd, 'dayshort': wd[:3], '12h': (h - 1) % 12 + 1, '12hh': f'{(h - 1) % 12 + 1:02d}', '24hh': f'{h:02d}', 'min': f'{mi:02d}',
            'ampm': 'am' if h < 12 else 'pm', 'AMPM': 'AM' if h < 12 else 'PM', 'ap': 'a' if h < 12 else 'p'}


def _events(st, X, entries, view, site, base):
    dom, stat, _ = SITES[site]
    out, last = [], None
    for e in entries:
        dc = _date_ctx(e['date'])
        day = e['date'][:3]
        if day != last:
            if last is not None:
                out.append(fill(st.get(X + '_END_DAY', ''), dc))
            if view != 'day':
                out.append(fill(st.get(X + '_NEW_DAY', ''), dc))
            last = day
        url = e['url']
        nc = e.get('ncomments', 0)
        ctx = dict(dc, _dom=dom, itemid=itemid(url), urlread=url, urlpost=url + '?mode=reply', messagecount=nc, **{'mc-plural-s': '' if nc == 1 else 's'})
        ctx['cons:img'], ctx['cons:siteroot'], ctx['cons:sitename'] = f'http://{stat}/img', f'http://www.{dom}', SITES[site][2]
        ctx['readlink'] = fill(st.get(X + '_TALK_READLINK', ''), ctx) if nc else ''
        ctx['talklinks'] = fill(st.get(X + '_TALK_LINKS', ''), ctx)
        ctx['datetime'] = fill(st.get(X + '_DATE_FORMAT', ''), dc)
        ctx['subject'] = fill(st.get(X + '_SUBJECT', ''), dict(ctx, subject=esc(e['subject']))) if e.get('subject') else st.get(X + '_NO_SUBJECT', '')
        cur = ''.join(fill(st.get(X + '_CURRENT', ''), dict(ctx, what=k, value=esc(v))) for k, v in e.get('currents', []))
        ctx['currents'] = fill(st.get(X + '_CURRENTS', '%%currents%%'), dict(ctx, currents=cur)) if cur else ''
        ctx['poster'] = e['poster']
        ctx['user'] = e['journal']
        ctx['owner'] = e['journal']
        ctx['altposter'] = fill(st.get(X + '_ALTPOSTER', ''), dict(ctx, pic='')) if e['poster'] != e['journal'] else ''
        ctx['fgcolor'], ctx['bgcolor'] = '#000000', '#ffffff'
        ctx['src'], ctx['width'], ctx['height'] = f"http://userpic.{dom}/{sum(map(ord, e['poster'])) * 7}/{sum(map(ord, e['journal']))}", 100, 100
        ctx['friendpic'] = fill(st.get(X + '_FRIENDPIC', ''), ctx) if view == 'friends' else ''
        ctx['event'] = e['index_html'] if e.get('index_html') else e['html']
        ctx['url'] = url
        out.append(fill(st[X + '_EVENT'], ctx))
    if entries:
        out.append(fill(st.get(X + '_END_DAY', ''), _date_ctx(entries[-1]['date'])))
    return '\n'.join(out)


def s1_page(view, style, entries, journal, name, page_url, site='livejournal', title=None, day=None):
    """view: 'lastn' | 'day' | 'friends'; style: the S1 style's name ('Default LiveJournal', 'Magazine', ...)."""
    X = {'lastn': 'LASTN', 'day': 'DAY', 'friends': 'FRIENDS'}[view]
    st = STYLES[f'{view}/{style}']
    dom, stat, sitename = SITES[site]
    base = base_of(page_url).rstrip('/')
    ctx = {'_dom': dom, 'cons:img': f'http://{stat}/img', 'cons:siteroot': f'http://www.{dom}', 'cons:sitename': sitename, 'username': journal, 'name': esc(name),
           "name-'s": "'" if name.endswith('s') else "'s", 'urlcalendar': base + '/calendar', 'urlfriends': base + '/friends', 'urllastn': base + '/',
           'numitems': len(entries), 'skip': 20, 'control_strip': '', 'head': f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{base}/data/rss" />\n<meta name="generator" content="{sitename}" />',
           'userpic': fill(st.get(X + '_USERPIC', ''), {'src': f'http://userpic.{dom}/{sum(map(ord, journal)) * 11}/{sum(map(ord, journal))}', 'width': 100, 'height': 100})}
    ctx['title'] = esc(title if title is not None else (f"{name}{ctx['name-' + chr(39) + 's']} Journal" if view == 'lastn' else f'{name}' if view == 'day' else f'{journal}\'s friends'))
    if view in ('lastn', 'friends'):
        ctx['range'] = fill(st.get(X + '_RANGE_MOSTRECENT', ''), ctx)
        sk = dict(ctx, url=f'{base}/{"friends" if view == "friends" else ""}?skip=20')
        ctx['skipbackward'] = fill(st.get(X + '_SKIP_BACKWARD', ''), sk)
        ctx['skipforward'] = ''
        ctx['skipspacer'] = ''
        ctx['skiplinks'] = fill(st.get(X + '_SKIP_LINKS', ''), ctx)
    if view == 'day':  # ljviews.pl: a day's entries oldest first unless DAY_SORT_MODE is "reverse"
        entries = sorted(entries, key=lambda e: e['date'], reverse=st.get('DAY_SORT_MODE') == 'reverse')
    ev = _events(st, X, entries, view, site, base)
    if view == 'day':
        dc = _date_ctx(day or entries[0]['date'])
        ctx.update(dc)
        y, mo, d = (day or entries[0]['date'])[:3]
        for n in range(1, 7):
            ctx[f'prevday_{n}link'] = f'<a href="{base}/{y}/{mo:02d}/{d - 1:02d}/">Previous Day</a>'
            ctx[f'nextday_{n}link'] = f'<a href="{base}/{y}/{mo:02d}/{d + 1:02d}/">Next Day</a>'
            ctx[f'prevnextday_{n}link'] = f'<a href="{base}/{y}/{mo:02d}/{d - 1:02d}/">&lt;&lt; Previous Day</a> | <a href="{base}/{y}/{mo:02d}/{d + 1:02d}/">Next Day &gt;&gt;</a>'
        ev = fill(st.get('DAY_EVENTS', '%%events%%'), dict(ctx, events=ev)) if entries else st.get('DAY_NOEVENTS', '')
    ctx['events'] = ev
    return fill(st[X + '_PAGE'], ctx)


def talkread_page(e, site='livejournal', realname=None, poster_name=None, year=2004):
    """An S1 journal's entry page: htdocs/talkread.bml in the site scheme (see the module's comment)."""
    dom, stat, sitename = SITES[site]
    url, j, p = e['url'], e['journal'], e['poster']
    y, mo, d, hm = e['date']
    kind = 'C' if e.get('community') else 'P'
    userlink = lj_user_old(p, site=dom)
    wrote = (f'{esc(poster_name or p)} ({userlink}) wrote in {lj_user_old(j, site=dom, kind="C")},' if p != j else f'{esc(poster_name or p)} ({userlink}) wrote,')
    jb = base_of(url)
    ret = "<p><table><tr valign='middle'>"
    ret += f"<td><img src='http://userpic.{dom}/{sum(map(ord, p)) * 13}/{sum(map(ord, p))}' width='100' height='100' align='absmiddle' hspace='3' title='{esc(poster_name or p)}' alt=''></td>"
    ret += f"<td>{wrote}<br /><font size='-1'>@ <a href='{jb}{y}/'>{y}</a>-<a href='{jb}{y}/{mo:02d}/'>{mo:02d}</a>-<a href='{jb}{y}/{mo:02d}/{d:02d}/'>{d:02d}</a> {hm}:00</font></td></tr></table>"
    iid = itemid(url)
    ret += (f"<table style='font-weight: bold'><tr><td><a href='http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev'><img src='http://{stat}/img/btn_prev.gif' width='22' height='20' alt='Previous Entry' title='Previous Entry' border='0' /></a></td>"
            f"<td><a href='http://www.{dom}/tools/memadd.bml?journal={j}&amp;itemid={iid}'><img src='http://{stat}/img/btn_memories.gif' width='22' height='20' alt='Add to Memories' title='Add to Memories' border='0' /></a></td>"
            f"<td><a href='http://www.{dom}/tools/tellafriend.bml?journal={j}&amp;itemid={iid}'><img src='http://{stat}/img/btn_tellfriend.gif' width='22' height='20' alt='Tell a Friend!' title='Tell a Friend!' border='0' /></a></td>"
            f"<td><a href='http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next'><img src='http://{stat}/img/btn_next.gif' width='22' height='20' alt='Next Entry' title='Next Entry' border='0' /></a></td></tr></table>")
    # talkread.bml opened the entry with <div style='margin-left: 30px'> from 2003 until LJ removed the margin in December
    # 2011 (LJSUP-10626); the forks (InsaneJournal, DeadJournal, JournalFen) run code from before that and keep it.
    ret += '<div>' if site == 'livejournal' else "<div style='margin-left: 30px'>"
    cur = {}
    for k, v in e.get('currents', []):
        cur[k] = esc(v)
    if e.get('tags'):
        cur['Tags'] = ', '.join(f"<a href='{jb}tag/{t.replace(' ', '+')}'>{esc(t)}</a>" for t in sorted(e['tags']))
    names = {'Mood': '<b>Mood:</b>', 'Music': '<b>Music:</b>', 'Location': '<b>Location:</b>', 'Tags': '<b>Entry tags:</b>'}
    if cur:
        ret += '<table border=0>\n' + ''.join(f"<tr><td align=right>{names.get(k, f'<b>Current {k}:</b>')}</td><td>{cur[k]}</td></tr>\n" for k in sorted(cur)) + '</table><p>\n'
    if e.get('subject'):
        ret += f"<font face='Arial,Helvetica' size='+1'><i><b>{esc(e['subject'])}</b></i></font><br />\n"
    ret += e['html'] + '</div>'
    ret += "<br style='clear: both' /><hr width='100%' size='2' align='center' />"
    nc = len(e.get('comments', []))
    ret += f"<div align='center'><b>(<a href='{url}?mode=reply'>Post a new comment</a>)</b></div>"
    for i, c in enumerate(e.get('comments', [])):
        cid = 1000 + 37 * (i + 1) + int(iid)
        ret += (f"<a name='t{cid}'></a><table summary='0' class='talk-comment' width='100%' id='ljcmt{cid}' cellpadding='2' cellspacing='0'><tr><td><img src='/img/dot.gif' height='1' width='0'></td>"
                f"<td id='cmtbar{cid}' style='background-color: #dddddd;' width='100%'><table><tr><td>{lj_user_old(c[0], site=dom)} <br /><font size='-1'>{y}-{mo:02d}-{d:02d} 0{i + 1}:4{i} am UTC (<a href='{url}?thread={cid}#t{cid}'>link</a>)</font></td></tr></table>"
                f"<div style='margin-left: 5px'>{c[1]}</div><p style='margin: 0.7em 0 0.2em 0'><font size='-2'>(<a href='{url}?replyto={cid}'>Reply to this</a>) (<a href='{url}?thread={cid}#t{cid}'>Thread</a>)</font></p></td></tr></table>")
    if nc:
        ret += f"<div align='center'><b>(<a href='{url}?mode=reply'>Post a new comment</a>)</b></div>"
    subj = e.get('subject') or re.sub(r'<[^>]+>', '', e['html'])[:40]
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(j)}: {esc(subj)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel='stylesheet' href='http://{stat}/stc/lj_base.css' type='text/css' />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{jb}data/rss" />
</head>
<body bgcolor="#ffffff" text="#000000" link="#0000cc" vlink="#0000cc" alink="#00cccc" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#c0c0c0"><tr>
<td><a href="http://www.{dom}/"><img src="http://{stat}/img/dys/logo1.gif" width="122" height="51" border="0" alt="{sitename}" /></a></td>
<td align="right" valign="bottom"><font face="Verdana,Arial,Helvetica" size="-2"><a href="http://www.{dom}/">Home</a> | <a href="http://www.{dom}/login.bml">Login</a> | <a href="http://www.{dom}/create.bml">Create an Account</a> | <a href="http://www.{dom}/update.bml">Update Journal</a> | <a href="http://www.{dom}/site/search.bml">Search</a> | <a href="http://www.{dom}/support/">Support</a></font></td>
</tr></table>
<table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
{ret}
</td></tr></table>
<p align="center"><font size="-2"><a href="http://www.{dom}/legal/tos.bml">Terms of Service</a> | <a href="http://www.{dom}/legal/privacy.bml">Privacy Policy</a> | <a href="http://www.{dom}/site/about.bml">About {sitename}</a></font></p>
</body>
</html>
'''


def memories_page(journal, keyword, items, site='livejournal', title=None):
    """htdocs/tools/memories.bml with ?user=&keyword=: the heading and, per memory, `<p><li> <a href="ENTRY"><b>DESCRIPTION</b></a>
    <br /><font size='-1'><b>JOURNAL</b></font></li>` in a <ul>; the site scheme's frame (as talkread_page)."""
    dom, stat, sitename = SITES[site]
    lis = ''.join(f"<p><li> <a href=\"{u}\"><b>{esc(dsc)}</b></a>  <br /><font size='-1'><b>{jn}</b></font></li>" for u, dsc, jn in items)
    ttl = title or f'Memorable {journal} Entries: {keyword}'
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(ttl)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel='stylesheet' href='http://{stat}/stc/lj_base.css' type='text/css' />
</head>
<body bgcolor="#ffffff" text="#000000" link="#0000cc" vlink="#0000cc" alink="#00cccc" topmargin="0" leftmargin="0" marginheight="0" marginwidth="0">
<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#c0c0c0"><tr>
<td><a href="http://www.{dom}/"><img src="http://{stat}/img/dys/logo1.gif" width="122" height="51" border="0" alt="{sitename}" /></a></td>
<td align="right" valign="bottom"><font face="Verdana,Arial,Helvetica" size="-2"><a href="http://www.{dom}/">Home</a> | <a href="http://www.{dom}/login.bml">Login</a> | <a href="http://www.{dom}/site/search.bml">Search</a></font></td>
</tr></table>
<table width="100%" border="0" cellpadding="10" cellspacing="0"><tr><td>
<form method='get' action='/tools/memories.bml'><input type='hidden' name='user' value='{journal}' /><input type='hidden' name='keyword' value='{esc(keyword)}' />
<h1>{esc(ttl)}</h1><p>Here are {journal}'s memorable entries under the keyword <b>{esc(keyword)}</b>. You can go back to the <a href="/tools/memories.bml?user={journal}">list of keywords</a>.</p>
Filter: <select name='filter'><option value='all' selected='selected'>All</option><option value='own'>Own</option><option value='other'>Other</option></select> <input type='submit' value='Go' /></form>
<ul>
{lis}</ul>
</td></tr></table>
</body>
</html>
'''
