"""Posts of tests/heldout12 and their truth: the multi-part stories. All prose, names, journals and titles are invented
for this corpus (fandom names are labels; the canons are original fiction). Renderers: mag.py (this corpus's: LJ S2
Magazine, the sites' login pages), tests/heldout5's s1.py (S1 talkread.bml), tests/heldout2's layouts.py (DW core2, LJ
?format=light, the Wayback wrapper)."""
import re

from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_cut_link, dw_page, dw_user, esc, lj_user_old, wayback, wb
from mag import dw_login_page, magazine_page
from s1 import talkread_page


def cp(h):
    return f'<p style="text-align: center;">{h}</p>'


def txt(h):
    return re.sub('<[^>]+>', '', h).replace('&laquo;', '«').replace('&raquo;', '»').replace('&larr;', '←').replace('&rarr;', '→').replace('&amp;', '&')


# ======================================================================= A. The Ferry Songs (LJ 2007, S2 Magazine): three parts
# each titled differently, the number only in brackets ("TITLE :: Low Water (2/3)"); an early-2000s header in <center><font>
# with "LABEL ::" capitals; the part links in ?style=mine / #cutid1 / ?format=light forms; part 2 also as a 2022 Wayback
# copy; part 3 on the recent page behind a cut whose text is "Fic: Landfall (3/3) (PG)" with the header INSIDE the cut.
TW = 'http://tidewrack-tales.livejournal.com/'
fs_urls = [TW + '4410.html', TW + '4702.html', TW + '4961.html']
fs_titles = ['The Crossing', 'Low Water', 'Landfall']
fs_prose = [
    ['The ferry at Askby went across four times a day, if the weather allowed, and the weather mostly did not. Wenna had waited two days at the inn with her box and her letter of introduction before the ferryman agreed to take her.',
     'He was a silent man with a face like a walnut. He took her fare, looked at her box, looked at the sky, and said they would go now or not at all.',
     'Halfway over, the fog came down like a lid on a pot, and the far shore vanished, and so did the near one.'],
    ['They drifted. The ferryman shipped his oars and sat listening, his head on one side, the way Wenna’s mother used to listen for the kettle.',
     '“Tide’s turning,” he said at last. “We’ll go where it takes us.” Wenna asked where that would be, and he shrugged, and said it had never taken him anywhere he did not want to go.',
     'When the fog thinned there was a sandbar under them, wet and shining, and the water was so low the ferry sat on it like a duck on a nest.'],
    ['They walked the last half mile, the ferryman carrying her box on his shoulder, the sand ribbed and cold under their bare feet.',
     'On the far shore the school she had come to teach at turned out to be a single room with nine children and a stove that smoked. The children stared at her. She stared back.',
     'The ferryman set her box down on the step. “Four times a day,” he said, “if the weather allows,” and for the first time she understood that this was an offer, and she said she would remember it.'],
]
fs_bodies = [body(f'ferrysongs-{i + 1}', p) for i, p in enumerate(fs_prose)]
fs_words = ['~110 words (this part)', '~100 words (this part)', '~105 words (this part)']
FS_SUM = 'A teacher, a ferry, a fog, and the long way round.'
fs_entries = []
for i in range(3):
    rows = [('TITLE', f'{fs_titles[i]} ({i + 1}/3)'), ('AUTHOR', 'tidewrack_tales'), ('CHARACTERS', 'Wenna, the ferryman'), ('RATING', 'PG'), ('LENGTH', fs_words[i])]
    f = fields(title=f'{fs_titles[i]} ({i + 1}/3)', author='tidewrack_tales', characters='Wenna, the ferryman', rating='PG', wordCount=fs_words[i])
    if i == 0:
        rows.append(('SUMMARY', FS_SUM))
        f['summary'] = FS_SUM
    head = '<center><font face="Georgia, serif" size="2">' + hdr(rows, '<b>{L} ::</b> {V}', '<br>\n') + '</font></center><br>\n'
    nav = [
        f'<a href="{fs_urls[1]}?style=mine">{fs_titles[1]} (2/3) &raquo;</a>',
        f'&laquo; <a href="{fs_urls[0]}">{fs_titles[0]}</a> | <a href="{fs_urls[2]}#cutid1">{fs_titles[2]}</a> &raquo;',
        f'&laquo; <a href="{fs_urls[1]}?format=light">{fs_titles[1]}</a> | the end',
    ][i]
    anchor = '<a name="cutid1"></a>' if i == 2 else ''
    html = anchor + head + ph(fs_prose[i]) + '\n' + cp(nav)
    e = {'url': fs_urls[i], 'journal': 'tidewrack_tales', 'poster': 'tidewrack_tales', 'subject': f'Fic: {fs_titles[i]} ({i + 1}/3)',
         'date': (2007, 3, 4 + 6 * i, ['21:14', '22:40', '20:05'][i]), 'tags': ['fic', 'ferry songs'], 'html': html,
         'currents': [('Mood', ['hopeful', 'foggy', 'content'][i])],
         'comments': [('askby_inn', ['Like a lid on a pot! Yes.', 'A duck on a nest :D', 'If the weather allows. Oh, I like him.'][i], ''),
                      ('tidewrack_tales', 'Thank you for reading!', 'Re: ' if i == 1 else '')]}
    fs_entries.append(e)
    ex = [txt(nav), e['comments'][0][1], 'TITLE ::', 'Thank you for reading!']
    page(f'lj-magazine-2007-titled-parts-ferrysongs-{i + 1}', f'lj-2007-tidewrack_tales-{fs_urls[i].split("/")[-1]}', fs_urls[i], 'livejournal', 'story', 2007,
         ['s2-magazine', 'titled-parts', 'caps-double-colon-labels', 'center-font-header'],
         f'“Fic: {fs_titles[i]} ({i + 1}/3)” (LJ S2 Magazine entry page): each part TITLED DIFFERENTLY, the number only in brackets in the title line; '
         '`<center><font>` header of “TITLE ::”-style capital labels with `<br>`, “LENGTH :: ~110 words (this part)”; link after the prose '
         + ['to part 2 with `?style=mine`', 'to part 1 and to part 3’s `#cutid1`', 'to part 2 with `?format=light`, “the end”'][i],
         magazine_page('entry', [e], 'tidewrack_tales', 'tidewrack tales', fs_urls[i], 2007),
         [story(fs_urls[i], 'tidewrack_tales', 'tidewrack_tales', f, part(i + 1, 3), fs_bodies[i], exclude=ex)], stitched=(fs_urls, fs_bodies))
