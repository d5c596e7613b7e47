"""Posts of tests/heldout16 and their truth: the multi-part stories. All prose, names, journals and titles are invented for
this corpus (fandom names are labels; the canons are original fiction). Renderers: tests/heldout2's layouts.py (LJ S2
Generator, DW core2, the Wayback wrapper), tests/heldout13's bloggish.py, tests/heldout12's mag.py (LJ S2 Magazine, the
sites' login page), tests/heldout9's s2w.py (Disjointed), tests/heldout11's s2t.py (LJ 2019+)."""
import re

from bloggish import bloggish_page
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, gen_page, wayback
from mag import lj_login_page, magazine_page
from s2t import md_entry_page
from s2w import disjointed_page

REDIRECTS = {}


def missing(url, reason):
    """Marks a part of the last page's story as one the site will not show."""
    PAGES[-1]['stitched']['missing'] = PAGES[-1]['stitched'].get('missing', []) + [{'url': url, 'reason': reason}]


# ======================================================================= A. The Salt Road (LJ, 2010): three parts in THREE
# places: part 1 in the community saltmarsh_fic (S2 Generator), part 2 in the community roadside_tales (S2 Bloggish), part 3 in
# the writer's own journal (S2 Magazine). The only link to each next part has the NAME OF THE PLACE as its words ("Continued in
# roadside_tales", "concluded in my journal"), the earlier parts linked the same way ("Begun in saltmarsh_fic").
W = 'wren_ashdown'
sr_urls = ['https://saltmarsh-fic.livejournal.com/40127.html', 'https://roadside-tales.livejournal.com/8814.html',
           'https://wren-ashdown.livejournal.com/120550.html']
sr_journals = ['saltmarsh_fic', 'roadside_tales', W]
sr_prose = [
    ['The salt road ran along the top of the dyke for nine miles, and in all nine miles there was one inn, and the inn had one lamp, and Tobiah had been sent to fetch oil for it.',
     'He went at dusk because his aunt said the carts were gone by then. What she did not say was that the mist came up off the marsh at dusk, white and knee-high, so that he seemed to be wading.',
     'At the fourth milestone somebody was sitting on it. A girl, older than him, with a sack of salt across her knees and no shoes.'],
    ['“You’re going the wrong way,” she said, before he could say anything.',
     'Tobiah said he was going to Marram for lamp oil. The girl said that was what she meant. Marram was behind them, she said; it had always been behind them; the road only pretended otherwise after dark.',
     'He did not believe her, and he walked on, and at the fifth milestone she was sitting on it again, with the same sack, swinging her bare feet.'],
    ['In the end he sat down beside her, because there seemed nothing else to do, and she gave him a pinch of salt to hold on his tongue.',
     'It tasted of the sea and of iron. When he stood up, the road ran the right way, and the lights of Marram were a quarter-mile off.',
     'He bought the oil. On the way home every milestone was empty, but on the fourth there was a little heap of salt, and he left his boots beside it.'],
]
sr_bodies = [body(f'saltroad-{i + 1}', p) for i, p in enumerate(sr_prose)]
SR_HDR = [('Title', 'The Salt Road'), ('Fandom', 'Marram Dyke'), ('Characters', 'Tobiah, the salt girl'), ('Rating', 'G')]
sr_words = ['330', '310', '300']
sr_subj = ['The Salt Road (1/3)', '[fic] The Salt Road, 2/3', 'The Salt Road 3/3']
sr_tail = [
    f'<p><i>Continued in <a href="{sr_urls[1]}">roadside_tales</a>.</i></p>',
    f'<p><i>Begun in <a href="{sr_urls[0]}">saltmarsh_fic</a>; concluded in <a href="{sr_urls[2]}">my journal</a>.</i></p>',
    f'<p><i>Begun in <a href="{sr_urls[0]}">saltmarsh_fic</a>, continued in <a href="{sr_urls[1]}">roadside_tales</a>. Thank you for reading.</i></p>',
]
sr_entries = []
sr_tail_txt = ['Continued in roadside_tales.', 'Begun in saltmarsh_fic; concluded in my journal.',
               'Begun in saltmarsh_fic, continued in roadside_tales. Thank you for reading.']
