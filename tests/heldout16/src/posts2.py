"""Posts of tests/heldout16 and their truth: single stories in header shapes no earlier corpus used, a DW reading page with
two cut stories, and not-stories that look fic-ish. All prose, names, journals and titles are invented for this corpus."""
from bloggish import bloggish_page
from corpus import body, fields, hdr, page, ph, story
from layouts import dw_page, esc, gen_page, wayback
from mag import magazine_page
from posts import sr_bodies, sr_entries, sr_urls
from s2t import md_entry_page
from s2w import disjointed_page, refried_page
from s2z import deardiary_page, haven_page


def one(e):
    e.setdefault('ncomments', len(e.get('comments', [])))
    e.setdefault('comments', [])
    return e


# ------------------------------------------------------------------ S1. Turkish labels in a two-column <table> (DW core2, 2015)
u = 'https://kiyi-feneri.dreamwidth.org/6610.html'
p = ['Feneri kapatma kararı geldiğinde Nermin Hanım kırk yıldır bekçiydi.',
     'Son gece lambayı yine yaktı, camları yine sildi, defterine yine yazdı: rüzgâr poyraz, deniz sakin, geçen gemi yok.',
     'Sabah müfettiş geldiğinde defteri ona uzattı. Adam sayfaları çevirdi, kırk yılın her gecesini gördü, ve defteri kapatmadan geri verdi.']
b = body('sonnobet', p)
rows = [('Başlık', 'Son Nöbet'), ('Yazar', 'kiyi_feneri'), ('Karakterler', 'Nermin Hanım, müfettiş'), ('Derecelendirme', 'Genel'), ('Kelime sayısı', '410'), ('Özet', 'Bir fenerin son gecesi.')]
tbl = '<table border="1" cellpadding="4" style="border-collapse: collapse">\n' + '\n'.join(f'<tr><td><b>{k}</b></td><td>{esc(v)}</td></tr>' for k, v in rows) + '\n</table>\n'
e = one({'url': u, 'journal': 'kiyi_feneri', 'poster': 'kiyi_feneri', 'subject': 'Öykü: Son Nöbet', 'date': (2015, 4, 9, '21:05'), 'tags': ['öykü'],
         'html': tbl + '<br />\n' + ph(p), 'comments': [('marti_yok', 'Defteri kapatmadan geri verdi... çok güzel.')]})
page('dw-core2-2015-turkish-labels-table-header-sonnobet', 'dw-kiyi_feneri-6610.html', u, 'dreamwidth', 'story', 2015, ['dw-core2', 'other-language-labels', 'turkish', 'header-in-table'],
     'DW core2 (2015): a TURKISH story, subject “Öykü: Son Nöbet”, the header a bordered TWO-COLUMN TABLE (label cell | value cell): Başlık / Yazar / Karakterler / Derecelendirme / Kelime sayısı / Özet',
     dw_page('entry', [e], 'kiyi_feneri', 'kıyı feneri', 'Negatives', u, 'kiyi_feneri: Öykü: Son Nöbet', year=2015),
     [story(u, 'kiyi_feneri', 'kiyi_feneri', fields(title='Son Nöbet', author='kiyi_feneri', characters='Nermin Hanım, müfettiş', rating='Genel', wordCount='410', summary='Bir fenerin son gecesi.'),
            None, b, exclude=['Defteri kapatmadan geri verdi... çok güzel.'])])

# ------------------------------------------------------------------ S2. Greek labels in a <pre> block (LJ S2 Generator, 2008)
u = 'http://thalassa-ink.livejournal.com/3390.html'
p = ['Η γιαγιά μάζευε κοχύλια κάθε πρωί, και κάθε πρωί τα έβαζε σε μια σειρά στο περβάζι, από το μικρότερο στο μεγαλύτερο.',
     'Όταν τη ρώτησα γιατί, είπε ότι μετράει τις μέρες που λείπει ο παππούς στη θάλασσα. Το περβάζι είχε γεμίσει πριν από χρόνια.',
     'Εκείνο το καλοκαίρι τη βοήθησα να φτιάξει ένα δεύτερο ράφι.']
b = body('kochylia', p)
pre = ('<pre>Τίτλος:      Κοχύλια\nΣυγγραφέας:  thalassa_ink\nΧαρακτήρες:  η γιαγιά, ο αφηγητής\nΒαθμολογία:  G\nΛέξεις:      300</pre>\n')
e = one({'url': u, 'journal': 'thalassa_ink', 'poster': 'thalassa_ink', 'subject': 'Κοχύλια', 'date': (2008, 7, 30, '13:40'), 'tags': ['fic'],
         'html': pre + ph(p), 'comments': [('limani_blue', 'Ένα δεύτερο ράφι. Αχ.')]})
page('lj-generator2008-greek-labels-pre-header-kochylia', 'lj-thalassa_ink-3390.html', u, 'livejournal', 'story', 2008, ['s2-generator', 'other-language-labels', 'greek', 'header-in-pre'],
     'LJ S2 Generator (2008): a GREEK story whose header is a `<pre>` block, the values aligned with spaces: Τίτλος / Συγγραφέας / Χαρακτήρες / Βαθμολογία / Λέξεις',
     gen_page('entry', [e], 'livejournal', 'thalassa_ink', 'θάλασσα', u, 'thalassa_ink: Κοχύλια', 2008),
     [story(u, 'thalassa_ink', 'thalassa_ink', fields(title='Κοχύλια', author='thalassa_ink', characters='η γιαγιά, ο αφηγητής', rating='G', wordCount='300'), None, b, exclude=['Ένα δεύτερο ράφι. Αχ.'])])

