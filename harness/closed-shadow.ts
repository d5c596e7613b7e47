/**
 * The read button's and the reader's shadow roots are closed (`host.shadowRoot` is null for the page, and so
 * for `page.evaluate`), and only trusted clicks open the reader. The tests reach inside from the driver, never
 * from the page: nothing here reopens a root or leaves anything in the page.
 *
 * - Looking inside: `inShadow(page, 'inkwell-reader', (roots, arg) => ...)` runs a function in the page's main
 *   world with the closed roots of every host matching the selector (document order) as arguments.
 *   Chromium (playwright-core): CDP hands out closed roots (`DOM.describeNode` with `pierce`, then
 *   `DOM.resolveNode` and `Runtime.callFunctionOn`). Firefox (puppeteer-core over WebDriver BiDi): a node
 *   serialized with `includeShadowTree: 'all'` carries its closed root's `sharedId`, which `script.callFunction`
 *   takes back as an argument.
 * - Clicking: the real mouse at the element's centre (`page.mouse.click`), a trusted click as the user's is;
 *   whatever the page put on top there gets it instead.
 *
 * - The reader itself is a frame of the extension's own origin inside its host's closed root (utils/reader-frame.ts):
 *   `inReader` runs its function in that frame (the driver's frames: Playwright's in Chromium, out-of-process
 *   frames included; puppeteer-core's over WebDriver BiDi in Firefox) with the frame's document as the root. A
 *   frame page the page loaded itself, or a closed reader's frame still saving, shows no reader: it is not it.
 *
 * Like `page.evaluate`, the function is sent as source: it must be self-contained, and what it returns must be
 * JSON (it comes back through JSON.stringify).
 */
import type { CDPSession, Page as PlaywrightPage } from 'playwright-core';
import type { Page as PuppeteerPage } from 'puppeteer-core';
import { evaluate } from './evaluate';

export type DriverPage = PlaywrightPage | PuppeteerPage;

/**
 * In scope for every function run in the page or the reader here (and for `viewOf(page, 'page')`, `readerLinksOfDocument`):
 * - `inkDrawnText(el)`: an element's rendered text (innerText) whether or not the reader draws it now. A part's text is
 *   drawn only near the view (content-visibility: auto), and Chromium gives a part off screen no innerText: a part not
 *   drawn, or what holds one or is in one, is read from a copy of it drawn out of the view beside it, taken away at
 *   once (the reader's parts, their place and the sizes they keep are untouched).
 * - `inkParagraphAt(root, y)`: the first paragraph of the parts whose bottom is below the line `y` (client px). Only
 *   a part whose box reaches the line is looked in: a part not drawn keeps an estimated height, and its paragraphs,
 *   measured, are laid out at their own, past its box's end.
 */
export const IN_PAGE_HELPERS = `const inkDrawnText = (el) => {
      if (!el) return '';
      const part = el.closest('.ink-part');
      const skipped = (p) => !(p.firstElementChild?.checkVisibility({ contentVisibilityAuto: true }) ?? true);
      if (part ? !skipped(part) : !Array.from(el.querySelectorAll('.ink-part')).some(skipped)) return el.innerText;
      const copy = el.cloneNode(true);
      for (const x of [copy, ...copy.querySelectorAll('.ink-part')]) x.style.contentVisibility = 'visible';
      Object.assign(copy.style, { position: 'absolute', left: '-100000px', top: '0' });
      (part ?? el).after(copy);
      try { return copy.innerText; } finally { copy.remove(); }
    };
    const inkParagraphAt = (root, y) => {
      for (const a of root.querySelectorAll('article')) {
        if (a.getBoundingClientRect().bottom <= y) continue;
        const p = Array.from(a.querySelectorAll('.ink-prose > *')).find((x) => x.getBoundingClientRect().bottom > y);
        if (p) return p;
      }
      return null;
    };`;
declare global {
  /** Defined only inside the functions this file runs in the page (IN_PAGE_HELPERS). */
  function inkDrawnText(el: Element | null | undefined): string;
  /** Defined only inside the functions this file runs in the page (IN_PAGE_HELPERS). */
  function inkParagraphAt(root: ParentNode, y: number): HTMLElement | null;
}

export const READER_HOST = 'inkwell-reader';
export const READ_BUTTON_HOST = 'inkwell-read-button';

const isPlaywright = (page: DriverPage): page is PlaywrightPage => typeof (page as PlaywrightPage).context === 'function';

/**
 * The function as the page runs it: the arguments' JSON parsed, the result's JSON back. `__name` is the helper
 * the test transform may add to functions' sources (it does not exist in the page).
 */
