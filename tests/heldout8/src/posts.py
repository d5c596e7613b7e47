"""Hand-written post content for tests/heldout8 and the truth that goes with it. All prose, names, journals and
titles are invented for this corpus (fandom names are labels; canons are public-domain works or original).
Page renderers: s2z.py (LiveJournal S2 Haven and Dear Diary, Dreamwidth ?format=light, LiveJournal's 2014–2017
site-scheme journal pages: this corpus's own), tests/heldout7's s2y.py (Dreamwidth site skin), tests/heldout2's
layouts.py (DW core2, LJ ?format=light, the Wayback playback wrapper)."""
from layouts import dw_page, dw_user, lj_user_old, lj_user_new, light_page, wayback, wb  # noqa: F401
from s2y import dw_site_page  # noqa: F401
from s2z import haven_page, deardiary_page, dw_light_page, scheme_entry_page, scheme_recent_page  # noqa: F401

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401


def lju(name, kind='P', site='livejournal.com'):
    return (lj_user_old(name, site=site, kind=kind), name)


def ljn(name, kind='P'):
    return (lj_user_new(name, kind), name)


SC = '<span style="font-variant: small-caps;">{L}</span> &middot; {V}'

# ======================================================================= A. The Cartographer's Daughters (LJ 2012, S2 Haven): subjects
# "The Cartographer's Daughters — installment N/3"; small-caps labels with a middle dot (`<span style="font-variant: small-caps">Title</span>
# · X`); installment 2 posted in the community compass_rose_fic; the only links between the parts an "Other installments: one · two ·
# three" line AFTER the prose (the current one unlinked).
IL = 'http://inkhorn-lane.livejournal.com/'
cd_urls = [IL + '31207.html', 'http://compass-rose-fic.livejournal.com/8841.html', IL + '31655.html']
cd_prose = [
    ['Their father drew the coast of Oriel three times in his life, and each time it came out different.',
     'The first map hung in the harbourmaster’s office, yellow now, with the sea-serpents in the margins that the harbourmaster’s grandson liked to colour in. The second was in the Guild library, under glass. The third he never finished, and when he died it was rolled up in a tube of waxed leather and left, with everything else, to his daughters.',
     'Bess, who was practical, wanted to sell it. Marit, who was not, unrolled it on the kitchen table, weighted the corners with the salt cellar and two candlesticks and their mother’s button tin, and said, “Bess. Look where the coast stops.”'],
    ['It stopped at Gannet Head. Everyone knew the coast went on past Gannet Head; you could walk it, if you did not mind the wind, all the way to the lighthouse at Skerry and beyond. But on their father’s third map the ink simply ended, in a neat line, as though the land had been cut off with a knife.',
     'Beyond the line he had written, very small, in the hand he used for soundings: not yet.',
     '“He ran out of time,” Bess said.',
     '“He ran out of coast,” said Marit, and went to find her boots.'],
    ['They walked out to Gannet Head on the first fine morning of April. The path was where it had always been, and the gorse, and the wind; the lighthouse at Skerry showed white in the distance, exactly where it should.',
     'But when Marit unrolled the map on the turf and held it flat against the wind, the inked line of the coast had moved. It went on now past Gannet Head, a half-mile further, in fresh black ink that smudged when she touched it, and it stopped just short of where the two of them were standing.',
     'Bess looked at the map for a long time. Then she took the pen out of Marit’s pocket, uncapped it, and handed it back. “Well,” she said. “Go on, then. You’re the one who can draw.”'],
]
cd_bodies = [body(f'cartographer-{i + 1}', p) for i, p in enumerate(cd_prose)]
cd_subj = [f'The Cartographer’s Daughters — installment {n}/3' for n in (1, 2, 3)]
cd_wc = ['164', '131', '171']
cd_words = ['one', 'two', 'three']


def cd_nav(i):
    items = [w if j == i else f'<a href="{cd_urls[j]}">{w}</a>' for j, w in enumerate(cd_words)]
    return '<p style="text-align: center; font-size: smaller;">Other installments: ' + ' &middot; '.join(items) + '</p>'


