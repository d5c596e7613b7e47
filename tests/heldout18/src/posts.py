"""Posts of tests/heldout18 and their truth: the multi-part stories, in the commonest shapes of 2004-2016 fandom journals
(a header on every part, an lj-cut after it, "Part 1 | Part 2" links, a masterpost, a big bang posted to a community, a WIP
"Chapter 1/?", a friends-locked part). All prose, names, journals and titles are invented for this corpus; fandom and character
names appear as header labels only. Renderers: tests/heldout2's layouts.py (LJ S2 Generator, DW core2), tests/heldout8's s2z.py
(Haven), tests/heldout12's mag.py (Magazine, LiveJournal's login page for a friends-only entry)."""
from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, esc, gen_page
from mag import lj_login_page, magazine_page
from s2z import haven_page

CUT = '<a name="cutid1"></a>'


def entry(url, journal, subject, date, html, tags=(), poster=None, comments=(), **kw):
    e = {'url': url, 'journal': journal, 'poster': poster or journal, 'subject': subject, 'date': date, 'tags': list(tags), 'html': html,
         'ncomments': len(comments), 'comments': list(comments)}
    e.update(kw)
    return e


def missing(url, reason):
    """Marks a part of the last page's story as one the site will not show."""
    PAGES[-1]['stitched']['missing'] = PAGES[-1]['stitched'].get('missing', []) + [{'url': url, 'reason': reason}]


def num(url):
    return url.rstrip('/').split('/')[-1]


