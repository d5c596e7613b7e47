/**
 * `extract --explain`: each post's verdict and the evidence it rests on, in a few lines, so a
 * wrong button (or a missing one) in a bug report points at the rule and the fact that decided.
 * Not part of the detector or the reader: only the CLI imports it.
 */

import { parseCommentSubject } from './comment-subjects';
import { partRule } from './comment-thread';
import { commentPermalink, fillsOnPage } from './comments';
import { locateStories } from './index';
import { type Evidence, type Explained, RULES } from './verdict';

export function explainPage(doc: Document, url: string): string {
  const { extraction, verdicts } = locateStories(doc, url);
  const out = [`${url}: ${extraction.kind} (site ${extraction.site}), ${verdicts.length} post${verdicts.length === 1 ? '' : 's'} read`];
  if (extraction.kind === 'interstitial') out.push('  an adult-content notice or a login page stands in front of the entry: no post to read');
  verdicts.forEach((v, i) => {
    // The full build's evidence: with what only this prints.
    const e = v.evidence as Evidence & Explained;
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    const ruleIndex = RULES.findIndex((r) => r.name === v.rule);
    out.push(
      `post ${i + 1} [${v.post.style}] "${e.subject || '(no subject)'}" ${v.story.url}`,
      `  verdict: ${v.verdict}, by rule ${ruleIndex >= 0 ? `${ruleIndex + 1} ` : ''}${v.rule}`,
      `  header: ${e.headerSpan[1] > e.headerSpan[0] ? `lines ${e.headerSpan[0] + 1}-${e.headerSpan[1]}${e.headerSpan[0] > 0 ? ', header after the prose' : ''}` : 'none'}; fields: ${e.fields.join(', ') || 'none'}${v.story.fields.title ? `; title "${v.story.fields.title}"` : ''}`,
      `  part: ${e.part ? `${e.part.index}/${e.part.total ?? '?'} from the ${e.partFrom}` : 'none'}${e.partNav ? '; part navigation' : ''}`,
      `  prose: ${e.words} words (${e.ownWords} of the author's own after the header); cut: ${yes(e.cut)}; links to where the story is: ${e.storyLinks}`,
      `  tags: ${e.tags().join(', ') || 'none'}${e.ficTagged() ? ' (fic)' : ''}; fic subject (or a drabble's note): ${yes(e.ficSubject)}`,
      `  against: subject about fic ${yes(e.aboutFicSubject)}, poll ${yes(e.poll)}, form ${yes(e.form)}, application form ${yes(e.application)}, quoted header asked for ${yes(e.quotedHeader)}, list of links ${yes(e.linkList)}, talk about writing ${yes(e.aboutWriting)}, headers ${e.headers} (${e.headersElsewhere} of others' works, ${e.proseBetweenHeaders} chars of prose between)`,
    );
    if (v.story.elsewhere?.length) out.push(`  the story is at: ${v.story.elsewhere.map((l) => l.url).join(', ')}`);
    // Which links lead to the parts (or, for a header-only post, to the story) and which do not (part-links.ts).
    const links = (ls: { url: string; label: string }[]) => ls.map((l) => `"${l.label}" ${l.url}`).join(', ');
    if (v.story.partLinks.length) out.push(`  ${v.rule === 'header-only' ? 'the story is at (followed)' : v.verdict === 'masterpost' ? 'parts listed' : 'part links'}: ${links(v.story.partLinks)}`);
    if (v.story.related?.length) out.push(`  not parts (related): ${links(v.story.related)}`);
  });
  out.push(...explainFills(doc, url));
  return out.join('\n');
}

/**
 * The fills in the page's comments (comments.ts): each with its parts and the subject rule that made
 * each comment a part (comment-thread.ts `partRule`); then the comments whose subjects look like a
 * fill's (a FILL mark, a part marker) that are none, and the rule that said so.
 */
function explainFills(doc: Document, url: string): string[] {
  const { comments, fills } = fillsOnPage(doc, url);
  if (!comments.length) return [];
  const byId = new Map(comments.map((c) => [c.id, c]));
  const subjects = new Map(comments.map((c) => [c.id, parseCommentSubject(c.subject)]));
  const ruleOf = (id: string) => {
    const c = byId.get(id)!;
    return partRule(c, subjects.get(id)!, byId.get(c.parentId ?? ''), subjects);
  };
  const out = [`comments: ${comments.length} read, ${fills.length} fill${fills.length === 1 ? '' : 's'} found`];
  fills.forEach((f, i) => {
    out.push(
      `fill ${i + 1} "${f.title || '(untitled)'}" by ${f.poster ?? 'Anonymous'} ${commentPermalink(url, f.parts[0].id)}`,
      `  ${f.complete ? 'complete' : f.parts.every((p) => p.index === null) ? 'one part, no part marker' : 'WIP as far as this page shows (no END, Fin or n/n here)'}, ${f.total ?? '?'} parts in all, ${f.parts.length} here; prompt: ${f.promptId ? `comment ${f.promptId}` : 'not on this page'}`,
    );
    for (const p of f.parts) out.push(`  part ${p.index ?? 1}${p.piece}: comment ${p.id} "${p.subject}"${p.state === 'full' ? '' : ` (${p.state})`}, by rule: ${ruleOf(p.id).rule}`);
  });
  const inFill = new Set(fills.flatMap((f) => f.parts.map((p) => p.id)));
  for (const c of comments) {
    const s = subjects.get(c.id)!;
    if (inFill.has(c.id) || (!s.fill && !s.part)) continue;
    const r = ruleOf(c.id);
    out.push(`not a fill: comment ${c.id} "${c.subject}": ${r.part ? `${r.rule}, but no fill of this poster and title to join` : r.rule}`);
  }
  return out;
}
