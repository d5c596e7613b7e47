"""Posts of tests/heldout15 and their truth: three of the multi-part stories. All prose, names, journals and titles are
invented for this corpus (fandom names are labels; the canons are original fiction). Renderers: tests/heldout2's layouts.py
(LJ S2 Generator on DeadJournal, LJ `?format=light`, the Wayback wrapper), tests/heldout7's s2y.py (DW `?style=site`)."""
import re

from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import gen_page, light_page, lj_user_old, wayback
from s2x import lickable_page
from s2y import dw_site_page


def txt(h):
    return re.sub('<[^>]+>', '', h).replace('&laquo;', '«').replace('&raquo;', '»').replace('&lt;', '<').replace('&gt;', '>').replace('&amp;', '&').replace('&middot;', '·').replace('&nbsp;', ' ')


def cp(h):
    return f'<p style="text-align: center">{h}</p>'


# ======================================================================= A. Ostry Vigil (DeadJournal, LJ S2 Generator, 2007), read
# as Wayback copies captured 2008 (relative /web/ links): the parts numbered by a ROMAN NUMERAL ALONE after a dash in the
# subject ("Ostry Vigil — III"), no total anywhere; the only links between the parts are bare "<<" and ">>" under the prose;
# a short header on part I only.
J = 'hollin_gale'
DJ = f'http://www.deadjournal.com/users/{J}/'
ov_ids = [2291, 2318, 2364, 2402]
ov_urls = [DJ + f'{n}.html' for n in ov_ids]
ov_ts = ['20080211143307', '20080302091544', '20080415220019', '20080611180412']
ROMAN = ['I', 'II', 'III', 'IV']
ov_prose = [
    ['Beck had kept the lamp on Ostry Point for nine winters, and in nine winters nobody had ever knocked at the tower door after dark.',
     'So when the knock came, on the longest night, she took the poker with her down all ninety steps, and opened the door with it raised.',
     'A boy stood on the step with snow in his hair and a letter in his hand. “From the keeper at Harl,” he said. “He says his lamp is out, and will you keep his too.”'],
    ['Harl was eleven miles along the coast, across the salt flats. Beck read the letter twice by the stove while the boy steamed and dripped.',
     '“I can’t keep two lamps,” she said.',
     '“He said you’d say that,” said the boy. “He said to tell you the ferry is due at Harl before the turn of the tide, and it will not see the rocks without a light.”'],
    ['They went across the flats with a hand lantern and a coil of rope between them, the boy first because he knew the way, Beck behind because she did not trust it.',
     'Halfway over, the boy stopped and pointed back. Ostry light was turning behind them, steady, white, as it had turned for nine winters. Nobody was in the tower to turn it.',
     'Beck looked at it for a long moment. Then she said, “Walk on,” and they walked on.'],
    ['The lamp at Harl was cold, and the keeper was asleep in his chair with his boots on. Beck lit the lamp and set it turning and stood at the glass until the ferry’s mast light passed the rocks and went on into the dark.',
     'In the morning the keeper woke and thanked her, and asked who had kept Ostry while she was gone.',
     'Beck said she would ask the boy. But the boy had gone, and there was only one set of footprints in the snow on the flats, and they were hers.'],
]
ov_bodies = [body(f'ostryvigil-{k}', p) for k, p in zip(ROMAN, ov_prose)]
OV_NOTES = 'For the long-night prompt at winterlamps. Four short parts, one a night.'
ov_entries = []
for i in range(4):
    subj = f'Ostry Vigil — {ROMAN[i]}'
    if i == 0:
        head = hdr([('Rating', 'G'), ('Words', '~700 altogether'), ('Notes', OV_NOTES)], '<b>{L}:</b> {V}') + '<br /><br />\n'
        f = fields(title='Ostry Vigil', rating='G', wordCount='~700 altogether', notes=OV_NOTES)
    else:
        head = ''
        f = fields(title='Ostry Vigil')
    lt = f'<a href="{ov_urls[i - 1]}">&lt;&lt;</a>' if i > 0 else ''
    gt = f'<a href="{ov_urls[i + 1]}">&gt;&gt;</a>' if i < 3 else ''
    nav = '<center>' + ' &nbsp; '.join(x for x in (lt, gt) if x) + '</center>'
    tail = '<br />\n<center><small>~ end ~</small></center>' if i == 3 else ''
    html = head + '<br /><br />\n'.join(ov_prose[i]) + '<br /><br />\n' + nav + tail
    e = {'url': ov_urls[i], 'journal': J, 'poster': J, 'subject': subj, 'date': (2007, 12, 21 + i, '23:0' + str(i)), 'tags': ['fic', 'ostry'],
         'html': html, 'ncomments': 1,
         'comments': [('thrift_and_thistle', ['Who is the boy?! (I think I know who the boy is.)', 'Eleven miles across salt flats at night. No.', 'NOBODY WAS IN THE TOWER. I have goosebumps.', 'Oh, the footprints. Oh.'][i])]}
    ov_entries.append(e)
    raw = gen_page('entry', [e], 'deadjournal', J, 'salt and lamp-black', ov_urls[i], f'{J}: {subj}', 2007)
    wurl = f'https://web.archive.org/web/{ov_ts[i]}/{ov_urls[i]}'
    also = [f'https://web.archive.org/web/{ts}/{ov_urls[i]}' for ts in ov_ts if ts != ov_ts[i]]
    ex = [e['comments'][0][1]] + (['~ end ~'] if i == 3 else [])
    page(f'wayback-2008-dj-generator-roman-alone-arrows-only-ostryvigil-{ROMAN[i].lower()}', f'wayback-{ov_ts[i]}-{J}-{ov_ids[i]}.html', wurl, 'wayback', 'story', 2007,
         ['wayback-2008', 'deadjournal', 's2-generator', 'roman-numeral-alone', 'bare-arrow-links'] + (['no-header'] if i else []),
         f'Wayback copy (captured {ov_ts[i][:8]}, relative `/web/` links) of a DeadJournal S2 Generator entry (2007, `/users/NAME/`): subject “{subj}”, the part a ROMAN NUMERAL ALONE after a dash (no total anywhere); '
         + ('a Rating / Words / Notes header (no Title label: the title is the subject’s); ' if i == 0 else 'NO header; ')
         + {0: 'only a bare “>>” under the prose', 3: 'only a bare “<<” under the prose, then “~ end ~”'}.get(i, 'only bare “<<” and “>>” under the prose'),
         wayback(raw, ov_ts[i], ov_urls[i]),
         [story(ov_urls[i], J, J, f, part(i + 1, None), ov_bodies[i], exclude=ex)],
         stitched=([f'https://web.archive.org/web/{ov_ts[i]}/{u}' for u in ov_urls], ov_bodies), also=also)
