"""Posts of tests/heldout14 and their truth: the multi-part stories. All prose, names, journals and titles are invented for
this corpus (fandom names are labels; the canons are original fiction; one story in Finnish). Renderers: s1short.py (this
corpus's: LJ S2 S1 Shortcomings), tests/heldout2's layouts.py (DW core2, the Wayback wrapper), tests/heldout8's s2z.py
(S2 Haven), tests/heldout7's s2y.py (S2 Understroke)."""
import re

from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_cut_link, dw_page, dw_user, esc, lj_user_old, wayback
from s1short import s1short_month, s1short_page
from s2y import understroke_page
from s2z import haven_page


def txt(h):
    for a, b in [('&laquo;', '«'), ('&raquo;', '»'), ('&larr;', '←'), ('&rarr;', '→'), ('&uarr;', '↑'), ('&middot;', '·'), ('&amp;', '&'), ('&nbsp;', ' ')]:
        h = h.replace(a, b)
    return re.sub(r'\s+', ' ', re.sub('<[^>]+>', '', h)).strip()


# ======================================================================= A. Quarry Bells (LJ 2008, S2 S1 Shortcomings): the ONLY
# links between the parts are IN THE SUBJECTS — "Fic: Quarry Bells (2/4) « »", the arrows linked (LJ's clean_subject keeps
# <a>); the text has no navigation at all. Part 3 is bookmarked as its ?mode=reply page (ReplyPage: the entry, then the
# comment form). The journal's month page (S1 Shortcomings MonthPage) lists the four parts among other posts.
QJ = 'harrowgate_ink'
QB = 'http://harrowgate-ink.livejournal.com/'
qb_ids = [2210, 2455, 2701, 2988]
qb_urls = [QB + f'{n}.html' for n in qb_ids]
qb_prose = [
    ['The quarry at Harrowgate rang when you struck it. Everybody in the village knew this, the way they knew the river flooded in February, and nobody thought it strange until the bell-founder came.',
     'He arrived on a Thursday with a handcart and a tuning fork, and he went up the quarry path before he had so much as asked for a room. Nell Arkwright, who kept the quarry accounts, followed him because someone had to.',
     'He put the fork to the rock face and listened. Then he struck the stone with the heel of his hand, and the whole cliff answered, low and long, a note that went down into Nell’s boots and stayed there.'],
    ['“A flat,” said the bell-founder, whose name was Absalom Reed. “The whole hill is an A flat. Do you know what I could do with that?”',
     'Nell said she did not, and that the quarry belonged to Lord Copley, who would want to know what anybody did with it. Reed waved Lord Copley away like a wasp.',
     'That night she heard him in the quarry, striking the rock in different places, patient as a man tuning a piano, and the village dogs howled at every note.'],
    ['By the end of the month he had found eight notes in the hill, and marked each one with a chalk cross. The children learned to play them with sticks. Lord Copley’s agent came to complain and went away humming.',
     'Nell kept the accounts as before, but now she wrote the notes in the margin: A flat by the east shelf, C under the hawthorn, the high E where the ledge had fallen in 1841.',
     '“You could cut them out,” Reed said one evening. “Eight bells from one hill. There’s not a church in England would have a truer peal.”'],
    ['They did not cut them out. Nell took the ledger to Lord Copley herself and showed him the margins, and he read them twice and said he supposed a hill was worth more ringing than sold.',
     'Reed left in the spring with his handcart and his tuning fork. He did not say goodbye, but on the morning he went the whole quarry rang, all eight notes one after another, down the scale and up again.',
     'Nell stood at the bottom of the path with the accounts under her arm and listened until it stopped. Then she wrote the date in the margin, and the word peal, and went back to work.'],
]
qb_bodies = [body(f'quarrybells-{i + 1}', p) for i, p in enumerate(qb_prose)]
QB_SUM = 'A hill that rings, a bell-founder who wants it, and the woman who keeps its accounts.'
qb_words = ['~430 (this part)', '~330 (this part)', '~370 (this part)', '~400 (this part)']
qb_entries = []
for i in range(4):
    arrows = []
    if i > 0:
        arrows.append(f'<a href="{qb_urls[i - 1]}">&laquo;</a>')
    if i < 3:
        arrows.append(f'<a href="{qb_urls[i + 1]}">&raquo;</a>')
    subj_html = f'Fic: Quarry Bells ({i + 1}/4) ' + ' '.join(arrows)
    rows = [('Title', 'Quarry Bells'), ('Rating', 'PG'), ('Characters', 'Nell Arkwright, Absalom Reed'), ('Word Count', qb_words[i])]
    f = fields(title='Quarry Bells', rating='PG', characters='Nell Arkwright, Absalom Reed', wordCount=qb_words[i])
    if i == 0:
        rows.append(('Summary', QB_SUM))
        f['summary'] = QB_SUM
    html = hdr(rows) + '<br /><br />\n' + '<br /><br />\n'.join(esc(p) for p in qb_prose[i])
    comments = [('moth_and_ember', ['A singing hill! Oh, I am in.', 'He waved Lord Copley away like a wasp. Ha!', 'The notes in the margin are my favourite thing.', 'A hill was worth more ringing than sold. Perfect ending.'][i], ''),
                (QJ, ['Thank you! More soon, the next part is linked from the subject line.', 'Thank you!', 'Thank you so much!', 'Thank you for reading all four!'][i], 'Re:', 1)]
    e = {'url': qb_urls[i], 'journal': QJ, 'poster': QJ, 'poster_name': 'Harrowgate Ink', 'subject': txt(subj_html), 'subject_html': subj_html,
         'date': (2008, 3, [2, 9, 16, 23][i], ['21:10', '20:40', '22:05', '19:55'][i]), 'tags': ['fic', 'quarry bells'],
         'currents': [('Mood', ['hopeful', 'busy', 'tired', 'accomplished'][i])], 'html': html, 'comments': comments}
    qb_entries.append(e)
    ex = [comments[0][1], 'Leave a comment']
    view = 'reply' if i == 2 else 'entry'
    purl = qb_urls[i] + '?mode=reply' if view == 'reply' else qb_urls[i]
    desc = [f'“{e["subject"]}” (LJ S2 S1 Shortcomings entry page, 2008): the ONLY link to the next part is the “»” IN THE SUBJECT (LJ keeps `&lt;a&gt;` in subjects); no navigation in the text; a Title / Rating / Characters / Word Count / Summary header, the prose in `&lt;br /&gt;&lt;br /&gt;` paragraphs',
            f'“{e["subject"]}” (LJ S2 S1 Shortcomings entry page): the subject’s linked “«” and “»” are the only ways to the parts before and after',
            f'“{e["subject"]}” read on its `?mode=reply` page (S1 Shortcomings ReplyPage: the entry, “(Read comments)”, “Leave a comment:” and the comment form, no comments); the subject’s “«” / “»” link the parts',
            f'“{e["subject"]}” (LJ S2 S1 Shortcomings entry page): the LAST part, only “«” linked in the subject'][i]
    page(f'lj-s1short-2008-part-links-in-subject-quarrybells-{i + 1}' + ('-reply' if view == 'reply' else ''), f'lj-2008-{QJ}-{qb_ids[i]}{"-reply" if view == "reply" else ""}.html', purl, 'livejournal', 'story', 2008,
         ['s2-s1shortcomings', 'part-links-in-subject'] + (['mode-reply-page'] if view == 'reply' else []), desc,
         s1short_page(view, e, 'Harrowgate Ink', 'quarry notes and other things', 2008),
         [story(qb_urls[i], QJ, QJ, f, part(i + 1, 4), qb_bodies[i], exclude=ex if view == 'entry' else ['Leave a comment:', 'Read comments'])],
         stitched=(qb_urls, qb_bodies), also=[qb_urls[i]] if view == 'reply' else [])
