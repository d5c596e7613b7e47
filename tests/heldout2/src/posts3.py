"""Index pages of tests/heldout2: a DW recent page, an LJ friends page, a DW reading page, a Wayback LJ recent page."""
from layouts import dw_cut_link, dw_page, dw_user, gen_page, gen_user, wayback
from posts import body, brh, fields, hdr, page, ph, story

# ======================================================================= AB. DW recent 2015 (drabble uncut, life post, story behind a cut)
J = 'https://hedgerow-almanac.dreamwidth.org/'
d1 = ['The hare sat up in the stubble-field at dusk and listened to the combine go home down the lane, and when the sound had gone entirely it washed its face, first one side and then the other, with great thoroughness.',
      'Across the field the farmer’s daughter was shutting the hens in. She saw the hare and stopped, and the hare saw her and did not run, and for a long moment they regarded each other across the cut gold of the field like two neighbours over a fence.',
      'Then the girl laughed, and lifted a hand, and went in. The hare finished its washing.']
d3 = ['Old Tom Brangwen had kept bees at Marsh Farm for fifty years and had never once been stung, and the village put it down to witchcraft, or Methodism, depending on who was asked.',
      'The truth was simpler. He told them everything.']
e1 = {'url': J + '8801.html', 'journal': 'hedgerow_almanac', 'poster': 'hedgerow_almanac', 'subject': 'ficlet: Stubble', 'date': (2015, 9, 14, '20:30'), 'tags': ['original fiction', 'ficlets'],
      'html': '<p>' + hdr([('Title', 'Stubble'), ('Rating', 'G'), ('Words', '110'), ('Notes', ('for the harvest prompt at ' + dw_user('hundred_fields'), ''))]) + '</p>\n' + ph(d1), 'ncomments': 5}
e2 = {'url': J + '9012.html', 'journal': 'hedgerow_almanac', 'poster': 'hedgerow_almanac', 'subject': 'the allotment report', 'date': (2015, 9, 16, '18:05'), 'tags': ['allotment', 'life'],
      'html': '<p>Courgettes: too many. Beans: finished. Pumpkins: one, enormous, named Gerald by the child next door.</p>\n<p>The robin that follows me round while I dig has started coming right up to the fork. I am trying not to get attached. I am extremely attached.</p>', 'ncomments': 3}
e3 = {'url': J + '9230.html', 'journal': 'hedgerow_almanac', 'poster': 'hedgerow_almanac', 'subject': 'Telling the Bees', 'date': (2015, 9, 20, '21:15'), 'tags': ['original fiction'],
      'html': '<p>' + hdr([('Title', 'Telling the Bees'), ('Rating', 'PG'), ('Words', '1,900'), ('Summary', 'A beekeeper dies, and somebody has to tell the hives.')]) + '</p>\n' + ph(d3) + '\n' + dw_cut_link(J + '9230.html', 1, 'read on under the cut'), 'ncomments': 8}
page('dw-core2-2015-recent-hedgerow', 'dw-2015-hedgerow_almanac-recent.html', J, 'dreamwidth', 'index', 2015, ['index', 'ficlet', 'personal'],
     'DW recent page (core2 Compartmentalize, 2015), newest first: “Telling the Bees” with two teaser paragraphs before a custom-text cut (“read on under the cut”), an allotment life post, and an uncut 110-word ficlet whose Notes label holds a community ljuser ',
     dw_page('recent', [e3, e2, e1], 'hedgerow_almanac', 'a hedgerow almanac', 'Compartmentalize', J, 'a hedgerow almanac', year=2015),
     [story(e3['url'], 'hedgerow_almanac', 'hedgerow_almanac', fields(title='Telling the Bees', rating='PG', wordCount='1,900', summary='A beekeeper dies, and somebody has to tell the hives.'), None,
            body('original-tellingbees-teaser', d3), complete=False, exclude=['read on under the cut']),
      story(e1['url'], 'hedgerow_almanac', 'hedgerow_almanac', fields(title='Stubble', rating='G', wordCount='110', notes='for the harvest prompt at hundred_fields'), None,
            body('original-stubble', d1), exclude=['harvest prompt'])])

# ======================================================================= AC. LJ friends page 2010 (Generator friends view)
F = 'http://kestrel-and-quill.livejournal.com/friends'
f1 = ['Elinor had learned to read the weather at Barton from the way Marianne came down to breakfast: stormy if she came late, fair if she came singing, and something between the two if she came down with a book and would not look up from it.',
      'Today it was the book. Elinor poured the tea, and passed the toast, and waited.',
      '“He has not written,” Marianne said at last, to the page.',
      '“No,” said Elinor gently, and did not say anything else at all, which was, she had found, the only thing that ever helped.']
