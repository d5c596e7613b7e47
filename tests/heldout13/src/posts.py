"""Posts of tests/heldout13 and their truth: the multi-part stories. All prose, names, journals and titles are invented for
this corpus (fandom names are labels; the canons are original fiction). Renderers: bloggish.py (this corpus's: LJ S2
Bloggish), tests/heldout2's layouts.py (DW core2, LJ 2017+ aentry, the Wayback wrapper)."""
import re

from bloggish import bloggish_page
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import aentry_page, dw_page, dw_user, esc, lj_user_old, wayback, wb


def txt(h):
    return re.sub('<[^>]+>', '', h).replace('&laquo;', '«').replace('&raquo;', '»').replace('&larr;', '←').replace('&rarr;', '→').replace('&amp;', '&').replace('&middot;', '·').replace('&lt;', '<').replace('&gt;', '>')


def cut(url, n=1, text='Read more...'):
    return f'<b>( <a href="{url}#cutid{n}">{text}</a> )</b>'


# ======================================================================= A. The Saltmarsh Ledger (LJ 2009, S2 Bloggish): a
# masterpost listing the parts NEWEST FIRST grouped under "Book Two" / "Book One"; part 1 split over the length limit into
# "1a" and "1b (cont.)" (1b has no header); the links between parts in OLD URL forms (www.livejournal.com/users/NAME/ and
# users.livejournal.com/NAME/) mixed with NAME.livejournal.com; the writer's recent page with a friends-only banner post,
# the masterpost and part 3 behind a cut.
J = 'teasel_and_tack'
TT = 'http://teasel-and-tack.livejournal.com/'


def old1(n):
    return f'http://www.livejournal.com/users/{J}/{n}.html'


def old2(n):
    return f'http://users.livejournal.com/{J}/{n}.html'