for i in range(3):
    rows = SR_HDR + [('Words', sr_words[i])]
    f = fields(title='The Salt Road', fandom='Marram Dyke', characters='Tobiah, the salt girl', rating='G', wordCount=sr_words[i])
    if i == 0:
        rows.append(('Summary', 'Nine miles of dyke, one lamp, and somebody on the fourth milestone.'))
        f['summary'] = 'Nine miles of dyke, one lamp, and somebody on the fourth milestone.'
    html = hdr(rows) + '<br /><br />\n' + ph(sr_prose[i]) + '\n' + sr_tail[i]
    e = {'url': sr_urls[i], 'journal': sr_journals[i], 'poster': W, 'subject': sr_subj[i], 'date': (2010, 5, 3 + 4 * i, '21:1' + str(i)),
         'community': i < 2, 'tags': [['fic: marram dyke', 'rating: g'], ['author: wren_ashdown'], ['fic', 'salt road']][i], 'html': html, 'ncomments': 1,
         'comments': [('gull_and_gorse', ['Oh, the mist coming up like wading. Following you over to the next comm!', 'The road only pretends otherwise after dark. Brr.', 'His BOOTS. I love this.'][i])]}
    sr_entries.append(e)
    kind = ['lj-generator', 'lj-bloggish', 'lj-magazine'][i]
    title = ['saltmarsh fiction', 'Roadside Tales', 'a wren in the reeds'][i]
    if i == 0:
        raw = gen_page('entry', [e], 'livejournal', sr_journals[i], title, sr_urls[i], f'{sr_journals[i]}: {sr_subj[i]}', 2010, is_comm=True)
    elif i == 1:
        raw = bloggish_page('entry', [e], sr_journals[i], title, sr_urls[i], 2010, kind='C')
    else:
        raw = magazine_page('entry', [e], W, title, sr_urls[i], 2010)
    page(f'{kind}2010-parts-in-two-communities-and-journal-place-named-links-saltroad-{i + 1}', f'{kind}-{sr_journals[i]}-{sr_urls[i].split("/")[-1]}',
         sr_urls[i], 'livejournal', 'story', 2010, [kind, 'community' if i < 2 else 'personal-journal', 'parts-in-three-places', 'link-words-name-the-place'],
         f'LJ {["S2 Generator community entry (saltmarsh_fic)", "S2 Bloggish community entry (roadside_tales)", "S2 Magazine, the writer’s own journal"][i]} (2010): “{sr_subj[i]}”; '
         + ['its only link to part 2 is “Continued in <a>roadside_tales</a>” (the link’s words the OTHER COMMUNITY’S NAME)',
            'links part 1 as “Begun in <a>saltmarsh_fic</a>” and part 3 as “concluded in <a>my journal</a>”',
            'links the earlier parts by the communities’ names (“Begun in <a>saltmarsh_fic</a>, continued in <a>roadside_tales</a>”)'][i],
         raw, [story(sr_urls[i], W, sr_journals[i], f, part(i + 1, 3), sr_bodies[i], exclude=[sr_tail_txt[i], e['comments'][0][1]])],
         stitched=(sr_urls, sr_bodies))
SERIES.append(('saltroad', 'The Salt Road', '3', 'LJ 2010: part 1 in the community saltmarsh_fic (Generator), part 2 in roadside_tales (Bloggish), part 3 in the writer’s journal (Magazine); each link’s words are the NAME OF THE PLACE the part is in.'))

