/**
 * Keeps the keyboard focus in the reader's dialog when what had it goes away (a failed part's
 * Retry replaced by the part's text, a box rebuilt): the browser would drop the focus to the page
 * behind, where the reader's keys (j, Escape) no longer reach it. The focus goes to the same
 * control if it was rebuilt, else to the heading of the part it was in, else to the nearest
 * focusable place that is still there, else to the dialog.
 */
const FOCUSABLE = 'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), summary, [tabindex]';

export function keepFocusIn(dialog: HTMLElement): () => void {
  const root = dialog.getRootNode() as Document | ShadowRoot;
  let last: { el: HTMLElement; ancestors: HTMLElement[]; text: string } | null = null;

  const remember = (el: Element | null) => {
    if (!el || !dialog.contains(el) || el === last?.el) return;
    const ancestors: HTMLElement[] = [];
    for (let n = el.parentElement; n && n !== dialog; n = n.parentElement) ancestors.push(n);
    last = { el: el as HTMLElement, ancestors, text: (el.textContent ?? '').trim() };
  };
  // Firefox fires no focus events while its window is not the focused one: what has the focus is also
  // read at each click and key, and at each change of the DOM while it is still inside.
  const onFocusIn = (e: FocusEvent) => remember(e.composedPath()[0] as Element);
  const onInput = () => remember(root.activeElement);

  const usable = (el: HTMLElement) => el.isConnected && !el.closest('[hidden]') && !(el as HTMLButtonElement).disabled;

  const restore = () => {
    if (!dialog.isConnected) return;
    // Still focused somewhere in the dialog, or the focus went elsewhere on purpose.
    if (root.activeElement && dialog.contains(root.activeElement)) return remember(root.activeElement);
    if (!last) return;
    // Lost: the page's body has it (Chromium), or the reader's host with nothing inside focused (Firefox).
    const doc = dialog.ownerDocument;
    const active = doc.activeElement;
    const host = 'host' in root ? root.host : null;
    if (active && active !== doc.body && active !== doc.documentElement && active !== host) return;
    // Still there (Firefox drops the focus a moment after the mutation that removed the old one): back to it.
    if (usable(last.el)) {
      last.el.focus({ preventScroll: true });
      return;
    }
    const place = last.ancestors.find((a) => a.isConnected && dialog.contains(a));
    const candidates = place ? (Array.from(place.querySelectorAll(FOCUSABLE)) as HTMLElement[]).filter(usable) : [];
    const target =
      candidates.find((c) => c.tagName === last!.el.tagName && (c.textContent ?? '').trim() === last!.text) ??
      (place?.querySelector('[data-focus-fallback]') as HTMLElement | null) ??
      candidates[0] ??
      dialog;
    target.focus({ preventScroll: true });
  };

  dialog.addEventListener('focusin', onFocusIn);
  dialog.addEventListener('click', onInput, true);
  dialog.addEventListener('keydown', onInput, true);
  // Once as the DOM changes, and once more after the browser has settled its own focus.
  let settle: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver(() => {
    restore();
    clearTimeout(settle);
    settle = setTimeout(restore, 0);
  });
  observer.observe(dialog, { childList: true, subtree: true, attributes: true, attributeFilter: ['disabled', 'hidden'] });
  return () => {
    clearTimeout(settle);
    observer.disconnect();
    dialog.removeEventListener('focusin', onFocusIn);
    dialog.removeEventListener('click', onInput, true);
    dialog.removeEventListener('keydown', onInput, true);
  };
}
