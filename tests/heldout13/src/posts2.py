"""Posts of tests/heldout13 and their truth: single stories in header shapes no corpus used, and not-stories that look
fic-ish. All prose, names, journals and titles are invented for this corpus."""
from bloggish import bloggish_page
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import aentry_page, dw_page, dw_user, esc, lj_user_new, lj_user_old, wayback, wb
from s1 import talkread_page
from s2t import md_entry_page

# ---------------------------------------------------------------- 1. An EXCHANGE GIFT in a DW community (core2 Basic Boxes, 2013):
# "Written for x in the Sorrel Swap 2013!" above the header, Recipient: and Prompt: labels.
u = 'https://sorrel-swap.dreamwidth.org/6672.html'
pr = ['The lighthouse keeper’s cat had outlived three keepers, and she had opinions about the fourth.',
      'He was too tall for the stairs and too quiet for the wireless and he fed her sardines from a tin with a fork, as if she were a guest. For a month she watched him from the lamp room doorway, deciding.',
      'Then, on the night of the first great storm, he sat up with the lamp until dawn, talking to it under his breath the way you would talk to a frightened horse, and she went and sat on his feet to keep them warm, and that was that.']
bf = body('sorrelswap-keeperscat', pr)
rows = [('Title', 'The Fourth Keeper'), ('Recipient', (dw_user('gullwing_grey'), 'gullwing_grey')), ('Prompt', 'a lighthouse, a cat, someone learning to stay'),
        ('Rating', 'G'), ('Words', '1,500'), ('Notes', 'Dear recipient, I hope the cat is cat enough. Happy Swap!')]
html = ('<p><i>Written for ' + dw_user('gullwing_grey') + ' in the Sorrel Swap 2013!</i></p>\n' + hdr(rows, '<strong>{L}:</strong> {V}') + '<br /><br />\n' + ph(pr))
e = {'url': u, 'journal': 'sorrel_swap', 'poster': 'anonymous_swapper', 'community': True, 'subject': 'Fic for gullwing_grey: The Fourth Keeper (G)', 'date': (2013, 12, 24, '09:00'),
     'tags': ['recipient: gullwing_grey', 'fandom: original', 'rating: g'], 'html': html,
     'comments': [('gullwing_grey', 'A CAT. A LIGHTHOUSE. Thank you, whoever you are, this is exactly what I wanted!')]}
page('dw-basicboxes-2013-community-exchange-gift-recipient-prompt-fourthkeeper', 'dw-2013-sorrel_swap-6672.html', u, 'dreamwidth', 'story', 2013,
     ['dw-core2-style', 'community', 'exchange-gift', 'recipient-label'],
     'An EXCHANGE GIFT in the DW community sorrel_swap (core2 Basic Boxes), posted by the mods’ anonymous account: an italic “Written for gullwing_grey in the Sorrel Swap 2013!” line ABOVE the header, then Title / Recipient (a user span) / Prompt / Rating / Words / Notes',
     dw_page('entry', [e], 'sorrel_swap', 'Sorrel Swap', 'Basic Boxes', u, 'Sorrel Swap: Fic for gullwing_grey: The Fourth Keeper (G)', year=2013),
     [story(u, 'anonymous_swapper', 'sorrel_swap', fields(title='The Fourth Keeper', prompt='a lighthouse, a cat, someone learning to stay', rating='G', wordCount='1,500',
                                                         notes='Dear recipient, I hope the cat is cat enough. Happy Swap!'), None, bf,
            exclude=['Written for gullwing_grey in the Sorrel Swap 2013!', 'A CAT. A LIGHTHOUSE.'])])

# ---------------------------------------------------------------- 2. SWEDISH labels (Scribbld, S2 Bloggish, 2010).
u = 'http://linnet-and-lark.scribbld.com/2207.html'
pr = ['Det snöade när Elsa kom till färjeläget, och färjan hade redan gått. Hon ställde ner väskan i snön och såg på vattnet, svart och stilla, och på ljusen på andra sidan.',
      'En gammal man kom ut ur väntkuren med en termos. Han sa ingenting, bara hällde upp kaffe i locket och räckte henne det.',
      'De stod där tillsammans tills nästa färja kom, en timme senare, och när hon gick ombord vinkade han, som om de hade känt varandra hela livet.']
