"""Posts of tests/heldout20 and their truth: single stories as communities held them (drabble communities' fills under a posting
template, a fest gift posted by the mods, a ficathon fill with its author revealed, a prompt fill, a header-only post linking AO3,
one-shots posted to communities), community index pages (a drabble community's recent page, a community's tag page, a Wayback copy
of a community's recent page), and the community posts that are no fic (rules, a prompt post, a newsletter, recs, sign-ups, a
reveals list, a big bang art post and check-in) and a personal post; about half of them Wayback copies in the replays of three
eras. All prose, names, journals and titles are invented for this corpus; fandom and character names appear as labels only.
Renderers: tests/heldout2's layouts.py, tests/heldout5's s1.py (talkread.bml), tests/heldout12's mag.py, this corpus's wbera.py."""
from corpus import body, fields, hdr, page, ph, story
from layouts import dw_cut_link, dw_page, esc, gen_page
from mag import magazine_page
from posts import CUT, entry, wbu
from s1 import talkread_page
from wbera import fixcomm, wayback_2010, wayback_classic, wayback_today


def lj_cut(url, text='Read more...'):
    """LiveJournal's cut link on a recent / tag page (S2 core, 2004-2010)."""
    return f'<b>(&nbsp;<a href="{url}#cutid1">{esc(text)}</a>&nbsp;)</b>'


# ================================================================== SINGLE STORIES
# S1. a DRABBLE in a drabble community at the old address, the community's template with "Challenge:" (LJ S2 Generator, 2008)
C, P = 'hogwarts_hundred', 'greenhouse_three'
u = 'http://community.livejournal.com/hogwarts_hundred/51230.html'
pr = ['The greenhouse key was older than the castle’s oldest portrait and had been lost eleven times, and every time it came back to the same boy.',
      'He did not know why. He only knew that he would open his trunk, or his pocket, or his hand, and there it would be, warm, as if it had been held.',
      'The professor said keys chose. He thought that was nonsense, until the day he stopped losing it.']
b = body('greenhousekey', pr)
rows = [('Title', 'The Greenhouse Key'), ('Author', 'greenhouse_three'), ('Characters', 'Neville Longbottom'), ('Rating', 'G'), ('Word Count', '100'), ('Challenge', '#212: keys')]
e = entry(u, C, 'The Greenhouse Key [Neville, G]', (2008, 3, 9, '20:05'), hdr(rows) + '<br /><br />\n' + ph(pr), poster=P, community=True,
          tags=['challenge #212: keys', 'character: neville'], comments=[('mandrake_mum', 'Until the day he stopped losing it. Lovely.')])
page('lj-generator2008-drabble-community-old-address-challenge-label-greenhousekey', f'lj-{C}-51230.html', u, 'livejournal', 'story', 2008,
     ['s2-generator', 'community', 'community-old-address', 'drabble', 'posting-template', 'challenge-label'],
     'LJ S2 Generator community at the OLD address (community.livejournal.com/hogwarts_hundred/, 2008): a Harry Potter DRABBLE under the template Title / Author / Characters / Rating / Word Count / Challenge “#212: keys”, no cut',
     fixcomm(gen_page('entry', [e], 'livejournal', C, 'Hogwarts in a hundred', u, f'{C}: The Greenhouse Key [Neville, G]', 2008, is_comm=True), 'community.livejournal.com', C),
     [story(u, P, C, fields(title='The Greenhouse Key', author='greenhouse_three', characters='Neville Longbottom', rating='G', wordCount='100', prompt='#212: keys'), None, b,
            exclude=['Until the day he stopped losing it. Lovely.'])])

# S2. a WAYBACK copy (Alexa era, captured 2006, links unrewritten) of a 2005 DRABBLE in a drabble community, plain labels, "Feedback
# welcome!" after it
C, P = 'snitch_drabbles', 'quaffle_quill'
u = 'http://community.livejournal.com/snitch_drabbles/8801.html'
pr = ['It rained for the whole match and nobody could see anything, so afterwards everybody in the stands told a different story about the catch.',
      'The Seeker herself never told any of them. She only kept the Snitch in her pocket for a week, wings folded, and sometimes, in Charms, you could hear it hum.']
b = body('rainmatch', pr)
rows = [('Title', 'Rain Match'), ('Rating', 'G'), ('Characters', 'Ginny'), ('Prompt', 'weather')]
e = entry(u, C, 'drabble: Rain Match', (2005, 10, 22, '15:30'), hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + ph(pr) + '\n<p><small>Feedback welcome!</small></p>', poster=P,
          community=True, comments=[('golden_hoop', 'You could hear it hum! Aww.')])
ts = '20060407120311'
page('wayback-2006-classic-lj-drabble-community-plain-labels-rainmatch', f'wayback-{ts}-{C}-8801.html', wbu(ts, u), 'wayback', 'story', 2005,
     ['wayback-alexa-era', 'links-not-rewritten', 's2-generator', 'community', 'community-old-address', 'drabble', 'plain-labels'],
     'Wayback copy captured 2006 in the ALEXA-ERA replay (links not rewritten) of a 2005 Harry Potter DRABBLE in the community snitch_drabbles (community.livejournal.com/NAME/N.html): plain Title / Rating / Characters / Prompt lines, “Feedback welcome!” after it',
     wayback_classic(fixcomm(gen_page('entry', [e], 'livejournal', C, 'snitch drabbles', u, f'{C}: drabble: Rain Match', 2005, is_comm=True), 'community.livejournal.com', C), ts, u),
     [story(u, P, C, fields(title='Rain Match', rating='G', characters='Ginny', prompt='weather'), None, b, exclude=['Feedback welcome!', 'You could hear it hum!'])])

# S3. a holiday-swap GIFT posted by the MODS' account to a Dreamwidth community before reveals: "Fic for NAME: Title", Title /
# Recipient / Fandom / Characters / Rating / Summary / Author's note, no Author (DW core2, 2012)
C, P = 'winterfic_swap', 'winterfic_mods'
u = 'https://winterfic-swap.dreamwidth.org/30418.html'
pr = ['The fire in the hearth had opinions about the winter, and it shared them with everybody in the kitchen from October until March.',
      'The girl who swept the castle listened to all of it. She brought it the good logs, the dry ones, and the orange peel it liked, and on the longest night she sat up with it until the coals went pink and quiet.',
      '“You could just say you like me,” she told it. The fire crackled, offended. But it kept her feet warm all night, and in the morning there was a perfect little flame, shaped like a heart, until it noticed her looking.']
