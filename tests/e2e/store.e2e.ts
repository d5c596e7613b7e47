// Store-ready builds: `npm run zip` makes the Chrome zip, the Firefox zip and the Firefox sources zip (no
// tests, fixtures, benchmarks or demo in it), and `web-ext lint` finds no error in the Firefox build.
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../../harness/paths';

/** Names of the files in a zip, read from its central directory. */
function zipEntries(file: string): string[] {
  const buf = readFileSync(file);
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${file}: not a zip`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const names: string[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${file}: bad central directory`);
    const nameLen = buf.readUInt16LE(at + 28);
    const extraLen = buf.readUInt16LE(at + 30);
    const commentLen = buf.readUInt16LE(at + 32);
    names.push(buf.toString('utf8', at + 46, at + 46 + nameLen));
    at += 46 + nameLen + extraLen + commentLen;
  }
  return names;
}

const output = join(ROOT, '.output');
let zips: string[] = [];

beforeAll(() => {
  execFileSync('npm', ['run', '--silent', 'zip'], { cwd: ROOT, stdio: 'pipe' });
  zips = readdirSync(output).filter((f) => f.endsWith('.zip'));
}, 120_000);

describe('store packages', () => {
  it('makes the Chrome zip, the Firefox zip and the sources zip', () => {
    const chrome = zips.find((z) => z.endsWith('-chrome.zip'));
    const firefox = zips.find((z) => z.endsWith('-firefox.zip'));
    expect(chrome).toBeTruthy();
    expect(firefox).toBeTruthy();
    for (const z of [chrome!, firefox!]) {
      const names = zipEntries(join(output, z));
      expect(names).toContain('manifest.json');
      expect(names).toContain('content-scripts/journal.js');
      expect(names).toContain('content-scripts/reader.js');
      expect(names).toContain('icon/128.png');
    }
  });

  it('leaves tests, fixtures, benchmarks and the demo out of the sources zip, and keeps what builds', () => {
    const sources = zips.find((z) => z.endsWith('-sources.zip'));
    expect(sources).toBeTruthy();
    const names = zipEntries(join(output, sources!));
    expect(names).toEqual(expect.arrayContaining(['package.json', 'package-lock.json', 'wxt.config.ts', 'utils/extract/index.ts', 'entrypoints/background.ts']));
    expect(names.filter((n) => /^(tests|bench|demo|node_modules|\.output)\//.test(n))).toEqual([]);
  });

  it('passes web-ext lint with no errors', () => {
    const out = execFileSync('npx', ['web-ext', 'lint', '--source-dir', join(output, 'firefox-mv2'), '--output', 'json', '--no-config-discovery'], {
      cwd: ROOT,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const report = JSON.parse(out.slice(out.indexOf('{')));
    expect(report.errors).toEqual([]);
    expect(report.summary.errors).toBe(0);
  }, 120_000);
});
