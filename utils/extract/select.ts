/**
 * Selector search for the simple selectors extraction uses (tags, classes, ids, attribute tests,
 * `:first-of-type`, `:not()` of compounds, descendant and child combinators), matched in plain JS. Why not just
 * querySelectorAll: in jsdom (the bench, the tests, the CLI) a selector search from an element wraps
 * every element under it, and each `matches` call costs tens of microseconds: a layout whose post
 * is the whole <body> (LiveJournal's ?format=light, with a much-commented story 170 KB) paid ~5 ms
 * for each of its body, subject and poster selectors. Here the candidates (the elements of the
 * rightmost class, by the DOM's own fast class search, or of the rightmost tag, from one walk of
 * the root) are tested right to left as the Selectors spec says: the whole selector against the
 * whole document, the root only bounding where matches may be (so `body > p` finds the <p>s of
 * <body> from <body> too, as browsers do and jsdom does not).
 *
 * Anything else (other pseudo-classes, sibling combinators, hex escapes, a case flag) returns null
 * from `parseSelector`, and the callers use the DOM's own search.
 */

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** HTML's attributes whose values selectors match ignoring ASCII case (HTML, "Case-sensitivity of selectors"). */
const CASELESS_ATTRS =
  /^(?:accept|accept-charset|align|alink|axis|bgcolor|charset|checked|clear|codetype|color|compact|declare|defer|dir|direct|disabled|enctype|face|frame|hreflang|http-equiv|lang|language|link|media|method|multiple|nohref|noresize|noshade|nowrap|readonly|rel|rev|rules|scope|scrolling|selected|shape|target|text|type|valign|valuetype|vlink)$/;

interface AttrTest {
  name: string;
  op: '' | '=' | '*=' | '^=' | '$=' | '~=' | '|=';
  value: string;
}

interface Compound {
  /** Lower-cased type selector, or '' for any element. */
  tag: string;
  rawTag: string;
  ids: string[];
  classes: string[];
  /** The classes lower-cased: a quirks-mode page's class names ignore ASCII case. */
  lowerClasses: string[];
  attrs: AttrTest[];
  firstOfType: boolean;
  /** `:not(…)` arguments, each one compound (no combinator): the element matches none of them. */
  nots: Compound[];
  /** How this compound relates to the next one to the right ('' for the rightmost). */
  combinator: '' | ' ' | '>';
}

/** A complex selector, rightmost compound first. */
type Complex = Compound[];

let cache: Map<string, Complex[] | null> | undefined;

/** The selector list parsed, or null when it uses anything this module does not match itself. */
export function parseSelector(selector: string): Complex[] | null {
  cache ??= new Map();
  let parsed = cache.get(selector);
  if (parsed === undefined) {
    parsed = parseList(selector);
    cache.set(selector, parsed);
  }
  return parsed;
}

const IDENT = /^-?(?:[A-Za-z_\u00a0-\uffff]|\\[^0-9a-fA-F\n\r\f])(?:[A-Za-z0-9_\u00a0-\uffff-]|\\[^0-9a-fA-F\n\r\f])*/;
const unescape = (s: string) => s.replace(/\\(.)/g, '$1');

