"""tests/heldout5: more LiveJournal S1 pages (lastn in Disjointed, Punquin Elegant w/ Sidebar and Webley Boxes on White, a
friends page in Tabular Indent, day pages in Default Day View, Notepad and Refried Paper, a memories.bml keyword page)."""
from posts import body, brh, fields, hdr, lju, page, part, story
from posts import ls_bodies, ls_entries, ls_urls, ls_wc  # noqa: F401  (the Lamplit Stair's day page)
from layouts import lj_user_old
from s1 import memories_page, s1_page

# ======================================================================= LJ 2005 S1 lastn/Disjointed: a no-header ficlet (subject only), a WIP update, a meme.
DJ = 'http://tallowcandle.livejournal.com/'
fw = ['Grandad kept the key to the weir-house on a nail by the back door, and nobody was allowed to touch it.',
      'When he died we found the weir-house full of clocks: forty or fifty of them, all sizes, on every shelf and ledge, every one of them stopped at twenty past four.',
      'Mum stood in the doorway for a long time. Then she said, very quietly, “That’s when the water came over, in ’53,” and went and sat in the car.',
      'We wound them all before we left. I don’t know why. It seemed rude not to.']
fwb = body('weirhouse', fw)
ents = [
    {'url': DJ + '8802.html', 'journal': 'tallowcandle', 'poster': 'tallowcandle', 'subject': 'ficlet: the weir-house', 'date': (2005, 2, 3, '22:10'), 'ncomments': 6, 'html': brh(fw)},
    {'url': DJ + '8611.html', 'journal': 'tallowcandle', 'poster': 'tallowcandle', 'subject': 'fic progress (the long Narnia one)', 'date': (2005, 2, 1, '20:40'), 'ncomments': 2,
     'html': 'Chapter 7 is finally drafted. That’s 31,000 words and Reepicheep has still not got to the end of the world.<br /><br />\n'
             '<b>Title:</b> The Last Sea<br />\n<b>Status:</b> 7/10 chapters drafted<br />\n<b>Next:</b> the lilies<br /><br />\nBack to the salt mines.'},
    {'url': DJ + '8450.html', 'journal': 'tallowcandle', 'poster': 'tallowcandle', 'subject': 'stolen from everybody', 'date': (2005, 1, 30, '15:05'), 'ncomments': 9,
     'html': 'Comment with a word and I’ll tell you the first thing it makes me think of.<br /><br />\n(I got “lighthouse” from ' + lj_user_old('moth_and_taper') + ' and said “my aunt’s biscuit tin”. Don’t ask.)'},
]
page('lj-s1-lastn-disjointed-2005-recent-ficlet-wip-meme', 'lj-2005-tallowcandle-recent.html', DJ, 'livejournal', 'index', 2005,
     ['index', 's1', 'no-header', 'ficlet', 'about-fic', 'meme'],
     'An S1 recent page, lastn/“Disjointed” (2005): a no-header ficlet whose only evidence is the subject “ficlet: the weir-house” (S1 prints no tags), a WIP progress post with “Title: / Status: 7/10 chapters drafted” lines, a word-association meme (not stories)',
     s1_page('lastn', 'Disjointed', ents, 'tallowcandle', 'tallow candle', DJ),
     [story(ents[0]['url'], 'tallowcandle', 'tallowcandle', fields(title='the weir-house'), None, fwb)])

# ======================================================================= LJ 2007 S1 lastn/Punquin Elegant w/ Sidebar: a lone chapter pointing at its masterpost, a recs post.
PE = 'http://larkspur-lane.livejournal.com/'
ch = ['The second morning at Netherfield, Jane was well enough to be bored, which Elizabeth took as the best possible sign.',
      '“Read to me,” Jane said. “Anything. Not sermons.” So Elizabeth fetched the only novel in the house, which belonged to Mr Bingley and had plainly never been opened, and read it aloud in all the voices until Jane laughed so hard she began coughing again and Miss Bingley came to the door to see what the matter was.',
      'She stayed to listen. Nobody mentioned it afterwards.']
