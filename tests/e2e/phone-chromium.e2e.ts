// A phone in Chromium: 360×740 at a pixel ratio of 2, a mobile viewport and touch (the context's isMobile and
// hasTouch). The reader opened by a tap; its text turned by taps on the sides and by swipes from part to part;
// the bar put away while reading and brought back by a tap in the middle; nothing wider than the screen, every
// control 44 px, no serious or critical axe violation in the reader, the popup or the library.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CDPSession, Frame, Page } from 'playwright-core';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { inReader, pollFor, proseCount, readerFrameOf, waitForReader } from './support/closed-shadow';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FIXTURE_PAGES_JSON } from './support/paths';
import { seriousAxeViolations } from './support/axe';
import { PHONE, fitScan, readerFit, readerGestureState } from './support/phone';
import { axeInReader, partAtTop, readButtonHitBox } from './support/reader-nav';

const OLD = 'http://kobol-lights.livejournal.com/14211.html'; // S2 Generator, three parts, no viewport of its own

let server: FixtureServer;
let chrome: ChromiumSession;
let page: Page;
let cdp: CDPSession;

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server, viewport: PHONE, phone: { deviceScaleFactor: 2 } });
  page = await chrome.context.newPage();
  cdp = await chrome.context.newCDPSession(page);
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/**
 * A finger as the pointer media queries see it. The context's hasTouch gives touch events but leaves Chromium's
 * pointer a fine one that hovers; CDP's touch emulation makes it coarse, per target (page, or the reader's frame,
 * an out-of-process frame of the extension), and a load under it does not keep it: set once the page is there.
 */
async function finger(target: Page | Frame) {
  const session = await chrome.context.newCDPSession(target);
  await session.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
}

/** pollFor, failing with what it saw last when `ok` never held. */
async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const v = await pollFor(fn, ok, 5_000);
  if (!ok(v)) throw new Error(`${what}: still ${JSON.stringify(v)}`);
  return v;
}

/** A finger down at `from`, moved to `to` in steps, lifted (a tap when they are the same point). */
async function stroke(from: { x: number; y: number }, to = from) {
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [{ x: from.x, y: from.y }] });
  for (let i = 1; i <= 5 && (to.x !== from.x || to.y !== from.y); i++) {
    const p = { x: from.x + ((to.x - from.x) * i) / 5, y: from.y + ((to.y - from.y) * i) / 5 };
    await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
  }
  await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
}