bf = body('vintersol', pr)
S = 'En missad färja, en termos kaffe och en främling.'
rows = [('Titel', 'Vintersol'), ('Författare', 'linnet_and_lark'), ('Fandom', 'Original'), ('Karaktärer', 'Elsa, en gammal man'), ('Åldersgräns', 'Barntillåten'),
        ('Varningar', 'inga'), ('Ord', '610'), ('Sammanfattning', S)]
e = {'url': u, 'journal': 'linnet_and_lark', 'poster': 'linnet_and_lark', 'site': 'scribbld.com', 'subject': 'Novell: Vintersol', 'date': (2010, 1, 17, '18:30'),
     'tags': ['novell', 'original'], 'html': hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(pr), 'comments': [('ostronskal', 'Så fint! Termosen!', '')]}
page('sc-bloggish-2010-swedish-labels-vintersol', 'sc-2010-linnet_and_lark-2207.html', u, 'scribbld', 'story', 2010,
     ['s2-bloggish', 'scribbld', 'swedish-labels'],
     'Scribbld (S2 Bloggish): a Swedish story whose header is Titel / Författare / Fandom / Karaktärer / Åldersgräns / Varningar / Ord / Sammanfattning; subject “Novell: Vintersol”',
     bloggish_page('entry', [e], 'linnet_and_lark', 'linnet & lark', u, 2010, site='scribbld.com'),
     [story(u, 'linnet_and_lark', 'linnet_and_lark', fields(title='Vintersol', author='linnet_and_lark', fandom='Original', characters='Elsa, en gammal man', rating='Barntillåten',
                                                             warnings='inga', wordCount='610', summary=S), None, bf, exclude=['Så fint! Termosen!'])])

# ---------------------------------------------------------------- 3. DUTCH labels (DW core2 Database, 2015).
u = 'https://molen-en-mist.dreamwidth.org/3318.html'
pr = ['Oma Wierda had de molen nooit verkocht, ook niet toen de gemeente er een mooi bedrag voor bood. Ze woonde er alleen, met twee geiten en een radio die alleen Radio 1 ontving.',
      'Toen Joris er in de herfstvakantie moest logeren, verwachtte hij dat hij zich dood zou vervelen. De eerste avond liet ze hem zien hoe je de wieken in de wind zet.',
      'Daarna verveelde hij zich geen dag meer, en toen zijn moeder hem kwam halen, vroeg hij of hij met kerst terug mocht komen.']
bf = body('hetwachthuis', pr)
S = 'Een herfstvakantie bij oma, in een molen, zonder wifi.'
rows = [('Titel', 'De Molen van Oma Wierda'), ('Auteur', 'molen_en_mist'), ('Fandom', 'Origineel'), ('Personages', 'Joris, oma Wierda'), ('Rating', 'Algemeen'),
        ('Waarschuwingen', 'geen'), ('Woorden', '540'), ('Samenvatting', S)]
e = {'url': u, 'journal': 'molen_en_mist', 'poster': 'molen_en_mist', 'subject': 'Fic: De Molen van Oma Wierda', 'date': (2015, 10, 25, '20:10'),
     'tags': ['fic', 'origineel'], 'html': hdr(rows, '<strong>{L}:</strong> {V}') + '<br /><br />\n' + ph(pr), 'comments': [('tulp_en_tegel', 'Wat lief! Ik wil ook zo’n oma.')]}
page('dw-database-2015-dutch-labels-molen', 'dw-2015-molen_en_mist-3318.html', u, 'dreamwidth', 'story', 2015,
     ['dw-core2-style', 'dutch-labels'],
     'DW core2 Database: a Dutch story whose header is Titel / Auteur / Fandom / Personages / Rating / Waarschuwingen / Woorden / Samenvatting',
     dw_page('entry', [e], 'molen_en_mist', 'molen en mist', 'Database', u, 'molen en mist: Fic: De Molen van Oma Wierda', year=2015),
     [story(u, 'molen_en_mist', 'molen_en_mist', fields(title='De Molen van Oma Wierda', author='molen_en_mist', fandom='Origineel', characters='Joris, oma Wierda', rating='Algemeen',
                                                         warnings='geen', wordCount='540', summary=S), None, bf, exclude=['Wat lief!'])])

