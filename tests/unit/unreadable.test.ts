/**
 * Why a fetched page cannot be read as a part (utils/extract/unreadable.ts classifyPage): the saved
 * login, locked, deleted and gate pages of tests/fixtures/stitch/ (cases.json), and every fixture
 * page (stories and masterposts pass). The page is not changed by it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadPages, pageHtml } from '../../harness/fixture-cases';
import { extractPage } from '../../utils/extract/index';
import { classifyPage, UNREADABLE_MESSAGES, type UnreadableReason } from '../../utils/extract/unreadable';
import { failureMessage } from '../../utils/stitch';
import { parse } from '../support/fake-web';

describe('classifyPage', () => {
  const cases = JSON.parse(readFileSync(join(FIXTURES, 'stitch/cases.json'), 'utf8')) as { file: string; url: string; reason: UnreadableReason }[];
  for (const c of cases) {
    it(`${c.file} → ${c.reason}`, () => {
      const doc = parse(readFileSync(join(FIXTURES, 'stitch', c.file), 'utf8'), c.url);
      const before = doc.documentElement.outerHTML;
      expect(classifyPage(doc, c.url, extractPage(doc, c.url))).toBe(c.reason);
      expect(doc.documentElement.outerHTML).toBe(before);
    });
  }

  it('every fixture page: stories and masterposts pass, gates are adult-gate, login pages login, the rest not-story', () => {
    const pages = loadPages();
    const seen = new Set<string>();
    for (const [url, file] of Object.entries(pages)) {
      if (seen.has(file)) continue;
      seen.add(file);
      const doc = parse(pageHtml(pages, url), url);
      const ex = extractPage(doc, url);
      // (An interstitial is an adult-content notice, or a locked entry's login page: its file says which. A page that
      // says the entry or its journal is gone, deleted or purged, is named `-gone.html`; a login wall that is no
      // interstitial, LiveJournal's front page where it sends a reader not logged in, `-login.html`.)
      const login = /-login\.html$/.test(file);
      const other = login ? 'login' : /-gone\.html$/.test(file) ? 'not-found' : 'not-story';
      const want = ex.kind === 'story' || ex.kind === 'masterpost' ? null : ex.kind === 'interstitial' ? (login ? 'login' : 'adult-gate') : other;
      expect(classifyPage(doc, url, ex), `${url} (${ex.kind})`).toBe(want);
    }
    // Parses every fixture page: the time grows with the fixture set.
  }, 120_000);
});

describe("LiveJournal's login redirect", () => {
  // LJ::S2's entry view and LJ::Talk send a reader who is not logged in from a protected entry to
  // `$LJ::SITEROOT/?returnto=<entry>&errmsg=notloggedin`: the front page, which says nothing of the entry.
  const front = 'https://www.livejournal.com/?returnto=http%3A%2F%2Fsaltlantern.livejournal.com%2F31244.html&errmsg=notloggedin';
  const html = () => pageHtml(loadPages(), front);
  it('the front page at that address is a login wall', () => {
    const doc = parse(html(), front);
    expect(classifyPage(doc, front, extractPage(doc, front))).toBe('login');
  });
  it('the same page at the bare front page address is none (no story, no login asked)', () => {
    const bare = 'https://www.livejournal.com/';
    const doc = parse(html(), bare);
    expect(classifyPage(doc, bare, extractPage(doc, bare))).toBe('not-story');
  });
  it('through a Wayback copy too', () => {
    const copy = `https://web.archive.org/web/20120101000000/${front}`;
    const doc = parse(html(), copy);
    expect(classifyPage(doc, copy, extractPage(doc, copy))).toBe('login');
  });
});

describe('the messages', () => {
  it('each reason has its message, and the stitcher tells the reader the same', () => {
    for (const [reason, message] of Object.entries(UNREADABLE_MESSAGES) as [UnreadableReason, string][]) {
      expect(message).toMatch(/\.$/);
      expect(failureMessage(reason)).toBe(message);
    }
  });
});
