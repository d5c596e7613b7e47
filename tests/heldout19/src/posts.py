"""Posts of tests/heldout19 and their truth: the multi-part stories, in the commonest shapes, on the other LJ-code sites
(InsaneJournal, JournalFen, Scribbld) and on LiveJournal and Dreamwidth in other years (2002, 2020): "Part 1 | Part 2 | Part 3"
lines, a masterpost, "(1/2)" subjects, a community posting and the writer's journal, a deleted part. All prose, names, journals
and titles are invented for this corpus; fandom and character names appear as header labels only. Renderers: tests/heldout12's
mag.py (LJ S2 Magazine on InsaneJournal), tests/heldout5's s1.py (talkread.bml on JournalFen and LiveJournal), tests/heldout2's
layouts.py (LJ S2 Generator on InsaneJournal, DW core2), tests/heldout8's s2z.py (Dear Diary on Scribbld)."""
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, esc, gen_page  # noqa: F401
from mag import magazine_page
from s1 import talkread_page
from s2z import deardiary_page

CUT = '<a name="cutid1"></a>'


def entry(url, journal, subject, date, html, tags=(), poster=None, comments=(), **kw):
    e = {'url': url, 'journal': journal, 'poster': poster or journal, 'subject': subject, 'date': date, 'tags': list(tags), 'html': html,
         'ncomments': len(comments), 'comments': list(comments)}
    e.update(kw)
    return e


def missing(url, reason):
    """Marks a part of the last page's story as one the site will not show."""
    PAGES[-1]['stitched']['missing'] = PAGES[-1]['stitched'].get('missing', []) + [{'url': url, 'reason': reason}]


def num(url):
    return url.rstrip('/').split('/')[-1]


def parts_line(urls, i, words=('Part 1', 'Part 2', 'Part 3')):
    """"Part 1 | Part 2 | Part 3", the page's own part unlinked."""
    return ' | '.join(w if k == i else f'<a href="{u}">{w}</a>' for k, (u, w) in enumerate(zip(urls, words)))


