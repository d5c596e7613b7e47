// @vitest-environment jsdom
/**
 * The twentieth round's rules (tests/heldout15's header misses, rebuilt as the fixture set "twentieth round (heldout15
 * misses)"), each on small inputs: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { countWords } from '../../utils/extract/dom';
import { extractPage } from '../../utils/extract/index';
import { FIC_SUBJECT, FIC_TAG, lookupLabel } from '../../utils/extract/lexicon';
import { looksLikePartLinkLabel, parsePartMarker, partIndexOfLabel, titleFromSubject } from '../../utils/extract/parts';

const PAGE = 'https://author.dreamwidth.org/30.html';

function page(body: string, subject: string) {
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper poster-author"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div></div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

describe('Estonian chapters', () => {
  it('reads "N. peatükk" as the chapter, in a subject and a link', () => {
    expect(parsePartMarker('Tuulelohe, 3. peatükk')).toEqual({ index: 3, total: null });
    expect(parsePartMarker('Peatükk 2/5')).toEqual({ index: 2, total: 5 });
    expect(looksLikePartLinkLabel('« 1. peatükk')).toBe(true);
    expect(looksLikePartLinkLabel('2. peatükk »')).toBe(true);
    expect(partIndexOfLabel('« 4. peatükk')).toBe(4);
  });
  it('leaves a number before another word alone', () => {
    expect(looksLikePartLinkLabel('2. peatänav')).toBe(false);
    expect(parsePartMarker('Kohtume 3. mail')).toBeNull();
  });
  it('Peatükk is a header label of no field', () => expect(lookupLabel('Peatükk')).toEqual({ key: null, header: true }));
});

describe('labels in Japanese, Indonesian, Catalan', () => {
  it.each([
    ['タイトル', 'title'],
    ['作者', 'author'],
    ['CP', 'pairing'],
    ['カップリング', 'pairing'],
    ['登場人物', 'characters'],
    ['レーティング', 'rating'],
    ['注意', 'warnings'],
    ['文字数', 'wordCount'],
    ['あらすじ', 'summary'],
    ['Judul', 'title'],
    ['Penulis', 'author'],
    ['Tokoh', 'characters'],
    ['Peringatan', 'warnings'],
    ['Jumlah kata', 'wordCount'],
    ['Ringkasan', 'summary'],
    ['Títol', 'title'],
    ['Personatges', 'characters'],
    ['Classificació', 'rating'],
    ['Advertències', 'warnings'],
    ['Paraules', 'wordCount'],
  ])('%s → %s', (label, key) => expect(lookupLabel(label)).toEqual({ key }));
});

describe('Japanese fic', () => {
  it('a subject bracketing 小説 or SS names fic, and the title is what follows', () => {
    expect(FIC_SUBJECT.test('【小説】雨の駅')).toBe(true);
    expect(FIC_SUBJECT.test('【SS】図書館')).toBe(true);
    expect(FIC_SUBJECT.test('【日記】今日のこと')).toBe(false);
    expect(titleFromSubject('【SS】閉館のあとで')).toBe('閉館のあとで');
    expect(FIC_TAG.test('小説')).toBe(true);
  });
  it('counts unspaced prose by its characters, two a word', () => {
    expect(countWords('夏の終わりの夜、星を拾った。')).toBe(1 + 6);
    expect(countWords('three plain words')).toBe(3);
    expect(countWords('')).toBe(0);
  });
  it('reads a header with full-width colons and the unspaced prose under it as a story', () => {
    const s = extractPage(
      page(
        '<p>タイトル：灯台<br />CP：ハル×ソラ<br />レーティング：全年齢</p><p>灯台の明かりは毎晩九時に消えることになっていたが、その夜だけは朝まで消えなかった。</p><p>ハルは岬の上で、ずっとその光を見ていた。</p>',
        '灯台',
      ),
      PAGE,
    );
    expect(s.kind).toBe('story');
    expect(s.stories[0].fields).toMatchObject({ title: '灯台', pairing: 'ハル×ソラ', rating: '全年齢' });
    expect(s.stories[0].bodyText.startsWith('灯台の明かり')).toBe(true);
  });
});

describe("the closing thanks in the writer's language", () => {
  it('is no body', () => {
    const s = extractPage(
      page(
        '<p><b>Judul:</b> Hujan<br /><b>Tokoh:</b> Sari<br /><b>Rating:</b> Semua umur</p><p>Hujan turun sejak pagi, dan Sari menunggu di halte sambil menghitung payung yang lewat di depannya satu per satu.</p><p>Terima kasih sudah membaca!</p>',
        'Hujan',
      ),
      PAGE,
    );
    expect(s.stories[0].fields).toMatchObject({ title: 'Hujan', characters: 'Sari' });
    expect(s.stories[0].bodyText).not.toContain('Terima kasih');
  });
});

describe('a one-line header with no labels', () => {
  const prose =
    '<p>The ferry cat slept on whoever needed a cat most, and that night it chose the woman with the letter, and lay on the letter so she could not read it again.</p><p>When the ferry docked she tried to give it back to the purser, who only shrugged and said it went where it liked. It went home with her, and it still rides the crossing now and then, when it thinks somebody needs it more.</p>';
  it('is header, not the first paragraph', () => {
    for (const line of ['Original · gen · Teen · 1,100 words · for a friend', 'Ashgrove | Hester/Tom | PG | 400 words', 'Original / gen / G / 380 words']) {
      const s = extractPage(page(`<p><i>${line}</i></p>${prose}`, 'fic: Night Crossing'), PAGE);
      expect(s.stories[0].bodyText.startsWith('The ferry cat')).toBe(true);
      expect(s.stories[0].headerNotes).toEqual([line]);
    }
  });
  it('needs a rating or a length among short values', () => {
    const s = extractPage(page(`<p>Morning · noon · night, she said, and went on counting the bells.</p>${prose}`, 'fic: Night Crossing'), PAGE);
    expect(s.stories[0].bodyText.startsWith('Morning')).toBe(true);
  });
});

describe('a podfic posted with its text', () => {
  const head = '<p><b>Title:</b> Last Tram<br /><b>Reader:</b> author<br /><b>Rating:</b> PG<br /><b>Words:</b> 90<br /><b>Running time:</b> 2:10</p>';
  const prose =
    '<p>The last tram of the night always stopped at the cemetery gates, although nobody ever got on there and nobody ever got off, and the drivers said it was in the timetable.</p><p>On the thirtieth night an old woman got on, paid with a coin nobody had seen before, and smiled at Mara as if they had met. At the terminus she was gone.</p>';
  it('"Transcript:" starts the text and the closing italic word about the recording is the reader\'s', () => {
    const s = extractPage(page(`${head}<p><b>Transcript:</b></p>${prose}<p><i>First time recording myself, be gentle!</i></p>`, 'podfic: Last Tram'), PAGE);
    expect(s.stories[0].bodyText.startsWith('The last tram')).toBe(true);
    expect(s.stories[0].bodyText).not.toContain('recording myself');
  });
  it("a story's own closing italic line stays, with no transcript or player", () => {
    const s = extractPage(page(`${head}${prose}<p><i>My voice, she thought, is the only thing I kept.</i></p>`, 'Last Tram'), PAGE);
    expect(s.stories[0].bodyText).toContain('My voice, she thought');
  });
});
