"""tests/heldout4: index pages (a Notepad recent page, a Notepad friends page, a DW tag page, a Wayback community recent page)
and Wayback copies of single entries."""
from layouts import dw_cut_link, dw_page, dw_user, gen_page, gen_user, lj_user_old, wayback
from notepad import np_page
from posts import BODIES, body, brh, dwu, fields, hdr, page, ph, story, part
import posts as P

# ======================================================================= I1. LJ Notepad recent page 2008 of flint_and_fennel: the three Chalk Horse parts
# (full text, the layout prints no cuts here) and a personal post between them
page_url = 'http://flint-and-fennel.livejournal.com/'
ents = []
for i in range(3):
    rows = [('Fandom', 'Original'), ('Rating', 'G'), ('Words', P.ch_words[i])]
    ents.append({'url': P.ch_urls[i], 'journal': 'flint_and_fennel', 'poster': 'flint_and_fennel', 'subject': P.ch_subj[i], 'date': (2008, 6, 2 + 5 * i, '22:0' + str(i)),
                 'currents': [('Mood', ['creative', 'nervous', 'accomplished'][i])], 'ncomments': 1,
                 'html': hdr(rows, fmt='<i>{L}:</i> {V}') + '<br /><br />\n' + brh(P.ch_prose[i]) + P.ch_foot[i]})
life = {'url': page_url + '4933.html', 'journal': 'flint_and_fennel', 'poster': 'flint_and_fennel', 'subject': 'hay fever, part two', 'date': (2008, 6, 9, '08:15'),
        'html': 'The pollen count is apparently “very high” and so, after two antihistamines, am I. Going back to bed. The horse will have to wait.', 'ncomments': 3}
order = [ents[2], life, ents[1], ents[0]]
page('lj-notepad-2008-recent-chalkhorse', 'lj-2008-flint_and_fennel-recent.html', page_url, 'livejournal', 'index', 2008, ['index', 'notepad', 'part-marker', 'personal', 'subject-inline'],
     'LJ S2 Notepad recent page (2008), newest first: The Chalk Horse parts 3, 2 and 1 in full (no cuts; each subject inline after its date, “N comment - Leave a comment” after each entry) and between them a personal post “hay fever, part two” (a part marker, not a story)',
     np_page('recent', order, 'flint_and_fennel', page_url, 'flint & fennel', 2008),
     [story(P.ch_urls[i], 'flint_and_fennel', 'flint_and_fennel', fields(title='The Chalk Horse', fandom='Original', rating='G', wordCount=P.ch_words[i]),
            part(i + 1, 3 if i == 2 else None), P.ch_bodies[i], exclude=[['Onward to Part the Second'], ['back | forward'], ['back to Part the Second']][i]) for i in (2, 1, 0)])

# ======================================================================= I2. LJ Notepad friends page 2010: a community drabble by a bracketed poster, a life post, a story behind an lj-cut
page_url = 'http://avonlea-attic.livejournal.com/friends'
d1 = ['The tinker came to Avonlea every spring with a cart full of pans and a parrot that swore in Portuguese.',
      'Mrs Lynde disapproved of the parrot. Everyone else in the village spent the whole of his visit trying to teach it a new word, and every year, when he drove away, it was Mrs Lynde’s voice they heard from the back of the cart, saying quite clearly: well, I never.']
c1 = {'url': 'http://community.livejournal.com/hundred_lanterns/9920.html', 'journal': 'hundred_lanterns', 'poster': 'lake_of_shining', 'community': True, 'subject': 'Well, I Never (AoGG, G)', 'date': (2010, 11, 2, '21:15'),
      'html': hdr([('Title', 'Well, I Never'), ('Author', (lj_user_old('lake_of_shining'), 'lake_of_shining')), ('Fandom', 'Anne of Green Gables'), ('Rating', 'G'), ('Words', '100')]) + '<br /><br />\n' + brh(d1)}
l1 = {'url': 'http://barrow-downs-bee.livejournal.com/30012.html', 'journal': 'barrow_downs_bee', 'poster': 'barrow_downs_bee', 'subject': 'november', 'date': (2010, 11, 2, '19:40'),
      'html': 'Clocks went back, it is dark at half four, I have bought a lamp that pretends to be the sun. It is not the sun. It is a lamp. I love it anyway.'}
