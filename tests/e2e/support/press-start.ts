/**
 * The press on Read starts the story's fetches (components/read-button.ts `onPress`): a hand holds the mouse button down
 * about a tenth of a second before the click, and the parts are on their way meanwhile. Driven by the real mouse (trusted
 * events), in each browser: the part is asked for while the button is still held, and once in all (the click does not
 * fetch it again); a press slid off the button opens nothing, and a click after it still opens the whole story.
 */
import { expect, it } from 'vitest';
import { type DriverPage, mouseClick, proseCount, readButtonAt, waitForReader } from '../../../harness/closed-shadow';
import type { ExtraPage, RequestLogEntry } from '../../../harness/fixture-server';
import { twoPartStories } from './two-part-stories';

/** Two-part stories no other test opens (held, slid, clicked twice): [part 1, part 2] each, the parts linking each other. */
export function pressStartStories(extraPages: Record<string, ExtraPage>, tag: string): [string, string][] {
  return twoPartStories(extraPages, {
    name: 'press',
    tag,
    kinds: ['held', 'slid', 'twice'],
    firstId: 300,
    title: (kind) => `The ${kind} crossing`,
    prose: (kind, i) => [`The bell at the ${kind} crossing rang ${i === 1 ? 'once' : 'twice'} before the carts moved.`, `Part ${i} of the crossing: the drivers waited in the rain.`],
  });
}

export interface PressStartContext {
  page: () => DriverPage;
  openJournal: (url: string) => Promise<unknown>;
  requests: () => RequestLogEntry[];
}

// (Either driver's page: both evaluate a function without arguments. It runs in the page: the host's name written out.)
const readerHosts = (page: DriverPage) => (page.evaluate as (fn: () => number) => Promise<number>).call(page, () => document.querySelectorAll('inkwell-reader').length);
const asked = (ctx: PressStartContext, url: string) => ctx.requests().filter((r) => r.url === url).length;
const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

export function pressStartTests(browser: string, stories: [string, string][], ctx: PressStartContext): void {
  const [[heldFirst, heldSecond], [slidFirst, slidSecond], [, twiceSecond]] = stories;

  it(`${browser}: the press on Read fetches the other part before the click, and the click opens the story with it, fetched once`, async () => {
    const page = ctx.page();
    await ctx.openJournal(heldSecond);
    const at = await readButtonAt(page);
    await page.mouse.move(at.x, at.y);
    expect(asked(ctx, heldFirst)).toBe(0);
    await page.mouse.down();
    try {
      // Still held: the part is asked for, and no reader is open yet.
      await expect.poll(() => asked(ctx, heldFirst), { timeout: 5_000 }).toBe(1);
      expect(await readerHosts(page)).toBe(0);
    } finally {
      await page.mouse.up();
    }
    await waitForReader(page);
    await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
    expect(asked(ctx, heldFirst)).toBe(1);
  });

  it(`${browser}: a press slid off Read opens nothing; a click after it opens the whole story, each part fetched once`, async () => {
    const page = ctx.page();
    await ctx.openJournal(slidSecond);
    const at = await readButtonAt(page);
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.move(at.x + 240, at.y + 160, { steps: 4 });
    await page.mouse.up();
    await pause(800);
    expect(await readerHosts(page)).toBe(0);
    // The press's fetch is kept for the click that follows (as when the click comes at once).
    await mouseClick(page, at);
    await waitForReader(page);
    await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
    expect(asked(ctx, slidFirst)).toBe(1);
  });

  it(`${browser}: a double click on Read opens one reader, with the whole story`, async () => {
    const page = ctx.page();
    await ctx.openJournal(twiceSecond);
    const at = await readButtonAt(page);
    // Two presses and releases at once: one reader, whichever way the two clicks land (before the reader's script is
    // loaded, or while its open runs, or on the overlay once it covers the button); the timing is the machine's.
    await page.mouse.move(at.x, at.y);
    await page.mouse.down();
    await page.mouse.up();
    await page.mouse.down();
    await page.mouse.up();
    await waitForReader(page);
    await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
    await pause(500);
    expect(await readerHosts(page)).toBe(1);
  });
}
