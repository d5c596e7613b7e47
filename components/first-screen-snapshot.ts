/**
 * The first screen as it was last drawn, kept as markup (localStorage), and drawn again by the page's
 * start script (entrypoints/popup-start.ts, entrypoints/library-start.ts): a small classic script
 * that runs as soon as the page is parsed, before the page's module graph has loaded (a trace of the
 * popup with 5,000 stories: the module and its chunks arrive last, the page's own code is a fraction
 * of the time to the first frame). The module then draws the real, working screen over it from the
 * remembered stories (components/first-screen-cache.ts) and the database, as before.
 *
 * The markup is used only while the remembered stories are exactly those it was drawn from: anything
 * that changes them (a story saved, deleted, read, in any page) makes it stale, and then it is not
 * drawn (the module draws the stories instead). It is a picture: no handlers, `inert` until the
 * module replaces it.
 */
import { FIRST_SCREEN_KEY } from './first-screen-cache';

export type SnapshotPage = 'popup' | 'library';

const KEYS: Record<SnapshotPage, string> = {
  popup: 'inkwell:popup-first-screen-html:v1',
  library: 'inkwell:library-first-screen-html:v1',
};
/** Larger than this (a very tall window's rows), not kept: parsing it would cost more than it saves. */
const MAX_CHARS = 200_000;

type StorageLike = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;
// The storage parameters here and in first-screen-cache.ts are named `local`, never `storage`: WXT's
// auto-import plugin runs even with `imports: false` and takes an identifier `storage` for its own
// (wxt/utils/storage), adding that module (about 9 KB, and chrome.storage set-up) to the start scripts.

const store = (): StorageLike | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    return null;
  }
};

interface Snapshot {
  /** The remembered stories (FIRST_SCREEN_KEY's value) it was drawn from. */
  of: string;
  html: string;
  /** The root's own classes (the page's layout hangs on them: `.pp .sl-viewport`'s height, `.lib`'s columns). */
  cls: string;
}

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no performance timeline */
  }
}

/** The page's styles, from its start script: no stylesheet to fetch before the first frame. */
export function addStyles(css: string, doc: Document = document): void {
  const style = doc.createElement('style');
  style.textContent = css;
  doc.head.append(style);
}

/**
 * Draws the remembered first screen into `root` if there is one, it still matches the remembered
 * stories, and `root` is empty (the page's module has not drawn yet). True if drawn.
 */
export function drawSnapshot(page: SnapshotPage, root: HTMLElement | null, local: StorageLike | null = store()): boolean {
  try {
    if (!root || root.childElementCount) return false;
    const raw = local?.getItem(KEYS[page]);
    if (!raw) return false;
    const snap = JSON.parse(raw) as Partial<Snapshot>;
    if (typeof snap?.html !== 'string' || typeof snap.cls !== 'string' || typeof snap.of !== 'string' || snap.of !== local?.getItem(FIRST_SCREEN_KEY)) return false;
    root.innerHTML = snap.html;
    // Without them the picture is not the screen it was taken of: the popup's list 0 px tall (no row seen), the library's narrower.
    root.className = snap.cls;
    root.inert = true;
    root.dataset.snapshot = 'true';
    mark(`inkwell:${page}-snapshot`);
    return true;
  } catch {
    return false;
  }
}

/** The module's first draw: the picture goes (`root` is emptied by the caller's mount), and the page works again. */
export function clearSnapshot(root: HTMLElement): void {
  if (!root.dataset.snapshot) return;
  root.textContent = '';
  root.inert = false;
  delete root.dataset.snapshot;
}

/**
 * Takes out of `copy` (a clone of `root`) the list rows below the view (the list's overscan, drawn for
 * scrolling): the picture is drawn scrolled to the top and never scrolls, so they would only cost its
 * frame layout and paint. The list keeps its height (the rows are positioned), so nothing moves.
 * Without layout (a hidden page: no height) every row stays.
 */
function dropRowsOutOfView(root: HTMLElement, copy: HTMLElement): void {
  const views = root.querySelectorAll<HTMLElement>('.sl-viewport');
  const copies = copy.querySelectorAll<HTMLElement>('.sl-viewport');
  views.forEach((view, i) => {
    const height = view.clientHeight;
    if (!height || !copies[i]) return;
    for (const li of copies[i].querySelectorAll<HTMLElement>(':scope > ul > li')) {
      if (Number.parseFloat(li.style.top) >= height) li.remove();
    }
  });
}

/**
 * Keeps `root`'s screen for the next start, drawn from the stories remembered now (call after
 * writeFirstScreen). Not kept while a search or filter narrows the list, nor what belongs to this
 * open only (a message, "Read this page", which depends on the tab).
 */
export function saveSnapshot(page: SnapshotPage, root: HTMLElement, local: StorageLike | null = store()): void {
  try {
    if (!local) return;
    const of = local.getItem(FIRST_SCREEN_KEY);
    const value = (sel: string) => root.querySelector<HTMLInputElement | HTMLSelectElement>(sel)?.value;
    // The list as it opens: the most recently read first, nothing searched or filtered, no groups.
    const narrowed =
      !!value('.sl-search') ||
      (value('.sl-sort') ?? 'lastRead') !== 'lastRead' ||
      (value('.sl-order') ?? 'natural') !== 'natural' ||
      (value('.sl-status') ?? 'all') !== 'all' ||
      (root.querySelector<HTMLSelectElement>('.sl-fandom')?.selectedIndex ?? 0) > 0 ||
      !!root.querySelector<HTMLInputElement>('.sl-filters input[type="checkbox"]')?.checked;
    if (!of || narrowed) {
      local.removeItem(KEYS[page]);
      return;
    }
    const copy = root.cloneNode(true) as HTMLElement;
    dropRowsOutOfView(root, copy);
    for (const el of copy.querySelectorAll<HTMLElement>('.pp-here')) el.hidden = true;
    for (const el of copy.querySelectorAll('.pp-message, .pp-error, .lib-status, .lib-alert, [role="status"], [role="alert"]')) el.textContent = '';
    for (const el of copy.querySelectorAll('input[type="checkbox"]')) el.removeAttribute('checked');
    const html = copy.innerHTML;
    if (html.length > MAX_CHARS) local.removeItem(KEYS[page]);
    else local.setItem(KEYS[page], JSON.stringify({ of, html, cls: root.className } satisfies Snapshot));
  } catch {
    /* full or disabled: the next start draws from the stories */
  }
}
