"""Posts of tests/heldout12 and their truth: single stories in header shapes no corpus used, and not-stories that look fic-ish.
All prose, names, journals and titles are invented for this corpus."""
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, dw_user, esc, light_page, lj_user_old
from mag import magazine_page
from s1 import talkread_page


def brp(paras):
    return '<br><br>\n'.join(esc(p) for p in paras)


# ---------------------------------------------------------------- 1. LJ S1 (2003): a banner <img>, then the header ALL ON ONE LINE
# split by pipes inside <center><blockquote>.
u = 'http://marrow-and-oswin.livejournal.com/2211.html'
pr = ['Marnie baked the seed cake on Thursdays because Oswin’s mother had, and Oswin had never once said he liked it.',
      'He ate it, though. He ate it standing at the kitchen window, looking at the rain, one slice and then, after a long pause, a second, as if the second were a decision he had to be talked into.',
      'On the Thursday after the funeral she did not bake. He came into the kitchen at four, and looked at the empty plate, and then at her, and said, “Shall I light the oven, then?”']
bf = body('seedcake', pr)
html = ('<img src="http://pics.livejournal.com/marrow_and_oswin/pic/0001a2b3" width="400" height="60" alt="seed cake banner" /><br>\n'
        '<center><blockquote><b>Title:</b> Seed Cake | <b>Rating:</b> G | <b>Pairing:</b> Marnie/Oswin | <b>Words:</b> 640</blockquote></center>\n' + brp(pr))
e = {'url': u, 'journal': 'marrow_and_oswin', 'poster': 'marrow_and_oswin', 'subject': 'fic: Seed Cake', 'date': (2003, 2, 27, '16:40'),
     'currents': [('Mood', 'mellow'), ('Music', 'the kettle')], 'html': html}
page('lj-s1talkread-2003-banner-pipe-header-seedcake', 'lj-2003-marrow_and_oswin-2211.html', u, 'livejournal', 'story', 2003,
     ['s1-talkread', 'banner-img', 'one-line-pipe-header', 'center-blockquote-header'],
     'LiveJournal 2003, an S1 journal’s entry page (talkread.bml): a banner `<img>`, then the whole header on ONE line split by pipes inside `<center><blockquote>` (“Title: Seed Cake | Rating: G | Pairing: Marnie/Oswin | Words: 640”), `<br><br>` prose',
     talkread_page(e, site='livejournal', year=2003),
     [story(u, 'marrow_and_oswin', 'marrow_and_oswin', fields(title='Seed Cake', rating='G', pairing='Marnie/Oswin', wordCount='640'), None, bf, exclude=['Music:'])])

# ---------------------------------------------------------------- 2. DW core2 Trifecta (2014): French labels.
u = 'https://plume-et-pluie.dreamwidth.org/5543.html'
pr = ['Le phare de la Pointe-aux-Corbeaux n’avait plus de gardien depuis trente ans, mais la lumière s’allumait encore chaque soir, et personne au village ne voulait savoir pourquoi.',
      'Solène, qui avait douze ans et aucune patience pour les mystères, monta un soir avec une lampe de poche et le chien du voisin.',
      'En haut, il y avait une vieille femme qui tricotait à côté de la lanterne. « Tu es en retard », dit-elle, et elle lui tendit l’autre aiguille.']
bf = body('pointeauxcorbeaux', pr)
S = 'Un phare sans gardien, une lumière qui s’allume quand même.'
rows = [('Titre', 'La Pointe-aux-Corbeaux'), ('Auteur', 'plume_et_pluie'), ('Fandom', 'Original'), ('Personnages', 'Solène, une vieille femme, un chien'),
        ('Classement', 'Tout public'), ('Avertissements', 'aucun'), ('Mots', '420'), ('Résumé', S)]
e = {'url': u, 'journal': 'plume_et_pluie', 'poster': 'plume_et_pluie', 'subject': 'Fic : La Pointe-aux-Corbeaux', 'date': (2014, 8, 9, '22:05'),
     'tags': ['fic', 'original'], 'html': hdr(rows, '<strong>{L} :</strong> {V}') + '<br /><br />\n' + ph(pr), 'ncomments': 1,
     'comments': [('corbeau_gris', 'Tu es en retard ! J’adore.')]}
