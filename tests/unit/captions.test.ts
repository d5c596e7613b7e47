/**
 * Rule "a picture's caption is not the story" (utils/extract/body.ts `isCaption`): the small line under a picture between
 * an illustrated story's paragraphs is left out of its text (kept in its HTML, under the picture); a line of prose after a
 * picture, a heading under a banner, stay the story's.
 */
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { buildBody } from '../../utils/extract/body';
import { flattenLines } from '../../utils/extract/lines';

const body = (html: string) => buildBody(flattenLines(new JSDOM(`<div>${html}</div>`).window.document.querySelector('div')!));
const P1 = '<p>The house on Penrose Street had a window that nobody could find from the inside, and Jory looked for it every summer.</p>';
const P2 = '<p>She found it at last behind the airing cupboard, at the end of a corridor that was not there on the Tuesday.</p>';
const IMG = '<p><img src="https://example.org/window.jpg" alt="" /></p>';

describe('captions under pictures', () => {
  it('a caption in small or italic type, or right under the picture, is not the text', () => {
    for (const cap of [
      '<p><small>the window, in July</small></p>',
      '<p><i>the green one</i></p>',
      '<p><font size="1">from the sea, February</font></p>',
      '<p><span style="font-size:smaller">Penmon from the causeway</span></p>',
    ]) {
      const b = body(P1 + IMG + cap + P2);
      expect(b.text).not.toMatch(/July|green one|February|causeway/);
      expect(b.text.split('\n\n')).toHaveLength(2);
      // The reader still shows it, under its picture.
      expect(b.html).toMatch(/July|green one|February|causeway/);
    }
    expect(body(`${P1}<p><img src="https://example.org/c.jpg" /><br />the corridor (pencil and wash)</p>${P2}`).text).not.toContain('pencil and wash');
  });
  it('a line of prose, a heading or a plain paragraph after a picture stays', () => {
    expect(body(`${P1 + IMG}<p><i>She did not tell anyone.</i></p>${P2}`).text).toContain('She did not tell anyone.');
    expect(body(`${P1 + IMG}<p><b>The Second Summer</b></p>${P2}`).text).toContain('The Second Summer');
    expect(body(`${P1 + IMG}<p>Later, the corridor</p>${P2}`).text).toContain('Later, the corridor');
    expect(body(`${P1}<p><small>the window, in July</small></p>${P2}`).text).toContain('the window, in July');
  });
});
