// Finding one's way in the reader, in Firefox ESR (puppeteer-core over WebDriver BiDi) with the built MV2 extension
// (issue 17, items 3, 4, 8, 9, 10): the font and theme radio groups by mouse and by arrow keys (reader and Settings
// page), the end-of-part controls, Back (BiDi traverseHistory) closing the reader, the focus kept in the dialog after
// Retry, the page behind made inert; then a phone: 390×844 at a pixel ratio of 3 (BiDi setViewport), the viewport meta
// honoured and a coarse pointer (prefs, as Firefox's responsive design mode does), taps as touch pointer actions. Two
// browser launches, one after the other: the phone's prefs are the browser's.

import type { KeyInput, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { THEMES } from '../../components/reader/styles';
import { clickInReader, clickReadButton, inReader, pollFor, proseCount, readerScrollTop, waitForReader } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { ExtraPage, FixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';
import { story } from './support/net-stories';
import {
  checkOptionsRadios,
  checkReaderRadios,
  controlBoxes,
  FIREFOX_PHONE_PREFS,
  firefoxBack,
  firefoxPhoneViewport,
  inertScan,
  optionsRadioScan,
  partAtTop,
  partEnds,
  pointInReader,
  readButtonHitBox,
  readerFocus,
  rgb,
  storedSettingsScan,
  viewportScan,
  wipStory,
} from './support/reader-nav';

const STORY = 'https://copperkettle.dreamwidth.org/23817.html';
const OLD = 'http://kobol-lights.livejournal.com/14211.html'; // S2 Generator, no viewport

const pages: Record<string, ExtraPage> = {};
const wip = wipStory(pages, 'ff-tide-ledger');
const retrying = story(pages, 'ff-focus-retry');
const backing = story(pages, 'ff-back-closes');

let server: FixtureServer;
beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: FIXTURE_PAGES_JSON, extraPages: pages });
});
afterAll(async () => {
  await server?.close();
});

