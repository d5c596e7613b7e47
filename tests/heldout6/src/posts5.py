"""tests/heldout6: InsaneJournal on A Sturdy Gesture (a friends page, a lone second part), a drabble community's recent page
and a fic masterlist on Quite Lickable, a Sturdy Gesture recent page of short pieces, a Wayback 2020 copy of a chapter that
points at its masterpost, and a DW community's tag page and a DW reading page."""
from layouts import dw_page, dw_user, lj_user_old, wayback
from posts import body, brh, fields, hdr, lju, page, part, ph, story
from s2x import lickable_page, sturdy_page


def ij(html):
    """The same S2 layer as served by InsaneJournal (an LJ fork that kept the S2 system layouts): its hosts, stat server
    and name in place of LiveJournal's."""
    return (html.replace('l-stat.livejournal.com', 'stat.insanejournal.com').replace('l-userpic.livejournal.com', 'userpic.insanejournal.com')
            .replace('stat.livejournal.com', 'stat.insanejournal.com').replace('livejournal.com', 'insanejournal.com')
            .replace('LiveJournal', 'InsaneJournal'))


def iju(name, kind='P'):
    return (lj_user_old(name, site='insanejournal.com', kind=kind), name)


# ======================================================================= 11. An InsaneJournal friends page (2009, A Sturdy Gesture): a community ficlet
# ("poster posting in community" in the h2), a WIP-Wednesday snippet (not a story), a personal post with a part marker.
IJ = 'http://ashgrove-ink.insanejournal.com/'
fp = ['The lamplighter’s boy was supposed to be home by nine. At half past, his sister went out with a lantern of her own and found him on the bridge, sitting on the parapet with his legs hanging over the black water, counting.',
      '“Forty-two,” he said, without turning round. “Forty-two lamps on this side of the river and forty-one on that. Somebody’s missing one.” She sat down beside him. They counted again, together, and it was still forty-one, and they went home in the end without ever finding out whose it was.']
e1 = {'url': 'http://community.insanejournal.com/gaslight_fics/8813.html', 'journal': 'gaslight_fics', 'poster': 'wick_and_wax', 'community': True, 'legacy': True, 'subject': 'Forty-One',
      'date': (2009, 11, 18, '22:10'), 'tags': ['author: wick_and_wax', 'original'],
      'html': hdr([('Title', 'Forty-One'), ('Author', iju('wick_and_wax')), ('Rating', 'G'), ('Word Count', '110')], fmt='{L} - {V}') + '<br /><br />\n' + brh(fp), 'ncomments': 2}
e2 = {'url': IJ + '2817.html', 'journal': 'ashgrove_ink', 'poster': 'ashgrove_ink', 'subject': 'WIP Wednesday!', 'date': (2009, 11, 18, '20:00'), 'tags': ['wip wednesday', 'fic talk'],
      'html': 'Current WIP: <i>The Ember Road</i>, part three.<br />Words so far: 1,850 of maybe 3k.<br /><br />Snippet:<br /><blockquote>The path was still warm under the snow, which should have told them something.</blockquote>'
              'That’s all you get! Back to it.', 'ncomments': 4}
e3 = {'url': 'http://fenwick-row.insanejournal.com/6120.html', 'journal': 'fenwick_row', 'poster': 'fenwick_row', 'subject': 'the wedding, part two: the cake', 'date': (2009, 11, 18, '13:45'),
      'html': 'The cake survived the car. The cake did not survive my uncle. There are photos and I will not be sharing them.', 'ncomments': 7}
page('ij-sturdy-2009-friends-community-wip-personal', 'ij-2009-ashgrove_ink-friends.html', IJ + 'friends', 'insanejournal', 'index', 2009,
     ['sturdy-gesture', 'index', 'friends', 'community', 'ficlet', 'about-fic', 'personal', 'part-marker'],
     'An InsaneJournal friends page on S2 A Sturdy Gesture (2009): each `<h2>` “date<br />poster[ posting in community]: <a>SUBJECT</a>”; a community ficlet with `Label - X` lines (Author ljuser), a WIP-Wednesday post quoting a snippet and a word count (not a story), a personal post “the wedding, part two: the cake” (not a story)',
     ij(sturdy_page('friends', [e1, e2, e3], 'ashgrove_ink', 'ashgrove ink', IJ + 'friends', 'ashgrove ink: friends', 2009)),
     [story(e1['url'], 'wick_and_wax', 'gaslight_fics', fields(title='Forty-One', author='wick_and_wax', rating='G', wordCount='110'), None, body('fortyone', fp),
            exclude=['Words so far', 'The cake survived'])])