b = body('hearthwinter', pr)
rows = [('Title', 'The Hearth in Winter'), ('Recipient', 'thistle_and_thread'), ('Fandom', 'Howl’s Moving Castle (book)'), ('Characters', 'Sophie, Calcifer'), ('Rating', 'G'),
        ('Summary', 'The longest night, and a fire with opinions.'), ('Author’s note', 'Dear recipient, you asked for cosy and a little bit grumpy. I hope this fits!')]
e = entry(u, C, 'Fic for thistle_and_thread: The Hearth in Winter', (2012, 12, 24, '09:00'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), poster=P, community=True,
          tags=['fandom: howl’s moving castle', 'winterfic 2012', 'recipient: thistle_and_thread'], comments=[('thistle_and_thread', 'A heart-shaped flame!! Thank you, anon, I love it!')])
page('dw-core2-2012-swap-gift-mod-posted-recipient-hearthwinter', f'dw-{C}-30418.html', u, 'dreamwidth', 'story', 2012,
     ['dw-core2', 'community', 'fest-fill', 'mod-posted', 'anonymous-until-reveals', 'small-fandom', 'recipient-label'],
     'DW core2 community (2012): a holiday-swap GIFT posted by the MODS’ account before reveals, subject “Fic for NAME: Title”: Title / Recipient / Fandom / Characters / Rating / Summary / Author’s note (no Author), an lj-cut',
     dw_page('entry', [e], C, 'winterfic: a small-fandoms holiday swap', 'Practicality', u, f'{C}: Fic for thistle_and_thread: The Hearth in Winter', year=2012),
     [story(u, P, C, fields(title='The Hearth in Winter', fandom='Howl’s Moving Castle (book)', characters='Sophie, Calcifer', rating='G', summary='The longest night, and a fire with opinions.',
                            notes='Dear recipient, you asked for cosy and a little bit grumpy. I hope this fits!'), None, b, exclude=['A heart-shaped flame!!'])])

# S4. a WAYBACK copy (the 2010-2013 toolbar, captured 2011) of a 2009 FICATHON fill posted by the mod, its Author filled in after
# reveals: Title / Author / Recipient / Characters / Rating / Prompt (LJ S2 Generator community)
C, P = 'hub_ficathon', 'hub_mod'
u = 'http://hub-ficathon.livejournal.com/12277.html'
pr = ['It was raining on the Plass, which was not news, and somebody had stolen the captain’s umbrella, which was.',
      'He stood in the doorway of the tourist office in his greatcoat with water running off his nose and looked at the empty stand with the face of a man planning a very long and very thorough investigation.',
      'The archivist let him plan it. Then he took the umbrella out from under the counter, where he had put it that morning because it was dripping on the leaflets, and opened it, and held it over both of them all the way to the chip shop.']
b = body('umbrella', pr)
rows = [('Title', 'The Umbrella Question'), ('Author', 'inkstained_wren'), ('Recipient', 'teaspoon_tom'), ('Characters', 'Jack, Ianto'), ('Rating', 'PG'),
        ('Prompt', 'Jack and Ianto, rain on the Plass, a stolen umbrella')]
html = ('<p><i>Reveals are up! The author line has been filled in.</i></p>\n' + hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr))
e = entry(u, C, 'Ficathon fic: The Umbrella Question (for teaspoon_tom)', (2009, 8, 15, '12:00'), html, poster=P, community=True,
          tags=['ficathon 2009', 'character: ianto', 'character: jack'], comments=[('teaspoon_tom', 'Under the counter all along! Thank you so much!')])
ts = '20110302155010'
page('wayback-2011-toolbar-lj-ficathon-fill-mod-posted-author-revealed-umbrella', f'wayback-{ts}-{C}-12277.html', wbu(ts, u), 'wayback', 'story', 2009,
     ['wayback-2010-toolbar', 'relative-web-links', 's2-generator', 'community', 'ficathon-fill', 'mod-posted', 'author-revealed', 'prompt-label'],
     'Wayback copy captured 2011 in the 2010–2013 replay (toolbar insert, relative /web/ links) of a 2009 Torchwood FICATHON fill POSTED BY THE MOD, “Reveals are up!” above Title / Author (the writer, filled in after reveals) / Recipient / Characters / Rating / Prompt, an lj-cut',
     wayback_2010(gen_page('entry', [e], 'livejournal', C, 'the Hub ficathon', u, f'{C}: Ficathon fic: The Umbrella Question (for teaspoon_tom)', 2009, is_comm=True), ts, u, captures=2),
     [story(u, P, C, fields(title='The Umbrella Question', author='inkstained_wren', characters='Jack, Ianto', rating='PG', prompt='Jack and Ianto, rain on the Plass, a stolen umbrella'),
            None, b, exclude=['Reveals are up!', 'Under the counter all along!'])])

# S5. a WAYBACK copy (today's replay, captured 2015) of a HEADER-ONLY post in an LJ community (2013): the header and "Read it on AO3",
# the AO3 link rewritten through /web/
C, P = 'deduction_drawer', 'bluebell_baker'
u = 'http://deduction-drawer.livejournal.com/40077.html'
AO3 = 'http://archiveofourown.org/works/1044719'
rows = [('Title', 'A Study in Marmalade'), ('Author', 'bluebell_baker'), ('Pairing', 'John/Sherlock'), ('Rating', 'Teen and Up'), ('Word count', '7,300'),
        ('Summary', 'The experiment in the fridge is not an experiment. It is breakfast.')]
html = hdr(rows) + f'<br /><br />\n<p><b><a href="{AO3}">Read it on AO3!</a></b></p>\n<p>(Posted there because it would not fit in one entry. Thanks for reading!)</p>'
e = entry(u, C, 'Fic: A Study in Marmalade (John/Sherlock, Teen)', (2013, 2, 10, '21:00'), html, poster=P, community=True, tags=['pairing: john/sherlock', 'rating: teen', 'ao3 link'],
          comments=[('landlady_lark', 'Off to AO3! Marmalade!')])
ts = '20150617094412'
page('wayback-2015-today-lj-community-header-only-ao3-marmalade', f'wayback-{ts}-{C}-40077.html', wbu(ts, u), 'wayback', 'story', 2013,
     ['wayback-today', 'relative-web-links', 's2-generator', 'community', 'header-only', 'ao3-link'],
     'Wayback copy captured 2015 (today’s wrapper, relative /web/ links) of a HEADER-ONLY post in the Sherlock community deduction_drawer (2013): Title / Author / Pairing / Rating / Word count / Summary, “Read it on AO3!” (rewritten through /web/) and a thank-you line',
     wayback_today(gen_page('entry', [e], 'livejournal', C, 'the deduction drawer', u, f'{C}: Fic: A Study in Marmalade (John/Sherlock, Teen)', 2013, is_comm=True), ts, u),
     [story(u, P, C, fields(title='A Study in Marmalade', author='bluebell_baker', pairing='John/Sherlock', rating='Teen and Up', wordCount='7,300',
                            summary='The experiment in the fridge is not an experiment. It is breakfast.'), None, headerOnly=True, elsewhere=[AO3])])

