"""Single pages of tests/heldout3: part markers in several forms, no-header posts, Wayback copies."""
from layouts import aentry_page, dw_page, dw_user, esc, gen_page, light_page, lj_user_old, singlepost_page, wayback
from posts import body, brh, dwu, fields, hdr, page, part, ph, story
from punquin import pq_page

# ======================================================================= J. LJ Punquin 2008 lone chapter: "(Chapter 3 of 5)" subject, `[Label] X` header, Title label absent
url = 'http://hollyoak-mews.livejournal.com/6620.html'
c3 = ['By the third week of the siege of Mrs Jamieson’s drawing room, the ladies of the town had run out of ways to be polite about the new curate.',
      'He was too tall, said Miss Pole. He was too Scotch, said Mrs Forrester. He had been seen carrying his own parcels, said someone, and nobody could decide whether that was a mark for or against him.',
      'Only Miss Matty said nothing at all, and knitted, and at half past four she rose, and said she believed she would take him some of the quince jelly, since he had nobody to make it for him. The room was silent until the door closed behind her.']
rows = [('Fandom', 'Cranford'), ('Rating', 'G'), ('Length', '130 words this chapter')]
e = {'url': url, 'journal': 'hollyoak_mews', 'poster': 'hollyoak_mews', 'subject': 'The Quince Jelly Question (Chapter 3 of 5)', 'date': (2008, 2, 17, '20:20'), 'tags': ['cranford', 'fic'],
     'html': hdr(rows, fmt='<b>[{L}]</b> {V}') + f'<br /><i>Chapters <a href="http://hollyoak-mews.livejournal.com/5901.html">one</a> and <a href="http://hollyoak-mews.livejournal.com/6144.html">two</a>.</i><br /><br />\n' + brh(c3)}
page('lj-punquin-2008-chapter3of5-quincejelly', 'lj-2008-hollyoak_mews-6620.html', url, 'livejournal', 'story', 2008, ['part-marker', 'decorated', 'subject-inline'],
     'A lone chapter on LJ S2 Punquin (2008): subject “The Quince Jelly Question (Chapter 3 of 5)” printed inline after the time (and in the `<title>`); no Title label (title from the subject), `<b>[Label]</b> X` header, an italic “Chapters one and two.” line linking earlier chapters (not in the corpus)',
     pq_page('entry', [e], 'hollyoak_mews', 'Hollyoak Mews', url, 'hollyoak_mews: The Quince Jelly Question (Chapter 3 of 5)', 2008),
     [story(url, 'hollyoak_mews', 'hollyoak_mews', fields(title='The Quince Jelly Question', fandom='Cranford', rating='G', wordCount='130 words this chapter'), part(3, 5), body('quincejelly-ch3', c3),
            exclude=['Chapters one and two'])])

# ======================================================================= K. DW core2 Trifecta 2017 "[2/?]" in the subject, "♥ Label: X", a part-one link
url = 'https://wherry-and-wake.dreamwidth.org/18822.html'
p2 = ['The second night in the channels the wind dropped, and the Dulcibella lay becalmed off Memmert with her mainsail hanging like washing.',
      'Davies rowed the dinghy to the sandbank for no reason he would give and came back with the news that the German yacht was anchored two miles down, showing no lights.',
      'Carruthers said a great deal about the German yacht. Davies wrote most of it down in the log, for use in a future report, and crossed out only the worst words.']
rows = [('Title', 'Becalmed'), ('Fandom', 'The Riddle of the Sands'), ('Characters', 'Davies, Carruthers'), ('Rating', 'G'), ('Words', '105')]
e = {'url': url, 'journal': 'wherry_and_wake', 'poster': 'wherry_and_wake', 'subject': 'fic: Becalmed [2/?]', 'date': (2017, 6, 30, '21:44'), 'tags': ['fic: becalmed', 'wip'],
     'html': '<p>' + hdr(rows, fmt='♥ <b>{L}:</b> {V}') + '</p>\n' + f'<p><small>(<a href="https://wherry-and-wake.dreamwidth.org/18501.html">part one</a>)</small></p>\n' + ph(p2) + '<p style="text-align:center">~ tbc ~</p>'}
