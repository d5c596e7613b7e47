// @vitest-environment jsdom
/**
 * The library page over a real (fake-indexeddb) database: bulk actions call the right db
 * functions, the detail view shows each part's state, export gives a valid backup, an invalid
 * import is refused with its reason and changes nothing, a valid one merges and applies settings.
 */

import { strFromU8, unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it, type Mock, vi } from 'vitest';
import { type LibraryDeps, type LibraryPage, mountLibraryPage, storyHash } from '../../components/library-page';
import { validateBackup } from '../../utils/backup';
import * as dbModule from '../../utils/db';
import { getStory, type InkwellDb, openInkwellDb, type PartRecord, readAllRecords, type StoryRecord, saveParts, savePosition, saveStory } from '../../utils/db';
import type { StoryPost } from '../../utils/extract/types';
import { loadLibrary } from '../../utils/library-data';
import { DEFAULT_SETTINGS, type ReaderSettings } from '../../utils/settings';

vi.mock('../../utils/library-data', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../utils/library-data')>();
  return { ...mod, loadLibrary: vi.fn(mod.loadLibrary) };
});
vi.mock('../../utils/db', async (importOriginal) => {
  const mod = await importOriginal<typeof import('../../utils/db')>();
  return {
    ...mod,
    setStoryStatus: vi.fn(mod.setStoryStatus),
    deleteStories: vi.fn(mod.deleteStories),
    dropCachedText: vi.fn(mod.dropCachedText),
  };
});

const T0 = Date.UTC(2025, 2, 1, 9);
let counter = 0;

function post(url: string, title: string): StoryPost {
  return {
    url,
    author: 'elf_scribe',
    journal: 'ithilien_garden',
    subject: title,
    fields: { title, fandom: 'Lord of the Rings', pairing: 'Faramir/Éowyn', rating: 'PG', summary: 'Spring in Ithilien.' },
    rawFields: [],
    headerNotes: [],
    rating: 'General',
    part: null,
    complete: true,
    bodyText: 'One.\n\nTwo.',
    bodyHtml: '<p>One.</p><p>Two.</p>',
    partLinks: [],
  };
}

function storyWithParts(journal: string, base: number, nParts: number, over: Partial<StoryRecord> = {}) {
  const urls = Array.from({ length: nParts }, (_, i) => `https://${journal.replace(/_/g, '-')}.dreamwidth.org/${base + i + 1}.html`);
  const keys = Array.from({ length: nParts }, (_, i) => `dreamwidth.org/${journal}/${base + i + 1}`);
  const story: StoryRecord = {
    id: `dreamwidth.org/${journal}/${base}`,
    title: `Garden ${base}`,
    author: 'elf_scribe',
    journal,
    site: 'dreamwidth',
    fields: { title: `Garden ${base}`, fandom: 'Lord of the Rings', pairing: 'Faramir/Éowyn', rating: 'PG' },
    rating: 'General',
    partKeys: keys,
    partUrls: urls,
    masterpostUrl: null,
    wordCount: nParts * 1500,
    firstOpened: T0,
    lastRead: T0 + base,
    addedAt: T0,
    ...over,
  };
  const parts: PartRecord[] = keys.map((key, i) => {
    const p = post(urls[i]!, `${story.title} (${i + 1}/${nParts})`);
    return { key, storyId: story.id, url: urls[i]!, index: i + 1, title: p.subject, bodyHtml: p.bodyHtml, bodyText: p.bodyText, words: 1500, fetchedAt: T0 + i, post: p };
  });
  return { story, parts };
}

let db: InkwellDb;
let page: LibraryPage;
let deps: LibraryDeps & {
  openReader: Mock<(id: string, opts?: { refresh?: boolean }) => Promise<{ ok: boolean; error?: string }>>;
  setSettings: Mock<(s: ReaderSettings) => Promise<void>>;
  download: Mock<(name: string, text: string) => void>;
  saveFile: Mock<(name: string, blob: Blob) => void>;
  fetchImage: Mock<(url: string) => Promise<Uint8Array | null>>;
};
let settings: ReaderSettings;
const A = storyWithParts('ithilien_garden', 100, 3);
const B = storyWithParts('rohan_rider', 200, 2, { title: 'Horse Lords', fields: { title: 'Horse Lords', fandom: 'Lord of the Rings' } });
const C = storyWithParts('shire_folk', 300, 1, { title: 'Second Breakfast', rating: 'Teen' });

