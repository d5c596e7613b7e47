"""Writes the tenth round of fixtures (tests/fixtures, set "tenth round (heldout8 misses)"): pages of our own, with prose,
names and journals of their own, rebuilding tests/heldout8's blind misses on other sites, layouts and wordings, rendered
with this corpus's s2z.py (LJ S2 Haven and Dear Diary, DW ?format=light, LJ's site-scheme pages) and tests/heldout2's
layouts.py (DW core2). Run: python3 tests/heldout8/src/tenth.py"""
import json
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TESTS = os.path.dirname(os.path.dirname(HERE))
FIX = os.path.join(TESTS, 'fixtures')
sys.path[:0] = [HERE, os.path.join(TESTS, 'heldout2', 'src'), os.path.join(TESTS, 'heldout6', 'src'), os.path.join(TESTS, 'heldout7', 'src')]

from layouts import dw_page, esc, lj_user_old  # noqa: E402
from s2z import deardiary_page, dw_light_page, haven_page, scheme_entry_page  # noqa: E402

SET = 'tenth round (heldout8 misses)'
CASES = []


def br(paras):
    return '<br /><br />\n'.join(esc(p) for p in paras)


def ph(paras):
    return '\n'.join(f'<p>{esc(p)}</p>' for p in paras)


def hdr(rows, fmt='<b>{L}:</b> {V}', sep='<br />\n'):
    return sep.join(fmt.replace('{L}', L).replace('{V}', V if V.startswith('<') else esc(V)) for L, V in rows)


def st(url, author, journal, fields, part=None, paras=None, name=None, exclude=(), complete=True, **kw):
    s = {'url': url, 'author': author, 'journal': journal, 'fields': fields, 'part': part, 'complete': complete}
    if paras is not None:
        with open(os.path.join(FIX, 'bodies', f'h8r-{name}.txt'), 'w', encoding='utf-8') as f:
            f.write('\n\n'.join(paras) + '\n')
        s['bodyFile'] = f'bodies/h8r-{name}.txt'
    if exclude:
        s['exclude'] = list(exclude)
    s.update(kw)
    return s


def case(id, url, site, kind, file, html, stories, desc, also=(), stitched=None):
    with open(os.path.join(FIX, 'pages', file), 'w', encoding='utf-8') as f:
        f.write(html)
    c = {'id': id, 'url': url, 'site': site, 'kind': kind, 'stories': stories}
    if stitched:
        c['stitched'] = {'parts': stitched[0], 'bodyFiles': [f'bodies/h8r-{n}.txt' for n in stitched[1]]}
    with open(os.path.join(FIX, 'cases', id + '.json'), 'w', encoding='utf-8') as f:
        f.write(json.dumps(c, indent=2, ensure_ascii=False) + '\n')
    CASES.append((id, kind, site, desc, url, file, also))


def P(i, n):
    return {'index': i, 'total': n}


# ---------------------------------------------------------------- posts about a story to be posted or found, and meta (not stories)
u = 'http://lockgate-lore.livejournal.com/7710.html'
e = {'url': u, 'journal': 'lockgate_lore', 'poster': 'lockgate_lore', 'subject': 'beta needed: 20k of canal gothic', 'date': (2011, 3, 2, '19:10'), 'tags': ['beta', 'canal book'],
     'currents': [('Mood', 'nervous')],
     'html': 'It is done! It is also a mess. Wanted: one patient beta for<br /><br />' + hdr([('Title', 'The Ninth Lock'), ('Fandom', 'Original'), ('Rating', 'R'), ('Length', '20,400 words'), ('Genre', 'gothic, wet')])
             + '<br /><br />Mostly I need to know whether the middle drags and whether the lock-keeper is too obviously the villain. I can return the favour with a beta of your own, any length.',
     'comments': [('stourbridge_sal', 'Me me me. I love a villainous lock-keeper.')]}
case('lj-haven2011-betaneeded-notstory', u, 'livejournal', 'not-story', 'lj/h8r-lockgate_lore-7710.html', haven_page('entry', [e], 'lockgate_lore', 'lockgate lore', u, 2011), [],
     'LJ S2 Haven entry (2011): “beta needed: 20k of canal gothic”, a Title / Fandom / Rating / Length / Genre block of a story not yet posted and a request: not a story')

