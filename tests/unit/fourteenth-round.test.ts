// @vitest-environment jsdom
/**
 * The fourteenth round's extraction rules (the known misses left by the thirteenth, rebuilt as the fixture set
 * "fourteenth round (known misses)", `python3 tests/fixtures/src/det15.py`), each on small posts: the shape read, and
 * the look-alike it must leave alone. (The mobile shells and their Previous / Next: stitch-neighbours.test.ts.)
 */
import { describe, expect, it } from 'vitest';
import { quotesOwnDrafts } from '../../utils/extract/evidence';
import { findHeader, isEndNote } from '../../utils/extract/header';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';

const PAGE = 'https://author.dreamwidth.org/20.html';

function linesOf(html: string) {
  const div = document.createElement('div');
  div.innerHTML = html;
  return flattenLines(div);
}

function entry(body: string, subject: string) {
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div></div></body></html>`;
  return extractPage(new DOMParser().parseFromString(html, 'text/html'), PAGE);
}

const TALK = '<p>Someone asked where the story came from. It started with the sound of a kettle in an empty house, and I went on from there.</p>';
const QUOTES = (a: string, b: string) =>
  `<p>${a}</p><blockquote><i>The house had been empty for a year, and the kettle still sang every morning at seven.</i></blockquote>` +
  `<p>${b}</p><blockquote><i>Nell came back to the house on a Tuesday, because Tuesdays were when nothing happened.</i></blockquote>`;
const BLOCK = '<p><b>Title:</b> Seven O’Clock<br><b>Words:</b> 900</p>';

describe('rule "quoted drafts": the Title / Words block below the drafts, the talk short', () => {
  it('two quotes brought in as drafts above the story’s Title / Words: a post about writing, no story', () => {
    const post = entry(
      `${TALK}${QUOTES('The first draft began like this:', 'Draft two was closer:')}${BLOCK}<p>Start with a person, then. The kettle gets one line in the end, and it is the last one.</p>`,
      'how it began',
    );
    expect(post.stories).toEqual([]);
  });
  it('counts the quotes above the first label, which the header’s search took for its opening notes', () => {
    const lines = linesOf(
      `${TALK}${QUOTES('The first draft began like this:', 'Draft two was closer:')}${BLOCK}<p>Start with a person, then. The kettle gets one line in the end, and it is the last one.</p>`,
    );
    const header = findHeader(lines);
    expect(header.start).toBe(0);
    expect(header.end).toBeGreaterThan(4);
    expect(quotesOwnDrafts(lines, header)).toBe(true);
  });
  it('quotes brought in by other words, or a story quoting its heroine’s drafts under its header: none', () => {
    const notNamed = linesOf(`${TALK}${QUOTES('She read it aloud:', 'Then the second one:')}${BLOCK}`);
    expect(quotesOwnDrafts(notNamed, findHeader(notNamed))).toBe(false);
    const story = linesOf(
      `${BLOCK}<p>Nell wrote the letter twice, as she always did.</p>${QUOTES('The first version said everything:', 'The second version was the one she sent:')}<p>Her sister kept them both.</p>`,
    );
    expect(quotesOwnDrafts(story, findHeader(story))).toBe(false);
  });
});

describe('rule "a drabble’s end note": a short story under a full header, then its A/N', () => {
  const HEADER = '<b>Title:</b> Crazing<br><b>Rating:</b> G<br><b>Words:</b> 100<br><br>';
  const PROSE = [
    'The kiln had gone out in the night, and every pot inside it had cracked as it cooled.',
    'Bet stood in the doorway with her hands in her apron and looked at a month of work in pieces.',
    'Then she saw the glaze had run in the cracks like gold in a river, and began to sort them.',
  ];
  it('the paragraphs are the story, the note the Notes field', () => {
    const post = entry(`${HEADER}${PROSE.join('<br><br>')}<br><br>A/N: for the “broken” prompt. Concrit welcome!`, 'drabble: Crazing');
    expect(post.stories).toHaveLength(1);
    expect(post.stories[0].bodyText).toBe(PROSE.join('\n\n'));
    expect(post.stories[0].fields.notes).toBe('for the “broken” prompt. Concrit welcome!');
    expect(post.stories[0].fields.title).toBe('Crazing');
  });
  it('a header’s Notes with the story after them stay the header’s', () => {
    const post = entry(`${HEADER}For my gran.<br><br>Notes: thank you all.<br><br>${PROSE.join('<br><br>')}`, 'Crazing');
    expect(post.stories[0].fields.notes).toBe('thank you all.');
    expect(post.stories[0].bodyText).toBe(PROSE.join('\n\n'));
  });
  it('an end note is a notes label near the end, only notes after it, no links', () => {
    const lines = linesOf(`<p>${PROSE[0]}</p><p>A/N: for the prompt.</p><p>Thanks to my beta!</p>`);
    expect(isEndNote(lines, 1)).toBe(true);
    expect(isEndNote(linesOf(`<p>A/N: for the prompt.</p><p>${PROSE[0]}</p>`), 0)).toBe(false);
    expect(isEndNote(linesOf(`<p>A/N: for the prompt.</p><p><a href="/30.html">Part 2</a></p>`), 0)).toBe(false);
    expect(isEndNote(linesOf(`<p>${PROSE[0]}</p>`), 0)).toBe(false);
  });
});
