/** The machine and the versions the figures were taken with, printed above the tables and kept in results.json. */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';

function pkgVersion(root: string, name: string): string {
  try {
    return JSON.parse(readFileSync(join(root, 'node_modules', name, 'package.json'), 'utf8')).version;
  } catch {
    return 'not installed';
  }
}

export function machineInfo(root: string): Record<string, string> {
  const c = cpus();
  return {
    CPU: c[0]?.model?.trim() ?? 'unknown',
    cores: `${c.length} (available parallelism ${availableParallelism()})`,
    'load average':
      loadavg()
        .map((x) => x.toFixed(2))
        .join(' ') + ' (1/5/15 min, at start: other work on the same cores)',
    memory: `${(totalmem() / 2 ** 30).toFixed(1)} GiB`,
    OS: `${platform()} ${release()}`,
    Node: process.version,
    jsdom: pkgVersion(root, 'jsdom'),
    'happy-dom': pkgVersion(root, 'happy-dom'),
    '@mozilla/readability': pkgVersion(root, '@mozilla/readability'),
  };
}

export function commitOf(root: string): string {
  try {
    const head = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: root, encoding: 'utf8' }).trim();
    return dirty ? `${head}+dirty` : head;
  } catch {
    return 'unknown';
  }
}
