"""Posts of tests/heldout19 and their truth: single stories (a drabble, one-shots with the full header and an lj-cut, a header-only
post linking AO3, a swap gift fic, a Wayback copy), index pages (a fork journal's recent page, a community's recent page, a tag page)
and the ordinary non-fic posts of fandom journals (daily life, a meme, recs, icons, fanart, a mod post, a sign-up, a WIP update,
a nostalgia post), on InsaneJournal, JournalFen, Scribbld and DeadJournal and on LiveJournal and Dreamwidth in 2001-2003 and
2017-2023. All prose, names, journals and titles are invented for this corpus; fandom and character names appear as labels only.
Renderers: tests/heldout2's layouts.py (LJ S2 Generator on the forks, DW core2, LJ's 2017+ post page, the Wayback wrapper),
tests/heldout5's s1.py (talkread.bml), tests/heldout8's s2z.py (Haven, Dear Diary), tests/heldout11's s2t.py (LJ's 2019+ post page),
tests/heldout12's mag.py (Magazine), tests/heldout13's bloggish.py (Bloggish)."""
from bloggish import bloggish_page
from corpus import body, fields, hdr, page, ph, story
from layouts import aentry_page, dw_cut_link, dw_page, esc, gen_page, wayback
from mag import magazine_page
from posts import CUT, entry
from s1 import talkread_page
from s2t import md_entry_page
from s2z import deardiary_page, haven_page


def lj_cut(url, text='Read more...'):
    """The cut link of an LJ-code site's recent / community page (S2, 2004-2012)."""
    return f'<b>(&nbsp;<a href="{url}#cutid1">{esc(text)}</a>&nbsp;)</b>'


def brp(paras):
    return '<br /><br />\n'.join(esc(p) for p in paras)


# ================================================================== SINGLE STORIES
# S1. a DRABBLE on DeadJournal (LJ S2 Generator, 2004, www.deadjournal.com/users/NAME/N.html)
J = 'stake_and_stitch'
u = 'http://www.deadjournal.com/users/stake_and_stitch/1542.html'
pr = ['She keeps the stakes in a shoebox under the bed, sorted by length, and every Sunday she sands them smooth on the back step while her mother is at church.',
      'It is the only thing in her life that stays in order. Her homework does not. Her heart certainly does not. But the stakes line up in their box, pale and even, and on Sunday mornings, for an hour, she can believe that she is a person who has things under control.']
b = body('shoebox-stakes', pr)
rows = [('Title', 'Sunday Sanding'), ('Rating', 'PG'), ('Characters', 'Buffy'), ('Word count', '100')]
e = entry(u, J, 'drabble: Sunday Sanding', (2004, 3, 14, '11:40'), hdr(rows) + '<br /><br />\n' + brp(pr), tags=[], comments=[('wood_shop_willow', 'Sorted by length! That is so her.')],
          currents=[('Mood', 'calm'), ('Music', 'Mazzy Star')], site='deadjournal.com')
page('dj-generator2004-buffy-drabble-sundaysanding', f'dj-{J}-1542.html', u, 'deadjournal', 'story', 2004,
     ['s2-generator', 'deadjournal', 'www-users-url', 'drabble', 'br-prose'],
     'DeadJournal, LJ S2 Generator (2004, www.deadjournal.com/users/NAME/N.html): a Buffy DRABBLE, “drabble: Sunday Sanding”, Title / Rating / Characters / Word count, &lt;br&gt; prose, Current Mood / Music, no cut',
     gen_page('entry', [e], 'deadjournal', J, 'stake & stitch', u, f'{J}: drabble: Sunday Sanding', 2004),
     [story(u, J, J, fields(title='Sunday Sanding', rating='PG', characters='Buffy', wordCount='100'), None, b, exclude=['Sorted by length!'])])

# S2. a ONE-SHOT with the full header, an lj-cut and an A/N after the prose (JournalFen, LJ S2 Bloggish, 2008)
J = 'leviathan_lullaby'
u = 'http://leviathan-lullaby.journalfen.net/6120.html'
pr = ['The ship sang at night. Not loudly, and not so that most of the crew could hear it, but the pilot could, and so could the human, who had taken to sleeping in the corridor outside the pilot’s den because it was the only place on board where the song made sense.',
      'Nobody asked him about it. On this ship you did not ask people where they slept or why.',
      'One night the song changed key, softly, and he lay awake in the corridor and listened to it until he understood that the ship was singing something new, something she had never sung before, and that it was for him.']
b = body('shipsong', pr)
rows = [('Title', 'Night Song'), ('Author', 'leviathan_lullaby'), ('Fandom', 'Farscape'), ('Characters', 'John, Moya, Pilot'), ('Rating', 'G'), ('Warnings', 'none'),
        ('Word Count', '1,150'), ('Summary', 'Moya sings at night. Only some of the crew can hear it.')]
e = entry(u, J, 'Fic: Night Song (Farscape, G)', (2008, 2, 9, '01:20'),
          hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr) + '\n<p><i>A/N: I miss this show every single day. Comments and concrit welcome.</i></p>',
          tags=['farscape', 'fic'], comments=[('frelling_fine', 'Sleeping in the corridor so the song makes sense. Gorgeous.')], site='journalfen.net')
