/** The library page (an extension page in a tab): components/library-page.ts does the work. */
import { browser } from 'wxt/browser';
// The styles come with the start script (entrypoints/library-start.ts), which runs first.
import { afterPaint } from '../../components/after-paint';
import { readFirstScreen, writeFirstScreen } from '../../components/first-screen-cache';
import { clearSnapshot, saveSnapshot } from '../../components/first-screen-snapshot';
import { mountLibraryPage } from '../../components/library-page';
import { sharedInkwellDb, storageEstimate } from '../../utils/db';
import { watchLibraryChanges } from '../../utils/library-changes';
import { fetchThroughBackground, sendMessage } from '../../utils/messages';
import { readerPagePath, savedStorySession } from '../../utils/senders';
import { normalizeSettings, readerSettings } from '../../utils/settings';
import type { KeyValue } from '../../utils/sync/library-local';

// Loaded when first used, not with the page: Refresh's code (extraction, stitching, DOMPurify: most of
// the page's script) and sync's bookkeeping. The first screen waits for none of it.
const refreshCode = () => Promise.all([import('../../utils/library-refresh'), import('../../utils/parse-page'), import('../../utils/sanitize')]);
const syncCode = () => import('../../utils/sync/library-local');

const kv: KeyValue = {
  get: async (key) => (await browser.storage.local.get(key))[key],
  set: (key, value) => browser.storage.local.set({ [key]: value }),
};

const app = document.getElementById('app')!;

// This screen, as the next start's picture: once the task that changed it is done (a delete clears the
// selection after it), and only for the list (not a story's own view).
let snapshotTimer: ReturnType<typeof setTimeout> | undefined;
const keepSnapshot = () => {
  clearTimeout(snapshotTimer);
  snapshotTimer = setTimeout(() => {
    if (!location.hash) saveSnapshot('library', app);
  }, 0);
};

// The start script's picture of the last first screen is drawn before this page's work takes the thread
// (as in the popup, entrypoints/popup/main.ts), the database opening meanwhile.
const pictureShown = app.dataset.snapshot ? afterPaint(100) : undefined;
void Promise.all([sharedInkwellDb(), pictureShown]).then(([db]) => {
  // The start script's picture of the last first screen goes: the page draws its working screen now.
  clearSnapshot(app);
  return mountLibraryPage(app, {
    db,
    openReader: async (id, opts) => {
      await browser.tabs.create({ url: browser.runtime.getURL(`${readerPagePath(id)}${opts?.refresh ? '&refresh=1' : ''}` as '/reader.html') });
      return { ok: true };
    },
    refreshAll: async (onStory) => {
      const [{ refreshLibrary }, { parseFetchedPage }, { cleanForStorage }] = await refreshCode();
      return refreshLibrary(db, {
        fetchPage: fetchThroughBackground,
        parse: parseFetchedPage,
        clean: cleanForStorage,
        onStory,
        startSession: async (story) => {
          const req = savedStorySession(story);
          return !!req && (await sendMessage('reader:session', req).catch(() => ({ ok: false }))).ok;
        },
      });
    },
    getSettings: async () => normalizeSettings(await readerSettings.getValue()),
    setSettings: (s) => readerSettings.setValue(s),
    estimate: storageEstimate,
    optionsHref: '/options.html',
    openOptions: () => void browser.runtime.openOptionsPage(),
    saveFirstScreen: (items) => {
      writeFirstScreen(items);
      keepSnapshot();
    },
    cachedFirstScreen: () => readFirstScreen(),
    watchChanges: (onChange) => watchLibraryChanges(onChange),
    // Sync (utils/sync/): deletions are kept so they reach the other devices; the rest the background reads.
    changed: async ({ deleted, restored }) => {
      const { recordDeletions, recordRestores } = await syncCode();
      if (deleted?.length) await recordDeletions(kv, deleted);
      if (restored?.length) await recordRestores(kv, restored);
      await sendMessage('sync:changed', {});
    },
    syncBackup: {
      get: async () => {
        const { readTombstones, TOMBSTONES_KEY } = await syncCode();
        return { deleted: Object.fromEntries(readTombstones(await kv.get(TOMBSTONES_KEY))) };
      },
      keep: async ({ deleted }) => {
        const { recordDeletions } = await syncCode();
        for (const [id, at] of Object.entries(deleted)) await recordDeletions(kv, [id], at);
      },
    },
  });
});
