"""tests/heldout6: a Dreamwidth two-parter linked by "Part N" lines (one ABOVE the header), a Quite Lickable two-parter
linked by "continued in the next post" / "continued from the previous post", a Quite Lickable friends page with a
community drabble, a recs post and an LJ poll, and a DW community reading page."""
from layouts import dw_page, lj_user_old
from posts import SERIES, body, brh, dwu, fields, hdr, lju, page, part, ph, story
from s2x import lickable_page

# ======================================================================= D. Rook and Rowan (DW 2019, core2 Negatives): part 1 ends "→ Part Two";
# part 2 opens with "← Part One" ABOVE its header; subjects carry no marker, the header says "Part: 1" / "Part: 2 (end)".
RR = 'https://tallow-and-tansy.dreamwidth.org/'
rr_urls = [RR + '52117.html', RR + '52460.html']
rr_prose = [
    ['The rooks came back to the churchyard elms on the first of March, as they did every year, and this year there was a girl living in the tallest tree.',
     'Nobody in the village admitted to having seen her go up. She had a blanket and a kettle and a great deal of string, and when the vicar stood at the foot of the elm and asked her, reasonably, to come down, she dropped a rowan berry on his hat.'],
    ['She came down at midsummer, when the young rooks had fledged, and walked into the post office and asked for a stamp.',
     'Mrs Pengelly sold her one without a word. The letter, everyone agreed afterwards, had been addressed to the rooks, care of the tallest elm, and it was never delivered, because the postman was sensible and the rooks could not read.',
     'But the next spring they built their nests lower, where a person could reach them, and nobody could explain that either.'],
]
rr_bodies = [body(f'rookrowan-part{i + 1}', p) for i, p in enumerate(rr_prose)]
rr_wc = ['85', '90']
for i in range(2):
    rows = [('Title', 'Rook and Rowan'), ('Part', ['1', '2 (end)'][i]), ('Fandom', 'Original'), ('Rating', 'G'), ('Length', ['85 words', '90 words'][i])]
    above = f'<p><a href="{rr_urls[0]}">← Part One</a></p>\n' if i == 1 else ''
    below = f'\n<p><a href="{rr_urls[1]}">→ Part Two</a></p>' if i == 0 else '\n<p>~ fin ~</p>'
    e = {'url': rr_urls[i], 'journal': 'tallow_and_tansy', 'poster': 'tallow_and_tansy', 'subject': 'Rook and Rowan', 'date': (2019, 3, 1 + 7 * i, '18:2' + str(i)),
         'tags': ['fic: rook and rowan', 'original fic', 'length: ficlet'],
         'html': above + '<p>' + hdr(rows, fmt='{L} | {V}') + '</p>\n' + ph(rr_prose[i]) + below,
         'comments': [('hedge_sparrow', ['A girl in the elm!', 'Care of the tallest elm. Perfect.'][i])]}
    page(f'dw-negatives-2019-rookrowan-part{i + 1}', f'dw-2019-tallow_and_tansy-{rr_urls[i][-10:-5]}.html', rr_urls[i], 'dreamwidth', 'story', 2019,
         ['part-marker', 'part-lines', 'decorated', 'ficlet'] + (['nav-above-header'] if i else []),
         f'Rook and Rowan part {i + 1} on DW core2 Negatives (2019): the subject has no marker, `Label | X` lines (a pipe, no colon) with “Part | {["1", "2 (end)"][i]}”; '
         + ['“→ Part Two” after the prose', '“← Part One” ABOVE the header, “~ fin ~” after the prose'][i],
         dw_page('entry', [e], 'tallow_and_tansy', 'tallow & tansy', 'Negatives', rr_urls[i], 'Rook and Rowan - tallow & tansy', year=2019),
         [story(rr_urls[i], 'tallow_and_tansy', 'tallow_and_tansy', fields(title='Rook and Rowan', fandom='Original', rating='G', wordCount=['85 words', '90 words'][i]),
                part(i + 1, [None, 2][i]), rr_bodies[i], exclude=[['→ Part Two'], ['← Part One', '~ fin ~']][i])],
         (rr_urls, rr_bodies))
SERIES.append(('rookrowan', 'Rook and Rowan', 2, 'DW 2019 core2 Negatives; the subject carries no marker, the header has “Part | 1” and “Part | 2 (end)”; part 1 ends with “→ Part Two”, part 2 opens with “← Part One” ABOVE its header.'))

