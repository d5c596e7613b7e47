/**
 * The journal page the reader opened on, copied node by node for the reader's frame (utils/reader-frame.ts), which
 * reads the clicked post from the copy. Not as markup: a page's DOM written out and parsed again is not always the
 * same DOM (a <noscript>'s text written out where scripts run, <math><mglyph><style>…, the other mutation-XSS
 * shapes), and the post read from it would lose text the page shows. The copy is the tree itself: elements with
 * their namespace and attributes, text, comments; in document order, each with its parent's index (flat: no depth
 * limit on the way, however deep the page nests). A <template>'s content is not among its children, and not copied.
 */

/** One node: [parent's index (-1: the root), 1 (element) | 3 (text) | 8 (comment), name or data, namespace, attributes: name, value, namespace, …]. */
export type CopiedNode = [parent: number, type: 1 | 3 | 8, value: string, namespace?: string, attributes?: string[]];

const HTML_NS = 'http://www.w3.org/1999/xhtml';

/** The page (from its root element) as the copy the frame rebuilds. */
export function copyPage(root: Element): CopiedNode[] {
  const out: CopiedNode[] = [];
  const index = new Map<Node, number>();
  const attributesOf = (el: Element) => Array.from(el.attributes).flatMap((a) => [a.name, a.value, a.namespaceURI ?? '']);
  index.set(root, 0);
  out.push([-1, 1, root.localName, root.namespaceURI ?? HTML_NS, attributesOf(root)]);
  // 1 | 4 | 128: elements, text, comments.
  const walker = root.ownerDocument.createTreeWalker(root, 1 | 4 | 128);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = index.get(n.parentNode!) ?? 0;
    if (n.nodeType === 1) {
      const el = n as Element;
      index.set(n, out.length);
      const ns = el.namespaceURI ?? '';
      out.push([parent, 1, ns === HTML_NS ? el.localName : el.tagName, ns, attributesOf(el)]);
    } else out.push([parent, n.nodeType === 3 ? 3 : 8, (n as CharacterData).data]);
  }
  return out;
}

/** The copy as a document of its own: inert (no scripts run, nothing loads), never inserted anywhere. */
export function rebuildPage(copy: CopiedNode[]): Document {
  const doc = document.implementation.createHTMLDocument('');
  const nodes: Node[] = [];
  for (const [parent, type, value, ns, attrs] of copy) {
    let node: Node;
    if (type === 3) node = doc.createTextNode(value);
    else if (type === 8) node = doc.createComment(value);
    else {
      let el: Element;
      try {
        el = !ns || ns === HTML_NS ? doc.createElement(value) : doc.createElementNS(ns, value);
      } catch {
        // A name the HTML parser takes and the DOM's methods do not: its text and children kept in a neutral box.
        el = doc.createElement('span');
      }
      for (let i = 0; attrs && i + 1 < attrs.length; i += 3) {
        try {
          if (attrs[i + 2]) el.setAttributeNS(attrs[i + 2], attrs[i], attrs[i + 1]);
          else el.setAttribute(attrs[i], attrs[i + 1]);
        } catch {
          // Likewise an attribute's name: left out (extraction reads no such attribute).
        }
      }
      node = el;
    }
    nodes.push(node);
    if (parent < 0) doc.replaceChild(node, doc.documentElement);
    else nodes[parent]?.appendChild(node);
  }
  return doc;
}
