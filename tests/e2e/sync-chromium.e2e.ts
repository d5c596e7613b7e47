// Sync through chrome.storage.sync in Chromium with the built extension (tests/e2e/support/sync-flow.ts).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES_JSON } from './support/paths';
import { aChangeFromAnotherDeviceIsOfferedInTheOpenReader, aChangeFromAnotherDeviceUpdatesThePopup, readingWritesTheSyncedRecord } from './support/sync-flow';

let server: FixtureServer;
let chrome: ChromiumSession;
let story: { id: string; partKeys: string[] };

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('sync in Chromium', () => {
  it('reading writes the synced record, naming its journal and entry', async () => {
    const probe = await chrome.openExtensionPage('options.html', '.opt-sync-status');
    story = await readingWritesTheSyncedRecord(chrome, probe);
  });

  it('a change arriving through storage.sync lists the story in an open popup', async () => {
    const probe = await chrome.openExtensionPage('options.html', '.opt-sync-status');
    await aChangeFromAnotherDeviceUpdatesThePopup(chrome, probe);
  });

  it("an open reader offers the other device's place rather than jumping", async () => {
    const probe = await chrome.openExtensionPage('options.html', '.opt-sync-status');
    await aChangeFromAnotherDeviceIsOfferedInTheOpenReader(chrome, probe, story);
  });
});
