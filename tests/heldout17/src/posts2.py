"""Posts of tests/heldout17 and their truth: single stories, index pages (a ?skip= recent page, a tag page with several cut
stories, a 2005 Wayback copy of an S1 recent page) and not-stories that look fic-ish. All prose, names, journals and titles are
invented for this corpus. Renderers: tests/heldout2's layouts.py, tests/heldout5's s1.py, tests/heldout8's s2z.py (Dear Diary,
Haven), tests/heldout9's s2w.py (Disjointed, Refried Paper), tests/heldout11's s2t.py, tests/heldout12's mag.py (Magazine),
tests/heldout13's bloggish.py (Bloggish)."""
from bloggish import bloggish_page
from corpus import body, fields, hdr, page, ph, story
from layouts import dw_cut_link, dw_page, esc, gen_page, wayback
from mag import magazine_page
from s1 import s1_page, talkread_page
from s2t import md_entry_page
from s2w import disjointed_page, refried_page
from s2z import deardiary_page, haven_page


def lj_cut(url, text='Read more...'):
    """LiveJournal's cut link on a recent / tag page (S2 core, 2004-2010)."""
    return f'<b>(&nbsp;<a href="{url}#cutid1">{esc(text)}</a>&nbsp;)</b>'


def entry(url, journal, subject, date, html, tags=(), poster=None, comments=(), **kw):
    e = {'url': url, 'journal': journal, 'poster': poster or journal, 'subject': subject, 'date': date, 'tags': list(tags), 'html': html,
         'ncomments': len(comments), 'comments': list(comments)}
    e.update(kw)
    return e


# ------------------------------------------------------------------ 1. a DRABBLE COLLECTION: one post, five numbered drabbles,
# one header: one story (LJ S2 Dear Diary, 2012)
J = 'tinplate_robin'
u = 'https://tinplate-robin.livejournal.com/14402.html'
dr = ['1. Dusk', 'The lamplighter starts at the harbour end, because that is where the dark comes in first. He has done it for forty years. He could do it blind, and some winters, with the fog down, he very nearly does.',
      '2. The Long Pole', 'His pole is ash, and older than he is. His father’s hands wore a smooth place in it just below the hook, and his own hands fit the place exactly, which he tries not to think about too much.',
      '3. Mrs Arden’s Window', 'At number nine a woman leaves a cup of tea on the sill for him, every night, already going cold. He has never seen her. He always drinks it.',
      '4. The Electric Men', 'In spring the council sends two young men in a van to measure the lamp-posts for wires. They are very polite. He shows them which ones lean.',
      '5. Last Light', 'On his last night he lights the harbour lamp and then, because nobody is looking, he lights it again: out, and in, like a word said twice so it will be remembered.']
b = body('lamplighters', dr)
e = entry(u, J, 'Five drabbles: Lamplighters', (2012, 2, 19, '20:45'),
          hdr([('Title', 'Lamplighters'), ('Rating', 'G'), ('Words', '5 × 100'), ('Prompt', 'light, for the winter drabble meme')]) + '<br /><br />\n'
          + '\n'.join(f'<p><b>{esc(dr[k])}</b></p>\n<p>{esc(dr[k + 1])}</p>' for k in range(0, 10, 2)) + '\n<p><i>Thank you for the prompt, dear!</i></p>',
          tags=['drabbles', 'original fic'], comments=[('wick_and_wax', 'Out, and in, like a word said twice. I have goosebumps.')])
page('lj-deardiary2012-drabble-collection-numbered-one-story-lamplighters', f'lj-{J}-14402.html', u, 'livejournal', 'story', 2012,
     ['s2-dear-diary', 'drabble-collection', 'numbered-drabbles'],
     'LJ S2 Dear Diary (2012): a DRABBLE COLLECTION, one header (Title / Rating / Words “5 × 100” / Prompt) over five NUMBERED drabbles, each under its own bold “1. Dusk” … “5. Last Light” title: one story',
     deardiary_page('entry', [e], J, 'tin robin', u, 2012),
     [story(u, J, J, fields(title='Lamplighters', rating='G', wordCount='5 × 100', prompt='light, for the winter drabble meme'), None, b,
            exclude=['Thank you for the prompt, dear!', 'goosebumps'])])

# ------------------------------------------------------------------ 2. EUROPEAN PORTUGUESE, the SUMMARY FIRST and the title last,
# labels after a bullet (LJ S2 Disjointed, 2008)
J = 'gaivota_sul'
u = 'https://gaivota-sul.livejournal.com/3120.html'
pt = ['O faroleiro de Sagres tinha um gato que só comia sardinhas às terças-feiras, e ninguém na vila sabia porquê.',
      'A Inês, que tinha nove anos e muita paciência, decidiu descobrir. Seguiu o gato durante uma semana inteira, pelo cais, pelas escadas da igreja, pelo telhado da padaria.',
      'Na terça seguinte percebeu: às terças chegava o barco do senhor Amílcar, que trazia sempre uma sardinha a mais no bolso do casaco. O gato não gostava de sardinhas. Gostava do senhor Amílcar.']
b = body('faroleiro', pt)
rows = [('Sumário', 'Um gato, um farol e um mistério que só acontece às terças.'), ('Classificação', 'Para todos'), ('Palavras', '420'), ('Título', 'O gato do faroleiro')]
e = entry(u, J, 'fic: o gato do faroleiro', (2008, 6, 10, '17:30'), hdr(rows, fmt='&bull; <b>{L}:</b> {V}') + '<br /><br />\n' + ph(pt), tags=['escrita', 'fic'],
          comments=[('mar_alto', 'Que ternura! O gato gostava do senhor Amílcar.')])
