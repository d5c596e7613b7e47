/**
 * The detector's content-script context: WXT's ContentScriptContext (wxt/utils/content-script-
 * context) cut to what the detector uses, for its 15 KB budget; wxt.config.ts puts it in place of
 * WXT's in the detector's build only. The same contract where the detector relies on it: a newer
 * copy of the script (the extension reloaded or updated) invalidates the older one, through the
 * very event WXT's context sends and listens for, so either kind stops the other; once a newer copy
 * runs, `onInvalidated` cleanups run (the detector's rescan timer, its one timer, sees to a runtime gone itself).
 * Left out: timers, the location watcher, intervals, frames, idle callbacks, addEventListener, block(), and
 * the window message WXT also posts for main-world scripts (the detector has none).
 */
const runtimeId = (): string | undefined => ((globalThis as any).browser ?? (globalThis as any).chrome)?.runtime?.id;

export class ContentScriptContext {
  private readonly controller = new AbortController();

  constructor(name: string) {
    // WXT's event name and detail: `${extension id}:${entrypoint}:wxt:content-script-started`.
    const type = `${runtimeId()}:${import.meta.env.ENTRYPOINT}:wxt:content-script-started`;
    const messageId = Math.random();
    document.dispatchEvent(new CustomEvent(type, { detail: { contentScriptName: name, messageId } }));
    const newer = (e: Event) => {
      const d = (e as CustomEvent).detail;
      if (d?.contentScriptName === name && d.messageId !== messageId) this.controller.abort();
    };
    document.addEventListener(type, newer, { signal: this.controller.signal });
  }

  onInvalidated(cb: () => void): void {
    this.controller.signal.addEventListener('abort', cb);
  }
}