chb = body('netherfield-ch2', ch)
mpu = PE + '15530.html'
recs = ['<b>Title:</b> <a href="http://hedgerow-inkwell.livejournal.com/2210.html">Meryton Assembly</a><br />\n<b>Author:</b> ' + lj_user_old('hedgerow_inkwell') + '<br />\n<b>Rating:</b> G<br />\nWhy: the best Mary Bennet I have ever read.',
        '<b>Title:</b> <a href="http://snowdrop-sally.livejournal.com/901.html">Longbourn Frost</a><br />\n<b>Author:</b> ' + lj_user_old('snowdrop_sally') + '<br />\n<b>Rating:</b> PG<br />\nWhy: Mr Bennet’s library, in winter, perfect.']
ents = [
    {'url': PE + '15871.html', 'journal': 'larkspur_lane', 'poster': 'larkspur_lane', 'subject': 'Five Days at Netherfield, ch 2', 'date': (2007, 7, 12, '21:00'), 'ncomments': 3,
     'currents': [('Mood', 'giggly')],
     'html': hdr([('Title', 'Five Days at Netherfield'), ('Chapter', 'Two of Five'), ('Fandom', 'Pride and Prejudice'), ('Characters', 'Jane, Elizabeth, Caroline Bingley'), ('Rating', 'G')],
                 fmt='{L}: {V}') + f'<br />\nMasterpost: <a href="{mpu}">here</a><br /><br />\n' + brh(ch)},
    {'url': PE + '15702.html', 'journal': 'larkspur_lane', 'poster': 'larkspur_lane', 'subject': 'recs! Austen edition', 'date': (2007, 7, 10, '12:30'), 'ncomments': 4,
     'html': 'Two things I read this week and loved:<br /><br />\n' + '<br /><br />\n'.join(recs) + '<br /><br />\nGo and leave them nice comments!'},
]
page('lj-s1-lastn-punquin-2007-recent-chapter-masterpost-recs', 'lj-2007-larkspur_lane-recent.html', PE, 'livejournal', 'index', 2007,
     ['index', 's1', 'part-marker', 'chapter-to-masterpost', 'recs'],
     'An S1 recent page, lastn/“Punquin Elegant w/ Sidebar” (2007): subject after the time as “ - <em>SUBJECT</em>”; a lone chapter “ch 2” whose header says “Chapter: Two of Five” (an unlisted label holding the marker) and “Masterpost: here” (not in the corpus); then a recs post with Title/Author/Rating blocks of other writers’ stories (not a story)',
     s1_page('lastn', 'Punquin Elegant w/ Sidebar', ents, 'larkspur_lane', 'Larkspur Lane', PE),
     [story(ents[0]['url'], 'larkspur_lane', 'larkspur_lane', fields(title='Five Days at Netherfield', fandom='Pride and Prejudice', characters='Jane, Elizabeth, Caroline Bingley', rating='G'),
            part(2, 5), chb, exclude=['Masterpost: here', 'Two of Five', 'giggly'])])

# ======================================================================= LJ 2004 S1 lastn/Webley Boxes on White: a double drabble whose header is a table, a lyrics post.
WB = 'http://copper-kettle.livejournal.com/'
dd = ['Every Tuesday the rag-and-bone man came down Albion Street with his cart and his bell and his horse, whose name was Duchess and who had one white sock.',
      'Lily Pratt, aged seven, fed Duchess a carrot every Tuesday for a year. She saved the carrots from her own dinner. Her mother knew, and said nothing, and bought more carrots.',
      'The Tuesday after Lily’s father came home from the sanatorium, the cart stopped outside their house and the rag-and-bone man climbed down and knocked.',
      '“Duchess wants you to have this,” he said, and gave Lily a horseshoe, worn thin and shiny. “For luck. She’s retiring.”',
      'Lily’s father nailed it over the door that evening, points up, so the luck would not run out. It is still there. Duchess lived to be thirty-one, in a field in Kent, and never wanted for carrots.']