# the month page: the four parts among three personal posts, one friends-only
qb_others = [
    {'url': QB + '2366.html', 'journal': QJ, 'poster': QJ, 'subject': 'snow again', 'date': (2008, 3, 5, '08:15'), 'ncomments': 4},
    {'url': QB + '2593.html', 'journal': QJ, 'poster': QJ, 'subject': 'the allotment waiting list, part two', 'date': (2008, 3, 12, '18:30'), 'ncomments': 7},
    {'url': QB + '2810.html', 'journal': QJ, 'poster': QJ, 'subject': 'grumbling', 'date': (2008, 3, 19, '23:02'), 'ncomments': 3, 'locked': True},
]
month_entries = sorted(qb_entries + qb_others, key=lambda x: (x['date'][2], x['date'][3]))
MU = QB + '2008/03/'
page('lj-s1short-2008-month-page-quarrybells-notstory', f'lj-2008-{QJ}-month-2008-03.html', MU, 'livejournal', 'not-story', 2008,
     ['s2-s1shortcomings', 'month-archive', 'not-story'],
     'The journal’s MONTH page for March 2008 (S1 Shortcomings MonthPage, “Month View”): per day the time and the subject of each post, the four Quarry Bells parts among three personal posts (one “the allotment waiting list, part two”, one friends-only); the parts’ subjects print their own links to each other inside the entry links: a list of links, no story',
     s1short_month(QJ, month_entries, 'Harrowgate Ink', 'quarry notes and other things', 2008, 3), [])
SERIES.append(('quarrybells', 'Quarry Bells', '4 (part 3 as its `?mode=reply` page) + the month page',
               'LJ 2008, S2 S1 Shortcomings; the only links between parts are the “«” / “»” in the subjects; no navigation in the text.'))