page('lj-disjointed2008-portuguese-summary-first-title-last-faroleiro', f'lj-{J}-3120.html', u, 'livejournal', 'story', 2008,
     ['s2-disjointed', 'portuguese', 'labels-unusual-order', 'bulleted-labels'],
     'LJ S2 Disjointed (2008): a EUROPEAN PORTUGUESE story, bulleted labels with the SUMMARY FIRST and the TITLE LAST (Sumário / Classificação / Palavras / Título)',
     disjointed_page('entry', [e], J, 'gaivota do sul', u, 2008),
     [story(u, J, J, fields(summary='Um gato, um farol e um mistério que só acontece às terças.', rating='Para todos', wordCount='420', title='O gato do faroleiro'), None, b,
            exclude=['Que ternura!'])])

# ------------------------------------------------------------------ 3. a 2003 Wayback copy of an S1 talkread.bml entry page:
# the earliest LJ markup, www.livejournal.com/users/NAME/N.html; the header's labels in lower case with dashes
J = 'fernhollow'
u = 'http://www.livejournal.com/users/fernhollow/4471.html'
fh = ['The snow came on the last day of term, and by four o’clock the school bus was stuck at the bottom of Crane Hill with eleven children in it and a driver who had given up swearing.',
      'Theo, who was the oldest, organised a song. It was a terrible song. Nobody knew the second verse, so they sang the first one nine times, louder each time, until the farmer from the top of the hill came down with his tractor to find out who was being murdered.',
      'He towed them up the hill in the dark. They sang the first verse the whole way, and the farmer, who had pretended not to like it, was heard humming it at the cattle market for the rest of the winter.']
b = body('cranehill', fh)
rows = [('title', 'Crane Hill'), ('rating', 'G'), ('words', '190'), ('notes', 'written for holiday_ficathon, for snowdrift_jo')]
e = entry(u, J, 'fic: crane hill', (2003, 12, 20, '16:02'), '<br />\n'.join(f'{k} -- {v}' for k, v in rows) + '<br /><br />' + '<br /><br />'.join(esc(p) for p in fh),
          currents=[('Mood', 'cold'), ('Music', 'the radio, badly')], comments=[('snowdrift_jo', 'The first verse nine times! Thank you, this is perfect.')])
ts = '20031223110514'
page('wayback-2003-lj-s1-talkread-dash-labels-cranehill', f'wayback-{ts}-{J}-4471.html', f'https://web.archive.org/web/{ts}/{u}', 'wayback', 'story', 2003,
     ['wayback', 'lj-s1-talkread', 'www-users-url', 'era-2003', 'dash-labels'],
     'Wayback copy captured 2003 of an LJ S1 entry page (talkread.bml, 2003) at www.livejournal.com/users/NAME/N.html: lower-case labels set off by a DOUBLE DASH (“title -- Crane Hill”), Current Mood / Music rows',
     wayback(talkread_page(e, year=2003), ts, u),
     [story(u, J, J, fields(title='Crane Hill', rating='G', wordCount='190', notes='written for holiday_ficathon, for snowdrift_jo'), None, b, exclude=['The first verse nine times! Thank you'])])

# ------------------------------------------------------------------ 4. fields in an UNUSUAL ORDER: Words, Pairing, Rating,
# Summary, then the Title last, labels in small caps (LJ S2 Magazine, 2011)
J = 'nettle_and_dock'
u = 'https://nettle-and-dock.livejournal.com/6631.html'
nd = ['Rosalind kept bees on the roof of the library, strictly against the rules, and Mr Okafor from Reference had been pretending not to know for two summers.',
      'In the third summer the bees swarmed. They came down through the skylight in a long brown rope and settled on the bust of the library’s founder, who had a beard already, so that for a while he appeared to have a much larger one.',
      'Mr Okafor stood beside her with a cardboard box while she coaxed them in. “For the record,” he said, “I have never seen any bees.” “Of course not,” said Rosalind, and gave him the first jar of honey in September, which he kept on his desk, and which everybody else in the library also pretended not to see.']
b = body('librarybees', nd)
rows = [('Words', '310'), ('Pairing', 'Rosalind/Mr Okafor'), ('Rating', 'G'), ('Summary', 'Bees on the library roof, and a man from Reference who sees nothing.'), ('Title', 'Swarm Season')]
e = entry(u, J, 'new fic!', (2011, 7, 2, '13:15'), hdr(rows, fmt='<span style="font-variant:small-caps">{L}</span>: {V}') + '<br /><br />\n' + ph(nd), tags=['fic', 'library au'],
          comments=[('comb_and_cell', 'The founder’s larger beard! I cackled.')])
page('lj-magazine2011-title-last-words-first-small-caps-swarmseason', f'lj-{J}-6631.html', u, 'livejournal', 'story', 2011,
     ['s2-magazine', 'labels-unusual-order', 'small-caps-labels'],
     'LJ S2 Magazine (2011): the subject “new fic!”; labels in SMALL CAPS in an UNUSUAL ORDER: Words first, then Pairing / Rating / Summary, the TITLE LAST',
     magazine_page('entry', [e], J, 'nettle & dock', u, 2011),
     [story(u, J, J, fields(wordCount='310', pairing='Rosalind/Mr Okafor', rating='G', summary='Bees on the library roof, and a man from Reference who sees nothing.', title='Swarm Season'), None, b,
            exclude=['I cackled'])])

