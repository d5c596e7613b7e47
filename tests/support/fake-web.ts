/**
 * A fake web for stitching tests: the fixture pages (tests/fixtures/pages.json and the stitch-story
 * pages, query strings ignored), synthetic pages generated in the test, per-URL faults (404, 500, timeout, hang,
 * network, redirect loop, login page, locked page, adult gate, not a story, deleted entry, a
 * throwing fetcher), latency per URL, and a recorder of what was fetched and how many at once.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { FIXTURES, type FixtureCase } from '../../harness/fixture-cases';
import { loadSavedPages, pagesJsonFiles, pagesJsonRedirects, type SavedPages, savedPages } from '../../harness/saved-pages';
import { judgeStitch } from '../../harness/stitch-truth';
import { entryNavOf } from '../../utils/fetch-url';
import { type FetchResult, type PageFetcher, type PageParser, stitchStory } from '../../utils/stitch';
import { canonicalEntryKey, entryAddress, journalSiteOfUrl } from '../../utils/url';
import { STORY_PAGES_JSON } from './stitch-stories';

export type Fault = 'http404' | 'http500' | 'timeout' | 'hang' | 'network' | 'throw' | 'redirect-loop' | 'login' | 'locked' | 'adult-gate' | 'not-story' | 'deleted';

export const ALL_FAULTS: Fault[] = ['http404', 'http500', 'timeout', 'hang', 'network', 'throw', 'redirect-loop', 'login', 'locked', 'adult-gate', 'not-story', 'deleted'];

/** The reason each fault must end up as. */
export const FAULT_REASON: Record<Fault, string> = {
  http404: 'not-found',
  http500: 'server-error',
  timeout: 'timeout',
  hang: 'timeout',
  network: 'network',
  throw: 'network',
  'redirect-loop': 'redirect-loop',
  login: 'login',
  locked: 'locked',
  'adult-gate': 'adult-gate',
  'not-story': 'not-story',
  deleted: 'not-found',
};

const STITCH = join(FIXTURES, 'stitch');
const stitchPage = (f: string) => readFileSync(join(STITCH, f), 'utf8');
const fixturePage = (f: string) => readFileSync(join(FIXTURES, f), 'utf8');

/**
 * As the reader parses a fetched page (utils/parse-page.ts: DOMParser, an inert document that knows nothing of its URL;
 * extraction is given the URL), in one window for every page: a window per page (new JSDOM) kept every page's window
 * alive, and the stitch suites ran out of memory.
 */
const parserWindow = new JSDOM('').window;
export const parse: PageParser = (html) => new parserWindow.DOMParser().parseFromString(html, 'text/html') as unknown as Document;

/**
 * A fixture case's story stitched from its page over the saved pages (tests/fixtures/pages.json and redirects.json): the
 * state, the truth's judgement of it (harness/stitch-truth.ts), and every URL asked for, in order.
 */
export async function stitchFixtureCase(c: FixtureCase) {
  const log: string[] = [];
  const saved = loadSavedPages(join(FIXTURES, 'pages.json'));
  const fetchPage: PageFetcher = (url, signal) => (log.push(url), saved.fetchPage(url, signal));
  const state = await stitchStory({ url: c.url }, { fetchPage, parse });
  return { state, verdict: judgeStitch(c.stitched!, state), log };
}

export interface FetchRecord {
  url: string;
  key: string;
  start: number;
  end: number | null;
}

export class FakeWeb {
  /** The fixture cases' pages and the stitch-story pages (tests/fixtures/stitch/story-pages.json). */
  readonly saved: SavedPages = savedPages({ ...pagesJsonFiles(join(FIXTURES, 'pages.json')), ...pagesJsonFiles(STORY_PAGES_JSON) }, pagesJsonRedirects(join(FIXTURES, 'pages.json')));
  /** Synthetic pages by exact URL (without fragment). */
  readonly pages = new Map<string, string>();
  /** Faults by canonical entry key. */
  readonly faults = new Map<string, Fault>();
  /** Latency in ms by canonical entry key. */
  readonly latency = new Map<string, number>();
  /** Redirects: canonical key → final URL (whose page is served instead). */
  readonly redirects = new Map<string, string>();
  defaultLatency = 0;
  readonly log: FetchRecord[] = [];
  inFlight = 0;
  maxInFlight = 0;
  /** Set when the same entry was being fetched twice at once. */
  duplicateInFlight: string[] = [];
  private readonly inFlightKeys = new Set<string>();
  private readonly t0 = Date.now();

  add(url: string, html: string): void {
    this.pages.set(url, html);
  }

  fault(url: string, f: Fault | null): void {
    if (f) this.faults.set(canonicalEntryKey(url), f);
    else this.faults.delete(canonicalEntryKey(url));
  }

  now(): number {
    return Date.now() - this.t0;
  }

  fetched(): string[] {
    return this.log.map((r) => r.url);
  }