page('jf-bloggish2008-farscape-oneshot-full-header-cut-end-note-nightsong', f'jf-{J}-6120.html', u, 'journalfen', 'story', 2008,
     ['lj-bloggish', 'journalfen', 'full-header', 'header-then-cut', 'end-note'],
     'JournalFen, LJ S2 Bloggish (2008): a Farscape ONE-SHOT: Title / Author / Fandom / Characters / Rating / Warnings / Word Count / Summary, an lj-cut, an “A/N:” after the prose',
     bloggish_page('entry', [e], J, 'leviathan lullaby', u, 2008, site='journalfen.net'),
     [story(u, J, J, fields(title='Night Song', author='leviathan_lullaby', fandom='Farscape', characters='John, Moya, Pilot', rating='G', warnings='none', wordCount='1,150',
                            summary='Moya sings at night. Only some of the crew can hear it.', notes='I miss this show every single day. Comments and concrit welcome.'),
            None, b, exclude=['A/N: I miss this show', 'Gorgeous.'])])

# S3. a HEADER-ONLY post linking AO3 (InsaneJournal, LJ S2 Haven, 2013)
J = 'warp_core_breach'
u = 'http://warp-core-breach.insanejournal.com/880.html'
AO3 = 'https://archiveofourown.org/works/917733'
rows = [('Title', 'Gravity Assist'), ('Fandom', 'Star Trek (2009)'), ('Pairing', 'Kirk/Spock'), ('Rating', 'Teen and Up'), ('Words', '6,800'),
        ('Summary', 'A shuttle with no power, two officers, and a slingshot around a gas giant.')]
e = entry(u, J, 'New fic: Gravity Assist (Kirk/Spock, T)', (2013, 5, 19, '23:10'),
          hdr(rows) + f'<br /><br />\n<p><a href="{AO3}">Read it on AO3!</a></p>\n<p>(Crossposted from Scribbld; I am mostly over here now.)</p>',
          tags=['fic', 'star trek'], comments=[('risa_sunrise', 'Slingshot! Reading now.')], site='insanejournal.com')
page('ij-haven2013-header-only-read-on-ao3-gravityassist', f'ij-{J}-880.html', u, 'insanejournal', 'story', 2013,
     ['s2-haven', 'insanejournal', 'header-only', 'ao3-link'],
     'InsaneJournal, LJ S2 Haven (2013): a HEADER-ONLY post: Title / Fandom / Pairing / Rating / Words / Summary, “Read it on AO3!” and a crossposting note',
     haven_page('entry', [e], J, 'warp core breach', u, 2013, site='insanejournal.com'),
     [story(u, J, J, fields(title='Gravity Assist', fandom='Star Trek (2009)', pairing='Kirk/Spock', rating='Teen and Up', wordCount='6,800',
                            summary='A shuttle with no power, two officers, and a slingshot around a gas giant.'), None, headerOnly=True, elsewhere=[AO3])])

# S4. a SWAP GIFT FIC posted by its writer to the swap community after reveals (Scribbld community, LJ S2 Magazine, 2009)
C, P = 'sunnydale_swap', 'hellmouth_honey'
u = 'http://community.scribbld.com/sunnydale_swap/2291.html'
pr = ['The library had been rebuilt twice and it still smelled the same, of dust and floor wax and the particular damp of books nobody had opened in a long time.',
      'The librarian let the girl in on Christmas Eve because she had nowhere else to be, and neither did he, and they sat at the long table with a thermos of cocoa he pretended he had not brought for her.',
      'At midnight the radiator clanked. She said that was probably a demon. He said it was certainly the radiator. They argued about it, comfortably, until the cocoa was gone.']
b = body('librarycocoa', pr)
rows = [('Title', 'Radiator Weather'), ('Author', 'hellmouth_honey'), ('Recipient', 'slayer_of_small_things'), ('Rating', 'G'), ('Characters', 'Buffy, Giles'),
        ('Summary', 'Christmas Eve in the library, and a radiator that may or may not be a demon.'), ('Notes', 'Happy holidays! You asked for found family and cocoa.')]
e = entry(u, C, 'Swap fic: Radiator Weather, for slayer_of_small_things', (2009, 12, 28, '16:00'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), poster=P, community=True,
          tags=['swap 2009', 'character: buffy', 'character: giles'], comments=[('slayer_of_small_things', 'THE COCOA HE PRETENDED HE DID NOT BRING. Thank you!!')], site='scribbld.com')
page('sc-magazine2009-community-swap-gift-fic-recipient-radiatorweather', f'sc-{C}-2291.html', u, 'scribbld', 'story', 2009,
     ['s2-magazine', 'scribbld', 'community', 'gift-fic', 'recipient-label', 'header-then-cut'],
     'Scribbld community (community.scribbld.com), LJ S2 Magazine (2009): a Buffy SWAP GIFT FIC posted by its writer after reveals: Title / Author / Recipient / Rating / Characters / Summary / Notes, an lj-cut',
     magazine_page('entry', [e], C, 'Sunnydale Swap', u, 2009, kind='C', site='scribbld.com'),
     [story(u, P, C, fields(title='Radiator Weather', author='hellmouth_honey', rating='G', characters='Buffy, Giles',
                            summary='Christmas Eve in the library, and a radiator that may or may not be a demon.', notes='Happy holidays! You asked for found family and cocoa.'),
            None, b, exclude=['THE COCOA HE PRETENDED'])])

# S5. a WAYBACK copy (captured 2006) of a 2003 DeadJournal one-shot on S1's talkread.bml, plain labels
J = 'zero_system_err'
u = 'http://www.deadjournal.com/users/zero_system_err/311.html'
pr = ['The safehouse had one window, and the pilot who never slept sat at it every night with his gun in his lap and watched the road.',
      'The other one, the one who talked too much, brought him coffee at two and at four and did not try to make him talk. That was new. On the third night he sat down on the floor beside the chair and watched the road too.',
      'Nothing came. Nothing came for a week. On the eighth night the pilot who never slept fell asleep in the chair, and the other one took the gun out of his lap, very carefully, and kept watch until morning.']
