/**
 * Reading by touch (a phone): a tap on the text's left side goes back a screen, on its right side on a
 * screen, in its middle shows or hides the bar; a horizontal swipe goes to the next (leftwards) or previous
 * (rightwards) part. Scrolling the text down by finger puts the bar out of the way; scrolling up brings
 * it back. Only touch (and pen) pointers: a mouse or the keyboard work as before. Taps on links, buttons,
 * form controls and text being selected keep their own meaning.
 */

export interface TouchActions {
  screen(direction: 1 | -1): void;
  part(direction: 1 | -1): void;
  /** Show (true) or put away (false) the bar; undefined toggles. */
  bar(show?: boolean): void;
}

/** The sides' share of the text's width: the middle is what is left. */
export const TAP_SIDE = 0.3;
/** A swipe: this far sideways, and at least twice as far sideways as up or down. */
export const SWIPE_MIN = 60;
/** A tap: the finger moved at most this far, and let go within TAP_MS. */
const TAP_SLOP = 10;
const TAP_MS = 500;

/** What keeps a tap its own; a heading that only takes focus (tabindex -1) is text. */
const INTERACTIVE = 'a, button, input, select, textarea, label, summary, details, [role="button"], [tabindex]:not([tabindex="-1"])';

/** What a finger on the text means, from where it went down and came up (pure: unit-tested). */
export function gestureOf(
  down: { x: number; y: number; t: number },
  up: { x: number; y: number; t: number },
  box: { left: number; width: number },
): { kind: 'screen' | 'part'; direction: 1 | -1 } | { kind: 'bar' } | null {
  const dx = up.x - down.x;
  const dy = up.y - down.y;
  if (Math.abs(dx) >= SWIPE_MIN && Math.abs(dx) >= 2 * Math.abs(dy)) return { kind: 'part', direction: dx < 0 ? 1 : -1 };
  if (Math.hypot(dx, dy) > TAP_SLOP || up.t - down.t > TAP_MS) return null;
  const at = (up.x - box.left) / Math.max(1, box.width);
  if (at < TAP_SIDE) return { kind: 'screen', direction: -1 };
  if (at > 1 - TAP_SIDE) return { kind: 'screen', direction: 1 };
  return { kind: 'bar' };
}

/**
 * Listens on the text's scroller. `isUserAction` keeps synthetic events (a page's script cannot reach the
 * frame, but the rule is the reader's everywhere) from turning pages. Returns the detach.
 */
export function attachTouchNav(scroller: HTMLElement, actions: TouchActions, isUserAction: (e: Event) => boolean): () => void {
  let down: { id: number; x: number; y: number; t: number; ignore: boolean } | null = null;
  let lastTop = scroller.scrollTop;
  /** A finger was on the text lately: a scroll now is the reader's own, not a jump to a part. */
  let touchedAt = -Infinity;

  const onDown = (e: PointerEvent) => {
    if (e.pointerType === 'mouse' || !e.isPrimary) return;
    touchedAt = e.timeStamp;
    const target = e.target as Element | null;
    // A wide table or preformatted block scrolls sideways itself: a swipe there is its own.
    const own = target?.closest?.(`${INTERACTIVE}, table, pre`);
    const ignore = !!own && own !== scroller && scroller.contains(own);
    down = { id: e.pointerId, x: e.clientX, y: e.clientY, t: e.timeStamp, ignore };
  };
  const onUp = (e: PointerEvent) => {
    const start = down;
    down = null;
    if (!start || start.id !== e.pointerId || start.ignore || !isUserAction(e)) return;
    touchedAt = e.timeStamp;
    const selection = scroller.ownerDocument.getSelection();
    if (selection && !selection.isCollapsed && selection.toString().trim()) return;
    const r = scroller.getBoundingClientRect();
    const g = gestureOf(start, { x: e.clientX, y: e.clientY, t: e.timeStamp }, { left: r.left, width: r.width });
    if (!g) return;
    if (g.kind === 'bar') actions.bar();
    else if (g.kind === 'screen') {
      actions.screen(g.direction);
      if (g.direction === 1) actions.bar(false);
    } else actions.part(g.direction);
    // The gesture's own scrolling is done: the scroll it fires is no finger dragging the text.
    lastTop = scroller.scrollTop;
  };
  // The browser took the finger for scrolling (a vertical pan): no tap, no swipe.
  const onCancel = (e: PointerEvent) => {
    if (down?.id === e.pointerId) down = null;
  };
  const onScroll = () => {
    const top = scroller.scrollTop;
    const moved = top - lastTop;
    if (top <= 0) actions.bar(true);
    // Momentum goes on after the finger is up: a couple of seconds count as the finger's scroll.
    else if (performance.now() - touchedAt <= 2000 && Math.abs(moved) >= 4) actions.bar(moved < 0);
    // Read after the bar moved: the reader keeps the text still by scrolling, which is no finger's.
    lastTop = scroller.scrollTop;
  };
  scroller.addEventListener('pointerdown', onDown);
  scroller.addEventListener('pointerup', onUp);
  scroller.addEventListener('pointercancel', onCancel);
  scroller.addEventListener('scroll', onScroll, { passive: true });
  return () => {
    scroller.removeEventListener('pointerdown', onDown);
    scroller.removeEventListener('pointerup', onUp);
    scroller.removeEventListener('pointercancel', onCancel);
    scroller.removeEventListener('scroll', onScroll);
  };
}