u = 'https://bellringer-reads.dreamwidth.org/3301.html'
e = {'url': u, 'journal': 'bellringer_reads', 'poster': 'bellringer_reads', 'subject': 'fic search: the one with the drowned bell?', 'date': (2015, 6, 20, '11:00'), 'tags': ['fic search'],
     'html': '<p>Has anyone seen this one? I read it years ago and have lost it.</p><ul><li><b>Title:</b> something with “bell” in it</li><li><b>Fandom:</b> original, I think</li><li><b>Rating:</b> teen-ish</li><li><b>Length:</b> long, several chapters</li></ul>'
             '<p>A bell rings under a bay every night and a girl swims down to find out why. I remember the last line was about the tide. Thank you, internet!</p>',
     'comments': [('tollmaster', 'Not that one, but I want to read it now too.')]}
case('dw-light2015-ficsearch-notstory', u + '?format=light', 'dreamwidth', 'not-story', 'dw/h8r-bellringer_reads-3301-light.html', dw_light_page(e, e['subject'], 2015), [],
     'DW `?format=light` entry (2015): “fic search: the one with the drowned bell?”, a remembered Title / Fandom / Rating / Length list: not a story; both URLs listed', also=[u])

u = 'http://stourbridge-sal.scribbld.com/2204.html'
e = {'url': u, 'journal': 'stourbridge_sal', 'poster': 'stourbridge_sal', 'subject': 'looking for a beta (original, 5k)', 'date': (2010, 8, 9, '21:30'), 'tags': ['beta'], 'site': 'scribbld.com',
     'html': hdr([('Title', 'Narrowboat Nights'), ('Rating', 'PG'), ('Words', '5,100')]) + '<br /><br />It needs someone who knows which end of a boat is which. I will bake you something.',
     'comments': [('lockgate_lore', 'The pointy end is the front, I believe.')]}
case('sc-deardiary2010-lookingforbeta-notstory', u, 'scribbld', 'not-story', 'sc/h8r-stourbridge_sal-2204.html', deardiary_page('entry', [e], 'stourbridge_sal', 'stourbridge sal', u, 2010, site='scribbld.com'), [],
     'Scribbld entry in S2 Dear Diary (2010): “looking for a beta (original, 5k)”, a Title / Rating / Words header of an unposted story: not a story')

u = 'https://tollmaster.dreamwidth.org/9120.html'
e = {'url': u, 'journal': 'tollmaster', 'poster': 'tollmaster', 'subject': 'meta: on summaries, and why mine are bad', 'date': (2013, 4, 2, '20:00'), 'tags': ['meta', 'writing'],
     'html': '<p>A confession: I write my summary last, at midnight, in a panic. It shows. Here is one of mine:</p><blockquote><b>Title:</b> Toll<br /><b>Rating:</b> G<br /><b>Summary:</b> A toll bridge. Things happen.</blockquote>'
             '<p>“Things happen” is not a summary. A summary is a promise to the reader about what kind of story this is. I have been breaking that promise for six years and I am going to stop, starting now, probably.</p>',
     'comments': [('bellringer_reads', 'Things happen is weirdly enticing though.')]}
case('dw-compartmentalize2013-meta-quotedheader-notstory', u, 'dreamwidth', 'not-story', 'dw/h8r-tollmaster-9120.html', dw_page('entry', [e], 'tollmaster', 'the toll house', 'Compartmentalize', u, e['subject'], year=2013), [],
     'DW core2 Compartmentalize (2013): “meta: on summaries, and why mine are bad”, an essay quoting one of the writer’s headers in a blockquote: not a story')

u = 'http://weirwright.insanejournal.com/4410.html'
e = {'url': u, 'journal': 'weirwright', 'poster': 'weirwright', 'subject': 'WIP check-in: the canal book', 'date': (2012, 10, 1, '22:15'), 'tags': ['wip', 'canal book'], 'site': 'insanejournal.com',
     'html': hdr([('Title', 'The Ninth Lock'), ('Chapters', '6 of 11'), ('Words', '31,000'), ('Rating', 'R')]) + '<br /><br />Slow month. Chapter seven has a flood in it and I keep drowning the wrong people.',
     'comments': [('lockgate_lore', 'Drown the lock-keeper!')]}
case('ij-haven2012-wipcheckin-notstory', u, 'insanejournal', 'not-story', 'ij/h8r-weirwright-4410.html', haven_page('entry', [e], 'weirwright', 'weirwright', u, 2012, site='insanejournal.com'), [],
     'InsaneJournal entry in S2 Haven (2012): “WIP check-in: the canal book”, a Title / Chapters / Words / Rating block and a line of chatter: not a story')

