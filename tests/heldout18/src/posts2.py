"""Posts of tests/heldout18 and their truth: one-shots, drabbles and ficlets in the commonest header shapes, index pages (a
recent page and a community page mixing fic with other posts, a tag page), and the ordinary non-fic posts of fandom journals
(daily life, an episode reaction, meta, memes, recs, icons, fanart, a con report, mod posts, a poll, a friends-only banner).
All prose, names, journals and titles are invented for this corpus; fandom and character names appear as labels only.
Renderers: tests/heldout2's layouts.py, tests/heldout5's s1.py (talkread.bml), tests/heldout8's s2z.py (Haven, Dear Diary),
tests/heldout9's s2w.py (Disjointed, Refried Paper), tests/heldout12's mag.py (Magazine), tests/heldout13's bloggish.py."""
from bloggish import bloggish_page
from corpus import body, fields, hdr, page, ph, story
from layouts import dw_cut_link, dw_page, esc, gen_page, wayback
from mag import magazine_page
from posts import CUT, entry
from s1 import talkread_page
from s2w import disjointed_page, refried_page
from s2z import deardiary_page, haven_page


def lj_cut(url, text='Read more...'):
    """LiveJournal's cut link on a recent / tag page (S2 core, 2004-2010)."""
    return f'<b>(&nbsp;<a href="{url}#cutid1">{esc(text)}</a>&nbsp;)</b>'


# ================================================================== SINGLE STORIES
# S1. a DRABBLE in a drabble COMMUNITY, the community's posting template (LJ S2 Generator community, 2009)
C, P = 'tardis_hundred', 'bluebox_bee'
u = 'https://tardis-hundred.livejournal.com/40511.html'
pr = ['It rains on the new planet the way it rains at home, straight down and without any hurry, and she stands in it with her face turned up until her hair is flat.',
      'He waits in the doorway with his hands in his pockets. He does not say that there are forty better planets with better weather. He does not say anything.',
      'When she comes back in, dripping, he hands her a towel, and she sees that the shoulders of his coat are wet too, and that he has been standing in the rain as well.']
b = body('rain-drabble', pr)
rows = [('Title', 'Same Rain'), ('Author', 'bluebox_bee'), ('Characters', 'Ten, Rose'), ('Rating', 'G'), ('Word Count', '100'), ('Prompt', '#87, “rain”'),
        ('Disclaimer', 'Belongs to the BBC, not me.')]
e = entry(u, C, 'Same Rain [Ten, Rose; G]', (2009, 4, 20, '18:00'), hdr(rows) + '<br /><br />\n' + ph(pr), poster=P, community=True,
          tags=['challenge #87: rain', 'character: rose', 'character: ten'], comments=[('gallifrey_gull', 'Standing in the rain as well. Lovely.')])
page('lj-generator2009-community-drabble-posting-template-samerain', f'lj-{C}-40511.html', u, 'livejournal', 'story', 2009,
     ['s2-generator', 'community', 'drabble', 'posting-template'],
     'LJ S2 Generator community (2009): a Doctor Who DRABBLE under the community’s template: Title / Author / Characters / Rating / Word Count / Prompt / Disclaimer, no cut',
     gen_page('entry', [e], 'livejournal', C, 'a hundred words of time', u, f'{C}: Same Rain [Ten, Rose; G]', 2009, is_comm=True),
     [story(u, P, C, fields(title='Same Rain', author='bluebox_bee', characters='Ten, Rose', rating='G', wordCount='100', prompt='#87, “rain”',
                            disclaimer='Belongs to the BBC, not me.'), None, b, exclude=['Standing in the rain as well. Lovely.'])])

# S2. a ONE-SHOT with the full header, an lj-cut, an author's note after the prose (DW core2, 2013)
J = 'shieldwall_stories'
u = 'https://shieldwall-stories.dreamwidth.org/12214.html'
pr = ['The compound’s kitchen had one good knife, and by the third week everybody knew whose it was.',
      'She did not say anything when people borrowed it. She simply appeared, a minute or two later, and stood beside them until they finished chopping, and took it back, and washed it, and put it in the drawer that nobody else opened.',
      'On the night of the storm, when the power went and all of them ended up on the kitchen floor with candles and tinned peaches, the archer asked her why that knife. She turned it over in the candlelight. “It was the first thing I bought,” she said, “that nobody gave me.”',
      'After that, people asked before they borrowed it. She still came and stood beside them. But she started letting them wash it, too.']
b = body('goodknife', pr)
rows = [('Title', 'The Good Knife'), ('Author', 'shieldwall_stories'), ('Fandom', 'The Avengers (2012)'), ('Characters', 'Natasha, Clint, ensemble'), ('Rating', 'Teen'),
        ('Warnings', 'none apply'), ('Word count', '1,050'), ('Summary', 'Everyone in the compound knows whose knife it is.')]
e = entry(u, J, 'fic: The Good Knife (Avengers, Natasha & Clint, Teen)', (2013, 1, 27, '15:40'),
          hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr) + '\n<p>* * *</p>\n<p><i>A/N: Written in one sitting during a snow day. Comments make my week!</i></p>',
          tags=['avengers', 'fic', 'natasha'], comments=[('quinjet_quill', '“That nobody gave me.” Oof. This is so her.')])
page('dw-core2-2013-oneshot-full-header-cut-end-note-goodknife', f'dw-{J}-12214.html', u, 'dreamwidth', 'story', 2013,
     ['dw-core2', 'full-header', 'header-then-cut', 'end-note'],
     'DW core2 (2013): an Avengers ONE-SHOT: Title / Author / Fandom / Characters / Rating / Warnings / Word count / Summary, an lj-cut, the prose, “* * *” and an A/N after it',
     dw_page('entry', [e], J, 'shieldwall', 'Practicality', u, f'{J}: fic: The Good Knife (Avengers, Natasha & Clint, Teen)', year=2013),
     [story(u, J, J, fields(title='The Good Knife', author='shieldwall_stories', fandom='The Avengers (2012)', characters='Natasha, Clint, ensemble', rating='Teen',
                            warnings='none apply', wordCount='1,050', summary='Everyone in the compound knows whose knife it is.',
                            notes='Written in one sitting during a snow day. Comments make my week!'), None, b,
            exclude=['A/N: Written in one sitting', 'Comments make my week!', 'This is so her.'])])

