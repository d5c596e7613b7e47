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

import { canonicalEntryKey, entryAddress, entryUrl, giftUrl, isMobilePage, journalSiteOfUrl, siteOfUrl, unwrapWayback } from '../url';
import { buildBody, isLinkOnlyLine } from './body';
import { DETECTOR_BUILD } from './build-flags';
import { type ChromeScan, chromeSkipper, isChromeAncestor } from './chrome';
import { type CommentStoryLocation, commentStories, hasComments } from './comments';
import { absoluteUrl, collapse, countWords, ljUserName, ljUsers, queryAll, tagged, textOf } from './dom';
import {
  hasBlankForm,
  hasPoll,
  isApplicationForm,
  isLinkList,
  isReviewScore,
  isWipMeter,
  isWritingOffer,
  quotesOthersHeaderToAsk,
  quotesOwnDrafts,
  type StoryLinks,
  saysStoryInComments,
  storyLinksOf,
  subjectIsAboutFic,
  talksAboutWriting,
} from './evidence';
import { isAdultGate } from './gates';
import { findHeader, type HeaderResult, isDrabbleNote, isEndNote, isHeaderSubject, labelOf, labelsAsLines, trailingHeader } from './header';
import { ABOUT_FIC_SUBJECT, FIC_SUBJECT, FIC_TAG, normalizeLabel } from './lexicon';
import { flattenLines, type Line } from './lines';
import { dropMetadata } from './metadata';
import { chapterLinks, neighbourPartLines, readMasterpost } from './part-links';
import { continuesInEntry, hasFicPrefix, parsePartMarker, partHeadingOf, partIndexOfLabel, SUBJECT_CONTINUED, titleFromSubject } from './parts';
import { type FoundPost, firstUserBefore, inPost, isEntryTime, mayHaveUnlistedPosts, type PostRange, sitePosts, unlistedPosts } from './posts';
import { normalizeRating } from './rating';
import { giftSections } from './sections';
import { follows, searchIndexSession, withSearchIndex } from './select';
import type { FieldKey, PageExtraction, PageKind, PartLink, PartMarker, StoryPost } from './types';
import { isLoginPage } from './unreadable';
import { decide, type Evidence, type Explained, type Verdict } from './verdict';

export type * from './types';

export function extractPage(doc: Document, url: string): PageExtraction {
  return locateStories(doc, url).extraction;
}

/** Where a story post is on the page: for the content script's buttons, not part of the data. */
export interface StoryLocation {
  /** In the detector's build, only what its buttons use: the URL, the subject, the fields (the title) and the part. */
  story: StoryPost;
  /** The post's element (the whole page on some single-entry layouts). */
  container: Element;
  body: Element;
  subject: Element | null;
  /** An entry printed unwrapped: its nodes in `body` (posts.ts `FoundPost.range`). */
  range?: PostRange;
  /**
   * The lines the post's part links are read from (its header's lines with links and its navigation lines:
   * `chapterLinks`' input), text and links only. The detector sends them with the user's press on Read (and again
   * with the click) and the background reads the part links from them (entrypoints/background.ts 'reader:press'), so
   * the detector carries no part-link reading of its own. Absent on a masterpost (its parts are its list).
   */
  nav?: NavLine[];
  /**
   * The page's links (every `<a>`, in document order) from the reading's one walk of the page (select.ts), so that the
   * stitcher's look at the layout's own Previous / Next (stitch/links.ts `layoutNeighbours`) walks the page no second
   * time. The full build's only.
   */
  pageLinks?: readonly Element[];
}

/** A line as `chapterLinks` reads it: its text and its links, nothing of the DOM (it travels in a message). */
export type NavLine = Pick<Line, 'text' | 'links'>;

/** One post's verdict with what it rests on (`extract --explain` prints it). */
export interface PostVerdict {
  post: FoundPost;
  verdict: Verdict;
  rule: string;
  evidence: Evidence & Partial<Explained>;
  story: StoryPost;
}

