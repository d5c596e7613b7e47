/**
 * A phone's screen, 360×740 with touch, for the phone E2E in either browser: what fits (no sideways scroll)
 * and what is too small for a finger (44 × 44 px), on the extension's own pages and in the reader.
 */
import { inReader, loadIntoReader, type DriverPage } from './closed-shadow';

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
      small.push({ name: ((el.getAttribute('aria-label') ?? el.textContent ?? '').trim() || `${el.tagName.toLowerCase()}.${el.className}`).slice(0, 40), width: Math.round(box.width), height: Math.round(box.height) });
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
