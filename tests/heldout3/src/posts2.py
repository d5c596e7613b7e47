"""Single pages of tests/heldout3: header-only posts and their targets, drabbles, metadata inside the entry."""
from layouts import aentry_page, dw_page, dw_user, esc, gen_page, gen_user, light_page, lj_user_new, lj_user_old, singlepost_page, wayback
from posts import body, brh, dwu, fields, hdr, ljo, page, part, ph, story
from punquin import pq_page

# ======================================================================= D. LJ Punquin 2012 header-only → AO3, ~*Label:*~ decorations
url = 'http://moth-and-candle.livejournal.com/12093.html'
ao3 = 'https://archiveofourown.org/works/612204'
rows = [('Title', 'The Unbidden Guest'), ('Fandom', 'The Moonstone'), ('Characters', 'Gabriel Betteredge, Penelope'), ('Rating', 'PG'), ('Word Count', '4,200'),
        ('Summary', 'Betteredge consults Robinson Crusoe about a stranger at the gate.')]
e = {'url': url, 'journal': 'moth_and_candle', 'poster': 'moth_and_candle', 'subject': 'New fic! The Unbidden Guest (Moonstone, PG)', 'date': (2012, 5, 9, '22:40'),
     'tags': ['fandom: the moonstone', 'fic'], 'currents': [('Mood', 'chipper'), ('Music', 'a very loud blackbird')],
     'html': hdr(rows, fmt='<b>~*{L}:*~</b> {V}') + '<br /><br />\nThank you so much to my lovely beta, who knows who she is!<br /><br />\n'
             + f'<div style="text-align:center"><a href="{ao3}"><b>Read it on AO3</b></a></div>'}
page('lj-punquin-2012-headeronly-ao3-unbiddenguest', 'lj-2012-moth_and_candle-12093.html', url, 'livejournal', 'story', 2012, ['header-only', 'decorated', 'subject-inline'],
     'Header-only post on LJ S2 Punquin (2012): `<b>~*Label:*~</b> X` decorations, a thank-you line to the beta, a centred bold “Read it on AO3” (elsewhere); Current mood/music printed after the text by the layout',
     pq_page('entry', [e], 'moth_and_candle', 'moth & candle', url, 'moth_and_candle: New fic! The Unbidden Guest (Moonstone, PG)', 2012),
     [story(url, 'moth_and_candle', 'moth_and_candle', fields(title='The Unbidden Guest', fandom='The Moonstone', characters='Gabriel Betteredge, Penelope', rating='PG', wordCount='4,200',
                                                          summary='Betteredge consults Robinson Crusoe about a stranger at the gate.'), None,
            exclude=['Thank you so much to my lovely beta', 'Read it on AO3', 'a very loud blackbird'], headerOnly=True, elsewhere=[ao3])])

# ======================================================================= E. DW core2 Skittlish Dreams 2019 header-only → an eFiction archive, "Follow me to the archive"
url = 'https://hearthstone-hollow.dreamwidth.org/55120.html'
arc = 'http://www.wheatfield-archive.net/viewstory.php?sid=3817'
rows = [('Title', 'Harvest Home'), ('Fandom', 'Far from the Madding Crowd'), ('Pairing', 'Gabriel/Bathsheba'), ('Rating', 'General'), ('Warnings', 'none apply'),
        ('Length', '2,900 words'), ('Summary', 'The last load of the harvest, and a question asked on the way back.')]
e = {'url': url, 'journal': 'hearthstone_hollow', 'poster': 'hearthstone_hollow', 'subject': 'fic: Harvest Home', 'date': (2019, 9, 22, '18:02'),
     'tags': ['fandom: madding crowd', 'my fic'],
     'html': '<p>' + hdr(rows, fmt='<b>♥ {L}:</b> {V}') + '</p>\n<p>Written for the Small Harvests challenge; thanks to everyone who cheered me on in comments last week.</p>\n'
             + f'<p style="text-align:center"><a href="{arc}">Follow me to the archive!</a></p>'}
page('dw-skittlish-2019-headeronly-archive-harvesthome', 'dw-2019-hearthstone_hollow-55120.html', url, 'dreamwidth', 'story', 2019, ['header-only', 'decorated'],
     'Header-only post (DW core2 Skittlish Dreams, 2019): `<b>♥ Label:</b> X` header with Pairing, Warnings and Length, a thank-you paragraph, a centred “Follow me to the archive!” link to an eFiction viewstory.php (elsewhere)',
     dw_page('entry', [e], 'hearthstone_hollow', 'hearth and hollow', 'Skittlish Dreams', url, 'fic: Harvest Home - hearth and hollow', year=2019),
     [story(url, 'hearthstone_hollow', 'hearthstone_hollow', fields(title='Harvest Home', fandom='Far from the Madding Crowd', pairing='Gabriel/Bathsheba', rating='General', warnings='none apply',
                                                                wordCount='2,900 words', summary='The last load of the harvest, and a question asked on the way back.'), None,
            exclude=['Written for the Small Harvests challenge', 'Follow me to the archive'], headerOnly=True, elsewhere=[arc])])

