"""Hand-written post content for tests/heldout2 and the truth that goes with it. All prose, names, journals and
titles are invented for this corpus (fandom names are labels; canons are public-domain works or original)."""
from layouts import (aentry_page, dw_cut_link, dw_page, dw_user, esc, gen_page, gen_user, lj_user_new, singlepost_page, wayback)

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401  (posts2-4 import them from here)


# ======================================================================= A. The Tollkeeper's Daughter (LJ aentry 2018, prev/next only)

TK = 'https://brackenhollow.livejournal.com/'
tk_urls = [TK + '20417.html', TK + '20733.html', TK + '21032.html']
tk_prose = [
    ['The toll-house stood where the moor road met the river, and for forty years nobody had crossed the bridge without paying Amos Wray a penny and hearing his opinion of the weather.',
     'When Amos died in the hard February, the parish assumed the gate would go to his nephew in Halsey. The nephew assumed so too. Nobody asked Ruth, who had kept the ledger since she was nine and could tell a drover’s lie from a tinker’s at a hundred yards.',
     'She was on the bridge with the lantern the night after the funeral when the first cart came through, and she held out her hand.',
     '“Penny,” she said.',
     'The carter laughed at her. Then he looked at her face, and paid.'],
    ['The nephew arrived in March with a bill of sale and a new hat.',
     'Ruth let him read the bill aloud on the step of the toll-house, all of it, the whereases and the heretofores, while the geese came down the lane behind him and a queue of traps built up on the far bank.',
     '“So you see,” he said, folding it, “the gate is mine.”',
     '“The gate is,” Ruth agreed. “The ledger isn’t. Forty years of who owes what, and who paid in eggs, and who the squire lets through free because of the business with his brother.” She patted her apron pocket. “You’ll want to learn all that. It took me eleven years.”',
     'The nephew looked at the queue. The queue looked at the nephew. Somebody’s goose bit him on the ankle.'],
    ['He lasted until Lady Day. Ruth gave him tea on his last morning and did not once say she had told him so, which she privately thought was the finest thing she had ever done.',
     'After he had gone she took down the board by the gate, the one that said TOLLS PAYABLE TO A. WRAY, and painted it over, and stood back to look.',
     'R. WRAY, it said now. The paint was still wet when the first carter of the day came over the rise, and he read it, and took off his cap to her, and paid without being asked.',
     'That evening she opened the ledger to a clean page and wrote the date at the top in her neatest hand. Then, underneath, because it was her book now: Fine weather. Wind from the west. Everybody paid.'],
]
tk_words = ['210', '190', '170']
tk_bodies = [body(f'original-tollkeeper-{i + 1}', tk_prose[i]) for i in range(3)]
tk_nav = [f'<p style="text-align:right"><a href="{tk_urls[1]}">next »</a></p>',
          f'<p style="text-align:center"><a href="{tk_urls[0]}">« prev</a> | <a href="{tk_urls[2]}">next »</a></p>',
          f'<p style="text-align:left"><a href="{tk_urls[1]}">« prev</a></p>']
for i in range(3):
    rows = [('Fandom', 'Original Fiction'), ('Rating', 'G'), ('Words', tk_words[i])]
    if i == 0:
        rows.append(('Summary', 'A toll-gate on the moor road, and the girl who kept its ledger.'))
    subj = f'The Tollkeeper’s Daughter ({i + 1}/3)'
    e = {'url': tk_urls[i], 'journal': 'brackenhollow', 'poster': 'brackenhollow', 'subject': subj, 'date': (2018, 5, 6 + 7 * i, '19:05'),
         'tags': ['original fiction', 'the tollkeeper’s daughter'],
         'html': hdr(rows) + '<br />\n<hr />\n' + ph(tk_prose[i]) + '\n' + tk_nav[i],
         'comments': [('sloe_and_damson', 'The goose! I love Ruth so much.')] if i == 1 else []}
    f = fields(title='The Tollkeeper’s Daughter', fandom='Original Fiction', rating='G', wordCount=tk_words[i])
    if i == 0:
        f['summary'] = 'A toll-gate on the moor road, and the girl who kept its ledger.'
    page(f'lj-aentry-2018-tollkeeper-{i + 1}of3', f'lj-2018-brackenhollow-{tk_urls[i][-10:-5]}.html', tk_urls[i], 'livejournal', 'story', 2018,
         ['part-marker', 'prev-next-only'],
         f'The Tollkeeper’s Daughter ({i + 1}/3) on a 2018 aentry page: no Title label (title from the subject “… ({i + 1}/3)”), `<b>` labels, an `<hr />` before `<p>` prose, a lone “{["next »", "« prev | next »", "« prev"][i]}” line after the prose (the only link between the parts)',
         aentry_page(e),
         [story(tk_urls[i], 'brackenhollow', 'brackenhollow', f, part(i + 1, 3), tk_bodies[i], exclude=[['next »'], ['« prev', 'next »'], ['« prev']][i] + ['Words:'])],
         (tk_urls, tk_bodies))
