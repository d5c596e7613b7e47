"""tests/heldout5: Dreamwidth core2 pages in styles not used before (Corinthian, Ciel, Stepping Stones): a story with a
masterpost that every chapter points at, a story whose parts are all linked from a "Parts:" line in each header."""
from layouts import dw_page, dw_user
from posts import SERIES, body, dwu, fields, hdr, page, part, ph, story

# ======================================================================= B. Saltmarsh Letters (DW 2011, Corinthian; chapter 3 in a community on Ciel):
# "Ch. N" subjects with the total only on the masterpost; every chapter points at the masterpost in a different way.
SM = 'https://heron-and-reed.dreamwidth.org/'
sm_urls = [SM + '10511.html', SM + '10802.html', 'https://marshlight-fic.dreamwidth.org/2240.html', SM + '11377.html']
sm_master = SM + '10288.html'
sm_prose = [
    ['Dear Tom, the first letter began, the tide came right up to the step last night and I thought of you.',
     'Agnes wrote it at the kitchen table with the lamp turned low, because oil was dear and the post boat only came on Thursdays, and there was no hurry. Tom had been gone to the lightship since Lady Day. He would not be back until the herring.'],
    ['Tom’s answer came in a fortnight, on a page torn out of the ship’s log, in pencil.',
     'He wrote about the fog, which had sat on them for nine days, and the bell, which they rang every two minutes through all of it, and the mate who sang hymns to keep count. He did not write that he missed her. He drew, at the bottom, a very bad heron.'],
    ['In the autumn the letters came less often, and then not at all, and the post boat’s boy would not look at Agnes when he shook his head.',
     'She walked the sea wall every evening anyway. The herons stood in the creek like old men waiting for a bus that had stopped running, and she stood with them, and the lightship’s lamp came on out on the sands at dusk, steady, every night, so somebody was still there to light it.'],
    ['He came home at the herring with a beard and a cough and a bundle of letters he had written and could not send, tied with tarred string.',
     'Agnes read them all that winter, one a night, in order, at the kitchen table with the lamp turned up as high as it would go.'],
]
sm_bodies = [body(f'saltmarsh-ch{i + 1}', p) for i, p in enumerate(sm_prose)]
sm_wc = ['70', '70', '80', '55']
sm_to_master = [f'<p style="text-align:right"><small><a href="{sm_master}">table of contents</a></small></p>',
                f'<p>~ <a href="{sm_master}">all the letters</a> ~</p>',
                f'<p>(Masterpost <a href="{sm_master}">x</a>)</p>',
                f'<p><a href="{sm_master}">↑ back to the masterpost</a></p>']