# ======================================================================= 12. A lone second part on InsaneJournal (2010, A Sturdy Gesture): subject
# "The Ember Road (2/2)"; a "Part one is here." line inside the header (part 1 not in the corpus).
u = IJ + '3340.html'
cp = ['They came down off the fell in the dark, the three of them, following the line of warm ground where the snow would not lie.',
      'Nobody spoke. Halfway down, Ada’s lantern went out, and they walked the last mile by the faint red glow that came up through the cinders, and when they reached the village at last the path behind them went dark and cold, as if it had only ever been waiting for them to get home.']
e = {'url': u, 'journal': 'ashgrove_ink', 'poster': 'ashgrove_ink', 'subject': 'The Ember Road (2/2)', 'date': (2010, 1, 6, '21:21'), 'tags': ['fic', 'original fic'],
     'currents': [('Mood', 'accomplished')],
     'html': hdr([('Title', 'The Ember Road'), ('Rating', 'PG'), ('Words', '96'), ('Notes', (f'Part one is <a href="{IJ}3012.html">here</a>.', 'Part one is here.'))], fmt='<b>{L}:</b> {V}')
             + '<br /><br />\n' + brh(cp),
     'comments': [('wick_and_wax', 'Waiting for them to get home! Shivers.')]}
page('ij-sturdy-2010-part2of2-partonelink-emberroad', 'ij-2010-ashgrove_ink-3340.html', u, 'insanejournal', 'story', 2010, ['sturdy-gesture', 'part-marker', 'part-links-in-header'],
     'The Ember Road (2/2) on InsaneJournal, S2 A Sturdy Gesture (2010): `<b>Label:</b>` header whose Notes line is “Part one is here.” (part 1 not in the corpus); Current Mood in `div.metadata`',
     ij(sturdy_page('entry', [e], 'ashgrove_ink', 'ashgrove ink', u, 'ashgrove_ink: The Ember Road (2/2)', 2010)),
     [story(u, 'ashgrove_ink', 'ashgrove_ink', fields(title='The Ember Road', rating='PG', wordCount='96', notes='Part one is here.'), part(2, 2), body('emberroad-part2', cp),
            exclude=['accomplished', 'Shivers'])])

# ======================================================================= 13. A drabble community's recent page (LJ 2013, Quite Lickable): two fills with
# `<font size="1">` labels, the mods' challenge post with an empty template (not a story).
DC = 'http://thresholds-100.livejournal.com/'
d1p = ['Every house on Weir Street had a step worn hollow in the middle, except Number Nine.',
       'Number Nine’s step was as flat and sharp as the day it was laid, because nobody had ever gone in or out of that door. The children dared each other to sit on it. Nothing happened to the ones who did, which was somehow worse.',
       'Old Mrs Vane, who had lived opposite for sixty years, said only that some doors were for coming back through, not going out of, and drew her curtains early every night.']
d2p = ['The cat would not cross the threshold of the new flat.',
       'She sat in the hall for three days, tail wrapped round her feet, watching the doorway of the sitting room as if something were standing in it. On the fourth day Priya sat down on the floor beside her and said, to the empty doorway, “She’s with me. Budge up.”',
       'The cat walked in, and lay down on the rug, and never looked at the doorway again. Priya decided not to think about it.']
a = {'url': DC + '5501.html', 'journal': 'thresholds_100', 'poster': 'weir_street', 'community': True, 'subject': 'Number Nine', 'date': (2013, 2, 11, '08:20'), 'tags': ['challenge 58: thresholds', 'author: weir_street'],
     'html': '<font size="1"><b>Author:</b> ' + lj_user_old('weir_street') + ' | <b>Challenge:</b> 58, thresholds | <b>Rating:</b> G</font><br /><br />\n' + brh(d1p), 'ncomments': 3}
b = {'url': DC + '5488.html', 'journal': 'thresholds_100', 'poster': 'priya_writes', 'community': True, 'subject': 'Budge Up', 'date': (2013, 2, 10, '19:02'), 'tags': ['challenge 58: thresholds', 'author: priya_writes'],
     'html': '<font size="1"><b>Author:</b> ' + lj_user_old('priya_writes') + ' | <b>Challenge:</b> 58, thresholds | <b>Rating:</b> G</font><br /><br />\n' + brh(d2p), 'ncomments': 5}
