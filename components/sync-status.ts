/**
 * The settings page's line about sync: "synced: 1,243 of 1,600 stories (sync space full: oldest
 * finished stories are kept on this device only)", or why nothing is synced (every story is
 * still kept in this browser either way). Read from what the background last reported.
 */

import type { SyncStatus } from '../utils/sync/service';
import { h } from './reader/dom';

const n = (x: number) => x.toLocaleString('en-US');

export function syncStatusText(s: SyncStatus | null | undefined): string {
  if (!s || typeof s !== 'object') return 'Not synced yet.';
  if (s.error) return `Not synced: ${s.error}. Your library is kept in this browser.`;
  const stories = s.total === 1 ? 'story' : 'stories';
  if (s.synced < s.total) return `synced: ${n(s.synced)} of ${n(s.total)} ${stories} (sync space full: oldest finished stories are kept on this device only)`;
  return `synced: ${n(s.synced)} of ${n(s.total)} ${stories}`;
}

export interface SyncStatusDeps {
  get(): Promise<SyncStatus | null>;
  /** Calls back with each new status; returns an unwatch function. */
  watch?(cb: (s: SyncStatus | null) => void): () => void;
  /** The operating system (runtime.getPlatformInfo's `os`): 'android' gets the note below. */
  platform?(): Promise<string>;
}

/**
 * Firefox for Android has storage.sync but does not send it to the account (Firefox bug 1625257, MDN's
 * storage.sync page): what is "synced" there stays on the phone. Said, so no one waits for it.
 */
export const ANDROID_SYNC_NOTE = 'Firefox for Android does not sync add-on data with your account yet (Firefox bug 1625257): on this phone your stories and places are kept on the phone only.';

export function mountSyncStatus(parent: HTMLElement, deps: SyncStatusDeps): { ready: Promise<void>; element: HTMLElement; destroy(): void } {
  const line = h('p', { class: 'opt-sync-status', role: 'status' }, 'Not synced yet.');
  const element = h(
    'section',
    { class: 'opt-sync', 'aria-labelledby': 'opt-sync-title' },
    h('h2', { id: 'opt-sync-title' }, 'Sync'),
    h(
      'p',
      {},
      'Your stories, places and settings follow you to your other browsers signed in to the same account (Chrome Sync, Firefox Sync). The text is not synced: another device fetches it when you open the story.',
    ),
    line,
  );
  parent.append(element);
  const show = (s: SyncStatus | null): void => {
    line.textContent = syncStatusText(s);
  };
  deps.platform?.().then(
    (os) => os === 'android' && line.after(h('p', { class: 'opt-sync-note' }, ANDROID_SYNC_NOTE)),
    () => undefined,
  );
  const unwatch = deps.watch?.(show);
  const ready = deps.get().then(show, () => show(null));
  return { ready, element, destroy: () => unwatch?.() };
}
