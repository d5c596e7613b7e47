"""Layout renderers for the second held-out corpus: page shells modelled on the sites' own templates
(the same shells tests/heldout's pages show: DW core2, LJ S2 Generator, LJ 2016 b-singlepost, LJ 2017+
aentry, the Wayback playback wrapper). Each entry is a dict made by posts.py (see Entry in build.py)."""
import html
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))
MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']
MONTHS_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def esc(s):
    return html.escape(s, quote=True)


def host_of(url):
    return re.match(r'https?://([^/]+)/', url).group(1)


def base_of(url):
    m = re.match(r'(https?://[^/]+/(?:community/[^/]+/|users/[^/]+/)?)', url)
    return m.group(1)


def itemid(url):
    return re.search(r'/(\d+)\.html', url).group(1)


def scheme(url):
    return url.split(':')[0]


# ---------------------------------------------------------------- user names as the sites print them

def dw_user(name, kind='P', http='https'):
    host = name.replace('_', '-') + '.dreamwidth.org'
    img = {'P': ('user.png', '[personal profile] '), 'C': ('community.png', '[community profile] ')}[kind]
    return (f"<span lj:user='{name}' style='white-space: nowrap;' class='ljuser'><a href='{http}://{host}/profile'>"
            f"<img src='{http}://www.dreamwidth.org/img/silk/identity/{img[0]}' alt='{img[1]}' width='17' height='17' "
            f"style='vertical-align: text-bottom; border: 0; padding-right: 1px;' /></a><a href='{http}://{host}/'><b>{name}</b></a></span>")


def lj_user_old(name, site='livejournal.com', kind='P'):
    """2003-2012 ljuser span (LJ and the forks)."""
    host = f"{name.replace('_', '-')}.{site}"
    img = 'userinfo.gif' if kind == 'P' else 'community.gif'
    base = f'http://{host}/'
    if kind == 'C' and site != 'livejournal.com':
        base = f'http://community.{site}/{name}/'
    return (f"<span class='ljuser' lj:user='{name}' style='white-space: nowrap;'><a href='{base}profile'>"
            f"<img src='http://stat.{site}/img/{img}' alt='[info]' width='17' height='17' style='vertical-align: bottom; border: 0; padding-right: 1px;' /></a>"
            f"<a href='{base}'><b>{name}</b></a></span>")


def lj_user_new(name, kind='P'):
    host = f"{name.replace('_', '-')}.livejournal.com"
    t = 'P' if kind == 'P' else 'C'
    img = 'userinfo_v8.svg?v=17080?v=662' if kind == 'P' else 'community_v8.svg?v=17080?v=662'
    return (f'<span class="ljuser  i-ljuser  i-ljuser-type-{t}     " data-ljuser="{name}" lj:user="{name}" ><a href="https://{host}/profile/" target="_self" class="i-ljuser-profile" >'
            f'<img class="i-ljuser-userhead" src="https://l-stat.livejournal.net/img/{img}" /></a><a href="https://{host}/" class="i-ljuser-username" target="_self" ><b>{name}</b></a></span>')


# ---------------------------------------------------------------- Dreamwidth core2

DW_SCRIPTS = '''<link rel="stylesheet" type="text/css" href="https://www.dreamwidth.org/stc/??lj_base.css,jquery/jquery.ui.core.css,jquery/jquery.ui.tooltip.css,jquery.contextualhover.css,jquery.threadexpander.css,jquery.cuttag-ajax.css?v=VER" />
<script type="text/javascript">
        var Site;
        if (!Site)
            Site = {};

        var site_p = {"statprefix": "https://www.dreamwidth.org/stc", "has_remote": 0, "siteroot": "https://www.dreamwidth.org", "currentJournalBase": "JBASE", "imgprefix": "https://www.dreamwidth.org/img", "ctx_popup": 1, "iconprefix": "https://v.dreamwidth.org", "currentJournal": "JNAME"};
        var site_k = ["statprefix", "has_remote", "siteroot", "currentJournalBase", "imgprefix", "ctx_popup", "iconprefix", "currentJournal"];
        for (var i = 0; site_k.length > i; i++) {
            Site[site_k[i]] = site_p[site_k[i]];
        }
</script>
<script type="text/javascript" src="https://www.dreamwidth.org/js/??jquery/jquery-1.8.3.js,jquery/jquery.ui.core.js,jquery/jquery.ui.widget.js,jquery.ajaxtip.js,jquery.contextualhover.js,jquery.replyforms.js,jquery.cuttag-ajax.js,jquery.threadexpander.js?v=VER"></script>'''


def dw_cut_link(url, n, text='Read more...'):
    return (f'<span class="cut-wrapper"><span style="display: none;" id="span-cuttag___{n}" class="cuttag"></span>'
            f'<b class="cut-open">(&nbsp;</b><b class="cut-text"><a href="{url}#cutid{n}">{text}</a></b><b class="cut-close">&nbsp;)</b></span>'
            f'<div style="display: none;" id="div-cuttag___{n}" aria-live="assertive"></div>')