sl_ids = [3817, 4006, 4388, 4790]
sl_urls = [TT + f'{n}.html' for n in sl_ids]
sl_master = TT + '5120.html'
sl_prose = [
    ['The ledger had been kept in the customs house at Fleetmouth for a hundred and forty years, and in all that time nobody had written in it except the collector of the port. Then, on a wet Tuesday in March, Ivo Penhallow opened it and found a new line in a hand he did not know.',
     '“One barrel, salt herring, landed at the Drowned Steps,” it said, and the date beside it was the next day’s.',
     'Ivo was the deputy collector, which meant he did the work and the collector took the credit. He read the line three times, closed the book, and went to the window to look at the rain on the estuary.'],
    ['He told no one. The next morning he walked down to the Drowned Steps before light, in his oldest coat, with a lantern he did not light.',
     'There was a barrel on the bottom step, wet to the bung, and nobody near it. He stood over it like a man at a graveside and felt foolish, and then felt a great deal worse than foolish, because the barrel knocked.',
     'Inside, curled among the herring like a cat in a basket, was a girl of about ten, who looked up at him and said, quite calmly, “You’re early.”'],
    ['Her name was Tamsin, and she had been sent, she said, by her grandmother, who kept the other ledger. Ivo said there was no other ledger. Tamsin looked at him with enormous pity.',
     'The other ledger, she explained over bread and dripping in his kitchen, was kept at the other end of the marsh, where the tide came in first, and it recorded everything the customs house did not.',
     '“Things that come in without paying,” she said. “And things that go out without leaving.” Ivo asked which she was. She said she had not decided yet.'],
    ['The collector came back from Exeter on the Friday and found his deputy gone and a child asleep on the office bench, and the ledger open on the desk.',
     'The last line in it was in Ivo’s hand. “One deputy collector, landed at the far end of the marsh, duty paid in full.”',
     'Tamsin woke, read it upside down, and laughed. Then she took her coat from the hook, and went out into the rain, and walked the long way round the marsh to tell her grandmother she had decided.'],
]
sl_bodies = [body(f'saltmarsh-{k}', p) for k, p in zip(['1a', '1b', '2', '3'], sl_prose)]
SL_SUM = 'A customs ledger at Fleetmouth grows a line nobody wrote.'
sl_subjects = ['Fic: The Saltmarsh Ledger (1a/3)', 'Fic: The Saltmarsh Ledger (1b/3) (cont.)', 'Fic: The Saltmarsh Ledger (2/3)', 'Fic: The Saltmarsh Ledger (3/3)']
sl_words = ['2,100 (this part, with 1b)', None, '1,750', '1,980']
sl_entries = []
for i in range(4):
    if i == 1:
        head = ''
        f = fields(title='The Saltmarsh Ledger')
        top = f'<p><i>(continued from <a href="{sl_urls[0]}">part 1a</a>)</i></p>\n'
    else:
        rows = [('Title', 'The Saltmarsh Ledger'), ('Author', (lj_user_old(J), J)), ('Characters', 'Ivo Penhallow, Tamsin'), ('Rating', 'PG'), ('Word Count', sl_words[i])]
        f = fields(title='The Saltmarsh Ledger', author=J, characters='Ivo Penhallow, Tamsin', rating='PG', wordCount=sl_words[i])
        if i == 0:
            rows += [('Summary', SL_SUM), ('Notes', 'LJ would not take the whole of part one in one post, so it is in two: 1a and 1b.')]
            f['summary'] = SL_SUM
            f['notes'] = 'LJ would not take the whole of part one in one post, so it is in two: 1a and 1b.'
        head = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n'
        top = ''
    nav = [
        f'<p><i>Continued in <a href="{old2(sl_ids[1])}">part 1b</a>.</i> | <a href="{old1(5120)}">masterpost</a></p>',
        f'<p><a href="{old1(sl_ids[2])}">Part 2 &rarr;</a> | <a href="{sl_master}">masterpost</a></p>',
        f'<p>&larr; <a href="{old2(sl_ids[1])}">Part 1b</a> | <a href="{old2(sl_ids[3])}">Part 3</a> &rarr;</p>',
        f'<p>&larr; <a href="{old1(sl_ids[2])}">Part 2</a> | <a href="{old1(5120)}">masterpost</a> | the end</p>',
    ][i]
    html = head + top + ph(sl_prose[i]) + '\n' + nav
    if i == 3:
        html = head + ph(sl_prose[i][:1]) + '\n<a name="cutid1"></a>' + ph(sl_prose[i][1:]) + '\n' + nav
    e = {'url': sl_urls[i], 'journal': J, 'poster': J, 'subject': sl_subjects[i], 'date': (2009, 10, [3, 3, 12, 24][i], ['19:40', '19:52', '21:15', '20:30'][i]),
         'tags': ['fic', 'the saltmarsh ledger'], 'html': html,
         'comments': [('cormorant_days', ['A barrel that KNOCKS. I am delighted.', 'Oh, the length limit strikes again. Glad you split it!', '“She said she had not decided yet.” Perfect.', 'Duty paid in full! I cried a little.'][i], ''),
                      (J, 'Thank you so much!', 'Re:', 1)]}
    sl_entries.append(e)
    ex = [txt(nav).strip(), e['comments'][0][1]]
    if i == 1:
        ex.append('(continued from part 1a)')
    pid = ['1a', '1b', '2', '3'][i]
    page(f'lj-bloggish-2009-split-part-old-url-forms-saltmarsh-{pid}', f'lj-2009-{J}-{sl_ids[i]}.html', sl_urls[i], 'livejournal', 'story', 2009,
         ['s2-bloggish', 'old-url-forms'] + (['length-limit-split'] if i < 2 else []) + (['no-header-continuation'] if i == 1 else []),
         [f'“{sl_subjects[0]}” (LJ S2 Bloggish entry): part one SPLIT over the length limit, a full header with “Word Count: 2,100 (this part, with 1b)” and a Notes line saying so; “Continued in part 1b” linked in the `users.livejournal.com/NAME/` form, the masterpost in the `www.livejournal.com/users/NAME/` form',
          f'“{sl_subjects[1]}” (LJ S2 Bloggish entry): the second half of part one, NO header, “(continued from part 1a)” in italics, then the prose; “Part 2 →” in the `www.livejournal.com/users/NAME/` form',
          f'“{sl_subjects[2]}” (LJ S2 Bloggish entry): a short header; “← Part 1b | Part 3 →” both in the `users.livejournal.com/NAME/` form',
          f'“{sl_subjects[3]}” (LJ S2 Bloggish entry): a short header, a cut anchor after the first paragraph; “← Part 2 | masterpost | the end” in the `www.livejournal.com/users/NAME/` form'][i],
         bloggish_page('entry', [e], J, 'tack & teasel', sl_urls[i], 2009, subtitle='fic, mostly; the rest is friends only'),
         [story(sl_urls[i], J, J, f, part(1 if i < 2 else i, 3), sl_bodies[i], exclude=ex)], stitched=(sl_urls, sl_bodies),
         also=[old1(sl_ids[i]), old2(sl_ids[i])])
# the masterpost: the parts newest first, under "Book Two" / "Book One"
MS = 'Ivo Penhallow keeps the customs ledger at Fleetmouth. Someone else has started keeping it too.'
mrows = [('Title', 'The Saltmarsh Ledger'), ('Author', (lj_user_old(J), J)), ('Characters', 'Ivo Penhallow, Tamsin'), ('Rating', 'PG'), ('Word Count', '~5,800 in all'), ('Summary', MS)]
mhtml = (hdr(mrows, '<b>{L}:</b> {V}') + '<br /><br />\n<p><i>(newest at the top!)</i></p>\n'
         f'<p><b>Book Two: The Far End of the Marsh</b><br />\n<a href="{sl_urls[3]}">Part 3</a> (posted 24 Oct)</p>\n'
         f'<p><b>Book One: The Customs House</b><br />\n<a href="{sl_urls[2]}">Part 2</a> (posted 12 Oct)<br />\n'
         f'<a href="{old1(sl_ids[1])}">Part 1b</a> (the rest of part 1)<br />\n<a href="{sl_urls[0]}">Part 1a</a> (start here!)</p>')
me = {'url': sl_master, 'journal': J, 'poster': J, 'subject': 'Fic: The Saltmarsh Ledger (masterpost)', 'date': (2009, 10, 30, '18:02'), 'tags': ['fic', 'the saltmarsh ledger', 'masterpost'],
      'html': mhtml, 'comments': [('cormorant_days', 'Bookmarking the whole thing, thank you!', '')]}
