"""Page renderers no held-out corpus used before (tests/heldout11). Neither is in the LiveJournal code on GitHub (that code
stops in 2010), so both are modelled on the pages as LiveJournal served them, class names and all:
- LiveJournal's mobile site (m.livejournal.com, 2013-2017): `/read/user/NAME/ID` entry pages in the mobile shell
  (`body.p-mobile`, the `div.header` bar with the logo and Log in, the journal's `div.item-header`, `div.post` with
  `h1.post-title`, `div.post-meta`, `div.post-body`, `div.post-tags`; `div.post-nav` "← Previous / Next →" between mobile
  addresses; comments as `div.comment` with `div.comment-head` and `div.comment-text`; "Full version" in the footer).
- LiveJournal's 2019+ journal pages in the site's own design (the "mdspost" entry: `article.mdspost-post`,
  `h1.mdspost-title`, `div.mdspost-author`, `div.mdspost-text-container > div.mdspost-text`, `div.mdspost-tags`,
  `nav.mdspost-nav` with DIRECT links to the previous and next posts of the journal and their subjects, comments handed to
  the page in `Site.page` JSON only, the "More from this journal" and "Popular" blocks)."""
import json

from layouts import MONTHS_LONG, SCHEMIUS_FOOT, esc, itemid, lj_user_new


def _host(j):
    return f'https://{j.replace("_", "-")}.livejournal.com/'


def mobile_url(e):
    return f'https://m.livejournal.com/read/user/{e["journal"]}/{itemid(e["url"])}'


def mobile_page(e, year, prev=None, nxt=None):
    """prev / nxt: entries whose MOBILE addresses the nav links."""
    j = e['journal']
    y, mo, d, hm = e['date']
    tags = ''
    if e.get('tags'):
        tags = '<div class="post-tags">Tags: ' + ', '.join(f'<a href="https://m.livejournal.com/read/user/{j}/tag/{esc(t)}">{esc(t)}</a>' for t in e['tags']) + '</div>'
    nav = []
    if prev:
        nav.append(f'<a class="post-nav__prev" href="{mobile_url(prev)}">&larr; Previous</a>')
    if nxt:
        nav.append(f'<a class="post-nav__next" href="{mobile_url(nxt)}">Next &rarr;</a>')
    cms = ''.join(f'<div class="comment" id="t{int(itemid(e["url"])) * 7 + n}"><div class="comment-head"><a href="https://m.livejournal.com/read/user/{u}/">{u}</a> <span class="comment-date">{MONTHS_LONG[mo - 1][:3]} {min(d + 1, 28)}, {y}</span></div>'
                  f'<div class="comment-text">{esc(t)}</div><div class="comment-actions"><a href="https://m.livejournal.com/read/user/{j}/{itemid(e["url"])}/comments/t{int(itemid(e["url"])) * 7 + n}">Reply</a></div></div>'
                  for n, (u, t) in enumerate(e.get('comments', [])))
    nc = len(e.get('comments', []))
    return f'''<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(j)}: {esc(e.get("subject", ""))} — LiveJournal</title>
<link rel="canonical" href="{e["url"]}">
<link rel="stylesheet" href="https://l-stat.livejournal.net/??mobile/reset.css,mobile/mobile.css?v={1360000000 + (year - 2013) * 31000000}">
<script>var Site = {{"siteroot":"https://m.livejournal.com","currentJournal":"{j}"}};</script>
</head>
<body class="p-mobile p-mobile-read">
<div class="header"><a href="https://m.livejournal.com/" class="logo">LiveJournal</a> <a class="header-login" href="https://m.livejournal.com/login">Log in</a> <a class="header-menu" href="https://m.livejournal.com/menu">Menu</a></div>
<div class="content">
<div class="item-header"><a href="https://m.livejournal.com/read/user/{j}/"><b>{esc(j)}</b></a> <span class="item-header__sub"><a href="https://m.livejournal.com/read/user/{j}/profile">profile</a></span></div>
<div class="post">
<h1 class="post-title">{esc(e.get("subject", ""))}</h1>
<div class="post-meta"><span class="post-date">{MONTHS_LONG[mo - 1]} {d}, {y}, {hm}</span></div>
<div class="post-body">{e["html"]}</div>
{tags}
<div class="post-actions"><a href="https://m.livejournal.com/read/user/{j}/{itemid(e["url"])}/comments">{nc} comments</a> · <a href="https://m.livejournal.com/read/user/{j}/{itemid(e["url"])}/reply">Reply</a></div>
</div>
<div class="post-nav">{" ".join(nav)}</div>
<div class="comments">{cms}</div>
</div>
<div class="footer"><a href="{e["url"]}?nojs=1">Full version</a> · <a href="https://m.livejournal.com/">Home</a> · <a href="https://www.livejournal.com/legal/tos.bml">Terms of Service</a> · © LiveJournal</div>
</body>
</html>
'''


