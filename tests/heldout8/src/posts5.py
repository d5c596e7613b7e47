"""tests/heldout8: Dreamwidth core2 styles no corpus used (Compartmentalize, Tranquility III, Leftovers, Modular), the
site skin in Gradation Vertical for a community, and Wayback copies captured 2014–2017."""
from corpus import body, brh, dwu, fields, hdr, page, part, ph, story
from layouts import dw_page, wayback, wb
from posts import lju
from s2y import dw_site_page
from s2z import haven_page, deardiary_page, scheme_entry_page

# DW site skin (Gradation Vertical), a community ficlet with `Label ≈ X` lines, 2017.
SF = 'https://saltfleet-fic.dreamwidth.org/'
sf_prose = ['The tide-clock in the harbourmaster’s window ran backwards on Sundays. Everyone in Saltfleet knew, and nobody minded, because on Sundays nobody went out.',
            'The new curate minded. He wrote to the bishop, and the bishop wrote to the harbourmaster, and the harbourmaster, who was eighty-three and had been waiting his whole life for someone to ask, wrote back eleven pages about the moon.',
            'The bishop did not reply. But the next Sunday the curate was seen on the quay with his watch in his hand, frowning at the window, and the Sunday after that he brought a notebook.']
sfe = {'url': SF + '2760.html', 'journal': 'saltfleet_fic', 'poster': 'curate_wren', 'community': True, 'poster_name': 'wren', 'subject': 'Sunday Tide', 'date': (2017, 5, 14, '15:30'),
       'tags': ['author: curate_wren', 'length: ficlet'], 'currents': [('Mood', 'amused')],
       'html': hdr([('Title', 'Sunday Tide'), ('Author', dwu('curate_wren')), ('Rating', 'General Audiences'), ('Word count', '128'), ('Notes', 'For the “clocks” theme week.')], fmt='<b>{L}</b> &asymp; {V}') + '<br /><br />\n' + ph(sf_prose),
       'comments': [('tidewatcher', 'Eleven pages about the moon!')]}
page('dw-siteskin-gradation-2017-community-sundaytide', 'dw-2017-saltfleet_fic-2760-site.html', sfe['url'] + '?style=site', 'dreamwidth', 'story', 2017,
     ['dw-site-skin', 'community', 'ficlet', 'decorated'],
     'A DW community entry in the site skin (`?style=site`, Gradation Vertical, 2017): “wren (curate_wren) wrote in saltfleet_fic”, the subject as `h3.entry-title` inside `div.contents` with the text; `<b>Label</b> ≈ X` lines with Author (dwuser) and Notes; both URLs listed',
     dw_site_page(sfe, 'Sunday Tide', 2017, skin='gradation-vertical'),
     [story(sfe['url'], 'curate_wren', 'saltfleet_fic', fields(title='Sunday Tide', author='curate_wren', rating='General Audiences', wordCount='128', notes='For the “clocks” theme week.'), None,
            body('sundaytide', sf_prose), exclude=['Eleven pages about the moon!', 'amused'])],
     also=[sfe['url']])

# DW core2 Compartmentalize (2015): a ficlet with a typed "feeling ⇢ … · hearing ⇢ …" line BETWEEN header and prose.
MF = 'https://millfleet.dreamwidth.org/'
cm_prose = ['Old Dunnock sharpened the mill’s stones every Michaelmas, with a chisel and a mallet and a song that went on for exactly as long as the job did.',
            'Nobody else knew the words. When he got too old for the stones his granddaughter tried, with a book of diagrams and a better chisel, and the flour came out grey and gritty for a month.',
            'Then she went and sat by his bed and made him sing it to her, all of it, twice, and wrote it down, and the next year the flour was white as snow.']