# ------------------------------------------------------------------ S3. labels as IMAGES with alt text (DW core2, 2012)
u = 'https://gilt-edged.dreamwidth.org/18822.html'
p = ['The bookbinder’s apprentice was allowed to touch the gold leaf on her third year, and not a day before.',
     'On the first morning of her third year Halsey came in early, in the dark, and stood in front of the cabinet where the leaf was kept, and did not open it.',
     'Master Ode found her there at eight. He did not ask what she was doing. He unlocked the cabinet, took out one leaf on its tissue, and held it out on his palm, where her breath made it tremble like something alive.',
     '“Don’t breathe on it,” he said, which was the first lesson, and she laughed, and it blew away, which was the second.']
b = body('giltedge', p)
IMG = 'https://gilt-edged.dreamwidth.org/file/'
labels = [('title', 'Title', 'Gilt Edge'), ('fandom', 'Fandom', 'The Bindery Tales'), ('rating', 'Rating', 'G'), ('words', 'Words', '520'), ('summary', 'Summary', 'A bookbinder’s apprentice and her first leaf of gold.')]
head = '<br />\n'.join(f'<img src="{IMG}{k}.png" alt="{a}" width="80" height="18" style="vertical-align: middle" /> {esc(v)}' for k, a, v in labels) + '<br /><br />\n'
e = one({'url': u, 'journal': 'gilt_edged', 'poster': 'gilt_edged', 'subject': 'Gilt Edge', 'date': (2012, 1, 22, '16:00'), 'tags': ['fic: bindery tales'],
         'html': head + ph(p), 'comments': [('marbled_end', 'Blown away as the second lesson. Lovely.')]})
page('dw-core2-2012-labels-as-images-alt-text-giltedge', 'dw-gilt_edged-18822.html', u, 'dreamwidth', 'story', 2012, ['dw-core2', 'labels-as-images'],
     'DW core2 (2012): a header whose LABELS ARE IMAGES (`<img src=…/title.png alt="Title">` then the value, no colon anywhere): Title / Fandom / Rating / Words / Summary',
     dw_page('entry', [e], 'gilt_edged', 'gilt-edged', 'Mobility', u, 'gilt_edged: Gilt Edge', year=2012),
     [story(u, 'gilt_edged', 'gilt_edged', fields(title='Gilt Edge', fandom='The Bindery Tales', rating='G', wordCount='520', summary='A bookbinder’s apprentice and her first leaf of gold.'),
            None, b, exclude=['Blown away as the second lesson. Lovely.'])])

# ------------------------------------------------------------------ S4. images BETWEEN paragraphs, captions (LJ S2 Bloggish, 2013)
u = 'https://moth-and-lamp.livejournal.com/77301.html'
p = ['Every summer the moths came to the kitchen window, and every summer Nan turned the light off at ten so they would go home.',
     'This summer she was in hospital, and Pip was left in charge of the light. He left it on until midnight, and the moths came in their hundreds, brown and white and one enormous green one with eyes on its wings.',
     'He drew them all in the back of his maths book. When he took the drawings in on visiting day, Nan turned the pages slowly, and named every single one.']
b = body('mothwindow', p)
ART = 'https://ic.pics.livejournal.com/moth_and_lamp/19283/'
html = (hdr([('Title', 'Moth Window'), ('Rating', 'G'), ('Words', '260'), ('Art', 'mine, pencil and watercolour')]) + '<br /><br />\n'
        f'<p>{esc(p[0])}</p>\n<p style="text-align:center"><img src="{ART}3331/3331_600.jpg" alt="" width="600" height="400" /><br /><small>the window, in July</small></p>\n'
        f'<p>{esc(p[1])}</p>\n<p style="text-align:center"><img src="{ART}3555/3555_600.jpg" alt="a green moth" width="600" height="420" /><br /><small>the green one</small></p>\n'
        f'<p>{esc(p[2])}</p>')
e = one({'url': u, 'journal': 'moth_and_lamp', 'poster': 'moth_and_lamp', 'subject': 'Moth Window (with pictures)', 'date': (2013, 7, 14, '22:10'), 'tags': ['fic', 'art'],
         'html': html, 'comments': [('luna_dusted', 'The green one! She named every one!')]})
page('lj-bloggish2013-illustrated-images-between-paragraphs-mothwindow', 'lj-moth_and_lamp-77301.html', u, 'livejournal', 'story', 2013, ['s2-bloggish', 'images-between-paragraphs'],
     'LJ S2 Bloggish (2013): an illustrated story, Title / Rating / Words / Art header, two IMAGES WITH SMALL CAPTIONS (“the window, in July”, “the green one”) BETWEEN the paragraphs',
     bloggish_page('entry', [e], 'moth_and_lamp', 'moth & lamp', u, 2013),
     [story(u, 'moth_and_lamp', 'moth_and_lamp', fields(title='Moth Window', rating='G', wordCount='260'), None, b,
            exclude=['the window, in July', 'the green one', 'mine, pencil and watercolour', 'The green one! She named every one!'])])

# ------------------------------------------------------------------ S5. a ficathon REVEAL post holding two stories (LJ S2 Dear Diary community, 2009)
u = 'https://winterswap-fic.livejournal.com/2290.html'
p1 = ['The snow came down on the ferry and the ferry went on across the lake regardless, as it had every winter since the lake had a ferry.',
      'Ada, who drove it, sang to keep awake. Nobody heard her but the gulls, and the gulls were not particular.']
