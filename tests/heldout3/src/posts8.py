"""Last single pages of tests/heldout3: a header-only post pointing at a community, a "coming soon" post, a community recent page."""
from layouts import dw_cut_link, dw_page, dw_user, gen_page, lj_user_old
from posts import body, brh, dwu, fields, hdr, page, part, ph, story

# ======================================================================= AK. LJ Generator 2009 header-only: "story at the comm" (community entry, not in the corpus)
url = 'http://sedge-warbler.livejournal.com/2650.html'
comm = 'http://tide-tables.livejournal.com/4471.html'
rows = [('Title', 'What the Pilot Said'), ('Fandom', 'The Riddle of the Sands'), ('Characters', 'Davies, Carruthers'), ('Rating', 'PG'), ('Word count', '1,800'),
        ('Summary', 'A pilot who will not take them through the Wattenmeer, and why.')]
e = {'url': url, 'journal': 'sedge_warbler', 'poster': 'sedge_warbler', 'subject': 'Fic: What the Pilot Said', 'date': (2009, 3, 15, '19:45'), 'tags': ['fic', 'riddle of the sands'],
     'html': hdr(rows, fmt='<b>{L}:</b> {V}') + '<br /><br />\n'
             + f'Story at {lj_user_old("tide_tables", kind="C")}: <a href="{comm}">What the Pilot Said</a><br /><br />\nThank you to everyone who held my hand through this one.'}
page('lj-generator-2009-headeronly-storyatcomm-pilot', 'lj-2009-sedge_warbler-2650.html', url, 'livejournal', 'story', 2009, ['header-only', 'community'],
     'Header-only post (LJ S2 Generator, 2009): full `<b>Label:</b>` header, “Story at tide_tables: What the Pilot Said” (a community ljuser, then a link to the community entry, whose text is the title: partLinks; the entry is not in the corpus), a thank-you line after it',
     gen_page('entry', [e], 'livejournal', 'sedge_warbler', 'sedge warbler', url, 'sedge_warbler: Fic: What the Pilot Said', 2009),
     [story(url, 'sedge_warbler', 'sedge_warbler', fields(title='What the Pilot Said', fandom='The Riddle of the Sands', characters='Davies, Carruthers', rating='PG', wordCount='1,800',
                                                      summary='A pilot who will not take them through the Wattenmeer, and why.'), None,
            exclude=['Story at', 'Thank you to everyone who held my hand'], headerOnly=True, partLinks=[comm])])

# ======================================================================= AL. DW core2 2023 "coming soon" post about the next chapter
url = 'https://kestrel-stair.dreamwidth.org/1200.html'
e = {'url': url, 'journal': 'kestrel_stair', 'poster': 'kestrel_stair', 'subject': 'The Kestrel Stair (3/3) — coming soon!', 'date': (2023, 4, 20, '08:08'), 'tags': ['fic: the kestrel stair', 'wip'],
     'html': '<p>Not dead! Chapter three is about 80% done. Maud is at the gate, the gate is being difficult, and so am I.</p>\n'
             + '<p><b>Title:</b> The Kestrel Stair<br /><b>Rating:</b> G<br /><b>Status:</b> 2 of 3 chapters posted</p>\n<p>Thank you for the lovely comments on chapter two, they are keeping me going.</p>'}
page('dw-wideopen-2023-comingsoon-3of3-notstory', 'dw-2023-kestrel_stair-1200.html', url, 'dreamwidth', 'not-story', 2023, ['about-fic', 'part-marker'],
     'A WIP “coming soon” post (DW core2 Wide Open, 2023): subject “The Kestrel Stair (3/3) — coming soon!” (a part marker), a Title / Rating / Status block and chatter, no story text: not a story',
     dw_page('entry', [e], 'kestrel_stair', 'the kestrel stair', 'Wide Open', url, 'The Kestrel Stair (3/3) — coming soon! - the kestrel stair', year=2023), [])

# ======================================================================= AM. DW community recent page 2014: a prompt post (not a story) and a drabble fill
page_url = 'https://hundred-word-harbour.dreamwidth.org/'
fill = ['The harbour cat had nine lives and had spent eight of them on the fish quay, which the fishermen agreed was the only sensible place to spend them.',
        'The ninth she was saving. Nobody knew what for. She sat on the end of the breakwater every evening and watched the boats come in, counting, and when the last one was home she went to bed.',
        'On the night the Providence was late, she did not go to bed. She was still there at dawn when it came limping in, and the skipper swore she had been the light he steered by.']
f1 = {'url': page_url + '3921.html', 'journal': 'hundred_word_harbour', 'poster': 'quayside_cat', 'community': True, 'subject': 'Fill: The Ninth Life', 'date': (2014, 5, 12, '21:12'),
      'tags': ['fills: week 19', 'author: quayside_cat'],
      'html': '<p>' + hdr([('Title', 'The Ninth Life'), ('Author', dwu('quayside_cat')), ('Prompt', 'lighthouse'), ('Rating', 'G'), ('Words', '100')]) + '</p>\n' + ph(fill)}
f2 = {'url': page_url + '3700.html', 'journal': 'hundred_word_harbour', 'poster': 'harbour_mod', 'community': True, 'subject': 'Week 19 prompt: lighthouse', 'date': (2014, 5, 10, '09:00'),
      'tags': ['prompts', 'mod post'],
      'html': '<p>This week’s prompt is <b>lighthouse</b>. Drabbles only (exactly 100 words), any fandom or none.</p>\n<p>Please use this header:</p>\n<p>Title:<br />Author:<br />Prompt:<br />Rating:<br />Words:</p>\n<p>Fills are due Sunday at midnight UTC.</p>'}
page('dw-venture-2014-community-recent-ninthlife', 'dw-2014-hundred_word_harbour-recent.html', page_url, 'dreamwidth', 'index', 2014, ['index', 'community', 'drabble', 'about-fic'],
     'A DW community’s recent page (core2 Venture, 2014), newest first: a drabble fill (“quayside_cat posting in hundred_word_harbour”, Author ljuser, Prompt), then the mods’ prompt post with an EMPTY header template (Title: / Author: / … with no values): not a story',
     dw_page('recent', [f1, f2], 'hundred_word_harbour', 'One Hundred Words at the Harbour', 'Venture', page_url, 'One Hundred Words at the Harbour', year=2014),
     [story(f1['url'], 'quayside_cat', 'hundred_word_harbour', fields(title='The Ninth Life', author='quayside_cat', prompt='lighthouse', rating='G', wordCount='100'), None, body('ninthlife', fill))])