def dw_entry(e, page_kind, odd=True):
    url = e['url']
    j = e['journal']
    jbase = base_of(url)
    iid = itemid(url)
    y, mo, d, hm = e['date']
    comm = e.get('community')
    poster = e['poster']
    http = scheme(url)
    date_html = (f'<span class="datetime"><span class="date"><a href="{jbase}{y}/">{y}</a>-<a href="{jbase}{y}/{mo:02d}/">{mo:02d}</a>-'
                 f'<a href="{jbase}{y}/{mo:02d}/{d:02d}/">{d:02d}</a></span> <span class="time">{hm}</span></span>')
    subj = esc(e['subject']) if e['subject'] else ''
    title = f'<h3 class="entry-title"><a title="{subj}" href="{url}">{subj}</a></h3>' if subj else '<h3 class="entry-title"><a href="' + url + '">(no subject)</a></h3>'
    if comm:
        posterline = f'<span class="poster entry-poster">{dw_user(poster, http=http)} posting in {dw_user(j, "C", http=http)}</span>'
    else:
        posterline = f'<span class="poster entry-poster">{dw_user(poster, http=http)}</span>' if page_kind != 'entry' or e.get('show_poster', True) else ''
    content = e['index_html'] if page_kind != 'entry' and e.get('index_html') else e['html']
    meta = ''
    if e.get('currents'):
        rows = ''.join(f'<li class="metadata-item-{k.lower()}"><span class="metadata-label metadata-label-{k.lower()}">{k}: </span><span class="metadata-item metadata-item-{k.lower()}">{esc(v)}</span></li>' for k, v in e['currents'])
        meta = f'<div class="metadata bottom-metadata"><ul>{rows}</ul></div>'
    tags = ''
    if e.get('tags'):
        lis = ', </li>\n<li>'.join(f'<a rel="tag" href="{jbase}tag/{t.replace(" ", "+")}">{esc(t)}</a>' for t in e['tags'])
        tags = f'<div class="tag"><span class="tag-text">Tags:</span><ul>\n<li>{lis}</li>\n</ul></div>'
    nc = e.get('ncomments', 0)
    prevnext = ''
    if page_kind == 'entry':
        prevnext = (f'<ul class="entry-management-links text-links"><li class="link link_prev first-item"><a href="https://www.dreamwidth.org/go?journal={j}&amp;itemid={iid}&amp;dir=prev">Previous Entry</a></li>\n'
                    f'<li class="link mem_add"><a href="https://www.dreamwidth.org/tools/memadd?journal={j}&amp;itemid={iid}" >Add to memories!</a></li>\n'
                    f'<li class="link watch_comments"><a href="https://www.dreamwidth.org/manage/subscriptions/entry?journal={j}&amp;itemid={iid}" >Track This</a></li>\n'
                    f'<li class="link link_next"><a href="https://www.dreamwidth.org/go?journal={j}&amp;itemid={iid}&amp;dir=next">Next Entry</a></li>\n</ul>')
    inter = (f'<hr class="above-entry-interaction-links" /><ul class="entry-interaction-links text-links"><li class="entry-readlink first-item"><a href="{url}?view=comments#comments">{nc} comments</a></li>\n'
             f'<li class="entry-replylink"><a href="{url}?mode=reply#add_comment">Reply</a></li>\n</ul>')
    head = f'{title}{date_html}' if not e.get('date_first') else f'{date_html}{title}'
    return f'''<div class="entry-wrapper entry-wrapper-{"odd" if odd else "even"} security-public restrictions-none journal-type-{"C" if comm else "P"} poster-{poster} journal-{j} no-userpic {"has-subject" if subj else ""}" id="entry-wrapper-{iid}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="entry" id="entry-{iid}">
<div class="inner">
<div class="header">
<div class="inner">
{head}</div>
</div>
<div>
<div class="contents">
<div class="inner">
<div class="userpic"></div>
{posterline}<div class="entry-content">{content}</div></div>
</div>
</div>
<div class="footer">
<div class="inner">
{meta}{tags}{prevnext}{inter}<div id="topcomment-reply" style="display: none;" class="reply-container"></div><hr class="below-reply-container" /></div>
</div>
</div>
</div>
<div class="separator separator-after"><div class="inner"></div></div>
</div>'''


def dw_comments(e):
    out = []
    for i, (user, text) in enumerate(e.get('comments', [])):
        cid = 10000 + 1357 * (i + 1) + int(itemid(e['url']))
        http = scheme(e['url'])
        out.append(f'''<div id="cmt{cid}" class="dwexpcomment"><div class="comment-thread comment-depth-odd comment-depth-1">
<div class="dwexpcomment"><div class="comment-wrapper comment-wrapper-odd visible full" id="comment-cmt{cid}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="comment" id="cmt{cid}"><div class="inner"><div class="header"><div class="inner"><span class="comment-title"></span>
<span class="comment-poster">{dw_user(user, http=http)}</span><span class="datetime">{e['date'][0]}-{e['date'][1]:02d}-{e['date'][2]:02d} 11:{10 + i:02d} pm (UTC)</span></div></div>
<div class="contents"><div class="inner"><div class="comment-content">{text}</div></div></div>
<div class="footer"><div class="inner"><ul class="comment-interaction-links text-links"><li class="link commentpermalink"><a href="{e['url']}?thread={cid}#cmt{cid}">Link</a></li><li class="link reply"><a href="{e['url']}?replyto={cid}">Reply</a></li></ul></div></div></div></div>
</div></div></div></div>''')
    if not out:
        return ''
    return f'<div id="comments"><div class="inner"><h2>Comments</h2>\n' + '\n'.join(out) + '\n</div></div>'