# S6. an Avengers ONE-SHOT posted to an LJ community (2012, S2 Generator): the full header, an lj-cut, an "A/N:" after the prose
C, P = 'assemble_fic', 'quinjet_kite'
u = 'http://assemble-fic.livejournal.com/88104.html'
pr = ['The tower had a rooftop garden that nobody had asked for, and the man who built the tower pretended not to know who watered it.',
      'It was the archer. Everybody knew it was the archer. He went up at dawn with a watering can shaped like a duck and talked to the tomatoes, and if anybody came up the stairs he stopped talking and looked at the sky as if he had been checking the weather.',
      'In August the tomatoes came in all at once. There was a crate of them on the kitchen counter one morning with a note in block capitals: EAT THESE. Nobody said anything. Everybody ate them.']
b = body('rooftop', pr)
rows = [('Title', 'Rooftop Tomatoes'), ('Author', 'quinjet_kite'), ('Characters', 'Clint Barton, Tony Stark, ensemble'), ('Rating', 'G'), ('Warnings', 'none'), ('Word count', '1,200'),
        ('Summary', 'Somebody is watering the rooftop garden.')]
e = entry(u, C, 'Fic: Rooftop Tomatoes (Clint, ensemble; G)', (2012, 8, 30, '19:25'),
          hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr) + '\n<p><i>A/N: For my dad, who also talks to his tomatoes.</i></p>', poster=P, community=True,
          tags=['character: clint barton', 'rating: g', 'length: one-shot'], comments=[('helicarrier_hen', 'A watering can shaped like a duck!!')])
page('lj-generator2012-community-oneshot-full-header-cut-an-rooftop', f'lj-{C}-88104.html', u, 'livejournal', 'story', 2012,
     ['s2-generator', 'community', 'full-header', 'header-then-cut', 'end-note'],
     'LJ S2 Generator community (2012): an Avengers ONE-SHOT posted to the community assemble_fic: Title / Author / Characters / Rating / Warnings / Word count / Summary, an lj-cut, an “A/N:” after the prose',
     gen_page('entry', [e], 'livejournal', C, 'assemble_fic', u, f'{C}: Fic: Rooftop Tomatoes (Clint, ensemble; G)', 2012, is_comm=True),
     [story(u, P, C, fields(title='Rooftop Tomatoes', author='quinjet_kite', characters='Clint Barton, Tony Stark, ensemble', rating='G', warnings='none', wordCount='1,200',
                            summary='Somebody is watering the rooftop garden.', notes='For my dad, who also talks to his tomatoes.'), None, b, exclude=['A watering can shaped like a duck!!'])])

# S7. a WAYBACK copy (today's replay, captured 2008, relative links) of a 2007 challenge-community one-shot at the old address:
# Title / Author / Pairing / Rating / Words / Challenge (LJ S2 Generator)
C, P = 'atlantis_challenge', 'puddle_jumper_pip'
u = 'http://community.livejournal.com/atlantis_challenge/30988.html'
pr = ['The first snow on the mainland fell in the night, and by morning the children of the settlement had built a snowman taller than the colonel.',
      'The scientist came out to take measurements, as he said, and stood in front of it with his tablet for some time. He measured the snowman. He measured the snow. He measured, without being asked, the colonel, who had come out to stand next to him.',
      'Then he put the tablet in his pocket, picked up a handful of snow, and hit the colonel squarely in the back of the neck, and the children cheered, and for the rest of the morning nobody measured anything at all.']
b = body('firstsnow', pr)
rows = [('Title', 'First Snow'), ('Author', 'puddle_jumper_pip'), ('Pairing', 'McKay/Sheppard'), ('Rating', 'G'), ('Words', '1,000'), ('Challenge', 'Firsts')]
e = entry(u, C, 'First Snow (McKay/Sheppard, G)', (2007, 1, 20, '16:40'), hdr(rows) + '<br /><br />\n' + CUT + '\n' + ph(pr), poster=P, community=True,
          tags=['challenge: firsts'], comments=[('wraith_be_gone', 'He measured the colonel. Of course he did.')])
ts = '20080122031908'
page('wayback-2008-today-lj-challenge-community-old-address-firstsnow', f'wayback-{ts}-{C}-30988.html', wbu(ts, u), 'wayback', 'story', 2007,
     ['wayback-today', 'relative-web-links', 's2-generator', 'community', 'community-old-address', 'challenge-label', 'header-then-cut'],
     'Wayback copy captured 2008 (today’s wrapper, relative /web/ links) of a 2007 SGA ONE-SHOT in the challenge community atlantis_challenge at the OLD address: Title / Author / Pairing / Rating / Words / Challenge “Firsts”, an lj-cut',
     wayback_today(fixcomm(gen_page('entry', [e], 'livejournal', C, 'atlantis challenge', u, f'{C}: First Snow (McKay/Sheppard, G)', 2007, is_comm=True), 'community.livejournal.com', C), ts, u),
     [story(u, P, C, fields(title='First Snow', author='puddle_jumper_pip', pairing='McKay/Sheppard', rating='G', wordCount='1,000', prompt='Firsts'), None, b,
            exclude=['He measured the colonel.'])])

# S8. a WAYBACK copy (Alexa era, captured 2007, links unrewritten) of a 2006 X-Men one-shot in an InsaneJournal community
# (community.insanejournal.com/NAME/N.html): plain labels with a "Pairing:" and "Notes:"
C, P = 'mutant_academy', 'blue_fur_bea'
u = 'http://community.insanejournal.com/mutant_academy/4471.html'
pr = ['The furry blue professor kept a jar of peppermints on his desk for students who came to him upset, and he refilled it every Monday, and every Monday it was empty by Friday.',
      'One week it was empty by Tuesday. He did not say anything. He bought two jars the next Monday, and on Wednesday the boy who could not touch anybody without hurting them came in, very carefully, with gloves on, and put a single peppermint back.',
      '“I took too many,” the boy said. The professor said there was no such thing, and pushed the jar across the desk, and they sat and talked about nothing until the bell.']
b = body('peppermints', pr)
rows = [('Title', 'Peppermints'), ('Author', 'blue_fur_bea'), ('Characters', 'Hank McCoy, OMC'), ('Rating', 'G'), ('Notes', 'Movieverse-ish, the school between films.')]
e = entry(u, C, 'fic: Peppermints (G)', (2006, 9, 12, '22:45'), hdr(rows, fmt='{L}: {V}') + '<br /><br />\n' + ph(pr), poster=P, community=True,
          comments=[('cerebro_static', 'No such thing as too many. ♥')], site='insanejournal.com')
