"""tests/heldout8: LiveJournal's 2014–2017 site-scheme journal pages (a two-part story with a header pasted from AO3, a
header-only post, the journal's recent page), a 2016 LiveJournal ?format=light community drabble."""
from corpus import SERIES, body, brh, fields, hdr, page, part, ph, story
from layouts import light_page
from posts import lju, ljn
from s2z import scheme_entry_page, scheme_recent_page

# ======================================================================= D. Knotwork (LJ 2015, site scheme): subjects "Knotwork (1 of 2)" /
# "(2 of 2)"; a header pasted from AO3 (each label on its own line ending in a colon, the value on the next line; an unlisted
# "Category:"); part 1 links part 2 only through an "EDIT 14/3: the second half is here!" line AFTER the prose; part 2's header opens
# with an unlisted "Follows:" label whose value links part 1.
RW = 'http://ropewalk-rhi.livejournal.com/'
kn_urls = [RW + '40917.html', RW + '41288.html']
kn_prose = [
    ['The ropewalk at Hythe was a quarter of a mile long and roofed the whole way, and on wet days the children of the town were allowed to run the length of it, once, if they did not touch the hemp.',
     'Nan Tully had run it every wet day of her childhood. Now she walked it backwards, twelve hours a day, paying out yarn from the bundle round her waist while the wheel-boy turned and the strands twisted themselves into something that would hold a ship to a quay in a gale.',
     'She was good at it. She was better at knots, which was not her job, and which she did at night, alone, at the far end of the walk, with offcuts: knots nobody had a name for, that held things nobody else could hold.'],
    ['The foreman found her there in February, with a knot in her hands the size of a cabbage and lamplight coming out of the middle of it.',
     '“What,” he said, “in the name of God.”',
     '“I tied the evening in it,” said Nan, who was too tired to lie. “The last bit of light, before it went. I wanted to see if it would keep.”',
     'The foreman looked at it a long time. Then he took off his cap, which he had never done for anyone, and asked her very politely whether she could tie a summer, because his wife had been poorly since Michaelmas and the doctor said sunshine, and there was none to be had in Hythe for love or money.'],
]
kn_bodies = [body(f'knotwork-{i + 1}', p) for i, p in enumerate(kn_prose)]
kn_subj = ['Knotwork (1 of 2)', 'Knotwork (2 of 2)']
kn_wc = ['156', '141']


def ao3_header(rows):
    return '<p>' + '<br />\n'.join(f'<b>{L}:</b><br />\n{V[0] if isinstance(V, tuple) else V}' for L, V in rows) + '</p>'


kn_entries = []
for i in range(2):
    rows = []
    if i == 1:
        rows.append(('Follows', (f'<a href="{kn_urls[0]}">Knotwork (1 of 2)</a>', 'Knotwork (1 of 2)')))
    rows += [('Rating', 'General Audiences'), ('Archive Warning', 'No Archive Warnings Apply'), ('Category', 'Gen'), ('Fandom', 'Original Work'), ('Characters', 'Nan Tully, the foreman'), ('Words', kn_wc[i])]
    if i == 0:
        rows.append(('Summary', 'A ropewalk, a girl who ties knots nobody has names for.'))
    tail = (f'<p><i>EDIT 14/3: <a href="{kn_urls[1]}">the second half is here!</a></i></p>' if i == 0 else '<p>~</p>')
    e = {'url': kn_urls[i], 'journal': 'ropewalk_rhi', 'poster': 'ropewalk_rhi', 'subject': kn_subj[i], 'date': (2015, 3, 10 + i * 4, ['21:12', '20:47'][i]),
         'tags': ['fic', 'original', 'knotwork'], 'currents': [('Mood', ['tired', 'chuffed'][i])],
         'html': ao3_header(rows) + '\n' + ph(kn_prose[i]) + '\n' + tail,
         'comments': [('hythe_harbour', ['Tied the evening in it. I am gone.', 'A SUMMER. Oh, the foreman.'][i]), ('ropewalk_rhi', 'thank you!!')]}
    kn_entries.append(e)
    f = fields(rating='General Audiences', warnings='No Archive Warnings Apply', fandom='Original Work', characters='Nan Tully, the foreman', wordCount=kn_wc[i],
               title='Knotwork', **({'summary': 'A ropewalk, a girl who ties knots nobody has names for.'} if i == 0 else {}))
    page(f'lj-scheme-2015-knotwork-{i + 1}', f'lj-2015-ropewalk_rhi-{kn_urls[i][-10:-5]}.html', kn_urls[i], 'livejournal', 'story', 2015,
         ['lj-site-scheme', 'part-marker', 'ao3-header', 'unlisted-label'] + (['edit-link-after'] if i == 0 else ['follows-label']),
         f'Knotwork part {i + 1} on LiveJournal’s 2015 site-scheme journal page (the schemius header with its menus and promo line, the journal’s title bar, `article.entryunit` with `h1.entryunit__title`, `div.entryunit__text`, the Mood in `ul.entryunit__meta` and the tags after it, comments as `b-tree-twig` / `b-leaf-article`, a “Recommended posts” b-xylem block): '
         'subject “' + kn_subj[i] + '”; a header pasted from AO3 (each `<b>Label:</b>` on its own line, the value on the next; an unlisted “Category: Gen”)'
         + ['; an italic “EDIT 14/3: the second half is here!” AFTER the prose links part 2', '; the header opens with an unlisted “Follows: Knotwork (1 of 2)” that links part 1; a “~” line after the prose'][i],
         scheme_entry_page(e, 'rhi at the ropewalk', 2015, recommended=[(RW + '39920.html', 'the great allotment disaster', 'In which the marrows win.'), (RW + '40111.html', 'fic: Hemp and Tar', 'A short one about the wheel-boy.')]),
         [story(kn_urls[i], 'ropewalk_rhi', 'ropewalk_rhi', f, part(i + 1, 2), kn_bodies[i],
                exclude=[['EDIT 14/3: the second half is here!', '~'][i] if i == 0 else 'Follows:', 'Category:', ['Tied the evening in it.', 'A SUMMER.'][i], 'the great allotment disaster'])],
         (kn_urls, kn_bodies))
