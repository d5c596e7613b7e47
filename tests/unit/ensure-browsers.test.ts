import { spawnSync } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { isDebianLike, type Probe, planSetup } from '../../harness/browsers';

const DEBIAN = 'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nID=debian\n';
const UBUNTU = 'NAME="Ubuntu"\nID=ubuntu\nID_LIKE=debian\n';
const MINT = 'NAME="Linux Mint"\nID=linuxmint\nID_LIKE="ubuntu debian"\n';
const FEDORA = 'NAME="Fedora Linux"\nID=fedora\n';

function probe(over: Partial<Probe> & { files?: string[] } = {}): Probe {
  const files = new Set(over.files ?? []);
  return {
    env: { PATH: '/usr/local/bin:/usr/bin:/bin' },
    isExecutable: (p) => files.has(p),
    osRelease: DEBIAN,
    platform: 'linux',
    isRoot: false,
    sudoWorks: () => false,
    ...over,
  };
}

describe('ensure-browsers: the plan', () => {
  it('reads Debian, Ubuntu and their derivatives from os-release, and nothing else', () => {
    expect([DEBIAN, UBUNTU, MINT].map(isDebianLike)).toEqual([true, true, true]);
    expect([FEDORA, null, ''].map(isDebianLike)).toEqual([false, false, false]);
  });

  it('finds the browsers on PATH and installs nothing', () => {
    const plan = planSetup(['chromium', 'firefox'], probe({ files: ['/usr/bin/chromium', '/usr/bin/firefox-esr'] }), true);
    expect(plan).toEqual({
      found: [
        { id: 'chromium', path: '/usr/bin/chromium' },
        { id: 'firefox', path: '/usr/bin/firefox-esr' },
      ],
      install: null,
      blocked: null,
    });
  });

  it('obeys INKWELL_CHROMIUM over PATH', () => {
    const plan = planSetup(['chromium'], probe({ env: { PATH: '/usr/bin', INKWELL_CHROMIUM: '/opt/c/chrome' }, files: ['/usr/bin/chromium', '/opt/c/chrome'] }), true);
    expect(plan.found).toEqual([{ id: 'chromium', path: '/opt/c/chrome' }]);
  });

  it('installs only what is missing, with apt as root on Debian', () => {
    const plan = planSetup(['chromium', 'firefox', 'openssl'], probe({ isRoot: true, files: ['/usr/bin/openssl'] }), true);
    expect(plan.install).toEqual({ packages: ['chromium', 'firefox-esr'], sudo: false });
    expect(plan.blocked).toBeNull();
  });

  it('uses a password-less sudo on Ubuntu when not root', () => {
    const plan = planSetup(['firefox'], probe({ osRelease: UBUNTU, sudoWorks: () => true }), true);
    expect(plan.install).toEqual({ packages: ['firefox-esr'], sudo: true });
  });

  it('without root or a working sudo, prints the exact apt command and the variables', () => {
    const plan = planSetup(['chromium', 'firefox'], probe(), true);
    expect(plan.install).toBeNull();
    expect(plan.blocked).toContain('sudo apt-get update && sudo apt-get install -y chromium firefox-esr');
    expect(plan.blocked).toContain('INKWELL_CHROMIUM=');
    expect(plan.blocked).toContain('INKWELL_FIREFOX=');
  });

  it('elsewhere (macOS, Fedora) never installs and says how to', () => {
    const mac = planSetup(['chromium'], probe({ platform: 'darwin', osRelease: null, isRoot: true }), true);
    expect(mac.install).toBeNull();
    expect(mac.blocked).toContain('brew install --cask chromium');
    const fedora = planSetup(['firefox'], probe({ osRelease: FEDORA, isRoot: true }), true);
    expect(fedora.install).toBeNull();
    expect(fedora.blocked).toContain('firefox');
  });

  it('a variable pointing nowhere is an error to fix, not a reason to install something else', () => {
    const plan = planSetup(['chromium'], probe({ isRoot: true, env: { PATH: '/usr/bin', INKWELL_CHROMIUM: '/nowhere/chromium' }, files: ['/usr/bin/chromium'] }), true);
    expect(plan.install).toBeNull();
    expect(plan.blocked).toContain('INKWELL_CHROMIUM is set to /nowhere/chromium, which is not an executable file');
  });

  it('--check reports and installs nothing, even as root', () => {
    const plan = planSetup(['chromium'], probe({ isRoot: true }), false);
    expect(plan.install).toBeNull();
    expect(plan.blocked).toContain('apt-get install -y chromium');
  });
});

describe('ensure-browsers: the script, with the browsers hidden', () => {
  it('stops with a clear report and exit code 1 when the variables point nowhere and PATH has no browser', () => {
    const root = resolve(__dirname, '../..');
    const tsx = join(root, 'node_modules/tsx/dist/cli.mjs');
    const res = spawnSync(process.execPath, [tsx, join(root, 'scripts/ensure-browsers.ts'), 'chromium', 'firefox'], {
      env: { PATH: dirname(process.execPath), HOME: process.env.HOME ?? '/tmp', INKWELL_CHROMIUM: '/nowhere/chromium', INKWELL_FIREFOX: '/nowhere/firefox-esr' },
      encoding: 'utf8',
    });
    expect(res.status).toBe(1);
    expect(res.stderr).toContain('INKWELL_CHROMIUM is set to /nowhere/chromium');
    expect(res.stderr).toContain('INKWELL_FIREFOX is set to /nowhere/firefox-esr');
    expect(res.stdout).not.toContain('installing');
  }, 30_000);
});
