/**
 * The popup and the library page, as one list of tests for both browsers (library-chromium.e2e.ts and
 * library-firefox.e2e.ts give it their driver): a story read part way is listed with its progress; the popup
 * opens it in the reader page at the saved paragraph; export, delete all, import brings back the same list and
 * positions; search and the filters; and both pages live: a story saved or a place moved in a journal tab shows
 * in the open popup and library within a second of its write, only its row redrawn.
 *
 * Extension pages are the extension's own documents (no closed roots): they are read with `evaluate`. The
 * reader in the journal tab is reached only through closed-shadow.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { clickReadButton, type DriverPage, inReader, pollFor, proseCount, scrollReaderTo, topParagraph } from '../../../harness/closed-shadow';
import { anyPage, evaluate } from '../../../harness/evaluate';
import { putRecords, readStore, type StoredPosition, seededStories } from '../../../harness/library-records';
import { SEED_2, TARE, TARE_2 } from './books';
import { viewOf } from './reader-view';

export interface LibraryDriver {
  /** A new tab at a journal URL (DOMContentLoaded). */
  journal(url: string): Promise<DriverPage>;
  /** An extension page ('library.html') in a new tab, once `selector` is in it. */
  extensionPage(path: string, selector: string): Promise<DriverPage>;
  /** The tab `action` made the extension open. */
  tabOpenedBy(action: () => Promise<unknown>): Promise<DriverPage>;
  /** The file `action` downloaded: its suggested name and where it was saved. */
  downloaded(page: DriverPage, action: () => Promise<unknown>): Promise<{ name: string; path: string }>;
  /** Puts the file at `path` in the file input `selector` (the user's choice). */
  chooseFile(page: DriverPage, selector: string, path: string): Promise<void>;
  /** Chooses `value` in the <select> `selector`. */
  select(page: DriverPage, selector: string, value: string): Promise<void>;
  /** Errors the extension's pages logged so far. */
  extensionErrors(): unknown[];
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every row of the list as [id, progress text, parts text]. */
const listRows = (page: DriverPage) =>
  anyPage(page).evaluate(
    () =>
      Array.from(document.querySelectorAll('li.sl-row')).map((e) => [
        e.getAttribute('data-id') ?? '',
        e.querySelector('.sl-percent')?.textContent ?? '',
        e.querySelector('.sl-parts')?.textContent ?? '',
      ]),
    null,
  );
const rowCount = (page: DriverPage) => anyPage(page).evaluate(() => document.querySelectorAll('li.sl-row').length, null);
const text = (page: DriverPage, selector: string) => anyPage(page).evaluate((s) => document.querySelector(s)?.textContent ?? '', selector);
const shownTitles = (page: DriverPage) => anyPage(page).evaluate(() => Array.from(document.querySelectorAll('li.sl-row .sl-title')).map((e) => e.textContent ?? ''), null);

/** The positions stored in the extension's database, read from one of its pages. */
const storedPositions = (page: DriverPage) => evaluate(page, readStore, { store: 'positions' }) as Promise<StoredPosition[]>;

/** Waits for `selector` in an extension page. */
async function waitIn(page: DriverPage, selector: string, timeout = 15_000): Promise<void> {
  const ok = await pollFor(() => anyPage(page).evaluate((s) => !!document.querySelector(s), selector), Boolean, timeout);
  if (!ok) throw new Error(`no ${selector} in ${page.url()}`);
}

/** Clicks the button whose accessible name (aria-label, else text) matches exactly. */
async function clickButton(page: DriverPage, name: string): Promise<void> {
  const found = await anyPage(page).evaluate((n) => {
    const b = Array.from(document.querySelectorAll('button')).find((x) => (x.getAttribute('aria-label') ?? x.textContent?.trim()) === n);
    if (!b) return false;
    b.setAttribute('data-e2e-target', '');
    return true;
  }, name);
  if (!found) throw new Error(`no button “${name}” in ${page.url()}`);
  await anyPage(page).click('[data-e2e-target]');
  await anyPage(page).evaluate(() => document.querySelector('[data-e2e-target]')?.removeAttribute('data-e2e-target'), null);
}

/** Reloads an extension page (Firefox's BiDi never reports the navigation of one) and waits for `selector`. */
async function reload(page: DriverPage, selector: string): Promise<void> {
  await anyPage(page).evaluate(() => location.reload(), null);
  await sleep(300);
  await waitIn(page, selector);
}

/**
 * In an extension page: remembers every row's <li> now, and from now on logs, per story id, when its row
 * appears or its `data-percent` changes (Date.now(), the clock the extension's writes use too).
 */
