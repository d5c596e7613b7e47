/**
 * The quiet 'Read in Inkwell' button put beside each story post's subject. It lives in its own
 * shadow root so a post's CSS cannot hide, move or restyle it, and its host resets inherited
 * styles. Kept tiny: it is part of the detector every journal page loads.
 */
export const READ_BUTTON_TAG = 'inkwell-read-button';

const CSS = `
:host { all: initial !important; display: inline-block !important; margin: 0 0 0 .5em !important;
  vertical-align: middle !important; position: static !important; visibility: visible !important;
  opacity: 1 !important; transform: none !important; clip-path: none !important; }
button { font: 600 12px/1.2 system-ui, -apple-system, "Segoe UI", sans-serif; color: #1f2a44;
  background: #f6eedc; border: 1px solid #8a7a5c; border-radius: 999px; padding: 3px 10px 3px 8px;
  cursor: pointer; display: inline-flex; align-items: center; gap: 4px; white-space: nowrap; }
button:hover { background: #efe2c4; }
button:focus-visible { outline: 3px solid #2b345c; outline-offset: 2px; }
svg { width: 12px; height: 12px; fill: currentColor; }
@media (prefers-color-scheme: dark) { button { color: #f6eedc; background: #2b345c; border-color: #aab2d5; } button:hover { background: #36406e; } }
`;

const ICON = '<svg viewBox="0 0 16 16" aria-hidden="true"><path d="M2 2.5C2 1.7 2.7 1 3.5 1H7c.6 0 1 .4 1 1v12l-.4-.4c-.4-.4-1-.6-1.6-.6H3.5c-.8 0-1.5-.7-1.5-1.5v-9zm12 0c0-.8-.7-1.5-1.5-1.5H9c-.6 0-1 .4-1 1v12l.4-.4c.4-.4 1-.6 1.6-.6h2.5c.8 0 1.5-.7 1.5-1.5v-9z"/></svg>';

export function createReadButton(doc: Document, title: string, onClick: (button: HTMLButtonElement) => void): HTMLElement {
  const host = doc.createElement(READ_BUTTON_TAG);
  const root = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = CSS;
  const button = doc.createElement('button');
  button.type = 'button';
  button.setAttribute('aria-label', title ? `Read in Inkwell: ${title}` : 'Read in Inkwell');
  button.title = 'Read this story in Inkwell';
  // Static markup of our own: no page content goes into innerHTML.
  button.innerHTML = `${ICON}<span>Read</span>`;
  button.addEventListener('click', (e) => {
    e.preventDefault();
    e.stopPropagation();
    onClick(button);
  });
  root.append(style, button);
  return host;
}

export function updateReadButtonTitle(host: Element, title: string): void {
  const button = host.shadowRoot?.querySelector('button');
  button?.setAttribute('aria-label', title ? `Read in Inkwell: ${title}` : 'Read in Inkwell');
}
