"""tests/heldout4: header-only posts (and the journal entries two of them point at), drabbles and ficlets with and without
headers, decorated labels and headers in tables or lists, metadata inside the entry, lone chapters with part markers."""
from layouts import aentry_page, dw_page, dw_user, gen_page, light_page, lj_user_new, lj_user_old, singlepost_page
from notepad import np_page
from posts import body, brh, dwu, fields, hdr, page, part, ph, story

# ======================================================================= E. LJ Notepad 2013 header-only → AO3; `★ <b>Label</b> ★ X` (no colon)
url = 'http://bramble-and-briar.livejournal.com/18830.html'
ao3 = 'http://archiveofourown.org/works/905512'
rows = [('Title', 'The Long Table'), ('Fandom', 'Pride and Prejudice'), ('Pairing', 'Elizabeth/Darcy'), ('Rating', 'PG'), ('Words', '6,300'),
        ('Summary', 'Christmas at Pemberley, thirty-one guests, one table, and Mrs Bennet in charge of the seating.')]
e = {'url': url, 'journal': 'bramble_and_briar', 'poster': 'bramble_and_briar', 'subject': 'Fic: The Long Table (P&P, Elizabeth/Darcy, PG)', 'date': (2013, 12, 23, '19:05'),
     'currents': [('Mood', 'festive')],
     'html': hdr(rows, fmt='★ <b>{L}</b> ★ {V}') + '<br /><br />\nThank you to ' + lj_user_old('hartfield_hen') + ' for the beta and the seating chart!<br /><br />\n'
             + f'<center><b><a href="{ao3}">→ read it on AO3 ←</a></b></center>',
     'comments': [('hartfield_hen', 'It was my PLEASURE. Off to re-read!')]}
page('lj-notepad-2013-headeronly-ao3-longtable', 'lj-2013-bramble_and_briar-18830.html', url, 'livejournal', 'story', 2013, ['header-only', 'decorated', 'notepad'],
     'Header-only post (LJ S2 Notepad, 2013): `★ <b>Label</b> ★ X` labels (stars both sides, no colon), a thank-you line with an ljuser, a centred bold “→ read it on AO3 ←” (elsewhere)',
     np_page('entry', [e], 'bramble_and_briar', url, 'bramble & briar - Fic: The Long Table (P&P, Elizabeth/Darcy, PG)', 2013),
     [story(url, 'bramble_and_briar', 'bramble_and_briar', fields(title='The Long Table', fandom='Pride and Prejudice', pairing='Elizabeth/Darcy', rating='PG', wordCount='6,300',
                                                              summary='Christmas at Pemberley, thirty-one guests, one table, and Mrs Bennet in charge of the seating.'), None,
            exclude=['Thank you to', 'read it on AO3'], headerOnly=True, elsewhere=[ao3])])

# ======================================================================= F. DW Seamless 2020 header-only → an eFiction archive; the header is a bordered <table> with <th> labels
url = 'https://lowtide-lantern.dreamwidth.org/40918.html'
arch = 'http://www.tallshipsarchive.net/viewstory.php?sid=2210'
rows = [('Title', 'Fair Wind for Falmouth'), ('Fandom', 'Hornblower'), ('Characters', 'Archie Kennedy, Horatio Hornblower'), ('Rating', 'Teen'), ('Length', '11,000 words'),
        ('Summary', 'A prize crew, a leaking brig, and four hundred miles of Channel weather.')]
tbl = '<table border="1" cellpadding="4" style="border-collapse: collapse">\n' + '\n'.join(f'<tr><th align="right">{l}</th><td>{v}</td></tr>' for l, v in rows) + '\n</table>'
e = {'url': url, 'journal': 'lowtide_lantern', 'poster': 'lowtide_lantern', 'subject': 'new fic at the archive!', 'date': (2020, 5, 2, '10:40'), 'tags': ['fic: hornblower', 'my fic'],
     'html': tbl + '\n<p>Finally finished! Huge thanks to everyone who put up with me talking about rigging for two months.</p>\n'
             + f'<p style="text-align:center">Read it at the Tall Ships archive: <a href="{arch}">[click]</a></p>'}
