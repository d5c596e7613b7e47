/**
 * The reader's page side, injected into a journal page by the background the first time a 'Read in
 * Inkwell' button is used (registration: runtime, so no journal page pays for it before). It exposes
 * its API to the detector on the shared global under a symbol (same extension, same isolated world;
 * a symbol, because the page's elements are named properties of the global).
 *
 * The story itself is shown by the reader's frame, the extension's own page (utils/reader-frame.ts),
 * in a closed shadow root this script makes: a page's scripts can search and select into a shadow
 * root (window.find, Selection.modify), never into a frame of another origin. This script keeps what
 * belongs to the page: the host in the top layer, the page made inert, the viewport, Back, the
 * scroll lock, the focus given back to the button. At the click it opens the reader session with the
 * background, which answers with a one-time ticket, and copies the page (utils/reader-page-copy.ts) for
 * the frame, which reads the clicked post from the copy: no extraction runs in the journal page. The
 * ticket and the start go to the frame (to the extension's origin only: the page never sees them).
 */

import { browser } from 'wxt/browser';
import { createShadowRootUi } from 'wxt/utils/content-script-ui/shadow-root';
import { defineContentScript } from 'wxt/utils/define-content-script';
import { closeOnBack, historySettled } from '../../components/reader/back-closes';
import { HOST_CSS } from '../../components/reader/host-styles';
import { makePageInert } from '../../components/reader/page-inert';
import { keepOnTop, type TopLayerGuard } from '../../components/reader/top-layer';
import { useDeviceViewport } from '../../components/reader/viewport';
import { sameJournalPage } from '../../utils/fetch-policy';
import { type Failure, type IncomingMessage, sendMessage } from '../../utils/messages';
import { nextTask } from '../../utils/next-task';
import { isFrameClosed, READER_FRAME_PATH, type ReaderFrameCommand, type ReaderFrameStart, type ReaderFrameStartMessage, type ReaderFrameTicket } from '../../utils/reader-frame';
import { copyPage } from '../../utils/reader-page-copy';
import { MOVED_PAGE_MESSAGE as MOVED, sessionPostUrlOf } from '../../utils/reader-session';
import { provideStage } from '../../utils/stages';
import type { ReaderApi } from '../story-posts.content/index';

/** The host is only the frame's box: the frame fills it. */
const FRAME_CSS = `${HOST_CSS}
iframe { position: fixed; inset: 0; width: 100%; height: 100%; border: 0; margin: 0; padding: 0; display: block; background: transparent; color-scheme: normal; }`;
/** A warm frame nobody clicked for is dropped after this long from the pointer's last arrival (its page holds memory). */
const WARM_FRAME_MS = 60_000;

/** The reader's frame as it loads. */
interface FrameLoading {
  frame: HTMLIFrameElement;
  /** Its load events so far (the first is the reader's page; a second, a navigation the page made). */
  loads: number;
  /** The first load event: the reader's page is there for its ticket. */
  loaded: Promise<void>;
}

/** After the reader closed, while its last fetches and saves finish: out of sight and out of the way. */
const CLOSED_CSS = ':host { display: none !important; }';

