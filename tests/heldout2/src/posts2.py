"""Single-page cases of tests/heldout2: header-only posts, short stories with metadata inside the entry,
decorated labels, lone part markers, posts about fic that are not fic, personal posts, index pages, Wayback."""
from layouts import aentry_page, dw_cut_link, dw_page, dw_user, esc, gen_page, gen_user, lj_user_new, singlepost_page, wayback
from posts import SERIES, body, brh, fields, hdr, page, part, ph, story

# ======================================================================= G. DW 2021 header-only -> AO3, ❧ decorations
url = 'https://marsh-marigold-fic.dreamwidth.org/15503.html'
ao3 = 'https://archiveofourown.org/works/31877702'
FLEUR = '❧ <b>{L}:</b> {V}'
rows = [('Title', 'Messing About'), ('Fandom', 'The Wind in the Willows'), ('Characters', 'Ratty, Mole, Toad'), ('Rating', 'General Audiences'), ('Words', '2,400'),
        ('Summary', 'Toad buys a canal boat. Nobody is surprised. Everybody is wet.')]
e = {'url': url, 'journal': 'marsh_marigold_fic', 'poster': 'marsh_marigold_fic', 'subject': 'fic: Messing About (Wind in the Willows, G)', 'date': (2021, 6, 19, '12:02'),
     'tags': ['fandom: wind in the willows', 'my fic'], 'ncomments': 4,
     'html': '<p>' + hdr(rows, FLEUR) + '</p>\n<p>With many thanks to ' + dw_user('reedbank') + ' for the beta and the boat facts.</p>\n'
             f'<p style="text-align:center">⇨ <a href="{ao3}"><b>read it on AO3</b></a> ⇦</p>',
     'comments': [('reedbank', 'THE BOAT FACTS. I regret nothing.')]}
page('dw-core2-2021-headeronly-ao3-messingabout', 'dw-2021-marsh_marigold_fic-15503.html', url, 'dreamwidth', 'story', 2021, ['header-only', 'decorated'],
     'Header-only post (DW core2 Paletteable, 2021): `❧ <b>Label:</b> X` header, a thank-you line with an ljuser, a centred “⇨ read it on AO3 ⇦” link (elsewhere); subject “fic: Messing About (Wind in the Willows, G)”',
     dw_page('entry', [e], 'marsh_marigold_fic', 'marsh marigold', 'Paletteable', url, 'marsh_marigold_fic: fic: Messing About (Wind in the Willows, G)', year=2021),
     [story(url, 'marsh_marigold_fic', 'marsh_marigold_fic', fields(title='Messing About', fandom='The Wind in the Willows', characters='Ratty, Mole, Toad', rating='General Audiences', wordCount='2,400',
                                                                     summary='Toad buys a canal boat. Nobody is surprised. Everybody is wet.'), None,
            exclude=['many thanks', 'read it on AO3', 'boat facts'], headerOnly=True, elsewhere=[ao3])])

# ======================================================================= H. LJ aentry 2019 header-only -> community post (+ the community post)
comm_url = 'https://robin-redbreast-swap.livejournal.com/3315.html'
url = 'https://mistle-thrush.livejournal.com/88120.html'
sgarden = ['The robin came back to the garden on the first cold morning of November, and Mary Lennox, who was twenty and home from London and had told everyone she was far too old for robins, went out in her dressing-gown to see.',
           'It sat on the handle of the old spade, exactly where its great-great-grandfather had once sat, and looked at her with one black eye.',
           '“I know,” Mary told it. “I know. I came back.”',
           'Behind her, at the top of the kitchen steps, Dickon was laughing at her, and she did not care at all.']
sg_body = body('secretgarden-robinsreturn', sgarden)
rows = [('Title', 'The Robin’s Return'), ('Recipient', (lj_user_new('wrenfold'), 'wrenfold')), ('Fandom', 'The Secret Garden'), ('Characters', 'Mary Lennox, Dickon Sowerby, a robin'), ('Rating', 'G'), ('Words', '110'),
        ('Summary', 'Mary comes home for the winter. So does the robin.')]
e = {'url': comm_url, 'journal': 'robin_redbreast_swap', 'poster': 'mistle_thrush', 'community': True, 'subject': 'Fic for wrenfold: The Robin’s Return (G)', 'date': (2019, 12, 21, '18:00'),
     'tags': ['fandom: the secret garden', 'recipient: wrenfold'],
     'html': hdr(rows) + '<br /><br />\n' + brh(sgarden), 'comments': [('wrenfold', 'OH. The spade! Thank you, whoever you are!')]}
page('lj-aentry-2019-community-swap-robinsreturn', 'lj-2019-robin_redbreast_swap-3315.html', comm_url, 'livejournal', 'story', 2019, ['community', 'drabble'],
     'A swap gift in the LJ community robin_redbreast_swap (aentry, 2019: “mistle_thrush in robin_redbreast_swap”): unlisted Recipient label (ljuser) between Title and Fandom, `<br /><br />` prose; the story the header-only post `lj-aentry-2019-headeronly-community-robinsreturn` points at',
     aentry_page(e),
     [story(comm_url, 'mistle_thrush', 'robin_redbreast_swap', fields(title='The Robin’s Return', fandom='The Secret Garden', characters='Mary Lennox, Dickon Sowerby, a robin', rating='G', wordCount='110',
                                                                     summary='Mary comes home for the winter. So does the robin.'), None, sg_body, exclude=['Recipient:'])])
e = {'url': url, 'journal': 'mistle_thrush', 'poster': 'mistle_thrush', 'subject': 'Reveals! My swap fic', 'date': (2020, 1, 2, '10:30'), 'tags': ['my fic', 'robin redbreast swap'],
     'html': '<p>Reveals are up, so: I wrote this for ' + lj_user_new('wrenfold') + ', who asked for “something small and wintry”!</p>\n'
             + '<p>' + hdr(rows[:1] + rows[2:]) + '</p>\n'
             + '<p>Many thanks to the mods of ' + lj_user_new('robin_redbreast_swap', 'C') + ' for running this again.</p>\n'
             + f'<p><b>Posted to the comm: <a href="{comm_url}">right this way</a></b> (comments there, please!)</p>'}
