/**
 * extractPage: a journal page in, its story posts out, as plain data.
 *
 * Pure and self-contained: standard DOM only (no innerText or layout), explicit imports, no
 * browser APIs, and the document is never changed. The same function runs in the content
 * script, on DOMParser documents of fetched parts, in jsdom/happy-dom tests and in the CLI.
 *
 * Steps: unwrap Wayback → recognise adult-content gates → find the posts (site styles first) →
 * for each post: flatten its body into lines, read the header, rebuild the prose, decide
 * whether it is a story, a masterpost or neither → the page's kind.
 */
import { buildBody } from './body';
import { DETECTOR_BUILD } from './build-flags';
import { chromeSkipper, type ChromeScan } from './chrome';
import { absoluteUrl, collapse, queryAll, textOf } from './dom';
import { isAdultGate } from './gates';
import { findHeader, labelOf, type HeaderResult } from './header';
import { flattenLines, type Line } from './lines';
import { chapterLinks, isChapterNavigation, masterpostList } from './part-links';
import { parsePartMarker, titleFromSubject } from './parts';
import { findPosts, firstUserBefore, type FoundPost } from './posts';
import { normalizeRating } from './rating';
import type { FieldKey, PageExtraction, PageKind, PartLink, PartMarker, StoryPost } from './types';
import { canonicalEntryKey, entryAddress, entryUrl, journalSiteOfUrl, siteOfUrl } from '../url';
import { isLinkOnlyLine } from './body';
import { ljUserName, ljUsers } from './dom';
import { isChromeAncestor } from './chrome';

export type * from './types';
export { normalizeRating } from './rating';
export { parsePartMarker, titleFromSubject } from './parts';

export function extractPage(doc: Document, url: string): PageExtraction {
  return locateStories(doc, url).extraction;
}

/** Where a story post is on the page: for the content script's buttons, not part of the data. */
export interface StoryLocation {
  story: StoryPost;
  /** The post's element (the whole page on some single-entry layouts). */
  container: Element;
  body: Element;
  subject: Element | null;
}

/** extractPage, plus the elements each story came from. Same purity: nothing is changed. */
export function locateStories(doc: Document, url: string): { extraction: PageExtraction; locations: StoryLocation[] } {
  const site = siteOfUrl(url);
  const innerSite = journalSiteOfUrl(url);
  const address = entryAddress(url);
  const isEntryPage = !!address && address.itemId !== null;

  // A gate page has no post a site style recognises: only when none is found (or only the
  // densest-text fallback's guess) is the page checked for a gate.
  const found = findPosts(doc, innerSite, isEntryPage, url);
  const posts = (!found.length || found[0].style === 'generic') && isAdultGate(doc) ? null : found;
  if (!posts) return { extraction: { site, kind: 'interstitial', stories: [] }, locations: [] };

  const pagePosts = isEntryPage ? pickEntryPost(posts, url) : posts;
  const read = pagePosts.map((p) => ({ post: p, ...readPost(doc, p, url, isEntryPage) }));
  const kept = read.filter((r) => r.verdict !== 'not-story');
  const stories = kept.map((r) => r.story);

  let kind: PageKind;
  if (isEntryPage) kind = read.length ? (read[0].verdict === 'masterpost' ? 'masterpost' : read[0].verdict === 'story' ? 'story' : 'not-story') : 'not-story';
  else kind = posts.length > 1 || stories.length ? 'index' : 'not-story';
  if (kind === 'index') for (const s of stories) if (s.bodyText === '') s.complete = false;
  return {
    extraction: { site, kind, stories },
    locations: kept.map((r) => ({ story: r.story, container: r.post.container, body: r.post.body, subject: r.post.subjectEl })),
  };
}

function pickEntryPost(posts: FoundPost[], url: string): FoundPost[] {
  if (posts.length <= 1) return posts;
  const key = canonicalEntryKey(url);
  const own = posts.find((p) => p.permalink && canonicalEntryKey(absoluteUrl(p.permalink, url) ?? '') === key);
  return [own ?? posts[0]];
}

interface ReadPost {
  verdict: 'story' | 'masterpost' | 'not-story';
  story: StoryPost;
}

