/**
 * Keeping the reader on top (issue 10, item 8). The reader's host is a manual popover, in the top
 * layer, above whatever the page stacks. But the top layer is a stack: a popover the page shows
 * later, a `<dialog>` it opens with showModal(), an element it makes fullscreen, all go above it,
 * and the page could draw a look-alike of the reader there (a fake "log in to see part 3").
 *
 * So the reader watches: the page's popovers and dialogs opening (`toggle` events, seen in the
 * capture phase though they do not bubble), fullscreen changes, every pointer press and key press,
 * and once a second whether the topmost element at a few points of the viewport is its own host.
 * Lost, it takes the top back: it leaves the page's fullscreen and shows its popover again (last
 * shown is topmost). Where that cannot work it closes, so what is on top is plainly the page's:
 * a page's modal dialog makes everything else inert (both browsers: a popover shown again above
 * it stays inert), and a page that keeps taking the top back is fighting, not using its page.
 */

export interface TopLayerOptions {
  /** Called once when the reader cannot stay on top: close it. */
  onLost(reason: 'modal' | 'fight' | 'covered'): void;
  /** How often to look when nothing happens. Default 1000 ms. */
  intervalMs?: number;
  /** How many times it takes the top back within `fightWindowMs` before it gives up. Default 5 in 10 s. */
  maxRetakes?: number;
  fightWindowMs?: number;
  /** After the top was taken back (hiding a popover can move the focus out of it). */
  onRetaken?(): void;
  win?: Window;
}

export interface TopLayerGuard {
  /** Looks now; takes the top back if it was lost. True when the reader is (again) on top. */
  check(): boolean;
  stop(): void;
}

type PopoverHost = HTMLElement & { showPopover?: () => void; hidePopover?: () => void };

/** Points the reader must own: the middle, near each corner, the top bar. */
function probePoints(win: Window): [number, number][] {
  const w = win.innerWidth;
  const h = win.innerHeight;
  return [
    [w / 2, h / 2],
    [8, 8],
    [w - 8, 8],
    [8, h - 8],
    [w - 8, h - 8],
    [w / 2, 24],
  ];
}

/** True when every probe point that hits something hits `host`. */
export function ownsViewport(host: Element, win: Window = window): boolean {
  const doc = win.document;
  if (doc.visibilityState === 'hidden' || win.innerWidth < 20 || win.innerHeight < 20) return true;
  for (const [x, y] of probePoints(win)) {
    const hit = doc.elementFromPoint(x, y);
    if (hit && hit !== host) return false;
  }
  return true;
}

export function keepOnTop(host: PopoverHost, opts: TopLayerOptions): TopLayerGuard {
  const win = opts.win ?? window;
  const doc = win.document;
  const maxRetakes = opts.maxRetakes ?? 5;
  const fightWindow = opts.fightWindowMs ?? 10_000;
  const retakes: number[] = [];
  let stopped = false;

  const lose = (reason: 'modal' | 'fight' | 'covered') => {
    if (stopped) return;
    guard.stop();
    opts.onLost(reason);
  };

  const pageModalOpen = (): boolean => {
    try {
      return !!doc.querySelector('dialog:modal');
    } catch {
      return false; // no :modal support
    }
  };

  const retake = (): boolean => {
    const now = Date.now();
    while (retakes.length && now - retakes[0]! > fightWindow) retakes.shift();
    retakes.push(now);
    if (retakes.length > maxRetakes) {
      lose('fight');
      return false;
    }
    const fullscreen = doc.fullscreenElement;
    if (fullscreen && fullscreen !== host) void doc.exitFullscreen?.().catch(() => undefined);
    try {
      host.hidePopover?.();
      host.showPopover?.();
      opts.onRetaken?.();
    } catch {
      // No popover support, or not connected any more.
    }
    return true;
  };

  function check(): boolean {
    if (stopped || !host.isConnected) return true;
    if (ownsViewport(host, win) && !(doc.fullscreenElement && doc.fullscreenElement !== host)) return true;
    // A page's modal dialog leaves everything else inert, the reader included, whatever it does.
    if (pageModalOpen()) {
      lose('modal');
      return false;
    }
    if (!retake()) return false;
    if (ownsViewport(host, win)) return true;
    // Fullscreen leaves on the next frame: look again then.
    win.requestAnimationFrame(() => {
      if (!stopped && !ownsViewport(host, win) && !doc.fullscreenElement) lose(pageModalOpen() ? 'modal' : 'covered');
    });
    return false;
  }

  const soon = () => win.requestAnimationFrame(() => void check());
  const onToggle = (e: Event) => {
    if (e.target !== host && (e as Event & { newState?: string }).newState === 'open') soon();
  };
  const onPress = () => void check();
  const timer = win.setInterval(() => void check(), opts.intervalMs ?? 1000);
  doc.addEventListener('toggle', onToggle, true);
  doc.addEventListener('fullscreenchange', soon, true);
  win.addEventListener('pointerdown', onPress, true);
  win.addEventListener('keydown', onPress, true);

  const guard: TopLayerGuard = {
    check,
    stop() {
      if (stopped) return;
      stopped = true;
      win.clearInterval(timer);
      doc.removeEventListener('toggle', onToggle, true);
      doc.removeEventListener('fullscreenchange', soon, true);
      win.removeEventListener('pointerdown', onPress, true);
      win.removeEventListener('keydown', onPress, true);
    },
  };
  return guard;
}
