/** The tables and small parsers extraction is built from, row by row. */
import { describe, expect, it } from 'vitest';
import { userOfJournalLink } from '../../utils/extract/chrome';
import { parseLabelLine } from '../../utils/extract/header';
import { LEXICON, lookupLabel, normalizeLabel } from '../../utils/extract/lexicon';
import { isCrosspostText, parseNumber, parsePartMarker, partIndexOfLabel, titleFromSubject } from '../../utils/extract/parts';
import { normalizeRating } from '../../utils/extract/rating';
import { canonicalEntryKey, entryAddress, entryUrl, siteOfUrl, unwrapWayback } from '../../utils/url';

describe('label lexicon', () => {
  it('maps every row variant to its key', () => {
    for (const row of LEXICON) for (const label of row.labels.split('|')) expect(lookupLabel(label), label).toEqual({ key: row.key });
  });
  it.each([
    ['Pairing(s)', 'pairing'],
    ['Relationships', 'pairing'],
    ['Ship', 'pairing'],
    ['Character(s)', 'characters'],
    ['Content Warnings', 'warnings'],
    ['Warning(s)', 'warnings'],
    ['Word Count', 'wordCount'],
    ['Words', 'wordCount'],
    ['Wordcount', 'wordCount'],
    ['Length', 'wordCount'],
    ['A/N', 'notes'],
    ["Author's Notes", 'notes'],
    ['Author’s Note', 'notes'],
    ['Author notes', 'notes'],
    ['Note(s)', 'notes'],
    ['Beta(s)', 'beta'],
    ['Beta reader', 'beta'],
    ['Prompt', 'prompt'],
    ['Written for', 'prompt'],
    ['Universe', 'fandom'],
    ['Fandom(s)', 'fandom'],
    ['~*Title*~', 'title'],
    ['.:Pairing:.', 'pairing'],
    ['TITLE', 'title'],
    ['rating', 'rating'],
    // Labels joined by a slash name the first's field; "/s" is a plural.
    ['Pairing/s', 'pairing'],
    ['Character/s', 'characters'],
    ['Fandom/Verse', 'fandom'],
    ['Pairing / Characters', 'pairing'],
    ['Rating/Warnings', 'rating'],
    ['Wordage', 'wordCount'],
    // Other languages' fandoms: the same header in their own words.
    ['Название', 'title'],
    ['Автор', 'author'],
    ['Фандом', 'fandom'],
    ['Пейринг', 'pairing'],
    ['Рейтинг', 'rating'],
    ['Предупреждения', 'warnings'],
    ['Размер', 'wordCount'],
    ['Саммари', 'summary'],
    ['Дисклеймер', 'disclaimer'],
    ['Título', 'title'],
    ['Autora', 'author'],
    ['Clasificación', 'rating'],
    ['Palabras', 'wordCount'],
    ['Resumen', 'summary'],
    ['Titolo', 'title'],
    ['Avvertenze', 'warnings'],
    ['Titel', 'title'],
    ['Autorin', 'author'],
    ['Wörter', 'wordCount'],
    ['Zusammenfassung', 'summary'],
    ['Titre', 'title'],
    ['Personnages', 'characters'],
    ['Résumé', 'summary'],
    ['Notas', 'notes'],
  ])('%s → %s', (label, key) => {
    expect(lookupLabel(label)).toEqual({ key });
  });
  it('knows header labels that are not fields, and nothing else', () => {
    expect(lookupLabel('Part')).toEqual({ key: null, header: true });
    expect(lookupLabel('Status')).toEqual({ key: null, header: true });
    expect(lookupLabel('She said')).toBeNull();
    expect(lookupLabel('Kirk/Spock')).toBeNull();
    expect(normalizeLabel(' ~*Relationship(s)*~ ')).toBe('relationships');
  });
});

