/**
 * The reader's frame: the extension's own page inside the journal page's closed shadow root
 * (utils/reader-frame.ts), where the reader shows the story. The page around it cannot search,
 * select or read into a frame of another origin, as it could into a shadow root.
 *
 * It starts from a one-time ticket the content script posts to it (utils/reader-tickets.ts): the background
 * hands it the start the content script read from the page after the user's click (the post, the
 * page), and from then on fetches for this frame under that click's reader session. Without a
 * ticket (a frame the page made itself) it shows nothing and asks for nothing more.
 */
import { sendMessage } from '../../utils/messages';
import { FRAME_READY, type ReaderFrameTicket } from '../../utils/reader-frame';
import type { Claimed } from './open';

// The reader's steps are marked on the frame's performance timeline (inkwell:frame-*): the bench's reader section reads them.
performance.mark('inkwell:frame-script');

// The reader (extraction, the stitcher, the reader's view: most of the frame's code) loads while the ticket comes and
// is claimed: this script is all the frame page waits for before its load event, when the content script posts the ticket.
const reader = import('./open');
reader.catch(() => undefined);

async function claim(ticket: string): Promise<Claimed | null> {
  const res = await sendMessage('reader-frame:claim', { ticket }).catch(() => null);
  if (!res?.ok || !res.start) return null;
  return { start: res.start, openerFrameId: res.openerFrameId ?? 0, lookup: res.lookup ?? null };
}

// The ticket comes from the content script that made this frame, once the frame is loaded. Anyone who can
// post to this window may send one; only the ticket the background issued claims anything, once.
let started = false;
window.addEventListener('message', async (e) => {
  const data = e.data as ReaderFrameTicket | null;
  if (started || !data || typeof data !== 'object' || data.inkwell !== 'ticket' || typeof data.ticket !== 'string') return;
  started = true;
  performance.mark('inkwell:frame-ticket');
  const claimed = await claim(data.ticket);
  performance.mark('inkwell:frame-claimed');
  // A ticket that claims nothing (made up, spent) leaves the frame waiting for the real one.
  if (!claimed) started = false;
  else await reader.then(({ open }) => open(claimed)).catch((err: Error) => problem(`The story could not be opened: ${err.message}`));
});

// Ready for the ticket (the listener above is in place): the content script posts it now rather than at the load event.
parent.postMessage(FRAME_READY, '*');

/** What went wrong, said where the reader would be. */
function problem(text: string) {
  const p = document.createElement('p');
  p.setAttribute('role', 'alert');
  p.textContent = text;
  document.getElementById('app')!.replaceChildren(p);
}