# ---------------------------------------------------------------- 4. A 2008 Wayback copy of a 2002 LJ S1 entry page of a journal whose
# name begins with an underscore (no subdomain: www.livejournal.com/users/_NAME_/): lower-case labels set off by " - " in <font size=1>.
u = 'http://www.livejournal.com/users/_inkpot_/2045.html'
pr = ['the dovecote at the end of the garden had been empty since before maud was born. her grandmother said the doves had gone to london to be in the newspapers.',
      'maud, who was eight and believed most things once, went out every morning with a handful of corn and stood by the dovecote and waited for them to come home.',
      'in the spring one did. it was grey and thin and had a ring on its leg, and maud’s grandmother sat down very suddenly on the garden bench and said, in a voice maud had never heard her use, “well, and about time.”']
bf = body('dovecote', pr)
html = ('<font face="verdana" size="1"><b>title</b> - dovecote<br>\n<b>rating</b> - g<br>\n<b>characters</b> - maud, her grandmother<br>\n<b>words</b> - 400ish<br>\n'
        '<b>notes</b> - for the one-word challenge at my friends page. the word was "home".</font><br><br>\n' + '<br><br>\n'.join(esc(p) for p in pr))
e = {'url': u, 'journal': '_inkpot_', 'poster': '_inkpot_', 'subject': 'dovecote', 'date': (2002, 4, 11, '23:52'), 'currents': [('Mood', 'sleepy'), ('Music', 'belle and sebastian')], 'html': html,
     'comments': [('quillfeather', 'oh the grandmother! *sniffs*')]}
TS = '20080214093512'
page('wayback-2008-lj-s1talkread-2002-underscore-user-dash-labels-dovecote', 'wayback-2008-_inkpot_-2045.html', wb(TS, u), 'wayback', 'story', 2002,
     ['wayback-2008', 's1-talkread', 'underscore-username-url', 'lowercase-dash-labels', 'font-size-header'],
     'Wayback copy captured 2008 (links rewritten RELATIVE, `/web/TS/…`) of a 2002 LJ S1 entry page (talkread.bml) of `_inkpot_`, a username that begins with an underscore (so `www.livejournal.com/users/_inkpot_/`, no subdomain): a `<font size="1">` header of LOWER-CASE labels set off by “ - ” (“<b>title</b> - dovecote”), all-lower-case prose',
     wayback(talkread_page(e, site='livejournal', year=2002), TS, u),
     [story(u, '_inkpot_', '_inkpot_', fields(title='dovecote', rating='g', characters='maud, her grandmother', wordCount='400ish',
                                               notes='for the one-word challenge at my friends page. the word was "home".'), None, bf, exclude=['oh the grandmother!'])])

# ---------------------------------------------------------------- 5. A FICLET COLLECTION under one header (LJ 2019+ entry page, 2020):
# three titled ficlets, each under a bold roman-numbered title line.
u = 'https://small-hours-fic.livejournal.com/11803.html'
fl = [('i. kettle', ['At four in the morning the kettle is the loudest thing in the flat. Noor stands over it with her hand on the switch so it won’t click.']),
      ('ii. bus', ['The night bus driver knows everyone by their stop. He says “Alder Road” to Noor the way other people say good morning.']),
      ('iii. birds', ['The first blackbird starts at ten past five. Noor opens the window to hear it, and the cold comes in, and she lets it.'])]
pr = [x for t, ps in fl for x in [t] + ps]
bf = body('smallhours', pr)
rows = [('Title', 'Small Hours (three ficlets)'), ('Rating', 'G'), ('Characters', 'Noor'), ('Word Count', '3 x 100')]
html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + '\n'.join(f'<p><b>{esc(t)}</b></p>\n' + ph(ps) for t, ps in fl) + '\n<p>( ◕‿◕ ) thanks for reading!</p>'
e = {'url': u, 'journal': 'small_hours_fic', 'poster': 'small_hours_fic', 'subject': 'ficlets: small hours', 'date': (2020, 3, 2, '05:40'), 'tags': ['ficlets', 'noor'], 'html': html,
     'comments': [('nightbus_n', 'The bus driver!')]}