def dw_page(kind, entries, journal, journal_title, style, page_url, page_title, subtitle='', year=2015, nav_prev=None):
    """Core2 page: kind 'entry' (one entry, comments) or 'recent'/'tag'/'read'/'comm' (several)."""
    jhost = journal.replace('_', '-') + '.dreamwidth.org'
    http = scheme(page_url)
    jbase = f'{http}://{jhost}/'
    body_class = {'entry': 'page-entry', 'recent': 'page-recent', 'tag': 'page-tag', 'read': 'page-read'}[kind]
    ents = '\n'.join(dw_entry(e, kind, i % 2 == 0) for i, e in enumerate(entries))
    comments = dw_comments(entries[0]) if kind == 'entry' else ''
    nav = ''
    if kind != 'entry':
        nav = f'<div class="navigation"><ul><li class="page-back"><a href="{page_url.split("?")[0]}?skip=20">Previous 20</a></li></ul></div>'
    og = ''
    if kind == 'entry':
        og = f'<meta property="og:title" content="{esc(entries[0]["subject"])}" />\n<meta property="og:type" content="article" />\n<meta property="og:url" content="{entries[0]["url"]}" />\n'
    scripts = DW_SCRIPTS.replace('JBASE', jbase.rstrip('/')).replace('JNAME', journal).replace('VER', str(1200000000 + year * 1000))
    sidebar = f'''<div id="secondary"><div class="inner">
<div class="module-wrapper"><div class="module-section-one"><div class="inner">
<div class="module-userprofile module"><h2 class="module-header">Profile</h2><div class="module-content"><p class="journal-name">{esc(journal_title)}</p>
<ul class="userlite-interaction-links icon-links"><li><a href="{jbase}profile"><img src="https://www.dreamwidth.org/img/silk/profile/viewprofile.png" alt="View Profile" title="View Profile" width="16" height="16" /></a></li></ul></div></div>
<div class="module-navlinks module"><h2 class="module-header">Navigation</h2><div class="module-content"><ul class="module-list">
<li class="module-list-item"><a href="{jbase}">Recent Entries</a></li><li class="module-list-item"><a href="{jbase}archive">Archive</a></li><li class="module-list-item"><a href="{jbase}read">Reading</a></li><li class="module-list-item"><a href="{jbase}tag/">Tags</a></li><li class="module-list-item"><a href="{jbase}profile">Profile</a></li></ul></div></div>
<div class="module-credit module"><h2 class="module-header">Style Credit</h2><div class="module-content"><ul class="module-list"><li class="module-list-item"><span class="style-credit-layout-label">Style:</span> <span class="style-credit-layout-name">{style}</span> for <span class="style-credit-theme-name">Custom</span></li></ul></div></div>
<div class="module-powered module"><div class="module-content"><span id="page-powered-by">Powered by <a href="https://www.dreamwidth.org/">Dreamwidth Studios</a></span></div></div>
</div></div></div></div></div>'''
    return f'''<!DOCTYPE html>
<html lang="en">
<head profile="http://www.w3.org/2006/03/hcard http://purl.org/uF/hAtom/0.1/ http://gmpg.org/xfn/11">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
{scripts}
<link rel="alternate" type="application/rss+xml" title="RSS: all entries" href="{jbase}data/rss" />
<link rel="alternate" type="application/atom+xml" title="Atom: all entries" href="{jbase}data/atom" />
<link rel="icon" type="image/png" href="https://www.dreamwidth.org/img/favicon.png" />
{og}<link rel="stylesheet" href="{jbase}res/{2000 + year}/stylesheet?{1200000000 + year}" type="text/css" />
<style type="text/css">
body {{ background: #fdfdf8; color: #222; font-family: Georgia, serif; }}
</style>
<title>{esc(page_title)}</title>
</head><body class="{body_class} {style.lower().replace(" ", "")} two-columns-left" >
<div id="lj_controlstrip" class="journal">
<div id="lj_controlstrip_user" class="controlstrip-user"><form id="Greeting" class="nopic" action="https://www.dreamwidth.org/login?ret=1" method="post"><label for="xc_user">Account name:</label> <input type="text" name="user" size="15" maxlength="25" id="xc_user" value="" /> <label for="xc_password">Password</label> <input type="password" name="password" size="15" maxlength="72" id="xc_password" /> <input type="submit" value="Log in" /> <a href="https://www.dreamwidth.org/lostinfo">Forgot it?</a> &nbsp;<a href="https://www.dreamwidth.org/openid/">Log in with OpenID</a></form></div>
<div id="lj_controlstrip_actionlinks" class="controlstrip-actionlinks">You're viewing {dw_user(journal, "C" if entries and entries[0].get("community") and kind != "read" else "P", http=http)}'s journal<br /><a href="https://www.dreamwidth.org/create">Create a Dreamwidth Account</a>&nbsp;&nbsp; <a href="https://www.dreamwidth.org/about">Learn More</a></div>
<div id="lj_controlstrip_search" class="controlstrip-search"><form action="https://www.dreamwidth.org/multisearch" method="post"><input type="text" title="Search" name="q" size="20" maxlength="255" /> <input type="submit" value="Go" /></form></div>
</div>
    <div id="canvas">
        <div class="inner">
            <div id="header">
                <div class="inner">
                    <h1 id="title"><span><a href='{jbase}'>{esc(journal_title)}</a></span></h1><h2 id="pagetitle"><span>{esc(subtitle)}</span></h2>
                </div>
            </div>
            <div id="content">
                <div class="inner">
                    <div id="primary"><div class="inner">
                        <div id="entries">
<div class="inner">
{ents}
</div>
{comments}
{nav}
                        </div>
                    </div></div>
{sidebar}
                </div>
            </div>
            <div id="footer"><div class="inner"><div class="page-top"><a href="#">Page generated {MONTHS[(year * 7) % 12]}. 3rd, 2025 10:12 am</a></div></div></div>
        </div>
    </div>
</body>
</html>
'''


# ---------------------------------------------------------------- LiveJournal S2 Generator (LJ, IJ, JF, Scribbld, DJ)

SITES = {
    'livejournal': ('livejournal.com', 'l-stat.livejournal.com', 'LiveJournal'),
    'insanejournal': ('insanejournal.com', 'stat.insanejournal.com', 'InsaneJournal'),
    'journalfen': ('journalfen.net', 'stat.journalfen.net', 'JournalFen'),
    'scribbld': ('scribbld.com', 'stat.scribbld.com', 'Scribbld'),
    'deadjournal': ('deadjournal.com', 'stat.deadjournal.com', 'DeadJournal'),
}


def gen_user(name, site, kind='P'):
    return lj_user_old(name, SITES[site][0], kind)


