"""Posts of tests/heldout17 and their truth: the multi-part stories. All prose, names, journals and titles are invented for
this corpus (fandom names are labels; the canons are original fiction). Renderers: tests/heldout2's layouts.py (LJ S2
Generator, DW core2, the Wayback wrapper), tests/heldout5's s1.py (LJ S1's talkread.bml entry page, 2003-2005),
tests/heldout8's s2z.py (Haven), tests/heldout11's s2t.py (LJ 2019+), and this corpus's dwadult.py (Dreamwidth's adult-content
interstitial, after dreamwidth's views/journal/adult_content.tt)."""
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from dwadult import dw_adult_page
from layouts import dw_page, esc, gen_page, wayback
from s1 import talkread_page
from s2t import md_entry_page
from s2z import haven_page


def missing(url, reason):
    """Marks a part of the last page's story as one the site will not show."""
    PAGES[-1]['stitched']['missing'] = PAGES[-1]['stitched'].get('missing', []) + [{'url': url, 'reason': reason}]


def stitched_page(*args, missing_parts=(), **kw):
    page(*args, **kw)
    for u, r in missing_parts:
        missing(u, r)


# ======================================================================= A. The Ferryman's Almanac (LJ S2 Generator, 2009): a
# MASTERPOST lists four parts AND an art post, a podfic, a rec and an AO3 mirror (the art post and the rec are LiveJournal
# entries in other journals). Each part's ONLY link is "[ index ]" back to the masterpost. Part two was DELETED: its address
# answers 404 (absent from pages.json): stitched.missing not-found.
AJ = 'oxbow_lantern'
AB = 'https://oxbow-lantern.livejournal.com/'
a_master = AB + '50011.html'
a_urls = [AB + f'{n}.html' for n in (50244, 50519, 50788, 51023)]
a_names = ['The Landing', 'The Toll', 'The Far Bank', 'Low Water']
a_prose = [
    ['The ferry at Lowwater was a flat black raft on a chain, and the ferryman was a woman called Agathe who kept an almanac of every crossing since her grandmother’s time.',
     'Nell came down to the landing with a basket of eggs and no money. Agathe looked at the eggs, and then at the river, which was high and brown and full of branches, and wrote something in the almanac before she unhooked the chain.'],
    None,
    ['On the far bank there was nobody to meet her, which Nell had known there would not be.',
     'She sat on the step of the ferry-house while Agathe made the raft fast. The almanac lay open on the bench, and she could not help reading it: the date, the height of the water, and then, in small square letters, one girl, one basket, owes a story.',
     '“That’s the toll,” said Agathe, without turning round. “Eggs are for the way back.”'],
    ['Nell told her the story on the way back, when the river had dropped a foot and the branches had gone on down to the sea.',
     'It was about her mother, and the year the water came into the kitchen, and it took the whole crossing. When they reached the landing Agathe wrote it down, all of it, and then she took two eggs and gave back the rest.',
     'Nell asked what the eggs were for. Agathe said they were for next time, and that there was always a next time, and that she would keep the page.'],
]
a_bodies = [body(f'ferryman-{i + 1}', p) if p else None for i, p in enumerate(a_prose)]
A_SUM = 'A river, a chain ferry, and a toll that is not paid in money.'
mlines = ''.join(f'<li>Part {["One", "Two", "Three", "Four"][i]}: <a href="{a_urls[i]}">{a_names[i]}</a></li>\n' for i in range(4))
m_html = (hdr([('Title', 'The Ferryman’s Almanac'), ('Fandom', 'Original (Lowwater)'), ('Rating', 'PG'), ('Words', '2,600 in four parts'), ('Summary', A_SUM)])
          + '<br /><br />\n<b>Parts:</b>\n<ul>\n' + mlines + '</ul>\n<b>Extras:</b>\n<ul>\n'
          + '<li>Art: <a href="https://pencil-moth.livejournal.com/2210.html">the landing at dusk</a> by pencil_moth (thank you!!)</li>\n'
          + '<li>Podfic: <a href="https://hollow-reed.dreamwidth.org/8841.html">read by hollow_reed</a> (mp3, 24 min)</li>\n'
          + '<li>Rec: <a href="https://riverside-recs.livejournal.com/3302.html">riverside_recs</a> said lovely things</li>\n'
          + '<li>Also on <a href="https://archiveofourown.org/works/402118">AO3</a></li>\n</ul>')