describe('Chromium as a phone (360×740, touch)', () => {
  it('opens the reader by a tap, and turns screens by taps and parts by swipes', async () => {
    await chrome.openJournal(OLD, { page });
    await finger(page);
    const button = (await pollFor(() => readButtonHitBox(page), (b) => !!b))!.button;
    await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
    await waitForReader(page);
    await pollFor(() => proseCount(page), (n) => n === 3);
    await finger((await readerFrameOf(page)) as Frame);
    await page.waitForFunction((w) => document.documentElement.clientWidth === w, PHONE.width);

    const fit = await readerFit(page);
    expect(fit.finger).toBe(true);
    expect(fit.viewportWidth).toBe(PHONE.width);
    expect(fit.scrollWidth).toBeLessThanOrEqual(fit.viewportWidth);
    expect(fit.small).toEqual([]);
    const pageWidth = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.view);

    const y = PHONE.height / 2;
    const start = await readerGestureState(page);
    expect(start.barHidden).toBe(false);
    // Right side: on a screen (less a little overlap); the bar goes out of the way, the text stays put.
    await stroke({ x: PHONE.width - 30, y });
    const on = await until(() => readerGestureState(page), (s) => s.scrollTop > start.scrollTop, 'a screen on');
    expect(on.barAway).toBe(true);
    await until(() => readerGestureState(page), (s) => s.barHidden, 'the bar away');
    expect(on.scrollTop - start.scrollTop).toBeGreaterThan(on.clientHeight * 0.6);
    // Middle: the bar comes back, the text does not move.
    await stroke({ x: PHONE.width / 2, y });
    const shown = await until(() => readerGestureState(page), (s) => !s.barAway, 'the bar back');
    expect(shown.barHidden).toBe(false);
    // Left side: back a screen.
    await stroke({ x: 30, y });
    await until(() => readerGestureState(page), (s) => s.scrollTop < on.scrollTop - on.clientHeight * 0.5, 'a screen back');

    // Swipe leftwards: the next part (from the story card above the text, part 1); rightwards: the one before.
    const swipe = async (direction: 1 | -1, heading: RegExp) => {
      const [from, to] = direction === 1 ? [PHONE.width - 40, 40] : [40, PHONE.width - 40];
      await stroke({ x: from, y }, { x: to, y: y + 10 });
      const at = await until(() => partAtTop(page), (p) => heading.test(p.heading) && Math.abs(p.offset) < 4, `after a swipe, ${heading}`);
      expect(at.heading).toMatch(heading);
    };
    expect((await partAtTop(page)).offset).toBeGreaterThan(4);
    await swipe(1, /^Part 1/);
    await swipe(1, /^Part 2/);
    await swipe(1, /^Part 3/);
    await swipe(-1, /^Part 2/);
    // A vertical drag scrolls the text, and is no swipe.
    const before = await partAtTop(page);
    const top = (await readerGestureState(page)).scrollTop;
    await stroke({ x: PHONE.width / 2, y: y + 150 }, { x: PHONE.width / 2 + 20, y: y - 150 });
    await until(() => readerGestureState(page), (s) => s.scrollTop > top + 100, 'a drag up scrolls the text');
    expect((await partAtTop(page)).heading).toBe(before.heading);

    // The settings: a sheet at the bottom of the screen, where a thumb reaches, its controls 44 px.
    // The drag up read on: the bar went away; a tap in the middle brings it back.
    if ((await readerGestureState(page)).barAway) await stroke({ x: PHONE.width / 2, y });
    expect((await until(() => readerGestureState(page), (s) => !s.barHidden, 'the bar back for the settings')).barHidden).toBe(false);
    const aa = await inReader(page, (root) => {
      const r = (root!.querySelector('button[aria-label="Reading settings"]') as HTMLElement).getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    });
    await page.touchscreen.tap(aa.x, aa.y);
    const sheet = await pollFor(
      () => inReader(page, (root) => {
        const box = root!.querySelector('.ink-settings') as HTMLElement;
        const size = root!.querySelector('.ink-settings input[type=range]') as HTMLElement | null;
        return box.hidden || !size ? null : { top: box.getBoundingClientRect().top, bottom: box.getBoundingClientRect().bottom, width: box.getBoundingClientRect().width, size: size.getBoundingClientRect().top, height: innerHeight };
      }),
      (s) => !!s,
    );
    expect(sheet!.bottom).toBeCloseTo(sheet!.height, 0);
    expect(sheet!.width).toBe(PHONE.width);
    // The text size is in the screen's lower part.
    expect(sheet!.size).toBeGreaterThan(sheet!.height * 0.3);
    const open = await readerFit(page);
    expect(open.small).toEqual([]);
    expect(open.scrollWidth).toBeLessThanOrEqual(open.viewportWidth);

    expect(await axeInReader(page)).toEqual([]);
  });

  for (const [path, ready] of [
    ['popup.html', 'li.sl-row'],
    ['library.html', 'li.sl-row'],
  ] as const) {
    it(`fits ${path} to the screen: no sideways scroll, 44 px targets, no serious axe violation`, async () => {
      const tab = await chrome.openExtensionPage(path, ready);
      try {
        await finger(tab);
        await tab.waitForFunction((w) => innerWidth === w, PHONE.width);
        const fit = await tab.evaluate(fitScan, await tab.evaluateHandle(() => document));
        expect(fit.finger).toBe(true);
        expect(fit.scrollWidth).toBeLessThanOrEqual(fit.viewportWidth);
        expect(fit.small).toEqual([]);
        expect(await seriousAxeViolations(tab)).toEqual([]);
      } finally {
        await tab.close();
      }
    });
  }
});
