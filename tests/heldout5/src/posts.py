"""Hand-written post content for tests/heldout5 and the truth that goes with it. All prose, names, journals and
titles are invented for this corpus (fandom names are labels; canons are public-domain works or original).
Page renderers: s1.py (LiveJournal S1 styles from s1styles.dat, talkread.bml entry pages, memories.bml; this corpus's
own) and tests/heldout2/src/layouts.py (DW core2: the style name only changes the Style Credit and body class)."""
from layouts import dw_page, dw_user, lj_user_old  # noqa: F401
from s1 import memories_page, s1_page, talkread_page  # noqa: F401

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401


def lju(name, kind='P', site='livejournal.com'):
    return (lj_user_old(name, site=site, kind=kind), name)


# ======================================================================= A. The Lamplit Stair (LJ 2003, an S1 journal: entry pages are
# talkread.bml in the site scheme): subjects "(Part One of Three)" ... ; parts linked only by "Part N" lines after the prose.
LS = 'http://wicker-and-wren.livejournal.com/'
ls_urls = [LS + '3105.html', LS + '3388.html', LS + '3790.html']
ls_prose = [
    ['The stair in the bell tower had ninety-one steps, and on every one of them somebody had once left a lamp.',
     'Nell Ashby found the first lamp on the night the sexton died: a little tin thing with a horn window, still warm, sitting on the fourth step as if it had been put down a moment ago. She carried it up with her to ring the passing bell, and when she came down again there was another on the ninth.',
     'She did not touch that one. She went home the long way, by the churchyard wall, and did not look back at the tower once.'],
    ['By Sunday there were eleven lamps, and the curate had begun to say the word “vandals” in a high, hopeful voice.',
     'Nell knew better. The lamps were set where a tired person would stop: the fourth step, the ninth, the turn by the slit window, the place where the rope hung close enough to catch. Somebody had been climbing that stair for a very long time, and resting, and leaving a light behind for whoever came next.',
     'She sat on the ninth step with the sexton’s keys in her lap and waited to see who it was.'],
    ['Nobody came up. Something came down: a slow step, a hand on the rope, a smell of tallow and cold stone and the lavender the sexton’s wife used to put in his collars.',
     'Nell stood aside to let it pass, as you would for anyone on a narrow stair. At the bottom it paused, and the lamp on the fourth step went out, and the door to the churchyard opened by itself and stayed open until morning.',
     'After that there were no more lamps. Nell rang the bell for thirty years and kept one of her own on the ninth step, lit, for whoever came next.'],
]
ls_bodies = [body(f'lamplitstair-part{i + 1}', p) for i, p in enumerate(ls_prose)]
ls_words = ['Three', 'Two', 'One']
ls_subj = [f'The Lamplit Stair (Part {w} of Three)' for w in ['One', 'Two', 'Three']]
ls_foot = [f'<br /><br /><a href="{ls_urls[1]}">Part Two</a>',
           f'<br /><br /><a href="{ls_urls[0]}">Part One</a> | <a href="{ls_urls[2]}">Part Three</a>',
           f'<br /><br /><a href="{ls_urls[1]}">Part Two</a> | the end']
