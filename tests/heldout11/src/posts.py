"""Posts of tests/heldout11 and their truth: the multi-part stories. All prose, names, journals and titles are invented
for this corpus (fandom names are labels; the canons are original fiction). Renderers: s2t.py (this corpus's: LJ mobile,
LJ 2019+ pages), tests/heldout8's s2z.py (S2 Haven, DW ?format=light), tests/heldout10's s2v.py (S2 Classic, Tabular
Indent), tests/heldout6's s2x.py (S2 A Sturdy Gesture, Quite Lickable), tests/heldout2's layouts.py (DW core2, Generator,
LJ ?format=light, the Wayback wrapper)."""
import re

from corpus import BODIES, PAGES, SERIES, body, fields, hdr, page, part, ph, story  # noqa: F401
from layouts import dw_page, wayback, wb
from s2t import md_entry_page, mobile_page, mobile_url
from s2v import tabind_page
from s2x import sturdy_page
from s2z import dw_light_page, haven_page


def cp(h):
    return f'<p style="text-align: center;">{h}</p>'


# ======================================================================= A. Bellwether (DeadJournal 2009, S2 Haven): parts
# numbered in WORDS ("Part the First / Second / Third"), no total anywhere; links after the prose by those words.
DJ = 'http://www.deadjournal.com/users/ewe_and_lantern/'
bw_urls = [DJ + '1201.html', DJ + '1244.html', DJ + '1290.html']
bw_words = ['First', 'Second', 'Third']
bw_prose = [
    ['The flock had always followed Hessa’s grandmother’s ewe, a broad grey creature with one torn ear and a bell that rang flat. When the old ewe died in the lambing snow, the flock stood in the top field and would not come down.',
     'Hessa was eleven. She went up with a lantern and a pocket of oats and stood among them in the dark until her feet were numb, and still they would not come.',
     'In the morning her father said they would have to choose a new bellwether, and that it was her job, since she was the one who had stood up there all night.'],
    ['Choosing a bellwether is not like choosing a dog. You do not pick the cleverest or the bravest. You pick the one the others already watch.',
     'Hessa spent three days watching the watchers. The flock watched the gate, and the weather, and the collie, and the crows. They did not watch each other much at all.',
     'On the fourth day a hare ran through the field and every head in the flock turned, not towards the hare, but towards a small brown ewe at the edge of the wall, to see what she would do.'],
    ['The brown ewe did nothing. She went on grazing. And the flock, seeing her go on grazing, went on grazing too.',
     'Hessa hung the flat bell round her neck that evening. The ewe shook her head once, offended, and then forgot about it.',
     'They came down to the lower field on the first fine day of spring, all of them, with the bell ringing flat and wrong and exactly right, and Hessa walked behind them with the lantern she no longer needed.'],
]
bw_bodies = [body(f'bellwether-{i + 1}', p) for i, p in enumerate(bw_prose)]
BW_SUM = 'A flock with no leader, and the girl who has to find them one.'
for i in range(3):
    words = ['112', '104', '98'][i]
    rows = [('Title', 'Bellwether'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', words)]
    f = fields(title='Bellwether', fandom='Original', rating='G', wordCount=words)
    if i == 0:
        rows.append(('Summary', BW_SUM))
        f['summary'] = BW_SUM
    links = []
    if i > 0:
        links.append(f'<a href="{bw_urls[i - 1]}">&larr; Part the {bw_words[i - 1]}</a>')
    if i < 2:
        links.append(f'<a href="{bw_urls[i + 1]}">Part the {bw_words[i + 1]} &rarr;</a>')
    html = hdr(rows) + '<br /><br />\n' + ph(bw_prose[i]) + '\n' + cp(' &middot; '.join(links))
    e = {'url': bw_urls[i], 'journal': 'ewe_and_lantern', 'poster': 'ewe_and_lantern', 'subject': f'Bellwether, Part the {bw_words[i]}',
         'date': (2009, 4, 2 + 3 * i, ['20:10', '21:45', '19:05'][i]), 'tags': ['fic', 'bellwether'], 'site': 'deadjournal.com',
         'currents': [('Mood', ['pensive', 'curious', 'content'][i])], 'html': html,
         'comments': [('hill_farm_hen', ['The bell that rang flat!', 'You pick the one the others already watch. Oh.', 'Exactly right. I love it.'][i])]}
    ex = [re.sub('<[^>]+>', '', links[-1]).replace('&larr;', '←').replace('&rarr;', '→'), e['comments'][0][1]]
    page(f'dj-haven-2009-parts-in-words-bellwether-{i + 1}', f'dj-2009-ewe_and_lantern-{bw_urls[i].split("/")[-1]}', bw_urls[i], 'deadjournal', 'story', 2009,
         ['s2-haven', 'deadjournal', 'part-in-words'],
         f'Bellwether, “Part the {bw_words[i]}” on DeadJournal (S2 Haven entry page, /users/NAME/ URLs): the part numbered only in words in the subject, no total anywhere; links after the prose named the same way (“← Part the First · Part the Third →”)',
         haven_page('entry', [e], 'ewe_and_lantern', 'ewe & lantern', bw_urls[i], 2009, site='deadjournal.com'),
         [story(bw_urls[i], 'ewe_and_lantern', 'ewe_and_lantern', f, part(i + 1, None), bw_bodies[i], exclude=ex)], stitched=(bw_urls, bw_bodies))
SERIES.append(('bellwether', 'Bellwether', '3', 'DeadJournal 2009, S2 Haven; subjects “Bellwether, Part the First / Second / Third” (words, no total); links after the prose in the same words.'))

# ======================================================================= B. Undertow (DW 2018, core2 Motion; part 2 read with
# ?style=light): a WIP with an unknown total, "(1/?)", "(2/?)", "(3/??)"; links "previous | next".
KC = 'https://kelp-and-cable.dreamwidth.org/'
ut_urls = [KC + '40211.html', KC + '40587.html', KC + '41002.html']
ut_subj = ['Undertow (1/?)', 'Undertow (2/?)', 'Undertow (3/??)']
ut_prose = [
    ['The cable ship Merrow had been out eleven weeks when the line went quiet. Not broken: the test signal still went down and came back. It was the other end that had stopped talking.',
     'Imke, who had the night watch in the instrument room, put on the headphones and listened to the nothing for an hour before she woke the captain.',
     '“Could be the station,” the captain said. “Could be a storm at their end.” He did not sound as if he believed it.'],
    ['They sent the grapnel down at first light. It took four hours to find the cable and another two to bring a loop of it to the surface, dripping and furred with weed.',
     'Imke was the one who saw it first. Somebody had spliced into the line, three hundred miles out and two miles down, with a neat little box of brass that had no business being there.',
     'The box was warm to the touch.'],
    ['Nobody wanted to open it. In the end the bosun did, with a screwdriver and a great deal of swearing, and inside there was nothing but a coil of fine wire and a folded paper, dry as the day it was written.',
     'The paper said, in a careful round hand: Please do not cut this line. We are listening too.',
     'Imke read it three times. Then she went back to the instrument room and put the headphones on again, and this time she did not listen to the nothing. She listened to what was under it.'],
]
ut_bodies = [body(f'undertow-{i + 1}', p) for i, p in enumerate(ut_prose)]
UT_NOTES = 'A WIP, and I honestly don’t know how long it will be. Updates when they happen.'
for i in range(3):
    words = ['96', '90', '104'][i]
    rows = [('Title', 'Undertow'), ('Fandom', 'Original'), ('Rating', 'T'), ('Words this part', words)]
    f = fields(title='Undertow', fandom='Original', rating='T', wordCount=words)
    if i == 0:
        rows.append(('Notes', UT_NOTES))
        f['notes'] = UT_NOTES
    prev = f'<a href="{ut_urls[i - 1]}">previous</a>' if i > 0 else 'previous'
    nxt = f'<a href="{ut_urls[i + 1]}">next</a>' if i < 2 else 'next: when I write it'
    html = hdr(rows, '<strong>{L}:</strong> {V}') + '<br /><br />\n' + ph(ut_prose[i]) + '\n' + cp(f'{prev} | {nxt}')
    e = {'url': ut_urls[i], 'journal': 'kelp_and_cable', 'poster': 'kelp_and_cable', 'subject': ut_subj[i], 'date': (2018, 9, 4 + 9 * i, '22:1' + str(i)),
         'tags': ['fic: undertow', 'wip'], 'html': html, 'ncomments': 2,
         'comments': [('saltlick_reads', ['What is the other end?!', 'The box was warm. NOPE.', 'We are listening too. I have chills.'][i]), ('kelp_and_cable', 'Thank you!')]}
    ex = ['next: when I write it' if i == 2 else 'previous | next', e['comments'][0][1]]
    st = [story(ut_urls[i], 'kelp_and_cable', 'kelp_and_cable', f, part(i + 1, None), ut_bodies[i], exclude=ex)]
    if i == 1:
        page('dw-stylelight-2018-wip-unknown-total-undertow-2', 'dw-2018-kelp_and_cable-40587-light.html', ut_urls[i] + '?style=light', 'dreamwidth', 'story', 2018,
             ['dw-style-light', 'wip-unknown-total'],
             'Undertow (2/?) read with `?style=light` (the siteviews entry in the Lynx scheme): a WIP whose total is unknown, “(2/?)”; links “previous | next” after the prose (both URLs in pages.json)',
             dw_light_page(e, ut_subj[i], 2018), st, stitched=(ut_urls, ut_bodies), also=[ut_urls[i]])
    else:
        page(f'dw-motion-2018-wip-unknown-total-undertow-{i + 1}', f'dw-2018-kelp_and_cable-{ut_urls[i].split("/")[-1]}', ut_urls[i], 'dreamwidth', 'story', 2018,
             ['dw-core2-style', 'wip-unknown-total'],
             f'{ut_subj[i]} (DW core2 Motion): a WIP whose total is unknown (“1/?”, then “3/??”); `<strong>Label:</strong>` header with “Words this part”; links “previous | next” after the prose'
             + ('; the last posted part says “next: when I write it”' if i == 2 else ''),
             dw_page('entry', [e], 'kelp_and_cable', 'kelp & cable', 'Motion', ut_urls[i], f'kelp & cable: {ut_subj[i]}', year=2018), st, stitched=(ut_urls, ut_bodies))
SERIES.append(('undertow', 'Undertow', '3 (a WIP)', 'DW 2018, core2 Motion and ?style=light; “(1/?)”, “(2/?)”, “(3/??)”; links “previous | next”.'))

# ======================================================================= C. Saltwork (Scribbld 2011, S2 Tabular Indent): a COMBINED
# first post "Parts 1-2 of 4", then "Part 3 of 4" and "Part 4 of 4"; an "Also on AO3" line in the first header.
BF = 'http://brinefield.scribbld.com/'
sw_urls = [BF + '2210.html', BF + '2391.html', BF + '2544.html']
sw_subj = ['Saltwork, Parts 1-2 of 4', 'Saltwork, Part 3 of 4', 'Saltwork, Part 4 of 4']
sw_prose = [
    ['The salt pans at Cray were worked by women, because the men went to sea, and the sea, everyone agreed, was a worse place to stand all day than a pan of brine.',
     'Old Bet ran the pans. She could tell from the colour of the crust whether the salt would be fine or coarse, and from the smell of the wind whether it would rain before the rake came out.',
     '* * *',
     'The year the new landlord came, he walked the pans in a good coat and asked Bet how much she thought they were worth.',
     '“To who?” said Bet, and went on raking.'],
    ['He came back in the autumn with a surveyor and a plan for a harbour, which would have needed the whole shore.',
     'The women of Cray stood in their pans and watched the surveyor set up his little tripod in the mud. Nobody said anything. Nobody moved to help when the tide came in faster than he expected and took his tripod and his hat.'],
    ['The harbour was never built. The landlord sold the shore the next spring to a man who wanted nothing from it but salt.',
     'Bet lived another twenty years. When she died they put a spoon of Cray salt on her tongue, for the road, and her granddaughter took up the rake.',
     'It is still the best salt on the coast, if you can find someone who will sell it to you.'],
]
sw_bodies = [body(f'saltwork-{i + 1}', p) for i, p in enumerate(sw_prose)]
AO3_SW = 'https://archiveofourown.org/works/3318842'
SW_SUM = 'Salt pans, a landlord, and a woman who will not stop raking.'
sw_parts = [part(1, 4), part(3, 4), part(4, 4)]
for i in range(3):
    words = ['118', '62', '71'][i]
    rows = [('Title', 'Saltwork'), ('Author', 'brinefield'), ('Rating', 'G'), ('Words', words)]
    f = fields(title='Saltwork', author='brinefield', rating='G', wordCount=words)
    if i == 0:
        rows += [('Summary', SW_SUM), ('Also on AO3', (f'<a href="{AO3_SW}">here</a>',))]
        f['summary'] = SW_SUM
    nav = [f'<a href="{BF}2210.html">&laquo; parts 1-2</a>' if i == 1 else f'<a href="{BF}2391.html">&laquo; part 3</a>' if i == 2 else '',
           f'<a href="{sw_urls[i + 1]}">on to part {i + 3} &raquo;</a>' if i < 2 else '']
    html = hdr(rows) + '<br /><br />\n' + ph(sw_prose[i]) + '\n' + cp(' | '.join(x for x in nav if x))
    e = {'url': sw_urls[i], 'journal': 'brinefield', 'poster': 'brinefield', 'subject': sw_subj[i], 'date': (2011, 6, 1 + 7 * i, '18:3' + str(i)),
         'tags': ['fic', 'saltwork'], 'site': 'scribbld.com', 'html': html,
         'comments': [('cray_pans', ['“To who?” Ha!', 'Took his tripod AND his hat.', 'A spoon of salt for the road. Oh.'][i])]}
    ex = [e['comments'][0][1], 'on to part' if i < 2 else '« part 3']
    if i == 0:
        ex.append('Also on AO3')
    page(f'sc-tabind-2011-combined-parts-saltwork-{["1-2", "3", "4"][i]}', f'sc-2011-brinefield-{sw_urls[i].split("/")[-1]}', sw_urls[i], 'scribbld', 'story', 2011,
         ['s2-tabular-indent', 'scribbld', 'combined-parts'] + (['also-on-ao3'] if i == 0 else []),
         f'{sw_subj[i]} on Scribbld (S2 Tabular Indent): '
         + ('a COMBINED post, two parts under one header with a “* * *” break; an unlisted “Also on AO3: here” line (not followed, not a field)' if i == 0 else 'after a combined first post “Parts 1-2 of 4”')
         + '; links “« parts 1-2 | on to part 4 »” after the prose',
         tabind_page('entry', [e], 'brinefield', 'brine field', sw_urls[i], 2011, site='scribbld.com'),
         [story(sw_urls[i], 'brinefield', 'brinefield', f, sw_parts[i], sw_bodies[i], exclude=ex)], stitched=(sw_urls, sw_bodies))
SERIES.append(('saltwork', 'Saltwork', '3 (1-2, 3, 4 of 4)', 'Scribbld 2011, S2 Tabular Indent; the first post holds two parts (“Parts 1-2 of 4”); an AO3 “also on” link not to follow.'))

# ======================================================================= D. The Quiet Orchard (LJ 2020, 2019+ journal pages): the
# header ONLY on part 1; parts 2 and 3 just a "Part 2" line and prose; linked ONLY by the page's own Previous post / Next post
# (direct links) and the words "read on: Next post, below". Part 2 also read on m.livejournal.com.
PR = 'https://pippin-and-rue.livejournal.com/'
qo_urls = [PR + '88310.html', PR + '88604.html', PR + '88951.html']
qo_subj = ['The Quiet Orchard (part 1)', 'The Quiet Orchard, part 2', 'The Quiet Orchard, part 3']
qo_prose = [
    ['Nobody in the village remembered who had planted the orchard on the hill, only that nobody was supposed to pick from it.',
     'The apples fell every autumn and rotted in the grass, and the wasps grew drunk on them, and the children dared each other to go as far as the gate and no further.',
     'Wren went through the gate the September she turned thirteen, because her brother was ill and the doctor had said, half joking, that an apple a day would do more for him than anything in his bag.'],
    ['Inside the gate the air was warmer, and quieter, as if the wind had agreed not to come in.',
     'The trees were older than any she had seen. Their trunks twisted like wrung cloth. Every branch was heavy, and every apple was perfect, without a mark or a bruise, and there was not a single wasp.',
     'Wren picked one. Nothing happened. She picked another, and a voice behind her said, quite kindly, “Only the one, I think.”'],
    ['The woman sitting under the oldest tree had grass in her hair and bark-brown hands, and she was peeling an apple with a knife so old the blade had worn to a crescent.',
     '“For your brother,” she said. “Not for you. You can come back when you need one.”',
     'Wren put the second apple back on the branch, and it stayed there, as if it had never been picked. Her brother was well by Martinmas. She has been back twice since, and she has never taken more than one.'],
]
qo_bodies = [body(f'quietorchard-{i + 1}', p) for i, p in enumerate(qo_prose)]
QO_SUM = 'An orchard nobody picks from, and one girl who does.'
QO_NOTES = 'Three posts, back to back. To read on, use Next post at the bottom of each one.'
before = {'url': PR + '88107.html', 'subject': 'allotment report: the marrows have won'}
after = {'url': PR + '89203.html', 'subject': 'snow! in October!'}
qo_entries = []
for i in range(3):
    if i == 0:
        top = hdr([('Title', 'The Quiet Orchard'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '310'), ('Summary', QO_SUM), ('Notes', QO_NOTES)]) + '<br /><br />\n'
        f = fields(title='The Quiet Orchard', fandom='Original', rating='G', wordCount='310', summary=QO_SUM, notes=QO_NOTES)
    else:
        top = f'<p><b>Part {i + 1}</b></p>\n'
        f = fields(title='The Quiet Orchard')
    tail = '<p><i>read on: Next post, below</i></p>' if i < 2 else '<p><i>the end</i></p>'
    html = top + ph(qo_prose[i]) + '\n' + tail
    e = {'url': qo_urls[i], 'journal': 'pippin_and_rue', 'poster': 'pippin_and_rue', 'subject': qo_subj[i], 'date': (2020, 9, 19, ['10:00', '10:05', '10:09'][i]),
         'tags': ['my fic', 'the quiet orchard'], 'html': html,
         'comments': [('windfall_pearl', ['Through the gate! Go on, Wren.', 'Not a single wasp. Ominous.', 'Only the one. Oh, this is lovely.'][i])]}
    qo_entries.append((e, f, tail))
for i, (e, f, tail) in enumerate(qo_entries):
    prev = qo_entries[i - 1][0] if i > 0 else before
    nxt = qo_entries[i + 1][0] if i < 2 else after
    ex = [re.sub('<[^>]+>', '', tail), e['comments'][0][1]] + (['Part 2'] if i == 1 else ['Part 3'] if i == 2 else [])
    page(f'lj-2020-mdspost-prevnext-only-quietorchard-{i + 1}', f'lj-2020-pippin_and_rue-{qo_urls[i].split("/")[-1]}', qo_urls[i], 'livejournal', 'story', 2020,
         ['lj-2019-site-scheme', 'prev-next-only', 'header-first-part-only'],
         f'{qo_subj[i]} (LJ’s 2019+ journal page, the mdspost entry): '
         + ('the ONLY header of the story (Notes: “To read on, use Next post at the bottom of each one.”)' if i == 0 else f'no header, only a bold “Part {i + 1}” line and the prose')
         + '; the parts are linked ONLY by the page’s own “Previous post / Next post” links (direct entry links with the subjects), the other neighbours unrelated posts; comments only in `Site.page` JSON',
         md_entry_page(e, 'pippin & rue', 2020, prev=prev, nxt=nxt, more=[(before['url'], before['subject']), (after['url'], after['subject'])]),
         [story(qo_urls[i], 'pippin_and_rue', 'pippin_and_rue', f, part(i + 1, None), qo_bodies[i], exclude=ex)], stitched=(qo_urls, qo_bodies),
         also=[mobile_url(e)] if i != 1 else [])
e2 = qo_entries[1][0]
page('lj-mobile-2020-prevnext-only-quietorchard-2', 'lj-mobile-2020-pippin_and_rue-88604.html', mobile_url(e2), 'livejournal', 'story', 2020,
     ['lj-mobile', 'prev-next-only', 'header-first-part-only'],
     'The Quiet Orchard, part 2 read on m.livejournal.com (`/read/user/NAME/ID`, the mobile shell: `div.post`, `h1.post-title`, `div.post-body`): no header; the only links to the other parts the mobile “← Previous / Next →” (mobile addresses of the neighbouring entries); “Full version” links the desktop entry',
     mobile_page(e2, 2020, prev=qo_entries[0][0], nxt=qo_entries[2][0]),
     [story(mobile_url(e2), 'pippin_and_rue', 'pippin_and_rue', fields(title='The Quiet Orchard'), part(2, None), qo_bodies[1], exclude=['read on: Next post, below', 'Not a single wasp. Ominous.'])],
     stitched=(qo_urls, qo_bodies))
SERIES.append(('quietorchard', 'The Quiet Orchard', '3 (+ a mobile copy of part 2)', 'LJ 2020, 2019+ journal pages; header on part 1 only; linked only by the page’s Previous post / Next post; part 2 also read on m.livejournal.com (mobile Previous / Next).'))

# ======================================================================= E. The Lantern Ferry (LJ 2008, S2 A Sturdy Gesture): part 1
# also read as a Wayback copy (2011) whose link to part 2 was never rewritten (it still points at the live journal); part 2 is
# on the recent page behind an lj-cut whose text is the story's title and whose link goes to the entry's #cutid1.
FW = 'http://ferrywoman.livejournal.com/'
lf_urls = [FW + '7712.html', FW + '7935.html']
lf_prose = [
    ['The ferry at Oxmouth ran until the last lamp in the inn went out, and the ferrywoman, Dorcas, would take anyone across for a penny, or for a story if they had no penny.',
     'Most nights it was pennies. But on the longest night of the year a boy came down to the slip with no money and no coat, and asked to be taken to the other side, where there was nothing but marsh.',
     '“What’s your story, then?” said Dorcas, and pushed off.'],
    ['The boy’s story took the whole crossing, and the crossing took much longer than it should have, because the tide was slack and the fog came down.',
     'It was about a ferry, and a ferrywoman, and a night when the lamps went out all along the river. Dorcas listened, and did not interrupt, and when they reached the far bank there was a light burning in the marsh where no light should be.',
     'The boy got out and walked towards it. Dorcas waited until it went out. Then she rowed home, and lit the lamp on the slip, and left it burning till morning, and every longest night after.'],
]
lf_bodies = [body(f'lanternferry-{i + 1}', p) for i, p in enumerate(lf_prose)]
LF_SUM = 'A ferry, a penny or a story, and the longest night of the year.'
lf_entries = []
for i in range(2):
    words = ['101', '115'][i]
    rows = [('Title', 'The Lantern Ferry'), ('Rating', 'G'), ('Words', words), ('Summary', LF_SUM)]
    f = fields(title='The Lantern Ferry', rating='G', wordCount=words, summary=LF_SUM)
    link = (f'<a href="{lf_urls[1]}">on to part two</a>' if i == 0 else f'<a href="{lf_urls[0]}">back to part one</a>')
    cut_anchor = '<a name="cutid1"></a>' if i == 1 else ''
    html = hdr(rows) + '<br /><br />\n' + cut_anchor + ph(lf_prose[i]) + '\n' + cp(link)
    idx = None
    if i == 1:
        idx = (hdr(rows) + '<br /><br />\n' + f'<b>( <a href="{lf_urls[1]}#cutid1">The Lantern Ferry, part two</a> )</b>')
    e = {'url': lf_urls[i], 'journal': 'ferrywoman', 'poster': 'ferrywoman', 'subject': f'The Lantern Ferry ({i + 1}/2)', 'date': (2008, 12, 20 + i, ['21:30', '22:05'][i]),
         'tags': ['fic', 'lantern ferry'], 'html': html, 'comments': [('oxmouth_inn', ['A penny or a story!', 'Every longest night after. *sniffs*'][i])]}
    if idx:
        e['index_html'] = idx
    lf_entries.append((e, f, link))
for i, (e, f, link) in enumerate(lf_entries):
    ex = [re.sub('<[^>]+>', '', link), e['comments'][0][1]]
    page(f'lj-sturdy-2008-cut-title-lanternferry-{i + 1}', f'lj-2008-ferrywoman-{lf_urls[i].split("/")[-1]}', lf_urls[i], 'livejournal', 'story', 2008,
         ['s2-sturdy-gesture', 'part-marker'] + (['cutid-anchor'] if i == 1 else []),
         f'The Lantern Ferry ({i + 1}/2) (LJ S2 A Sturdy Gesture entry page)' + (': `<a name="cutid1">` before the prose (the recent page’s cut leads here)' if i == 1 else '') + f'; link “{re.sub("<[^>]+>", "", link)}” after the prose',
         sturdy_page('entry', [e], 'ferrywoman', 'the ferrywoman', lf_urls[i], f'the ferrywoman: The Lantern Ferry ({i + 1}/2)', 2008),
         [story(lf_urls[i], 'ferrywoman', 'ferrywoman', f, part(i + 1, 2), lf_bodies[i], exclude=ex)], stitched=(lf_urls, lf_bodies))
# the Wayback copy of part 1 (2011): its link to part 2 was never rewritten (kept as the live address)
e1 = dict(lf_entries[0][0])
e1['html'] = e1['html'].replace(f'href="{lf_urls[1]}"', 'href="LIVELINK"')
TS = '20110304101722'
wbp = wayback(sturdy_page('entry', [e1], 'ferrywoman', 'the ferrywoman', lf_urls[0], 'the ferrywoman: The Lantern Ferry (1/2)', 2008), TS, lf_urls[0]).replace('LIVELINK', lf_urls[1])
page('wayback-2011-lj-sturdy-live-partlink-lanternferry-1', 'wayback-2011-ferrywoman-7712.html', wb(TS, lf_urls[0]), 'wayback', 'story', 2008,
     ['wayback-2011', 's2-sturdy-gesture', 'live-part-link'],
     'Wayback copy captured 2011-03-04 of The Lantern Ferry (1/2): every link rewritten through /web/ EXCEPT the one to part two, which still points at the live journal (as captures with unrewritten links do)',
     wbp, [story(lf_urls[0], 'ferrywoman', 'ferrywoman', lf_entries[0][1], part(1, 2), lf_bodies[0], exclude=['on to part two', 'A penny or a story!'])],
     stitched=(lf_urls, lf_bodies))
rp = {'url': FW + '8040.html', 'journal': 'ferrywoman', 'poster': 'ferrywoman', 'subject': 'the inn quiz: a report', 'date': (2008, 12, 23, '23:50'),
      'tags': ['life'], 'html': ph(['We came third in the inn quiz again, beaten by the vicar’s team, who I maintain had a phone under the table.', 'The picture round was all ferries. I should have known every one. I knew none.']),
      'comments': []}
lf_teaser = body('lanternferry-2-recent', [])
page('lj-sturdy-2008-recent-cut-title-lanternferry', 'lj-2008-ferrywoman-recent.html', FW, 'livejournal', 'index', 2008,
     ['s2-sturdy-gesture', 'recent-page', 'cut-text-is-title', 'cutid-anchor'],
     'The writer’s recent page (LJ S2 A Sturdy Gesture): a personal post, then The Lantern Ferry (2/2) with its header and NOTHING else before an lj-cut whose text is the title, “( The Lantern Ferry, part two )”, linking the entry’s `#cutid1`',
     sturdy_page('recent', [rp, lf_entries[1][0]], 'ferrywoman', 'the ferrywoman', FW, 'the ferrywoman', 2008),
     [story(lf_urls[1], 'ferrywoman', 'ferrywoman', lf_entries[1][1], part(2, 2), lf_teaser, complete=False, exclude=['The Lantern Ferry, part two', 'the inn quiz'])])
SERIES.append(('lanternferry', 'The Lantern Ferry', '2 (+ a Wayback copy of part 1, a recent page)', 'LJ 2008, S2 A Sturdy Gesture; part 1 also a Wayback 2011 copy whose link to part 2 is the live address; part 2 behind a cut titled with the story on the recent page (#cutid1).'))

# ======================================================================= F. The Weir Keeper (InsaneJournal 2013, S2 Refried Paper):
# chapters numbered in ROMAN numerals alone ("The Weir Keeper: I.", "II.") with an "Interlude" between them (no number);
# links after the prose "on: the interlude" / "back: I. · on: II." / "back: the interlude".
from s2w import refried_page  # noqa: E402

WK = 'http://weirkeeper.insanejournal.com/'
wk_urls = [WK + '3104.html', WK + '3377.html', WK + '3502.html']
wk_subj = ['The Weir Keeper: I.', 'The Weir Keeper: Interlude', 'The Weir Keeper: II.']
wk_prose = [
    ['The weir at Lathom had been kept by the same family for two hundred years, and in all that time nobody had written down how it was done. You learned it by standing next to someone who knew, in all weathers, until you knew too.',
     'Nell had stood next to her uncle for six winters. She knew when to drop the boards and when to lift them, how the water sounded when the river was about to rise, which eels could be left and which had to be taken before the mill-race had them.',
     'What she did not know was what to do when her uncle walked out onto the weir one February night, in his good coat, with no lantern, and did not come back.'],
    ['The river kept its own count that winter. It rose on the day of the funeral and fell the day after. It froze at the edges, and the ice sang when the wind went over it, a high thin note like a finger round the rim of a glass.',
     'The village said the weir should go to a Lathom man. There were no Lathom men left, only Nell, and the miller, who was from Preston and did not count.'],
    ['In the spring the flood came, as her uncle had always said it would, three days after the thaw and in the middle of the night.',
     'Nell heard it before she saw it: a change in the river’s voice, lower and wider, as if it had taken a breath. She was on the weir before she was properly awake, with the lantern her uncle had not taken, dropping the boards one after another, counting them under her breath the way he had.',
     'When it was done she stood on the bank in her nightdress and watched the water go over the weir, brown and furious and harmless, and the miller came down the lane with a coat for her and said nothing at all, which was, she thought later, the first sensible thing a Preston man had ever done.',
     'The weir has been kept by the same family for two hundred and thirty years. Nobody has written down how it is done.'],
]
wk_bodies = [body(f'weirkeeper-{i + 1}', p) for i, p in enumerate(wk_prose)]
WK_SUM = 'A weir, a flood, and the last of the Lathoms.'
wk_nav = [f'<a href="{wk_urls[1]}">on: the interlude</a>',
          f'<a href="{wk_urls[0]}">back: I.</a> &middot; <a href="{wk_urls[2]}">on: II.</a>',
          f'<a href="{wk_urls[1]}">back: the interlude</a>']
for i in range(3):
    words = ['156', '82', '188'][i]
    rows = [('Title', 'The Weir Keeper'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Words', words)]
    f = fields(title='The Weir Keeper', fandom='Original', rating='PG', wordCount=words)
    if i == 0:
        rows.append(('Summary', WK_SUM))
        f['summary'] = WK_SUM
    html = hdr(rows) + '<br /><br />\n' + ph(wk_prose[i]) + '\n' + cp(wk_nav[i])
    e = {'url': wk_urls[i], 'journal': 'weirkeeper', 'poster': 'weirkeeper', 'subject': wk_subj[i], 'date': (2013, 2, 4 + 5 * i, '21:0' + str(i)),
         'tags': ['fic', 'the weir keeper'], 'site': 'insanejournal.com', 'currents': [('Mood', ['cold', 'quiet', 'relieved'][i])], 'html': html,
         'comments': [('eel_and_board', ['In his good coat, with no lantern. Oh no.', 'The ice sang. Gorgeous.', 'A Preston man said nothing! Growth.'][i])]}
    ex = [re.sub('<[^>]+>', '', wk_nav[i]).replace('&middot;', '·'), e['comments'][0][1]]
    page(f'ij-refried-2013-roman-interlude-weirkeeper-{["i", "interlude", "ii"][i]}', f'ij-2013-weirkeeper-{wk_urls[i].split("/")[-1]}', wk_urls[i], 'insanejournal', 'story', 2013,
         ['s2-refried-paper', 'insanejournal', 'roman-numeral-parts', 'interlude'],
         f'{wk_subj[i]} on InsaneJournal (S2 Refried Paper: the User / Date / Subject / Mood / Tags rows before the text): '
         + ['a chapter numbered by a roman numeral alone, “I.”, no total', 'an INTERLUDE between chapters I. and II. (no number)', 'chapter “II.”, after the interlude'][i]
         + f'; links after the prose “{re.sub("<[^>]+>", "", wk_nav[i]).replace("&middot;", "·")}”',
         refried_page('entry', [e], 'weirkeeper', 'the weir keeper', wk_urls[i], 2013, site='insanejournal.com'),
         [story(wk_urls[i], 'weirkeeper', 'weirkeeper', f, [part(1, None), None, part(2, None)][i], wk_bodies[i], exclude=ex)], stitched=(wk_urls, wk_bodies))
SERIES.append(('weirkeeper', 'The Weir Keeper', '3 (I., Interlude, II.)', 'InsaneJournal 2013, S2 Refried Paper; roman numerals alone in the subject, an unnumbered Interlude between; links “back: … · on: …”.'))
