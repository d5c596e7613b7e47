"""LiveJournal S2 Punquin Elementary (core1), written from bin/upgrading/s2layers/punquin/layout.s2 of LiveJournal's
open-source code: Page::print (two-column `table#main`, `table.standard` boxes, the sidebar with "&gt; view" links),
print_entry (a date `p.date` + `hr.separator`, then ONE cell whose first line is `<strong>TIME - <span>SUBJECT</span></strong>`:
the subject has no element of its own; the text; then `<strong>Current Mood:</strong> …<br />` metadata and the
`ljtags` div after the text), CommentInfo::print and EntryPage::print_comment (cmtbar div, From/Date table)."""
from layouts import MONTHS_LONG, SITES, base_of, esc, gen_user, itemid


def _ord(d):
    return f'{d}{"th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}'


def pq_entry(e, view, new_day=True):
    url = e['url']
    site = e.get('site', 'livejournal')
    y, mo, d, hm = e['date']
    h, mi = map(int, hm.split(':'))
    t = f'{(h - 1) % 12 + 1}:{mi:02d} {"am" if h < 12 else "pm"}'
    out = ''
    if new_day or view == 'entry':
        out += f"<p class='date'>{MONTHS_LONG[mo - 1]} {_ord(d)}, {y}</p><hr class='separator' />"
    if view == 'entry':
        dom = SITES[site][0]
        iid = itemid(url)
        j = e['journal']
        out += (f"<div style='text-align: center'><a href='http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev'><img src='http://{SITES[site][1]}/img/btn_prev.gif' width='22' height='20' alt='Previous Entry' title='Previous Entry' border='0' align='absmiddle' /></a> "
                f"<a href='http://www.{dom}/tools/memadd.bml?journal={j}&amp;itemid={iid}'><img src='http://{SITES[site][1]}/img/btn_mem.gif' width='22' height='20' alt='Add to Memories' title='Add to Memories' border='0' align='absmiddle' /></a> "
                f"<a href='http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next'><img src='http://{SITES[site][1]}/img/btn_next.gif' width='22' height='20' alt='Next Entry' title='Next Entry' border='0' align='absmiddle' /></a></div>")
    out += "<table border='0' cellpadding='2' cellspacing='0'><tr>"
    if view == 'friends' or e['poster'] != e['journal']:
        out += '<td valign=top align="middle" style="background-color: #eeeeee" width="100">'
        if view == 'friends':
            out += f"<a href='{base_of(url).rstrip('/')}/' style=\"color: #000000; font-weight: bold\">{e['journal']}</a><br />"
        if e['poster'] != e['journal']:
            pb = f"http://{e['poster'].replace('_', '-')}.{SITES[site][0]}"
            out += (f"[<a href='{pb}/' style=\"color: #000000\">{e['poster']}</a>]<br />" if view == 'friends'
                    else f"<a href='{pb}/' style=\"color: #000000; font-weight: bold\">{e['poster']}</a><br />")
        out += '</td>'
    out += f"<td valign='top'><strong>{t}"
    if e['subject']:
        out += f" - <span style='color: #660000'>{esc(e['subject'])}</span>"
    out += '</strong><br />'
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    out += content + '<br />'
    for k, v in e.get('currents', []):
        out += f'<strong>Current {k.lower()}:</strong> {esc(v)}<br />'
    if e.get('tags'):
        jb = base_of(url)
        out += "<div class='ljtags'><strong>Tags:</strong> " + ', '.join(f'<a rel="tag" href="{jb}tag/{t.replace(" ", "+")}">{esc(t)}</a>' for t in e['tags']) + '</div>'
    out += '</td></tr></table>'
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        out += f"<p align='right' class='comments'>(<a href=\"{url}?mode=reply\">Post a new comment</a>)</p>"
    else:
        rl = f'<a href="{url}">{nc} comment{"s" if nc != 1 else ""}</a>&nbsp;|&nbsp;' if nc else ''
        out += f"<p align='right' class='comments'>({rl}<a href=\"{url}?mode=reply\">Leave a comment</a>)</p>"
    return out


