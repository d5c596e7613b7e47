// LiveJournal's mobile entry pages (m.livejournal.com/read/user/NAME/N) are the same entries as the desktop
// pages: one canonical key (a story started on the laptop continues on the phone), and fetched as the desktop page.
import { describe, expect, it } from 'vitest';
import { canonicalEntryKey, canonicalEntryUrl, entryAddress } from '../../utils/url';
import { fetchUrlOf } from '../../utils/fetch-url';

describe("LiveJournal's mobile pages", () => {
  it('map to the desktop entry', () => {
    for (const [mobile, desktop] of [
      ['https://m.livejournal.com/read/user/quiet_harbour/1201', 'https://quiet-harbour.livejournal.com/1201.html'],
      ['https://m.livejournal.com/read/user/quiet-harbour/1201/', 'http://quiet-harbour.livejournal.com/1201.html?format=light'],
      ['https://m.livejournal.com/read/user/Fic_Exchange/77#comments', 'https://community.livejournal.com/fic_exchange/77.html'],
    ] as const) {
      expect(canonicalEntryKey(mobile)).toBe(canonicalEntryKey(desktop));
    }
    expect(canonicalEntryUrl('https://m.livejournal.com/read/user/quiet_harbour/1201')).toBe('https://quiet-harbour.livejournal.com/1201.html');
    expect(fetchUrlOf('https://m.livejournal.com/read/user/quiet_harbour/1201?page=2')).toBe('https://quiet-harbour.livejournal.com/1201.html');
  });

  it('a journal page and what is no entry stay so', () => {
    expect(entryAddress('https://m.livejournal.com/read/user/quiet_harbour')).toEqual({ domain: 'livejournal.com', journal: 'quiet_harbour', itemId: null });
    expect(entryAddress('https://m.livejournal.com/read/user/quiet_harbour/1201/comments/55')?.itemId ?? null).toBeNull();
    expect(canonicalEntryKey('https://m.livejournal.com/friends')).toBe('m.livejournal.com/friends');
  });
});