async function seed() {
  for (const s of [A, B, C]) {
    await saveStory(db, s.story);
    await saveParts(db, s.parts);
  }
  // A: reading part 2, paragraph 5. B: only part 1 was saved (part 2 failed). C: not opened.
  await savePosition(db, { storyId: A.story.id, partKey: A.story.partKeys[1]!, paragraph: 4, offset: 0.25, percent: 45, updatedAt: T0 + 1000 });
  await savePosition(db, { storyId: B.story.id, partKey: B.story.partKeys[0]!, paragraph: 0, offset: 0.5, percent: 20, updatedAt: T0 + 500 });
}

async function mount() {
  page = mountLibraryPage(document.getElementById('app')!, deps);
  await page.ready;
  return page;
}

const rows = () => Array.from(document.querySelectorAll<HTMLLIElement>('li.sl-row'));
const row = (id: string) => rows().find((r) => r.dataset.id === id)!;
const button = (text: string | RegExp) => {
  const b = Array.from(document.querySelectorAll<HTMLButtonElement>('button')).find((x) => (typeof text === 'string' ? x.textContent === text : text.test(x.textContent ?? '')));
  if (!b) throw new Error(`no button ${text}`);
  return b;
};
const statusText = () => document.querySelector('.lib-status')!.textContent;
const alertText = () => document.querySelector('.lib-alert')!.textContent;

beforeEach(async () => {
  vi.clearAllMocks();
  document.body.innerHTML = '<div id="app"></div>';
  location.hash = '';
  db = await openInkwellDb(`inkwell-library-page-${++counter}`, { allowWebOrigin: true });
  await seed();
  settings = { ...DEFAULT_SETTINGS, theme: 'sepia', size: 22 };
  deps = {
    db,
    openReader: vi.fn(async (_id: string) => ({ ok: true })),
    getSettings: vi.fn(async () => settings),
    setSettings: vi.fn(async (s: ReaderSettings) => void (settings = s)),
    estimate: vi.fn(async () => ({ usage: 1536 * 1024, quota: 2 * 1024 ** 3, persisted: false })),
    download: vi.fn((_name: string, _text: string) => undefined),
    saveFile: vi.fn((_name: string, _blob: Blob) => undefined),
    fetchImage: vi.fn(async (_url: string) => null),
    optionsHref: '/options.html',
    now: () => T0 + 2 * 86_400_000,
  };
});
afterEach(() => {
  page?.destroy();
  db?.close();
});

