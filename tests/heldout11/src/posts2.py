"""Single posts of tests/heldout11 (stories in header shapes no corpus tried, a header-only post and its copy, and posts about
fic that are not fic) and their truth. All prose, names, journals and titles are invented for this corpus."""
from corpus import body, brh, fields, hdr, page, ph, story
from layouts import dw_page, gen_page, light_page
from s2t import md_entry_page, mobile_page, mobile_url
from s2v import classic_page
from s2w import disjointed_page
from s2x import lickable_page, sturdy_page  # noqa: F401
from s2z import deardiary_page


# ----------------------------------------------------------------------- 1. a ficlet collection under one header (JournalFen, S2 Classic)
TT = 'http://www.journalfen.net/users/tern_and_tide/'
fc_url = TT + '3380.html'
fc_paras = ['i. Oil',
            'The keeper’s wife filled the lamp at four every afternoon, winter and summer, and never once spilled a drop, though her hands shook by the end.',
            'ii. Wick',
            'Trimming the wick was the boy’s job. He did it with his tongue between his teeth and his breath held, as if the flame could hear him.',
            'iii. Glass',
            'The lens had come from France in a crate of straw. Nobody on the island had ever seen anything so clear. On still nights the keeper polished it for an hour and talked to it, very quietly, about the weather.']
fc_body = body('lamproom-ficlets', fc_paras)
fc_html = (hdr([('Title', 'Lamp Room (three ficlets)'), ('Rating', 'G'), ('Words', '3 x 100'), ('Prompt', 'lighthouse')]) + '<br /><br />\n'
           + '\n'.join(f'<p><b>{p}</b></p>' if p.startswith(('i.', 'ii.', 'iii.')) else f'<p>{p}</p>' for p in fc_paras))
fc_e = {'url': fc_url, 'journal': 'tern_and_tide', 'poster': 'tern_and_tide', 'subject': 'three ficlets for the lighthouse prompt', 'date': (2010, 8, 14, '20:20'),
        'tags': ['ficlets', 'lighthouse'], 'site': 'journalfen.net', 'html': fc_html, 'comments': [('puffin_post', 'The boy holding his breath!')]}
page('jf-classic-2010-ficlet-collection-lamproom', 'jf-2010-tern_and_tide-3380.html', fc_url, 'journalfen', 'story', 2010, ['s2-classic', 'journalfen', 'ficlet-collection'],
     'JournalFen (S2 Classic, /users/NAME/): a ficlet COLLECTION under one header (“Title: Lamp Room (three ficlets)”), three ficlets each under a bold roman-numbered title (“i. Oil”, “ii. Wick”, “iii. Glass”): one story, not three parts',
     classic_page('entry', [fc_e], 'tern_and_tide', 'tern & tide', fc_url, 2010, site='journalfen.net'),
     [story(fc_url, 'tern_and_tide', 'tern_and_tide', fields(title='Lamp Room (three ficlets)', rating='G', wordCount='3 x 100', prompt='lighthouse'), None, fc_body,
            exclude=['The boy holding his breath!'])])

# ----------------------------------------------------------------------- 2. footnotes and an author's note AFTER the prose (DW core2 Brittle)
MM = 'https://marginalia-moth.dreamwidth.org/'
fn_url = MM + '15533.html'
fn_prose = ['The library at Haddon kept its oldest books chained to the shelves[1], which meant that to read them you had to stand, and so nobody read them for long.',
            'Mr Aske was the exception. He brought a camp stool, and a flask, and on Thursdays a pork pie, and he read the chained books one after another from the west wall round to the east, as if they were a single very long story.',
            'When he reached the last one, he closed it, sat for a while, and then went back to the first[2].',
            '[1] Chained libraries were real, and some still are: the books face spine-in, so the chain can hang from the fore-edge.',
            '[2] This is what I would do.']
fn_body = body('chainedlibrary', fn_prose)
FN_NOTE = 'Written after a day trip, with my feet aching from standing at the shelves. Thank you to everyone who waited while I read.'
fn_html = (hdr([('Title', 'The Chained Shelves'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '135')]) + '<br /><br />\n'
           + ph(fn_prose[:3]).replace('[1]', '<sup>[1]</sup>').replace('[2]', '<sup>[2]</sup>') + '\n<hr />\n'
           + '<p><small>' + '<br />'.join(fn_prose[3:]) + '</small></p>\n' + f'<p><b>Author’s Note:</b> {FN_NOTE}</p>')
fn_e = {'url': fn_url, 'journal': 'marginalia_moth', 'poster': 'marginalia_moth', 'subject': 'fic: The Chained Shelves', 'date': (2015, 5, 9, '17:40'),
        'tags': ['fic', 'original'], 'html': fn_html, 'ncomments': 1, 'comments': [('vellum_and_vine', 'A pork pie on Thursdays!')]}
