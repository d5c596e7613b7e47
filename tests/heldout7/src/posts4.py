"""tests/heldout7: more single stories (typed metadata inside the entry, a community ficlet in the DW site skin, a Wayback
copy of a site-skin entry, an InsaneJournal double drabble) and the not-stories that look fic-ish, with the index pages."""
from layouts import wayback, wb
from corpus import body, brh, dwu, fields, hdr, page, ph, story
from posts import lju
from posts3 import site_html
from s2y import understroke_page, multiplex_page, dw_site_page

# ----------------------------------------------------------------------- S9. Typed metadata at the top of the entry, then the header (LJ Understroke 2011)
GR = 'http://gorse-and-granite.livejournal.com/'
p9 = ['The lighthouse keeper’s logbook for the winter of 1887 has one entry in a different hand.',
      'It is dated the ninth of January, in the middle of a gale that the other pages describe in great and miserable detail, and it says only: Lamp trimmed at four. Fog signal sounded. A woman came to the door asking for her husband and I told her he was not here. She thanked me and walked back down into the sea.',
      'The keeper that winter was a man called Joss Pender. He was unmarried. The logbook does not say whose hand wrote the entry, and the archivist who showed it to me closed the book rather quickly afterwards, and asked if I would like some tea.']
e9 = {'url': GR + '61922.html', 'journal': 'gorse_and_granite', 'poster': 'gorse_and_granite', 'subject': 'The Logbook', 'date': (2011, 1, 9, '21:21'), 'tags': ['fic', 'original', 'ghost stories'],
      'html': '<i>currently: listening to the radiator knock &middot; feeling: unnerved, pleasantly</i><br /><br />\n'
              + hdr([('Title', 'The Logbook'), ('Fandom', 'Original'), ('Rating', 'PG'), ('Length', 'around 130 words'), ('A/N', 'for the winter ghost-story swap.')]) + '<br /><br />\n' + brh(p9),
      'comments': [('wreckers_lamp', 'And asked if I would like some tea. Brr!'), ('gorse_and_granite', ':D')]}
page('lj-understroke-2011-typedmetadata-logbook', 'lj-2011-gorse_and_granite-61922.html', e9['url'], 'livejournal', 'story', 2011,
     ['understroke', 'metadata-inside'],
     'A story on LJ S2 Understroke (2011) that opens with a typed italic “currently: … · feeling: …” line ABOVE its `<b>Label:</b>` header (Length, A/N); no Mood in `div.metadata`',
     understroke_page('entry', [e9], 'gorse_and_granite', 'gorse & granite', e9['url'], 'gorse & granite: The Logbook', 2011),
     [story(e9['url'], 'gorse_and_granite', 'gorse_and_granite', fields(title='The Logbook', fandom='Original', rating='PG', wordCount='around 130 words', notes='for the winter ghost-story swap.'), None,
            body('logbook', p9), exclude=['currently: listening to the radiator knock', 'Brr!'])])

# ----------------------------------------------------------------------- S10. A DW community entry in the site skin (2017): `<strong>Label</strong>&nbsp;&nbsp;X` paragraphs
SP = 'https://saltpans-fic.dreamwidth.org/'
p10 = ['The saltpans at Leck were worked by women, and the women sang while they raked, and the song was older than the pans.',
       'Mira was new, and did not know the words, and hummed instead, and was ashamed of it until old Gert leaned on her rake and said that was how the song had started in the first place: somebody humming, because they did not know the words yet, and the rest of them joining in.']
e10 = {'url': SP + '7719.html', 'journal': 'saltpans_fic', 'poster': 'rakewoman', 'community': True, 'poster_name': 'Rake', 'subject': 'Leck Song', 'date': (2017, 8, 2, '10:15'),
       'tags': ['author: rakewoman', 'fandom: original'],
       'html': ''.join(f'<p><strong>{L}</strong>&nbsp;&nbsp;{V[0] if isinstance(V, tuple) else V}</p>' for L, V in
                       [('Title', 'Leck Song'), ('Author', dwu('rakewoman')), ('Fandom', 'Original'), ('Rating', 'G'), ('Word count', '95')]) + '<hr />\n' + ph(p10),
       'comments': [('saltpans_mod', 'Adding this to the August list!')]}
