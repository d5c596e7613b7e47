"""Posts of tests/heldout21 and their truth: single stories in issue 11's shapes 1-4 (header-only posts, drabbles, a double
drabble and a three-sentence ficlet, entry metadata inside the entry, decorated labels) and the posts that must get no button
(shape 8: posts about fic that are not fic; shape 9: personal posts, a meme, a poll, recs), on LiveJournal (S1, S2, 2017+ and
2019+ pages), Dreamwidth, InsaneJournal, JournalFen, Scribbld, DeadJournal and the Wayback Machine. All prose, names, journals and
titles are invented for this corpus; fandom and character names appear as header labels only. Renderers: tests/heldout2's
layouts.py, tests/heldout5's s1.py (talkread.bml), tests/heldout8's s2z.py (Haven, Dear Diary), tests/heldout11's s2t.py (LJ's
2019+ post page), tests/heldout12's mag.py (Magazine), tests/heldout13's bloggish.py, tests/heldout20's wbera.py (Wayback replays)."""
from bloggish import bloggish_page
from corpus import body, fields, hdr, page, ph, story
from layouts import dw_page, esc, gen_page, singlepost_page
from mag import magazine_page
from posts import CUT, entry
from s1 import talkread_page
from s2t import md_entry_page
from s2z import deardiary_page, haven_page
from wbera import wayback_2010, wayback_classic, wayback_today

WB = 'https://web.archive.org/web/'


def brp(paras):
    return '<br /><br />\n'.join(esc(p) for p in paras)


def poll(pid, site, question, opts, head='Poll'):
    return (f'<div id="poll-{pid}-container" class="poll-container"><form action="http://www.{site}/poll/?id={pid}" method="post" class="LJ_PollForm">'
            f'<input type="hidden" name="pollid" value="{pid}" /><div class="poll-inquiry"><b><a href="http://www.{site}/poll/?id={pid}">Poll #{pid}</a></b> <i>{esc(head)}</i></div>'
            '<div class="poll-description">Open to: All, detailed results viewable to: All. Participants: 17</div>'
            f'<div class="poll-question"><p>{esc(question)}</p>'
            + ''.join(f'<input type="radio" name="pollq-1" value="{n}" id="pollq-{pid}-1-{n}" /> <label for="pollq-{pid}-1-{n}">{esc(t)}</label><br />' for n, t in enumerate(opts))
            + '</div><input type="submit" value="Submit Poll" /></form></div>')


# ================================================================== 1. HEADER-ONLY POSTS
# H1. "Read it on AO3" (DW core2, 2016), a thank-you line
J = 'sunburnt_sam'
u = 'https://sunburnt-sam.dreamwidth.org/9913.html'
AO3 = 'https://archiveofourown.org/works/7730215'
SUM = 'It is ninety degrees, the air conditioning is broken, and somebody has to go and get the shave ice.'
rows = [('Title', 'Shave Ice'), ('Fandom', 'Hawaii Five-0'), ('Pairing', 'Steve/Danny'), ('Rating', 'Teen'), ('Words', '4,100'), ('Summary', SUM)]
e = entry(u, J, 'fic: Shave Ice (Steve/Danny, Teen)', (2016, 7, 24, '21:10'),
          hdr(rows) + f'<br /><br />\n<p><b><a href="{AO3}">Read it on AO3</a></b></p>\n<p>Thank you to kona_coffee for the beta and for listening to me whine about the heat!</p>',
          tags=['fic', 'hawaii five-0'], comments=[('kona_coffee', 'Yay, it is up!')])
page('dw-core2-2016-header-only-read-it-on-ao3-shaveice', f'dw-{J}-9913.html', u, 'dreamwidth', 'story', 2016,
     ['dw-core2', 'header-only', 'ao3-link', 'thank-you-line'],
     'DW core2 (2016): a HEADER-ONLY post: Title / Fandom / Pairing / Rating / Words / Summary, “Read it on AO3” and a thank-you line',
     dw_page('entry', [e], J, 'sunburnt sam', 'Practicality', u, f'{J}: fic: Shave Ice (Steve/Danny, Teen)', year=2016),
     [story(u, J, J, fields(title='Shave Ice', fandom='Hawaii Five-0', pairing='Steve/Danny', rating='Teen', wordCount='4,100', summary=SUM), None,
            exclude=['Thank you to kona_coffee'], headerOnly=True, elsewhere=[AO3])])

# H2. "at my fic journal" (LJ S2 Generator, 2012) linking the story's entry in the writer's Dreamwidth fic journal (H2t)
J, FJ = 'lieutenant_hawk', 'hawkeye_fic'
u = 'http://lieutenant-hawk.livejournal.com/30411.html'
tu = 'https://hawkeye-fic.dreamwidth.org/2208.html'
pr = ['The colonel signed his name on the last form at four in the morning and put his head down on the desk beside it, and his lieutenant, who had been waiting for exactly that, took the pen out of his hand.',
      'She stacked the forms. She turned down the lamp. She put her own coat over his shoulders, because the office was cold and he would never think to ask for one.',
      'In the morning he found the coat and the stacked forms and a cup of tea gone cold on the corner of the desk, and he sat for a while with his hands around it anyway.']
b = body('paperwork', pr)
SUM = 'Four in the morning, a stack of forms, and a lieutenant who has been waiting.'
rows = [('Title', 'Paperwork'), ('Fandom', 'Fullmetal Alchemist'), ('Pairing', 'Roy/Riza'), ('Rating', 'G'), ('Summary', SUM)]
f = fields(title='Paperwork', fandom='Fullmetal Alchemist', pairing='Roy/Riza', rating='G', summary=SUM)
e = entry(u, J, 'new fic!', (2012, 3, 11, '10:20'), hdr(rows) + f'<br /><br />\n<p>Story is at my fic journal: <a href="{tu}">here</a>.</p>', tags=['fma', 'fic'],
          comments=[('flame_and_frost', 'Off to read!')])