def gen_entrybox(e, site, kind):
    url = e['url']
    iid = itemid(url)
    dom = SITES[site][0]
    y, mo, d, hm = e['date']
    h, mi = map(int, hm.split(':'))
    ampm = f'{(h - 1) % 12 + 1}:{mi:02d}{"am" if h < 12 else "pm"}'
    subj = esc(e['subject'])
    content = e['index_html'] if kind != 'entry' and e.get('index_html') else e['html']
    currents = ''
    if e.get('currents'):
        rows = ''.join(f'<tr><td class="meta">[</td><td class="meta" align="right"><b>Current {k.lower()}</b></td>\n            <td class="meta" align="center">|</td><td class="meta">{esc(v)}</td><td class="meta">]</td></tr>' for k, v in e['currents'])
        currents = f'<table cellspacing="0" cellpadding="0" border="0" summary="">{rows}</table><br />'
    tags = ''
    if e.get('tags'):
        jb = base_of(url)
        tags = '<br /><br /><div class="ljtags"><strong>Tags:</strong> ' + ', '.join(f'<a rel="tag" href="{jb}tag/{t.replace(" ", "+")}">{esc(t)}</a>' for t in e['tags']) + '</div>'
    who = ''
    if e.get('community') or kind == 'friends':
        who = f'<div class="poster">{gen_user(e["poster"], site)}' + (f' posting in {gen_user(e["journal"], site, "C")}' if e.get('community') else '') + '</div>'
    nav = ''
    if kind == 'entry':
        j = e['journal']
        nav = (f"<div style='text-align: center'><a href=\"http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev\"><img src=\"http://{SITES[site][1]}/img/btn_prev.gif\" width=\"22\" height=\"20\" alt=\"Previous Entry\" title=\"Previous Entry\" border=\"0\" align=\"absmiddle\" /></a>  "
               f"<a href=\"http://www.{dom}/tools/memadd.bml?journal={j}&amp;itemid={iid}\"><img src=\"http://{SITES[site][1]}/img/btn_mem.gif\" width=\"22\" height=\"20\" alt=\"Add to Memories\" title=\"Add to Memories\" border=\"0\" align=\"absmiddle\" /></a>  "
               f"<a href=\"http://www.{dom}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next\"><img src=\"http://{SITES[site][1]}/img/btn_next.gif\" width=\"22\" height=\"20\" alt=\"Next Entry\" title=\"Next Entry\" border=\"0\" align=\"absmiddle\" /></a></div><br />")
    nc = e.get('ncomments', 0)
    links = (f'<a href="{url}">Link</a></td><td align=\'right\' class=\'comments\'><a href="{url}?mode=reply#add_comment" rel="nofollow">Reply</a><br/>' if kind == 'entry'
             else f'<a href="{url}">{nc} comments</a>|<a href="{url}?mode=reply">Leave a comment</a></td><td align=\'right\' class=\'comments\'>')
    fcolor = ''
    if kind == 'friends':
        fcolor = f'<td class="caption" style="background:#335;" align="left"><a href="{base_of(url)}" style="color:#fff">{e["journal"]}</a></td>'
    return f'''<table width="600" cellpadding="2" cellspacing="0" border="0" summary="" class="entrybox">
<tr align='left'>
<td bgcolor="#000000" align="center">
<table width="100%" cellpadding="5" cellspacing="0" border="0" summary="">
<tr align='left'>{fcolor}
<td class="caption">{subj}</td>
<td align="right" class="index">[{d:02d} {MONTHS[mo - 1]} {y}|<b>{ampm}</b>]
</td>
</tr>
<tr align='left'>
<td colspan="{3 if fcolor else 2}" bgcolor="#ffffff">
{nav}{who}{currents}{content}{tags}</td></tr>
<tr bgcolor="#dddddd"><td align='left' class='comments' valign='top'{' colspan="2"' if fcolor else ''}>
    {links}</td></tr></table></td></tr></table><p>'''


def gen_comments(e, site):
    out = []
    for i, (user, text) in enumerate(e.get('comments', [])):
        cid = 20000 + 2417 * (i + 1) + int(itemid(e['url']))
        out.append(f'''<a name="t{cid}"></a><table width="100%" class="talk-comment" id="ljcmt{cid}"><tr><td>
<table width="100%" cellpadding="3" cellspacing="0" border="0"><tr><td bgcolor="#dddddd">{gen_user(user, site)}<br /><font size="-1">{e["date"][0]}-{e["date"][1]:02d}-{e["date"][2]:02d} 11:{20 + i:02d} pm (UTC)</font><br /><font size="-1">(<a href="{e["url"]}?thread={cid}#t{cid}">Link</a>)</font></td></tr>
<tr><td>{text}<br /><br />(<a href="{e["url"]}?replyto={cid}">Reply</a>) (<a href="{e["url"]}?thread={cid}#t{cid}">Thread</a>)</td></tr></table></td></tr></table>''')
    return '\n'.join(out)


