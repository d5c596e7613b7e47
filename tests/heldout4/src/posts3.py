"""tests/heldout4: posts about fic and other posts that are not fic (recs, a review, "fic I'm reading", a WIP update, a personal
post with a part marker, a ficlet meme, a poll, lyrics, a poem, a con post, a year-in-fic meme, a claims post)."""
from layouts import aentry_page, dw_page, dw_user, gen_page, lj_user_new, lj_user_old, singlepost_page
from notepad import np_page
from posts import page



def notstory(id, file, url, site, year, shapes, desc, html):
    page(id, file, url, site, 'not-story', year, shapes, desc, html, [])


# ======================================================================= N1. LJ Notepad 2009 recs post: Title (link) / Author / Rating / Summary / "Why"
url = 'http://salt-and-sorrel.livejournal.com/6120.html'
recs = [('The Keeper’s Log', 'http://archiveofourown.org/works/22018', 'lamplit_quay', 'G', 'A lighthouse keeper’s year, told through his log book.', 'the weather entries made me cry. the WEATHER entries.'),
        ('Whale Road', 'http://gull-and-grey.livejournal.com/3310.html', 'gull_and_grey', 'PG-13', 'Ishmael, after. A boarding house in New Bedford and a harpoon over the mantel.', 'short and perfect and so, so sad.'),
        ('Three Knots', 'http://archiveofourown.org/works/19877', 'bosun_bird', 'G', 'Learning to sail from someone who would rather not teach you.', 'the most competent, grumpy mentor.')]
html = 'It’s been a while since I did recs! All sea stories this time, because that’s all I’ve been reading.<br /><br />\n' + '<br /><br />\n'.join(
    f'<b>Title:</b> <a href="{u}">{t}</a><br />\n<b>Author:</b> {lj_user_old(a)}<br />\n<b>Rating:</b> {r}<br />\n<b>Summary:</b> {s}<br />\n<i>Why:</i> {w}' for t, u, a, r, s, w in recs)
e = {'url': url, 'journal': 'salt_and_sorrel', 'poster': 'salt_and_sorrel', 'subject': 'fic recs: sea stories', 'date': (2009, 4, 4, '14:40'), 'html': html, 'currents': [('Mood', 'content')]}
notstory('lj-notepad-2009-recs-seastories-notstory', 'lj-2009-salt_and_sorrel-6120.html', url, 'livejournal', 2009, ['recs', 'about-fic', 'notepad'],
         'A recs post (LJ S2 Notepad, 2009): subject “fic recs: sea stories”, three `<b>Title:</b>` (link) / Author (ljuser) / Rating / Summary blocks with an italic “Why:” line: other people’s stories, not a story',
         np_page('entry', [e], 'salt_and_sorrel', url, 'salt & sorrel - fic recs: sea stories', 2009))

# ======================================================================= N2. DW Strata 2014 review of someone's story: quotes its header and a line in a blockquote
url = 'https://reading-lamp-reviews.dreamwidth.org/4420.html'
html = ('<p>I promised I would write something proper about this one, so here it is.</p>\n'
        + '<p><b>Title:</b> Longshore<br />\n<b>Author:</b> ' + dw_user('saltmarsh_sal') + '<br />\n<b>Rating:</b> PG<br />\n<b>Words:</b> 24,000</p>\n'
        + '<p>The thing about Longshore is that it never tells you how to feel. Sal writes the dock strike from three sides, the men, the wives, the shipping clerk, and lets you sit in all of them. The middle section drags a little (I could have lost one of the meetings) but the last chapter earns every word.</p>\n'
        + '<blockquote><i>“You don’t win a strike,” said Ma Doyle. “You just lose it slower than they do.”</i></blockquote>\n'
        + '<p>That line. I have been thinking about it for a week. Go and read it: <a href="https://archiveofourown.org/works/2260118">on AO3</a>.</p>')