page('lj-generator2012-header-only-at-my-fic-journal-dw-paperwork', f'lj-{J}-30411.html', u, 'livejournal', 'story', 2012,
     ['s2-generator', 'header-only', 'fic-journal-link', 'link-word-here', 'subject-new-fic'],
     'LJ S2 Generator (2012): “new fic!”, a HEADER-ONLY post: Title / Fandom / Pairing / Rating / Summary, “Story is at my fic journal: here” linking the writer’s Dreamwidth fic journal',
     gen_page('entry', [e], 'livejournal', J, 'lieutenant hawk', u, f'{J}: new fic!', 2012),
     [story(u, J, J, f, None, headerOnly=True, partLinks=[tu])], stitched=([tu], [b]))
e = entry(tu, FJ, 'Paperwork (FMA, Roy/Riza, G)', (2012, 3, 11, '10:05'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), tags=['fandom: fma', 'pairing: roy/riza'],
          comments=[('flame_and_frost', 'A cup of tea gone cold. Oh, Roy.')])
page('dw-core2-2012-fic-journal-oneshot-target-of-header-only-paperwork', f'dw-{FJ}-2208.html', tu, 'dreamwidth', 'story', 2012,
     ['dw-core2', 'fic-journal', 'full-header', 'header-then-cut'],
     'DW core2 (2012): the fic journal’s entry the LJ header-only post links: the same header, an lj-cut, the story',
     dw_page('entry', [e], FJ, 'hawkeye fic', 'Practicality', tu, f'{FJ}: Paperwork (FMA, Roy/Riza, G)', year=2012),
     [story(tu, FJ, FJ, f, None, b, exclude=['A cup of tea gone cold. Oh, Roy.'])])

# H3. "Follow me to the archive" (InsaneJournal, LJ S2 Haven, 2009), heart-decorated labels
J = 'grey_warden_gwen'
u = 'http://grey-warden-gwen.insanejournal.com/1170.html'
FFN = 'http://www.fanfiction.net/s/5522013/1/Wardens_Winter'
SUM = 'The first winter after the Blight, and the hardest.'
rows = [('♥ Title', "Warden's Winter"), ('♥ Fandom', 'Dragon Age: Origins'), ('♥ Characters', 'Alistair, Warden'), ('♥ Rating', 'PG'), ('♥ Summary', SUM)]
e = entry(u, J, 'Fic: Warden’s Winter', (2009, 12, 20, '18:30'), hdr(rows, fmt='{L}: {V}') + f'<br /><br />\n<p><a href="{FFN}">Follow me to the archive!</a></p>',
          tags=['fic', 'dragon age'], comments=[('antivan_crow', 'Reading!')], site='insanejournal.com')
page('ij-haven2009-header-only-follow-me-to-archive-heart-labels-wardenswinter', f'ij-{J}-1170.html', u, 'insanejournal', 'story', 2009,
     ['s2-haven', 'insanejournal', 'header-only', 'archive-link', 'decorated-labels', 'heart-bullet-labels'],
     'InsaneJournal, LJ S2 Haven (2009): a HEADER-ONLY post, labels decorated “♥ Title:” / “♥ Fandom:” / “♥ Characters:” / “♥ Rating:” / “♥ Summary:”, then “Follow me to the archive!” (fanfiction.net)',
     haven_page('entry', [e], J, 'grey warden gwen', u, 2009, site='insanejournal.com'),
     [story(u, J, J, fields(title="Warden's Winter", fandom='Dragon Age: Origins', characters='Alistair, Warden', rating='PG', summary=SUM), None, headerOnly=True, elsewhere=[FFN])])

# ================================================================== 2. SHORT STORIES
# D1. a DRABBLE on DeadJournal (LJ S2 Generator, 2005), labels "Title -- X"
J = 'second_breakfast'
u = 'http://www.deadjournal.com/users/second_breakfast/812.html'
pr = ['The gardener kept a handful of soil from home in a twist of cloth in his pocket, all the way there and all the way back.',
      'Nobody knew. He never took it out to look at it, not on the mountain, not in the dark. He only put his hand in his pocket sometimes and held it, the way another person might hold a letter they had read too many times. When he got home at last he knelt in the garden and shook it out, and it was just soil again, and he did not mind at all, really.']
b = body('soilpocket', pr)
rows = [('Title', 'Pocket'), ('Fandom', 'Lord of the Rings'), ('Characters', 'Sam'), ('Rating', 'G'), ('Words', '100')]
e = entry(u, J, 'drabble: Pocket', (2005, 5, 1, '14:00'), hdr(rows, fmt='{L} -- {V}') + '<br /><br />\n' + brp(pr), comments=[('elanor_gamgee', 'Just soil again. Sniff.')],
          currents=[('Mood', 'peaceful')], site='deadjournal.com')
page('dj-generator2005-drabble-double-dash-labels-pocket', f'dj-{J}-812.html', u, 'deadjournal', 'story', 2005,
     ['s2-generator', 'deadjournal', 'www-users-url', 'drabble', 'decorated-labels', 'double-dash-labels', 'br-prose'],
     'DeadJournal, LJ S2 Generator (2005): a Lord of the Rings DRABBLE, labels “Title -- Pocket” / “Fandom -- …” / “Characters -- …” / “Rating -- …” / “Words -- 100”, &lt;br&gt; prose, no cut',
     gen_page('entry', [e], 'deadjournal', J, 'second breakfast', u, f'{J}: drabble: Pocket', 2005),
     [story(u, J, J, fields(title='Pocket', fandom='Lord of the Rings', characters='Sam', rating='G', wordCount='100'), None, b, exclude=['Just soil again.'])])

