"""tests/heldout5: Dreamwidth core2 entry pages in styles not used before (Abstractia, Leftovers, Motion, Lefty, Modular,
Crossroads, Headsup, Planet Caravan) and DW's mobile reading page (htdocs/mobile/read.bml): header-only posts, a drabble
with no header, a ficlet whose header is a table, a lone chapter pointing at its masterpost, posts about fic, a meme,
lyrics, and a list of links."""
from layouts import dw_page, dw_user, esc
from posts import body, dwu, fields, hdr, page, part, ph, story


def dw_entry_page(id, url, journal, jtitle, style, year, subj, date, tags, html, shapes, desc, kind, stories, comments=(), stitched=None, community=False, poster=None):
    e = {'url': url, 'journal': journal, 'poster': poster or journal, 'community': community, 'subject': subj, 'date': date, 'tags': tags, 'html': html, 'comments': list(comments)}
    page(id, f'dw-{year}-{journal}-{url.rsplit("/", 1)[1][:-5]}.html', url, 'dreamwidth', kind, year, shapes, desc,
         dw_page('entry', [e], journal, jtitle, style, url, f'{subj} - {jtitle}', year=year), stories, stitched)


# ---- header-only → AO3 with emoji bullets (Abstractia 2020)
url = 'https://nightjar-notes.dreamwidth.org/30118.html'
ao3 = 'https://archiveofourown.org/works/24410087'
rows = [('Title', 'Small Hours'), ('Fandom', 'The Wind in the Willows'), ('Characters', 'Mole, Ratty, Badger'), ('Rating', 'General Audiences'), ('Words', '3,100'),
        ('Summary', 'Mole cannot sleep, and the river is not the same at night.')]
dw_entry_page('dw-abstractia-2020-headeronly-ao3-emoji-smallhours', url, 'nightjar_notes', 'nightjar notes', 'Abstractia', 2020, 'new fic! small hours (wind in the willows, G)',
              (2020, 4, 11, '01:20'), ['my fic', 'fandom: wind in the willows'],
              '<p>' + hdr(rows, fmt='🌙 {L}: {V}') + '</p>\n<p>Written in about four nights of my own small hours, which seemed fitting. Thank you ' + dw_user('otter_holt') + ' for the cheerleading!</p>\n'
              + f'<p style="text-align:center"><a href="{ao3}"><b>Read on AO3 ➜</b></a></p>',
              ['header-only', 'decorated'], 'Header-only post (DW core2 Abstractia, 2020): `🌙 Label: X` lines (an emoji bullet), a chatter-and-thanks paragraph, a centred bold “Read on AO3 ➜” (elsewhere)', 'story',
              [story(url, 'nightjar_notes', 'nightjar_notes', fields(title='Small Hours', fandom='The Wind in the Willows', characters='Mole, Ratty, Badger', rating='General Audiences',
                                                                     wordCount='3,100', summary='Mole cannot sleep, and the river is not the same at night.'), None,
                     exclude=['Written in about four nights', 'Read on AO3'], headerOnly=True, elsewhere=[ao3])],
              [('otter_holt', 'Ratty at night! Going now.')])

# ---- fic filter sign-up (Leftovers 2015): not a story
url = 'https://lamp-and-lattice.dreamwidth.org/5502.html'
dw_entry_page('dw-leftovers-2015-ficfilter-signup-notstory', url, 'lamp_and_lattice', 'lamp & lattice', 'Leftovers', 2015, 'fic filter sign-up',
              (2015, 6, 2, '18:00'), ['fic', 'filters', 'admin'],
              '<p>I’m finally making a filter for unfinished fic, snippets and the occasional terrible first draft.</p>\n<p>Want in? Comment below with:</p>\n'
              '<p><b>Name:</b><br />\n<b>Fandoms you read:</b><br />\n<b>Would you beta:</b> yes / no / only for typos</p>\n<p>Comments are screened. Nobody will be judged for saying “only for typos”.</p>',
              ['about-fic', 'signup'], 'A fic filter sign-up (DW core2 Leftovers, 2015): subject and tags say “fic”, the body is a form of bold labels to copy into a comment: not a story', 'not-story', [])

# ---- drabble with no header (Lefty 2017): subject "drabble: …" and tags.
url = 'https://teacup-tempest.dreamwidth.org/1877.html'
dn = ['The lighthouse keeper’s cat had never seen the sea, because it would not go outside.',
      'It lived on the top floor, by the lamp, where it was warm. It watched ships go by as small lights in the dark and thought they were other cats, very far away, keeping their own lamps.',
      'On the night the lamp failed, it sat in the great lens and howled until the keeper woke.',
      'He lit the lamp again by hand and sat up with it till morning. The cat slept on his feet. Out in the dark, the small lights went safely past.']
