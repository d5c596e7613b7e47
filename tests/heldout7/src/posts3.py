"""tests/heldout7: single stories, header-only posts and not-stories on Understroke, Digital Multiplex (LJ, InsaneJournal,
JournalFen, DeadJournal), the DW site skin, and Wayback copies captured 2011-2013."""
from layouts import wayback, wb
from corpus import body, brh, dwu, fields, hdr, page, ph, story
from posts import lju
from s2y import understroke_page, multiplex_page, dw_site_page


def site_html(html, site):
    """An S2 layer as an LJ fork serves it: its hosts and name in place of LiveJournal's."""
    name = {'insanejournal.com': 'InsaneJournal', 'deadjournal.com': 'DeadJournal', 'journalfen.net': 'JournalFen'}[site]
    return (html.replace('l-stat.livejournal.com', 'stat.' + site).replace('l-userpic.livejournal.com', 'userpic.' + site)
            .replace('stat.livejournal.com', 'stat.' + site).replace('livejournal.com', site).replace('LiveJournal', name))


# ----------------------------------------------------------------------- S1. A drabble whose header comes AFTER the prose (LJ Understroke 2010)
U1 = 'http://brinewater.livejournal.com/'
p1 = ['The ice well was older than the house. Grandfather said the monks had dug it, and Grandmother said that was nonsense, it was the Romans, and they argued about it every summer when the children were sent down the ladder for the butter.',
      'Kit went down alone the year she was ten. At the bottom, under the straw, the cold smelled of stone and old apples, and something in the dark wall breathed out, slowly, once, like a sleeper turning over. She took the butter. She did not tell either of them. She let them keep their argument.']
e = {'url': U1 + '11802.html', 'journal': 'brinewater', 'poster': 'brinewater', 'subject': 'drabble: the ice well', 'date': (2010, 7, 14, '23:51'), 'tags': ['drabble', 'original fic'],
     'currents': [('Mood', 'sleepy')],
     'html': brh(p1) + '<br /><br />\n<hr />\n<small>' + hdr([('Title', 'The Ice Well'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '100 (and a title)')], fmt='{L}: {V}') + '</small>',
     'comments': [('sedge_and_rush', 'The breathing wall!!'), ('brinewater', 'Hee, thank you.')]}
page('lj-understroke-2010-drabble-headerafter-icewell', 'lj-2010-brinewater-11802.html', e['url'], 'livejournal', 'story', 2010,
     ['understroke', 'drabble', 'header-after', 'metadata-above'],
     'A drabble on LJ S2 Understroke (2010) whose header comes AFTER the prose: the text, an `<hr />`, then a `<small>` block of plain “Label: X” lines (Title, Fandom, Rating, “Words: 100 (and a title)”); subject “drabble: the ice well”',
     understroke_page('entry', [e], 'brinewater', 'brinewater', e['url'], 'brinewater: drabble: the ice well', 2010),
     [story(e['url'], 'brinewater', 'brinewater', fields(title='The Ice Well', fandom='Original', rating='G', wordCount='100 (and a title)'), None, body('icewell', p1),
            exclude=['sleepy', 'The breathing wall!!', 'Words: 100 (and a title)'])])

# ----------------------------------------------------------------------- S2. A ficlet on DeadJournal, Digital Multiplex (2004), header in a blockquote with "Label ~ X"
DJ = 'http://www.deadjournal.com/users/mothlantern/'
p2 = ['They buried the old dog under the quince tree, because that was where he had always lain in August, and Dad said a few words that were mostly about how many shoes the dog had eaten.',
      'That night Rosie heard claws on the back step, click click click, the way he used to come in from the yard. She did not get up. In the morning there was a shoe on the mat, one of Dad’s good ones, chewed to ribbons, and nobody said anything about it, and Dad wore the other one to work anyway.']
