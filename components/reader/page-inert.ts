/**
 * While the reader is open, the page behind it is inert: no focus, no clicks, nothing for screen
 * readers (the dialog's aria-modal says so; `inert` makes it true in every browser). Set on the
 * siblings of the reader's host and of each of its ancestors up to <body>, and on elements the
 * page adds there while the reader is open. On close only what this set is removed: an element
 * the page had made inert itself stays so.
 */
export function makePageInert(host: Element): () => void {
  const doc = host.ownerDocument;
  const ours = new Set<Element>();
  const chain: Element[] = [];
  for (let n: Element | null = host; n && n !== doc.documentElement; n = n.parentElement) chain.push(n);

  const cover = (el: Element) => {
    if (chain.includes(el) || el.hasAttribute('inert') || /^(head|script|style|link|meta|template)$/i.test(el.localName)) return;
    el.setAttribute('inert', '');
    ours.add(el);
  };
  for (const n of chain) for (const sibling of Array.from(n.parentElement?.children ?? [])) cover(sibling);

  const observer = new MutationObserver((records) => {
    for (const r of records) for (const node of Array.from(r.addedNodes)) if (node.nodeType === 1) cover(node as Element);
  });
  for (const n of chain) if (n.parentElement) observer.observe(n.parentElement, { childList: true });

  return () => {
    observer.disconnect();
    for (const el of ours) el.removeAttribute('inert');
    ours.clear();
  };
}
