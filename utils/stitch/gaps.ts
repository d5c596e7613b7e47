/**
 * A story read on past a part that cannot be read (issue 11): a locked part (the site's login page at its address) or
 * a deleted one (404) in the middle of a story whose parts link only their neighbours ("« Part 1 | Part 3 »") cuts the
 * chain, and the parts after it were never reached though the markers promise them ("1/3"). Readers with a locked middle
 * part still want the parts they can read, in order, with the gap said in its place (the failed part stays an error).
 *
 * Two bounded ways on, both from the readable part next to the gap (the anchor), both on the anchor's own journal:
 *  - The story's own tag page, when the anchor's page tags it with the story's name ("orchard ladder" on "Orchard
 *    Ladder, Part 1"): it lists the parts the reader may see (a locked one is not shown, a deleted one is gone). Read as a
 *    chapter's "every chapter: <tag>" is (stitcher.ts LIST_KINDS.tag), keeping only the entries that fill the gap.
 *  - The journal's own next / previous entry navigation (fetch-url.ts `entryNavUrlOf`): the sites of the LiveJournal code
 *    answer it for any entry and redirect to the neighbouring entry the reader may see, skipping locked ones
 *    (LJ::get_itemid_near2 keeps public entries and those the reader's groups allow). From the anchor, not from the failed
 *    part: the handler looks the named entry up first and answers "no entry" for one that was deleted. Writers post
 *    other things between parts, so the walk goes on past an entry that is not the story's, a few steps at most.
 * What either finds is taken only as the same story's part (posts.ts `sameStoryByTag`: a part marker, the anchor's title
 * and author, no other total) numbered beyond the gap, on the gap's side, and not a number already read: never a
 * personal post, another story, art or a repost that merely came next. Bounded: MAX_GAP_FETCHES pages a run.
 */

import { absoluteUrl } from '../extract/dom';
import { titleFromSubject } from '../extract/parts';
import type { StoryPost } from '../extract/types';
import { journalOf } from '../fetch-policy';
import { tagPageUrlOf } from '../fetch-url';
import { partIndexOf } from './order';
import { sameStoryByTag } from './posts';
import type { FailureReason, Item } from './types';

/** Pages fetched at most in one run to read past parts that cannot be read: a tag page and three steps of navigation. */
export const MAX_GAP_FETCHES = 4;
/** Entries one walk of the journal's navigation reads at most (the first that is not the story's is passed, and the next). */
export const MAX_GAP_STEPS = 3;

/** A part that failed for these is not there for this reader (or not now): the story may go on past it. */
const GAP_REASONS: ReadonlySet<FailureReason> = new Set<FailureReason>(['locked', 'login', 'not-found', 'adult-gate', 'server-error', 'timeout', 'network', 'redirect-loop']);

export interface Gap {
  /** 'next': the failed part comes after every part read; 'prev': before them. */
  dir: 'next' | 'prev';
  /** The part read next to the gap: the way on starts at its entry, and what is found must be its story's. */
  anchor: Item & { post: StoryPost & { part: NonNullable<StoryPost['part']> } };
  /** A part found fills the gap when its number is beyond this (after it for 'next', before it for 'prev'). */
  bound: number;
  /** The part numbers read already. */
  read: ReadonlySet<number>;
}

type NumberedPart = Gap['anchor'];

/**
 * The gaps worth bridging, 'next' first (`edges`: the run's Previous / Next links, [before, after]): a part that failed
 * (GAP_REASONS) beyond every numbered part read, when the
 * markers leave room for parts past it (no total, or a total above its number), and one before them all when parts
 * before it are numbered (the first part read is not part 1). A failed part between two parts read is no gap to bridge.
 */
