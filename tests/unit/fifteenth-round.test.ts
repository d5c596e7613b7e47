// @vitest-environment jsdom
/**
 * The fifteenth round's rules (tests/heldout12's misses, rebuilt as the fixture set "fifteenth round (heldout12 misses)"),
 * each on small posts: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { lookupLabel } from '../../utils/extract/lexicon';
import { ownCommentPartLinks } from '../../utils/extract/own-comment-links';
import { chapterLinks, titledPartLinks } from '../../utils/extract/part-links';
import { parsePartMarker, partIndexOfLabel, titleFromSubject } from '../../utils/extract/parts';
import { navLinksInPost } from '../../utils/stitch';

const PROSE = 'The moth came in through the kitchen window every night at ten, circled the lamp three times, and left again.';
const PAGE = 'https://author.dreamwidth.org/20.html';

function page(body: string, subject: string, opts: { tags?: string[]; comments?: [string, string][]; url?: string } = {}) {
  const url = opts.url ?? PAGE;
  const tagHtml = (opts.tags ?? []).map((t) => `<a rel="tag" href="https://author.dreamwidth.org/tag/${t}">${t}</a>`).join(', ');
  const comments = (opts.comments ?? [])
    .map(
      ([user, text], i) => `<div id="cmt${100 + i}" class="dwexpcomment"><div class="comment-thread comment-depth-1"><div class="comment-wrapper full"><div class="comment">
      <span class="comment-poster"><span class="ljuser" lj:user="${user}"><a href="https://${user.replace(/_/g, '-')}.dreamwidth.org/"><b>${user}</b></a></span></span>
      <div class="comment-content">${text}</div><a href="${url}?thread=${100 + i}#cmt${100 + i}">Link</a></div></div></div></div>`,
    )
    .join('');
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper poster-author"><h3 class="entry-title"><a href="${url}">${subject}</a></h3>
    <div class="entry-content">${body}</div><div class="tag">${tagHtml}</div></div><div id="comments">${comments}</div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const prose = `<p>${PROSE} ${PROSE}</p><p>${PROSE}</p>`;

describe('rule "the total in its own brackets"', () => {
  it.each([
    ['Orchard Hill, Part 1 (of 3)', 1, 3],
    ['Hedgerow - Chapter 4 [of 10]', 4, 10],
    ['Part Two (out of Five)', 2, 5],
  ])('%s', (subject, index, total) => {
    expect(parsePartMarker(subject)).toEqual({ index, total });
  });
  it('removes the marker from a title', () => expect(titleFromSubject('Saltmarsh, Part 2 (of 4)')).toBe('Saltmarsh'));
  it('a bracket of other words after a number is no total', () => expect(parsePartMarker('Part 2 (of mice and men)')).toEqual({ index: 2, total: null }));
});

describe('rule "a part in the writer\'s language"', () => {
  it('reads German, Italian, French part words as markers and link labels', () => {
    expect(parsePartMarker('Das Huhn (Teil 1/2)')).toEqual({ index: 1, total: 2 });
    expect(parsePartMarker('La lanterna, capitolo 2 di 3')).toEqual({ index: 2, total: null });
    expect(partIndexOfLabel('« Teil 1')).toBe(1);
    expect(partIndexOfLabel('Kapitel 3 »')).toBe(3);
    expect(partIndexOfLabel('Partie 2')).toBe(2);
  });
  it('follows "Teil 2 »" and "« Capitolo 1" as part links', () => {
    const links = chapterLinks(
      [
        {
          text: '« Teil 1 | Capitolo 3 »',
          links: [
            { href: '/10.html', text: 'Teil 1' },
            { href: '/30.html', text: 'Capitolo 3' },
          ],
        },
      ],
      'dreamwidth.org/author/20',
      PAGE,
    ).partLinks;
    expect(links.map((l) => l.index)).toEqual([1, 3]);
  });
  it('reads Teil as a header line of no field (it no longer runs into the warnings), Charaktere, Classement, Avvertimenti as fields', () => {
    expect(lookupLabel('Teil')).toEqual({ key: null, header: true });
    expect(lookupLabel('Charaktere')).toEqual({ key: 'characters' });
    expect(lookupLabel('Classement')).toEqual({ key: 'rating' });
    expect(lookupLabel('Avvertimenti')).toEqual({ key: 'warnings' });
  });
});

describe('rule "a part linked by a comment\'s address"', () => {
  it('a comment thread link whose words name a part is that entry', () => {
    const links = chapterLinks(
      [{ text: '← Part 1 (of 2)', links: [{ href: 'http://w.livejournal.com/1188.html?thread=5940#t5940', text: 'Part 1 (of 2)' }] }],
      'livejournal.com/w/1342',
      'http://w.livejournal.com/1342.html',
    ).partLinks;
    expect(links.map((l) => l.url)).toEqual(['http://w.livejournal.com/1188.html']);
  });
  it('a reply link, or a comment link in other words, is not', () => {
    const lines = [
      { text: '« Part 1', links: [{ href: 'http://w.livejournal.com/1188.html?mode=reply&replyto=5940', text: 'Part 1' }] },
      { text: 'see this comment', links: [{ href: 'http://w.livejournal.com/1188.html?thread=5940#t5940', text: 'this comment' }] },
    ];
    expect(chapterLinks(lines, 'livejournal.com/w/1342', 'http://w.livejournal.com/1342.html').partLinks).toEqual([]);
  });
});

describe('rule "a part linked by its own title"', () => {
  const line = (text: string, links: [string, string][]) => ({ text, links: links.map(([href, t]) => ({ href, text: t })) });
  it('the link with an arrow after it on a line of links and arrows is the next part', () => {
    const got = titledPartLinks(
      [
        line('« The Crossing | Landfall »', [
          ['/10.html', 'The Crossing'],
          ['/30.html', 'Landfall'],
        ]),
      ],
      'dreamwidth.org/author/20',
      PAGE,
    );
    expect(got).toEqual([{ url: 'https://author.dreamwidth.org/30.html', label: 'Landfall »', index: null }]);
  });
  it('not on a line with words of its own, nor to art or a sequel', () => {
    expect(titledPartLinks([line('I also wrote Landfall »', [['/30.html', 'Landfall']])], 'dreamwidth.org/author/20', PAGE)).toEqual([]);
    expect(titledPartLinks([line('Sequel »', [['/30.html', 'Sequel']])], 'dreamwidth.org/author/20', PAGE)).toEqual([]);
  });
  it("is read for a numbered part's post only (the stitcher's navLinksInPost)", () => {
    const nav = '<p><a href="/30.html">Low Water</a> &raquo;</p>';
    const part = page(`<p><b>Title:</b> The Crossing<br /><b>Rating:</b> G</p>${prose}${nav}`, 'The Crossing (1/3)', { tags: ['fic'] });
    const one = page(`<p><b>Title:</b> The Crossing<br /><b>Rating:</b> G</p>${prose}${nav}`, 'The Crossing', { tags: ['fic'] });
    expect(navLinksInPost(part, PAGE, extractPage(part, PAGE).stories[0]).map((l) => l.url)).toEqual(['https://author.dreamwidth.org/30.html']);
    expect(navLinksInPost(one, PAGE, extractPage(one, PAGE).stories[0])).toEqual([]);
  });
});

describe('rule "the next part is in the writer\'s own comment"', () => {
  const body = `<p><b>Title:</b> Lamplight<br /><b>Rating:</b> G</p>${prose}`;
  it("the entry's poster's short comment linking a part of their journal", () => {
    const doc = page(body, 'Lamplight (1/2)', { comments: [['author', 'Part 2 is up: <a href="https://author.dreamwidth.org/30.html">here</a>!']] });
    expect(ownCommentPartLinks(doc, PAGE, extractPage(doc, PAGE).stories[0])).toEqual([{ url: 'https://author.dreamwidth.org/30.html', label: 'Part 2 is up: here', index: 2 }]);
  });
  it("a reader's comment, another journal's entry, a one-shot's comments: none", () => {
    const reader = page(body, 'Lamplight (1/2)', { comments: [['a_reader', 'Part 2 of mine is <a href="https://a-reader.dreamwidth.org/30.html">here</a>']] });
    expect(ownCommentPartLinks(reader, PAGE, extractPage(reader, PAGE).stories[0])).toEqual([]);
    const elsewhere = page(body, 'Lamplight (1/2)', { comments: [['author', 'Part 2 of the remix is <a href="https://someone-else.dreamwidth.org/30.html">here</a>']] });
    expect(ownCommentPartLinks(elsewhere, PAGE, extractPage(elsewhere, PAGE).stories[0])).toEqual([]);
    const one = page(body, 'Lamplight', { comments: [['author', 'Part 2 of my other story is <a href="https://author.dreamwidth.org/30.html">here</a>']] });
    expect(ownCommentPartLinks(one, PAGE, extractPage(one, PAGE).stories[0])).toEqual([]);
  });
});

describe('rule "the cut\'s words name the fic"', () => {
  const recent = (cut: string, subject: string) =>
    page(`<span class="cut-wrapper"><b class="cut-text"><a href="https://author.dreamwidth.org/30.html#cutid1">${cut}</a></b></span>`, subject, { url: 'https://author.dreamwidth.org/30.html' });
  const on = (doc: Document) => extractPage(doc, 'https://author.dreamwidth.org/').stories;
  it('a post that is only a cut reading "Fic: Title (Rating)": a story behind its cut', () => {
    const got = on(recent('Fic: Glasshouse (PG-13)', 'Glasshouse [3/3]'));
    expect(got).toHaveLength(1);
    expect(got[0].complete).toBe(false);
  });
  it('a cut of other words, or one naming a post about fic: none', () => {
    expect(on(recent('Read more...', 'Glasshouse [3/3]'))).toEqual([]);
    expect(on(recent('fic: recs for March', 'my week'))).toEqual([]);
  });
});

describe('rule "an icon post counts its icons"', () => {
  const icons = (n: number) => Array.from({ length: n }, (_, i) => `<img src="https://x.example/${i}.png" alt="icon" />`).join(' ');
  it('Fandom / Count: 12 over pictures: no story', () => {
    expect(
      extractPage(page(`<p><b>Fandom:</b> Original<br /><b>Count:</b> 12<br /><b>Credits:</b> not needed</p><p>${icons(6)}</p><p>Comment if you take any!</p>`, 'winter greenhouses'), PAGE).stories,
    ).toEqual([]);
  });
  it('a drabble under a Word count with a banner: still a story', () => {
    const got = extractPage(page(`<p><b>Fandom:</b> Original<br /><b>Word count:</b> 100</p><p>${icons(1)}</p>${prose}`, 'Greenhouse'), PAGE).stories;
    expect(got).toHaveLength(1);
  });
});
