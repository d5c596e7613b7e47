/**
 * The reading order on plain data (utils/stitch/order.ts): hand-made items, no page and no fetch.
 * By part number (a half part after its first half); else by the masterpost's list (placed among
 * the numbered parts by its neighbours); a prologue first and an epilogue last; else by previous/next
 * links; else in the order found. Redirected keys are followed.
 */
import { describe, expect, it } from 'vitest';
import { type OrderFacts, type OrderItem, partIndexOf, readingOrder, resolveKey } from '../../utils/stitch/order';
import { blankPost } from '../support/reader-deps';

let seq = 0;
function item(key: string, over: Partial<OrderItem> = {}): OrderItem {
  return { key, seq: seq++, status: 'part', role: 'part', hintIndex: null, ...over };
}
function facts(items: OrderItem[], over: Partial<OrderFacts> = {}): OrderFacts {
  return { items: new Map(items.map((i) => [i.key, i])), aliases: new Map(), masterList: [], edges: [], startKey: null, ...over };
}
const order = (items: OrderItem[], over: Partial<OrderFacts> = {}) => readingOrder(facts(items, over), items);

describe('readingOrder', () => {
  it('by part number, from the post or else the link that named it', () => {
    const items = [item('c', { hintIndex: 3 }), item('a', { post: blankPost({ part: { index: 1, total: 3 } }) }), item('b', { hintIndex: 2 })];
    expect(order(items)).toEqual(['a', 'b', 'c']);
  });

  it('a half part ("1b") after the first half, before part 2', () => {
    const items = [item('two', { hintIndex: 2 }), item('oneB', { hintIndex: 1, hintLabel: 'Part 1b' }), item('oneA', { hintIndex: 1, hintLabel: 'Part 1a' })];
    expect(order(items)).toEqual(['oneA', 'oneB', 'two']);
  });

  it('the second post of a part split over the length limit ("1/2, cont’d") after the first, before part 2; a link saying "continued" does not make one', () => {
    const p = (subject: string, index: number) => blankPost({ subject, part: { index, total: 2 } });
    const items = [
      item('oneB', { post: p("Furrow (1/2, cont'd)", 1) }),
      item('two', { post: p('Furrow (2/2)', 2) }),
      item('oneA', { post: p('Furrow (1/2)', 1), hintLabel: '(continued from the last entry)' }),
    ];
    expect(order(items)).toEqual(['oneA', 'oneB', 'two']);
    const later = [item('b', { post: p('Part 1 continued', 1) }), item('a', { post: p('Part 1', 1) })];
    expect(order(later)).toEqual(['a', 'b']);
  });

  it('unnumbered parts by the masterpost’s list, among the numbered ones by their neighbours', () => {
    const items = [item('x'), item('p1', { hintIndex: 1 }), item('p3', { hintIndex: 3 }), item('y')];
    // The list: p1, x, p3, y. x goes after part 1, y after part 3.
    expect(order(items, { masterList: ['p1', 'x', 'p3', 'y'] })).toEqual(['p1', 'x', 'p3', 'y']);
    // With no number at all, the list's own order.
    const plain = [item('m3'), item('m1'), item('m2')];
    expect(order(plain, { masterList: ['m1', 'm2', 'm3'] })).toEqual(['m1', 'm2', 'm3']);
  });

  it('a prologue before the numbered parts and an epilogue after them', () => {
    const items = [item('epi', { post: blankPost({ subject: 'Fic: Tides, Epilogue' }) }), item('p2', { hintIndex: 2 }), item('pro', { hintLabel: 'Prologue' }), item('p1', { hintIndex: 1 })];
    expect(order(items)).toEqual(['pro', 'p1', 'p2', 'epi']);
  });

  it('previous/next links, from the start when nothing is numbered', () => {
    const items = [item('c'), item('a'), item('b')];
    expect(
      order(items, {
        edges: [
          ['a', 'b'],
          ['b', 'c'],
        ],
        startKey: 'b',
      }),
    ).toEqual(['a', 'b', 'c']);
    // Placed relative to a numbered part.
    const numbered = [item('next'), item('p4', { hintIndex: 4 })];
    expect(order(numbered, { edges: [['p4', 'next']] })).toEqual(['p4', 'next']);
  });

  it('else in the order found; dropped items and masterposts take no place', () => {
    const items = [item('first'), item('second'), item('third')];
    expect(order(items)).toEqual(['first', 'second', 'third']);
    const all = [...items, item('gone', { status: 'dropped', hintIndex: 1 }), item('master', { status: 'master', role: 'master' })];
    expect(readingOrder(facts(all), items)).toEqual(['first', 'second', 'third']);
  });

  it('follows redirected keys in the list and the links', () => {
    const items = [item('new2'), item('p1', { hintIndex: 1 })];
    const f = facts(items, { aliases: new Map([['old2', 'new2']]), edges: [['p1', 'old2']] });
    expect(readingOrder(f, items)).toEqual(['p1', 'new2']);
  });

  it('an item’s place does not depend on which others are sorted with it', () => {
    const items = [item('a', { hintIndex: 1 }), item('b'), item('c', { hintIndex: 3 })];
    const f = facts(items, { masterList: ['a', 'b', 'c'] });
    expect(readingOrder(f, items)).toEqual(['a', 'b', 'c']);
    expect(readingOrder(f, [items[2], items[1]])).toEqual(['b', 'c']);
  });
});

describe('resolveKey and partIndexOf', () => {
  it('a redirect chain is followed (at most five steps)', () => {
    const aliases = new Map([
      ['a', 'b'],
      ['b', 'c'],
    ]);
    expect(resolveKey(aliases, 'a')).toBe('c');
    expect(resolveKey(aliases, 'z')).toBe('z');
    const loop = new Map([
      ['x', 'y'],
      ['y', 'x'],
    ]);
    expect(['x', 'y']).toContain(resolveKey(loop, 'x'));
  });

  it('the post’s own number before the link’s', () => {
    expect(partIndexOf(item('a', { hintIndex: 2, post: blankPost({ part: { index: 5, total: null } }) }))).toBe(5);
    expect(partIndexOf(item('a', { hintIndex: 2 }))).toBe(2);
    expect(partIndexOf(item('a'))).toBeNull();
  });
});