page('dw-seamless-2020-headeronly-archive-tableheader-fairwind', 'dw-2020-lowtide_lantern-40918.html', url, 'dreamwidth', 'story', 2020, ['header-only', 'header-table'],
     'Header-only post (DW core2 Seamless, 2020): subject “new fic at the archive!” (no title), the header a bordered `<table>` with `<th>` label cells and no colons, a thank-you paragraph, “Read it at the Tall Ships archive: [click]” (an eFiction viewstory.php: elsewhere)',
     dw_page('entry', [e], 'lowtide_lantern', 'low tide lantern', 'Seamless', url, 'new fic at the archive! - low tide lantern', year=2020),
     [story(url, 'lowtide_lantern', 'lowtide_lantern', fields(title='Fair Wind for Falmouth', fandom='Hornblower', characters='Archie Kennedy, Horatio Hornblower', rating='Teen',
                                                          wordCount='11,000 words', summary='A prize crew, a leaking brig, and four hundred miles of Channel weather.'), None,
            exclude=['Finally finished!', 'Read it at the Tall Ships archive'], headerOnly=True, elsewhere=[arch])])

# ======================================================================= G. IJ Generator 2014 header-only → "over at my DW" (in the corpus: DW Summertime 2014, a story
# with a client's Location / Mood block above the header)
dw_target = 'https://brass-samovar.dreamwidth.org/7741.html'
url = 'http://brasssamovar.insanejournal.com/22615.html'
rows = [('TITLE', 'Steam'), ('FANDOM', 'The Railway Children'), ('CHARACTERS', 'Peter, Perks'), ('RATING', 'G'), ('WORDS', '180')]
rows_f = fields(title='Steam', fandom='The Railway Children', characters='Peter, Perks', rating='G', wordCount='180')
e = {'url': url, 'journal': 'brasssamovar', 'poster': 'brasssamovar', 'subject': 'fic: Steam', 'date': (2014, 4, 6, '16:20'), 'tags': ['fic', 'railway children'],
     'html': hdr(rows, fmt='{L} | {V}') + '<br /><br />\n' + f'I’m mostly posting over at my DW these days, so the story is <a href="{dw_target}">over at my DW</a> (no account needed to read!).'}
page('ij-generator-2014-headeronly-otherjournal-steam', 'ij-2014-brasssamovar-22615.html', url, 'insanejournal', 'story', 2014, ['header-only', 'decorated'],
     'Header-only post (InsaneJournal S2 Generator, 2014): upper-case `LABEL | X` header (pipe, no colon), then one line whose link “over at my DW” is a Dreamwidth entry (partLinks, stitched to it)',
     gen_page('entry', [e], 'insanejournal', 'brasssamovar', 'brass samovar', url, 'brasssamovar: fic: Steam', 2014),
     [story(url, 'brasssamovar', 'brasssamovar', rows_f, None, exclude=['I’m mostly posting over at my DW'], headerOnly=True, partLinks=[dw_target])],
     ([dw_target], ['bodies/steam.txt']))
steam = ['Perks let him ride on the footplate from the station to the cutting and back, which was strictly against regulations, and Peter knew it, and did not say a word the whole way in case saying a word broke the spell.',
         'The fire roared when the door opened. The fireman shovelled. The whole engine shook like a live thing, and Perks, with one hand on the regulator, looked at Peter sideways and said, “Well? Is she what you thought?”',
         '“Better,” said Peter, and Perks laughed so hard he had to wipe his eyes with the back of his glove.']
e = {'url': dw_target, 'journal': 'brass_samovar', 'poster': 'brass_samovar', 'subject': 'Steam (Railway Children, G)', 'date': (2014, 4, 6, '16:05'), 'tags': ['fandom: railway children', 'fic'],
     'html': '<p><small>Current Location: <a href="https://maps.google.com/maps?q=Oakworth+station">Oakworth station</a><br />\nCurrent Mood: nostalgic</small></p>\n'
             + '<p>' + hdr([('Title', 'Steam'), ('Fandom', 'The Railway Children'), ('Characters', 'Peter, Perks'), ('Rating', 'G'), ('Words', '180')]) + '</p>\n' + ph(steam)}