ts = '20070309184420'
page('wayback-2007-classic-ij-community-plain-labels-peppermints', f'wayback-{ts}-{C}-4471.html', wbu(ts, u), 'wayback', 'story', 2006,
     ['wayback-alexa-era', 'links-not-rewritten', 'insanejournal', 's2-generator', 'community', 'plain-labels', 'notes-label'],
     'Wayback copy captured 2007 in the ALEXA-ERA replay (links not rewritten) of a 2006 X-Men ONE-SHOT in the InsaneJournal community mutant_academy (community.insanejournal.com/NAME/N.html): plain Title / Author / Characters / Rating / Notes lines, no cut',
     wayback_classic(fixcomm(gen_page('entry', [e], 'insanejournal', C, 'mutant academy', u, f'{C}: fic: Peppermints (G)', 2006, is_comm=True), 'community.insanejournal.com', C), ts, u),
     [story(u, P, C, fields(title='Peppermints', author='blue_fur_bea', characters='Hank McCoy, OMC', rating='G', notes='Movieverse-ish, the school between films.'), None, b,
            exclude=['No such thing as too many.'])])

# S9. a PROMPT FILL in a Dreamwidth prompt community (2010): "Fill: A Lost Glove", the prompt quoted in a Prompt line
C, P = 'camelot_prompts', 'gauntlet_girl'
u = 'https://camelot-prompts.dreamwidth.org/9120.html'
pr = ['The prince lost a glove on the hunt, and the whole castle heard about it for two days.',
      'On the third day it was back on his pillow, mended, the torn thumb stitched so neatly that he turned it over twice looking for the seam. He asked the kitchen, the stables and the armoury who had found it. Nobody had.',
      'He did not ask his manservant. His manservant had a plaster on his thumb and was whistling, and some things, the prince decided, were better left unasked.']
b = body('lostglove', pr)
rows = [('Prompt', 'Arthur loses a glove; somebody finds it'), ('Characters', 'Arthur, Merlin'), ('Rating', 'G'), ('Words', '150')]
e = entry(u, C, 'Fill: A Lost Glove', (2010, 2, 16, '22:30'), hdr(rows) + '<br /><br />\n' + ph(pr), poster=P, community=True, tags=['fill', 'character: arthur', 'character: merlin'],
          comments=[('kitchen_kate', 'Whistling with a plaster on his thumb! Adorable.')])
page('dw-core2-2010-prompt-community-fill-prompt-label-lostglove', f'dw-{C}-9120.html', u, 'dreamwidth', 'story', 2010,
     ['dw-core2', 'community', 'prompt-fill', 'prompt-label', 'no-title-label'],
     'DW core2 community (2010): a Merlin PROMPT FILL, subject “Fill: A Lost Glove” (no Title line), Prompt / Characters / Rating / Words, no cut',
     dw_page('entry', [e], C, 'camelot prompts', 'Practicality', u, f'{C}: Fill: A Lost Glove', year=2010),
     [story(u, P, C, fields(title='A Lost Glove', prompt='Arthur loses a glove; somebody finds it', characters='Arthur, Merlin', rating='G', wordCount='150'), None, b,
            exclude=['Whistling with a plaster on his thumb!'])])

# ================================================================== INDEX PAGES
# I1. a drabble community's RECENT page (LJ S2 Generator, 2010): a complete drabble, a ONE-SHOT wholly behind an lj-cut after its
# header, and a mod post
C = 'hundred_wands'
CB = 'http://hundred-wands.livejournal.com/'
d1 = ['The Gryffindor common room fire went out at midnight, and the first-year who had been staring into it said, to nobody, that he missed the sea.',
      'Nobody answered. But in the morning there was a shell on his pillow, and a note that said: from the lake, it is not the sea, but it is close.']
db1 = body('shell-drabble', d1)
ci = [entry(CB + '70421.html', C, 'From the Lake [OC, G]', (2010, 5, 11, '21:15'), '', poster='merpeople_mae', community=True, tags=['challenge #88: homesick'],
            index_html=hdr([('Title', 'From the Lake'), ('Author', 'merpeople_mae'), ('Characters', 'original characters'), ('Rating', 'G'), ('Word Count', '100'), ('Challenge', '#88: homesick')])
            + '<br /><br />\n' + ph(d1)),
      entry(CB + '70288.html', C, 'The Owlery Stairs [Draco/Harry, PG-13]', (2010, 5, 10, '23:40'), '', poster='silver_stair', community=True, tags=['challenge #88: homesick', 'over 100 words'],
            index_html=hdr([('Title', 'The Owlery Stairs'), ('Author', 'silver_stair'), ('Pairing', 'Draco/Harry'), ('Rating', 'PG-13'), ('Word Count', '2,400 (one-shot, not a drabble, sorry mods!)'),
                            ('Challenge', '#88: homesick')]) + '<br /><br />\n' + lj_cut(CB + '70288.html', 'climb the stairs')),
      entry(CB + '70102.html', C, 'MOD POST: challenge #88 is up', (2010, 5, 9, '10:00'), '', poster='wands_mod', community=True, tags=['mod post'],
            index_html='<p>This week’s word is <b>homesick</b>. Fills are due next Sunday. Remember: anything over 100 words goes under a cut, and please use the template!</p>')]
page('lj-generator2010-drabble-community-recent-drabble-cut-oneshot-mod-post', f'lj-{C}-recent.html', CB, 'livejournal', 'index', 2010,
     ['s2-generator', 'community', 'recent-page', 'posting-template', 'cut-story-header-above-cut', 'mod-post'],
     'LJ S2 Generator drabble COMMUNITY recent page (2010): a complete drabble, a ONE-SHOT with its header above an lj-cut (“climb the stairs”) and nothing of its prose on the page, and a mod post',
     gen_page('recent', ci, 'livejournal', C, 'a hundred wands', CB, 'a hundred wands', 2010, is_comm=True),
     [story(ci[0]['url'], 'merpeople_mae', C, fields(title='From the Lake', author='merpeople_mae', characters='original characters', rating='G', wordCount='100', prompt='#88: homesick'),
            None, db1, exclude=['Fills are due next Sunday']),
      story(ci[1]['url'], 'silver_stair', C, fields(title='The Owlery Stairs', author='silver_stair', pairing='Draco/Harry', rating='PG-13',
                                                    wordCount='2,400 (one-shot, not a drabble, sorry mods!)', prompt='#88: homesick'),
            None, body('owlerystairs-teaser', []), complete=False, exclude=['climb the stairs'])])