page('lj-aentry-2019-headeronly-community-robinsreturn', 'lj-2020-mistle_thrush-88120.html', url, 'livejournal', 'story', 2020, ['header-only', 'community'],
     'Header-only post on an LJ aentry page (2020, reveals): an opening line naming the recipient, the header, a thank-you line to the mods (community ljuser), then “Posted to the comm: right this way” linking the community entry (partLinks, stitched to it)',
     aentry_page(e),
     [story(url, 'mistle_thrush', 'mistle_thrush', fields(title='The Robin’s Return', fandom='The Secret Garden', characters='Mary Lennox, Dickon Sowerby, a robin', rating='G', wordCount='110',
                                                         summary='Mary comes home for the winter. So does the robin.'), None,
            exclude=['Reveals are up', 'Many thanks to the mods', 'right this way', 'comments there'], headerOnly=True, elsewhere=[], partLinks=[comm_url])],
     ([comm_url], [sg_body]))

# ======================================================================= I. JF 2010 header-only -> "my other journal" on DW (+ the DW entry)
dw_url = 'https://thames-skiff.dreamwidth.org/2206.html'
url = 'http://harris-and-george.journalfen.net/19960.html'
tmb = ['George said we ought to start at six, so as to catch the tide at Kingston, and Harris said that nobody had ever caught a tide at Kingston, that it was a thing people said, like “the early bird,” and that no bird of his acquaintance had ever been early for anything.',
       'We started at eleven.',
       'Montmorency came, on the grounds that he had not been told he could not, and sat in the bow the whole way to Hampton eating a pork pie that none of us would admit to having packed.',
       'It was, Harris said afterwards, the best day of the summer, and it had been entirely wasted, which in his view was what summers were for.']
tmb_body = body('threemen-kingstontide', tmb)
rows = [('Title', 'Catching the Tide at Kingston'), ('Fandom', 'Three Men in a Boat'), ('Characters', 'J., George, Harris, Montmorency'), ('Rating', 'G'), ('Words', '120')]
e = {'url': dw_url, 'journal': 'thames_skiff', 'poster': 'thames_skiff', 'subject': 'Catching the Tide at Kingston', 'date': (2010, 8, 1, '15:15'), 'tags': ['fic', 'three men in a boat'],
     'html': '<p>' + hdr(rows, '<strong>{L}:</strong> {V}') + '</p>\n' + ph(tmb), 'ncomments': 2}
page('dw-core2-2010-otherjournal-kingstontide', 'dw-2010-thames_skiff-2206.html', dw_url, 'dreamwidth', 'story', 2010, ['header-only target'],
     'A short story on DW core2 Drifting (2010, http): `<strong>` labels, `<p>` prose; the entry the JournalFen header-only post calls “my other journal”',
     dw_page('entry', [e], 'thames_skiff', 'a skiff on the thames', 'Drifting', dw_url, 'thames_skiff: Catching the Tide at Kingston', year=2010),
     [story(dw_url, 'thames_skiff', 'thames_skiff', fields(title='Catching the Tide at Kingston', fandom='Three Men in a Boat', characters='J., George, Harris, Montmorency', rating='G', wordCount='120'), None, tmb_body)])
e = {'url': url, 'journal': 'harris_and_george', 'poster': 'harris_and_george', 'subject': 'new fic (over at DW)', 'date': (2010, 8, 1, '15:40'), 'currents': [('mood', 'cheerful')],
     'html': hdr(rows) + '<br /><br />\nThanks as ever to my flist for putting up with me going on about boats all July.<br /><br />\n'
             + f'I’m posting fic at my other journal now, so <a href="{dw_url}">it’s over here</a>, on Dreamwidth! Comments here or there.'}
page('jf-generator-2010-headeronly-otherjournal-kingstontide', 'jf-2010-harris_and_george-19960.html', url, 'journalfen', 'story', 2010, ['header-only'],
     'Header-only post on JournalFen (S2 Generator, 2010): full `<b>` header, a thank-you line to the flist, then “I’m posting fic at my other journal now, so it’s over here, on Dreamwidth!” linking the DW entry (partLinks, stitched to it); mood printed by the layout',
     gen_page('entry', [e], 'journalfen', 'harris_and_george', 'two men and a dog', url, 'harris_and_george: new fic (over at DW)', 2010),
     [story(url, 'harris_and_george', 'harris_and_george', fields(title='Catching the Tide at Kingston', fandom='Three Men in a Boat', characters='J., George, Harris, Montmorency', rating='G', wordCount='120'), None,
            exclude=['Thanks as ever', 'other journal', 'it’s over here', 'Comments here or there'], headerOnly=True, elsewhere=[], partLinks=[dw_url])],
     ([dw_url], [tmb_body]))

# ======================================================================= J. Scribbld 2011 header-only -> eFiction archive
url = 'http://second-star-scribe.scribbld.com/4471.html'
arch = 'http://www.neverlandarchive.net/viewstory.php?sid=2284'
rows = [('Title', 'What the Shadow Knew'), ('Fandom', 'Peter Pan - J. M. Barrie'), ('Characters', 'Wendy Darling, Peter’s shadow'), ('Rating', 'PG'), ('Word count', '1,650'), ('Warnings', 'none'),
        ('Summary', 'Wendy sews the shadow back on. It has opinions.')]
