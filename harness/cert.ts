import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JOURNAL_DOMAINS } from '../utils/sites';

export interface Certificate {
  key: string;
  cert: string;
}

/** Names the fixture certificate covers: every journal domain and its subdomains, the Wayback hosts. */
export function certificateNames(extraHosts: Iterable<string> = []): string[] {
  const names = new Set<string>(['localhost']);
  for (const d of [...JOURNAL_DOMAINS, 'livejournal.net', 'archive.org']) {
    names.add(d);
    names.add(`*.${d}`);
  }
  for (const h of extraHosts) {
    // A wildcard covers one label only: add deeper names (a.b.livejournal.com) explicitly.
    if (![...names].some((n) => n === h || (n.startsWith('*.') && h.endsWith(n.slice(1)) && !h.slice(0, -n.length + 1).includes('.')))) {
      names.add(h);
    }
  }
  return [...names];
}

const cache = new Map<string, Certificate>();

/**
 * A self-signed certificate made now with openssl (never committed). Browsers in the tests are told to
 * accept it (--ignore-certificate-errors, acceptInsecureCerts); Node clients can pass it as `ca`.
 */
export function makeCertificate(extraHosts: Iterable<string> = []): Certificate {
  const names = certificateNames(extraHosts);
  const cacheKey = names.join(',');
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const dir = mkdtempSync(join(tmpdir(), 'inkwell-cert-'));
  try {
    const san = ['IP:127.0.0.1', ...names.map((n) => `DNS:${n}`)].join(',');
    execFileSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=localhost', '-addext', `subjectAltName=${san}`, '-keyout', join(dir, 'key.pem'), '-out', join(dir, 'cert.pem')],
      { stdio: ['ignore', 'ignore', 'pipe'] },
    );
    const made = { key: readFileSync(join(dir, 'key.pem'), 'utf8'), cert: readFileSync(join(dir, 'cert.pem'), 'utf8') };
    cache.set(cacheKey, made);
    return made;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