page('dw-trifecta-2014-french-labels-pointeauxcorbeaux', 'dw-2014-plume_et_pluie-5543.html', u, 'dreamwidth', 'story', 2014,
     ['dw-core2-style', 'french-labels'],
     'DW core2 Trifecta: a French story whose header is Titre / Auteur / Fandom / Personnages / Classement / Avertissements / Mots / Résumé, each label followed by “ :” (French spacing)',
     dw_page('entry', [e], 'plume_et_pluie', 'plume & pluie', 'Trifecta', u, 'plume & pluie: Fic : La Pointe-aux-Corbeaux', year=2014),
     [story(u, 'plume_et_pluie', 'plume_et_pluie', fields(title='La Pointe-aux-Corbeaux', author='plume_et_pluie', fandom='Original', characters='Solène, une vieille femme, un chien',
                                                          rating='Tout public', warnings='aucun', wordCount='420', summary=S), None, bf, exclude=['J’adore'])])

# ---------------------------------------------------------------- 3. Scribbld S2 Magazine (2008): Italian labels in a <blockquote>
# after a banner <img>.
u = 'http://fioredisale.scribbld.com/902.html'
pr = ['Nonna Pia teneva le chiavi di tutte le case del vicolo, e nessuno ricordava più perché.',
      'Quando i Bellini partirono per l’America, le lasciarono la chiave. Quando il maestro morì, la nipote venne da Torino, guardò la casa, e le lasciò la chiave anche lei.',
      'Alla fine dell’estate Pia aveva quattordici chiavi su un anello di ferro, e ogni sera faceva il giro del vicolo e apriva tutte le finestre, perché le case, diceva, devono respirare.']
bf = body('chiavi', pr)
S = 'Una vecchia, un vicolo, quattordici chiavi.'
rows = [('Titolo', 'Le chiavi'), ('Autore', 'fioredisale'), ('Fandom', 'Originale'), ('Personaggi', 'Nonna Pia'), ('Rating', 'verde'),
        ('Avvertimenti', 'nessuno'), ('Parole', '510'), ('Riassunto', S)]
e = {'url': u, 'journal': 'fioredisale', 'poster': 'fioredisale', 'subject': '[fic] Le chiavi', 'date': (2008, 9, 2, '10:12'), 'tags': ['fic', 'originale'],
     'site': 'scribbld.com',
     'html': '<img src="http://fioredisale.scribbld.com/banner_chiavi.jpg" alt="" /><br />\n<blockquote>' + hdr(rows, '<font color="#884422"><b>{L}:</b></font> {V}', '<br />\n') + '</blockquote>\n' + ph(pr),
     'comments': [('vicolo_stretto', 'Le case devono respirare. Bellissimo.', '')]}
page('sc-magazine-2008-italian-labels-banner-blockquote-chiavi', 'sc-2008-fioredisale-902.html', u, 'scribbld', 'story', 2008,
     ['s2-magazine', 'scribbld', 'italian-labels', 'banner-img', 'blockquote-header', 'font-labels'],
     'Scribbld (S2 Magazine): an Italian story; a banner `<img>`, then a `<blockquote>` header of `<font color><b>` labels Titolo / Autore / Fandom / Personaggi / Rating / Avvertimenti / Parole / Riassunto',
     magazine_page('entry', [e], 'fioredisale', 'fiore di sale', u, 2008, site='scribbld.com'),
     [story(u, 'fioredisale', 'fioredisale', fields(title='Le chiavi', author='fioredisale', fandom='Originale', characters='Nonna Pia', rating='verde', warnings='nessuno',
                                                    wordCount='510', summary=S), None, bf, exclude=['Bellissimo'])])

# ---------------------------------------------------------------- 4. DeadJournal S2 Magazine (2006): "TITLE ::" capitals in
# <center><font>, CHARACTERS / SPOILERS / "LENGTH :: ~3k" / NOTES.
u = 'http://www.deadjournal.com/users/grave_goods/1730.html'
pr = ['The museum closed at five, and at five past, the exhibits in Gallery Nine began, very quietly, to argue.',
      'The bronze helmet said it had been buried with a king. The bone comb said it had been buried with a queen, which was better. The little clay horse, who had been buried with a child, said nothing, because nobody ever asked it.',
      'At midnight the night guard came through with her torch and her thermos, and stopped, as she always did, in front of the clay horse, and said goodnight to it. The helmet and the comb did not speak to each other for a week.']