dw_entry_page('dw-lefty-2017-drabble-noheader-lamplightcat', url, 'teacup_tempest', 'teacup tempest', 'Lefty', 2017, 'drabble: the keeper’s cat',
              (2017, 2, 22, '22:15'), ['drabble', 'my fic', 'original'], ph(dn),
              ['drabble', 'no-header'], 'A 100-word drabble with no header (DW core2 Lefty, 2017): the evidence is the subject “drabble: the keeper’s cat” and the tags “drabble, my fic”', 'story',
              [story(url, 'teacup_tempest', 'teacup_tempest', fields(title='the keeper’s cat'), None, body('keeperscat', dn))],
              [('harbour_moth', 'Other cats keeping their own lamps. ♥')])

# ---- ficlet whose header is a table with a Notes row and metadata table above (Motion 2021)
url = 'https://wren-in-winter.dreamwidth.org/9931.html'
fm = ['The snow came in the night, and in the morning the village had lost its edges: no walls, no lanes, no difference between the green and the pond.',
      'Old Tom Braddle walked out into it with his stick and his dog and stood in the middle of what might have been the road, and laughed, because he was eighty-one and had never once in his life been lost, and here he was, lost on his own doorstep.',
      'The dog knew the way. It always had. He let it take him home.']
tbl = ('<table style="border: 1px dotted #999; padding: 4px">\n' + '\n'.join(f'<tr><td style="text-align:right"><b>{l}</b>:</td><td>{v}</td></tr>' for l, v in
       [('Title', 'Lost on the Doorstep'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '90'), ('Notes', 'For ' + dw_user('snowfic_exchange', 'C') + '’s day three prompt, “edges”.')]) + '\n</table>\n')
above = '<p><small>📍 Location: <a href="https://www.openstreetmap.org/#map=14/54.38/-2.91">Windermere</a> · Mood: snowed in</small></p>\n'
dw_entry_page('dw-motion-2021-ficlet-headertable-location', url, 'wren_in_winter', 'wren in winter', 'Motion', 2021, 'lost on the doorstep (ficlet)',
              (2021, 1, 24, '10:05'), ['fic', 'original', 'snowfic'], above + tbl + ph(fm),
              ['ficlet', 'header-table', 'metadata-inside'], 'A ficlet (DW core2 Motion, 2021): a small “📍 Location: (map link) · Mood:” line ABOVE the header, the header a dotted `<table>` of `<b>Label</b>:` cells with a Notes row holding a community ljuser', 'story',
              [story(url, 'wren_in_winter', 'wren_in_winter', fields(title='Lost on the Doorstep', fandom='Original', rating='G', wordCount='90', notes='For snowfic_exchange’s day three prompt, “edges”.'),
                     None, body('lostdoorstep', fm), exclude=['Location:', 'snowed in'])])

# ---- lone chapter "Chapter 2 of 4" with an "Index:" header line (Modular 2014)
url = 'https://bellfounder.dreamwidth.org/4410.html'
idx = 'https://bellfounder.dreamwidth.org/3981.html'
c2 = ['The bell came out of the pit on the third day, still too hot to touch, and the whole parish came to look at it.',
      'Master Aske walked round it twice with his hands behind his back. Then he struck it once, lightly, with the flat of his palm, and listened, and his face did something none of the apprentices had ever seen it do.',
      '“Flat,” he said. “A quarter-tone flat.” And he sat down on the edge of the pit, in front of everyone, and put his head in his hands.']
dw_entry_page('dw-modular-2014-chapter-index-line-bellfounder', url, 'bellfounder', 'the bellfounder’s yard', 'Modular', 2014, 'The Tenor Bell: Chapter 2',
              (2014, 3, 8, '20:30'), ['fic: the tenor bell', 'original'],
              '<p>' + hdr([('Title', 'The Tenor Bell'), ('Chapter', '2 of 4'), ('Rating', 'PG'), ('Words', '95')], fmt='<b>{L}</b> ~ {V}') + f'<br />\n<b>Index</b> ~ <a href="{idx}">link</a></p>\n' + ph(c2),
              ['part-marker', 'chapter-to-masterpost', 'decorated'], 'A lone chapter (DW core2 Modular, 2014): subject “The Tenor Bell: Chapter 2”, `<b>Label</b> ~ X` header with an unlisted “Chapter ~ 2 of 4” line (the total) and “Index ~ link” (the masterpost, not in the corpus)', 'story',
              [story(url, 'bellfounder', 'bellfounder', fields(title='The Tenor Bell', rating='PG', wordCount='95'), part(2, 4), body('tenorbell-ch2', c2), exclude=['2 of 4', 'Index'])])