e = {'url': url, 'journal': 'second_star_scribe', 'poster': 'second_star_scribe', 'subject': 'What the Shadow Knew (Peter Pan, PG)', 'date': (2011, 3, 4, '20:20'), 'tags': ['fic', 'peter pan'],
     'html': '<div style="border:1px dotted #888;padding:6px">' + hdr(rows) + '</div>\n<br />Thank you to everyone who voted for the shadow fic in my poll, you were right.<br /><br />\n'
             + f'<center><a href="{arch}">→ Off to Neverland Archive! ←</a></center>'}
page('sc-generator-2011-headeronly-archive-shadowknew', 'sc-2011-second_star_scribe-4471.html', url, 'scribbld', 'story', 2011, ['header-only'],
     'Header-only post (Scribbld S2 Generator, 2011): header in a dotted `<div>` with “Word count” and a Warnings value “none”, a thank-you line about a poll, a centred “→ Off to Neverland Archive! ←” (eFiction viewstory.php link, elsewhere)',
     gen_page('entry', [e], 'scribbld', 'second_star_scribe', 'second star to the right', url, 'second_star_scribe: What the Shadow Knew (Peter Pan, PG)', 2011),
     [story(url, 'second_star_scribe', 'second_star_scribe', fields(title='What the Shadow Knew', fandom='Peter Pan - J. M. Barrie', characters='Wendy Darling, Peter’s shadow', rating='PG', wordCount='1,650',
                                                                    warnings='none', summary='Wendy sews the shadow back on. It has opinions.'), None,
            exclude=['Thank you to everyone', 'Off to Neverland Archive'], headerOnly=True, elsewhere=[arch])])

# ======================================================================= K. Wayback of an IJ 2010 header-only -> AO3
orig = 'http://verne-and-vapour.insanejournal.com/3021.html'
ts = '20110214093317'
wurl = f'https://web.archive.org/web/{ts}/{orig}'
ao3 = 'http://archiveofourown.org/works/158820'
rows = [('Title', 'Ballast'), ('Fandom', 'Twenty Thousand Leagues Under the Sea'), ('Pairing', 'Aronnax/Ned Land'), ('Rating', 'Mature'), ('Words', '5,200'),
        ('Summary', 'Seven months on the Nautilus, and a harpooner learns to read.')]
e = {'url': orig, 'journal': 'verne_and_vapour', 'poster': 'verne_and_vapour', 'subject': 'Fic: Ballast (20,000 Leagues, Aronnax/Ned, M)', 'date': (2010, 12, 30, '02:12'),
     'tags': ['fic', 'verne'],
     'html': hdr(rows, '<u>{L}</u> » {V}') + '<br /><br />\nThis took me ALL YEAR. Thank you ' + gen_user('nautilus_log', 'insanejournal') + ' for holding my hand through every chapter.<br /><br />\n'
             + f'<b><a href="{ao3}">Ballast, at the AO3</a></b>'}
page('wayback-ij-generator-2011-headeronly-ao3-ballast', f'wayback-{ts}-verne_and_vapour-3021.html', wurl, 'wayback', 'story', 2011, ['header-only', 'wayback', 'decorated'],
     'Wayback copy (2011-02-14, host-relative /web/… links) of a header-only InsaneJournal post (S2 Generator, 2010): `<u>Label</u> » X` labels, a thank-you line with an ljuser, a bold “Ballast, at the AO3” link rewritten through /web/ (elsewhere = the original AO3 URL); story URL is the original IJ URL',
     wayback(gen_page('entry', [e], 'insanejournal', 'verne_and_vapour', 'mobilis in mobili', orig, 'verne_and_vapour: Fic: Ballast (20,000 Leagues, Aronnax/Ned, M)', 2010), ts, orig),
     [story(orig, 'verne_and_vapour', 'verne_and_vapour', fields(title='Ballast', fandom='Twenty Thousand Leagues Under the Sea', pairing='Aronnax/Ned Land', rating='Mature', wordCount='5,200',
                                                                 summary='Seven months on the Nautilus, and a harpooner learns to read.'), None,
            exclude=['ALL YEAR', 'at the AO3'], headerOnly=True, elsewhere=[ao3])])

# ======================================================================= L. DW 2010 drabble, 【Label】 decorations
url = 'http://tidewrack.dreamwidth.org/1877.html'
alice = ['The Queen had ordered the tarts counted, and so the Knave was counting them, and every time he reached a hundred there were ninety-nine.',
         '“Somebody,” said the Knave darkly, “is eating them.”',
         'Nobody answered. The Dormouse was asleep in the teapot with jam on its whiskers, and the Cheshire Cat was not there at all except for a faint, contented smile hovering over the plate.',
         'The Knave counted again. Ninety-eight.',
         '“I shall be blamed,” he said. “I am always blamed.”',
         '“Of course you are,” said the smile. “You have such a guilty sort of face.”',
         'The Knave put his head in his hands. Ninety-seven.']
BRK = '<b>【{L}】</b> {V}'
rows = [('Title', 'Ninety-Nine Tarts'), ('Fandom', 'Alice in Wonderland'), ('Characters', 'the Knave of Hearts, the Cheshire Cat'), ('Rating', 'G'), ('Words', '100')]
e = {'url': url, 'journal': 'tidewrack', 'poster': 'tidewrack', 'subject': 'drabble: Ninety-Nine Tarts', 'date': (2010, 2, 12, '08:45'), 'tags': ['drabbles', 'alice'],
     'html': hdr(rows, BRK) + '<br /><br />\n' + brh(alice), 'ncomments': 2}
page('dw-core2-2010-drabble-cornerbrackets-tarts', 'dw-2010-tidewrack-1877.html', url, 'dreamwidth', 'story', 2010, ['drabble', 'decorated'],
     'A 100-word drabble (DW core2 Tabula Rasa, 2010, http): `<b>【Label】</b> X` decorations (no colon), `<br /><br />` prose; subject “drabble: Ninety-Nine Tarts”',
     dw_page('entry', [e], 'tidewrack', 'tidewrack', 'Tabula Rasa', url, 'tidewrack: drabble: Ninety-Nine Tarts', year=2010),
     [story(url, 'tidewrack', 'tidewrack', fields(title='Ninety-Nine Tarts', fandom='Alice in Wonderland', characters='the Knave of Hearts, the Cheshire Cat', rating='G', wordCount='100'), None,
            body('alice-ninetyninetarts', alice), exclude=['【'])])