# ------------------------------------------------------------------ 5. a BRAZILIAN PORTUGUESE DRABBLE under a one-word subject
# label "Drabble" and a short header (DW core2, 2019)
J = 'caju_azedo'
u = 'https://caju-azedo.dreamwidth.org/1893.html'
dp = ['Vovó guardava os botões numa lata de biscoitos dinamarqueses, e toda criança da família já tinha aberto aquela lata esperando biscoitos.',
      'Eu abri aos seis anos e chorei. Aos trinta, quando ela morreu, fui eu que fiquei com a lata. Abri de novo. Botões de todas as cores, de todos os casacos que ela costurou para nós.',
      'Não chorei dessa vez. Contei os botões, um por um, e tinha exatamente um para cada neto.']
b = body('latadebotoes', dp)
e = entry(u, J, 'Drabble: A lata', (2019, 5, 12, '10:10'), hdr([('Título', 'A lata'), ('Classificação', 'Livre'), ('Palavras', '100')]) + '<br /><br />\n' + ph(dp),
          tags=['drabble', 'original'], comments=[('pitanga_doce', 'Um para cada neto. Acabei comigo.')])
page('dw-core2-2019-portuguese-drabble-subject-label-lata', f'dw-{J}-1893.html', u, 'dreamwidth', 'story', 2019,
     ['dw-core2', 'portuguese', 'drabble'],
     'DW core2 (2019): a BRAZILIAN PORTUGUESE DRABBLE, subject “Drabble: A lata”, Título / Classificação / Palavras (100)',
     dw_page('entry', [e], J, 'caju azedo', 'Practicality', u, f'{J}: Drabble: A lata', year=2019),
     [story(u, J, J, fields(title='A lata', rating='Livre', wordCount='100'), None, b, exclude=['Acabei comigo'])])

# ------------------------------------------------------------------ 6. a HEBREW drabble, right to left, its labels BOLD and
# after an em-dash bullet (LJ S2 Generator, 2010)
J = 'zait_shachor'
u = 'https://zait-shachor.livejournal.com/2204.html'
hp = ['סבתא שלי שתלה עץ זית בחצר ביום שנולדתי, ואמרה שהוא יגדל לאט יותר ממני.',
      'היא צדקה. הייתי גבוהה ממנו עד גיל שתים עשרה. אחר כך הוא עקף אותי, ובקיץ ההוא היא ישבה בצל שלו בפעם הראשונה ואמרה: עכשיו אפשר לנוח.']
b = body('zait', hp)
rows = [('שם', 'עץ זית'), ('דירוג', 'לכל הגילאים'), ('מילים', '100')]
e = entry(u, J, 'דרבל: עץ זית', (2010, 8, 4, '21:40'), '<div dir="rtl">\n' + hdr(rows, fmt='— <b>{L}:</b> {V}') + '<br /><br />\n' + ph(hp) + '\n</div>',
          tags=['כתיבה'], comments=[('gefen_lavan', 'עכשיו אפשר לנוח. כמה יפה.')])
page('lj-generator2010-hebrew-rtl-drabble-dash-bullets-zait', f'lj-{J}-2204.html', u, 'livejournal', 'story', 2010,
     ['s2-generator', 'hebrew', 'right-to-left', 'drabble'],
     'LJ S2 Generator (2010): a HEBREW drabble RIGHT TO LEFT (div dir="rtl"), subject “דרבל: עץ זית”, bold labels שם / דירוג / מילים after an em-dash bullet',
     gen_page('entry', [e], 'livejournal', J, 'זית שחור', u, f'{J}: דרבל: עץ זית', 2010),
     [story(u, J, J, fields(title='עץ זית', rating='לכל הגילאים', wordCount='100'), None, b, exclude=['עכשיו אפשר לנוח. כמה יפה.'])])

# ------------------------------------------------------------------ 7. CZECH labels, the header in ONE PARAGRAPH separated by
# " || " (LJ S2 Refried Paper, 2009)
J = 'lipovy_kvet'
u = 'https://lipovy-kvet.livejournal.com/5517.html'
cz = ['Pan Hrubý opravoval hodiny v krámku na rohu a tvrdil, že každé hodiny v Olomouci zná jménem.',
      'Když mu jednoho dne přinesla malá Anička budík bez ručiček, dlouho se na něj díval a pak řekl, že tenhle nikdy neměřil čas. Tenhle měřil, jak dlouho se na někoho čeká.',
      'Anička ho odnesla domů a postavila na okno. Táta se vrátil z nemocnice ve čtvrtek. Budík od té doby tiká, i když ručičky pořád nemá.']
b = body('budik', cz)
rows = [('Název', 'Budík bez ručiček'), ('Hodnocení', 'pro všechny'), ('Slova', '230'), ('Postavy', 'pan Hrubý, Anička')]
e = entry(u, J, 'povídka: Budík bez ručiček', (2009, 10, 28, '18:05'), '<p>' + ' || '.join(f'<b>{k}:</b> {esc(v)}' for k, v in rows) + '</p>\n<p>* * *</p>\n' + ph(cz),
          tags=['psaní'], comments=[('chmel_a_slad', 'Měřil, jak dlouho se na někoho čeká. Krásné.')])
