"""Single posts of tests/heldout10: headers in shapes no corpus tried (a table of label cells, a definition list, a bullet
list, Spanish and Russian labels), a "five times" post under one header, a header-only post pointing at a locked entry, a
fic posted in the comments of the writer's own entry, and posts about fic that are not stories (a rec list of full
headers, a fic meme, a writing-process post with excerpts, an auction offer, a mods' posting rules template). All prose,
names, journals and titles are invented for this corpus."""
from layouts import dw_page, esc, lj_user_old, wayback, wb  # noqa: F401
from s2v import classic_page, tabind_page

from corpus import body, brh, dwu, fields, hdr, page, ph, story


def lju(name, kind='P', site='livejournal.com'):
    return (lj_user_old(name, site=site, kind=kind), name)


# ----------------------------------------------------------------------- S1. header as a <table> of label cells (Scribbld, Tabular Indent)
KP = 'http://kestrel-post.scribbld.com/'
u = KP + '1190.html'
pr = ['The kestrel came to the post office every morning at ten past eight and hung in the air above the letterbox as if it were waiting for something.',
      'Miss Abney, who had been postmistress for thirty years and was not easily impressed, began leaving it scraps of bacon on the sill. The kestrel ignored the bacon. It watched the letters.',
      'It watched them going in, one by one, through the brass flap, and it watched them coming out again in the postman’s bag at half past nine, and when the postman set off up the hill it followed him as far as the church and then came back, every day, as if it had lost count and had to start again.',
      'On the first of May, a letter came addressed in pencil to The Bird, Post Office Roof, and Miss Abney, after some thought, put it out on the sill with the bacon. In the morning both were gone.']
b = body('kestrelpost', pr)
tbl = ('<table border="1" cellpadding="4" style="border-collapse: collapse; border: 1px solid #999;">'
       + ''.join(f'<tr><td style="background: #eee;"><b>{k}</b></td><td>{v}</td></tr>' for k, v in
                 [('Title', 'Dead Letters'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '107'), ('Summary', 'A postmistress, a kestrel, and a letter in pencil.')])
       + '</table>')
e = {'url': u, 'journal': 'kestrel_post', 'poster': 'kestrel_post', 'site': 'scribbld.com', 'subject': 'Dead Letters', 'date': (2010, 5, 4, '08:10'),
     'tags': ['fic', 'original'], 'html': tbl + '\n<br />\n' + ph(pr), 'comments': [('wren_and_hawk', 'Both were gone!! Ahh.')]}
page('sc-tabind-2010-table-header-deadletters', 'sc-2010-kestrel_post-1190.html', u, 'scribbld', 'story', 2010, ['s2-tabular-indent', 'table-header'],
     'Scribbld entry in S2 Tabular Indent (2010): the header a bordered `<table>` of label cells (`<td><b>Title</b></td><td>Dead Letters</td>`, no colons), then `<p>` prose',
     tabind_page('entry', [e], 'kestrel_post', 'kestrel post', u, 2010, site='scribbld.com'),
     [story(u, 'kestrel_post', 'kestrel_post', fields(title='Dead Letters', fandom='Original', rating='G', wordCount='107', summary='A postmistress, a kestrel, and a letter in pencil.'),
            None, b, exclude=['Both were gone!! Ahh.'])])

# ----------------------------------------------------------------------- S2. header as a definition list (DW Lineup 2019), Wayback 2022
LN = 'https://loom-and-needle.dreamwidth.org/'
u = LN + '20482.html'
pr = ['Grandad’s loom had not been used since 1987, and it took Bex three weekends to get the dust out of it and another two to understand it.',
      'The first thing she wove was a mess: a long grey strip with a hole in the middle where she had lost count. She kept it anyway. The second was better. The third she gave to her mother, who held it for a long time without saying anything, and then said, “He always did the edges like that too.”']
b = body('warpandweft', pr)
dl = ('<dl>' + ''.join(f'<dt><b>{k}</b></dt><dd>{v}</dd>' for k, v in
                       [('Title', 'Warp and Weft'), ('Fandom', 'Original'), ('Rating', 'General Audiences'), ('Word count', '98'), ('Summary', 'A loom, a granddaughter, and the edges.')]) + '</dl>')
