// @vitest-environment jsdom
/**
 * The seventeenth round's rules (tests/heldout14's misses, rebuilt as the fixture set "seventeenth round (heldout14 misses)"),
 * each on small inputs: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { buttonWords } from '../../utils/extract/dom';
import { isReviewScore } from '../../utils/extract/evidence';
import { labelsAsLines } from '../../utils/extract/header';
import { extractPage } from '../../utils/extract/index';
import { lookupLabel } from '../../utils/extract/lexicon';
import { flattenLines } from '../../utils/extract/lines';
import { hasFicPrefix, ownDirection, parsePartMarker, titleFromSubject } from '../../utils/extract/parts';

const PAGE = 'https://author.dreamwidth.org/30.html';

function page(body: string, subject: string) {
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper poster-author"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div></div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('labels in Finnish, Czech, Slovak, Hungarian, Estonian', () => {
  it.each([
    ['Nimi', 'title'],
    ['Kirjoittaja', 'author'],
    ['Hahmot', 'characters'],
    ['Paritus', 'pairing'],
    ['Ikäraja', 'rating'],
    ['Varoitukset', 'warnings'],
    ['Sanamäärä', 'wordCount'],
    ['Tiivistelmä', 'summary'],
    ['Název', 'title'],
    ['Postavy', 'characters'],
    ['Přístupnost', 'rating'],
    ['Upozornění', 'warnings'],
    ['Počet slov', 'wordCount'],
    ['Shrnutí', 'summary'],
    ['Hodnotenie', 'rating'],
    ['Zhrnutie', 'summary'],
    ['Cím', 'title'],
    ['Szerző', 'author'],
    ['Szereplők', 'characters'],
    ['Korhatár', 'rating'],
    ['Figyelmeztetés', 'warnings'],
    ['Szavak száma', 'wordCount'],
    ['Összefoglaló', 'summary'],
    ['Műfaj', 'genre'],
    ['Pealkiri', 'title'],
    ['Sõnade arv', 'wordCount'],
  ])('%s → %s', (label, key) => expect(lookupLabel(label)).toEqual({ key }));
  it('a part word of these languages is a header label of no field', () => {
    for (const l of ['Osa', 'Luku', 'Kapitola', 'Fejezet']) expect(lookupLabel(l)).toEqual({ key: null, header: true });
  });
  it('reads a Czech header whole, the prose after it', () => {
    const s = extractPage(
      page(
        '<p><b>Název:</b> Studánka<br /><b>Postavy:</b> Jana<br /><b>Přístupnost:</b> pro všechny<br /><b>Varování:</b> žádné<br /><b>Počet slov:</b> 60<br /><b>Shrnutí:</b> Voda, která si pamatuje.</p><p>Studánka za vsí nikdy nezamrzla, ani v nejtužší zimě, a Jana tam každé ráno nosila hrnek, aby se podívala, co se ve vodě ukáže.</p>',
        'Povídka: Studánka',
      ),
      PAGE,
    ).stories[0];
    expect(s.fields).toMatchObject({ title: 'Studánka', characters: 'Jana', rating: 'pro všechny', warnings: 'žádné', wordCount: '60', summary: 'Voda, která si pamatuje.' });
    expect(s.bodyText.startsWith('Studánka za vsí')).toBe(true);
  });
  it('"Nimitys:" or "Címer:" are no labels', () => {
    expect(lookupLabel('Nimitys')).toBeNull();
    expect(lookupLabel('Címer')).toBeNull();
  });
});

describe('a story and its parts in the writer’s words', () => {
  it.each([
    ['Ficci: Pakkanen, osa 2/3', 'Pakkanen', { index: 2, total: 3 }],
    ['Novelli: Laituri (luku 1/2)', 'Laituri', { index: 1, total: 2 }],
    ['Povídka: Holubník, kapitola 3', 'Holubník', { index: 3, total: null }],
    ['Poviedka: Mlyn, diel 2/4', 'Mlyn', { index: 2, total: 4 }],
    ['Rianás – 2. rész', 'Rianás', { index: 2, total: null }],
    ['Vihar, 1. fejezet', 'Vihar', { index: 1, total: null }],
  ])('%s', (subject, title, marker) => {
    expect(titleFromSubject(subject)).toBe(title);
    expect(parsePartMarker(subject)).toEqual(marker);
  });
  it('the story words are fic prefixes, a sentence is not', () => {
    expect(hasFicPrefix('Ficci: Routa')).toBe(true);
    expect(hasFicPrefix('Povídka: Studna')).toBe(true);
    expect(hasFicPrefix('Ficcien kirjoittamisesta')).toBe(false);
  });
  it('a year before the word is no part number ("Kesä 1999. Osa meistä jäi sinne")', () => expect(parsePartMarker('Kesä 1999. Osa meistä jäi sinne')).toBeNull());
  it.each([
    ['Seuraava osa »', 'next'],
    ['« Edellinen osa', 'prev'],
    ['Další kapitola', 'next'],
    ['« Předchozí díl', 'prev'],
    ['Következő rész »', 'next'],
    ['« Előző rész', 'prev'],
    ['Następny rozdział »', 'next'],
    ['Weiter »', 'next'],
    ['« Zurück', 'prev'],
  ])('%s → %s', (text, dir) => expect(ownDirection(text)).toBe(dir));
  it('a sentence opening with such a word is no direction', () => {
    expect(ownDirection('Seuraava päivä oli kylmä')).toBeNull();
    expect(ownDirection('Weiter ging es nach Hause')).toBeNull();
  });
});

describe('rule "an image button says where it goes"', () => {
  const a = (inner: string) => new DOMParser().parseFromString(`<a href="/2.html">${inner}</a>`, 'text/html').querySelector('a')!;
  it.each([
    ['<img src="x/nextpart.gif" alt="next part &raquo;">', 'next part »'],
    ['<img src="x/b.gif" alt="Previous Chapter">', 'Previous Chapter'],
    ['<img src="x/back_button.gif">', '« previous'],
    ['<img src="x/btn-prev.png" alt="">', '« previous'],
    ['<img src="/web/2013im_/http://x/arrow_next.gif?1">', 'next »'],
  ])('%s → %s', (inner, words) => expect(buttonWords(a(inner))).toBe(words));
  it.each([['<img src="x/icons.png" alt="my new icons!">'], ['<img src="x/header.png">'], ['<img src="x/prevnext.gif">'], ['words']])('%s says nothing', (inner) =>
    expect(buttonWords(a(inner))).toBe(''),
  );
  it('an image button after the prose is the story’s part link, not prose', () => {
    const prose = '<p>The kiln at the bank had been cold since the pottery closed, and the children dared each other to shout into it.</p>';
    const s = extractPage(page(`<p><b>Title:</b> Kiln<br /><b>Rating:</b> G</p>${prose}<center><a href="/40.html"><img src="https://img.example/next.gif"></a></center>`, 'Kiln (1/2)'), PAGE)
      .stories[0];
    expect(s.partLinks.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/40.html']);
    expect(s.bodyText).not.toMatch(/next/);
  });
});

describe('rules "a header as a table’s row of labels" and "labels after their values"', () => {
  const prose =
    '<p>The lamplighter came at four, as she always did, and Nell watched her from the window with her chin on her fists. One lamp, two lamps, a ladder, a match. The street filled up with small gold rooms, and then one stayed dark.</p>';
  it('a row of labels over a row of values is the header', () => {
    const s = extractPage(page(`<table><tr><th>Title</th><th>Rating</th><th>Words</th></tr><tr><td>Lamp</td><td>G</td><td>100</td></tr></table>${prose}`, 'Lamp'), PAGE).stories[0];
    expect(s.fields).toMatchObject({ title: 'Lamp', rating: 'G', wordCount: '100' });
    expect(s.bodyText.startsWith('The lamplighter')).toBe(true);
  });
  it('a table whose first row names one field is no header (a schedule: Date | Prompt)', () => {
    const lines = labelsAsLines(flat('<table><tr><th>Date</th><th>Prompt</th></tr><tr><td>3 May</td><td>dusk</td></tr></table>'));
    expect(lines.map((l) => l.text)).toEqual(['Date | Prompt', '3 May | dusk']);
  });
  it.each([
    ['<i>Lamp</i> — title<br />G – rating<br />100 - words', ['title: Lamp', 'rating: G', 'words: 100']],
    ['Lamp (title)<br />G [rating]', ['title: Lamp', 'rating: G']],
  ])('%s', (html, want) => expect(labelsAsLines(flat(html)).map((l) => l.text)).toEqual(want));
  it('one line of that shape alone is no header ("It was all she had — summary")', () => {
    const lines = flat('It was all she had — summary<br />She went home.');
    expect(labelsAsLines(lines)).toBe(lines);
  });
});

function flat(html: string) {
  return flattenLines(new DOMParser().parseFromString(`<div>${html}</div>`, 'text/html').querySelector('div')!);
}

describe('rule "a rating that is a score"', () => {
  it.each(['8/10', 'four lighthouses out of five', '3.5 stars', 'three and a half stars out of five', '4/5 ★★★★☆', '7.5 / 10'])('%s is a score', (r) => expect(isReviewScore(r)).toBe(true));
  it.each(['PG-13', 'K-11', '15+', 'Teen and Up', 'R (for violence)', 'G, 1/3 of it fluff', 'NC-17 / 18+'])('%s is an audience’s rating', (r) => expect(isReviewScore(r)).toBe(false));
});
