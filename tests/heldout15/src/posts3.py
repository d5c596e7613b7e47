"""Posts of tests/heldout15 and their truth: a kink meme (a fill posted across two comment threads), single stories in header
shapes and languages no corpus used, and not-stories. All prose, names, journals and titles are invented for this corpus
(fandom names are labels; the canons are original fiction). Renderers: tests/heldout2's layouts.py, tests/heldout5's s1.py
(talkread.bml), tests/heldout8's s2z.py (DW `?format=light`), tests/heldout11's s2t.py (LJ 2019+), meme.py (DW comment threads)."""
from corpus import body, fields, hdr, page, ph, story
from layouts import aentry_page, dw_page, dw_user, esc, gen_page, light_page, lj_user_old, wayback
from meme import meme_page
from s1 import talkread_page
from s2t import md_entry_page
from s2z import dw_light_page


def brp(paras):
    return '<br /><br />\n'.join(esc(p) for p in paras)


# ======================================================================= F. A kink meme (DW core2 community, 2014): "The Cart Road"
# posted in THREE comments across TWO threads: parts 1 and 2 reply to the prompt, part 3 is a NEW top-level thread
# "(continued from here, the thread got too deep)" linking part 2's permalink; a one-shot fill by a named user; a collapsed
# WIP fill; prompts and chatter. And the `?thread=N` page of the new thread.
MJ = 'quillwort_kink'
M_URL = 'https://quillwort-kink.dreamwidth.org/4411.html'


def plink(cid):
    return f'{M_URL}?thread={cid}#cmt{cid}'


P1 = 'Hale/Ostler. Rain, a broken cart wheel, miles from the next inn. They have to share a coat. Bonus if nobody says anything about it afterwards.'
P2 = 'Any, glassblowing. "Make me something that lasts."'
P3 = 'Wren/Ashby, first snow. They do not speak the same language yet. No translation convenient magic, please!'
cr_prose = [
    ['The wheel went at the bottom of Coldharbour Hill, with a crack like a musket, and the cart sat down in the mud on one corner like a tired dog.',
     'Hale got down and looked at it. Ostler did not get down. Ostler said, from under the canvas, that he had told Hale about that wheel at Michaelmas.'],
    ['It was six miles to the Bell at Tunstead, and the rain did not stop. Hale had a coat. Ostler had a waistcoat and opinions.',
     'After the second mile Hale took the coat off and held it up over both their heads, and they walked on under it with their shoulders pressed together, saying nothing at all.'],
    ['The landlord of the Bell looked at the two of them dripping on his flagstones under one coat and, being a wise man, did not say anything either.',
     'In the morning the wheel was mended and the sky was clear. Hale put his coat on. Ostler watched him do it, and for the whole of the drive home neither of them mentioned the rain.'],
]
cr_bodies = [body('cartroad-1', cr_prose[0]), None, body('cartroad-3', cr_prose[2])]
gw_prose = ['The glassblower’s customer wanted something that would last, and would not say for what.',
            'So she made him a float, the green kind that fishermen tie to nets, thick-walled and round, and she told him that the last one like it had washed up on the beach below her workshop after forty years at sea, without a scratch.',
            'He turned it in his hands and said it was for his daughter, who was going away. She wrapped it in newspaper and did not charge him.']
