/**
 * What the hostile-page suites check inside the page (run in the page's main world with the closed shadow roots
 * from harness/closed-shadow.ts, `inReader(page, scanProse)`, so these functions must be self-contained): traces of payloads, the reader's prose scanned for anything that
 * could run, load or restyle, events dispatched at everything, and whether the overlay and the buttons are
 * visible and on top. Shared by the Chromium (Playwright) and Firefox (puppeteer) suites.
 */
import { join } from 'node:path';
import { type DriverPage, inReader } from '../../../harness/closed-shadow';
import { evaluate } from '../../../harness/evaluate';
import { FIXTURES } from '../../../harness/paths';

export const HOSTILE_PAGES_JSON = join(FIXTURES, 'hostile/pages.json');

export interface ProseScan {
  /** "vNN: what" for everything in the reader's prose that could run, load, navigate or restyle. */
  problems: string[];
  /** Text of the reader's parts (textContent). */
  text: string;
  /** Rendered text (innerText): what a reader sees. */
  visibleText: string;
  parts: number;
  paragraphs: number;
}

/** In the page: scan the reader's prose, naming the vector each problem sits in. */
export function scanProse(root: ShadowRoot | null): ProseScan {
  const problems: string[] = [];
  if (!root) return { problems: ['no reader'], text: '', visibleText: '', parts: 0, paragraphs: 0 };
  const FORBIDDEN = 'script, style, iframe, frame, object, embed, applet, form, input, button, select, textarea, base, meta, link, svg, math, template, video, audio, source, portal, noscript';
  let current = '(no vector)';
  for (const prose of Array.from(root.querySelectorAll('.ink-prose'))) {
    const walker = document.createTreeWalker(prose, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (n.nodeType === Node.TEXT_NODE) {
        const m = /^\s*\[(v\d+)\]/.exec((n as Text).data);
        if (m) current = m[1];
        continue;
      }
      const el = n as Element;
      const tag = el.localName;
      if (el.matches(FORBIDDEN)) problems.push(`${current}: <${tag}>`);
      if (el.namespaceURI !== 'http://www.w3.org/1999/xhtml') problems.push(`${current}: <${tag}> in ${el.namespaceURI}`);
      // A handler with no attribute (in Chrome, one the parse gave the element in the page's world): only the
      // element's on* properties show it.
      for (const key in el) {
        if (key.startsWith('on') && typeof (el as unknown as Record<string, unknown>)[key] === 'function') problems.push(`${current}: ${tag}.${key} is set`);
      }
      for (const a of Array.from(el.attributes)) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on')) problems.push(`${current}: ${tag}[${name}]`);
        if (['style', 'class', 'id', 'name', 'srcset', 'ping', 'formaction', 'action', 'background', 'poster', 'xlink:href', 'srcdoc', 'data', 'http-equiv'].includes(name)) {
          problems.push(`${current}: ${tag}[${name}]`);
        }
        if (/^\s*(?:javascript|vbscript|data):/i.test(a.value) || a.value.includes('pwned.livejournal.com')) problems.push(`${current}: ${tag}[${name}=${a.value.slice(0, 50)}]`);
      }
      if ((tag === 'a' || tag === 'area') && el.hasAttribute('href')) {
        const href = el.getAttribute('href')!;
        if (!/^(?:https?:\/\/|mailto:)/i.test(href)) problems.push(`${current}: ${tag}[href=${href.slice(0, 50)}]`);
        if (el.getAttribute('target') !== '_blank' || !/\bnoopener\b/.test(el.getAttribute('rel') ?? '')) problems.push(`${current}: a link without target=_blank rel=noopener`);
      }
      if (tag === 'img' && el.hasAttribute('src') && !/^https?:\/\//i.test(el.getAttribute('src')!)) problems.push(`${current}: img[src=${el.getAttribute('src')}]`);
    }
  }
  const parts = root.querySelector('.ink-parts') as HTMLElement | null;
  return {
    problems,
    text: parts?.textContent ?? '',
    visibleText: inkDrawnText(parts),
    parts: root.querySelectorAll('article .ink-prose').length,
    paragraphs: root.querySelectorAll('.ink-prose p').length,
  };
}

/** In the page: fire every event a handler could wait for at every element of the reader's prose. */
export function poke(root: ShadowRoot | null): number {
  if (!root) return 0;
  // Links open tabs and follow hrefs: keep the default actions off; inline handlers still run.
  const stop = (e: Event) => e.preventDefault();
  root.addEventListener('click', stop, true);
  root.addEventListener('submit', stop, true);
  const mouse = ['mouseover', 'mouseenter', 'mousemove', 'mousedown', 'mouseup', 'click', 'dblclick', 'contextmenu', 'auxclick'];
  const pointer = ['pointerover', 'pointerenter', 'pointerdown', 'pointerup'];
  const plain = [
    'focus',
    'focusin',
    'blur',
    'keydown',
    'keyup',
    'input',
    'toggle',
    'animationstart',
    'animationend',
    'transitionend',
    'load',
    'error',
    'begin',
    'start',
    'scroll',
    'wheel',
    'copy',
    'paste',
  ];
  let n = 0;
  try {
    for (const el of Array.from(root.querySelectorAll('.ink-prose *'))) {
      for (const t of mouse) el.dispatchEvent(new MouseEvent(t, { bubbles: true, cancelable: true, composed: false }));
      for (const t of pointer) el.dispatchEvent(new PointerEvent(t, { bubbles: true, cancelable: true }));
      for (const t of plain) el.dispatchEvent(new Event(t, { bubbles: true, cancelable: true }));
      (el as HTMLElement).focus?.();
      n++;
    }
  } finally {
    root.removeEventListener('click', stop, true);
    root.removeEventListener('submit', stop, true);
  }
  return n;
}

