"""The page renderer this corpus (tests/heldout14) is the first held-out corpus to use: LiveJournal S2 "S1 Shortcomings"
(`bin/upgrading/s2layers/s1shortcomings/layout.s2`, apparentlymart/livejournal: "S2 emulation of talkread and talkpost
etc...", the layout the sites gave an S1 journal's entry, reply and month pages once those were served through S2).
Page::print: no control strip (`no_show_control_strip`), `div.toplinkbar` with `div.journalmaintitle`,
`div.journalsubtitle` and `div.linkarea` ("[User Info] [Recent Entries] [Friends] [Month] [Archive]"), then print_body.
EntryPage::print_body: print_user_top_crap (an unclosed `div.contentarea`: a table of the userpic and "NAME - <ljuser>
wrote[ in <community>]<br/> @ 2008-03-14 09:10 pm" with the date's year, month and day linked, then the linkbar's image
buttons in `table.standout`), s1_print_entry (`<div style='margin-left: 30px'>`: Current Location / Mood / Music lines in
`<b>`, `<div><b>Tags:</b> a, b</div>` (names, not links), the subject in `div.entrytitle` (LJ's clean_subject keeps
`a b i u em strong cite`: a subject may hold links), the text, `<hr>`), s1_print_reply_link's "(Leave a comment)", the
comments (print_comment: `div.comments` > `div.comment_bar_1|2#cmtbarN` with `div.commentsubject`, the poster, the time and
"(link)", then the text and "(Reply) (Thread)"). ReplyPage::print_body: the same top and entry, "(Read comments)",
`div.BigTitle` "Leave a comment:" and the talkpost form. MonthPage::print_body: `div.BiggerTitle` "March 2008 - NAME",
"Month View", "Here are all the posts for this month by <ljuser>:", the month form, then per day `div.dayheader` (the
day linked) and `div.subjectlist` (core1's MonthDay::print_subjectlist: "time: [poster] <a>subject</a> - N<br />")."""
import re

from layouts import MONTHS_LONG, base_of, esc, itemid, lj_user_old
from s2x import _ord
from s2w import _head

SITE_NAME = {'livejournal.com': 'LiveJournal', 'insanejournal.com': 'InsaneJournal', 'deadjournal.com': 'DeadJournal',
             'journalfen.net': 'JournalFen', 'scribbld.com': 'Scribbld'}


def _site(e):
    return e.get('site', 'livejournal.com')


def _t(hm):
    h, m = map(int, hm.split(':'))
    return f'{(h % 12) or 12:02d}:{m:02d} {"am" if h < 12 else "pm"}'


def _jb(e):
    return e.get('jbase') or base_of(e['url'])


def _u(name, site, kind='P'):
    u = lj_user_old(name, site=site, kind=kind)
    if site in ('deadjournal.com',):
        # DeadJournal's user links are /users/NAME/ on www
        u = re.sub(r"http://[a-z0-9-]+\.deadjournal\.com/", f'http://www.deadjournal.com/users/{name}/', u)
    return u


def _subject_text(e):
    return re.sub('<[^>]+>', '', e.get('subject_html') or esc(e.get('subject', ''))).replace('&laquo;', '«').replace('&raquo;', '»').replace('&amp;', '&')


CSS = '''<style type="text/css">
            .centertext { text-align: center !important; }
            .standout { color: #000000; background-color: #c5dff9; border: 1px solid #8fc3f7; padding: 1px; margin-top: 3px; margin-bottom: 3px; text-align: left; vertical-align: middle; margin-left: auto; margin-right: auto; }
            .quickreplystandalone { width: 75%; margin-left: auto; margin-right: auto; }
            .topmargin { margin-top: 1em; }
            .normalfont { font-size: 10pt; }
            .dayheader { font-weight: bold; }
            .subjectlist { margin-left: 2em; padding: 5px; }
            body{ font-family: Verdana; font-size: 10pt; background-color: #FFFFFF; background-image: url(PALIMG/s1gradient.gif/p0ffffff1336699cc); background-repeat: repeat-x; }
            hr { border: 0; width: 80%; color: #336699; background-color: #336699; height: 2px; }
            .entrytitle { font-family: arial, serif; font-size: large; font-weight: bold; font-style: italic; }
            .comments { margin-top: 2px; margin-bottom: 0px; margin-left: auto; margin-right: 1em; border-collapse: collapse; white-space: normal; }
            .commentsubject { font-family: arial, serif; font-size: large; font-weight: bold; }
            .datetime { font-style: italic; }
            .contentarea { padding: 3px; padding-top: 1em; margin: 1em 2em 2em 2em; border-top: 2px; border-left: 0; border-right: 0; border-bottom: 0px; border-style: dashed; border-color: #336699; }
            .BigTitle { font-weight: normal; font-size: large; color: #003366; background-color: transparent; }
            .BiggerTitle { font-weight: bold; font-size: x-large; color: #003366; background-color: transparent; }
            .SmallTitle { font-weight: normal; font-size: large; color: #003366; margin-top: 1em; }
            .toplinkbar { z-index: -2; padding-left: 3em; padding-right: 3em;; padding-bottom: 3px; margin: 0px; overflow: auto; }
            .journalmaintitle { padding-left: 1em; padding-right: 1em; margin-top: 1em; margin-bottom: 0px; font-size: x-large; font-weight: bolder; font-family: Arial, sans-serif; text-transform: smallcaps; text-shadow: #BBBBBB 3px 3px 3px; }
            .journalsubtitle { padding: 0px; margin-top: 0px; margin-left: 2em; font-size: large; font-family: Arial, sans-serif; font-style: italic; text-align: left; display: inline; float: left; }
            .linkarea { font-family: Arial, sans-serif; text-align: right; display: inline; float: right; }
            .comment_bar_1 { background-color: #BBDDFF; padding: 3px; }
            .comment_bar_2 { background-color: #AACCEE; padding: 3px; }
</style>'''