const readerOpen = (page: Page) => inReader(page, (root) => !!root?.querySelector('[role="dialog"]'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('Firefox, desktop', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox({ server });
  });
  afterAll(async () => {
    await firefox?.close();
  });

  async function openReaderOn(url: string, parts = 1) {
    await firefox.openJournal(url);
    await clickReadButton(firefox.page);
    await waitForReader(firefox.page);
    expect(
      await pollFor(
        () => proseCount(firefox.page),
        (n) => n >= parts,
      ),
    ).toBeGreaterThanOrEqual(parts);
  }

  it('picks every font and theme in turn by mouse, then by arrow keys, one checked at a time and applied', async () => {
    const page = firefox.page;
    await openReaderOn(STORY);
    await clickInReader(page, '.ink-bar button', { text: /^Aa$/ });
    // 'System' follows the colour scheme (puppeteer cannot emulate it over BiDi: the browser's own).
    const system = (await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches)) ? 'dark' : 'light';
    await checkReaderRadios(
      page,
      (key) => page.keyboard.press(key as KeyInput),
      (legend, value, s) => {
        expect(s.checked, `${legend}: ${value}`).toEqual([value]);
        expect(s.rootClass).toContain(legend === 'Font' ? `font-${value}` : `theme-${value}`);
        if (legend === 'Theme') expect(s.background).toBe(rgb(THEMES[value === 'system' ? system : (value as keyof typeof THEMES)].bg));
      },
      (actual, expected, what) => expect(actual, what).toEqual(expected),
    );
    await page.keyboard.press('Escape'); // the settings panel
    await page.keyboard.press('Escape'); // the reader
    await pollFor(
      () => readerOpen(page),
      (o) => !o,
    );
  });

  it('the Settings page’s groups too, each pick stored', async () => {
    const tab = await firefox.openExtensionPage('options.html', 'input[type=radio]');
    try {
      await checkOptionsRadios(
        (legend) => tab.evaluate(optionsRadioScan, legend),
        () => tab.evaluate(storedSettingsScan),
        (v) => tab.click(`input[type=radio][value="${v}"]`),
        () => tab.keyboard.press('ArrowRight'),
        (actual, expected, what) => expect(actual, what).toEqual(expected),
      );
    } finally {
      await tab.close();
    }
  });

  it('offers Next part, Comment on part N, the part not posted yet, Mark finished (kept) and the masterpost', async () => {
    const page = firefox.page;
    await openReaderOn(wip.parts[0], 3);
    const host = new URL(wip.parts[0]).origin;
    let ends = await pollFor(
      () => partEnds(page),
      (e) => e.length === 3 && !!e[2]?.awaited,
    );
    expect(ends.map((e) => e?.label)).toEqual(['End of part 1', 'End of part 2', 'End of part 3']);
    expect(ends.map((e) => e!.buttons.some((b) => b.name === 'Next part'))).toEqual([true, true, false]);
    expect(ends.map((e) => e!.links.find((l) => l.text.startsWith('Comment'))?.href)).toEqual([1, 2, 3].map((n) => `${host}/${100 + n}.html?mode=reply`));
    expect(ends[2]!.awaited).toBe('Part 4 is not posted yet.');
    expect(ends[2]!.links.map((l) => [l.text, l.href])).toContainEqual(['Masterpost', wip.master]);

    await clickInReader(page, '.ink-part-end button', { text: /^Next part$/, within: 'article', withinNth: 0 });
    expect((await partAtTop(page)).heading).toMatch(/^Part 2/);
    expect(await readerFocus(page)).toMatchObject({ inDialog: true, id: 'ink-part-2' });
    const top = await readerScrollTop(page);
    await page.keyboard.press('j');
    expect(await readerScrollTop(page)).toBeGreaterThan(top);

    await clickInReader(page, '.ink-part-end button', { text: /^Mark finished$/ });
    expect(
      await pollFor(
        () => inReader(page, (root) => root!.querySelector('.ink-part-end [role="status"]')?.textContent ?? ''),
        (t) => !!t,
      ),
    ).toBe('Marked finished.');
    await page.keyboard.press('Escape');
    await pollFor(
      () => readerOpen(page),
      (o) => !o,
    );
    await openReaderOn(wip.parts[1], 3);
    // The last part's end offers Mark finished once the stitch is done (its part may be drawn before).
    ends = await pollFor(
      () => partEnds(page),
      (e) => e.length === 3 && !!e[2]?.buttons.length,
    );
    expect(ends[2]!.buttons[0]).toEqual({ name: 'Mark finished', pressed: 'true' });
    await page.keyboard.press('Escape');
  });

  it('Back closes the reader and stays on the page; closed with Escape, the next Back leaves the page', async () => {
    const page = firefox.page;
    await firefox.openJournal(backing.parts[0]);
    await openReaderOn(backing.parts[1]);
    await page.evaluate(() => ((window as unknown as { inkwellTestMark: number }).inkwellTestMark = 17));
    const mark = () => page.evaluate(() => (window as unknown as { inkwellTestMark?: number }).inkwellTestMark ?? null);
    const length = (await page.evaluate(viewportScan)).historyLength;
    await firefoxBack(page);
    expect(
      await pollFor(
        () => readerOpen(page),
        (o) => !o,
      ),
    ).toBe(false);
    expect(page.url()).toBe(backing.parts[1]);
    expect(await mark()).toBe(17);

    await clickReadButton(page);
    await waitForReader(page);
    expect((await page.evaluate(viewportScan)).historyLength).toBe(length);
    await page.keyboard.press('Escape');
    expect(
      await pollFor(
        () => readerOpen(page),
        (o) => !o,
      ),
    ).toBe(false);
    await sleep(300); // our entry taken off (history.back() is asynchronous)
    expect(page.url()).toBe(backing.parts[1]);
    expect(await mark()).toBe(17);
    await firefoxBack(page);
    expect(
      await pollFor(
        async () => page.url(),
        (u) => u === backing.parts[0],
      ),
    ).toBe(backing.parts[0]);
  });

  it('keeps the focus in the dialog after Retry recovers a 404 (then j scrolls and Escape closes); the page behind is inert', async () => {
    const page = firefox.page;
    server.setFault(retrying.parts[0], '404');
    try {
      await firefox.openJournal(retrying.parts[2]);
      await clickReadButton(page);
      await waitForReader(page);
      expect(
        await pollFor(
          () => inReader(page, (root) => root?.querySelector('[role="alert"]')?.textContent ?? ''),
          (t) => /not found/i.test(t),
        ),
      ).toMatch(/not found/i);
      expect(
        await pollFor(
          () => proseCount(page),
          (n) => n === 2,
        ),
      ).toBe(2);
      const inert = await page.evaluate(inertScan);
      expect(inert.bodyChildren).toBeGreaterThan(0);
      expect(inert).toMatchObject({ inertChildren: inert.bodyChildren, hostInert: false });
      server.setFault(retrying.parts[0], null);
      await clickInReader(page, '[role="alert"] button', { text: /^Retry/ });
      expect(
        await pollFor(
          () => proseCount(page),
          (n) => n === 3,
        ),
      ).toBe(3);
      expect(
        await pollFor(
          () => readerFocus(page),
          (f) => f.id === 'ink-part-1',
        ),
      ).toMatchObject({ inDialog: true, id: 'ink-part-1' });
      const top = await readerScrollTop(page);
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      expect(await readerScrollTop(page)).toBeGreaterThan(top);
      await page.keyboard.press('Escape');
      expect(
        await pollFor(
          () => readerOpen(page),
          (o) => !o,
        ),
      ).toBe(false);
      expect((await page.evaluate(inertScan)).inertChildren).toBe(0);
    } finally {
      server.setFault(retrying.parts[0], null);
    }
  });
});