cme = {'url': MF + '4410.html', 'journal': 'millfleet', 'poster': 'millfleet', 'subject': 'fic: The Dressing Song', 'date': (2015, 9, 29, '21:10'),
       'tags': ['fic', 'original'],
       'html': hdr([('Title', 'The Dressing Song'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '113')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n'
               + '<p><small>feeling &#8674; nostalgic &middot; hearing &#8674; the mill race</small></p>\n' + ph(cm_prose),
       'comments': [('tidewatcher', 'White as snow. I love a work song.')]}
page('dw-compartmentalize-2015-moodline-between-dressingsong', 'dw-2015-millfleet-4410.html', cme['url'], 'dreamwidth', 'story', 2015,
     ['dw-core2-style', 'ficlet', 'metadata-inside'],
     'DW core2 Compartmentalize (2015): `<b>Label:</b>` header, then a small typed “feeling ⇢ nostalgic · hearing ⇢ the mill race” line BETWEEN header and prose (not body); subject “fic: The Dressing Song”',
     dw_page('entry', [cme], 'millfleet', 'mill fleet', 'Compartmentalize', cme['url'], cme['subject'], year=2015),
     [story(cme['url'], 'millfleet', 'millfleet', fields(title='The Dressing Song', fandom='Original', rating='G', wordCount='113'), None, body('dressingsong', cm_prose),
            exclude=['feeling ⇢ nostalgic', 'White as snow. I love a work song.'])])

# DW core2 Tranquility III recent page (2016): a drabble with a header AFTER a centred title, a signal boost for an exchange (not a
# story), a personal post with a part marker.
TW = 'https://tidewatcher.dreamwidth.org/'
tw_prose = ['My grandmother read the tide tables the way other women read novels, in bed, with a cup of cocoa, turning the pages slowly.',
            '“High water three-fourteen,” she would murmur, satisfied, as if a character she liked had done something clever. “Spring tide Thursday. Well, well.”',
            'When she died we found she had annotated forty years of them in pencil, in the margins: who had been born on which tide, and who had drowned, and who had come home.']
tw1 = {'url': TW + '8812.html', 'journal': 'tidewatcher', 'poster': 'tidewatcher', 'subject': 'drabble: High Water', 'date': (2016, 1, 22, '22:40'),
       'tags': ['fic', 'drabble'], 'ncomments': 3,
       'html': '<center><b>High Water</b></center>\n<p><i>Rating:</i> G &bull; <i>Words:</i> 100 &bull; <i>Prompt:</i> tables</p>\n' + ph(tw_prose)}
tw2 = {'url': TW + '8790.html', 'journal': 'tidewatcher', 'poster': 'tidewatcher', 'subject': 'signal boost: Small Craft exchange', 'date': (2016, 1, 21, '10:00'),
       'tags': ['signal boost', 'exchanges'], 'ncomments': 0,
       'html': '<p>' + dwu('small_craft')[0] + ' is running its first exchange!</p><p><b>What:</b> fic, art or podfic about boats, any fandom<br /><b>Minimum:</b> 500 words or one sketch<br /><b>Sign-ups:</b> until February 1st</p><p>Go, go, it is going to be lovely.</p>'}
tw3 = {'url': TW + '8745.html', 'journal': 'tidewatcher', 'poster': 'tidewatcher', 'subject': 'the flood, part 2', 'date': (2016, 1, 19, '18:25'),
       'tags': ['life'], 'ncomments': 6,
       'html': '<p>Part two of the flood: the water went down, the carpet did not come back up, and the insurance man said “hmm” nine times. I counted.</p>'}
page('dw-tranquility-2016-recent-drabble-signalboost-flood', 'dw-2016-tidewatcher-recent.html', TW, 'dreamwidth', 'index', 2016,
     ['dw-core2-style', 'index', 'drabble', 'exchange', 'personal', 'part-marker'],
     'A DW recent page in core2 Tranquility III (2016): a drabble whose title is a centred bold line with an italic-label “Rating: G • Words: 100 • Prompt: tables” line under it; a signal boost for an exchange (What / Minimum / Sign-ups lines: not a story); “the flood, part 2” (a personal post: not a story)',
     dw_page('recent', [tw1, tw2, tw3], 'tidewatcher', 'tide watcher', 'Tranquility III', TW, 'tide watcher', year=2016),
     [story(tw1['url'], 'tidewatcher', 'tidewatcher', fields(title='High Water', rating='G', wordCount='100', prompt='tables'), None, body('highwater', tw_prose),
            exclude=['Go, go, it is going to be lovely.', 'the insurance man'])])

# DW core2 Leftovers (2014): a lone chapter "— ch. four of six" with a "Previously:" label linking chapter three (not in the corpus).
SI = 'https://ironsalt.dreamwidth.org/'
si_prose = ['The salt-boilers’ strike went into its third week, and in the pans along the shore the brine stood still and grey and began, slowly, to crust over.',
            'Meg Aske walked the pans every morning anyway, out of habit, and broke the crust with a stick, and watched the brine underneath catch the light. Her father said it was a waste of a morning. Her father had also said the strike would be over in a week.',
            'On the twentieth morning the owner’s carriage came down the shore road, very slowly, and stopped at the end of the pans, and nobody got out of it for a long time.']
sie = {'url': SI + '3307.html', 'journal': 'ironsalt', 'poster': 'ironsalt', 'subject': 'Salt and Iron — ch. four of six', 'date': (2014, 7, 8, '20:05'),
       'tags': ['fic', 'salt and iron'],
       'html': hdr([('Previously', (f'<a href="{SI}3120.html">ch. three</a>', 'ch. three')), ('Title', 'Salt and Iron'), ('Fandom', 'Original'), ('Rating', 'PG-13'), ('Words', '132 (this chapter)')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + ph(si_prose),
       'comments': [('millfleet', 'The carriage! Nobody getting out!'), ('ironsalt', 'Two more to go!')]}
page('dw-leftovers-2014-ch4of6-previously-saltandiron', 'dw-2014-ironsalt-3307.html', sie['url'], 'dreamwidth', 'story', 2014,
     ['dw-core2-style', 'part-marker', 'unlisted-label'],
     'DW core2 Leftovers (2014): a lone chapter, subject “Salt and Iron — ch. four of six” (number words after “ch.”), the header opening with an unlisted “Previously: ch. three” link (chapter 3, not in the corpus); “Words: 132 (this chapter)”',
     dw_page('entry', [sie], 'ironsalt', 'iron & salt', 'Leftovers', sie['url'], sie['subject'], year=2014),
     [story(sie['url'], 'ironsalt', 'ironsalt', fields(title='Salt and Iron', fandom='Original', rating='PG-13', wordCount='132 (this chapter)'), part(4, 6), body('saltandiron-4', si_prose),
            exclude=['Previously: ch. three', 'Nobody getting out!'])])

# DW core2 Modular tag page (2017): a ficlet and a header-only post with an "AO3:" label whose value is the link.
LW = 'https://lowtide-lit.dreamwidth.org/'
md_prose = ['The last ferryman on the Wend took no money. He took stories instead, one per crossing, and the longer the river the longer the story had to be.',
            'Most people told him about their lives. A few lied, and he always knew, and took them across anyway, and charged them double on the way back.',
            'Once, a child told him a story about a ferryman who took no money, and he was so surprised that he forgot to row, and they drifted all the way to the sea.']
md1 = {'url': LW + '5120.html', 'journal': 'lowtide_lit', 'poster': 'lowtide_lit', 'subject': 'Fare', 'date': (2017, 8, 30, '20:00'), 'tags': ['fic', 'ficlet'], 'ncomments': 2,
       'html': hdr([('Title', 'Fare'), ('Rating', 'G'), ('Words', '104')], fmt='<b>{L}</b> - {V}') + '<br /><br />\n' + ph(md_prose)}
ao3b = 'https://archiveofourown.org/works/11920884'
md2 = {'url': LW + '4981.html', 'journal': 'lowtide_lit', 'poster': 'lowtide_lit', 'subject': 'new fic! The Drowned Bell', 'date': (2017, 8, 25, '19:15'), 'tags': ['fic', 'ao3'], 'ncomments': 5,
       'html': hdr([('Title', 'The Drowned Bell'), ('Rating', 'Teen'), ('Words', '12,400'), ('Summary', 'A bell rings under the bay every night at eleven. Someone has to find out why.'),
                    ('AO3', (f'<a href="{ao3b}">{ao3b}</a>', ao3b))], fmt='<b>{L}</b> - {V}') + '<br /><br />\n<p>Huge thanks to ' + dwu('tidewatcher')[0] + ' for the beta!</p>'}
page('dw-modular-2017-tag-ficlet-headeronly-ao3label', 'dw-2017-lowtide_lit-tag-fic.html', LW + 'tag/fic', 'dreamwidth', 'index', 2017,
     ['dw-core2-style', 'index', 'tag', 'ficlet', 'header-only', 'ao3'],
     'A DW tag page (/tag/fic) in core2 Modular (2017): a ficlet with `<b>Label</b> - X` lines; a header-only post whose last header line is “AO3 - https://archiveofourown.org/works/…” (the label’s value is the link, its text the address) and a beta thank-you',
     dw_page('tag', [md1, md2], 'lowtide_lit', 'low tide literature', 'Modular', LW + 'tag/fic', 'low tide literature', year=2017),
     [story(md1['url'], 'lowtide_lit', 'lowtide_lit', fields(title='Fare', rating='G', wordCount='104'), None, body('fare', md_prose), exclude=['Huge thanks to']),
      story(md2['url'], 'lowtide_lit', 'lowtide_lit', fields(title='The Drowned Bell', rating='Teen', wordCount='12,400', summary='A bell rings under the bay every night at eleven. Someone has to find out why.'), None,
            headerOnly=True, elsewhere=[ao3b], exclude=['Huge thanks to'])])

# ======================================================================= Wayback copies captured 2014–2017
# W1 (2015 capture): an LJ site-scheme entry, a ficlet in a comm-style header with "Prompt:".
W1U = 'http://ropewalk-rhi.livejournal.com/40402.html'
w1_prose = ['The wheel-boy at the ropewalk was called Tam and he had never once, in four years, been allowed to do anything but turn the wheel.',
            'He did not mind. He counted. Forty-one turns for a cable, nine for a lanyard, two hundred and six for the great hawser that went to the Admiralty every spring. He knew the sound of every rope in Hythe by the turns that had made it.',
            'So when the hawser parted in the March gale, and the ship dragged, and the whole town ran to the quay, it was Tam who said, quietly, “That was never two hundred and six,” and the foreman who went white.']
w1 = {'url': W1U, 'journal': 'ropewalk_rhi', 'poster': 'ropewalk_rhi', 'subject': 'fic: Hemp and Tar', 'date': (2015, 1, 17, '20:30'), 'tags': ['fic', 'original'],
      'html': hdr([('Title', 'Hemp and Tar'), ('Rating', 'PG'), ('Prompt', 'count'), ('Words', '127')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + ph(w1_prose),
      'comments': [('hythe_harbour', 'The foreman who went white. Ohh.')]}
ts1 = '20150402113307'
page('wayback-lj-scheme-2015-hempandtar', 'wayback-2015-ropewalk_rhi-40402.html', wb(ts1, W1U), 'wayback', 'story', 2015,
     ['wayback', 'lj-site-scheme', 'ficlet'],
     'Wayback copy (2015-04-02, /web/TS/ links) of an LJ site-scheme entry page (2015): `<b>Label:</b>` header with Prompt; story URL is the original LJ URL',
     wayback(scheme_entry_page(w1, 'rhi at the ropewalk', 2015), ts1, W1U),
     [story(W1U, 'ropewalk_rhi', 'ropewalk_rhi', fields(title='Hemp and Tar', rating='PG', prompt='count', wordCount='127'), None, body('hempandtar', w1_prose), exclude=['The foreman who went white.'])])

# W2 (2017 capture, absolute links): a DW Compartmentalize entry, a double drabble with "Title ::" labels after an opening note.
W2U = 'https://millfleet.dreamwidth.org/5106.html'
w2_prose = ['Every autumn the eels went down the river to the sea, and every autumn old Dunnock sat up all night at the mill sluice to let them through.',
            'He did not fish for them. He did not count them. He only sat there with the sluice gate open and a lantern turned low, listening to them go past in the dark, thousands of them, a long slithering whisper under the water like a crowd leaving church.',
            'His granddaughter asked him once what it was for. He thought about it for a long time.',
            '“Somebody ought to see them off,” he said at last. “It’s a long way, the sea.” She sits up now, in his place, every autumn. She has never once been able to explain why to anyone, and has stopped trying.']
w2 = {'url': W2U, 'journal': 'millfleet', 'poster': 'millfleet', 'subject': 'double drabble: Seeing Them Off', 'date': (2017, 10, 21, '23:05'), 'tags': ['fic', 'drabble'],
      'html': '<p>Another one about the mill, because apparently that is what I write now.</p>\n' + hdr([('Title', 'Seeing Them Off'), ('Rating', 'G'), ('Length', '200 words')], fmt='<b>{L} ::</b> {V}') + '<br /><br />\n' + ph(w2_prose),
      'comments': [('tidewatcher', 'Somebody ought to see them off. ♥')]}
ts2 = '20171103081544'
page('wayback-dw-compartmentalize-2017-doubledrabble-seeingthemoff', 'wayback-2017-millfleet-5106.html', wb(ts2, W2U), 'wayback', 'story', 2017,
     ['wayback', 'dw-core2-style', 'drabble', 'decorated'],
     'Wayback copy (2017-11-03, absolute https://web.archive.org/web/… links) of a DW core2 Compartmentalize entry: an opening chatter line, then `<b>Label ::</b> X` header; a double drabble; story URL is the original DW URL',
     wayback(dw_page('entry', [w2], 'millfleet', 'mill fleet', 'Compartmentalize', W2U, w2['subject'], year=2017), ts2, W2U, absolute=True),
     [story(W2U, 'millfleet', 'millfleet', fields(title='Seeing Them Off', rating='G', wordCount='200 words'), None, body('seeingthemoff', w2_prose),
            exclude=['apparently that is what I write now', 'Somebody ought to see them off. ♥'])])

# W3 (2014 capture): an LJ Dear Diary entry, a lone chapter "2nd of 3" whose header says where the first is.
W3U = 'http://saltmarsh-sal.livejournal.com/20118.html'
w3_prose = ['The ropemaker’s son came back from the war in the spring, with one good hand and a letter he would not show anyone.',
            'His father put him on the wheel, because a man with one hand can still turn a wheel, and said nothing about the letter, and the son said nothing either, and for a month the only sound in the ropewalk was the creak of the wheel and the hiss of the yarn.',
            'Then one evening the father came down the walk with two mugs of tea, and sat on the bench, and held out his hand for the letter, and the son, to his own surprise, gave it to him.']
w3 = {'url': W3U, 'journal': 'saltmarsh_sal', 'poster': 'saltmarsh_sal', 'subject': 'The Ropemaker’s Son, 2nd of 3', 'date': (2013, 11, 2, '21:50'), 'tags': ['fic', 'the ropemaker’s son'],
      'currents': [('Mood', 'melancholy')],
      'html': '<i>(1st of 3 is <a href="http://saltmarsh-sal.livejournal.com/19877.html">over here</a>.)</i><br /><br />\n'
              + hdr([('Title', 'The Ropemaker’s Son'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Length', '129 words')], fmt='<b>{L}</b> &rArr; {V}') + '<br /><br />\n' + brh(w3_prose),
      'comments': [('pinfeather_art', 'Two mugs of tea. My heart.')]}
ts3 = '20140611194402'
page('wayback-lj-deardiary-2014-2ndof3-ropemakersson', 'wayback-2014-saltmarsh_sal-20118.html', wb(ts3, W3U), 'wayback', 'story', 2014,
     ['wayback', 'dear-diary', 'part-marker'],
     'Wayback copy (2014-06-11, /web/TS/ links) of an LJ S2 Dear Diary entry (2013): a lone chapter, subject “The Ropemaker’s Son, 2nd of 3” (a numeric ordinal), an italic “(1st of 3 is over here.)” line above the `<b>Label</b> ⇒ X` header (part 1 not in the corpus); story URL is the original LJ URL',
     wayback(deardiary_page('entry', [w3], 'saltmarsh_sal', 'salt marsh & samphire', W3U, 2013), ts3, W3U),
     [story(W3U, 'saltmarsh_sal', 'saltmarsh_sal', fields(title='The Ropemaker’s Son', fandom='Original', rating='PG', wordCount='129 words'), part(2, 3), body('ropemakersson-2', w3_prose),
            exclude=['1st of 3 is over here', 'melancholy', 'Two mugs of tea.'])])

import posts6  # noqa: E402,F401
