/**
 * The library page (an extension page in a tab): every saved story in the shared list with
 * search, sort, filters and grouping by fandom; bulk mark finished / not started / delete; a
 * story's detail view (#story=<id>); export and import of the whole library; storage used.
 *
 * Browser APIs come in through `LibraryDeps`; the database is used directly (this page runs in
 * the extension's origin).
 */

import type { BackupSettings, ImportResult, SyncBackup } from '../utils/backup';
import { deleteStories, dropCachedText, getParts, getPosition, getStory, type InkwellDb, type StorageEstimate, type StoryStatus, setStoryStatus } from '../utils/db';
import type { ImageFetcher } from '../utils/epub/index';
import type { LibraryChange } from '../utils/library-changes';
import { type LibraryItem, loadLibrary, loadLibraryItems, loadRecent } from '../utils/library-data';
import type { StoryRefresh } from '../utils/library-refresh';
import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from '../utils/settings';
import { afterPaint } from './after-paint';
import type { BookFormat } from './book-download';
import { confirmInline } from './confirm';
import { formatBytes, plural } from './library-format';
import { h } from './reader/dom';
import { saveBlob } from './save-blob';
import { createStoryList, type StoryListHandle } from './story-list';

// What only an action needs (backups, books, a story's own view) is loaded when it is first used: the
// list's first screen does not wait for that code to load and run.
const backupCode = () => import('../utils/backup');
const bookCode = () => import('./book-download');
const detailCode = () => import('./story-detail');

export interface LibraryDeps {
  db: InkwellDb;
  /** Open a saved story in the reader page (a new tab); `refresh`: fetch every part again from the site. */
  openReader(id: string, opts?: { refresh?: boolean }): Promise<{ ok: boolean; error?: string }>;
  /** Refresh: look for new parts of every story in progress (utils/library-refresh.ts). */
  refreshAll?(onStory: (r: StoryRefresh) => void): Promise<StoryRefresh[]>;
  getSettings(): Promise<ReaderSettings>;
  setSettings(s: ReaderSettings): Promise<void>;
  estimate(): Promise<StorageEstimate>;
  /** Save a file (default: a Blob and a download link). */
  download?(fileName: string, text: string): void;
  /** Save a book (default: `saveBlob`, a Blob URL and a download link). */
  saveFile?(fileName: string, blob: Blob): void;
  /** Fetch an image for a book (default: the browser's fetch). */
  fetchImage?: ImageFetcher;
  optionsHref: string;
  openOptions?(): void;
  /** Changes made elsewhere (a tab saved a story, moved a place): utils/library-changes.ts. Returns the unsubscribe. */
  watchChanges?(onChange: (change: LibraryChange) => void): () => void;
  /** Keep the popup's remembered first screen in step (after deletes, imports). */
  saveFirstScreen?(items: LibraryItem[]): void;
  /** The first screen as last remembered (synchronous; components/first-screen-cache.ts): drawn at once, before the database's answer. */
  cachedFirstScreen?(): LibraryItem[] | null;
  /** The library changed here (deleted: the stories deleted): for sync to take to the other devices. */
  changed?(change: { deleted?: string[]; restored?: string[] }): Promise<void>;
  /** What sync holds beyond the library (stories deleted on other devices), for backups; and keeping an imported one. */
  syncBackup?: { get(): Promise<SyncBackup>; keep(s: SyncBackup): Promise<void> };
  now?(): number;
}

export interface LibraryPage {
  list: StoryListHandle;
  /** Resolves when the first load is shown. */
  ready: Promise<void>;
  reload(): Promise<void>;
  /** Bulk actions on ids (what the bar's buttons call). */
  bulk(action: 'finished' | 'not-started' | 'delete', ids: string[]): Promise<void>;
  /** Saves each story as a book; resolves when the files are handed to the browser. */
  downloadBooks(format: BookFormat, ids: string[]): Promise<void>;
  exportNow(): Promise<string>;
  importText(text: string): Promise<ImportResult>;
  /** Settles when the current route's view is drawn. */
  routed(): Promise<void>;
  destroy(): void;
}

const SETTING_KEYS = Object.keys(DEFAULT_SETTINGS);

