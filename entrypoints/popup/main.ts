/**
 * The toolbar popup (components/popup-view.ts does the work). Opening a story goes through the
 * background (utils/open-story.ts): this popup closes as soon as the new tab takes the focus.
 */
import { browser } from 'wxt/browser';
import '../../components/ui.css';
import './style.css';
import { FIRST_SCREEN_SIZE, readFirstScreen, writeFirstScreen } from '../../components/first-screen-cache';
import { mountPopup } from '../../components/popup-view';
import { sharedInkwellDb } from '../../utils/db';
import { loadLibrary, loadRecent, resumeTarget } from '../../utils/library-data';
import { OPEN_STORY_MESSAGE, type OpenStoryResult } from '../../utils/open-story';

performance.mark('inkwell:popup-script');
const app = document.getElementById('app')!;
const db = sharedInkwellDb();
void db.then(() => performance.mark('inkwell:popup-db-open'), () => undefined);

const view = mountPopup(app, {
  cachedFirstScreen: () => readFirstScreen(),
  saveFirstScreen: (all) => writeFirstScreen(all),
  loadRecent: async () => loadRecent(await db, FIRST_SCREEN_SIZE),
  loadAll: async () => loadLibrary(await db),
  async openStory(item) {
    const target = await resumeTarget(await db, item.id);
    if (!target) return { ok: false, error: 'it is no longer in your library.' };
    return (await browser.runtime.sendMessage({ type: OPEN_STORY_MESSAGE, url: target.url })) as OpenStoryResult;
  },
  async activeTab() {
    // No `tabs` permission: the URL is there only for hosts Inkwell may access (the journals).
    const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
    return tab ? { id: tab.id, url: tab.url } : null;
  },
  readTab: async (tabId) => ((await browser.tabs.sendMessage(tabId, { type: 'open-reader-here' })) ?? { ok: false }) as { ok: boolean; error?: string },
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
