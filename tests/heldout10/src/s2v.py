"""Page renderers no held-out corpus used before (tests/heldout10), from LiveJournal's own layer code
(apparentlymart/livejournal, `bin/upgrading/s2layers/`):
- S2 Classic (`classic/layout.s2`): Page::print (table.main with span.page_title and the "[Recent Entries][Archive]..."
  view links, the entries in a `<table style='margin-left: 30px'>`); print_entry: a `th.headerbar` row with the date
  (on new days and on entry pages; "Time / Event" header cells on day pages), then a row of `td.metabar` (the time in
  `<em>`, "[poster]" for a community entry, "[Link]") and `td.entry` (`span.subject` with a subj-link off the entry page,
  `<br />`, the text, then a `<p>` of `<strong>Mood:</strong>` / `<strong>Tags:</strong>` lines); comments as
  print_comment_full: `<a name='tN'>` + div#cmtbarN with a From: / Date: table and the subject in `<h3>`, the text in
  a `<div style='margin-left: 5px'>`. DayPage: `h2.daypage_header`, the entries, the day navigation table.
- S2 Tabular Indent (`tabularindent/layout.s2`): the captionbar table ("View:" rows), print_header's `h3.page-header`
  with the date, print_box_open: `div.entry` > a table whose first cell holds the poster box ("[poster]") and a
  table of `td.alef` label / value rows ("Security:", "Subject:", "Time:", "Current Mood:", "Tags:"), the text in the next
  row's `td.alef`, then the comment links row; comments printed by the same box (Subject: / Time: / Link: rows);
  MonthPage: `h3.page-header` "March 2009", a `<dl>` of days (`<dt><a><b>1st</b></a></dt>`) each with its subject list.
Sites: LiveJournal, InsaneJournal, JournalFen, Scribbld, DeadJournal (the S2 code is theirs too)."""
from layouts import MONTHS, MONTHS_LONG, esc, itemid
from s2w import _cs, _head, _jb, _lju, _site, _tag_url
from s2x import _ord

DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']


def _wd(y, mo, d):
    import datetime
    return DAYS[datetime.date(y, mo, d).weekday()]


def _t12(hm):
    h, m = map(int, hm.split(':'))
    return f'{(h % 12) or 12}:{m:02d} {"am" if h < 12 else "pm"}'


def _tid(e, n, c):
    return c[3] if len(c) > 3 else int(itemid(e['url'])) * 5 + n + 1


def _views(jb, cur, site):
    names = [('recent', 'Recent Entries', ''), ('archive', 'Archive', 'calendar'), ('friends', 'Friends', 'friends'), ('userinfo', 'User Info', 'profile')]
    out = []
    for key, label, path in names:
        out.append(f'[{label}]' if key == cur else f"[<a href='{jb}{path}'>{label}</a>]")
    return ''.join(out)


def _sig(site):
    return f'<a href="http://www.{site}/">{site.split(".")[0].capitalize()}</a>'


# ---------------------------------------------------------------- Classic

def cl_entry(e, view, first_of_day=True):
    url, site = e['url'], _site(e)
    y, mo, d, hm = e['date']
    out = ''
    if first_of_day or view == 'entry':
        out += f"<tr><th colspan='2' align='left' class='headerbar'>{_wd(y, mo, d)}, {MONTHS_LONG[mo - 1]} {d}, {y}</th></tr>\n"
    meta = f"<td style='background-color: #dddddd;' class='metabar'><em>{_t12(hm)}</em><br />"
    if e['poster'] != e['journal']:
        meta += f"[<a href='http://{e['poster'].replace('_', '-')}.{site}/'>{e['poster']}</a>]<br />"
    meta += f"<p>[<a href='{url}'>Link</a>]</p></td>"
    subj = ''
    if e.get('subject'):
        s = esc(e['subject'])
        link = s if view == 'entry' else f'<a href="{url}" class="subj-link">{s}</a>'
        subj = f"\n\n<span class='subject'>{link}</span><br />"
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    foot = ''
    if e.get('currents') or e.get('tags'):
        foot = '<p>' + ''.join(f'<strong>Current {k}:</strong> {esc(v)}<br />' for k, v in e.get('currents', []))
        if e.get('tags'):
            foot += '<strong>Tags:</strong> ' + ', '.join(f'<a rel="tag" href="{_tag_url(e, t)}">{esc(t)}</a>' for t in e['tags']) + '<br />'
        foot += '</p>'
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view == 'entry':
        cm = ''
    else:
        cm = (f"<p class='comments'>(<a href=\"{url}\">{nc} comment{'s' if nc != 1 else ''}</a> | " if nc else "<p class='comments'>(") + f"<a href=\"{url}?mode=reply\">Leave a comment</a>)</p>"
    out += f"<tr valign='top'>{meta}<td class='entry' style='text-align:left'>{subj}{content}\n\n{foot}{cm}</td></tr>\n"
    return out


