"""LiveJournal S2 Notepad (core1), written from bin/upgrading/s2layers/notepad/layout.s2 of LiveJournal's open-source
code (`apparentlymart/livejournal`): Page::print (a 70%-wide table of notepad images: the tab row Journal / Friends /
Archive / User Info / memories, then `<h1>TITLE</h1>` and the hr.gif rule, the body, the bottom navigation),
print_entry (`<table border='0'><tr>`, a 100px left cell only on the friends view or when the poster is not the
journal: `<strong><a>journal</a></strong>` and `<br />[ <a>poster</a> ]` on the friends view, the poster in bold on a
community's own pages; then `<td valign="top" width='100%'><font size="+1">DATE TIME <span style='color: …'>SUBJECT</span>
</font>`: the subject has no element or class of its own; `<p>TEXT</p>`; the metadata as `<p><strong>Current Mood:</strong>
…<br /></p>`; CommentInfo::print ("N comments - Leave a comment"); the entry's nav_prev / mem_add / tell_friend / nav_next
image links; an hr.gif rule), RecentPage::lay_bottom_navigation ("Back a Page") and EntryPage::print_comment (a
coloured div with a From / Date / (Link) table, `<h3>` comment subject, text, "(Reply to this) (Parent) (Thread)")."""
import re

import layouts
from layouts import MONTHS, MONTHS_LONG, SITES, esc, gen_user, itemid

_shared_base_of = layouts.base_of


def base_of(url):
    """A journal's base URL, also for the legacy community host (http://community.livejournal.com/NAME/ID.html, LJ's
    community URLs until about 2011), which tests/heldout2's base_of reads as the host alone. Installed into layouts for
    this corpus's build so the shared renderers print those communities' links right."""
    m = re.match(r'(https?://community\.[^/]+/[^/]+/)', url)
    return m.group(1) if m else _shared_base_of(url)


layouts.base_of = base_of

# LiveJournal communities of this corpus that live on the legacy host (pages before about 2011): their ljuser spans link
# http://community.livejournal.com/NAME/ as LJ printed them then.
LEGACY_LJ_COMMUNITIES = {'hundred_fathoms', 'hundred_lanterns'}
_shared_lj_user_old = layouts.lj_user_old


def lj_user_old(name, site='livejournal.com', kind='P'):
    out = _shared_lj_user_old(name, site, kind)
    if kind == 'C' and site == 'livejournal.com' and name in LEGACY_LJ_COMMUNITIES:
        out = out.replace(f"http://{name.replace('_', '-')}.livejournal.com/", f'http://community.livejournal.com/{name}/')
    return out


layouts.lj_user_old = lj_user_old


def _ord(d):
    return f'{d}{"th" if 10 <= d % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}'


def _img_link(href, img, alt, stat):
    return f"<a href='{href}'><img src='http://{stat}/img/{img}' width='22' height='20' alt='{alt}' title='{alt}' border='0' align='absmiddle' /></a>"


def np_entry(e, view, site):
    dom, stat, _ = SITES[site]
    url, j, p = e['url'], e['journal'], e['poster']
    y, mo, d, hm = e['date']
    h, mi = map(int, hm.split(':'))
    out = "<table border='0'><tr>"
    if view == 'friends' or p != j:
        out += "<td valign='top' width='100' align='center'>"
        if view == 'friends':
            out += f"<img src='http://userpic.{dom}/{sum(map(ord, p)) * 9173}/{sum(map(ord, j)) % 900 + 100}' /><br />"
            out += f"<strong><a href='{base_of(url)}'>{j}</a></strong>"
        if p != j:
            pb = f"http://{p.replace('_', '-')}.{dom}/" if site == 'livejournal' else f'http://{p}.{dom}/'
            out += f"<br />[ <a href='{pb}'>{p}</a> ]" if view == 'friends' else f"<strong><a href='{pb}'>{p}</a></strong>"
        out += '</td>'
    t = f'{(h - 1) % 12 + 1}:{mi:02d} {"am" if h < 12 else "pm"}'
    out += f'<td valign="top" width=\'100%\'><font size="+1">{MONTHS[mo - 1]}. {_ord(d)}, {y} {t}'
    if e['subject']:
        out += f" <span style='color: #ff0000'>{esc(e['subject'])}</span>"
    out += ' </font>'
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    out += f'<p>{content}</p>'
    if e.get('currents'):
        out += '<p>' + ''.join(f'<strong>Current {k}:</strong> {esc(v)}<br />' for k, v in e['currents']) + '</p>'
    # (Notepad's print_entry prints no tags)
    nc = e.get('ncomments', len(e.get('comments', [])))
    if view != 'entry':
        rl = f'<a href="{url}">{nc} comment{"s" if nc != 1 else ""}</a> - ' if nc else ''
        out += f'{rl}<a href="{url}?mode=reply">Leave a comment</a>'
    iid = itemid(url)
    if view == 'entry':
        out += ' ' + _img_link(f'http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev', 'btn_prev.gif', 'Previous Entry', stat)
    out += ' ' + _img_link(f'http://www.{dom}/tools/memadd.bml?journal={j}&amp;itemid={iid}', 'btn_mem.gif', 'Add to Memories', stat)
    out += ' ' + _img_link(f'http://www.{dom}/tools/tellafriend.bml?journal={j}&amp;itemid={iid}', 'btn_tellfriend.gif', 'Tell a Friend', stat)
    if view == 'entry':
        out += ' ' + _img_link(f'http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next', 'btn_next.gif', 'Next Entry', stat)
    out += '</td></tr><tr><td colspan="2"></td></tr></table>'
    out += f'<p align="center"><img src="http://www.{dom}/img/style/notepad/hr.gif" width="345" height="23" alt=\'\' /></p>'
    return out