# ======================================================================= A. Northern Lights (Due South, InsaneJournal, LJ S2 Magazine,
# 2009): three parts, "Fic: Northern Lights (1/3)" subjects, the full header on part one, a short one after; an lj-cut after each
# header; "Part 1 | Part 2 | Part 3" after the prose, the page's own part unlinked.
J = 'snowplow_sonata'
B = 'http://snowplow-sonata.insanejournal.com/'
urls = [B + f'{n}.html' for n in (3302, 3519, 3788)]
prose = [
    ['The furnace in the consulate basement gave out on the coldest night of the year, and the constable, who had slept in worse places, took it as a personal challenge.',
     'The detective found him at midnight lying on his back under the thing with a flashlight in his teeth and the wolf supervising. “You know there are people for this,” he said. “There are,” the constable agreed, around the flashlight, “and I am one of them.”'],
    ['By two in the morning they had taken most of the furnace apart and laid it on a tarpaulin in order of size, and the detective had stopped asking whether it would go back together.',
     'He sat on an upturned crate in his coat and gloves and handed over whatever was asked for, and somewhere along the way he started to enjoy himself, which he would deny later to anyone who asked.',
     'The wolf went to sleep on the detective’s feet. Neither of them mentioned it.'],
    ['At a quarter to five the furnace coughed, rattled, and began to breathe warm air through the vents of the old building, and the constable sat back on his heels and smiled at it as if it were a horse he had gentled.',
     'They went upstairs and stood at the office window to watch the sky lighten over the snowbanks. The detective said that it was the stupidest night of his life. Then he said that he would do it again, which was not the same thing at all.'],
]
bodies = [body(f'northernlights-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'The consulate furnace dies on the coldest night of the year. Somebody has to fix it.'
coms = ['The flashlight in his teeth! So him.', 'Handing over whatever was asked for, my heart.', 'Which was not the same thing at all. Perfect.']
for i in range(3):
    if i == 0:
        rows = [('Title', 'Northern Lights'), ('Author', 'snowplow_sonata'), ('Fandom', 'Due South'), ('Pairing', 'Fraser/Kowalski'), ('Rating', 'PG'),
                ('Word Count', '3,200 in three parts'), ('Summary', SUM), ('Disclaimer', 'Alliance owns them. I just borrow them in winter.')]
        f = fields(title='Northern Lights', author='snowplow_sonata', fandom='Due South', pairing='Fraser/Kowalski', rating='PG', wordCount='3,200 in three parts',
                   summary=SUM, disclaimer='Alliance owns them. I just borrow them in winter.')
    else:
        rows = [('Title', 'Northern Lights'), ('Pairing', 'Fraser/Kowalski'), ('Rating', 'PG')]
        f = fields(title='Northern Lights', pairing='Fraser/Kowalski', rating='PG')
    subj = f'Fic: Northern Lights ({i + 1}/3)'
    e = entry(urls[i], J, subj, (2009, 1, 10 + 3 * i, '22:15'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p align="center">{parts_line(urls, i)}</p>',
              tags=['due south', 'fic', 'fic: northern lights'], comments=[('moose_on_the_loose', coms[i])], site='insanejournal.com')
    page(f'ij-magazine2009-due-south-three-parts-parts-line-northernlights-{i + 1}', f'ij-{J}-{num(urls[i])}', urls[i], 'insanejournal', 'story', 2009,
         ['s2-magazine', 'insanejournal', 'header-then-cut', 'parts-number-line-after-prose', 'part-in-subject'] + (['full-header', 'disclaimer'] if i == 0 else ['short-header-later-parts']),
         f'InsaneJournal, LJ S2 Magazine (2009): “{subj}”, a Due South story in three parts: ' + ('the FULL header (Title / Author / Fandom / Pairing / Rating / Word Count / Summary / Disclaimer)' if i == 0 else 'a SHORT header (Title / Pairing / Rating)')
         + ', an lj-cut, “Part 1 | Part 2 | Part 3” after the prose (its own part unlinked)',
         magazine_page('entry', [e], J, 'snowplow sonata', urls[i], 2009, site='insanejournal.com'),
         [story(urls[i], J, J, f, part(i + 1, 3), bodies[i], exclude=['Part 1 | Part 2 | Part 3', coms[i]])], stitched=(urls, bodies))
SERIES.append(('northernlights', 'Northern Lights', '3', 'InsaneJournal 2009, S2 Magazine: “(1/3)” subjects, “Part 1 | Part 2 | Part 3” after the prose on each part.'))

# ======================================================================= B. The Long Winter Count (Stargate SG-1, JournalFen, S1
# talkread.bml, 2005): a MASTERPOST with the full header and "Part One" / "Part Two"; each part "Part: n/2", and "Next part" /
# "Masterpost" after the prose.
J = 'dialhome_device'
B = 'http://www.journalfen.net/users/dialhome_device/'
master = B + '20611.html'
urls = [B + '20873.html', B + '21140.html']
prose = [
    ['On P3X-118 the locals kept time by the winters, and the winters were long, and the archaeologist had been trying for three days to get somebody to tell him how many of them had passed since the gate was last used.',
     'Nobody would. It was rude, apparently, to count winters out loud. The colonel said that this was the first culture he had ever really understood, and went to sit by the fire with the old men, who gave him a pipe and taught him a game with pebbles.'],
    ['In the end it was a child who told them, because children on P3X-118 were not yet bound by any of the rules, and she was bored, and the archaeologist had a chocolate bar.',
     'Eleven hundred winters. She counted them out on a stick notched all over, which her grandmother kept by the door. The archaeologist sat down in the snow and did not get up for some time.',
     'The colonel lost eleven games of pebbles in a row and did not seem to mind. On the way back to the gate he said that some things did not need counting, and the archaeologist, for once, did not argue.'],
]
bodies = [body(f'wintercount-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'Nobody on P3X-118 will say how many winters have passed. It is very rude to ask.'
m_rows = [('Title', 'The Long Winter Count'), ('Author', 'dialhome_device'), ('Fandom', 'Stargate SG-1'), ('Characters', 'Jack, Daniel, team'), ('Rating', 'G'),
          ('Word Count', '4,700'), ('Spoilers', 'through season 8, vaguely'), ('Summary', SUM), ('Notes', 'Thanks to teal_c_ya_later for the beta and the pebble game.')]
m_f = fields(title='The Long Winter Count', author='dialhome_device', fandom='Stargate SG-1', characters='Jack, Daniel, team', rating='G', wordCount='4,700',
             spoilers='through season 8, vaguely', summary=SUM, notes='Thanks to teal_c_ya_later for the beta and the pebble game.')
m_html = (hdr(m_rows) + '<br /><br />\n' + f'<a href="{urls[0]}">Part One</a><br />\n<a href="{urls[1]}">Part Two</a>')
me = entry(master, J, 'Fic: The Long Winter Count (masterpost)', (2005, 11, 20, '21:00'), m_html, comments=[('teal_c_ya_later', 'Yay, it’s up! Go read, flist!')],
           currents=[('Mood', 'accomplished')])
page('jf-s1-talkread2005-masterpost-parts-links-wintercount', f'jf-{J}-{num(master)}', master, 'journalfen', 'masterpost', 2005,
     ['jf-s1-talkread', 'www-users-url', 'masterpost', 'full-header'],
     'JournalFen S1 entry page (talkread.bml, 2005): the MASTERPOST of The Long Winter Count (Stargate SG-1): Title / Author / Fandom / Characters / Rating / Word Count / Spoilers / Summary / Notes, then “Part One” / “Part Two”',
     talkread_page(me, site='journalfen', year=2005),
     [story(master, J, J, m_f, None, complete=False)], stitched=(urls, bodies))
coms = ['Rude to count winters out loud! I love these people.', 'Some things did not need counting. Oh, Jack.']
for i in range(2):
    tail = (f'<a href="{urls[1]}">Next part</a> | <a href="{master}">Masterpost</a>' if i == 0 else f'<a href="{urls[0]}">Previous part</a> | <a href="{master}">Masterpost</a>')
    tail_txt = 'Next part | Masterpost' if i == 0 else 'Previous part | Masterpost'
    rows = [('Title', 'The Long Winter Count'), ('Part', f'{i + 1}/2'), ('Rating', 'G')]
    subj = f'Fic: The Long Winter Count, part {i + 1}/2'
    e = entry(urls[i], J, subj, (2005, 11, 20, f'21:0{i + 5}'), hdr(rows) + '<br /><br />\n' + '<br /><br />\n'.join(esc(p) for p in prose[i]) + '<br /><br />\n' + tail,
              comments=[('teal_c_ya_later', coms[i])])
    page(f'jf-s1-talkread2005-part-next-masterpost-wintercount-{i + 1}', f'jf-{J}-{num(urls[i])}', urls[i], 'journalfen', 'story', 2005,
         ['jf-s1-talkread', 'www-users-url', 'part-label', 'br-prose', 'masterpost-link'],
         f'JournalFen S1 entry page (talkread.bml, 2005): “{subj}”, Title / Part “{i + 1}/2” / Rating, &lt;br&gt; prose, “{tail_txt}” after it',
         talkread_page(e, site='journalfen', year=2005),
         [story(urls[i], J, J, fields(title='The Long Winter Count', rating='G'), part(i + 1, 2), bodies[i], exclude=[tail_txt, coms[i]])], stitched=(urls, bodies))
SERIES.append(('wintercount', 'The Long Winter Count', '3 (masterpost + 2 parts)', 'JournalFen 2005, S1 talkread.bml: the masterpost lists “Part One” / “Part Two”; each part “Next part | Masterpost”.'))

# ======================================================================= C. Salt and Canvas (Pirates of the Caribbean, InsaneJournal,
# LJ S2 Generator, 2007): part one posted to a COMMUNITY, part two in the writer's own journal; each links the other in a line
# after the prose ("Part two is in my journal" / "Part one is at black_pearl_fic").
C = 'black_pearl_fic'
P = 'tortuga_tide'
u1 = 'http://community.insanejournal.com/black_pearl_fic/8812.html'
u2 = 'http://tortuga-tide.insanejournal.com/1907.html'
urls = [u1, u2]
prose = [
    ['The sailmaker’s daughter had been mending canvas on the quay at Tortuga since she was nine, and she knew every ship in the harbour by the patches in its sails.',
     'So when a ship came in with no patches at all, new white canvas from the main to the jib, she put down her needle and watched it all the way to the dock. Nobody had new sails in Tortuga. New sails meant a story, and usually a bad one.',
     'The captain who came down the gangway was wearing a very fine coat and no shoes, and he asked her, politely, whether she had ever thought of going to sea.'],
    ['She had thought of it every day of her life. She told him so, and he laughed, and said that was the right answer, and that his sails were new because the old ones had been on fire, which was a story, and a bad one, but not for her.',
     'She sailed with the tide the next morning with her needles in a tin and her father’s blessing, given gruffly, on the quay. The new canvas snapped and filled over her head.',
     'By the first week she had put the first patch in it. By the end of the year there were forty, and she knew every one.'],
]
bodies = [body(f'saltcanvas-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A sailmaker’s daughter, a ship with new sails, and the question she has been waiting for.'
rows1 = [('Title', 'Salt and Canvas'), ('Author', 'tortuga_tide'), ('Characters', 'Jack Sparrow, original female character'), ('Rating', 'PG'),
         ('Words', '1,900 (two parts)'), ('Summary', SUM)]
f1 = fields(title='Salt and Canvas', author='tortuga_tide', characters='Jack Sparrow, original female character', rating='PG', wordCount='1,900 (two parts)', summary=SUM)
t1 = f'<p><a href="{u2}">Part two is in my journal.</a></p>'
e1 = entry(u1, C, 'Salt and Canvas (1/2) [PG, gen]', (2007, 6, 3, '14:20'), hdr(rows1) + '<br /><br />\n' + CUT + '\n' + ph(prose[0]) + '\n' + t1, poster=P, community=True,
           tags=['character: jack sparrow', 'rating: pg', 'fic'], comments=[('rum_is_gone', 'Knowing every ship by its patches! Lovely detail.')], site='insanejournal.com')
page('ij-generator2007-potc-community-part-then-journal-saltcanvas-1', f'ij-{C}-8812.html', u1, 'insanejournal', 'story', 2007,
     ['s2-generator', 'insanejournal', 'community', 'community-then-journal', 'part-in-subject', 'header-then-cut'],
     'InsaneJournal community (community.insanejournal.com), LJ S2 Generator (2007): “Salt and Canvas (1/2) [PG, gen]”, a Pirates of the Caribbean story posted by the writer to the COMMUNITY: Title / Author / Characters / Rating / Words / Summary, an lj-cut, “Part two is in my journal.” after the prose',
     gen_page('entry', [e1], 'insanejournal', C, 'Black Pearl Fic', u1, f'{C}: Salt and Canvas (1/2) [PG, gen]', 2007, is_comm=True),
     [story(u1, P, C, f1, part(1, 2), bodies[0], exclude=['Part two is in my journal.', 'Knowing every ship by its patches!'])], stitched=(urls, bodies))
t2 = f'<p>(<a href="{u1}">Part one</a> is at black_pearl_fic.)</p>'
rows2 = [('Title', 'Salt and Canvas'), ('Rating', 'PG')]
e2 = entry(u2, P, 'Salt and Canvas (2/2)', (2007, 6, 3, '14:31'), hdr(rows2) + '<br /><br />\n' + t2 + '\n' + CUT + '\n' + ph(prose[1]),
           tags=['fic', 'potc'], comments=[('rum_is_gone', 'Forty patches and she knew every one! Wonderful.')], site='insanejournal.com')
page('ij-generator2007-potc-community-part-then-journal-saltcanvas-2', f'ij-{P}-1907.html', u2, 'insanejournal', 'story', 2007,
     ['s2-generator', 'insanejournal', 'community-then-journal', 'part-in-subject', 'part-link-above-prose'],
     'InsaneJournal, LJ S2 Generator (2007): “Salt and Canvas (2/2)” in the WRITER’S JOURNAL, part one being in a community: Title / Rating, “(Part one is at black_pearl_fic.)” above the cut',
     gen_page('entry', [e2], 'insanejournal', P, 'tide at tortuga', u2, f'{P}: Salt and Canvas (2/2)', 2007),
     [story(u2, P, P, fields(title='Salt and Canvas', rating='PG'), part(2, 2), bodies[1], exclude=['Part one is at black_pearl_fic', 'Forty patches and she knew'])], stitched=(urls, bodies))
SERIES.append(('saltcanvas', 'Salt and Canvas', '2', 'InsaneJournal 2007, S2 Generator: part one in the community black_pearl_fic, part two in the writer’s journal; each links the other.'))

# ======================================================================= D. Nine Stones (Hikaru no Go, LiveJournal 2002, S1 talkread.bml
# at www.livejournal.com/users/NAME/N.html): three parts linked "Part 1 | Part 2 | Part 3"; part two was DELETED by the writer
# (the address answers 404): both readable parts still link it.
J = 'kifu_and_tea'
B = 'http://www.livejournal.com/users/kifu_and_tea/'
urls = [B + '8804.html', B + '9132.html', B + '9560.html']
prose = [
    ['The go salon on the third floor smelled of green tea and floor polish, and the boy came every Thursday after school and lost to the same old man, nine stones handicap, every single week.',
     'He did not mind losing. He minded the way the old man hummed when he was winning, a tuneless little sound, as if the board were a kettle coming to the boil.'],
    None,
    ['In the spring the boy played the old man with eight stones and won by half a point, and the salon went very quiet.',
     'The old man looked at the board for a long time. Then he began to hum, the same tuneless sound as always, and reached across and started clearing the stones away for the next game, and the boy understood that it had never been the sound of winning at all.'],
]
bodies = [body(f'ninestones-{i + 1}', p) if p else None for i, p in enumerate(prose)]
SUM = 'Every Thursday, nine stones, the same old man.'
coms = ['The humming! I love the old man already.', 'It had never been the sound of winning. Oh!']
for i in (0, 2):
    if i == 0:
        rows = [('Title', 'Nine Stones'), ('Author', 'kifu_and_tea'), ('Fandom', 'Hikaru no Go'), ('Characters', 'Waya, original character'), ('Rating', 'G'), ('Summary', SUM)]
        f = fields(title='Nine Stones', author='kifu_and_tea', fandom='Hikaru no Go', characters='Waya, original character', rating='G', summary=SUM)
    else:
        rows = [('Title', 'Nine Stones'), ('Rating', 'G')]
        f = fields(title='Nine Stones', rating='G')
    subj = f'HnG fic: Nine Stones ({i + 1}/3)'
    html = hdr(rows) + '<br /><br />\n' + '<br /><br />\n'.join(esc(p) for p in prose[i]) + '<br /><br />\n' + parts_line(urls, i)
    e = entry(urls[i], J, subj, (2002, 8, 1 + 7 * i, '23:05'), html, comments=[('goban_ghost', coms[i // 2])], currents=[('Mood', ['sleepy', 'content'][i // 2])])
    page(f'lj-s1-talkread2002-hng-parts-line-part-deleted-ninestones-{i + 1}', f'lj-{J}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2002,
         ['lj-s1-talkread', 'www-users-url', 'parts-number-line-after-prose', 'part-in-subject', 'part-deleted'],
         f'LiveJournal S1 entry page (talkread.bml, 2002, www.livejournal.com/users/NAME/N.html): “{subj}”, a Hikaru no Go story in three parts, '
         + ('Title / Author / Fandom / Characters / Rating / Summary' if i == 0 else 'Title / Rating') + ', &lt;br&gt; prose, “Part 1 | Part 2 | Part 3” after it; part 2 was DELETED (404)',
         talkread_page(e, site='livejournal', year=2002),
         [story(urls[i], J, J, f, part(i + 1, 3), bodies[i], exclude=['Part 1 | Part 2 | Part 3', coms[i // 2]])], stitched=(urls, bodies))
    missing(urls[1], 'not-found')
SERIES.append(('ninestones', 'Nine Stones', '2 (+ a deleted part)', 'LiveJournal 2002, S1 talkread.bml: “Part 1 | Part 2 | Part 3” on each part; part 2 deleted: missing (not-found), no page.'))

# ======================================================================= E. A Slow Apocalypse (Good Omens, Dreamwidth core2, 2020):
# three chapters, "chapter n/3" subjects, Relationship / Content warnings labels, "« Previous chapter | Next chapter »".
J = 'bentley_and_books'
B = 'https://bentley-and-books.dreamwidth.org/'
urls = [B + f'{n}.html' for n in (15771, 16024, 16390)]
prose = [
    ['The end of the world had been cancelled, rescheduled, and cancelled again, and the bookshop on the corner had not opened its door to a customer in eleven weeks.',
     'This was not, the angel explained over the telephone, anything to do with the end of the world. It was the sensible thing. Everybody was doing it. And he had a great deal of reading to catch up on.',
     'The demon, who had been sitting in his flat across town watching plants grow, said that was fine. He said it twice. Then he put the phone down and looked at it for a long while.'],
    ['By the twelfth week they had taken to walking in the park at dusk, six feet apart, because the rules said so and the angel liked rules.',
     'They walked the same circle every evening, past the duck pond and the closed café and the bench with the brass plaque, and talked about nothing: the ducks, the weather, a book the angel was rereading for the ninth time.'],
    ['The rules changed on a Thursday. They met at the bench with the plaque, as always, and stood six feet apart out of habit, and then the angel said, a little helplessly, that he supposed they did not have to any more.',
     'The demon closed the distance in two steps. They sat down on the bench, close, shoulder to shoulder, and watched the ducks until it was dark, and neither of them said anything at all, because after six thousand years some things did not need saying.'],
]
bodies = [body(f'slowapocalypse-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'Lockdown, a bookshop, a park at dusk, six feet apart.'
coms = ['Watching plants grow. I felt that.', 'The bench with the brass plaque!!', 'Shoulder to shoulder, finally. I cried a bit.']
for i in range(3):
    links = ([f'<a href="{urls[i - 1]}">&laquo; Previous chapter</a>'] if i else []) + ([f'<a href="{urls[i + 1]}">Next chapter &raquo;</a>'] if i < 2 else [])
    txt = ' | '.join((['« Previous chapter'] if i else []) + (['Next chapter »'] if i < 2 else []))
    rows = [('Title', 'A Slow Apocalypse'), ('Fandom', 'Good Omens (TV)'), ('Relationship', 'Aziraphale/Crowley'), ('Rating', 'General Audiences')]
    f = fields(title='A Slow Apocalypse', fandom='Good Omens (TV)', pairing='Aziraphale/Crowley', rating='General Audiences')
    if i == 0:
        rows += [('Content warnings', 'pandemic setting (mild)'), ('Words', '4,100'), ('Summary', SUM)]
        f.update(warnings='pandemic setting (mild)', wordCount='4,100', summary=SUM)
    subj = f'A Slow Apocalypse, chapter {i + 1}/3'
    e = entry(urls[i], J, subj, (2020, 5, 2 + 7 * i, '19:45'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n<p style="text-align:center">' + ' | '.join(links) + '</p>',
              tags=['fic', 'good omens', 'fic: a slow apocalypse'], comments=[('ducks_in_st_james', coms[i])])
    page(f'dw-core2-2020-good-omens-chapters-prev-next-slowapocalypse-{i + 1}', f'dw-{J}-{num(urls[i])}', urls[i], 'dreamwidth', 'story', 2020,
         ['dw-core2', 'part-in-subject', 'prev-next-chapter-links', 'relationship-label'] + (['content-warnings-label'] if i == 0 else []),
         f'DW core2 (2020): “{subj}”, a Good Omens story in three chapters: Title / Fandom / Relationship / Rating' + (' / Content warnings / Words / Summary' if i == 0 else '')
         + f', an lj-cut, “{txt}” after the prose',
         dw_page('entry', [e], J, 'bentley & books', 'Lefty', urls[i], f'{J}: {subj}', year=2020),
         [story(urls[i], J, J, f, part(i + 1, 3), bodies[i], exclude=[txt, coms[i]])], stitched=(urls, bodies))
SERIES.append(('slowapocalypse', 'A Slow Apocalypse', '3', 'Dreamwidth 2020, core2: “chapter n/3” subjects; “« Previous chapter | Next chapter »” after the prose.'))

# ======================================================================= F. Shore Leave Protocol (Star Trek (2009), Scribbld, LJ S2 Dear
# Diary, 2010): two parts, "[fic] Shore Leave Protocol (1/2)" subjects; "To be continued in part two!" and "(Part one is here.)" above
# part two's header.
J = 'warp_core_breach'
B = 'http://warp-core-breach.scribbld.com/'
urls = [B + '2208.html', B + '2377.html']
prose = [
    ['Shore leave on Risa was supposed to be restful, and the doctor had been promised restful, and what he got instead was a beach, a bad sunburn, and the captain trying to learn to surf.',
     'He sat under an umbrella with a cold drink and his medical kit and watched the captain fall off the board eighteen times. On the nineteenth, the captain stood up, rode a wave nearly to the shore, and fell off spectacularly in front of half the crew.'],
    ['The doctor treated the resulting cut on the captain’s forehead on the sand, grumbling the whole time about idiots and oceans and the well-documented dangers of both.',
     'The captain grinned up at him, dripping, sand in his hair, entirely unrepentant, and said that the doctor should try it. The doctor said that he would sooner be beamed into the sun.',
     'The next morning the doctor was on a board in the shallows, swearing, and the captain was holding it steady for him, and neither of them, later, would ever admit whose idea it had been.'],
]
bodies = [body(f'shoreleave-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'Risa, a surfboard, and a doctor who was promised restful.'
coms = ['Eighteen times! Poor Bones.', 'Sooner be beamed into the sun, ha!']
for i in range(2):
    if i == 0:
        rows = [('Title', 'Shore Leave Protocol'), ('Fandom', 'Star Trek (2009)'), ('Pairing', 'Kirk/McCoy'), ('Rating', 'PG'), ('Word count', '1,400'), ('Summary', SUM)]
        f = fields(title='Shore Leave Protocol', fandom='Star Trek (2009)', pairing='Kirk/McCoy', rating='PG', wordCount='1,400', summary=SUM)
        html = hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[0]) + f'\n<p><i>To be continued in <a href="{urls[1]}">part two</a>!</i></p>'
        exc = ['To be continued in part two!']
    else:
        rows = [('Title', 'Shore Leave Protocol'), ('Pairing', 'Kirk/McCoy'), ('Rating', 'PG')]
        f = fields(title='Shore Leave Protocol', pairing='Kirk/McCoy', rating='PG')
        html = f'<p>(<a href="{urls[0]}">Part one is here.</a>)</p>\n' + hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[1])
        exc = ['Part one is here.']
    subj = f'[fic] Shore Leave Protocol ({i + 1}/2)'
    e = entry(urls[i], J, subj, (2010, 7, 17 + i, '20:40'), html, tags=['fic', 'star trek', 'kirk/mccoy'], comments=[('risa_sunrise', coms[i])], site='scribbld.com',
              currents=[('mood', ['amused', 'sunburnt'][i])])
    page(f'sc-deardiary2010-star-trek-two-parts-continued-shoreleave-{i + 1}', f'sc-{J}-{num(urls[i])}', urls[i], 'scribbld', 'story', 2010,
         ['s2-dear-diary', 'scribbld', 'part-in-subject', 'header-then-cut'] + (['continued-in'] if i == 0 else ['part-link-above-header']),
         f'Scribbld, LJ S2 Dear Diary (2010): “{subj}”, a Star Trek (2009) story in two parts: ' + ('Title / Fandom / Pairing / Rating / Word count / Summary, an lj-cut, “To be continued in part two!” after the prose' if i == 0 else '“(Part one is here.)” ABOVE the short header (Title / Pairing / Rating), an lj-cut'),
         deardiary_page('entry', [e], J, 'warp core breach', urls[i], 2010, site='scribbld.com'),
         [story(urls[i], J, J, f, part(i + 1, 2), bodies[i], exclude=exc + [coms[i]])], stitched=(urls, bodies))
SERIES.append(('shoreleave', 'Shore Leave Protocol', '2', 'Scribbld 2010, S2 Dear Diary: “(1/2)” subjects; “To be continued in part two!” / “(Part one is here.)” above part two’s header.'))