me = {'url': a_master, 'journal': AJ, 'poster': AJ, 'subject': 'Masterpost: The Ferryman’s Almanac', 'date': (2009, 3, 1, '12:00'),
      'tags': ['fic: lowwater', 'masterpost'], 'html': m_html, 'ncomments': 2, 'comments': [('silt_and_sedge', 'Bookmarking this for the weekend!')]}
page('lj-generator2009-masterpost-lists-art-podfic-rec-part-deleted-ferryman', f'lj-{AJ}-50011.html', a_master, 'livejournal', 'masterpost', 2009,
     ['s2-generator', 'masterpost', 'extras-not-parts', 'part-deleted-404'],
     'LJ S2 Generator (2009): the MASTERPOST of The Ferryman’s Almanac: four parts in a list, then “Extras”: an ART post and a REC (LiveJournal entries in other journals), a PODFIC post on Dreamwidth and an AO3 mirror; part two deleted (404)',
     gen_page('entry', [me], 'livejournal', AJ, 'a lantern on the oxbow', a_master, f'{AJ}: Masterpost: The Ferryman’s Almanac', 2009),
     [story(a_master, AJ, AJ, fields(title='The Ferryman’s Almanac', fandom='Original (Lowwater)', rating='PG', wordCount='2,600 in four parts', summary=A_SUM), None, complete=False)],
     stitched=(a_urls, a_bodies))
missing(a_urls[1], 'not-found')
for i in (0, 2, 3):
    subj = f'The Ferryman’s Almanac {i + 1}/4'
    e = {'url': a_urls[i], 'journal': AJ, 'poster': AJ, 'subject': subj, 'date': (2009, 3, 2 + 3 * i, '21:30'), 'tags': ['fic: lowwater'],
         'html': hdr([('Part', f'{i + 1}/4 — {a_names[i]}'), ('Rating', 'PG')]) + '<br /><br />\n' + ph(a_prose[i]) + f'\n<p align="center">[ <a href="{a_master}">index</a> ]</p>',
         'ncomments': 1, 'comments': [('silt_and_sedge', ['The almanac! I want to read every page of it.', '“Eggs are for the way back.” Perfect line.', 'She will keep the page. Oh.'][i if i == 0 else i - 1])]}
    page(f'lj-generator2009-part-links-only-index-word-ferryman-{i + 1}', f'lj-{AJ}-{a_urls[i].split("/")[-1]}', a_urls[i], 'livejournal', 'story', 2009,
         ['s2-generator', 'only-link-index-word', 'part-deleted-404'],
         f'LJ S2 Generator (2009): “{subj}”, a Part line with the part’s own name; its ONLY link is “[ <a>index</a> ]” to the masterpost; part two’s address answers 404',
         gen_page('entry', [e], 'livejournal', AJ, 'a lantern on the oxbow', a_urls[i], f'{AJ}: {subj}', 2009),
         [story(a_urls[i], AJ, AJ, fields(rating='PG', title='The Ferryman’s Almanac'), part(i + 1, 4), a_bodies[i], exclude=[e['comments'][0][1]])],
         stitched=(a_urls, a_bodies))
    missing(a_urls[1], 'not-found')
SERIES.append(('ferryman', 'The Ferryman’s Almanac', '4 (masterpost + parts 1, 3, 4; part 2 404)', 'LJ 2009, S2 Generator: the parts linked only from the masterpost, which also lists art, podfic, a rec and AO3; each part’s only link “[ index ]”; part 2 deleted: missing (not-found).'))

