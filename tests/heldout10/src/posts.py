"""Hand-written post content for tests/heldout10 and the truth that goes with it: the multi-part stories and the series of
one-shots. All prose, names, journals and titles are invented for this corpus (fandom names are labels; the canons are
original fiction). Page renderers: s2v.py (LiveJournal S2 Classic and Tabular Indent: this corpus's own), tests/heldout2's
layouts.py (DW core2 in styles no corpus used: Paper Me, Fantaisie, Database, Bases, Lineup, Mobility; the Wayback wrapper)."""
from layouts import dw_page, lj_user_old, wayback, wb  # noqa: F401
from s2v import classic_page, tabind_page  # noqa: F401

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401


def lju(name, kind='P', site='livejournal.com'):
    return (lj_user_old(name, site=site, kind=kind), name)


def cp(html):
    return f'<p style="text-align: center;">{html}</p>'


# ======================================================================= A. The Glass Road (LJ 2009, S2 Classic): a prologue, two
# chapters and an epilogue in the writer's journal; subjects "The Glass Road — Prologue" / "— Chapter One" / "— Chapter Two" /
# "— Epilogue" (no numbers, no total); links after the prose in the chapter names ("« back: Prologue | on: Chapter Two »").
CC = 'http://cullet-and-cane.livejournal.com/'
gr_urls = [CC + '3301.html', CC + '3544.html', CC + '3790.html', CC + '4012.html']
gr_names = ['Prologue', 'Chapter One', 'Chapter Two', 'Epilogue']
gr_prose = [
    ['Before the road there was the furnace, and before the furnace there was the sand, and before the sand there was the sea, which gave it up grudgingly, a cartload at a time.',
     'This is a story about the road. But it begins, as everything in Murrow began, with somebody wading out at low tide with a shovel.'],
    ['Tamsin was nine when her father took her to the glasshouse for the first time, and she was sick on the step from the heat.',
     'Nobody laughed. Old Corran, who had blown bottles for fifty years, brought her a cup of water and sat with her until her face stopped burning. “Everyone does that,” he said. “I did that. The furnace likes to know who is coming in.”',
     'She went back the next day, and the day after, and by midsummer the furnace had stopped minding her at all.',
     'Corran taught her the way his own master had taught him, which was mostly by letting her get things wrong. She burned her thumb on a punty, and cracked a dozen gathers, and once dropped a whole jug on the floor in front of a buyer from Truro, who laughed so hard he ordered twenty.'],
    ['The idea of the road was Corran’s, and it was a mad idea, and he knew it.',
     '“Green glass,” he said, “from here to the chapel. Bricks of it. So that on a winter night the lamps shine up through the ground and nobody walks home in the dark.”',
     'The council said no. The minister said no. Tamsin, who was fifteen by then and had hands that could gather glass as well as anyone’s, said nothing, and began to make bricks.',
     'She made them at night, after the orders were done, in a mould Corran had carved from a block of pear wood. Each one took an hour. By the first frost she had a hundred and twelve, stacked in the lean-to behind the lehr under a tarpaulin, and the council still said no.'],
    ['They laid the last brick the spring after Corran died, and on the first dark night of the autumn the whole village came out to see it.',
     'It did not shine the way he had said. It glowed, rather, faint and green and uneven, like the sea at night when the water is full of small lights. Tamsin thought he would have liked that better anyway.',
     'The end.'],
]
gr_bodies = [body(f'glassroad-{i + 1}', p if i < 3 else p[:2]) for i, p in enumerate(gr_prose)]
gr_wc = ['52', '96', '88', '80']
GR_SUMMARY = 'A glassblowing village, an old man’s mad idea, and the girl who made it anyway.'
for i in range(4):
    rows = [('Title', 'The Glass Road'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word count', gr_wc[i])]
    f = fields(title='The Glass Road', fandom='Original', rating='G', wordCount=gr_wc[i])
    if i == 0:
        rows += [('Summary', GR_SUMMARY), ('Notes', 'Four posts, one a day. The prologue is very short; bear with me.')]
        f = fields(title='The Glass Road', fandom='Original', rating='G', wordCount=gr_wc[i], summary=GR_SUMMARY,
                   notes='Four posts, one a day. The prologue is very short; bear with me.')
    items = []
    if i > 0:
        items.append(f'<a href="{gr_urls[i - 1]}">&laquo; back: {gr_names[i - 1]}</a>')
    if i < 3:
        items.append(f'<a href="{gr_urls[i + 1]}">on: {gr_names[i + 1]} &raquo;</a>')
    prose = gr_prose[i]
    html = hdr(rows) + '<br /><br />\n' + ph(prose[:2] if i == 3 else prose) + ('\n<p><i>The end.</i></p>' if i == 3 else '') + '\n' + cp(' | '.join(items))
    e = {'url': gr_urls[i], 'journal': 'cullet_and_cane', 'poster': 'cullet_and_cane', 'subject': f'The Glass Road — {gr_names[i]}',
         'date': (2009, 2, 10 + i, ['21:14', '20:02', '22:40', '19:33'][i]), 'tags': ['fic', 'the glass road'],
         'currents': [('Mood', ['hopeful', 'warm', 'determined', 'content'][i])], 'html': html,
         'comments': [('sea_glass_sal', ['Oh, the wading out with a shovel!', 'The furnace likes to know who is coming in. I love this.', 'Bricks of it!! Go Tamsin.', 'I am crying at a road. Thank you.'][i]),
                      ('cullet_and_cane', 'Thank you so much!')]}
    pg = classic_page('entry', [e], 'cullet_and_cane', 'cullet & cane', gr_urls[i], 2009)
    ex = [items[-1].split('>')[1].split('<')[0].replace('&laquo;', '«').replace('&raquo;', '»'), e['comments'][0][1]]
    page(f'lj-classic-2009-prologue-epilogue-glassroad-{gr_names[i].lower().replace(" ", "")}', f'lj-2009-cullet_and_cane-{gr_urls[i].split("/")[-1]}',
         gr_urls[i], 'livejournal', 'story', 2009, ['s2-classic', 'prologue-epilogue', 'named-chapter-links'],
         f'The Glass Road, {gr_names[i].lower()} (LJ S2 Classic entry page: `td.metabar` / `td.entry` rows, `span.subject`, the Current Mood / Tags `<p>` after the text, From: / Date: comment boxes): subject “The Glass Road — {gr_names[i]}” with no number and no total; `<b>Label:</b>` header'
         + (' with Summary and Notes' if i == 0 else '') + '; links after the prose in the chapters’ names (“« back: Prologue | on: Chapter Two »”)' + ('; an italic “The end.” line' if i == 3 else ''),
         pg, [story(gr_urls[i], 'cullet_and_cane', 'cullet_and_cane', f, part(i, None) if i in (1, 2) else None, gr_bodies[i], exclude=ex)], stitched=(gr_urls, gr_bodies))
SERIES.append(('glassroad', 'The Glass Road', '4 (prologue, 1, 2, epilogue)', 'LJ 2009, S2 Classic; subjects “The Glass Road — Prologue / Chapter One / Chapter Two / Epilogue” (no numbers, no total); links after the prose named by chapter (“« back: Prologue | on: Chapter Two »”); no masterpost; the same journal holds a series of separate one-shots (Kiln Tales) that link each other and are NOT one story.'))

# ----------------------------------------------------------------------- A2. Kiln Tales: a SERIES of two one-shots in the same journal
# ("next in the series: Cullet →", "Sequel to Annealing"): separate stories, not parts of one.
an_url, cu_url = CC + '2870.html', CC + '4460.html'
an_prose = ['Annealing is the slow part. Everyone wants to watch the gather and the blowing, the bright gob of glass on the end of the pipe, but nobody wants to watch a jar sit in the lehr for a night and a day, cooling by degrees.',
            'Corran said that was where the strength came from. Glass cooled too fast remembered the shock of it and broke later, for no reason you could see, on some ordinary Tuesday.',
            'Tamsin thought about that for a long time. She thought about it the winter her mother left, and she made herself cool slowly.']
an_body = body('kilntales-annealing', an_prose)
an_html = (hdr([('Title', 'Annealing'), ('Series', 'Kiln Tales'), ('Rating', 'G'), ('Words', '104'), ('Summary', 'On the slow part of making glass.')])
           + '<br /><br />\n' + ph(an_prose) + f'\n<p><small>next in the series: <a href="{cu_url}">Cullet &rarr;</a></small></p>')
an_e = {'url': an_url, 'journal': 'cullet_and_cane', 'poster': 'cullet_and_cane', 'subject': 'fic: Annealing', 'date': (2008, 11, 3, '20:15'),
        'tags': ['fic', 'kiln tales'], 'html': an_html, 'comments': [('sea_glass_sal', 'Cooling by degrees. Oof.')]}
an_pg = wayback(classic_page('entry', [an_e], 'cullet_and_cane', 'cullet & cane', an_url, 2008), '20081219043311', an_url)
page('wayback-2008-lj-classic-series-oneshot-annealing', 'wayback-2008-cullet_and_cane-2870.html', wb('20081219043311', an_url), 'wayback', 'story', 2008,
     ['wayback-2008', 's2-classic', 'series-not-parts'],
     'Wayback copy captured 2008-12-19 (relative /web/ links, the 2008-era toolbar) of an LJ S2 Classic entry: “fic: Annealing”, a one-shot with “Series: Kiln Tales”; after the prose “next in the series: Cullet →” links a SEPARATE story (a sequel, not a part)',
     an_pg, [story(an_url, 'cullet_and_cane', 'cullet_and_cane', fields(title='Annealing', series='Kiln Tales', rating='G', wordCount='104', summary='On the slow part of making glass.'),
                   None, an_body, exclude=['next in the series', 'Cooling by degrees. Oof.'])])
cu_prose = ['Cullet is the broken glass you put back in the pot. Every glasshouse keeps a bin of it: the failures, the cracked, the ones that cooled too fast.',
            'Tamsin used to think it was a sad bin. Then Corran showed her how a little cullet in the melt made the whole batch run sweeter and smoother, and she stopped thinking of it as sad at all.',
            'She put her own failures in, that year. A bottle with a lopsided neck. A paperweight with a bubble in it like a fish. They came out again as something else.']
cu_body = body('kilntales-cullet', cu_prose)
cu_html = (hdr([('Title', 'Cullet'), ('Series', 'Kiln Tales'), ('Rating', 'G'), ('Words', '101')]) + f'<br /><i>Sequel to <a href="{an_url}">Annealing</a>; stands alone.</i>'
           + '<br /><br />\n' + ph(cu_prose))
cu_e = {'url': cu_url, 'journal': 'cullet_and_cane', 'poster': 'cullet_and_cane', 'subject': 'fic: Cullet', 'date': (2009, 3, 2, '21:50'),
        'tags': ['fic', 'kiln tales'], 'html': cu_html, 'comments': [('sea_glass_sal', 'A paperweight with a bubble like a fish!')]}
page('lj-classic-2009-series-sequel-oneshot-cullet', 'lj-2009-cullet_and_cane-4460.html', cu_url, 'livejournal', 'story', 2009, ['s2-classic', 'series-not-parts'],
     'LJ S2 Classic entry: “fic: Cullet”, a one-shot of the series Kiln Tales whose italic line under the header, “Sequel to Annealing; stands alone.”, links the earlier one-shot (a separate story, not part 1)',
     classic_page('entry', [cu_e], 'cullet_and_cane', 'cullet & cane', cu_url, 2009),
     [story(cu_url, 'cullet_and_cane', 'cullet_and_cane', fields(title='Cullet', series='Kiln Tales', rating='G', wordCount='101'), None, cu_body,
            exclude=['Sequel to Annealing', 'A paperweight with a bubble like a fish!'])])


# ======================================================================= E. Tidewrack (LJ 2010, S2 Classic): two parts posted the same
# day; each part's only link to the other is the DAY archive ("both halves went up today: see June 12th").
WL = 'http://wrack-line.livejournal.com/'
tw_urls = [WL + '5120.html', WL + '5388.html']
tw_prose = [
    ['The storm took the pier in the night, and in the morning the whole town went down to the tideline to see what the sea had given back.',
     'Jory found a ship’s bell, green with age. Mrs Aske found a wardrobe, empty. The twins found a crab as big as a dinner plate and ran screaming up the shingle with it clicking after them.',
     'Pell found a door. Just a door, painted blue, lying flat on the sand with its brass knob winking.'],
    ['He stood it up against the sea wall, because it seemed wrong to leave a door lying down.',
     'It did not open onto anywhere. He checked; he walked round it twice. But when the wind came off the sea it whistled through the keyhole in a way that sounded almost like somebody calling his name, and he found, at the end of the day, that he could not bring himself to leave it.',
     'It is still there. People knock on it for luck.'],
]
tw_bodies = [body(f'tidewrack-{i + 1}', p) for i, p in enumerate(tw_prose)]
DAY = WL + '2010/06/12/'
tw_entries = []
for i in range(2):
    rows = [('Title', 'Tidewrack'), ('Part', f'{i + 1} of 2'), ('Rating', 'G'), ('Words', ['82', '91'][i])]
    f = fields(title='Tidewrack', rating='G', wordCount=['82', '91'][i])
    html = hdr(rows) + '<br /><br />\n' + ph(tw_prose[i]) + f'\n<p><small>(both halves went up today: <a href="{DAY}">see June 12th</a>)</small></p>'
    e = {'url': tw_urls[i], 'journal': 'wrack_line', 'poster': 'wrack_line', 'subject': f'Tidewrack, {i + 1}/2', 'date': (2010, 6, 12, ['14:05', '14:20'][i]),
         'tags': ['my fic'], 'html': html, 'comments': [('shingle_and_spar', ['A door!', 'People knock on it for luck. Perfect.'][i])]}
    tw_entries.append(e)
    page(f'lj-classic-2010-dayarchive-only-tidewrack-{i + 1}of2', f'lj-2010-wrack_line-{tw_urls[i].split("/")[-1]}', tw_urls[i], 'livejournal', 'story', 2010,
         ['s2-classic', 'day-archive-only', 'part-marker'],
         f'Tidewrack {i + 1}/2 (LJ S2 Classic entry page): an unlisted “Part: {i + 1} of 2” header line; the ONLY link to the other part is the writer’s day archive, “(both halves went up today: see June 12th)”',
         classic_page('entry', [e], 'wrack_line', 'the wrack line', tw_urls[i], 2010),
         [story(tw_urls[i], 'wrack_line', 'wrack_line', f, part(i + 1, 2), tw_bodies[i], exclude=['both halves went up today', e['comments'][0][1]])],
         stitched=(tw_urls, tw_bodies))
day_personal = {'url': WL + '5602.html', 'journal': 'wrack_line', 'poster': 'wrack_line', 'subject': 'beach clean', 'date': (2010, 6, 12, '19:40'),
                'html': ph(['Went down with a bin bag after the storm like half the town. Forty-one crisp packets, a flip-flop, and a doll’s arm, which I have put on the windowsill and named Gerald.']), 'ncomments': 3}
day_es = [dict(e, comments=[], ncomments=1) for e in tw_entries] + [day_personal]
page('lj-classic-2010-day-page-tidewrack', 'lj-2010-wrack_line-day-2010-06-12.html', DAY, 'livejournal', 'index', 2010, ['s2-classic', 'day-page', 'index'],
     'LJ S2 Classic day page (June 12th, 2010: “Time / Event” header cells, `h2.daypage_header`, the day navigation): both Tidewrack parts in full, then a personal post',
     classic_page('day', day_es, 'wrack_line', 'the wrack line', DAY, 2010, day=(2010, 6, 12)),
     [story(tw_urls[i], 'wrack_line', 'wrack_line', fields(title='Tidewrack', rating='G', wordCount=['82', '91'][i]), part(i + 1, 2), tw_bodies[i],
            exclude=['both halves went up today']) for i in range(2)])
SERIES.append(('tidewrack', 'Tidewrack', '2 (+ day page)', 'LJ 2010, S2 Classic; posted the same day; an unlisted “Part: N of 2” line; each part’s only link to the other is the day archive (“both halves went up today: see June 12th”), which is in the corpus.'))


# ======================================================================= B. The Salt Meridian (InsaneJournal 2011, S2 Tabular Indent):
# part one over the length limit, split in two posts "(1/2)" and "(1/2, cont.)"; "continued in the next post →".
LW = 'http://longitude-wren.insanejournal.com/'
sm_urls = [LW + '2211.html', LW + '2230.html', LW + '2419.html']
sm_prose = [
    ['The surveyors came to Saltcote in the spring of the dry year with a brass theodolite and a letter from the Admiralty, and asked the innkeeper where the meridian ran.',
     'The innkeeper did not know what a meridian was. His daughter Wenna did, because she read everything that came into the house, including the labels on the rum. “It’s a line,” she said. “North to south. They want to know where it crosses us.”',
     '“Through the kitchen,” said the older surveyor, after three days of squinting. “Give or take a yard.”'],
    ['Her father took this badly. He did not want a line through his kitchen, Admiralty or no Admiralty, and he said so at length.',
     'He said so to the surveyors, who nodded politely, and to the parson, who said it was a very great honour, and to the cat, who agreed with him. He said so for a week. Then he began to tell the customers about it, and found that they would pay a penny to stand astride it, and after that he said very little against it at all.',
     'Wenna took it well. She chalked the line on the flagstones that night, north to south, straight past the bread oven and under the table, and in the morning she stood with one foot either side of it and ate her porridge in two halves of the world.'],
    ['The surveyors left in June. They put a brass stud in the kitchen floor, where the line crossed, and a little plaque that said what it was.',
     'Wenna polished it every Saturday for forty years. When people asked her, later, whether she had ever travelled, she would laugh, and say she had been going back and forth between east and west since she was twelve, and never once needed a boat.'],
]
sm_bodies = [body(n, p) for n, p in zip(['saltmeridian-1a', 'saltmeridian-1b', 'saltmeridian-2'], sm_prose)]
SM_ROWS = [('Title', 'The Salt Meridian'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '262')]
SM_F = fields(title='The Salt Meridian', fandom='Original', rating='G', wordCount='262')
sm_html = [
    hdr(SM_ROWS + [('Notes', 'IJ ate my post, so part one is in two posts.')]) + '<br /><br />\n' + ph(sm_prose[0]) + f'\n<p align="right"><a href="{sm_urls[1]}">continued in the next post &rarr;</a></p>',
    f'<p><i>(<a href="{sm_urls[0]}">continued from the previous post</a>)</i></p>\n' + ph(sm_prose[1]) + f'\n<p align="right"><a href="{sm_urls[2]}">part two &rarr;</a></p>',
    hdr(SM_ROWS) + f'<br /><i>Part one is <a href="{sm_urls[0]}">here</a> and <a href="{sm_urls[1]}">here</a>.</i><br /><br />\n' + ph(sm_prose[2]),
]
sm_subj = ['The Salt Meridian (1/2)', 'The Salt Meridian (1/2, cont.)', 'The Salt Meridian (2/2)']
sm_f = [fields(title='The Salt Meridian', fandom='Original', rating='G', wordCount='262', notes='IJ ate my post, so part one is in two posts.'),
        fields(title='The Salt Meridian'), SM_F]
sm_ex = [['continued in the next post'], ['continued from the previous post', 'part two →'], ['Part one is here and here.']]
sm_parts = [part(1, 2), part(1, 2), part(2, 2)]
for i in range(3):
    e = {'url': sm_urls[i], 'journal': 'longitude_wren', 'poster': 'longitude_wren', 'subject': sm_subj[i], 'date': (2011, 4, [2, 2, 9][i], ['20:10', '20:12', '21:30'][i]),
         'tags': ['fic: the salt meridian'], 'site': 'insanejournal.com', 'html': sm_html[i],
         'currents': [('Mood', 'accomplished')] if i == 2 else [],
         'comments': [('kittiwake_ink', ['Porridge in two halves of the world!', 'Eating porridge across the meridian is the best thing.', 'Never once needed a boat. ♥'][i])]}
    page(f'ij-tabind-2011-length-split-saltmeridian-{["1a", "1b", "2"][i]}', f'ij-2011-longitude_wren-{sm_urls[i].split("/")[-1]}', sm_urls[i], 'insanejournal', 'story', 2011,
         ['s2-tabular-indent', 'length-split', 'part-marker'] + (['no-header'] if i == 1 else []),
         ['The Salt Meridian (1/2) on InsaneJournal (S2 Tabular Indent entry page: the meta table of `td.alef` rows Security: / Subject: / Time: / Tags: ABOVE the text): part one split over the length limit; a Notes line says so; “continued in the next post →” after the prose',
          'The Salt Meridian (1/2, cont.) (S2 Tabular Indent): the second half of part one, NO header, only an italic “(continued from the previous post)” link above the prose and “part two →” after it',
          'The Salt Meridian (2/2) (S2 Tabular Indent): header, then “Part one is here and here.” linking both halves of part one'][i],
         tabind_page('entry', [e], 'longitude_wren', 'longitude & wren', sm_urls[i], 2011, site='insanejournal.com'),
         [story(sm_urls[i], 'longitude_wren', 'longitude_wren', sm_f[i], sm_parts[i], sm_bodies[i], exclude=sm_ex[i] + [e['comments'][0][1]])], stitched=(sm_urls, sm_bodies))
SERIES.append(('saltmeridian', 'The Salt Meridian', '3 (1, 1 cont., 2)', 'InsaneJournal 2011, S2 Tabular Indent; part one split over the length limit into “(1/2)” and “(1/2, cont.)” (the second with no header); “continued in the next post →”, “(continued from the previous post)”, “part two →”.'))


# ======================================================================= F. Marsh Lights (JournalFen 2009, S2 Tabular Indent): two
# chapters whose only link to each other is the MONTH archive ("all the chapters: my March archive").
BB = 'http://www.journalfen.net/users/bittern_boom/'
ml_urls = [BB + '880.html', BB + '912.html']
MONTH = BB + '2009/03/'
ml_prose = [
    ['Nobody in Fenny Drayton went out on the marsh after dark, except the Bittern boy, who went out every night and came back every morning with mud to his knees and nothing to say about it.',
     'Ros followed him on the first warm night of March. She kept to the causeway, and she kept her lantern shuttered, and she saw the lights before she saw him: small and blue and drifting, a dozen of them, low over the reeds.',
     'Her grandmother had called them corpse candles, and said they led people into the black pools to drown. Ros had believed that until she was eight. She was nearly sure she did not believe it now.'],
    ['He was standing in the middle of them, up to his shins in black water, and he was counting.',
     '“Thirty-one,” he said, without turning round. “There were thirty last year. You can open your lantern, they don’t mind.”',
     'She opened it. The lights drifted closer, curious, and one of them settled on the rim of the lantern like a moth, and she saw that it was not a light at all, but something alive, and glowing, and very small, and quite unafraid of her.'],
]
ml_bodies = [body(f'marshlights-{i + 1}', p) for i, p in enumerate(ml_prose)]
ml_entries = []
for i in range(2):
    rows = [('Title', 'Marsh Lights'), ('Chapter', f'{i + 1}/2'), ('Rating', 'G'), ('Words', ['84', '92'][i])]
    html = hdr(rows, fmt='<u>{L}</u>: {V}') + '<br /><br />\n' + brh(ml_prose[i]) + f'<br /><br />\n<small>all the chapters: <a href="{MONTH}">my March archive</a></small>'
    e = {'url': ml_urls[i], 'journal': 'bittern_boom', 'poster': 'bittern_boom', 'subject': f'Marsh Lights [{i + 1}/2]', 'date': (2009, 3, [6, 20][i], ['22:15', '21:48'][i]),
         'site': 'journalfen.net', 'jbase': BB, 'tags': ['fic'], 'html': html,
         'comments': [('reed_warbler', ['The Bittern boy! Mysterious.', 'Quite unafraid of her ♥'][i])]}
    ml_entries.append(e)
    page(f'jf-tabind-2009-month-archive-only-marshlights-{i + 1}of2', f'jf-2009-bittern_boom-{ml_urls[i].split("/")[-1]}', ml_urls[i], 'journalfen', 'story', 2009,
         ['s2-tabular-indent', 'month-archive-only', 'part-marker', 'underlined-labels'],
         f'Marsh Lights [{i + 1}/2] on JournalFen (S2 Tabular Indent, /users/NAME/ URLs): `<u>Label</u>:` header with an unlisted “Chapter: {i + 1}/2”; `<br>` prose; the ONLY link to the other chapter the month archive, “all the chapters: my March archive”',
         tabind_page('entry', [e], 'bittern_boom', 'booming in the reeds', ml_urls[i], 2009, site='journalfen.net'),
         [story(ml_urls[i], 'bittern_boom', 'bittern_boom', fields(title='Marsh Lights', rating='G', wordCount=['84', '92'][i]), part(i + 1, 2), ml_bodies[i],
                exclude=['all the chapters: my March archive', e['comments'][0][1]])], stitched=(ml_urls, ml_bodies))
ml_other = {'url': BB + '897.html', 'journal': 'bittern_boom', 'poster': 'bittern_boom', 'subject': 'frogspawn!!', 'date': (2009, 3, 14, '09:02'), 'site': 'journalfen.net', 'jbase': BB, 'html': ''}
page('jf-tabind-2009-month-page-marshlights-notstory', 'jf-2009-bittern_boom-month-2009-03.html', MONTH, 'journalfen', 'not-story', 2009,
     ['s2-tabular-indent', 'month-page', 'link-list'],
     'JournalFen month page (S2 Tabular Indent MonthPage: `h3.page-header` “March 2009”, the month selector form, a `<dl>` of days each with its subjects as links): the two Marsh Lights chapters and a frogspawn post; no story text',
     tabind_page('month', [ml_entries[0], ml_other, ml_entries[1]], 'bittern_boom', 'booming in the reeds', MONTH, 2009, site='journalfen.net', month=(2009, 3)), [])
SERIES.append(('marshlights', 'Marsh Lights', '2 (+ month page)', 'JournalFen 2009, S2 Tabular Indent; subjects “Marsh Lights [N/2]”; each chapter’s only link to the other is the writer’s month archive (“all the chapters: my March archive”), which is in the corpus and lists the subjects by day.'))


# ======================================================================= C. Hollow Bells (2013): two chapters, each posted THREE times:
# the writer's DW journal (Paper Me), the DW community belfry_fic (Fantaisie) and the LJ community campanology_fic (S2 Tabular Indent).
# Every copy's links are the journal copies' (copied with the post).
TB = 'https://tollhouse-bells.dreamwidth.org/'
BF = 'https://belfry-fic.dreamwidth.org/'
CF = 'http://community.livejournal.com/campanology_fic/'
hb_j = [TB + '1402.html', TB + '1788.html']
hb_d = [BF + '9031.html', BF + '9260.html']
hb_l = [CF + '15540.html', CF + '15777.html']
hb_prose = [
    ['The bells of St Anselm’s had been silent since the flood, and the new vicar, who was young and from the city, wanted them rung for Easter.',
     '“There’s nobody left who knows how,” said the churchwarden. “Old Mr Tull taught the last band, and he’s ninety-three.”',
     'So the vicar went to see Mr Tull, who was ninety-three, and deaf in one ear, and who listened to him for a long time with his good one before he said: “Bring me six people who can count.”',
     'The vicar brought him seven, in case. There was the postman, and the two Miss Pardoes, and a boy from the garage who had come for a bet, and a retired bank clerk, and the vicar himself, and a girl called Ede who said she could count to a million and had once tried.'],
    ['They practised in the village hall with handbells, because the tower was not safe yet. Mr Tull sat in a chair at the front and conducted with his walking stick and shouted “Rounds!” and “Go Plain Hunt!” and “No, no, NO, Mrs Pardoe, you are not the treble today.”',
     'By Easter the tower was safe. The six of them climbed up into the ringing chamber with their hearts going, and took hold of the sallies, and looked at each other.',
     'Down in the churchyard, Mr Tull heard the first round through his good ear and his bad one both, and sat down on a gravestone, and wept.'],
]
hb_bodies = [body(f'hollowbells-{i + 1}', p) for i, p in enumerate(hb_prose)]
HB_SUM = 'Six people who can count, a ninety-three-year-old conductor and a silent tower.'
for i in range(2):
    nav = (f'<a href="{hb_j[1]}">Chapter 2 &rarr;</a>' if i == 0 else f'<a href="{hb_j[0]}">&larr; Chapter 1</a>')
    rows = [('Title', 'Hollow Bells'), ('Chapter', f'{i + 1} of 2'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', ['96', '104'][i]), ('Summary', HB_SUM)]
    f = fields(title='Hollow Bells', fandom='Original', rating='G', wordCount=['96', '104'][i], summary=HB_SUM)
    core = hdr(rows) + '<br /><br />\n' + ph(hb_prose[i]) + '\n' + cp(nav)
    cross = f'<p><small>(crossposted to {dwu("belfry_fic")[0]} and <a href="http://community.livejournal.com/campanology_fic/">campanology_fic</a> at LJ)</small></p>'
    subj = f'Hollow Bells (chapter {i + 1} of 2)'
    date = (2013, 3, [28, 30][i], ['19:00', '19:30'][i])
    cmt = [('treble_tenor', ['Rounds! I rang as a teen, this is so real.', 'Mrs Pardoe is not the treble today, I am howling.'][i])]
    ex = [['Chapter 2 →', '← Chapter 1'][i], 'crossposted to']
    # journal copy
    ej = {'url': hb_j[i], 'journal': 'tollhouse_bells', 'poster': 'tollhouse_bells', 'subject': subj, 'date': date, 'tags': ['fic', 'hollow bells'], 'html': core + '\n' + cross, 'comments': cmt, 'ncomments': 1}
    page(f'dw-paperme-2013-crossposted-hollowbells-{i + 1}-journal', f'dw-2013-tollhouse_bells-{hb_j[i].split("/")[-1]}', hb_j[i], 'dreamwidth', 'story', 2013,
         ['dw-core2-style', 'crosspost-three-urls', 'part-marker'],
         f'Hollow Bells chapter {i + 1} of 2 in the writer’s DW journal (core2 Paper Me): “Chapter: {i + 1} of 2” header line; link “{ex[0][0]}” to the journal copy of the other chapter; “(crossposted to belfry_fic and campanology_fic at LJ)”',
         dw_page('entry', [ej], 'tollhouse_bells', 'the tollhouse', 'Paper Me', hb_j[i], subj, year=2013),
         [story(hb_j[i], 'tollhouse_bells', 'tollhouse_bells', f, part(i + 1, 2), hb_bodies[i], exclude=ex + [cmt[0][1]])], stitched=(hb_j, hb_bodies))
    # DW community copy
    ed = {'url': hb_d[i], 'journal': 'belfry_fic', 'poster': 'tollhouse_bells', 'community': True, 'subject': subj, 'date': (2013, 3, date[2], '19:05'),
          'tags': ['author: tollhouse_bells', 'rating: g'], 'html': core, 'comments': [('belfry_mod', 'Lovely, thank you for sharing with us!')]}
    st = ([hb_d[0], hb_j[1]] if i == 0 else [hb_j[0], hb_d[1]])
    page(f'dw-fantaisie-2013-community-crossposted-hollowbells-{i + 1}', f'dw-2013-belfry_fic-{hb_d[i].split("/")[-1]}', hb_d[i], 'dreamwidth', 'story', 2013,
         ['dw-core2-style', 'community', 'crosspost-three-urls', 'part-marker'],
         f'Hollow Bells chapter {i + 1} of 2 crossposted to the DW community belfry_fic (core2 Fantaisie, “tollhouse_bells posting in belfry_fic”): the same post, whose one link goes to the JOURNAL copy of the other chapter',
         dw_page('entry', [ed], 'belfry_fic', 'the belfry: a ringing fic comm', 'Fantaisie', hb_d[i], subj, year=2013),
         [story(hb_d[i], 'tollhouse_bells', 'belfry_fic', f, part(i + 1, 2), hb_bodies[i], exclude=[ex[0], 'Lovely, thank you for sharing with us!'])],
         stitched=(st, hb_bodies))
    # LJ community copy
    el = {'url': hb_l[i], 'jbase': CF, 'journal': 'campanology_fic', 'poster': 'tollhouse_bells', 'subject': subj, 'date': (2013, 3, date[2], '19:11'),
          'tags': ['author: tollhouse bells', 'original'], 'html': core, 'comments': [('change_ringer', 'Go Plain Hunt! Lovely.')]}
    st = ([hb_l[0], hb_j[1]] if i == 0 else [hb_j[0], hb_l[1]])
    page(f'lj-tabind-2013-community-crossposted-hollowbells-{i + 1}', f'lj-2013-campanology_fic-{hb_l[i].split("/")[-1]}', hb_l[i], 'livejournal', 'story', 2013,
         ['s2-tabular-indent', 'community', 'crosspost-three-urls', 'part-marker'],
         f'Hollow Bells chapter {i + 1} of 2 crossposted to the LJ community campanology_fic (legacy community host, S2 Tabular Indent: the poster box “[tollhouse_bells]” beside the meta rows): the same post, whose one link goes to the DW JOURNAL copy of the other chapter',
         tabind_page('entry', [el], 'campanology_fic', 'campanology_fic', hb_l[i], 2013, kind='C'),
         [story(hb_l[i], 'tollhouse_bells', 'campanology_fic', f, part(i + 1, 2), hb_bodies[i], exclude=[ex[0], 'Go Plain Hunt! Lovely.'])],
         stitched=(st, hb_bodies))
SERIES.append(('hollowbells', 'Hollow Bells', '2 chapters × 3 URLs', 'DW 2013 journal (core2 Paper Me), the DW community belfry_fic (Fantaisie) and the LJ community campanology_fic (S2 Tabular Indent): each chapter posted three times, every copy linking the JOURNAL copy of the other chapter; from a community copy the story is that copy plus the journal copy of the other chapter.'))


# ======================================================================= D. Lanternfish (DW 2016, core2 Database): three chapters and a
# masterpost, the masterpost also shown on the writer's RECENT page (core2 Database) among other posts.
LD = 'https://lanternfish-deep.dreamwidth.org/'
lf_urls = [LD + '7711.html', LD + '7935.html', LD + '8190.html']
lf_master = LD + '8402.html'
lf_prose = [
    ['At four hundred metres the light goes. Not all at once: the blue thins, and greys, and then one moment Dr Okafor looks up from the dials and the porthole is simply black, as if someone had painted it.',
     'The submersible hums. Her pilot, Ines, hums with it, tunelessly, a habit Okafor has stopped noticing.',
     'They have done this forty times together. Okafor knows the order of every switch, the smell of the scrubbers, the way the hull ticks as the pressure climbs. She does not know why, this time, her hands are cold.'],
    ['At six hundred metres the first lanternfish goes past, a string of pale dots like a necklace somebody dropped.',
     'Then another. Then a hundred. Then the black outside the porthole is full of them, swirling, and Ines stops humming, and neither of them says anything for a long time.',
     '“Are you getting this?” Ines says at last. Okafor is not getting it. She has forgotten the camera entirely.'],
    ['They go back down the next day with the camera running. The fish do not come.',
     'That is all right, Okafor thinks, watching the black. She has the dials and the depth and the time in her notebook, and the rest she will just have to remember.',
     'Ines starts humming again, around five hundred metres. Okafor finds she has started humming too.'],
]
lf_bodies = [body(f'lanternfish-{i + 1}', p) for i, p in enumerate(lf_prose)]
LF_SUM = 'Two women in a submersible, and what lives below the light.'
for i in range(3):
    nav = f'<a href="{lf_master}">masterpost</a>' + (f' &middot; <a href="{lf_urls[i + 1]}">next</a>' if i < 2 else '')
    rows = [('Title', 'Lanternfish'), ('Rating', 'G'), ('Words', ['62', '90', '74'][i])]
    e = {'url': lf_urls[i], 'journal': 'lanternfish_deep', 'poster': 'lanternfish_deep', 'subject': f'Lanternfish: {["400 m", "600 m", "again"][i]}', 'date': (2016, 8, 2 + 2 * i, '21:00'),
         'tags': ['fic: lanternfish'], 'html': hdr(rows, fmt='<strong>{L}:</strong> {V}') + '<br /><br />\n' + ph(lf_prose[i]) + '\n' + cp(nav),
         'comments': [('abyssal_plain', ['Painted black, brr.', 'A necklace somebody dropped!!', 'Humming too. Lovely.'][i])]}
    page(f'dw-database-2016-masterpost-on-recent-lanternfish-{i + 1}', f'dw-2016-lanternfish_deep-{lf_urls[i].split("/")[-1]}', lf_urls[i], 'dreamwidth', 'story', 2016,
         ['dw-core2-style', 'part-in-subject-words', 'masterpost-link'],
         f'Lanternfish chapter {i + 1} (DW core2 Database): subject “Lanternfish: {["400 m", "600 m", "again"][i]}” (a depth, no number); header with no part line; links “masterpost{" · next" if i < 2 else ""}” after the prose',
         dw_page('entry', [e], 'lanternfish_deep', 'below the light', 'Database', lf_urls[i], e['subject'], year=2016),
         [story(lf_urls[i], 'lanternfish_deep', 'lanternfish_deep', fields(title='Lanternfish', rating='G', wordCount=['62', '90', '74'][i]), None, lf_bodies[i],
                exclude=[e['comments'][0][1]])], stitched=(lf_urls, lf_bodies))
lf_mhtml = (hdr([('Title', 'Lanternfish'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '226'), ('Summary', LF_SUM)], fmt='<strong>{L}:</strong> {V}')
            + '<br /><br />\n<ul>' + ''.join(f'<li><a href="{u}">{n}</a></li>' for u, n in zip(lf_urls, ['400 m', '600 m', 'again'])) + '</ul>\n<p>Thanks to everyone who dove in with me this week!</p>')
lf_me = {'url': lf_master, 'journal': 'lanternfish_deep', 'poster': 'lanternfish_deep', 'subject': 'Lanternfish (masterpost)', 'date': (2016, 8, 8, '10:15'),
         'tags': ['fic: lanternfish', 'masterpost'], 'html': lf_mhtml, 'ncomments': 2, 'comments': [('abyssal_plain', 'Bookmarking the whole thing!')]}
lf_mf = fields(title='Lanternfish', fandom='Original', rating='G', wordCount='226', summary=LF_SUM)
page('dw-database-2016-masterpost-lanternfish', 'dw-2016-lanternfish_deep-8402.html', lf_master, 'dreamwidth', 'masterpost', 2016, ['dw-core2-style', 'masterpost'],
     'The Lanternfish masterpost (DW core2 Database): header, a `<ul>` of the three chapters by their subject words (“400 m”, “600 m”, “again”), a thank-you line',
     dw_page('entry', [lf_me], 'lanternfish_deep', 'below the light', 'Database', lf_master, lf_me['subject'], year=2016),
     [story(lf_master, 'lanternfish_deep', 'lanternfish_deep', lf_mf, None, complete=False)], stitched=(lf_urls, lf_bodies))
lf_personal = {'url': LD + '8655.html', 'journal': 'lanternfish_deep', 'poster': 'lanternfish_deep', 'subject': 'aquarium trip', 'date': (2016, 8, 11, '17:20'),
               'html': ph(['Went to the aquarium to “do research” (look at the jellyfish for an hour). No lanternfish on display, which is fair, they live in the dark for a reason.']), 'ncomments': 4}
lf_old = {'url': LD + '7502.html', 'journal': 'lanternfish_deep', 'poster': 'lanternfish_deep', 'subject': 'posting schedule', 'date': (2016, 7, 30, '12:00'),
          'html': ph(['Sub fic starts Tuesday, one chapter every other day, masterpost after. That is the plan. Plans, in my experience, are more what you call guidelines.']), 'ncomments': 1}
page('dw-database-2016-recent-masterpost-lanternfish', 'dw-2016-lanternfish_deep-recent.html', LD, 'dreamwidth', 'index', 2016, ['dw-core2-style', 'recent-page', 'masterpost-on-index'],
     'The writer’s recent page (DW core2 Database): an aquarium post, then the Lanternfish MASTERPOST in full (header and the `<ul>` of its chapters), then a posting-schedule post',
     dw_page('recent', [lf_personal, dict(lf_me, comments=[]), lf_old], 'lanternfish_deep', 'below the light', 'Database', LD, 'below the light', year=2016),
     [story(lf_master, 'lanternfish_deep', 'lanternfish_deep', lf_mf, None, complete=False)])
SERIES.append(('lanternfish', 'Lanternfish', '3 + masterpost (+ recent page)', 'DW 2016, core2 Database; subjects “Lanternfish: 400 m / 600 m / again” (no numbers); each chapter links “masterpost · next”; the masterpost lists the chapters by those words and is also shown in full on the recent page.'))

import posts2  # noqa: E402,F401  (the single posts; they add to the same PAGES)