cd_navtext = 'Other installments: one · two · three'
cd_entries, cd_fields = [], []
for i in range(3):
    rows = [('Title', 'The Cartographer’s Daughters')]
    if i == 1:
        rows.append(('Author', lju('inkhorn_lane')))
    rows += [('Fandom', 'Original'), ('Pairing/s', 'none; sisters'), ('Rating', 'G'), ('Word count', cd_wc[i])]
    if i == 0:
        rows.append(('Summary', 'A map that will not stop drawing itself.'))
    f = fields(title='The Cartographer’s Daughters', **({'author': 'inkhorn_lane'} if i == 1 else {}), fandom='Original', pairing='none; sisters', rating='G', wordCount=cd_wc[i],
               **({'summary': 'A map that will not stop drawing itself.'} if i == 0 else {}))
    cd_fields.append(f)
    e = {'url': cd_urls[i], 'journal': 'compass_rose_fic' if i == 1 else 'inkhorn_lane', 'poster': 'inkhorn_lane', 'community': i == 1,
         'subject': cd_subj[i], 'date': (2012, 3, 4 + i * 5, ['20:14', '21:40', '19:02'][i]),
         'tags': ['original fiction', 'the cartographer’s daughters'] if i != 1 else ['author: inkhorn_lane', 'original'],
         'currents': [('Mood', ['hopeful', 'windswept', 'accomplished'][i])],
         'html': hdr(rows, fmt=SC) + '<br /><br />\n' + brh(cd_prose[i]) + '\n' + cd_nav(i),
         'comments': [('gannet_head', ['The button tin! This is already my favourite.', 'Not yet. Chills.', 'GO ON THEN. Perfect last line.'][i]),
                      ('inkhorn_lane', 'Thank you for reading along!')]}
    cd_entries.append(e)
    ex = [cd_navtext, ['hopeful', 'windswept', 'accomplished'][i], 'Thank you for reading along!']
    if i == 1:
        html = haven_page('entry', [e], 'compass_rose_fic', 'Compass Rose: original fic', cd_urls[1], 2012, kind='C')
        desc = ('installment 2 in the community compass_rose_fic (Haven entry page): “inkhorn_lane:” poster line, Current Mood and Tags INSIDE `div.text` before the text; small-caps `Label · X` header with Author (ljuser), '
                '“Pairing/s”, “Word count”; “Other installments: one · two · three” after the prose')
        shapes = ['haven', 'community', 'part-marker', 'decorated', 'journal-and-community', 'metadata-above']
    else:
        html = haven_page('entry', [e], 'inkhorn_lane', 'inkhorn lane', cd_urls[i], 2012)
        desc = (f'installment {i + 1} in the writer’s journal (Haven entry page): “{cd_subj[i]}” in `h4.subject` as “SUBJECT @ time”, Current Mood and Tags INSIDE `div.text` before the text; small-caps `Label · X` header with “Pairing/s”, “Word count”'
                + (', Summary' if i == 0 else '') + '; “Other installments: one · two · three” after the prose')
        shapes = ['haven', 'part-marker', 'decorated', 'journal-and-community', 'metadata-above']
    page(f'lj-haven-2012-cartographer-{i + 1}' + ('-community' if i == 1 else ''), f'lj-2012-cartographer-{i + 1}.html', cd_urls[i], 'livejournal', 'story', 2012, shapes,
         f'The Cartographer’s Daughters {desc}; comments in Haven’s comment_bar tables with the text in a bare margin div', html,
         [story(cd_urls[i], 'inkhorn_lane', e['journal'], f, part(i + 1, 3), cd_bodies[i], exclude=ex)],
         (cd_urls, cd_bodies))