SERIES.append(('knotwork', 'Knotwork', 2, 'LJ 2015 site-scheme journal pages; subjects “Knotwork (1 of 2)” / “(2 of 2)”; a header pasted from AO3; part 1 links part 2 only by an “EDIT 14/3: the second half is here!” line after the prose, part 2 links part 1 by an unlisted “Follows:” label at the top of its header.'))

# A header-only post (2016, site scheme): the story is on AO3.
RW2 = 'https://ropewalk-rhi.livejournal.com/'
ao3 = 'https://archiveofourown.org/works/7720431'
hoe = {'url': RW2 + '43390.html', 'journal': 'ropewalk_rhi', 'poster': 'ropewalk_rhi', 'subject': 'Fic: The Weighing House', 'date': (2016, 6, 19, '18:30'),
       'tags': ['fic', 'original', 'ao3'],
       'html': hdr([('Title', 'The Weighing House'), ('Fandom', 'Original Work'), ('Rating', 'Teen And Up Audiences'), ('Words', '6,300'), ('Summary', 'Everything that comes into Hythe is weighed. Everything.')], fmt='{L} &mdash; {V}')
               + '<br /><br />\n<p>Too long and too full of footnotes for LJ’s editor, so:</p>\n'
               + f'<p style="font-size: 1.2em;">&#8674; <a href="{ao3}">Read on AO3</a></p>\n<p>Thank you to everyone who put up with me moaning about chapter four.</p>',
       'comments': [('hythe_harbour', 'FOOTNOTES. Yes. Going.')]}
page('lj-scheme-2016-headeronly-ao3-weighinghouse', 'lj-2016-ropewalk_rhi-43390.html', hoe['url'], 'livejournal', 'story', 2016,
     ['lj-site-scheme', 'header-only', 'ao3', 'decorated'],
     'A header-only post on LiveJournal’s 2016 site-scheme journal page: `Label — X` header (em-dash labels), “Too long and too full of footnotes for LJ’s editor, so:”, a large “⇢ Read on AO3” link line, a thank-you line',
     scheme_entry_page(hoe, 'rhi at the ropewalk', 2016),
     [story(hoe['url'], 'ropewalk_rhi', 'ropewalk_rhi', fields(title='The Weighing House', fandom='Original Work', rating='Teen And Up Audiences', wordCount='6,300', summary='Everything that comes into Hythe is weighed. Everything.'), None,
            headerOnly=True, elsewhere=[ao3], exclude=['Too long and too full of footnotes', 'Thank you to everyone who put up with me'])])

# The journal's recent page (2017, site scheme): a ficlet with a one-line slash-separated header, a fic-search post, a moving saga post.
cb_prose = ['The cooper’s boy could not roll a barrel straight to save his life, and his father had given up on him by the time he was twelve.',
            'But he could listen to one. He would put his ear to the staves of a finished cask and tap, and tell you, without fail, which one would leak, and where, and in what year. The brewers started sending for him. Then the wine merchants. Then, one winter, a very nervous man from the Admiralty, who would not say what was in his barrels, and who went away white as chalk after the boy had listened to the third one and said, quite gently, “Not that one, sir. Not ever that one.”']
