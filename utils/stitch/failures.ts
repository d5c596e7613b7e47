/** What the reader is told when a part fails: one clear English message per reason. */

import { UNREADABLE_MESSAGES } from '../extract/unreadable';
import { MAX_PARTS } from './scheduler';
import type { FailureReason } from './types';

export const MESSAGES: Record<FailureReason, string> = {
  ...UNREADABLE_MESSAGES,
  'server-error': 'The journal site had an error showing this part. Try again in a little while.',
  network: 'This part could not be fetched because of a network error. Check the connection and try again.',
  timeout: 'This part timed out: the journal site took too long to answer. Try again.',
  'redirect-loop': 'The journal site kept redirecting instead of showing this part (a redirect loop).',
  'too-many-parts': `Inkwell stops at ${MAX_PARTS} parts: this part and any after it were not loaded. Retry to load this one.`,
  deferred: 'Not loaded yet: this part loads as you reach it.',
  'not-allowed':
    'Inkwell did not fetch this part: it is on a journal that neither the post you opened nor the journal it is on links to, so it was not fetched with your login. Open it on the site if you trust the link.',
  'off-site-redirect': 'The link to this part redirected away from the journal sites (or to plain http), so Inkwell did not follow it.',
};

/** A clear English message for a failure, with the site's status or the fetcher's detail. */
export function failureMessage(reason: FailureReason, status?: number, detail?: string): string {
  let msg = MESSAGES[reason];
  if (status && reason === 'server-error') msg = `${msg} (HTTP ${status})`;
  else if (status && status >= 400 && reason !== 'not-story') msg = `${msg} (HTTP ${status})`;
  const d = detail?.trim();
  if (d && !msg.includes(d)) msg = `${msg} ${/[.!?]$/.test(d) ? d : `${d}.`}`;
  return msg;
}

/**
 * What the reader is told when the story's tag page (the list of its parts a chapter linked to) could not be read:
 * the parts it lists may be missing. Shown in the tag page's place, as a failed masterpost's is.
 */
export function tagPageFailureMessage(reason: FailureReason, status?: number, detail?: string): string {
  return `The story’s tag page, which lists its parts, could not be read. ${failureMessage(reason, status, detail)}`;
}

/** The same for the writer's memories keyword page, when that was the story's list of its parts. */
export function memoriesPageFailureMessage(reason: FailureReason, status?: number, detail?: string): string {
  return `The writer’s memories page, which lists the story’s parts, could not be read. ${failureMessage(reason, status, detail)}`;
}

/** The same for the journal's day or month archive, when that was where the story's parts were. */
export function archivePageFailureMessage(reason: FailureReason, status?: number, detail?: string): string {
  return `The journal’s archive for the day or month the story was posted, which holds its parts, could not be read. ${failureMessage(reason, status, detail)}`;
}

/** The reason for a page the site answered with an error status. */
export function statusReason(status: number): FailureReason {
  if (status === 401 || status === 403) return 'locked';
  if (status >= 500) return 'server-error';
  return 'not-found';
}