page('lj-bloggish-2009-masterpost-newest-first-books-saltmarsh', f'lj-2009-{J}-5120.html', sl_master, 'livejournal', 'masterpost', 2009,
     ['s2-bloggish', 'masterpost', 'newest-first', 'grouped-books', 'old-url-forms'],
     'The masterpost (LJ S2 Bloggish entry): full header, then the parts NEWEST FIRST (“newest at the top!”) under “Book Two: …” and “Book One: …” headings; Part 1b linked in the `www.livejournal.com/users/NAME/` form',
     bloggish_page('entry', [me], J, 'tack & teasel', sl_master, 2009, subtitle='fic, mostly; the rest is friends only'),
     [story(sl_master, J, J, fields(title='The Saltmarsh Ledger', author=J, characters='Ivo Penhallow, Tamsin', rating='PG', wordCount='~5,800 in all', summary=MS), None, complete=False)],
     stitched=(sl_urls, sl_bodies), also=[old1(5120), old2(5120)])
# the recent page: a friends-only banner (sticky, dated ahead), the masterpost, part 3 behind a cut
fo = {'url': TT + '1002.html', 'journal': J, 'poster': J, 'subject': 'friends only', 'date': (2019, 1, 1, '00:01'), 'tags': ['friends only', 'sticky'], 'ncomments': 41,
      'html': ('<center><img src="http://i512.photobucket.com/albums/t321/teaselandtack/fo-banner.png" width="450" height="120" alt="friends only" /><br />\n'
               'This journal is <b>friends only</b> for the personal stuff. Fic is public and tagged <a href="http://teasel-and-tack.livejournal.com/tag/fic">fic</a>.<br />\n'
               'Comment here if you would like to be added, and tell me where you found me!</center>')}
e3 = dict(sl_entries[3])
e3['index_html'] = sl_entries[3]['html'].split('<a name="cutid1"></a>')[0] + '\n' + cut(sl_urls[3])
body3 = body('saltmarsh-3-recent-teaser', sl_prose[3][:1])
page('lj-bloggish-2009-recent-fo-banner-masterpost-cut-saltmarsh', f'lj-2009-{J}-recent.html', TT, 'livejournal', 'index', 2009,
     ['s2-bloggish', 'recent-page', 'fo-banner', 'masterpost-on-index', 'page-summary-module'],
     'The writer’s recent page (LJ S2 Bloggish): a sticky FRIENDS-ONLY BANNER post (an image, “comment to be added”: not a story), the masterpost in full, part 3 with its header and first paragraph above a “Read more...” cut; the sidebar’s “Page Summary” module links all three by subject',
     bloggish_page('recent', [fo, me, e3], J, 'tack & teasel', TT, 2009, subtitle='fic, mostly; the rest is friends only'),
     [story(sl_master, J, J, fields(title='The Saltmarsh Ledger', author=J, characters='Ivo Penhallow, Tamsin', rating='PG', wordCount='~5,800 in all', summary=MS), None, complete=False),
      story(sl_urls[3], J, J, fields(title='The Saltmarsh Ledger', author=J, characters='Ivo Penhallow, Tamsin', rating='PG', wordCount='1,980'), part(3, 3), body3, complete=False,
            exclude=['Read more...'])])
SERIES.append(('saltmarsh', 'The Saltmarsh Ledger', '4 (1a, 1b, 2, 3) + a masterpost + a recent page',
               'LJ 2009, S2 Bloggish; part 1 split over the length limit (1b has no header); masterpost newest first under Book Two / Book One; links in old URL forms (`www.livejournal.com/users/NAME/`, `users.livejournal.com/NAME/`).'))

# ======================================================================= B. Overwinter (DW 2014, core2 Colorside): three chapters on the
# writer's DW journal; chapter 2 also as its LJ CROSSPOST (the DW crossposter's footer "This entry was originally posted at …"),
# whose chapter links point at the DW copies.
HR = 'https://hollin-reed.dreamwidth.org/'
ow_urls = [HR + '2231.html', HR + '2540.html', HR + '2907.html']
ow_lj = 'https://hollin-reed.livejournal.com/1877.html'
ow_prose = [
    ['The bees went quiet in November, as bees do, and Maud Arkwright went quiet with them. She had kept the hives on the allotment for nine years, and her husband had kept them for thirty before that.',
     'In the mornings she walked up the hill with a flask and sat on the upturned bucket by the hives and listened. You could hear them if you put your ear to the wood: a low, steady hum, like a house with the heating on.',
     'Her son rang on Sundays and asked if she was managing. She said she was. The bees, she did not tell him, were managing better.',
     'On the way home she stopped at the gate and looked back at the hives, six white boxes in a row under the bare plum trees, and said goodnight to them out loud, because her husband always had, and because nobody was there to hear.'],
    ['In December a boy started coming to the allotment next door. He was about fourteen and had been sent, it turned out, by the youth worker, to dig something as a punishment or a cure, nobody was clear which.',
     'He dug badly. Maud watched him from her bucket for three days and on the fourth she went over and took the spade out of his hands and showed him.',
     '“You’re not fighting it,” she said. “You’re asking it.” He looked at her as though she were mad. She was used to that. She handed the spade back and went to listen to her bees.',
     'By Christmas his bed was dug, badly but honestly, and he had started bringing two biscuits in his pocket instead of one. He never said the second was for her. He just left it on the bucket lid when she was not looking.'],
    ['In February the boy put his ear to the hive without being asked. He stayed there a long time. Then he looked up at her with an expression she had last seen on her husband’s face, in 1979, the first spring.',
     '“They’re still going,” he said. “All winter. They just keep going.”',
     '“That’s the trick of it,” said Maud. She poured him half the flask, and they sat together in the thin sun while the first of the bees came out to look at the weather.',
     'In April she gave him her husband’s veil and gloves, which were too big for him, and showed him how to lift a frame without crushing anyone. His hands shook the first time. By May they did not, and by June the allotment committee had stopped asking who the boy was.'],
]
ow_bodies = [body(f'overwinter-{i + 1}', p) for i, p in enumerate(ow_prose)]
ow_words = ['1,050', '1,120', '980']
XPOST = '<span style="font-size: smaller;">This entry was originally posted at <a href = "{u}">{u}</a>. Please comment there using <a href="https://www.dreamwidth.org/openid/">OpenID</a>.</span>'