page('lj-refried2009-czech-labels-one-paragraph-double-bars-budik', f'lj-{J}-5517.html', u, 'livejournal', 'story', 2009,
     ['s2-refried-paper', 'czech', 'one-line-header-double-bars'],
     'LJ S2 Refried Paper (2009): CZECH labels Název / Hodnocení / Slova / Postavy in ONE PARAGRAPH separated by “ || ”, then “* * *”',
     refried_page('entry', [e], J, 'lipový květ', u, 2009),
     [story(u, J, J, fields(title='Budík bez ručiček', rating='pro všechny', wordCount='230', characters='pan Hrubý, Anička'), None, b, exclude=['* * *', 'Krásné.'])])

# ------------------------------------------------------------------ I1. an LJ S2 Generator RECENT page with ?skip=20: a cut story
# (header and first paragraph above the cut), a meme post, a complete short story
J = 'kettle_and_moth'
RB = 'https://kettle-and-moth.livejournal.com/'
ru = RB + '?skip=20'
k1 = ['Nobody in Pellow Street had ever seen the woman at number four leave her house, and yet every morning her front step was scrubbed white.']
k3 = ['The umbrella had been left on the 38 bus so many times that the driver had started keeping it for whoever needed it next.',
      'On the wettest Tuesday of the year it went to a boy with a cello, a nurse coming off nights, and finally an old man who said it had been his, long ago, and had never expected to see it again. He gave it back to the driver at the terminus. “It’s better at this,” he said.']
kb1, kb3 = body('pellowstreet-teaser', k1), body('umbrella', k3)
ri = [entry(RB + '30417.html', J, 'Fic: The Scrubbed Step', (2010, 4, 11, '22:10'), '', tags=['fic'],
            index_html=hdr([('Title', 'The Scrubbed Step'), ('Rating', 'PG'), ('Words', '1,900')]) + '<br /><br />\n' + ph(k1) + '\n' + lj_cut(RB + '30417.html', 'who scrubs it?')),
      entry(RB + '30160.html', J, 'ten things meme', (2010, 4, 10, '09:30'), '<p>Ten things you may not know about me, as tagged by gannet_grey:</p>\n<p>1. I cannot whistle. 2. I have read every Moomin book twice. 3. I once fell asleep in a bath and woke up cold and betrayed.</p>\n<p>I tag anyone who is reading this and bored.</p>', tags=['memes']),
      entry(RB + '29988.html', J, 'drabble: the 38 bus', (2010, 4, 8, '20:00'), '', tags=['fic', 'drabbles'],
            index_html=hdr([('Rating', 'G')]) + '<br /><br />\n' + ph(k3))]
page('lj-generator2010-recent-skip20-cut-story-meme-drabble', 'lj-kettle_and_moth-skip20.html', ru, 'livejournal', 'index', 2010,
     ['s2-generator', 'recent-page', 'skip-20', 'cut-stories'],
     'LJ S2 Generator RECENT page with ?skip=20 (2010): a story cut after its header and first paragraph (“who scrubs it?”), a ten-things MEME, a complete short story (“drabble: the 38 bus”)',
     gen_page('recent', ri, 'livejournal', J, 'kettle & moth', ru, 'kettle & moth', 2010)  # at ?skip=20: back to 40, on to the front page
     .replace(f'{RB}?skip=20">&lt;&lt; Previous 20</a>]', f'{RB}?skip=40">&lt;&lt; Previous 20</a>|<a href="{RB}">Next 20 &gt;&gt;</a>]'),
     [story(ri[0]['url'], J, J, fields(title='The Scrubbed Step', rating='PG', wordCount='1,900'), None, kb1, complete=False, exclude=['who scrubs it?', 'Moomin']),
      story(ri[2]['url'], J, J, fields(title='the 38 bus', rating='G'), None, kb3, exclude=['Moomin'])])

# ------------------------------------------------------------------ I2. a DW core2 TAG page (/tag/fic) with THREE cut stories
J = 'skein_of_geese'
TB = 'https://skein-of-geese.dreamwidth.org/'
tu = TB + 'tag/fic'
g1 = ['The geese came over at dusk in a long uneven V, and Marta, who was eighty-one and had been told to rest, went out into the yard in her slippers to count them.']
g2 = ['There was a door at the back of the airing cupboard that had been painted over so many times it had become part of the wall.']
g3 = ['On the ferry to the island the children were given one rule: do not feed the gulls.', 'By the time the island came in sight they had broken it eleven times.']
gb = [body('geese-teaser', g1), body('airingcupboard-teaser', g2), body('ferrygulls-teaser', g3)]
gi = [entry(TB + '4102.html', J, 'Counting Geese (G, 1,200 words)', (2016, 11, 2, '19:00'), '', tags=['fic', 'marta'],
            index_html=ph(g1) + '\n' + dw_cut_link(TB + '4102.html', 1, 'she counts')),
      entry(TB + '3877.html', J, 'fic: The Painted Door', (2016, 10, 20, '21:30'), '', tags=['fic'],
            index_html=hdr([('Rating', 'Teen'), ('Words', '2,400'), ('Warnings', 'none apply')]) + '<br /><br />\n' + ph(g2) + '\n' + dw_cut_link(TB + '3877.html', 1, 'Read more...')),
      entry(TB + '3590.html', J, 'Gulls', (2016, 10, 1, '12:45'), '', tags=['fic', 'the island'],
            index_html=hdr([('Title', 'Gulls'), ('Rating', 'G'), ('Characters', 'the Ashby children')]) + '<br /><br />\n' + ph(g3) + '\n' + dw_cut_link(TB + '3590.html', 1, 'eleven times and counting'))]