t1 = ['Matthew Cuthbert had driven to Bright River station forty times in his life and never once been early, until the day he went to fetch the wrong orphan.']
s1 = {'url': 'http://gable-end-fic.livejournal.com/4471.html', 'journal': 'gable_end_fic', 'poster': 'gable_end_fic', 'subject': 'Fic: Early (Matthew, G)', 'date': (2010, 11, 1, '22:00'),
      'html': hdr([('Title', 'Early'), ('Fandom', 'Anne of Green Gables'), ('Characters', 'Matthew Cuthbert'), ('Rating', 'G'), ('Words', '1,200')]) + '<br /><br />\n' + brh(t1)
              + '<br /><br />\n<b>(&nbsp;<a href="http://gable-end-fic.livejournal.com/4471.html#cutid1">the drive to Bright River</a>&nbsp;)</b>'}
page('lj-notepad-2010-friendspage-bracketed-poster-cut', 'lj-2010-avonlea_attic-friends.html', page_url, 'livejournal', 'index', 2010, ['index', 'friends', 'community', 'drabble', 'personal', 'notepad'],
     'LJ S2 Notepad friends page (2010): each entry’s left cell has a userpic and the journal’s bold link, and for a community “[ poster ]” under it; an uncut community drabble (Author ljuser), a life post, a friend’s story with one teaser paragraph before a custom-text lj-cut (“the drive to Bright River”)',
     np_page('friends', [c1, l1, s1], 'avonlea_attic', page_url, 'Friends', 2010),
     [story(c1['url'], 'lake_of_shining', 'hundred_lanterns', fields(title='Well, I Never', author='lake_of_shining', fandom='Anne of Green Gables', rating='G', wordCount='100'), None, body('wellinever', d1)),
      story(s1['url'], 'gable_end_fic', 'gable_end_fic', fields(title='Early', fandom='Anne of Green Gables', characters='Matthew Cuthbert', rating='G', wordCount='1,200'), None, body('early-teaser', t1),
            complete=False, exclude=['the drive to Bright River'])])

# ======================================================================= I3. DW Hibiscus tag page 2017 /tag/fic of mangrove_mist: a story behind a cut, a ficlet in full
page_url = 'https://mangrove-mist.dreamwidth.org/tag/fic'
k_teaser = ['Kaa did not hunt by night in the rains; he lay in the ruined city’s cold-lairs and let the water run over his coils, and thought.']
k1 = {'url': 'https://mangrove-mist.dreamwidth.org/9120.html', 'journal': 'mangrove_mist', 'poster': 'mangrove_mist', 'subject': 'FIC: Kaa’s Hour', 'date': (2017, 7, 22, '18:00'), 'tags': ['fic', 'the jungle book'],
      'html': '', 'index_html': '<p>' + hdr([('Title', 'Kaa’s Hour'), ('Fandom', 'The Jungle Book'), ('Characters', 'Kaa, Mowgli'), ('Rating', 'PG'), ('Words', '2,400')]) + '</p>\n' + ph(k_teaser)
                                  + dw_cut_link('https://mangrove-mist.dreamwidth.org/9120.html', 1, 'into the cold-lairs')}
fl = ['Baloo taught the Law to every cub in the Seeonee pack, and most of them forgot it by the next new moon, and he taught it to them again.',
      'Bagheera asked him once whether it did not weary him. Baloo scratched his back on a sal tree, slowly, and considered. “Every year,” he said, “one of them remembers.”']
k2 = {'url': 'https://mangrove-mist.dreamwidth.org/8977.html', 'journal': 'mangrove_mist', 'poster': 'mangrove_mist', 'subject': 'ficlet: The Teacher', 'date': (2017, 6, 30, '08:30'), 'tags': ['fic', 'ficlets', 'the jungle book'],
      'html': '<p>' + hdr([('Title', 'The Teacher'), ('Rating', 'G'), ('Words', '70')], fmt='<b>{L}</b> ~ {V}') + '</p>\n' + ph(fl)}