SERIES.append(('tollkeeper', 'The Tollkeeper’s Daughter', '3', 'LJ 2018 aentry, no masterpost, no Title label: subjects “The Tollkeeper’s Daughter (N/3)”; parts link each other only through “next »” / “« prev” lines after the prose.'))

# ======================================================================= B. Low Tide at Lyme (DW 2013, masterpost, decorated .:Label:. )

LY = 'https://cobb-and-shingle.dreamwidth.org/'
ly_urls = [LY + '3120.html', LY + '3378.html', LY + '3590.html', LY + '3842.html']
ly_master = LY + '4104.html'
ly_names = ['The Cobb', 'A Borrowed Shawl', 'Sea-Fret', 'The Second Letter']
ly_numw = ['One', 'Two', 'Three', 'Four']
ly_prose = [
    ['The wind came off the bay so hard that Anne had to hold her bonnet with both hands, and so she did not see Captain Wentworth turn at the end of the Cobb until he was already walking back towards her.',
     'Louisa was behind him, laughing, her hair half down. Henrietta was complaining about her shoes. The gulls were doing what gulls do at Lyme, which is shout.',
     '“Miss Elliot,” he said, and stopped, and seemed to have nothing whatever to add.',
     'Anne looked at the sea. It was grey and bright and restless and did not care in the least about either of them, and she found it a great comfort.'],
    ['Mrs Harville lent her the shawl the next morning, because the rain had come on and Anne had brought nothing sensible.',
     'It was a sailor’s shawl, blue and coarse, smelling of tar and lavender and, faintly, of pipe-smoke, and it had been knitted by somebody who had never once been taught to knit.',
     '“Harville’s mother,” said Mrs Harville. “Every winter she sends one, and every winter he wears it to the end of the garden to show willing.”',
     'Anne wore it to the window, and stood there a long while watching the boats, and did not hear Captain Wentworth come into the room behind her, nor see him stop in the doorway at the sight of her in it.'],
    ['By noon the fret had come in off the water, thick and white, and the whole town went quiet under it.',
     'They walked back from the shops in single file, Charles first, then Mary, then Anne; and somewhere on the hill Anne missed her footing on the wet cobbles and a hand caught her elbow and held it until she was steady.',
     'She knew whose hand it was before she turned. She had always known it. Eight years had not changed the weight of it at all.',
     '“Thank you,” she said to the fog.',
     '“You ought to be more careful,” said the fog, sounding not in the least like a man who meant it as a rebuke.'],
    ['The letter was on the table at the White Hart when she came down, addressed to nobody, folded once.',
     'She knew the hand. She sat down, because her knees had decided the matter for her, and read it through twice, and then a third time for the pleasure of the sentence in the middle that she could not yet bring herself to believe.',
     'Outside, the tide had gone out as far as it ever went at Lyme, and the whole bay lay bare and shining to the horizon, every rock and pool of it visible at once.',
     'Anne folded the letter and put it in her glove, and went out to find him.'],
]
ly_words = ['160', '150', '150', '130']
ly_bodies = [body(f'persuasion-lowtide-{i + 1}', ly_prose[i]) for i in range(4)]
DOTS = '<b>.:{L}:.</b> {V}'
for i in range(4):
    nav = []
    if i:
        nav.append(f'<a href="{ly_urls[i - 1]}">« Chapter {ly_numw[i - 1]}</a>')
    nav.append(f'<a href="{ly_master}">Contents</a>')
    if i < 3:
        nav.append(f'<a href="{ly_urls[i + 1]}">Chapter {ly_numw[i + 1]} »</a>')
    rows = [('Title', 'Low Tide at Lyme'), ('Chapter', f'{ly_numw[i]}: {ly_names[i]}'), ('Rating', 'PG'), ('Words', ly_words[i])]
    e = {'url': ly_urls[i], 'journal': 'cobb_and_shingle', 'poster': 'cobb_and_shingle', 'subject': f'Low Tide at Lyme — Chapter {ly_numw[i]} of Four',
         'date': (2013, 10, 3 + 4 * i, '21:40'), 'tags': ['fic: low tide at lyme', 'fandom: persuasion'], 'currents': [('Mood', 'windswept')] if i == 2 else [],
         'html': '<div style="text-align:center">' + hdr(rows, DOTS) + '</div>\n<p style="text-align:center">~</p>\n' + ph(ly_prose[i]) + '\n<p style="text-align:center">' + ' | '.join(nav) + '</p>',
         'ncomments': 3, 'comments': [('weymouth_sands', 'Oh, the shawl. <i>The shawl.</i>')] if i == 1 else []}
    f = fields(title='Low Tide at Lyme', rating='PG', wordCount=ly_words[i])
    page(f'dw-core2-2013-lowtide-ch{i + 1}', f'dw-2013-cobb_and_shingle-{ly_urls[i][-9:-5]}.html', ly_urls[i], 'dreamwidth', 'story', 2013,
         ['part-marker', 'decorated', 'chapter-to-masterpost'],
         f'Low Tide at Lyme, chapter {i + 1} (DW core2 Bannering, 2013): subject “… — Chapter {ly_numw[i]} of Four” (number words), a centred header with `.:Label:.` decorations incl. an unlisted `.:Chapter:.` line, a centred “~” divider, footer “{" | ".join(x.split(">")[1].split("<")[0] for x in nav)}” with “Contents” = the masterpost',
         dw_page('entry', [e], 'cobb_and_shingle', 'cobb & shingle', 'Bannering', ly_urls[i], f'cobb_and_shingle: Low Tide at Lyme — Chapter {ly_numw[i]} of Four', year=2013),
         [story(ly_urls[i], 'cobb_and_shingle', 'cobb_and_shingle', f, part(i + 1, 4), ly_bodies[i], exclude=['Contents', '.:Chapter:.', ly_names[i] if i != 1 else 'A Borrowed Shawl'])],
         (ly_urls, ly_bodies))
