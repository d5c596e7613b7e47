/**
 * An entry story whose author posted its remaining parts as comments on the entry (issue 12): they are
 * parts of the entry's story (utils/extract/comments.ts authorContinuations, utils/stitch/continuations.ts),
 * after the entry, in order; a reader's comment, an anonymous one or another poster's "part 3" is none; a
 * collapsed one is read from its own thread page, and nothing else is asked for.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../harness/fixture-cases';
import { authorContinuations } from '../../utils/extract/comments';
import { locateStories } from '../../utils/extract/index';
import { isCommentPageUrl } from '../../utils/fetch-url';
import { buildStoryRecords } from '../../utils/reader-records';
import { type FetchResult, stitchStory } from '../../utils/stitch';
import { continuationsOf, readCollapsed, withContinuations } from '../../utils/stitch/continuations';
import { canonicalEntryKey, storyKeyOf } from '../../utils/url';

const ENTRY = 'https://copperkettle.dreamwidth.org/23817.html';
const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;

/** A comment as Dreamwidth's core2 prints it (tests/fixtures/memes/make.ts has the whole shape and its sources). */
function comment(id: number, depth: number, poster: string | null, subject: string, paragraphs: string[], opts: { parent?: number; collapsed?: boolean } = {}): string {
  const link = `${ENTRY}?thread=${id}#cmt${id}`;
  const who = poster
    ? `<span lj:user='${poster}' style='white-space: nowrap;' class='ljuser'><a href='https://${poster.replace(/_/g, '-')}.dreamwidth.org/'><b>${poster}</b></a></span>`
    : '<span class="anonymous">(Anonymous)</span>';
  const parent = opts.parent ? `<li class="link commentparent"><a href="${ENTRY}?thread=${opts.parent}#cmt${opts.parent}">Parent</a></li>` : '';
  const inner = opts.collapsed
    ? `<h4 class="comment-title"><a href="${link}">${subject}</a></h4><span class="poster comment-poster"><span class="comment-from-text">From:</span> ${who}</span> - <a href="${link}">Expand</a>`
    : `<div class="header"><div class="inner"><h4 class="comment-title">${subject}</h4></div></div><div class="contents"><div class="inner"><span class="poster comment-poster"><span class="comment-from-text">From:</span> ${who}</span><div class="comment-content">${paragraphs.join('<br /><br />')}</div></div></div><div class="footer"><div class="inner"><ul class="comment-interaction-links text-links"><li class="link commentpermalink"><a href="${link}">Link</a></li>${parent}<li class="link thread"><a href="${link}">Thread</a></li></ul></div></div>`;
  return `<div data-comment-depth='${depth}' class='comment-thread comment-depth-${depth}'><div id='cmt${id}' class='dwexpcomment'><div class="comment-wrapper visible poster-${poster ?? 'anonymous'} ${opts.collapsed ? 'partial' : 'full'} has-subject"><div class="comment" id="comment-cmt${id}"><div class="inner">${inner}</div></div></div></div>`;
}

const PART2 = [
  'Spock found the shell on the third morning, half buried where the tide had left it.',
  'He did not pick it up. He crouched beside it for a long time, and Jim, who had meant to walk on, found that he had sat down in the wet sand without deciding to.',
];
const PART3 = ['By evening the shell was on the windowsill of the rented cottage, and neither of them mentioned how it had got there.'];
const PART4 = ['On the last day they left it where they had found it, because that seemed fair to the beach.'];

/** The entry's page with its author's continuations, a reader's look-alikes, and the original comments. */
function entryPage(): string {
  const html = readFileSync(join(FIXTURES, 'pages/dw/copperkettle-23817.html'), 'utf8');
  const ours =
    comment(4000001, 1, 'copperkettle', 'Shore Leave, Sort Of (part 2)', PART2) +
    comment(4000002, 2, 'copperkettle', '(continued)', PART3, { parent: 4000001 }) +
    '</div></div>' +
    comment(4000003, 1, 'greensleeves_42', 'Shore Leave, Sort Of (part 3)', ['Not the author: a reader who wants a part 3 very much.']) +
    '</div>' +
    comment(4000004, 1, null, 'Shore Leave, Sort Of (part 5)', ['An anonymous "part 5" that nobody asked for.']) +
    '</div>' +
    comment(4000005, 1, 'copperkettle', 'Shore Leave, Sort Of (part 4, end)', [], { collapsed: true }) +
    '</div>';
  const at = html.indexOf('Top-Level Comments Only</a></span></div>') + 'Top-Level Comments Only</a></span></div>'.length;
  return html.slice(0, at) + ours + html.slice(at);
}

