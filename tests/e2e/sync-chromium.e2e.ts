// Sync through chrome.storage.sync in Chromium with the built extension (tests/e2e/support/sync-flow.ts).
import { afterAll, beforeAll, describe } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { storyExtraPages } from './support/stitch-stories';
import { syncTests } from './support/sync-flow';

let server: FixtureServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: storyExtraPages() });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

describe('sync in Chromium', () => syncTests(() => chrome));