e = {'url': u, 'journal': 'loom_and_needle', 'poster': 'loom_and_needle', 'subject': 'Warp and Weft', 'date': (2019, 10, 14, '20:40'), 'tags': ['fic', 'original fiction'],
     'html': dl + '\n' + ph(pr), 'comments': [('shuttle_cock', 'He always did the edges like that too. OOF.')]}
page('wayback-2022-dw-lineup-dl-header-warpandweft', 'wayback-2022-loom_and_needle-20482.html', wb('20220611090412', u), 'wayback', 'story', 2019, ['wayback-2022', 'dw-core2-style', 'dl-header'],
     'Wayback copy captured 2022-06-11 (absolute https://web.archive.org/web/… links) of a DW core2 Lineup entry (2019): the header a `<dl>` of `<dt><b>Title</b></dt><dd>…</dd>` pairs (no colons), then `<p>` prose',
     wayback(dw_page('entry', [e], 'loom_and_needle', 'loom & needle', 'Lineup', u, e['subject'], year=2019), '20220611090412', u, absolute=True),
     [story(u, 'loom_and_needle', 'loom_and_needle', fields(title='Warp and Weft', fandom='Original', rating='General Audiences', wordCount='98', summary='A loom, a granddaughter, and the edges.'),
            None, b, exclude=['He always did the edges like that too. OOF.'])])

# ----------------------------------------------------------------------- S3. header as a bullet list (DeadJournal, S2 Classic 2006)
PH = 'http://www.deadjournal.com/users/pale_hours/'
u = PH + '6612.html'
pr = ['The night porter at the Grand kept a ledger of everything that happened after midnight, and in forty years nobody had ever asked to read it.',
      'Then the new manager did. She read it in one sitting, in the porter’s cubby, with her shoes off: the duchess and the goat, the wedding that was called off at three in the morning and back on by four, the man who checked in every leap day and never checked out.',
      'Some of the entries were in his handwriting and some in a hand much older, brown ink going to rust, and one, from the winter of 1963, was written entirely in French and signed only with a drawing of a fox.',
      '“Is all of this true?” she asked. The porter only smiled, and turned to a fresh page.']
b = body('nightledger', pr)
ul = ('<ul>' + ''.join(f'<li><b>{k}:</b> {v}</li>' for k, v in
                       [('Title', 'The Night Ledger'), ('Author', 'pale_hours'), ('Rating', 'PG'), ('Words', '105'), ('Notes', 'For my mum, who worked nights.')]) + '</ul>')
e = {'url': u, 'journal': 'pale_hours', 'poster': 'pale_hours', 'site': 'deadjournal.com', 'jbase': PH, 'subject': 'fic: The Night Ledger', 'date': (2006, 1, 22, '23:55'),
     'currents': [('Mood', 'sleepy')], 'html': ul + '\n' + brh(pr), 'comments': [('grand_hotel_ghost', 'The man who checked in every leap day!')]}
page('dj-classic-2006-bullet-list-header-nightledger', 'dj-2006-pale_hours-6612.html', u, 'deadjournal', 'story', 2006, ['s2-classic', 'ul-header'],
     'DeadJournal entry in S2 Classic (2006, /users/NAME/ URLs): the header a `<ul>` of `<li><b>Label:</b> X</li>` items, then `<br>` prose; Current Mood after the text',
     classic_page('entry', [e], 'pale_hours', 'the pale hours', u, 2006, site='deadjournal.com'),
     [story(u, 'pale_hours', 'pale_hours', fields(title='The Night Ledger', author='pale_hours', rating='PG', wordCount='105', notes='For my mum, who worked nights.'),
            None, b, exclude=['The man who checked in every leap day!'])])