# D2. a DOUBLE DRABBLE (DW core2, 2021)
J = 'lotus_pier'
u = 'https://lotus-pier.dreamwidth.org/3390.html'
pr = ['The boat drifted because neither of them was rowing, and neither of them was rowing because one of them had fallen asleep with his head on the other’s knee and the other had decided that the oars could wait.',
      'The lotus leaves were as big as tables. The water under them was green and full of small quick fish. Far off, on the pier, someone was calling them in to supper, and the one who was awake heard it and did nothing about it at all.',
      'He had spent a long time being dutiful. He had spent a long time answering when he was called. This once, he thought, the supper could go cold, and the fish could have the evening, and the boat could take them wherever it liked, which seemed to be nowhere in particular, and slowly.',
      'Later there would be questions, and a scolding, and cold rice eaten standing up in a kitchen. He knew that. He did not care. The sun was low and warm on the water, and the weight on his knee was the best thing he had ever been trusted with, and he was not going to move until the stars came out.']
b = body('lotusboat', pr)
rows = [('Title', 'Nowhere in Particular'), ('Fandom', 'The Untamed'), ('Characters', 'Wei Ying, Lan Zhan'), ('Rating', 'G'), ('Words', '200 (double drabble)')]
e = entry(u, J, 'double drabble: Nowhere in Particular', (2021, 8, 7, '15:45'), hdr(rows) + '<br /><br />\n' + ph(pr), tags=['fic', 'the untamed', 'drabble'],
          comments=[('cloud_recesses', 'The supper could go cold. Yes.')])
page('dw-core2-2021-double-drabble-nowhereinparticular', f'dw-{J}-3390.html', u, 'dreamwidth', 'story', 2021,
     ['dw-core2', 'double-drabble', 'short-story', 'no-cut'],
     'DW core2 (2021): an Untamed DOUBLE DRABBLE: Title / Fandom / Characters / Rating / Words “200 (double drabble)”, three short paragraphs, no cut',
     dw_page('entry', [e], J, 'lotus pier', 'Lefty', u, f'{J}: double drabble: Nowhere in Particular', year=2021),
     [story(u, J, J, fields(title='Nowhere in Particular', fandom='The Untamed', characters='Wei Ying, Lan Zhan', rating='G', wordCount='200 (double drabble)'), None, b)])

# D3. a THREE-SENTENCE FICLET (LJ S1 talkread.bml, 2003)
J = 'wyndam_pryce_fan'
u = 'http://www.livejournal.com/users/wyndam_pryce_fan/4411.html'
pr = ['At three in the morning the books were the only things in the hotel that still made sense, so he sat with them, one open on each knee and one balanced on the arm of the chair.',
      'She came down in her socks to find him, and did not say anything, and took the third book off the arm of the chair and opened it.',
      'They read until the windows went grey, and neither of them turned a page for the last half hour.']
b = body('threeam-books', pr)
rows = [('Title', 'Three A.M.'), ('Fandom', 'Angel'), ('Characters', 'Wesley, Fred'), ('Prompt', 'Wesley/Fred, books at three in the morning')]
e = entry(u, J, 'three sentence ficlet', (2003, 11, 2, '03:40'), hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + brp(pr),
          comments=[('hyperion_hotel', 'Neither of them turned a page. Perfect.')], currents=[('Mood', 'sleepy')])
page('lj-s1-2003-three-sentence-ficlet-prompt-threeam', f'lj-{J}-4411.html', u, 'livejournal', 'story', 2003,
     ['lj-s1-talkread', 'www-users-url', 'three-sentence-ficlet', 'prompt-label', 'plain-labels', 'br-prose'],
     'LJ S1 talkread.bml (2003): “three sentence ficlet”, an Angel ficlet of three sentences: plain Title / Fandom / Characters / Prompt lines, &lt;br&gt; prose',
     talkread_page(e, site='livejournal', year=2003),
     [story(u, J, J, fields(title='Three A.M.', fandom='Angel', characters='Wesley, Fred', prompt='Wesley/Fred, books at three in the morning'), None, b,
            exclude=['Neither of them turned a page. Perfect.'])])

# ================================================================== 3. ENTRY METADATA INSIDE THE ENTRY
# M1. a crossposter's footer after the prose (LJ S2 Generator, 2010): "Originally posted at ... You can comment here or there."
J = 'destiny_drift'
u = 'http://destiny-drift.livejournal.com/14410.html'
DWU = 'https://destiny-drift.dreamwidth.org/9021.html'
pr = ['The ship had a room full of old footage nobody had catalogued, and the youngest of them took to going there at night, to watch strangers from ten thousand years ago eat and argue and laugh.',
      'The scientist found him there once and stood at the back and watched too. Neither of them understood a word. After a while it did not seem to matter, and they stayed until the lights dimmed for the ship’s night.',
      'The next night there were two chairs in the room instead of one. Neither of them mentioned who had carried in the second.']
b = body('kinofootage', pr)
rows = [('Title', 'Old Footage'), ('Fandom', 'Stargate Universe'), ('Characters', 'Eli, Rush'), ('Rating', 'G'), ('Word count', '600')]
foot = (f'<p><small>Originally posted at <a href="{DWU}">{DWU}</a>. You can comment here or there. '
        f'(<a href="{DWU}?mode=reply">comment count unavailable</a> comments)</small></p>')
e = entry(u, J, 'SGU fic: Old Footage', (2010, 11, 6, '22:00'), hdr(rows) + '<br /><br />\n' + ph(pr) + '\n' + foot, tags=['fic', 'sgu'],
          comments=[('kino_remote', 'Strangers eating and arguing and laughing. Love.')], currents=[('Mood', 'contemplative'), ('Music', 'the ship humming')])