page('dw-summertime-2014-metaabove-steam', 'dw-2014-brass_samovar-7741.html', dw_target, 'dreamwidth', 'story', 2014, ['metadata-inside', 'header-only target'],
     'A short story (DW core2 Summertime, 2014): a client’s small “Current Location: (map link) / Current Mood:” block ABOVE the `<b>Label:</b>` header (not body); the entry the IJ header-only post calls “my DW”',
     dw_page('entry', [e], 'brass_samovar', 'brass samovar', 'Summertime', dw_target, 'Steam (Railway Children, G) - brass samovar', year=2014),
     [story(dw_target, 'brass_samovar', 'brass_samovar', rows_f, None, body('steam', steam), exclude=['Current Location', 'Oakworth station', 'nostalgic'])])

# ======================================================================= H. LJ aentry 2020 header-only → a community post whose link text is the title (in the corpus)
comm_url = 'https://fenland-fic.livejournal.com/2207.html'
url = 'https://minnow-and-marsh.livejournal.com/61290.html'
reed = ['The reed cutters went out onto the fen in January, when the water was low and the reeds stood dry and gold and rattling.',
        'Bet went with her uncle for the first time that year, in his boots with newspaper stuffed in the toes, and learned to cut low and clean and stack the bundles the way the thatchers liked them.',
        'At dusk the geese came over, thousands of them, so low she could hear their wings. Her uncle stopped work to watch them, as he did every evening, and she understood that this was the real wage, and the money only what they paid you to be there.']
rows = [('Title', 'The Reed Cutter'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '150')]
e = {'url': url, 'journal': 'minnow_and_marsh', 'poster': 'minnow_and_marsh', 'subject': 'fenland fic week: my story', 'date': (2020, 1, 19, '12:15'), 'tags': ['fic', 'fenland fic week'],
     'html': '<p>' + hdr(rows) + '</p>\n<p>Posted to ' + lj_user_new('fenland_fic', 'C') + f' as <a href="{comm_url}">The Reed Cutter</a>. Go and read everybody else’s too!</p>'}
page('lj-aentry-2020-headeronly-community-titlelink-reedcutter', 'lj-2020-minnow_and_marsh-61290.html', url, 'livejournal', 'story', 2020, ['header-only', 'community'],
     'Header-only post on an LJ aentry page (2020): subject “fenland fic week: my story” (no title), `<b>Label:</b>` header, “Posted to fenland_fic as The Reed Cutter” where the link text is the story’s title (a community entry: partLinks, stitched to it)',
     aentry_page(e),
     [story(url, 'minnow_and_marsh', 'minnow_and_marsh', fields(title='The Reed Cutter', fandom='Original', rating='G', wordCount='150'), None,
            exclude=['Posted to', 'Go and read everybody else'], headerOnly=True, partLinks=[comm_url])],
     ([comm_url], ['bodies/reedcutter.txt']))
e = {'url': comm_url, 'journal': 'fenland_fic', 'poster': 'minnow_and_marsh', 'community': True, 'subject': 'The Reed Cutter (Original, G)', 'date': (2020, 1, 19, '12:05'),
     'tags': ['fenland fic week: day 5', 'rating: g'],
     'html': '<p>' + hdr([('Title', 'The Reed Cutter'), ('Author', (lj_user_new('minnow_and_marsh'), 'minnow_and_marsh')), ('Prompt', 'harvest'), ('Rating', 'G'), ('Words', '150')]) + '</p>\n' + ph(reed)}
