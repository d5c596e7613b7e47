// The reader in real Chromium with the built extension, against the fixture pages served at their real
// URLs: the whole story opens in order from any part, failing parts show their reason and recover on Retry,
// and the reading position comes back after a reload.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { allowedHosts } from './support/cases';
import { launchChromium, type ChromiumSession } from './support/chromium';
import { startFixtureServer, type FixtureServer } from './support/fixture-server';
import { FIXTURES, FIXTURE_PAGES_JSON } from './support/paths';

let server: FixtureServer;
let chrome: ChromiumSession;

const SEED_1 = 'https://emeraldmeteor.livejournal.com/56312.html';
const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';
const TARE = ['https://lowgravity-lark.livejournal.com/61204.html', 'https://expanse-drift.livejournal.com/8391.html', 'https://lowgravity-lark.livejournal.com/62051.html'];
const JUMP = ['http://kobol-lights.livejournal.com/14211.html', 'http://kobol-lights.livejournal.com/14533.html', 'http://kobol-lights.livejournal.com/14802.html'];
const firstWords = (file: string) => readFileSync(join(FIXTURES, 'bodies', file), 'utf8').trim().split(/\s+/).slice(0, 8).join(' ');

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});
beforeEach(() => server.clearFaults());

async function openReader(page: Page, url: string) {
  await chrome.openJournal(url, { page });
  await page.getByRole('button', { name: /^Read in Inkwell/ }).first().click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  return dialog;
}

async function articleTexts(page: Page): Promise<string[]> {
  return page.locator('inkwell-reader article').evaluateAll((els) => els.map((e) => (e as HTMLElement).innerText));
}