SERIES.append(('cartographer', 'The Cartographer’s Daughters', 3, 'LJ 2012 S2 Haven; installments 1 and 3 in inkhorn_lane, 2 in the community compass_rose_fic; subjects “… — installment N/3”; the only links a small centred “Other installments: one · two · three” line after the prose (the current one unlinked).'))

# The writer's recent page (Haven): installment 3 behind a cut, a rec list (not a story), a ficlet.
recs = {'url': IL + '31502.html', 'journal': 'inkhorn_lane', 'poster': 'inkhorn_lane', 'subject': 'recs: sea stories for a grey week', 'date': (2012, 3, 12, '10:30'),
        'tags': ['recs'], 'ncomments': 4,
        'html': 'Three things I read this week and loved, all of them wet:<br /><br />'
                '<b>Title:</b> <a href="http://archiveofourown.org/works/301122">The Tide Clerk</a><br /><b>By:</b> ' + lju('brinehollow')[0] + '<br /><b>Rating:</b> G<br /><b>Why:</b> a ledger that balances itself every full moon.<br /><br />'
                '<b>Title:</b> <a href="http://fathoms-fic.livejournal.com/2210.html">Low Water</a><br /><b>By:</b> ' + lju('fathoms_fic')[0] + '<br /><b>Rating:</b> PG<br /><b>Why:</b> two ferrymen, one boat, no talking.<br /><br />'
                'Go and leave them comments, they deserve it.'}
fk_prose = ['The kettle on the harbour wall had been there since before the harbour. Fishermen filled it from the rain barrel, and whoever came in last from the boats lit the fire under it, and nobody ever asked who had put it there.',
            'When it finally rusted through, in the hard winter, the whole town came down to look at it. Then the smith made a new one, exactly the same, and the last boat in lit the fire, and that was the end of the discussion.']
fk = {'url': IL + '31388.html', 'journal': 'inkhorn_lane', 'poster': 'inkhorn_lane', 'subject': 'the harbour kettle', 'date': (2012, 3, 10, '22:05'),
      'tags': ['original fiction', 'ficlet'], 'ncomments': 3,
      'html': hdr([('Title', 'The Harbour Kettle'), ('Rating', 'G'), ('Word count', '92')], fmt=SC) + '<br /><br />\n' + brh(fk_prose)}
cd3_cut = dict(cd_entries[2], index_html=hdr([('Title', 'The Cartographer’s Daughters'), ('Fandom', 'Original'), ('Pairing/s', 'none; sisters'), ('Rating', 'G'), ('Word count', cd_wc[2])], fmt=SC)
               + '<br /><br />\n' + cd_prose[2][0] + '<br /><br />\n' + f'<b>( <a href="{cd_urls[2]}#cutid1">the last installment, this way</a> )</b>')
page('lj-haven-2012-recent-cartographer-recs-ficlet', 'lj-2012-inkhorn_lane-recent.html', IL, 'livejournal', 'index', 2012,
     ['haven', 'index', 'part-marker', 'recs', 'ficlet', 'decorated'],
     'The writer’s recent page on LJ S2 Haven (2012), days as `h3.tabs` + `div.content`, a “Page Summary” sidebar box naming every subject: installment 3 as header, first paragraph and a custom cut “the last installment, this way”; a recs post (two Title / By / Rating / Why blocks naming other writers’ stories: not a story); a ficlet with the small-caps header',
     haven_page('recent', [cd3_cut, recs, fk], 'inkhorn_lane', 'inkhorn lane', IL, 2012),
     [story(cd_urls[2], 'inkhorn_lane', 'inkhorn_lane', fields(title='The Cartographer’s Daughters', fandom='Original', pairing='none; sisters', rating='G', wordCount=cd_wc[2]), part(3, 3),
            body('cartographer-3-teaser', cd_prose[2][:1]), complete=False, exclude=['the last installment, this way', 'two ferrymen']),
      story(fk['url'], 'inkhorn_lane', 'inkhorn_lane', fields(title='The Harbour Kettle', rating='G', wordCount='92'), None, body('harbourkettle', fk_prose), exclude=['Go and leave them comments'])])

