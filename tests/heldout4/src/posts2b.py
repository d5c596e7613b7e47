"""tests/heldout4: decorated labels, headers in tables and lists, metadata inside the entry, lone chapters."""
from layouts import dw_page, dw_user, gen_page, lj_user_new, singlepost_page
from notepad import np_page
from posts import body, brh, fields, hdr, page, part, ph, story

# ======================================================================= Q. DW Hibiscus 2017: the header a <table> with <th> cells that end in colons; a Notes row with a link
url = 'https://mangrove-mist.dreamwidth.org/8803.html'
pr = ['The tiger had been gone from the Seeonee hills for a year, and still the village herd-boys would not take the buffaloes past the ravine where he had lived.',
      'Mowgli took them. He walked ahead of the great bull Rama with his hand on its horn, and the boys followed a long way behind, and at the ravine’s mouth he stopped and called, once, in the Jungle tongue.',
      'Nothing answered. He had known nothing would. But the boys saw him stand there a long time with his head bowed, as if listening to something they could not hear, before he turned the herd for home.']
art = 'https://jungle-ink-art.dreamwidth.org/1101.html'
tbl = ('<table style="border: 1px solid #9b5; margin: 1em 0">\n'
       + '\n'.join(f'<tr><th style="text-align:left">{l}:</th><td>{v}</td></tr>' for l, v in [('Title', 'The Empty Ravine'), ('Fandom', 'The Jungle Book'), ('Characters', 'Mowgli'), ('Rating', 'G'), ('Words', '150'),
                                                                                               ('Notes', f'Written for the 2017 Jungle Days fest. Art by the wonderful <a href="{art}">jungle_ink_art</a>!')])
       + '\n</table>')
e = {'url': url, 'journal': 'mangrove_mist', 'poster': 'mangrove_mist', 'subject': 'FIC: The Empty Ravine', 'date': (2017, 6, 11, '14:14'), 'tags': ['fic', 'the jungle book', 'fest: jungle days'],
     'html': tbl + '\n' + ph(pr)}
page('dw-hibiscus-2017-tableheader-th-notes-link-emptyravine', 'dw-2017-mangrove_mist-8803.html', url, 'dreamwidth', 'story', 2017, ['header-table'],
     'DW core2 Hibiscus (2017): the header a bordered `<table>` whose `<th>` cells end in colons; the Notes row holds a link to an art post (a field, not part navigation); `<p>` prose',
     dw_page('entry', [e], 'mangrove_mist', 'mangrove mist', 'Hibiscus', url, 'FIC: The Empty Ravine - mangrove mist', year=2017),
     [story(url, 'mangrove_mist', 'mangrove_mist', fields(title='The Empty Ravine', fandom='The Jungle Book', characters='Mowgli', rating='G', wordCount='150',
                                                        notes='Written for the 2017 Jungle Days fest. Art by the wonderful jungle_ink_art!'), None, body('emptyravine', pr))])

# ======================================================================= R. LJ Notepad 2010: `<b>♥ TITLE ♥</b> X` upper case with hearts, no colon
url = 'http://avonlea-attic.livejournal.com/15502.html'
pr = ['Anne had decided that the attic at Green Gables was haunted, because an attic that old and that dusty and that full of trunks ought, by rights, to be haunted, and it seemed a great pity to waste it.',
      'Diana was less sure. Diana sat on the top step with her knees drawn up and said that she did not mind a ghost, exactly, so long as it was a nice one and stayed in its trunk.',
      'They opened the trunks one by one. They found Marilla’s mother’s wedding gown, yellow as butter, and a packet of letters tied in blue ribbon, and a small tin soldier with no paint left on him at all. “That’s the ghost,” said Anne at once, holding him up to the light. “Oh, Diana. He’s been waiting for someone to find him for fifty years.”']
e = {'url': url, 'journal': 'avonlea_attic', 'poster': 'avonlea_attic', 'subject': 'The Attic Ghost (AoGG, G)', 'date': (2010, 10, 30, '19:19'), 'currents': [('Mood', 'spooky'), ('Music', 'the wind in the eaves')],
     'html': hdr([('TITLE', 'The Attic Ghost'), ('FANDOM', 'Anne of Green Gables'), ('CHARACTERS', 'Anne, Diana'), ('RATING', 'G'), ('WORDS', '190')], fmt='<b>♥ {L} ♥</b> {V}') + '<br /><br />\n' + brh(pr),
     'comments': [('lake_of_shining', 'He’s been waiting! Oh, Anne.')]}