# ======================================================================= B. Hollow Bells (DW core2, 2015): three parts; part 3
# is marked 18+ and its address serves Dreamwidth's adult-content interstitial to a reader not logged in: missing adult-gate.
BJ = 'bellfounder'
BB = 'https://bellfounder.dreamwidth.org/'
b_urls = [BB + f'{n}.html' for n in (11201, 11470, 11733)]
b_prose = [
    ['Every bell in the foundry at Cray had a flaw cast into it on purpose, a hair-crack or a bubble, so that it would not ring true and call anything up out of the hills.',
     'Maud had swept the floor there since she was nine. She knew where every flaw was. So when the new bell for the chapel came out of the sand without one, clean as water, she was the first to see it, and the first to say nothing.'],
    ['She told Isaac, the founder’s son, three days later, when the bell was already hanging and the chapel was already painted for the blessing.',
     'Isaac went white and then red. He said they could crack it with a hammer; she said a cracked bell at a blessing would be talked of for forty years. They sat on the foundry step until the moon came up, not touching, arguing about which was worse: a bell that rang true, or the whole town knowing they had been careless.',
     'In the end they decided to ring it, and stay awake, and see what came.'],
]
b_bodies = [body(f'hollowbells-{i + 1}', p) for i, p in enumerate(b_prose)] + [None]
B_SUM = 'A foundry town, a bell with no flaw, and two people who should have noticed sooner.'
b_tails = [f'<p style="text-align:right">Next: <a href="{b_urls[1]}">Part 2</a> &raquo;</p>',
           f'<p style="text-align:center">&laquo; <a href="{b_urls[0]}">Part 1</a> | <a href="{b_urls[2]}">Part 3</a> (18+) &raquo;</p>']
b_tail_txt = ['Next: Part 2 »', '« Part 1 | Part 3 (18+) »']
for i in range(2):
    rows = [('Title', 'Hollow Bells'), ('Part', f'{i + 1} of 3'), ('Rating', 'Teen'), ('Pairing', 'Maud/Isaac')]
    f = fields(title='Hollow Bells', rating='Teen', pairing='Maud/Isaac')
    if i == 0:
        rows.append(('Summary', B_SUM))
        f['summary'] = B_SUM
    e = {'url': b_urls[i], 'journal': BJ, 'poster': BJ, 'subject': f'Hollow Bells (part {i + 1} of 3)', 'date': (2015, 11, 3 + 2 * i, '22:05'), 'tags': ['fic', 'hollow bells'],
         'html': hdr(rows) + '<br /><br />\n' + ph(b_prose[i]) + '\n' + b_tails[i], 'ncomments': 1,
         'comments': [('tallow_wick', ['A flaw cast in on purpose. What a detail.', 'NOT TOUCHING. The tension!'][i])]}
    page(f'dw-core2-2015-next-part-adult-gated-hollowbells-{i + 1}', f'dw-{BJ}-{b_urls[i].split("/")[-1]}', b_urls[i], 'dreamwidth', 'story', 2015,
         ['dw-core2', 'part-adult-gated'],
         f'DW core2 (2015): “Hollow Bells (part {i + 1} of 3)”, “{b_tail_txt[i]}” after the prose; part 3 is marked 18+ and its address serves Dreamwidth’s ADULT-CONTENT interstitial',
         dw_page('entry', [e], BJ, 'cast and tuned', 'Practicality', b_urls[i], f'{BJ}: Hollow Bells (part {i + 1} of 3)', year=2015),
         [story(b_urls[i], BJ, BJ, f, part(i + 1, 3), b_bodies[i], exclude=[b_tail_txt[i], e['comments'][0][1]])], stitched=(b_urls, b_bodies))
    missing(b_urls[2], 'adult-gate')