# I2. a Dreamwidth community's TAG page (/tag/genre:+case+fic, 2014): two cut fics by two posters, each its header and opening
C = 'baker_street_irregular'
CB = 'https://baker-street-irregular.dreamwidth.org/'
tu = CB + 'tag/genre:+case+fic'
g1 = ['The client was a cat, or at least the cat was the one who came up the stairs first, and sat down on the client chair, and looked at the detective as if he were late.']
g2 = ['It had been raining for six days when the body turned up in the Thames with a return ticket to Margate in its pocket, unpunched.',
      'The doctor said it was a sad thing, to buy a return and never use it. The detective said it was a clue.']
gb = [body('catclient-teaser', g1), body('margate-teaser', g2)]
gi = [entry(CB + '15502.html', C, 'The Client Upstairs (gen, G)', (2014, 4, 3, '20:30'), '', poster='mrs_hudsons_tea', community=True, tags=['genre: case fic', 'rating: g'],
            index_html=hdr([('Title', 'The Client Upstairs'), ('Author', 'mrs_hudsons_tea'), ('Characters', 'Sherlock, John, a cat'), ('Rating', 'G'), ('Words', '2,300')])
            + '<br /><br />\n' + ph(g1) + '\n' + dw_cut_link(CB + '15502.html', 1, 'Read more...')),
      entry(CB + '15193.html', C, 'Return to Margate (John/Sherlock, Teen)', (2014, 3, 22, '18:05'), '', poster='deerstalker_dot', community=True, tags=['genre: case fic', 'pairing: john/sherlock'],
            index_html=hdr([('Title', 'Return to Margate'), ('Author', 'deerstalker_dot'), ('Pairing', 'John/Sherlock'), ('Rating', 'Teen'), ('Word count', '5,100'), ('Summary', 'A body, a ticket, a seaside town out of season.')])
            + '<br /><br />\n' + ph(g2) + '\n' + dw_cut_link(CB + '15193.html', 1, 'to the seaside'))]
page('dw-core2-2014-community-tag-page-two-cut-case-fics', f'dw-{C}-tag-casefic.html', tu, 'dreamwidth', 'index', 2014,
     ['dw-core2', 'community', 'tag-page', 'cut-stories'],
     'DW core2 COMMUNITY TAG page (/tag/genre:+case+fic, 2014): two Sherlock fics by two posters, each its header (Title / Author / Characters or Pairing / Rating / Words (/ Summary)) and opening above the cut',
     dw_page('tag', gi, C, 'baker street irregulars', 'Practicality', tu, f'{C}: genre: case fic', subtitle='Entries tagged with genre: case fic', year=2014),
     [story(gi[0]['url'], 'mrs_hudsons_tea', C, fields(title='The Client Upstairs', author='mrs_hudsons_tea', characters='Sherlock, John, a cat', rating='G', wordCount='2,300'), None, gb[0],
            complete=False, exclude=['Read more...']),
      story(gi[1]['url'], 'deerstalker_dot', C, fields(title='Return to Margate', author='deerstalker_dot', pairing='John/Sherlock', rating='Teen', wordCount='5,100',
                                                       summary='A body, a ticket, a seaside town out of season.'), None, gb[1], complete=False, exclude=['to the seaside'])])

# I3. a WAYBACK copy (the 2010-2013 toolbar, captured 2010) of a community's RECENT page at the old address (LJ S2 Generator,
# 2009): a cut fic with its header and opening, a complete drabble, a mod post
C = 'enterprise_shore_leave'
CB = 'http://community.livejournal.com/enterprise_shore_leave/'
w1 = ['The ship’s chief medical officer had been on shore leave for exactly four hours when he was called back to treat the captain for a sprained wrist, a bump on the head, and an injury to his pride that no hypospray could touch.']
w2 = ['The navigator had never seen a real cherry tree, so on the first morning of leave the helmsman took him to the park at dawn, before anyone else was up.',
      'They sat under it until the petals were in their hair and their coffee was cold, and neither of them said a word, and it was the best shore leave either of them ever had.']
wb1, wb2 = body('sprainedwrist-teaser', w1), body('cherrytree', w2)
ri = [entry(CB + '5620.html', C, 'Four Hours (Kirk/McCoy, PG)', (2009, 9, 14, '22:00'), '', poster='hypospray_hal', community=True, tags=['pairing: kirk/mccoy'],
            index_html=hdr([('Title', 'Four Hours'), ('Author', 'hypospray_hal'), ('Pairing', 'Kirk/McCoy'), ('Rating', 'PG'), ('Words', '3,300'), ('Summary', 'Shore leave lasts exactly four hours.')])
            + '<br /><br />\n' + ph(w1) + '\n' + lj_cut(CB + '5620.html', 'Read more...')),
      entry(CB + '5544.html', C, 'drabble: Cherry Tree (Sulu, Chekov; G)', (2009, 9, 12, '08:30'), '', poster='warp_nine_nell', community=True, tags=['drabble', 'character: chekov', 'character: sulu'],
            index_html=hdr([('Title', 'Cherry Tree'), ('Author', 'warp_nine_nell'), ('Characters', 'Sulu, Chekov'), ('Rating', 'G'), ('Words', '100')]) + '<br /><br />\n' + ph(w2)),
      entry(CB + '5501.html', C, 'Welcome, and a note on cuts', (2009, 9, 10, '12:00'), '', poster='shore_leave_mod', community=True, tags=['mod post'],
            index_html='<p>Welcome to all our new members! We are at 400 already. A reminder: please put anything longer than a drabble behind a cut, and tag your pairing.</p>')]
ts = '20101103215544'
page('wayback-2010-toolbar-lj-community-recent-old-address-cut-fic-drabble-mod', f'wayback-{ts}-{C}-recent.html', wbu(ts, CB), 'wayback', 'index', 2009,
     ['wayback-2010-toolbar', 'relative-web-links', 's2-generator', 'community', 'community-old-address', 'recent-page', 'cut-story', 'mod-post'],
     'Wayback copy captured 2010 in the 2010–2013 replay (toolbar insert, relative /web/ links) of the Star Trek (2009) community enterprise_shore_leave’s RECENT page at the OLD address (2009): a cut fic with its header and opening, a complete drabble, a mod post',
     wayback_2010(fixcomm(gen_page('recent', ri, 'livejournal', C, 'shore leave', CB, 'shore leave', 2009, is_comm=True), 'community.livejournal.com', C), ts, CB, captures=9),
     [story(ri[0]['url'], 'hypospray_hal', C, fields(title='Four Hours', author='hypospray_hal', pairing='Kirk/McCoy', rating='PG', wordCount='3,300', summary='Shore leave lasts exactly four hours.'),
            None, wb1, complete=False, exclude=['Read more...']),
      story(ri[1]['url'], 'warp_nine_nell', C, fields(title='Cherry Tree', author='warp_nine_nell', characters='Sulu, Chekov', rating='G', wordCount='100'), None, wb2,
            exclude=['We are at 400 already'])])