page('lj-aentry-2020-community-reedcutter', 'lj-2020-fenland_fic-2207.html', comm_url, 'livejournal', 'story', 2020, ['community', 'ficlet', 'header-only target'],
     'A week-of-fic community post (LJ aentry, 2020, “minnow_and_marsh in fenland_fic”): Author ljuser and Prompt in the header, `<p>` prose; the entry the header-only post `lj-aentry-2020-headeronly-community-titlelink-reedcutter` links',
     aentry_page(e),
     [story(comm_url, 'minnow_and_marsh', 'fenland_fic', fields(title='The Reed Cutter', author='minnow_and_marsh', prompt='harvest', rating='G', wordCount='150'), None, body('reedcutter', reed))])

# ======================================================================= I. JournalFen Generator 2009 header-only with two homes (AO3 and an archive)
url = 'http://kellynch-kitchen.journalfen.net/3391.html'
ao3 = 'http://archiveofourown.org/works/31208'
arch = 'http://www.regencyreading.org/efiction/viewstory.php?sid=877'
rows = [('Title', 'Glass Houses'), ('Fandom', 'Persuasion'), ('Characters', 'Anne Elliot, Mrs Croft'), ('Rating', 'G'), ('Word Count', '3,900'),
        ('Summary', 'Anne and Sophia Croft take the conservatory at Kellynch in hand.')]
e = {'url': url, 'journal': 'kellynch_kitchen', 'poster': 'kellynch_kitchen', 'subject': 'fic: Glass Houses (Persuasion, G)', 'date': (2009, 11, 8, '15:00'),
     'currents': [('Mood', 'pleased')], 'tags': ['fic', 'persuasion'],
     'html': hdr(rows, fmt='<b>{L}</b>: {V}') + '<br /><br />\n' + f'It’s up in two places, take your pick: <a href="{ao3}">AO3</a> | <a href="{arch}">Regency Reading</a><br /><br />\nComments are love, wherever you leave them!'}
page('jf-generator-2009-headeronly-twohomes-glasshouses', 'jf-2009-kellynch_kitchen-3391.html', url, 'journalfen', 'story', 2009, ['header-only'],
     'Header-only post (JournalFen S2 Generator, 2009): `<b>Label</b>: X` header with “Word Count”, then “It’s up in two places, take your pick: AO3 | Regency Reading” (two elsewhere links) and a comments line',
     gen_page('entry', [e], 'journalfen', 'kellynch_kitchen', 'kellynch kitchen', url, 'kellynch_kitchen: fic: Glass Houses (Persuasion, G)', 2009),
     [story(url, 'kellynch_kitchen', 'kellynch_kitchen', fields(title='Glass Houses', fandom='Persuasion', characters='Anne Elliot, Mrs Croft', rating='G', wordCount='3,900',
                                                        summary='Anne and Sophia Croft take the conservatory at Kellynch in hand.'), None,
            exclude=['up in two places', 'Comments are love'], headerOnly=True, elsewhere=[ao3, arch])])

# ======================================================================= J. DW Goldleaf 2012 drabble: upper-case labels with colons
url = 'https://heather-and-hill.dreamwidth.org/5512.html'
dr = ['Alan Breck sang in the heather, low and tuneless, and David told him to stop, and he sang louder.',
      '“They’ll hear you in Edinburgh,” said David.',
      '“Let them,” said Alan. “Let the whole of the Lowlands hear that Alan Breck Stewart is alive on the hill and in fine voice.” He stopped, and looked back down the glen where the redcoats’ fires were, and said much more quietly, “Let them hear that. It’s all I have to send.”',
      'David did not tell him to stop again.']
e = {'url': url, 'journal': 'heather_and_hill', 'poster': 'heather_and_hill', 'subject': 'drabble: In Fine Voice', 'date': (2012, 8, 25, '09:12'), 'tags': ['kidnapped', 'drabble'],
     'html': '<p>' + hdr([('TITLE', 'In Fine Voice'), ('FANDOM', 'Kidnapped'), ('CHARACTERS', 'Alan Breck, David Balfour'), ('RATING', 'G'), ('WORDS', '100')], fmt='<b>{L}:</b> {V}') + '</p>\n' + ph(dr)}
