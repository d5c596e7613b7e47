"""Posts of tests/heldout15 and their truth: the other two multi-part stories. All prose, names, journals and titles are
invented for this corpus (fandom names are labels; the canons are original fiction). Renderers: tests/heldout2's layouts.py
(DW core2 entry and reading pages, LJ S2 Generator on InsaneJournal)."""
from corpus import body, fields, hdr, page, part, ph, story
from corpus import SERIES
from layouts import dw_cut_link, dw_page, gen_page, lj_user_old
from posts import txt

# ======================================================================= D. Brackwater (DW core2, 2014): the parts' ONLY links are
# the part numbers in a header line, "Part: [1] [2] [3]", each number but the current one a link; part 2 also on a reader's
# DW READING page behind a cut, among other journals' posts.
BJ = 'fennel_and_flint'
BT = 'https://fennel-and-flint.dreamwidth.org/'
bw_ids = [15870, 16133, 16402]
bw_urls = [BT + f'{n}.html' for n in bw_ids]
bw_prose = [
    ['The canal at Brackwater had not carried a boat in forty years, and the lock-keeper’s cottage had been sold twice since the last lock-keeper died. Wen bought it for the garden.',
     'In the shed she found the lock-keeper’s windlass, oiled and wrapped in a flour sack, and a logbook whose last entry was the day before she moved in.',
     '“Narrowboat Perseverance, downstream, 4.10 pm,” it said, in pencil, in a hand that shook a little.'],
    ['Wen asked in the village. The woman at the post office said there was no Perseverance and never had been, and then, lowering her voice, that her grandfather had worked on it.',
     'That evening Wen took the windlass down to the lock. The gates were rotten and the chamber was half full of reeds, but the paddle gear was bright, as if someone had been turning it.',
     'At ten past four by the church clock she heard an engine, very slow, coming round the bend from upstream.'],
    ['There was nothing on the water. There was only the sound, and a wash that rocked the reeds, and a smell of coal smoke and hot oil.',
     'Wen fitted the windlass and wound the paddles up, because it seemed rude not to, and the water in the chamber rose and fell for a boat she could not see.',
     'When it had gone she went back to the cottage and opened the logbook and wrote, in her own hand, “Perseverance, downstream, 4.10 pm. All well.”'],
]
bw_bodies = [body(f'brackwater-{k}', p) for k, p in zip(['1', '2', '3'], bw_prose)]
BW_SUM = 'The lock at Brackwater has not worked in forty years. Something still uses it.'
bw_words = ['1,600', '1,450', '1,700']


def bw_partline(i):
    nums = [f'[{n + 1}]' if n == i else f'[<a href="{bw_urls[n]}">{n + 1}</a>]' for n in range(3)]
    return ' '.join(nums)


bw_entries = []
for i in range(3):
    subj = f'Brackwater [{i + 1}/3]'
    rows = [('Title', 'Brackwater'), ('Part', (bw_partline(i), '')), ('Fandom', 'Canal Folk'), ('Rating', 'PG'), ('Words', bw_words[i]), ('Summary', BW_SUM)]
    f = fields(title='Brackwater', fandom='Canal Folk', rating='PG', wordCount=bw_words[i], summary=BW_SUM)
    head = '<p>' + hdr(rows, '<b>{L}:</b> {V}') + '</p>\n'
    html = head + ph(bw_prose[i][:1]) + '\n<a name="cutid1"></a>\n' + ph(bw_prose[i][1:])
    e = {'url': bw_urls[i], 'journal': BJ, 'poster': BJ, 'subject': subj, 'date': (2014, 6, 2 + 6 * i, '21:0' + str(i)), 'tags': ['fic', 'brackwater'],
         'html': html, 'ncomments': 2, 'date_first': True,
         'index_html': head + ph(bw_prose[i][:1]) + '\n' + dw_cut_link(bw_urls[i], 1, 'the lock'),
         'comments': [('towpath_tilly', ['The windlass wrapped in a flour sack. Lovely detail.', 'The paddle gear was BRIGHT. Eep.', '“All well.” I love her.'][i]), (BJ, 'Thank you for reading!')]}
    bw_entries.append(e)
    nav = txt(bw_partline(i))
    page(f'dw-core2-2014-part-numbers-in-header-only-links-brackwater-{i + 1}', f'dw-2014-{BJ}-{bw_ids[i]}.html', bw_urls[i], 'dreamwidth', 'story', 2014,
         ['dw-core2-style', 'bracketed-part-number-links'],
         f'DW core2 (Summertime, 2014): “{subj}”; the ONLY links between the parts are the numbers in the header line “Part: {nav}”, each number but the current one a link; no navigation after the prose',
         dw_page('entry', [e], BJ, 'fennel & flint', 'Summertime', bw_urls[i], f'{BJ}: {subj}', 'a canal, a cottage, a lot of reeds', 2014),
         [story(bw_urls[i], BJ, BJ, f, part(i + 1, 3), bw_bodies[i], exclude=[e['comments'][0][1]])], stitched=(bw_urls, bw_bodies))