SERIES.append(('ostryvigil', 'Ostry Vigil', '4 (all Wayback copies)', 'DeadJournal 2007, S2 Generator, captured 2008 with relative `/web/` links: “Ostry Vigil — I” … “— IV” (a roman numeral alone, no total); each part links its neighbours only by a bare “<<” / “>>”; a header on part I only.'))

# ======================================================================= B. The Hollow Ferry (LJ `?format=light`, 2012): parts
# numbered "Part the First / the Second / the Third (of Three)"; the NEXT part is linked only from an EDIT NOTE at the TOP of the
# part before ("ETA: Part the Second is up!"), the earlier parts from a "Previously:" line after the prose.
HJ = 'tidewrack_ink'
HT = 'http://tidewrack-ink.livejournal.com/'
hf_ids = [61440, 61873, 62209]
hf_urls = [HT + f'{n}.html' for n in hf_ids]
ORD = ['First', 'Second', 'Third']
hf_prose = [
    ['The ferry at Hollow Reach ran twice a day, at slack water, and Agnete had worked it since she was fourteen. She knew every plank of it by the sound it made underfoot.',
     'On the last crossing before the storm, a man in a grey coat paid his fare in a coin she had never seen, square, with a hole in the middle, and sat in the stern with his back to the shore they had left.',
     'When they reached the far side he did not get off. “I’ll go back with you,” he said. “I only wanted to see it from the water.”',
     'So she took him back, and the storm came in behind them, and he sat in the stern the whole way with his face turned to the far shore as if he were memorising it.'],
    ['He rode the ferry every crossing for a week. He never got off, and he never paid again, and Agnete found she did not mind.',
     'On the fifth day he told her that the square coin came from a town at the bottom of the reservoir upriver, drowned when the dam was built. He had been born there. He said the church bell still rang when the water was low.',
     '“I don’t believe you,” said Agnete, and he smiled and said that was fair.',
     'On the seventh day he was not on the landing stage. She waited past slack water, which she had never once done, and then she took the ferry over empty, and the planks sounded wrong all the way.'],
    ['In August the summer was so dry that the reservoir shrank to a puddle, and the papers printed photographs of the old church tower standing up out of the mud.',
     'Agnete took her day off and walked upriver, and stood on the cracked bank, and listened. There was no bell.',
     'When she got back to the Reach the ferry was tied up and the man in the grey coat was sitting in the stern. “It doesn’t ring for visitors,” he said. She sat down beside him, and after a while, far off, it did.'],
]
hf_bodies = [body(f'hollowferry-{k}', p) for k, p in zip(['1', '2', '3'], hf_prose)]
HF_SUM = 'A ferrywoman, a passenger who never gets off, and a drowned town.'
hf_words = ['1,200', '1,050', '1,300']
hf_entries = []
for i in range(3):
    subj = f'fic: The Hollow Ferry, Part the {ORD[i]} (of Three)'
    top = ''
    if i < 2:
        top = [f'<p><i><b>ETA 2 March:</b> <a href="{hf_urls[1]}">Part the Second</a> is up!</i></p>\n',
               f'<p><i>Edited to add: <a href="{hf_urls[2]}">Part the Third</a> is posted, and that is the end.</i></p>\n'][i]
    rows = [('Title', 'The Hollow Ferry'), ('Fandom', 'Reservoir Towns'), ('Characters', 'Agnete, the man in the grey coat'), ('Rating', 'PG'), ('Words', hf_words[i])]
    f = fields(title='The Hollow Ferry', fandom='Reservoir Towns', characters='Agnete, the man in the grey coat', rating='PG', wordCount=hf_words[i])
    if i == 0:
        rows.append(('Summary', HF_SUM))
        f['summary'] = HF_SUM
    head = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n'
    after = ''
    if i == 1:
        after = f'\n<p>Previously: <a href="{hf_urls[0]}">Part the First</a></p>'
    if i == 2:
        after = f'\n<p>Previously: <a href="{hf_urls[0]}">Part the First</a> &middot; <a href="{hf_urls[1]}">Part the Second</a></p>'
    html = top + head + ph(hf_prose[i]) + after
    e = {'url': hf_urls[i], 'journal': HJ, 'poster': HJ, 'poster_name': 'wrack', 'subject': subj, 'date': [(2012, 2, 24, '20:40'), (2012, 3, 2, '21:05'), (2012, 3, 7, '20:42')][i],
         'tags': ['fic', 'the hollow ferry'], 'html': html,
         'comments': [('reedbed_reader', ['A square coin with a hole in it!', '“That was fair.” I love him already.', 'It doesn’t ring for visitors. Oh, my heart.'][i])]}
    ex = [e['comments'][0][1]] + ([txt(top).strip()] if top else []) + ([txt(after).strip()] if after else [])
    hf_entries.append((e, f, ex))
    page(f'lj-light-2012-edit-note-links-next-part-the-{ORD[i].lower()}-hollowferry', f'lj-2012-{HJ}-{hf_ids[i]}-light.html', hf_urls[i] + '?format=light', 'livejournal', 'story', 2012,
         ['lj-format-light', 'part-the-nth', 'edit-note-next-link'] if i < 2 else ['lj-format-light', 'part-the-nth', 'previously-line'],
         f'LJ `?format=light` (2012): “{subj}”, parts numbered “Part the First / Second / Third (of Three)”; '
         + ['the ONLY link onward is an italic “ETA 2 March: Part the Second is up!” edit note ABOVE the header',
            'an “Edited to add: Part the Third is posted” note above the header links onward; “Previously: Part the First” after the prose',
            'the last part: “Previously: Part the First · Part the Second” after the prose'][i],
         light_page(e, 2012),
         [story(hf_urls[i], HJ, HJ, f, part(i + 1, 3), hf_bodies[i], exclude=ex)], stitched=(hf_urls, hf_bodies), also=[hf_urls[i]])
