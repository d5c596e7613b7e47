"""Hand-written post content for tests/heldout4 and the truth that goes with it. All prose, names, journals and
titles are invented for this corpus (fandom names are labels; canons are public-domain works or original).
Page renderers: notepad.py (LJ S2 Notepad, this corpus's own) and tests/heldout2/src/layouts.py (DW core2: the
style name only changes the Style Credit and body class; LJ S2 Generator for LJ/IJ/JF/Scribbld/DJ; LJ ?format=light;
LJ 2016 b-singlepost; LJ 2017+ aentry; the Wayback wrapper)."""
from layouts import (aentry_page, dw_cut_link, dw_page, dw_user, esc, gen_page, gen_user, light_page, lj_user_new, lj_user_old, singlepost_page, wayback, wb)  # noqa: F401
from notepad import np_page

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401  (posts2-4 import them from here)


def ljo(name, kind='P', site='livejournal.com'):
    return (lj_user_old(name, site=site, kind=kind), name)


# ======================================================================= A. The Chalk Horse (LJ S2 Notepad 2008): subjects "Part the First /
# Second / Third (end)" (ordinal words, no total until the end mark); no Title label (the title is the subject's); parts linked only by
# "Onward to Part the Second", "« back | forward »" and "« back to Part the Second" lines.
CH = 'http://flint-and-fennel.livejournal.com/'
ch_urls = [CH + '4410.html', CH + '4702.html', CH + '5019.html']
ch_prose = [
    ['Every seventh summer the village scoured the chalk horse on the hill, and every seventh summer old Mrs Pardew said the horse had moved.',
     'Nobody believed her. It was a horse cut into a hillside; it had been lying in the same place since before the Romans. But Kit Hollis, who was eleven that year and had been given the job of carrying the water up, looked at the horse from the top of the combe and thought its near foreleg was raised a little higher than it was in the picture in the church.',
     'She said nothing. She scoured with the rest, and went home with white knees, and that night she heard hooves on the lane.'],
    ['In the morning there was chalk on the doorstep, a scatter of it in a half-moon, the shape a hoof makes.',
     'Kit swept it into the road before anybody saw, and walked up the hill with her heart knocking, and the horse lay where it always lay, white on the green, with its near foreleg raised a hand higher than yesterday.',
     'Mrs Pardew was sitting on the bank at the top, shelling peas into her apron. “Seven summers,” she said, without looking round. “He gets restless, being scoured. Like a dog after a bath.”'],
    ['They went up together at dusk, Kit and Mrs Pardew, with a bucket of water and a loaf and a handful of the good oats from the Hollises’ own bin.',
     'Mrs Pardew talked to the horse the way you would talk to a cart-horse in a strange stable: low, steady, nonsense mostly, how fine he looked, how the whole village had turned out for him. Kit put the oats on the turf by the horse’s nose and the loaf beside them.',
     'In the morning the oats were gone and the foreleg was down, and it stayed down, and Kit Hollis carried the water up for the next sixty years.'],
]
ch_bodies = [body(f'chalkhorse-part{i + 1}', p) for i, p in enumerate(ch_prose)]
ch_subj = ['The Chalk Horse, Part the First', 'The Chalk Horse, Part the Second', 'The Chalk Horse, Part the Third (end)']
ch_foot = [f'<br /><br /><a href="{ch_urls[1]}">Onward to Part the Second</a>',
           f'<br /><br /><center>« <a href="{ch_urls[0]}">back</a> | <a href="{ch_urls[2]}">forward</a> »</center>',
           f'<br /><br />« <a href="{ch_urls[1]}">back to Part the Second</a>']
