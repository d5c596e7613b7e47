/**
 * The journal page the reader opened on, copied node by node for the reader's frame (utils/reader-frame.ts), which
 * reads the clicked post from the copy. Not as markup: a page's DOM written out and parsed again is not always the
 * same DOM (a <noscript>'s text, raw where scripts run, parses into elements; <math><mglyph><style>… and the other
 * mutation-XSS shapes parse into another tree), and the post read from it would lose text the page shows. The copy is
 * the tree itself: elements with their namespace and attributes, text, comments; in document order, each with its
 * parent's index (flat: no recursion on the way, however deep the page nests). What is not in the tree is not copied:
 * a <template>'s content, shadow roots (the buttons', the reader's host's), frames' documents. Extraction reads none.
 */

/** One node: [parent's index (-1: the root), 1 (element) | 3 (text) | 8 (comment), name or data, namespace, attributes: name, value, namespace, …]. */
export type CopiedNode = [parent: number, type: 1 | 3 | 8, value: string, namespace?: string, attributes?: string[]];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/**
 * What a document, or a form, names as its own properties, by which attributes: both override the DOM's own
 * ([LegacyOverrideBuiltIns]), so in the copy `<img name="createElement">` would be `doc.createElement`, `<form
 * name="body">` its `doc.body`, and `<form><input name="parentNode">` that form's `parentNode` (a loop for whoever walks
 * up). A page's trap for the code that reads its DOM, and the frame reads the copy with the DOM's own methods (in the
 * page, the content script's world does not see these names). Left out of the copy: extraction reads none of them.
 */
const NAMING: Record<string, readonly string[] | undefined> = {
  form: ['name'],
  iframe: ['name'],
  embed: ['name', 'id'],
  img: ['name', 'id'],
  object: ['name', 'id'],
  button: ['name', 'id'],
  fieldset: ['name', 'id'],
  input: ['name', 'id'],
  output: ['name', 'id'],
  select: ['name', 'id'],
  textarea: ['name', 'id'],
};

/** The DOM's own getter of a property, called on a node whatever the node's own property says. */
function domGetter<T>(proto: object, name: string): (node: Node) => T {
  const get = Object.getOwnPropertyDescriptor(proto, name)?.get;
  if (!get) throw new Error(`no ${name}`);
  return (node) => get.call(node) as T;
}

/**
 * The page (from its root element) as the copy the frame rebuilds. Read with the DOM's own getters and methods, not the
 * nodes' properties: a form names its controls as its own properties (`<input name="localName">` is that form's
 * `localName`, an element the copy could not even be posted with) in every world, the content script's too.
 */
export function copyPage(root: Element): CopiedNode[] {
  const parentOf = domGetter<Node | null>(Node.prototype, 'parentNode');
  const typeOf = domGetter<number>(Node.prototype, 'nodeType');
  const localNameOf = domGetter<string>(Element.prototype, 'localName');
  const tagNameOf = domGetter<string>(Element.prototype, 'tagName');
  const namespaceOf = domGetter<string | null>(Element.prototype, 'namespaceURI');
  const attributesOf = domGetter<NamedNodeMap>(Element.prototype, 'attributes');
  const dataOf = domGetter<string>(CharacterData.prototype, 'data');
  const out: CopiedNode[] = [];
  const index = new Map<Node, number>();
  const attributeList = (el: Element) => {
    const list: string[] = [];
    for (const a of Array.from(attributesOf(el))) list.push(String(a.name), String(a.value), String(a.namespaceURI ?? ''));
    return list;
  };
  index.set(root, 0);
  out.push([-1, 1, String(localNameOf(root)), String(namespaceOf(root) ?? HTML_NS), attributeList(root)]);
  // Elements, text and comments (NodeFilter.SHOW_ELEMENT | SHOW_TEXT | SHOW_COMMENT).
  const walker = Document.prototype.createTreeWalker.call(root.ownerDocument, root, 1 | 4 | 128);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parentNode = parentOf(n);
    const parent = (parentNode && index.get(parentNode)) ?? 0;
    const type = typeOf(n);
    if (type === 1) {
      const el = n as Element;
      index.set(n, out.length);
      const ns = String(namespaceOf(el) ?? '');
      // An HTML element by its local name (tagName is upper case); SVG's and MathML's as written (foreignObject).
      out.push([parent, 1, String(ns === HTML_NS ? localNameOf(el) : tagNameOf(el)), ns, attributeList(el)]);
    } else out.push([parent, type === 3 ? 3 : 8, String(dataOf(n))]);
  }
  return out;
}

/**
 * The copy as a document of its own: inert (made by `createHTMLDocument`, it has no browsing context: no script runs,
 * nothing loads), never inserted anywhere. Anything not in the copy's shape is left out, not thrown on: it comes from a
 * page, through the content script.
 */
export function rebuildPage(copy: unknown, into: DOMImplementation = document.implementation): Document {
  const doc = into.createHTMLDocument('');
  if (!Array.isArray(copy)) return doc;
  const nodes: Node[] = [];
  for (const entry of copy as unknown[]) {
    const [parent, type, value, ns, attrs] = (Array.isArray(entry) ? entry : []) as Partial<CopiedNode>;
    const text = typeof value === 'string' ? value : '';
    let node: Node;
    if (type === 3) node = doc.createTextNode(text);
    else if (type === 8) node = doc.createComment(text);
    else {
      let el: Element;
      try {
        el = !ns || ns === HTML_NS ? doc.createElement(text) : doc.createElementNS(ns, text);
      } catch {
        // A name the HTML parser takes and the DOM's methods do not ("a,b"): its text and children kept in a neutral box.
        el = doc.createElement('span');
      }
      const naming = el.namespaceURI === HTML_NS ? NAMING[el.localName] : undefined;
      for (let i = 0; Array.isArray(attrs) && i + 1 < attrs.length; i += 3) {
        if (naming && !attrs[i + 2] && naming.includes(String(attrs[i]).toLowerCase())) continue;
        try {
          if (attrs[i + 2]) el.setAttributeNS(String(attrs[i + 2]), String(attrs[i]), String(attrs[i + 1]));
          else el.setAttribute(String(attrs[i]), String(attrs[i + 1]));
        } catch {
          // Likewise an attribute's name ('x"y'): left out (extraction reads no such attribute).
        }
      }
      node = el;
    }
    nodes.push(node);
    try {
      if (typeof parent !== 'number' || parent < 0) {
        if (nodes.length === 1 && node.nodeType === 1) doc.replaceChild(node, doc.documentElement);
      } else if (parent < nodes.length - 1) nodes[parent].appendChild(node);
    } catch {
      // A child the DOM refuses where it is (text under the document): left out.
    }
  }
  return doc;
}