page('dw-adult2015-interstitial-at-part-address-hollowbells-3', f'dw-{BJ}-11733-adult.html', b_urls[2], 'dreamwidth', 'interstitial', 2015, ['dw-site-skin', 'adult-content-interstitial'],
     'Dreamwidth (2015): the ADULT-CONTENT interstitial (“Discretion Advised: 18+ Content”, “Yes, I am at least 18 years old”) the site serves at Hollow Bells part 3’s address to a reader not logged in',
     dw_adult_page(b_urls[2], BJ, 2210447), [])
SERIES.append(('hollowbells', 'Hollow Bells', '2 (+ the adult interstitial)', 'DW core2 2015: “Next: Part 2 »”, “« Part 1 | Part 3 (18+) »”; part 3 behind Dreamwidth’s adult-content interstitial: missing (adult-gate).'))

# ======================================================================= C. A casa das marés (InsaneJournal, S2 Haven, 2011):
# BRAZILIAN PORTUGUESE labels in an unusual order (Resumo first, Título near the end); "capítulo 1/2"; "Próximo capítulo »" /
# "« Capítulo anterior". Chapter 2 also as a Wayback copy captured 2012.
CJ = 'lua_de_papel'
CB = 'http://lua-de-papel.insanejournal.com/'
c_urls = [CB + '7712.html', CB + '7840.html']
c_prose = [
    ['A casa ficava tão perto do mar que, nas marés de março, a água entrava pela porta da cozinha e saía pela porta da frente, como uma visita que não quer sentar.',
     'Dona Celeste já nem levantava os tapetes. Quem levantava era a neta, Bia, que tinha vindo passar as férias e ficado o ano inteiro, sem que ninguém tivesse decidido nada.',
     'Naquela manhã a maré trouxe, além da areia de sempre, uma garrafa verde com um papel dentro.'],
    ['O papel dizia só uma data e um nome de rua que não existia mais. Dona Celeste leu duas vezes e guardou no bolso do avental.',
     'À noite, com a maré baixa, ela contou: a rua era a dela, antes de o mar chegar, e a data era a do dia em que ela tinha jogado a garrafa, aos doze anos, pedindo que alguém viesse morar com ela.',
     '— Demorou — disse Bia.', '— O mar não tem pressa — disse a avó. — Mas entrega.'],
]
c_bodies = [body(f'casadasmares-{i + 1}', p) for i, p in enumerate(c_prose)]
C_SUM = 'Uma casa na beira do mar, uma avó, uma neta e uma garrafa que demorou cinquenta anos para voltar.'
c_tails = [f'<p><a href="{c_urls[1]}">Próximo capítulo &raquo;</a></p>', f'<p><a href="{c_urls[0]}">&laquo; Capítulo anterior</a> | Fim</p>']
c_tail_txt = ['Próximo capítulo »', '« Capítulo anterior | Fim']
for i in range(2):
    if i == 0:
        rows = [('Resumo', C_SUM), ('Classificação', 'Livre'), ('Personagens', 'Dona Celeste, Bia'), ('Palavras', '640'), ('Título', 'A casa das marés'), ('Autora', 'lua_de_papel')]
        f = fields(summary=C_SUM, rating='Livre', characters='Dona Celeste, Bia', wordCount='640', title='A casa das marés', author='lua_de_papel')
    else:
        rows = [('Classificação', 'Livre'), ('Título', 'A casa das marés')]
        f = fields(rating='Livre', title='A casa das marés')
    subj = f'[fic] A casa das marés — capítulo {i + 1}/2'
    e = {'url': c_urls[i], 'journal': CJ, 'poster': CJ, 'subject': subj, 'date': (2011, 3, 14 + 6 * i, '19:20'), 'tags': ['fic', 'original'],
         'html': hdr(rows) + '<br /><br />\n' + ph(c_prose[i]) + '\n' + c_tails[i], 'ncomments': 1,
         'comments': [('concha_azul', ['Uma visita que não quer sentar, adorei!', 'Chorei com o final, obrigada.'][i])]}
    raw = haven_page('entry', [e], CJ, 'lua de papel', c_urls[i], 2011, site='insanejournal.com')
    page(f'ij-haven2011-portuguese-labels-summary-first-casadasmares-{i + 1}', f'ij-{CJ}-{c_urls[i].split("/")[-1]}', c_urls[i], 'insanejournal', 'story', 2011,
         ['s2-haven', 'portuguese', 'labels-unusual-order'],
         f'InsaneJournal, LJ S2 Haven (2011): “{subj}”, BRAZILIAN PORTUGUESE labels ' + ('in an UNUSUAL ORDER: Resumo first, then Classificação / Personagens / Palavras, Título and Autora last' if i == 0 else '(Classificação before Título)') + f'; “{c_tail_txt[i]}”',
         raw, [story(c_urls[i], CJ, CJ, f, part(i + 1, 2), c_bodies[i], exclude=[c_tail_txt[i], e['comments'][0][1]])], stitched=(c_urls, c_bodies))
    if i == 1:
        ts = '20120507093311'
        page('wayback-2012-ij-haven-portuguese-chapter-links-casadasmares-2', f'wayback-{ts}-{CJ}-7840.html', f'https://web.archive.org/web/{ts}/{c_urls[1]}', 'wayback', 'story', 2012,
             ['wayback', 's2-haven', 'portuguese'], 'Wayback copy captured 2012 of A casa das marés chapter 2/2 (InsaneJournal S2 Haven): “« Capítulo anterior” rewritten through /web/',
             wayback(raw, ts, c_urls[1]), [story(c_urls[1], CJ, CJ, f, part(2, 2), c_bodies[1], exclude=[c_tail_txt[1], e['comments'][0][1]])],
             stitched=([f'https://web.archive.org/web/{ts}/{u}' for u in c_urls], c_bodies))