def ow_html(i, lj=False):
    rows = [('Title', 'Overwinter'), ('Author', (dw_user('hollin_reed'), 'hollin_reed')), ('Fandom', 'Original'), ('Rating', 'G'), ('Chapter', f'{i + 1} of 3'), ('Words', ow_words[i])]
    nav = [f'<p style="text-align: right;"><a href="{ow_urls[1]}">Chapter 2</a> &rarr;</p>',
           f'<p style="text-align: right;">&larr; <a href="{ow_urls[0]}">Chapter 1</a> &middot; <a href="{ow_urls[2]}">Chapter 3</a> &rarr;</p>',
           f'<p style="text-align: right;">&larr; <a href="{ow_urls[1]}">Chapter 2</a> &middot; fin</p>'][i]
    h = hdr(rows, '<strong>{L}:</strong> {V}') + '<br /><br />\n' + ph(ow_prose[i]) + '\n' + nav
    if lj:
        h += '\n' + XPOST.replace('{u}', ow_urls[i])
    return h, nav


for i in range(3):
    h, nav = ow_html(i)
    e = {'url': ow_urls[i], 'journal': 'hollin_reed', 'poster': 'hollin_reed', 'subject': f'Overwinter, chapter {i + 1}/3', 'date': (2014, [11, 12, 2][i], [9, 14, 22][i], ['20:14', '21:02', '19:47'][i]),
         'tags': ['fic: overwinter', 'original fiction'], 'html': h,
         'comments': [('comb_and_cell', ['The sound of a house with the heating on. Yes!', '“You’re asking it.” I love her.', 'They just keep going. Oh, my heart.'][i])]}
    page(f'dw-colorside-2014-lj-crosspost-overwinter-{i + 1}', f'dw-2014-hollin_reed-{ow_urls[i].split("/")[-1]}', ow_urls[i], 'dreamwidth', 'story', 2014,
         ['dw-core2-style', 'chapter-label-of-total'],
         f'Overwinter, chapter {i + 1}/3 (DW core2 Colorside, the writer’s journal): `<strong>` labels incl. “Chapter: {i + 1} of 3”; right-aligned chapter links after the prose' + (' (chapter 2 is also crossposted to LJ)' if i == 1 else ''),
         dw_page('entry', [e], 'hollin_reed', 'hollin and reed', 'Colorside', ow_urls[i], f'hollin and reed: Overwinter, chapter {i + 1}/3', year=2014),
         [story(ow_urls[i], 'hollin_reed', 'hollin_reed', fields(title='Overwinter', author='hollin_reed', fandom='Original', rating='G', wordCount=ow_words[i]), part(i + 1, 3), ow_bodies[i],
                exclude=[txt(nav).strip(), e['comments'][0][1]])], stitched=(ow_urls, ow_bodies))
h, nav = ow_html(1, lj=True)
e = {'url': ow_lj, 'journal': 'hollin_reed', 'poster': 'hollin_reed', 'subject': 'Overwinter, chapter 2/3', 'date': (2014, 12, 14, '21:02'), 'tags': ['fic: overwinter'], 'html': h, 'comments': []}
page('lj-aentry-2014-dw-crosspost-links-to-dw-overwinter-2', 'lj-2014-hollin_reed-1877.html', ow_lj, 'livejournal', 'story', 2014,
     ['lj-2017-aentry', 'dw-crosspost', 'part-links-off-site'],
     'The LJ CROSSPOST of Overwinter chapter 2 (LJ’s 2017+ entry page): the same text with the DW user span, the chapter links pointing at the DW copies, and the crossposter’s footer “This entry was originally posted at https://hollin-reed.dreamwidth.org/2540.html. Please comment there using OpenID.”',
     aentry_page(e),
     [story(ow_lj, 'hollin_reed', 'hollin_reed', fields(title='Overwinter', author='hollin_reed', fandom='Original', rating='G', wordCount=ow_words[1]), part(2, 3), ow_bodies[1],
            exclude=[txt(nav).strip(), 'This entry was originally posted at'])], stitched=([ow_urls[0], ow_lj, ow_urls[2]], ow_bodies))
SERIES.append(('overwinter', 'Overwinter', '3 + an LJ crosspost of chapter 2', 'DW 2014, core2 Colorside; “Chapter: N of 3”; chapter 2’s LJ crosspost links the DW copies of chapters 1 and 3.'))