function randomSecret(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    // The page side's steps on the document's timeline (inkwell:page-*): the bench's reader section reads them.
    performance.mark('inkwell:page-script');
    interface OpenReader {
      ui: { remove(): void; shadow: ShadowRoot };
      frame: HTMLIFrameElement;
      secret: string;
      /** The page-side pieces undone (the frame said it closed, or it never answers). */
      closePage(): void;
      closed: boolean;
    }
    let open: OpenReader | null = null;
    /** Closed readers whose frames still save: each removed when it says it is done. (A reader opened meanwhile leaves
     * them be: removing a frame could cut its last save.) */
    const lingering = new Set<OpenReader>();
    /** The reader's page side is undone (its frame said it closed): its frame stays, hidden, until it says it is done. */
    const frameClosed = (r: OpenReader, done: boolean) => {
      r.closePage();
      if (done) {
        r.ui.remove();
        lingering.delete(r);
      } else lingering.add(r);
    };
    const frameUrl = browser.runtime.getURL(READER_FRAME_PATH as '/reader-frame.html');
    const frameOrigin = new URL(frameUrl).origin;

    const command = (r: OpenReader, cmd: ReaderFrameCommand['command']) => {
      const msg: ReaderFrameCommand = { inkwell: r.secret, command: cmd };
      // To the extension's origin only: if the frame was navigated elsewhere, nobody gets it.
      r.frame.contentWindow?.postMessage(msg, frameOrigin);
    };
    /** Asks the frame to close (it saves the place first); closes the page side anyway if it does not answer. */
    const requestClose = (r: OpenReader) => {
      command(r, 'close');
      setTimeout(() => {
        if (!r.closed) {
          r.closePage();
          r.ui.remove();
        }
      }, 3000);
    };

    /** The frame no longer shows the reader (see its load listener): page side undone, overlay removed. */
    const removeNavigated = (frame: HTMLIFrameElement) => {
      for (const r of [open, ...lingering]) if (r?.frame === frame) frameClosed(r, true);
      if (warm?.loading.frame === frame) dropWarm();
    };

    /**
     * The reader's frame, made and loading (not yet in the page: the caller puts it in). Its page loads once: a second
     * load is a navigation the page made (a parent may navigate its frames: `frames[n].location = ...`), and what the
     * frame shows then is not Inkwell's, so its overlay goes (or, warm, it is dropped) rather than dress someone else's
     * page as the reader.
     */
    const makeFrame = (): FrameLoading => {
      const frame = document.createElement('iframe');
      frame.setAttribute('title', 'Inkwell reader');
      frame.src = frameUrl;
      const loading: FrameLoading = { frame, loads: 0, loaded: new Promise((resolve) => frame.addEventListener('load', () => resolve(), { once: true })) };
      frame.addEventListener('load', () => {
        if (++loading.loads > 1) removeNavigated(frame);
      });
      return loading;
    };

    /**
     * The frame made while a click is likely (ReaderApi `warm`), out of sight in a Read button's closed root, and moved
     * into the overlay at the click with its page as loaded (`moveBefore`: a frame moved so is not loaded again). The
     * reader's page takes 100-150 ms to load and start in its own process: a hand resting on the button covers that.
     */
    let warm: { loading: FrameLoading; timer: ReturnType<typeof setTimeout> } | null = null;
    const canMoveFrames = typeof (Element.prototype as { moveBefore?: unknown }).moveBefore === 'function';
    const dropWarm = () => {
      if (!warm) return;
      clearTimeout(warm.timer);
      warm.loading.frame.remove();
      warm = null;
    };
    /**
     * The warm frame for the click, if it may serve: still in the page, and not loaded a second time (what a navigation the
     * page made looks like, as for the frame made at the click). (Its script's word that it is there cannot tell more: it
     * reaches this page before or after the frame's load event, as the two processes go.)
     */
    const takeWarm = (): FrameLoading | null => {
      const w = warm;
      if (!w) return null;
      clearTimeout(w.timer);
      warm = null;
      const { loading } = w;
      if (loading.frame.isConnected && loading.loads <= 1) return loading;
      loading.frame.remove();
      return null;
    };

    browser.runtime.onMessage.addListener((msg: unknown, sender) => {
      const m = msg as IncomingMessage<'tab'> | null;
      // From the background only (the relay of the frame's word): never another content script.
      if (!m || m.type !== 'reader:frame-closed' || sender.id !== browser.runtime.id || sender.tab) return undefined;
      // Which reader: by its secret (a new one may be open by now, and this is the last one's word).
      const r = [open, ...lingering].find((o) => o?.secret === m.secret);
      if (r) frameClosed(r, m.done);
      return undefined;
    });

    const openReader = async ({ story, nav, pageUrl, loadedUrl, returnFocus, refresh }: Parameters<ReaderApi['open']>[0]) => {
      // A page's script can move its address within its origin, and some origins hold many
      // journals: read nothing as if it were another journal's page (the background checks too).
      if (!sameJournalPage(pageUrl, loadedUrl)) throw new Error(MOVED);
      // A task of its own: at the first click this script has only now been evaluated (in this same task), and the
      // overlay, its frame and the page's copy are the next 30 ms or so.
      await nextTask();
      const secret = randomSecret();
      // The overlay and its frame first: the frame page loads (another process) while this script reads the page
      // and the background opens the session. The frame gets nothing until its ticket, after both.
      // The frame made at the pointer's arrival, if it is there to take; else one made now.
      const warmed = takeWarm();
      let loading!: FrameLoading;
      const ui = await createShadowRootUi(ctx, {
        name: 'inkwell-reader',
        position: 'modal',
        zIndex: 2147483647,
        // Closed: the page's scripts share this DOM.
        mode: 'closed',
        isolateEvents: true,
        css: FRAME_CSS,
        onMount: (container) => {
          // (The host is in the page by now: the frame moves from the button's root into its own, loaded as it is.)
          if (warmed) {
            try {
              (container as Element & { moveBefore(node: Node, child: Node | null): void }).moveBefore(warmed.frame, null);
              loading = warmed;
              return;
            } catch {
              warmed.frame.remove();
            }
          }
          loading = makeFrame();
          container.append(loading.frame);
        },
        onRemove: () => undefined,
      });
      // The page as the frame reads it: copied node by node before anything of the reader's is in it (one walk of the
      // tree; the frame reads the post from the copy, in its own process, while this page is left alone).
      performance.mark('inkwell:page-overlay');
      const copy = copyPage(document.documentElement);
      performance.mark('inkwell:page-copied');
      ui.mount();
      const { frame, loaded: frameLoads } = loading;
      performance.mark(loading === warmed ? 'inkwell:page-frame-warm' : 'inkwell:page-frame');
      // The session and the frame's ticket at once, from the detector's post (the background reads the part links it
      // fetches from the post's navigation lines, as at the press). The frame reads the post from the copy and tells the
      // session its own links ('reader-frame:links') before it fetches anything. On a Wayback copy extraction knows the
      // post by its original journal URL; the session is told the copy this page is (a Wayback page's post is a Wayback copy).
      const started = sendMessage('reader:start', {
        postUrl: sessionPostUrlOf(story.url, pageUrl),
        links: [],
        nav: Array.isArray(nav) ? nav : undefined,
        title: story.fields.title,
        loadedUrl,
        start: { refresh: refresh === true, story: { url: story.url, partLinks: [] } },
      }).catch((e: Error): Failure => ({ ok: false, error: e.message }));
      // The start goes to the frame on a channel of its own, whose other end travels with the ticket: posted now, it
      // waits in the channel (the page can post to the frame, never on this port).
      const channel = new MessageChannel();
      const start: ReaderFrameStart = { story, pageUrl, page: copy, lang: document.documentElement.lang, refresh: refresh === true, secret };
      const startMessage: ReaderFrameStartMessage = { inkwell: 'start', start };
      channel.port1.postMessage(startMessage);
      // The rest in a task of its own: the frame is loading and the background has the start, and the overlay shown
      // (the top layer, the focus: style and layout of the whole page) need not be the same long task as this
      // script's evaluation, the copy and the frame's making (together 50-90 ms on the bench's machine).
      await nextTask();
      const htmlOverflow = document.documentElement.style.overflow;
      document.documentElement.style.overflow = 'hidden';
      // The top layer: above whatever the page stacks, covers (html::after, a fixed element of
      // z-index 2147483647) or transforms (a fixed element inside a transformed <body> moves with it).
      const host = ui.shadowHost as HTMLElement & { showPopover?: () => void; hidePopover?: () => void };
      host.setAttribute('popover', 'manual');
      try {
        host.showPopover?.();
      } catch {
        // No popover support: the host's z-index still stands.
      }
      frame.focus();
      let topLayer: TopLayerGuard | null = null;
      let releasePage: (() => void)[] = [];
      const reader: OpenReader = {
        ui,
        frame,
        secret,
        closed: false,
        closePage: () => {
          if (reader.closed) return;
          reader.closed = true;
          topLayer?.stop();
          for (const release of releasePage.splice(0)) release();
          document.documentElement.style.overflow = htmlOverflow;
          const hide = document.createElement('style');
          hide.textContent = CLOSED_CSS;
          ui.shadow.append(hide);
          try {
            host.hidePopover?.();
          } catch {
            // Not shown as a popover: hidden by the style above.
          }
          if (open === reader) open = null;
          removeEventListener('message', onFrameClosed);
          returnFocus?.focus();
        },
      };
      // The frame's own word that it closed (utils/reader-frame.ts FRAME_CLOSED): from that frame's window and origin only.
      const onFrameClosed = (e: MessageEvent) => {
        if (e.origin === frameOrigin && e.source === frame.contentWindow && isFrameClosed(e.data) && !reader.closed) frameClosed(reader, false);
      };
      addEventListener('message', onFrameClosed);
      open = reader;
      // The ticket, to the frame page once it is there (to the extension's origin only: a frame the page navigated
      // elsewhere gets nothing); the frame claims the start's seal with it, then reads the start on the port that came
      // with it. Posted at the frame page's load event (its page says nothing to this one before: see reader-frame-app.ts),
      // long past for a warm frame.
      void started.then((res) => {
        if (!res.ok || !res.ticket || reader.closed) return;
        const ticket: ReaderFrameTicket = { inkwell: 'ticket', ticket: res.ticket };
        const postTicket = () => {
          if (reader.closed) return;
          performance.mark('inkwell:page-ticket');
          // Focused again now that the frame's own page is in it: Chromium can lose track of a focus given to the frame
          // while its page was still loading in another process (both documents say they have the focus, the keys go to
          // the journal page, Escape no longer closes). Blurred first: focus() on what has the focus tells nobody.
          frame.blur();
          frame.focus();
          // With the start's port, which can be handed over once.
          frame.contentWindow?.postMessage(ticket, frameOrigin, [channel.port2]);
        };
        void frameLoads.then(postTicket);
      });
      try {
        const res = await started;
        performance.mark('inkwell:page-started');
        if (!res.ok) throw new Error(res.error ?? 'The reader could not start.');
        if (!res.ticket) throw new Error('The reader could not start.');
      } catch (e) {
        reader.closePage();
        ui.remove();
        throw e;
      }
      // ...and keeps it: a popover, modal dialog or fullscreen element the page opens later goes
      // above it, so it takes the top back, or closes (components/reader/top-layer.ts).
      topLayer = keepOnTop(host, {
        onLost: () => requestClose(reader),
        onRetaken: () => {
          frame.focus();
          command(reader, 'focus');
        },
      });
      // Our history entry after the last reader's Back over its own has landed (back-closes.ts `historySettled`).
      await historySettled(window);
      if (reader.closed) return;
      releasePage = [useDeviceViewport(document), makePageInert(host), closeOnBack(window, () => requestClose(reader))];
      performance.mark('inkwell:page-inert');
    };
    /** A reader is being opened: the page side yields a task on the way (below), and a second click meanwhile opens none. */
    let starting = false;
    const api: ReaderApi = {
      warm(nook) {
        if (!canMoveFrames || open || starting || !nook.isConnected) return;
        // One warm frame serves any button of the page: kept while it may serve, for a while from the last arrival.
        if (warm && warm.loading.frame.isConnected && warm.loading.loads <= 1) {
          clearTimeout(warm.timer);
          warm.timer = setTimeout(dropWarm, WARM_FRAME_MS);
          return;
        }
        dropWarm();
        const loading = makeFrame();
        nook.append(loading.frame);
        warm = { loading, timer: setTimeout(dropWarm, WARM_FRAME_MS) };
      },
      async open(request) {
        if (open || starting) return;
        starting = true;
        try {
          await openReader(request);
        } finally {
          starting = false;
        }
      },
    };
    // For the detector's onDemand('reader') (utils/stages.ts), which waits for it.
    provideStage('reader', api);
    ctx.onInvalidated(() => {
      dropWarm();
      if (open) {
        open.closePage();
        open.ui.remove();
      }
      for (const r of lingering) r.ui.remove();
      lingering.clear();
      provideStage('reader', undefined);
    });
  },
});
