// @vitest-environment jsdom
/**
 * The twenty-second round's rules (tests/heldout16's misses, rebuilt as the fixture set "twenty-second round (heldout16
 * misses)"), each on small inputs: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { findHeader } from '../../utils/extract/header';
import { extractPage } from '../../utils/extract/index';
import { lookupLabel } from '../../utils/extract/lexicon';
import { flattenLines } from '../../utils/extract/lines';
import { ownDirection, parsePartMarker, titleFromSubject } from '../../utils/extract/parts';

const PAGE = 'https://author.dreamwidth.org/30.html';

function page(body: string, subject: string) {
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper poster-author"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div></div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('labels in Romanian, Ukrainian, Welsh, Latvian, Lithuanian, Croatian, Turkish, Greek', () => {
  it.each([
    ['Titlu', 'title'],
    ['Clasificare', 'rating'],
    ['Cuvinte', 'wordCount'],
    ['Rezumat', 'summary'],
    ['Назва', 'title'],
    ['Персонажі', 'characters'],
    ['Розмір', 'wordCount'],
    ['Анотація', 'summary'],
    ['Teitl', 'title'],
    ['Awdur', 'author'],
    ['Cymeriadau', 'characters'],
    ['Gradd', 'rating'],
    ['Geiriau', 'wordCount'],
    ['Nosaukums', 'title'],
    ['Reitings', 'rating'],
    ['Vārdi', 'wordCount'],
    ['Kopsavilkums', 'summary'],
    ['PAVADINIMAS', 'title'],
    ['ŽODŽIAI', 'wordCount'],
    ['Naslov', 'title'],
    ['Likovi', 'characters'],
    ['Ocjena', 'rating'],
    ['Riječi', 'wordCount'],
    ['Sažetak', 'summary'],
    ['Başlık', 'title'],
    ['Derecelendirme', 'rating'],
    ['Kelime sayısı', 'wordCount'],
    ['Özet', 'summary'],
    ['Τίτλος', 'title'],
    ['Συγγραφέας', 'author'],
    ['Βαθμολογία', 'rating'],
    ['Λέξεις', 'wordCount'],
  ])('%s → %s', (label, key) => expect(lookupLabel(label)).toEqual({ key }));
  it('reads a Welsh header whole, the prose after it', () => {
    const s = extractPage(
      page(
        '<p><b>Teitl:</b> Y Felin<br /><b>Awdur:</b> melinydd<br /><b>Cymeriadau:</b> Mari<br /><b>Gradd:</b> Cyffredinol<br /><b>Geiriau:</b> 80</p><p>Roedd yr olwyn wedi stopio ers blynyddoedd, ond bob nos Sul byddai Mari yn clywed y dŵr yn canu oddi tani.</p>',
        'Y Felin',
      ),
      PAGE,
    ).stories[0];
    expect(s.fields).toMatchObject({ title: 'Y Felin', author: 'melinydd', characters: 'Mari', rating: 'Cyffredinol', wordCount: '80' });
    expect(s.bodyText.startsWith('Roedd yr olwyn')).toBe(true);
  });
  it('words near them are no labels ("Titluri", "Naslovnica")', () => {
    expect(lookupLabel('Titluri')).toBeNull();
    expect(lookupLabel('Naslovnica')).toBeNull();
  });
});

describe('parts in Romanian, Ukrainian and Russian', () => {
  it.each([
    ['Fântâna — Capitolul 1 din 2', 'Fântâna', { index: 1, total: 2 }],
    ['Жовта хвіртка. Частина 2 з 2', 'Жовта хвіртка', { index: 2, total: 2 }],
    ['Тиха вода. Частина 1/2', 'Тиха вода', { index: 1, total: 2 }],
    ['Серая лодка (Глава 1 из 2)', 'Серая лодка', { index: 1, total: 2 }],
  ])('%s', (subject, title, marker) => {
    expect(titleFromSubject(subject)).toBe(title);
    expect(parsePartMarker(subject)).toEqual(marker);
  });
  it('a part word inside another word is none ("Подглава 2", "Recapitolul 3")', () => {
    expect(parsePartMarker('Подглава 2')).toBeNull();
    expect(parsePartMarker('Recapitolul 3')).toBeNull();
  });
  it('an ellipsis before the marker stays ("Wait... Part 2")', () => expect(titleFromSubject('Wait... Part 2')).toBe('Wait...'));
  it.each([
    ['Capitolul următor »', 'next'],
    ['« Capitolul anterior', 'prev'],
    ['Capitolo precedente', 'prev'],
    ['Наступна частина →', 'next'],
    ['← Попередня частина', 'prev'],
    ['Следующая глава »', 'next'],
    ['« Предыдущая глава', 'prev'],
  ])('%s → %s', (text, dir) => expect(ownDirection(text)).toBe(dir));
  it('a sentence with such words is no direction', () => {
    expect(ownDirection('Capitolul următor va fi lung')).toBeNull();
    expect(ownDirection('Наступна частина буде довшою')).toBeNull();
  });
});

describe('rule "a <pre> block keeps its lines"', () => {
  const lines = (html: string) => flattenLines(new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').querySelector('div')!).map((l) => l.text);
  it('a newline in <pre> ends a line; a run of spaces after a label is a colon', () =>
    expect(lines('<pre>Title      Out of Order\nRating     PG\n\nIt rained.</pre>')).toEqual(['Title: Out of Order', 'Rating: PG', 'It rained.']));
  it('a single space, or spaces after more than three words, stay as they are', () => expect(lines('<pre>He said no\nand then he went  away</pre>')).toEqual(['He said no', 'and then he went away']));
  it('outside <pre> a newline is a space', () => expect(lines('<p>Title      Out of Order\nRating     PG</p>')).toEqual(['Title Out of Order Rating PG']));
  it('reads a <pre> header with aligned values, the prose after it', () => {
    const s = extractPage(
      page(
        '<pre>Title      Out of Order\nFandom     Original\nRating     PG\nWords      900\n</pre><p>The lift had been out of order since the Coronation, and she had long ago stopped noticing the sign on its doors.</p>',
        'new fic',
      ),
      PAGE,
    ).stories[0];
    expect(s.fields).toMatchObject({ title: 'Out of Order', fandom: 'Original', rating: 'PG', wordCount: '900' });
    expect(s.bodyText.startsWith('The lift')).toBe(true);
  });
});

describe("a translation's notes", () => {
  it.each([["Translator's notes"], ['Translator’s note'], ['T/N']])('%s → notes', (label) => expect(lookupLabel(label)).toEqual({ key: 'notes' }));
  it('"Translators" and "T/N/A" are no labels', () => {
    expect(lookupLabel('Translators')).toBeNull();
    expect(lookupLabel('T/N/A')).toBeNull();
  });
});

describe('rule "a label as a picture"', () => {
  const lines = (html: string) => flattenLines(new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').querySelector('div')!).map((l) => l.text);
  it("a line's first picture whose alt is a field's label reads as the label and a colon", () =>
    expect(lines('<img src="t.png" alt="Title"> The Spare Day<br><img src="r.png" alt="Rating"> G')).toEqual(['Title: The Spare Day', 'Rating: G']));
  it("a picture that is no label, a part link's button, or one after words, says nothing", () =>
    expect(lines('<img src="a.png" alt="my cat"> asleep<br><img src="n.png" alt="Next part"> x<br>see <img src="t.png" alt="Title"> here')).toEqual(['asleep', 'x', 'see here']));
});

describe('rule "a header under a banner"', () => {
  const lines = (html: string) => flattenLines(new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').querySelector('div')!);
  it('a bracketed summary line under the opening picture is the header', () =>
    expect(findHeader(lines('<p><img src="banner.jpg"></p><p>[Teen | 2,100 words | for J.]</p><p>The tide came in late.</p>'))).toMatchObject({
      end: 2,
      headerNotes: ['[Teen | 2,100 words | for J.]'],
    }));
  it('under three pictures, or under words, it is not', () => {
    expect(findHeader(lines('<p><img src="a.jpg"></p><p><img src="b.jpg"></p><p><img src="c.jpg"></p><p>[Teen | 2,100 words | for J.]</p>')).end).toBe(0);
    expect(findHeader(lines('<p>Hello!</p><p>[Teen | 2,100 words | for J.]</p>')).end).toBe(0);
  });
});
