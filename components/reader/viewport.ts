/**
 * On a phone, pages without a mobile viewport (S1 and S2 journal styles, light views, Wayback
 * copies) are laid out 980 px wide and shrunk to fit: the reader's 19 px text would show at about
 * 7.5 px. While the reader is open the page gets `width=device-width, initial-scale=1`; on close
 * the page's own viewport comes back (or ours goes) and the page's scroll position with it.
 * Zooming stays allowed.
 */
export const READER_VIEWPORT = 'width=device-width, initial-scale=1';
const LEGACY_VIEWPORT = 'width=980';

export function useDeviceViewport(doc: Document): () => void {
  const win = doc.defaultView;
  const scroll = win ? { x: win.scrollX, y: win.scrollY } : null;
  const metas = Array.from(doc.querySelectorAll<HTMLMetaElement>('meta[name="viewport" i]'));
  const before = metas.map((m) => m.getAttribute('content'));
  let added: HTMLMetaElement | null = null;
  if (metas.length) {
    for (const m of metas) m.setAttribute('content', READER_VIEWPORT);
  } else {
    added = doc.createElement('meta');
    added.name = 'viewport';
    added.content = READER_VIEWPORT;
    (doc.head ?? doc.documentElement).append(added);
  }
  return () => {
    if (added) {
      // Chromium keeps the last viewport it read when the element goes: first the browsers' own
      // default for a page without one (980 px, as on Safari and Firefox for Android), then away.
      added.content = LEGACY_VIEWPORT;
      void doc.documentElement.clientWidth;
      const ours = added;
      if (win) win.requestAnimationFrame(() => ours.remove());
      else ours.remove();
    }
    metas.forEach((m, i) => {
      const content = before[i];
      if (content === null) m.removeAttribute('content');
      else m.setAttribute('content', content);
    });
    // The page's layout width changes back: put the page where the reader found it.
    if (win && scroll) {
      win.scrollTo(scroll.x, scroll.y);
      win.requestAnimationFrame(() => win.scrollTo(scroll.x, scroll.y));
    }
  };
}