p2 = ['Otto built the same snowman every year, in the same corner of the same yard, with the same two coal eyes that his father had kept in a tin.',
      'This year his daughter asked to do the eyes. He gave her the tin. She put them in crooked, and the snowman looked surprised, and Otto found he liked it better.']
b1, b2 = body('winterswap-ferry', p1), body('winterswap-coaleyes', p2)
html = ('<p>The swap is over and the authors are revealed! Thank you all. Both stories are below again with their writers’ names; go and tell them how much you liked them.</p>\n<hr />\n'
        + hdr([('Title', 'Ferry in Snow'), ('Author', 'gull_and_gorse'), ('Recipient', 'lamplit_sara'), ('Rating', 'G'), ('Words', '100')]) + '<br /><br />\n' + ph(p1) + '\n<hr />\n'
        + hdr([('Title', 'Coal Eyes'), ('Author', 'pennywhistle_grey'), ('Recipient', 'gull_and_gorse'), ('Rating', 'G'), ('Words', '100')]) + '<br /><br />\n' + ph(p2) + '\n<hr />\n'
        '<p>Sign-ups for the spring round open in March. &mdash; your mod</p>')
e = one({'url': u, 'journal': 'winterswap_fic', 'poster': 'frost_mod', 'community': True, 'subject': 'Winter Swap 2009: reveals!', 'date': (2009, 1, 10, '12:00'), 'tags': ['reveals', 'mod post'],
         'html': html, 'comments': [('lamplit_sara', 'I KNEW it was you!')]})
REV = ['The swap is over and the authors are revealed!', 'Sign-ups for the spring round open in March.', 'I KNEW it was you!']
page('lj-deardiary2009-community-swap-reveal-post-two-stories', 'lj-winterswap_fic-2290.html', u, 'livejournal', 'story', 2009, ['s2-dear-diary', 'community', 'reveal-post-with-stories', 'two-stories'],
     'LJ S2 Dear Diary community entry (2009): a swap’s REVEALS post by the mod holding TWO drabbles in full, each with Title / Author / Recipient / Rating / Words, between `<hr />`s, the mod’s lines above and below',
     deardiary_page('entry', [e], 'winterswap_fic', 'winter swap', u, 2009, kind='C'),
     [story(u, 'frost_mod', 'winterswap_fic', fields(title='Ferry in Snow', author='gull_and_gorse', rating='G', wordCount='100'), None, b1, exclude=REV + ['Coal Eyes', 'pennywhistle_grey']),
      story(u, 'frost_mod', 'winterswap_fic', fields(title='Coal Eyes', author='pennywhistle_grey', rating='G', wordCount='100'), None, b2, exclude=REV + ['Ferry in Snow'])])

# ------------------------------------------------------------------ S6. a Welsh drabble (InsaneJournal, LJ S2 Generator, 2010)
u = 'http://cerrig-llwyd.insanejournal.com/1150.html'
p = ['Roedd Nain yn cadw’r allwedd i’r capel mewn pot jam ar silff y ffenest, ac roedd hi’n mynd yno bob nos Sul, hyd yn oed ar ôl i’r capel gau.',
     'Doedd hi ddim yn gweddïo. Roedd hi’n eistedd yn y sedd gefn ac yn gwrando ar y glaw ar y to llechi, ac wedyn yn dod adref yn hapus.']
b = body('allweddycapel', p)
e = one({'url': u, 'journal': 'cerrig_llwyd', 'poster': 'cerrig_llwyd', 'subject': 'Drabble: Allwedd y Capel', 'date': (2010, 3, 7, '20:00'), 'tags': ['drabble', 'cymraeg'],
         'html': hdr([('Teitl', 'Allwedd y Capel'), ('Awdur', 'cerrig_llwyd'), ('Cymeriadau', 'Nain'), ('Gradd', 'G'), ('Geiriau', '100')]) + '<br /><br />\n' + ph(p),
         'comments': [('afon_fach', 'Y glaw ar y to llechi. Hyfryd.')]})
page('ij-generator2010-welsh-labels-drabble-allweddycapel', 'ij-cerrig_llwyd-1150.html', u, 'insanejournal', 'story', 2010, ['ij', 's2-generator', 'other-language-labels', 'welsh', 'drabble'],
     'InsaneJournal, LJ S2 Generator (2010): a WELSH DRABBLE, subject “Drabble: Allwedd y Capel”, Teitl / Awdur / Cymeriadau / Gradd / Geiriau',
     gen_page('entry', [e], 'insanejournal', 'cerrig_llwyd', 'cerrig llwyd', u, 'cerrig_llwyd: Drabble: Allwedd y Capel', 2010),
     [story(u, 'cerrig_llwyd', 'cerrig_llwyd', fields(title='Allwedd y Capel', author='cerrig_llwyd', characters='Nain', rating='G', wordCount='100'), None, b, exclude=['Y glaw ar y to llechi. Hyfryd.'])])

# ------------------------------------------------------------------ S7. header-only post, Croatian labels (LJ S2 Refried Paper, 2017)
u = 'https://sol-i-kamen.livejournal.com/4410.html'
AO3 = 'https://archiveofourown.org/works/11893310'
SUM = 'Ribar, kamen i jedna sol koja se ne topi.'
html = (hdr([('Naslov', 'Sol i kamen'), ('Autor', 'sol_i_kamen'), ('Likovi', 'Ante, stari ribar'), ('Ocjena', 'T'), ('Riječi', '3.200'), ('Sažetak', SUM)]) + '<br /><br />\n'
        f'<p><b><a href="{AO3}">Pročitajte na AO3</a></b></p>\n<p>Hvala mojoj beti!</p>')