c = {'url': DC + '5470.html', 'journal': 'thresholds_100', 'poster': 'thresholds_mod', 'community': True, 'subject': 'Challenge #58: thresholds', 'date': (2013, 2, 9, '12:00'), 'tags': ['mod post', 'challenge 58: thresholds'],
     'html': 'This week’s word is <b>thresholds</b>. Exactly one hundred words, please, and post with this header:<br /><br />\n'
             '<font size="1"><b>Author:</b> | <b>Challenge:</b> 58, thresholds | <b>Rating:</b></font><br /><br />\nDeadline Sunday at midnight, mod time.', 'ncomments': 0}
page('lj-lickable-2013-community-recent-drabbles-modpost', 'lj-2013-thresholds_100-recent.html', DC, 'livejournal', 'index', 2013,
     ['lickable', 'index', 'community', 'drabble'],
     'A drabble community’s recent page on LJ S2 Quite Lickable (2013, the community’s own subdomain): `div.entryposter` names each poster; two 100-word fills whose header is one small `<font size="1">` line of `<b>Label:</b> X` separated by “|” (Author ljuser, Challenge, Rating; no Title: the subject is the title), then the mods’ challenge post with the same line empty (not a story)',
     lickable_page('recent', [a, b, c], 'thresholds_100', 'thresholds: a drabble community', DC, 'thresholds: a drabble community', 2013, subtitle='a hundred words, every week', kind='C'),
     [story(a['url'], 'weir_street', 'thresholds_100', fields(title='Number Nine', author='weir_street', prompt='58, thresholds', rating='G'), None, body('numbernine', d1p), exclude=['three days', 'Deadline Sunday']),
      story(b['url'], 'priya_writes', 'thresholds_100', fields(title='Budge Up', author='priya_writes', prompt='58, thresholds', rating='G'), None, body('budgeup', d2p), exclude=['Deadline Sunday'])])

# ======================================================================= 14. A fic masterlist (LJ 2016, Quite Lickable): a list of links to six stories with
# fandom and rating: not a story.
u = 'http://second-star-left.livejournal.com/90211.html'
items = [('Chalk Hill', 'http://second-star-left.livejournal.com/77104.html', 'Peter Pan, G, 2 parts'), ('Tiger Lily’s Map', 'http://second-star-left.livejournal.com/78020.html', 'Peter Pan, PG'),
         ('The Clockwork Tea', 'http://second-star-left.livejournal.com/80456.html', 'Alice in Wonderland, G'), ('Low Water', 'http://archiveofourown.org/works/3321098', 'Peter Pan, T, on AO3'),
         ('A Crown of Hedges', 'http://second-star-left.livejournal.com/85510.html', 'Through the Looking-Glass, G'), ('Sixpence', 'http://second-star-left.livejournal.com/88700.html', 'original, G')]
e = {'url': u, 'journal': 'second_star_left', 'poster': 'second_star_left', 'subject': 'fic masterlist (updated 2016)', 'date': (2016, 1, 1, '00:01'), 'tags': ['fic', 'masterlist'],
     'html': 'Everything I have written, newest last. Comments always welcome, even on the old ones!<br /><br />\n<ul>\n'
             + '\n'.join(f'<li><a href="{l}"><b>{t}</b></a> ({d})</li>' for t, l, d in items) + '\n</ul>'}
page('lj-lickable-2016-fic-masterlist-notstory', 'lj-2016-second_star_left-90211.html', u, 'livejournal', 'not-story', 2016, ['lickable', 'list-of-links', 'masterlist'],
     'A writer’s fic masterlist on LJ S2 Quite Lickable (2016): a `<ul>` of six stories (“<a><b>TITLE</b></a> (fandom, rating)”, one “2 parts”, one on AO3): a list of links to different stories, not a story and not a story’s masterpost',
     lickable_page('entry', [e], 'second_star_left', 'second star to the left', u, 'second star to the left | fic masterlist (updated 2016)', 2016), [])

# ======================================================================= 15. A Sturdy Gesture recent page (LJ 2011): a ficlet whose only header is
# "Fic: NAME (drabble)" in the subject and a "Disclaimer" line, a "[ficlet]" subject with a one-line header in brackets, a personal post.
SR = 'http://hedge-school.livejournal.com/'
f1 = ['Jo March wrote her first story on the back of a butcher’s bill, in the attic, with her feet in a bucket of warm water because the attic was so cold.',
      'It was terrible. She knew it was terrible. She read it to Beth anyway, and Beth laughed in all the right places and cried in one of the wrong ones, and Jo decided that was as good a review as anyone was ever likely to get.']
f2 = ['Amy kept a list of every word she did not know, and looked them up on Sundays.',
      'By the time she was sixteen the list was four notebooks long, and Laurie, finding one of them, read it aloud at dinner in a voice of deep respect: “Prestidigitation. Sesquipedalian. Turnip.” Amy threw a bread roll at him. She did not, however, cross out turnip.']
