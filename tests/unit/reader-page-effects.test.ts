// @vitest-environment jsdom
/**
 * What the open reader does to the page around it, each undone on close: a history entry of its own
 * (Back closes the reader), the page behind made inert, a mobile viewport.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { closeOnBack, historySettled, READER_HISTORY_STATE } from '../../components/reader/back-closes';
import { makePageInert } from '../../components/reader/page-inert';
import { READER_VIEWPORT, useDeviceViewport } from '../../components/reader/viewport';

/** A window whose history is a list with a pointer, popstate fired on back (as browsers do, after a task). */
function fakeWindow(initial: unknown = null) {
  const entries: unknown[] = [initial];
  let at = 0;
  const target = new EventTarget();
  const win = {
    history: {
      get state() {
        return entries[at];
      },
      pushState(state: unknown) {
        entries.splice(at + 1, entries.length, state);
        at++;
      },
      back: vi.fn(() => {
        if (at === 0) return;
        at--;
        setTimeout(() => target.dispatchEvent(new Event('popstate')), 0);
      }),
    },
    addEventListener: target.addEventListener.bind(target) as Window['addEventListener'],
    removeEventListener: target.removeEventListener.bind(target) as Window['removeEventListener'],
    /** Moves to entry `i` (a traversal landing), and fires popstate. */
    goTo(i: number) {
      at = Math.max(0, i);
    },
    dispatch() {
      target.dispatchEvent(new Event('popstate'));
    },
    entries,
    get at() {
      return at;
    },
  };
  return win;
}
const tick = () => new Promise((r) => setTimeout(r, 5));
/** Back as Chromium goes: the entry aimed at is taken when back() is called, reached (popstate) a task later. */
function chromiumBack<W extends ReturnType<typeof fakeWindow>>(win: W): W {
  win.history.back = vi.fn(() => {
    const target = win.at - 1;
    setTimeout(() => {
      win.goTo(target);
      win.dispatch();
    }, 0);
  });
  return win;
}

describe('Back closes the reader', () => {
  it('pushes an entry of its own on open; Back (popstate) closes the reader once', async () => {
    const win = fakeWindow({ page: 'state' });
    const close = vi.fn();
    const release = closeOnBack(win, close);
    expect(win.history.state).toBe(READER_HISTORY_STATE);
    expect(win.entries).toHaveLength(2);
    win.history.back();
    await tick();
    expect(close).toHaveBeenCalledTimes(1);
    // The reader's close then releases: nothing more to take off (no second Back, which would leave the page).
    release();
    expect(win.history.back).toHaveBeenCalledTimes(1);
    expect(win.history.state).toEqual({ page: 'state' });
  });

  it('closed another way, it takes its entry off, so the next Back leaves the page as before', async () => {
    const win = fakeWindow();
    const close = vi.fn();
    const release = closeOnBack(win, close);
    release();
    expect(win.history.back).toHaveBeenCalledTimes(1);
    await tick();
    expect(win.at).toBe(0);
    // The popstate of our own going-back does not call close again.
    expect(close).not.toHaveBeenCalled();
  });

  it('leaves an entry the page pushed on top of ours alone, and ignores popstates that land on ours', async () => {
    const win = fakeWindow();
    const close = vi.fn();
    const release = closeOnBack(win, close);
    win.history.pushState('page-own');
    win.history.back(); // back to ours: still open
    await tick();
    expect(close).not.toHaveBeenCalled();
    win.history.pushState('page-own-again');
    release();
    expect(win.history.back).toHaveBeenCalledTimes(1);
    expect(win.history.state).toBe('page-own-again');
  });

  it('a reader opened the moment the last one closed pushes its entry after that one’s Back has landed, and stays open', async () => {
    const waited = chromiumBack(fakeWindow());
    closeOnBack(waited, vi.fn())(); // opened, then closed with Escape: its entry is being taken off
    await historySettled(waited); // the next reader's open waits for it (entrypoints/reader.content)
    const closeNext = vi.fn();
    closeOnBack(waited, closeNext);
    await tick();
    expect(closeNext).not.toHaveBeenCalled();
    expect(waited.history.state).toBe(READER_HISTORY_STATE);
    expect(waited.entries).toHaveLength(2);

    // Not waited for, that Back lands past the new reader's entry: the new reader closes as it opens.
    const hasty = chromiumBack(fakeWindow());
    closeOnBack(hasty, vi.fn())();
    const closeHasty = vi.fn();
    closeOnBack(hasty, closeHasty);
    await tick();
    expect(closeHasty).toHaveBeenCalledTimes(1);
    // With no Back under way, settled at once.
    await expect(historySettled(fakeWindow())).resolves.toBeUndefined();
  });

  it('works with jsdom’s own history too', async () => {
    const close = vi.fn();
    const before = history.length;
    const release = closeOnBack(window, close);
    expect(history.length).toBe(before + 1);
    expect(history.state).toBe(READER_HISTORY_STATE);
    history.back();
    await vi.waitFor(() => expect(close).toHaveBeenCalledTimes(1));
    release();
    expect(history.state).not.toBe(READER_HISTORY_STATE);
  });
});