for i in range(4):
    comm = i == 2
    subj = f'Saltmarsh Letters, Ch. {i + 1}'
    rows = [('Title', 'Saltmarsh Letters'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', sm_wc[i])]
    if comm:
        rows.insert(1, ('Author', dwu('heron_and_reed')))
    e = {'url': sm_urls[i], 'journal': 'marshlight_fic' if comm else 'heron_and_reed', 'poster': 'heron_and_reed', 'community': comm, 'subject': subj,
         'date': (2011, 4, 2 + 7 * i, '21:0' + str(i)), 'tags': ['fic: saltmarsh letters', 'original fic'] if not comm else ['*fic', 'author: heron_and_reed'],
         'html': '<p>' + hdr(rows, fmt='<b>{L}</b> :: {V}') + '</p>\n' + ph(sm_prose[i]) + sm_to_master[i],
         'comments': [('fen_tiger', ['Oh, Agnes.', 'A VERY BAD HERON.', 'The lamp still lit. Ow.', 'Tarred string! I am crying.'][i])]}
    excl = [['table of contents'], ['all the letters'], ['(Masterpost'], ['back to the masterpost']][i]
    style = 'Ciel' if comm else 'Corinthian'
    jn, jt = ('marshlight_fic', 'Marshlight: original fiction') if comm else ('heron_and_reed', 'heron & reed')
    page(f'dw-{style.lower()}-2011-saltmarsh-ch{i + 1}' + ('-community' if comm else ''), f'dw-2011-{jn}-{sm_urls[i].rsplit("/", 1)[1][:-5]}.html', sm_urls[i], 'dreamwidth', 'story', 2011,
         ['part-marker', 'chapter-to-masterpost', 'decorated'] + (['community'] if comm else []),
         f'Saltmarsh Letters Ch. {i + 1} on DW core2 {style} (2011): subject “{subj}” (no total anywhere on the page), `<b>Label</b> :: X` labels; the only link is to the masterpost: '
         + ['a right-aligned small “table of contents”', '“~ all the letters ~”', '“(Masterpost x)” in the community marshlight_fic (Author ljuser)', '“↑ back to the masterpost”'][i],
         dw_page('entry', [e], jn, jt, style, sm_urls[i], f'{subj} - {jt}', year=2011),
         [story(sm_urls[i], 'heron_and_reed', jn, fields(title='Saltmarsh Letters', **({'author': 'heron_and_reed'} if comm else {}), fandom='Original', rating='G', wordCount=sm_wc[i]),
                part(i + 1, None), sm_bodies[i], exclude=excl)],
         (sm_urls, sm_bodies))
sm_rel = ['https://ink-on-tide.dreamwidth.org/801.html', 'https://read-to-me-pods.dreamwidth.org/5123.html', 'https://archiveofourown.org/works/211877',
          SM + '9930.html', 'https://heron-and-reed.dreamwidth.org/profile']
mp = ('<p>' + hdr([('Title', 'Saltmarsh Letters'), ('Fandom', 'Original'), ('Rating', 'G'), ('Length', '275 words, four chapters'),
                   ('Summary', 'A lightship, a kitchen table, and a year of letters between them.')], fmt='<b>{L}</b> :: {V}') + '</p>\n'
      + '<ul>\n' + '\n'.join(f'<li><a href="{u}">Ch. {i + 1}: {n}</a></li>' for i, (u, n) in enumerate(zip(sm_urls, ['Lady Day', 'Fog', 'The Sea Wall', 'Herring']))) + '\n</ul>\n'
      + f'<p><b>Also:</b></p>\n<ul>\n<li><a href="{sm_rel[0]}">art: Agnes on the sea wall</a> by {dw_user("ink_on_tide")}</li>\n'
      + f'<li><a href="{sm_rel[1]}">podfic</a> by {dw_user("read_to_me_pods")}</li>\n<li><a href="{sm_rel[2]}">mirror at AO3</a></li>\n'
      + f'<li>rec: <a href="{sm_rel[3]}">Eel Weather</a>, the other lightship story I wrote</li>\n<li><a href="{sm_rel[4]}">about me</a></li>\n</ul>')
e = {'url': sm_master, 'journal': 'heron_and_reed', 'poster': 'heron_and_reed', 'subject': 'Masterpost: Saltmarsh Letters', 'date': (2011, 4, 1, '20:00'),
     'tags': ['fic: saltmarsh letters', 'masterlist'], 'html': mp}
page('dw-corinthian-2011-saltmarsh-masterpost', 'dw-2011-heron_and_reed-10288.html', sm_master, 'dreamwidth', 'masterpost', 2011, ['masterpost', 'decorated'],
     'Masterpost (DW core2 Corinthian, 2011): `<b>Label</b> :: X` header with Length and Summary, a `<ul>` of “Ch. N: NAME” links (chapter 3 a community entry), then an “Also:” list of art, podfic, an AO3 mirror, a rec of another story in the same journal and the profile',
     dw_page('entry', [e], 'heron_and_reed', 'heron & reed', 'Corinthian', sm_master, 'Masterpost: Saltmarsh Letters - heron & reed', year=2011),
     [story(sm_master, 'heron_and_reed', 'heron_and_reed', fields(title='Saltmarsh Letters', fandom='Original', rating='G', wordCount='275 words, four chapters',
                                                              summary='A lightship, a kitchen table, and a year of letters between them.'), None, complete=False, related=sm_rel)],
     (sm_urls, sm_bodies))
SERIES.append(('saltmarsh', 'Saltmarsh Letters', '4 + masterpost', 'DW 2011 core2 Corinthian (chapter 3 in the community marshlight_fic on Ciel); subjects “Ch. N” with no total; each chapter links ONLY the masterpost (“table of contents”, “all the letters”, “(Masterpost x)”, “↑ back to the masterpost”); the masterpost’s `<ul>` names “Ch. N: NAME”, then art, podfic, AO3, a rec of another story of the journal, the profile.'))

# ======================================================================= D. The Glass Orchard (DW 2018, Stepping Stones): "pt 1/3"…; every part's header has a
# "Parts: 1 | 2 | 3" line linking all three (the current one unlinked).
GO = 'https://pippin-and-pear.dreamwidth.org/'
go_urls = [GO + '7702.html', GO + '7969.html', GO + '8230.html']
go_prose = [
    ['The orchard had been glass since the winter the old queen died: every apple tree, every twig, every leaf, clear as a windowpane and ringing faintly when the wind blew.',
     'Rosalind’s job was to count the fruit. Glass apples did not rot, and they did not fall, but every autumn a few of them went cloudy, and those had to be picked and taken to the palace in a basket lined with wool.'],
    ['This autumn there were forty-one cloudy apples, which was thirty more than there had ever been.',
     'Rosalind picked them all, and wrapped them, and carried them up the hill, and the steward took the basket from her without a word and shut the door in her face. She stood on the step and listened, and from inside the palace, very faint, she heard something that might have been glass breaking or might have been somebody laughing.'],
    ['In the spring one tree in the far corner put out a green leaf.',
     'Just one, soft and ordinary and ragged at the edge where something had nibbled it. Rosalind sat under that tree every evening until midsummer, and by then there were apples on it, small and sour and red, and the wind in the rest of the orchard had stopped ringing, and was only wind.'],
]
go_bodies = [body(f'glassorchard-pt{i + 1}', p) for i, p in enumerate(go_prose)]
go_wc = ['75', '75', '70']


def go_parts(i):
    return 'Parts: ' + ' | '.join(str(k + 1) if k == i else f'<a href="{go_urls[k]}">{k + 1}</a>' for k in range(3))


for i in range(3):
    subj = f'the glass orchard, pt {i + 1}/3'
    rows = [('title', 'the glass orchard'), ('fandom', 'original'), ('rating', 'general audiences'), ('words', go_wc[i])]
    hd = '<p>' + hdr(rows, fmt='<i>{L}</i> // {V}') + '<br />\n' + go_parts(i) + '</p>\n'
    meta = '<p><small>mood: ' + ['dreamy', 'uneasy', 'hopeful'][i] + ' | music: ' + ['the radio', 'rain on the skylight', 'blackbirds'][i] + '</small></p>\n'
    e = {'url': go_urls[i], 'journal': 'pippin_and_pear', 'poster': 'pippin_and_pear', 'subject': subj, 'date': (2018, 9, 5 + 4 * i, '22:2' + str(i)),
         'tags': ['fic', 'original', 'the glass orchard'], 'html': hd + meta + ph(go_prose[i]),
         'comments': [('bramley_seedling', ['Ringing trees!', 'WHAT is in the palace', 'Only wind. Oh, good.'][i])]}
    page(f'dw-steppingstones-2018-glassorchard-pt{i + 1}', f'dw-2018-pippin_and_pear-{go_urls[i][-9:-5]}.html', go_urls[i], 'dreamwidth', 'story', 2018,
         ['part-marker', 'part-links-in-header', 'metadata-inside', 'decorated'],
         f'The Glass Orchard pt {i + 1}/3 on DW core2 Stepping Stones (2018): lower-case `<i>label</i> // value` header, a “Parts: 1 | 2 | 3” line in the header linking the other parts, then a small typed “mood: … | music: …” line between header and prose',
         dw_page('entry', [e], 'pippin_and_pear', 'pippin & pear', 'Stepping Stones', go_urls[i], f'{subj} - pippin & pear', year=2018),
         [story(go_urls[i], 'pippin_and_pear', 'pippin_and_pear', fields(title='the glass orchard', fandom='original', rating='general audiences', wordCount=go_wc[i]),
                part(i + 1, 3), go_bodies[i], exclude=['Parts:', 'mood:', ['the radio', 'rain on the skylight', 'blackbirds'][i]])],
         (go_urls, go_bodies))
SERIES.append(('glassorchard', 'the glass orchard', 3, 'DW 2018 core2 Stepping Stones; subjects “pt N/3”; every part’s header has a “Parts: 1 | 2 | 3” line linking the other two.'))

import posts3  # noqa: E402,F401