a = {'url': SR + '3321.html', 'journal': 'hedge_school', 'poster': 'hedge_school', 'subject': 'Fic: The Butcher’s Bill (drabble)', 'date': (2011, 11, 2, '21:05'), 'tags': ['fic', 'little women'],
     'html': '<small>Disclaimer: Louisa May Alcott’s, not mine.</small><br /><br />\n' + brh(f1), 'ncomments': 2}
b = {'url': SR + '3290.html', 'journal': 'hedge_school', 'poster': 'hedge_school', 'subject': '[ficlet] Sundays', 'date': (2011, 10, 30, '15:40'), 'tags': ['fic', 'little women'],
     'html': '[Little Women | Amy, Laurie | G | 70 words]<br /><br />\n' + brh(f2), 'ncomments': 1}
c = {'url': SR + '3255.html', 'journal': 'hedge_school', 'poster': 'hedge_school', 'subject': 'nanowrimo?', 'date': (2011, 10, 29, '10:10'), 'tags': ['writing', 'personal'],
     'html': 'Am I doing NaNo this year? I said no. I have a plot. I have a spreadsheet. Apparently I am doing NaNo this year.', 'ncomments': 6}
page('lj-sturdy-2011-recent-drabble-bracketheader-personal', 'lj-2011-hedge_school-recent.html', SR, 'livejournal', 'index', 2011,
     ['sturdy-gesture', 'index', 'drabble', 'ficlet', 'header-inline', 'personal'],
     'A recent page on LJ S2 A Sturdy Gesture (2011): a drabble whose title is only in the subject “Fic: The Butcher’s Bill (drabble)” with a small “Disclaimer:” line; a ficlet “[ficlet] Sundays” whose header is one bracketed line “[Little Women | Amy, Laurie | G | 70 words]” with no labels; a personal post about NaNoWriMo (not a story)',
     sturdy_page('recent', [a, b, c], 'hedge_school', 'hedge school', SR, 'hedge school', 2011),
     [story(a['url'], 'hedge_school', 'hedge_school', fields(title='The Butcher’s Bill', disclaimer='Louisa May Alcott’s, not mine.'), None, body('butchersbill', f1), exclude=['Disclaimer:']),
      story(b['url'], 'hedge_school', 'hedge_school', fields(title='Sundays'), None, body('sundays', f2), exclude=['[Little Women | Amy, Laurie | G | 70 words]', 'NaNo'])])

# ======================================================================= 16. Wayback 2020 copy of a Sturdy Gesture chapter (LJ 2010) whose only link is
# its masterpost (not in the corpus): "Ch. 3 of ?" in an unlisted header line, the link on "masterpost" inside a sentence.
orig = 'http://hedge-school.livejournal.com/2140.html'
ts = '20200214231807'
hp = ['Meg’s twins learned to walk in the same week, in opposite directions, and after that nothing in the Dovecote stayed where it was put.',
      'John Brooke took to carrying one under each arm like parcels. Meg took to sitting very still in the middle of the floor and letting them come to her, which, she discovered, they always did in the end.']
e = {'url': orig, 'journal': 'hedge_school', 'poster': 'hedge_school', 'subject': 'The Dovecote Years, ch. 3', 'date': (2010, 4, 12, '20:30'), 'tags': ['fic', 'little women', 'fic: the dovecote years'],
     'html': '<b>Title:</b> The Dovecote Years<br />\n<b>Fandom:</b> Little Women<br />\n<b>Rating:</b> G<br />\nCh. 3 of ?<br /><br />\n'
             f'(New here? The <a href="{orig[:-9]}1987.html">masterpost</a> has the earlier chapters.)<br /><br />\n' + brh(hp)}
html = wayback(sturdy_page('entry', [e], 'hedge_school', 'hedge school', orig, 'hedge_school: The Dovecote Years, ch. 3', 2010), ts, orig)
page('wayback-lj-sturdy-2010-chapter3-masterpost-sentence-dovecote', 'wayback-2020-hedge_school-2140.html', f'https://web.archive.org/web/{ts}/{orig}', 'wayback', 'story', 2010,
     ['wayback', 'sturdy-gesture', 'part-marker', 'chapter-to-masterpost', 'unlisted-label'],
     'Wayback copy (2020-02-14, /web/TS/ links) of an LJ S2 A Sturdy Gesture chapter (2010): subject “The Dovecote Years, ch. 3”, an unlabelled “Ch. 3 of ?” line in the header, “(New here? The masterpost has the earlier chapters.)” (masterpost not in the corpus); story URL is the original LJ URL',
     html,
     [story(orig, 'hedge_school', 'hedge_school', fields(title='The Dovecote Years', fandom='Little Women', rating='G'), part(3, None), body('dovecote-ch3', hp), exclude=['New here?'])])

