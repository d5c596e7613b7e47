"""Posts of tests/heldout14 and their truth: single stories in header shapes no corpus used, and not-stories that look
fic-ish. All prose, names, journals and titles are invented for this corpus (stories in Czech and Hungarian)."""
from corpus import PAGES, body, fields, hdr, page, ph, story  # noqa: F401
from layouts import dw_page, dw_user, esc, lj_user_old
from posts import txt
from s1short import s1short_page
from s2t import md_entry_page
from s2y import understroke_page
from s2z import haven_page

# ======================================================================= single stories

# S1. Czech labels (DeadJournal, S2 S1 Shortcomings, 2009, /users/NAME/)
J = 'vrbovy_proutek'
u = f'http://www.deadjournal.com/users/{J}/1408.html'
prose = ['Ve vsi byla studna, ze které nikdo nepil. Voda v ní byla čistá a studená, ale kdo se do ní podíval, viděl na hladině jiný obličej než svůj.',
         'Marta se do ní podívala v den, kdy jí bylo sedmnáct. Na hladině uviděla starou ženu s jejíma očima, která se na ni usmála a pokývala hlavou.',
         'Od té doby z té studny pila každé ráno. Ve vsi si šeptali, ale Marta se nebála. Věděla, komu ten obličej patří, a věděla, že se na něj jednou bude dívat bez strachu.']
SUM = 'Studna, do které se nikdo nedívá, a dívka, která se podívala.'
rows = [('Název', 'Studna'), ('Autor', J), ('Fandom', 'původní tvorba'), ('Postavy', 'Marta'), ('Přístupnost', 'bez omezení'), ('Varování', 'žádná'), ('Počet slov', '90'), ('Shrnutí', SUM)]
html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(prose)
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'Povídka: Studna', 'date': (2009, 6, 21, '22:40'), 'site': 'deadjournal.com', 'jbase': f'http://www.deadjournal.com/users/{J}/',
     'tags': ['povídky'], 'html': html, 'comments': [('lipova_alej', 'Krásné a trochu strašidelné. Ta stará žena!')]}
page('dj-s1short-2009-czech-labels-studna', f'dj-2009-{J}-1408.html', u, 'deadjournal', 'story', 2009, ['s2-s1shortcomings', 'deadjournal', 'czech-labels'],
     'DeadJournal (S2 S1 Shortcomings entry page, /users/NAME/): a CZECH story, labels Název / Autor / Fandom / Postavy / Přístupnost / Varování / Počet slov / Shrnutí; subject “Povídka: Studna”',
     s1short_page('entry', e, 'vrbový proutek', '', 2009),
     [story(u, J, J, fields(title='Studna', author=J, fandom='původní tvorba', characters='Marta', rating='bez omezení', warnings='žádná', wordCount='90', summary=SUM),
            None, body('studna', prose), exclude=['Krásné a trochu strašidelné. Ta stará žena!'])])

# S2. labels AFTER the values (InsaneJournal, S2 S1 Shortcomings, 2010)
J = 'sedgewarden'
u = 'http://sedgewarden.insanejournal.com/3377.html'
prose = ['The orchard had been under the fen since the sluices broke, but in a dry August the tops of the trees came up out of the water like hands, and the apples on them were red.',
         'Mara rowed. Tobin held the basket and leaned out over the side, and every apple he picked left a ring spreading on the black water.',
         '“Whose are they?” he asked, when the basket was full. Mara shipped the oars and looked down at the drowned rows under the boat, the roofs of the packing sheds, a gate still standing. “Nobody’s now,” she said, and then, more quietly, “Ours, I suppose.”']
SUM = 'two children row out for the apples of a drowned orchard'
html = ('<p><i>Fen Orchard</i> &mdash; <small>title</small><br />\nG &mdash; <small>rating</small><br />\nMara, Tobin &mdash; <small>characters</small><br />\n'
        f'~300 &mdash; <small>words</small><br />\n{SUM} &mdash; <small>summary</small></p>\n' + ph(prose))
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'fen orchard', 'date': (2010, 8, 14, '16:20'), 'site': 'insanejournal.com',
     'tags': ['fic', 'original'], 'html': html, 'comments': [('sluice_keeper', 'The tops of the trees like hands. Gorgeous and eerie.')]}
