// @vitest-environment jsdom
/** Small whole pages for the edges between extraction's rules (each once a bug). */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { firstUserBefore, inPost } from '../../utils/extract/posts';

const prose = (n: number) => Array.from({ length: n }, (_, i) => `Sentence ${i} of the story goes on quietly here.`).join(' ');

function ljPage(subject: string, body: string): Document {
  return new DOMParser().parseFromString(
    `<html><head><title>${subject}</title></head><body><article class="aentry"><h1 class="aentry-post__title"><span class="aentry-post__title-text">${subject}</span></h1>
     <div class="aentry-head__author"><span class="ljuser" lj:user="writer">writer</span></div>
     <div class="aentry-post__text">${body}</div></article></body></html>`,
    'text/html',
  );
}

describe('extraction edges', () => {
  it("S2 Generator's poster box names the journal, then the poster in brackets: the poster is the author", () => {
    const url = 'https://rockpool-ficlets.livejournal.com/7.html';
    const box = (first: string, second?: string) =>
      `<table align="right"><tr><td><a class="index" href="https://${first}.livejournal.com/">${first.replace(/-/g, '_')}</a>${second ? `<br>[<a class="index" href="https://${second}.livejournal.com/">${second.replace(/-/g, '_')}</a>]` : ''}</td></tr></table>`;
    const page = (b: string) =>
      new DOMParser().parseFromString(`<html><head><title>Ferry</title></head><body><div>${b}Title: Ferry<br>Fandom: Original<br>Rating: G<br><br>${prose(12)}</div></body></html>`, 'text/html');
    expect(extractPage(page(box('rockpool-ficlets', 'ferry-gull')), url).stories[0].author).toBe('ferry_gull');
    // A community's recent page prints the poster alone.
    expect(extractPage(page(box('ferry-gull')), url).stories[0].author).toBe('ferry_gull');
  });

  it("a name in brackets after the journal's link is the poster's (friends-page cells of Punquin, Classic, Tabular Indent)", () => {
    const cellOf = (cell: string) => {
      const doc = new DOMParser().parseFromString(`<html><body><table><tr><td>${cell}</td><td id="b">Title: X<br>${prose(3)}</td></tr></table></body></html>`, 'text/html');
      return firstUserBefore(doc.body, doc.getElementById('b')!);
    };
    const comm = 'http://quay-side.livejournal.com/';
    const poster = 'http://gull-wing.livejournal.com/';
    // Punquin: the journal's bold link, then "[poster]".
    expect(cellOf(`<a href='${comm}' style="font-weight: bold">quay_side</a><br />[<a href='${poster}'>gull_wing</a>]<br />`)).toBe('gull_wing');
    // Classic: the journal's link inside <strong>.
    expect(cellOf(`<em>9:40 pm</em><br /><strong><a href='${comm}'>quay_side</a></strong><br />[<a href='${poster}'>gull_wing</a>]<br />`)).toBe('gull_wing');
    // Tabular Indent: the journal's userpic link first, the poster, then the journal's name.
    expect(cellOf(`<div class='poster'> <a href='${comm}'><img src='x.png' /></a><br />[<a href='${poster}'>gull_wing</a>]<br /><a href='${comm}'>quay_side</a></div>`)).toBe('gull_wing');
    // The journal's own post: no brackets, the journal is the poster.
    expect(cellOf(`<a href='${comm}' style="font-weight: bold">quay_side</a><br />`)).toBe('quay_side');
    // Brackets that hold more than one link are not a poster's.
    expect(cellOf(`<a href='${comm}'>quay_side</a> [<a href='${poster}'>gull_wing</a>, more]`)).toBe('quay_side');
  });

  it('a #cutid link to another entry is a part link, and the post stays complete', () => {
    const url = 'https://writer.livejournal.com/200.html';
    const doc = ljPage('Rain (2/2)', `Title: Rain<br>Rating: G<br><br>${prose(40)}<br><br><a href="https://writer.livejournal.com/100.html#cutid1">Part 1</a>`);
    const s = extractPage(doc, url).stories[0];
    expect(s.complete).toBe(true);
    expect(s.partLinks.map((l) => [l.url, l.index])).toEqual([['https://writer.livejournal.com/100.html#cutid1', 1]]);
  });

  it('a short part with only « Previous | Next » links is a story, not a masterpost', () => {
    const url = 'https://writer.livejournal.com/300.html';
    const doc = ljPage(
      'Drabble',
      `Title: Rain<br>Fandom: Original<br>Rating: G<br><br>${prose(10)}<br><br><a href="https://writer.livejournal.com/299.html">« Previous</a> | <a href="https://writer.livejournal.com/301.html">Next »</a>`,
    );
    const page = extractPage(doc, url);
    expect(page.kind).toBe('story');
    expect(page.stories[0].partLinks.map((l) => l.label)).toEqual(['« Previous', 'Next »']);
  });

  it('a masterpost lists its parts in order, with their numbers', () => {
    const url = 'https://writer.livejournal.com/400.html';
    const doc = ljPage(
      'Masterpost: Rain',
      `Title: Rain<br>Fandom: Original<br>Rating: G<br>Summary: It rains.<br><br><ul><li><a href="https://writer.livejournal.com/401.html">Part One</a></li><li><a href="https://other-name.livejournal.com/7.html">Part Two</a></li><li><a href="https://writer.livejournal.com/409.html">Part Three</a></li></ul>`,
    );
    const page = extractPage(doc, url);
    expect(page.kind).toBe('masterpost');
    expect(page.stories[0].complete).toBe(false);
    expect(page.stories[0].bodyText).toBe('');
    expect(page.stories[0].partLinks.map((l) => [l.url, l.index])).toEqual([
      ['https://writer.livejournal.com/401.html', 1],
      ['https://other-name.livejournal.com/7.html', 2],
      ['https://writer.livejournal.com/409.html', 3],
    ]);
  });

  it('never follows the journal’s own previous/next entry navigation as part links', () => {
    const url = 'https://writer.livejournal.com/500.html';
    const doc = ljPage('Rain (1/2)', `Title: Rain<br>Rating: G<br><br>${prose(40)}<br><br><a href="https://www.livejournal.com/go.bml?journal=writer&itemid=500&dir=next">Next Entry</a>`);
    expect(extractPage(doc, url).stories[0].partLinks).toEqual([]);
  });

  it("a day page's one entry is found by its comment links, its subject in a Subject row (S1 Refried Paper)", () => {
    const base = 'http://quill-and-quire.livejournal.com/';
    const page = (subjectRow: string, links: string) =>
      new DOMParser().parseFromString(
        `<html><head><title>quill_and_quire - May 1st 2006</title></head><body><table><tr><td class="body">
         <table><tr><td><b>Date:</b></td><td>2006-05-01 21:05</td></tr>${subjectRow}<tr><td><b>Security:</b></td><td>Public</td></tr></table>
         <p>Fandom: Original<br>Rating: G<br><a href="${base}310.html">Previous part</a><br><br>${prose(10)}</p>
         <font>${links}</font></td><td><a href="${base}2006/04/30/">Previous Day</a></td></tr></table></body></html>`,
        'text/html',
      );
    const links = `<a href="${base}420.html#comments">3 comments</a> | <a href="${base}420.html?mode=reply#add_comment">post a comment</a>`;
    const [story] = extractPage(page('<tr><td><b>Subject:</b></td><td>The Quire (2/4)</td></tr>', links), `${base}2006/05/01/`).stories;
    expect(story.url).toBe(`${base}420.html`);
    expect(story.fields.title).toBe('The Quire');
    expect(story.part).toEqual({ index: 2, total: 4 });
    // With no comment links, a page linking one other entry shows no post of its own.
    expect(extractPage(page('<tr><td><b>Subject:</b></td><td>The Quire (2/4)</td></tr>', ''), `${base}2006/05/01/`).stories).toEqual([]);
  });

  it('entries printed unwrapped in one cell are each the run of nodes before their comment links (S1 Notepad)', () => {
    const base = 'http://tide-and-tallow.livejournal.com/';
    const entry = (id: number, time: string, subject: string, text: string) =>
      `<FONT SIZE="+1">3rd May, 2004.  ${time}. <FONT COLOR="red">${subject}</FONT></FONT><BR><BR>\n${text}\n` +
      `<P><A HREF="${base}${id}.html#comments">Read 2 Notes</A> -<A HREF="${base}${id}.html?mode=reply#add_comment">Make Notes</A></P>\n<P><CENTER><IMG SRC="hr.gif"></CENTER></P>\n`;
    const doc = new DOMParser().parseFromString(
      `<html><head><title>tide_and_tallow</title></head><body><table><tr><td><P><FONT SIZE="+2">tide_and_tallow</FONT></P>
       ${entry(510, '9:10 am', 'errands', `Went to the post office. ${prose(5)}`)}
       ${entry(533, '8:40 pm', 'The Tallow Chandler (1/3)', `Title: The Tallow Chandler<br />Rating: G<br /><br />${prose(8)}<br /><br />Last line of part one.`)}
       ${entry(560, '11:05 pm', 'late', `Could not sleep. ${prose(6)}`)}
       </td></tr></table></body></html>`,
      'text/html',
    );
    const { stories } = extractPage(doc, `${base}2004/05/03/`);
    expect(stories.map((s) => s.url)).toEqual([`${base}533.html`]);
    const [story] = stories;
    expect(story.subject).toBe('The Tallow Chandler (1/3)');
    expect(story.part).toEqual({ index: 1, total: 3 });
    expect(story.fields).toEqual({ title: 'The Tallow Chandler', rating: 'G' });
    // Its text only: not the entry before it, nor its own comment links, nor the entry after it.
    expect(story.bodyText.startsWith('Sentence 0')).toBe(true);
    expect(story.bodyText.endsWith('Last line of part one.')).toBe(true);
    expect(story.bodyText).not.toMatch(/post office|Make Notes|Could not sleep/);
  });

  it('an entry printed unwrapped is found only with its own text: an entry of a line or two before it stays no post', () => {
    const base = 'http://tide-and-tallow.livejournal.com/';
    const doc = new DOMParser().parseFromString(
      `<html><body><table><tr><td><FONT SIZE="+1">3rd May, 2004.  9:10 am. <FONT COLOR="red">hi</FONT></FONT><BR><BR>Short.
       <P><A HREF="${base}510.html?mode=reply#add_comment">Make Notes</A></P>
       <FONT SIZE="+1">3rd May, 2004.  9:20 am. <FONT COLOR="red">Rain</FONT></FONT><BR><BR>Title: Rain<br />Rating: G<br /><br />${prose(8)}
       <P><A HREF="${base}533.html?mode=reply#add_comment">Make Notes</A></P></td></tr></table></body></html>`,
      'text/html',
    );
    const { stories } = extractPage(doc, `${base}2004/05/03/`);
    expect(stories.map((s) => [s.url, s.fields.title])).toEqual([[`${base}533.html`, 'Rain']]);
    expect(stories[0].bodyText).not.toContain('Short.');
  });
});

describe('inPost: an entry printed unwrapped is its run of sibling nodes', () => {
  it('holds the run and what is inside it, not its neighbours, nor the cell around it', () => {
    const cell = new DOMParser()
      .parseFromString('<div id="cell"><p id="before">x</p>text one<b id="first">a <i id="deep">b</i></b><br>text two<p id="last">c <a id="a">d</a></p><p id="after">y</p></div>', 'text/html')
      .getElementById('cell')!;
    const [first, last] = [cell.querySelector('#first')!, cell.querySelector('#last')!];
    const post = { body: cell, range: { first, last } };
    for (const id of ['first', 'deep', 'last', 'a']) expect(inPost(post, cell.querySelector(`#${id}`)!), id).toBe(true);
    expect(inPost(post, first.nextSibling!.nextSibling!), 'the text between').toBe(true);
    for (const id of ['before', 'after']) expect(inPost(post, cell.querySelector(`#${id}`)!), id).toBe(false);
    expect(inPost(post, cell)).toBe(false);
    expect(inPost({ body: cell }, cell.querySelector('#after')!)).toBe(true);
  });
});
