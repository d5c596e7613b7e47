"""Hand-written post content for tests/heldout3 and the truth that goes with it. All prose, names, journals and
titles are invented for this corpus (fandom names are labels; canons are public-domain works or original)."""
from layouts import (aentry_page, dw_cut_link, dw_page, dw_user, esc, gen_page, gen_user, light_page, lj_user_new, lj_user_old, singlepost_page, wayback)
from punquin import pq_page

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401  (posts2-8 import them from here)


def ljo(name, kind='P'):
    return (lj_user_old(name, kind=kind), name)


# ======================================================================= A. The Ferryman's Ledger (LJ S2 Punquin 2007): the subject
# has no element of its own (inline after the time); part 2's header carries "« Part 1 | Part 3 »"; parts 1 and 3 link only forward/back.
FL = 'http://reed-warbler.livejournal.com/'
fl_urls = [FL + '3310.html', FL + '3577.html', FL + '3904.html']
fl_prose = [
    ['Old Tobiah kept the ferry at Hemsby Staithe for thirty-one years, and in all that time he wrote down every soul he carried in a ledger bound in sailcloth.',
     'Names, when they gave them. When they did not, he wrote what they looked like: a tall man with a grief on him; two girls and a goat; the bishop, seasick.',
     'His granddaughter Wenna found the ledger under the bench the week after they buried him, and sat on the jetty reading it until the tide came up over her boots.'],
    ['The last entry was not in Tobiah’s hand.',
     'It was neater, and browner, as if written in river water and left to dry. One passenger, it said. Crossing not yet made. Fare paid in advance.',
     'Wenna read it three times. Then she went and looked at the ferry, which was tied up where it always was, and at the far bank, where nobody stood waiting, and she did not like either of them.'],
    ['She took the ferry out at dusk on Midsummer Eve, because that was the date in the ledger, and because she was a Hemsby and Hemsbys kept their bargains even when they had not made them.',
     'Halfway over, the boat grew heavier by exactly one passenger. Wenna did not look round. She poled steadily, and hummed the tune her grandfather used to hum, and at the far bank the weight stepped off and the boat rode high again.',
     'When she got home she opened the ledger and wrote, in her own hand: Crossing made. Then she put it back under the bench, where the next Hemsby would find it.'],
]
fl_bodies = [body(f'ferryman-part{i + 1}', p) for i, p in enumerate(fl_prose)]
fl_hdr = lambda i: hdr([('Title', 'The Ferryman’s Ledger'), ('Fandom', 'Original fiction'), ('Rating', 'PG'), ('Words', ['310', '290', '330'][i])])
fl_nav = [
    '',
    f'<br /><center>« <a href="{fl_urls[0]}">Part 1</a> | <a href="{fl_urls[2]}">Part 3</a> »</center>',
    '',
]
fl_foot = [f'<br /><br /><a href="{fl_urls[1]}">on to part two</a>', f'', f'<br /><br /><small>(<a href="{fl_urls[1]}">back to part two</a>)</small>']
for i in range(3):
    subj = f'fic: The Ferryman’s Ledger {i + 1}/3'
    e = {'url': fl_urls[i], 'journal': 'reed_warbler', 'poster': 'reed_warbler', 'subject': subj, 'date': (2007, 8, 3 + 4 * i, '21:1' + str(i)),
         'tags': ['fic', 'original', 'the ferryman'], 'currents': [('Mood', ['contemplative', 'spooky', 'accomplished'][i])],
         'html': fl_hdr(i) + fl_nav[i] + '<br /><br />\n' + brh(fl_prose[i]) + fl_foot[i],
         'comments': [('marsh_mallow_tea', ['Oh, I like Wenna already.', 'Brown ink. Shivers.', 'Perfect ending, truly.'][i])]}
    excl = ['contemplative', 'spooky', 'accomplished'][i:i + 1] + (['Part 1 | Part 3'] if i == 1 else []) + (['on to part two'] if i == 0 else []) + (['back to part two'] if i == 2 else [])
    page(f'lj-punquin-2007-ferrymansledger-{i + 1}of3', f'lj-2007-reed_warbler-{fl_urls[i][-9:-5]}.html', fl_urls[i], 'livejournal', 'story', 2007,
         ['part-marker', 'prev-next-only', 'subject-inline'] + (['part-links-in-header'] if i == 1 else []),
         f'The Ferryman’s Ledger {i + 1}/3 on LJ S2 Punquin Elementary (2007): the subject is printed inline after the time (“9:1{i} pm - fic: …”, no subject element; the `<title>` has it), `<b>` header, `<br /><br />` prose, the Current mood printed after the text by the layout'
         + [', “on to part two” after the prose', ', a centred “« Part 1 | Part 3 »” line INSIDE the header (before the prose)', ', a small “(back to part two)” after the prose'][i],
         pq_page('entry', [e], 'reed_warbler', 'Reed Warbler', fl_urls[i], f'reed_warbler: {subj}', 2007),
         [story(fl_urls[i], 'reed_warbler', 'reed_warbler', fields(title='The Ferryman’s Ledger', fandom='Original fiction', rating='PG', wordCount=['310', '290', '330'][i]), part(i + 1, 3), fl_bodies[i], exclude=excl)],
         (fl_urls, fl_bodies))
