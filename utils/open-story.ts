/**
 * Opening a saved story where the reader stopped: a new tab on the part's post, and once it has
 * loaded, `{type: 'open-reader-here'}` to its content script, which opens the reader (the reader
 * puts the saved paragraph back by itself).
 *
 * The background does this for the popup: a popup is closed as soon as the new tab takes focus,
 * so it could not wait for the page. Everything here works without the `tabs` permission:
 * tabs.create / get / sendMessage / onUpdated's status need none, and a tab's URL is readable on
 * the hosts the extension has permission for (which is all a journal page needs).
 */
import { JOURNAL_DOMAINS } from './sites';

export interface OpenStoryResult {
  ok: boolean;
  tabId?: number;
  error?: string;
}

/** The part of `browser.tabs` this needs (a fake in the tests). */
export interface TabsLike {
  create(props: { url: string; active?: boolean }): Promise<{ id?: number; status?: string }>;
  get(tabId: number): Promise<{ id?: number; status?: string }>;
  sendMessage(tabId: number, message: unknown): Promise<unknown>;
  onUpdated: {
    addListener(cb: (tabId: number, info: { status?: string }) => void): void;
    removeListener(cb: (tabId: number, info: { status?: string }) => void): void;
  };
}

/** True for http(s) pages on a journal host or a Wayback copy (web.archive.org/web/…): where the detector runs. */
export function isJournalPageUrl(url: string | undefined | null): boolean {
  if (!url) return false;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return false;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return false;
  const host = u.hostname.toLowerCase();
  if (host === 'web.archive.org') return u.pathname.startsWith('/web/');
  return JOURNAL_DOMAINS.some((d) => host === d || host.endsWith(`.${d}`));
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Resolves when the tab has finished loading (or after `timeoutMs`, resolving false).
 *
 * Listens to tabs.onUpdated and also asks tabs.get every `pollMs`: a listener added while a
 * service worker runs reaches the browser asynchronously, so a page that completes in that gap
 * sends its "complete" to nobody (seen in Chromium under load).
 */
export function waitForTabComplete(tabs: TabsLike, tabId: number, timeoutMs: number, pollMs = 250): Promise<boolean> {
  return new Promise((resolve) => {
    let settled = false;
    const finish = (ok: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearInterval(poll);
      tabs.onUpdated.removeListener(listener);
      resolve(ok);
    };
    const listener = (id: number, info: { status?: string }) => {
      if (id === tabId && info.status === 'complete') finish(true);
    };
    const check = () =>
      tabs.get(tabId).then(
        (t) => t.status === 'complete' && finish(true),
        () => finish(false), // the tab was closed
      );
    const timer = setTimeout(() => finish(false), timeoutMs);
    const poll = setInterval(check, pollMs);
    tabs.onUpdated.addListener(listener);
    void check();
  });
}

export interface OpenReaderOptions {
  /** How many times to ask while the content script starts. Default 20. */
  attempts?: number;
  /** Between attempts. Default 250 ms. */
  retryDelayMs?: number;
  /** Ask the reader to fetch every part again instead of opening the cached copy. */
  refresh?: boolean;
}

/**
 * Sends `{type: 'open-reader-here'}` to the tab, asking again while nobody answers (the content
 * script is still starting) or the page has no story yet.
 */
export async function askTabToOpenReader(tabs: TabsLike, tabId: number, opts: OpenReaderOptions = {}): Promise<OpenStoryResult> {
  const attempts = opts.attempts ?? 20;
  const delay = opts.retryDelayMs ?? 250;
  let lastError = 'The page did not answer.';
  for (let i = 0; i < attempts; i++) {
    if (i > 0) await sleep(delay);
    try {
      const res = (await tabs.sendMessage(tabId, { type: 'open-reader-here', refresh: opts.refresh === true })) as { ok?: boolean; error?: string } | undefined;
      if (res?.ok) return { ok: true, tabId };
      lastError = res?.error ?? lastError;
    } catch (e) {
      lastError = e instanceof Error ? e.message : String(e);
      try {
        await tabs.get(tabId);
      } catch {
        return { ok: false, tabId, error: 'The tab was closed.' };
      }
    }
  }
  return { ok: false, tabId, error: lastError };
}

export interface OpenStoryOptions extends OpenReaderOptions {
  /** How long the page may take to load. Default 30 s. */
  loadTimeoutMs?: number;
}

/** Opens `url` in a new, active tab, waits for it to load, then opens the reader there. */
export async function openStoryInNewTab(tabs: TabsLike, url: string, opts: OpenStoryOptions = {}): Promise<OpenStoryResult> {
  if (!isJournalPageUrl(url)) return { ok: false, error: 'Not a journal page.' };
  const tab = await tabs.create({ url, active: true });
  if (tab.id === undefined) return { ok: false, error: 'The tab could not be opened.' };
  // A page that never says "complete" (a slow image) still gets asked: the detector runs at idle.
  await waitForTabComplete(tabs, tab.id, opts.loadTimeoutMs ?? 30_000);
  return askTabToOpenReader(tabs, tab.id, opts);
}
