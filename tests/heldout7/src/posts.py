"""Hand-written post content for tests/heldout7 and the truth that goes with it. All prose, names, journals and
titles are invented for this corpus (fandom names are labels; canons are public-domain works or original).
Page renderers: s2y.py (LiveJournal S2 Understroke and Digital Multiplex, the Dreamwidth site skin: this corpus's own),
tests/heldout2's layouts.py (DW core2, the Wayback playback wrapper)."""
from layouts import dw_page, dw_user, lj_user_old, wayback  # noqa: F401
from s2y import understroke_page, multiplex_page, dw_site_page  # noqa: F401

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401


def lju(name, kind='P', site='livejournal.com'):
    return (lj_user_old(name, site=site, kind=kind), name)


# ======================================================================= A. Weir Lights (LJ 2009, S2 Understroke): subjects "Weir Lights —
# first of three" / "— second of three" / "— last of three" (ordinal words); `【Label】 X` headers; linked by "Onward:" / "Back:" lines
# after the prose. Entry pages (comments in div.comment-wrap with their own h3), and the journal's recent page.
WL = 'http://tallow-and-tide.livejournal.com/'
wl_urls = [WL + '20391.html', WL + '20577.html', WL + '20816.html']
wl_prose = [
    ['Every autumn the weir at Hensham lit itself. Nobody in the village called it anything else; the lights simply came up out of the water on the first still night after harvest, green and low, like lanterns carried by people walking on the riverbed.',
     'Tamsin had watched them from the mill window every year of her life. This year her brother Col, who was nine and believed he was immortal, announced at supper that he was going to go down and count them properly.',
     'Their mother said no. Their father said nothing, which in their house meant the same. Col went anyway, an hour after the candles were out, and Tamsin, who had been lying awake waiting for exactly that, pulled her boots on and followed him.'],
    ['The grass on the bank was already wet. Col was a pale shape halfway down it, crouched, his arms round his knees, and he did not turn when she sat down beside him.',
     '“Thirty-one,” he whispered. “I keep getting thirty-one and then one of them moves.”',
     'The lights were closer than they looked from the mill. Tamsin could see now that each one sat a little above the water, and that under each one the river was not quite dark: there was a shape there, long and slow, like a pike, or a person lying very still.',
     'One of the lights lifted, and came toward the bank, and stopped a yard from Col’s bare feet.'],
    ['It did not speak. Tamsin would tell it differently later, to her own children, and in that version the light said a great many wise things, but in truth it only hung there, humming faintly, the way the millstones hummed when the sluice was open.',
     'Col put out his hand. Tamsin caught his wrist before he could touch it, and the light dipped once, as if it were nodding, and went back to the others.',
     '“Thirty-two,” Col said, satisfied, and let her take him home. In the morning the lights were gone and the weir was only a weir, and their mother never found out, and Col never went down again, and Tamsin never stopped wondering what it had wanted to give him.'],
]
wl_bodies = [body(f'weirlights-{i + 1}', p) for i, p in enumerate(wl_prose)]
wl_words = ['first', 'second', 'last']
wl_subj = [f'Weir Lights — {w} of three' for w in wl_words]
wl_wc = ['112', '118', '131']
wl_nav = [f'<p style="text-align: right;">Onward: <a href="{wl_urls[1]}">the second of three</a></p>',
          f'<p style="text-align: right;">Back: <a href="{wl_urls[0]}">the first</a> &middot; Onward: <a href="{wl_urls[2]}">the last</a></p>',
          f'<p style="text-align: right;">Back: <a href="{wl_urls[1]}">the second</a></p>']
