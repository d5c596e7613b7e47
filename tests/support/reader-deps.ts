/** The reader's dependencies as the unit tests fake them: nothing fetched, everything recorded. */
import { vi } from 'vitest';
import type { ReaderDeps } from '../../components/reader/reader';
import type { StoryPost } from '../../utils/extract/types';
import { DEFAULT_SETTINGS } from '../../utils/settings';

export function fakeReaderDeps(over: Partial<ReaderDeps> = {}): ReaderDeps {
  return {
    stitch: vi.fn(async () => ({ order: [], parts: new Map(), errors: new Map(), masterpost: null, done: false })),
    retry: vi.fn(async (s) => s),
    cached: null,
    savePlace: vi.fn(),
    saveStory: vi.fn(async () => undefined),
    settings: DEFAULT_SETTINGS,
    saveSettings: vi.fn(),
    openPost: vi.fn(),
    // jsdom's click() is untrusted: stand in for the user's own click.
    isUserAction: () => true,
    ...over,
  };
}

/** A fresh element to mount the reader in, the only thing in the document. */
export function freshHost(): HTMLElement {
  document.body.innerHTML = '';
  const host = document.createElement('div');
  document.body.append(host);
  return host;
}

/** A post with nothing in it but what the test gives. */
export function blankPost(over: Partial<StoryPost> = {}): StoryPost {
  return {
    url: 'https://writer.livejournal.com/1.html',
    author: 'writer',
    journal: 'writer',
    subject: '',
    fields: {},
    rawFields: [],
    headerNotes: [],
    rating: null,
    part: null,
    complete: true,
    bodyText: '',
    bodyHtml: '',
    partLinks: [],
    ...over,
  };
}
