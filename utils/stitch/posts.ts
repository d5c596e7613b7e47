/** What the stitcher reads of a post: the story on a page, a header-only post, a title, a story that looks incomplete. */

import type { LocatedStories, PostVerdict } from '../extract/index';
import { RELATED_WORDS } from '../extract/part-links';
import { parsePartMarker, titleFromSubject } from '../extract/parts';
import type { PageExtraction, StoryPost } from '../extract/types';
import { canonicalEntryKey, entryAddress, entryKeyOfPost, journalSiteOfUrl, normalizeUsername, postKeyOf } from '../url';

/**
 * The story on a fetched page: the entry's own post, else the one story. `key` a gift's (url.ts `postKeyOf`): that gift of
 * the entry's reveals post, or none (never another gift in its place).
 */
export function pickPost(ex: PageExtraction, key: string): StoryPost | null {
  if (!ex.stories.length) return null;
  if (key !== entryKeyOfPost(key)) return ex.stories.find((s) => postKeyOf(s.url) === key) ?? null;
  return ex.stories.find((s) => canonicalEntryKey(s.url) === key) ?? ex.stories[0];
}

/**
 * A story post with a header and no story: it says where the story is (a journal entry it links, or
 * AO3 and such in `elsewhere`). It is the story's masterpost, never a part with an empty body.
 */
export function isHeaderOnly(post: StoryPost): boolean {
  return !post.bodyText.trim() && (post.partLinks.length > 0 || (post.elsewhere?.length ?? 0) > 0);
}

/**
 * The entries a header-only post says hold its story ("the story is at my other journal"): the
 * fetch policy admits their journals on any journal site (utils/fetch-policy.ts).
 */
export function storyLinksAnySite(post: StoryPost): string[] {
  return isHeaderOnly(post) ? post.partLinks.map((l) => l.url) : ownJournalElsewhere(post);
}

/**
 * A post's part links to its author's own journal on another journal site: writers crossposted between LiveJournal and
 * Dreamwidth from 2009 on (DW's crossposter, LJ's import), and a chapter posted to a community on one site links the
 * other chapters in the writer's journal on the other (same username: the author's own journal is the story's home).
 */
function ownJournalElsewhere(post: StoryPost): string[] {
  const author = normalizeUsername(post.author);
  const site = journalSiteOfUrl(post.url);
  return post.partLinks.map((l) => l.url).filter((u) => !!author && entryAddress(u)?.journal === author && journalSiteOfUrl(u) !== site);
}

/** Letters and digits of a post's prose, lower-cased: what two copies of one chapter share whatever their markup. */
function proseKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '')
    .slice(0, 600);
}

/**
 * The same chapter at two addresses: writers post each chapter to their journal and crosspost it to one or more
 * communities (on the same site or another), and each copy's links may lead to the other copies. Copies in two journals
 * with the same part marker and the same prose (its first 600 letters and digits, 80 at least) are one part.
 */
export function sameChapter(a: StoryPost, b: StoryPost): boolean {
  const journal = (p: StoryPost) => {
    const e = entryAddress(p.url);
    return e ? `${e.domain}/${e.journal}` : p.url;
  };
  if ((a.part?.index ?? null) !== (b.part?.index ?? null) || journal(a) === journal(b)) return false;
  const x = proseKey(a.bodyText);
  return x.length >= 80 && x === proseKey(b.bodyText);
}

