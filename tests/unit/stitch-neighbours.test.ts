/**
 * LiveJournal's mobile site in its shells (utils/extract/sites/livejournal.ts `lj-mobile`, only on the mobile host) and
 * what its subject-less "← Previous / Next →" may be trusted for (stitcher.ts `probeNeighbour`): a place to look from a
 * numbered part whose text links nothing, each neighbour kept only as a part of the same story on its side. Stitched as
 * the reader does, from the live mobile page (its document and address), over the fourteenth round's fixture pages
 * (tests/fixtures, `python3 tests/fixtures/src/det15.py`) and synthetic pages for what the probe must leave alone.
 */
import { join } from 'node:path';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadSavedPages } from '../../harness/saved-pages';
import { extractPage, locateStories } from '../../utils/extract/index';
import { type FetchResult, type StitchState, stitchStory } from '../../utils/stitch';
import { layoutNeighbours } from '../../utils/stitch/links';
import { canonicalEntryKey } from '../../utils/url';

const pages = loadSavedPages(join(__dirname, '../fixtures/pages.json'));
const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;
const partKeys = (s: StitchState) => s.order.filter((k) => s.parts.has(k));

/** The reader's start on a live page: its document at its own address, the clicked post read from it. */
function live(url: string) {
  const doc = parse(pages.html(url)!, url);
  const post = extractPage(doc, url).stories[0];
  return { url, post, doc };
}

function counting() {
  const asked: string[] = [];
  const fetchPage = (url: string, signal?: AbortSignal): Promise<FetchResult> => {
    asked.push(canonicalEntryKey(url));
    return pages.fetchPage(url, signal);
  };
  return { asked, fetchPage };
}

const SALTINGS = ['https://marram-and-tide.livejournal.com/20411.html', 'https://marram-and-tide.livejournal.com/20730.html', 'https://marram-and-tide.livejournal.com/21002.html'];
const CHALK = ['https://downland-wren.livejournal.com/7734.html', 'https://downland-wren.livejournal.com/8013.html', 'https://downland-wren.livejournal.com/8290.html'];
const BELLS = ['https://bellcote-ink.livejournal.com/41207.html', 'https://bellcote-ink.livejournal.com/41688.html'];

describe('LiveJournal’s mobile shells', () => {
  it('read the post of every shell on the mobile host, and none of them elsewhere', () => {
    const styleAt = (html: string, url: string) => locateStories(parse(html, url), url).verdicts[0]?.post.style;
    for (const [url, title] of [
      ['https://m.livejournal.com/read/user/marram_and_tide/20730', 'The Saltings'],
      ['https://m.livejournal.com/read/user/downland_wren/7734', 'Chalk Horse'],
      ['https://m.livejournal.com/read/user/bellcote_ink/41688', 'Hollow Bells'],
    ]) {
      const { doc, post } = live(url);
      expect(post?.fields.title, url).toBe(title);
      expect(styleAt(pages.html(url)!, url), url).toBe('lj-mobile');
      // The same page at a desktop address is no mobile page: its `post` / `entry` boxes are any layout's words there.
      expect(styleAt(pages.html(url)!, 'https://example-journal.livejournal.com/1.html'), url).not.toBe('lj-mobile');
      expect(layoutNeighbours(doc, url, post).length, url).toBe(2);
    }
  });
});

describe('a subject-less Previous / Next', () => {
  it('leads from a headerless mobile part to its neighbours, kept as parts only when they are the same story’s', async () => {
    for (const [start, parts, alsoAsked] of [
      ['https://m.livejournal.com/read/user/marram_and_tide/20730', SALTINGS, []],
      // Part 1: its Previous is a bread post (fetched, dropped); part 3 is found from part 2's own subject links.
      ['https://m.livejournal.com/read/user/downland_wren/7734', CHALK, ['https://downland-wren.livejournal.com/7510.html']],
      // Part 2 of 2: its Next is another story's part ("Winter Roads (3/4)"): fetched, never a part.
      ['https://m.livejournal.com/read/user/bellcote_ink/41688', BELLS, ['https://bellcote-ink.livejournal.com/41920.html']],
    ] as const) {
      const web = counting();
      const s = await stitchStory(live(start), { fetchPage: web.fetchPage, parse });
      expect(partKeys(s), start).toEqual(parts.map(canonicalEntryKey));
      expect(s.errors.size, start).toBe(0);
      expect(web.asked.sort(), start).toEqual([...parts.filter((p) => canonicalEntryKey(p) !== canonicalEntryKey(start)), ...alsoAsked].map(canonicalEntryKey).sort());
    }
  });

  it('is never evidence of a story: a trip report in parts on the mobile site has no button', () => {
    const url = 'https://m.livejournal.com/read/user/downland_wren/6120';
    expect(extractPage(parse(pages.html(url)!, url), url).stories).toEqual([]);
  });

  it('is not looked at from a part that links its story, nor from a one-shot', async () => {
    // A part with its own link to part 1: the text says where the rest is, the layout's neighbours are not fetched.
    const start = live('https://m.livejournal.com/read/user/bellcote_ink/41688');
    const linked = { ...start, post: { ...start.post, partLinks: [{ url: BELLS[0], label: '« Part 1', index: 1 }] } };
    const web = counting();
    await stitchStory(linked, { fetchPage: web.fetchPage, parse });
    expect(web.asked).toEqual([canonicalEntryKey(BELLS[0])]);
    // A one-shot (no part marker): nothing is fetched.
    const oneShot = { ...start, post: { ...start.post, part: null } };
    const web2 = counting();
    const s = await stitchStory(oneShot, { fetchPage: web2.fetchPage, parse });
    expect(web2.asked).toEqual([]);
    expect(partKeys(s)).toEqual([canonicalEntryKey(BELLS[1])]);
  });
});