# ======================================================================= B. Weatherglass (DW core2, 2016): "Continued in the
# next entry." with NO link; the only way on is Dreamwidth's own Next Entry / Previous Entry (go?…&dir=next, redirects.json).
# The subjects carry no numbers ("Weatherglass", "Weatherglass, continued", "Weatherglass, concluded").
WJ = 'barometer_moth'
WB = 'https://barometer-moth.dreamwidth.org/'
wg_ids = [30721, 31009, 31302]
wg_urls = [WB + f'{n}.html' for n in wg_ids]
wg_subj = ['Weatherglass', 'Weatherglass, continued', 'Weatherglass, concluded']
wg_prose = [
    ['The weatherglass in the hall had said Change for eleven years, and nobody in the house could remember it saying anything else.',
     'Then, on the morning of Imogen’s twelfth birthday, it said Fair. Her grandmother dropped the teapot. Her uncle went out into the garden and stood looking at the sky with his hands in his pockets, as though the sky owed him money.',
     'The sky was grey and low and smelled of rain. Nobody said anything at breakfast.'],
    ['After breakfast Imogen tapped the glass, the way she had seen her grandfather do before he died. The needle shivered and stayed at Fair.',
     'Her uncle found her there. He told her the glass had stuck at Change on the day his father left the house for the last time, and that the family had taken it as an instruction, and had spent eleven years changing nothing at all, in case it counted.',
     '“So what does Fair mean?” said Imogen.', '“I suppose,” said her uncle, “it means we are allowed.”'],
    ['By noon it was raining hard. Imogen’s grandmother put on her good coat and walked to the end of the lane, which she had not done since the funeral, and came back soaked and laughing.',
     'Her uncle took down the shutters from the east windows. Imogen opened every door in the house and let the wet air go through.',
     'In the evening the glass said Change again, and everyone looked at it, and then her grandmother said, “Well, it would, wouldn’t it,” and they left it at that.'],
]
wg_bodies = [body(f'weatherglass-{i + 1}', p) for i, p in enumerate(wg_prose)]
WG_NOTES = 'Three short scenes, posted one a day.'
for i in range(3):
    if i == 0:
        head = hdr([('Rating', 'G'), ('Words', '~750 in all'), ('Notes', WG_NOTES)]) + '<br /><br />\n'
        f = fields(title='Weatherglass', rating='G', wordCount='~750 in all', notes=WG_NOTES)
    else:
        head = '<p><i>Continued from the previous entry.</i></p>\n'
        f = fields(title='Weatherglass')
    tail = '\n<p><i>Continued in the next entry.</i></p>' if i < 2 else '\n<p>~</p>'
    e = {'url': wg_urls[i], 'journal': WJ, 'poster': WJ, 'subject': wg_subj[i], 'date': (2016, 10, 8 + i, '20:4' + str(i)), 'tags': ['my fic', 'weatherglass'],
         'html': head + ph(wg_prose[i]) + tail, 'ncomments': 1,
         'comments': [('pennywhistle_grey', ['It’s been saying Change for eleven YEARS?', '“It means we are allowed.” Oh, my heart.', 'Opening every door in the house. Perfect.'][i])]}
    raw = dw_page('entry', [e], WJ, 'falling, rising, fair', 'Practicality', wg_urls[i], f'{WJ}: {wg_subj[i]}', year=2016)
    for d, k in (('next', i + 1), ('prev', i - 1)):
        if 0 <= k < 3:
            REDIRECTS[f'https://www.dreamwidth.org/go?journal={WJ}&itemid={wg_ids[i]}&dir={d}'] = wg_urls[k]
    ex = [e['comments'][0][1]] + (['Continued in the next entry.'] if i < 2 else []) + (['Continued from the previous entry.'] if i else [])
    page(f'dw-core2-2016-continued-in-next-entry-site-nav-only-weatherglass-{i + 1}', f'dw-{WJ}-{wg_ids[i]}.html', wg_urls[i], 'dreamwidth', 'story', 2016,
         ['dw-core2', 'no-part-numbers', 'site-next-previous-only'] + (['no-header'] if i else []),
         f'DW core2 (2016): “{wg_subj[i]}”, NO part number anywhere; '
         + ['a Rating / Words / Notes header; the prose ends “Continued in the next entry.” with NO link: the only way on is DW’s own Next Entry (go?…&dir=next)',
            'no header; “Continued from the previous entry.” above and “Continued in the next entry.” below, neither linked: DW’s Previous / Next Entry the only ways',
            'no header; “Continued from the previous entry.” (not linked), then “~”: DW’s Previous Entry the only way back'][i],
         raw, [story(wg_urls[i], WJ, WJ, f, None, wg_bodies[i], exclude=ex)], stitched=(wg_urls, wg_bodies))
SERIES.append(('weatherglass', 'Weatherglass', '3', 'DW core2 2016: no part numbers; “Continued in the next entry.” / “Continued from the previous entry.” unlinked; DW’s Next / Previous Entry (go, in redirects.json) the only links between parts.'))