function normTitle(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The same title, or one within the other (3 letters or more each, case and punctuation aside). */
export function sameTitle(a: string, b: string): boolean {
  const x = normTitle(a);
  const y = normTitle(b);
  return x.length >= 3 && y.length >= 3 && (x === y || x.includes(y) || y.includes(x));
}

/**
 * Rule "continued in the next entry" (stitcher.ts `followContinuation`): the entry the journal's own navigation led to from a
 * part that said its story goes on there is that story going on when it is the same writer's post under the story's title
 * (its Title:, else its subject's: "Salt Orchard, continued" is "Salt Orchard"). A personal post that came next ("garden,
 * continued"), another story, someone else's post in a community is not, and the walk ends there.
 */
export function continuesStory(part: StoryPost, post: StoryPost): boolean {
  const title = (p: StoryPost) => p.fields.title || titleFromSubject(p.subject);
  return normalizeUsername(post.author) === normalizeUsername(part.author) && sameTitle(title(part), title(post));
}

/**
 * An entry on a story's tag page that is one of that story's parts, as a chapter of it (`chapter`) tells: it has a
 * part marker, the chapter's title (`sameTitle`), the same author, and no total other than the chapter's. Anything
 * else posted with the tag (a member's art, a rec, a meta, another story) is not a part.
 */
export function sameStoryByTag(chapter: StoryPost, post: StoryPost): boolean {
  if (!post.part || normalizeUsername(post.author) !== normalizeUsername(chapter.author)) return false;
  const totals = [post.part.total, chapter.part?.total].filter((t): t is number => t != null);
  if (totals.length === 2 && totals[0] !== totals[1]) return false;
  return sameTitle(chapter.fields.title || chapter.subject, post.fields.title || post.subject);
}

/**
 * A memory on the writer's memories keyword page (its description: the entry's subject, unless the writer wrote another)
 * that is one of the story's parts, as a chapter of it (`chapter`) tells: a part marker, the chapter's title, no total
 * other than the chapter's, and nothing that names it another thing of the story's (its art, a rec, the podfic). Its
 * part number, or null.
 */
export function partNumberOfMemory(chapter: StoryPost, description: string): number | null {
  const marker = parsePartMarker(description);
  if (!marker || RELATED_WORDS.test(description)) return null;
  const total = chapter.part?.total;
  if (marker.total != null && total != null && marker.total !== total) return null;
  return sameTitle(chapter.fields.title || chapter.subject, titleFromSubject(description)) ? marker.index : null;
}

/** The title a part is shown with: its title field, its subject, else "Part N". */
export function partTitle(post: StoryPost, index: number | null): string {
  return post.fields.title || post.subject || (index !== null ? `Part ${index}` : 'Untitled');
}

/** Fewer parts than their markers count ("3 of 5"), or one part only. */
export function storyLooksIncomplete(posts: StoryPost[]): boolean {
  if (posts.length <= 1) return true;
  const totals = posts.map((p) => p.part?.total ?? null).filter((t): t is number => t !== null);
  if (!totals.length) return false;
  const indices = new Set(posts.map((p) => p.part?.index).filter((i) => i !== undefined));
  return indices.size < Math.max(...totals);
}

/** A class naming a post sticky (Dreamwidth core2's `sticky-entry-wrapper`, `sticky-entry`; a layout's `entry--sticky`). */
const STICKY_CLASS = /(?:^|[\s_-])sticky(?:$|[\s_-])/i;

/** Whether the page marks this post sticky: a class of its element (or of a wrapper of its own), or an icon outside its text ("[sticky entry]"). */
function markedSticky(post: PostVerdict['post'], others: Element[]): boolean {
  let el: Element | null = post.container;
  for (let up = 0; el && up < 3 && el.tagName !== 'BODY' && !others.some((o) => o !== post.container && el!.contains(o)); up++, el = el.parentElement) {
    if (STICKY_CLASS.test(el.getAttribute('class') ?? '')) return true;
  }
  return Array.from(post.container.querySelectorAll('img[alt], img[title]')).some(
    (img) => !post.body.contains(img) && /\bsticky\b/i.test(`${img.getAttribute('alt') ?? ''} ${img.getAttribute('title') ?? ''}`),
  );
}

/**
 * The posts a journal's front page shows at its top, as a sticky chapter index is (Dreamwidth's and LiveJournal's sticky
 * entries come first): those the page marks sticky, else its first post alone (a post kept at the top by its date, as
 * writers did before sites had sticky entries). In page order, with their verdicts: a welcome or friending-policy post
 * there stays what it is (no story), and no post after it stands in for it.
 */
export function topPostsOf(located: LocatedStories): PostVerdict[] {
  const containers = located.verdicts.map((v) => v.post.container);
  const marked = located.verdicts.filter((v) => markedSticky(v.post, containers));
  return marked.length ? marked : located.verdicts.slice(0, 1);
}
