"""Index pages and more single stories of tests/heldout3."""
from layouts import aentry_page, dw_cut_link, dw_page, dw_user, esc, gen_page, gen_user, lj_user_new, lj_user_old, singlepost_page
from posts import body, brh, dwu, fields, hdr, page, part, ph, story
from punquin import pq_page

# ======================================================================= Y. LJ Punquin friends page 2008: a drabble, a life post, a community story behind a cut
page_url = 'http://hollyoak-mews.livejournal.com/friends'
d1 = ['The barge horse at Lock Nine was called Admiral, and he had opinions about the lock-keeper’s cat.',
      'Every morning the cat sat on the balance beam and washed, with great thoroughness, exactly where Admiral needed to put his nose. Every morning Admiral breathed on her until she left.',
      'It had gone on for six years. The boatmen took bets. Nobody had ever seen the cat hurry, and nobody had ever seen Admiral win, and that, the lock-keeper said, was how you could tell they were friends.']
e1 = {'url': 'http://towpath-tales.livejournal.com/2214.html', 'journal': 'towpath_tales', 'poster': 'towpath_tales', 'subject': 'drabble: Admiral', 'date': (2008, 9, 14, '21:00'), 'tags': ['drabble', 'original'],
      'html': hdr([('Title', 'Admiral'), ('Rating', 'G'), ('Words', '100')], fmt='{L}: {V}') + '<br /><br />\n' + brh(d1)}
e2 = {'url': 'http://moth-and-candle.livejournal.com/4410.html', 'journal': 'moth_and_candle', 'poster': 'moth_and_candle', 'subject': 'in which I fail at trains', 'date': (2008, 9, 14, '18:12'),
      'html': 'Missed the 8.02, caught the 8.32, which was cancelled, caught the 8.47, which went to Reading. I have never wanted to go to Reading. I went to Reading.<br /><br />\nHome now, with a bun. Tomorrow is another day, and I am taking the bus.'}
c_full = ['Lady Carbury’s ball was a success in every respect but one, which was that her son came to it.']
cs = {'url': 'http://penny-dreadfuls.livejournal.com/17720.html', 'journal': 'penny_dreadfuls', 'poster': 'weathercock_ink', 'community': True, 'subject': 'The Way We Dance Now (Trollope, PG)', 'date': (2008, 9, 13, '22:15'),
      'tags': ['author: weathercock_ink', 'fandom: trollope'],
      'html': hdr([('Title', 'The Way We Dance Now'), ('Author', (lj_user_old('weathercock_ink'), 'weathercock_ink')), ('Fandom', 'The Way We Live Now'), ('Rating', 'PG')]) + '<br /><br />\n'
              + brh(c_full) + f'<br /><br />\n<b>( <a href="http://penny-dreadfuls.livejournal.com/17720.html#cutid1">on to the ballroom</a> )</b>'}
page('lj-punquin-2008-friendspage-admiral', 'lj-2008-hollyoak_mews-friends.html', page_url, 'livejournal', 'index', 2008, ['index', 'friends', 'community', 'drabble', 'personal', 'subject-inline'],
     'LJ friends page in S2 Punquin (2008): the friends view puts the journal name (and the poster in brackets for a community) in a left cell; an uncut drabble with plain `Label: X` lines, a train-misery life post, a community story with one teaser paragraph before a custom cut (“on to the ballroom”)',
     pq_page('friends', [e1, e2, cs], 'hollyoak_mews', 'Hollyoak Mews', page_url, 'hollyoak_mews: Friends', 2008),
     [story(e1['url'], 'towpath_tales', 'towpath_tales', fields(title='Admiral', rating='G', wordCount='100'), None, body('admiral', d1)),
      story(cs['url'], 'weathercock_ink', 'penny_dreadfuls', fields(title='The Way We Dance Now', author='weathercock_ink', fandom='The Way We Live Now', rating='PG'), None, body('waywedancenow-teaser', c_full),
            complete=False, exclude=['on to the ballroom'])])

# ======================================================================= Z. LJ Generator recent page 2011: header-only post, a personal post, a ficlet with emoji bullets
page_url = 'http://bittern-booms.livejournal.com/'
ao3 = 'https://archiveofourown.org/works/301882'
h1 = {'url': 'http://bittern-booms.livejournal.com/7701.html', 'journal': 'bittern_booms', 'poster': 'bittern_booms', 'subject': 'fic: The Otter’s Holt (Tarka, G)', 'date': (2011, 11, 20, '20:40'), 'tags': ['fic', 'tarka'],
      'html': hdr([('Title', 'The Otter’s Holt'), ('Fandom', 'Tarka the Otter'), ('Rating', 'G'), ('Words', '1,500'), ('Summary', 'A winter on the Torridge, from the heron’s side.')]) + '<br /><br />\n'
              + f'Thanks for reading, all! <a href="{ao3}">It lives on AO3 now</a>.'}
