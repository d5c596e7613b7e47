"""tests/heldout6: a DW reading page with community posts, a Quite Lickable entry whose story sits below an lj-cut anchor
with Beta / Spoilers / Author's notes labels, and a Scribbld entry on A Sturdy Gesture with coloured labels."""
from layouts import dw_page, dw_user, lj_user_old
from posts import body, brh, fields, hdr, page, part, ph, story
from posts5 import ij  # noqa: F401
from s2x import lickable_page, sturdy_page

# ======================================================================= 18. A DW reading page (2018, core2 Compartmentalize): a community
# chapter "Part 2 of 3 | Masterpost" (a part line whose links go to part 1's masterpost), a fic-rec post, a personal post.
RD = 'https://moth-and-mantle.dreamwidth.org/'
cp = ['The second night at the inn, the travellers were woken by singing from the cellar.',
      'Hester went down with a candle and found the landlord’s daughter sitting on a barrel of cider, singing to the casks one by one, as if she were putting them to bed. “They sulk if I don’t,” she said, not at all embarrassed. “Go back to sleep.”',
      'Hester did not go back to sleep. She sat on the cellar steps until dawn and learned all the verses.']
mpu = 'https://cider-and-song.dreamwidth.org/702.html'
a = {'url': 'https://cider-and-song.dreamwidth.org/918.html', 'journal': 'cider_and_song', 'poster': 'hester_vale', 'community': True, 'subject': 'The Cellar Songs (2/3)', 'date': (2018, 10, 3, '21:40'),
     'tags': ['fic: the cellar songs', 'author: hester_vale'],
     'html': f'<p>Part 2 of 3 | <a href="{mpu}">Masterpost</a></p>\n<p>' + hdr([('Rating', 'G'), ('Words', '95')], fmt='<b>{L}:</b> {V}') + '</p>\n' + ph(cp)}
b = {'url': 'https://foxed-pages.dreamwidth.org/4410.html', 'journal': 'foxed_pages', 'poster': 'foxed_pages', 'subject': 'rec: The Cellar Songs', 'date': (2018, 10, 3, '19:00'), 'tags': ['recs'],
     'html': f'<p><b>The Cellar Songs</b> by {dw_user("hester_vale")} (G, WIP, 2/3 posted)</p>\n<p>An inn, a cellar, a girl who sings to the cider. It is the coziest thing I have read all year. <a href="{mpu}">Start here.</a></p>'}
c = {'url': RD + '2260.html', 'journal': 'moth_and_mantle', 'poster': 'moth_and_mantle', 'subject': 'apple day', 'date': (2018, 10, 3, '12:10'),
     'html': '<p>Apple day at the orchard. I came home with nine kinds of apple and no idea what to do with any of them.</p>'}
page('dw-compartmentalize-2018-reading-community-chapter-rec', 'dw-2018-moth_and_mantle-read.html', RD + 'read', 'dreamwidth', 'index', 2018,
     ['reading', 'index', 'community', 'part-marker', 'part-lines', 'recs', 'personal', 'chapter-to-masterpost'],
     'A DW reading page (/read, core2 Compartmentalize, 2018): a community chapter “The Cellar Songs (2/3)” whose first line is “Part 2 of 3 | Masterpost” ABOVE a two-line `<b>Label:</b>` header (no Title: the title is in the subject), a rec post naming the story (not a story), a personal post',
     dw_page('read', [a, b, c], 'moth_and_mantle', 'moth & mantle', 'Compartmentalize', RD + 'read', 'moth & mantle - Reading', year=2018),
     [story(a['url'], 'hester_vale', 'cider_and_song', fields(title='The Cellar Songs', rating='G', wordCount='95'), part(2, 3), body('cellarsongs-part2', cp),
            exclude=['Part 2 of 3 | Masterpost', 'the coziest thing', 'Apple day'])])

# ======================================================================= 19. An LJ entry (2014, Quite Lickable, Jane Eyre): header with Beta / Spoilers /
# Author's notes, then the cut anchor `<a name="cutid1"></a>` (the cut is open on the entry page), then the story.
u = 'http://thornfield-attic.livejournal.com/11202.html'
tp = ['Grace Poole kept the key on a string round her neck, and the string had been knotted and re-knotted so many times it was more knot than string.',
      'She did not think of herself as a gaoler. She thought of herself as the only person in the house who still said good morning to the woman upstairs, and meant it, and waited for an answer.',
      'Some mornings there was one.']
