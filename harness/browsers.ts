/**
 * Finds the browsers (and openssl) that the demo, the E2E tests and the bench drive, and installs what
 * is missing where that can be done safely: Debian or Ubuntu, as root or with a password-less sudo.
 * Anywhere else it stops with the exact commands to run and the variables that point at a browser
 * already installed. The command line is scripts/ensure-browsers.ts (`npm run browsers`).
 *
 *   env: INKWELL_CHROMIUM, INKWELL_FIREFOX   a browser binary to use (a set variable is obeyed: when it
 *                                            points nowhere, that is an error, not a reason to install)
 *        INKWELL_NO_INSTALL=1                 never install (report only)
 *
 * The decision is a pure function of what was probed (`planSetup`), so it is unit-tested without
 * touching the machine; `ensureTools` does the probing and the installing.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export type ToolId = 'chromium' | 'firefox' | 'openssl';

interface ToolSpec {
  id: ToolId;
  label: string;
  /** The variable that names the binary; obeyed when set. */
  envVar?: string;
  /** Names looked up on PATH, in order. */
  names: string[];
  /** Absolute places looked at after PATH (the Debian ones first: what the tests default to). */
  defaults: string[];
  /** Debian/Ubuntu package that provides it. */
  aptPackage: string;
  /** How to get it elsewhere (printed, never run). */
  elsewhere: string;
}

export const TOOLS: Record<ToolId, ToolSpec> = {
  chromium: {
    id: 'chromium',
    label: 'Chromium',
    envVar: 'INKWELL_CHROMIUM',
    names: ['chromium', 'chromium-browser'],
    defaults: ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/snap/bin/chromium', '/Applications/Chromium.app/Contents/MacOS/Chromium'],
    aptPackage: 'chromium',
    // Google Chrome 137+ ignores --load-extension: the tests and the demo need Chromium itself.
    elsewhere: 'macOS: brew install --cask chromium; Fedora: dnf install chromium; Arch: pacman -S chromium',
  },
  firefox: {
    id: 'firefox',
    label: 'Firefox ESR',
    envVar: 'INKWELL_FIREFOX',
    names: ['firefox-esr'],
    defaults: ['/usr/bin/firefox-esr', '/usr/lib/firefox-esr/firefox-esr', '/Applications/Firefox.app/Contents/MacOS/firefox'],
    aptPackage: 'firefox-esr',
    elsewhere: 'macOS: brew install --cask firefox@esr; other systems: https://www.mozilla.org/firefox/enterprise/ (ESR 140 or later)',
  },
  openssl: {
    id: 'openssl',
    label: 'openssl',
    names: ['openssl'],
    defaults: ['/usr/bin/openssl'],
    aptPackage: 'openssl',
    elsewhere: "macOS: brew install openssl; other systems: your package manager's openssl",
  },
};

/** What main() found out about the machine: everything planSetup needs, nothing else. */
export interface Probe {
  env: Record<string, string | undefined>;
  /** True when `path` is an executable file. */
  isExecutable(path: string): boolean;
  /** The contents of /etc/os-release, or null. */
  osRelease: string | null;
  platform: NodeJS.Platform;
  isRoot: boolean;
  /** True when `sudo -n true` succeeds (a password-less sudo). */
  sudoWorks(): boolean;
}

export type Located = { id: ToolId; path: string; from: 'env' | 'path' | 'default' } | { id: ToolId; path: null; problem?: string };

export function locate(tool: ToolSpec, probe: Probe): Located {
  const fromEnv = tool.envVar ? probe.env[tool.envVar] : undefined;
  if (fromEnv) {
    if (probe.isExecutable(fromEnv)) return { id: tool.id, path: fromEnv, from: 'env' };
    return { id: tool.id, path: null, problem: `${tool.envVar} is set to ${fromEnv}, which is not an executable file` };
  }
  for (const dir of (probe.env.PATH ?? '').split(delimiter)) {
    for (const name of tool.names) if (dir && probe.isExecutable(join(dir, name))) return { id: tool.id, path: join(dir, name), from: 'path' };
  }
  for (const p of tool.defaults) if (probe.isExecutable(p)) return { id: tool.id, path: p, from: 'default' };
  return { id: tool.id, path: null };
}

export function isDebianLike(osRelease: string | null): boolean {
  if (!osRelease) return false;
  const field = (k: string) => osRelease.match(new RegExp(`^${k}=("?)([^"\\n]*)\\1$`, 'm'))?.[2]?.toLowerCase() ?? '';
  return [field('ID'), ...field('ID_LIKE').split(/\s+/)].some((id) => id === 'debian' || id === 'ubuntu');
}