def cl_comments(e):
    y, mo, d, _ = e['date']
    out = []
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        subj = c[2] if len(c) > 2 else ''
        tid = _tid(e, n, c)
        out.append(f"<a name='t{tid}'></a><div id='cmtbar{tid}' style='background-color: #eeeeee; color: #000000; margin-top: 10px; width: 100%'>"
                   f"<table cellpadding='2' cellspacing='0' summary='0' style='width: 100%'><tr valign='top'><td style='width: 100%'><table style='width: 100%'><tr>"
                   f"<td align='left' style='width: 50%'><table><tr><th align='right'>From:</th><td>{_lju(user, _site(e))}</td></tr>\n"
                   f"<tr><th align='right'>Date:</th><td style='white-space: nowrap'>{MONTHS_LONG[mo - 1]} {_ord(min(d + 1, 28))}, {y} {10 + n:02d}:2{n} pm (UTC)</td></tr></table></td>"
                   f"<td align='right' style='width: 50%'><a href='{e['url']}?replyto={tid}'>Reply</a></td></tr>"
                   f"<tr valign='top'><td style='width: 50%'>{'<h3> ' + esc(subj) + '</h3>' if subj else ''}</td>"
                   f"<td style='width: 50%' align='right'><strong>(<a href='{e['url']}?thread={tid}#t{tid}'>Link</a>)</strong></td></tr></table></td></tr></table></div>"
                   f"<div style='margin-left: 5px'>{text}</div><div style='margin-top: 3px; font-size: smaller'>(<a href='{e['url']}?replyto={tid}'>Reply to this</a>) (<a href='{e['url']}?thread={tid}#t{tid}'>Thread</a>)</div>")
    return out


def classic_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com', day=None):
    """view: entry | recent | day."""
    jb = _jb(entries[0]) if entries else f'http://{journal.replace("_", "-")}.{site}/'
    title = f'{journal_title}: {entries[0]["subject"]}' if view == 'entry' else journal_title
    rows = []
    last = None
    if view == 'day':
        y, mo, d = day
        rows.append("<tr><th class='headerbar'>Time</td><td class='headerbar' style='width: 100%'>Event</th></tr>")
    for e in entries:
        rows.append(cl_entry(e, view, first_of_day=(view != 'day' and e['date'][:3] != last)))
        last = e['date'][:3]
    body = "<table style='margin-left: 30px'>\n" + ''.join(rows)
    if view == 'entry':
        e = entries[0]
        cms = cl_comments(e)
        if cms:
            body += ("<tr valign='top'><th class='headerbar' colspan='2' id='comments'>Comments</th></tr>"
                     "<tr valign='top'><td style='background-color: #dddddd'>&nbsp;</td><td style='width: 100%'>" + '\n'.join(cms) + '</td></tr>')
    body += '</table>\n'
    blurb = ''
    if view == 'recent':
        blurb = f"Below are the {len(entries)} most recent journal entries recorded in the \"<a href='{jb}profile'>{esc(journal_title)}</a>\" journal:"
        body = f"<p align='center'>[<a href='{jb}?skip=20'>&lt;&lt; Previous 20 entries</a>]</p>" + body + f"<p align='center'>[<a href='{jb}?skip=20'>&lt;&lt; Previous 20 entries</a>]</p>"
    if view == 'day':
        y, mo, d = day
        body = f"<h2 class='daypage_header'>{_wd(y, mo, d)}, {MONTHS_LONG[mo - 1]} {_ord(d)}, {y}</h2>" + body
        body += (f"<table align='center'><tr align='middle'>\n<td width='33%' align='left'><a href='{jb}{y}/{mo:02d}/{d - 1:02d}/'>Previous Day</a></td>\n"
                 f"<td align='center' width='33%'><strong>{MONTHS_LONG[mo - 1]} {_ord(d)}, {y}</strong><br />[<a href='{jb}calendar'>Archive</a>]</td>\n"
                 f"<td width='33%' align='right'><a href='{jb}{y}/{mo:02d}/{d + 1:02d}/'>Next Day</a></td>\n</tr></table>")
        title = f'{journal_title}: {MONTHS_LONG[mo - 1]} {_ord(d)}, {y}'
    cur = {'entry': '', 'recent': 'recent', 'day': ''}[view]
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>

   <head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{_head(journal, title, year, page_url, kind, site)}