page('dw-trifecta-2017-2ofunknown-becalmed', 'dw-2017-wherry_and_wake-18822.html', url, 'dreamwidth', 'story', 2017, ['part-marker', 'decorated'],
     'DW core2 Trifecta (2017): subject “fic: Becalmed [2/?]” (part 2, total null), `♥ <b>Label:</b> X` header, a small “(part one)” link line and a centred “~ tbc ~” (neither is body); part one is not in the corpus',
     dw_page('entry', [e], 'wherry_and_wake', 'wherry & wake', 'Trifecta', url, 'fic: Becalmed [2/?] - wherry & wake', year=2017),
     [story(url, 'wherry_and_wake', 'wherry_and_wake', fields(title='Becalmed', fandom='The Riddle of the Sands', characters='Davies, Carruthers', rating='G', wordCount='105'), part(2, None), body('becalmed-2', p2),
            exclude=['part one', 'tbc'])])

# ======================================================================= L. LJ Generator 2006 "1a/3", plain `Label ~ X` lines
url = 'http://fennel-and-rue.livejournal.com/2290.html'
p1a = ['Marianne had been told, many times and by many people, that one did not walk to Allenham in the rain.',
       'She walked to Allenham in the rain. It was the only thing in the world she could think of to do, and the lane was so full of puddles that by the gate she had stopped minding.',
       'The house was shut. Of course it was shut. She stood at the bottom of the drive with the water running out of her hair and understood, very slowly, that nobody was going to come out.']
rows = [('Title', 'Allenham in the Rain'), ('Fandom', 'Sense and Sensibility'), ('Rating', 'PG'), ('Words', '140 (the first half of part one)')]
e = {'url': url, 'journal': 'fennel_and_rue', 'poster': 'fennel_and_rue', 'subject': 'S&S: Allenham in the Rain, 1a/3', 'date': (2006, 11, 5, '15:05'), 'tags': ['fic', 'austen'],
     'html': hdr(rows, fmt='{L} ~ {V}') + '<br /><br />\n' + brh(p1a) + '<br /><br />\n<small>(1b is going up tomorrow: LJ wouldn’t let me post it all at once.)</small>',
     'currents': [('Mood', 'damp')]}
page('lj-generator-2006-1aof3-allenham', 'lj-2006-fennel_and_rue-2290.html', url, 'livejournal', 'story', 2006, ['part-marker', 'decorated'],
     'LJ S2 Generator (2006): subject “S&S: Allenham in the Rain, 1a/3” (part 1 of 3, the “a” half), plain `Label ~ X` lines, “Words: 140 (the first half of part one)”, a small note after the prose about 1b (not body)',
     gen_page('entry', [e], 'livejournal', 'fennel_and_rue', 'fennel & rue', url, 'fennel_and_rue: S&S: Allenham in the Rain, 1a/3', 2006),
     [story(url, 'fennel_and_rue', 'fennel_and_rue', fields(title='Allenham in the Rain', fandom='Sense and Sensibility', rating='PG', wordCount='140 (the first half of part one)'), part(1, 3),
            body('allenham-1a', p1a), exclude=['1b is going up tomorrow'])])

# ======================================================================= M. LJ 2016 singlepost, no header: subject "fic: The Quiet Hour" + tag fic only
url = 'https://night-porter-ink.livejournal.com/31002.html'
qh = ['At four in the morning the hospital corridor belonged to Sister Agnes and the man who mopped the floors, and neither of them had ever learned the other’s name.',
      'He nodded to her at the top of the stairs. She nodded back. It had been that way for nine years, and it was, she sometimes thought, the most restful friendship of her life.',
      'Tonight he stopped. He leaned on his mop and said, “My wife had her baby, Sister. A girl.” And Agnes, who had held a hundred new babies that year, found she had to sit down on the stairs for a moment, because nobody had ever told her anything before.',
      'They sat there together until the lights came on in the wards.']
e = {'url': url, 'journal': 'night_porter_ink', 'poster': 'night_porter_ink', 'subject': 'fic: The Quiet Hour', 'date': (2016, 3, 3, '04:40'), 'tags': ['fic', 'original fiction'],
     'html': ph(qh)}
