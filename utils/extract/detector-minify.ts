/**
 * How the detector's stages are minified (wxt.config.ts; tests/unit/detector-build.test.ts minifies its
 * build of them the same way): terser, not the bundler's own minifier, for the bytes every journal page
 * loads (the 15 KB gzipped budget, bench/sections/size.ts). Three passes and functions as arrows (none of
 * the detector's is called with `new`) beat oxc's output by about 140 B gzipped on journal.js.
 *
 * Property names are mangled only where they are proven internal, each stage's bundle on its own (so a
 * mangled name differs from one bundle to the next): a name here must be on no object that crosses a
 * message, storage, the ReaderApi or the API of a stage injected on demand (StoryPost, FoundPost, NavLine,
 * PartLink, ...). The fields of a post's evidence (verdict.ts `Evidence`: the verdict reads them,
 * `extract --explain` is no part of the detector), of a chrome scan (chrome.ts `ChromeScan`), tables' and
 * results' fields read where they are made, and a line's own fields (lines.ts `Line`): the detector hands
 * its lines to the masterpost-lists stage, which reads their text, links and kind only —
 * detector-build.test.ts checks that the stages that take or make the detector's objects name none of these.
 */
import type { MinifyOptions } from 'terser';

/** lines.ts Line's own fields (not its text, links or kind): the lines go to the masterpost-lists stage, which reads none of these. */
export const LINE_FIELDS = ['leadEmphasis', 'paraBreakBefore', 'afterCut', 'hasContent', 'linkChars', 'hasMedia', 'cutLink'];

export const INTERNAL_PROPERTIES = [
  // verdict.ts Evidence: the fields whose names say nothing else anywhere in the detector.
  'headerSpan',
  'ownWords',
  'partFrom',
  'partNav',
  'ficSubject',
  'aboutFicSubject',
  'ficTagged',
  'artOrAudio',
  'linkList',
  'headersElsewhere',
  'proseBetweenHeaders',
  'aboutWriting',
  'wipMeter',
  'reviewScore',
  'quotedHeader',
  'application',
  'storyInComments',
  'writingOffer',
  'quotedDrafts',
  'headers',
  'poll',
  'storyLinks',
  'words',
  'header',
  'form',
  // verdict.ts Rule's test (its name and verdict the detector-build test reads).
  'applies',
  // chrome.ts ChromeScan.
  'sawCutLink',
  'posterHints',
  'selfKey',
  // lexicon.ts LexiconRow; parts.ts' marker table and matches; index.ts' header
  // clusters and a post's reading; header.ts' and body.ts' results (HeaderResult's span and labels, splitRunTogether's starts).
  'freeText',
  'labels',
  'marker',
  'start',
  'end',
  'hit',
  'count',
  'elsewhere',
  'hasTotal',
  'proseBetween',
  'listWanted',
  'navLines',
  // evidence.ts StoryLinks.
  'linkLines',
  // sites.ts JournalSite and sites/types.ts PageStyle (each bundle's own table), url.ts' results (each bundle's own reading).
  'adapter',
  'styles',
  'domain',
  'journalInPath',
  'reserved',
  'urlShapes',
  'examples',
  'entryPageOnly',
  'itemId',
  'original',
  'timestamp',
  // lines.ts Line: its own fields (not text, links, kind).
  ...LINE_FIELDS,
];

/**
 * Names on each bundle's own tables and readings only (the lexicon's rows, the sites' table, url.ts' results): every
 * stage bundles its own and may name them too; none is on an object a stage hands the detector or takes from it.
 */
export const OWN_TABLE_PROPERTIES = ['freeText', 'labels', 'adapter', 'styles', 'domain', 'journalInPath', 'reserved', 'urlShapes', 'examples', 'entryPageOnly', 'itemId', 'original', 'timestamp'];

export const DETECTOR_TERSER_OPTIONS: MinifyOptions = {
  ecma: 2020,
  // Safari does not run the extension.
  safari10: false,
  // Also: reading a property has no side effect (true of the detector's objects and the DOM's it reads; its
  // evidence's getters only cache), and the built-ins are the standard ones (templates as concatenation,
  // `RegExp(...)` for `new RegExp(...)`): -75 B gzipped. detector-build.test.ts runs the build made so.
  compress: { passes: 3, unsafe_arrows: true, pure_getters: true, unsafe: true },
  // (`builtins`: names the DOM also has, `itemId`, `key`, `form`, `start`, are mangled too: the list is of our own objects' names only.)
  mangle: { properties: { builtins: true, regex: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`) } },
};
