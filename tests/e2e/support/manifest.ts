import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { requireBuild } from './paths';

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type BuiltManifest = Record<string, any>;

export function readBuiltManifest(buildDir: string): BuiltManifest {
  return JSON.parse(readFileSync(join(requireBuild(buildDir), 'manifest.json'), 'utf8'));
}

/**
 * What Inkwell may ask for, written out here on purpose (not imported from utils/hosts.ts's patterns) so a
 * change to the permissions has to change this test too. API permissions: storage (settings), and in
 * Chrome's MV3 scripting (the reader is injected on first use; Firefox MV2 does that with tabs.executeScript
 * under its host permissions).
 */
export function expectedManifestPermissions(browser: 'chrome' | 'firefox'): { permissions: string[]; hosts: string[] } {
  return {
    permissions: browser === 'chrome' ? ['storage', 'scripting'] : ['storage'],
    hosts: [
      '*://*.livejournal.com/*',
      '*://*.dreamwidth.org/*',
      '*://*.insanejournal.com/*',
      '*://*.journalfen.net/*',
      '*://*.deadjournal.com/*',
      '*://*.scribbld.com/*',
      '*://web.archive.org/web/*',
    ],
  };
}