ly_rel = ['https://tarred-twine.dreamwidth.org/977.html', 'https://cobb-and-shingle.dreamwidth.org/4177.html', 'https://archiveofourown.org/works/11204417',
          'https://cobb-and-shingle.dreamwidth.org/2630.html', 'https://cobb-and-shingle.dreamwidth.org/tag/verse:+uppercross', 'https://cobb-and-shingle.dreamwidth.org/profile']
mp_rows = [('Title', 'Low Tide at Lyme'), ('Fandom', 'Persuasion - Jane Austen'), ('Pairing', 'Anne Elliot/Frederick Wentworth'), ('Rating', 'PG'), ('Length', '590 words in four short chapters'),
           ('Summary', 'Four days at Lyme, as the tide goes out.')]
mp_html = ('<div style="text-align:center">' + hdr(mp_rows, DOTS) + '</div>\n<p>Thank you to ' + dw_user('tarred_twine') + ' for the hand-holding, and for the art!</p>\n'
           '<p><b>.:Chapters:.</b></p>\n<ol>' + ''.join(f'<li><a href="{ly_urls[i]}">{ly_numw[i]}: {ly_names[i]}</a></li>' for i in range(4)) + '</ol>\n'
           f'<p><b>.:Extras:.</b><br />\n<a href="{ly_rel[0]}">art by tarred_twine</a> ✦ <a href="{ly_rel[1]}">podfic, read by me (with the cat)</a> ✦ <a href="{ly_rel[2]}">AO3 mirror</a> ✦ <a href="{ly_rel[3]}">recs post: Persuasion fic I love</a> ✦ <a href="{ly_rel[4]}">more of this verse</a> ✦ <a href="{ly_rel[5]}">about me</a></p>')
e = {'url': ly_master, 'journal': 'cobb_and_shingle', 'poster': 'cobb_and_shingle', 'subject': '[Persuasion] Low Tide at Lyme (masterpost)', 'date': (2013, 10, 20, '10:15'),
     'tags': ['fic: low tide at lyme', 'fandom: persuasion', 'masterpost'], 'html': mp_html, 'ncomments': 6}
page('dw-core2-2013-lowtide-masterpost', 'dw-2013-cobb_and_shingle-4104.html', ly_master, 'dreamwidth', 'masterpost', 2013, ['masterpost', 'decorated'],
     'Masterpost (DW core2 Bannering, 2013): `.:Label:.` header (Length “590 words in four short chapters”), a thank-you line with an ljuser, `.:Chapters:.` as an `<ol>` of “One: The Cobb” … (no Chapter/Part words), `.:Extras:.` with art (another journal), podfic and a recs post and a verse tag in the SAME journal, AO3 mirror and profile, separated by ✦',
     dw_page('entry', [e], 'cobb_and_shingle', 'cobb & shingle', 'Bannering', ly_master, 'cobb_and_shingle: [Persuasion] Low Tide at Lyme (masterpost)', year=2013),
     [story(ly_master, 'cobb_and_shingle', 'cobb_and_shingle',
            fields(title='Low Tide at Lyme', fandom='Persuasion - Jane Austen', pairing='Anne Elliot/Frederick Wentworth', rating='PG', wordCount='590 words in four short chapters',
                   summary='Four days at Lyme, as the tide goes out.'), None, complete=False, related=ly_rel)],
     (ly_urls, ly_bodies))