page('dw-brittle-2015-footnotes-note-after-chainedshelves', 'dw-2015-marginalia_moth-15533.html', fn_url, 'dreamwidth', 'story', 2015, ['dw-core2-style', 'footnotes', 'note-after'],
     'DW core2 Brittle: a story with footnote marks (`<sup>[1]</sup>`), the footnotes after an `<hr />` in small type (the writer’s text: body), then “<b>Author’s Note:</b> …” (the Notes field, not body)',
     dw_page('entry', [fn_e], 'marginalia_moth', 'marginalia', 'Brittle', fn_url, 'marginalia: fic: The Chained Shelves', year=2015),
     [story(fn_url, 'marginalia_moth', 'marginalia_moth', fields(title='The Chained Shelves', fandom='Original', rating='G', wordCount='135', notes=FN_NOTE), None, fn_body,
            exclude=['Written after a day trip', 'A pork pie on Thursdays!'])])

# ----------------------------------------------------------------------- 3. Portuguese labels (LJ S2 Quite Lickable)
VL = 'http://vento-leste.livejournal.com/'
pt_url = VL + '4402.html'
pt_prose = ['A avó de Inês guardava o mar numa garrafa de vidro verde, em cima do armário da cozinha.',
            'Não era o mar inteiro, claro. Era só um bocadinho, apanhado na praia da Nazaré no verão em que ela casou. Mas quando havia tempestade lá fora, a garrafa também ficava agitada, e a avó punha-lhe a mão em cima como quem acalma um cão.',
            'Inês herdou a garrafa. Ainda não a abriu.']
pt_body = body('garrafa-pt', pt_prose)
PT_SUM = 'Uma avó, uma garrafa e um bocadinho de mar.'
pt_html = hdr([('Título', 'A Garrafa'), ('Autora', 'vento_leste'), ('Fandom', 'Original'), ('Classificação', 'Livre'), ('Palavras', '92'), ('Resumo', PT_SUM)]) + '<br /><br />\n' + brh(pt_prose)
pt_e = {'url': pt_url, 'journal': 'vento_leste', 'poster': 'vento_leste', 'subject': 'fic: A Garrafa', 'date': (2012, 3, 18, '22:02'), 'tags': ['fic', 'original'], 'html': pt_html,
        'comments': [('mare_cheia', 'Ainda não a abriu! Que lindo.')]}
page('lj-lickable-2012-portuguese-labels-garrafa', 'lj-2012-vento_leste-4402.html', pt_url, 'livejournal', 'story', 2012, ['s2-lickable', 'other-language-labels'],
     'LJ S2 Quite Lickable: a Portuguese story whose header is Título / Autora / Fandom / Classificação / Palavras / Resumo; `<br>` prose',
     lickable_page('entry', [pt_e], 'vento_leste', 'vento leste', pt_url, 'vento leste: fic: A Garrafa', 2012),
     [story(pt_url, 'vento_leste', 'vento_leste', fields(title='A Garrafa', author='vento_leste', fandom='Original', rating='Livre', wordCount='92', summary=PT_SUM), None, pt_body,
            exclude=['Ainda não a abriu! Que lindo.'])])

# ----------------------------------------------------------------------- 4. Polish labels (InsaneJournal, S2 Disjointed)
PL = 'http://kasztan-pisze.insanejournal.com/'
pl_url = PL + '1187.html'
pl_prose = ['Dziadek Jurka hodował pszczoły na dachu kamienicy, trzy ule między kominami, i nikt z sąsiadów o tym nie wiedział.',
            'Miód był ciemny i pachniał lipami z parku. Dziadek sprzedawał go na targu w słoikach po musztardzie i mówił, że pochodzi ze wsi.',
            'Jurek wie, skąd pochodzi. Co roku w czerwcu wchodzi na dach i siedzi między kominami, i słucha.']
pl_body = body('ule-pl', pl_prose)
PL_SUM = 'Trzy ule na dachu kamienicy.'
pl_html = hdr([('Tytuł', 'Ule na dachu'), ('Autor', 'kasztan_pisze'), ('Fandom', 'Original'), ('Ocena', 'G'), ('Słowa', '78'), ('Streszczenie', PL_SUM)], '<i>{L}:</i> {V}') + '<br /><br />\n' + ph(pl_prose)
pl_e = {'url': pl_url, 'journal': 'kasztan_pisze', 'poster': 'kasztan_pisze', 'subject': 'Ule na dachu', 'date': (2011, 6, 22, '19:45'), 'tags': ['opowiadanie'],
        'site': 'insanejournal.com', 'html': pl_html, 'comments': [('lipa_i_miod', 'Słoiki po musztardzie!')]}
