"""Hand-written post content for tests/heldout6 and the truth that goes with it. All prose, names, journals and
titles are invented for this corpus (fandom names are labels; canons are public-domain works or original).
Page renderers: s2x.py (LiveJournal S2 Quite Lickable and A Sturdy Gesture, this corpus's own) and tests/heldout2's
layouts.py (DW core2 and the Wayback playback wrapper)."""
from layouts import dw_page, dw_user, lj_user_old, wayback  # noqa: F401
from s2x import lickable_page, sturdy_page  # noqa: F401

from corpus import BODIES, PAGES, SERIES, body, brh, dwu, fields, hdr, page, part, ph, story  # noqa: F401


def lju(name, kind='P'):
    return (lj_user_old(name, kind=kind), name)


# ======================================================================= A. The Lantern Ferry (LJ 2008, S2 Quite Lickable): subjects
# "Fic: The Lantern Ferry [part one of three]" ...; `<b>Label</b> &raquo; X` headers; linked ONLY by a centred prev/next line
# after the prose ("part two &raquo;", "&laquo; part one | part three &raquo;", "&laquo; previous"). Entry pages (comments are
# div.entry with their own h3.entrysubject), the story's tag page, a day page.
LF = 'http://sorrel-and-slate.livejournal.com/'
lf_urls = [LF + '14377.html', LF + '14629.html', LF + '14850.html']
lf_prose = [
    ['The ferry across the Wend ran from dusk until the last lamp in the village went out, and Orla had worked it since she was eleven.',
     'It was not a hard job. You poled the flat boat across on the rope, you took a penny or a loaf or a promise, and you poled it back. The only rule her grandmother had given her was this: never take a passenger who carries no light.',
     'On the first night of the frost a man stood on the far bank with his hands empty, and Orla, who was tired and cold and fifteen, forgot the rule.'],
    ['He sat in the bow and did not speak, and the water under the boat went very still, as if it were listening.',
     'Halfway across, Orla’s lantern began to burn blue. She kept poling. Her grandmother had told her a great many stories about the ferry, and in every one of them the ferryman who stopped halfway was the one who never got to the other side.',
     'When the bow bumped the landing, the man stood, and looked at her properly for the first time, and asked what he owed.'],
    ['“A light,” Orla said, because it was the only fare she could think of that he did not have.',
     'He laughed, a startled sound, like a bird going up out of reeds. Then he reached into his coat and took out a candle end no longer than her thumb, and lit it from her blue lantern, and it burned yellow and ordinary in his hand.',
     'He walked up the lane into the village with it, and the lamps there went out one by one behind him, and Orla poled home in the dark and did not tell her grandmother anything at all.'],
]
lf_bodies = [body(f'lanternferry-part{i + 1}', p) for i, p in enumerate(lf_prose)]
lf_wc = ['96', '92', '98']
lf_words = ['one', 'two', 'three']
lf_subj = [f'Fic: The Lantern Ferry [part {w} of three]' for w in lf_words]
lf_nav = [f'<div style="text-align: center;"><a href="{lf_urls[1]}">part two</a> &raquo;</div>',
          f'<div style="text-align: center;">&laquo; <a href="{lf_urls[0]}">part one</a> | <a href="{lf_urls[2]}">part three</a> &raquo;</div>',
          f'<div style="text-align: center;">&laquo; <a href="{lf_urls[1]}">previous</a></div>']