page('lj-generator2010-crossposter-footer-mood-music-oldfootage', f'lj-{J}-14410.html', u, 'livejournal', 'story', 2010,
     ['s2-generator', 'crossposter-footer', 'current-mood-music', 'full-header', 'no-cut'],
     'LJ S2 Generator (2010): an SGU one-shot crossposted from Dreamwidth: Current mood / music above the entry, Title / Fandom / Characters / Rating / Word count, the prose, the crossposter’s footer “Originally posted at … You can comment here or there.”',
     gen_page('entry', [e], 'livejournal', J, 'destiny drift', u, f'{J}: SGU fic: Old Footage', 2010),
     [story(u, J, J, fields(title='Old Footage', fandom='Stargate Universe', characters='Eli, Rush', rating='G', wordCount='600'), None, b,
            exclude=['Originally posted at', 'You can comment here or there', 'comment count unavailable'])])

# M2. location / mood / music typed at the top of the entry, above the header (InsaneJournal, LJ S2 Magazine, 2010)
J = 'caffreys_hat'
u = 'http://caffreys-hat.insanejournal.com/2740.html'
pr = ['The agent had been trying for an hour to tell the forgery from the original, and the consultant, lying on the office couch with his hat over his eyes, had been refusing to help for exactly as long.',
      '“Smell it,” he said at last, from under the hat. The agent smelled it. Then he smelled the other one, and sat back, and stared, and the consultant lifted the hat just far enough to enjoy his face.',
      '“Old paper,” he said. “Old glue. Nobody ever fakes the smell.” The agent wrote that down in his notebook, underlined it twice, and did not ask how he knew.']
b = body('forgerylesson', pr)
rows = [('Title', 'Forgery Lessons'), ('Fandom', 'White Collar'), ('Pairing', 'Neal/Peter'), ('Rating', 'PG'), ('Summary', 'Peter learns to tell a fake. Neal enjoys it.')]
meta = ('<b>Location:</b> the back porch<br />\n<b>Mood:</b> sleepy<br />\n<b>Music:</b> the neighbour’s lawnmower<br /><br />\n')
e = entry(u, J, 'fic: Forgery Lessons', (2010, 6, 12, '13:25'), meta + hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), tags=['fic', 'white collar'],
          comments=[('june_s_guest', 'Smell it! Ha!')], site='insanejournal.com')
page('ij-magazine2010-location-mood-music-typed-above-header-forgerylessons', f'ij-{J}-2740.html', u, 'insanejournal', 'story', 2010,
     ['s2-magazine', 'insanejournal', 'metadata-typed-in-entry', 'metadata-above-header', 'header-then-cut'],
     'InsaneJournal, LJ S2 Magazine (2010): a White Collar one-shot whose entry opens with typed “Location: / Mood: / Music:” lines ABOVE Title / Fandom / Pairing / Rating / Summary, an lj-cut',
     magazine_page('entry', [e], J, 'caffrey’s hat', u, 2010, site='insanejournal.com'),
     [story(u, J, J, fields(title='Forgery Lessons', fandom='White Collar', pairing='Neal/Peter', rating='PG', summary='Peter learns to tell a fake. Neal enjoys it.'), None, b,
            exclude=['the back porch', 'the neighbour’s lawnmower', 'Smell it! Ha!'])])

# M3. a client's metadata line BETWEEN the header and the prose, its location a map link (DW core2, 2018)
J = 'institute_tapes'
u = 'https://institute-tapes.dreamwidth.org/6612.html'
MAP = 'https://www.google.com/maps/place/Brighton,+UK'
pr = ['The archivist had been recording his own statements for months before he noticed that the tape recorder on his desk was not the one he had bought.',
      'It was older. It was heavier. It had a name scratched into the base that was not his. He sat and looked at it for a long time, and then, because he did not know what else to do, he pressed record and told it so.',
      'His assistant found the tape in the morning, and listened to it twice, and put a cup of tea down beside the machine without a word.']
b = body('statementends', pr)
rows = [('Title', 'Statement Ends'), ('Fandom', 'The Magnus Archives'), ('Pairing', 'Jon/Martin'), ('Rating', 'Teen'), ('Words', '1,300')]
meta = (f'<p><small><b>Location:</b> <a href="{MAP}">Brighton</a> | <b>Mood:</b> haunted | <b>Music:</b> rain on the skylight</small></p>\n')
e = entry(u, J, 'Fic: Statement Ends (Jon/Martin, Teen)', (2018, 10, 28, '23:55'), hdr(rows) + '<br /><br />\n' + meta + ph(pr), tags=['fic', 'the magnus archives'],
          comments=[('tea_for_the_archive', 'The cup of tea beside the machine, help.')])
page('dw-core2-2018-metadata-line-between-header-and-prose-map-link-statementends', f'dw-{J}-6612.html', u, 'dreamwidth', 'story', 2018,
     ['dw-core2', 'metadata-typed-in-entry', 'metadata-between-header-and-prose', 'map-link', 'no-cut'],
     'DW core2 (2018): a Magnus Archives one-shot: Title / Fandom / Pairing / Rating / Words, then a client’s small line “Location: Brighton (a map link) | Mood: … | Music: …” BETWEEN the header and the prose, no cut',
     dw_page('entry', [e], J, 'institute tapes', 'Blanket', u, f'{J}: Fic: Statement Ends (Jon/Martin, Teen)', year=2018),
     [story(u, J, J, fields(title='Statement Ends', fandom='The Magnus Archives', pairing='Jon/Martin', rating='Teen', wordCount='1,300'), None, b,
            exclude=['rain on the skylight', 'Brighton'])])