gw_body = body('glasswork', gw_prose)
ss_text = 'Ashby had a word for snow and Wren had a different one, and for the first hour they argued about which was correct.'
cont3 = f'<i>(continued from <a href="{plink(87774)}">here</a>, the thread got too deep for me to read!)</i><br /><br />\n'
threads = [
    {'id': 87006, 'subject': 'Hale/Ostler, rain, one coat', 'poster': None, 'time': '2014-03-01 09:12 pm (UTC)', 'html': esc(P1), 'replies': [
        {'id': 87518, 'subject': 'FILL: The Cart Road (1/3)', 'poster': None, 'time': '2014-03-02 01:40 am (UTC)', 'html': brp(cr_prose[0]), 'replies': [
            {'id': 87774, 'subject': 'The Cart Road (2/3)', 'poster': None, 'time': '2014-03-02 01:52 am (UTC)', 'html': brp(cr_prose[1]), 'replies': [
                {'id': 88030, 'subject': 'OP here', 'poster': None, 'time': '2014-03-02 08:03 am (UTC)', 'html': 'Saying nothing at all!!! Anon, this is exactly what I wanted.', 'replies': [
                    {'id': 88286, 'subject': 'Re: OP here', 'poster': None, 'time': '2014-03-02 10:30 am (UTC)', 'html': 'Author anon: thank you! The last part is coming in a new thread, this one is too squished to read.'}]}]}]}]},
    {'id': 87262, 'subject': 'glassblowing', 'poster': None, 'time': '2014-03-01 09:40 pm (UTC)', 'html': esc(P2), 'replies': [
        {'id': 89054, 'subject': 'FILL: Glasswork', 'poster': 'tansy_writes', 'time': '2014-03-03 06:25 pm (UTC)', 'html': brp(gw_prose), 'replies': [
            {'id': 89566, 'subject': '', 'poster': None, 'time': '2014-03-03 07:02 pm (UTC)', 'html': 'He did not say for what. Oh, I love this.'}]}]},
    {'id': 88542, 'subject': 'Wren/Ashby, first snow', 'poster': None, 'time': '2014-03-02 02:14 pm (UTC)', 'html': esc(P3), 'replies': [
        {'id': 88798, 'subject': 'FILL: Salt on the Sill (1/?)', 'poster': None, 'time': '2014-03-02 11:48 pm (UTC)', 'html': esc(ss_text), 'full': False}]},
    {'id': 89310, 'subject': 'FILL: The Cart Road (3/3) (cont.)', 'poster': None, 'time': '2014-03-03 11:15 am (UTC)', 'html': cont3 + brp(cr_prose[2]), 'replies': [
        {'id': 89822, 'subject': 'Re: FILL: The Cart Road (3/3) (cont.)', 'poster': None, 'time': '2014-03-03 12:01 pm (UTC)', 'html': 'OP again: the landlord being a wise man!! Perfect. Thank you, anon.'}]},
]
meme_e = {'url': M_URL, 'journal': MJ, 'poster': 'quillwort_mod', 'community': True, 'subject': 'Round Three: PROMPTS (page 1)', 'date': (2014, 3, 1, '20:00'), 'tags': ['round three', 'prompts'],
          'ncomments': 212,
          'html': ('<p><b>Rules, the short version:</b></p>\n<ul><li>Anon is on. Be kind.</li><li>One prompt per comment, pairing or characters in the subject line.</li>'
                   '<li>Fills go in reply to the prompt. Put FILL: and the title in your subject line, and (1/?) if it is in parts.</li><li>If a thread gets too deep, start a new one and link back.</li></ul>\n'
                   '<p>Fills are archived at the end of the round. Go forth!</p>')}
page('dw-core2-2014-kinkmeme-fill-across-two-threads-cartroad', 'dw-2014-quillwort_kink-4411.html', M_URL, 'dreamwidth', 'index', 2014,
     ['kink-meme', 'comment-story', 'dw-core2-style', 'fill-across-threads', 'collapsed-comment'],
     'A DW kink meme entry (core2 Tectonic, community quillwort_kink, 2014): “The Cart Road” filled anonymously in three comments ACROSS TWO THREADS — 1/3 and 2/3 reply to the prompt, 3/3 is a NEW top-level thread “(cont.)” opening “(continued from here, …)” linking 2/3’s permalink; a one-shot “FILL: Glasswork” by a named user; a COLLAPSED “FILL: Salt on the Sill (1/?)” (one line, Expand); prompts, OP chatter',
     meme_page(meme_e, 'Quillwort Kink Meme', 'Tectonic', M_URL, threads, 212, 2014, page_no=1, pages=4),
     [story(plink(87518), 'Anonymous', MJ, fields(title='The Cart Road', prompt=P1), {'index': 1, 'total': 3}, cr_bodies[0],
            exclude=['Saying nothing at all!!! Anon, this is exactly what I wanted.', 'the thread got too deep for me to read!'], comment=True, partLinks=[plink(87774), plink(89310)]),
      story(plink(89054), 'tansy_writes', MJ, fields(title='Glasswork', prompt=P2), None, gw_body, exclude=['He did not say for what. Oh, I love this.'], comment=True, partLinks=[]),
      story(plink(88798), 'Anonymous', MJ, fields(title='Salt on the Sill', prompt=P3), {'index': 1, 'total': None}, complete=False, comment=True, partLinks=[])])
t_url = f'{M_URL}?thread=89310'
page('dw-core2-2014-kinkmeme-thread-page-fill-continued-cartroad-3', 'dw-2014-quillwort_kink-4411-thread89310.html', t_url, 'dreamwidth', 'story', 2014,
     ['kink-meme', 'comment-story', 'dw-core2-style', 'thread-page', 'fill-across-threads'],
     'The same meme’s `?thread=89310` page: only the new thread, “FILL: The Cart Road (3/3) (cont.)”, opening “(continued from here, …)” linking part 2’s permalink in the OTHER thread, and OP’s reply; the prompt is not on this page',
     meme_page(meme_e, 'Quillwort Kink Meme', 'Tectonic', t_url, [threads[3]], 212, 2014),
     [story(plink(89310), 'Anonymous', MJ, fields(title='The Cart Road'), {'index': 3, 'total': 3}, cr_bodies[2],
            exclude=['OP again: the landlord being a wise man!! Perfect. Thank you, anon.', 'the thread got too deep for me to read!'], comment=True, partLinks=[plink(87774)])])

