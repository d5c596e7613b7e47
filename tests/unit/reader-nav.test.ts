// @vitest-environment jsdom
/**
 * Finding one's way in the reader: the controls at the end of each part, the bar's part controls,
 * and the focus kept in the dialog when what had it goes away (Retry). Scrolling itself needs a
 * layout: the browser suites check it.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { nextUnpostedPart, storyRelatedLinks } from '../../components/reader/part-end';
import { mountReader, type ReaderDeps } from '../../components/reader/reader';
import type { PartLink, StoryPost } from '../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';
import type { StitchedPart, StitchState } from '../../utils/stitch';

const post = (n: number, total: number | null = 3, extra: Partial<StoryPost> = {}): StoryPost => ({
  url: `https://writer.livejournal.com/${100 + n}.html`,
  author: 'writer',
  journal: 'writer',
  subject: `Story (${n}/${total ?? '?'})`,
  fields: { title: 'The Story' },
  rawFields: [],
  headerNotes: [],
  rating: null,
  part: { index: n, total },
  complete: true,
  bodyText: `Paragraph of part ${n}.`,
  bodyHtml: `<p>Paragraph of part ${n}.</p>`,
  partLinks: [],
  ...extra,
});
const part = (n: number, p = post(n)): StitchedPart => ({ key: `k${n}`, url: p.url, index: n, title: 'The Story', post: p });
function story(n: number, total: number | null = n, o: { masterpost?: StoryPost | null } = {}): StitchState {
  const s: StitchState = { order: [], parts: new Map(), errors: new Map(), masterpost: o.masterpost ?? null, done: true };
  for (let i = 1; i <= n; i++) {
    s.order.push(`k${i}`);
    s.parts.set(`k${i}`, part(i, post(i, total)));
  }
  return s;
}

function deps(over: Partial<ReaderDeps> = {}): ReaderDeps {
  return {
    stitch: vi.fn(async () => story(1)),
    retry: vi.fn(async (s) => s),
    cached: null,
    savePlace: vi.fn(),
    saveStory: vi.fn(async () => undefined),
    settings: DEFAULT_SETTINGS,
    saveSettings: vi.fn(),
    openPost: vi.fn(),
    ...over,
  };
}

let host: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '';
  host = document.createElement('div');
  document.body.append(host);
});

const ends = () => Array.from(host.querySelectorAll('article')).map((a) => a.querySelector('.ink-part-end'));
const buttonNamed = (root: ParentNode, name: string) =>
  Array.from(root.querySelectorAll('button')).find((b) => (b.getAttribute('aria-label') ?? b.textContent!.trim()) === name) as HTMLButtonElement | undefined;
const active = () => document.activeElement as HTMLElement | null;

describe('which part comes next', () => {
  it('knows a work in progress from its latest part marker', () => {
    expect(nextUnpostedPart([post(1, 3), post(2, 3), post(3, 3)])).toBeNull();
    expect(nextUnpostedPart([post(1, 5), post(2, 5)])).toBe(3);
    expect(nextUnpostedPart([post(1, null)])).toBe(2);
    // An author who raised the total (1/3, then 2/4), or one who finished a '1/?' story.
    expect(nextUnpostedPart([post(1, 3), post(2, 4)])).toBe(3);
    expect(nextUnpostedPart([post(1, null), post(2, null), post(3, 3)])).toBeNull();
    // A failed part still counts as known; no markers at all: nothing says there is more.
    expect(nextUnpostedPart([post(1, 3), null, post(3, 3)])).toBeNull();
    expect(nextUnpostedPart([post(1, 4), null])).toBe(3);
    expect(nextUnpostedPart([post(1, 1, { part: null })])).toBeNull();
  });

  it('lists the masterpost and the related links once each, never the story’s own parts', () => {
    const related: PartLink[] = [
      { url: 'https://writer.livejournal.com/900.html', label: 'Podfic', index: null },
      { url: 'https://writer.livejournal.com/101.html', label: 'Part 1', index: 1 },
      { url: 'javascript:alert(1)', label: 'Bad', index: null },
    ];
    const master = post(0, null, {
      url: 'https://writer.livejournal.com/100.html',
      related: [...related, { url: 'https://writer.livejournal.com/900.html?style=mine', label: 'Podfic again', index: null }],
    } as Partial<StoryPost>);
    const links = storyRelatedLinks(
      master,
      [post(1), post(2, 3, { related: [{ url: 'https://archiveofourown.org/works/1', label: 'On AO3', index: null }] } as Partial<StoryPost>)],
      ['livejournal.com/writer/101', 'livejournal.com/writer/102'],
    );
    expect(links.map((l) => l.label)).toEqual(['Masterpost', 'Podfic', 'On AO3']);
  });
});

describe('the end of each part', () => {
  it('offers the next part and the comment page, and at the story’s end Mark finished and related links', async () => {
    const setFinished = vi.fn(async () => undefined);
    const master = post(0, null, { url: 'https://writer.livejournal.com/100.html' });
    mountReader(host, post(1), deps({ cached: { state: story(3, 3, { masterpost: master }), place: null }, setFinished, finished: false }), () => undefined);
    const [e1, e2, e3] = ends();
    expect(e1!.getAttribute('aria-label')).toBe('End of part 1');
    expect(buttonNamed(e1!, 'Next part')).toBeTruthy();
    expect(buttonNamed(e2!, 'Next part')).toBeTruthy();
    expect(buttonNamed(e3!, 'Next part')).toBeUndefined();
    const comment = Array.from(e2!.querySelectorAll('a')).find((a) => a.textContent === 'Comment on part 2')!;
    expect(comment.getAttribute('href')).toBe('https://writer.livejournal.com/102.html?mode=reply');
    expect(comment.getAttribute('rel')).toContain('noopener');
    expect(e3!.textContent).not.toContain('not posted yet');
    expect(Array.from(e3!.querySelectorAll('.ink-related a')).map((a) => [a.textContent, a.getAttribute('href')])).toEqual([['Masterpost', master.url]]);
    const mark = buttonNamed(e3!, 'Mark finished')!;
    expect(mark.getAttribute('aria-pressed')).toBe('false');
    mark.focus();
    mark.click();
    await vi.waitFor(() => expect(e3!.querySelector('[role="status"]')!.textContent).toBe('Marked finished.'));
    expect(setFinished).toHaveBeenLastCalledWith(true);
    expect(mark.getAttribute('aria-pressed')).toBe('true');
    expect(active()).toBe(mark);
    // Only the last part has it; without a way to save it, there is none.
    expect(buttonNamed(e1!, 'Mark finished')).toBeUndefined();
  });

  it('says which part of a work in progress is not posted yet, and has no Mark finished where it cannot be saved', () => {
    mountReader(host, post(1), deps({ cached: { state: story(2, 5), place: null } }), () => undefined);
    const last = ends()[1]!;
    expect(last.textContent).toContain('Part 3 is not posted yet.');
    expect(buttonNamed(last, 'Mark finished')).toBeUndefined();
  });

  it('Next part takes the focus to the next part’s heading, inside the dialog', () => {
    mountReader(host, post(1), deps({ cached: { state: story(3), place: null } }), () => undefined);
    buttonNamed(ends()[0]!, 'Next part')!.click();
    expect(active()?.id).toBe('ink-part-2');
    expect(host.querySelector('[role="dialog"]')!.contains(active())).toBe(true);
  });
});

describe('the bar’s part controls', () => {
  it('has a Parts menu listing every part, Escape closing only the menu; choosing a part focuses it', () => {
    const onClose = vi.fn();
    mountReader(host, post(1), deps({ cached: { state: story(3), place: null } }), onClose);
    const bar = host.querySelector('.ink-bar')!;
    const toggle = buttonNamed(bar, 'Parts')!;
    expect(buttonNamed(bar, 'Previous part')).toBeTruthy();
    expect(buttonNamed(bar, 'Next part')).toBeTruthy();
    toggle.click();
    expect(toggle.getAttribute('aria-expanded')).toBe('true');
    const menu = host.querySelector(`#${toggle.getAttribute('aria-controls')}`) as HTMLElement;
    expect(menu.hidden).toBe(false);
    const items = Array.from(menu.querySelectorAll('button'));
    expect(items.map((b) => b.textContent)).toEqual(['Part 1', 'Part 2', 'Part 3']);
    expect(menu.contains(active())).toBe(true);
    active()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, cancelable: true }));
    expect(active()).toBe(items[1]);
    active()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(menu.hidden).toBe(true);
    expect(active()).toBe(toggle);
    expect(onClose).not.toHaveBeenCalled();
    toggle.click();
    items[2].click();
    expect(menu.hidden).toBe(true);
    expect(active()?.id).toBe('ink-part-3');
  });

  it('is not there for a one-part story', () => {
    mountReader(host, post(1), deps({ cached: { state: story(1), place: null } }), () => undefined);
    expect((host.querySelector('.ink-parts-nav') as HTMLElement).hidden).toBe(true);
  });
});

describe('the focus stays in the dialog', () => {
  it('after Retry recovers a part: the part’s heading has it, and the reader’s keys still work', async () => {
    const s = story(2);
    s.parts.delete('k1');
    s.errors.set('k1', { key: 'k1', url: post(1).url, index: 1, reason: 'not-found', message: 'The site answered 404.' });
    const fixed = story(2);
    const onClose = vi.fn();
    // A test DOM makes no trusted clicks: this one counts as the user's.
    mountReader(host, post(1), deps({ stitch: async (onUpdate) => (onUpdate(s), s), retry: vi.fn(async () => fixed), isUserAction: () => true }), onClose);
    await vi.waitFor(() => expect(host.querySelector('[role="alert"] button')).not.toBeNull());
    const retry = host.querySelector('[role="alert"] button') as HTMLButtonElement;
    retry.focus();
    retry.click();
    // Not disabled while it works (a disabled button drops the focus).
    expect(retry.disabled).toBe(false);
    expect(retry.getAttribute('aria-disabled')).toBe('true');
    await vi.waitFor(() => expect(host.querySelector('article[data-key="k1"] .ink-prose')).not.toBeNull());
    await vi.waitFor(() => expect(active()?.id).toBe('ink-part-1'));
    active()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, cancelable: true }));
    expect(onClose).toHaveBeenCalledTimes(1);
  });

  it('leaves the arrow keys to a focused radio group (they move the choice, not the text)', () => {
    mountReader(host, post(1), deps(), () => undefined);
    buttonNamed(host, 'Reading settings')!.click();
    const radio = host.querySelector('input[type=radio]:checked') as HTMLInputElement;
    for (const key of ['ArrowDown', 'ArrowRight', 'ArrowUp', 'ArrowLeft']) {
      const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
      radio.dispatchEvent(e);
      expect(e.defaultPrevented, key).toBe(false);
    }
    const j = new KeyboardEvent('keydown', { key: 'j', bubbles: true, cancelable: true });
    radio.dispatchEvent(j);
    expect(j.defaultPrevented).toBe(true);
  });
});
