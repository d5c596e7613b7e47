"""Writes the ninth round of fixtures (tests/fixtures, set "ninth round (heldout7 misses)"): pages of our own, with prose,
names and journals of their own, rebuilding tests/heldout7's blind misses on other sites, layouts and wordings, rendered
with this corpus's s2y.py (LJ S2 Understroke), tests/heldout6's s2x.py (Quite Lickable, A Sturdy Gesture) and
tests/heldout2's layouts.py (DW core2). Run: python3 tests/heldout7/src/det9.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FIX = os.path.join(os.path.dirname(os.path.dirname(HERE)), 'fixtures')
sys.path[:0] = [HERE, os.path.join(os.path.dirname(os.path.dirname(HERE)), 'heldout2', 'src'), os.path.join(os.path.dirname(os.path.dirname(HERE)), 'heldout6', 'src')]

from layouts import dw_page, esc, lj_user_old  # noqa: E402
from s2x import lickable_page, sturdy_page  # noqa: E402
from s2y import understroke_page  # noqa: E402

SET = 'ninth round (heldout7 misses)'
CASES = []


def br(paras):
    return '<br /><br />\n'.join(esc(p) for p in paras)


def ph(paras):
    return '\n'.join(f'<p>{esc(p)}</p>' for p in paras)


def ij(html):
    return (html.replace('l-stat.livejournal.com', 'stat.insanejournal.com').replace('l-userpic.livejournal.com', 'userpic.insanejournal.com')
            .replace('stat.livejournal.com', 'stat.insanejournal.com').replace('livejournal.com', 'insanejournal.com').replace('LiveJournal', 'InsaneJournal'))


def sc(html):
    return (html.replace('l-stat.livejournal.com', 'www.scribbld.com/stc').replace('l-userpic.livejournal.com', 'userpic.scribbld.com')
            .replace('stat.livejournal.com', 'www.scribbld.com/stc').replace('livejournal.com', 'scribbld.com').replace('LiveJournal', 'Scribbld'))


def st(url, author, journal, fields, part=None, paras=None, name=None, exclude=(), complete=True, **kw):
    s = {'url': url, 'author': author, 'journal': journal, 'fields': fields, 'part': part, 'complete': complete}
    if paras is not None:
        with open(os.path.join(FIX, 'bodies', f'det9-{name}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(paras) + '\n')
        s['bodyFile'] = f'bodies/det9-{name}.txt'
    if exclude:
        s['exclude'] = list(exclude)
    s.update(kw)
    return s


def case(id, url, site, kind, file, html, stories, desc, stitched=None, also=()):
    with open(os.path.join(FIX, 'pages', file), 'w', encoding='utf-8') as f:
        f.write(html)
    c = {'id': id, 'url': url, 'site': site, 'kind': kind, 'stories': stories}
    if stitched:
        c['stitched'] = {'parts': stitched[0], 'bodyFiles': stitched[1]}
    with open(os.path.join(FIX, 'cases', id + '.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(c, indent=2, ensure_ascii=False) + '\n')
    CASES.append((id, kind, site, desc, url, file, also))


def P(i, n):
    return {'index': i, 'total': n}


# ---------------------------------------------------------------- 1. hAtom entries (LJ S2 Understroke) on index pages: div.hentry > h2.entry-title,
# the text in div.entry-content; the subject is the title and carries the part marker.
A = 'http://cinder-and-sloe.livejournal.com/'
a1 = ['The salt marsh flooded twice a day and the path across it was marked with withies, thin grey sticks that the tide never quite covered.',
      'Hester had walked it since she could walk. She knew that the sixth withy leaned, and the ninth was new, and that you did not step off the path between the twelfth and the thirteenth for any reason at all, not even if somebody called your name from the reeds in your mother’s voice.']
a2 = ['Somebody did. Hester kept her eyes on the thirteenth withy and her feet on the path and counted her steps out loud, the way her mother had taught her.',
      'When she reached the far side the voice stopped, and the tide came in behind her, and in the morning there was a new withy between the twelfth and the thirteenth that nobody admitted to planting.']
u1, u2 = A + '5120.html', A + '5388.html'
ea2 = {'url': u2, 'journal': 'cinder_and_sloe', 'poster': 'cinder_and_sloe', 'subject': 'Withies (2/3)', 'date': (2008, 11, 6, '21:40'), 'tags': ['fic', 'withies'],
       'html': '<i>Rating: PG | Words: 62</i><br /><br />\n' + br(a2), 'ncomments': 3}
ea1 = {'url': u1, 'journal': 'cinder_and_sloe', 'poster': 'cinder_and_sloe', 'subject': 'Withies (1/3)', 'date': (2008, 11, 4, '20:15'), 'tags': ['fic', 'withies'],
       'html': '<i>Rating: PG | Words: 75</i><br /><br />\n' + br(a1), 'ncomments': 2}
ep = {'url': A + '5250.html', 'journal': 'cinder_and_sloe', 'poster': 'cinder_and_sloe', 'subject': 'bonfire night', 'date': (2008, 11, 5, '23:10'),
      'html': 'Sparklers, parkin, a guy that looked worryingly like the man from the council. Good night all round.', 'ncomments': 1}
case('lj-understroke2008-recent-subject-parts-withies', A, 'livejournal', 'index', 'lj/det9-cinder_and_sloe-recent.html',
     understroke_page('recent', [ea2, ep, ea1], 'cinder_and_sloe', 'cinder & sloe', A, 'cinder & sloe', 2008),
     [st(u2, 'cinder_and_sloe', 'cinder_and_sloe', {'title': 'Withies', 'rating': 'PG', 'wordCount': '62'}, P(2, 3), a2, 'withies-2', ['Sparklers, parkin']),
      st(u1, 'cinder_and_sloe', 'cinder_and_sloe', {'title': 'Withies', 'rating': 'PG', 'wordCount': '75'}, P(1, 3), a1, 'withies-1', ['Sparklers, parkin'])],
     'LJ S2 Understroke recent page (2008): `div.hentry` entries (hAtom) with the subject in `h2.entry-title` — “Withies (2/3)”, “(1/3)”, the only title and part — an italic “Rating: PG | Words: N” line, and a personal post between them')

B = 'http://community.insanejournal.com/tollgate_drabbles/'
b1 = ['The toll on the old bridge was a penny, or a song, or a true thing you had never told anyone, and the keeper took whichever you could spare.',
      'Most people paid the penny. Ros, who had no penny and could not sing, stood at the gate a long time before she leaned close and whispered. The keeper listened, and nodded, and lifted the bar, and Ros crossed lighter than she had been in years.']
eb1 = {'url': B + '1204.html', 'journal': 'tollgate_drabbles', 'poster': 'ros_of_the_ford', 'community': True, 'subject': 'The Toll', 'date': (2011, 3, 9, '19:20'), 'site': 'insanejournal.com',
       'tags': ['prompt: toll'], 'html': '<small>Rating: G | Words: 100</small><br /><br />\n' + br(b1)}
eb2 = {'url': B + '1188.html', 'journal': 'tollgate_drabbles', 'poster': 'tollgate_mod', 'community': True, 'subject': 'Prompt 31: toll', 'date': (2011, 3, 7, '08:00'), 'site': 'insanejournal.com',
       'tags': ['mod post'], 'html': 'This week’s prompt is <b>toll</b>. Exactly 100 words, please, posted by Sunday, with the rating and the word count above the text.'}
case('ij-understroke2011-community-recent-subject-title-toll', B, 'insanejournal', 'index', 'ij/det9-tollgate_drabbles-recent.html',
     ij(understroke_page('recent', [eb1, eb2], 'tollgate_drabbles', 'tollgate drabbles', B, 'tollgate drabbles', 2011, kind='C', site='insanejournal.com')),
     [st(eb1['url'], 'ros_of_the_ford', 'tollgate_drabbles', {'title': 'The Toll', 'rating': 'G', 'wordCount': '100'}, None, b1, 'toll', ['This week’s prompt is'])],
     'InsaneJournal community recent page in S2 Understroke (2011): `p.poster` names the poster (an ljuser) above a drabble whose only title is its subject in `h2.entry-title`; the mods’ prompt post (not a story)')

C = 'http://marsh-hymnal.scribbld.com/'
c1 = ['The choir at St Ebba’s sang to the marsh every Candlemas, from the sea wall, with their backs to the church.',
      'Nobody could say why. The vicar disapproved and came anyway. Mags, who was new and a soprano and asked questions, asked the oldest alto, and the oldest alto said, “So it knows we’re still here,” and would not say what it was.']
ec1 = {'url': C + '2210.html', 'journal': 'marsh_hymnal', 'poster': 'marsh_hymnal', 'subject': 'Sea Wall, part 1 of 2', 'date': (2009, 2, 2, '18:00'), 'site': 'scribbld.com',
       'tags': ['fic'], 'html': '<b>Rating:</b> G<br /><b>Notes:</b> for Candlemas.<br /><br />\n' + br(c1), 'ncomments': 2}
case('sc-understroke2009-recent-subject-part-seawall', C, 'scribbld', 'index', 'sc/det9-marsh_hymnal-recent.html',
     sc(understroke_page('recent', [ec1], 'marsh_hymnal', 'marsh hymnal', C, 'marsh hymnal', 2009, site='scribbld.com')),
     [st(ec1['url'], 'marsh_hymnal', 'marsh_hymnal', {'title': 'Sea Wall', 'rating': 'G', 'notes': 'for Candlemas.'}, P(1, 2), c1, 'seawall-1', ['Previous 10 entries'])],
     'Scribbld recent page in S2 Understroke (2009): one `div.hentry`, subject “Sea Wall, part 1 of 2” in `h2.entry-title` (the title and part), `<b>Label:</b>` Rating and Notes')

# ---------------------------------------------------------------- 2. An ordinal of a total as the part marker: "— the second of four", "first of two", "(last of three)"
D = 'https://quarry-lights.dreamwidth.org/'
d2 = ['The second night the lights in the quarry were closer, and there were more of them, and they were arranged, Bryn thought, like the windows of a house.',
      'He did not tell his father. He went down the spoil heap in the dark with the dog, who would not go past the first ledge, and stood alone at the edge of the flooded pit and watched a door of light open in the water.']
ud = D + '8812.html'
ed = {'url': ud, 'journal': 'quarry_lights', 'poster': 'quarry_lights', 'subject': 'Quarry Light — the second of four', 'date': (2015, 9, 20, '22:00'), 'tags': ['fic'],
      'html': '<b>Title:</b> Quarry Light<br /><b>Rating:</b> Teen<br /><b>Words:</b> 80<br /><br />\n' + br(d2), 'comments': [('spoilheap', 'A door of light! Oh no.')]}
case('dw-core2-2015-ordinal-of-total-quarrylight-2', ud, 'dreamwidth', 'story', 'dw/det9-quarry_lights-8812.html',
     dw_page('entry', [ed], 'quarry_lights', 'quarry lights', 'Negatives', ud, 'Quarry Light — the second of four', year=2015),
     [st(ud, 'quarry_lights', 'quarry_lights', {'title': 'Quarry Light', 'rating': 'Teen', 'wordCount': '80'}, P(2, 4), d2, 'quarrylight-2', ['A door of light! Oh no.'])],
     'DW core2 (2015): subject “Quarry Light — the second of four” (an ordinal of a total in words, no part word) → part 2/4')

E = 'http://ashfall-notes.livejournal.com/'
e1p = ['When the mountain woke, the village did not run. It had run three times in a hundred years and come back every time to find the houses standing and the goats fat on the new grass.',
       'Old Teodor set his chair in the doorway and watched the smoke, and his granddaughter brought him coffee, and they argued about whether this time would be different.']
ue = E + '3390.html'
ee = {'url': ue, 'journal': 'ashfall_notes', 'poster': 'ashfall_notes', 'subject': 'Ashfall, first of two', 'date': (2012, 6, 1, '20:30'), 'tags': ['fic', 'original'],
      'html': '<b>Rating:</b> PG<br /><b>Words:</b> 74<br /><br />\n' + br(e1p), 'comments': [('goatherd_g', 'The coffee! The arguing!')]}
case('lj-lickable2012-ordinal-of-total-ashfall-1', ue, 'livejournal', 'story', 'lj/det9-ashfall_notes-3390.html',
     lickable_page('entry', [ee], 'ashfall_notes', 'ashfall notes', ue, 'ashfall notes | Ashfall, first of two', 2012),
     [st(ue, 'ashfall_notes', 'ashfall_notes', {'title': 'Ashfall', 'rating': 'PG', 'wordCount': '74'}, P(1, 2), e1p, 'ashfall-1', ['The coffee! The arguing!'])],
     'LJ S2 Quite Lickable (2012): subject “Ashfall, first of two” (no Title label: the title is the subject before the marker) → part 1/2')

F = 'http://pellroad.insanejournal.com/'
f3 = ['At the end of the Pell Road there was a gate, and beyond the gate there was nothing at all, only fog, and the carters turned their horses there and went back.',
      'Aine did not turn. She had walked two hundred miles to reach it, and she put her hand on the cold latch and lifted it, and walked through, and the fog closed behind her like a door.']
uf = F + '6104.html'
ef = {'url': uf, 'journal': 'pellroad', 'poster': 'pellroad', 'subject': 'The Pell Road (last of three)', 'date': (2010, 1, 15, '23:45'), 'tags': ['fic'],
      'html': '<b>Title:</b> The Pell Road<br /><b>Rating:</b> G<br /><b>Words:</b> 72<br /><br />\n' + br(f3), 'comments': [('carter_kell', 'THROUGH THE GATE.')]}
case('ij-sturdygesture2010-last-of-total-pellroad-3', uf, 'insanejournal', 'story', 'ij/det9-pellroad-6104.html',
     ij(sturdy_page('entry', [ef], 'pellroad', 'the pell road', uf, 'pellroad: The Pell Road (last of three)', 2010)),
     [st(uf, 'pellroad', 'pellroad', {'title': 'The Pell Road', 'rating': 'G', 'wordCount': '72'}, P(3, 3), f3, 'pellroad-3', ['THROUGH THE GATE.'])],
     'InsaneJournal, S2 A Sturdy Gesture (2010): subject “The Pell Road (last of three)” → part 3/3 (the last part’s index is the total)')

# ---------------------------------------------------------------- 3. A plural "Chapters:" / "Parts:" label counts the story's parts: no part of its own
G = 'https://lanternmoth.dreamwidth.org/'
ug = G + '14410.html'
eg = {'url': ug, 'journal': 'lanternmoth', 'poster': 'lanternmoth', 'subject': 'new fic: The Almanac Keeper', 'date': (2019, 4, 2, '19:00'), 'tags': ['my fic', 'ao3'],
      'html': '<b>Title:</b> The Almanac Keeper<br /><b>Fandom:</b> Original<br /><b>Rating:</b> General<br /><b>Chapters:</b> 12 (complete)<br /><b>Summary:</b> A village that keeps its weather in a book.<br /><br />\n'
              '<a href="https://archiveofourown.org/works/18220731">Read it on AO3</a>: all twelve chapters are up.', 'comments': [('thaw_and_frost', 'Binge-reading now!')]}
case('dw-core2-2019-chapters-count-headeronly-almanac', ug, 'dreamwidth', 'story', 'dw/det9-lanternmoth-14410.html',
     dw_page('entry', [eg], 'lanternmoth', 'lanternmoth', 'Brittle', ug, 'new fic: The Almanac Keeper', year=2019),
     [st(ug, 'lanternmoth', 'lanternmoth', {'title': 'The Almanac Keeper', 'fandom': 'Original', 'rating': 'General', 'summary': 'A village that keeps its weather in a book.'}, None,
         headerOnly=True, elsewhere=['https://archiveofourown.org/works/18220731'])],
     'DW core2 (2019) header-only post: a “Chapters: 12 (complete)” line counts the chapters on AO3; the post is no part (part null)')

H = 'http://weatherboard.livejournal.com/'
uh = H + '9921.html'
eh = {'url': uh, 'journal': 'weatherboard', 'poster': 'weatherboard', 'subject': 'fic: Tidewrack', 'date': (2007, 8, 30, '21:10'), 'tags': ['fic'],
      'html': '<b>Title:</b> Tidewrack<br /><b>Rating:</b> PG-13<br /><b>Parts:</b> 4, all posted<br /><b>Summary:</b> What the storm left on the beach.<br /><br />\n'
              'It’s over at my archive: <a href="http://www.fanfiction.net/s/3718820/1/">Tidewrack on ff.net</a>.', 'comments': [('groyne_end', 'Reading!')]}
case('lj-lickable2007-parts-count-headeronly-tidewrack', uh, 'livejournal', 'story', 'lj/det9-weatherboard-9921.html',
     lickable_page('entry', [eh], 'weatherboard', 'weatherboard', uh, 'weatherboard | fic: Tidewrack', 2007),
     [st(uh, 'weatherboard', 'weatherboard', {'title': 'Tidewrack', 'rating': 'PG-13', 'summary': 'What the storm left on the beach.'}, None,
         headerOnly=True, elsewhere=['http://www.fanfiction.net/s/3718820/1/'])],
     'LJ S2 Quite Lickable (2007) header-only post: “Parts: 4, all posted” counts the parts on fanfiction.net; part null')

K = 'http://kestrel-row.scribbld.com/'
k1 = ['The kestrel came to the office window every morning at ten past nine and hung there, perfectly still, looking in at the accounts department.',
      'Marion, who had worked in accounts for thirty-one years and was retiring on Friday, took to looking back. On her last day she opened the window. The kestrel considered her for a long moment, and then it was gone, and so, at five o’clock, was she.']
uk = K + '3071.html'
ek = {'url': uk, 'journal': 'kestrel_row', 'poster': 'kestrel_row', 'subject': 'Ten Past Nine', 'date': (2009, 10, 9, '17:05'), 'tags': ['fic'],
      'html': '<b>Title:</b> Ten Past Nine<br /><b>Rating:</b> G<br /><b>Chapters:</b> 1<br /><br />\n' + br(k1), 'comments': [('accounts_ann', 'Go, Marion!')]}
case('sc-sturdygesture2009-chapters-one-shot-tenpastnine', uk, 'scribbld', 'story', 'sc/det9-kestrel_row-3071.html',
     sc(sturdy_page('entry', [ek], 'kestrel_row', 'kestrel row', uk, 'kestrel_row: Ten Past Nine', 2009)),
     [st(uk, 'kestrel_row', 'kestrel_row', {'title': 'Ten Past Nine', 'rating': 'G'}, None, k1, 'tenpastnine', ['Go, Marion!'])],
     'Scribbld, S2 A Sturdy Gesture (2009): a one-shot whose header says “Chapters: 1” (the count of its chapters): part null')

# ---------------------------------------------------------------- 4. A call for prompts is no story, under a fic prefix too: "leave me a prompt",
# "prompt me", "taking prompts"; the form it gives (Fandom / Characters / Prompt) reads like a header.
M = 'https://wicker-and-wool.dreamwidth.org/'
um = M + '20031.html'
em = {'url': um, 'journal': 'wicker_and_wool', 'poster': 'wicker_and_wool', 'subject': 'drabble fest: prompt me!', 'date': (2016, 12, 18, '11:00'), 'tags': ['prompts', 'drabbles'],
      'html': 'It’s that time of year again. Give me a prompt in a comment like this and I’ll write you a hundred words:<br /><br /><b>Fandom:</b> any of mine<br /><b>Characters:</b> up to two<br /><b>Prompt:</b> a word or a line<br /><br />Fills go in the replies. I’ll stop at fifteen so I can still see my family.',
      'comments': [('thatch_end', 'Fandom: original! Prompt: “the snow that never melted”.')]}
case('dw-core2-2016-prompt-call-fic-prefix-notstory', um, 'dreamwidth', 'not-story', 'dw/det9-wicker_and_wool-20031.html',
     dw_page('entry', [em], 'wicker_and_wool', 'wicker & wool', 'Practicality', um, 'drabble fest: prompt me!', year=2016), [],
     'DW core2 (2016): a prompt call “drabble fest: prompt me!” with a Fandom / Characters / Prompt form to copy: not a story')

N2 = 'http://hob-and-hearth.livejournal.com/'
un = N2 + '7702.html'
en = {'url': un, 'journal': 'hob_and_hearth', 'poster': 'hob_and_hearth', 'subject': 'comment fic: send me prompts', 'date': (2009, 7, 4, '15:30'), 'tags': ['comment fic', 'meme'],
      'html': '<b>Fandom:</b> Original or anything on my profile<br /><b>Pairing:</b> your choice<br /><b>Prompt:</b> one word<br /><br />Copy the lines above into a comment and fill them in. I’ll answer as many as I can this weekend, and they’ll go up in the comments right here.',
      'comments': [('kettle_drum', 'Original, no pairing, prompt: lighthouse!')]}
case('lj-lickable2009-prompt-call-comment-fic-notstory', un, 'livejournal', 'not-story', 'lj/det9-hob_and_hearth-7702.html',
     lickable_page('entry', [en], 'hob_and_hearth', 'hob & hearth', un, 'hob & hearth | comment fic: send me prompts', 2009), [],
     'LJ S2 Quite Lickable (2009): “comment fic: send me prompts” (a fic prefix) over a Fandom / Pairing / Prompt form: not a story')

Q = 'http://tallowcandle.insanejournal.com/'
uq = Q + '4410.html'
eq = {'url': uq, 'journal': 'tallowcandle', 'poster': 'tallowcandle', 'subject': 'taking prompts for Halloween ficlets', 'date': (2011, 10, 20, '20:00'), 'tags': ['fic', 'prompts'],
      'html': '<b>Title:</b> whatever you like<br /><b>Rating:</b> up to R<br /><b>Prompt:</b> something spooky<br /><br />Leave those in the comments and I will write a ficlet for each of the first ten, posted in the comments on Halloween night.',
      'comments': [('wax_and_wick', 'Prompt: the candle that relights itself.')]}
case('ij-sturdygesture2011-prompt-call-notstory', uq, 'insanejournal', 'not-story', 'ij/det9-tallowcandle-4410.html',
     ij(sturdy_page('entry', [eq], 'tallowcandle', 'tallowcandle', uq, 'tallowcandle: taking prompts for Halloween ficlets', 2011)), [],
     'InsaneJournal, S2 A Sturdy Gesture (2011): “taking prompts for Halloween ficlets” over a Title / Rating / Prompt form, tagged fic: not a story')

# ---------------------------------------------------------------- write pages.json, sets.json and the README's table
pj = os.path.join(FIX, 'pages.json')
pages = json.load(open(pj, encoding='utf-8'))
for id, kind, site, desc, url, file, also in CASES:
    for u in [url, *also]:
        pages[u] = 'pages/' + file
open(pj, 'w', encoding='utf-8').write(json.dumps(pages, indent=2, ensure_ascii=False) + '\n')
sj = os.path.join(FIX, 'sets.json')
sets = json.load(open(sj, encoding='utf-8'))
sets[SET] = [c[0] for c in CASES]
open(sj, 'w', encoding='utf-8').write(json.dumps(sets, indent=1, ensure_ascii=False) + '\n')
rm = os.path.join(FIX, 'README.md')
text = open(rm, encoding='utf-8').read()
text = ''.join(l for l in text.splitlines(True) if not any(l.startswith(f'| `{c[0]}` |') for c in CASES))
rows = ''.join(f'| `{id}` | {kind} | {site} | {desc} |\n' for id, kind, site, desc, *_ in CASES if f'`{id}`' not in text)
open(rm, 'w', encoding='utf-8').write(text.rstrip('\n') + '\n' + rows)
print(len(CASES), 'cases')
