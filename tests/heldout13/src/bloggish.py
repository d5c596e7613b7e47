"""The page renderer this corpus (tests/heldout13) is the first held-out corpus to use:
LiveJournal S2 Bloggish (`bin/upgrading/s2layers/sixhtml/layout.s2`, apparentlymart/livejournal: "SixApart's standard HTML
structure for blogs"): Page::print (`html#sixapart-standard`, `body.layout-two-column-right lj-view-VIEW`, the control strip,
container_open's `div#container > div#container-inner.pkg`, print_banner's `h1#banner-header` / `h2#banner-description`,
`div#pagebody`, render_layout "2CR": `div#alpha` the body, `div#beta` the sidebar of modules: open_module's
`div.module-NAME.module` with `h2.module-header` and `div.module-content > ul.module-list > li.module-list-item`, the
"Page Summary" module listing the recent page's entries by subject); print_entry: `div.entry#entryNNN`, `div.entry-userpic`
with `p.poster` ("poster in community") when the poster is not the journal, `h3.entry-header` (the subject; a `a.subj-link`
off the entry page), `div.entry-content > div.entry-body` (metadata, then the text), `p.entry-footer` ("Posted on Mar. 4th,
2009 at 9:14 pm | Link | N comments"); RecentPage's `p.content-nav` and `h2.date-header`; EntryPage: `<a id="comments">` then
`div.comments > h3.comments-header` "Comments" and `div.comments-content`, print_comment_full's `div.comment` with
`div.comment-userpic > p.poster`, `h3.comment-header`, `div.comment-content`, `div.comment-footer` ("Posted on … | Link |
Thread | Reply"). Sites: LiveJournal, InsaneJournal, JournalFen, Scribbld, DeadJournal."""
import datetime

from layouts import MONTHS, esc, itemid
from s2w import _cs, _head, _jb, _lju, _site, _tag_url
from s2x import _ord


def _med(y, mo, d):
    return f'{MONTHS[mo - 1]}. {_ord(d)}, {y}'


def _tm(hm):
    h, m = map(int, hm.split(':'))
    return f'{(h % 12) or 12}:{m:02d} {"am" if h < 12 else "pm"}'


def _module(name, title, items, head=''):
    a_open = f'<a href="{head}">' if head else ''
    a_close = '</a>' if head else ''
    h = f'<h2 class="module-header">{a_open}{title}{a_close}</h2>\n' if title else ''
    lis = ''.join(f'<li class="module-list-item">{s}</li>' for s in items)
    return f'<div class="module-{name} module">{h}<div class="module-content">\n<ul class="module-list">{lis}</ul>\n</div>\n</div>\n'


def bg_entry(e, view):
    url, site = e['url'], _site(e)
    y, mo, d, hm = e['date']
    iid = itemid(url)
    out = f"<div class='entry' id='entry{iid}'>\n"
    if e['poster'] != e['journal']:
        kind = 'C' if e.get('community') else 'P'
        out += f"<div class='entry-userpic'><p class='poster'>{_lju(e['poster'], site)} in {_lju(e['journal'], site, kind)}</p></div>"
    subj = esc(e.get('subject') or '')
    if view != 'entry':
        subj = f'<a href="{url}" class="subj-link">{subj}</a>' if subj else ''
    sec = "<span class='lj-entry-securityicon'><img src='http://stat.%s/img/icon_protected.gif' width='14' height='15' alt='[friends only]' /></span> " % site if e.get('locked') else ''
    out += f"<h3 class='entry-header'>{sec}{subj}</h3>\n<div class='entry-content'>\n<div class='entry-body'>\n"
    if e.get('currents'):
        out += "<div class='currents'>" + ''.join(f"<div class='current{k.lower()}'><strong>Current {k}:</strong> {esc(v)}</div>" for k, v in e['currents']) + '</div>'
    content = e['index_html'] if view != 'entry' and e.get('index_html') else e['html']
    out += content
    if e.get('tags'):
        out += "<div class='ljtags'><strong>Tags:</strong> " + ', '.join(f'<a rel="tag" href="{_tag_url(e, t)}">{esc(t)}</a>' for t in e['tags']) + '</div>'
    out += '</div>\n'
    sep = "<span class='separator'>|</span>"
    nc = e.get('ncomments', len(e.get('comments', [])))
    posted = f'Posted on {_med(y, mo, d)} at {_tm(hm)}' if view != 'day' else f'Posted at {_tm(hm)}'
    foot = f"{posted} {sep} <a class='permalink' href='{url}'>Link</a>"
    if view == 'entry':
        foot += f' {sep} <a href="{url}?mode=reply">Leave a comment</a>'
    else:
        foot += f' {sep} <a href="{url}?mode=reply">Leave a comment</a>'
        if nc:
            foot += f' {sep} <a href="{url}">{nc} comment{"s" if nc != 1 else ""}</a>'
    out += f"<p class='entry-footer'>{foot}</p></div>\n</div>\n"
    return out


