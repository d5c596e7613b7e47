/**
 * A Wayback part the archive never captured, read from the live journal without the reader's cookies
 * (utils/wayback-fallback.ts), and only that: other failures keep the archive's answer, and a live answer that is
 * not the entry asked for is not the part.
 */
import { describe, expect, it } from 'vitest';
import type { FetchResult, PageFetcher } from '../../utils/stitch';
import { isLiveStandIn, liveEntryUrlOf, withLiveFallback } from '../../utils/wayback-fallback';

const ARCHIVED = 'https://web.archive.org/web/20110304101722/http://ferry-tales.livejournal.com/7935.html';
const LIVE = 'https://ferry-tales.livejournal.com/7935.html';
const page = (url: string): FetchResult => ({ ok: true, url, status: 200, html: '<p>part</p>' });
const standIn = (url: string, liveFor: string): FetchResult => ({ ok: true, url, status: 200, html: '<p>part</p>', liveFor });
const fails = (url: string, reason: 'not-found' | 'locked' | 'network' | 'server-error', status?: number): FetchResult => ({ ok: false, url, reason, status });

function fetchers(archive: (url: string) => FetchResult, live: (url: string) => FetchResult) {
  const asked = { archive: [] as string[], live: [] as string[] };
  const fetchPage: PageFetcher = async (url) => (asked.archive.push(url), archive(url));
  const anonymous: PageFetcher = async (url) => (asked.live.push(url), live(url));
  return { fetch: withLiveFallback(fetchPage, anonymous), asked };
}

describe('liveEntryUrlOf', () => {
  it('is the archived entry’s own page over https, in the shape the URL rule builds', () => {
    expect(liveEntryUrlOf(ARCHIVED)).toBe(LIVE);
    expect(liveEntryUrlOf('https://web.archive.org/web/2009id_/http://www.deadjournal.com/users/quoin_and_gable/9034.html')).toBe('https://www.deadjournal.com/users/quoin_and_gable/9034.html');
    expect(liveEntryUrlOf('https://web.archive.org/web/2013/http://community.livejournal.com/ferry_comm/88.html?format=light')).toBe(
      'https://community.livejournal.com/ferry_comm/88.html?format=light',
    );
  });
  it('is null for a live URL, an archived page that is no entry, and a non-journal page', () => {
    expect(liveEntryUrlOf(LIVE)).toBeNull();
    expect(liveEntryUrlOf('https://web.archive.org/web/2011/http://ferry-tales.livejournal.com/')).toBeNull();
    expect(liveEntryUrlOf('https://web.archive.org/web/2011/http://ferry-tales.livejournal.com/tag/fic')).toBeNull();
    expect(liveEntryUrlOf('https://web.archive.org/web/2011/https://archiveofourown.org/works/12')).toBeNull();
  });
});

describe('withLiveFallback', () => {
  it('the archive’s 404 for an entry: the live entry is asked, and stands for the archived one', async () => {
    const { fetch, asked } = fetchers((u) => fails(u, 'not-found', 404), page);
    const res = await fetch(ARCHIVED);
    expect(asked).toEqual({ archive: [ARCHIVED], live: [LIVE] });
    expect(res).toMatchObject({ ok: true, url: LIVE, liveFor: ARCHIVED });
    expect(isLiveStandIn(ARCHIVED, res)).toBe(true);
  });

  it('a captured page, and every failure but not-found, keep the archive’s answer and ask nothing live', async () => {
    for (const archive of [page, (u: string) => fails(u, 'locked', 403), (u: string) => fails(u, 'network'), (u: string) => fails(u, 'server-error', 503)]) {
      const { fetch, asked } = fetchers(archive, page);
      expect(await fetch(ARCHIVED)).toEqual(archive(ARCHIVED));
      expect(asked.live).toEqual([]);
    }
  });

  it('a live URL that 404s is not looked for anywhere else', async () => {
    const { fetch, asked } = fetchers((u) => fails(u, 'not-found', 404), page);
    expect(await fetch(LIVE)).toMatchObject({ ok: false, reason: 'not-found' });
    expect(asked.live).toEqual([]);
  });

  it('a live answer that is another page (a redirect elsewhere, a failure) leaves the archive’s 404', async () => {
    for (const live of [
      () => page('https://ferry-tales.livejournal.com/8001.html'),
      () => page('https://www.livejournal.com/login.bml?returnto=x'),
      () => page('https://web.archive.org/web/2011/http://ferry-tales.livejournal.com/7935.html'),
      (u: string) => fails(u, 'not-found', 404),
    ]) {
      const { fetch } = fetchers((u) => fails(u, 'not-found', 404), live);
      expect(await fetch(ARCHIVED)).toEqual(fails(ARCHIVED, 'not-found', 404));
    }
  });

  it('isLiveStandIn: only an answer marked for that Wayback URL, live, of its entry', () => {
    expect(isLiveStandIn(ARCHIVED, page(LIVE))).toBe(false);
    expect(isLiveStandIn(ARCHIVED, standIn(LIVE, 'https://web.archive.org/web/2011/http://ferry-tales.livejournal.com/1.html'))).toBe(false);
    expect(isLiveStandIn(ARCHIVED, standIn('https://victim.livejournal.com/7935.html', ARCHIVED))).toBe(false);
    expect(isLiveStandIn(ARCHIVED, standIn(LIVE, ARCHIVED))).toBe(true);
  });
});
