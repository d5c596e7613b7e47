"""More single pages of tests/heldout2: LiveJournal ?format=light entries and a filter sign-up."""
from layouts import dw_page, dw_user, light_page, lj_user_old
from posts import body, brh, fields, hdr, page, part, story

# ======================================================================= AF. LJ ?format=light 2012, "[1/?]", a client's table BETWEEN header and prose
url = 'http://sundial-and-stile.livejournal.com/4491.html'
em = ['Emma had meant to be kind on Box Hill. She had got up that morning quite determined on it, and had said so to her father, and to Harriet, and to the looking-glass.',
      'And then Frank Churchill had wanted something clever, and the sun had been hot, and Miss Bates had begun to talk about her three dull things, and the words had come out of Emma’s mouth before she had even heard them in her own head.',
      'Nobody laughed. That was the worst of it. She had wanted them to laugh, and instead there was only the long silence, and the larks going up over the hill, and Mr Knightley’s face.']
e = {'url': url, 'journal': 'sundial_and_stile', 'poster': 'sundial_and_stile', 'poster_name': 'Sundial', 'subject': 'Emma fic: Three Dull Things [1/?]', 'date': (2012, 6, 23, '16:40'),
     'tags': ['emma', 'fic', 'wip'],
     'html': hdr([('Title', 'Three Dull Things'), ('Fandom', 'Emma'), ('Characters', 'Emma Woodhouse, George Knightley, Miss Bates'), ('Rating', 'PG'), ('Words', '130 so far'),
                  ('Summary', 'Box Hill, and after.')]) + '<br /><br />\n'
             + '<table style="border: 1px solid #cccccc; font-size: smaller;" cellpadding="2"><tr><td><b>Current Location:</b></td><td>the garden</td></tr><tr><td><b>Current Mood:</b></td><td>guilty (like Emma)</td></tr><tr><td><b>Current Music:</b></td><td>larks, actually</td></tr></table><br />\n'
             + brh(em) + '<br /><br />\n<small>Also posted to ' + lj_user_old('highbury_hours', kind='C') + '.</small>',
     'comments': [('donwell_abbey', 'Mr Knightley’s face!! I need part two.')]}
page('lj-light-2012-wip-1ofunknown-clienttable-threedull', 'lj-2012-sundial_and_stile-4491-light.html', url + '?format=light', 'livejournal', 'story', 2012, ['part-marker', 'metadata-inside', 'light', 'crosspost'],
     'LJ ?format=light (talkread in the Lynx scheme, 2012; both the ?format=light and the bare URL listed): subject “Emma fic: Three Dull Things [1/?]” (part 1, total null), “Words: 130 so far”, a client’s “Current Location / Mood / Music” table BETWEEN the header and the prose, “Also posted to highbury_hours” (community ljuser) after it',
     light_page(e, 2012),
     [story(url, 'sundial_and_stile', 'sundial_and_stile', fields(title='Three Dull Things', fandom='Emma', characters='Emma Woodhouse, George Knightley, Miss Bates', rating='PG', wordCount='130 so far',
                                                                 summary='Box Hill, and after.'), part(1, None), body('emma-threedullthings-1', em), exclude=['the garden', 'larks, actually', 'Also posted to', 'Current Mood'])],
     also=[url])

# ======================================================================= AG. LJ ?format=light 2013 community drabble, "(Part One of Three)" style in the header only
url = 'http://hundred-hearths.livejournal.com/8812.html'
hh = ['The kitchen at Thornfield was the only warm room in the house in January, and so everyone ended up in it sooner or later: Mrs Fairfax with her knitting, Adèle with her doll, Leah with the silver, and at last, near ten o’clock, Jane, who told herself she had come for hot water.',
      'Nobody believed her. Mrs Fairfax moved her basket so there was room on the settle. Adèle climbed into her lap without asking.',
      'Upstairs the house creaked and muttered in the frost. Down here the kettle sang, and the fire was banked high, and for a little while nobody was afraid of anything at all.']
