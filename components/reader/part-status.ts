/**
 * What a part that is not here says in its place: why it failed, with *Retry* (and *Open the post*
 * where the user can get past the reason on the site), or that it loads as the reader nears it,
 * with *Load now*. Retry and Load now fetch with the reader's cookies: only the user's own click.
 */
import { safeLinkUrl } from '../../utils/safe-link';
import { failureMessage, type StitchError } from '../../utils/stitch';
import { unwrapWayback } from '../../utils/url';
import { h } from './dom';

/** The reasons the user may get past on the site itself (a notice to confirm, a login, a lock). */
const OPEN_THE_POST = ['adult-gate', 'login', 'locked', 'not-allowed', 'off-site-redirect'];

export function deferredBox(loadNow: (e: Event) => void): HTMLElement {
  const box = h('div', { class: 'ink-status', 'data-state': 'deferred' });
  box.append(h('p', {}, failureMessage('deferred')));
  const now = h('button', { class: 'ink-btn', type: 'button' }, 'Load now');
  now.addEventListener('click', loadNow);
  box.append(now);
  return box;
}

export interface FailureActions {
  /** Whether this click may retry (the user's own, and a stitch to go on from). */
  mayRetry(e: Event): boolean;
  retry(): Promise<void>;
  openPost(url: string): void;
}

export function failureBox(error: StitchError, actions: FailureActions): HTMLElement {
  const box = h('div', { class: 'ink-status', 'data-state': 'failed', role: 'alert' });
  const reason = failureMessage(error.reason);
  // The stitcher's message is the same text with the detail (an HTTP status, what the site said), or with what
  // failed before it (the story's tag page).
  box.append(h('p', {}, error.message?.includes(reason) ? error.message : reason));
  if (error.message && !error.message.includes(reason) && !reason.includes(error.message)) box.append(h('p', { class: 'ink-stat' }, error.message));
  const retry = h('button', { class: 'ink-btn', type: 'button' }, 'Retry');
  retry.setAttribute('aria-label', `Retry this part (${reason})`);
  retry.addEventListener('click', async (e) => {
    // aria-disabled, not disabled: a disabled button drops the keyboard focus to the page behind.
    if (!actions.mayRetry(e) || retry.getAttribute('aria-disabled') === 'true') return;
    retry.setAttribute('aria-disabled', 'true');
    retry.textContent = 'Retrying…';
    try {
      await actions.retry();
    } finally {
      // Failing again for the same reason, the box is not rebuilt: the button comes back (it
      // stayed 'Retrying…' and disabled for good, as if the reader were still at it).
      if (retry.isConnected) {
        retry.removeAttribute('aria-disabled');
        retry.textContent = 'Retry';
      }
    }
  });
  // A part the policy refused is refused again: the user may open it on the site instead.
  if (error.reason !== 'not-allowed') box.append(retry);
  const postUrl = safeLinkUrl(error.url);
  if (postUrl && OPEN_THE_POST.includes(error.reason)) {
    const open = h('button', { class: 'ink-btn', type: 'button' }, 'Open the post');
    open.addEventListener('click', () => actions.openPost(postUrl));
    box.append(' ', open);
  }
  // A Wayback copy's part the archive never captured, which the live journal did not show either: it was asked without
  // the reader's login (utils/wayback-fallback.ts: an archived page never steers a request that carries it), so the
  // post may be locked there; the user may open it with their own.
  const live = error.reason === 'not-found' ? safeLinkUrl(unwrapWayback(error.url)?.original ?? '') : null;
  if (live) {
    box.append(h('p', { class: 'ink-stat' }, 'The Wayback Machine holds no copy of this part, and the journal does not show it to visitors: it may be locked, or gone.'));
    const open = h('button', { class: 'ink-btn', type: 'button' }, 'Open the live post');
    open.addEventListener('click', () => actions.openPost(live));
    box.append(open);
  }
  return box;
}
