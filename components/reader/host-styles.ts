/**
 * The reader host's own rules (the host is the page's element, in the page's DOM): the host of the reader's
 * frame (entrypoints/reader.content) takes them, and READER_CSS keeps them for a reader mounted in a shadow root.
 */
export const HOST_CSS = `
/* The host is the page's element: its CSS can target it by name. Important declarations of the
   shadow root's own :host rules beat the page's, even !important ones; the host is also put in the
   top layer (a popover), above anything the page stacks, covers or transforms. */
:host { all: initial !important; display: block !important; position: fixed !important; inset: 0 !important;
  width: auto !important; height: auto !important; min-width: 0 !important; min-height: 0 !important; max-width: none !important; max-height: none !important;
  margin: 0 !important; padding: 0 !important; border: 0 !important; background: transparent !important; overflow: visible !important;
  z-index: 2147483647 !important; visibility: visible !important; opacity: 1 !important; transform: none !important; translate: none !important;
  scale: none !important; rotate: none !important; filter: none !important; clip-path: none !important; mask: none !important;
  pointer-events: auto !important; content-visibility: visible !important; zoom: 1 !important; mix-blend-mode: normal !important; }
:host::before, :host::after { content: none !important; display: none !important; }
`;