page('ij-disjointed-2011-polish-labels-ule', 'ij-2011-kasztan_pisze-1187.html', pl_url, 'insanejournal', 'story', 2011, ['s2-disjointed', 'other-language-labels'],
     'InsaneJournal (S2 Disjointed): a Polish story whose header is italic Tytuł / Autor / Fandom / Ocena / Słowa / Streszczenie',
     disjointed_page('entry', [pl_e], 'kasztan_pisze', 'kasztan pisze', pl_url, 2011, site='insanejournal.com'),
     [story(pl_url, 'kasztan_pisze', 'kasztan_pisze', fields(title='Ule na dachu', author='kasztan_pisze', fandom='Original', rating='G', wordCount='78', summary=PL_SUM), None, pl_body,
            exclude=['Słoiki po musztardzie!'])])

# ----------------------------------------------------------------------- 5. a podfic post with a full header (DW core2 Strata): not a story
RV = 'https://reedvoice.dreamwidth.org/'
pod_url = RV + '9921.html'
pod_html = (hdr([('Title', 'The Salt Road Home'), ('Author', (f'<a href="https://gull-and-gorse.dreamwidth.org/2204.html">gull_and_gorse</a>',)), ('Reader', 'reedvoice'),
                 ('Fandom', 'Original'), ('Rating', 'G'), ('Length', '12:40'), ('Summary', 'A drover, a flock of geese, and the long road to market.')])
            + '<br /><br />\n<p>Download: <a href="https://reedvoice.podfic.example.org/saltroadhome.mp3">mp3 (11 MB)</a> | <a href="https://reedvoice.podfic.example.org/saltroadhome.m4b">m4b (9 MB)</a></p>\n'
            + '<p>Thank you to gull_and_gorse for blanket permission to podfic! I mispronounce one of the geese, sorry.</p>')
pod_e = {'url': pod_url, 'journal': 'reedvoice', 'poster': 'reedvoice', 'subject': 'Podfic: The Salt Road Home', 'date': (2014, 11, 2, '12:00'), 'tags': ['podfic'],
         'html': pod_html, 'ncomments': 1, 'comments': [('gull_and_gorse', 'Your geese are perfect!')]}
page('dw-strata-2014-podfic-full-header-notstory', 'dw-2014-reedvoice-9921.html', pod_url, 'dreamwidth', 'not-story', 2014, ['dw-core2-style', 'podfic', 'not-story'],
     'DW core2 Strata: a PODFIC post with a full header (Title / Author (a link to the story) / Reader / Fandom / Rating / Length “12:40” / Summary), download links and a thank-you: not a story',
     dw_page('entry', [pod_e], 'reedvoice', 'reed voice', 'Strata', pod_url, 'reed voice: Podfic: The Salt Road Home', year=2014), [])

# ----------------------------------------------------------------------- 6. a fanart post with a full header and a recent page (LJ S2 Dear Diary)
QS = 'http://quill-and-sable.livejournal.com/'
art_url = QS + '6120.html'
art_html = (hdr([('Title', 'Lamplighter'), ('Artist', 'quill_and_sable'), ('Fandom', 'Original'), ('Rating', 'G'), ('Medium', 'ink and watercolour'),
                 ('Summary', 'The lamplighter on his last round before the gas came.')])
            + f'<br /><br />\n<a href="http://pics.livejournal.com/quill_and_sable/pic/0004k2t1"><img src="http://pics.livejournal.com/quill_and_sable/pic/0004k2t1/s640x480" alt="a man on a ladder at a street lamp, dusk" /></a>\n'
            + '<p>Done for the art prompt “last light”. Concrit welcome, I am still learning hands.</p>')
art_e = {'url': art_url, 'journal': 'quill_and_sable', 'poster': 'quill_and_sable', 'subject': 'art: Lamplighter', 'date': (2010, 10, 30, '16:00'), 'tags': ['art'],
         'html': art_html, 'comments': [('inky_fingers', 'The dusk colours!')]}
page('lj-deardiary-2010-fanart-full-header-notstory', 'lj-2010-quill_and_sable-6120.html', art_url, 'livejournal', 'not-story', 2010, ['s2-dear-diary', 'fanart', 'not-story'],
     'LJ S2 Dear Diary: a FANART post with a full header (Title / Artist / Fandom / Rating / Medium / Summary), the picture and a line about it: not a story',
     deardiary_page('entry', [art_e], 'quill_and_sable', 'quill & sable', art_url, 2010), [])
dr_url = QS + '6377.html'
dr_prose = ['The lamps came on one by one along the canal, and the barge-girl counted them out loud, because her mother had, and her mother’s mother.',
            'Forty-one. There had always been forty-one. Tonight there were forty-two, and the new one was burning blue.']
