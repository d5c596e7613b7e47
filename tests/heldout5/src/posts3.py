"""tests/heldout5: LiveJournal S1 pages (recent / day / friends pages in S1 styles, talkread.bml entry pages of S1 journals
on LJ, InsaneJournal, DeadJournal and JournalFen, a memories.bml keyword page): drabbles, ficlets, header-only posts,
a two-part story, posts about fic and personal posts."""
from layouts import lj_user_old
from posts import SERIES, body, brh, fields, hdr, lju, page, part, ph, story  # noqa: F401
from s1 import memories_page, s1_page, talkread_page

# ======================================================================= LJ 2002 talkread: a drabble with `.:Title:. X` labels.
url = 'http://quillpig.livejournal.com/2291.html'
dr = ['The kettle had been singing for a full minute before Mrs Hudson noticed it was not the kettle.',
      'It was the violin, upstairs, playing the kettle’s one high note over and over, very softly, the way a man might hum to himself when he has forgotten anyone can hear.',
      'She turned the gas off anyway. She made the tea, and put two biscuits on the saucer instead of one, and carried it up. The note stopped when she knocked.',
      '“Thank you, Mrs Hudson,” he said, not looking round. She left the door open a crack on her way out, and after a while the note began again.']
bf = body('kettlenote', dr)
e = {'url': url, 'journal': 'quillpig', 'poster': 'quillpig', 'subject': 'drabble!', 'date': (2002, 11, 4, '20:15'), 'currents': [('Mood', 'cheerful')],
     'html': hdr([('Title', 'The Kettle Note'), ('Fandom', 'Sherlock Holmes'), ('Characters', 'Mrs Hudson, Holmes'), ('Rating', 'G'), ('Word count', '100')], fmt='.:{L}:. {V}')
             + '<br /><br />\n' + brh(dr),
     'comments': [('baker_st_bee', 'Two biscuits! She loves him.')]}
page('lj-s1-talkread-2002-drabble-dotcolon-kettlenote', 'lj-2002-quillpig-2291.html', url, 'livejournal', 'story', 2002, ['drabble', 'decorated', 's1-talkread'],
     'A 100-word drabble on an S1 journal’s entry page (talkread.bml, 2002): subject “drabble!”, `.:Label:. X` labels (dot-colon on both sides), a Mood table above the subject',
     talkread_page(e, realname='quill pig'),
     [story(url, 'quillpig', 'quillpig', fields(title='The Kettle Note', fandom='Sherlock Holmes', characters='Mrs Hudson, Holmes', rating='G', wordCount='100'), None, bf, exclude=['cheerful'])])

