/**
 * A windowed list: a scrolling viewport holding a <ul> as tall as every row together, with only
 * the rows in view (plus a few either side) in the DOM, positioned absolutely. 5,000 stories
 * cost the DOM about twenty <li>.
 *
 * Rows keep their DOM order by index (so Tab follows the list), and a row holding the focus is
 * kept while it is scrolled away, so the focus is never dropped. Arrow keys move between rows:
 * the focus goes to the control with the same `data-nav` in the next row, which is rendered and
 * scrolled into view first. Each <li> says where it is (aria-posinset / aria-setsize), so a
 * screen reader announces "3 of 5,000" although most rows do not exist.
 */

import { afterPaint } from './after-paint';

export interface VirtualListOptions<T> {
  /** Accessible name of the list. */
  label: string;
  /** Height in px of a row. */
  heightOf(item: T): number;
  /** A stable key: rows are reused while their key stays in view. */
  keyOf(item: T): string;
  /** A new <li> for the item (positioning and aria-pos* are added here). */
  render(item: T, index: number): HTMLLIElement;
  /**
   * Whether a row with the same key shows the same thing: `setItems` then keeps its <li> (moved
   * to its new place) instead of drawing it again. Default: never (every row redrawn).
   */
  same?(a: T, b: T): boolean;
  /**
   * Rows rendered beyond each edge of the view. Default 4. Not in the list's first frame: the first
   * rows drawn are those in view only (the first screen's frame lays out and paints no row it does
   * not show), the rows beyond follow once that frame is painted.
   */
  overscan?: number;
  /** Height assumed when the viewport has no layout (a hidden page, a test DOM). Default 600. */
  fallbackHeight?: number;
}

export interface VirtualList<T> {
  /** The scrolling viewport; give it a height (CSS). */
  readonly element: HTMLDivElement;
  readonly list: HTMLUListElement;
  /** Replaces the items; the scroll position goes back to the top unless `keepScroll`. */
  setItems(items: readonly T[], opts?: { keepScroll?: boolean }): void;
  /** Renders the rows in view again from their items (after a change the rows show, e.g. selection). */
  refresh(): void;
  items(): readonly T[];
  /** Scrolls so that the row is in view and renders it. */
  scrollToIndex(index: number): void;
  /** The rendered <li> of the row, rendering it first. */
  rowElement(index: number): HTMLLIElement | null;
  /** Index of the row an element is in, or -1. */
  indexOf(el: Element | null): number;
  /** Number of <li> in the DOM (for tests and benchmarks). */
  renderedCount(): number;
  destroy(): void;
}

