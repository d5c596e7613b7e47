/**
 * Issue 11's detection, piece by piece: the label grammar, the part-marker grammar, entry metadata,
 * the evidence the verdict reads, and `extract --explain` (the named rules themselves: verdict.test.ts). Each case is
 * one fact of how journals were written, so a failure names the fact.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadPages } from '../../harness/fixture-cases';
import { hasBlankForm, hasPoll, isLinkList, isWipMeter, storyLinksOf, subjectIsAboutFic, talksAboutWriting } from '../../utils/extract/evidence';
import { explainPage } from '../../utils/extract/explain';
import { isNoteLike, parseLabelLine } from '../../utils/extract/header';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';
import { dropMetadata, isMetadataLine } from '../../utils/extract/metadata';
import { parsePartMarker, titleFromSubject } from '../../utils/extract/parts';
import { RULES } from '../../utils/extract/verdict';

const dom = (html: string, url = 'https://ink-well.dreamwidth.org/100.html') => new JSDOM(html, { url }).window.document;
const lines = (html: string) => flattenLines(dom(`<div id="b">${html}</div>`).getElementById('b')!);

describe('decorated labels: decoration is any non-letter, and belongs to the label', () => {
  it.each([
    ['~*Title:*~ Paper Boats', 'title', 'Paper Boats'],
    ['*~Pairing~*: Ed/Winry', 'pairing', 'Ed/Winry'],
    [':: Title ::  Emberfall', 'title', 'Emberfall'],
    ['Title ~ Greywater', 'title', 'Greywater'],
    ['Rating -- PG', 'rating', 'PG'],
    ['♥ Title: Moonlit Run', 'title', 'Moonlit Run'],
    ['🌙 Fandom: Teen Wolf', 'fandom', 'Teen Wolf'],
    ['[Title] Tinsel', 'title', 'Tinsel'],
    ['✿ Summary ✿ Indiana. One radio station.', 'summary', 'Indiana. One radio station.'],
    ['» Title: Quarry', 'title', 'Quarry'],
    ['→ Fandom: Original Fiction', 'fandom', 'Original Fiction'],
    ['✦ Rating ✦ PG-13', 'rating', 'PG-13'],
    ['.:Pairing:. Harry/Draco', 'pairing', 'Harry/Draco'],
    ['Word count (approx.): 2,000', 'wordCount', '2,000'],
    ['Pairing/Characters: Kirk, Spock', 'pairing', 'Kirk, Spock'],
  ])('%s', (text, key, value) => {
    expect(parseLabelLine({ text, leadEmphasis: null })).toMatchObject({ key, value });
  });

  it("keeps a symbol stuck to the value's first letter as the value's own", () => {
    expect(parseLabelLine({ text: 'Length: ~1k', leadEmphasis: null })?.value).toBe('~1k');
    expect(parseLabelLine({ text: 'Prompt: #14 - lanterns', leadEmphasis: null })?.value).toBe('#14 - lanterns');
  });

  it('is not fooled by dialogue, prose, or a word that only starts like a label', () => {
    for (const text of ['"Title: Deed of Sale," he read aloud.', 'She said: come home.', 'Titles matter, Arthur said.', 'Summary of the day: rain.', 'Rated PG, they said']) {
      expect(parseLabelLine({ text, leadEmphasis: null }), text).toBeNull();
    }
  });
});

describe('a note to readers, not a first paragraph that says "for the"', () => {
  it('a line naming what the story was written for is a note', () => {
    for (const t of ['Written for the winter_wonder challenge.', 'For the spring swap, for kestrel_ink.', 'For the lanterns prompt at drabble_100', 'for the 2012 hurt/comfort bingo round'])
      expect(isNoteLike(t), t).toBe(true);
  });
  it('prose that says "for the" is no note', () => {
    for (const t of [
      'Aunt Bet kept the good cup for the vicar and the chipped one for everybody else.',
      'Wen bought it for the garden.',
      'Grandad built the shed for the bees, and the bees would not have it.',
    ])
      expect(isNoteLike(t), t).toBe(false);
  });
});

describe('part markers: one grammar, in every common form', () => {
  it.each([
    ['Fic: Windward (2/4)', { index: 2, total: 4 }],
    ['Lanternfish [1/?]', { index: 1, total: null }],
    ['Lanternfish [1/??]', { index: 1, total: null }],
    ['Hollow Hill - Chapter 3 of 5', { index: 3, total: 5 }],
    ['Moss Garden, Ch. 3', { index: 3, total: null }],
    ['gullwing pt 2', { index: 2, total: null }],
    ['Saltwater 3/4', { index: 3, total: 4 }],
    ['FIC: Brightwater (Part One of Three)', { index: 1, total: 3 }],
    ['Kettle Black 1a/3', { index: 1, total: 3 }],
    ['Ironwood, Part IV/VI', { index: 4, total: 6 }],
    ['Title (II/IV)', { index: 2, total: 4 }],
    ['Thistledown (Part Two)', { index: 2, total: null }],
    ['Pt. 1/2: Ashes', { index: 1, total: 2 }],
    ['The Pilot’s Daughter — II of III', { index: 2, total: 3 }],
    ['The Chalk Horse, Part the Second', { index: 2, total: null }],
    ['The Chalk Horse, Part the Third (end)', { index: 3, total: 3 }],
    ['Tollgate, Chapter the Twelfth [fin]', { index: 12, total: 12 }],
    ['Quarry Light — the second of four', { index: 2, total: 4 }],
    ['Ashfall, first of two', { index: 1, total: 2 }],
    ['The Pell Road (last of three)', { index: 3, total: 3 }],
    ['The Lock-Keeper, 3rd of 4', { index: 3, total: 4 }],
    ['(1st of 2) Weir Cottage', { index: 1, total: 2 }],
    ['Part: 2nd of 3', { index: 2, total: 3 }],
    ['Candlemas Road, Part the Second (of Three)', { index: 2, total: 3 }],
    ['The Quern: Chapter the First [of Two]', { index: 1, total: 2 }],
    ['Rookery — the second part of three', { index: 2, total: 3 }],
    ['Rookery, the last chapter of four', { index: 4, total: 4 }],
    ['Tidewrack (Two of Four)', { index: 2, total: 4 }],
    ['Tidewrack, part two of three', { index: 2, total: 3 }],
  ])('%s', (text, want) => {
    expect(parsePartMarker(text)).toEqual(want);
  });

  it('reads no marker in dates, pairings, "part of", a ship name or plain words', () => {
    for (const text of [
      'Posted 2/3/2009',
      'Kirk/Spock',
      'Part of the Family',
      'Fic: Kettle (Harry/Draco, PG-13)',
      'chapter cliche',
      'Parts unknown',
      'I of course said no',
      'a mix of civil words',
      'the first of three wishes',
      'the first part of the trilogy',
      'the second chapter of my life',
      'last of the summer wine',
      'the 2nd of May',
      'his 3rd of 4 brothers',
    ]) {
      expect(parsePartMarker(text), text).toBeNull();
    }
  });

  it("takes a header's Notes for a marker only when it gives a total (a note may name any part)", () => {
    const url = 'https://ink-well.dreamwidth.org/100.html';
    const page = (notes: string) =>
      dom(
        `<html><body><div class="entry-wrapper"><h3 class="entry-title"><a href="${url}">Rain</a></h3><div class="entry-content">
        <b>Title:</b> Rain<br><b>Rating:</b> G<br><b>Notes:</b> ${notes}<br><br>${'The rain went on and the town went under it. '.repeat(8)}</div></div></body></html>`,
        url,
      );
    expect(extractPage(page('Chapter two of three; thanks to my beta.'), url).stories[0].part).toEqual({ index: 2, total: 3 });
    expect(extractPage(page('Follows on from chapter 4 of Snow.'), url).stories[0].part).toBeNull();
  });

  it('takes the marker out of a title made from a subject', () => {
    expect(titleFromSubject('Kettle Black 1a/3')).toBe('Kettle Black');
    expect(titleFromSubject('Ironwood, Part IV/VI')).toBe('Ironwood');
    expect(titleFromSubject('Saltwater 3/4')).toBe('Saltwater');
    expect(titleFromSubject('The Chalk Horse, Part the Third (end)')).toBe('The Chalk Horse');
  });
});

describe('entry metadata inside the entry', () => {
  it.each([
    'Current Mood: tired',
    'Location: | Leeds, UK',
    'My mood: hopeful',
    'Listening to: Remy Zero, on repeat',
    'Tags: #tma, #my fic',
    'Entry tags: fic, original',
    'Filed under: fiction, flash',
    'Aktuelle Stimmung: müde',
    'Humeur actuelle: fatiguée',
    '~ Music: Bach ~',
  ])('%s is metadata', (text) => {
    expect(isMetadataLine({ text, kind: 'text' })).toBe(true);
  });

  it.each(['Summary: The library closes at six.', 'Moody as ever, he left.', 'Tagged along behind them all day.', 'Music was the only thing she had left: that, and the cat.'])('%s is not', (text) => {
    expect(isMetadataLine({ text, kind: 'text' })).toBe(false);
  });

  it("drops a posting client's table (two metadata rows) whole, its other short rows too", () => {
    const client = dropMetadata(lines('<table><tr><td>Posted by:</td><td>ink</td></tr><tr><td>Mood:</td><td>calm</td></tr><tr><td>Music:</td><td>rain</td></tr></table>Prose begins here.'));
    expect(client.map((l) => l.text)).toEqual(['Prose begins here.']);
    const author = dropMetadata(lines('<table><tr><td>Title:</td><td>Rain</td></tr><tr><td>Mood:</td><td>calm</td></tr><tr><td>Rating:</td><td>G</td></tr></table>Prose.'));
    expect(author.map((l) => l.text)).toEqual(['Title: | Rain', 'Rating: | G', 'Prose.']);
  });

  it('takes a metadata label followed only by links for metadata, colon or not ("Posted in <a>fiction</a>")', () => {
    expect(dropMetadata(lines('Prose.<br>Posted in <a href="/c/fiction">fiction</a>, <a href="/c/flash">flash</a>')).map((l) => l.text)).toEqual(['Prose.']);
    expect(dropMetadata(lines('Posted in <a href="/c/x">the spring</a> of that year, he left.')).length).toBe(1);
  });

  it('ends a summary before it and moves its paragraph break to the prose after it', () => {
    const ls = dropMetadata(lines('Summary: Rain.<br>Three days of it.<br>Mood: wet<br><br>Prose begins here.'));
    expect(ls.map((l) => l.text)).toEqual(['Summary: Rain.', 'Three days of it.', 'Prose begins here.']);
    expect(ls[2].paraBreakBefore).toBe(true);
  });
});

describe('what the subject calls the post', () => {
  it.each([
    ['WIP update: the space pirate AU', 'The Long Dark Between', true],
    ['Fic filter sign-up!', undefined, true],
    ['Drabble meme!', undefined, true],
    ['Big Bang art claim!', 'The Salt Roads', true],
    ['Rec: The Glass Door by someone', undefined, true],
    ['Con schedule: come say hi!', undefined, true],
    ['Parks and Rec: Two Hundred and Eleven Pies (G)', 'Two Hundred and Eleven Pies', false],
    ['Fic: The Rules of the Game (1/2)', undefined, false],
    ['Welcome Home (Merlin, PG)', 'Welcome Home', false],
    // Exchange letters to the assigned writer.
    ['Dear Yuletide Writer', undefined, true],
    ['Dear Small Fandoms Creator', undefined, true],
    ['yuletide letter 2009', undefined, true],
    ['Dear John (Persuasion, G)', 'Dear John', false],
    // At an exchange's reveals writers post or link their own gift fic.
    ['Reveals! My swap fic', 'The Robin’s Return', false],
    ['Yuletide reveal!', 'Snowfield Letters', false],
    // A chapter announced, a story read aloud: events about a story.
    ['Harrowgate (4/5) — coming soon!', 'Harrowgate', true],
    ['I’ll be at the con! (+ a fic reading)', undefined, true],
    ['Story readings this weekend (one of them mine)', undefined, true],
    ['Coming Home Soon (Persuasion, G)', 'Coming Home Soon', false],
    ['Fic: The Reading Room', undefined, false],
    // A call for prompts, under a fic prefix too; a story titled so keeps its title.
    ['comment fic: leave me a prompt!', undefined, true],
    ['drabble fest: prompt me!', undefined, true],
    ['taking prompts for Halloween ficlets', undefined, true],
    ['Fic: Prompt Me (PG)', 'Prompt Me', false],
    // A story still to be posted or to be found, and meta, describe stories in a header's labels.
    ['beta wanted: 20k of canal gothic', undefined, true],
    ['looking for a beta (original, 5k)', undefined, true],
    ['fic search: the one with the drowned bell?', undefined, true],
    ['WIP check-in: the canal book', undefined, true],
    ['meta: on summaries, and why mine are bad', undefined, true],
    ['Fic: The Beta Test (G)', 'The Beta Test', false],
    ['Metaphor (drabble)', 'Metaphor', false],
    // Fic shown, not there to read: a WIP amnesty, a call for a title.
    ['WIP amnesty: things I will never finish', undefined, true],
    ['fic amnesty 2014', undefined, true],
    ['help me title this??', undefined, true],
    ['title suggestions???', undefined, true],
    ['Fic: Amnesty (Les Mis, G)', 'Amnesty', false],
    // A fic search, its status once answered too, under a fic word as well; stories titled with the same words keep their titles.
    ['Looking for: Dean teaches Sam to drive', undefined, true],
    ['Looking for: Rodney and the stray cat [FOUND]', undefined, true],
    ['[FOUND] Arthur inherits a bakery', undefined, true],
    ['Searching for a fic: the beekeeping notebook', undefined, true],
    ['help me find: snowed in at a motel (solved)', undefined, true],
    ['can anyone help me find this story?', undefined, true],
    ['Looking for Home', undefined, false],
    ['Fic: Looking for Home (PG)', 'Looking for Home', false],
    ['Help Me Find My Way (Merlin, G)', 'Help Me Find My Way', false],
    ['Lost and Found (1/3)', undefined, false],
  ])('%s → %s', (subject, title, want) => {
    expect(subjectIsAboutFic(subject, title)).toBe(want);
  });
});

describe('evidence against', () => {
  it('finds polls as the sites rendered them', () => {
    const body = (html: string) => dom(`<div id="b">${html}</div>`).getElementById('b')!;
    expect(hasPoll(body("<div class='poll-container'><div class='poll-title'>Poll #1</div></div>"))).toBe(true);
    expect(hasPoll(body('<div class="ljpoll">…</div>'))).toBe(true);
    expect(hasPoll(body("<form action='http://www.livejournal.com/poll/?id=1402231'><b><a href='http://www.livejournal.com/poll/?id=1402231'>Poll #1402231</a></b></form>"))).toBe(true);
    expect(hasPoll(body('View poll: <a href="https://www.dreamwidth.org/poll/?id=77">what next?</a>'))).toBe(true);
    expect(hasPoll(body('<p>A story about a polling station.</p>'))).toBe(false);
  });

  it('finds a blank form to copy, not a header whose values sit under their labels', () => {
    expect(hasBlankForm(lines('<pre>Name:\nAO3 name:\nFandoms (offer at least 3):\nDo not want:</pre>'.replace(/\n/g, '<br>')))).toBe(true);
    expect(hasBlankForm(lines('<b>Title:</b><br>Rain<br><b>Fandom:</b><br>Original<br><b>Rating:</b><br>G'))).toBe(false);
    // A community's header template as code to copy: in a <pre> (its lines come as one) or as lines of <code>.
    expect(hasBlankForm(lines('<pre>&lt;b&gt;Title:&lt;/b&gt;\n&lt;b&gt;Rating:&lt;/b&gt;\n&lt;b&gt;Summary:&lt;/b&gt;</pre>'))).toBe(true);
    expect(hasBlankForm(lines('<code>&lt;b&gt;Title:&lt;/b&gt;<br>&lt;b&gt;Pairing:&lt;/b&gt;<br>&lt;b&gt;Rating:&lt;/b&gt;</code>'))).toBe(true);
    expect(hasBlankForm(lines('<pre>&lt;b&gt;Title:&lt;/b&gt; Rain\n&lt;b&gt;Rating:&lt;/b&gt; G</pre>'))).toBe(false);
  });

  it('hears talk about writing, not a story that mentions a letter', () => {
    expect(
      talksAboutWriting(
        'I have not written a word in six weeks. I have too many ideas, and the heron story has a saggy middle. I wrote ninety words today, in the right document, and I am counting that as a win for the fic.',
      ),
    ).toBe(true);
    expect(
      talksAboutWriting('She wrote the letter by the window, and sealed it, and did not send it for a year. The harbour froze that winter; the boats stayed in; nobody spoke of the captain again.'),
    ).toBe(false);
    // Fandom's names for kinds of fic, and a WIP counted in thousands of words.
    expect(talksAboutWriting('I have three casefic WIPs open and not one has a case yet. One is 10k of tea in Baker Street. I keep meaning to write the endings.')).toBe(true);
  });

  it("reads a word count towards a goal as a WIP meter, a story's length or a part count as none", () => {
    for (const c of ['14,200 / 20,000', '18k of 50k', '3,200/???', '750 out of 5,000']) expect(isWipMeter(c), c).toBe(true);
    for (const c of ['1,200', '5,000/5,000', '2 of 3', 'Part 1 of 3', '100 words']) expect(isWipMeter(c), c).toBe(false);
  });
});

describe('where a header-only post says the story is', () => {
  const page = (html: string) => {
    const ls = lines(html);
    let end = 0;
    while (end < ls.length && /^(?:Title|Fandom|Rating|Notes|Summary):/.test(ls[end].text)) end++;
    return storyLinksOf(ls, end, 'https://ink-well.dreamwidth.org/100.html', 'https://ink-well.dreamwidth.org/100.html');
  };

  it('on the title, on a "Read it on AO3" line, and to a journal entry elsewhere', () => {
    const l = page(
      '<b>Title:</b> <a href="https://archiveofourown.org/works/1">Rain</a><br><b>Fandom:</b> Original<br><b>Notes:</b> art by <a href="https://art-comm.dreamwidth.org/5.html">someone</a>, thanks <span class="ljuser"><a href="https://beta.dreamwidth.org/">beta</a></span><br><br>' +
        '<a href="https://archiveofourown.org/works/1">Read it on AO3!</a> | <a href="https://some-comm.dreamwidth.org/77.html">DW</a><br>' +
        '<small>This entry was originally posted at <a href="https://ink-well.livejournal.com/9.html">https://ink-well.livejournal.com/9.html</a></small>',
    );
    expect(l.elsewhere.map((x) => x.url)).toEqual(['https://archiveofourown.org/works/1']);
    expect(l.entries.map((x) => x.url)).toEqual(['https://some-comm.dreamwidth.org/77.html']);
    expect(l.ownWords).toBe(0);
  });

  it('counts the words of prose that is the author’s own, not thanks or links', () => {
    const l = page('<b>Title:</b> Rain<br><b>Fandom:</b> Original<br><br>Thank you to everyone who voted!<br><br>The rain had not stopped for three days.');
    expect(l.ownWords).toBe(8);
    expect(isLinkList(l)).toBe(false);
  });

  it('a short part with its own prose and a "Part 2" link is a part: the link is navigation, not where the story is', () => {
    const part = page(
      '<b>Title:</b> Tidewater<br><b>Rating:</b> G<br><br><p>The salt marsh kept its own hours, and she kept them with it.</p><p>The tide came in twice a day.</p><p><a href="https://ink-well.dreamwidth.org/101.html">Part 2</a></p>',
    );
    expect(part.entries).toEqual([]);
    // With no prose of its own, the same links are where the story is (a header-only post for a serial).
    const headerOnly = page(
      '<b>Title:</b> Tidewater<br><b>Rating:</b> G<br><br>Thanks for reading!<br><a href="https://fic-comm.dreamwidth.org/7.html">Part 1</a> | <a href="https://fic-comm.dreamwidth.org/9.html">Part 2</a>',
    );
    expect(headerOnly.entries.map((e) => e.url)).toEqual(['https://fic-comm.dreamwidth.org/7.html', 'https://fic-comm.dreamwidth.org/9.html']);
  });

  it('a story whose every line says "sorry" or "everyone" is the story’s dialogue, not notes: its "Part 2" link stays navigation', () => {
    const said = (n: number) => `<p>“I’m sorry,” everyone on the quay said at once, the ${n}th time the ferry bell rang out over the water, and the harbourmaster only shrugged and wrote it down.</p>`;
    const l = page(
      `<b>Title:</b> Tidewater<br><b>Rating:</b> G<br><br>${Array.from({ length: 8 }, (_, i) => said(i + 4)).join('')}<p><a href="https://ink-well.dreamwidth.org/101.html">Part 2</a></p>`,
    );
    expect(l.ownWords).toBeGreaterThan(150);
    expect(l.entries).toEqual([]);
  });

  it('"WIP" is a note word in capitals, not letters inside a name ("wip-tide", "Wipers")', () => {
    const l = page('<b>Title:</b> Tidewater<br><b>Rating:</b> G<br><br>The keeper of wip-tide light rowed out at dawn.<br>Wipers squeaked on the bridge windows.<br>This WIP updates on Sundays!');
    expect(l.ownWords).toBe(15);
  });
});

describe('a header-only post, read whole', () => {
  it('has its fields, no body, and the links to where the story is', () => {
    const url = 'https://ink-well.dreamwidth.org/100.html';
    const html = `<html><head><title>ink_well | Fic: Rain (Original, G)</title></head><body><div class="entry-wrapper"><h3 class="entry-title"><a href="${url}">Fic: Rain (Original, G)</a></h3><div class="entry-content">
      <b>Title:</b> Rain<br><b>Fandom:</b> Original<br><b>Rating:</b> G<br><b>Words:</b> 4,000<br><br>
      Thanks to my beta!<br><a href="https://archiveofourown.org/works/42">Read on AO3</a> | <a href="https://rain-comm.dreamwidth.org/7.html">DW</a></div></div></body></html>`;
    const ex = extractPage(dom(html, url), url);
    expect(ex.kind).toBe('story');
    const s = ex.stories[0];
    expect(s.fields).toMatchObject({ title: 'Rain', fandom: 'Original', rating: 'G', wordCount: '4,000' });
    expect(s.bodyText).toBe('');
    // The post is whole: its story is elsewhere, not behind a cut.
    expect(s.complete).toBe(true);
    expect(s.elsewhere?.map((l) => l.url)).toEqual(['https://archiveofourown.org/works/42']);
    expect(s.partLinks.map((l) => l.url)).toEqual(['https://rain-comm.dreamwidth.org/7.html']);
  });

  it("on a Wayback copy, names the story's original address, not the archive's copy of it", () => {
    const url = 'https://web.archive.org/web/20150101000000/https://ink-well.dreamwidth.org/100.html';
    const html = `<html><body><div class="entry-wrapper"><h3 class="entry-title"><a href="/web/20150101000000/https://ink-well.dreamwidth.org/100.html">Rain</a></h3><div class="entry-content">
      <b>Title:</b> Rain<br><b>Fandom:</b> Original<br><b>Rating:</b> G<br><b>Words:</b> 4,000<br><br>
      <a href="/web/20150101000000/https://archiveofourown.org/works/42">Read on AO3</a></div></div></body></html>`;
    const s = extractPage(dom(html, url), url).stories[0];
    expect(s.elsewhere?.map((l) => l.url)).toEqual(['https://archiveofourown.org/works/42']);
  });
});

describe('extract --explain', () => {
  it('says per post the verdict, the rule, and what it rests on', () => {
    const pages = loadPages();
    const url = 'https://orchard-hollow.dreamwidth.org/';
    const doc = dom(readFileSync(join(FIXTURES, pages[url]), 'utf8'), url);
    const text = explainPage(doc, url);
    expect(text).toMatch(/^https:\/\/orchard-hollow\.dreamwidth\.org\/: index \(site dreamwidth\), 3 posts read/);
    // Numbered as the rules are listed (utils/extract/verdict.ts RULES; a rule added above it moves the number).
    expect(text).toContain(`verdict: story, by rule ${RULES.findIndex((r) => r.name === 'header-only') + 1} header-only`);
    expect(text).toContain('fields: title, fandom, characters, rating, wordCount, summary; title "Windfall"');
    expect(text).toContain('the story is at: https://archiveofourown.org/works/4410021');
    expect(text).toContain('verdict: not-story, by rule no-evidence');
    expect(text).toMatch(/tags: garden, life; fic subject \(or a drabble's note\): no/);
    expect(text).toContain('cut: yes');
    expect(text.split('\n').length).toBeLessThan(30);
  });

  it('lists the fills in a meme page’s comments, each part with the subject rule that made it one, and the look-alikes that are none', () => {
    const pages = loadPages();
    const url = 'https://stillwater-kink.dreamwidth.org/2210.html';
    const text = explainPage(dom(readFileSync(join(FIXTURES, pages[url]), 'utf8'), url), url);
    expect(text).toMatch(/\ncomments: \d+ read, 5 fills found\n/);
    expect(text).toContain('fill 3 "Borrowed Coats" by quillmoth https://stillwater-kink.dreamwidth.org/2210.html?thread=82001#cmt82001');
    expect(text).toContain('  part 3: comment 82513 "Fill: Borrowed Coats, part 3 (Fin)", by rule: FILL mark ("FILL:", "[FILL]", "(fill)")');
    expect(text).toContain('  part 2: comment 81233 "Salt and Iron 2/?", by rule: a title and a part marker ("Title 2/5")');
    expect(text).toContain('  part 2: comment 86865 "FILL: Lantern Hours (2/3)" (collapsed), by rule: FILL mark');
    expect(text).toMatch(/fill 2 "Salt and Iron" by Anonymous \S+\n {2}WIP as far as this page shows/);
    expect(text).toMatch(/fill 3 "Borrowed Coats" by quillmoth \S+\n {2}complete, 3 parts in all, 3 here; prompt: comment \d+/);
    // Chatter under a fill keeps the site's "Re:"; a prompt's "3/4" is no part marker of a fill.
    expect(text).toContain('not a fill: comment 77393 "Re: FILL: The Long Way Round (1/6)": the site\'s "Re:" and its parent\'s subject (chatter)');
    expect(text).toContain('not a fill: comment 326129 "any, 3/4 of a bottle of rum": top-level without a FILL mark (a prompt)');
  });

  it('says when the header after the prose decided, and not of a header at the top', () => {
    const pages = loadPages();
    const explain = (url: string) => explainPage(dom(readFileSync(join(FIXTURES, pages[url]), 'utf8'), url), url);
    const after = explain('https://cindermoth.dreamwidth.org/40211.html');
    expect(after).toMatch(/header: lines \d+-\d+, header after the prose; fields: title, fandom, rating, wordCount/);
    // A header with an opening note above it is a header at the top.
    expect(explain('https://orchard-hollow.dreamwidth.org/')).not.toContain('after the prose');
  });

  it('names where a part marker came from', () => {
    const pages = loadPages();
    const url = 'http://ravens-gate.livejournal.com/4012.html';
    const text = explainPage(dom(readFileSync(join(FIXTURES, pages[url]), 'utf8'), url), url);
    expect(text).toContain('part: 3/5 from the subject');
  });

  it("names a run-on header's part, the links that lead to the parts or the story, and those that are not parts", () => {
    const pages = loadPages();
    const read = (url: string) => explainPage(dom(readFileSync(join(FIXTURES, pages[url]), 'utf8'), url), url);
    expect(read('http://tin-lantern.insanejournal.com/3577.html')).toMatch(/header: lines 1-1; fields: rating;[^\n]*\n\s+part: 2\/3 from the header/);
    const mp = read('http://tin-lantern.insanejournal.com/3310.html');
    expect(mp).toContain('parts listed: "part one" http://tin-lantern.insanejournal.com/3402.html');
    expect(mp).toContain('not parts (related): "Also: on AO3" https://archiveofourown.org/works/5521093, "brass bells (part 1 of the series)"');
    expect(read('https://marsh-wren.livejournal.com/7714.html')).toContain('the story is at (followed): "the story is over at my Dreamwidth" https://marsh-wren.dreamwidth.org/1540.html');
  });
});