# ======================================================================= C. Two Winters (InsaneJournal 2005, talkread): "[1/2]" / "[2/2]"; "next →" / "← prev".
TW = 'http://www.insanejournal.com/users/frost_fair/'
tw_urls = [TW + '4417.html', TW + '4690.html']
tw_prose = [
    ['The Thames froze in the first winter, and the fair came out onto the ice: booths and braziers and a printing press, and a man roasting an ox where the tide should have been.',
     'Hester sold hot codlings from a tray and watched the printer’s boy set her name in lead for a penny. He gave her the card still warm. “For luck,” he said, and grinned with all his crooked teeth, “before it thaws.”'],
    ['It thawed in February, all at once, in the night, and took three of the booths with it.',
     'The second winter the river did not freeze. Hester stood on the stairs at Queenhithe with the card in her pocket, soft now at the corners, and looked at the brown water going past, and a voice behind her said, “Codlings still a ha’penny?”, and she turned round.'],
]
tw_bodies = [body(f'twowinters-part{i + 1}', p) for i, p in enumerate(tw_prose)]
tw_wc = ['75', '65']
for i in range(2):
    subj = f'Two Winters [{i + 1}/2]'
    rows = [('Title', 'Two Winters'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', tw_wc[i]), ('Notes', ['For the frost fair challenge.', 'The end!'][i])]
    foot = f'<br /><br /><div align="right"><a href="{tw_urls[1]}">next →</a></div>' if i == 0 else f'<br /><br /><a href="{tw_urls[0]}">← prev</a>'
    e = {'url': tw_urls[i], 'journal': 'frost_fair', 'poster': 'frost_fair', 'subject': subj, 'date': (2005, 1, 18 + 2 * i, '22:4' + str(i)),
         'tags': ['fic', 'original'], 'currents': [('Music', 'The Cutty Wren')] if i == 0 else [],
         'html': hdr(rows, fmt='<u>{L}</u>: {V}') + '<br /><br />\n' + brh(tw_prose[i]) + foot,
         'comments': [('ice_fiddler', ['An ox on the ice!', 'SHE TURNED ROUND.'][i])]}
    page(f'ij-s1-talkread-2005-twowinters-part{i + 1}', f'ij-2005-frost_fair-{tw_urls[i][-9:-5]}.html', tw_urls[i], 'insanejournal', 'story', 2005,
         ['part-marker', 'prev-next-only', 's1-talkread', 'decorated', 'ficlet'],
         f'Two Winters [{i + 1}/2] on an InsaneJournal S1 journal’s entry page (talkread.bml, 2005, /users/NAME/ URL): `<u>Label</u>: X` header with a Notes line, “Entry tags:” in the metadata table; '
         + ['a right-aligned “next →” after the prose', '“← prev” after the prose'][i],
         talkread_page(e, site='insanejournal', realname='Frost Fair', year=2005),
         [story(tw_urls[i], 'frost_fair', 'frost_fair', fields(title='Two Winters', fandom='Original', rating='G', wordCount=tw_wc[i], notes=['For the frost fair challenge.', 'The end!'][i]),
                part(i + 1, 2), tw_bodies[i], exclude=[['next →', 'The Cutty Wren'], ['← prev']][i])],
         (tw_urls, tw_bodies))
SERIES.append(('twowinters', 'Two Winters', 2, 'InsaneJournal 2005, an S1 journal (entry pages are talkread.bml; /users/NAME/ URLs); subjects “[1/2]”, “[2/2]”; linked only by “next →” and “← prev”.'))

# ======================================================================= JournalFen 2006 talkread story + DeadJournal 2006 header-only post pointing at it.
jf = 'http://www.journalfen.net/users/bellwether_/1544.html'
fb = ['The ferry bell rang at midnight, which it never did, because the ferry did not run at midnight.',
      'Ada went down to the slip with a lantern. The river was black and flat and empty all the way across to the Essex side, and the bell on its post was still moving, slowly, as if a hand had only just let go of the rope.',
      'She waited. After a long time a boat came out of the dark with nobody in it but a great grey dog, and the dog stepped ashore as politely as a vicar, and shook itself, and walked past her up the hill towards the church.',
      'In the morning the sexton said the old ferryman had died in the night, and that he had always said he would come home on the last boat.']
fbf = body('ferrybell', fb)
rows = [('Title', 'The Ferry Bell'), ('Author', lju('bellwether_', site='journalfen.net')), ('Fandom', 'Original'), ('Rating', 'PG'), ('Word Count', '140'),
        ('Summary', 'Nobody rings the ferry bell at midnight.')]
e = {'url': jf, 'journal': 'bellwether_', 'poster': 'bellwether_', 'subject': 'Original fic: The Ferry Bell', 'date': (2006, 10, 30, '23:59'), 'tags': ['fic', 'halloween'],
     'html': hdr(rows, fmt='<b>{L}:</b> {V}') + '<br />\n<lj-cut text="to the slip">\n<br />\n' + brh(fb), 'comments': [('dogwatch', 'POLITE AS A VICAR. Oh, this is lovely.')]}
page('jf-s1-talkread-2006-ferrybell', 'jf-2006-bellwether_-1544.html', jf, 'journalfen', 'story', 2006, ['s1-talkread'],
     'A story on a JournalFen S1 journal’s entry page (talkread.bml, 2006): `<b>Label:</b>` header with Author (ljuser) and Summary; the cut is open on the entry page (an `<a name="cutid1">` only)',
     talkread_page(dict(e, html=e['html'].replace('<lj-cut text="to the slip">', '<a name="cutid1"></a>')), site='journalfen', realname='Bellwether'),
     [story(jf, 'bellwether_', 'bellwether_', fields(title='The Ferry Bell', author='bellwether_', fandom='Original', rating='PG', wordCount='140', summary='Nobody rings the ferry bell at midnight.'), None, fbf)])
dj = 'http://www.deadjournal.com/users/grimalkin/20115.html'
rows = [('Title', 'The Ferry Bell'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Summary', 'Nobody rings the ferry bell at midnight.')]
e = {'url': dj, 'journal': 'grimalkin', 'poster': 'grimalkin', 'subject': 'halloween fic', 'date': (2006, 10, 31, '00:12'),
     'html': '<b>*</b> ' + hdr(rows, fmt='{L} -- {V}', sep='<br />\n<b>*</b> ') + f'<br /><br />\nposted at my JF, <a href="{jf}">here</a>, because DJ keeps eating my formatting. happy halloween!'}
page('dj-s1-talkread-2006-headeronly-journalfen', 'dj-2006-grimalkin-20115.html', dj, 'deadjournal', 'story', 2006, ['header-only', 'decorated', 's1-talkread'],
     'Header-only post on a DeadJournal S1 journal’s entry page (talkread.bml, 2006): `<b>*</b> Label -- X` lines (a bold asterisk bullet, a double dash), then “posted at my JF, here” linking the JournalFen entry (in the corpus; another site, the same writer under another name)',
     talkread_page(e, site='deadjournal', realname='grim'),
     [story(dj, 'grimalkin', 'grimalkin', fields(title='The Ferry Bell', fandom='Original', rating='PG', summary='Nobody rings the ferry bell at midnight.'), None,
            exclude=['posted at my JF', 'happy halloween'], headerOnly=True, partLinks=[jf])],
     ([jf], [fbf]))

# ======================================================================= LJ 2009 S1 lastn/Magazine: a header-only post → AO3, an original poem, a filter sign-up.
MG = 'http://stillwater-sage.livejournal.com/'
ao3 = 'http://archiveofourown.org/works/18830'
e1 = {'url': MG + '40211.html', 'journal': 'stillwater_sage', 'poster': 'stillwater_sage', 'subject': 'fic: Weir Cottage (Persuasion, Anne/Wentworth, G)', 'date': (2009, 11, 20, '21:30'), 'ncomments': 4,
      'html': hdr([('Title', 'Weir Cottage'), ('Fandom', 'Persuasion'), ('Pairing', 'Anne/Wentworth'), ('Rating', 'G'), ('Words', '4,800'),
                   ('Summary', 'The navy is at peace, and a captain with no ship must learn to live on land.')], fmt='<b>{L}</b> | {V}')
              + f'<br /><br />\nMy first fic on the new archive! <a href="{ao3}">Weir Cottage at the AO3</a>. Concrit very welcome.'}
e2 = {'url': MG + '39870.html', 'journal': 'stillwater_sage', 'poster': 'stillwater_sage', 'subject': 'a poem, because november', 'date': (2009, 11, 14, '08:05'), 'ncomments': 1,
      'html': '<i>Leaf-fall</i><br /><br />\nThe beech lets go of everything at once,<br />\none long breath out, a copper exhalation;<br />\nthe path is buried, and the path is found,<br />\nand all the wood is lighter by a season.<br /><br />\n(not fic, just the walk to work this morning.)'}
e3 = {'url': MG + '39604.html', 'journal': 'stillwater_sage', 'poster': 'stillwater_sage', 'subject': 'fic filter!', 'date': (2009, 11, 9, '19:45'), 'ncomments': 12,
      'html': 'I’m making a filter for fic drafts and WIP snippets. If you want to be on it, comment here and tell me which fandoms you can stand to beta!<br /><br />\nComments are screened.'}
page('lj-s1-lastn-magazine-2009-recent-headeronly-poem-filter', 'lj-2009-stillwater_sage-recent.html', MG, 'livejournal', 'index', 2009,
     ['index', 's1', 'header-only', 'decorated', 'poetry', 'about-fic'],
     'An S1 recent page, lastn/“Magazine” (2009): a header-only post with `<b>Label</b> | X` labels and “Weir Cottage at the AO3” (elsewhere), a short original poem (“not fic”), and a fic-filter sign-up (not stories)',
     s1_page('lastn', 'Magazine', [e1, e2, e3], 'stillwater_sage', 'sage', MG),
     [story(e1['url'], 'stillwater_sage', 'stillwater_sage', fields(title='Weir Cottage', fandom='Persuasion', pairing='Anne/Wentworth', rating='G', wordCount='4,800',
                                                                  summary='The navy is at peace, and a captain with no ship must learn to live on land.'), None,
            exclude=['My first fic on the new archive', 'Concrit very welcome'], headerOnly=True, elsewhere=[ao3])])

# ======================================================================= LJ 2006 S1 lastn/Clean and Simple of a drabble community: two fills (altposter), a mod post.
CS = 'http://community.livejournal.com/tenthousand_steps/'
fill1 = ['The lift at the Museum had been broken since before the war, so the night porter climbed.',
         'Two hundred and twelve steps to the top gallery, where the whale hung. He went up every hour with his torch and his keys, and every hour he said goodnight to the whale, because somebody should.',
         'Tonight, for the first time in eleven years, the whale said goodnight back.',
         'He sat down on the top step for quite a long time after that. Then he got up, and said “Well,” and went down all two hundred and twelve steps again, and made himself a very strong cup of tea.']
fill2 = ['She counted the steps up to the flat every night: thirty-one, a landing, thirty-one more.',
         'The night he left she counted thirty-two, and stood on the landing in the dark with her key out, and could not for the life of her find where the extra one had come from.',
         'She went back down and counted again. Thirty-one.',
         'She did not tell anybody. But when she moved, a year later, the first thing she did in the new place was count the stairs, and there were exactly the right number, and she cried for an hour on the bottom one, out of relief.']
f1b, f2b = body('steps-whale', fill1), body('steps-landing', fill2)
ents = [
    {'url': CS + '5512.html', 'journal': 'tenthousand_steps', 'poster': 'mothwing_and_bone', 'subject': 'Goodnight, Whale', 'date': (2006, 3, 14, '23:20'), 'ncomments': 2,
     'html': hdr([('Title', 'Goodnight, Whale'), ('Author', lju('mothwing_and_bone')), ('Rating', 'G'), ('Prompt', '#42 steps')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(fill1)},
    {'url': CS + '5490.html', 'journal': 'tenthousand_steps', 'poster': 'cinderpath', 'subject': 'Thirty-One', 'date': (2006, 3, 13, '18:02'), 'ncomments': 5,
     'html': hdr([('Title', 'Thirty-One'), ('Author', lju('cinderpath')), ('Rating', 'PG'), ('Prompt', '#42 steps'), ('Warnings', 'none')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(fill2)},
    {'url': CS + '5461.html', 'journal': 'tenthousand_steps', 'poster': 'steps_mod', 'subject': 'Challenge #42: steps', 'date': (2006, 3, 12, '09:00'), 'ncomments': 0,
     'html': 'This week’s prompt is <b>steps</b>. Exactly 100 words, please, and use the header:<br /><br />\nTitle:<br />\nAuthor:<br />\nRating:<br />\nPrompt: #42 steps<br /><br />\nFills due Sunday at midnight, GMT.'},
]
page('lj-s1-lastn-cleansimple-2006-community-drabbles', 'lj-2006-tenthousand_steps-recent.html', CS, 'livejournal', 'index', 2006,
     ['index', 's1', 'community', 'drabble'],
     'A drabble community’s recent page in S1 lastn/“Clean and Simple” (2006, legacy community.livejournal.com host): each entry’s subject a `<span class="subject">`, “[poster]” shown by LASTN_ALTPOSTER; two 100-word fills with Author ljusers and “Prompt: #42 steps”, then the mods’ challenge post with an empty header template (not a story)',
     s1_page('lastn', 'Clean and Simple', ents, 'tenthousand_steps', 'Ten Thousand Steps', CS),
     [story(ents[0]['url'], 'mothwing_and_bone', 'tenthousand_steps', fields(title='Goodnight, Whale', author='mothwing_and_bone', rating='G', prompt='#42 steps'), None, f1b),
      story(ents[1]['url'], 'cinderpath', 'tenthousand_steps', fields(title='Thirty-One', author='cinderpath', rating='PG', prompt='#42 steps', warnings='none'), None, f2b)])

import posts4  # noqa: E402,F401
