"""Single pages of tests/heldout3: posts about fic that are not fic, personal posts, memes, polls, and index pages."""
from layouts import aentry_page, dw_cut_link, dw_page, dw_user, esc, gen_page, gen_user, lj_user_old, singlepost_page
from posts import body, brh, dwu, fields, hdr, page, part, ph, story
from punquin import pq_page

# ======================================================================= R. DW core2 2013 filter sign-up
url = 'https://inkhorn-isle.dreamwidth.org/33015.html'
e = {'url': url, 'journal': 'inkhorn_isle', 'poster': 'inkhorn_isle', 'subject': 'Making a fic filter: comment if you want in', 'date': (2013, 4, 2, '09:12'), 'tags': ['fic', 'filters', 'admin'],
     'html': '<p>I’m finally making a filter for the rough stuff: snippets, abandoned openings, the odd terrible drabble.</p>\n'
             + '<p>' + hdr([('Filter name', 'the scrap drawer'), ('Rating', 'anything from G to M'), ('Length', 'mostly under 500 words')]) + '</p>\n'
             + '<p>Comment here if you want in. Comments are screened. If I don’t know you, say hi first!</p>'}
page('dw-practicality-2013-filtersignup-notstory', 'dw-2013-inkhorn_isle-33015.html', url, 'dreamwidth', 'not-story', 2013, ['about-fic'],
     'A filter sign-up (DW core2 Practicality, 2013): subject “Making a fic filter: comment if you want in”, tags “fic, filters”, a short Filter name / Rating / Length block: not a story',
     dw_page('entry', [e], 'inkhorn_isle', 'the inkhorn isle', 'Practicality', url, 'Making a fic filter: comment if you want in - the inkhorn isle', year=2013), [])

# ======================================================================= S. LJ Punquin 2009 WIP update
url = 'http://reed-warbler.livejournal.com/5120.html'
e = {'url': url, 'journal': 'reed_warbler', 'poster': 'reed_warbler', 'subject': 'wip update (fic)', 'date': (2009, 1, 30, '23:02'), 'tags': ['fic', 'wips', 'the ferryman'],
     'html': 'Where I am with things, for the three people who asked:<br /><br />\n'
             + '<b>The Ferryman sequel:</b> 2,100 words, stuck on the bit with the lock-keeper.<br />\n<b>The bell story:</b> outlined, zero words, lots of feelings.<br />\n'
             + '<b>Untitled smugglers thing:</b> one scene, and it is the ending.<br /><br />\nI will finish one of them by Easter. Hold me to it.',
     'currents': [('Mood', 'determined')]}
page('lj-punquin-2009-wipupdate-notstory', 'lj-2009-reed_warbler-5120.html', url, 'livejournal', 'not-story', 2009, ['about-fic'],
     'A WIP update (LJ S2 Punquin, 2009): subject “wip update (fic)”, three bold story names with word counts and chatter: not a story',
     pq_page('entry', [e], 'reed_warbler', 'Reed Warbler', url, 'reed_warbler: wip update (fic)', 2009), [])

# ======================================================================= T. LJ aentry 2019 con post with a fic reading
url = 'https://tallow-and-tinder.livejournal.com/14580.html'
e = {'url': url, 'journal': 'tallow_and_tinder', 'poster': 'tallow_and_tinder', 'subject': 'I’ll be at the con! (+ a fic reading)', 'date': (2019, 7, 18, '12:00'), 'tags': ['cons', 'fic'],
     'html': '<p>I’ll be at Bramblecon this weekend! Come and say hello. I will be the one with the enormous knitted owl.</p>\n'
             + '<p><b>Saturday 2pm:</b> the small-fandoms panel (I am moderating, pray for me)<br />\n<b>Sunday 11am:</b> fan fiction readings, where I’m reading the first bit of <i>The Lock-Keeper</i> (rated G, about 900 words, finished at last)</p>\n'
             + '<p>If you see me, ask about the owl.</p>'}
page('lj-aentry-2019-conpost-reading-notstory', 'lj-2019-tallow_and_tinder-14580.html', url, 'livejournal', 'not-story', 2019, ['about-fic'],
     'A con post on an LJ aentry page (2019): subject “I’ll be at the con! (+ a fic reading)”, a schedule naming a fic to be read, with its rating and length in prose: not a story',
     aentry_page(e), [])

# ======================================================================= U. DW core2 2020 poll: what should I write next?
url = 'https://plover-point.dreamwidth.org/41877.html'
poll = ('<div class="poll-container"><form action="https://www.dreamwidth.org/poll/?id=28816" method="post"><input type="hidden" name="pollid" value="28816" />'
        '<div class="poll-title"><b><a href="https://www.dreamwidth.org/poll/?id=28816">Poll #28816</a></b> <i>what next?</i></div>'
        '<div class="poll-status">Open to: All, detailed results viewable to: All, participants: 17</div>'
        '<div class="poll-question"><p class="poll-qtext">Which one should I write next?</p>'
        '<p><input type="radio" name="pollq-1" value="1" id="pollq-28816-1-1" /> <label for="pollq-28816-1-1">Title: The Lock-Keeper, rating G, part 2/3 of the ferry stories</label></p>'
        '<p><input type="radio" name="pollq-1" value="2" id="pollq-28816-1-2" /> <label for="pollq-28816-1-2">the smugglers one (chapter 3 of ?)</label></p>'
        '<p><input type="radio" name="pollq-1" value="3" id="pollq-28816-1-3" /> <label for="pollq-28816-1-3">something new, surprise me</label></p></div>'
        '<input type="submit" value="Submit Poll" /> <a href="https://www.dreamwidth.org/poll/?id=28816&amp;mode=results">View Answers</a></form></div>')
