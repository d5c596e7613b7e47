/**
 * The reader's page side reads the page in steps, each in a task of its own, when the click comes with no reading ahead
 * to use (entrypoints/reader.content `readInSteps`): a cold first reading in one go holds the page's main thread
 * 50-100 ms. The steps share one index of the page, so a page whose own script changes it meanwhile is read again, in
 * one go: the reader still shows the post as it is. In each browser, with the real mouse. (The pointer rests on the
 * button first, and the page changes before the click: whatever was read ahead is stale, whatever the machine's speed.)
 */
import { expect, it } from 'vitest';
import { articleTexts, clickReadButton, type DriverPage, waitForReader } from '../../../harness/closed-shadow';
import type { ExtraPage } from '../../../harness/fixture-server';
import { partPage } from '../../fixtures/hostile/generate';

/**
 * One-part stories no other test opens: [still, churning]. The second's own script, once started, changes the page in
 * every task it gets (a message to itself each time: no timer's clamping), between any two tasks of the reader's, for 3 s.
 */
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

export interface SteppedReadContext {
  page: () => DriverPage;
  openJournal: (url: string) => Promise<unknown>;
}

// (Either driver's page: both evaluate a function (of one argument). It runs in the page.)
const marks = (page: DriverPage, name: string) => (page.evaluate as (fn: (n: string) => number, arg: string) => Promise<number>).call(page, (n) => performance.getEntriesByName(n).length, name);

export function steppedReadTests(browser: string, [still, churning]: [string, string], ctx: SteppedReadContext): void {
  it(`${browser}: a click with no reading ahead reads the page in steps; a page that changes between them is read again in one go`, async () => {
    const page = ctx.page();
    for (const [url, kind, again] of [
      [still, 'still', 0],
      [churning, 'churning', 1],
    ] as const) {
      await ctx.openJournal(url);
      // Resting on the button: read ahead, if the machine is quick. Then the page changes (once; or, churning, from then
      // on), so that reading is stale at the click, and the click reads the page itself.
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
      expect(await marks(page, 'inkwell:page-read-ahead')).toBe(0);
      expect(await marks(page, 'inkwell:page-located')).toBe(1);
      expect(await marks(page, 'inkwell:page-read-again')).toBe(again);
    }
  });
}