# S3. a HEADER-ONLY post: the header and "Read it on AO3" (DW core2, 2015)
J = 'shieldwall_stories'
u = 'https://shieldwall-stories.dreamwidth.org/19980.html'
AO3 = 'https://archiveofourown.org/works/4410827'
rows = [('Title', 'Quiet Hours'), ('Fandom', 'Captain America (Movies)'), ('Pairing', 'Steve/Bucky'), ('Rating', 'General Audiences'), ('Words', '3,400'),
        ('Summary', 'A library, a late shift, and a man who keeps coming back for the same book.')]
e = entry(u, J, 'New fic: Quiet Hours', (2015, 6, 8, '22:10'), hdr(rows) + f'<br /><br />\n<p><a href="{AO3}">Read it on AO3</a>!</p>\n<p>Thanks to everyone who cheered me on for this one.</p>',
          tags=['fic', 'cap fic'], comments=[('brooklyn_bound', 'Off to read!')])
page('dw-core2-2015-header-only-read-on-ao3-quiethours', f'dw-{J}-19980.html', u, 'dreamwidth', 'story', 2015,
     ['dw-core2', 'header-only', 'ao3-link'],
     'DW core2 (2015): a HEADER-ONLY post: Title / Fandom / Pairing / Rating / Words / Summary, then “Read it on AO3!” and a thank-you line',
     dw_page('entry', [e], J, 'shieldwall', 'Practicality', u, f'{J}: New fic: Quiet Hours', year=2015),
     [story(u, J, J, fields(title='Quiet Hours', fandom='Captain America (Movies)', pairing='Steve/Bucky', rating='General Audiences', wordCount='3,400',
                            summary='A library, a late shift, and a man who keeps coming back for the same book.'), None, headerOnly=True, elsewhere=[AO3])])

# S4. a FEST FILL posted by the fest's mods before reveals: Title / Recipient / Rating / Pairing / Summary / Author's Notes (LJ Bloggish
# community, 2011)
C, P = 'hearth_and_holly', 'hearth_mods'
u = 'https://hearth-and-holly.livejournal.com/6630.html'
pr = ['The common room fire had gone out at two in the morning, and the only two people still awake were the only two people who knew a warming charm.',
      'They did not like each other. It had been established, over six years, in front of witnesses. So they sat at opposite ends of the hearth and each made a small, exact, private flame, and pretended the other was not doing the same thing.',
      'By three the two flames had crept across the stone and met in the middle. Neither of them moved. In the morning the house-elves found the fire burning beautifully, and two people asleep on the rug, very carefully not touching, about an inch apart.']
b = body('twoflames', pr)
rows = [('Title', 'Two Small Flames'), ('Recipient', 'quiet_otter'), ('Rating', 'PG'), ('Pairing', 'Draco/Hermione'), ('Summary', 'Two in the morning, a dead fire, and the only two people who know a warming charm.'),
        ('Author’s Notes', 'quiet_otter, you asked for enemies and a fireplace. I hope this warms you!')]
e = entry(u, C, 'Fic: Two Small Flames, for quiet_otter', (2011, 12, 12, '09:00'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), poster=P, community=True,
          tags=['fest: 2011', 'pairing: draco/hermione', 'recipient: quiet_otter'], comments=[('quiet_otter', 'AN INCH APART. Dear author, thank you so much!')])
page('lj-bloggish2011-fest-fill-mod-posted-recipient-twoflames', f'lj-{C}-6630.html', u, 'livejournal', 'story', 2011,
     ['lj-bloggish', 'community', 'fest-fill', 'anonymous-until-reveals'],
     'LJ S2 Bloggish community (2011): a holiday-fest gift fic posted by the MODS’ account before reveals: Title / Recipient / Rating / Pairing / Summary / Author’s Notes, an lj-cut',
     bloggish_page('entry', [e], C, 'Hearth and Holly Fest', u, 2011, kind='C'),
     [story(u, P, C, fields(title='Two Small Flames', rating='PG', pairing='Draco/Hermione',
                            summary='Two in the morning, a dead fire, and the only two people who know a warming charm.',
                            notes='quiet_otter, you asked for enemies and a fireplace. I hope this warms you!'), None, b, exclude=['AN INCH APART'])])

# S5. a FICLET with plain (not bold) labels and a Feedback line (LJ S2 Generator, 2005)
J = 'butterbeer_float'
u = 'https://butterbeer-float.livejournal.com/3307.html'
pr = ['The owl had been delivering letters to the same house for eleven years and had opinions about all of them.',
      'The bills it dropped on the mat. The letters from the grandmother it carried right to the kitchen table and waited, because the grandmother always sent a biscuit. The letters that came once a year, in July, on heavy cream paper with green ink, it held onto a moment longer than it needed to, because it liked to see the face of whichever child they were for.']
b = body('owlpost', pr)
rows = [('Title', 'First Class'), ('Rating', 'G'), ('Characters', 'an owl, a family'), ('Summary', 'Eleven years of post, from the owl’s point of view.'), ('Feedback', 'always welcome!')]
e = entry(u, J, 'ficlet: First Class', (2005, 7, 31, '20:05'), hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + ph(pr),
          tags=['fic', 'hp'], comments=[('sorting_hatpin', 'The owl liking to see the faces! Sweet.')], currents=[('Mood', 'nostalgic'), ('Music', 'the radio')])
page('lj-generator2005-ficlet-plain-labels-feedback-line-firstclass', f'lj-{J}-3307.html', u, 'livejournal', 'story', 2005,
     ['s2-generator', 'ficlet', 'plain-labels', 'feedback-label'],
     'LJ S2 Generator (2005): a Harry Potter FICLET, subject “ficlet: First Class”, plain labels Title / Rating / Characters / Summary / Feedback, Current Mood and Music',
     gen_page('entry', [e], 'livejournal', J, 'butterbeer float', u, f'{J}: ficlet: First Class', 2005),
     [story(u, J, J, fields(title='First Class', rating='G', characters='an owl, a family', summary='Eleven years of post, from the owl’s point of view.'), None, b,
            exclude=['always welcome!', 'Sweet.'])])

