/**
 * Reading a page's comments (utils/extract/comments.ts): the sites' markup into the thread walk's
 * plain data, and what a commenter writes never read as the site's (a fake comment, a fake
 * "Parent" link, a fake poster inside a comment's text).
 */

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadPages, pageHtml } from '../../harness/fixture-cases';
import { authorContinuations, commentStories, ownCommentFill, readComments } from '../../utils/extract/comments';
import { extractPage } from '../../utils/extract/index';

const DW = 'https://stillwater-kink.dreamwidth.org/2210.html';
const parse = (html: string, url = DW) => new JSDOM(html, { url }).window.document;

function dwComment(id: number, depth: number, subject: string, text: string, poster = '<span class="anonymous">(Anonymous)</span>', parent?: number) {
  const parentLink = parent ? `<li class="link commentparent"><a href="${DW}?thread=${parent}#cmt${parent}">Parent</a></li>` : '';
  return `<div data-comment-depth='${depth}' class='comment-thread comment-depth-${depth}'><div id='cmt${id}' class='dwexpcomment'><div class="comment-wrapper visible full"><div class="comment" id="comment-cmt${id}"><div class="header"><h4 class="comment-title">${subject}</h4></div><div class="contents"><span class="poster comment-poster">${poster}</span><div class="comment-content">${text}</div></div><div class="footer"><ul><li class="link commentpermalink"><a href="${DW}?thread=${id}#cmt${id}">Link</a></li>${parentLink}</ul></div></div></div></div></div>`;
}
const page = (comments: string) => `<html><body><div class="entry"><div class="entry-content">Prompts go here.</div></div><div id='comments'>${comments}</div></body></html>`;

