"""tests/heldout6: LJ S2 A Sturdy Gesture (the subject shares the entry's h2 with the date): Nine Winters at Hask, a
masterpost and four chapters (each chapter's header names the masterpost, chapters 1-3 end with a "Next chapter" link,
chapter 3 is in a community), the journal's recent page and a day page."""
from posts import SERIES, body, brh, fields, hdr, lju, page, part, ph, story
from layouts import lj_user_old as lj_user
from s2x import sturdy_page

# ======================================================================= B. Nine Winters at Hask (LJ 2006, Sturdy Gesture; Wuthering Heights)
HK = 'http://moorgate-ink.livejournal.com/'
hk_master = HK + '40211.html'
hk_urls = [HK + '40530.html', HK + '40804.html', 'http://community.livejournal.com/gimmerton_fic/17731.html', HK + '41399.html']
hk_prose = [
    ['The first winter after the wedding, the snow came to the sills of Thrushcross Grange and Hareton dug them out a path to the gate every morning before it was light.',
     'Cathy watched him from the library window. She had taught him to read in this room. Now he read to her, in the evenings, slowly, with his finger under the line, and she found she did not mind how long it took.'],
    ['The second winter the roof of the Heights fell in at the north end, where Joseph’s room had been, and neither of them could decide whether to mend it.',
     '“Leave it,” Cathy said at last. “Let the moor have that bit. It always wanted it.” Hareton laughed and went up with a ladder anyway, and mended it, badly, and they both pretended afterwards that they had agreed.'],
    ['By the fourth winter there was a child, and the child would not sleep, and Hareton walked the long gallery with her at night singing the only songs he knew, which were Joseph’s hymns and the ballads the farm lads sang at the fair.',
     'Cathy lay awake and listened to him get the words wrong. She never corrected him. It seemed to her the child should have those songs exactly as her father sang them, wrong words and all.'],
    ['On the ninth winter they went back to the Heights for Christmas, all four of them, in the cart, with the children wrapped in sheepskins.',
     'The house was cold and smelled of damp stone and peat, as it always had. Cathy stood in the kitchen doorway and waited to feel something terrible. What she felt instead was the old settle, warm from the fire, and Hareton’s hand on her back, and the children already quarrelling over who would sleep in the box bed.'],
]
hk_bodies = [body(f'ninewinters-ch{i + 1}', p) for i, p in enumerate(hk_prose)]
hk_wc = ['72', '70', '86', '88']
hk_names = ['Snow', 'The North Room', 'Hymns', 'The Settle']
hk_subj = [f'Nine Winters at Hask ({i + 1}/4)' for i in range(4)]
hk_next = [f'<br /><br />\n<div align="right"><a href="{hk_urls[1]}">Next chapter</a></div>', f'<br /><br />\n<div align="right"><a href="{hk_urls[2]}">Next chapter</a></div>',
           f'<br /><br />\n<div align="right"><a href="{hk_urls[3]}">Next chapter</a></div>', '<br /><br />\n<div align="right"><i>fin.</i></div>']
