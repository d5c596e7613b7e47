// @vitest-environment jsdom
/**
 * What a read story is saved as: a part's HTML is stored cleaned by DOMPurify (the reader's, the
 * reader page's and the library's saves pass `cleanForStorage`), once per part however often the
 * story is saved while its parts arrive.
 */
import { describe, expect, it } from 'vitest';
import type { StoryPost } from '../../utils/extract/types';
import { buildStoryRecords, openableCopy, opensFromSaved } from '../../utils/reader-records';
import { cleanForStorage } from '../../utils/sanitize';
import type { StitchState } from '../../utils/stitch';
import { storyFromSync } from '../../utils/sync/records';

const url = (n: number) => `https://lamp-keeper.dreamwidth.org/${n}.html`;

function post(n: number, bodyHtml: string): StoryPost {
  return {
    url: url(n),
    author: 'lamp_keeper',
    journal: 'lamp_keeper',
    subject: `Fic: Low Water, part ${n}/2`,
    fields: { title: 'Low Water' },
    rawFields: [],
    headerNotes: [],
    rating: null,
    part: { index: n, total: 2 },
    complete: true,
    bodyText: 'The tide went out and did not hurry back.',
    bodyHtml,
    partLinks: [],
  };
}

const HOSTILE =
  '<p onclick="steal()">The tide went out <img src="https://lamp-keeper.dreamwidth.org/gull.png" onerror="steal()" alt="a gull"> and did not hurry back.</p>' +
  '<script>steal()</script><a href="javascript:steal()">more</a><a href="/ledger.html">the ledger</a><iframe src="https://evil.example/"></iframe>';

function state(posts: StoryPost[]): StitchState {
  const parts = new Map(posts.map((p) => [`k${p.part!.index}`, { key: `k${p.part!.index}`, url: p.url, index: p.part!.index, title: `Part ${p.part!.index}`, post: p }]));
  return { order: [...parts.keys()], parts, errors: new Map(), masterpost: null, done: true };
}

describe('a saved part’s HTML', () => {
  it('is stored as DOMPurify cleaned it: no handler, script, frame or script link; images and relative links kept, resolved', () => {
    const posts = [post(1, HOSTILE), post(2, '<p>Part two, <b>plainly</b>.</p>')];
    const { parts } = buildStoryRecords(state(posts), posts[0], { id: null, firstOpened: 1, clean: cleanForStorage });
    const html = parts[0].bodyHtml;
    expect(html).not.toMatch(/onclick|onerror|<script|<iframe|javascript:/i);
    expect(html).toContain('The tide went out');
    expect(html).toContain('https://lamp-keeper.dreamwidth.org/gull.png');
    expect(html).toContain('https://lamp-keeper.dreamwidth.org/ledger.html');
    // The post's own copy is the cleaned one (db.ts stores it once), not the page's markup.
    expect(parts[0].post.bodyHtml).toBe(html);
    expect(parts[1].bodyHtml).toBe('<p>Part two, <b>plainly</b>.</p>');
  });

  it('is cleaned once per part, not at every save of a story whose parts are still arriving', () => {
    const posts = [post(1, HOSTILE), post(2, '<p>Part two.</p>')];
    let calls = 0;
    const clean = (html: string, base: string) => {
      calls++;
      return cleanForStorage(html, base);
    };
    const s = state(posts);
    buildStoryRecords(s, posts[0], { id: null, firstOpened: 1, clean });
    buildStoryRecords(s, posts[0], { id: 'x', firstOpened: 1, clean });
    expect(calls).toBe(2);
  });

  it('without a cleaner (plain-data tests, the bench) is the markup as extracted', () => {
    const posts = [post(1, HOSTILE)];
    const { parts } = buildStoryRecords(state(posts), posts[0], { id: null, firstOpened: 1 });
    expect(parts[0].bodyHtml).toBe(HOSTILE);
    expect(parts[0].post).toBe(posts[0]);
  });
});

describe('the saved copy the reader opens from', () => {
  const posts = () => [post(1, '<p>The tide went out.</p>'), post(2, '<p>It came back.</p>')];
  const saved = () => buildStoryRecords(state(posts()), posts()[0], { id: null, firstOpened: 1, clean: cleanForStorage });

  it('is the saved parts when their text is kept: opened with no request', () => {
    const { story, parts } = saved();
    expect(opensFromSaved(story, parts)).toBe(true);
    const copy = openableCopy(story, parts);
    expect(copy?.state.order).toEqual(story.partKeys);
    expect(copy?.state.pending).toBeUndefined();
  });

  it('keeps the parts with text and fetches the one whose text was dropped', () => {
    const { story, parts } = saved();
    const dropped = parts.map((p, i) => (i === 1 ? { ...p, bodyHtml: '', bodyText: '', textDroppedAt: 5 } : p));
    const copy = openableCopy(story, dropped);
    expect(copy?.state.order).toEqual([story.partKeys[0]]);
    expect([...(copy?.state.pending?.keys() ?? [])]).toEqual([story.partKeys[1]]);
  });

  it('is none for a story known only from another device (no text): it is stitched afresh, its masterpost read', () => {
    const story = storyFromSync({
      key: 'dreamwidth.org/lamp_keeper/10',
      title: 'Low Water',
      author: 'lamp_keeper',
      journal: 'lamp_keeper',
      site: 'dreamwidth',
      masterpostUrl: url(10),
      firstUrl: url(1),
      position: { partKey: 'dreamwidth.org/lamp_keeper/2', part: 1, paragraph: 4, offset: 0, percent: 60, at: 100 },
      read: false,
      readAt: 0,
      lastRead: 100,
    });
    // As a copy it would hold the first part only, pending, and nothing would ask the masterpost for the rest.
    expect(story.partKeys).toEqual(['dreamwidth.org/lamp_keeper/1']);
    expect(opensFromSaved(story, [])).toBe(false);
    expect(openableCopy(story, [])).toBeNull();
  });

  it('is none when the parts holding text are not the story’s listed parts: the background then fetches ahead too', () => {
    const { story, parts } = saved();
    // Text kept under keys the story no longer lists (its part list rewritten), and a story with no part list.
    const moved = { ...story, partKeys: ['k9'], partUrls: [url(9)] };
    expect(openableCopy(moved, parts)).toBeNull();
    expect(opensFromSaved(moved, parts)).toBe(false);
    const unlisted = { ...story, partKeys: [], partUrls: [] };
    expect(openableCopy(unlisted, parts)).toBeNull();
    expect(opensFromSaved(unlisted, parts)).toBe(false);
  });

  it('is none when every part’s text was dropped', () => {
    const { story, parts } = saved();
    const dropped = parts.map((p) => ({ ...p, bodyHtml: '', bodyText: '', textDroppedAt: 5 }));
    expect(opensFromSaved(story, dropped)).toBe(false);
    expect(openableCopy(story, dropped)).toBeNull();
  });
});