e = {'url': url, 'journal': 'hundred_hearths', 'poster': 'thornfield_tea', 'poster_name': 'Tea', 'community': True, 'subject': 'Jane Eyre: The Warm Room', 'date': (2013, 1, 19, '22:05'),
     'tags': ['fandom: jane eyre', 'prompt: frost'],
     'html': '<i>x-posted to my journal</i><br /><br />\n' + hdr([('Title', 'The Warm Room'), ('Author', (lj_user_old('thornfield_tea'), 'thornfield_tea')), ('Fandom', 'Jane Eyre'), ('Rating', 'G'), ('Words', '110'), ('Prompt', 'frost')], '<b>{L}</b> ~ {V}')
             + '<br /><br />\n' + brh(hh)}
page('lj-light-2013-community-xposted-warmroom', 'lj-2013-hundred_hearths-8812-light.html', url + '?format=light', 'livejournal', 'story', 2013, ['community', 'light', 'decorated', 'crosspost', 'ficlet'],
     'LJ ?format=light of a community post (2013): “Tea (thornfield_tea) wrote in hundred_hearths,” (author = poster, journal = community), an italic “x-posted to my journal” line ABOVE a `<b>Label</b> ~ X` header with Author (ljuser) and Prompt; `<br /><br />` prose',
     light_page(e, 2013),
     [story(url, 'thornfield_tea', 'hundred_hearths', fields(title='The Warm Room', author='thornfield_tea', fandom='Jane Eyre', rating='G', wordCount='110', prompt='frost'), None,
            body('janeeyre-warmroom', hh), exclude=['x-posted to my journal'])],
     also=[url])

# ======================================================================= AI. DW 2012 filter sign-up
url = 'https://bellfounder-books.dreamwidth.org/5560.html'
e = {'url': url, 'journal': 'bellfounder_books', 'poster': 'bellfounder_books', 'subject': 'new access filter for the long Hornblower thing', 'date': (2012, 8, 5, '11:11'), 'tags': ['filters', 'fic: hornblower'],
     'html': '<p>I’m going to post the drafts of the Hornblower longfic locked, chapter by chapter, so I can fix things before it goes on AO3. Comment here if you’d like to be on the filter!</p>\n'
             '<p><b>Title (working):</b> The Bellfounder’s Son<br />\n<b>Rating:</b> probably Teen<br />\n<b>Length:</b> 30k? 40k? who knows<br />\n<b>Chapters:</b> one a week, Sundays</p>\n'
             '<p>Comments are screened. I won’t be offended if you don’t want in!</p>'}
page('dw-core2-2012-filtersignup-bellfounder-notstory', 'dw-2012-bellfounder_books-5560.html', url, 'dreamwidth', 'not-story', 2012, ['about-fic'],
     'A filter sign-up (DW core2 Tabula Rasa, 2012): a planned story’s “Title (working)” / Rating / Length / Chapters lines, “Comment here if you’d like to be on the filter”: not a story',
     dw_page('entry', [e], 'bellfounder_books', 'the bellfounder’s books', 'Tabula Rasa', url, 'bellfounder_books: new access filter for the long Hornblower thing', year=2012), [])

# ======================================================================= AJ. DW tag page 2012 with both parts of The Second Lamp, uncut, and an older drabble
from posts import SL_ENTRIES, sl_urls, sl_prose  # noqa: E402

T = 'https://gasogene-and-pipe.dreamwidth.org/tag/fic'
old = ['Mrs Hudson had a rule about the violin after midnight, and Holmes had a rule about rules, and for eleven years the two of them had fought it out across the landing like a pair of sovereign powers.',
       'Tonight, though, the violin was playing something slow and Scottish, and Mrs Hudson, in her curl-papers on the stair, found she had sat down to listen.',
       'When it stopped she went back up to bed without a word. In the morning there was a pot of her favourite marmalade on the hall table, and neither of them mentioned it ever again.']
oe = {'url': 'https://gasogene-and-pipe.dreamwidth.org/7302.html', 'journal': 'gasogene_and_pipe', 'poster': 'gasogene_and_pipe', 'subject': 'After Midnight', 'date': (2011, 12, 2, '00:40'), 'tags': ['fic', 'holmes'],
      'html': '<p><b>~Title~</b> After Midnight<br />\n<b>~Characters~</b> Mrs Hudson, Holmes<br />\n<b>~Rating~</b> G</p>\n' + ''.join(f'<p>{p}</p>\n' for p in old).replace('’', '&rsquo;'), 'date_first': True}