# ================================================================== POSTS THAT ARE NO FIC
# N1. a drabble community's MOD POST with the RULES and the posting template, values empty (LJ S2 Generator community, 2010)
C = 'hundred_wands'
u = 'http://hundred-wands.livejournal.com/100.html'
html = ('<p>Welcome to <b>hundred_wands</b>, a Harry Potter drabble community! A new challenge word every Sunday.</p>\n'
        '<p><b>The rules:</b></p>\n<ol><li>Drabbles are exactly 100 words. Double and triple drabbles are fine.</li>\n<li>Anything over 100 words goes under a cut.</li>\n'
        '<li>All pairings welcome; rate and warn honestly.</li>\n<li>Be nice in comments. Concrit only if the author asks for it.</li></ol>\n'
        '<p><b>Please use this template:</b></p>\n<p>Title:<br />\nAuthor:<br />\nCharacters/Pairing:<br />\nRating:<br />\nWord Count:<br />\nChallenge:</p>\n'
        '<p>Questions go in the comments. Have fun!</p>')
e = entry(u, C, 'Welcome! Rules and template (read me first)', (2010, 1, 3, '12:00'), html, poster='wands_mod', community=True, tags=['mod post', 'rules'],
          comments=[('merpeople_mae', 'Can a drabble be in second person?'), ('wands_mod', 'Absolutely!')])
page('lj-generator2010-community-mod-post-rules-empty-template-notstory', f'lj-{C}-100.html', u, 'livejournal', 'not-story', 2010,
     ['s2-generator', 'community', 'mod-post', 'rules', 'header-template'],
     'LJ S2 Generator community (2010): a drabble community’s MOD POST: welcome, a numbered list of rules, the posting template with EMPTY values (Title: / Author: / Characters/Pairing: / Rating: / Word Count: / Challenge:): no story',
     gen_page('entry', [e], 'livejournal', C, 'a hundred wands', u, f'{C}: Welcome! Rules and template (read me first)', 2010, is_comm=True), [])

# N2. a PROMPT POST in a Dreamwidth prompt community (2012): "leave prompts here", the format to use, an example prompt
C = 'camelot_prompts'
u = 'https://camelot-prompts.dreamwidth.org/14402.html'
html = ('<p>It’s the first of the month, so here is a fresh <b>prompt post</b>! Leave your prompts in the comments, one per comment, and fillers, reply to the prompt with a link to your fill.</p>\n'
        '<p>Format: <b>Characters/pairing</b> + <b>prompt</b> + <b>any squicks</b>. For example: <i>Gwen, Morgana — a market day and a stolen apple. No character death, please.</i></p>\n'
        '<p>Fills can be any length, any rating. Post them here or in your own journal and link back. Happy prompting!</p>')
e = entry(u, C, 'Prompt post: December 2012 (leave prompts here!)', (2012, 12, 1, '00:05'), html, poster='camelot_prompts_mod', community=True, tags=['mod post', 'prompt post'],
          comments=[('kitchen_kate', 'Arthur, Merlin: the first snow of the year and a snowball fight that gets out of hand.'), ('gauntlet_girl', 'Leon and his horse, who does not like anyone else.')])
page('dw-core2-2012-community-prompt-post-leave-prompts-here-notstory', f'dw-{C}-14402.html', u, 'dreamwidth', 'not-story', 2012,
     ['dw-core2', 'community', 'prompt-post', 'mod-post'],
     'DW core2 community (2012): a monthly PROMPT POST (“leave prompts here”): the format to use with an example prompt, prompts in the comments: no story',
     dw_page('entry', [e], C, 'camelot prompts', 'Practicality', u, f'{C}: Prompt post: December 2012 (leave prompts here!)', year=2012), [])

# N3. a fandom NEWSLETTER post (LJ S2 Generator community, 2011): the day's fic, art and discussion, each a link with a line
C = 'round_table_news'
u = 'http://round-table-news.livejournal.com/90411.html'
items = [('Fic', [('http://gauntlet-girl.livejournal.com/3320.html', 'The Stable Door', 'gauntlet_girl', 'Merlin/Arthur, PG, 1,200 words', 'A horse, a door, and a lesson in patience.'),
                  ('http://camelot-bigbang.livejournal.com/23817.html', 'What the River Keeps', 'willow_and_weir', 'Merlin/Arthur, PG-13, 21,400 words', 'Big bang! The river floods the lower town.')]),
         ('Art', [('http://inkwash-ivy.livejournal.com/8820.html', 'The ford at dawn', 'inkwash_ivy', 'G', 'Art for What the River Keeps.')]),
         ('Discussion', [('http://sorcerous-sal.livejournal.com/5051.html', 'Favourite minor knights?', 'sorcerous_sal', 'meta', '')])]
html = '<p>Your daily round-up for <b>14 September 2011</b>. Please comment to let us know of anything we missed!</p>\n'
for sec, its in items:
    html += f'<p><b>{sec}:</b></p>\n<ul>\n' + '\n'.join(f'<li><a href="{lu}">{esc(t)}</a> by {esc(a)} ({esc(m)})' + (f' — {esc(s)}' if s else '') + '</li>' for lu, t, a, m, s in its) + '\n</ul>\n'
e = entry(u, C, 'Round Table News: 14 September 2011', (2011, 9, 15, '06:00'), html, poster='newsie_nimueh', community=True, tags=['newsletter', 'september 2011'])
page('lj-generator2011-fandom-newsletter-links-summaries-notstory', f'lj-{C}-90411.html', u, 'livejournal', 'not-story', 2011,
     ['s2-generator', 'community', 'newsletter', 'link-list'],
     'LJ S2 Generator community (2011): a fandom NEWSLETTER post: “Fic:”, “Art:”, “Discussion:” lists, each item a link, its writer, brackets of pairing / rating / length and a line of summary: no story',
     gen_page('entry', [e], 'livejournal', C, 'Round Table News', u, f'{C}: Round Table News: 14 September 2011', 2011, is_comm=True), [])

