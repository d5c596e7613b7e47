/**
 * True only in the detector's build (the content script every journal page loads), where WXT's
 * build defines `__INKWELL_DETECTOR__`: the minifier then drops what only the reader needs — the
 * rebuilt HTML, part links, the rating's normalisation — and the detector stays in its size
 * budget. The decisions (which posts are stories, their titles and parts) are the same code in
 * every build. Everywhere else (the reader, tests, the CLI, the bench) the name is undefined and
 * `extractPage` returns everything.
 */
declare const __INKWELL_DETECTOR__: boolean | undefined;

export const DETECTOR_BUILD: boolean = typeof __INKWELL_DETECTOR__ !== 'undefined' && __INKWELL_DETECTOR__ === true;