# ======================================================================= G. Single stories
# G1. LJ S1 journal, 2003: talkread.bml entry page; a HEADER-ONLY post whose story is at an off-site archive.
HJ = 'corvid_quill'
ho_url = f'http://www.livejournal.com/users/{HJ}/41876.html'
HO_SUM = 'Three sisters, one inheritance, and a clock that runs backwards on Sundays.'
HO_DIS = 'The Vantage Hall books are not mine; the clock is.'
ho_html = (hdr([('Title', 'The Sunday Clock'), ('Author', 'Corvid'), ('Fandom', 'Vantage Hall'), ('Rating', 'PG'), ('Summary', HO_SUM), ('Disclaimer', HO_DIS)], '<b>{L}:</b> {V}')
           + '<br /><br />\nIt was too long for one post (and LJ ate my formatting twice), so it lives at the archive: '
           '<a href="http://www.tallowarchive.net/viewstory.php?sid=1187">read it here</a>.<br /><br />\nFeedback is always lovely. :)')
ho_e = {'url': ho_url, 'journal': HJ, 'poster': HJ, 'subject': 'new fic: The Sunday Clock', 'date': (2003, 5, 18, '22:47'), 'currents': [('Mood', 'accomplished'), ('Music', 'the radio, badly')],
        'html': ho_html, 'comments': [('sixpence_sky', 'Reading now! The backwards clock, ooh.')]}
page('lj-s1talkread-2003-headeronly-offsite-archive-sundayclock', f'lj-2003-{HJ}-41876.html', ho_url, 'livejournal', 'story', 2003,
     ['s1-talkread', 'header-only', 'old-url-form', '2003'],
     'An S1 journal’s entry page as LiveJournal served it in 2003 (talkread.bml, `www.livejournal.com/users/NAME/N.html`): a bold-label header with Author / Summary / Disclaimer, then “it lives at the archive: read it here” linking an off-site archive (header-only)',
     talkread_page(ho_e, year=2003),
     [story(ho_url, HJ, HJ, fields(title='The Sunday Clock', author='Corvid', fandom='Vantage Hall', rating='PG', summary=HO_SUM, disclaimer=HO_DIS), None, headerOnly=True,
            elsewhere=['http://www.tallowarchive.net/viewstory.php?sid=1187'])])

# G2. DW ?format=light, 2016: a PODFIC post WITH A TRANSCRIPT (the writer reads her own story): the text is a story.
PJ = 'reedwarbler'
pf_url = 'https://reedwarbler.dreamwidth.org/12980.html'
pf_prose = ['Every evening at six the lighthouse keeper rang her sister on the mainland, and every evening her sister asked what the sea was doing.',
            '“Grey,” the keeper would say, or “Restless,” or once, in a February gale, “Coming in through the kitchen window, so I have to go.”',
            'When the lighthouse was automated, the keeper moved to the mainland, into the flat below her sister’s. The first evening at six, the phone rang downstairs, and her sister’s voice asked, “What is the sea doing?”',
            'The keeper went to the window. She could not see it from there. “Grey,” she said, because it would be.']
pf_body = body('sixoclock-transcript', pf_prose)
pf_html = ('<p><b>Title:</b> Six O’Clock<br />\n<b>Author:</b> ' + dw_user(PJ) + '<br />\n<b>Reader:</b> ' + dw_user(PJ) + '<br />\n<b>Fandom:</b> Original<br />\n<b>Rating:</b> G<br />\n'
           '<b>Words:</b> 480<br />\n<b>Running time:</b> 4:12<br />\n<b>Download:</b> <a href="https://archive.org/download/sixoclock-podfic/sixoclock.mp3">mp3</a> (3.9 MB)</p>\n'
           '<p><audio controls="controls" src="https://archive.org/download/sixoclock-podfic/sixoclock.mp3"></audio></p>\n'
           '<p><b>Transcript:</b></p>\n' + ph(pf_prose) + '\n<p><i>First time recording myself! Be gentle.</i></p>')
pf_e = {'url': pf_url, 'journal': PJ, 'poster': PJ, 'subject': 'podfic + text: Six O’Clock', 'date': (2016, 4, 2, '11:20'), 'tags': ['podfic', 'fic'], 'html': pf_html,
        'comments': [('tern_and_teal', 'Listened twice. “Grey, because it would be.” Ow.', '')]}
page('dw-light-2016-podfic-with-transcript-sixoclock', f'dw-2016-{PJ}-12980-light.html', pf_url + '?format=light', 'dreamwidth', 'story', 2016,
     ['dw-format-light', 'podfic', 'transcript'],
     'DW `?format=light` (2016): a PODFIC post of the writer’s own story WITH THE TEXT: Title / Author / Reader / Fandom / Rating / Words / Running time / Download, an audio player, a bold “Transcript:” and the story; the closing italic note is no body',
     dw_light_page(pf_e, f'{PJ}: podfic + text: Six O’Clock', 2016),
     [story(pf_url, PJ, PJ, fields(title='Six O’Clock', author=PJ, fandom='Original', rating='G', wordCount='480'), None, pf_body,
            exclude=['First time recording myself! Be gentle.', 'Transcript:', '4:12'])], also=[pf_url])