page('ij-s1short-2010-labels-after-values-fenorchard', f'ij-2010-{J}-3377.html', u, 'insanejournal', 'story', 2010, ['s2-s1shortcomings', 'insanejournal', 'labels-after-values'],
     'InsaneJournal (S2 S1 Shortcomings entry page): a header whose LABELS COME AFTER THE VALUES, small and lower case (“<i>Fen Orchard</i> — title”, “G — rating”, “~300 — words”, “… — summary”); lower-case subject',
     s1short_page('entry', e, 'sedge warden', 'small fic, mostly', 2010),
     [story(u, J, J, fields(title='Fen Orchard', rating='G', characters='Mara, Tobin', wordCount='~300', summary=SUM), None, body('fenorchard', prose),
            exclude=['The tops of the trees like hands. Gorgeous and eerie.'])])

# S3. a header in a <pre> block, the colons aligned by spaces (DW core2, 2014)
J = 'gantry_and_gull'
u = 'https://gantry-and-gull.dreamwidth.org/7701.html'
prose = ['Every lorry that came into the yard stopped on the weighbridge, and Dilys wrote down its weight in the book: gross, tare, net, and the time to the minute.',
         'On the Tuesday before Christmas a lorry came in empty, and the needle went to four tonnes and stayed there. The driver said he had unloaded at Pontardawe. Dilys believed him. She looked into the back herself, and there was nothing in it but straw and cold air.',
         'She wrote it down anyway: gross four tonnes, tare nil, net four tonnes, contents none. Then she made the driver a cup of tea, because he looked as if he needed one, and did not ask him what he had been carrying.']
SUM = 'A weighbridge clerk weighs something that is not there.'
html = (f'<pre>Title    : The Weighbridge\nFandom   : Original\nRating   : G\nWords    : 310\nSummary  : {SUM}</pre>\n' + ph(prose))
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'fic: The Weighbridge', 'date': (2014, 12, 20, '18:05'), 'tags': ['fic', 'original fic'], 'html': html,
     'comments': [('pontardawe_pip', 'Contents none! I love Dilys.')]}
page('dw-core2-2014-pre-block-header-weighbridge', f'dw-2014-{J}-7701.html', u, 'dreamwidth', 'story', 2014, ['dw-core2-style', 'pre-header'],
     'DW core2 (Blanket): a header typed in a `&lt;pre&gt;` block, the colons aligned with spaces (“Title    : The Weighbridge”), then the prose in `&lt;p&gt;`',
     dw_page('entry', [e], J, 'gantry & gull', 'Blanket', u, 'gantry & gull: fic: The Weighbridge', year=2014),
     [story(u, J, J, fields(title='The Weighbridge', fandom='Original', rating='G', wordCount='310', summary=SUM), None, body('weighbridge', prose),
            exclude=['Contents none! I love Dilys.'])])

# S4. a DRABBLE under a HORIZONTAL table header (labels in the first row, values in the second; DW community, 2012)
C, P = 'tenscore_drabbles', 'sandpiper_ink'
u = 'https://tenscore-drabbles.dreamwidth.org/22817.html'
drab = ['At low tide the causeway came up out of the sea, wet and shining, and Gran walked out along it to the island with a bag of bread for the gulls. She went every day. She had gone every day since Grandad’s boat, and the tide tables on the kitchen wall were marked in her small hand, month after month, years of them.',
        'I asked her once what she did out there.',
        '“Count,” she said.',
        '“Count what?”',
        '“Whatever comes back,” said Gran. The gulls came back. The tide came back. She said that was enough to be going on with.']
html = ('<table border="1" cellpadding="4" cellspacing="0"><tr><th>Title</th><th>Rating</th><th>Words</th><th>Prompt</th></tr>\n'
        '<tr><td>The Causeway Count</td><td>G</td><td>100</td><td>#112: salt</td></tr></table>\n' + ph(drab))
e = {'url': u, 'journal': C, 'poster': P, 'community': True, 'subject': 'The Causeway Count', 'date': (2012, 7, 8, '12:30'), 'tags': ['challenge: 112', 'author: sandpiper_ink'],
     'html': html, 'comments': [('causeway_kit', 'Whatever comes back. Oof.')]}