page('dw-core2-2016-tag-page-three-cut-stories-skeinofgeese', 'dw-skein_of_geese-tag-fic.html', tu, 'dreamwidth', 'index', 2016,
     ['dw-core2', 'tag-page', 'cut-stories'],
     'DW core2 TAG page (/tag/fic, 2016): THREE cut stories: one with its rating and length in the SUBJECT and no header (“Counting Geese (G, 1,200 words)”), one with a Rating / Words / Warnings header, one with Title / Rating / Characters; each cut after its opening',
     dw_page('tag', gi, J, 'a skein of geese', 'Practicality', tu, f'{J}: fic', subtitle='Entries tagged with fic', year=2016),
     [story(gi[0]['url'], J, J, fields(title='Counting Geese'), None, gb[0], complete=False, exclude=['she counts']),
      story(gi[1]['url'], J, J, fields(title='The Painted Door', rating='Teen', wordCount='2,400', warnings='none apply'), None, gb[1], complete=False),
      story(gi[2]['url'], J, J, fields(title='Gulls', rating='G', characters='the Ashby children'), None, gb[2], complete=False, exclude=['eleven times and counting'])])

# ------------------------------------------------------------------ I3. a 2005 Wayback copy of an LJ S1 RECENT page (Clean and
# Simple) with ?skip=20 at www.livejournal.com/users/NAME/: a complete story and a personal post
J = 'dovecote_dusk'
SB = 'http://www.livejournal.com/users/dovecote_dusk/'
su = SB + '?skip=20'
dd = ['Every Sunday the pigeons on the church roof were counted by Mr Fennimore, who had been churchwarden for thirty years and did not trust them.',
      'There were always forty-one. One Sunday there were forty-two, and the extra one was white, and sat apart, and Mr Fennimore was so shaken that he forgot to ring the bell, and the whole village came to church ten minutes late and had to be told why.']
db = body('pigeons', dd)
si = [entry(SB + '1209.html', J, 'new fic: Forty-Two', (2005, 2, 13, '18:40'), hdr([('Title', 'Forty-Two'), ('Rating', 'G'), ('Words', '120')]) + '<br /><br />' + '<br /><br />'.join(esc(p) for p in dd), tags=[]),
      entry(SB + '1088.html', J, 'snow day', (2005, 2, 10, '08:15'), 'School is shut! I am going back to bed with toast and the radio, and nobody can stop me.', tags=[])]
ts = '20050301142233'
page('wayback-2005-lj-s1-recent-skip20-story-personal-post-fortytwo', f'wayback-{ts}-{J}-skip20.html', f'https://web.archive.org/web/{ts}/{su}', 'wayback', 'index', 2005,
     ['wayback', 'lj-s1', 'recent-page', 'skip-20', 'era-2005'],
     'Wayback copy captured 2005 of an LJ S1 RECENT page (Clean and Simple) with ?skip=20 at www.livejournal.com/users/NAME/: a complete short story under Title / Rating / Words, and a personal post',
     wayback(s1_page('lastn', 'Clean and Simple', si, J, 'dovecote at dusk', su)
             .replace('You are viewing the most recent 2 entries.', 'You are viewing 2 entries, 20 into the past.')  # LASTN_RANGE_HISTORY at ?skip=20
             .replace('?skip=20">Previous', f'?skip=40">Previous').replace('<ul id="skiplinks">\n', f'<ul id="skiplinks">\n<li><a href="{SB}">Next 2 Entries</a></li>\n'), ts, su),
     [story(SB + '1209.html', J, J, fields(title='Forty-Two', rating='G', wordCount='120'), None, db, exclude=['toast and the radio'])])

# ================================================================== NOT-STORIES that look fic-ish
# N1. a FIC-REC post: headers of OTHER PEOPLE's fics (Title / Author / Rating / Summary) and why the reccer loves each (Generator)
J = 'magpie_recs'
u = 'https://magpie-recs.livejournal.com/7781.html'
recs = ''.join(f'<p>{hdr([("Title", (f"<a href={chr(34)}{lk}{chr(34)}>{esc(t)}</a>", t)), ("Author", a), ("Rating", r), ("Summary", s)])}<br />\n<i>Why:</i> {esc(w)}</p>\n' for t, lk, a, r, s, w in [
    ('The Cartographer’s Dog', 'https://inkwell-fen.livejournal.com/2210.html', 'inkwell_fen', 'G', 'A map, a dog, and a coastline that keeps moving.', 'The dog has the best point of view in any fic I have read this year.'),
    ('Twelve Bridges', 'https://archiveofourown.org/works/118820', 'river_stair', 'PG-13', 'Twelve bridges, twelve conversations, one long night.', 'The eighth bridge made me put my phone down and stare at the wall.'),
    ('Salt Bread', 'https://crumb-and-crust.dreamwidth.org/901.html', 'crumb_and_crust', 'G', 'Baking as a way of saying sorry.', 'Short, kind, and it has a recipe in it that actually works.')])