# G3. LJ S2 Generator, 2008: JAPANESE labels with full-width colons (タイトル / CP / レーティング / 注意 / あらすじ), Japanese prose.
JJ = 'hoshizora_ink'
jp_url = 'http://hoshizora-ink.livejournal.com/5532.html'
jp_prose = ['駅のホームで、ミナトは傘を持っていないことに気づいた。雨は思ったより強かった。',
            '隣に立っていたソラが、何も言わずに自分の傘を半分差し出した。二人は電車が来るまで、そのまま黙って立っていた。',
            '電車の中で、ソラは窓の外を見ながら小さく笑った。「明日も雨らしいよ」']
jp_body = body('amayadori', jp_prose)
jp_html = ('タイトル：雨宿り<br />\nCP：ミナト×ソラ<br />\nレーティング：全年齢<br />\n注意：特になし<br />\nあらすじ：傘を忘れた日の話。<br /><br />\n' + brp(jp_prose))
jp_e = {'url': jp_url, 'journal': JJ, 'poster': JJ, 'subject': '【小説】雨宿り', 'date': (2008, 6, 14, '23:10'), 'tags': ['小説'], 'html': jp_html,
        'comments': [('kumo_no_ito', 'かわいい！明日も読みたいです。')]}
page('lj-generator-2008-japanese-labels-amayadori', f'lj-2008-{JJ}-5532.html', jp_url, 'livejournal', 'story', 2008,
     ['s2-generator', 'other-language-labels', 'japanese', 'fullwidth-colon'],
     'LJ S2 Generator (2008): a JAPANESE story, subject “【小説】雨宿り”, labels タイトル / CP / レーティング / 注意 / あらすじ with FULL-WIDTH colons (no spaces), Japanese prose (no spaces between words)',
     gen_page('entry', [jp_e], 'livejournal', JJ, '星空インク', jp_url, f'{JJ}: 【小説】雨宿り', 2008),
     [story(jp_url, JJ, JJ, fields(title='雨宿り', pairing='ミナト×ソラ', rating='全年齢', warnings='特になし', summary='傘を忘れた日の話。'), None, jp_body,
            exclude=['かわいい！明日も読みたいです。'])])

# G4. DW core2, 2017: a CATALAN drabble whose header is a <ul> of "Label: value" items.
CJ = 'nit_de_sant_joan'
ca_url = 'https://nit-de-sant-joan.dreamwidth.org/3120.html'
ca_prose = ['La Núria va pujar al terrat amb una manta i dues tasses de xocolata, tot i que només eren les nou i encara feia claror.',
            'Des d’allà dalt es veien totes les fogueres del barri, petites com espelmes. La seva àvia deia que cada foc era una promesa que algú havia fet a l’estiu.',
            'Quan va arribar en Pau, suat i fent olor de pólvora, la Núria li va donar la segona tassa, ja freda. Ell se la va beure igualment, i no va dir res, i això també era una promesa.']
ca_body = body('fogueres', ca_prose)
ca_rows = [('Títol', 'Fogueres'), ('Fandom', 'Carrer Major'), ('Personatges', 'Núria, Pau'), ('Classificació', 'Per a tothom'), ('Paraules', '100'), ('Notes', 'Per al repte de la revetlla.')]
ca_html = '<ul>\n' + '\n'.join(f'<li><b>{k}:</b> {esc(v)}</li>' for k, v in ca_rows) + '\n</ul>\n' + ph(ca_prose)
ca_e = {'url': ca_url, 'journal': CJ, 'poster': CJ, 'subject': 'drabble: Fogueres', 'date': (2017, 6, 24, '01:15'), 'tags': ['drabble', 'en català'], 'html': ca_html,
        'comments': [('mar_i_cel', 'Una promesa! Quin final més bonic.')]}
page('dw-core2-2017-catalan-labels-ul-header-drabble-fogueres', f'dw-2017-{CJ}-3120.html', ca_url, 'dreamwidth', 'story', 2017,
     ['dw-core2-style', 'other-language-labels', 'catalan', 'header-in-ul', 'drabble'],
     'DW core2 (Patsy, 2017): a CATALAN drabble whose header is a `<ul>` of `<li><b>Label:</b> value</li>` items: Títol / Fandom / Personatges / Classificació / Paraules / Notes',
     dw_page('entry', [ca_e], CJ, 'nit de sant joan', 'Patsy', ca_url, f'{CJ}: drabble: Fogueres', '', 2017),
     [story(ca_url, CJ, CJ, fields(title='Fogueres', fandom='Carrer Major', characters='Núria, Pau', rating='Per a tothom', wordCount='100', notes='Per al repte de la revetlla.'), None, ca_body,
            exclude=['Una promesa! Quin final més bonic.'])])

# G5. LJ 2017+ entry page, 2018: INDONESIAN labels, the header inside a <blockquote>.
IJN = 'senja_di_pelabuhan'
id_url = 'https://senja-di-pelabuhan.livejournal.com/7781.html'
id_prose = ['Setiap sore, Dimas duduk di ujung dermaga dan menunggu kapal dari pulau seberang. Kapal itu tidak pernah datang tepat waktu.',
            'Hari ini Laras ikut duduk di sebelahnya, membawa dua gelas teh manis dalam kantong plastik. “Kamu menunggu siapa?” tanyanya.',
            'Dimas berpikir lama. “Dulu aku menunggu kakakku,” katanya akhirnya. “Sekarang aku cuma suka melihat kapalnya pulang.”',
            'Mereka minum teh sampai kapal itu muncul, kecil dan terlambat, di bawah langit yang berwarna jingga.']