e = one({'url': u, 'journal': 'sol_i_kamen', 'poster': 'sol_i_kamen', 'subject': 'Priča: Sol i kamen', 'date': (2017, 6, 2, '19:30'), 'tags': ['priče'], 'html': html})
page('lj-refried2017-croatian-labels-headeronly-ao3-solikamen', 'lj-sol_i_kamen-4410.html', u, 'livejournal', 'story', 2017, ['s2-refried-paper', 'other-language-labels', 'croatian', 'header-only'],
     'LJ S2 Refried Paper (2017): a HEADER-ONLY post in CROATIAN, Naslov / Autor / Likovi / Ocjena / Riječi / Sažetak, then “Pročitajte na AO3” (read it on AO3) and a thank-you to the beta',
     refried_page('entry', [e], 'sol_i_kamen', 'sol i kamen', u, 2017),
     [story(u, 'sol_i_kamen', 'sol_i_kamen', fields(title='Sol i kamen', author='sol_i_kamen', characters='Ante, stari ribar', rating='T', wordCount='3.200', summary=SUM), None,
            headerOnly=True, elsewhere=[AO3])])

# ------------------------------------------------------------------ S8. Latvian labels on ONE run-on line with "~" (JournalFen, LJ S2 Generator, 2007)
u = 'http://dzintara-krasts.journalfen.net/2071.html'
p = ['Vecmāmiņa katru rītu gāja uz jūrmalu meklēt dzintaru, un katru rītu atnāca mājās ar tukšām kabatām.',
     'Kad es jautāju, kāpēc viņa vispār iet, viņa atbildēja, ka dzintars nav galvenais. Galvenais ir skatīties, kā jūra atnes un aiznes, un neko neprasīt.',
     'Viņas pēdējā rītā es gāju viņai līdzi. Kabatas palika tukšas, un tas bija pareizi.']
b = body('dzintars', p)
line = '<b>Nosaukums:</b> Dzintars ~ <b>Autors:</b> dzintara_krasts ~ <b>Reitings:</b> G ~ <b>Vārdi:</b> 250 ~ <b>Kopsavilkums:</b> Jūra atnes un aiznes.'
e = one({'url': u, 'journal': 'dzintara_krasts', 'poster': 'dzintara_krasts', 'subject': 'Dzintars', 'date': (2007, 9, 18, '09:15'), 'tags': ['stāsti'],
         'html': f'<p>{line}</p>\n' + ph(p), 'comments': [('baltais_kapa', 'Neko neprasīt. Skaisti.')]})
page('jf-generator2007-latvian-labels-runon-tilde-line-dzintars', 'jf-dzintara_krasts-2071.html', u, 'journalfen', 'story', 2007, ['journalfen', 's2-generator', 'other-language-labels', 'latvian', 'runon-header-line'],
     'JournalFen, LJ S2 Generator (2007): a LATVIAN story whose header is ONE RUN-ON LINE, bold labels separated by “~”: Nosaukums / Autors / Reitings / Vārdi / Kopsavilkums',
     gen_page('entry', [e], 'journalfen', 'dzintara_krasts', 'dzintara krasts', u, 'dzintara_krasts: Dzintars', 2007),
     [story(u, 'dzintara_krasts', 'dzintara_krasts', fields(title='Dzintars', author='dzintara_krasts', rating='G', wordCount='250', summary='Jūra atnes un aiznes.'), None, b, exclude=['Neko neprasīt. Skaisti.'])])

# ------------------------------------------------------------------ S9. header as a <dl> definition list (DeadJournal, LJ S2 Disjointed, 2006)
u = 'http://www.deadjournal.com/users/rook_in_rain/8812.html'
p = ['The clock tower had stopped at twenty past four, and the town had arranged itself around the fact for so long that nobody thought it strange to meet for tea at twenty past four in the morning.',
     'Then a clockmaker’s son came home from the city with a bag of tools and a great deal of confidence, and climbed the tower, and set it going.',
     'For a week the whole town was late for everything. On the eighth day they held a meeting, at twenty past four, and the clockmaker’s son was asked, very politely, to climb back up.']
b = body('twentypast', p)
dl = ('<dl>\n<dt><b>Title</b></dt><dd>Twenty Past Four</dd>\n<dt><b>Fandom</b></dt><dd>Original (the Tollbridge stories)</dd>\n'
      '<dt><b>Rating</b></dt><dd>G</dd>\n<dt><b>Word count</b></dt><dd>290</dd>\n</dl>\n')
e = one({'url': u, 'site': 'deadjournal.com', 'journal': 'rook_in_rain', 'poster': 'rook_in_rain', 'subject': 'new story!', 'date': (2006, 11, 3, '17:45'), 'tags': ['tollbridge'],
         'html': dl + ph(p), 'comments': [('verdigris_owl', 'Very politely! Ha.')]})
