/**
 * The book's stylesheet: plain on purpose. No font family, size or line height for the text: an
 * e-reader's own font and size settings apply. Only what carries meaning (headings, the card, scene
 * breaks, the look of elements the XHTML writer turned into divs: classes `x-<original name>`).
 */
export const BOOK_CSS = `/* Inkwell: the reader's own font, size and margins apply. */
h1, h2, h3 { font-weight: bold; page-break-after: avoid; break-after: avoid; }
h1 { font-size: 1.4em; margin: 1em 0 0.8em; }
h2 { font-size: 1.15em; margin: 1.2em 0 0.5em; }
p { margin: 0 0 0.8em; }
blockquote { margin: 0 1.5em 0.8em; }
hr { border: 0; border-top: 1px solid; width: 30%; margin: 1.5em auto; }
img { max-width: 100%; height: auto; }
pre, .x-pre { white-space: pre-wrap; }
code, kbd, samp, .x-code, .x-kbd, .x-samp, .x-pre { font-family: monospace; }
table { border-collapse: collapse; }
td, th { padding: 0.1em 0.4em; vertical-align: top; }
.titlepage h1.title { text-align: center; font-size: 1.7em; margin: 1.5em 0 0.4em; }
.titlepage .byline { text-align: center; margin-bottom: 1.5em; }
dl.card dt { font-weight: bold; margin-top: 0.4em; }
dl.card dd { margin: 0 0 0 1.5em; }
.sources, .missing ul { padding-left: 1.5em; }
.sources li, .missing li { overflow-wrap: break-word; word-wrap: break-word; }
.missing { font-style: italic; }
.saved { margin-top: 1.5em; font-size: 0.9em; }
.toc ol { list-style: none; padding: 0; }
.toc li { margin: 0.3em 0; }
.x-center { text-align: center; }
.x-b, .x-strong, .x-dt, .x-th, .x-legend { font-weight: bold; }
.x-i, .x-em, .x-cite, .x-var, .x-dfn, .x-alt { font-style: italic; }
.x-u, .x-ins { text-decoration: underline; }
.x-s, .x-del { text-decoration: line-through; }
.x-small { font-size: smaller; }
.x-big { font-size: larger; }
.x-h1, .x-h2, .x-h3, .x-h4, .x-h5, .x-h6 { font-weight: bold; margin: 0.8em 0 0.4em; }
.x-p { margin: 0 0 0.8em; }
.x-dd, .x-li { margin-left: 1.5em; }
`;