b = body('safehouse', pr)
rows = [('Title', 'Watch'), ('Author', 'zero_system_err'), ('Pairing', '1x2'), ('Rating', 'PG-13'), ('Warnings', 'angst, guns'), ('Disclaimer', 'not mine, Sunrise and Bandai own them')]
e = entry(u, J, 'GW fic: Watch', (2003, 4, 22, '02:55'), hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + brp(pr), comments=[('deathscythe_grin', 'Kept watch until morning *sniffles*')],
          currents=[('Mood', 'melancholy'), ('Music', 'Rhythm Emotion')])
ts = '20060817043321'
page('wayback-2006-dj-s1-talkread-gundam-oneshot-plain-labels-watch', f'wayback-{ts}-{J}-311.html', f'https://web.archive.org/web/{ts}/{u}', 'wayback', 'story', 2003,
     ['wayback', 'deadjournal', 'lj-s1-talkread', 'www-users-url', 'plain-labels', 'br-prose'],
     'Wayback copy captured 2006 of a 2003 Gundam Wing one-shot on DeadJournal (S1 talkread.bml, www.deadjournal.com/users/NAME/N.html): plain labels Title / Author / Pairing “1x2” / Rating / Warnings / Disclaimer, &lt;br&gt; prose',
     wayback(talkread_page(e, site='deadjournal', year=2003), ts, u),
     [story(u, J, J, fields(title='Watch', author='zero_system_err', pairing='1x2', rating='PG-13', warnings='angst, guns', disclaimer='not mine, Sunrise and Bandai own them'),
            None, b, exclude=['Kept watch until morning *sniffles*'])])

# S6. a ONE-SHOT on LiveJournal's 2019+ post page (2019), full header and an lj-cut
J = 'tartan_and_tweed'
u = 'https://tartan-and-tweed.livejournal.com/40233.html'
pr = ['The angel had been given a plant as a housewarming present in 1967 and had been killing it, slowly and with great love, ever since.',
      'He overwatered it. He talked to it about poetry. He moved it from window to window after the sun like an anxious parent, and it drooped, and it yellowed, and it stubbornly refused to die.',
      'The demon, visiting, took one look at it and said nothing. But the next morning the plant stood up very straight, and put out a new leaf, and the angel was so delighted that he did not think to wonder why.']
b = body('houseplant', pr)
rows = [('Title', 'Fifty Years of Overwatering'), ('Fandom', 'Good Omens'), ('Pairing', 'Aziraphale/Crowley'), ('Rating', 'G'), ('Words', '900'),
        ('Summary', 'A housewarming plant, and the demon who keeps it alive.')]
e = entry(u, J, 'Fic: Fifty Years of Overwatering (Good Omens, G)', (2019, 6, 14, '21:30'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), tags=['fic', 'good omens'],
          comments=[('bentley_and_books', 'It stubbornly refused to die, LOL.')])
page('lj-post2019-good-omens-oneshot-header-cut-overwatering', f'lj-{J}-40233.html', u, 'livejournal', 'story', 2019,
     ['lj-2019-post-page', 'full-header', 'header-then-cut'],
     'LiveJournal’s 2019+ post page (2019): a Good Omens ONE-SHOT: Title / Fandom / Pairing / Rating / Words / Summary, an lj-cut anchor, comments only in the page’s JSON',
     md_entry_page(e, 'tartan & tweed', 2019),
     [story(u, J, J, fields(title='Fifty Years of Overwatering', fandom='Good Omens', pairing='Aziraphale/Crowley', rating='G', wordCount='900',
                            summary='A housewarming plant, and the demon who keeps it alive.'), None, b)])

# S7. a ONE-SHOT on Dreamwidth (core2, 2022): full header, an lj-cut, "Also on AO3" after the prose
J = 'ripper_returns'
u = 'https://ripper-returns.dreamwidth.org/5521.html'
pr = ['Twenty years after the last apocalypse, the watcher took up gardening, because his doctor told him to and because there was nothing left in Sunnydale to dig up but vegetables.',
      'His former slayer came to visit in June and found him on his knees in the tomato bed, swearing at slugs in Latin. She stood at the fence for a long time before he noticed her.',
      '“Old habits,” he said, a little embarrassed. She climbed over the fence, knelt down in the dirt beside him, and asked him to show her which ones were the slugs.']
b = body('tomatobed', pr)
rows = [('Title', 'Second Growth'), ('Fandom', 'Buffy the Vampire Slayer'), ('Characters', 'Giles, Buffy'), ('Rating', 'General Audiences'), ('Content warnings', 'none'),
        ('Words', '1,000'), ('Summary', 'Twenty years on, the watcher grows tomatoes.')]
e = entry(u, J, 'fic: Second Growth', (2022, 7, 3, '17:05'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr) + '\n<p><small>(Also on <a href="https://archiveofourown.org/works/40118822">AO3</a>.)</small></p>',
          tags=['fic', 'btvs'], comments=[('wood_shop_willow', 'Swearing at slugs in Latin is SO him.')])
page('dw-core2-2022-buffy-oneshot-content-warnings-also-on-ao3-secondgrowth', f'dw-{J}-5521.html', u, 'dreamwidth', 'story', 2022,
     ['dw-core2', 'full-header', 'header-then-cut', 'content-warnings-label', 'also-on-ao3-after-prose'],
     'DW core2 (2022): a Buffy ONE-SHOT: Title / Fandom / Characters / Rating / Content warnings / Words / Summary, an lj-cut, “(Also on AO3.)” after the prose',
     dw_page('entry', [e], J, 'ripper returns', 'Blanket', u, f'{J}: fic: Second Growth', year=2022),
     [story(u, J, J, fields(title='Second Growth', fandom='Buffy the Vampire Slayer', characters='Giles, Buffy', rating='General Audiences', warnings='none', wordCount='1,000',
                            summary='Twenty years on, the watcher grows tomatoes.'), None, b, exclude=['Also on AO3.', 'Swearing at slugs in Latin'])])