# ======================================================================= C. Thornback (InsaneJournal 2012, S2 Bloggish): a WIP,
# "(N/?)", the last posted part ends "Part 4 coming soon, I promise!" with no link.
KQ = 'http://kettle-and-quire.insanejournal.com/'
tb_urls = [KQ + '30117.html', KQ + '30489.html', KQ + '30902.html']
tb_prose = [
    ['Nobody on the estate would go near the thornback hedge after dark, which was why Perrin went, at sixteen, on the night of her brother’s wedding, with a bottle of his cider and something to prove.',
     'The hedge was older than the house. It ran along the top of the long meadow like a spine, and in summer it was white with flowers and in winter it was black with thorns, and there was a gap in it that had never been there before.',
     'Perrin drank some of the cider, for courage, and stepped through.'],
    ['On the other side of the hedge it was morning. That was the first thing. The second was that the meadow was there, and the house, but the house had no roof, and there were sheep in the parlour.',
     'A man in a leather coat was sitting on the stump of the old gatepost, sharpening a knife. He looked at Perrin, and at the bottle, and said, “You’ll be from the other side, then.”',
     'Perrin said she supposed she was. He nodded, as if that explained a lot, and went on sharpening.'],
    ['His name was Tobiah and he was, he said, the hedge-warden, though there had been nothing to ward for a long while. He seemed almost glad of her.',
     'He showed her the gap from this side. It was smaller than it had been. “Closing,” he said. “They do, once somebody’s come through. It wants something in exchange.”',
     'Perrin asked what. Tobiah put the knife away, carefully, and did not answer, and looked at the cider bottle as though it might know.',
     'Behind her, through the narrowing gap, she could hear the wedding still going on: a fiddle, someone laughing, her brother’s voice raised in the chorus of a song he only ever sang when he was drunk. It sounded a very long way off, and it was getting further.'],
]
tb_bodies = [body(f'thornback-{i + 1}', p) for i, p in enumerate(tb_prose)]
TB_SUM = 'The gap in the thornback hedge was not there last week.'
for i in range(3):
    rows = [('Title', 'Thornback'), ('Author', (lj_user_old('kettle_and_quire', 'insanejournal.com'), 'kettle_and_quire')), ('Rating', 'PG-13'), ('Characters', 'Perrin, Tobiah'), ('Words', ['900', '850', '880'][i])]
    f = fields(title='Thornback', author='kettle_and_quire', rating='PG-13', characters='Perrin, Tobiah', wordCount=['900', '850', '880'][i])
    if i == 0:
        rows += [('Summary', TB_SUM), ('Notes', 'A WIP! I’m posting as I write, so I don’t know how long it’ll be yet.')]
        f['summary'] = TB_SUM
        f['notes'] = 'A WIP! I’m posting as I write, so I don’t know how long it’ll be yet.'
    nav = [f'<p><a href="{tb_urls[1]}">next part &raquo;</a></p>',
           f'<p><a href="{tb_urls[0]}">&laquo; previous</a> | <a href="{tb_urls[2]}">next &raquo;</a></p>',
           f'<p><a href="{tb_urls[1]}">&laquo; previous</a> | <i>Part 4 coming soon, I promise!</i></p>'][i]
    e = {'url': tb_urls[i], 'journal': 'kettle_and_quire', 'poster': 'kettle_and_quire', 'site': 'insanejournal.com', 'subject': f'Thornback ({i + 1}/?)', 'date': (2012, 5, [6, 19, 30][i], ['22:10', '23:01', '21:44'][i]),
         'tags': ['fic', 'thornback', 'wip'], 'html': hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(tb_prose[i]) + '\n' + nav,
         'currents': [('Mood', ['excited', 'sleepy', 'determined'][i])],
         'comments': [('bramble_wick', ['Ooh, a gap in the hedge! Following this.', 'Sheep in the parlour, ha!', 'NOOO you can’t stop there. Part 4 soon please!'][i], '')]}
    page(f'ij-bloggish-2012-wip-coming-soon-thornback-{i + 1}', f'ij-2012-kettle_and_quire-{tb_urls[i].split("/")[-1]}', tb_urls[i], 'insanejournal', 'story', 2012,
         ['s2-bloggish', 'insanejournal', 'wip-unknown-total'] + (['coming-soon-no-link'] if i == 2 else []),
         f'Thornback ({i + 1}/?) (InsaneJournal, S2 Bloggish): a WIP of unknown length, ' + ['“next part »” after the prose', '“« previous | next »”', 'the last part posted: “« previous | Part 4 coming soon, I promise!” with NO link'][i],
         bloggish_page('entry', [e], 'kettle_and_quire', 'kettle & quire', tb_urls[i], 2012, site='insanejournal.com'),
         [story(tb_urls[i], 'kettle_and_quire', 'kettle_and_quire', f, part(i + 1, None), tb_bodies[i], exclude=[txt(nav).strip(), e['comments'][0][1]])],
         stitched=(tb_urls, tb_bodies))
SERIES.append(('thornback', 'Thornback', '3', 'InsaneJournal 2012, S2 Bloggish; a WIP “(N/?)”; the last part ends “Part 4 coming soon, I promise!” (no link): the story as posted is parts 1–3.'))