e = {'url': u, 'journal': 'thornfield_attic', 'poster': 'thornfield_attic', 'subject': 'fic: Good Morning (Jane Eyre, PG)', 'date': (2014, 3, 17, '19:19'), 'tags': ['fic', 'jane eyre'],
     'html': hdr([('Title', 'Good Morning'), ('Fandom', 'Jane Eyre'), ('Characters', 'Grace Poole, Bertha Mason'), ('Rating', 'PG'), ('Word count', '90'), ('Beta', (lj_user_old('red_room_reader'), 'red_room_reader')),
                  ('Spoilers', 'the whole book'), ('Author’s notes', 'Grace deserves better.')], fmt='<b>{L}:</b> {V}')
             + '<br /><br />\n<a name="cutid1"></a>' + brh(tp) + '<a name="cutid1-end"></a>',
     'comments': [('red_room_reader', 'More knot than string. Oof.')]}
page('lj-lickable-2014-beta-spoilers-notes-goodmorning', 'lj-2014-thornfield_attic-11202.html', u, 'livejournal', 'story', 2014, ['lickable', 'decorated', 'comments-as-entries'],
     'A story on LJ S2 Quite Lickable (2014): `<b>Label:</b>` header with Beta (ljuser), Spoilers and “Author’s notes”; the lj-cut is open on the entry page (`<a name="cutid1"></a>` before the prose)',
     lickable_page('entry', [e], 'thornfield_attic', 'the attic', u, 'the attic | fic: Good Morning (Jane Eyre, PG)', 2014),
     [story(u, 'thornfield_attic', 'thornfield_attic', fields(title='Good Morning', fandom='Jane Eyre', characters='Grace Poole, Bertha Mason', rating='PG', wordCount='90', beta='red_room_reader',
                                                          spoilers='the whole book', notes='Grace deserves better.'), None, body('goodmorning', tp), exclude=['More knot than string'])])

# ======================================================================= 20. A Scribbld entry (2008, A Sturdy Gesture, Dracula): `<font color>` labels.
u = 'http://whitby-steps.scribbld.com/3012.html'
wp = ['Mina counted the steps up to the abbey every evening: one hundred and ninety-nine, as the guidebook promised.',
      'On the night the Demeter came in, she counted two hundred. She went down again and counted one hundred and ninety-nine. She went up a third time, slowly, with her hand on the rail, and at the top there was a man she did not know sitting on Lucy’s bench, looking out to sea, and she did not count again.']
e = {'url': u, 'journal': 'whitby_steps', 'poster': 'whitby_steps', 'subject': 'Two Hundred', 'date': (2008, 8, 8, '23:58'), 'tags': ['fic', 'dracula'],
     'html': hdr([('Title', 'Two Hundred'), ('Fandom', 'Dracula'), ('Rating', 'PG-13'), ('Words', '100'), ('Warning', 'creepiness')], fmt='<font color="#993333"><b>{L}</b></font>: {V}') + '<br /><br />\n' + brh(wp),
     'comments': [('lucy_westenra_fan', 'Two hundred. NOPE.')]}
html = sturdy_page('entry', [e], 'whitby_steps', 'whitby steps', u, 'whitby_steps: Two Hundred', 2008)
html = (html.replace('l-stat.livejournal.com', 'www.scribbld.com/stc').replace('l-userpic.livejournal.com', 'userpic.scribbld.com')
        .replace('stat.livejournal.com', 'www.scribbld.com/stc').replace('livejournal.com', 'scribbld.com').replace('LiveJournal', 'Scribbld'))
page('scribbld-sturdy-2008-drabble-colourlabels-twohundred', 'scribbld-2008-whitby_steps-3012.html', u, 'scribbld', 'story', 2008, ['sturdy-gesture', 'drabble', 'decorated'],
     'A drabble on a Scribbld journal in S2 A Sturdy Gesture (2008): `<font color><b>Label</b></font>: X` lines with Warning; subject = title',
     html,
     [story(u, 'whitby_steps', 'whitby_steps', fields(title='Two Hundred', fandom='Dracula', rating='PG-13', wordCount='100', warnings='creepiness'), None, body('twohundred', wp), exclude=['NOPE'])])
