/**
 * Whether a post is a story, a masterpost or neither: one short list of named rules, tried in
 * order; the first that applies decides. Each rule states a fact of fandom practice, and the
 * evidence it reads is gathered once per post (index.ts) and printed by `extract --explain`.
 */
import { DETECTOR_BUILD } from './build-flags';
import type { PartMarker } from './types';

export type Verdict = 'story' | 'masterpost' | 'not-story';

export interface Evidence {
  /** Story fields the header gives a value (title, fandom, pairing, rating, summary, …). */
  fields: string[];
  /** A real fic header: two or more story fields with values (a blank form template is not one). */
  header: boolean;
  /** Words of prose after the header, and of it the author's own (not notes, links or sign-offs). */
  words: number;
  ownWords: number;
  /** The page shows only the text before an lj-cut. */
  cut: boolean;
  part: PartMarker | null;
  /** Where the part marker came from: 'subject', 'header', 'title', 'page title', 'tags'. */
  partFrom: string | null;
  /** One of the post's first lines is its part marker alone ("Part 2", "II."), the subject's number: a part's heading. */
  partHeading: boolean;
  /** A navigation line of the post links another entry ("« part 1 | part 3 »"; a part's heading alone links none). */
  partLinked: boolean;
  /** An unlinked line opening or closing the prose says the story goes on in the journal's next entry or comes from its previous one (parts.ts `continuesInEntry`). */
  continuesInEntry: boolean;
  /** The subject is a title going on: "Title, continued", "Title, concluded" (parts.ts SUBJECT_CONTINUED). */
  continuedSubject: boolean;
  /** Part or post navigation in the post ("« Part 1 | Part 3 »", a link line above or below the text). */
  partNav: boolean;
  /** The subject names a fic post ("Fic:", "[drabble]", "ficlet"), or the post's first line does ("100 words, for the … prompt": a drabble's note). */
  ficSubject: boolean;
  /** The subject, beside the story's own title, calls the post a poll, sign-up, meme, recs, update, claim… */
  aboutFicSubject: boolean;
  /** A tag says fic; read only when a rule asks (tags are outside the text). */
  ficTagged: () => boolean;
  /** Links to where the story is, for a header-only post (off-journal ones and journal entries). */
  storyLinks: number;
  /** A recording's or an artwork's header: it counts minutes, or credits a reader or a vidder, or an artist over pictures, and counts no words. */
  artOrAudio: boolean;
  /** A poll, or an empty form to copy and fill in (sign-ups, prompt templates). */
  poll: boolean;
  form: boolean;
  /** Mostly a list of links to other posts or works (a masterlist, recs). */
  linkList: boolean;
  /** Headers in the post, those of them naming an author or linking elsewhere, and the prose between them. */
  headers: number;
  headersElsewhere: number;
  proseBetweenHeaders: number;
  /** A header, links to two or more parts and hardly any prose: what a masterpost is. */
  masterpost: boolean;
  /** The prose talks about writing (fic, WIP, draft, words, chapter…) more than a story does. */
  aboutWriting: boolean;
  /** A line says the post's story is in its comments (evidence.ts `saysStoryInComments`). */
  storyInComments: boolean;
  /** The terms of an offer of writing (an auction's or a commission's: "Will not write:", "Samples:"; evidence.ts `isWritingOffer`). */
  writingOffer: boolean;
  /** Passages of the writer's drafts quoted in a post about writing them (evidence.ts `quotesOwnDrafts`). */
  quotedDrafts: boolean;
  /** The header counts words towards a goal ("14,200 / 20,000", "800 / ???", "71%"): a WIP meter. */
  wipMeter: boolean;
  /** The header's Rating is a score ("8/10", "four stars out of five"): a review's or a reaction's verdict (evidence.ts `isReviewScore`). */
  reviewScore: boolean;
  /** The header's Author is not the poster, and the poster asks to use the story ("may I translate it?"; evidence.ts `quotesOthersHeaderToAsk`). */
  quotedHeader: boolean;
  /** A role-play application's labels: the player's, the character's canon point, a writing sample (evidence.ts `isApplicationForm`). */
  application: boolean;
  /** One gift of a swap's reveals post, under its own header of its title and its credits (sections.ts `giftSections`). */
  gift: boolean;
}

/** What `extract --explain` prints besides (the full build's only: no rule reads it). */
export interface Explained {
  /**
   * The header's lines [start, end) among the post's lines: a header at the top starts at 0 (its opening notes are its
   * own), a header after the prose (header.ts `trailingHeader`) after the prose, so later (`extract --explain` says so).
   */
  headerSpan: [number, number];
  subject: string;
  tags: () => string[];
}

export interface Rule {
  name: string;
  verdict: Verdict;
  applies: (e: Evidence) => boolean;
}

// The detector's build keeps no rule's name (its minifier drops the unused strings): `decide` gives the rule's place in
// RULES there, which only its test reads (detector-build.test.ts names it from the full build's RULES).
const rule = (name: string, verdict: Verdict, applies: (e: Evidence) => boolean): Rule => ({ name: DETECTOR_BUILD ? '' : name, verdict, applies });