SERIES.append(('ferryman', 'The Ferryman’s Ledger', 3, 'LJ 2007 S2 Punquin (subject inline, no subject element); part 1 links forward only (“on to part two”), part 2 has “« Part 1 | Part 3 »” in its header, part 3 links back only; no masterpost.'))

# ======================================================================= B. Brass and Bellwether (DW core2 Marginless 2015): masterpost with art/podfic/mirror/series,
# chapters point only at the masterpost ("Story masterpost: here", "All parts: link").
BB = 'https://clockwork-linnet.dreamwidth.org/'
bb_urls = [BB + '40211.html', BB + '40590.html']
bb_master = BB + '39977.html'
bb_prose = [
    ['The bell-founder’s apprentice was called Hob, and he was nine, and the great bell of St Bride’s had cracked on the morning of the old king’s funeral, which everybody said was an omen.',
     'Hob did not think it was an omen. He thought it was a flaw in the casting, about two hands up from the lip, where the bronze had cooled too fast. He had seen it the day it came out of the pit, and nobody had listened then either.',
     'Master Aske listened now. He listened all the way through, with his spectacles pushed up into his hair, and at the end he said: “Then we cast it again, and this time you watch the fire.”'],
    ['They cast it in October, in the field behind the foundry, with half the parish standing round the pit in the dark.',
     'Hob watched the fire. He watched it so hard his eyebrows singed, and when Master Aske said “Now,” the bronze went down into the mould like a river going home.',
     'It took four days to cool. On the fifth they dug it out and hung it from the sheerlegs, and Master Aske handed Hob the hammer. The note went out over the rooftops, clean as water, and somewhere across the city a dog began to howl along with it.'],
]
bb_bodies = [body(f'brassbellwether-ch{i + 1}', p) for i, p in enumerate(bb_prose)]
bb_rel = ['https://tin-lantern-art.dreamwidth.org/8812.html', 'https://reads-aloud.dreamwidth.org/15530.html',
          'https://archiveofourown.org/works/4471902', BB + '38015.html', BB + 'profile']
for i in range(2):
    subj = f'Brass and Bellwether [{i + 1}/2]'
    pointer = (f'<b>Story masterpost:</b> <a href="{bb_master}">here</a><br />\n' if i == 0 else '')
    footer = (f'<p style="text-align:center">All parts: <a href="{bb_master}">link</a></p>' if i == 1 else '')
    e = {'url': bb_urls[i], 'journal': 'clockwork_linnet', 'poster': 'clockwork_linnet', 'subject': subj, 'date': (2015, 3, 14 + 7 * i, '19:0' + str(i)),
         'tags': ['fic: brass and bellwether', 'original: foundry verse'],
         'html': '<p>' + hdr([('Title', 'Brass and Bellwether'), ('Fandom', 'Original (foundry verse)'), ('Rating', 'G'), ('Word count', ['180', '170'][i])]) + '<br />\n' + pointer + '</p>\n' + ph(bb_prose[i]) + footer,
         'comments': [('tin_lantern_art', 'HOB. I love him.')]}
    page(f'dw-marginless-2015-brassbellwether-ch{i + 1}', f'dw-2015-clockwork_linnet-{bb_urls[i][-10:-5]}.html', bb_urls[i], 'dreamwidth', 'story', 2015,
         ['part-marker', 'chapter-to-masterpost'],
         f'Brass and Bellwether [{i + 1}/2] on DW core2 Marginless (2015): `<b>` header in a `<p>`, '
         + ['a “Story masterpost: here” header line (the link text is “here”)', 'a centred “All parts: link” footer after the prose (the link text is “link”)'][i] + '; the chapters never link each other',
         dw_page('entry', [e], 'clockwork_linnet', 'linnet in the works', 'Marginless', bb_urls[i], f'{subj} - linnet in the works', year=2015),
         [story(bb_urls[i], 'clockwork_linnet', 'clockwork_linnet', fields(title='Brass and Bellwether', fandom='Original (foundry verse)', rating='G', wordCount=['180', '170'][i]), part(i + 1, 2), bb_bodies[i],
                exclude=(['Story masterpost'] if i == 0 else ['All parts']))],
         (bb_urls, bb_bodies))
