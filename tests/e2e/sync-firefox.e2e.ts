// Sync through browser.storage.sync in Firefox ESR with the built extension (tests/e2e/support/sync-flow.ts):
// Firefox keeps storage.sync for an add-on with an explicit id (wxt.config.ts gecko.id), signed in or not.
import { afterAll, beforeAll, describe } from 'vitest';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { storyExtraPages } from './support/stitch-stories';
import { syncTests } from './support/sync-flow';

let server: FixtureServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: storyExtraPages() });
  firefox = await launchFirefox({ server });
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

describe('sync in Firefox', () => syncTests(() => firefox));
