/**
 * How the background fetches journal pages for the stitcher: at most 4 requests at a time, the
 * same URL never twice at once, a timeout and one retry (all three set in utils/stitch/scheduler.ts),
 * the reader's own cookies (so their logins and content-notice choices apply; none for `fetchAnonymously`), and text decoded in
 * the page's own charset (old journals are often windows-1252). `fetchImpl` is injected so tests
 * can drive it.
 *
 * Redirects are followed, and every hop is checked by the browser before it is sent: the
 * extension's Content-Security-Policy allows connections to the journal hosts over https only
 * (utils/hosts.ts extensionPagesCsp). `redirect: 'manual'` cannot do it: in an extension's
 * background as anywhere, it answers an opaque redirect with no Location to check, in both
 * browsers; webRequest could see the hops but needs a permission (and cannot stop one in Chrome
 * MV3). A hop the policy refuses fails the fetch as a network error before any request leaves;
 * the browser then reports a 'securitypolicyviolation' for the URL asked for, which is how a
 * refused redirect is told from a redirect loop (`refusedByCsp`).
 */

import { isJournalPageUrl } from './hosts';
import type { FetchResult } from './stitch';
import { FETCH_CONCURRENCY, FETCH_RETRIES, FETCH_TIMEOUT_MS } from './stitch/scheduler';

export interface FetchQueueOptions {
  concurrency?: number;
  timeoutMs?: number;
  retries?: number;
  fetchImpl?: typeof fetch;
  /** Whether the browser's connect-src refused a request for `url` (or one of its redirects) since `since` (Date.now()). */
  refusedByCsp?: (url: string, since: number) => boolean;
}

export function createFetchQueue(opts: FetchQueueOptions = {}) {
  const concurrency = opts.concurrency ?? FETCH_CONCURRENCY;
  const timeoutMs = opts.timeoutMs ?? FETCH_TIMEOUT_MS;
  const retries = opts.retries ?? FETCH_RETRIES;
  const doFetch = opts.fetchImpl ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  let active = 0;
  const waiting: (() => void)[] = [];
  const inFlight = new Map<string, Promise<FetchResult>>();

  const slot = () =>
    new Promise<void>((resolve) => {
      if (active < concurrency) {
        active++;
        resolve();
      } else waiting.push(() => (active++, resolve()));
    });
  const release = () => {
    active--;
    waiting.shift()?.();
  };

  async function once(url: string, credentials: RequestCredentials): Promise<FetchResult> {
    const ctrl = new AbortController();
    const timer = setTimeout(() => ctrl.abort(), timeoutMs);
    const started = Date.now();
    try {
      const res = await doFetch(url, { credentials, redirect: 'follow', signal: ctrl.signal, headers: { Accept: 'text/html,*/*;q=0.8' } });
      // The policy let no other hop through; should a browser not enforce it, nothing else is read.
      if (res.url && !(res.url.startsWith('https:') && isJournalPageUrl(res.url))) return offSite(url);
      const html = decode(await res.arrayBuffer(), res.headers.get('content-type'));
      if (res.status === 404 || res.status === 410) return { ok: false, url: res.url || url, reason: 'not-found', status: res.status, message: `The site answered ${res.status}.` };
      if (res.status === 401 || res.status === 403) return { ok: false, url: res.url || url, reason: 'locked', status: res.status, message: `The site answered ${res.status}.` };
      if (res.status >= 500) return { ok: false, url: res.url || url, reason: 'server-error', status: res.status, message: `The site answered ${res.status}.` };
      return { ok: true, url: res.url || url, status: res.status, html };
    } catch (e) {
      if (ctrl.signal.aborted) return { ok: false, url, reason: 'timeout', message: `No answer within ${Math.round(timeoutMs / 1000)} s.` };
      // fetch cannot say "too many redirects": ask once more without following them, within the
      // same timeout (a probe that never answered held its queue slot for ever).
      try {
        const probe = await doFetch(url, { credentials, redirect: 'manual', signal: ctrl.signal });
        if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) {
          if (opts.refusedByCsp?.(url, started)) return offSite(url);
          return { ok: false, url, reason: 'redirect-loop', message: 'The site kept redirecting.' };
        }
      } catch {
        if (ctrl.signal.aborted) return { ok: false, url, reason: 'timeout', message: `No answer within ${Math.round(timeoutMs / 1000)} s.` };
        // the network is down: fall through
      }
      return { ok: false, url, reason: 'network', message: (e as Error).message || 'Network error.' };
    } finally {
      clearTimeout(timer);
    }
  }

  async function withRetry(url: string, credentials: RequestCredentials): Promise<FetchResult> {
    await slot();
    try {
      let result = await once(url, credentials);
      for (let i = 0; i < retries && !result.ok && ['network', 'timeout', 'server-error'].includes(result.reason); i++) {
        result = await once(url, credentials);
      }
      return result;
    } finally {
      release();
    }
  }

  function queued(url: string, credentials: RequestCredentials): Promise<FetchResult> {
    const key = `${credentials} ${url}`;
    const existing = inFlight.get(key);
    if (existing) return existing;
    const p = withRetry(url, credentials).finally(() => inFlight.delete(key));
    inFlight.set(key, p);
    return p;
  }

  return {
    /** A journal page with the reader's cookies. */
    fetchPage: (url: string): Promise<FetchResult> => queued(url, 'include'),
    /** A journal page without them (utils/wayback-fallback.ts: a live page an archived page asked for). */
    fetchAnonymously: (url: string): Promise<FetchResult> => queued(url, 'omit'),
    get active() {
      return active;
    },
  };
}

function offSite(url: string): FetchResult {
  return { ok: false, url, reason: 'off-site-redirect', message: `The link: ${url}` };
}

/** Bytes to text: the Content-Type charset, else a <meta charset> in the first 2 KB, else UTF-8. */
export function decode(buf: ArrayBuffer, contentType: string | null): string {
  const bytes = new Uint8Array(buf);
  let charset = /charset=["']?([\w-]+)/i.exec(contentType ?? '')?.[1];
  if (!charset) {
    const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
    charset = /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
  }
  if (charset && /^(?:windows-1252|cp1252|iso-8859-1|latin-?1|us-ascii|ascii|x-cp1252)$/i.test(charset)) return decode1252(bytes);
  try {
    return new TextDecoder(charset || 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

// 0x80–0x9F of windows-1252 (which the web also uses for "iso-8859-1"): some runtimes' decoders
// give C1 controls there instead of curly quotes and dashes.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b))).join('');
  }
  return out;
}