SERIES.append(('lowtide', 'Low Tide at Lyme', '4 + masterpost', 'DW 2013 core2; subjects “Low Tide at Lyme — Chapter One of Four” …; `.:Label:.` headers; each chapter’s footer “« Chapter N | Contents | Chapter N »”; the masterpost lists the chapters by number word and name only, and its extras (podfic, recs post, verse tag) are entries and pages of the SAME journal.'))

# ======================================================================= C. The Hollow Oak (IJ 2009, journal + community, Part N/3)

HO = 'http://oakapple-ink.insanejournal.com/'
ho_urls = [HO + '5120.html', 'http://community.insanejournal.com/merry_month/880.html', HO + '5388.html']
ho_prose = [
    ['Much the miller’s son found the oak on the first day of May, when he was sent into the deep wood for green boughs and came back with none.',
     'It was hollow from root to crown, so wide inside that a man could stand upright in it, and somebody had been sleeping there: a bed of bracken, a horn cup, a fire-ring of stones still warm.',
     'Much stood in the doorway of the tree a long moment. Then he took the horn cup, because he was a miller’s son and did not believe in leaving good things lying about, and went home by the long way.'],
    ['The cup’s owner came for it three nights later, and he was not at all what Much had expected.',
     'He was young, for one thing, no older than Much, and thin as a lath, and he had a bow over his shoulder that was taller than he was. He stood in the mill-yard in the moonlight and said, quite politely, that he would like his cup back.',
     '“It was in a tree,” Much pointed out.',
     '“It was in my tree.”',
     '“The forest is the King’s,” said Much, who had heard the bailiff say it often enough.',
     'The stranger grinned at that, a quick white grin in the dark. “Is it?” he said. “Come and see.”'],
    ['They went into the wood together before dawn, and the stranger showed him things Much had never known were there: a path under the holly that no bailiff had found, a spring that never froze, the place where the deer came down to drink at first light.',
     'By the time the sun was up Much had forgotten about the mill, and the cup, and very nearly his own name.',
     '“What do they call you?” he asked at last, when they were back at the hollow oak.',
     'The stranger considered. “Robin,” he said. “Of the wood, I suppose.” And he held out the horn cup, full of spring water, and Much drank.'],
]
ho_words = ['130', '150', '140']
ho_bodies = [body(f'robinhood-hollowoak-{i + 1}', ho_prose[i]) for i in range(3)]
ho_nav = [f'<br /><br /><i>Part 2 is at {gen_user("merry_month", "insanejournal", "C")}: <a href="{ho_urls[1]}">here</a>.</i>',
          f'<br /><br /><center><a href="{ho_urls[0]}">« Part 1</a> | <a href="{ho_urls[2]}">Part 3 »</a></center>',
          f'<br /><br /><center><a href="{ho_urls[1]}">« Part 2</a> | the end</center>']
for i in range(3):
    comm = i == 1
    rows = [('Title', 'The Hollow Oak'), ('Author', (gen_user('oakapple_ink', 'insanejournal'), 'oakapple_ink'))] if comm else [('Title', 'The Hollow Oak')]
    rows += [('Part', f'{i + 1}/3'), ('Fandom', 'Robin Hood (ballads)'), ('Characters', 'Much, Robin'), ('Rating', 'G'), ('Words', ho_words[i])]
    if comm:
        rows.append(('Prompt', '#14, green boughs'))
    subj = f'Fic: The Hollow Oak, Part {i + 1}/3' if not comm else f'The Hollow Oak, Part {i + 1}/3 (Much, Robin; G)'
    e = {'url': ho_urls[i], 'journal': 'merry_month' if comm else 'oakapple_ink', 'poster': 'oakapple_ink', 'community': comm, 'subject': subj,
         'date': (2009, 5, 2 + 3 * i, '22:10'), 'tags': ['fic', 'robin hood'] if not comm else ['author: oakapple_ink', 'prompt: 14'],
         'html': hdr(rows) + '<br /><br />\n' + brh(ho_prose[i]) + ho_nav[i], 'comments': [('lincoln_weave', 'Much stealing the cup is so in character.')] if i == 0 else []}
    f = fields(title='The Hollow Oak', fandom='Robin Hood (ballads)', characters='Much, Robin', rating='G', wordCount=ho_words[i])
    if comm:
        f = fields(title='The Hollow Oak', author='oakapple_ink', fandom='Robin Hood (ballads)', characters='Much, Robin', rating='G', wordCount=ho_words[i], prompt='#14, green boughs')
    j = 'merry_month' if comm else 'oakapple_ink'
    page(f'ij-generator-2009-hollowoak-part{i + 1}' + ('-community' if comm else ''), f'ij-2009-{j}-{ho_urls[i][-8:-5]}.html', ho_urls[i], 'insanejournal', 'story', 2009,
         ['part-marker'] + (['community'] if comm else []),
         f'The Hollow Oak, Part {i + 1}/3 (InsaneJournal S2 Generator, 2009{", in the community merry_month: poster box oakapple_ink posting in merry_month, Author (ljuser) and Prompt labels" if comm else ""}): an unlisted “Part: {i + 1}/3” label under the Title, `<br /><br />` prose, then {["an italic “Part 2 is at merry_month: here” line", "a centred “« Part 1 | Part 3 »”", "a centred “« Part 2 | the end”"][i]}',
         gen_page('entry', [e], 'insanejournal', j, 'the merry month of may' if comm else 'oak apple ink', ho_urls[i], f'{j}: {subj}', 2009, is_comm=comm),
         [story(ho_urls[i], 'oakapple_ink', j, f, part(i + 1, 3), ho_bodies[i], exclude=['Part:', ['Part 2 is at', '« Part 1', '« Part 2'][i]])],
         (ho_urls, ho_bodies))
