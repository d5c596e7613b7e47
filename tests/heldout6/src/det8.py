"""Writes the eighth round of fixtures (tests/fixtures, set "issue-11 held-out misses rebuilt, eighth round (own pages,
det8)"): pages of our own, with prose, names and journals of their own, rebuilding tests/heldout6's blind misses on other
sites, layouts and wordings, rendered with this corpus's s2x.py (LJ S2 Quite Lickable and A Sturdy Gesture from LJ's
layer code) and tests/heldout2's layouts.py (DW core2). Run: python3 tests/heldout6/src/det8.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'fixtures')
sys.path[:0] = [HERE, os.path.join(os.path.dirname(os.path.dirname(HERE)), 'heldout2', 'src')]

from layouts import dw_page, esc, lj_user_old  # noqa: E402
from s2x import lickable_page, sturdy_page  # noqa: E402

SET = 'issue-11 held-out misses rebuilt, eighth round (own pages, det8)'
CASES = []


def br(paras):
    return '<br /><br />\n'.join(esc(p) for p in paras)


def ph(paras):
    return '\n'.join(f'<p>{esc(p)}</p>' for p in paras)


def ij(html):
    return (html.replace('l-stat.livejournal.com', 'stat.insanejournal.com').replace('l-userpic.livejournal.com', 'userpic.insanejournal.com')
            .replace('stat.livejournal.com', 'stat.insanejournal.com').replace('livejournal.com', 'insanejournal.com').replace('LiveJournal', 'InsaneJournal'))


def sc(html):
    return (html.replace('l-stat.livejournal.com', 'www.scribbld.com/stc').replace('l-userpic.livejournal.com', 'userpic.scribbld.com')
            .replace('stat.livejournal.com', 'www.scribbld.com/stc').replace('livejournal.com', 'scribbld.com').replace('LiveJournal', 'Scribbld'))


def st(url, author, journal, fields, part=None, paras=None, name=None, exclude=(), complete=True, **kw):
    s = {'url': url, 'author': author, 'journal': journal, 'fields': fields, 'part': part, 'complete': complete}
    if paras is not None:
        with open(os.path.join(FIX, 'bodies', f'det8-{name}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(paras) + '\n')
        s['bodyFile'] = f'bodies/det8-{name}.txt'
    if exclude:
        s['exclude'] = list(exclude)
    s.update(kw)
    return s


def case(id, url, site, kind, file, html, stories, desc, stitched=None, also=()):
    with open(os.path.join(FIX, 'pages', file), 'w', encoding='utf-8') as f:
        f.write(html)
    c = {'id': id, 'url': url, 'site': site, 'kind': kind, 'stories': stories}
    if stitched:
        c['stitched'] = {'parts': stitched[0], 'bodyFiles': stitched[1]}
    with open(os.path.join(FIX, 'cases', id + '.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(c, indent=2, ensure_ascii=False) + '\n')
    CASES.append((id, kind, site, desc, url, file, also))


def P(i, n):
    return {'index': i, 'total': n}


# ---------------------------------------------------------------- 1. Quite Lickable index pages: the subject is h3.entrysubject > a.subj-link
# (the text is div.entrycontent); comments on its entry pages are div.entry#ljcmtN.
A = 'http://gorse-and-gable.livejournal.com/'
a1 = ['The hill fort had three gates and the sheep used all of them, which was the whole trouble with Tuesday.',
      'Elin counted them out of the east gate at dawn, forty, and counted them in at the west gate at dusk, forty-one. Nobody else would count them again. She went up in the dark with a lantern to look at the extra one, and it looked back at her with perfectly ordinary yellow eyes, and she decided that a sheep was a sheep.']
a2 = ['On Wednesday there were forty-two.',
      'By the end of the month the flock had doubled, and the new ones were very well behaved, and walked in a line, and never ate the hedge, and Elin stopped counting out loud.']
u1, u2 = A + '30233.html', A + '30540.html'
e2 = {'url': u2, 'journal': 'gorse_and_gable', 'poster': 'gorse_and_gable', 'subject': 'Forty-One Sheep (2/2)', 'date': (2009, 5, 14, '20:40'), 'tags': ['fic', 'original'],
      'html': '<i>Rating: G | Words: 35</i><br /><br />\n' + br(a2), 'ncomments': 2}
e1 = {'url': u1, 'journal': 'gorse_and_gable', 'poster': 'gorse_and_gable', 'subject': 'Forty-One Sheep (1/2)', 'date': (2009, 5, 12, '21:05'), 'tags': ['fic', 'original'],
      'html': '<i>Rating: G | Words: 70</i><br /><br />\n' + br(a1), 'ncomments': 4}
case('lj-lickable2009-recent-subject-link-parts-fortyonesheep', A, 'livejournal', 'index', 'lj/det8-gorse_and_gable-recent.html',
     lickable_page('recent', [e2, e1], 'gorse_and_gable', 'gorse & gable', A, 'gorse & gable', 2009),
     [st(u2, 'gorse_and_gable', 'gorse_and_gable', {'title': 'Forty-One Sheep', 'rating': 'G', 'wordCount': '35'}, P(2, 2), a2, 'fortyonesheep-2', ['perfectly ordinary yellow eyes', '2 comments']),
      st(u1, 'gorse_and_gable', 'gorse_and_gable', {'title': 'Forty-One Sheep', 'rating': 'G', 'wordCount': '70'}, P(1, 2), a1, 'fortyonesheep-1', ['On Wednesday', '4 comments'])],
     'LJ S2 Quite Lickable recent page (2009): each entry div.entry > div.entryheader > h3.entrysubject > a.subj-link, the text in div.entrycontent; the part markers only in the subjects “Forty-One Sheep (2/2)”, “(1/2)” (no Title label: the title from the subject)')

B = 'http://brackenfold.livejournal.com/'
b1 = ['Nobody had rung the chapel bell since the flood, because the rope had rotted and the ringer had moved to Leeds.',
      'So when it rang at midnight on Lammas Eve, once, clear as a struck glass, the whole of Brackenfold sat up in bed and listened, and in the morning there was river-weed on the chapel step and a new rope, wet through, coiled neatly by the door.']
bd = {'url': 'http://brackenfold.livejournal.com/8813.html', 'journal': 'brackenfold', 'poster': 'wren_hollis', 'community': True, 'subject': 'Lammas Eve', 'date': (2010, 8, 1, '09:30'),
      'tags': ['fic', 'prompt: bells'], 'html': '<b>Rating:</b> PG<br /><b>Word count:</b> 68<br /><br />\n' + br(b1), 'ncomments': 3}
bp = {'url': 'http://mossy-stile.livejournal.com/4410.html', 'journal': 'mossy_stile', 'poster': 'mossy_stile', 'subject': 'allotment report', 'date': (2010, 7, 31, '18:00'),
      'html': 'Beans: triumphant. Courgettes: sulking. Me: sunburnt on exactly one arm.', 'ncomments': 1}
case('lj-lickable2010-friends-community-subject-title-lammaseve', 'http://mossy-stile.livejournal.com/friends', 'livejournal', 'index', 'lj/det8-mossy_stile-friends.html',
     lickable_page('friends', [bd, bp], 'mossy_stile', 'the mossy stile', 'http://mossy-stile.livejournal.com/friends', 'the mossy stile | Friends', 2010),
     [st(bd['url'], 'wren_hollis', 'brackenfold', {'title': 'Lammas Eve', 'rating': 'PG', 'wordCount': '68'}, None, b1, 'lammaseve', ['Beans: triumphant', '3 comments'])],
     'LJ S2 Quite Lickable friends page (2010): a community entry (div.entryposter “wren_hollis posting in brackenfold”) whose header has no Title: the title is the subject in h3.entrysubject > a.subj-link; then a personal post')

# ---------------------------------------------------------------- 2. A Sturdy Gesture: the subject shares the h2 with the date
C = 'http://tansy-row.livejournal.com/'
c1 = ['The last tram of the night never had anybody on it but Mr Abernethy, who sat at the front with his hat on his knees and got off at the cemetery gates.',
      'Sal drove that route for nine years before she asked him where he was going. He looked surprised. “Home,” he said, and tipped the hat, and she never asked again.']
cu = C + '1177.html'
ce = {'url': cu, 'journal': 'tansy_row', 'poster': 'tansy_row', 'subject': 'ficlet: the last tram', 'date': (2008, 11, 2, '23:50'), 'tags': ['ficlet', 'original fic'],
      'html': br(c1), 'comments': [('quiet_depot', 'Home. Oh.')]}
case('lj-sturdygesture2008-entry-subject-under-date-noheader-lasttram', cu, 'livejournal', 'story', 'lj/det8-tansy_row-1177.html',
     sturdy_page('entry', [ce], 'tansy_row', 'tansy row', cu, 'tansy_row: ficlet: the last tram', 2008),
     [st(cu, 'tansy_row', 'tansy_row', {'title': 'the last tram'}, None, c1, 'lasttram', ['Home. Oh.'])],
     'LJ S2 A Sturdy Gesture entry page (2008): the h2 is “Sun, Nov. 2nd, 2008, 11:50 pm<br />ficlet: the last tram” (the date and the subject in one heading, no element for the subject); no header, the title from the subject')

D = 'http://weft-and-warp.insanejournal.com/'
d1 = ['The loom in the attic had belonged to four grandmothers, one after another, and each had left a thread in the warp that nobody else was allowed to cut.',
      'Maud found the fourth thread the winter she was twelve: blue, thin as hair, running the whole length of the cloth. She wove around it, carefully, the way she had been taught.']
d2 = ['The fifth thread she put in herself, in the spring, when she was sure nobody was looking.',
      'It was red. It was crooked. Her mother found it in June and looked at it for a long time, and then went downstairs and did not say a word about it, which Maud understood was the highest praise there was.']
du1, du2 = D + '2204.html', D + '2511.html'
de2 = {'url': du2, 'journal': 'weft_and_warp', 'poster': 'weft_and_warp', 'subject': 'The Fifth Thread (2/2)', 'date': (2011, 3, 9, '19:10'), 'tags': ['fic'], 'html': '<i>Rating: G</i><br /><br />\n' + br(d2), 'ncomments': 1}
de1 = {'url': du1, 'journal': 'weft_and_warp', 'poster': 'weft_and_warp', 'subject': 'The Fifth Thread (1/2)', 'date': (2011, 3, 2, '19:00'), 'tags': ['fic'], 'html': '<i>Rating: G</i><br /><br />\n' + br(d1), 'ncomments': 2}
case('ij-sturdygesture2011-recent-subject-under-date-parts-fifththread', D, 'insanejournal', 'index', 'ij/det8-weft_and_warp-recent.html',
     ij(sturdy_page('recent', [de2, de1], 'weft_and_warp', 'weft and warp', D, 'weft and warp', 2011)),
     [st(du2, 'weft_and_warp', 'weft_and_warp', {'title': 'The Fifth Thread', 'rating': 'G'}, P(2, 2), d2, 'fifththread-2', ['four grandmothers', '1 comment']),
      st(du1, 'weft_and_warp', 'weft_and_warp', {'title': 'The Fifth Thread', 'rating': 'G'}, P(1, 2), d1, 'fifththread-1', ['It was red', '2 comments'])],
     'InsaneJournal recent page in S2 A Sturdy Gesture (2011): each h2 “Wed, Mar. 9th, 2011, 07:10 pm<br /><a class=subjlink>The Fifth Thread (2/2)</a>”; a one-line italic “Rating: G” header: the title and the part markers only in the subjects')

E = 'http://inkhorn-lane.scribbld.com/'
e1p = ['Every scribe in Inkhorn Lane kept one page blank at the back of every book, for luck, and every scribe knew better than to ask whose luck.',
       'Young Tobit filled his by accident one night, half asleep, with a shopping list. In the morning the list had been crossed through in a neat brown hand, item by item, and at the bottom someone had written: bread was dear. Tobit never left a page blank again.']
eu = 'http://community.scribbld.com/quill_fics/3340.html'
ee = {'url': eu, 'journal': 'quill_fics', 'poster': 'tobit_pen', 'community': True, 'legacy': True, 'subject': 'The Blank Page', 'date': (2007, 6, 6, '22:22'), 'tags': ['fic'],
      'html': '<b>Rating:</b> G<br /><b>Word count:</b> 90<br /><br />\n' + br(e1p), 'ncomments': 2}
ep = {'url': E + '801.html', 'journal': 'inkhorn_lane', 'poster': 'inkhorn_lane', 'subject': 'new pens!', 'date': (2007, 6, 6, '12:00'),
      'html': 'Bought three new pens and immediately lost two. The third is under suspicion.', 'ncomments': 0}
case('sc-sturdygesture2007-friends-poster-in-community-subject-blankpage', E + 'friends', 'scribbld', 'index', 'sc/det8-inkhorn_lane-friends.html',
     sc(sturdy_page('friends', [ee, ep], 'inkhorn_lane', 'inkhorn lane', E + 'friends', 'inkhorn lane: friends', 2007)),
     [st(eu, 'tobit_pen', 'quill_fics', {'title': 'The Blank Page', 'rating': 'G', 'wordCount': '90'}, None, e1p, 'blankpage', ['three new pens', '2 comments'])],
     'Scribbld friends page in S2 A Sturdy Gesture (2007): the community entry’s h2 “date<br />tobit_pen posting in quill_fics: <a>The Blank Page</a>” (two ljusers, then the subject); no Title label: the title from the subject')

# ---------------------------------------------------------------- 3. A header as a definition list (<dl><dt>Label</dt><dd>X</dd>)
F = 'https://salt-and-shingle.dreamwidth.org/'
fu = F + '6620.html'
ao3 = 'https://archiveofourown.org/works/20044581'
fe = {'url': fu, 'journal': 'salt_and_shingle', 'poster': 'salt_and_shingle', 'subject': 'Fic: Shingle Street', 'date': (2019, 9, 1, '10:00'), 'tags': ['fic', 'original'],
      'html': '<dl>\n<dt>Title</dt><dd>Shingle Street</dd>\n<dt>Rating</dt><dd>T</dd>\n<dt>Words</dt><dd>4,800</dd>\n<dt>Summary</dt><dd>A lighthouse keeper’s daughter, a drowned village, and the bells that still ring under the sea at low tide.</dd>\n</dl>\n'
              f'<p><a href="{ao3}">On AO3</a>, because it is far too long for here.</p>'}
case('dw-core2-2019-dl-header-headeronly-shinglestreet', fu, 'dreamwidth', 'story', 'dw/det8-salt_and_shingle-6620.html',
     dw_page('entry', [fe], 'salt_and_shingle', 'salt & shingle', 'Practicality', fu, 'Fic: Shingle Street - salt & shingle', year=2019),
     [st(fu, 'salt_and_shingle', 'salt_and_shingle', {'title': 'Shingle Street', 'rating': 'T', 'wordCount': '4,800',
                                                      'summary': 'A lighthouse keeper’s daughter, a drowned village, and the bells that still ring under the sea at low tide.'}, None,
         exclude=['far too long for here'], headerOnly=True, elsewhere=[ao3])],
     'DW core2 entry (2019): a header-only post whose header is a <dl> of <dt>Label</dt><dd>X</dd> (no colons; the Summary the longest line), then “On AO3, because it is far too long for here.”')

G = 'http://ashbury-ink.livejournal.com/'
gu = G + '5102.html'
arch = 'http://www.hollowhill-archive.net/viewstory.php?sid=771'
ge = {'url': gu, 'journal': 'ashbury_ink', 'poster': 'ashbury_ink', 'subject': 'new story at Hollow Hill', 'date': (2009, 2, 20, '21:00'), 'tags': ['fic'],
      'html': '<dl>\n<dt>Title</dt><dd>The Marsh Road</dd>\n<dt>Fandom</dt><dd>Original</dd>\n<dt>Rating</dt><dd>PG</dd>\n<dt>Length</dt><dd>3,100 words</dd>\n'
              '<dt>Summary</dt><dd>Two sisters, one lantern, and the causeway the tide forgets to cover once a year.</dd>\n</dl>\n'
              f'<a href="{arch}">Read it at Hollow Hill</a>.'}
case('lj-sturdygesture2009-dl-header-headeronly-archive-marshroad', gu, 'livejournal', 'story', 'lj/det8-ashbury_ink-5102.html',
     sturdy_page('entry', [ge], 'ashbury_ink', 'ashbury ink', gu, 'ashbury_ink: new story at Hollow Hill', 2009),
     [st(gu, 'ashbury_ink', 'ashbury_ink', {'title': 'The Marsh Road', 'fandom': 'Original', 'rating': 'PG', 'wordCount': '3,100 words',
                                            'summary': 'Two sisters, one lantern, and the causeway the tide forgets to cover once a year.'}, None,
         exclude=['Read it at Hollow Hill'], headerOnly=True, elsewhere=[arch])],
     'LJ S2 A Sturdy Gesture entry (2009): a header-only post whose header is a <dl> of <dt>Label</dt><dd>X</dd>, then “Read it at Hollow Hill” (an eFiction archive)')

# ---------------------------------------------------------------- 4. Book reviews with Title / Author / Rating lines: not stories
H = 'https://paper-moth-reads.dreamwidth.org/'
hu = H + '3030.html'
he = {'url': hu, 'journal': 'paper_moth_reads', 'poster': 'paper_moth_reads', 'subject': 'Book review: The Woman in White', 'date': (2016, 4, 4, '20:00'), 'tags': ['books', 'reviews'],
      'html': '<p><b>Title:</b> The Woman in White<br /><b>Author:</b> Wilkie Collins<br /><b>Rating:</b> 5/5</p>\n'
              '<p>Marian Halcombe is the best character in any Victorian novel and I will fight anyone about it. Count Fosco and his white mice are the most unsettling thing I have read in years.</p>\n<p>The ending is a little tidy. I forgive it.</p>'}
case('dw-core2-2016-book-review-title-author-rating-notstory', hu, 'dreamwidth', 'not-story', 'dw/det8-paper_moth_reads-3030.html',
     dw_page('entry', [he], 'paper_moth_reads', 'paper moth reads', 'Tranquility III', hu, 'Book review: The Woman in White - paper moth reads', year=2016), [],
     'DW core2 entry (2016): “Book review: The Woman in White” with Title / Author / Rating: 5/5 lines naming a published novel, then opinions: not a story')
K = 'http://sallow-pages.livejournal.com/'
ku = K + '2280.html'
ke = {'url': ku, 'journal': 'sallow_pages', 'poster': 'sallow_pages', 'subject': 'book reviews for March', 'date': (2012, 3, 31, '17:30'), 'tags': ['books'],
      'html': '<b>Title:</b> Lady Audley’s Secret<br /><b>Author:</b> Mary Elizabeth Braddon<br /><b>Rating:</b> four stars<br /><br />\n'
              'Bigamy, arson and a very determined barrister. Read it in two sittings and resented the second one for being interrupted by dinner.<br /><br />\n'
              'More next month, if I can stop rereading the same three books.'}
case('lj-lickable2012-book-reviews-labels-notstory', ku, 'livejournal', 'not-story', 'lj/det8-sallow_pages-2280.html',
     lickable_page('entry', [ke], 'sallow_pages', 'sallow pages', ku, 'sallow pages | book reviews for March', 2012), [],
     'LJ S2 Quite Lickable entry (2012): “book reviews for March” with Title / Author / Rating lines of a published novel and a paragraph of opinion: not a story')

# ---------------------------------------------------------------- 5. "continued in the next post" / "continued from the previous post"
M = 'https://thistle-and-thorn.dreamwidth.org/'
mu1, mu2 = M + '11180.html', M + '11434.html'
m1 = ['The hedge-witch of Thornby took apprentices the way other people took in strays: reluctantly, and then completely.',
      'Her latest was a boy called Pip who could not sit still, could not spell, and could, it turned out, hear what the nettles were saying, which was mostly rude.']
m2 = ['By midsummer Pip could spell nettle, and dock, and several words the nettles had taught him that the hedge-witch pretended not to know.',
      'She never told him he was good at it. She gave him the second-best trowel, which in Thornby amounted to the same thing.']
mb = ['bodies/det8-hedgewitch-1.txt', 'bodies/det8-hedgewitch-2.txt']
for i, (u, p) in enumerate([(mu1, m1), (mu2, m2)]):
    top = f'<p><small>(continued from the <a href="{mu1}">previous post</a>)</small></p>\n' if i else ''
    foot = '' if i else f'\n<p><small>(continued in the <a href="{mu2}">next post</a>)</small></p>'
    me = {'url': u, 'journal': 'thistle_and_thorn', 'poster': 'thistle_and_thorn', 'subject': f'The Second-Best Trowel {i + 1}/2', 'date': (2015, 6, 20, f'1{i}:00'), 'tags': ['fic'],
          'html': '<p><b>Title:</b> The Second-Best Trowel<br /><b>Rating:</b> G</p>\n' + top + ph(p) + foot}
    case(f'dw-core2-2015-continued-in-next-post-trowel-{i + 1}of2', u, 'dreamwidth', 'story', f'dw/det8-thistle_and_thorn-{u[-10:-5]}.html',
         dw_page('entry', [me], 'thistle_and_thorn', 'thistle & thorn', 'Lefty', u, f'The Second-Best Trowel {i + 1}/2 - thistle & thorn', year=2015),
         [st(u, 'thistle_and_thorn', 'thistle_and_thorn', {'title': 'The Second-Best Trowel', 'rating': 'G'}, P(i + 1, 2), p, f'hedgewitch-{i + 1}',
             ['continued from the previous post' if i else 'continued in the next post'])],
         'DW core2 (2015): The Second-Best Trowel ' + ['1/2, ending “(continued in the next post)” with the link on “next post”', '2/2, opening “(continued from the previous post)” with the link on “previous post”'][i]
         + ': the story’s own continuation, not the journal’s navigation', ([mu1, mu2], mb))
N = 'http://brook-and-barrow.insanejournal.com/'
nu1, nu2 = N + '7710.html', N + '7958.html'
n1 = ['The barrow on Hob Hill had been dug into twice, and both times the diggers had come down in the night white-faced and refused to say why.',
      'Nan Tuke went up the third time, alone, with a flask of tea and a folding chair, and sat by the entrance until the thing inside got curious.']
n2 = ['It was, it turned out, lonely. It had been a king once and it had not had a conversation in fourteen hundred years.',
      'Nan went up every Sunday after that. She brought the paper and read it the news. It particularly liked the football.']
nb = ['bodies/det8-hobhill-1.txt', 'bodies/det8-hobhill-2.txt']
for i, (u, p) in enumerate([(nu1, n1), (nu2, n2)]):
    top = f'<i>continued from my <a href="{nu1}">previous post</a></i><br /><br />\n' if i else ''
    foot = '' if i else f'<br /><br />\n<i>continued on the <a href="{nu2}">next post</a></i>'
    ne = {'url': u, 'journal': 'brook_and_barrow', 'poster': 'brook_and_barrow', 'subject': f'Hob Hill, part {["one", "two"][i]}', 'date': (2010, 10, 31, f'2{i}:30'), 'tags': ['fic'],
          'html': '<b>Title:</b> Hob Hill<br /><b>Rating:</b> PG<br /><br />\n' + top + br(p) + foot, 'comments': [('tea_and_tumuli', ['The folding chair!', 'The football. Yes.'][i])]}
    case(f'ij-sturdygesture2010-continued-on-next-post-hobhill-{i + 1}', u, 'insanejournal', 'story', f'ij/det8-brook_and_barrow-{u[-9:-5]}.html',
         ij(sturdy_page('entry', [ne], 'brook_and_barrow', 'brook and barrow', u, f'brook_and_barrow: Hob Hill, part {["one", "two"][i]}', 2010)),
         [st(u, 'brook_and_barrow', 'brook_and_barrow', {'title': 'Hob Hill', 'rating': 'PG'}, P(i + 1, None), p, f'hobhill-{i + 1}',
             ['continued from my previous post' if i else 'continued on the next post', ['The folding chair!', 'The football. Yes.'][i]])],
         'InsaneJournal, S2 A Sturdy Gesture (2010): Hob Hill ' + ['part one, ending “continued on the next post” in italics (the link on “next post”)', 'part two, opening “continued from my previous post”'][i]
         + '; subjects “part one” / “part two” (no total)', ([nu1, nu2], nb))

# ---------------------------------------------------------------- write pages.json, sets.json and the README's table
pj = os.path.join(FIX, 'pages.json')
pages = json.load(open(pj, encoding='utf-8'))
for id, kind, site, desc, url, file, also in CASES:
    for u in [url, *also]:
        pages[u] = 'pages/' + file
open(pj, 'w', encoding='utf-8').write(json.dumps(pages, indent=2, ensure_ascii=False) + '\n')
sj = os.path.join(FIX, 'sets.json')
sets = json.load(open(sj, encoding='utf-8'))
sets[SET] = [c[0] for c in CASES]
open(sj, 'w', encoding='utf-8').write(json.dumps(sets, indent=1, ensure_ascii=False) + '\n')
rm = os.path.join(FIX, 'README.md')
text = open(rm, encoding='utf-8').read()
text = ''.join(l for l in text.splitlines(True) if not any(l.startswith(f'| `{c[0]}` |') for c in CASES))
rows = ''.join(f'| `{id}` | {kind} | {site} | {desc} |\n' for id, kind, site, desc, *_ in CASES if f'`{id}`' not in text)
open(rm, 'w', encoding='utf-8').write(text.rstrip('\n') + '\n' + rows)
print(len(CASES), 'cases')