mp_html = ('<p>' + hdr([('Title', 'Brass and Bellwether'), ('Fandom', 'Original (foundry verse)'), ('Rating', 'G'), ('Length', '350 words, two chapters'),
                        ('Summary', 'A cracked bell, a foundry apprentice, and a second casting.')]) + '</p>\n'
           + f'<p>Thanks to {dw_user("tin_lantern_art")} for the gorgeous art and {dw_user("reads_aloud")} for reading it aloud!</p>\n'
           + f'<p><b>Chapter One</b> — <a href="{bb_urls[0]}">The Crack</a><br />\n<b>Chapter Two</b> — <a href="{bb_urls[1]}">The Casting</a></p>\n'
           + f'<p>♦ <a href="{bb_rel[0]}">Art: the bell in the sheerlegs</a> (by tin_lantern_art)<br />\n♦ <a href="{bb_rel[1]}">Podfic</a> (21 min, mp3)<br />\n'
           + f'♦ <a href="{bb_rel[2]}">on AO3</a><br />\n♦ Also in this verse: <a href="{bb_rel[3]}">Tin and Tallow</a><br />\n♦ <a href="{bb_rel[4]}">more of my fic</a></p>')
e = {'url': bb_master, 'journal': 'clockwork_linnet', 'poster': 'clockwork_linnet', 'subject': 'Masterpost: Brass and Bellwether (original, G)', 'date': (2015, 3, 21, '19:30'),
     'tags': ['fic: brass and bellwether', 'masterpost'], 'html': mp_html}
page('dw-marginless-2015-brassbellwether-masterpost', 'dw-2015-clockwork_linnet-39977.html', bb_master, 'dreamwidth', 'masterpost', 2015, ['masterpost'],
     'Masterpost (DW core2 Marginless, 2015): header with Length and Summary, thanks with two ljusers, “Chapter One — The Crack” / “Chapter Two — The Casting” (the link text is the chapter NAME), then ♦ art (another journal), podfic (another journal), AO3, “Also in this verse” (an entry of the SAME journal) and “more of my fic” (profile)',
     dw_page('entry', [e], 'clockwork_linnet', 'linnet in the works', 'Marginless', bb_master, 'Masterpost: Brass and Bellwether (original, G) - linnet in the works', year=2015),
     [story(bb_master, 'clockwork_linnet', 'clockwork_linnet', fields(title='Brass and Bellwether', fandom='Original (foundry verse)', rating='G', wordCount='350 words, two chapters',
                                                                  summary='A cracked bell, a foundry apprentice, and a second casting.'), None, complete=False, related=bb_rel)],
     (bb_urls, bb_bodies))
SERIES.append(('brassbellwether', 'Brass and Bellwether', '2 + masterpost', 'DW 2015 core2 Marginless; subjects “[1/2]”, “[2/2]”; the chapters link only the masterpost (“here”, “link”), which names the chapters by their names and lists art, podfic, AO3, another story of the verse in the same journal and the profile.'))

