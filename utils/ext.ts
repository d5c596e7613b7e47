/**
 * The raw extension API for the detector, without webextension-polyfill: Firefox has `browser`
 * with promises, Chrome's MV3 `chrome` returns promises too. Saves the polyfill's bytes on every
 * journal page; everything else (reader, background, pages) uses `wxt/browser`.
 */
interface RawRuntime {
  sendMessage(message: unknown): Promise<any>;
  onMessage: {
    addListener(cb: (message: any, sender: unknown, sendResponse: (r: unknown) => void) => boolean | undefined | Promise<unknown>): void;
  };
}
export const rawRuntime: RawRuntime = ((globalThis as any).browser ?? (globalThis as any).chrome).runtime;
