/** The fixture cases, as the browser suites use them: URL, expected title and number of reader buttons. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadPagesMap, pageFinder } from '../../../harness/fixture-server';
import { FIXTURE_PAGES_JSON, FIXTURES } from '../../../harness/paths';
import { JOURNAL_DOMAINS } from '../../../utils/sites';

export interface BrowserCase {
  id: string;
  url: string;
  kind: 'story' | 'not-story' | 'index' | 'masterpost' | 'interstitial';
  /** The page's <title> as a browser shows it (entities decoded, whitespace collapsed). */
  title: string;
  /** index/story/masterpost: one button per story; not-story/interstitial: none. */
  expectedButtons: number;
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '\u2014',
  ndash: '\u2013',
  hellip: '\u2026',
  lsquo: '\u2018',
  rsquo: '\u2019',
  ldquo: '\u201c',
  rdquo: '\u201d',
  laquo: '\u00ab',
  raquo: '\u00bb',
  middot: '\u00b7',
  bull: '\u2022',
  copy: '\u00a9',
  eacute: '\u00e9',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (m, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10));
    return ENTITIES[e.toLowerCase()] ?? m;
  });
}

/** What document.title gives for this HTML: the first <title>, entities decoded, whitespace collapsed. */
export function titleOf(html: string): string {
  const m = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html);
  // document.title strips and collapses ASCII whitespace only (a no-break space stays).
  return m
    ? decodeEntities(m[1])
        .replace(/[ \t\n\r\f]+/g, ' ')
        .replace(/^ | $/g, '')
    : '';
}

export function loadCases(): BrowserCase[] {
  const dir = join(FIXTURES, 'cases');
  const findPage = pageFinder(FIXTURE_PAGES_JSON);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const c = JSON.parse(readFileSync(join(dir, f), 'utf8'));
      const u = new URL(c.url);
      const file = findPage(u);
      if (!file) throw new Error(`case ${c.id}: ${c.url} is not in pages.json`);
      // Fills in a meme's comments (`"comment": true`) get theirs too, one in each fill's comment header.
      const expectedButtons = c.kind === 'not-story' || c.kind === 'interstitial' ? 0 : (c.stories ?? []).length;
      return { id: c.id, url: c.url, kind: c.kind, title: titleOf(readFileSync(file, 'utf8')), expectedButtons };
    });
}

/**
 * Hosts a browser may talk to while showing the fixture pages: the pages' own hosts, the journals' and
 * the Wayback Machine's hosts (static/CDN hosts included), and whatever the saved pages themselves embed
 * (script/link/img/iframe sources). Anything else in the request log is traffic the extension (or the
 * harness) should not cause.
 */
export function allowedHosts(pageHosts: Iterable<string>): (host: string) => boolean {
  const exact = new Set<string>([...pageHosts].map((h) => h.toLowerCase()));
  const pages = loadPagesMap(FIXTURE_PAGES_JSON);
  const embed = /<(?:script|link|img|iframe|source|embed|video|audio)\b[^>]*?\s(?:src|href)\s*=\s*["']?((?:https?:)?\/\/[^/"'\s>]+)/gi;
  for (const file of new Set(pages.values())) {
    const html = readFileSync(file, 'utf8');
    for (const m of html.matchAll(embed))
      exact.add(
        m[1]
          .replace(/^(https?:)?\/\//i, '')
          .replace(/:\d+$/, '')
          .toLowerCase(),
      );
  }
  const families = [...JOURNAL_DOMAINS, 'livejournal.net', 'archive.org'];
  return (host) => {
    const h = host.toLowerCase();
    return exact.has(h) || families.some((d) => h === d || h.endsWith(`.${d}`));
  };
}