describe('Firefox as a phone (390×844, pixel ratio 3, coarse pointer, touch taps)', () => {
  let firefox: FirefoxSession;
  beforeAll(async () => {
    firefox = await launchFirefox({ server, prefs: FIREFOX_PHONE_PREFS });
    await firefox.openJournal(STORY);
    await firefoxPhoneViewport(firefox.page, 390, 844, 3);
  });
  afterAll(async () => {
    await firefox?.close();
  });

  it('makes the read button’s hit target 44 px tall; a tap at its edge opens the reader', async () => {
    const page = firefox.page;
    await firefox.openJournal(STORY);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const box = (await pollFor(
      () => readButtonHitBox(page),
      (b) => !!b,
    ))!;
    expect(box.button.height).toBeLessThan(30);
    expect(box.hitHeight).toBeGreaterThanOrEqual(44);
    expect(box.hitWidth).toBeGreaterThanOrEqual(44);
    await page.touchscreen.tap(box.button.x + box.button.width / 2, box.button.y - 8);
    await waitForReader(page);
    await firefoxBack(page);
    expect(
      await pollFor(
        () => readerOpen(page),
        (o) => !o,
      ),
    ).toBe(false);
  });

  it('reads an old layout at the set text size, with 44 px targets, the parts menu, large next/previous, and Back', async () => {
    const page = firefox.page;
    await firefox.openJournal(OLD);
    const before = await pollFor(
      () => page.evaluate(viewportScan),
      (v) => v.scale < 0.45,
    );
    // Laid out about 980 px wide (less a scrollbar) and shrunk to fit.
    expect(before.layoutWidth).toBeGreaterThan(900);
    expect(before.scale).toBeLessThan(0.45);
    const box = (await pollFor(
      () => readButtonHitBox(page),
      (b) => !!b,
    ))!;
    await page.touchscreen.tap(box.button.x + box.button.width / 2, box.button.y + box.button.height / 2);
    await waitForReader(page);
    await pollFor(
      () => proseCount(page),
      (n) => n === 3,
    );
    const open = await pollFor(
      () => page.evaluate(viewportScan),
      (v) => v.layoutWidth <= 390,
    );
    expect(open.layoutWidth).toBeLessThanOrEqual(390);
    expect(open.viewportMeta).toEqual(['width=device-width, initial-scale=1']);
    const size = await inReader(page, (root) => parseFloat(getComputedStyle(root!.querySelector('.ink-prose p')!).fontSize));
    expect(size * open.scale).toBeCloseTo(19, 0);

    expect((await controlBoxes(page)).filter((b) => b.height < 44 || b.width < 44)).toEqual([]);
    await page.touchscreen.tap(...xy(await pointInReader(page, '.ink-bar button', /^Parts$/)));
    const menu = (await controlBoxes(page)).filter((b) => b.where === 'menu');
    expect(menu.map((b) => b.name)).toEqual(['Part 1', 'Part 2', 'Part 3']);
    expect(menu.filter((b) => b.height < 44 || b.width < 44)).toEqual([]);
    await page.touchscreen.tap(...xy(await pointInReader(page, '.ink-parts-menu button', /^Part 3$/)));
    expect((await partAtTop(page)).heading).toMatch(/^Part 3/);
    await page.touchscreen.tap(...xy(await pointInReader(page, '.ink-bar button', /^Previous part$/)));
    expect((await partAtTop(page)).heading).toMatch(/^Part 2/);

    await firefoxBack(page);
    expect(
      await pollFor(
        () => readerOpen(page),
        (o) => !o,
      ),
    ).toBe(false);
    expect(page.url()).toBe(OLD);
    const after = await pollFor(
      () => page.evaluate(viewportScan),
      (v) => v.scale < 0.45,
    );
    expect(after.scale).toBeCloseTo(before.scale, 1);
    expect(after.viewportMeta).toEqual([]);
  });
});

const xy = (p: { x: number; y: number }): [number, number] => [p.x, p.y];