e = {'url': url, 'journal': 'reading_lamp_reviews', 'poster': 'reading_lamp_reviews', 'subject': 'review: Longshore, by saltmarsh_sal', 'date': (2014, 10, 12, '11:30'), 'tags': ['reviews', 'fic: other people’s'], 'html': html}
notstory('dw-strata-2014-review-longshore-notstory', 'dw-2014-reading_lamp_reviews-4420.html', url, 'dreamwidth', 2014, ['review', 'about-fic'],
         'A review of someone else’s story (DW core2 Strata, 2014): the story’s Title / Author (ljuser) / Rating / Words block quoted, paragraphs of opinion, a quoted line in a blockquote, an AO3 link: about a story, not one',
         dw_page('entry', [e], 'reading_lamp_reviews', 'by the reading lamp', 'Strata', url, 'review: Longshore, by saltmarsh_sal - by the reading lamp', year=2014))

# ======================================================================= N3. DW Seamless 2021 "fic I'm reading": WIPs with chapter counts
url = 'https://nettle-tea-reads.dreamwidth.org/51102.html'
items = [('Stormglass', 'https://archiveofourown.org/works/30011245', '(12/?)', 'updated Sunday and I screamed'),
         ('The Cartographer’s Apprentice', 'https://archiveofourown.org/works/29880412', '(7/20)', 'slow but so worth it'),
         ('Hedgerow Hours', 'https://archiveofourown.org/works/30312007', '(3/3)', 'finished! a perfect little thing')]
html = ('<p>What I’m reading this week, fic edition:</p>\n<ul>' + ''.join(f'<li><a href="{u}">{t}</a> {m}: {c}</li>' for t, u, m, c in items) + '</ul>\n'
        + '<p>Also still stuck on chapter four of my own thing. Ask me how that’s going. (Don’t.)</p>')
e = {'url': url, 'journal': 'nettle_tea_reads', 'poster': 'nettle_tea_reads', 'subject': 'wednesday reading: fic I’m following', 'date': (2021, 3, 17, '21:05'), 'tags': ['wednesday reading meme', 'fic'], 'html': html}
notstory('dw-seamless-2021-fic-im-reading-partmarkers-notstory', 'dw-2021-nettle_tea_reads-51102.html', url, 'dreamwidth', 2021, ['about-fic', 'part-marker', 'list-of-links'],
         'A “what I’m reading” post (DW core2 Seamless, 2021): a list of other people’s WIPs on AO3 with “(12/?)”, “(7/20)”, “(3/3)” after the links, a fic tag: a list of links, not a story',
         dw_page('entry', [e], 'nettle_tea_reads', 'nettle tea', 'Seamless', url, 'wednesday reading: fic I’m following - nettle tea', year=2021))

# ======================================================================= N4. IJ Generator 2012 WIP Wednesday: a header-like status block and a two-line snippet
url = 'http://marsh-lantern.insanejournal.com/11820.html'
html = ('WIP Wednesday! Still chipping away at the big one.<br /><br />\n<b>Title:</b> Stormwrack<br />\n<b>Fandom:</b> Original<br />\n<b>Words so far:</b> 8,200<br />\n<b>Chapters:</b> 3 of ?<br /><br />\n'
        + 'A snippet, because I promised:<br /><br />\n<i>The wreck had been on the sands for a hundred years. Nobody had ever seen it move.</i><br /><br />\n'
        + 'That’s all you get! Hoping to have chapter four done by the end of the month, but you know me.')
e = {'url': url, 'journal': 'marsh_lantern', 'poster': 'marsh_lantern', 'subject': 'WIP Wednesday: Stormwrack', 'date': (2012, 5, 16, '20:20'), 'tags': ['wip wednesday', 'fic: stormwrack'], 'html': html}
notstory('ij-generator-2012-wipwednesday-snippet-notstory', 'ij-2012-marsh_lantern-11820.html', url, 'insanejournal', 2012, ['about-fic', 'wip'],
         'A WIP update (InsaneJournal S2 Generator, 2012): “WIP Wednesday!”, a Title / Fandom / “Words so far” / “Chapters: 3 of ?” block, a two-sentence italic snippet and chatter: about a story in progress, not a story',
         gen_page('entry', [e], 'insanejournal', 'marsh_lantern', 'marsh lantern', url, 'marsh_lantern: WIP Wednesday: Stormwrack', 2012))

# ======================================================================= N5. LJ Notepad 2008 personal post whose subject has a part marker
url = 'http://pottingshed-days.livejournal.com/3012.html'
html = ('The garden saga continues! The broad beans are up, the slugs have found the lettuces, and the neighbour’s cat has decided the new bed is a toilet. I have put down holly. The cat has put down more.<br /><br />\n'
        + 'Also I dug up what I am fairly sure is a Victorian ginger beer bottle, which is now on the kitchen windowsill with a daffodil in it. Small victories.<br /><br />\nPart four next week, probably involving netting.')
