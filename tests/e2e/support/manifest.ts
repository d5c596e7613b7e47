import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { requireBuild } from '../../../harness/paths';

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
    hosts: ['*://*.livejournal.com/*', '*://*.dreamwidth.org/*', '*://*.insanejournal.com/*', '*://*.journalfen.net/*', '*://*.deadjournal.com/*', '*://*.scribbld.com/*', '*://web.archive.org/web/*'],
  };
}

/** The journal domains of the host permissions written out above (not the registry's: a change must change both). */
const DOMAINS = expectedManifestPermissions('chrome').hosts.flatMap((h) => /^\*:\/\/\*\.([^/]+)\/\*$/.exec(h)?.[1] ?? []);

/**
 * The journal pages the detector runs on: http and https journal pages keep their button (old links, forks
 * without TLS: clicks must be the user's own, the reader is closed to the page, and every fetch is https), and
 * on web.archive.org only copies of journal pages (include_globs; the detector checks the archived URL again),
 * never any archived site. The extension's own connections (connect-src): the journal hosts over https only.
 */
export function expectJournalOnlyScriptsAndConnections(manifest: BuiltManifest, browser: 'chrome' | 'firefox'): void {
  const scripts = manifest.content_scripts ?? [];
  expect(scripts).toHaveLength(1);
  const globs: string[] = scripts[0].include_globs ?? [];
  expect([...globs].sort()).toEqual([...DOMAINS.flatMap((d) => [`*://${d}/*`, `*://*.${d}/*`, `*://web.archive.org/web/*${d}/*`])].sort());
  for (const g of globs.filter((x) => x.includes('web.archive.org')))
    expect(
      DOMAINS.some((d) => g.endsWith(`${d}/*`)),
      g,
    ).toBe(true);
  const csp: string = browser === 'chrome' ? manifest.content_security_policy?.extension_pages : manifest.content_security_policy;
  expect(typeof csp).toBe('string');
  const connect = /(?:^|;)\s*connect-src ([^;]*)/.exec(csp)?.[1].trim().split(/\s+/) ?? [];
  expect([...connect].sort()).toEqual([...DOMAINS.flatMap((d) => [`https://${d}`, `https://*.${d}`]), 'https://web.archive.org'].sort());
  expect(csp).toMatch(/script-src 'self'/);
  expect(csp).not.toMatch(/http:|\*(?!\.)|unsafe/);
}
