"""Posts of tests/heldout20 and their truth: the multi-part stories, fic as it lived in communities and as it survives on the
Wayback Machine: a big bang masterpost in a community linking chapters in the writer's journal (with art, podfic and an AO3
mirror), "(1/3)" subjects and "Part 1 | Part 2 | Part 3" lines in an old-style LiveJournal community (Wayback copies of the
Alexa era, the links unrewritten, one part never archived), next / previous links in communities on LiveJournal, Dreamwidth
and JournalFen, Wayback copies of the 2010-2013 toolbar and of today's. All prose, names, journals and titles are invented
for this corpus; fandom and character names appear as header labels only. Renderers: tests/heldout2's layouts.py (LJ S2
Generator on LiveJournal and JournalFen, DW core2, today's Wayback wrapper), tests/heldout12's mag.py (LJ S2 Magazine), this
corpus's wbera.py (the Alexa-era and 2010-2013 Wayback wrappers)."""
import html as _html
import re

from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, esc, gen_page  # noqa: F401
from mag import magazine_page
from wbera import fixcomm, wayback_2010, wayback_classic, wayback_today

CUT = '<a name="cutid1"></a>'
WB = 'https://web.archive.org/web/'


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


def wbu(ts, url):
    return f'{WB}{ts}/{url}'


def aliases(ts_list, own_ts, url):
    """A capture is answered at /web/TS/URL for any TS (the Wayback Machine redirects to the nearest capture): the other
    captures' timestamps the story's pages link with."""
    return [wbu(t, url) for t in dict.fromkeys(ts_list) if t != own_ts]