e = entry(u, J, 'Friday recs: three fics I loved this month', (2013, 9, 6, '17:00'), '<p>Happy Friday! Three fics that kept me up:</p>\n' + recs + '<p>Go and leave them comments!</p>', tags=['recs', 'fic recs'],
          comments=[('reading_lamp', 'Twelve Bridges is SO good, seconding.')])
page('lj-generator2013-fic-rec-post-others-headers-notstory', f'lj-{J}-7781.html', u, 'livejournal', 'not-story', 2013, ['s2-generator', 'fic-recs'],
     'LJ S2 Generator (2013): a FIC-REC post: three headers of OTHER WRITERS’ fics (Title linked / Author / Rating / Summary), each with a “Why:” line: no story of its own',
     gen_page('entry', [e], 'livejournal', J, 'magpie recs', u, f'{J}: Friday recs: three fics I loved this month', 2013), [])

# N2. a community PROMPT post: Prompt / Rating / Word limit / Deadline (DW core2 community, 2014)
J = 'weekly_lantern'
u = 'https://weekly-lantern.dreamwidth.org/2290.html'
e = entry(u, J, 'Prompt #47: the last train', (2014, 3, 3, '09:00'),
          hdr([('Prompt', 'the last train'), ('Rating', 'any'), ('Word limit', '100–1,000'), ('Deadline', 'Sunday 9 March, midnight UTC')]) + '<br /><br />\n'
          + '<p>Post your fill to the community with the tag “prompt 47” and a header with Title, Rating and Words. One fill per person, please; drabbles welcome!</p>\n<p>Last week’s fills are <a href="https://weekly-lantern.dreamwidth.org/tag/prompt+46">here</a>.</p>',
          tags=['prompts', 'mod post'], poster='lantern_mod', community=True, comments=[('pennyroyal_ink', 'Oooh, I have an idea already.')])
page('dw-core2-2014-community-prompt-post-notstory', f'dw-{J}-2290.html', u, 'dreamwidth', 'not-story', 2014, ['dw-core2', 'community', 'prompt-post'],
     'DW core2 community (2014): a mod’s PROMPT post: Prompt / Rating / Word limit / Deadline labels and the rules for fills: no story',
     dw_page('entry', [e], J, 'the weekly lantern', 'Practicality', u, f'{J}: Prompt #47: the last train', year=2014), [])

# N3. a WIP-STATUS post: each work in progress under Title / Words so far / Status (LJ S2 Magazine, 2012)
J = 'slow_kettle'
u = 'https://slow-kettle.livejournal.com/9902.html'
wip = ''.join(f'<p>{hdr([("Title", t), ("Words so far", w), ("Status", s)])}</p>\n' for t, w, s in [
    ('The Glasshouse', '14,200', 'chapter 6 drafted, chapter 7 fighting me'), ('Untitled selkie thing', '2,100', 'stalled, but I think about it in the shower'),
    ('Harbour Lights (sequel)', '0', 'planned! outlined! not begun!')])
e = entry(u, J, 'WIP status, March', (2012, 3, 31, '23:50'), '<p>End of the month, so here is where everything stands:</p>\n' + wip + '<p>Chapter 6 of The Glasshouse should be up next weekend, fingers crossed.</p>',
          tags=['wip', 'fic: the glasshouse', 'writing'], comments=[('tea_and_sympathy', 'Selkie thing!! I want the selkie thing.')])
page('lj-magazine2012-wip-status-post-notstory', f'lj-{J}-9902.html', u, 'livejournal', 'not-story', 2012, ['s2-magazine', 'wip-status'],
     'LJ S2 Magazine (2012): a WIP-STATUS post: three works in progress each under Title / Words so far / Status, tagged “wip” and “fic: the glasshouse”: no story',
     magazine_page('entry', [e], J, 'a slow kettle', u, 2012), [])

# N4. a FEST SCHEDULE: posting dates and assignments, Title / Author / Rating left "TBA" (LJ S2 Bloggish community, 2010)
J = 'midwinter_fest'
u = 'https://midwinter-fest.livejournal.com/1502.html'
sched = '\n'.join(f'<tr><td>{d}</td><td>{esc(r)}</td><td>{esc(t)}</td></tr>' for d, r, t in [
    ('1 Dec', 'for sea_glass_sue', 'Title: TBA · Rating: G'), ('2 Dec', 'for lanternfish', 'Title: TBA · Rating: PG-13'),
    ('3 Dec', 'for hobnob_hen', 'Title: TBA · Rating: Teen'), ('4 Dec', 'for quiet_otter', 'Title: TBA · Rating: G')])
e = entry(u, J, 'Midwinter Fest 2010: posting schedule', (2010, 11, 28, '12:00'),
          '<p>Here is the posting schedule! Authors stay anonymous until reveals on 20 December. Please post with this header:</p>\n'
          + '<p><b>Title:</b><br /><b>Recipient:</b><br /><b>Rating:</b><br /><b>Words:</b><br /><b>Summary:</b></p>\n'
          + f'<table border="1" cellpadding="4"><tr><th>Date</th><th>Gift</th><th>Details</th></tr>\n{sched}\n</table>\n<p>Questions to the mods in the comments!</p>',
          tags=['mod post', 'schedule'], poster='fest_mods', community=True, comments=[('sea_glass_sue', 'Day one! I am so excited.')])