page('dw-siteskin-2017-community-nbsplabels-leck', 'dw-2017-saltpans_fic-7719.html', e10['url'], 'dreamwidth', 'story', 2017,
     ['dw-site-skin', 'community', 'decorated', 'hr-after-header'],
     'A DW community entry seen in the site skin (?style=site, Tropospherical Red, 2017): “Rake (rakewoman) wrote in saltpans_fic”; one `<p>` per field, `<strong>Label</strong>&nbsp;&nbsp;X` (two spaces, no colon), an `<hr />` before the prose',
     dw_site_page(e10, 'Leck Song', 2017),
     [story(e10['url'], 'rakewoman', 'saltpans_fic', fields(title='Leck Song', author='rakewoman', fandom='Original', rating='G', wordCount='95'), None, body('lecksong', p10), exclude=['Adding this to the August list!'])],
     also=[e10['url'] + '?style=site'])

# ----------------------------------------------------------------------- S11. Wayback 2013 copy of a DW site-skin entry (the ?style=site URL)
FW = 'https://fernhollow.dreamwidth.org/'
p11 = ['Every house on Pennant Row had a bell by the door, and every bell had a name painted on a little tin plate above it, and at number nine the name was Nobody.',
       'The postman rang it once, years ago, for a parcel too big for the letterbox. He said afterwards that the door opened by itself and a very polite voice from the dark hall thanked him and asked him to leave it on the step. He left it. He did not ring again. The parcel, the neighbours say, is still there, and nobody on Pennant Row will admit to having sent it.']
e11 = {'url': FW + '20440.html', 'journal': 'fernhollow', 'poster': 'fernhollow', 'poster_name': 'Fern', 'subject': 'Number Nine', 'date': (2013, 10, 28, '22:22'), 'tags': ['fic', 'halloween'],
       'currents': [('Mood', 'spooky')],
       'html': hdr([('Title', 'Number Nine'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '110'), ('Notes', 'a tiny one for the season.')], fmt='<b>{L}</b>: {V}') + '<br /><br />\n' + brh(p11),
       'comments': [('pennant_row', 'NOBODY. Love it.')]}
ws = e11['url'] + '?style=site'
wu11 = wb('20131104120314', ws)
page('wayback-dw-siteskin-2013-numbernine', 'wayback-2013-fernhollow-20440.html', wu11, 'wayback', 'story', 2013,
     ['wayback', 'dw-site-skin'],
     'Wayback copy (2013-11-04) of a DW entry’s site-skin view (`?style=site`, Tropospherical Red): the subject inside `div.contents.usercontent`, `<b>Label</b>: X` header; story URL is the original entry URL without the query',
     wayback(dw_site_page(e11, 'Number Nine', 2013), '20131104120314', ws),
     [story(e11['url'], 'fernhollow', 'fernhollow', fields(title='Number Nine', fandom='Original', rating='G', wordCount='110', notes='a tiny one for the season.'), None, body('numbernine', p11),
            exclude=['spooky', 'NOBODY. Love it.'])])

# ----------------------------------------------------------------------- S13. InsaneJournal Understroke (2010) double drabble: `♦ Label ♦ X` and an end note
HT = 'http://hearthward.insanejournal.com/'
p13 = ['Granny Mab kept the hearth in, winter and summer, and would not have it out for anything. Not for the sweep, not for the heat in August, not for the new gas cooker her son bought her and which she used to keep the bread tins in.',
       '“Your grandad’s in that fire,” she told Elsie, who was seven and believed her, and then twelve and did not, and then twenty and stood at the graveside with her hands cold in her pockets, and went back to the cottage afterward and found the hearth still warm, a day and a half after anybody had fed it.',
       'Elsie keeps it in now. She doesn’t tell people why.']
e13 = {'url': HT + '9011.html', 'journal': 'hearthward', 'poster': 'hearthward', 'subject': 'hearth (double drabble)', 'date': (2010, 12, 1, '18:18'), 'site': 'insanejournal.com',
       'tags': ['fic', 'drabbles'], 'currents': [('Mood', 'cosy')],
       'html': hdr([('Title', 'Keeping It In'), ('Fandom', 'Original'), ('Rating', 'G'), ('Warnings', 'a death, offscreen')], fmt='♦ {L} ♦ {V}') + '<br /><br />\n' + brh(p13)
               + '<br /><br />\n<small>(200 words, for the “hearth” prompt at the winter comm)</small>'}