# the 2022 Wayback copy of part 2 (absolute /web/ links)
e = dict(fs_entries[1])
TS = '20220514083011'
fw = wb(TS, fs_urls[1], absolute=True)
f = fields(title=f'{fs_titles[1]} (2/3)', author='tidewrack_tales', characters='Wenna, the ferryman', rating='PG', wordCount=fs_words[1])
page('wayback-2022-lj-magazine-titled-parts-ferrysongs-2', f'wayback-2022-tidewrack_tales-4702.html', fw, 'wayback', 'story', 2007,
     ['wayback-2022', 's2-magazine', 'titled-parts'],
     'Wayback copy captured 2022 of “Fic: Low Water (2/3)” (LJ S2 Magazine): every link rewritten to absolute `https://web.archive.org/web/TS/…` addresses, the part links among them',
     wayback(magazine_page('entry', [e], 'tidewrack_tales', 'tidewrack tales', fs_urls[1], 2007), TS, fs_urls[1], absolute=True),
     [story(fs_urls[1], 'tidewrack_tales', 'tidewrack_tales', f, part(2, 3), fs_bodies[1], exclude=[e['comments'][0][1], 'TITLE ::'])], stitched=(fs_urls, fs_bodies))
# the recent page: part 3 behind a cut whose text names the fic; the header is INSIDE the cut
e3 = dict(fs_entries[2])
e3['index_html'] = f'<b>( <a href="{fs_urls[2]}#cutid1">Fic: Landfall (3/3) (PG)</a> )</b>'
pers = {'url': TW + '4873.html', 'journal': 'tidewrack_tales', 'poster': 'tidewrack_tales', 'subject': 'the great bookshelf collapse',
        'date': (2007, 3, 14, '08:12'), 'tags': ['life'], 'ncomments': 4,
        'html': ph(['The bookshelf in the hall gave up at three in the morning. I thought it was burglars. It was the entire collected works of a Victorian novelist my aunt left me, who has now had the last word.',
                    'New shelf on Saturday. Real wood this time. Suggestions for where to put two hundredweight of Victorian novelist in the meantime are welcome.'])}