# ======================================================================= M. LJ Generator 2007 double drabble, ✿ decorations, typed mood/music between header and prose
url = 'http://netherfield-notes.livejournal.com/14420.html'
pp = ['Mr Collins proposed to Charlotte Lucas on a Tuesday, in the shrubbery, at a length of some eleven minutes, and Charlotte listened to all of it with her hands folded and her face perfectly composed.',
      'When he had finished she said yes. She said it at once, without a flicker, the way one might accept a second cup of tea; and Mr Collins, who had prepared a further four minutes against the possibility of hesitation, was left standing with his mouth open and his best arguments unused.',
      'Afterwards she walked home by the lane alone. The hedges were full of dog-roses and the evening was very still, and halfway to Lucas Lodge she stopped, and put her hand over her eyes, and stood there for a while.',
      'Then she took her hand away and went on. There would be a parsonage, and a garden, and a room of her own with a door that shut. She had thought about it carefully. She was twenty-seven.',
      'It would do. She had decided, long ago, that it would have to do, and she was not a woman who went back on her decisions.',
      'At the gate Maria ran out to meet her, breathless with questions. Charlotte smiled at her, and answered every one.']
FLOW = '✿ <b>{L}</b> ✿ {V}'
rows = [('Title', 'Eleven Minutes'), ('Fandom', 'Pride and Prejudice'), ('Characters', 'Charlotte Lucas'), ('Rating', 'G'), ('Words', '200 (double drabble)')]
e = {'url': url, 'journal': 'netherfield_notes', 'poster': 'netherfield_notes', 'subject': 'P&P double drabble: Eleven Minutes', 'date': (2007, 4, 22, '21:30'), 'tags': ['charlotte lucas', 'fic', 'p&p'],
     'html': hdr(rows, FLOW) + '<br /><br />\n<font size="1">mood: contemplative ~ music: the Persuasion soundtrack, on repeat</font><br /><br />\n' + brh(pp)}
page('lj-generator-2007-doubledrabble-flowers-elevenminutes', 'lj-2007-netherfield_notes-14420.html', url, 'livejournal', 'story', 2007, ['drabble', 'decorated', 'metadata-inside'],
     'A double drabble (LJ S2 Generator, 2007): `✿ <b>Label</b> ✿ X` decorations, “Words: 200 (double drabble)”, a typed small-font “mood: … ~ music: …” line BETWEEN the header and the prose',
     gen_page('entry', [e], 'livejournal', 'netherfield_notes', 'notes from netherfield', url, 'notes from netherfield - P&P double drabble: Eleven Minutes', 2007),
     [story(url, 'netherfield_notes', 'netherfield_notes', fields(title='Eleven Minutes', fandom='Pride and Prejudice', characters='Charlotte Lucas', rating='G', wordCount='200 (double drabble)'), None,
            body('pride-elevenminutes', pp), exclude=['mood: contemplative', 'Persuasion soundtrack', '✿'])])

# ======================================================================= N. LJ aentry 2021 ficlet, typed Location/Mood/Music ABOVE the header, "Title ::" labels
url = 'https://wine-dark-ink.livejournal.com/40118.html'
od = ['The loom stood in the upper room where it had always stood, and every night for three years Penelope had sat at it with a lamp and a small knife and undone the day.',
      'She was good at it now. She could unpick a hand’s breadth of weft in the time it took the suitors below to finish a song, and she did not need to look.',
      'Tonight the song was a bad one, and long, and she had time to think, which was a mistake.',
      'Twenty years. She laid the knife down. Somewhere on the dark sea, or under it, was a man who had once laughed at her for weaving too slowly.',
      'She picked the knife up again. Under her hands the shroud came apart, thread by thread, and waited.']
COLON2 = '<b>{L} ::</b> {V}'
rows = [('Title', 'Weft'), ('Fandom', 'The Odyssey'), ('Characters', 'Penelope'), ('Rating', 'G'), ('Words', '130')]
e = {'url': url, 'journal': 'wine_dark_ink', 'poster': 'wine_dark_ink', 'subject': 'weft', 'date': (2021, 3, 8, '22:48'), 'tags': ['fic', 'greek myth', 'penelope'],
     'html': '<p><small>Location: the good armchair<br />Mood: tired<br />Music: rain on the skylight</small></p>\n<p>' + hdr(rows, COLON2) + '</p>\n' + ph(od),
     'comments': [('amphora_owl', 'She picked the knife up again. Oh, Penelope.')]}
page('lj-aentry-2021-typedmeta-above-weft', 'lj-2021-wine_dark_ink-40118.html', url, 'livejournal', 'story', 2021, ['ficlet', 'metadata-inside', 'decorated'],
     'A ficlet on a 2021 aentry page: typed small “Location: / Mood: / Music:” lines ABOVE the header, `<b>Label ::</b> X` labels, `<p>` prose; subject “weft” (lower case, no fic word); a comment in Site.page quotes the prose',
     aentry_page(e),
     [story(url, 'wine_dark_ink', 'wine_dark_ink', fields(title='Weft', fandom='The Odyssey', characters='Penelope', rating='G', wordCount='130'), None,
            body('odyssey-weft', od), exclude=['the good armchair', 'rain on the skylight', 'Mood:'])])