dr_body = body('fortytwo-drabble', dr_prose)
dr_e = {'url': dr_url, 'journal': 'quill_and_sable', 'poster': 'quill_and_sable', 'subject': 'drabble: Forty-Two', 'date': (2010, 11, 6, '21:10'), 'tags': ['drabble'],
        'html': hdr([('Rating', 'G'), ('Words', '100'), ('Prompt', 'last light')], '<i>{L}:</i> {V}', ' &bull; ') + '<br /><br />\n' + ph(dr_prose), 'comments': []}
page('lj-deardiary-2010-recent-drabble-fanart', 'lj-2010-quill_and_sable-recent.html', QS, 'livejournal', 'index', 2010, ['s2-dear-diary', 'recent-page', 'drabble', 'fanart'],
     'The artist’s recent page (LJ S2 Dear Diary): a drabble (“drabble: Forty-Two”, one italic “Rating: G • Words: 100 • Prompt: last light” line) above the fanart post with its full header (no story)',
     deardiary_page('recent', [dr_e, art_e], 'quill_and_sable', 'quill & sable', QS, 2010),
     [story(dr_url, 'quill_and_sable', 'quill_and_sable', fields(title='Forty-Two', rating='G', wordCount='100', prompt='last light'), None, dr_body,
            exclude=['The lamplighter on his last round'])])

# ----------------------------------------------------------------------- 7. a beta offer (Scribbld, S2 Classic): not a story
RB = 'http://redpen-rook.scribbld.com/'
beta_url = RB + '1554.html'
beta_html = ('<p>Since a few people asked: yes, I am open for beta work again this summer!</p>\n'
             + hdr([('Fandoms', 'original fic, anything Gothic, sea stories'), ('Ratings', 'G to R'), ('Strengths', 'commas, pacing, making your summary sound less like a tax form'),
                    ('Turnaround', 'about a week for 5k'), ('Won’t beta', 'RPF, anything over 40k')]) + '<br /><br />\n'
             + '<p>Comment here or email me. Samples of my own stuff are in my <a href="http://redpen-rook.scribbld.com/tag/fic">fic tag</a>.</p>')
beta_e = {'url': beta_url, 'journal': 'redpen_rook', 'poster': 'redpen_rook', 'subject': 'beta for hire (well, for free)', 'date': (2012, 6, 3, '13:15'), 'tags': ['beta', 'admin'],
          'site': 'scribbld.com', 'html': beta_html, 'comments': [('stormpetrel_fic', 'Oh! I have 6k of sea story that needs you.')]}
page('sc-classic-2012-beta-offer-notstory', 'sc-2012-redpen_rook-1554.html', beta_url, 'scribbld', 'not-story', 2012, ['s2-classic', 'scribbld', 'beta-offer', 'not-story'],
     'Scribbld (S2 Classic): a BETA OFFER, a Fandoms / Ratings / Strengths / Turnaround / Won’t beta block and a link to the writer’s fic tag: not a story',
     classic_page('entry', [beta_e], 'redpen_rook', 'red pen, rook', beta_url, 2012, site='scribbld.com'), [])

# ----------------------------------------------------------------------- 8. a challenge results post (DW community, core2 Venture): not a story
FC = 'https://fogbound-fic.dreamwidth.org/'
res_url = FC + '31140.html'
res_html = ('<p>The votes are in for round four, <b>“harbour lights”</b>! Thank you to everyone who wrote and everyone who read.</p>\n'
            '<p><b>First place:</b> <a href="https://stormpetrel-fic.dreamwidth.org/2901.html">The Pilot’s Daughter</a> by stormpetrel_fic (G, 1,200 words)<br />\n'
            '<b>Second place:</b> <a href="https://inkcap-writes.dreamwidth.org/811.html">Fog Signal</a> by inkcap_writes (PG, 980 words)<br />\n'
            '<b>Mods’ choice:</b> <a href="https://kelp-and-cable.dreamwidth.org/38870.html">Lightship</a> by kelp_and_cable (T, 2,050 words)</p>\n'
            '<p>Banners for the winners are below the cut. Round five opens on the first; the prompt is “crossing”.</p>')
res_e = {'url': res_url, 'journal': 'fogbound_fic', 'poster': 'fogbound_mod', 'community': True, 'subject': 'Round four: results!', 'date': (2017, 3, 27, '09:00'),
         'tags': ['admin', 'results'], 'html': res_html, 'ncomments': 1, 'comments': [('inkcap_writes', 'Second!! I am so pleased.')]}
page('dw-venture-2017-community-challenge-results-notstory', 'dw-2017-fogbound_fic-31140.html', res_url, 'dreamwidth', 'not-story', 2017, ['dw-core2-style', 'community', 'challenge-results', 'not-story'],
     'DW community (core2 Venture): a challenge RESULTS post, “First place: Title by writer (G, 1,200 words)” lines linking three writers’ stories: not a story, no masterpost',
     dw_page('entry', [res_e], 'fogbound_fic', 'fogbound: a fic challenge', 'Venture', res_url, 'fogbound: Round four: results!', year=2017), [])