# community recent page with part 2 behind a cut and a mod post
mod = {'url': 'http://community.insanejournal.com/merry_month/1104.html', 'journal': 'merry_month', 'poster': 'maypole_mod', 'community': True,
       'subject': 'MOD POST: week three prompts', 'date': (2009, 5, 12, '09:00'), 'tags': ['mod post'],
       'html': brh(['Week three! Here are your prompts. Claim in the comments, post by Sunday, tag your post with the prompt number.',
                    '#21 hawthorn. #22 the sheriff’s dinner. #23 a wager. #24 rain on the river.',
                    'Reminder: please put a header on your fic (Title, Characters, Rating, Words) and cut anything over 300 words.'])}
ho_teaser = ho_prose[1][:2]
e2 = {'url': ho_urls[1], 'journal': 'merry_month', 'poster': 'oakapple_ink', 'community': True,
      'subject': 'The Hollow Oak, Part 2/3 (Much, Robin; G)', 'date': (2009, 5, 5, '22:10'), 'tags': ['author: oakapple_ink', 'prompt: 14'], 'ncomments': 2,
      'html': hdr([('Title', 'The Hollow Oak'), ('Author', (gen_user('oakapple_ink', 'insanejournal'), 'oakapple_ink')), ('Part', '2/3'), ('Fandom', 'Robin Hood (ballads)'), ('Characters', 'Much, Robin'), ('Rating', 'G'), ('Words', '150'), ('Prompt', '#14, green boughs')])
      + '<br /><br />\n' + brh(ho_teaser) + f'<br /><br />\n<b>( <a href="{ho_urls[1]}#cutid1">the stranger in the mill-yard</a> )</b>'}
page('ij-generator-2009-community-recent-merrymonth', 'ij-2009-merry_month-recent.html', 'http://community.insanejournal.com/merry_month/', 'insanejournal', 'index', 2009,
     ['index', 'community', 'part-marker', 'about-fic'],
     'Recent page of the InsaneJournal community merry_month (S2 Generator, 2009): a mod post listing prompts and asking for headers (“Title, Characters, Rating, Words”): not a story; The Hollow Oak Part 2/3 with two teaser paragraphs before a custom-text cut',
     gen_page('recent', [mod, e2], 'insanejournal', 'merry_month', 'the merry month of may', 'http://community.insanejournal.com/merry_month/', 'the merry month of may', 2009, is_comm=True),
     [story(ho_urls[1], 'oakapple_ink', 'merry_month', fields(title='The Hollow Oak', author='oakapple_ink', fandom='Robin Hood (ballads)', characters='Much, Robin', rating='G', wordCount='150', prompt='#14, green boughs'),
            part(2, 3), body('robinhood-hollowoak-2-teaser', ho_teaser), complete=False, exclude=['the stranger in the mill-yard', 'Part:'])])
SERIES.append(('hollowoak', 'The Hollow Oak', '3', 'InsaneJournal 2009 S2 Generator; parts 1 and 3 in oakapple_ink, part 2 in the community merry_month (community.insanejournal.com URL); “Part: N/3” header lines; part 1 links part 2 only through “Part 2 is at merry_month: here”, part 2 “« Part 1 | Part 3 »”, part 3 “« Part 2 | the end”.'))

# ======================================================================= D. The Second Lamp (DW 2012, trailing 1/2 2/2, ~Label~ decoration)

