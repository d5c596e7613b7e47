"""tests/heldout8: more single posts: an LJ site-scheme community drabble posted from the phone app, a DW chapter whose
marker LEADS its subject, an InsaneJournal header-only post pointing at a Dreamwidth community, a beta-wanted post."""
from corpus import body, brh, dwu, fields, hdr, page, part, ph, story
from layouts import dw_page
from posts import lju, ljn
from s2z import haven_page, deardiary_page, scheme_entry_page

# LJ 2016 site scheme, a community drabble: "Posted via LiveJournal app for iPhone." and a Location line after the prose.
QP = 'https://quietport-drabbles.livejournal.com/'
qp_prose = ['The harbour cat had no name, because everybody in Quietport had given it a different one and none of them had ever stuck.',
            'It ate at the fishmonger’s at six, the pub at nine and the vicarage at noon, and slept in the lifeboat house, in the bow of the boat, every night of its life.',
            'The night the lifeboat went out to the Dutch coaster in the storm, the cat went too. Nobody noticed until they were past the bar. It sat in the bow the whole way, ears flat, and when they brought the coaster’s crew in at dawn it was the first ashore.']
qpe = {'url': QP + '12207.html', 'journal': 'quietport_drabbles', 'poster': 'harbour_cat_fan', 'community': True, 'subject': 'Bow (drabble)', 'date': (2016, 11, 5, '13:02'),
       'tags': ['author: harbour_cat_fan', 'prompt: storm'],
       'html': hdr([('Title', 'Bow'), ('Author', ljn('harbour_cat_fan')), ('Prompt', 'storm'), ('Rating', 'G'), ('Words', '100')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(qp_prose)
               + '<br /><br />\n<small>Location: Quietport, the lifeboat house</small><br />\n<small>Posted via <a href="https://www.livejournal.com/apps/">LiveJournal app for iPhone</a>.</small>',
       'comments': [('gannet_head', 'First ashore!! Good cat.')]}
page('lj-scheme-2016-community-drabble-postedviaapp-bow', 'lj-2016-quietport_drabbles-12207.html', qpe['url'], 'livejournal', 'story', 2016,
     ['lj-site-scheme', 'community', 'drabble', 'metadata-inside'],
     'A drabble community entry on LiveJournal’s 2016 site-scheme page (“harbour_cat_fan in quietport_drabbles”): `<b>Label:</b>` header with Author (the newer ljuser) and Prompt; after the prose a small “Location: Quietport, the lifeboat house” line and “Posted via LiveJournal app for iPhone.” (neither is body)',
     scheme_entry_page(qpe, 'Quietport drabbles', 2016),
     [story(qpe['url'], 'harbour_cat_fan', 'quietport_drabbles', fields(title='Bow', author='harbour_cat_fan', prompt='storm', rating='G', wordCount='100'), None, body('bow', qp_prose),
            exclude=['Location: Quietport, the lifeboat house', 'Posted via LiveJournal app for iPhone.', 'First ashore!!'])])

# DW core2 Funky Circles (2014): a lone chapter whose marker LEADS the subject: "(2/3) The Salt Glass".
GL = 'https://glassblown.dreamwidth.org/'
sg_prose = ['The salt glass was kept in the vestry in a box lined with green baize, and brought out once a year, at the blessing of the boats.',
            'It was a plain thing, a tumbler of thick greenish glass with a bubble in the base, and the story was that it had been blown on the beach, in a driftwood fire, by the first vicar’s wife, out of the sand the sea gave back after the great storm. The curate did not believe the story. He believed it a little more after he dropped the glass on the flagstones and it bounced.']
sge = {'url': GL + '2290.html', 'journal': 'glassblown', 'poster': 'glassblown', 'subject': '(2/3) The Salt Glass', 'date': (2014, 5, 3, '19:30'), 'tags': ['fic', 'the salt glass'],
       'html': hdr([('Pairing(s)', 'none'), ('Rating', 'G'), ('Wordcount', '119'), ('Notes', 'Part one went up last week; part three when I have finished arguing with it.')], fmt='<b>{L}</b>: {V}') + '<br /><br />\n' + ph(sg_prose),
       'comments': [('millfleet', 'It BOUNCED.')]}
page('dw-funkycircles-2014-leadingmarker-saltglass-2of3', 'dw-2014-glassblown-2290.html', sge['url'], 'dreamwidth', 'story', 2014,
     ['dw-core2-style', 'part-marker', 'marker-first'],
     'DW core2 Funky Circles (2014): a lone chapter whose marker LEADS the subject, “(2/3) The Salt Glass”; no Title label (the title is the subject without the marker); `<b>Label</b>: X` header with “Pairing(s)”, “Wordcount”, Notes',
     dw_page('entry', [sge], 'glassblown', 'glass, blown', 'Funky Circles', sge['url'], sge['subject'], year=2014),
     [story(sge['url'], 'glassblown', 'glassblown', fields(title='The Salt Glass', pairing='none', rating='G', wordCount='119', notes='Part one went up last week; part three when I have finished arguing with it.'),
            part(2, 3), body('saltglass-2', sg_prose), exclude=['It BOUNCED.'])])

# InsaneJournal, S2 Haven (2010): a header-only post whose story is a Dreamwidth community entry.
IJ = 'http://brackwater.insanejournal.com/'
dwc = 'https://saltfleet-fic.dreamwidth.org/1190.html'
ihe = {'url': IJ + '6610.html', 'journal': 'brackwater', 'poster': 'brackwater', 'subject': 'new fic (at saltfleet_fic)', 'date': (2010, 9, 12, '22:00'), 'site': 'insanejournal.com',
       'tags': ['fic', 'crosspost'],
       'html': hdr([('Title', 'The Pilot Cutter'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Word count', '2,800'), ('Summary', 'A race to the ship in the bay, and what the loser owes.')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n'
               + f'Posted to the comm on Dreamwidth for their regatta week: <a href="{dwc}">this way &#10230;</a><br /><br />(Yes, I have a DW now. Come and find me.)',
       'comments': [('tidewatcher', 'Regatta week!! Going.')]}
page('ij-haven-2010-headeronly-dwcommunity-pilotcutter', 'ij-2010-brackwater-6610.html', ihe['url'], 'insanejournal', 'story', 2010,
     ['haven', 'insanejournal', 'header-only', 'other-journal', 'community'],
     'InsaneJournal entry in S2 Haven (2010): a header-only post, “Posted to the comm on Dreamwidth for their regatta week: this way ⟶” (a DW community entry on another site: partLinks; not in the corpus), a chatter line after it',
     haven_page('entry', [ihe], 'brackwater', 'brackwater', ihe['url'], 2010, site='insanejournal.com'),
     [story(ihe['url'], 'brackwater', 'brackwater', fields(title='The Pilot Cutter', fandom='Original', rating='PG', wordCount='2,800', summary='A race to the ship in the bay, and what the loser owes.'), None,
            headerOnly=True, partLinks=[dwc], exclude=['Posted to the comm on Dreamwidth', 'Yes, I have a DW now.'])])

# LJ S2 Dear Diary (2011): a beta-wanted post (not a story).
bw = {'url': 'http://saltmarsh-sal.livejournal.com/17733.html', 'journal': 'saltmarsh_sal', 'poster': 'saltmarsh_sal', 'subject': 'beta wanted: 8k of lighthouse angst', 'date': (2011, 4, 18, '11:20'),
      'tags': ['beta wanted', 'wip'], 'currents': [('Mood', 'hopeful')],
      'html': '<p>Looking for a beta for this, which is finished but lumpy:</p>'
              '<p><b>Title:</b> The Keeper’s Ledger<br /><b>Fandom:</b> Original<br /><b>Rating:</b> PG-13<br /><b>Length:</b> about 8,000 words<br /><b>Genre:</b> angst, weather, one (1) dog</p>'
              '<p>I mostly need someone to tell me where the middle sags. Turnaround whenever suits you. Comment or PM me, and I will owe you a drabble of your choice.</p>',
      'comments': [('weatherglass', 'Me! I love a saggy middle.')]}
page('lj-deardiary-2011-betawanted-notstory', 'lj-2011-saltmarsh_sal-17733.html', bw['url'], 'livejournal', 'not-story', 2011,
     ['dear-diary', 'beta-wanted', 'about-fic'],
     'A beta-wanted post on LJ S2 Dear Diary (2011): “beta wanted: 8k of lighthouse angst”, a Title / Fandom / Rating / Length / Genre block describing an unposted story, chatter: not a story',
     deardiary_page('entry', [bw], 'saltmarsh_sal', 'salt marsh & samphire', bw['url'], 2011), [])
