// @vitest-environment jsdom
/** The reader's keys, as the dialog hears them: what each does, and when they are left to the browser. */
import { beforeEach, describe, expect, it } from 'vitest';
import { bindKeys } from '../../components/reader/keys';

let dialog: HTMLElement;
let done: string[];

function press(target: Element, key: string, o: KeyboardEventInit = {}): boolean {
  const e = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, composed: true, ...o });
  target.dispatchEvent(e);
  return e.defaultPrevented;
}

beforeEach(() => {
  document.body.innerHTML = '';
  dialog = document.createElement('div');
  dialog.innerHTML = `<button id="first">A</button><input id="field" type="text"><input id="radio" type="radio" name="r"><div hidden><button id="hidden">H</button></div><a id="last" href="#x">Z</a>`;
  document.body.append(dialog);
  done = [];
  bindKeys(dialog, {
    escape: () => done.push('escape'),
    line: () => 40,
    screen: () => 500,
    scrollBy: (px) => done.push(`scroll ${px}`),
    part: (d) => done.push(`part ${d}`),
    textSize: (d) => done.push(`size ${d}`),
  });
});

describe('the reader’s keys', () => {
  it('scroll by a line, a screen, a part; change the size; Escape', () => {
    for (const key of ['j', 'ArrowDown', 'k', 'ArrowUp', 'PageDown', 'PageUp', 'n', 'p', '+', '=', '-', '_', 'Escape']) expect(press(dialog, key)).toBe(true);
    expect(press(dialog, ' ')).toBe(true);
    expect(press(dialog, ' ', { shiftKey: true })).toBe(true);
    expect(done).toEqual([
      'scroll 40',
      'scroll 40',
      'scroll -40',
      'scroll -40',
      'scroll 500',
      'scroll -500',
      'part 1',
      'part -1',
      'size 1',
      'size 1',
      'size -1',
      'size -1',
      'escape',
      'scroll 500',
      'scroll -500',
    ]);
  });

  it('leave alone what is typed in a field, keys with Ctrl, Alt or Meta, other keys, and Space on a control', () => {
    const field = dialog.querySelector('#field')!;
    expect(press(field, 'j')).toBe(false);
    expect(press(dialog, 'j', { ctrlKey: true })).toBe(false);
    expect(press(dialog, 'n', { altKey: true })).toBe(false);
    expect(press(dialog, '+', { metaKey: true })).toBe(false);
    expect(press(dialog, 'x')).toBe(false);
    expect(press(dialog.querySelector('#first')!, ' ')).toBe(false);
    expect(press(dialog.querySelector('#last')!, ' ')).toBe(false);
    expect(done).toEqual([]);
    // Escape still closes from a field.
    expect(press(field, 'Escape')).toBe(true);
    expect(done).toEqual(['escape']);
  });

  it('arrows in a radio group move in it; letters there are still the reader’s', () => {
    const radio = dialog.querySelector('#radio')!;
    expect(press(radio, 'ArrowDown')).toBe(false);
    expect(press(radio, 'j')).toBe(true);
    expect(done).toEqual(['scroll 40']);
  });

  it('Tab goes round the visible controls, never out of the dialog', () => {
    const first = dialog.querySelector<HTMLElement>('#first')!;
    const last = dialog.querySelector<HTMLElement>('#last')!;
    last.focus();
    expect(press(last, 'Tab')).toBe(true);
    expect(document.activeElement).toBe(first);
    expect(press(first, 'Tab', { shiftKey: true })).toBe(true);
    expect(document.activeElement).toBe(last);
    // In between, the browser's own Tab.
    const field = dialog.querySelector<HTMLElement>('#field')!;
    field.focus();
    expect(press(field, 'Tab')).toBe(false);
    // From outside the dialog, back into it.
    field.blur();
    expect(press(dialog, 'Tab')).toBe(true);
    expect(document.activeElement).toBe(first);
  });
});