u = 'https://lockgate-lore.livejournal.com/9933.html'
p = ['The new beta reader sent back the first chapter with one comment, in red, at the very end: why is everyone so wet?',
     'Orla looked at it for a long time. Then she went through the manuscript and counted. Eleven people fell in the canal in the first chapter alone. She had not noticed. She had grown up on a narrowboat, where falling in the canal was simply Tuesday.',
     'She wrote back: because it is a canal. The beta replied: fair. They have been friends ever since.']
e = {'url': u, 'journal': 'lockgate_lore', 'poster': 'lockgate_lore', 'subject': 'Fic: The Beta Test', 'date': (2016, 5, 4, '18:00'), 'tags': ['fic', 'original'],
     'html': hdr([('Title', 'The Beta Test'), ('Rating', 'G'), ('Words', '92')]) + '<br /><br />\n' + ph(p), 'comments': [('stourbridge_sal', 'Simply Tuesday!')]}
case('lj-scheme2016-fic-betatest-story', u, 'livejournal', 'story', 'lj/h8r-lockgate_lore-9933.html', scheme_entry_page(e, 'lockgate lore', 2016),
     [st(u, 'lockgate_lore', 'lockgate_lore', {'title': 'The Beta Test', 'rating': 'G', 'wordCount': '92'}, None, p, 'betatest', exclude=['Simply Tuesday!'])],
     'LJ site-scheme entry (2016): a story titled “The Beta Test” under a “Fic:” subject (a story about a beta is a story)')

# ---------------------------------------------------------------- labels joined by a slash, "/s" plurals, "Wordage"
u = 'http://stourbridge-sal.livejournal.com/3120.html'
p = ['The lengthsman walked his four miles of canal every morning with a rake and a lantern, and knew every reed on it by name.',
     'When the company sold the canal to the railway, they sent a letter telling him he was no longer needed. He read it, folded it, and walked his four miles as usual, because the reeds had not been told.']
e = {'url': u, 'journal': 'stourbridge_sal', 'poster': 'stourbridge_sal', 'subject': 'the lengthsman', 'date': (2010, 2, 12, '20:40'), 'tags': ['fic', 'original'],
     'html': hdr([('Title', 'The Lengthsman'), ('Character/s', 'the lengthsman, the reeds'), ('Pairing/s', 'none'), ('Rating', 'G'), ('Wordage', '79')]) + '<br /><br />\n' + br(p),
     'comments': [('weirwright', 'Because the reeds had not been told. Yes.')]}
case('lj-deardiary2010-slashlabels-wordage-lengthsman', u, 'livejournal', 'story', 'lj/h8r-stourbridge_sal-3120.html', deardiary_page('entry', [e], 'stourbridge_sal', 'stourbridge sal', u, 2010),
     [st(u, 'stourbridge_sal', 'stourbridge_sal', {'title': 'The Lengthsman', 'characters': 'the lengthsman, the reeds', 'pairing': 'none', 'rating': 'G', 'wordCount': '79'}, None, p, 'lengthsman',
         exclude=['Because the reeds had not been told.'])],
     'LJ S2 Dear Diary entry (2010): “Character/s:”, “Pairing/s:” (a slash plural) and “Wordage:” labels')

u = 'https://tollmaster.dreamwidth.org/10244.html'
p = ['The toll on the old bridge was a penny for a person, tuppence for a cart and a song for a ghost.',
     'Most ghosts paid. The ones who would not sing were sent back to the far bank to think about it, and on still nights you could hear them there, humming under their breath, practising.']
e = {'url': u, 'journal': 'tollmaster', 'poster': 'tollmaster', 'poster_name': 'the tollmaster', 'subject': 'A Song for the Bridge', 'date': (2017, 3, 9, '21:00'), 'tags': ['fic', 'ficlet'],
     'html': hdr([('Title', 'A Song for the Bridge'), ('Fandom/Verse', 'Original — the toll house'), ('Warning/s', 'none'), ('Rating/Content', 'General'), ('Words', '66')]) + '<br /><br />\n' + ph(p),
     'comments': [('bellringer_reads', 'Practising! Bless them.')]}