ddb = body('duchess', dd)
tbl = ('<table border="0" cellpadding="2">\n' + '\n'.join(f'<tr><td><b>{l}</b></td><td>{v}</td></tr>' for l, v in [('Title', 'Duchess'), ('Fandom', 'Original'), ('Rating', 'G'), ('Length', 'double drabble')])
       + '\n</table>\n<br />\n')
ents = [
    {'url': WB + '6120.html', 'journal': 'copper_kettle', 'poster': 'copper_kettle', 'subject': 'double drabble: Duchess', 'date': (2004, 4, 6, '19:40'), 'ncomments': 2, 'html': tbl + brh(dd)},
    {'url': WB + '6011.html', 'journal': 'copper_kettle', 'poster': 'copper_kettle', 'subject': 'song stuck in my head', 'date': (2004, 4, 4, '11:15'), 'ncomments': 0,
     'currents': [('Music', 'the Wexford Carol, in April, why')],
     'html': '<i>Good people all, this Christmas time,<br />\nconsider well and bear in mind...</i><br /><br />\nIt is APRIL. My brain is broken. Somebody send a better earworm.'},
]
page('lj-s1-lastn-webley-2004-recent-doubledrabble-table-lyrics', 'lj-2004-copper_kettle-recent.html', WB, 'livejournal', 'index', 2004,
     ['index', 's1', 'drabble', 'header-table', 'lyrics'],
     'An S1 recent page, lastn/“Webley Boxes on White” (2004): a double drabble whose header is a borderless two-column `<table>` of `<td><b>Label</b></td><td>X</td>` (no colons) and a “Length” line, then a post quoting two lines of a carol (not a story)',
     s1_page('lastn', 'Webley Boxes on White', ents, 'copper_kettle', 'copper kettle', WB),
     [story(ents[0]['url'], 'copper_kettle', 'copper_kettle', fields(title='Duchess', fandom='Original', rating='G', wordCount='double drabble'), None, ddb)])

# ======================================================================= LJ 2005 S1 friends/Tabular Indent: a friend's drabble, a community ficlet (altposter), a personal post.
FR = 'http://moth-and-taper.livejournal.com/friends'
d1 = ['The last tram of the night was always empty, so Mr Okafor drove it the way he liked: slowly, with the lights down, talking to the city.',
      'He told it about his daughter’s exams and his wife’s knee and the price of tomatoes. He told it which streets he liked best and which ones he thought were getting above themselves.',
      'At the terminus he switched off the engine and sat for a minute in the dark before he walked home.',
      'The city, which had been listening for thirty years, turned every traffic light between the depot and his front door to green.']
d2 = ['It snowed on the allotments the night before the show, and in the morning every marrow on the site was wearing a little white hat.',
      'Mr Deacon, who had won Best Marrow nine years running, took one look at his and sat down in the wheelbarrow and laughed until he cried, and that was the year he let Mrs Tull win.']
d1b, d2b = body('lasttram', d1), body('marrowhats', d2)
ents = [
    {'url': 'http://ninepins.livejournal.com/3307.html', 'journal': 'ninepins', 'poster': 'ninepins', 'subject': 'Last Tram [drabble]', 'date': (2005, 11, 20, '23:50'), 'ncomments': 3,
     'html': hdr([('Title', 'Last Tram'), ('Rating', 'G'), ('Words', '100')], fmt='~ {L} ~ {V}') + '<br /><br />\n' + brh(d1)},
    {'url': 'http://community.livejournal.com/allotment_tales/1290.html', 'journal': 'allotment_tales', 'poster': 'marigold_row', 'subject': 'Marrow Hats', 'date': (2005, 11, 20, '18:30'), 'ncomments': 1,
     'html': '<ul>\n<li><b>Title:</b> Marrow Hats</li>\n<li><b>Author:</b> ' + lj_user_old('marigold_row') + '</li>\n<li><b>Rating:</b> G</li>\n</ul>\n' + brh(d2)},
    {'url': 'http://fernhill-farm.livejournal.com/12002.html', 'journal': 'fernhill_farm', 'poster': 'fernhill_farm', 'subject': 'snow!!', 'date': (2005, 11, 20, '08:12'), 'ncomments': 7,
     'currents': [('Mood', 'excited')], 'html': 'First snow! The hens are furious. The dog is ecstatic. I am going back to bed.'},
]
page('lj-s1-friends-tabular-2005-drabble-community-personal', 'lj-2005-moth_and_taper-friends.html', FR, 'livejournal', 'index', 2005,
     ['index', 's1', 'friends', 'drabble', 'community', 'decorated', 'header-list', 'personal'],
     'An S1 friends page, friends/“Tabular Indent” (2005): each entry a table whose Subject / Posted by / Time / Mood are `<TR><TD>Label:</TD><TD>value</TD></TR>` rows of the layout (not the story’s header), the text below; a drabble with `~ Label ~ X` labels, a community ficlet whose header is a `<ul>` of `<li><b>Label:</b>`, a personal snow post',
     s1_page('friends', 'Tabular Indent', ents, 'moth_and_taper', 'moth & taper', FR),
     [story(ents[0]['url'], 'ninepins', 'ninepins', fields(title='Last Tram', rating='G', wordCount='100'), None, d1b),
      story(ents[1]['url'], 'marigold_row', 'allotment_tales', fields(title='Marrow Hats', author='marigold_row', rating='G'), None, d2b)])

