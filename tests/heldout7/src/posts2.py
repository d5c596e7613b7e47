"""tests/heldout7: a story across a DW journal (core2) and a DW community seen in the site skin, with its masterpost; a
two-part story on JournalFen in S2 Understroke with the journal's recent page."""
from layouts import dw_page
from corpus import SERIES, body, brh, dwu, fields, hdr, page, part, ph, story
from posts import lju
from s2y import understroke_page, dw_site_page

# ======================================================================= B. The Glasswright's Apprentice (DW 2014): chapters 1 and 3 in the
# writer's journal (core2 Wide Tabs... rendered as core2), chapter 2 in the community smallhours_fic viewed in the site skin (?style=site);
# subjects "The Glasswright's Apprentice (ch. N of 3)"; each header has an unlisted "Contents: here" line (the masterpost);
# the chapters end with "next: chapter two, over at the comm" / "next: chapter three, back at my journal". The masterpost is a
# table of contents whose links are on the word "read" after each chapter's name.
KW = 'https://kilnwork.dreamwidth.org/'
gw_urls = [KW + '3391.html', 'https://smallhours-fic.dreamwidth.org/10482.html', KW + '3840.html']
gw_master = KW + '3312.html'
gw_prose = [
    ['The glasshouse on Fennick Street took apprentices at twelve, and Wren was fourteen, and small for it, and lied.',
     'Master Aubel did not believe her for a moment. He looked at her hands, which were scarred already from the bakery ovens, and at her boots, which were her brother’s, and then he handed her a punty iron and told her to hold it steady over the glory hole until he said stop.',
     'He did not say stop for a long time. When at last he did, her arms were shaking and her face was scorched pink, and she had not dropped it. “Twelve,” he said drily. “Well. You’ll be tall for your age, then. Sweep the annealing room.”'],
    ['The annealing room was where the glass went to cool slowly, so it would not crack, and it was the warmest place in the city in January. Wren slept there, in the end, curled on the sacks behind the oven, because nobody told her not to.',
     'At night the cooling pieces ticked and sang. She learned which sounds meant a bowl was settling and which meant a flaw had started somewhere in the wall of it, invisible, patient, waiting for a cold morning.',
     'She began, without quite meaning to, to move the flawed ones to the warmer shelf. Fewer of them broke. Master Aubel noticed, because he noticed everything, and said nothing, and the next week he let her gather her first gob of glass.'],
    ['Her first bowl was lopsided and thick at the base and had a bubble in it the size of a lentil. Wren hated it at once and entirely.',
     'Master Aubel held it up to the window. The winter light came through it green and uneven, and threw a wobbling shape on the floor, like water.',
     '“Keep it,” he said. “Put it somewhere you will see it when you are good. You will need reminding that you were once this bad, and that it was still worth the sand.” She kept it. She still has it. It is on the sill above the bench where she works now, in a glasshouse of her own, and the apprentices ask about it, and she lies to them about how old she was.'],
]
gw_bodies = [body(f'glasswright-{i + 1}', p) for i, p in enumerate(gw_prose)]
gw_subj = [f'The Glasswright’s Apprentice (ch. {n} of 3)' for n in (1, 2, 3)]
gw_wc = ['118', '121', '137']
gw_next = [f'<p>next: <a href="{gw_urls[1]}">chapter two, over at the comm</a></p>',
           f'<p>next: <a href="{gw_urls[2]}">chapter three, back at my journal</a></p>',
           '<p>~ the end ~</p>']
