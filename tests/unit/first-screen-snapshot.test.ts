// @vitest-environment jsdom
/** The first screen kept as markup and drawn by the pages' start scripts before their modules load. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { FIRST_SCREEN_KEY, writeFirstScreen } from '../../components/first-screen-cache';
import { addStyles, clearSnapshot, drawSnapshot, saveSnapshot } from '../../components/first-screen-snapshot';
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
const ALL = [item(1, { percent: 40, positionPart: 1, title: 'Tom <b>&</b> "Jerry"' }), item(2), item(3)];

const memory = () => {
  const mem = new Map<string, string>();
  return { mem, getItem: (k: string) => mem.get(k) ?? null, setItem: (k: string, v: string) => void mem.set(k, v), removeItem: (k: string) => void mem.delete(k) };
};

function popupDeps(): PopupDeps {
  return {
    loadRecent: vi.fn(async () => ALL),
    loadAll: vi.fn(async () => ALL),
    openStory: vi.fn(async () => ({ ok: true })),
    activeTab: vi.fn(async () => ({ id: 7, url: 'https://example.livejournal.com/1.html' })),
    readTab: vi.fn(async () => ({ ok: true })),
    openLibrary: vi.fn(),
    openOptions: vi.fn(),
    close: vi.fn(),
    libraryHref: '/library.html',
    optionsHref: '/options.html',
    now: () => NOW,
  };
}

const titles = (root: ParentNode) => Array.from(root.querySelectorAll('li.sl-row .sl-title')).map((b) => b.textContent);

let app: HTMLElement;
beforeEach(() => {
  document.head.innerHTML = '';
  document.body.innerHTML = '<div id="app"></div>';
  app = document.getElementById('app')!;
});

/** A popup drawn and loaded, its stories remembered and its screen kept, as the popup's module does. */
async function keptPopup(storage: ReturnType<typeof memory>) {
  const view = mountPopup(app, popupDeps());
  await view.loaded;
  await vi.waitFor(() => expect(app.querySelector<HTMLElement>('.pp-here')!.hidden).toBe(false));
  writeFirstScreen(ALL, storage);
  saveSnapshot('popup', app, storage);
  view.list.destroy();
}

