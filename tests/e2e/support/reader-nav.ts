/**
 * Shared by the reader-navigation suites (Chromium and Firefox): a work in progress generated in memory, and
 * what the tests read inside the reader (radio groups and their effect, the end-of-part controls, the focus,
 * target sizes) and in the page (inert, viewport, history). The functions given to `inReader` run in the page:
 * they are self-contained.
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { clickInReader, type DriverPage, inReader, inShadow, loadIntoReader, READ_BUTTON_HOST, readerScrollTop } from '../../../harness/closed-shadow';
import { evaluate } from '../../../harness/evaluate';
import type { ExtraPage } from '../../../harness/fixture-server';
import { masterpostPage, partPage } from '../../fixtures/hostile/generate';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

export interface WipStory {
  parts: string[];
  master: string;
  /** The total the parts' markers give ("Part 2/4"), larger than the parts posted. */
  total: number;
}

/** A story of `posted` parts whose markers say `total` (a work in progress), with a masterpost and related links. */
export function wipStory(pages: Record<string, ExtraPage>, journal: string, posted = 3, total = 4): WipStory {
  const host = `https://${journal.replace(/_/g, '-')}.dreamwidth.org`;
  const parts = Array.from({ length: posted }, (_, i) => `${host}/${101 + i}.html`);
  const master = `${host}/100.html`;
  parts.forEach((url, i) => {
    pages[url] = {
      body: partPage({
        url,
        title: `Tidewater ${journal}`,
        index: i + 1,
        total,
        masterpost: master,
        nav: [...parts.map((u, k) => [`Part ${k + 1}`, u] as [string, string]).filter(([, u]) => u !== url), ['Masterpost', master]],
        prose: Array.from(
          { length: 14 },
          (_, k) =>
            `Part ${i + 1}, paragraph ${k + 1}: the ferry left at six, and the keeper of the tide tables wrote the hour down in the ledger, as she had every evening for eleven years, before she went down to the water to watch it go.`,
        ),
      }),
    };
  });
  pages[master] = { body: masterpostPage({ url: master, title: `Tidewater ${journal}`, parts: parts.map((u, i) => [`Part ${i + 1}`, u]) }) };
  return { parts, master, total };
}

/** A #rrggbb colour as getComputedStyle writes it. */
export const rgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

export interface RadioGroupState {
  checked: string[];
  rootClass: string;
  background: string;
  fontFamily: string;
}

/** The values checked in the settings panel's group `legend`, and what the reader shows. */
export function readerRadioState(page: DriverPage, legend: string): Promise<RadioGroupState> {
  return inReader(
    page,
    (root, name) => {
      const fs = Array.from(root!.querySelectorAll('fieldset')).find((f) => f.querySelector('legend')?.textContent === name)!;
      const checked = Array.from(fs.querySelectorAll<HTMLInputElement>('input[type=radio]'))
        .filter((r) => r.checked)
        .map((r) => r.value);
      const rootEl = root!.querySelector('.ink-root') as HTMLElement;
      return {
        checked,
        rootClass: rootEl.className,
        background: getComputedStyle(rootEl).backgroundColor,
        fontFamily: getComputedStyle(root!.querySelector('.ink-column')!).fontFamily,
      };
    },
    legend,
  );
}

/** The radio values of a group of the reader's settings panel, in order. */
export function readerRadioValues(page: DriverPage, legend: string): Promise<string[]> {
  return inReader(
    page,
    (root, name) => {
      const fs = Array.from(root!.querySelectorAll('fieldset')).find((f) => f.querySelector('legend')?.textContent === name)!;
      return Array.from(fs.querySelectorAll<HTMLInputElement>('input[type=radio]')).map((r) => r.value);
    },
    legend,
  );
}

export interface FocusState {
  /** Focus is on an element of the reader's dialog. */
  inDialog: boolean;
  tag: string;
  id: string;
  name: string;
  /** What has the focus in the page itself (the reader's host while the focus is inside it). */
  pageActive: string;
}

export async function readerFocus(page: DriverPage): Promise<FocusState> {
  const inside = await inReader(page, (root) => {
    const a = root?.activeElement as HTMLElement | null | undefined;
    const dialog = root?.querySelector('[role="dialog"]');
    return {
      inDialog: !!a && !!dialog && dialog.contains(a),
      tag: a?.tagName ?? '',
      id: a?.id ?? '',
      name: (a?.getAttribute('aria-label') ?? a?.textContent ?? '').trim().slice(0, 80),
    };
  });
  // The page's side: its active element (the reader's host while the focus is in the reader's frame).
  const pageActive = await evaluate(page, () => document.activeElement?.tagName.toLowerCase() ?? '');
  return { ...inside, pageActive };
}

