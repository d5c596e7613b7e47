/**
 * The one configured DOMPurify instance every piece of post HTML goes through before it is
 * inserted into the reader. Journal posts are strangers' HTML: nothing that runs, loads a frame,
 * submits, or styles survives; links are http(s) only (`safeLinkUrl`) and open in a new tab
 * without opener or referrer; relative URLs are made absolute against the part's own URL; images
 * load only when the reader allows (never once `loadImages` is false) and never widen the column.
 * Needs a DOM (content script or extension page): Chrome's service worker has none.
 */
import DOMPurify, { type Config } from 'dompurify';
import { safeLinkUrl } from './safe-link';

const FORBID_TAGS = [
  'style',
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'select',
  'option',
  'textarea',
  'base',
  'meta',
  'link',
  'svg',
  'math',
  'template',
  'noscript',
  'audio',
  'video',
  'source',
  'track',
  'portal',
  'dialog',
  'title',
  'head',
  'xmp',
  'plaintext',
  'noembed',
  'noframes',
];

const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'colspan', 'rowspan', 'lang', 'dir', 'datetime', 'cite', 'start', 'type', 'width', 'height'];

const CONFIG: Config = {
  FORBID_TAGS,
  ALLOWED_ATTR,
  // Styles would let a post restyle or cover the reader: drop every style, class and id.
  FORBID_ATTR: ['style', 'class', 'id', 'name', 'srcset', 'background', 'formaction', 'action', 'ping', 'usemap'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#|\/|\.{0,2}\/|[^a-z]|[a-z+.-]+(?:[^a-z+.\-:]|$))/i,
  KEEP_CONTENT: true,
  RETURN_DOM_FRAGMENT: true,
};

export interface SanitizeOptions {
  /** The part's own URL: relative links and images resolve against it. */
  baseUrl: string;
  /** When false, images become a small "[image]" link instead of loading. */
  loadImages?: boolean;
}

let purifier: ReturnType<typeof DOMPurify> | null = null;
let current: SanitizeOptions = { baseUrl: 'about:blank' };

function absolute(url: string): string | null {
  return safeLinkUrl(url, current.baseUrl);
}

function instance(win: Window): ReturnType<typeof DOMPurify> {
  if (purifier) return purifier;
  const p = DOMPurify(win as unknown as Parameters<typeof DOMPurify>[0]);
  p.addHook('afterSanitizeAttributes', (node) => {
    const el = node as Element;
    const tag = el.tagName?.toLowerCase();
    if (tag === 'a') {
      const href = el.getAttribute('href');
      if (href && !href.startsWith('#')) {
        const abs = absolute(href);
        if (abs) el.setAttribute('href', abs);
        else el.removeAttribute('href');
        el.setAttribute('target', '_blank');
        el.setAttribute('rel', 'noopener noreferrer');
      } else if (href) {
        el.removeAttribute('href'); // in-page anchors of the original layout mean nothing here
      }
    }
    if (tag === 'img') {
      const src = el.getAttribute('src');
      const abs = src ? absolute(src) : null;
      if (!abs) el.removeAttribute('src');
      else el.setAttribute('src', abs);
      el.setAttribute('loading', 'lazy');
      el.setAttribute('decoding', 'async');
      el.setAttribute('referrerpolicy', 'no-referrer');
    }
  });
  purifier = p;
  return p;
}

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * The sanitised tree copied into fresh nodes of `doc`: elements (with their remaining, allowed
 * attributes) and text, nothing else, in an iterative walk (a post may nest thousands deep).
 *
 * Why not insert DOMPurify's own nodes: they were parsed from the post, and in Chrome a content
 * script runs in an isolated world. Parsing `<img onerror=…>` gives the element a main-world event
 * handler; DOMPurify removing the attribute from the isolated world leaves that handler in place,
 * invisible (no attribute), and it runs in the page as soon as the image fails to load. A node we
 * create and give only allowed attributes never had a handler.
 */
function freshCopy(src: DocumentFragment, doc: Document, loadImages: boolean): DocumentFragment {
  const out = doc.createDocumentFragment();
  const stack: { from: Node; to: Node }[] = [];
  for (let c = src.lastChild; c; c = c.previousSibling) stack.push({ from: c, to: out });
  while (stack.length) {
    const { from, to } = stack.pop()!;
    if (from.nodeType === 3) {
      to.appendChild(doc.createTextNode((from as Text).data));
      continue;
    }
    if (from.nodeType !== 1) continue; // comments, processing instructions
    const el = from as Element;
    if (el.namespaceURI !== HTML_NS) continue; // the configuration forbids SVG and MathML
    if (el.localName === 'img' && !loadImages) {
      // Never an <img> in the live document: one with a src starts loading as soon as it is made.
      to.appendChild(imagePlaceholder(el, doc));
      continue;
    }
    const copy = doc.createElementNS(HTML_NS, el.localName);
    for (const a of Array.from(el.attributes)) {
      if (/^on/i.test(a.name) || a.namespaceURI) continue;
      copy.setAttribute(a.name, a.value);
    }
    to.appendChild(copy);
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ from: c, to: copy });
  }
  return out;
}

/** Remote images off: an image is its alt text, as a link the reader can follow if they want it. */
function imagePlaceholder(img: Element, doc: Document): HTMLElement {
  const link = doc.createElement('a');
  const alt = img.getAttribute('alt')?.trim();
  link.textContent = alt ? `[image: ${alt}]` : '[image]';
  const src = img.getAttribute('src');
  if (src) {
    link.setAttribute('href', src);
    link.setAttribute('target', '_blank');
    link.setAttribute('rel', 'noopener noreferrer');
  }
  return link;
}

/**
 * The same cleaning, to be read, never inserted: DOMPurify's own nodes, which belong to the inert
 * document it parsed into (no image there loads, nothing runs), not fresh copies in `win`'s document.
 * For reading the cleaned tree (the tests compare the books' XHTML writer against it); to show a post
 * use `sanitizePostHtml`.
 */
export function sanitizePostTree(html: string, opts: SanitizeOptions, win: Window = window): DocumentFragment {
  const p = instance(win);
  current = opts;
  try {
    return p.sanitize(html, CONFIG) as unknown as DocumentFragment;
  } finally {
    current = { baseUrl: 'about:blank' };
  }
}

/** Clean post HTML into a fragment of fresh nodes, ready for `replaceChildren`. */
export function sanitizePostHtml(html: string, opts: SanitizeOptions, win: Window = window): DocumentFragment {
  return freshCopy(sanitizePostTree(html, opts, win), win.document, opts.loadImages !== false);
}

/** The same cleaning, as a string (for tests and for storing nothing unsafe). */
export function sanitizeToString(html: string, opts: SanitizeOptions, win: Window = window): string {
  const frag = sanitizePostHtml(html, opts, win);
  const div = win.document.createElement('div');
  div.append(frag);
  return div.innerHTML;
}

/**
 * Post HTML as it is stored: DOMPurify's cleaning with images kept (whether they load is the reader's
 * choice each time it shows them), so a saved story, its backup and its books hold no page markup
 * that was never cleaned.
 */
export function cleanForStorage(html: string, baseUrl: string, win: Window = window): string {
  return sanitizeToString(html, { baseUrl, loadImages: true }, win);
}
