/** A chapter's navigation line whose link is an arrow and nothing else ("⇨" after part 1, "⟵" after part 2): the next or previous part. */
import { describe, expect, it } from 'vitest';
import { chapterLinks } from '../../utils/extract/part-links';

const PAGE = 'https://author.livejournal.com/10.html';
const line = (text: string) => ({ text, links: [{ href: '/11.html', text }] });

describe('an arrow alone links the next or previous part', () => {
  it.each(['⇨', '⟶', '⇦', '⟵', '➔', '»'])('%s', (arrow) => {
    expect(chapterLinks([line(arrow)], 'livejournal.com/author/10', PAGE).partLinks.map((l) => l.url)).toEqual(['https://author.livejournal.com/11.html']);
  });
  it('a link in words that name no part is none', () => {
    expect(chapterLinks([line('a drawing of the weir')], 'livejournal.com/author/10', PAGE).partLinks).toEqual([]);
  });
});