# ---- poll-like "what should I write next" post (Crossroads 2012): not a story
url = 'https://saltbox-stories.dreamwidth.org/2280.html'
dw_entry_page('dw-crossroads-2012-what-next-list-notstory', url, 'saltbox_stories', 'saltbox stories', 'Crossroads', 2012, 'fic: what should I write next? (1/3 done!)',
              (2012, 9, 1, '13:45'), ['fic', 'wip', 'ask me'],
              '<p>I finished part one of the mermaid thing (1/3!) and now I can’t decide what to do with my weekends. Options:</p>\n<ol>\n'
              '<li><b>Title:</b> The Mermaid’s Ledger, part 2 — <b>Rating:</b> PG</li>\n<li><b>Title:</b> untitled smugglers AU — <b>Rating:</b> probably R</li>\n<li><b>Title:</b> a very silly crab ficlet — <b>Rating:</b> G</li>\n</ol>\n'
              '<p>Vote in the comments! Most votes by Friday wins.</p>',
              ['about-fic', 'poll'], 'A “what should I write next” post (DW core2 Crossroads, 2012): subject “fic: … (1/3 done!)”, an `<ol>` of options each with bold “Title: … Rating: …”, vote in the comments: not a story', 'not-story', [])

# ---- personal meme (Headsup 2016): not a story
url = 'https://mudlark-and-moon.dreamwidth.org/8814.html'
dw_entry_page('dw-headsup-2016-writer-meme-notstory', url, 'mudlark_and_moon', 'mudlark & moon', 'Headsup', 2016, 'the writer meme',
              (2016, 7, 17, '16:20'), ['memes', 'writing'],
              '<p>Stolen from ' + dw_user('teacup_tempest') + ':</p>\n<p><b>1. Favourite thing you’ve written?</b><br />\nThe eel story. Nobody else likes it. I love it.</p>\n'
              '<p><b>2. Longest fic?</b><br />\nThe Tenby one, 40k, still not finished.</p>\n<p><b>3. Favourite line you’ve written this year?</b><br />\n“The tide goes out, and comes back in, and does not ask anybody’s permission.”</p>',
              ['meme', 'about-fic', 'personal'], 'A writer meme (DW core2 Headsup, 2016): bold numbered questions with short answers, one quoting a line of the writer’s fic: not a story', 'not-story', [])

# ---- lyrics (Planet Caravan 2019): not a story
url = 'https://fiddle-and-fern.dreamwidth.org/6620.html'
dw_entry_page('dw-planetcaravan-2019-lyrics-notstory', url, 'fiddle_and_fern', 'fiddle & fern', 'Planet Caravan', 2019, 'session tune of the week',
              (2019, 11, 3, '21:10'), ['music', 'folk'],
              '<p><b>The Wind That Shakes the Barley</b> (trad.)</p>\n<blockquote>I sat within the valley green,<br />\nI sat me with my true love...</blockquote>\n'
              '<p>We played it far too fast on Thursday and it was glorious. Fiddle is fine. My bow arm is not.</p>',
              ['lyrics', 'personal'], 'A music post (DW core2 Planet Caravan, 2019): a bold song title and two quoted lines of a traditional song in a blockquote, then chatter: not a story', 'not-story', [])

# ---- DW mobile reading page (htdocs/mobile/read.bml): "who: <a>subject</a><br />" lines, links to ?format=light.
items = [('nightjar_notes', None, 'new fic! small hours (wind in the willows, G)', 'https://nightjar-notes.dreamwidth.org/30118.html'),
         ('heron_and_reed', 'marshlight_fic', 'Saltmarsh Letters, Ch. 3', 'https://marshlight-fic.dreamwidth.org/2240.html'),
         ('pippin_and_pear', None, 'the glass orchard, pt 1/3', 'https://pippin-and-pear.dreamwidth.org/7702.html'),
         ('fiddle_and_fern', None, 'session tune of the week', 'https://fiddle-and-fern.dreamwidth.org/6620.html'),
         ('teacup_tempest', None, None, 'https://teacup-tempest.dreamwidth.org/1902.html')]


def _who(p, j):
    out = f"<a href='https://{p.replace('_', '-')}.dreamwidth.org/'><b>{p}</b></a>"
    return out + (f" in <a href='https://{j.replace('_', '-')}.dreamwidth.org/'><b>{j}</b></a>" if j else '')


lines = ''.join(f"{_who(p, j)}: <a href='{u}?format=light'>{esc(s) if s else '(no subject)'}</a><br />" for p, j, s, u in items)
mob = f'''<html>
<head>
<title>Read Reading Page</title>
<meta name="viewport" content="width = 320" />
</head>
<body>
<p>&lt;&lt; <a href='./'>Back to Dreamwidth Mobile</a><div style="font-size: 16pt; font-weight: bold; margin: 0.8em;">Read Reading Page</div><div style="margin: 1em;"><div style="font-weight: bold;">Viewing: All friends</div><div><a href='?skip=50'>&lt;&lt; Previous 50 items</a></div><br/></div>{lines}

</body>
</html>
'''
page('dw-mobile-2020-readpage-links-notstory', 'dw-2020-mobile-read.html', 'https://www.dreamwidth.org/mobile/read', 'dreamwidth', 'not-story', 2020, ['mobile', 'list-of-links'],
     'DW’s mobile reading page (htdocs/mobile/read.bml, 2020): one line per entry, “poster[ in community]: <a>SUBJECT</a>”, links to `?format=light`; the subjects name stories and part markers (“Ch. 3”, “pt 1/3”) but the page holds no entry text: not a story',
     mob, [])