# S8. a 2001 LiveJournal FICLET on S1's talkread.bml, plain labels and a Feedback line
J = 'sunnydale_sky'
u = 'http://www.livejournal.com/users/sunnydale_sky/2204.html'
pr = ['Willow makes a list of everything she knows about magic, which is not much, and everything she knows about Oz, which is less, and pins both to the corkboard over her desk.',
      'The second list is shorter. She looks at it for a long time. Then she adds, at the bottom, in small letters: he is kind to me. And she thinks that maybe it is the only line that matters.']
b = body('corkboard', pr)
rows = [('Title', 'Lists'), ('Rating', 'G'), ('Pairing', 'Willow/Oz'), ('Spoilers', 'season 3'), ('Feedback', 'yes please!')]
e = entry(u, J, 'new fic!', (2001, 10, 30, '22:10'), hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + brp(pr), comments=[('wood_shop_willow', 'He is kind to me. *sob*')],
          currents=[('Mood', 'creative')])
page('lj-s1-talkread2001-buffy-ficlet-plain-labels-feedback-lists', f'lj-{J}-2204.html', u, 'livejournal', 'story', 2001,
     ['lj-s1-talkread', 'www-users-url', 'plain-labels', 'feedback-label', 'ficlet', 'br-prose', 'subject-not-title'],
     'LiveJournal S1 entry page (talkread.bml, 2001): a Buffy FICLET under the subject “new fic!”, plain labels Title / Rating / Pairing / Spoilers / Feedback, &lt;br&gt; prose, Current Mood',
     talkread_page(e, site='livejournal', year=2001),
     [story(u, J, J, fields(title='Lists', rating='G', pairing='Willow/Oz', spoilers='season 3'), None, b, exclude=['yes please!', 'He is kind to me. *sob*'])])

# S9. a DOUBLE DRABBLE on InsaneJournal (LJ S2 Dear Diary, 2011), no cut
J = 'tortuga_tide'
u = 'http://tortuga-tide.insanejournal.com/2650.html'
pr = ['The first mate kept a compass that did not point north, and he had stopped, years ago, asking the captain where it pointed instead.',
      'He thought about it sometimes on the night watch. It pointed at the captain, mostly, when he held it up in the lantern light; but the captain was always on deck, so that proved nothing.',
      'Once, in a storm, the captain put it in his hand and told him to hold onto it. The needle swung round and pointed straight at the first mate’s own chest, and stayed there, and the captain looked at it, and then looked away, and said nothing about it ever again.']
b = body('compass', pr)
rows = [('Title', 'True North'), ('Characters', 'Jack, Gibbs'), ('Rating', 'PG'), ('Word count', '200')]
e = entry(u, J, 'double drabble: True North', (2011, 8, 30, '22:00'), hdr(rows) + '<br /><br />\n' + ph(pr), tags=['fic', 'potc', 'drabbles'],
          comments=[('rum_is_gone', 'The needle pointing at his own chest!!')], site='insanejournal.com')
page('ij-deardiary2011-potc-double-drabble-truenorth', f'ij-{J}-2650.html', u, 'insanejournal', 'story', 2011,
     ['s2-dear-diary', 'insanejournal', 'double-drabble'],
     'InsaneJournal, LJ S2 Dear Diary (2011): a Pirates of the Caribbean DOUBLE DRABBLE, Title / Characters / Rating / Word count, no cut',
     deardiary_page('entry', [e], J, 'tide at tortuga', u, 2011, site='insanejournal.com'),
     [story(u, J, J, fields(title='True North', characters='Jack, Gibbs', rating='PG', wordCount='200'), None, b, exclude=['The needle pointing at his own chest!!'])])

# S10. a FEST DRABBLE on LiveJournal's 2017+ post page (2017): Title / Fandom / Characters / Rating / Prompt / Words
J = 'chevron_seven'
u = 'https://chevron-seven.livejournal.com/18820.html'
pr = ['The briefing room coffee machine had been broken since 1998, and every new recruit was told, on their first day, that the colonel would fix it himself one of these days.',
      'He never did. But on the day he retired somebody found a screwdriver taped to the back of it with a note in his handwriting: not yet. And the machine, which had never worked, made one perfect cup of coffee, and then never worked again.']
b = body('coffeemachine', pr)
rows = [('Title', 'Not Yet'), ('Fandom', 'Stargate SG-1'), ('Characters', 'Jack O’Neill, ensemble'), ('Rating', 'G'), ('Prompt', 'machine'), ('Words', '100')]
e = entry(u, J, 'Fic: Not Yet (SG-1, G)', (2017, 8, 4, '20:20'), hdr(rows) + '<br /><br />\n' + ph(pr), tags=['fic', 'sg-1', 'drabble fest'],
          comments=[('dialhome_device', 'One perfect cup of coffee! This made my day.')])
page('lj-post2017-sg1-fest-drabble-prompt-label-notyet', f'lj-{J}-18820.html', u, 'livejournal', 'story', 2017,
     ['lj-2017-post-page', 'drabble', 'prompt-label'],
     'LiveJournal’s 2017+ post page (2017): a Stargate SG-1 FEST DRABBLE: Title / Fandom / Characters / Rating / Prompt / Words, no cut',
     aentry_page(e),
     [story(u, J, J, fields(title='Not Yet', fandom='Stargate SG-1', characters='Jack O’Neill, ensemble', rating='G', prompt='machine', wordCount='100'), None, b)])