# S6. a WAYBACK copy (captured 2012) of a 2009 one-shot in a journal since deleted (LJ S2 Generator)
J = 'impala_mixtape'
u = 'http://impala-mixtape.livejournal.com/8810.html'
pr = ['Their father’s tapes lived in a shoebox under the passenger seat, and the rule was that whoever rode shotgun picked the music and whoever drove had no say.',
      'The younger one broke the rule once, in Nebraska, by hiding a tape of his own in the box, something with strings and a woman singing, and waited three hundred miles for his brother to find it.',
      'His brother found it outside Lincoln, made a face, and played it anyway, both sides, without saying a word. It was still in the box ten years later. Neither of them ever mentioned it.']
b = body('shoebox', pr)
rows = [('Title', 'Side B'), ('Author', 'impala_mixtape'), ('Genre', 'gen, pre-series'), ('Characters', 'Sam, Dean'), ('Rating', 'G'), ('Word Count', '450'),
        ('Summary', 'The shoebox of tapes under the passenger seat has one rule.')]
e = entry(u, J, 'Side B (gen, G)', (2009, 9, 2, '01:15'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), tags=['fic', 'spn: gen'],
          comments=[('roadhouse_pie', 'Both sides without a word. So them.')])
ts = '20120514093012'
page('wayback-2012-lj-generator-oneshot-genre-label-sideb', f'wayback-{ts}-{J}-8810.html', f'https://web.archive.org/web/{ts}/{u}', 'wayback', 'story', 2009,
     ['wayback', 's2-generator', 'genre-label', 'deleted-journal'],
     'Wayback copy captured 2012 of a 2009 Supernatural one-shot (LJ S2 Generator) in a journal since deleted: Title / Author / Genre / Characters / Rating / Word Count / Summary, an lj-cut',
     wayback(gen_page('entry', [e], 'livejournal', J, 'impala mixtape', u, f'{J}: Side B (gen, G)', 2009), ts, u),
     [story(u, J, J, fields(title='Side B', author='impala_mixtape', genre='gen, pre-series', characters='Sam, Dean', rating='G', wordCount='450',
                            summary='The shoebox of tapes under the passenger seat has one rule.'), None, b, exclude=['So them.'])])

# S7. a ONE-SHOT with a Spoilers line and a note before the story (LJ S2 Disjointed, 2009)
J = 'avalon_apple'
u = 'https://avalon-apple.livejournal.com/5155.html'
pr = ['The kitchens were the warmest place in the castle in winter, which was why the servant did his reading there, at the end of the long table, with his book hidden inside a book about pastry.',
      'The cook knew. The cook had always known. She put a bowl of soup beside him every night at nine and said nothing, because she had a nephew who read under the table too, and she had decided long ago that it was no business of hers what a boy did with his evenings, so long as he ate.',
      'When the prince came down one night looking for him, she put a second bowl of soup on the table without a word and went to bed.']
b = body('kitchens', pr)
rows = [('Title', 'Soup at Nine'), ('Pairing', 'Arthur/Merlin, if you squint'), ('Rating', 'G'), ('Words', '1,200'), ('Spoilers', 'none, set early in series 2'),
        ('Notes', 'For nimueh_knits, who wanted the kitchens.')]
e = entry(u, J, 'Fic: Soup at Nine (Merlin, G)', (2009, 11, 29, '17:50'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr),
          tags=['fic', 'merlin'], comments=[('nimueh_knits', 'A second bowl of soup!!! Thank you, darling.')])
page('lj-disjointed2009-oneshot-spoilers-notes-soupatnine', f'lj-{J}-5155.html', u, 'livejournal', 'story', 2009,
     ['s2-disjointed', 'spoilers-label', 'header-then-cut'],
     'LJ S2 Disjointed (2009): a Merlin ONE-SHOT: Title / Pairing / Rating / Words / Spoilers / Notes, an lj-cut',
     disjointed_page('entry', [e], J, 'an apple from avalon', u, 2009),
     [story(u, J, J, fields(title='Soup at Nine', pairing='Arthur/Merlin, if you squint', rating='G', wordCount='1,200', spoilers='none, set early in series 2',
                            notes='For nimueh_knits, who wanted the kitchens.'), None, b, exclude=['A second bowl of soup!!!'])])

# S8. a DOUBLE DRABBLE with a note after it (LJ S2 Refried Paper, 2010)
J = 'saltline_sadie'
u = 'https://saltline-sadie.livejournal.com/2441.html'
pr = ['Salt in the doorways. Salt on the sills. Salt in a ring around the bed in every motel from Maine to Oregon, and he has poured most of it, because his brother is careless with salt and he is not.',
      'Once, a girl in a diner asks him why he carries it in his jacket. He says he likes his food salty. She laughs and says that is a lie, and he laughs too, because it is, and because nobody has caught him in a lie in a long time, and it is a strange kind of relief to be seen.',
      'He leaves her a big tip. On the way out he salts the diner’s doorway, just a little, just in case.']
b = body('salt', pr)
rows = [('Title', 'Salt'), ('Characters', 'Sam'), ('Rating', 'PG'), ('Word count', '200')]
e = entry(u, J, 'double drabble: Salt', (2010, 3, 5, '22:30'), hdr(rows) + '<br /><br />\n' + ph(pr) + '\n<p><small>Written for spn_bites, prompt “salt”.</small></p>',
          tags=['fic', 'drabbles', 'spn'], comments=[('roadhouse_pie', 'Just a little, just in case. Love.')])
page('lj-refried2010-double-drabble-end-note-salt', f'lj-{J}-2441.html', u, 'livejournal', 'story', 2010,
     ['s2-refried-paper', 'double-drabble', 'end-note'],
     'LJ S2 Refried Paper (2010): a Supernatural DOUBLE DRABBLE, Title / Characters / Rating / Word count, no cut, a small “Written for spn_bites, prompt “salt”.” after the prose',
     refried_page('entry', [e], J, 'a line of salt', u, 2010),
     [story(u, J, J, fields(title='Salt', characters='Sam', rating='PG', wordCount='200'), None, b, exclude=['Written for spn_bites', 'Just a little, just in case. Love.'])])

