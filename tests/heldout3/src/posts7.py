"""More single pages of tests/heldout3: a fic list, a meme, literal-asterisk and pipe labels, an old Wayback recent page."""
from layouts import aentry_page, dw_page, dw_user, gen_page, lj_user_old, singlepost_page, wayback
from posts import body, brh, dwu, fields, hdr, page, part, ph, story
from punquin import pq_page

# ======================================================================= AF. LJ singlepost 2017: the author's own fic list (a list of links), not a story
url = 'https://orangery-ink.livejournal.com/4100.html'
items = [('The Glasshouse Winter', 'https://orangery-ink.livejournal.com/5521.html', 'original, G, 4 parts'), ('Pinching Out', 'https://orangery-ink.livejournal.com/3980.html', 'original, G, drabble'),
         ('Bottom Heat', 'https://archiveofourown.org/works/9900123', 'original, PG, 2k, on AO3')]
lis = ''.join(f'<li><a href="{u}">{t}</a> ({d})</li>' for t, u, d in items)
e = {'url': url, 'journal': 'orangery_ink', 'poster': 'orangery_ink', 'subject': 'fic masterlist', 'date': (2017, 1, 1, '12:00'), 'tags': ['fic', 'masterlist', 'sticky'],
     'html': f'<p>All my fic, newest first. Comments always welcome, even on old things!</p>\n<ul>{lis}</ul>\n<p>Rating: everything here is G or PG unless it says.</p>'}
page('lj-singlepost-2017-ficmasterlist-notstory', 'lj-2017-orangery_ink-4100.html', url, 'livejournal', 'not-story', 2017, ['about-fic', 'link-list'],
     'The author’s fic masterlist (LJ 2016 b-singlepost, 2017; a sticky post): subject “fic masterlist”, a `<ul>` of three stories with fandom/rating/length notes and a Rating line: a list of links to several stories, not a story and not one story’s masterpost',
     singlepost_page(e, 'orangery ink'), [])

# ======================================================================= AG. DW core2 2022 fandom meme
url = 'https://otter-and-ash.dreamwidth.org/10121.html'
e = {'url': url, 'journal': 'otter_and_ash', 'poster': 'otter_and_ash', 'subject': 'fandom snowflake, day 3', 'date': (2022, 12, 3, '21:21'), 'tags': ['memes', 'fandom snowflake'],
     'html': '<p><i>Day 3: Post a snippet of a WIP, or a line you’re proud of.</i></p>\n<p>Okay, a line from the thing I’m not finishing:</p>\n'
             + '<blockquote>“The river doesn’t care,” said Tam. “That’s what I like about it.”</blockquote>\n<p>That’s it, that’s all you get. Everyone else doing this: link me yours!</p>'}
page('dw-crisped-2022-meme-snowflake-snippet-notstory', 'dw-2022-otter_and_ash-10121.html', url, 'dreamwidth', 'not-story', 2022, ['meme', 'about-fic'],
     'A fandom challenge meme (DW core2 Crisped, 2022): the day’s prompt in italics, one quoted line of a WIP, chatter: not a story',
     dw_page('entry', [e], 'otter_and_ash', 'otter & ash', 'Crisped', url, 'fandom snowflake, day 3 - otter & ash', year=2022), [])

# ======================================================================= AH. DW core2 Venture 2015: literal-asterisk labels, typed mood/location ABOVE the header
url = 'https://tern-and-tide.dreamwidth.org/7301.html'
tt = ['Mrs Poyser did not hold with boats. Boats, in her opinion, were what happened when people stopped trusting the ground.',
      'Dinah, who had no opinion of boats at all, rowed them both across the mill-pond anyway, humming a hymn, while Mrs Poyser sat in the stern and stared at the water until it became uncomfortable and went flat.',
      'They reached the far side in record time. Dinah said it was the Lord’s doing. Mrs Poyser said nothing, which Dinah knew meant it was hers.']
rows = [('*Title:*', 'Flat Water'), ('*Fandom:*', 'Adam Bede'), ('*Characters:*', 'Mrs Poyser, Dinah Morris'), ('*Rating:*', 'G'), ('*Words:*', '110')]
e = {'url': url, 'journal': 'tern_and_tide', 'poster': 'tern_and_tide', 'subject': 'Flat Water (Adam Bede, G)', 'date': (2015, 6, 6, '09:30'), 'tags': ['fic', 'discworld'],
     'html': '<p><small>Current location: the train<br />Current mood: sleepy</small></p>\n<p>' + hdr(rows, fmt='{L} {V}') + '</p>\n' + ph(tt)}
