"""tests/heldout9: single posts — a header-only post, drabbles and ficlets, entry metadata inside the entry, and the fic-ish
posts that are not stories (a chapter-delay notice, a DVD commentary, a fanmix, a prompt table, a WIP graveyard, an advent
schedule, ficathon claims on a Wayback copy, a year-in-fic stats post on a recent page)."""
from corpus import body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, wayback, wb
from posts import lju, ok_urls, wh_master
from s2w import disjointed_page, refried_page

# ------------------------------------------------------------------ H1. DW core2 Basic Boxes (2019): a header-only post, the story on AO3.
MB = 'https://mossback-pen.dreamwidth.org/'
ao3 = 'https://archiveofourown.org/works/20577341'
h1 = {'url': MB + '61120.html', 'journal': 'mossback_pen', 'poster': 'mossback_pen', 'subject': 'new fic: The Ferryman’s Tally', 'date': (2019, 6, 14, '18:45'),
      'tags': ['fic', 'ao3', 'original'],
      'html': hdr([('Title', 'The Ferryman’s Tally'), ('Fandom', 'Original Work'), ('Rating', 'Teen And Up Audiences'), ('Words', '4,210'),
                   ('Summary', 'Every crossing is paid for. The ferryman keeps count, and one night the count comes out wrong.')], fmt='<b>{L}:</b> {V}')
              + '<br /><br />\nHuge thanks to quillwort for the cheerleading and the commas.<br /><br />\n'
              + f'It’s living at the Archive now: <a href="{ao3}">The Ferryman’s Tally on AO3</a> &#8599;',
      'comments': [('quillwort', 'The commas were a pleasure. Go read it, everyone!')]}
page('dw-basicboxes-2019-headeronly-ao3-ferrymanstally', 'dw-2019-mossback_pen-61120.html', h1['url'], 'dreamwidth', 'story', 2019,
     ['dw-core2-style', 'header-only'],
     'DW core2 Basic Boxes (2019): a header-only post, `<b>Label:</b>` header, a thank-you line, then “It’s living at the Archive now: The Ferryman’s Tally on AO3 ↗” (elsewhere)',
     dw_page('entry', [h1], 'mossback_pen', 'mossback & pen', 'Basic Boxes', h1['url'], h1['subject'], year=2019),
     [story(h1['url'], 'mossback_pen', 'mossback_pen', fields(title='The Ferryman’s Tally', fandom='Original Work', rating='Teen And Up Audiences', wordCount='4,210',
                                                              summary='Every crossing is paid for. The ferryman keeps count, and one night the count comes out wrong.'), None,
            headerOnly=True, elsewhere=[ao3], exclude=['Huge thanks to quillwort', 'It’s living at the Archive now'])])

# ------------------------------------------------------------------ H2. LJ S2 Refried Paper recent page (2010): a drabble with a header, a
# year-in-fic stats post (not a story), a no-header drabble whose evidence is the subject "drabble: the mole-catcher" and its tag, a garden post.
LR = 'http://larkrise-lo.livejournal.com/'
d1_prose = ['The lantern had hung in the shepherd’s hut for sixty years and it had never once gone out, not in the great snow of ’47, not the night the roof came off.',
            'So when it guttered, on a still evening in May with no wind at all, old Abel put down his tea and went out to the ewes without his coat.',
            'He found the lamb in the ditch by the lower gate, half drowned and too weak to cry. He carried it home inside his jersey. When he came back in, the lantern was burning as steady as it ever had, and he did not remark on it, then or ever.']
d2_prose = ['The mole-catcher came on Thursdays with his traps in a sack and his dog at heel, and the lawn at the Rectory was smooth as a billiard table by Friday.',
            'Nobody asked what he did with the moles. The Rector’s daughter asked once, at nine, and he looked at her for a long moment and said, “I let them go, miss, in the churchyard, where they can’t do no harm.” She believed him for years. Then she saw the churchyard.',
            'It was the smoothest lawn in the county.']
stats = ('<p>My year in fic, because everyone else is doing it:</p>\n<ul>\n'
         '<li><b>Title:</b> The Hedge-Layer — <b>Words:</b> 6,200 — <b>Comments:</b> 41</li>\n'
         '<li><b>Title:</b> Lambing Lantern — <b>Words:</b> 100 — <b>Comments:</b> 12</li>\n'
         '<li><b>Title:</b> Seven Stiles (WIP) — <b>Words:</b> 3,900 so far — <b>Comments:</b> 19</li>\n</ul>\n'
         '<p>Total: 10,200 words. Less than last year but I moved house twice, so I am calling it a win. Next year: finish Seven Stiles. (Ha.)</p>')