# ======================================================================= C. Salt Road (DW community saltings_fic, core2 Venture 2018): the chapters link
# only the community's tag page for the story; the tag page (newest first, cuts) is in the corpus too.
SR = 'https://saltings-fic.dreamwidth.org/'
sr_urls = [SR + '7741.html', SR + '8105.html']
sr_tag = SR + 'tag/fic:+salt+road'
sr_prose = [
    ['The salt road ran along the top of the sea wall for eleven miles, and in winter nobody walked it but the excise men and Nell Pardoe with her father’s donkey.',
     'She carried salt inland and news back out, and she was fourteen, and nobody ever thought to wonder what else might be under the sacks.',
     'On the first of December the excise men stopped her at the sluice-gate. The tall one put his hand on the donkey’s bridle. “Evening, Miss Pardoe,” he said. “Let’s have a look, shall we.”'],
    ['There was nothing under the sacks but salt. Nell had made very sure of it.',
     'What there was, was a letter sewn into the donkey’s headstall, addressed to a man in Rye who would know what to do with it, and the tall excise man held that bridle for a full minute while his sergeant tipped salt out on the road.',
     'Then he let go. “Mind how you go on the wall,” he said. “It’s slippy past the sluice.” And he did not look at the headstall, not once, so hard that Nell understood she was not the only one on the salt road carrying something.'],
]
sr_bodies = [body(f'saltroad-ch{i + 1}', p) for i, p in enumerate(sr_prose)]
sr_teasers = [sr_prose[0][:1], sr_prose[1][:1]]
sr_tbodies = [body(f'saltroad-ch{i + 1}-teaser', p) for i, p in enumerate(sr_teasers)]
sr_entries = []
for i in range(2):
    subj = f'Salt Road, Ch. {i + 1}'
    hd = hdr([('Title', 'Salt Road'), ('Author', dwu('nell_of_the_marsh')), ('Fandom', 'Original (smugglers)'), ('Rating', 'G'), ('Words', ['150', '160'][i])]) + f'<br />\n<i>Chapter {i + 1} of 2</i>'
    foot = f'<p><small>Every chapter: <a href="{sr_tag}">the salt road tag</a></small></p>'
    e = {'url': sr_urls[i], 'journal': 'saltings_fic', 'poster': 'nell_of_the_marsh', 'community': True, 'subject': subj, 'date': (2018, 11, 2 + 9 * i, '20:1' + str(i)),
         'tags': ['fic: salt road', 'rating: g'],
         'html': f'<p>{hd}</p>\n' + ph(sr_prose[i][:1]) + '<a name="cutid1"></a>' + ph(sr_prose[i][1:]) + foot,
         'index_html': f'<p>{hd}</p>\n' + ph(sr_teasers[i]) + dw_cut_link(sr_urls[i], 1, 'the rest of the chapter'),
         'comments': [('excise_and_exit', ['Oh no, the tall one.', 'HE KNOWS. Lovely.'][i])]}
    sr_entries.append(e)
    page(f'dw-venture-2018-community-saltroad-ch{i + 1}', f'dw-2018-saltings_fic-{sr_urls[i][-9:-5]}.html', sr_urls[i], 'dreamwidth', 'story', 2018,
         ['part-marker', 'community', 'community-tag-page'],
         f'Salt Road, Ch. {i + 1} in the DW community saltings_fic (core2 Venture, 2018; “nell_of_the_marsh posting in saltings_fic”): subject “Salt Road, Ch. {i + 1}” with no total, the total in an italic “Chapter {i + 1} of 2” line at the header’s end, an Author ljuser; the only link to the other chapter is a small “Every chapter: the salt road tag” footer (the community tag page)',
         dw_page('entry', [e], 'saltings_fic', 'Saltings: a smuggling fic comm', 'Venture', sr_urls[i], f'{subj} - Saltings: a smuggling fic comm', year=2018),
         [story(sr_urls[i], 'nell_of_the_marsh', 'saltings_fic', fields(title='Salt Road', author='nell_of_the_marsh', fandom='Original (smugglers)', rating='G', wordCount=['150', '160'][i]), part(i + 1, 2), sr_bodies[i],
                exclude=['Every chapter', 'the salt road tag', 'Chapter {} of 2'.format(i + 1)])],
         (sr_urls, sr_bodies))
page('dw-venture-2018-community-tagpage-saltroad', 'dw-2018-saltings_fic-tag-saltroad.html', sr_tag, 'dreamwidth', 'index', 2018, ['index', 'tag', 'community', 'part-marker'],
     'The community tag page /tag/fic:+salt+road (core2 Venture, 2018), newest first: Salt Road Ch. 2 and Ch. 1, each a header, one teaser paragraph and a custom cut (“the rest of the chapter”)',
     dw_page('tag', list(reversed(sr_entries)), 'saltings_fic', 'Saltings: a smuggling fic comm', 'Venture', sr_tag, 'Saltings: a smuggling fic comm', subtitle='Entries tagged with fic: salt road', year=2018),
     [story(sr_urls[i], 'nell_of_the_marsh', 'saltings_fic', fields(title='Salt Road', author='nell_of_the_marsh', fandom='Original (smugglers)', rating='G', wordCount=['150', '160'][i]), part(i + 1, 2), sr_tbodies[i],
            complete=False, exclude=['the rest of the chapter']) for i in (1, 0)])
SERIES.append(('saltroad', 'Salt Road', 2, 'DW 2018 community saltings_fic (core2 Venture); subjects “Salt Road, Ch. N” with no total, the header’s “Chapter N of 2” has it; the chapters link nothing but the community tag page, which lists both behind cuts.'))

import posts2  # noqa: E402,F401
import posts3  # noqa: E402,F401
import posts4  # noqa: E402,F401
import posts5  # noqa: E402,F401
import posts6  # noqa: E402,F401
import posts7  # noqa: E402,F401
import posts8  # noqa: E402,F401