ch_words = ['190', '170', '160']
for i in range(3):
    rows = [('Fandom', 'Original'), ('Rating', 'G'), ('Words', ch_words[i])]
    e = {'url': ch_urls[i], 'journal': 'flint_and_fennel', 'poster': 'flint_and_fennel', 'subject': ch_subj[i], 'date': (2008, 6, 2 + 5 * i, '22:0' + str(i)),
         'tags': ['fic', 'original', 'chalk horse'], 'currents': [('Mood', ['creative', 'nervous', 'accomplished'][i])],
         'html': hdr(rows, fmt='<i>{L}:</i> {V}') + '<br /><br />\n' + brh(ch_prose[i]) + ch_foot[i],
         'comments': [('barrow_downs_bee', ['Oh, I love a chalk figure story.', 'LIKE A DOG AFTER A BATH. Perfect.', 'Sixty years. Oh, Kit.'][i])]}
    excl = [['Onward to Part the Second'], ['back | forward'], ['back to Part the Second']][i] + [['creative', 'nervous', 'accomplished'][i]]
    page(f'lj-notepad-2008-chalkhorse-part{i + 1}', f'lj-2008-flint_and_fennel-{ch_urls[i][-9:-5]}.html', ch_urls[i], 'livejournal', 'story', 2008,
         ['part-marker', 'prev-next-only', 'subject-inline', 'notepad'],
         f'The Chalk Horse part {i + 1} on LJ S2 Notepad (2008): subject “{ch_subj[i]}” printed inline after the date in a `<font size=\"+1\">` (no subject element); no Title label, italic `<i>Label:</i>` header; '
         + ['“Onward to Part the Second” after the prose (no total anywhere: part 1, total null)', 'a centred “« back | forward »” line after the prose (part 2, total null)', 'an end mark “(end)” in the subject makes the total 3; “« back to Part the Second” after the prose'][i],
         np_page('entry', [e], 'flint_and_fennel', ch_urls[i], f'flint & fennel - {ch_subj[i]}', 2008),
         [story(ch_urls[i], 'flint_and_fennel', 'flint_and_fennel', fields(title='The Chalk Horse', fandom='Original', rating='G', wordCount=ch_words[i]),
                part(i + 1, 3 if i == 2 else None), ch_bodies[i], exclude=excl)],
         (ch_urls, ch_bodies))
SERIES.append(('chalkhorse', 'The Chalk Horse', 3, 'LJ 2008 S2 Notepad (subject inline after the date, no element of its own); subjects “Part the First / Second / Third (end)”, no total except the end mark; part 1 links forward (“Onward to Part the Second”), part 2 “« back | forward »”, part 3 back; no masterpost.'))

# ======================================================================= B. Hearthlight (DW core2 Strata 2016): roman-numeral subjects "(I/IV)";
# chapter III in a community; chapters point at the masterpost in four ways; the masterpost lists art, podfic, a rec and the series.
HL = 'https://ember-and-ash.dreamwidth.org/'
hl_urls = [HL + '21507.html', HL + '21788.html', 'https://fireside-fic.dreamwidth.org/6612.html', HL + '22411.html']
hl_master = HL + '21290.html'
hl_prose = [
    ['The fire in the east wing had not been lit for ten years, and Mary Lennox, who had never in her life been allowed to light a fire, decided to light it herself.',
     'She found the matches in the housekeeper’s room and the kindling in the scullery and the grate choked with a decade of soot, and she did it badly, and the room filled with smoke, and she sat on the hearthrug coughing and perfectly happy.',
     'When Martha found her she was black to the elbows. “Eh,” said Martha, “tha’s lit it. Nobody’s lit that since the mistress died.”'],
    ['After that Mary lit it every evening, and Colin, who had heard about the smoke from three different maids, demanded to be carried down to see it.',
     'He sat in the big chair with a rug over his knees and watched the flames as if they were the first he had ever seen, which Mary supposed they nearly were; his own fire was behind a brass guard so high he could not see over it.',
     '“Mother used to sit here,” he said at last. “Didn’t she.” It was not a question, and Mary, who had learned a great deal about when not to answer, did not answer it.'],
    ['Dickon brought wood from the moor edge, gorse and old heather root, which burned blue at the edges and smelled of summer even in November.',
     'He showed them how to bank the fire at night so it would still be alive in the morning: ash over the embers, thick as a blanket, the way his mother did it in the cottage. “Tha doesn’t let it go out,” he said. “Tha puts it to bed.”',
     'Colin made him show it twice, and then did it himself, slowly, with his tongue between his teeth, and the next morning when they raked the ash away the embers were still red underneath.'],
    ['Mr Craven came home in the spring and found the east wing warm.',
     'He stood in the doorway a long time. The children did not see him; they were arguing over whose turn it was to bank the fire, and Dickon’s fox was asleep on the hearthrug where nobody had been allowed to sit for ten years.',
     'Then he came in, and took off his coat, and knelt down on the hearth beside his son, and asked to be shown how.'],
]
hl_bodies = [body(f'hearthlight-ch{i + 1}', p) for i, p in enumerate(hl_prose)]
hl_roman = ['I', 'II', 'III', 'IV']
hl_words = ['160', '150', '150', '120']
hl_rel = ['https://tinder-and-flint-art.dreamwidth.org/3021.html', 'https://said-aloud.dreamwidth.org/9984.html',
          'https://archiveofourown.org/works/7765120', HL + '19803.html']