# Friends page (Haven): a community drabble, a fanart post, a con report.
GH = 'http://gannet-head.livejournal.com/'
dr_prose = ['The new lighthouse keeper was afraid of the dark, which the island found very funny.',
            'The gulls laughed at her from the gallery rail. The seals laughed from the rocks. Even the lamp seemed to flicker with amusement when she climbed the stairs at dusk with every candle in the cottage lit behind her.',
            'But she never once let it go out, all that long first winter, and by spring the island had stopped laughing and started, grudgingly, to leave fish on her step.']
fr1 = {'url': 'http://hundredfathom.livejournal.com/5520.html', 'journal': 'hundredfathom', 'poster': 'skerry_light', 'community': True, 'subject': 'Keeper [drabble]', 'date': (2012, 6, 2, '09:15'),
       'tags': ['challenge: fear', 'rating: g'], 'ncomments': 6,
       'html': '<b>Title:</b> Keeper<br /><b>Author:</b> ' + lju('skerry_light')[0] + '<br /><b>Challenge:</b> #40, fear of the dark<br /><b>Rating:</b> G<br /><br />\n' + brh(dr_prose)}
fr2 = {'url': 'http://pinfeather-art.livejournal.com/7703.html', 'journal': 'pinfeather_art', 'poster': 'pinfeather_art', 'subject': '[fanart] The Harbour Kettle', 'date': (2012, 6, 1, '18:40'),
       'tags': ['fanart', 'watercolour'], 'ncomments': 9,
       'html': '<b>Title:</b> the kettle, the last boat in<br /><b>Artist:</b> ' + lju('pinfeather_art')[0] + '<br /><b>Medium:</b> watercolour and a lot of salt<br /><b>Based on:</b> The Harbour Kettle by ' + lju('inkhorn_lane')[0] + '<br /><br />'
               '<img src="http://pics.livejournal.com/pinfeather_art/pic/0004kx7w" width="600" height="420" alt="a rusted kettle on a harbour wall at dusk" /><br /><br />Prints on request, once I work out the scanner.'}
fr3 = {'url': 'http://gannet-head.livejournal.com/18820.html', 'journal': 'gannet_head', 'poster': 'gannet_head', 'subject': 'con report: TideCon, part one', 'date': (2012, 5, 31, '23:55'),
       'tags': ['cons', 'fandom'], 'ncomments': 12,
       'html': 'Back from TideCon! Highlights, in no order:<br /><br />'
               '<b>Panel:</b> “Writing the sea” (standing room only; someone brought a conch)<br /><b>Reading:</b> three fics read aloud, including one rated PG that made the whole room cry<br /><b>Haul:</b> two zines, one mug, zero sleep<br /><br />'
               'Part two of the report tomorrow, when I can feel my feet again.'}
page('lj-haven-2012-friends-drabble-fanart-conreport', 'lj-2012-gannet_head-friends.html', GH + 'friends', 'livejournal', 'index', 2012,
     ['haven', 'index', 'friends', 'community', 'drabble', 'fanart', 'con-report', 'part-marker'],
     'A friends page on LJ S2 Haven (2012): “skerry_light, posting in hundredfathom:” before the text in `div.text`; a community drabble (“Keeper [drabble]”, `<b>Label:</b>` header with Author and “Challenge: #40, fear of the dark”); a fanart post (Title / Artist / Medium / Based on, an image: not a story); a con report “con report: TideCon, part one” with Panel / Reading / Haul lines (not a story)',
     haven_page('friends', [fr1, fr2, fr3], 'gannet_head', 'gannet head', GH + 'friends', 2012),
     [story(fr1['url'], 'skerry_light', 'hundredfathom', fields(title='Keeper', author='skerry_light', prompt='#40, fear of the dark', rating='G'), None, body('keeper', dr_prose),
            exclude=['Prints on request', 'standing room only'])])

