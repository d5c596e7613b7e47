/** The library page (an extension page in a tab): components/library-page.ts does the work. */
import { browser } from 'wxt/browser';
import '../../components/ui.css';
import './style.css';
import { writeFirstScreen } from '../../components/first-screen-cache';
import { mountLibraryPage } from '../../components/library-page';
import { sharedInkwellDb, storageEstimate } from '../../utils/db';
import { OPEN_STORY_MESSAGE, type OpenStoryResult } from '../../utils/open-story';
import { normalizeSettings, readerSettings } from '../../utils/settings';

const app = document.getElementById('app')!;

void sharedInkwellDb().then((db) =>
  mountLibraryPage(app, {
    db,
    openUrl: async (url, opts) => (await browser.runtime.sendMessage({ type: OPEN_STORY_MESSAGE, url, refresh: !!opts?.refresh })) as OpenStoryResult,
    getSettings: async () => normalizeSettings(await readerSettings.getValue()),
    setSettings: (s) => readerSettings.setValue(s),
    estimate: storageEstimate,
    optionsHref: '/options.html',
    openOptions: () => void browser.runtime.openOptionsPage(),
    saveFirstScreen: (items) => writeFirstScreen(items),
  }),
);