# S9. a ONE-SHOT with Beta and Notes in the header, "Feedback is love" after the prose (LJ S2 Dear Diary, 2011)
J = 'deerstalker_days'
u = 'https://deerstalker-days.livejournal.com/1290.html'
pr = ['The flat was never quiet, but at four in the morning it came close: the fridge humming, the violin in its case, the traffic on the main road thinned to one bus every twenty minutes.',
      'The doctor could not sleep and went to make tea and found his flatmate already in the kitchen, making tea, in the dark, so as not to wake him.',
      'They drank it standing up, in the light from the open fridge, and did not talk about why neither of them was sleeping. It was, the doctor thought afterwards, the most honest conversation they had ever had.']
b = body('fourinthemorning', pr)
rows = [('Title', 'Four in the Morning'), ('Pairing', 'John/Sherlock'), ('Rating', 'PG'), ('Word count', '600'), ('Beta', 'crumpet_crisis'),
        ('Notes', 'Insomnia fic, what can I say.')]
e = entry(u, J, 'Four in the Morning (Sherlock, John/Sherlock, PG)', (2011, 2, 18, '04:30'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr) + '\n<p>Feedback is love ♥</p>',
          tags=['fic', 'sherlock', 'john/sherlock'], comments=[('crumpet_crisis', 'The light from the open fridge. Still love it.')])
page('lj-deardiary2011-oneshot-beta-notes-feedback-fourinthemorning', f'lj-{J}-1290.html', u, 'livejournal', 'story', 2011,
     ['s2-dear-diary', 'beta-label', 'header-then-cut', 'feedback-line'],
     'LJ S2 Dear Diary (2011): a Sherlock ONE-SHOT, the fandom, pairing and rating in the SUBJECT; Title / Pairing / Rating / Word count / Beta / Notes, an lj-cut, “Feedback is love ♥” after the prose',
     deardiary_page('entry', [e], J, 'deerstalker days', u, 2011),
     [story(u, J, J, fields(title='Four in the Morning', pairing='John/Sherlock', rating='PG', wordCount='600', beta='crumpet_crisis', notes='Insomnia fic, what can I say.'), None, b,
            exclude=['Feedback is love', 'Still love it.'])])

# S10. a 2004 DRABBLE, a Wayback copy (captured 2005) of the S1 talkread.bml entry page (www.livejournal.com/users/NAME/N.html)
J = 'quidditch_quill'
u = 'http://www.livejournal.com/users/quidditch_quill/2015.html'
pr = ['The broom cupboard smelled of polish and old rain. She had hidden in it during her first match, terrified, and she hid in it again before her last, not terrified at all, just wanting to remember the smell.',
      'Her captain found her there and did not tease her. He sat down on an upturned bucket, and they listened to the crowd filling the stands above them, and when the whistle went they walked out together into the light.']
b = body('broomcupboard', pr)
rows = [('Title', 'Last Match'), ('Rating', 'G'), ('Characters', 'Katie, Oliver'), ('Word count', '100')]
e = entry(u, J, 'drabble: Last Match', (2004, 6, 2, '21:10'), hdr(rows) + '<br /><br />' + '<br /><br />'.join(esc(p) for p in pr),
          currents=[('Mood', 'sentimental'), ('Music', 'Coldplay')], comments=[('sorting_hatpin', 'The smell of polish! Lovely.')])
ts = '20050212181144'
page('wayback-2005-lj-s1-talkread-drabble-lastmatch', f'wayback-{ts}-{J}-2015.html', f'https://web.archive.org/web/{ts}/{u}', 'wayback', 'story', 2004,
     ['wayback', 'lj-s1-talkread', 'www-users-url', 'drabble'],
     'Wayback copy captured 2005 of a 2004 Harry Potter DRABBLE on an LJ S1 entry page (talkread.bml, www.livejournal.com/users/NAME/N.html): Title / Rating / Characters / Word count, Current Mood / Music',
     wayback(talkread_page(e, year=2004), ts, u),
     [story(u, J, J, fields(title='Last Match', rating='G', characters='Katie, Oliver', wordCount='100'), None, b, exclude=['The smell of polish! Lovely.'])])

# ================================================================== INDEX PAGES
# I1. an LJ S2 Generator RECENT page: a fic cut after its header and first paragraph, a personal post, a meme (2009)
J = 'marmalade_sky'
RB = 'https://marmalade-sky.livejournal.com/'
k1 = ['The bakery on the corner of Elm and Fourth had been closed for a year when the lights came back on, at three in the morning, and the whole street woke up to the smell of bread.']
kb1 = body('bakery-teaser', k1)
ri = [entry(RB + '21770.html', J, 'Fic: Night Bakery (SPN, gen, PG)', (2009, 10, 12, '23:00'), '', tags=['fic', 'spn'],
            index_html=hdr([('Title', 'Night Bakery'), ('Characters', 'Sam, Dean, OFC'), ('Rating', 'PG'), ('Words', '2,800'), ('Summary', 'A case in a small town, and a bakery that opens by itself.')])
            + '<br /><br />\n' + ph(k1) + '\n' + lj_cut(RB + '21770.html', 'Read the rest')),
      entry(RB + '21544.html', J, 'work, work, work', (2009, 10, 10, '19:20'), '<p>This week has been endless. Two people off sick, the printer caught fire (small fire! nobody hurt! but still), and I ate lunch at my desk every day.</p>\n<p>Tomorrow I am doing nothing but watching the new episode and eating pie. How are you all?</p>', tags=['real life', 'work']),
      entry(RB + '21301.html', J, 'Snagged from everyone', (2009, 10, 8, '12:00'), '<p><b>Comment and I will give you three fandoms I associate with you, and you post it in your journal.</b></p>\n<p>(I love this meme. It is so nosy.)</p>', tags=['memes'])]
ru = RB
page('lj-generator2009-recent-page-cut-fic-personal-post-meme', 'lj-marmalade_sky-recent.html', ru, 'livejournal', 'index', 2009,
     ['s2-generator', 'recent-page', 'cut-story', 'mixed-with-personal-posts'],
     'LJ S2 Generator RECENT page (2009): a Supernatural fic cut after its header (Title / Characters / Rating / Words / Summary) and first paragraph (“Read the rest”), a work-week post and a meme',
     gen_page('recent', ri, 'livejournal', J, 'marmalade skies', ru, 'marmalade skies', 2009),
     [story(ri[0]['url'], J, J, fields(title='Night Bakery', characters='Sam, Dean, OFC', rating='PG', wordCount='2,800', summary='A case in a small town, and a bakery that opens by itself.'),
            None, kb1, complete=False, exclude=['Read the rest', 'printer caught fire'])])