h2 = {'url': 'http://bittern-booms.livejournal.com/7490.html', 'journal': 'bittern_booms', 'poster': 'bittern_booms', 'subject': 'frost', 'date': (2011, 11, 18, '08:05'),
      'html': 'First frost! The reeds are all white and the dog is appalled. Going to go and stand in the garden with tea and be smug about it.'}
fl = ['The heron stood in the shallows all morning, and the boy stood on the bank, and neither of them caught anything.',
      'At noon the heron gave up and flew, heavy and grey, over the alders. The boy watched it go. Then he took his line in, and went home, and told his mother he had been fishing with a friend.']
h3 = {'url': 'http://bittern-booms.livejournal.com/7205.html', 'journal': 'bittern_booms', 'poster': 'bittern_booms', 'subject': 'ficlet', 'date': (2011, 11, 12, '17:30'), 'tags': ['ficlets'],
      'html': hdr([('Title', 'Fishing'), ('Rating', 'G'), ('Words', '75')], fmt='🌿 {L}: {V}') + '<br /><br />\n' + brh(fl)}
page('lj-generator-2011-recent-otterholt', 'lj-2011-bittern_booms-recent.html', page_url, 'livejournal', 'index', 2011, ['index', 'header-only', 'personal', 'ficlet', 'decorated'],
     'LJ recent page (S2 Generator, 2011), newest first: a header-only post (“Thanks for reading, all! It lives on AO3 now.”: elsewhere), a frost life post, a 75-word ficlet with `🌿 Label: X` emoji bullets',
     gen_page('recent', [h1, h2, h3], 'livejournal', 'bittern_booms', 'bittern booms', page_url, 'bittern booms', 2011),
     [story(h1['url'], 'bittern_booms', 'bittern_booms', fields(title='The Otter’s Holt', fandom='Tarka the Otter', rating='G', wordCount='1,500', summary='A winter on the Torridge, from the heron’s side.'), None,
            exclude=['Thanks for reading, all', 'It lives on AO3 now'], headerOnly=True, elsewhere=[ao3]),
      story(h3['url'], 'bittern_booms', 'bittern_booms', fields(title='Fishing', rating='G', wordCount='75'), None, body('fishing', fl))])

# ======================================================================= AA. LJ 2016 singlepost: typed tags + a map-link Location line between header and prose
url = 'https://cobble-and-quay.livejournal.com/22341.html'
mp = ['The harbour-master’s daughter could tie forty-two knots, and she had never once been allowed on a boat.',
      'So she tied them on land: round the bollards, round the railings, round the ankles of the harbour-master’s clerk, who had fallen asleep in the sun and woke to find himself moored.',
      'Her father, summoned, looked at the knot for a long time. Then he said, “That’s a rolling hitch, and it’s a good one,” and the next morning there was a place for her in the pilot boat.']
rows = [('Title', 'Forty-Two Knots'), ('Fandom', 'Original fiction'), ('Rating', 'G'), ('Word count', '110')]
e = {'url': url, 'journal': 'cobble_and_quay', 'poster': 'cobble_and_quay', 'subject': 'Forty-Two Knots', 'date': (2016, 8, 8, '13:13'), 'tags': ['fic', 'original fiction'],
     'html': '<p>' + hdr(rows) + '</p>\n'
             + '<p style="font-size:smaller">Location: <a href="https://www.openstreetmap.org/#map=16/50.1543/-5.0693">Falmouth</a><br />Tags: fic, original fiction, knots<br />Music: gulls</p>\n' + ph(mp)}
page('lj-singlepost-2016-metainside-maplink-fortytwoknots', 'lj-2016-cobble_and_quay-22341.html', url, 'livejournal', 'story', 2016, ['metadata-inside', 'ficlet'],
     'LJ 2016 b-singlepost: a small typed “Location: (a map link) / Tags: … / Music: …” paragraph BETWEEN the header and the prose (not body; the map link is no part link); subject is the bare title',
     singlepost_page(e, 'cobble & quay'),
     [story(url, 'cobble_and_quay', 'cobble_and_quay', fields(title='Forty-Two Knots', fandom='Original fiction', rating='G', wordCount='110'), None, body('fortytwoknots', mp),
            exclude=['Falmouth', 'fic, original fiction, knots', 'Music: gulls'])])

# ======================================================================= AB. JournalFen Generator 2008 "Ch. 3" with no total anywhere
url = 'http://www.journalfen.net/users/loom_and_shuttle/3302.html'
ws = ['Ada had been at the mill for three weeks when she found the second weaver’s mark in the cloth.',
      'It was a tiny thing, a double thread where there should have been one, worked into the selvedge every forty yards like a signature. She had only seen it because she was looking for her own.',
      'Nobody on the floor would say whose it was. But the next morning there was a new double thread, right beside hers, as if someone were saying: I see you. Keep going.']
