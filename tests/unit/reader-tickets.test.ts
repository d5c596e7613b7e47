/**
 * The reader's frame claims its start with a one-time ticket (utils/reader-tickets.ts), and takes over the
 * click's reader session (utils/reader-session.ts handOver): a frame the page made itself, another tab, a
 * second claim or a late one get nothing, and fetch nothing.
 */
import { describe, expect, it } from 'vitest';
import { type ReaderFrameStart, startMessageOf } from '../../utils/reader-frame';
import { createReaderSessions, type SenderInfo } from '../../utils/reader-session';
import { createReaderTickets, TICKET_TTL_MS } from '../../utils/reader-tickets';

const PAGE = 'https://author.livejournal.com/10.html';
const FRAME = 'chrome-extension://abc/reader-frame.html';
const contentScript: SenderInfo = { tab: { id: 7, url: PAGE }, frameId: 0, url: PAGE };
const frame = (url = FRAME, tab = 7, frameId = 4): SenderInfo => ({ tab: { id: tab, url: PAGE }, frameId, url });
const isFramePage = (s: SenderInfo) => s.url?.split('#')[0] === FRAME;

describe('reader tickets', () => {
  it('the frame page in the same tab claims the start once; a second claim gets nothing', () => {
    const t = createReaderTickets<{ words: string }>(isFramePage);
    const ticket = t.issue(contentScript, { words: 'the story' });
    expect(ticket).toMatch(/^[0-9a-f]{48}$/);
    expect(t.claim(ticket, frame(`${FRAME}#${ticket}`))).toMatchObject({ ok: true, start: { words: 'the story' }, opener: { tab: { id: 7 }, frameId: 0 } });
    expect(t.claim(ticket, frame())).toEqual({ ok: false, error: 'No story for this frame.' });
  });

  it('another tab, another page of the extension, a content script, a made-up ticket: nothing (and the ticket is not spent by them)', () => {
    const t = createReaderTickets<string>(isFramePage);
    const ticket = t.issue(contentScript, 'start');
    expect(t.claim(ticket, frame(FRAME, 8)).ok).toBe(false);
    expect(t.claim(ticket, frame('chrome-extension://abc/library.html')).ok).toBe(false);
    expect(t.claim(ticket, contentScript).ok).toBe(false);
    expect(t.claim('0'.repeat(48), frame()).ok).toBe(false);
    expect(t.claim({ toString: () => ticket }, frame()).ok).toBe(false);
    expect(t.claim(ticket, frame()).ok).toBe(true);
  });

  it('a ticket not claimed within its time, or whose tab closed, is gone', () => {
    let now = 1_000;
    const t = createReaderTickets<string>(isFramePage, () => now);
    const late = t.issue(contentScript, 'start');
    now += TICKET_TTL_MS + 1;
    expect(t.claim(late, frame()).ok).toBe(false);
    const closed = t.issue(contentScript, 'start');
    t.closeTab(7);
    expect(t.claim(closed, frame()).ok).toBe(false);
  });

  it('the frame fetches under the session the click opened; other frames of the tab do not', async () => {
    const s = createReaderSessions();
    await s.open(contentScript, { postUrl: PAGE, links: [] });
    const next = 'https://author.livejournal.com/11.html';
    expect((await s.check(frame(), next)).ok).toBe(false);
    expect(await s.handOver(contentScript, frame())).toBe(true);
    expect((await s.check(frame(), next)).ok).toBe(true);
    expect((await s.check(frame(FRAME, 7, 5), next)).ok).toBe(false);
    expect((await s.check(frame(FRAME, 7, 4), 'https://victim.livejournal.com/6.html')).ok).toBe(false);
    // No session to hand over (none opened in that frame), or to another tab: nothing.
    expect(await s.handOver({ ...contentScript, frameId: 2 }, frame(FRAME, 7, 6))).toBe(false);
    expect(await s.handOver(contentScript, frame(FRAME, 8, 4))).toBe(false);
  });
});

describe('the start the content script posts the frame', () => {
  const start: ReaderFrameStart = {
    story: { url: PAGE, partLinks: [{ url: 'https://author.livejournal.com/11.html', label: 'Part 2', index: 2 }], bodyHtml: '<p>The keeper climbed.</p>' } as ReaderFrameStart['story'],
    pageUrl: PAGE,
    page: [
      [-1, 1, 'html', 'http://www.w3.org/1999/xhtml', []],
      [0, 1, 'body', 'http://www.w3.org/1999/xhtml', []],
      [1, 3, 'The keeper climbed.'],
    ],
    lang: 'en',
    refresh: false,
    secret: 'a'.repeat(48),
  };

  it('a start message is read in the content script’s shape only: anything else anyone posts is nothing', () => {
    expect(startMessageOf({ inkwell: 'start', start })).toBe(start);
    for (const bad of [
      null,
      'start',
      { inkwell: 'ticket', ticket: 'x' },
      { inkwell: 'start' },
      { inkwell: 'start', start: { ...start, secret: 7 } },
      { inkwell: 'start', start: { ...start, page: '<p>markup</p>' } },
      { inkwell: 'start', start: { ...start, story: null } },
      { inkwell: 'frame-ready' },
    ]) {
      expect(startMessageOf(bad)).toBeNull();
    }
  });
});