# the reading page of a reader: a personal post, Brackwater part 2 behind a cut, a ficlet (no cut), a community meme post
RJ = 'lanternfish_reads'
rd_url = 'https://lanternfish-reads.dreamwidth.org/read'
dc_url = 'https://quince-tart.dreamwidth.org/2207.html'
dc_prose = ['The depot clock had been two minutes fast since 1952, and every driver on the night buses set their watch by it anyway, because being two minutes early had never hurt anybody.',
            'When the council sent a man to fix it, the drivers took him for a cup of tea that lasted until his shift was over. The clock is still two minutes fast. The buses are still early.']
dc_body = body('depotclock', dc_prose)
dc_e = {'url': dc_url, 'journal': 'quince_tart', 'poster': 'quince_tart', 'subject': 'ficlet: The Depot Clock', 'date': (2014, 6, 8, '18:30'), 'tags': ['ficlet'],
        'html': hdr([('Title', 'The Depot Clock'), ('Rating', 'G'), ('Words', '90')], '<b>{L}:</b> {V}') + '<br /><br />\n' + ph(dc_prose), 'ncomments': 3}
per_e = {'url': 'https://sedge-and-sparrow.dreamwidth.org/40114.html', 'journal': 'sedge_and_sparrow', 'poster': 'sedge_and_sparrow', 'subject': 'allotment update', 'date': (2014, 6, 8, '20:15'),
         'tags': ['garden'], 'ncomments': 5,
         'html': '<p>The broad beans are up and the slugs have found them. I went out at midnight with a torch like some kind of vengeful ghost.</p>\n<p>Also, I have finally started writing again: two thousand words of something with a canal in it. Title pending. Do not ask me about it yet.</p>'}
meme_e = {'url': 'https://fic-and-chips.dreamwidth.org/77310.html', 'journal': 'fic_and_chips', 'poster': 'brine_shrimp', 'community': True, 'subject': 'Weekly meme: three lines from your WIP',
          'date': (2014, 6, 8, '12:00'), 'tags': ['meme'], 'ncomments': 41,
          'html': '<p>Post three lines from anything you are working on. No context allowed! Comment on at least one other person’s lines.</p>\n<p>Format, if you like:<br />\n<b>Title:</b> (or “untitled”)<br />\n<b>Fandom:</b><br />\n<b>Lines:</b></p>'}
page('dw-read-2014-cut-part-among-journals-brackwater', 'dw-2014-lanternfish_reads-read.html', rd_url, 'dreamwidth', 'index', 2014,
     ['dw-reading-page', 'cut', 'index', 'bracketed-part-number-links'],
     'A reader’s DW reading page (core2 Summertime, 2014), newest first: Brackwater [2/3] behind a cut (“( the lock )”) with its header and one paragraph, an allotment post (“Title pending”), an uncut ficlet from another journal, and a community’s “three lines from your WIP” meme post with a Title / Fandom / Lines template (no story)',
     dw_page('read', [bw_entries[1], per_e, dc_e, meme_e], RJ, 'lanternfish', 'Summertime', rd_url, 'lanternfish_reads: Reading', 'reading', 2014),
     [story(bw_urls[1], BJ, BJ, fields(title='Brackwater', fandom='Canal Folk', rating='PG', wordCount=bw_words[1], summary=BW_SUM), part(2, 3),
            body('brackwater-2-teaser', bw_prose[1][:1]), complete=False, exclude=['Title pending. Do not ask me about it yet.']),
      story(dc_url, 'quince_tart', 'quince_tart', fields(title='The Depot Clock', rating='G', wordCount='90'), None, dc_body)])
SERIES.append(('brackwater', 'Brackwater', 3, 'DW 2014 core2: the only links between the parts are the numbers of a header line “Part: [1] [2] [3]” (the current one unlinked); part 2 also behind a cut on a reader’s reading page (no `stitched` there).'))

