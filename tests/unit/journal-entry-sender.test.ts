/**
 * Who may have the detector's second stage (the comment walk) injected: the background asks
 * isJournalEntrySender of the browser's record of the sending frame. Only a tab's frame at a journal
 * entry page (or its Wayback copy) qualifies; a journal's other pages, another site (a frame a page
 * embeds), an extension page and a sender without a tab do not.
 */
import { describe, expect, it } from 'vitest';
import { isJournalEntrySender, isJournalPageSender } from '../../utils/senders';

const tab = { id: 7 };

describe('isJournalEntrySender', () => {
  it('admits a tab’s journal entry page, on each kind of address and in a Wayback copy', () => {
    for (const url of [
      'https://someone.dreamwidth.org/1234.html',
      'https://someone.dreamwidth.org/1234.html?thread=5678#cmt5678',
      'https://someone.livejournal.com/4242.html?page=2',
      'https://community.livejournal.com/kink_meme/123.html',
      'https://web.archive.org/web/2010/http://someone.insanejournal.com/99.html',
    ])
      expect(isJournalEntrySender({ tab, url }), url).toBe(true);
  });

  it('refuses a journal page that is no entry, another site, an extension page, a lookalike host, and no tab', () => {
    for (const url of [
      'https://someone.dreamwidth.org/',
      'https://someone.dreamwidth.org/tag/fic',
      'https://example.com/1234.html',
      'https://dreamwidth.org.example.com/someone/1234.html',
      'https://web.archive.org/web/2010/http://example.com/1234.html',
      'chrome-extension://abcdefghijklmnop/reader-frame.html',
      'moz-extension://0000-1111/reader.html?story=x',
      'about:blank',
    ])
      expect(isJournalEntrySender({ tab, url }), url).toBe(false);
    expect(isJournalEntrySender({ url: 'https://someone.dreamwidth.org/1234.html' })).toBe(false);
    expect(isJournalEntrySender({ tab })).toBe(false);
  });
});

describe('isJournalPageSender (where the reader may be injected)', () => {
  it('admits any page of a journal in a tab (entries, recent entries, tags, Wayback copies), nothing else', () => {
    for (const url of [
      'https://someone.dreamwidth.org/',
      'https://someone.dreamwidth.org/tag/fic',
      'https://someone.livejournal.com/4242.html',
      'https://web.archive.org/web/2010/http://someone.insanejournal.com/',
    ])
      expect(isJournalPageSender({ tab, url }), url).toBe(true);
    for (const url of [
      'https://example.com/1234.html',
      'https://dreamwidth.org.example.com/someone/',
      'https://web.archive.org/web/2010/http://example.com/',
      'chrome-extension://abcdefghijklmnop/library.html',
      'about:blank',
    ])
      expect(isJournalPageSender({ tab, url }), url).toBe(false);
    expect(isJournalPageSender({ url: 'https://someone.dreamwidth.org/' })).toBe(false);
  });
});
