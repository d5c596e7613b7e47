// Accessibility of the reader overlay in real Chromium: axe-core finds no serious or critical violation in
// any theme, everything works from the keyboard, and the overlay follows prefers-color-scheme and
// prefers-reduced-motion. (The popup and library page have their own checks in library-chromium.e2e.ts.)

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChromiumSession, launchChromium } from '../../harness/chromium';
import { clickInReader, clickReadButton, focusedInside, inReader, inShadow, loadIntoReader, pollFor, proseCount, READ_BUTTON_HOST, readerScrollTop, waitForReader } from '../../harness/closed-shadow';
import { type FixtureServer, startFixtureServer } from '../../harness/fixture-server';
import { FIXTURE_PAGES_JSON } from '../../harness/paths';

/** WCAG contrast ratio of two computed rgb() colours. */
function contrast(a: string, b: string): number {
  const lum = (c: string) => {
    const [r, g, bl] = (c.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map((v) => {
      const x = Number(v) / 255;
      return x <= 0.03928 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const STORY = 'https://copperkettle.dreamwidth.org/23817.html';

let server: FixtureServer;
let chrome: ChromiumSession;

beforeAll(async () => {
  server = await startFixtureServer({ pagesJson: FIXTURE_PAGES_JSON });
  chrome = await launchChromium({ server });
});
afterAll(async () => {
  await chrome?.close();
  await server?.close();
});

/** Serious and critical axe violations on one of our own pages (the popup, library, options). */
async function axePage(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

/** Serious and critical axe violations inside the reader (its frame: the extension's page in the page's closed root). */
async function axeReader(page: Page): Promise<string[]> {
  if (!(await loadIntoReader(page, AXE))) throw new Error('no reader to check');
  return inReader(page, async () => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const res = await axe.run(document, { resultTypes: ['violations'] });
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

async function open(page: Page) {
  await chrome.openJournal(STORY, { page });
  await clickReadButton(page);
  await waitForReader(page);
  await pollFor(
    () => proseCount(page),
    (n) => n > 0,
  );
}

const setTheme = (page: Page, theme: string) =>
  inReader(
    page,
    (root, t) => {
      const ink = root!.querySelector('.ink-root')!;
      ink.className = ink.className.replace(/theme-\w+/, `theme-${t}`);
    },
    theme,
  );

describe('the reader overlay, accessibly', () => {
  it('has no serious or critical axe violations in any theme, with the settings panel open', async () => {
    const page = await chrome.context.newPage();
    try {
      await open(page);
      await clickInReader(page, 'button', { text: /^Reading settings$/ });
      for (const theme of ['light', 'sepia', 'dark', 'black'] as const) {
        await setTheme(page, theme);
        expect(await axeReader(page), theme).toEqual([]);
        const colours = await inReader(page, (root) => {
          const cs = (sel: string) => getComputedStyle(root!.querySelector(sel)!);
          return { bg: cs('.ink-root').backgroundColor, fg: cs('.ink-prose').color, link: cs('.ink-part-links a').color };
        });
        expect(contrast(colours.fg, colours.bg), `${theme} text`).toBeGreaterThanOrEqual(7);
        expect(contrast(colours.link, colours.bg), `${theme} links`).toBeGreaterThanOrEqual(4.5);
      }
      // The check can fail: an unlabelled button inside the overlay is found. (axe leaves the contrast of a
      // fixed overlay 'incomplete', so the themes' contrast is checked from their colours in
      // tests/unit/styles.test.ts, and here through the computed colours of each theme.)
      await inReader(page, (root) => {
        const col = root!.querySelector('.ink-column')!;
        const p = document.createElement('p');
        p.textContent = 'faint';
        p.style.color = '#eeeeee';
        const b = document.createElement('button');
        col.append(p, b);
      });
      const found = await axeReader(page);
      expect(found.some((v) => v.startsWith('button-name'))).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('works from the keyboard: focus starts in the dialog, Tab stays in it, keys scroll, Escape returns focus', async () => {
    const page = await chrome.context.newPage();
    try {
      await chrome.openJournal(STORY, { page });
      // Focus from the driver (not a click), then the user's Enter: a trusted click on the button.
      await pollFor(() => inShadow(page, READ_BUTTON_HOST, (roots) => !!roots[0]?.querySelector('button')), Boolean);
      await inShadow(page, READ_BUTTON_HOST, (roots) => roots[0].querySelector('button')!.focus());
      await page.keyboard.press('Enter');
      await waitForReader(page);
      await pollFor(
        () => proseCount(page),
        (n) => n > 0,
      );
      const activeInDialog = () =>
        inReader(page, (root) => {
          const a = root!.activeElement;
          return !!a && !!root!.querySelector('[role="dialog"]')?.contains(a);
        });
      expect(await activeInDialog()).toBe(true);
      for (let i = 0; i < 25; i++) {
        await page.keyboard.press('Tab');
        expect(await activeInDialog()).toBe(true);
      }
      const scrollTop = () => readerScrollTop(page);
      await inReader(page, (root) => (root!.querySelector('[role="dialog"]') as HTMLElement).focus());
      const before = await scrollTop();
      await page.keyboard.press('j');
      await page.keyboard.press('j');
      expect(await scrollTop()).toBeGreaterThan(before);
      // The page behind does not scroll while the reader is open.
      expect(await page.evaluate(() => getComputedStyle(document.documentElement).overflow)).toBe('hidden');
      await page.keyboard.press('Escape');
      await expect.poll(() => inReader(page, (root) => root?.querySelectorAll('[role="dialog"]').length ?? 0)).toBe(0);
      // The frame's dialog goes first; the page side then removes the host and gives focus back (asynchronously).
      await expect.poll(() => page.evaluate(() => document.activeElement?.localName)).toBe(READ_BUTTON_HOST);
      expect(await focusedInside(page, READ_BUTTON_HOST)).toMatch(/^Read in Inkwell/);
    } finally {
      await page.close();
    }
  });

  it('follows prefers-color-scheme and prefers-reduced-motion', async () => {
    const page = await chrome.context.newPage();
    try {
      const bg = () => inReader(page, (root) => getComputedStyle(root!.querySelector('.ink-root')!).backgroundColor);
      await page.emulateMedia({ colorScheme: 'light', reducedMotion: 'no-preference' });
      await open(page);
      const light = await bg();
      await page.emulateMedia({ colorScheme: 'dark' });
      const dark = await bg();
      expect(light).toBe('rgb(253, 252, 248)');
      expect(dark).toBe('rgb(30, 31, 36)');
      const transition = () => inReader(page, (root) => getComputedStyle(root!.querySelector('.ink-progress')!).transitionDuration);
      expect(await transition()).not.toBe('0s');
      await page.emulateMedia({ reducedMotion: 'reduce' });
      expect(await transition()).toBe('0s');
    } finally {
      await page.close();
    }
  });

  it('the popup, the library page and the options page have no serious or critical axe violations, and work from the keyboard', async () => {
    // The stories opened above are in the library by now (the reader saves them).
    for (const [path, selector] of [
      ['popup.html', 'li'],
      ['library.html', 'li'],
      ['options.html', 'input'],
    ] as const) {
      for (const scheme of ['light', 'dark'] as const) {
        const tab = await chrome.openExtensionPage(path, selector);
        try {
          await tab.emulateMedia({ colorScheme: scheme });
          // Colours change with a short transition: check the colours the page settles on.
          await tab.waitForFunction(() => document.getAnimations().length === 0, undefined, { timeout: 5_000 });
          expect(await axePage(tab), `${path} (${scheme})`).toEqual([]);
          if (scheme === 'light') {
            // Tab reaches the controls, and focus is always visible.
            const seen = new Set<string>();
            for (let i = 0; i < 8; i++) {
              await tab.keyboard.press('Tab');
              const f = await tab.evaluate(() => {
                const a = document.activeElement as HTMLElement | null;
                if (!a || a === document.body) return null;
                const cs = getComputedStyle(a);
                return { tag: a.tagName, visible: cs.outlineStyle !== 'none' || cs.boxShadow !== 'none' };
              });
              if (f) {
                seen.add(f.tag);
                expect(f.visible, `${path}: focus visible on ${f.tag}`).toBe(true);
              }
            }
            expect(seen.size, `${path}: keyboard reaches its controls`).toBeGreaterThan(0);
          }
        } finally {
          await tab.close();
        }
      }
    }
  });
});