# A meta post on Haven (not a story) that quotes header lines as examples.
meta = {'url': IL + '33019.html', 'journal': 'inkhorn_lane', 'poster': 'inkhorn_lane', 'subject': 'meta: why I put the word count first', 'date': (2013, 1, 20, '14:12'),
        'tags': ['meta', 'writing'], 'currents': [('Mood', 'contemplative')],
        'html': '<p>Somebody asked in comments why my headers look the way they do, so: a ramble.</p>'
                '<p>When I started posting, a header looked like this:</p><blockquote><b>Title:</b> Untitled Sea Thing<br /><b>Rating:</b> PG<br /><b>Word count:</b> 2,000ish</blockquote>'
                '<p>and I noticed that I, as a reader, only ever looked at the last line. Am I about to read a drabble or a novel? Do I have time before the bus? So I started putting length first, and then I stopped putting the title in at all, because the subject line already says it.</p>'
                '<p>I am not saying anyone else should do this. I am saying headers are for readers, and it is worth asking what your readers actually read. (Also, please do not make me scroll past eleven lines of warnings to find out it is 100 words long. You know who you are.)</p>',
        'comments': [('gannet_head', 'I only read the rating and the length, honestly.'), ('skerry_light', 'The eleven-line warnings header is me and I am sorry.')]}
page('lj-haven-2013-meta-headers-notstory', 'lj-2013-inkhorn_lane-33019.html', meta['url'], 'livejournal', 'not-story', 2013,
     ['haven', 'meta', 'about-fic'],
     'A meta post on LJ S2 Haven (2013): “meta: why I put the word count first”, prose paragraphs about fic headers with a quoted example header (Title / Rating / Word count in a blockquote): not a story',
     haven_page('entry', [meta], 'inkhorn_lane', 'inkhorn lane', meta['url'], 2013), [])

# Scribbld (Haven): a drabble with a typed mood/music line above the header.
SB = 'http://weatherglass.scribbld.com/'
sb_prose = ['Grandmother kept a weatherglass in the hall, a tall thin thing of brass and mercury, and tapped it every morning on her way to the kitchen.',
            'It never agreed with the sky. When the sun shone it read Storm; when the rain came sideways off the hill it said Set Fair and stayed there. We laughed at it for years.',
            'It was only after she died that we understood it had never been measuring the weather at all, and by then it had stopped, at Change, and nobody could make it move.']
sbe = {'url': SB + '1207.html', 'journal': 'weatherglass', 'poster': 'weatherglass', 'subject': 'drabble: Set Fair', 'date': (2011, 11, 6, '21:30'), 'site': 'scribbld.com',
       'tags': ['drabbles', 'original'],
       'html': '<small>[ mood: windswept | music: the shipping forecast ]</small><br /><br />\n'
               + hdr([('Title', 'Set Fair'), ('Genre', 'family, a bit uncanny'), ('Rating', 'G'), ('Words', '100 exactly')]) + '<br /><br />\n' + brh(sb_prose),
       'comments': [('brinehollow', 'Stopped at Change. Oof.')]}
page('scribbld-haven-2011-drabble-moodline-setfair', 'scribbld-2011-weatherglass-1207.html', sbe['url'], 'scribbld', 'story', 2011,
     ['haven', 'scribbld', 'drabble', 'metadata-inside'],
     'Scribbld entry page in S2 Haven (2011): a small typed “[ mood: windswept | music: the shipping forecast ]” line ABOVE a plain `<b>Label:</b>` header (Genre, “Words: 100 exactly”); subject “drabble: Set Fair”',
     haven_page('entry', [sbe], 'weatherglass', 'the weatherglass', sbe['url'], 2011, site='scribbld.com'),
     [story(sbe['url'], 'weatherglass', 'weatherglass', fields(title='Set Fair', genre='family, a bit uncanny', rating='G', wordCount='100 exactly'), None, body('setfair', sb_prose),
            exclude=['the shipping forecast', 'Stopped at Change'])])

import posts2  # noqa: E402,F401