# the story's tag page in the journal's own style (LJ S2 Quite Lickable): the three parts in full, newest first
hf_tag = HT + 'tag/the+hollow+ferry'
tag_entries = [dict(e, ncomments=len(e['comments'])) for e, _, _ in reversed(hf_entries)]
page('lj-lickable-2012-tag-page-holds-parts-newest-first-hollowferry', f'lj-2012-{HJ}-tag-hollowferry.html', hf_tag, 'livejournal', 'index', 2012,
     ['s2-lickable', 'tag-page', 'part-the-nth', 'edit-note-next-link', 'newest-first'],
     'The story’s TAG page (“the hollow ferry”, LJ S2 Quite Lickable, 2012): all three parts in full, NEWEST FIRST, each with its edit note and header; the parts are three stories of one page',
     lickable_page('tag', tag_entries, HJ, 'wrack and ruin', hf_tag, 'wrack and ruin', 2012, subtitle='fic and flotsam', tag='the hollow ferry'),
     [story(e['url'], HJ, HJ, f, part(i, 3), hf_bodies[i - 1], exclude=ex[1:]) for i, (e, f, ex) in zip((3, 2, 1), reversed(hf_entries))])
SERIES.append(('hollowferry', 'The Hollow Ferry', 3, 'LJ 2012, read with `?format=light`: “Part the First / Second / Third (of Three)”; each part’s NEXT part is linked only from an edit note at its TOP (“ETA: Part the Second is up!”), the earlier ones from a “Previously:” line after the prose.'))

