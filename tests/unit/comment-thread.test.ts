// The thread walk (utils/extract/comment-thread.ts) on plain data: which comments are parts of
// which fill, in which order, and which are prompts and chatter.
import { describe, expect, it } from 'vitest';
import { parseCommentSubject } from '../../utils/extract/comment-subjects';
import { findFills, partRule, type ThreadComment } from '../../utils/extract/comment-thread';

let n = 0;
function c(parentId: string | null, subject: string, poster: string | null = null, extra: Partial<ThreadComment> = {}): ThreadComment {
  return { id: String(++n), parentId, poster, subject, state: 'full', ...extra };
}
const ids = (fill: { parts: { id: string }[] }) => fill.parts.map((p) => p.id);

describe('findFills', () => {
  it('a prompt, an anonymous fill in replies to its own parts, chatter with the sites\' "Re:" subjects', () => {
    const prompt = c(null, 'Tess/Mara, stranded at sea');
    const second = c(prompt.id, 'Re: Tess/Mara, stranded at sea');
    const p1 = c(prompt.id, 'FILL: Drift (1/3)');
    const op = c(p1.id, 'Re: FILL: Drift (1/3)');
    const p2 = c(p1.id, 'Drift 2/3');
    const notFiller = c(p2.id, 'Re: Drift 2/3');
    const p3 = c(p2.id, 'Re: Drift 3/3');
    const fills = findFills([prompt, second, p1, op, p2, notFiller, p3]);
    expect(fills).toHaveLength(1);
    expect(ids(fills[0])).toEqual([p1.id, p2.id, p3.id]);
    expect(fills[0]).toMatchObject({ title: 'Drift', poster: null, promptId: prompt.id, total: 3, complete: true });
  });

  it('parts posted out of order and as replies to the prompt read in order', () => {
    const prompt = c(null, 'Pell, loneliness');
    const p1 = c(prompt.id, 'FILL: Lantern (1/3)');
    const p3 = c(p1.id, 'FILL: Lantern (3/3)');
    const p2 = c(prompt.id, 'FILL: Lantern (2/3)', null, { state: 'collapsed' });
    const [fill] = findFills([prompt, p1, p3, p2]);
    expect(ids(fill)).toEqual([p1.id, p2.id, p3.id]);
    expect(fill.parts[1].state).toBe('collapsed');
  });

  it("a named poster's fill takes only that poster's parts; another poster's \"part 2\" is not one of them", () => {
    const prompt = c(null, 'Ines/Dov, coats');
    const p1 = c(prompt.id, 'Fill: Coats, part 1', 'quillmoth');
    const other = c(p1.id, 'Fill: Coats, part 2', 'someone_else');
    const anon = c(p1.id, 'Fill: Coats, part 2');
    const p2 = c(p1.id, 'Fill: Coats, part 2', 'quillmoth');
    const fills = findFills([prompt, p1, other, anon, p2]);
    const mine = fills.find((f) => f.poster === 'quillmoth')!;
    expect(ids(mine)).toEqual([p1.id, p2.id]);
    expect(fills.filter((f) => f.parts.some((p) => p.id === other.id || p.id === anon.id)).every((f) => f !== mine)).toBe(true);
  });

  it('two anonymous fills of one prompt are told apart by their titles', () => {
    const prompt = c(null, 'gen, storm night');
    const a1 = c(prompt.id, 'FILL: Blackout 1/2');
    const b1 = c(prompt.id, 'FILL: Candles 1/2');
    const b2 = c(b1.id, 'Candles 2/2');
    const a2 = c(prompt.id, 'FILL: Blackout 2/2');
    const fills = findFills([prompt, a1, b1, b2, a2]);
    expect(fills.map((f) => [f.title, ids(f)])).toEqual([
      ['Blackout', [a1.id, a2.id]],
      ['Candles', [b1.id, b2.id]],
    ]);
  });

  it('a continuation in a new top-level thread joins the fill; a top-level comment without FILL is a prompt', () => {
    const prompt = c(null, 'any, 3/4 of a bottle of rum');
    const p1 = c(prompt.id, 'FILL: Long Way (1/4)');
    const p2 = c(p1.id, 'Long Way 2/4');
    const p3 = c(null, 'FILL: Long Way 3/4 (cont.)');
    const p4a = c(p3.id, 'Long Way 4a/4');
    const p4b = c(p4a.id, 'Long Way 4b/4', null, { state: 'collapsed' });
    const fills = findFills([prompt, p1, p2, p3, p4a, p4b]);
    expect(fills).toHaveLength(1);
    expect(ids(fills[0])).toEqual([p1.id, p2.id, p3.id, p4a.id, p4b.id]);
    expect(fills[0].parts.map((p) => `${p.index}${p.piece}`)).toEqual(['1', '2', '3', '4a', '4b']);
  });

  it('a work in progress has no total; an END at part 3 of a planned 5 makes 3 the total', () => {
    const prompt = c(null, 'Dov, noises');
    const w1 = c(prompt.id, 'Salt 1/?');
    const w2 = c(prompt.id, 'Salt 2/?');
    const e1 = c(prompt.id, 'FILL: Wire 1/5');
    const e3 = c(e1.id, 'Re: FILL: Wire 3/5 (END)');
    const [wip, ended] = findFills([prompt, w1, w2, e1, e3]);
    expect(wip).toMatchObject({ total: null, complete: false });
    expect(ids(wip)).toEqual([w1.id, w2.id]);
    expect(ended).toMatchObject({ total: 3, complete: true });
  });

  it('deleted and screened comments are no parts; an untitled "2/3" is one only as a reply to a part', () => {
    const prompt = c(null, 'crack: a cat');
    const p1 = c(prompt.id, '[FILL] Whiskers 1/3');
    const gone = c(p1.id, 'Whiskers 2/3', null, { state: 'deleted' });
    const untitled = c(p1.id, '2/3');
    const stray = c(prompt.id, '3/4 of the way through and crying');
    const hidden = c(prompt.id, 'FILL: Other', null, { state: 'screened' });
    const fills = findFills([prompt, p1, gone, untitled, stray, hidden]);
    // "3/4 of the way through": a marker that opens a sentence is no part's.
    expect(fills).toHaveLength(1);
    expect(ids(fills[0])).toEqual([p1.id, untitled.id]);
    expect(fills.some((f) => f.parts.some((p) => p.id === stray.id || p.id === hidden.id || p.id === gone.id))).toBe(false);
  });

  it("a ?thread= page that starts mid-thread: the first comment's parent is not on the page", () => {
    const p2 = c('999', 'FILL: Lantern (2/3)');
    const chatter = c(p2.id, 'Re: FILL: Lantern (2/3)');
    const [fill, ...rest] = findFills([p2, chatter]);
    expect(rest).toHaveLength(0);
    expect(fill).toMatchObject({ promptId: null, total: 3, complete: false });
    expect(fill.parts.map((p) => p.index)).toEqual([2]);
  });

  it('a subject-less fill takes its title from the header in its text', () => {
    const prompt = c(null, 'Ruiz, retirement');
    const p1 = c(prompt.id, 'FILL', null, { headerTitle: 'Last Watch' });
    const [fill] = findFills([prompt, p1]);
    expect(fill).toMatchObject({ title: 'Last Watch', promptId: prompt.id });
  });
});

