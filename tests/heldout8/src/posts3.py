"""tests/heldout8: Dreamwidth `?format=light` pages (the siteviews entry in the Lynx scheme): a three-chapter story whose
chapters link only their masterpost (a table of contents), a header-only post pointing at the writer's LiveJournal, a
fest's sign-up post."""
from corpus import SERIES, body, dwu, fields, hdr, page, part, ph, story
from s2z import dw_light_page

# ======================================================================= C. Lantern Ward (DW 2016, ?format=light): subjects "Lantern Ward:
# 1. Night Round" (the chapter's number and name after the story's name, no total); each chapter's only link a small "[ index ]" line
# ABOVE its header, to the masterpost; the header's unlisted "Ch:" line gives "1/3". The masterpost is a `<table>` (No. / Chapter /
# Words), the links on the chapters' names, then an "Also:" line with art and podfic.
WS = 'https://wardsister.dreamwidth.org/'
lw_master = WS + '6120.html'
lw_urls = [WS + '6244.html', WS + '6519.html', WS + '6803.html']
lw_names = ['Night Round', 'The Fever Ward', 'Morning']
lw_prose = [
    ['Sister Agnes Moy carried the lantern on the night round because she was the only one of them who was not afraid of the east corridor.',
     'It was not that she had never heard the footsteps. She had heard them every night for eleven years: slow, even, a little heavy on the left foot, walking a yard behind her from the linen cupboard to the fever ward door and stopping there, politely, as if waiting to be let in.',
     'She had simply decided, in her first month, that anything so well-mannered could not mean her any harm. Tonight, for the first time, the footsteps did not stop at the door.'],
    ['The fever ward had six beds and five patients. Agnes went down the row with the lantern held low, the way she always did, so that the light would not wake anyone, and counted breaths.',
     'The sixth bed, the empty one by the window, had its blanket turned down. Someone had plumped the pillow. Behind her, the footsteps crossed the floor, unhurried, and the springs of the sixth bed creaked under a weight she could not see.',
     '“Well,” Agnes said quietly, to the empty bed, “you will want a cup of water, I suppose,” and went to fetch one, because that was the rule on the fever ward, and nobody had ever told her it did not apply.'],
    ['In the morning the sixth bed was made up tight, the corners squared, the way Agnes had been taught and had never once managed herself. The cup stood empty on the locker.',
     'Matron, doing her rounds at seven, stopped by the window and looked at the bed for a long moment.',
     '“Sister Moy,” she said. “Who made this bed?” Agnes told her the truth. Matron did not laugh. She only nodded, and wrote something in the ward book, and when Agnes read it later it said: Night, quiet. One visitor, discharged at dawn, much improved.'],
]
lw_bodies = [body(f'lanternward-{i + 1}', p) for i, p in enumerate(lw_prose)]
lw_subj = [f'Lantern Ward: {i + 1}. {n}' for i, n in enumerate(lw_names)]
lw_wc = ['139', '147', '128']
lw_fields = []
for i in range(3):
    rows = [('Title', 'Lantern Ward'), ('Ch', f'{i + 1}/3 — {lw_names[i]}'), ('Fandom', 'Original'), ('Rating', 'Teen'), ('Words', lw_wc[i])]
    f = fields(title='Lantern Ward', fandom='Original', rating='Teen', wordCount=lw_wc[i])
    lw_fields.append(f)
    e = {'url': lw_urls[i], 'journal': 'wardsister', 'poster': 'wardsister', 'poster_name': 'Sister Moy’s biographer', 'subject': lw_subj[i], 'date': (2016, 10, 3 + i * 7, '22:1' + str(i)),
         'tags': ['original fiction', 'lantern ward'], 'currents': [('Mood', ['spooky', 'calm', 'pleased'][i])],
         'html': f'<p style="text-align: right; font-size: small;">[ <a href="{lw_master}">index</a> ]</p>\n' + hdr(rows, fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + ph(lw_prose[i]),
         'comments': [('night_porter', ['The polite footsteps!!', 'A cup of water. Of course.', 'Much improved. I am crying.'][i]), ('wardsister', 'Thank you for reading ♥')]}
    page(f'dw-light-2016-lanternward-ch{i + 1}', f'dw-2016-wardsister-{lw_urls[i][-9:-5]}-light.html', lw_urls[i] + '?format=light', 'dreamwidth', 'story', 2016,
         ['dw-light', 'part-marker', 'chapter-to-masterpost', 'unlisted-label'],
         f'Lantern Ward chapter {i + 1} on DW `?format=light` (2016; siteviews in the Lynx scheme: `body.lynx`, the window title as `h1`, “NAME (user) wrote”, the subject as `h3.entry-title` inside `div.contents`): subject “{lw_subj[i]}” (number and chapter name after the story’s name, no total); '
         'a right-aligned “[ index ]” line ABOVE the header (the only link: the masterpost); an unlisted “Ch: N/3 — NAME” line gives the total; Mood in `div.currents`; both URLs listed',
         dw_light_page(e, f'{lw_subj[i]}', 2016),
         [story(lw_urls[i], 'wardsister', 'wardsister', f, part(i + 1, 3), lw_bodies[i], exclude=['[ index ]', ['spooky', 'calm', 'pleased'][i], 'Thank you for reading ♥'])],
         (lw_urls, lw_bodies), also=[lw_urls[i]])

mp = {'url': lw_master, 'journal': 'wardsister', 'poster': 'wardsister', 'poster_name': 'Sister Moy’s biographer', 'subject': 'Lantern Ward (index)', 'date': (2016, 10, 1, '12:00'),
      'tags': ['original fiction', 'lantern ward', 'index'],
      'html': hdr([('Title', 'Lantern Ward'), ('Fandom', 'Original'), ('Rating', 'Teen'), ('Words', '414 in three chapters'), ('Summary', 'A night nurse, a fever ward, and a very polite ghost.')]) + '<br /><br />\n'
              + '<table border="1" cellpadding="4" style="border-collapse: collapse;">\n<tr><th>No.</th><th>Chapter</th><th>Words</th></tr>\n'
              + ''.join(f'<tr><td>{i + 1}</td><td><a href="{lw_urls[i]}">{lw_names[i]}</a></td><td>{lw_wc[i]}</td></tr>\n' for i in range(3)) + '</table>\n'
              + '<p>Also: <a href="https://pinfeather-art.dreamwidth.org/990.html">art of the east corridor</a> by ' + dwu('pinfeather_art')[0] + ' &middot; <a href="https://archive.org/details/lanternward-podfic">podfic</a></p>',
      'comments': [('night_porter', 'Bookmarked!')]}
page('dw-light-2016-lanternward-masterpost-table', 'dw-2016-wardsister-6120-light.html', lw_master + '?format=light', 'dreamwidth', 'masterpost', 2016,
     ['dw-light', 'masterpost', 'table-of-contents'],
     'Masterpost “Lantern Ward (index)” on DW `?format=light` (2016): `<b>Label:</b>` header (“Words: 414 in three chapters”, Summary), a bordered `<table>` with No. / Chapter / Words columns whose links are the chapters’ NAMES (“Night Round”, “The Fever Ward”, “Morning”), then an “Also:” line linking art and podfic (not parts); both URLs listed',
     dw_light_page(mp, mp['subject'], 2016),
     [story(lw_master, 'wardsister', 'wardsister', fields(title='Lantern Ward', fandom='Original', rating='Teen', wordCount='414 in three chapters', summary='A night nurse, a fever ward, and a very polite ghost.'), None, complete=False)],
     (lw_urls, lw_bodies), also=[lw_master])
SERIES.append(('lanternward', 'Lantern Ward', '3 + masterpost', 'DW 2016 `?format=light`; subjects “Lantern Ward: N. NAME” (no total); each chapter’s only link a right-aligned “[ index ]” line ABOVE its header, to the masterpost, whose `<table>` links the chapters by name and adds art and podfic after it.'))

# A header-only post on DW ?format=light: the story is on the writer's LiveJournal.
ho_lj = 'https://wardsister.livejournal.com/2281.html'
hoe = {'url': WS + '7030.html', 'journal': 'wardsister', 'poster': 'wardsister', 'poster_name': 'Sister Moy’s biographer', 'subject': 'The Linen Cupboard (Lantern Ward ficlet)', 'date': (2016, 11, 2, '20:00'),
       'tags': ['original fiction', 'lantern ward', 'crosspost'],
       'html': hdr([('Title', 'The Linen Cupboard'), ('Series', 'Lantern Ward'), ('Rating', 'General'), ('Words', '900')]) + '<br /><br />\n'
               + f'<p>My LJ is where this one lives, for boring formatting reasons: <a href="{ho_lj}">read The Linen Cupboard over there</a>.</p>'
               + '<p>(Comments welcome in either place!)</p>',
       'comments': [('night_porter', 'Off to LJ I go.')]}
page('dw-light-2016-headeronly-atmylj-linencupboard', 'dw-2016-wardsister-7030-light.html', hoe['url'] + '?format=light', 'dreamwidth', 'story', 2016,
     ['dw-light', 'header-only', 'other-journal'],
     'A header-only post on DW `?format=light` (2016): `<b>Label:</b>` header with Series, then “My LJ is where this one lives, for boring formatting reasons: read The Linen Cupboard over there.” (a LiveJournal entry of the same writer: partLinks; the entry is not in the corpus); both URLs listed',
     dw_light_page(hoe, hoe['subject'], 2016),
     [story(hoe['url'], 'wardsister', 'wardsister', fields(title='The Linen Cupboard', series='Lantern Ward', rating='General', wordCount='900'), None,
            headerOnly=True, partLinks=[ho_lj], exclude=['for boring formatting reasons', 'Comments welcome in either place'])],
     also=[hoe['url']])

# A fest's sign-up post on DW ?format=light (not a story).
WL = 'https://winterlamps.dreamwidth.org/'
su = {'url': WL + '1544.html', 'journal': 'winterlamps', 'poster': 'lampmod', 'community': True, 'poster_name': 'the lamp mod', 'subject': 'Winter Lamps 2016: sign-ups are open!', 'date': (2016, 11, 20, '09:00'),
      'tags': ['mod post', 'sign-ups'],
      'html': '<p>The fest runs December 1st to January 6th. To sign up, copy the form below into a comment:</p>'
              '<blockquote><b>Name:</b><br /><b>Fandom(s) you will write:</b><br /><b>Rating you prefer to write:</b> G / Teen / Mature / Explicit<br /><b>Minimum words you can commit to:</b> 1,000<br /><b>Do not want:</b></blockquote>'
              '<p>Assignments go out on the 25th. Pinch hitters, there is a separate post for you. Be kind to your recipient, and light a lamp.</p>',
      'comments': [('night_porter', 'Name: night_porter. Fandom: Original. Rating: anything. DNW: spiders.')]}
page('dw-light-2016-community-signups-notstory', 'dw-2016-winterlamps-1544-light.html', su['url'] + '?format=light', 'dreamwidth', 'not-story', 2016,
     ['dw-light', 'community', 'sign-ups', 'about-fic'],
     'A fest’s sign-up post in a DW community on `?format=light` (2016): “the lamp mod (lampmod) wrote in winterlamps”, a sign-up form of bold labels (Name / Fandom(s) / Rating / Minimum words / Do not want) in a blockquote: not a story; both URLs listed',
     dw_light_page(su, su['subject'], 2016), [], also=[su['url']])

import posts4  # noqa: E402,F401