/** What locateStories finds. */
export interface LocatedStories {
  extraction: PageExtraction;
  locations: StoryLocation[];
  verdicts: PostVerdict[];
  /**
   * The detector's build only: the entry is no story and shows comments, so fills may be among them.
   * The detector's first stage leaves the comment walk to its second (entrypoints/comment-fills.content/),
   * loaded on such pages only; it hands what that finds to `addFills`.
   */
  fillsPossible?: boolean;
  /**
   * The detector's build only, when it was given no `unlisted`: no site style found a post, and the
   * fallback for unknown layouts may find some (posts.ts `mayHaveUnlistedPosts`). Nothing was read;
   * the detector loads its stage with the fallback (entrypoints/unlisted-posts.content/) and asks again.
   */
  unlistedPossible?: boolean;
  /**
   * The detector's build only, when it was given no `lists`: a post may be a masterpost (a header or a fic subject,
   * no part marker, hardly any prose, links to two or more other entries), and whether it is takes reading its list
   * (part-links.ts), which the detector's build leaves to a stage of its own (entrypoints/masterpost-lists.content/).
   * This result is provisional: the detector loads that stage and asks again.
   */
  masterpostPossible?: boolean;
  /** The poster of an entry that says its story is in its comments: their own comments hold it (comments.ts `ownCommentFill`). */
  commentStoryBy?: string;
}

/** posts.ts' `unlistedPosts`: in the detector's build, handed in by the stage that holds it. */
export type UnlistedPostsFinder = typeof unlistedPosts;

/** The reading of a masterpost's list (part-links.ts): in the detector's build, handed in by the stage that holds it. */
export interface MasterpostLists {
  readMasterpost: typeof readMasterpost;
}

/** extractPage, plus the elements each story came from. Same purity: nothing is changed. */
export function locateStories(doc: Document, url: string, unlisted?: UnlistedPostsFinder, lists?: MasterpostLists): LocatedStories {
  // Nothing changes the page while it is read: each element searched under is walked once (select.ts).
  return DETECTOR_BUILD ? toEnd(locate(doc, url, unlisted, lists)) : withSearchIndex(() => toEnd(locate(doc, url, unlistedPosts, { readMasterpost })));
}

/**
 * The full build's `locateStories` in steps: each call does the next step (finding the posts; then, for each post, its
 * lines, its header and text, the rest of its reading) and gives null until the last gives the reading, the same as
 * `locateStories`'s. For a reading on the user's click, when this code runs for the first time in the page: cold, a
 * one-post page takes 50-100 ms in one go in Chromium, and each step a fraction of it (the reader's page side runs
 * them in tasks of their own). The page must not change between steps (the searches' index is kept): the caller
 * watches it, and reads again in one go if it did.
 */
export function locateStoriesInSteps(doc: Document, url: string): () => LocatedStories | null {
  const inIndex = searchIndexSession();
  // (The detector's build reads in one go, and its stages hand in the finders: nothing of theirs in its first stage.)
  const steps = DETECTOR_BUILD ? locate(doc, url, undefined, undefined) : locate(doc, url, unlistedPosts, { readMasterpost });
  return () => {
    const next = inIndex(() => steps.next());
    return next.done ? next.value : null;
  };
}

/** A reading's steps run in one go. */
function toEnd<T>(steps: Generator<void, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}

