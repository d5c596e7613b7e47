// @vitest-environment jsdom
/**
 * The thirteenth round's rules (tests/heldout11's misses, rebuilt as the fixture set "thirteenth round (heldout11 misses)"),
 * each on small posts: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../utils/extract/body';
import { isWritingOffer } from '../../utils/extract/evidence';
import { extractPage } from '../../utils/extract/index';
import { lookupLabel } from '../../utils/extract/lexicon';
import { flattenLines } from '../../utils/extract/lines';
import { chapterLinks } from '../../utils/extract/part-links';
import { parsePartMarker, partHeadingOf, titleFromSubject } from '../../utils/extract/parts';

const PROSE = 'The tide came up the estuary twice a day, and twice a day Ines walked out to meet it, because her grandmother had done the same.';
const PAGE = 'https://author.dreamwidth.org/20.html';

function linesOf(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return flattenLines(div);
}

function entry(body: string, subject: string, tags: string[] = []) {
  const tagHtml = tags.map((t) => `<a rel="tag" href="https://author.dreamwidth.org/tag/${t}">${t}</a>`).join(', ');
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div><div class="tag">${tagHtml}</div></div></body></html>`;
  return extractPage(new DOMParser().parseFromString(html, 'text/html'), PAGE);
}

describe('rule "the header goes on the first part": a later part is its subject, its heading and prose', () => {
  const prose = `<p>${PROSE} ${PROSE}</p><p>${PROSE}</p>`;
  it("a heading restating the subject's part, and links to the other parts: a story", () => {
    const got = entry(`<p><b>Part 2</b></p>${prose}<p><a href="/10.html">&laquo; part 1</a> | <a href="/30.html">part 3 &raquo;</a></p>`, 'Tidewater, part 2');
    expect(got.stories).toHaveLength(1);
    expect(got.stories[0].fields.title).toBe('Tidewater');
    expect(got.stories[0].part).toEqual({ index: 2, total: null });
    expect(got.stories[0].bodyText).not.toContain('Part 2');
  });
  it('a heading and a fic tag: a story', () => {
    expect(entry(`<p>~ Part 2 ~</p>${prose}`, 'Tidewater, part 2', ['fic']).stories).toHaveLength(1);
  });
  it('a heading with no story links and no fic tag, a heading of another number, or no heading: none', () => {
    expect(entry(`<p><b>Part 2</b></p>${prose}`, 'Moving house, part 2', ['life']).stories).toEqual([]);
    expect(entry(`<p><b>Part 3</b></p>${prose}<p><a href="/10.html">&laquo; part 1</a></p>`, 'Edinburgh, part 2').stories).toEqual([]);
    expect(entry(`${prose}<p><a href="/10.html">&laquo; part 1</a></p>`, 'Edinburgh, part 2', ['travel']).stories).toEqual([]);
  });
  it('reads a heading as the marker alone', () => {
    expect(partHeadingOf('~ Part 2 ~')).toEqual({ index: 2, total: null });
    expect(partHeadingOf('Part Three')).toEqual({ index: 3, total: null });
    expect(partHeadingOf('II.')).toEqual({ index: 2, total: null });
    expect(partHeadingOf('Part 2 was the hardest to write.')).toBeNull();
  });
  it('reads a long decorated heading, and the longest markers, but no paragraph', () => {
    const rule = '*~'.repeat(60);
    expect(partHeadingOf(`${rule} Part 2 of 5 ${rule}`)).toEqual({ index: 2, total: 5 });
    expect(partHeadingOf('the seventeenth chapter out of twenty')).toEqual({ index: 17, total: 20 });
    expect(partHeadingOf('Part the Seventeenth (of Twenty)')).toEqual({ index: 17, total: 20 });
    // A paragraph that opens with its part's number is prose (and is not tried against every marker pattern).
    expect(partHeadingOf(`Part 2. ${'The ferry waited at the pier while the gulls argued. '.repeat(4)}`)).toBeNull();
  });
});

describe('rule "a roman numeral alone numbers a chapter"', () => {
  it.each([
    ['The Weir Keeper: I.', 1, 'The Weir Keeper'],
    ['Fenwick: II.', 2, 'Fenwick'],
    ['Lodestar — IV', 4, 'Lodestar'],
  ])('%s', (subject, index, title) => {
    expect(parsePartMarker(subject)).toEqual({ index, total: null });
    expect(titleFromSubject(subject)).toBe(title);
  });
  it.each([['Henry V'], ['Rocky II'], ['Me, Myself, I'], ['Star Trek: Civil'], ['Vitamin: D']])('not: %s', (subject) => {
    expect(parsePartMarker(subject)).toBeNull();
  });
  it('a link whose words are the numeral with a stop is a part link ("← I. | II. →")', () => {
    const line = linesOf('&larr; <a href="https://author.dreamwidth.org/10.html">I.</a> | <a href="https://author.dreamwidth.org/30.html">II.</a> &rarr;');
    expect(chapterLinks(line, 'author.dreamwidth.org/20', PAGE).partLinks.map((l) => l.index)).toEqual([1, 2]);
  });
  it('an interlude linking back and on, under a header, is a story, not a masterpost', () => {
    const got = entry(`<b>Title:</b> Fenwick<br><b>Rating:</b> PG<br><br>${PROSE}<br><br>&larr; <a href="/10.html">I.</a> | <a href="/30.html">II.</a> &rarr;`, 'Fenwick: Interlude');
    expect(got.stories).toHaveLength(1);
    expect(got.stories[0].partLinks.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/10.html', 'https://author.dreamwidth.org/30.html']);
  });
});

describe('rule "a combined post is its first part"', () => {
  it.each([
    ['Saltwork, Parts 1-2 of 4', 1, 4],
    ['The Long Hedge, Chapters 3 & 4/6', 3, 6],
    ['Brine (1-2/3)', 1, 3],
    ['Part 2 of 4', 2, 4],
  ])('%s', (subject, index, total) => {
    expect(parsePartMarker(subject)).toEqual({ index, total });
  });
});

describe('labels: Polish, a count naming the part, "also on"', () => {
  it.each([
    ['Ocena', 'rating'],
    ['Słowa', 'wordCount'],
    ['Liczba słów', 'wordCount'],
    ['Streszczenie', 'summary'],
    ['Paring', 'pairing'],
    ['Ostrzeżenia', 'warnings'],
    ['Words this part', 'wordCount'],
    ['Word count this chapter', 'wordCount'],
    ['Rating for this part', 'rating'],
  ])('%s → %s', (label, key) => {
    expect(lookupLabel(label)).toEqual({ key });
  });
  it('"Also on AO3:" is a header line of no field (it ends the Summary)', () => {
    expect(lookupLabel('Also on AO3')).toEqual({ key: null, header: true });
    expect(lookupLabel('Also posted at my DW')).toEqual({ key: null, header: true });
    expect(lookupLabel('Also')).toBeNull();
  });
});

describe('navigation lines: "read on: the next post", the next part a promise', () => {
  it.each([
    ['(read on: the next post, below)'],
    ['read on in the next entry ↓'],
    ['<a href="/10.html">&laquo; part 2</a> | next: when I write it'],
    ['<a href="/10.html">&laquo; Part 2</a> | Part 4: coming soon!'],
  ])('%s', (line) => {
    const body = buildBody(linesOf(`${PROSE}<br><br>${PROSE}<br><br>${line}`));
    expect(body.text).toBe(`${PROSE}\n\n${PROSE}`);
  });
  it('leaves prose about reading on, or about writing next, alone', () => {
    const prose = 'She read on into the night, and the next post brought no letter from him at all, only the bill.';
    expect(buildBody(linesOf(`${PROSE}<br><br>${prose}`)).text).toBe(`${PROSE}\n\n${prose}`);
    const promise = 'Next, when I write it, the ferry will come.';
    expect(buildBody(linesOf(`${PROSE}<br><br>${promise}`)).text).toBe(`${PROSE}\n\n${promise}`);
  });
});

describe('rule "writing-offer": a beta offer', () => {
  it("Strengths / Turnaround / Won't beta: an offer", () => {
    expect(isWritingOffer(linesOf('<b>Fandoms:</b> SGA<br><b>Strengths:</b> commas<br><b>Turnaround:</b> a week<br><b>Won’t beta:</b> RPF'), 'beta for hire')).toBe(true);
  });
  it('a story whose prose says "strengths" is none', () => {
    expect(isWritingOffer(linesOf(`<b>Title:</b> Ebb<br><b>Rating:</b> G<br><br>${PROSE}<br><br>Her strengths: patience, and a good knife.`), 'fic: Ebb')).toBe(false);
  });
});

describe('rule "parts posted back to back": the journal\'s own Previous / Next post, when its subject names the story\'s part', () => {
  const J = 'https://oast-and-bine.livejournal.com/';
  function mdPage(subject: string, body: string, prev: [string, string], next: [string, string], url = `${J}200.html`) {
    const nav = (cls: string, label: string, [href, subj]: [string, string]) => `<a class="mdspost-nav__item mdspost-nav__item--${cls}" href="${href}"><span>${label}</span> <b>${subj}</b></a>`;
    const html = `<html><head><title>oast_and_bine: ${subject}: LiveJournal</title></head><body><article class="mdspost-post hentry">
      <h1 class="mdspost-title entry-title">${subject}</h1><div class="mdspost-text entry-content">${body}</div>
      <div class="mdspost-tags"><a rel="tag" href="${J}tag/fic">fic</a></div></article>
      <nav class="mdspost-nav">${nav('prev', 'Previous post', prev)}${nav('next', 'Next post', next)}</nav></body></html>`;
    return extractPage(new DOMParser().parseFromString(html, 'text/html'), url);
  }
  const prose = `<p>${PROSE} ${PROSE}</p><p>${PROSE}</p>`;
  it("follows the neighbours whose subjects are this story's parts, not an unrelated post", () => {
    const got = mdPage('The Hop Garden, part 2', `<p><b>Part Two</b></p>${prose}`, [`${J}100.html`, 'The Hop Garden (part 1)'], [`${J}300.html`, 'kiln photos, finally']);
    expect(got.stories).toHaveLength(1);
    expect(got.stories[0].partLinks).toEqual([{ url: `${J}100.html`, label: 'The Hop Garden (part 1)', index: 1 }]);
  });
  it("leaves another story's part, another journal's post and a one-shot's neighbours alone", () => {
    const header = '<b>Title:</b> The Hop Garden<br><b>Rating:</b> G<br><br>';
    const other = mdPage('The Hop Garden (part 1)', `${header}${prose}`, [`${J}100.html`, 'Kiln Light (part 2)'], ['https://someone-else.livejournal.com/300.html', 'The Hop Garden, part 2']);
    expect(other.stories[0].partLinks).toEqual([]);
    const oneShot = mdPage('fic: The Hop Garden', `${header}${prose}`, [`${J}100.html`, 'The Hop Garden (part 1)'], [`${J}300.html`, 'The Hop Garden, part 2']);
    expect(oneShot.stories[0].part).toBeNull();
    expect(oneShot.stories[0].partLinks).toEqual([]);
  });
  it('reads a link of a direction and a part name ("back: I.", "onward: II") as a part link', () => {
    const line = linesOf(
      '<a href="https://author.dreamwidth.org/10.html">back: I.</a> · <a href="https://author.dreamwidth.org/30.html">onward: II</a> · <a href="https://author.dreamwidth.org/40.html">on: the harbour wall</a>',
    );
    expect(chapterLinks(line, 'author.dreamwidth.org/20', PAGE).partLinks.map((l) => [l.url.slice(-7), l.index])).toEqual([
      ['10.html', 1],
      ['30.html', 2],
    ]);
  });
});

describe('rule "a Wayback copy\'s live link is to the copy"', () => {
  const copy = 'https://web.archive.org/web/20120915101010/http://cold-frame.livejournal.com/14420.html';
  const line = linesOf(
    '<a href="http://cold-frame.livejournal.com/14673.html">Part 2</a> | <a href="/web/20120101000000/http://cold-frame.livejournal.com/14900.html">Part 3</a> | <a href="https://archiveofourown.org/works/1">AO3</a>',
  );
  it('a live journal entry linked from a Wayback copy is read as its copy at the capture time; rewritten links stay', () => {
    expect(chapterLinks(line, 'livejournal.com/cold_frame/14420', copy).partLinks.map((l) => l.url)).toEqual([
      'https://web.archive.org/web/20120915101010/http://cold-frame.livejournal.com/14673.html',
      'https://web.archive.org/web/20120101000000/http://cold-frame.livejournal.com/14900.html',
    ]);
  });
  it("leaves a live page's links alone", () => {
    expect(chapterLinks(line, 'livejournal.com/cold_frame/14420', 'http://cold-frame.livejournal.com/14420.html').partLinks[0].url).toBe('http://cold-frame.livejournal.com/14673.html');
  });
});

describe('notes after the prose', () => {
  const header = '<b>Title:</b> Half a Candle<br><b>Rating:</b> G<br><br>';
  // (Four paragraphs: a label within three unlabelled lines of the header's would draw them into it: header.ts, left as it is.)
  const story = [PROSE, `${PROSE} ${PROSE}`, PROSE, PROSE].join('<br><br>');
  it('"Author\'s Note:" / "A/N:" opening the last lines: the Notes field, not the story', () => {
    for (const label of ['<b>Author’s Note:</b>', 'A/N:']) {
      const got = entry(`${header}${story}<br><br>${label} Wenlock is real, Oswy is not.`, 'fic: Half a Candle').stories[0];
      expect(got.fields.notes).toBe('Wenlock is real, Oswy is not.');
      expect(got.bodyText).not.toContain('Wenlock');
    }
  });
  it("leaves a header's own Notes, and a note that links on to the next part, as they were", () => {
    const withNotes = entry(`<b>Title:</b> Half a Candle<br><b>Notes:</b> for R.<br><br>${story}<br><br>A/N: Oswy is not real.`, 'fic: Half a Candle').stories[0];
    expect(withNotes.fields.notes).toBe('for R.');
    const linked = entry(`${header}${story}<br><br>A/N: <a href="/30.html">part 2</a> is up!`, 'fic: Half a Candle').stories[0];
    expect(linked.fields.notes).toBeUndefined();
  });
  it('an exchange\'s "Written for …" line after the story is the writer\'s, not the story\'s; prose that says "written for" stays', () => {
    expect(buildBody(linesOf(`${PROSE}<br><br>${PROSE}<br><br><i>Written for sea_holly in the Midwinter Swap 2013.</i>`)).text).toBe(`${PROSE}\n\n${PROSE}`);
    const prose = 'Written for her, the letter lay on the table all winter, and nobody opened it.';
    expect(buildBody(linesOf(`${PROSE}<br><br>${prose}`)).text).toBe(`${PROSE}\n\n${prose}`);
  });
});