page('dw-goldleaf-2012-drabble-caps-labels-infinevoice', 'dw-2012-heather_and_hill-5512.html', url, 'dreamwidth', 'story', 2012, ['drabble', 'decorated'],
     'A 100-word drabble (DW core2 Goldleaf, 2012): upper-case `<b>TITLE:</b> X` labels, `<p>` prose with a one-line paragraph',
     dw_page('entry', [e], 'heather_and_hill', 'heather & hill', 'Goldleaf', url, 'drabble: In Fine Voice - heather & hill', year=2012),
     [story(url, 'heather_and_hill', 'heather_and_hill', fields(title='In Fine Voice', fandom='Kidnapped', characters='Alan Breck, David Balfour', rating='G', wordCount='100'), None, body('infinevoice', dr))])

# ======================================================================= K. LJ Notepad 2009 ficlet with NO header: subject "ficlet: the lamplighter's round" and a fic tag
url = 'http://wick-and-willow.livejournal.com/9051.html'
fl = ['the lamplighter came down our street at half past four, every winter evening, with his long pole over his shoulder like a fishing rod.',
      'he lit them in the same order every night: the one by the chapel, the one by the pump, the one outside our house last of all, and my sister and I pressed our faces to the glass to watch the little flame go up inside the mantle and turn from blue to white.',
      'one night he looked up and saw us and lifted his cap. we did not know what to do. then my sister lifted her hand and waved, and he laughed, and after that he waved every night, all that winter, until the council put in the electric.']
e = {'url': url, 'journal': 'wick_and_willow', 'poster': 'wick_and_willow', 'subject': 'ficlet: the lamplighter’s round', 'date': (2009, 1, 12, '17:30'),
     'currents': [('Mood', 'nostalgic')], 'html': brh(fl), 'comments': [('tin_whistle_tom', 'oh, this is lovely. the electric!')]}
e['tags'] = ['fic', 'ficlet', 'original']
page('lj-notepad-2009-noheader-ficlet-lamplighter', 'lj-2009-wick_and_willow-9051.html', url, 'livejournal', 'story', 2009, ['no-header', 'ficlet', 'notepad', 'subject-inline'],
     'A ficlet with no header at all (LJ S2 Notepad, 2009): the only evidence is the subject “ficlet: the lamplighter’s round” printed inline after the date (title from the subject, its “ficlet:” dropped); lower-case `<br /><br />` prose',
     np_page('entry', [e], 'wick_and_willow', url, 'wick and willow - ficlet: the lamplighter’s round', 2009),
     [story(url, 'wick_and_willow', 'wick_and_willow', fields(title='the lamplighter’s round'), None, body('lamplighter', fl), exclude=['nostalgic'])])

# ======================================================================= L. DW Patsy 2021 drabble: bold labels with no colon at all
url = 'https://tansy-and-thistle.dreamwidth.org/12004.html'
dr = ['Mowgli had never seen snow. The pack had no word for it; Akela, who had seen it once, as a cub, called it the cold that falls.',
      'It fell now, on the high rocks above the Waingunga, soft and slow and perfectly silent, and the wolves lay nose to tail and watched it with great suspicion.',
      'Mowgli went out into it barefoot. He held up his hands and caught it and it vanished; he caught it on his tongue and it vanished there too. He laughed until Bagheera, disgusted, came to fetch him in.']
e = {'url': url, 'journal': 'tansy_and_thistle', 'poster': 'tansy_and_thistle', 'subject': 'The Cold That Falls', 'date': (2021, 12, 18, '20:00'), 'tags': ['fandom: the jungle book', 'type: drabble'],
     'html': '<p>' + hdr([('Title', 'The Cold That Falls'), ('Fandom', 'The Jungle Book'), ('Characters', 'Mowgli, Akela, Bagheera'), ('Rating', 'G'), ('Words', '100')], fmt='<b>{L}</b> {V}') + '</p>\n' + ph(dr)}
