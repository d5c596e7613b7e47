/**
 * The reader's frame: the extension's own page inside the journal page's closed shadow root
 * (utils/reader-frame.ts), where the reader shows the story. The page around it cannot search,
 * select or read into a frame of another origin, as it could into a shadow root.
 *
 * It starts from a one-time ticket the content script posts to it (utils/reader-tickets.ts): the background
 * hands it the seal of the start the content script made at the user's click (the clicked post as the detector knows
 * it), and from then on fetches for this frame under that click's reader session. The start itself (that post and a
 * copy of the page) the content script posts on the port that came with the ticket (utils/reader-frame.ts); the frame
 * reads the post from the copy (read-page.ts). Without a ticket (a frame the page made itself) it shows nothing and
 * asks for nothing more.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { sendMessage } from '../utils/messages';
import { lookupKeysOf, type ReaderFrameStart, type ReaderFrameTicket, startMessageOf } from '../utils/reader-frame';
import { storyKeyOf } from '../utils/url';
import type { Claimed } from './reader-frame/open';

/** The first message on the ticket's port: the content script's start (it posted it there before the ticket came). */
function startOn(port: MessagePort): Promise<ReaderFrameStart | null> {
  return new Promise((resolve) => {
    port.onmessage = (e) => {
      port.onmessage = null;
      resolve(startMessageOf(e.data));
    };
  });
}

async function claim(ticket: string, port: MessagePort): Promise<Claimed | null> {
  const res = await sendMessage('reader-frame:claim', { ticket }).catch(() => null);
  if (!res?.ok || !res.start) return null;
  const seal = res.start;
  // Only now read: a port that came with a ticket the background honoured is the content script's.
  const start = await startOn(port);
  if (!start) return null;
  // The same post the background sealed (the port already says whose start it is: a check that costs nothing). The seal
  // is the detector's post, the start the reader's reading of it: the same post by its key.
  if (storyKeyOf(start.story.url) !== storyKeyOf(seal.story.url)) return null;
  return { start: { ...start, refresh: seal.refresh }, openerFrameId: res.openerFrameId ?? 0, lookup: res.lookup ?? null, lookupKeys: lookupKeysOf(seal.story) };
}

export default defineUnlistedScript(() => {
  // The reader's steps are marked on the frame's performance timeline (inkwell:frame-*): the bench's reader section reads them.
  performance.mark('inkwell:frame-script');

  // The reader (extraction, the stitcher, the reader's view: most of the frame's code) is in this same file: WXT builds
  // an unlisted script on its own, everything it imports inlined, so the frame page asks the browser for one script.
  // Each extension file is a request the browser answers in turn: on the bench's busy machine the reader's twenty
  // chunks, asked in three waves, took 130 ms before the reader could start; evaluated, all of it takes a few ms
  // (Chromium's trace). The import below is only the bundler's way to start the reader's modules: nothing is fetched.
  const reader = import('./reader-frame/open');
  // Said where the reader would be, once a ticket is claimed (below); a frame never claimed leaves it unsaid.
  reader.catch(() => undefined);

  // The ticket comes from the content script that made this frame, once the frame is loaded. Anyone who can
  // post to this window may send one (the page hears the frame say it is ready); only the ticket the background issued
  // claims anything, once. Each is claimed on its own: a made-up one sent first does not keep the real one out.
  let opened = false;
  window.addEventListener('message', async (e) => {
    const data = e.data as ReaderFrameTicket | null;
    const port = e.ports[0];
    if (opened || !data || typeof data !== 'object' || data.inkwell !== 'ticket' || typeof data.ticket !== 'string' || !port) return;
    performance.mark('inkwell:frame-ticket');
    const claimed = await claim(data.ticket, port);
    if (!claimed || opened) return;
    opened = true;
    performance.mark('inkwell:frame-claimed');
    await reader.then(({ open }) => open(claimed)).catch((err: Error) => problem(`The story could not be opened: ${err.message}`));
  });

  // Nothing is said to the parent before the ticket comes (the content script posts it at this page's load event): a
  // message to the parent reaches the page's scripts too, with this frame's window as its source, a handle on the frame
  // they have no other way to get (a frame in a shadow root is not in `window.frames`) and could navigate it with.
});

/** What went wrong, said where the reader would be. */
function problem(text: string) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.getElementById('app')!.replaceChildren(p);
}
