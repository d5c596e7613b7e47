/**
 * Sanitised post HTML → XHTML that e-readers and epubcheck accept.
 *
 * The input is a post's HTML parsed into an inert document (`parseInert`: no script runs and nothing
 * loads in it) and nothing else: this writer is the book's sanitiser. It writes only what it names
 * below, so nothing that runs or loads can come through, whatever the stored HTML holds (a saved part
 * is the extractor's copy of the journal's markup, handlers and all, and a record can be tampered
 * with). Its output for a post is the same as for the one DOMPurify configuration's output of that
 * post (tests/unit/epub.test.ts checks it over every fixture and hostile story): the sanitiser's full
 * pass costs more than the whole rest of the book, for nothing the writer would keep.
 *
 * Journal HTML breaks XHTML's rules in ordinary ways: `<font>` and `<center>`, a `<div>` inside a
 * `<b>`, text straight inside a `<ul>`, a `<dl>` that starts with a `<dd>`. So the tree is rebuilt
 * into a small vocabulary before it is written:
 * - names: obsolete and unknown elements become their plain equivalents (`center` → `div`, `font` →
 *   `span`), wrappers with no meaning of their own are unwrapped, the rest dropped;
 * - content models: an inline element (or a `p`, heading, `pre`) that ends up holding blocks becomes
 *   a `div` (its class keeps the look); list items, definition groups and table parts outside a
 *   well-formed list, `dl` or table become `div`s too; stray text in a list becomes an item;
 * - attributes: a short list per element, values checked (numbers, language tags, the one link check for
 *   links and images, relative ones resolved against the part's URL as the reader does). Nothing else
 *   survives: no ids, no event handlers, no styles, no `src` (an image is an `ImageRef`).
 * - what is not text is dropped with its content (scripts, styles, frames, `noscript`, `template`,
 *   SVG and MathML), as DOMPurify drops it; other wrappers leave their content in their parent.
 * Images come out as `ImageRef` chunks for the book to resolve (a file in the book, or the alt text).
 *
 * Iterative throughout: a post may nest thousands of elements deep.
 */

import { safeLinkUrl } from '../safe-link';

export interface ImageRef {
  url: string;
  alt: string;
  width: string | null;
  height: string | null;
}

/** Serialised XHTML: text, with the images left for the book to resolve. */
export type Chunk = string | ImageRef;

// Not allowed in XML 1.0 or not text in HTML: C0 controls but tab/LF/CR, C1 controls, noncharacters,
// unpaired surrogates. Journal pages decoded with the wrong charset are full of them.
const NOT_TEXT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const NEEDS_ESCAPE = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFDD0-\uFDEF\uFFFE\uFFFF\uD800-\uDFFF]/;
const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * A post's HTML as an inert document's body: parsed by the browser's own parser (the one DOMPurify
 * uses) into a document with no browsing context, where nothing runs and no image loads.
 */
export function parseInert(html: string, win: Window): HTMLElement {
  const body = new (win as Window & typeof globalThis).DOMParser().parseFromString(html, 'text/html').body;
  // The parser drops a post's leading whitespace; DOMPurify puts it back. Kept, so both write the same.
  const lead = /^[\r\n\t ]+/.exec(html)?.[0];
  if (lead) body.insertBefore(body.ownerDocument.createTextNode(lead), body.firstChild);
  return body;
}

