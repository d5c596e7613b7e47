import { defineConfig } from 'wxt';
import { JOURNAL_MATCHES } from './utils/hosts';

// See https://wxt.dev/api/config.html
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'Inkwell',
    description:
      'Reader mode for fanfiction on LiveJournal, Dreamwidth, InsaneJournal, JournalFen, DeadJournal, Scribbld and their Wayback copies.',
    // storage: settings; IndexedDB needs no permission. Hosts: the journals only.
    permissions: ['storage'],
    host_permissions: JOURNAL_MATCHES,
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'inkwell@inkwell-reader.org',
              strict_min_version: '115.0',
              // Inkwell collects nothing: everything stays in the browser.
              data_collection_permissions: { required: ['none'] },
            },
          },
        }
      : {}),
  }),
});
