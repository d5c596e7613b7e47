/**
 * The reader's keys: j/k and the arrows a line, Space/Shift+Space and Page Up/Down a screen, n/p
 * the next and previous part, +/- the text size, Escape closes (the settings first), and Tab kept
 * in the dialog. Keys typed into a field, or with Ctrl, Alt or Meta, are the browser's.
 */

export interface KeyActions {
  /** Escape: folds the settings if they are open, else closes the reader. */
  escape(): void;
  /** One step of j/k and the arrows, in px. */
  line(): number;
  /** One screen, in px. */
  screen(): number;
  scrollBy(px: number): void;
  part(direction: 1 | -1): void;
  textSize(delta: 1 | -1): void;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, summary, [tabindex="0"]';

/** Tab and Shift+Tab go round the dialog's controls, never out to the page. */
function trapFocus(dialog: HTMLElement, e: KeyboardEvent) {
  const list = Array.from(dialog.querySelectorAll<HTMLElement>(FOCUSABLE)).filter((el) => !el.closest('[hidden]'));
  if (!list.length) return;
  const active = (dialog.getRootNode() as ShadowRoot).activeElement as HTMLElement | null;
  const first = list[0];
  const last = list[list.length - 1];
  if (e.shiftKey && (active === first || !active || !dialog.contains(active))) {
    e.preventDefault();
    last.focus();
  } else if (!e.shiftKey && (active === last || !active || !dialog.contains(active))) {
    e.preventDefault();
    first.focus();
  }
}

/** A field the key types into (a checkbox or radio button types nothing). */
const typesText = (el: HTMLElement) => /^(INPUT|SELECT|TEXTAREA)$/.test(el.tagName) && (el as HTMLInputElement).type !== 'checkbox' && (el as HTMLInputElement).type !== 'radio';

export function bindKeys(dialog: HTMLElement, act: KeyActions): void {
  dialog.addEventListener('keydown', (e) => {
    const target = e.composedPath()[0] as HTMLElement;
    const typing = target && typesText(target);
    if (e.key === 'Escape') {
      e.preventDefault();
      act.escape();
      return;
    }
    if (e.key === 'Tab') return trapFocus(dialog, e);
    if (typing || e.ctrlKey || e.metaKey || e.altKey) return;
    // Arrows move within a radio group (font, theme): the browser's, not a scroll.
    if ((target as HTMLInputElement).type === 'radio' && e.key.startsWith('Arrow')) return;
    let handled = true;
    switch (e.key) {
      case 'j':
      case 'ArrowDown':
        act.scrollBy(act.line());
        break;
      case 'k':
      case 'ArrowUp':
        act.scrollBy(-act.line());
        break;
      case ' ':
        if (target.tagName === 'BUTTON' || target.tagName === 'A' || target.tagName === 'SUMMARY') return;
        act.scrollBy(e.shiftKey ? -act.screen() : act.screen());
        break;
      case 'PageDown':
        act.scrollBy(act.screen());
        break;
      case 'PageUp':
        act.scrollBy(-act.screen());
        break;
      case 'n':
        act.part(1);
        break;
      case 'p':
        act.part(-1);
        break;
      case '+':
      case '=':
        act.textSize(1);
        break;
      case '-':
      case '_':
        act.textSize(-1);
        break;
      default:
        handled = false;
    }
    if (handled) e.preventDefault();
  });
}