page('dw-core2-2012-community-drabble-horizontal-table-header-causeway', f'dw-2012-{C}-22817.html', u, 'dreamwidth', 'story', 2012,
     ['dw-core2-style', 'community', 'drabble', 'horizontal-table-header'],
     'A DRABBLE in the DW community tenscore_drabbles (core2 Boxes and Borders): the header is a HORIZONTAL `&lt;table&gt;`, the labels Title / Rating / Words / Prompt in the first row’s `&lt;th&gt;` cells, the values in the row below',
     dw_page('entry', [e], C, 'tenscore: a drabble community', 'Boxes and Borders', u, 'tenscore: The Causeway Count', year=2012),
     [story(u, P, C, fields(title='The Causeway Count', rating='G', wordCount='100', prompt='#112: salt'), None, body('causeway', drab), exclude=['Whatever comes back. Oof.'])])

# S5. HEADER-ONLY: a community post whose story link is a FAKE CUT (the "( … )" of an lj-cut, linking the writer's journal
# entry; LJ community, S2 S1 Shortcomings, 2009)
C, P = 'orchard_fic', 'lantern_hollis'
CB = 'http://community.livejournal.com/orchard_fic/'
u = CB + '30114.html'
target = 'http://lantern-hollis.livejournal.com/8811.html'
SUM = 'Two sisters, one pear tree, and forty years of arguing over who planted it.'
rows = [('Title', 'The Pear Tree Quarrel'), ('Author', (lj_user_old(P), P)), ('Rating', 'G'), ('Word Count', '2,300'), ('Summary', SUM)]
html = hdr(rows) + f'<br /><br />\n<b>( <a href="{target}">Read the fic at my journal</a> )</b>'
e = {'url': u, 'jbase': CB, 'journal': C, 'poster': P, 'subject': 'Fic: The Pear Tree Quarrel (G)', 'date': (2009, 9, 2, '19:10'), 'tags': ['fic', 'rating: g'], 'html': html,
     'comments': [('perry_and_cider', 'Clicking through now!')]}
page('lj-s1short-2009-community-headeronly-fake-cut-peartree', f'lj-2009-{C}-30114.html', u, 'livejournal', 'story', 2009,
     ['s2-s1shortcomings', 'community', 'header-only', 'fake-cut'],
     'LJ community entry (S2 S1 Shortcomings, legacy community host, “lantern_hollis wrote in orchard_fic”): HEADER-ONLY, a full header then a FAKE CUT — the bold “( Read the fic at my journal )” of an lj-cut, linking the entry on the writer’s own journal',
     s1short_page('entry', e, 'orchard fic', 'fruit-growing fic of all kinds', 2009, kind='C'),
     [story(u, P, C, fields(title='The Pear Tree Quarrel', author=P, rating='G', wordCount='2,300', summary=SUM), None, headerOnly=True, partLinks=[target])])

# S6. Hungarian labels (LJ 2019+ mdspost, 2021)
J = 'nadas_to'
u = 'https://nadas-to.livejournal.com/15502.html'
prose = ['A révész minden este átvitte az utolsó utast a folyón, akkor is, ha senki sem várt a parton.',
         'Juli sokáig nem értette, miért. Egyszer megkérdezte tőle, és az öreg csak annyit mondott: „Mindig van valaki, akit nem látsz.”',
         'Azon az estén, amikor az öreg meghalt, Juli vitte át a kompot. A túlsó parton kikötött, várt egy kicsit, aztán visszaevezett. A csónak a visszaúton nehezebb volt, mint odafelé.']
SUM = 'Egy révész, aki mindig átviszi az utolsó utast is.'
rows = [('Cím', 'A révész'), ('Szerző', J), ('Fandom', 'saját'), ('Szereplők', 'Juli, a révész'), ('Korhatár', 'korhatár nélküli'), ('Figyelmeztetés', 'szereplő halála'),
        ('Szavak száma', '70'), ('Összefoglaló', SUM)]
html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(prose)
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'A révész', 'date': (2021, 2, 6, '20:30'), 'tags': ['fanfic', 'saját'], 'html': html,
     'comments': [('folyoparti', 'Gyönyörű. A visszaút nehezebb volt...')]}