# ======================================================================= D. Cobbler's Reach (DeadJournal 2008, S2 Bloggish): chapters
# with NO label header at all, each opening "Chapter One: The Long Field" in bold; the links name the chapters; chapter 2 also as
# a 2022 Wayback copy.
DJ = 'http://www.deadjournal.com/users/quoin_and_gable/'
cr_urls = [DJ + '8812.html', DJ + '9034.html', DJ + '9310.html']
cr_names = ['Chapter One: The Long Field', 'Chapter Two: The Salt Pans', 'Chapter Three: Reach']
cr_prose = [
    ['Cobbler’s Reach was the last farm before the sea, and the Aske sisters had farmed it alone since the flood took their father. Hester did the thinking and Dorcas did the talking, and between them they did the work of six.',
     'The long field ran down to the dyke, and every spring the sea tried to take it back. Every spring they let it try.',
     'This spring a man came walking along the top of the dyke with a surveyor’s chain over his shoulder, and Dorcas went out to talk to him, and Hester watched from the kitchen and did not like the way he kept looking at the field.'],
    ['He was from the drainage board. He wanted to build a sluice at the bottom of the long field and turn the salt marsh beyond it into grazing, and he said it would make them rich.',
     'Hester took him down to the salt pans, the old ones their grandmother had worked, square and grey and full of sky. She told him the marsh had fed this family for two hundred years without anyone draining it.',
     'He wrote that down, politely, in a small black book, and Hester knew from the way he wrote it that it would make no difference at all.'],
    ['The sluice was never built. The board ran out of money in the autumn, and the surveyor went back inland, and the sea came up over the long field the next spring as it always had.',
     'Dorcas said it was a shame, because she had liked him. Hester said nothing, but she kept the page he had torn out of his small black book and left on the kitchen table, on which he had drawn, very carefully, the salt pans, full of sky.',
     'She put it in the family Bible, between the births and the deaths, where things went that were worth keeping.'],
]
cr_bodies = [body(f'cobblersreach-{i + 1}', p) for i, p in enumerate(cr_prose)]
cr_entries = []
for i in range(3):
    nav = [f'<p align="center"><a href="{cr_urls[1]}">{cr_names[1]} &gt;&gt;</a></p>',
           f'<p align="center"><a href="{cr_urls[0]}">&lt;&lt; {cr_names[0]}</a> ~ <a href="{cr_urls[2]}">{cr_names[2]} &gt;&gt;</a></p>',
           f'<p align="center"><a href="{cr_urls[1]}">&lt;&lt; {cr_names[1]}</a> ~ the end</p>'][i]
    html = f'<p><b>{cr_names[i]}</b></p>\n' + ph(cr_prose[i]) + '\n' + nav
    e = {'url': cr_urls[i], 'journal': 'quoin_and_gable', 'poster': 'quoin_and_gable', 'site': 'deadjournal.com', 'jbase': DJ, 'subject': f"Cobbler's Reach, chapter {i + 1}",
         'date': (2008, 2, [2, 9, 16][i], ['14:20', '15:05', '13:58'][i]), 'tags': ['my fic', "cobbler's reach"], 'html': html,
         'comments': [('gannet_grey', ['The Aske sisters! I want to live next door to them.', 'Full of sky. Lovely.', 'Between the births and the deaths. Oh.'][i], '')]}
    cr_entries.append(e)
    ex = [txt(nav).strip(), e['comments'][0][1]]
    page(f'dj-bloggish-2008-no-labels-chapter-headings-cobblersreach-{i + 1}', f'dj-2008-quoin_and_gable-{cr_urls[i].split("/")[-1]}', cr_urls[i], 'deadjournal', 'story', 2008,
         ['s2-bloggish', 'deadjournal', 'no-labels', 'chapter-heading-in-text', 'links-name-chapters'],
         f'“Cobbler’s Reach, chapter {i + 1}” (DeadJournal, S2 Bloggish, /users/NAME/): NO label header at all, the text opening with the bold line “{cr_names[i]}”; the centred links after the prose name the chapters (“{["Chapter Two: The Salt Pans >>", "<< Chapter One: The Long Field ~ Chapter Three: Reach >>", "<< Chapter Two: The Salt Pans ~ the end"][i]}”)',
         bloggish_page('entry', [e], 'quoin_and_gable', 'quoin and gable', cr_urls[i], 2008, site='deadjournal.com'),
         [story(cr_urls[i], 'quoin_and_gable', 'quoin_and_gable', fields(title="Cobbler's Reach"), part(i + 1, None), cr_bodies[i], exclude=ex)], stitched=(cr_urls, cr_bodies))
TS = '20220907151344'
e = cr_entries[1]
page('wayback-2022-dj-bloggish-no-labels-cobblersreach-2', 'wayback-2022-quoin_and_gable-9034.html', wb(TS, cr_urls[1], absolute=True), 'wayback', 'story', 2008,
     ['wayback-2022', 's2-bloggish', 'deadjournal', 'no-labels'],
     'Wayback copy captured 2022 of “Cobbler’s Reach, chapter 2” (DeadJournal, S2 Bloggish): every link rewritten to absolute `https://web.archive.org/web/TS/…` addresses, the chapter links among them',
     wayback(bloggish_page('entry', [e], 'quoin_and_gable', 'quoin and gable', cr_urls[1], 2008, site='deadjournal.com'), TS, cr_urls[1], absolute=True),
     [story(cr_urls[1], 'quoin_and_gable', 'quoin_and_gable', fields(title="Cobbler's Reach"), part(2, None), cr_bodies[1], exclude=[e['comments'][0][1]])], stitched=(cr_urls, cr_bodies))