describe('partRule: the subject rule that makes a comment a part, or not (extract --explain)', () => {
  const rule = (comment: ThreadComment, parent?: ThreadComment) => {
    const all = parent ? [parent, comment] : [comment];
    const subjects = new Map(all.map((x) => [x.id, parseCommentSubject(x.subject)]));
    return partRule(comment, subjects.get(comment.id)!, parent, subjects);
  };
  it('names each rule', () => {
    const prompt = c(null, 'Pell, loneliness');
    expect(rule(prompt)).toEqual({ part: false, rule: 'top-level without a FILL mark (a prompt)' });
    expect(rule(c(null, 'FILL: Lantern (4/5)'))).toMatchObject({ part: true, rule: expect.stringMatching(/^FILL mark on a top-level comment/) });
    const fill = c(prompt.id, '[FILL] Lantern');
    expect(rule(fill, prompt)).toMatchObject({ part: true, rule: expect.stringMatching(/^FILL mark/) });
    expect(rule(c(fill.id, 'Lantern 2/?'), fill)).toMatchObject({ part: true, rule: 'a title and a part marker ("Title 2/5")' });
    expect(rule(c(fill.id, '2/3'), fill)).toMatchObject({ part: true, rule: 'an untitled part marker on a reply ("2/3")' });
    expect(rule(c(fill.id, 'Part 2', null, { headerTitle: 'Lantern' }), fill)).toMatchObject({ part: true, rule: "a part marker, the title in the text's header" });
    expect(rule(c(fill.id, 'Re: [FILL] Lantern'), fill)).toMatchObject({ part: false, rule: expect.stringMatching(/chatter/) });
    expect(rule(c(fill.id, 'FILL: Lantern 2/2', null, { state: 'screened' }), fill)).toEqual({ part: false, rule: 'screened comment' });
    expect(rule(c(fill.id, 'omg this is great'), fill)).toEqual({ part: false, rule: 'no FILL mark, no part marker' });
  });
});
