// @vitest-environment jsdom
/**
 * The page the reader opens on reaches its frame as a copy of its tree (utils/reader-page-copy.ts), not as markup
 * parsed again: the frame's document is the page's DOM, however it was made, whatever its markup would parse into.
 */
import { describe, expect, it } from 'vitest';
import { copyPage, rebuildPage } from '../../utils/reader-page-copy';

const roundTrip = (doc: Document) => rebuildPage(JSON.parse(JSON.stringify(copyPage(doc.documentElement))));

describe('the page copied for the reader’s frame', () => {
  it('is the same tree: elements, namespaces, attributes, text and comments', () => {
    const doc = new DOMParser().parseFromString(
      `<html lang="en"><head><title>T</title></head><body class="b"><!-- a comment --><div id="p"><b>Title:</b> X<br><a href="/2.html">Part 2</a></div>
      <svg viewBox="0 0 10 10"><use xlink:href="#a"></use><foreignObject><p>in svg</p></foreignObject></svg><math><mi>x</mi></math></body></html>`,
      'text/html',
    );
    const copy = roundTrip(doc);
    expect(copy.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
    const use = copy.querySelector('use')!;
    expect(use.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(use.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#a');
    expect(copy.querySelector('foreignObject')?.tagName).toBe('foreignObject');
    expect(copy.querySelector('#p')?.tagName).toBe('DIV');
  });

  it('keeps what markup parsed again would change: a DOM no parser makes (mutation XSS shapes)', () => {
    const doc = new DOMParser().parseFromString('<html><head></head><body><div id="post"></div></body></html>', 'text/html');
    const post = doc.getElementById('post')!;
    // A <noscript>'s text where scripts run, and a table holding a div: written out and parsed again, both move.
    const noscript = doc.createElement('noscript');
    noscript.append(doc.createTextNode('<p title="</noscript><title>">'));
    const table = doc.createElement('table');
    table.append(doc.createElement('div'));
    table.firstChild!.appendChild(doc.createTextNode('marker in table'));
    post.append('marker before', noscript, table, 'marker after');
    const copy = roundTrip(doc);
    const copied = copy.getElementById('post')!;
    expect(copied.childNodes.length).toBe(4);
    expect(copied.querySelector('noscript')?.childNodes.length).toBe(1);
    expect(copied.querySelector('noscript')?.textContent).toBe('<p title="</noscript><title>">');
    expect(copied.querySelector('table > div')?.textContent).toBe('marker in table');
    expect(copied.textContent).toBe(post.textContent);
  });

  it('copies a deeply nested page (flat: no recursion on the way), and names the DOM refuses as neutral boxes', () => {
    const doc = new DOMParser().parseFromString('<html><head></head><body></body></html>', 'text/html');
    let at: Element = doc.body;
    for (let i = 0; i < 1_000; i++) at = at.appendChild(doc.createElement('div'));
    at.append('the bottom');
    const copy = roundTrip(doc);
    expect(copy.body.textContent).toBe('the bottom');
    const odd = rebuildPage([
      [-1, 1, 'html', ''],
      [0, 1, 'a,b', '', ['x"y', '1', '']],
      [1, 3, 'kept'],
    ]);
    expect(odd.documentElement.textContent).toBe('kept');
  });
});