function* locate(doc: Document, url: string, unlisted: UnlistedPostsFinder | undefined, lists: MasterpostLists | undefined): Generator<void, LocatedStories> {
  const site = siteOfUrl(url);
  const innerSite = journalSiteOfUrl(url);
  const address = entryAddress(url);
  const isEntryPage = !!address && address.itemId !== null;

  // A gate page has no post a site style recognises: only when none is found (or only the
  // densest-text fallback's guess) is the page checked for a gate. The detector leaves the gate
  // to the reader (which names it when a part is behind one): no post on it is a story either way.
  // Site styles first; a layout none knows has its own finder, which the detector's build leaves to
  // a stage of its own (loaded only where it may find posts): without it, the page is only flagged.
  let found = sitePosts(doc, innerSite, isEntryPage, isMobilePage(url));
  if (!found.length) {
    if (!unlisted) return { extraction: { site, kind: 'not-story', stories: [] }, locations: [], verdicts: [], unlistedPossible: mayHaveUnlistedPosts(doc, isEntryPage) };
    found = unlisted(doc, isEntryPage, url);
  }
  // (So is a locked entry's login page, served at the entry's address: unreadable.ts `isLoginPage`.)
  if (!DETECTOR_BUILD && (!found.length || found[0].style === 'generic') && (isAdultGate(doc) || (isEntryPage && isLoginPage(doc, url))))
    return { extraction: { site, kind: 'interstitial', stories: [] }, locations: [], verdicts: [] };

  const pagePosts = isEntryPage ? pickEntryPost(found, url) : found;
  yield;
  const read: (ReadPost & { post: FoundPost })[] = [];
  for (const p of pagePosts) for (const r of yield* readPost(doc, p, url, isEntryPage, lists)) read.push({ post: p, ...r });
  const kept = read.filter((r) => r.verdict !== 'not-story');
  const stories = kept.map((r) => r.story);

  // An entry page is what its post is (a verdict is a page kind); a page of several posts, or of a story post, is an index.
  const kind: PageKind = isEntryPage ? (read[0]?.verdict ?? 'not-story') : found.length > 1 || stories.length ? 'index' : 'not-story';
  // On an index page an empty body is a story behind its cut; a header-only post is whole.
  // (The reader's business: the detector's build only places the button.)
  if (!DETECTOR_BUILD && kind === 'index') for (const r of kept) if (r.story.bodyText === '' && r.rule !== 'header-only') r.story.complete = false;
  const locations: StoryLocation[] = kept.map((r) => ({ story: r.story, container: r.post.container, body: r.post.body, subject: r.post.subjectEl, range: r.post.range, nav: r.nav }));
  if (!DETECTOR_BUILD) {
    const pageLinks = tagged(doc, 'a');
    for (const l of locations) l.pageLinks = pageLinks;
  }
  const located: LocatedStories = { extraction: { site, kind, stories }, locations, verdicts: read };
  if (DETECTOR_BUILD && read.some((r) => r.listWanted)) located.masterpostPossible = true;
  // An entry that is no story (a meme's prompt post) may hold fills in its comments (comments.ts):
  // each gets its button in its comment's header. The detector only says whether to look (hasComments
  // is the walk's own first test): its second stage walks, on those pages only, for its size budget.
  // An entry saying its story is in its comments: its poster's own comments hold it (comments.ts `ownCommentFill`).
  if (isEntryPage && read[0]?.verdict === 'not-story' && read[0].evidence.storyInComments) located.commentStoryBy = read[0].post.poster ?? read[0].story.author ?? entryAddress(url)?.journal;
  if (isEntryPage && kind === 'not-story') {
    if (DETECTOR_BUILD) located.fillsPossible = hasComments(doc);
    else addFills(located, commentStories(doc, url, located.commentStoryBy));
  }
  return located;
}

/** A no-story entry's fills (commentStories) as the page's stories: one is a story page, more an index. */
export function addFills(located: LocatedStories, fills: CommentStoryLocation[]): void {
  if (fills.length) located.extraction.kind = fills.length > 1 ? 'index' : 'story';
  for (const f of fills) {
    located.extraction.stories.push(f.story);
    located.locations.push(f);
  }
}

function pickEntryPost(posts: FoundPost[], url: string): FoundPost[] {
  if (posts.length <= 1) return posts;
  const key = canonicalEntryKey(url);
  const own = posts.find((p) => p.permalink && canonicalEntryKey(absoluteUrl(p.permalink, url) ?? '') === key);
  return [own ?? posts[0]];
}

interface ReadPost {
  verdict: Verdict;
  /** The rule that decided (verdict.ts), and what it read: for `extract --explain`. */
  rule: string;
  evidence: Evidence & Partial<Explained>;
  story: StoryPost;
  /** StoryLocation's `nav`. */
  nav?: NavLine[];
  /** The detector's build only, given no `lists`: the post may be a masterpost (LocatedStories' `masterpostPossible`). */
  listWanted?: boolean;
}

/** Fields that make a fic header (notes, prompts and dedications come with other posts too). */
const STORY_FIELDS: FieldKey[] = ['title', 'fandom', 'pairing', 'characters', 'rating', 'warnings', 'wordCount', 'summary', 'disclaimer', 'author', 'genre', 'series', 'spoilers', 'beta'];