# ----------------------------------------------------------------------- 9. a community one-shot with an "x-posted to" line and an "also on AO3" line (LJ S2 Generator)
KF = 'http://kettle-fic.livejournal.com/'
kf_url = KF + '55120.html'
kf_prose = ['Every kettle in Mrs Pardoe’s boarding house had a name, and woe betide the lodger who used Gideon for tea when Gideon was for shaving water.',
            'Ralph learned this on his first morning. He learned, too, that Mrs Pardoe could hear a kettle being lifted from two floors away, and that she forgave nothing, except, as it turned out, a man who knew how to mend a whistle.',
            'By Christmas he had mended six. She named the seventh after him.']
kf_body = body('kettles-ralph', kf_prose)
AO3_KF = 'https://archiveofourown.org/works/11220470'
kf_html = ('<p><small>x-posted to my journal and <a href="http://tea-and-tin.livejournal.com/">tea_and_tin</a></small></p>\n'
           + hdr([('Title', 'Gideon Is for Shaving'), ('Author', 'brass_and_copper'), ('Rating', 'G'), ('Words', '104'), ('Summary', 'A boarding house where every kettle has a name.')])
           + '<br /><br />\n' + ph(kf_prose) + f'\n<p><i>Also on <a href="{AO3_KF}">AO3</a>.</i></p>')
kf_e = {'url': kf_url, 'journal': 'kettle_fic', 'poster': 'brass_and_copper', 'community': True, 'subject': 'Gideon Is for Shaving (G, one-shot)', 'date': (2012, 12, 14, '20:40'),
        'tags': ['author: brass_and_copper', 'rating: g'], 'html': kf_html, 'comments': [('tea_and_tin', 'She named the seventh after him!!')]}
page('lj-generator-2012-community-xpost-line-ao3-gideon', 'lj-2012-kettle_fic-55120.html', kf_url, 'livejournal', 'story', 2012, ['s2-generator', 'community', 'xpost-line', 'also-on-ao3'],
     'LJ community kettle_fic (S2 Generator): a one-shot with a small “x-posted to my journal and tea_and_tin” line ABOVE the header and “Also on AO3.” after the prose (neither is prose; AO3 is not followed)',
     gen_page('entry', [kf_e], 'livejournal', 'kettle_fic', 'kettle fic', kf_url, 'kettle_fic: Gideon Is for Shaving (G, one-shot)', 2012, is_comm=True),
     [story(kf_url, 'brass_and_copper', 'kettle_fic', fields(title='Gideon Is for Shaving', author='brass_and_copper', rating='G', wordCount='104', summary='A boarding house where every kettle has a name.'),
            None, kf_body, exclude=['x-posted to my journal', 'Also on AO3.', 'She named the seventh after him!!'])])

# ----------------------------------------------------------------------- 10. LJ ?format=light: a drabble whose labels are small caps with a bar
LT = 'http://lintel-and-lamp.livejournal.com/'
lt_url = LT + '20811.html'
lt_prose = ['The stonemason carved his initials inside the lintel, where nobody would ever see them, because his father had and his father’s father had.',
            'Two hundred years later the house came down, and the lintel split, and a girl in a hard hat picked up the broken half and read three sets of letters, one under another, like a family tree.']
lt_body = body('lintel-drabble', lt_prose)
lt_html = hdr([('Title', 'Lintel'), ('Rating', 'G'), ('Words', '100')], '<span style="font-variant: small-caps">{L}</span> | {V}') + '<br /><br />\n' + ph(lt_prose)
lt_e = {'url': lt_url, 'journal': 'lintel_and_lamp', 'poster': 'lintel_and_lamp', 'subject': 'drabble: Lintel', 'date': (2016, 2, 8, '08:30'), 'tags': ['drabble'], 'html': lt_html,
        'comments': [('hard_hat_hattie', 'Like a family tree. Oof.')]}
page('lj-light-2016-smallcaps-bar-labels-lintel', 'lj-2016-lintel_and_lamp-20811-light.html', lt_url + '?format=light', 'livejournal', 'story', 2016, ['lj-format-light', 'drabble', 'smallcaps-labels'],
     'LJ `?format=light`: a drabble whose header labels are small caps set off by a bar (`<span style="font-variant: small-caps">Title</span> | Lintel`)',
     light_page(lt_e, 2016),
     [story(lt_url, 'lintel_and_lamp', 'lintel_and_lamp', fields(title='Lintel', rating='G', wordCount='100'), None, lt_body, exclude=['Like a family tree. Oof.'])], also=[lt_url])