# ======================================================================= E. Chalk Hill (LJ 2010, Quite Lickable, Peter Pan): "Fic: Chalk Hill, 1/2" / "2/2";
# part 1 ends "(continued in the next post)", part 2 opens "(continued from the previous post)", the link on "next post" / "previous post".
CH = 'http://second-star-left.livejournal.com/'
ch_urls = [CH + '77104.html', CH + '77378.html']
ch_prose = [
    ['Wendy was forty-three the year the window blew open again, and she was not, she told herself firmly, waiting for anything.',
     'She closed it. It opened. She closed it and put a chair against it and went to bed, and in the morning the chair was on the other side of the room and there was chalk dust on the sill, white as a boy’s grin.'],
    ['It was not Peter who came. It was a girl of about twelve in a coat made of leaves, who sat on the end of the bed and said, very politely, that she had been told this was where one came to learn stories.',
     'Wendy looked at her for a long moment. Then she got up, and put the kettle on, and began: “Once upon a time there was a boy who would not grow up, and this is the part he always got wrong.”'],
]
ch_bodies = [body(f'chalkhill-part{i + 1}', p) for i, p in enumerate(ch_prose)]
ch_wc = ['71', '75']
ch_entries = []
for i in range(2):
    rows = [('Title', 'Chalk Hill'), ('Fandom', 'Peter Pan'), ('Characters', 'Wendy, OFC'), ('Rating', 'G'), ('Words', ch_wc[i])]
    top = f'<small>(continued from the <a href="{ch_urls[0]}">previous post</a>)</small><br /><br />\n' if i == 1 else ''
    foot = f'<br /><br />\n<small>(continued in the <a href="{ch_urls[1]}">next post</a>)</small>' if i == 0 else ''
    e = {'url': ch_urls[i], 'journal': 'second_star_left', 'poster': 'second_star_left', 'subject': f'Fic: Chalk Hill, {i + 1}/2', 'date': (2010, 5, 20, f'2{i}:00'),
         'tags': ['fic', 'peter pan'],
         'html': hdr(rows, fmt='<strong>{L}</strong>: {V}') + '<br /><br />\n' + top + brh(ch_prose[i]) + foot,
         'comments': [('mermaid_lagoon', ['Chalk dust!', 'The part he always got wrong. Yes.'][i])]}
    ch_entries.append(e)
    page(f'lj-lickable-2010-chalkhill-part{i + 1}', f'lj-2010-second_star_left-{ch_urls[i][-10:-5]}.html', ch_urls[i], 'livejournal', 'story', 2010,
         ['lickable', 'part-marker', 'prev-next-only', 'comments-as-entries'],
         f'Chalk Hill {i + 1}/2 on LJ S2 Quite Lickable (2010): subject “Fic: Chalk Hill, {i + 1}/2”, `<strong>Label</strong>: X` header; '
         + ['a small “(continued in the next post)” after the prose, linked on “next post”', 'a small “(continued from the previous post)” between header and prose, linked on “previous post”'][i],
         lickable_page('entry', [e], 'second_star_left', 'second star to the left', ch_urls[i], f'second star to the left | Fic: Chalk Hill, {i + 1}/2', 2010),
         [story(ch_urls[i], 'second_star_left', 'second_star_left', fields(title='Chalk Hill', fandom='Peter Pan', characters='Wendy, OFC', rating='G', wordCount=ch_wc[i]),
                part(i + 1, 2), ch_bodies[i], exclude=[['continued in the next post'], ['continued from the previous post']][i])],
         (ch_urls, ch_bodies))
SERIES.append(('chalkhill', 'Chalk Hill', 2, 'LJ 2010 S2 Quite Lickable; subjects “Fic: Chalk Hill, N/2”; part 1 ends “(continued in the next post)”, part 2 opens “(continued from the previous post)”, the links on “next post” / “previous post”.'))

# ======================================================================= The friends page of second_star_left (Quite Lickable, 2010): a community drabble
# ("poster posting in community"), a recs post, an LJ poll about what to write, a personal post.
DC = 'http://community.livejournal.com/neverland_100/'
dr = ['The Lost Boys kept a calendar for a while, scratched on the wall of the underground house, a line for every day.',
      'It got as far as the door and round the corner and halfway up the chimney before Slightly noticed that none of them had got any taller, and asked why.',
      'Nobody could answer. Peter rubbed the lines out that night with a wet thumb, and in the morning it was always today again, and nobody asked anything for a long time.']