case('dw-light2017-slashlabels-songforthebridge', u + '?format=light', 'dreamwidth', 'story', 'dw/h8r-tollmaster-10244-light.html', dw_light_page(e, e['subject'], 2017),
     [st(u, 'tollmaster', 'tollmaster', {'title': 'A Song for the Bridge', 'fandom': 'Original — the toll house', 'warnings': 'none', 'rating': 'General', 'wordCount': '66'}, None, p, 'songforthebridge',
         exclude=['Practising! Bless them.'])],
     'DW `?format=light` entry (2017): labels joined by a slash, “Fandom/Verse:”, “Warning/s:”, “Rating/Content:” (each the first label’s field); both URLs listed', also=[u])

u = 'http://narrowboat-fic.insanejournal.com/2201.html'
p = ['Every narrowboat on the Cut had a name painted on its side, and every name was a woman’s, and nobody on the Cut could tell you why.',
     'Jem asked his grandmother once. She was painting Hester Rose in green and gold on the side of their new boat, very carefully, and she did not look up. “So they know their way home,” she said, and that was all.']
e = {'url': u, 'journal': 'narrowboat_fic', 'poster': 'weirwright', 'community': True, 'subject': 'Hester Rose', 'date': (2013, 7, 7, '15:45'), 'tags': ['author: weirwright'], 'site': 'insanejournal.com',
     'html': hdr([('Title', 'Hester Rose'), ('Author', lj_user_old('weirwright', site='insanejournal.com')), ('Ship/Characters', 'Jem, his grandmother'), ('Rating', 'G'), ('Wordage', '84')], fmt='<b>{L}</b> :: {V}') + '<br /><br />\n' + br(p),
     'comments': [('stourbridge_sal', 'So they know their way home.')]}
case('ij-haven2013-community-slashlabel-hesterrose', u, 'insanejournal', 'story', 'ij/h8r-narrowboat_fic-2201.html', haven_page('entry', [e], 'narrowboat_fic', 'narrowboat fic', u, 2013, kind='C', site='insanejournal.com'),
     [st(u, 'weirwright', 'narrowboat_fic', {'title': 'Hester Rose', 'author': 'weirwright', 'pairing': 'Jem, his grandmother', 'rating': 'G', 'wordCount': '84'}, None, p, 'hesterrose',
         exclude=['So they know their way home.'])],
     'InsaneJournal community entry in S2 Haven (2013): `<b>Label</b> :: X` with “Ship/Characters” (the first label’s field) and “Wordage”')

# ---------------------------------------------------------------- numeric ordinals of a total: "3rd of 4", "1st of 2", "Part: 2nd of 3"
u = 'https://lockkeeper-fic.dreamwidth.org/5530.html'
p = ['By the third winter the lock-keeper had stopped writing to the company, because the company had stopped writing back.',
     'She kept the lock anyway. She greased the gates and cleared the weed and logged every boat that passed, which was none, in a fair round hand, in a book nobody would ever read. In March a single boat came up from the river, very slowly, with no one at the tiller, and she logged that too.']
e = {'url': u, 'journal': 'lockkeeper_fic', 'poster': 'lockkeeper_fic', 'subject': 'The Lock-Keeper, 3rd of 4', 'date': (2015, 2, 14, '20:20'), 'tags': ['fic', 'the lock-keeper'],
     'html': hdr([('Title', 'The Lock-Keeper'), ('Rating', 'PG'), ('Words', '88')]) + '<br /><br />\n' + ph(p), 'comments': [('tollmaster', 'No one at the tiller!!')]}
case('dw-leftovers2015-numericordinal-lockkeeper-3of4', u, 'dreamwidth', 'story', 'dw/h8r-lockkeeper_fic-5530.html', dw_page('entry', [e], 'lockkeeper_fic', 'lock-keeper', 'Leftovers', u, e['subject'], year=2015),
     [st(u, 'lockkeeper_fic', 'lockkeeper_fic', {'title': 'The Lock-Keeper', 'rating': 'PG', 'wordCount': '88'}, P(3, 4), p, 'lockkeeper-3', exclude=['No one at the tiller!!'])],
     'DW core2 Leftovers entry (2015): subject “The Lock-Keeper, 3rd of 4” (a numeric ordinal of a total)')

u = 'http://weir-cottage.livejournal.com/1180.html'
p = ['Weir Cottage had been empty for nine years when the Pellows bought it, and the village was very polite about not telling them why.',
     'It was the water, in the end, that told them. It came up through the flagstones every night at two, an inch deep, clear and cold, and went down again by morning, and left on the kitchen table, every time, one smooth white stone.']