PAGES[-3]['also'] = ['https://web.archive.org/web/20120507093311/' + c_urls[0]]
SERIES.append(('casadasmares', 'A casa das marés', '3 (one a Wayback copy)', 'InsaneJournal 2011, S2 Haven: Brazilian Portuguese, labels in an unusual order, “capítulo 1/2”; “Próximo capítulo »” / “« Capítulo anterior”.'))

# ======================================================================= D. מגדלור (DW core2, 2017): HEBREW, right to left (the
# entry's text in <div dir="rtl">), labels שם / מאת / דירוג / מילים / תקציר; "פרק 1 מתוך 2"; "לפרק הבא ←" / "→ לפרק הקודם".
DJ = 'orlev_night'
DB = 'https://orlev-night.dreamwidth.org/'
d_urls = [DB + '3310.html', DB + '3598.html']
d_prose = [
    ['במגדלור של עכו לא דלק אור כבר שלושים שנה, אבל נועה עלתה בכל ערב במדרגות הלולייניות וניגבה את הזכוכית.',
     'סבא שלה אמר שזה בזבוז של סמרטוטים. היא אמרה שאם מישהו בים יחפש את האור, לפחות הזכוכית תהיה נקייה.'],
    ['בלילה של הסערה הגדולה ראתה נועה סירה קטנה מתקרבת אל הסלעים.',
     'היא לא חשבה. היא הדליקה את הפנס של הטלפון והחזיקה אותו מאחורי הזכוכית הנקייה, והאור הקטן התפזר והיה גדול.',
     'הסירה הסתובבה. בבוקר סבא שלה הביא לה סמרטוטים חדשים ולא אמר כלום.'],
]
d_bodies = [body(f'migdalor-{i + 1}', p) for i, p in enumerate(d_prose)]
D_SUM = 'מגדלור שלא דולק, ילדה אחת וסערה אחת.'
d_tails = [f'<p><a href="{d_urls[1]}">לפרק הבא ←</a></p>', f'<p><a href="{d_urls[0]}">→ לפרק הקודם</a></p>']
d_tail_txt = ['לפרק הבא ←', '→ לפרק הקודם']
for i in range(2):
    rows = [('שם', 'מגדלור'), ('מאת', 'orlev_night'), ('דירוג', 'לכל הגילאים'), ('מילים', ['160', '190'][i])]
    f = fields(title='מגדלור', author='orlev_night', rating='לכל הגילאים', wordCount=['160', '190'][i])
    if i == 0:
        rows.append(('תקציר', D_SUM))
        f['summary'] = D_SUM
    subj = f'מגדלור, פרק {i + 1} מתוך 2'
    e = {'url': d_urls[i], 'journal': DJ, 'poster': DJ, 'subject': subj, 'date': (2017, 1, 9 + 5 * i, '23:10'), 'tags': ['פאנפיק', 'מקורי'],
         'html': '<div dir="rtl" style="text-align:right">\n' + hdr(rows) + '<br /><br />\n' + ph(d_prose[i]) + '\n' + d_tails[i] + '\n</div>', 'ncomments': 1,
         'comments': [('sela_blue', ['איזה יופי. הזכוכית הנקייה!', 'הסמרטוטים החדשים. בכיתי.'][i])]}
    page(f'dw-core2-2017-hebrew-rtl-labels-chapter-links-migdalor-{i + 1}', f'dw-{DJ}-{d_urls[i].split("/")[-1]}', d_urls[i], 'dreamwidth', 'story', 2017,
         ['dw-core2', 'hebrew', 'right-to-left'],
         f'DW core2 (2017): a HEBREW story written RIGHT TO LEFT (div dir="rtl"), subject “{subj}”, labels שם / מאת / דירוג / מילים' + (' / תקציר' if i == 0 else '') + f'; “{d_tail_txt[i]}”',
         dw_page('entry', [e], DJ, 'לילה של אור', 'Practicality', d_urls[i], f'{DJ}: {subj}', year=2017),
         [story(d_urls[i], DJ, DJ, f, part(i + 1, 2), d_bodies[i], exclude=[d_tail_txt[i], e['comments'][0][1]])], stitched=(d_urls, d_bodies))