for i in range(4):
    comm = i == 2
    subj = f'Hearthlight ({hl_roman[i]}/IV)'
    rows = [('Title', 'Hearthlight'), ('Fandom', 'The Secret Garden'), ('Characters', 'Mary, Colin, Dickon, Archibald Craven'), ('Rating', 'G'), ('Words', hl_words[i])]
    if comm:
        rows.insert(1, ('Author', dwu('ember_and_ash')))
    hd = '<p>' + hdr(rows) + ('<br />\nAll chapters are on the <a href="' + hl_master + '">masterpost</a>.' if i == 1 else '') + '</p>\n'
    foot = ['<p style="text-align:center">~ <a href="' + hl_master + '">back to the index</a> ~</p>', '',
            '<p><small>[ <a href="' + hl_master + '">index</a> ]</small></p>',
            '<p>« <a href="' + hl_urls[2] + '">III</a> | <a href="' + hl_master + '">index</a></p>'][i]
    e = {'url': hl_urls[i], 'journal': 'fireside_fic' if comm else 'ember_and_ash', 'poster': 'ember_and_ash', 'community': comm, 'subject': subj,
         'date': (2016, 10, 3 + 6 * i, '20:3' + str(i)), 'tags': ['fic: hearthlight', 'the secret garden'] if not comm else ['author: ember_and_ash', 'fandom: the secret garden'],
         'html': hd + ph(hl_prose[i]) + foot, 'comments': [('moorland_wren', ['MARY. Black to the elbows!', 'Oh, Colin.', 'He puts it to bed. I am crying.', 'And asked to be shown how. Oh.'][i])]}
    excl = [['back to the index'], ['All chapters are on the'], ['[ index ]'], ['« III | index']][i]
    jn, jt = ('fireside_fic', 'Fireside: a comfort fic comm') if comm else ('ember_and_ash', 'ember & ash')
    page(f'dw-strata-2016-hearthlight-ch{i + 1}' + ('-community' if comm else ''), f'dw-2016-{jn}-{hl_urls[i][-10:-5].strip("/")}.html', hl_urls[i], 'dreamwidth', 'story', 2016,
         ['part-marker', 'chapter-to-masterpost'] + (['community'] if comm else []),
         f'Hearthlight ({hl_roman[i]}/IV) on DW core2 Strata (2016): roman numerals in the subject, `<b>Label:</b>` header in a `<p>`; '
         + ['a centred “~ back to the index ~” after the prose', 'the header’s last line “All chapters are on the masterpost.” (the link is the word “masterpost”)',
            'posted in the community fireside_fic (“ember_and_ash posting in fireside_fic”, Author ljuser), a small “[ index ]” after the prose',
            'a “« III | index” line after the prose (the previous chapter is in the community)'][i] + '; no chapter links the next one',
         dw_page('entry', [e], jn, jt, 'Strata', hl_urls[i], f'{subj} - {jt}', year=2016),
         [story(hl_urls[i], 'ember_and_ash', jn, fields(title='Hearthlight', **({'author': 'ember_and_ash'} if comm else {}), fandom='The Secret Garden',
                                                         characters='Mary, Colin, Dickon, Archibald Craven', rating='G', wordCount=hl_words[i]), part(i + 1, 4), hl_bodies[i], exclude=excl)],
         (hl_urls, hl_bodies))