hk_entries = []
for i in range(4):
    comm = i == 2
    rows = [('Title', 'Nine Winters at Hask'), ('Chapter', f'{i + 1}/4 &mdash; {hk_names[i]}'), ('Fandom', 'Wuthering Heights'), ('Pairing', 'Hareton/Cathy'), ('Rating', 'G'),
            ('Word count', hk_wc[i]), ('Masterpost', (f'<a href="{hk_master}">all chapters</a>', 'all chapters'))]
    if comm:
        rows.insert(1, ('Author', lju('moorgate_ink')))
    e = {'url': hk_urls[i], 'journal': 'gimmerton_fic' if comm else 'moorgate_ink', 'poster': 'moorgate_ink', 'community': comm, 'legacy': comm, 'subject': hk_subj[i],
         'date': (2006, 1, 8 + 6 * i, '20:0' + str(i)), 'tags': ['fic', 'wuthering heights'] if not comm else ['author: moorgate_ink', 'pairing: hareton/cathy'],
         'currents': [('Mood', ['cold', 'amused', 'sleepy', 'nostalgic'][i])],
         'html': hdr(rows, fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(hk_prose[i]) + hk_next[i],
         'comments': [('gimmerton_kirk', ['Oh, the library!', 'Badly mended roof, ha.', 'Wrong words and all ♥', 'The box bed!'][i])]}
    hk_entries.append(e)
    jn = 'gimmerton_fic' if comm else 'moorgate_ink'
    flds = fields(title='Nine Winters at Hask', **({'author': 'moorgate_ink'} if comm else {}), fandom='Wuthering Heights', pairing='Hareton/Cathy', rating='G', wordCount=hk_wc[i])
    excl = [['Next chapter'], ['Next chapter'], ['Next chapter'], ['fin.']][i] + ['all chapters', ['cold', 'amused', 'sleepy', 'nostalgic'][i]]
    page(f'lj-sturdy-2006-ninewinters-ch{i + 1}' + ('-community' if comm else ''), f'lj-2006-{jn}-{hk_urls[i].rsplit("/", 1)[1][:-5]}.html', hk_urls[i], 'livejournal', 'story', 2006,
         ['sturdy-gesture', 'part-marker', 'chapter-to-masterpost', 'unlisted-label'] + (['community'] if comm else []),
         f'Nine Winters at Hask ({i + 1}/4) on LJ S2 A Sturdy Gesture (2006): the subject in the entry’s `<h2>` after “date<br />”'
         + (' and “moorgate_ink (ljuser): ” (a community entry on the legacy community host, Author ljuser in the header)' if comm else '')
         + f'; `<b>Label:</b>` header with an unlisted “Chapter: {i + 1}/4 — {hk_names[i]}” line and “Masterpost: all chapters”; '
         + ('a right-aligned “Next chapter” link after the prose' if i < 3 else 'a right-aligned “fin.” after the prose') + '; comments are `div.box` + `div.entry` too',
         sturdy_page('entry', [e], jn, 'Gimmerton Fic' if comm else 'moorgate ink', hk_urls[i], f'{jn}: {hk_subj[i]}', 2006, kind='C' if comm else 'P'),
         [story(hk_urls[i], 'moorgate_ink', jn, flds, part(i + 1, 4), hk_bodies[i], exclude=excl)],
         (hk_urls, hk_bodies))
hk_rel = ['http://thrushcross-art.livejournal.com/2210.html', 'http://readaloud-moor.livejournal.com/913.html', 'http://peniston-crag.livejournal.com/5541.html']
mp = (hdr([('Title', 'Nine Winters at Hask'), ('Fandom', 'Wuthering Heights'), ('Pairing', 'Hareton/Cathy'), ('Rating', 'G'), ('Word count', '316 in four chapters'),
           ('Summary', 'After the book ends: the Grange, the Heights, and nine winters between them.')], fmt='<b>{L}:</b> {V}')
      + '<br /><br />\n<b>Chapters</b><br />\n' + '<br />\n'.join(f'{i + 1}. <a href="{u}">{n}</a>' for i, (u, n) in enumerate(zip(hk_urls, hk_names)))
      + f'<br /><br />\n<b>Fanworks</b><br />\nArt: <a href="{hk_rel[0]}">Cathy at the library window</a> by {lj_user("thrushcross_art")}<br />\n'
      + f'Podfic: <a href="{hk_rel[1]}">read by readaloud_moor</a><br /><br />\n'
      + f'<b>If you liked this</b>, go and read <a href="{hk_rel[2]}">The Last Tenant</a> by {lj_user("peniston_crag")}, which is much sadder and much better.')
e = {'url': hk_master, 'journal': 'moorgate_ink', 'poster': 'moorgate_ink', 'subject': 'Nine Winters at Hask - masterpost', 'date': (2006, 1, 7, '19:30'),
     'tags': ['fic', 'masterlist', 'wuthering heights'], 'html': mp, 'comments': [('gimmerton_kirk', 'Bookmarking!')]}
page('lj-sturdy-2006-ninewinters-masterpost', 'lj-2006-moorgate_ink-40211.html', hk_master, 'livejournal', 'masterpost', 2006, ['sturdy-gesture', 'masterpost', 'recs'],
     'Masterpost on LJ S2 A Sturdy Gesture (2006): `<b>Label:</b>` header with “Word count: 316 in four chapters” and Summary, a bold “Chapters” line and `<br />`-separated “N. <a>NAME</a>” links (chapter 3 a community entry), then “Fanworks” (art, podfic) and a rec of another writer’s story',
     sturdy_page('entry', [e], 'moorgate_ink', 'moorgate ink', hk_master, 'moorgate_ink: Nine Winters at Hask - masterpost', 2006),
     [story(hk_master, 'moorgate_ink', 'moorgate_ink', fields(title='Nine Winters at Hask', fandom='Wuthering Heights', pairing='Hareton/Cathy', rating='G', wordCount='316 in four chapters',
                                                          summary='After the book ends: the Grange, the Heights, and nine winters between them.'), None, complete=False, related=hk_rel)],
     (hk_urls, hk_bodies))
SERIES.append(('ninewinters', 'Nine Winters at Hask', '4 + masterpost', 'LJ 2006 S2 A Sturdy Gesture (chapter 3 in the community gimmerton_fic on the legacy host); subjects “(N/4)”; each chapter’s header has “Masterpost: all chapters” and an unlisted “Chapter: N/4 — NAME” line; chapters 1–3 end with a right-aligned “Next chapter”; the masterpost lists chapters by name, then art, podfic and a rec.'))

# The journal's recent page: chapter 4 in full, a WIP-progress post with a quoted snippet (not a story), chapter 2 behind a cut.
wip = {'url': HK + '41102.html', 'journal': 'moorgate_ink', 'poster': 'moorgate_ink', 'subject': 'wip meme: the last chapter', 'date': (2006, 1, 30, '22:15'), 'tags': ['wip', 'memes'],
       'html': 'Post a line from the WIP you are working on, the meme says. So, from the last chapter of <i>Nine Winters</i>:<br /><br />'
               '<blockquote>The house was cold and smelled of damp stone and peat.</blockquote>Only about three hundred words to go and I have been stuck on the same three hundred for a week. Tea is not helping. Cake might.',
       'ncomments': 2}
hk_cut = dict(hk_entries[1], index_html=hdr([('Title', 'Nine Winters at Hask'), ('Chapter', f'2/4 &mdash; {hk_names[1]}'), ('Fandom', 'Wuthering Heights'), ('Pairing', 'Hareton/Cathy'),
                                              ('Rating', 'G'), ('Word count', hk_wc[1]), ('Masterpost', f'<a href="{hk_master}">all chapters</a>')], fmt='<b>{L}:</b> {V}')
              + '<br /><br />\n' + hk_prose[1][0] + f'<br /><br />\n<b>( <a href="{hk_urls[1]}#cutid1">the roof comes in</a> )</b>')
page('lj-sturdy-2006-recent-ninewinters-wipmeme', 'lj-2006-moorgate_ink-recent.html', HK, 'livejournal', 'index', 2006, ['sturdy-gesture', 'index', 'part-marker', 'about-fic', 'meme'],
     'The journal’s recent page on LJ S2 A Sturdy Gesture (2006): each entry a `div.box` whose `<h2>` is “Sun, Feb. 5th, 2006, 08:03 pm<br /><a>SUBJECT</a>”; a WIP meme quoting a line of chapter 4 in a blockquote (not a story), chapter 4 in full, chapter 2 as header, its first paragraph and a custom-text lj-cut',
     sturdy_page('recent', [wip, hk_entries[3], hk_cut], 'moorgate_ink', 'moorgate ink', HK, 'moorgate ink', 2006),
     [story(hk_urls[3], 'moorgate_ink', 'moorgate_ink', fields(title='Nine Winters at Hask', fandom='Wuthering Heights', pairing='Hareton/Cathy', rating='G', wordCount=hk_wc[3]), part(4, 4),
            hk_bodies[3], exclude=['fin.', 'all chapters', 'Tea is not helping']),
      story(hk_urls[1], 'moorgate_ink', 'moorgate_ink', fields(title='Nine Winters at Hask', fandom='Wuthering Heights', pairing='Hareton/Cathy', rating='G', wordCount=hk_wc[1]), part(2, 4),
            body('ninewinters-ch2-teaser', hk_prose[1][:1]), complete=False, exclude=['the roof comes in', 'all chapters'])])

# ======================================================================= A day page (LJ 2007, Sturdy Gesture): a header-only post linking an eFiction archive,
# then an original poem (not fic).
MP = 'http://sexton-bee.livejournal.com/'
arch = 'http://www.lowwood-archive.net/viewstory.php?sid=2291'
ho = {'url': MP + '8815.html', 'journal': 'sexton_bee', 'poster': 'sexton_bee', 'subject': 'new at Lowwood: The Governess’s Key', 'date': (2007, 9, 12, '19:44'), 'tags': ['fic', 'jane eyre'],
      'html': '<i>Title</i> - The Governess’s Key<br />\n<i>Fandom</i> - Jane Eyre<br />\n<i>Characters</i> - Adèle, Sophie, Mrs Fairfax<br />\n<i>Rating</i> - G<br />\n<i>Length</i> - 2,400 words<br />\n'
              '<i>Summary</i> - Adèle finds a key in the linen press, and the third storey is not the only locked door at Thornfield.<br /><br />\n'
              f'Archived <a href="{arch}">at Lowwood</a> because LJ ate my formatting twice. Thank you to the mods for being so patient!'}
poem = {'url': MP + '8902.html', 'journal': 'sexton_bee', 'poster': 'sexton_bee', 'subject': 'september', 'date': (2007, 9, 12, '23:02'), 'tags': ['poetry', 'mine'],
        'html': '<center><i>the swallows are leaving the wires by degrees,<br />one and then two and then all of them gone;<br />the year lets its breath out, and nobody sees<br />'
                'the light going amber, the light going on.</i></center><br />\nnot fic, just a thing I wrote on the bus.'}
page('lj-sturdy-2007-daypage-headeronly-efiction-poem', 'lj-2007-sexton_bee-2007-09-12.html', MP + '2007/09/12/', 'livejournal', 'index', 2007,
     ['sturdy-gesture', 'index', 'day', 'header-only', 'decorated', 'poetry'],
     'A day of the archive (/2007/09/12/) on LJ S2 A Sturdy Gesture: an `<h1>` long date, each entry’s `<h2>` the time only (“07:44 pm<br />SUBJECT”); a header-only post with `<i>Label</i> - X` lines and “Archived at Lowwood” (an eFiction archive, elsewhere), then an original poem with “not fic” (not a story)',
     sturdy_page('day', [ho, poem], 'sexton_bee', 'sexton bee', MP + '2007/09/12/', 'sexton bee', 2007, day=(2007, 9, 12)),
     [story(ho['url'], 'sexton_bee', 'sexton_bee', fields(title='The Governess’s Key', fandom='Jane Eyre', characters='Adèle, Sophie, Mrs Fairfax', rating='G', wordCount='2,400 words',
                                                       summary='Adèle finds a key in the linen press, and the third storey is not the only locked door at Thornfield.'), None,
            exclude=['Archived at Lowwood', 'the swallows are leaving'], headerOnly=True, elsewhere=[arch])])

import posts3  # noqa: E402,F401