bf = body('gallerynine', pr)
N = 'Spoilers for nothing; set in a museum that does not exist. For deadly_drabbles’ “grave goods” week, but it got away from me.'
rows = [('TITLE', 'Gallery Nine'), ('AUTHOR', 'grave_goods'), ('CHARACTERS', 'a helmet, a comb, a clay horse, the night guard'), ('SPOILERS', 'none'), ('LENGTH', '~3k'), ('NOTES', N)]
e = {'url': u, 'journal': 'grave_goods', 'poster': 'grave_goods', 'subject': 'gallery nine', 'date': (2006, 10, 31, '23:58'), 'tags': ['writing'],
     'site': 'deadjournal.com', 'jbase': 'http://www.deadjournal.com/users/grave_goods/',
     'html': '<center><font face="Verdana" size="1">' + hdr(rows, '<b>{L} ::</b> {V}', '<br>\n') + '</font></center><br>\n' + ph(pr),
     'comments': [('tomb_robber', 'Goodnight to the clay horse. Sob.', '')]}
page('dj-magazine-2006-caps-double-colon-center-gallerynine', 'dj-2006-grave_goods-1730.html', u, 'deadjournal', 'story', 2006,
     ['s2-magazine', 'deadjournal', 'caps-double-colon-labels', 'center-font-header', 'characters-spoilers-length-labels'],
     'DeadJournal (S2 Magazine, /users/NAME/): a one-shot whose subject is lower case (“gallery nine”); `<center><font size="1">` header of capital labels set off by “ ::” — TITLE / AUTHOR / CHARACTERS / SPOILERS / “LENGTH :: ~3k” / NOTES',
     magazine_page('entry', [e], 'grave_goods', 'grave goods', u, 2006, site='deadjournal.com'),
     [story(u, 'grave_goods', 'grave_goods', fields(title='Gallery Nine', author='grave_goods', characters='a helmet, a comb, a clay horse, the night guard', spoilers='none',
                                                    wordCount='~3k', notes=N), None, bf, exclude=['Sob.'])])

# ---------------------------------------------------------------- 5. LJ ?format=light (2013): the header inside the cut (the
# entry page shows the cut's anchor before it), labels in <font color>; "Word Count: 1,300".
u = 'http://pilot-cutter.livejournal.com/15880.html'
pr = ['The pilot cutter went out to meet the big ships at the mouth of the river, in any weather, at any hour, and the first one to reach a ship got the job of bringing her in.',
      'Jory had been racing the Penrose boys for that job for eleven years. He had won four hundred and six times. They had won four hundred and nine. Nobody in the harbour talked about anything else.',
      'The night the Penrose cutter lost her mast off the Manacles, Jory turned back into the weather and towed them home, and lost the ship, and the race, and the count; and he never once, afterwards, mentioned it.']
bf = body('pilotcutter', pr)
S = 'Eleven years of racing, and one night of not.'
rows = [('Title', 'The Pilot Cutter'), ('Characters', 'Jory, the Penrose boys'), ('Rating', 'PG-13'), ('Spoilers', 'none'), ('Word Count', '1,300'), ('Summary', S)]
html = ('<a name="cutid1"></a>' + hdr(rows, '<font color="#336699"><b>{L}:</b></font> {V}', '<br />\n') + '<br /><br />\n' + '<br /><br />\n'.join(esc(p) for p in pr))
e = {'url': u, 'journal': 'pilot_cutter', 'poster': 'pilot_cutter', 'subject': 'Fic: The Pilot Cutter (PG-13)', 'date': (2013, 4, 18, '21:33'),
     'tags': ['fic', 'harbour'], 'html': html, 'comments': [('manacles_rock', 'He never mentioned it. Of course he didn’t.')]}