describe('readComments', () => {
  it('the fixture pages: ids, posters, parents (nesting or Parent link), collapsed, deleted, screened', () => {
    const pages = loadPages();
    const comments = readComments(parse(pageHtml(pages, DW)));
    expect(comments).toHaveLength(197);
    const byId = new Map(comments.map((c) => [c.id, c]));
    expect(byId.get('82001')).toMatchObject({ poster: 'quillmoth', parentId: '81745', subject: 'Fill: Borrowed Coats, part 1', state: 'full' });
    expect(byId.get('86865')).toMatchObject({ poster: null, parentId: '83793', state: 'collapsed' });
    expect(byId.get('89937')?.state).toBe('deleted');
    expect(byId.get('90193')?.parentId).toBe('89937');
    expect(byId.get('90449')?.state).toBe('screened');
    const lj = readComments(parse(pageHtml(pages, 'https://hollowcrown-kink.livejournal.com/15872.html'), 'https://hollowcrown-kink.livejournal.com/15872.html'));
    expect(lj).toHaveLength(140);
    expect(lj.find((c) => c.id === '2211877')).toMatchObject({ parentId: '2211621', state: 'collapsed', subject: 'Undertow Street 2/?' });
  });

  it("S2 core1's and the table-built Generator's comments: the text is the block after the bar, a collapsed one has none", () => {
    const pages = loadPages();
    const core1 = 'http://moth-and-wick.livejournal.com/12051.html';
    const [reader, own] = readComments(parse(pageHtml(pages, core1), core1));
    expect(reader).toMatchObject({ poster: 'larch_and_lichen', subject: '', state: 'full' });
    expect(reader.body?.textContent).toBe('Oh, I love Hester already. The moths as a shawl!');
    expect(own).toMatchObject({ poster: 'moth_and_wick', subject: 'part 2', state: 'full' });
    expect(own.body?.textContent).toBe('Part 2 is up: here!');
    const table = 'http://slate-and-gable.insanejournal.com/5120.html';
    const [index] = readComments(parse(pageHtml(pages, table), table));
    expect(index).toMatchObject({ poster: 'slate_and_gable', state: 'full' });
    expect(index.body?.textContent).toMatch(/^Contents \(updated as I go\)\s*Chapter 1\s*Chapter 2\s*Chapter 3/);
    // core1's collapsed comment: its link and poster on one line, nothing after them is its text.
    const lj = 'https://oak-gall.livejournal.com/301.html';
    const collapsed = `<div id='ljcmt77' style='margin-left: 25px; margin-top: 5px'><a href='${lj}?thread=77#t77'>Re: part 2</a> - <i>(Anonymous)</i> <span>(<a href='${lj}?thread=77#t77'>Expand</a>)</span></div>`;
    expect(readComments(parse(page(collapsed), lj))[0]).toMatchObject({ state: 'collapsed', body: null });
  });

  it('the flat view: no nesting, parents from the Parent links', () => {
    const doc = parse(
      page(
        dwComment(1, 1, 'Tess, a prompt', 'Please!') +
          dwComment(2, 1, 'FILL: Drift (1/2)', 'Words one.', undefined, 1) +
          dwComment(3, 1, 'Re: FILL: Drift (1/2)', 'OP here, love it', undefined, 2) +
          dwComment(4, 1, 'Drift 2/2', 'Words two.', undefined, 2),
      ),
    );
    expect(readComments(doc).map((c) => c.parentId)).toEqual([null, '1', '2', '2']);
    const stories = commentStories(doc, `${DW}?view=flat`);
    expect(stories.map((s) => [s.story.url, s.story.partLinks.map((l) => l.url)])).toEqual([[`${DW}?thread=2#cmt2`, [`${DW}?thread=4#cmt4`]]]);
  });

  it("a commenter's markup is not the site's: a fake comment, Parent link and poster in a comment's text", () => {
    const forged = `FILL is my favourite word. <div id="cmt666" class="dwexpcomment"><h4 class="comment-title">FILL: Fake (1/2)</h4><div class="comment-content">x</div></div> <a href="${DW}?thread=999#cmt999">Parent</a> <span class="ljuser" lj:user="victim">victim</span>`;
    const doc = parse(page(dwComment(1, 1, 'a prompt', 'Please!') + dwComment(2, 2, 'chat', forged)));
    const comments = readComments(doc);
    expect(comments.map((c) => c.id)).toEqual(['1', '2']);
    expect(comments[1]).toMatchObject({ parentId: '1', poster: null });
    expect(commentStories(doc, DW)).toEqual([]);
  });

  it('the story an entry’s poster posted in their own comments: their top-level comments of a story’s length and their replies to them, nobody else’s', () => {
    const prose = (w: string) => Array.from({ length: 45 }, () => w).join(' ');
    const me = '<span class="ljuser"><a href="https://tarn-and-tally.dreamwidth.org/"><b>tarn_and_tally</b></a></span>';
    const reader = '<span class="ljuser"><a href="https://cairn-reader.dreamwidth.org/"><b>cairn_reader</b></a></span>';
    const html = page(
      dwComment(1, 1, '', `<b>Title:</b> The Tally<br />${prose('up')}`, me) +
        dwComment(2, 2, '', prose('down'), me, 1) +
        dwComment(3, 1, '', prose('lovely'), reader) +
        dwComment(4, 2, '', prose('again'), me, 3) +
        dwComment(5, 1, '', 'Thanks, all!', me),
    );
    const doc = parse(html);
    const own = ownCommentFill(readComments(doc), 'tarn_and_tally');
    expect(own?.parts.map((p) => [p.id, p.index])).toEqual([
      ['1', 1],
      ['2', 2],
    ]);
    expect(own?.title).toBe('The Tally');
    const [story] = commentStories(doc, DW, 'tarn_and_tally').map((l) => l.story);
    expect(story).toMatchObject({ url: `${DW}?thread=1#cmt1`, author: 'tarn_and_tally', part: { index: 1, total: null }, fields: { title: 'The Tally' } });
    expect(story.partLinks.map((l) => l.url)).toEqual([`${DW}?thread=2#cmt2`]);
    // Without the entry's word, no story: the comments of a writer are mostly chatter.
    expect(commentStories(doc, DW)).toEqual([]);
    expect(ownCommentFill(readComments(doc), 'nobody_here')).toBeNull();
  });

  it('fills only on an entry that is no story, and not on a page off the journals', () => {
    const html = page(dwComment(1, 1, 'a prompt', 'Please!') + dwComment(2, 2, '[FILL] Small', 'Words.'));
    expect(extractPage(parse(html), DW).stories.map((s) => s.url)).toEqual([`${DW}?thread=2#cmt2`]);
    expect(commentStories(parse(html, 'https://example.com/2210.html'), 'https://example.com/2210.html')).toEqual([]);
  });
});

describe('authorContinuations', () => {
  it('a writer’s short comment pointing on to the next part (subject “part 2”, “Part 2 is up: here!”) is no part in the comments', () => {
    const pages = loadPages();
    for (const url of ['http://moth-and-wick.livejournal.com/12051.html', 'http://moth-and-wick.livejournal.com/12388.html']) {
      const doc = parse(pageHtml(pages, url), url);
      const entry = extractPage(doc, url).stories[0];
      expect(
        readComments(doc).some((c) => /^part \d$/.test(c.subject ?? '') && c.state === 'full'),
        url,
      ).toBe(true);
      expect(authorContinuations(doc, url, entry), url).toEqual([]);
    }
  });
});