SERIES.append(('migdalor', 'מגדלור', '2', 'DW core2 2017: Hebrew, right to left, “פרק 1 מתוך 2”; “לפרק הבא ←” / “→ לפרק הקודם”.'))

# ======================================================================= E. Gió mùa (LJ 2019+ page, 2020): VIETNAMESE; a
# masterpost lists three chapters, a fanart post, an English podfic and ANOTHER STORY of the same series in the same journal;
# each chapter's ONLY link is "[toc]" back to the masterpost.
EJ = 'sao_bien_fic'
EB = 'https://sao-bien-fic.livejournal.com/'
e_master = EB + '90210.html'
e_urls = [EB + f'{n}.html' for n in (90488, 90731, 91002)]
e_prose = [
    ['Gió mùa về vào một đêm tháng mười, và sáng hôm sau cả con phố Hàng Chiếu thơm mùi cốm.',
     'Lan dậy sớm để mở quán cho mẹ. Ở bậc cửa có một chiếc lá sen gói cốm, buộc bằng sợi rơm, không có tên ai. Năm nào cũng vậy, đã bảy năm rồi.'],
    ['Năm nay Lan quyết định thức canh. Cô ngồi sau quầy, tắt đèn, ôm chăn, nghe tiếng xe rác đi qua rồi tiếng gà nhà ai gáy sớm.',
     'Gần bốn giờ sáng cô ngủ gật. Khi tỉnh dậy, gói cốm đã nằm ở bậc cửa, và trên quầy có thêm một mảnh giấy: Đừng thức khuya, con gái.'],
    ['Chữ trên mảnh giấy là chữ của bố, người đã đi xa từ mùa gió năm nào.',
     'Lan không kể với mẹ. Cô chỉ pha hai chén trà, để một chén ở bậc cửa, và sáng hôm sau chén trà đã cạn.',
     'Từ đó, mỗi năm khi gió mùa về, quán nhà cô mở cửa sớm hơn một chút.'],
]
e_bodies = [body(f'giomua-{i + 1}', p) for i, p in enumerate(e_prose)]
E_SUM = 'Bảy năm, bảy gói cốm ở bậc cửa, và một người con gái muốn biết ai để lại.'
el = ''.join(f'<li><a href="{e_urls[i]}">Chương {i + 1}</a></li>\n' for i in range(3))
em_html = (hdr([('Tên truyện', 'Gió mùa'), ('Tác giả', 'sao_bien_fic'), ('Nhân vật', 'Lan, mẹ Lan'), ('Phân loại', 'K'), ('Số từ', '~1.800'), ('Tóm tắt', E_SUM)])
           + '<br /><br />\n<b>Mục lục</b>\n<ol>\n' + el + '</ol>\n'
           + f'<p>Fanart của <a href="https://mau-nuoc.livejournal.com/1209.html">mau_nuoc</a> · Podfic (tiếng Anh) của <a href="https://listening-post.dreamwidth.org/5520.html">listening_post</a></p>\n'
           + f'<p>Cùng series: <a href="{EB}88105.html">Mưa ngâu</a> (truyện ngắn)</p>')