e = {'url': DJ + '2290.html', 'journal': 'mothlantern', 'poster': 'mothlantern', 'subject': 'quince', 'date': (2004, 8, 22, '01:14'), 'site': 'deadjournal.com',
     'currents': [('Mood', 'melancholy'), ('Music', 'the Cure, obviously')],
     'html': '<blockquote>' + hdr([('Title', 'Quince'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Warnings', 'pet death'), ('Length', '105 words')], fmt='{L} ~ {V}') + '</blockquote>\n' + brh(p2),
     'comments': [('grave_goods', 'the SHOE. crying.')]}
page('dj-multiplex-2004-blockquoteheader-quince', 'dj-2004-mothlantern-2290.html', e['url'], 'deadjournal', 'story', 2004,
     ['digital-multiplex', 'deadjournal', 'ficlet', 'decorated', 'heading-bar'],
     'A ficlet on DeadJournal in S2 Digital Multiplex (2004, www.deadjournal.com/users/NAME/N.html): the header in a `<blockquote>` of `Label ~ X` lines (a tilde, no colon) with “Warnings: pet death” and “Length: 105 words”; Current Mood / Music in `div.currents` after the text',
     site_html(multiplex_page('entry', [e], 'mothlantern', 'the moth and the lantern', e['url'], 'the moth and the lantern - quince', 2004, site='deadjournal.com'), 'deadjournal.com'),
     [story(e['url'], 'mothlantern', 'mothlantern', fields(title='Quince', fandom='Original', rating='PG', warnings='pet death', wordCount='105 words'), None, body('quince', p2),
            exclude=['melancholy', 'the SHOE. crying.'])])

# ----------------------------------------------------------------------- S3. A DW personal entry in the site skin (Celerity, 2016): `<b>Label</b> ❧ X`
OW = 'https://owlery-lane.dreamwidth.org/'
p3 = ['The post office at Grimsby Staithe had one clerk, one cat and one letter that had been waiting for collection since 1911. The clerk, Mrs Oddie, dusted it every Friday.',
      'It was addressed to “The Keeper, Staithe Light,” and the light had been automatic since before Mrs Oddie was born. Nobody had ever come for it. She had stopped wondering what was inside it a long time ago, or said she had.',
      'On the first Friday in March a young woman in an oilskin came in out of the rain and asked, a little shyly, whether there was anything for the keeper. Mrs Oddie looked at her for a long moment. Then she fetched the letter down, and dusted it one last time, and handed it over without a word.']
e = {'url': OW + '52118.html', 'journal': 'owlery_lane', 'poster': 'owlery_lane', 'poster_name': 'Owlery', 'subject': 'For the Keeper', 'date': (2016, 3, 4, '20:02'),
     'tags': ['fic', 'original'], 'currents': [('Mood', 'rainy'), ('Location', 'the good armchair')],
     'html': hdr([('Title', 'For the Keeper'), ('Fandom', 'Original'), ('Rating', 'General Audiences'), ('Spoilers', 'none'), ('Disclaimers', 'mine, all mine'), ('Words', '150')], fmt='<b>{L}</b> ❧ {V}')
             + '<br /><br />\n' + ph(p3),
     'comments': [('staithe_gull', 'Who is she?! I need the letter.'), ('owlery_lane', 'Ha! It stays sealed.')]}
page('dw-siteskin-celerity-2016-fleuron-keeper', 'dw-2016-owlery_lane-52118.html', e['url'], 'dreamwidth', 'story', 2016,
     ['dw-site-skin', 'decorated'],
     'A DW entry seen in the site skin (?style=site, Celerity, 2016): “Owlery (owlery_lane) wrote”, the subject as `h3.entry-title` inside `div.contents.usercontent`, Mood and Location in `div.currents` above it; `<b>Label</b> ❧ X` header (a fleuron, no colon) with Spoilers and “Disclaimers”',
     dw_site_page(e, 'For the Keeper', 2016, skin='celerity'),
     [story(e['url'], 'owlery_lane', 'owlery_lane', fields(title='For the Keeper', fandom='Original', rating='General Audiences', spoilers='none', disclaimer='mine, all mine', wordCount='150'), None,
            body('forthekeeper', p3), exclude=['rainy', 'the good armchair', 'I need the letter'])],
     also=[e['url'] + '?style=site'])

# ----------------------------------------------------------------------- S4. An InsaneJournal community's recent page (Understroke, 2012): three posters
PD = 'http://community.insanejournal.com/porchlight_drabbles/'
p4a = ['Fog came up off the common at five and by six you could not see the church. The cows stood in it like furniture under dust sheets.',
       'Old Hal walked the boundary anyway, the way he had every evening for forty years, counting fence posts with his stick. He counted one more than there should have been. He counted again, and it was right, and he went home and did not walk the boundary the next night, or ever again.']
p4b = ['The tea shop on the pier shut for the winter on the last Sunday in October, and Bea and Lou had been arguing about the sign since noon.',
       '“CLOSED FOR THE SEASON,” Lou said. “It’s traditional.” “It’s bleak,” said Bea, and wrote SEE YOU IN SPRING, LOVES underneath it, with a heart, and Lou pretended to be annoyed about the heart all the way home.']
ea = {'url': PD + '30114.html', 'journal': 'porchlight_drabbles', 'poster': 'haywain_hal', 'community': True, 'subject': 'Fog on the Common', 'date': (2012, 11, 2, '19:40'), 'site': 'insanejournal.com',
      'tags': ['prompt: fog', 'rating: g'],
      'html': '<small>Rated: G &middot; Words: 100 &middot; Prompt: fog</small><br /><br />\n' + brh(p4a)}
eb = {'url': PD + '30087.html', 'journal': 'porchlight_drabbles', 'poster': 'pierend_bea', 'community': True, 'subject': 'Season', 'date': (2012, 11, 1, '21:05'), 'site': 'insanejournal.com',
      'tags': ['prompt: fog', 'rating: g'],
      'html': hdr([('Title', 'Season'), ('Ship(s)', 'Bea/Lou'), ('Rating', 'G'), ('Words', '100')], fmt='<i>{L}:</i> {V}') + '<br /><br />\n' + brh(p4b)}
ec = {'url': PD + '30002.html', 'journal': 'porchlight_drabbles', 'poster': 'porchlight_mod', 'community': True, 'subject': 'Round-up: challenge 88, "lantern"', 'date': (2012, 10, 30, '08:00'), 'site': 'insanejournal.com',
      'tags': ['mod post', 'round-up'],
      'html': 'Here are this week’s fills, in order of posting:<br /><ul>'
              f'<li><a href="{PD}29871.html">Hand-Lamp</a> by haywain_hal (G, 100 words)</li>'
              f'<li><a href="{PD}29902.html">Wick</a> by pierend_bea (PG, 100 words)</li>'
              f'<li><a href="{PD}29950.html">The Last Lantern on Tide Street</a> by an anonymous friend (G, 100 words)</li></ul>'
              'Challenge 89 is “fog”. Post your fills by Sunday!'}
page('ij-understroke-2012-community-recent-drabbles-roundup', 'ij-2012-porchlight_drabbles-recent.html', PD, 'insanejournal', 'index', 2012,
     ['understroke', 'index', 'community', 'drabble', 'header-inline', 'list-of-links', 'aside-summary'],
     'A drabble community’s recent page on InsaneJournal, S2 Understroke (2012, the legacy community.insanejournal.com/NAME/ host): `p.poster` names each poster; a drabble whose header is one `<small>` line “Rated: G · Words: 100 · Prompt: fog” (no Title: the subject is the title), a drabble with `<i>Label:</i> X` lines (“Ship(s)”), and the mods’ round-up listing three fills by three writers (not a story)',
     site_html(understroke_page('recent', [ea, eb, ec], 'porchlight_drabbles', 'porchlight drabbles', PD, 'porchlight drabbles', 2012, kind='C', site='insanejournal.com'), 'insanejournal.com'),
     [story(ea['url'], 'haywain_hal', 'porchlight_drabbles', fields(title='Fog on the Common', rating='G', wordCount='100', prompt='fog'), None, body('fogcommon', p4a), exclude=['Here are this week’s fills']),
      story(eb['url'], 'pierend_bea', 'porchlight_drabbles', fields(title='Season', pairing='Bea/Lou', rating='G', wordCount='100'), None, body('season', p4b), exclude=['Here are this week’s fills'])])

# ----------------------------------------------------------------------- S5. Wayback 2012 copy of an LJ Understroke header-only post (AO3)
HC = 'http://hedgecutter.livejournal.com/'
e = {'url': HC + '40551.html', 'journal': 'hedgecutter', 'poster': 'hedgecutter', 'subject': 'fic: Small Hours at the Halfway Inn', 'date': (2012, 1, 8, '15:33'),
     'tags': ['fic', 'ao3'], 'currents': [('Mood', 'relieved')],
     'html': hdr([('Title', 'Small Hours at the Halfway Inn'), ('Fandom', 'Original'), ('Characters', 'the landlady, a stranger, the inn cat'), ('Rating', 'Teen and Up'), ('Words', '4,300'),
                  ('Summary', 'Nobody arrives at the Halfway Inn after midnight. Somebody does.')]) + '<br /><br />\n'
             + 'Posted to AO3 because LJ ate my formatting twice: <a href="http://archiveofourown.org/works/331907">here</a>. Comments welcome in either place!',
     'comments': [('wold_walker', 'Off to read!')]}
wu = wb('20120219041122', e['url'])
page('wayback-lj-understroke-2012-headeronly-ao3-halfwayinn', 'wayback-2012-hedgecutter-40551.html', wu, 'wayback', 'story', 2012,
     ['wayback', 'understroke', 'header-only'],
     'Wayback copy (2012-02-19, /web/TS/ links, the 2009–2013 toolbar) of a header-only post on LJ S2 Understroke (2012): `<b>Label:</b>` header, then “Posted to AO3 because LJ ate my formatting twice: here.” (elsewhere: the original AO3 URL)',
     wayback(understroke_page('entry', [e], 'hedgecutter', 'the hedgecutter’s notebook', e['url'], 'the hedgecutter’s notebook: fic: Small Hours at the Halfway Inn', 2012), '20120219041122', e['url']),
     [story(e['url'], 'hedgecutter', 'hedgecutter', fields(title='Small Hours at the Halfway Inn', fandom='Original', characters='the landlady, a stranger, the inn cat', rating='Teen and Up', wordCount='4,300',
                                                             summary='Nobody arrives at the Halfway Inn after midnight. Somebody does.'), None,
            headerOnly=True, elsewhere=['http://archiveofourown.org/works/331907'])])

# ----------------------------------------------------------------------- S6. DeadJournal Digital Multiplex (2006) header-only -> fanfiction.net
DJ2 = 'http://www.deadjournal.com/users/cinderwick/'
e = {'url': DJ2 + '7712.html', 'journal': 'cinderwick', 'poster': 'cinderwick', 'subject': 'new fic! (finally)', 'date': (2006, 1, 30, '22:48'), 'site': 'deadjournal.com',
     'currents': [('Mood', 'accomplished')],
     'html': hdr([('Title', 'The Clockmaker’s Daughters'), ('Fandom', 'Original'), ('Rating', 'K+'), ('Chapters', '3, complete'), ('Summary', 'Three sisters, one broken clock and a very long winter.')], fmt='<u>{L}</u>: {V}')
             + '<br /><br />\nIt’s long-ish, so it lives on ff.net: <a href="http://www.fanfiction.net/s/2781094/1/">chapter one</a> (the others are linked from there). Reviews make me very happy!'}
page('dj-multiplex-2006-headeronly-ffnet-clockmaker', 'dj-2006-cinderwick-7712.html', e['url'], 'deadjournal', 'story', 2006,
     ['digital-multiplex', 'deadjournal', 'header-only', 'decorated', 'unlisted-label'],
     'Header-only post on DeadJournal, S2 Digital Multiplex (2006): `<u>Label</u>: X` lines with an unlisted “Chapters: 3, complete”, then “It’s long-ish, so it lives on ff.net: chapter one” (elsewhere: fanfiction.net)',
     site_html(multiplex_page('entry', [e], 'cinderwick', 'cinderwick', e['url'], 'cinderwick - new fic! (finally)', 2006, site='deadjournal.com'), 'deadjournal.com'),
     [story(e['url'], 'cinderwick', 'cinderwick', fields(title='The Clockmaker’s Daughters', fandom='Original', rating='K+', summary='Three sisters, one broken clock and a very long winter.'), None,
            headerOnly=True, elsewhere=['http://www.fanfiction.net/s/2781094/1/'])])

# ----------------------------------------------------------------------- S7. JournalFen Understroke (2008) header-only -> an LJ community entry
JF2 = 'http://www.journalfen.net/users/larkspur_row/'
e = {'url': JF2 + '15520.html', 'journal': 'larkspur_row', 'poster': 'larkspur_row', 'subject': 'fic: Breadcrumbs (at the comm)', 'date': (2008, 6, 9, '12:10'), 'site': 'journalfen.net',
     'tags': ['my fic'],
     'html': hdr([('Title', 'Breadcrumbs'), ('Fandom', 'Grimm’s Fairy Tales'), ('Characters', 'Gretel, the miller'), ('Rating', 'PG'), ('Word Count', '1,900'), ('Prompt', 'the oven, afterwards')], fmt='<b>{L}:</b> {V}')
             + '<br /><br />\nWritten for the fairy-tale challenge, so it’s <a href="http://afterwards-fic.livejournal.com/2204.html">posted at afterwards_fic</a>: click through, and do read the other entries too.'}
page('jf-understroke-2008-headeronly-community-breadcrumbs', 'jf-2008-larkspur_row-15520.html', e['url'], 'journalfen', 'story', 2008,
     ['understroke', 'journalfen', 'header-only', 'journal-and-community'],
     'Header-only post on JournalFen, S2 Understroke (2008): `<b>Label:</b>` header with Prompt, then “… it’s posted at afterwards_fic: click through” linking an LJ community entry (not in the corpus: a part link)',
     understroke_page('entry', [e], 'larkspur_row', 'larkspur row', e['url'], 'larkspur row: fic: Breadcrumbs (at the comm)', 2008, site='journalfen.net'),
     [story(e['url'], 'larkspur_row', 'larkspur_row', fields(title='Breadcrumbs', fandom='Grimm’s Fairy Tales', characters='Gretel, the miller', rating='PG', wordCount='1,900', prompt='the oven, afterwards'), None,
            headerOnly=True, partLinks=['http://afterwards-fic.livejournal.com/2204.html'])])

import posts4  # noqa: E402,F401