prev = {'url': 'https://small-hours-fic.livejournal.com/11522.html', 'subject': 'tea update'}
page('lj-mdspost-2020-ficlet-collection-one-header-smallhours', 'lj-2020-small_hours_fic-11803.html', u, 'livejournal', 'story', 2020,
     ['lj-2019-mdspost', 'ficlet-collection', 'titled-sections'],
     'LJ 2019+ entry page: a FICLET COLLECTION, one header (“Title: Small Hours (three ficlets)”, “Word Count: 3 x 100”) over three ficlets each under a bold line “i. kettle” / “ii. bus” / “iii. birds”; a kaomoji thank-you line after',
     md_entry_page(e, 'small hours', 2020, prev=prev),
     [story(u, 'small_hours_fic', 'small_hours_fic', fields(title='Small Hours (three ficlets)', rating='G', characters='Noor', wordCount='3 x 100'), None, bf,
            exclude=['thanks for reading!', 'tea update'])])

# ---------------------------------------------------------------- 6. SMALL-CAPS labels with an em dash (JournalFen, S2 Bloggish, 2011).
u = 'http://rushlight.journalfen.net/4471.html'
pr = ['The last tram of the night went out to the depot empty, and Corwen, who drove it, liked it that way. It gave him forty minutes alone with the city.',
      'Tonight there was a passenger after all: a woman in a green coat, sitting at the back with a hatbox on her knees. She did not ring the bell. She did not get off at the depot.',
      'He walked back down the car to tell her, and she looked up and said, “I know. I just wanted to see where it sleeps,” and he found he understood exactly what she meant.']
bf = body('lasttram', pr)
S = 'The last tram, the depot, and one passenger who will not get off.'
sc = '<span style="font-variant: small-caps;">{L}</span> &mdash; {V}'
rows = [('Title', 'Where It Sleeps'), ('Fandom', 'Original'), ('Rating', 'G'), ('Length', '~500'), ('Summary', S)]
html = '<div style="margin-left: 2em; font-size: 90%;">' + hdr(rows, sc) + '</div>\n<hr width="40%" />\n' + ph(pr)
e = {'url': u, 'journal': 'rushlight', 'poster': 'rushlight', 'site': 'journalfen.net', 'subject': 'where it sleeps', 'date': (2011, 11, 5, '23:59'), 'tags': ['writing'], 'html': html,
     'comments': [('tram_lines', 'I want to know what’s in the hatbox!', '')]}
page('jf-bloggish-2011-smallcaps-emdash-labels-whereitsleeps', 'jf-2011-rushlight-4471.html', u, 'journalfen', 'story', 2011,
     ['s2-bloggish', 'journalfen', 'smallcaps-labels', 'emdash-separator'],
     'JournalFen (S2 Bloggish): a header of labels in `font-variant: small-caps` spans set off by an em dash (“Title — Where It Sleeps”), no colons, in an indented `<div>`, then an `<hr>`; lower-case subject',
     bloggish_page('entry', [e], 'rushlight', 'rushlight', u, 2011, site='journalfen.net'),
     [story(u, 'rushlight', 'rushlight', fields(title='Where It Sleeps', fandom='Original', rating='G', wordCount='~500', summary=S), None, bf, exclude=['hatbox!'])])

# ---------------------------------------------------------------- 7. HEADER-ONLY on LJ pointing at the story's DREAMWIDTH copy
# (LJ 2017+ entry page, 2018).
u = 'https://fernhollow.livejournal.com/20331.html'
dwu = 'https://fernhollow.dreamwidth.org/15902.html'
S = 'Two rival bakers, one oven, a village fête.'
rows = [('Title', 'Proving'), ('Pairing', 'Idris/Bethan'), ('Rating', 'PG-13'), ('Words', '6,200'), ('Summary', S)]
html = (hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n'
        f'<p>I’m only posting fic on Dreamwidth now, so: <a href="{dwu}"><b>read it over on my DW!</b></a> (Comments here are fine too, I still read them.)</p>')