page('lj-light-2013-header-inside-cut-pilotcutter', 'lj-2013-pilot_cutter-15880-light.html', u + '?format=light', 'livejournal', 'story', 2013,
     ['lj-format-light', 'header-inside-cut', 'font-labels', 'characters-spoilers-length-labels'],
     'LJ `?format=light`: “Fic: The Pilot Cutter (PG-13)” (the subject the cut text too), the header INSIDE the cut (the `<a name="cutid1">` before it), `<font color><b>` labels incl. Characters / Spoilers / “Word Count: 1,300”; both URLs in pages.json',
     light_page(e, 2013),
     [story(u, 'pilot_cutter', 'pilot_cutter', fields(title='The Pilot Cutter', characters='Jory, the Penrose boys', rating='PG-13', spoilers='none', wordCount='1,300', summary=S),
            None, bf, exclude=['Of course he didn’t.'])], also=[u])

# ================================================================ NOT STORIES
# N1. a FANMIX with Title / Fandom / Characters / Summary and a tracklist (DW core2 Bannering, 2013)
u = 'https://tin-ear-mixes.dreamwidth.org/2290.html'
tracks = [('The Narrows', 'Low Tide'), ('Marram Grass', 'A Harbour Wall'), ('Fenwick Brass Band', 'Ferry Hymn'), ('Odile Marsh', 'Four Times a Day')]
S = 'A mix for Wenna and the ferryman: fog, sandbars, and the long way round.'
html = (hdr([('Title', 'if the weather allows'), ('Fandom', 'The Ferry Songs (tidewrack_tales’s fic)'), ('Characters', 'Wenna, the ferryman'), ('Summary', S)], '<b>{L}:</b> {V}') + '<br /><br />\n'
        + '<ol>' + ''.join(f'<li>{esc(a)} — <i>{esc(t)}</i></li>' for a, t in tracks) + '</ol>\n'
        + '<p><a href="https://www.mediafire.com/file/q8x2ferry/weather.zip">download (zip, 38 MB)</a> | <a href="https://8tracks.com/tin_ear/if-the-weather-allows">listen on 8tracks</a></p>\n'
        + '<p>Made for the fanmix swap. Cover art is my own photo of the Askby slipway.</p>')
e = {'url': u, 'journal': 'tin_ear_mixes', 'poster': 'tin_ear_mixes', 'subject': 'fanmix: if the weather allows', 'date': (2013, 5, 22, '18:00'), 'tags': ['fanmix'], 'html': html, 'ncomments': 0}
page('dw-bannering-2013-fanmix-header-tracklist-notstory', 'dw-2013-tin_ear_mixes-2290.html', u, 'dreamwidth', 'not-story', 2013,
     ['dw-core2-style', 'fanmix', 'not-story'],
     'DW core2 Bannering: a FANMIX with a Title / Fandom / Characters / Summary block, a numbered tracklist “Artist — Song”, download links: not a story',
     dw_page('entry', [e], 'tin_ear_mixes', 'tin ear', 'Bannering', u, 'tin ear: fanmix: if the weather allows', year=2013), [])

# N2. a META ESSAY with Title / Fandom / Spoilers / Word count (LJ S2 Magazine, 2010)
u = 'http://marginalia-ferry.livejournal.com/6120.html'
pr = ['I have been thinking about why so many of the stories I love start on a ferry, or a bridge, or a station platform, and I think it is because a crossing is a promise that the story will be about change without telling you what kind.',
      'In fic especially, where we already know the characters, the crossing does a lot of work: it lets the writer move someone we know into a place we do not, and watch. Compare the way canon handles the island episodes, which always begin with somebody already there.',
      'Anyway. Thoughts welcome; I am especially curious whether people who write long fic feel the same way, or whether this is a short-story thing.']
