/**
 * The reader reads the clicked post in its frame, from a copy of the page made at the click (entrypoints/reader.content,
 * utils/reader-page-copy.ts): the journal page's main thread runs no extraction at all, and a page whose own script
 * changes it all the time still opens its post as it was at the click. In each browser, with the real mouse (the
 * pointer rests on the button first, then the page changes, once or from then on).
 */
import { expect, it } from 'vitest';
import { articleTexts, clickReadButton, type DriverPage, waitForReader } from '../../../harness/closed-shadow';
import type { ExtraPage } from '../../../harness/fixture-server';
import { partPage } from '../../fixtures/hostile/generate';

/**
 * One-part stories no other test opens: [still, churning]. The second's own script, once started, changes the page in
 * every task it gets (a message to itself each time: no timer's clamping), between any two tasks of the reader's, for 3 s.
 */
export function pageCopyStories(extraPages: Record<string, ExtraPage>, tag: string): [string, string] {
  const [still, churning] = ['still', 'churning'].map((kind, k) => {
    const url = `https://copied-${kind}-${tag}.dreamwidth.org/${400 + k}.html`;
    extraPages[url] = {
      body: partPage({
        url,
        title: `The ${kind} mill`,
        index: 1,
        total: 1,
        prose: [`The ${kind} mill turned all night on the river.`, 'By morning the sacks stood in a row by the door.'],
        head:
          kind === 'churning'
            ? `<script>window.startChurn = () => { const end = performance.now() + 3000, ch = new MessageChannel();
ch.port1.onmessage = () => { document.documentElement.dataset.tick = String(performance.now()); if (performance.now() < end) ch.port2.postMessage(0); };
ch.port2.postMessage(0); };</script>`
            : undefined,
      }),
    };
    return url;
  });
  return [still, churning];
}

export interface PageCopyContext {
  page: () => DriverPage;
  openJournal: (url: string) => Promise<unknown>;
}

// (Either driver's page: both evaluate a function (of one argument). It runs in the page.)
const marks = (page: DriverPage, name: string) => (page.evaluate as (fn: (n: string) => number, arg: string) => Promise<number>).call(page, (n) => performance.getEntriesByName(n).length, name);

export function pageCopyTests(browser: string, [still, churning]: [string, string], ctx: PageCopyContext): void {
  it(`${browser}: the page is copied once at the click and read in the reader's frame; a page that changes itself all the time opens its post`, async () => {
    const page = ctx.page();
    for (const [url, kind] of [
      [still, 'still'],
      [churning, 'churning'],
    ] as const) {
      await ctx.openJournal(url);
      await clickReadButton(page, /^Read in Inkwell/, 10_000, {
        restMs: 1500,
        then: () =>
          (page.evaluate as (fn: () => void) => Promise<void>).call(page, () => {
            const churn = (window as { startChurn?: () => void }).startChurn;
            if (churn) churn();
            else document.body.dataset.touched = 'before the click';
          }),
      });
      await waitForReader(page);
      await expect.poll(async () => (await articleTexts(page))[0] ?? '', { timeout: 10_000 }).toContain(`The ${kind} mill turned all night`);
      // One copy, and no reading of the page on its side (the marks of the page side's reading, before the frame read it).
      expect(await marks(page, 'inkwell:page-copied')).toBe(1);
      for (const reading of ['inkwell:page-located', 'inkwell:page-read', 'inkwell:page-read-ahead', 'inkwell:page-read-again']) expect(await marks(page, reading)).toBe(0);
    }
  });
}