# ======================================================================= 17. A DW community's tag page (2017, core2 Paperish): two stories and a header-only post.
TG = 'https://lamplit-lanes.dreamwidth.org/'
t1 = ['The night bus stopped at the end of Carrow Lane at 2:14 every morning, and nobody ever got off.',
      'Dev drove it for a year before he worked out that somebody did: a woman in a green coat who stepped down without paying, every night, and was never on the bus when it set off.',
      'He started leaving the doors open an extra minute. It seemed polite.']
t2 = ['The last library in the city closed on a Tuesday, and on Wednesday the books began to leave.',
      'They went quietly, in ones and twos, under coats and in prams and once, memorably, in a wheelbarrow. By Friday the shelves were empty, and every house on the estate had a book in it that nobody could remember borrowing.']
ao3 = 'https://archiveofourown.org/works/11034567'
a = {'url': TG + '1903.html', 'journal': 'lamplit_lanes', 'poster': 'night_bus_dev', 'community': True, 'subject': 'The 2:14', 'date': (2017, 6, 8, '22:14'), 'tags': ['prompt: night', 'original'],
     'html': '<p>' + hdr([('Title', 'The 2:14'), ('Author', (dw_user('night_bus_dev'), 'night_bus_dev')), ('Prompt', 'night'), ('Rating', 'G'), ('Words', '80')], fmt='<em>{L}:</em> {V}') + '</p>\n' + ph(t1)}
b = {'url': TG + '1874.html', 'journal': 'lamplit_lanes', 'poster': 'shelf_mark', 'community': True, 'subject': 'Overdue', 'date': (2017, 6, 6, '17:30'), 'tags': ['prompt: night', 'original'],
     'html': '<p>' + hdr([('Title', 'Overdue'), ('Author', (dw_user('shelf_mark'), 'shelf_mark')), ('Prompt', 'night'), ('Rating', 'G'), ('Words', '70')], fmt='<em>{L}:</em> {V}') + '</p>\n' + ph(t2)}
c = {'url': TG + '1850.html', 'journal': 'lamplit_lanes', 'poster': 'owl_hours', 'community': True, 'subject': 'Owl Hours [T]', 'date': (2017, 6, 5, '01:02'), 'tags': ['prompt: night', 'original'],
     'html': '<p>' + hdr([('Title', 'Owl Hours'), ('Author', (dw_user('owl_hours'), 'owl_hours')), ('Prompt', 'night'), ('Rating', 'T'), ('Words', '4,100')], fmt='<em>{L}:</em> {V}') + '</p>\n'
             + f'<p>Too long for the comm, so: <a href="{ao3}">here it is on AO3</a>.</p>'}
turl = TG + 'tag/prompt:+night'
page('dw-paperish-2017-community-tagpage-two-stories-headeronly', 'dw-2017-lamplit_lanes-tag-night.html', turl, 'dreamwidth', 'index', 2017,
     ['index', 'tag-page', 'community', 'header-only', 'decorated'],
     'A DW community’s tag page (/tag/prompt:+night, core2 Paperish, 2017): three posts by three members with `<em>Label:</em> X` headers (Author dwuser, Prompt); two short stories and a header-only post “Too long for the comm, so: here it is on AO3.”',
     dw_page('tag', [a, b, c], 'lamplit_lanes', 'lamplit lanes', 'Paperish', turl, 'lamplit lanes', year=2017),
     [story(a['url'], 'night_bus_dev', 'lamplit_lanes', fields(title='The 2:14', author='night_bus_dev', prompt='night', rating='G', wordCount='80'), None, body('twofourteen', t1), exclude=['Overdue']),
      story(b['url'], 'shelf_mark', 'lamplit_lanes', fields(title='Overdue', author='shelf_mark', prompt='night', rating='G', wordCount='70'), None, body('borrowed', t2), exclude=['Too long for the comm']),
      story(c['url'], 'owl_hours', 'lamplit_lanes', fields(title='Owl Hours', author='owl_hours', prompt='night', rating='T', wordCount='4,100'), None,
            exclude=['Too long for the comm', 'here it is on AO3'], headerOnly=True, elsewhere=[ao3])])

import posts6  # noqa: E402,F401