prev = {'url': 'https://nadas-to.livejournal.com/15288.html', 'subject': 'januári olvasmányok'}
nxt = {'url': 'https://nadas-to.livejournal.com/15761.html', 'subject': 'hó, megint'}
page('lj-mdspost-2021-hungarian-labels-revesz', f'lj-2021-{J}-15502.html', u, 'livejournal', 'story', 2021, ['lj-2019-mdspost', 'hungarian-labels'],
     'LJ 2019+ entry page: a HUNGARIAN story, labels Cím / Szerző / Fandom / Szereplők / Korhatár / Figyelmeztetés / Szavak száma / Összefoglaló; the page’s Previous / Next post are personal posts',
     md_entry_page(e, 'nádas tó', 2021, prev=prev, nxt=nxt),
     [story(u, J, J, fields(title='A révész', author=J, fandom='saját', characters='Juli, a révész', rating='korhatár nélküli', warnings='szereplő halála', wordCount='70', summary=SUM),
            None, body('revesz', prose))])

# ======================================================================= not stories

# N1. an exchange "Dear Writer" letter (DW, 2016): request blocks of Fandom / Characters / Rating / Prompt, likes and DNWs
J = 'fieldfare_notes'
u = 'https://fieldfare-notes.dreamwidth.org/12044.html'
html = (ph(['Hello, dear writer! Thank you so much for writing for me this year. Anything you make from these will make me happy; the prompts are only ideas, so please ignore them if something else grabs you.'])
        + '\n<h3>Request 1</h3>\n<p><b>Fandom:</b> Tide Clocks (TV)<br />\n<b>Characters:</b> Maud Penrose, the harbourmaster<br />\n<b>Rating:</b> any<br />\n'
        '<b>Prompt:</b> The night the harbour clock stopped, and what Maud did about it. I would love something quiet and strange.</p>\n'
        '<h3>Request 2</h3>\n<p><b>Fandom:</b> The Glass Orchard (books)<br />\n<b>Characters:</b> Wenna, Old Tamar<br />\n<b>Rating:</b> G to teen<br />\n'
        '<b>Prompt:</b> Wenna’s first winter as the orchard keeper. Found family, weather, a lot of soup.</p>\n'
        '<p><b>Likes:</b> competence, small towns, letters, ghosts that are sad rather than scary.<br />\n<b>DNWs:</b> major character death, modern AUs.</p>\n'
        + ph(['Thank you again, and happy Yuletide!']))
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'Dear Yuletide Writer (2016)', 'date': (2016, 10, 18, '21:00'), 'tags': ['yuletide', 'dear author'], 'html': html,
     'comments': [('harbourclock', 'Oh, these are lovely prompts. Good luck in the draw!')]}
page('dw-core2-2016-exchange-dear-writer-letter-notstory', f'dw-2016-{J}-12044.html', u, 'dreamwidth', 'not-story', 2016, ['dw-core2-style', 'exchange', 'dear-author-letter', 'not-story'],
     'DW core2 (Crossroads): an exchange’s “DEAR WRITER” LETTER, two request blocks of Fandom / Characters / Rating / Prompt under `&lt;h3&gt;` headings, then Likes / DNWs: not a story',
     dw_page('entry', [e], J, 'fieldfare notes', 'Crossroads', u, 'fieldfare notes: Dear Yuletide Writer (2016)', year=2016), [])

# N2. a role-play community's character APPLICATION with a writing sample (InsaneJournal, S2 S1 Shortcomings, 2011)
C, P = 'lanternrow_rp', 'quillon_play'
CB = 'http://community.insanejournal.com/lanternrow_rp/'
u = CB + '5521.html'
html = ('<b>Player Name:</b> Quill<br />\n<b>Player Journal:</b> ' + lj_user_old(P, site='insanejournal.com') + '<br />\n<b>Contact:</b> AIM quillonplays<br />\n'
        '<b>Character Name:</b> Corvin Hale<br />\n<b>Canon:</b> original character<br />\n<b>Age:</b> 34<br />\n'
        '<b>Personality:</b> Dry, patient, a liar about small things and honest about large ones. Keeps a ledger of favours owed.<br />\n'
        '<b>History:</b> Grew up above a chandler’s shop on Lantern Row; left for the navy at sixteen; came back at thirty with one good eye and a lot of money nobody can account for.<br /><br />\n'
        '<b>Writing Sample:</b><br />\n'
        + ph(['Corvin unlocked the shop at six, as he did every morning, and stood for a moment in the doorway with the key still in his hand. The street was empty. The lamps were still lit. Somebody had left a fish on the step, which meant somebody wanted something.',
              'He picked it up by the tail, considered it, and went inside to put the kettle on.'])
        + '\n<p>Thank you for reading! I’m happy to answer any questions.</p>')
