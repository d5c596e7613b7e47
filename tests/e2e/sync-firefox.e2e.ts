// Sync through browser.storage.sync in Firefox with the built extension (tests/e2e/support/sync-flow.ts).
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchFirefox, startFirefoxFixtureServer, type FirefoxSession } from './support/firefox';
import type { FixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES_JSON } from './support/paths';
import { aChangeFromAnotherDeviceIsOfferedInTheOpenReader, aChangeFromAnotherDeviceUpdatesThePopup, readingWritesTheSyncedRecord } from './support/sync-flow';

let server: FixtureServer;
let firefox: FirefoxSession;
let story: { id: string; partKeys: string[] };

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('sync in Firefox', () => {
  it('reading writes the synced record, naming its journal and entry', async () => {
    const probe = await firefox.openExtensionPage('options.html', '.opt-sync-status');
    story = await readingWritesTheSyncedRecord(firefox, probe);
  });

  it('a change arriving through storage.sync lists the story in an open popup', async () => {
    const probe = await firefox.openExtensionPage('options.html', '.opt-sync-status');
    await aChangeFromAnotherDeviceUpdatesThePopup(firefox, probe);
  });

  it("an open reader offers the other device's place rather than jumping", async () => {
    const probe = await firefox.openExtensionPage('options.html', '.opt-sync-status');
    await aChangeFromAnotherDeviceIsOfferedInTheOpenReader(firefox, probe, story);
  });
});