function watchRows(page: DriverPage): Promise<void> {
  return anyPage(page).evaluate(() => {
    const w = window as unknown as { __before: Map<string, Element>; __log: Record<string, [number, string][]> };
    w.__before = new Map(Array.from(document.querySelectorAll('li.sl-row')).map((li) => [li.getAttribute('data-id')!, li]));
    w.__log = {};
    const last = new Map<string, string>();
    for (const [id, li] of w.__before) last.set(id, li.getAttribute('data-percent') ?? '');
    const look = () => {
      const t = Date.now();
      for (const li of Array.from(document.querySelectorAll('li.sl-row'))) {
        const id = li.getAttribute('data-id')!;
        const pct = li.getAttribute('data-percent') ?? '';
        if (last.get(id) === pct) continue;
        last.set(id, pct);
        (w.__log[id] ??= []).push([t, pct]);
      }
    };
    new MutationObserver(look).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-percent'] });
  }, null);
}

/** The rows logged for `id` ([time, percent]), and how many rows shown now are the very nodes of before (others redrawn). */
function rowsSince(page: DriverPage, id: string): Promise<{ log: [number, string][]; kept: number; redrawn: string[] }> {
  return anyPage(page).evaluate((target) => {
    const w = window as unknown as { __before: Map<string, Element>; __log: Record<string, [number, string][]> };
    let kept = 0;
    const redrawn: string[] = [];
    for (const li of Array.from(document.querySelectorAll('li.sl-row'))) {
      const rid = li.getAttribute('data-id')!;
      const was = w.__before.get(rid);
      if (rid === target || !was) continue;
      if (was === li) kept++;
      else redrawn.push(rid);
    }
    return { log: w.__log[target] ?? [], kept, redrawn };
  }, id);
}

/** The reader page's dialog, then the paragraph at its top once it is `wanted` (or what it is after 10 s). */
async function readerPageTop(tab: DriverPage, wanted: string): Promise<string> {
  await waitIn(tab, '[role="dialog"]');
  return pollFor(
    async () => (await viewOf(tab, 'page')).top,
    (t) => t === wanted,
    10_000,
  );
}

/** The stories' ids in the database, read from an extension page. */
const storyIds = (page: DriverPage) => evaluate(page, readStore, { store: 'stories', keysOnly: true }) as Promise<string[]>;

/** Polls the database from a probe page: when (Date.now()) it first holds a story not in `known`, and the new ids. */
async function storySavedAfter(probe: DriverPage, known: string[]): Promise<{ at: number; ids: string[] }> {
  const before = new Set(known);
  const end = Date.now() + 30_000;
  while (Date.now() < end) {
    const ids = (await storyIds(probe)).filter((x) => !before.has(x));
    if (ids.length) return { at: Date.now(), ids };
    await sleep(5);
  }
  return { at: -1, ids: [] };
}

/** What the first tests leave for a browser's own tests: the story read and the paragraph it was left at. */
export interface LibraryState {
  wanted: string;
  storyId: string;
}