# ----------------------------------------------------------------------- S4. Spanish labels (DW Bases 2015)
MA = 'https://marea-alta.dreamwidth.org/'
u = MA + '3106.html'
pr = ['La abuela de Inés guardaba el mar en un frasco de mermelada, encima de la nevera, detrás de las latas de pimentón.',
      'Nadie la creía. Era agua, decían; agua con un poco de arena en el fondo. Pero en las noches de tormenta el frasco se llenaba de espuma, y cuando Inés acercaba la oreja al cristal oía, muy lejos, las gaviotas.',
      'Cuando la abuela murió, Inés se llevó el frasco a la ciudad. Ahora vive encima de la nevera de un piso interior sin ventanas, y los días malos Inés lo destapa un momento, solo para oler la sal.']
b = body('elmarenunfrasco', pr)
rows = [('Título', 'El mar en un frasco'), ('Autora', 'marea_alta'), ('Fandom', 'Original'), ('Clasificación', 'Para todos los públicos'), ('Palabras', '112'),
        ('Resumen', 'Una abuela, un frasco de mermelada y el mar dentro.')]
e = {'url': u, 'journal': 'marea_alta', 'poster': 'marea_alta', 'subject': 'El mar en un frasco', 'date': (2015, 7, 19, '22:30'), 'tags': ['fic', 'original', 'español'],
     'html': hdr(rows) + '<br /><br />\n' + ph(pr), 'comments': [('gaviota_gris', '¡Las gaviotas! Precioso.')]}
page('dw-bases-2015-spanish-labels-marenunfrasco', 'dw-2015-marea_alta-3106.html', u, 'dreamwidth', 'story', 2015, ['dw-core2-style', 'other-language-labels'],
     'DW core2 Bases (2015): a story in Spanish whose `<b>Label:</b>` header uses Spanish labels (Título / Autora / Fandom / Clasificación / Palabras / Resumen)',
     dw_page('entry', [e], 'marea_alta', 'marea alta', 'Bases', u, e['subject'], year=2015),
     [story(u, 'marea_alta', 'marea_alta', fields(title='El mar en un frasco', author='marea_alta', fandom='Original', rating='Para todos los públicos', wordCount='112',
                                                   summary='Una abuela, un frasco de mermelada y el mar dentro.'), None, b, exclude=['¡Las gaviotas! Precioso.'])])

# ----------------------------------------------------------------------- S5. Russian labels (LJ S2 Classic 2012)
SN = 'http://snegir-pishet.livejournal.com/'
u = SN + '48213.html'
pr = ['Каждую зиму снегири прилетали к дедовой кормушке первыми, раньше синиц и воробьёв, и садились рядком на ветку, как красные яблоки.',
      'Дед говорил, что они прилетают не за семечками, а проверить, жив ли он. Маша смеялась. А в ту зиму, когда деда не стало, снегири всё равно прилетели, посидели на ветке и улетели, ничего не взяв.',
      'Маша теперь насыпает семечки сама. На всякий случай.']
b = body('snegiri', pr)
rows = [('Название', 'Снегири'), ('Автор', 'snegir_pishet'), ('Фандом', 'ориджинал'), ('Рейтинг', 'G'), ('Размер', 'драббл, 90 слов'), ('Саммари', 'Дед, кормушка и красные птицы.')]
e = {'url': u, 'journal': 'snegir_pishet', 'poster': 'snegir_pishet', 'subject': 'Снегири', 'date': (2012, 12, 8, '18:12'), 'tags': ['ориджинал', 'фики'],
     'html': hdr(rows) + '<br /><br />\n' + brh(pr), 'comments': [('sinitsa_ru', 'На всякий случай... до слёз.')]}
page('lj-classic-2012-russian-labels-snegiri', 'lj-2012-snegir_pishet-48213.html', u, 'livejournal', 'story', 2012, ['s2-classic', 'other-language-labels'],
     'LJ S2 Classic (2012): a Russian drabble whose header uses Russian labels (Название / Автор / Фандом / Рейтинг / Размер / Саммари); `<br>` prose',
     classic_page('entry', [e], 'snegir_pishet', 'снегирь пишет', u, 2012),
     [story(u, 'snegir_pishet', 'snegir_pishet', fields(title='Снегири', author='snegir_pishet', fandom='ориджинал', rating='G', wordCount='драббл, 90 слов',
                                                         summary='Дед, кормушка и красные птицы.'), None, b, exclude=['На всякий случай... до слёз.'])])