# ======================================================================= Day pages (the calendar archive): Default Day View (the Lamplit Stair part 1 and a
# personal post), Notepad (a ficlet with `Title -- X` labels), Refried Paper (a WIP chapter "(2/?)").
LS = 'http://wicker-and-wren.livejournal.com/'
pers = {'url': LS + '3120.html', 'journal': 'wicker_and_wren', 'poster': 'wicker_and_wren', 'subject': 'practice night', 'date': (2003, 10, 27, '21:05'), 'ncomments': 1,
        'html': 'Practice night. We rang Plain Bob for an hour and I only went wrong twice. The tenor rope has a new sally and it is SCRATCHY.'}
page('lj-s1-day-default-2003-lamplitstair-part1', 'lj-2003-wicker_and_wren-day-20031027.html', LS + '2003/10/27/', 'livejournal', 'index', 2003,
     ['index', 's1', 'day', 'part-marker', 'personal'],
     'A day of an S1 journal’s archive, day/“Default Day View” (2003/10/27): The Lamplit Stair part 1 in full and a personal post, each with the time in the left cell and the subject as a bold italic `<FONT>`',
     s1_page('day', 'Default Day View', [pers, ls_entries[0]], 'wicker_and_wren', 'Wren', LS + '2003/10/27/', title='Wren'),
     [story(ls_urls[0], 'wicker_and_wren', 'wicker_and_wren', fields(title='The Lamplit Stair', fandom='Original', rating='PG', wordCount=ls_wc[0]), part(1, 3), ls_bodies[0], exclude=['spooky'])])

NP = 'http://rook-and-rowan.livejournal.com/'
fc = ['The rooks went up off the elms all at once, as they did every evening, and Peg counted them, as she did every evening, because her father had.',
      'Four hundred and six. Four hundred and six, the same as yesterday, the same as the day he died.',
      'She wrote the number in his book, under his last one, in her own handwriting, and went in to get the tea.']
fcb = body('rookcount', fc)
ents = [
    {'url': NP + '2208.html', 'journal': 'rook_and_rowan', 'poster': 'rook_and_rowan', 'subject': 'The Rook Count', 'date': (2004, 9, 16, '19:20'), 'ncomments': 2,
     'html': hdr([('Title', 'The Rook Count'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '70')], fmt='{L} -- {V}') + '<br /><br />\n' + brh(fc)},
    {'url': NP + '2011.html', 'journal': 'rook_and_rowan', 'poster': 'rook_and_rowan', 'subject': 'jam', 'date': (2004, 9, 16, '08:45'), 'ncomments': 0,
     'html': 'Eleven jars of bramble jelly. The kitchen looks like a crime scene.'},
]
page('lj-s1-day-notepad-2004-ficlet-dashlabels', 'lj-2004-rook_and_rowan-day-20040916.html', NP + '2004/09/16/', 'livejournal', 'index', 2004,
     ['index', 's1', 'day', 'ficlet', 'decorated', 'personal'],
     'A day of an S1 journal’s archive, day/“Notepad” (2004/09/16): entries as “16th September, 2004. 7:20 pm.” then ` <FONT COLOR="red">SUBJECT</FONT>`, no element of their own; a 70-word ficlet with `Label -- X` labels and a one-line personal post',
     s1_page('day', 'Notepad', ents, 'rook_and_rowan', 'rook & rowan', NP + '2004/09/16/', title='rook_and_rowan'),
     [story(ents[0]['url'], 'rook_and_rowan', 'rook_and_rowan', fields(title='The Rook Count', fandom='Original', rating='G', wordCount='70'), None, fcb)])