# ================================================================== INDEX PAGES
# I1. an InsaneJournal RECENT page (LJ S2 Magazine, 2010): a fic cut after its header and first paragraph, a daily-life post, a meme
J = 'snowplow_sonata'
RB = 'http://snowplow-sonata.insanejournal.com/'
k1 = ['The call came in at four in the afternoon, which in Chicago in December meant it was already dark, and the detective was already in a bad mood.']
kb1 = body('lostmitten-teaser', k1)
ri = [entry(RB + '4410.html', J, 'Fic: The Lost Mitten Case (Due South, gen, G)', (2010, 12, 8, '21:00'), '', tags=['due south', 'fic'], site='insanejournal.com',
            index_html=hdr([('Title', 'The Lost Mitten Case'), ('Characters', 'Fraser, Ray K., Diefenbaker'), ('Rating', 'G'), ('Word Count', '2,100'),
                            ('Summary', 'A very small crime, taken very seriously.')]) + '<br /><br />\n' + ph(k1) + '\n' + lj_cut(RB + '4410.html', 'Read more...')),
      entry(RB + '4287.html', J, 'snow day!', (2010, 12, 6, '10:15'), '', tags=['real life'], site='insanejournal.com',
            index_html='<p>Office closed, roads closed, everything closed. I have made soup and I am going to spend the whole day on the couch rewatching season two.</p>\n<p>How is everyone else’s weather?</p>'),
      entry(RB + '4102.html', J, 'Friday Five', (2010, 12, 3, '18:30'), '', tags=['memes'], site='insanejournal.com',
            index_html='<p>1. What was the last thing you baked? <i>Gingerbread, badly.</i><br />\n2. Favourite winter drink? <i>Hot cider.</i><br />\n3. Snow: yes or no? <i>Yes, from indoors.</i></p>')]
page('ij-magazine2010-recent-page-cut-fic-snow-day-meme', 'ij-snowplow_sonata-recent.html', RB, 'insanejournal', 'index', 2010,
     ['s2-magazine', 'insanejournal', 'recent-page', 'cut-story', 'mixed-with-personal-posts'],
     'InsaneJournal RECENT page, LJ S2 Magazine (2010): a Due South fic cut after its header (Title / Characters / Rating / Word Count / Summary) and first paragraph, a snow-day post and a Friday Five meme',
     magazine_page('recent', ri, J, 'snowplow sonata', RB, 2010, site='insanejournal.com'),
     [story(ri[0]['url'], J, J, fields(title='The Lost Mitten Case', characters='Fraser, Ray K., Diefenbaker', rating='G', wordCount='2,100',
                                       summary='A very small crime, taken very seriously.'), None, kb1, complete=False, exclude=['Read more...', 'Office closed, roads closed'])])

# I2. a Scribbld drabble COMMUNITY's recent page (LJ S2 Haven, 2009): a complete drabble, a ficlet cut after its first lines, a mod post
C = 'hand_of_god_100'
CB = 'http://community.scribbld.com/hand_of_god_100/'
d1 = ['He has played ten thousand games on this board and remembers all of them, but the one he thinks of most is the first, when the boy set down a stone in entirely the wrong place and looked up at him, delighted, as if he had done something wonderful.',
      'He had. He just had not known it yet.']
d2 = ['The tournament hall was too cold, and the boy’s hands were shaking, so the ghost said, very quietly, to count the stones on the board before every move.']
db1, db2 = body('firstgame', d1), body('coldhall-teaser', d2)
ci = [entry(CB + '1180.html', C, 'First Game [Hikaru, Sai; G]', (2009, 3, 2, '20:00'), '', poster='goban_ghost', community=True, tags=['prompt: first'], site='scribbld.com',
            index_html=hdr([('Title', 'First Game'), ('Author', 'goban_ghost'), ('Characters', 'Hikaru, Sai'), ('Rating', 'G'), ('Prompt', 'first')]) + '<br /><br />\n' + ph(d1)),
      entry(CB + '1162.html', C, 'Count the Stones [Hikaru, Sai; G]', (2009, 3, 1, '18:30'), '', poster='kifu_and_tea', community=True, tags=['prompt: first'], site='scribbld.com',
            index_html=hdr([('Title', 'Count the Stones'), ('Author', 'kifu_and_tea'), ('Characters', 'Hikaru, Sai'), ('Rating', 'G'), ('Prompt', 'first'), ('Word Count', '300')])
            + '<br /><br />\n' + ph(d2) + '\n' + lj_cut(CB + '1162.html', 'triple drabble under here')),
      entry(CB + '1101.html', C, 'Mod post: prompt #12 is “first”', (2009, 2, 28, '09:00'), '', poster='hog100_mod', community=True, tags=['mod post'], site='scribbld.com',
            index_html='<p>This week’s prompt is <b>first</b>! Please use the header (Title / Author / Characters / Rating / Prompt) and put anything longer than a drabble under a cut. Have fun!</p>')]
page('sc-haven2009-community-recent-drabble-cut-ficlet-mod-post', 'sc-hand_of_god_100-recent.html', CB, 'scribbld', 'index', 2009,
     ['s2-haven', 'scribbld', 'community', 'recent-page', 'posting-template', 'mod-post'],
     'Scribbld COMMUNITY recent page, LJ S2 Haven (2009): a complete Hikaru no Go drabble, a triple drabble cut after its first line, both under the community’s header, and a mod post naming the prompt',
     haven_page('recent', ci, C, 'Hand of God 100', CB, 2009, kind='C', site='scribbld.com'),
     [story(ci[0]['url'], 'goban_ghost', C, fields(title='First Game', author='goban_ghost', characters='Hikaru, Sai', rating='G', prompt='first'), None, db1,
            exclude=['Please use the header']),
      story(ci[1]['url'], 'kifu_and_tea', C, fields(title='Count the Stones', author='kifu_and_tea', characters='Hikaru, Sai', rating='G', prompt='first', wordCount='300'),
            None, db2, complete=False, exclude=['triple drabble under here'])])