id_body = body('kapalsore', id_prose)
ID_SUM = 'Dimas menunggu kapal sore, seperti biasa. Kali ini dia tidak sendirian.'
id_rows = [('Judul', 'Kapal Sore'), ('Penulis', IJN), ('Fandom', 'Kota Pelabuhan'), ('Tokoh', 'Dimas, Laras'), ('Rating', 'Semua umur'), ('Peringatan', 'tidak ada'), ('Jumlah kata', '520'), ('Ringkasan', ID_SUM)]
id_html = '<blockquote>' + hdr(id_rows, '<b>{L}:</b> {V}') + '</blockquote>\n' + ph(id_prose) + '\n<p>Terima kasih sudah membaca!</p>'
id_e = {'url': id_url, 'journal': IJN, 'poster': IJN, 'subject': '[fic] Kapal Sore', 'date': (2018, 9, 9, '17:45'), 'tags': ['fic', 'bahasa indonesia'], 'html': id_html,
        'comments': [('ombak_kecil', 'Suka sekali dengan teh manis dalam kantong plastik!')]}
page('lj-aentry-2018-indonesian-labels-blockquote-header-kapalsore', f'lj-2018-{IJN}-7781.html', id_url, 'livejournal', 'story', 2018,
     ['lj-aentry-2017', 'other-language-labels', 'indonesian', 'header-in-blockquote'],
     'LJ 2017+ entry page (2018): an INDONESIAN story whose header is inside a `<blockquote>`: Judul / Penulis / Fandom / Tokoh / Rating / Peringatan / Jumlah kata / Ringkasan; a thank-you line after the prose',
     aentry_page(id_e),
     [story(id_url, IJN, IJN, fields(title='Kapal Sore', author=IJN, fandom='Kota Pelabuhan', characters='Dimas, Laras', rating='Semua umur', warnings='tidak ada', wordCount='520', summary=ID_SUM), None, id_body,
            exclude=['Terima kasih sudah membaca!'])])

# G6. JournalFen S2 Generator (2009) as a Wayback copy captured 2010 (absolute links): the HEADER AFTER THE STORY.
FJ = 'marrowbone_mews'
jf_url = 'http://marrowbone-mews.journalfen.net/18804.html'
JF_TS = '20100823041530'
jf_prose = ['The night porter at the Marrowbone Hotel had a rule: never ask a guest why they wanted a wake-up call at three in the morning.',
            'Room nine asked for one every night for a month. Every night at three the porter rang, and every night a woman’s voice said, “Thank you, I’m up,” and hung up.',
            'On the last night of the month room nine checked out, and left on the pillow a folded note addressed to the porter. It said, “Thank you. I’m up.” The porter kept it in his breast pocket for the rest of his working life.']
jf_body = body('wakeupcall', jf_prose)
JF_NOTES = 'I wrote the story first and the header last, so here it is, last.'
jf_html = (brp(jf_prose) + '<br /><br />\n<hr />\n' + hdr([('Title', 'Wake-Up Call'), ('Fandom', 'The Marrowbone'), ('Rating', 'G'), ('Words', '610'), ('Notes', JF_NOTES)], '<b>{L}:</b> {V}'))
jf_e = {'url': jf_url, 'journal': FJ, 'poster': FJ, 'subject': 'fic: Wake-Up Call', 'date': (2009, 11, 3, '03:05'), 'tags': ['fic'], 'html': jf_html,
        'comments': [('night_heron', 'The note! I kept my breath in my breast pocket, reading that.')]}
page('wayback-2010-jf-generator-header-after-story-wakeupcall', f'wayback-{JF_TS}-{FJ}-18804.html', f'https://web.archive.org/web/{JF_TS}/{jf_url}', 'wayback', 'story', 2009,
     ['wayback-2010', 'journalfen', 's2-generator', 'header-after-story'],
     'Wayback copy (captured 2010, absolute links) of a JournalFen S2 Generator entry (2009): the prose FIRST, then an `<hr />` and the header (Title / Fandom / Rating / Words / Notes) LAST',
     wayback(gen_page('entry', [jf_e], 'journalfen', FJ, 'marrowbone mews', jf_url, f'{FJ}: fic: Wake-Up Call', 2009), JF_TS, jf_url, absolute=True),
     [story(jf_url, FJ, FJ, fields(title='Wake-Up Call', fandom='The Marrowbone', rating='G', wordCount='610', notes=JF_NOTES), None, jf_body, exclude=[jf_e['comments'][0][1]])])