d1 = {'url': DC + '30441.html', 'journal': 'neverland_100', 'poster': 'hook_and_eye', 'community': True, 'legacy': True, 'subject': 'Calendar', 'date': (2010, 5, 21, '09:12'),
      'tags': ['author: hook_and_eye', 'challenge: 112 time'],
      'html': hdr([('Author', lju('hook_and_eye')), ('Challenge', '#112 — time'), ('Rating', 'G'), ('Word count', '100')], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(dr),
      'ncomments': 6}
recs = {'url': 'http://tinker-tailor-rec.livejournal.com/3390.html', 'journal': 'tinker_tailor_rec', 'poster': 'tinker_tailor_rec', 'subject': 'recs: five Neverland fics for a rainy weekend',
        'date': (2010, 5, 21, '08:40'), 'tags': ['recs', 'peter pan'],
        'html': '<b>Title:</b> <a href="http://mermaid-lagoon.livejournal.com/1203.html">Low Tide</a><br /><b>Author:</b> ' + lj_user_old('mermaid_lagoon')
                + '<br /><b>Rating:</b> G<br />Why: the mermaids are terrifying and I love them.<br /><br />'
                + '<b>Title:</b> <a href="http://crocodile-clock.livejournal.com/877.html">Tick</a><br /><b>Author:</b> ' + lj_user_old('crocodile_clock')
                + '<br /><b>Rating:</b> PG<br />Why: Hook’s point of view, for once, and it works.<br /><br />More next week!', 'ncomments': 3}
poll = {'url': CH + '77611.html', 'journal': 'second_star_left', 'poster': 'second_star_left', 'subject': 'poll: what should I write next?', 'date': (2010, 5, 20, '23:30'), 'tags': ['fic', 'polls'],
        'html': 'Chalk Hill is done! So, what next?<br /><br />'
                '<div class="ljpoll"><form action="http://www.livejournal.com/poll/?id=1571204" method="post"><input type="hidden" name="pollid" value="1571204" />'
                '<b><a href="http://www.livejournal.com/poll/?id=1571204">Poll #1571204</a></b> <i>next fic</i><br />Open to: All, detailed results viewable to: All, participants: 12<br /><br />'
                '<p>Which one?</p><div style="margin: 10px 0 10px 40px">'
                '<input type="radio" name="pollq-1" value="1" id="pollq1" /> <label for="pollq1">Tiger Lily and the map (PG, ~2k)</label><br />'
                '<input type="radio" name="pollq-1" value="2" id="pollq2" /> <label for="pollq2">Smee’s tea party (G, drabbles)</label><br />'
                '<input type="radio" name="pollq-1" value="3" id="pollq3" /> <label for="pollq3">Chalk Hill part 3?! (G)</label><br /></div>'
                '<input type="submit" value="Submit Poll" /></form></div>', 'ncomments': 5}
walk = {'url': 'http://mermaid-lagoon.livejournal.com/1290.html', 'journal': 'mermaid_lagoon', 'poster': 'mermaid_lagoon', 'subject': 'beach day', 'date': (2010, 5, 20, '17:05'),
        'html': 'Went to the beach. It rained. We ate chips in the car and watched the sea be grey. Honestly, ten out of ten.', 'ncomments': 1}
page('lj-lickable-2010-friends-drabble-recs-poll', 'lj-2010-second_star_left-friends.html', CH + 'friends', 'livejournal', 'index', 2010,
     ['lickable', 'index', 'friends', 'community', 'drabble', 'recs', 'poll', 'personal'],
     'A friends page on LJ S2 Quite Lickable (2010): `div.entryposter` “poster posting in community” for a community drabble (`<b>Label:</b>` header with Author ljuser and Challenge), a recs post with Title / Author / Rating blocks of other writers’ stories (not a story), an LJ poll “what should I write next?” whose options name stories (not a story), a personal post',
     lickable_page('friends', [d1, recs, poll, walk], 'second_star_left', 'second star to the left', CH + 'friends', 'second star to the left | Friends', 2010),
     [story(d1['url'], 'hook_and_eye', 'neverland_100', fields(title='Calendar', author='hook_and_eye', prompt='#112 — time', rating='G', wordCount='100'), None, body('calendar', dr),
            exclude=['Low Tide', 'Went to the beach'])])

import posts4  # noqa: E402,F401