describe('the list', () => {
  it('lists the saved stories, most recently read first, with progress and storage used', async () => {
    await mount();
    expect(rows().map((r) => r.querySelector('.sl-title')!.textContent)).toEqual(['Garden 100', 'Horse Lords', 'Second Breakfast']);
    expect(row(A.story.id).querySelector('.sl-percent')!.textContent).toBe('45% read');
    expect(row(A.story.id).querySelector('.sl-parts')!.textContent).toBe('1/3 parts');
    await vi.waitFor(() => expect(document.querySelector('.lib-storage')!.textContent).toBe('Storage used: 1.5 MB of 2.0 GB available.'));
    expect(document.querySelector('a.lib-options-link')!.getAttribute('href')).toBe('/options.html');
  });

  it('draws the first screen from the most recently read stories before the whole library is read', async () => {
    // More stories than the first screen holds; the whole library's read held back until we let it go.
    const more = Array.from({ length: 40 }, (_, i) => storyWithParts(`reader_${i}`, 1000 + i, 1).story);
    for (const s of more) await saveStory(db, s);
    const real = vi.mocked(loadLibrary).getMockImplementation()!;
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    vi.mocked(loadLibrary).mockImplementationOnce(async (d) => {
      await held;
      return real(d);
    });
    page = mountLibraryPage(document.getElementById('app')!, deps);
    await vi.waitFor(() => expect(rows().length).toBeGreaterThan(0));
    const first = page.list.all().map((s) => s.id);
    const newest = [...more].sort((a, b) => b.lastRead - a.lastRead).map((s) => s.id);
    expect(first.length).toBeLessThan(more.length);
    expect(first).toEqual(newest.slice(0, first.length));
    expect(rows()[0]!.dataset.id).toBe(newest[0]);
    // Search waits for the whole library: the list is not yet indexed.
    expect(document.querySelector('.sl')!.hasAttribute('data-indexed')).toBe(false);
    release();
    await page.ready;
    expect(page.list.all()).toHaveLength(more.length + 3);
  });

  it('draws the remembered first screen at once, before the database answers, then the database’s', async () => {
    const remembered = await loadLibrary(db);
    const stale = remembered.map((s) => (s.id === A.story.id ? { ...s, title: 'Garden (as remembered)' } : s));
    page = mountLibraryPage(document.getElementById('app')!, { ...deps, cachedFirstScreen: () => stale });
    // Synchronously: no empty list between the start script's picture and the database's rows.
    expect(rows().map((r) => r.querySelector('.sl-title')!.textContent)).toEqual(['Garden (as remembered)', 'Horse Lords', 'Second Breakfast']);
    expect(document.getElementById('app')!.dataset.firstScreenFrom).toBe('cache');
    await page.ready;
    expect(rows().map((r) => r.querySelector('.sl-title')!.textContent)).toEqual(['Garden 100', 'Horse Lords', 'Second Breakfast']);
  });

  it('a story’s own view (#story=…) does not draw the remembered list first', async () => {
    location.hash = `#story=${encodeURIComponent(A.story.id)}`;
    const cachedFirstScreen = vi.fn(() => [] as never[]);
    page = mountLibraryPage(document.getElementById('app')!, { ...deps, cachedFirstScreen });
    expect(cachedFirstScreen).not.toHaveBeenCalled();
    await page.ready;
  });

  it('opens a story in the reader page (which puts back the saved place)', async () => {
    await mount();
    row(A.story.id).querySelector<HTMLButtonElement>('.sl-open')!.click();
    await vi.waitFor(() => expect(deps.openReader).toHaveBeenCalledWith(A.story.id));
    await vi.waitFor(() => expect(statusText()).toBe('Opened “Garden 100” in a new tab.'));
  });
});

describe('bulk actions', () => {
  const select = (id: string) => row(id).querySelector<HTMLInputElement>('.sl-check')!.click();

  it('marks the selected stories finished with setStoryStatus', async () => {
    await mount();
    expect(button('Mark finished').disabled).toBe(true);
    select(A.story.id);
    select(C.story.id);
    expect(document.querySelector('.sl-count')!.textContent).toBe('3 stories · 2 selected');
    vi.mocked(loadLibrary).mockClear();
    button('Mark finished').click();
    await vi.waitFor(() => expect(statusText()).toBe('Marked 2 stories finished.'));
    expect(dbModule.setStoryStatus).toHaveBeenCalledTimes(2);
    expect(dbModule.setStoryStatus).toHaveBeenCalledWith(db, A.story.id, 'finished');
    expect(dbModule.setStoryStatus).toHaveBeenCalledWith(db, C.story.id, 'finished');
    expect((await getStory(db, A.story.id))!.status).toBe('finished');
    expect((await getStory(db, B.story.id))!.status).toBeUndefined();
    await vi.waitFor(() => expect(row(A.story.id).dataset.status).toBe('finished'));
    expect(row(C.story.id).dataset.status).toBe('finished');
    // The two stories read again, not the whole library.
    expect(loadLibrary).not.toHaveBeenCalled();
    expect(dbModule.deleteStories).not.toHaveBeenCalled();
  });

  it('marks the selected stories not started', async () => {
    await mount();
    select(B.story.id);
    button('Mark not started').click();
    await vi.waitFor(() => expect(statusText()).toBe('Marked 1 story not started.'));
    expect(dbModule.setStoryStatus).toHaveBeenCalledWith(db, B.story.id, 'not-started');
    expect((await getStory(db, B.story.id))!.status).toBe('not-started');
  });

  it('deletes the selected stories with deleteStories after a confirmation, not before', async () => {
    await mount();
    select(A.story.id);
    select(B.story.id);
    button('Delete').click();
    expect(document.querySelector('[role="alertdialog"]')!.textContent).toMatch(/^Delete 2 stories/);
    expect(document.activeElement!.textContent).toBe('Cancel');
    button('Cancel').click();
    expect(dbModule.deleteStories).not.toHaveBeenCalled();
    expect(document.activeElement!.textContent).toBe('Delete');
    button('Delete').click();
    button('Delete 2 stories').click();
    await vi.waitFor(() => expect(statusText()).toBe('Deleted 2 stories.'));
    expect(dbModule.deleteStories).toHaveBeenCalledWith(db, expect.arrayContaining([A.story.id, B.story.id]));
    expect((await readAllRecords(db)).stories.map((s) => s.id)).toEqual([C.story.id]);
    expect(rows().map((r) => r.dataset.id)).toEqual([C.story.id]);
    expect(page.list.selected()).toEqual([]);
  });
});

