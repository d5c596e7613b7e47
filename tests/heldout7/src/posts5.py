"""tests/heldout7: index pages: a Digital Multiplex recent page with short entries, an Understroke friends page, a Wayback
2011 copy of a Digital Multiplex recent page."""
from layouts import wayback, wb
from corpus import body, brh, fields, hdr, page, ph, story
from posts import lju
from s2y import understroke_page, multiplex_page

# ----------------------------------------------------------------------- I3. LJ Digital Multiplex recent page (2006): two full entries, then short ones
BC = 'http://bramblecote.livejournal.com/'
p_i3 = ['Dora found the key in the bread bin, which was not where keys lived, and so she knew at once that it was important.',
        'It opened nothing in the house. It opened nothing in the shed. At dusk she tried it, without much hope, in the gate at the bottom of the orchard, which had no lock at all, and it turned anyway, and the gate swung open onto an orchard exactly like theirs except that it was spring there, and somebody was singing.']
p_dr = ['The orchard gate had been painted green so many times that nobody could remember what colour it was underneath. Pa said red. Mam said there was no underneath, it was paint all the way through.',
        'The summer Pa died, Jess took a knife to it and scraped and scraped, and under nine coats of green it was blue, pale as a duck egg, and she stood there with flakes of green in her hair and laughed until she cried.']
e1 = {'url': BC + '30220.html', 'journal': 'bramblecote', 'poster': 'bramblecote', 'subject': 'ficlet: Breadbin Key', 'date': (2006, 4, 8, '20:30'), 'tags': ['fic', 'ficlets'],
      'currents': [('Mood', 'springy')],
      'html': hdr([('Title', 'The Breadbin Key'), ('Fandom', 'Original'), ('Rating', 'G'), ('Word count', '98')], fmt='<b>{L}</b> // {V}') + '<br /><br />\n' + brh(p_i3), 'ncomments': 4}
e2 = {'url': BC + '30101.html', 'journal': 'bramblecote', 'poster': 'bramblecote', 'subject': 'novel, day 12', 'date': (2006, 4, 7, '23:02'), 'tags': ['novel', 'writing'],
      'html': '<b>Words today:</b> 1,604<br /><b>Total:</b> 21,040 / 60,000<br /><b>Chapter:</b> 6 of (probably) 14<br /><br />The aunt has arrived and is being insufferable, which is good, because she is supposed to be.', 'ncomments': 2}
e3 = {'url': BC + '29987.html', 'journal': 'bramblecote', 'poster': 'bramblecote', 'subject': 'drabble: the orchard gate', 'date': (2006, 4, 6, '19:11'), 'tags': ['drabble'],
      'html': brh(p_dr), 'ncomments': 6}
e4 = {'url': BC + '29870.html', 'journal': 'bramblecote', 'poster': 'bramblecote', 'subject': 'allotment report', 'date': (2006, 4, 5, '12:40'),
      'html': 'Broad beans in. Slugs already interested. War has been declared.', 'ncomments': 1}
page('lj-multiplex-2006-recent-shortentries-orchardgate', 'lj-2006-bramblecote-recent.html', BC, 'livejournal', 'index', 2006,
     ['digital-multiplex', 'index', 'drabble', 'no-header', 'short-entries', 'decorated', 'about-fic', 'personal'],
     'A recent page on LJ S2 Digital Multiplex (2006): two leading full entries (a ficlet with `<b>Label</b> // X` lines; a novel-progress post with Words today / Total / Chapter lines, not a story), a heading bar “Other entries”, then SHORT entries (`table.short_entry`: a th “» SUBJECT” link over the text, no tags): a header-less drabble “drabble: the orchard gate” and an allotment post',
     multiplex_page('recent', [e1, e2, e3, e4], 'bramblecote', 'bramblecote', BC, 'bramblecote', 2006, leading=2),
     [story(e1['url'], 'bramblecote', 'bramblecote', fields(title='The Breadbin Key', fandom='Original', rating='G', wordCount='98'), None, body('breadbinkey', p_i3), exclude=['springy', 'The aunt has arrived']),
      story(e3['url'], 'bramblecote', 'bramblecote', fields(title='the orchard gate'), None, body('orchardgate', p_dr), exclude=['Broad beans in', 'Words today'])])

# ----------------------------------------------------------------------- I5. LJ Understroke friends page (2010)
SR = 'http://sedge-and-rush.livejournal.com/'
p_i5 = ['The heron had stood on the same post in the millrace every morning for a year, and Mae had started saying good morning to it, and then telling it things.',
        'It was the only one who knew she was leaving. On the last morning she told it where she was going, and why, and that she was sorry, and the heron looked at her with one flat yellow eye and then, for the first time in a year, flew off the post and away downriver ahead of her, as if to show her the way.']
f1 = {'url': 'http://riverbank-fic.livejournal.com/4471.html', 'journal': 'riverbank_fic', 'poster': 'millrace_mae', 'community': True, 'subject': 'Heron', 'date': (2010, 5, 19, '08:40'),
      'tags': ['author: millrace_mae', 'challenge: birds'],
      'html': hdr([('Title', 'Heron'), ('Author', lju('millrace_mae')), ('Rating', 'G'), ('Written for', 'challenge #12, birds'), ('Words', '100')]) + '<br /><br />\n' + brh(p_i5), 'ncomments': 3}
