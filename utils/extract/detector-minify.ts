/**
 * How the detector's stages are minified (wxt.config.ts; tests/unit/detector-build.test.ts minifies its
 * build of them the same way): terser, not the bundler's own minifier, for the bytes every journal page
 * loads (the 15 KB gzipped budget, bench/sections/size.ts). Three passes and functions as arrows (none of
 * the detector's is called with `new`) beat oxc's output by about 140 B gzipped on journal.js.
 *
 * Property names are mangled only where they are proven internal: the fields of a post's evidence
 * (verdict.ts `Evidence`, built and read in one stage's bundle: the verdict reads them, `extract --explain`
 * is no part of the detector), of a chrome scan (chrome.ts `ChromeScan`, made and read within a post's
 * reading) and the lexicon's `freeText`. None crosses a message, storage, the ReaderApi or the API of a
 * stage injected on demand (those are separate bundles, each mangled on its own): a name that does must
 * never be added here. Mangling them saves about 120 B gzipped more.
 */
import type { MinifyOptions } from 'terser';

const INTERNAL_PROPERTIES = [
  // verdict.ts Evidence: only the fields whose names say nothing else anywhere in the detector.
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
  // chrome.ts ChromeScan.
  'sawCutLink',
  'posterHints',
  'selfKey',
  // lexicon.ts LexiconRow.
  'freeText',
];

export const DETECTOR_TERSER_OPTIONS: MinifyOptions = {
  ecma: 2020,
  // Safari does not run the extension.
  safari10: false,
  compress: { passes: 3, unsafe_arrows: true },
  mangle: { properties: { regex: new RegExp(`^(?:${INTERNAL_PROPERTIES.join('|')})$`) } },
};