SL = 'https://gasogene-and-pipe.dreamwidth.org/'
sl_urls = [SL + '7711.html', SL + '7940.html']
sl_prose = [
    ['Holmes had been at the window for an hour, and in that hour he had said nothing except, once, “Two,” and then, twenty minutes afterwards, “Still two.”',
     'I put down my paper. “Two what?”',
     '“Lamps, Watson. In the upper window of the house opposite. Mrs Carrow lives alone, keeps no servant after six, and is a widow of frugal habit; one lamp is a necessity and a second is an extravagance she has not permitted herself in the four years I have observed her.”',
     '“Perhaps she has a visitor.”',
     '“Perhaps,” said Holmes, in the tone he reserves for my more hopeful suggestions, and reached for his coat.'],
    ['Mrs Carrow’s visitor proved to be her nephew, a pale young man with ink on his cuffs, and the second lamp was for the ledgers he had spread across her table.',
     '“He is forging nothing,” said Holmes on the stairs, sounding faintly aggrieved. “He is doing her accounts. Correctly.”',
     '“You sound disappointed.”',
     '“I am relieved,” said Holmes, who was plainly disappointed, and then, at the street door, he stopped. “Though I should very much like to know why a clerk at Lloyd’s keeps two sets of cuffs, one inked with blue and one with black.”',
     'I sighed, and followed him back up the stairs.'],
]
sl_bodies = [body(f'holmes-secondlamp-{i + 1}', sl_prose[i]) for i in range(2)]
TILDE = '<b>~{L}~</b> {V}'
SL_ENTRIES = []
for i in range(2):
    rows = [('Title', 'The Second Lamp'), ('Fandom', 'Sherlock Holmes - Arthur Conan Doyle'), ('Characters', 'Holmes, Watson'), ('Rating', 'Gen'), ('Words', ['150', '140'][i])]
    nav = f'<p style="text-align:right"><a href="{sl_urls[1]}">next part →</a></p>' if i == 0 else f'<p><a href="{sl_urls[0]}">← previous part</a></p>'
    e = {'url': sl_urls[i], 'journal': 'gasogene_and_pipe', 'poster': 'gasogene_and_pipe', 'subject': f'The Second Lamp {i + 1}/2', 'date': (2012, 1, 14 + i, '16:30'),
         'tags': ['fic', 'holmes'], 'html': '<p>' + hdr(rows, TILDE) + '</p>\n' + ph(sl_prose[i]) + '\n' + nav, 'date_first': True, 'ncomments': 1}
    SL_ENTRIES.append(e)
    page(f'dw-core2-2012-secondlamp-{i + 1}of2', f'dw-2012-gasogene_and_pipe-{sl_urls[i][-9:-5]}.html', sl_urls[i], 'dreamwidth', 'story', 2012, ['part-marker', 'decorated', 'prev-next-only'],
         f'The Second Lamp {i + 1}/2 (DW core2 Blanket, 2012, date before the subject): a bare trailing “{i + 1}/2” in the subject, `<b>~Label~</b> X` decorations, `<p>` prose, “{["next part →", "← previous part"][i]}” after the prose',
         dw_page('entry', [e], 'gasogene_and_pipe', 'the gasogene & the pipe', 'Blanket', sl_urls[i], f'gasogene_and_pipe: The Second Lamp {i + 1}/2', year=2012),
         [story(sl_urls[i], 'gasogene_and_pipe', 'gasogene_and_pipe', fields(title='The Second Lamp', fandom='Sherlock Holmes - Arthur Conan Doyle', characters='Holmes, Watson', rating='Gen', wordCount=['150', '140'][i]),
                part(i + 1, 2), sl_bodies[i], exclude=[['next part', 'previous part'][i], '~Words~'])],
         (sl_urls, sl_bodies))
SERIES.append(('secondlamp', 'The Second Lamp', '2', 'DW 2012 core2 Blanket; subjects end in a bare “1/2” / “2/2”; “next part →” / “← previous part” links after the prose.'))

# ======================================================================= E. Nine Lanterns (Scribbld 2008, "(part one of three)")