page('dw-venture-2015-asterisklabels-moodabove-flatwater', 'dw-2015-tern_and_tide-7301.html', url, 'dreamwidth', 'story', 2015, ['decorated', 'metadata-inside', 'ficlet'],
     'DW core2 Venture (2015): literal-asterisk `*Label:* X` labels (a plain-text crossposter’s bold), a small typed “Current location / Current mood” paragraph ABOVE the header (not body)',
     dw_page('entry', [e], 'tern_and_tide', 'tern & tide', 'Venture', url, 'Flat Water (Adam Bede, G) - tern & tide', year=2015),
     [story(url, 'tern_and_tide', 'tern_and_tide', fields(title='Flat Water', fandom='Adam Bede', characters='Mrs Poyser, Dinah Morris', rating='G', wordCount='110'), None, body('flatwater', tt),
            exclude=['Current location', 'sleepy'])])

# ======================================================================= AI. IJ Generator 2013 drabble, `Label | X` pipe labels, "[drabble]" subject
url = 'http://lamplit-lane.insanejournal.com/3344.html'
lp = ['Gerda had been told the lamp at the crossroads was only a lamp, and she had been told it by her grandmother, which ought to have settled it.',
      'But it was snowing, and the lamp was lit, and there was no house anywhere near that could have lit it. She stood under it in her nightgown and Kay’s old coat and held out her hand to catch the flakes.',
      'They were warm. That was the strange thing. And somewhere, a long way off in the trees, something was jingling like a harness, and coming nearer.']
rows = [('Title', 'Warm Snow'), ('Fandom', 'The Snow Queen'), ('Character', 'Gerda'), ('Rating', 'G'), ('Words', '100')]
e = {'url': url, 'journal': 'lamplit_lane', 'poster': 'lamplit_lane', 'subject': '[drabble] Warm Snow', 'date': (2013, 12, 21, '23:11'), 'tags': ['drabble', 'the snow queen'],
     'html': hdr(rows, fmt='<b>{L}</b> | {V}') + '<br /><br />\n' + brh(lp)}
page('ij-generator-2013-pipelabels-drabble-warmsnow', 'ij-2013-lamplit_lane-3344.html', url, 'insanejournal', 'story', 2013, ['drabble', 'decorated'],
     'InsaneJournal S2 Generator (2013): `<b>Label</b> | X` pipe labels (“Character” singular), subject “[drabble] Warm Snow”',
     gen_page('entry', [e], 'insanejournal', 'lamplit_lane', 'lamplit lane', url, 'lamplit_lane: [drabble] Warm Snow', 2013),
     [story(url, 'lamplit_lane', 'lamplit_lane', fields(title='Warm Snow', fandom='The Snow Queen', characters='Gerda', rating='G', wordCount='100'), None, body('warmsnow', lp))])

# ======================================================================= AJ. Wayback 2005 of an LJ Generator recent page: a drabble and a personal post
orig = 'http://puffin-burrow.livejournal.com/'
ts = '20050412033010'
pb = ['The puffins came back to the island on the ninth of April, as they had every year since before the lighthouse.',
      'Effie counted them from the gallery rail with her father’s telescope: eleven hundred and four, give or take, and one with a herring too big for it that kept falling over.',
      'She wrote the number in the log, under his last one. Then, because nobody would ever read it but her, she drew the clumsy one in the margin, and gave it a little crown.']
d1 = {'url': 'http://puffin-burrow.livejournal.com/880.html', 'journal': 'puffin_burrow', 'poster': 'puffin_burrow', 'subject': 'drabble: the count', 'date': (2005, 4, 10, '22:00'),
      'html': hdr([('Title', 'The Count'), ('Rating', 'G'), ('Words', '100'), ('Notes', ('for the spring challenge at ' + lj_user_old('fiction_in_a_hundred', kind='C'), 'for the spring challenge at fiction_in_a_hundred'))]) + '<br /><br />\n' + brh(pb)}
d2 = {'url': 'http://puffin-burrow.livejournal.com/702.html', 'journal': 'puffin_burrow', 'poster': 'puffin_burrow', 'subject': 'exams', 'date': (2005, 4, 7, '11:40'), 'currents': [('Mood', 'stressed')],
      'html': 'Three exams next week. I have revised nothing. I have, however, reorganised my pens by colour, which must count for something.'}
html = wayback(gen_page('recent', [d1, d2], 'livejournal', 'puffin_burrow', 'puffin burrow', orig, 'puffin burrow', 2005), ts, orig)
page('wayback-lj-generator-2005-recent-thecount', 'wayback-2005-puffin_burrow-recent.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'index', 2005, ['wayback', 'index', 'drabble', 'personal'],
     'Wayback copy (2005-04-12, /web/… links) of an LJ S2 Generator recent page: an uncut drabble whose Notes value holds a community ljuser, and an exams life post; story URL is the original LJ URL',
     html,
     [story(d1['url'], 'puffin_burrow', 'puffin_burrow', fields(title='The Count', rating='G', wordCount='100', notes='for the spring challenge at fiction_in_a_hundred'), None, body('thecount', pb))])