def _shell(journal, title, subtitle, page_title, page_url, year, kind, site, base, body, month=3):
    st = 'l-stat.livejournal.com' if site == 'livejournal.com' else 'stat.' + site
    css = CSS.replace('PALIMG', f'http://www.{site}/palimg')
    links = (f'[<a href="{base}profile">User Info</a>]\n          [<a href="{base}">Recent Entries</a>]\n'
             f'          [<a href="{base}friends">Friends</a>]\n          [<a href="{base}{year}/{month:02d}/">Month</a>]\n          [<a href="{base}calendar">Archive</a>]')
    return f'''<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
        <html xmlns="http://www.w3.org/1999/xhtml" lang="">
        <head>
        <meta name="resource-type" content="Document" />
        <meta name="type" content="index" />
    {_head(journal, page_title, year, page_url, kind, site)}
<title>{esc(page_title)}</title>{css}
        </head>
        <body>
    <div class="toplinkbar">
      <div class="journalmaintitle">
        {esc(title)}
      </div>
      <div class="journalsubtitle">
         {esc(subtitle)}
      </div>
      <div class="linkarea">
          {links}
      </div>
    </div>

    {body}
<div style="text-align: center; font-size: x-small; margin: 2em;"><a href="http://www.{site}/"><img src="http://{st}/img/{'lj' if site == 'livejournal.com' else site.split('.')[0]}_powered.gif" alt="Powered by {SITE_NAME.get(site, site)}" border="0" /></a></div>
</body></html>'''


def _linkbar(e):
    site, j, iid = _site(e), e['journal'], itemid(e['url'])
    st = 'l-stat.livejournal.com' if site == 'livejournal.com' else 'stat.' + site
    b = []
    for href, img, alt in [(f'http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=prev', 'btn_prev.gif', 'Previous Entry'),
                           (f'http://www.{site}/tools/memadd.bml?journal={j}&amp;itemid={iid}', 'btn_memories.gif', 'Add to Memories'),
                           (f'http://www.{site}/tools/tellafriend.bml?journal={j}&amp;itemid={iid}', 'btn_tellfriend.gif', 'Tell a Friend'),
                           (f'http://www.{site}/manage/subscriptions/entry.bml?journal={j}&amp;itemid={iid}', 'btn_track.gif', 'Track This'),
                           (f'http://www.{site}/go.bml?journal={j}&amp;itemid={iid}&amp;dir=next', 'btn_next.gif', 'Next Entry')]:
        b.append(f"<a href='{href}'><img src='http://{st}/img/{img}' width='22' height='20' alt='{alt}' title='{alt}' align='absmiddle' border='0' /></a>")
    return ' '.join(b)


def _top(e, kind):
    site = _site(e)
    y, mo, d, hm = e['date']
    jb = _jb(e)
    comm = f' in {_u(e["journal"], site, "C")}' if kind == 'C' else ''
    n = len(e['poster'])
    pic = f"<img src='http://userpic.{site}/{70000000 + n * 4099}/{2000000 + n * 53}' width='100' height='100' alt='' title='' border='0' />"
    return f'''
         <div class="contentarea">
            <table>
              <tr valign="middle">
                <td>
                  {pic}
                </td>
                <td>
                   {esc(e.get("poster_name", e["poster"]))} - {_u(e["poster"], site)} wrote{comm} <br/>
                   <div style="font-size: small;">@ <a href="{jb}{y}/">{y}</a>-<a href="{jb}{y}/{mo:02d}/">{mo:02d}</a>-<a href="{jb}{y}/{mo:02d}/{d:02d}/">{d:02d}</a> {_t(hm)}</div>
                </td>
              </tr>
            </table>
            <div class="centertext">
              <table class="standout">
                <tr>
                  <td valign="middle">
                    {_linkbar(e)}
                    </td>
                </tr>
              </table>
          </div>
  '''