def gen_page(kind, entries, site, journal, journal_title, page_url, page_title, year, is_comm=False):
    dom, stat, sitename = SITES[site]
    jbase = base_of(page_url) if kind == 'entry' or kind == 'recent' else f'http://{journal.replace("_", "-")}.{dom}/'
    boxes = '\n'.join(gen_entrybox(e, site, kind) for e in entries)
    comments = gen_comments(entries[0], site) if kind == 'entry' else ''
    if comments:
        comments = f'<div id="comments" style="width:600px;text-align:left">{comments}</div>'
    rel = ''
    if kind == 'entry':
        iid = itemid(entries[0]['url'])
        rel = (f"<link href='http://www.{dom}/go.bml?journal={journal}&amp;itemid={iid}&amp;dir=prev' rel='Previous' />\n"
               f"<link href='http://www.{dom}/go.bml?journal={journal}&amp;itemid={iid}&amp;dir=next' rel='Next' />\n")
    navtxt = ''
    if kind != 'entry':
        navtxt = f'<table width="600" class="box"><tr><td class="index" align="center">[<a href="{page_url.split("?")[0]}?skip=20">&lt;&lt; Previous 20</a>]</td></tr></table>'
    return f'''<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>

    <head>
<link rel="stylesheet" type="text/css" href="http://{stat}/??lj_base.css,controlstrip-new.css,widgets/calendar.css,lj_base-journal.css?v={1100000000 + year * 37}" />
<script type="text/javascript">
    var LJVAR;
    if (!LJVAR) LJVAR = new Object();
    LJVAR.imgprefix = "http://{stat}/img";
    LJVAR.siteroot = "http://www.{dom}";
    LJVAR.statprefix = "http://{stat}";
    LJVAR.currentJournalBase = "{jbase.rstrip('/')}";
    LJVAR.currentJournal = "{journal}";
    LJVAR.has_remote = 0;
    var Site;
    if (!Site) Site = {{}};
    Site.current_journal = {{"is_comm":"{1 if is_comm else ''}","journal_url":"{jbase}","username":"{journal}","display_username":"{journal}"}};
</script>
<script type="text/javascript" src="http://{stat}/js/??core.js,dom.js,httpreq.js,livejournal.js,basic.js,lj_ippu.js,controlstrip.js,esn.js,entry.js,ljtags.js?v={1100000000 + year * 37}"></script>
<meta name="description" content="{journal} - {sitename}" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{jbase}data/rss" />
{rel}<style type="text/css">
body, td {{ font-family: verdana, sans-serif; font-size: 10pt; }}
a {{ text-decoration: none; }}
.meta {{ font-size: 8pt; }}
.index {{ font-size: 8pt; }}
.caption, .index {{ color: #ffffff; }}
.comments {{ font-size: 8pt; }}
</style>
<title>{esc(page_title)}</title>
</head>
<body bgcolor="#aaaaaa" text="#000000" link="#0000ff" vlink="#0000ff" alink="#00ffff">
<div id="lj_controlstrip" class="w-cs-user">
<table id="lj_controlstrip_table" cellpadding="0" cellspacing="0"><tr>
<td id="lj_controlstrip_statustext"><a href="http://www.{dom}/"><img src="http://{stat}/img/controlstrip/logo.gif" alt="{sitename}" width="92" height="26" border="0" /></a></td>
<td id="lj_controlstrip_user" nowrap="nowrap"><form id="Greeting" class="nopic" action="http://www.{dom}/login.bml?ret=1" method="post"><label for="xc_user">Username:</label> <input type="text" name="user" size="7" id="xc_user" value="" /> <label for="xc_password">Password:</label> <input type="password" name="password" size="7" id="xc_password" /> <input type="submit" value="Log in" /> <a href="http://www.{dom}/create.bml">Create an Account</a></form></td>
<td id="lj_controlstrip_actionlinks" nowrap="nowrap">You are viewing {gen_user(journal, site, "C" if is_comm else "P")}'s journal</td>
</tr></table>
</div>
<div class="wrapper"><div align="center">
<table width="600" cellpadding="2" cellspacing="0" border="0" summary="" class="box" id="topbox">
<tr><td bgcolor="#000000" align="center">
<table width="100%" cellpadding="3" cellspacing="0" border="0" summary="">
<tr class="caption"><td class="caption" align="left"><b>{esc(journal_title)}</b></td>
<td class="index" align="right">[<a class='index' href='{jbase}'>Recent Entries</a>|<a class='index' href='{jbase}calendar'>Archive</a>|<a class='index' href='{jbase}friends'>Friends</a>|<a class='index' href='{jbase}profile'>User Info</a>]</td>
</tr></table>
</td></tr>
</table>
<p>
{boxes}
{navtxt}
{comments}
</div>
</div>
</body>
</html>
'''


# ---------------------------------------------------------------- LiveJournal 2016 b-singlepost and 2017+ aentry

SCHEMIUS_HEAD = '''<div class="s-header s-header--schemius">
    <div class="s-header-item s-header-item--logo"><a href="https://www.livejournal.com/" class="s-header-item__link s-header-item__link--logo" title="LiveJournal"><svg class="svgicon" width="32" height="32"><use xlink:href="#svgicon-logo"></use></svg></a></div>
    <nav class="s-nav" role="navigation">
        <ul class="s-nav-items">
            <li class="s-nav-item"><a class="s-nav-rootlink" href="https://www.livejournal.com/">LiveJournal</a></li>
            <li class="s-nav-item"><a class="s-nav-rootlink" href="https://www.livejournal.com/media">Find more</a>
                <ul class="s-nav-sub"><li><a href="https://www.livejournal.com/search/">Search</a></li><li><a href="https://www.livejournal.com/ratings/users/">Ratings</a></li><li><a href="https://www.livejournal.com/communities/">Communities</a></li></ul></li>
            <li class="s-nav-item"><a class="s-nav-rootlink" href="https://www.livejournal.com/shop">Shop</a></li>
        </ul>
    </nav>
    <div class="s-header-item s-header-item--login"><a href="https://www.livejournal.com/login.bml" class="s-header-item__link s-header-item__link--login">Log in</a></div>
    <div class="s-header-item s-header-item--create"><a href="https://www.livejournal.com/create" class="s-header-item__link s-header-item__link--create">Create a blog</a></div>
</div>'''

SCHEMIUS_FOOT = '''<footer class="s-footer">
    <ul class="s-footer-nav">
        <li class="s-footer-nav__item"><a href="https://www.livejournal.com/about/">About</a></li>
        <li class="s-footer-nav__item"><a href="https://www.livejournal.com/legal/tos.bml">Terms of Service</a></li>
        <li class="s-footer-nav__item"><a href="https://www.livejournal.com/legal/privacy.bml">Privacy Policy</a></li>
        <li class="s-footer-nav__item"><a href="https://www.livejournal.com/support/">Help</a></li>
    </ul>
    <p class="s-footer-copy">&copy; LiveJournal. All rights reserved.</p>
</footer>'''