describe('the reader in Chromium', () => {
  it('opens the seed story from its part 2 page with part 1 first', async () => {
    const page = await chrome.context.newPage();
    try {
      const dialog = await openReader(page, SEED_2);
      await expect.poll(() => page.locator('inkwell-reader article .ink-prose').count(), { timeout: 10_000 }).toBe(2);
      expect(await dialog.getAttribute('aria-modal')).toBe('true');
      const texts = await articleTexts(page);
      expect(texts[0]).toContain(firstWords('smallville-onestepbehind-1.txt'));
      expect(texts[1]).toContain(firstWords('smallville-onestepbehind-2.txt'));
      expect(texts[0]).toMatch(/^Part 1/);
      // A story never read before opens at its top: the card, then the contents.
      expect(await page.evaluate(() => (document.querySelector('inkwell-reader')!.shadowRoot!.querySelector('.ink-scroll') as HTMLElement).scrollTop)).toBe(0);
      expect(await page.locator('inkwell-reader h1').innerText()).toBe('One Step Behind');
      // Focus is inside the dialog; Escape closes it and gives focus back to the button.
      await page.keyboard.press('Escape');
      await expect.poll(() => page.locator('inkwell-reader [role="dialog"]').count()).toBe(0);
      const focused = await page.evaluate(() => {
        const host = document.activeElement;
        return host?.shadowRoot?.activeElement?.getAttribute('aria-label') ?? null;
      });
      expect(focused).toMatch(/^Read in Inkwell/);
    } finally {
      await page.close();
    }
  });

  it('stitches Tare Weight in order from its community part, following part links across journals', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, TARE[1]);
      await expect.poll(() => page.locator('inkwell-reader article .ink-prose').count(), { timeout: 10_000 }).toBe(3);
      const keys = await page.locator('inkwell-reader article').evaluateAll((els) => els.map((e) => (e as HTMLElement).querySelector('a')?.getAttribute('href')));
      expect(keys).toEqual(TARE);
      const texts = await articleTexts(page);
      expect(texts[0]).toContain(firstWords('expanse-tareweight-1.txt'));
      expect(texts[2]).toContain(firstWords('expanse-tareweight-3.txt'));
    } finally {
      await page.close();
    }
  });

  it('reads a story behind a cut on a recent-entries page from its entry page', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal('https://quietmagpie.dreamwidth.org/', { page });
      await page.getByRole('button', { name: /^Read in Inkwell: Season Two/ }).click();
      await expect.poll(() => page.locator('inkwell-reader article .ink-prose').count(), { timeout: 10_000 }).toBe(1);
      const text = (await articleTexts(page))[0];
      // The whole story, not the teaser: its last words are past the cut.
      const body = readFileSync(join(FIXTURES, 'bodies', 'murderbot-seasontwo.txt'), 'utf8').trim().split(/\s+/);
      expect(text).toContain(body.slice(-6).join(' '));
    } finally {
      await page.close();
    }
  });

  it('puts a button on a story post added to the page later', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal('https://quietmagpie.dreamwidth.org/', { page });
      const buttons = page.getByRole('button', { name: /^Read in Inkwell/ });
      await expect.poll(() => buttons.count()).toBe(2);
      // What infinite scroll or an expanded cut does: a new post arrives in the page.
      await page.evaluate(() => {
        const first = document.querySelector('.entry-wrapper')!;
        const copy = first.cloneNode(true) as Element;
        copy.id = 'entry-wrapper-9999';
        copy.querySelectorAll('a[href$="3412.html"]').forEach((a) => a.setAttribute('href', 'https://quietmagpie.dreamwidth.org/9999.html'));
        copy.querySelectorAll('inkwell-read-button').forEach((b) => b.remove());
        first.parentElement!.append(copy);
      });
      await expect.poll(() => buttons.count(), { timeout: 5_000 }).toBe(3);
    } finally {
      await page.close();
    }
  });

  it('opens a story read before from the cache, with no network request', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal(TARE[0], { page });
      server.clearRequests();
      await page.getByRole('button', { name: /^Read in Inkwell/ }).first().click();
      await expect.poll(() => page.locator('inkwell-reader article .ink-prose').count(), { timeout: 10_000 }).toBe(3);
      await page.waitForTimeout(300);
      expect(server.requests().filter((r) => /\.html/.test(r.url))).toEqual([]);
    } finally {
      await page.close();
    }
  });

  it('shows a part that 404s with its reason and a Retry that recovers it, the rest readable', async () => {
    const page = await chrome.context.newPage();
    try {
      // A story not read before in this profile (a read story opens from the cache, with no network).
      server.setFault(JUMP[0], '404');
      await openReader(page, JUMP[2]);
      const alert = page.locator('inkwell-reader [role="alert"]');
      await alert.waitFor({ timeout: 10_000 });
      expect(await alert.innerText()).toMatch(/not found/i);
      await expect.poll(() => page.locator('inkwell-reader article .ink-prose').count(), { timeout: 10_000 }).toBe(2);
      server.setFault(JUMP[0], null);
      await alert.getByRole('button', { name: /Retry/ }).click();
      await expect.poll(() => page.locator('inkwell-reader article .ink-prose').count(), { timeout: 10_000 }).toBe(3);
      expect((await articleTexts(page))[0]).toContain(firstWords('bsg-jumpcoordinates-1.txt'));
    } finally {
      await page.close();
    }
  });

  it('puts the same paragraph back at the top after closing, reloading and reopening', async () => {
    const page = await chrome.context.newPage();
    try {
      await openReader(page, SEED_1);
      await expect.poll(() => page.locator('inkwell-reader article .ink-prose').count(), { timeout: 10_000 }).toBe(2);
      // Scroll so that the 40th paragraph of part 2 is at the top of the view.
      const target = page.locator('inkwell-reader article').nth(1).locator('.ink-prose > *').nth(40);
      const wanted = (await target.innerText()).slice(0, 60);
      await page.evaluate(() => {
        const root = document.querySelector('inkwell-reader')!.shadowRoot!;
        const scroller = root.querySelector('.ink-scroll') as HTMLElement;
        const p = root.querySelectorAll('article')[1].querySelectorAll('.ink-prose > *')[40] as HTMLElement;
        scroller.scrollTop += p.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      });
      await page.waitForTimeout(1500);
      await page.keyboard.press('Escape');
      await page.reload();
      await page.getByRole('button', { name: /^Read in Inkwell/ }).first().click();
      await page.getByRole('dialog').waitFor();
      await expect
        .poll(
          () =>
            page.evaluate(() => {
              const root = document.querySelector('inkwell-reader')?.shadowRoot;
              const scroller = root?.querySelector('.ink-scroll') as HTMLElement | null;
              if (!scroller) return '';
              const top = scroller.getBoundingClientRect().top + 10;
              const paras = Array.from(root!.querySelectorAll('.ink-prose > *')) as HTMLElement[];
              const at = paras.find((p) => p.getBoundingClientRect().bottom > top);
              return (at?.innerText ?? '').slice(0, 60);
            }),
          { timeout: 10_000 },
        )
        .toBe(wanted);
    } finally {
      await page.close();
    }
  });

  it('while reading, the browser talked to the journal hosts only (nothing leaves for anywhere else)', () => {
    const allowed = allowedHosts(server.pageHosts);
    const log = server.requests();
    // The part pages the extension fetched are in the log too (every host resolves to the server).
    expect(log.some((r) => r.url.includes('kobol-lights.livejournal.com/14211.html'))).toBe(true);
    const stray = log.filter((r) => !allowed(new URL(r.url).hostname)).map((r) => `${r.method} ${r.url}`);
    expect(stray).toEqual([]);
  });
});