# G7. LJ 2019+ entry page, 2020: a header that is ONE RUN-ON LINE with no labels ("Ninefold · Corra/Vesk · PG-13 · 900 words · for X").
RJ = 'ninefold_tides'
rf_url = 'https://ninefold-tides.livejournal.com/30512.html'
rf_prose = ['The first frost came to the Ninefold on the night Corra finished the map, and she took it as a sign, though she would not say of what.',
            'Vesk found her at dawn on the harbour wall, the map rolled under her arm, watching the ice creep out from the shingle in long white fingers.',
            '“You could stay,” he said. She said the ice would not wait for her, and he said that was not what he had asked. She unrolled the map then, and showed him where, in the corner, very small, she had drawn the harbour wall, and two figures on it.']
rf_body = body('rimefall', rf_prose)
rf_html = '<p><i>Ninefold · Corra/Vesk · PG-13 · 900 words · for tamarisk_tea, who asked for frost</i></p>\n' + ph(rf_prose)
rf_e = {'url': rf_url, 'journal': RJ, 'poster': RJ, 'subject': 'Rimefall', 'date': (2020, 1, 12, '14:02'), 'tags': ['fic', 'ninefold'], 'html': rf_html,
        'comments': [('tamarisk_tea', 'Two figures on it!! Thank you, this is perfect.')]}
page('lj-mdspost-2020-runon-unlabelled-header-line-rimefall', f'lj-2020-{RJ}-30512.html', rf_url, 'livejournal', 'story', 2020,
     ['lj-mdspost-2019', 'runon-header-no-labels'],
     'LJ 2019+ entry page (2020): subject “Rimefall”, the header ONE italic run-on line with NO labels (“Ninefold · Corra/Vesk · PG-13 · 900 words · for tamarisk_tea, who asked for frost”): no fields but the title (from the subject); the line is no body',
     md_entry_page(rf_e, 'ninefold tides', 2020, prev={'url': 'https://ninefold-tides.livejournal.com/30288.html', 'subject': 'happy new year!'}),
     [story(rf_url, RJ, RJ, fields(title='Rimefall'), None, rf_body, exclude=['Ninefold · Corra/Vesk · PG-13 · 900 words'])])

# ======================================================================= H. Not stories
# H1. Scribbld S2 Generator, 2010: REMIX REVEALS, the writer's own remix and the remix of her story, each with a Title /
# Fandom / Rating / Words block and links.
SJ = 'wrenfield'
rv_url = 'http://wrenfield.scribbld.com/9920.html'
rv_html = ('<p>Reveals are up, so: I was in the Turnabout Remix this year!</p>\n'
           '<p><b>I wrote:</b><br />\n<b>Title:</b> <a href="http://turnabout-remix.scribbld.com/4410.html">The Long Table (the Harvest Supper remix)</a><br />\n<b>Fandom:</b> Orchard End<br />\n'
           '<b>Rating:</b> PG<br />\n<b>Words:</b> 3,900<br />\nRemixing ' + lj_user_old('applewood', 'scribbld.com') + '’s lovely “Harvest Supper”. I had so much fun with this one.</p>\n'
           '<p><b>I was remixed:</b><br />\n<b>Title:</b> <a href="http://turnabout-remix.scribbld.com/4528.html">Frost Fair (the Ice Road remix)</a><br />\n<b>Fandom:</b> Orchard End<br />\n'
           '<b>Rating:</b> G<br />\n<b>Words:</b> 2,700<br />\nby ' + lj_user_old('frostwort', 'scribbld.com') + ', who took my two-hundred-word drabble and made it a whole winter. I am so spoiled.</p>\n'
           '<p>Thank you to the mods for running it again!</p>')
rv_e = {'url': rv_url, 'journal': SJ, 'poster': SJ, 'subject': 'remix reveals!', 'date': (2010, 6, 1, '09:30'), 'tags': ['remix', 'fic'], 'html': rv_html,
        'comments': [('frostwort', 'It was a joy to remix! Your drabble was so full of winter already.')]}
page('sc-generator-2010-remix-reveals-notstory', f'sc-2010-{SJ}-9920.html', rv_url, 'scribbld', 'not-story', 2010,
     ['s2-generator', 'scribbld', 'remix-reveal', 'not-story'],
     'Scribbld S2 Generator (2010): REMIX REVEALS — “I wrote:” and “I was remixed:”, each a Title (link to the remix community) / Fandom / Rating / Words block and a line about it: no story here',
     gen_page('entry', [rv_e], 'scribbld', SJ, 'wrenfield', rv_url, f'{SJ}: remix reveals!', 2010), [])

# H2. DW core2, 2013: a request for PERMISSION TO TRANSLATE someone's story, its header quoted.
TJ = 'kask_ja_kuusk'
tr_url = 'https://kask-ja-kuusk.dreamwidth.org/5310.html'
tr_html = ('<p>Hello! This is a slightly nervous open post, because I could not find an email address for the author.</p>\n'
           '<p>I would love to translate this story into Estonian for my friends who do not read English:</p>\n'
           '<blockquote><b>Title:</b> The Ferryman’s Ledger<br />\n<b>Author:</b> ' + dw_user('oxbow_lake') + '<br />\n<b>Fandom:</b> Reservoir Towns<br />\n<b>Words:</b> 4,200<br />\n'
           '<b>Summary:</b> A ledger of every crossing, and the one that was never paid for.</blockquote>\n'
           '<p>I would credit you at the top and link the original, of course, and take it down if you ever asked. If anyone knows how to reach oxbow_lake, could you point them here? Aitäh!</p>')
