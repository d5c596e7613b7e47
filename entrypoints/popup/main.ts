/**
 * The toolbar popup (components/popup-view.ts does the work). Opening a saved story opens the
 * extension's reader page (reader.html?story=ID); "Continue" on the open journal tab sends that tab
 * 'open-reader-here' (utils/messages.ts).
 */
import { browser } from 'wxt/browser';
// The styles come with the start script (entrypoints/popup-start.ts), which runs first.
import { afterPaint } from '../../components/after-paint';
import { FIRST_SCREEN_SIZE, readFirstScreen, writeFirstScreen } from '../../components/first-screen-cache';
import { clearSnapshot, saveSnapshot } from '../../components/first-screen-snapshot';
import { mountPopup } from '../../components/popup-view';
import { findStoryByPartKey, getStory, sharedInkwellDb } from '../../utils/db';
import { watchLibraryChanges } from '../../utils/library-changes';
import { loadLibrary, loadLibraryItems, loadRecent, recentFromRecords } from '../../utils/library-data';
import { takeEarlyRead } from '../../utils/library-early';
import { sendToTab } from '../../utils/messages';
import { readerPagePath } from '../../utils/senders';
import { canonicalEntryKey } from '../../utils/url';

performance.mark('inkwell:popup-script');
const app = document.getElementById('app')!;
const db = sharedInkwellDb();
let activeUrl: string | null = null;
const openReaderPage = (id: string) => browser.tabs.create({ url: browser.runtime.getURL(readerPagePath(id) as '/reader.html') }).then(() => window.close());
void db.then(
  () => performance.mark('inkwell:popup-db-open'),
  () => undefined,
);

// The start script's picture of the last first screen goes: the popup draws its working screen. When the
// picture is there, once its frame is drawn: this module's first work (the whole popup, drawn in one task)
// would otherwise hold that frame back, and the picture would never be seen.
const start = () => {
  clearSnapshot(app);
  const view = mountPopup(app, {
    cachedFirstScreen: () => readFirstScreen(),
    saveFirstScreen: (all) => writeFirstScreen(all),
    // The start script's read (begun while this module loaded), else the database read here.
    loadRecent: async () => {
      const early = await takeEarlyRead();
      const items = early && recentFromRecords(early, FIRST_SCREEN_SIZE);
      if (items) performance.mark('inkwell:popup-early-read');
      return items ?? loadRecent(await db, FIRST_SCREEN_SIZE);
    },
    loadAll: async () => loadLibrary(await db),
    loadItems: async (ids) => loadLibraryItems(await db, ids),
    watchChanges: (onChange) => watchLibraryChanges(onChange),
    async openStory(item) {
      // The reader page: the saved copy at the saved place, whether or not the journal page is still there.
      if (!(await getStory(await db, item.id))) return { ok: false, error: 'it is no longer in your library.' };
      await openReaderPage(item.id);
      return { ok: true };
    },
    async activeTab() {
      // No `tabs` permission: the URL is there only for hosts Inkwell may access (the journals).
      const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
      activeUrl = tab?.url ?? null;
      return tab ? { id: tab.id, url: tab.url } : null;
    },
    async readTab(tabId) {
      let res: { ok: boolean; error?: string } = { ok: false };
      let failure: unknown = null;
      try {
        res = (await sendToTab(tabId, 'open-reader-here', {})) ?? { ok: false };
      } catch (e) {
        failure = e;
      }
      if (res.ok) return res;
      // The page shows no story (deleted, locked now, a 404) but a saved story has it: its saved copy.
      const saved = activeUrl ? await findStoryByPartKey(await db, canonicalEntryKey(activeUrl)).catch(() => null) : null;
      if (saved) {
        await openReaderPage(saved.id);
        return { ok: true };
      }
      if (failure) throw failure;
      return res;
    },
    openLibrary() {
      void browser.tabs.create({ url: browser.runtime.getURL('/library.html') }).then(() => window.close());
    },
    openOptions() {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    close: () => window.close(),
    libraryHref: '/library.html',
    optionsHref: '/options.html',
  });
  void view.firstScreen.then(() => app.removeAttribute('aria-busy'));
  // Every story listed and the remembered few written: this screen is the next start's picture.
  void view.loaded.then(() => saveSnapshot('popup', app));
};
if (app.dataset.snapshot) void afterPaint(100).then(start);
else start();