def pq_comments(e):
    site = e.get('site', 'livejournal')
    out = []
    for i, (user, text) in enumerate(e.get('comments', [])):
        cid = 30000 + 1711 * (i + 1) + int(itemid(e['url']))
        y, mo, d, _ = e['date']
        out.append(f"<a name='t{cid}'></a><div id='cmtbar{cid}' style='background-color: #dddddd; color: #000000; margin-top: 10px; width: 100%'>"
                   f"<table cellpadding='2' cellspacing='0' summary='0' style='width: 100%'><tr valign='top'><td style='width: 100%'><table style='width: 100%'><tr>"
                   f"<td align='left' style='width: 50%'><table><tr><th align='right' style='font-size: .9em'>From:</th><td>{gen_user(user, site)}</td></tr>\n"
                   f"<tr><th align='right' style='font-size: .9em'>Date:</th><td style='white-space: nowrap'>{MONTHS_LONG[mo - 1]} {_ord(d)}, {y} - 11:{14 + i:02d} pm</td></tr></table></td>"
                   f"<td align='right' style='width: 50%'></td></tr><tr valign='top'><td style='width: 50%'></td>"
                   f"<td style='width: 50%' align='right'><strong>(<a href='{e['url']}?thread={cid}#t{cid}'>Link</a>)</strong></td></tr></table></td></tr></table></div>"
                   f"<div style='margin-left: 5px'>{text}</div><div style='margin-top: 3px; font-size: smaller'>(<a href='{e['url']}?replyto={cid}'>Reply to this</a>) (<a href='{e['url']}?thread={cid}#t{cid}'>Thread</a>) </div>")
    if not out:
        return ''
    return "<h2 class='date'>Comments:</h2><hr class='separator' />" + '\n'.join(out)


def pq_page(view, entries, journal, journal_title, page_url, page_title, year, site='livejournal', is_comm=False):
    dom, stat, sitename = SITES[site]
    jbase = f'http://{journal.replace("_", "-")}.{dom}' if site == 'livejournal' or not is_comm else f'http://community.{dom}/{journal}'
    body = ''
    last = None
    for e in entries:
        e.setdefault('site', site)
        body += pq_entry(e, view, new_day=e['date'][:3] != last)
        last = e['date'][:3]
    if view == 'entry':
        body += pq_comments(entries[0])
    views = [('recent', 'Recent Entries', ''), ('archive', 'Archive', '/calendar'), ('friends', 'Friends', '/friends'), ('userinfo', 'User Info', '/profile')]
    links = ''.join((f'&gt; {n}<br />\n' if v == view else f"&gt; <a href='{jbase}{p}'>{n}</a><br />\n") for v, n, p in views)
    nav = ''
    if view in ('recent', 'friends'):
        nav = f'&gt; <a href="{page_url.split("?")[0]}?skip=20">previous 20 entries</a>'
    sidebar = (f"<!-- Begin Main Sidebar -->\n<td valign='top' align='right'><table width='150' class='standard' cellpadding='5' cellspacing='0'>\n<tr valign='top'><td align='left'>"
               f"<div style='text-align:center'><span style='color: #660000'><strong>{esc(journal_title)}</strong></span></div>\n<p>{links}\n{nav}</p><div style='text-align:center'><p align=\"center\"><img border=\"0\" src=\"http://userpic.{dom}/{1000000 + year}/{year * 7}\" height=\"100\" width=\"100\" alt=\"\" /></p></div>"
               "</td></tr></table>\n<!-- End Main Sidebar --></td>")
    return f'''<html><head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<link rel="stylesheet" href="http://{stat}/lj_base.css" type="text/css" />
<meta name="generator" content="{sitename}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{jbase}/data/rss" />
<style type="text/css">
body {{ background-color: #ffffff; color: #000000; font: normal normal 10pt Verdana, sans-serif; }}
.date {{ color: #660000; font: normal bold 12pt Verdana, sans-serif; }}
.comments {{ font: normal normal 8pt Verdana, sans-serif; }}
hr.separator {{ color: #000066; }}
table#main {{ border: solid 0px #ffffff; }}
table.standard {{ border: solid 5px #000066; background-color: #ffffff; color: #000000; font: normal normal 10pt Verdana, sans-serif; }}
table.standard td {{ font: normal normal 10pt Verdana, sans-serif; }}
</style>
<title>{esc(page_title)}</title>
</head>
<body>
<a name='top'></a><div align='center'>
<table id='main' cellpadding='5' cellspacing='0' width='80%'>
<tr><td valign='top' align='left' rowspan='2'>
<!-- Begin Main -->
<table class='standard' width='100%' height='90%' cellpadding='5' cellspacing='0'><tr valign='top'><td>
{body}
</td></tr></table>
<!-- End Main -->
</td>{sidebar}</tr><tr><td valign='bottom' align='right'>
<!-- Begin Small Sidebar -->
<table width='150' class='standard' cellpadding='5' cellspacing='0'>
<tr valign='top'><td align='left'>
<br />&gt; <a href='#top'>Go to Top</a><br>
</td></tr></table>
<!-- End Small Sidebar --></td></tr><tr><td colspan='2' align='left'>
<a href='http://www.{dom}/'>{sitename}</a></td>
</tr></table></div></body></html>
'''