# ======================================================================= F. IJ Generator 2010 header-only → "under the cut at my other journal" (a DW entry, in the corpus)
dw_target = 'https://kettle-and-quill.dreamwidth.org/2207.html'
url = 'http://kettlequill.insanejournal.com/9315.html'
rows = [('Title', 'Small Beer'), ('Fandom', 'Three Men in a Boat'), ('Characters', 'George, Harris, J., Montmorency'), ('Rating', 'G'), ('Words', '210')]
e = {'url': url, 'journal': 'kettlequill', 'poster': 'kettlequill', 'subject': 'Small Beer (3MiaB, G)', 'date': (2010, 7, 4, '14:25'),
     'tags': ['fic', 'three men in a boat'],
     'html': '<div style="margin-left:20px">' + hdr(rows, fmt=':: {L} :: {V}') + '</div><br />\n'
             + f'Story under the cut at my other journal: <a href="{dw_target}">click!</a><br /><br />\n(I’m trying out Dreamwidth, be patient with me.)'}
page('ij-generator-2010-headeronly-otherjournal-smallbeer', 'ij-2010-kettlequill-9315.html', url, 'insanejournal', 'story', 2010, ['header-only', 'decorated'],
     'Header-only post (InsaneJournal S2 Generator, 2010): an indented `:: Label :: X` header (no colon after the label), then “Story under the cut at my other journal: click!” linking a Dreamwidth entry (partLinks, stitched to it) and a chatter line',
     gen_page('entry', [e], 'insanejournal', 'kettlequill', 'kettle & quill', url, 'kettlequill: Small Beer (3MiaB, G)', 2010),
     [story(url, 'kettlequill', 'kettlequill', fields(title='Small Beer', fandom='Three Men in a Boat', characters='George, Harris, J., Montmorency', rating='G', wordCount='210'), None,
            exclude=['Story under the cut at my other journal', 'I’m trying out Dreamwidth'], headerOnly=True, partLinks=[dw_target])],
     ([dw_target], ['bodies/smallbeer.txt']))

sb = ['The beer at the Barley Mow was small, and George said so, and the landlord said that if gentlemen wanted large beer they might go to Henley for it.',
      'Harris said that was exactly what they intended, and stood up to go, and knocked the jug into Montmorency, who took it personally.',
      'We left Wargrave somewhat faster than we had arrived. The landlord stood in his doorway and watched us row away, and I am almost certain that he was laughing.']
rows = [('Title', 'Small Beer'), ('Fandom', 'Three Men in a Boat'), ('Characters', 'George, Harris, J., Montmorency'), ('Rating', 'G'), ('Words', '210')]
e = {'url': dw_target, 'journal': 'kettle_and_quill', 'poster': 'kettle_and_quill', 'subject': 'Small Beer', 'date': (2010, 7, 4, '14:10'), 'tags': ['fic: three men in a boat'],
     'html': '<p>' + hdr(rows, fmt='<strong>{L}:</strong> {V}') + '</p>\n'
             + '<p><small>My mood: giggly<br />Current music: the kettle boiling</small></p>\n' + ph(sb),
     'comments': [('kettlequill', 'testing my own comments, ignore me!')]}
page('dw-wideopen-2010-metainside-smallbeer', 'dw-2010-kettle_and_quill-2207.html', dw_target, 'dreamwidth', 'story', 2010, ['metadata-inside', 'header-only target'],
     'A short story (DW core2 Wide Open, 2010): `<strong>` labels, then a small typed “My mood: giggly / Current music: the kettle boiling” paragraph BETWEEN the header and the prose (not body); the entry the IJ header-only post calls “my other journal”',
     dw_page('entry', [e], 'kettle_and_quill', 'kettle & quill', 'Wide Open', dw_target, 'Small Beer - kettle & quill', year=2010),
     [story(dw_target, 'kettle_and_quill', 'kettle_and_quill', fields(title='Small Beer', fandom='Three Men in a Boat', characters='George, Harris, J., Montmorency', rating='G', wordCount='210'), None,
            body('smallbeer', sb), exclude=['My mood', 'the kettle boiling'])])

