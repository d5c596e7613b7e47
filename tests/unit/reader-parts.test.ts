// @vitest-environment jsdom
/**
 * The reader with parts on their way, parts that failed, saved parts the site no longer shows and
 * a saved copy that grows (issue 17, items 1, 2, 5, 6, 7). jsdom has no layout: where the view
 * is, and the percent read, are proven in the browser suites; here the structure and the words.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { mountReader, type ReaderDeps } from '../../components/reader/reader';
import { READER_CSS } from '../../components/reader/styles';
import type { StoryPost } from '../../utils/extract/types';
import type { StitchedPart, StitchState } from '../../utils/stitch';
import { fakeReaderDeps, freshHost } from '../support/reader-deps';

const post = (n: number, total: number | null = 3): StoryPost => ({
  url: `https://writer.dreamwidth.org/${100 + n}.html`,
  author: 'writer',
  journal: 'writer',
  subject: `Story (${n}/${total ?? '?'})`,
  fields: { title: 'The Story' },
  rawFields: [],
  headerNotes: [],
  rating: null,
  part: { index: n, total },
  complete: true,
  bodyText: `Paragraph one of part ${n}.\n\nParagraph two.`,
  bodyHtml: `<p>Paragraph one of part ${n}.</p><p>Paragraph two.</p>`,
  partLinks: [],
});
const part = (n: number, total: number | null = 3): StitchedPart => ({ key: `k${n}`, url: post(n).url, index: n, title: 'The Story', post: post(n, total) });
const state = (over: Partial<StitchState> = {}): StitchState => ({ order: [], parts: new Map(), errors: new Map(), masterpost: null, done: false, ...over });

const deps = (over: Partial<ReaderDeps> = {}) => fakeReaderDeps({ stitch: vi.fn(async () => state({ done: true })), ...over });

let host: HTMLElement;
beforeEach(() => {
  host = freshHost();
});
const articles = () => Array.from(host.querySelectorAll('article'));
const percent = () => host.querySelector('.ink-bar .ink-stat')!.textContent;
const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

describe('parts on their way', () => {
  it('every known part is in the contents and the text from the first update, as "Loading part 2 of 3…"', () => {
    let push!: (s: StitchState) => void;
    mountReader(host, post(3), deps({ stitch: (onUpdate) => ((push = onUpdate), new Promise(() => undefined)) }), () => undefined);
    push(
      state({
        order: ['k3'],
        parts: new Map([['k3', part(3)]]),
        known: ['k1', 'k2', 'k3'],
        pending: new Map([
          ['k1', { url: post(1).url, index: 1 }],
          ['k2', { url: post(2).url, index: 2 }],
        ]),
      }),
    );
    expect(articles().map((a) => a.dataset.key)).toEqual(['k1', 'k2', 'k3']);
    expect(articles()[1].querySelector('[data-state="loading"]')!.textContent).toBe('Loading part 2 of 3…');
    expect(articles()[1].querySelector('h2')!.textContent).toBe('Part 2');
    expect(articles()[2].querySelector('.ink-prose')!.textContent).toContain('part 3');
    expect(host.querySelector('.ink-toc h2')!.textContent).toBe('3 parts');
    expect(Array.from(host.querySelectorAll('.ink-toc li')).map((li) => li.textContent)).toEqual(['Part 1 (loading)', 'Part 2 (loading)', 'Part 3']);
  });

  it('with 2 of 3 parts failed, a story read to its end is not 100% and not saved as 100%', async () => {
    const s = state({
      order: ['k1', 'k2', 'k3'],
      parts: new Map([['k1', part(1)]]),
      errors: new Map([
        ['k2', { key: 'k2', url: post(2).url, index: 2, reason: 'not-found', message: '' }],
        ['k3', { key: 'k3', url: post(3).url, index: 3, reason: 'login', message: '' }],
      ]),
      done: true,
    });
    const d = deps({ stitch: async (onUpdate) => (onUpdate(s), s) });
    const r = mountReader(host, post(1), d, () => undefined);
    await vi.waitFor(() => expect(host.querySelectorAll('[role="alert"]').length).toBe(2));
    await frame();
    // jsdom: every box is at 0, so the end of the last part is "in view"; part 3 failed, so it is not read.
    expect(percent()).not.toBe('100%');
    r.close();
    const saved = (d.savePlace as ReturnType<typeof vi.fn>).mock.calls.at(-1)!;
    expect(saved[0]).toMatchObject({ partKey: 'k1' });
    expect(saved[1]).toBeLessThan(100);
  });

  it('a complete story whose end is in view is 100%', async () => {
    const s = state({ order: ['k1'], parts: new Map([['k1', part(1, 1)]]), done: true });
    mountReader(host, post(1, 1), deps({ cached: { state: s, place: null } }), () => undefined);
    await frame();
    expect(percent()).toBe('100%');
  });

  it('a work in progress (1/?) read to its end is not 100%', async () => {
    const s = state({ order: ['k1'], parts: new Map([['k1', part(1, null)]]), done: true });
    mountReader(host, post(1, null), deps({ cached: { state: s, place: null } }), () => undefined);
    await frame();
    expect(percent()).toBe('99%');
  });
});

describe('a saved copy', () => {
  it('shows at once, then grows: a new part is fetched and saved, and said so', async () => {
    const saved = state({ order: ['k1'], parts: new Map([['k1', part(1, null)]]), done: true });
    const grown = state({
      order: ['k1', 'k2'],
      parts: new Map([
        ['k1', part(1, null)],
        ['k2', part(2, null)],
      ]),
      done: true,
    });
    const d = deps({ cached: { state: saved, place: null, grow: true }, stitch: vi.fn(async (onUpdate) => (await frame(), onUpdate(grown), grown)) });
    mountReader(host, post(1, null), d, () => undefined);
    expect(articles().map((a) => a.dataset.key)).toEqual(['k1']);
    await vi.waitFor(() => expect(articles().map((a) => a.dataset.key)).toEqual(['k1', 'k2']));
    expect(d.stitch).toHaveBeenCalledWith(expect.any(Function), expect.objectContaining({ refresh: false }));
    await vi.waitFor(() => expect(d.saveStory).toHaveBeenCalled());
    await vi.waitFor(() => expect(host.querySelector('.ink-offer')?.textContent).toBe('One new part since you last read this story: go there×'));
    (Array.from(host.querySelectorAll('.ink-offer button')).find((b) => b.textContent === 'go there') as HTMLButtonElement).click();
    expect(host.querySelector('.ink-offer')).toBeNull();
  });

  it('a part the site no longer shows keeps its saved text, with a quiet note and the Wayback Machine’s copies', async () => {
    const saved = state({
      order: ['k1', 'k2'],
      parts: new Map([
        ['k1', part(1, 2)],
        ['k2', part(2, 2)],
      ]),
      done: true,
    });
    const refreshed = state({
      order: ['k1', 'k2'],
      parts: new Map([['k1', part(1, 2)]]),
      errors: new Map([['k2', { key: 'k2', url: post(2).url, index: 2, reason: 'not-found', message: '' }]]),
      done: true,
    });
    const MARCH_12 = new Date(new Date().getFullYear(), 2, 12).getTime();
    const d = deps({
      cached: { state: saved, place: null, saved: [['k2', { part: saved.parts.get('k2')!, savedAt: MARCH_12 }]] },
      stitch: vi.fn(async (onUpdate) => (onUpdate(refreshed), refreshed)),
    });
    mountReader(host, post(1, 2), d, () => undefined);
    (Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Refresh') as HTMLButtonElement).click();
    await vi.waitFor(() => expect(host.querySelector('.ink-kept')).not.toBeNull());
    const k2 = host.querySelector('article[data-key="k2"]')!;
    expect(k2.querySelector('.ink-prose')!.textContent).toContain('part 2');
    expect(k2.querySelector('[role="alert"]')).toBeNull();
    expect(k2.querySelector('.ink-kept')!.textContent).toBe('No longer on the site (saved 12 March). Copies on the Wayback Machine');
    expect(k2.querySelector('.ink-kept a')!.getAttribute('href')).toBe(`https://web.archive.org/web/*/${post(2).url}`);
    await vi.waitFor(() => expect(d.saveStory).toHaveBeenCalled());
    const savedState = (d.saveStory as ReturnType<typeof vi.fn>).mock.calls.at(-1)![0] as StitchState & { kept?: Map<string, unknown> };
    expect(savedState.parts.has('k2')).toBe(true);
    expect(savedState.kept?.get('k2')).toMatchObject({ reason: 'not-found', savedAt: MARCH_12 });
    await vi.waitFor(() => expect(host.querySelector('.ink-notice')!.textContent).toContain('One part is no longer on the site: the saved text is kept.'));
  });
});

describe('opened from a later part', () => {
  it('offers the saved place: "You were in part 2: go there"', async () => {
    const s = state({ order: ['k1', 'k2', 'k3'], parts: new Map([1, 2, 3].map((n) => [`k${n}`, part(n)])), done: true });
    const d = deps({ cached: { state: s, place: { partKey: 'k3', paragraph: 0, offset: 0 } }, offer: { partKey: 'k2', paragraph: 1, offset: 0 } });
    mountReader(host, post(3), d, () => undefined);
    const offer = host.querySelector('.ink-offer')!;
    expect(offer.textContent).toBe('You were in part 2: go there×');
    (Array.from(offer.querySelectorAll('button')).find((b) => b.textContent === 'go there') as HTMLButtonElement).click();
    expect(host.querySelector('.ink-offer')).toBeNull();
  });
});

describe('the overlay of a saved story', () => {
  it('offers to open it as a page', () => {
    const openAsPage = vi.fn();
    mountReader(host, post(1), deps({ openAsPage }), () => undefined);
    (Array.from(host.querySelectorAll('button')).find((b) => b.textContent === 'Open as a page') as HTMLButtonElement).click();
    expect(openAsPage).toHaveBeenCalled();
  });
});

describe('drawing: the first part before the rest (issue 16, speed at the limit)', () => {
  const prose = () => articles().map((a) => !!a.querySelector('.ink-prose'));
  const whole = (n: number) =>
    state({
      order: Array.from({ length: n }, (_, i) => `k${i + 1}`),
      parts: new Map(Array.from({ length: n }, (_, i) => [`k${i + 1}`, part(i + 1, n)] as [string, StitchedPart])),
      done: true,
    });

  it('a burst of updates in one task is drawn at once, then once more with the last of them', async () => {
    let push!: (s: StitchState) => void;
    mountReader(host, post(1), deps({ stitch: (onUpdate) => ((push = onUpdate), new Promise(() => undefined)) }), () => undefined);
    const first = state({
      order: ['k1'],
      parts: new Map([['k1', part(1)]]),
      known: ['k1', 'k2', 'k3'],
      pending: new Map([
        ['k2', { url: post(2).url, index: 2 }],
        ['k3', { url: post(3).url, index: 3 }],
      ]),
    });
    push(first);
    push(
      state({
        order: ['k1', 'k2'],
        parts: new Map([
          ['k1', part(1)],
          ['k2', part(2)],
        ]),
        known: ['k1', 'k2', 'k3'],
        pending: new Map([['k3', { url: post(3).url, index: 3 }]]),
      }),
    );
    push(whole(3));
    // The first update is on the page; the others wait for the next draw.
    expect(prose()).toEqual([true, false, false]);
    await vi.waitFor(() => expect(prose()).toEqual([true, true, true]));
    expect(host.querySelector('.ink-toc h2')!.textContent).toBe('3 parts');
  });

  it('the story is saved once its last part is on screen: the last texts drawn, and a frame painted after them', async () => {
    // Counted frames: a frame's callbacks run before it is painted, so a save after one of them that came after the
    // last text went in is a save after that text's paint.
    let frames = 0;
    const raf = window.requestAnimationFrame.bind(window);
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => raf((t) => (frames++, cb(t))));
    let framesAtLastText = -1;
    const texts = new MutationObserver(() => {
      if (host.querySelectorAll('.ink-prose').length === 3) framesAtLastText = Math.max(framesAtLastText, frames);
    });
    texts.observe(host, { childList: true, subtree: true });
    const seen: { prose: boolean[]; framesAfter: number }[] = [];
    const saveStory = vi.fn(async () => void seen.push({ prose: prose(), framesAfter: frames - framesAtLastText }));
    mountReader(
      host,
      post(1),
      deps({
        // Part 1 at once; parts 2 and 3 land together in a later task, and the stitch is over with them.
        stitch: async (onUpdate) => {
          onUpdate(state({ order: ['k1'], parts: new Map([['k1', part(1)]]), known: ['k1', 'k2', 'k3'], pending: new Map() }));
          await new Promise((r) => setTimeout(r, 0));
          onUpdate(whole(3));
          return whole(3);
        },
        saveStory,
        textBudgetMs: 20,
      }),
      () => undefined,
    );
    await vi.waitFor(() => expect(saveStory).toHaveBeenCalledTimes(1));
    texts.disconnect();
    spy.mockRestore();
    expect(seen[0].prose).toEqual([true, true, true]);
    expect(seen[0].framesAfter).toBeGreaterThan(0);
  });

  it('a reader closed before its last parts are painted saves the story at once (the frame goes once nothing is left to do)', async () => {
    // No frame is ever painted (a closed reader's frame is out of sight): only the close lets the save go.
    const spy = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    const saveStory = vi.fn(async () => undefined);
    const tasks = async (n: number) => {
      for (let i = 0; i < n; i++) await new Promise((r) => setTimeout(r, 0));
    };
    const r = mountReader(host, post(1), deps({ stitch: async () => whole(2), saveStory, textBudgetMs: 20 }), () => undefined);
    await tasks(3);
    // Waiting for a paint that does not come (its fallback is far off).
    expect(saveStory).not.toHaveBeenCalled();
    r.close();
    await tasks(1);
    spy.mockRestore();
    expect(saveStory).toHaveBeenCalledTimes(1);
  });

  it('with a text budget, a saved copy shows the part of the saved place first and puts the others in after it, in later tasks', async () => {
    const s = whole(3);
    mountReader(host, post(1), deps({ cached: { state: s, place: { partKey: 'k3', paragraph: 0, offset: 0 } }, textBudgetMs: 0 }), () => undefined);
    // One text at once (a budget of 0 ms): the place's part; the others keep their placeholders in their places.
    expect(articles().map((a) => a.dataset.key)).toEqual(['k1', 'k2', 'k3']);
    expect(prose()).toEqual([false, false, true]);
    expect(articles()[0].querySelector('[data-state="loading"]')!.textContent).toBe('Loading part 1 of 3…');
    await vi.waitFor(() => expect(prose()).toEqual([true, true, true]));
    // The whole story's length once every text is in.
    await vi.waitFor(() => expect(host.textContent).toContain('in 3 parts'));
  });

  it('with a text budget, a part that arrives later is put in by a task of its own', async () => {
    let push!: (s: StitchState) => void;
    mountReader(host, post(1), deps({ stitch: (onUpdate) => ((push = onUpdate), new Promise(() => undefined)), textBudgetMs: 20 }), () => undefined);
    push(state({ order: ['k1'], parts: new Map([['k1', part(1)]]), known: ['k1', 'k2'], pending: new Map([['k2', { url: post(2).url, index: 2 }]]) }));
    expect(prose()).toEqual([true, false]);
    await new Promise((r) => setTimeout(r, 0));
    push(whole(2));
    expect(prose()).toEqual([true, false]);
    await vi.waitFor(() => expect(prose()).toEqual([true, true]));
  });

  it("with a text budget, a long story's first draw holds the part shown and a few after it; the other places follow after it is painted", async () => {
    let push!: (s: StitchState) => void;
    const keys = Array.from({ length: 60 }, (_, i) => `k${i + 1}`);
    const pending = new Map(keys.slice(1).map((k, i) => [k, { url: post(i + 2, 60).url, index: i + 2 }]));
    mountReader(host, post(1, 60), deps({ stitch: (onUpdate) => ((push = onUpdate), new Promise(() => undefined)), textBudgetMs: 20 }), () => undefined);
    push(state({ order: ['k1'], parts: new Map([['k1', part(1, 60)]]), known: keys, pending }));
    expect(articles().map((a) => a.dataset.key)).toEqual(['k1', 'k2', 'k3', 'k4']);
    expect(prose()[0]).toBe(true);
    // The contents name every part from the first draw: only the parts' places wait.
    expect(host.querySelectorAll('.ink-toc li')).toHaveLength(60);
    await vi.waitFor(() => expect(articles().map((a) => a.dataset.key)).toEqual(keys));
    expect(articles()[59].querySelector('[data-state="loading"]')!.textContent).toBe('Loading part 60 of 60…');
  });

  it('a saved story reopened in its 40th part: the first draw holds every part up to it, in order', () => {
    const keys = Array.from({ length: 50 }, (_, i) => `k${i + 1}`);
    const s = state({ order: keys, parts: new Map(keys.map((k, i) => [k, { ...part(i + 1, 50), key: k }])), done: true });
    mountReader(host, post(1, 50), deps({ cached: { state: s, place: { partKey: 'k40', paragraph: 0, offset: 0 } }, textBudgetMs: 20 }), () => undefined);
    expect(articles().map((a) => a.dataset.key)).toEqual(keys.slice(0, 43));
    expect(prose()[39]).toBe(true);
  });

  it('with a text budget however large, the first draw puts one text in and the others after it', async () => {
    mountReader(host, post(1), deps({ cached: { state: whole(3), place: null }, textBudgetMs: 1e9 }), () => undefined);
    expect(prose()).toEqual([true, false, false]);
    await vi.waitFor(() => expect(prose()).toEqual([true, true, true]));
  });

  it('without a text budget (the reader page), the first draw puts every text in', () => {
    mountReader(host, post(1), deps({ cached: { state: whole(3), place: null } }), () => undefined);
    expect(prose()).toEqual([true, true, true]);
  });

  it('a part with its text is laid out near the view only, at a height its length gives until then; a loading or failed part is a plain box', () => {
    const long = { ...part(3), post: { ...post(3), bodyText: 'word '.repeat(5000), bodyHtml: '<p>word word</p>'.repeat(200) } };
    mountReader(
      host,
      post(1),
      deps({
        cached: {
          state: state({
            order: ['k1', 'k3'],
            parts: new Map([
              ['k1', part(1)],
              ['k3', long],
            ]),
            known: ['k1', 'k2', 'k3', 'k4'],
            pending: new Map([['k4', { url: post(4).url, index: 4 }]]),
            errors: new Map([['k2', { key: 'k2', url: post(2).url, index: 2, reason: 'not-found', message: '' }]]),
          }),
          place: null,
        },
      }),
      () => undefined,
    );
    const [one, two, three, four] = articles();
    const estimate = (a: HTMLElement) => a.style.getPropertyValue('contain-intrinsic-block-size');
    expect([one, two, three, four].map((a) => 'text' in a.dataset)).toEqual([true, false, true, false]);
    expect(estimate(one)).toMatch(/^auto \d+em$/);
    expect(estimate(two)).toBe('');
    expect(estimate(four)).toBe('');
    // The longer text is guessed taller (the browser keeps the real height once it laid the part out: 'auto').
    expect(Number.parseInt(estimate(three).slice(5), 10)).toBeGreaterThan(10 * Number.parseInt(estimate(one).slice(5), 10));
    expect(READER_CSS).toMatch(/\.ink-part\[data-text\]\s*\{\s*content-visibility:\s*auto;/);
  });

  it('without a place, the first part in order is put in first', async () => {
    mountReader(host, post(1), deps({ cached: { state: whole(4), place: null }, textBudgetMs: 0 }), () => undefined);
    expect(prose()).toEqual([true, false, false, false]);
    await vi.waitFor(() => expect(prose()).toEqual([true, true, true, true]));
  });
});
