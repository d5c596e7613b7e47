/**
 * The story verdict (utils/extract/verdict.ts): one row per named rule, with evidence it decides and the
 * fixture case it decides in the whole extraction (null where no fixture page rests on it yet), and the
 * cases between rules that were once bugs.
 */

import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { loadCases, loadPages, pageHtml } from '../../harness/fixture-cases';
import { locateStories } from '../../utils/extract/index';
import { decide, type Evidence, RULES } from '../../utils/extract/verdict';

const base: Evidence = {
  fields: [],
  header: false,
  words: 0,
  ownWords: 0,
  cut: false,
  part: null,
  partFrom: null,
  partHeading: false,
  partLinked: false,
  partNav: false,
  ficSubject: false,
  aboutFicSubject: false,
  ficTagged: () => false,
  storyLinks: 0,
  artOrAudio: false,
  poll: false,
  form: false,
  linkList: false,
  headers: 0,
  headersElsewhere: 0,
  proseBetweenHeaders: 0,
  masterpost: false,
  aboutWriting: false,
  wipMeter: false,
  reviewScore: false,
  storyInComments: false,
  writingOffer: false,
  quotedDrafts: false,
  continuesInEntry: false,
  continuedSubject: false,
  quotedHeader: false,
  application: false,
  gift: false,
};
const header = { fields: ['title', 'fandom', 'rating'], header: true };
const rule = (e: Partial<Evidence>) => decide({ ...base, ...e }).rule;

/** Each rule: evidence it decides, and a fixture case whose post it decides (null: none yet, only this row). */
const ROWS: [name: string, evidence: Partial<Evidence>, fixture: string | null][] = [
  ['several-headers', { ...header, words: 400, headers: 3, headersElsewhere: 3, proseBetweenHeaders: 400 }, 'dw-recs-list-notstory'],
  ['subject-about-fic', { ...header, words: 120, aboutFicSubject: true }, 'dw-core2-2012-poll-whatnext-notstory'],
  ['poll-or-form', { ...header, words: 60, poll: true }, null],
  ['quoted-header', { ...header, words: 40, ownWords: 40, storyLinks: 1, quotedHeader: true }, 'lj-generator2009-translation-request-quoted-header-notstory'],
  ['application-form', { ...header, words: 400, ownWords: 400, application: true }, 'dw-core2-2014-community-rp-application-notstory'],
  ['wip-meter', { ...header, words: 60, wipMeter: true }, 'lj-flexiblesquares2010-bigbang-wipmeter-notstory'],
  ['review-score', { ...header, words: 80, reviewScore: true }, 'lj-generator2007-episode-reaction-score-rating-notstory'],
  ['writing-offer', { ...header, words: 30, masterpost: true, writingOffer: true }, 'dw-core2-2011-community-auction-offer-notstory'],
  ['quoted-drafts', { ...header, words: 200, ownWords: 200, quotedDrafts: true }, 'dw-core2-2014-writing-process-quoted-drafts-notstory'],
  ['masterpost', { ...header, masterpost: true }, 'lj-singlepost-tareweight-masterpost'],
  ['art-or-audio', { ...header, words: 40, artOrAudio: true, storyLinks: 2 }, 'lj-generator2012-podfic-notstory'],
  ['list-of-links', { words: 40, linkList: true, ficSubject: true }, 'dw-core2-2019-recs-linklist-notstory'],
  ['story-in-comments', { ...header, words: 14, storyInComments: true }, 'dw-core2-2012-fic-in-own-comment-earlyice'],
  ['header-only', { ...header, storyLinks: 1, words: 5 }, 'dw-core2-2014-headeronly-titlelink-saltiron'],
  ['header-and-prose', { ...header, words: 18, ownWords: 18 }, 'dw-journal-shoreleave'],
  ['gift-of-a-reveals', { fields: ['title'], words: 40, ownWords: 40, gift: true }, 'ij-generator2011-community-swap-reveals-title-for-from-only-wickfest'],
  ['field-and-fic-sign', { fields: ['rating'], words: 60, part: { index: 2, total: 3 } }, 'ij-flexiblesquares2012-runon-italic-header-tinlanterns-pt2'],
  ['fic-subject-and-prose', { ficSubject: true, words: 600, poll: true }, 'jf-classic2007-drabble-nolabels-irongall'],
  ['parts-of-a-story', { part: { index: 2, total: 3 }, partFrom: 'subject', words: 500, partNav: true }, null],
  ['part-heading-and-prose', { part: { index: 2, total: null }, partFrom: 'subject', partHeading: true, partLinked: true, words: 80 }, 'dw-core2-2016-header-first-part-only-tidewater-2'],
  [
    'short-part-of-a-story',
    { part: { index: 2, total: null }, partFrom: 'subject', words: 70, ownWords: 70, partLinked: true, ficTagged: () => true },
    'sc-generator2008-roman-alone-short-parts-chalkmark-2',
  ],
  ['continued-in-next-entry', { words: 200, ownWords: 200, continuesInEntry: true, continuedSubject: true }, 'dw-core2-2014-continued-next-entry-saltorchard-2'],
  ['fic-tag-and-prose', { words: 300, ficTagged: () => true }, null],
];

describe('one row per rule', () => {
  it('every rule has a row, in order', () => {
    expect(ROWS.map((r) => r[0])).toEqual(RULES.map((r) => r.name));
  });
  const pages = loadPages();
  const cases = new Map(loadCases().map((c) => [c.id, c]));
  for (const [name, evidence, fixture] of ROWS) {
    it(`${name}${fixture ? ` (${fixture})` : ''}`, () => {
      expect(rule(evidence)).toBe(name);
      if (!fixture) return;
      const c = cases.get(fixture);
      expect(c, fixture).toBeDefined();
      const doc = new JSDOM(pageHtml(pages, c!.url), { url: c!.url }).window.document;
      expect(locateStories(doc, c!.url).verdicts.map((v) => v.rule)).toContain(name);
    });
  }
});