page('ij-understroke-2010-doubledrabble-diamonds-keepingitin', 'ij-2010-hearthward-9011.html', e13['url'], 'insanejournal', 'story', 2010,
     ['understroke', 'drabble', 'decorated', 'end-note'],
     'A double drabble on InsaneJournal, S2 Understroke (2010): `♦ Label ♦ X` lines (no colon); an end note “(200 words, for the “hearth” prompt at the winter comm)” after the prose (neither body nor a field)',
     site_html(understroke_page('entry', [e13], 'hearthward', 'hearthward', e13['url'], 'hearthward: hearth (double drabble)', 2010, site='insanejournal.com'), 'insanejournal.com'),
     [story(e13['url'], 'hearthward', 'hearthward', fields(title='Keeping It In', fandom='Original', rating='G', warnings='a death, offscreen'), None, body('keepingitin', p13),
            exclude=['200 words, for the', 'cosy'])])

# ======================================================================= Not stories
# N2. A fanart post with Title / Artist / Medium / Rating / Characters lines (LJ Understroke 2013)
N2 = 'http://inkwash-gull.livejournal.com/'
e = {'url': N2 + '5521.html', 'journal': 'inkwash_gull', 'poster': 'inkwash_gull', 'subject': 'art: the lamplighter at dusk', 'date': (2013, 3, 17, '16:40'), 'tags': ['my art', 'lamps of tessary'],
     'html': hdr([('Title', 'The Lamplighter at Dusk'), ('Artist', lju('inkwash_gull')), ('Medium', 'watercolour and a very old brush'), ('Rating', 'G'), ('Characters', 'Nell Ashby')]) + '<br /><br />\n'
             + '<img src="http://pics.livejournal.com/inkwash_gull/pic/0004kx9q" width="600" height="820" alt="a woman with a long pole lighting a street lamp" /><br /><br />\n'
             + 'Inspired by verdigris_ink’s lovely Tessary stories, which you should all go and read. Concrit welcome; I know the hands are wonky.',
     'comments': [('verdigris_ink', 'OH. Oh, this is Nell exactly.')]}
page('lj-understroke-2013-fanart-notstory', 'lj-2013-inkwash_gull-5521.html', e['url'], 'livejournal', 'not-story', 2013,
     ['understroke', 'fanart', 'about-fic'],
     'A fanart post on LJ S2 Understroke (2013): `<b>Label:</b>` lines Title / Artist (ljuser) / Medium / Rating / Characters, an image and a note naming the stories that inspired it: not a story',
     understroke_page('entry', [e], 'inkwash_gull', 'inkwash gull', e['url'], 'inkwash gull: art: the lamplighter at dusk', 2013), [])

# N3. A DW community mod post giving the posting header template (site skin, 2015)
e = {'url': SP + '5002.html', 'journal': 'saltpans_fic', 'poster': 'saltpans_mod', 'community': True, 'poster_name': 'Saltpans mods', 'subject': 'How to post: header template', 'date': (2015, 5, 1, '09:00'),
     'tags': ['mod post', 'rules'],
     'html': '<p>Welcome to the comm! Please put this header at the top of every fic, above the cut:</p>\n<pre>&lt;b&gt;Title:&lt;/b&gt;\n&lt;b&gt;Author:&lt;/b&gt;\n&lt;b&gt;Rating:&lt;/b&gt;\n&lt;b&gt;Word count:&lt;/b&gt;\n&lt;b&gt;Summary:&lt;/b&gt;</pre>\n'
             + '<p>which comes out as:</p><blockquote><b>Title:</b> The Name Of Your Story<br /><b>Author:</b> you<br /><b>Rating:</b> G to E<br /><b>Word count:</b> 100+<br /><b>Summary:</b> a line or two</blockquote>\n'
             + '<p>Tag your posts with author: and fandom: tags. Questions go in the comments here.</p>',
     'comments': [('rakewoman', 'Does the word count include the title?'), ('saltpans_mod', 'No, just the story.')]}
page('dw-siteskin-2015-community-headertemplate-notstory', 'dw-2015-saltpans_fic-5002.html', e['url'], 'dreamwidth', 'not-story', 2015,
     ['dw-site-skin', 'community', 'about-fic', 'template'],
     'A DW community mod post in the site skin (2015): the posting header template in a `<pre>` and rendered as a `<b>Label:</b>` example in a blockquote (“Title: The Name Of Your Story”): not a story',
     dw_site_page(e, 'How to post: header template', 2015), [], also=[e['url'] + '?style=site'])