page('lj-bloggish2010-fest-schedule-header-template-notstory', f'lj-{J}-1502.html', u, 'livejournal', 'not-story', 2010, ['lj-bloggish', 'community', 'fest-schedule'],
     'LJ S2 Bloggish community (2010): a fest’s POSTING SCHEDULE: an empty Title / Recipient / Rating / Words / Summary header template and a table of dates, recipients and “Title: TBA · Rating: G”: no story',
     bloggish_page('entry', [e], J, 'Midwinter Fest', u, 2010, kind='C'), [])

# N5. a BETA-READER REQUEST with a full summary (DW core2, 2016)
J = 'inkblot_heron'
u = 'https://inkblot-heron.dreamwidth.org/5120.html'
e = entry(u, J, 'Looking for a beta!', (2016, 6, 14, '20:20'),
          '<p>I have a finished draft and I need a second pair of eyes before it goes to the big bang. Details:</p>\n'
          + hdr([('Title', 'The Night Ferry (working title)'), ('Rating', 'Mature'), ('Words', '~32,000'), ('Summary', 'Two strangers share a cabin on an overnight ferry, and one of them is not who she says she is.')])
          + '<br /><br />\n<p>What I need: pacing, and whether chapter 4 makes any sense at all. Deadline is 1 August. Comment or PM me if you’re interested, and thank you!</p>',
          tags=['beta request', 'big bang'], comments=[('red_pen_rosa', 'I can do pacing! PMing you.')])
page('dw-core2-2016-beta-request-with-summary-notstory', f'dw-{J}-5120.html', u, 'dreamwidth', 'not-story', 2016, ['dw-core2', 'beta-request'],
     'DW core2 (2016): a BETA-READER REQUEST: a full Title / Rating / Words / Summary header of the writer’s unposted draft, and what the beta should do: no story',
     dw_page('entry', [e], J, 'inkblot heron', 'Practicality', u, f'{J}: Looking for a beta!', year=2016), [])

# N6. an ART post: Title / Artist / Medium / Rating and an image (LJ S2 Haven, 2011)
J = 'charcoal_wren'
u = 'https://charcoal-wren.livejournal.com/3345.html'
e = entry(u, J, '[art] The Ferry at Dusk', (2011, 9, 9, '15:00'),
          hdr([('Title', 'The Ferry at Dusk'), ('Artist', 'charcoal_wren'), ('Medium', 'watercolour and ink'), ('Rating', 'G'), ('Inspired by', 'a story I love')]) + '<br /><br />\n'
          + '<p><img src="https://i.imgur.com/f3rryDusk.jpg" width="600" height="420" alt="a flat black ferry on a brown river at dusk" /></p>\n<p>Painted over two evenings. Concrit welcome!</p>',
          tags=['art', 'watercolour'], comments=[('river_stair', 'The light on the water!')])
page('lj-haven2011-art-post-header-notstory', f'lj-{J}-3345.html', u, 'livejournal', 'not-story', 2011, ['s2-haven', 'art-post'],
     'LJ S2 Haven (2011): an ART post: Title / Artist / Medium / Rating / Inspired by, a painting and a line about it: no story',
     haven_page('entry', [e], J, 'charcoal wren', u, 2011), [])

# N7. a VIETNAMESE WIP update: the next chapter's title, word count so far and a line of progress (LJ 2019+, 2021)
J = 'sao_bien_fic'
u = 'https://sao-bien-fic.livejournal.com/93307.html'
e = entry(u, J, 'Cập nhật: Gió mùa 2 đang viết', (2021, 2, 2, '22:00'),
          hdr([('Tên truyện', 'Gió mùa 2'), ('Tiến độ', 'chương 1 xong, chương 2 được một nửa'), ('Số từ', '~900')]) + '<br /><br />\n'
          + '<p>Mình bận quá nên viết chậm, mong mọi người thông cảm. Chắc sau Tết mới đăng được. Cảm ơn mọi người đã chờ!</p>',
          tags=['wip', 'gió mùa'], comments=[('hoa_sua', 'Không sao đâu, mình chờ được!')])
page('lj-mdspost2021-vietnamese-wip-update-notstory', f'lj-{J}-93307.html', u, 'livejournal', 'not-story', 2021, ['lj-2019', 'vietnamese', 'wip-update'],
     'LJ 2019+ entry page (2021): a VIETNAMESE WIP UPDATE: Tên truyện / Tiến độ (progress) / Số từ and a line about writing slowly: no story',
     md_entry_page(e, 'sao biển', 2021), [])

# ------------------------------------------------------------------ 8. SLOVENE labels (Naslov / Avtor / Ocena / Besede / Povzetek)
# on Scribbld, S2 Generator (2009)
J = 'lipa_in_veter'
u = 'http://lipa-in-veter.scribbld.com/2087.html'
sl = ['Na vrhu Šmarne gore je stal kiosk, kjer je gospa Zofka prodajala čaj in razglednice, in nihče ni vedel, kako pride gor vsako jutro, ker je nihče ni nikoli videl hoditi po poti.',
      'Otroci so stavili, da ima krila. Odrasli so rekli, da ima avto in skrivno cesto. Resnica je bila preprostejša: gospa Zofka ni nikoli šla dol. Pozimi je spala med škatlami razglednic, poleti pod zvezdami, in pravila je, da je od tam gor vse bližje, tudi ljudje.']