gw_nexttext = [['next: chapter two, over at the comm'], ['next: chapter three, back at my journal'], ['~ the end ~']]
gw_fields = []
gw_entries = []
for i in range(3):
    rows = [('Title', 'The Glasswright’s Apprentice')]
    if i == 1:
        rows.append(('Author', dwu('kilnwork')))
    rows += [('Fandoms', 'Original'), ('Rated', 'General'), ('Betaed by', dwu('annealer')), ('Wordcount', gw_wc[i]), ('Contents', (f'<a href="{gw_master}">here</a>', 'here'))]
    flds = fields(title='The Glasswright’s Apprentice', **({'author': 'kilnwork'} if i == 1 else {}), fandom='Original', rating='General', beta='annealer', wordCount=gw_wc[i])
    gw_fields.append(flds)
    e = {'url': gw_urls[i], 'journal': 'smallhours_fic' if i == 1 else 'kilnwork', 'poster': 'kilnwork', 'community': i == 1, 'poster_name': 'Kiln',
         'subject': gw_subj[i], 'date': (2014, 2, 3 + i * 4, '19:3' + str(i)), 'tags': ['original', 'the glasswright’s apprentice'] if i != 1 else ['author: kilnwork', 'rating: general'],
         'currents': [('Mood', ['hopeful', 'toasty', 'accomplished'][i])],
         'html': hdr(rows) + '<br /><br />\n' + ph(gw_prose[i]) + '\n' + gw_next[i],
         'comments': [('fennick_street', ['Lying about her age, oh Wren.', 'The annealing room as a home — lovely.', 'THE LENTIL BUBBLE.'][i]) + (('sleeping behind the oven',) if i == 1 else ()),
                      ('kilnwork', 'Thank you so much!')]}
    gw_entries.append(e)
    ex = gw_nexttext[i] + ['Contents: here', ['hopeful', 'toasty', 'accomplished'][i], 'Thank you so much!']
    if i == 1:
        html = dw_site_page(e, gw_subj[i], 2014)
        desc = ('The Glasswright’s Apprentice chapter 2 in the DW community smallhours_fic, seen in the SITE SKIN (?style=site, Tropospherical Red, 2014): “Kiln (kilnwork) wrote in smallhours_fic”, '
                'the subject as `h3.entry-title` INSIDE `div.contents.usercontent` with the text, Mood and Tags in `div.currents` ABOVE it; `<b>Label:</b>` header with Author (dwuser), “Fandoms”, “Rated”, “Betaed by”, “Wordcount” and an unlisted “Contents: here” (the masterpost); “next: chapter three, back at my journal” after the prose; site-skin comments (`div.dwexpcomment`, `h4.comment-title`)')
        also = [gw_urls[1] + '?style=site']
        shapes = ['dw-site-skin', 'community', 'part-marker', 'chapter-to-masterpost', 'unlisted-label', 'journal-and-community']
    else:
        html = dw_page('entry', [e], 'kilnwork', 'kiln & cullet', 'Wide Tabs', gw_urls[i], gw_subj[i], year=2014)
        desc = (f'The Glasswright’s Apprentice chapter {i + 1} in the writer’s DW journal (core2, 2014): subject “{gw_subj[i]}”; `<b>Label:</b>` header with “Fandoms”, “Rated”, “Betaed by” (dwuser), “Wordcount” and an unlisted “Contents: here” (the masterpost); '
                + ['“next: chapter two, over at the comm” (a community entry) after the prose', '“~ the end ~” after the prose'][i // 2])
        also = []
        shapes = ['part-marker', 'chapter-to-masterpost', 'unlisted-label', 'journal-and-community']
    page(f'dw-glasswright-2014-ch{i + 1}' + ('-community-siteskin' if i == 1 else ''), f'dw-2014-glasswright-{gw_urls[i].split("/")[-1][:-5]}.html', gw_urls[i], 'dreamwidth', 'story', 2014,
         shapes, desc, html,
         [story(gw_urls[i], 'kilnwork', e['journal'], flds, part(i + 1, 3), gw_bodies[i], exclude=ex)],
         (gw_urls, gw_bodies), also=also)

mp = {'url': gw_master, 'journal': 'kilnwork', 'poster': 'kilnwork', 'subject': 'The Glasswright’s Apprentice — contents', 'date': (2014, 2, 1, '12:00'), 'tags': ['original', 'the glasswright’s apprentice', 'masterpost'],
      'html': hdr([('Title', 'The Glasswright’s Apprentice'), ('Fandoms', 'Original'), ('Rated', 'General'), ('Betaed by', dwu('annealer')), ('Wordcount', '376 over three chapters'),
                   ('Summary', 'A girl lies her way into a glasshouse and stays.')]) + '<br /><br />\n'
              + '<b>Contents</b><br />\n<ol>\n'
              + f'<li>The Punty Iron &mdash; 118 words &mdash; <a href="{gw_urls[0]}">read</a></li>\n'
              + f'<li>The Annealing Room &mdash; 121 words &mdash; <a href="{gw_urls[1]}">read</a> (at {dwu("smallhours_fic")[0]})</li>\n'
              + f'<li>The First Bowl &mdash; 137 words &mdash; <a href="{gw_urls[2]}">read</a></li>\n</ol>\n'
              + '<p>Posting one chapter a week; this post will be updated as they go up.</p>',
      'comments': [('annealer', 'Bookmarking this!')]}
page('dw-glasswright-2014-masterpost-readlinks', 'dw-2014-glasswright-3312.html', gw_master, 'dreamwidth', 'masterpost', 2014,
     ['masterpost', 'read-links', 'journal-and-community'],
     'Masterpost in the writer’s DW journal (core2, 2014): `<b>Label:</b>` header (“Wordcount: 376 over three chapters”, Summary), a bold “Contents” and an `<ol>` whose items are “NAME — N words — <a>read</a>”: the links are on the word “read”, the chapters’ names are unlinked; chapter 2’s item adds “(at smallhours_fic)”',
     dw_page('entry', [mp], 'kilnwork', 'kiln & cullet', 'Wide Tabs', gw_master, mp['subject'], year=2014),
     [story(gw_master, 'kilnwork', 'kilnwork', fields(title='The Glasswright’s Apprentice', fandom='Original', rating='General', beta='annealer', wordCount='376 over three chapters',
                                                      summary='A girl lies her way into a glasshouse and stays.'), None, complete=False)],
     (gw_urls, gw_bodies))
SERIES.append(('glasswright', 'The Glasswright’s Apprentice', '3 + masterpost', 'DW 2014; chapters 1 and 3 in the writer’s journal (core2), chapter 2 in the community smallhours_fic seen in the site skin; subjects “(ch. N of 3)”; each header’s unlisted “Contents: here” links the masterpost; “next: chapter two, over at the comm” / “next: chapter three, back at my journal”; the masterpost’s links are on the word “read”.'))

# ======================================================================= D. Lamps of Tessary (JournalFen 2007, S2 Understroke): subjects "Lamps
# of Tessary, pt. 1 of 2" / "pt. 2 of 2"; headers in a `<ul>` of `<li><b>Label:</b> X</li>`; part 1 ends "on to pt. 2", part 2's Notes
# line reads "pt. 1 is here if you missed it".
JF = 'http://www.journalfen.net/users/verdigris_ink/'
lt_urls = [JF + '41207.html', JF + '41533.html']
lt_prose = [
    ['In Tessary the lamps were lit by hand, and the lamplighters had a guild, and the guild had a hall, and the hall had a rule that no lamp in the city could go dark for more than one night together.',
     'Nell Ashby had been a lamplighter for six years when the lamp at the corner of Candle Street went out and would not be relit. She tried oil, and new wick, and a new glass, and on the third night she tried swearing at it, which the older lighters said sometimes worked.',
     'On the fourth night she stayed, and sat on the kerb under the dark lamp with her pole across her knees, and waited to see who came.'],
    ['Nobody came until the bells had rung two. Then a child walked out of the dark end of Candle Street, barefoot, in a nightgown, holding a jar with a moth in it.',
     'She stopped under the lamp and looked up, and the moth beat against the glass of its jar, and the lamp above them both came on by itself, soft and yellow, as if it had only been waiting to be noticed.',
     '“It’s for my mam,” the child said. “She works late. She can’t find the door without it.” Nell walked her home, and the lamp on Candle Street never went out again, and the guild hall’s records say only: relit, fourth night, no cause found.'],
]
lt_bodies = [body(f'lampstessary-{i + 1}', p) for i, p in enumerate(lt_prose)]
lt_subj = ['Lamps of Tessary, pt. 1 of 2', 'Lamps of Tessary, pt. 2 of 2']
lt_wc = ['124', '117']
lt_notes = ['pt. 2 goes up tomorrow.', (f'<a href="{lt_urls[0]}">pt. 1 is here</a> if you missed it.', 'pt. 1 is here if you missed it.')]
lt_entries, lt_fields = [], []
for i in range(2):
    rows = [('Title', 'Lamps of Tessary'), ('Fandom', 'Original'), ('Ship(s)', 'none'), ('Rating', 'G'), ('Wordcount', lt_wc[i]), ('Notes', lt_notes[i])]
    head = '<ul style="list-style: none;">' + ''.join(f'<li><b>{L}:</b> {V[0] if isinstance(V, tuple) else V}</li>' for L, V in rows) + '</ul>'
    tail = f'<p><a href="{lt_urls[1]}">on to pt. 2</a></p>' if i == 0 else '<p>[end]</p>'
    e = {'url': lt_urls[i], 'journal': 'verdigris_ink', 'poster': 'verdigris_ink', 'subject': lt_subj[i], 'date': (2007, 4, 20 + i, '23:1' + str(i)), 'site': 'journalfen.net',
         'tags': ['fic', 'original'], 'currents': [('Music', ['the Decemberists', 'nothing, for once'][i])],
         'html': head + '\n' + ph(lt_prose[i]) + '\n' + tail,
         'comments': [('candlestreet', ['Who comes?! Who?', 'The moth in the jar. I love it.'][i])]}
    lt_entries.append(e)
    flds = fields(title='Lamps of Tessary', fandom='Original', pairing='none', rating='G', wordCount=lt_wc[i], notes=lt_notes[i])
    lt_fields.append(flds)
    page(f'jf-understroke-2007-lampstessary-{i + 1}', f'jf-2007-verdigris_ink-{lt_urls[i][-10:-5]}.html', lt_urls[i], 'journalfen', 'story', 2007,
         ['understroke', 'journalfen', 'part-marker', 'header-list', 'part-link-in-header'],
         f'Lamps of Tessary part {i + 1} on JournalFen, S2 Understroke (2007, www.journalfen.net/users/NAME/N.html): subject “{lt_subj[i]}” (“pt. N of 2”); the header a `<ul>` of `<li><b>Label:</b> X</li>` with “Ship(s)” and “Wordcount”; '
         + ['the Notes say “pt. 2 goes up tomorrow.”; “on to pt. 2” after the prose', 'the Notes line “pt. 1 is here if you missed it.” links part 1; “[end]” after the prose'][i]
         + '; Current Music in `div.metadata` above the text',
         understroke_page('entry', [e], 'verdigris_ink', 'verdigris', lt_urls[i], f'verdigris: {lt_subj[i]}', 2007, site='journalfen.net'),
         [story(lt_urls[i], 'verdigris_ink', 'verdigris_ink', flds, part(i + 1, 2), lt_bodies[i], exclude=[['on to pt. 2', '[end]'][i], ['the Decemberists', 'nothing, for once'][i], ['Who comes?!', 'The moth in the jar.'][i]])],
         (lt_urls, lt_bodies))
SERIES.append(('lampstessary', 'Lamps of Tessary', 2, 'JournalFen 2007 S2 Understroke; subjects “Lamps of Tessary, pt. N of 2”; part 1 ends “on to pt. 2”, part 2’s Notes line “pt. 1 is here if you missed it.” links part 1.'))

# The journal's recent page (JournalFen users/ URL): part 2 in full, a zine announcement (not a story), part 1 behind a cut.
zine = {'url': JF + '41390.html', 'journal': 'verdigris_ink', 'poster': 'verdigris_ink', 'subject': 'zine news!', 'date': (2007, 4, 20, '18:00'), 'site': 'journalfen.net',
        'tags': ['zines', 'news'], 'ncomments': 5,
        'html': '<b>Zine:</b> Lanterns &amp; Ledgers, issue 3<br /><b>Editors:</b> me and the long-suffering Pim<br /><b>Rating:</b> all ages<br /><b>Pages:</b> 64<br /><b>Price:</b> $6 plus postage<br /><br />'
                'Orders open on the first of May. There is a story of mine in it, and eleven by people far better than me, and a recipe for lamplighter’s cake that I cannot vouch for.'}
lt_cut = dict(lt_entries[0], index_html='<ul style="list-style: none;">' + ''.join(f'<li><b>{L}:</b> {V}</li>' for L, V in [('Title', 'Lamps of Tessary'), ('Fandom', 'Original'), ('Ship(s)', 'none'), ('Rating', 'G'), ('Wordcount', lt_wc[0]), ('Notes', lt_notes[0])]) + '</ul>\n'
              + ph(lt_prose[0][:1]) + f'\n<b>( <a href="{lt_urls[0]}#cutid1">Read more...</a> )</b>')
page('jf-understroke-2007-recent-lampstessary-zine', 'jf-2007-verdigris_ink-recent.html', JF, 'journalfen', 'index', 2007,
     ['understroke', 'journalfen', 'index', 'part-marker', 'about-fic', 'header-list', 'aside-summary'],
     'The journal’s recent page on JournalFen, S2 Understroke (2007): part 2 in full, a zine announcement with Zine / Editors / Rating / Pages / Price lines (not a story), part 1 as header, its first paragraph and a default “Read more...” cut',
     understroke_page('recent', [lt_entries[1], zine, lt_cut], 'verdigris_ink', 'verdigris', JF, 'verdigris', 2007, site='journalfen.net'),
     [story(lt_urls[1], 'verdigris_ink', 'verdigris_ink', lt_fields[1], part(2, 2), lt_bodies[1], exclude=['[end]', 'Lanterns & Ledgers']),
      story(lt_urls[0], 'verdigris_ink', 'verdigris_ink', lt_fields[0], part(1, 2), body('lampstessary-1-teaser', lt_prose[0][:1]), complete=False, exclude=['Read more...'])])

import posts3  # noqa: E402,F401