/*
 * The numbers the rules compare with (words of prose, unless named otherwise), each with why: plain
 * constants, so the detector's minified build keeps the numbers and not the names. Which fixture each
 * rule decides: tests/unit/verdict.test.ts, one row per rule.
 */
/** several-headers: a recs or claims list gives others' works a few lines each, fewer than a ficlet's. */
const PROSE_UNDER_OTHERS_HEADERS = 500;
/** several-headers: a list of one's own WIPs puts the headers back to back. */
const PROSE_UNDER_OWN_HEADERS = 40;
/** poll-or-form: a poll or sign-up with a few lines around it; a story with a poll after it has more. */
const POLL_POST_WORDS = 300;
/** quoted-header: a request around a quoted header is a few lines; a story posted under someone else's name is a story's length. */
const REQUEST_WORDS = 150;
/** art-or-audio: an art or podfic post's own words are a caption, not a story. */
const ART_OWN_WORDS = 150;
/** wip-meter: a progress post's chatter is a few lines; a chapter counted that way is a chapter's length. */
const WIP_METER_WORDS = 150;
/** header-only: a header and a link with a line or two of thanks; more is a story under the header. */
const HEADER_ONLY_OWN_WORDS = 40;
/** story-in-comments: a header and a line or two saying where the story is; a story under them is longer. */
const IN_COMMENTS_WORDS = 60;
/** header-and-prose: a drabble or a three-sentence ficlet is a story under a real header. */
const SHORT_PROSE = 10;
/** field-and-fic-sign: a sentence or two under one field and a fic sign. */
const FIELD_AND_SIGN_WORDS = 20;
/** fic-subject-and-prose: a fic subject over a paragraph of prose. */
const FIC_SUBJECT_WORDS = 50;
/** parts-of-a-story: a part with no header is a real part's length (trip reports have parts). */
const PART_WORDS = 300;
/** fic-tag-and-prose: a fic tag over more than a few lines (a tagged note about a fic is short). */
const FIC_TAG_WORDS = 100;