# ================================================================== 4. DECORATED LABELS
# L1. "~*Title:*~" (LJ S2 Generator, 2004)
J = 'sparkly_snitch'
u = 'http://sparkly-snitch.livejournal.com/2204.html'
pr = ['It snowed on the last day of term, and the two of them, who had not spoken civilly in six years, ended up alone in the same corridor with the same idea: a window, and the grounds going white below it.',
      'Neither of them moved away. They watched the snow for a long time, shoulder to shoulder, saying nothing, which was the most civil conversation they had ever had.',
      'When the bell went for supper they both turned at once, and nearly collided, and each of them stepped back to let the other go first. It was so unlike them that they stood there for a moment, a little stunned, before they went down the stairs together, still not saying anything at all.']
b = body('snowwindow', pr)
rows = [('~*Title:*~', 'Snow Day'), ('~*Fandom:*~', 'Harry Potter'), ('~*Pairing:*~', 'Harry/Draco'), ('~*Rating:*~', 'PG'), ('~*Summary:*~', 'A window, some snow, and no arguing. For once.')]
e = entry(u, J, '~*Snow Day*~', (2004, 12, 19, '20:20'), hdr(rows, fmt='<b>{L}</b> {V}') + '<br /><br />\n' + CUT + '\n' + ph(pr),
          comments=[('slytherin_scarf', 'Most civil conversation ever, lol.')], currents=[('Mood', 'cheerful'), ('Music', 'Christmas songs')])
page('lj-generator2004-sparkly-tilde-asterisk-labels-snowday', f'lj-{J}-2204.html', u, 'livejournal', 'story', 2004,
     ['s2-generator', 'decorated-labels', 'tilde-asterisk-labels', 'header-then-cut'],
     'LJ S2 Generator (2004): a Harry Potter one-shot, labels “~*Title:*~” / “~*Fandom:*~” / “~*Pairing:*~” / “~*Rating:*~” / “~*Summary:*~”, subject “~*Snow Day*~”, an lj-cut',
     gen_page('entry', [e], 'livejournal', J, 'sparkly snitch', u, f'{J}: ~*Snow Day*~', 2004),
     [story(u, J, J, fields(title='Snow Day', fandom='Harry Potter', pairing='Harry/Draco', rating='PG', summary='A window, some snow, and no arguing. For once.'), None, b,
            exclude=['Most civil conversation ever'])])

# L2. ":: Title ::" (DW core2, 2013)
J = 'headless_rider'
u = 'https://headless-rider.dreamwidth.org/4471.html'
pr = ['The lieutenant had given up trying to teach him the coffee machine, so every morning he made tea on the hot plate in the archive instead, in a saucepan, with great ceremony.',
      'By the second week she had started arriving ten minutes early. By the third there were two cups waiting, and she had stopped pretending she came in early for the paperwork.']
b = body('saucepantea', pr)
rows = [(':: Title ::', 'Saucepan Tea'), (':: Fandom ::', 'Sleepy Hollow'), (':: Characters ::', 'Ichabod, Abbie'), (':: Rating ::', 'G'), (':: Words ::', '700')]
e = entry(u, J, 'fic: Saucepan Tea', (2013, 11, 3, '09:30'), hdr(rows, fmt='<b>{L}</b> {V}') + '<br /><br />\n' + CUT + '\n' + ph(pr), tags=['fic', 'sleepy hollow'],
          comments=[('sheriffs_desk', 'In a saucepan. With great ceremony. Yes.')])
page('dw-core2-2013-double-colon-labels-saucepantea', f'dw-{J}-4471.html', u, 'dreamwidth', 'story', 2013,
     ['dw-core2', 'decorated-labels', 'double-colon-labels', 'header-then-cut'],
     'DW core2 (2013): a Sleepy Hollow one-shot, labels “:: Title ::” / “:: Fandom ::” / “:: Characters ::” / “:: Rating ::” / “:: Words ::” with no colon after, an lj-cut',
     dw_page('entry', [e], J, 'headless rider', 'Practicality', u, f'{J}: fic: Saucepan Tea', year=2013),
     [story(u, J, J, fields(title='Saucepan Tea', fandom='Sleepy Hollow', characters='Ichabod, Abbie', rating='G', wordCount='700'), None, b,
            exclude=['In a saucepan. With great ceremony.'])])

# L3. emoji bullets, a DRABBLE (LJ 2019+ post page, 2019)
J = 'quad_axel'
u = 'https://quad-axel.livejournal.com/7730.html'
pr = ['At the end of every practice the coach sat on the boards with his skates still on and watched the ice go smooth under the machine, and his student, who was supposed to be stretching, watched him.',
      'Nobody else ever stayed that late. The rink was dark except for the one bank of lights. And every night, when the machine had gone, the coach stood up and held out a hand, and the two of them skated one slow lap on the fresh ice, not a single jump, nothing to prove to anybody, just for the pure feel of it.']
b = body('freshice', pr)
rows = [('🌙 Title', 'Fresh Ice'), ('🌙 Fandom', 'Yuri!!! on Ice'), ('🌙 Pairing', 'Victor/Yuuri'), ('🌙 Rating', 'G'), ('🌙 Words', '100')]
e = entry(u, J, 'drabble: Fresh Ice', (2019, 2, 14, '22:00'), hdr(rows) + '<br /><br />\n' + ph(pr), tags=['fic', 'yoi', 'drabble'], comments=[('katsudon_forever', 'One slow lap!!')])
page('lj-post2019-emoji-bullet-labels-drabble-freshice', f'lj-{J}-7730.html', u, 'livejournal', 'story', 2019,
     ['lj-2019-post-page', 'decorated-labels', 'emoji-bullet-labels', 'drabble', 'no-cut'],
     'LiveJournal’s 2019+ post page (2019): a Yuri!!! on Ice DRABBLE, labels with a crescent-moon emoji bullet “🌙 Title:” / “🌙 Fandom:” / “🌙 Pairing:” / “🌙 Rating:” / “🌙 Words:”, no cut',
     md_entry_page(e, 'quad axel', 2019),
     [story(u, J, J, fields(title='Fresh Ice', fandom='Yuri!!! on Ice', pairing='Victor/Yuuri', rating='G', wordCount='100'), None, b)])

