/**
 * The toolbar popup: saved stories, most recently read first, "Continue" on the story in
 * progress, "Read this page in Inkwell" on a journal page, and links to the library and the
 * settings. Browser APIs come in through `PopupDeps`, so this runs in a test DOM too.
 *
 * First screen fast: the few most recently read stories are read first (an index walk, not the
 * whole library) and drawn; the full list is read once that frame is painted, and the search index
 * builds in slices.
 */

import { isJournalPageUrl } from '../utils/hosts';
import { statusOf } from '../utils/library';
import type { LibraryChange } from '../utils/library-changes';
import { type LibraryItem, partsRead } from '../utils/library-data';
import { afterPaint } from './after-paint';
import { formatPercent, plural, timeAgo } from './library-format';
import { h } from './reader/dom';
import { createStoryList, type StoryListHandle } from './story-list';

export interface PopupDeps {
  /** The first screen as the popup last showed it (synchronous), if remembered. */
  cachedFirstScreen?(): LibraryItem[] | null;
  /** Remember the first screen for next time (given the stories listed). */
  saveFirstScreen?(items: LibraryItem[]): void;
  /** The most recently read stories (a screenful), newest first. */
  loadRecent(): Promise<LibraryItem[]>;
  loadAll(): Promise<LibraryItem[]>;
  /** These stories as they are stored now; `removed`: ids no longer stored. */
  loadItems?(ids: readonly string[]): Promise<{ items: LibraryItem[]; removed: string[] }>;
  /** Changes made elsewhere (utils/library-changes.ts); returns the unsubscribe. */
  watchChanges?(onChange: (change: LibraryChange) => void): () => void;
  /** Open the story where the reader stopped (a new tab, then the reader). */
  openStory(item: LibraryItem): Promise<{ ok: boolean; error?: string }>;
  /** The active tab of this window; `url` only where the extension may see it (journal hosts). */
  activeTab(): Promise<{ id?: number; url?: string } | null>;
  /** Ask the tab's content script to open the reader on its story. */
  readTab(tabId: number): Promise<{ ok: boolean; error?: string }>;
  openLibrary(): void;
  openOptions(): void;
  close(): void;
  libraryHref: string;
  optionsHref: string;
  now?(): number;
}

export interface PopupView {
  list: StoryListHandle;
  /** Resolves when the first screen is drawn. */
  firstScreen: Promise<void>;
  /** Resolves when every story is listed. */
  loaded: Promise<void>;
}

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no performance timeline */
  }
}