page('dw-hibiscus-2017-tagpage-fic-kaashour', 'dw-2017-mangrove_mist-tag-fic.html', page_url, 'dreamwidth', 'index', 2017, ['index', 'tag', 'ficlet', 'decorated'],
     'DW tag page /tag/fic (core2 Hibiscus, 2017), newest first: “Kaa’s Hour” with a header and one teaser paragraph before a custom-text cut (“into the cold-lairs”), then an uncut 70-word ficlet with `<b>Label</b> ~ X` labels',
     dw_page('tag', [k1, k2], 'mangrove_mist', 'mangrove mist', 'Hibiscus', page_url, 'mangrove mist', subtitle='Entries tagged with fic', year=2017),
     [story(k1['url'], 'mangrove_mist', 'mangrove_mist', fields(title='Kaa’s Hour', fandom='The Jungle Book', characters='Kaa, Mowgli', rating='PG', wordCount='2,400'), None, body('kaashour-teaser', k_teaser),
            complete=False, exclude=['into the cold-lairs']),
      story(k2['url'], 'mangrove_mist', 'mangrove_mist', fields(title='The Teacher', rating='G', wordCount='70'), None, body('theteacher', fl))])

# ======================================================================= I4. Wayback 2007 of an LJ Generator community recent page: two drabbles (poster boxes) and a challenge post
orig = 'http://community.livejournal.com/hundred_fathoms/'
ts = '20070611042233'
dA = ['The diver went down at slack water with a lamp and a line, and at forty fathoms the line went still.',
      'They hauled him up an hour later, alive, white-faced, with something clutched in his fist that he would not show them. He never dived again. He kept the thing in a tin on his mantel all his life, and when he died his daughter opened the tin and found a single brass button, bright as the day it was made, with an anchor on it and a date a hundred years before he was born.']
dB = ['Mrs Grace kept the harbour light for forty years after her husband drowned, and on the forty-first year she put out the lamp and said that was enough.',
      'The village was scandalised. Then the new light came, electric, on a steel tower, and Mrs Grace went out every night all the same and stood under it with her shawl round her shoulders, checking it was done right.']
a = {'url': orig + '15520.html', 'journal': 'hundred_fathoms', 'poster': 'deep_water_dora', 'community': True, 'subject': 'Challenge 40: The Button', 'date': (2007, 6, 9, '20:10'),
     'html': hdr([('Title', 'The Button'), ('Author', (lj_user_old('deep_water_dora'), 'deep_water_dora')), ('Challenge', '40: depth'), ('Rating', 'G'), ('Words', '100')]) + '<br /><br />\n' + brh(dA)}
b = {'url': orig + '15307.html', 'journal': 'hundred_fathoms', 'poster': 'shingle_street', 'community': True, 'subject': 'Challenge 40: Keeping', 'date': (2007, 6, 8, '12:45'),
     'html': hdr([('Title', 'Keeping'), ('Author', (lj_user_old('shingle_street'), 'shingle_street')), ('Challenge', '40: depth'), ('Rating', 'G'), ('Words', '100')]) + '<br /><br />\n' + brh(dB)}
c = {'url': orig + '15011.html', 'journal': 'hundred_fathoms', 'poster': 'fathoms_mod', 'community': True, 'subject': 'Challenge 40: depth', 'date': (2007, 6, 4, '09:00'),
     'html': 'This week’s challenge is <b>depth</b>. Drabbles only, exactly 100 words, posted by Sunday. Please use the header:<br /><br />\nTitle:<br />\nAuthor:<br />\nChallenge:<br />\nRating:<br />\nWords:<br /><br />\nHave fun!'}
html = wayback(gen_page('recent', [a, b, c], 'livejournal', 'hundred_fathoms', 'one hundred fathoms', orig, 'one hundred fathoms', 2007, is_comm=True), ts, orig)
page('wayback-lj-generator-2007-community-recent-fathoms', 'wayback-2007-hundred_fathoms-recent.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'index', 2007,
     ['wayback', 'index', 'community', 'drabble', 'about-fic'],
     'Wayback copy (2007-06-11, host-relative /web/… links) of an LJ drabble community’s recent page (S2 Generator, poster boxes “X posting in hundred_fathoms”), newest first: two drabble fills with Author ljusers and a “Challenge:” label (the prompt), then the mods’ challenge post with an EMPTY header template: not a story; story URLs are the original LJ URLs',
     html,
     [story(a['url'], 'deep_water_dora', 'hundred_fathoms', fields(title='The Button', author='deep_water_dora', prompt='40: depth', rating='G', wordCount='100'), None, body('thebutton', dA)),
      story(b['url'], 'shingle_street', 'hundred_fathoms', fields(title='Keeping', author='shingle_street', prompt='40: depth', rating='G', wordCount='100'), None, body('keeping', dB))])