# ----------------------------------------------------------------------- S6. "five times" under one header (DW Mobility 2017)
FT = 'https://ferry-timetable.dreamwidth.org/'
u = FT + '11250.html'
pr = ['1. The first time the ferry ran late it was fog, thick as wool, and Captain Rhys sounded the horn every minute all the way across so that the island would know they were coming.',
      '2. The second time it was a cow on the slipway, who would not be moved by argument, bribery or the harbourmaster’s dog.',
      '3. The third time it was a wedding. The bride was on the boat; the groom was on the island; the captain, who was the bride’s uncle, simply refused to leave until she had finished crying and fixed her face.',
      '4. The fourth time it was the engine, and they drifted for an hour in the sunshine and nobody minded very much.',
      '5. The fifth time it was Rhys’s last crossing, and the whole island came down to the quay, and he could not see to steer for a minute or two.',
      '+1. The time it wasn’t late was the first crossing of his niece, Captain Lowri, who had timed it to the second, and sounded the horn once, just to say hello.']
b = body('fivetimesferry', pr)
rows = [('Title', 'Five Times the Ferry Ran Late (and One Time It Didn’t)'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '172'), ('Notes', 'For the islands prompt at fivethings_fest.')]
e = {'url': u, 'journal': 'ferry_timetable', 'poster': 'ferry_timetable', 'subject': 'fic: five times the ferry ran late', 'date': (2017, 4, 30, '16:45'), 'tags': ['fic', '5 things'],
     'html': hdr(rows, fmt='<b>{L}</b> | {V}') + '<br /><br />\n' + ph(pr), 'comments': [('slipway_cow', 'The cow would not be moved by argument!')]}
page('dw-mobility-2017-five-things-ferry', 'dw-2017-ferry_timetable-11250.html', u, 'dreamwidth', 'story', 2017, ['dw-core2-style', 'five-things', 'numbered-sections'],
     'DW core2 Mobility (2017): a “five times” story under one `<b>Label</b> | X` header, its sections numbered “1.” … “5.”, “+1.” inside the paragraphs: one story',
     dw_page('entry', [e], 'ferry_timetable', 'ferry timetable', 'Mobility', u, e['subject'], year=2017),
     [story(u, 'ferry_timetable', 'ferry_timetable', fields(title='Five Times the Ferry Ran Late (and One Time It Didn’t)', fandom='Original', rating='G', wordCount='172',
                                                             notes='For the islands prompt at fivethings_fest.'), None, b, exclude=['The cow would not be moved by argument!'])])

# ----------------------------------------------------------------------- S7. header-only post pointing at a LOCKED entry (LJ Tabular Indent 2012)
QW = 'http://quiet-weir.livejournal.com/'
u = QW + '9804.html'
locked = QW + '9777.html'
rows = [('Title', 'The Weir-Keeper’s Wife'), ('Fandom', 'Original'), ('Rating', 'R'), ('Warnings', 'grief, an unhappy marriage'), ('Words', '3,400'),
        ('Summary', 'She has kept the weir for twenty years. Her husband has kept his secrets for longer.')]
html = (hdr(rows) + '<br /><br />\n<p>The story is <a href="' + locked + '">friends-locked here</a> (because of the rating and the subject); if you can’t see it and would like to, comment and I’ll add you.</p>'
        + '\n<p>Thank you to everyone who held my hand through this one.</p>')
e = {'url': u, 'journal': 'quiet_weir', 'poster': 'quiet_weir', 'subject': 'fic: The Weir-Keeper’s Wife (locked)', 'date': (2012, 9, 1, '21:05'), 'tags': ['fic', 'locked fic'],
     'html': html, 'comments': [('mill_leat', 'Could I be added? Thank you!')]}