# ======================================================================= A. What the River Keeps (Merlin, a big bang on LiveJournal,
# 2011): the masterpost posted by the writer to the community camelot_bigbang (banner, full header with Artist and Podficcer,
# the chapters on the writer's own journal, the art post, the podfic mp3, the AO3 mirror); each chapter in the writer's journal
# (S2 Magazine) "Headers, art and podfic at the masterpost." above the cut and "Masterpost | Part Two »" after the prose.
C, J = 'camelot_bigbang', 'willow_and_weir'
CB = 'http://camelot-bigbang.livejournal.com/'
JB = 'http://willow-and-weir.livejournal.com/'
mp = CB + '23817.html'
urls = [JB + f'{n}.html' for n in (41220, 41583, 41809)]
ART = 'http://inkwash-ivy.livejournal.com/8820.html'
POD = 'http://www.mediafire.com/?q8w3kx1m2bnd4'
AO3 = 'http://archiveofourown.org/works/312455'
prose = [
    ['The river came up over the lower town in the third week of rain, and the prince went down to see it against everybody’s advice, which was how he always went anywhere.',
     'His manservant went with him, complaining. The water was brown and fast and full of other people’s furniture, a chair, a cradle, the door of a barn, and the prince stood at the edge of it with his hands on his hips as though he could order it back.',
     'It did not go back. But it stopped rising, that afternoon, at the exact stone where the servant stood, and only one of them noticed.'],
    ['For nine days they carried sandbags and bread and old women, and the prince slept in his boots in the mill loft with half the town.',
     'On the fifth night the servant woke and found him sitting by the shutter, watching the water in the moonlight. “It keeps things,” the prince said, not turning round. “My mother’s ring went in at the ford when I was six. I used to think it would give it back.”',
     'The servant said nothing. But he went down to the ford before dawn, alone, and knelt on the wet stones and asked.'],
    ['The water went down on the tenth day and left the lower town grey with silt, and everyone came out to dig.',
     'The prince found the ring himself, in the mud at the ford, as if it had been set there: small and tarnished and exactly as he remembered. He turned it over in his fingers for a long time. Then he looked up, at the one person standing very still on the bank, and did not ask.',
     'He did not need to. He put the ring on a cord round his neck, and went back to digging, and the river ran clear and quiet past them both all the long way down to the sea.'],
]
bodies = [body(f'riverkeeps-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'The river floods the lower town, and it keeps what it takes. Almost always.'
mrows = [('Title', 'What the River Keeps'), ('Author', 'willow_and_weir'), ('Artist', 'inkwash_ivy'), ('Podficcer', 'reedsong_reads'), ('Pairing', 'Merlin/Arthur'),
         ('Rating', 'PG-13'), ('Word Count', '21,400'), ('Warnings', 'none'), ('Summary', SUM),
         ('Author’s Notes', 'Thank you to the mods for running this, to inkwash_ivy for the gorgeous art, and to my beta for her patience.')]
mf = fields(title='What the River Keeps', author='willow_and_weir', pairing='Merlin/Arthur', rating='PG-13', wordCount='21,400', warnings='none', summary=SUM,
            notes='Thank you to the mods for running this, to inkwash_ivy for the gorgeous art, and to my beta for her patience.')
mhtml = (f'<center><img src="http://i1182.photobucket.com/albums/x448/inkwashivy/riverkeeps_banner.jpg" alt="banner: What the River Keeps" width="600" height="220" /></center><br />\n'
         + hdr(mrows) + '<br /><br />\n'
         + '<b>Fic:</b> ' + ' | '.join(f'<a href="{u}">{w}</a>' for u, w in zip(urls, ('Part One', 'Part Two', 'Part Three'))) + '<br />\n'
         + f'<b>Art:</b> <a href="{ART}">at inkwash_ivy’s journal</a> (please leave her some love!)<br />\n'
         + f'<b>Podfic:</b> <a href="{POD}">mp3, 2 hrs 31 min</a>, read by reedsong_reads<br />\n'
         + f'<b>Also on:</b> <a href="{AO3}">AO3</a>')
e = entry(mp, C, 'Merlin Big Bang: What the River Keeps [Merlin/Arthur, PG-13]', (2011, 9, 14, '19:00'), mhtml, poster=J, community=True,
          tags=['fic: what the river keeps', 'pairing: merlin/arthur', 'rating: pg-13', 'round three'], comments=[('sorcerous_sal', 'Oh, this banner! Saving the podfic for my commute.')])
page('lj-generator2011-bigbang-community-masterpost-art-podfic-ao3-riverkeeps-masterpost', f'lj-{C}-23817.html', mp, 'livejournal', 'masterpost', 2011,
     ['s2-generator', 'community', 'big-bang', 'masterpost', 'chapters-in-author-journal', 'art-podfic-ao3-not-parts', 'banner'],
     'LJ S2 Generator community (2011): a Merlin BIG BANG MASTERPOST posted by the writer to the community: a banner, Title / Author / Artist / Podficcer / Pairing / Rating / Word Count / Warnings / Summary / Author’s Notes, “Fic: Part One | Part Two | Part Three” linking the WRITER’S JOURNAL, “Art:” (the artist’s journal), “Podfic:” (an mp3), “Also on: AO3”',
     gen_page('entry', [e], 'livejournal', C, 'Camelot Big Bang', mp, f'{C}: Merlin Big Bang: What the River Keeps [Merlin/Arthur, PG-13]', 2011, is_comm=True),
     [story(mp, J, C, mf, None, complete=False)], stitched=(urls, bodies))
coms = ['The furniture in the water. And the stone where he stood!', 'He went down alone and asked. Oh, Merlin.', 'Did not ask. Did not need to. I am a puddle.']
for i in range(3):
    nav = ([f'<a href="{urls[i - 1]}">« Part {["One", "Two"][i - 1]}</a>'] if i else []) + [f'<a href="{mp}">Masterpost</a>'] + ([f'<a href="{urls[i + 1]}">Part {["Two", "Three"][i]} »</a>'] if i < 2 else [])
    navt = txt(' | '.join(nav))
    rows = [('Title', 'What the River Keeps'), ('Pairing', 'Merlin/Arthur'), ('Rating', 'PG-13')]
    html = (hdr(rows) + '<br />\n' + f'<i><a href="{mp}">Headers, art and podfic at the masterpost.</a></i><br /><br />\n' + CUT + '\n' + ph(prose[i])
            + '\n<p style="text-align: center">' + ' | '.join(nav) + '</p>')
    subj = f'Merlin Big Bang: What the River Keeps ({i + 1}/3)'
    e = entry(urls[i], J, subj, (2011, 9, 14, ['18:40', '18:46', '18:52'][i]), html, tags=['fic', 'merlin', 'big bang', 'fic: what the river keeps'],
              comments=[('sorcerous_sal', coms[i])], currents=[('Mood', ['nervous', 'hopeful', 'relieved'][i])])
    page(f'lj-magazine2011-bigbang-chapter-in-author-journal-masterpost-link-riverkeeps-{i + 1}', f'lj-{J}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2011,
         ['s2-magazine', 'big-bang', 'chapter-in-author-journal', 'part-in-subject', 'masterpost-link-above-cut', 'prev-masterpost-next'],
         f'LJ S2 Magazine (2011): “{subj}”, a big bang chapter in the WRITER’S JOURNAL (the masterpost in the community): Title / Pairing / Rating, “Headers, art and podfic at the masterpost.” above the cut, “{navt}” after the prose',
         magazine_page('entry', [e], J, 'willow and weir', urls[i], 2011),
         [story(urls[i], J, J, fields(title='What the River Keeps', pairing='Merlin/Arthur', rating='PG-13'), part(i + 1, 3), bodies[i],
                exclude=[navt, 'Headers, art and podfic at the masterpost.', coms[i]])], stitched=(urls, bodies))
SERIES.append(('riverkeeps', 'What the River Keeps', '4 (community masterpost + 3 chapters in the writer’s journal)',
               'LJ 2011 big bang: the masterpost in the community camelot_bigbang (art, podfic mp3, AO3 mirror besides “Fic: Part One | Part Two | Part Three”); the chapters in the writer’s journal, S2 Magazine, “« Part One | Masterpost | Part Three »”.'))

# ======================================================================= B. The Cartographer's Error (Stargate Atlantis, LiveJournal
# community at the OLD address community.livejournal.com/pegasus_library/, 2006), captured by the Wayback Machine in 2007 and
# replayed in the Alexa era: the `<BASE HREF>` and the appended script, the links NOT rewritten (the live community's addresses).
# "Fic: The Cartographer's Error (1/3)" subjects, "Part 1 | Part 2 | Part 3" after the prose; part 2 was never archived (the
# Wayback Machine answers 404 at its address).
C, P = 'pegasus_library', 'jumper_bay'
CB = 'http://community.livejournal.com/pegasus_library/'
urls = [CB + f'{n}.html' for n in (18422, 18690, 19003)]
ts = ['20070214093115', None, '20070611224408']
prose = [
    ['The map of the east pier had been wrong for three years before anybody noticed, and the person who noticed was the one person on the base who never looked at maps.',
     'The major found the corridor by walking into it. It was not on the schematic. It was not on anything. It went down, and down, and at the bottom there was a room full of light and a chair, and a great deal of dust, and a small handwritten label in a language nobody on the base could read.'],
    None,
    ['They sealed the corridor again at the end of the week, by order, and the scientist redrew the map of the east pier himself, by hand, the old-fashioned way, with the corridor on it in red.',
     'He pinned it to the wall of the lab. Underneath, in small letters, he wrote the words from the label, copied exactly, and under those, in his own hand: translation pending.',
     'The major came by in the evening and looked at it for a long time. Then he took a pen from the desk and added, beside the red line, a very small arrow, and the word: mine.'],
]
bodies = [body(f'cartographer-{i + 1}', p) if p else None for i, p in enumerate(prose)]
SUM = 'There is a corridor on the east pier that is not on any map.'
coms = ['A room full of light and a chair! Eee.', 'Translation pending. And then: mine. Ha!']
wurls = {i: [wbu(ts[i], u) for u in urls] for i in (0, 2)}
for i in (0, 2):
    if i == 0:
        rows = [('Title', 'The Cartographer’s Error'), ('Author', 'jumper_bay'), ('Pairing', 'McKay/Sheppard'), ('Rating', 'PG'), ('Word Count', '4,800'), ('Summary', SUM)]
        f = fields(title='The Cartographer’s Error', author='jumper_bay', pairing='McKay/Sheppard', rating='PG', wordCount='4,800', summary=SUM)
    else:
        rows = [('Title', 'The Cartographer’s Error'), ('Rating', 'PG')]
        f = fields(title='The Cartographer’s Error', rating='PG')
    pl = ' | '.join(w if k == i else f'<a href="{u}">{w}</a>' for k, (u, w) in enumerate(zip(urls, ('Part 1', 'Part 2', 'Part 3'))))
    subj = f'Fic: The Cartographer’s Error ({i + 1}/3)'
    e = entry(urls[i], C, subj, (2006, 11, 4 + 5 * i, '21:20'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p align="center">{pl}</p>', poster=P, community=True,
              tags=['author: jumper_bay', 'pairing: mckay/sheppard', 'rating: pg'], comments=[('ancient_outpost', coms[i // 2])])
    raw = fixcomm(gen_page('entry', [e], 'livejournal', C, 'the Pegasus library', urls[i], f'{C}: {subj}', 2006, is_comm=True), 'community.livejournal.com', C)
    page(f'wayback-2007-classic-lj-community-old-address-parts-line-cartographer-{i + 1}', f'wayback-{ts[i]}-{C}-{num(urls[i])}', wurls[i][i], 'wayback', 'story', 2006,
         ['wayback-alexa-era', 'links-not-rewritten', 's2-generator', 'community', 'community-old-address', 'part-in-subject', 'parts-number-line-after-prose', 'part-not-archived']
         + (['full-header'] if i == 0 else ['short-header-later-parts']),
         f'Wayback copy captured {ts[i][:4]} in the ALEXA-ERA replay (a `<BASE HREF>` and the appended xLateUrl script; links NOT rewritten, the live addresses) of “{subj}”, an SGA story posted to the community pegasus_library at the OLD address community.livejournal.com/NAME/N.html (2006): '
         + ('Title / Author / Pairing / Rating / Word Count / Summary' if i == 0 else 'Title / Rating') + ', an lj-cut, “Part 1 | Part 2 | Part 3” after the prose; part 2 was NEVER ARCHIVED (404)',
         wayback_classic(raw, ts[i], urls[i]),
         [story(urls[i], P, C, f, part(i + 1, 3), bodies[i], exclude=['Part 1 | Part 2 | Part 3', coms[i // 2]])], stitched=(wurls[i], bodies),
         also=aliases([t for t in ts if t], ts[i], urls[i]))
    missing(wurls[i][1], 'not-found')
SERIES.append(('cartographer', 'The Cartographer’s Error', '2 Wayback copies (+ a part never archived)',
               'LJ 2006, community.livejournal.com/pegasus_library/ (S2 Generator), captured 2007, Alexa-era replay with the links unrewritten: “Part 1 | Part 2 | Part 3” on each part; part 2 not in the archive: missing (not-found), no page.'))

# ======================================================================= C. Salt Lines (Supernatural, LiveJournal community at the old
# address community.livejournal.com/backseat_gen/, 2008): two parts "(1/2)" / "(2/2)", "Next part →" / "← Previous part"; both
# Wayback copies (captured 2010 and 2011) in the 2010-2013 replay: the toolbar insert, links rewritten RELATIVE (/web/TS/...).
C, P = 'backseat_gen', 'rocksalt_rosie'
CB = 'http://community.livejournal.com/backseat_gen/'
urls = [CB + '7731.html', CB + '7802.html']
ts = ['20100916041522', '20110127180933']
prose = [
    ['The motel outside Lawrence had a pool nobody had filled since the eighties, and the younger brother sat on the edge of it with his feet hanging over the dry blue tiles and did his homework by the light from the office.',
     'He was fourteen. His brother was out with their father, which meant he was alone, which meant salt on the sills and the door and a circle round the bed, poured exactly the way he had been taught, and no sleep until he heard the car.'],
    ['The car came at three. He heard it from the pool, and he did not run, because he was fourteen and running would have meant something.',
     'His brother climbed out of the passenger side with a cut over one eye, saw him, and came and sat down on the edge of the empty pool beside him, and said nothing about the homework or the hour or the salt line he had to step over to get to the room.',
     'He just handed over half a gas-station sandwich, and the two of them sat there and ate it with their feet over the drop, and watched the sky start to go grey over the parking lot.'],
]
bodies = [body(f'saltlines-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'An empty motel pool, a salt line, and a long wait for the car.'
coms = ['Salt round the bed, poured exactly the way he was taught. Oof.', 'Half a gas-station sandwich. That is love in this family.']
wurls = {i: [wbu(ts[i], u) for u in urls] for i in range(2)}
for i in range(2):
    if i == 0:
        rows = [('Title', 'Salt Lines'), ('Author', 'rocksalt_rosie'), ('Characters', 'Sam, Dean'), ('Genre', 'gen, pre-series'), ('Rating', 'PG'), ('Words', '2,100'), ('Summary', SUM)]
        f = fields(title='Salt Lines', author='rocksalt_rosie', characters='Sam, Dean', genre='gen, pre-series', rating='PG', wordCount='2,100', summary=SUM)
        nav = f'<a href="{urls[1]}">Next part &rarr;</a>'
    else:
        rows = [('Title', 'Salt Lines'), ('Characters', 'Sam, Dean'), ('Rating', 'PG')]
        f = fields(title='Salt Lines', characters='Sam, Dean', rating='PG')
        nav = f'<a href="{urls[0]}">&larr; Previous part</a>'
    subj = f'Salt Lines ({i + 1}/2) [gen, PG]'
    e = entry(urls[i], C, subj, (2008, 4, 19 + i, '22:10'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p>{nav}</p>', poster=P, community=True,
              tags=['character: dean', 'character: sam', 'genre: gen', 'length: chaptered'], comments=[('impala_hum', coms[i])])
    raw = fixcomm(gen_page('entry', [e], 'livejournal', C, 'backseat gen: a Supernatural gen community', urls[i], f'{C}: {subj}', 2008, is_comm=True), 'community.livejournal.com', C)
    page(f'wayback-2010-toolbar-lj-community-old-address-next-prev-saltlines-{i + 1}', f'wayback-{ts[i]}-{C}-{num(urls[i])}', wurls[i][i], 'wayback', 'story', 2008,
         ['wayback-2010-toolbar', 'relative-web-links', 's2-generator', 'community', 'community-old-address', 'part-in-subject', 'next-prev-links', 'genre-label'],
         f'Wayback copy captured {ts[i][:4]} in the 2010–2013 REPLAY (the table toolbar between BEGIN / END WAYBACK TOOLBAR INSERT, links rewritten RELATIVE /web/TS/…) of “{subj}”, a Supernatural gen story posted to the community backseat_gen (community.livejournal.com/NAME/N.html, 2008): '
         + ('Title / Author / Characters / Genre / Rating / Words / Summary, an lj-cut, “Next part →”' if i == 0 else 'Title / Characters / Rating, an lj-cut, “← Previous part”'),
         wayback_2010(raw, ts[i], urls[i], captures=[3, 2][i]),
         [story(urls[i], P, C, f, part(i + 1, 2), bodies[i], exclude=[['Next part →', '← Previous part'][i], coms[i]])], stitched=(wurls[i], bodies),
         also=aliases(ts, ts[i], urls[i]))
SERIES.append(('saltlines', 'Salt Lines', '2 (both Wayback copies)',
               'LJ 2008, community.livejournal.com/backseat_gen/ (S2 Generator), captured 2010 / 2011, the 2010–2013 toolbar and relative /web/ links: “(n/2)” subjects, “Next part →” / “← Previous part”.'))

# ======================================================================= D. Pack Lines (Teen Wolf, a Dreamwidth community, 2013): three
# chapters posted by the writer to the community howl_fic, "Chapter n/3" subjects and a "Chapter:" header line, "« Previous | Next »".
C, P = 'howl_fic', 'lacrosse_lemonade'
CB = 'https://howl-fic.dreamwidth.org/'
urls = [CB + f'{n}.html' for n in (52211, 53004, 53877)]
prose = [
    ['The first thing the alpha taught the new pack was how to run without being heard, and the boy with the buzz cut, who was not a wolf and had not been asked, showed up anyway in a hoodie and his loudest sneakers.',
     'He was heard. He was heard across the whole preserve. The alpha stood at the top of the ridge with his arms folded and his eyes shut, and said, very quietly, that it was like being followed by a marching band.'],
    ['The second week he came in socks over his sneakers, which was worse, and the third week he came barefoot and cut his foot on a pine cone and had to be carried back to the jeep.',
     'The alpha carried him. Nobody said anything about it, because nobody wanted to die.'],
    ['By the end of the month he could cross the ridge without a sound, and he did it, once, just to prove he could, and came up behind the alpha on the rocks and said, “Boo.”',
     'The alpha did not jump. But he turned round, slowly, and looked at him for a long moment with something that on anybody else would have been a smile, and said that he supposed the boy could come on the next run.',
     'The boy said he had been coming on the runs for a month. The alpha said, “Yes. I know.”'],
]
bodies = [body(f'packlines-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'Learning to run silent, when you are the only one in the pack without the advantage.'
coms = ['Like being followed by a marching band. I am DEAD.', 'Because nobody wanted to die. LOL.', '“Yes. I know.” SOFT.']
for i in range(3):
    if i == 0:
        rows = [('Title', 'Pack Lines'), ('Author', 'lacrosse_lemonade'), ('Chapter', '1/3'), ('Pairing', 'Derek/Stiles (pre-slash)'), ('Rating', 'Teen'), ('Warnings', 'none'),
                ('Word count', '5,600'), ('Summary', SUM)]
        f = fields(title='Pack Lines', author='lacrosse_lemonade', pairing='Derek/Stiles (pre-slash)', rating='Teen', warnings='none', wordCount='5,600', summary=SUM)
    else:
        rows = [('Title', 'Pack Lines'), ('Chapter', f'{i + 1}/3'), ('Pairing', 'Derek/Stiles (pre-slash)'), ('Rating', 'Teen')]
        f = fields(title='Pack Lines', pairing='Derek/Stiles (pre-slash)', rating='Teen')
    links = ([f'<a href="{urls[i - 1]}">&laquo; Previous</a>'] if i else []) + ([f'<a href="{urls[i + 1]}">Next &raquo;</a>'] if i < 2 else [])
    navt = ' | '.join((['« Previous'] if i else []) + (['Next »'] if i < 2 else []))
    subj = f'Fic: Pack Lines, Chapter {i + 1}/3 (Derek/Stiles, Teen)'
    e = entry(urls[i], C, subj, (2013, 7, 6 + 7 * i, '20:15'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n<p style="text-align: center;">' + ' | '.join(links) + '</p>',
              poster=P, community=True, tags=['fic', 'pairing: derek/stiles', 'rating: teen', 'fic: pack lines'], comments=[('preserve_ranger', coms[i])])
    page(f'dw-core2-2013-community-chapters-prev-next-packlines-{i + 1}', f'dw-{C}-{num(urls[i])}', urls[i], 'dreamwidth', 'story', 2013,
         ['dw-core2', 'community', 'chapter-label', 'part-in-subject', 'prev-next-links'] + (['full-header'] if i == 0 else ['short-header-later-parts']),
         f'DW core2 community (2013): “{subj}”, a Teen Wolf story in three chapters posted by the writer to the community howl_fic: '
         + ('Title / Author / Chapter “1/3” / Pairing / Rating / Warnings / Word count / Summary' if i == 0 else f'Title / Chapter “{i + 1}/3” / Pairing / Rating') + f', an lj-cut, “{navt}” after the prose',
         dw_page('entry', [e], C, 'howl: a Teen Wolf fic community', 'Practicality', urls[i], f'{C}: {subj}', year=2013),
         [story(urls[i], P, C, f, part(i + 1, 3), bodies[i], exclude=[navt, coms[i]])], stitched=(urls, bodies))
SERIES.append(('packlines', 'Pack Lines', '3', 'DW 2013, the community howl_fic (core2 Practicality): “Chapter n/3” subjects and a “Chapter:” header line; “« Previous | Next »” after the prose.'))

# ======================================================================= E. The Quiet Room (X-Men, a JournalFen community at
# community.journalfen.net/xavier_fic/, 2005): two parts, "Part 1 of 2" in a Part line; "Next →" / "← Back"; both Wayback copies
# (captured 2009) as today's Wayback Machine replays them (the current toolbar, links rewritten RELATIVE).
C, P = 'xavier_fic', 'cerebro_static'
CB = 'http://community.journalfen.net/xavier_fic/'
urls = [CB + '3340.html', CB + '3391.html']
ts = ['20090403112207', '20090403112941']
prose = [
    ['The school had a room with no windows on the third floor, and the students called it the quiet room, and the girl who could hear everybody went there when the noise got too much.',
     'One evening the weather girl was already there, sitting on the floor in the dark with her back to the wall. She did not say anything. She did not think anything, either, very loudly, which was the kindest thing anybody had done for the telepath all week.'],
    ['They started meeting there on purpose after that, not every night, only the bad ones, and they never talked.',
     'In the spring the weather girl’s storms got worse, and it was the telepath who found her in the quiet room with the lights flickering and the air full of static, and sat down beside her, and was loudly, deliberately, carefully calm until the lights steadied.',
     'Afterwards the weather girl laughed, shakily, and said that she supposed they were even. The telepath said they had never been keeping score.'],
]
bodies = [body(f'quietroom-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'Two girls, one room with no windows, and a very loud school.'
coms = ['Did not think anything very loudly. That is such a good line.', 'Never been keeping score. ♥']
wurls = {i: [wbu(ts[i], u) for u in urls] for i in range(2)}
for i in range(2):
    rows = [('Title', 'The Quiet Room'), ('Part', f'{i + 1} of 2'), ('Characters', 'Jean Grey, Ororo Munroe'), ('Rating', 'G')]
    f = fields(title='The Quiet Room', characters='Jean Grey, Ororo Munroe', rating='G')
    if i == 0:
        rows.insert(1, ('Author', 'cerebro_static'))
        rows += [('Summary', SUM), ('Disclaimer', 'Marvel’s, not mine.')]
        f = fields(title='The Quiet Room', author='cerebro_static', characters='Jean Grey, Ororo Munroe', rating='G', summary=SUM, disclaimer='Marvel’s, not mine.')
    nav = f'<a href="{urls[1]}">Next &rarr;</a>' if i == 0 else f'<a href="{urls[0]}">&larr; Back</a>'
    subj = f'[fic] The Quiet Room, part {i + 1} of 2 (G)'
    e = entry(urls[i], C, subj, (2005, 2, 11, ['19:30', '19:41'][i]), hdr(rows) + '<br /><br />\n' + ph(prose[i]) + f'\n<p align="right">{nav}</p>', poster=P, community=True,
              tags=['jean', 'ororo', 'gen'], comments=[('danger_room_dot', coms[i])], site='journalfen.net')
    raw = fixcomm(gen_page('entry', [e], 'journalfen', C, 'xavier_fic: X-Men fanfiction', urls[i], f'{C}: {subj}', 2005, is_comm=True), 'community.journalfen.net', C)
    page(f'wayback-2009-today-jf-community-part-line-next-back-quietroom-{i + 1}', f'wayback-{ts[i]}-{C}-{num(urls[i])}', wurls[i][i], 'wayback', 'story', 2005,
         ['wayback-today', 'relative-web-links', 'journalfen', 's2-generator', 'community', 'part-label', 'next-back-links'],
         f'Wayback copy captured 2009, replayed in TODAY’S wrapper (links rewritten RELATIVE /web/TS/…), of “{subj}”, an X-Men story posted to the JournalFen community xavier_fic (community.journalfen.net/NAME/N.html, 2005): '
         + ('Title / Author / Part “1 of 2” / Characters / Rating / Summary / Disclaimer, “Next →”' if i == 0 else 'Title / Part “2 of 2” / Characters / Rating, “← Back”') + ', no cut',
         wayback_today(raw, ts[i], urls[i]),
         [story(urls[i], P, C, f, part(i + 1, 2), bodies[i], exclude=[['Next →', '← Back'][i], coms[i]])], stitched=(wurls[i], bodies),
         also=aliases(ts, ts[i], urls[i]))
SERIES.append(('quietroom', 'The Quiet Room', '2 (both Wayback copies)',
               'JournalFen 2005, community.journalfen.net/xavier_fic/ (S2 Generator), captured 2009, today’s replay with relative /web/ links: a “Part: n of 2” header line, “Next →” / “← Back”.'))

# ======================================================================= F. Small Blue Door (Doctor Who, a LiveJournal community
# who_ficlets at NAME.livejournal.com, 2009): three parts "(1/3)", "« Part 1 | Part 3 »" lines; all three Wayback copies captured
# 2016 in today's wrapper with every link rewritten ABSOLUTE (https://web.archive.org/web/TS/...).
C, P = 'who_ficlets', 'pond_skater'
CB = 'http://who-ficlets.livejournal.com/'
urls = [CB + f'{n}.html' for n in (61120, 61447, 61730)]
ts = ['20160305021144', '20160412174502', '20160507093318']
prose = [
    ['There was a small blue door in the back wall of the village library that had not been there on Tuesday, and the librarian, who was seventy-one and had seen most things, put a chair in front of it and a sign on the chair.',
     'The sign said PLEASE DO NOT. On Thursday a man in a bow tie moved the chair, read the sign, and knocked politely on the door anyway.'],
    ['The door opened onto a corridor full of books that were not in the catalogue, and the librarian followed him in, because somebody had to keep an eye on things and it was her library.',
     'The books went on for what felt like miles. Some of them whispered. One of them, in a language she did not know, was overdue by four hundred years.'],
    ['They came out again at closing time, which should not have been possible, with the overdue book and a fine the man in the bow tie insisted on paying in a currency she had never seen.',
     'The door was gone by Friday. The librarian kept the coin in the till, under the tray, and the sign on the chair, just in case.'],
]
bodies = [body(f'bluedoor-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A door appears in the village library. The librarian would like a word.'
coms = ['PLEASE DO NOT. I love her.', 'Overdue by four hundred years!!', 'The sign on the chair, just in case. Perfect ending.']
wurls = {i: [wbu(ts[i], u) for u in urls] for i in range(3)}
for i in range(3):
    rows = [('Title', 'Small Blue Door'), ('Characters', 'Eleven, OFC'), ('Rating', 'G')]
    f = fields(title='Small Blue Door', characters='Eleven, OFC', rating='G')
    if i == 0:
        rows = [('Title', 'Small Blue Door'), ('Author', 'pond_skater'), ('Characters', 'Eleven, OFC'), ('Rating', 'G'), ('Words', '1,900'), ('Summary', SUM)]
        f = fields(title='Small Blue Door', author='pond_skater', characters='Eleven, OFC', rating='G', wordCount='1,900', summary=SUM)
    links = ([f'<a href="{urls[i - 1]}">&laquo; Part {i}</a>'] if i else []) + ([f'<a href="{urls[i + 1]}">Part {i + 2} &raquo;</a>'] if i < 2 else [])
    navt = ' | '.join(([f'« Part {i}'] if i else []) + ([f'Part {i + 2} »'] if i < 2 else []))
    subj = f'Small Blue Door ({i + 1}/3)'
    e = entry(urls[i], C, subj, (2009, 11, 2 + 2 * i, '17:45'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + f'\n<p style="text-align:center">{" | ".join(links)}</p>', poster=P,
              community=True, tags=['character: eleven', 'character: original', 'rating: g'], comments=[('raggedy_rory', coms[i])])
    raw = gen_page('entry', [e], 'livejournal', C, 'who_ficlets', urls[i], f'{C}: {subj}', 2009, is_comm=True)
    page(f'wayback-2016-today-absolute-lj-community-prev-next-bluedoor-{i + 1}', f'wayback-{ts[i]}-{C}-{num(urls[i])}', wurls[i][i], 'wayback', 'story', 2009,
         ['wayback-today', 'absolute-web-links', 's2-generator', 'community', 'part-in-subject', 'prev-next-part-links'] + (['full-header'] if i == 0 else ['short-header-later-parts']),
         f'Wayback copy captured 2016 (today’s wrapper, every link rewritten ABSOLUTE https://web.archive.org/web/TS/…) of “{subj}”, a Doctor Who story posted to the LJ community who_ficlets (2009): '
         + ('Title / Author / Characters / Rating / Words / Summary' if i == 0 else 'Title / Characters / Rating') + f', an lj-cut, “{navt}” after the prose',
         wayback_today(raw, ts[i], urls[i], absolute=True),
         [story(urls[i], P, C, f, part(i + 1, 3), bodies[i], exclude=[navt, coms[i]])], stitched=(wurls[i], bodies),
         also=aliases(ts, ts[i], urls[i]))
SERIES.append(('bluedoor', 'Small Blue Door', '3 (all Wayback copies)',
               'LJ 2009, the community who_ficlets (S2 Generator), captured 2016, today’s replay with absolute https://web.archive.org/web/ links: “(n/3)” subjects, “« Part 1 | Part 3 »”.'))