NL = 'http://tallowmere.scribbld.com/'
nl_urls = [NL + '2209.html', NL + '2461.html', NL + '2718.html']
nl_prose = [
    ['There were nine lanterns on the ferry at Tallow Mere, one for every crossing the ferryman made between dusk and midnight, and Ada lit them all herself because her father’s hands shook too badly now.',
     'She lit the first at five, and the second at half past, and by the sixth she had stopped counting passengers and started counting stars.',
     'It was on the ninth crossing, the last, that the woman in the grey cloak got on without paying and sat in the bow with her face to the dark water.'],
    ['“You’ll want to pay,” Ada said, halfway across.',
     'The woman turned. Her face was young and old at once, the way the mere looked at dawn, and her eyes were the colour of lantern-light through fog.',
     '“I paid,” she said. “Years ago. Your grandmother took it.” She held up her hand, and on it was a ring Ada knew, because it was painted in the picture over the mantel at home.',
     'The lantern in the bow guttered. Ada did not look away.'],
    ['They reached the far shore at midnight, and the woman stepped off onto the shingle and did not leave footprints in it.',
     '“Tell your father,” she said, “that the debt is paid and the ferry is yours. And light ten tomorrow.”',
     '“Ten?”',
     '“One for you,” said the woman, and was gone, and the mere lay flat and black and ordinary under the stars.',
     'Ada lit ten lanterns the next night, and every night after. Nobody on Tallow Mere ever asked why, and she never told them.'],
]
nl_bodies = [body(f'original-ninelanterns-{i + 1}', nl_prose[i]) for i in range(3)]
nl_numw = ['one', 'two', 'three']
for i in range(3):
    links = []
    if i:
        links.append(f'<a href="{nl_urls[i - 1]}">previous</a>')
    if i < 2:
        links.append(f'<a href="{nl_urls[i + 1]}">next</a>')
    rows = [('title', 'nine lanterns'), ('rating', 'g'), ('words', ['110', '110', '120'][i])]
    if i == 0:
        rows.insert(1, ('genre', 'folk tale, original'))
    e = {'url': nl_urls[i], 'journal': 'tallowmere', 'poster': 'tallowmere', 'subject': f'nine lanterns (part {nl_numw[i]} of three)', 'date': (2008, 11, 2 + 2 * i, '23:55'),
         'currents': [('mood', ['cold', 'sleepy', 'accomplished'][i])], 'tags': ['my fic', 'nine lanterns'],
         'html': '<i>' + hdr(rows, '{L}: {V}') + '</i><br /><br />\n' + brh(nl_prose[i]) + '<br /><br />\n<small>[ ' + ' / '.join(links) + ' ]</small>'}
    f = fields(title='nine lanterns', rating='g', wordCount=['110', '110', '120'][i])
    if i == 0:
        f['genre'] = 'folk tale, original'
    page(f'sc-generator-2008-ninelanterns-{i + 1}of3', f'sc-2008-tallowmere-{nl_urls[i][-9:-5]}.html', nl_urls[i], 'scribbld', 'story', 2008, ['part-marker', 'prev-next-only'],
         f'nine lanterns (part {nl_numw[i]} of three) on Scribbld S2 Generator (2008): lower-case italic `label: value` header (title/rating/words), `<br /><br />` prose, a small “[ {" / ".join(["previous", "next"][0 if i else 1:] if i < 2 else ["previous"])} ]” line; the layout prints the mood as a currents table',
         gen_page('entry', [e], 'scribbld', 'tallowmere', 'tallow mere', nl_urls[i], f'tallowmere: nine lanterns (part {nl_numw[i]} of three)', 2008),
         [story(nl_urls[i], 'tallowmere', 'tallowmere', f, part(i + 1, 3), nl_bodies[i], exclude=['[ ', 'words:'])],
         (nl_urls, nl_bodies))
SERIES.append(('ninelanterns', 'nine lanterns', '3', 'Scribbld 2008 S2 Generator; subjects “nine lanterns (part one of three)” (number words, lower case); a small “[ previous / next ]” line after the prose is the only link between parts.'))

# ======================================================================= F. Sea-Glass (LJ singlepost 2016, Ch. N + masterpost)

