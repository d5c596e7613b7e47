/**
 * What both drivers' pages do alike. Playwright's Page (Chromium) and puppeteer-core's (Firefox) take the same
 * calls for these, but their types differ, so code written once for both browsers reaches them through
 * `anyPage(page)` or `evaluate(page, fn, arg)` instead of a cast of its own.
 *
 * Like the drivers' own evaluate, the function is sent as source: it must be self-contained, and what it
 * takes and returns must be serialisable.
 */
import type { DriverPage } from './closed-shadow';

export interface AnyPage {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' }): Promise<unknown>;
  screenshot(options: { path: string }): Promise<unknown>;
  close(): Promise<void>;
  reload(): Promise<unknown>;
  bringToFront(): Promise<void>;
  keyboard: { press(key: string): Promise<void>; type(text: string): Promise<void> };
  /** Scrolls the element into view and clicks its centre with the mouse (a trusted click). */
  click(selector: string): Promise<void>;
  focus(selector: string): Promise<void>;
}

export const anyPage = (page: DriverPage): AnyPage => page as unknown as AnyPage;

/** `fn(arg)` in the page's main world (or an extension page's, or a frame's), with either driver. */
export function evaluate<R, A = null>(page: DriverPage, fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R> {
  return anyPage(page).evaluate(fn, arg as A);
}