# ======================================================================= O. LJ Generator 2011 crossposted from DW, typed tags line between header and prose
url = 'http://lydgate-lane.livejournal.com/9981.html'
mm = ['Dorothea had been told that the new doctor was clever, and unsuitable, and that he kept a skeleton in his surgery, and she had believed the first and third of these without difficulty.',
      'He came to look at the cottages on a wet Thursday and stood in the worst of them with his hat in his hand, reading the damp on the walls the way other men read newspapers.',
      '“Fever,” he said at last. “Every winter, I should think. The drain runs the wrong way.”',
      '“Then we shall make it run the right way,” said Dorothea, and took out her notebook, and for the first time since she had come to Lowick felt that she was of some use to someone.']
rows = [('Title', 'The Drain at Freshitt'), ('Fandom', 'Middlemarch'), ('Characters', 'Dorothea Brooke, Tertius Lydgate'), ('Rating', 'G'), ('Words', '120')]
dwsrc = 'https://lydgate-lane.dreamwidth.org/3480.html'
e = {'url': url, 'journal': 'lydgate_lane', 'poster': 'lydgate_lane', 'subject': 'The Drain at Freshitt', 'date': (2011, 10, 27, '19:19'),
     'html': hdr(rows) + '<br />\n<i>tags: fic, middlemarch, dorothea brooke, gen</i><br /><br />\n' + brh(mm)
             + f'<br /><br />\n<span style="font-size:smaller">This entry was originally posted at <a href="{dwsrc}">{dwsrc}</a>. Please comment there using OpenID.</span>'}
page('lj-generator-2011-dwcrosspost-typedtags-freshitt', 'lj-2011-lydgate_lane-9981.html', url, 'livejournal', 'story', 2011, ['metadata-inside', 'crosspost'],
     'LJ S2 Generator (2011) copy of a Dreamwidth crosspost: an italic typed “tags: fic, middlemarch, …” line BETWEEN header and prose (the crossposter copies DW tags into the text), and DW’s “This entry was originally posted at … Please comment there using OpenID.” footer',
     gen_page('entry', [e], 'livejournal', 'lydgate_lane', 'lydgate lane', url, 'lydgate lane - The Drain at Freshitt', 2011),
     [story(url, 'lydgate_lane', 'lydgate_lane', fields(title='The Drain at Freshitt', fandom='Middlemarch', characters='Dorothea Brooke, Tertius Lydgate', rating='G', wordCount='120'), None,
            body('middlemarch-drain', mm), exclude=['tags: fic', 'originally posted at', 'using OpenID'])])

# ======================================================================= Q. DeadJournal 2005 drabble, || Label || decorations
url = 'http://www.deadjournal.com/users/gimmerton_moor/2290.html'
wh = ['Nelly found the window open again in the morning, the casement banging in the wind, and frost on the sill in the shape of a hand.',
      'She shut it. She always shut it. Mr Heathcliff would come down at noon grey as ashes and ask her, very quietly, whether she had touched his window, and she would say no, sir, and he would look at her as though she had robbed him.',
      'In the kitchen Hareton was teaching himself letters from an old almanac, tongue between his teeth.',
      'Nelly put the kettle on, and did not look back up the stairs, and did not think about hands.']
PIPE = '<b>|| {L} ||</b> {V}'
rows = [('Title', 'The Casement'), ('Fandom', 'Wuthering Heights'), ('Characters', 'Nelly Dean, Heathcliff'), ('Rating', 'PG'), ('Words', '100')]
e = {'url': url, 'journal': 'gimmerton_moor', 'poster': 'gimmerton_moor', 'subject': 'the casement', 'date': (2005, 10, 31, '23:59'), 'currents': [('mood', 'spooky'), ('music', 'Kate Bush, obviously')],
     'html': hdr(rows, PIPE) + '<br /><br />\n' + brh(wh), 'comments': [('thrushcross_lass', 'frost in the shape of a hand, I have chills')]}
page('dj-generator-2005-drabble-pipes-casement', 'dj-2005-gimmerton_moor-2290.html', url, 'deadjournal', 'story', 2005, ['drabble', 'decorated'],
     'DeadJournal drabble (S2 Generator, 2005, www.deadjournal.com/users/NAME/ID.html): `<b>|| Label ||</b> X` decorations, mood/music currents printed by the layout, a comment quoting the prose',
     gen_page('entry', [e], 'deadjournal', 'gimmerton_moor', 'gimmerton moor', url, 'gimmerton_moor - the casement', 2005),
     [story(url, 'gimmerton_moor', 'gimmerton_moor', fields(title='The Casement', fandom='Wuthering Heights', characters='Nelly Dean, Heathcliff', rating='PG', wordCount='100'), None,
            body('wuthering-casement', wh), exclude=['||', 'I have chills'])])

# ======================================================================= R. LJ aentry 2024 "Chapter 3 of 5" lone chapter, no Title label
url = 'https://fezziwig-ball.livejournal.com/5512.html'
cc = ['The third ghost did not speak, and that was the worst of it.',
      'Bob Cratchit had been braced for chains, for wailing, for at the very least a lecture, and instead there was only the tall dark shape at the foot of his bed and the long pale finger pointing at the door.',
      '“I’m not Scrooge,” Bob said, sitting up. “You want the other house. Counting-house. Cornhill.”',
      'The finger went on pointing.',
      '“There’s been a mistake,” Bob said, more faintly, and then, because he was a man who had spent twenty years doing what he was told by people who did not explain themselves, he got up, and put on his coat over his nightshirt, and went.']
rows = [('Fandom', 'A Christmas Carol'), ('Characters', 'Bob Cratchit, the Ghost of Christmas Yet to Come'), ('Rating', 'PG'), ('Words', '150')]
e = {'url': url, 'journal': 'fezziwig_ball', 'poster': 'fezziwig_ball', 'subject': 'Ghost Weather, Chapter 3 of 5', 'date': (2024, 12, 19, '20:00'), 'tags': ['fic: ghost weather', 'a christmas carol'],
     'html': '<p>' + hdr(rows) + '</p>\n<p><i>Previously: Bob meets the second ghost, and is given a very large goose.</i></p>\n' + ph(cc) + '\n<p>(Chapter four on Sunday!)</p>'}