function wrap(fn: string): string {
  return `async function (argJson, ...roots) {
    const __name = (f) => f;
    ${IN_PAGE_HELPERS}
    const result = await (${fn})(roots, JSON.parse(argJson));
    return JSON.stringify(result === undefined ? null : result);
  }`;
}

// --- Chromium: CDP -----------------------------------------------------------------------------------------

const cdpSessions = new WeakMap<PlaywrightPage, Promise<CDPSession>>();
const GROUP = 'inkwell-closed-shadow';

async function cdpOf(page: PlaywrightPage): Promise<CDPSession> {
  let s = cdpSessions.get(page);
  if (!s) {
    s = page.context().newCDPSession(page);
    cdpSessions.set(page, s);
  }
  return s;
}

async function inShadowChromium(page: PlaywrightPage, host: string, fn: string, argJson: string): Promise<string> {
  const cdp = await cdpOf(page);
  try {
    const hosts = await cdp.send('Runtime.evaluate', { expression: `Array.from(document.querySelectorAll(${JSON.stringify(host)}))`, objectGroup: GROUP });
    if (hosts.exceptionDetails || !hosts.result.objectId) throw new Error(`querySelectorAll(${host}): ${hosts.exceptionDetails?.text ?? 'no result'}`);
    const props = await cdp.send('Runtime.getProperties', { objectId: hosts.result.objectId, ownProperties: true });
    const elements = props.result
      .filter((p) => /^\d+$/.test(p.name) && p.value?.objectId)
      .sort((a, b) => Number(a.name) - Number(b.name))
      .map((p) => p.value!.objectId!);
    const roots: string[] = [];
    for (const objectId of elements) {
      const { node } = await cdp.send('DOM.describeNode', { objectId, depth: 1, pierce: true });
      const shadow = node.shadowRoots?.[0];
      if (!shadow) continue;
      const { object } = await cdp.send('DOM.resolveNode', { backendNodeId: shadow.backendNodeId, objectGroup: GROUP });
      if (object.objectId) roots.push(object.objectId);
    }
    const res = await cdp.send('Runtime.callFunctionOn', {
      functionDeclaration: wrap(fn),
      objectId: hosts.result.objectId,
      arguments: [{ value: argJson }, ...roots.map((objectId) => ({ objectId }))],
      awaitPromise: true,
      returnByValue: true,
      objectGroup: GROUP,
    });
    if (res.exceptionDetails) throw new Error(`in the page: ${res.exceptionDetails.exception?.description ?? res.exceptionDetails.text}`);
    return res.result.value as string;
  } finally {
    await cdp.send('Runtime.releaseObjectGroup', { objectGroup: GROUP }).catch(() => undefined);
  }
}

// --- Firefox: WebDriver BiDi ---------------------------------------------------------------------------------

interface BidiNode {
  type: string;
  sharedId?: string;
  value?: { shadowRoot?: BidiNode | null } & Record<string, unknown>;
}
interface BidiEvaluateResult {
  type: 'success' | 'exception';
  result?: { type: string; value?: unknown };
  exceptionDetails?: { text?: string; exception?: { value?: unknown } };
}
interface BidiSession {
  send(method: string, params: object): Promise<{ result: BidiEvaluateResult }>;
}

/** puppeteer-core's BiDi session and the page's browsing context (not public API: checked here, once, loudly). */
function bidiOf(page: PuppeteerPage): { session: BidiSession; context: string } {
  const bc = (page.mainFrame() as unknown as { browsingContext?: { id: string; userContext?: { browser?: { session?: BidiSession } } } }).browsingContext;
  const session = bc?.userContext?.browser?.session;
  if (!bc?.id || typeof session?.send !== 'function') throw new Error('closed-shadow: no WebDriver BiDi session on this puppeteer page (puppeteer-core internals changed?)');
  return { session, context: bc.id };
}

function bidiFailure(what: string, r: BidiEvaluateResult): Error {
  const d = r.exceptionDetails;
  return new Error(`${what}: ${d?.text ?? JSON.stringify(d?.exception?.value ?? r)}`);
}