export function gapsOf(items: Iterable<Item>, edges: readonly (readonly [string, string])[]): Gap[] {
  const all = [...items];
  const parts = all.filter((i): i is NumberedPart => i.status === 'part' && !!i.post?.part);
  if (!parts.length) return [];
  const read = new Set(parts.map((p) => p.post.part.index));
  const last = parts.reduce((a, b) => (b.post.part.index > a.post.part.index ? b : a));
  const first = parts.reduce((a, b) => (b.post.part.index < a.post.part.index ? b : a));
  const total = Math.max(0, ...parts.map((p) => p.post.part.total ?? 0)) || null;
  const failed = all.filter((i) => i.status === 'error' && i.role !== 'master' && !!i.error && GAP_REASONS.has(i.error.reason));
  const out: Gap[] = [];
  const linked = (a: string, b: string) => edges.some(([x, y]) => x === a && y === b);
  // After the last part read: a failed part numbered beyond it, or (unnumbered) the one its "Next" led to.
  const after = failed.filter((f) => {
    const index = partIndexOf(f);
    return index !== null ? index > last.post.part.index : linked(last.key, f.key);
  });
  if (after.length) {
    const bound = Math.max(...after.map((f) => partIndexOf(f) ?? last.post.part.index));
    if (total === null || total > bound) out.push({ dir: 'next', anchor: last, bound, read });
  }
  // Before the first part read, when it is not part 1.
  const before = failed.filter((f) => {
    const index = partIndexOf(f);
    return index !== null ? index < first.post.part.index : linked(f.key, first.key);
  });
  if (before.length && first.post.part.index > 1) {
    const bound = Math.min(...before.map((f) => partIndexOf(f) ?? first.post.part.index));
    if (bound > 1) out.push({ dir: 'prev', anchor: first, bound, read });
  }
  return out;
}

/** Whether a part numbered `index` fills the gap: beyond its bound on its side, a number not read yet. */
export function fillsGap(gap: Gap, index: number | null): boolean {
  if (index === null || gap.read.has(index)) return false;
  return gap.dir === 'next' ? index > gap.bound : index < gap.bound;
}

/** Whether `post` (found by the tag page or the journal's navigation) is the gap's part: the anchor's story, numbered to fill it. */
export function isGapPart(gap: Gap, post: StoryPost): boolean {
  return !!post.part && sameStoryByTag(gap.anchor.post, post) && fillsGap(gap, post.part.index);
}

/** Words writers put before a story's name in its tag ("fic: orchard ladder", "story: the salt road"). */
const TAG_PREFIX = /^(?:fic|fics|fanfic|fanfiction|story|series|wip|chaptered)\s+/;

function plainWords(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the\s+/, '');
}

/**
 * The story's own tag on a part's entry page: a link to a tag page of the post's own journal (fetch-url.ts `tagPageUrlOf`)
 * whose name is the story's title ("orchard ladder", "fic: orchard ladder" for "Orchard Ladder"; case, punctuation, a
 * leading "the" and "fic:" aside), as the URL rule builds it; null when there is none. Generic tags ("fic", "original
 * fic", a fandom) never match a title; and what the tag page lists is still read as parts only by `isGapPart`.
 */
export function storyTagOnPage(doc: Document, pageUrl: string, post: StoryPost): string | null {
  const own = journalOf(post.url);
  const title = plainWords(post.fields.title || titleFromSubject(post.subject));
  if (!own || title.length < 3) return null;
  for (const a of Array.from(doc.querySelectorAll('a[href*="/tag/"]'))) {
    const page = tagPageUrlOf(absoluteUrl(a.getAttribute('href'), pageUrl) ?? '');
    if (!page || journalOf(page) !== own) continue;
    let name: string;
    try {
      name = decodeURIComponent(page.slice(page.lastIndexOf('/tag/') + 5).replace(/\+/g, ' '));
    } catch {
      continue;
    }
    const words = plainWords(name)
      .replace(TAG_PREFIX, '')
      .replace(/^the\s+/, '');
    if (words === title) return page;
  }
  return null;
}