page('lj-aentry-2024-chapter3of5-ghostweather', 'lj-2024-fezziwig_ball-5512.html', url, 'livejournal', 'story', 2024, ['part-marker'],
     'A lone chapter on a 2024 aentry page: subject “Ghost Weather, Chapter 3 of 5” (no Title label: title “Ghost Weather”, part 3/5), an italic “Previously: …” recap and a “(Chapter four on Sunday!)” line around the prose (neither is body); the other chapters are not in the corpus',
     aentry_page(e),
     [story(url, 'fezziwig_ball', 'fezziwig_ball', fields(title='Ghost Weather', fandom='A Christmas Carol', characters='Bob Cratchit, the Ghost of Christmas Yet to Come', rating='PG', wordCount='150'),
            part(3, 5), body('christmascarol-ghostweather-3', cc), exclude=['Previously:', 'very large goose', 'Chapter four on Sunday'])])

# ======================================================================= T. LJ singlepost 2017 "2b/4"
url = 'https://opera-cellars.livejournal.com/30455.html'
ph2 = ['The fifth cellar was flooded, as the Persian had warned her, and Christine stood at the top of the stair with her candle and looked down at the black water lapping at the seventh step.',
       'Somewhere below, very far off, someone was playing an organ. It was the same phrase over and over, four notes and a fall, as though the player could not get past it.',
       'She knew the phrase. She had sung it, once, in a dressing-room, to a voice in the wall.',
       'Christine took off her shoes, and set them neatly side by side on the dry stone, and went down into the water.']
e = {'url': url, 'journal': 'opera_cellars', 'poster': 'opera_cellars', 'subject': 'Five Cellars Down 2b/4', 'date': (2017, 2, 26, '21:05'), 'tags': ['fic', 'phantom of the opera'],
     'html': hdr([('Title', 'Five Cellars Down'), ('Fandom', 'The Phantom of the Opera - Gaston Leroux'), ('Characters', 'Christine Daaé, the Persian, Erik'), ('Rating', 'Teen'), ('Words', '120 (this half of part two)')])
     + '<br /><br />\n<small>(part two got long so it’s in two posts!)</small><br /><br />\n' + brh(ph2)}
page('lj-singlepost-2017-2bof4-fivecellars', 'lj-2017-opera_cellars-30455.html', url, 'livejournal', 'story', 2017, ['part-marker'],
     'A half-part on an LJ 2017 b-singlepost page: subject “Five Cellars Down 2b/4” (part 2 of 4; the “b” half), “Words: 120 (this half of part two)”, a small “(part two got long so it’s in two posts!)” note before the prose; the other posts are not in the corpus',
     singlepost_page(e, 'the cellars'),
     [story(url, 'opera_cellars', 'opera_cellars', fields(title='Five Cellars Down', fandom='The Phantom of the Opera - Gaston Leroux', characters='Christine Daaé, the Persian, Erik', rating='Teen',
                                                         wordCount='120 (this half of part two)'), part(2, 4), body('phantom-fivecellars-2b', ph2), exclude=['got long', 'two posts'])])

# ======================================================================= S. DW 2020 "pt 2" with no total
url = 'https://amazons-of-cranford.dreamwidth.org/6631.html'
cr = ['Miss Matty had been told that the new tea-dealer in the High Street was a Frenchman, and so she went to look at him through the window of the milliner’s across the road, with Miss Pole, who did not approve of Frenchmen, and Mrs Forrester, who did not know any.',
      'He was a small man with a red waistcoat, and he was weighing out gunpowder green with enormous care, and when he saw three ladies watching him from the milliner’s he bowed.',
      '“Well,” said Miss Pole.',
      '“He has very good manners,” said Miss Matty faintly.',
      '“So had Napoleon,” said Miss Pole, “I daresay,” and they went in to buy a quarter of a pound of tea.']
e = {'url': url, 'journal': 'amazons_of_cranford', 'poster': 'amazons_of_cranford', 'subject': 'the tea-dealer, pt 2', 'date': (2020, 4, 14, '17:30'), 'tags': ['fic', 'cranford', 'wip'],
     'html': '<p><em>fandom: cranford. rating: g. words: 150. miss matty &amp; co.</em></p>\n<p>(part one is <a href="https://amazons-of-cranford.dreamwidth.org/6340.html">here</a>, and i have no idea how many parts this will be, sorry)</p>\n' + ph(cr)}
page('dw-core2-2020-pt2-nototal-teadealer', 'dw-2020-amazons_of_cranford-6631.html', url, 'dreamwidth', 'story', 2020, ['part-marker'],
     'DW core2 Practicality (2020): subject “the tea-dealer, pt 2” and no total anywhere (“i have no idea how many parts this will be”) → part 2, total null; a run-on lower-case italic header line “fandom: cranford. rating: g. words: 150. miss matty & co.” (values end at the full stop); title from the subject',
     dw_page('entry', [e], 'amazons_of_cranford', 'the amazons', 'Practicality', url, 'amazons_of_cranford: the tea-dealer, pt 2', year=2020),
     [story(url, 'amazons_of_cranford', 'amazons_of_cranford', fields(title='the tea-dealer', fandom='cranford', rating='g', wordCount='150'), part(2, None), body('cranford-teadealer-2', cr),
            exclude=['part one is', 'no idea how many parts', 'miss matty & co.'])])