/**
 * Stories in the first screen, read before the rest: a tall window's rows (88 px each) and the
 * list's overscan, so the first frame is full and scrolling at once finds rows.
 */
const FIRST_PAGE = 24;

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no performance timeline */
  }
}

/** Browser download of a text file through a Blob URL. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  saveBlob(fileName, new Blob([text], { type }));
}

export const storyHash = (id: string) => `#story=${encodeURIComponent(id)}`;

function storyIdFromHash(hash: string): string | null {
  const m = /^#story=(.+)$/.exec(hash);
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]);
  } catch {
    return null;
  }
}

export function mountLibraryPage(root: HTMLElement, deps: LibraryDeps): LibraryPage {
  const { db } = deps;
  const now = deps.now ?? (() => Date.now());
  const download = deps.download ?? downloadText;
  root.textContent = '';
  root.classList.add('lib');

  // --- header --------------------------------------------------------------------------------
  const optionsLink = h('a', { href: deps.optionsHref, class: 'lib-options-link' }, 'Reader settings');
  if (deps.openOptions) {
    optionsLink.addEventListener('click', (e) => {
      e.preventDefault();
      deps.openOptions!();
    });
  }
  const storage = h('p', { class: 'lib-storage' }, 'Storage used: …');
  const refreshButton = h('button', { type: 'button', class: 'lib-refresh', title: 'Look on the sites for new parts of every story in progress' }, 'Refresh');
  const header = h('header', { class: 'lib-head' }, h('h1', {}, 'Inkwell library'), h('nav', { 'aria-label': 'Inkwell pages' }, optionsLink));
  if (deps.refreshAll) header.insertBefore(refreshButton, header.lastChild);

  // --- messages ------------------------------------------------------------------------------
  const status = h('p', { class: 'lib-status', role: 'status', 'aria-live': 'polite' });
  const alert = h('p', { class: 'lib-alert', role: 'alert' });
  const say = (text: string) => {
    status.textContent = text;
    alert.textContent = '';
  };
  const fail = (text: string) => {
    alert.textContent = text;
    status.textContent = '';
  };

  // --- backup --------------------------------------------------------------------------------
  const exportButton = h('button', { type: 'button', class: 'lib-export' }, 'Export library');
  const importButton = h('button', { type: 'button', class: 'lib-import' }, 'Import a backup…');
  const fileInput = h('input', { type: 'file', accept: 'application/json,.json', class: 'lib-import-file', 'aria-label': 'Backup file to import', tabindex: -1, hidden: true });
  const backup = h(
    'section',
    { class: 'lib-backup', 'aria-labelledby': 'lib-backup-h' },
    h('h2', { id: 'lib-backup-h' }, 'Backup'),
    h('p', { class: 'lib-hint' }, 'One JSON file with your stories, their saved text, your places in them and your reader settings.'),
    h('div', { class: 'lib-buttons' }, exportButton, importButton, fileInput),
    storage,
  );

  // --- bulk bar ------------------------------------------------------------------------------
  const markFinished = h('button', { type: 'button', class: 'lib-bulk-finished', disabled: true }, 'Mark finished');
  const markUnread = h('button', { type: 'button', class: 'lib-bulk-unread', disabled: true }, 'Mark not started');
  const bulkDelete = h('button', { type: 'button', class: 'lib-bulk-delete danger', disabled: true }, 'Delete');
  const bulkBooks = (['epub', 'html'] as const).map((format) =>
    // Not "Download EPUB": that name is each story's own button (on its row and in its view).
    h(
      'button',
      {
        type: 'button',
        class: `lib-bulk-download lib-bulk-download-${format}`,
        disabled: true,
        title: `Each selected story as ${format === 'epub' ? 'an e-book' : 'one web page'}, from its saved copy`,
      },
      `Download selected as ${format.toUpperCase()}`,
    ),
  );
  const bulkBar = h('div', { class: 'lib-bulk', role: 'group', 'aria-label': 'With the selected stories' }, markFinished, markUnread, ...bulkBooks, bulkDelete);
  const confirmSlot = h('div', { class: 'lib-confirm', hidden: true });

  // The list's count says how many are selected; the buttons wake up when any are.
  const onSelection = (ids: string[]) => {
    for (const b of [markFinished, markUnread, ...bulkBooks, bulkDelete]) b.disabled = ids.length === 0;
  };

  const list = createStoryList({
    variant: 'library',
    label: 'Saved stories',
    selectable: true,
    groupable: true,
    onSelectionChange: onSelection,
    detailsHref: (item) => storyHash(item.id),
    onDownload: (item, format) => void downloadBooks(format, [item.id]),
    onOpen: (item) => void openAtPosition(item.id, item.title),
    emptyText: 'No saved stories yet. Open a story on a journal site and choose “Read in Inkwell”: it will be listed here.',
    now,
  });

  const listView = h('section', { class: 'lib-list-view', 'aria-labelledby': 'lib-list-h' }, h('h2', { id: 'lib-list-h', class: 'visually-hidden' }, 'Saved stories'), list.element);
  list.summary.append(bulkBar);
  list.summary.after(confirmSlot);
  const detailView = h('section', { class: 'lib-detail-view', hidden: true, 'aria-label': 'Story' });
  const main = h('main', { class: 'lib-main' }, listView, detailView);
  root.append(header, status, alert, main, backup);

  // --- data ----------------------------------------------------------------------------------
  async function refreshStorage() {
    try {
      const e = await deps.estimate();
      storage.textContent =
        e.usage === null
          ? 'Storage used: your browser does not say.'
          : `Storage used: ${formatBytes(e.usage)}${e.quota !== null ? ` of ${formatBytes(e.quota)} available` : ''}${e.persisted ? ' (kept even when space runs low)' : ''}.`;
    } catch {
      storage.textContent = 'Storage used: unknown.';
    }
  }

  /** The whole library is listed (not only the first screen). */
  let listedAll = false;

  async function reload() {
    const items = await loadLibrary(db);
    list.setStories(items);
    listedAll = true;
    deps.saveFirstScreen?.(items);
    void refreshStorage();
  }

  /** The reader page, at the saved place: the saved copy, readable offline. */
  async function openAtPosition(id: string, title: string) {
    if (!(await getStory(db, id))) return fail(`“${title}” is no longer in your library.`);
    say(`Opening “${title}” in a new tab…`);
    const res = await deps.openReader(id).catch((e: Error) => ({ ok: false, error: e.message }));
    if (res.ok) say(`Opened “${title}” in a new tab.`);
    else fail(`“${title}” could not be opened: ${res.error ?? 'unknown error'}`);
  }

  // Refresh: new parts of the stories in progress, a few stories at a time.
  refreshButton.addEventListener('click', async () => {
    if (!deps.refreshAll) return;
    refreshButton.disabled = true;
    say('Looking for new parts of the stories in progress…');
    try {
      let done = 0;
      const results = await deps.refreshAll(() => say(`Looking for new parts of the stories in progress… (${++done} looked at)`));
      await reload();
      const found = results.filter((r) => r.added > 0);
      const added = found.reduce((n, r) => n + r.added, 0);
      const failed = results.filter((r) => r.error);
      const lead = !results.length
        ? 'Refreshed: no story is in progress.'
        : found.length
          ? `Refreshed: ${plural(added, 'new part', 'new parts')} in ${plural(found.length, 'story', 'stories')} (${plural(results.length, 'story', 'stories')} looked at).`
          : `Refreshed: no new parts (${plural(results.length, 'story', 'stories')} looked at).`;
      say(failed.length ? `${lead} ${plural(failed.length, 'story', 'stories')} could not be looked at: ${failed.map((r) => `“${r.title}” (${r.error})`).join(', ')}.` : lead);
    } catch (e) {
      fail(`Refresh failed: ${(e as Error).message}`);
    } finally {
      refreshButton.disabled = false;
    }
  });

  // Sync is told, never waited on for long: the change is made here whatever sync does.
  const synced = (change: { deleted?: string[]; restored?: string[] }) => deps.changed?.(change).catch(() => undefined);

  async function bulk(action: 'finished' | 'not-started' | 'delete', ids: string[]) {
    if (!ids.length) return;
    if (action === 'delete') {
      await deleteStories(db, ids);
      await synced({ deleted: ids });
      say(`Deleted ${plural(ids.length, 'story', 'stories')}.`);
    } else {
      for (const id of ids) await setStoryStatus(db, id, action);
      await synced({});
      say(`Marked ${plural(ids.length, 'story', 'stories')} ${action === 'finished' ? 'finished' : 'not started'}.`);
    }
    // Only these stories read again and their rows redrawn: the rest of the list is as it was.
    const { items, removed } = await loadLibraryItems(db, ids);
    list.updateStories(items, removed);
    deps.saveFirstScreen?.(list.all());
    if (action === 'delete') list.clearSelection();
  }

  /** Each story as a book, one file each, from what is saved. */
  async function downloadBooks(format: BookFormat, ids: string[]) {
    if (!ids.length) return;
    const name = format.toUpperCase();
    say(ids.length === 1 ? `Making the ${name}…` : `Making ${ids.length} ${name} files…`);
    const settings = await deps.getSettings().catch(() => DEFAULT_SETTINGS);
    const saved: string[] = [];
    const problems: string[] = [];
    for (const id of ids) {
      const [story, parts] = await Promise.all([getStory(db, id), getParts(db, id)]);
      if (!story) continue;
      try {
        // As the reader shows the story: its own "Images" choice, else the settings.
        const { downloadBook } = await bookCode();
        const res = await downloadBook(format, { story, parts }, { images: story.showImages ?? settings.loadImages, save: deps.saveFile, fetchImage: deps.fetchImage });
        saved.push(res.message);
      } catch (e) {
        problems.push((e as Error).message);
      }
    }
    const done = saved.length === 1 ? saved[0] : saved.length ? `Saved ${plural(saved.length, `${name} file`, `${name} files`)}. ${saved.join(' ')}` : '';
    if (problems.length) fail([done, ...problems].filter(Boolean).join(' '));
    else say(done);
  }

  for (const [i, b] of bulkBooks.entries()) b.addEventListener('click', () => void downloadBooks(i === 0 ? 'epub' : 'html', list.selected()));
  markFinished.addEventListener('click', () => void bulk('finished', list.selected()));
  markUnread.addEventListener('click', () => void bulk('not-started', list.selected()));
  bulkDelete.addEventListener('click', async () => {
    const ids = list.selected();
    if (!ids.length) return;
    const ok = await confirmInline(
      confirmSlot,
      `Delete ${plural(ids.length, 'story', 'stories')}, with their saved text and your places in them? This cannot be undone (export a backup first to keep them).`,
      `Delete ${plural(ids.length, 'story', 'stories')}`,
      { danger: true, returnFocus: bulkDelete },
    );
    if (!ok) return;
    await bulk('delete', ids);
    list.focusSearch();
  });

  async function exportNow(): Promise<string> {
    const settings = await deps.getSettings().catch(() => DEFAULT_SETTINGS);
    const syncPart = await deps.syncBackup?.get().catch(() => undefined);
    const { exportLibrary, backupFileName, serializeBackup, backupSizeProblem } = await backupCode();
    const backupData = await exportLibrary(db, { ...settings } as unknown as BackupSettings, now(), syncPart);
    const name = backupFileName(backupData.exportedAt);
    const text = serializeBackup(backupData);
    download(name, text);
    say(`Exported ${plural(backupData.stories.length, 'story', 'stories')} to ${name}.`);
    // A file import would refuse is no backup: say so now, while the library is still here.
    const bytes = new Blob([text]).size;
    if (backupSizeProblem(bytes)) {
      const { BACKUP_LIMITS } = await import('../utils/backup-rules');
      alert.textContent = `This backup is ${formatBytes(bytes)}, more than an import accepts (${formatBytes(BACKUP_LIMITS.fileBytes)}). Remove the offline copies of stories you have finished, then export again.`;
    }
    return name;
  }

  async function importText(text: string): Promise<ImportResult> {
    const { importLibrary } = await backupCode();
    const res = await importLibrary(db, text);
    if (res.ok && res.sync) await deps.syncBackup?.keep(res.sync).catch(() => undefined);
    // Restored from a file: back on every device, even where it was deleted since.
    if (res.ok) await synced({ restored: res.storyIds });
    if (!res.ok) {
      fail(`Nothing was imported. ${res.reason}`);
      return res;
    }
    // The backup's reader settings, over the current ones (a backup without them changes nothing).
    const incoming = res.settings as Partial<ReaderSettings>;
    if (SETTING_KEYS.some((k) => k in incoming)) {
      const current = await deps.getSettings().catch(() => DEFAULT_SETTINGS);
      // Except remote images: loading them is asked in this browser, never answered by a file.
      const images = { loadImages: current.loadImages, imagesChosen: current.imagesChosen };
      await deps.setSettings(normalizeSettings({ ...current, ...incoming, ...images })).catch(() => undefined);
    }
    await reload();
    const parts = [`${res.storiesAdded} added`, `${res.storiesUpdated} updated`, `${res.storiesUnchanged} unchanged`];
    say(`Imported the backup: ${plural(res.storiesAdded + res.storiesUpdated + res.storiesUnchanged, 'story', 'stories')} (${parts.join(', ')}).`);
    // What the file held that was not imported (backup-rules.ts), next to the count, not instead of it.
    if (res.skipped.length) alert.textContent = `Not everything in the file was imported. ${res.skipped.join(' ')}`;
    return res;
  }

  exportButton.addEventListener('click', () => {
    exportNow().catch((e: Error) => fail(`The export failed: ${e.message}`));
  });
  importButton.addEventListener('click', () => fileInput.click());
  fileInput.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    if (!file) return;
    // The size first: a file too big to be a backup is never read, let alone parsed.
    const tooBig = (await backupCode()).backupSizeProblem(file.size);
    if (tooBig) {
      fail(`Nothing was imported. ${tooBig}`);
      fileInput.value = '';
      importButton.focus();
      return;
    }
    say(`Reading ${file.name}…`);
    try {
      await importText(await file.text());
    } catch (e) {
      fail(`Nothing was imported: the file could not be read (${(e as Error).message}).`);
    } finally {
      fileInput.value = '';
      importButton.focus();
    }
  });

  // --- detail view ---------------------------------------------------------------------------
  let lastDetailId: string | null = null;
  let routing: Promise<void> = Promise.resolve();

  async function showDetail(id: string) {
    const [story, parts, position, { renderStoryDetail }] = await Promise.all([getStory(db, id), getParts(db, id), getPosition(db, id), detailCode()]);
    detailView.textContent = '';
    listView.hidden = true;
    detailView.hidden = false;
    backup.hidden = true;
    lastDetailId = id;
    if (!story) {
      const back = h('a', { href: '#', class: 'sd-back-link' }, '← All stories');
      const msg = h('h2', { tabindex: -1 }, 'This story is not in your library (it may have been deleted).');
      detailView.append(h('p', {}, back), msg);
      msg.focus();
      return;
    }
    const detailSlot = h('div', { class: 'lib-confirm', hidden: true });
    const el = renderStoryDetail(
      story,
      parts,
      position,
      {
        open: () => void openAtPosition(story.id, story.title),
        download: (format) => void downloadBooks(format, [story.id]),
        refresh: async () => {
          say(`Opening “${story.title}” to fetch every part again from the site…`);
          const res = await deps.openReader(story.id, { refresh: true }).catch((e: Error) => ({ ok: false, error: e.message }));
          if (res.ok) say(`Opened “${story.title}” in a new tab, fetching every part again (saved text stays where the site no longer has it).`);
          else fail(`“${story.title}” could not be opened: ${res.error ?? 'unknown error'}`);
        },
        setStatus: async (s: StoryStatus | undefined) => {
          await setStoryStatus(db, story.id, s);
          await synced({});
          say(s === undefined ? `“${story.title}” follows your reading position again.` : `Marked “${story.title}” ${s === 'finished' ? 'finished' : 'not started'}.`);
          await Promise.all([reload(), showDetail(story.id)]);
        },
        dropText: async () => {
          const n = await dropCachedText(db, story.id);
          say(`Removed the offline copy of “${story.title}” (${plural(n, 'part', 'parts')}); the story and your place are kept.`);
          await Promise.all([reload(), showDetail(story.id)]);
        },
        remove: async () => {
          const ok = await confirmInline(detailSlot, `Delete “${story.title}”, with its saved text and your place in it? This cannot be undone.`, 'Delete story', {
            danger: true,
            returnFocus: el.querySelector<HTMLElement>('.sd-delete'),
          });
          if (!ok) return;
          await deleteStories(db, [story.id]);
          await synced({ deleted: [story.id] });
          say(`Deleted “${story.title}”.`);
          lastDetailId = null;
          await reload();
          location.hash = '';
        },
      },
      { now: now(), titleId: 'sd-title', backHref: '#' },
    );
    el.querySelector('.sd-actions')!.after(detailSlot);
    detailView.append(el);
    // Focus the heading after a navigation, not after an action re-drew the view.
    const active = document.activeElement;
    if (!active || active === document.body || !detailView.contains(active)) el.querySelector<HTMLElement>('.sd-title')?.focus();
  }

  function showList() {
    const wasDetail = !detailView.hidden;
    detailView.hidden = true;
    detailView.textContent = '';
    listView.hidden = false;
    backup.hidden = false;
    if (wasDetail) {
      // Back to where you were: the story's title in the list if shown, else the search box.
      const i = lastDetailId ? list.shown().findIndex((s) => s.id === lastDetailId) : -1;
      const rowIndex = i >= 0 ? list.virtualList.items().findIndex((r) => r.kind === 'story' && r.item.id === lastDetailId) : -1;
      const link = rowIndex >= 0 ? list.virtualList.rowElement(rowIndex)?.querySelector<HTMLElement>('[data-nav="title"]') : null;
      if (link) link.focus();
      else list.focusSearch();
    }
  }

  function route() {
    const id = storyIdFromHash(location.hash);
    routing = id ? showDetail(id).catch((e: Error) => fail(`The story could not be shown: ${e.message}`)) : Promise.resolve(showList());
    return routing;
  }
  window.addEventListener('hashchange', route);

  // Live: the changed stories read again and their rows redrawn in place, one change after another.
  let live: Promise<void> = Promise.resolve();
  const onChange = (change: LibraryChange) => {
    live = live
      .then(async () => {
        if (change.all) return reload();
        const { items, removed } = await loadLibraryItems(db, change.ids);
        list.updateStories(items, removed);
        if (!detailView.hidden && lastDetailId !== null && change.ids.includes(lastDetailId)) await showDetail(lastDetailId);
      })
      .catch((e: Error) => console.warn('[inkwell] library update failed:', e.message));
  };

  // The first screen from the most recently read few (an index walk, the list's default order), then
  // the whole library: with thousands of stories, reading every record first is what kept the page blank.
  // Remembered from last time (the popup's few, the most recent first): drawn now, so the page never shows
  // an empty list between the start script's picture and the database's answer.
  const cached = storyIdFromHash(location.hash) ? null : (deps.cachedFirstScreen?.() ?? null);
  if (cached?.length) {
    list.setStories(cached, { partial: true });
    root.dataset.firstScreenFrom = 'cache';
    mark('inkwell:library-first-screen');
  }
  const firstScreen = loadRecent(db, FIRST_PAGE)
    .then((recent) => {
      if (listedAll || !recent.length) return;
      list.setStories(recent, { partial: true });
      root.dataset.firstScreenFrom ??= 'database';
      if (!cached?.length) mark('inkwell:library-first-screen');
    })
    .catch(() => undefined);
  const ready = firstScreen.then(() =>
    // A story's own view reads that story alone: it does not wait for the list. The whole library is read
    // once the first screen is on screen: decoding thousands of records in one task would hold that frame back.
    Promise.all([
      route(),
      afterPaint()
        .then(() => reload())
        .then(() => mark('inkwell:library-loaded'))
        .catch((e: Error) => fail(`Your library could not be read: ${e.message}`)),
    ]).then(() => undefined),
  );
  // After the first load: a change before it is in what that load reads.
  const unwatch = deps.watchChanges?.((c) => void ready.then(() => onChange(c)));

  return {
    list,
    ready,
    reload,
    bulk,
    downloadBooks,
    exportNow,
    importText,
    routed: () => routing,
    destroy() {
      unwatch?.();
      window.removeEventListener('hashchange', route);
      list.destroy();
    },
  };
}