# ----------------------------------------------------------------------- 11. a "first lines of my WIPs" meme (DW core2 Lefty): not a story
IW = 'https://inkcap-writes.dreamwidth.org/'
meme_url = IW + '902.html'
meme_html = ('<p>Snagged from everyone: post the first line of every WIP in your folder, no context, no apologies.</p>\n<ul>\n'
             + ''.join(f'<li><b>{t}</b>: <i>{l}</i></li>\n' for t, l in [
                 ('untitled lighthouse thing', 'The keeper had not spoken to anyone in eleven days, and the twelfth was not looking promising.'),
                 ('the fog one', 'Fog came in at Fallow Point the way a cat comes in, without asking.'),
                 ('Tidemill (ch. 3)', 'Marta had been right about the millwheel, which annoyed everyone.'),
                 ('???', 'It started with a goose.')])
             + '</ul>\n<p>Tell me which one you want and I will… think about it.</p>')
meme_e = {'url': meme_url, 'journal': 'inkcap_writes', 'poster': 'inkcap_writes', 'subject': 'the first-lines meme', 'date': (2017, 4, 12, '21:00'), 'tags': ['memes', 'wips'],
          'html': meme_html, 'ncomments': 1, 'comments': [('stormpetrel_fic', 'THE GOOSE ONE.')]}
page('dw-lefty-2017-first-lines-meme-notstory', 'dw-2017-inkcap_writes-902.html', meme_url, 'dreamwidth', 'not-story', 2017, ['dw-core2-style', 'meme', 'not-story'],
     'DW core2 Lefty: a “first lines of every WIP” meme, a list of working titles each with one italic line of prose: not a story',
     dw_page('entry', [meme_e], 'inkcap_writes', 'inkcap', 'Lefty', meme_url, 'inkcap: the first-lines meme', year=2017), [])

# ----------------------------------------------------------------------- 12. a header-only post on LJ (2019+ page) pointing at the writer's DW copy, and that copy
SH_DW = 'https://small-hours-fic.dreamwidth.org/3310.html'
SH_LJ = 'https://small-hours-fic.livejournal.com/51220.html'
sh_prose = ['At three in the morning the night bus was only ever Ada and the driver, and the driver never spoke.',
            'Ada started leaving him things on the rail by the door. A satsuma. A crossword, half done. In February, a scarf, because the heater on the top deck had been broken since Christmas.',
            'In March there was something on the rail for her: the crossword, finished, in a small neat hand, and under it, “Thank you for the scarf.”']
sh_body = body('nightbus', sh_prose)
SH_SUM = 'The night bus, Ada, and the driver who never speaks.'
sh_rows = [('Title', 'Night Bus'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '98'), ('Summary', SH_SUM)]
sh_f = fields(title='Night Bus', fandom='Original', rating='G', wordCount='98', summary=SH_SUM)
sh_lj = {'url': SH_LJ, 'journal': 'small_hours_fic', 'poster': 'small_hours_fic', 'subject': 'fic: Night Bus', 'date': (2021, 1, 30, '03:10'), 'tags': ['fic'],
         'html': hdr(sh_rows) + '<br /><br />\n' + f'<p>The new editor keeps eating my paragraph breaks, so this one lives on my Dreamwidth: <a href="{SH_DW}">read Night Bus there</a>.</p>',
         'comments': [('top_deck_tilly', 'Off to DW I go!')]}
page('lj-2021-mdspost-headeronly-to-dw-nightbus', 'lj-2021-small_hours_fic-51220.html', SH_LJ, 'livejournal', 'story', 2021, ['lj-2019-site-scheme', 'header-only', 'lj-to-dw'],
     'LJ 2019+ journal page (mdspost): a HEADER-ONLY post, its story on the writer’s own Dreamwidth (“…so this one lives on my Dreamwidth: read Night Bus there”); the page’s Previous post / Next post lead to unrelated posts',
     md_entry_page(sh_lj, 'small hours', 2021, prev={'url': 'https://small-hours-fic.livejournal.com/50902.html', 'subject': 'new year, new kettle'},
                   nxt={'url': 'https://small-hours-fic.livejournal.com/51477.html', 'subject': 'snowed in: a photo post'}),
     [story(SH_LJ, 'small_hours_fic', 'small_hours_fic', sh_f, None, headerOnly=True, partLinks=[SH_DW])], stitched=([SH_DW], ['bodies/nightbus.txt']))
sh_dw = {'url': SH_DW, 'journal': 'small_hours_fic', 'poster': 'small_hours_fic', 'subject': 'fic: Night Bus', 'date': (2021, 1, 30, '03:02'), 'tags': ['fic'],
         'html': hdr(sh_rows) + '<br /><br />\n' + ph(sh_prose), 'ncomments': 1, 'comments': [('top_deck_tilly', 'Thank you for the scarf. I am weeping on a bus.')]}