function parseList(selector: string): Complex[] | null {
  const list: Complex[] = [];
  let compounds: Compound[] = [];
  let combinator: Compound['combinator'] = '';
  let s = selector.trim();
  for (;;) {
    const c: Compound = { tag: '', rawTag: '', ids: [], classes: [], lowerClasses: [], attrs: [], firstOfType: false, nots: [], combinator };
    let read = false;
    let m: RegExpExecArray | null;
    if ((m = IDENT.exec(s))) {
      c.rawTag = unescape(m[0]);
      c.tag = c.rawTag.toLowerCase();
      s = s.slice(m[0].length);
      read = true;
    } else if (s[0] === '*') {
      s = s.slice(1);
      read = true;
    }
    for (;;) {
      if (s[0] === '.' || s[0] === '#') {
        const name = IDENT.exec(s.slice(1));
        if (!name) return null;
        const value = unescape(name[0]);
        if (s[0] === '.') {
          c.classes.push(value);
          c.lowerClasses.push(value.toLowerCase());
        } else c.ids.push(value);
        s = s.slice(1 + name[0].length);
      } else if (s[0] === '[') {
        m = /^\[\s*((?:[A-Za-z0-9_-]|\\[^0-9a-fA-F\n\r\f])+)\s*(?:([*^$~|]?=)\s*(?:'([^'\\]*)'|"([^"\\]*)"|(-?[A-Za-z_][A-Za-z0-9_-]*))\s*)?\]/.exec(s);
        if (!m) return null;
        c.attrs.push({ name: unescape(m[1]), op: (m[2] ?? '') as AttrTest['op'], value: m[3] ?? m[4] ?? m[5] ?? '' });
        s = s.slice(m[0].length);
      } else if (s.startsWith(':first-of-type')) {
        c.firstOfType = true;
        s = s.slice(':first-of-type'.length);
      } else if (s.startsWith(':not(')) {
        // A list of compounds, no combinator and no parenthesis inside (div.entry:not(.comment)).
        const end = s.indexOf(')');
        const inner = end < 0 ? '' : s.slice(':not('.length, end);
        const args = inner && !inner.includes('(') ? parseList(inner) : null;
        if (!args || args.some((a) => a.length !== 1)) return null;
        c.nots.push(...args.map((a) => a[0]));
        s = s.slice(end + 1);
      } else break;
      read = true;
    }
    if (!read) return null; // a character this parser does not know: '+', '~', ':hover', '(' ...
    compounds.push(c);
    m = /^\s*([>,])?\s*/.exec(s)!;
    s = s.slice(m[0].length);
    if (!s) {
      if (m[1]) return null;
      list.push(compounds.reverse());
      return list;
    }
    if (m[1] === ',') {
      list.push(compounds.reverse());
      compounds = [];
      combinator = '';
    } else if (m[1] === '>') combinator = '>';
    else if (m[0]) combinator = ' ';
    else return null;
  }
}

/** Whether the element's class attribute names `name`; in quirks mode ASCII case aside (`name` lower-cased then, by the caller). */
function hasClass(el: Element, name: string, quirks: boolean): boolean {
  const cls = quirks ? lowerClassAttr(el) : classAttr(el);
  // (A class is a word of the attribute, so an attribute without the name's letters has none: most elements asked, and
  // no split of the attribute for them.)
  if (!cls.includes(name)) return false;
  for (const c of cls.split(/[ \t\n\f\r]+/)) if (c === name) return true;
  return false;
}

function attrMatches(el: Element, t: AttrTest): boolean {
  let v = el.getAttribute(t.name);
  if (v === null) return false;
  if (!t.op) return true;
  let want = t.value;
  if (el.namespaceURI === HTML_NS && CASELESS_ATTRS.test(t.name.toLowerCase())) {
    v = v.toLowerCase();
    want = want.toLowerCase();
  }
  switch (t.op) {
    case '=':
      return v === want;
    case '*=':
      return want !== '' && v.includes(want);
    case '^=':
      return want !== '' && v.startsWith(want);
    case '$=':
      return want !== '' && v.endsWith(want);
    case '~=':
      return want !== '' && !/[ \t\n\f\r]/.test(want) && v.split(/[ \t\n\f\r]+/).includes(want);
    case '|=':
      return v === want || v.startsWith(want + '-');
  }
}

/** The compound's own tests, `:first-of-type` aside (the dearest: tried once the rest matched). */
function compoundMatches(el: Element, c: Compound, quirks: boolean): boolean {
  if (c.tag && el.localName !== (el.namespaceURI === HTML_NS ? c.tag : c.rawTag)) return false;
  for (const id of c.ids) {
    const own = el.getAttribute('id');
    if (own === null || (own !== id && !(quirks && own.toLowerCase() === id.toLowerCase()))) return false;
  }
  for (const name of quirks ? c.lowerClasses : c.classes) if (!hasClass(el, name, quirks)) return false;
  for (const t of c.attrs) if (!attrMatches(el, t)) return false;
  for (const n of c.nots) if (compoundMatches(el, n, quirks) && (!n.firstOfType || isFirstOfType(el))) return false;
  return true;
}

function isFirstOfType(el: Element): boolean {
  for (let p = el.previousElementSibling; p; p = p.previousElementSibling) if (p.localName === el.localName && p.namespaceURI === el.namespaceURI) return false;
  return true;
}

/**
 * One search's matching: whether an element matches the complex selector from its compound `i`
 * leftwards, and whether one of an element's ancestors does (memoised: the candidates of a search
 * share their ancestors, and a descendant combinator would otherwise walk them again for each).
 */
class Matcher {
  private readonly above: Map<Element, boolean>[] = [];
  constructor(
    private readonly complex: Complex,
    private readonly quirks: boolean,
  ) {}

  matches(el: Element, i = 0): boolean {
    const c = this.complex[i];
    if (!compoundMatches(el, c, this.quirks)) return false;
    if (i < this.complex.length - 1) {
      const parent = el.parentElement;
      if (!parent || !(c.combinator === '>' ? this.matches(parent, i + 1) : this.someAncestor(parent, i + 1))) return false;
    }
    return !c.firstOfType || isFirstOfType(el);
  }

  /** Whether `el` or one of its ancestors matches from compound `i`. */
  private someAncestor(el: Element, i: number): boolean {
    return selfOrAncestor(el, (a) => this.matches(a, i), (this.above[i] ??= new Map()));
  }
}

/**
 * Whether `el` or one of its ancestors passes `test`, each element walked keeping the answer in `known`: many questions
 * about the elements of one page share their ancestors (a search's candidates; the chrome test of every link).
 */
export function selfOrAncestor(el: Element, test: (e: Element) => boolean, known: Map<Element, boolean>): boolean {
  const path: Element[] = [];
  let found = false;
  for (let a: Element | null = el; a; a = a.parentElement) {
    const k = known.get(a);
    if (k !== undefined) {
      found = k;
      break;
    }
    path.push(a);
    if (test(a)) {
      found = true;
      break;
    }
  }
  // Every element walked holds the answer's element among its ancestors-or-self, or has none.
  for (const a of path) known.set(a, found);
  return found;
}

const isQuirks = (node: Node) => (node.ownerDocument ?? (node as Document)).compatMode === 'BackCompat';

/**
 * `el.matches(selector)` for a parsed selector list. Within `withSearchIndex` each selector's matchers are kept for the
 * extraction, and with them their answers about ancestors: the links of one post asked one by one (permalinkOf) share them.
 */
export function matchesParsed(el: Element, list: Complex[]): boolean {
  const quirks = isQuirks(el);
  // (Per selector list, one set per mode: the matchers of a quirks-mode page ignore the case of classes and ids.)
  const kept = extractionMap<Complex[], { quirks?: Matcher[]; standard?: Matcher[] }>(MATCHERS);
  let sets = kept?.get(list);
  if (!sets) {
    sets = {};
    kept?.set(list, sets);
  }
  const mode = quirks ? 'quirks' : 'standard';
  const matchers = (sets[mode] ??= list.map((complex) => new Matcher(complex, quirks)));
  return matchers.some((m) => m.matches(el));
}
const MATCHERS = {};

/**
 * The elements under a root by tag name ('*': all), in document order. Within `withSearchIndex`
 * (one extraction: nothing changes the page meanwhile) the document is walked once for all
 * searches: an element's elements are a range of the document's lists, found by position (no walk
 * of its own: a post's, then each small box's in it, were each walked again). Outside it, each
 * search walks its root. Why a walk of our own: in jsdom a live tag list is read in quadratic time
 * and a selector search for a tag wraps every element under the root.
 */
interface Walked {
  byTag: Map<string, Element[]>;
  /** Each element's place in `byTag['*']` (made on the first search under an element). */
  pos?: Map<Element, number>;
  /** The elements of each class, in document order (made on the first search for a class: classesOf). */
  byClass?: Map<string, Element[]>;
}

/** Within `withSearchIndex`: each document's walk, and each root's lists (an element's: ranges of its document's). */
let walks: Map<Document, Walked> | null = null;
let indexes: Map<Document | Element, Map<string, Element[]>> | null = null;
/** Within `withSearchIndex`: the class attribute ('' for none) of each element of the documents classesOf indexed (classAttr). */
let classAttrs: Map<Element, string> | null = null;

/** Within `withSearchIndex`: the class attribute lower-cased, for a quirks-mode document's elements (classesOf indexed them). */
let lowerClassAttrs: Map<Element, string> | null = null;

/** Within `withSearchIndex`: the answers of each function memoised by `memoInExtraction`. */
let memos: Map<unknown, Map<string, unknown>> | null = null;

export function withSearchIndex<T>(f: () => T): T {
  return walks ? f() : searchIndexSession()(f);
}

/**
 * One extraction's index kept across calls: each call runs inside it (its walks, classes and memos, as `withSearchIndex`'s),
 * and nothing of it is in force between calls. For a reading done in steps, in tasks of their own (`locateStoriesInSteps`);
 * the caller makes sure nothing changed the page between them.
 */
export function searchIndexSession(): <T>(f: () => T) => T {
  const own = {
    walks: new Map<Document, Walked>(),
    indexes: new Map<Document | Element, Map<string, Element[]>>(),
    classAttrs: new Map<Element, string>(),
    lowerClassAttrs: new Map<Element, string>(),
    memos: new Map<unknown, Map<string, unknown>>(),
  };
  return (f) => {
    // (Within another extraction: its index, as `withSearchIndex` does; nothing changes the page within one.)
    if (walks) return f();
    ({ walks, indexes, classAttrs, lowerClassAttrs, memos } = own);
    try {
      return f();
    } finally {
      walks = null;
      indexes = null;
      classAttrs = null;
      lowerClassAttrs = null;
      memos = null;
    }
  };
}

/**
 * A pure function of a string, its answers kept within one extraction (`withSearchIndex`) and dropped with it: nothing of
 * one page is kept for the next. Outside an extraction (the detector's build) it is called every time. For the string work a
 * page asks again and again with the same words (a label's normalisation for each word of each line that opens with "The").
 * The answers are shared: the callers do not change them.
 */
export function memoInExtraction<T>(f: (s: string) => T): (s: string) => T {
  return (s) => {
    if (!memos) return f(s);
    let answers = memos.get(f) as Map<string, T> | undefined;
    if (!answers) memos.set(f, (answers = new Map()));
    let v = answers.get(s);
    if (v === undefined && !answers.has(s)) answers.set(s, (v = f(s)));
    return v as T;
  };
}

/**
 * Within `withSearchIndex`: a map of the caller's own (one per `owner`), for answers about the page's elements that hold
 * while nothing changes it; dropped with the extraction. Null outside one (the detector's build): the caller works it out.
 */
export function extractionMap<K, V>(owner: object): Map<K, V> | null {
  if (!memos) return null;
  let m = memos.get(owner);
  if (!m) memos.set(owner, (m = new Map()));
  return m as unknown as Map<K, V>;
}

/**
 * The elements under `root`, depth first, by tag name. A tree walker: in jsdom it moves through the tree internally, at a
 * little over half the cost of stepping by firstElementChild / nextElementSibling / parentNode (each a wrapped node).
 */
function walk(root: Document | Element): Map<string, Element[]> {
  const index = new Map([['*', [] as Element[]]]);
  const all = index.get('*')!;
  const walker = (root.ownerDocument ?? (root as Document)).createTreeWalker(root, 1 /* SHOW_ELEMENT */);
  for (let el = walker.nextNode() as Element | null; el; el = walker.nextNode() as Element | null) {
    all.push(el);
    const list = index.get(el.localName);
    if (list) list.push(el);
    else index.set(el.localName, [el]);
  }
  return index;
}

function walked(doc: Document): Walked {
  let w = walks!.get(doc);
  if (!w) walks!.set(doc, (w = { byTag: walk(doc) }));
  return w;
}

/**
 * The document's elements by class, from the walk: one pass reading each element's class attribute once. The site styles'
 * post selectors alone name some twenty classes, and in jsdom each class search by the DOM goes through every element of
 * the page (a fixed cost of ~1 ms per call on a 6 KB page, more than the reading of its post). Keys as the selectors
 * match them: in quirks mode class names ignore ASCII case (jsdom's own search does too), so the keys are lower case.
 */
function classesOf(doc: Document, w: Walked): Map<string, Element[]> {
  if (w.byClass) return w.byClass;
  const quirks = isQuirks(doc);
  const byClass = new Map<string, Element[]>();
  const attrs = classAttrs!;
  const lowerAttrs = lowerClassAttrs!;
  for (const el of w.byTag.get('*')!) {
    const cls = ownClass(el);
    // (Every element, the classless too: classAttr's answer for any element of the page, and the selectors' ancestor
    // tests ask mostly about classless ones.)
    attrs.set(el, cls);
    const keyed = quirks ? cls.toLowerCase() : cls;
    if (quirks) lowerAttrs.set(el, keyed);
    if (!cls) continue;
    for (const key of keyed.split(/[ \t\n\f\r]+/)) {
      if (!key) continue;
      const list = byClass.get(key);
      // (Each element once, however often its attribute names the class.)
      if (!list) byClass.set(key, [el]);
      else if (list[list.length - 1] !== el) list.push(el);
    }
  }
  return (w.byClass = byClass);
}

/**
 * The class attribute's value ('' for none). `className` is the attribute as a string at a third of getAttribute's cost in
 * jsdom (which looks the name up in the attribute list, lower-casing it, at each call); an SVG element's is an object.
 */
function ownClass(el: Element): string {
  const c: unknown = el.className;
  return typeof c === 'string' ? c : (el.getAttribute('class') ?? '');
}

/**
 * `el.getAttribute('class') ?? ''`. Within `withSearchIndex`, once the page's classes are indexed (the first class search:
 * every extraction makes one), from that pass: the chrome tests and the selectors' ancestor tests read the class of the
 * same elements again and again.
 */
export function classAttr(el: Element): string {
  return classAttrs?.get(el) ?? ownClass(el);
}

/** classAttr lower-cased (a quirks-mode page's class names ignore ASCII case): from the index where classesOf made it. */
function lowerClassAttr(el: Element): string {
  return lowerClassAttrs?.get(el) ?? classAttr(el).toLowerCase();
}

/** The first index in `list` (document order) of an element at or after position `at`. */
function firstAt(list: readonly Element[], pos: Map<Element, number>, at: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (pos.get(list[mid])! < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The elements of `tag` under an element (or, with `byClass`, of that class key: classesOf), as the range of its document's
 * list between its start and its subtree's end; null when it is not in that walk (not connected).
 */
function rangeOf(root: Element, tag: string, byClass = false): Element[] | null {
  const doc = root.ownerDocument;
  if (!doc) return null;
  const w = walked(doc);
  const all = w.byTag.get('*')!;
  const pos = placesOf(w);
  const start = pos.get(root);
  if (start === undefined) return null;
  const list = (byClass ? classesOf(doc, w) : w.byTag).get(tag) ?? [];
  if (!list.length) return [];
  // The subtree ends where the next element not inside it starts.
  let end = all.length;
  for (let e: Element | null = root; e; e = e.parentElement) {
    const next = e.nextElementSibling;
    if (next) {
      end = pos.get(next) ?? end;
      break;
    }
  }
  return list.slice(firstAt(list, pos, start + 1), firstAt(list, pos, end));
}

/** Each element's place in the walk's `*` list (made once a search or a comparison needs it). */
function placesOf(w: Walked): Map<Element, number> {
  if (!w.pos) {
    const all = w.byTag.get('*')!;
    w.pos = new Map();
    for (let i = 0; i < all.length; i++) w.pos.set(all[i], i);
  }
  return w.pos;
}

/**
 * `!!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING)` for two elements: b starts after a (inside it or
 * past its end). Within `withSearchIndex`, by their places in the document's walk: happy-dom answers a comparison by
 * walking the common ancestor's subtree, and the post finders compare each link with the post's text.
 */
export function follows(a: Element, b: Element): boolean {
  const doc = walks && a.ownerDocument;
  if (doc && b.ownerDocument === doc) {
    const pos = placesOf(walked(doc));
    const pa = pos.get(a);
    const pb = pos.get(b);
    if (pa !== undefined && pb !== undefined) return pb > pa;
  }
  return !!(a.compareDocumentPosition(b) & 4);
}

/** `follows` for any node after `a` (a text node by its element, where that settles it). */
export function followsNode(a: Element, node: Node): boolean {
  if (node.nodeType === 1) return follows(a, node as Element);
  const parent = node.parentElement;
  // A text inside `a` follows its start. One whose element holds `a` may stand before or after it, and one with no
  // element is not in the walk: the DOM compares those.
  if (parent && a.contains(parent)) return true;
  if (!parent || parent.contains(a)) return !!(a.compareDocumentPosition(node) & 4);
  return follows(a, parent);
}

/**
 * Within `withSearchIndex`: the elements under `root` with the class (the document's class index, a range of it for an
 * element); null outside it, or for an element not in the walk (the DOM's own search then). `key`: the class name as the
 * index holds it (lower-cased on a quirks-mode page: the compound's `lowerClasses`).
 */
function elementsByClass(root: Document | Element, key: string): readonly Element[] | null {
  if (!walks) return null;
  if (root.nodeType === 9) {
    const doc = root as Document;
    return classesOf(doc, walked(doc)).get(key) ?? NONE;
  }
  if (!root.firstElementChild) return NONE;
  return rangeOf(root as Element, key, true);
}

/**
 * `root.getElementsByTagName(tag)` as an array (a lower-case tag name, or '*'), from the same walk
 * as the searches (read only: the array is shared within `withSearchIndex`). In jsdom, reading a
 * live tag list costs a lookup by name for every index (the whole page's `*` list: seconds).
 */
const NONE: readonly Element[] = [];

export function elementsByTag(root: Document | Element, tag: string): readonly Element[] {
  if (walks && root.nodeType === 9) return walked(root as Document).byTag.get(tag) ?? [];
  // An element with no element inside (a paragraph of prose, a link): nothing to look up or remember.
  if (!root.firstElementChild) return NONE;
  let index = indexes?.get(root);
  if (!index) {
    index = walks ? new Map() : walk(root);
    indexes?.set(root, index);
  }
  let list = index.get(tag);
  if (!list && walks) {
    const range = rangeOf(root as Element, tag);
    if (range) index.set(tag, (list = range));
    else for (const [t, l] of walk(root)) index.set(t, l);
  }
  return list ?? index.get(tag) ?? [];
}

/** Elements among which are all of a complex selector's matches, in document order. */
function candidatesOf(root: Document | Element, complex: Complex, quirks: boolean): readonly Element[] {
  const right = complex[0];
  // One class: within one extraction the document's class index (classesOf), else the DOM's own search (quirks mode
  // ignores case there and here alike).
  if (right.classes.length) {
    const indexed = elementsByClass(root, (quirks ? right.lowerClasses : right.classes)[0]);
    if (indexed) return indexed;
    return Array.from(root.querySelectorAll(`.${right.classes[0].replace(/[^A-Za-z0-9_\u00a0-\uffff-]/g, (c) => `\\${c}`)}`));
  }
  // A type selector in another case than lower may name a foreign (SVG) element's type: every element is tried.
  return elementsByTag(root, right.rawTag && right.rawTag === right.tag ? right.tag : '*');
}

/**
 * Within `withSearchIndex`, for a root in its document's walk: whether a class names any element of that document (the
 * class index). A complex selector one of whose compounds needs a class no element has matches nothing, whatever its
 * other compounds say: the post selectors of every site style, the tags selector's `.ljtags a` or `.post-tags a` (whose
 * rightmost compound is each of the root's links, every one tried up its ancestors), are then never tried. Null elsewhere.
 * Asked with the class name as the index holds it (a quirks-mode page's lower-cased: the compound's `lowerClasses`).
 */
function classPresence(root: Document | Element): ((name: string) => boolean) | null {
  if (!walks) return null;
  const doc = root.nodeType === 9 ? (root as Document) : root.ownerDocument;
  // (A root out of the document, a template's content: the index does not hold its elements.)
  if (!doc || (root !== doc && !root.isConnected)) return null;
  const byClass = classesOf(doc, walked(doc));
  return (key) => byClass.has(key);
}

/** `root.querySelectorAll(selector)` for a parsed selector list: matches under `root`, in document order. */
export function selectParsed(root: Document | Element, list: Complex[]): Element[] {
  const quirks = isQuirks(root);
  // Selectors with the same candidates are tried in one pass over them (span.ljuser, span[lj:user]).
  const groups = new Map<string, { complex: Complex; matchers: Matcher[] }>();
  const present = classPresence(root);
  for (const complex of list) {
    if (present && !complex.every((c) => (quirks ? c.lowerClasses : c.classes).every(present))) continue;
    const key = complex[0].classes.length ? `.${complex[0].classes[0]}` : complex[0].rawTag && complex[0].rawTag === complex[0].tag ? complex[0].tag : '*';
    const group = groups.get(key) ?? groups.set(key, { complex, matchers: [] }).get(key)!;
    group.matchers.push(new Matcher(complex, quirks));
  }
  const found: Element[][] = [];
  for (const { complex, matchers } of groups.values()) {
    const out = candidatesOf(root, complex, quirks).filter((el) => matchers.some((m) => m.matches(el)));
    if (out.length) found.push(out);
  }
  if (found.length <= 1) return found[0] ?? [];
  // Several lists matched: one list in document order, each element once.
  return [...new Set(found.flat())].sort((a, b) => (follows(a, b) ? -1 : 1));
}