tr_e = {'url': tr_url, 'journal': TJ, 'poster': TJ, 'subject': 'permission to translate? (The Ferryman’s Ledger)', 'date': (2013, 2, 20, '10:10'), 'tags': ['translation', 'asks'], 'html': tr_html,
        'comments': [('oxbow_lake', 'Oh my goodness, yes, of course! I am so flattered.')]}
page('dw-core2-2013-permission-to-translate-notstory', f'dw-2013-{TJ}-5310.html', tr_url, 'dreamwidth', 'not-story', 2013,
     ['dw-core2-style', 'translation-request', 'quoted-header', 'not-story'],
     'DW core2 (Easyread, 2013): a request for PERMISSION TO TRANSLATE another writer’s story, its Title / Author / Fandom / Words / Summary quoted in a blockquote: no story',
     dw_page('entry', [tr_e], TJ, 'kask ja kuusk', 'Easyread', tr_url, f'{TJ}: permission to translate?', '', 2013), [])

# H3. InsaneJournal community, S2 Generator, 2011: a role-play APPLICATION with a prose writing sample.
AJ = 'harbourlight_rp'
ap_url = 'http://community.insanejournal.com/harbourlight_rp/2214.html'
ap_html = ('<b>Player name:</b> Tam<br />\n<b>Contact:</b> tamtam on AIM<br />\n<b>Character:</b> Isolde Marr<br />\n<b>Fandom:</b> The Lantern Coast<br />\n<b>Canon point:</b> after the wreck of the Dorada<br />\n'
           '<b>Personality:</b> Practical to the point of rudeness; kind only when she thinks nobody is looking; terrified of deep water, which is unfortunate for a harbour pilot.<br /><br />\n'
           '<b>Writing sample:</b><br />\n<i>Isolde counted the bells from the harbour mouth, as she always did, and came up one short. She put down her tea. Somewhere out in the fog a buoy had gone quiet, '
           'and something had gone quiet with it, and she was the only one in Harbourlight who had noticed.</i><br /><br />\n'
           '<b>Journal:</b> ' + lj_user_old('isolde_marr', 'insanejournal.com'))
ap_e = {'url': ap_url, 'journal': AJ, 'poster': 'tam_plays', 'community': True, 'subject': 'Application: Isolde Marr', 'date': (2011, 8, 14, '16:20'), 'tags': ['applications'], 'html': ap_html,
        'comments': [('harbourlight_mod', 'Accepted! Welcome to Harbourlight. Please add the character journal to the community.')]}
page('ij-generator-2011-community-rp-application-sample-notstory', 'ij-2011-harbourlight_rp-2214.html', ap_url, 'insanejournal', 'not-story', 2011,
     ['s2-generator', 'insanejournal', 'community', 'rp-application', 'not-story'],
     'InsaneJournal community (legacy `community.insanejournal.com/NAME/` host, S2 Generator, 2011): a ROLE-PLAY APPLICATION — Player name / Character / Fandom / Canon point / Personality labels and an italic prose “Writing sample:” — no story',
     gen_page('entry', [ap_e], 'insanejournal', AJ, 'Harbourlight RP', ap_url, f'{AJ}: Application: Isolde Marr', 2011, is_comm=True), [])

# H4. DW core2, 2018: an exchange "DEAR WRITER" letter (Fandom / Characters / Likes / Do not wants, a prompt written as a scene opening).
DJN = 'mossbank'
dl_url = 'https://mossbank.dreamwidth.org/22041.html'
dl_html = ('<p>Dear Writer,</p>\n<p>Hello and thank you! I am very easy to please: anything in these fandoms will make my winter.</p>\n'
           '<p><b>Fandom:</b> The Lantern Coast<br />\n<b>Characters:</b> Isolde Marr, Pilot Grey<br />\n<b>Likes:</b> fog, bells, competence, people who are bad at saying thank you, found family, boats<br />\n'
           '<b>Do not wants:</b> major character death, modern AUs</p>\n'
           '<p><b>Prompt:</b> Something like: <i>The fog came in at noon and did not lift for three days, and on the second day somebody knocked on the harbour office door.</i> Take it anywhere!</p>\n'
           '<p>Thank you again, and happy Yuletide!</p>')
dl_e = {'url': dl_url, 'journal': DJN, 'poster': DJN, 'subject': 'Dear Yuletide Writer 2018', 'date': (2018, 10, 30, '21:00'), 'tags': ['yuletide', 'dear writer'], 'html': dl_html}
page('dw-core2-2018-exchange-dear-writer-letter-notstory', f'dw-2018-{DJN}-22041.html', dl_url, 'dreamwidth', 'not-story', 2018,
     ['dw-core2-style', 'dear-writer-letter', 'not-story'],
     'DW core2 (Goldleaf, 2018): an exchange “Dear Yuletide Writer” letter — Fandom / Characters / Likes / Do not wants / Prompt (an italic scene opening): no story',
     dw_page('entry', [dl_e], DJN, 'moss bank', 'Goldleaf', dl_url, f'{DJN}: Dear Yuletide Writer 2018', '', 2018), [])

