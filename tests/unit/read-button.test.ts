// @vitest-environment jsdom
/**
 * The Read button's events: only the user's own (trusted) pointer and focus load the reader, and only the user's
 * click opens it. A page script shares the DOM; its dispatched events must do nothing.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createReadButton, readButtonNook } from '../../components/read-button';

/** The button inside the host's closed root, caught as the root is made (the page cannot do this: we run first). */
function makeButton(onClick = vi.fn(), onIntent = vi.fn(), onPress = vi.fn()) {
  let root: ShadowRoot | undefined;
  const attach = Element.prototype.attachShadow;
  const spy = vi.spyOn(Element.prototype, 'attachShadow').mockImplementation(function (this: Element, init) {
    root = attach.call(this, init);
    return root;
  });
  const host = createReadButton(document, 'A Story', onClick, onIntent, onPress);
  spy.mockRestore();
  document.body.append(host);
  return { host, root: root!, button: root!.querySelector('button')!, onClick, onIntent, onPress };
}

afterEach(() => document.body.replaceChildren());

describe('Read button', () => {
  it('a page’s dispatched pointerenter, focus or click does nothing, however often', () => {
    const { button, onClick, onIntent } = makeButton();
    for (let i = 0; i < 3; i++) {
      button.dispatchEvent(new Event('pointerenter'));
      button.dispatchEvent(new FocusEvent('focus'));
      button.dispatchEvent(new MouseEvent('click', { bubbles: true }));
      button.click();
    }
    expect(onIntent).not.toHaveBeenCalled();
    expect(onClick).not.toHaveBeenCalled();
  });

  it('the user’s focus (a trusted event) still tells of intent, also after a page’s dispatched one, each time', () => {
    const { button, onIntent } = makeButton();
    button.dispatchEvent(new FocusEvent('focus')); // would have used up a `once` listener
    button.focus(); // the DOM's own focus event: trusted
    expect(onIntent).toHaveBeenCalledTimes(1);
    button.blur();
    button.focus();
    expect(onIntent).toHaveBeenCalledTimes(2);
  });

  it('has a nook for the reader’s warm frame inside its closed root: out of the page’s DOM, inert, hidden, one per button', () => {
    const { host, root } = makeButton();
    const nook = readButtonNook(host)!;
    expect(nook).not.toBeNull();
    expect(nook.getRootNode()).toBe(root);
    expect(nook.inert).toBe(true);
    expect(nook.getAttribute('aria-hidden')).toBe('true');
    expect(readButtonNook(host)).toBe(nook);
    // The page's DOM holds the host alone: no selector of the page reaches the nook or what it holds.
    nook.append(document.createElement('iframe'));
    expect(document.querySelectorAll('iframe, .nook').length).toBe(0);
    expect(host.shadowRoot).toBeNull();
    // Another element (the page's own, or one posing as the button) has none.
    const fake = document.createElement('inkwell-read-button');
    document.body.append(fake);
    expect(readButtonNook(fake)).toBeNull();
  });
});