# ======================================================================= C. The Orchard Cycle (InsaneJournal, LJ S2 Disjointed,
# 2011): a SERIES MASTERPOST listing TWO stories, each in two parts ("Book One: Windfall", "Book Two: Graft"); each part's only
# link is "back to the Orchard Cycle" (the series masterpost).
OJ = 'quince_and_sloe'
OB = 'http://quince-and-sloe.insanejournal.com/'
oc_master = OB + '52210.html'
oc_urls = [[OB + '51338.html', OB + '51609.html'], [OB + '51877.html', OB + '52004.html']]
oc_titles = ['Windfall', 'Graft']
oc_prose = [
    [['The storm took the top off the old Bramley in the night, and in the morning the whole of the long grass under it was apples.',
      'Ruth and her brother picked them up in buckets until their backs hurt. Most were bruised. Their mother said to make cider, and their father said to make nothing, because the tree had been his father’s, and he went and sat under what was left of it.'],
     ['In the afternoon Ruth found him still there, with a knife, cutting a straight shoot from the broken crown.',
      '“You can’t plant a cutting from an apple,” she said. She had read it in a book. “It won’t come true.”',
      '“No,” her father said. “It comes as itself. That’s the best you can hope for from anybody.”']],
    [['Thirty years later Ruth’s own daughter asked why one tree in the orchard grew sideways, and bore small yellow apples nobody could name.',
      'Ruth said it had been grafted onto quince root by a man who did not know what he was doing, from a shoot of a tree that no longer existed.'],
     ['“Is it any good?” asked her daughter.',
      '“It’s itself,” said Ruth, and then laughed, because she had heard the voice she said it in.',
      'They picked the yellow apples anyway. They made terrible cider, and they drank all of it.']],
]
oc_bodies = [[body(f'orchard-{oc_titles[s].lower()}-{k + 1}', oc_prose[s][k]) for k in range(2)] for s in range(2)]
oc_entries = []
for s in range(2):
    for k in range(2):
        subj = f'The Orchard Cycle: {oc_titles[s]} ({k + 1}/2)'
        rows = [('Title', oc_titles[s]), ('Series', 'The Orchard Cycle, book ' + ['one', 'two'][s]), ('Rating', 'G'), ('Words', ['400', '350'][s])]
        f = fields(title=oc_titles[s], series='The Orchard Cycle, book ' + ['one', 'two'][s], rating='G', wordCount=['400', '350'][s])
        back = f'<p align="center">~ <a href="{oc_master}">back to the Orchard Cycle</a> ~</p>'
        e = {'url': oc_urls[s][k], 'site': 'insanejournal.com', 'journal': OJ, 'poster': OJ, 'subject': subj, 'date': (2011, 9, 2 + 5 * s + k, '19:0' + str(k)), 'tags': ['orchard cycle', 'writing'],
             'html': hdr(rows) + '<br /><br />\n' + ph(oc_prose[s][k]) + '\n' + back, 'ncomments': 1,
             'comments': [('medlar_dreams', 'Apples in buckets! I can smell this.')]}
        oc_entries.append(e)
        raw = disjointed_page('entry', [e], OJ, 'quince & sloe', oc_urls[s][k], 2011, site='insanejournal.com')
        page(f'ij-disjointed2011-series-masterpost-two-stories-only-link-{oc_titles[s].lower()}-{k + 1}', f'ij-{OJ}-{oc_urls[s][k].split("/")[-1]}', oc_urls[s][k],
             'insanejournal', 'story', 2011, ['ij', 's2-disjointed', 'series-masterpost-of-two-stories', 'only-link-to-series-index'],
             f'InsaneJournal, LJ S2 Disjointed (2011): “{subj}”, part {k + 1} of {oc_titles[s]} (book {["one", "two"][s]} of a series); its ONLY link is “back to the Orchard Cycle”, a SERIES MASTERPOST that lists BOTH books’ parts',
             raw, [story(oc_urls[s][k], OJ, OJ, f, part(k + 1, 2), oc_bodies[s][k], exclude=['back to the Orchard Cycle', 'Apples in buckets! I can smell this.'])],
             stitched=(oc_urls[s], oc_bodies[s]))
m_html = ('<p>All of the Orchard Cycle in one place. Two short stories about one family and one tree; read them in order.</p>\n'
          f'<p><b>Book One: Windfall</b> (G, 400 words)<br />\n<a href="{oc_urls[0][0]}">part one</a> | <a href="{oc_urls[0][1]}">part two</a></p>\n'
          f'<p><b>Book Two: Graft</b> (G, 350 words)<br />\n<a href="{oc_urls[1][0]}">part one</a> | <a href="{oc_urls[1][1]}">part two</a></p>\n'
          '<p><small>A third book may happen, if the tree cooperates.</small></p>')
me = {'url': oc_master, 'site': 'insanejournal.com', 'journal': OJ, 'poster': OJ, 'subject': 'The Orchard Cycle (series masterpost)', 'date': (2011, 9, 12, '22:30'), 'tags': ['orchard cycle', 'masterpost'],
      'html': m_html, 'ncomments': 0, 'comments': []}