const STORY_FIELDS: FieldKey[] = ['title', 'fandom', 'pairing', 'characters', 'rating', 'warnings', 'wordCount', 'summary', 'disclaimer', 'author', 'genre', 'series', 'spoilers', 'beta'];
const FIC_SUBJECT = /(?:^|[\s[(:|-])(?:fic|fics|fanfic|fanfiction|ficlet|ficlets|drabble|drabbles|one[- ]?shot|story|double drabble|fill)(?:$|[\s\]):|,-])/i;
const FIC_TAG = /^(?:fic|fics|fanfic|fanfiction|my fic|my fics|fic:.*|fiction|ficlet|ficlets|drabble|drabbles|writing|my writing|fic post|.*: fic|fic - .*|type: fic|fic type:.*|post type: fic)$/i;
const NOT_STORY_SUBJECT = /\b(?:meme|poll|sign[- ]?ups?|recs?|rec list|reclist|recommendations|news|welcome|announcement|announcements|masterlist of|mod post|rules|friending|friends only|f-?locked|hiatus|prompts? post|prompt meme|round-?up|roundup|reminder|schedule)\b/i;

function readPost(doc: Document, post: FoundPost, pageUrl: string, isEntryPage: boolean): ReadPost {
  const ownUrl = post.permalink ? absoluteUrl(post.permalink, pageUrl) : isEntryPage ? pageUrl : null;
  const scan: ChromeScan = { sawCutLink: false, posterHints: [], selfKey: ownUrl ? canonicalEntryKey(ownUrl) : undefined, baseUrl: pageUrl };
  const lines = flattenLines(post.body, { skip: chromeSkipper(scan) }).filter((l) => !isEmptyPunctuation(l));
  const subject = collapse(post.subject);
  const header = findHeader(lines, subject);
  const clusters = headerClusters(lines);

  const rest = lines.slice(header.end);
  const body = buildBody(rest);

  // URL, journal, poster.
  const permalink = post.permalink ? absoluteUrl(post.permalink, pageUrl) : null;
  const url = isEntryPage || !permalink ? entryUrl(pageUrl) : entryUrl(permalink);
  const journal = entryAddress(url)?.journal ?? entryAddress(pageUrl)?.journal ?? '';
  const author = DETECTOR_BUILD ? journal : (post.poster ?? scan.posterHints[0] ?? fallbackPoster(doc, post, isEntryPage) ?? journal);

  // Fields; the title falls back to the subject.
  const fields: Partial<Record<FieldKey, string>> = { ...header.fields };
  if (!fields.title && subject) {
    const t = titleFromSubject(subject);
    if (t) fields.title = t;
  }

  // The post's tags, read only when the header alone cannot decide.
  const ficTagged = () => queryAll(post.container, 'a[rel="tag"], .tag a, .ljtags a').some((a) => FIC_TAG.test(textOf(a).toLowerCase()));
  // The detector's build leaves out what only the reader uses (see build-flags.ts).
  const links = DETECTOR_BUILD ? { partLinks: [], related: [] } : chapterLinks(navigationLines(lines, header, body.navLines), canonicalEntryKey(url), pageUrl);
  const partLinks = links.partLinks;
  const part = partMarkerOf(subject, header, lines);

  const story: StoryPost = {
    url,
    author,
    journal,
    subject,
    fields,
    rawFields: header.rawFields,
    headerNotes: header.headerNotes,
    rating: DETECTOR_BUILD ? null : normalizeRating(fields.rating),
    part,
    complete: !scan.sawCutLink,
    bodyText: body.text,
    bodyHtml: body.html,
    partLinks,
  };
  if (links.related.length) story.related = links.related;

  const fieldCount = STORY_FIELDS.filter((k) => header.fields[k]).length;
  const words = body.text ? body.text.split(/\s+/).length : 0;
  const ficSubject = FIC_SUBJECT.test(subject);
  const notStorySubject = NOT_STORY_SUBJECT.test(subject);

  // A recs post or a list of stories: several headers with little prose between them.
  if (clusters.count >= 2 && clusters.proseBetween / (clusters.count - 1) < 500) return { verdict: 'not-story', story };

  // Masterpost: a header, a list of links to the parts, hardly any prose of its own; not a
  // chapter's navigation, however short the chapter (part-links.ts).
  const list = masterpostList(lines, canonicalEntryKey(url), pageUrl);
  const listWords = rest.filter((l) => l.links.length && isLinkOnlyLine(l)).reduce((n, l) => n + l.text.split(/\s+/).length, 0);
  // "« Previous | Next »" alone is a short part's navigation, not a list of parts.
  const listed = list.parts.filter((l) => !/^[\s«‹<←]*(?:prev(?:ious)?|next|back|forward)\b|^[\s«‹<←»›>→]*$/i.test(l.label));
  if ((fieldCount >= 2 || ficSubject) && listed.length >= 2 && !part && words - listWords < 120 && !isChapterNavigation(lines, partLinks, listed)) {
    story.partLinks = list.parts;
    if (list.related.length) story.related = list.related;
    else delete story.related;
    story.complete = false;
    story.bodyText = '';
    story.bodyHtml = '';
    return { verdict: 'masterpost', story };
  }

  let isStory = false;
  if (fieldCount >= 2 && (words >= 20 || scan.sawCutLink)) isStory = true;
  else if (fieldCount >= 1 && (ficSubject || part || ficTagged()) && (words >= 20 || scan.sawCutLink)) isStory = true;
  else if (ficSubject && !notStorySubject && (words >= 50 || scan.sawCutLink)) isStory = true;
  else if (part && subject && !notStorySubject && words >= 300) isStory = true;
  else if (!notStorySubject && words >= 100 && ficTagged() && !queryAll(post.body, '.ljpoll, .poll, form').length) isStory = true;
  if (notStorySubject && fieldCount < 2) isStory = false;
  return { verdict: isStory ? 'story' : 'not-story', story };
}