e = {'url': url, 'journal': 'pottingshed_days', 'poster': 'pottingshed_days', 'subject': 'the garden, part 3 (of many)', 'date': (2008, 4, 20, '18:00'), 'html': html, 'currents': [('Mood', 'muddy')]}
notstory('lj-notepad-2008-personal-garden-part3-notstory', 'lj-2008-pottingshed_days-3012.html', url, 'livejournal', 2008, ['personal', 'part-marker', 'notepad'],
         'A personal post (LJ S2 Notepad, 2008): subject “the garden, part 3 (of many)” (a part marker) over a garden diary: not a story',
         np_page('entry', [e], 'pottingshed_days', url, 'Potting Shed Days - the garden, part 3 (of many)', 2008))

# ======================================================================= N6. LJ Generator 2010 ficlet meme: "comment with a pairing and a word"
url = 'http://thimble-and-thorn.livejournal.com/20455.html'
html = ('<b>Three-sentence ficlet meme!</b><br /><br />\nComment with a pairing or character and a word, and I’ll write you three sentences. Any of my fandoms (Austen, Gaskell, Brontës, anything Victorian really).<br /><br />\n'
        + 'I’ll post them in the comments and collect them in a post later.<br /><br />\n<small>Nicked from ' + lj_user_old('pennyroyal_tea_ficlets') + '</small>')
e = {'url': url, 'journal': 'thimble_and_thorn', 'poster': 'thimble_and_thorn', 'subject': 'Meme: three-sentence ficlets', 'date': (2010, 2, 14, '13:13'), 'tags': ['memes', 'fic: ficlets'], 'html': html,
     'comments': [('pickle_and_pie', 'Margaret Hale, "chimney"!'), ('bonnet_strings', 'Jane/Bingley, "snow"?')]}
notstory('lj-generator-2010-ficlet-meme-notstory', 'lj-2010-thimble_and_thorn-20455.html', url, 'livejournal', 2010, ['meme', 'about-fic'],
         'A ficlet meme (LJ S2 Generator, 2010): “Three-sentence ficlet meme!”, rules, two prompt comments, tags “memes, fic: ficlets”: a call for prompts, no story',
         gen_page('entry', [e], 'livejournal', 'thimble_and_thorn', 'thimble & thorn', url, 'thimble_and_thorn: Meme: three-sentence ficlets', 2010))

# ======================================================================= N7. LJ Notepad 2011 poll about what to write next (LJ::Poll form markup)
url = 'http://ink-and-ivy.livejournal.com/33109.html'
pid = 1702244
opts = ['Title: The Lantern Fair (ch. 3/5), rating G', 'Title: Saltings (part 2/?), rating PG', 'something new!']
poll = (f"<div id='poll-{pid}-container' class='poll-container'><form action='http://www.livejournal.com/poll/?id={pid}' method='post'>"
        f"<input type='hidden' name='pollid' value='{pid}' /><b><a href='http://www.livejournal.com/poll/?id={pid}'>Poll #{pid}</a></b> <i>What next?</i><br />"
        "<span style='font-family: monospace; font-weight: bold; font-size: 1.2em;'>Open to: All, detailed results viewable to: All. Participants: 14</span><br /><br />"
        "<p>Which should I finish first?</p><div style='margin: 10px 0 10px 40px'>"
        + ''.join(f"<input type='radio' name='pollq-{i}' value='{i}' id='pollq-{pid}-{i}' /> <label for='pollq-{pid}-{i}'>{o}</label><br />" for i, o in enumerate(opts))
        + f"</div><input type='submit' value='Submit Poll' /> <a href='http://www.livejournal.com/poll/?id={pid}&amp;mode=results'>View Answers</a></form></div>")
e = {'url': url, 'journal': 'ink_and_ivy', 'poster': 'ink_and_ivy', 'subject': 'fic poll!', 'date': (2011, 7, 7, '21:00'),
     'html': 'I have too many WIPs and no willpower. Help me decide!<br /><br />\n' + poll + '<br />\nThank you, flist, you are all enablers.'}
