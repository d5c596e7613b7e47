/** The options page (components/options-view.ts does the work; components/sync-status.ts the sync line). */
import { browser } from 'wxt/browser';
import '../../components/ui.css';
import './style.css';
import { mountOptions } from '../../components/options-view';
import { mountSyncStatus } from '../../components/sync-status';
import { readerSettings } from '../../utils/settings';
import { SYNC_STATUS_KEY } from '../../utils/sync/names';
import type { SyncStatus } from '../../utils/sync/service';

const app = document.getElementById('app')!;
mountOptions(app, {
  get: () => readerSettings.getValue(),
  set: (s) => readerSettings.setValue(s),
  watch: (cb) => readerSettings.watch(cb),
  libraryHref: '/library.html',
});
mountSyncStatus(app, {
  platform: async () => (await browser.runtime.getPlatformInfo()).os,
  get: async () => ((await browser.storage.local.get(SYNC_STATUS_KEY))[SYNC_STATUS_KEY] as SyncStatus | undefined) ?? null,
  watch: (cb) => {
    const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
      if (area === 'local' && changes[SYNC_STATUS_KEY]) cb((changes[SYNC_STATUS_KEY].newValue as SyncStatus | undefined) ?? null);
    };
    browser.storage.onChanged.addListener(listener);
    return () => browser.storage.onChanged.removeListener(listener);
  },
});