page('dw-practicality-2021-nightbus-dw-copy', 'dw-2021-small_hours_fic-3310.html', SH_DW, 'dreamwidth', 'story', 2021, ['dw-core2-style', 'lj-to-dw'],
     'The Dreamwidth entry the LJ header-only post points at (core2 Practicality): the same header and the whole story',
     dw_page('entry', [sh_dw], 'small_hours_fic', 'small hours', 'Practicality', SH_DW, 'small hours: fic: Night Bus', year=2021),
     [story(SH_DW, 'small_hours_fic', 'small_hours_fic', sh_f, None, sh_body, exclude=['I am weeping on a bus'])])

# ----------------------------------------------------------------------- 13. a lone "Chapter Five" of an unfinished story (DW ?style=site would be the skin; here core2 Hibiscus)
GH = 'https://gorse-and-heather.dreamwidth.org/'
c5_url = GH + '77310.html'
c5_prose = ['Chapter Five',
            'The letter came on a Tuesday, which Morwen would later think was the only ordinary thing about it.',
            'It was addressed to her mother, who had been dead nine years, and it was postmarked from a village that, as far as Morwen could discover from the atlas, did not exist.']
c5_body = body('chapterfive-slatehouse', c5_prose[1:])
c5_html = hdr([('Title', 'The Slate House'), ('Rating', 'PG'), ('Words', '66')]) + '<br /><br />\n' + f'<p style="text-align: center;"><b>{c5_prose[0]}</b></p>\n' + ph(c5_prose[1:]) + '\n<p><small>(chapters one to four are in my <a href="https://gorse-and-heather.dreamwidth.org/tag/the+slate+house">tag</a>)</small></p>'
c5_e = {'url': c5_url, 'journal': 'gorse_and_heather', 'poster': 'gorse_and_heather', 'subject': 'The Slate House — Chapter Five', 'date': (2019, 7, 7, '20:00'),
        'tags': ['the slate house', 'fic'], 'html': c5_html, 'ncomments': 1, 'comments': [('morwen_fan', 'A village that does not exist!')]}
page('dw-hibiscus-2019-chapter-in-words-slatehouse-5', 'dw-2019-gorse_and_heather-77310.html', c5_url, 'dreamwidth', 'story', 2019, ['dw-core2-style', 'part-in-words', 'lone-part'],
     'DW core2 Hibiscus: a lone chapter numbered in WORDS (“The Slate House — Chapter Five”, a centred bold “Chapter Five” above the prose), no total; the earlier chapters only in a tag page not in the corpus',
     dw_page('entry', [c5_e], 'gorse_and_heather', 'gorse & heather', 'Hibiscus', c5_url, 'gorse & heather: The Slate House — Chapter Five', year=2019),
     [story(c5_url, 'gorse_and_heather', 'gorse_and_heather', fields(title='The Slate House', rating='PG', wordCount='66'), {'index': 5, 'total': None}, c5_body,
            exclude=['chapters one to four are in my', 'A village that does not exist!'])])

# ----------------------------------------------------------------------- 14. a personal post on LJ mobile with "reading / listening" lines: not a story
BB = 'https://bramble-bee.livejournal.com/'
mob_e = {'url': BB + '30119.html', 'journal': 'bramble_bee', 'poster': 'bramble_bee', 'subject': 'sunday, in bullet points', 'date': (2016, 5, 15, '18:20'), 'tags': ['life'],
         'html': ('<p><b>Reading:</b> <i>The Lighthouse Keeper’s Almanac</i>, very slowly<br /><b>Listening:</b> rain<br /><b>Writing:</b> nothing, and feeling guilty</p>\n'
                  '<p>The allotment has been taken over by a fox, who sleeps in the rhubarb. I have decided the rhubarb is his now.</p>'),
         'comments': [('hedge_witch_hal', 'The fox owns the rhubarb now. Those are the rules.')]}
page('lj-mobile-2016-personal-currently-lines-notstory', 'lj-mobile-2016-bramble_bee-30119.html', mobile_url(mob_e), 'livejournal', 'not-story', 2016, ['lj-mobile', 'personal', 'not-story'],
     'LJ mobile (m.livejournal.com/read/user/NAME/ID): a personal post with “Reading: / Listening: / Writing:” lines (a book title in italics) and a fox in the rhubarb: not a story',
     mobile_page(mob_e, 2016), [])