# I2. a DW core2 TAG page (/tag/my+fic, 2013): two cut fics in the common header shape
J = 'violin_at_3am'
TB = 'https://violin-at-3am.dreamwidth.org/'
tu = TB + 'tag/my+fic'
g1 = ['The first thing he noticed about the new flat was that the kettle was already warm.']
g2 = ['It snowed on Christmas Eve, properly, the kind of snow London gets once in ten years, and by six o’clock the street outside was silent.',
      'Someone had built a snowman on the bonnet of a parked car. It was wearing a deerstalker.']
gb = [body('warmkettle-teaser', g1), body('snowman-teaser', g2)]
gi = [entry(TB + '52291.html', J, 'Fic: The Warm Kettle (Sherlock, PG)', (2013, 11, 30, '20:00'), '', tags=['my fic', 'sherlock'],
            index_html=hdr([('Title', 'The Warm Kettle'), ('Pairing', 'John/Sherlock'), ('Rating', 'PG'), ('Words', '4,200'), ('Summary', 'Moving day, and somebody has been here first.')])
            + '<br /><br />\n' + ph(g1) + '\n' + dw_cut_link(TB + '52291.html', 1, 'Read more...')),
      entry(TB + '49906.html', J, 'Fic: Once in Ten Years (Sherlock, G)', (2013, 1, 2, '11:00'), '', tags=['my fic', 'sherlock', 'holiday fic'],
            index_html=hdr([('Title', 'Once in Ten Years'), ('Characters', 'John, Sherlock, Mrs Hudson'), ('Rating', 'G'), ('Words', '1,500')])
            + '<br /><br />\n' + ph(g2) + '\n' + dw_cut_link(TB + '49906.html', 1, 'under here'))]
page('dw-core2-2013-tag-page-two-cut-fics-violin', 'dw-violin_at_3am-tag-myfic.html', tu, 'dreamwidth', 'index', 2013,
     ['dw-core2', 'tag-page', 'cut-stories'],
     'DW core2 TAG page (/tag/my+fic, 2013): two Sherlock fics, each with Title / Pairing or Characters / Rating / Words (/ Summary) and its opening above the cut',
     dw_page('tag', gi, J, 'violin at 3am', 'Practicality', tu, f'{J}: my fic', subtitle='Entries tagged with my fic', year=2013),
     [story(gi[0]['url'], J, J, fields(title='The Warm Kettle', pairing='John/Sherlock', rating='PG', wordCount='4,200', summary='Moving day, and somebody has been here first.'),
            None, gb[0], complete=False, exclude=['Read more...']),
      story(gi[1]['url'], J, J, fields(title='Once in Ten Years', characters='John, Sherlock, Mrs Hudson', rating='G', wordCount='1,500'), None, gb[1], complete=False,
            exclude=['under here'])])

# I3. a drabble COMMUNITY's recent page: a complete drabble, a cut ficlet, a mod reminder (LJ S2 Generator community, 2010)
C = 'tardis_hundred'
CB = 'https://tardis-hundred.livejournal.com/'
d1 = ['The console room is dark except for the one light he always forgets to switch off. She finds him asleep in the jump seat with his glasses on, a book on his chest, open at the same page it was open at yesterday.',
      'She takes the glasses off. She leaves the book. She switches off the light on her way out, and in the morning he asks who did it, and she says it must have been the ship.']
d2 = ['The market on the moon of Ves sold everything, and she had been told very firmly not to buy anything.']
db1, db2 = body('onelight', d1), body('vesmarket-teaser', d2)
ci = [entry(CB + '42170.html', C, 'One Light [Eleven, Amy; G]', (2010, 6, 3, '20:00'), '', poster='pond_in_the_garden', community=True, tags=['challenge #95: light'],
            index_html=hdr([('Title', 'One Light'), ('Author', 'pond_in_the_garden'), ('Characters', 'Eleven, Amy'), ('Rating', 'G'), ('Word Count', '100'), ('Prompt', '#95, “light”')])
            + '<br /><br />\n' + ph(d1)),
      entry(CB + '42003.html', C, 'Don’t Buy Anything [Eleven, Amy, Rory; PG]', (2010, 6, 2, '18:30'), '', poster='leadworth_lass', community=True, tags=['challenge #95: light'],
            index_html=hdr([('Title', 'Don’t Buy Anything'), ('Author', 'leadworth_lass'), ('Characters', 'Eleven, Amy, Rory'), ('Rating', 'PG'), ('Word Count', '300 (triple drabble)'), ('Prompt', '#95, “light”')])
            + '<br /><br />\n' + ph(d2) + '\n' + lj_cut(CB + '42003.html', 'she buys something')),
      entry(CB + '41880.html', C, 'Mod post: challenge #95 is open!', (2010, 6, 1, '09:00'), '', poster='hundred_mod', community=True, tags=['mod post'],
            index_html='<p>This week’s prompt is <b>light</b>. Remember the posting template (Title / Author / Characters / Rating / Word Count / Prompt), and please put anything over 100 words under a cut!</p>')]
page('lj-generator2010-community-recent-drabble-cut-ficlet-mod-post', 'lj-tardis_hundred-recent.html', CB, 'livejournal', 'index', 2010,
     ['s2-generator', 'community', 'recent-page', 'posting-template', 'mod-post'],
     'LJ S2 Generator COMMUNITY recent page (2010): a complete drabble and a triple drabble cut after its first line, both under the community’s template, and a mod post naming the template',
     gen_page('recent', ci, 'livejournal', C, 'a hundred words of time', CB, 'a hundred words of time', 2010, is_comm=True),
     [story(ci[0]['url'], 'pond_in_the_garden', C, fields(title='One Light', author='pond_in_the_garden', characters='Eleven, Amy', rating='G', wordCount='100', prompt='#95, “light”'), None, db1,
            exclude=['Remember the posting template']),
      story(ci[1]['url'], 'leadworth_lass', C, fields(title='Don’t Buy Anything', author='leadworth_lass', characters='Eleven, Amy, Rory', rating='PG', wordCount='300 (triple drabble)',
                                                      prompt='#95, “light”'), None, db2, complete=False, exclude=['she buys something'])])

