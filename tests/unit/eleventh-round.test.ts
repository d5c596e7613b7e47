// @vitest-environment jsdom
/**
 * The eleventh round's rules (tests/heldout8's leftovers, rebuilt as the fixture set "eleventh round (heldout8
 * leftovers)"), each on small posts: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { buildBody, isLinkOnlyLine } from '../../utils/extract/body';
import { findHeader, isDrabbleNote, parseLabelLine } from '../../utils/extract/header';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';
import { isMetadataLine } from '../../utils/extract/metadata';
import { chapterLinks } from '../../utils/extract/part-links';
import { isNavText, isPartNumbersText } from '../../utils/extract/parts';

const PROSE = 'The rain had not stopped for three days, and Maren had stopped expecting it to.';
const PAGE = 'https://author.dreamwidth.org/20.html';
const SELF = 'dreamwidth.org/author/20';

function linesOf(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return flattenLines(div);
}

function entry(body: string, subject: string, tags: string[] = []) {
  const tagLinks = tags.map((t) => `<a rel="tag" href="https://author.dreamwidth.org/tag/${t}">${t}</a>`).join(', ');
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div>${tags.length ? `<div class="tag"><ul><li>${tagLinks}</li></ul></div>` : ''}</div></body></html>`;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  return extractPage(doc, PAGE);
}

describe('rule "the parts listed by number": a line naming every part by its number, its own unlinked', () => {
  it.each([
    ['number words after a label', 'Other installments: one · two · three', ['one', 'three']],
    ['roman numerals', 'More of this one: I · II · III', ['II', 'III']],
    ['digits with bars', 'The whole story: 1 | 2 | 3 | 4', ['1', '2', '4']],
    ['lower-case roman numerals', 'chapters: i · ii · iii', ['i', 'iii']],
  ])('%s', (_name, text, links) => {
    expect(isPartNumbersText(text, links)).toBe(true);
    expect(isNavText(text, links)).toBe(true);
  });
  it.each([
    ['a link that is no number', 'Other installments: one · two · <a>the art</a>', ['one', 'the art']],
    ['no link at all', 'She counted: one, two, three', []],
    ['prose with a number linked', 'She counted to three and then she ran', ['three']],
  ])('%s is none', (_name, text, links) => {
    expect(isPartNumbersText(text, links)).toBe(false);
  });
  it('is navigation after the prose, and its links are the parts', () => {
    const lines = linesOf(`${PROSE}<br><br><small>Other chapters: <a href="/10.html">one</a> · two · <a href="/30.html">three</a></small>`);
    expect(isLinkOnlyLine(lines[1])).toBe(true);
    const body = buildBody(lines);
    expect(body.text).toBe(PROSE);
    expect(chapterLinks(body.navLines, SELF, PAGE).partLinks.map((l) => [l.url, l.index])).toEqual([
      ['https://author.dreamwidth.org/10.html', 1],
      ['https://author.dreamwidth.org/30.html', 3],
    ]);
  });
  it("a short part whose lines read like notes (dialogue with 'sorry', 'everyone') is a part, not a post pointing at its story", () => {
    const r = entry(
      `<b>Title:</b> Rain<br><b>Rating:</b> G<br><b>Words:</b> 30<br><br>“I’m sorry,” said the boy. “Everyone says so. Listen to it.”<br><br>She listened.<br><br>` +
        `<p>Other installments: <a href="https://author.dreamwidth.org/10.html">one</a> · two · <a href="https://author.dreamwidth.org/30.html">three</a></p>`,
      'Rain (2/3)',
    );
    expect(r.kind).toBe('story');
    expect(r.stories[0].bodyText).toMatch(/^“I’m sorry,” said the boy\..*She listened\.$/s);
    expect(r.stories[0].partLinks.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/10.html', 'https://author.dreamwidth.org/30.html']);
  });
});

describe('a part label abbreviated ("Ch:", "Chap:", "Pt:") gives the part', () => {
  it.each([
    ['Ch: 1/3 — Night Round', { index: 1, total: 3 }],
    ['Chap: 2/4 — The Steps', { index: 2, total: 4 }],
    ['Pt: 1 of 2', { index: 1, total: 2 }],
  ])('%s', (line, part) => {
    const r = entry(`<b>Title:</b> Rain<br>${line}<br><b>Rating:</b> G<br><br>${PROSE} ${PROSE}`, 'Rain: 1. Night Round');
    expect(r.stories[0].part).toEqual(part);
    expect(r.stories[0].bodyText).toBe(`${PROSE} ${PROSE}`);
  });
  it('also as the header’s first line, before the first field', () => {
    const r = entry(`<p>Pt: 1/2 (i. Frost)<br>Rating: G<br>Words: 81</p><p>${PROSE} ${PROSE}</p>`, 'Rain — i. Frost');
    expect(r.stories[0].part).toEqual({ index: 1, total: 2 });
  });
});

describe('rule "an edit links the rest", and rule "a part linked by its subject"', () => {
  const read = (text: string, linkText: string) => chapterLinks([{ text, links: [{ href: '/21.html', text: linkText }] }], SELF, PAGE).partLinks;
  it.each([
    ['EDIT 14/3: the second half is here!', 'the second half is here!'],
    ['ETA: posted at last, the rest is here.', 'the rest is here'],
    ['Edit: concluded here', 'here'],
    ['Updated: the conclusion', 'the conclusion'],
  ])('%s', (text, link) => {
    expect(read(text, link).map((l) => l.url)).toEqual(['https://author.dreamwidth.org/21.html']);
  });
  it.each([
    ['an edit about art', 'EDIT: art by a friend, here', 'here'],
    ['an edit about typos', 'EDIT: fixed the typos, thanks to this post', 'this post'],
  ])('%s is no part', (_name, text, link) => {
    expect(read(text, link)).toEqual([]);
  });
  it.each([
    ['Follows: Knotwork (1 of 2)', 'Knotwork (1 of 2)', 1],
    ['Previously: The Saltings, 1/2', 'The Saltings, 1/2', 1],
    ['Ebb Rock [2/2]', 'Ebb Rock [2/2]', 2],
  ])('%s', (text, link, index) => {
    expect(read(text, link).map((l) => l.index)).toEqual([index]);
  });
  it('a subject with a marker after a related word is no part ("Sequel to: X (1/1)")', () => {
    expect(read('Sequel to: Winter (1/1)', 'Winter (1/1)')).toEqual([]);
  });
  it('the edit line after the prose is no body', () => {
    const body = buildBody(linesOf(`${PROSE}<br><br><small>EDIT: I finally finished it, the second half is up now, <a href="/21.html">over here</a>!</small>`));
    expect(body.text).toBe(PROSE);
    expect(chapterLinks(body.navLines, SELF, PAGE).partLinks.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/21.html']);
  });
});

describe('separators and labels of the header', () => {
  it('a spaced slash between fields on one line is no part of a value', () => {
    const h = findHeader(linesOf(`<p><b>Title:</b> The Last Lamp / <b>Fandom:</b> Original / <b>Rating:</b> G / <b>Words:</b> 62</p><p>${PROSE}</p>`));
    expect(h.fields).toEqual({ title: 'The Last Lamp', fandom: 'Original', rating: 'G', wordCount: '62' });
    // A slash inside a value stays.
    expect(parseLabelLine({ text: 'Pairing: Kirk/Spock', leadEmphasis: null })?.value).toBe('Kirk/Spock');
  });
  it.each([
    ['a dash', '<b>Summary</b> - A bell rings.<br><b>AO3</b> - <a href="https://archiveofourown.org/works/1">https://archiveofourown.org/works/1</a>'],
    ['a tilde', '<b>Summary</b> ~ A bell rings.<br><b>Link</b> ~ <a href="https://archiveofourown.org/works/1">on AO3</a>'],
    ['a bar', '<strong>Summary</strong> | A bell rings.<br><strong>Art</strong> | <a href="https://x.dreamwidth.org/3.html">a sketch</a>'],
  ])("an unlisted label set off as the fields' labels are (%s) ends the summary", (_name, html) => {
    const h = findHeader(linesOf(`<b>Title</b> - Bell<br><b>Rating</b> - G<br>${html}<br><br>${PROSE}`));
    expect(h.fields.summary).toBe('A bell rings.');
  });
  it('a bold word that opens prose is no label: "<b>Next</b> morning" stays the story', () => {
    expect(parseLabelLine({ text: 'Next morning she left.', leadEmphasis: 'Next' })).toBeNull();
  });
});

describe('a mood line typed with an arrow is the entry’s metadata', () => {
  it.each(['feeling ⇢ nostalgic · hearing ⇢ the mill race', 'mood → sleepy · music → rain on the skylight', 'music -> the wireless, turned low', 'Listening to => the radio'])('%s', (text) => {
    expect(isMetadataLine({ text, kind: 'text' })).toBe(true);
  });
  it.each(['Music → the old kind, from the hall, and she followed it.'.replace('→', '—'), 'Feeling better, she went out.'])('%s is prose', (text) => {
    expect(isMetadataLine({ text, kind: 'text' })).toBe(false);
  });
});

describe('rule "a drabble\'s note"', () => {
  it.each(['100 words, for the “lantern” prompt at hundredfathom', 'Drabble, for the prompt “kettle” at the winter bingo.', '300 words for the winter bingo'])('%s', (t) => {
    expect(isDrabbleNote(t)).toBe(true);
  });
  it.each(['100 words of pure nonsense', 'The drabble of rain on the roof went on all night, for hours.'.replace('drabble', 'patter')])('%s is none', (t) => {
    expect(isDrabbleNote(t)).toBe(false);
  });
  const drabble =
    'Every night at ten the lamp-woman walked the sea wall, and every night the tide came exactly as far as her light and no further. She did it for forty years, and the village called it superstition, until the March she broke her ankle and stayed in bed, and there was weed in the post office by morning.';
  it('a drabble under its note, with no labels and no fic subject, is a story; the note is no body', () => {
    const r = entry(`<i>100 words, for the “lantern” prompt at a drabble community</i><br><br>${drabble}`, 'the lamp-woman');
    expect(r.kind).toBe('story');
    expect(r.stories[0].bodyText).toBe(drabble);
  });
  it('a word count that opens talk about writing is no story', () => {
    const r = entry(
      '<p>2,011 words for the day, which puts me at 6,104 for the month.</p><p>The chapter where they finally talk is half written. I wrote most of it on the bus, which is why it is mostly about buses. The plot is happening, slowly, and my word count goal is a rumour. Thanks for the comments on yesterday’s post: they kept me writing.</p>',
      'nano, day three',
    );
    expect(r.kind).toBe('not-story');
  });
});