e = {'url': url, 'journal': 'plover_point', 'poster': 'plover_point', 'subject': 'fic poll: what next?', 'date': (2020, 4, 9, '16:16'), 'tags': ['fic', 'polls'],
     'html': '<p>I have three half-started things and no willpower, so you decide:</p>\n' + poll + '\n<p>Poll closes Sunday!</p>'}
page('dw-wideopen-2020-poll-whatnext-notstory', 'dw-2020-plover_point-41877.html', url, 'dreamwidth', 'not-story', 2020, ['poll', 'about-fic'],
     'A DW poll (core2 Wide Open, 2020): “fic poll: what next?”, answers hold “Title: … rating G, part 2/3” and “chapter 3 of ?”: not a story',
     dw_page('entry', [e], 'plover_point', 'plover point', 'Wide Open', url, 'fic poll: what next? - plover point', year=2020), [])

# ======================================================================= V. IJ Generator 2007 personal post
url = 'http://marshwren.insanejournal.com/2218.html'
e = {'url': url, 'journal': 'marshwren', 'poster': 'marshwren', 'subject': 'the allotment, part 2', 'date': (2007, 6, 10, '19:40'), 'tags': ['life', 'allotment'],
     'currents': [('Mood', 'muddy'), ('Music', 'radio 4')],
     'html': 'Part two of the allotment saga: the slugs have won. I went down at six this morning with a torch and a jam jar and came back with forty-one of them, and still the lettuces are lace.<br /><br />\n'
             + 'Mr Okafor on the next plot says beer traps. Mrs Dent says copper tape. My mum says give up and buy lettuces like a normal person. I am taking all three under advisement.<br /><br />\nNo fic this week, sorry, I am at war.'}
page('ij-generator-2007-personal-allotment-part2-notstory', 'ij-2007-marshwren-2218.html', url, 'insanejournal', 'not-story', 2007, ['personal'],
     'A personal post on InsaneJournal (S2 Generator, 2007): subject “the allotment, part 2” (a part marker on a life post), slugs and lettuces, “No fic this week”: not a story',
     gen_page('entry', [e], 'insanejournal', 'marshwren', 'marsh wren', url, 'marshwren: the allotment, part 2', 2007), [])

# ======================================================================= W. LJ Generator 2012 "ask me about my fic" meme
url = 'http://thimble-and-thread.livejournal.com/8899.html'
e = {'url': url, 'journal': 'thimble_and_thread', 'poster': 'thimble_and_thread', 'subject': 'meme: ask me about my fic', 'date': (2012, 8, 14, '13:33'), 'tags': ['memes', 'fic'],
     'html': 'Snagged from everyone:<br /><br />\n<i>Give me the title of one of my fics (or a made-up title!) and I’ll tell you one thing about writing it, or what it would be about.</i><br /><br />\n'
             + 'My fic is <a href="http://thimble-and-thread.livejournal.com/tag/fic">under this tag</a>. Go on, ask.'}
page('lj-generator-2012-meme-askmeaboutfic-notstory', 'lj-2012-thimble_and_thread-8899.html', url, 'livejournal', 'not-story', 2012, ['meme', 'about-fic'],
     'A fic meme (LJ S2 Generator, 2012): “meme: ask me about my fic”, italic rules, a link to the fic tag: not a story',
     gen_page('entry', [e], 'livejournal', 'thimble_and_thread', 'thimble & thread', url, 'thimble_and_thread: meme: ask me about my fic', 2012), [])

# ======================================================================= X. DW core2 2016 recs post with Title labels
url = 'https://quire-and-quill.dreamwidth.org/27740.html'
recs = [('The Tin Whistle', 'https://archiveofourown.org/works/7723001', 'fiddlers_green', 'G', 'A lighthouse keeper learns to play, badly, and the ships do not mind.'),
        ('Nine Stones', 'https://archiveofourown.org/works/7730944', 'henge_and_hollow', 'Teen', 'Two archaeologists and a very old argument.')]
blocks = ''.join('<p>' + hdr([('Title', (f'<a href="{u}">{esc(t)}</a>', t)), ('Author', dwu(a)), ('Rating', r), ('Summary', s)]) + '</p>\n' for t, u, a, r, s in recs)
e = {'url': url, 'journal': 'quire_and_quill', 'poster': 'quire_and_quill', 'subject': 'Friday recs: two small fics', 'date': (2016, 2, 19, '20:00'), 'tags': ['recs', 'fic recs'],
     'html': '<p>Two things I loved this week, both short, go read them:</p>\n' + blocks + '<p>Leave the authors kudos!</p>'}
page('dw-zesty-2016-recs-notstory', 'dw-2016-quire_and_quill-27740.html', url, 'dreamwidth', 'not-story', 2016, ['recs', 'about-fic'],
     'A recs post (DW core2 Zesty, 2016): two Title (AO3 link) / Author (ljuser) / Rating / Summary blocks: other people’s stories, not a story',
     dw_page('entry', [e], 'quire_and_quill', 'quire & quill', 'Zesty', url, 'Friday recs: two small fics - quire & quill', year=2016), [])
