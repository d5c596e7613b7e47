/**
 * The protocol between the scripts (utils/messages.ts): the background's dispatcher answers its own
 * messages only, each with its handler and the payload as sent; the senders put the name beside the
 * payload. The `@ts-expect-error` lines are checked by `npx tsc --noEmit` (tests/ is in tsconfig): a
 * wrong payload, a wrong use of a reply, an unknown name or a message sent the wrong way does not compile.
 */

import { describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import type { PositionRecord, StoryRecord } from '../../utils/db';
import {
  answerMessage,
  type BackgroundHandlers,
  type BackgroundMessageType,
  type IncomingMessage,
  type MessageOf,
  type Reply,
  readerPressOf,
  sendMessage,
  sendToPages,
  sendToTab,
} from '../../utils/messages';
import type { ReaderFrameSeal } from '../../utils/reader-frame';

interface Sender {
  tab?: { id?: number };
  url?: string;
}

const position: PositionRecord = { storyId: 's', partKey: 'livejournal.com/w/1', paragraph: 2, offset: 0, percent: 10, updatedAt: 1 };

/** One message of each name the background receives (the type makes this list complete). */
const samples: { [T in BackgroundMessageType]: MessageOf<T> } = {
  'inject-story-posts': { type: 'inject-story-posts' },
  'inject-reader': { type: 'inject-reader' },
  'inject-comment-fills': { type: 'inject-comment-fills' },
  'inject-unlisted-posts': { type: 'inject-unlisted-posts' },
  'inject-masterpost-lists': { type: 'inject-masterpost-lists' },
  'reader:press': {
    type: 'reader:press',
    url: 'https://w.livejournal.com/1.html',
    nav: [{ text: 'Part 1 | Part 2', links: [{ href: '/2.html', text: 'Part 2' }] }],
    pageUrl: 'https://w.livejournal.com/1.html',
    loadedUrl: 'https://w.livejournal.com/1.html',
  },
  'reader:session': { type: 'reader:session', postUrl: 'https://w.livejournal.com/1.html', links: ['https://w.livejournal.com/2.html'] },
  'reader:start': { type: 'reader:start', postUrl: 'https://w.livejournal.com/1.html', links: [], start: { refresh: false } as ReaderFrameSeal },
  'reader-frame:links': { type: 'reader-frame:links', links: ['https://w.livejournal.com/2.html'], storyLinks: [], poster: 'w' },
  'reader-frame:claim': { type: 'reader-frame:claim', ticket: 't1' },
  'reader-frame:closed': { type: 'reader-frame:closed', done: true, openerFrameId: 3, secret: 's3' },
  'fetch-page': { type: 'fetch-page', url: 'https://w.livejournal.com/2.html' },
  'story:lookup': { type: 'story:lookup', partKeys: ['livejournal.com/w/1'] },
  'story:save': { type: 'story:save', story: { id: 's' } as StoryRecord, parts: [] },
  'story:show-images': { type: 'story:show-images', storyId: 's', show: undefined },
  'position:save': { type: 'position:save', position },
  'story:status': { type: 'story:status', id: 's', status: 'finished' },
  'reader:open-page': { type: 'reader:open-page', storyId: 's' },
  'sync:changed': { type: 'sync:changed' },
  'sync:flush': { type: 'sync:flush' },
};

/** Handlers that say which of them was reached, with what. */
function recordingHandlers() {
  const reached: { type: string; msg: unknown; sender: Sender }[] = [];
  const record =
    <T extends BackgroundMessageType>(reply: Reply<T>) =>
    (msg: MessageOf<T>, sender: Sender) => {
      reached.push({ type: msg.type, msg, sender });
      return reply;
    };
  const handlers: BackgroundHandlers<Sender> = {
    'inject-story-posts': record({ ok: true }),
    'inject-reader': record({ ok: true }),
    'inject-comment-fills': record({ ok: false, error: 'Not a journal entry page.' }),
    'inject-unlisted-posts': record({ ok: true }),
    'inject-masterpost-lists': record({ ok: true }),
    'reader:press': record({ ok: true }),
    'reader:session': record({ ok: true }),
    'reader:start': record({ ok: true, ticket: 'ticket-1' }),
    'reader-frame:links': record({ ok: true }),
    'reader-frame:claim': record({ ok: false, error: 'No story for this frame.' }),
    'reader-frame:closed': record({ ok: true }),
    'fetch-page': record({ ok: true, url: 'https://w.livejournal.com/2.html', status: 200, html: '<p>x</p>' }),
    'story:lookup': record({ story: null, parts: [], position: null }),
    'story:save': record({ ok: true, quotaExceeded: false, textSaved: true, evictedStories: 0, storyId: 's', replaced: [] }),
    'story:show-images': record({ ok: true }),
    'position:save': record({ ok: true, kept: 'this', quotaExceeded: false }),
    'story:status': record({ ok: true }),
    'reader:open-page': record({ ok: true }),
    'sync:changed': record({ ok: true }),
    'sync:flush': record({ ok: true }),
  };
  return { handlers, reached };
}

describe('the background’s dispatcher', () => {
  it('reaches each handler with its payload and the sender, and answers with its reply', async () => {
    const { handlers, reached } = recordingHandlers();
    const sender: Sender = { tab: { id: 4 }, url: 'https://w.livejournal.com/1.html' };
    for (const [type, msg] of Object.entries(samples)) {
      const expected = await handlers[type as BackgroundMessageType](msg as never, sender);
      reached.length = 0;
      expect(await answerMessage(handlers, msg, sender)).toEqual(expected);
      expect(reached).toEqual([{ type, msg, sender }]);
    }
  });

  it('leaves unanswered what is not its own: other names, the tabs’ and pages’ messages, non-messages', () => {
    const { handlers, reached } = recordingHandlers();
    const others: unknown[] = [
      { type: 'library:open-story', url: 'https://w.livejournal.com/1.html' },
      { type: 'open-reader-here' },
      { type: 'reader:frame-closed', done: true },
      { type: 'sync:remote', places: [], libraryChanged: true },
      // Names every object has: not handlers.
      { type: 'toString' },
      { type: 'constructor' },
      { type: '__proto__' },
      { type: 'hasOwnProperty' },
      { type: 7 },
      { url: 'https://w.livejournal.com/1.html' },
      null,
      undefined,
      'fetch-page',
    ];
    for (const msg of others) expect(answerMessage(handlers, msg, {})).toBeUndefined();
    expect(reached).toEqual([]);
  });

  it('answers a handler’s throw, or its rejection, with {ok: false, error}', async () => {
    const { handlers } = recordingHandlers();
    handlers['story:lookup'] = () => {
      throw new Error('The database is closed.');
    };
    handlers['fetch-page'] = async () => {
      throw new Error('No room.');
    };
    expect(await answerMessage(handlers, samples['story:lookup'], {})).toEqual({ ok: false, error: 'The database is closed.' });
    expect(await answerMessage(handlers, samples['fetch-page'], {})).toEqual({ ok: false, error: 'No room.' });
  });
});

describe('the press’s message (reader:press), as the background reads it', () => {
  const press = samples['reader:press'];
  it('is read in the detector’s shape, its nav passed on unread (pressPartLinks checks its lines)', () => {
    expect(readerPressOf(press)).toEqual({ url: press.url, nav: press.nav, pageUrl: press.pageUrl, loadedUrl: press.loadedUrl });
    expect(readerPressOf({ ...press, nav: undefined })?.nav).toBeUndefined();
  });
  it('is refused in any other shape', () => {
    for (const bad of [
      null,
      undefined,
      'reader:press',
      42,
      { ...press, url: undefined },
      { ...press, url: { toString: () => 'https://w.livejournal.com/1.html' } },
      { ...press, url: ['https://w.livejournal.com/1.html'] },
      { ...press, pageUrl: undefined },
      { ...press, pageUrl: 1 },
      { ...press, loadedUrl: null },
    ]) {
      expect(readerPressOf(bad), JSON.stringify(bad) ?? String(bad)).toBeNull();
    }
  });
});

describe('the senders', () => {
  it('send the name beside the payload, to the background, a tab (or one of its frames) and the pages', async () => {
    const runtimeSend = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true, ticket: 't' } as never);
    expect(await sendMessage('reader:start', { postUrl: 'https://w.livejournal.com/1.html', links: [], start: { refresh: true } as ReaderFrameSeal })).toEqual({ ok: true, ticket: 't' });
    expect(runtimeSend).toHaveBeenCalledWith({ type: 'reader:start', postUrl: 'https://w.livejournal.com/1.html', links: [], start: { refresh: true } });
    runtimeSend.mockRestore();

    const tabsSent: unknown[][] = [];
    const tabs = { sendMessage: async (...args: unknown[]) => void tabsSent.push(args) };
    await sendToTab(7, 'open-reader-here', { refresh: true }, { tabs });
    await sendToTab(7, 'reader:frame-closed', { done: false, secret: 's3' }, { tabs, frameId: 2 });
    expect(tabsSent).toEqual([
      [7, { type: 'open-reader-here', refresh: true }],
      [7, { type: 'reader:frame-closed', done: false, secret: 's3' }, { frameId: 2 }],
    ]);

    const pagesSent: unknown[] = [];
    await sendToPages('sync:remote', { places: [], libraryChanged: true }, { sendMessage: async (m) => void pagesSent.push(m) });
    expect(pagesSent).toEqual([{ type: 'sync:remote', places: [], libraryChanged: true }]);
  });
});