page('lj-notepad-2010-hearts-caps-labels-atticghost', 'lj-2010-avonlea_attic-15502.html', url, 'livejournal', 'story', 2010, ['decorated', 'notepad', 'subject-inline'],
     'LJ S2 Notepad (2010): `<b>♥ LABEL ♥</b> X` labels (upper case, hearts both sides, no colon), `<br /><br />` prose; subject inline after the date; Current Mood / Music printed by the layout',
     np_page('entry', [e], 'avonlea_attic', url, 'the avonlea attic - The Attic Ghost (AoGG, G)', 2010),
     [story(url, 'avonlea_attic', 'avonlea_attic', fields(title='The Attic Ghost', fandom='Anne of Green Gables', characters='Anne, Diana', rating='G', wordCount='190'), None, body('atticghost', pr),
            exclude=['the wind in the eaves'])])

# ======================================================================= S. DW Librarian's Dream 2022: `<b>Label</b> ◦ X`
url = 'https://vellum-and-vine.dreamwidth.org/30177.html'
pr = ['The Scarlet Pimpernel, it transpired, could not boil an egg.',
      'Marguerite discovered this at four in the morning in the kitchen of a borrowed farmhouse outside Calais, where her husband, who had that week smuggled eleven aristocrats past two companies of the Republic’s soldiers, stood looking at a saucepan with the expression of a man confronted by an unfamiliar dialect.',
      '“You put it in the water, Percy,” she said. “And then you wait.” “Ah,” said Sir Percy. “Waiting. Never my strong suit, m’dear.” But he waited, and the egg was perfect, and he ate it with the air of a man who had conquered France.']
e = {'url': url, 'journal': 'vellum_and_vine', 'poster': 'vellum_and_vine', 'subject': 'An Egg at Calais', 'date': (2022, 3, 5, '08:45'), 'tags': ['fic: scarlet pimpernel', 'length: ficlet'],
     'html': '<p>' + hdr([('Title', 'An Egg at Calais'), ('Fandom', 'The Scarlet Pimpernel'), ('Pairing', 'Marguerite/Percy'), ('Rating', 'G'), ('Words', '160'),
                          ('Summary', 'Four in the morning, a borrowed kitchen, one saucepan.')], fmt='<b>{L}</b> ◦ {V}') + '</p>\n' + ph(pr)}
page('dw-librariansdream-2022-circle-bullet-labels-eggatcalais', 'dw-2022-vellum_and_vine-30177.html', url, 'dreamwidth', 'story', 2022, ['decorated', 'ficlet'],
     'DW core2 Librarian’s Dream (2022): `<b>Label</b> ◦ X` labels (a white bullet between label and value), `<p>` prose whose first paragraph is one sentence',
     dw_page('entry', [e], 'vellum_and_vine', 'vellum & vine', 'Librarian’s Dream', url, 'An Egg at Calais - vellum & vine', year=2022),
     [story(url, 'vellum_and_vine', 'vellum_and_vine', fields(title='An Egg at Calais', fandom='The Scarlet Pimpernel', pairing='Marguerite/Percy', rating='G', wordCount='160',
                                                          summary='Four in the morning, a borrowed kitchen, one saucepan.'), None, body('eggatcalais', pr))])

# ======================================================================= T. Scribbld Generator 2013: the header as a <ul> of `<b>Label:</b> X` items
url = 'http://gallnut_ink.scribbld.com/6614.html'
pr = ['Quatermain had crossed the desert once before, and had sworn he would never do it again, and here he was on the edge of it with a water-bottle and a Zulu prince and a man with an eyeglass.',
      'Good polished the eyeglass on his sleeve. “Well,” he said. “It looks very flat.”',
      'Umbopa laughed, the first time any of them had heard him laugh, a great deep sound that went out over the sand and did not come back. “It is flat, Bougwan,” he said. “That is the trouble with it.”']
e = {'url': url, 'journal': 'gallnut_ink', 'poster': 'gallnut_ink', 'subject': 'King Solomon’s Mines fic: Flat Country', 'date': (2013, 9, 14, '22:02'), 'tags': ['fic', 'king solomon’s mines'],
     'html': '<ul>' + ''.join(f'<li><b>{l}:</b> {v}</li>' for l, v in [('Title', 'Flat Country'), ('Fandom', 'King Solomon’s Mines'), ('Characters', 'Quatermain, Good, Umbopa'), ('Rating', 'PG'), ('Words', '140')]) + '</ul>\n' + brh(pr)}