e = {'url': u, 'journal': 'weir_cottage', 'poster': 'weir_cottage', 'subject': 'Weir Cottage, 1st of 2', 'date': (2012, 11, 3, '22:00'), 'tags': ['fic', 'original'], 'currents': [('Mood', 'chilly')],
     'html': hdr([('Fandom', 'Original'), ('Rating', 'PG'), ('Words', '79')], fmt='<b>{L}</b> &rArr; {V}') + '<br /><br />\n' + br(p), 'comments': [('lockgate_lore', 'One smooth white stone. Shiver.')]}
case('lj-haven2012-numericordinal-weircottage-1of2', u, 'livejournal', 'story', 'lj/h8r-weir_cottage-1180.html', haven_page('entry', [e], 'weir_cottage', 'weir cottage', u, 2012),
     [st(u, 'weir_cottage', 'weir_cottage', {'title': 'Weir Cottage', 'fandom': 'Original', 'rating': 'PG', 'wordCount': '79'}, P(1, 2), p, 'weircottage-1', exclude=['chilly', 'One smooth white stone. Shiver.'])],
     'LJ S2 Haven entry (2012): subject “Weir Cottage, 1st of 2” (no Title label: the title is the subject without its marker), `<b>Label</b> ⇒ X` header')

u = 'http://glass-eel.insanejournal.com/3345.html'
p = ['The glass eels came up the river in April, thin as needles and clear as water, so many that the shallows shimmered.',
     'Nan Oake netted them for forty springs and never once ate one. She sold them to the men from London and kept one jar on her windowsill, every year, and let it go again on the first of May, and could not have told you why.']
e = {'url': u, 'journal': 'glass_eel', 'poster': 'glass_eel', 'subject': 'The Glass Eels', 'date': (2011, 4, 20, '19:30'), 'tags': ['fic', 'the glass eels'], 'site': 'insanejournal.com',
     'html': hdr([('Title', 'The Glass Eels'), ('Part', '2nd of 3'), ('Rating', 'G'), ('Words', '81')]) + '<br /><br />\n' + br(p), 'comments': [('weirwright', 'Let it go again. Oh.')]}
case('ij-deardiary2011-partlabel-numericordinal-glasseels-2of3', u, 'insanejournal', 'story', 'ij/h8r-glass_eel-3345.html', deardiary_page('entry', [e], 'glass_eel', 'glass eel', u, 2011, site='insanejournal.com'),
     [st(u, 'glass_eel', 'glass_eel', {'title': 'The Glass Eels', 'rating': 'G', 'wordCount': '81'}, P(2, 3), p, 'glasseels-2', exclude=['Part: 2nd of 3', 'Let it go again.'])],
     'InsaneJournal entry in S2 Dear Diary (2011): no marker in the subject, the header’s unlisted “Part: 2nd of 3” line gives it')

# ---------------------------------------------------------------- S2 Haven: the time after the subject, the poster line opening the text
fr = 'http://eel-and-elver.livejournal.com/friends'
p1 = ['The low-water mark on the harbour wall was painted white, once a year, by whoever had drowned nearest to it, or so the children said.',
      'It was a lie, of course. It was painted by Mrs Cawley from the chandlery, every May, with a pot of whitewash and a very long brush, and she never once told the children otherwise, because a harbour needs its stories more than it needs the truth.']
f1 = {'url': 'http://harbourwall-fic.livejournal.com/3302.html', 'journal': 'harbourwall_fic', 'poster': 'chandlery_cawley', 'community': True, 'subject': 'Low Water Mark', 'date': (2012, 5, 6, '10:20'),
      'tags': ['fic', 'original'], 'ncomments': 4, 'html': hdr([('Title', 'Low Water Mark'), ('Rating', 'G'), ('Words', '76')]) + '<br /><br />\n' + br(p1)}
f2 = {'url': 'http://eel-and-elver.livejournal.com/8810.html', 'journal': 'eel_and_elver', 'poster': 'eel_and_elver', 'subject': 'the garden, part 4', 'date': (2012, 5, 5, '18:00'), 'ncomments': 1,
      'html': 'Part four of the garden: the beans are up, the slugs are up, I am up at six every morning with a torch. Send help.'}
