// @vitest-environment jsdom
/**
 * The twenty-first round's rules (heldout16's misses, rebuilt in tests/fixtures/src/det22.py): each asserts what a rule
 * reads, and what it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { parseLabelLine } from '../../utils/extract/header';
import { extractPage } from '../../utils/extract/index';
import { chapterLinks } from '../../utils/extract/part-links';
import { isPartNumbersText, isPlaceLinksText } from '../../utils/extract/parts';
import type { FoundPost } from '../../utils/extract/posts';
import { seriesListParts } from '../../utils/stitch/links';

const PAGE = 'https://author.dreamwidth.org/20.html';
const SELF = 'dreamwidth.org/author/20';
const PROSE = [
  'The rain had not stopped for three days, and Maren had stopped expecting it to.',
  'She took the long way to the harbour anyway, past the chapel and the rope-walk, and counted the boats that had come in.',
];

function entry(body: string, subject: string) {
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div></div></body></html>`;
  return extractPage(new DOMParser().parseFromString(html, 'text/html'), PAGE);
}

describe('rule "a parts list closes each part": the parts by number after the prose, the current one unlinked', () => {
  it.each([
    ['an aside on a linked part', 'Parts: one · two (flocked) · three', ['two (flocked)', 'three']],
    ['an aside on the current part', 'Chapters: one (you are here) · two', ['two']],
    ['an aside in square brackets', 'Parts: 1 | 2 [locked] | 3', ['1', '2 [locked]']],
  ])('%s is a list of the parts', (_name, text, links) => {
    expect(isPartNumbersText(text, links)).toBe(true);
  });
  it('a long bracketed remark is no aside', () => {
    expect(isPartNumbersText('Parts: one · two (which I wrote on the train home, sorry)', ['two'])).toBe(false);
  });
  it('closes the story, not the header: the prose is the body, the list its navigation', () => {
    const header = '<b>Title:</b> The Weir<br /><b>Rating:</b> G<br /><br />';
    const nav = '<small>Parts: 1 | <a href="https://author.dreamwidth.org/40.html">2</a> | <a href="https://author.dreamwidth.org/60.html">3 (end)</a></small>';
    const story = entry(`${header}${PROSE.join('<br /><br />')}<br /><br />${nav}`, 'The Weir (1/3)').stories[0];
    expect(story.bodyText).toBe(PROSE.join('\n\n'));
    expect(story.partLinks.map((l) => [l.url, l.index])).toEqual([
      ['https://author.dreamwidth.org/40.html', 2],
      ['https://author.dreamwidth.org/60.html', 3],
    ]);
  });
  it('a link naming a part with an aside after its number is that part', () => {
    const line = { text: '« two (locked)', links: [{ href: '/10.html', text: 'two (locked)' }] };
    expect(chapterLinks([line], SELF, PAGE).partLinks.map((l) => l.index)).toEqual([2]);
  });
});

describe('rule "a part named by the place it is in": begun / continued / concluded in a community or "my journal"', () => {
  it.each([
    ['two places on one line', 'Begun in saltmarsh_fic; concluded in my journal.', ['saltmarsh_fic', 'my journal']],
    ['a clause before the cue', 'The second half continues in my journal.', ['my journal']],
    ['"over at"', 'The story started over at the comm', ['the comm']],
  ])('%s is where the parts are', (_name, text, links) => {
    expect(isPlaceLinksText(text, links)).toBe(true);
  });
  it.each([
    ['prose after the link', 'Begun in my journal, this story took me a year to finish and I am so glad it is done.', ['my journal']],
    ['no cue before the link', 'I first read it in the comm and loved it.', ['the comm']],
    ['a long sentence before the cue', 'After a great deal of dithering about where it should go, the whole thing finally ended up in my journal', ['my journal']],
  ])('%s is none', (_name, text, links) => {
    expect(isPlaceLinksText(text, links)).toBe(false);
  });
  it('each link after a place cue is a part link', () => {
    const line = {
      text: 'Begun in saltmarsh_fic; concluded in my journal.',
      links: [
        { href: 'https://saltmarsh-fic.livejournal.com/40.html', text: 'saltmarsh_fic' },
        { href: 'https://author.dreamwidth.org/60.html', text: 'my journal' },
      ],
    };
    expect(chapterLinks([line], SELF, PAGE).partLinks.map((l) => l.url)).toEqual(['https://saltmarsh-fic.livejournal.com/40.html', 'https://author.dreamwidth.org/60.html']);
  });
  it('a link in a place that names no part of the story stays out', () => {
    const line = { text: 'I first read it in the comm.', links: [{ href: 'https://author.dreamwidth.org/60.html', text: 'the comm' }] };
    expect(chapterLinks([line], SELF, PAGE).partLinks).toEqual([]);
  });
});

describe('rule "the parts listed in the Series: field": the series named by the story\'s own title', () => {
  const line = (text: string, linkText: string) => ({ text, links: [{ href: 'https://author.dreamwidth.org/10.html', text: linkText }] });
  it("a part named there is this story's part", () => {
    const links = chapterLinks([line('Series: The Ninth Well: part one · part two', 'part one')], SELF, PAGE, 'The Ninth Well');
    expect(links.partLinks.map((l) => [l.url, l.index])).toEqual([['https://author.dreamwidth.org/10.html', 1]]);
  });
  it('a series named otherwise is other stories: related, not a part', () => {
    const links = chapterLinks([line('Series: The Harrow verse: part one · part two', 'part one')], SELF, PAGE, 'First Frost');
    expect(links.partLinks).toEqual([]);
    expect(links.related.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/10.html']);
  });
});

describe('rule "a series masterpost lists this story\'s parts under its title"', () => {
  const E = (n: number) => `https://author.dreamwidth.org/${n}.html`;
  const post = (html: string) => {
    const body = document.createElement('div');
    body.innerHTML = html;
    return { body } as unknown as FoundPost;
  };
  const LIST = `<p>Stories of the canal towns.</p><h3>Lockkeeper</h3><ul><li><a href="${E(1)}">Part 1</a></li><li><a href="${E(2)}">Part 2</a></li></ul>
    <h3>Milestone</h3><ul><li><a href="${E(3)}">Part 1</a></li><li><a href="${E(4)}">Part 2</a></li></ul>`;
  it("the parts under a heading naming the story, not the other story's", () => {
    expect(seriesListParts(post(LIST), PAGE, 'Lockkeeper', 'dreamwidth.org/author/1')?.map((l) => [l.url, l.index])).toEqual([[E(2), 2]]);
    expect(seriesListParts(post(LIST), PAGE, 'Milestone', 'dreamwidth.org/author/4')?.map((l) => l.url)).toEqual([E(3)]);
  });
  it('a heading and its links on one line', () => {
    const html = `<b>1. Thaw</b> — <a href="${E(3)}">part one</a> · <a href="${E(4)}">part two</a><br><b>2. First Snow</b> — <a href="${E(1)}">part one</a> · <a href="${E(2)}">part two</a>`;
    expect(seriesListParts(post(html), PAGE, 'First Snow', 'dreamwidth.org/author/2')?.map((l) => l.url)).toEqual([E(1)]);
  });
  it('none when no heading names the story, or its list does not hold the chapter', () => {
    expect(seriesListParts(post(LIST), PAGE, 'Towpath', 'dreamwidth.org/author/1')).toBeNull();
    expect(seriesListParts(post(LIST), PAGE, 'Lockkeeper', 'dreamwidth.org/author/3')).toBeNull();
  });
});

describe('rule "a row of labels is no field": a table\'s first row names its columns', () => {
  it.each(['Title | Rating | Words', 'Title | Author | Rating | Words'])('%s', (text) => {
    expect(parseLabelLine({ text, leadEmphasis: null })).toBeNull();
  });
  it('a label set off by a bar before its value is still a field', () => {
    expect(parseLabelLine({ text: 'Title | The Weir', leadEmphasis: null })).toMatchObject({ key: 'title', value: 'The Weir' });
  });
});
