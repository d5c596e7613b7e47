/**
 * One-time tickets between the content script that opened the reader and the reader's frame (the
 * extension's own page, entrypoints/reader-frame/, inside the journal page). Nothing of the start passes
 * through the page: the content script asks the background for a ticket after the user's click, with its reader
 * session; the background seals the start (the clicked post and the part links it reads from its navigation lines)
 * and answers with the ticket, the content script posts it to the frame page
 * once loaded (`postMessage` to the extension's origin: the page never sees it) with the port it posts the
 * start itself on, and the frame claims the seal with it, then reads that port (utils/reader-frame.ts).
 *
 * A frame the page made itself (Firefox lets any page load the frame page; Chromium's extension ids are
 * public) has no ticket: it gets nothing. A ticket is claimed once, from its own tab only, within a
 * minute; a second claim (the page navigating the frame again, a replay) gets nothing.
 */
import type { SenderInfo } from './reader-session';

/** How long a ticket waits for its frame: the frame page loads while the background works, so seconds. */
export const TICKET_TTL_MS = 60_000;

interface Ticket<T> {
  start: T;
  /** The content script's tab and frame (its reader session, and who hears that the frame closed). */
  opener: SenderInfo;
  issued: number;
}

export type Claim<T> = { ok: true; start: T; opener: SenderInfo } | { ok: false; error: string };

function randomTicket(): string {
  const bytes = new Uint8Array(24);
  crypto.getRandomValues(bytes);
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * `isFramePage(sender)`: the claim comes from the extension's frame page (its URL), not another page of
 * the extension or a content script.
 */
export function createReaderTickets<T>(isFramePage: (sender: SenderInfo) => boolean, now: () => number = Date.now) {
  const tickets = new Map<string, Ticket<T>>();
  const sweep = () => {
    for (const [k, t] of tickets) if (now() - t.issued > TICKET_TTL_MS) tickets.delete(k);
  };
  return {
    issue(opener: SenderInfo, start: T): string {
      sweep();
      const ticket = randomTicket();
      tickets.set(ticket, { start, opener: { tab: opener.tab ? { id: opener.tab.id } : undefined, frameId: opener.frameId, documentId: opener.documentId, url: opener.url }, issued: now() });
      return ticket;
    },
    claim(ticket: unknown, sender: SenderInfo): Claim<T> {
      sweep();
      const t = typeof ticket === 'string' ? tickets.get(ticket) : undefined;
      if (!t) return { ok: false, error: 'No story for this frame.' };
      if (!isFramePage(sender) || sender.tab?.id === undefined || sender.tab.id !== t.opener.tab?.id) return { ok: false, error: 'No story for this frame.' };
      // Once: whoever claims second (a replay, the page navigating the frame again) gets nothing.
      tickets.delete(ticket as string);
      return { ok: true, start: t.start, opener: t.opener };
    },
    /** The tab is gone: its tickets with it. */
    closeTab(tabId: number): void {
      for (const [k, t] of tickets) if (t.opener.tab?.id === tabId) tickets.delete(k);
    },
  };
}
