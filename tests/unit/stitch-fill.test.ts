/**
 * Stitching a fill (utils/stitch/fill.ts) over the kink-meme fixtures: parts on other comment
 * pages, collapsed parts read from their ?thread= pages, out-of-order parts, failures, bounds.
 */

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadPages, pageHtml, readBody, tokenF1 } from '../../harness/fixture-cases';
import { isCommentPageUrl } from '../../utils/fetch-url';
import type { FetchResult } from '../../utils/stitch';
import { type FillProgress, stitchFill } from '../../utils/stitch/fill';

const DW = 'https://stillwater-kink.dreamwidth.org/2210.html';
const LJ = 'https://hollowcrown-kink.livejournal.com/15872.html';
const parse = (html: string, url: string) => new JSDOM(html, { url }).window.document;
const pages = loadPages();

/** The fixture pages by their exact URL; a record of what was asked and how many at once. */
function web(fault: (url: string) => FetchResult | null = () => null) {
  const asked: string[] = [];
  let inFlight = 0;
  let most = 0;
  const fetchPage = async (url: string): Promise<FetchResult> => {
    asked.push(url);
    inFlight++;
    most = Math.max(most, inFlight);
    await new Promise((r) => setTimeout(r, 2));
    inFlight--;
    const f = fault(url);
    if (f) return f;
    const file = pages[url];
    return file ? { ok: true, url, status: 200, html: pageHtml(pages, url) } : { ok: false, url, reason: 'not-found', status: 404, message: 'The page was not found (404).' };
  };
  return { asked, fetchPage, most: () => most };
}

function open(url: string) {
  return parse(pageHtml(pages, url), url);
}

const ids = (r: { parts: { id: string }[] }) => r.parts.map((p) => p.id);