# H5. DW community, core2, 2015: a fandom NEWSLETTER digest listing the day's fics with titles, authors, ratings, part markers.
NJ = 'canalfolk_news'
nl_url = 'https://canalfolk-news.dreamwidth.org/31877.html'
nl_html = ('<p><b>Canal Folk Newsletter, 9 June 2015</b></p>\n<p><b>Fic</b></p>\n<ul>\n'
           f'<li>{dw_user("fennel_and_flint")}: <a href="https://fennel-and-flint.dreamwidth.org/17001.html">Lockwater [1/4]</a> (Wen, PG)</li>\n'
           f'<li>{dw_user("towpath_tilly")}: <a href="https://towpath-tilly.dreamwidth.org/5520.html">The Night Boat</a> (gen, G, 600 words)</li>\n'
           f'<li>{dw_user("quince_tart")}: <a href="https://quince-tart.dreamwidth.org/2300.html">ficlet: Windlass</a> (G)</li>\n</ul>\n'
           '<p><b>Art</b></p>\n<ul>\n'
           f'<li>{dw_user("sedge_and_sparrow")}: <a href="https://sedge-and-sparrow.dreamwidth.org/40900.html">Perseverance at the lock</a> (watercolour)</li>\n</ul>\n'
           '<p><b>Meta &amp; discussion</b></p>\n<ul>\n'
           f'<li>{dw_user("brine_shrimp")}: <a href="https://brine-shrimp.dreamwidth.org/880.html">on ghost boats, a short history</a></li>\n</ul>\n'
           '<p>Send us links in the comments or by PM. The newsletter is compiled by volunteers; if we missed you, tell us!</p>')
nl_e = {'url': nl_url, 'journal': NJ, 'poster': 'towpath_tilly', 'community': True, 'subject': 'Newsletter, 9 June 2015', 'date': (2015, 6, 9, '23:50'), 'tags': ['newsletter'], 'html': nl_html}
page('dw-core2-2015-community-newsletter-digest-notstory', f'dw-2015-{NJ}-31877.html', nl_url, 'dreamwidth', 'not-story', 2015,
     ['dw-core2-style', 'community', 'newsletter', 'not-story'],
     'A fandom NEWSLETTER community entry (DW core2 Strata, 2015): the day’s fic as a list of “user: Title [1/4] (characters, rating)” links, art and meta sections: no story',
     dw_page('entry', [nl_e], NJ, 'Canal Folk Newsletter', 'Strata', nl_url, f'{NJ}: Newsletter, 9 June 2015', '', 2015), [])

# H6. LJ ?format=light, 2011: a fic fest's POSTING SCHEDULE in a community ("Day 1: Title (Rating) by user, part 1/3").
FF = 'winterlamps'
sc_url = 'http://winterlamps.livejournal.com/15520.html'
sc_html = ('<p>The fest starts on Monday! Here is the posting schedule. Each writer posts to the community on their day; multi-part stories post a part a day.</p>\n'
           '<table border="1" cellpadding="4"><tr><th>Day</th><th>Title</th><th>Rating</th><th>Writer</th></tr>\n'
           f'<tr><td>Day 1</td><td>The Lamp on Ostry Point, part 1/3</td><td>G</td><td>{lj_user_old("hollin_gale")}</td></tr>\n'
           f'<tr><td>Day 2</td><td>Snowblind</td><td>PG-13</td><td>{lj_user_old("thrift_and_thistle")}</td></tr>\n'
           f'<tr><td>Day 2</td><td>The Lamp on Ostry Point, part 2/3</td><td>G</td><td>{lj_user_old("hollin_gale")}</td></tr>\n'
           f'<tr><td>Day 3</td><td>Tallow</td><td>T</td><td>{lj_user_old("reedbed_reader")}</td></tr>\n</table>\n'
           '<p>Titles are provisional. Comment here if you need to swap days!</p>')
sc_e = {'url': sc_url, 'journal': FF, 'poster': 'lamplighter_mod', 'community': True, 'subject': 'Posting schedule!', 'date': (2011, 12, 9, '12:00'), 'tags': ['admin', 'schedule'],
        'html': sc_html, 'comments': [('thrift_and_thistle', 'Can I swap to Day 3? Snowblind needs one more edit.')]}
page('lj-light-2011-community-fest-posting-schedule-notstory', 'lj-2011-winterlamps-15520-light.html', sc_url + '?format=light', 'livejournal', 'not-story', 2011,
     ['lj-format-light', 'community', 'posting-schedule', 'not-story'],
     'LJ `?format=light` (2011) of a fic fest community’s POSTING SCHEDULE: a table of Day / Title (“…, part 1/3”) / Rating / Writer: no story',
     light_page(sc_e, 2011), [], also=[sc_url])