cb = {'url': RW2 + '45512.html', 'journal': 'ropewalk_rhi', 'poster': 'ropewalk_rhi', 'subject': 'the cooper’s boy', 'date': (2017, 2, 11, '21:00'),
      'tags': ['fic', 'original', 'ficlet'], 'ncomments': 4,
      'html': '<p><b>Title:</b> The Cooper’s Boy / <b>Rating:</b> G / <b>Words:</b> 131</p>\n' + ph(cb_prose)}
fs = {'url': RW2 + '45301.html', 'journal': 'ropewalk_rhi', 'poster': 'ropewalk_rhi', 'subject': 'fic search: lighthouse keeper who is afraid of the dark?', 'date': (2017, 2, 9, '13:15'),
      'tags': ['fic search'], 'ncomments': 7,
      'html': '<p>Help! I read a drabble years ago and cannot find it again. What I remember:</p>'
              '<ul><li><b>Title:</b> something with “keeper” in it?</li><li><b>Rating:</b> G, I think</li><li><b>Length:</b> very short, maybe exactly 100 words</li></ul>'
              '<p>A new keeper is scared of the dark and the island laughs at her, and in the end the seals leave her fish. It was in a drabble comm, on LJ, around 2012. Any leads gratefully received!</p>'}
mv = {'url': RW2 + '45130.html', 'journal': 'ropewalk_rhi', 'poster': 'ropewalk_rhi', 'subject': 'moving house, part 3 (the last box)', 'date': (2017, 2, 5, '19:40'),
      'tags': ['life'], 'ncomments': 2,
      'html': '<p>The last box is unpacked. It contained: one kettle lid (no kettle), forty-one pens, and the cat’s favourite string. The cat is delighted. I am going to lie on the floor for a week.</p>'}
page('lj-scheme-2017-recent-ficlet-ficsearch-moving', 'lj-2017-ropewalk_rhi-recent.html', RW2, 'livejournal', 'index', 2017,
     ['lj-site-scheme', 'index', 'ficlet', 'fic-search', 'personal', 'part-marker'],
     'The journal’s recent page in LiveJournal’s 2017 site scheme (`div.j-lenta` of `article.entryunit` with `h3.entryunit__title` links): a ficlet with a one-line “Title: … / Rating: G / Words: 131” header, a fic-search post (a remembered Title / Rating / Length list: not a story), “moving house, part 3 (the last box)” (a personal post with a part marker: not a story)',
     scheme_recent_page([cb, fs, mv], 'ropewalk_rhi', 'rhi at the ropewalk', RW2, 2017),
     [story(cb['url'], 'ropewalk_rhi', 'ropewalk_rhi', fields(title='The Cooper’s Boy', rating='G', wordCount='131'), None, body('coopersboy', cb_prose), exclude=['Any leads gratefully received', 'forty-one pens'])])

# LiveJournal ?format=light (2016): a community drabble with `Label = X` lines.
HF = 'https://hundredfathom.livejournal.com/'
bl_prose = ['The ship carried stones in her hold, grey river stones from the valley where the captain was born, to keep her steady.',
            'Every voyage he swapped one. A stone from the valley went over the side in the middle of some foreign ocean; a stone from that day’s harbour went into the hold in its place. By the time he was old there was nothing of home left in her at all, and she sailed, the crew said, better than she ever had, and he stood at the rail at night and could not have told you why he wept.']
bl = {'url': HF + '9034.html', 'journal': 'hundredfathom', 'poster': 'skerry_light', 'poster_name': 'Skerry', 'community': True, 'subject': 'Ballast', 'date': (2016, 4, 2, '16:20'),
      'tags': ['challenge: weight', 'rating: g'],
      'html': hdr([('Title', 'Ballast'), ('Author', lju('skerry_light')), ('Challenge', '#133, weight'), ('Rating', 'G'), ('Words', '100')], fmt='{L} = {V}') + '<br /><br />\n' + brh(bl_prose),
      'comments': [('gannet_head', 'Could not have told you why he wept. Oh.')]}
page('lj-light-2016-community-equalslabels-ballast', 'lj-2016-hundredfathom-9034-light.html', bl['url'] + '?format=light', 'livejournal', 'story', 2016,
     ['lj-light', 'community', 'drabble', 'decorated'],
     'LJ `?format=light` (talkread.bml in the Lynx scheme, 2016) of a drabble community entry: “Skerry (skerry_light) wrote in hundredfathom,”; `Label = X` lines (an equals sign) with Author, Challenge; both URLs listed',
     light_page(bl, 2016),
     [story(bl['url'], 'skerry_light', 'hundredfathom', fields(title='Ballast', author='skerry_light', prompt='#133, weight', rating='G', wordCount='100'), None, body('ballast', bl_prose),
            exclude=['Could not have told you why he wept.'])],
     also=[bl['url']])

import posts5  # noqa: E402,F401
