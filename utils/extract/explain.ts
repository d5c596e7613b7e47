/**
 * `extract --explain`: each post's verdict and the evidence it rests on, in a few lines, so a
 * wrong button (or a missing one) in a bug report points at the rule and the fact that decided.
 * Not part of the detector or the reader: only the CLI imports it.
 */
import { locateStories } from './index';
import { RULES } from './verdict';

export function explainPage(doc: Document, url: string): string {
  const { extraction, verdicts } = locateStories(doc, url);
  const out = [`${url}: ${extraction.kind} (site ${extraction.site}), ${verdicts.length} post${verdicts.length === 1 ? '' : 's'} read`];
  if (extraction.kind === 'interstitial') out.push('  an adult-content notice stands in front of the entry: no post to read');
  verdicts.forEach((v, i) => {
    const e = v.evidence;
    const yes = (b: boolean) => (b ? 'yes' : 'no');
    const ruleIndex = RULES.findIndex((r) => r.name === v.rule);
    out.push(
      `post ${i + 1} [${v.post.style}] "${e.subject || '(no subject)'}" ${v.story.url}`,
      `  verdict: ${v.verdict}, by rule ${ruleIndex >= 0 ? `${ruleIndex + 1} ` : ''}${v.rule}`,
      `  header: ${e.headerSpan[1] > e.headerSpan[0] ? `lines ${e.headerSpan[0] + 1}-${e.headerSpan[1]}` : 'none'}; fields: ${e.fields.join(', ') || 'none'}${v.story.fields.title ? `; title "${v.story.fields.title}"` : ''}`,
      `  part: ${e.part ? `${e.part.index}/${e.part.total ?? '?'} from the ${e.partFrom}` : 'none'}${e.partNav ? '; part navigation' : ''}`,
      `  prose: ${e.words} words (${e.ownWords} of the author's own after the header); cut: ${yes(e.cut)}; links to where the story is: ${e.storyLinks}`,
      `  tags: ${e.tags().join(', ') || 'none'}${e.ficTagged() ? ' (fic)' : ''}; fic subject: ${yes(e.ficSubject)}`,
      `  against: subject about fic ${yes(e.aboutFicSubject)}, poll ${yes(e.poll)}, form ${yes(e.form)}, list of links ${yes(e.linkList)}, talk about writing ${yes(e.aboutWriting)}, headers ${e.headers} (${e.headersElsewhere} of others' works, ${e.proseBetweenHeaders} chars of prose between)`,
    );
    if (v.story.elsewhere?.length) out.push(`  the story is at: ${v.story.elsewhere.map((l) => l.url).join(', ')}`);
    // Which links lead to the parts (or, for a header-only post, to the story) and which do not (part-links.ts).
    const links = (ls: { url: string; label: string }[]) => ls.map((l) => `"${l.label}" ${l.url}`).join(', ');
    if (v.story.partLinks.length) out.push(`  ${v.rule === 'header-only' ? 'the story is at (followed)' : v.verdict === 'masterpost' ? 'parts listed' : 'part links'}: ${links(v.story.partLinks)}`);
    if (v.story.related?.length) out.push(`  not parts (related): ${links(v.story.related)}`);
  });
  return out.join('\n');
}