# ================================================================== NON-FIC POSTS of fandom journals
# N1. DAILY LIFE (LJ S2 Generator, 2007)
J = 'teacup_tempest'
u = 'https://teacup-tempest.livejournal.com/9914.html'
e = entry(u, J, 'in which I survive Monday', (2007, 9, 17, '21:45'),
          '<p>Today: missed the bus, spilled coffee on my one good shirt, got told off by my manager for something that was not my fault, and then found out the new season starts a week later than I thought.</p>\n'
          '<p>BUT. My sister sent me a parcel with socks and chocolate in it and a drawing by my niece of what she says is me and a horse. I am not sure which one is me. I am keeping it forever.</p>\n<p>Going to bed at nine like an old woman. Night, flist!</p>',
          tags=['real life', 'family'], currents=[('Mood', 'tired'), ('Music', 'the dishwasher')], comments=[('saltline_sadie', 'The horse drawing!! Post a picture!')])
page('lj-generator2007-daily-life-post-notstory', f'lj-{J}-9914.html', u, 'livejournal', 'not-story', 2007, ['s2-generator', 'personal-post'],
     'LJ S2 Generator (2007): a DAILY-LIFE post (a bad Monday, a parcel from a sister), Current Mood / Music: no story',
     gen_page('entry', [e], 'livejournal', J, 'tempest in a teacup', u, f'{J}: in which I survive Monday', 2007), [])

# N2. an EPISODE REACTION behind a spoiler cut (LJ S2 Haven, 2010)
J = 'saltline_sadie'
u = 'https://saltline-sadie.livejournal.com/2690.html'
e = entry(u, J, 'SPN 6x03 reaction (spoilers!)', (2010, 10, 9, '02:10'),
          '<p>Spoilers under the cut, obviously.</p>\n' + CUT + '\n<p>OKAY. So. I have feelings. The cold open was the best one in ages, and the car scene in the middle is going straight into my top ten, I do not care.</p>\n'
          '<p>What I did not love: the case of the week made no sense, the monster rules changed twice, and we got about four seconds of my favourite. Four! I counted.</p>\n<p>Still, that last scene. I need fic of the last scene immediately. Somebody write it so I don’t have to.</p>',
          tags=['spn', 'episode reactions', 'spoilers'], comments=[('roadhouse_pie', 'The car scene!!! I rewound it twice.')])
page('lj-haven2010-episode-reaction-spoiler-cut-notstory', f'lj-{J}-2690.html', u, 'livejournal', 'not-story', 2010, ['s2-haven', 'episode-reaction', 'spoiler-cut'],
     'LJ S2 Haven (2010): an EPISODE REACTION post, “Spoilers under the cut”, an lj-cut, three paragraphs of reaction ending in a wish for fic: no story',
     haven_page('entry', [e], J, 'a line of salt', u, 2010), [])

# N3. META, tagged "meta" and "fic" (DW core2, 2013)
J = 'violin_at_3am'
u = 'https://violin-at-3am.dreamwidth.org/51020.html'
e = entry(u, J, 'Meta: why do we love the hurt/comfort cup of tea?', (2013, 6, 22, '14:00'),
          '<p>I have been thinking about the cup of tea in fic. Every fandom I have been in has its version: the cup of tea, the blanket, the bowl of soup. Somebody is hurt, and somebody else makes them something warm and does not talk about it.</p>\n'
          '<p>I think it works because it lets two characters who cannot say anything say something. The tea is the sentence. And it is a small, domestic, believable kindness in canons that are mostly about big, loud, unbelievable ones.</p>\n'
          '<p>Anyway. I would love to hear what your fandoms’ “cup of tea” is. Recs of favourite tea-scenes in fic very welcome!</p>',
          tags=['meta', 'fic', 'fandom'], comments=[('mrs_hudsons_kettle', 'In my old fandom it was always a shared jacket!')])
page('dw-core2-2013-meta-post-tagged-fic-notstory', f'dw-{J}-51020.html', u, 'dreamwidth', 'not-story', 2013, ['dw-core2', 'meta'],
     'DW core2 (2013): a META post about comfort scenes in fic, tagged “meta” and “fic”, asking for recs: no story',
     dw_page('entry', [e], J, 'violin at 3am', 'Practicality', u, f'{J}: Meta: why do we love the hurt/comfort cup of tea?', year=2013), [])

# N4. a DRABBLE-MEME request post: "give me a pairing and a word" (LJ S2 Magazine, 2009)
J = 'puddlejumper_pilot'
u = 'https://puddlejumper-pilot.livejournal.com/7702.html'
e = entry(u, J, 'drabble meme!', (2009, 2, 14, '11:30'),
          '<p>Snagged from everyone on my flist:</p>\n<p><b>Give me a pairing or a character and a word, and I will write you a drabble.</b></p>\n'
          '<p>Any fandom I write in (SGA, SG-1, a little Doctor Who). Fills will be posted in the comments and collected later. Go!</p>',
          tags=['memes', 'fic'], comments=[('athosian_tea', 'McKay/Sheppard, “lemon”!'), ('gallifrey_gull', 'Teyla, “storm”, please!')])
page('lj-magazine2009-drabble-meme-request-notstory', f'lj-{J}-7702.html', u, 'livejournal', 'not-story', 2009, ['s2-magazine', 'meme', 'fic-tag'],
     'LJ S2 Magazine (2009): a DRABBLE MEME post (“Give me a pairing or a character and a word…”), tagged “memes” and “fic”, requests in the comments: no story',
     magazine_page('entry', [e], J, 'puddlejumper pilot', u, 2009), [])

