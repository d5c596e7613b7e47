/**
 * A phone's screen, 360×740 with touch, for the phone E2E in either browser: what fits (no sideways scroll)
 * and what is too small for a finger (44 × 44 px), on the extension's own pages and in the reader.
 */
import { expect } from 'vitest';
import { type DriverPage, inReader, loadIntoReader, pollFor } from '../../../harness/closed-shadow';
import { evaluate } from '../../../harness/evaluate';
import { axeInReader, partAtTop } from './reader-nav';

export const PHONE = { width: 360, height: 740 } as const;

export interface FitScan {
  /** The document's scroll width and the viewport's width: more than the viewport is a sideways scroll. */
  scrollWidth: number;
  viewportWidth: number;
  /** Controls a finger cannot hit: visible ones under 44 px either way (inline links in prose are exempt, as in WCAG 2.5.8). */
  small: { name: string; width: number; height: number }[];
  /** Whether the page gets a coarse pointer that does not hover, as a finger. */
  finger: boolean;
}

/** Runs in a document (an extension page, or the reader's frame): scroll width and small targets. */
export function fitScan(doc: Document): FitScan {
  const small: FitScan['small'] = [];
  const controls = doc.querySelectorAll<HTMLElement>('button, a[href], input:not([type=hidden]), select, summary, [role=button], [tabindex="0"]');
  for (const el of Array.from(controls)) {
    const r = el.getBoundingClientRect();
    if (!r.width || !r.height || el.closest('[hidden], [inert]')) continue;
    // A link in a sentence (prose, a byline) takes the line's height: WCAG 2.5.8's inline exception.
    if (el.tagName === 'A' && el.closest('p, dd, li.ink-prose, .ink-prose, .sd-byline, .sd-part-facts')) continue;
    // A control drawn small inside a 44 px label (a radio, a checkbox) is hit through its label.
    const label = el.closest('label') ?? (el.id ? doc.querySelector(`label[for="${el.id}"]`) : null);
    const box = label && /^(checkbox|radio)$/.test((el as HTMLInputElement).type) ? label.getBoundingClientRect() : r;
    if (box.width < 43.5 || box.height < 43.5) {
      small.push({
        name: ((el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || `${el.tagName.toLowerCase()}.${el.className}`).slice(0, 40),
        width: Math.round(box.width),
        height: Math.round(box.height),
      });
    }
  }
  const win = doc.defaultView!;
  return {
    scrollWidth: doc.documentElement.scrollWidth,
    viewportWidth: win.innerWidth,
    small,
    finger: win.matchMedia('(pointer: coarse)').matches && !win.matchMedia('(hover: hover)').matches,
  };
}

/** The same scan inside the open reader's frame (loaded there as axe-core is: the driver's, not the page's). */
export async function readerFit(page: DriverPage): Promise<FitScan> {
  if (!(await loadIntoReader(page, `window.inkwellFitScan = ${fitScan.toString()};`))) throw new Error('no reader to scan');
  return inReader(page, () => (window as unknown as { inkwellFitScan(d: Document): FitScan }).inkwellFitScan(document));
}

/** The reader's state for gestures: scroll, bar away or not, screen height, and which part's heading is nearest the top. */
export function readerGestureState(page: DriverPage): Promise<{ scrollTop: number; clientHeight: number; barAway: boolean; barHidden: boolean }> {
  return inReader(page, (root) => {
    const scroller = root!.querySelector('.ink-scroll') as HTMLElement;
    const bar = root!.querySelector('.ink-bar') as HTMLElement;
    const r = bar.getBoundingClientRect();
    return {
      scrollTop: Math.round(scroller.scrollTop),
      clientHeight: scroller.clientHeight,
      barAway: !!root!.querySelector('.ink-dialog.ink-bar-away'),
      // Out of sight: above the frame's top.
      barHidden: r.bottom <= 0,
    };
  });
}

/** pollFor, failing with what it saw last when `ok` never held. */
export async function until<T>(fn: () => Promise<T>, ok: (v: T) => boolean, what: string): Promise<T> {
  const v = await pollFor(fn, ok, 5_000);
  if (!ok(v)) throw new Error(`${what}: still ${JSON.stringify(v)}`);
  return v;
}

/** A finger, as either browser's driver gives it: a stroke from a point to another (a tap when one point), a tap. */
export interface Finger {
  stroke(from: { x: number; y: number }, to?: { x: number; y: number }): Promise<void>;
  tap(x: number, y: number): Promise<void>;
  /** Whether the browser scrolls under a dragged finger (Firefox's emulated touches over BiDi do not). */
  pans: boolean;
}

/**
 * The open reader (a three-part story, at its start) on a phone's screen, by touch: it fits, every control is
 * 44 px; taps at the sides turn screens and put the bar away, one in the middle brings it back; swipes go from
 * part to part, a vertical drag only scrolls; the settings are a sheet at the bottom; axe finds nothing serious.
 */
export async function readsByTouch(page: DriverPage, finger: Finger): Promise<void> {
  const stroke = finger.stroke;
  const fit = await readerFit(page);
  expect(fit.finger).toBe(true);
  expect(fit.viewportWidth).toBe(PHONE.width);
  expect(fit.scrollWidth).toBeLessThanOrEqual(fit.viewportWidth);
  expect(fit.small).toEqual([]);
  // The journal page behind, laid out at the phone's width while the reader is open.
  const pageWidth = await evaluate(page, () => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
  expect(pageWidth.scroll).toBeLessThanOrEqual(pageWidth.view);

  const y = PHONE.height / 2;
  const start = await readerGestureState(page);
  expect(start.barHidden).toBe(false);
  // Right side: on a screen (less a little overlap); the bar goes out of the way, the text stays put.
  await stroke({ x: PHONE.width - 30, y });
  const on = await until(
    () => readerGestureState(page),
    (s) => s.scrollTop > start.scrollTop,
    'a screen on',
  );
  expect(on.barAway).toBe(true);
  await until(
    () => readerGestureState(page),
    (s) => s.barHidden,
    'the bar away',
  );
  expect(on.scrollTop - start.scrollTop).toBeGreaterThan(on.clientHeight * 0.6);
  // Middle: the bar comes back, the text does not move.
  await stroke({ x: PHONE.width / 2, y });
  const shown = await until(
    () => readerGestureState(page),
    (s) => !s.barAway,
    'the bar back',
  );
  expect(shown.barHidden).toBe(false);
  // Left side: back a screen.
  await stroke({ x: 30, y });
  await until(
    () => readerGestureState(page),
    (s) => s.scrollTop < on.scrollTop - on.clientHeight * 0.5,
    'a screen back',
  );

  // Swipe leftwards: the next part (from the story card above the text, part 1); rightwards: the one before.
  const swipe = async (direction: 1 | -1, heading: RegExp) => {
    const [from, to] = direction === 1 ? [PHONE.width - 40, 40] : [40, PHONE.width - 40];
    await stroke({ x: from, y }, { x: to, y: y + 10 });
    const at = await until(
      () => partAtTop(page),
      (p) => heading.test(p.heading) && Math.abs(p.offset) < 4,
      `after a swipe, ${heading}`,
    );
    expect(at.heading).toMatch(heading);
    // The jump painted before the next finger comes (as an eye sees it): Firefox let a stroke begun in the same frame as
    // the jump's scroll go by as no swipe (CI, the machine loaded: one in two runs).
    await inReader(page, () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => done(true)))));
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
  if (finger.pans)
    await until(
      () => readerGestureState(page),
      (s) => s.scrollTop > top + 100,
      'a drag up scrolls the text',
    );
  expect((await partAtTop(page)).heading).toBe(before.heading);

  // The settings: a sheet at the bottom of the screen, where a thumb reaches, its controls 44 px.
  // The drag up read on: the bar went away; a tap in the middle brings it back. (The text at rest first: the drag's
  // momentum scrolls on a while, and the bar goes as that scroll ends, up to a second or two later.)
  for (let last = -1, still = 0, i = 0; still < 3 && i < 60; i++) {
    const now = (await readerGestureState(page)).scrollTop;
    still = now === last ? still + 1 : 0;
    last = now;
    await new Promise((r) => setTimeout(r, 100));
  }
  if ((await readerGestureState(page)).barAway) await stroke({ x: PHONE.width / 2, y });
  expect(
    (
      await until(
        () => readerGestureState(page),
        (s) => !s.barHidden,
        'the bar back for the settings',
      )
    ).barHidden,
  ).toBe(false);
  const aa = await inReader(page, (root) => {
    const r = (root!.querySelector('button[aria-label="Reading settings"]') as HTMLElement).getBoundingClientRect();
    return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
  });
  await finger.tap(aa.x, aa.y);
  const sheet = await pollFor(
    () =>
      inReader(page, (root) => {
        const box = root!.querySelector('.ink-settings') as HTMLElement;
        const size = root!.querySelector('.ink-settings input[type=range]') as HTMLElement | null;
        return box.hidden || !size
          ? null
          : { top: box.getBoundingClientRect().top, bottom: box.getBoundingClientRect().bottom, width: box.getBoundingClientRect().width, size: size.getBoundingClientRect().top, height: innerHeight };
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
}