def tags_links(e, cls):
    jb = base_of(e['url'])
    return ', '.join(f'<a href="{jb}tag/{t.replace(" ", "%20")}" rel="tag">{esc(t)}</a>' for t in e.get('tags', []))


def singlepost_page(e, journal_title):
    url, j, iid = e['url'], e['journal'], itemid(e['url'])
    y, mo, d, hm = e['date']
    author = lj_user_new(e['poster'])
    if e.get('community'):
        author = f'{lj_user_new(e["poster"])} in {lj_user_new(j, "C")}'
    tags = f'<div class="b-singlepost-tags ljtags"><span class="b-singlepost-tags-title">Tags:</span> {tags_links(e, "b")}</div>' if e.get('tags') else ''
    xylem = ''
    if e.get('recommended'):
        items = ''.join(f'<li class="b-xylem-item"><a class="b-xylem-title" href="{u}">{esc(t)}</a><p class="b-xylem-excerpt">{esc(x)}</p></li>' for u, t, x in e['recommended'])
        xylem = f'<div class="b-xylem b-xylem-first"><h3 class="b-xylem-head">Recommended posts from this journal</h3><ul class="b-xylem-list">{items}</ul></div>'
    s = esc(e['subject'])
    return f'''<!DOCTYPE html>
<html class="html-schemius html-adaptive" lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{s} - {esc(journal_title)}</title>
<meta property="og:title" content="{s}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" type="text/css" href="https://l-stat.livejournal.net/??schemius_v4/headerfooter.css,schemius_v4/widgets/singlepost.css,journal/singlepost.css,lj_base-journal.css?v=1457612345">
<script type="text/javascript">
    Site = window.Site || {{}};
    Site.current_journal = {{"journal_url": "https://{host_of(url)}/", "username": "{j}", "is_comm": "{1 if e.get("community") else ""}"}};
</script>
<script type="text/javascript" src="https://l-stat.livejournal.net/??lj.js,jquery/jquery.lj.entry.js,singlepost/singlepost.js?v=1457612345"></script>
<link href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev" rel="Previous">
<link href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next" rel="Next">
</head>
<body class="s-schemius p-singlepost">
{SCHEMIUS_HEAD}
<div class="s-body">
<div class="b-singlepost-wrapper">
<div class="b-singlepost-journal"><a class="b-singlepost-journal-title" href="https://{host_of(url)}/">{esc(journal_title)}</a></div>
<article class="b-singlepost hentry" data-ditemid="{iid}">
    <h1 class="b-singlepost-title entry-title p-name">{s}</h1>
    <div class="b-singlepost-author">
        <span class="b-singlepost-author-user">{author}</span>
        <time class="b-singlepost-author-date published dt-published" datetime="{y}-{mo:02d}-{d:02d}T{hm}:00">{MONTHS_LONG[mo - 1]} {d}, {y}, {hm}</time>
    </div>
    <div class="b-singlepost-body entry-content e-content" lj-embed-resizer>{e["html"]}</div>
    {tags}
    <div class="b-singlepost-standout">
        <ul class="b-singlepost-standout-items">
            <li class="b-singlepost-standout-item"><a href="{url}?mode=reply#add_comment" class="b-singlepost-standout-addcomments">Leave a comment</a></li>
            <li class="b-singlepost-standout-item"><span class="b-singlepost-standout-comments">{e.get("ncomments", 0)} comments</span></li>
        </ul>
    </div>
</article>
<nav class="b-singlepost-prevnext">
    <a class="b-singlepost-prevnext-link b-singlepost-prevnext-link-prev" href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev" title="Previous Entry">Previous Entry</a>
    <a class="b-singlepost-prevnext-link b-singlepost-prevnext-link-next" href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next" title="Next Entry">Next Entry</a>
</nav>
{xylem}
<div class="b-grove b-grove-hidden" id="comments"><noscript><p>Comments are loaded with JavaScript. <a href="{url}?view=flat&amp;nojs=1">View comments</a></p></noscript></div>
</div>
</div>
{SCHEMIUS_FOOT}
</body>
</html>
'''