h2_entries = [
    {'url': LR + '14770.html', 'journal': 'larkrise_lo', 'poster': 'larkrise_lo', 'subject': 'sweet peas', 'date': (2010, 12, 30, '10:05'), 'tags': ['garden'],
     'html': 'The sweet peas are in, on the kitchen windowsill, in loo-roll tubes. Forty of them. I have no idea where they will go when they come up. Future me’s problem.', 'ncomments': 3},
    {'url': LR + '14592.html', 'journal': 'larkrise_lo', 'poster': 'larkrise_lo', 'subject': 'drabble: the mole-catcher', 'date': (2010, 12, 29, '21:40'), 'tags': ['drabble', 'original'],
     'html': brh(d2_prose), 'ncomments': 5},
    {'url': LR + '14381.html', 'journal': 'larkrise_lo', 'poster': 'larkrise_lo', 'subject': 'my year in fic (2010 edition)', 'date': (2010, 12, 28, '15:12'), 'tags': ['fic', 'meme'],
     'currents': [('Mood', 'accomplished')], 'html': stats, 'ncomments': 8},
    {'url': LR + '14109.html', 'journal': 'larkrise_lo', 'poster': 'larkrise_lo', 'subject': 'Lambing Lantern', 'date': (2010, 12, 27, '20:20'), 'tags': ['fic', 'drabble', 'original'],
     'html': hdr([('Title', 'Lambing Lantern'), ('Rating', 'G'), ('Words', '100'), ('Prompt', 'light, for the winter drabble-off')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(d1_prose), 'ncomments': 12},
]
page('lj-refried-2010-recent-drabbles-yearinfic', 'lj-2010-larkrise_lo-recent.html', LR, 'livejournal', 'index', 2010,
     ['refried-paper', 'index', 'drabble', 'about-fic', 'personal', 'no-header'],
     'The writer’s recent page in LJ S2 Refried Paper (2010), newest first: a sweet-pea post; a no-header drabble whose only evidence is its Subject row “drabble: the mole-catcher” and tag; “my year in fic (2010 edition)”, a list of Title / Words / Comments lines (not a story); a drabble with a `<b>Label:</b>` header and a Prompt',
     refried_page('recent', h2_entries, 'larkrise_lo', 'lark rise, lo', LR, 2010, subtitle='hedges, sheep, and the occasional story'),
     [story(LR + '14592.html', 'larkrise_lo', 'larkrise_lo', fields(title='the mole-catcher'), None, body('molecatcher', d2_prose)),
      story(LR + '14109.html', 'larkrise_lo', 'larkrise_lo', fields(title='Lambing Lantern', rating='G', wordCount='100', prompt='light, for the winter drabble-off'), None,
            body('lambinglantern', d1_prose), exclude=['The sweet peas are in', 'My year in fic'])])

# ------------------------------------------------------------------ H3. DW core2 For the Bold (2017): a ficlet with a typed "now playing /
# where" line BETWEEN the header and the prose.
QW = 'https://quillwort.dreamwidth.org/'
h3_prose = ['The attic had been Gran’s, and then nobody’s, and now it was Priya’s, because she was the only one who did not mind the spiders.',
            'She set up a desk under the skylight and put the radio on, and the rain came down on the glass like someone drumming their fingers, waiting for her to begin.',
            'She did not begin. She sat and listened to the shipping forecast, Dogger, Fisher, German Bight, the old names going by like boats, and for the first time since the funeral she did not feel that she ought to be doing something else.',
            'In the morning, she told herself. In the morning she would write.']
h3_meta = '♫ now playing: the shipping forecast · ☁ where: the attic, in the rain'
h3 = {'url': QW + '33018.html', 'journal': 'quillwort', 'poster': 'quillwort', 'subject': 'Skylight', 'date': (2017, 3, 2, '23:40'), 'tags': ['fic', 'ficlet', 'original'],
      'html': hdr([('Title', 'Skylight'), ('Rating', 'G'), ('Words', '121'), ('Warnings', 'grief, gently')], fmt='<b>{L}</b> &#8227; {V}')
              + '<br /><br />\n<i><small>&#9835; now playing: the shipping forecast &middot; &#9729; where: the attic, in the rain</small></i>\n' + ph(h3_prose),
      'comments': [('mossback_pen', 'Dogger, Fisher, German Bight. Oh, this is lovely.')]}
page('dw-forthebold-2017-metadatainside-ficlet-skylight', 'dw-2017-quillwort-33018.html', h3['url'], 'dreamwidth', 'story', 2017,
     ['dw-core2-style', 'ficlet', 'metadata-inside', 'decorated'],
     'DW core2 For the Bold (2017): a ficlet with a `<b>Label</b> ‣ X` header, then a small italic typed line “♫ now playing: … · ☁ where: …” BETWEEN the header and the `<p>` prose (not body); the subject is the bare title',
     dw_page('entry', [h3], 'quillwort', 'quillwort', 'For the Bold', h3['url'], h3['subject'], year=2017),
     [story(h3['url'], 'quillwort', 'quillwort', fields(title='Skylight', rating='G', wordCount='121', warnings='grief, gently'), None, body('skylight', h3_prose),
            exclude=['now playing: the shipping forecast', 'Oh, this is lovely.'])])

# ------------------------------------------------------------------ H4. DW ?style=mine (2018): a community drabble seen in the reader's own
# style (core2 Pattern); both URLs listed.
HL = 'https://hundred-lanterns.dreamwidth.org/'
h4_prose = ['The lock-keeper’s wife kept a lamp in the window for the boats that came through after dark, and in forty years only one boat had ever failed to come.',
            'She kept the lamp lit for that one too. Every night, long after the canal closed to traffic, long after the lock-keeper died, long after the cottage was sold to a couple from Birmingham who thought the lamp was charming and left it where it was.',
            'On the night the new owners finally switched it off, a narrowboat nobody had seen before came through the top gate at midnight, very slowly, and tied up below the cottage, and in the morning it was gone.']
h4url = HL + '5521.html'
h4 = {'url': h4url, 'journal': 'hundred_lanterns', 'poster': 'cutwater_cass', 'community': True, 'subject': 'The Last Boat', 'date': (2018, 10, 31, '21:00'),
      'tags': ['author: cutwater_cass', 'prompt #31: the last light', 'rating: g'],
      'html': hdr([('Title', 'The Last Boat'), ('Author', dwu('cutwater_cass')), ('Prompt', '#31, the last light'), ('Rating', 'G'), ('Word count', '100')], fmt='<b>{L}:</b> {V}') + '\n' + ph(h4_prose),
      'comments': [('hundred_lanterns', 'Welcome to the 31st! Beautifully done.')]}
page('dw-stylemine-2018-pattern-community-drabble-lastboat', 'dw-2018-hundred_lanterns-5521.html', h4url + '?style=mine', 'dreamwidth', 'story', 2018,
     ['dw-core2-style', 'style-mine', 'community', 'drabble'],
     'A DW community drabble read with `?style=mine` (the reader’s own style, core2 Pattern; both URLs listed): “cutwater_cass posting in hundred_lanterns”, `<b>Label:</b>` header with Author, Prompt “#31, the last light” and “Word count: 100”',
     dw_page('entry', [h4], 'hundred_lanterns', 'a hundred lanterns: a drabble comm', 'Pattern', h4url + '?style=mine', h4['subject'], year=2018),
     [story(h4url, 'cutwater_cass', 'hundred_lanterns', fields(title='The Last Boat', author='cutwater_cass', prompt='#31, the last light', rating='G', wordCount='100'), None,
            body('lastboat', h4_prose), exclude=['Welcome to the 31st!'])], also=[h4url])

# ------------------------------------------------------------------ N1. DW Five AM (2014): a delay notice with a part marker in its subject.
BO = 'https://brass-orrery.dreamwidth.org/'
n1 = {'url': BO + '4599.html', 'journal': 'brass_orrery', 'poster': 'brass_orrery', 'subject': 'The Orrery Key 4/7 — running late!', 'date': (2014, 9, 11, '19:58'),
      'tags': ['the orrery key', 'admin'],
      'html': '<p>Chapter four will be up tomorrow instead of tonight: the notebook scene is fighting me and I would rather it came out right than on time.</p>'
              f'<p>In the meantime, chapter three is <a href="{ok_urls[2]}">over at clockwork_fic</a> if you missed it. Thank you all for reading along, it has been such a fun week.</p>',
      'comments': [('tin_soldier_tea', 'Take your time! The notebooks deserve it.')]}
page('dw-fiveam-2014-orrery-delaynotice-notstory', 'dw-2014-brass_orrery-4599.html', n1['url'], 'dreamwidth', 'not-story', 2014,
     ['dw-core2-style', 'about-fic', 'part-marker'],
     'DW core2 Five AM (2014): “The Orrery Key 4/7 — running late!”, a two-paragraph delay notice between the chapters (a part marker in the subject, a link to chapter three): not a story',
     dw_page('entry', [n1], 'brass_orrery', 'brass & orrery', 'Five AM', n1['url'], n1['subject'], year=2014), [])

# ------------------------------------------------------------------ N2. DW Boxes and Borders (2015): a "DVD commentary" on a chapter,
# quoting its lines in blockquotes.
n2 = {'url': BO + '6017.html', 'journal': 'brass_orrery', 'poster': 'brass_orrery', 'subject': 'commentary: The Orrery Key, chapter one', 'date': (2015, 2, 20, '20:00'),
      'tags': ['the orrery key', 'commentary', 'meta'],
      'html': '<p>For the commentary meme! Someone asked for chapter one, so here it is with my notes in italics.</p>'
              '<p><b>Title:</b> The Orrery Key<br /><b>Rating:</b> G<br /><b>Chapter:</b> 1/7</p>'
              '<blockquote>The key came in a parcel with no return address, wrapped in a page of the Kettering Gazette for the ninth of March, and it did not fit any lock in the house.</blockquote>'
              '<p><i>The Gazette was a real paper my great-grandmother used to wrap eggs in. I wanted the date to matter later and it does, sort of.</i></p>'
              '<blockquote>She tried it in the clock on the landing, which had not gone since the funeral, and the clock did not go then either.</blockquote>'
              '<p><i>This line was the whole story for about a year before I knew what the key was for.</i></p>',
      'comments': [('tin_soldier_tea', 'I love commentary posts, thank you!')]}
page('dw-boxesandborders-2015-commentary-notstory', 'dw-2015-brass_orrery-6017.html', n2['url'], 'dreamwidth', 'not-story', 2015,
     ['dw-core2-style', 'about-fic', 'commentary', 'quoted-prose'],
     'DW core2 Boxes and Borders (2015): a “DVD commentary” post on a chapter: a Title / Rating / Chapter block, two quoted lines of the story in blockquotes, each followed by an italic note: not a story',
     dw_page('entry', [n2], 'brass_orrery', 'brass & orrery', 'Boxes and Borders', n2['url'], n2['subject'], year=2015), [])

# ------------------------------------------------------------------ N3. LJ S2 Refried Paper (2009): a fanmix for a story.
HX = 'http://hexagon-hal.livejournal.com/'
n3 = {'url': HX + '8950.html', 'journal': 'hexagon_hal', 'poster': 'hexagon_hal', 'subject': 'fanmix: songs for Winter Hives', 'date': (2009, 2, 2, '17:30'),
      'tags': ['fanmix', 'winter hives'], 'currents': [('Music', 'see below!')],
      'html': hdr([('Title', 'nothing but the hum'), ('For', f'<a href="{wh_master}">Winter Hives</a> by skep_and_smoke'), ('Tracks', '8'), ('Length', '31 minutes')], fmt='<b>{L}:</b> {V}')
              + '<br /><br />\n'
              '1. The Cold Comes In — Marsh Harriers<br />\n2. Queen of the Skep — Ellen Toll<br />\n3. Smoke Signals — The Long Field<br />\n4. January Swarm — Ellen Toll<br />\n'
              '5. Hold This — The Weather Station<br />\n6. Work Goes On — Marsh Harriers<br />\n7. Apple Tree, Bare — June Lark<br />\n8. Home, One by One — The Long Field<br /><br />\n'
              '<a href="http://www.sendspace.com/file/hive88">download (zip)</a> &middot; <a href="http://hexagon-hal.livejournal.com/8812.html">the art, if you missed it</a>',
      'comments': [('skep_and_smoke', 'HOLD THIS as a song title!! I am overcome.', '')]}
page('lj-refried-2009-fanmix-notstory', 'lj-2009-hexagon_hal-8950.html', n3['url'], 'livejournal', 'not-story', 2009,
     ['refried-paper', 'about-fic', 'fanmix'],
     'LJ S2 Refried Paper (2009): “fanmix: songs for Winter Hives”, a Title / For / Tracks / Length block and a numbered tracklist with a download link: not a story',
     refried_page('entry', [n3], 'hexagon_hal', 'hexagons', n3['url'], 2009), [])

# ------------------------------------------------------------------ N4. DW core2 Refried Tablet (2014): a prompt table with claimed prompts.
TT = 'https://tallowtin.dreamwidth.org/'
rows4 = [('01. threshold', '<a href="https://tallowtin.dreamwidth.org/2211.html">The Step</a>', 'G'), ('02. salt', '<a href="https://tallowtin.dreamwidth.org/2390.html">Brine</a>', 'PG'),
         ('03. the long way round', '—', ''), ('04. lanterns', '—', ''), ('05. what the river took', '<a href="https://tallowtin.dreamwidth.org/2601.html">Undertow</a>', 'Teen')]
n4 = {'url': TT + '2700.html', 'journal': 'tallowtin', 'poster': 'tallowtin', 'subject': 'prompt table: claimed! (5 of 10 done)', 'date': (2014, 4, 9, '12:15'),
      'tags': ['prompt table', 'fic', 'challenges'],
      'html': '<p>My table for the spring round at <span>fifty_fires</span>. Filled prompts link to the fic.</p>'
              '<table border="1" cellpadding="4"><tr><th>Prompt</th><th>Title</th><th>Rating</th></tr>'
              + ''.join(f'<tr><td>{a}</td><td>{b}</td><td>{c}</td></tr>' for a, b, c in rows4)
              + '<tr><td>06–10</td><td colspan="2">(to come!)</td></tr></table><p>Halfway! Next up: lanterns, probably.</p>',
      'comments': [('quillwort', 'Halfway!! Brine was my favourite.')]}
page('dw-refriedtablet-2014-prompttable-notstory', 'dw-2014-tallowtin-2700.html', n4['url'], 'dreamwidth', 'not-story', 2014,
     ['dw-core2-style', 'about-fic', 'prompt-table', 'part-marker'],
     'DW core2 Refried Tablet (2014): “prompt table: claimed! (5 of 10 done)”, a bordered table of Prompt / Title / Rating with links to the filled prompts’ stories: not a story',
     dw_page('entry', [n4], 'tallowtin', 'tallow & tin', 'Refried Tablet', n4['url'], n4['subject'], year=2014), [])

# ------------------------------------------------------------------ N5. LJ S2 Disjointed (2008): a WIP graveyard.
RW = 'http://rookwood-ink.livejournal.com/'
n5 = {'url': RW + '11210.html', 'journal': 'rookwood_ink', 'poster': 'rookwood_ink', 'subject': 'the wip graveyard (rest in pieces)', 'date': (2008, 10, 31, '22:22'),
      'tags': ['wips', 'fic', 'halloween'], 'currents': [('Mood', 'morbid')],
      'html': 'Happy Halloween! In the spirit of the season, here lie my unfinished fics. Pay your respects.<br /><br />\n'
              '<b>Title:</b> The Ninth Bell<br /><b>Words:</b> 2,300<br /><b>Last touched:</b> March 2006<br /><b>Will I finish it:</b> no. The bell knows why.<br /><br />\n'
              '<b>Title:</b> Rook, Castle<br /><b>Words:</b> 850<br /><b>Last touched:</b> last week<br /><b>Will I finish it:</b> maybe! It twitches.<br /><br />\n'
              '<b>Title:</b> untitled canal thing<br /><b>Words:</b> 140<br /><b>Last touched:</b> 2005<br /><b>Will I finish it:</b> it is mostly a list of lock names.<br /><br />\n'
              'Comment with one and I will post a line from it.',
      'comments': [('sea_holly', 'Rook, Castle! Line please!', 'Re: the wip graveyard'), ('rookwood_ink', '“The rook came down on the battlements like a bad decision.”', 'Re: the wip graveyard')]}
page('lj-disjointed-2008-wipgraveyard-notstory', 'lj-2008-rookwood_ink-11210.html', n5['url'], 'livejournal', 'not-story', 2008,
     ['disjointed', 'about-fic', 'wip'],
     'LJ S2 Disjointed (2008): “the wip graveyard (rest in pieces)”, three Title / Words / Last touched / Will I finish it blocks of unfinished fics, and a comment quoting one line: not a story',
     disjointed_page('entry', [n5], 'rookwood_ink', 'rookwood', n5['url'], 2008), [])

# ------------------------------------------------------------------ N6. InsaneJournal S2 Disjointed (2011): an advent fic calendar's schedule.
AC = 'http://community.insanejournal.com/advent_lanterns/'
n6 = {'url': AC + '2040.html', 'journal': 'advent_lanterns', 'poster': 'mod_of_lanterns', 'community': True, 'site': 'insanejournal.com', 'jbase': AC,
      'subject': 'advent fic calendar: the schedule (days 1–6)', 'date': (2011, 11, 28, '09:00'), 'tags': ['mod post', 'schedule'],
      'html': '<p>Here is who is opening which door! Fics go up at 9am each day.</p>'
              '<p><b>Day 1:</b> “Frost Fair” — by skatewing — G — 300 words<br /><b>Day 2:</b> “The Glass Robin” — by tallowtin — G — 1,000 words<br />'
              '<b>Day 3:</b> “Hot Chestnuts” — by chandlers_cat — PG — 500 words<br /><b>Day 4:</b> (a podfic!) — by reedpipe_reads<br />'
              '<b>Day 5:</b> “Midwinter Lock” — by rookwood_ink — Teen — 2,000 words<br /><b>Day 6:</b> “Snow on the Weir” — by sea_holly — G — 150 words</p>'
              '<p>Days 7–12 next week. Any questions, comment here!</p>',
      'comments': [('skatewing', 'Eek, day one! No pressure.', '')]}
page('ij-disjointed-2011-community-adventschedule-notstory', 'ij-2011-advent_lanterns-2040.html', n6['url'], 'insanejournal', 'not-story', 2011,
     ['disjointed', 'insanejournal', 'community', 'about-fic', 'schedule'],
     'InsaneJournal community entry in S2 Disjointed (2011, “advent_lanterns - (mod_of_lanterns)”): an advent calendar’s schedule, six “Day N: “Title” — by X — Rating — N words” lines: not a story',
     disjointed_page('entry', [n6], 'advent_lanterns', 'advent lanterns', n6['url'], 2011, kind='C', site='insanejournal.com'), [])

# ------------------------------------------------------------------ N7. Wayback copy (2012, absolute links) of an LJ S2 Refried Paper
# community entry: ficathon claims.
FC = 'http://community.livejournal.com/saltwick_ficathon/'
n7 = {'url': FC + '5120.html', 'journal': 'saltwick_ficathon', 'poster': 'saltwick_mod', 'community': True, 'jbase': FC,
      'subject': 'claims round-up: who has what', 'date': (2011, 7, 2, '14:00'), 'tags': ['mod post', 'claims'],
      'html': '<p>All the prompts are claimed! Here is the round-up. Titles are working titles and may change.</p>'
              '<table border="1" cellpadding="3"><tr><th>Writer</th><th>Prompt</th><th>Title (working)</th><th>Rating</th></tr>'
              '<tr><td>skatewing</td><td>the drowned church bells</td><td>Undersong</td><td>PG</td></tr>'
              '<tr><td>fen_lantern</td><td>a lighthouse with no keeper</td><td>Unkept</td><td>G</td></tr>'
              '<tr><td>halyard_hen</td><td>smugglers, but make it cosy</td><td>(no title yet!)</td><td>G</td></tr></table>'
              '<p>Fics are due on the 1st of August. Post them to the comm with the header below.</p>'
              '<p><b>Title:</b><br /><b>Writer:</b><br /><b>Prompt:</b><br /><b>Rating:</b><br /><b>Words:</b></p>',
      'comments': [('skatewing', 'Undersong is 4k and growing. Help.', '')]}
n7_wb = wb('20120304101500', n7['url'], absolute=True)
page('wayback-lj-refried-2012-ficathonclaims-notstory', 'wayback-2012-saltwick_ficathon-5120.html', n7_wb, 'wayback', 'not-story', 2011,
     ['wayback', 'refried-paper', 'community', 'about-fic', 'claims'],
     'Wayback copy (captured 2012-03-04, absolute https://web.archive.org/web/… links) of an LJ community entry in S2 Refried Paper: a ficathon’s claims round-up (Writer / Prompt / Title (working) / Rating table) and an empty header template: not a story',
     wayback(refried_page('entry', [n7], 'saltwick_ficathon', 'saltwick ficathon', n7['url'], 2011, kind='C'), '20120304101500', n7['url'], absolute=True), [])