describe('the detail view', () => {
  it('shows the card and each part’s state, and its actions call the right functions', async () => {
    // Part 3 of A: its text was dropped.
    const all = await readAllRecords(db);
    const p3 = all.parts.find((p) => p.key === A.story.partKeys[2])!;
    await saveParts(db, [{ ...p3, bodyHtml: '', bodyText: '', post: { ...p3.post, bodyHtml: '', bodyText: '' }, textDroppedAt: T0 + 5 }]);
    await mount();
    location.hash = storyHash(A.story.id);
    await vi.waitFor(() => expect(document.querySelector('.sd-title')?.textContent).toBe('Garden 100'));
    expect(document.activeElement).toBe(document.querySelector('.sd-title'));
    const parts = Array.from(document.querySelectorAll<HTMLLIElement>('.sd-part'));
    expect(parts.map((p) => [p.dataset.state, p.dataset.reading])).toEqual([
      ['cached', 'read'],
      ['cached', 'here'],
      ['dropped', 'unread'],
    ]);
    expect(parts[1].querySelector('.sd-part-reading')!.textContent).toBe('You stopped here, at paragraph 5');
    expect(parts[2].querySelector('.sd-part-state')!.textContent).toMatch(/^Text removed/);
    const dl = document.querySelector('.sd-fields')!.textContent!;
    expect(dl).toContain('Lord of the Rings');
    expect(dl).toContain('45% read');

    button('Continue reading').click();
    await vi.waitFor(() => expect(deps.openReader).toHaveBeenLastCalledWith(A.story.id));
    button('Refresh from the site').click();
    // Refresh asks the reader page to fetch every part again (its saved copy shown meanwhile).
    await vi.waitFor(() => expect(deps.openReader).toHaveBeenLastCalledWith(A.story.id, { refresh: true }));

    button('Remove offline copy').click();
    await vi.waitFor(() => expect(dbModule.dropCachedText).toHaveBeenCalledWith(db, A.story.id));
    await vi.waitFor(() => expect(Array.from(document.querySelectorAll<HTMLLIElement>('.sd-part')).map((p) => p.dataset.state)).toEqual(['dropped', 'dropped', 'dropped']));
    // The story and its place stay.
    expect(await dbModule.getPosition(db, A.story.id)).toMatchObject({ paragraph: 4 });

    document.querySelector<HTMLButtonElement>('.sd-actions .sd-finished')!.click();
    await vi.waitFor(() => expect(dbModule.setStoryStatus).toHaveBeenCalledWith(db, A.story.id, 'finished'));
    await vi.waitFor(() => expect(Array.from(document.querySelectorAll<HTMLLIElement>('.sd-part')).map((p) => p.dataset.reading)).toEqual(['read', 'read', 'read']));
  });

  it('shows a part that failed to load as not saved', async () => {
    await saveStory(db, { ...B.story, partKeys: [...B.story.partKeys, 'dreamwidth.org/rohan_rider/999'], partUrls: [...B.story.partUrls, ''] });
    await mount();
    location.hash = storyHash(B.story.id);
    await vi.waitFor(() => expect(document.querySelectorAll('.sd-part')).toHaveLength(3));
    expect(document.querySelectorAll<HTMLLIElement>('.sd-part')[2].dataset.state).toBe('missing');
  });

  it('deletes the story after a confirmation and goes back to the list', async () => {
    await mount();
    location.hash = storyHash(C.story.id);
    await vi.waitFor(() => expect(document.querySelector('.sd-title')?.textContent).toBe('Second Breakfast'));
    button('Delete story').click();
    Array.from(document.querySelectorAll<HTMLButtonElement>('.confirm-yes'))[0].click();
    await vi.waitFor(() => expect(dbModule.deleteStories).toHaveBeenCalledWith(db, [C.story.id]));
    await vi.waitFor(() => expect(document.querySelector('.lib-detail-view')!.hasAttribute('hidden')).toBe(true));
    expect(rows().map((r) => r.dataset.id)).not.toContain(C.story.id);
  });
});