def aentry_page(e):
    url, j, iid = e['url'], e['journal'], itemid(e['url'])
    y, mo, d, hm = e['date']
    author = lj_user_new(e['poster'])
    if e.get('community'):
        author = f'{lj_user_new(e["poster"])} in {lj_user_new(j, "C")}'
    s = esc(e['subject'])
    tags = ''
    if e.get('tags'):
        jb = base_of(url)
        lis = ''.join(f'<li class="aentry-tags__item"><a class="aentry-tags__link" href="{jb}tag/{t.replace(" ", "%20")}" rel="tag">{esc(t)}</a></li>' for t in e['tags'])
        tags = f'<div class="aentry-tags ljtags"><span class="aentry-tags__title">Tags:</span> <ul class="aentry-tags__list">{lis}</ul></div>'
    comments_json = ', '.join('{"dname": "%s", "article": "%s"}' % (u, re.sub(r'<[^>]+>', '', t).replace('"', '\\"')) for u, t in e.get('comments', []))
    return f'''<!DOCTYPE html>
<html class="html-schemius html-adaptive html-desktop html-nobanner" lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{s}: {j} &mdash; LiveJournal</title>
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<meta property="og:title" content="{s}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" type="text/css" href="https://l-stat.livejournal.net/??schemius_v4/headerfooter.css,journal/entry/post2017.css,journal/comments/acomments.css?v=1719000000">
<script type="text/javascript">
    Site = window.Site || {{}};
    Site.entry = {{"ditemid": {iid}, "journal": "{j}", "poster": "{e["poster"]}", "is_public": true}};
    Site.page = {{"journal": "{j}", "ditemid": {iid}, "replycount": {len(e.get("comments", []))}, "comments": [{comments_json}]}};
</script>
<script type="text/javascript" src="https://l-stat.livejournal.net/??lj.js,journal/comments/acomments.js,journal/entry/post2017.js?v=1719000000"></script>
</head>
<body class="s-schemius p-schemius-entry p-adaptive">
{SCHEMIUS_HEAD}
<div class="s-body">
<div class="mdspost-wrapper">
<div class="mdspost-banner" data-slot="entry-top"><div class="lj-ads-slot" id="lj-ad-entry-top"></div></div>
<article class="aentry aentry--post2017 post-page hentry" data-journal="{j}" data-ditemid="{iid}">
    <header class="aentry-head aentry-head--post2017">
        <div class="aentry-head__block">
            <h1 class="aentry-post__title aentry-post__title--head"><span class="aentry-post__title-text">{s}</span></h1>
        </div>
        <div class="aentry-head__meta">
            <span class="aentry-head__author">{author}</span>
            <time class="aentry-head__date" datetime="{y}-{mo:02d}-{d:02d}T{hm}:00">{MONTHS[mo - 1]} {d}, {y} {hm}</time>
        </div>
    </header>
    <div class="aentry-post__content">
        <div class="aentry-post__text aentry-post__text--view">{e["html"]}</div>
    </div>
    <footer class="aentry-footer">
        {tags}
        <ul class="aentry-footer__actions">
            <li class="aentry-footer__item"><a href="{url}?mode=reply#add_comment" class="aentry-footer__link">Leave a comment</a></li>
            <li class="aentry-footer__item"><span class="aentry-footer__comments">{len(e.get("comments", []))} comments</span></li>
        </ul>
    </footer>
</article>
<nav class="aentry-nav">
    <ul class="aentry-nav__list">
        <li class="aentry-nav__item aentry-nav__item--prev"><a class="aentry-nav__link aentry-nav__link--prev" href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev">Previous post</a></li>
        <li class="aentry-nav__item aentry-nav__item--next"><a class="aentry-nav__link aentry-nav__link--next" href="https://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next">Next post</a></li>
    </ul>
</nav>
<div class="acomments" id="comments">
    <div class="acomments__inner" data-count="{len(e.get("comments", []))}"><noscript><p class="acomments__noscript">Comments require JavaScript. <a href="{url}?view=flat&amp;nojs=1">View comments without scripts</a>.</p></noscript></div>
</div>
</div>
</div>
{SCHEMIUS_FOOT}
</body>
</html>
'''


# ---------------------------------------------------------------- Wayback playback wrapper

def wayback(page, ts, orig_url, absolute=False):
    """Wraps a page as the Wayback Machine replays it: playback includes, toolbar, every absolute
    href/src/action rewritten through /web/TS/ (im_/js_/cs_ for images, scripts, stylesheets)."""
    prefix = 'https://web.archive.org/web/' if absolute else '/web/'

    def rw(m):
        attr, q, u = m.group(1), m.group(2), m.group(3)
        tag_ctx = m.string[max(0, m.start() - 200):m.start()]
        lt = tag_ctx.rfind('<')
        tag = tag_ctx[lt + 1:].split()[0].lower() if lt >= 0 else ''
        mod = ''
        if attr == 'src' and tag == 'img':
            mod = 'im_'
        elif attr == 'src' and tag == 'script':
            mod = 'js_'
        elif attr == 'href' and tag == 'link' and 'stylesheet' in tag_ctx[lt:]:
            mod = 'cs_'
        return f'{attr}={q}{prefix}{ts}{mod}/{u}{q}'

    out = re.sub(r'\b(href|src|action)=(["\'])(https?://[^"\']+)\2', rw, page)
    y, mo, d = int(ts[:4]), int(ts[4:6]), int(ts[6:8])
    hh, mm, ss = ts[8:10], ts[10:12], ts[12:14]
    human = f'{hh}:{mm}:{ss} {MONTHS[mo - 1]} {d}, {y}'
    with open(os.path.join(HERE, 'wayback-toolbar.html'), encoding='utf-8') as f:
        bar = f.read()
    bar = bar.replace('20090612010203', ts).replace('http://marginal-gloss.livejournal.com/20144.html', orig_url)
    bar = bar.replace('http%3A%2F%2Fmarginal-gloss.livejournal.com%2F20144.html', orig_url.replace(':', '%3A').replace('/', '%2F'))
    bar = bar.replace('01:02:03 Jun 12, 2009', human).replace('>JUN<', f'>{MONTHS[mo - 1].upper()}<').replace('>12</td>', f'>{d}</td>').replace('>2009</td>', f'>{y}</td>')
    bar = bar.replace('12 Jun 2009 - 30 Jan 2016', f'{d} {MONTHS[mo - 1]} {y} - 30 Jan 2016')
    bar = re.sub(r'/web/2009071500000+/', f'/web/{y}{mo:02d}20000000/', bar)
    head_inc = f'''<script src="//archive.org/includes/athena.js" type="text/javascript"></script>
<script type="text/javascript">window.addEventListener('DOMContentLoaded',function(){{var v=archive_analytics.values;v.service='wb';v.server_name='wwwb-app220.us.archive.org';v.server_ms=287;archive_analytics.send_pageview({{}});}});</script>
<script type="text/javascript" src="/_static/js/bundle-playback.js?v=1WaXNDFE" charset="utf-8"></script>
<script type="text/javascript" src="/_static/js/wombat.js?v=txqj7nKC" charset="utf-8"></script>
<script type="text/javascript">
  __wm.init("https://web.archive.org/web");
  __wm.wombat("{orig_url}","{ts}","https://web.archive.org/","web","/_static/",
	      "1244768520");
</script>
<link rel="stylesheet" type="text/css" href="/_static/css/banner-styles.css?v=S1zqJCYt" />
<link rel="stylesheet" type="text/css" href="/_static/css/iconochive.css?v=qtvMKcIJ" />
<!-- End Wayback Rewrite JS Include -->
'''
    out = re.sub(r'<head([^>]*)>', lambda m: f'<head{m.group(1)}>' + head_inc, out, count=1)
    out = re.sub(r'<body([^>]*)>', lambda m: f'<body{m.group(1)}>' + bar, out, count=1)
    out += f'''<!--
     FILE ARCHIVED ON {human} AND RETRIEVED FROM THE
     INTERNET ARCHIVE ON 09:14:51 Mar 02, 2024.
     JAVASCRIPT APPENDED BY WAYBACK MACHINE, COPYRIGHT INTERNET ARCHIVE.

     ALL OTHER CONTENT MAY ALSO BE PROTECTED BY COPYRIGHT (17 U.S.C.
     SECTION 108(a)(3)).
-->
'''
    return out