e = {'url': u, 'journal': 'fernhollow', 'poster': 'fernhollow', 'subject': 'Fic: Proving (PG-13)', 'date': (2018, 8, 20, '19:15'), 'tags': ['fic', 'proving'], 'html': html,
     'comments': [('sourdough_sal', 'Following you over!')]}
page('lj-aentry-2018-headeronly-read-on-dw-proving', 'lj-2018-fernhollow-20331.html', u, 'livejournal', 'story', 2018,
     ['lj-2017-aentry', 'header-only', 'dw-link'],
     'LJ 2017+ entry page, HEADER-ONLY: a full header, then “I’m only posting fic on Dreamwidth now, so: read it over on my DW!” linking the entry on the writer’s Dreamwidth journal (a journal entry: partLinks)',
     aentry_page(e),
     [story(u, 'fernhollow', 'fernhollow', fields(title='Proving', pairing='Idris/Bethan', rating='PG-13', wordCount='6,200', summary=S), None, headerOnly=True, partLinks=[dwu])])

# ================================================================ NOT STORIES
# ---------------------------------------------------------------- 8. A POLL post (LJ, S2 Bloggish, 2010): which WIP next?
u = 'http://teasel-and-tack.livejournal.com/6025.html'
opts = [('The Saltmarsh Ledger sequel (PG, Ivo and Tamsin again)', 11), ('the lighthouse AU nobody asked for (G)', 4), ('finish the hedge-witch thing (PG-13, 3k so far)', 8)]
poll = ('<div id="poll-1733045-container" class="poll-container"><form action="http://www.livejournal.com/poll/?id=1733045" method="post" class="LJ_PollForm">'
        '<input type="hidden" name="pollid" value="1733045" /><div class="poll-inquiry"><b><a href="http://www.livejournal.com/poll/?id=1733045">Poll #1733045</a></b> <i>what next?</i></div>'
        '<div class="poll-description">Open to: All, detailed results viewable to: All. Participants: 23</div>'
        '<div class="poll-question"><p>Which should I write next?</p>'
        + ''.join(f'<input type="radio" name="pollq-1" value="{n}" id="pollq-1733045-1-{n}" /> <label for="pollq-1733045-1-{n}">{esc(t)}</label><br />' for n, (t, c) in enumerate(opts))
        + '</div><input type="submit" value="Submit Poll" /></form></div>')
html = ('<p>I have three things half-started and no willpower. Help me choose! Poll closes on Sunday.</p>\n' + poll
        + '\n<p>(Whichever wins, I will post the first part by the end of the month. Probably. You know what I’m like.)</p>')
e = {'url': u, 'journal': 'teasel_and_tack', 'poster': 'teasel_and_tack', 'subject': 'poll: what should I write next?', 'date': (2010, 2, 3, '20:00'), 'tags': ['poll', 'writing'], 'html': html,
     'comments': [('cormorant_days', 'MORE TAMSIN. That is all.', '')]}
page('lj-bloggish-2010-poll-which-fic-next-notstory', 'lj-2010-teasel_and_tack-6025.html', u, 'livejournal', 'not-story', 2010,
     ['s2-bloggish', 'poll', 'not-story'],
     'LJ S2 Bloggish: a POLL post, “Poll #1733045” in LJ’s poll markup with three radio options naming fics with ratings and counts (“(PG-13, 3k so far)”), a line before and after: not a story',
     bloggish_page('entry', [e], 'teasel_and_tack', 'tack & teasel', u, 2010, subtitle='fic, mostly; the rest is friends only'), [])

# ---------------------------------------------------------------- 9. A DRABBLE TREE in a DW community (core2 Basic Boxes, 2011): rules,
# a header to copy, prompts in the comments.
u = 'https://tallow-drabbles.dreamwidth.org/9101.html'
html = ('<p><b>Drabble tree!</b> It’s been a long month, so let’s have a tree.</p>\n<ol><li>Leave a prompt as a comment: a character or two and a word.</li>\n'
        '<li>Reply to someone else’s prompt with a drabble (100 words, give or take).</li>\n<li>Leave a new prompt of your own whenever you fill one.</li></ol>\n'
        '<p>Put this at the top of your fill:</p>\n<p><b>Title:</b><br />\n<b>Rating:</b><br />\n<b>Prompt:</b><br />\n<b>Words:</b> 100</p>\n<p>Have fun, and be nice to each other!</p>')