# L4. "<u>Title</u>:" (Scribbld, LJ S2 Dear Diary, 2009)
J = 'sylar_watch'
u = 'http://sylar-watch.scribbld.com/3305.html'
pr = ['The watchmaker’s shop had been closed for a year, but the cheerleader still walked past it every day on the way home, and every day the clocks in the window said a different wrong time.',
      'One afternoon they all said the same time. She stopped on the pavement and looked at them, and at the dark shop behind them, and then she crossed the road and went home the long way, and did not walk past it again.',
      'A week later the shop had a new sign on it and new lights, and the clocks in the window all told the right time, and somehow that was worse.']
b = body('wrongclocks', pr)
rows = [('Title', 'Wrong Time'), ('Fandom', 'Heroes'), ('Characters', 'Claire'), ('Rating', 'PG-13'), ('Warnings', 'creepy, nothing graphic')]
e = entry(u, J, '[fic] Wrong Time (Heroes, PG-13)', (2009, 10, 30, '23:30'), hdr(rows, fmt='<u>{L}</u>: {V}') + '<br /><br />\n' + CUT + '\n' + ph(pr),
          tags=['fic', 'heroes'], comments=[('odessa_texas', 'Went home the long way. Shiver.')], site='scribbld.com')
page('sc-deardiary2009-underlined-labels-wrongtime', f'sc-{J}-3305.html', u, 'scribbld', 'story', 2009,
     ['s2-deardiary', 'scribbld', 'decorated-labels', 'underlined-labels', 'header-then-cut'],
     'Scribbld, LJ S2 Dear Diary (2009): a Heroes one-shot, labels underlined “<u>Title</u>:” / Fandom / Characters / Rating / Warnings, an lj-cut',
     deardiary_page('entry', [e], J, 'sylar watch', u, 2009, site='scribbld.com'),
     [story(u, J, J, fields(title='Wrong Time', fandom='Heroes', characters='Claire', rating='PG-13', warnings='creepy, nothing graphic'), None, b,
            exclude=['Went home the long way.'])])

# L5. "Title ~ X" (a Wayback copy, today's replay, captured 2010, of a 2008 LJ S2 Generator post)
J = 'cylon_sunrise'
u = 'http://cylon-sunrise.livejournal.com/9902.html'
ts = '20100412081533'
pr = ['The pilot had a deck of cards she had carried through three postings and the end of the world, and on the long nights in the ready room she dealt solitaire on the table and lost, every time, on purpose.',
      'The chief noticed eventually. He sat down across from her and asked why. She said that winning was for people who had something to spend it on, and dealt him a hand, and for once, a little to her own surprise, she played to win.']
b = body('solitaire', pr)
rows = [('Title', 'Solitaire'), ('Fandom', 'Battlestar Galactica'), ('Characters', 'Kara, Galen'), ('Rating', 'PG'), ('Summary', 'Cards in the ready room.')]
e = entry(u, J, 'BSG fic: Solitaire', (2008, 2, 23, '02:10'), hdr(rows, fmt='{L} ~ {V}') + '<br /><br />\n' + CUT + '\n' + ph(pr), tags=['bsg', 'fic'],
          comments=[('viper_mk_ii', 'Played to win. Oh, Kara.')])
page('wayback-2010-today-lj-generator-tilde-labels-solitaire', f'wayback-{ts}-{J}-9902.html', f'{WB}{ts}/{u}', 'wayback', 'story', 2008,
     ['wayback-today', 'relative-web-links', 's2-generator', 'decorated-labels', 'tilde-separator-labels', 'header-then-cut'],
     'Wayback copy captured 2010 (today’s wrapper, relative /web/ links) of a 2008 Battlestar Galactica one-shot on LJ S2 Generator, labels “Title ~ Solitaire” / “Fandom ~ …” / “Characters ~ …” / “Rating ~ …” / “Summary ~ …”, an lj-cut',
     wayback_today(gen_page('entry', [e], 'livejournal', J, 'cylon sunrise', u, f'{J}: BSG fic: Solitaire', 2008), ts, u),
     [story(u, J, J, fields(title='Solitaire', fandom='Battlestar Galactica', characters='Kara, Galen', rating='PG', summary='Cards in the ready room.'), None, b,
            exclude=['Played to win. Oh, Kara.'])])

# ================================================================== 8. POSTS ABOUT FIC THAT ARE NOT FIC
# N1. a fic FILTER sign-up (LJ S2 Generator, 2009)
J = 'lantern_jaw'
u = 'http://lantern-jaw.livejournal.com/18820.html'
html = ('<p>Making a fic filter! I am going to start posting the more experimental stuff (and the WIPs that might never be finished) locked, '
        'so if you want in, comment here and I will add you. No need to explain, no hard feelings if you do not want it.</p>\n'
        '<p>The public fic stays public, and the masterlist in my profile will keep being updated.</p>')