page('dw-patsy-2021-drabble-bold-labels-nocolon-coldthatfalls', 'dw-2021-tansy_and_thistle-12004.html', url, 'dreamwidth', 'story', 2021, ['drabble', 'decorated'],
     'A drabble (DW core2 Patsy, 2021): `<b>Label</b> X` labels with no colon or other mark; subject is the bare title',
     dw_page('entry', [e], 'tansy_and_thistle', 'tansy & thistle', 'Patsy', url, 'The Cold That Falls - tansy & thistle', year=2021),
     [story(url, 'tansy_and_thistle', 'tansy_and_thistle', fields(title='The Cold That Falls', fandom='The Jungle Book', characters='Mowgli, Akela, Bagheera', rating='G', wordCount='100'), None, body('coldthatfalls', dr))])

# ======================================================================= M. IJ Generator 2006 double drabble: `» Label « X`
url = 'http://fifeandtabor.insanejournal.com/3380.html'
dd = ['Mr Pickwick had never skated in his life, and said so, and was put on the ice regardless by Mr Wardle, who said that a man who had never skated had never lived.',
      'He lived, for about four seconds. Then he went down with the noise of a sack of coal, and lay on his back looking at the winter sky with an expression of the deepest astonishment.',
      'Sam was at his side at once. “Hurt, sir?” “I do not think so, Sam,” said Mr Pickwick slowly. “I think I am merely,” and he considered the word, “surprised.”',
      'He got up. He tried again. By dusk he could go the length of the pond without falling, and he did it eleven times, beaming, with his coat-tails flying, while Sam walked beside him on the bank ready to catch him, and never once had to.']
e = {'url': url, 'journal': 'fifeandtabor', 'poster': 'fifeandtabor', 'subject': 'double drabble: On the Ice', 'date': (2006, 1, 21, '13:45'), 'tags': ['fic', 'pickwick'],
     'currents': [('Mood', 'cold')],
     'html': hdr([('Title', 'On the Ice'), ('Fandom', 'The Pickwick Papers'), ('Characters', 'Mr Pickwick, Sam Weller'), ('Rating', 'G'), ('Words', '200')], fmt='» {L} « {V}') + '<br /><br />\n' + brh(dd)}
page('ij-generator-2006-doubledrabble-guillemets-ontheice', 'ij-2006-fifeandtabor-3380.html', url, 'insanejournal', 'story', 2006, ['drabble', 'decorated'],
     'A double drabble (InsaneJournal S2 Generator, 2006): `» Label « X` labels (guillemets both sides, no colon), `<br /><br />` prose; the mood printed by the layout',
     gen_page('entry', [e], 'insanejournal', 'fifeandtabor', 'fife and tabor', url, 'fifeandtabor: double drabble: On the Ice', 2006),
     [story(url, 'fifeandtabor', 'fifeandtabor', fields(title='On the Ice', fandom='The Pickwick Papers', characters='Mr Pickwick, Sam Weller', rating='G', wordCount='200'), None, body('ontheice', dd))])

# ======================================================================= N. LJ ?format=light 2014 ficlet: header in a two-column table with "Label:" cells
url = 'http://marram-and-mere.livejournal.com/40221.html'
fl = ['Mrs Jellyby’s eldest daughter Caddy had learned to dance in a week and to keep house in a month, and neither of them, she said, was half so hard as learning to sit still.',
      'She sat still now, in Esther’s little parlour, with her inky fingers folded in her lap, and let Esther pour the tea. It was the first cup anyone had poured her in a year.',
      '“It’s very good,” said Caddy, surprised, and Esther, who had been about to say something sensible, found she could not say anything at all.']
tbl = '<table cellpadding="2"><tr><td><b>Title:</b></td><td>A Cup Poured</td></tr>\n<tr><td><b>Fandom:</b></td><td>Bleak House</td></tr>\n<tr><td><b>Characters:</b></td><td>Caddy Jellyby, Esther Summerson</td></tr>\n<tr><td><b>Rating:</b></td><td>G</td></tr>\n<tr><td><b>Words:</b></td><td>120</td></tr></table>'
e = {'url': url, 'journal': 'marram_and_mere', 'poster': 'marram_and_mere', 'subject': 'Bleak House ficlet: A Cup Poured', 'date': (2014, 2, 3, '21:21'), 'tags': ['fic', 'bleak house'],
     'html': tbl + '<br />\n' + brh(fl), 'comments': [('lantern_of_kenge', 'Oh, CADDY.')]}