case('lj-haven2012-friends-timeaftersubject-postingin-lowwatermark', fr, 'livejournal', 'index', 'lj/h8r-eel_and_elver-friends.html', haven_page('friends', [f1, f2], 'eel_and_elver', 'eel & elver', fr, 2012),
     [st(f1['url'], 'chandlery_cawley', 'harbourwall_fic', {'title': 'Low Water Mark', 'rating': 'G', 'wordCount': '76'}, None, p1, 'lowwatermark', exclude=['Send help.'])],
     'LJ friends page in S2 Haven (2012): “Low Water Mark @ 10:20 am” in `h4.subject`, “chandlery_cawley, posting in harbourwall_fic:” opening `div.text` (the poster); a personal post “the garden, part 4” with a part marker (not a story)')

u = 'http://sluicegate-tales.scribbld.com/1420.html'
p2 = ['The sluice-keeper’s daughter knew the river’s moods better than her father did, and he knew it, and it galled him.',
      'So when the flood came in the night and he stood at the gate with his hand on the wheel, not knowing whether to open it or not, it was her he turned to; and she said “now”, and he opened it, and the village stayed dry, and neither of them ever spoke of it again.']
e = {'url': u, 'journal': 'sluicegate_tales', 'poster': 'millrace_meg', 'community': True, 'subject': 'The Sluice-Keeper’s Daughter (2/2)', 'date': (2011, 9, 1, '21:40'), 'site': 'scribbld.com',
     'tags': ['author: millrace_meg'], 'html': hdr([('Fandom', 'Original'), ('Rating', 'G'), ('Words', '83')]) + '<br /><br />\n' + br(p2), 'comments': [('eel_and_elver', 'Now! Oh, she knew.')]}
case('sc-haven2011-community-posterline-sluicekeeper-2of2', u, 'scribbld', 'story', 'sc/h8r-sluicegate_tales-1420.html', haven_page('entry', [e], 'sluicegate_tales', 'sluicegate tales', u, 2011, kind='C', site='scribbld.com'),
     [st(u, 'millrace_meg', 'sluicegate_tales', {'title': 'The Sluice-Keeper’s Daughter', 'fandom': 'Original', 'rating': 'G', 'wordCount': '83'}, P(2, 2), p2, 'sluicekeeper-2', exclude=['Now! Oh, she knew.'])],
     'Scribbld community entry in S2 Haven (2011): “millrace_meg:” opening `div.text` (the poster), subject “The Sluice-Keeper’s Daughter (2/2) @ 09:40 pm” (no Title label)')

# ---------------------------------------------------------------- parts linked only by an arrow alone
# Eel Weir (LJ site scheme, 2016): the only links a centred "⟶" after part 1 and a centred "⟵" after part 2.
EW = 'https://eelweir.livejournal.com/'
ew_urls = [EW + '880.html', EW + '1022.html']
ew_prose = [['The eel weir at Sallow was older than the church, and the eel-man who kept it was older than the eel weir, or so he said.',
             'Nobody believed him until the night the weir broke and he mended it with his bare hands in the dark, singing in a language nobody knew.'],
            ['In the morning he was gone, and the weir was whole, and the eels went down to the sea in their thousands, the way they had before the church was built.',
             'The village hired a new eel-man. He was younger than the weir, and said so, and nobody minded.']]
ew_names = ['eelweir-1', 'eelweir-2']
arrows = [f'<p style="text-align: center;"><a href="{ew_urls[1]}">&#10230;</a></p>', f'<p style="text-align: center;"><a href="{ew_urls[0]}">&#10229;</a></p>']
for i in range(2):
    e = {'url': ew_urls[i], 'journal': 'eelweir', 'poster': 'eelweir', 'subject': f'Eel Weir ({i + 1}/2)', 'date': (2016, 9, 10 + i, '21:30'), 'tags': ['fic', 'original'],
         'html': hdr([('Title', 'Eel Weir'), ('Rating', 'G'), ('Words', ['53', '51'][i])]) + '<br /><br />\n' + ph(ew_prose[i]) + '\n' + arrows[i],
         'comments': [('weir_cottage', ['Bare hands!', 'Younger than the weir. Ha.'][i])]}
    case(f'lj-scheme2016-arrowonly-eelweir-{i + 1}', ew_urls[i], 'livejournal', 'story', f'lj/h8r-eelweir-{ew_urls[i].split("/")[-1][:-5]}.html', scheme_entry_page(e, 'eel weir', 2016),
         [st(ew_urls[i], 'eelweir', 'eelweir', {'title': 'Eel Weir', 'rating': 'G', 'wordCount': ['53', '51'][i]}, P(i + 1, 2), ew_prose[i], ew_names[i], exclude=[['Bare hands!', 'Younger than the weir.'][i]])],
         f'LJ site-scheme entry (2016): Eel Weir part {i + 1}/2, whose only link to the other part is a centred arrow and nothing else (“{["⟶", "⟵"][i]}”)',
         stitched=(ew_urls, ew_names))

