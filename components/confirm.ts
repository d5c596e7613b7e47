/**
 * An inline confirmation ("Delete 3 stories? [Delete] [Cancel]") shown in place, focus on
 * Cancel; Escape cancels. Resolves true only for the confirming button. No window.confirm: it
 * blocks the page and cannot be styled or labelled.
 */
import { h } from './reader/dom';

let uid = 0;

export function confirmInline(slot: HTMLElement, text: string, confirmLabel: string, opts: { danger?: boolean; returnFocus?: HTMLElement | null } = {}): Promise<boolean> {
  slot.textContent = '';
  const textId = `confirm-${++uid}`;
  const yes = h('button', { type: 'button', class: `confirm-yes${opts.danger ? ' danger' : ''}` }, confirmLabel);
  const no = h('button', { type: 'button', class: 'confirm-no' }, 'Cancel');
  const box = h('div', { class: 'confirm', role: 'alertdialog', 'aria-labelledby': textId }, h('p', { id: textId }, text), h('div', { class: 'confirm-buttons' }, yes, no));
  slot.append(box);
  slot.hidden = false;
  no.focus();
  return new Promise((resolve) => {
    const done = (ok: boolean) => {
      slot.textContent = '';
      slot.hidden = true;
      if (!ok && opts.returnFocus?.isConnected) opts.returnFocus.focus();
      resolve(ok);
    };
    yes.addEventListener('click', () => done(true));
    no.addEventListener('click', () => done(false));
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        done(false);
      }
    });
  });
}