export function mountPopup(root: HTMLElement, deps: PopupDeps): PopupView {
  const now = deps.now ?? (() => Date.now());
  root.textContent = '';
  root.classList.add('pp');

  const libLink = h('a', { href: deps.libraryHref, class: 'pp-link' }, 'Library');
  libLink.addEventListener('click', (e) => {
    e.preventDefault();
    deps.openLibrary();
  });
  const optLink = h('a', { href: deps.optionsHref, class: 'pp-link' }, 'Settings');
  optLink.addEventListener('click', (e) => {
    e.preventDefault();
    deps.openOptions();
  });
  const header = h('header', { class: 'pp-head' }, h('h1', {}, 'Inkwell'), h('nav', { 'aria-label': 'Inkwell pages' }, libLink, optLink));

  const message = h('p', { class: 'pp-message', role: 'status', 'aria-live': 'polite' });
  const error = h('p', { class: 'pp-error', role: 'alert' });
  const say = (text: string, isError = false) => {
    (isError ? error : message).textContent = text;
    (isError ? message : error).textContent = '';
  };

  // "Read this page in Inkwell": shown on journal pages only.
  const hereButton = h('button', { type: 'button', class: 'pp-here-button pp-primary' }, 'Read this page in Inkwell');
  const here = h('section', { class: 'pp-here', 'aria-label': 'This page', hidden: true }, hereButton);
  let hereTab: number | null = null;
  hereButton.addEventListener('click', async () => {
    if (hereTab === null) return;
    hereButton.disabled = true;
    say('Opening the reader on this page…');
    try {
      const res = await deps.readTab(hereTab);
      if (res.ok) {
        deps.close();
        return;
      }
      say(res.error === 'No story on this page.' ? 'Inkwell found no story on this page.' : `The reader could not open here: ${res.error ?? 'no answer from the page'}`, true);
    } catch {
      say('Inkwell is not running on this page yet: reload the page and try again.', true);
    } finally {
      hereButton.disabled = false;
    }
  });

  // "Continue": the story in progress read most recently.
  const cont = h('section', { class: 'pp-continue', 'aria-labelledby': 'pp-continue-h', hidden: true });
  let continued: LibraryItem | null = null;
  const renderContinue = (items: LibraryItem[]) => {
    let best: LibraryItem | null = null;
    for (const s of items) if (statusOf(s) === 'reading' && (!best || s.lastRead > best.lastRead)) best = s;
    if (best && continued && best.id === continued.id && best.lastRead === continued.lastRead) return;
    continued = best;
    cont.textContent = '';
    cont.hidden = !best;
    if (!best) return;
    const button = h('button', { type: 'button', class: 'pp-primary pp-continue-button', 'aria-label': `Continue “${best.title}”` }, 'Continue');
    const story = best;
    button.addEventListener('click', () => void open(story));
    cont.append(
      h('h2', { id: 'pp-continue-h', class: 'pp-continue-label' }, 'Continue reading'),
      h(
        'div',
        { class: 'pp-continue-row' },
        h(
          'div',
          { class: 'pp-continue-text' },
          h('p', { class: 'pp-continue-title' }, best.title || 'Untitled'),
          h(
            'p',
            { class: 'pp-continue-meta' },
            `${formatPercent(best.percent)} read · part ${Math.min(partsRead(best) + 1, best.partCount)} of ${best.partCount}${best.newParts ? ` · ${plural(best.newParts, 'new part', 'new parts')}` : ''} · ${timeAgo(best.lastRead, now())}`,
          ),
        ),
        button,
      ),
    );
  };

  let opening = false;
  async function open(item: LibraryItem) {
    if (opening) return;
    opening = true;
    say(`Opening “${item.title}”…`);
    try {
      const res = await deps.openStory(item);
      if (res.ok) say(`Opened “${item.title}”.`);
      else say(`“${item.title}” could not be opened: ${res.error ?? 'unknown error'}`, true);
    } catch (e) {
      say(`“${item.title}” could not be opened: ${e instanceof Error ? e.message : String(e)}`, true);
    } finally {
      opening = false;
    }
  }

  const list = createStoryList({
    variant: 'popup',
    label: 'Saved stories',
    compact: true,
    onOpen: (item) => void open(item),
    emptyText: 'No saved stories yet. Open a story on a journal site and choose “Read in Inkwell”: it will be listed here.',
    now,
  });

  const main = h('main', { class: 'pp-main' }, h('h2', { class: 'visually-hidden' }, 'Saved stories'), list.element);
  root.append(header, here, cont, message, error, main);

  void deps
    .activeTab()
    .then((tab) => {
      if (tab?.id !== undefined && isJournalPageUrl(tab.url)) {
        hereTab = tab.id;
        here.hidden = false;
      }
    })
    .catch(() => undefined);

  const showFirst = (recent: LibraryItem[], from: 'cache' | 'database') => {
    list.setStories(recent, { partial: true });
    renderContinue(recent);
    root.dataset.state = 'first-screen';
    // Where the very first rows came from (for benchmarks): the remembered copy or the database.
    root.dataset.firstScreenFrom ??= from;
  };
  // Remembered from last time: drawn now, before the database is open.
  const cached = deps.cachedFirstScreen?.() ?? null;
  if (cached && cached.length) {
    showFirst(cached, 'cache');
    mark('inkwell:popup-first-screen');
  }
  const firstScreen = deps
    .loadRecent()
    .then((recent) => {
      showFirst(recent, 'database');
      if (!cached?.length) mark('inkwell:popup-first-screen');
    })
    .catch(() => undefined);
  // After the first screen is on screen: the whole library's read decodes every record in one task,
  // which, started before that frame, would hold the frame back.
  const loaded = firstScreen
    .then(() => afterPaint())
    .then(() => deps.loadAll())
    .then((all) => {
      list.setStories(all);
      deps.saveFirstScreen?.(all);
      renderContinue(all);
      root.dataset.state = 'loaded';
      mark('inkwell:popup-loaded');
    })
    .catch((e) => {
      say(`Your library could not be read: ${e instanceof Error ? e.message : String(e)}`, true);
    });

  // Live: a story saved or a place moved in a tab while the popup is open, redrawn in place.
  let live: Promise<void> = Promise.resolve();
  deps.watchChanges?.((change) => {
    live = live
      .then(() => loaded)
      .then(async () => {
        if (change.all || !deps.loadItems) {
          list.setStories(await deps.loadAll());
        } else {
          const { items, removed } = await deps.loadItems(change.ids);
          list.updateStories(items, removed);
        }
        renderContinue(list.all());
        deps.saveFirstScreen?.(list.all());
      })
      .catch(() => undefined);
  });

  return { list, firstScreen, loaded };
}