RP = 'http://saffron-and-sloe.livejournal.com/'
wc = ['The second letter from Aunt Hester came on a Tuesday, and it was shorter than the first, and it was written in pencil.',
      '“Don’t come,” it said. “Not yet. The house is not ready for visitors. It is not ready for me, either, but I was here first.”',
      'Clara read it three times at the breakfast table, and then she went upstairs and packed.']
wcb = body('hesterhouse-ch2', wc)
ents = [
    {'url': RP + '9104.html', 'journal': 'saffron_and_sloe', 'poster': 'saffron_and_sloe', 'subject': 'Aunt Hester’s House (2/?)', 'date': (2008, 2, 19, '22:30'), 'ncomments': 4,
     'html': hdr([('Title', 'Aunt Hester’s House'), ('Fandom', 'Original'), ('Rating', 'PG-13'), ('Warnings', 'creepy houses')], fmt='<strong>{L}:</strong> {V}')
             + f'<br />\n<a href="{RP}8850.html">Previous part</a><br /><br />\n' + brh(wc)},
]
page('lj-s1-day-refried-2008-wip-chapter', 'lj-2008-saffron_and_sloe-day-20080219.html', RP + '2008/02/19/', 'livejournal', 'index', 2008,
     ['index', 's1', 'day', 'part-marker'],
     'A day of an S1 journal’s archive, day/“Refried Paper” (2008/02/19): one entry, a WIP chapter “(2/?)” (part 2, no total) with a “Previous part” link line in the header (part 1 is not in the corpus)',
     s1_page('day', 'Refried Paper', ents, 'saffron_and_sloe', 'saffron & sloe', RP + '2008/02/19/', title='saffron_and_sloe'),
     [story(ents[0]['url'], 'saffron_and_sloe', 'saffron_and_sloe', fields(title='Aunt Hester’s House', fandom='Original', rating='PG-13', warnings='creepy houses'), part(2, None), wcb,
            exclude=['Previous part'])])

# ======================================================================= memories.bml?user=moth_and_taper&keyword=fic: a list of links, not a story.
items = [(ls_urls[0], 'The Lamplit Stair, pt 1 - spooky bell tower story', 'wicker_and_wren'), ('http://ninepins.livejournal.com/3307.html', 'Last Tram (drabble)', 'ninepins'),
         ('http://community.livejournal.com/allotment_tales/1290.html', 'Marrow Hats - Title: Marrow Hats, Rating: G', 'allotment_tales'),
         ('http://tallowcandle.livejournal.com/8802.html', 'the weir-house (ficlet)', 'tallowcandle')]
murl = 'http://www.livejournal.com/tools/memories.bml?user=moth_and_taper&keyword=fic&filter=all'
page('lj-memories-2005-keyword-fic-notstory', 'lj-2005-memories-moth_and_taper-fic.html', murl, 'livejournal', 'not-story', 2005,
     ['memories', 'list-of-links'],
     'An LJ memories page (/tools/memories.bml, keyword “fic”, 2005): the site scheme frame, a heading, a filter form and a `<ul>` of `<li><a><b>DESCRIPTION</b></a><br /><font size=-1><b>journal</b></font>` linking four stories (one description quotes “Title: … Rating: G”): a list of links, not a story',
     memories_page('moth_and_taper', 'fic', items), [])

import posts5  # noqa: E402,F401