# ----------------------------------------------------------------------- 15. a drabble on LJ mobile
dm_e = {'url': BB + '30502.html', 'journal': 'bramble_bee', 'poster': 'bramble_bee', 'subject': 'drabble: Rhubarb', 'date': (2016, 6, 1, '07:45'), 'tags': ['drabble', 'fic'],
        'html': hdr([('Title', 'Rhubarb'), ('Rating', 'G'), ('Words', '100'), ('Notes', 'For the fox.')]) + '<br /><br />\n' + ph([
            'The fox had chosen the rhubarb bed because it was warm, and because nobody had forced the rhubarb that year, so the leaves stood up like green umbrellas and kept the rain off.',
            'Marian found him there in April. She stood at the end of the row with her fork for a long time. Then she went home and planted the rhubarb somewhere else.']),
        'comments': [('hedge_witch_hal', 'She planted it somewhere else!! Correct.')]}
dm_body = body('rhubarb-drabble', ['The fox had chosen the rhubarb bed because it was warm, and because nobody had forced the rhubarb that year, so the leaves stood up like green umbrellas and kept the rain off.',
                                   'Marian found him there in April. She stood at the end of the row with her fork for a long time. Then she went home and planted the rhubarb somewhere else.'])
page('lj-mobile-2016-drabble-rhubarb', 'lj-mobile-2016-bramble_bee-30502.html', mobile_url(dm_e), 'livejournal', 'story', 2016, ['lj-mobile', 'drabble'],
     'LJ mobile (m.livejournal.com/read/user/NAME/ID): a drabble with a `<b>Label:</b>` header; the story’s URL is the mobile address, as the fixtures’ mobile page has it (`link rel=canonical` and “Full version” name the desktop entry)',
     mobile_page(dm_e, 2016, prev=mob_e),
     [story(mobile_url(dm_e), 'bramble_bee', 'bramble_bee', fields(title='Rhubarb', rating='G', wordCount='100', notes='For the fox.'), None, dm_body,
            exclude=['She planted it somewhere else!! Correct.'])])

# ----------------------------------------------------------------------- 16. a remix whose header links the story it remixes (DW ?style=site, Celerity)
from s2y import dw_site_page  # noqa: E402

RX = 'https://heron-remixed.dreamwidth.org/'
rx_url = RX + '6604.html'
ORIG = 'https://gorse-and-heather.dreamwidth.org/70112.html'
rx_prose = ['The heron had stood in the same place at the edge of the mere every morning for as long as Tom could remember, and he had never once seen it catch anything.',
            'He told his sister this, and she said that was because he only ever looked at it, and herons did not fish while they were being looked at. “Same as you,” she said, “with your homework.”',
            'So the next morning he did not look. He walked the whole length of the bank with his eyes on his boots, counting the stones, and when he reached the stile he turned round, quick as he could.',
            'The heron was standing exactly where it had been, exactly as it had been, with its head on one side, looking at him.',
            'Tom thought about that for the rest of the day. He thought about it at school, and at tea, and in bed, and in the end he decided that the heron had been fishing for something all along, and that it was not fish, and that he did not mind very much being caught.']
rx_body = body('heron-remix', rx_prose)
RX_SUM = 'The heron, the mere, and who is watching whom.'
rx_html = (hdr([('Title', 'Not the Heron (the Looking-Glass remix)'), ('Remix of', (f'<a href="{ORIG}">The Heron</a> by gorse_and_heather',)), ('Rating', 'G'), ('Words', '191'), ('Summary', RX_SUM)])
           + '<br /><br />\n' + ph(rx_prose) + '\n<p><small>Written for remix_redux_fic 2016. Thank you to the mods for a lovely round!</small></p>')
rx_e = {'url': rx_url, 'journal': 'heron_remixed', 'poster': 'heron_remixed', 'subject': 'Not the Heron (the Looking-Glass remix)', 'date': (2016, 8, 1, '12:00'),
        'tags': ['remix', 'fic'], 'html': rx_html, 'currents': [('Mood', 'cheerful')], 'ncomments': 1, 'comments': [('gorse_and_heather', 'Being caught! I love what you did with it.')]}
page('dw-siteskin-2016-remix-header-link-notheron', 'dw-2016-heron_remixed-6604-site.html', rx_url + '?style=site', 'dreamwidth', 'story', 2016, ['dw-site-skin', 'remix', 'header-link'],
     'DW `?style=site` (the site skin, Celerity): a REMIX whose header’s unlisted “Remix of: The Heron by gorse_and_heather” line links the story it remixes (another writer’s: not a part, not followed); an exchange note after the prose',
     dw_site_page(rx_e, rx_e['subject'], 2016, skin='celerity'),
     [story(rx_url, 'heron_remixed', 'heron_remixed', fields(title='Not the Heron (the Looking-Glass remix)', rating='G', wordCount='191', summary=RX_SUM), None, rx_body,
            exclude=['Written for remix_redux_fic 2016', 'Being caught! I love'])], also=[rx_url])