describe('books', () => {
  const select = (id: string) => row(id).querySelector<HTMLInputElement>('.sl-check')!.click();
  /** A button of the story's own view (the list's, for the selection, is hidden but still there). */
  const own = (name: string) => Array.from(document.querySelectorAll<HTMLButtonElement>('.sd-actions button')).find((b) => b.textContent === name)!;
  const saved = async (i: number) => {
    const [name, blob] = deps.saveFile.mock.calls[i]!;
    return { name, blob, bytes: new Uint8Array(await blob.arrayBuffer()) };
  };

  it('a story’s view has Download EPUB and Download HTML; EPUB saves the book of what is saved, named Title - author.epub', async () => {
    await mount();
    location.hash = storyHash(A.story.id);
    await vi.waitFor(() => expect(document.querySelector('.sd-title')?.textContent).toBe('Garden 100'));
    expect(Array.from(document.querySelectorAll('.sd-actions button')).map((b) => b.textContent)).toEqual(expect.arrayContaining(['Download EPUB', 'Download HTML']));
    own('Download EPUB').click();
    await vi.waitFor(() => expect(statusText()).toBe('Saved “Garden 100 - elf_scribe.epub”.'));
    const { name, blob, bytes } = await saved(0);
    expect(name).toBe('Garden 100 - elf_scribe.epub');
    expect(blob.type).toBe('application/epub+zip');
    const entries = unzipSync(bytes);
    expect(Object.keys(entries)[0]).toBe('mimetype');
    expect(strFromU8(entries['OEBPS/content.opf']!)).toContain('<dc:title id="title">Garden 100</dc:title>');
    expect(Object.keys(entries).filter((k) => /part-\d+\.xhtml$/.test(k))).toHaveLength(3);
    // No images in these parts: nothing fetched.
    expect(deps.fetchImage).not.toHaveBeenCalled();
  });

  it('says which parts are missing, and fetches images only when the reader allows them (the story’s own choice first)', async () => {
    settings = { ...settings, loadImages: true };
    const img = '<p>One.</p><p><img src="https://pics.example/map.png" alt="a map"></p>';
    await saveParts(db, [{ ...B.parts[0]!, bodyHtml: img, post: { ...B.parts[0]!.post, bodyHtml: img } }]);
    await saveStory(db, { ...B.story, partKeys: [...B.story.partKeys, 'dreamwidth.org/rohan_rider/999'], partUrls: [...B.story.partUrls, 'https://rohan-rider.dreamwidth.org/999.html'] });
    await mount();
    location.hash = storyHash(B.story.id);
    await vi.waitFor(() => expect(document.querySelector('.sd-title')?.textContent).toBe('Horse Lords'));
    own('Download HTML').click();
    await vi.waitFor(() => expect(statusText()).toMatch(/^Saved “Horse Lords - elf_scribe\.html”: 1 of 3 parts are missing \(Part 3\); the title page lists them; one image could not be fetched/));
    expect(deps.fetchImage).toHaveBeenCalledWith('https://pics.example/map.png', expect.anything());
    const html = new TextDecoder().decode((await saved(0)).bytes);
    expect(html).toContain('Missing from this book');
    expect(html).toContain('<span class="x-alt">a map</span>');

    settings = { ...settings, loadImages: false };
    deps.fetchImage.mockClear();
    own('Download EPUB').click();
    await vi.waitFor(() => expect(deps.saveFile).toHaveBeenCalledTimes(2));
    expect(deps.fetchImage).not.toHaveBeenCalled();

    // The story's own "Images" on, the settings off: its images are fetched.
    await dbModule.setStoryShowImages(db, B.story.id, true);
    own('Download EPUB').click();
    await vi.waitFor(() => expect(deps.saveFile).toHaveBeenCalledTimes(3));
    expect(deps.fetchImage).toHaveBeenCalledWith('https://pics.example/map.png', expect.anything());
  });

  it('each row has Download EPUB and Download HTML, described by the story’s title', async () => {
    await mount();
    const [epub, html] = Array.from(row(B.story.id).querySelectorAll<HTMLButtonElement>('.sl-download'));
    expect([epub.getAttribute('aria-label'), html.getAttribute('aria-label')]).toEqual(['Download EPUB', 'Download HTML']);
    expect(document.getElementById(epub.getAttribute('aria-describedby')!)!.textContent).toBe('Horse Lords');
    html.click();
    await vi.waitFor(() => expect(statusText()).toBe('Saved “Horse Lords - elf_scribe.html”.'));
    expect(deps.saveFile.mock.calls.map(([name]) => name)).toEqual(['Horse Lords - elf_scribe.html']);
  });

  it('for a selection: one file per story; a story with no saved text is refused with a reason', async () => {
    await dbModule.dropCachedText(db, C.story.id);
    await mount();
    expect(button('Download selected as EPUB').disabled).toBe(true);
    select(A.story.id);
    select(B.story.id);
    select(C.story.id);
    expect(button('Download selected as EPUB').disabled).toBe(false);
    button('Download selected as EPUB').click();
    await vi.waitFor(() => expect(alertText()).toMatch(/^Saved 2 EPUB files\. .* Nothing of “Second Breakfast” is saved for offline reading/));
    expect(deps.saveFile.mock.calls.map(([name]) => name)).toEqual(['Garden 100 - elf_scribe.epub', 'Horse Lords - elf_scribe.epub']);
    // Its own view says so before anything is tried.
    location.hash = storyHash(C.story.id);
    await vi.waitFor(() => expect(document.querySelector('.sd-title')?.textContent).toBe('Second Breakfast'));
    expect(own('Download EPUB').disabled).toBe(true);
    expect(own('Download HTML').disabled).toBe(true);
  });
});