page('sc-generator-2013-list-header-flatcountry', 'sc-2013-gallnut_ink-6614.html', url, 'scribbld', 'story', 2013, ['header-list'],
     'Scribbld S2 Generator (2013): the header a `<ul>` of `<li><b>Label:</b> X</li>` items, then `<br /><br />` prose',
     gen_page('entry', [e], 'scribbld', 'gallnut_ink', 'gallnut_ink', url, 'gallnut_ink: King Solomon’s Mines fic: Flat Country', 2013),
     [story(url, 'gallnut_ink', 'gallnut_ink', fields(title='Flat Country', fandom='King Solomon’s Mines', characters='Quatermain, Good, Umbopa', rating='PG', wordCount='140'), None, body('flatcountry', pr))])

# ======================================================================= U. LJ Notepad 2011: a typed "Mood • Music • Location" line between header and prose, "Tags:" typed too
url = 'http://gorse-and-gannet.livejournal.com/27730.html'
pr = ['Holmes had been awake for three days, and Watson had stopped counting the pipes.',
      'At four in the morning he gave up on sleep himself and came down to find the sitting room blue with smoke and Holmes at the window, quite still, watching the street.',
      '“Nothing,” said Holmes, before he could ask. “Nothing at all, Watson. That is what is so interesting.” And he turned from the window with the first smile Watson had seen on him all week, and reached for his coat.']
e = {'url': url, 'journal': 'gorse_and_gannet', 'poster': 'gorse_and_gannet', 'subject': 'fic: The Fourth Night', 'date': (2011, 11, 20, '23:50'),
     'html': hdr([('Title', 'The Fourth Night'), ('Fandom', 'Sherlock Holmes (ACD)'), ('Characters', 'Holmes, Watson'), ('Rating', 'G'), ('Words', '120')]) + '<br /><br />\n'
             + '<small>Mood: sleepless • Music: rain on the skylight • Location: the sofa</small><br />\n<small>Tags: fic, acd holmes, insomnia</small><br /><br />\n' + brh(pr),
     'comments': [('baker_st_bee', 'That is what is so interesting! Love.')]}
page('lj-notepad-2011-typedmeta-between-fourthnight', 'lj-2011-gorse_and_gannet-27730.html', url, 'livejournal', 'story', 2011, ['metadata-inside', 'notepad', 'subject-inline'],
     'LJ S2 Notepad (2011): small typed “Mood: … • Music: … • Location: …” and “Tags: fic, acd holmes, insomnia” lines BETWEEN the header and the prose (not body); the layout prints no tags of its own',
     np_page('entry', [e], 'gorse_and_gannet', url, 'gorse & gannet - fic: The Fourth Night', 2011),
     [story(url, 'gorse_and_gannet', 'gorse_and_gannet', fields(title='The Fourth Night', fandom='Sherlock Holmes (ACD)', characters='Holmes, Watson', rating='G', wordCount='120'), None, body('fourthnight', pr),
            exclude=['sleepless', 'rain on the skylight', 'acd holmes, insomnia'])])

# ======================================================================= V. LJ b-singlepost 2015: "Posted via LiveJournal app for iPhone." after the prose
url = 'http://tidewrack-tales.livejournal.com/5530.html'
pr = ['The postman at Craigmore walked eleven miles a day and had done for thirty years, and in all that time he had never once been late, until the morning the seals came up the slipway.',
      'There were forty of them, grey and speckled and enormous, lying across the road from the harbour wall to the kirk, and they would not move for him, nor for the minister, nor for the dog.',
      'So he sat down on the wall and read the postcards aloud to them, one by one, the weather in Blackpool and the wedding in Oban and Mrs Grant’s sister’s feet, and when he had finished they went back into the sea, and he was two hours late, and nobody in Craigmore minded in the least.']
e = {'url': url, 'journal': 'tidewrack_tales', 'poster': 'tidewrack_tales', 'subject': 'Seal Road', 'date': (2015, 5, 17, '07:50'), 'tags': ['fic', 'original', 'selkie stories'],
     'html': hdr([('Title', 'Seal Road'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '170')]) + '<br /><br />\n' + brh(pr)
             + '<br /><br />\n<i>Posted via <a href="http://m.livejournal.com">m.livejournal.com</a>.</i>'}
page('lj-singlepost-2015-postedvia-mobile-sealroad', 'lj-2015-tidewrack_tales-5530.html', url, 'livejournal', 'story', 2015, ['metadata-inside'],
     'LJ 2016 b-singlepost page of a 2015 entry: `<b>Label:</b>` header, `<br /><br />` prose, then the mobile site’s italic “Posted via m.livejournal.com.” signature (not body)',
     singlepost_page(e, 'tidewrack tales'),
     [story(url, 'tidewrack_tales', 'tidewrack_tales', fields(title='Seal Road', fandom='Original', rating='G', wordCount='170'), None, body('sealroad', pr), exclude=['Posted via'])])