export const RULES: Rule[] = [
  // A recs post or a list of claims: several headers of other people's works (an author, a link),
  // each with little prose after it; or a list of one's WIPs: several headers back to back. (Several
  // headers each over a ficlet of its own are one story post.)
  rule('several-headers', 'not-story', (e) => e.headers >= 2 && e.proseBetweenHeaders / (e.headers - 1) < (e.headersElsewhere >= 2 ? PROSE_UNDER_OTHERS_HEADERS : PROSE_UNDER_OWN_HEADERS)),
  // The author names the post in its subject: a sign-up, a poll, a meme, recs, a WIP update, a
  // claim, a masterlist, a schedule is a post about fic, whatever fic-like lines it quotes.
  rule('subject-about-fic', 'not-story', (e) => e.aboutFicSubject),
  // A poll or a form to fill in, with a few lines around it, asks the readers something; a story
  // with a poll after it ("want a sequel?") still has a story's length of prose.
  rule('poll-or-form', 'not-story', (e) => e.words < POLL_POST_WORDS && (e.form || e.poll)),
  // Rule "a header quoted to ask for the story": someone else's header (its Author not the poster) quoted in a post that
  // asks to translate, record or remix the story ("may I translate this into Estonian?"), a few lines around it. The story
  // is elsewhere and not the poster's (a fic posted for a friend, a translation posted with its story, have the story).
  rule('quoted-header', 'not-story', (e) => e.quotedHeader && e.words < REQUEST_WORDS),
  // Rule "an application's labels are a form": a role-play application (Player / Character / Canon point / Personality /
  // Writing sample) is a form filled in, its sample a character's voice for the mods, not a story, whatever its length.
  rule('application-form', 'not-story', (e) => e.application),
  // A WIP meter: the author counts the words written towards a goal ("Words: 14,200 / 20,000", a
  // progress bar, "71%") over a few lines of chatter. A story states its length; a progress post
  // about a story being written is about fic, not fic, whatever header it copies.
  rule('wip-meter', 'not-story', (e) => e.wipMeter && e.words < WIP_METER_WORDS),
  // A reaction or a review under a header's labels whose Rating is a score ("four lighthouses out of five", "8/10"): about an
  // episode, a book or a film, not a story (evidence.ts `isReviewScore`).
  rule('review-score', 'not-story', (e) => e.reviewScore),
  // An offer of writing (a charity auction's, a commission post's): what the buyer may ask for in a header's labels, the
  // writer's stories linked as samples. A story to be written, not one to read, nor a masterpost of its samples.
  rule('writing-offer', 'not-story', (e) => e.writingOffer),
  // A post about writing one's story, quoting its drafts between the writer's talk about them, under the story's Title / Words.
  rule('quoted-drafts', 'not-story', (e) => e.quotedDrafts),
  // A header, links to the parts and hardly any prose of its own: a masterpost.
  rule('masterpost', 'masterpost', (e) => e.masterpost),
  // Fanart, podfic and vids come with fic-like headers too: one that counts minutes, or credits a
  // reader or an artist over pictures, and counts no words, is not a story to read.
  rule('art-or-audio', 'not-story', (e) => e.artOrAudio && e.ownWords < ART_OWN_WORDS),
  // A list of links with no header of its own is a masterlist or a recs list, not a story.
  rule('list-of-links', 'not-story', (e) => !e.header && e.linkList),
  // A header and "the fic is in the comments": the writer's own comments hold the story (comments.ts `ownCommentFill`),
  // the entry is its signpost. Only the comments' story gets a button.
  rule('story-in-comments', 'not-story', (e) => e.storyInComments && e.words < IN_COMMENTS_WORDS),
  // A full header and a link to where the story is ("Read it on AO3", "story at my fic journal"),
  // with no prose of its own: the commonest fic post since about 2011. The story is elsewhere.
  rule('header-only', 'story', (e) => e.header && !e.cut && e.storyLinks > 0 && e.ownWords < HEADER_ONLY_OWN_WORDS),
  // A real header over any prose at all: a story, a drabble or a three-sentence ficlet alike.
  rule('header-and-prose', 'story', (e) => e.header && (e.words >= SHORT_PROSE || e.cut)),
  // Rule "a swap's gift is a story": a reveals post's gift under its own small header, its title and who it was for or by
  // ("Title / For / From"), is a story whatever else its header names (sections.ts split the post so).
  rule('gift-of-a-reveals', 'story', (e) => e.gift && e.words >= SHORT_PROSE),
  // One field, and a fic subject, a fic tag or a part marker to say what it is.
  rule('field-and-fic-sign', 'story', (e) => e.fields.length > 0 && (e.words >= FIELD_AND_SIGN_WORDS || e.cut) && (e.ficSubject || !!e.part || e.ficTagged())),
  // No header: the subject says fic and there is prose (or a cut) that is not about writing.
  rule('fic-subject-and-prose', 'story', (e) => e.ficSubject && (e.words >= FIC_SUBJECT_WORDS || e.cut) && !e.aboutWriting),
  // A part marker is not enough on its own (trip reports have parts): a fic tag or links to the
  // other parts must say the parts are a story's.
  rule('parts-of-a-story', 'story', (e) => !!e.part && (e.partFrom === 'subject' || e.partFrom === 'tags') && e.words >= PART_WORDS && !e.aboutWriting && (e.partNav || e.ficTagged())),
  // Rule "the header goes on the first part": writers paste the header once, on part 1 (or the masterpost); a later part
  // is its subject ("Title, part 2"), the part's heading ("Part 2") and prose. The heading restating the subject's number,
  // and links to the other parts or a fic tag, say it is a story's part at a ficlet's length (a trip report's part has no
  // heading; a diary's "Part 2" heading no story's links).
  rule(
    'part-heading-and-prose',
    'story',
    (e) => e.partHeading && (e.partFrom === 'subject' || e.partFrom === 'page title') && e.words >= FIC_SUBJECT_WORDS && !e.aboutWriting && (e.partLinked || e.ficTagged()),
  ),
  // Rule "a part of a story is a story at any length": writers post a story in drabble- or ficlet-length instalments, the
  // header once on part 1, each later part its subject's number ("Title — III", "Title, part 4"), a paragraph or two of
  // prose, filed under the story's fic tag (and often linked to its neighbours, "<<" / ">>", "prev | next"). The subject's
  // marker with the fic tag says so; navigation does not (a serial diary links its parts too: "the allotment, part 4" under
  // "« part 3"), nor the marker, the tag or the navigation alone, nor a tagged line or two ("part 3 is delayed, sorry").
  rule('short-part-of-a-story', 'story', (e) => !!e.part && e.partFrom === 'subject' && e.ownWords >= FIC_SUBJECT_WORDS && !e.aboutWriting && e.ficTagged()),
  // Rule "continued in the next entry": a story posted over several entries with no numbers says in a line of its own that it
  // goes on in the next entry or comes from the previous one ("Continued from the previous entry."), the later entries' subjects
  // the title going on ("Title, continued", "Title, concluded"). With that subject, a header or a fic tag, and a paragraph of
  // prose not about writing, it is a story's part. The line alone is not ("More in the next entry, with photos": a diary's).
  rule('continued-in-next-entry', 'story', (e) => e.continuesInEntry && e.words >= FIC_SUBJECT_WORDS && !e.aboutWriting && (e.continuedSubject || e.header || e.ficTagged())),
  // A fic tag and a story's length of prose that does not talk about writing.
  rule('fic-tag-and-prose', 'story', (e) => e.words >= FIC_TAG_WORDS && !e.aboutWriting && e.ficTagged()),
];

/** The verdict and the rule that gave it ('no-evidence' when none applies; in the detector's build, the rule's index in RULES). */
export function decide(e: Evidence): { verdict: Verdict; rule: string } {
  for (const [i, r] of RULES.entries()) if (r.applies(e)) return { verdict: r.verdict, rule: DETECTOR_BUILD ? `${i}` : r.name };
  // No button without real evidence: the popup's "Read this page" reads anything else.
  return { verdict: 'not-story', rule: 'no-evidence' };
}
