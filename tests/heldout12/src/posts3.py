"""Posts of tests/heldout12 and their truth: a community masterpost whose chapters are on the writer's journal, a 2008
Wayback copy of a JournalFen one-shot, and a one-shot whose header is one line of capitals split by pipes. All prose,
names, journals and titles are invented for this corpus."""
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, dw_user, esc, wayback
from mag import magazine_page


def cp(h):
    return f'<p style="text-align: center;">{h}</p>'


# ======================================================================= G. The Ropewalk (DW 2015, core2 Trifecta): a MASTERPOST in the
# community ropewalk_fic lists three chapters posted on the writer's own journal; each chapter links the community masterpost.
RC = 'https://ropewalk-fic.dreamwidth.org/'
RT = 'https://rope-and-tar.dreamwidth.org/'
MP = RC + '8817.html'
rw_urls = [RT + '2204.html', RT + '2530.html', RT + '2871.html']
rw_prose = [
    ['The ropewalk at Chatham was a quarter of a mile long and so narrow that two men could not pass in it without one of them stepping into the hemp. Bet Hollis had walked it backwards every working day for nineteen years, feeding out yarn from the bundle round her waist while the wheel at the far end turned and turned.',
     'She knew every board of the floor by the sound it made. So when the board by the fortieth window rang hollow one Monday morning, she stopped walking, and the yarn went slack, and the wheel-boy shouted.',
     'Under the board was a tin box, and in the tin box was a letter addressed to her, in her dead husband’s hand.'],
    ['She did not open it for three days. She put it on the mantelpiece behind the clock and looked at it while she ate her supper, and looked at it while she darned, and on the third night she asked her sister whether a letter from the dead was a blessing or a curse.',
     'Her sister, who was practical, said it depended on what was in it, and that there was only one way to find out, and that if Bet did not open it by Sunday she would open it herself.',
     'Bet opened it on Saturday, alone, by the last of the fire.'],
    ['It was not a long letter. It said that he had been saving, a penny at a time, since the year they married, and that the money was under the fortieth board, and that he was sorry he had never been any good at saying things.',
     'There were eleven pounds in the tin, in coins worn smooth. Bet counted them twice.',
     'On Monday she walked the ropewalk backwards as she always did, and at the fortieth window she stopped, and stood on the hollow board a moment, and then went on. The wheel-boy did not shout. He had heard, by then, like everyone.'],
]
rw_bodies = [body(f'ropewalk-{i + 1}', p) for i, p in enumerate(rw_prose)]
S = 'A quarter-mile ropewalk, a hollow board, and a letter nineteen years late.'
mrows = [('Title', 'The Ropewalk'), ('Author', (dw_user('rope_and_tar'), 'rope_and_tar')), ('Fandom', 'Original'), ('Rating', 'PG'), ('Warnings', 'character death (before the story)'),
         ('Word Count', '1,020'), ('Summary', S)]
mf = fields(title='The Ropewalk', author='rope_and_tar', fandom='Original', rating='PG', warnings='character death (before the story)', wordCount='1,020', summary=S)
mhtml = (hdr(mrows, '<b>{L}:</b> {V}') + '<br /><br />\n<p>Posted on my journal in three chapters:</p>\n<ul>'
         + ''.join(f'<li><a href="{u}">Chapter {n}: {t}</a></li>' for n, (u, t) in enumerate(zip(rw_urls, ['The Fortieth Board', 'Behind the Clock', 'Eleven Pounds']), 1))
         + '</ul>\n<p>Thank you to the mods for the extension!</p>')
me = {'url': MP, 'journal': 'ropewalk_fic', 'poster': 'rope_and_tar', 'community': True, 'subject': 'FIC: The Ropewalk (PG) [masterpost]', 'date': (2015, 3, 28, '12:00'),
      'tags': ['author: rope_and_tar', 'rating: pg', 'masterpost'], 'html': mhtml, 'ncomments': 1, 'comments': [('chatham_dock', 'Off to read!')]}