eme = {'url': e_master, 'journal': EJ, 'poster': EJ, 'subject': 'Gió mùa — mục lục', 'date': (2020, 10, 20, '08:00'), 'tags': ['fic', 'gió mùa'], 'html': em_html,
       'ncomments': 1, 'comments': [('hoa_sua', 'Cảm ơn bạn đã làm mục lục!')]}
page('lj-mdspost2020-vietnamese-masterpost-fanart-podfic-series-giomua', f'lj-{EJ}-90210.html', e_master, 'livejournal', 'masterpost', 2020,
     ['lj-2019', 'vietnamese', 'masterpost', 'extras-not-parts', 'other-story-in-series'],
     'LJ 2019+ entry page (2020): a VIETNAMESE masterpost (“Gió mùa — mục lục”): Tên truyện / Tác giả / Nhân vật / Phân loại / Số từ / Tóm tắt, three chapters in a “Mục lục” list, then FANART, an English PODFIC, and ANOTHER STORY of the series in the same journal (“Cùng series: Mưa ngâu”)',
     md_entry_page(eme, 'sao biển', 2020),
     [story(e_master, EJ, EJ, fields(title='Gió mùa', author='sao_bien_fic', characters='Lan, mẹ Lan', rating='K', wordCount='~1.800', summary=E_SUM), None, complete=False)],
     stitched=(e_urls, e_bodies))
for i in range(3):
    subj = f'Gió mùa — Chương {i + 1}/3'
    e = {'url': e_urls[i], 'journal': EJ, 'poster': EJ, 'subject': subj, 'date': (2020, 10, 21 + 2 * i, '21:00'), 'tags': ['fic', 'gió mùa'],
         'html': hdr([('Phân loại', 'K'), ('Số từ', ['560', '610', '640'][i])]) + '<br /><br />\n' + ph(e_prose[i]) + f'\n<p>[<a href="{e_master}">toc</a>]</p>', 'ncomments': 1,
         'comments': [('hoa_sua', ['Mùi cốm! Nhớ Hà Nội quá.', 'Đừng thức khuya, con gái… trời ơi.', 'Chén trà đã cạn. Đẹp quá.'][i])]}
    page(f'lj-mdspost2020-vietnamese-chapter-toc-link-only-giomua-{i + 1}', f'lj-{EJ}-{e_urls[i].split("/")[-1]}', e_urls[i], 'livejournal', 'story', 2020,
         ['lj-2019', 'vietnamese', 'only-link-toc-word'],
         f'LJ 2019+ entry page (2020): “{subj}”, a Phân loại / Số từ header; its ONLY link is “[<a>toc</a>]” to the masterpost',
         md_entry_page(e, 'sao biển', 2020),
         [story(e_urls[i], EJ, EJ, fields(rating='K', wordCount=['560', '610', '640'][i], title='Gió mùa'), part(i + 1, 3), e_bodies[i], exclude=[e['comments'][0][1]])],
         stitched=(e_urls, e_bodies))