def wb(ts, url, absolute=False):
    return ('https://web.archive.org/web/' if absolute else 'https://web.archive.org/web/') + f'{ts}/{url}'


# ---------------------------------------------------------------- LiveJournal ?format=light (talkread.bml in the Lynx scheme)

def light_page(e, year):
    url, j, iid = e['url'], e['journal'], itemid(e['url'])
    y, mo, d, hm = e['date']
    jb = base_of(url)
    s = esc(e['subject'])
    if e.get('community'):
        who = f"{esc(e.get('poster_name', e['poster']))} ({lj_user_old(e['poster'])}) wrote in {lj_user_old(j, kind='C')},"
    else:
        who = f"{esc(e.get('poster_name', e['poster']))} ({lj_user_old(e['poster'])}) wrote,"
    tags = '<div><p>'
    if e.get('tags'):
        tags = "<div><table border=0>\n<tr><td align=right><b>Entry tags:</b></td><td>" + ', '.join(f"<a href='{jb}tag/{t.replace(' ', '%20')}'>{esc(t)}</a>" for t in e['tags']) + '</td></tr>\n</table><p>'
    cm = []
    for i, (user, text) in enumerate(e.get('comments', [])):
        cid = 30000 + 911 * (i + 1) + int(iid)
        cm.append(f'<div id="ljcmt{cid}" style="margin-left: 0px; margin-top: 5px;"><a name=\'t{cid}\'></a><table class=\'talk-comment\' width=\'100%\'><tr><td><div class="comment-head"><span class="commenter-name">{lj_user_old(user)}</span> <span class="datetime">{y}-{mo:02d}-{d:02d} 23:{10 + i:02d} (UTC)</span> <a href="{url}?thread={cid}#t{cid}">#</a></div><div class="comment-text">{text}</div><div class="comment-links">(<a href="{url}?replyto={cid}">Reply</a>) (<a href="{url}?thread={cid}#t{cid}">Thread</a>)</div></td></tr></table></div>')
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="X-UA-Compatible" content="IE=EmulateIE7; IE=EmulateIE9" />
<link rel="home" title="Home" href="http://www.livejournal.com/" />
<link rel="contents" title="Site Map" href="http://www.livejournal.com/site/" />
<link rel="help" title="Help" href="http://www.livejournal.com/support/" />
<style>
    #Comments q {{ padding-left: 2.5em; font-style: italic; }}
</style>
<title>{j}: {s}</title>
<link rel="stylesheet" type="text/css" href="http://l-stat.livejournal.com/??lj_base-app.css,lynx/layout.css,lj_base-journal.css?v={1300000000 + year}" />
<script type="text/javascript" src="http://l-stat.livejournal.com/js/??core.js,dom.js,httpreq.js,livejournal.js,basic.js,jquery/jquery.lj.basicWidget.js,entry.js?v={1300000000 + year}"></script>
<link href='http://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev' rel='Previous' />
<link href='http://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next' rel='Next' />
<meta property="og:title" content="{s}" />
<meta property="og:url" content="{url}" />
</head>

<body class='scheme-lynx' >

<p><table><tr valign='middle'><td>{who}<br /><font size='-1'>@ <a href="{jb}{y}/">{y}</a>-<a href="{jb}{y}/{mo:02d}/">{mo:02d}</a>-<a href="{jb}{y}/{mo:02d}/{d:02d}/">{d:02d}</a> {hm}:00</font></td></tr></table><div class="b-linkbar"><ul class="b-linkbar-controls"><li><a href="http://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev" rel="nofollow" title="Previous Entry" class="b-controls b-controls-prev"><i class="b-controls-bg"></i>Previous Entry</a></li><li><a href="http://www.livejournal.com/tools/memadd.bml?journal={j}&amp;itemid={iid}" rel="nofollow" title="Add to memories!" class="b-controls b-controls-memadd"><i class="b-controls-bg"></i>Add to memories!</a></li><li><a href="http://www.livejournal.com/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next" rel="nofollow" title="Next Entry" class="b-controls b-controls-next"><i class="b-controls-bg"></i>Next Entry</a></li></ul></div>{tags}
<font face='Arial,Helvetica' size='+1'><i><b>{s}</b></i></font><br />
{e["html"]}</div><br style='clear: both' /><hr width='100%' size='2' align='center' />
<div id='Comments'><a name='comments'></a><p class='lesstop' align='center'><b>{len(cm)} comments | <a href='{url}?mode=reply#add_comment'>Leave a comment</a></b></p>
{chr(10).join(cm)}
</div>

<hr style="clear:both;" />

<p>
    [
    <a href='http://www.livejournal.com/'>Home</a> |
    <a href='http://www.livejournal.com/login.bml'>Log in</a> |
    <a href='http://www.livejournal.com/site/search.bml'>Search</a> |
    <a href='http://www.livejournal.com/site/'>Site Map</a>
    ]
</p>

</body>
</html>
'''