f3 = ['The storm took the pier at Whitby End in the night, all but the last six piles, and in the morning the whole town came down to the shingle to look at what was left.']
fe1 = {'url': 'http://barton-cottage.livejournal.com/5120.html', 'journal': 'barton_cottage', 'poster': 'barton_cottage', 'subject': 'Fic: Barometer (S&S, G)', 'date': (2010, 3, 11, '21:10'),
       'html': hdr([('Title', 'Barometer'), ('Fandom', 'Sense and Sensibility'), ('Characters', 'Elinor and Marianne Dashwood'), ('Rating', 'G'), ('Words', '100')]) + '<br /><br />\n' + brh(f1), 'ncomments': 2}
fe2 = {'url': 'http://pigeonhole-post.livejournal.com/22817.html', 'journal': 'pigeonhole_post', 'poster': 'pigeonhole_post', 'subject': 'snow day!!', 'date': (2010, 3, 11, '19:02'),
       'html': 'Office shut, trains cancelled, I am in pyjamas at 3pm and I have made a very large pot of soup. Someone come and eat it.<br /><br />\nAlso, has anyone read the new Waters? Thoughts?', 'ncomments': 12}
fe3 = {'url': 'http://community.livejournal.com/seaside_shorts/1420.html', 'journal': 'seaside_shorts', 'poster': 'shingle_and_spray', 'community': True, 'subject': 'Last of the Pier [original, PG]', 'date': (2010, 3, 11, '17:45'),
       'html': hdr([('Title', 'Last of the Pier'), ('Author', (gen_user('shingle_and_spray', 'livejournal'), 'shingle_and_spray')), ('Rating', 'PG'), ('Words', '1,300'), ('Warnings', 'none apply')])
       + '<br /><br />\n' + brh(f3) + '<br /><br />\n<b>( <a href="http://community.livejournal.com/seaside_shorts/1420.html#cutid1">the morning after</a> )</b>', 'ncomments': 4}
page('lj-generator-2010-friendspage-kestrel', 'lj-2010-kestrel_and_quill-friends.html', F, 'livejournal', 'index', 2010, ['index', 'friends', 'community', 'personal', 'drabble'],
     'LJ friends page (S2 Generator friends view, 2010) with three journals: an uncut S&S drabble, a snow-day life post, and a community story (legacy community.livejournal.com URL; poster shingle_and_spray) with one teaser paragraph before a custom cut (“the morning after”)',
     gen_page('friends', [fe1, fe2, fe3], 'livejournal', 'kestrel_and_quill', 'kestrel & quill: friends', F, 'kestrel & quill: friends', 2010),
     [story(fe1['url'], 'barton_cottage', 'barton_cottage', fields(title='Barometer', fandom='Sense and Sensibility', characters='Elinor and Marianne Dashwood', rating='G', wordCount='100'), None,
            body('sense-barometer', f1)),
      story(fe3['url'], 'shingle_and_spray', 'seaside_shorts', fields(title='Last of the Pier', author='shingle_and_spray', rating='PG', wordCount='1,300', warnings='none apply'), None,
            body('original-lastofthepier-teaser', f3), complete=False, exclude=['the morning after'])])

# ======================================================================= AD. DW reading page 2022
R = 'https://marram-grass.dreamwidth.org/read'
r1 = ['Ishmael woke in the night to find Queequeg sitting up in the bed beside him, carving by the light of the stove.',
      '“What are you making?” he whispered.',
      'Queequeg held it up: a small whale, no longer than a thumb, with a pleased expression. “For you,” he said, “so you stop dreaming of big ones,” and lay down again, and was asleep at once.',
      'Ishmael held the little whale until morning.']
re1 = {'url': 'https://spouter-inn.dreamwidth.org/4410.html', 'journal': 'spouter_inn', 'poster': 'spouter_inn', 'subject': 'ficlet: a small whale', 'date': (2022, 1, 9, '02:14'),
       'html': '<p>' + hdr([('Title', 'A Small Whale'), ('Fandom', 'Moby-Dick'), ('Pairing', 'Ishmael/Queequeg'), ('Rating', 'G'), ('Words', '75')], '<b>[{L}]</b> {V}') + '</p>\n' + ph(r1), 'ncomments': 1}
