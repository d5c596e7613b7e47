/**
 * The pages the bench runs on: every fixture page (tests/fixtures/pages.json, one entry per file,
 * with its case when one names it) and a large generated recent-entries page.
 *
 * The large page is made deterministically from the fixtures at run time (nothing large is kept in
 * git): the S2 Bloggish recent page of the fixtures (lj/goban_rain-recent.html) gives the journal's
 * chrome (head, scripts, banner, sidebar); its five posts are replaced by 20 story posts, each with
 * a `<b>Label:</b> value` header made from a fixture story's ground-truth fields and prose from the
 * fixtures' expected bodies (that story's, then the following ones', until about 34 KB: journal
 * posts of long stories are that size), and 15 comments under each post (300 in all, threaded,
 * some quoting the prose). What extraction should find there is known: the 20 stories, their
 * fields and bodies.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, type FixtureCase, loadCases, loadPages, readBody } from '../../harness/fixture-cases';
import { esc, prng } from './stories';

export interface BenchPage {
  /** The case id, or the file name for a page no case names. */
  id: string;
  file: string;
  url: string;
  html: string;
  /** Bytes of HTML (UTF-8). */
  bytes: number;
  kind: string;
  case?: FixtureCase;
}

export function fixturePages(): BenchPage[] {
  const pages = loadPages();
  const cases = loadCases();
  const caseByFile = new Map<string, FixtureCase>();
  for (const c of cases) {
    const file = pages[c.url] ?? pages[c.url.split('?')[0]];
    if (file && !caseByFile.has(file)) caseByFile.set(file, c);
  }
  const seen = new Set<string>();
  const out: BenchPage[] = [];
  for (const [url, file] of Object.entries(pages)) {
    if (seen.has(file)) continue;
    seen.add(file);
    const c = caseByFile.get(file);
    const html = readFileSync(join(FIXTURES, file), 'utf8');
    out.push({ id: c?.id ?? file, file, url: c?.url ?? url, html, bytes: Buffer.byteLength(html), kind: c?.kind ?? 'unknown', case: c });
  }
  return out.sort((a, b) => a.id.localeCompare(b.id));
}

/**
 * The LiveJournal entry page of late 2011 (?format=light: LiveJournal's own chrome, the post, the
 * comments), at the size a much-commented story reached: each light-2011 fixture page with its own
 * comment threads repeated (new comment ids, the fixture's own words) until the page is about
 * 170 KB. The post is the fixture's, so its case (fields, body) still says what to find.
 */
const LARGE_ENTRY_PAGES = ['lj-light2011-community-kitchenboy', 'wayback-lj-light2011-violinist-2of5'];
const LARGE_ENTRY_BYTES = 170_000;

export function largeEntryPages(pages: BenchPage[]): BenchPage[] {
  const out: BenchPage[] = [];
  for (const id of LARGE_ENTRY_PAGES) {
    const page = pages.find((p) => p.id === id);
    if (!page) continue;
    const start = page.html.indexOf("<a name='t");
    const end = page.html.indexOf("<hr /><p class='lesstop'", start);
    if (start < 0 || end < 0) continue;
    const threads = page.html.slice(start, end);
    let more = '';
    for (let i = 1; page.bytes + Buffer.byteLength(more) < LARGE_ENTRY_BYTES; i++) {
      // Comment ids (t123, ljcmt123, cmtbar123, thread=123) made new for each copy.
      more += threads.replace(/(t|ljcmt|cmtbar|thread=)(\d+)/g, (_, p: string, n: string) => `${p}${9_000_000 + i * 10_000 + (Number(n) % 10_000)}`);
    }
    const html = page.html.slice(0, end) + more + page.html.slice(end);
    out.push({ ...page, id: `${id}-${Math.round(Buffer.byteLength(html) / 1000)}kb`, file: `${page.file} (comments repeated)`, html, bytes: Buffer.byteLength(html) });
  }
  return out;
}