def np_comments(e, site):
    out = []
    y, mo, d, _ = e['date']
    for i, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        subj = c[2] if len(c) > 2 else ''
        cid = 40000 + 1913 * (i + 1) + int(itemid(e['url']))
        bg = '#c0c0ff' if i % 2 == 0 else '#eeeeff'
        poster = gen_user(user, site) if user else '<i>(Anonymous)</i>'
        out.append(f"<a name='t{cid}'></a><div style='background-color: {bg}; color: #000000; margin-top: 10px;'><table cellpadding='2' cellspacing='0' summary='0' style='width: auto'><tr valign='top'>"
                   f"<td align='left' style='white-space: nowrap'><strong>From:</strong> {poster}</td>\n"
                   f"<td align='left' style='white-space: nowrap'><strong>Date:</strong> {MONTHS_LONG[mo - 1]} {_ord(d)}, {y} - 0{i + 1}:1{i} am</td>\n"
                   f"<td align='right'></td><td></td><td></td><td align='right'><strong>(<a href='{e['url']}?thread={cid}#t{cid}'>Link</a>)</strong></td>\n</tr>\n"
                   f"<tr valign='top'><td colspan='6' style='width: 95%'>" + (f'<h3> {esc(subj)}</h3>\n' if subj else '') + "</td></tr></table></div>"
                   f"<div style='margin-left: 5px'>{text}</div>\n<div style='margin-top: 3px; font-size: smaller'>(<a href='{e['url']}?replyto={cid}'>Reply to this</a>) (<a href='{e['url']}?thread={cid}#t{cid}'>Thread</a>) </div>\n")
    if not out:
        return ''
    return '<h2>Comments:</h2>' + ''.join(out)


def np_page(view, entries, journal, page_url, title, year, site='livejournal'):
    """view: 'entry' | 'recent' | 'friends'. `title` is the page's <title> and <h1> (Page::print prints both) as core1's
    Page::title() makes it: the journal's title alone on the recent view, "JOURNAL TITLE - SUBJECT" on an entry
    (EntryPage::view_title is the plain subject), the friends view's own title ("Friends") on the friends page."""
    dom, stat, sitename = SITES[site]
    jbase = f'http://{journal.replace("_", "-")}.{dom}' if site == 'livejournal' else base_of(page_url).rstrip('/')
    img = f'http://www.{dom}/img/style/notepad'
    body = ''.join(np_entry(e, view, site) for e in entries)
    if view == 'entry':
        body += np_comments(entries[0], site)
    bottom = ''
    if view in ('recent', 'friends'):
        bottom = f'<a href="{page_url.split("?")[0]}?skip=20">Back a Page</a>'
    tabs = ''.join(f'''       <td width="120" height="18" style="background-image: url({img}/tab.jpg)">&nbsp;&nbsp;
         <a href="{href}">{name}</a>
       </td>
''' for name, href in [('Journal', jbase + '/'), ('Friends', jbase + '/friends'), ('Archive', jbase + '/calendar'), ('User Info', jbase + '/info'),
                       ('memories', f'http://www.{dom}/tools/memories.bml?user={journal}')])
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" 
"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html>
 <head>
  <title>{esc(title)}</title>
  <link rel="stylesheet" href="http://{stat}/lj_base.css" type="text/css" />
<meta name="generator" content="{sitename}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{jbase}/data/rss" />
<script type="text/javascript">var Site = {{"currentJournal": "{journal}", "currentJournalBase": "{jbase}"}};</script>
  <link rel="stylesheet" href="{jbase}/res/{year * 131}/stylesheet?{1100000000 + year}" type="text/css" />
 </head>
 <body>
  <table width="70%" border="0" cellpadding="0" cellspacing="0">
   <tr>
    <td colspan="2">
     <table border="0" cellpadding="0" cellspacing="0">
      <tr>
       <td width="30"><img src="{img}/spacer.gif" width="30" height="10" alt='' /></td>
{tabs}      </tr>
     </table>
    </td>
   </tr>
   <tr>
    <td width="80" height="38" style="background-image: url({img}/top-left.jpg)">
      <img src="{img}/spacer.gif" width="80" height="10" alt='' />
    </td>
    <td height="38" style="background-image: url({img}/middle.jpg)">
      <img src="{img}/spacer.gif" width="10" height="10" alt='' />
    </td>
    <td width="10" height="38" style="background-image: url({img}/top-right.jpg)">
      <img src="{img}/spacer.gif" width="10" height="10" alt='' />
    </td>
   </tr>
   <tr>
    <td width="80" height="38" style="background-image: url({img}/side-left.jpg)">
     &nbsp;
    </td>
    <td width="100%" height="38" style="background-image: url({img}/middle.jpg)">
     <h1>{esc(title)}</h1>
     <p align="center"><img src="{img}/hr.gif" width="345" height="23" alt='' /></p>
    {body}<p style='text-align: center; font-size: 115%'>{bottom}</p>
    </td>
    <td width="8" height="38" style="background-image: url({img}/side-right.jpg)">
     &nbsp;
    </td>
   </tr>
   <tr>
    <td width="80" height="12" style="background-image: url({img}/bottom-left.jpg)">
      <img src="{img}/spacer.gif" width="70" height="12" alt='' />
    </td>
    <td height="12" style="background-image: url({img}/bottom-line.jpg)">
      <img src="{img}/spacer.gif" width="10" height="12" alt='' />
    </td>
    <td width="8" height="12" style="background-image: url({img}/bottom-right.jpg)">
      <img src="{img}/spacer.gif" width="8" height="12" alt='' />
    </td>
   </tr>
  </table>
 </body>
</html>
'''
