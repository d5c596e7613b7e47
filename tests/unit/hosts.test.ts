/** The journal pages the detector runs on (utils/hosts.ts). */
import { describe, expect, it } from 'vitest';
import { isJournalPageUrl } from '../../utils/hosts';

describe('isJournalPageUrl', () => {
  it('is true on the journals and Wayback copies only', () => {
    expect(isJournalPageUrl('https://emeraldmeteor.livejournal.com/56789.html')).toBe(true);
    expect(isJournalPageUrl('http://kobol-lights.livejournal.com/14211.html')).toBe(true);
    expect(isJournalPageUrl('https://www.dreamwidth.org/')).toBe(true);
    expect(isJournalPageUrl('https://scribbld.com/x')).toBe(true);
    expect(isJournalPageUrl('https://web.archive.org/web/2009/http://x.livejournal.com/1.html')).toBe(true);
    expect(isJournalPageUrl('https://web.archive.org/about')).toBe(false);
    expect(isJournalPageUrl('https://notlivejournal.com/')).toBe(false);
    expect(isJournalPageUrl('https://livejournal.com.evil.net/')).toBe(false);
    expect(isJournalPageUrl('chrome://extensions/')).toBe(false);
    expect(isJournalPageUrl(undefined)).toBe(false);
  });
});