# N5. a REC post (LJ S2 Bloggish, 2012)
J = 'marmalade_sky'
u = 'https://marmalade-sky.livejournal.com/30115.html'
recs = [('Salt and Static', 'https://ghostradio-fic.livejournal.com/4410.html', 'ghostradio_fic', 'SPN, gen, PG', 'A haunted radio station and the best brother dialogue I’ve read all year.'),
        ('The Long Way Round', 'https://archiveofourown.org/works/392210', 'prairie_lights', 'SPN, Dean/Castiel, R', 'Road trip! Slow burn! A diner that made me hungry!'),
        ('Harvest', 'https://cornfield-crow.dreamwidth.org/1120.html', 'cornfield_crow', 'SPN, Sam-centric, PG-13', 'Short and quiet and it wrecked me.')]
rh = ''.join(f'<p><a href="{lk}"><b>{esc(t)}</b></a> by {esc(a)} ({esc(m)})<br />\n{esc(w)}</p>\n' for t, lk, a, m, w in recs)
e = entry(u, J, 'recs: fic that got me through January', (2012, 1, 31, '20:30'), '<p>It has been a long month. These helped:</p>\n' + rh + '<p>Please go leave them some love!</p>',
          tags=['recs', 'spn'], comments=[('teacup_tempest', 'Harvest wrecked me too.')])
page('lj-bloggish2012-rec-post-three-fics-notstory', f'lj-{J}-30115.html', u, 'livejournal', 'not-story', 2012, ['lj-bloggish', 'recs'],
     'LJ S2 Bloggish (2012): a REC post: three linked fics, each with its writer, fandom / pairing / rating in brackets and a line of why: no story',
     bloggish_page('entry', [e], J, 'marmalade skies', u, 2012), [])

# N6. an ICON post: teasers, an lj-cut, "comment and credit" (LJ S2 Generator, 2008)
J = 'pixel_pendragon'
u = 'https://pixel-pendragon.livejournal.com/1780.html'
icons = ''.join(f'<img src="https://i.imgur.com/mrln{k:02d}.png" width="100" height="100" alt="icon {k}" /> ' for k in range(1, 16))
e = entry(u, J, '[icons] 15 Merlin 1x05 icons', (2008, 10, 20, '19:00'),
          '<p><b>15</b> Merlin (1x05)<br />\n<img src="https://i.imgur.com/mrln01.png" width="100" height="100" alt="teaser 1" /> <img src="https://i.imgur.com/mrln02.png" width="100" height="100" alt="teaser 2" /></p>\n'
          + CUT + f'\n<p>{icons}</p>\n<p>Comment if taking, credit to <b>pixel_pendragon</b> appreciated. No hotlinking please!</p>',
          tags=['icons', 'icons: merlin'], comments=[('avalon_apple', 'Taking 4 and 9, thank you! Credit will be given.')])
page('lj-generator2008-icon-post-teasers-cut-notstory', f'lj-{J}-1780.html', u, 'livejournal', 'not-story', 2008, ['s2-generator', 'icon-post'],
     'LJ S2 Generator (2008): an ICON post: “[icons] 15 Merlin 1x05 icons”, two teasers, an lj-cut, fifteen icons and “Comment if taking, credit appreciated”: no story',
     gen_page('entry', [e], 'livejournal', J, 'pixel pendragon', u, f'{J}: [icons] 15 Merlin 1x05 icons', 2008), [])

# N7. a FANART post with an art header (DW core2, 2015)
J = 'ink_and_ochre'
u = 'https://ink-and-ochre.dreamwidth.org/2640.html'
e = entry(u, J, '[fanart] Baker Street in the rain', (2015, 4, 4, '13:20'),
          hdr([('Title', 'Baker Street in the rain'), ('Artist', 'ink_and_ochre'), ('Fandom', 'Sherlock (BBC)'), ('Rating', 'G'), ('Medium', 'digital, Krita')]) + '<br /><br />\n'
          + '<p><img src="https://i.imgur.com/bkrst9.jpg" width="700" height="500" alt="a street at night in the rain, one window lit" /></p>\n<p>Also on <a href="https://ink-and-ochre.tumblr.com/post/115512">tumblr</a>. Reblogs are lovely!</p>',
          tags=['fanart', 'sherlock', 'my art'], comments=[('violin_at_3am', 'The one lit window!!')])
page('dw-core2-2015-fanart-post-art-header-notstory', f'dw-{J}-2640.html', u, 'dreamwidth', 'not-story', 2015, ['dw-core2', 'fanart'],
     'DW core2 (2015): a FANART post: Title / Artist / Fandom / Rating / Medium, a picture and a tumblr link: no story',
     dw_page('entry', [e], J, 'ink & ochre', 'Practicality', u, f'{J}: [fanart] Baker Street in the rain', year=2015), [])

# N8. a CON REPORT (LJ S2 Dear Diary, 2011)
J = 'gallifrey_gull'
u = 'https://gallifrey-gull.livejournal.com/5802.html'
e = entry(u, J, 'con report! (long, picspam-free, sorry)', (2011, 2, 21, '22:00'),
          '<p>Home from the con and I have slept for eleven hours. Some highlights:</p>\n<ul>\n<li>Met puddlejumper_pilot and athosian_tea in person at last! We had dinner and talked about fic until the restaurant put the chairs on the tables.</li>\n'
          '<li>The writers’ panel was great, although a man in the front row asked a question that was really a speech.</li>\n<li>I bought too many badges. I regret nothing.</li>\n</ul>\n'
          '<p>My feet hurt and I am already planning next year. Who else is going?</p>',
          tags=['cons', 'real life', 'friends'], comments=[('athosian_tea', 'Chairs on the tables! Best dinner.')])
page('lj-deardiary2011-con-report-notstory', f'lj-{J}-5802.html', u, 'livejournal', 'not-story', 2011, ['s2-dear-diary', 'con-report'],
     'LJ S2 Dear Diary (2011): a CON REPORT in a list (meeting fandom friends, a panel, badges): no story',
     deardiary_page('entry', [e], J, 'a gull over gallifrey', u, 2011), [])