# I3. a Dreamwidth TAG page (/tag/fic, core2, 2021): two cut fics
J = 'bentley_and_books'
TB = 'https://bentley-and-books.dreamwidth.org/'
tu = TB + 'tag/fic'
g1 = ['The bookshop had a cat now. Nobody could say where it had come from, and the angel said that it was a stray, and the demon said that it was clearly no such thing.']
g2 = ['Every year on the first of January the demon sent the angel a postcard from somewhere terrible, and every year the angel pinned it to the wall behind the till.',
      'There were two hundred and eleven of them.']
gb = [body('bookshopcat-teaser', g1), body('postcards-teaser', g2)]
gi = [entry(TB + '19902.html', J, 'Fic: The Bookshop Cat (Good Omens, G)', (2021, 3, 14, '20:00'), '', tags=['fic', 'good omens'],
            index_html=hdr([('Title', 'The Bookshop Cat'), ('Relationship', 'Aziraphale/Crowley'), ('Rating', 'General Audiences'), ('Words', '2,600')])
            + '<br /><br />\n' + ph(g1) + '\n' + dw_cut_link(TB + '19902.html', 1, 'Read more...')),
      entry(TB + '18177.html', J, 'Fic: Wish You Were Here (Good Omens, T)', (2021, 1, 1, '12:00'), '', tags=['fic', 'good omens', 'holiday fic'],
            index_html=hdr([('Title', 'Wish You Were Here'), ('Relationship', 'Aziraphale/Crowley'), ('Rating', 'Teen and Up'), ('Words', '1,700'),
                            ('Summary', 'Two hundred and eleven postcards.')]) + '<br /><br />\n' + ph(g2) + '\n' + dw_cut_link(TB + '18177.html', 1, 'the rest of the postcards'))]
page('dw-core2-2021-tag-page-two-cut-fics-bentley', 'dw-bentley_and_books-tag-fic.html', tu, 'dreamwidth', 'index', 2021,
     ['dw-core2', 'tag-page', 'cut-stories', 'relationship-label'],
     'DW core2 TAG page (/tag/fic, 2021): two Good Omens fics, each with Title / Relationship / Rating / Words (/ Summary) and its opening above the cut',
     dw_page('tag', gi, J, 'bentley & books', 'Lefty', tu, f'{J}: fic', subtitle='Entries tagged with fic', year=2021),
     [story(gi[0]['url'], J, J, fields(title='The Bookshop Cat', pairing='Aziraphale/Crowley', rating='General Audiences', wordCount='2,600'), None, gb[0], complete=False,
            exclude=['Read more...']),
      story(gi[1]['url'], J, J, fields(title='Wish You Were Here', pairing='Aziraphale/Crowley', rating='Teen and Up', wordCount='1,700', summary='Two hundred and eleven postcards.'),
            None, gb[1], complete=False, exclude=['the rest of the postcards'])])

# ================================================================== NON-FIC POSTS
# N1. DAILY LIFE (InsaneJournal, LJ S2 Haven, 2012)
J = 'tortuga_tide'
u = 'http://tortuga-tide.insanejournal.com/2871.html'
e = entry(u, J, 'moving house, send help', (2012, 4, 15, '21:30'),
          '<p>Boxes everywhere. I have packed the kettle by mistake and cannot find it, so I am drinking tap water like an animal.</p>\n'
          '<p>The good news is the new place has a window seat. The bad news is that the cat has already claimed it. Normal fic service will resume when I find my laptop charger. It is in a box. All of the boxes say BOOKS.</p>',
          tags=['real life', 'moving'], currents=[('mood', 'exhausted')], comments=[('rum_is_gone', 'Good luck!! The cat always wins the window seat.')], site='insanejournal.com')
page('ij-haven2012-moving-house-daily-life-notstory', f'ij-{J}-2871.html', u, 'insanejournal', 'not-story', 2012, ['s2-haven', 'insanejournal', 'personal-post'],
     'InsaneJournal, LJ S2 Haven (2012): a DAILY-LIFE post (moving house, a packed kettle, “normal fic service will resume”): no story',
     haven_page('entry', [e], J, 'tide at tortuga', u, 2012, site='insanejournal.com'), [])

# N2. a MEME (JournalFen, LJ S2 Generator, 2006)
J = 'dialhome_device'
u = 'http://www.journalfen.net/users/dialhome_device/17702.html'
e = entry(u, J, 'fandom meme', (2006, 9, 12, '19:00'),
          '<p>Snagged from teal_c_ya_later:</p>\n<p><b>Comment with a character and I will tell you: my first impression, my impression now, my favourite moment, my least favourite moment, and who I ship them with.</b></p>\n'
          '<p>Any fandom I have ever written in is fair game. Go!</p>', comments=[('teal_c_ya_later', 'Daniel! Obviously.'), ('moose_on_the_loose', 'Benton Fraser, please!')])
page('jf-generator2006-character-meme-notstory', f'jf-{J}-17702.html', u, 'journalfen', 'not-story', 2006, ['s2-generator', 'journalfen', 'www-users-url', 'meme'],
     'JournalFen, LJ S2 Generator (2006, www.journalfen.net/users/NAME/N.html): a CHARACTER MEME post (“Comment with a character and I will tell you…”): no story',
     gen_page('entry', [e], 'journalfen', J, 'dial home device', u, f'{J}: fandom meme', 2006), [])