page('ij-disjointed2011-series-masterpost-lists-two-multipart-stories-orchardcycle', f'ij-{OJ}-52210.html', oc_master, 'insanejournal', 'not-story', 2011,
     ['ij', 's2-disjointed', 'series-masterpost-of-two-stories'],
     'InsaneJournal, LJ S2 Disjointed (2011): a SERIES MASTERPOST listing TWO stories, each in two parts (“Book One: Windfall — part one | part two”, “Book Two: Graft — …”): a list of two stories, no prose of its own',
     disjointed_page('entry', [me], OJ, 'quince & sloe', oc_master, 2011, site='insanejournal.com'), [])
SERIES.append(('orchard-windfall', 'Windfall (The Orchard Cycle, book one)', '2', 'InsaneJournal 2011, S2 Disjointed: each part’s only link “back to the Orchard Cycle”, a series masterpost listing this story’s parts and another story’s.'))
SERIES.append(('orchard-graft', 'Graft (The Orchard Cycle, book two)', '2', 'As Windfall: the same series masterpost the only way between the parts.'))

# ======================================================================= D. The Ninth Well (LJ 2019+ page, 2021): a TRANSLATION
# from Romanian in two parts; translator's notes and the original's credit in the header; the only links between the parts are
# in the header's "Series:" line ("The Ninth Well: <a>part one</a> · <a>part two</a>").
TJ = 'lindenleaf_tr'
TB = 'https://lindenleaf-tr.livejournal.com/'
nw_urls = [TB + '14488.html', TB + '14702.html']
nw_prose = [
    ['In our village there were eight wells, and everyone knew where they were, and there was a ninth, and nobody did.',
     'My grandmother said the ninth well was for the things you could not say aloud. You went to it at night, and you said the thing down into the dark, and the water kept it.',
     'When I was nine I asked her where it was. She said that if I needed it, I would find it, and if I found it without needing it, I should walk straight past.'],
    ['I found it the winter she died. It was behind the church, under the lilac, where I had played a hundred times; a ring of stones and a wooden lid and the smell of deep cold water.',
     'I lifted the lid. I knelt. I did not say anything down into the dark for a long time.',
     'Then I said thank you, which was not a thing that could not be said aloud, only a thing I had not said; and the water took it anyway, and I put the lid back, and walked home.'],
]
nw_bodies = [body(f'ninthwell-{i + 1}', p) for i, p in enumerate(nw_prose)]
ORIG = 'Fântâna a noua by Ileana Stoica (stoica_ileana), posted to her journal in 2019'
TN = 'Translated with the author’s kind permission. Any clumsiness is mine, not hers.'
for i in range(2):
    ser = (f'The Ninth Well: ' + (f'<a href="{nw_urls[0]}">part one</a>' if i else 'part one') + ' &middot; ' + (f'<a href="{nw_urls[1]}">part two</a>' if i == 0 else 'part two'))
    rows = [('Title', 'The Ninth Well'), ('Original', ORIG), ('Translator', 'lindenleaf_tr'), ('Series', (ser, 'The Ninth Well: part one · part two')),
            ('Rating', 'G'), ('Words', ['260', '240'][i]), ('Translator’s notes', TN)]
    f = fields(title='The Ninth Well', series='The Ninth Well: part one · part two', rating='G', wordCount=['260', '240'][i], notes=TN)
    html = hdr(rows) + '\n<hr />\n' + ph(nw_prose[i])
    e = {'url': nw_urls[i], 'journal': TJ, 'poster': TJ, 'subject': f'[translation] The Ninth Well, {["part one", "part two"][i]}', 'date': (2021, 2, 11 + i * 3, '18:2' + str(i)),
         'tags': ['translation', 'romanian fic'], 'html': html, 'comments': [('stoica_ileana', ['Mulțumesc! It reads so well in English.', 'Perfect. You kept the lilac.'][i])]}
    raw = md_entry_page(e, 'linden leaf: translations', 2021)
    page(f'lj-mdspost2021-translation-parts-linked-in-series-field-ninthwell-{i + 1}', f'lj-mds-{TJ}-{nw_urls[i].split("/")[-1]}', nw_urls[i], 'livejournal', 'story', 2021,
         ['lj-2019', 'translation', 'original-credit', 'part-links-in-series-field'],
         f'LJ 2019+ entry page (2021): a TRANSLATION from Romanian, “{e["subject"]}”: Original (the original’s credit) / Translator / Series / Rating / Words / Translator’s notes; the ONLY link to the other part is inside the header’s Series: value (“The Ninth Well: part one · <a>part two</a>”)',
         raw, [story(nw_urls[i], TJ, TJ, f, part(i + 1, None), nw_bodies[i], exclude=[TN, e['comments'][0][1]])], stitched=(nw_urls, nw_bodies))