wl_navtext = [['Onward: the second of three'], ['Back: the first · Onward: the last'], ['Back: the second']]
wl_mood = ['autumnal', 'spooked', 'content']
wl_entries = []
wl_fields = []
for i in range(3):
    rows = [('Title', 'Weir Lights'), ('Fandom', 'Original'), ('Rated', 'G'), ('Words', wl_wc[i])]
    if i == 0:
        rows.append(('Summary', 'The lights come up on the first still night after harvest.'))
    e = {'url': wl_urls[i], 'journal': 'tallow_and_tide', 'poster': 'tallow_and_tide', 'subject': wl_subj[i], 'date': (2009, 10, 12 + i * 2, '22:0' + str(i)),
         'tags': ['original fic', 'weir lights'], 'currents': [('Mood', wl_mood[i])],
         'html': hdr(rows, fmt='【{L}】 {V}') + '<br /><br />\n' + brh(wl_prose[i]) + '\n' + wl_nav[i],
         'comments': [('millrace_mae', ['Oh, Col.', 'The pike shape! I am unsettled.', 'What did it want to give him?!'][i], ['', 'the riverbed', 'augh'][i]),
                      ('tallow_and_tide', 'Thank you for reading! ♥')]}
    wl_entries.append(e)
    f = fields(title='Weir Lights', fandom='Original', rating='G', wordCount=wl_wc[i], **({'summary': 'The lights come up on the first still night after harvest.'} if i == 0 else {}))
    wl_fields.append(f)
    page(f'lj-understroke-2009-weirlights-{i + 1}', f'lj-2009-tallow_and_tide-{wl_urls[i][-10:-5]}.html', wl_urls[i], 'livejournal', 'story', 2009,
         ['understroke', 'part-marker', 'prev-next-only', 'decorated', 'metadata-above'],
         f'Weir Lights part {i + 1} on LJ S2 Understroke (2009): subject “{wl_subj[i]}” (the part as an ordinal word, the total in words), `【Label】 X` header with “Rated” and “Words”; '
         + ['a right-aligned “Onward: the second of three” after the prose', 'a right-aligned “Back: the first · Onward: the last” after the prose', 'a right-aligned “Back: the second” after the prose'][i]
         + '; `div.metadata` (Mood) ABOVE `div.entry-content`; comments in `div.comment-wrap` with their own `h3` subject',
         understroke_page('entry', [e], 'tallow_and_tide', 'tallow & tide', wl_urls[i], f'tallow & tide: {wl_subj[i]}', 2009),
         [story(wl_urls[i], 'tallow_and_tide', 'tallow_and_tide', f, part(i + 1, 3), wl_bodies[i],
                exclude=wl_navtext[i] + [wl_mood[i], 'Thank you for reading!', ['Oh, Col.', 'The pike shape!', 'What did it want to give him?!'][i]])],
         (wl_urls, wl_bodies))
SERIES.append(('weirlights', 'Weir Lights', 3, 'LJ 2009 S2 Understroke; subjects “Weir Lights — first of three” / “second of three” / “last of three”; linked only by right-aligned “Onward:” / “Back:” lines after the prose; the recent page holds parts 3 (behind a cut) and 2.'))

# The journal's recent page: part 3 behind an lj-cut, an update-schedule post (not a story), part 2 in full.
sched = {'url': WL + '20702.html', 'journal': 'tallow_and_tide', 'poster': 'tallow_and_tide', 'subject': 'posting schedule', 'date': (2009, 10, 15, '09:12'),
         'tags': ['weir lights', 'admin'], 'ncomments': 3,
         'html': 'For anyone following along, the rest goes up like this:<br /><br /><b>Title:</b> Weir Lights<br /><b>Part:</b> the last of three<br /><b>Due:</b> Friday night, if the scanner at work behaves<br /><br />'
                 'After that I am taking a week off to re-read everything I own with a lighthouse on the cover.'}
wl_cut = dict(wl_entries[2], index_html=hdr([('Title', 'Weir Lights'), ('Fandom', 'Original'), ('Rated', 'G'), ('Words', wl_wc[2])], fmt='【{L}】 {V}')
              + '<br /><br />\n' + wl_prose[2][0] + '<br /><br />\n' + f'<b>( <a href="{wl_urls[2]}#cutid1">onward, under the cut</a> )</b>')