page('dj-disjointed2006-definition-list-header-twentypast', 'dj-rook_in_rain-8812.html', u, 'deadjournal', 'story', 2006, ['deadjournal', 's2-disjointed', 'header-in-dl'],
     'DeadJournal, LJ S2 Disjointed (2006): subject “new story!”; the header a DEFINITION LIST (`<dl>`, bold `<dt>` labels Title / Fandom / Rating / Word count, values in `<dd>`, no colons)',
     disjointed_page('entry', [e], 'rook_in_rain', 'rook in the rain', u, 2006, site='deadjournal.com'),
     [story(u, 'rook_in_rain', 'rook_in_rain', fields(title='Twenty Past Four', fandom='Original (the Tollbridge stories)', rating='G', wordCount='290'), None, b, exclude=['Very politely! Ha.'])])
ts = '20061214083012'
page('wayback-2006-dj-disjointed-definition-list-header-twentypast', f'wayback-{ts}-rook_in_rain-8812.html', f'https://web.archive.org/web/{ts}/{u}', 'wayback', 'story', 2006,
     ['wayback-2006', 'deadjournal', 's2-disjointed', 'header-in-dl'],
     'Wayback copy captured December 2006 of the DeadJournal S2 Disjointed `<dl>` header story, relative `/web/` links',
     wayback(disjointed_page('entry', [e], 'rook_in_rain', 'rook in the rain', u, 2006, site='deadjournal.com'), ts, u),
     [story(u, 'rook_in_rain', 'rook_in_rain', fields(title='Twenty Past Four', fandom='Original (the Tollbridge stories)', rating='G', wordCount='290'), None, b, exclude=['Very politely! Ha.'])])

# ------------------------------------------------------------------ S10. Lithuanian labels OVER their values, capitals, no colons (LJ S2 Haven, 2011)
u = 'https://gintarine-sala.livejournal.com/5520.html'
p = ['Močiutė kiekvieną vakarą palikdavo lange uždegtą žvakę, nors senelis jau dvidešimt metų nebegrįždavo iš jūros.',
     'Kai paklausiau kodėl, ji pasakė, kad žvakė ne jam. Žvakė tiems, kurie dar plaukia, kad žinotų, jog kažkas laukia.',
     'Dabar tą žvakę uždegu aš.']
b = body('zvake', p)
stack = ('<p><b>PAVADINIMAS</b><br />\nŽvakė lange</p>\n<p><b>AUTORIUS</b><br />\ngintarine_sala</p>\n<p><b>REITINGAS</b><br />\nG</p>\n'
         '<p><b>ŽODŽIAI</b><br />\n180</p>\n<p>* * *</p>\n')
e = one({'url': u, 'journal': 'gintarine_sala', 'poster': 'gintarine_sala', 'subject': 'Žvakė lange', 'date': (2011, 12, 1, '21:21'), 'tags': ['kūryba'],
         'html': stack + ph(p), 'comments': [('jura_ir_vejas', 'Tiems, kurie dar plaukia... ačiū.')]})
page('lj-haven2011-lithuanian-labels-stacked-over-values-zvake', 'lj-gintarine_sala-5520.html', u, 'livejournal', 'story', 2011, ['s2-haven', 'other-language-labels', 'lithuanian', 'labels-over-values'],
     'LJ S2 Haven (2011): a LITHUANIAN story whose header puts each CAPITALISED LABEL ON ITS OWN LINE OVER ITS VALUE, one `<p>` each, no colons (PAVADINIMAS / AUTORIUS / REITINGAS / ŽODŽIAI), then “* * *”',
     haven_page('entry', [e], 'gintarine_sala', 'gintarinė sala', u, 2011),
     [story(u, 'gintarine_sala', 'gintarine_sala', fields(title='Žvakė lange', author='gintarine_sala', rating='G', wordCount='180'), None, b, exclude=['Tiems, kurie dar plaukia... ačiū.'])])

# ------------------------------------------------------------------ R. a DW READING page with two cut stories and a personal post (2014)
RU = 'https://harrow-and-tine.dreamwidth.org/read'
c1 = ['The well-digger’s daughter could hear water under the ground, which was useful, and could hear what it said, which was not.']
c2 = ['On the night of the first frost the scarecrow in the bottom field came up to the farmhouse and knocked, and asked very civilly whether it might come in by the stove.']
rb1, rb2 = body('welldigger-teaser', c1), body('scarecrow-teaser', c2)
r1 = {'url': 'https://underhill-fic.dreamwidth.org/4410.html', 'journal': 'underhill_fic', 'poster': 'underhill_fic', 'subject': 'Fic: The Well-Digger’s Daughter', 'date': (2014, 10, 21, '22:00'),
      'tags': ['fic'], 'ncomments': 3, 'html': '',
      'index_html': hdr([('Title', 'The Well-Digger’s Daughter'), ('Rating', 'G'), ('Words', '1,400')]) + '<br /><br />\n' + ph(c1) + '\n' + '<a name="cutid1"></a>'.replace('<a name="cutid1"></a>', '') + '<span class="cut-wrapper"><b class="cut-open">(&nbsp;</b><b class="cut-text"><a href="https://underhill-fic.dreamwidth.org/4410.html#cutid1">she listens</a></b><b class="cut-close">&nbsp;)</b></span>'}
r2 = {'url': 'https://tinder-box.dreamwidth.org/9902.html', 'journal': 'tinder_box', 'poster': 'tinder_box', 'subject': 'just a quick one', 'date': (2014, 10, 21, '19:15'), 'tags': ['life'], 'ncomments': 5,
      'html': '', 'index_html': '<p>Frost last night! The dahlias are done for. I am going to sulk and make soup.</p>'}