describe('the page behind the reader is inert while it is open', () => {
  beforeEach(() => {
    document.head.innerHTML = '';
    document.body.innerHTML = '<div id="page"><p>Page</p></div><nav id="own" inert></nav><aside id="side"></aside><script></script>';
  });

  it('makes the host’s siblings inert, and what the page adds; on close only what it set is undone', () => {
    const host = document.createElement('inkwell-reader');
    document.body.append(host);
    const release = makePageInert(host);
    expect(document.getElementById('page')!.inert || document.getElementById('page')!.hasAttribute('inert')).toBe(true);
    expect(document.getElementById('side')!.hasAttribute('inert')).toBe(true);
    expect(host.hasAttribute('inert')).toBe(false);
    expect(document.body.hasAttribute('inert')).toBe(false);
    expect(document.querySelector('script')!.hasAttribute('inert')).toBe(false);
    const late = document.createElement('div');
    document.body.append(late);
    return Promise.resolve().then(() => {
      expect(late.hasAttribute('inert')).toBe(true);
      release();
      expect(document.getElementById('page')!.hasAttribute('inert')).toBe(false);
      expect(document.getElementById('side')!.hasAttribute('inert')).toBe(false);
      expect(late.hasAttribute('inert')).toBe(false);
      // The page's own inert element stays inert.
      expect(document.getElementById('own')!.hasAttribute('inert')).toBe(true);
    });
  });

  it('covers the siblings of every ancestor of a host placed deeper in the page', () => {
    const host = document.createElement('inkwell-reader');
    document.getElementById('page')!.append(host);
    const release = makePageInert(host);
    expect(document.querySelector('#page > p')!.hasAttribute('inert')).toBe(true);
    expect(document.getElementById('side')!.hasAttribute('inert')).toBe(true);
    expect(document.getElementById('page')!.hasAttribute('inert')).toBe(false);
    release();
    expect(document.querySelectorAll('[inert]')).toHaveLength(1);
  });
});

describe('the mobile viewport while the reader is open', () => {
  beforeEach(() => {
    document.head.innerHTML = '<title>x</title>';
    // jsdom has no layout: scrolling is only recorded.
    window.scrollTo = vi.fn() as unknown as typeof window.scrollTo;
  });
  const viewports = () => Array.from(document.querySelectorAll('meta[name=viewport i]')).map((m) => m.getAttribute('content'));

  it('adds one to a page without, and takes it away on close', async () => {
    const release = useDeviceViewport(document);
    expect(viewports()).toEqual([READER_VIEWPORT]);
    release();
    // First the browsers' default for a page without one (Chromium keeps the last it read), then gone.
    expect(viewports()).toEqual(['width=980']);
    await vi.waitFor(() => expect(viewports()).toEqual([]));
    // The page goes back to where the reader found it.
    expect(window.scrollTo).toHaveBeenCalledWith(window.scrollX, window.scrollY);
  });

  it('sets the page’s own while open and puts it back on close', () => {
    document.head.insertAdjacentHTML('beforeend', '<meta name="Viewport" content="width=1024">');
    const release = useDeviceViewport(document);
    expect(viewports()).toEqual([READER_VIEWPORT]);
    release();
    expect(viewports()).toEqual(['width=1024']);
  });
});