def _md_nav(prev, nxt):
    out = []
    if prev:
        out.append(f'<a class="mdspost-nav__item mdspost-nav__item--prev" href="{prev["url"]}"><span class="mdspost-nav__label">Previous post</span> <b class="mdspost-nav__title">{esc(prev["subject"])}</b></a>')
    if nxt:
        out.append(f'<a class="mdspost-nav__item mdspost-nav__item--next" href="{nxt["url"]}"><span class="mdspost-nav__label">Next post</span> <b class="mdspost-nav__title">{esc(nxt["subject"])}</b></a>')
    return '<nav class="mdspost-nav">' + ''.join(out) + '</nav>'


def md_entry_page(e, journal_title, year, prev=None, nxt=None, more=()):
    url, j, iid = e['url'], e['journal'], itemid(e['url'])
    y, mo, d, hm = e['date']
    tags = ''
    if e.get('tags'):
        tags = '<div class="mdspost-tags"><span class="mdspost-tags__title">Tags:</span> ' + ', '.join(f'<a class="mdspost-tag" rel="tag" href="{_host(j)}tag/{t.replace(" ", "%20")}">{esc(t)}</a>' for t in e['tags']) + '</div>'
    comments = [{'dtalkid': int(iid) * 3 + n, 'uname': u, 'article': esc(t), 'ctime': f'{MONTHS_LONG[mo - 1]} {min(d + 1, 28)} {y}, 1{n}:0{n}:00 UTC'} for n, (u, t) in enumerate(e.get('comments', []))]
    page = json.dumps({'comments': comments, 'replycount': len(comments), 'journal': j, 'ditemid': int(iid)}, ensure_ascii=False)
    more_html = ''
    if more:
        more_html = ('<section class="mdspost-more"><h3 class="mdspost-more__head">More from this journal</h3><ul class="mdspost-more__list">'
                     + ''.join(f'<li class="mdspost-more__item"><a href="{u}">{esc(s)}</a></li>' for u, s in more) + '</ul></section>')
    return f'''<!DOCTYPE html>
<html class="html-schemius html-mdspost" lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(j)}: {esc(e.get("subject", ""))}: LiveJournal</title>
<meta property="og:title" content="{esc(e.get("subject", ""))}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" type="text/css" href="https://l-stat.livejournal.net/??schemius_v4/headerfooter.css,mdspost/mdspost.css,journal/journal.css?v={1550000000 + (year - 2019) * 31000000}">
<script type="text/javascript">
    Site = window.Site || {{}};
    Site.current_journal = {{"journal_url": "{_host(j)}", "username": "{j}", "is_comm": ""}};
    Site.page = {page};
</script>
<script type="text/javascript" src="https://l-stat.livejournal.net/??lj.js,mdspost/mdspost.js,comments/comments.js?v={1550000000 + (year - 2019) * 31000000}"></script>
</head>
<body class="s-schemius p-mdspost">
<header class="s-header s-header--schemius"><a href="https://www.livejournal.com/" class="s-header__logo">LiveJournal</a>
<nav class="s-nav"><ul class="s-nav-items"><li class="s-nav-item"><a href="https://www.livejournal.com/">Main</a></li><li class="s-nav-item"><a href="https://www.livejournal.com/feed/">Feed</a></li><li class="s-nav-item"><a href="https://www.livejournal.com/ratings/">Top</a></li><li class="s-nav-item"><a href="https://www.livejournal.com/shop/">Shop</a></li></ul></nav>
<div class="s-header-item s-header-item--login"><a href="https://www.livejournal.com/login.bml">Log in</a></div><div class="s-header-item"><a href="https://www.livejournal.com/create">Create a blog</a></div></header>
<div class="mdspost-journal-head"><a class="mdspost-journal-head__title" href="{_host(j)}">{esc(journal_title)}</a> <a href="{_host(j)}profile">Profile</a> <a href="{_host(j)}calendar">Archive</a></div>
<main class="mdspost-main">
<article class="mdspost-post hentry" data-ditemid="{iid}" id="post-{j}-{iid}">
<header class="mdspost-post__header">
<h1 class="mdspost-title entry-title">{esc(e.get("subject", ""))}</h1>
<div class="mdspost-author">{lj_user_new(e["poster"])} <time class="mdspost-date published" datetime="{y}-{mo:02d}-{d:02d}T{hm}:00">{MONTHS_LONG[mo - 1]} {d} {y}, {hm}</time></div>
</header>
<div class="mdspost-text-container"><div class="mdspost-text entry-content">{e["html"]}</div></div>
{tags}
<div class="mdspost-actions"><a class="mdspost-actions__item" href="{url}?mode=reply#add_comment">Leave a comment</a> <a class="mdspost-actions__item" href="{url}#comments">{len(comments)} comments</a> <a class="mdspost-actions__item" href="https://www.livejournal.com/tools/tellafriend.bml?journal={j}&amp;itemid={iid}">Share</a></div>
</article>
{_md_nav(prev, nxt)}
<div class="mdspost-comments" id="comments"><div class="mdspost-comments__placeholder">Loading comments…</div></div>
{more_html}
<section class="mdspost-popular"><h3>Popular in fandom</h3><ul><li><a href="https://www.livejournal.com/category/fandom/">Ten fics everyone was reading this month</a></li><li><a href="https://www.livejournal.com/category/fandom/">Part one of our fic exchange round-up</a></li></ul></section>
</main>
{SCHEMIUS_FOOT}
</body>
</html>
'''