describe('stitchFill', () => {
  it('a six-part fill over three comment pages, part 4b collapsed: every part in order, from comment pages of its entry only', async () => {
    const w = web();
    const progress: FillProgress[] = [];
    const first: string[] = [];
    const r = await stitchFill(open(DW), DW, `${DW}?thread=77137#cmt77137`, { fetchPage: w.fetchPage, parse, onProgress: (p) => progress.push(p), onPart: (p) => first.push(p.id) });
    expect(ids(r)).toEqual(['77137', '78417', '91985', '92241', '92497', '103761', '104273']);
    expect(r.parts.map((p) => `${p.index}${p.piece}`)).toEqual(['1', '2', '3', '4a', '4b', '5', '6']);
    expect(r.parts.every((p) => p.post && !p.error)).toBe(true);
    expect(r).toMatchObject({ title: 'The Long Way Round', author: 'Anonymous', total: 6, complete: true });
    expect(r.prompt).toMatch(/^Something goes wrong on a routine supply run/);
    // The bodies are the parts' own words (no "Continued from" line, no chatter).
    expect(tokenF1(r.parts[0].post!.bodyText, readBody('bodies/meme-dw-longwayround-1.txt'))).toBeGreaterThan(0.97);
    expect(tokenF1(r.parts[2].post!.bodyText, readBody('bodies/meme-dw-longwayround-3.txt'))).toBeGreaterThan(0.97);
    expect(tokenF1(r.parts[5].post!.bodyText, readBody('bodies/meme-dw-longwayround-5.txt'))).toBeGreaterThan(0.97);
    expect(r.parts[4].post!.bodyText).toMatch(/^"I do not," said Tess/);
    // The first part before anything was fetched; progress as the search goes.
    expect(first[0]).toBe('77137');
    expect(progress[0]).toMatchObject({ found: 2, total: 6, done: false, message: 'part 2 of 6 found, still looking' });
    expect(progress.at(-1)).toMatchObject({ found: 6, done: true, message: '6 of 6 parts found' });
    // Pages 2 and 3, and the thread page of the collapsed part: nothing else, never twice.
    expect([...w.asked].sort()).toEqual([`${DW}?page=2`, `${DW}?page=3`, `${DW}?thread=92497`].sort());
    expect(w.asked.every(isCommentPageUrl)).toBe(true);
    expect(r.notes).toEqual([]);
  });

  it('part 3 posted before part 2, and part 2 collapsed under the prompt: read in order', async () => {
    const w = web();
    const r = await stitchFill(open(DW), DW, `${DW}?thread=84049#cmt84049`, { fetchPage: w.fetchPage, parse });
    expect(ids(r)).toEqual(['84049', '86865', '84305']);
    expect(tokenF1(r.parts[1].post!.bodyText, readBody('bodies/meme-dw-lanternhours-2.txt'))).toBeGreaterThan(0.97);
    expect(r).toMatchObject({ total: 3, complete: true });
  });

  it("a WIP and a named poster's fill: their own parts, no other poster's", async () => {
    const wip = await stitchFill(open(DW), DW, `${DW}?thread=79697#cmt79697`, { fetchPage: web().fetchPage, parse });
    expect(ids(wip)).toEqual(['79697', '81233']);
    expect(wip).toMatchObject({ total: null, complete: false, title: 'Salt and Iron' });
    const named = await stitchFill(open(DW), DW, `${DW}?thread=82001#cmt82001`, { fetchPage: web().fetchPage, parse });
    expect(ids(named)).toEqual(['82001', '82257', '82513']);
    expect(named).toMatchObject({ author: 'quillmoth', total: 3, complete: true });
  });

  it('started on a later comment page: the earlier parts are found on page 1', async () => {
    const w = web();
    const r = await stitchFill(open(`${DW}?page=2`), `${DW}?page=2`, `${DW}?thread=91985#cmt91985`, { fetchPage: w.fetchPage, parse });
    expect(ids(r)).toEqual(['77137', '78417', '91985', '92241', '92497', '103761', '104273']);
    expect(w.asked).toContain(`${DW}?page=1`);
  });

  it('LiveJournal: both parts collapsed on the entry page, read from the thread page', async () => {
    const w = web();
    const r = await stitchFill(open(LJ), LJ, `${LJ}?thread=2211621#t2211621`, { fetchPage: w.fetchPage, parse });
    expect(ids(r)).toEqual(['2211621', '2211877']);
    expect(r.parts.every((p) => p.post?.complete)).toBe(true);
    expect(r.parts[0].url).toBe(`${LJ}?thread=2211621#t2211621`);
    // One thread page holds both: the second part is not asked for again.
    expect(w.asked).toEqual([`${LJ}?thread=2211621`]);
  });

  it('a part whose page cannot be fetched, a part never found: each says why; the rest is read', async () => {
    const w = web((url) =>
      url.endsWith('thread=92497')
        ? { ok: false, url, reason: 'server-error', status: 503, message: 'The site had an error (503).' }
        : url.endsWith('page=3')
          ? { ok: false, url, reason: 'not-found', status: 404, message: 'The page was not found (404).' }
          : null,
    );
    const r = await stitchFill(open(DW), DW, `${DW}?thread=77137#cmt77137`, { fetchPage: w.fetchPage, parse });
    const byIndex = (i: string) => r.parts.find((p) => `${p.index}${p.piece}` === i)!;
    expect(byIndex('4b').error).toMatchObject({ reason: 'server-error', message: 'Part 4b could not be fetched: The site had an error (503).' });
    expect(byIndex('5').error).toMatchObject({ reason: 'missing' });
    expect(byIndex('5').error!.message).toMatch(/^Part 5 was not found on the entry's 3 comment pages\./);
    expect(byIndex('3').post).not.toBeNull();
    expect(r.notes).toContain('Comment page 3 could not be fetched: The page was not found (404).');
    expect(r.complete).toBe(false);
  });

  it('a collapsed part deleted or screened since: a clear message', async () => {
    const screened = (html: string) =>
      html
        .replace(/<div class="comment-wrapper[^"]*poster-anonymous full([^"]*)">/, '<div class="comment-wrapper comment-wrapper-odd screened poster-hidden partial no-userpic has-subject">')
        .replace(/<div class="comment-content">[\s\S]*?<\/div><\/div>/, '(screened comment)</div>');
    const w = web((url) => (url.endsWith('thread=86865') ? { ok: true, url, status: 200, html: screened(pageHtml(pages, url)) } : null));
    const r = await stitchFill(open(DW), DW, `${DW}?thread=84049#cmt84049`, { fetchPage: w.fetchPage, parse });
    expect(r.parts[1]).toMatchObject({ id: '86865', post: null, error: { reason: 'screened', message: "Part 2 is screened: only the community's maintainers can read it." } });
  });

  it('bounded: 40 comment pages, 4 at a time, 5,000 comments, 60 parts', async () => {
    // A page 1 whose pager names 100 pages; every page answers with a small thread page.
    const many = pageHtml(pages, DW).replace(
      "<div id='comments'>",
      `<div id='comments'><div class="comment-pages">${Array.from({ length: 100 }, (_, i) => `<a href="${DW}?page=${i + 1}#comments">[${i + 1}]</a>`).join(' ')}</div>`,
    );
    const small = (url: string): FetchResult | null => (url.includes('?page=') ? { ok: true, url, status: 200, html: pageHtml(pages, `${DW}?thread=92241`) } : null);
    const w = web(small);
    const r = await stitchFill(parse(many, DW), DW, `${DW}?thread=77137#cmt77137`, { fetchPage: w.fetchPage, parse });
    expect(w.asked.length).toBe(40);
    expect(w.most()).toBe(4);
    expect(r.notes).toContain('Stopped looking after 40 comment pages.');
    // Comments: the search stops once 5,000 (here 20) are read, whatever pages are left.
    const few = await stitchFill(parse(many, DW), DW, `${DW}?thread=77137#cmt77137`, { fetchPage: web(small).fetchPage, parse, maxComments: 220 });
    expect(few.notes).toContain('Stopped looking after 220 comments.');
    expect(few.pagesRead).toBeLessThan(40);
    // Parts: at most 60 (here 3), then a note.
    const capped = await stitchFill(open(DW), DW, `${DW}?thread=77137#cmt77137`, { fetchPage: web().fetchPage, parse, maxParts: 3 });
    expect(ids(capped)).toEqual(['77137', '78417', '91985']);
    expect(capped.notes).toContain('This fill has more than 3 parts: the first 3 found are shown.');
  });

  it('a story that is no fill on the page: a message, no fetch', async () => {
    const w = web();
    const r = await stitchFill(open(DW), DW, `${DW}?thread=76881#cmt76881`, { fetchPage: w.fetchPage, parse });
    expect(r.parts).toEqual([]);
    expect(r.notes).toEqual(['The fill is not on this page.']);
    expect(w.asked).toEqual([]);
  });
});

describe('a story in its writer’s own comments', () => {
  it('the two comments its entry’s poster posted it in, in order, from the first one’s permalink', async () => {
    const url = 'https://tarn-and-tally.dreamwidth.org/3090.html';
    const w = web();
    const r = await stitchFill(open(url), url, `${url}?thread=14447#cmt14447`, { fetchPage: w.fetchPage, parse });
    expect(ids(r)).toEqual(['14447', '15804']);
    expect(r.parts.map((p) => p.index)).toEqual([1, 2]);
    expect(r.parts.every((p) => p.post && !p.error)).toBe(true);
    expect(r.author).toBe('tarn_and_tally');
  });
});