e = {'url': u, 'jbase': CB, 'journal': C, 'poster': P, 'subject': 'Application: Corvin Hale', 'date': (2011, 3, 27, '15:45'), 'site': 'insanejournal.com',
     'tags': ['application', 'accepted'], 'html': html, 'comments': [('lanternrow_mod', 'Accepted! Welcome to Lantern Row. Please add yourself to the cast list.')]}
page('ij-s1short-2011-community-rp-application-sample-notstory', f'ij-2011-{C}-5521.html', u, 'insanejournal', 'not-story', 2011,
     ['s2-s1shortcomings', 'insanejournal', 'community', 'rp-application', 'not-story'],
     'InsaneJournal role-play community lanternrow_rp (S2 S1 Shortcomings, community.insanejournal.com/NAME/): a character APPLICATION, Player Name / Player Journal / Contact / Character Name / Canon / Age / Personality / History labels and a two-paragraph “Writing Sample:” in the character’s voice: not a story',
     s1short_page('entry', e, 'Lantern Row', 'a harbour-town RP', 2011, kind='C'), [])

# N3. a blanket permission statement (LJ, S2 S1 Shortcomings, 2010)
J = 'mossgrove'
u = 'http://mossgrove.livejournal.com/4820.html'
html = (ph(['Because people have asked: this is my blanket permission statement. It covers everything in my fic tag, past and future, unless a post says otherwise.'])
        + '\n<p><b>Podfic:</b> yes, always, please tell me so I can listen!<br />\n<b>Fanart:</b> yes<br />\n<b>Translations:</b> yes; link back to the original, and let me know<br />\n'
        '<b>Remixes:</b> yes<br />\n<b>Archiving:</b> please ask first<br />\n<b>Sequels and continuations:</b> go for it</p>\n'
        + ph(['If you make something, leave me a link in the comments here. That is all!']))
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'blanket permission statement', 'date': (2010, 5, 30, '13:10'), 'tags': ['about my fic', 'permissions'], 'html': html,
     'comments': [('reedvoice_pod', 'Thank you! I have had my eye on one of yours for ages.')]}
page('lj-s1short-2010-blanket-permission-statement-notstory', f'lj-2010-{J}-4820.html', u, 'livejournal', 'not-story', 2010, ['s2-s1shortcomings', 'permission-statement', 'not-story'],
     'LJ (S2 S1 Shortcomings entry page): a BLANKET PERMISSION STATEMENT for the writer’s fic, bold Podfic / Fanart / Translations / Remixes / Archiving / Sequels labels with yes / ask answers: not a story',
     s1short_page('entry', e, 'moss grove', '', 2010), [])

# N4. an episode reaction post (Scribbld, S2 Understroke, 2009): Episode / Spoilers / Rating labels
J = 'lanternfall'
u = 'http://lanternfall.scribbld.com/2290.html'
html = ('<b>Episode:</b> 2x04, “The Drowned Bell”<br />\n<b>Spoilers:</b> up to and including this episode<br />\n<b>Rating:</b> four lighthouses out of five<br /><br />\n'
        '<ul><li>THE BELL. When it rang under the water I actually yelled.</li><li>Maud and the harbourmaster arguing over the tide tables is my favourite thing this season.</li>'
        '<li>I do not trust the new curate and I never will.</li><li>That last shot of the clock! Next week cannot come fast enough.</li></ul>\n'
        + ph(['Comments are open for flailing, but please cut spoilers for the preview.']))
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'Tide Clocks 2x04 reaction (spoilers!)', 'date': (2009, 2, 12, '23:30'), 'site': 'scribbld.com',
     'tags': ['tide clocks', 'reaction post'], 'html': html, 'comments': [('harbourclock', 'THE CURATE. Agreed, completely untrustworthy.')]}
page('sc-understroke-2009-episode-reaction-labels-notstory', f'sc-2009-{J}-2290.html', u, 'scribbld', 'not-story', 2009, ['s2-understroke', 'scribbld', 'episode-reaction', 'not-story'],
     'Scribbld (S2 Understroke entry page): an EPISODE REACTION post headed by Episode / Spoilers / Rating labels (“Rating: four lighthouses out of five”), then a bulleted list of reactions: not a story',
     understroke_page('entry', [e], J, 'lanternfall', u, f'lanternfall: {e["subject"]}', 2009, site='scribbld.com'), [])