def bg_comments(e):
    url, site = e['url'], _site(e)
    y, mo, d, _ = e['date']
    out = ['<a id="comments"></a>\n<div class="comments">\n<h3 class="comments-header">Comments</h3>\n<div class="comments-content">\n<!-- comment list -->']
    sep = "<span class='separator'>|</span>"
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        subj = c[2] if len(c) > 2 else ''
        depth = c[3] if len(c) > 3 else 0
        tid = int(itemid(url)) * 4 + 13 * (n + 1)
        dd = min(d + (n // 2), 28)
        out.append(f'''<div id="ljcmt{tid}" style="margin-left:{depth * 25}px;"><a name="t{tid}"></a><div class='comment'>
<div class='comment-userpic'><p class='poster'>{_lju(user, site)}</p></div>{f"<h3 class='comment-header'><strong>{esc(subj)}</strong></h3>" if subj else ""}
<div class='comment-content'>{text}</div><div class='comment-footer'>Posted on {_med(y, mo, dd)} at {_tm(f"{(n * 5 + 9) % 24}:{(n * 17 + 3) % 60}")} {sep} <a class='permalink' href='{url}?thread={tid}#t{tid}'>Link</a> {sep} <a href='{url}?thread={tid}#t{tid}'>Thread</a> {sep} <a href='{url}?replyto={tid}'>Reply</a></div></div></div>''')
    out.append('</div>\n</div>')
    return '\n'.join(out)


def bloggish_page(view, entries, journal, journal_title, page_url, year, kind='P', site='livejournal.com', subtitle='', day=None):
    """view: 'entry' (one entry and its comments), 'recent' or 'day'."""
    e0 = entries[0]
    jb = _jb(e0)
    if view == 'entry':
        title = f'{journal_title}: {e0["subject"]}' if e0.get('subject') else journal_title
    elif view == 'day':
        y, mo, d = day
        title = f'{journal_title}: {datetime.date(y, mo, d).strftime("%B")} {_ord(d)}, {y}'
    else:
        title = journal_title
    body = ''
    if view == 'recent':
        body += f'<p class="content-nav">\n<a href="{page_url.split("?")[0]}?skip=20">Previous 20 entries</a>\n</p>\n'
        last = None
        for e in entries:
            if e['date'][:3] != last:
                y, mo, d, _ = e['date']
                body += f'<h2 class="date-header">{_med(y, mo, d)}</h2>'
            last = e['date'][:3]
            body += bg_entry(e, view)
        body += f'<p class="content-nav">\n<a href="{page_url.split("?")[0]}?skip=20">Previous 20 entries</a>\n</p>\n'
    elif view == 'day':
        y, mo, d = day
        body += f'<div class="day" id="day{y}{mo:02d}{d:02d}">\n<h2>{datetime.date(y, mo, d).strftime("%A, %B")} {_ord(d)}, {y}</h2>\n'
        body += ''.join(bg_entry(e, view) for e in entries) + '</div>'
        body += f'<div class="skiplinks">\n<a href="{jb}{y}/{mo:02d}/{max(d - 1, 1):02d}/">Previous Day</a> | <a href="{jb}{y}/{mo:02d}/{min(d + 1, 28):02d}/">Next Day</a>\n</div>'
    else:
        body += bg_entry(e0, view) + bg_comments(e0)
    views = [('Recent Entries', jb), ('Archive', jb + 'calendar'), ('Friends', jb + 'friends'), ('User Info', jb + 'profile'), ('Memories', f'http://www.{site}/tools/memories.bml?user={journal}')]
    side = _module('about', 'About', [f'<p>{esc(journal_title)}</p>'], jb + 'profile').replace('<ul class="module-list"><li class="module-list-item">', '').replace('</li></ul>', '')
    side += _module('viewlinks', '', [f'<a href="{u}">{t}</a>' for t, u in views])
    if view == 'recent':
        side += _module('pagesummary', 'Page Summary', [f'<a href="{e["url"]}">{esc(e["subject"]) if e.get("subject") else "<em>(no subject)</em>"}</a>' for e in entries])
    if e0.get('tags'):
        side += _module('tags', 'Tags', [f'<a href="{_tag_url(e0, t)}">{esc(t)}</a>' for t in sorted({t for e in entries for t in e.get('tags', [])})])
    side += _module('powered', '', [f'Powered by <a href="http://www.{site}/">{site.split(".")[0].capitalize()}</a>'])
    lay = 'layout-two-column-right'
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
       "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
   <meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
   {_head(journal, journal_title, year, page_url, kind, site)}
<link rel="stylesheet" href="http://stat.{site}/sixhtml/themes/common/base-weblog.css" type="text/css" />
<link rel="stylesheet" href="http://stat.{site}/sixhtml/themes/{['cityscape', 'folio', 'minimalist', 'harvest'][year % 4]}/theme.css" type="text/css" />
<link rel="stylesheet" href="http://stat.{site}/sixhtml/ljextras.css" type="text/css" />
<style type="text/css">
/* user css */
</style>
<title>{esc(title)}</title>

</head>
<body class='{lay} lj-view-{"entry" if view == "entry" else view}'>{_cs(journal, kind, site)}
<div id='container'><div id='container-inner' class='pkg'>
<div id='banner'><div id='banner-inner' class='pkg'>
<h1 id='banner-header'>{esc(journal_title)}</h1><h2 id='banner-description'>{esc(subtitle)}</h2></div></div>
<div id='pagebody'><div id='pagebody-inner' class='pkg'>
<div id='alpha'><div id='alpha-inner' class='pkg'>
{body}
</div></div>
<div id='beta'><div id='beta-inner' class='pkg'>
{side}</div></div>
</div></div>
</div></div>
</body></html>
'''
