/**
 * A book as an EPUB 3 file, with an EPUB 2 NCX for older readers: `mimetype` first and stored, the
 * container, the package (metadata, manifest, spine), the navigation document, the NCX, the
 * stylesheet, the title page, one XHTML document per part, the images. Everything the book refers to
 * is inside it: images are files in the book or their alt text, never a remote reference.
 *
 * Zipped with fflate: small (~8 KB), synchronous, and loaded only by the reader and the library page.
 * Stored, not deflated, by default: deflate (fflate's, or the browser's CompressionStream) takes
 * longer than all the rest of the book together, two to four times JSON.stringify of the same story
 * (bench section "epub"), where the book's budget is twice that; the stored book is about 2.5 times
 * the size (1.8 MB for 300,000 words), which an e-reader does not mind.
 */
import { type Zippable, zipSync } from 'fflate';
import { altText, type Book, missingBody } from './book';
import { type BookImage, IMAGE_EXTENSION } from './images';
import { BOOK_CSS } from './style';
import { type Chunk, escapeXml as x } from './xhtml';

const enc = new TextEncoder();
const utf8 = (s: string) => enc.encode(s);

/** An XHTML content document. */
function xhtmlDoc(book: Book, title: string, body: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" lang="${book.language}" xml:lang="${book.language}">
<head>
<title>${x(title)}</title>
<link rel="stylesheet" type="text/css" href="style.css"/>
</head>
<body>
${body}
</body>
</html>
`;
}

/** W3C date-time, to the second, UTC. */
const isoSeconds = (t: number) => new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');

export interface EpubOptions {
  /** deflate level for the text (0-9); 0, stored, by default (see above). */
  level?: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9;
}

/** Writes the parts' chunks with their images resolved: a file in the book, or the alt text. */
export function resolveChunks(chunks: Chunk[], src: (url: string) => string | null): string {
  let out = '';
  for (const c of chunks) {
    if (typeof c === 'string') out += c;
    else {
      const href = c.url ? src(c.url) : null;
      if (!href) out += altText(c);
      else out += `<img src="${x(href)}" alt="${x(c.alt)}"${c.width ? ` width="${c.width}"` : ''}${c.height ? ` height="${c.height}"` : ''}/>`;
    }
  }
  return out;
}

/** The EPUB's bytes. `images`: what could be fetched, by URL (images not in it become their alt text). */
export function buildEpub(book: Book, images: ReadonlyMap<string, BookImage> = new Map(), opts: EpubOptions = {}): Uint8Array {
  const level = opts.level ?? 0;
  const files: Zippable = {};
  // First, stored: readers find the type at a fixed offset.
  files.mimetype = [utf8('application/epub+zip'), { level: 0 }];
  files['META-INF/container.xml'] = utf8(`<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles>
<rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
</rootfiles>
</container>
`);

  // Images: one file each, named by order of first use.
  const imageFiles = new Map<string, { href: string; type: string; id: string }>();
  for (const url of book.imageUrls) {
    const img = images.get(url);
    if (!img || imageFiles.has(url)) continue;
    const n = imageFiles.size + 1;
    const href = `images/image-${String(n).padStart(3, '0')}.${IMAGE_EXTENSION[img.type]}`;
    imageFiles.set(url, { href, type: img.type, id: `img${n}` });
    files[`OEBPS/${href}`] = [img.bytes, { level: 0 }];
  }
  const src = (url: string) => imageFiles.get(url)?.href ?? null;

  const manifest: string[] = [
    '<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>',
    '<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>',
    '<item id="css" href="style.css" media-type="text/css"/>',
    '<item id="titlepage" href="title.xhtml" media-type="application/xhtml+xml"/>',
  ];
  const spine: string[] = ['<itemref idref="titlepage"/>', '<itemref idref="nav"/>'];
  files['OEBPS/style.css'] = utf8(BOOK_CSS);
  files['OEBPS/title.xhtml'] = utf8(xhtmlDoc(book, book.title, `<section class="titlepage" epub:type="titlepage">\n${book.titlePage}\n</section>`));

  for (const part of book.parts) {
    const body = part.body ? resolveChunks(part.body, src) : missingBody(part);
    const doc = `<section class="part" id="${part.id}" epub:type="chapter">\n<h1 id="${part.id}-title">${x(part.heading)}</h1>\n${body}\n</section>`;
    files[`OEBPS/${part.file}`] = utf8(xhtmlDoc(book, part.heading, doc));
    manifest.push(`<item id="${part.id}" href="${part.file}" media-type="application/xhtml+xml"/>`);
    spine.push(`<itemref idref="${part.id}"/>`);
  }
  for (const img of imageFiles.values()) manifest.push(`<item id="${img.id}" href="${img.href}" media-type="${img.type}"/>`);

  const toc: { label: string; href: string }[] = [{ label: 'Title page', href: 'title.xhtml' }, ...book.parts.map((p) => ({ label: p.missing ? `${p.heading} (missing)` : p.heading, href: p.file }))];
  files['OEBPS/nav.xhtml'] = utf8(
    xhtmlDoc(
      book,
      'Contents',
      `<nav class="toc" epub:type="toc" id="toc">
<h1>Contents</h1>
<ol>
${toc.map((t) => `<li><a href="${t.href}">${x(t.label)}</a></li>`).join('\n')}
</ol>
</nav>
<nav epub:type="landmarks" id="landmarks" hidden="hidden">
<h2>Landmarks</h2>
<ol>
<li><a epub:type="titlepage" href="title.xhtml">Title page</a></li>
<li><a epub:type="toc" href="nav.xhtml#toc">Contents</a></li>
${book.parts.length ? `<li><a epub:type="bodymatter" href="${book.parts[0].file}">Start</a></li>` : ''}
</ol>
</nav>`,
    ),
  );

  files['OEBPS/toc.ncx'] = utf8(`<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1" xml:lang="${book.language}">
<head>
<meta name="dtb:uid" content="${x(book.identifier)}"/>
<meta name="dtb:depth" content="1"/>
<meta name="dtb:totalPageCount" content="0"/>
<meta name="dtb:maxPageNumber" content="0"/>
</head>
<docTitle><text>${x(book.title)}</text></docTitle>
<docAuthor><text>${x(book.creator)}</text></docAuthor>
<navMap>
${toc.map((t, i) => `<navPoint id="nav-${i + 1}" playOrder="${i + 1}"><navLabel><text>${x(t.label)}</text></navLabel><content src="${t.href}"/></navPoint>`).join('\n')}
</navMap>
</ncx>
`);

  const f = book.fields;
  const subjects = [f.fandom, f.pairing, f.characters, book.rating ?? f.rating].filter((s): s is string => !!s && !!s.trim());
  const meta = [
    `<dc:identifier id="book-id">${x(book.identifier)}</dc:identifier>`,
    `<dc:title id="title">${x(book.title)}</dc:title>`,
    `<dc:creator id="creator">${x(book.creator)}</dc:creator>`,
    '<meta refines="#creator" property="role" scheme="marc:relators">aut</meta>',
    `<meta refines="#creator" property="file-as">${x(book.author)}</meta>`,
    `<dc:language>${book.language}</dc:language>`,
    `<dc:date>${isoSeconds(book.savedAt)}</dc:date>`,
    ...(book.sourceUrl ? [`<dc:source>${x(book.sourceUrl)}</dc:source>`] : []),
    ...subjects.map((s) => `<dc:subject>${x(s)}</dc:subject>`),
    ...(f.summary ? [`<dc:description>${x(f.summary)}</dc:description>`] : []),
    `<meta property="dcterms:modified">${isoSeconds(book.savedAt)}</meta>`,
  ];
  files['OEBPS/content.opf'] = utf8(`<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="book-id" xml:lang="${book.language}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
${meta.join('\n')}
</metadata>
<manifest>
${manifest.join('\n')}
</manifest>
<spine toc="ncx">
${spine.join('\n')}
</spine>
</package>
`);

  // Ordered: mimetype first (object keys keep insertion order; fflate writes them in that order).
  return zipSync(files, { level, mtime: new Date(Math.max(book.savedAt, Date.UTC(1980, 0, 2))) });
}
