/**
 * The reader's page side reads the page's posts ahead of a likely click (entrypoints/reader.content): one reading, kept
 * while the page stays as it was.
 */
import { locateStories } from '../../utils/extract/index';

export type Located = ReturnType<typeof locateStories>;

/**
 * The page's posts read ahead, in the page's idle time, when a click is likely (the pointer is over a Read button or
 * one has the focus: the detector says so, as it loads this script then). At the click the reader's start waits for
 * that reading, and it is slow the first time this script runs it (its code is cold: 60-130 ms on a one-post page in
 * Chromium, against 3-10 ms warm). Kept until anything in the page changes (then read again at the click), used once.
 */
export function createReadAhead() {
  let ahead: { pageUrl: string; located: Located } | null = null;
  /** The reading asked for the next idle time, not yet run: its cancel. */
  let scheduled: (() => void) | null = null;
  const forget = () => {
    ahead = null;
    changes.disconnect();
  };
  const changes = new MutationObserver(forget);
  const cancel = () => {
    scheduled?.();
    scheduled = null;
  };
  const idle = (run: () => void): (() => void) => {
    if (typeof requestIdleCallback !== 'function') {
      const timer = setTimeout(run, 50);
      return () => clearTimeout(timer);
    }
    const handle = requestIdleCallback(run, { timeout: 500 });
    return () => cancelIdleCallback(handle);
  };
  return {
    /** Reads the page's posts when the page is idle next (once; again after a change or a use). */
    prepare(pageUrl: string, skip: () => boolean) {
      if (ahead || scheduled) return;
      scheduled = idle(() => {
        scheduled = null;
        if (ahead || skip()) return;
        const located = locateStories(document, pageUrl);
        ahead = { pageUrl, located };
        // Anything: a post's text, an attribute, a node. (Shadow trees, the buttons' among them, are not in it.)
        changes.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
      });
    },
    /**
     * The reading, if the page is as it was then (changes not yet delivered count too); gone after this. A reading not yet
     * run is called off: the reader opening reads the page itself (it could run in the page's next idle time while the
     * reader opened: a second reading of the page, cold and in one go).
     */
    take(pageUrl: string): Located | null {
      const got = ahead && !changes.takeRecords().length && ahead.pageUrl === pageUrl ? ahead.located : null;
      forget();
      cancel();
      return got;
    },
    /** Nothing kept, nothing to come (the script is gone). */
    stop() {
      forget();
      cancel();
    },
  };
}