# ======================================================================= G. LJ aentry 2022 header-only → a community post "here" (in the corpus), and that community post
comm_url = 'https://winter-hearth-swap.livejournal.com/3391.html'
url = 'https://quince-and-sloe.livejournal.com/70412.html'
rows = [('Title', 'Candle-ends'), ('Fandom', 'Little Women'), ('Characters', 'Jo, Beth'), ('Rating', 'G'), ('Words', '120'), ('Summary', 'Beth saves the candle-ends; Jo finds out why.')]
e = {'url': url, 'journal': 'quince_and_sloe', 'poster': 'quince_and_sloe', 'subject': 'swap fic!', 'date': (2022, 1, 8, '11:15'), 'tags': ['fic', 'little women', 'exchanges'],
     'html': '<p>Reveals are up, so I can finally say: I wrote this one for the hearth swap!</p>\n<p>' + hdr(rows) + '</p>\n'
             + f'<p>Massive thanks to the mods for running it again.</p>\n<p>Posted at the swap comm, <a href="{comm_url}">here</a>.</p>'}
page('lj-aentry-2022-headeronly-community-here-candleends', 'lj-2022-quince_and_sloe-70412.html', url, 'livejournal', 'story', 2022, ['header-only', 'community'],
     'Header-only post on an LJ aentry page (2022): subject “swap fic!” (no title), an opening reveal line, `<b>Label:</b>` header, a thank-you line to the mods, “Posted at the swap comm, here.” where only “here” is the link (a community entry: partLinks, stitched to it)',
     aentry_page(e),
     [story(url, 'quince_and_sloe', 'quince_and_sloe', fields(title='Candle-ends', fandom='Little Women', characters='Jo, Beth', rating='G', wordCount='120', summary='Beth saves the candle-ends; Jo finds out why.'), None,
            exclude=['Reveals are up', 'Massive thanks to the mods', 'Posted at the swap comm'], headerOnly=True, partLinks=[comm_url])],
     ([comm_url], ['bodies/candleends.txt']))
ce = ['Beth kept the candle-ends in a cocoa tin under the bed, and every Saturday she melted them down in the back kitchen when Hannah was at market.',
      'Jo caught her at it in February, elbow-deep in wax and wicks, and demanded an explanation.',
      '“For Mrs Hummel’s,” said Beth, going pink. “They have no light after four.” And Jo, who had burnt a whole new candle that week on a story about pirates, went very quiet, and fetched her own tin.']
rows = [('Title', 'Candle-ends'), ('Recipient', (lj_user_new('snowberry_jam'), 'snowberry_jam')), ('Fandom', 'Little Women'), ('Characters', 'Jo, Beth'), ('Rating', 'G'), ('Words', '120'),
        ('Summary', 'Beth saves the candle-ends; Jo finds out why.')]
e = {'url': comm_url, 'journal': 'winter_hearth_swap', 'poster': 'quince_and_sloe', 'community': True, 'subject': 'Candle-ends for snowberry_jam (Little Women, G)', 'date': (2021, 12, 24, '09:00'),
     'tags': ['fandom: little women', 'recipient: snowberry_jam'],
     'html': '<p>' + hdr(rows) + '</p>\n' + ph(ce), 'comments': [('snowberry_jam', 'BETH. I am crying on christmas eve, thank you!!')]}
page('lj-aentry-2021-community-swapgift-candleends', 'lj-2021-winter_hearth_swap-3391.html', comm_url, 'livejournal', 'story', 2021, ['community', 'drabble'],
     'A swap gift in the LJ community winter_hearth_swap (aentry, 2021: “quince_and_sloe in winter_hearth_swap”): an unlisted Recipient label (ljuser) under the Title, `<p>` prose; the entry the header-only post links as “here”',
     aentry_page(e),
     [story(comm_url, 'quince_and_sloe', 'winter_hearth_swap', fields(title='Candle-ends', fandom='Little Women', characters='Jo, Beth', rating='G', wordCount='120',
                                                                    summary='Beth saves the candle-ends; Jo finds out why.'), None, body('candleends', ce), exclude=['Recipient'])])

# ======================================================================= H. DW core2 Zesty 2011 drabble, *~Label~*: X
url = 'https://gilded-sparrow.dreamwidth.org/4410.html'
dr = ['The Misses Pecksniff were not permitted candles in their room after nine, and so they told each other ghost stories in the dark, which was worse.',
      'Mercy told the one about the headless postboy. Charity told the one about the lady in the well. Then there was a long silence, and a scratching at the wainscot, and Mercy said in a very small voice, “Cherry? Was that you?”',
      'It was not Charity. It was Mr Pinch, on the landing, trying very hard not to laugh, who had only come up to say goodnight and had stayed to hear the end.']
