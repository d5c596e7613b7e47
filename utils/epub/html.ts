/**
 * A book as one HTML file: the title page, the contents, every part, images inlined as data: URLs.
 * Its Content-Security-Policy lets it load nothing and run nothing: opened from disk, it stays inert
 * even if something slipped past the sanitiser.
 */
import { type Book, missingBody } from './book';
import { resolveChunks } from './epub';
import type { BookImage } from './images';
import { BOOK_CSS } from './style';
import { escapeXml as x } from './xhtml';

/** For a browser window rather than an e-reader: a column, a serif, a dark scheme. */
const SCREEN_CSS = `body { max-width: 36em; margin: 2em auto; padding: 0 1em; font-family: Georgia, "Iowan Old Style", "Palatino Linotype", serif; line-height: 1.55; color: #1d1d1f; background: #fdfcf8; }
a { color: #1a4fa0; }
section.part { margin-top: 3em; }
@media (prefers-color-scheme: dark) { body { color: #e4e1da; background: #1e1f24; } a { color: #a8c4ff; } }
`;

function base64(bytes: Uint8Array): string {
  let bin = '';
  for (let i = 0; i < bytes.length; i += 0x8000) bin += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(bin);
}

export function buildHtml(book: Book, images: ReadonlyMap<string, BookImage> = new Map()): string {
  const src = (url: string) => {
    const img = images.get(url);
    return img ? `data:${img.type};base64,${base64(img.bytes)}` : null;
  };
  const parts = book.parts.map((p) => {
    const body = p.body ? resolveChunks(p.body, src) : missingBody(p);
    return `<section class="part" id="${p.id}">\n<h1 id="${p.id}-title">${x(p.heading)}</h1>\n${body}\n</section>`;
  });
  const toc = book.parts.map((p) => `<li><a href="#${p.id}">${x(p.missing ? `${p.heading} (missing)` : p.heading)}</a></li>`).join('\n');
  const f = book.fields;
  const metas = [
    ['author', book.creator],
    ['description', f.summary ?? ''],
    ['keywords', [f.fandom, f.pairing, f.characters, book.rating ?? f.rating].filter(Boolean).join(', ')],
    ['dcterms.identifier', book.identifier],
    ['dcterms.source', book.sourceUrl],
    ['dcterms.date', new Date(book.savedAt).toISOString().slice(0, 10)],
    ['generator', 'Inkwell'],
  ]
    .filter(([, v]) => v)
    .map(([k, v]) => `<meta name="${k}" content="${x(v)}"/>`)
    .join('\n');
  return `<!DOCTYPE html>
<html lang="${book.language}" xml:lang="${book.language}">
<head>
<meta charset="utf-8"/>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<title>${x(book.title)}</title>
${metas}
<style>
${BOOK_CSS}${SCREEN_CSS}</style>
</head>
<body>
<header class="titlepage">
${book.titlePage}
</header>
<nav class="toc" aria-labelledby="toc-title">
<h2 id="toc-title">Contents</h2>
<ol>
${toc}
</ol>
</nav>
${parts.join('\n')}
</body>
</html>
`;
}