page('lj-magazine-2007-recent-cut-text-names-fic-ferrysongs', 'lj-2007-tidewrack_tales-recent.html', TW, 'livejournal', 'index', 2007,
     ['s2-magazine', 'recent-page', 'header-inside-cut', 'cut-text-names-fic'],
     'The writer’s recent page (LJ S2 Magazine): “Fic: Landfall (3/3)” whose whole text, header included, is behind an lj-cut reading “Fic: Landfall (3/3) (PG)” (linking `#cutid1`), then a personal post about a bookshelf',
     magazine_page('recent', [e3, pers], 'tidewrack_tales', 'tidewrack tales', TW, 2007),
     [story(fs_urls[2], 'tidewrack_tales', 'tidewrack_tales', fields(title='Landfall'), part(3, 3), body('ferrysongs-3-recent-teaser', []), complete=False)])
SERIES.append(('ferrysongs', 'The Ferry Songs (The Crossing / Low Water / Landfall)', '3 + a 2022 Wayback copy + a recent page',
               'LJ 2007, S2 Magazine; each part titled differently, “(N/3)” only in the title; links in `?style=mine`, `#cutid1`, `?format=light` forms.'))

# ======================================================================= B. Orchard Ladder (DW 2012, core2 Bannering): three parts,
# the MIDDLE part access-locked (the site's login page at its URL); "Part 1 (of 3)"; "Word Count: 640 (this part)".
QL = 'https://quince-and-ladder.dreamwidth.org/'
ol_urls = [QL + '12033.html', QL + '12290.html', QL + '12544.html']
ol_prose = [
    ['The ladder had belonged to Agathe’s father, and his father, and it was the only ladder in the valley long enough to reach the top of the old pear trees by the mill.',
     'So when the pears came ripe everyone came to borrow it, and Agathe, who was seventeen and had opinions, began to charge.',
     'A basket of pears for a morning. Two for a day. The miller said it was robbery and paid anyway.',
     'Her mother said nothing about it, which with her mother meant a great deal, and her father, who had never charged anyone for anything, laughed until he had to sit down on the woodpile.'],
    None,
    ['By the end of the season Agathe had a cellar full of pears and no idea what to do with them, which was when the miller’s son came up the lane with a copper pan and an idea.',
     'They made pear butter all through October, the two of them, stirring in turns, the kitchen sweet and steaming and full of wasps.',
     'The pear butter sold at the Martinmas fair in little stone jars with her name on the lids, and the miller bought three and said it was robbery, and she told him he had said that before.',
     'In the spring she lent him the ladder for nothing. Her mother noticed, and said nothing, and smiled into the washing.'],
]
ol_bodies = [body('orchardladder-1', ol_prose[0]), None, body('orchardladder-3', ol_prose[2])]
OL_SUM = 'The only long ladder in the valley, and the girl who owns it.'
for i in (0, 2):
    words = ['640 (this part)', '', '702 (this part)'][i]
    rows = [('Title', 'Orchard Ladder'), ('Author', (dw_user('quince_and_ladder'), 'quince_and_ladder')), ('Fandom', 'Original'), ('Rating', 'G'), ('Word Count', words)]
    f = fields(title='Orchard Ladder', author='quince_and_ladder', fandom='Original', rating='G', wordCount=words)
    if i == 0:
        rows.append(('Summary', OL_SUM))
        f['summary'] = OL_SUM
        nav = f'<a href="{ol_urls[1]}">Part 2 (of 3) &raquo;</a><br /><small>(part 2 is flocked for now, sorry: it has a real person’s recipe in it)</small>'
    else:
        nav = f'&laquo; <a href="{ol_urls[1]}">Part 2 (of 3)</a> | <a href="{ol_urls[0]}">Part 1</a>'
    html = hdr(rows, '<strong>{L}:</strong> {V}') + '<br /><br />\n' + ph(ol_prose[i]) + '\n' + cp(nav)
    e = {'url': ol_urls[i], 'journal': 'quince_and_ladder', 'poster': 'quince_and_ladder', 'subject': f'Orchard Ladder, Part {i + 1} (of 3)',
         'date': (2012, 10, 2 + 5 * i, '19:4' + str(i)), 'tags': ['fic', 'orchard ladder'], 'html': html, 'ncomments': 1,
         'comments': [('mill_lane', ['Opinions! I love her.', 'Smiled into the washing. Perfect.'][i // 2])]}
    page(f'dw-bannering-2012-middle-part-locked-orchardladder-{i + 1}', f'dw-2012-quince_and_ladder-{ol_urls[i].split("/")[-1]}', ol_urls[i], 'dreamwidth', 'story', 2012,
         ['dw-core2-style', 'middle-part-locked', 'part-of-total-in-brackets', 'word-count-this-part'],
         f'Orchard Ladder, Part {i + 1} (of 3) (DW core2 Bannering): “Part N (of 3)” in the subject, “Word Count: NNN (this part)”; '
         + ('links part 2, which is ACCESS-LOCKED (the login page at its URL): the story can only be read with a part missing' if i == 0 else 'links back to the locked part 2 and to part 1'),
         dw_page('entry', [e], 'quince_and_ladder', 'quince & ladder', 'Bannering', ol_urls[i], f'quince & ladder: Orchard Ladder, Part {i + 1} (of 3)', year=2012),
         [story(ol_urls[i], 'quince_and_ladder', 'quince_and_ladder', f, part(i + 1, 3), ol_bodies[i], exclude=[txt(nav.split('<br />')[0]), e['comments'][0][1]])],
         stitched=(ol_urls, ol_bodies))
    # Every part in order, the locked one included, and why it cannot be read (tests/fixtures/README.md `missing`).
    PAGES[-1]['stitched']['missing'] = [{'url': ol_urls[1], 'reason': 'login'}]
page('dw-2012-login-page-locked-part-orchardladder-2', 'dw-2012-quince_and_ladder-12290-login.html', ol_urls[1], 'dreamwidth', 'interstitial', 2012,
     ['dw-login-page', 'middle-part-locked'],
     'What Dreamwidth serves at Orchard Ladder part 2’s URL to a reader not logged in: “Login Required — You must be logged in to view this protected entry.” and the login form: no story',
     dw_login_page(ol_urls[1]), [])
SERIES.append(('orchardladder', 'Orchard Ladder', '2 (+ the login page at part 2’s URL)', 'DW 2012, core2 Bannering; part 2 access-locked (the login page at its URL): parts 1, 2 (missing: login) and 3 in order; part 1 links only part 2.'))

# ======================================================================= C. Hedge Letters (InsaneJournal 2005, S1 talkread.bml):
# three parts, the MIDDLE part DELETED (its URL answers 404); "Part 3 (of 3)"; a <font size=1> header.
IJ = 'http://hawthorn-post.insanejournal.com/'
hl_urls = [IJ + '3108.html', IJ + '3377.html', IJ + '3519.html']
hl_prose = [
    ['The first letter was in the hawthorn hedge at the bottom of the lane, folded small and pushed in among the thorns where only someone looking for it would find it.',
     'Dear whoever, it said. I am nine and I live at the farm with the blue gate. Nobody writes to me. Will you?',
     'Mags was forty-one and worked nights at the bakery, and she walked that lane at five every morning, and she had not written a letter since school. She took it home and thought about it for a week.',
     'In the end she wrote about the bakery: the ovens that had names, the cat that slept on the flour sacks, the man who came at six every day for one roll and paid in pennies. She signed it Whoever, and pushed it into the thorns, and felt foolish all the way home.'],
    None,
    ['The last letter was not in the hedge. It came through the bakery door in the hand of a girl of eleven with a blue ribbon and a suspicious expression.',
     '“You’re whoever,” the girl said. It was not a question. Mags admitted that she was.',
     'She had a bundle of letters in her other hand, tied with string, two years of them, every one signed Whoever, and she held them up as evidence.',
     'They stood there in the warm bread smell, neither knowing what came next, and then Mags gave her a bun, which turned out to be the right thing.'],
]
hl_bodies = [body('hedgeletters-1', hl_prose[0]), None, body('hedgeletters-3', hl_prose[2])]
for i in (0, 2):
    rows = [('Title', 'Hedge Letters'), ('Author', 'hawthorn_post'), ('Rating', 'G'), ('Words', ['210', '', '190'][i])]
    f = fields(title='Hedge Letters', author='hawthorn_post', rating='G', wordCount=['210', '', '190'][i])
    if i == 0:
        rows.append(('Notes', 'For the letters challenge at the_postbag. Three parts, all written, posting one a week.'))
        f['notes'] = 'For the letters challenge at the_postbag. Three parts, all written, posting one a week.'
        nav = f'Next: <a href="{hl_urls[1]}">Part 2</a>'
    else:
        nav = f'Previous: <a href="{hl_urls[1]}">Part 2</a> | First: <a href="{hl_urls[0]}">Part 1</a>'
    html = '<font size="1">' + hdr(rows, '<b>{L}</b>: {V}', '<br>\n') + '</font><br><br>\n' + '<br><br>\n'.join(esc(p) for p in hl_prose[i]) + f'<br><br>\n<center>{nav}</center>'
    e = {'url': hl_urls[i], 'journal': 'hawthorn_post', 'poster': 'hawthorn_post', 'subject': f'Hedge Letters - Part {i + 1} (of 3)',
         'date': (2005, 5, 3 + 7 * i, '23:0' + str(i)), 'currents': [('Mood', 'nostalgic')], 'html': html}
    page(f'ij-s1talkread-2005-middle-part-deleted-hedgeletters-{i + 1}', f'ij-2005-hawthorn_post-{hl_urls[i].split("/")[-1]}', hl_urls[i], 'insanejournal', 'story', 2005,
         ['s1-talkread', 'insanejournal', 'middle-part-deleted', 'part-of-total-in-brackets', 'font-size-header'],
         f'Hedge Letters - Part {i + 1} (of 3) (an InsaneJournal S1 journal’s entry page, talkread.bml): a `<font size="1">` header with `<br>`; '
         + ('“Next: Part 2” links the middle part, which was DELETED (its URL answers 404)' if i == 0 else '“Previous: Part 2 | First: Part 1”: part 2 is deleted (404)'),
         talkread_page(e, site='insanejournal', year=2005),
         [story(hl_urls[i], 'hawthorn_post', 'hawthorn_post', f, part(i + 1, 3), hl_bodies[i], exclude=[txt(nav)])],
         stitched=(hl_urls, hl_bodies))
    PAGES[-1]['stitched']['missing'] = [{'url': hl_urls[1], 'reason': 'not-found'}]

SERIES.append(('hedgeletters', 'Hedge Letters', '2', 'InsaneJournal 2005, S1 talkread.bml; part 2 deleted (404): parts 1, 2 (missing: not-found) and 3 in order; part 1 links only part 2.'))

# ======================================================================= D. Lamplit (InsaneJournal 2011, S2 Magazine): part 1 posted
# in the community lamplit_fic, parts 2 and 3 on the writer's journal; German labels incl. "Wörter: 150 (dieser Teil)".
LC = 'http://community.insanejournal.com/lamplit_fic/'
WT = 'http://wick-and-tallow.insanejournal.com/'
la_urls = [LC + '20411.html', WT + '7720.html', WT + '7981.html']
la_prose = [
    ['Der Laternenanzünder kam jeden Abend um sechs, und jeden Abend stand Hanne am Fenster und zählte die Laternen, die er anzündete: elf in der Gasse, drei auf dem Platz.',
     'An dem Abend, als er nicht kam, blieb die Gasse dunkel. Die Nachbarn standen in den Türen und sahen einander an.',
     'Hanne nahm die Leiter aus dem Hof und die Streichhölzer aus der Küche und ging hinaus.'],
    ['Die erste Laterne war schwer. Das Glas klemmte, und der Docht wollte nicht brennen, und unten stand der Bäckerjunge und gab gute Ratschläge.',
     'Bei der vierten hatte sie den Dreh heraus. Bei der siebten lachte sie. Bei der elften war der ganze Platz auf den Beinen und sah ihr zu.',
     'Dann fiel ihr ein, dass sie nicht wusste, warum der Laternenanzünder nicht gekommen war.'],
    ['Er saß zu Hause mit einem verstauchten Knöchel und einer Wärmflasche und war sehr schlecht gelaunt.',
     '„Elf in der Gasse“, sagte Hanne, „drei auf dem Platz. Alle brennen.“ Er sah sie lange an und sagte dann, dass die dritte auf dem Platz immer rußt.',
     'Am nächsten Abend putzte sie die dritte Laterne auf dem Platz. Am übernächsten auch. Im Frühjahr bekam sie die Leiter.'],
]
la_bodies = [body(f'lamplit-{i + 1}', p) for i, p in enumerate(la_prose)]
LA_SUM = 'Als der Laternenanzünder nicht kommt, nimmt Hanne die Leiter.'
for i in range(3):
    w = ['150 (dieser Teil)', '140 (dieser Teil)', '145 (dieser Teil)'][i]
    rows = [('Titel', 'Lamplit'), ('Autorin', 'wick_and_tallow'), ('Fandom', 'Original'), ('Charaktere', 'Hanne, der Laternenanzünder'), ('Rating', 'ab 6'),
            ('Warnungen', 'keine'), ('Teil', f'{i + 1}/3'), ('Wörter', w)]
    f = fields(title='Lamplit', author='wick_and_tallow', fandom='Original', characters='Hanne, der Laternenanzünder', rating='ab 6', warnings='keine', wordCount=w)
    if i == 0:
        rows.append(('Zusammenfassung', LA_SUM))
        f['summary'] = LA_SUM
    nav = [f'Teil 2 und 3 stehen in meinem Journal: <a href="{la_urls[1]}">Teil 2</a>',
           f'&laquo; <a href="{la_urls[0]}">Teil 1 (bei lamplit_fic)</a> | <a href="{la_urls[2]}">Teil 3</a> &raquo;',
           f'&laquo; <a href="{la_urls[1]}">Teil 2</a> | Ende'][i]
    html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(la_prose[i]) + '\n' + cp(nav)
    comm = i == 0
    e = {'url': la_urls[i], 'journal': 'lamplit_fic' if comm else 'wick_and_tallow', 'poster': 'wick_and_tallow', 'subject': f'Lamplit (Teil {i + 1}/3)',
         'date': (2011, 11, 12 + 2 * i, '17:5' + str(i)), 'tags': ['fic', 'lamplit'] if not comm else ['autorin: wick_and_tallow', 'original'],
         'site': 'insanejournal.com', 'html': html, 'community': comm,
         'comments': [('gassenkind', ['Elf in der Gasse!', 'Der Bäckerjunge mit den Ratschlägen :D', 'Die dritte rußt immer. Herrlich.'][i], '')]}
    if not comm:
        e['jbase'] = WT
    else:
        e['jbase'] = LC
    page(f'ij-magazine-2011-community-then-journal-lamplit-{i + 1}', f'ij-2011-{"lamplit_fic" if comm else "wick_and_tallow"}-{la_urls[i].split("/")[-1]}', la_urls[i], 'insanejournal', 'story', 2011,
         ['s2-magazine', 'insanejournal', 'community-then-journal', 'german-labels', 'word-count-this-part'],
         f'Lamplit (Teil {i + 1}/3) (InsaneJournal, S2 Magazine): German labels Titel / Autorin / Charaktere / Warnungen / Teil / Wörter “150 (dieser Teil)” / Zusammenfassung; '
         + ['posted in the COMMUNITY lamplit_fic (“poster” in the picture box); “Teil 2 und 3 stehen in meinem Journal: Teil 2” links the writer’s journal',
            'on the writer’s JOURNAL; links back to part 1 in the community and on to part 3', 'on the writer’s journal; “« Teil 2 | Ende”'][i],
         magazine_page('entry', [e], 'lamplit_fic' if comm else 'wick_and_tallow', 'lamplit' if comm else 'wick & tallow', la_urls[i], 2011, kind='C' if comm else 'P', site='insanejournal.com'),
         [story(la_urls[i], 'wick_and_tallow', 'lamplit_fic' if comm else 'wick_and_tallow', f, part(i + 1, 3), la_bodies[i], exclude=[txt(nav), e['comments'][0][1], 'Teil:'])],
         stitched=(la_urls, la_bodies))
SERIES.append(('lamplit', 'Lamplit', '3', 'InsaneJournal 2011, S2 Magazine; part 1 in the community lamplit_fic, parts 2 and 3 on the writer’s journal; German labels.'))

# ======================================================================= E. Glasshouse (DW 2016, core2 Crisped): three parts whose
# ONLY forward link is the WRITER'S OWN COMMENT on each part ("Part 2 is up: here"); the backward links after the prose; part 3
# also on the recent page behind a cut whose text is "Fic: Glasshouse (PG-13)", the header inside the cut.
GG = 'https://glasshouse-gale.dreamwidth.org/'
gh_urls = [GG + '30552.html', GG + '30871.html', GG + '31190.html']
gh_prose = [
    ['The glasshouse at Pell had four hundred and twelve panes, and Ottilie had been hired to keep every one of them whole through the winter.',
     'It was not a hard job until the storm. The storm came in off the estuary on the first night of December and took out thirty-one panes before midnight, and Ottilie stood among the orange trees with a lantern and listened to them go.',
     'By morning the frost had found the gaps.'],
    ['She saved what she could. The lemons she dragged into the boiler room in their tubs. The orchids she wrapped in her own blankets and carried to the kitchen one at a time.',
     'The old vine on the back wall she could not move, so she sat up with it, feeding the stove, three nights running, until the glazier came from town with a cart of new glass.',
     'He looked at the vine, and at her, and said he had never seen anyone sit up with a plant before. She said it was older than both of them.'],
    ['The vine lived. It sulked through the spring and put out no leaves at all until May, and then it put out too many.',
     'The owner came down from London in August and walked through the glasshouse with his hands behind his back. He stopped by the vine, and ate a grape, and asked who had kept it alive.',
     'Ottilie said the glazier had helped. The glazier, who was mending a pane by the door, said nothing, and went red to the ears.'],
]
gh_bodies = [body(f'glasshouse-{i + 1}', p) for i, p in enumerate(gh_prose)]
GH_SUM = 'A winter storm, a glasshouse, and a vine older than anyone.'
gh_entries = []
for i in range(3):
    rows = [('Title', 'Glasshouse'), ('Rating', 'PG-13'), ('Characters', 'Ottilie, the glazier'), ('Spoilers', 'none'), ('Length', '~400 words in all'), ('Part', f'{i + 1}/3')]
    f = fields(title='Glasshouse', rating='PG-13', characters='Ottilie, the glazier', spoilers='none', wordCount='~400 words in all')
    if i == 0:
        rows.append(('Summary', GH_SUM))
        f['summary'] = GH_SUM
    head = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n'
    back = '' if i == 0 else cp(f'&laquo; <a href="{gh_urls[i - 1]}">part {i}</a>')
    html = head + ph(gh_prose[i]) + ('\n' + back if back else '')
    own = [f'Part 2 is up: <a href="{gh_urls[1]}">here</a>!', f'Part 3 (the last): <a href="{gh_urls[2]}">here</a>.', 'And that’s the end. Thank you all for reading!'][i]
    e = {'url': gh_urls[i], 'journal': 'glasshouse_gale', 'poster': 'glasshouse_gale', 'subject': f'Glasshouse [{i + 1}/3]',
         'date': (2016, 1, 9 + 3 * i, '20:2' + str(i)), 'tags': ['fic', 'glasshouse'], 'html': html, 'ncomments': 2,
         'comments': [('pell_estuary', ['Four hundred and twelve panes! The frost found the gaps. Nooo.', 'She sat up with a PLANT.', 'Red to the ears, I am deceased.'][i]),
                      ('glasshouse_gale', own)]}
    gh_entries.append(e)
    ex = [e['comments'][0][1], txt(own)] + ([txt(back)] if back else [])
    page(f'dw-crisped-2016-next-link-in-own-comment-glasshouse-{i + 1}', f'dw-2016-glasshouse_gale-{gh_urls[i].split("/")[-1]}', gh_urls[i], 'dreamwidth', 'story', 2016,
         ['dw-core2-style', 'next-link-in-own-comment', 'characters-spoilers-length-labels'],
         f'Glasshouse [{i + 1}/3] (DW core2 Crisped): Characters / Spoilers / “Length: ~400 words in all” / Part labels; '
         + ['NO link in the post: the ONLY link to part 2 is the WRITER’S OWN COMMENT on it, “Part 2 is up: here!”', '“« part 1” after the prose; part 3 linked only in the writer’s own comment “Part 3 (the last): here.”', '“« part 2” after the prose; the writer’s comment “And that’s the end.”'][i],
         dw_page('entry', [e], 'glasshouse_gale', 'glass & gale', 'Crisped', gh_urls[i], f'glass & gale: Glasshouse [{i + 1}/3]', year=2016),
         [story(gh_urls[i], 'glasshouse_gale', 'glasshouse_gale', f, part(i + 1, 3), gh_bodies[i], exclude=ex)], stitched=(gh_urls, gh_bodies))
e3 = dict(gh_entries[2])
e3['index_html'] = dw_cut_link(gh_urls[2], 1, 'Fic: Glasshouse (PG-13)')
e3['html'] = '<a name="cutid1"></a>' + e3['html']
icons = {'url': GG + '31004.html', 'journal': 'glasshouse_gale', 'poster': 'glasshouse_gale', 'subject': 'icons: winter greenhouses',
         'date': (2016, 1, 13, '09:30'), 'tags': ['icons'], 'ncomments': 6,
         'html': '<p><b>Fandom:</b> Original photography (my own)<br /><b>Count:</b> 12<br /><b>Credits:</b> not needed, but nice</p>\n'
                 + ''.join(f'<img src="https://glasshouse-gale.dreamwidth.org/file/{700 + k}.png" width="100" height="100" alt="icon {k}" /> ' for k in range(1, 7))
                 + '\n<p>Photos from the old greenhouse at the botanical gardens before they pulled it down. Comment if you take any!</p>'}
page('dw-crisped-2016-recent-cut-text-names-fic-icons-glasshouse', 'dw-2016-glasshouse_gale-recent.html', GG, 'dreamwidth', 'index', 2016,
     ['dw-core2-style', 'recent-page', 'header-inside-cut', 'cut-text-names-fic', 'icon-post'],
     'The writer’s recent page (DW core2 Crisped): “Glasshouse [3/3]” whose whole text, header included, is behind a cut reading “Fic: Glasshouse (PG-13)”, then an ICON post with a Fandom / Count / Credits block (not a story)',
     dw_page('recent', [e3, icons], 'glasshouse_gale', 'glass & gale', 'Crisped', GG, 'glass & gale', year=2016),
     [story(gh_urls[2], 'glasshouse_gale', 'glasshouse_gale', fields(title='Glasshouse'), part(3, 3), body('glasshouse-3-recent-teaser', []), complete=False)])
SERIES.append(('glasshouse', 'Glasshouse', '3 + a recent page', 'DW 2016, core2 Crisped; the only forward link of each part is the writer’s own comment on it; “« part N” after the prose.'))

# ======================================================================= F. Salt Road (JournalFen 2009, S2 Magazine): two parts,
# "Part 1 (of 2)"; the links in ?format=light and ?thread=N#tN forms; "Word Count: 2,100 (this part)"-style counts.
JF = 'http://www.journalfen.net/users/sel_and_road/'
sr_urls = [JF + '1188.html', JF + '1342.html']
sr_prose = [
    ['Every spring the salt carts went up the Ridgeway to the hill towns, forty carts in a line, and every spring Tam begged to go and every spring his uncle said next year.',
     'The year he was fourteen his uncle broke his wrist in March, and there was nobody else to drive the last cart, and so Tam went.',
     'The first night they camped at the Long Barrow, and the carters told stories about it that he did not believe and did not sleep for anyway.'],
    ['On the fifth day the road went up into the cloud and did not come down for two days. Tam walked at the mule’s head with one hand on the bridle, and the cart in front was a grey shape, and then a sound, and then nothing.',
     'When the cloud lifted he was alone on a hillside with the mule and a cart of salt and no road at all.',
     'He found the hill town on his own, two days late, by following the sheep, who knew the way and were not impressed by him. His uncle, when he heard, said that next year Tam could drive the first cart.'],
]
sr_bodies = [body(f'saltroad-{i + 1}', p) for i, p in enumerate(sr_prose)]
for i in range(2):
    w = ['1,050 (this part)', '1,120 (this part)'][i]
    rows = [('Title', 'Salt Road'), ('Author', 'sel_and_road'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word Count', w)]
    f = fields(title='Salt Road', author='sel_and_road', fandom='Original', rating='G', wordCount=w)
    nav = [f'<a href="{sr_urls[1]}?format=light">Part 2 (of 2) &rarr;</a>', f'&larr; <a href="{sr_urls[0]}?thread=5940#t5940">Part 1 (of 2)</a>'][i]
    html = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(sr_prose[i]) + '\n' + cp(nav)
    e = {'url': sr_urls[i], 'journal': 'sel_and_road', 'poster': 'sel_and_road', 'subject': f'Salt Road, Part {i + 1} (of 2)',
         'date': (2009, 6, 20 + i, '21:1' + str(i)), 'tags': ['fic'], 'site': 'journalfen.net', 'jbase': 'http://www.journalfen.net/users/sel_and_road/', 'html': html,
         'comments': [('long_barrow', ['I would not have slept either.', 'Following the sheep! Who were not impressed!'][i], '', 5940 if i == 0 else 6211)]}
    page(f'jf-magazine-2009-thread-light-link-forms-saltroad-{i + 1}', f'jf-2009-sel_and_road-{sr_urls[i].split("/")[-1]}', sr_urls[i], 'journalfen', 'story', 2009,
         ['s2-magazine', 'journalfen', 'link-forms', 'part-of-total-in-brackets', 'word-count-this-part'],
         f'Salt Road, Part {i + 1} (of 2) (JournalFen, S2 Magazine, /users/NAME/): “Word Count: 1,050 (this part)”; the link to the other part '
         + ['with `?format=light`', 'with `?thread=5940#t5940` (a comment thread’s address on part 1)'][i],
         magazine_page('entry', [e], 'sel_and_road', 'salt & road', sr_urls[i], 2009, site='journalfen.net'),
         [story(sr_urls[i], 'sel_and_road', 'sel_and_road', f, part(i + 1, 2), sr_bodies[i], exclude=[txt(nav), e['comments'][0][1]])], stitched=(sr_urls, sr_bodies))
SERIES.append(('saltroad', 'Salt Road', '2', 'JournalFen 2009, S2 Magazine; “Part N (of 2)”; the links in `?format=light` and `?thread=N#tN` forms.'))