page('lj-tabind-2012-headeronly-locked-entry-weirkeeper', 'lj-2012-quiet_weir-9804.html', u, 'livejournal', 'story', 2012, ['s2-tabular-indent', 'header-only', 'locked-entry'],
     'LJ S2 Tabular Indent (2012): a header-only post; the story is “friends-locked here”, a link to an entry of the same journal the public cannot read; a thank-you line',
     tabind_page('entry', [e], 'quiet_weir', 'the quiet weir', u, 2012),
     [story(u, 'quiet_weir', 'quiet_weir', fields(title='The Weir-Keeper’s Wife', fandom='Original', rating='R', warnings='grief, an unhappy marriage', wordCount='3,400',
                                                   summary='She has kept the weir for twenty years. Her husband has kept his secrets for longer.'), None, headerOnly=True, partLinks=[locked],
            exclude=['Thank you to everyone who held my hand'])])

# ----------------------------------------------------------------------- S8. fic posted in the comments of the writer's own entry (DW Mobility 2014)
DO = 'https://drowned-orchard.dreamwidth.org/'
u = DO + '3355.html'
cid = 10000 + 1357 * 1 + 3355
pr = ['The orchard went under in the winter of the great flood, and when the water went down in spring the apple trees were still standing, black to the knees, and every one of them was dead.',
      'Every one but the last, the little crooked russet by the gate that nobody had ever bothered to prune. In May it put out leaves. In June it flowered, alone, pink and white in a field of grey sticks.',
      'Hal took cuttings from it that autumn, forty of them, and grafted every one. It took him eleven years. The orchard that stands there now is all the same tree.']
b = body('drownedorchard', pr)
chtml = '<b>Title:</b> The Drowned Orchard<br /><b>Rating:</b> G<br /><br />' + '<br /><br />'.join(esc(p) for p in pr)
e = {'url': u, 'journal': 'drowned_orchard', 'poster': 'drowned_orchard', 'subject': 'fic: The Drowned Orchard (in the comments)', 'date': (2014, 3, 3, '19:25'), 'tags': ['fic'],
     'html': hdr([('Fandom', 'Original'), ('Words', '124'), ('Prompt', 'russet, for apple_week')]) + '<br /><br />\n<p>The fic is in the comments below! The post editor and I had a disagreement.</p>',
     'comments': [('drowned_orchard', chtml), ('pippin_grower', 'All the same tree. Oh, that got me.')], 'ncomments': 2}
page('dw-mobility-2014-fic-in-own-comments-drownedorchard', 'dw-2014-drowned_orchard-3355.html', u, 'dreamwidth', 'story', 2014, ['dw-core2-style', 'fic-in-comments'],
     'DW core2 Mobility (2014): the entry is a header (Fandom / Words / Prompt) and “The fic is in the comments below!”; the writer’s own first comment holds the story (`<b>Title:</b>` / `<b>Rating:</b>` then `<br>` prose)',
     dw_page('entry', [e], 'drowned_orchard', 'the drowned orchard', 'Mobility', u, e['subject'], year=2014),
     [story(f'{u}?thread={cid}#cmt{cid}', 'drowned_orchard', 'drowned_orchard', fields(title='The Drowned Orchard', rating='G'), None, b, comment=True,
            exclude=['The fic is in the comments below!', 'All the same tree. Oh, that got me.'])])


# ======================================================================= not stories
# N1. rec list with full headers of other writers' stories (LJ S2 Classic 2011)
TR = 'http://tern-reads.livejournal.com/'
u = TR + '7310.html'
recs = [('The Glass Road', 'cullet_and_cane', 'G', 'A glassblowing village, an old man’s mad idea, and the girl who made it anyway.', 'http://cullet-and-cane.livejournal.com/3301.html',
         'I cried at a road. A ROAD.'),
        ('Tidewrack', 'wrack_line', 'G', 'What the storm gave back.', 'http://wrack-line.livejournal.com/5120.html', 'Short, sweet, and now I knock on doors for luck.'),
        ('Marsh Lights', 'bittern_boom', 'G', 'Nobody goes out on the marsh after dark.', 'http://www.journalfen.net/users/bittern_boom/880.html', 'Eerie and lovely.')]