page('dw-core2-2012-tagpage-secondlamp', 'dw-2012-gasogene_and_pipe-tag-fic.html', T, 'dreamwidth', 'index', 2012, ['index', 'tag', 'part-marker', 'decorated'],
     'DW tag page (/tag/fic, core2 Blanket, 2012), newest first: The Second Lamp 2/2 and 1/2 in full (no cuts; the “next part →” / “← previous part” lines in each), then an older ficlet with `~Label~` labels and `&rsquo;` entities',
     dw_page('tag', [SL_ENTRIES[1], SL_ENTRIES[0], oe], 'gasogene_and_pipe', 'the gasogene & the pipe', 'Blanket', T, 'the gasogene & the pipe: fic', subtitle='Entries tagged with fic', year=2012),
     [story(sl_urls[1], 'gasogene_and_pipe', 'gasogene_and_pipe', fields(title='The Second Lamp', fandom='Sherlock Holmes - Arthur Conan Doyle', characters='Holmes, Watson', rating='Gen', wordCount='140'),
            part(2, 2), 'bodies/holmes-secondlamp-2.txt', exclude=['previous part']),
      story(sl_urls[0], 'gasogene_and_pipe', 'gasogene_and_pipe', fields(title='The Second Lamp', fandom='Sherlock Holmes - Arthur Conan Doyle', characters='Holmes, Watson', rating='Gen', wordCount='150'),
            part(1, 2), 'bodies/holmes-secondlamp-1.txt', exclude=['next part']),
      story(oe['url'], 'gasogene_and_pipe', 'gasogene_and_pipe', fields(title='After Midnight', characters='Mrs Hudson, Holmes', rating='G'), None, body('holmes-aftermidnight', old), exclude=['~Rating~'])])

# ======================================================================= AK. Wayback copy (absolute links) of a DW 2016 ficlet with typed music/mood under the prose
from layouts import wayback as _wayback  # noqa: E402

orig = 'https://yellow-diamond-fic.dreamwidth.org/3637.html'
ts = '20170304121508'
wurl = f'https://web.archive.org/web/{ts}/{orig}'
ms = ['Gabriel Betteredge had read Robinson Crusoe eleven times, and on the twelfth he found a page he had never seen before.',
      'It was in the middle of the book, between the shipwreck and the footprint, and it said in plain print that a man who loses a diamond should look first in his own house and last in the quicksand.',
      'Betteredge closed the book. He opened it again. The page was gone.',
      'He sat a long while in his chair by the fire with his pipe gone out, and then he got up and went, very slowly, to look at the paint on the door of Miss Rachel’s sitting-room.']
e = {'url': orig, 'journal': 'yellow_diamond_fic', 'poster': 'yellow_diamond_fic', 'subject': 'The Twelfth Reading (The Moonstone, gen)', 'date': (2016, 11, 5, '19:45'), 'tags': ['fic', 'the moonstone'],
     'html': '<p>' + hdr([('Title', 'The Twelfth Reading'), ('Fandom', 'The Moonstone - Wilkie Collins'), ('Characters', 'Gabriel Betteredge'), ('Rating', 'Gen'), ('Words', '120')], '» <b>{L}:</b> {V}') + '</p>\n'
             + ''.join(f'<p>{p}</p>\n' for p in ms) + '<p><small>mood: smug | music: the rain</small></p>'}
page('wayback-dw-core2-2016-typedmeta-below-twelfthreading', f'wayback-{ts}-yellow_diamond_fic-3637.html', wurl, 'wayback', 'story', 2016, ['wayback', 'decorated', 'metadata-inside', 'ficlet'],
     'Wayback copy (2017-03-04, absolute https://web.archive.org/web/… links) of a DW core2 Lineage ficlet (2016): `» <b>Label:</b> X` header, `<p>` prose, a typed small “mood: smug | music: the rain” line after the prose (not body); story URL is the original DW URL',
     _wayback(dw_page('entry', [e], 'yellow_diamond_fic', 'the yellow diamond', 'Lineage', orig, 'yellow_diamond_fic: The Twelfth Reading (The Moonstone, gen)', year=2016), ts, orig, absolute=True),
     [story(orig, 'yellow_diamond_fic', 'yellow_diamond_fic', fields(title='The Twelfth Reading', fandom='The Moonstone - Wilkie Collins', characters='Gabriel Betteredge', rating='Gen', wordCount='120'), None,
            body('moonstone-twelfthreading', ms), exclude=['mood: smug', 'music: the rain'])])