# ======================================================================= U-AA. not stories
# U. DW 2014 WIP progress post
url = 'https://quillfeather-and-lye.dreamwidth.org/9022.html'
e = {'url': url, 'journal': 'quillfeather_and_lye', 'poster': 'quillfeather_and_lye', 'subject': 'WIP progress (the big bang is going to kill me)', 'date': (2014, 6, 30, '23:10'),
     'tags': ['big bang', 'wip', 'writing'],
     'html': '<p>Checking in because the deadline is in TWO WEEKS.</p>\n'
             '<p><b>Title:</b> The Harbourmaster’s Almanac<br />\n<b>Fandom:</b> Moby-Dick<br />\n<b>Rating:</b> Teen<br />\n<b>Words:</b> 14,200 / 20,000<br />\n'
             '<img src="https://www.dreamwidth.org/img/progress-bar.png" alt="" width="200" height="12" /> 71%</p>\n'
             '<p><b>Title:</b> untitled sea-shanty thing<br />\n<b>Words:</b> 800 / ???</p>\n'
             '<p>Today I wrote the storm scene and deleted the storm scene and wrote it again, worse. My artist has already finished and it is BEAUTIFUL and I am a fraud. Back to it.</p>'}
page('dw-core2-2014-wipmeter-notstory', 'dw-2014-quillfeather_and_lye-9022.html', url, 'dreamwidth', 'not-story', 2014, ['about-fic'],
     'A WIP progress post (DW core2 Blanket, 2014): two Title/Fandom/Rating/Words blocks with word meters (“14,200 / 20,000”, a progress bar image, “800 / ???”) and chatter about a big bang deadline: not a story',
     dw_page('entry', [e], 'quillfeather_and_lye', 'quillfeather & lye', 'Blanket', url, 'quillfeather_and_lye: WIP progress (the big bang is going to kill me)', year=2014), [])

# V. LJ Generator 2008 con post
url = 'http://bramble-and-brine.livejournal.com/31102.html'
e = {'url': url, 'journal': 'bramble_and_brine', 'poster': 'bramble_and_brine', 'subject': 'MarginCon schedule + a reading!', 'date': (2008, 2, 18, '14:00'), 'currents': [('mood', 'excited')],
     'tags': ['cons', 'fic: readings'],
     'html': 'I’m going to MarginCon next month and they’ve given me a slot at the fan reading hour, which is terrifying. Here’s what I’m on:<br /><br />\n'
             '<b>Friday 8pm:</b> “Canon Is a Suggestion” panel (with ' + gen_user('tidal_ledger', 'livejournal') + ')<br />\n'
             '<b>Saturday 2pm:</b> Fan reading hour. I’m reading from <b>Title:</b> The Lamplighter’s Apprentice (<b>Rating:</b> G, about 900 words of it)<br />\n'
             '<b>Sunday 10am:</b> the vidshow, where I will mostly be crying<br /><br />\n'
             'If you’re going, come and say hi! I’ll be the one with the bramble badge.'}
page('lj-generator-2008-conpost-reading-notstory', 'lj-2008-bramble_and_brine-31102.html', url, 'livejournal', 'not-story', 2008, ['about-fic'],
     'A con post (LJ S2 Generator, 2008): a schedule with bold day/time labels, one line naming a fic to be read aloud with inline Title/Rating labels; tagged “fic: readings”: not a story',
     gen_page('entry', [e], 'livejournal', 'bramble_and_brine', 'bramble & brine', url, 'bramble & brine - MarginCon schedule + a reading!', 2008), [])

# W. LJ aentry 2018 poll
url = 'https://copperkettle-fic.livejournal.com/7718.html'
poll = ('<div class="b-poll" id="poll2018771"><form action="https://www.livejournal.com/poll/?id=2018771" method="post"><p class="b-poll-title"><b>Poll #2018771 What do I write for the holidays?</b></p>'
        '<p class="b-poll-question">Pick one (or bribe me):</p><ul class="b-poll-answers">'
        '<li><input type="radio" name="pollq-1" value="1" id="pq1" /> <label for="pq1">Title: Frost on the Orchard — the Anne/Gilbert sequel, rating G, ~3k</label></li>'
        '<li><input type="radio" name="pollq-1" value="2" id="pq2" /> <label for="pq2">the Holmes casefic, Part 2/? finally</label></li>'
        '<li><input type="radio" name="pollq-1" value="3" id="pq3" /> <label for="pq3">a drabble for everyone who comments</label></li>'
        '<li><input type="radio" name="pollq-1" value="4" id="pq4" /> <label for="pq4">sleep, honestly</label></li></ul>'
        '<input type="submit" value="Submit Poll" /> <a href="https://www.livejournal.com/poll/?id=2018771&amp;mode=results">View Answers</a></form></div>')
e = {'url': url, 'journal': 'copperkettle_fic', 'poster': 'copperkettle_fic', 'subject': 'holiday fic poll!', 'date': (2018, 11, 28, '19:40'), 'tags': ['polls', 'fic: wips'],
     'html': '<p>I have a week off and three half-written things. You decide!</p>\n' + poll + '\n<p>Poll closes Sunday. Ties will be broken by the cat.</p>'}
page('lj-aentry-2018-poll-holidayfic-notstory', 'lj-2018-copperkettle_fic-7718.html', url, 'livejournal', 'not-story', 2018, ['poll', 'about-fic'],
     'An LJ poll on a 2018 aentry page: answers hold “Title: … rating G, ~3k” and “Part 2/?”; tags “fic: wips”: not a story',
     aentry_page(e), [])

# X. DW 2019 recs post
url = 'https://lanternfly-recs.dreamwidth.org/2240.html'
recs = [('Under the Mulberry', 'hollyhock_hen', 'General Audiences', 'Jane and Bingley’s first quarrel, about a tree.', 'https://archiveofourown.org/works/19220011'),
        ('Six Bells', 'ropewalk_rose', 'Teen', 'Hornblower gets seasick on a ferry. Bush is not sympathetic.', 'https://archiveofourown.org/works/18873302'),
        ('The Cartographer’s Wife', 'saltmarsh_sal', 'Mature', 'A map of a marriage, one coastline at a time.', 'https://archiveofourown.org/works/17700441')]
