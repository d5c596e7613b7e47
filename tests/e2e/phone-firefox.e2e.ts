// A phone in Firefox: 360×740 at a pixel ratio of 2 (BiDi setViewport), the viewport meta honoured and a finger's
// pointer (coarse, no hover: the prefs Firefox's responsive design mode sets), touches as touch pointer actions
// (ESR 140 has no touch-event override over BiDi). The same checks as phone-chromium.e2e.ts: the reader by taps and
// swipes, nothing wider than the screen, 44 px controls, axe on the reader, the popup and the library.

import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pollFor, proseCount, waitForReader } from '../../harness/closed-shadow';
import { type FirefoxSession, gotoExtensionPage, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { seriousAxeViolations } from './support/axe';
import { fitScan, PHONE, readsByTouch } from './support/phone';
import { FIREFOX_PHONE_PREFS, firefoxPhoneViewport, readButtonHitBox } from './support/reader-nav';

const OLD = 'http://kobol-lights.livejournal.com/14211.html'; // S2 Generator, three parts, no viewport of its own

let server: FixtureServer;
let firefox: FirefoxSession;

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  firefox = await launchFirefox({ server, prefs: FIREFOX_PHONE_PREFS });
  await firefox.openJournal(OLD);
  await firefoxPhoneViewport(firefox.page, PHONE.width, PHONE.height, 2);
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

/** A finger down at `from`, moved to `to` in steps, lifted (a tap when they are the same point). */
async function stroke(page: Page, from: { x: number; y: number }, to = from) {
  const touch = await page.touchscreen.touchStart(from.x, from.y);
  for (let i = 1; i <= 5 && (to.x !== from.x || to.y !== from.y); i++) await touch.move(from.x + ((to.x - from.x) * i) / 5, from.y + ((to.y - from.y) * i) / 5);
  await touch.end();
}

describe('Firefox as a phone (360×740, touch)', () => {
  it('opens the reader by a tap, and turns screens by taps and parts by swipes', async () => {
    const page = firefox.page;
    await firefox.openJournal(OLD);
    const button = (await pollFor(
      () => readButtonHitBox(page),
      (b) => !!b,
    ))!.button;
    await page.touchscreen.tap(button.x + button.width / 2, button.y + button.height / 2);
    await waitForReader(page);
    await pollFor(
      () => proseCount(page),
      (n) => n === 3,
    );
    await page.waitForFunction((w) => document.documentElement.clientWidth <= w, {}, PHONE.width);
    await readsByTouch(page, { stroke: (from, to) => stroke(page, from, to), tap: (x, y) => page.touchscreen.tap(x, y), pans: false });
  });

  for (const [path, ready] of [
    ['popup.html', 'li.sl-row'],
    ['library.html', 'li.sl-row'],
  ] as const) {
    it(`fits ${path} to the screen: no sideways scroll, 44 px targets, no serious axe violation`, async () => {
      // In the phone-sized tab (a new tab would be a desktop one until its own setViewport).
      const tab = firefox.page;
      await gotoExtensionPage(tab, firefox.baseUrl + path, ready);
      await tab.waitForFunction((w) => innerWidth === w, {}, PHONE.width);
      // The scan again until its targets are a finger's (a few seconds at most), as in phone-chromium: a page still
      // settling is not what a finger meets; a control that stays small still fails here.
      const scan = async () => tab.evaluate(fitScan, await tab.evaluateHandle(() => document));
      const fit = await pollFor(scan, (f) => f.small.length === 0, 5_000);
      expect(fit.finger).toBe(true);
      expect(fit.scrollWidth).toBeLessThanOrEqual(fit.viewportWidth);
      expect(fit.small).toEqual([]);
      expect(await seriousAxeViolations(tab)).toEqual([]);
    });
  }
});