page('lj-understroke-2009-recent-weirlights-schedule', 'lj-2009-tallow_and_tide-recent.html', WL, 'livejournal', 'index', 2009,
     ['understroke', 'index', 'part-marker', 'prev-next-only', 'about-fic', 'aside-summary'],
     'The journal’s recent page on LJ S2 Understroke (2009): `div.hentry` entries separated by `div.hr`, subjects in `h2.entry-title`, the sidebar’s `ul.aside-summary` repeating every subject; Weir Lights 3 as header, its first paragraph and a custom-text cut “onward, under the cut”; a posting-schedule post with Title / Part / Due lines (not a story); part 2 in full',
     understroke_page('recent', [wl_cut, sched, wl_entries[1]], 'tallow_and_tide', 'tallow & tide', WL, 'tallow & tide', 2009),
     [story(wl_urls[2], 'tallow_and_tide', 'tallow_and_tide', wl_fields[2], part(3, 3), body('weirlights-3-teaser', wl_prose[2][:1]), complete=False, exclude=['onward, under the cut', 'scanner at work']),
      story(wl_urls[1], 'tallow_and_tide', 'tallow_and_tide', wl_fields[1], part(2, 3), wl_bodies[1], exclude=['Back: the first · Onward: the last', 'spooked', 'lighthouse on the cover'])])

# ======================================================================= C. Hollow Oak Road (LJ 2005, S2 Digital Multiplex): subjects "Hollow Oak
# Road (i/ii)" / "(ii/ii)" (roman numerals); `<tt>label.....</tt> X` dot-leader headers; linked only by an unlisted "parts" line in the header.
HO = 'http://quillon-fen.livejournal.com/'
ho_urls = [HO + '8804.html', HO + '9022.html']
ho_prose = [
    ['The road out to Hollow Oak had not been mended since the war, and the carter would only take Mr Penhallow as far as the ford.',
     'He walked the rest. It was September, and the hedges were full of blackberries nobody had picked, and every gate he passed stood open onto an empty field. By the time the house came into view he had stopped expecting anyone to be in it.',
     'There was smoke from one chimney. There was a woman on the step, shelling beans into her apron, and she looked at his good coat and his solicitor’s bag and said, without getting up, “You’ll be about the will, then.”'],
    ['“I am,” he said. “You are Miss Ada Trelease?”',
     '“I am her sister. Ada’s in the churchyard since Lady Day.” She split another pod with her thumb. “You’d best come in. You’ll want tea, and you’ll want to know why she left it all to the oak.”',
     'He did want tea. He did not, as it turned out, want to know, but she told him anyway, over three cups and the last of a seed cake, and when he walked back to the ford in the dark he found that he had torn the will in half somewhere along the road and could not remember doing it.'],
]
ho_bodies = [body(f'hollowoak-{i + 1}', p) for i, p in enumerate(ho_prose)]
ho_subj = ['Hollow Oak Road (i/ii)', 'Hollow Oak Road (ii/ii)']
ho_wc = ['140', '128']
ho_parts = f'<tt>parts....</tt> <a href="{ho_urls[0]}">i</a> | <a href="{ho_urls[1]}">ii</a>'
ho_entries, ho_fields = [], []
for i in range(2):
    rows = [('title', 'Hollow Oak Road'), ('fandom', 'original'), ('rating', 'PG'), ('words', ho_wc[i])]
    if i == 0:
        rows.append(('summary', 'A solicitor walks out to a house about a will.'))
    e = {'url': ho_urls[i], 'journal': 'quillon_fen', 'poster': 'quillon_fen', 'subject': ho_subj[i], 'date': (2005, 9, 3, ['14:20', '21:05'][i]),
         'tags': ['fic', 'hollow oak'], 'currents': [('Music', ['Nick Drake', 'rain on the skylight'][i])],
         'html': '<font face="Courier New">' + hdr(rows, fmt='<tt>{L}....</tt> {V}') + '<br />\n' + ho_parts + '</font><br /><br />\n' + brh(ho_prose[i]),
         'comments': [('beadle_grey', ['Ooh, the beans.', 'To the OAK. I need to know.'][i])]}
    ho_entries.append(e)
    f = fields(title='Hollow Oak Road', fandom='original', rating='PG', wordCount=ho_wc[i], **({'summary': 'A solicitor walks out to a house about a will.'} if i == 0 else {}))
    ho_fields.append(f)
    page(f'lj-multiplex-2005-hollowoak-{i + 1}', f'lj-2005-quillon_fen-{ho_urls[i][-9:-5]}.html', ho_urls[i], 'livejournal', 'story', 2005,
         ['digital-multiplex', 'part-marker', 'decorated', 'unlisted-label', 'heading-bar'],
         f'Hollow Oak Road part {i + 1} on LJ S2 Digital Multiplex (2005): the subject “{ho_subj[i]}” (roman numerals) in the `table.heading_bar` beside the date, the text in a classless `td` of `table.full_entry`; a `<tt>label....</tt> X` dot-leader header in Courier with an unlisted “parts.... i | ii” line (the only link between the parts); “Current Music” in `div.currents` after the text; comments in `div#cmtbarN` tables',
         multiplex_page('entry', [e], 'quillon_fen', 'quillon fen', ho_urls[i], f'quillon fen - {ho_subj[i]}', 2005),
         [story(ho_urls[i], 'quillon_fen', 'quillon_fen', f, part(i + 1, 2), ho_bodies[i], exclude=['parts.... i | ii', ['Nick Drake', 'rain on the skylight'][i], ['Ooh, the beans.', 'To the OAK.'][i]])],
         (ho_urls, ho_bodies))