e = entry(u, J, 'Fic filter: comment to be added', (2009, 5, 17, '12:00'), html, tags=['fic', 'filters', 'meta'], comments=[('tin_lantern', 'Me please!'), ('rook_and_crow', 'Add me!')])
page('lj-generator2009-fic-filter-signup-notstory', f'lj-{J}-18820.html', u, 'livejournal', 'not-story', 2009,
     ['s2-generator', 'filter-signup', 'fic-tag'],
     'LJ S2 Generator (2009): “Fic filter: comment to be added”, a FILTER SIGN-UP post tagged “fic”: two paragraphs, comments asking to be added: no story',
     gen_page('entry', [e], 'livejournal', J, 'lantern jaw', u, f'{J}: Fic filter: comment to be added', 2009), [])

# N2. a WIP update (DW core2, 2017)
J = 'tidewater_reads'
u = 'https://tidewater-reads.dreamwidth.org/2209.html'
html = ('<p>Quick WIP update, since a few people asked:</p>\n<ul>\n<li><b>the lighthouse fic</b>: 6,200 words, stuck on the middle, as always</li>\n'
        '<li><b>the heist AU</b>: outlined, 1,100 words, needs a title</li>\n<li><b>the exchange fic</b>: done! in beta! cannot say more until reveals</li>\n</ul>\n'
        '<p>I am hoping to post the lighthouse one before the end of the month. Cheer me on?</p>')
e = entry(u, J, 'WIP update', (2017, 11, 8, '20:30'), html, tags=['fic', 'wip', 'writing'], comments=[('harbour_lights', 'Cheering! Lighthouse fic!!')])
page('dw-core2-2017-wip-update-word-counts-notstory', f'dw-{J}-2209.html', u, 'dreamwidth', 'not-story', 2017,
     ['dw-core2', 'wip-update', 'fic-tag', 'list'],
     'DW core2 (2017): “WIP update”, tagged “fic”: a list of three works in progress with word counts and states: no story',
     dw_page('entry', [e], J, 'tidewater reads', 'Practicality', u, f'{J}: WIP update', year=2017), [])

# N3. a CON post (InsaneJournal, LJ S2 Magazine, 2010)
J = 'shipwright_sue'
u = 'http://shipwright-sue.insanejournal.com/4410.html'
html = ('<p>I’ll be at the con this weekend! Look for the person in the enormous knitted scarf at the fic-writing panel on Saturday afternoon, '
        'and come and say hi. I will have a few printed copies of last year’s big bang fic to give away (bound! with a cover! I am so proud).</p>\n'
        '<p>Fic posting will resume next week. Probably.</p>')
e = entry(u, J, 'con this weekend!', (2010, 9, 2, '19:00'), html, tags=['fic', 'cons', 'real life'], comments=[('anchor_and_ink', 'See you at the panel!')], site='insanejournal.com')
page('ij-magazine2010-con-post-fic-tag-notstory', f'ij-{J}-4410.html', u, 'insanejournal', 'not-story', 2010,
     ['s2-magazine', 'insanejournal', 'con-post', 'fic-tag'],
     'InsaneJournal, LJ S2 Magazine (2010): “con this weekend!”, tagged “fic”: “I’ll be at the con”, a panel, printed copies of a fic to give away, “Fic posting will resume next week”: no story',
     magazine_page('entry', [e], J, 'shipwright sue', u, 2010, site='insanejournal.com'), [])

# N4. a POLL about what to write next (LJ S2 Generator, 2012)
J = 'gallifrey_gull'
u = 'http://gallifrey-gull.livejournal.com/6603.html'
html = ('<p>Trying to decide what to write over the holidays. Vote! Poll closes on Friday.</p>\n'
        + poll(1882014, 'livejournal.com', 'What should I write next?', ['the Pond road trip fic (G, ~5k)', 'more of the library verse (PG)', 'a sequel to Fresh Paint (PG-13)', 'surprise me'], head='fic poll')
        + '\n<p>Whatever wins, first part by New Year.</p>')
e = entry(u, J, 'poll: which fic next?', (2012, 12, 10, '18:00'), html, tags=['fic', 'poll'], comments=[('pond_life', 'Road trip!!')])
page('lj-generator2012-poll-what-to-write-next-notstory', f'lj-{J}-6603.html', u, 'livejournal', 'not-story', 2012,
     ['s2-generator', 'poll', 'fic-tag', 'fic-titles-with-ratings'],
     'LJ S2 Generator (2012): “poll: which fic next?”, tagged “fic”: LJ’s poll markup, four options naming fics with ratings and lengths: no story',
     gen_page('entry', [e], 'livejournal', J, 'gallifrey gull', u, f'{J}: poll: which fic next?', 2012), [])

# N5. a FIC SEARCH in a community (Wayback copy, 2010-2013 replay, captured 2011, of a 2010 LJ community post)
C, P = 'angel_findfic', 'hyperion_hotel'
u = 'http://angel-findfic.livejournal.com/3318.html'
ts = '20110603112045'
html = ('<p>Looking for a fic I read years ago: Wesley and Fred, set in the hotel, one of them can’t sleep and they end up reading together. '
        'I think it was short, maybe a ficlet? Rated G. It might have been on someone’s journal rather than an archive.</p>\n'
        '<p>Any help appreciated! Tagged as best I could.</p>')
e = entry(u, C, 'Fic search: Wesley/Fred, reading at night', (2010, 4, 8, '09:15'), html, poster=P, community=True, tags=['search: wesley/fred', 'status: open'],
          comments=[('wyndam_pryce_fan', 'Hmm, that sounds a bit like mine? Let me dig it out.')])
page('wayback-2011-toolbar-lj-community-fic-search-notstory', f'wayback-{ts}-{C}-3318.html', f'{WB}{ts}/{u}', 'wayback', 'not-story', 2010,
     ['wayback-2010-toolbar', 'relative-web-links', 's2-generator', 'community', 'fic-search'],
     'Wayback copy captured 2011 in the 2010–2013 replay (toolbar insert, relative /web/ links) of “Fic search: Wesley/Fred, reading at night”, a find-a-fic community post (2010): a half-remembered summary, a rating: no story',
     wayback_2010(gen_page('entry', [e], 'livejournal', C, 'angel findfic', u, f'{C}: Fic search: Wesley/Fred, reading at night', 2010, is_comm=True), ts, u), [])