# N9. a MOD POST with the community's posting rules and the header template (LJ S2 Generator community, 2010)
C = 'dragonsfire_bang'
u = 'https://dragonsfire-bang.livejournal.com/17702.html'
e = entry(u, C, 'Mod post: posting guidelines for the big bang', (2010, 8, 1, '12:00'),
          '<p>Posting starts on 20 August! Please read this before you post.</p>\n<p>1. Post your masterpost first, then your parts, all to the community.<br />\n2. Use this header on your masterpost:</p>\n'
          '<blockquote><b>Title:</b><br /><b>Author:</b><br /><b>Artist:</b><br /><b>Pairing:</b><br /><b>Rating:</b><br /><b>Word Count:</b><br /><b>Warnings:</b><br /><b>Summary:</b></blockquote>\n'
          '<p>3. Put everything after the header under an lj-cut. 4. Tag your post with the rating, the pairing and your name.</p>\n<p>Questions? Comment here. Good luck, everyone!</p>',
          poster='bang_mods', community=True, tags=['mod post', 'rules'], comments=[('hazel_lantern', 'Can the art go on the masterpost too?')])
page('lj-generator2010-community-mod-post-rules-header-template-notstory', f'lj-{C}-17702.html', u, 'livejournal', 'not-story', 2010, ['s2-generator', 'community', 'mod-post', 'header-template'],
     'LJ S2 Generator community (2010): a big bang MOD POST: posting guidelines with an EMPTY header template (Title / Author / Artist / Pairing / Rating / Word Count / Warnings / Summary): no story',
     gen_page('entry', [e], 'livejournal', C, 'Merlin Big Bang', u, f'{C}: Mod post: posting guidelines for the big bang', 2010, is_comm=True), [])

# N10. a POLL: what should I write next? (LJ S2 Generator, 2009)
J = 'roadhouse_pie'
u = 'https://roadhouse-pie.livejournal.com/25501.html'
opts = ['the Mile Marker 40 sequel', 'the hellhound AU', 'more drabbles', 'sleep (you need it)']
poll = ('<div class="poll"><form action="https://www.livejournal.com/poll/?id=1502271" method="post"><input type="hidden" name="pollid" value="1502271" />\n'
        '<b><a href="https://www.livejournal.com/poll/?id=1502271">Poll #1502271</a></b> What should I write next?<br />\n<i>Open to: All, results viewable to: All</i><br /><br />\n'
        + ''.join(f'<input type="radio" name="pollq-1" value="{k}" id="pollq-1-{k}" /> <label for="pollq-1-{k}">{esc(o)}</label><br />\n' for k, o in enumerate(opts, 1))
        + '<br /><input type="submit" value="Submit Poll" /></form></div>')
e = entry(u, J, 'poll: what next?', (2009, 1, 6, '20:00'), '<p>New year, new WIPs. Help me decide!</p>\n' + poll + '\n<p>(Whichever wins, I promise to finish it this time. Probably.)</p>',
          tags=['polls', 'writing', 'fic'], comments=[('saltline_sadie', 'SEQUEL. I voted twice in my heart.')])
page('lj-generator2009-poll-what-to-write-next-notstory', f'lj-{J}-25501.html', u, 'livejournal', 'not-story', 2009, ['s2-generator', 'poll', 'fic-tag'],
     'LJ S2 Generator (2009): a POLL “What should I write next?” (LJ’s poll form, four options), tagged “fic”: no story',
     gen_page('entry', [e], 'livejournal', J, 'pie at the roadhouse', u, f'{J}: poll: what next?', 2009), [])

# N11. a FRIENDS-ONLY banner post, a sticky dated ahead (LJ S2 Haven, 2012)
J = 'owl_post_overdue'
u = 'https://owl-post-overdue.livejournal.com/10001.html'
e = entry(u, J, 'friends only', (2012, 1, 1, '00:00'),
          '<p style="text-align:center"><img src="https://i.imgur.com/fobanr1.png" width="400" height="150" alt="friends only" /></p>\n'
          '<p style="text-align:center">This journal is mostly friends-locked. Fic is public and tagged <a href="https://owl-post-overdue.livejournal.com/tag/fic">fic</a>.<br />\n'
          'Comment here if you would like to be added, and tell me a bit about yourself!</p>',
          tags=['friends only', 'sticky'], comments=[('wrackspurt_wren', 'Hi! Found you through your Ginny/Luna fic. Add me?')])
page('lj-haven2012-friends-only-banner-notstory', f'lj-{J}-10001.html', u, 'livejournal', 'not-story', 2012, ['s2-haven', 'friends-only-banner'],
     'LJ S2 Haven (a sticky post dated 2012, the journal of 2006): the sticky FRIENDS-ONLY banner post (“Fic is public and tagged fic. Comment here if you would like to be added”): no story',
     haven_page('entry', [e], J, 'owl post (overdue)', u, 2012), [])

# N12. a BIG BANG CLAIMS list (LJ S2 Bloggish community, 2010)
C = 'dragonsfire_bang'
u = 'https://dragonsfire-bang.livejournal.com/16990.html'
claims = [('The Dragon’s Tithe', 'hazel_lantern', 'quill_and_cinder', 'Arthur/Merlin', 'PG'), ('Twelve Knights', 'copper_kettle_k', 'ashwood_art', 'gen', 'PG-13'),
          ('Under the Lake', 'nimueh_knits', 'TBA', 'Gwen/Lancelot', 'R')]
rows = '\n'.join(f'<tr><td>{esc(t)}</td><td>{a}</td><td>{ar}</td><td>{p}</td><td>{r}</td></tr>' for t, a, ar, p, r in claims)
e = entry(u, C, 'Art claims are closed: the final list', (2010, 6, 30, '18:00'),
          '<p>Thank you all for claiming so quickly! Here is who is drawing for whom:</p>\n'
          f'<table border="1" cellpadding="4"><tr><th>Title</th><th>Author</th><th>Artist</th><th>Pairing</th><th>Rating</th></tr>\n{rows}\n</table>\n'
          '<p>Artists, please get in touch with your authors this week. Posting begins 20 August.</p>',
          poster='bang_mods', community=True, tags=['mod post', 'claims'], comments=[('ashwood_art', 'So excited to draw knights!')])
page('lj-bloggish2010-bigbang-claims-table-notstory', f'lj-{C}-16990.html', u, 'livejournal', 'not-story', 2010, ['lj-bloggish', 'community', 'mod-post', 'claims-list'],
     'LJ S2 Bloggish community (2010): a big bang’s ART CLAIMS list, a table of Title / Author / Artist / Pairing / Rating: no story',
     bloggish_page('entry', [e], C, 'Merlin Big Bang', u, 2010, kind='C'), [])