export interface OnTop {
  /** Points (x,y) where something other than the reader's host is hit. */
  missed: string[];
  visible: boolean;
  /** The overlay's box against the viewport. */
  rect: { x: number; y: number; width: number; height: number };
  viewport: { width: number; height: number };
  /** The first paragraph's computed look: can it be read? */
  prose: { fontSize: number; color: string; opacity: string; visibility: string; background: string } | null;
}

/** Is the reader visible, covering the viewport, on top everywhere, its prose legible? The page's side and the reader's frame's. */
export async function readerOnTop(page: DriverPage): Promise<OnTop> {
  const pageSide = await evaluate(page, () => {
    const host = document.querySelector('inkwell-reader') as HTMLElement | null;
    const vw = window.innerWidth;
    const vh = window.innerHeight;
    const missed: string[] = [];
    for (const [x, y] of [
      [vw / 2, vh / 2],
      [10, 10],
      [vw - 20, 10],
      [10, vh - 10],
      [vw - 20, vh - 10],
      [vw / 2, 30],
    ]) {
      const hit = document.elementFromPoint(x, y);
      if (!host || hit !== host) missed.push(`(${Math.round(x)},${Math.round(y)}) hits ${hit ? `<${hit.localName}${hit.className ? `.${String(hit.className).split(' ')[0]}` : ''}>` : 'nothing'}`);
    }
    const visible = !!host && (typeof host.checkVisibility !== 'function' || host.checkVisibility({ opacityProperty: true, visibilityProperty: true }));
    return { missed, visible, viewport: { width: vw, height: vh } };
  });
  // In the frame (it fills the viewport: its coordinates are the page's).
  const frameSide = await inReader(page, (root) => {
    const ink = root?.querySelector('.ink-root') as HTMLElement | null;
    const r = ink?.getBoundingClientRect() ?? { x: 0, y: 0, width: 0, height: 0 };
    const p = root?.querySelector('.ink-prose p') as HTMLElement | null;
    const cs = p ? getComputedStyle(p) : null;
    return {
      visible: !!ink && (typeof ink.checkVisibility !== 'function' || ink.checkVisibility({ opacityProperty: true, visibilityProperty: true })),
      rect: { x: r.x, y: r.y, width: r.width, height: r.height },
      prose: cs ? { fontSize: parseFloat(cs.fontSize), color: cs.color, opacity: cs.opacity, visibility: cs.visibility, background: ink ? getComputedStyle(ink).backgroundColor : '' } : null,
    };
  });
  return { missed: pageSide.missed, visible: pageSide.visible && frameSide.visible, rect: frameSide.rect, viewport: pageSide.viewport, prose: frameSide.prose };
}

export interface ButtonCheck {
  count: number;
  /** What is wrong with each button that is not visible and clickable. */
  problems: string[];
}

/**
 * In the page: every 'Read in Inkwell' button visible, of a usable size and the top element at its centre.
 * `roots`: the buttons' closed roots, in the hosts' document order (`inShadow(page, READ_BUTTON_HOST, buttonsVisible)`).
 */
export function buttonsVisible(roots: ShadowRoot[]): ButtonCheck {
  const hosts = Array.from(document.querySelectorAll('inkwell-read-button')) as HTMLElement[];
  const problems: string[] = [];
  if (roots.length !== hosts.length) problems.push(`${hosts.length} hosts, ${roots.length} roots`);
  hosts.forEach((host, i) => {
    host.scrollIntoView({ block: 'center', inline: 'center' });
    const root = roots[i];
    const button = root?.querySelector('button') as HTMLElement | null;
    if (!button) {
      problems.push(`#${i}: no button`);
      return;
    }
    const r = button.getBoundingClientRect();
    if (r.width < 16 || r.height < 12) problems.push(`#${i}: ${Math.round(r.width)}x${Math.round(r.height)} px`);
    if (typeof button.checkVisibility === 'function' && !button.checkVisibility({ opacityProperty: true, visibilityProperty: true })) problems.push(`#${i}: not visible`);
    const cs = getComputedStyle(button);
    if (parseFloat(cs.fontSize) < 9) problems.push(`#${i}: font-size ${cs.fontSize}`);
    const hit = document.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2);
    if (hit !== host) problems.push(`#${i}: covered by <${hit?.localName ?? 'nothing'}>`);
    else if (root.elementFromPoint(r.x + r.width / 2, r.y + r.height / 2) !== button) problems.push(`#${i}: the button itself is not hit`);
  });
  return { count: hosts.length, problems };
}