b = body('zofka', sl)
rows = [('Naslov', 'Gospa Zofka'), ('Avtor', 'lipa_in_veter'), ('Ocena', 'za vse'), ('Besede', '150'), ('Povzetek', 'Kiosk na vrhu hriba in ženska, ki nikoli ne gre dol.')]
e = entry(u, J, 'zgodba: Gospa Zofka', (2009, 9, 14, '20:30'), hdr(rows) + '<br /><br />\n' + ph(sl), tags=['pisanje', 'zgodbe'], comments=[('breza_bela', 'Od tam gor je vse bližje. Lepo!')])
page('sc-generator2009-slovene-labels-zofka', f'sc-{J}-2087.html', u, 'scribbld', 'story', 2009, ['s2-generator', 'slovene'],
     'Scribbld, S2 Generator (2009): a SLOVENE story under “zgodba:”, labels Naslov / Avtor / Ocena / Besede / Povzetek',
     gen_page('entry', [e], 'scribbld', J, 'lipa in veter', u, f'{J}: zgodba: Gospa Zofka', 2009),
     [story(u, J, J, fields(title='Gospa Zofka', author='lipa_in_veter', rating='za vse', wordCount='150', summary='Kiosk na vrhu hriba in ženska, ki nikoli ne gre dol.'), None, b,
            exclude=['Od tam gor je vse bližje. Lepo!'])])

# ------------------------------------------------------------------ 9. a DOUBLE-DRABBLE TRIPTYCH in a community: ONE post whose
# three pieces are numbered "(1/3)", "(2/3)", "(3/3)" INSIDE the post: one story, no part (DW core2 community, 2013)
J = 'drabble_a_day'
P = 'brackenfold'
u = 'https://drabble-a-day.dreamwidth.org/12044.html'
tri = ['(1/3)', 'The first winter after the mill closed, the town kept its clocks at the mill’s time, eleven minutes fast, because nobody could bear to be the first to change. People were early for everything. They stood outside the baker’s in the dark, eleven minutes too soon, and talked, which they had not done in years.',
       '(2/3)', 'In spring the vicar put the church clock right, on a Sunday, without telling anyone. Half the town arrived eleven minutes late and walked in during the first hymn, and stood at the back, and sang very loudly to make up for it.',
       '(3/3)', 'By summer every clock in the town told a different time. Nobody minded. The baker opened when the first person knocked. The bus came when it came. And on the mill wall, where the great clock had been, somebody painted a sun, which is always on time.']
b = body('millclocks', tri)
e = entry(u, J, 'Mill Time [three double drabbles]', (2013, 1, 30, '12:30'),
          hdr([('Title', 'Mill Time'), ('Author', 'brackenfold'), ('Rating', 'G'), ('Words', '3 × 200')]) + '<br /><br />\n'
          + '\n'.join(f'<p style="text-align:center"><b>{esc(tri[k])}</b></p>\n<p>{esc(tri[k + 1])}</p>' for k in range(0, 6, 2)),
          tags=['author: brackenfold', 'rating: g', 'double drabble'], poster=P, community=True, comments=[('tick_tock_tilly', 'A sun, which is always on time. Lovely.')])
page('dw-core2-2013-community-double-drabbles-numbered-inside-one-post-milltime', f'dw-{J}-12044.html', u, 'dreamwidth', 'story', 2013,
     ['dw-core2', 'community', 'drabble-collection', 'numbers-inside-one-post'],
     'DW core2 community (2013): THREE DOUBLE DRABBLES in one post, each headed by a centred bold “(1/3)”, “(2/3)”, “(3/3)” INSIDE the post: one story, no part marker of the post’s own',
     dw_page('entry', [e], J, 'a drabble a day', 'Practicality', u, f'{J}: Mill Time [three double drabbles]', year=2013),
     [story(u, P, J, fields(title='Mill Time', author='brackenfold', rating='G', wordCount='3 × 200'), None, b, exclude=['always on time. Lovely.'])])

# N8. a PLOT BUNNY UP FOR ADOPTION, in Portuguese: Título sugerido / Classificação / Resumo / Tem que ter (LJ S2 Refried Paper, 2010)
J = 'coelho_de_enredo'
u = 'https://coelho-de-enredo.livejournal.com/1150.html'
e = entry(u, J, 'plot bunny para adoção!', (2010, 2, 22, '14:00'),
          '<p>Não vou ter tempo de escrever isto, então quem quiser pode adotar:</p>\n'
          + hdr([('Título sugerido', 'O último bonde'), ('Classificação', 'qualquer uma'), ('Resumo', 'Duas pessoas perdem o último bonde de Lisboa e têm que atravessar a cidade a pé até amanhecer.'), ('Tem que ter', 'um cão, uma pastelaria aberta às 4 da manhã')])
          + '<br /><br />\n<p>Se adotar, deixe o link nos comentários para eu ler!</p>', tags=['plot bunnies', 'fic'], comments=[('bonde_28', 'Adotei!! Vou tentar até domingo.')])
page('lj-refried2010-portuguese-plot-bunny-adoption-notstory', f'lj-{J}-1150.html', u, 'livejournal', 'not-story', 2010, ['s2-refried-paper', 'portuguese', 'plot-bunny'],
     'LJ S2 Refried Paper (2010): a PLOT BUNNY FOR ADOPTION in Portuguese: Título sugerido / Classificação / Resumo / Tem que ter, an invitation to write it: no story',
     refried_page('entry', [e], J, 'coelho de enredo', u, 2010), [])