# ======================================================================= C. Soolatee (DW `?style=site`, 2015): an ESTONIAN story in
# four chapters (Pealkiri / Autor / Fandom / Tegelased / Vanusepiirang / Hoiatused / Sõnu / Kokkuvõte / Peatükk: 2/4); the links
# between chapters were copied from the comment links, so they carry `?view=comments#comments`, `?mode=reply#add_comment` or
# `#comments`.
SJ = 'vento_norte'
ST = 'https://vento-norte.dreamwidth.org/'
st_ids = [8811, 9044, 9310, 9555]
st_urls = [ST + f'{n}.html' for n in st_ids]
st_prose = [
    ['Soolatee algas sadama juurest ja lõppes seal, kus keegi enam ei mäletanud. Mari oli seda teed käinud iga sügis koos isaga, kaks kotitäit soola seljas.',
     'Sel aastal läks ta üksi. Isa istus köögis akna all ja vaatas merd ning ütles, et tema põlved on nüüd vanemad kui tema ise.'],
    ['Esimesel õhtul jõudis Mari veskini, kus mölder andis talle leiba ja küsis, kelle jaoks sool on.',
     '„Metsataguste jaoks,” ütles Mari, nagu isa oli alati öelnud. Mölder noogutas, aga ei naeratanud. „Siis ära jää teele pimedaks,” ütles ta.'],
    ['Teisel päeval läks mets nii tihedaks, et keskpäeval oli hämar. Mari kuulis enda selja taga samme, mis peatusid alati siis, kui tema peatus.',
     'Ta ei vaadanud tagasi. Ta puistas peotäie soola teele, nagu isa oli õpetanud, ja sammud jäid maha.'],
    ['Metsataguste küla oli väike ja vaikne ning selle väravas ootas naine, kes tundis Mari nime.',
     '„Su isa tuli siia kolmkümmend aastat,” ütles naine ja võttis kotid vastu. „Nüüd tuled sina.” Ta andis Marile vastu väikese puust karbi, ja Mari teadis ilma avamata, et seal sees on meri.'],
]
st_bodies = [body(f'soolatee-{k}', p) for k, p in zip(['1', '2', '3', '4'], st_prose)]
ST_SUM = 'Mari viib esimest korda üksi soola üle metsa, nagu isa enne teda.'
st_words = ['380', '310', '350', '400']
st_nav = [
    f'<p style="text-align: right">Järgmine: <a href="{st_urls[1]}?view=comments#comments">2. peatükk</a></p>',
    f'<p style="text-align: center"><a href="{st_urls[0]}?mode=reply#add_comment">&laquo; 1. peatükk</a> | <a href="{st_urls[2]}#comments">3. peatükk &raquo;</a></p>',
    f'<p style="text-align: center">&laquo; <a href="{st_urls[1]}?view=comments">2. peatükk</a> | <a href="{st_urls[3]}?view=comments#comments">4. peatükk</a> &raquo;</p>',
    f'<p style="text-align: center">&laquo; <a href="{st_urls[2]}?mode=reply#add_comment">3. peatükk</a> | lõpp</p>',
]
for i in range(4):
    subj = f'Soolatee ({i + 1}/4)'
    rows = [('Pealkiri', 'Soolatee'), ('Autor', SJ), ('Fandom', 'Metsatagused'), ('Tegelased', 'Mari, isa, mölder'), ('Vanusepiirang', 'K-12'), ('Hoiatused', 'pole'), ('Sõnu', st_words[i]), ('Peatükk', f'{i + 1}/4')]
    f = fields(title='Soolatee', author=SJ, fandom='Metsatagused', characters='Mari, isa, mölder', rating='K-12', warnings='pole', wordCount=st_words[i])
    if i == 0:
        rows.append(('Kokkuvõte', ST_SUM))
        f['summary'] = ST_SUM
    html = '<p>' + hdr(rows, '<strong>{L}:</strong> {V}') + '</p>\n<hr />\n' + ph(st_prose[i]) + '\n' + st_nav[i]
    e = {'url': st_urls[i], 'journal': SJ, 'poster': SJ, 'poster_name': 'Vento Norte', 'subject': subj, 'date': (2015, 10, 3 + 7 * i, '19:1' + str(i)),
         'tags': ['fic', 'soolatee', 'eesti keeles'], 'html': html,
         'currents': [('Mood', 'tired')] if i == 2 else [],
         'comments': [('kadakas', ['Nii ilus algus!', 'Mölder teab midagi...', 'Sool teele! Jah!', 'Meri karbis. Nutan.'][i], ''), (SJ, 'Aitäh!', 'Re:')]}
    ex = [txt(st_nav[i]).strip(), e['comments'][0][1]]
    page(f'dw-site-2015-estonian-labels-comment-link-urls-soolatee-{i + 1}', f'dw-2015-{SJ}-{st_ids[i]}-site.html', st_urls[i] + '?style=site', 'dreamwidth', 'story', 2015,
         ['dw-style-site', 'other-language-labels', 'estonian', 'part-link-with-query'],
         f'DW `?style=site` (2015): “{subj}”, an ESTONIAN story, labels Pealkiri / Autor / Fandom / Tegelased / Vanusepiirang / Hoiatused / Sõnu / Peatükk'
         + (' / Kokkuvõte' if i == 0 else '') + '; the chapter links carry the COMMENT links’ queries: '
         + ['“Järgmine: 2. peatükk” → `?view=comments#comments`', '“« 1. peatükk” → `?mode=reply#add_comment`, “3. peatükk »” → `#comments`',
            '“« 2. peatükk” → `?view=comments`, “4. peatükk »” → `?view=comments#comments`', '“« 3. peatükk | lõpp” → `?mode=reply#add_comment`'][i],
         dw_site_page(e, f'{SJ}: {subj}', 2015, skin='celerity'),
         [story(st_urls[i], SJ, SJ, f, part(i + 1, 4), st_bodies[i], exclude=ex)], stitched=(st_urls, st_bodies), also=[st_urls[i]])
SERIES.append(('soolatee', 'Soolatee', 4, 'DW 2015, read with `?style=site`: an Estonian story, “Peatükk: N/4” in the header; the links between chapters carry the comment links’ `?view=comments#comments`, `?mode=reply#add_comment`, `#comments`.'))

__all__ = ['BODIES', 'PAGES', 'SERIES', 'lj_user_old']