# N7. A fic meme on DeadJournal, Digital Multiplex (2005): "ask me about any of these titles"
e = {'url': 'http://www.deadjournal.com/users/mothlantern/2417.html', 'journal': 'mothlantern', 'poster': 'mothlantern', 'subject': 'meme: titles of my WIPs', 'date': (2005, 2, 11, '00:40'), 'site': 'deadjournal.com',
     'currents': [('Mood', 'procrastinatory')],
     'html': 'Snagged from everyone: list the titles of everything in your WIP folder, and people can ask for a line from any of them.<br /><br />'
             '1. Quince, part two (the cat’s turn)<br />2. The Ferryman’s Receipt<br />3. untitled bees thing<br />4. Rain at the Station (1/?)<br />5. The Sexton’s Holiday<br /><br />Go on, ask. I dare you.'}
page('dj-multiplex-2005-wiptitles-meme-notstory', 'dj-2005-mothlantern-2417.html', e['url'], 'deadjournal', 'not-story', 2005,
     ['digital-multiplex', 'deadjournal', 'meme', 'about-fic', 'part-marker'],
     'A WIP-titles meme on DeadJournal, S2 Digital Multiplex (2005): numbered titles (one “(1/?)”, one “part two”): not a story',
     site_html(multiplex_page('entry', [e], 'mothlantern', 'the moth and the lantern', e['url'], 'the moth and the lantern - meme', 2005, site='deadjournal.com'), 'deadjournal.com'), [])

# N9. A "leave me a prompt" post (LJ Understroke 2012) with an example header
e = {'url': GR + '70115.html', 'journal': 'gorse_and_granite', 'poster': 'gorse_and_granite', 'subject': 'comment fic: leave me a prompt!', 'date': (2012, 12, 20, '12:00'), 'tags': ['prompts', 'comment fic'],
     'html': 'Holiday comment-fic time! Leave a prompt in the comments in this form and I’ll write you a ficlet:<br /><br />'
             '<b>Fandom:</b> anything of mine, or original<br /><b>Characters:</b> who you want<br /><b>Prompt:</b> a word, a line, an image<br /><br />'
             'Fills will go in the comments, so watch your inbox. Last year I did thirty and nearly died; this year I am capping it at twelve.',
     'comments': [('wreckers_lamp', 'Original! The logbook keeper! Prompt: “the second entry”.'), ('gorse_and_granite', 'Ooh, yes.')]}
page('lj-understroke-2012-promptcall-notstory', 'lj-2012-gorse_and_granite-70115.html', e['url'], 'livejournal', 'not-story', 2012,
     ['understroke', 'about-fic', 'template', 'prompt-call'],
     'A comment-fic prompt call on LJ S2 Understroke (2012): a Fandom / Characters / Prompt form to copy, and a prompt in the comments: not a story',
     understroke_page('entry', [e], 'gorse_and_granite', 'gorse & granite', e['url'], 'gorse & granite: comment fic: leave me a prompt!', 2012), [])

# N10. An unfinished-fic amnesty post (LJ Digital Multiplex 2008): snippets under their titles
e = {'url': 'http://quillon-fen.livejournal.com/15040.html', 'journal': 'quillon_fen', 'poster': 'quillon_fen', 'subject': 'WIP amnesty: things I will never finish', 'date': (2008, 12, 31, '16:00'),
     'tags': ['wip amnesty', 'fic talk'], 'currents': [('Mood', 'resigned')],
     'html': 'End of the year, so here are the bits that are never going anywhere:<br /><br />'
             '<b>Title:</b> The Oak, Reconsidered<br /><b>Words:</b> 340 of a planned lot more<br /><blockquote>Ada had always said the oak would outlive them all, and for once she had been right about something.</blockquote>'
             '<b>Title:</b> Ledger<br /><b>Words:</b> 80<br /><blockquote>The accounts did not balance, and had not for nine years.</blockquote>'
             'If anybody wants to adopt one, they’re yours.'}
page('lj-multiplex-2008-wipamnesty-notstory', 'lj-2008-quillon_fen-15040.html', e['url'], 'livejournal', 'not-story', 2008,
     ['digital-multiplex', 'about-fic', 'wip'],
     'A WIP-amnesty post on LJ S2 Digital Multiplex (2008): two unfinished fics, each a `<b>Title:</b>` / `<b>Words:</b>` pair and a snippet in a blockquote: not a story',
     multiplex_page('entry', [e], 'quillon_fen', 'quillon fen', e['url'], 'quillon fen - WIP amnesty', 2008), [])

import posts5  # noqa: E402,F401