# N4. a WAYBACK copy (today's replay, captured 2014, relative links) of a REC community post (DW core2, 2012): three recs, a line
# of why under each
C = 'gateroom_recs'
u = 'https://gateroom-recs.dreamwidth.org/7216.html'
recs = [('http://jumper-bay.livejournal.com/2210.html', 'Tea on the Balcony', 'jumper_bay', 'McKay/Sheppard, G', 'Short, sweet, and the best use of a balcony in the fandom.'),
        ('http://puddle-jumper-pip.livejournal.com/880.html', 'Ninety Minutes to Midway', 'puddle_jumper_pip', 'gen, PG-13', 'A ticking clock done right. I read it twice in a row.'),
        ('http://archiveofourown.org/works/55012', 'The Long Way Home', 'ancient_outpost', 'Teyla, Ronon, gen, PG', 'Teyla and Ronon on an offworld walk that goes wrong, and the friendship that carries them.')]
html = ('<p><b>Recced by:</b> athosian_alice<br />\n<b>Theme:</b> stories where nobody gets hurt (much)</p>\n'
        + '\n'.join(f'<p><a href="{lu}"><b>{esc(t)}</b></a> by {esc(a)} ({esc(m)})<br />\n<i>Why:</i> {esc(w)}</p>' for lu, t, a, m, w in recs))
e = entry(u, C, 'Recs: nobody gets hurt (much)', (2012, 6, 8, '19:00'), html, poster='athosian_alice', community=True, tags=['recs: mckay/sheppard', 'recs: gen', 'recced by: athosian_alice'],
          comments=[('wraith_be_gone', 'Ooh, I had not read the second one!')])
ts = '20140222110914'
page('wayback-2014-today-dw-rec-community-three-recs-notstory', f'wayback-{ts}-{C}-7216.html', wbu(ts, u), 'wayback', 'not-story', 2012,
     ['wayback-today', 'relative-web-links', 'dw-core2', 'community', 'recs'],
     'Wayback copy captured 2014 (today’s wrapper, relative /web/ links) of a Stargate Atlantis REC community post (DW core2, 2012): “Recced by: / Theme:”, three recs (title link, writer, brackets, “Why:” line): no story',
     wayback_today(dw_page('entry', [e], C, 'gateroom recs', 'Practicality', u, f'{C}: Recs: nobody gets hurt (much)', year=2012), ts, u), [])

# N5. a WAYBACK copy (the 2010-2013 toolbar, captured 2012) of a ficathon's SIGN-UP post (LJ S2 Generator community, 2011): the form
C = 'hub_ficathon'
u = 'http://hub-ficathon.livejournal.com/15530.html'
html = ('<p><b>Sign-ups for the Hub Ficathon 2011 are open!</b> Sign-ups close on 30 June; assignments go out on 7 July; fics are due on 15 August.</p>\n'
        '<p>To sign up, copy the form below into a comment, fill it in, and screen nothing: all comments are screened already.</p>\n'
        '<pre>Name:\nEmail:\nCharacters you would like to receive (up to three):\nThree prompts:\nDo not want:\nCharacters you can write for:</pre>\n'
        '<p>Any questions, ask here or email the mods. Happy writing!</p>')
e = entry(u, C, 'Ficathon 2011: SIGN-UPS ARE OPEN', (2011, 6, 1, '09:00'), html, poster='hub_mod', community=True, tags=['mod post', 'ficathon 2011', 'sign-ups'])
ts = '20120115083021'
page('wayback-2012-toolbar-lj-ficathon-signups-form-notstory', f'wayback-{ts}-{C}-15530.html', wbu(ts, u), 'wayback', 'not-story', 2011,
     ['wayback-2010-toolbar', 'relative-web-links', 's2-generator', 'community', 'sign-ups', 'form'],
     'Wayback copy captured 2012 in the 2010–2013 replay (toolbar insert, relative /web/ links) of a Torchwood ficathon’s SIGN-UP post (LJ S2 Generator community, 2011): dates, and a form in &lt;pre&gt; (Name / Email / Characters … / Three prompts / Do not want): no story',
     wayback_2010(gen_page('entry', [e], 'livejournal', C, 'the Hub ficathon', u, f'{C}: Ficathon 2011: SIGN-UPS ARE OPEN', 2011, is_comm=True), ts, u, captures=3), [])

# N6. a swap's REVEALS post that only lists links (DW core2 community, 2013): each gift's title linked, for whom, by whom
C = 'winterfic_swap'
u = 'https://winterfic-swap.dreamwidth.org/31203.html'
gifts = [('https://winterfic-swap.dreamwidth.org/30418.html', 'The Hearth in Winter', 'thistle_and_thread', 'lamplight_lou', 'Howl’s Moving Castle'),
         ('https://winterfic-swap.dreamwidth.org/30502.html', 'Six Cups of Tea', 'lamplight_lou', 'thistle_and_thread', 'The Dark Is Rising'),
         ('https://winterfic-swap.dreamwidth.org/30577.html', 'North of the Wall', 'marginalia_mo', 'weaver_wynn', 'Discworld')]
html = ('<p><b>Reveals!</b> Thank you all for another lovely year. Here is who wrote what: go and thank your writer!</p>\n<ul>\n'
        + '\n'.join(f'<li><a href="{lu}">{esc(t)}</a> ({esc(fd)}) for {esc(r)}, written by {esc(w)}</li>' for lu, t, r, w, fd in gifts) + '\n</ul>\n<p>See you next winter!</p>')
e = entry(u, C, 'Winterfic 2012: REVEALS', (2013, 1, 6, '12:00'), html, poster='winterfic_mods', community=True, tags=['mod post', 'reveals', 'winterfic 2012'],
          comments=[('thistle_and_thread', 'Lou!! It was you! Thank you!')])
page('dw-core2-2013-swap-reveals-links-only-notstory', f'dw-{C}-31203.html', u, 'dreamwidth', 'not-story', 2013,
     ['dw-core2', 'community', 'reveals', 'link-list', 'mod-post'],
     'DW core2 community (2013): a holiday swap’s REVEALS post that only LISTS the gifts: each title linked, its fandom, “for NAME, written by NAME”: no story',
     dw_page('entry', [e], C, 'winterfic: a small-fandoms holiday swap', 'Practicality', u, f'{C}: Winterfic 2012: REVEALS', year=2013), [])

# N7. the big bang ART POST the masterpost of What the River Keeps links (LJ S2 Magazine, 2011): an art header and the picture
J = 'inkwash_ivy'
u = 'http://inkwash-ivy.livejournal.com/8820.html'
html = (hdr([('Title', 'The ford at dawn'), ('Artist', 'inkwash_ivy'), ('For', 'What the River Keeps by willow_and_weir'), ('Rating', 'G'), ('Medium', 'watercolour, finished in Photoshop')])
        + '<br /><br />\n' + f'<p><a href="http://camelot-bigbang.livejournal.com/23817.html">Go and read the fic!</a></p>\n' + CUT + '\n'
        + '<center><img src="http://i1182.photobucket.com/albums/x448/inkwashivy/ford_at_dawn_full.jpg" alt="two figures at a ford at dawn" width="700" height="500" /></center>\n'
        + '<p>Working with willow_and_weir was an absolute joy. Comments and concrit both welcome!</p>')
