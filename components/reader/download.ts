/**
 * The reader's Download control: one button named "Download" in the bar that shows two buttons,
 * "Download EPUB" and "Download HTML" (a disclosure, not an ARIA menu: plain buttons, Tab
 * reaches them, Escape folds them away). The book is made from what is saved (the caller's `run`).
 */
import type { BookFormat } from '../book-download';
import { h } from './dom';

/** `isUserAction`: only the user's own clicks make a book (as for Retry and Refresh). */
export function renderDownloadControl(run: (format: BookFormat) => Promise<string>, say: (text: string) => void, isUserAction: (e: Event) => boolean): HTMLElement {
  const wrap = h('div', { class: 'ink-download' });
  const toggle = h('button', { class: 'ink-btn', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'ink-download-menu' }, 'Download');
  toggle.title = 'Save the story as an e-book (EPUB) or one web page (HTML), from the saved copy';
  const menu = h('div', { class: 'ink-download-menu', id: 'ink-download-menu', hidden: true });
  const open = (yes: boolean) => {
    menu.hidden = !yes;
    toggle.setAttribute('aria-expanded', String(yes));
  };
  const buttons = (['epub', 'html'] as const).map((format) => {
    const b = h('button', { class: 'ink-btn', type: 'button', 'data-format': format }, `Download ${format.toUpperCase()}`);
    b.addEventListener('click', async (e) => {
      // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page behind.
      if (!isUserAction(e) || b.getAttribute('aria-disabled') === 'true') return;
      for (const x of buttons) x.setAttribute('aria-disabled', 'true');
      wrap.setAttribute('aria-busy', 'true');
      say(`Making the ${format.toUpperCase()} from the saved copy…`);
      try {
        say(await run(format));
        open(false);
        toggle.focus();
      } catch (e) {
        say(`The ${format.toUpperCase()} could not be made: ${(e as Error).message}`);
      } finally {
        for (const x of buttons) x.removeAttribute('aria-disabled');
        wrap.removeAttribute('aria-busy');
      }
    });
    return b;
  });
  menu.append(...buttons);
  const isOpen = () => toggle.getAttribute('aria-expanded') === 'true';
  toggle.addEventListener('click', () => {
    open(!isOpen());
    if (isOpen()) buttons[0].focus();
  });
  // Escape folds the buttons away (and does not close the reader).
  wrap.addEventListener('keydown', (e) => {
    if (e.key !== 'Escape' || !isOpen()) return;
    e.preventDefault();
    e.stopPropagation();
    open(false);
    toggle.focus();
  });
  wrap.append(toggle, menu);
  return wrap;
}
