// @vitest-environment jsdom
/**
 * The page the reader opens on reaches its frame as a copy of its tree (utils/reader-page-copy.ts), not as markup
 * parsed again: the frame's document is the page's DOM, however it was made, whatever its markup would parse into.
 */
import { describe, expect, it } from 'vitest';
import { type CopiedNode, copyPage, rebuildPage } from '../../utils/reader-page-copy';

/** Through the structured clone's cousin (the port clones; JSON is stricter) and back. */
const roundTrip = (doc: Document) => rebuildPage(JSON.parse(JSON.stringify(copyPage(doc.documentElement))));
const parse = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('the page copied for the reader’s frame', () => {
  it('is the same tree: elements, namespaces, attributes, text and comments', () => {
    const doc = parse(
      `<html lang="en"><head><title>T</title></head><body class="b"><!-- a comment --><div id="p"><b>Title:</b> X<br><a href="/2.html">Part 2</a></div>
      <svg viewBox="0 0 10 10"><use xlink:href="#a"></use><foreignObject><p>in svg</p></foreignObject></svg><math><mi>x</mi></math></body></html>`,
    );
    const copy = roundTrip(doc);
    expect(copy.documentElement.outerHTML).toBe(doc.documentElement.outerHTML);
    const use = copy.querySelector('use')!;
    expect(use.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(use.getAttributeNS('http://www.w3.org/1999/xlink', 'href')).toBe('#a');
    expect(copy.querySelector('foreignObject')?.tagName).toBe('foreignObject');
    expect(copy.querySelector('#p')?.tagName).toBe('DIV');
    expect(copy.documentElement.lang).toBe('en');
  });

  it('keeps what markup parsed again would change: a DOM no parser makes (mutation-XSS shapes, a noscript’s raw text)', () => {
    const doc = parse('<html><head></head><body><div id="post"></div></body></html>');
    const post = doc.getElementById('post')!;
    // A <noscript>'s text where scripts run, and a table holding a div: written out and parsed again, both move.
    const noscript = doc.createElement('noscript');
    noscript.append(doc.createTextNode('<p title="</noscript><title>">'));
    const table = doc.createElement('table');
    table.append(doc.createElement('div'));
    table.firstChild!.appendChild(doc.createTextNode('marker in table'));
    post.append('marker before', noscript, table, 'marker after');
    // The control: the page's markup parsed again is another tree.
    expect(parse(doc.documentElement.outerHTML).getElementById('post')!.childNodes.length).not.toBe(4);
    const copied = roundTrip(doc).getElementById('post')!;
    expect(copied.childNodes.length).toBe(4);
    expect(copied.querySelector('noscript')?.childNodes.length).toBe(1);
    expect(copied.querySelector('noscript')?.textContent).toBe('<p title="</noscript><title>">');
    expect(copied.querySelector('table > div')?.textContent).toBe('marker in table');
    expect(copied.textContent).toBe(post.textContent);
  });

  it('is inert: its scripts are copied, not run; nothing of it is in the frame’s own document', () => {
    const doc = parse('<html><head></head><body><p>text</p></body></html>');
    const script = doc.createElement('script');
    script.textContent = 'window.__ranInCopy = true';
    doc.body.append(script);
    const copy = roundTrip(doc);
    expect(copy.querySelector('script')?.textContent).toBe('window.__ranInCopy = true');
    expect((window as { __ranInCopy?: boolean }).__ranInCopy).toBeUndefined();
    expect(copy).not.toBe(document);
    expect(document.body.contains(copy.body)).toBe(false);
  });

  it('leaves out the names a document or a form would take as its own properties (DOM clobbering), nothing else', () => {
    const doc = parse('<html><head></head><body><p id="keep" class="c">text</p><a name="cutid1">cut</a></body></html>');
    doc.body.insertAdjacentHTML(
      'beforeend',
      '<img name="createElement" id="createTreeWalker" src="x.png" alt="art"><form name="body" action="/go"><input name="parentNode" id="attributes" value="v"></form><embed name="getElementById"><object id="querySelector"></object><iframe name="cookie"></iframe>',
    );
    const copy = roundTrip(doc);
    // The copy's own methods and properties are the DOM's.
    expect(typeof copy.createElement).toBe('function');
    expect(typeof copy.createTreeWalker).toBe('function');
    expect(typeof copy.getElementById).toBe('function');
    expect(typeof copy.querySelector).toBe('function');
    expect(copy.body.localName).toBe('body');
    const form = copy.querySelector('form')!;
    expect(form.parentNode).toBe(copy.body);
    expect(form.attributes.getNamedItem('action')?.value).toBe('/go');
    // Only those names: other attributes, and other elements' names and ids, are kept.
    expect(copy.querySelector('img')?.getAttribute('alt')).toBe('art');
    expect(copy.querySelector('img')?.hasAttribute('name')).toBe(false);
    expect(copy.querySelector('input')?.getAttribute('value')).toBe('v');
    expect(copy.getElementById('keep')?.className).toBe('c');
    expect(copy.querySelector('a')?.getAttribute('name')).toBe('cutid1');
  });

  it('is copied with the DOM’s own getters: a node whose own properties lie (a form’s named controls) is copied as it is', () => {
    const doc = parse('<html><head></head><body><form action="/go"><input name="x"></form><p>after</p></body></html>');
    const form = doc.querySelector('form')!;
    // What a form's controls named localName, attributes or parentNode make of the form's own properties.
    for (const [name, value] of [
      ['localName', doc.createElement('input')],
      ['namespaceURI', doc.createElement('input')],
      ['attributes', doc.createElement('input')],
    ] as const)
      Object.defineProperty(form, name, { value });
    const copy = roundTrip(doc);
    expect(copy.querySelector('form')?.getAttribute('action')).toBe('/go');
    expect(copy.body.lastElementChild?.textContent).toBe('after');
    expect(copy.querySelectorAll('body > form > input')).toHaveLength(1);
  });

  it('copies a deeply nested page (flat: no recursion on the way)', () => {
    const doc = parse('<html><head></head><body></body></html>');
    let at: Element = doc.body;
    for (let i = 0; i < 1_000; i++) at = at.appendChild(doc.createElement('div'));
    at.append('the bottom');
    const copy = roundTrip(doc);
    expect(copy.body.textContent).toBe('the bottom');
    expect(copy.getElementsByTagName('div').length).toBe(1_000);
  });

  it('leaves out what is not in the copy’s shape, never throws: names the DOM refuses, bad parents, not a copy at all', () => {
    const odd = rebuildPage([
      [-1, 1, 'html', ''],
      [0, 1, 'a,b', '', ['x"y', '1', '', 'title', 'kept', '']],
      [1, 3, 'kept'],
      [2, 1, 'p', ''],
      [99, 3, 'a parent to come'],
      [0, 7, 'no such type'],
      'not a node',
    ] as unknown as CopiedNode[]);
    expect(odd.documentElement.textContent).toBe('kept');
    expect(odd.querySelector('span')?.getAttribute('title')).toBe('kept');
    for (const bad of [null, 'html', { length: 3 }, [[-1, 3, 'text at the root']]]) {
      const doc = rebuildPage(bad);
      expect(doc.body?.textContent ?? '').toBe('');
    }
  });
});