  fetchedKeys(): string[] {
    return this.log.map((r) => r.key);
  }

  htmlFor(url: string): string | null {
    const noHash = url.split('#')[0];
    if (this.pages.has(noHash)) return this.pages.get(noHash)!;
    if (this.pages.has(noHash.split('?')[0])) return this.pages.get(noHash.split('?')[0])!;
    const key = entryAddress(url)?.itemId != null ? canonicalEntryKey(url) : null;
    if (key) for (const [u, h] of this.pages) if (entryAddress(u)?.itemId != null && canonicalEntryKey(u) === key) return h;
    return this.saved.html(url);
  }

  readonly fetchPage: PageFetcher = async (url, signal) => {
    // A journal's entry navigation (`go?journal=…&itemid=N&dir=next`) is a page of its own, not entry N.
    const key = entryNavOf(url) ? url : canonicalEntryKey(url);
    const rec: FetchRecord = { url, key, start: this.now(), end: null };
    this.log.push(rec);
    if (this.inFlightKeys.has(key)) this.duplicateInFlight.push(url);
    this.inFlightKeys.add(key);
    this.inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.inFlight);
    try {
      const fault = this.faults.get(key);
      if (fault === 'hang') {
        await new Promise<void>((_, reject) => {
          if (signal?.aborted) reject(new Error('aborted'));
          signal?.addEventListener('abort', () => reject(Object.assign(new Error('The operation was aborted.'), { name: 'AbortError' })));
        });
      }
      const ms = this.latency.get(key) ?? this.defaultLatency;
      if (ms > 0) await new Promise((r) => setTimeout(r, ms));
      return this.answer(url, key, fault);
    } finally {
      rec.end = this.now();
      this.inFlight--;
      this.inFlightKeys.delete(key);
    }
  };

  private answer(url: string, key: string, fault: Fault | undefined): FetchResult {
    const site = journalSiteOfUrl(url);
    switch (fault) {
      case 'http404':
        return { ok: false, url, reason: 'not-found', status: 404, message: 'The site answered 404.' };
      case 'http500':
        return { ok: false, url, reason: 'server-error', status: 500, message: 'The site answered 500.' };
      case 'timeout':
        return { ok: false, url, reason: 'timeout', message: 'No answer within 20 s.' };
      case 'network':
        return { ok: false, url, reason: 'network', message: 'Failed to fetch.' };
      case 'throw':
        throw new TypeError('NetworkError when attempting to fetch resource.');
      case 'redirect-loop':
        return { ok: false, url, reason: 'redirect-loop', message: 'The site kept redirecting.' };
      case 'login':
        return site === 'dreamwidth'
          ? { ok: true, url: `https://www.dreamwidth.org/protected?returnto=${encodeURIComponent(url)}`, status: 200, html: stitchPage('dw-protected-loggedout.html') }
          : { ok: true, url: `https://www.livejournal.com/login.bml?returnto=${encodeURIComponent(url)}`, status: 200, html: stitchPage('lj-login.html') };
      case 'locked':
        return site === 'dreamwidth'
          ? { ok: true, url: `https://www.dreamwidth.org/protected?returnto=${encodeURIComponent(url)}`, status: 200, html: stitchPage('dw-protected-noaccess.html') }
          : { ok: true, url, status: 200, html: stitchPage('lj-protected-noaccess.html') };
      case 'adult-gate':
        return site === 'dreamwidth'
          ? { ok: true, url, status: 200, html: fixturePage('pages/dw/nightshade_ink-1887-interstitial.html') }
          : { ok: true, url: `https://www.livejournal.com/misc/adult_content.bml?ret=${encodeURIComponent(url)}`, status: 200, html: stitchPage('lj-adult-gate.html') };
      case 'not-story':
        return { ok: true, url, status: 200, html: fixturePage('pages/lj/oldmapsandtea-15302.html') };
      case 'deleted':
        return site === 'dreamwidth' ? { ok: true, url, status: 200, html: stitchPage('dw-noentry.html') } : { ok: true, url, status: 200, html: stitchPage('lj-entry-deleted.html') };
      default: {
        // A redirect the test set for the entry, else one the fixtures' redirects.json holds (a journal's entry navigation).
        const finalUrl = this.redirects.get(key) ?? this.saved.finalUrl(url);
        const html = this.htmlFor(finalUrl);
        if (html === null) return { ok: false, url, reason: 'not-found', status: 404, message: 'The site answered 404.' };
        return { ok: true, url: finalUrl, status: 200, html };
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Synthetic pages: Dreamwidth core2 entry markup, which extraction reads on any journal host.

const PROSE = [
  'The lighthouse keeper counted the ships again, though the harbour had been empty since the storm. She wrote the numbers in the margin of the log, one column for each tide, and underlined the last one twice.',
  'Nobody came up the hill that evening, and the lamp burned steadily until the oil ran low at dawn. When the boy from the village finally arrived with the cart, he found her asleep at the desk with the pen still in her hand.',
  '"You could have rung the bell," he said, unloading the barrels one by one. She shook her head. The bell was for ships, not for lonely keepers, and there had been no ship for nine days. He stayed for tea anyway, and neither of them mentioned the empty harbour again.',
  'In the morning the fog lifted all at once, the way a curtain does at the theatre, and there on the grey water was a single sail, small and patched and coming in slowly on the tide. She reached for the log before she reached for her coat.',
];

export interface SynthPart {
  url: string;
  journal?: string;
  title: string;
  /** Subject line; default "Fic: TITLE, Part K/N" (or "Fic: TITLE" without a part). */
  subject?: string;
  part?: { index: number; total: number | null } | null;
  /** Navigation links under the prose, written as given: [label, href]. */
  nav?: [string, string][];
  /** Header lines with links, e.g. "Part: 2/3 (<a href=…>masterpost</a>)". */
  headerHtml?: string;
  /** Extra journal chrome links (Previous/Next Entry) outside the post. */
  chrome?: [string, string][];
  prose?: string[];
}

export function synthPost(p: SynthPart): string {
  const journal = p.journal ?? entryAddress(p.url)?.journal ?? 'synth_writer';
  const host = journal.replace(/_/g, '-');
  const id = entryAddress(p.url)?.itemId ?? 1;
  const part = p.part === undefined ? null : p.part;
  const subject = p.subject ?? (part ? `Fic: ${p.title}, Part ${part.index}/${part.total ?? '?'}` : `Fic: ${p.title}`);
  const nav = p.nav?.length ? `<p style="text-align: center">${p.nav.map(([l, h]) => `<a href="${h}">${l}</a>`).join(' | ')}</p>` : '';
  const chrome = (p.chrome ?? []).map(([l, h]) => `<li><a href="${h}">${l}</a></li>`).join('');
  const prose = (p.prose ?? PROSE).map((t) => `<p>${t}</p>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${journal}: ${subject}</title></head>
<body class="page-entry">
<div id="canvas"><div class="inner"><div id="header"><h1 id="title"><a href="https://${host}.dreamwidth.org/">${journal}</a></h1></div>
<div id="content"><div class="inner"><div id="primary"><div class="inner">
<ul class="entry-management-links">${chrome}</ul>
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-${journal} poster-${journal} has-userpic" id="entry-wrapper-${id}">
<div class="separator separator-before"><div class="inner"></div></div>
<div class="entry" id="entry-${id}"><div class="inner">
<div class="header"><h3 class="entry-title"><a href="${p.url}">${subject}</a></h3><span class="datetime">2019-03-04 10:00 pm (UTC)</span></div>
<div><div class="contents"><div class="inner"><div class="entry-content">
<strong>Title:</strong> ${p.title}<br />
<strong>Fandom:</strong> Original Work<br />
<strong>Rating:</strong> General Audiences<br />
<strong>Word count:</strong> 900<br />
${p.headerHtml ? `${p.headerHtml}<br />` : ''}<strong>Summary:</strong> A keeper, a lamp, the sea.<br />
<br />
${prose}
${nav}
</div></div></div></div>
<div class="footer"><div class="inner"><ul class="entry-interaction-links text-links"><li class="entry-readlink first-item"><a href="${p.url}?view=comments#comments">3 comments</a></li></ul></div></div>
</div></div>
<div class="separator separator-after"><div class="inner"></div></div>
</div>
</div></div></div></div></div></div></body></html>`;
}

export function synthMasterpost(p: { url: string; title: string; links: [string, string][]; journal?: string; after?: string }): string {
  const journal = p.journal ?? entryAddress(p.url)?.journal ?? 'synth_writer';
  const id = entryAddress(p.url)?.itemId ?? 1;
  const list = p.links.map(([l, h]) => `<li><a href="${h}">${l}</a></li>`).join('\n');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${journal}: Fic: ${p.title} (masterpost)</title></head>
<body class="page-entry">
<div id="canvas"><div class="inner"><div id="content"><div class="inner"><div id="primary"><div class="inner">
<div class="entry-wrapper entry-wrapper-odd security-public restrictions-none journal-${journal} poster-${journal}" id="entry-wrapper-${id}">
<div class="entry" id="entry-${id}"><div class="inner">
<div class="header"><h3 class="entry-title"><a href="${p.url}">Fic: ${p.title} (masterpost)</a></h3></div>
<div><div class="contents"><div class="inner"><div class="entry-content">
<strong>Title:</strong> ${p.title}<br />
<strong>Fandom:</strong> Original Work<br />
<strong>Rating:</strong> General Audiences<br />
<strong>Summary:</strong> A keeper, a lamp, the sea.<br />
<ul>
${list}
</ul>
${p.after ?? ''}
</div></div></div></div>
</div></div>
</div>
</div></div></div></div></div></div></body></html>`;
}