notstory('lj-notepad-2011-poll-whatnext-notstory', 'lj-2011-ink_and_ivy-33109.html', url, 'livejournal', 2011, ['poll', 'about-fic', 'notepad'],
         'An LJ poll (S2 Notepad, 2011; LJ::Poll form: “Poll #N”, open-to line, radio answers, View Answers) whose answers hold “Title: … (ch. 3/5), rating G”: about fic, not fic',
         np_page('entry', [e], 'ink_and_ivy', url, 'ink & ivy - fic poll!', 2011))

# ======================================================================= N8. DW Tectonic 2018 lyrics post
url = 'https://foghorn-fancies.dreamwidth.org/8801.html'
verses = [['Oh the ferry goes out and the ferry comes in', 'and the tide doesn’t care where you’ve been', 'so pay your penny and pull your coat', 'and sing with us all on the old grey boat'],
          ['Row me over, row me home', 'the river’s wide and the night is long', 'row me over, row me home', 'and I’ll pay you back in song']]
html = ('<p>This has been stuck in my head ALL WEEK after the folk night at the Anchor. Posting the words so at least I’m not suffering alone:</p>\n'
        + ''.join('<p><i>' + '<br />\n'.join(v) + '</i></p>\n' for v in verses) + '<p>(I think it’s trad? Nobody at the pub knew. If you know where it’s from, tell me!)</p>')
e = {'url': url, 'journal': 'foghorn_fancies', 'poster': 'foghorn_fancies', 'subject': 'earworm: the ferry song', 'date': (2018, 11, 3, '22:45'), 'tags': ['music', 'folk night'], 'html': html}
notstory('dw-tectonic-2018-lyrics-ferrysong-notstory', 'dw-2018-foghorn_fancies-8801.html', url, 'dreamwidth', 2018, ['lyrics', 'personal'],
         'A lyrics post (DW core2 Tectonic, 2018): two italic verses of a song with `<br />` lines between chatter, tags “music, folk night”: not a story',
         dw_page('entry', [e], 'foghorn_fancies', 'foghorn fancies', 'Tectonic', url, 'earworm: the ferry song - foghorn fancies', year=2018))

# ======================================================================= N9. DW Dustyfoot 2013 an original poem (not fic), with a title line
url = 'https://frostfern.dreamwidth.org/2940.html'
stanzas = [['The first frost comes like a careful thief', 'and takes the colour from every leaf,', 'it leaves the hedges stiff and white', 'and all the puddles locked up tight.'],
           ['I stand at the gate with my breath in a cloud', 'and say good morning, not too loud,', 'as if the field were still asleep', 'and this were a secret it meant to keep.']]
html = ('<p><b>First Frost</b></p>\n' + ''.join('<p>' + '<br />\n'.join(s) + '</p>\n' for s in stanzas) + '<p><small>(written at the bus stop, so forgive the rhymes)</small></p>')
e = {'url': url, 'journal': 'frostfern', 'poster': 'frostfern', 'subject': 'a poem for the first frost', 'date': (2013, 11, 21, '08:30'), 'tags': ['poetry', 'my writing'], 'html': html}
notstory('dw-dustyfoot-2013-poem-firstfrost-notstory', 'dw-2013-frostfern-2940.html', url, 'dreamwidth', 2013, ['poetry'],
         'An original poem (DW core2 Dustyfoot, 2013): a bold title line and two rhymed stanzas with `<br />` line breaks, tags “poetry, my writing”: a poem, not a story',
         dw_page('entry', [e], 'frostfern', 'frost & fern', 'Dustyfoot', url, 'a poem for the first frost - frost & fern', year=2013))

# ======================================================================= N10. DW Goldleaf 2016 con post mentioning a reading of the author's fic
url = 'https://kettle-and-kite.dreamwidth.org/19920.html'
html = ('<p>I’ll be at Harbourcon next weekend! Come and say hi, I’ll be the one with the kite-shaped badge.</p>\n'
        + '<p><b>Saturday:</b> the zine table, 11–1<br />\n<b>Saturday evening:</b> fic open mic, where I am reading a bit of <i>Kite Weather</i> (rated G, 2,000 words, the one with the lighthouse)<br />\n'
        + '<b>Sunday:</b> sleeping, probably</p>\n<p>If you want a zine, bring cash, the card reader hates me.</p>')