describe('export and import', () => {
  it('exports the whole library as one JSON file named by backupFileName, with the reader settings', async () => {
    await mount();
    button('Export library').click();
    await vi.waitFor(() => expect(deps.download).toHaveBeenCalled());
    const [name, text] = deps.download.mock.calls[0] as [string, string];
    expect(name).toBe('inkwell-backup-2025-03-03.json');
    const v = validateBackup(text);
    expect(v.ok).toBe(true);
    if (!v.ok) return;
    expect(v.backup.stories).toHaveLength(3);
    expect(v.backup.positions).toHaveLength(2);
    expect(v.backup.settings).toMatchObject({ theme: 'sepia', size: 22 });
    expect(statusText()).toBe(`Exported 3 stories to ${name}.`);
  });

  it('refuses an invalid file with the reason, and changes nothing', async () => {
    await mount();
    const before = await readAllRecords(db);
    const input = document.querySelector<HTMLInputElement>('.lib-import-file')!;
    const file = new File(['{"format":"inkwell-backup","version":1,"exportedAt":1,"stories":[{"id":""}],"parts":[],"positions":[],"settings":{"theme":"dark"}}'], 'broken.json', {
      type: 'application/json',
    });
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(alertText()).toMatch(/^Nothing was imported\. The backup has invalid records/));
    expect(alertText()).toContain('story 1');
    expect(document.querySelector('.lib-alert')!.getAttribute('role')).toBe('alert');
    expect(await readAllRecords(db)).toEqual(before);
    expect(deps.setSettings).not.toHaveBeenCalled();
    expect(rows()).toHaveLength(3);

    const res = await page.importText('not json at all');
    expect(res.ok).toBe(false);
    expect(alertText()).toMatch(/not valid JSON/);
    expect(await readAllRecords(db)).toEqual(before);
  });

  it('refuses a 200 MB file by its size, before reading it', async () => {
    await mount();
    const before = await readAllRecords(db);
    const input = document.querySelector<HTMLInputElement>('.lib-import-file')!;
    const text = vi.fn(async () => '{}');
    const huge = { name: 'huge.json', size: 200_000_000, type: 'application/json', text };
    Object.defineProperty(input, 'files', { value: [huge], configurable: true });
    input.dispatchEvent(new Event('change'));
    await vi.waitFor(() => expect(alertText()).toMatch(/^Nothing was imported\. The file is 200 MB; a backup may be at most 180 MB, so it was not read/));
    expect(text).not.toHaveBeenCalled();
    expect(await readAllRecords(db)).toEqual(before);
  });

  it('imports what a hostile file holds that is fit to keep, and says what it left out', async () => {
    await mount();
    const story = { ...storyWithParts('moth_collector', 900, 1).story, partUrls: ['javascript:alert(1)'] };
    const good = storyWithParts('lamp_lighter', 700, 1);
    const file = { format: 'inkwell-backup', version: 2, exportedAt: T0, stories: [story, { ...good.story, planted: 1 }], parts: good.parts, positions: [], settings: {} };
    const res = await page.importText(JSON.stringify(file));
    expect(res).toMatchObject({ ok: true, storiesAdded: 1 });
    expect(statusText()).toMatch(/^Imported the backup: 1 story \(1 added/);
    expect(alertText()).toMatch(
      /^Not everything in the file was imported\. 1 story was left out because its address is not a journal page \("javascript:alert\(1\)"\)\. 1 entry Inkwell does not know was ignored \(stories\[1\]\.planted\)\.$/,
    );
    expect(rows().map((r) => r.dataset.id)).not.toContain(story.id);
    expect(rows().map((r) => r.dataset.id)).toContain(good.story.id);
  });

  it('applies a backup’s reader settings, but not its answer to the images question', async () => {
    await mount();
    const good = storyWithParts('lamp_lighter', 700, 1);
    const file = {
      format: 'inkwell-backup',
      version: 2,
      exportedAt: T0,
      stories: [good.story],
      parts: good.parts,
      positions: [],
      settings: { ...DEFAULT_SETTINGS, theme: 'black', loadImages: true, imagesChosen: true },
    };
    expect(await page.importText(JSON.stringify(file))).toMatchObject({ ok: true });
    expect(deps.setSettings).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'black', loadImages: false, imagesChosen: false }));
  });

  it('export, delete all, import: the same stories and positions are back, and the settings applied', async () => {
    await mount();
    await page.exportNow();
    const [, text] = deps.download.mock.calls[0] as [string, string];
    const before = await readAllRecords(db);
    await page.bulk('delete', [A.story.id, B.story.id, C.story.id]);
    expect((await readAllRecords(db)).stories).toEqual([]);
    expect(rows()).toHaveLength(0);
    settings = { ...DEFAULT_SETTINGS };
    const res = await page.importText(text);
    expect(res).toMatchObject({ ok: true, storiesAdded: 3 });
    const after = await readAllRecords(db);
    expect(after.stories).toEqual(before.stories);
    expect(after.positions).toEqual(before.positions);
    expect(after.parts).toEqual(before.parts);
    expect(deps.setSettings).toHaveBeenCalledWith(expect.objectContaining({ theme: 'sepia', size: 22 }));
    expect(rows().map((r) => r.dataset.id)).toEqual([A.story.id, B.story.id, C.story.id]);
    expect(statusText()).toMatch(/^Imported the backup: 3 stories \(3 added/);
  });
});