f2 = {'url': 'http://tallow-and-tide.livejournal.com/28802.html', 'journal': 'tallow_and_tide', 'poster': 'tallow_and_tide', 'subject': 'help me title this??', 'date': (2010, 5, 18, '22:15'), 'tags': ['fic talk', 'wip'],
      'html': '<b>Title:</b> ??? (this is the problem)<br /><b>Rating:</b> probably PG<br /><b>Summary:</b> a girl, a weir, a bargain that goes wrong in the second act<br /><br />'
              'It’s finished, it’s betaed, and it has been called “weir thing 2” for three months. Suggestions in the comments, please, I am begging.', 'ncomments': 14}
f3 = {'url': 'http://brinewater.livejournal.com/11250.html', 'journal': 'brinewater', 'poster': 'brinewater', 'subject': 'the dentist saga, part 2', 'date': (2010, 5, 18, '17:03'),
      'html': 'Part two, in which the dentist says “hmm” and I say “what does hmm mean” and nobody answers. Part three on Thursday. Pray for me.', 'ncomments': 5}
page('lj-understroke-2010-friends-community-titlehelp-personal', 'lj-2010-sedge_and_rush-friends.html', SR + 'friends', 'livejournal', 'index', 2010,
     ['understroke', 'index', 'friends', 'community', 'drabble', 'about-fic', 'personal', 'part-marker', 'aside-summary'],
     'A friends page on LJ S2 Understroke (2010): `p.poster` “poster posts in community” on a community drabble (`<b>Label:</b>` header with Author ljuser and “Written for”), a “help me title this??” post with Title: ??? / Rating / Summary lines (not a story), a personal post “the dentist saga, part 2” (not a story)',
     understroke_page('friends', [f1, f2, f3], 'sedge_and_rush', 'sedge & rush', SR + 'friends', 'sedge & rush: friends', 2010),
     [story(f1['url'], 'millrace_mae', 'riverbank_fic', fields(title='Heron', author='millrace_mae', rating='G', prompt='challenge #12, birds', wordCount='100'), None, body('heron', p_i5),
            exclude=['weir thing 2', 'the dentist says'])])

# ----------------------------------------------------------------------- I6. Wayback 2011 copy of an LJ Digital Multiplex recent page: a podfic post and a ficlet
RR = 'http://reedbed-reads.livejournal.com/'
p_i6 = ['The canal froze in the winter of the long strike, and the bargemen, who had nothing else to do, walked on it.',
        'They walked to the next town and back, and then to the one after, and by February they had walked the whole length of the cut to the sea, and stood on the last lock gate looking at the grey water that did not freeze, and then walked home again, because that was where their boats were, and their boats were where they lived.']
w1 = {'url': RR + '9930.html', 'journal': 'reedbed_reads', 'poster': 'reedbed_reads', 'subject': '[podfic] Weir Lights', 'date': (2010, 11, 3, '19:00'), 'tags': ['podfic', 'weir lights'],
      'html': hdr([('Title', 'Weir Lights'), ('Author', lju('tallow_and_tide')), ('Reader', lju('reedbed_reads')), ('Length', '6:12'), ('Rating', 'G')]) + '<br /><br />\n'
              + '<b>Download:</b> <a href="http://www.mediafire.com/?weirlights-mp3">mp3</a> | <a href="http://www.mediafire.com/?weirlights-m4b">m4b</a><br /><br />Thank you to tallow_and_tide for blanket permission!', 'ncomments': 3}
w2 = {'url': RR + '9802.html', 'journal': 'reedbed_reads', 'poster': 'reedbed_reads', 'subject': 'frozen cut', 'date': (2010, 10, 29, '21:44'), 'tags': ['my fic'],
      'html': hdr([('Title', 'The Frozen Cut'), ('Fandom', 'Original'), ('Rating', 'G'), ('Words', '105')], fmt='<b>{L}</b> &gt;&gt; {V}') + '<br /><br />\n' + brh(p_i6), 'ncomments': 2}
wu = wb('20110203081529', RR)
page('wayback-lj-multiplex-2011-recent-podfic-frozencut', 'wayback-2011-reedbed_reads-recent.html', wu, 'wayback', 'index', 2011,
     ['wayback', 'digital-multiplex', 'index', 'podfic', 'decorated', 'about-fic'],
     'Wayback copy (2011-02-03, /web/TS/ links, the 2009–2013 toolbar) of a recent page on LJ S2 Digital Multiplex (2010): a podfic post (Title / Author / Reader / Length / Rating and Download links: a recording, not a text story) and a ficlet with `<b>Label</b> &gt;&gt; X` lines',
     wayback(multiplex_page('recent', [w1, w2], 'reedbed_reads', 'reedbed reads', RR, 'reedbed reads', 2010, leading=2), '20110203081529', RR),
     [story(w2['url'], 'reedbed_reads', 'reedbed_reads', fields(title='The Frozen Cut', fandom='Original', rating='G', wordCount='105'), None, body('frozencut', p_i6), exclude=['blanket permission'])])
