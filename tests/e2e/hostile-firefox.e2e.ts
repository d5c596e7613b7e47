// Hostile pages in Firefox ESR with the built MV2 extension: the same vectors and page CSS as hostile-chromium.e2e.ts
// (tests/fixtures/hostile). No payload runs (no __pwned, no PWNED title, no dialog, no request to pwned.livejournal.com,
// no navigation), the story text is there, the overlay is visible and on top and the button visible and clickable.

import type { Frame, Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clickReadButton as clickRead, inReader, inShadow, pollFor, proseCount, READ_BUTTON_HOST } from '../../harness/closed-shadow';
import { type FirefoxSession, launchFirefox, startFirefoxFixtureServer } from '../../harness/firefox';
import type { FixtureServer } from '../../harness/fixture-server';
import { HOSTILE_LIVE, HOSTILE_MASTERPOST, hostilePartsPlan, hostileVectorsByPage, markerAfter, markerBefore, PWNED_HOST, type Vector } from '../fixtures/hostile/generate';
import { buttonsVisible, HOSTILE_PAGES_JSON, poke, readerOnTop, scanProse } from './support/hostile';

let server: FixtureServer;
let firefox: FirefoxSession;
const TOTAL = hostilePartsPlan().length;

beforeAll(async () => {
  server = await startFirefoxFixtureServer({ pagesJson: HOSTILE_PAGES_JSON });
  firefox = await launchFirefox({ server });
  // Remote images are off until the reader chooses: choose them, so every <img> vector is inserted and loads.
  const options = await firefox.openExtensionPage('options.html', '.ink-question');
  await options.evaluate(() =>
    Array.from(document.querySelectorAll('button'))
      .find((b) => b.textContent === 'Show pictures')!
      .click(),
  );
  expect(
    await pollFor(
      () => options.$eval('.opt-status', (el) => el.textContent),
      (t) => t === 'Saved.',
    ),
  ).toBe('Saved.');
  await options.close();
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const poll = <T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 20_000): Promise<T> => pollFor(fn, ok, timeout);

/** Main-frame navigations and new tabs from now on. */
function watch(page: Page) {
  const w = { navigations: [] as string[], popups: [] as string[], stop: () => undefined as void };
  const onNav = (f: Frame) => {
    if (f === page.mainFrame()) w.navigations.push(f.url());
  };
  // Tabs only: puppeteer's BiDi also reports a page's frames as targets of type 'page' (the reader's own frame,
  // as about:blank), as BidiFrameTarget.
  const onTarget = (t: Target) => {
    if (t.constructor.name !== 'BidiFrameTarget') w.popups.push(t.url());
  };
  page.on('framenavigated', onNav);
  firefox.browser.on('targetcreated', onTarget);
  w.stop = () => {
    page.off('framenavigated', onNav);
    firefox.browser.off('targetcreated', onTarget);
  };
  return w;
}

async function traces(page: Page, w: ReturnType<typeof watch>, title: string) {
  const pwned = (await page.evaluate(() => (window as unknown as { __pwned?: string }).__pwned ?? '')).trim();
  const now = await page.title();
  return {
    pwned,
    title: now === title ? '' : now,
    dialogs: [...firefox.dialogs],
    navigations: w.navigations,
    popups: w.popups,
    requests: server
      .requests()
      .filter((r) => new URL(r.url).hostname === PWNED_HOST)
      .map((r) => r.url),
  };
}
const CLEAN = { pwned: '', title: '', dialogs: [], navigations: [], popups: [], requests: [] };

async function expectStoryText(page: Page, vectors: Vector[]) {
  const scan = await inReader(page, scanProse);
  const missing = vectors.flatMap((v) => [
    ...(scan.visibleText.includes(markerBefore(v)) ? [] : [`${v.id} ${v.name}: marker before`]),
    ...(v.eatsRest || scan.visibleText.includes(markerAfter(v)) ? [] : [`${v.id} ${v.name}: marker after`]),
  ]);
  expect(missing, 'story text the reader lost').toEqual([]);
  expect(scan.problems, 'what survived in the reader').toEqual([]);
}

async function readThrough(page: Page) {
  for (let i = 0; i < 400; i++) {
    const done = await inReader(page, (root) => {
      const s = root!.querySelector('.ink-scroll') as HTMLElement;
      s.scrollTop += s.clientHeight * 0.9;
      return s.scrollTop + s.clientHeight >= s.scrollHeight - 2;
    });
    await sleep(30);
    if (done) break;
  }
  await sleep(1500);
}

async function expectOnTop(page: Page) {
  const top = await readerOnTop(page);
  expect(top.visible, 'the overlay is visible').toBe(true);
  expect(top.missed, 'points where the overlay is not on top').toEqual([]);
  expect(top.rect.x).toBeLessThanOrEqual(0);
  expect(top.rect.y).toBeLessThanOrEqual(0);
  expect(top.rect.x + top.rect.width).toBeGreaterThanOrEqual(top.viewport.width);
  expect(top.rect.y + top.rect.height).toBeGreaterThanOrEqual(top.viewport.height);
  expect(top.prose!.fontSize).toBeGreaterThanOrEqual(12);
  expect(top.prose!.visibility).toBe('visible');
  expect(top.prose!.opacity).toBe('1');
  expect(top.prose!.color).not.toMatch(/rgba\(.*, 0\)|transparent/);
  expect(top.prose!.background).toMatch(/^rgb\(/);
}

describe('hostile pages in Firefox', () => {
  it('the page’s CSS cannot hide, shrink or cover the “Read in Inkwell” button', async () => {
    await firefox.openJournal(HOSTILE_MASTERPOST);
    await poll(
      () => inShadow(page(), READ_BUTTON_HOST, (roots) => roots.length),
      (n) => n > 0,
    );
    const check = await inShadow(page(), READ_BUTTON_HOST, buttonsVisible);
    expect(check.count).toBe(1);
    expect(check.problems).toEqual([]);
  });

  it('every part of Hostile Ground: nothing runs, loads or navigates; the text is there; the overlay is on top', async () => {
    const p = page();
    await firefox.openJournal(HOSTILE_MASTERPOST, { waitUntil: 'load' });
    const w = watch(p);
    try {
      const title = await p.title();
      server.clearRequests();
      firefox.dialogs.length = 0;
      await clickRead(p);
      expect(
        await poll(
          () => proseCount(p),
          (n) => n === TOTAL,
        ),
      ).toBe(TOTAL);
      await sleep(1500);
      const vectors = [...hostileVectorsByPage().entries()].filter(([u]) => u !== HOSTILE_LIVE).flatMap(([, vs]) => vs);
      await expectStoryText(p, vectors);
      expect(await traces(p, w, title)).toEqual(CLEAN);
      await p.evaluate(() => window.scrollTo(0, 1500));
      await expectOnTop(p);
      await readThrough(p);
      expect(await inReader(p, poke)).toBeGreaterThan(100);
      await sleep(1000);
      expect(await traces(p, w, title)).toEqual(CLEAN);
      expect(p.url()).toBe(HOSTILE_MASTERPOST);
      await expectOnTop(p);
      expect(server.overlapping()).toEqual([]);
      await p.keyboard.press('Escape');
    } finally {
      w.stop();
    }
  });

  it('the page the reader opens on is itself hostile: nothing its post holds runs again in the reader', async () => {
    const p = page();
    await firefox.openJournal(HOSTILE_LIVE, { waitUntil: 'load' });
    // Quiet: no dialog and no request for a second and a half (a busy machine runs the page's load slowly).
    for (let i = 0, last = -1, requests = -1; i < 20; i++) {
      if (firefox.dialogs.length === last && server.requests().length === requests) break;
      last = firefox.dialogs.length;
      requests = server.requests().length;
      await sleep(1500);
    }
    // The page's own load ran its scripts (the site, not Inkwell): clear what they left.
    await p.evaluate(() => {
      (window as unknown as { __pwned?: string }).__pwned = undefined;
      document.title = 'near shore';
    });
    server.clearRequests();
    firefox.dialogs.length = 0;
    const w = watch(p);
    try {
      await clickRead(p);
      expect(
        await poll(
          () => proseCount(p),
          (n) => n === 1,
        ),
      ).toBe(1);
      await sleep(1500);
      await expectStoryText(p, hostileVectorsByPage().get(HOSTILE_LIVE)!);
      await readThrough(p);
      expect(await inReader(p, poke)).toBeGreaterThan(100);
      await sleep(1000);
      expect(await traces(p, w, 'near shore')).toEqual(CLEAN);
      expect(p.url()).toBe(HOSTILE_LIVE);
      await expectOnTop(p);
    } finally {
      w.stop();
    }
  });
});

function page(): Page {
  return firefox.page;
}