# Heron Stile (Scribbld, S2 Dear Diary, 2009): a right-aligned "⇨" after part 1, a left-aligned "⇦" after part 2.
HS = 'http://heronstile.scribbld.com/'
hs_urls = [HS + '3310.html', HS + '3472.html']
hs_prose = [['There was a stile in the hedge at the bottom of Long Meadow that nobody used, because a heron stood on it every evening and would not move.',
             'Old Pegg said the heron was his late wife, who had never liked to be hurried either.'],
            ['One evening in October the heron was gone, and Old Pegg did not come to the Bell for his pint.',
             'They found him sitting on the stile in the last of the light, very still, looking at the river, and nobody had the heart to tell him to move.']]
hs_names = ['heronstile-1', 'heronstile-2']
hs_nav = [f'<p align="right"><a href="{hs_urls[1]}">&#8680;</a></p>', f'<p align="left"><a href="{hs_urls[0]}">&#8678;</a></p>']
for i in range(2):
    e = {'url': hs_urls[i], 'journal': 'heronstile', 'poster': 'heronstile', 'subject': f'Heron Stile, part {["one", "two"][i]} of two', 'date': (2009, 10, 4 + i, '20:00'), 'tags': ['fic'], 'site': 'scribbld.com',
         'html': hdr([('Title', 'Heron Stile'), ('Rating', 'G'), ('Words', ['48', '49'][i])], fmt='<b>{L}</b> &rArr; {V}') + '<br /><br />\n' + br(hs_prose[i]) + '\n' + hs_nav[i],
         'comments': [('eelweir', ['His late wife!', 'Nobody had the heart. Oh.'][i])]}
    case(f'sc-deardiary2009-arrowonly-heronstile-{i + 1}', hs_urls[i], 'scribbld', 'story', f'sc/h8r-heronstile-{hs_urls[i][-9:-5]}.html',
         deardiary_page('entry', [e], 'heronstile', 'heron stile', hs_urls[i], 2009, site='scribbld.com'),
         [st(hs_urls[i], 'heronstile', 'heronstile', {'title': 'Heron Stile', 'rating': 'G', 'wordCount': ['48', '49'][i]}, P(i + 1, 2), hs_prose[i], hs_names[i], exclude=[['His late wife!', 'Nobody had the heart.'][i]])],
         f'Scribbld entry in S2 Dear Diary (2009): Heron Stile part {i + 1}/2, whose only link to the other part is an arrow alone (“{["⇨", "⇦"][i]}”) after the prose',
         stitched=(hs_urls, hs_names))

# ---------------------------------------------------------------- write pages.json, sets.json and the README's table
pj = os.path.join(FIX, 'pages.json')
pages = json.load(open(pj, encoding='utf-8'))
for id, kind, site, desc, url, file, also in CASES:
    for uu in [url, *also]:
        pages[uu] = 'pages/' + file
open(pj, 'w', encoding='utf-8').write(json.dumps(pages, indent=2, ensure_ascii=False) + '\n')
sj = os.path.join(FIX, 'sets.json')
sets = json.load(open(sj, encoding='utf-8'))
sets[SET] = [c[0] for c in CASES]
open(sj, 'w', encoding='utf-8').write(json.dumps(sets, indent=1, ensure_ascii=False) + '\n')
rm = os.path.join(FIX, 'README.md')
text = open(rm, encoding='utf-8').read()
text = ''.join(l for l in text.splitlines(True) if not any(l.startswith(f'| `{c[0]}` |') for c in CASES))
rows = ''.join(f'| `{id}` | {kind} | {site} | {desc} |\n' for id, kind, site, desc, *_ in CASES)
open(rm, 'w', encoding='utf-8').write(text.rstrip('\n') + '\n' + rows)
print(len(CASES), 'cases')