/** A post read: its one story, or each gift of a swap's reveals (sections.ts `giftSections`), each with its verdict. */
function* readPost(doc: Document, post: FoundPost, pageUrl: string, isEntryPage: boolean, lists: MasterpostLists | undefined): Generator<void, ReadPost[]> {
  const ownUrl = post.permalink ? absoluteUrl(post.permalink, pageUrl) : isEntryPage ? pageUrl : null;
  const scan: ChromeScan = { sawCutLink: false, posterHints: [], selfKey: ownUrl ? canonicalEntryKey(ownUrl) : undefined, baseUrl: pageUrl };
  // Rule "the time after the subject": S2 Haven prints "SUBJECT @ 10:00 pm" in one heading; the time is the layout's.
  const subject = collapse(post.subject).replace(/\s+@\s+\d{1,2}:\d\d\s*(?:[ap]\.?m\.?)?$/i, '');
  const lines = labelsAsLines(dropSubjectLine(dropMetadata(flattenLines(post.body, { skip: chromeSkipper(scan), range: post.range }).filter((l) => !isEmptyPunctuation(l))), post, subject));
  const gifts = giftSections(lines);
  yield;
  if (!gifts) return [yield* readLines(doc, post, pageUrl, isEntryPage, lists, scan, subject, lines)];
  // Each gift is known by its ordinal in the post (url.ts `giftUrl`: the first keeps the entry's URL, the others `#gift-N`).
  const reads: ReadPost[] = [];
  for (const [i, g] of gifts.entries()) {
    const read = yield* readLines(doc, post, pageUrl, isEntryPage, lists, scan, subject, lines.slice(g.start, g.end), true);
    read.story.url = giftUrl(read.story.url, i + 1);
    reads.push(read);
  }
  return reads;
}

