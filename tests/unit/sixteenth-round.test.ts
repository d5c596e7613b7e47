// @vitest-environment jsdom
/**
 * The sixteenth round's rules (tests/heldout13's misses, rebuilt as the fixture set "sixteenth round (heldout13 misses)"),
 * each on small posts: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { lookupLabel } from '../../utils/extract/lexicon';
import { chapterLinks } from '../../utils/extract/part-links';
import { isPartNavText } from '../../utils/extract/parts';

const PAGE = 'https://author.dreamwidth.org/30.html';
const PROSE = [
  'The bell-ringers rang nine bells for a death in the parish, and then the years of the dead.',
  'Cass had counted them from her bed since she was small.',
  'On the first Sunday in Advent the bells did not stop.',
];

function page(body: string, subject: string, tags: string[] = []) {
  const tagHtml = tags.map((t) => `<a rel="tag" href="https://author.dreamwidth.org/tag/${t}">${t}</a>`).join(', ');
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper poster-author"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div><div class="tag">${tagHtml}</div></div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const HEADER = '<p><b>Title:</b> Nine Bells<br /><b>Part:</b> 3/3<br /><b>Rating:</b> PG<br /><b>Warnings:</b> none</p>';
const prose = PROSE.map((p) => `<p>${p}</p>`).join('\n');

describe('rule "a closing navigation label"', () => {
  it.each([
    ['<b>Previous:</b> <a href="/20.html">Part 2</a> | <a href="/10.html">Back to the masterpost</a>'],
    ['<b>Next:</b> <a href="/40.html">Chapter 2</a> · <a href="/10.html">Table of contents</a>'],
    ['<strong>Previously:</strong> <a href="/20.html">part one</a> | <a href="/10.html">story index</a>'],
  ])('%s after three short paragraphs is navigation, not a header line', (nav) => {
    const s = extractPage(page(`${HEADER}\n${prose}\n<p>${nav}</p>`, 'Nine Bells (3/3)'), PAGE).stories[0];
    expect(s.fields.warnings).toBe('none');
    expect(s.bodyText).toBe(PROSE.join('\n\n'));
    expect(s.partLinks.map((l) => l.url)).toContain('https://author.dreamwidth.org/10.html');
  });
  it('a header label that links among its words ("Art: by <a>the artist</a> and me") stays the header’s', () => {
    const s = extractPage(page(`${HEADER.replace('</p>', '<br /><b>Art:</b> by <a href="https://artist.dreamwidth.org/5.html">the artist</a> and me</p>')}\n${prose}`, 'Nine Bells (3/3)'), PAGE)
      .stories[0];
    expect(s.bodyText).toBe(PROSE.join('\n\n'));
  });
});

describe('Scandinavian and Dutch labels', () => {
  it.each([
    ['Författare', 'author'],
    ['Forfatter', 'author'],
    ['Schrijver', 'author'],
    ['Karaktärer', 'characters'],
    ['Karakterer', 'characters'],
    ['Personages', 'characters'],
    ['Karakters', 'characters'],
    ['Åldersgräns', 'rating'],
    ['Aldersgrense', 'rating'],
    ['Varningar', 'warnings'],
    ['Advarsler', 'warnings'],
    ['Waarschuwingen', 'warnings'],
    ['Ord', 'wordCount'],
    ['Antall ord', 'wordCount'],
    ['Woordenaantal', 'wordCount'],
    ['Aantal woorden', 'wordCount'],
    ['Sammanfattning', 'summary'],
    ['Resumé', 'summary'],
    ['Sammendrag', 'summary'],
    ['Samenvatting', 'summary'],
    ['Korte inhoud', 'summary'],
    ['Tittel', 'title'],
  ])('%s → %s', (label, key) => expect(lookupLabel(label)).toEqual({ key }));
  it('reads a Swedish header whole, the prose after it', () => {
    const s = extractPage(
      page(
        '<p><b>Titel:</b> Isens minne<br /><b>Karaktärer:</b> Elin<br /><b>Åldersgräns:</b> Barntillåten<br /><b>Varningar:</b> inga<br /><b>Ord:</b> 90<br /><b>Sammanfattning:</b> Isen kommer ihåg.</p><p>Mormor sa alltid att isen hade ett eget minne, och att den inte tyckte om när man tog samma väg två gånger.</p>',
        'Isens minne',
      ),
      PAGE,
    ).stories[0];
    expect(s.fields).toMatchObject({ title: 'Isens minne', characters: 'Elin', rating: 'Barntillåten', warnings: 'inga', wordCount: '90', summary: 'Isen kommer ihåg.' });
    expect(s.bodyText.startsWith('Mormor')).toBe(true);
  });
  it('"Ordinary:" is no label', () => expect(lookupLabel('Ordinary')).toBeNull());
});

describe('rule "a split part says where it goes on"', () => {
  it.each(['(continued from part 1a)', '(cont. from part one)', 'continued from here', '(cont’d from the first half, here)', "cont'd in part 2"])('%s', (t) => expect(isPartNavText(t)).toBe(true));
  it('a sentence that merely continues is prose', () => {
    expect(isPartNavText('Contrary to what she had said, the bells went on ringing.')).toBe(false);
    expect(isPartNavText('Content from the old house filled three skips.')).toBe(false);
  });
  it('the opening link of a headerless second half is the first half, not prose', () => {
    const words = Array.from({ length: 12 }, () => PROSE[0]).join(' ');
    const s = extractPage(page(`<p><em>continued from <a href="/20.html">here</a></em></p><p>${words}</p>`, 'The Orrery (1b/2) (cont.)', ['fic']), PAGE).stories[0];
    expect(s.bodyText).toBe(words);
    expect(s.partLinks.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/20.html']);
  });
  it('"cont’d" before a link makes it a part link', () => {
    const { partLinks } = chapterLinks([{ text: '(cont’d in the second half)', links: [{ href: '/40.html', text: 'the second half' }] }], 'dreamwidth.org/author/30', PAGE);
    expect(partLinks.map((l) => l.url)).toEqual(['https://author.dreamwidth.org/40.html']);
  });
});
