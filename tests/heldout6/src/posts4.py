"""tests/heldout6: one-post pages on Quite Lickable, A Sturdy Gesture and DW core2 (a ficlet whose header is a table of
decorated labels under a typed metadata line, lyrics, a header-only post pointing at a DW entry, a headerless drabble,
a book review, an exchange sign-up, a header-only AO3 post whose header is a definition list), and two Wayback copies
(2016 and 2019 captures: the toolbar `#wm-ipp-base`, /web/TS/ links, im_/js_/cs_ forms)."""
from layouts import dw_page, wayback
from posts import body, brh, dwu, fields, hdr, lju, page, ph, story
from s2x import lickable_page, sturdy_page

# ======================================================================= 1. A ficlet (LJ 2009, Quite Lickable, The Wind in the Willows): a typed
# "location: … | mood: …" line ABOVE the header; the header a two-column table with `✿ Label ✿` cells (no colons).
u = 'http://riverbank-rhymes.livejournal.com/6120.html'
p = ['Mole had not meant to stay the winter at Toad Hall. It had been one night, and then the snow, and then the snow again.',
     'Toad was a surprisingly good host when there was nobody to show off to. He made cocoa badly and told long, untrue stories about the motor-car, and in the evenings he sat by the fire with a rug over his knees and let Mole win at draughts.',
     'In March, when Mole finally went home, he found he missed the lies.']
tbl = ('<table border="0" cellpadding="2">\n' + '\n'.join(f'<tr><td>✿ {k} ✿</td><td>{v}</td></tr>' for k, v in
                                                     [('Title', 'Draughts'), ('Fandom', 'The Wind in the Willows'), ('Characters', 'Mole, Toad'), ('Rating', 'G'), ('Words', '95')]) + '\n</table>')
e = {'url': u, 'journal': 'riverbank_rhymes', 'poster': 'riverbank_rhymes', 'subject': 'ficlet for the snow', 'date': (2009, 1, 9, '16:40'), 'tags': ['fic', 'wind in the willows'],
     'html': '<small>location: under a blanket | mood: snowed in</small><br /><br />\n' + tbl + '<br />\n' + brh(p),
     'comments': [('badger_sett', 'He let Mole win. Oh, Toad.')]}
page('lj-lickable-2009-ficlet-metadataline-flowertable', 'lj-2009-riverbank_rhymes-6120.html', u, 'livejournal', 'story', 2009,
     ['lickable', 'ficlet', 'metadata-inside', 'header-table', 'decorated'],
     'A ficlet on LJ S2 Quite Lickable (2009): a small typed “location: … | mood: …” line ABOVE the header; the header a borderless table of `✿ Label ✿` / value cells (no colons); subject “ficlet for the snow”',
     lickable_page('entry', [e], 'riverbank_rhymes', 'riverbank rhymes', u, 'riverbank rhymes | ficlet for the snow', 2009),
     [story(u, 'riverbank_rhymes', 'riverbank_rhymes', fields(title='Draughts', fandom='The Wind in the Willows', characters='Mole, Toad', rating='G', wordCount='95'), None,
            body('draughts', p), exclude=['location: under a blanket', 'He let Mole win'])])

# ======================================================================= 2. Lyrics, not fic (LJ 2011, Quite Lickable): a folk song quoted with a "Title:" line.
u = 'http://riverbank-rhymes.livejournal.com/7733.html'
e = {'url': u, 'journal': 'riverbank_rhymes', 'poster': 'riverbank_rhymes', 'subject': 'song stuck in my head', 'date': (2011, 6, 2, '10:05'), 'tags': ['music', 'personal'],
     'currents': [('Music', 'the one below, on repeat')],
     'html': '<b>Title:</b> The Water Is Wide<br /><b>Artist:</b> traditional<br /><br />\n<i>The water is wide, I cannot get o’er,<br />and neither have I wings to fly.</i><br /><br />\n'
             'Everyone at folk club sang it last night and now I cannot stop. Send help, or a better song.'}