/** `gift`: the lines are one gift of a swap's reveals (sections.ts `giftSections`). */
function* readLines(
  doc: Document,
  post: FoundPost,
  pageUrl: string,
  isEntryPage: boolean,
  lists: MasterpostLists | undefined,
  scan: ChromeScan,
  subject: string,
  lines: Line[],
  gift = false,
): Generator<void, ReadPost> {
  const top = findHeader(lines, subject);
  // (A header after the prose: a real one, of two story fields or more.)
  const tail = trailingHeader(lines, top);
  const header = tail && STORY_FIELDS.filter((k) => tail.fields[k]).length > 1 ? tail : top;
  const clusters = headerClusters(lines);

  // (A header after the prose: the story is before it.)
  const after = header === tail ? lines.slice(0, header.start) : lines.slice(header.end);
  // Rule "an author's note after the story": writers put "Author's Note:" / "A/N:" after the prose as often as in the
  // header: its last lines, a notes label opening them, are the Notes field (when the header has none), not the story.
  const note = header.fields.notes ? -1 : trailingNoteAt(after);
  const rest = note >= 0 ? after.slice(0, note) : after;
  const body = buildBody(rest);
  yield;

  // The post's URL (its journal and poster: fullStory).
  const permalink = post.permalink ? absoluteUrl(post.permalink, pageUrl) : null;
  const url = isEntryPage || !permalink ? entryUrl(pageUrl) : entryUrl(permalink);

  // Fields; the title falls back to the subject.
  const fields: Partial<Record<FieldKey, string>> = { ...header.fields };
  if (note >= 0)
    fields.notes = after
      .slice(note)
      .map((l, i) => (i ? l.text : labelOf(l)!.value))
      .filter(Boolean)
      .join(' ');
  if (!fields.title && subject) {
    const t = titleFromSubject(subject);
    if (t) fields.title = t;
  }

  // The post's tags, read only when a rule asks (tags are outside the text).
  const tags = () =>
    queryAll(post.container, 'a[rel="tag"], .tag a, .ljtags a, .currbox a[href*="/tag/"], .datecontent a[href*="/tag/"], .post-tags a, .entry-tags a')
      .filter((a) => !post.range || inPost(post, a))
      .map((a) => textOf(a).toLowerCase());
  // The detector's build leaves out what only the reader uses (see build-flags.ts).
  // On its own page the post's subject is also the page's <title> ("journal: Subject (2/4)").
  const { part, from: partFrom } = partMarkerOf(subject, header, lines, isEntryPage ? doc.title : '', tags);
  // (And the journal's own Previous / Next post, when its subject names this story's part: part-links.ts neighbourPartLines.)
  const nav: Pick<Line, 'text' | 'links'>[] = [...navigationLines(lines, header, body.navLines), ...(isEntryPage ? neighbourPartLines(doc, post.body, url, pageUrl, fields.title, part) : [])];
  const links = DETECTOR_BUILD ? { partLinks: [], related: [] } : chapterLinks(nav, canonicalEntryKey(url), pageUrl, fields.title);
  const partLinks = links.partLinks;

  // Rule "continued in the next entry" (parts.ts `continuesInEntry`): the unlinked lines opening or closing the prose that
  // say the story goes on in the journal's next entry or comes from its previous one.
  const texts = rest.filter((l) => !l.links.length && l.text);
  const continues = [...new Set([...texts.slice(0, 2), ...texts.slice(-2)].map((l) => continuesInEntry(l.text)).filter((d): d is 'next' | 'prev' => d !== null))];

  // The detector's story is what its buttons use (the title, the URL) and the verdict's test compares (the part): the
  // reader's frame reads the clicked post again in its full build (entrypoints/reader-frame/read-page.ts) for the rest.
  const story = DETECTOR_BUILD ? ({ url, subject, fields, part } as StoryPost) : fullStory(doc, post, scan, url, pageUrl, isEntryPage, subject, fields, header, part, body, links);
  if (!DETECTOR_BUILD && continues.length) story.continues = continues;

  const storyFields = STORY_FIELDS.filter((k) => header.fields[k]);
  // A length in minutes ("00:42:17") is a recording's; with no word count, credits to a reader or
  // a vidder are a recording's, and to an artist over pictures an artwork's (a fic's masterpost
  // credits its artist too, and links the art elsewhere).
  const length = header.fields.wordCount ?? '';
  const timed = /^\d{1,2}:\d\d/.test(length);
  const words = countWords(body.text);
  // Evidence that costs a walk of the post's links or elements is read when a rule asks for it.
  let found: StoryLinks | undefined;
  const whereStoryIs = () => (found ??= storyLinksOf(lines, header.end, url, pageUrl));

  // The subject names a fic post, or the first line does (a drabble's note: header.ts), or the cut's words do.
  const ficSubject = FIC_SUBJECT.test(subject) || isHeaderSubject(subject) || isDrabbleNote(lines[0]?.text ?? '') || cutNamesFic(scan.cutText);
  // Masterpost: a header, a list of links to the parts, hardly any prose of its own; not a
  // chapter's navigation, however short the chapter (part-links.ts). The list is read only for a post
  // that may be one; the detector's build, given no `lists`, only says whether one may be (two other entries
  // linked at least: the list's parts are among them).
  const listWords = rest.filter((l) => l.links.length && isLinkOnlyLine(l)).reduce((n, l) => n + l.text.split(/\s+/).length, 0);
  let list: { parts: PartLink[]; related: PartLink[] } | undefined;
  let masterpost = false;
  let listWanted = false;
  if ((storyFields.length >= 2 || ficSubject) && !part && words - listWords < 120) {
    if (lists) ({ list, masterpost } = lists.readMasterpost(lines, canonicalEntryKey(url), pageUrl, partLinks, storyFields.length >= 2));
    else listWanted = linksOtherEntries(lines, canonicalEntryKey(url), pageUrl);
  }

  const evidence: Evidence & Partial<Explained> = {
    fields: storyFields,
    header: storyFields.length >= 2,
    words,
    get ownWords() {
      return whereStoryIs().ownWords;
    },
    cut: scan.sawCutLink,
    part,
    partFrom,
    continuesInEntry: continues.length > 0,
    continuedSubject: SUBJECT_CONTINUED.test(subject),
    partHeading: !!part && lines.slice(header.end, header.end + 3).some((l) => partHeadingOf(l.text)?.index === part.index),
    partLinked: body.navLines.some((l) => l.links.length > 0) || header.navLines.some((i) => lines[i].links.length > 0),
    partNav: header.navLines.length + body.navLines.length > 0,
    ficSubject,
    aboutFicSubject: subjectIsAboutFic(subject, header.fields.title),
    ficTagged: () => tags().some((t) => FIC_TAG.test(t)),
    get storyLinks() {
      return whereStoryIs().elsewhere.length + whereStoryIs().entries.length;
    },
    artOrAudio:
      timed ||
      (!/\d/.test(length) && header.labels.some((l) => /^(?:reader|podficcer|vidder)$/i.test(l.label) || (/^(?:artist|medium)$/i.test(l.label) && lines.some((k) => k.kind === 'media')))) ||
      isIconSet(header, post),
    get poll() {
      return hasPoll(post.body, (el) => inPost(post, el));
    },
    form: hasBlankForm(lines),
    get linkList() {
      return isLinkList(whereStoryIs());
    },
    headers: clusters.count,
    headersElsewhere: clusters.elsewhere,
    proseBetweenHeaders: clusters.proseBetween,
    masterpost,
    aboutWriting: talksAboutWriting(body.text),
    wipMeter: isWipMeter(length, lines),
    reviewScore: isReviewScore(header.fields.rating ?? ''),
    quotedHeader: quotesOthersHeaderToAsk(lines, subject, header.fields.author, post.poster ?? scan.posterHints[0] ?? entryAddress(url)?.journal),
    application: isApplicationForm(lines),
    gift,
    writingOffer: isWritingOffer(lines, subject),
    quotedDrafts: quotesOwnDrafts(lines, header),
    storyInComments: [header.fields.notes ?? '', ...rest.map((l) => l.text)].some(saysStoryInComments),
    // What only `extract --explain` prints.
    ...(DETECTOR_BUILD ? {} : { headerSpan: [header.start, header.end], subject, tags }),
  };
  const { verdict, rule } = decide(evidence);

  // The story's text is not on this page: a masterpost lists its parts, a header-only post says
  // where the story is (the post itself is whole: `complete` stays as it is). (The reader's
  // business: the detector's build only places the button.)
  if (!DETECTOR_BUILD && (verdict === 'masterpost' || rule === 'header-only')) {
    story.bodyText = '';
    story.bodyHtml = '';
    if (verdict === 'masterpost' && list) {
      story.complete = false;
      story.partLinks = list.parts;
      if (list.related.length) story.related = list.related;
      else delete story.related;
    } else {
      // Off the journals, the original address: a Wayback copy's link to AO3 is AO3's.
      story.elsewhere = whereStoryIs().elsewhere.map((l) => ({ url: unwrapWayback(l.url)?.original ?? l.url, label: l.label, index: null }));
      const known = new Set(partLinks.map((l) => canonicalEntryKey(l.url)));
      story.partLinks = [
        ...partLinks,
        ...whereStoryIs()
          .entries.filter((l) => !known.has(canonicalEntryKey(l.url)))
          .map((l) => ({ url: l.url, label: l.label, index: partIndexOfLabel(l.label) })),
      ];
    }
  }
  // The detector's build leaves the part links to the background (StoryLocation's `nav`; the full build gives the same lines,
  // which its test compares).
  return { verdict, rule, evidence, story, nav: verdict !== 'masterpost' ? nav.map((l) => ({ text: l.text, links: l.links })) : undefined, listWanted };
}