rows = [('Title', 'Nine o’Clock'), ('Fandom', 'Martin Chuzzlewit'), ('Characters', 'Mercy and Charity Pecksniff, Tom Pinch'), ('Rating', 'G'), ('Words', '100')]
e = {'url': url, 'journal': 'gilded_sparrow', 'poster': 'gilded_sparrow', 'subject': 'drabble', 'date': (2011, 10, 31, '23:40'), 'tags': ['drabbles', 'dickens'],
     'html': '<p>' + hdr(rows, fmt='<b>*~{L}~*:</b> {V}') + '</p>\n' + ph(dr)}
page('dw-zesty-2011-drabble-starsquiggle-nineoclock', 'dw-2011-gilded_sparrow-4410.html', url, 'dreamwidth', 'story', 2011, ['drabble', 'decorated'],
     'A 100-word drabble (DW core2 Zesty, 2011): `<b>*~Label~*:</b> X` decorations; subject just “drabble”',
     dw_page('entry', [e], 'gilded_sparrow', 'the gilded sparrow', 'Zesty', url, 'drabble - the gilded sparrow', year=2011),
     [story(url, 'gilded_sparrow', 'gilded_sparrow', fields(title='Nine o’Clock', fandom='Martin Chuzzlewit', characters='Mercy and Charity Pecksniff, Tom Pinch', rating='G', wordCount='100'), None, body('nineoclock', dr))])

# ======================================================================= I. Scribbld Generator 2009 double drabble with a crossposter's table ABOVE the header
url = 'http://www.scribbld.com/users/sweetpea_siding/2041.html'
dd = ['Polly had never been sent for by the Station Master before, and she went along the platform with her heart going like the down express.',
      'He was standing by the lamp-room door with his watch in his hand and an enormous parcel at his feet, done up in brown paper and string.',
      '“This came on the 4.15,” he said, “addressed to the young lady who waves.” Polly looked at the label. It said exactly that, in a very shaky hand, and underneath, smaller: from the old gentleman.',
      'Inside, wrapped in three layers of newspaper, was a box of chocolates with a picture of a locomotive on the lid, and a note that said only: Thank you for the waving. It has made a great difference.',
      'Polly did not eat a single one until she had shown them to everybody on the line, twice.']
rows = [('Title', 'The Young Lady Who Waves'), ('Fandom', 'The Railway Children'), ('Characters', 'Phyllis, Perks, the Old Gentleman'), ('Rating', 'G'), ('Words', '200')]
xtable = ('<table border="0" style="font-size:x-small;border:1px solid #999"><tr><td><b>Location:</b></td><td><a href="http://maps.google.com/?q=Oakworth">Oakworth</a></td></tr>'
          '<tr><td><b>Mood:</b></td><td>cheerful</td></tr><tr><td><b>Music:</b></td><td>steam whistles</td></tr><tr><td><b>Tags:</b></td><td>railway children, fic, drabbles</td></tr></table><br />')
e = {'url': url, 'journal': 'sweetpea_siding', 'poster': 'sweetpea_siding', 'subject': 'fic: The Young Lady Who Waves', 'date': (2009, 4, 11, '16:50'),
     'html': xtable + hdr(rows, fmt='<i>{L}</i> ~ {V}') + '<br /><br />\n' + brh(dd)}
page('sc-generator-2009-crosspostertable-above-doubledrabble-waves', 'sc-2009-sweetpea_siding-2041.html', url, 'scribbld', 'story', 2009, ['drabble', 'decorated', 'metadata-inside', 'crosspost'],
     'A double drabble on Scribbld (S2 Generator, 2009, www.scribbld.com/users/NAME/ID.html): a posting client’s small Location (a map link) / Mood / Music / Tags table ABOVE the header, `<i>Label</i> ~ X` labels, `<br /><br />` prose; the phrase “the young lady who waves” recurs in the prose',
     gen_page('entry', [e], 'scribbld', 'sweetpea_siding', 'sweetpea siding', url, 'sweetpea_siding: fic: The Young Lady Who Waves', 2009),
     [story(url, 'sweetpea_siding', 'sweetpea_siding', fields(title='The Young Lady Who Waves', fandom='The Railway Children', characters='Phyllis, Perks, the Old Gentleman', rating='G', wordCount='200'), None,
            body('youngladywhowaves', dd), exclude=['Oakworth', 'steam whistles', 'railway children, fic, drabbles'])])