SERIES.append(('giomua', 'Gió mùa', '4 (masterpost + 3 chapters)', 'LJ 2019+ 2020: Vietnamese; the chapters linked only from the masterpost (which also lists fanart, podfic and another story of the series); each chapter’s only link “[toc]”.'))

# ======================================================================= F. Moth Hours (LJ 2004, S1: talkread.bml, the EARLIEST
# LJ markup, www.livejournal.com/users/NAME/N.html addresses), both parts only as Wayback copies captured 2004.
FJ = 'quill_and_tallow'
FB = 'http://www.livejournal.com/users/quill_and_tallow/'
f_urls = [FB + '2318.html', FB + '2561.html']
f_prose = [
    ['Between two and four in the morning the moths came to the kitchen window, and Hester, who did not sleep, sat up with them.',
     'She had names for the regulars. The Bishop was large and grey and stately. Mrs Pym was brown and nervous and always arrived late. There was a small white one she had not named, because it looked as though it might not come back.'],
    ['It came back. It came back every night for a week, and on the eighth night it came in, through the gap where the sash did not quite close, and settled on the rim of her cup.',
     'Hester held very still. She thought about her sister, who had died in the spring, and who had also been small and pale and never quite said goodbye at doors.',
     '“All right,” she said to the moth. “All right. I’ll go to bed.” And for the first time since April, she did.'],
]
f_bodies = [body(f'mothhours-{i + 1}', p) for i, p in enumerate(f_prose)]
f_tails = [f'<br /><br /><a href="{f_urls[1]}">Part 2 &rarr;</a>', f'<br /><br /><a href="{f_urls[0]}">&larr; Part 1</a>']
f_tail_txt = ['Part 2 →', '← Part 1']
ts = '20041118042207'
for i in range(2):
    rows = [('Title', 'Moth Hours'), ('Rating', 'G'), ('Part', f'{i + 1} of 2')]
    f = fields(title='Moth Hours', rating='G')
    if i == 0:
        rows.append(('Notes', 'For the insomnia challenge at 3am_fic.'))
        f['notes'] = 'For the insomnia challenge at 3am_fic.'
    subj = f'Moth Hours (Part {i + 1} of 2)'
    e = {'url': f_urls[i], 'journal': FJ, 'poster': FJ, 'subject': subj, 'date': (2004, 11, 2 + i, '03:12'), 'currents': [('Mood', 'sleepy')],
         'html': hdr(rows) + '<br /><br />' + '<br /><br />'.join(esc(p) for p in f_prose[i]) + f_tails[i],
         'comments': [('ember_and_ash', ['The Bishop! I love that she names them.', 'Oh, her sister. Oh.'][i])]}
    raw = talkread_page(e, year=2004)
    page(f'wayback-2004-lj-s1-talkread-users-url-mothhours-{i + 1}', f'wayback-{ts}-{FJ}-{f_urls[i].split("/")[-1]}', f'https://web.archive.org/web/{ts}/{f_urls[i]}', 'wayback', 'story', 2004,
         ['wayback', 'lj-s1-talkread', 'www-users-url', 'era-2004'],
         f'Wayback copy captured 2004 of an LJ S1 entry page (talkread.bml, the site scheme of 2004) at the OLD address www.livejournal.com/users/{FJ}/N.html: “{subj}”, prose in &lt;br /&gt; breaks, “{f_tail_txt[i]}” rewritten through /web/',
         wayback(raw, ts, f_urls[i]), [story(f_urls[i], FJ, FJ, f, part(i + 1, 2), f_bodies[i], exclude=[f_tail_txt[i], e['comments'][0][1]])],
         stitched=([f'https://web.archive.org/web/{ts}/{u}' for u in f_urls], f_bodies))
SERIES.append(('mothhours', 'Moth Hours', '2 (both Wayback copies, 2004)', 'LJ 2004, S1 talkread.bml at www.livejournal.com/users/NAME/N.html, captured by the Wayback Machine in 2004: “Part 2 →” / “← Part 1”.'))