async function inShadowFirefox(page: PuppeteerPage, host: string, fn: string, argJson: string): Promise<string> {
  const { session, context } = bidiOf(page);
  const found = await session.send('script.callFunction', {
    functionDeclaration: '(sel) => Array.from(document.querySelectorAll(sel))',
    arguments: [{ type: 'string', value: host }],
    target: { context },
    awaitPromise: false,
    resultOwnership: 'none',
    serializationOptions: { maxDomDepth: 1, maxObjectDepth: 1, includeShadowTree: 'all' },
  });
  if (found.result.type !== 'success') throw bidiFailure(`querySelectorAll(${host})`, found.result);
  const nodes = (found.result.result?.value ?? []) as BidiNode[];
  const roots = nodes.map((n) => n.value?.shadowRoot?.sharedId).filter((id): id is string => !!id);
  const res = await session.send('script.callFunction', {
    functionDeclaration: wrap(fn),
    arguments: [{ type: 'string', value: argJson }, ...roots.map((sharedId) => ({ sharedId }))],
    target: { context },
    awaitPromise: true,
    resultOwnership: 'none',
  });
  if (res.result.type !== 'success') throw bidiFailure('in the page', res.result);
  return res.result.result?.value as string;
}

// --- The reader's frame -----------------------------------------------------------------------------------

interface DriverFrame {
  url(): string;
  evaluate(expression: string): Promise<unknown>;
}

const READER_FRAME_CHECK = `/^(chrome|moz)-extension:$/.test(location.protocol) && location.pathname === '/reader-frame.html' && !!document.querySelector('#app > .ink-root')`;

/** The open reader's frame: an extension frame page with the reader mounted (at most one is). */
async function readerFrame(page: DriverPage): Promise<DriverFrame | null> {
  // Asked of each frame itself: puppeteer's BiDi frames can keep saying about:blank for an extension frame.
  const main = page.mainFrame() as unknown as DriverFrame;
  for (const f of page.frames() as unknown as DriverFrame[]) {
    if (f === main) continue;
    const mounted = await f.evaluate(READER_FRAME_CHECK).catch((e: Error) => {
      if (process.env.INKWELL_DEBUG_FRAMES) console.log(`[frames] ${f.url()}: ${e.message.slice(0, 200)}`);
      return false;
    });
    if (mounted) return f;
  }
  return null;
}

/** `source(roots, arg)` in the reader's frame, its document the one root; with no reader, no roots (in the page). */
async function inReaderFrame(page: DriverPage, source: string, argJson: string): Promise<string> {
  const frame = await readerFrame(page);
  const call = (roots: string) => `(${wrap(source)})(${JSON.stringify(argJson)}${roots})`;
  if (!frame) return (await (page as unknown as DriverFrame).evaluate(call(''))) as string;
  return (await frame.evaluate(call(', document'))) as string;
}

/** The open reader's frame as the driver knows it (a Playwright or puppeteer Frame), or null. */
export function readerFrameOf(page: DriverPage): Promise<unknown> {
  return readerFrame(page);
}

/**
 * Runs a script (source, as a page's <script> would) in the open reader's frame: a library a test needs there
 * (axe-core). The driver's evaluation is not held to the frame page's Content-Security-Policy. False without a reader.
 */
export async function loadIntoReader(page: DriverPage, script: string): Promise<boolean> {
  const frame = await readerFrame(page);
  if (!frame) return false;
  await frame.evaluate(script);
  return true;
}

// --- API -----------------------------------------------------------------------------------------------------

/**
 * Runs `fn(roots, arg)` in the page's main world, `roots` the closed shadow roots of the hosts matching `host`
 * (document order; hosts without a root are left out). Resolves with what `fn` returned (JSON).
 */