/** The first three: progress listed, opened at the paragraph, export → delete all → import. */
export function libraryTests(driver: () => LibraryDriver): LibraryState {
  const state: LibraryState = { wanted: '', storyId: '' };
  let wanted = '';
  let storyId = '';

  it('lists a story read part way, with its progress', async () => {
    const d = driver();
    const page = await d.journal(SEED_2);
    const probe = await d.extensionPage('options.html', 'body');
    try {
      await clickReadButton(page);
      expect(
        await pollFor(
          () => proseCount(page),
          (n) => n === 2,
          10_000,
        ),
      ).toBe(2);
      // Into part 2: its 25th paragraph at the top of the view.
      await scrollReaderTo(page, 1, 25);
      await sleep(1500);
      wanted = state.wanted = await topParagraph(page);
      expect(wanted.length).toBeGreaterThan(10);
      await anyPage(page).keyboard.press('Escape');
      expect(
        await pollFor(
          () => inReader(page, (root) => root?.querySelectorAll('[role="dialog"]').length ?? 0),
          (n) => n === 0,
        ),
      ).toBe(0);
      const saved = await pollFor(
        () => storedPositions(probe),
        (ps) => ps.some((p) => p.percent > 0),
        15_000,
      );
      expect(saved.some((p) => p.percent > 0)).toBe(true);
    } finally {
      await anyPage(page).close();
      await anyPage(probe).close();
    }

    const popup = await d.extensionPage('popup.html', 'li.sl-row');
    try {
      const rows = await listRows(popup);
      expect(rows).toHaveLength(1);
      storyId = state.storyId = rows[0]![0]!;
      expect(storyId).toMatch(/livejournal\.com\/emeraldmeteor\//);
      expect(rows[0]![1]).toMatch(/^\d+% read$/);
      expect(parseInt(rows[0]![1]!, 10)).toBeGreaterThan(0);
      expect(rows[0]![2]).toBe('1/2 parts');
      expect(await text(popup, 'li.sl-row .sl-when')).toBe('read just now');
      // The story in progress is offered at the top.
      expect(await text(popup, '.pp-continue-button')).toBe('Continue');
      expect(d.extensionErrors()).toEqual([]);
    } finally {
      await anyPage(popup).close();
    }
  });

  it('opens the story from the popup in the reader page, at the saved paragraph', async () => {
    const d = driver();
    const popup = await d.extensionPage('popup.html', 'li.sl-row');
    try {
      const tab = await d.tabOpenedBy(() => anyPage(popup).click('li.sl-row .sl-title'));
      try {
        await pollFor(
          () => anyPage(tab).evaluate(() => location.pathname + location.search, null),
          (u) => u.startsWith('/reader.html'),
          10_000,
        );
        expect(await anyPage(tab).evaluate(() => location.pathname + location.search, null)).toBe(`/reader.html?story=${encodeURIComponent(storyId)}`);
        expect(await readerPageTop(tab, wanted)).toBe(wanted);
      } finally {
        await anyPage(tab).close();
      }
    } finally {
      await anyPage(popup)
        .close()
        .catch(() => undefined);
    }
  });

  it('exports, deletes all, imports: the same list and positions are back', async () => {
    const d = driver();
    const lib = await d.extensionPage('library.html', 'li.sl-row');
    try {
      expect(
        await pollFor(
          () => text(lib, '.lib-storage'),
          (t) => /Storage used: \d/.test(t),
        ),
      ).toMatch(/Storage used: \d/);
      const before = await listRows(lib);
      const positionsBefore = await storedPositions(lib);
      expect(before.map((r) => r[0])).toEqual([storyId]);
      expect(positionsBefore).toHaveLength(1);

      const file = await d.downloaded(lib, () => clickButton(lib, 'Export library'));
      expect(file.name).toMatch(/^inkwell-backup-\d{4}-\d{2}-\d{2}\.json$/);
      const backup = JSON.parse(readFileSync(file.path, 'utf8'));
      expect(backup.format).toBe('inkwell-backup');
      expect(backup.stories).toHaveLength(1);

      await anyPage(lib).click('.sl-select-all');
      await clickButton(lib, 'Delete');
      await clickButton(lib, 'Delete 1 story');
      expect(
        await pollFor(
          () => rowCount(lib),
          (n) => n === 0,
        ),
      ).toBe(0);
      expect(
        await pollFor(
          () => text(lib, '.sl-empty'),
          (t) => /No saved stories yet/.test(t),
        ),
      ).toMatch(/No saved stories yet/);
      expect(await storedPositions(lib)).toEqual([]);

      // A broken file is refused with its reason, nothing changed.
      const broken = join(tmpdir(), `inkwell-broken-${process.pid}.json`);
      writeFileSync(broken, '{"format":"inkwell-backup"');
      await d.chooseFile(lib, '.lib-import-file', broken);
      expect(
        await pollFor(
          () => text(lib, '.lib-alert'),
          (t) => t !== '',
        ),
      ).toMatch(/^Nothing was imported\. The file is not valid JSON/);
      expect(await rowCount(lib)).toBe(0);

      await d.chooseFile(lib, '.lib-import-file', file.path);
      expect(
        await pollFor(
          () => rowCount(lib),
          (n) => n === 1,
        ),
      ).toBe(1);
      expect(
        await pollFor(
          () => text(lib, '.lib-status'),
          (t) => t.startsWith('Imported'),
        ),
      ).toMatch(/^Imported the backup: 1 story \(1 added/);
      expect(await listRows(lib)).toEqual(before);
      expect(await storedPositions(lib)).toEqual(positionsBefore);
    } finally {
      await anyPage(lib).close();
    }

    // And the imported position still opens the reader at the same paragraph.
    const popup = await d.extensionPage('popup.html', 'li.sl-row');
    try {
      await waitIn(popup, '.pp-continue-button');
      const tab = await d.tabOpenedBy(() => anyPage(popup).click('.pp-continue-button'));
      try {
        expect(await readerPageTop(tab, wanted)).toBe(wanted);
      } finally {
        await anyPage(tab).close();
      }
    } finally {
      await anyPage(popup)
        .close()
        .catch(() => undefined);
    }
  });

  return state;
}

/** After libraryTests (its story in the library): search and filters, then the live pages. */
export function libraryLiveTests(driver: () => LibraryDriver): void {
  it('searches as you type and filters by status and fandom, grouped by fandom on the library page', async () => {
    const d = driver();
    const lib = await d.extensionPage('library.html', 'li.sl-row');
    try {
      await putRecords(lib, seededStories(12, 'filters'));
      await reload(lib, '.sl[data-indexed="true"] li.sl-row');
      expect(await text(lib, '.sl-count')).toBe('13 stories');
      // Typed as the user types, key by key.
      await anyPage(lib).focus('.sl-search');
      await anyPage(lib).keyboard.type('seeded tale 1');
      expect(
        await pollFor(
          () => shownTitles(lib),
          (t) => t.length === 3,
        ),
      ).toEqual(['Seeded tale 1', 'Seeded tale 10', 'Seeded tale 11']);
      expect(await text(lib, '.sl-count')).toBe('3 of 13 stories');
      await anyPage(lib).keyboard.press('Escape');
      // (The list draws only the rows in view: the count says how many are listed.)
      expect(
        await pollFor(
          () => text(lib, '.sl-count'),
          (t) => t === '13 stories',
        ),
      ).toBe('13 stories');
      await anyPage(lib).keyboard.type('pokemon');
      // Folded: "pokemon" finds Pokémon.
      expect(
        await pollFor(
          () => shownTitles(lib),
          (t) => t.length === 4,
        ),
      ).toEqual(['Seeded tale 2', 'Seeded tale 5', 'Seeded tale 8', 'Seeded tale 11']);
      await anyPage(lib).keyboard.press('Escape');

      await d.select(lib, '.sl-status', 'finished');
      expect(
        await pollFor(
          () => shownTitles(lib),
          (t) => t.length === 3,
        ),
      ).toEqual(['Seeded tale 1', 'Seeded tale 5', 'Seeded tale 9']);
      await d.select(lib, '.sl-status', 'reading');
      const reading = await pollFor(
        () => shownTitles(lib),
        (t) => t.length === 4,
      );
      expect(reading).toContain('Seeded tale 2');
      expect(reading).toContain('One Step Behind');
      await d.select(lib, '.sl-status', 'all');
      const group = 'input[type=checkbox][id$="-group"]';
      await anyPage(lib).click(group);
      // The list draws the rows in view: the first groups, and how many rows (5 groups, 13 stories) there are.
      const groups = await pollFor(
        () => anyPage(lib).evaluate(() => Array.from(document.querySelectorAll('.sl-group-name')).map((g) => g.textContent), null),
        (g) => g.length >= 2,
      );
      expect(groups.slice(0, 2)).toEqual(['Merlin (3)', 'Pokémon (4)']);
      expect(await anyPage(lib).evaluate(() => document.querySelector('.sl-group')?.getAttribute('aria-setsize'), null)).toBe('18');
      // The fandom menu lists every one, with its count.
      expect(await anyPage(lib).evaluate(() => Array.from(document.querySelectorAll('.sl-fandom option')).map((o) => o.textContent), null)).toEqual([
        'All fandoms',
        'Merlin (3)',
        'Pokémon (4)',
        'Sherlock (4)',
        'Smallville (1)',
        'No fandom given (1)',
      ]);
      await anyPage(lib).click(group);
      await d.select(lib, '.sl-fandom', 'sherlock');
      expect(
        await pollFor(
          () => shownTitles(lib),
          (t) => t.length === 4,
        ),
      ).toEqual(['Seeded tale 1', 'Seeded tale 4', 'Seeded tale 7', 'Seeded tale 10']);
      await d.select(lib, '.sl-sort', 'title');
      expect(
        await pollFor(
          () => shownTitles(lib),
          (t) => t[1] === 'Seeded tale 10',
        ),
      ).toEqual(['Seeded tale 1', 'Seeded tale 10', 'Seeded tale 4', 'Seeded tale 7']);
    } finally {
      await anyPage(lib).close();
    }
  });

  it('live: a story saved and a place moved in a tab show in the open library and popup within a second, only their rows redrawn', async () => {
    const d = driver();
    const lib = await d.extensionPage('library.html', '.sl[data-indexed="true"] li.sl-row');
    const popup = await d.extensionPage('popup.html', '#app[data-state="loaded"] li.sl-row');
    const probe = await d.extensionPage('options.html', 'body');
    const journal = await d.journal(TARE_2);
    try {
      // The library as someone left it: a search typed, a story selected, the focus on another's title.
      await anyPage(lib).focus('.sl-search');
      await anyPage(lib).keyboard.type('e');
      expect(
        await pollFor(
          () => text(lib, '.sl-count'),
          (t) => t === '12 of 13 stories',
        ),
      ).toBe('12 of 13 stories');
      await anyPage(lib).click('li.sl-row[data-id="livejournal.com/filters_3/1003"] .sl-check');
      await anyPage(lib).focus('li.sl-row[data-id="livejournal.com/filters_2/1002"] .sl-title');
      await watchRows(lib);
      await watchRows(popup);

      // A story saved: Tare Weight, read for the first time in the journal tab.
      const known = await storyIds(probe);
      expect(known).toHaveLength(13);
      const saved = storySavedAfter(probe, known);
      await clickReadButton(journal);
      expect(
        await pollFor(
          () => proseCount(journal),
          (n) => n === TARE.parts,
          15_000,
        ),
      ).toBe(TARE.parts);
      const { at: savedAt, ids } = await saved;
      expect(ids).toHaveLength(1);
      const tare = ids[0]!;
      for (const page of [lib, popup]) {
        const seen = await pollFor(
          () => rowsSince(page, tare),
          (r) => r.log.length > 0,
          5_000,
        );
        expect(seen.log.length, `${page === lib ? 'library' : 'popup'}: the new story's row`).toBeGreaterThan(0);
        expect(seen.log[0]![0] - savedAt, `${page === lib ? 'library' : 'popup'}: ms from the story's save to its row`).toBeLessThan(1000);
        console.log(`[library live] ${page === lib ? 'library' : 'popup'}: story saved → its row ${seen.log[0]![0] - savedAt} ms (the save as seen by polling the database from a probe page)`);
      }

      // A place moved: into part 2.
      await scrollReaderTo(journal, 1, 6);
      const moved = await pollFor(
        async () => (await storedPositions(probe)).find((p) => p.storyId === tare),
        (p) => !!p && p.percent > 30,
        10_000,
      );
      expect(moved?.percent).toBeGreaterThan(30);
      for (const page of [lib, popup]) {
        const r = await pollFor(
          () => rowsSince(page, tare),
          (x) => x.log.some(([, pct]) => pct === String(moved!.percent)),
          5_000,
        );
        const shown = r.log.find(([, pct]) => pct === String(moved!.percent));
        expect(shown, `${page === lib ? 'library' : 'popup'}: the row at ${moved!.percent}%`).toBeDefined();
        expect(shown![0] - moved!.updatedAt, `${page === lib ? 'library' : 'popup'}: ms from the position's save to its row`).toBeLessThan(1000);
        console.log(`[library live] ${page === lib ? 'library' : 'popup'}: position saved → its row ${shown![0] - moved!.updatedAt} ms; other rows kept ${r.kept}, redrawn ${r.redrawn.length}`);
        // The other rows are the nodes they were: the list was not rebuilt.
        expect(r.redrawn, `${page === lib ? 'library' : 'popup'}: rows drawn again`).toEqual([]);
        // (As many as the window shows: at least a few, so the check above is not empty.)
        expect(r.kept).toBeGreaterThanOrEqual(4);
      }
      // Search, selection and focus as they were; the new story is found by the search.
      expect(await anyPage(lib).evaluate(() => (document.querySelector('.sl-search') as HTMLInputElement).value, null)).toBe('e');
      expect(await text(lib, '.sl-count')).toBe('13 of 14 stories · 1 selected');
      expect(await anyPage(lib).evaluate(() => (document.querySelector('li.sl-row[data-id="livejournal.com/filters_3/1003"] .sl-check') as HTMLInputElement).checked, null)).toBe(true);
      expect(await anyPage(lib).evaluate(() => document.activeElement?.closest('li')?.getAttribute('data-id') ?? null, null)).toBe('livejournal.com/filters_2/1002');
      const first = await anyPage(popup).evaluate(() => document.querySelector('li.sl-row')?.getAttribute('data-id'), null);
      expect(first).toBe(tare);
      expect(d.extensionErrors()).toEqual([]);
    } finally {
      for (const p of [journal, probe, popup, lib])
        await anyPage(p)
          .close()
          .catch(() => undefined);
    }
  });
}