export interface SetupPlan {
  found: Array<{ id: ToolId; path: string }>;
  /** apt packages to install, and how (null when nothing is to be installed). */
  install: { packages: string[]; sudo: boolean } | null;
  /** Why the run cannot go on by itself: the message to print (null when it can). */
  blocked: string | null;
}

export function planSetup(wanted: ToolId[], probe: Probe, allowInstall: boolean): SetupPlan {
  const located = wanted.map((id) => locate(TOOLS[id], probe));
  const found = located.flatMap((l) => (l.path ? [{ id: l.id, path: l.path }] : []));
  const missing = located.filter((l) => !l.path);
  if (!missing.length) return { found, install: null, blocked: null };

  // A variable the user set is their choice: say it is wrong rather than install something else.
  const misdirected = missing.filter((l) => 'problem' in l && l.problem);
  const installable = missing.filter((l) => !('problem' in l && l.problem));
  const packages = installable.map((l) => TOOLS[l.id].aptPackage);
  const debian = probe.platform === 'linux' && isDebianLike(probe.osRelease);
  const via = probe.isRoot ? 'root' : debian && probe.sudoWorks() ? 'sudo' : null;

  if (!misdirected.length && allowInstall && debian && via) {
    return { found, install: { packages, sudo: via === 'sudo' }, blocked: null };
  }
  const lines: string[] = [];
  for (const l of misdirected) lines.push(`- ${('problem' in l && l.problem) || ''}: unset it to let Inkwell find or install ${TOOLS[l.id].label}, or point it at one.`);
  if (installable.length) {
    const names = installable.map((l) => TOOLS[l.id].label).join(', ');
    lines.push(`- not found: ${names}.`);
    if (debian) {
      const sudo = probe.isRoot ? '' : 'sudo ';
      lines.push(`  Install with:  ${sudo}apt-get update && ${sudo}apt-get install -y ${packages.join(' ')}`);
      if (!allowInstall) lines.push('  (not installed: --check or INKWELL_NO_INSTALL was given)');
      else if (!via) lines.push('  (not installed: not root, and sudo needs a password or is missing)');
    } else {
      for (const l of installable) lines.push(`  ${TOOLS[l.id].label}: ${TOOLS[l.id].elsewhere}`);
    }
  }
  const vars = wanted.filter((id) => TOOLS[id].envVar).map((id) => `${TOOLS[id].envVar}=/path/to/${TOOLS[id].names[0]}`);
  if (vars.length) lines.push(`- or point at a browser you already have:  ${vars.join(' ')}`);
  return { found, install: null, blocked: `Inkwell needs ${missing.map((l) => TOOLS[l.id].label).join(', ')} for the demo, the browser tests and the bench:\n${lines.join('\n')}` };
}

function machineProbe(): Probe {
  let osRelease: string | null = null;
  try {
    osRelease = readFileSync('/etc/os-release', 'utf8');
  } catch {
    /* not Linux, or a minimal image */
  }
  return {
    env: process.env,
    isExecutable(path) {
      try {
        accessSync(path, constants.X_OK);
        return statSync(path).isFile();
      } catch {
        return false;
      }
    },
    osRelease,
    platform: process.platform,
    isRoot: typeof process.getuid === 'function' && process.getuid() === 0,
    sudoWorks: () => spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' }).status === 0,
  };
}

/** Ensures the tools are there (installing on Debian when allowed); returns their paths, or throws. */
export function ensureTools(wanted: ToolId[], opts: { allowInstall?: boolean; log?: (m: string) => void } = {}): Record<ToolId, string> {
  const log = opts.log ?? ((m: string) => console.log(`[browsers] ${m}`));
  const allowInstall = (opts.allowInstall ?? true) && !['1', 'true', 'yes'].includes(process.env.INKWELL_NO_INSTALL ?? '');
  let plan = planSetup(wanted, machineProbe(), allowInstall);
  if (plan.install) {
    const { packages, sudo } = plan.install;
    const run = (args: string[]) => {
      const cmd = sudo ? ['sudo', ...args] : args;
      log(`running: ${cmd.join(' ')}`);
      execFileSync(cmd[0], cmd.slice(1), { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    };
    log(`installing ${packages.join(', ')} with apt-get (${sudo ? 'sudo' : 'as root'})`);
    run(['apt-get', 'update', '-q']);
    run(['apt-get', 'install', '-y', '-q', ...packages]);
    plan = planSetup(wanted, machineProbe(), false);
  }
  if (plan.blocked) throw new Error(plan.blocked);
  const paths = {} as Record<ToolId, string>;
  for (const f of plan.found) {
    paths[f.id] = f.path;
    log(`${TOOLS[f.id].label}: ${f.path}`);
  }
  return paths;
}

/** The tool's path when it is there (no install, no throw): for code that only needs to know where. */
export function findTool(id: ToolId): string | null {
  return locate(TOOLS[id], machineProbe()).path;
}
