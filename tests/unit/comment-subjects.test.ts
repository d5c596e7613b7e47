// The comment-subject grammar (utils/extract/comment-subjects.ts): every shape issue 12 names,
// work-in-progress and end marks, and the subjects that are no fill.
import { describe, expect, it } from 'vitest';
import { parseCommentSubject, sameTitle } from '../../utils/extract/comment-subjects';

describe('parseCommentSubject', () => {
  it.each([
    ['FILL: Title (1/3)', { fill: true, reply: false, title: 'Title', part: { index: 1, total: 3 }, piece: '', ends: false }],
    ['Fill: Title, part 2', { fill: true, reply: false, title: 'Title', part: { index: 2, total: null }, piece: '', ends: false }],
    ['Title 2/?', { fill: false, reply: false, title: 'Title', part: { index: 2, total: null }, piece: '', ends: false }],
    ['Re: FILL: Title 3/5 (END)', { fill: true, reply: true, title: 'Title', part: { index: 3, total: 5 }, piece: '', ends: true }],
    ['[FILL] Title', { fill: true, reply: false, title: 'Title', part: null, piece: '', ends: false }],
    ['Title 4a/6', { fill: false, reply: false, title: 'Title', part: { index: 4, total: 6 }, piece: 'a', ends: false }],
  ])('%s', (subject, want) => {
    expect(parseCommentSubject(subject)).toMatchObject(want);
  });

  it('reads the end marks: END, Complete, Fin, The End, and a part n of n', () => {
    for (const s of ['Title 3/3', 'Fill: Title, part 3 (Fin)', 'FILL: Title part 2 [Complete]', 'Title 5/5 END', 'Title 4/? - the end', 'Title (2/2) (end)']) {
      expect(parseCommentSubject(s).ends, s).toBe(true);
    }
    // "?" totals are a work in progress; "End" inside a title is a word of the title.
    for (const s of ['Title 3/?', 'FILL: Loose End', 'FILL: The End of the Pier (1/2)', 'Fill: Title, part 2']) {
      expect(parseCommentSubject(s).ends, s).toBe(false);
    }
    expect(parseCommentSubject('FILL: Loose End').title).toBe('Loose End');
  });

  it('strips the fill mark wherever the subject puts it, and continuation notes', () => {
    expect(parseCommentSubject('Title (fill)')).toMatchObject({ fill: true, title: 'Title' });
    expect(parseCommentSubject('fill - Title 2/3')).toMatchObject({ fill: true, title: 'Title', part: { index: 2, total: 3 } });
    expect(parseCommentSubject('FILL: The Long Way Round 3/6 (cont.)')).toMatchObject({ fill: true, title: 'The Long Way Round', part: { index: 3, total: 6 } });
    expect(parseCommentSubject('FILL')).toMatchObject({ fill: true, title: '' });
    expect(parseCommentSubject('Re: Re: FILL: Title 2/4').reply).toBe(true);
  });

  it('knows where a fill puts its part marker: after the title, or as a "Part 2:" lead', () => {
    for (const s of ['Title 2/?', 'Title (2/5)', 'Title, part 2', 'Title 4a/6 (cont.)', 'Part 2: Title', 'Title 3/3 END', 'Re: Title 3/5 (END)'])
      expect(parseCommentSubject(s).markerPlaced, s).toBe(true);
    for (const s of ['3/4 of the way through and crying', 'any, 3/4 of a bottle of rum', 'OP here']) expect(parseCommentSubject(s).markerPlaced, s).toBe(false);
  });

  it('leaves subjects that are no fill without a fill mark or a part', () => {
    expect(parseCommentSubject('OP here')).toMatchObject({ fill: false, part: null });
    expect(parseCommentSubject('Re: Tess/Mara, stranded at sea')).toMatchObject({ fill: false, part: null, reply: true });
    expect(parseCommentSubject('Filling my plate: a prompt').fill).toBe(false);
  });

  it('compares titles as a reader would', () => {
    expect(sameTitle('The Long Way Round', 'the long way round!')).toBe(true);
    expect(sameTitle('Salt and Iron', 'Salt & Iron')).toBe(false);
    expect(sameTitle('', '')).toBe(false);
  });
});