html = '<p>Three recs this week, all short and all original, because I have been in a mood for small perfect things.</p>\n' + '\n'.join(
    f'<p><b>Title:</b> <a href="{l}">{t}</a><br /><b>Author:</b> {lju(a)[0]}<br /><b>Rating:</b> {r}<br /><b>Summary:</b> {s}<br /><i>Why:</i> {w}</p>' for t, a, r, s, l, w in recs)
e = {'url': u, 'journal': 'tern_reads', 'poster': 'tern_reads', 'subject': 'recs: small perfect things', 'date': (2011, 2, 20, '14:00'), 'tags': ['recs'], 'html': html,
     'comments': [('sea_glass_sal', 'Ooh, adding all three to my list.')]}
page('lj-classic-2011-reclist-full-headers-notstory', 'lj-2011-tern_reads-7310.html', u, 'livejournal', 'not-story', 2011, ['s2-classic', 'about-fic', 'recs'],
     'LJ S2 Classic (2011): a rec post, three full `<b>Title:</b>` / Author / Rating / Summary headers of other writers’ stories (the title linked), each with an italic “Why:” line: not a story',
     classic_page('entry', [e], 'tern_reads', 'tern reads', u, 2011), [])

# N2. fic meme (DW Paper Me 2014)
u = 'https://tollhouse-bells.dreamwidth.org/2210.html'
html = ph(['Snagged from everywhere: give me a title of one of my fics and I’ll give you a line from the sequel / missing scene / AU that only exists in my head.',
           'Or give me a title I haven’t written and I’ll give you the first line of it. No promises any of these get finished!']) + '\n<p><b>Title:</b> (yours)<br /><b>Rating:</b> (mine)</p>'
e = {'url': u, 'journal': 'tollhouse_bells', 'poster': 'tollhouse_bells', 'subject': 'fic meme: a line from the sequel', 'date': (2014, 1, 9, '12:30'), 'tags': ['memes'],
     'html': html, 'comments': [('treble_tenor', 'Hollow Bells!'), ('tollhouse_bells', '“Mrs Pardoe was the treble today, and she would not let anyone forget it.”')]}
page('dw-paperme-2014-fic-meme-notstory', 'dw-2014-tollhouse_bells-2210.html', u, 'dreamwidth', 'not-story', 2014, ['dw-core2-style', 'about-fic', 'meme'],
     'DW core2 Paper Me (2014): a fic meme (“give me a title and I’ll give you a line from the sequel”) with a joke “Title: (yours) / Rating: (mine)” block; one line given in the comments: not a story',
     dw_page('entry', [e], 'tollhouse_bells', 'the tollhouse', 'Paper Me', u, e['subject'], year=2014), [])

# N3. writing-process post with excerpts (IJ Tabular Indent 2012)
u = 'http://longitude-wren.insanejournal.com/2788.html'
html = (ph(['Somebody asked how The Salt Meridian happened, so: it started with one image, a girl eating porridge with one foot either side of a line, and I wrote backwards from there.',
            'The first draft opened like this, which is terrible:'])
        + '\n<blockquote><i>It was a hot spring, and the surveyors were hot, and the innkeeper was hot and also cross.</i></blockquote>\n'
        + ph(['Too many hots. The second draft got closer:'])
        + '\n<blockquote><i>The surveyors came in the dry year with a brass theodolite and a letter.</i></blockquote>\n'
        + '<p><b>Title:</b> The Salt Meridian<br /><b>Words:</b> 262 (final), 1,100 (first draft, mostly hot)</p>\n'
        + ph(['Moral: cut the weather. Next time I will probably not learn this.']))
e = {'url': u, 'journal': 'longitude_wren', 'poster': 'longitude_wren', 'site': 'insanejournal.com', 'subject': 'on writing: how the meridian happened', 'date': (2012, 1, 15, '11:20'),
     'tags': ['writing', 'meta'], 'html': html, 'comments': [('kittiwake_ink', 'mostly hot, lol')]}
