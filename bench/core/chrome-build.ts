/**
 * What the Chromium sections share: where the browser is, its own version, and the Chrome build
 * (.output/chrome-mv3), made with `npx wxt build` when it is missing or older than the sources, so
 * every figure is of the work tree as it is (a second section in the same run finds it up to date).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_BIN } from '../../harness/paths';
import type { BenchContext } from './types';

export { CHROMIUM_BIN };

const SOURCES = ['entrypoints', 'components', 'utils', 'public', 'wxt.config.ts', 'package-lock.json'];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let newest = 0;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

/** Builds the Chrome extension unless every file in `built` (relative to it) is newer than the sources. */
export function ensureChromeBuild(ctx: BenchContext, who: string, built = ['manifest.json', 'content-scripts/journal.js', 'content-scripts/reader.js']): { ok: boolean; note: string } {
  const files = built.map((f) => join(ctx.root, '.output/chrome-mv3', f));
  const sourcesAt = Math.max(...SOURCES.map((s) => newestMtime(join(ctx.root, s))));
  const builtAt = files.every((f) => existsSync(f)) ? Math.min(...files.map((f) => statSync(f).mtimeMs)) : 0;
  if (builtAt >= sourcesAt) return { ok: true, note: `build up to date (${new Date(builtAt).toISOString()})` };
  ctx.log(builtAt ? `${who}: the build is older than the sources: npx wxt build` : `${who}: no build: npx wxt build`);
  try {
    execFileSync('npx', ['wxt', 'build'], { cwd: ctx.root, stdio: 'pipe', timeout: 300_000 });
    return { ok: true, note: 'built now with npx wxt build (the work tree as it is, uncommitted changes included)' };
  } catch (e) {
    const out = `${(e as { stderr?: Buffer }).stderr ?? ''}${(e as { stdout?: Buffer }).stdout ?? ''}`.trim().split('\n').slice(-3).join(' / ');
    if (builtAt) return { ok: true, note: `WARNING: npx wxt build failed (${out}); measured the older build from ${new Date(builtAt).toISOString()}` };
    return { ok: false, note: `npx wxt build failed: ${out}` };
  }
}

/** The binary's own version (the user agent says a reduced 150.0.0.0). */
export function chromiumVersion(): string {
  try {
    return execFileSync(CHROMIUM_BIN, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 }).trim();
  } catch {
    return 'unknown';
  }
}
