"""A four-part story of tests/heldout3 whose parts link each other only through a line ABOVE the header."""
from layouts import aentry_page
from posts import SERIES, body, fields, hdr, page, part, ph, story

# ======================================================================= AE. The Glasshouse Winter (LJ aentry 2020, 4 parts; part 3 in a community): nav ABOVE the header
GW = 'https://orangery-ink.livejournal.com/'
GC = 'https://kew-and-kindred.livejournal.com/'
gw_urls = [GW + '5521.html', GW + '5809.html', GC + '1207.html', GW + '6330.html']
gw_prose = [
    ['The frost came early to the Orangery that year, and the head gardener, who was eighty, took to sleeping in the stove-house with the lemons.',
     'Dora brought him his dinner there on a tray. He said the lemons liked company. She said the lemons were not the only ones.'],
    ['In December the boiler failed.',
     'They kept the fires going by hand, in shifts, Dora and the old man and the boot-boy, feeding the furnace every two hours through the longest nights of the year, and in the mornings the glass was furred white on the outside and dripping on the inside, and the lemons were still alive.'],
    ['On Christmas Eve the boot-boy fell asleep at his shift, and the fire went down, and Dora woke at three to a cold so deep it had a sound.',
     'She did not wake the others. She went out into the dark with the coal-scuttle and her own two hands, and when the old man came down at six she was sitting by the furnace door with her face black and the thermometer at fifty-two degrees.'],
    ['In spring the lemons flowered. The smell of them filled the Orangery and went out through the open vents and down the drive, so that people in the lane stopped and looked about them, puzzled, as if someone had said their name.',
     'The old man picked the first ripe one in June and gave it to Dora, and said nothing at all, which from him was a speech.'],
]
gw_bodies = [body(f'glasshousewinter-part{i + 1}', p) for i, p in enumerate(gw_prose)]


def nav(i):
    bits = []
    if i > 0:
        bits.append(f'<a href="{gw_urls[i - 1]}">← Previous</a>')
    if i < 3:
        bits.append(f'<a href="{gw_urls[i + 1]}">Next →</a>')
    return '<div style="text-align:right;font-size:smaller">' + ' · '.join(bits) + '</div>'


for i in range(4):
    comm = i == 2
    subj = f'The Glasshouse Winter — Part {i + 1}/4'
    rows = [('Title', 'The Glasshouse Winter'), ('Fandom', 'Original fiction'), ('Rating', 'G'), ('Words', ['60', '70', '80', '75'][i])]
    e = {'url': gw_urls[i], 'journal': 'kew_and_kindred' if comm else 'orangery_ink', 'poster': 'orangery_ink', 'community': comm, 'subject': subj,
         'date': (2020, 1, 5 + 6 * i, '20:0' + str(i)), 'tags': ['fic: the glasshouse winter'] if not comm else ['author: orangery_ink', 'original'],
         'html': nav(i) + '\n<p>' + hdr(rows) + '</p>\n' + ph(gw_prose[i])}
    page(f'lj-aentry-2020-glasshousewinter-{i + 1}of4' + ('-community' if comm else ''), f'lj-2020-{e["journal"]}-{gw_urls[i][-9:-5]}.html', gw_urls[i], 'livejournal', 'story', 2020,
         ['part-marker', 'prev-next-only'] + (['community'] if comm else []),
         f'The Glasshouse Winter part {i + 1}/4 on an LJ aentry page (2020{", posted in the community kew_and_kindred: “orangery_ink in kew_and_kindred”" if comm else ""}): subject “… — Part {i + 1}/4”, a small right-aligned '
         + ['“Next →”', '“← Previous · Next →”', '“← Previous · Next →”', '“← Previous”'][i] + ' line ABOVE the header (the only links between the parts)',
         aentry_page(e),
         [story(gw_urls[i], 'orangery_ink', e['journal'], fields(title='The Glasshouse Winter', fandom='Original fiction', rating='G', wordCount=['60', '70', '80', '75'][i]), part(i + 1, 4), gw_bodies[i],
                exclude=(['Previous'] if i else []) + (['Next →'] if i < 3 else []))],
         (gw_urls, gw_bodies))
SERIES.append(('glasshousewinter', 'The Glasshouse Winter', 4, 'LJ 2020 aentry; parts 1, 2, 4 in orangery_ink, part 3 in the community kew_and_kindred; subjects “… — Part N/4”; the parts link each other only through a small “← Previous · Next →” line above the header; no masterpost.'))