lf_navtext = [['part two »'], ['« part one | part three »'], ['« previous']]
lf_entries = []
for i in range(3):
    rows = [('Title', 'The Lantern Ferry'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Warnings', 'none'), ('Words', lf_wc[i])]
    if i == 0:
        rows.append(('Summary', 'Never take a passenger who carries no light.'))
    e = {'url': lf_urls[i], 'journal': 'sorrel_and_slate', 'poster': 'sorrel_and_slate', 'subject': lf_subj[i], 'date': (2008, 3, 4 + i, '21:1' + str(i)),
         'tags': ['fic: the lantern ferry', 'original fic'], 'currents': [('Mood', ['chilly', 'anxious', 'calm'][i])],
         'html': hdr(rows, fmt='<b>{L}</b> &raquo; {V}') + '<br /><br />\n' + brh(lf_prose[i]) + '<br /><br />\n' + lf_nav[i],
         'comments': [('reedwarbler', ['The rule! Oh no.', 'Blue lantern, my heart.', 'A light as the fare. Perfect.'][i], ['', 'Re: part two', 'the ending'][i]),
                      ('sorrel_and_slate', 'Thank you! ♥')]}
    lf_entries.append(e)
    flds = fields(title='The Lantern Ferry', fandom='Original', rating='PG', warnings='none', wordCount=lf_wc[i], **({'summary': 'Never take a passenger who carries no light.'} if i == 0 else {}))
    page(f'lj-lickable-2008-lanternferry-part{i + 1}', f'lj-2008-sorrel_and_slate-{lf_urls[i][-10:-5]}.html', lf_urls[i], 'livejournal', 'story', 2008,
         ['lickable', 'part-marker', 'prev-next-only', 'decorated', 'comments-as-entries'],
         f'The Lantern Ferry part {i + 1} on LJ S2 Quite Lickable (2008): subject “{lf_subj[i]}” (a “Fic:” prefix, the marker in words in brackets), `<b>Label</b> &raquo; X` header; '
         + ['a centred “part two »” after the prose', 'a centred “« part one | part three »” after the prose', 'a centred “« previous” after the prose'][i]
         + '; the comments are `div.entry` boxes with their own `h3.entrysubject` (one “Re: part two”)',
         lickable_page('entry', [e], 'sorrel_and_slate', 'sorrel & slate', lf_urls[i], f'sorrel & slate | {lf_subj[i]}', 2008),
         [story(lf_urls[i], 'sorrel_and_slate', 'sorrel_and_slate', flds, part(i + 1, 3), lf_bodies[i],
                exclude=lf_navtext[i] + [['chilly', 'anxious', 'calm'][i], 'Thank you!', ['The rule! Oh no.', 'Blue lantern, my heart.', 'A light as the fare.'][i]])],
         (lf_urls, lf_bodies))
SERIES.append(('lanternferry', 'The Lantern Ferry', 3, 'LJ 2008 S2 Quite Lickable; subjects “Fic: The Lantern Ferry [part one of three]” …; linked only by centred prev/next lines after the prose (“part two »”, “« part one | part three »”, “« previous”); the tag page holds all three (part 3 behind a cut), the day page part 1.'))

# The story's tag page (newest first: part 3 behind an lj-cut with a teaser, parts 2 and 1 in full).
lf_cut = dict(lf_entries[2], index_html=hdr([('Title', 'The Lantern Ferry'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Warnings', 'none'), ('Words', lf_wc[2])], fmt='<b>{L}</b> &raquo; {V}')
              + '<br /><br />\n' + lf_prose[2][0] + '<br /><br />\n' + f'<b>( <a href="{lf_urls[2]}#cutid1">the fare &raquo;</a> )</b>')
tag_url = LF + 'tag/fic:+the+lantern+ferry'
page('lj-lickable-2008-tagpage-lanternferry', 'lj-2008-sorrel_and_slate-tag-lanternferry.html', tag_url, 'livejournal', 'index', 2008,
     ['lickable', 'index', 'tag-page', 'part-marker', 'prev-next-only'],
     'The story’s tag page (/tag/fic:+the+lantern+ferry) on LJ S2 Quite Lickable (2008): `div.day` groups with a long-date h2, subjects as `a.subj-link` in `h3.entrysubject`, no poster line (own journal); part 3 as header, its first paragraph and an lj-cut “the fare »”, parts 2 and 1 in full with their prev/next lines and `ul.entrymeta` (Current Mood, Tags)',
     lickable_page('tag', [lf_cut, lf_entries[1], lf_entries[0]], 'sorrel_and_slate', 'sorrel & slate', tag_url, 'sorrel & slate', 2008, tag='fic: the lantern ferry'),
     [story(lf_urls[2], 'sorrel_and_slate', 'sorrel_and_slate', fields(title='The Lantern Ferry', fandom='Original', rating='PG', warnings='none', wordCount=lf_wc[2]), part(3, 3),
            body('lanternferry-part3-teaser', lf_prose[2][:1]), complete=False, exclude=['the fare »']),
      story(lf_urls[1], 'sorrel_and_slate', 'sorrel_and_slate', fields(title='The Lantern Ferry', fandom='Original', rating='PG', warnings='none', wordCount=lf_wc[1]), part(2, 3), lf_bodies[1],
            exclude=['« part one | part three »', 'anxious']),
      story(lf_urls[0], 'sorrel_and_slate', 'sorrel_and_slate', fields(title='The Lantern Ferry', fandom='Original', rating='PG', warnings='none', wordCount=lf_wc[0],
                                                                    summary='Never take a passenger who carries no light.'), part(1, 3), lf_bodies[0], exclude=['part two »', 'chilly'])])

# A day page: part 1 and a personal post whose subject has a part marker ("moving saga, part 1").
pers = {'url': LF + '14512.html', 'journal': 'sorrel_and_slate', 'poster': 'sorrel_and_slate', 'subject': 'the great moving saga, part 1', 'date': (2008, 3, 4, '23:40'),
        'currents': [('Mood', 'exhausted')], 'tags': ['moving house', 'personal'], 'ncomments': 4,
        'html': 'Forty-one boxes. FORTY-ONE. And the cat has claimed number twelve, which is the one with the kettle in it.<br /><br />Part two of the saga tomorrow, if the van turns up. Send biscuits.'}
page('lj-lickable-2008-daypage-lanternferry-personal', 'lj-2008-sorrel_and_slate-2008-03-04.html', LF + '2008/03/04/', 'livejournal', 'index', 2008,
     ['lickable', 'index', 'day', 'part-marker', 'personal'],
     'A day of the archive (/2008/03/04/) on LJ S2 Quite Lickable: one `div.day` whose id is the bare date, The Lantern Ferry part 1 in full, then a personal post “the great moving saga, part 1” (a part marker on a post that is not fic)',
     lickable_page('day', [lf_entries[0], pers], 'sorrel_and_slate', 'sorrel & slate', LF + '2008/03/04/', 'sorrel & slate', 2008, day=(2008, 3, 4)),
     [story(lf_urls[0], 'sorrel_and_slate', 'sorrel_and_slate', fields(title='The Lantern Ferry', fandom='Original', rating='PG', warnings='none', wordCount=lf_wc[0],
                                                                    summary='Never take a passenger who carries no light.'), part(1, 3), lf_bodies[0], exclude=['part two »', 'chilly', 'Forty-one boxes'])])

import posts2  # noqa: E402,F401