e = entry(u, J, 'Big bang art: The ford at dawn', (2011, 9, 14, '19:10'), html, tags=['art', 'merlin', 'big bang'], comments=[('willow_and_weir', 'I still cannot believe how beautiful this is.')])
page('lj-magazine2011-bigbang-art-post-art-header-notstory', f'lj-{J}-8820.html', u, 'livejournal', 'not-story', 2011,
     ['s2-magazine', 'big-bang', 'fanart', 'art-header'],
     'LJ S2 Magazine (2011): the big bang ART POST in the artist’s journal (linked from What the River Keeps’ masterpost): Title / Artist / For / Rating / Medium, a link to the fic, the picture behind a cut: no story',
     magazine_page('entry', [e], J, 'inkwash ivy', u, 2011), [])

# N8. a WAYBACK copy (Alexa era, captured 2005) of a 2004 DAILY-LIFE post on LJ's S1 talkread.bml (www.livejournal.com/users/NAME/N.html)
J = 'jumper_bay'
u = 'http://www.livejournal.com/users/jumper_bay/1877.html'
html = ('The new flat has no curtains yet, so I woke up at five with the sun in my face and decided to be productive.<br /><br />\n'
        'I was not productive. I ate toast and watched the pigeons on the roof opposite have what appeared to be a custody dispute. '
        'Tomorrow: curtains. Possibly. Also the episode, which I am saving for when the internet is connected, which is apparently Tuesday, or possibly never.')
e = entry(u, J, 'pigeons', (2004, 8, 21, '09:12'), html, comments=[('ancient_outpost', 'A pigeon custody dispute! Who won?')], currents=[('Mood', 'sleepy'), ('Music', 'the pigeons')])
ts = '20050114210833'
page('wayback-2005-classic-lj-s1-talkread-daily-life-notstory', f'wayback-{ts}-{J}-1877.html', wbu(ts, u), 'wayback', 'not-story', 2004,
     ['wayback-alexa-era', 'links-not-rewritten', 'lj-s1-talkread', 'www-users-url', 'personal-post'],
     'Wayback copy captured 2005 in the ALEXA-ERA replay (links not rewritten) of a 2004 DAILY-LIFE post on an LJ S1 entry page (talkread.bml, www.livejournal.com/users/NAME/N.html): no curtains, pigeons, Mood / Music: no story',
     wayback_classic(talkread_page(e, year=2004), ts, u), [])

# N9. a WAYBACK copy (today's replay, captured 2013, ABSOLUTE links) of a big bang's CHECK-IN mod post (LJ S2 Generator community,
# 2012): word counts due, a table of the claims
C = 'camelot_bigbang'
u = 'http://camelot-bigbang.livejournal.com/26640.html'
html = ('<p><b>Check-in #2!</b> Rough drafts are due in three weeks, so please comment below with your current word count and how you are feeling about it. Honesty is good: we can help!</p>\n'
        '<p>Copy and paste:</p>\n<p>Username:<br />\nWord count so far:<br />\nOn track? (yes / no / help):</p>\n'
        '<p>If you need to drop out, that is fine: just let us know here or by email, no hard feelings.</p>')
e = entry(u, C, 'Round four: CHECK-IN #2', (2012, 5, 1, '12:00'), html, poster='bigbang_mods', community=True, tags=['mod post', 'check-ins', 'round four'],
          comments=[('willow_and_weir', 'Username: willow_and_weir<br />Word count so far: 14,200<br />On track? yes, just!')])
ts = '20130419052211'
page('wayback-2013-today-absolute-lj-bigbang-check-in-notstory', f'wayback-{ts}-{C}-26640.html', wbu(ts, u), 'wayback', 'not-story', 2012,
     ['wayback-today', 'absolute-web-links', 's2-generator', 'community', 'big-bang', 'mod-post', 'check-in'],
     'Wayback copy captured 2013 (today’s wrapper, ABSOLUTE links) of a big bang’s CHECK-IN mod post (LJ S2 Generator community, 2012): word counts due, a form to copy (Username / Word count so far / On track?), answers in the comments: no story',
     wayback_today(gen_page('entry', [e], 'livejournal', C, 'Camelot Big Bang', u, f'{C}: Round four: CHECK-IN #2', 2012, is_comm=True), ts, u, absolute=True), [])

# N10. a FIC SEARCH post in a find-a-fic community (LJ S2 Generator community, 2009): the story half-remembered, "Edit: FOUND!" and the
# link in the edit
C = 'impala_findfic'
u = 'http://impala-findfic.livejournal.com/33410.html'
html = ('<p><b>Edit: FOUND! Thank you, road_atlas_ruth! It was <a href="http://rocksalt-rosie.livejournal.com/1104.html">Parallel Parking</a>.</b></p>\n'
        '<p><b>Fandom:</b> Supernatural<br />\n<b>Pairing/Characters:</b> Sam, Dean (gen, I think)<br />\n<b>Where I read it:</b> an LJ journal, maybe 2007?</p>\n'
        '<p>I am looking for a fic where Dean teaches Sam to drive in an empty parking lot, and Sam hits the only lamppost in the whole lot, and Dean pretends to be furious but is secretly proud. '
        'I think it was short, and the last line was something about the dent still being there years later. Does this ring any bells?</p>')
e = entry(u, C, 'Looking for: Dean teaches Sam to drive [FOUND]', (2009, 3, 2, '23:10'), html, poster='lost_in_lawrence', community=True, tags=['found', 'character: sam', 'character: dean'],
          comments=[('road_atlas_ruth', 'I think this is Parallel Parking by rocksalt_rosie!')])
page('lj-generator2009-community-fic-search-found-notstory', f'lj-{C}-33410.html', u, 'livejournal', 'not-story', 2009,
     ['s2-generator', 'community', 'fic-search', 'edit-note'],
     'LJ S2 Generator community (2009): a FIC SEARCH post in a find-a-fic community, Fandom / Pairing/Characters / Where I read it and the half-remembered story, “Edit: FOUND!” linking it: no story',
     gen_page('entry', [e], 'livejournal', C, 'impala findfic', u, f'{C}: Looking for: Dean teaches Sam to drive [FOUND]', 2009, is_comm=True), [])