export interface PartEndState {
  label: string;
  buttons: { name: string; pressed: string | null }[];
  links: { text: string; href: string }[];
  awaited: string;
}

/** The end-of-part controls of each article, in order (null where an article has none). */
export function partEnds(page: DriverPage): Promise<(PartEndState | null)[]> {
  return inReader(page, (root) =>
    Array.from(root!.querySelectorAll('article')).map((a) => {
      const end = a.querySelector('.ink-part-end');
      if (!end) return null;
      return {
        label: end.getAttribute('aria-label') ?? '',
        buttons: Array.from(end.querySelectorAll('button')).map((b) => ({ name: (b.getAttribute('aria-label') ?? b.textContent ?? '').trim(), pressed: b.getAttribute('aria-pressed') })),
        links: Array.from(end.querySelectorAll('a')).map((l) => ({ text: (l.textContent ?? '').trim(), href: l.getAttribute('href') ?? '' })),
        awaited: (end.querySelector('.ink-awaited')?.textContent ?? '').trim(),
      };
    }),
  );
}

/** Which part's heading is at the top of the reader's view (its text), and how far from the top (px). */
export function partAtTop(page: DriverPage): Promise<{ heading: string; offset: number }> {
  return inReader(page, (root) => {
    const scroller = root!.querySelector('.ink-scroll') as HTMLElement;
    const top = scroller.getBoundingClientRect().top;
    let best: { heading: string; offset: number } = { heading: '', offset: Infinity };
    for (const h of Array.from(root!.querySelectorAll('article h2'))) {
      const offset = h.getBoundingClientRect().top - top;
      if (Math.abs(offset) < Math.abs(best.offset)) best = { heading: (h.textContent ?? '').trim(), offset: Math.round(offset) };
    }
    return best;
  });
}

export interface TargetBox {
  where: string;
  name: string;
  width: number;
  height: number;
}

/** The boxes of every visible control in the bar, the parts menu and the end-of-part controls. */
export function controlBoxes(page: DriverPage): Promise<TargetBox[]> {
  return inReader(page, (root) => {
    const out: TargetBox[] = [];
    const areas: [string, string][] = [
      ['bar', '.ink-bar'],
      ['menu', '.ink-parts-menu'],
      ['part end', '.ink-part-end'],
    ];
    for (const [where, sel] of areas) {
      for (const scope of Array.from(root!.querySelectorAll(sel))) {
        for (const el of Array.from(scope.querySelectorAll<HTMLElement>('button, a[href]'))) {
          const r = el.getBoundingClientRect();
          if (!r.width || !r.height) continue; // hidden (a narrow bar hides Refresh)
          out.push({ where, name: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim(), width: Math.round(r.width * 10) / 10, height: Math.round(r.height * 10) / 10 });
        }
      }
    }
    return out;
  });
}

/** Page side: which of the page's elements are inert, and whether the reader's host is. */
export const inertScan = () => {
  const host = document.querySelector('inkwell-reader');
  const body = Array.from(document.body.children).filter((el) => el !== host && !/^(SCRIPT|STYLE|LINK|META|TEMPLATE)$/.test(el.tagName));
  return {
    bodyChildren: body.length,
    inertChildren: body.filter((el) => el.hasAttribute('inert')).length,
    hostInert: !!host?.hasAttribute('inert'),
    pageOwnInert: document.getElementById('inkwell-test-own-inert')?.hasAttribute('inert') ?? null,
  };
};

/** Page side: the viewport as laid out and as shown. */
export const viewportScan = () => ({
  layoutWidth: document.documentElement.clientWidth,
  scale: window.visualViewport?.scale ?? 1,
  viewportMeta: Array.from(document.querySelectorAll('meta[name="viewport" i]')).map((m) => m.getAttribute('content')),
  // Not history.state: Chromium's main world can keep answering the state it last read after a traversal
  // back from an entry the content script pushed (seen in Chromium 14x); the tests ask the browser instead.
  historyLength: history.length,
});

