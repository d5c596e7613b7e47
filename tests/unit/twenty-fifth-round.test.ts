// @vitest-environment jsdom
/**
 * The twenty-fifth round's rules (tests/heldout17's misses, rebuilt as the fixture set "twenty-fifth round (heldout17
 * misses)"), each on small inputs: the shape read, and the look-alike it must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { isHeaderSubject } from '../../utils/extract/header';
import { extractPage } from '../../utils/extract/index';
import { FIC_SUBJECT, FIC_TAG, lookupLabel } from '../../utils/extract/lexicon';
import { ownDirection, parsePartMarker, titleFromSubject } from '../../utils/extract/parts';

const PAGE = 'https://author.dreamwidth.org/30.html';

function page(body: string, subject: string, tags: string[] = []) {
  const tagList = tags.length
    ? `<div class="tag"><span class="tag-text">Tags:</span><ul>${tags.map((t) => `<li><a rel="tag" href="https://author.dreamwidth.org/tag/${t}">${t}</a></li>`).join('')}</ul></div>`
    : '';
  const html = `<html><head><title>${subject}</title></head><body><div class="entry-wrapper poster-author"><h3 class="entry-title"><a href="${PAGE}">${subject}</a></h3>
    <div class="entry-content">${body}</div>${tagList}</div></body></html>`;
  return new DOMParser().parseFromString(html, 'text/html');
}

const PROSE =
  'The ferry came in late that night, and the lamp on the jetty had gone out, so Ada stood at the end of the boards with her own lantern held up high and waited for the sound of the engine over the water, counting the waves as they came in under her feet.';

describe('labels in Hebrew, Vietnamese, Slovene and Portuguese', () => {
  it.each([
    ['שם', 'title'],
    ['כותרת', 'title'],
    ['מחבר/ת', 'author'],
    ['מאת', 'author'],
    ['פנדום', 'fandom'],
    ['זוג', 'pairing'],
    ['דירוג', 'rating'],
    ['אזהרות', 'warnings'],
    ['מילים', 'wordCount'],
    ['תקציר', 'summary'],
    ['Tên truyện', 'title'],
    ['Tác giả', 'author'],
    ['Nhân vật', 'characters'],
    ['Xếp hạng', 'rating'],
    ['Phân loại', 'rating'],
    ['Số từ', 'wordCount'],
    ['Độ dài', 'wordCount'],
    ['Tóm tắt', 'summary'],
    ['Ghi chú', 'notes'],
    ['Thể loại', 'genre'],
    ['Avtor', 'author'],
    ['Avtorica', 'author'],
    ['Par', 'pairing'],
    ['Osebe', 'characters'],
    ['Opozorila', 'warnings'],
    ['Besede', 'wordCount'],
    ['Število besed', 'wordCount'],
    ['Povzetek', 'summary'],
    ['Opombe', 'notes'],
    ['Sumário', 'summary'],
    ['Notas da autora', 'notes'],
    ['Gênero', 'genre'],
  ])('%s → %s', (label, key) => expect(lookupLabel(label)).toEqual({ key }));

  it('reads a Hebrew header right to left whole, the prose after it', () => {
    const s = extractPage(
      page(`<div dir="rtl"><p><b>שם:</b> הנמל<br /><b>מחבר/ת:</b> sofer<br /><b>דירוג:</b> כללי<br /><b>מילים:</b> 900<br /><b>תקציר:</b> סירה אחת.</p><p>${PROSE}</p></div>`, 'הנמל'),
      PAGE,
    ).stories[0];
    expect(s.fields).toMatchObject({ title: 'הנמל', author: 'sofer', rating: 'כללי', wordCount: '900', summary: 'סירה אחת.' });
    expect(s.bodyText.startsWith('The ferry came in')).toBe(true);
  });

  it('a bullet before the next label is no word of a free-text value', () => {
    const s = extractPage(page(`&bull; <b>Sumário:</b> Um farol.<br />&bull; <b>Avisos:</b> nenhuns<br />&bull; <b>Título:</b> O farol<br /><br />${PROSE}`, 'fic: O farol'), PAGE).stories[0];
    expect(s.fields).toMatchObject({ summary: 'Um farol.', warnings: 'nenhuns', title: 'O farol' });
  });
});

describe('parts, directions and fic words in Vietnamese and Hebrew', () => {
  it.each([
    ['Gió mùa — Chương 1/3', 'Gió mùa', { index: 1, total: 3 }],
    ['Hoa sữa — Chương 2/2', 'Hoa sữa', { index: 2, total: 2 }],
    ['מגדלור, פרק 1 מתוך 2', 'מגדלור', { index: 1, total: 2 }],
    ['הגשר הישן (פרק 2 מתוך 2)', 'הגשר הישן', { index: 2, total: 2 }],
  ])('%s', (subject, title, marker) => {
    expect(titleFromSubject(subject)).toBe(title);
    expect(parsePartMarker(subject)).toEqual(marker);
  });
  it('the part word inside another Hebrew word is none ("מפרק 2")', () => expect(parsePartMarker('מפרק 2')).toBeNull());
  it.each([
    ['Chương sau »', 'next'],
    ['« Chương trước', 'prev'],
    ['הפרק הבא ←', 'next'],
    ['לפרק הבא ←', 'next'],
    ['→ הפרק הקודם', 'prev'],
  ])('%s → %s', (text, dir) => expect(ownDirection(text)).toBe(dir));
  it('a sentence with such words is no direction', () => {
    expect(ownDirection('Chương sau sẽ dài hơn')).toBeNull();
    expect(ownDirection('הפרק הבא יהיה ארוך')).toBeNull();
  });
  it('the drabble subject word and the fan-fiction tag', () => {
    expect(FIC_SUBJECT.test('דרבל: עץ זית')).toBe(true);
    expect(titleFromSubject('דרבל: עץ זית')).toBe('עץ זית');
    expect(FIC_TAG.test('פאנפיק')).toBe(true);
    expect(FIC_SUBJECT.test('עץ זית')).toBe(false);
  });
});

describe('a subject that is a header', () => {
  it.each(['Counting Geese (G, 1,200 words)', 'Salt Roads [PG-13 | 3,400 words]', 'Borrowed Light (900 words; G)', 'Ferry (Teen, 4k)'])('%s', (s) => expect(isHeaderSubject(s)).toBe(true));
  it.each(['Counting Geese (G)', 'my week (1,200 words of complaining)', 'Spring (PG)', 'cat pictures (2, 3)', 'NaNo day 4 (12,000 words!)'])('not %s', (s) => expect(isHeaderSubject(s)).toBe(false));
  it('makes a headerless cut story a story', () => {
    const body = `<p>${PROSE.slice(0, 120)}</p><span class="cut-wrapper"><b class="cut-text"><a href="${PAGE}#cutid1">more</a></b></span>`;
    expect(extractPage(page(body, 'Counting Geese (G, 1,200 words)'), PAGE).kind).toBe('story');
    expect(extractPage(page(body, 'Counting Geese'), PAGE).kind).toBe('not-story');
  });
});

describe('a closing thanks for the prompt', () => {
  const header = '<p><b>Title:</b> Ferry<br /><b>Rating:</b> G<br /><b>Words:</b> 100</p>';
  it.each(['Thank you for the prompt, dear!', 'thanks so much for the prompts, bee ♥', 'Thanks to marrow_and_moss for prompting!'])('%s is no body', (line) => {
    const s = extractPage(page(`${header}<p>${PROSE}</p><p>${line}</p>`, 'Ferry'), PAGE).stories[0];
    expect(s.bodyText).not.toContain(line.slice(0, 12));
  });
  it('a last line thanking for a prompt reply is the story’s', () => {
    const last = '“Thank you for the prompt reply,” she wrote, and sealed the letter.';
    const s = extractPage(page(`${header}<p>${PROSE}</p><p>${last}</p>`, 'Ferry'), PAGE).stories[0];
    expect(s.bodyText).toContain('prompt reply');
  });
});

describe('works listed by their progress, and plot bunnies', () => {
  it('a WIP-status post is no story; a chapter with its words so far is', () => {
    const status =
      '<p><b>Title:</b> The Orchard Years<br /><b>Words so far:</b> 23,400<br /><b>Status:</b> chapter nine half written</p><p>Thank you all for waiting, the orchard one will be done before spring, I promise, and the next chapter is nearly there.</p>';
    expect(extractPage(page(status, 'where things stand', ['wip', 'fic']), PAGE).kind).toBe('not-story');
    const chapter = `<p><b>Title:</b> The Orchard Years<br /><b>Words so far:</b> 23,400<br /><b>Rating:</b> G</p>${`<p>${PROSE}</p>`.repeat(4)}`;
    expect(extractPage(page(chapter, 'The Orchard Years', ['fic']), PAGE).kind).toBe('story');
  });
  it('a plot bunny up for adoption is no story; a fill naming what it had to include is', () => {
    const bunny = `<p><b>Suggested title:</b> The Map<br /><b>Rating:</b> any<br /><b>Summary:</b> A map that is wrong on purpose.<br /><b>Must have:</b> a very old dog<br /><b>Must not have:</b> death</p><p>${PROSE.slice(0, 90)}</p>`;
    expect(extractPage(page(bunny, 'this one needs a home', ['fic']), PAGE).kind).toBe('not-story');
    const fill = `<p><b>Title:</b> The Map<br /><b>Rating:</b> G<br /><b>Must include:</b> a very old dog</p>${`<p>${PROSE}</p>`.repeat(2)}`;
    expect(extractPage(page(fill, 'fic: The Map', ['fic']), PAGE).kind).toBe('story');
  });
});