describe('label lines', () => {
  const line = (text: string, leadEmphasis: string | null = null) => parseLabelLine({ text, leadEmphasis });
  it.each([
    ['Title: The Long Road', 'title', 'The Long Road'],
    ['Title || The Long Road', 'title', 'The Long Road'],
    ['Title\tThe Long Road', 'title', 'The Long Road'],
    ['~*Title*~ The Long Road', 'title', 'The Long Road'],
    ['.:Pairing:. Harry/Draco', 'pairing', 'Harry/Draco'],
    ['title: the long road', 'title', 'the long road'],
    ['Rating - PG-13', 'rating', 'PG-13'],
    ['Word Count:   2,345  ', 'wordCount', '2,345'],
    ['[Summary] Two people, one umbrella.', 'summary', 'Two people, one umbrella.'],
  ])('%s', (text, key, value) => {
    expect(line(text)).toMatchObject({ key, value });
  });
  it('reads a bold label with no separator', () => {
    expect(line('Title The Long Road', 'Title')).toMatchObject({ key: 'title', value: 'The Long Road' });
  });
  it('leaves prose alone', () => {
    expect(line('She said: come home.')).toBeNull();
    expect(line('"Title: Deed of Sale," he read aloud, and frowned.')).toBeNull();
  });
});

describe('ratings onto AO3’s scale', () => {
  it.each([
    ['G', 'General'],
    ['Gen', 'General'],
    ['PG', 'General'],
    ['Rated PG', 'General'],
    ['General Audiences', 'General'],
    ['K+', 'Teen'],
    ['PG-13', 'Teen'],
    ['PG13', 'Teen'],
    ['Teen', 'Teen'],
    ['Teen And Up Audiences', 'Teen'],
    ['T', 'Teen'],
    ['FRT', 'Teen'],
    ['FR13', 'Teen'],
    ['R', 'Mature'],
    ['Mature', 'Mature'],
    ['M', 'Mature'],
    ['FRM', 'Mature'],
    ['R for violence', 'Mature'],
    ['NC-17', 'Explicit'],
    ['NC17', 'Explicit'],
    ['Explicit', 'Explicit'],
    ['E', 'Explicit'],
    ['FR18', 'Explicit'],
    ['Not Rated', 'Not Rated'],
    ['PG-13 to R', 'Mature'],
    ['R/NC-17', 'Explicit'],
    ['pg-13', 'Teen'],
    ['g', 'General'],
  ])('%s → %s', (raw, want) => {
    expect(normalizeRating(raw)).toBe(want);
  });
  it('gives null for nothing it recognises', () => {
    expect(normalizeRating('')).toBeNull();
    expect(normalizeRating('see notes')).toBeNull();
  });
});

describe('part markers', () => {
  it.each([
    ['One Step Behind Part 1/2', { index: 1, total: 2 }],
    ['Cold Comfort (3/5)', { index: 3, total: 5 }],
    ['Salt and Iron, 2 of 5', { index: 2, total: 5 }],
    ['Chapter 3', { index: 3, total: null }],
    ['Part II', { index: 2, total: null }],
    ['The Long Road 1/?', { index: 1, total: null }],
    ['Part Two of Four', { index: 2, total: 4 }],
    ['FIC: Tare Weight, Part 2/3 (Naomi/Holden, Teen) [week 9]', { index: 2, total: 3 }],
  ])('%s', (text, want) => {
    expect(parsePartMarker(text)).toEqual(want);
  });
  it('is not fooled by dates, pairings or "part of"', () => {
    expect(parsePartMarker('Posted 2/3/2009')).toBeNull();
    expect(parsePartMarker('Kirk/Spock')).toBeNull();
    expect(parsePartMarker('Part of the Family')).toBeNull();
  });
  it('reads numbers in three notations', () => {
    expect(parseNumber('xiv')).toBe(14);
    expect(parseNumber('Twelve')).toBe(12);
    expect(parseNumber('7')).toBe(7);
  });
  it('names the part a link points at', () => {
    expect(partIndexOfLabel('Part 3 »')).toBe(3);
    expect(partIndexOfLabel('« Part 1')).toBe(1);
    expect(partIndexOfLabel('Chapter Two')).toBe(2);
    expect(partIndexOfLabel('Masterpost')).toBeNull();
  });
});

describe('titles from subjects', () => {
  it.each([
    ['FIC: The Long Road (1/3)', 'The Long Road'],
    ['[fic] Salt and Iron, 2 of 5', 'Salt and Iron'],
    ['[Drabble] A Blessing of Rain (P&P, G)', 'A Blessing of Rain'],
    ['Leverage fic: Rule Five (Parker/Eliot/Hardison, G)', 'Rule Five'],
    ['One Step Behind Part 1/2', 'One Step Behind'],
    ['Fic: Shore Leave, Sort Of (Kirk/Spock, G)', 'Shore Leave, Sort Of'],
    ['Untitled', 'Untitled'],
  ])('%s → %s', (subject, title) => {
    expect(titleFromSubject(subject)).toBe(title);
  });
});