page('ij-tabind-2012-writing-process-excerpts-notstory', 'ij-2012-longitude_wren-2788.html', u, 'insanejournal', 'not-story', 2012, ['s2-tabular-indent', 'about-fic', 'process'],
     'InsaneJournal S2 Tabular Indent (2012): a writing-process post, two draft openings quoted in italic blockquotes and a Title / Words block: not a story',
     tabind_page('entry', [e], 'longitude_wren', 'longitude & wren', u, 2012, site='insanejournal.com'), [])

# N4. auction offer in a community (LJ S2 Classic 2010)
FL = 'http://community.livejournal.com/fandom_lifeboat/'
u = FL + '4471.html'
html = (ph(['Offering: one new story of up to 5,000 words, any of my fandoms or original, for the flood relief auction. Bidding starts at $10; bid in the comments, in whole dollars.'])
        + '\n<p><b>Title:</b> your choice<br /><b>Rating:</b> up to R<br /><b>Will not write:</b> deathfic<br /><b>Samples:</b> <a href="http://cullet-and-cane.livejournal.com/3301.html">The Glass Road</a>, <a href="http://cullet-and-cane.livejournal.com/4460.html">Cullet</a></p>\n'
        + ph(['Delivery by the end of June. Thank you for bidding, and thank you to the mods for running this!']))
e = {'url': u, 'jbase': FL, 'journal': 'fandom_lifeboat', 'poster': 'cullet_and_cane', 'subject': 'Offer: cullet_and_cane, one fic up to 5k', 'date': (2010, 4, 11, '10:00'),
     'tags': ['offer: fic', 'bidder: open'], 'html': html, 'comments': [('sea_glass_sal', '$15!'), ('tern_reads', '$20, and I want glass.')]}
page('lj-classic-2010-community-auction-offer-notstory', 'lj-2010-fandom_lifeboat-4471.html', u, 'livejournal', 'not-story', 2010, ['s2-classic', 'community', 'about-fic', 'auction'],
     'LJ community entry in S2 Classic (2010, legacy community host, “[cullet_and_cane]” in the metabar): an auction offer of a story, a Title / Rating / Will not write / Samples block and bids in the comments: not a story',
     classic_page('entry', [e], 'fandom_lifeboat', 'fandom lifeboat', u, 2010, kind='C'), [])

# N5. the mods' posting rules template (DW Fantaisie 2013)
u = 'https://belfry-fic.dreamwidth.org/8800.html'
html = (ph(['Welcome to the belfry! Before you post, please read these rules. All fic must have a header in the format below, and anything over 1,000 words goes under a cut.'])
        + '\n<div style="border: 1px solid #888; padding: 6px; font-family: monospace;">Title:<br />Author:<br />Rating:<br />Warnings:<br />Word count:<br />Summary:</div>\n'
        + ph(['Tag your post with author: yourname and the rating. Crossposts are fine, just say where else it lives. Questions go in the comments.', '— the mods']))
e = {'url': u, 'journal': 'belfry_fic', 'poster': 'belfry_mod', 'community': True, 'subject': 'MOD POST: posting rules & header template', 'date': (2013, 1, 2, '09:00'),
     'tags': ['mod post'], 'html': html, 'comments': [('tollhouse_bells', 'Does a drabble need a cut? (Guessing no!)'), ('belfry_mod', 'No cut needed!')]}
page('dw-fantaisie-2013-community-posting-rules-template-notstory', 'dw-2013-belfry_fic-8800.html', u, 'dreamwidth', 'not-story', 2013, ['dw-core2-style', 'community', 'mod-post', 'header-template'],
     'DW community belfry_fic in core2 Fantaisie (2013): the mods’ posting rules with an empty header template (Title: / Author: / Rating: / Warnings: / Word count: / Summary:) in a monospace box: not a story',
     dw_page('entry', [e], 'belfry_fic', 'the belfry: a ringing fic comm', 'Fantaisie', u, e['subject'], year=2013), [])