SERIES.append(('hollowoak', 'Hollow Oak Road', 2, 'LJ 2005 S2 Digital Multiplex; subjects “Hollow Oak Road (i/ii)” / “(ii/ii)”; linked only by an unlisted “parts.... i | ii” line inside the dot-leader header; the day page holds both.'))

pers = {'url': HO + '8931.html', 'journal': 'quillon_fen', 'poster': 'quillon_fen', 'subject': 'part two of the kitchen saga', 'date': (2005, 9, 3, '17:40'),
        'currents': [('Mood', 'grumpy')], 'ncomments': 2,
        'html': 'The plumber came. The plumber looked. The plumber said “ah” in a way I did not like and went away again. Part three of the kitchen saga presumably Tuesday.'}
page('lj-multiplex-2005-daypage-hollowoak-personal', 'lj-2005-quillon_fen-2005-09-03.html', HO + '2005/09/03/', 'livejournal', 'index', 2005,
     ['digital-multiplex', 'index', 'day', 'part-marker', 'personal', 'heading-bar'],
     'A day of the archive (/2005/09/03/) on LJ S2 Digital Multiplex: entries as `table.heading_bar` + `table.full_entry` with the time only; Hollow Oak Road i and ii in full (both posted that day, in posting order), and a personal post “part two of the kitchen saga” between them (not a story)',
     multiplex_page('day', [ho_entries[0], pers, ho_entries[1]], 'quillon_fen', 'quillon fen', HO + '2005/09/03/', 'quillon fen', 2005, day=(2005, 9, 3)),
     [story(ho_urls[0], 'quillon_fen', 'quillon_fen', ho_fields[0], part(1, 2), ho_bodies[0], exclude=['The plumber came', 'Nick Drake']),
      story(ho_urls[1], 'quillon_fen', 'quillon_fen', ho_fields[1], part(2, 2), ho_bodies[1], exclude=['The plumber came', 'rain on the skylight'])])

import posts2  # noqa: E402,F401