# ======================================================================= E. The Lampwright's Year (InsaneJournal, LJ S2 Generator,
# 2010): the chapter INDEX is the writer's own first COMMENT on chapter 1 ("I'll keep this comment updated"); chapters 2 and 3
# link nothing but that comment's address (`…?thread=N#tN`), chapter 1 links nothing at all in its text.
LJN = 'ember_and_wick'
LT = 'http://ember-and-wick.insanejournal.com/'
ly_ids = [3307, 3561, 3790]
ly_urls = [LT + f'{n}.html' for n in ly_ids]
IDX_CID = 20000 + 2417 + ly_ids[0]
idx_url = f'{ly_urls[0]}?thread={IDX_CID}#t{IDX_CID}'
ly_prose = [
    ['In January the lampwright’s apprentice cleaned glass. She cleaned the chimneys and the globes and the little mica windows of the carriage lamps, and she learned that soot has seven colours.',
     'The lampwright did not speak to her except to say “again” when a chimney was not clean enough. She cleaned a great many chimneys twice.',
     'At night she lay in the attic over the shop and listened to the lamps in the street below, each one with its own small hiss, and tried to tell by the sound which of them she had cleaned that day.'],
    ['In April she was allowed to trim wicks. The lampwright showed her once, with his big scarred hands, how a wick cut straight burns yellow and a wick cut crooked burns blue at one corner and smokes.',
     'She practised on the shop’s own lamps at closing time. By May none of them smoked, and the lampwright said nothing, which she understood was praise.',
     'In June a customer brought back a reading lamp that smoked, and the lampwright handed it to her without a word. She trimmed it, and it burned clean, and the customer thanked the lampwright, who let him.'],
    ['In December a lamp came in that nobody could light. It had come from a house by the river where a child had died, and the family wanted it lit for the anniversary, and three lampwrights had tried.',
     'The apprentice cleaned it, and trimmed it, and lit it, and it burned yellow and steady. The lampwright looked at it for a long time. “Again,” he said, and for the first time she heard that it meant: do that again, all your life.',
     'The family came for the lamp on the morning of the anniversary. The mother held it as if it were the child, and the apprentice wrapped the spare wick for her in brown paper, cut straight.'],
]
ly_bodies = [body(f'lampwright-{k}', p) for k, p in zip(['1', '2', '3'], ly_prose)]
LY_SUM = 'A year in a lamp shop, one lesson at a time.'
idx_html = (f'<b>Chapter index</b> (I’ll keep this comment updated as I post!)<br />\n<a href="{ly_urls[0]}">Chapter 1: January</a><br />\n'
            f'<a href="{ly_urls[1]}">Chapter 2: April</a><br />\n<a href="{ly_urls[2]}">Chapter 3: December</a> (the end)')
for i in range(3):
    subj = f"The Lampwright's Year, chapter {i + 1}/3"
    rows = [('Title', "The Lampwright's Year"), ('Chapter', f'{i + 1} of 3'), ('Rating', 'G'), ('Words', ['1,100', '950', '1,250'][i])]
    f = fields(title="The Lampwright's Year", rating='G', wordCount=['1,100', '950', '1,250'][i])
    if i == 0:
        rows.append(('Summary', LY_SUM))
        f['summary'] = LY_SUM
    head = hdr(rows, '<b>{L}:</b> {V}') + '<br /><br />\n'
    if i == 0:
        tail = '<br /><br />\n<i>(The chapter index is in the first comment, so it can grow.)</i>'
    else:
        tail = f'<br /><br />\n<i>~ <a href="{idx_url}">chapter index</a> ~</i>'
    html = head + '<br /><br />\n'.join(ly_prose[i]) + tail
    comments = [(LJN, idx_html)] if i == 0 else []
    comments.append(('wick_trimmer', ['Soot has seven colours! I want to know all seven.', 'Silence as praise. I know that kind of teacher.', '“Again.” I am not crying, you are crying.'][i]))
    e = {'url': ly_urls[i], 'journal': LJN, 'poster': LJN, 'subject': subj, 'date': (2010, [1, 4, 12][i], 10, '19:3' + str(i)), 'tags': ["fic: the lampwright's year"],
         'html': html, 'ncomments': len(comments), 'comments': comments}
    ex = [txt(tail).strip(), comments[-1][1]] + (['Chapter 2: April'] if i == 0 else [])
    page(f'ij-generator-2010-chapter-index-in-own-comment-lampwright-{i + 1}', f'ij-2010-{LJN}-{ly_ids[i]}.html', ly_urls[i], 'insanejournal', 'story', 2010,
         ['insanejournal', 's2-generator', 'index-in-own-comment'] + (['comment-thread-address-link'] if i else []),
         f'InsaneJournal S2 Generator (2010): “{subj}” (Chapter: N of 3); '
         + ('NO link in the text (“the chapter index is in the first comment”); the writer’s own first COMMENT is the chapter index, linking all three chapters' if i == 0
            else 'the ONLY link is “~ chapter index ~”, the address of the writer’s index COMMENT on chapter 1 (`?thread=N#tN`)'),
         gen_page('entry', [e], 'insanejournal', LJN, 'ember & wick', ly_urls[i], f'{LJN}: {subj}', 2010),
         [story(ly_urls[i], LJN, LJN, f, part(i + 1, 3), ly_bodies[i], exclude=ex)], stitched=(ly_urls, ly_bodies))
SERIES.append(('lampwright', "The Lampwright's Year", 3, 'InsaneJournal 2010, S2 Generator: the chapter index is the writer’s own first COMMENT on chapter 1; chapters 2 and 3 link only that comment’s address (`?thread=N#tN`); chapter 1’s text links nothing.'))

__all__ = ['lj_user_old']