export interface LargeStory {
  url: string;
  title: string;
  fields: Record<string, string>;
  body: string;
}

export interface LargePage extends BenchPage {
  stories: LargeStory[];
  posts: number;
  comments: number;
}

export const LARGE_ID = 'large-page';
export const LARGE_URL = 'https://bench-recent.livejournal.com/';
const LARGE_HOST = 'bench-recent.livejournal.com';
const LARGE_USER = 'bench_recent';
const POSTS = 20;
const COMMENTS_PER_POST = 15;
const BODY_CHARS = 34_000;

const LABELS: [string, string][] = [
  ['title', 'Title'],
  ['author', 'Author'],
  ['fandom', 'Fandom'],
  ['pairing', 'Pairing'],
  ['characters', 'Characters'],
  ['rating', 'Rating'],
  ['warnings', 'Warnings'],
  ['wordCount', 'Word Count'],
  ['summary', 'Summary'],
  ['disclaimer', 'Disclaimer'],
  ['beta', 'Beta'],
  ['spoilers', 'Spoilers'],
  ['series', 'Series'],
  ['genre', 'Genre'],
];

const COMMENTERS = ['tealeaf_reader', 'moss_and_ink', 'quietharbour', 'starling_notes', 'kettle_on', 'paperboat_fic', 'owl_at_noon', 'lanternfish', 'saltwater_tea', 'brambleknot'];
const REACTIONS = [
  'Oh, this is lovely. Thank you for writing it.',
  'I read this twice in a row and I am not sorry.',
  'The ending! I was not ready for the ending.',
  'Adding this to my memories right now.',
  'Thank you! I am so glad it worked for you.',
  'This made my whole week, honestly.',
];