e = {'url': u, 'journal': 'tallow_drabbles', 'poster': 'candle_mod', 'community': True, 'subject': 'MOD POST: Drabble tree, November', 'date': (2011, 11, 12, '12:00'),
     'tags': ['mod post', 'drabble tree'], 'html': html,
     'comments': [('wick_and_wax', 'Prompt: Anwen and the river, “overflow”'), ('snuffer', 'Prompt: two sisters, a salt pan, “inheritance”'), ('wick_and_wax', 'Prompt: a tram driver, “depot”')]}
page('dw-basicboxes-2011-community-drabble-tree-notstory', 'dw-2011-tallow_drabbles-9101.html', u, 'dreamwidth', 'not-story', 2011,
     ['dw-core2-style', 'community', 'drabble-tree', 'header-template', 'not-story'],
     'A DW community’s DRABBLE TREE post (core2 Basic Boxes, a mod): a numbered list of rules, an empty header to copy (“Title: / Rating: / Prompt: / Words: 100”), prompts in the comments: not a story',
     dw_page('entry', [e], 'tallow_drabbles', 'Tallow Drabbles', 'Basic Boxes', u, 'Tallow Drabbles: MOD POST: Drabble tree, November', year=2011), [])

# ---------------------------------------------------------------- 10. An AO3 IMPORT / "moving my fic" notice (LJ 2017+ entry page, 2018).
u = 'https://fernhollow.livejournal.com/20590.html'
items = [('Proving', 'PG-13', '6,200', 'https://fernhollow.livejournal.com/20331.html', 'https://archiveofourown.org/works/15500101'),
         ('Starter Dough', 'G', '900', 'https://fernhollow.livejournal.com/18842.html', 'https://archiveofourown.org/works/15500102'),
         ('The Fête (parts 1–4)', 'PG', '14,000', 'https://fernhollow.livejournal.com/17750.html', 'https://archiveofourown.org/works/15500103')]
html = ('<p>Housekeeping! With everything that’s happened to LJ this year I have imported all my fic to AO3. The LJ posts stay up for now, but AO3 is where the tidied versions live.</p>\n<ul>'
        + ''.join(f'<li><b>{esc(t)}</b> ({r}, {w} words): <a href="{lu}">LJ</a> | <a href="{au}">AO3</a></li>\n' for t, r, w, lu, au in items)
        + '</ul>\n<p>If a link is broken, tell me in the comments!</p>')
e = {'url': u, 'journal': 'fernhollow', 'poster': 'fernhollow', 'subject': 'moving my fic to AO3', 'date': (2018, 9, 2, '11:30'), 'tags': ['housekeeping', 'ao3'], 'html': html,
     'comments': [('sourdough_sal', 'Kudos-ing everything!')]}
page('lj-aentry-2018-ao3-import-notice-titles-notstory', 'lj-2018-fernhollow-20590.html', u, 'livejournal', 'not-story', 2018,
     ['lj-2017-aentry', 'ao3-import-notice', 'not-story'],
     'LJ 2017+ entry page: an AO3 IMPORT notice (“I have imported all my fic to AO3”), a list of the writer’s stories, each title in bold with rating and word count and links “LJ | AO3”: not a story, no masterpost',
     aentry_page(e), [])

# ---------------------------------------------------------------- 11. A mod's MASTER LIST OF FILLS (InsaneJournal community, S2 Bloggish, 2011).
u = 'http://community.insanejournal.com/hearthfire_fills/7730.html'
fills = [('Ember Days', 'bramble_wick', 'G', 'http://bramble-wick.insanejournal.com/1204.html'),
         ('What the Chimney Said', 'kettle_and_quire', 'PG', 'http://kettle-and-quire.insanejournal.com/28811.html'),
         ('Banked', 'ash_and_ember', 'PG-13', 'http://community.insanejournal.com/hearthfire_fills/7702.html'),
         ('Kindling (1/2)', 'smoke_signal', 'PG', 'http://smoke-signal.insanejournal.com/551.html'),
         ('Kindling (2/2)', 'smoke_signal', 'PG', 'http://smoke-signal.insanejournal.com/560.html')]