SERIES.append(('ninthwell', 'The Ninth Well', '2', 'LJ 2019+ 2021, a translation: the parts linked only inside the header’s Series: line.'))

# ======================================================================= E. Casa cu ceas (Scribbld, LJ S2
# Generator, 2009): a ROMANIAN story in two chapters, "Capitolul 1 din 2", Titlu / Autor / Personaje / Clasificare / Cuvinte /
# Rezumat, "Capitolul următor »" / "« Capitolul anterior"; chapter 2 also as a Wayback copy captured 2010.
RJ = 'ceasornic'
RB = 'http://ceasornic.scribbld.com/'
cc_urls = [RB + '3306.html', RB + '3391.html']
cc_prose = [
    ['Ceasul din casa bunicii se oprea mereu la trei și un sfert, indiferent cine îl întorcea.',
     'Andrei a încercat de toate: l-a uns, l-a curățat, l-a dus la un ceasornicar din oraș care a spus că nu are nimic. Acasă, s-a oprit din nou la trei și un sfert.'],
    ['Abia în toamnă a găsit scrisoarea, îndoită în cutia ceasului, sub pendul. Era de la bunicul, scrisă cu o zi înainte de plecarea lui pe front.',
     '„Te aștept la trei și un sfert, la gară”, scria. Andrei a pus scrisoarea înapoi și nu a mai întors ceasul niciodată.'],
]
cc_bodies = [body(f'casacuceas-{i + 1}', p) for i, p in enumerate(cc_prose)]
CC_SUM = 'Un ceas care se oprește mereu la aceeași oră.'
for i in range(2):
    if i == 0:
        rows = [('Titlu', 'Casa cu ceas'), ('Autor', 'ceasornic'), ('Personaje', 'Andrei, bunica'), ('Clasificare', 'G'), ('Cuvinte', '900'), ('Rezumat', CC_SUM)]
        f = fields(title='Casa cu ceas', author='ceasornic', characters='Andrei, bunica', rating='G', wordCount='900', summary=CC_SUM)
        nav = f'<p align="right"><a href="{cc_urls[1]}">Capitolul următor &raquo;</a></p>'
        navt = 'Capitolul următor »'
    else:
        rows = [('Titlu', 'Casa cu ceas'), ('Clasificare', 'G')]
        f = fields(title='Casa cu ceas', rating='G')
        nav = f'<p><a href="{cc_urls[0]}">&laquo; Capitolul anterior</a> | Sfârșit</p>'
        navt = '« Capitolul anterior | Sfârșit'
    subj = f'Casa cu ceas — Capitolul {i + 1} din 2'
    e = {'url': cc_urls[i], 'journal': RJ, 'poster': RJ, 'subject': subj, 'date': (2009, 11, 14 + 6 * i, '22:0' + str(i)), 'tags': ['fic', 'original'],
         'html': hdr(rows) + '<br /><br />\n' + ph(cc_prose[i]) + '\n' + nav, 'ncomments': 1, 'comments': [('lacrima_verde', ['Și acum ce urmează?!', 'Of. Trei și un sfert.'][i])]}
    raw = gen_page('entry', [e], 'scribbld', RJ, 'ceasornic', cc_urls[i], f'{RJ}: {subj}', 2009)
    page(f'sc-generator2009-romanian-labels-chapter-links-casacuceas-{i + 1}', f'sc-{RJ}-{cc_urls[i].split("/")[-1]}', cc_urls[i], 'scribbld', 'story', 2009,
         ['scribbld', 's2-generator', 'other-language-labels', 'romanian'],
         f'Scribbld, LJ S2 Generator (2009): a ROMANIAN story, subject “{subj}”, '
         + ('Titlu / Autor / Personaje / Clasificare / Cuvinte / Rezumat, “Capitolul următor »”' if i == 0 else 'a short Titlu / Clasificare header, “« Capitolul anterior | Sfârșit”'),
         raw, [story(cc_urls[i], RJ, RJ, f, part(i + 1, 2), cc_bodies[i], exclude=[navt, e['comments'][0][1]])], stitched=(cc_urls, cc_bodies))
    if i == 1:
        ts = '20100309121544'
        wurl = f'https://web.archive.org/web/{ts}/{cc_urls[1]}'
        page('wayback-2010-sc-generator-romanian-labels-chapter-links-casacuceas-2', f'wayback-{ts}-{RJ}-3391.html', wurl, 'wayback', 'story', 2009,
             ['wayback-2010', 'scribbld', 's2-generator', 'other-language-labels', 'romanian'],
             'Wayback copy captured 2010 (relative `/web/` links) of Casa cu ceas chapter 2 (Scribbld S2 Generator): “« Capitolul anterior” rewritten through /web/',
             wayback(raw, ts, cc_urls[1]), [story(cc_urls[1], RJ, RJ, f, part(2, 2), cc_bodies[1], exclude=[navt, e['comments'][0][1]])],
             stitched=([f'https://web.archive.org/web/{ts}/{u}' for u in cc_urls], cc_bodies))