page('dw-trifecta-2015-community-masterpost-parts-on-journal-ropewalk', 'dw-2015-ropewalk_fic-8817.html', MP, 'dreamwidth', 'masterpost', 2015,
     ['dw-core2-style', 'community', 'masterpost', 'parts-on-journal'],
     'DW community ropewalk_fic (core2 Trifecta): a MASTERPOST by rope_and_tar (“rope_and_tar posting in ropewalk_fic”), a full header and a list of three chapters titled by name (“Chapter 1: The Fortieth Board”), all three on the WRITER’S JOURNAL',
     dw_page('entry', [me], 'ropewalk_fic', 'The Ropewalk Challenge', 'Trifecta', MP, 'The Ropewalk Challenge: FIC: The Ropewalk (PG) [masterpost]', year=2015),
     [story(MP, 'rope_and_tar', 'ropewalk_fic', mf, None, None, complete=False)], stitched=(rw_urls, rw_bodies))
names = ['The Fortieth Board', 'Behind the Clock', 'Eleven Pounds']
for i in range(3):
    nav = [f'<a href="{MP}">Masterpost (at ropewalk_fic)</a>']
    if i > 0:
        nav.insert(0, f'<a href="{rw_urls[i - 1]}">&laquo; Chapter {i}</a>')
    if i < 2:
        nav.append(f'<a href="{rw_urls[i + 1]}">Chapter {i + 2} &raquo;</a>')
    w = ['390 (this chapter)', '310 (this chapter)', '320 (this chapter)'][i]
    rows = [('Title', 'The Ropewalk'), ('Chapter', f'{i + 1}/3, {names[i]}'), ('Rating', 'PG'), ('Word Count', w)]
    f = fields(title='The Ropewalk', rating='PG', wordCount=w)
    html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(rw_prose[i]) + '\n' + cp(' | '.join(nav))
    e = {'url': rw_urls[i], 'journal': 'rope_and_tar', 'poster': 'rope_and_tar', 'subject': f'The Ropewalk, chapter {i + 1}/3: {names[i]}', 'date': (2015, 3, 28, f'11:{10 + 5 * i}'),
         'tags': ['fic', 'the ropewalk'], 'html': html, 'ncomments': 1, 'comments': [('chatham_dock', ['It rang hollow!', 'Her sister is the best.', 'The wheel-boy did not shout. Oh.'][i])]}
    ex = ['Masterpost (at ropewalk_fic)', e['comments'][0][1], 'Chapter:']
    page(f'dw-trifecta-2015-community-masterpost-parts-on-journal-ropewalk-{i + 1}', f'dw-2015-rope_and_tar-{rw_urls[i].split("/")[-1]}', rw_urls[i], 'dreamwidth', 'story', 2015,
         ['dw-core2-style', 'parts-on-journal', 'named-chapters', 'word-count-this-part'],
         f'The Ropewalk, chapter {i + 1}/3: {names[i]} (DW core2 Trifecta, the writer’s journal): “Chapter: {i + 1}/3, {names[i]}”, “Word Count: NNN (this chapter)”; links after the prose to the other chapters and to the masterpost IN THE COMMUNITY',
         dw_page('entry', [e], 'rope_and_tar', 'rope & tar', 'Trifecta', rw_urls[i], f'rope & tar: {e["subject"]}', year=2015),
         [story(rw_urls[i], 'rope_and_tar', 'rope_and_tar', f, part(i + 1, 3), rw_bodies[i], exclude=ex)], stitched=(rw_urls, rw_bodies))
SERIES.append(('ropewalk', 'The Ropewalk', '3 + a community masterpost', 'DW 2015, core2 Trifecta; the masterpost in the community ropewalk_fic, the chapters (“Chapter: N/3, NAME”) on the writer’s journal, each linking the masterpost.'))

# ---------------------------------------------------------------- a 2008 Wayback copy (relative /web/ links) of a JournalFen one-shot
# (S2 Magazine) with "Spoilers:" and a header in <b> with <br>.
u = 'http://www.journalfen.net/users/fen_lantern/4410.html'
pr = ['The eel-catcher on Whittlesey Mere had a hut on stilts and a punt and a reputation, and the reputation was that he could find anything that had been lost in the fen.',
      'So when the vicar’s wife lost her wedding ring skating, it was the eel-catcher they sent for. He came in his punt through the reeds, broke the ice at the edge with a pole, and lay on his belly on the ice for an hour, looking down into the black water.',
      'Then he said, “It’s not here,” and poled away. The vicar’s wife found the ring that evening, in the pocket of her other coat, and never again could look the eel-catcher in the eye; and he, being kind, never again looked at her hands.']