export function createVirtualList<T>(opts: VirtualListOptions<T>): VirtualList<T> {
  const fullOverscan = opts.overscan ?? 4;
  // 0 until the first frame with rows is painted (see `overscan` above); then the option's.
  let overscan = 0;
  let overscanPending = false;
  const fallbackHeight = opts.fallbackHeight ?? 600;
  const doc = document;
  const viewport = doc.createElement('div');
  viewport.className = 'vl-viewport';
  const list = doc.createElement('ul');
  list.className = 'vl-list';
  list.setAttribute('aria-label', opts.label);
  list.style.position = 'relative';
  list.style.margin = '0';
  list.style.padding = '0';
  viewport.append(list);

  let items: readonly T[] = [];
  /** offsets[i] = top of row i; offsets[n] = total height. */
  let offsets = new Float64Array(1);
  /** Rendered rows by index. */
  const rendered = new Map<number, HTMLLIElement>();
  const indexByLi = new WeakMap<Element, number>();

  const viewHeight = () => viewport.clientHeight || fallbackHeight;

  /** The first row whose bottom is below y. */
  function rowAt(y: number): number {
    let lo = 0;
    let hi = items.length - 1;
    let ans = items.length;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (offsets[mid + 1] > y) {
        ans = mid;
        hi = mid - 1;
      } else lo = mid + 1;
    }
    return ans;
  }

  function makeRow(index: number): HTMLLIElement {
    const li = opts.render(items[index], index);
    li.style.position = 'absolute';
    li.style.left = '0';
    li.style.right = '0';
    return place(li, index);
  }

  /** Puts a row's <li> at row `index` (position, size, aria-pos*). */
  function place(li: HTMLLIElement, index: number): HTMLLIElement {
    const top = `${offsets[index]}px`;
    const height = `${offsets[index + 1] - offsets[index]}px`;
    if (li.style.top !== top) li.style.top = top;
    if (li.style.height !== height) li.style.height = height;
    li.setAttribute('aria-posinset', String(index + 1));
    li.setAttribute('aria-setsize', String(items.length));
    li.dataset.index = String(index);
    indexByLi.set(li, index);
    return li;
  }

  /** Puts the kept rows in index order in the DOM (Tab follows the list), moving only those out of place: a moved element loses the focus. */
  function orderRows() {
    let cursor = list.firstElementChild;
    for (const i of [...rendered.keys()].sort((a, b) => a - b)) {
      const li = rendered.get(i)!;
      if (li === cursor) cursor = cursor.nextElementSibling;
      else list.insertBefore(li, cursor);
    }
  }

  /** Inserts `li` (row `index`) before the first rendered row with a larger index: DOM order = index order. */
  function insertInOrder(li: HTMLLIElement, index: number) {
    let before: Element | null = null;
    for (const child of Array.from(list.children)) {
      const i = indexByLi.get(child);
      if (i !== undefined && i > index) {
        before = child;
        break;
      }
    }
    list.insertBefore(li, before);
  }

  function focusedIndex(): number {
    const active = doc.activeElement;
    if (!active || !list.contains(active)) return -1;
    return indexOfEl(active);
  }

  /** First and last index of the rows to render (the view and the overscan); last < first when empty. */
  function visibleRange(): [number, number] {
    const n = items.length;
    if (n === 0) return [0, -1];
    const top = viewport.scrollTop;
    return [Math.max(0, rowAt(top) - overscan), Math.min(n - 1, rowAt(top + viewHeight()) + overscan)];
  }

  function render(extra?: number) {
    const n = items.length;
    if (n && !overscan && fullOverscan && !overscanPending) {
      overscanPending = true;
      void afterPaint().then(() => {
        overscan = fullOverscan;
        if (!destroyed) render();
      });
    }
    const [first, last] = visibleRange();
    const keep = new Set<number>();
    for (let i = first; i <= last; i++) keep.add(i);
    const focused = focusedIndex();
    if (focused >= 0) keep.add(focused);
    if (extra !== undefined && extra >= 0 && extra < n) keep.add(extra);
    for (const [i, li] of rendered) {
      if (!keep.has(i)) {
        li.remove();
        rendered.delete(i);
      }
    }
    for (const i of [...keep].sort((a, b) => a - b)) {
      if (rendered.has(i)) continue;
      const li = makeRow(i);
      rendered.set(i, li);
      insertInOrder(li, i);
    }
  }

  function clearRows(keepFocused: boolean) {
    const focused = keepFocused ? focusedIndex() : -1;
    for (const [i, li] of rendered) {
      if (i === focused) continue;
      li.remove();
      rendered.delete(i);
    }
    return focused;
  }

  function indexOfEl(el: Element | null): number {
    let node: Element | null = el;
    while (node && node !== list) {
      const i = indexByLi.get(node);
      if (i !== undefined && node.parentElement === list) return i;
      node = node.parentElement;
    }
    return -1;
  }

  function scrollToIndex(index: number) {
    if (index < 0 || index >= items.length) return;
    const top = offsets[index];
    const bottom = offsets[index + 1];
    const h = viewHeight();
    if (top < viewport.scrollTop) viewport.scrollTop = top;
    else if (bottom > viewport.scrollTop + h) viewport.scrollTop = bottom - h;
    render(index);
  }

  function onKey(e: KeyboardEvent) {
    const target = e.target as HTMLElement | null;
    if (!target || e.altKey || e.ctrlKey || e.metaKey) return;
    const nav = target.closest<HTMLElement>('[data-nav]');
    if (!nav) return;
    const from = indexOfEl(nav);
    if (from < 0) return;
    const page = Math.max(1, Math.floor(viewHeight() / Math.max(1, offsets[from + 1] - offsets[from])) - 1);
    let step = 0;
    let to = from;
    switch (e.key) {
      case 'ArrowDown':
        step = 1;
        to = from + 1;
        break;
      case 'ArrowUp':
        step = -1;
        to = from - 1;
        break;
      case 'PageDown':
        step = 1;
        to = Math.min(items.length - 1, from + page);
        break;
      case 'PageUp':
        step = -1;
        to = Math.max(0, from - page);
        break;
      case 'Home':
        step = 1;
        to = 0;
        break;
      case 'End':
        step = -1;
        to = items.length - 1;
        break;
      default:
        return;
    }
    const role = nav.dataset.nav!;
    // Skip rows without that control (group headings).
    for (let i = to; i >= 0 && i < items.length; i += step) {
      const li = rowElement(i);
      const next = li?.querySelector<HTMLElement>(`[data-nav="${role}"]`);
      if (next) {
        e.preventDefault();
        next.focus();
        return;
      }
    }
    e.preventDefault();
  }

  function rowElement(index: number): HTMLLIElement | null {
    if (index < 0 || index >= items.length) return null;
    scrollToIndex(index);
    return rendered.get(index) ?? null;
  }

  const onScroll = () => render();
  viewport.addEventListener('scroll', onScroll, { passive: true });
  list.addEventListener('keydown', onKey);
  let destroyed = false;
  let resizeObserver: ResizeObserver | null = null;
  if (typeof ResizeObserver !== 'undefined') {
    resizeObserver = new ResizeObserver(() => render());
    resizeObserver.observe(viewport);
  }

  return {
    element: viewport,
    list,
    setItems(next, o = {}) {
      // The rows' content may have changed under the same index: every row is drawn afresh, but
      // those `opts.same` says are unchanged (kept, by key, wherever they move to).
      const focusedEl = doc.activeElement as HTMLElement | null;
      const focusedNav = focusedEl && list.contains(focusedEl) ? (focusedEl.closest<HTMLElement>('[data-nav]')?.dataset.nav ?? null) : null;
      const focusedKey = (() => {
        const i = focusedIndex();
        return i >= 0 ? opts.keyOf(items[i]) : null;
      })();
      const reusable = new Map<string, { item: T; li: HTMLLIElement }>();
      if (opts.same) for (const [i, li] of rendered) reusable.set(opts.keyOf(items[i]), { item: items[i], li });
      rendered.clear();
      items = next;
      offsets = new Float64Array(items.length + 1);
      for (let i = 0; i < items.length; i++) offsets[i + 1] = offsets[i] + opts.heightOf(items[i]);
      list.style.height = `${offsets[items.length]}px`;
      if (!o.keepScroll) viewport.scrollTop = 0;
      if (reusable.size) {
        const [first, last] = visibleRange();
        const wanted = new Set<number>();
        for (let i = first; i <= last; i++) wanted.add(i);
        // The focused row, even scrolled away: kept, it keeps the focus and the scroll stays.
        if (focusedKey !== null) wanted.add(items.findIndex((it) => opts.keyOf(it) === focusedKey));
        for (const i of wanted) {
          if (i < 0) continue;
          const key = opts.keyOf(items[i]);
          const old = reusable.get(key);
          if (!old || !opts.same!(old.item, items[i])) continue;
          reusable.delete(key);
          rendered.set(i, place(old.li, i));
        }
      }
      const kept = new Set<Element>(rendered.values());
      for (const li of Array.from(list.children)) if (!kept.has(li)) li.remove();
      orderRows();
      render();
      // A row that had the focus gets it back when its item is still listed (after a bulk action).
      if (focusedKey !== null && !list.contains(doc.activeElement)) {
        const at = items.findIndex((it) => opts.keyOf(it) === focusedKey);
        const li = at >= 0 ? rowElement(at) : null;
        const el = li && focusedNav ? li.querySelector<HTMLElement>(`[data-nav="${focusedNav}"]`) : null;
        el?.focus();
      }
    },
    refresh() {
      const focusedEl = doc.activeElement as HTMLElement | null;
      const nav = focusedEl && list.contains(focusedEl) ? (focusedEl.closest<HTMLElement>('[data-nav]')?.dataset.nav ?? null) : null;
      const focused = focusedIndex();
      clearRows(false);
      render(focused >= 0 ? focused : undefined);
      if (focused >= 0 && nav) rendered.get(focused)?.querySelector<HTMLElement>(`[data-nav="${nav}"]`)?.focus();
    },
    items: () => items,
    scrollToIndex,
    rowElement,
    indexOf: indexOfEl,
    renderedCount: () => list.childElementCount,
    destroy() {
      destroyed = true;
      viewport.removeEventListener('scroll', onScroll);
      list.removeEventListener('keydown', onKey);
      resizeObserver?.disconnect();
      clearRows(false);
    },
  };
}