# ======================================================================= W. DW Easyread 2015: a lone chapter "II of III" (roman, "of"), chapters elsewhere not in the corpus
url = 'https://spindrift-scrivener.dreamwidth.org/14420.html'
pr = ['The pilot’s daughter took the Mary Rose over the bar at Appledore in a sea that had turned back two steamers that morning, and her father watched her do it from his bed in the harbour cottage, through the telescope, and did not breathe.',
      'She brought her in under the lee of the point and dropped anchor, neat as a pin, and the crowd on the quay cheered, and her father put the telescope down and said to the ceiling, “Well. That’s me retired, then.”']
e = {'url': url, 'journal': 'spindrift_scrivener', 'poster': 'spindrift_scrivener', 'subject': 'The Pilot’s Daughter — II of III', 'date': (2015, 9, 9, '19:00'), 'tags': ['fic: the pilot’s daughter', 'original'],
     'html': '<p>' + hdr([('Title', 'The Pilot’s Daughter'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '110')])
             + '<br />\n<a href="https://spindrift-scrivener.dreamwidth.org/14101.html">Part I</a></p>\n' + ph(pr) + '<p><i>Part III on Friday.</i></p>'}
page('dw-easyread-2015-roman-of-pilotsdaughter-2of3', 'dw-2015-spindrift_scrivener-14420.html', url, 'dreamwidth', 'story', 2015, ['part-marker'],
     'A lone chapter (DW core2 Easyread, 2015): subject “The Pilot’s Daughter — II of III” (roman numerals with “of”: part 2/3), a “Part I” link as the header’s last line, an italic “Part III on Friday.” after the prose; the other parts are not in the corpus',
     dw_page('entry', [e], 'spindrift_scrivener', 'spindrift', 'Easyread', url, 'The Pilot’s Daughter — II of III - spindrift', year=2015),
     [story(url, 'spindrift_scrivener', 'spindrift_scrivener', fields(title='The Pilot’s Daughter', fandom='Original', rating='G', wordCount='110'), part(2, 3), body('pilotsdaughter-2', pr),
            exclude=['Part III on Friday'])])

# ======================================================================= X. LJ b-singlepost 2017: "Orchid House, ch 4" with the total only in "Chapter 4 of 6 · Masterpost: x"
url = 'http://hothouse-hollow.livejournal.com/71205.html'
mp = 'http://hothouse-hollow.livejournal.com/69980.html'
pr = ['By the fourth week the orchids had stopped dying, and Mr Veitch’s junior gardener, who was fifteen and had been blamed for every one of them, began to sleep again.',
      'He slept in the boiler house, because it was warm and because the night-man had said he could, and at three every morning he got up without being called and went round the glasshouses with a lantern, reading the thermometers, writing the numbers in a notebook he had bought with his own money.',
      'Mr Veitch found the notebook on the potting bench on the Friday. He read it all the way through, standing up, and then he put it back exactly where he had found it and said nothing to anybody, and the next week the boy’s wages went up a shilling.']
e = {'url': url, 'journal': 'hothouse_hollow', 'poster': 'hothouse_hollow', 'subject': 'Orchid House, ch 4', 'date': (2017, 2, 26, '17:45'), 'tags': ['fic: orchid house', 'original'],
     'html': hdr([('Title', 'Orchid House'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '190')]) + f'<br />\n<i>Chapter 4 of 6 · Masterpost: <a href="{mp}">x</a></i><br /><br />\n' + brh(pr)}
page('lj-singlepost-2017-ch4-total-in-italic-line-orchidhouse', 'lj-2017-hothouse_hollow-71205.html', url, 'livejournal', 'story', 2017, ['part-marker', 'chapter-to-masterpost'],
     'A lone chapter (LJ 2016 b-singlepost, 2017): subject “Orchid House, ch 4” (no total), the total only in the header’s italic “Chapter 4 of 6 · Masterpost: x” line (the link text is “x”; the masterpost is not in the corpus)',
     singlepost_page(e, 'hothouse hollow'),
     [story(url, 'hothouse_hollow', 'hothouse_hollow', fields(title='Orchid House', fandom='Original', rating='G', wordCount='190'), part(4, 6), body('orchidhouse-4', pr), exclude=['Chapter 4 of 6', 'Masterpost:'])])
