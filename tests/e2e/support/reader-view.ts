/**
 * What the reader shows, read in the page by the browser suites: the overlay (its closed shadow root, handed
 * over by the driver: `inReader(page, readerView)`, harness/closed-shadow.ts) or the reader page (the
 * extension's own document: `viewOf(page, 'page')`). Runs in the page, so it is self-contained.
 */
import { type DriverPage, historySettled, IN_PAGE_HELPERS, inReader, pollFor } from '../../../harness/closed-shadow';

export interface ReaderArticle {
  key: string;
  heading: string;
  /** The prose's first 80 characters ('' while loading or failed). */
  prose: string;
  /** The placeholder's words while it loads. */
  loading: string;
  alert: string;
  /** The note on saved text the site no longer shows, and its Wayback link. */
  kept: string;
  keptHref: string | null;
}

export interface ReaderView {
  open: boolean;
  articles: ReaderArticle[];
  tocTitle: string;
  toc: string[];
  percent: string;
  timeLeft: string;
  notice: string;
  offer: string;
  /** The first 60 characters of the paragraph at the top of the view. */
  top: string;
  scrollTop: number;
  theme: string;
}

/** No reader showing (for a page with no context to evaluate in, mid-reload). */
export const CLOSED_VIEW: ReaderView = { open: false, articles: [], tocTitle: '', toc: [], percent: '', timeLeft: '', notice: '', offer: '', top: '', scrollTop: 0, theme: '' };

export function readerView(where: 'page' | ParentNode | null): ReaderView {
  const root: ParentNode | null = where === 'page' ? document : where;
  // Rendered text, drawn or not (a part off screen is not drawn: harness/closed-shadow.ts IN_PAGE_HELPERS).
  const text = (el: Element | null | undefined) => inkDrawnText(el).replace(/\s+/g, ' ').trim();
  if (!root || !root.querySelector('[role="dialog"]')) {
    return { open: false, articles: [], tocTitle: '', toc: [], percent: '', timeLeft: '', notice: '', offer: '', top: '', scrollTop: 0, theme: '' };
  }
  const scroller = root.querySelector('.ink-scroll') as HTMLElement;
  const viewTop = scroller.getBoundingClientRect().top + 10;
  const stats = Array.from(root.querySelectorAll('.ink-bar .ink-stat'));
  return {
    open: true,
    articles: Array.from(root.querySelectorAll('article')).map((a) => ({
      key: (a as HTMLElement).dataset.key ?? '',
      heading: text(a.querySelector('h2')),
      prose: text(a.querySelector('.ink-prose')).slice(0, 80),
      loading: text(a.querySelector('[data-state="loading"]')),
      alert: text(a.querySelector('[role="alert"]')),
      kept: text(a.querySelector('.ink-kept')),
      keptHref: a.querySelector('.ink-kept a')?.getAttribute('href') ?? null,
    })),
    tocTitle: text(root.querySelector('.ink-toc h2')),
    toc: Array.from(root.querySelectorAll('.ink-toc li')).map((li) => text(li)),
    percent: text(stats[0]),
    timeLeft: text(stats[1]),
    notice: text(root.querySelector('.ink-notice')),
    offer: text(root.querySelector('.ink-offer')),
    top: inkDrawnText(inkParagraphAt(root, viewTop)).slice(0, 60),
    scrollTop: scroller.scrollTop,
    theme: /theme-(\w+)/.exec((root.querySelector('.ink-root') as HTMLElement).className)?.[1] ?? '',
  };
}

/**
 * Scrolls the reader (its root, or 'page') so that paragraph `paragraph` (0-based) of article `article` is at
 * the top of the view; article -1: to the very end. Returns that paragraph's first 60 characters.
 */
export function scrollView(where: 'page' | ParentNode | null, at: { article: number; paragraph: number }): string {
  const root = (where === 'page' ? document : where)!;
  const scroller = root.querySelector('.ink-scroll') as HTMLElement;
  if (at.article < 0) {
    scroller.scrollTop = scroller.scrollHeight;
    return '';
  }
  const p = root.querySelectorAll('article')[at.article].querySelectorAll('.ink-prose > *')[at.paragraph] as HTMLElement;
  scroller.scrollTop += p.getBoundingClientRect().top - scroller.getBoundingClientRect().top;
  return inkDrawnText(p).slice(0, 60);
}

// --- From the driver (Node) ---------------------------------------------------------------------------------

type Where = 'overlay' | 'page';
/** The one call both drivers' pages share here (an expression, as source). */
type Evaluating = { evaluate(expression: string): Promise<ReaderView> };

/** What the reader shows on `page`: the overlay, or the reader page (while it reloads: a closed reader). */
export function viewOf(page: DriverPage, where: Where = 'overlay'): Promise<ReaderView> {
  if (where === 'overlay') return inReader(page, readerView);
  // As inReader runs it: with inkDrawnText (and the __name tsx may write into the function's source) in scope.
  const source = `(() => { const __name = (f) => f; ${IN_PAGE_HELPERS} return (${readerView.toString()})('page'); })()`;
  return (page as unknown as Evaluating).evaluate(source).catch(() => CLOSED_VIEW);
}

/** Polls what the reader shows until `ok` (resolving with the last view either way). */
export function viewUntil(page: DriverPage, ok: (v: ReaderView) => boolean, where: Where = 'overlay', timeout = 15_000): Promise<ReaderView> {
  return pollFor(() => viewOf(page, where), ok, timeout);
}

/** `n` parts, all with their text. */
export const showsParts = (v: ReaderView, n: number): boolean => v.articles.length === n && v.articles.every((a) => a.prose);

/** Scrolls the overlay (see scrollView). */
export const scrollOverlay = (page: DriverPage, article: number, paragraph: number): Promise<string> => inReader(page, scrollView, { article, paragraph });

/** Escape (the focus is in the dialog) closes the overlay; resolves with the view after. */
export async function closeWithEscape(page: DriverPage): Promise<ReaderView> {
  await (page as unknown as { keyboard: { press(key: string): Promise<void> } }).keyboard.press('Escape');
  const view = await viewUntil(page, (v) => !v.open, 'overlay', 5_000);
  await historySettled(page);
  return view;
}