# N3. a REC post (Scribbld, LJ S2 Bloggish, 2009)
J = 'warp_core_breach'
u = 'http://warp-core-breach.scribbld.com/1650.html'
recs = [('Ship in a Bottle', 'http://red-shirt-rita.scribbld.com/412.html', 'red_shirt_rita', 'Star Trek, Kirk/McCoy, PG', 'Bones builds a ship in a bottle during a quarantine. Tiny and perfect.'),
        ('The Long Way Home', 'http://archiveofourown.org/works/2291', 'starfleet_sam', 'Star Trek, gen, PG-13', 'A shuttle crash, a desert planet, and the best Uhura I have read.')]
rh = ''.join(f'<p><a href="{lk}"><b>{esc(t)}</b></a> by {esc(a)} ({esc(m)})<br />\n{esc(w)}</p>\n' for t, lk, a, m, w in recs)
e = entry(u, J, 'recs: new fandom, who dis', (2009, 6, 20, '15:40'), '<p>I have fallen into the new movie fandom face first. Here are two fics that pushed me:</p>\n' + rh + '<p>More recs welcome!</p>',
          tags=['recs', 'star trek'], comments=[('risa_sunrise', 'Ship in a Bottle is SO GOOD.')], site='scribbld.com')
page('sc-bloggish2009-rec-post-two-fics-notstory', f'sc-{J}-1650.html', u, 'scribbld', 'not-story', 2009, ['lj-bloggish', 'scribbld', 'recs'],
     'Scribbld, LJ S2 Bloggish (2009): a REC post: two linked fics, each with its writer, fandom / pairing / rating in brackets and a line of why: no story',
     bloggish_page('entry', [e], J, 'warp core breach', u, 2009, site='scribbld.com'), [])

# N4. an ICON post (InsaneJournal, LJ S2 Magazine, 2010)
J = 'moose_on_the_loose'
u = 'http://moose-on-the-loose.insanejournal.com/990.html'
icons = ''.join(f'<img src="http://pics.insanejournal.com/ds{k:02d}.png" width="100" height="100" alt="icon {k}" /> ' for k in range(1, 13))
e = entry(u, J, '[icons] 12 Due South', (2010, 2, 2, '18:00'),
          '<p><b>12</b> Due South<br />\n<img src="http://pics.insanejournal.com/ds01.png" width="100" height="100" alt="teaser" /></p>\n' + CUT + f'\n<p>{icons}</p>\n'
          '<p>Comment if you take any, credit to <b>moose_on_the_loose</b> appreciated!</p>', tags=['icons', 'due south'],
          comments=[('snowplow_sonata', 'Taking 3 and 7, thank you!')], site='insanejournal.com')
page('ij-magazine2010-icon-post-notstory', f'ij-{J}-990.html', u, 'insanejournal', 'not-story', 2010, ['s2-magazine', 'insanejournal', 'icon-post'],
     'InsaneJournal, LJ S2 Magazine (2010): an ICON post: “[icons] 12 Due South”, a teaser, an lj-cut, twelve icons and “Comment if you take any”: no story',
     magazine_page('entry', [e], J, 'moose on the loose', u, 2010, site='insanejournal.com'), [])

# N5. a FANART post (Dreamwidth core2, 2020)
J = 'ducks_in_st_james'
u = 'https://ducks-in-st-james.dreamwidth.org/3390.html'
e = entry(u, J, '[fanart] the bench', (2020, 6, 1, '12:30'),
          hdr([('Title', 'the bench'), ('Artist', 'ducks_in_st_james'), ('Fandom', 'Good Omens'), ('Rating', 'G'), ('Medium', 'watercolour')]) + '<br /><br />\n'
          '<p><img src="https://i.imgur.com/gOb3nch.jpg" width="600" height="450" alt="two figures on a park bench at dusk, ducks on the pond" /></p>\n'
          '<p>Inspired by bentley_and_books’ fic! Also on <a href="https://ducks-in-st-james.tumblr.com/post/61922">tumblr</a>.</p>',
          tags=['fanart', 'good omens', 'my art'], comments=[('bentley_and_books', 'THE DUCKS. I am framing this.')])
page('dw-core2-2020-fanart-post-art-header-notstory', f'dw-{J}-3390.html', u, 'dreamwidth', 'not-story', 2020, ['dw-core2', 'fanart'],
     'DW core2 (2020): a FANART post: Title / Artist / Fandom / Rating / Medium, a picture, a line naming the fic it was inspired by: no story',
     dw_page('entry', [e], J, 'ducks in st james', 'Practicality', u, f'{J}: [fanart] the bench', year=2020), [])

# N6. a community MOD POST: posting rules and the header template (InsaneJournal community, LJ S2 Generator, 2008)
C = 'black_pearl_fic'
u = 'http://community.insanejournal.com/black_pearl_fic/7705.html'
e = entry(u, C, 'Mod post: please read before posting', (2008, 1, 5, '12:00'),
          '<p>Happy new year, pirates! A few reminders:</p>\n<p>1. All fic must use this header:</p>\n'
          '<blockquote><b>Title:</b><br /><b>Author:</b><br /><b>Characters/Pairing:</b><br /><b>Rating:</b><br /><b>Words:</b><br /><b>Summary:</b></blockquote>\n'
          '<p>2. Anything over 300 words goes under a cut. 3. Tag your posts with characters and rating.</p>\n<p>Questions go in the comments. Yo ho!</p>',
          poster='pearl_mods', community=True, tags=['mod post'], comments=[('tortuga_tide', 'Does a double drabble need a cut?')], site='insanejournal.com')
