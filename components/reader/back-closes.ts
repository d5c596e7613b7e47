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
    if (ours && win.history.state === READER_HISTORY_STATE) win.history.back();
    ours = false;
  };
}