# ================================================================== 9. POSTS WITH NO HEADER AND NO FIC TAG
# P1. a personal post (DeadJournal, S1 talkread.bml, 2004)
J = 'second_breakfast'
u = 'http://www.deadjournal.com/users/second_breakfast/790.html'
html = brp(['Moved the tomatoes out to the cold frame today and immediately it rained for six hours. Typical.',
            'Work was fine. The new manager wants us all to wear name badges, which is going to go down so well with the regulars. I am thinking of writing a fake name on mine.',
            'Going to bed early with a book. Goodnight, internet.'])
e = entry(u, J, 'tomatoes', (2004, 4, 18, '21:05'), html, comments=[('elanor_gamgee', 'Write "Samwise" on it!')], currents=[('Mood', 'damp')])
page('dj-s1-2004-personal-post-nofic', f'dj-{J}-790.html', u, 'deadjournal', 'not-story', 2004,
     ['lj-s1-talkread', 'deadjournal', 'www-users-url', 'personal-post', 'no-header'],
     'DeadJournal, S1 talkread.bml (2004): “tomatoes”, a daily-life post: garden, work, an early night: no story',
     talkread_page(e, site='deadjournal', year=2004), [])

# P2. a MEME (a Wayback copy, Alexa-era replay, captured 2007, of a 2006 LJ S2 Generator post)
J = 'sparkly_snitch'
u = 'http://sparkly-snitch.livejournal.com/3390.html'
ts = '20070115203344'
html = ('<p>Snagged from everyone on my flist:</p>\n<p><i>Comment with a character and I will tell you: 1. my first impression, 2. my impression now, '
        '3. a favourite moment, 4. who I would pair them with, 5. one thing I wish would happen to them.</i></p>\n<p>Go on, I am bored and snowed in.</p>')
e = entry(u, J, 'meme!', (2006, 12, 30, '15:40'), html, comments=[('slytherin_scarf', 'Neville!'), ('gryffindor_gold', 'Luna please.')], currents=[('Mood', 'bored')])
page('wayback-2007-classic-lj-character-meme-notstory', f'wayback-{ts}-{J}-3390.html', f'{WB}{ts}/{u}', 'wayback', 'not-story', 2006,
     ['wayback-alexa-era', 'links-not-rewritten', 's2-generator', 'meme', 'no-header'],
     'Wayback copy captured 2007 in the ALEXA-ERA replay (links not rewritten) of “meme!”, a 2006 character meme (a numbered question list, “comment with a character”): no story',
     wayback_classic(gen_page('entry', [e], 'livejournal', J, 'sparkly snitch', u, f'{J}: meme!', 2006), ts, u), [])

# P3. a POLL that is not about fic (JournalFen, LJ S2 Bloggish, 2008)
J = 'ankh_morpork_post'
u = 'http://ankh-morpork-post.journalfen.net/4522.html'
html = ('<p>I cannot decide on a new default icon and it is taking over my life. Help.</p>\n'
        + poll(40117, 'journalfen.net', 'Which one?', ['the Luggage', 'the librarian, “ook”', 'the one with the cabbages', 'keep the old one, you coward'], head='icon crisis'))
e = entry(u, J, 'important decisions', (2008, 1, 19, '16:10'), html, tags=['icons', 'polls'], comments=[('vimes_boots', 'Cabbages forever.')], site='journalfen.net')
page('jf-bloggish2008-icon-poll-notstory', f'jf-{J}-4522.html', u, 'journalfen', 'not-story', 2008,
     ['lj-bloggish', 'journalfen', 'poll', 'no-header'],
     'JournalFen, LJ S2 Bloggish (2008): “important decisions”, a POLL about a new default icon (poll markup, four options): no story',
     bloggish_page('entry', [e], J, 'ankh morpork post', u, 2008, site='journalfen.net'), [])

# P4. a RECS post (DW core2, 2020)
J = 'lotus_pier'
u = 'https://lotus-pier.dreamwidth.org/2710.html'
recs = [('https://archiveofourown.org/works/22018843', 'The Long Quiet', 'cold_pond', 'a slow, gentle post-canon piece about learning to cook; I reread it every month'),
        ('https://archiveofourown.org/works/23310554', 'Ink and Ash', 'red_tassel', 'the library fire AU I did not know I needed, 40k, Teen'),
        ('https://archiveofourown.org/works/23811902', 'Small Mercies', 'flute_at_dusk', 'short and funny, the juniors take a road trip')]
html = ('<p>Lockdown reading, part three: things I loved this month.</p>\n<ul>\n'
        + ''.join(f'<li><a href="{ru}">{esc(t)}</a> by {w}: {esc(d)}</li>\n' for ru, t, w, d in recs) + '</ul>\n<p>Go give them kudos!</p>')
e = entry(u, J, 'lockdown reading, part three', (2020, 5, 2, '11:00'), html, tags=['recs', 'the untamed'], comments=[('cloud_recesses', 'Ink and Ash is SO good.')])
page('dw-core2-2020-recs-post-three-links-notstory', f'dw-{J}-2710.html', u, 'dreamwidth', 'not-story', 2020,
     ['dw-core2', 'recs', 'link-list', 'no-header'],
     'DW core2 (2020): “lockdown reading, part three”, a RECS post: three AO3 links, each with its writer and a line of why, tagged “recs”: no story',
     dw_page('entry', [e], J, 'lotus pier', 'Lefty', u, f'{J}: lockdown reading, part three', year=2020), [])