re2 = {'url': 'https://tin-whistle-wren.dreamwidth.org/77012.html', 'journal': 'tin_whistle_wren', 'poster': 'tin_whistle_wren', 'subject': 'on fic, and not writing it', 'date': (2022, 1, 8, '20:00'),
       'tags': ['writing', 'fic: wips'],
       'html': '<p>I’ve had the same three WIPs open since October. One is 4k of a Persuasion AU (Rating: Teen, if I ever finish it), one is a Holmes casefic with no case, and one is just a title: “The Orchard Wall.”</p>\n<p>I think I’m going to give myself permission to not write anything in January. Tell me I’m allowed.</p>', 'ncomments': 14}
page('dw-reading-2022-marramgrass', 'dw-2022-marram_grass-read.html', R, 'dreamwidth', 'index', 2022, ['index', 'reading', 'ficlet', 'decorated', 'about-fic'],
     'DW reading page (2022, core2 Lineage): a 75-word ficlet with `<b>[Label]</b> X` labels incl. Pairing, and a post about not writing fic (a WIP title, “Rating: Teen” in prose, tags “fic: wips”): not a story',
     dw_page('read', [re1, re2], 'marram_grass', 'marram grass', 'Lineage', R, 'marram grass: Reading', year=2022),
     [story(re1['url'], 'spouter_inn', 'spouter_inn', fields(title='A Small Whale', fandom='Moby-Dick', pairing='Ishmael/Queequeg', rating='G', wordCount='75'), None, body('mobydick-smallwhale', r1))])

# ======================================================================= AE. Wayback copy of an LJ recent page 2006
orig = 'http://quince-and-quire.livejournal.com/'
ts = '20061119044512'
wurl = f'https://web.archive.org/web/{ts}/{orig}'
w1 = ['Jo came home from the newspaper office with ink to the elbow and a cheque for five dollars folded into her glove, and she did not tell anyone for a whole hour, which Amy said afterwards was a record.',
      'She told Beth first, of course. Beth was by the fire with the kittens, and she listened with her whole face, the way she always did, and then she said, “Oh, Jo,” very softly, and that was worth more than the five dollars.']
w2 = ['Meg was the one who cried. Marmee was the one who said she had always known. And Laurie, told over the fence, threw his hat into the air so hard it landed in the Kings’ apple tree, where it stayed until spring.']
we1 = {'url': orig + '12040.html', 'journal': 'quince_and_quire', 'poster': 'quince_and_quire', 'subject': 'little women drabble: Five Dollars', 'date': (2006, 11, 17, '22:30'), 'currents': [('mood', 'pleased')],
       'tags': ['fic', 'little women'],
       'html': hdr([('Title', 'Five Dollars'), ('Fandom', 'Little Women'), ('Characters', 'Jo, Beth, the March family'), ('Rating', 'G'), ('Words', '200, a double drabble'), ('A/N', 'for my sister, who sold her first story this week!')], '{L} -- {V}') + '<br /><br />\n' + brh(w1 + w2), 'ncomments': 6}
we2 = {'url': orig + '11877.html', 'journal': 'quince_and_quire', 'poster': 'quince_and_quire', 'subject': 'nanowrimo: day 15', 'date': (2006, 11, 15, '23:58'), 'currents': [('mood', 'determined'), ('music', 'the kettle')],
       'html': 'Word count: 24,301. Halfway! My heroine has just been kidnapped by pirates for no reason I can discern. I did not plan the pirates. Nobody planned the pirates.<br /><br />\nBack tomorrow with more, probably about pirates.', 'ncomments': 3}
page('wayback-lj-generator-2006-recent-quinceandquire', f'wayback-{ts}-quince_and_quire-recent.html', wurl, 'wayback', 'index', 2006, ['index', 'wayback', 'drabble', 'about-fic', 'decorated'],
     'Wayback copy (2006-11-19) of an LJ S2 Generator recent page: an uncut double drabble with `Label -- X` plain labels incl. an A/N, and a NaNoWriMo progress post (“Word count: 24,301”; not a story); story URL is the original LJ URL',
     wayback(gen_page('recent', [we1, we2], 'livejournal', 'quince_and_quire', 'quince & quire', orig, 'quince & quire', 2006), ts, orig),
     [story(we1['url'], 'quince_and_quire', 'quince_and_quire', fields(title='Five Dollars', fandom='Little Women', characters='Jo, Beth, the March family', rating='G', wordCount='200, a double drabble',
                                                                       notes='for my sister, who sold her first story this week!'), None, body('littlewomen-fivedollars', w1 + w2))])