/** The centre of the first element in the reader matching `selector` (and `text`), scrolled into view. */
export async function pointInReader(page: DriverPage, selector: string, text?: RegExp): Promise<{ x: number; y: number }> {
  const at = await inReader(
    page,
    (root, arg) => {
      const re = arg.text ? new RegExp(arg.text.source, arg.text.flags) : null;
      const el = Array.from(root?.querySelectorAll<HTMLElement>(arg.selector) ?? []).find((e) => !re || re.test((e.getAttribute('aria-label') ?? e.textContent ?? '').trim()));
      if (!el) return null;
      el.scrollIntoView({ block: 'nearest' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    { selector, text: text ? { source: text.source, flags: text.flags } : null },
  );
  if (!at) throw new Error(`nothing in the reader matches ${selector} ${text ?? ''}`);
  return at;
}

export interface HitBox {
  /** The button as drawn. */
  button: { x: number; y: number; width: number; height: number };
  /** How tall and wide the area is that answers a tap or click on it (probed with elementFromPoint, 1 px steps). */
  hitHeight: number;
  hitWidth: number;
}

/** The first read button's box and the extent of the area that hits it, through its centre. */
export function readButtonHitBox(page: DriverPage): Promise<HitBox | null> {
  return inShadow(page, READ_BUTTON_HOST, (roots) => {
    const button = roots[0]?.querySelector('button');
    if (!button) return null;
    const host = (button.getRootNode() as ShadowRoot).host;
    const r = button.getBoundingClientRect();
    const cx = r.x + r.width / 2;
    const cy = r.y + r.height / 2;
    const hits = (x: number, y: number) => document.elementFromPoint(x, y) === host;
    const extent = (dx: number, dy: number) => {
      let n = 0;
      while (n < 100 && hits(cx + dx * (n + 1), cy + dy * (n + 1))) n++;
      return n;
    };
    return {
      button: { x: r.x, y: r.y, width: r.width, height: r.height },
      hitHeight: extent(0, -1) + extent(0, 1) + 1,
      hitWidth: extent(-1, 0) + extent(1, 0) + 1,
    };
  });
}

/** Serious and critical axe violations inside the reader (axe-core loaded into the reader's frame first). */
export async function axeInReader(page: DriverPage): Promise<string[]> {
  if (!(await loadIntoReader(page, AXE_SOURCE))) throw new Error('no reader to check');
  return inReader(page, async (root) => {
    const axe = (window as unknown as { axe: { run(ctx: unknown, opts: unknown): Promise<{ violations: { id: string; impact: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const res = await axe.run(root!.querySelector('.ink-root'), { resultTypes: ['violations'] });
    return res.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.impact}): ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  });
}

// --- Firefox over WebDriver BiDi -------------------------------------------------------------------------------

/**
 * What Firefox ESR needs to behave as a phone, besides the viewport: desktop Firefox ignores `<meta name=viewport>`
 * unless told (its responsive design mode turns this on), and reports a fine pointer that hovers. No touch events
 * (BiDi's emulation.setTouchOverride is an unknown command in ESR 140); taps come as touch pointer actions.
 */
export const FIREFOX_PHONE_PREFS = {
  'dom.meta-viewport.enabled': true,
  'apz.allow_zooming': true,
  // Bit flags: 1 coarse, 2 fine, 4 hover. A finger: coarse, no hover.
  'ui.primaryPointerCapabilities': 1,
  'ui.allPointerCapabilities': 1,
};

interface BidiSession {
  send(method: string, params: object): Promise<unknown>;
}

/** puppeteer-core's BiDi session and the page's browsing context (not public API: checked here, loudly). */
function bidiOf(page: import('puppeteer-core').Page): { session: BidiSession; context: string } {
  const bc = (page.mainFrame() as unknown as { browsingContext?: { id: string; userContext?: { browser?: { session?: BidiSession } } } }).browsingContext;
  const session = bc?.userContext?.browser?.session;
  if (!bc?.id || typeof session?.send !== 'function') throw new Error('no WebDriver BiDi session on this puppeteer page (puppeteer-core internals changed?)');
  return { session, context: bc.id };
}

/**
 * A phone's viewport and pixel ratio (browsingContext.setViewport). Firefox ESR 140 applies it but does not answer
 * the command (puppeteer's page.setViewport waits for ever): sent, then waited for in the page.
 */
export async function firefoxPhoneViewport(page: import('puppeteer-core').Page, width: number, height: number, devicePixelRatio: number): Promise<void> {
  const { session, context } = bidiOf(page);
  session.send('browsingContext.setViewport', { context, viewport: { width, height }, devicePixelRatio }).catch(() => undefined);
  await page.waitForFunction((dpr) => window.devicePixelRatio === dpr, { timeout: 10_000 }, devicePixelRatio);
}

/** The browser's Back (browsingContext.traverseHistory), as the toolbar button or a phone's Back gesture does. */
export async function firefoxBack(page: import('puppeteer-core').Page): Promise<void> {
  const { session, context } = bidiOf(page);
  await session.send('browsingContext.traverseHistory', { context, delta: -1 });
}

// --- the Settings page (an extension page: no shadow root) ------------------------------------------------------

/** Page side: the values of the Settings page's radio group `legend`, and those checked. */
export const optionsRadioScan = (legend: string) => {
  const fs = Array.from(document.querySelectorAll('fieldset')).find((f) => f.querySelector('legend')?.textContent === legend)!;
  const radios = Array.from(fs.querySelectorAll<HTMLInputElement>('input[type=radio]'));
  return { values: radios.map((r) => r.value), checked: radios.filter((r) => r.checked).map((r) => r.value) };
};

/** Page side: the reader settings as stored (storage.local, either browser's API). */
export const storedSettingsScan = async (): Promise<Record<string, unknown>> => {
  type Api = { storage: { local: { get(k: string): Promise<Record<string, Record<string, unknown> | undefined>> } } };
  const g = globalThis as unknown as { browser?: Api; chrome?: Api };
  return (await (g.browser ?? g.chrome)!.storage.local.get('reader-settings'))['reader-settings'] ?? {};
};

/**
 * Every option of the Settings page's font and theme groups in turn: picked by `pick` (a real click), then by the
 * arrow key; each time exactly that one checked and stored.
 */
export async function checkOptionsRadios(
  scan: (legend: string) => Promise<{ values: string[]; checked: string[] }>,
  stored: () => Promise<Record<string, unknown>>,
  pick: (value: string) => Promise<void>,
  arrowRight: () => Promise<void>,
  expect: (actual: unknown, expected: unknown, what: string) => void,
): Promise<void> {
  const settle = async (key: string, value: string) => {
    const end = Date.now() + 5_000;
    let v = (await stored())[key];
    while (v !== value && Date.now() < end) {
      await new Promise((r) => setTimeout(r, 50));
      v = (await stored())[key];
    }
    expect(v, value, `stored ${key}`);
  };
  for (const [legend, key] of [
    ['Font', 'font'],
    ['Theme', 'theme'],
  ] as const) {
    const { values } = await scan(legend);
    for (const value of [...values.slice(1), ...values, values[0]]) {
      await pick(value);
      expect((await scan(legend)).checked, [value], `${legend} by mouse`);
      await settle(key, value);
    }
    for (let i = 0; i < values.length; i++) {
      const before = (await scan(legend)).checked[0];
      await arrowRight();
      const next = values[(values.indexOf(before) + 1) % values.length];
      expect((await scan(legend)).checked, [next], `${legend} by arrow`);
      await settle(key, next);
    }
  }
}

/**
 * Every option of the reader's font and theme groups in turn (the settings panel open): by mouse (a real click),
 * twice round from the second, then by each arrow key round the group; `applied` checks each pick (exactly that one
 * checked, and its effect). The arrows never scroll the text, and the focus stays in the dialog.
 */
export async function checkReaderRadios(
  page: DriverPage,
  press: (key: string) => Promise<void>,
  applied: (legend: string, value: string, state: RadioGroupState) => void | Promise<void>,
  expect: (actual: unknown, expected: unknown, what: string) => void,
): Promise<void> {
  for (const legend of ['Font', 'Theme']) {
    const values = await readerRadioValues(page, legend);
    expect(values.length >= 3, true, `${legend}: options`);
    for (const value of [...values.slice(1), ...values, values[0]]) {
      await clickInReader(page, `input[type=radio][value="${value}"]`);
      await applied(legend, value, await readerRadioState(page, legend));
    }
    const scrolled = await readerScrollTop(page);
    for (const [key, step] of [
      ['ArrowRight', 1],
      ['ArrowDown', 1],
      ['ArrowLeft', -1],
      ['ArrowUp', -1],
    ] as const) {
      for (let i = 0; i < values.length; i++) {
        const before = (await readerRadioState(page, legend)).checked[0];
        await press(key);
        await applied(legend, values[(values.indexOf(before) + step + values.length) % values.length], await readerRadioState(page, legend));
      }
    }
    expect(await readerScrollTop(page), scrolled, `${legend}: the text did not scroll`);
    expect((await readerFocus(page)).inDialog, true, `${legend}: focus in the dialog`);
  }
}