# ======================================================================= W2. Wayback 2005 of an LJ Notepad 2004 drabble: `Label~ X` (tilde right after the label)
orig = 'http://moonrakers-cove.livejournal.com/1207.html'
ts = '20051020113344'
dr = ['The smugglers of Moonfleet kept their brandy in the crypt, among the Mohunes, and the Mohunes did not object, being dead.',
      'John Trenchard went down there once, alone, on a dare, with a candle stub and his heart in his mouth. He came up an hour later without the candle, without the dare, and with a look on his face that made Elzevir Block put down his pipe and say, very gently, “Well, lad. Now you know.”',
      'He never said what he knew. But he never went down there alone again.']
e = {'url': orig, 'journal': 'moonrakers_cove', 'poster': 'moonrakers_cove', 'subject': 'moonfleet drabble', 'date': (2004, 10, 31, '23:31'), 'currents': [('Mood', 'spooky')],
     'html': hdr([('Title', 'In the Crypt'), ('Fandom', 'Moonfleet'), ('Rating', 'PG'), ('Words', '100')], fmt='{L}~ {V}') + '<br /><br />\n' + brh(dr)}
html = wayback(np_page('entry', [e], 'moonrakers_cove', orig, 'Moonrakers Cove - moonfleet drabble', 2004), ts, orig)
page('wayback-lj-notepad-2004-tilde-labels-inthecrypt', 'wayback-2005-moonrakers_cove-1207.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'story', 2004,
     ['wayback', 'drabble', 'decorated', 'notepad', 'subject-inline'],
     'Wayback copy (2005-10-20, host-relative /web/… links) of an LJ S2 Notepad drabble (2004): plain `Label~ X` lines (a tilde straight after the label), subject “moonfleet drabble” inline after the date; story URL is the original LJ URL',
     html,
     [story(orig, 'moonrakers_cove', 'moonrakers_cove', fields(title='In the Crypt', fandom='Moonfleet', rating='PG', wordCount='100'), None, body('inthecrypt', dr), exclude=['spooky'])])

# ======================================================================= W3. Wayback 2011 of a DW core2 Summertime 2010 header-only post → AO3 (absolute replay links)
orig = 'http://staithe-and-sail.dreamwidth.org/1550.html'
ts = '20110304081215'
ao3 = 'http://archiveofourown.org/works/120455'
rows = [('Title', 'Broadland'), ('Fandom', 'Swallows and Amazons'), ('Characters', 'Dick, Dorothea, the Death and Glories'), ('Rating', 'G'), ('Words', '5,200'),
        ('Summary', 'A wherry, a flood tide and a lost dog on the Bure.')]
e = {'url': orig, 'journal': 'staithe_and_sail', 'poster': 'staithe_and_sail', 'subject': 'Broadland (Swallows and Amazons, G)', 'date': (2010, 8, 14, '18:30'), 'tags': ['fic', 'swallows and amazons'],
     'html': '<p>' + hdr(rows, fmt='<strong>{L}:</strong> {V}') + '</p>\n<p>My first AO3 story! It took me ages to work out the tagging.</p>\n'
             + f'<p style="text-align:center"><a href="{ao3}"><b>Broadland</b> at the AO3</a></p>'}
html = wayback(dw_page('entry', [e], 'staithe_and_sail', 'staithe & sail', 'Summertime', orig, 'Broadland (Swallows and Amazons, G) - staithe & sail', year=2010), ts, orig, absolute=True)
page('wayback-dw-summertime-2010-headeronly-ao3-broadland', 'wayback-2011-staithe_and_sail-1550.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'story', 2010,
     ['wayback', 'header-only'],
     'Wayback copy (2011-03-04, absolute https://web.archive.org/web/… links) of a DW core2 Summertime header-only post (2010): `<strong>Label:</strong>` header, a chatter line, a centred “Broadland at the AO3” link rewritten through the replay (elsewhere = the original AO3 URL); story URL is the original DW URL',
     html,
     [story(orig, 'staithe_and_sail', 'staithe_and_sail', fields(title='Broadland', fandom='Swallows and Amazons', characters='Dick, Dorothea, the Death and Glories', rating='G', wordCount='5,200',
                                                          summary='A wherry, a flood tide and a lost dog on the Bure.'), None,
            exclude=['My first AO3 story', 'at the AO3'], headerOnly=True, elsewhere=[ao3])])
