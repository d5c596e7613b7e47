/**
 * The reader's frame made while the pointer rests on Read (ReaderApi `warm`, entrypoints/reader.content/): out of sight
 * inside the button's closed root, moved into the overlay at the click with its page as loaded. Driven by the real mouse
 * in each browser: the click shows that same frame (no second frame page is loaded), nothing of the reader's is in the
 * page's light DOM before the click, and the page's scripts get no hold on the frame (it is in no `window.frames`, and says
 * nothing to its parent before its ticket) to navigate it elsewhere.
 */
import { expect, it } from 'vitest';
import { type DriverPage, mouseClick, pollFor, proseCount, readButtonAt, waitForReader } from '../../../harness/closed-shadow';
import type { ExtraPage } from '../../../harness/fixture-server';
import { twoPartStories } from './two-part-stories';

/** Two-part stories no other test opens (rested on, steered at): [part 1, part 2] each, the parts linking each other. */
export function warmFrameStories(extraPages: Record<string, ExtraPage>, tag: string): [string, string][] {
  return twoPartStories(extraPages, {
    name: 'warm',
    tag,
    kinds: ['rested', 'steered'],
    firstId: 400,
    title: (kind) => `The ${kind} window`,
    prose: (kind, i) => [`The lamp in the ${kind} window was lit ${i === 1 ? 'early' : 'late'} that night.`, `Part ${i} of the window: someone was waiting up.`],
  });
}

export interface WarmFrameContext {
  page: () => DriverPage;
  openJournal: (url: string) => Promise<unknown>;
}

interface AnyFrame {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
}
/**
 * The page's frames showing the extension's reader page (either driver), each asked itself: puppeteer's BiDi frames can
 * keep saying about:blank for an extension frame.
 */
async function readerPageFrames(page: DriverPage): Promise<AnyFrame[]> {
  const main = page.mainFrame() as unknown as AnyFrame;
  const out: AnyFrame[] = [];
  for (const f of page.frames() as unknown as AnyFrame[]) {
    if (f === main) continue;
    const at = await f.evaluate(`location.protocol + '//' + location.pathname`).catch(() => '');
    if (/^(?:chrome|moz)-extension:\/\/\/reader-frame\.html$/.test(String(at))) out.push(f);
  }
  return out;
}
// (Either driver's page: both evaluate a function without arguments. It runs in the page: the host's name written out.)
const inPage = <T>(page: DriverPage, fn: () => T) => (page.evaluate as (fn: () => T) => Promise<T>).call(page, fn);
const readerHosts = (page: DriverPage) => inPage(page, () => document.querySelectorAll('inkwell-reader').length);

export function warmFrameTests(browser: string, stories: [string, string][], ctx: WarmFrameContext): void {
  const [[, restedSecond], [, steeredSecond]] = stories;

  it(`${browser}: with the pointer resting on Read the reader's frame is made out of sight, and the click shows that same frame`, async () => {
    const page = ctx.page();
    await ctx.openJournal(restedSecond);
    const at = await readButtonAt(page);
    await page.mouse.move(at.x, at.y);
    const warm = await pollFor(
      () => readerPageFrames(page),
      (fs) => fs.length === 1,
    );
    expect(warm.length).toBe(1);
    // Nothing of the reader's in the page's own DOM yet (what the page's CSS could match): the frame is in the button's root.
    expect(await readerHosts(page)).toBe(0);
    await mouseClick(page, at);
    await waitForReader(page);
    await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
    const shown = await readerPageFrames(page);
    expect(shown.length).toBe(1);
    expect(shown[0]).toBe(warm[0]);
    expect(await readerHosts(page)).toBe(1);
  });

  it(`${browser}: the page gets no hold on the warm frame to navigate it (not in window.frames, no message from it), and the click shows it still the reader's`, async () => {
    const page = ctx.page();
    await ctx.openJournal(steeredSecond);
    // The page's script, ready before the pointer comes: any frame it can reach, through window.frames or as the source of
    // a message, it sends elsewhere (a parent may navigate its frames).
    await inPage(page, () => {
      const w = window as unknown as { steered: number };
      w.steered = 0;
      const steer = (target: Window) => {
        try {
          target.location.href = `${location.origin}/not-the-reader.html`;
          w.steered++;
        } catch {
          // (Not reachable: nothing steered.)
        }
      };
      addEventListener('message', (e) => {
        if (e.source && e.source !== window) steer(e.source as Window);
      });
      const poll = setInterval(() => {
        for (let i = 0; i < window.length; i++) steer(window[i]);
      }, 5);
      setTimeout(() => clearInterval(poll), 20_000);
    });
    const at = await readButtonAt(page);
    await page.mouse.move(at.x, at.y);
    const [warm] = await pollFor(
      () => readerPageFrames(page),
      (fs) => fs.length === 1,
    );
    expect(warm).toBeDefined();
    // The warm frame's script has run (what it would say to its parent, it has said), and a moment for it to arrive.
    await pollFor(
      () => warm.evaluate("performance.getEntriesByName('inkwell:frame-script').length").catch(() => 0),
      (n) => n === 1,
    );
    await new Promise((r) => setTimeout(r, 300));
    expect(await inPage(page, () => [(window as unknown as { steered: number }).steered, window.length])).toEqual([0, 0]);
    await mouseClick(page, at);
    await waitForReader(page);
    await expect.poll(() => proseCount(page), { timeout: 10_000 }).toBe(2);
    const shown = await readerPageFrames(page);
    expect(shown.length).toBe(1);
    expect(shown[0]).toBe(warm);
    const urls = await Promise.all((page.frames() as unknown as AnyFrame[]).map((f) => f.evaluate('location.href').catch(() => f.url())));
    expect(urls.some((u) => String(u).includes('not-the-reader'))).toBe(false);
    expect(await inPage(page, () => (window as unknown as { steered: number }).steered)).toBe(0);
  });
}
