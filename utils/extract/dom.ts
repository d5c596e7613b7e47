/**
 * Small DOM helpers for extraction. Standard DOM only (no innerText, no layout, no `instanceof`
 * against a global window): the same code runs in a content script, on a DOMParser document,
 * in jsdom and in happy-dom. Nothing here mutates the document.
 */
import { DETECTOR_BUILD } from './build-flags';
import { classAttr, elementsByTag, extractionMap, matchesParsed, parseSelector, selectParsed } from './select';

export const ELEMENT_NODE = 1;
export const TEXT_NODE = 3;

/** Elements that end a line of text before and after them. */
export const BLOCK_TAGS = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'CENTER',
  'DD',
  'DETAILS',
  'DIV',
  'DL',
  'DT',
  'FIELDSET',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'FORM',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'SUMMARY',
  'TABLE',
  'TBODY',
  'TD',
  'TFOOT',
  'TH',
  'THEAD',
  'TR',
  'UL',
  'CAPTION',
]);

/** Never text: dropped from everything extraction reads. */
export const SKIP_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'BUTTON',
  'INPUT',
  'SVG',
  'svg',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'HEAD',
  'TITLE',
  'META',
  'LINK',
]);

export function isElement(n: Node | null | undefined): n is Element {
  return !!n && n.nodeType === ELEMENT_NODE;
}

export function collapse(s: string): string {
  // Prose is mostly words between single spaces, each of them a match of the replacing search (a new string of as many
  // pieces): where no other white space, no double space and no zero-width space is, only the ends change.
  if (!/[^\S ]|\u200b| {2}/.test(s)) return s.trim();
  return s.replace(/[\s\u00a0\u200b]+/g, ' ').trim();
}

/**
 * Rule "unspaced prose counts by its characters": the words of prose, as the rules' thresholds count them (SHORT_PROSE,
 * FIC_SUBJECT_WORDS, …). Japanese and Chinese write no spaces between words, and their writers count a story's length in
 * characters (文字数), so a page of Japanese prose split at spaces is a handful of "words". There each two characters of Han
 * or kana count as a word: translators reckon two to three Japanese characters to an English word, so the thresholds keep
 * their meaning (a 3,000-character story is some 1,500 words).
 */
export function countWords(text: string): number {
  if (!text) return 0;
  const spaced = spacedPieces(text);
  // (No Han or kana below U+2E80: most text has no character that high, and is done with without the script search.)
  return !AT_OR_ABOVE_CJK.test(text) ? spaced : spaced + ((text.match(/[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]/gu)?.length ?? 0) >> 1);
}

/**
 * `text.split(/\s+/).length` without making the pieces (a long post's text is some 6,000 of them, each line's again): the
 * runs of white space, plus one. White space as `\s` has it (ECMAScript's WhiteSpace and LineTerminator).
 */
export function spacedPieces(text: string): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space =
      c === 32 ||
      (c >= 9 && c <= 13) ||
      (c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/** A UTF-16 unit at or above U+2E80, where the first Han, Hiragana or Katakana character is (an astral one's surrogates are too). */
const AT_OR_ABOVE_CJK = /[\u2e80-\uffff]/;

/**
 * `/\S/.test(el.textContent)`: whether any text under the element is other than white space, read up to its first such
 * text (a post's body of 34 KB is most often done with at its first words, not joined whole).
 */
export function hasNonSpaceText(el: Element): boolean {
  // SHOW_TEXT | SHOW_CDATA_SECTION: the nodes textContent joins.
  const walker = (el.ownerDocument ?? (el as unknown as Document)).createTreeWalker(el, 0x4 | 0x8);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) if (/\S/.test((n as CharacterData).data)) return true;
  return false;
}

/**
 * Visible text of a subtree (scripts and the like skipped), whitespace collapsed. Iterative: a
 * post may nest thousands of elements deep. With `limit`, stops once that many characters of raw
 * text are read, or `maxNodes` nodes (enough to tell a label from prose without reading a whole post).
 */
