// @vitest-environment jsdom
/**
 * Firefox for Android: the manifest says the add-on runs there (gecko_android), the code calls no API that
 * Firefox for Android lacks, and the settings page says what its storage.sync does not do there.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ANDROID_SYNC_NOTE, mountSyncStatus } from '../../components/sync-status';
import config from '../../wxt.config';

type ManifestFn = (env: { browser: string; command: string; manifestVersion: number; mode: string }) => Record<string, unknown>;

/** WebExtension namespaces Firefox for Android does not have (MDN's browser-compatibility tables). */
const ANDROID_LACKS = ['windows', 'menus', 'contextMenus', 'commands', 'sidebarAction', 'bookmarks', 'devtools'];

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.(ts|js)$/.test(name) ? [path] : [];
  });
}

describe('Firefox for Android', () => {
  it('is declared in the Firefox manifest (gecko_android), with the add-on id storage.sync needs', () => {
    const manifest = (config.manifest as ManifestFn)({ browser: 'firefox', command: 'build', manifestVersion: 2, mode: 'production' });
    const settings = manifest.browser_specific_settings as { gecko: { id: string }; gecko_android: { strict_min_version: string } };
    expect(settings.gecko.id).toMatch(/@/);
    expect(settings.gecko_android.strict_min_version).toMatch(/^\d+\.\d+$/);
    // Chrome's manifest carries none of it.
    expect((config.manifest as ManifestFn)({ browser: 'chrome', command: 'build', manifestVersion: 3, mode: 'production' }).browser_specific_settings).toBeUndefined();
  });

  it('calls no extension API Firefox for Android lacks', () => {
    const used = new Set<string>();
    for (const file of ['entrypoints', 'components', 'utils'].flatMap((d) => sources(d))) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:browser|chrome)\s*\.\s*([a-zA-Z]+)\b/g)) used.add(m[1]!);
    }
    expect(used.has('runtime')).toBe(true); // the scan sees the code
    expect([...used].filter((ns) => ANDROID_LACKS.includes(ns))).toEqual([]);
  });

  it('says on the settings page, on Android only, that sync keeps the data on the phone', async () => {
    const status = { synced: 3, total: 3, bytes: 300, items: 2, error: null, at: 0 };
    for (const os of ['android', 'linux']) {
      document.body.innerHTML = '';
      const view = mountSyncStatus(document.body, { get: async () => status, platform: async () => os });
      await view.ready;
      await Promise.resolve();
      expect(document.body.textContent!.includes(ANDROID_SYNC_NOTE)).toBe(os === 'android');
      expect(document.querySelector('.opt-sync-status')!.textContent).toBe('synced: 3 of 3 stories');
    }
  });
});