r3 = {'url': 'https://harrow-and-tine.dreamwidth.org/2291.html', 'journal': 'harrow_and_tine', 'poster': 'harrow_and_tine', 'subject': 'First Frost [G, 900 words]', 'date': (2014, 10, 21, '08:40'),
      'tags': ['my fic', 'first frost'], 'ncomments': 2, 'html': '',
      'index_html': hdr([('Fandom', 'Bottom Field'), ('Characters', 'the scarecrow, Mrs Pell')]) + '<br /><br />\n' + ph(c2) + '\n<span class="cut-wrapper"><b class="cut-open">(&nbsp;</b><b class="cut-text"><a href="https://harrow-and-tine.dreamwidth.org/2291.html#cutid1">read on</a></b><b class="cut-close">&nbsp;)</b></span>'}
page('dw-read2014-reading-page-two-cut-stories-personal-post', 'dw-read-harrow_and_tine.html', RU, 'dreamwidth', 'index', 2014, ['dw-core2', 'reading-page', 'cut-stories'],
     'DW core2 READING page (2014): three journals’ posts, newest first: a story cut after its header and first paragraph (cut text “she listens”), a personal post about frost, and a story whose rating and length are in the SUBJECT (“First Frost [G, 900 words]”), cut after its first paragraph (“read on”)',
     dw_page('read', [r1, r2, r3], 'harrow_and_tine', 'harrow & tine', 'Practicality', RU, 'harrow_and_tine: Reading', subtitle='Reading', year=2014),
     [story(r1['url'], 'underhill_fic', 'underhill_fic', fields(title='The Well-Digger’s Daughter', rating='G', wordCount='1,400'), None, rb1, complete=False, exclude=['she listens', 'dahlias']),
      story(r3['url'], 'harrow_and_tine', 'harrow_and_tine', fields(title='First Frost', fandom='Bottom Field', characters='the scarecrow, Mrs Pell'), None, rb2, complete=False,
            exclude=['read on', 'dahlias'])])

# ====================================================================== not-stories that look fic-ish
# N1. a RECIPE post with Title / Serves / Time / Difficulty labels and method steps in prose (LJ S2 Magazine, 2010)
u = 'https://brine-and-crumb.livejournal.com/30310.html'
html = (hdr([('Title', 'Harbour Stew (my gran’s, more or less)'), ('Serves', '4, or 2 very hungry'), ('Time', 'about two hours'), ('Difficulty', 'easy, but slow')]) + '<br /><br />\n'
        + ph(['First, fry the onions in the big pan until they go soft and gold, and do not rush them; gran used to say an onion knows when it is being hurried.',
              'Add the potatoes, the fish stock and the bay leaves, and let it all go at a low simmer for an hour while you do something else. Put the fish in for the last ten minutes only.',
              'Serve with bread. Do not let anyone put ketchup in it while you are watching.']))
e = one({'url': u, 'journal': 'brine_and_crumb', 'poster': 'brine_and_crumb', 'subject': 'recipe: Harbour Stew', 'date': (2010, 11, 6, '18:30'), 'tags': ['recipes', 'food'], 'html': html,
         'comments': [('gull_and_gorse', 'Making this tomorrow. No ketchup, promise.')]})
page('lj-magazine2010-recipe-post-labels-notstory', 'lj-brine_and_crumb-30310.html', u, 'livejournal', 'not-story', 2010, ['s2-magazine', 'recipe'],
     'LJ S2 Magazine (2010): a RECIPE post, bold Title / Serves / Time / Difficulty labels, the method in three paragraphs of chatty prose: no story',
     magazine_page('entry', [e], 'brine_and_crumb', 'brine & crumb', u, 2010), [])

# N2. a KNITTING PATTERN post (DW core2, 2016): Pattern / Yarn / Needles / Gauge / Size labels, rows as paragraphs
u = 'https://purl-and-moss.dreamwidth.org/5090.html'
html = (hdr([('Pattern', 'Lantern Mittens'), ('Designer', 'me!'), ('Yarn', 'one skein of aran weight, about 180 m'), ('Needles', '4.5 mm dpns'), ('Gauge', '18 sts to 10 cm'), ('Size', 'adult medium')]) + '<br /><br />\n'
        + ph(['Cast on 36 stitches and join in the round, being careful not to twist. Work in 2x2 rib for 6 cm.',
              'Change to stocking stitch and work the lantern chart (below the cut) twice up the back of the hand. The thumb gusset begins on round 12.',
              'This is the first pattern I have ever written down, so please tell me if anything is wrong, and please show me your mittens!']))
e = one({'url': u, 'journal': 'purl_and_moss', 'poster': 'purl_and_moss', 'subject': 'Free pattern: Lantern Mittens', 'date': (2016, 11, 20, '15:00'), 'tags': ['knitting', 'patterns'], 'html': html,
         'comments': [('wick_and_tallow', 'Casting on tonight!')]})
page('dw-core2-2016-knitting-pattern-labels-notstory', 'dw-purl_and_moss-5090.html', u, 'dreamwidth', 'not-story', 2016, ['dw-core2', 'knitting-pattern'],
     'DW core2 (2016): a KNITTING PATTERN post, Pattern / Designer / Yarn / Needles / Gauge / Size labels, the instructions in paragraphs: no story',
     dw_page('entry', [e], 'purl_and_moss', 'purl & moss', 'Blanket', u, 'purl_and_moss: Free pattern: Lantern Mittens', year=2016), [])