# N5. a community NEWSLETTER (DW, 2015): new fic, art, discussion and announcements, each fic with its rating and length
C, P = 'tideclocks_news', 'newsletter_tern'
u = 'https://tideclocks-news.dreamwidth.org/41207.html'
html = ('<p><b>Tide Clocks Newsletter #42</b> — 8 to 14 June</p>\n<p><u>Fic</u></p>\n<ul>'
        '<li><a href="https://harbourclock.dreamwidth.org/3301.html">The Slack Water</a> by ' + dw_user('harbourclock') + ' (G, 1,200 words) Maud, the harbourmaster</li>'
        '<li><a href="https://curate-watch.dreamwidth.org/880.html">Vestry</a> by ' + dw_user('curate_watch') + ' (Teen, 3,400 words, 2/5) the curate</li>'
        '<li><a href="https://saltbox-tales.dreamwidth.org/1542.html">Six Bells</a> by ' + dw_user('saltbox_tales') + ' (G, drabble)</li></ul>\n'
        '<p><u>Art</u></p>\n<ul><li><a href="https://inkwave-art.dreamwidth.org/611.html">The harbour at night</a> by ' + dw_user('inkwave_art') + ' (G)</li></ul>\n'
        '<p><u>Discussion</u></p>\n<ul><li><a href="https://lanternfall.dreamwidth.org/402.html">Who really stopped the clock?</a> (spoilers to 2x04)</li></ul>\n'
        '<p><u>Announcements</u></p>\n<ul><li>The summer ficathon sign-ups open on the 20th!</li></ul>\n'
        + ph(['To have your work listed, comment on this week’s post or tag it “tide clocks” on the reading list.']))
e = {'url': u, 'journal': C, 'poster': P, 'community': True, 'subject': 'Tide Clocks Newsletter #42', 'date': (2015, 6, 15, '08:00'), 'tags': ['newsletter'], 'html': html,
     'comments': [('curate_watch', 'Thank you for the rec!')]}
page('dw-core2-2015-community-newsletter-notstory', f'dw-2015-{C}-41207.html', u, 'dreamwidth', 'not-story', 2015, ['dw-core2-style', 'community', 'newsletter', 'not-story'],
     'A fandom NEWSLETTER community (DW core2 Steppingstones): “Tide Clocks Newsletter #42” with underlined Fic / Art / Discussion / Announcements sections, each fic linked with its writer, rating, length and a “2/5”: not a story, no masterpost',
     dw_page('entry', [e], C, 'tide clocks newsletter', 'Stepping Stones', u, 'tide clocks newsletter: Tide Clocks Newsletter #42', year=2015), [])

# N6. a new-layout credits post (JournalFen, S2 Haven, 2008): Layout / Header image / Base code / Fonts / Icon labels
J = 'brackenwise'
u = 'http://www.journalfen.net/users/brackenwise/1299.html'
html = ('New layout! Spring cleaning came early this year.<br /><br />\n<b>Layout:</b> Haven, customised by me<br />\n'
        '<b>Header image:</b> a photo of the millpond at Upcott, taken by me in April<br />\n<b>Base code:</b> from <a href="http://www.journalfen.net/users/haven_help/">haven_help</a><br />\n'
        '<b>Fonts:</b> Georgia, with Verdana for the sidebar<br />\n<b>Icon:</b> by <a href="http://www.journalfen.net/users/inkcap_icons/">inkcap_icons</a><br /><br />\n'
        'Tell me if anything looks broken in your browser? Especially the comment pages.')
e = {'url': u, 'journal': J, 'poster': J, 'subject': 'new layout!', 'date': (2008, 3, 1, '14:20'), 'site': 'journalfen.net', 'tags': ['journal stuff'], 'html': html,
     'comments': [('upcott_wheel', 'Looks lovely! Comment pages fine in Firefox.')]}
page('jf-haven-2008-layout-credits-labels-notstory', f'jf-2008-{J}-1299.html', u, 'journalfen', 'not-story', 2008, ['s2-haven', 'journalfen', 'layout-credits', 'not-story'],
     'JournalFen (S2 Haven entry page): a NEW-LAYOUT post with its credits in bold labels (Layout / Header image / Base code / Fonts / Icon): not a story',
     haven_page('entry', [e], J, 'brackenwise', u, 2008, site='journalfen.net'), [])
