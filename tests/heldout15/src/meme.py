"""Dreamwidth core2 comment threads, for a kink meme's entry page and its `?thread=N` page (tests/heldout15), after
dreamwidth/dreamwidth `styles/core2.s2`: EntryPage::print_comments (a `div.comment-thread comment-depth-N` per comment, left
open around its replies and closed when the depth falls; `div.dwexpcomment` with the comment's dom id `cmtN`),
EntryPage::print_comment (Comment::print_wrapper_start's `div.comment-wrapper … visible|screened … full|partial`, the
header's `h4.comment-title` and `span.datetime`, the contents' `span.poster.comment-poster` — “(Anonymous)” in
`span.anonymous` when no user posted — and `div.comment-content`, the footer's interaction links Link / Reply / Parent /
Thread) and EntryPage::print_comment_partial (a collapsed comment: its subject, poster, time and an Expand link on one line).
A comment is a dict: id, subject, poster (None: anonymous), time, html, full (bool), replies (list)."""
from layouts import dw_page, dw_user, esc


def _poster(c):
    if c.get('poster'):
        return f'<span class="poster comment-poster"><span class="comment-from-text"></span> {dw_user(c["poster"])}</span>\n'
    return '<span class="poster comment-poster"><span class="comment-from-text"></span> <span class="anonymous">(Anonymous)</span></span>\n'


def _one(c, url, depth, parent):
    cid = c['id']
    parity = 'odd' if depth % 2 else 'even'
    pcls = f'poster-{c["poster"]}' if c.get('poster') else 'poster-anonymous'
    full = c.get('full', True)
    subj = f'<h4 class="comment-title">{esc(c["subject"])}</h4>' if c.get('subject') else '<h4 class="comment-title"></h4>'
    link = f'{url}?thread={cid}#cmt{cid}'
    head = (f"<div data-comment-depth='{depth}' style='--comment-depth: {depth}; --comment-indent-limit-mobile: 3' class='comment-thread comment-depth-indent-desktop "
            f"comment-depth-{parity} comment-depth-mod5-{depth % 5} comment-depth-{depth}'>\n<div id='cmt{cid}' class='dwexpcomment' style=''>\n"
            f'<div class="comment-wrapper comment-wrapper-{parity} visible {pcls} {"full" if full else "partial"} no-userpic {"has-subject" if c.get("subject") else "no-subject"}">\n'
            '<div class="separator separator-before"><div class="inner"></div></div>\n'
            f'<div class="comment" id="comment-cmt{cid}">\n<div class="inner">\n')
    if not full:
        inner = (f'{subj}{_poster(c).strip()} - <span class="datetime">{c["time"]}</span> - '
                 f'<span class="expand_link"><a href="{link}" onclick="Expander.make(this,\'{link}\',\'{cid}\',true); return false;">Expand</a></span>\n')
    else:
        plink = f'<li class="link parent"><a href="{url}?thread={parent}#cmt{parent}">Parent</a></li>' if parent else ''
        inner = (f'<div class="header">\n<div class="inner">\n{subj}\n<span class="datetime">{c["time"]}</span></div>\n</div>\n'
                 f'<div class="contents">\n<div class="inner">\n{_poster(c)}<div class="comment-content">{c["html"]}</div></div>\n</div>\n'
                 f'<div class="footer">\n<div class="inner">\n<ul class="comment-interaction-links text-links"><li class="link commentpermalink"><a href="{link}">Link</a></li>'
                 f'<li class="link reply"><a href="{url}?replyto={cid}">Reply</a></li>{plink}<li class="link thread"><a href="{link}">Thread</a></li></ul>'
                 f'<div id="ljqrt{cid}" data-quickreply-container="{cid}" class="reply-container"></div></div>\n</div>\n')
    tail = '</div>\n</div>\n<div class="separator separator-after"><div class="inner"></div></div>\n</div>\n</div>'
    kids = ''.join(_one(r, url, depth + 1, cid) for r in c.get('replies', []))
    return head + inner + tail + kids + '</div>\n'


def comments_html(threads, url, total, page_no=None, pages=None):
    out = ''.join(_one(c, url, 1, None) for c in threads)
    pager = ''
    if pages:
        items = ' '.join(f'<b>[{n}]</b>' if n == page_no else f'<a href="{url}?page={n}#comments">[{n}]</a>' for n in range(1, pages + 1))
        pager = f'<div class="comment-pages toppages"><span class="page-number">Page {page_no} of {pages}</span> <span class="page-links">{items}</span></div>\n'
    return (f"<div id='comments'><div class='inner'>\n<h2>{total} comments</h2>\n{pager}<div class=\"comment-thread-wrapper\">\n{out}</div>\n{pager}"
            "</div></div>\n")


def meme_page(e, journal_title, style, page_url, threads, total, year, page_no=None, pages=None, subtitle=''):
    """A DW core2 community entry page with `threads` as its comments (the renderer's own flat comments left out)."""
    e = dict(e)
    e.pop('comments', None)
    html = dw_page('entry', [e], e['journal'], journal_title, style, page_url, f'{e["journal"]}: {e["subject"]}', subtitle, year)
    block = comments_html(threads, e['url'], total, page_no, pages)
    anchor = '\n<div id="secondary">'
    i = html.index(anchor)
    j = html.rindex('                        </div>', 0, i)
    return html[:j] + block + html[j:]