# N3. a TAROT READING post for a friend (InsaneJournal, LJ S2 Bloggish, 2012): card labels, narrative readings
u = 'http://seventh-star.insanejournal.com/2240.html'
html = ('<p>For ' + '<b>lamplit_sara</b>, who asked about the new job. Three-card spread, drawn this morning with coffee.</p>\n'
        + hdr([('Past', 'Eight of Cups'), ('Present', 'The Star'), ('Future', 'Three of Wands')]) + '<br /><br />\n'
        + ph(['The Eight of Cups is someone walking away from a table full of cups in the moonlight, not because the cups are empty, but because they are not hers any more. That is the old job, I think.',
              'The Star is the one I always hope for: a woman pouring water out under the night sky, calm. You are allowed to rest a little before the next thing.',
              'And the Three of Wands is someone on a cliff watching ships come in. Things you sent out are coming back. I think you are going to be fine.']))
e = one({'url': u, 'site': 'insanejournal.com', 'journal': 'seventh_star', 'poster': 'seventh_star', 'subject': 'a reading for sara', 'date': (2012, 5, 4, '10:10'), 'tags': ['tarot'], 'html': html,
         'comments': [('lamplit_sara', 'Oh, the ships coming in. Thank you!')]})
page('ij-bloggish2012-tarot-reading-card-labels-notstory', 'ij-seventh_star-2240.html', u, 'insanejournal', 'not-story', 2012, ['ij', 's2-bloggish', 'tarot-reading'],
     'InsaneJournal, LJ S2 Bloggish (2012): a TAROT READING for a friend, Past / Present / Future labels naming cards, three paragraphs describing the cards’ pictures like scenes: no story',
     bloggish_page('entry', [e], 'seventh_star', 'seventh star', u, 2012, site='insanejournal.com'), [])

# N4. a ZINE SALE post (LJ S2 Generator, 2005): printed fanzines for sale, each with Title / Author / Rating / Pages / Price
u = 'http://paper-lantern-press.livejournal.com/1290.html'
zs = [('Salt and Slate', 'various', 'PG', '64', '$8'), ('The Long Crossing', 'gull_and_gorse', 'R', '120', '$12'), ('Tollbridge Tales vol. 2', 'rook_in_rain', 'G', '48', '$6')]
html = ('<p>Clearing the shelves before the move! All zines are in very good condition; postage at cost. Comment to claim, first come first served.</p>\n'
        + '\n'.join('<p>' + hdr([('Title', t), ('Author', a), ('Rating', r), ('Pages', pg), ('Price', pr)]) + '</p>' for t, a, r, pg, pr in zs)
        + '\n<p>Paypal only, sorry.</p>')
e = one({'url': u, 'journal': 'paper_lantern_press', 'poster': 'paper_lantern_press', 'subject': 'zines for sale', 'date': (2005, 8, 12, '14:20'), 'tags': ['zines', 'sale'], 'html': html,
         'comments': [('verdigris_owl', 'I will take The Long Crossing please!')]})
page('lj-generator2005-zine-sale-list-headers-notstory', 'lj-paper_lantern_press-1290.html', u, 'livejournal', 'not-story', 2005, ['s2-generator', 'zine-sale'],
     'LJ S2 Generator (2005): a ZINE SALE post, three printed fanzines each with Title / Author / Rating / Pages / Price lines, no prose but the seller’s: no story',
     gen_page('entry', [e], 'livejournal', 'paper_lantern_press', 'paper lantern press', u, 'paper_lantern_press: zines for sale', 2005), [])

# N5. a ficathon STATS post (DW core2 community, 2018): totals and a table of titles / words / ratings
u = 'https://longnight-fest.dreamwidth.org/4021.html'
tbl = ('<table border="1" cellpadding="3"><tr><th>Title</th><th>Rating</th><th>Words</th></tr>'
       '<tr><td>The Salt Road</td><td>G</td><td>940</td></tr><tr><td>Weatherglass</td><td>G</td><td>750</td></tr><tr><td>Gilt Edge</td><td>G</td><td>520</td></tr></table>')
html = ('<p>Long Night Fest 2018 is done, and here are the numbers, because I love numbers.</p>\n'
        + hdr([('Stories', '3'), ('Words', '2,210 in all'), ('Longest', 'The Salt Road'), ('Most comments', 'Weatherglass')]) + '<br /><br />\n'
        + tbl + '\n<p>Thank you to every writer and every reader. See you next midwinter.</p>')
e = one({'url': u, 'journal': 'longnight_fest', 'poster': 'fest_keeper', 'community': True, 'subject': 'Fest stats!', 'date': (2018, 1, 15, '20:00'), 'tags': ['mod post', 'stats'], 'html': html,
         'comments': [('barometer_moth', 'Most comments! I am overcome.')]})
page('dw-core2-2018-community-fest-stats-table-notstory', 'dw-longnight_fest-4021.html', u, 'dreamwidth', 'not-story', 2018, ['dw-core2', 'community', 'fest-stats'],
     'DW core2 community entry (2018): a fest’s STATS post, Stories / Words / Longest / Most comments labels and a table of Title / Rating / Words: no story',
     dw_page('entry', [e], 'longnight_fest', 'Long Night Fest', 'Practicality', u, 'longnight_fest: Fest stats!', year=2018), [])