page('lj-lickable-2011-lyrics-titlelabel-notstory', 'lj-2011-riverbank_rhymes-7733.html', u, 'livejournal', 'not-story', 2011, ['lickable', 'lyrics', 'personal'],
     'Lyrics (LJ S2 Quite Lickable, 2011): “Title: / Artist:” lines naming a traditional song, two quoted lines, chatter; Current Music in `ul.entrymeta`: not a story',
     lickable_page('entry', [e], 'riverbank_rhymes', 'riverbank rhymes', u, 'riverbank rhymes | song stuck in my head', 2011), [])

# ======================================================================= 3. A DW story (2012, core2 Drifting Petals) and 4. an LJ header-only post (Quite
# Lickable, 2012) that points at it ("read it over on my DW").
dwu_ = 'https://hollin-wood.dreamwidth.org/3318.html'
hp = ['The bees had to be told. Everybody knew that. When Grandfather died, Jo put on her black ribbon and went down the garden to the hives and knocked three times on each one, and told them.',
      'The bees listened. Then, one hive at a time, they came out and flew a slow circle over the cottage roof, and went back in, and that was that.',
      'Nobody had told Jo that the bees would tell her something back. But that night she dreamed of clover fields she had never seen, and in the morning her hands smelled of honey.']
rows = [('Title', 'What the Hives Heard'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word Count', '110'), ('Notes', 'For my grandad, who kept bees.')]
e = {'url': dwu_, 'journal': 'hollin_wood', 'poster': 'hollin_wood', 'subject': 'What the Hives Heard', 'date': (2012, 7, 14, '12:00'), 'tags': ['fic', 'original'],
     'html': '<p>' + hdr(rows, fmt='<b>{L}:</b> {V}') + '</p>\n<hr />\n' + ph(hp), 'comments': [('clover_field', 'Oh, the honey.')]}
page('dw-driftingpetals-2012-hivesheard', 'dw-2012-hollin_wood-3318.html', dwu_, 'dreamwidth', 'story', 2012, ['hr-after-header'],
     'A story on DW core2 Drifting Petals (2012): `<b>Label:</b>` header with “Word Count” and Notes, an `<hr />` between header and prose',
     dw_page('entry', [e], 'hollin_wood', 'hollin wood', 'Drifting Petals', dwu_, 'What the Hives Heard - hollin wood', year=2012),
     [story(dwu_, 'hollin_wood', 'hollin_wood', fields(title='What the Hives Heard', fandom='Original', rating='G', wordCount='110', notes='For my grandad, who kept bees.'), None,
            body('hivesheard', hp))])
u = 'http://hollin-wood.livejournal.com/2211.html'
e = {'url': u, 'journal': 'hollin_wood', 'poster': 'hollin_wood', 'subject': 'new fic: What the Hives Heard', 'date': (2012, 7, 14, '12:05'), 'tags': ['fic'],
     'html': '<b>~ Title ~</b> What the Hives Heard<br />\n<b>~ Rating ~</b> G<br />\n<b>~ Length ~</b> 110 words<br />\n<b>~ Summary ~</b> When Grandfather died, somebody had to tell the bees.<br /><br />\n'
             f'I’m posting everything over on my DW now, so <a href="{dwu_}">read it over there</a>! (Comments there or here, both fine.)'}
page('lj-lickable-2012-headeronly-to-dw-hivesheard', 'lj-2012-hollin_wood-2211.html', u, 'livejournal', 'story', 2012, ['lickable', 'header-only', 'decorated'],
     'Header-only post on LJ S2 Quite Lickable (2012): `<b>~ Label ~</b> X` lines (no colon), then “read it over there” linking the same writer’s Dreamwidth entry (in the corpus; stitched to it)',
     lickable_page('entry', [e], 'hollin_wood', 'hollin wood', u, 'hollin wood | new fic: What the Hives Heard', 2012),
     [story(u, 'hollin_wood', 'hollin_wood', fields(title='What the Hives Heard', rating='G', wordCount='110 words', summary='When Grandfather died, somebody had to tell the bees.'), None,
            exclude=['read it over there', 'Comments there or here'], headerOnly=True, partLinks=[dwu_])],
     ([dwu_], ['bodies/hivesheard.txt']))

# ======================================================================= 5. A headerless drabble (LJ 2009, A Sturdy Gesture): subject "drabble: the lockkeeper",
# tags "drabble, fic: three men in a boat".
u = 'http://towpath-tea.livejournal.com/1908.html'
p = ['The lockkeeper at Molesey had seen every kind of fool come through his gates, but the three in the double-sculling skiff were a class of their own.',
     'One was steering into the bank. One was explaining, at length, why this was the river’s fault. The third was asleep under a tarpaulin with a dog on his chest, and the dog, the lockkeeper noted, was the only one of the four who looked as if he knew where they were going.',
     'He let them through. He always did.']
e = {'url': u, 'journal': 'towpath_tea', 'poster': 'towpath_tea', 'subject': 'drabble: the lockkeeper', 'date': (2009, 8, 3, '21:33'), 'tags': ['drabble', 'fic: three men in a boat'],
     'html': brh(p), 'comments': [('montmorency_fan', 'The dog knew!')]}
page('lj-sturdy-2009-drabble-noheader-lockkeeper', 'lj-2009-towpath_tea-1908.html', u, 'livejournal', 'story', 2009, ['sturdy-gesture', 'drabble', 'no-header'],
     'A 100-word drabble with no header on LJ S2 A Sturdy Gesture (2009): the evidence is the subject “drabble: the lockkeeper” (in the `<h2>` after the date) and the tags “drabble, fic: three men in a boat” in `div.ljtags`',
     sturdy_page('entry', [e], 'towpath_tea', 'towpath tea', u, 'towpath_tea: drabble: the lockkeeper', 2009),
     [story(u, 'towpath_tea', 'towpath_tea', fields(title='the lockkeeper'), None, body('lockkeeper', p), exclude=['The dog knew!'])])

# ======================================================================= 6. A book review (LJ 2008, A Sturdy Gesture): Title / Author / Rating lines of a
# published novel, a quoted passage: not a story.
u = 'http://towpath-tea.livejournal.com/1455.html'
e = {'url': u, 'journal': 'towpath_tea', 'poster': 'towpath_tea', 'subject': 'book review: The Moonstone', 'date': (2008, 11, 17, '20:12'), 'tags': ['books', 'reviews'],
     'currents': [('Mood', 'contemplative')],
     'html': '<b>Title:</b> The Moonstone<br /><b>Author:</b> Wilkie Collins<br /><b>Rating:</b> 4/5 stars<br /><b>Length:</b> long, very long<br /><br />\n'
             'Finished it on the train. Betteredge is the best narrator I have met all year, and I will hear no argument about Robinson Crusoe.<br /><br />\n'
             'The middle drags. The end does not. Sergeant Cuff deserved a whole book of his own and I would write it myself if I had the patience.<br /><br />Next up: The Woman in White, apparently.'}
page('lj-sturdy-2008-bookreview-notstory', 'lj-2008-towpath_tea-1455.html', u, 'livejournal', 'not-story', 2008, ['sturdy-gesture', 'about-fic', 'review'],
     'A book review on LJ S2 A Sturdy Gesture (2008): `<b>Title:</b> / Author: / Rating: 4/5 stars / Length:` lines naming a published novel, then opinions: not a story',
     sturdy_page('entry', [e], 'towpath_tea', 'towpath tea', u, 'towpath_tea: book review: The Moonstone', 2008), [])

# ======================================================================= 7. An exchange sign-up (LJ 2013, A Sturdy Gesture, a community): a form of labels.
u = 'http://community.livejournal.com/yuletide_lanterns/4120.html'
e = {'url': u, 'journal': 'yuletide_lanterns', 'poster': 'lantern_mods', 'community': True, 'legacy': True, 'subject': 'Sign-ups are OPEN: Lantern Exchange 2013', 'date': (2013, 10, 1, '12:00'),
     'tags': ['mod post', 'sign-ups'],
     'html': 'Welcome back, everyone! Copy the form below into a comment to sign up. Sign-ups close on the 15th.<br /><br />\n'
             '<b>Name:</b><br />\n<b>Email:</b><br />\n<b>Fandoms you can write (three or more):</b><br />\n<b>Fandoms you want (one to three):</b><br />\n'
             '<b>Rating:</b> (G to Explicit)<br />\n<b>Word count:</b> at least 1,000<br />\n<b>Likes / Do Not Wants:</b><br /><br />\nQuestions go to the mod post. Happy writing!'}
page('lj-sturdy-2013-community-signup-notstory', 'lj-2013-yuletide_lanterns-4120.html', u, 'livejournal', 'not-story', 2013, ['sturdy-gesture', 'community', 'about-fic', 'signup'],
     'An exchange sign-up in a community on LJ S2 A Sturdy Gesture (2013, legacy host): the `<h2>` “date<br />lantern_mods (ljuser): SUBJECT”, a form of empty bold labels (Name, Fandoms, Rating, Word count) to copy into a comment: not a story',
     sturdy_page('entry', [e], 'yuletide_lanterns', 'Lantern Exchange', u, 'yuletide_lanterns: Sign-ups are OPEN: Lantern Exchange 2013', 2013, kind='C'), [])

# ======================================================================= 8. A header-only AO3 post (LJ 2014, A Sturdy Gesture): the header a `<dl>` of
# `<dt>Label</dt><dd>X</dd>`; "Read it at AO3" link.
u = 'http://towpath-tea.livejournal.com/2730.html'
ao3 = 'http://archiveofourown.org/works/1830554'
e = {'url': u, 'journal': 'towpath_tea', 'poster': 'towpath_tea', 'subject': 'fic: Upriver (Three Men in a Boat, G)', 'date': (2014, 6, 21, '14:14'), 'tags': ['fic', 'fic: three men in a boat', 'ao3'],
     'html': '<dl>\n<dt>Title</dt><dd>Upriver</dd>\n<dt>Fandom</dt><dd>Three Men in a Boat</dd>\n<dt>Characters</dt><dd>J., George, Harris, Montmorency</dd>\n<dt>Rating</dt><dd>G</dd>\n'
             '<dt>Words</dt><dd>3,050</dd>\n<dt>Summary</dt><dd>Montmorency’s account of the trip, which differs in several important respects.</dd>\n</dl>\n'
             f'<a href="{ao3}">Read it at AO3</a> &mdash; it’s long for me, so it lives over there.'}
page('lj-sturdy-2014-headeronly-ao3-deflist-upriver', 'lj-2014-towpath_tea-2730.html', u, 'livejournal', 'story', 2014, ['sturdy-gesture', 'header-only', 'header-list'],
     'Header-only post on LJ S2 A Sturdy Gesture (2014): the header a `<dl>` of `<dt>Label</dt><dd>X</dd>` (no colons), then “Read it at AO3 — it’s long for me, so it lives over there.” (elsewhere)',
     sturdy_page('entry', [e], 'towpath_tea', 'towpath tea', u, 'towpath_tea: fic: Upriver (Three Men in a Boat, G)', 2014),
     [story(u, 'towpath_tea', 'towpath_tea', fields(title='Upriver', fandom='Three Men in a Boat', characters='J., George, Harris, Montmorency', rating='G', wordCount='3,050',
                                                   summary='Montmorency’s account of the trip, which differs in several important respects.'), None,
            exclude=['Read it at AO3', 'lives over there'], headerOnly=True, elsewhere=[ao3])])

# ======================================================================= 9. Wayback 2019 copy of a Quite Lickable double drabble (2015): `<u>Label</u> — X`.
orig = 'http://badger-sett.livejournal.com/15512.html'
ts = '20190522140311'
p = ['Badger did not like visitors, and so naturally he had more of them than anyone else in the Wild Wood.',
     'They came in winter, mostly: lost rabbits, frightened hedgehogs, once a very young weasel who had taken the wrong path and cried all the way down the tunnel. Badger fed them all, and grumbled at them all, and put them to bed in the spare rooms with the good blankets and the bad pillows, and in the morning he pointed them home without a word of goodbye.',
     'The weasel came back the next winter, on purpose. Badger pretended not to be pleased. He was not very good at pretending, and the weasel was not very good at being fooled, and they got on, after that, surprisingly well.']
e = {'url': orig, 'journal': 'badger_sett', 'poster': 'badger_sett', 'subject': 'double drabble: the spare rooms', 'date': (2015, 12, 3, '22:48'), 'tags': ['fic', 'drabbles', 'wind in the willows'],
     'html': '<u>Title</u> &mdash; The Spare Rooms<br />\n<u>Fandom</u> &mdash; The Wind in the Willows<br />\n<u>Rating</u> &mdash; G<br />\n<u>Length</u> &mdash; 200 words<br /><br />\n' + brh(p),
     'comments': [('riverbank_rhymes', 'The good blankets and the bad pillows!')]}
html = wayback(lickable_page('entry', [e], 'badger_sett', 'the sett', orig, 'the sett | double drabble: the spare rooms', 2015), ts, orig)
page('wayback-lj-lickable-2015-doubledrabble-spare-rooms', 'wayback-2019-badger_sett-15512.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'story', 2015,
     ['wayback', 'lickable', 'drabble', 'decorated', 'comments-as-entries'],
     'Wayback copy (2019-05-22, /web/TS/ links, `im_` images, the `#wm-ipp-base` toolbar) of an LJ S2 Quite Lickable double drabble (2015): `<u>Label</u> — X` lines; story URL is the original LJ URL',
     html,
     [story(orig, 'badger_sett', 'badger_sett', fields(title='The Spare Rooms', fandom='The Wind in the Willows', rating='G', wordCount='200 words'), None, body('sparerooms', p),
            exclude=['The good blankets and the bad pillows!'])])

# ======================================================================= 10. Wayback 2016 copy (absolute replay links) of a DW core2 recent page (2016):
# a header-only AO3 post with "⟶ on AO3" and a writing meme.
orig = 'https://quill-and-quarry.dreamwidth.org/'
ts = '20160811093027'
ao3b = 'https://archiveofourown.org/works/7512290'
a = {'url': orig + '9127.html', 'journal': 'quill_and_quarry', 'poster': 'quill_and_quarry', 'subject': 'Fic: Stonework (Original, T)', 'date': (2016, 8, 9, '20:20'), 'tags': ['fic', 'original'],
     'html': '<p><b>Title ::</b> Stonework<br />\n<b>Fandom ::</b> Original<br />\n<b>Rating ::</b> T<br />\n<b>Warnings ::</b> none apply<br />\n<b>Words ::</b> 6,400<br />\n'
             '<b>Summary ::</b> A quarry town, a strike, and a carving nobody will admit to making.</p>\n'
             f'<p>⟶ <a href="{ao3b}">on AO3</a></p>\n<p>Thank you so much to everyone who cheered me on through this one.</p>', 'ncomments': 4}
b = {'url': orig + '8890.html', 'journal': 'quill_and_quarry', 'poster': 'quill_and_quarry', 'subject': 'the first-line meme', 'date': (2016, 8, 2, '11:11'), 'tags': ['memes', 'writing'],
     'html': '<p>Post the first lines of your last ten stories! I only have six, so:</p>\n<ol>\n<li>“The quarry bell rang twice, which meant somebody was dead.”</li>\n'
             '<li>“Nobody in Hesket owned a clock.”</li>\n<li>“She was not, technically, a ghost.”</li>\n</ol>\n<p>…and I will stop there before this gets embarrassing.</p>', 'ncomments': 2}
html = wayback(dw_page('recent', [a, b], 'quill_and_quarry', 'quill & quarry', 'Brittle', orig, 'quill & quarry', year=2016), ts, orig, absolute=True)
page('wayback-dw-brittle-2016-recent-headeronly-meme', 'wayback-2016-quill_and_quarry-recent.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'index', 2016,
     ['wayback', 'index', 'header-only', 'decorated', 'meme', 'about-fic'],
     'Wayback copy (2016-08-11, absolute https://web.archive.org/web/… links) of a DW core2 Brittle recent page (2016): a header-only post with `<b>Label ::</b> X` lines and “⟶ on AO3” (elsewhere: the original AO3 URL) and a first-lines writing meme quoting story openings in an `<ol>` (not a story)',
     html,
     [story(a['url'], 'quill_and_quarry', 'quill_and_quarry', fields(title='Stonework', fandom='Original', rating='T', warnings='none apply', wordCount='6,400',
                                                                  summary='A quarry town, a strike, and a carving nobody will admit to making.'), None,
            exclude=['on AO3', 'Thank you so much', 'The quarry bell rang'], headerOnly=True, elsewhere=[ao3b])])

import posts5  # noqa: E402,F401
