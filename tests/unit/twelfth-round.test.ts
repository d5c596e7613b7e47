// @vitest-environment jsdom
/**
 * The twelfth round's rules (tests/heldout10's misses, rebuilt as the fixture set "twelfth round (heldout10 misses)"),
 * each on small posts: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { buildBody, isSeriesLinkLine } from '../../utils/extract/body';
import { isWritingOffer, quotesOwnDrafts, saysStoryInComments } from '../../utils/extract/evidence';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';

const PROSE = 'The rain had not stopped for three days, and Maren had stopped expecting it to. The ferry ran anyway.';
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

describe('rule "a line linking another story of the series": not the prose, not a part link', () => {
  it.each([
    ['next in the series: <a href="/30.html">The Second Hour</a> &rarr;'],
    ['<i>A sequel to <a href="/10.html">The Salt Wife</a>, but it stands alone.</i>'],
    ['Previous story in this series: <a href="/12.html">Pans and Kettles</a>'],
    ['(Prequel to <a href="/40.html">Low Water</a>.)'],
  ])('%s', (line) => {
    const body = buildBody(linesOf(`${line}<br><br>${PROSE}<br><br>${PROSE}<br><br>${line}`));
    expect(body.text).toBe(`${PROSE}\n\n${PROSE}`);
    expect(body.navLines).toEqual([]);
  });
  it('leaves prose that says "sequel", and a line with no link, alone', () => {
    expect(isSeriesLinkLine(linesOf('A sequel to the whole sorry business was the last thing she wanted.')[0])).toBe(false);
    expect(isSeriesLinkLine(linesOf('The next in the series is coming soon!')[0])).toBe(false);
    expect(isSeriesLinkLine(linesOf('She said the sequel to <a href="/9.html">that night</a> was worse, and nobody argued with her about it at all.')[0])).toBe(false);
  });
});

describe('rule "story-in-comments": an entry saying its story is in the comments', () => {
  it.each([['The fic is in the comments below!'], ['Posted in the comments because of the length limit.'], ['Story in comments: LJ ate my formatting.'], ['Текст в комментариях.']])('%s', (t) => {
    expect(saysStoryInComments(t)).toBe(true);
  });
  it.each([['Concrit welcome in the comments!'], ['Let me know what you think in the comments.'], ['Leave prompts in the comments.'], ['She read them all in the comments section of the ferry log.']])(
    'not: %s',
    (t) => {
      expect(saysStoryInComments(t)).toBe(false);
    },
  );
  it('a header and that line: no story; a header over a story with that line after it: a story', () => {
    const header = '<b>Title:</b> Early Ice<br><b>Rating:</b> G<br><br>';
    expect(entry(`${header}The fic is in the comments below!`, 'fic: Early Ice').stories).toEqual([]);
    const story = `${header}${Array.from({ length: 8 }, () => PROSE).join('<br><br>')}<br><br>Part two is in the comments below.`;
    expect(entry(story, 'fic: Early Ice').stories).toHaveLength(1);
  });
});

describe('rule "writing-offer": an auction’s or a commission’s terms', () => {
  it('two lines of terms, or one and bids named', () => {
    expect(isWritingOffer(linesOf('<b>Will not write:</b> crossovers<br><b>Samples:</b> <a href="/1.html">Ebb</a>'), 'Offer')).toBe(true);
    expect(isWritingOffer(linesOf('<b>Samples:</b> <a href="/1.html">Ebb</a><br>Bid in the comments!'), 'Offer')).toBe(true);
  });
  it('a story’s header and prose: none', () => {
    expect(isWritingOffer(linesOf(`<b>Title:</b> Ebb<br><b>Rating:</b> G<br><br>${PROSE}`), 'fic: Ebb')).toBe(false);
    expect(isWritingOffer(linesOf(`<b>Samples:</b> taken from the river<br><br>${PROSE}`), 'fic: Samples')).toBe(false);
  });
});

describe('rule "quoted-drafts": a post about writing a story, quoting its drafts', () => {
  const talk =
    'The first draft of the fic opened with the miller, which was wrong; I wrote four thousand words before my beta asked whether the story was about him. The second draft was closer, and I kept the opening when I rewrote it.';
  it('two quoted passages between the writer’s talk about drafting', () => {
    const lines = linesOf(`<p>${talk}</p><blockquote><i>${PROSE}</i></blockquote><p>Then the next draft:</p><blockquote><i>${PROSE}</i></blockquote>`);
    expect(quotesOwnDrafts(lines, { start: 0, end: 0 })).toBe(true);
  });
  it('a story quoting two letters between its paragraphs: none; one quoted passage: none', () => {
    const story = linesOf(`<p>${PROSE} ${PROSE}</p><blockquote><i>Dear Tom.</i></blockquote><p>${PROSE} ${PROSE}</p><blockquote><i>Dear Ada. So do I.</i></blockquote><p>${PROSE}</p>`);
    expect(quotesOwnDrafts(story, { start: 0, end: 0 })).toBe(false);
    expect(quotesOwnDrafts(linesOf(`<p>${talk}</p><blockquote><i>${PROSE}</i></blockquote><p>${talk}</p>`), { start: 0, end: 0 })).toBe(false);
  });
});