/** The full build's story: everything the reader shows and saves. */
function fullStory(
  doc: Document,
  post: FoundPost,
  scan: ChromeScan,
  url: string,
  pageUrl: string,
  isEntryPage: boolean,
  subject: string,
  fields: Partial<Record<FieldKey, string>>,
  header: HeaderResult,
  part: PartMarker | null,
  body: { text: string; html: string },
  links: { partLinks: PartLink[]; related: PartLink[] },
): StoryPost {
  const journal = entryAddress(url)?.journal ?? entryAddress(pageUrl)?.journal ?? '';
  const story: StoryPost = {
    url,
    author: post.poster ?? scan.posterHints[0] ?? fallbackPoster(doc, post, isEntryPage) ?? journal,
    journal,
    subject,
    fields,
    rawFields: header.rawFields,
    headerNotes: header.headerNotes,
    rating: normalizeRating(fields.rating),
    part,
    complete: !scan.sawCutLink,
    bodyText: body.text,
    bodyHtml: body.html,
    partLinks: links.partLinks,
  };
  if (links.related.length) story.related = links.related;
  return story;
}

/** Where a note to the readers after the prose begins (header.ts `isEndNote`), or -1. */
function trailingNoteAt(lines: Line[]): number {
  for (let i = Math.max(1, lines.length - 3); i < lines.length; i++) if (isEndNote(lines, i)) return i;
  return -1;
}

/** Whether the lines link two or more entries besides the post's own (`selfKey`): a masterpost's list's parts are such links. */
function linksOtherEntries(lines: Line[], selfKey: string, pageUrl: string): boolean {
  const keys = new Set([selfKey]);
  for (const l of lines)
    for (const k of l.links) {
      const u = absoluteUrl(k.href, pageUrl);
      if (u && entryAddress(u)?.itemId != null) keys.add(canonicalEntryKey(u));
    }
  return keys.size > 2;
}