# ======================================================================= A. Mile Marker 40 (Supernatural, LJ S2 Generator, 2008):
# three parts, a full header on part one ("Title: Mile Marker 40 (1/3)"), a short one after; an lj-cut after each header;
# "Part 2 →", "← Part 1 | Part 3 →", "← Part 2" after the prose.
J = 'roadhouse_pie'
B = 'https://roadhouse-pie.livejournal.com/'
urls = [B + f'{n}.html' for n in (23114, 23420, 23871)]
prose = [
    ['The car died at mile marker forty, in the middle of a county that had more cows than people, and he sat on the hood for a full minute before he let himself swear.',
     'His brother was asleep in the passenger seat with his mouth open. The angel was in the back, which was new, and looking out of the window at the cows as if they might be a sign of something.',
     '“It’s the alternator,” he said, to nobody. “Probably.” The angel said that it was not the alternator. He did not ask how the angel knew.'],
    ['The nearest town was called Harmony and had a diner, a gas station and a motel with four rooms, three of which were being painted.',
     'The mechanic was a woman of about seventy who wore her late husband’s overalls rolled up at the cuffs. She said the part would take two days to come from Tulsa, and looked at the three of them, and said that the last room had one bed and a cot, and they could work it out among themselves.',
     'They did not work it out. His brother took the cot out of sheer spite, and he lay on the far edge of the bed all night, awake, listening to the angel not sleep.'],
    ['On the second morning the part came early, which the mechanic said had never happened in the history of Tulsa.',
     'He paid her in cash and she gave him a jar of peach preserves he had not asked for. In the car the angel held the jar in both hands like it was something holy, and maybe, he thought, pulling out onto the empty road, maybe it was.',
     'At mile marker forty he slowed down without meaning to. Nobody said anything. Nobody had to.'],
]
bodies = [body(f'milemarker-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A dead car, a town called Harmony, and a motel room with one bed.'
full = [('Title', 'Mile Marker 40 (1/3)'), ('Author', 'roadhouse_pie'), ('Fandom', 'Supernatural'), ('Pairing', 'Dean/Castiel, Sam'), ('Rating', 'PG-13'),
        ('Word count', '2,300 (this part 800)'), ('Warnings', 'none'), ('Spoilers', 'vaguely set after 4x10'), ('Summary', SUM),
        ('Disclaimer', 'Not mine, no money made, please don’t sue.')]
full_f = fields(title='Mile Marker 40 (1/3)', author='roadhouse_pie', fandom='Supernatural', pairing='Dean/Castiel, Sam', rating='PG-13',
                wordCount='2,300 (this part 800)', warnings='none', spoilers='vaguely set after 4x10', summary=SUM, disclaimer='Not mine, no money made, please don’t sue.')
tails = [f'<p align="right"><a href="{urls[1]}">Part 2</a> &rarr;</p>', f'<p align="center">&larr; <a href="{urls[0]}">Part 1</a> | <a href="{urls[2]}">Part 3</a> &rarr;</p>',
         f'<p align="left">&larr; <a href="{urls[1]}">Part 2</a></p>']
tail_txt = ['Part 2 →', '← Part 1 | Part 3 →', '← Part 2']
coms = ['THE ANGEL AND THE COWS. I love him.', 'Took the cot out of sheer spite, I am crying.', 'Peach preserves like something holy. Perfect ending, bb.']
for i in range(3):
    if i == 0:
        rows, f = full, full_f
    else:
        rows = [('Title', f'Mile Marker 40 ({i + 1}/3)'), ('Pairing', 'Dean/Castiel'), ('Rating', 'PG-13'), ('Notes', 'headers and disclaimer in part one')]
        f = fields(title=f'Mile Marker 40 ({i + 1}/3)', pairing='Dean/Castiel', rating='PG-13', notes='headers and disclaimer in part one')
    subj = f'Fic: Mile Marker 40 ({i + 1}/3)'
    e = entry(urls[i], J, subj, (2008, 12, 14 + 2 * i, '23:40'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n' + tails[i],
              tags=['fic', 'fic: mile marker 40', 'spn'], comments=[('saltline_sadie', coms[i])], currents=[('Mood', ['tired', 'hopeful', 'accomplished'][i])])
    page(f'lj-generator2008-spn-three-parts-full-header-then-cut-milemarker-{i + 1}', f'lj-{J}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2008,
         ['s2-generator', 'header-then-cut', 'part-in-title-line', 'arrow-part-links'] + (['full-header', 'disclaimer', 'spoilers'] if i == 0 else ['short-header-later-parts']),
         f'LJ S2 Generator (2008): “{subj}”, a Supernatural story in three parts: ' + ('the FULL header (Title with “(1/3)” / Author / Fandom / Pairing / Rating / Word count / Warnings / Spoilers / Summary / Disclaimer)' if i == 0 else 'a SHORT header (Title / Pairing / Rating / Notes “headers and disclaimer in part one”)')
         + f', an lj-cut after it, “{tail_txt[i]}” after the prose, a Current Mood',
         gen_page('entry', [e], 'livejournal', J, 'pie at the roadhouse', urls[i], f'{J}: {subj}', 2008),
         [story(urls[i], J, J, f, part(i + 1, 3), bodies[i], exclude=[tail_txt[i], coms[i]])], stitched=(urls, bodies))
SERIES.append(('milemarker', 'Mile Marker 40', '3', 'LJ 2008, S2 Generator: “Part 2 →”, “← Part 1 | Part 3 →”, “← Part 2” after the prose; full header on part one only.'))

# ======================================================================= B. The Cold Case Ledger (Sherlock, DW core2, 2012): a
# MASTERPOST with the full header, three chapters, art and an AO3 mirror; each chapter "« Previous | Masterpost | Next »".
J = 'violin_at_3am'
B = 'https://violin-at-3am.dreamwidth.org/'
master = B + '40118.html'
urls = [B + f'{n}.html' for n in (40377, 40702, 41029)]
prose = [
    ['The ledger arrived in a shoebox from a solicitor in Croydon, addressed to the flat and not to either of them, which was the first interesting thing about it.',
     'It was a landlady’s account book from 1961, every rent and every repair in a round careful hand, and on the last page somebody had written, in different ink: she did not fall.',
     'He read it standing up, then sitting down, then lying on the sofa with the book held over his face. The doctor made tea and did not say that it was sixty years too late for anyone to care. He had learned by now which things were worth saying.'],
    ['The house in Croydon was a dentist’s now, and the dentist was delighted, because nothing had ever happened there before.',
     'They were shown the stairs. They were shown the landing, which had been carpeted in something orange in about 1975. He lay down on the orange carpet at the top of the stairs and looked up at the ceiling for so long that the dentist went back to work.',
     '“Well?” said the doctor. “The banister is new,” he said, “and the ceiling isn’t. Somebody replaced one and not the other. Why?”'],
    ['The answer, in the end, was in the ledger all along: a carpenter paid twice in one week in March, once for the banister and once, the day after, for something the landlady had written down only as “the other job”.',
     'The carpenter’s granddaughter still lived in Purley. She made them sit in a conservatory full of tomato plants and told them her grandfather had always said he had built a good strong rail that nobody had wanted, and a bad one that somebody had.',
     'On the train home the doctor asked what they would do with it. He said nothing. There was nobody left to tell. He put the ledger on the mantelpiece, next to the skull, and it stayed there.'],
]
bodies = [body(f'coldcase-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'A landlady’s account book from 1961, a staircase, and four words on the last page.'
m_rows = [('Title', 'The Cold Case Ledger'), ('Author', 'violin_at_3am'), ('Fandom', 'Sherlock (BBC)'), ('Pairing', 'John/Sherlock (pre-slash)'), ('Rating', 'PG'),
          ('Word count', '~7,500'), ('Warnings', 'historical character death (off-page)'), ('Beta', 'the lovely tea_and_tannin'), ('Summary', SUM)]
m_f = fields(title='The Cold Case Ledger', author='violin_at_3am', fandom='Sherlock (BBC)', pairing='John/Sherlock (pre-slash)', rating='PG', wordCount='~7,500',
             warnings='historical character death (off-page)', beta='the lovely tea_and_tannin', summary=SUM)
m_html = (hdr(m_rows) + '<br /><br />\n<b>Chapters:</b><br />\n'
          + '<br />\n'.join(f'<a href="{u}">Chapter {w}</a>' for u, w in zip(urls, ('One', 'Two', 'Three'))) + '<br /><br />\n'
          + '<p>Gorgeous <a href="https://ink-and-ochre.dreamwidth.org/2207.html">art for this story</a> by ink_and_ochre!</p>\n'
          + '<p>Also on <a href="https://archiveofourown.org/works/551203">AO3</a>.</p>')
me = entry(master, J, 'Fic: The Cold Case Ledger (masterpost)', (2012, 3, 2, '20:00'), m_html, tags=['fic', 'sherlock', 'fic: cold case ledger'],
           comments=[('mrs_hudsons_kettle', 'Ooh, settling in with this tonight!')])
page('dw-core2-2012-masterpost-full-header-chapters-art-ao3-coldcase', f'dw-{J}-{num(master)}', master, 'dreamwidth', 'masterpost', 2012,
     ['dw-core2', 'masterpost', 'full-header', 'art-and-ao3-not-parts'],
     'DW core2 (2012): the MASTERPOST of The Cold Case Ledger (Sherlock): full header (Title / Author / Fandom / Pairing / Rating / Word count / Warnings / Beta / Summary), “Chapter One” … “Chapter Three”, a link to the art post and to AO3',
     dw_page('entry', [me], J, 'violin at 3am', 'Practicality', master, f'{J}: Fic: The Cold Case Ledger (masterpost)', year=2012),
     [story(master, J, J, m_f, None, complete=False)], stitched=(urls, bodies))
coms = ['She did not fall. CHILLS.', 'The dentist being delighted is so real.', 'Next to the skull. Oh, this was wonderful.']
for i in range(3):
    links = ([f'<a href="{urls[i - 1]}">&laquo; Previous</a>'] if i else []) + [f'<a href="{master}">Masterpost</a>'] + ([f'<a href="{urls[i + 1]}">Next &raquo;</a>'] if i < 2 else [])
    txt = ' | '.join((['« Previous'] if i else []) + ['Masterpost'] + (['Next »'] if i < 2 else []))
    rows = [('Title', 'The Cold Case Ledger'), ('Chapter', f'{i + 1}/3'), ('Rating', 'PG'), ('Pairing', 'John/Sherlock (pre-slash)')]
    subj = f'Fic: The Cold Case Ledger, Chapter {i + 1}/3'
    e = entry(urls[i], J, subj, (2012, 3, 2 + 3 * i, '20:15'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n<p style="text-align:center">' + ' | '.join(links) + '</p>',
              tags=['fic', 'sherlock', 'fic: cold case ledger'], comments=[('mrs_hudsons_kettle', coms[i])])
    page(f'dw-core2-2012-chapter-prev-masterpost-next-coldcase-{i + 1}', f'dw-{J}-{num(urls[i])}', urls[i], 'dreamwidth', 'story', 2012,
         ['dw-core2', 'chapter-label', 'prev-masterpost-next'],
         f'DW core2 (2012): “{subj}”, Title / Chapter “{i + 1}/3” / Rating / Pairing, an lj-cut, “{txt}” after the prose',
         dw_page('entry', [e], J, 'violin at 3am', 'Practicality', urls[i], f'{J}: {subj}', year=2012),
         [story(urls[i], J, J, fields(title='The Cold Case Ledger', rating='PG', pairing='John/Sherlock (pre-slash)'), part(i + 1, 3), bodies[i], exclude=[txt, coms[i]])],
         stitched=(urls, bodies))
SERIES.append(('coldcase', 'The Cold Case Ledger', '4 (masterpost + 3 chapters)', 'DW 2012, core2: the masterpost lists the chapters, art and AO3; each chapter “« Previous | Masterpost | Next »”.'))

# ======================================================================= C. The Dragon's Tithe (Merlin, a BIG BANG COMMUNITY on LJ,
# S2 Generator, 2010): the masterpost and both parts posted to the community by the writer; the masterpost credits the artist
# and links "Part One | Part Two" and the art; each part "Masterpost | Part Two →".
C = 'dragonsfire_bang'
P = 'hazel_lantern'
B = 'https://dragonsfire-bang.livejournal.com/'
master = B + '18820.html'
urls = [B + '18844.html', B + '18871.html']
prose = [
    ['Every seventh year the village of Ashcombe paid the dragon a tithe, and every seventh year the dragon sent it back with a note saying that it had not asked for a cow.',
     'This year the king’s servant was sent to deliver it in person and find out what the dragon did want, because the king was tired of cows coming back up the road with notes tied to their horns.',
     'The servant went up the mountain with the cow, a lantern and a very bad temper. The prince went with him, uninvited, because he said he would not miss this for the world.'],
    ['The dragon wanted, it turned out, to be asked.',
     'Nobody in Ashcombe had ever asked it anything. They had left cows at the foot of the mountain for three hundred years and run away, and the dragon, who had a great many questions about cows and none of them about eating one, had grown lonely and very polite.',
     'They stayed until dark. The prince asked about the old wars and the dragon told him, at length, with diagrams in the ash. The servant sat with the cow and listened and, when they finally went down the mountain, said that next time they should bring cake, and the prince said next time, and did not say anything else for a mile.'],
]
bodies = [body(f'dragonstithe-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'Every seventh year Ashcombe pays the dragon a tithe. Every seventh year the dragon sends it back.'
m_rows = [('Title', 'The Dragon’s Tithe'), ('Author', 'hazel_lantern'), ('Artist', 'quill_and_cinder'), ('Pairing', 'Arthur/Merlin'), ('Rating', 'PG'),
          ('Word Count', '11,400'), ('Warnings', 'none'), ('Summary', SUM),
          ('Author’s Notes', 'Thank you to the mods for running this, and to quill_and_cinder for the dragon of my dreams.')]
m_f = fields(title='The Dragon’s Tithe', author='hazel_lantern', pairing='Arthur/Merlin', rating='PG', wordCount='11,400', warnings='none', summary=SUM,
             notes='Thank you to the mods for running this, and to quill_and_cinder for the dragon of my dreams.')
m_html = ('<p style="text-align:center"><img src="https://i.imgur.com/drgnBanner.png" width="600" height="200" alt="The Dragon’s Tithe banner" /></p>\n' + hdr(m_rows)
          + f'<br /><br />\n<p style="text-align:center"><b>Fic:</b> <a href="{urls[0]}">Part One</a> | <a href="{urls[1]}">Part Two</a><br />\n'
          + '<b>Art:</b> <a href="https://quill-and-cinder.livejournal.com/9921.html">here</a></p>')
me = entry(master, C, 'Merlin Big Bang: The Dragon’s Tithe [Arthur/Merlin, PG] masterpost', (2010, 8, 21, '10:00'), m_html, poster=P, community=True,
           tags=['fic: pg', 'pairing: arthur/merlin', 'author: hazel_lantern'], comments=[('quill_and_cinder', 'Eeee it’s up! Everyone go read!')])
page('lj-generator2010-bigbang-community-masterpost-artist-parts-line-dragonstithe', f'lj-{C}-{num(master)}', master, 'livejournal', 'masterpost', 2010,
     ['s2-generator', 'community', 'big-bang', 'masterpost', 'banner', 'art-not-part'],
     'LJ S2 Generator community (2010): a Merlin BIG BANG MASTERPOST posted by the writer: a banner, Title / Author / Artist / Pairing / Rating / Word Count / Warnings / Summary / Author’s Notes, “Fic: Part One | Part Two”, “Art: here”',
     gen_page('entry', [me], 'livejournal', C, 'Merlin Big Bang', master, f'{C}: Merlin Big Bang: The Dragon’s Tithe [Arthur/Merlin, PG] masterpost', 2010, is_comm=True),
     [story(master, P, C, m_f, None, complete=False)], stitched=(urls, bodies))
tails = [f'<p style="text-align:center"><a href="{master}">Masterpost</a> | <a href="{urls[1]}">Part Two</a> &rarr;</p>',
         f'<p style="text-align:center">&larr; <a href="{urls[0]}">Part One</a> | <a href="{master}">Masterpost</a></p>']
tail_txt = ['Masterpost | Part Two →', '← Part One | Masterpost']
coms = ['A dragon who sends the cow back with a note!!', 'Diagrams in the ash. I love this dragon so much.']
for i in range(2):
    subj = f'Merlin Big Bang: The Dragon’s Tithe (Part {["One", "Two"][i]} of Two)'
    e = entry(urls[i], C, subj, (2010, 8, 21, f'10:0{i + 2}'), f'<b>Title:</b> The Dragon’s Tithe<br />\n<b>Part:</b> {i + 1}/2<br />\n<b>Rating:</b> PG<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n' + tails[i],
              poster=P, community=True, tags=['fic: pg', 'pairing: arthur/merlin', 'author: hazel_lantern'], comments=[('copper_kettle_k', coms[i])])
    page(f'lj-generator2010-bigbang-community-part-masterpost-link-dragonstithe-{i + 1}', f'lj-{C}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2010,
         ['s2-generator', 'community', 'big-bang', 'part-label', 'masterpost-link'],
         f'LJ S2 Generator community (2010): “{subj}”, Title / Part “{i + 1}/2” / Rating, an lj-cut, “{tail_txt[i]}” after the prose',
         gen_page('entry', [e], 'livejournal', C, 'Merlin Big Bang', urls[i], f'{C}: {subj}', 2010, is_comm=True),
         [story(urls[i], P, C, fields(title='The Dragon’s Tithe', rating='PG'), part(i + 1, 2), bodies[i], exclude=[tail_txt[i], coms[i]])], stitched=(urls, bodies))
SERIES.append(('dragonstithe', 'The Dragon’s Tithe', '3 (masterpost + 2 parts)', 'LJ 2010 big bang community, S2 Generator: masterpost “Fic: Part One | Part Two”, art link; each part “Masterpost | Part Two →”.'))

# ======================================================================= D. Small Hours (Teen Wolf, DW core2, 2014): a WIP,
# "Chapter 1/?" then "Chapter 2/?"; chapter one edited to link "Next chapter →", chapter two "← Previous chapter".
J = 'lacrosse_and_lore'
B = 'https://lacrosse-and-lore.dreamwidth.org/'
urls = [B + '7730.html', B + '8011.html']
prose = [
    ['The jeep made a noise at two in the morning that it had never made before, a sort of tired sigh, and then it stopped in the middle of the preserve road and would not start again.',
     'He called the only person he knew who would be awake. It rang once. “Do you know what time it is,” said the voice, flat, not a question.',
     '“Yes,” he said, “that’s sort of the point,” and listened to the long silence that meant keys being found.'],
    ['The headlights found him twenty minutes later, sitting on the jeep’s hood with his hood up, eating a granola bar he had found under the seat and which was almost certainly older than the car.',
     'Neither of them knew anything about engines. They stood with the bonnet up and looked at it for a respectable length of time, and then they gave up and sat in the other car with the heater on and talked until the sky went grey behind the trees.',
     'Later, he would not be able to remember what they had talked about. Only that it had not felt like two in the morning at all.'],
]
bodies = [body(f'smallhours-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'Two in the morning, a dead jeep, and the one person who picks up.'
tails = [f'<p><a href="{urls[1]}">Next chapter &rarr;</a></p>', f'<p><a href="{urls[0]}">&larr; Previous chapter</a></p>']
tail_txt = ['Next chapter →', '← Previous chapter']
coms = ['“Yes, that’s sort of the point.” HA.', 'Granola bar older than the car, I’m dying. More please!']
for i in range(2):
    rows = [('Title', 'Small Hours'), ('Chapter', f'{i + 1}/?'), ('Fandom', 'Teen Wolf'), ('Pairing', 'Derek/Stiles'), ('Rating', 'Teen and up'), ('Words', ['1,900', '2,200'][i])]
    f = fields(title='Small Hours', fandom='Teen Wolf', pairing='Derek/Stiles', rating='Teen and up', wordCount=['1,900', '2,200'][i])
    if i == 0:
        rows += [('Summary', SUM), ('A/N', 'First Teen Wolf fic! Updates every Sunday, hopefully.')]
        f.update(summary=SUM, notes='First Teen Wolf fic! Updates every Sunday, hopefully.')
    subj = f'Small Hours, chapter {i + 1}/?'
    html = hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n' + tails[i]
    if i == 0:
        html = '<p><i>Edit: chapter two is up!</i></p>\n' + html
    e = entry(urls[i], J, subj, (2014, 2, 9 + 7 * i, '21:00'), html, tags=['teen wolf', 'fic', 'wip: small hours'], comments=[('beacon_hills_bb', coms[i])])
    page(f'dw-core2-2014-wip-chapter-of-unknown-total-smallhours-{i + 1}', f'dw-{J}-{num(urls[i])}', urls[i], 'dreamwidth', 'story', 2014,
         ['dw-core2', 'wip', 'unknown-total', 'chapter-label'] + (['edit-note-above-header'] if i == 0 else []),
         f'DW core2 (2014): “{subj}”, a Teen Wolf WIP: Title / Chapter “{i + 1}/?” / Fandom / Pairing / Rating / Words' + (' / Summary / A/N, and “Edit: chapter two is up!” above the header' if i == 0 else '')
         + f', an lj-cut, “{tail_txt[i]}” after the prose',
         dw_page('entry', [e], J, 'lacrosse and lore', 'Practicality', urls[i], f'{J}: {subj}', year=2014),
         [story(urls[i], J, J, f, part(i + 1, None), bodies[i], exclude=[tail_txt[i], coms[i]] + (['Edit: chapter two is up!'] if i == 0 else []))], stitched=(urls, bodies))
SERIES.append(('smallhours', 'Small Hours', '2', 'DW 2014, core2: a WIP “Chapter 1/?”, “Chapter 2/?”; “Next chapter →” (added by an edit), “← Previous chapter”.'))

# ======================================================================= E. Borrowed Robes (Harry Potter, LJ S2 Haven, 2006): three
# parts, each with "Parts: 1 | 2 | 3" under the header; part two is FRIENDS-LOCKED: its address answers LiveJournal's login page.
J = 'owl_post_overdue'
B = 'https://owl-post-overdue.livejournal.com/'
urls = [B + '11203.html', B + '11520.html', B + '11977.html']
prose = [
    ['The robes came back from the laundry with someone else’s name sewn into the collar, in green thread, in a hand she did not know.',
     'She meant to send them back. She meant to for a week, and then for a month, and by then it was December and she had worn them to every lesson and they fit better than her own had ever done.'],
    None,
    ['At the end of the year she left the robes folded on the laundry counter with a note pinned to them: thank you for the loan.',
     'In September there was a parcel on her bed. Inside were her own old robes, mended at both elbows, with her name sewn into the collar in green thread, and under it, smaller, another name she knew very well by now.'],
]
bodies = [body(f'borrowedrobes-{i + 1}', p) if p else None for i, p in enumerate(prose)]
SUM = 'A laundry mix-up, a name in green thread, and a whole school year.'
coms = ['Oh, the green thread! I want to know whose name it is.', 'Two names in the collar. Oh my heart.']
for i in (0, 2):
    nav = 'Parts: ' + ' | '.join(f'<a href="{u}">{k + 1}</a>' if k != i else str(k + 1) for k, u in enumerate(urls))
    navtxt = 'Parts: 1 | 2 | 3'
    rows = [('Title', 'Borrowed Robes'), ('Part', f'{i + 1} of 3'), ('Rating', 'G' if i == 0 else 'PG'), ('Characters', 'Ginny, Luna')]
    f = fields(title='Borrowed Robes', rating='G' if i == 0 else 'PG', characters='Ginny, Luna')
    if i == 0:
        rows += [('Summary', SUM), ('Disclaimer', 'JKR owns everything.')]
        f.update(summary=SUM, disclaimer='JKR owns everything.')
    note = '<p><small>(part 2 is friends-only because of a few spoilers, sorry!)</small></p>\n' if i == 0 else ''
    subj = f'Borrowed Robes, part {i + 1} of 3'
    e = entry(urls[i], J, subj, (2006, 10, 3 + 4 * i, '19:30'), hdr(rows) + '<br />\n' + nav + '<br /><br />\n' + note + CUT + '\n' + ph(prose[i]),
              tags=['fic', 'hp fic', 'ginny/luna'], comments=[('wrackspurt_wren', coms[i // 2])])
    page(f'lj-haven2006-parts-line-part-two-friends-locked-borrowedrobes-{i + 1}', f'lj-{J}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2006,
         ['s2-haven', 'parts-number-line', 'part-friends-locked'],
         f'LJ S2 Haven (2006): “{subj}”, Title / Part / Rating / Characters' + (' / Summary / Disclaimer' if i == 0 else '') + f', “Parts: 1 | 2 | 3” under the header (the other parts linked); part 2 is FRIENDS-ONLY: a login page at its address',
         haven_page('entry', [e], J, 'owl post (overdue)', urls[i], 2006),
         [story(urls[i], J, J, f, part(i + 1, 3), bodies[i], exclude=[navtxt, coms[i // 2]] + (['friends-only because of a few spoilers'] if i == 0 else []))],
         stitched=(urls, bodies))
    missing(urls[1], 'login')
page('lj-login2006-friends-only-part-borrowedrobes-2', f'lj-{J}-11520-login.html', urls[1], 'livejournal', 'interstitial', 2006, ['lj-login-page', 'friends-only-entry'],
     'LiveJournal (2006): the LOGIN page (“Protected Entry”) the site answers at Borrowed Robes part 2’s address to a reader not logged in: the part is friends-only',
     lj_login_page(urls[1]), [])
SERIES.append(('borrowedrobes', 'Borrowed Robes', '2 (+ the login page)', 'LJ 2006, S2 Haven: “Parts: 1 | 2 | 3” on each part; part 2 friends-only: missing (login).'))

# ======================================================================= F. Tidewater (Stargate Atlantis, LJ S2 Magazine, 2007): two
# parts, "Part 1/2" in the subject and the title line; "Continued in Part Two" / "Back to Part One".
J = 'puddlejumper_pilot'
B = 'https://puddlejumper-pilot.livejournal.com/'
urls = [B + '5540.html', B + '5781.html']
prose = [
    ['The tide on the mainland went out so far that you could walk for an hour on wet sand and still not reach the water, and the scientist had decided, on no evidence at all, that this was a personal insult.',
     'He said so, at length, all the way out. The major walked beside him with his hands in his pockets and did not argue, which was suspicious, and stopped every so often to pick up a shell and put it in his jacket.'],
    ['They reached the water as the sun went down. It was warm, and very shallow, and full of small glowing things that scattered when they stepped in.',
     'The scientist stopped talking. The major took the shells out of his pocket, one at a time, and put them back in the sea, and said that he just liked carrying them for a while.',
     'They walked back in the dark with the tide coming in behind them, slowly, the way it did everything on that planet, and for once nobody was in any hurry at all.'],
]
bodies = [body(f'tidewater-{i + 1}', p) for i, p in enumerate(prose)]
SUM = 'The tide goes out very far on the mainland. Some people take it personally.'
tails = [f'<p><i>Continued in <a href="{urls[1]}">Part Two</a>.</i></p>', f'<p><i>Back to <a href="{urls[0]}">Part One</a>.</i></p>\n<p>Concrit and comments are love!</p>']
tail_txt = ['Continued in Part Two.', 'Back to Part One.']
coms = ['The shells in his jacket! Unbearably sweet.', 'Putting the shells back. I am weeping into my tea.']
for i in range(2):
    if i == 0:
        rows = [('Title', 'Tidewater, Part 1/2'), ('Author', 'puddlejumper_pilot'), ('Pairing', 'McKay/Sheppard'), ('Rating', 'PG'), ('Word Count', '3,100'), ('Summary', SUM)]
        f = fields(title='Tidewater, Part 1/2', author='puddlejumper_pilot', pairing='McKay/Sheppard', rating='PG', wordCount='3,100', summary=SUM)
    else:
        rows = [('Title', 'Tidewater, Part 2/2'), ('Pairing', 'McKay/Sheppard'), ('Rating', 'PG')]
        f = fields(title='Tidewater, Part 2/2', pairing='McKay/Sheppard', rating='PG')
    subj = f'SGA fic: Tidewater, Part {i + 1}/2'
    e = entry(urls[i], J, subj, (2007, 5, 12 + i, '16:20'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(prose[i]) + '\n' + tails[i], tags=['fic', 'sga', 'mckay/sheppard'],
              comments=[('athosian_tea', coms[i])])
    page(f'lj-magazine2007-continued-in-part-two-tidewater-{i + 1}', f'lj-{J}-{num(urls[i])}', urls[i], 'livejournal', 'story', 2007,
         ['s2-magazine', 'part-in-title-line', 'continued-in'],
         f'LJ S2 Magazine (2007): “{subj}”, Title “Tidewater, Part {i + 1}/2” / ' + ('Author / Pairing / Rating / Word Count / Summary' if i == 0 else 'Pairing / Rating')
         + f', an lj-cut, “{tail_txt[i]}” after the prose' + (', “Concrit and comments are love!”' if i else ''),
         magazine_page('entry', [e], J, 'puddlejumper pilot', urls[i], 2007),
         [story(urls[i], J, J, f, part(i + 1, 2), bodies[i], exclude=[tail_txt[i], coms[i]] + (['Concrit and comments are love!'] if i else []))], stitched=(urls, bodies))
SERIES.append(('tidewater', 'Tidewater', '2', 'LJ 2007, S2 Magazine: “Continued in Part Two.” / “Back to Part One.” after the prose.'))
