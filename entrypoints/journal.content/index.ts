/**
 * The detector: the only code every journal page loads. It finds story posts with the same pure
 * extractPage the tests use, puts a 'Read in Inkwell' button beside each, and loads the reader
 * only when a button is first used. Posts added later (expanded cuts, infinite scroll) get
 * theirs too.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createReadButton, READ_BUTTON_TAG, updateReadButtonTitle } from '../../components/read-button';
import { rawRuntime } from '../../utils/ext';
import { locateStories, type StoryLocation } from '../../utils/extract/index';
import type { StoryPost } from '../../utils/extract/types';
import { JOURNAL_INCLUDE_GLOBS, JOURNAL_MATCHES } from '../../utils/hosts';
import { journalSiteOfUrl } from '../../utils/url';

/** What the reader content script exposes once injected (same isolated world, shared global). */
export interface ReaderApi {
  open(request: {
    story: StoryPost;
    pageUrl: string;
    /** The URL the document was loaded at (replaceState does not change it): the background compares it with its own record. */
    loadedUrl: string;
    returnFocus?: HTMLElement | null;
    refresh?: boolean;
  }): Promise<void>;
}
/**
 * Where the reader puts its API on the shared global: a symbol, not a name. The page's elements
 * are named properties of `window` in every world (`<a id="__inkwellReader">` in a post would
 * answer `globalThis.__inkwellReader`); no element can answer a symbol.
 */
const READER_API = Symbol.for('inkwell.reader-api');
const readerApi = (): ReaderApi | undefined => (globalThis as { [READER_API]?: ReaderApi })[READER_API];

export default defineContentScript({
  matches: JOURNAL_MATCHES,
  includeGlobs: JOURNAL_INCLUDE_GLOBS,
  runAt: 'document_idle',
  main(ctx) {
    // A Wayback copy of anything but a journal page (the globs cannot say so exactly): nothing runs.
    if (journalSiteOfUrl(location.href) === 'unknown') return;
    const loadedUrl = () => (performance.getEntriesByType('navigation')[0] as PerformanceEntry | undefined)?.name || location.href;
    const hosts = new Map<Element, { host: HTMLElement; story: StoryPost }>();
    let readerLoading: Promise<ReaderApi> | null = null;

    const loadReader = (): Promise<ReaderApi> => {
      const loaded = readerApi();
      if (loaded) return Promise.resolve(loaded);
      readerLoading ??= rawRuntime.sendMessage({ type: 'inject-reader' }).then((res: { ok: boolean; error?: string }) => {
        const api = readerApi();
        if (!res?.ok || !api) throw new Error(res?.error ?? 'The reader could not be loaded.');
        return api;
      });
      readerLoading.catch(() => (readerLoading = null));
      return readerLoading;
    };

    const open = async (container: Element, button: HTMLElement) => {
      const entry = hosts.get(container);
      if (!entry) return;
      button.setAttribute('aria-busy', 'true');
      try {
        const reader = await loadReader();
        await reader.open({ story: entry.story, pageUrl: location.href, loadedUrl: loadedUrl(), returnFocus: button });
      } catch (e) {
        console.error('[Inkwell]', e);
        button.setAttribute('title', `Inkwell could not open the reader: ${(e as Error).message}`);
      } finally {
        button.removeAttribute('aria-busy');
      }
    };

    const place = (loc: StoryLocation) => {
      const known = hosts.get(loc.container);
      const title = loc.story.fields.title ?? loc.story.subject ?? '';
      if (known) {
        known.story = loc.story; // an expanded cut may have made it complete
        updateReadButtonTitle(known.host, title);
        return;
      }
      // The reader's code is loaded when a click is likely (pointer over, or focus on, a button):
      // by the click it is there. Only our own code: nothing is fetched from the network.
      const host = createReadButton(
        document,
        title,
        (button) => void open(loc.container, button),
        () => void loadReader().catch(() => undefined),
      );
      hosts.set(loc.container, { host, story: loc.story });
      // A collapsed comment's subject is its link (comments.ts): the button goes beside it, not into it.
      if (loc.subject?.tagName === 'A') loc.subject.after(host);
      else if (loc.subject && loc.subject !== document.body) loc.subject.append(host);
      else loc.body.before(host);
    };

    const scan = () => {
      const { locations } = locateStories(document, location.href);
      for (const loc of locations) place(loc);
    };

    scan();

    // Later posts: re-scan (debounced) when real content arrives, never for our own buttons.
    let timer: number | undefined;
    const observer = new MutationObserver((records) => {
      const relevant = records.some((r) =>
        Array.from(r.addedNodes).some((n) => n.nodeType === 1 && (n as Element).tagName.toLowerCase() !== READ_BUTTON_TAG && ((n as Element).textContent?.length ?? 0) > 80),
      );
      if (!relevant) return;
      if (timer) clearTimeout(timer);
      timer = ctx.setTimeout(scan, 400);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());

    // The popup and library ask the page to open the reader ("Continue" on a saved story).
    // Answered with sendResponse (Chrome does not take a promise from a listener).
    rawRuntime.onMessage.addListener((msg: { type?: string; refresh?: boolean }, _sender, sendResponse) => {
      if (msg?.type !== 'open-reader-here') return undefined;
      const first = hosts.values().next().value as { host: HTMLElement; story: StoryPost } | undefined;
      if (!first) {
        sendResponse({ ok: false, error: 'No story on this page.' });
        return undefined;
      }
      loadReader()
        .then((r) => r.open({ story: first.story, pageUrl: location.href, loadedUrl: loadedUrl(), returnFocus: null, refresh: msg.refresh === true }))
        .then(
          () => sendResponse({ ok: true }),
          (e: Error) => sendResponse({ ok: false, error: e.message }),
        );
      return true;
    });
  },
});