html = ('<p>Round four is closed! Here are all the fills, in the order they came in. Thank you, everyone: five fills from four writers is a record for us.</p>\n'
        + '<p>' + '<br />\n'.join(f'<a href="{l}">{esc(t)}</a> by {lj_user_old(a, "insanejournal.com")} ({r})' for t, a, r, l in fills) + '</p>\n'
        + '<p>Round five prompts go up on the first. Mod out!</p>')
e = {'url': u, 'journal': 'hearthfire_fills', 'poster': 'hearth_mod', 'community': True, 'site': 'insanejournal.com', 'jbase': 'http://community.insanejournal.com/hearthfire_fills/',
     'subject': 'Round Four: master list of fills', 'date': (2011, 3, 1, '09:30'), 'tags': ['mod post', 'round four', 'master list'], 'html': html,
     'comments': [('bramble_wick', 'Yay, thank you for running it!', '')]}
page('ij-bloggish-2011-community-mod-master-list-of-fills-notstory', 'ij-2011-hearthfire_fills-7730.html', u, 'insanejournal', 'not-story', 2011,
     ['s2-bloggish', 'insanejournal', 'community', 'fills-master-list', 'not-story'],
     'InsaneJournal community hearthfire_fills (S2 Bloggish, community.insanejournal.com/NAME/): a mod’s MASTER LIST OF FILLS, five linked titles by four writers with ratings (two of them “Kindling (1/2)”, “(2/2)”): not a story, no masterpost',
     bloggish_page('entry', [e], 'hearthfire_fills', 'Hearthfire Fills', u, 2011, kind='C', site='insanejournal.com'), [])

# ---------------------------------------------------------------- 12. "Five fics I wish I'd written" (DW core2 Database, 2019).
u = 'https://molen-en-mist.dreamwidth.org/5120.html'
recs = [('The Fourth Keeper', 'https://sorrel-swap.dreamwidth.org/6672.html', 'a cat who decides'),
        ('Overwinter', 'https://hollin-reed.dreamwidth.org/2231.html', 'bees, grief, and a boy with a spade'),
        ('The Weir Warden', 'https://floodgate-bang.dreamwidth.org/4410.html', 'a river that talks back'),
        ('Where It Sleeps', 'http://rushlight.journalfen.net/4471.html', 'one tram, one passenger, perfect'),
        ('Proving', 'https://fernhollow.dreamwidth.org/15902.html', 'rival bakers! a fête!')]
html = ('<p>A meme from my reading list: five fics I wish I’d written. In no order:</p>\n<ol>'
        + ''.join(f'<li><a href="{l}"><b>{esc(t)}</b></a>: {esc(w)}.</li>\n' for t, l, w in recs)
        + '</ol>\n<p>Tag yourself if you want to do it too!</p>')
e = {'url': u, 'journal': 'molen_en_mist', 'poster': 'molen_en_mist', 'subject': 'meme: five fics I wish I’d written', 'date': (2019, 4, 7, '15:45'), 'tags': ['memes', 'recs'], 'html': html,
     'comments': [('tulp_en_tegel', 'Stealing this!')]}
page('dw-database-2019-five-fics-i-wish-id-written-notstory', 'dw-2019-molen_en_mist-5120.html', u, 'dreamwidth', 'not-story', 2019,
     ['dw-core2-style', 'meme', 'recs', 'not-story'],
     'DW core2 Database: the “five fics I wish I’d written” meme, an ordered list of five linked bold titles of OTHER writers’ stories, each with a line why: not a story, no masterpost',
     dw_page('entry', [e], 'molen_en_mist', 'molen en mist', 'Database', u, 'molen en mist: meme: five fics I wish I’d written', year=2019), [])