/** The collapsed part's thread page: the same entry page, that comment in full. */
const threadPage = () =>
  entryPage().replace(
    comment(4000005, 1, 'copperkettle', 'Shore Leave, Sort Of (part 4, end)', [], { collapsed: true }),
    comment(4000005, 1, 'copperkettle', 'Shore Leave, Sort Of (part 4, end)', PART4),
  );

describe('an author’s parts posted as comments on their own entry', () => {
  const doc = parse(entryPage(), ENTRY);
  const entry = locateStories(doc, ENTRY).extraction.stories[0];

  it('are found: the author’s own, in order, not a reader’s, an anonymous one or the author’s reply to a reader', () => {
    expect(entry.url).toBe(ENTRY);
    const found = authorContinuations(doc, ENTRY, entry);
    expect(found.map((p) => [p.id, p.index, !!p.post])).toEqual([
      ['4000001', 2, true],
      ['4000002', 3, true],
      ['4000005', 4, false],
    ]);
    expect(found[0].post!.bodyText).toBe(PART2.join('\n\n'));
    expect(found[0].url).toBe(`${ENTRY}?thread=4000001#cmt4000001`);
    // Only on the entry's own page (an index page shows no comments of its).
    expect(authorContinuations(doc, ENTRY, { ...entry, url: 'https://copperkettle.dreamwidth.org/99.html' })).toEqual([]);
  });

  it('stitch after the entry as parts of its story; the collapsed one from its thread page, nothing else asked for', async () => {
    const asked: string[] = [];
    const fetchPage = async (url: string): Promise<FetchResult> => {
      asked.push(url);
      return url === `${ENTRY}?thread=4000005` ? { ok: true, url, status: 200, html: threadPage() } : { ok: false, url, reason: 'not-found', status: 404, message: 'The page was not found (404).' };
    };
    const start = { url: ENTRY, post: entry, doc };
    const more = continuationsOf(start);
    const entryOnly = await stitchStory(start, { fetchPage, parse });
    expect(entryOnly.order).toEqual([canonicalEntryKey(ENTRY)]);
    expect(withContinuations(entryOnly, more).order).toEqual([canonicalEntryKey(ENTRY), storyKeyOf(`${ENTRY}?thread=4000001`), storyKeyOf(`${ENTRY}?thread=4000002`)]);
    await readCollapsed(more, { fetchPage, parse });
    const state = withContinuations(entryOnly, more);
    expect(state.order.slice(1)).toEqual(['4000001', '4000002', '4000005'].map((id) => storyKeyOf(`${ENTRY}?thread=${id}`)));
    expect(state.parts.get(storyKeyOf(`${ENTRY}?thread=4000005`))!.post.bodyText).toBe(PART4[0]);
    expect(asked).toEqual([`${ENTRY}?thread=4000005`]);
    expect(asked.every(isCommentPageUrl)).toBe(true);
    // Saved as the entry's story (its key unchanged), four parts.
    const { story, parts } = buildStoryRecords(state, entry, { id: null, firstOpened: 1 });
    expect(story.id).toBe(canonicalEntryKey(ENTRY));
    expect(parts.map((p) => p.index)).toEqual([entry.part?.index ?? null, 2, 3, 4]);
    // A saved copy that has them already: each once, after the entry.
    expect(withContinuations(state, more).order).toEqual(state.order);
  });

  it('a collapsed part whose thread page fails says so in its place', async () => {
    const more = continuationsOf({ url: ENTRY, post: entry, doc });
    await readCollapsed(more, { fetchPage: async (url) => ({ ok: false, url, reason: 'server-error', status: 503, message: 'The site had an error (503).' }), parse });
    const state = withContinuations({ order: [canonicalEntryKey(ENTRY)], parts: new Map(), errors: new Map(), masterpost: null, done: true }, more);
    expect(state.errors.get(storyKeyOf(`${ENTRY}?thread=4000005`))).toMatchObject({
      reason: 'server-error',
      message: 'Part 4 could not be fetched from its comment page: The site had an error (503).',
    });
  });
});
