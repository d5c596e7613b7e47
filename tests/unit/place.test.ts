// @vitest-environment jsdom
/**
 * Where the reader is, on a layout made by hand (jsdom lays nothing out): each element's box is
 * given in the scroller's content and moves up as the scroller scrolls.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { newSlot, type PartSlot } from '../../components/reader/part-slot';
import { createPlaceFinder } from '../../components/reader/place';

let scroller: HTMLElement;
const VIEW = 600;

/** Gives `el` a box `top..top+height` in the scroller's content. */
function box(el: HTMLElement, top: number, height: number) {
  el.getBoundingClientRect = () => {
    const y = top - scroller.scrollTop;
    return { top: y, bottom: y + height, height, left: 0, right: 0, width: 0, x: 0, y, toJSON: () => ({}) };
  };
}

/** A part here, from `top`, with paragraphs of these heights and 20 px between them (a 60 px heading first). */
function readyPart(key: string, top: number, heights: number[]): PartSlot {
  const slot = newSlot(key);
  slot.state = 'ready';
  slot.prose = document.createElement('div');
  let y = top + 60;
  for (const h of heights) {
    const p = document.createElement('p');
    p.textContent = 'word '.repeat(h / 10);
    box(p, y, h);
    slot.prose.append(p);
    y += h + 20;
  }
  box(slot.article, top, y - top);
  slot.article.append(slot.prose);
  return slot;
}

let slots: Map<string, PartSlot>;
let order: string[] | null;
const finder = () =>
  createPlaceFinder(
    scroller,
    () => order,
    (k) => slots.get(k),
  );

beforeEach(() => {
  scroller = document.createElement('div');
  scroller.getBoundingClientRect = () => ({ top: 0, bottom: VIEW, height: VIEW, left: 0, right: 0, width: 0, x: 0, y: 0, toJSON: () => ({}) });
  scroller.scrollTop = 0;
  // Part 1 at 300 (under the card): paragraphs at 360..460, 480..680, 700..740. Part 2 loading at 800.
  // Part 3 at 900: paragraphs at 960..1260, 1280..1380.
  const loading = newSlot('k2');
  box(loading.article, 800, 100);
  slots = new Map([
    ['k1', readyPart('k1', 300, [100, 200, 40])],
    ['k2', loading],
    ['k3', readyPart('k3', 900, [300, 100])],
  ]);
  order = ['k1', 'k2', 'k3'];
});

describe('the place finder', () => {
  it('has no place before the story is known, or above the first part (the card, the contents)', () => {
    order = null;
    expect(finder().current()).toBeNull();
    order = ['k1', 'k2', 'k3'];
    scroller.scrollTop = 200;
    expect(finder().current()).toBeNull();
  });

  it('reads the place 4 px under the top of the view: part, paragraph, how far in', () => {
    scroller.scrollTop = 476 + 100; // 4 px lower: 580, half-way into 480..680
    expect(finder().current()).toEqual({ partKey: 'k1', paragraph: 1, offset: 0.5 });
    scroller.scrollTop = 300; // the part's heading, above its first paragraph
    expect(finder().current()).toEqual({ partKey: 'k1', paragraph: 0, offset: 0 });
  });

  it('in the gap after a paragraph, that paragraph at its end; past a part loading, still the part above', () => {
    scroller.scrollTop = 466; // 470: between 460 and 480
    expect(finder().current()).toEqual({ partKey: 'k1', paragraph: 0, offset: 1 });
    scroller.scrollTop = 846; // 850: in the loading part
    expect(finder().current()).toEqual({ partKey: 'k1', paragraph: 2, offset: 1 });
    scroller.scrollTop = 1006; // 1010: part 3's first paragraph, 50 of 300 px in
    expect(finder().current()).toEqual({ partKey: 'k3', paragraph: 0, offset: 0.167 });
  });

  it('puts a place back 2 px above it, so that it reads the same again', () => {
    const f = finder();
    f.restore({ partKey: 'k3', paragraph: 1, offset: 0.25 });
    expect(scroller.scrollTop).toBe(1280 + 25 - 2);
    expect(f.current()).toEqual({ partKey: 'k3', paragraph: 1, offset: 0.27 });
    // A paragraph the text no longer has: the last one.
    f.restore({ partKey: 'k1', paragraph: 9, offset: 0 });
    expect(scroller.scrollTop).toBe(700 - 2);
  });

  it('waits for a part that is not here: tryRestore says so and leaves the view alone', () => {
    const f = finder();
    scroller.scrollTop = 123;
    expect(f.tryRestore({ partKey: 'k2', paragraph: 0, offset: 0 })).toBe(false);
    expect(f.tryRestore({ partKey: 'gone', paragraph: 0, offset: 0 })).toBe(false);
    expect(scroller.scrollTop).toBe(123);
    expect(f.tryRestore({ partKey: 'k1', paragraph: 0, offset: 0 })).toBe(true);
    expect(scroller.scrollTop).toBe(358);
  });

  it('a part with no paragraphs: its top, paragraph 0', () => {
    const empty = newSlot('k4');
    empty.state = 'ready';
    box(empty.article, 1400, 100);
    slots.set('k4', empty);
    order = ['k1', 'k2', 'k3', 'k4'];
    const f = finder();
    f.restore({ partKey: 'k4', paragraph: 3, offset: 0.5 });
    expect(scroller.scrollTop).toBe(1400);
    expect(f.current()).toEqual({ partKey: 'k4', paragraph: 0, offset: 0 });
  });

  it('knows when the end of the last part is in view, and never while it is not here', () => {
    const f = finder();
    scroller.scrollTop = 1380 - VIEW - 10;
    expect(f.atStoryEnd(order!)).toBe(false);
    scroller.scrollTop = 1380 - VIEW;
    expect(f.atStoryEnd(order!)).toBe(true);
    expect(f.atStoryEnd(['k1', 'k2'])).toBe(false);
  });

  it('does not measure the paragraphs of a last part still below the view (they would be laid out for it)', () => {
    const f = finder();
    const measured: number[] = [];
    paragraphs('k3').forEach((p, i) => {
      const rect = p.getBoundingClientRect;
      p.getBoundingClientRect = () => {
        measured.push(i);
        return rect();
      };
    });
    scroller.scrollTop = 0;
    expect(f.atStoryEnd(order!)).toBe(false);
    expect(measured).toEqual([]);
    scroller.scrollTop = 1380 - VIEW;
    expect(f.atStoryEnd(order!)).toBe(true);
    expect(measured).toEqual([1]);
  });
});

const paragraphs = (key: string) => Array.from(slots.get(key)!.prose!.children) as HTMLElement[];