export function inShadow<R, A = null>(page: DriverPage, host: string, fn: (roots: ShadowRoot[], arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
  return run(page, host, fn.toString(), arg);
}

/**
 * `fn(root, arg)` with the open reader's root (the document of its frame: querySelector in it, read its
 * `activeElement`; it is no ShadowRoot and has no `host`), or null while no reader is open.
 */
export function inReader<R, A = null>(page: DriverPage, fn: (root: ShadowRoot | null, arg: A) => R | Promise<R>, arg?: A): Promise<Awaited<R>> {
  return run(page, READER_HOST, `(roots, arg) => (${fn.toString()})(roots[0] ?? null, arg)`, arg);
}

/** `inShadow` on the reader's host reaches into its frame: what the reader shows is there. */
async function run<R>(page: DriverPage, host: string, source: string, arg: unknown): Promise<R> {
  const argJson = JSON.stringify(arg ?? null);
  let json: string;
  if (host === READER_HOST) json = await inReaderFrame(page, source, argJson);
  else json = isPlaywright(page) ? await inShadowChromium(page, host, source, argJson) : await inShadowFirefox(page, host, source, argJson);
  return JSON.parse(json) as R;
}

/**
 * The accessible names (aria-label) of the 'Read in Inkwell' buttons on the page, in document order; hidden ones
 * (display:none, visibility:hidden, under aria-hidden) left out, as a role query leaves them out.
 */
export function readButtonNames(page: DriverPage): Promise<string[]> {
  return inShadow(page, READ_BUTTON_HOST, (roots) =>
    roots
      .map((r) => r.querySelector('button'))
      .filter((b): b is HTMLButtonElement => {
        if (!b || (typeof b.checkVisibility === 'function' && !b.checkVisibility({ visibilityProperty: true }))) return false;
        for (let n: Element | null = (b.getRootNode() as ShadowRoot).host; n; n = n.parentElement) if (n.getAttribute('aria-hidden') === 'true') return false;
        return true;
      })
      .map((b) => b.getAttribute('aria-label') ?? ''),
  );
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Polls `fn` until `ok` says yes (or the time is up, resolving with the last value). */
export async function pollFor<T>(fn: () => Promise<T>, ok: (v: T) => boolean, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  let v = await fn();
  while (!ok(v) && Date.now() < end) {
    await sleep(100);
    v = await fn();
  }
  return v;
}

interface Point {
  x: number;
  y: number;
}

/** A trusted click at a point of the page (the real mouse). */
export async function mouseClick(page: DriverPage, at: Point): Promise<void> {
  await page.mouse.click(at.x, at.y);
}

/**
 * A trusted click on the 'Read in Inkwell' button: the first one, or the first whose name matches `name`.
 * Waits for the button to be there (the detector runs at document idle). Resolves with the button's name.
 * `before`: the pointer rests on the button that long first, and `then` runs, before the click (as a reader's
 * pointer comes to the button before the click; the driver's own click moves and presses at once).
 */
export async function clickReadButton(page: DriverPage, name: RegExp = /^Read in Inkwell/, timeout = 10_000, before?: { restMs: number; then?: () => Promise<unknown> }): Promise<string> {
  const at = await readButtonAt(page, name, timeout);
  if (before) {
    await page.mouse.move(at.x, at.y);
    await new Promise((r) => setTimeout(r, before.restMs));
    await before.then?.();
  }
  await mouseClick(page, at);
  return at.name;
}

/** Where the 'Read in Inkwell' button named `name` is (its centre, in view), once it is there and steady. */
export async function readButtonAt(page: DriverPage, name: RegExp = /^Read in Inkwell/, timeout = 10_000): Promise<Point & { name: string }> {
  const spec = { source: name.source, flags: name.flags };
  // Where the button is, twice alike and on top there (the page's hit test finds its host): a page still settling
  // (the scroll a history traversal restores, a closing reader's overlay) moves or covers it between the look and the
  // click, and the click lands elsewhere.
  let last: { x: number; y: number } | null = null;
  const at = await pollFor(
    () =>
      inShadow(
        page,
        READ_BUTTON_HOST,
        (roots, arg) => {
          const re = new RegExp(arg.source, arg.flags);
          const button = roots.map((r) => r.querySelector('button')).find((b) => !!b && re.test(b.getAttribute('aria-label') ?? ''));
          if (!button) return null;
          button.scrollIntoView({ block: 'center', inline: 'center' });
          const r = button.getBoundingClientRect();
          const x = r.x + r.width / 2;
          const y = r.y + r.height / 2;
          const host = (button.getRootNode() as ShadowRoot).host;
          return { x, y, name: button.getAttribute('aria-label') ?? '', onTop: document.elementFromPoint(x, y) === host };
        },
        spec,
      ),
    (v) => {
      const steady = !!v && v.onTop && !!last && last.x === v.x && last.y === v.y;
      last = v && { x: v.x, y: v.y };
      return steady;
    },
    timeout,
  );
  if (!at) throw new Error(`no 'Read in Inkwell' button named ${name} on ${page.url()}`);
  return at;
}

/**
 * A trusted click on an element inside the reader: the `nth` (default 0) element matching `selector` whose text
 * (or aria-label) matches `text` when given. Scrolls it into view first. Throws when there is none.
 */
export async function clickInReader(page: DriverPage, selector: string, opts: { text?: RegExp; nth?: number; within?: string; withinNth?: number } = {}): Promise<void> {
  const spec = { selector, text: opts.text ? { source: opts.text.source, flags: opts.text.flags } : null, nth: opts.nth ?? 0, within: opts.within ?? null, withinNth: opts.withinNth ?? 0 };
  const at = await inReader(
    page,
    (root, arg) => {
      if (!root) return null;
      const scope = arg.within ? root.querySelectorAll(arg.within)[arg.withinNth] : root;
      if (!scope) return null;
      const re = arg.text ? new RegExp(arg.text.source, arg.text.flags) : null;
      const matches = Array.from(scope.querySelectorAll(arg.selector)).filter((el) => !re || re.test(el.textContent ?? '') || re.test(el.getAttribute('aria-label') ?? ''));
      const el = matches[arg.nth] as HTMLElement | undefined;
      if (!el) return null;
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const r = el.getBoundingClientRect();
      return { x: r.x + r.width / 2, y: r.y + r.height / 2 };
    },
    spec,
  );
  if (!at) throw new Error(`nothing in the reader matches ${selector}${opts.text ? ` ${opts.text}` : ''}${opts.within ? ` within ${opts.within}[${opts.withinNth ?? 0}]` : ''}`);
  await mouseClick(page, at);
}

/** Resolves once the reader's dialog is there (throws after `timeout`). */
export async function waitForReader(page: DriverPage, timeout = 15_000): Promise<void> {
  const open = await pollFor(() => inReader(page, (root) => !!root?.querySelector('[role="dialog"]')), Boolean, timeout);
  if (!open) {
    // Say what the frames were doing (the reader's frame loading, waiting for its ticket, or none).
    const frames = await Promise.all(
      (page.frames() as unknown as DriverFrame[])
        .slice(1)
        .map(
          async (f) =>
            `${await f.evaluate(`JSON.stringify({ url: location.href, state: document.readyState, app: document.getElementById('app')?.childElementCount ?? null })`).catch((e: Error) => e.message.slice(0, 80))}`,
        ),
    );
    throw new Error(`the reader did not open on ${page.url()} (frames: ${frames.join('; ') || 'none'})`);
  }
}

/**
 * Closing takes back the history entry the reader pushed (history.back(), once the frame has saved): a reload or
 * navigation while that is under way is aborted. Resolves once it is done (or after 5 s), as a user's next
 * click would come. A page that cannot answer (navigating away) counts as done.
 */
export async function historySettled(page: DriverPage): Promise<void> {
  await pollFor(
    () => evaluate(page, () => history.state).catch(() => null),
    (s) => s !== 'inkwell-reader-open',
    5_000,
  );
}

/** How many parts the reader shows with their text. */
export function proseCount(page: DriverPage): Promise<number> {
  return inReader(page, (root) => root?.querySelectorAll('article .ink-prose').length ?? 0);
}

/** The reader's articles' rendered text (innerText, drawn or not: IN_PAGE_HELPERS), in order. */
export function articleTexts(page: DriverPage): Promise<string[]> {
  return inReader(page, (root) => (root ? Array.from(root.querySelectorAll('article')).map((a) => inkDrawnText(a)) : []));
}

/** The first 60 characters of the paragraph at the top of the reader's view ('' while there is none). */
export function topParagraph(page: DriverPage): Promise<string> {
  return inReader(page, (root) => {
    const scroller = root?.querySelector('.ink-scroll') as HTMLElement | null;
    if (!root || !scroller) return '';
    const top = scroller.getBoundingClientRect().top + 10;
    return inkDrawnText(inkParagraphAt(root, top)).slice(0, 60);
  });
}

/** Scrolls the reader so that paragraph `paragraph` of article `article` is at the top; resolves with its first 60 characters. */
export function scrollReaderTo(page: DriverPage, article: number, paragraph: number): Promise<string> {
  return inReader(
    page,
    (root, arg) => {
      const scroller = root!.querySelector('.ink-scroll') as HTMLElement;
      const p = root!.querySelectorAll('article')[arg.article].querySelectorAll('.ink-prose > *')[arg.paragraph] as HTMLElement;
      scroller.scrollTop += p.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
      return inkDrawnText(p).slice(0, 60);
    },
    { article, paragraph },
  );
}

/** The reader's scroller's scrollTop. */
export function readerScrollTop(page: DriverPage): Promise<number> {
  return inReader(page, (root) => (root?.querySelector('.ink-scroll') as HTMLElement | null)?.scrollTop ?? -1);
}

/** The accessible name of the element focused inside the read buttons' or the reader's closed roots ('' for none). */
export async function focusedInside(page: DriverPage, host: string): Promise<string> {
  return inShadow(page, host, (roots) => {
    for (const r of roots) if (r.activeElement) return r.activeElement.getAttribute('aria-label') ?? r.activeElement.textContent ?? '';
    return '';
  });
}
