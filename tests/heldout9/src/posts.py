"""Hand-written post content for tests/heldout9 and the truth that goes with it: the multi-part stories. All prose, names,
journals and titles are invented for this corpus (fandom names are labels; the canons are original fiction).
Page renderers: s2w.py (LiveJournal S2 Disjointed and Refried Paper, memories.bml: this corpus's own), tests/heldout2's
layouts.py (DW core2 in styles no corpus used: Five AM, Snakes and Boxes, Modish, Nouveau Oleanders, Basic Boxes, For the
Bold, Boxes and Borders, Refried Tablet, Pattern; the Wayback playback wrapper)."""
from layouts import dw_page, lj_user_old, wayback, wb  # noqa: F401
from s2w import disjointed_page, refried_page, memories_page  # noqa: F401

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401


def lju(name, kind='P', site='livejournal.com'):
    return (lj_user_old(name, site=site, kind=kind), name)


def nav_p(items, align='center'):
    return f'<p style="text-align: {align};">' + ' &#10070; '.join(items) + '</p>'


# ======================================================================= A. The Orrery Key (DW 2014, seven chapters): the writer's
# journal in Five AM, chapters 3 and 6 in the community clockwork_fic (Snakes and Boxes); subjects "The Orrery Key ❖ N/7"; the only
# links between chapters a centred "⇠ earlier ❖ later ⇢" line after the prose (chapter 7: "⇠ earlier ❖ fin").
BO = 'https://brass-orrery.dreamwidth.org/'
CW = 'https://clockwork-fic.dreamwidth.org/'
ok_urls = [BO + '4102.html', BO + '4388.html', CW + '12077.html', BO + '4651.html', BO + '4920.html', CW + '12530.html', BO + '5211.html']
ok_prose = [
    ['The key came in a parcel with no return address, wrapped in a page of the Kettering Gazette for the ninth of March, and it did not fit any lock in the house.',
     'Ada tried them all. The front door, the back door, the coal-hole, the tea caddy, her late uncle’s writing slope. She tried it in the clock on the landing, which had not gone since the funeral, and the clock did not go then either.',
     'It was only when she held it up to the window that she saw the teeth were not teeth at all, but a row of tiny planets, each on its own stalk.'],
    ['Mr Pell at the jeweller’s looked at it through his glass for a long time and then told her to put it away.',
     '“That’s from an orrery,” he said. “A big one. Your uncle had the making of it, before the war. He never finished.”',
     '“Where is it now?”',
     'Mr Pell took the glass out of his eye and polished it on his waistcoat, which was what he did when he did not want to answer. “The Observatory,” he said at last. “In the cellar, where they put the things they are ashamed of.”'],
    ['The Observatory’s cellar smelt of river water and machine oil. The caretaker let her in for a shilling and the promise that she would not touch anything, and then went away to his tea.',
     'The orrery filled the room. Its sun was a brass globe the size of a washtub; its planets hung from arms as long as oars, and every arm was still, furred with dust, fixed at the angle of some afternoon thirty years gone.',
     'In the base of it, where a maker would put his name, there was a keyhole.'],
    ['She did not turn the key that day. She went home and sat at the kitchen table with her uncle’s notebooks, which she had been meaning to burn, and read them until the candle went out.',
     'He had written down everything: the gearing, the ratios, the price of brass in 1911. On the last page, in pencil, he had written a date, and under it: when she is ready, not before.',
     'The date was tomorrow.'],
    ['It rained. The caretaker, who had been told nothing and suspected everything, followed her down the cellar steps with a lamp and stood in the doorway while she knelt in the dust.',
     'The key went in as if the lock had been waiting. It turned once, stiffly, and then a second time as easy as breath, and somewhere deep in the machine a spring that had been wound for thirty years let go.',
     'The caretaker said a word that caretakers do not say in front of ladies. The planets began to move.'],
    ['They moved slowly at first, and then not slowly at all. Mercury went round twice before Ada could stand up. The little moons of Jupiter spun on their wires like a fairground ride.',
     'And the sun, the brass washtub sun, opened. It opened like a flower, in eight curved petals, and inside it there was a letter folded very small and sealed with green wax, and her name written on it in her uncle’s hand.',
     'The caretaker held the lamp closer. Neither of them said anything at all.'],
    ['My dear Ada, the letter began. If you are reading this, then the Kettering Gazette has done its duty, and so have you.',
     'It was not a long letter. It said that he was sorry, and that the orrery was hers, and that it showed the sky not as it was but as it would be on the night she was born, if she let it run. It said that he had wanted to give her something that would still be turning when he was not.',
     'Ada folded it up again. Above her the planets slowed, and settled, and stopped, exactly where he had left them for her.'],
]
ok_bodies = [body(f'orrery-{i + 1}', p) for i, p in enumerate(ok_prose)]
ok_wc = ['96', '92', '88', '84', '90', '86', '104']
OK_SUMMARY = 'A key that fits no lock in the house, and the machine in the Observatory cellar that it was made for.'
OK_NOTES = 'One chapter a day this week. Chapters three and six are over at clockwork_fic for their gears week.'
ok_stitched = (ok_urls, ok_bodies)
ok_comments = ['Planets for teeth! I am hooked already.', 'The glass-polishing tell, I love him.', 'Arms as long as oars. Oh.',
               'when she is ready, not before — CHILLS.', 'The caretaker’s word, ha.', 'A LETTER IN THE SUN.', 'I cried on the bus. Thank you for this.']