/**
 * Core1 layouts print the entry's date, time and subject as the first line of the text's own cell (LJ S2 Notepad's
 * "Jun. 7th, 2008 10:01 pm <span>Subject</span>", Punquin's "9:11 pm - <span>Subject</span>"): the layout's line,
 * not the story's first words, even when no header follows it.
 */
function dropSubjectLine(lines: Line[], post: FoundPost, subject: string): Line[] {
  const first = lines[0];
  if (!first || !subject || !post.subjectEl || !post.body.contains(post.subjectEl) || !first.text.endsWith(subject)) return lines;
  const before = first.text.slice(0, -subject.length);
  return /\S/.test(before) && !isEntryTime(before) ? lines : lines.slice(1);
}

/** "( )" left behind where a cut link was removed. */
function isEmptyPunctuation(l: Line): boolean {
  return l.kind === 'text' && /^[\s()[\]{}|]*$/.test(l.text);
}

/**
 * Whether any text (not blank) comes before `node` within `root`: stops at the first word, where a range's text from the
 * root's start would have gathered everything up to the node (most posts open with a word: one step).
 */
function hasTextBefore(root: Element, node: Node): boolean {
  const walker = root.ownerDocument.createTreeWalker(root, 5 /* SHOW_ELEMENT | SHOW_TEXT */);
  for (let n = walker.nextNode(); n && n !== node; n = walker.nextNode()) if (n.nodeType === 3 && /\S/.test((n as Text).data)) return true;
  return false;
}

function fallbackPoster(doc: Document, post: FoundPost, isEntryPage: boolean): string | null {
  // The poster's name sits beside the post (a poster cell in the same row, a byline above the
  // text) before it sits anywhere else on the page: look close first.
  let around: Element | null = post.body.parentElement;
  for (let up = 0; around && up < 3 && around !== post.container; up++, around = around.parentElement) {
    const close = firstUserBefore(around, post.body);
    if (close) return close;
  }
  const near = firstUserBefore(post.container, post.body);
  if (near) return near;
  // Rule "the poster line opens the text": S2 Haven prints "poster:" (a community entry) or "poster, posting in
  // community:" (a friends page) as the first words of the entry's own block, before its text.
  const lead = ljUsers(post.body)[0];
  if (lead && !hasTextBefore(post.body, lead) && /^\s*(?::|,\s*posting in\b)/.test(lead.nextSibling?.textContent ?? '')) return ljUserName(lead);
  if (!isEntryPage) return null;
  // Only users named before the post: the poster's line precedes it, comments follow it.
  for (const u of ljUsers(doc)) {
    if (post.body.contains(u) || isChromeAncestor(u)) continue;
    if (!follows(u, post.body)) break;
    return ljUserName(u);
  }
  return null;
}

/**
 * The post's part marker and where it came from: the subject, the header ("Part: 2 of 5", a
 * "Chapter 3/7" line, a nav line's own marker), the title, the page's <title>. A marker with a
 * total anywhere beats one without.
 */