html = hdr([('Title', 'On Crossings'), ('Fandom', 'general / fic in general'), ('Spoilers', 'up to series 3 of Harbour Lights'), ('Word count', '1,800')], '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(pr)
e = {'url': u, 'journal': 'marginalia_ferry', 'poster': 'marginalia_ferry', 'subject': 'meta: on crossings', 'date': (2010, 2, 11, '13:25'), 'tags': ['meta', 'writing about writing'],
     'html': html, 'comments': [('askby_inn', 'Oh, I think about this all the time. Stations especially.', '')]}
page('lj-magazine-2010-meta-essay-header-notstory', 'lj-2010-marginalia_ferry-6120.html', u, 'livejournal', 'not-story', 2010,
     ['s2-magazine', 'meta', 'not-story'],
     'LJ S2 Magazine: a META ESSAY under a Title / Fandom / Spoilers / Word count header, three paragraphs of argument about fic (“I think”, “canon”, “Thoughts welcome”); tagged meta: not a story',
     magazine_page('entry', [e], 'marginalia_ferry', 'marginalia', u, 2010), [])

# N3. a FIC UPDATE post listing new chapters with their ratings and counts (InsaneJournal S2 Magazine, 2011)
u = 'http://wick-and-tallow.insanejournal.com/8102.html'
ups = [('Lamplit, Teil 3/3 (ab 6, 145 Wörter)', 'http://wick-and-tallow.insanejournal.com/7981.html'),
       ('Tallow Town, chapter 7 (PG, 2,300 words)', 'http://wick-and-tallow.insanejournal.com/8034.html'),
       ('Snuffers, a drabble (G, 100 words)', 'http://community.insanejournal.com/lamplit_fic/20519.html')]
html = ('<p>Fic update! New this month:</p>\n<ul>' + ''.join(f'<li><a href="{h}">{esc(t)}</a></li>' for t, h in ups) + '</ul>\n'
        + '<p><b>Rating:</b> all over the place<br /><b>Next:</b> Tallow Town chapter 8, probably after Christmas.</p>\n<p>Thank you all for the comments on Lamplit, I was so nervous posting in German.</p>')
e = {'url': u, 'journal': 'wick_and_tallow', 'poster': 'wick_and_tallow', 'subject': 'fic update: November', 'date': (2011, 11, 30, '22:00'), 'tags': ['fic update'],
     'site': 'insanejournal.com', 'html': html, 'comments': [('gassenkind', 'Chapter 8 after Christmas is a gift to us all.', '')]}
page('ij-magazine-2011-fic-update-links-notstory', 'ij-2011-wick_and_tallow-8102.html', u, 'insanejournal', 'not-story', 2011,
     ['s2-magazine', 'insanejournal', 'fic-update', 'not-story'],
     'InsaneJournal (S2 Magazine): a “fic update” post, a list of links to new chapters and a drabble each with its rating and word count, “Rating: all over the place / Next: …”: not a story, no masterpost',
     magazine_page('entry', [e], 'wick_and_tallow', 'wick & tallow', u, 2011, site='insanejournal.com'), [])

# N4. a DRABBLE CHALLENGE PROMPT post in a community (DW core2 Crisped, 2010)
u = 'https://hundredfold.dreamwidth.org/41122.html'
html = ('<p><b>Challenge #58: Thresholds</b></p>\n'
        + hdr([('Prompt', 'thresholds (doorways, first steps, the edge of anything)'), ('Word count', 'exactly 100'), ('Rating', 'any, but warn'), ('Deadline', 'Sunday 10 October, midnight GMT')], '<b>{L}:</b> {V}') + '<br /><br />\n'
        + '<p>Post your drabble to the community with this header:</p>\n<p>Title:<br />Rating:<br />Challenge: 58: thresholds</p>\n'
        + '<p>Last week’s drabbles are tagged <a href="https://hundredfold.dreamwidth.org/tag/challenge:+57">challenge: 57</a>. Have fun!</p>')
e = {'url': u, 'journal': 'hundredfold', 'poster': 'hundredfold_mod', 'community': True, 'subject': 'Challenge #58: Thresholds', 'date': (2010, 10, 3, '09:00'),
     'tags': ['challenge: 58', 'mod post'], 'html': html, 'ncomments': 0}
page('dw-crisped-2010-community-drabble-challenge-prompt-notstory', 'dw-2010-hundredfold-41122.html', u, 'dreamwidth', 'not-story', 2010,
     ['dw-core2-style', 'community', 'challenge-prompt', 'not-story'],
     'DW community (core2 Crisped), a mod’s DRABBLE CHALLENGE post: “Challenge #58: Thresholds”, a Prompt / Word count / Rating / Deadline block and the header to use (“Title: / Rating: / Challenge: 58: thresholds”, empty): not a story',
     dw_page('entry', [e], 'hundredfold', 'hundredfold', 'Crisped', u, 'hundredfold: Challenge #58: Thresholds', year=2010), [])

# N5. a community's FIC POSTING RULES with the header template filled with placeholders (LJ S2 Magazine, 2009)
u = 'http://community.livejournal.com/askby_harbour/310.html'
html = ('<p>Welcome to askby_harbour! Before you post, please read these.</p>\n<ol><li>All fic goes behind a cut, except drabbles.</li><li>Warn for the big things.</li><li>Use this header:</li></ol>\n'
        + '<p>' + hdr([('Title', '(your title)'), ('Author', '(you)'), ('Rating', '(G to NC-17)'), ('Warnings', '(or “none”)'), ('Word Count', '(roughly is fine)'), ('Summary', '(a line or two)')], '<b>{L}:</b> {V}') + '</p>\n'
        + '<p>Questions go in the comments here. Mods: <span class="ljuser">askby_mod</span>.</p>')
e = {'url': u, 'journal': 'askby_harbour', 'poster': 'askby_mod', 'community': True, 'subject': 'READ ME: posting rules & header template', 'date': (2009, 1, 2, '12:00'),
     'tags': ['mod post', 'rules'], 'html': html, 'jbase': 'http://community.livejournal.com/askby_harbour/',
     'comments': [('tidewrack_tales', 'Does a ficlet count as a drabble for the cut rule?', ''), ('askby_mod', 'Under 300 words, no cut needed!', 'Re: ')]}
page('lj-magazine-2009-community-posting-rules-template-notstory', 'lj-2009-askby_harbour-310.html', u, 'livejournal', 'not-story', 2009,
     ['s2-magazine', 'community', 'header-template', 'not-story'],
     'LJ community (S2 Magazine, community.livejournal.com/NAME/): a mod’s POSTING RULES, a numbered list and the header TEMPLATE with placeholder values (“Title: (your title)”, “Rating: (G to NC-17)”…), not in code: not a story',
     magazine_page('entry', [e], 'askby_harbour', 'Askby Harbour', u, 2009, kind='C'), [])

# N6. a REC LIST with the full headers of others' stories (Scribbld S2 Magazine, 2010)
u = 'http://fioredisale.scribbld.com/1177.html'
recs = [('Gallery Nine', 'grave_goods', 'G', '~3k', 'The exhibits argue after closing time.', 'http://www.deadjournal.com/users/grave_goods/1730.html', 'the clay horse. That’s all.'),
        ('Salt Road', 'sel_and_road', 'G', '2,170', 'A boy drives the last salt cart.', 'http://www.journalfen.net/users/sel_and_road/1188.html', 'the sheep are not impressed and neither was I until the end'),
        ('The Pilot Cutter', 'pilot_cutter', 'PG-13', '1,300', 'Eleven years of racing, and one night of not.', 'http://pilot-cutter.livejournal.com/15880.html', 'it never once mentions it and neither will I')]
html = ('<p>Some recs, since I have been reading more than writing lately:</p>\n'
        + '\n'.join(f'<p><b>Title:</b> <a href="{h}">{esc(t)}</a><br /><b>Author:</b> {lj_user_old(a)}<br /><b>Rating:</b> {r}<br /><b>Word Count:</b> {w}<br /><b>Summary:</b> {esc(s)}<br /><i>Why:</i> {esc(y)}</p>' for t, a, r, w, s, h, y in recs))
e = {'url': u, 'journal': 'fioredisale', 'poster': 'fioredisale', 'subject': 'recs! three short things', 'date': (2010, 3, 3, '20:20'), 'tags': ['recs'], 'site': 'scribbld.com',
     'html': html, 'comments': [('vicolo_stretto', 'Reading Gallery Nine now!', '')]}
page('sc-magazine-2010-rec-list-full-headers-notstory', 'sc-2010-fioredisale-1177.html', u, 'scribbld', 'not-story', 2010,
     ['s2-magazine', 'scribbld', 'recs', 'not-story'],
     'Scribbld (S2 Magazine): a REC LIST, three other writers’ stories each under a full Title (linked) / Author / Rating / Word Count / Summary block and an italic “Why:” line: not a story, no masterpost',
     magazine_page('entry', [e], 'fioredisale', 'fiore di sale', u, 2010, site='scribbld.com'), [])