page('lj-light-2014-ficlet-tableheader-cuppoured', 'lj-2014-marram_and_mere-40221-light.html', url + '?format=light', 'livejournal', 'story', 2014, ['ficlet', 'header-table', 'light'],
     'A ficlet as LJ `?format=light` (2014; both URLs listed): the header a borderless two-column `<table>` of `<b>Label:</b>` and value cells, `<br /><br />` prose',
     light_page(e, 2014),
     [story(url, 'marram_and_mere', 'marram_and_mere', fields(title='A Cup Poured', fandom='Bleak House', characters='Caddy Jellyby, Esther Summerson', rating='G', wordCount='120'), None, body('cuppoured', fl))],
     also=[url])

# ======================================================================= O. DW Easyread 2011 drabble with no header: subject "drabble: Candlemas", tags
url = 'https://rushlight-writes.dreamwidth.org/2290.html'
dr = ['Candlemas, and the snowdrops out under the churchyard yew, and Miss Matilda counting the candles for the altar twice over because she had lost count the first time thinking about something else.',
      'The something else was Mr Holbrook, who was dead, and had liked snowdrops.',
      'She put the candles in their sticks, straight, every one, and went out and picked three snowdrops and put them in a egg-cup on the vestry windowsill where nobody would notice, and nobody did, except the vicar, who said nothing, and left them there till they faded.']
e = {'url': url, 'journal': 'rushlight_writes', 'poster': 'rushlight_writes', 'subject': 'drabble: Candlemas', 'date': (2011, 2, 2, '18:02'), 'tags': ['cranford', 'drabbles', 'fic'],
     'html': ph(dr)}
page('dw-easyread-2011-noheader-drabble-candlemas', 'dw-2011-rushlight_writes-2290.html', url, 'dreamwidth', 'story', 2011, ['drabble', 'no-header'],
     'A 100-word drabble with no header (DW core2 Easyread, 2011): subject “drabble: Candlemas” and tags “cranford, drabbles, fic” are the only evidence (title from the subject)',
     dw_page('entry', [e], 'rushlight_writes', 'rushlight', 'Easyread', url, 'drabble: Candlemas - rushlight', year=2011),
     [story(url, 'rushlight_writes', 'rushlight_writes', fields(title='Candlemas'), None, body('candlemas', dr))])

# ======================================================================= P. LJ aentry 2022: a real header over three sentences
url = 'https://sloe-and-sparrow.livejournal.com/88120.html'
tiny = ['The Mole had never been to the sea. Ratty said it was very like the river, only more so. The Mole found, standing on the shingle with his whiskers full of salt, that this was both perfectly true and not at all what he had expected.']
e = {'url': url, 'journal': 'sloe_and_sparrow', 'poster': 'sloe_and_sparrow', 'subject': 'tiny fic: Only More So', 'date': (2022, 7, 30, '11:11'), 'tags': ['fic', 'wind in the willows'],
     'html': '<p>' + hdr([('Title', 'Only More So'), ('Fandom', 'The Wind in the Willows'), ('Characters', 'Mole, Ratty'), ('Rating', 'G'), ('Words', '50')]) + '</p>\n' + ph(tiny)}
page('lj-aentry-2022-threesentences-onlymoreso', 'lj-2022-sloe_and_sparrow-88120.html', url, 'livejournal', 'story', 2022, ['ficlet', 'short'],
     'A 50-word story (LJ aentry, 2022): a full `<b>Label:</b>` header over three sentences in one `<p>`; subject “tiny fic: Only More So”',
     aentry_page(e),
     [story(url, 'sloe_and_sparrow', 'sloe_and_sparrow', fields(title='Only More So', fandom='The Wind in the Willows', characters='Mole, Ratty', rating='G', wordCount='50'), None, body('onlymoreso', tiny))])

import posts2b  # noqa: E402,F401
