// @vitest-environment jsdom
/** The popup with fake browser APIs: first screen, full list, Continue, opening, "Read this page". */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_SIZE, readFirstScreen, writeFirstScreen } from '../../components/first-screen-cache';
import { mountPopup, type PopupDeps } from '../../components/popup-view';
import type { LibraryItem } from '../../utils/library-data';

const NOW = Date.UTC(2025, 5, 15, 12);
const DAY = 86_400_000;
const item = (n: number, over: Partial<LibraryItem> = {}): LibraryItem => ({
  id: `dreamwidth.org/w${n}/${n}`,
  title: `Story ${n}`,
  author: `w${n}`,
  journal: `w${n}`,
  site: 'dreamwidth',
  rating: 'Teen',
  fandom: 'Merlin',
  pairing: 'Arthur/Merlin',
  characters: '',
  summary: '',
  warnings: '',
  wordCount: 1000 * n,
  partCount: 3,
  masterpostUrl: null,
  firstOpened: NOW - n * DAY,
  lastRead: NOW - n * DAY,
  addedAt: NOW - n * DAY,
  percent: null,
  positionUpdatedAt: null,
  positionPart: null,
  ...over,
});

const ALL = [item(1, { percent: 100, positionPart: 2 }), item(2, { percent: 55, positionPart: 1, positionUpdatedAt: NOW - 2 * DAY }), item(3), item(4, { percent: 10, positionPart: 0 })];

function deps(over: Partial<PopupDeps> = {}): PopupDeps & Record<string, ReturnType<typeof vi.fn>> {
  return {
    loadRecent: vi.fn(async () => ALL.slice(0, 2)),
    loadAll: vi.fn(async () => ALL),
    openStory: vi.fn(async () => ({ ok: true })),
    activeTab: vi.fn(async () => ({ id: 7, url: 'https://www.google.com/' })),
    readTab: vi.fn(async () => ({ ok: true })),
    openLibrary: vi.fn(),
    openOptions: vi.fn(),
    close: vi.fn(),
    libraryHref: '/library.html',
    optionsHref: '/options.html',
    now: () => NOW,
    ...over,
  } as PopupDeps & Record<string, ReturnType<typeof vi.fn>>;
}

const titles = () => Array.from(document.querySelectorAll('li.sl-row .sl-title')).map((b) => b.textContent);
let app: HTMLElement;
beforeEach(() => {
  document.body.innerHTML = '<div id="app"></div>';
  app = document.getElementById('app')!;
});