# ======================================================================= B. Ash Year (DW 2013, core2): a CHAPTER INDEX in a STICKY
# post; chapters 1 and 2 link neither each other nor the index, only the journal's front page ("the index is the sticky post
# at the top of my journal"); chapter 3 links the sticky itself. The recent page: the sticky first, then chapter 3 behind a
# cut, then a personal post.
AJ = 'rookery_lane'
AB = 'https://rookery-lane.dreamwidth.org/'
ay_ids = [4102, 4388, 4671]
ay_urls = [AB + f'{n}.html' for n in ay_ids]
ay_index = AB + '3890.html'
ay_prose = [
    ['The ash wood above Morrow Farm had been dying for three summers before anyone said so out loud. It was Ida who said it, at breakfast, with the teapot in her hand: “We’ll have to take them down.”',
     'Her brother Col put his spoon down. The ash wood had been their grandfather’s, and his grandfather’s; there was a tree in it with all their initials cut into the bark, one generation above the next, like marks on a doorframe.',
     '“Not all of them,” he said. Ida poured the tea and did not answer, which was how Col knew it would be all of them.',
     'That afternoon Col walked up to the wood alone and found the tree. The bark had gone grey and papery round the letters, and when he pressed his thumb into his own initials, cut the year he turned ten, the wood gave under it like bread.'],
    ['They started in November, when the sap was down. Ida felled and Col snedded, and the dog sat on the stack of cordwood and supervised.',
     'It was slow, cold work. Every tree they took down let a little more sky into the wood, and by the second week the ground between the stumps had the strange, startled look of a room with its furniture gone.',
     'They left the initial tree till last. Neither of them said they were doing it; they just worked round it, the way you walk round a sleeping animal.',
     'On the last day of the year Ida put the saw down beside it and sat on a stump, and Col sat on the next one, and for a long while neither of them said anything at all. Then the dog barked at a pheasant, and they laughed, and went home for tea.'],
    ['In March the stumps began to sprout. Col found them first: thin red shoots, a dozen to a stump, coming up through the leaf litter as if nothing had happened.',
     '“Coppice,” Ida said, when he brought her to see. “Ash comes back from the stool. Some of it will die again. Some of it won’t.”',
     'The initial tree was still standing, grey and bare and certainly dead. Col took out his knife and, below his grandfather’s letters and their father’s and his own, he cut a small, careful shoot.',
     'Ida watched him do it and said nothing, which was how he knew she agreed. On the way down the hill she took his arm, as she had not done since they were children, and they walked back to the farm together through the bright, empty wood.'],
]
ay_bodies = [body(f'ashyear-{i + 1}', p) for i, p in enumerate(ay_prose)]
AY_SUM = 'Ida and Col Morrow fell their grandfather’s ash wood, and wait to see what comes back.'
ay_words = ['1,200', '1,050', '1,400']
ay_entries = []
for i in range(3):
    rows = [('Title', 'Ash Year'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word count', ay_words[i])]
    f = fields(title='Ash Year', fandom='Original', rating='G', wordCount=ay_words[i])
    if i < 2:
        foot = f'<p><small><i>(The chapter index is the sticky post at the top of <a href="{AB}">my journal</a>.)</i></small></p>'
    else:
        foot = f'<p><small><i>The end! All three chapters are in the <a href="{ay_index}">chapter index</a>. Thank you for reading.</i></small></p>'
    html = hdr(rows, '<strong>{L}:</strong> {V}') + '\n' + ph(ay_prose[i]) + '\n' + foot
    comments = [('hazel_stool', ['Oh, the initials tree. I already know this is going to hurt.', 'Like walking round a sleeping animal. Yes.', 'He cut a SHOOT. I am crying on the bus.'][i])]
    e = {'url': ay_urls[i], 'journal': AJ, 'poster': AJ, 'subject': f'Ash Year ({i + 1}/3)', 'date': (2013, [1, 2, 3][i], [14, 11, 15][i], ['20:12', '19:40', '21:03'][i]),
         'tags': ['fic', 'fic: ash year'], 'html': html, 'comments': comments, 'ncomments': len(comments)}
    ay_entries.append(e)
    page(f'dw-core2-2013-chapters-link-sticky-index-ashyear-{i + 1}', f'dw-2013-{AJ}-{ay_ids[i]}.html', ay_urls[i], 'dreamwidth', 'story', 2013,
         ['dw-core2-style', 'sticky-chapter-index'] + (['links-journal-front-page'] if i < 2 else []),
         [f'Ash Year (1/3) (DW core2 Negatives): a `&lt;strong&gt;` Title / Fandom / Rating / Word count header; the ONLY link after the prose is “(The chapter index is the sticky post at the top of my journal.)”, linking the journal’s FRONT PAGE, not the index',
          'Ash Year (2/3) (DW core2 Negatives): no link to chapter 1 or 3; only “(The chapter index is the sticky post at the top of my journal.)” linking the journal’s front page',
          'Ash Year (3/3) (DW core2 Negatives): the last chapter, “The end! All three chapters are in the chapter index.” linking the sticky index post itself'][i],
         dw_page('entry', [e], AJ, 'rookery lane', 'Negatives', ay_urls[i], f'rookery lane: Ash Year ({i + 1}/3)', year=2013),
         [story(ay_urls[i], AJ, AJ, f, part(i + 1, 3), ay_bodies[i], exclude=[txt(foot), comments[0][1]])], stitched=(ay_urls, ay_bodies))
IX_SUM = AY_SUM
ix_html = ('<p><i>(This post is stickied so you can always find the chapters. New readers: hello! Personal posts are locked; fic is public.)</i></p>\n'
           + hdr([('Title', 'Ash Year'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word count', '3,650 in all'), ('Summary', AY_SUM)], '<strong>{L}:</strong> {V}')
           + '\n<p><strong>Chapters</strong> (updated as I post):</p>\n<ul>'
           + ''.join(f'<li><a href="{u}">Chapter {n}</a> — {w} words</li>' for n, (u, w) in enumerate(zip(ay_urls, ay_words), 1)) + '</ul>\n'
           + '<p>Complete as of March 2013!</p>')
ix = {'url': ay_index, 'journal': AJ, 'poster': AJ, 'subject': 'sticky: Ash Year chapter index', 'date': (2013, 1, 13, '18:00'),
      'tags': ['fic', 'fic: ash year', 'sticky'], 'html': ix_html, 'comments': [('hazel_stool', 'Bookmarking! Thank you for the index.')], 'ncomments': 1}
page('dw-core2-2013-sticky-chapter-index-ashyear', f'dw-2013-{AJ}-3890.html', ay_index, 'dreamwidth', 'masterpost', 2013,
     ['dw-core2-style', 'sticky-chapter-index', 'masterpost'],
     'Ash Year’s CHAPTER INDEX, a STICKY post (DW core2 Negatives): an italic note that it is stickied, a Title / Fandom / Rating / Word count / Summary header, “Chapters (updated as I post):” and a `&lt;ul&gt;` of the three chapters with their lengths, “Complete as of March 2013!”',
     dw_page('entry', [ix], AJ, 'rookery lane', 'Negatives', ay_index, 'rookery lane: sticky: Ash Year chapter index', year=2013),
     [story(ay_index, AJ, AJ, fields(title='Ash Year', fandom='Original', rating='G', wordCount='3,650 in all', summary=AY_SUM), None, complete=False)],
     stitched=(ay_urls, ay_bodies))
# the recent page: the sticky first, then chapter 3 behind a cut, then a personal post
e3 = dict(ay_entries[2])
cut_at = ph(ay_prose[2][:1])
e3['index_html'] = hdr([('Title', 'Ash Year'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word count', ay_words[2])], '<strong>{L}:</strong> {V}') + '\n' + cut_at + '\n' + dw_cut_link(ay_urls[2], 1, 'read chapter three')
personal = {'url': AB + '4590.html', 'journal': AJ, 'poster': AJ, 'subject': 'lambing', 'date': (2013, 3, 9, '07:45'), 'tags': ['farm'], 'ncomments': 5,
            'html': ph(['Up at four for the third night running. Two sets of twins and one very small ram lamb who is currently asleep in a box by the Rayburn. The dog is not pleased about this.'])}
rp = dw_page('recent', [ix, e3, personal], AJ, 'rookery lane', 'Negatives', AB, 'rookery lane', year=2013)
rp = rp.replace(f'<div class="entry" id="entry-3890">', '<div class="entry" id="entry-3890">\n<span class="sticky-entry-icon"><img src="https://www.dreamwidth.org/img/silk/entry/sticky_entry.png" alt="Sticky entry" title="Sticky entry" width="16" height="16" /></span>', 1)
rp = rp.replace('entry-wrapper-odd security-public restrictions-none journal-type-P poster-rookery_lane journal-rookery_lane no-userpic has-subject" id="entry-wrapper-3890"',
                'entry-wrapper-odd security-public restrictions-none journal-type-P poster-rookery_lane journal-rookery_lane no-userpic has-subject sticky-entry" id="entry-wrapper-3890"', 1)
page('dw-core2-2013-recent-sticky-index-cut-chapter-ashyear', f'dw-2013-{AJ}-recent.html', AB, 'dreamwidth', 'index', 2013,
     ['dw-core2-style', 'recent-page', 'sticky-chapter-index', 'cut'],
     'The journal’s front page (DW core2 Negatives recent page), the page chapters 1 and 2 link: the STICKY chapter index first (in full), then chapter 3 with its header and first paragraph above a cut “read chapter three”, then a personal post about lambing',
     rp,
     [story(ay_index, AJ, AJ, fields(title='Ash Year', fandom='Original', rating='G', wordCount='3,650 in all', summary=AY_SUM), None, complete=False),
      story(ay_urls[2], AJ, AJ, fields(title='Ash Year', fandom='Original', rating='G', wordCount=ay_words[2]), part(3, 3), body('ashyear-3-recent-teaser', ay_prose[2][:1]), complete=False, exclude=['read chapter three'])])
SERIES.append(('ashyear', 'Ash Year', '3 + a sticky chapter index + the recent page',
               'DW 2013, core2; chapters 1–2 link only the journal’s front page (where the index is stickied), chapter 3 the index itself.'))


# ======================================================================= C. The Tally Stick (JournalFen 2007, S2 Haven): the links
# between parts are IMAGE BUTTONS (photobucket gifs); parts 1 and 2 give them alt text, part 3's "back" button has NONE (its
# file name alone says what it is). Part 2 also as a 2013 Wayback copy (links rewritten relative, /web/TS/...; the buttons im_).
TJ = 'brackenwise'
TB = 'http://www.journalfen.net/users/brackenwise/'
ts_ids = [1733, 1920, 2154]
ts_urls = [TB + f'{n}.html' for n in ts_ids]
PB = 'http://i14.photobucket.com/albums/a322/brackenwise/'
ts_prose = [
    ['When old Garrow died he left his granddaughter the mill, a bad roof, and a hazel tally stick with eleven notches cut in it. Nobody could tell Bet what the notches were for.',
     'She asked at the inn. She asked the priest. She asked the miller from Upcott, who had hated her grandfather for forty years and would surely know what he owed. The Upcott miller turned the stick over in his hands and went pale.',
     '“That’s not a debt,” he said. “That’s a count. He was counting something.” He would not say what, and he would not stay for supper.',
     'That night Bet sat by the fire with the stick across her knees and ran her thumb down the notches, one after another. The first ones were worn smooth, almost gone. The last one was clean and pale, as if it had been cut that year.'],
    ['Bet found the answer in the millrace. When the water was low she could see the stones at the bottom, and someone had cut notches in those too: ten of them, in a neat row, and then one more, newer, sharp-edged.',
     'She went and got the tally stick and knelt on the bank and counted. Eleven on the stick. Eleven in the stone.',
     'That night she sat up with a lamp and watched the race, and at midnight the wheel stopped turning though the water ran, and something in the dark said, quite clearly, “Twelve.”',
     'Bet put the lamp down very carefully on the bank. Her hands were shaking, and she did not want to be the Garrow who dropped a lamp in a millrace. She wanted to answer, but for the moment her voice would not come.'],
    ['She did not run. Garrow had not run, for eleven years; she would not be the first Garrow to run. She said, “Twelve what?” and the wheel turned again, slowly, as if it were thinking.',
     'In the morning she found a sack of flour on the step, milled finer than any she had ever made, and a twelfth notch in the stone.',
     'She cut the twelfth notch in the stick with her grandfather’s knife. It was a bargain, then, and not a debt. She could keep a bargain.',
     'Every year after that, on the same night, she sat up with the lamp. Some years she heard the voice and some years she did not, but there was always flour on the step in the morning, and the stick grew notches until she had to start another.'],
]
ts_bodies = [body(f'tallystick-{i + 1}', p) for i, p in enumerate(ts_prose)]
TS_SUM = 'Bet inherits a mill and a tally stick, and finds out what her grandfather was counting.'


def btn(href, img, alt):
    a = f' alt="{alt}"' if alt is not None else ''
    return f'<a href="{href}"><img src="{PB}{img}" border="0"{a} /></a>'


ts_entries = []
for i in range(3):
    rows = [('Title', 'The Tally Stick'), ('Author', (lj_user_old(TJ, site='journalfen.net'), TJ)), ('Rating', 'PG'), ('Words', ['1,100', '950', '1,020'][i])]
    f = fields(title='The Tally Stick', author=TJ, rating='PG', wordCount=['1,100', '950', '1,020'][i])
    if i == 0:
        rows.append(('Summary', TS_SUM))
        f['summary'] = TS_SUM
    nav = [btn(ts_urls[1], 'nextpart.gif', 'next part &raquo;'),
           btn(ts_urls[0], 'prevpart.gif', '&laquo; previous part') + ' &nbsp; ' + btn(ts_urls[2], 'nextpart.gif', 'next part &raquo;'),
           btn(ts_urls[1], 'back_button.gif', None) + '<br />~ fin ~'][i]
    html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(ts_prose[i]) + f'\n<center>{nav}</center>'
    comments = [('upcott_wheel', ['The Upcott miller went PALE. I need to know.', 'Eleven in the stone. Chills!', 'A bargain, not a debt. Lovely.'][i])]
    e = {'url': ts_urls[i], 'journal': TJ, 'poster': TJ, 'subject': f'fic: The Tally Stick ({i + 1}/3)', 'site': 'journalfen.net',
         'date': (2007, 10, [6, 13, 20][i], ['22:14', '21:30', '20:48'][i]), 'tags': ['fic', 'the tally stick'], 'html': html, 'comments': comments}
    ts_entries.append(e)
    ex = [comments[0][1]] + (['~ fin ~'] if i == 2 else [])
    pg = haven_page('entry', [e], TJ, 'brackenwise', ts_urls[i], 2007, site='journalfen.net')
    page(f'jf-haven-2007-image-button-part-links-tallystick-{i + 1}', f'jf-2007-{TJ}-{ts_ids[i]}.html', ts_urls[i], 'journalfen', 'story', 2007,
         ['s2-haven', 'journalfen', 'image-button-links'] + (['image-button-no-alt'] if i == 2 else []),
         ['“fic: The Tally Stick (1/3)” (JournalFen, S2 Haven, /users/NAME/): the only link to part 2 is a centred IMAGE BUTTON (a photobucket `nextpart.gif`, alt “next part »”) after the prose',
          '“fic: The Tally Stick (2/3)” (JournalFen, S2 Haven): two IMAGE BUTTONS after the prose (`prevpart.gif` alt “« previous part”, `nextpart.gif` alt “next part »”)',
          '“fic: The Tally Stick (3/3)” (JournalFen, S2 Haven): the last part; its only link back is an IMAGE BUTTON WITH NO ALT TEXT (`back_button.gif`), then “~ fin ~”'][i],
         pg, [story(ts_urls[i], TJ, TJ, f, part(i + 1, 3), ts_bodies[i], exclude=ex)], stitched=(ts_urls, ts_bodies))
    if i == 1:
        WTS = '20130822141503'
        page('wayback-2013-jf-haven-image-button-part-links-tallystick-2', f'wayback-2013-jf-{TJ}-{ts_ids[i]}.html', f'https://web.archive.org/web/{WTS}/{ts_urls[i]}', 'wayback', 'story', 2007,
             ['wayback-2013', 's2-haven', 'journalfen', 'image-button-links'],
             'Wayback copy captured 2013 of “fic: The Tally Stick (2/3)” (JournalFen, S2 Haven): links rewritten RELATIVE (`/web/TS/…`), the image buttons through `im_`',
             wayback(pg, WTS, ts_urls[i]), [story(ts_urls[i], TJ, TJ, f, part(2, 3), ts_bodies[i], exclude=ex)], stitched=(ts_urls, ts_bodies))
SERIES.append(('tallystick', 'The Tally Stick', '3 + a 2013 Wayback copy of part 2',
               'JournalFen 2007, S2 Haven; the parts linked only by image buttons (alt text on parts 1–2; none on part 3’s “back” button).'))


# ======================================================================= D. The Night Canal (DW 2015, core2): a ROUND ROBIN, the
# parts in TWO WRITERS' journals by turns (1 and 3 at tollgate_moth, 2 at wren_abacus); every part links the others across the
# journals, one link in the ?view=flat form (copied from a comment notification).
RA, RB = 'tollgate_moth', 'wren_abacus'
RAB, RBB = 'https://tollgate-moth.dreamwidth.org/', 'https://wren-abacus.dreamwidth.org/'
nc_urls = [RAB + '5512.html', RBB + '2046.html', RAB + '5890.html']
nc_prose = [
    ['The last boat through Sallow Lock was meant to be the coal barge at six. At half past eleven, with the lock-house lamp already out, something knocked on the top gate.',
     'Hester Vane pulled on her boots and went down with a lantern. There was a narrowboat in the pound above, painted green and gold, with no one at the tiller and its chimney smoking.',
     '“Lock through!” called a voice from the cabin, polite and quite unhurried. Hester, who had never refused a boat in twenty years, put her shoulder to the balance beam.',
     'The gate was heavier than it had any right to be. It swung open slowly, groaning, and the green and gold boat slid into the chamber without a ripple, as if it weighed nothing at all.'],
    ['The water went down and the boat went down with it, and the voice in the cabin started to sing. It was an old song, a boatman’s counting song, and Hester found she knew the words.',
     'When the bottom gates opened the boat did not move. Hester waited. The singing stopped, and the cabin door slid back, and a girl of about nine looked out at her with the lantern light in her eyes.',
     '“We’ve lost the horse,” said the girl. “Mam says you’ll know where it went. Mam says you always knew.”',
     'Hester set the lantern down on the lock side and crouched so that her face was level with the girl’s. “What was the horse called?” she asked, and the girl told her, and it was the name her mother used to say in her sleep.'],
    ['Hester did know. Sixty years ago, the summer she was born, a boat horse had shied at the lock and gone into the cut, and her mother had pulled it out by the halter and kept it, because nobody came to claim it.',
     'It was buried in the orchard behind the lock-house. Hester took the girl there, and the girl knelt by the hump in the grass and put her hand on it, and said, “There you are.”',
     'In the morning the pound above the lock was empty. The balance beam was wet with dew, and on the lock-house step someone had left a horse brass, polished bright, with a green and gold ribbon through it.',
     'Hester hung it on the nail by the door where her mother’s had hung. Then she went and made up the lamp, because the coal barge was due at six, and somebody had to be awake to lock it through.'],
]
nc_bodies = [body(f'nightcanal-{i + 1}', p) for i, p in enumerate(nc_prose)]
nc_posters = [RA, RB, RA]
nc_nav = [
    f'<p>Part two is over in {dw_user(RB)}’s journal: <a href="{nc_urls[1]}">this way</a>!</p>',
    f'<p><a href="{nc_urls[0]}?view=flat">&larr; part one (at tollgate’s)</a> | <a href="{nc_urls[2]}">part three, back at tollgate’s &rarr;</a></p>',
    f'<p><a href="{nc_urls[1]}">&larr; part two (at wren’s)</a> | end</p>',
]
for i in range(3):
    w = ['1,000', '980', '1,050'][i]
    rows = [('Title', 'The Night Canal'), ('Round robin', f'{dw_user(RA)} &amp; {dw_user(RB)}'), ('This part', dw_user(nc_posters[i])), ('Rating', 'PG'), ('Words', w)]
    hh = '<br />\n'.join(f'<b>{L}:</b> {V if L in ("Round robin", "This part") else esc(V)}' for L, V in rows)
    f = fields(title='The Night Canal', rating='PG', wordCount=w)
    html = hh + '\n<hr />\n' + ph(nc_prose[i]) + '\n' + nc_nav[i]
    comments = [('sallow_reads', ['A knock on the top gate at half eleven. Yes please.', 'The counting song! Wren, this is so good.', 'The horse brass. Oh, you two.'][i])]
    j = nc_posters[i]
    u = nc_urls[i]
    e = {'url': u, 'journal': j, 'poster': j, 'subject': f'Round robin: The Night Canal, part {i + 1}/3', 'date': (2015, 11, [3, 10, 17][i], ['21:00', '20:15', '22:30'][i]),
         'tags': ['round robin', 'the night canal', 'fic'], 'html': html, 'comments': comments, 'ncomments': 1}
    page(f'dw-core2-2015-round-robin-two-journals-nightcanal-{i + 1}', f'dw-2015-{j}-{u.split("/")[-1]}', u, 'dreamwidth', 'story', 2015,
         ['dw-core2-style', 'round-robin', 'parts-across-journals'] + (['view-flat-link'] if i == 1 else []),
         ['The Night Canal part 1/3, a ROUND ROBIN (DW core2 Drifting, tollgate_moth’s journal): Title / Round robin (both writers’ user spans) / This part / Rating / Words labels, an `&lt;hr /&gt;`; “Part two is over in wren_abacus’s journal: this way!”',
          'The Night Canal part 2/3 in the OTHER writer’s journal (wren_abacus, DW core2 Drifting): “← part one (at tollgate’s)” linked in the `?view=flat` form | “part three, back at tollgate’s →”',
          'The Night Canal part 3/3, back in tollgate_moth’s journal (DW core2 Drifting): “← part two (at wren’s) | end”'][i],
         dw_page('entry', [e], j, {RA: 'moths at the tollgate', RB: 'abacus'}[j], 'Drifting', u, f'{j}: {e["subject"]}', year=2015),
         [story(u, j, j, f, part(i + 1, 3), nc_bodies[i], exclude=[txt(nc_nav[i]), comments[0][1]])], stitched=(nc_urls, nc_bodies))
SERIES.append(('nightcanal', 'The Night Canal', '3 across two journals',
               'DW 2015, core2; a round robin, parts 1 and 3 in one writer’s journal and part 2 in the other’s; one link in the `?view=flat` form.'))


# ======================================================================= E. Routa (Scribbld 2011, S2 Understroke): a story in
# FINNISH, "Ficci: Routa, osa 1/3"; labels Nimi / Kirjoittaja / Fandom / Hahmot / Ikäraja / Varoitukset / Sanamäärä /
# Tiivistelmä; the links "Seuraava osa »" / "« Edellinen osa".
FJ = 'pakkasyo'
FB = 'http://pakkasyo.scribbld.com/'
rt_ids = [812, 877, 931]
rt_urls = [FB + f'{n}.html' for n in rt_ids]
rt_prose = [
    ['Routa tuli sinä vuonna aikaisin. Lokakuun lopussa järvi oli jo reunoilta jäässä, ja Aino kuuli yöllä, miten jää naukui ja paukkui rannan kivissä.',
     'Hänen isoäitinsä sanoi, että jää puhui. Aino oli kaksitoista ja tiesi, ettei jää puhu, mutta hän jäi silti ikkunaan kuuntelemaan.',
     'Kolmantena yönä jää sanoi hänen nimensä.'],
    ['Aamulla hän meni rantaan yksin. Jää oli kirkasta ja mustaa, ja sen alla ui kaloja hitaasti kuin unessa.',
     'Aino polvistui ja painoi kämmenen jäätä vasten. Se oli kylmempää kuin mikään, mihin hän oli koskaan koskenut, ja sen alta joku painoi kämmenen takaisin.',
     'Hän ei huutanut. Hän katsoi kättä jään alla, pientä ja valkoista, ja laski sormet: viisi, niin kuin hänelläkin.'],
    ['Isoäiti ei ollut yllättynyt. Hän keitti kahvia ja kertoi tytöstä, joka oli pudonnut jäihin vuonna 1921 ja jota kukaan ei ollut löytänyt.',
     '”Hän on yksinäinen”, isoäiti sanoi. ”Joka talvi hän etsii jonkun, joka kuuntelee. Sinä kuuntelit.”',
     'Sinä iltana Aino vei rantaan lyhdyn ja asetti sen jäälle. Se paloi aamuun asti, ja jää oli hiljaa koko yön, ensimmäistä kertaa sinä talvena.'],
]
rt_bodies = [body(f'routa-{i + 1}', p) for i, p in enumerate(rt_prose)]
RT_SUM = 'Järven jää puhuu, ja Aino kuuntelee.'
rt_words = ['380', '350', '400']
rt_nav = [f'<p align="right"><a href="{rt_urls[1]}">Seuraava osa &raquo;</a></p>',
          f'<p align="right"><a href="{rt_urls[0]}">&laquo; Edellinen osa</a> | <a href="{rt_urls[2]}">Seuraava osa &raquo;</a></p>',
          f'<p align="right"><a href="{rt_urls[1]}">&laquo; Edellinen osa</a> | Loppu</p>']
for i in range(3):
    if i == 0:
        rows = [('Nimi', 'Routa'), ('Kirjoittaja', (lj_user_old(FJ, site='scribbld.com'), FJ)), ('Fandom', 'oma'), ('Hahmot', 'Aino, isoäiti'), ('Ikäraja', 'S'),
                ('Varoitukset', 'ei varoituksia'), ('Sanamäärä', rt_words[i]), ('Tiivistelmä', RT_SUM)]
        f = fields(title='Routa', author=FJ, fandom='oma', characters='Aino, isoäiti', rating='S', warnings='ei varoituksia', wordCount=rt_words[i], summary=RT_SUM)
    else:
        rows = [('Nimi', 'Routa'), ('Ikäraja', 'S'), ('Sanamäärä', rt_words[i])]
        f = fields(title='Routa', rating='S', wordCount=rt_words[i])
    html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(rt_prose[i]) + '\n' + rt_nav[i]
    comments = [('jaakukka', ['Voi että, jää sanoi hänen nimensä! Kylmät väreet.', 'Viisi sormea. Apua.', 'Lyhty jäällä. Kaunis loppu.'][i])]
    e = {'url': rt_urls[i], 'journal': FJ, 'poster': FJ, 'subject': f'Ficci: Routa, osa {i + 1}/3', 'site': 'scribbld.com',
         'date': (2011, 11, [20, 24, 28][i], ['21:40', '22:05', '20:55'][i]), 'tags': ['ficci', 'routa'], 'html': html, 'comments': comments,
         'currents': [('Mood', ['cold', 'cold', 'calm'][i])]}
    page(f'sc-understroke-2011-finnish-labels-part-links-routa-{i + 1}', f'sc-2011-{FJ}-{rt_ids[i]}.html', rt_urls[i], 'scribbld', 'story', 2011,
         ['s2-understroke', 'scribbld', 'finnish-labels', 'finnish-part-links'],
         ['“Ficci: Routa, osa 1/3” (Scribbld, S2 Understroke): a FINNISH story, labels Nimi / Kirjoittaja / Fandom / Hahmot / Ikäraja / Varoitukset / Sanamäärä / Tiivistelmä; “Seuraava osa »” after the prose',
          '“Ficci: Routa, osa 2/3” (Scribbld, S2 Understroke): Finnish, a short Nimi / Ikäraja / Sanamäärä header; “« Edellinen osa | Seuraava osa »”',
          '“Ficci: Routa, osa 3/3” (Scribbld, S2 Understroke): Finnish, a short header; “« Edellinen osa | Loppu”'][i],
         understroke_page('entry', [e], FJ, 'pakkasyö', rt_urls[i], f'pakkasyö: {e["subject"]}', 2011, site='scribbld.com'),
         [story(rt_urls[i], FJ, FJ, f, part(i + 1, 3), rt_bodies[i], exclude=[txt(rt_nav[i]), comments[0][1]])], stitched=(rt_urls, rt_bodies))
SERIES.append(('routa', 'Routa', '3', 'Scribbld 2011, S2 Understroke; Finnish labels and part links (“osa 1/3”, “Seuraava osa »”, “« Edellinen osa”).'))
