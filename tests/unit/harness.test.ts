// The pure parts of the browser harness (harness/): what the certificate covers, how the fixture server maps
// URLs to files, which journal a made-up page belongs to, and how Chromium is pointed at the server.
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { certificateNames } from '../../harness/cert';
import { hostResolverRules, unpackedExtensionId } from '../../harness/chromium';
import { loadPagesMap, pageFinder } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON, FIXTURES, ROOT } from '../../harness/paths';
import { siteOf } from '../../harness/site-pages';
import { JOURNAL_DOMAINS } from '../../utils/sites';

const tmp = mkdtempSync(join(tmpdir(), 'inkwell-harness-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** A pages.json in a temp folder: { url: file }, the files relative to it (not written: the map only names them). */
function pagesJson(name: string, map: Record<string, string>): string {
  const file = join(tmp, `${name}.json`);
  writeFileSync(file, JSON.stringify(map));
  return file;
}

describe('harness/paths.ts', () => {
  it('places the repository root, the fixtures and their pages.json', () => {
    expect(realpathSync(join(ROOT, 'harness/paths.ts'))).toBe(realpathSync(join(import.meta.dirname, '../../harness/paths.ts')));
    expect(FIXTURES).toBe(join(ROOT, 'tests/fixtures'));
    expect(FIXTURE_PAGES_JSON).toBe(join(FIXTURES, 'pages.json'));
  });
});

describe('harness/cert.ts: certificateNames', () => {
  it('covers every journal domain of utils/sites.ts and its subdomains, the Wayback hosts, and localhost', () => {
    const names = certificateNames();
    expect(names).toContain('localhost');
    for (const d of [...JOURNAL_DOMAINS, 'archive.org', 'livejournal.net']) {
      expect(names).toContain(d);
      expect(names).toContain(`*.${d}`);
    }
    expect(names).toHaveLength(1 + 2 * (JOURNAL_DOMAINS.length + 2));
  });

  it('adds a host only where no wildcard covers it (a wildcard covers one label)', () => {
    const base = certificateNames();
    const names = certificateNames(['emeraldmeteor.livejournal.com', 'web.archive.org', 'a.b.livejournal.com', 'dreamwidth.org', 'example.net']);
    expect(names.filter((n) => !base.includes(n)).sort()).toEqual(['a.b.livejournal.com', 'example.net']);
  });
});

describe('harness/fixture-server.ts: URL → file', () => {
  const json = pagesJson('pages', {
    'https://ex-a.livejournal.com/100.html': 'lj/a-100.html',
    'http://ex-a.livejournal.com/100.html?format=light': 'lj/a-100-light.html',
    'https://ex-a.livejournal.com/100.html?thread=5#t5': 'lj/a-100-thread5.html',
    'https://ex-a.livejournal.com/100.html?page=2': 'lj/a-100-p2.html',
    'https://Ex-B.dreamwidth.org/7.html?style=site': 'dw/b-7.html',
  });
  const find = pageFinder(json);
  const at = (url: string) => find(new URL(url))?.slice(tmp.length + 1) ?? null;

  it('matches host and path, whatever the scheme, the case of the host or an unlisted query', () => {
    expect(at('https://ex-a.livejournal.com/100.html')).toBe('lj/a-100.html');
    expect(at('http://EX-A.livejournal.com/100.html?mode=reply')).toBe('lj/a-100.html');
    expect(at('https://ex-b.dreamwidth.org/7.html')).toBe('dw/b-7.html');
  });

  it('answers a query listed with its own file, the query in any order', () => {
    expect(at('https://ex-a.livejournal.com/100.html?format=light')).toBe('lj/a-100-light.html');
    expect(at('https://ex-a.livejournal.com/100.html?thread=5')).toBe('lj/a-100-thread5.html');
    expect(at('https://ex-a.livejournal.com/100.html?page=2')).toBe('lj/a-100-p2.html');
  });

  it('an entry with comment pages listed: a comment page not listed is not there; its ?page=1 is the entry', () => {
    expect(at('https://ex-a.livejournal.com/100.html?thread=6')).toBeNull();
    expect(at('https://ex-a.livejournal.com/100.html?page=3')).toBeNull();
    expect(at('https://ex-a.livejournal.com/100.html?view=flat')).toBeNull();
    expect(at('https://ex-a.livejournal.com/100.html?page=1')).toBe('lj/a-100.html');
  });

  it('a URL listed bare wins over the same host and path listed with a query', () => {
    const map = loadPagesMap(
      pagesJson('order', {
        'https://x.livejournal.com/1.html?format=light': 'light.html',
        'https://x.livejournal.com/1.html': 'bare.html',
        'https://x.livejournal.com/2.html?format=light': 'only-light.html',
      }),
    );
    expect(map.get('x.livejournal.com/1.html')).toBe(join(tmp, 'bare.html'));
    expect(map.get('x.livejournal.com/2.html')).toBe(join(tmp, 'only-light.html'));
  });

  it('anything else is not in the map', () => {
    expect(at('https://ex-a.livejournal.com/101.html')).toBeNull();
    expect(at('https://other.livejournal.com/100.html')).toBeNull();
  });

  it('every URL of the fixtures and of the demo finds a file that is there', () => {
    for (const file of [FIXTURE_PAGES_JSON, join(ROOT, 'demo/pages.json')]) {
      const findIn = pageFinder(file);
      const urls = Object.keys(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
      expect(urls.length).toBeGreaterThan(0);
      for (const url of urls) {
        const found = findIn(new URL(url));
        expect(found && existsSync(found), url).toBe(true);
      }
    }
  });
});

describe('harness/site-pages.ts: siteOf', () => {
  it('names the journal of a URL, of a Wayback copy by the archived URL, LiveJournal when none', () => {
    expect(siteOf(new URL('https://quietmagpie.dreamwidth.org/2987.html'))).toEqual({ family: 'dreamwidth', domain: 'dreamwidth.org' });
    expect(siteOf(new URL('http://community.insanejournal.com/thimble_drabbles/4410.html')).family).toBe('insanejournal');
    expect(siteOf(new URL('https://web.archive.org/web/20090101000000/http://x.dreamwidth.org:80/1.html'))).toEqual({ family: 'dreamwidth', domain: 'dreamwidth.org' });
    expect(siteOf(new URL('https://example.com/'))).toEqual({ family: 'livejournal', domain: 'livejournal.com' });
  });
});

describe('harness/chromium.ts', () => {
  it("sends every host to the server, the browser's own services nowhere, localhost left alone", () => {
    const flag = hostResolverRules({ host: '127.0.0.1', port: 4443 });
    expect(flag.startsWith('--host-resolver-rules=')).toBe(true);
    const rules = flag.slice('--host-resolver-rules='.length).split(', ');
    expect(rules).toContain('MAP accounts.google.com ~NOTFOUND');
    expect(rules.slice(-2)).toEqual(['MAP * 127.0.0.1:4443', 'EXCLUDE localhost']);
    // The services come first: Chromium takes the first rule that matches.
    expect(rules.findIndex((r) => r.startsWith('MAP * '))).toBe(rules.length - 2);
  });

  it("computes an unpacked extension's id as Chromium does: sha256 of its real path, 32 hex digits as a-p", () => {
    const id = unpackedExtensionId(tmp);
    expect(id).toMatch(/^[a-p]{32}$/);
    expect(unpackedExtensionId(join(tmp, '.'))).toBe(id);
    expect(unpackedExtensionId(ROOT)).not.toBe(id);
  });
});