mp_html = ('<p>' + hdr([('Title', 'Hearthlight'), ('Fandom', 'The Secret Garden'), ('Characters', 'Mary, Colin, Dickon, Archibald Craven'), ('Rating', 'G'),
                        ('Length', '580 words in four chapters'), ('Summary', 'A fire nobody has lit for ten years, and the people who learn to keep it.')]) + '</p>\n'
           + '<p>Chapters:<br />\n' + '<br />\n'.join(f'{r}. <a href="{u}">{n}</a>' for r, u, n in zip(hl_roman, hl_urls, ['The Lighting', 'The Big Chair', 'Banking', 'Spring'])) + '</p>\n'
           + f'<p>Extras:<br />\n<a href="{hl_rel[0]}">Fanart: the east wing hearth</a> by {dw_user("tinder_and_flint_art")}<br />\n'
           + f'<a href="{hl_rel[1]}">Podfic</a> read by {dw_user("said_aloud")} (18 mins)<br />\n'
           + f'Also on <a href="{hl_rel[2]}">AO3</a><br />\n'
           + f'If you liked this, you might like <a href="{hl_rel[3]}">my other Secret Garden story</a> in the same verse.</p>')
e = {'url': hl_master, 'journal': 'ember_and_ash', 'poster': 'ember_and_ash', 'subject': 'Hearthlight: masterpost', 'date': (2016, 10, 3, '20:00'),
     'tags': ['fic: hearthlight', 'masterpost'], 'html': mp_html}
page('dw-strata-2016-hearthlight-masterpost', 'dw-2016-ember_and_ash-21290.html', hl_master, 'dreamwidth', 'masterpost', 2016, ['masterpost'],
     'Masterpost (DW core2 Strata, 2016): header with Length and Summary, “Chapters:” with roman-numeral lines “I. <a>The Lighting</a>” (the link text is the chapter NAME; chapter III is a community entry), then “Extras:” fanart (another journal), podfic (another journal), AO3 and “my other Secret Garden story” (an entry of the SAME journal)',
     dw_page('entry', [e], 'ember_and_ash', 'ember & ash', 'Strata', hl_master, 'Hearthlight: masterpost - ember & ash', year=2016),
     [story(hl_master, 'ember_and_ash', 'ember_and_ash', fields(title='Hearthlight', fandom='The Secret Garden', characters='Mary, Colin, Dickon, Archibald Craven', rating='G',
                                                            wordCount='580 words in four chapters', summary='A fire nobody has lit for ten years, and the people who learn to keep it.'),
            None, complete=False, related=hl_rel)],
     (hl_urls, hl_bodies))
SERIES.append(('hearthlight', 'Hearthlight', '4 + masterpost', 'DW 2016 core2 Strata; subjects “Hearthlight (I/IV)” … “(IV/IV)”; chapter III is in the community fireside_fic; no chapter links the next: each links only the masterpost (“back to the index”, a header line’s “masterpost”, “[ index ]”, “« III | index”); the masterpost names the chapters with roman numerals and names, then art, podfic, AO3 and another story of the same journal.'))