for i in range(7):
    comm = i in (2, 5)
    if i == 0:
        rows = [('Title', 'The Orrery Key'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', ok_wc[0]), ('Summary', OK_SUMMARY), ('Notes', OK_NOTES)]
        f = fields(title='The Orrery Key', fandom='Original', rating='G', wordCount=ok_wc[0], summary=OK_SUMMARY, notes=OK_NOTES)
    elif comm:
        rows = [('Title', 'The Orrery Key'), ('Author', dwu('brass_orrery')), ('Prompt', 'gears week: escapement'), ('Rating', 'G'), ('Words', ok_wc[i])]
        f = fields(title='The Orrery Key', author='brass_orrery', prompt='gears week: escapement', rating='G', wordCount=ok_wc[i])
    else:
        rows = [('Title', 'The Orrery Key'), ('Rating', 'G'), ('Words', ok_wc[i])]
        f = fields(title='The Orrery Key', rating='G', wordCount=ok_wc[i])
    fmt = '<strong>{L}:</strong> {V}' if comm else '<b>{L}</b> &#8280; {V}'
    items = []
    if i > 0:
        items.append(f'<a href="{ok_urls[i - 1]}">&#8672; earlier</a>')
    items.append(f'<a href="{ok_urls[i + 1]}">later &#8674;</a>' if i < 6 else 'fin')
    e = {'url': ok_urls[i], 'journal': 'clockwork_fic' if comm else 'brass_orrery', 'poster': 'brass_orrery', 'community': comm,
         'subject': f'The Orrery Key ❖ {i + 1}/7', 'date': (2014, 9, 8 + i, ['20:05', '19:40', '21:12', '20:30', '18:55', '21:01', '20:20'][i]),
         'tags': ['fic', 'the orrery key', 'original fiction'] if not comm else ['author: brass_orrery', 'prompt: escapement', 'rating: g'],
         'html': hdr(rows, fmt=fmt) + '<br /><br />\n' + ph(ok_prose[i]) + '\n' + nav_p(items),
         'comments': [('tin_soldier_tea', ok_comments[i]), ('brass_orrery', 'Thank you!')]}
    ex = [('later ⇢' if i < 6 else '⇠ earlier'), ok_comments[i]]
    if comm:
        html = dw_page('entry', [e], 'clockwork_fic', 'clockwork: a gears & springs fic comm', 'Snakes and Boxes', ok_urls[i], e['subject'], year=2014)
        desc = (f'The Orrery Key chapter {i + 1}/7 in the community clockwork_fic (DW core2 Snakes and Boxes, “brass_orrery posting in clockwork_fic”): '
                '`<strong>Label:</strong>` header with Author and Prompt; the only links to the other chapters “⇠ earlier ❖ later ⇢” after the prose')
        shapes = ['dw-core2-style', 'community', 'part-marker', 'journal-and-community', 'seven-chapters', 'earlier-later']
        cid = f'dw-snakesandboxes-2014-community-orrery-{i + 1}of7'
        fname = f'dw-2014-clockwork_fic-{ok_urls[i].split("/")[-1]}'
    else:
        html = dw_page('entry', [e], 'brass_orrery', 'brass & orrery', 'Five AM', ok_urls[i], e['subject'], year=2014)
        desc = (f'The Orrery Key chapter {i + 1}/7 in the writer’s journal (DW core2 Five AM): subject “The Orrery Key ❖ {i + 1}/7”, `<b>Label</b> ⁘ X` header'
                + (' with Summary and Notes (naming the community two chapters are in)' if i == 0 else '')
                + '; the only links to the other chapters a centred “' + ' ❖ '.join(['⇠ earlier'] * (i > 0) + (['later ⇢'] if i < 6 else ['fin'])) + '” line after the prose')
        shapes = ['dw-core2-style', 'part-marker', 'journal-and-community', 'seven-chapters', 'earlier-later']
        cid = f'dw-fiveam-2014-orrery-{i + 1}of7'
        fname = f'dw-2014-brass_orrery-{ok_urls[i].split("/")[-1]}'
    page(cid, fname, ok_urls[i], 'dreamwidth', 'story', 2014, shapes, desc, html,
         [story(ok_urls[i], 'brass_orrery', e['journal'], f, part(i + 1, 7), ok_bodies[i], exclude=ex)], stitched=ok_stitched)
SERIES.append(('orrery', 'The Orrery Key', '7', 'DW 2014, core2 Five AM (journal) and Snakes and Boxes (community clockwork_fic, chapters 3 and 6); subjects “The Orrery Key ❖ N/7”; the chapters link each other only by a centred “⇠ earlier ❖ later ⇢” line after the prose (chapter 7: “⇠ earlier ❖ fin”); no masterpost.'))


# ======================================================================= B. Winter Hives (LJ 2009): masterpost + three chapters in the
# writer's journal (S2 Refried Paper), chapter 2 in the community apiary_fic (legacy community host, S2 Disjointed). Each chapter's ONLY
# link is to the masterpost ("⌂ back to the hive", "⌂ all three chapters are at the hive"); the masterpost lists the chapters by roman
# numeral and name in a <ul> that ALSO holds an art post (between chapters 1 and 2) and the podfic, then an AO3 link and a rec.
SK = 'http://skep-and-smoke.livejournal.com/'
AP = 'http://community.livejournal.com/apiary_fic/'
wh_master = SK + '20911.html'
wh_urls = [SK + '20188.html', AP + '3307.html', SK + '20645.html']
wh_names = ['Smoke', 'Queenright', 'Swarm Season']
wh_prose = [
    ['Grandmother lit the smoker with a twist of brown paper and a handful of dry grass, and the bees came up out of the skep slow and heavy, like old men getting out of chairs.',
     '“They don’t like the cold,” she said. “Nor do I. Hold this.” Nell held the smoker. It was warm through her mittens, and it smelt of bonfires and honey, and she thought that she had never been so happy in her life.',
     'That was the first winter.'],
    ['The second winter Grandmother could not lift the lids, so Nell lifted them, and Grandmother sat on an upturned bucket and told her what she was looking at.',
     '“Eggs,” she said. “Good. That means she’s there. That means they’re queenright.” Nell had never seen the queen. Grandmother said you did not need to see her. You only needed to see that the work went on.',
     'Nell thought about that a good deal, that year and after.'],
    ['The third winter, in January, with frost on the windows, the bees swarmed.',
     'They should not have. Nobody in the village had ever heard of it. They came out of the skep in a roaring brown cloud and hung for an hour in the bare apple tree, and Nell stood under them in her nightgown and Grandmother’s coat and did not know what to do.',
     'In the end she did what Grandmother would have done. She lit the smoker, and held out the empty skep, and waited, and one by one, they came home.'],
]
wh_bodies = [body(f'winterhives-{i + 1}', p) for i, p in enumerate(wh_prose)]
wh_wc = ['82', '80', '99']
wh_stitched = (wh_urls, wh_bodies)
WH_SUMMARY = 'Three winters with the bees, and the year they swarmed in January.'
wh_art = 'http://hexagon-hal.livejournal.com/8812.html'
wh_podfic = 'http://reedpipe-reads.livejournal.com/3090.html'
wh_ao3 = 'http://archiveofourown.org/works/118842'
wh_rec = 'http://thistledown-dee.livejournal.com/15527.html'
for i in range(3):
    comm = i == 1
    rows = [('Title', 'Winter Hives'), ('Chapter', wh_names[i])] + ([('Author', lju('skep_and_smoke'))] if comm else []) + [('Rating', 'PG'), ('Words', wh_wc[i])]
    f = fields(title='Winter Hives', **({'author': 'skep_and_smoke'} if comm else {}), rating='PG', wordCount=wh_wc[i])
    link = (f'<small>&#8962; all three chapters are <a href="{wh_master}">at the hive</a></small>' if comm
            else f'<small>&#8962; <a href="{wh_master}">back to the hive</a></small>')
    linktext = '⌂ all three chapters are at the hive' if comm else '⌂ back to the hive'
    e = {'url': wh_urls[i], 'journal': 'apiary_fic' if comm else 'skep_and_smoke', 'poster': 'skep_and_smoke', 'community': comm,
         'subject': f'Winter Hives: {wh_names[i]} ({i + 1}/3)', 'date': (2009, 1, 10 + i * 4, ['21:30', '20:15', '22:02'][i]),
         'tags': ['fic', 'winter hives'] if not comm else ['fic: original', 'author: skep_and_smoke'],
         'currents': [('Mood', ['cold', 'contemplative', 'buzzing'][i])],
         'html': hdr(rows, fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + brh(wh_prose[i]) + '<br /><br />\n' + link,
         'comments': [('apple_skep', ['Hold this. Oh, Grandmother.', 'You only needed to see that the work went on. Yes.', 'They came home!!'][i], ''),
                      ('skep_and_smoke', 'Thank you for reading!', 'Re: ' + wh_names[i])]}
    if comm:
        e['jbase'] = AP
        html = disjointed_page('entry', [e], 'apiary_fic', 'the apiary', wh_urls[i], 2009, kind='C')
        desc = ('Winter Hives chapter 2/3 in the community apiary_fic (legacy community host, LJ S2 Disjointed: the subject in the first `td.metabox`, '
                'the altposter cell “apiary_fic - (skep_and_smoke)”, the metadata’s `table.currbox` after the text, and every comment printed as an entry box of its own); '
                'its only link the masterpost’s, “⌂ all three chapters are at the hive”')
        shapes = ['disjointed', 'community', 'part-marker', 'chapter-to-masterpost', 'journal-and-community', 'comments-as-entries']
        cid = 'lj-disjointed-2009-community-winterhives-2of3'
    else:
        html = refried_page('entry', [e], 'skep_and_smoke', 'skep & smoke', wh_urls[i], 2009)
        desc = (f'Winter Hives chapter {i + 1}/3 in the writer’s journal (LJ S2 Refried Paper: User / Date / Subject / Security / Mood / Tags rows in a table above `div.entry-text`; '
                'the comments printed the same way): `<b>Label:</b>` header with an unlisted “Chapter:” line naming the chapter; its only link the masterpost’s, “⌂ back to the hive”')
        shapes = ['refried-paper', 'part-marker', 'chapter-to-masterpost', 'journal-and-community']
        cid = f'lj-refried-2009-winterhives-{i + 1}of3'
    page(cid, f'lj-2009-{e["journal"]}-{wh_urls[i].split("/")[-1]}', wh_urls[i], 'livejournal', 'story', 2009, shapes, desc, html,
         [story(wh_urls[i], 'skep_and_smoke', e['journal'], f, part(i + 1, 3), wh_bodies[i], exclude=[linktext, e['comments'][0][1]])], stitched=wh_stitched)

wh_list = (f'<b>Chapters &amp; extras</b>\n<ul>\n<li><a href="{wh_urls[0]}">i. Smoke</a></li>\n'
           f'<li><a href="{wh_art}">art for Smoke</a>, by hexagon_hal — go and tell her how lovely it is</li>\n'
           f'<li><a href="{wh_urls[1]}">ii. Queenright</a> (at apiary_fic)</li>\n'
           f'<li><a href="{wh_urls[2]}">iii. Swarm Season</a></li>\n'
           f'<li><a href="{wh_podfic}">podfic of all three</a>, read by reedpipe_reads (mp3, 9 minutes)</li>\n</ul>\n'
           f'Also on <a href="{wh_ao3}">AO3</a>. If you liked this, you might like <a href="{wh_rec}">The Wax Moth</a> by thistledown_dee, which is what made me want to write bees in the first place.')
whm = {'url': wh_master, 'journal': 'skep_and_smoke', 'poster': 'skep_and_smoke', 'subject': 'Winter Hives (masterpost)', 'date': (2009, 1, 24, '12:00'),
       'tags': ['fic', 'winter hives', 'masterpost'],
       'html': hdr([('Title', 'Winter Hives'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Words', '261 in three chapters'), ('Summary', WH_SUMMARY)], fmt='<b>{L}:</b> {V}') + '<br /><br />\n' + wh_list,
       'comments': [('apple_skep', 'Bookmarking the whole hive.', '')]}
page('lj-refried-2009-winterhives-masterpost', 'lj-2009-skep_and_smoke-20911.html', wh_master, 'livejournal', 'masterpost', 2009,
     ['refried-paper', 'masterpost', 'related-links'],
     'The Winter Hives masterpost (LJ S2 Refried Paper): header, then a “Chapters & extras” `<ul>` naming the chapters “i. Smoke”, “ii. Queenright (at apiary_fic)”, “iii. Swarm Season” with an ART post between chapters i and ii and the podfic after iii, then an AO3 link and a rec of another writer’s story',
     refried_page('entry', [whm], 'skep_and_smoke', 'skep & smoke', wh_master, 2009),
     [story(wh_master, 'skep_and_smoke', 'skep_and_smoke', fields(title='Winter Hives', fandom='Original', rating='PG', wordCount='261 in three chapters', summary=WH_SUMMARY), None,
            complete=False, related=[wh_art, wh_podfic, wh_ao3, wh_rec])], stitched=wh_stitched)
SERIES.append(('winterhives', 'Winter Hives', '3 + masterpost', 'LJ 2009, S2 Refried Paper (journal) and S2 Disjointed (community apiary_fic on the legacy host, chapter 2); subjects “Winter Hives: NAME (N/3)”; each chapter links ONLY the masterpost (“⌂ back to the hive”, “⌂ all three chapters are at the hive”), whose `<ul>` mixes an art post and the podfic in with the chapters, then AO3 and a rec.'))


# ======================================================================= C. Marram (InsaneJournal 2010, S2 Disjointed): subject "fic:
# Marram" on all three parts; the part marker is ONLY in the tags ("part 1 of 3"; the community's "marram: part 2 of 3"); part 2 in the
# community shoreline_fic; links "after this ↠" / "↞ before this" after the prose.
DW_ = 'http://dune-warden.insanejournal.com/'
SL = 'http://community.insanejournal.com/shoreline_fic/'
mr_urls = [DW_ + '1530.html', SL + '8845.html', DW_ + '1702.html']
mr_prose = [
    ['The warden’s job was to plant marram grass on the dunes, so that the dunes would stay where they were and the village behind them would stay dry.',
     'He had done it for forty years. He had a dibber and a sack and a bad knee, and every autumn the sea took a little, and every spring he put a little back.',
     'The girl turned up in March, with her own dibber, and said the council had sent her. The council had not sent her. He let her stay anyway.'],
    ['She was hopeless at first. She planted the grass too shallow and the wind pulled it out; she planted it too close and it choked. He showed her once, and then again, and then he stopped showing her and let her watch.',
     'By June her rows were straighter than his. He did not tell her so. She knew.',
     'In August a storm came in off the North Sea and they sat it out in the hut with the door tied shut, listening to the sand hiss against the boards.'],
    ['In the morning the first dune was gone, scooped out like a spoonful from a pudding. The second was half gone. The third, where she had planted, was whole.',
     'He walked along the top of it on his bad knee and looked at her grass, all still there, every root holding, and for a long while he said nothing at all.',
     'Then he gave her his dibber, which was older than she was, and went home, and did not come back in the spring.'],
]
mr_bodies = [body(f'marram-{i + 1}', p) for i, p in enumerate(mr_prose)]
mr_stitched = (mr_urls, mr_bodies)
mr_wc = ['88', '86', '82']
for i in range(3):
    comm = i == 1
    rows = ([('author', lju('dune_warden', site='insanejournal.com'))] if comm else []) + [('rating', 'G'), ('words', mr_wc[i]), ('characters', 'the warden, the girl')]
    f = fields(**({'author': 'dune_warden'} if comm else {}), title='Marram', rating='G', wordCount=mr_wc[i], characters='the warden, the girl')
    items = []
    if i > 0:
        items.append(f'<a href="{mr_urls[i - 1]}">&#8606; before this</a>')
    if i < 2:
        items.append(f'<a href="{mr_urls[i + 1]}">after this &#8608;</a>')
    tags = ['fic', 'marram', f'part {i + 1} of 3'] if not comm else ['author: dune_warden', 'marram: part 2 of 3']
    e = {'url': mr_urls[i], 'journal': 'shoreline_fic' if comm else 'dune_warden', 'poster': 'dune_warden', 'community': comm, 'site': 'insanejournal.com',
         'subject': 'fic: Marram', 'date': (2010, 5, 2 + i * 3, ['19:20', '20:45', '18:10'][i]), 'tags': tags,
         'currents': [('Mood', ['windswept', 'stubborn', 'quiet'][i])],
         'html': '<small>' + hdr(rows, fmt='<b>{L}</b> &#8250; {V}', sep=' &middot; ') + '</small><br /><br />\n' + brh(mr_prose[i]) + '<br /><br />\n'
                 + '<div align="right">' + ' | '.join(items) + '</div>',
         'comments': [('sea_holly', ['A dibber of her own!', 'She knew. <3', 'Oh, the dibber. OH.'][i], ''), ('dune_warden', 'thank you, truly', 'Re: fic: Marram')]}
    if comm:
        e['jbase'] = SL
    html = disjointed_page('entry', [e], e['journal'], 'shoreline: sea and sand fic' if comm else 'the dune warden', mr_urls[i], 2010, kind='C' if comm else 'P', site='insanejournal.com')
    ex = ['after this ↠' if i < 2 else '↞ before this', e['comments'][0][1]]
    page(f'ij-disjointed-2010-{"community-" if comm else ""}tagsonly-marram-{i + 1}of3', f'ij-2010-{e["journal"]}-{mr_urls[i].split("/")[-1]}', mr_urls[i], 'insanejournal', 'story', 2010,
         ['disjointed', 'insanejournal', 'marker-in-tags-only', 'journal-and-community'] + (['community'] if comm else []),
         f'Marram part {i + 1} of 3 on InsaneJournal (S2 Disjointed{", the community shoreline_fic: “shoreline_fic - (dune_warden)”" if comm else ""}): the subject is “fic: Marram” on every part, the ONLY part marker is the tag “{tags[-1]}” '
         '(in the `table.currbox` after the text); one `<small>` line of lower-case `<b>label</b> › x` fields joined by middle dots; links “after this ↠” / “↞ before this” right-aligned after the prose',
         html, [story(mr_urls[i], 'dune_warden', e['journal'], f, part(i + 1, 3), mr_bodies[i], exclude=ex)], stitched=mr_stitched)
SERIES.append(('marram', 'Marram', '3', 'InsaneJournal 2010, S2 Disjointed; subject “fic: Marram” on every part, the marker only in a tag (“part 1 of 3”, “marram: part 2 of 3”); part 2 in the community shoreline_fic; links “after this ↠” / “↞ before this”.'))


# ======================================================================= D. The Lamplighter's Almanac (JournalFen 2008, S2 Refried Paper):
# "(1/3)", "(2a/3)", "(2b/3)", "(3/3)": chapter two split across two posts; links "read on ↷" / "↶ went before" after the prose.
WG = 'http://www.journalfen.net/users/wick_and_glass/'
la_urls = [WG + '30412.html', WG + '30677.html', WG + '30790.html', WG + '31208.html']
la_marks = ['1', '2a', '2b', '3']
la_prose = [
    ['January: the lamps are lit at four. Old Corrigan lights the lamps on Wharf Street and the lamps on Chapel Row, and his apprentice lights the rest, and gets them wrong.',
     'The apprentice is called Tom and he is eleven. He carries the ladder badly and the pole worse. On the first night he sets fire to his own cap, and Corrigan puts it out with his hand and says nothing about it, which is worse than shouting.'],
    ['February: the fog comes up the river and sits on the town for a week. The lamps are lit at three, and then at two, and then nobody bothers putting them out at all.',
     'Tom learns the streets by the lamps. He learns that the lamp by the chandler’s leans, and the lamp on the Custom House steps has a crack in the glass shaped like a heron, and that Corrigan stops under each one for a moment, as though he were counting.'],
    ['He is counting. Tom finds this out on the last night of the fog, when Corrigan stops under the heron lamp and does not move on.',
     '“Nineteen,” says Corrigan. “Nineteen years I’ve lit this one.” He puts his hand flat against the post, as if it were a horse. Then he gives Tom the pole, and stands back, and watches him light it, and for once Tom does not get it wrong.'],
    ['March: the evenings draw out. The lamps are lit at six, and Corrigan comes out less and less, and then not at all.',
     'Tom lights Wharf Street, and Chapel Row, and the rest. He stops under each lamp for a moment before he moves on. He is counting too.'],
]
la_bodies = [body(f'lamplighter-{m}', p) for m, p in zip(la_marks, la_prose)]
la_stitched = (la_urls, la_bodies)
la_wc = ['84', '82', '79', '50']
LA_NOTE_2A = '(Chapter two ran long, so it comes in two halves. The second half is up tomorrow.)'
for i in range(4):
    items = []
    if i > 0:
        items.append(f'<a href="{la_urls[i - 1]}">&#8630; went before</a>')
    if i < 3:
        items.append(f'<a href="{la_urls[i + 1]}">read on &#8631;</a>')
    rows = [('Title', 'The Lamplighter’s Almanac'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word count', la_wc[i])]
    f = fields(title='The Lamplighter’s Almanac', fandom='Original', rating='G', wordCount=la_wc[i])
    if i == 0:
        rows.append(('Summary', 'A year of lamps, and the boy who learns to light them.'))
        f['summary'] = 'A year of lamps, and the boy who learns to light them.'
    pre = f'<i>{LA_NOTE_2A}</i><br /><br />\n' if i == 1 else ''
    e = {'url': la_urls[i], 'journal': 'wick_and_glass', 'poster': 'wick_and_glass', 'site': 'journalfen.net',
         'subject': f'The Lamplighter’s Almanac ({la_marks[i]}/3)', 'date': (2008, 2, 3 + [0, 6, 7, 14][i], ['22:10', '21:05', '21:50', '20:40'][i]),
         'tags': ['fic', 'lamplighter'], 'currents': [('Music', ['the shipping forecast', 'fog horns', 'fog horns', 'nothing, for once'][i])],
         'html': pre + hdr(rows, fmt='<b>{L}</b> &#10217; {V}') + '<br /><br />\n' + ph(la_prose[i]) + '\n<p style="text-align: center;">' + ' &middot; '.join(items) + '</p>',
         'comments': [('chandlers_cat', ['Set fire to his own cap, poor lamb.', 'A crack shaped like a heron!', 'Nineteen years. Oh, Corrigan.', 'He is counting too. I’m not crying.'][i], '')]}
    ex = ['read on ↷' if i < 3 else '↶ went before', e['comments'][0][1]] + ([LA_NOTE_2A] if i == 1 else [])
    page(f'jf-refried-2008-splitchapter-lamplighter-{la_marks[i]}of3', f'jf-2008-wick_and_glass-{la_urls[i].split("/")[-1]}', la_urls[i], 'journalfen', 'story', 2008,
         ['refried-paper', 'journalfen', 'part-marker', 'split-chapter'] + (['note-above-header'] if i == 1 else []),
         f'The Lamplighter’s Almanac ({la_marks[i]}/3) on JournalFen (S2 Refried Paper, /users/NAME/ URLs): chapter two is split across two posts, “(2a/3)” and “(2b/3)” (both part 2 of 3)'
         + ('; an italic note ABOVE the header says so' if i == 1 else '') + '; `<b>Label</b> ⟩ X` header; links “↶ went before · read on ↷” centred after the prose',
         refried_page('entry', [e], 'wick_and_glass', 'wick & glass', la_urls[i], 2008, site='journalfen.net'),
         [story(la_urls[i], 'wick_and_glass', 'wick_and_glass', f, part(2 if la_marks[i].startswith('2') else int(la_marks[i]), 3), la_bodies[i], exclude=ex)], stitched=la_stitched)
SERIES.append(('lamplighter', 'The Lamplighter’s Almanac', '4 (1, 2a, 2b, 3)', 'JournalFen 2008, S2 Refried Paper; chapter two split in two posts “(2a/3)”, “(2b/3)”; links “↶ went before · read on ↷” after the prose; no masterpost.'))


# ======================================================================= E. The Eel-Wife's Clock (DW 2013, core2 Modish): a WIP, "— ch. N/??";
# links "go back a chapter" / "go on a chapter"; chapter 3 (the last posted) ends "to be continued…".
EG = 'https://eelgrass-ink.dreamwidth.org/'
ew_urls = [EG + '7730.html', EG + '8012.html', EG + '8455.html']
ew_prose = [
    ['Everyone in Saltney knew the eel-wife’s clock ran fast. It ran fast in the morning and faster at night, and by Sunday it was generally a day ahead, which the eel-wife said was the only way to be sure of getting to chapel on time.',
     'When she died it stopped. The whole street heard it: a long wet clunk, like a bucket going down a well, and then a quiet that nobody in Saltney had ever heard before.'],
    ['Her nephew came down from Liverpool to see to the house. He was a clerk, and he wore a collar, and he did not believe in anything he could not enter in a ledger.',
     'He opened the clock to see what was wrong with it and found, where the pendulum should have been, an eel: a live one, silver and black, turning slowly in a glass tube of river water, going round and round and round.'],
    ['He put the case back on. He sat down on the stairs. After some time he got up again and went to the kitchen and found, in the dresser, a tin of the eel-wife’s bait and a note in her handwriting that said feed it Tuesdays.',
     'It was Tuesday. He had not known that until he read the note.'],
]
ew_bodies = [body(f'eelwife-{i + 1}', p) for i, p in enumerate(ew_prose)]
ew_stitched = (ew_urls, ew_bodies)
ew_wc = ['77', '77', '65']
EW_NOTES = ['Something odd for the autumn. I don’t know how long it will be yet.', 'Thank you all for the lovely comments on chapter one!', 'Sorry this one is short. More soon, I promise!']
for i in range(3):
    items = []
    if i > 0:
        items.append(f'<a href="{ew_urls[i - 1]}">go back a chapter</a>')
    if i < 2:
        items.append(f'<a href="{ew_urls[i + 1]}">go on a chapter</a>')
    rows = [('Title', 'The Eel-Wife’s Clock'), ('Rating', 'PG'), ('Words', ew_wc[i]), ('Notes', EW_NOTES[i])]
    f = fields(title='The Eel-Wife’s Clock', rating='PG', wordCount=ew_wc[i], notes=EW_NOTES[i])
    tail = '<p><i>to be continued…</i></p>\n' if i == 2 else ''
    e = {'url': ew_urls[i], 'journal': 'eelgrass_ink', 'poster': 'eelgrass_ink', 'subject': f'The Eel-Wife’s Clock — ch. {i + 1}/??', 'date': (2013, 10, 6 + i * 7, ['20:00', '20:30', '21:15'][i]),
         'tags': ['fic', 'the eel-wife’s clock', 'wip'],
         'html': hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + ph(ew_prose[i]) + '\n' + tail + '<p>' + ' / '.join(items) + '</p>',
         'comments': [('saltney_sal', ['A day ahead for chapel, ha!', 'AN EEL.', 'feed it Tuesdays!!! More please.'][i])]}
    ex = ['go on a chapter' if i < 2 else 'go back a chapter', e['comments'][0][1]] + (['to be continued…'] if i == 2 else [])
    page(f'dw-modish-2013-wip-eelwife-{i + 1}', f'dw-2013-eelgrass_ink-{ew_urls[i].split("/")[-1]}', ew_urls[i], 'dreamwidth', 'story', 2013,
         ['dw-core2-style', 'part-marker', 'wip'] + (['to-be-continued'] if i == 2 else []),
         f'The Eel-Wife’s Clock chapter {i + 1} (DW core2 Modish), a WIP: subject “— ch. {i + 1}/??” (no total), plain `Label: X` header with Notes; links “go back a chapter / go on a chapter” after the prose'
         + ('; the last chapter posted, ending with an italic “to be continued…” line' if i == 2 else ''),
         dw_page('entry', [e], 'eelgrass_ink', 'eelgrass ink', 'Modish', ew_urls[i], e['subject'], year=2013),
         [story(ew_urls[i], 'eelgrass_ink', 'eelgrass_ink', f, part(i + 1, None), ew_bodies[i], exclude=ex)], stitched=ew_stitched)
SERIES.append(('eelwife', 'The Eel-Wife’s Clock', '3 (WIP)', 'DW 2013, core2 Modish; subjects “— ch. N/??” (no total); links “go back a chapter / go on a chapter”; the last chapter posted ends “to be continued…”.'))


# ======================================================================= F. Drift Anchors (DW 2016, community tidemark_fic, core2 Nouveau
# Oleanders): subjects "(ch. N)" with "Chapter: N of 3" in the header; each chapter's ONLY link to the others is the community's tag page
# ("every chapter: drift anchors tag"), which is in the corpus (the three chapters behind cuts, newest first).
TF = 'https://tidemark-fic.dreamwidth.org/'
da_urls = [TF + '30211.html', TF + '30544.html', TF + '30990.html']
da_tag = TF + 'tag/fic:+drift+anchors'
da_prose = [
    ['A drift anchor is not an anchor at all. It is a canvas cone on a line, and you stream it off the bow in a blow, and it holds your head to the sea and keeps you from broaching. Jory’s father had taught him that. It was nearly the only thing his father had taught him.',
     'So when the engine died off the Longships in a rising westerly, Jory did not pray. He went forward and streamed the drift anchor.'],
    ['It held. The boat came round and rode to it, bow to the seas, climbing each one and sliding down the back of it, and Jory sat in the wheelhouse with his hands around a mug of cold tea and listened to the line creak.',
     'Sometime after midnight he realised that the line was not creaking in time with the seas. It was creaking in time with something else, something slower and much bigger, pulling from below.'],
    ['At first light he went forward and hauled in. It came easily, too easily, and at the end of it there was no canvas cone but a second line, green with weed, leading straight down.',
     'He cut it. He did not look over the side. The engine started on the first try, and he brought the boat home to Newlyn and sold it the next week, and never told anyone why, except his son, years later, when the boy was old enough to be taught something.'],
]
da_bodies = [body(f'driftanchors-{i + 1}', p) for i, p in enumerate(da_prose)]
da_teasers = [body(f'driftanchors-{i + 1}-teaser', p[:1]) for i, p in enumerate(da_prose)]
da_stitched = (da_urls, da_bodies)
da_wc = ['87', '80', '94']
da_entries = []
for i in range(3):
    rows = [('Title', 'Drift Anchors'), ('Author', dwu('halyard_hen')), ('Chapter', f'{i + 1} of 3'), ('Rating', 'Teen'), ('Words', da_wc[i])]
    f = fields(title='Drift Anchors', author='halyard_hen', rating='Teen', wordCount=da_wc[i])
    hd = hdr(rows, fmt='<b>{L}:</b> {V}')
    foot = f'<p><small>every chapter: <a href="{da_tag}">drift anchors tag</a></small></p>'
    e = {'url': da_urls[i], 'journal': 'tidemark_fic', 'poster': 'halyard_hen', 'community': True, 'subject': f'Drift Anchors (ch. {i + 1})',
         'date': (2016, 2, 1 + i * 7, ['19:00', '19:30', '20:10'][i]), 'tags': ['fic: drift anchors', 'rating: teen', 'author: halyard_hen'],
         'html': hd + '\n' + ph(da_prose[i][:1]) + f'\n<a name="cutid1"></a>\n' + ph(da_prose[i][1:]) + '\n' + foot,
         'index_html': hd + '\n' + ph(da_prose[i][:1]) + '\n' + f'<span class="cut-wrapper"><b class="cut-open">(&nbsp;</b><b class="cut-text"><a href="{da_urls[i]}#cutid1">out to sea</a></b><b class="cut-close">&nbsp;)</b></span>',
         'ncomments': 2,
         'comments': [('longships_light', ['Streamed the drift anchor. Good lad.', 'PULLING FROM BELOW. No.', 'He cut it. He did not look. Perfect.'][i]), ('halyard_hen', 'Thanks for reading!')]}
    da_entries.append(e)
    page(f'dw-nouveauoleanders-2016-community-tagpageonly-driftanchors-{i + 1}', f'dw-2016-tidemark_fic-{da_urls[i].split("/")[-1]}', da_urls[i], 'dreamwidth', 'story', 2016,
         ['dw-core2-style', 'community', 'part-marker', 'tag-page-only'],
         f'Drift Anchors chapter {i + 1} in the community tidemark_fic (DW core2 Nouveau Oleanders, “halyard_hen posting in tidemark_fic”): subject “Drift Anchors (ch. {i + 1})” with no total, an unlisted “Chapter: {i + 1} of 3” header line gives it; '
         'the ONLY link to the other chapters is “every chapter: drift anchors tag”, the community’s tag page',
         dw_page('entry', [e], 'tidemark_fic', 'tidemark: sea stories', 'Nouveau Oleanders', da_urls[i], e['subject'], year=2016),
         [story(da_urls[i], 'halyard_hen', 'tidemark_fic', f, part(i + 1, 3), da_bodies[i], exclude=['every chapter: drift anchors tag', e['comments'][0][1]])], stitched=da_stitched)
page('dw-nouveauoleanders-2016-community-tag-driftanchors', 'dw-2016-tidemark_fic-tag-driftanchors.html', da_tag, 'dreamwidth', 'index', 2016,
     ['dw-core2-style', 'community', 'index', 'tag-page', 'part-marker'],
     'The community tidemark_fic’s tag page “fic: drift anchors” (DW core2 Nouveau Oleanders), newest first: the three Drift Anchors chapters, each its header and first paragraph before a custom cut “out to sea”',
     dw_page('tag', list(reversed(da_entries)), 'tidemark_fic', 'tidemark: sea stories', 'Nouveau Oleanders', da_tag, 'tidemark: sea stories', subtitle='Entries tagged with fic: drift anchors', year=2016),
     [story(da_urls[i], 'halyard_hen', 'tidemark_fic', fields(title='Drift Anchors', author='halyard_hen', rating='Teen', wordCount=da_wc[i]), part(i + 1, 3), da_teasers[i], complete=False,
            exclude=['out to sea']) for i in (2, 1, 0)])
SERIES.append(('driftanchors', 'Drift Anchors', '3 (+ tag page)', 'DW 2016, community tidemark_fic in core2 Nouveau Oleanders; subjects “Drift Anchors (ch. N)”, the total only in an unlisted “Chapter: N of 3” line; each chapter links the others only through the community tag page (“every chapter: drift anchors tag”), which lists them behind cuts.'))


# ======================================================================= G. Fenlight (LJ 2007, S2 Disjointed): "(1/2)", "(2/2)"; each part's
# only link to the other is the writer's MEMORIES keyword page ("both parts are in my memories, under fenlight").
FL = 'http://fen-lantern.livejournal.com/'
fl_urls = [FL + '9120.html', FL + '9385.html']
fl_mem = 'http://www.livejournal.com/tools/memories.bml?user=fen_lantern&keyword=fenlight&filter=all'
fl_prose = [
    ['On the fen they say the lights are the drowned, looking for the road home. Hester did not believe it. She was twelve and had read a book about marsh gas.',
     'But when the light came up out of the reeds at the bottom of Long Drove and hung there, steady as a lamp in a window, she found she had stopped walking. And when it moved off across the water, slow, the way a person walks when they want you to follow, she found that she had started again.'],
    ['It led her a mile across the fen, over plank bridges and along dykes she did not know, and stopped at last by a drain with a fallen gate across it.',
     'In the water, under the gate, there was a bicycle. Her brother’s bicycle, the one that had gone missing the winter he went away and did not write.',
     'The light went out. Hester stood there in the dark a long time. Then she went home to tell her mother that Danny had not run off after all, and that he had been trying, all this while, to show somebody the way.'],
]
fl_bodies = [body(f'fenlight-{i + 1}', p) for i, p in enumerate(fl_prose)]
fl_stitched = (fl_urls, fl_bodies)
fl_wc = ['90', '101']
for i in range(2):
    rows = [('Title', 'Fenlight'), ('Rating', 'PG'), ('Words', fl_wc[i])] + ([('Warnings', 'a death, long ago')] if i == 1 else [])
    f = fields(title='Fenlight', rating='PG', wordCount=fl_wc[i], **({'warnings': 'a death, long ago'} if i == 1 else {}))
    e = {'url': fl_urls[i], 'journal': 'fen_lantern', 'poster': 'fen_lantern', 'subject': f'Fenlight ({i + 1}/2)', 'date': (2007, 11, 3 + i * 2, ['23:10', '22:40'][i]),
         'tags': ['my fic', 'fenlight'], 'currents': [('Mood', ['spooky', 'melancholy'][i]), ('Music', 'the wind in the reeds')],
         'html': hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + brh(fl_prose[i]) + f'<br /><br />\n<small>both parts are in my memories, under <a href="{fl_mem}">fenlight</a></small>',
         'comments': [('reedcutter', ['Marsh gas. Sure, Hester.', 'Oh, Danny. Oh no.'][i], ''), ('fen_lantern', 'thank you for reading!', 'Re: Fenlight')]}
    page(f'lj-disjointed-2007-memoriesonly-fenlight-{i + 1}of2', f'lj-2007-fen_lantern-{fl_urls[i].split("/")[-1]}', fl_urls[i], 'livejournal', 'story', 2007,
         ['disjointed', 'part-marker', 'memories-only'],
         f'Fenlight part {i + 1}/2 (LJ S2 Disjointed entry page): plain `Label: X` header; the ONLY link to the other part is the writer’s memories keyword page (“both parts are in my memories, under fenlight”); comments printed as entry boxes with their own subject cells',
         disjointed_page('entry', [e], 'fen_lantern', 'lantern on the fen', fl_urls[i], 2007),
         [story(fl_urls[i], 'fen_lantern', 'fen_lantern', f, part(i + 1, 2), fl_bodies[i], exclude=['both parts are in my memories', e['comments'][0][1]])], stitched=fl_stitched)
page('lj-memories-2007-keyword-fenlight-notstory', 'lj-2007-memories-fen_lantern-fenlight.html', fl_mem, 'livejournal', 'not-story', 2007,
     ['memories', 'link-list'],
     'LJ memories.bml for fen_lantern’s keyword “fenlight” (site scheme): a list of the two remembered entries, “Fenlight (1/2)” and “Fenlight (2/2)”, and a recs entry: no story on the page',
     memories_page('fen_lantern', 'fenlight', [(fl_urls[0], 'Fenlight (1/2)'), (fl_urls[1], 'Fenlight (2/2)'), ('http://reedcutter.livejournal.com/4410.html', 'reedcutter’s fen ghost stories rec list')], 2007),
     [])
SERIES.append(('fenlight', 'Fenlight', '2 (+ memories page)', 'LJ 2007, S2 Disjointed; subjects “Fenlight (N/2)”; the parts link each other only through the writer’s memories keyword page (“both parts are in my memories, under fenlight”).'))

import posts2  # noqa: E402,F401
