/**
 * Back closes the reader instead of leaving the page (the phone's Back gesture above all). Opening
 * pushes a history entry of ours, at the same URL; going back from it (popstate) closes the reader;
 * closing any other way (Escape, Close) takes our entry off again, so Back afterwards leaves the
 * page as it would have without the reader. The state is a string (nothing of ours to clone
 * across worlds), and one the page never writes.
 */
export const READER_HISTORY_STATE = 'inkwell-reader-open';

type HistoryWindow = Pick<Window, 'addEventListener' | 'removeEventListener'> & { history: Pick<History, 'state' | 'pushState' | 'back'> };

/**
 * Returns the release for the reader's close: after a Back it does nothing more; after any other
 * close it goes back over our entry if it is still the current one (the page may have pushed its
 * own on top: then it is left alone).
 */
export function closeOnBack(win: HistoryWindow, close: () => void): () => void {
  let ours = true;
  try {
    win.history.pushState(READER_HISTORY_STATE, '');
  } catch {
    // A sandboxed or opaque document may refuse: the reader still works, Back just leaves.
    ours = false;
  }
  const onPopState = () => {
    if (!ours || win.history.state === READER_HISTORY_STATE) return;
    ours = false;
    win.removeEventListener('popstate', onPopState);
    close();
  };
  win.addEventListener('popstate', onPopState);
  return () => {
    win.removeEventListener('popstate', onPopState);
    if (ours && win.history.state === READER_HISTORY_STATE) {
      goingBack.set(win, landed(win));
      win.history.back();
    }
    ours = false;
  };
}

/**
 * The Backs readers made over their own entries as they closed, until each lands. Back is asynchronous: a reader opened
 * the moment the last one closed (a click on Read right after Escape) pushed its entry before that Back landed, and the
 * Back, aimed at the entry before the last reader's, then left the new reader's too: it closed as it opened.
 */
const goingBack = new WeakMap<object, Promise<void>>();

/** The next popstate (the Back landed), or a second at most (a Back the browser dropped). */
function landed(win: HistoryWindow): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      win.removeEventListener('popstate', done);
      clearTimeout(timer);
      goingBack.delete(win);
      resolve();
    };
    const timer = setTimeout(done, 1000);
    win.addEventListener('popstate', done);
  });
}

/** Resolves once the Back the last reader made as it closed has landed (at once when there is none): open after it. */
export function historySettled(win: object): Promise<void> {
  return goingBack.get(win) ?? Promise.resolve();
}
