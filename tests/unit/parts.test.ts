/**
 * The lines that navigate between parts (utils/extract/parts.ts blockOf, isNavLine): the block a
 * link stands in, and whether that block only says where the other parts are.
 */
import { describe, expect, it } from 'vitest';
import { blockOf, isNavLine } from '../../utils/extract/parts';
import { parse } from '../support/fake-web';

function body(html: string): HTMLElement {
  return parse(`<!DOCTYPE html><html><body><div id="post">${html}</div></body></html>`, 'https://writer.livejournal.com/2.html').getElementById('post')!;
}

describe('blockOf', () => {
  it('the nearest block around a link, never past the post', () => {
    const post = body('<p id="line">See <b><a href="/1.html">part 1</a></b>.</p><a id="bare" href="/3.html">part 3</a>');
    expect(blockOf(post.querySelector('a')!, post).id).toBe('line');
    expect(blockOf(post.querySelector('#bare')!, post)).toBe(post);
  });
});

describe('isNavLine', () => {
  const line = (html: string) => isNavLine(body(`<p>${html}</p>`).querySelector('p')!);

  it('links with separators and part words, or a part navigation text', () => {
    expect(line('<a href="/1.html">Part 1</a> | <a href="/2.html">Part 2</a> | <a href="/3.html">Part 3</a>')).toBe(true);
    expect(line('← <a href="/1.html">Chapter 1</a> | <a href="/m.html">Masterpost</a> | <a href="/3.html">Chapter 3</a> →')).toBe(true);
    expect(line('<a href="/1.html">«</a> Part 2 <a href="/3.html">»</a>')).toBe(true);
  });

  it('ordinal links after words of direction (rule "parts named by ordinals")', () => {
    expect(line('Back: <a href="/1.html">the first</a> · Onward: <a href="/3.html">the last</a>')).toBe(true);
    expect(line('forward → <a href="/2.html">the second of three</a>')).toBe(true);
    expect(line('Onward: <a href="/2.html">the first of three wishes</a>')).toBe(false);
    expect(line('She came back for <a href="/2.html">the second</a> time.')).toBe(false);
  });

  it('not a sentence with a link in it, nor a long line', () => {
    expect(line('I wrote this for <a href="/x.html">my friend</a>, who asked for it.')).toBe(false);
    expect(line(`<a href="/1.html">Part 1</a> ${'and so on '.repeat(20)}`)).toBe(false);
  });
});