bf = body('eelcatcher', pr)
rows = [('Title', 'The Eel-Catcher'), ('Author', 'fen_lantern'), ('Rating', 'G'), ('Spoilers', 'none, it’s original'), ('Words', '1,400')]
html = hdr(rows, '<b>{L}:</b> {V}', '<br>\n') + '<br><br>\n' + ph(pr)
e = {'url': u, 'journal': 'fen_lantern', 'poster': 'fen_lantern', 'subject': 'The Eel-Catcher', 'date': (2007, 12, 29, '19:45'), 'tags': ['fic', 'fenland'],
     'site': 'journalfen.net', 'jbase': 'http://www.journalfen.net/users/fen_lantern/', 'html': html,
     'comments': [('mere_skater', 'Never again looked at her hands. That man is a saint.', '')]}
TS = '20080416221907'
page('wayback-2008-jf-magazine-spoilers-label-eelcatcher', 'wayback-2008-fen_lantern-4410.html', f'https://web.archive.org/web/{TS}/{u}', 'wayback', 'story', 2007,
     ['wayback-2008', 's2-magazine', 'journalfen', 'characters-spoilers-length-labels'],
     'Wayback copy captured 2008 (links rewritten RELATIVE, `/web/TS/…`) of a JournalFen one-shot in S2 Magazine: `<b>` labels with `<br>` incl. “Spoilers: none, it’s original”',
     wayback(magazine_page('entry', [e], 'fen_lantern', 'fen lantern', u, 2007, site='journalfen.net'), TS, u),
     [story(u, 'fen_lantern', 'fen_lantern', fields(title='The Eel-Catcher', author='fen_lantern', rating='G', spoilers='none, it’s original', wordCount='1,400'), None, bf,
            exclude=['That man is a saint.'])])

# ---------------------------------------------------------------- LJ S2 Magazine (2012): the header ONE LINE of capitals split by pipes,
# no bold ("TITLE: Hull | RATING: PG | CHARACTERS: Bo, Ansel | WORDS: 900"), then an <hr />.
u = 'http://slipway-sal.livejournal.com/11870.html'
pr = ['Bo had been building the boat in the back yard for six years, and the street had stopped asking when she would be finished.',
      'It was a good hull. Everyone agreed on that. Ansel from next door, who had been a shipwright before his knees went, came over most evenings to lean on the fence and say so, and to say what was wrong with it, which was usually the same thing.',
      'The spring she finished, they had to take down the fence to get it out. Ansel held one end of the rope and cried the whole way to the river, and said it was the dust.']
bf = body('hull', pr)
html = '<p>TITLE: Hull | RATING: PG | CHARACTERS: Bo, Ansel | WORDS: 900</p>\n<hr />\n' + ph(pr)
e = {'url': u, 'journal': 'slipway_sal', 'poster': 'slipway_sal', 'subject': 'hull', 'date': (2012, 5, 6, '15:15'), 'tags': ['fic'], 'html': html,
     'comments': [('knee_deep', 'It was the dust. Sure, Ansel.', '')]}
page('lj-magazine-2012-caps-pipe-line-header-hull', 'lj-2012-slipway_sal-11870.html', u, 'livejournal', 'story', 2012,
     ['s2-magazine', 'one-line-pipe-header', 'caps-labels'],
     'LJ S2 Magazine: a one-shot whose whole header is ONE `<p>` of capital labels split by pipes, no bold (“TITLE: Hull | RATING: PG | CHARACTERS: Bo, Ansel | WORDS: 900”), then an `<hr />`',
     magazine_page('entry', [e], 'slipway_sal', 'slipway', u, 2012),
     [story(u, 'slipway_sal', 'slipway_sal', fields(title='Hull', rating='PG', characters='Bo, Ansel', wordCount='900'), None, bf, exclude=['Sure, Ansel.'])])