/** Never called: what must not compile (`npx tsc --noEmit` fails if any of these lines does compile). */
export async function typeChecks(handlers: BackgroundHandlers<Sender>, tabId: number) {
  // @ts-expect-error an unknown message name
  await sendMessage('library:open-story', { url: 'https://w.livejournal.com/1.html' });
  // @ts-expect-error a payload of the wrong type
  await sendMessage('story:status', { id: 5 });
  // @ts-expect-error a payload missing a field
  await sendMessage('fetch-page', {});
  // @ts-expect-error a field no payload of the message has
  await sendMessage('sync:flush', { now: true });
  // @ts-expect-error a tab's message sent to the background
  await sendMessage('open-reader-here', {});
  // @ts-expect-error a background's message sent to a tab
  await sendToTab(tabId, 'fetch-page', { url: 'https://w.livejournal.com/1.html' });
  // @ts-expect-error a tab's message sent to the pages
  await sendToPages('open-reader-here', {});

  const lookup = await sendMessage('story:lookup', { partKeys: [] });
  // @ts-expect-error the reply may be the background's {ok: false, error}: narrowed first
  void lookup.story;
  if ('story' in lookup) {
    // @ts-expect-error a lookup's reply carries no ticket
    void lookup.ticket;
    const saved: StoryRecord | null = lookup.story;
    void saved;
  }
  const start = await sendMessage('reader:start', { postUrl: '', links: [], start: {} as ReaderFrameSeal });
  // @ts-expect-error the ticket is there only when ok
  const ticket: string = start.ticket;
  void ticket;
  const opened = await sendToTab(tabId, 'open-reader-here', {});
  // @ts-expect-error a tab may hold nobody who answers
  void opened.ok;

  // @ts-expect-error a handler's reply of the wrong shape
  handlers['story:status'] = () => ({ done: true });
  // @ts-expect-error a handler for a name that is not the background's
  handlers['open-reader-here'] = () => ({ ok: true });
  handlers['reader-frame:claim'] = (msg) => {
    // @ts-expect-error the handler's payload is its own message's
    void msg.url;
    return { ok: false, error: msg.ticket };
  };
  // @ts-expect-error every background message has its handler
  const missing: BackgroundHandlers<Sender> = { 'inject-reader': () => ({ ok: true }) };
  void missing;

  const incoming = {} as IncomingMessage<'tab'>;
  if (incoming.type === 'reader:frame-closed') {
    // @ts-expect-error 'reader:frame-closed' carries `done`, no `refresh`
    void incoming.refresh;
  }
}