page('lj-singlepost-2016-noheader-subjectfic-quiethour', 'lj-2016-night_porter_ink-31002.html', url, 'livejournal', 'story', 2016, ['no-header'],
     'LJ 2016 b-singlepost: no header at all; the evidence is the subject “fic: The Quiet Hour” and the tags “fic, original fiction”; four `<p>` paragraphs of prose (title from the subject without its fic word)',
     singlepost_page(e, 'the night porter'),
     [story(url, 'night_porter_ink', 'night_porter_ink', fields(title='The Quiet Hour'), None, body('quiethour', qh))])

# ======================================================================= N. DW core2 Crisped 2021, no header: subject "ficlet: tidewrack" lower case
url = 'https://salt-and-shingle.dreamwidth.org/90210.html'
tw = ['the tide brought in a door, one morning, painted blue, with a brass knocker still on it.',
      'gran said leave it. gran said things that come in on the tide have their own business. but it was a good door, and the shed had none, and by dinner-time it was hung.',
      'nobody has ever knocked. still, some nights, I hear the knocker lift and settle, lift and settle, as if the sea is thinking about it.']
e = {'url': url, 'journal': 'salt_and_shingle', 'poster': 'salt_and_shingle', 'subject': 'ficlet: tidewrack', 'date': (2021, 2, 12, '22:31'), 'tags': ['ficlets', 'original'],
     'html': ph(tw)}
page('dw-crisped-2021-noheader-ficlet-tidewrack', 'dw-2021-salt_and_shingle-90210.html', url, 'dreamwidth', 'story', 2021, ['no-header', 'ficlet'],
     'DW core2 Crisped (2021): no header; subject “ficlet: tidewrack” (lower case) and the tag “ficlets” are the only evidence; three lower-case `<p>` paragraphs (title “tidewrack”)',
     dw_page('entry', [e], 'salt_and_shingle', 'salt & shingle', 'Crisped', url, 'ficlet: tidewrack - salt & shingle', year=2021),
     [story(url, 'salt_and_shingle', 'salt_and_shingle', fields(title='tidewrack'), None, body('tidewrack', tw))])

# ======================================================================= O. LJ ?format=light 2010 drabble, `Title -- X`, "(Part One of Three)" in the HEADER only
url = 'http://corncrake-call.livejournal.com/5512.html'
po = ['The new governess arrived at Thornton Lacey on a wet Tuesday with one trunk and a great many opinions about the education of girls.',
      'Mrs Grant, who had hoped for someone meek, watched her unpack the opinions one by one, like china, and set them along the nursery mantelpiece where nobody could miss them.',
      'By Friday the girls had learnt the principal rivers of Europe and how to answer back. Mrs Grant was not sure which of them frightened her more.']
rows = [('Title', 'The Principal Rivers'), ('Fandom', 'Mansfield Park'), ('Rating', 'G'), ('Word count', '100')]
e = {'url': url, 'journal': 'corncrake_call', 'poster': 'corncrake_call', 'poster_name': 'Corncrake', 'subject': 'Mansfield Park drabble', 'date': (2010, 5, 25, '10:10'), 'tags': ['drabbles', 'mansfield park'],
     'html': hdr(rows, fmt='{L} -- {V}') + '<br />(Part One of Three)<br /><br />\n' + brh(po)}
page('lj-light-2010-partoneofthree-header-principalrivers', 'lj-2010-corncrake_call-5512-light.html', url + '?format=light', 'livejournal', 'story', 2010, ['part-marker', 'light', 'decorated', 'drabble'],
     'LJ ?format=light (2010; both URLs listed): a drabble series entry whose part marker is only an unlabelled “(Part One of Three)” line under a `Label -- X` header; subject “Mansfield Park drabble” has none',
     light_page(e, 2010),
     [story(url, 'corncrake_call', 'corncrake_call', fields(title='The Principal Rivers', fandom='Mansfield Park', rating='G', wordCount='100'), part(1, 3), body('principalrivers-1', po),
            exclude=['(Part One of Three)'])], also=[url])

