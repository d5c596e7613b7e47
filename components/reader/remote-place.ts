/**
 * Another device read on in the story open here: the background says so (utils/sync/
 * background-sync.ts, `sync:remote`) and the reader offers the place, "Continue from part 4 (read
 * on another device 10 min ago)", rather than jumping away from what is being read.
 */
import type { IncomingMessage } from '../../utils/messages';
import { remotePlaceText } from '../../utils/sync/place-text';
import type { ReaderHandle } from './reader';

interface MessageEvents {
  addListener(cb: (msg: unknown) => void): void;
  removeListener(cb: (msg: unknown) => void): void;
}

/** Listens while the reader is open; returns the function that stops listening. */
export function offerRemotePlaces(storyId: () => string | null, handle: Pick<ReaderHandle, 'offerPlace' | 'place'>, events: MessageEvents, now: () => number = Date.now): () => void {
  let lastOffered = 0;
  const listener = (msg: unknown) => {
    const m = msg as IncomingMessage<'pages'> | null;
    if (m?.type !== 'sync:remote' || !Array.isArray(m.places)) return;
    const id = storyId();
    const found = m.places.find((p) => p && p.storyId === id);
    if (!found || found.position.updatedAt <= lastOffered) return;
    const here = handle.place();
    // Already there: nothing to offer.
    if (here && here.partKey === found.position.partKey && here.paragraph === found.position.paragraph) return;
    lastOffered = found.position.updatedAt;
    const { partKey, paragraph, offset } = found.position;
    handle.offerPlace({ partKey, paragraph, offset }, (part) => remotePlaceText(part, found.position.updatedAt, now()));
  };
  events.addListener(listener);
  return () => events.removeListener(listener);
}
