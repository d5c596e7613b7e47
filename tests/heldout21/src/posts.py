"""Posts of tests/heldout21 and their truth: the multi-part stories, issue 11's shapes 5-7 in ordinary wordings: part markers in
their common forms and places ("Chapter 1 of 3" and "Ch. 1", "[1/?]", "(Part One of Three)", "1/2" at the end of a subject,
"Part 1/2", "pt. 1"), masterposts that list art, podfic, an AO3 mirror, a fanmix, a rec and series siblings besides the parts,
chapters that point at their masterpost ("Masterpost: here", "All parts", "Table of contents", "Index"). All prose, names,
journals and titles are invented for this corpus; fandom and character names appear as header labels only. Renderers:
tests/heldout2's layouts.py (LJ S2 Generator on LiveJournal and InsaneJournal, DW core2, LJ's 2017+ post page), tests/heldout12's
mag.py (S2 Magazine), tests/heldout13's bloggish.py (Bloggish)."""
import html as _html
import re

from bloggish import bloggish_page
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, esc, gen_page, singlepost_page  # noqa: F401
from mag import magazine_page

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


def txt(h):
    return re.sub(r'\s+', ' ', _html.unescape(re.sub(r'<[^>]+>', '', h))).strip()


# ======================================================================= A. The Weight of Salt (Leverage, Dreamwidth core2, 2015): a
# MASTERPOST in the writer's journal listing the three chapters besides art, podfic, an AO3 mirror and the series' first story;
# each chapter "Fic: The Weight of Salt, Ch. 1" with a "Chapter: 1 of 3" header line and "Masterpost: here" (the link's words
# "here") in the header.
J = 'harbour_lights'
B = 'https://harbour-lights.dreamwidth.org/'
mp = B + '18870.html'
urls = [B + f'{n}.html' for n in (18544, 18702, 18833)]
PREQ = B + '15102.html'
ART = 'https://gilt-and-grift.dreamwidth.org/4410.html'
POD = 'https://archive.org/details/weight-of-salt-podfic'
AO3 = 'https://archiveofourown.org/works/5521904'
prose = [
    ['The job was a salt warehouse on the docks, and the hacker hated it on sight, because there was no signal inside and nothing to plug into but a forklift.',
     'The thief climbed the racks instead, quick as a cat, and called down the numbers on the sacks while the hitter stood guard at the door and pretended not to be listening to her sing.'],
    ['It went wrong at the second shift change, the way it always did, with a foreman who came back for his lunch.',
     'The grifter talked to him for eleven minutes about his daughter’s wedding. By the end of it he had offered her a discount on road salt and the thief had the ledger, and nobody had raised a voice.',
     'Afterwards, in the van, the hitter said that it had been the most frightening thing he had seen all year. The grifter took it as the compliment it was, and the hacker wrote the foreman’s daughter a very generous wedding present into somebody else’s expense account.'],
    ['They read the ledger that night in the bar with the doors locked, all five of them round one table and the mastermind at the head of it, not drinking.',
     'It said exactly what they had hoped and exactly what they had feared. The hacker looked up from it and around at their faces, and thought that he had never in his life been so glad to be somewhere without any signal at all.'],
]
bodies = [body(f'weightofsalt-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A salt warehouse, a missing ledger, and a forklift nobody can hack.'
NOTE = 'Thanks to my beta, who knows more about road salt than anyone should.'
mrows = [('Title', 'The Weight of Salt'), ('Author', 'harbour_lights'), ('Fandom', 'Leverage'), ('Characters', 'ensemble, Hardison/Parker/Eliot'), ('Rating', 'Teen'),
         ('Word count', '8,900'), ('Series', 'Harbour Jobs, part two'), ('Summary', SUM), ('Notes', NOTE)]
mf = fields(title='The Weight of Salt', author='harbour_lights', fandom='Leverage', characters='ensemble, Hardison/Parker/Eliot', rating='Teen', wordCount='8,900',
            series='Harbour Jobs, part two', summary=SUM, notes=NOTE)
mhtml = (hdr(mrows) + '<br /><br />\n<b>Chapters:</b><br />\n'
         + '<br />\n'.join(f'<a href="{u}">Chapter {w}</a>' for u, w in zip(urls, ('One', 'Two', 'Three'))) + '<br /><br />\n'
         + f'<b>Art:</b> <a href="{ART}">a gorgeous heist map</a> by gilt_and_grift<br />\n'
         + f'<b>Podfic:</b> <a href="{POD}">mp3 and m4b</a>, read by the lovely tidewater_reads<br />\n'
         + f'<b>AO3 mirror:</b> <a href="{AO3}">here</a><br />\n'
         + f'<b>Also in this series:</b> <a href="{PREQ}">The Tide Table Job</a> (you don’t need to have read it)')
e = entry(mp, J, 'Masterpost: The Weight of Salt (Leverage, Teen)', (2015, 8, 30, '20:15'), mhtml,
          tags=['fic: leverage', 'series: harbour jobs', 'masterpost'], comments=[('gilt_and_grift', 'Finally! Reading the whole thing again from the top.')])
page('dw-core2-2015-masterpost-art-podfic-ao3-series-weightofsalt-masterpost', f'dw-{J}-18870.html', mp, 'dreamwidth', 'masterpost', 2015,
     ['dw-core2', 'masterpost', 'chapters-list', 'art-podfic-ao3-not-parts', 'series-sibling-not-part'],
     'DW core2 (2015): a Leverage MASTERPOST in the writer’s journal: Title / Author / Fandom / Characters / Rating / Word count / Series / Summary / Notes, “Chapters:” Chapter One / Two / Three, then Art, Podfic, “AO3 mirror: here” and “Also in this series:” the first story',
     dw_page('entry', [e], J, 'harbour lights', 'Practicality', mp, f'{J}: Masterpost: The Weight of Salt (Leverage, Teen)', year=2015),
     [story(mp, J, J, mf, None, complete=False)], stitched=(urls, bodies))
coms = ['Nothing to plug into but a forklift, poor baby.', 'Eleven minutes about the wedding. Sophie, you menace.', 'So glad to be somewhere without any signal. Oh.']
for i in range(3):
    rows = [('Title', 'The Weight of Salt'), ('Chapter', f'{i + 1} of 3'), ('Rating', 'Teen'), ('Masterpost', (f'<a href="{mp}">here</a>',))]
    nav = ([f'<a href="{urls[i - 1]}">← Chapter {i}</a>'] if i else []) + ([f'<a href="{urls[i + 1]}">Chapter {i + 2} →</a>'] if i < 2 else [])
    navt = txt(' | '.join(nav))
    subj = f'Fic: The Weight of Salt, Ch. {i + 1}'
    html = hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n<p style="text-align: center">' + ' | '.join(nav) + '</p>'
    e = entry(urls[i], J, subj, (2015, 8, [16, 23, 30][i], '19:40'), html, tags=['fic: leverage', 'series: harbour jobs'], comments=[('gilt_and_grift', coms[i])])
    page(f'dw-core2-2015-chapter-of-3-masterpost-here-weightofsalt-{i + 1}', f'dw-{J}-{num(urls[i])}', urls[i], 'dreamwidth', 'story', 2015,
         ['dw-core2', 'chapter-n-of-m-label', 'ch-abbrev-in-subject', 'masterpost-here-in-header', 'prev-next-links'],
         f'DW core2 (2015): “{subj}”: Title / Chapter “{i + 1} of 3” / Rating / “Masterpost: here” in the header, an lj-cut, “{navt}” after the prose',
         dw_page('entry', [e], J, 'harbour lights', 'Practicality', urls[i], f'{J}: {subj}', year=2015),
         [story(urls[i], J, J, fields(title='The Weight of Salt', rating='Teen'), part(i + 1, 3), bodies[i], exclude=[navt, coms[i]])], stitched=(urls, bodies))
SERIES.append(('weightofsalt', 'The Weight of Salt', '4 (masterpost + 3 chapters)',
               'DW 2015: the masterpost lists Chapter One / Two / Three, art, podfic, an AO3 mirror and the series’ first story; each chapter “Masterpost: here” in its header and ← / → chapter links.'))

# ======================================================================= B. Hollow Bones (Naruto, InsaneJournal, LJ S2 Generator, 2008):
# a WIP, "Fic: Hollow Bones [1/?]" and "[2/?]" subjects (no total), "next part" / "previous part" after the prose.
J = 'leaf_and_lantern'
B = 'http://leaf-and-lantern.insanejournal.com/'
urls = [B + '2290.html', B + '2371.html']
prose = [
    ['The messenger hawk came back to the tower without its message and without one of its tail feathers, and the boy who kept the birds sat up all night with it, wrapping the bad wing.',
     'His teammate found him there at dawn, asleep against the wall with the hawk asleep in his lap, and stood in the doorway for a long time deciding whether to wake him.',
     'In the end she took off her jacket and laid it over both of them, boy and bird, and went to stand watch at the window, where the sky over the village was only beginning to go pale.'],
    ['She did not wake him. She sat down on the other side of the hawk instead and waited, and when he opened his eyes she said only that the wing would mend if he let it.',
     'He said that was true of most things. Then he looked at the bandages on her own hands, which she had not explained, and did not ask, and she was grateful.',
     'By evening the hawk was standing on one foot on the perch, glaring at both of them, which the boy said was the best sign there was.'],
]
bodies = [body(f'hollowbones-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A hurt hawk, a long night, and the things teammates do not ask about.'
coms = ['Asleep with the hawk in his lap. Stop it.', 'The bandages on her own hands!! Please update soon.']
for i in range(2):
    rows = ([('Title', 'Hollow Bones'), ('Characters', 'Shino, Hinata'), ('Rating', 'PG'), ('Summary', SUM)] if i == 0 else [('Title', 'Hollow Bones'), ('Rating', 'PG')])
    f = fields(title='Hollow Bones', characters='Shino, Hinata', rating='PG', summary=SUM) if i == 0 else fields(title='Hollow Bones', rating='PG')
    nav = f'<a href="{urls[1]}">next part</a>' if i == 0 else f'<a href="{urls[0]}">previous part</a>'
    subj = f'Fic: Hollow Bones [{i + 1}/?]'
    e = entry(urls[i], J, subj, (2008, 3, 2 + 9 * i, '23:05'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p>{nav}</p>',
              tags=['fic', 'naruto', 'wip'], comments=[('byakugan_blue', coms[i])], site='insanejournal.com')
    page(f'ij-generator2008-wip-part-of-unknown-total-hollowbones-{i + 1}', f'ij-{J}-{num(urls[i])}', urls[i], 'insanejournal', 'story', 2008,
         ['s2-generator', 'insanejournal', 'part-unknown-total-in-subject', 'wip', 'next-prev-part-links'],
         f'InsaneJournal, LJ S2 Generator (2008): “{subj}”, a Naruto WIP with NO TOTAL: ' + ('Title / Characters / Rating / Summary' if i == 0 else 'Title / Rating') + f', an lj-cut, “{txt(nav)}” after the prose',
         gen_page('entry', [e], 'insanejournal', J, 'leaf and lantern', urls[i], f'{J}: {subj}', 2008),
         [story(urls[i], J, J, f, part(i + 1, None), bodies[i], exclude=[txt(nav), coms[i]])], stitched=(urls, bodies))
SERIES.append(('hollowbones', 'Hollow Bones', '2', 'InsaneJournal 2008, S2 Generator: “[1/?]” / “[2/?]” subjects, “next part” / “previous part”.'))

# ======================================================================= C. Shiny Things (Firefly, LiveJournal, LJ S2 Generator, 2005):
# "(Part One of Three)" subjects, "Part One | Part Two | Part Three" after the prose; part two was DELETED (404, no page).
J = 'browncoat_bells'
B = 'http://browncoat-bells.livejournal.com/'
urls = [B + f'{n}.html' for n in (7713, 7790, 7851)]
prose = [
    ['The mechanic found the music box in a crate of salvage off a dead freighter, and nobody else on the ship thought it was worth the weight.',
     'She fixed it anyway, in the evenings, with the smallest screwdriver she owned and a lamp pulled down close, humming to herself because the box would not yet hum for her.',
     'The captain told her twice that it was junk. The preacher asked what it played and she said she did not know yet, which was the whole point of fixing a thing, to find out.'],
    None,
    ['When it finally played, the whole ship heard it: a thin bright tune that came up through the floor plates from the engine room at two in the morning.',
     'One by one they came down in their blankets and sat on the steps and listened, and nobody said it was not worth the weight, not then and not ever again.'],
]
bodies = [body(f'shinythings-{i + 1}', p) if p else None for i, p in enumerate(prose)]
SUM = 'Kaylee, a broken music box, and a ship full of people who say it is not worth fixing.'
coms = ['The smallest screwdriver she owned. Kaylee!', 'Sat on the steps in their blankets. I am crying at work.']
for i in (0, 2):
    rows = ([('Title', 'Shiny Things'), ('Author', 'browncoat_bells'), ('Characters', 'Kaylee, the crew'), ('Rating', 'G'), ('Summary', SUM)] if i == 0
            else [('Title', 'Shiny Things'), ('Rating', 'G')])
    f = (fields(title='Shiny Things', author='browncoat_bells', characters='Kaylee, the crew', rating='G', summary=SUM) if i == 0 else fields(title='Shiny Things', rating='G'))
    pl = ' | '.join(w if k == i else f'<a href="{u}">{w}</a>' for k, (u, w) in enumerate(zip(urls, ('Part One', 'Part Two', 'Part Three'))))
    subj = f'Shiny Things (Part {["One", "Two", "Three"][i]} of Three)'
    e = entry(urls[i], J, subj, (2005, 10, 3 + 4 * i, '22:40'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p align="center">{pl}</p>',
              tags=['firefly', 'my fic'], comments=[('serenity_valley', coms[i // 2])], currents=[('Mood', 'creative')])
    page(f'lj-generator2005-part-one-of-three-words-deleted-part-shinythings-{i + 1}', f'lj-{J}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2005,
         ['s2-generator', 'part-words-of-words-in-subject', 'parts-line-after-prose', 'deleted-part'] + (['full-header'] if i == 0 else ['short-header-later-parts']),
         f'LJ S2 Generator (2005): “{subj}”, a Firefly story in three parts: ' + ('Title / Author / Characters / Rating / Summary' if i == 0 else 'Title / Rating')
         + ', an lj-cut, “Part One | Part Two | Part Three” after the prose; part two was DELETED (404)',
         gen_page('entry', [e], 'livejournal', J, 'browncoat bells', urls[i], f'{J}: {subj}', 2005),
         [story(urls[i], J, J, f, part(i + 1, 3), bodies[i], exclude=['Part One | Part Two | Part Three', coms[i // 2]])], stitched=(urls, bodies))
    missing(urls[1], 'not-found')
SERIES.append(('shinythings', 'Shiny Things', '2 (+ a deleted part)',
               'LJ 2005, S2 Generator: “(Part One of Three)” subjects, “Part One | Part Two | Part Three” on each part; part two deleted: missing (not-found), no page.'))

# ======================================================================= D. Stillwater (Discworld, JournalFen, LJ S2 Bloggish, 2007):
# the marker at the end of the subject with no brackets ("Stillwater 1/2"), "next →" / "← back" after the prose; the header is plain
# "Label: value" lines.
J = 'ankh_morpork_post'
B = 'http://ankh-morpork-post.journalfen.net/'
urls = [B + '4108.html', B + '4161.html']
prose = [
    ['The river in the city was too thick to drown in, everybody knew that, and so when the corporal reported a body floating in it the desk sergeant assumed he had been drinking.',
     'He had not been drinking. The body was floating, face up, perfectly dry, a good six inches above the surface, and it was humming.',
     'The sergeant came out to look, because somebody had to, and stood on the bank for a while with his hands in his pockets. Then he sent for the wizards, which he would later say was the biggest mistake of an otherwise reasonable week.'],
    ['The wizards, when they came, were very interested and no help at all. They measured the six inches several times and argued about the humming.',
     'In the end it was the corporal who asked the body, politely, what it wanted, and the body said it wanted to go home to the hills, and so they took it there in a cart, floating, and the humming stopped when they reached the first tree.'],
]
bodies = [body(f'stillwater-{i + 1}', p) for i, p in enumerate(prose)]
coms = ['Too thick to drown in. Ha!', 'Asked the body, politely. Of course he did.']
for i in range(2):
    rows = [('Title', 'Stillwater'), ('Characters', 'the Watch, some wizards'), ('Rating', 'G'), ('Words', '1,100')] if i == 0 else [('Title', 'Stillwater'), ('Rating', 'G')]
    f = fields(title='Stillwater', characters='the Watch, some wizards', rating='G', wordCount='1,100') if i == 0 else fields(title='Stillwater', rating='G')
    nav = f'<a href="{urls[1]}">next →</a>' if i == 0 else f'<a href="{urls[0]}">← back</a>'
    subj = f'Stillwater {i + 1}/2'
    e = entry(urls[i], J, subj, (2007, 6, 9 + i, '20:00'), hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + ph(prose[i]) + f'\n<p>{nav}</p>',
              tags=['discworld', 'fic'], comments=[('vimes_boots', coms[i])], site='journalfen.net')
    page(f'jf-bloggish2007-bare-n-of-m-end-of-subject-stillwater-{i + 1}', f'jf-{J}-{num(urls[i])}', urls[i], 'journalfen', 'story', 2007,
         ['lj-bloggish', 'journalfen', 'bare-n-slash-m-end-of-subject', 'plain-labels', 'next-back-links', 'no-cut'],
         f'JournalFen, LJ S2 Bloggish (2007): “{subj}” (the marker bare at the subject’s end), a Discworld story in two parts: plain ' + ('Title / Characters / Rating / Words' if i == 0 else 'Title / Rating')
         + f' lines, no cut, “{txt(nav)}” after the prose',
         bloggish_page('entry', [e], J, 'ankh morpork post', urls[i], 2007, site='journalfen.net'),
         [story(urls[i], J, J, f, part(i + 1, 2), bodies[i], exclude=[txt(nav), coms[i]])], stitched=(urls, bodies))
SERIES.append(('stillwater', 'Stillwater', '2', 'JournalFen 2007, Bloggish: “Stillwater 1/2” / “2/2” subjects, “next →” / “← back”.'))

# ======================================================================= E. The Long Way Round (Pride and Prejudice, LiveJournal's
# 2017+ post page, 2018): a MASTERPOST listing Part 1 / Part 2 besides a fanmix, a rec for another writer's story and the
# author's profile; each part "Fic: The Long Way Round, Part 1/2" and an "All parts" link in the footer.
J = 'pemberley_post'
B = 'https://pemberley-post.livejournal.com/'
mp = B + '61022.html'
urls = [B + '60871.html', B + '60955.html']
MIX = 'https://8tracks.com/pemberley_post/the-long-way-round'
REC = 'https://archiveofourown.org/works/13399021'
PROF = 'https://pemberley-post.livejournal.com/profile'
prose = [
    ['The coach broke an axle four miles from the inn, and the gentleman, who had never walked four miles in his life without a horse, offered to go for help.',
     'The lady said she would come too, since the alternative was to sit in a ditch with her aunt’s maid and a basket of pears. He said the road was muddy. She said so was the ditch.',
     'So they walked. He offered her his arm at the first puddle and she declined it, and at the second puddle she took it, and neither of them said a word about the change.'],
    ['By the second mile they had stopped being polite. By the third they had eaten all the pears.',
     'At the inn door he stopped, mud to the knee, and said that he had not enjoyed an afternoon so much in years, and looked so astonished at himself that she laughed out loud in the yard and did not care who heard.'],
]
bodies = [body(f'longwayround-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A broken axle, four muddy miles, and a basket of pears.'
mrows = [('Title', 'The Long Way Round'), ('Fandom', 'Pride and Prejudice'), ('Pairing', 'Elizabeth/Darcy'), ('Rating', 'G'), ('Length', 'about 5,000 words, two parts'), ('Summary', SUM)]
mf = fields(title='The Long Way Round', fandom='Pride and Prejudice', pairing='Elizabeth/Darcy', rating='G', wordCount='about 5,000 words, two parts', summary=SUM)
mhtml = (hdr(mrows) + '<br /><br />\n'
         + ' | '.join(f'<a href="{u}">Part {k + 1}</a>' for k, u in enumerate(urls)) + '<br /><br />\n'
         + f'Fanmix to go with it: <a href="{MIX}">walking music</a><br />\n'
         + f'If you liked this, try <a href="{REC}">Mud and Ribbons</a> by someone far cleverer than me.<br />\n'
         + f'More of my Austen fic is listed on <a href="{PROF}">my profile</a>.')
e = entry(mp, J, 'The Long Way Round: masterpost', (2018, 4, 21, '17:00'), mhtml, tags=['fic', 'austen', 'masterpost'], comments=[('netherfield_nights', 'The pears!! Bookmarking this.')])
page('lj-post2018-masterpost-fanmix-rec-profile-longwayround-masterpost', f'lj-{J}-61022.html', mp, 'livejournal', 'masterpost', 2018,
     ['lj-2017-post-page', 'masterpost', 'parts-number-line', 'fanmix-rec-profile-not-parts'],
     'LiveJournal’s 2017+ post page (2018): a Pride and Prejudice MASTERPOST: Title / Fandom / Pairing / Rating / Length / Summary, “Part 1 | Part 2”, then a fanmix link, a REC for another writer’s story (AO3) and “my profile”',
     singlepost_page(e, 'pemberley post'),
     [story(mp, J, J, mf, None, complete=False)], stitched=(urls, bodies))
coms = ['She said so was the ditch. Yes, Lizzie.', 'Astonished at himself! Lovely.']
for i in range(2):
    rows = [('Title', 'The Long Way Round'), ('Pairing', 'Elizabeth/Darcy'), ('Rating', 'G')]
    foot = (f'<a href="{urls[1]}">Part 2</a> | ' if i == 0 else f'<a href="{urls[0]}">Part 1</a> | ') + f'<a href="{mp}">All parts</a>'
    subj = f'Fic: The Long Way Round, Part {i + 1}/2'
    e = entry(urls[i], J, subj, (2018, 4, [14, 21][i], '16:30'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p>{foot}</p>',
              tags=['fic', 'austen'], comments=[('netherfield_nights', coms[i])])
    page(f'lj-post2018-part-n-slash-m-all-parts-footer-longwayround-{i + 1}', f'lj-{J}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2018,
         ['lj-2017-post-page', 'part-n-slash-m-in-subject', 'all-parts-footer', 'short-header'],
         f'LiveJournal’s 2017+ post page (2018): “{subj}”: Title / Pairing / Rating, an lj-cut, “{txt(foot)}” after the prose (“All parts” links the masterpost)',
         singlepost_page(e, 'pemberley post'),
         [story(urls[i], J, J, fields(title='The Long Way Round', pairing='Elizabeth/Darcy', rating='G'), part(i + 1, 2), bodies[i], exclude=[txt(foot)])],
         stitched=(urls, bodies))
SERIES.append(('longwayround', 'The Long Way Round', '3 (masterpost + 2 parts)',
               'LJ 2018 post page: the masterpost lists “Part 1 | Part 2” besides a fanmix, a rec and the profile; each part “Part n | All parts” after the prose.'))

# ======================================================================= F. Ash and Lanterns (Avatar: The Last Airbender, InsaneJournal,
# LJ S2 Magazine, 2011): the chapters posted by the writer to the community fire_nation_fic, "[fic] Ash and Lanterns, pt. 1" subjects,
# a "Table of contents:" header line linking the MASTERPOST in the writer's journal, "Index" after the prose; the masterpost
# numbers the chapters and lists "other stories in this series".
C, J = 'fire_nation_fic', 'dragon_tea_set'
CB = 'http://fire-nation-fic.insanejournal.com/'
JB = 'http://dragon-tea-set.insanejournal.com/'
mp = JB + '5502.html'
urls = [CB + '12204.html', CB + '12377.html']
SIB = [(JB + '4418.html', 'Smoke Signals'), (JB + '4980.html', 'The Tea Shop Year')]
prose = [
    ['The old general kept a lantern burning in the tea shop window every night, and the nephew, who thought it was a waste of oil, said so every night.',
     'One night he came down late and found his uncle asleep at the counter and the lantern guttering, and without thinking about it at all he refilled it and trimmed the wick and set it back in the window.'],
    ['His uncle, who had not been asleep, said nothing about it in the morning.',
     'But that evening there were two lanterns in the window, and a second cup set out on the counter, and the nephew sat down across from him and drank his tea without a single complaint about the oil.',
     'After that the lanterns were his job. He lit them at dusk and trimmed them at midnight, and when customers asked why the window was always lit, he told them it was so that people could find their way, and found that he meant it.'],
]
bodies = [body(f'ashlanterns-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A lantern in the tea shop window, and the nephew who thinks it is a waste of oil.'
mrows = [('Title', 'Ash and Lanterns'), ('Author', 'dragon_tea_set'), ('Characters', 'Iroh, Zuko'), ('Rating', 'G'), ('Summary', SUM)]
mf = fields(title='Ash and Lanterns', author='dragon_tea_set', characters='Iroh, Zuko', rating='G', summary=SUM)
mhtml = (hdr(mrows) + '<br /><br />\n'
         + '<br />\n'.join(f'{k + 1}. <a href="{u}">Chapter {k + 1}</a>' for k, u in enumerate(urls)) + '<br /><br />\n'
         + '<i>Other stories in this series:</i> ' + ', '.join(f'<a href="{u}">{t}</a>' for u, t in SIB))
e = entry(mp, J, 'Ash and Lanterns - masterpost', (2011, 2, 20, '12:00'), mhtml, tags=['fic: atla', 'tea shop verse'], comments=[('agni_kai_at_noon', 'The tea shop verse is back!')],
          site='insanejournal.com')
page('ij-magazine2011-masterpost-numbered-chapters-in-community-series-siblings-ashlanterns-masterpost', f'ij-{J}-5502.html', mp, 'insanejournal', 'masterpost', 2011,
     ['s2-magazine', 'insanejournal', 'masterpost', 'numbered-chapter-list', 'chapters-in-community', 'series-siblings-not-parts'],
     'InsaneJournal, LJ S2 Magazine (2011): an Avatar MASTERPOST in the writer’s journal: Title / Author / Characters / Rating / Summary, “1. Chapter 1” / “2. Chapter 2” linking the COMMUNITY fire_nation_fic, “Other stories in this series:” two siblings in the writer’s journal',
     magazine_page('entry', [e], J, 'dragon tea set', mp, 2011, site='insanejournal.com'),
     [story(mp, J, J, mf, None, complete=False)], stitched=(urls, bodies))
coms = ['Refilled it without thinking. Oh, Zuko.', 'Two lanterns! My heart.']
for i in range(2):
    rows = [('Title', 'Ash and Lanterns'), ('Characters', 'Iroh, Zuko'), ('Rating', 'G'), ('Table of contents', (f'<a href="{mp}">link</a>',))]
    subj = f'[fic] Ash and Lanterns, pt. {i + 1}'
    e = entry(urls[i], C, subj, (2011, 2, [13, 20][i], '11:30'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p style="text-align:center"><a href="{mp}">Index</a></p>',
              poster=J, community=True, tags=['character: iroh', 'character: zuko', 'rating: g'], comments=[('agni_kai_at_noon', coms[i])], site='insanejournal.com')
    page(f'ij-magazine2011-community-chapter-pt-table-of-contents-index-ashlanterns-{i + 1}', f'ij-{C}-{num(urls[i])}', urls[i], 'insanejournal', 'story', 2011,
         ['s2-magazine', 'insanejournal', 'community', 'pt-abbrev-in-subject', 'table-of-contents-in-header', 'index-link-footer', 'masterpost-in-author-journal'],
         f'InsaneJournal community fire_nation_fic, LJ S2 Magazine (2011): “{subj}” (no total), posted by the writer: Title / Characters / Rating / “Table of contents: link” (the masterpost in the writer’s journal), an lj-cut, “Index” after the prose',
         magazine_page('entry', [e], C, 'Fire Nation Fic', urls[i], 2011, kind='C', site='insanejournal.com'),
         [story(urls[i], J, C, fields(title='Ash and Lanterns', characters='Iroh, Zuko', rating='G'), part(i + 1, None), bodies[i], exclude=['Index', coms[i]])],
         stitched=(urls, bodies))
SERIES.append(('ashlanterns', 'Ash and Lanterns', '3 (masterpost in the writer’s journal + 2 chapters in a community)',
               'InsaneJournal 2011, Magazine: the masterpost numbers “1. Chapter 1 / 2. Chapter 2” (in the community) besides two series siblings; each chapter “Table of contents: link” in its header and “Index” after the prose.'))