SG = 'https://hispaniola-logs.livejournal.com/'
sg_urls = [SG + '61210.html', SG + '61544.html']
sg_master = SG + '61873.html'
sg_prose = [
    ['Jim Hawkins was thirty-one when the letter came, and he read it standing in the doorway of the Admiral Benbow with the rain coming in sideways behind him.',
     'It was from Squire Trelawney’s niece, and it said, in a small careful hand, that the Squire had died at Michaelmas and left him a sea-chest, a spyglass, and a map.',
     '“Not that map,” Jim said aloud, to nobody.',
     'It was that map.'],
    ['He went back in the end, because he had always known he would.',
     'The island was smaller than he remembered and greener, and the stockade had fallen in, and where the old blockhouse had stood there was now a young palm tree with a parrot in it, screaming.',
     'Jim stood under it a long time. The parrot screamed the same two words over and over, in a voice he had last heard twenty years ago across a campfire, and he found that he was laughing, and that his face was wet.',
     'He did not dig. He sat down in the shade, and after a while the parrot came down and sat on his knee.'],
]
sg_bodies = [body(f'treasureisland-seaglass-{i + 1}', sg_prose[i]) for i in range(2)]
sg_names = ['The Letter', 'Skeleton Island']
for i in range(2):
    e = {'url': sg_urls[i], 'journal': 'hispaniola_logs', 'poster': 'hispaniola_logs', 'subject': f'Sea-Glass, Ch. {i + 1}', 'date': (2016, 7, 9 + 5 * i, '13:20'),
         'tags': ['fic', 'treasure island'],
         'html': hdr([('Title', 'Sea-Glass'), ('Fandom', 'Treasure Island'), ('Rating', 'PG'), ('Words', ['90', '120'][i])])
         + f'<br />\n<i>Ch. {i + 1} of 2: {sg_names[i]}</i> · <a href="{sg_master}">masterpost</a><br /><br />\n' + brh(sg_prose[i])
         + ('<br /><br />\n<center>⚓</center>' if i else '')}
    page(f'lj-singlepost-2016-seaglass-ch{i + 1}', f'lj-2016-hispaniola_logs-{sg_urls[i][-10:-5]}.html', sg_urls[i], 'livejournal', 'story', 2016, ['part-marker', 'chapter-to-masterpost'],
         f'Sea-Glass Ch. {i + 1} (LJ 2016 b-singlepost): subject “Sea-Glass, Ch. {i + 1}” (no total), the total only in an italic header line “Ch. {i + 1} of 2: {sg_names[i]} · masterpost”; no link to the other chapter, only to the masterpost' + ('; a centred ⚓ after the prose' if i else ''),
         singlepost_page(e, 'ship’s log'),
         [story(sg_urls[i], 'hispaniola_logs', 'hispaniola_logs', fields(title='Sea-Glass', fandom='Treasure Island', rating='PG', wordCount=['90', '120'][i]), part(i + 1, 2), sg_bodies[i],
                exclude=[f'Ch. {i + 1} of 2', 'masterpost', sg_names[i]] + (['⚓'] if i else []))],
         (sg_urls, sg_bodies))
sg_rel = ['https://archiveofourown.org/works/7502231', 'https://hispaniola-logs.livejournal.com/61902.html', 'https://hispaniola-logs.livejournal.com/profile']
e = {'url': sg_master, 'journal': 'hispaniola_logs', 'poster': 'hispaniola_logs', 'subject': 'Sea-Glass (Treasure Island, PG) [masterpost]', 'date': (2016, 7, 15, '08:00'),
     'tags': ['fic', 'treasure island', 'masterpost'],
     'html': hdr([('Title', 'Sea-Glass'), ('Fandom', 'Treasure Island'), ('Characters', 'Jim Hawkins, Captain Flint (the parrot)'), ('Rating', 'PG'), ('Words', '210'),
                  ('Summary', 'Twenty years on, the map comes back to Jim.')])
     + f'<br /><br />\n<a href="{sg_urls[0]}">Ch. 1 — The Letter</a><br />\n<a href="{sg_urls[1]}">Ch. 2 — Skeleton Island</a><br /><br />\n'
     + f'Also: <a href="{sg_rel[0]}">on AO3</a> · <a href="{sg_rel[1]}">podfic by me</a> · <a href="{sg_rel[2]}">my fic index is on my profile</a>'}
page('lj-singlepost-2016-seaglass-masterpost', 'lj-2016-hispaniola_logs-61873.html', sg_master, 'livejournal', 'masterpost', 2016, ['masterpost'],
     'Sea-Glass masterpost (LJ 2016 b-singlepost): subject with fandom, rating and “[masterpost]”, `<b>` labels incl. a Characters value with brackets, “Ch. 1 — The Letter” / “Ch. 2 — Skeleton Island” links, then “Also:” AO3 · podfic (an entry of the same journal) · profile',
     singlepost_page(e, 'ship’s log'),
     [story(sg_master, 'hispaniola_logs', 'hispaniola_logs', fields(title='Sea-Glass', fandom='Treasure Island', characters='Jim Hawkins, Captain Flint (the parrot)', rating='PG', wordCount='210',
                                                                       summary='Twenty years on, the map comes back to Jim.'), None, complete=False, related=sg_rel)],
     (sg_urls, sg_bodies))
SERIES.append(('seaglass', 'Sea-Glass', '2 + masterpost', 'LJ 2016 b-singlepost; subjects “Sea-Glass, Ch. 1/2” carry no total, the header line “Ch. N of 2: name · masterpost” does; chapters link only the masterpost, which lists “Ch. 1 — …”, “Ch. 2 — …” and then AO3, a podfic entry of the same journal and the profile.'))

import posts2  # noqa: E402,F401  (the single-page cases)