<style type="text/css">
body {{ background-color: #ffffff; color: #000000; font: normal 12px Verdana, sans-serif; }}
.headerbar {{ background-color: #c0c0ff; color: #000000; }}
.metabar {{ width: 110px; }}
.subject {{ font-weight: bold; }}
</style>

  <title>{esc(title)}</title>
</head>
<body>
{_cs(journal, kind, site)}
<div class="wrapper"><div></div><table id="whole" cellpadding="0" cellspacing="0"><tr><td><table class="main" width="100%"><tr><td>

    <span class="page_title">{esc(title)}</span>
    <p class="view_links">{_views(jb, cur, site)}</p>
{blurb}{body}</td></tr></table></td></tr>
<tr><td><table align='right'><tr><td>{_sig(site)}</td></tr></table></td></tr></table>
</div>
</body>
</html>
'''


# ---------------------------------------------------------------- Tabular Indent

def _ti_box(metapic, meta, content, footer, domid=''):
    did = f"id='{domid}'" if domid else ''
    rows = ''.join(f"<tr><td align='right' class='alef'>{k}</td><td class='alef'>{v}</td></tr>" for k, v in meta)
    pic = f"<td width='100' valign='top' align='center'>{metapic}</td>" if metapic else ''
    return (f"<div align='right' class='entry'><table {did} width='95%' cellpadding='5' cellspacing='1' style='background-color: #dfe5ea; color: #000000; border: 1px solid #6b7d8c;'>"
            f"<tr><td class='alef'><table border='0' width='100%' style='background-color: #dfe5ea; color: #000000;'><tr>{pic}"
            f"<td valign='top' class='alef'><table border='0' style='background-color: #dfe5ea; color: #000000;'>{rows}</table></td></tr></table></td></tr>"
            f"<tr><td class='alef' style='background-color: #ffffff; color: #000000'>{content}</td></tr>"
            + (f"<tr><td style='white-space: nowrap;' align='left'>{footer}</td></tr>" if footer else '') + "</table></div><br />")


def ti_entry(e, view, first_of_day=True):
    url, site = e['url'], _site(e)
    y, mo, d, hm = e['date']
    out = ''
    if view != 'recent' or first_of_day:
        out += f"<h3 class='page-header'>{_wd(y, mo, d)}, {MONTHS_LONG[mo - 1]} {_ord(d)}, {y}</h3>"
    metapic = ''
    if e['poster'] != e['journal']:
        metapic = (f"<div class='poster' style='background-color: ; color: ;'> <a href='{_jb(e)}'></a>"
                   f"<br />[<a href='http://{e['poster'].replace('_', '-')}.{site}/' style='color: ;'>{e['poster']}</a>]</div>")
    meta = [('Security:', '')]
    if e.get('subject'):
        s = esc(e['subject'])
        meta.append(('Subject:', s if view == 'entry' else f'<a href="{url}" class="subjlink subj-link">{s}</a>'))
    meta.append(('Time:', _t12(hm)))
    for k, v in e.get('currents', []):
        meta.append((f'Current {k.lower()}:', esc(v)))
    if e.get('tags'):
        meta.append(('Tags:', ', '.join(f'<a rel="tag" href="{_tag_url(e, t)}">{esc(t)}</a>' for t in e['tags'])))
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    nc = e.get('ncomments', len(e.get('comments', [])))
    iid, j = itemid(url), e['journal']
    if view == 'entry':
        footer = (f"(<a href=\"{url}?mode=reply\">Leave a comment</a>) "
                  f"<a href='http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev'>Previous Entry</a> "
                  f"<a href='http://www.{site}/tools/memadd.bml?journal={j}&amp;itemid={iid}'>Add to Memories</a> "
                  f"<a href='http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next'>Next Entry</a>")
    else:
        footer = '(' + (f'<a href="{url}">{nc} comment{"s" if nc != 1 else ""}</a> | ' if nc else '') + f'<a href="{url}?mode=reply">Leave a comment</a>) '
    return out + _ti_box(metapic, meta, content, footer)


def ti_comments(e):
    y, mo, d, _ = e['date']
    out = []
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        subj = c[2] if len(c) > 2 else ''
        tid = _tid(e, n, c)
        meta = ([('Subject:', esc(subj) + ' ')] if subj else []) + [
            ('Time:', f'{y}-{mo:02d}-{min(d + 1, 28):02d} {10 + n:02d}:3{n} pm (UTC)'),
            ('Link:', f"(<a href='{e['url']}?thread={tid}#t{tid}'>Link</a>)")]
        out.append(f"<a name='t{tid}'></a>" + _ti_box(_lju(user, _site(e)), meta, text, f" (<a href='{e['url']}?thread={tid}#t{tid}'>Thread</a>) ", f'cmtbar{tid}'))
    return out


def _captionbar(title, jb, cur):
    links = ''.join("<tr><td>View:</td><td>" + (label if key == cur else f'<a href="{jb}{path}">{label}</a>') + ".</td></tr>\n"
                    for key, label, path in [('recent', 'Recent Entries', ''), ('archive', 'Archive', 'calendar'), ('friends', 'Friends', 'friends'), ('userinfo', 'User Info', 'profile')])
    return f'''
<table height='100' class='captionbar' cellpadding='5' cellspacing='1'><tr>
  <td class="captionbar-userpicbox" align='center' valign='center' width='100' style='background-color: #6b7d8c'></td>
    <td><b>{esc(title)}</b><br />
    <table border='0'>
      {links}
      <tr>
        <td colspan='2'></td>
      </tr>
    </table>
  </td>
</tr></table>'''


def tabind_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com', month=None):
    """view: entry | recent | month (month: (y, mo), entries listed by day with their subjects only)."""
    jb = _jb(entries[0]) if entries else f'http://{journal.replace("_", "-")}.{site}/'
    title = f'{journal_title}: {entries[0]["subject"]}' if view == 'entry' else journal_title
    cur = {'entry': '', 'recent': 'recent', 'month': 'archive'}[view]
    if view == 'month':
        y, mo = month
        title = f'{journal_title}: {MONTHS_LONG[mo - 1]} {y}'
        days = {}
        for e in entries:
            days.setdefault(e['date'][2], []).append(e)
        dl = ''
        for d in sorted(days):
            items = ''.join(f'<li><a href="{e["url"]}">{esc(e["subject"]) if e.get("subject") else "(no subject)"}</a> &mdash; {_t12(e["date"][3])}'
                            + (f' <i>[{e["poster"]}]</i>' if e['poster'] != e['journal'] else '') + '</li>' for e in days[d])
            dl += f'<dt><a href="{jb}{y}/{mo:02d}/{d:02d}/"><b>{_ord(d)}</b></a></dt>\n<dd><ul>{items}</ul></dd>\n'
        body = (f"<h3 class='page-header'>{MONTHS_LONG[mo - 1]} {y}</h3><div class='entry'><table width='95%'><tr><td>"
                f"<form method='post' action='http://www.{site}/go.bml'><center>[<a href='{jb}{y}/{mo - 1:02d}/'>&lt;&lt;&lt;</a>]\n"
                f"<select name='redir_key'><option value='{y}{mo - 1:02d}'>{MONTHS_LONG[mo - 2]} {y}</option><option value='{y}{mo:02d}' selected='selected'>{MONTHS_LONG[mo - 1]} {y}</option></select>\n"
                f"<input type='submit' value='View' />\n[<a href='{jb}{y}/{mo + 1:02d}/'>&gt;&gt;&gt;</a>]\n</center></form>\n<dl>{dl}</dl>\n</td></tr></table></div>")
    else:
        parts = []
        last = None
        for e in entries:
            parts.append(ti_entry(e, view, first_of_day=e['date'][:3] != last))
            last = e['date'][:3]
        body = ''.join(parts)
        if view == 'entry':
            cms = ti_comments(entries[0])
            if cms:
                body += "<h3 class='page-header' id='comments'>Comments</h3>" + '\n'.join(cms)
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>

        <head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
{_head(journal, title, year, page_url, kind, site)}
<style type="text/css">
body {{ background-color: #ffffff; color: #000000; font-family: Tahoma, Verdana, sans-serif; font-size: 10pt; }}
.page-header {{ text-align: left; color: #6b7d8c; }}
td.alef {{ font-size: 10pt; }}
</style>
<title>{esc(title)}</title>
 </head>
 <body>
    {_cs(journal, kind, site)}
<div class="wrapper"><table style="width: 90%;" align="center"><tr><td><p>{_captionbar(title, jb, cur)}</p><p>{body}</p><p>{_captionbar(title, jb, cur)}</p></td></tr></table>
    </div>
  </body>
</html>
'''