# N6. a SONG-LYRICS TRANSLATION post (LJ 2019+ page, 2020): Title / Artist / Language labels, the lyrics line by line
u = 'https://linden-songs.livejournal.com/880.html'
html = (hdr([('Title', 'Fântâna (The Well)'), ('Artist', 'a band from Cluj I love'), ('Original language', 'Romanian'), ('Translation', 'mine, rough')]) + '<br /><br />\n'
        + '<p>I went down to the well at night<br />\nand told the water all my fears;<br />\nthe water kept them, cold and bright,<br />\nand gave me back the years.</p>\n'
        + '<p>The chorus is just “fântâna, fântâna” over and over, which means “the well”. Song is on their second album; please go and buy it.</p>')
e = one({'url': u, 'journal': 'linden_songs', 'poster': 'linden_songs', 'subject': 'translated lyrics: Fântâna', 'date': (2020, 9, 9, '11:45'), 'tags': ['music', 'translation'], 'html': html,
         'comments': [('lindenleaf_tr', 'This is the song from the Ninth Well!')]})
page('lj-mdspost2020-song-lyrics-translation-notstory', 'lj-mds-linden_songs-880.html', u, 'livejournal', 'not-story', 2020, ['lj-2019', 'lyrics-translation'],
     'LJ 2019+ entry page (2020): a SONG-LYRICS TRANSLATION post, Title / Artist / Original language / Translation labels, a verse of lyrics in lines, a note: no story',
     md_entry_page(e, 'linden songs', 2020), [])

# ------------------------------------------------------------------ S11. the title ONLY in a banner image's alt text (LJ S2 Generator, 2011)
u = 'https://kestrel-hill.livejournal.com/41002.html'
p = ['The kestrel came back to the hill on the first warm day of March, and Dilys, who was eighty-one and had watched for it every spring since she was a girl, did not see it.',
     'She was asleep in the chair by the window with her glasses in her lap. Her granddaughter saw it, hanging in the air over the top field as though it were hung on a wire, and did not wake her.',
     'Instead she took the notebook from the windowsill, the one with sixty years of dates in it in three colours of ink, and wrote the date in pencil, small, at the bottom of the column.',
     'When Dilys woke she looked at the notebook for a long time. Then she took her pen and wrote the date again, over the pencil, in ink. “I’ll believe you,” she said. “This once.”']
b = body('kestrelhill', p)
BAN = 'https://ic.pics.livejournal.com/kestrel_hill/10221/7100/7100_original.png'
html = (f'<p style="text-align: center"><img src="{BAN}" alt="Over the Top Field" title="Over the Top Field" width="500" height="120" /></p>\n'
        + '<p style="text-align: center"><small>G &middot; 330 words &middot; for my gran, who kept the notebook</small></p>\n' + ph(p))
e = one({'url': u, 'journal': 'kestrel_hill', 'poster': 'kestrel_hill', 'subject': '(fic) for the first warm day', 'date': (2011, 3, 6, '17:05'), 'tags': ['fic', 'original'],
         'html': html, 'comments': [('wick_and_tallow', 'Over the pencil, in ink. Oh.')]})
page('lj-generator2011-title-only-in-banner-alt-overthetopfield', 'lj-kestrel_hill-41002.html', u, 'livejournal', 'story', 2011, ['s2-generator', 'banner-image', 'title-in-alt-text'],
     'LJ S2 Generator (2011): the story’s TITLE ONLY IN A BANNER IMAGE’S alt / title text (“Over the Top Field”), the subject a description (“(fic) for the first warm day”), then one small centred unlabelled line “G · 330 words · for my gran, who kept the notebook”',
     gen_page('entry', [e], 'livejournal', 'kestrel_hill', 'kestrel hill', u, 'kestrel_hill: (fic) for the first warm day', 2011),
     [story(u, 'kestrel_hill', 'kestrel_hill', fields(title='for the first warm day'), None, b,
            exclude=['for my gran, who kept the notebook', 'Over the pencil, in ink. Oh.'])])

# ------------------------------------------------------------------ D. a COMMUNITY DAY PAGE (LJ S2 Bloggish, 2010) holding The Salt Road part 2 and a mod post
du = 'https://roadside-tales.livejournal.com/2010/05/07/'
d2 = {'url': 'https://roadside-tales.livejournal.com/8790.html', 'journal': 'roadside_tales', 'poster': 'hedge_tamsin', 'community': True, 'subject': 'mod note: May prompt',
      'date': (2010, 5, 7, '09:00'), 'tags': ['mod post'], 'ncomments': 4, 'html': '<p>This month’s prompt is <b>milestones</b>. Any length, any rating, post by the 31st. Have fun!</p>'}
d1 = sr_entries[1]
page('lj-bloggish2010-community-day-page-holds-part-saltroad-2', 'lj-bloggish-roadside_tales-day-20100507.html', du, 'livejournal', 'index', 2010, ['lj-bloggish', 'community', 'day-archive-page'],
     'LJ S2 Bloggish COMMUNITY DAY PAGE (roadside_tales, 7 May 2010): a mod’s prompt post (9 am), then The Salt Road part 2 in full (its “Begun in saltmarsh_fic; concluded in my journal.” line with it)',
     bloggish_page('day', [d2, d1], 'roadside_tales', 'Roadside Tales', du, 2010, kind='C', day=(2010, 5, 7)),
     [story(sr_urls[1], 'wren_ashdown', 'roadside_tales', fields(title='The Salt Road', fandom='Marram Dyke', characters='Tobiah, the salt girl', rating='G', wordCount='310'),
            {'index': 2, 'total': 3}, sr_bodies[1], exclude=['Begun in saltmarsh_fic; concluded in my journal.', 'milestones'])])