export function textOf(node: Node | null | undefined, limit = Infinity, maxNodes = Infinity): string {
  if (!node) return '';
  const out: string[] = [];
  let length = 0;
  let nodes = 0;
  // Depth-first: enter an element, then its children, then leave it (the space after a block).
  const stack: { node: Node; leaving: boolean }[] = [{ node, leaving: false }];
  while (stack.length && length <= limit && nodes++ < maxNodes) {
    const { node: n, leaving } = stack.pop()!;
    if (leaving) {
      out.push(' ');
      continue;
    }
    if (n.nodeType === TEXT_NODE) {
      const data = (n as Text).data;
      out.push(limit === Infinity ? data : data.slice(0, limit - length + 1));
      length += data.length;
    } else if (isElement(n)) {
      const tag = n.tagName.toUpperCase();
      if (SKIP_TAGS.has(tag)) continue;
      if (tag === 'BR') out.push(' ');
      if (BLOCK_TAGS.has(tag)) stack.push({ node: n, leaving: true });
      for (let c = n.lastChild; c; c = c.previousSibling) stack.push({ node: c, leaving: false });
    }
  }
  return collapse(out.join(''));
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttr(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
}

/** `<tag attr="…">` of an element (serialised by hand: we only ever read the source document). */
export function openTag(el: Element): string {
  let s = `<${el.tagName.toLowerCase()}`;
  // (Most elements of prose have none: no attribute list made to go through.)
  if (!el.hasAttributes()) return `${s}>`;
  for (const a of Array.from(el.attributes)) s += ` ${a.name}="${escapeAttr(a.value)}"`;
  return `${s}>`;
}

export function closeTag(el: Element): string {
  return `</${el.tagName.toLowerCase()}>`;
}

/**
 * `root.querySelectorAll(selector)`. Select.ts matches the simple selectors itself: much faster in
 * jsdom (the tests, the CLI, the bench); the detector's build (a browser's own engine, a size
 * budget) leaves it out.
 */
export function queryAll(root: ParentNode, selector: string): Element[] {
  const parsed = DETECTOR_BUILD ? null : parseSelector(selector);
  if (parsed) return selectParsed(root as Document | Element, parsed);
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

/**
 * `root.getElementsByTagName(tag)` as an array, in document order (`tag` lower case, or '*'): the
 * DOM's own list in the detector's build, else one walk of ours (select.ts: elementsByTag).
 */
export function tagged(root: Document | Element, tag: string): readonly Element[] {
  return DETECTOR_BUILD ? Array.from(root.getElementsByTagName(tag)) : elementsByTag(root, tag);
}

/** `el.matches(selector)`, false for a selector the DOM cannot parse. */
export function matchesSelector(el: Element, selector: string): boolean {
  const parsed = DETECTOR_BUILD ? null : parseSelector(selector);
  if (parsed) return matchesParsed(el, parsed);
  try {
    return el.matches(selector);
  } catch {
    return false;
  }
}

/** Username shown by an ljuser span (`<span class="ljuser" lj:user="name">`), else its text. */
export function ljUserName(el: Element): string {
  const attr = el.getAttribute('lj:user') || el.getAttribute('data-ljuser');
  if (attr) return attr.trim();
  return textOf(el).replace(/^\[[^\]]*\]\s*/, '');
}

/** Every ljuser span under `root`, outermost only. */
export function ljUsers(root: ParentNode): Element[] {
  // Matches come in document order, so a nested match follows the one around it: one pass.
  const out: Element[] = [];
  let last: Element | null = null;
  for (const el of queryAll(root, LJUSER)) {
    if (last && last.contains(el)) continue;
    out.push(el);
    last = el;
  }
  return out;
}

const LJUSER = 'span.ljuser, span[lj\\:user], span[data-ljuser], .i-ljuser';

function isLjUser(el: Element): boolean {
  const cls = classAttr(el);
  return /(?:^|\s)(?:i-)?ljuser(?:\s|$)/.test(cls) || el.hasAttribute('lj:user') || el.hasAttribute('data-ljuser');
}

/**
 * The first element of `tag` under `root`, in document order, that `accept` takes (ljuser spans
 * only when `tag` is 'span'), stopping when `stop` says so. Goes through the tag's elements (`tagged`),
 * not a selector search: finding the poster stops at the post, without matching every comment after it.
 */
export function firstTagged(root: Element, tag: 'span' | 'a', stop: (el: Element) => boolean, accept: (el: Element) => boolean): Element | null {
  for (const el of tagged(root, tag)) {
    if (tag === 'span' && !isLjUser(el)) continue;
    if (tag === 'a' && !el.hasAttribute('href')) continue;
    if (stop(el)) return null;
    if (accept(el)) return el;
  }
  return null;
}

/** Resolve `href` against the page's URL; null for non-http links. */
export function absoluteUrl(href: string | null, base: string): string | null {
  if (!href) return null;
  // Kept within an extraction: the header, the navigation lines, the chrome tests and the evidence each read the same
  // links, and each reading parsed the address again (about 3% of a page's extraction in Chromium's profile).
  const known = extractionMap<string, string | null>(absoluteUrl);
  if (!known) return resolvedUrl(href, base);
  const key = `${base.length} ${base}${href}`;
  let url = known.get(key);
  if (url === undefined) known.set(key, (url = resolvedUrl(href, base)));
  return url;
}

function resolvedUrl(href: string, base: string): string | null {
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null;
  } catch {
    return null;
  }
}

/** The words of a button's picture that say it navigates: a direction, a part, the index. */
const BUTTON_WORDS = /\b(?:next|prev(?:ious)?|back|forward|onward|continued?|part|chapter|index|master ?post|contents)\b|[«»‹›←→]/i;

/**
 * Rule "an image button says where it goes": LJ-era writers linked their parts with graphic buttons (a photobucket
 * "nextpart.gif", a banner maker's arrow) instead of words, `<a href="part 2"><img alt="next part »"></a>`, often with no
 * alt text at all, the file's name ("back_button.gif", "prev.png") or the picture alone saying which way. A link with no
 * words of its own whose picture's alt (or title) text, or else its file's name, names a direction or a part reads as
 * those words: "next part »", and for a bare file name "next »" or "« previous". Any other picture link says nothing ('').
 */
export function buttonWords(a: Element): string {
  // (`a.querySelector('img')`, from the page's walk: asked of every link without words, and jsdom's selector search of its
  // own costs more than the rest of the link's reading.)
  const img = tagged(a, 'img')[0];
  if (!img) return '';
  const alt = collapse(img.getAttribute('alt') || img.getAttribute('title') || '');
  if (alt) return BUTTON_WORDS.test(alt) ? alt : '';
  const file = (/([^/?#]*?)(?:\.\w{2,4})?(?:[?#].*)?$/.exec(img.getAttribute('src') ?? '')?.[1] ?? '').toLowerCase();
  const back = /prev|back/.test(file);
  const on = /next|forward|onward/.test(file);
  return back === on ? '' : back ? '« previous' : 'next »';
}