PAGES[-3]['also'] = [f'https://web.archive.org/web/20100309121544/{cc_urls[0]}']
SERIES.append(('casacuceas', 'Casa cu ceas', '3 (one a Wayback copy)', 'Scribbld 2009, S2 Generator: Romanian, “Capitolul 1 din 2”; “Capitolul următor »” / “« Capitolul anterior”.'))

# ======================================================================= F. The Lantern Census (InsaneJournal, LJ S2 Magazine,
# 2012): three parts; part 2 is FRIENDS-ONLY (the site's login page at its address); each part ends with a "Parts:" line of the
# parts' NAMES IN WORDS ("one · two (flocked) · three"), the current one unlinked.
LJ2 = 'census_of_lamps'
LB = 'http://census-of-lamps.insanejournal.com/'
lc_urls = [LB + '9910.html', LB + '10102.html', LB + '10347.html']
lc_prose = [
    ['Every tenth year the town counted its lanterns, and this year the count fell to Mireille, who was fifteen and had a clipboard.',
     'She counted the harbour lanterns, and the lanterns over the bakery, and the one in the bell-tower that nobody had lit since the bell cracked. She wrote down one hundred and four.',
     'The last census had said one hundred and five.'],
    None,
    ['She found the hundred and fifth in the end in her own attic, in a trunk of her mother’s, wrapped in a shawl.',
     'It was small and brass and had a red glass, and when she lit it the whole attic went the colour of evening.',
     'She wrote one hundred and five on the form, and carried the lantern to the window, and left it there; and in the morning three neighbours came to ask what it was for, and she told them.'],
]
lc_bodies = [body('lanterncensus-1', lc_prose[0]), None, body('lanterncensus-3', lc_prose[2])]


def lc_parts(i):
    names = ['one', 'two (flocked)', 'three']
    return 'Parts: ' + ' &middot; '.join(n if k == i else f'<a href="{lc_urls[k]}">{n}</a>' for k, n in enumerate(names))


