/**
 * What the reader is told when a part fails (utils/stitch/failures.ts): a message for every reason,
 * the site's status where it says something, the fetcher's detail once; the reason for an error status.
 */
import { describe, expect, it } from 'vitest';
import { failureMessage, MESSAGES, statusReason } from '../../utils/stitch/failures';
import type { FailureReason } from '../../utils/stitch/types';

describe('failureMessage', () => {
  it('every reason has a sentence of its own', () => {
    const reasons = Object.keys(MESSAGES) as FailureReason[];
    expect(reasons.length).toBe(13);
    expect(new Set(reasons.map((r) => failureMessage(r))).size).toBe(reasons.length);
    for (const r of reasons) expect(failureMessage(r)).toMatch(/[.)]$/);
  });

  it('the status where it is an error, the detail once, ending a sentence', () => {
    expect(failureMessage('server-error', 503)).toBe(`${MESSAGES['server-error']} (HTTP 503)`);
    expect(failureMessage('not-found', 404)).toBe(`${MESSAGES['not-found']} (HTTP 404)`);
    expect(failureMessage('not-story', 404)).toBe(MESSAGES['not-story']);
    expect(failureMessage('locked', 200)).toBe(MESSAGES.locked);
    expect(failureMessage('network', undefined, 'Connection reset')).toBe(`${MESSAGES.network} Connection reset.`);
    expect(failureMessage('timeout', undefined, 'No answer within 20 s.')).toBe(`${MESSAGES.timeout} No answer within 20 s.`);
    expect(failureMessage('not-allowed', undefined, 'https://x.livejournal.com/1.html')).toBe(`${MESSAGES['not-allowed']} https://x.livejournal.com/1.html.`);
  });
});

describe('statusReason', () => {
  it('401 and 403 locked, 5xx a server error, the rest not found', () => {
    expect(statusReason(401)).toBe('locked');
    expect(statusReason(403)).toBe('locked');
    expect(statusReason(500)).toBe('server-error');
    expect(statusReason(404)).toBe('not-found');
    expect(statusReason(410)).toBe('not-found');
  });
});