rows = [('Title', 'The Weaver’s Mark'), ('Fandom', 'North and South'), ('Rating', 'G'), ('Words', '115')]
e = {'url': url, 'journal': 'loom_and_shuttle', 'poster': 'loom_and_shuttle', 'subject': 'The Weaver’s Mark, Ch. 3', 'date': (2008, 10, 1, '22:22'), 'tags': ['fic', 'north and south'],
     'html': '<div style="border-bottom:1px dotted #666">' + hdr(rows, fmt='<b>{L}</b>: {V}') + '</div><br />\n' + brh(ws) + '<br /><br />\n<center>* * *</center>\n<i>I genuinely don’t know how long this is going to be. Bear with me!</i>'}
page('jf-generator-2008-ch3-nototal-weaversmark', 'jf-2008-loom_and_shuttle-3302.html', url, 'journalfen', 'story', 2008, ['part-marker'],
     'JournalFen S2 Generator (2008, www.journalfen.net/users/NAME/ID.html): subject “The Weaver’s Mark, Ch. 3”, no total anywhere (“I genuinely don’t know how long this is going to be”) → part 3, total null; header in a dotted-bottom div; a centred “* * *” and an italic note after the prose (neither is body)',
     gen_page('entry', [e], 'journalfen', 'loom_and_shuttle', 'loom & shuttle', url, 'loom_and_shuttle: The Weaver’s Mark, Ch. 3', 2008),
     [story(url, 'loom_and_shuttle', 'loom_and_shuttle', fields(title='The Weaver’s Mark', fandom='North and South', rating='G', wordCount='115'), part(3, None), body('weaversmark-3', ws),
            exclude=['I genuinely don’t know how long'])])

# ======================================================================= AC. DeadJournal Generator 2004 "(3/4)"
url = 'http://www.deadjournal.com/users/nightjar_nest/1188.html'
nj = ['On the third night the lamp in the west tower lit itself again, and this time Hester was waiting on the stair.',
      'She had a poker and a prayer-book and no intention of using either. She only wanted to see. And what she saw, when she pushed the door, was an old woman at the window, winding the lamp as carefully as a clock, who turned and smiled and was not there.',
      'The lamp burned until dawn. Hester sat with it, because it seemed rude not to.']
rows = [('Title', 'The West Tower'), ('Fandom', 'Original fiction'), ('Rating', 'PG'), ('Words', '105')]
e = {'url': url, 'journal': 'nightjar_nest', 'poster': 'nightjar_nest', 'subject': 'The West Tower (3/4)', 'date': (2004, 10, 28, '23:59'), 'currents': [('Mood', 'haunted'), ('Music', 'wind')],
     'html': hdr(rows, fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(nj)}
page('dj-generator-2004-3of4-westtower', 'dj-2004-nightjar_nest-1188.html', url, 'deadjournal', 'story', 2004, ['part-marker'],
     'DeadJournal S2 Generator (2004): subject “The West Tower (3/4)”, a plain `<b>Label:</b>` header, mood and music printed by the layout; the other parts are not in the corpus',
     gen_page('entry', [e], 'deadjournal', 'nightjar_nest', 'nightjar nest', url, 'nightjar_nest: The West Tower (3/4)', 2004),
     [story(url, 'nightjar_nest', 'nightjar_nest', fields(title='The West Tower', fandom='Original fiction', rating='PG', wordCount='105'), part(3, 4), body('westtower-3', nj))])

# ======================================================================= AD. LJ aentry 2023 chapter with "Table of contents: x" in the footer (masterpost not in the corpus)
url = 'https://kestrel-stair.livejournal.com/9904.html'
ks = ['The stair had four hundred and eleven steps, and Maud had counted every one of them twice before breakfast.',
      'At the top was the kestrel’s ledge, and on the ledge was the box, and in the box, her grandfather had told her, was the only key to the lower town.',
      'She opened it with fingers that would not stop shaking. Inside, on a bed of straw, was a feather, and a note in his writing that said: there is no key. There never was. Go down and open the gate.']
rows = [('Title', 'The Kestrel Stair'), ('Fandom', 'Original fiction'), ('Rating', 'G'), ('Words', '110')]
e = {'url': url, 'journal': 'kestrel_stair', 'poster': 'kestrel_stair', 'subject': 'The Kestrel Stair (2/3)', 'date': (2023, 4, 4, '19:19'), 'tags': ['fic', 'the kestrel stair'],
     'html': '<p>' + hdr(rows) + '</p>\n' + ph(ks) + '<p><i>Table of contents: <a href="https://kestrel-stair.livejournal.com/9577.html">x</a></i></p>'}
page('lj-aentry-2023-2of3-tableofcontents-x-kestrelstair', 'lj-2023-kestrel_stair-9904.html', url, 'livejournal', 'story', 2023, ['part-marker', 'chapter-to-masterpost'],
     'LJ 2017+ aentry (2023): subject “The Kestrel Stair (2/3)”, `<b>Label:</b>` header, an italic “Table of contents: x” footer whose link text is “x” (the masterpost, not in the corpus)',
     aentry_page(e),
     [story(url, 'kestrel_stair', 'kestrel_stair', fields(title='The Kestrel Stair', fandom='Original fiction', rating='G', wordCount='110'), part(2, 3), body('kestrelstair-2', ks),
            exclude=['Table of contents'])])