SERIES.append(('cobblersreach', "Cobbler's Reach", '3 + a 2022 Wayback copy', 'DeadJournal 2008, S2 Bloggish, /users/NAME/ URLs; no label header, “Chapter One: The Long Field” in bold; links named by the chapters.'))

# ======================================================================= E. The Weir Warden (DW 2016): a BIG BANG: the writer's
# masterpost in the community floodgate_bang, the ART post on the artist's journal (not a story), three parts on the writer's journal.
FB = 'https://floodgate-bang.dreamwidth.org/'
TS_ = 'https://tindersnap.dreamwidth.org/'
ART = 'https://sluicegate-art.dreamwidth.org/1530.html'
ww_master = FB + '4410.html'
ww_urls = [TS_ + '9120.html', TS_ + '9388.html', TS_ + '9641.html']
ww_prose = [
    ['The weir at Hollowmere had a warden for as long as there had been a weir, and the warden had always been a Fenwick, until the last Fenwick drowned in it, and the parish had to advertise.',
     'Anwen answered the advertisement because she needed the cottage and did not mind water. She had not been told about the voices.',
     'They came at night, when the river was high, from somewhere under the sill of the weir: not words exactly, more the shape of words, like someone talking in the next room.',
     'The first week she slept with the pillow over her head. The second week she got up and stood at the window in her nightdress, watching the water pour white over the sill in the moonlight, and listened properly, and was not sure afterwards whether she had been frightened or only lonely.'],
    ['She asked at the Lamb about the Fenwicks. The landlord polished a glass for a long time and then said that old Fenwick used to sit out on the weir at night with his pipe and answer them.',
     '“Answer them how?” Anwen asked. The landlord said he couldn’t rightly say. Conversationally, he said. As you would.',
     'That night Anwen took a chair out onto the walkway and sat with her coat buttoned to the chin and listened, and when the river said something, she said, “I’m sorry, I didn’t catch that,” and the river went very quiet.'],
    ['It took until midsummer. By then she knew the river’s moods the way she had once known her mother’s: the sulks after rain, the long contented murmurs of a dry August.',
     'On the night of the solstice it said something she understood, quite clearly, in a voice like an old man’s, and what it said was, “About time.”',
     'Anwen laughed so hard she nearly went in. Then she lit the pipe she had found in the cottage drawer, which she did not smoke, and held it for a while anyway, for company.'],
]
ww_bodies = [body(f'weirwarden-{i + 1}', p) for i, p in enumerate(ww_prose)]
WW_SUM = 'The new warden of the weir at Hollowmere was not told about the voices.'
for i in range(3):
    rows = [('Title', 'The Weir Warden'), ('Part', f'{i + 1}/3'), ('Rating', 'PG'), ('Art', (f'<a href="{ART}">by {dw_user("sluicegate_art")}</a>', None)), ('Masterpost', (f'<a href="{ww_master}">here</a>', None))]
    nav = [f'<p><b>Next:</b> <a href="{ww_urls[1]}">Part 2</a></p>',
           f'<p><b>Previous:</b> <a href="{ww_urls[0]}">Part 1</a> | <b>Next:</b> <a href="{ww_urls[2]}">Part 3</a></p>',
           f'<p><b>Previous:</b> <a href="{ww_urls[1]}">Part 2</a> | <a href="{ww_master}">Back to the masterpost</a></p>'][i]
    e = {'url': ww_urls[i], 'journal': 'tindersnap', 'poster': 'tindersnap', 'subject': f'[Floodgate Big Bang] The Weir Warden {i + 1}/3', 'date': (2016, 9, 17, ['10:00', '10:05', '10:10'][i]),
         'tags': ['fic: the weir warden', 'floodgate bang 2016'], 'html': hdr(rows, '<strong>{L}:</strong> {V}') + '<br /><br />\n' + ph(ww_prose[i]) + '\n' + nav,
         'comments': [('otter_holt', ['Voices under the sill! Shivers.', 'Conversationally. As you would. Ha!', '“About time.” PERFECT.'][i])]}
    page(f'dw-fluidmeasure-2016-bigbang-parts-on-journal-weirwarden-{i + 1}', f'dw-2016-tindersnap-{ww_urls[i].split("/")[-1]}', ww_urls[i], 'dreamwidth', 'story', 2016,
         ['dw-core2-style', 'big-bang', 'parts-on-journal', 'art-link-in-header'],
         f'The Weir Warden {i + 1}/3 (DW core2 Fluid Measure, the writer’s journal): a short header of Title / Part / Rating / Art (a link to the ART post) / Masterpost (the community post); “Previous: / Next:” links in bold labels after the prose',
         dw_page('entry', [e], 'tindersnap', 'tinder & snap', 'Fluid Measure', ww_urls[i], f'tinder & snap: [Floodgate Big Bang] The Weir Warden {i + 1}/3', year=2016),
         [story(ww_urls[i], 'tindersnap', 'tindersnap', fields(title='The Weir Warden', rating='PG'), part(i + 1, 3), ww_bodies[i], exclude=[txt(nav).strip(), e['comments'][0][1]])],
         stitched=(ww_urls, ww_bodies))