e = {'url': url, 'journal': 'kettle_and_kite', 'poster': 'kettle_and_kite', 'subject': 'con plans (and a fic reading!)', 'date': (2016, 4, 2, '12:00'), 'tags': ['cons', 'fic: kite weather'], 'html': html}
notstory('dw-goldleaf-2016-conpost-fic-reading-notstory', 'dw-2016-kettle_and_kite-19920.html', url, 'dreamwidth', 2016, ['about-fic', 'con'],
         'A con post (DW core2 Goldleaf, 2016): subject “con plans (and a fic reading!)”, a bold Saturday/Sunday schedule naming the author’s story with its rating and length, tag “fic: kite weather”: not a story',
         dw_page('entry', [e], 'kettle_and_kite', 'kettle & kite', 'Goldleaf', url, 'con plans (and a fic reading!) - kettle & kite', year=2016))

# ======================================================================= N11. LJ singlepost 2013 year-in-fic meme: first lines of the year's stories
url = 'http://folio-and-fern.livejournal.com/48812.html'
firsts = [('Cold Comfort', 'http://folio-and-fern.livejournal.com/44120.html', 'The snow came in October that year, which nobody in Haworth had expected.'),
          ('The Ninth Gate', 'http://folio-and-fern.livejournal.com/45990.html', 'Jane counted the doors on the third floor twice.'),
          ('Sea Fret', 'http://folio-and-fern.livejournal.com/47301.html', 'The fog came in off the North Sea like a held breath.')]
html = ('<b>2012 in fic: the first-lines meme</b><br /><br />\nThe rules: post the first line of every story you finished this year. I managed three, which is three more than 2011!<br /><br />\n'
        + '<br /><br />\n'.join(f'<a href="{u}">{t}</a>: <i>{l}</i>' for t, u, l in firsts) + '<br /><br />\nNext year: a long one. (Famous last words.)')
e = {'url': url, 'journal': 'folio_and_fern', 'poster': 'folio_and_fern', 'subject': '2012 in fic', 'date': (2013, 1, 2, '15:30'), 'tags': ['memes', 'fic: mine'], 'html': html}
notstory('lj-singlepost-2013-yearinfic-firstlines-meme-notstory', 'lj-2013-folio_and_fern-48812.html', url, 'livejournal', 2013, ['meme', 'about-fic', 'list-of-links'],
         'A year-in-fic meme (LJ 2016 b-singlepost page of a 2013 entry): the first line of each of the year’s three stories after a link to it: a list of links with quoted lines, not a story',
         singlepost_page(e, 'folio & fern'))

# ======================================================================= N12. LJ aentry 2019 community claims post: a table of claims
url = 'https://harbour-lights-fest.livejournal.com/5510.html'
claims = [('lamplit_quay', 'The Keeper’s Log', 'prompt 4: fog'), ('bosun_bird', 'Three Knots', 'prompt 11: rope'), ('gull_and_grey', '(untitled)', 'prompt 2: the last ferry')]
html = ('<p>Claims are now closed! Here’s who is writing what:</p>\n<table border="1" cellpadding="3"><tr><th>Writer</th><th>Working title</th><th>Prompt</th></tr>\n'
        + '\n'.join(f'<tr><td>{lj_user_new(w)}</td><td>{t}</td><td>{p}</td></tr>' for w, t, p in claims) + '</table>\n<p>Fics are due 30 June. Any questions, comment here. Happy writing!</p>')
e = {'url': url, 'journal': 'harbour_lights_fest', 'poster': 'harbour_lights_mod', 'community': True, 'subject': 'Claims are closed!', 'date': (2019, 5, 1, '09:00'), 'tags': ['mod post', 'claims'], 'html': html}
notstory('lj-aentry-2019-community-claims-table-notstory', 'lj-2019-harbour_lights_fest-5510.html', url, 'livejournal', 2019, ['about-fic', 'community', 'header-table'],
         'A fest’s claims post (LJ aentry, 2019, “harbour_lights_mod in harbour_lights_fest”): a table of writer (ljuser) / working title / prompt, due date: a mod post, not a story',
         aentry_page(e))

import posts4  # noqa: E402,F401
