/**
 * Rule "a swap's reveals hold each gift in full": a community's exchange or swap posts its gifts when they are revealed, each
 * drabble or ficlet in full under a small header of its own ("Title: … / For: … / From: … / Rating: …"), one after another
 * in one entry, with a word from the mods before and after. Each is a story of its own (the entry holds several stories),
 * not one story, and not a list of others' works: a recs list's headers link the works elsewhere and say a few lines about
 * each; a reveal's headers link nothing but the people credited, and a story's length of prose stands under each.
 *
 * Read as such only when every header names its story's own title and credits its writer or its recipient (Author / By /
 * From / For / Recipient / To), there are two or more, and each stands over a drabble's length of prose at least (what
 * follows it up to the next header). The words before the first header are the mods', as is a closing word to the
 * community after the last story ("Thank you to everyone who took part", "Comments are screened until Friday").
 *
 * Rule "a gift credited to its recipient": a header that names who the story was FOR (Recipient / For / To / Gift for) is a
 * gift's, never a recs list's (recs credit the writer, not a reader), and a gift is a story at any length a story under a
 * real header has: a ficlet of three sentences. Under such headers each gift needs a ficlet's length only; headers that
 * credit only a writer keep the drabble's (a recs list says a few lines under each).
 */
import { entryAddress } from '../url';
import { labelOf } from './header';
import { GIFT_CREDIT_LABELS } from './lexicon';
import type { Line } from './lines';

/** Labels that credit a gift's writer or its recipient (the author field's own labels aside). */
const CREDIT_LABEL = new RegExp(`^(?:${GIFT_CREDIT_LABELS})$`, 'i');
/** A drabble's length, less a little: the prose under each header. */
const GIFT_WORDS = 60;
/** Labels that name a gift's recipient (not "Written for", a prompt's label). */
const RECIPIENT_LABEL = new RegExp(`^(?:${GIFT_CREDIT_LABELS.split('|').slice(0, 6).join('|')})$`, 'i');
/** A ficlet of three sentences, less a little: the prose under each header that credits a recipient. */
const FICLET_WORDS = 25;
/** A closing word to the community after the last gift. */
const CLOSING_NOTE =
  /\b(?:thank(?:s| you)\b.{0,40}\b(?:everyone|all|taking part|took part|participat\w*|writers?|authors?)|everyone who|took part|sign-?ups?|reveals?|comments are (?:screened|unscreened|open)|next round|the mods?)\b/i;

interface HeaderRun {
  start: number;
  end: number;
  keys: Set<string>;
  credit: boolean;
  recipient: boolean;
  links: boolean;
}

/** Runs of labelled lines (two or more fields, at most one line apart), a repeated label starting a new run. */
function headerRuns(lines: Line[]): HeaderRun[] {
  const runs: HeaderRun[] = [];
  let run: HeaderRun | null = null;
  lines.forEach((l, i) => {
    const p = labelOf(l);
    if (!p) return;
    const name = p.key ?? p.label.toLowerCase();
    if (!run || i - run.end > 1 || run.keys.has(name)) {
      run = { start: i, end: i, keys: new Set(), credit: false, recipient: false, links: false };
      runs.push(run);
    }
    run.keys.add(name);
    run.end = i;
    run.credit ||= p.key === 'author' || CREDIT_LABEL.test(p.label.trim());
    run.recipient ||= RECIPIENT_LABEL.test(p.label.trim());
    // (A user tag, a person credited, links the journal or its profile: no entry, not off the journals.)
    run.links ||= l.links.some((k) => entryAddress(k.href)?.itemId !== null);
  });
  return runs.filter((r) => [...r.keys].filter((k) => k !== 'title').length >= 1 && r.keys.size >= 2);
}

function words(lines: Line[]): number {
  return lines.reduce((n, l) => n + (l.text ? l.text.split(/\s+/).length : 0), 0);
}

/** The post's gifts, each its header's first line to the next header (the last one's closing note left out), or null when it holds none such. */
export function giftSections(lines: Line[]): { start: number; end: number }[] | null {
  const runs = headerRuns(lines);
  if (runs.length < 2 || !runs.every((r) => r.keys.has('title') && r.credit && !r.links)) return null;
  const sections = runs.map((r, i) => ({ start: r.start, end: i + 1 < runs.length ? runs[i + 1].start : lines.length }));
  const last = sections[sections.length - 1];
  for (let n = 0; n < 2 && last.end - 1 > runs[runs.length - 1].end && CLOSING_NOTE.test(lines[last.end - 1].text) && lines[last.end - 1].text.length < 300; n++) last.end--;
  const ok = sections.every((s, i) => words(lines.slice(runs[i].end + 1, s.end)) >= (runs[i].recipient ? FICLET_WORDS : GIFT_WORDS));
  return ok ? sections : null;
}