function partMarkerOf(subject: string, header: HeaderResult, lines: Line[], pageTitle: string, tags: () => string[]): { part: PartMarker | null; from: string | null } {
  const candidates: [string, string][] = [[subject, 'subject']];
  // "Chapters: 3, complete", "Parts: 2": a plural label counts the story's parts, it names none of them; only
  // its "N of M" / "N/M" is this post's ("Parts: 1-2 of 5" stays a marker).
  for (const l of header.labels)
    if (l.key === null && /^(?:part|chapter|ch|chap|pt|teil|kapitel)s?$/i.test(l.label.trim()) && (!/s$/i.test(l.label.trim()) || /\/|\bof\b/i.test(l.value)))
      candidates.push([`Part ${l.value}`, 'header']);
  // A nav line's own marker, not the parts it links to: "Part 1/2 (Part 2 is here)" is part 1.
  // Two or more nav lines that each name a part ("Chapter One — The Crack", "Chapter Two — The
  // Casting") are a masterpost's list of its chapters: the markers are the parts', none is the post's.
  const navMarkers: [string, string][] = [];
  for (const i of header.navLines) {
    let t = lines[i].text;
    for (const l of lines[i].links) t = t.replace(l.text, ' ');
    if (parsePartMarker(t)) navMarkers.push([t, 'header']);
  }
  if (navMarkers.length === 1) candidates.push(navMarkers[0]);
  if (header.fields.title) candidates.push([header.fields.title, 'title']);
  if (pageTitle) candidates.push([pageTitle, 'page title']);
  // "Notes: Chapter two of three; …": the notes' marker only with a total (a note may name any part).
  if (header.fields.notes) candidates.push([header.fields.notes, 'notes']);
  let firstIndexOnly: { part: PartMarker; from: string } | null = null;
  for (const [c, from] of candidates) {
    const m = parsePartMarker(c);
    if (m && m.total !== null) return { part: m, from };
    if (m && !firstIndexOnly && from !== 'notes') firstIndexOnly = { part: m, from };
  }
  if (firstIndexOnly) return firstIndexOnly;
  // Rule "the part in the tags": writers who keep the subject to the title ("fic: Marram") tag the part ("part 1 of 3",
  // "marram: part 2 of 3"), with its part word (a tag "3 of 50" counts a challenge's fills).
  for (const t of tags()) {
    const m = /\b(?:part|chapter|pt|ch)\b/i.test(t) ? parsePartMarker(t) : null;
    if (m) return { part: m, from: 'tags' };
  }
  return { part: null, from: null };
}

/**
 * Rule "an icon post counts its icons": icon makers head a post with a fic-like block ("Fandom: Original photography",
 * "Count: 12", "Credits: …") over the icons themselves: a count that is a bare number under a "Count" / "Icons" label
 * ("Icon count: 20"), never "Word count", and three pictures or more. Pictures, not a story (verdict art-or-audio).
 */
function isIconSet(header: HeaderResult, post: FoundPost): boolean {
  return (
    header.labels.some((l) => /^(?:icon )?count$|^icons?$/.test(normalizeLabel(l.label)) && /^\d+$/.test(l.value.trim())) &&
    Array.from(post.body.getElementsByTagName('img')).filter((i) => inPost(post, i)).length >= 3
  );
}

/**
 * Rule "the cut's words name the fic": many writers put the whole post, header and all, under the cut and write "Fic: Title
 * (Rating)" as its words ("( Fic: Landfall (3/3) (PG) )"): on an index page the cut is then all the post shows, and its
 * words say what it is as a fic subject would. They open with a fic prefix ("Fic:", "[fic]", "Leverage fic:"), and name
 * no post about fic ("fic: recs", "fic: masterlist").
 */
function cutNamesFic(cutText: string | undefined): boolean {
  return !!cutText && hasFicPrefix(cutText) && !ABOUT_FIC_SUBJECT.test(cutText);
}

/** The lines a chapter's part links are on: its header's lines with links and its navigation lines. */
function navigationLines(lines: Line[], header: HeaderResult, navLines: Line[]): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < header.end; i++) if (lines[i].links.length) out.push(lines[i]);
  return [...out, ...navLines];
}

/**
 * Headers in a post: runs of field labels (at most 3 lines apart) holding two or more fields, a
 * repeated title starting a new run; how many name an author or link somewhere (someone else's
 * work: a rec, a claim), and the prose between them. (Verdict: several-headers.)
 */
function headerClusters(lines: Line[]): { count: number; elsewhere: number; proseBetween: number } {
  let count = 0;
  let elsewhere = 0;
  let proseBetween = 0;
  let fields = 0;
  let pointing = false;
  let keys = new Set<string>();
  let last = -99;
  let proseSince = 0;
  const close = () => {
    if (fields >= 2) {
      if (count > 0) proseBetween += proseSince;
      count++;
      if (pointing) elsewhere++;
      proseSince = 0;
    }
    fields = 0;
    pointing = false;
    keys = new Set();
  };
  lines.forEach((l, i) => {
    const p = labelOf(l);
    if (p?.key) {
      if (i - last > 3 || keys.has(p.key)) close();
      keys.add(p.key);
      fields++;
      pointing ||= p.key === 'author' || l.links.length > 0;
      last = i;
    } else if (!p) {
      proseSince += l.text.length;
    }
  });
  close();
  return { count, elsewhere, proseBetween };
}
