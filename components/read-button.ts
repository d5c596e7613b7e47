/**
 * The quiet 'Read in Inkwell' button put beside each story post's subject. It lives in its own
 * shadow root so a post's CSS cannot hide, move or restyle it, and its host resets inherited
 * styles. Kept tiny: it is part of the detector every journal page loads.
 *
 * The root is closed and only a trusted click (the user's own, or Enter/Space on the focused
 * button) opens the reader: the page's scripts share this DOM, and a script that could press the
 * button would make Inkwell fetch pages with the reader's cookies on its say-so.
 */
export const READ_BUTTON_TAG = 'inkwell-read-button';

// The host resets what a page may set on it; the rest is ours alone inside the shadow root.
// The host's own ::before/::after are the page's to style too: a fixed, full-window one would cover the button.
// Touch: a transparent 44 px hit area around the button (its ::after), the button itself as quiet as on desktop.
const CSS = `:host{all:initial!important;display:inline-block!important;margin-left:.5em!important;vertical-align:middle!important;visibility:visible!important;opacity:1!important}
:host::before,:host::after{content:none!important;display:none!important}
button{font:600 12px/1.3 system-ui,sans-serif;color:#1f2a44;background:#f6eedc;border:1px solid #8a7a5c;border-radius:99px;padding:2px 10px;cursor:pointer}
button:hover{background:#efe2c4}button:focus-visible{outline:3px solid #2b345c;outline-offset:2px}
@media(prefers-color-scheme:dark){button{color:#f6eedc;background:#2b345c;border-color:#aab2d5}}
.nook{position:fixed;left:0;top:0;width:0;height:0;overflow:hidden;visibility:hidden;pointer-events:none}
@media(pointer:coarse){button{position:relative;padding:3px 12px}button::after{content:"";position:absolute;left:50%;top:50%;width:max(100%,44px);height:max(100%,44px);transform:translate(-50%,-50%)}}`;

/** Each host's button: the root is closed, so `host.shadowRoot` is null for us as for the page. */
const buttons = new WeakMap<Element, HTMLButtonElement>();

/**
 * `onIntent`: the pointer is over the button or it has focus, a click is likely (load the reader); called on every
 * trusted arrival, so it must be cheap to repeat.
 * `onPress`: the user's own press that a click follows unless they slide off: a mouse or pen button going down, a
 * finger lifted from a tap (a touch that scrolls is cancelled first, and ends in no pointerup). A hand holds a mouse
 * button down about a tenth of a second, and a tap's click can wait for the double-tap delay: the story's first parts
 * are fetched meanwhile. Trusted events only, as for the click.
 */
export function createReadButton(doc: Document, title: string, onClick: (button: HTMLButtonElement) => void, onIntent?: () => void, onPress?: () => void): HTMLElement {
  const host = doc.createElement(READ_BUTTON_TAG);
  const root = host.attachShadow({ mode: 'closed' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', title ? `Read in Inkwell: ${title}` : 'Read in Inkwell');
  button.title = 'Read this story in Inkwell';
  button.textContent = '✒ Read';
  if (onIntent) {
    // Trusted only, as for the click: a page's dispatched pointerenter must not load the reader into its page. Not
    // `once`: an untrusted event would use the listener up; the load itself is made once (`onDemand` keeps it).
    const intent = (e: Event) => {
      if (e.isTrusted) onIntent();
    };
    button.addEventListener('pointerenter', intent);
    button.addEventListener('focus', intent);
  }
  if (onPress) {
    button.addEventListener('pointerdown', (e) => {
      if (e.isTrusted && e.isPrimary && e.button === 0 && e.pointerType !== 'touch') onPress();
    });
    button.addEventListener('pointerup', (e) => {
      if (e.isTrusted && e.isPrimary && e.pointerType === 'touch') onPress();
    });
  }
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    if (e.isTrusted) onClick(button);
  });
  root.append(style, button);
  buttons.set(host, button);
  return host;
}

/**
 * A place out of sight inside the button's closed root, where the reader readies its frame while a click is likely
 * (entrypoints/reader.content/: moved into the reader's overlay at the click). The page's CSS cannot see into the root
 * (`:has()` stops at a shadow root), so nothing it can match appears at hover; inert, so nothing in it takes the focus or
 * is announced. Made on first asking; null for an element that is not a Read button.
 */
export function readButtonNook(host: Element): HTMLElement | null {
  const button = buttons.get(host);
  const root = button?.parentNode;
  if (!button || !root) return null;
  const found = nooks.get(host);
  if (found) return found;
  const nook = host.ownerDocument.createElement('span');
  nook.className = 'nook';
  nook.inert = true;
  nook.setAttribute('aria-hidden', 'true');
  root.appendChild(nook);
  nooks.set(host, nook);
  return nook;
}
const nooks = new WeakMap<Element, HTMLElement>();

export function updateReadButtonTitle(host: Element, title: string): void {
  buttons.get(host)?.setAttribute('aria-label', title ? `Read in Inkwell: ${title}` : 'Read in Inkwell');
}