# ======================================================================= P. Wayback 2009 of an LJ Punquin drabble (absolute links), `<u>Label</u>: X`
orig = 'http://bramble-and-thorn.livejournal.com/1833.html'
ts = '20090817093012'
bt = ['Long John Silver kept a list, in a very fine hand, of every man who had ever called him a cripple.',
      'It was not a long list. Most of the names on it had been crossed through, neatly, with a ruler, and Jim, who found it in the galley one night looking for biscuit, did not ask what the lines meant.',
      'He put it back exactly where it had been. In the morning Silver gave him an extra spoon of molasses and said he was a good lad, a very good lad, and Jim smiled and did not sleep well for a week.']
rows = [('Title', 'The List'), ('Fandom', 'Treasure Island'), ('Rating', 'PG'), ('Words', '100')]
e = {'url': orig, 'journal': 'bramble_and_thorn', 'poster': 'bramble_and_thorn', 'subject': 'Treasure Island drabble: The List', 'date': (2009, 8, 1, '12:12'), 'tags': ['drabble', 'treasure island'],
     'html': hdr(rows, fmt='<u>{L}</u>: {V}') + '<br /><br />\n' + brh(bt)}
html = wayback(pq_page('entry', [e], 'bramble_and_thorn', 'bramble & thorn', orig, 'bramble_and_thorn: Treasure Island drabble: The List', 2009), ts, orig, absolute=True)
page('wayback-lj-punquin-2009-underlined-drabble-thelist', 'wayback-2009-bramble_and_thorn-1833.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'story', 2009,
     ['wayback', 'drabble', 'decorated', 'subject-inline'],
     'Wayback copy (2009-08-17, absolute https://web.archive.org/web/… links) of an LJ Punquin drabble: `<u>Label</u>: X` labels, the subject inline after the time; story URL is the original LJ URL',
     html,
     [story(orig, 'bramble_and_thorn', 'bramble_and_thorn', fields(title='The List', fandom='Treasure Island', rating='PG', wordCount='100'), None, body('thelist', bt))])

# ======================================================================= Q. Wayback 2014 of a DW core2 story "pt 2" + header "Part 2 of 2", Notes before the prose
orig = 'http://weir-and-wold.dreamwidth.org/6614.html'
ts = '20140302181544'
w2 = ['The flood went down on the fourth day, and the village came out to count what it had lost.',
      'Two pigs, the vicar’s harmonium, most of the hay. The bridge was still there, which surprised everyone, and so was old Mrs Dunnock, who had spent the whole flood in her bedroom with a kettle and a spirit-lamp and declined to be rescued.',
      'Tam found her mending the gate when he came up the lane. “Well?” she said. “Don’t stand there. Hold this.” And he held it, and was glad, in a way he could not have put into words, of being told what to do.']
rows = [('Title', 'High Water'), ('Fandom', 'Original fiction'), ('Rating', 'G'), ('Part', '2 of 2'), ('Notes', 'the end! thank you for reading part one.')]
e = {'url': orig, 'journal': 'weir_and_wold', 'poster': 'weir_and_wold', 'subject': 'High Water, pt 2', 'date': (2014, 2, 20, '17:00'), 'tags': ['fic', 'high water'],
     'html': '<p>' + hdr(rows) + '</p>\n' + f'<p><a href="http://weir-and-wold.dreamwidth.org/6390.html">« pt 1</a></p>\n' + ph(w2)}
html = wayback(dw_page('entry', [e], 'weir_and_wold', 'weir & wold', 'Venture', orig, 'High Water, pt 2 - weir & wold', year=2014), ts, orig)
page('wayback-dw-venture-2014-pt2-headertotal-highwater', 'wayback-2014-weir_and_wold-6614.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'story', 2014,
     ['wayback', 'part-marker'],
     'Wayback copy (2014-03-02, host-relative /web/… links) of a DW core2 Venture entry: subject “High Water, pt 2” (no total), an unlisted “Part: 2 of 2” header line gives it; Notes, then a “« pt 1” link line; part 1 is not in the corpus',
     html,
     [story(orig, 'weir_and_wold', 'weir_and_wold', fields(title='High Water', fandom='Original fiction', rating='G', notes='the end! thank you for reading part one.'), part(2, 2), body('highwater-2', w2),
            exclude=['« pt 1'])])