def _entry(e):
    out = "<div style='margin-left: 30px'>"
    for k, v in e.get('currents', []):
        out += f'<b>Current {k}: </b>{esc(v)}<br/>'
    if e.get('tags'):
        out += f'<div><b>Tags:</b> {", ".join(esc(t) for t in e["tags"])}</div><br/>'
    sec = f"<img src='http://{'l-stat.livejournal.com' if _site(e) == 'livejournal.com' else 'stat.' + _site(e)}/img/icon_protected.gif' width='14' height='15' alt='[friends only]' align='absmiddle' />" if e.get('locked') else ''
    subj = e.get('subject_html') or esc(e.get('subject', ''))
    if subj:
        out += f'<div class="entrytitle">{sec} {subj}</div>'
    else:
        out += sec
    out += e['html']
    out += "\n          </div>\n          <br clear='all' />\n\n          <hr width='100%' size='2' align='center' />"
    return out


def _reply_link(e, target):
    return f'<div class="centertext"><b>(<a href="{e["url"]}?mode=reply" id="{target}replylink">Leave a comment</a>)</b></div><div id="ljqrt{target}" class="topmargin quickreplystandalone normalfont" style="display: none;"></div>'


def _comments(e):
    site = _site(e)
    y, mo, d, _ = e['date']
    out = []
    for n, c in enumerate(e.get('comments', [])):
        user, text = c[0], c[1]
        subj = c[2] if len(c) > 2 else ''
        depth = c[3] if len(c) > 3 else 0
        tid = int(itemid(e['url'])) * 11 + n + 1
        bar = 'comment_bar_2' if depth % 2 else 'comment_bar_1'
        s = f'<div class="commentsubject">{esc(subj)}\n                        </div>' if subj else '<br/>'
        out.append(f'''
    <a name="t{tid}"></a>
    <div class="comments"
                id="ljcmt{tid}" style="padding-left: {depth}em;">
      <div class="{bar}" id="cmtbar{tid}" style="height: 106px;">
     
          <div style="margin: 3px; width: 100px; float:left;">
            <img src='http://userpic.{site}/{71000000 + len(user) * 311}/{2100000 + n}' width='100' height='100' alt='' border='0' />
          </div> <div style="padding-left: 3px;">{s}
          <span>{_u(user, site)}</span>
          <br/>
          {MONTHS_LONG[mo - 1]} {_ord(min(d + 1 + n // 3, 28))}, {y} {_t(f"{(n * 5 + 9) % 24}:{(n * 17) % 60:02d}")} (<a href="{e["url"]}?thread={tid}#t{tid}">link</a>)
          
        </div>
      </div>
      <div style="padding: 3px;">
          <div>{text if c[0] == e["poster"] and "<a " in text else esc(text)}
          </div>
            <div style="font-size: smaller; margin-top: 6px;">
               (<a href="{e["url"]}?replyto={tid}">Reply to this</a>) (<a href="{e["url"]}?thread={tid}#t{tid}">Thread</a>) 
           </div>
      </div>
    </div>
    ''')
    return ''.join(out)


def _form(e):
    site = _site(e)
    return f'''<form method="post" action="http://www.{site}/talkpost_do.bml" id="postform"><input type="hidden" name="journal" value="{e["journal"]}" /><input type="hidden" name="itemid" value="{itemid(e["url"])}" />
<table>
<tr valign="top"><td align="right">From:</td><td>
<table><tr><td align="center"><input type="radio" name="usertype" value="anonymous" id="talkpostfromanon" /></td><td align="left"><b><label for="talkpostfromanon">Anonymous</label></b></td></tr>
<tr><td align="center"><input type="radio" name="usertype" value="openid" id="talkpostfromoidli" /></td><td align="left"><b><label for="talkpostfromoidli">OpenID</label></b></td></tr>
<tr><td align="center"><input type="radio" name="usertype" value="user" id="talkpostfromlj" checked="checked" /></td><td align="left"><b><label for="talkpostfromlj">{SITE_NAME.get(site, site)} user:</label></b></td></tr>
<tr><td></td><td><label for="username">Username:</label> <input type="text" name="userpost" id="username" size="13" /> <label for="password">Password:</label> <input type="password" name="password" id="password" size="13" /></td></tr></table>
</td></tr>
<tr valign="top"><td align="right"><label for="subject">Subject:</label></td><td><input type="text" size="50" maxlength="100" name="subject" id="subject" value="" /> <select name="prop_picture_keyword"><option value="">(default)</option></select></td></tr>
<tr valign="top"><td align="right">Message:</td><td><textarea class="textbox" rows="10" cols="75" wrap="soft" name="body" id="commenttext"></textarea><br />
<input type="submit" name="submitpost" value="Post Comment" /> <input type="submit" name="submitpreview" value="Preview" />
<div>Allowed HTML: a, b, i, u, s, blockquote, img</div></td></tr>
</table></form>'''