# ======================================================================= C. Ashes on the Water (Scribbld S2 Generator 2012): part 1 "(1/2)" links forward with
# "continued in the next entry →"; part 2's subject "Ashes on the Water (cont.)" has no number; its "Part: 2 of 2" line and a "(continued from here)" link above the header.
AW = 'http://tallow-and-tide.scribbld.com/'
aw_urls = [AW + '1822.html', AW + '1907.html']
aw_prose = [
    ['The lightermen said you could read the river by what it carried, and that spring it carried ashes.',
     'Grey rafts of them came down past Wapping on the ebb, fine as flour, and Tom Doyle, who had been on the river since he could stand, had never seen the like. He fished a double handful out with his bailer and it was warm. Warm, in March, with the mist still on the water.',
     'He told nobody but Nance at the Prospect, and Nance told him to keep his mouth shut and his eyes open, which was what she always told him.'],
    ['On the fourth night the ashes stopped, and on the fifth a barge came down with no one at the tiller.',
     'Tom went out to her in the skiff. She was loaded to the gunwales with burnt books, hundreds of them, spines gone to charcoal, and on the top of the pile, untouched by the fire, one small green ledger with a name inside the cover that Tom could not read.',
     'He took it to Nance. Nance read it, and went white, and put it in the stove, and the river ran clean again by Sunday.'],
]
aw_bodies = [body(f'ashesonthewater-part{i + 1}', p) for i, p in enumerate(aw_prose)]
aw_subj = ['Ashes on the Water (1/2)', 'Ashes on the Water (cont.)']
for i in range(2):
    rows = [('Title', 'Ashes on the Water'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Words', ['170', '140'][i])]
    if i == 1:
        rows.insert(1, ('Part', '2 of 2'))
    top = f'<small>(continued from <a href="{aw_urls[0]}">here</a>)</small><br /><br />\n' if i == 1 else ''
    foot = f'<br /><br /><div align="right"><a href="{aw_urls[1]}">continued in the next entry →</a></div>' if i == 0 else '<br /><br />~ fin ~'
    e = {'url': aw_urls[i], 'journal': 'tallow_and_tide', 'poster': 'tallow_and_tide', 'subject': aw_subj[i], 'date': (2012, 3, 9 + i, '23:1' + str(i)),
         'tags': ['fic', 'original', 'river stories'], 'currents': [('Mood', 'cold'), ('Music', 'the foghorns')] if i == 0 else [],
         'html': top + hdr(rows, fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(aw_prose[i]) + foot,
         'comments': [('ferry_lantern', ['Warm ash. Ooh.', 'Into the stove! Nance knows things.'][i])]}
    excl = [['continued in the next entry', 'the foghorns'], ['continued from', '~ fin ~', '2 of 2']][i]
    page(f'sc-generator-2012-ashesonthewater-part{i + 1}', f'sc-2012-tallow_and_tide-{aw_urls[i][-9:-5]}.html', aw_urls[i], 'scribbld', 'story', 2012,
         ['part-marker', 'prev-next-only'],
         ['Ashes on the Water (1/2) on Scribbld S2 Generator (2012): `<b>Label:</b>` header, `<br /><br />` prose, a right-aligned “continued in the next entry →” after it; mood/music currents printed by the layout',
          'Ashes on the Water (cont.) on Scribbld S2 Generator (2012): the subject says only “(cont.)”; an unlisted “Part: 2 of 2” header line has the marker; a small “(continued from here)” ABOVE the header; “~ fin ~” after the prose'][i],
         gen_page('entry', [e], 'scribbld', 'tallow_and_tide', 'tallow & tide', aw_urls[i], f'tallow_and_tide: {aw_subj[i]}', 2012),
         [story(aw_urls[i], 'tallow_and_tide', 'tallow_and_tide', fields(title='Ashes on the Water', fandom='Original', rating='PG', wordCount=['170', '140'][i]), part(i + 1, 2), aw_bodies[i], exclude=excl)],
         (aw_urls, aw_bodies))
SERIES.append(('ashesonthewater', 'Ashes on the Water', 2, 'Scribbld 2012 S2 Generator; part 1 “(1/2)” links forward only (“continued in the next entry →”); part 2’s subject says “(cont.)”, its header “Part: 2 of 2”, and a “(continued from here)” line above the header links back.'))

# ======================================================================= D. Lanternmoth (DW core2 Tectonic 2019): a WIP "1/?" whose later edit links part 2
# at the TOP ("EDIT: part two is up, here!"); part 2's subject "2/2" and its header line "Part one: here".
LM = 'https://quill-and-moth.dreamwidth.org/'
lm_urls = [LM + '3308.html', LM + '3581.html']
lm_prose = [
    ['The moths came to the lighthouse every night in August, and Idris Vane, who kept it, had long since given up trying to keep them out.',
     'They beat against the great lens in their hundreds. Most of them were the ordinary brown kind. But on the night of the fourteenth one came that was the size of his hand, pale as paper, with two spots on its wings like lamps, and it did not go to the light at all. It came to him.'],
    ['It sat on his sleeve all through the middle watch. He did not dare move. When he finally had to trim the wick it went with him, up the ladder, and settled on the brass of the lamp-housing as if it belonged there.',
     'In the morning it was gone, and out on the Skerries, where the Marianne had been driven onto the rocks in the night, the lifeboat found every one of her crew alive on the one flat ledge, huddled round a light that none of them could explain.'],
]
lm_bodies = [body(f'lanternmoth-part{i + 1}', p) for i, p in enumerate(lm_prose)]
lm_subj = ['Lanternmoth 1/?', 'Lanternmoth 2/2']
for i in range(2):
    rows = [('Title', 'Lanternmoth'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', ['95', '100'][i])]
    edit = f'<p><b>EDIT:</b> part two is up, <a href="{lm_urls[1]}">here</a>!</p>\n' if i == 0 else ''
    back = f'<br />\nPart one: <a href="{lm_urls[0]}">here</a>' if i == 1 else ''
    note = '<p><i>no idea how long this will be. short, probably.</i></p>\n' if i == 0 else ''
    e = {'url': lm_urls[i], 'journal': 'quill_and_moth', 'poster': 'quill_and_moth', 'subject': lm_subj[i], 'date': (2019, 8, 14 + 3 * i, '21:4' + str(i)),
         'tags': ['fic', 'original', 'wip' if i == 0 else 'complete'],
         'html': edit + '<p>' + hdr(rows, fmt='<b>{L}:</b> {V}') + back + '</p>\n' + note + ph(lm_prose[i]),
         'comments': [('night_heron', ['Ooh, spooky.', 'THE LIGHT. Oh, I love this.'][i])]}
    excl = [['part two is up', 'no idea how long this will be'], ['Part one:']][i]
    page(f'dw-tectonic-2019-lanternmoth-part{i + 1}', f'dw-2019-quill_and_moth-{lm_urls[i][-9:-5]}.html', lm_urls[i], 'dreamwidth', 'story', 2019,
         ['part-marker', 'prev-next-only'] + (['drabble'] if i == 1 else []),
         ['Lanternmoth 1/? on DW core2 Tectonic (2019): a WIP (part 1, total null), an “EDIT: part two is up, here!” paragraph added ABOVE the header later (the only link to part 2), an italic note about the length',
          'Lanternmoth 2/2 on DW core2 Tectonic (2019): a 100-word part; the header’s last line “Part one: here” is the only link back'][i],
         dw_page('entry', [e], 'quill_and_moth', 'quill & moth', 'Tectonic', lm_urls[i], f'{lm_subj[i]} - quill & moth', year=2019),
         [story(lm_urls[i], 'quill_and_moth', 'quill_and_moth', fields(title='Lanternmoth', fandom='Original', rating='G', wordCount=['95', '100'][i]),
                part(i + 1, None if i == 0 else 2), lm_bodies[i], exclude=excl)],
         (lm_urls, lm_bodies))
SERIES.append(('lanternmoth', 'Lanternmoth', 2, 'DW 2019 core2 Tectonic; a WIP “1/?” finished as “2/2”; part 1 links part 2 only through an “EDIT: part two is up, here!” line added above its header, part 2 links back through a header line “Part one: here”.'))

import posts2  # noqa: E402,F401
import posts3  # noqa: E402,F401