export function largePage(): LargePage {
  const pages = loadPages();
  const template = readFileSync(join(FIXTURES, pages['http://goban-rain.livejournal.com/']), 'utf8');
  const storyCases = loadCases().filter((c) => c.kind === 'story' && c.stories[0]?.bodyFile && c.stories[0].complete);
  const bodies = storyCases.map((c) => readBody(c.stories[0].bodyFile!).trim());
  const sentences = bodies.flatMap((b) => b.split(/(?<=[.!?])\s+/).filter((s) => s.length > 30 && s.length < 220));
  const rand = prng(20240611);
  const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)];

  const stories: LargeStory[] = [];
  const posts: string[] = [];
  let commentId = 700_000;
  for (let i = 0; i < POSTS; i++) {
    const c = storyCases[i % storyCases.length];
    const itemId = 90_000 - i * 137;
    const url = `https://${LARGE_HOST}/${itemId}.html`;
    const fields = c.stories[0].fields;
    const title = fields.title ?? c.id;
    const paras: string[] = [];
    let chars = 0;
    for (let k = 0; chars < BODY_CHARS; k++) {
      for (const p of bodies[(i + k) % bodies.length].split(/\n\s*\n/)) {
        const t = p.replace(/\s+/g, ' ').trim();
        if (!t) continue;
        paras.push(t);
        chars += t.length;
        if (chars >= BODY_CHARS) break;
      }
    }
    stories.push({ url, title, fields: { ...fields }, body: paras.join('\n\n') });

    const header = LABELS.filter(([k]) => fields[k])
      .map(([k, label]) => `<b>${label}:</b> ${esc(fields[k])}<br />`)
      .join('\n');
    // Half the posts in <br /> paragraphs (classic LJ), half in <p>; some paragraphs in italics.
    const prose =
      i % 2 === 0 ? paras.map((p, j) => (j % 6 === 5 ? `<i>${esc(p)}</i>` : esc(p))).join('<br /><br />\n') : paras.map((p, j) => `<p>${j % 6 === 5 ? `<i>${esc(p)}</i>` : esc(p)}</p>`).join('\n');

    const comments: string[] = [];
    let depth = 0;
    for (let n = 0; n < COMMENTS_PER_POST; n++) {
      depth = n === 0 ? 0 : Math.max(0, Math.min(3, depth + (rand() < 0.45 ? 1 : rand() < 0.5 ? -1 : -depth)));
      const who = depth > 0 && rand() < 0.4 ? LARGE_USER : pick(COMMENTERS);
      const text = rand() < 0.5 ? pick(REACTIONS) : `<i>${esc(pick(sentences))}</i><br /><br />${esc(pick(REACTIONS))} ${rand() < 0.5 ? esc(pick(sentences)) : ''}`;
      const id = commentId++;
      const userHost = who.replace(/_/g, '-');
      comments.push(
        `<div class='comment' id='ljcmt${id}' style='margin-left: ${depth * 25}px'>` +
          `<div class='comment-userpic'><p class='poster'><span class='ljuser' lj:user='${who}' style='white-space: nowrap;'><a href='https://${userHost}.livejournal.com/profile'><img src='https://l-stat.livejournal.com/img/userinfo.gif' alt='[info]' width='17' height='17' style='vertical-align: bottom; border: 0; padding-right: 1px;' /></a><a href='https://${userHost}.livejournal.com/'><b>${who}</b></a></span></p></div>` +
          `<div class='comment-content'>${text}</div>` +
          `<div class='comment-footer'>Posted on Mar. ${1 + (n % 28)}th, 2008 ${10 + (n % 12)}:${String((n * 7) % 60).padStart(2, '0')} pm (UTC) <span class='separator'>|</span> <a class='permalink' href='${url}?thread=${id}#t${id}'>Link</a> <span class='separator'>|</span> <a href='${url}?replyto=${id}'>Reply</a></div></div>`,
      );
    }

    posts.push(`<div class="asset asset-entry" id="entry-${itemId}">
  <div class="asset-inner">
    <div class="asset-header">
      <h2 class="asset-name"><a href="${url}">FIC: ${esc(title)}</a></h2>
      <div class="asset-meta"><span class="byline"><abbr class="datetime">Mar. ${20 - (i % 19)}th, 2008 at 8:${String(10 + i).padStart(2, '0')} PM</abbr></span></div>
    </div>
    <div class="asset-content"><div class="asset-body">
${header}
<br />
${prose}
    </div></div>
    <div class="asset-footer">
      <div class="ljtags"><strong>Tags:</strong> <a rel='tag' href='https://${LARGE_HOST}/tag/fic'>fic</a>, <a rel='tag' href='https://${LARGE_HOST}/tag/${encodeURIComponent((fields.fandom ?? 'misc').toLowerCase())}'>${esc((fields.fandom ?? 'misc').toLowerCase())}</a></div>
      <ul class="asset-meta-list"><li class="asset-meta-comments item"><a href="${url}?view=comments#comments">${COMMENTS_PER_POST} comments</a></li><li class="item"><a href="${url}?mode=reply">Leave a comment</a></li></ul>
    </div>
    <div class="comments">
      <h3 class="comments-header">Comments</h3>
      <div class="comments-content">
${comments.join('\n')}
      </div>
    </div>
  </div>
</div>`);
  }

  const start = template.indexOf('<div class="asset asset-entry"');
  const end = template.indexOf('<div class="content-nav">');
  if (start < 0 || end < start) throw new Error('large page: the recent-page template changed (no asset-entry posts)');
  const html = (template.slice(0, start) + posts.join('\n') + '\n' + template.slice(end))
    .replace(/http:\/\/goban-rain\.livejournal\.com/g, `https://${LARGE_HOST}`)
    .replace(/goban_rain/g, LARGE_USER)
    .replace(/<title>[^<]*<\/title>/, '<title>bench recent entries</title>');
  return {
    id: LARGE_ID,
    file: '(generated)',
    url: LARGE_URL,
    html,
    bytes: Buffer.byteLength(html),
    kind: 'index',
    stories,
    posts: POSTS,
    comments: POSTS * COMMENTS_PER_POST,
  };
}
