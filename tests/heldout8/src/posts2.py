"""tests/heldout8: LiveJournal S2 Dear Diary pages (LJ, Scribbld, InsaneJournal): a two-part story linked only by arrow
symbols, the journal's recent page, a community's challenge rules, a community ficlet."""
from corpus import SERIES, body, brh, fields, hdr, page, part, ph, story
from posts import lju
from s2z import deardiary_page

# ======================================================================= B. Gull Island (LJ 2009, S2 Dear Diary): subjects "Gull Island
# (one/two)" / "(two/two)" (number words with a slash); `<b>Label</b> ⇒ X` header; the only links between the parts a centred "⇨" after
# part 1's prose and a centred "⇦" after part 2's (link text: the arrow alone).
SS = 'http://saltmarsh-sal.livejournal.com/'
gi_urls = [SS + '14410.html', SS + '14702.html']
gi_prose = [
    ['The ferry to Gull Island ran twice a week in summer and not at all in winter, and Hal had timed his visit badly.',
     '“Thursday,” said the woman at the post office, who was also the woman at the shop and, he suspected, the woman who ran the ferry. “Unless the wind’s in the east. Then Monday.”',
     'The wind was in the east. Hal took a room above the shop, and bought a notebook, and spent the first three days walking the island’s one road from end to end, counting gulls, because he had told his editor he was coming here to write about gulls and he was an honest man, mostly.'],
    ['On the fourth day he found the other road.',
     'It was not on the map in the shop window. It left the main road behind the chapel, went through a gate that was tied shut with blue twine, and ran straight down the hill toward the cliffs, where there should have been nothing but gulls. At the bottom there was a house, and in the doorway of the house there was an old man with a telescope, who looked at Hal and said, “You’ll be the one counting.”',
     '“I am,” said Hal.',
     '“You’ve got it wrong,” said the old man, not unkindly. “There’s four hundred and twelve. Come in and I’ll show you their names.” The ferry came on Monday. Hal was not on it, nor on Thursday’s, and his editor received, in the autumn, a very strange book.'],
]
gi_bodies = [body(f'gullisland-{i + 1}', p) for i, p in enumerate(gi_prose)]
gi_subj = ['Gull Island (one/two)', 'Gull Island (two/two)']
gi_wc = ['128', '157']
gi_nav = [f'<p align="center"><a href="{gi_urls[1]}">&#8680;</a></p>', f'<p align="center"><a href="{gi_urls[0]}">&#8678;</a></p>']
gi_fields = []
gi_entries = []
for i in range(2):
    rows = [('Title', 'Gull Island'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Length', gi_wc[i] + ' words')]
    if i == 0:
        rows.append(('Notes', 'For my dad, who counts birds.'))
    f = fields(title='Gull Island', fandom='Original', rating='PG', wordCount=gi_wc[i] + ' words', **({'notes': 'For my dad, who counts birds.'} if i == 0 else {}))
    gi_fields.append(f)
    e = {'url': gi_urls[i], 'journal': 'saltmarsh_sal', 'poster': 'saltmarsh_sal', 'subject': gi_subj[i], 'date': (2009, 8, 14 + i * 3, ['20:20', '21:05'][i]),
         'tags': ['fic', 'gull island'], 'currents': [('Mood', ['breezy', 'satisfied'][i]), ('Music', ['sea shanties', 'nothing'][i])],
         'html': hdr(rows, fmt='<b>{L}</b> &rArr; {V}') + '<br /><br />\n' + brh(gi_prose[i]) + '\n' + gi_nav[i],
         'comments': [('pinfeather_art', ['Four hundred and twelve what?!', 'THEIR NAMES. I love him.'][i], ['', 're: names'][i]), ('saltmarsh_sal', 'Thank you! ♥')]}
    gi_entries.append(e)
    page(f'lj-deardiary-2009-gullisland-{i + 1}', f'lj-2009-saltmarsh_sal-{gi_urls[i][-10:-5]}.html', gi_urls[i], 'livejournal', 'story', 2009,
         ['dear-diary', 'part-marker', 'decorated', 'arrow-links'],
         f'Gull Island part {i + 1} on LJ S2 Dear Diary (2009): subject “{gi_subj[i]}” in `h3.entrysubject` (number words with a slash), `<b>Label</b> ⇒ X` header with “Length: {gi_wc[i]} words”'
         + (' and Notes' if i == 0 else '') + f'; a centred link whose only text is “{["⇨", "⇦"][i]}” after the prose; Current Mood / Music in `ul.entrymeta` in the footer; comments as `div.entry.ljcmt_full` with their own `h3.entrysubject`',
         deardiary_page('entry', [e], 'saltmarsh_sal', 'salt marsh & samphire', gi_urls[i], 2009),
         [story(gi_urls[i], 'saltmarsh_sal', 'saltmarsh_sal', f, part(i + 1, 2), gi_bodies[i], exclude=[['breezy', 'satisfied'][i], ['Four hundred and twelve what?!', 'THEIR NAMES.'][i]])],
         (gi_urls, gi_bodies))
SERIES.append(('gullisland', 'Gull Island', 2, 'LJ 2009 S2 Dear Diary; subjects “Gull Island (one/two)” / “(two/two)”; the only link between the parts a centred arrow (“⇨” after part 1, “⇦” after part 2) whose text is the arrow alone.'))

# The journal's recent page (Dear Diary): a WIP update, a drabble, a podfic post; part 2 of Gull Island in full.
wip = {'url': SS + '14655.html', 'journal': 'saltmarsh_sal', 'poster': 'saltmarsh_sal', 'subject': 'wip check-in (gull island, the long version)', 'date': (2009, 8, 16, '12:10'),
       'tags': ['wip', 'gull island'], 'ncomments': 5,
       'html': 'Progress on the long version:<br /><br /><b>Title:</b> Gull Island (the novel, apparently)<br /><b>Chapters drafted:</b> 4 of maybe 9<br /><b>Words so far:</b> 11,200<br /><b>Rating:</b> still PG<br /><br />'
               'Nothing to read yet! Just accountability. Shout at me if I have not posted a chapter by September.'}
pod = {'url': SS + '14590.html', 'journal': 'saltmarsh_sal', 'poster': 'saltmarsh_sal', 'subject': '[podfic] The Harbour Kettle', 'date': (2009, 8, 15, '18:00'),
       'tags': ['podfic'], 'ncomments': 2,
       'html': '<b>Title:</b> The Harbour Kettle<br /><b>Author:</b> ' + lju('inkhorn_lane')[0] + '<br /><b>Reader:</b> ' + lju('saltmarsh_sal')[0] + '<br /><b>Length:</b> 1:48<br /><b>Rating:</b> G<br /><br />'
               '<a href="http://www.mediafire.com/?harbourkettle">mp3 (1.7 MB)</a> | <a href="http://www.mediafire.com/?harbourkettle-m4b">m4b</a><br /><br />My first podfic! Be gentle.'}
dd_prose = ['Every night at ten the samphire-picker walked the sea wall with a lantern, and every night the tide came in exactly as far as the lantern’s light and no further.',
            'She did it for forty years. The village thought it was superstition. Then she broke her ankle, one March, and stayed in bed, and the next morning there was a fish on the church steps and weed in the post office, and after that the village took turns with the lantern, and did not talk about why.']
dd = {'url': SS + '14523.html', 'journal': 'saltmarsh_sal', 'poster': 'saltmarsh_sal', 'subject': 'the samphire-picker', 'date': (2009, 8, 15, '09:40'),
      'tags': ['fic', 'drabble'], 'ncomments': 4,
      'html': '<i>100 words, for the “lantern” prompt at ' + lju('hundredfathom', 'C')[0] + '</i><br /><br />\n' + brh(dd_prose)}
page('lj-deardiary-2009-recent-wip-podfic-drabble', 'lj-2009-saltmarsh_sal-recent.html', SS, 'livejournal', 'index', 2009,
     ['dear-diary', 'index', 'part-marker', 'wip-update', 'podfic', 'drabble', 'no-header'],
     'The journal’s recent page on LJ S2 Dear Diary (2009), days as `div.day` with an h2 long date, no poster lines: Gull Island part 2 in full, a WIP check-in (Title / Chapters drafted / Words so far / Rating: not a story), a podfic post (Title / Author / Reader / Length and mp3 links: not a story), and a drabble with only an italic “100 words, for the “lantern” prompt at hundredfathom” line above it (no labels)',
     deardiary_page('recent', [gi_entries[1], wip, pod, dd], 'saltmarsh_sal', 'salt marsh & samphire', SS, 2009),
     [story(gi_urls[1], 'saltmarsh_sal', 'saltmarsh_sal', gi_fields[1], part(2, 2), gi_bodies[1], exclude=['Chapters drafted', 'My first podfic']),
      story(dd['url'], 'saltmarsh_sal', 'saltmarsh_sal', fields(title='the samphire-picker'), None, body('samphire', dd_prose), exclude=['for the “lantern” prompt', 'My first podfic'])])

# Scribbld community (Dear Diary): a challenge's rules post (not a story).
TP = 'http://tidepool-drabbles.scribbld.com/'
rules = {'url': TP + '2205.html', 'journal': 'tidepool_drabbles', 'poster': 'rockpool_mod', 'community': True, 'site': 'scribbld.com',
         'subject': 'Challenge #12: rules and header template', 'date': (2010, 2, 1, '08:00'), 'tags': ['mod post', 'challenge 12'],
         'html': '<p>Welcome to challenge twelve! The word this fortnight is <b>undertow</b>.</p>'
                 '<ol><li>Exactly 100 words, not counting the header.</li><li>Any fandom, any rating; put anything above PG-13 under a cut.</li><li>Post by the 14th. Late fills are welcome but will not go in the round-up.</li></ol>'
                 '<p>Please use this header:</p><pre>Title:\nFandom:\nRating:\nChallenge: #12, undertow\nWords: 100</pre>'
                 '<p>Questions go in the comments. Have fun, and mind the current.</p>',
         'comments': [('weatherglass', 'Does the title count towards the hundred?'), ('rockpool_mod', 'It does not!')]}
page('scribbld-deardiary-2010-community-challengerules-notstory', 'scribbld-2010-tidepool_drabbles-2205.html', rules['url'], 'scribbld', 'not-story', 2010,
     ['dear-diary', 'scribbld', 'community', 'challenge-rules', 'about-fic'],
     'A drabble community’s challenge post on Scribbld (S2 Dear Diary, 2010): rules in an `<ol>`, an empty header template in a `<pre>` (“Title: / Fandom: / Rating: / Challenge: #12, undertow / Words: 100”): not a story',
     deardiary_page('entry', [rules], 'tidepool_drabbles', 'tidepool: a drabble community', rules['url'], 2010, kind='C', site='scribbld.com'), [])

# InsaneJournal community (Dear Diary): a ficlet with header labels in new spellings.
HQ = 'http://quayside-quills.insanejournal.com/'
ij_prose = ['The customs house clock had been five minutes fast since 1911, and the harbour had arranged itself around the fact.',
            'Ships came in five minutes early by the clock and exactly on time by the sun. The pubs called last orders at five to eleven, which was eleven. Children were late for school by one clock and early by the other, and argued about it with their teachers, and sometimes won.',
            'Then a new harbourmaster came from the city, and set the clock right, and for a week nothing in Carrow worked at all.',
            'On the eighth day someone climbed the tower in the night and put it five minutes fast again, and the harbourmaster, who was not a stupid man, never asked who.']
ije = {'url': HQ + '3318.html', 'journal': 'quayside_quills', 'poster': 'carrow_clock', 'community': True, 'site': 'insanejournal.com',
       'subject': 'Five Minutes Fast (ficlet)', 'date': (2013, 9, 9, '19:45'), 'tags': ['fandom: original', 'length: ficlet'],
       'html': hdr([('Story Title', 'Five Minutes Fast'), ('Writer', lju('carrow_clock', site='insanejournal.com')), ('Fandom/Verse', 'Original — the Carrow stories'), ('Rated', 'G'),
                    ('Content notes', 'none apply'), ('Wordage', '146'), ('Beta’d by', lju('quayside_mae', site='insanejournal.com'))], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + ph(ij_prose),
       'comments': [('quayside_mae', 'Eleven, which was eleven. Ha!')]}
page('ij-deardiary-2013-community-newlabels-fiveminutes', 'ij-2013-quayside_quills-3318.html', ije['url'], 'insanejournal', 'story', 2013,
     ['dear-diary', 'insanejournal', 'community', 'ficlet', 'label-spellings'],
     'An InsaneJournal community entry on S2 Dear Diary (2013): the poster in `div.entryposter`; header labels in spellings no corpus used: “Story Title”, “Writer” (ljuser), “Fandom/Verse”, “Rated”, “Content notes”, “Wordage”, “Beta’d by”; `<p>` prose',
     deardiary_page('entry', [ije], 'quayside_quills', 'quayside quills', ije['url'], 2013, kind='C', site='insanejournal.com'),
     [story(ije['url'], 'carrow_clock', 'quayside_quills', fields(title='Five Minutes Fast', author='carrow_clock', fandom='Original — the Carrow stories', rating='G', warnings='none apply', wordCount='146', beta='quayside_mae'),
            None, body('fiveminutes', ij_prose), exclude=['Eleven, which was eleven.'])])

import posts3  # noqa: E402,F401