mrows = [('Title', 'The Weir Warden'), ('Author', (dw_user('tindersnap'), 'tindersnap')), ('Artist', (dw_user('sluicegate_art'), 'sluicegate_art')), ('Fandom', 'Original'),
         ('Rating', 'PG'), ('Word Count', '12,400'), ('Warnings', 'a drowning, long ago, off-page'), ('Summary', WW_SUM)]
mhtml = (hdr(mrows, '<strong>{L}:</strong> {V}') + '<br /><br />\n'
         f'<p><a href="{ART}"><img src="https://i.imgur.com/wW4rd3n.jpg" width="300" height="200" alt="a weir at night, a chair on the walkway" /></a><br />\n<i>Art by sluicegate_art: <a href="{ART}">go and give it love!</a></i></p>\n'
         f'<p><b>Read it here:</b> <a href="{ww_urls[0]}">Part 1</a> | <a href="{ww_urls[1]}">Part 2</a> | <a href="{ww_urls[2]}">Part 3</a><br />\nor on <a href="https://archiveofourown.org/works/8123456">AO3</a></p>\n'
         '<p>Thank you to the mods for running the bang, and to sluicegate_art for the chair on the walkway, which I did not describe and which is exactly right.</p>')
me = {'url': ww_master, 'journal': 'floodgate_bang', 'poster': 'tindersnap', 'community': True, 'subject': 'Fic: The Weir Warden (PG, 12,400 words)', 'date': (2016, 9, 17, '10:20'),
      'tags': ['fic', 'round: 2016', 'rating: pg'], 'html': mhtml, 'comments': [('otter_holt', 'Reading now!')]}
page('dw-paletteable-2016-community-bigbang-masterpost-weirwarden', 'dw-2016-floodgate_bang-4410.html', ww_master, 'dreamwidth', 'masterpost', 2016,
     ['dw-core2-style', 'community', 'big-bang', 'masterpost', 'parts-on-journal', 'ao3-link'],
     'The big bang MASTERPOST in the community floodgate_bang (DW core2 Paletteable, “tindersnap posting in floodgate_bang”): a full header incl. Artist, the art linked, “Read it here: Part 1 | Part 2 | Part 3” on the writer’s journal, “or on AO3”',
     dw_page('entry', [me], 'floodgate_bang', 'Floodgate Big Bang', 'Paletteable', ww_master, 'Floodgate Big Bang: Fic: The Weir Warden (PG, 12,400 words)', year=2016),
     [story(ww_master, 'tindersnap', 'floodgate_bang', fields(title='The Weir Warden', author='tindersnap', fandom='Original', rating='PG', wordCount='12,400', warnings='a drowning, long ago, off-page', summary=WW_SUM), None, complete=False)],
     stitched=(ww_urls, ww_bodies))
arows = [('Title', 'Night Shift on the Weir'), ('Artist', (dw_user('sluicegate_art'), 'sluicegate_art')), ('For', (f'<a href="{ww_master}">The Weir Warden</a> by {dw_user("tindersnap")}', None)),
         ('Fandom', 'Original'), ('Rating', 'G'), ('Medium', 'watercolour and ink, scanned')]
ahtml = (hdr(arows, '<strong>{L}:</strong> {V}') + '<br /><br />\n'
         '<p><img src="https://i.imgur.com/wW4rd3n.jpg" width="600" height="400" alt="a weir at night, a chair on the walkway" /></p>\n'
         '<p><img src="https://i.imgur.com/Qm2bX7a.jpg" width="300" height="450" alt="a pipe on a windowsill" /></p>\n'
         '<p>I had such fun with this one. The chair was the first thing I drew; the river took three goes. Go and read the fic, it is lovely!</p>')
ae = {'url': ART, 'journal': 'sluicegate_art', 'poster': 'sluicegate_art', 'subject': '[Floodgate Big Bang] Art: Night Shift on the Weir', 'date': (2016, 9, 17, '10:25'),
      'tags': ['art', 'floodgate bang 2016'], 'html': ahtml, 'comments': [('tindersnap', 'I still can’t get over the chair. THANK YOU.')]}
page('dw-colorside-2016-bigbang-art-post-notstory', 'dw-2016-sluicegate_art-1530.html', ART, 'dreamwidth', 'not-story', 2016,
     ['dw-core2-style', 'big-bang', 'art-post', 'not-story'],
     'The big bang ART post on the artist’s journal (DW core2 Colorside): a Title / Artist / For (the fic’s masterpost) / Fandom / Rating / Medium header, two images and a paragraph about drawing them: not a story',
     dw_page('entry', [ae], 'sluicegate_art', 'sluice gate', 'Colorside', ART, 'sluice gate: [Floodgate Big Bang] Art: Night Shift on the Weir', year=2016), [])
SERIES.append(('weirwarden', 'The Weir Warden', '3 + a community masterpost (+ the art post, not a part)', 'DW 2016; a big bang: the masterpost in the community floodgate_bang, the parts on the writer’s journal (core2 Fluid Measure), the art on the artist’s journal.'))
