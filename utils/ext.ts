/**
 * The raw extension API for the detector, without webextension-polyfill: Firefox has `browser`
 * with promises, Chrome's MV3 `chrome` returns promises too. Saves the polyfill's bytes on every
 * journal page; everything else (reader, background, pages) uses `wxt/browser`. The messages are
 * utils/messages.ts's (types only: its senders would bring the polyfill).
 */
import type { Answer, BackgroundMessageType, MessageOf } from './messages';

interface RawRuntime {
  /** Undefined once the extension is reloaded or removed: this copy of a content script is orphaned. */
  id?: string;
  sendMessage<T extends BackgroundMessageType>(message: MessageOf<T>): Promise<Answer<T>>;
  onMessage: {
    addListener(cb: (message: unknown, sender: unknown, sendResponse: (r: unknown) => void) => boolean | undefined | Promise<unknown>): void;
  };
}
export const rawRuntime: RawRuntime = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