for i in (0, 2):
    rows = [('Title', 'The Lantern Census'), ('Rating', 'G'), ('Words', ['280', '300'][i // 2])]
    f = fields(title='The Lantern Census', rating='G', wordCount=['280', '300'][i // 2])
    subj = f'The Lantern Census, part {["one", "two", "three"][i]}'
    e = {'url': lc_urls[i], 'site': 'insanejournal.com', 'journal': LJ2, 'poster': LJ2, 'subject': subj, 'date': (2012, 3, 5 + 2 * i, '20:15'), 'tags': ['fic'],
         'html': hdr(rows) + '<br /><br />\n' + ph(lc_prose[i]) + f'\n<p><small>{lc_parts(i)}</small></p>', 'ncomments': 1,
         'comments': [('wick_and_tallow', ['A lantern census is such a good idea.', 'The colour of evening!'][i // 2])]}
    raw = magazine_page('entry', [e], LJ2, 'a census of lamps', lc_urls[i], 2012, site='insanejournal.com')
    ptxt = re.sub('<[^>]+>', '', lc_parts(i)).replace('&middot;', '·')
    page(f'ij-magazine2012-friends-only-middle-part-parts-named-in-words-lanterncensus-{i + 1}', f'ij-{LJ2}-{lc_urls[i].split("/")[-1]}', lc_urls[i], 'insanejournal', 'story', 2012,
         ['ij', 's2-magazine', 'part-locked', 'parts-line-in-words'],
         f'InsaneJournal, LJ S2 Magazine (2012): “{subj}”, a closing small “Parts: one · two (flocked) · three” line (the current one unlinked); part two is FRIENDS-ONLY (the site’s login page at its address): stitched as parts 1 to 3 with part 2 said missing (login)',
         raw, [story(lc_urls[i], LJ2, LJ2, f, part(i + 1, None), lc_bodies[i], exclude=[ptxt, e['comments'][0][1]])], stitched=(lc_urls, lc_bodies))
    missing(lc_urls[1], 'login')
page('ij-login2012-friends-only-part-lanterncensus-2', f'ij-{LJ2}-10102-login.html', lc_urls[1], 'insanejournal', 'interstitial', 2012, ['ij', 'login-page'],
     'InsaneJournal (2012): the login page the site serves at The Lantern Census part two’s address (a friends-only entry, a reader not logged in)',
     lj_login_page(lc_urls[1], 'insanejournal.com'), [])
SERIES.append(('lanterncensus', 'The Lantern Census', '2 (+ the login page)', 'InsaneJournal 2012, S2 Magazine: “Parts: one · two (flocked) · three” in words; part two friends-only: missing (login).'))

# ======================================================================= G. Тиха вода (DW core2, 2013): a UKRAINIAN story in two
# parts, Назва / Автор / Персонажі / Рейтинг / Розмір / Анотація, "Частина 1/2", "Наступна частина →" / "← Попередня частина".
UJ = 'tykha_voda'
UB = 'https://tykha-voda.dreamwidth.org/'
tv_urls = [UB + '2201.html', UB + '2502.html']
tv_prose = [
    ['Над ставом щовечора піднімався туман, і Оксана щовечора виходила на кладку дивитися, як він ховає воду.',
     'Дід казав, що в тихій воді живе пам’ять про все, що колись у ній відбивалося. Оксана не вірила, але все одно говорила до води пошепки.'],
    ['Одного вечора вода відповіла: у тумані відбилося не її обличчя, а мамине, молоде, яким воно було на старих фотографіях.',
     'Оксана не злякалася. Вона сіла на кладку і розповіла воді все, що не встигла сказати, а туман тим часом тихо піднімався і танув над верболозом.'],
]
tv_bodies = [body(f'tykhavoda-{i + 1}', p) for i, p in enumerate(tv_prose)]
TV_SUM = 'Став, туман і пам’ять води.'
for i in range(2):
    if i == 0:
        rows = [('Назва', 'Тиха вода'), ('Автор', 'tykha_voda'), ('Персонажі', 'Оксана, дід'), ('Рейтинг', 'G'), ('Розмір', 'міні, 700 слів'), ('Анотація', TV_SUM)]
        f = fields(title='Тиха вода', author='tykha_voda', characters='Оксана, дід', rating='G', wordCount='міні, 700 слів', summary=TV_SUM)
        nav = f'<p style="text-align: right"><a href="{tv_urls[1]}">Наступна частина &rarr;</a></p>'
        navt = 'Наступна частина →'
    else:
        rows = [('Назва', 'Тиха вода'), ('Рейтинг', 'G')]
        f = fields(title='Тиха вода', rating='G')
        nav = f'<p><a href="{tv_urls[0]}">&larr; Попередня частина</a></p>'
        navt = '← Попередня частина'
    subj = f'Тиха вода. Частина {i + 1}/2'
    e = {'url': tv_urls[i], 'journal': UJ, 'poster': UJ, 'subject': subj, 'date': (2013, 8, 20 + 2 * i, '23:1' + str(i)), 'tags': ['фанфік', 'оригінал'],
         'html': hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(tv_prose[i]) + '\n' + nav, 'ncomments': 1, 'comments': [('verba_nad_vodoyu', ['Чекаю продовження!', 'Дуже тепло, дякую.'][i])]}
    raw = dw_page('entry', [e], UJ, 'тиха вода', 'Fluid Measure', tv_urls[i], f'{UJ}: {subj}', year=2013)
    page(f'dw-core2-2013-ukrainian-labels-part-links-tykhavoda-{i + 1}', f'dw-{UJ}-{tv_urls[i].split("/")[-1]}', tv_urls[i], 'dreamwidth', 'story', 2013,
         ['dw-core2', 'other-language-labels', 'ukrainian', 'cyrillic'],
         f'DW core2 (2013): a UKRAINIAN story, subject “{subj}”, '
         + ('Назва / Автор / Персонажі / Рейтинг / Розмір / Анотація, “Наступна частина →”' if i == 0 else 'a short Назва / Рейтинг header, “← Попередня частина”'),
         raw, [story(tv_urls[i], UJ, UJ, f, part(i + 1, 2), tv_bodies[i], exclude=[navt, e['comments'][0][1]])], stitched=(tv_urls, tv_bodies))
SERIES.append(('tykhavoda', 'Тиха вода', '2', 'DW core2 2013: Ukrainian, “Частина 1/2”; “Наступна частина →” / “← Попередня частина”.'))

