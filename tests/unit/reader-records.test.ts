// @vitest-environment jsdom
/**
 * What a read story is saved as: a part's HTML is stored cleaned by DOMPurify (the reader's, the
 * reader page's and the library's saves pass `cleanForStorage`), once per part however often the
 * story is saved while its parts arrive.
 */
import { describe, expect, it } from 'vitest';
import type { StoryPost } from '../../utils/extract/types';
import { buildStoryRecords } from '../../utils/reader-records';
import { cleanForStorage } from '../../utils/sanitize';
import type { StitchState } from '../../utils/stitch';

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