describe('the rules', () => {
  it('are a short list of named rules, and no evidence means no button', () => {
    expect(RULES.map((r) => r.name)).toEqual([
      'several-headers',
      'subject-about-fic',
      'poll-or-form',
      'quoted-header',
      'application-form',
      'wip-meter',
      'review-score',
      'writing-offer',
      'quoted-drafts',
      'masterpost',
      'art-or-audio',
      'list-of-links',
      'story-in-comments',
      'header-only',
      'header-and-prose',
      'gift-of-a-reveals',
      'field-and-fic-sign',
      'fic-subject-and-prose',
      'parts-of-a-story',
      'part-heading-and-prose',
      'short-part-of-a-story',
      'continued-in-next-entry',
      'fic-tag-and-prose',
    ]);
    expect(decide(base)).toEqual({ verdict: 'not-story', rule: 'no-evidence' });
  });

  it('continued-in-next-entry: the line with a title going on, a header or a fic tag; never the line alone', () => {
    const e = { words: 200, ownWords: 200, continuesInEntry: true };
    expect(rule({ ...e, continuedSubject: true })).toBe('continued-in-next-entry');
    expect(rule({ ...e, fields: ['title', 'rating'], header: true })).toBe('header-and-prose');
    expect(rule({ ...e, words: 80, ficTagged: () => true })).toBe('continued-in-next-entry');
    expect(rule(e)).toBe('no-evidence');
    expect(rule({ ...e, continuedSubject: true, aboutWriting: true })).toBe('no-evidence');
    expect(rule({ ...e, continuedSubject: true, words: 30 })).toBe('no-evidence');
    expect(rule({ ...e, continuesInEntry: false, continuedSubject: true })).toBe('no-evidence');
  });

  it('a header over a few sentences is a story; over nothing, it is not', () => {
    expect(rule({ ...header, words: 18, ownWords: 18 })).toBe('header-and-prose');
    expect(rule({ ...header, words: 4, ownWords: 4 })).toBe('no-evidence');
  });

  it('a header, a link to where the story is and no prose: header-only; with a story under it, not', () => {
    expect(rule({ ...header, storyLinks: 1, words: 5 })).toBe('header-only');
    expect(rule({ ...header, storyLinks: 1, words: 900, ownWords: 900 })).toBe('header-and-prose');
    expect(rule({ ...header, storyLinks: 1, cut: true })).toBe('header-and-prose');
  });

  it('evidence against wins over a header: recs, a subject about fic, a poll or form, art and podfic', () => {
    expect(rule({ ...header, words: 400, headers: 3, headersElsewhere: 3, proseBetweenHeaders: 400 })).toBe('several-headers');
    expect(rule({ ...header, words: 60, headers: 3, proseBetweenHeaders: 20 })).toBe('several-headers');
    expect(rule({ ...header, words: 90, headers: 3, proseBetweenHeaders: 360 })).toBe('header-and-prose');
    expect(rule({ ...header, words: 120, aboutFicSubject: true })).toBe('subject-about-fic');
    expect(rule({ ...header, words: 60, poll: true })).toBe('poll-or-form');
    expect(rule({ ...header, words: 40, artOrAudio: true, storyLinks: 2 })).toBe('art-or-audio');
    expect(rule({ ...header, words: 40, artOrAudio: true, masterpost: true })).toBe('masterpost');
  });

  it('a story with a poll after it is still a story', () => {
    expect(rule({ ficSubject: true, words: 600, poll: true })).toBe('fic-subject-and-prose');
  });

  it('a part marker needs a fic tag or part navigation; a fic tag needs prose that is not about writing', () => {
    expect(rule({ part: { index: 2, total: 3 }, partFrom: 'subject', words: 500 })).toBe('no-evidence');
    expect(rule({ part: { index: 2, total: 3 }, partFrom: 'subject', words: 500, partNav: true })).toBe('parts-of-a-story');
    expect(rule({ words: 300, ficTagged: () => true })).toBe('fic-tag-and-prose');
    expect(rule({ words: 300, ficTagged: () => true, aboutWriting: true })).toBe('no-evidence');
    expect(rule({ words: 40, linkList: true, ficSubject: true })).toBe('list-of-links');
  });

  it("a short part is a story with the subject's number and the fic tag; navigation, or one of them alone, is not", () => {
    const short = { part: { index: 3, total: null }, partFrom: 'subject', words: 70, ownWords: 70 };
    const tagged = { ...short, ficTagged: () => true };
    expect(rule(tagged)).toBe('short-part-of-a-story');
    expect(rule({ ...tagged, partLinked: true })).toBe('short-part-of-a-story');
    // A serial diary links its parts too.
    expect(rule({ ...short, partLinked: true, partNav: true })).toBe('no-evidence');
    expect(rule(short)).toBe('no-evidence');
    expect(rule({ words: 70, ownWords: 70, partLinked: true })).toBe('no-evidence');
    expect(rule({ words: 70, ownWords: 70, ficTagged: () => true })).toBe('no-evidence');
    expect(rule({ ...tagged, partFrom: 'header' })).toBe('no-evidence');
    // A tagged line or two under the part's subject, and a part that talks about writing, are no story.
    expect(rule({ ...tagged, words: 30, ownWords: 30 })).toBe('no-evidence');
    expect(rule({ ...tagged, aboutWriting: true })).toBe('no-evidence');
  });
});