/** "( )" left behind where a cut link was removed. */
function isEmptyPunctuation(l: Line): boolean {
  return l.kind === 'text' && /^[\s()[\]{}|]*$/.test(l.text);
}

function fallbackPoster(doc: Document, post: FoundPost, isEntryPage: boolean): string | null {
  const near = firstUserBefore(post.container, post.body);
  if (near) return near;
  if (!isEntryPage) return null;
  // Only users named before the post: the poster's line precedes it, comments follow it.
  for (const u of ljUsers(doc)) {
    if (post.body.contains(u) || isChromeAncestor(u)) continue;
    if (!(u.compareDocumentPosition(post.body) & 4 /* FOLLOWING */)) break;
    return ljUserName(u);
  }
  return null;
}

function partMarkerOf(subject: string, header: HeaderResult, lines: Line[]): PartMarker | null {
  const candidates: string[] = [subject];
  for (const l of header.labels) if (l.key === null && /^(?:part|parts|chapter|chapters)$/i.test(l.label.trim())) candidates.push(`Part ${l.value}`);
  // A nav line's own marker, not the parts it links to: "Part 1/2 (Part 2 is here)" is part 1.
  for (const i of header.navLines) {
    let t = lines[i].text;
    for (const l of lines[i].links) t = t.replace(l.text, ' ');
    candidates.push(t);
  }
  if (header.fields.title) candidates.push(header.fields.title);
  let firstIndexOnly: PartMarker | null = null;
  for (const c of candidates) {
    const m = parsePartMarker(c);
    if (m && m.total !== null) return m;
    if (m && !firstIndexOnly) firstIndexOnly = m;
  }
  return firstIndexOnly;
}

/** The lines a chapter's part links are on: its header's lines with links and its navigation lines. */
function navigationLines(lines: Line[], header: HeaderResult, navLines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < header.end; i++) if (lines[i].links.length) out.push(lines[i]);
  return [...out, ...navLines];
}

/**
 * Headers in a post: runs of field labels (at most 3 lines apart) holding two or more fields, a
 * repeated title starting a new run. Two or more, with little prose between them, make a list of
 * stories (a recs post), not a story.
 */
function headerClusters(lines: Line[]): { count: number; proseBetween: number } {
  let count = 0;
  let proseBetween = 0;
  let fields = 0;
  let keys = new Set<string>();
  let last = -99;
  let proseSince = 0;
  const close = () => {
    if (fields >= 2) {
      if (count > 0) proseBetween += proseSince;
      count++;
      proseSince = 0;
    }
    fields = 0;
    keys = new Set();
  };
  lines.forEach((l, i) => {
    const p = labelOf(l);
    if (p?.key) {
      if (i - last > 3 || keys.has(p.key)) close();
      keys.add(p.key);
      fields++;
      last = i;
    } else if (fields < 2 || i - last > 3) {
      proseSince += l.text.length;
    }
  });
  close();
  return { count, proseBetween };
}