page('ij-generator2008-community-mod-post-header-template-notstory', f'ij-{C}-7705.html', u, 'insanejournal', 'not-story', 2008,
     ['s2-generator', 'insanejournal', 'community', 'mod-post', 'header-template'],
     'InsaneJournal community, LJ S2 Generator (2008): a MOD POST with the posting rules and an EMPTY header template (Title / Author / Characters/Pairing / Rating / Words / Summary): no story',
     gen_page('entry', [e], 'insanejournal', C, 'Black Pearl Fic', u, f'{C}: Mod post: please read before posting', 2008, is_comm=True), [])

# N7. a fest SIGN-UP post with a sign-up form (Dreamwidth community, core2, 2023)
C = 'ineffable_exchange'
u = 'https://ineffable-exchange.dreamwidth.org/2211.html'
e = entry(u, C, 'Ineffable Exchange 2023: sign-ups are open!', (2023, 9, 1, '10:00'),
          '<p>Sign-ups for this year’s exchange are open until 15 September! Fic, art and podfic all welcome. Please copy the form below into a comment:</p>\n'
          '<blockquote><b>Username:</b><br /><b>AO3 name:</b><br /><b>Offering (fic/art/podfic):</b><br /><b>Likes:</b><br /><b>Do not wants:</b><br /><b>Prompts:</b></blockquote>\n'
          '<p>Assignments go out on 1 October. Works are due 1 December, reveals on 2 January. Questions to the mods!</p>',
          poster='ineffable_mods', community=True, tags=['admin', 'sign-ups'], comments=[('tartan_and_tweed', 'Signed up! So excited.')])
page('dw-core2-2023-community-exchange-signup-form-notstory', f'dw-{C}-2211.html', u, 'dreamwidth', 'not-story', 2023, ['dw-core2', 'community', 'sign-up', 'form-template'],
     'DW core2 community (2023): an exchange SIGN-UP post: dates and an empty sign-up form (Username / AO3 name / Offering / Likes / Do not wants / Prompts): no story',
     dw_page('entry', [e], C, 'Ineffable Exchange', 'Practicality', u, f'{C}: Ineffable Exchange 2023: sign-ups are open!', year=2023), [])

# N8. a WIP UPDATE post (LiveJournal's 2017+ post page, 2018), tagged fic
J = 'chevron_seven'
u = 'https://chevron-seven.livejournal.com/19311.html'
e = entry(u, J, 'WIP update: the long one', (2018, 3, 11, '21:00'),
          '<p>For the three people still waiting: the SG-1 post-series fic is not dead! It is at 14,000 words and I have finally worked out the ending.</p>\n'
          '<p>Chapter five needs a rewrite because Teal’c would never say that, and I need to look up how long it takes to drive from Colorado Springs to Minnesota. Hoping to start posting in April.</p>',
          tags=['fic', 'wip', 'sg-1'], comments=[('dialhome_device', 'Still waiting! Very excited!')])
page('lj-post2017-wip-update-tagged-fic-notstory', f'lj-{J}-19311.html', u, 'livejournal', 'not-story', 2018, ['lj-2017-post-page', 'wip-update', 'fic-tag'],
     'LiveJournal’s 2017+ post page (2018): a WIP UPDATE (word count so far, a chapter to rewrite, when posting starts), tagged “fic” and “wip”: no story',
     aentry_page(e), [])

# N9. a 2003 DeadJournal PERSONAL post (S1 talkread.bml)
J = 'zero_system_err'
u = 'http://www.deadjournal.com/users/zero_system_err/288.html'
e = entry(u, J, 'ugh', (2003, 3, 30, '23:45'),
          '<p>Finals in two weeks and I have written exactly zero words of my history paper and about four thousand words of fic. Priorities!!!</p>\n'
          '<p>Also my roommate is learning the guitar. At midnight. Pray for me.</p>', comments=[('deathscythe_grin', 'POST THE FIC. The paper can wait.')],
          currents=[('Mood', 'stressed'), ('Music', 'roommate’s guitar')])
page('dj-s1-talkread2003-personal-post-notstory', f'dj-{J}-288.html', u, 'deadjournal', 'not-story', 2003, ['lj-s1-talkread', 'deadjournal', 'www-users-url', 'personal-post'],
     'DeadJournal S1 entry page (talkread.bml, 2003): a PERSONAL post (finals, four thousand words of fic, a roommate’s guitar), Current Mood / Music: no story',
     talkread_page(e, site='deadjournal', year=2003), [])

# N10. a fandom NOSTALGIA post (LiveJournal's 2019+ post page, 2021)
J = 'kifu_and_tea'
u = 'https://kifu-and-tea.livejournal.com/30501.html'
e = entry(u, J, 'twenty years of this journal', (2021, 8, 1, '19:00'),
          '<p>This journal is twenty years old today. I started it in 2001 to post Hikaru no Go fic, back when we all had the same four layouts and an account cost a code from a friend.</p>\n'
          '<p>I do not write much any more, but I still read everything you all post. Thank you for sticking around. Tell me how you found this journal!</p>',
          tags=['meta', 'anniversary'], comments=[('goban_ghost', 'Your Nine Stones fic! In 2002! I still think about it.')])
page('lj-post2019-journal-anniversary-nostalgia-notstory', f'lj-{J}-30501.html', u, 'livejournal', 'not-story', 2021, ['lj-2019-post-page', 'personal-post', 'nostalgia'],
     'LiveJournal’s 2019+ post page (2021): a journal’s TWENTIETH ANNIVERSARY post looking back on its fic years: no story',
     md_entry_page(e, 'kifu and tea', 2021), [])