describe('crosspost footers', () => {
  it.each([
    'This entry was originally posted at https://x.dreamwidth.org/123.html. Please comment there using OpenID.',
    'Mirrored from https://x.livejournal.com/77.html.',
    'comment count unavailable comments',
  ])('%s', (t) => expect(isCrosspostText(t)).toBe(true));
  it('not prose', () => expect(isCrosspostText('She had originally meant to stay.')).toBe(false));
});

describe('journal URLs', () => {
  it('unwraps Wayback copies', () => {
    expect(unwrapWayback('https://web.archive.org/web/20100419153302/http://inkstainedowl.livejournal.com/12058.html')).toEqual({
      original: 'http://inkstainedowl.livejournal.com/12058.html',
      timestamp: '20100419153302',
    });
    expect(unwrapWayback('https://web.archive.org/web/2010id_/http://a.livejournal.com/1.html')?.original).toBe('http://a.livejournal.com/1.html');
    expect(unwrapWayback('https://a.livejournal.com/1.html')).toBeNull();
  });
  it("names a journal link's user, also through a Wayback copy's rewritten link", () => {
    expect(userOfJournalLink('http://tide-pool.livejournal.com/')).toBe('tide_pool');
    expect(userOfJournalLink('/users/tidepool/')).toBe('tidepool');
    expect(userOfJournalLink('/web/20100824000000/http://kelp-and-brine.livejournal.com/')).toBe('kelp_and_brine');
    expect(userOfJournalLink('https://web.archive.org/web/2010/http://www.livejournal.com/userinfo.bml?user=kelp')).toBe('kelp');
    expect(userOfJournalLink('http://kelp.livejournal.com/123.html')).toBeNull();
  });
  it('names the site', () => {
    expect(siteOfUrl('https://x.dreamwidth.org/1.html')).toBe('dreamwidth');
    expect(siteOfUrl('http://community.insanejournal.com/a/1.html')).toBe('insanejournal');
    expect(siteOfUrl('https://web.archive.org/web/2010/http://a.livejournal.com/1.html')).toBe('wayback');
    expect(siteOfUrl('https://example.com/1.html')).toBe('unknown');
  });
  it('strips query and fragment but keeps the host as written', () => {
    expect(entryUrl('http://pennyroyal-tea.livejournal.com/77531.html?format=light#cutid1')).toBe('http://pennyroyal-tea.livejournal.com/77531.html');
    expect(entryUrl('http://community.insanejournal.com/thimble_drabbles/4410.html')).toBe('http://community.insanejournal.com/thimble_drabbles/4410.html');
  });
  it('reads every URL shape of an entry', () => {
    const want = { domain: 'livejournal.com', journal: 'some_name', itemId: 123 };
    for (const u of [
      'https://some-name.livejournal.com/123.html',
      'http://community.livejournal.com/some_name/123.html',
      'http://users.livejournal.com/some_name/123.html',
      'http://www.livejournal.com/users/some_name/123.html',
      'http://www.livejournal.com/community/some_name/123.html',
      'http://www.livejournal.com/talkread.bml?journal=some_name&itemid=123',
    ]) {
      expect(entryAddress(u), u).toEqual(want);
    }
  });
  it('compares entries whatever their form', () => {
    const key = canonicalEntryKey('https://some-name.livejournal.com/123.html');
    for (const u of [
      'http://some-name.livejournal.com/123.html?style=mine',
      'https://some_name.livejournal.com/123.html?format=light#cutid1',
      'http://community.livejournal.com/some_name/123.html?thread=55#t55',
      'https://web.archive.org/web/20090101000000/http://some-name.livejournal.com/123.html',
    ]) {
      expect(canonicalEntryKey(u), u).toBe(key);
    }
    expect(canonicalEntryKey('https://some-name.livejournal.com/124.html')).not.toBe(key);
    expect(canonicalEntryKey('https://some-name.dreamwidth.org/123.html')).not.toBe(key);
  });
});