describe('the first screen kept as markup', () => {
  it('is drawn again before any module, the same stories in order with their progress, inert until replaced', async () => {
    const storage = memory();
    await keptPopup(storage);
    document.body.innerHTML = '<div id="app"></div>';
    const next = document.getElementById('app')!;
    expect(drawSnapshot('popup', next, storage)).toBe(true);
    expect(titles(next)).toEqual(['Tom <b>&</b> "Jerry"', 'Story 2', 'Story 3']);
    expect(next.querySelector('li.sl-row b')).toBeNull();
    expect(next.querySelector('.sl-percent')!.textContent).toBe('40% read');
    expect(next.inert).toBe(true);
    // The root's classes too: the page's layout hangs on them (`.pp .sl-viewport` is the list's height).
    expect(next.className).toBe('pp');
    // What belongs to that open only is not kept: "Read this page" depends on the tab.
    expect(next.querySelector<HTMLElement>('.pp-here')!.hidden).toBe(true);
    // The module's mount: the picture goes, the working screen is drawn.
    clearSnapshot(next);
    expect(next.childElementCount).toBe(0);
    expect(next.inert).toBe(false);
    expect(next.dataset.snapshot).toBeUndefined();
  });

  it('is not drawn once the remembered stories changed (a story read, saved or deleted anywhere), nor missing, nor over a drawn page', async () => {
    const storage = memory();
    await keptPopup(storage);
    const fresh = () => {
      document.body.innerHTML = '<div id="app"></div>';
      return document.getElementById('app')!;
    };
    writeFirstScreen([item(2, { lastRead: NOW }), ...ALL], storage);
    expect(drawSnapshot('popup', fresh(), storage)).toBe(false);
    writeFirstScreen(ALL, storage);
    expect(drawSnapshot('popup', fresh(), storage)).toBe(true);
    storage.removeItem(FIRST_SCREEN_KEY);
    expect(drawSnapshot('popup', fresh(), storage)).toBe(false);
    writeFirstScreen(ALL, storage);
    const drawn = fresh();
    drawn.append(document.createElement('div'));
    expect(drawSnapshot('popup', drawn, storage)).toBe(false);
    // The library page keeps its own.
    expect(drawSnapshot('library', fresh(), storage)).toBe(false);
    // Kept without the root's classes (before they were kept): not drawn, it would not be the screen.
    const key = [...storage.mem.keys()].find((k) => k.includes('popup-first-screen-html'))!;
    const { cls: _, ...older } = JSON.parse(storage.getItem(key)!);
    storage.setItem(key, JSON.stringify(older));
    expect(drawSnapshot('popup', fresh(), storage)).toBe(false);
    // Unreadable: nothing drawn, nothing thrown.
    for (const key of [...storage.mem.keys()].filter((k) => k !== FIRST_SCREEN_KEY)) storage.setItem(key, '{');
    expect(drawSnapshot('popup', fresh(), storage)).toBe(false);
  });

  it('is not kept while a search or a filter narrows the list', async () => {
    const storage = memory();
    const view = mountPopup(app, popupDeps());
    await view.loaded;
    writeFirstScreen(ALL, storage);
    const search = app.querySelector<HTMLInputElement>('.sl-search')!;
    search.value = 'story 2';
    saveSnapshot('popup', app, storage);
    expect(storage.mem.size).toBe(1);
    search.value = '';
    app.querySelector<HTMLSelectElement>('.sl-status')!.value = 'reading';
    saveSnapshot('popup', app, storage);
    expect(storage.mem.size).toBe(1);
    app.querySelector<HTMLSelectElement>('.sl-status')!.value = 'all';
    saveSnapshot('popup', app, storage);
    expect(storage.mem.size).toBe(2);
    view.list.destroy();
  });

  it('keeps only the rows in view (the picture never scrolls); the list keeps its height, so nothing moves', async () => {
    const storage = memory();
    const many = Array.from({ length: 12 }, (_, i) => item(i + 1));
    const view = mountPopup(app, { ...popupDeps(), loadRecent: vi.fn(async () => many), loadAll: vi.fn(async () => many) });
    await view.loaded;
    // jsdom has no layout: a viewport 200 px tall shows rows 0 to 2 (80 px each), the overscan drawn below.
    const viewport = app.querySelector<HTMLElement>('.sl-viewport')!;
    Object.defineProperty(viewport, 'clientHeight', { configurable: true, value: 200 });
    view.list.refresh();
    expect(titles(app).length).toBeGreaterThan(3);
    writeFirstScreen(many, storage);
    saveSnapshot('popup', app, storage);
    view.list.destroy();
    document.body.innerHTML = '<div id="app"></div>';
    const next = document.getElementById('app')!;
    expect(drawSnapshot('popup', next, storage)).toBe(true);
    expect(titles(next)).toEqual(['Story 1', 'Story 2', 'Story 3']);
    expect(next.querySelector<HTMLElement>('ul.sl-list')!.style.height).toBe(`${12 * 80}px`);
  });

  it('the start script adds the page’s styles to the head', () => {
    addStyles('.pp { color: red; }');
    expect(document.head.querySelector('style')!.textContent).toBe('.pp { color: red; }');
  });
});

describe('the start scripts stay small', () => {
  // WXT's auto-import plugin runs even with `imports: false`: an identifier named like one of its globals
  // (`storage`, `browser`) in a file the start scripts bundle brings that module in (wxt/utils/storage: ~9 KB).
  it('no identifier named storage or browser in what entrypoints/*-start.ts bundle', async () => {
    const { readFileSync } = await import('node:fs');
    const files = ['entrypoints/popup-start.ts', 'entrypoints/library-start.ts', 'components/first-screen-snapshot.ts', 'components/first-screen-cache.ts', 'utils/library-early.ts'];
    for (const f of files) {
      const code = readFileSync(f, 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/\/\/.*$/gm, '')
        .replace(/'[^'\n]*'|`[^`]*`/g, "''");
      expect(code.match(/\b(storage|browser)\b/g) ?? [], f).toEqual([]);
    }
  });
});