ls_wc = ['105', '100', '105']
ls_entries = []
for i in range(3):
    rows = [('Fandom', 'Original'), ('Rating', 'PG'), ('Words', ls_wc[i])]
    e = {'url': ls_urls[i], 'journal': 'wicker_and_wren', 'poster': 'wicker_and_wren', 'subject': ls_subj[i], 'date': (2003, 10, 27 + i, '23:1' + str(i)),
         'currents': [('Mood', ['spooky', 'curious', 'content'][i])], 'ncomments': 1,
         'html': hdr(rows, fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(ls_prose[i]) + ls_foot[i],
         'comments': [('moth_and_taper', ['Ooh, the fourth step!', 'Vandals. Sure, curate.', 'For whoever came next. Oh.'][i])]}
    ls_entries.append(e)
    excl = [['Part Two'], ['Part One | Part Three'], ['Part Two | the end']][i] + [['spooky', 'curious', 'content'][i]]
    page(f'lj-s1-talkread-2003-lamplitstair-part{i + 1}', f'lj-2003-wicker_and_wren-{ls_urls[i][-9:-5]}.html', ls_urls[i], 'livejournal', 'story', 2003,
         ['part-marker', 'prev-next-only', 's1-talkread'],
         f'The Lamplit Stair part {i + 1}: an S1 journal’s entry page (talkread.bml in the site scheme, 2003): “wicker_and_wren (ljuser) wrote,” and “@ date”, a Mood table, the subject “{ls_subj[i]}” in a bold italic `<font>` with no class; no Title label; '
         + ['a bare “Part Two” link after the prose', '“Part One | Part Three” after the prose', '“Part Two | the end” after the prose'][i],
         talkread_page(e, realname='Wren'),
         [story(ls_urls[i], 'wicker_and_wren', 'wicker_and_wren', fields(title='The Lamplit Stair', fandom='Original', rating='PG', wordCount=ls_wc[i]),
                part(i + 1, 3), ls_bodies[i], exclude=excl)],
         (ls_urls, ls_bodies))
SERIES.append(('lamplitstair', 'The Lamplit Stair', 3, 'LJ 2003, an S1 journal (entry pages are talkread.bml); subjects “(Part One of Three)” …; linked only by “Part N” lines after the prose; the S1 Default LiveJournal recent page holds all three (part 2 behind a cut).'))

# The journal's recent page (S1 lastn/Default LiveJournal): part 3 in full, a personal post, part 2 behind an lj-cut, part 1 in full.
pers = {'url': LS + '3512.html', 'journal': 'wicker_and_wren', 'poster': 'wicker_and_wren', 'subject': 'the bell-ringers’ supper, part two', 'date': (2003, 10, 28, '19:02'),
        'html': 'The supper went on until midnight again. Mr Gedge made his speech about the tenor bell for the ninth year running and nobody minded.<br /><br />Part three of the supper is tomorrow, apparently. I am bringing a pie.', 'ncomments': 3}
cut = dict(ls_entries[1], index_html=hdr([('Fandom', 'Original'), ('Rating', 'PG'), ('Words', ls_wc[1])]) + '<br /><br />\n' + ls_prose[1][0]
           + f'<br /><br /><b>( <a href="{ls_urls[1]}#cutid1">the ninth step</a> )</b>')
recent = [ls_entries[2], cut, pers, ls_entries[0]]
page('lj-s1-lastn-default-2003-recent-lamplitstair', 'lj-2003-wicker_and_wren-recent.html', LS, 'livejournal', 'index', 2003,
     ['index', 's1', 'part-marker', 'personal', 'subject-inline'],
     'An S1 journal’s recent page, lastn/“Default LiveJournal” (2003): each entry a `<TR>` with the time in the left cell and the subject as `<FONT><I><B>SUBJECT</B></I></FONT><BR>` (no class) before the text; The Lamplit Stair parts 3 and 1 in full, part 2 with a header, one teaser paragraph and a custom-text lj-cut, and a personal post “the bell-ringers’ supper, part two”',
     s1_page('lastn', 'Default LiveJournal', recent, 'wicker_and_wren', 'Wren', LS),
     [story(ls_urls[2], 'wicker_and_wren', 'wicker_and_wren', fields(title='The Lamplit Stair', fandom='Original', rating='PG', wordCount=ls_wc[2]), part(3, 3), ls_bodies[2], exclude=['Part Two | the end']),
      story(ls_urls[1], 'wicker_and_wren', 'wicker_and_wren', fields(title='The Lamplit Stair', fandom='Original', rating='PG', wordCount=ls_wc[1]), part(2, 3),
            body('lamplitstair-part2-teaser', ls_prose[1][:1]), complete=False, exclude=['the ninth step )']),
      story(ls_urls[0], 'wicker_and_wren', 'wicker_and_wren', fields(title='The Lamplit Stair', fandom='Original', rating='PG', wordCount=ls_wc[0]), part(1, 3), ls_bodies[0])])

import posts2  # noqa: E402,F401