blocks = '\n'.join(f'<p><b>Title:</b> <a href="{u}">{esc(t)}</a><br />\n<b>Author:</b> {dw_user(a)}<br />\n<b>Rating:</b> {r}<br />\n<b>Summary:</b> {esc(s)}<br />\n<i>Why:</i> read it, just read it.</p>' for t, a, r, s, u in recs)
e = {'url': url, 'journal': 'lanternfly_recs', 'poster': 'lanternfly_recs', 'subject': 'Friday recs: three I loved this month', 'date': (2019, 9, 13, '09:30'), 'tags': ['recs', 'fic recs'],
     'html': '<p>Three recs this week, all short, all excellent.</p>\n' + blocks + '\n<p>Go leave kudos!</p>'}
page('dw-core2-2019-recs-notstory', 'dw-2019-lanternfly_recs-2240.html', url, 'dreamwidth', 'not-story', 2019, ['recs', 'about-fic'],
     'A recs post (DW core2 Fluid Measure, 2019): three Title (AO3 link) / Author (ljuser) / Rating / Summary blocks with an italic “Why:” line: other people’s stories, not a story',
     dw_page('entry', [e], 'lanternfly_recs', 'lanternfly', 'Fluid Measure', url, 'lanternfly_recs: Friday recs: three I loved this month', year=2019), [])

# Y. DW 2016 "Dear Author" exchange letter
url = 'https://gloaming-letters.dreamwidth.org/1515.html'
e = {'url': url, 'journal': 'gloaming_letters', 'poster': 'gloaming_letters', 'subject': 'Dear Midwinter Author', 'date': (2016, 10, 24, '21:00'), 'tags': ['exchange: midwinter', 'dear author'],
     'html': '<p>Hello, dear author! Thank you so much for writing for me. Here are some things I like, but honestly anything in my fandoms will make me happy.</p>\n'
             '<p><b>Fandom:</b> Jane Eyre<br />\n<b>Characters:</b> Jane, Diana Rivers, Mary Rivers<br />\n<b>Rating:</b> any, G to Teen preferred<br />\n'
             '<b>Prompts:</b> the sisters teaching Jane German; a snowed-in evening at Moor House; Jane writing to them from Ferndean.</p>\n'
             '<p><b>Fandom:</b> Little Dorrit<br />\n<b>Characters:</b> Amy Dorrit, Arthur Clennam<br />\n<b>Rating:</b> G</p>\n'
             '<p><b>Do not wants:</b> major character death, unhappy endings for Amy.</p>\n<p>That’s it! Have fun, and happy writing.</p>'}
page('dw-core2-2016-dearauthor-notstory', 'dw-2016-gloaming_letters-1515.html', url, 'dreamwidth', 'not-story', 2016, ['about-fic'],
     'An exchange “Dear Author” letter (DW core2 Negatives, 2016): two Fandom / Characters / Rating blocks with Prompts and “Do not wants”: a wish list, not a story',
     dw_page('entry', [e], 'gloaming_letters', 'gloaming', 'Negatives', url, 'gloaming_letters: Dear Midwinter Author', year=2016), [])

# Z. JF 2008 personal post
url = 'http://wickerwork-wren.journalfen.net/11203.html'
e = {'url': url, 'journal': 'wickerwork_wren', 'poster': 'wickerwork_wren', 'subject': 'moving house, day 3', 'date': (2008, 9, 7, '22:22'), 'currents': [('mood', 'exhausted'), ('music', 'the neighbours’ drill')],
     'html': 'Boxes everywhere. The cat has claimed the one marked KITCHEN — FRAGILE and will not be moved, so we are eating off paper plates until further notice.<br /><br />\n'
             'The new flat has a window seat, which I had not noticed when we viewed it and which has already made up for the stairs. I sat in it tonight with a mug of tea and watched the trains go by at the end of the street and thought, okay. Okay, this is home now.<br /><br />\n'
             'No fic this week, obviously. Possibly no fic this month. I’ll be back!'}
page('jf-generator-2008-personal-movinghouse-notstory', 'jf-2008-wickerwork_wren-11203.html', url, 'journalfen', 'not-story', 2008, ['personal'],
     'A personal post on JournalFen (S2 Generator, 2008): moving house, mood and music currents, “No fic this week”: not a story',
     gen_page('entry', [e], 'journalfen', 'wickerwork_wren', 'wickerwork', url, 'wickerwork_wren: moving house, day 3', 2008), [])

# AA. IJ 2006 meme
url = 'http://pennywhistle-pip.insanejournal.com/2817.html'
e = {'url': url, 'journal': 'pennywhistle_pip', 'poster': 'pennywhistle_pip', 'subject': 'stolen from everyone: the fic habits meme', 'date': (2006, 7, 2, '16:45'),
     'html': '<b>1. Longest fic you’ve written?</b> Something about 12k, never finished, never posting it.<br />\n'
             '<b>2. Favourite thing to write?</b> Banter. Hats. People being competent at their jobs.<br />\n'
             '<b>3. Title / Rating / Word count of your last fic?</b> Title: Reed Boats. Rating: G. Words: 300.<br />\n'
             '<b>4. Do you outline?</b> Ha. No.<br />\n<b>5. What are you writing now?</b> A ficlet for the drabble comm, if I can get it down to 100 words.<br /><br />\nTag yourselves!'}
page('ij-generator-2006-fichabits-meme-notstory', 'ij-2006-pennywhistle_pip-2817.html', url, 'insanejournal', 'not-story', 2006, ['meme', 'about-fic'],
     'A fic-habits meme (InsaneJournal S2 Generator, 2006): numbered bold questions, one answered “Title: Reed Boats. Rating: G. Words: 300.”: a meme about writing, no story',
     gen_page('entry', [e], 'insanejournal', 'pennywhistle_pip', 'pennywhistle', url, 'pennywhistle_pip: stolen from everyone: the fic habits meme', 2006), [])

import posts3  # noqa: E402,F401
import posts4  # noqa: E402,F401