describe('the popup', () => {
  it('draws the recent stories first, then the whole list, most recently read first', async () => {
    let release!: (v: LibraryItem[]) => void;
    const d = deps({ loadAll: vi.fn(() => new Promise<LibraryItem[]>((r) => (release = r))) });
    const view = mountPopup(app, d);
    await view.firstScreen;
    expect(titles()).toEqual(['Story 1', 'Story 2']);
    expect(app.dataset.state).toBe('first-screen');
    await vi.waitFor(() => expect(d.loadAll).toHaveBeenCalled());
    release(ALL);
    await view.loaded;
    expect(titles()).toEqual(['Story 1', 'Story 2', 'Story 3', 'Story 4']);
    expect(app.dataset.state).toBe('loaded');
  });

  it('offers Continue on the story in progress read last, and opens it', async () => {
    const d = deps();
    const view = mountPopup(app, d);
    await view.loaded;
    const cont = app.querySelector<HTMLElement>('.pp-continue')!;
    expect(cont.hidden).toBe(false);
    expect(cont.querySelector('.pp-continue-title')!.textContent).toBe('Story 2');
    expect(cont.querySelector('.pp-continue-meta')!.textContent).toBe('55% read · part 2 of 3 · 2 days ago');
    const button = cont.querySelector<HTMLButtonElement>('button')!;
    expect(button.getAttribute('aria-label')).toBe('Continue “Story 2”');
    button.click();
    await vi.waitFor(() => expect(d.openStory).toHaveBeenCalledWith(ALL[1]));
  });

  it('opens a story when its row is clicked, and says so when that fails', async () => {
    const d = deps({ openStory: vi.fn(async () => ({ ok: false, error: 'it is no longer in your library.' })) });
    const view = mountPopup(app, d);
    await view.loaded;
    app.querySelectorAll<HTMLButtonElement>('li.sl-row .sl-title')[2].click();
    await vi.waitFor(() => expect(d.openStory).toHaveBeenCalledWith(ALL[2]));
    await vi.waitFor(() => expect(app.querySelector('[role="alert"]')!.textContent).toBe('“Story 3” could not be opened: it is no longer in your library.'));
  });

  it('shows “Read this page in Inkwell” only on a journal page, and asks that tab', async () => {
    const off = mountPopup(app, deps());
    await off.loaded;
    await Promise.resolve();
    expect(app.querySelector<HTMLElement>('.pp-here')!.hidden).toBe(true);

    document.body.innerHTML = '<div id="app"></div>';
    app = document.getElementById('app')!;
    const d = deps({ activeTab: vi.fn(async () => ({ id: 42, url: 'https://kobol-lights.livejournal.com/14211.html' })) });
    const on = mountPopup(app, d);
    await on.loaded;
    await vi.waitFor(() => expect(app.querySelector<HTMLElement>('.pp-here')!.hidden).toBe(false));
    app.querySelector<HTMLButtonElement>('.pp-here-button')!.click();
    await vi.waitFor(() => expect(d.readTab).toHaveBeenCalledWith(42));
    await vi.waitFor(() => expect(d.close).toHaveBeenCalled());
  });

  it('says when the page has no story', async () => {
    const d = deps({
      activeTab: vi.fn(async () => ({ id: 5, url: 'https://web.archive.org/web/2009/http://x.livejournal.com/' })),
      readTab: vi.fn(async () => ({ ok: false, error: 'No story on this page.' })),
    });
    const view = mountPopup(app, d);
    await view.loaded;
    await vi.waitFor(() => expect(app.querySelector<HTMLElement>('.pp-here')!.hidden).toBe(false));
    app.querySelector<HTMLButtonElement>('.pp-here-button')!.click();
    await vi.waitFor(() => expect(app.querySelector('[role="alert"]')!.textContent).toBe('Inkwell found no story on this page.'));
    expect(d.close).not.toHaveBeenCalled();
  });

  it('links to the library and the settings', async () => {
    const d = deps();
    mountPopup(app, d);
    const lib = Array.from(app.querySelectorAll('a')).find((a) => a.textContent === 'Library')!;
    expect(lib.getAttribute('href')).toBe('/library.html');
    lib.click();
    expect(d.openLibrary).toHaveBeenCalled();
    Array.from(app.querySelectorAll('a'))
      .find((a) => a.textContent === 'Settings')!
      .click();
    expect(d.openOptions).toHaveBeenCalled();
  });

  it('explains an empty library', async () => {
    const view = mountPopup(app, deps({ loadRecent: vi.fn(async () => []), loadAll: vi.fn(async () => []) }));
    await view.loaded;
    expect(app.querySelector('.sl-empty')!.textContent).toMatch(/^No saved stories yet/);
    expect(app.querySelector<HTMLElement>('.pp-continue')!.hidden).toBe(true);
  });

  it('draws the remembered first screen at once, before the database answers, then the database’s', async () => {
    let answer!: (v: LibraryItem[]) => void;
    const d = deps({
      cachedFirstScreen: () => [ALL[3], ALL[1]],
      saveFirstScreen: vi.fn(),
      loadRecent: vi.fn(() => new Promise<LibraryItem[]>((r) => (answer = r))),
    });
    const view = mountPopup(app, d);
    // Synchronously: no await between mounting and the rows.
    expect(titles()).toEqual(['Story 2', 'Story 4']);
    expect(app.dataset.firstScreenFrom).toBe('cache');
    answer(ALL.slice(0, 2));
    await view.firstScreen;
    expect(titles()).toEqual(['Story 1', 'Story 2']);
    expect(app.dataset.firstScreenFrom).toBe('cache');
    await view.loaded;
    expect(d.saveFirstScreen).toHaveBeenCalledWith(ALL);
  });
});

describe('the remembered first screen', () => {
  it('keeps the most recently read few, without summaries, and ignores anything unreadable', () => {
    const mem = new Map<string, string>();
    const storage = { getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
    expect(readFirstScreen(storage)).toBeNull();
    const many = Array.from({ length: 30 }, (_, i) => item(i + 1, { summary: 'long '.repeat(50) }));
    writeFirstScreen([...many].reverse(), storage);
    const back = readFirstScreen(storage)!;
    expect(back).toHaveLength(FIRST_SCREEN_SIZE);
    expect(back.map((s) => s.title).slice(0, 3)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(back[0].summary).toBe('');
    for (const bad of ['{', '{"a":1}', '[{"id":1}]']) {
      mem.set([...mem.keys()][0]!, bad);
      expect(readFirstScreen(storage)).toBeNull();
    }
  });
});
