/**
 * The reader bar's part controls, for phones above all (no keyboard for n/p, the contents far up at
 * the top): *Previous part*, a *Parts* menu listing every part, *Next part*. The menu is a
 * disclosure (a button that shows a list of buttons): arrows move in it, Escape closes it and
 * gives focus back to its button, choosing a part closes it.
 */
import { h } from './dom';

export interface PartsNavItem {
  label: string;
  /** '(loading)', '(could not load)' or ''. */
  note: string;
}

export interface PartsNav {
  /** The controls, for the bar. */
  element: HTMLElement;
  /** The parts as known now (hidden for a one-part story). */
  update(items: PartsNavItem[]): void;
  /** Where the reader is (0-based part at the top of the view, -1 above the first). */
  setCurrent(index: number): void;
  closeMenu(): void;
}

export function createPartsNav(go: (index: number) => void): PartsNav {
  const menuId = 'ink-parts-menu';
  const prev = h('button', { class: 'ink-btn ink-icon', type: 'button', 'aria-label': 'Previous part' }, h('span', { 'aria-hidden': 'true' }, '‹'));
  const next = h('button', { class: 'ink-btn ink-icon', type: 'button', 'aria-label': 'Next part' }, h('span', { 'aria-hidden': 'true' }, '›'));
  const toggle = h('button', { class: 'ink-btn', type: 'button', 'aria-expanded': 'false', 'aria-controls': menuId }, 'Parts');
  const list = h('ol', {});
  const menu = h('div', { class: 'ink-parts-menu', id: menuId, hidden: true }, list);
  const element = h('div', { class: 'ink-parts-nav', hidden: true }, prev, toggle, next, menu);
  let count = 0;
  let current = -1;

  let items: PartsNavItem[] = [];
  const buttons = () => Array.from(list.querySelectorAll('button'));
  // The list is built while the menu is open (parts arrive one by one: a 200-part story would
  // rebuild it 200 times for nobody), and when it opens.
  const renderList = () => {
    const signature = JSON.stringify(items);
    if (list.dataset.signature === signature) return;
    const focused = buttons().findIndex((b) => b === (b.getRootNode() as Document | ShadowRoot).activeElement);
    list.replaceChildren(
      ...items.map((item, i) => {
        const b = h('button', { type: 'button', 'data-index': i }, item.label);
        if (item.note) b.append(h('span', { class: 'ink-failed-mark' }, ` ${item.note}`));
        return h('li', {}, b);
      }),
    );
    list.dataset.signature = signature;
    if (focused >= 0) (buttons()[focused] ?? buttons()[0])?.focus();
  };
  const openMenu = (open: boolean) => {
    if (open) {
      renderList();
      sync();
    }
    menu.hidden = !open;
    toggle.setAttribute('aria-expanded', String(open));
    if (open) (buttons()[Math.max(0, current)] ?? buttons()[0])?.focus();
  };
  const closeMenu = () => {
    if (!menu.hidden) openMenu(false);
  };

  toggle.addEventListener('click', () => openMenu(toggle.getAttribute('aria-expanded') !== 'true'));
  // Never disabled (a disabled button drops the focus): at either end they do nothing.
  prev.addEventListener('click', () => current > 0 && go(current - 1));
  next.addEventListener('click', () => current < count - 1 && go(current + 1));
  list.addEventListener('click', (e) => {
    const button = (e.target as Element).closest('button');
    if (!button) return;
    closeMenu();
    go(Number(button.dataset.index));
  });
  menu.addEventListener('keydown', (e) => {
    const all = buttons();
    const at = all.indexOf(e.target as HTMLButtonElement);
    let to = -1;
    if (e.key === 'Escape') {
      openMenu(false);
      toggle.focus();
    } else if (e.key === 'ArrowDown') to = Math.min(all.length - 1, at + 1);
    else if (e.key === 'ArrowUp') to = Math.max(0, at - 1);
    else if (e.key === 'Home') to = 0;
    else if (e.key === 'End') to = all.length - 1;
    else return;
    if (to >= 0) all[to]?.focus();
    // The reader's own keys (Escape closes it, arrows scroll) stay out of the menu.
    e.preventDefault();
    e.stopPropagation();
  });
  // Focus or a tap elsewhere closes the menu.
  element.addEventListener('focusout', (e) => {
    if (!element.contains(e.relatedTarget as Node | null) && e.relatedTarget) closeMenu();
  });

  function sync() {
    prev.setAttribute('aria-disabled', String(current <= 0));
    next.setAttribute('aria-disabled', String(current >= count - 1));
    for (const b of buttons()) {
      if (Number(b.dataset.index) === current) b.setAttribute('aria-current', 'location');
      else b.removeAttribute('aria-current');
    }
  }

  return {
    element,
    update(next) {
      items = next;
      count = items.length;
      element.hidden = count < 2;
      if (!menu.hidden) renderList();
      sync();
    },
    setCurrent(index) {
      if (index === current) return;
      current = index;
      sync();
    },
    closeMenu,
  };
}