def s1short_page(view, e, title, subtitle, year, kind='P'):
    """view 'entry' (EntryPage) or 'reply' (ReplyPage, the entry's ?mode=reply page)."""
    site = _site(e)
    base = _jb(e)
    body = _top(e, kind) + _entry(e)
    if view == 'entry':
        body += _reply_link(e, 'top') + _comments(e)
        if e.get('comments'):
            body += "<hr width='100%' size='2' align='center' />\n<div style=\"margin-left: 2em; margin-right: 2em; margin-top: 1em; margin-bottom: 1em;\">\n" + _reply_link(e, 'bottom') + '</div>'
    else:
        body += f'<div class="centertext"><b>(<a href="{e["url"]}">Read comments</a>)</b></div>\n<div class="BigTitle">Leave a comment:</div>\n' + _form(e)
    page_title = f'{e["journal"]}: {_subject_text(e)}' if (e.get('subject') or e.get('subject_html')) else e['journal']
    page_url = e['url'] + ('?mode=reply' if view == 'reply' else '')
    return _shell(e['journal'], title, subtitle, page_title, page_url, year, kind, site, base, body, e['date'][1])


def s1short_month(journal, entries, title, subtitle, y, mo, site='livejournal.com', base=None):
    base = base or f'http://{journal.replace("_", "-")}.{site}/'
    days = {}
    for e in entries:
        days.setdefault(e['date'][2], []).append(e)
    out = f'''<script>
  function goMonth() {{
    var monthSelect = document.getElementById("monthSelect");
    var monthURL = monthSelect.options[monthSelect.selectedIndex].id; //shady, I know
    document.location = monthURL;
  }}
  </script><div class="contentarea"><div class="BiggerTitle">{MONTHS_LONG[mo - 1]} {y} - {journal}</div><div class="SmallTitle">Month View</div><br/>
  <div class="centertext">
    </div><p>Here are all the posts for this month by {_u(journal, site)}:</p>
     <div class="centertext">
       <table class="standout" style="margin-left:auto; margin-right: auto;">
       <tr><td valign="bottom">
        <form id="chooseMonthForm" method="POST" action="/view/" style="margin: 3px;">
          <input type="hidden" name="user" value="{journal}">
          <input type="hidden" name="type" value="month">
   <a href="{base}{y}/{mo - 1:02d}/"><img src="http://www.{site}/img/btn_prev.gif" style="border:none; margin:0px; padding:0px; vertical-align:bottom;"></a> <select onChange="goMonth();" id="monthSelect" name="m" style="margin-left: 0px; margin-right: 1em;">''' + ''.join(
        f'<option value="{m}" id="{base}{y}/{m:02d}/"{" selected" if m == mo else ""}>{MONTHS_LONG[m - 1]}</option>' for m in range(1, mo + 2)) + f'''</select><input type="text" maxlength=4 name="y" value="{y}" size=4> <input type="submit" value="View">   <a href="{base}{y}/{mo + 1:02d}/"><img src="http://www.{site}/img/btn_next.gif" style="border:none; margin:0px; padding:0px; vertical-align:bottom;"></a> 
         </form>
        </td></tr></table></div>
  <br/>'''
    for d in sorted(days):
        out += f'<div class="dayheader"><a href="{base}{y}/{mo:02d}/{d:02d}/">{MONTHS_LONG[mo - 1]} {_ord(d)}</a></div>\n<div class="subjectlist">\n'
        for e in days[d]:
            subj = e.get('subject_html') or esc(e.get('subject', ''))
            sec = f"<img src='http://www.{site}/img/icon_protected.gif' width='14' height='15' alt='[friends only]' align='absmiddle' /> " if e.get('locked') else ''
            link = f'<a href="{e["url"]}">{subj}</a>' if subj else f'<a href="{e["url"]}"><i>(no subject)</i></a>'
            nc = e.get('ncomments', len(e.get('comments', [])))
            out += f'{_t(e["date"][3])}: {sec}{link} - {nc}<br />\n'
        out += '</div>\n<br/>\n'
    out += '</div>'
    return _shell(journal, title, subtitle, f'{journal}: {MONTHS_LONG[mo - 1]} {y}', f'{base}{y}/{mo:02d}/', y, 'P', site, base, out, mo)
