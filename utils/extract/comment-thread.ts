/**
 * The thread walk: which comments of a page are parts of which fill. Plain data in (the comments
 * as the page shows them: id, parent, poster, subject, state), plain data out (the fills, their
 * parts in reading order, their prompt). No DOM: comments.ts reads the page into this shape.
 *
 * A part is a comment whose subject says FILL or carries a part marker with a title
 * (comment-subjects.ts), and is not the site's own "Re: <parent's subject>" on a reply (that is
 * chatter: "OP here, this is amazing!", "Not the filler, but..."). A top-level comment is a
 * prompt unless it says FILL (a filler continuing in a new thread when the old one got too deep).
 * A part joins a fill when the same poster wrote it (anonymous with anonymous: the sites show
 * no more) and it sits where that fill's parts sit (a reply to one of its parts, or in the same
 * prompt's thread, or a FILL continuation thread) under the same title (an untitled "2/3" only
 * as a reply to one of the fill's parts). Parts are ordered by their markers, not their places:
 * a part 3 posted before part 2, or a part 2 posted to the prompt, reads in order.
 */
import { type CommentSubject, parseCommentSubject, sameTitle } from './comment-subjects';

export interface ThreadComment {
  id: string;
  /** The comment it replies to (also when that one is not on this page); null at top level. */
  parentId: string | null;
  /** The poster's username; null for an anonymous comment. */
  poster: string | null;
  subject: string;
  /** `collapsed`: shown as a one-line subject with a link (the text is on its ?thread= page). */
  state: 'full' | 'collapsed' | 'deleted' | 'screened';
  /** A Title: from a header in the comment's text, for a subject that gives none ("FILL"). */
  headerTitle?: string;
}

export interface FillPart {
  id: string;
  subject: string;
  /** The part number (null: an unnumbered one-shot or first part). */
  index: number | null;
  /** The letter of a part posted in pieces ("4a/6"), '' otherwise. */
  piece: string;
  /** This part's own total, as written (null: none, or "?"). */
  total: number | null;
  ends: boolean;
  state: ThreadComment['state'];
}

export interface Fill {
  title: string;
  poster: string | null;
  /** The top-level comment the fill answers, when it is on this page. */
  promptId: string | null;
  /** In reading order. */
  parts: FillPart[];
  /** The fill's total: an end mark makes it the last part's number; null while unknown ("?"). */
  total: number | null;
  /** An end mark (END, Complete, Fin) or a part n of n was seen. */
  complete: boolean;
}

interface Draft extends Fill {
  root: string;
  ids: Set<string>;
  order: number[];
}

export function findFills(comments: readonly ThreadComment[]): Fill[] {
  const byId = new Map(comments.map((c) => [c.id, c]));
  const subjects = new Map(comments.map((c) => [c.id, parseCommentSubject(c.subject)]));
  // The top of each comment's thread on this page (a ?thread= page starts mid-thread).
  const rootOf = (c: ThreadComment): string => {
    let r = c;
    const seen = new Set<string>();
    while (r.parentId !== null && byId.has(r.parentId) && !seen.has(r.id)) {
      seen.add(r.id);
      r = byId.get(r.parentId)!;
    }
    return r.id;
  };

  const drafts: Draft[] = [];
  comments.forEach((c, position) => {
    const s = subjects.get(c.id)!;
    if (!isPart(c, s, byId.get(c.parentId ?? ''), subjects)) return;
    const title = s.title || c.headerTitle || '';
    const root = rootOf(c);
    const topLevel = c.parentId === null || !byId.has(c.parentId);
    const fill = drafts.find(
      (f) =>
        f.poster === c.poster &&
        !f.parts.some((p) => p.index !== null && p.index === s.part?.index && p.piece === s.piece) &&
        (sameTitle(title, f.title) || (title === '' && f.ids.has(c.parentId ?? ''))) &&
        (f.ids.has(c.parentId ?? '') || f.root === root || (topLevel && s.fill)),
    );
    const part: FillPart = { id: c.id, subject: s.raw, index: s.part?.index ?? null, piece: s.piece, total: s.part?.total ?? null, ends: s.ends, state: c.state };
    if (fill) {
      fill.parts.push(part);
      fill.ids.add(c.id);
      fill.order.push(position);
    } else if (title || s.fill) {
      // An untitled "2/3" is a part only of the fill it replies to.
      drafts.push({ title, poster: c.poster, promptId: null, parts: [part], total: null, complete: false, root, ids: new Set([c.id]), order: [position] });
    }
  });

  return drafts.map((d) => {
    const parts = d.parts
      .map((p, i) => ({ p, at: d.order[i] }))
      .sort((a, b) => (a.p.index ?? 1) - (b.p.index ?? 1) || a.p.piece.localeCompare(b.p.piece) || a.at - b.at)
      .map((x) => x.p);
    const complete = parts.some((p) => p.ends);
    const totals = parts.map((p) => p.total).filter((t): t is number => t !== null);
    // "3/5 (END)": the author stopped at 3; the last part's number is the total then.
    const total = complete ? Math.max(...parts.map((p) => p.index ?? 1)) : totals.length ? Math.max(...totals) : null;
    const root = byId.get(d.root);
    const promptId = root && root.parentId === null && !d.ids.has(root.id) && !drafts.some((o) => o.ids.has(root.id)) ? root.id : null;
    return { title: d.title, poster: d.poster, promptId, parts, total, complete };
  });
}

function isPart(c: ThreadComment, s: CommentSubject, parent: ThreadComment | undefined, subjects: Map<string, CommentSubject>): boolean {
  return partRule(c, s, parent, subjects).part;
}

/**
 * Whether a comment is a part of a fill, and the subject rule that says so (or says not): the one
 * decision the thread walk makes per comment, named for `extract --explain`. `parent`: the comment
 * it replies to, when on the page.
 */
export function partRule(c: ThreadComment, s: CommentSubject, parent: ThreadComment | undefined, subjects: Map<string, CommentSubject>): { part: boolean; rule: string } {
  if (c.state === 'deleted' || c.state === 'screened') return { part: false, rule: `${c.state} comment` };
  // The site's own subject on a reply: "Re: " and the parent's subject, unchanged.
  if (s.reply && parent && s.bare.toLowerCase() === subjects.get(parent.id)!.bare.toLowerCase()) return { part: false, rule: 'the site\'s "Re:" and its parent\'s subject (chatter)' };
  if (c.parentId === null)
    return s.fill ? { part: true, rule: 'FILL mark on a top-level comment (a fill going on in a new thread)' } : { part: false, rule: 'top-level without a FILL mark (a prompt)' };
  if (s.fill) return { part: true, rule: 'FILL mark ("FILL:", "[FILL]", "(fill)")' };
  if (s.markerPlaced && s.title !== '') return { part: true, rule: 'a title and a part marker ("Title 2/5")' };
  if (s.markerPlaced && c.headerTitle) return { part: true, rule: "a part marker, the title in the text's header" };
  if (s.markerPlaced && parent) return { part: true, rule: 'an untitled part marker on a reply ("2/3")' };
  return { part: false, rule: s.part ? 'a part marker that is no subject\'s ("3/4 of the way")' : 'no FILL mark, no part marker' };
}
