// @vitest-environment jsdom
/**
 * The reader's page side reads the page ahead of a likely click (entrypoints/reader.content/read-ahead.ts): the reading
 * is kept while the page stays as it was, used once, and a reading asked for but not yet run when the reader opens is
 * called off (the opening reads the page itself; the idle reading would have been a second, cold one while it opens).
 */
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createReadAhead } from '../../entrypoints/reader.content/read-ahead';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { pagesJsonFiles } from '../../harness/saved-pages';

const URL_OF_PAGE = 'https://emeraldmeteor.livejournal.com/56789.html';

beforeEach(() => {
  vi.useFakeTimers();
  const html = readFileSync(pagesJsonFiles(FIXTURE_PAGES_JSON)[URL_OF_PAGE], 'utf8');
  document.documentElement.innerHTML = new DOMParser().parseFromString(html, 'text/html').documentElement.innerHTML;
});
afterEach(() => vi.useRealTimers());

// jsdom has no requestIdleCallback: the reading waits 50 ms instead.
const idleTimePasses = () => vi.advanceTimersByTimeAsync(600);

describe('the read-ahead', () => {
  it('reads the page in its idle time, and gives that reading once', async () => {
    const ahead = createReadAhead();
    ahead.prepare(URL_OF_PAGE, () => false);
    await idleTimePasses();
    expect(ahead.take(URL_OF_PAGE)?.extraction.stories.length).toBe(1);
    expect(ahead.take(URL_OF_PAGE)).toBeNull();
  });

  it('gives nothing once the page changed after the reading', async () => {
    const ahead = createReadAhead();
    ahead.prepare(URL_OF_PAGE, () => false);
    await idleTimePasses();
    document.body.append(document.createElement('p'));
    expect(ahead.take(URL_OF_PAGE)).toBeNull();
  });

  it('calls off a reading not yet run when it is taken (the reader opens), or stopped', async () => {
    for (const end of ['take', 'stop'] as const) {
      const ahead = createReadAhead();
      ahead.prepare(URL_OF_PAGE, () => false);
      if (end === 'take') expect(ahead.take(URL_OF_PAGE)).toBeNull();
      else ahead.stop();
      await idleTimePasses();
      // Had it run, its reading would be here now.
      expect(ahead.take(URL_OF_PAGE)).toBeNull();
    }
    // (And a reading asked for again afterwards runs.)
    const again = createReadAhead();
    again.prepare(URL_OF_PAGE, () => false);
    again.take(URL_OF_PAGE);
    again.prepare(URL_OF_PAGE, () => false);
    await idleTimePasses();
    expect(again.take(URL_OF_PAGE)).not.toBeNull();
  });
});
