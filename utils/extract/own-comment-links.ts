/**
 * Rule "the next part is in the writer's own comment": a writer who posts a story part by part often does not edit the
 * older part when the next one goes up, and leaves the link as a comment on it instead ("Part 2 is up: here!", "Next
 * part: <link>", "Part 3 (the last): here."), on LiveJournal and Dreamwidth alike. Such a comment is the part's way on.
 *
 * Read only where it cannot be a reader's word or another story's: a comment posted by the entry's own poster (the site
 * names a comment's poster outside its text: comments.ts), short (a note, not a story or a long reply), on an entry that
 * is itself a numbered part; its links read as a chapter's are (part-links.ts `chapterLinks`: the words must name a part,
 * "next", a masterpost), to an entry in the entry's own journal or its poster's. The link is as hostile as the page: the
 * stitcher follows it only as the fetch policy admits.
 */
import { canonicalEntryKey, entryAddress, normalizeUsername } from '../url';
import { hasComments, notePartLinks, readComments } from './comments';
import type { PartLink, StoryPost } from './types';

/** The part links in the entry's poster's own short comments on it (`entry`: the story post read from this, its own page). */
export function ownCommentPartLinks(doc: Document, pageUrl: string, entry: StoryPost): PartLink[] {
  const key = canonicalEntryKey(entry.url);
  if (!entry.part || !entry.author || canonicalEntryKey(pageUrl) !== key || !hasComments(doc)) return [];
  const poster = normalizeUsername(entry.author);
  const journals = new Set([normalizeUsername(entry.journal), poster]);
  const out: PartLink[] = [];
  for (const c of readComments(doc)) {
    if (!c.poster || normalizeUsername(c.poster) !== poster) continue;
    for (const l of notePartLinks(c, pageUrl)) {
      const a = entryAddress(l.url);
      if (a?.itemId != null && journals.has(a.journal) && !out.some((o) => canonicalEntryKey(o.url) === canonicalEntryKey(l.url))) out.push(l);
    }
  }
  return out;
}
