/**
 * The reader's page side reads the page in steps, each in a task of its own, when the click comes with no reading ahead
 * (entrypoints/reader.content `readInSteps`): a cold first reading in one go holds the page's main thread 50-100 ms. The
 * steps share one index of the page, so a page whose own script changes it meanwhile is read again, in one go: the
 * reader still shows the post as it is. In each browser, with the real mouse at once on the button (no time to read
 * ahead).
 */
import { expect, it } from 'vitest';
import { articleTexts, type DriverPage, mouseClick, readButtonAt, waitForReader } from '../../../harness/closed-shadow';
import type { ExtraPage } from '../../../harness/fixture-server';
import { partPage } from '../../fixtures/hostile/generate';

/** One-part stories no other test opens: [still, churning], the second's own script changing the page every few ms. */
export function steppedReadStories(extraPages: Record<string, ExtraPage>, tag: string): [string, string] {
  const [still, churning] = ['still', 'churning'].map((kind, k) => {
    const url = `https://stepped-${kind}-${tag}.dreamwidth.org/${400 + k}.html`;
    extraPages[url] = {
      body: partPage({
        url,
        title: `The ${kind} mill`,
        index: 1,
        total: 1,
        prose: [`The ${kind} mill turned all night on the river.`, 'By morning the sacks stood in a row by the door.'],
        // A clock of the page's own: an attribute of the root changed every few milliseconds.
        head: kind === 'churning' ? '<script>setInterval(() => { document.documentElement.dataset.tick = String(performance.now()); }, 1);</script>' : undefined,
      }),
    };
    return url;
  });
  return [still, churning];
}

export interface SteppedReadContext {
  page: () => DriverPage;
  openJournal: (url: string) => Promise<unknown>;
}

// (Either driver's page: both evaluate a function of one argument. It runs in the page.)
const marks = (page: DriverPage, name: string) => (page.evaluate as (fn: (n: string) => number, arg: string) => Promise<number>).call(page, (n) => performance.getEntriesByName(n).length, name);

export function steppedReadTests(browser: string, [still, churning]: [string, string], ctx: SteppedReadContext): void {
  it(`${browser}: a click with no reading ahead reads the page in steps; a page that changes between them is read again in one go`, async () => {
    const page = ctx.page();
    for (const [url, kind, again] of [
      [still, 'still', 0],
      [churning, 'churning', 1],
    ] as const) {
      await ctx.openJournal(url);
      await mouseClick(page, await readButtonAt(page));
      await waitForReader(page);
      await expect.poll(async () => (await articleTexts(page))[0] ?? '', { timeout: 10_000 }).toContain(`The ${kind} mill turned all night`);
      expect(await marks(page, 'inkwell:page-read-ahead')).toBe(0);
      expect(await marks(page, 'inkwell:page-located')).toBe(1);
      expect(await marks(page, 'inkwell:page-read-again')).toBe(again);
    }
  });
}