/** Text (or an attribute value) as XML: escaped, with what XML cannot hold left out. */
export function escapeXml(s: string): string {
  if (!NEEDS_ESCAPE.test(s)) return s;
  return s.replace(NOT_TEXT, '').replace(/[&<>"]/g, (c) => ESCAPES[c]);
}

/** A BCP 47 tag as found in `lang` attributes and `<html lang>`, or null when it is not one. */
export function languageTag(value: string | null | undefined): string | null {
  const v = (value ?? '').trim();
  return /^[a-z]{2,3}(?:-[a-z0-9]{1,8})*$/i.test(v) ? v : null;
}

// --- vocabulary -----------------------------------------------------------------------------

/** Inline elements kept as they are. */
const PHRASING = new Set([
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'span',
  'strong',
  'sub',
  'sup',
  'u',
  'var',
  'wbr',
]);
/** Inline elements that may hold blocks where their parent may (HTML's "transparent" content). */
const TRANSPARENT = new Set(['a', 'del', 'ins']);
/** Blocks that hold inline content only. */
const PHRASING_BLOCKS = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'pre']);
/** Blocks kept as they are (structure checked where it matters). */
const BLOCKS = new Set(['div', 'blockquote', 'hr', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);
const VOID = new Set(['br', 'hr', 'img', 'wbr']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** Elements written under another name, with a class for the look where the name carried one. */
const RENAME = new Map<string, [string, string?]>(
  Object.entries({
    center: ['div', 'center'],
    font: ['span'],
    big: ['span', 'big'],
    tt: ['code'],
    strike: ['s'],
    acronym: ['abbr'],
    blink: ['span'],
    marquee: ['div'],
    nobr: ['span'],
    label: ['span'],
    legend: ['p'],
    fieldset: ['div'],
    output: ['span'],
    meter: ['span'],
    progress: ['span'],
    data: ['span'],
    time: ['span'],
    menu: ['ul'],
    dir: ['ul'],
    article: ['div'],
    aside: ['div'],
    section: ['div'],
    header: ['div'],
    footer: ['div'],
    nav: ['div'],
    main: ['div'],
    hgroup: ['div'],
    figure: ['div'],
    figcaption: ['div'],
    address: ['div'],
    details: ['div'],
    summary: ['p'],
    ruby: ['span'],
    rt: ['span'],
    rp: ['span'],
  } satisfies Record<string, [string, string?]>),
);
/**
 * Nothing of these is text (and nothing of them may load): dropped with their content, as DOMPurify
 * (its FORBID_CONTENTS) drops them. A form control's or an `<object>`'s text stays, as there.
 */
const DROP = new Set([
  'col',
  'colgroup',
  'area',
  'script',
  'style',
  'template',
  'source',
  'track',
  'iframe',
  'embed',
  'svg',
  'math',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'input',
  'audio',
  'video',
  'noscript',
  'noembed',
  'noframes',
  'xmp',
  'plaintext',
]);

const TABLE_PARTS = new Set(['caption', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th']);

interface El {
  name: string;
  /** Class written out (keeps the look of what was renamed). */
  cls: string | null;
  attrs: [string, string][];
  children: Node2[];
  /** Holds (or is) a block, once rebuilt. */
  block: boolean;
  /** A list, dl or table part inside a well-formed structure. */
  ok: boolean;
}
type Node2 = El | string | ImageRef;

const isEl = (n: Node2): n is El => typeof n === 'object' && 'children' in n;
const blank = (n: Node2) => typeof n === 'string' && !/\S/.test(n);

/** The one link check, relative addresses resolved against the part's URL; in-page anchors mean nothing here. */
function linkUrl(raw: string | null, base: string | undefined): string | null {
  const v = raw?.trim();
  return v && !v.startsWith('#') ? safeLinkUrl(v, base) : null;
}

function attrsFor(name: string, src: Element, base: string | undefined): [string, string][] {
  const out: [string, string][] = [];
  if (!src.hasAttributes()) return out; // most of a post: <p>, <i>, <br>
  // Trimmed, as DOMPurify leaves every value.
  const get = (a: string) => src.getAttribute(a)?.trim() ?? null;
  const title = get('title');
  if (title) out.push(['title', title]);
  const lang = languageTag(get('lang'));
  if (lang) out.push(['lang', lang], ['xml:lang', lang]);
  const dir = get('dir')?.toLowerCase();
  if (dir === 'ltr' || dir === 'rtl' || dir === 'auto') out.push(['dir', dir]);
  if (name === 'a') {
    // The one link check (http(s) only, journals as https), as the reader's links.
    const href = linkUrl(get('href'), base);
    if (href) out.push(['href', href]);
  } else if (name === 'ol') {
    const start = get('start');
    if (start && /^-?\d{1,9}$/.test(start)) out.push(['start', String(Number(start))]);
    const type = get('type');
    if (type && /^[1aAiI]$/.test(type)) out.push(['type', type]);
  } else if (name === 'td' || name === 'th') {
    for (const a of ['colspan', 'rowspan']) {
      const v = get(a);
      if (v && /^\d{1,4}$/.test(v) && Number(v) >= (a === 'colspan' ? 1 : 0) && Number(v) <= 1000) out.push([a, String(Number(v))]);
    }
  }
  return out;
}

/** The DOM as El nodes in the output vocabulary (names mapped, wrappers unwrapped, the rest dropped). */
function rebuild(root: Node, base: string | undefined): El {
  const top: El = { name: 'div', cls: null, attrs: [], children: [], block: true, ok: false };
  const stack: { node: Node; into: El }[] = [];
  for (let c = root.lastChild; c; c = c.previousSibling) stack.push({ node: c, into: top });
  while (stack.length) {
    const { node, into } = stack.pop()!;
    if (node.nodeType === 3) {
      const data = (node as Text).data;
      const last = into.children[into.children.length - 1];
      if (typeof last === 'string') into.children[into.children.length - 1] = last + data;
      else into.children.push(data);
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const src = el.localName.toLowerCase();
    if (DROP.has(src)) continue;
    if (src === 'img') {
      const url = linkUrl(el.getAttribute('src'), base) ?? '';
      const dim = (a: string) => {
        const v = el.getAttribute(a)?.trim() ?? '';
        return /^\d{1,5}$/.test(v) ? String(Number(v)) : null;
      };
      into.children.push({ url, alt: (el.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim(), width: dim('width'), height: dim('height') });
      continue;
    }
    // A Map, not an object: a post's <constructor> is an element like any other unknown one.
    const renamed = RENAME.get(src);
    const name = renamed ? renamed[0] : PHRASING.has(src) || PHRASING_BLOCKS.has(src) || BLOCKS.has(src) ? src : null;
    const cls = renamed?.[1];
    let target = into;
    if (name) {
      const out: El = { name: name === 'bdo' && !el.hasAttribute('dir') ? 'span' : name, cls: cls ?? null, attrs: attrsFor(name, el, base), children: [], block: false, ok: false };
      into.children.push(out);
      target = out;
    }
    // Unknown wrappers (picture, map, canvas…): their content goes on in the parent.
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push({ node: c, into: target });
  }
  return top;
}

/** Bottom-up: which elements hold blocks; inline elements and p/headings/pre that do become divs. */
function settleBlocks(top: El): void {
  const order: El[] = [];
  const stack: El[] = [top];
  while (stack.length) {
    const el = stack.pop()!;
    order.push(el);
    for (const c of el.children) if (isEl(c)) stack.push(c);
  }
  for (let i = order.length - 1; i >= 0; i--) {
    const el = order[i];
    const holdsBlock = el.children.some((c) => isEl(c) && c.block);
    if (PHRASING.has(el.name)) {
      if (holdsBlock && !TRANSPARENT.has(el.name)) {
        el.cls = el.cls ?? el.name;
        el.name = 'div';
        el.attrs = el.attrs.filter(([k]) => k !== 'href');
      }
      el.block = holdsBlock;
    } else {
      if (holdsBlock && PHRASING_BLOCKS.has(el.name)) {
        el.cls = el.cls ?? el.name;
        el.name = 'div';
      }
      el.block = true;
    }
  }
}

/** Marks lists of definitions and tables whose structure XHTML accepts; the others are written as divs. */
function checkStructure(el: El): void {
  const kids = el.children.filter((c) => !blank(c));
  const letters = (map: Record<string, string>) => kids.map((c) => (isEl(c) ? (map[c.name] ?? 'x') : 'x')).join('');
  if (el.name === 'dl') {
    el.ok = /^(?:t+d+)*$/.test(letters({ dt: 't', dd: 'd' }));
    if (el.ok) for (const c of kids) (c as El).ok = true;
  } else if (el.name === 'table') {
    const seq = letters({ caption: 'c', thead: 'h', tfoot: 'f', tbody: 'b', tr: 'r' });
    let ok = /^c?h?f?(?:b*|r+)f?$/.test(seq) && (seq.match(/f/g)?.length ?? 0) <= 1;
    const rows: El[] = [];
    for (const c of kids as El[]) {
      if (!ok) break;
      if (c.name === 'tr') rows.push(c);
      else if (c.name !== 'caption') {
        const inner = c.children.filter((x) => !blank(x));
        ok = inner.every((x) => isEl(x) && x.name === 'tr');
        rows.push(...(inner as El[]));
      }
    }
    for (const r of rows) if (ok) ok = r.children.filter((x) => !blank(x)).every((x) => isEl(x) && (x.name === 'td' || x.name === 'th'));
    el.ok = ok;
    if (!ok) return;
    // A footer written before the body (HTML 4 wanted it there) goes last, where XHTML wants it.
    const foot = kids.find((c) => (c as El).name === 'tfoot');
    if (foot) el.children = [...el.children.filter((c) => c !== foot), foot];
    for (const c of kids as El[]) {
      c.ok = true;
      if (c.name !== 'caption' && c.name !== 'tr') for (const r of c.children) if (isEl(r)) r.ok = true;
    }
    for (const r of rows) for (const cell of r.children) if (isEl(cell)) cell.ok = true;
  }
}

/** Runs of anything but `<li>` inside a list, each wrapped in an item (blank text dropped). */
function listItems(children: Node2[]): Node2[] {
  const out: Node2[] = [];
  let run: Node2[] = [];
  const flush = () => {
    if (run.some((n) => !blank(n))) out.push({ name: 'li', cls: null, attrs: [], children: run, block: true, ok: true });
    run = [];
  };
  for (const c of children) {
    if (isEl(c) && c.name === 'li') {
      flush();
      c.ok = true;
      out.push(c);
    } else run.push(c);
  }
  flush();
  return out;
}

export interface SerializeOptions {
  /** Written on the elements this serialiser makes divs of (what the book's stylesheet styles). */
  classPrefix?: string;
  /** The part's own URL: relative links and images resolve against it (else only absolute ones stay). */
  baseUrl?: string;
}

/**
 * The sanitised fragment (or element) as XHTML chunks, in the output vocabulary described above.
 * The result is flow content: it goes inside a `<section>` or `<div>`.
 */
export function toXhtml(root: Node, opts: SerializeOptions = {}): Chunk[] {
  const prefix = opts.classPrefix ?? 'x-';
  const top = rebuild(root, opts.baseUrl);
  settleBlocks(top);
  const chunks: Chunk[] = [];
  let text = '';
  const flushText = () => {
    if (text) chunks.push(text);
    text = '';
  };
  type Context = { noHeading: boolean; inDfn: boolean; inA: boolean };
  // One context object per parent, shared by its children (a post has tens of thousands of nodes).
  type Frame = { node: Node2; ctx: Context } | { close: string };
  const stack: Frame[] = [];
  const pushChildren = (children: Node2[], ctx: Context) => {
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i], ctx });
  };
  pushChildren(top.children, { noHeading: false, inDfn: false, inA: false });
  const parents: { name: string; ok: boolean }[] = [top];
  while (stack.length) {
    const frame = stack.pop()!;
    if ('close' in frame) {
      text += frame.close;
      parents.pop();
      continue;
    }
    const node = frame.node;
    const parent = parents[parents.length - 1];
    if (typeof node === 'string') {
      // Blank text between rows, items and groups is not content there.
      if (
        !(
          (parent.name === 'ul' ||
            parent.name === 'ol' ||
            (parent.name === 'dl' && parent.ok) ||
            (TABLE_PARTS.has(parent.name) && parent.ok && parent.name !== 'td' && parent.name !== 'th' && parent.name !== 'caption') ||
            (parent.name === 'table' && parent.ok)) &&
          blank(node)
        )
      ) {
        text += escapeXml(node);
      }
      continue;
    }
    if (!isEl(node)) {
      flushText();
      chunks.push(node);
      continue;
    }
    let name = node.name;
    let cls = node.cls;
    if (name === 'dl' || name === 'table') checkStructure(node);
    if ((name === 'li' || name === 'dt' || name === 'dd' || name === 'dl' || name === 'table' || TABLE_PARTS.has(name)) && !node.ok) {
      // Parts of a structure outside a well-formed one: divs, classed so they still look like it.
      cls = cls ?? name;
      name = 'div';
    } else if (HEADINGS.has(name) && frame.ctx.noHeading) {
      cls = cls ?? name;
      name = 'p';
    } else if ((name === 'dfn' && frame.ctx.inDfn) || (name === 'a' && frame.ctx.inA)) name = 'span';

    let attrs = node.attrs;
    if (name !== node.name) attrs = attrs.filter(([k]) => k === 'title' || k === 'lang' || k === 'xml:lang' || k === 'dir');
    let open = `<${name}`;
    if (cls) open += ` class="${prefix}${cls}"`;
    for (const [k, v] of attrs) open += ` ${k}="${escapeXml(v)}"`;
    if (VOID.has(name)) {
      text += `${open}/>`;
      continue;
    }
    text += `${open}>`;
    stack.push({ close: `</${name}>` });
    parents.push({ name, ok: node.ok });
    const children = name === 'ul' || name === 'ol' ? listItems(node.children) : node.children;
    const { ctx } = frame;
    const changes = name === 'dt' || name === 'th' || name === 'dfn' || name === 'a';
    pushChildren(children, changes ? { noHeading: ctx.noHeading || name === 'dt' || name === 'th', inDfn: ctx.inDfn || name === 'dfn', inA: ctx.inA || name === 'a' } : ctx);
  }
  flushText();
  return chunks;
}
