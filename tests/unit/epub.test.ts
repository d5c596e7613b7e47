/**
 * Books (utils/epub): every fixture story, the seed story, a 60-part story and the hostile stories as
 * the library saves them, written as EPUBs and checked by epubcheck (one JVM for all of them: 0
 * fatal errors, 0 errors, 0 warnings) and unpacked here: the zip's shape, the package's metadata, the
 * spine and both tables of contents in the story's order, every part's text (token recall against
 * the stitched text), nothing hostile left, no remote reference. Also the single HTML file, images,
 * missing parts, file names and identifiers.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tokenRecall } from '../../harness/fixture-cases';
import type { PartRecord, StoryRecord } from '../../utils/db';
import { type Book, type BookImage, bookFileName, bookIdentifier, buildEpub, buildHtml, fetchImages, prepareBook, writeBook } from '../../utils/epub/index';
import { uuidV5 } from '../../utils/epub/names';
import { BOOK_CSS } from '../../utils/epub/style';
import { parseInert, toXhtml } from '../../utils/epub/xhtml';
import { sanitizePostHtml, sanitizePostTree } from '../../utils/sanitize';
import { section, VECTORS } from '../fixtures/hostile/generate';
import { epubcheck } from '../support/epubcheck';
import { blankPost } from '../support/reader-deps';
import { fixtureStories, hostileStories, SAVED_AT, type SavedStory, seedStory, sixtyPartStory } from '../support/saved-stories';

const jsdom = new JSDOM('').window;
const win = jsdom as unknown as Window;
const xml = (s: string): Document => {
  const doc = new jsdom.DOMParser().parseFromString(s, 'application/xhtml+xml');
  const err = doc.getElementsByTagName('parsererror')[0];
  if (err) throw new Error(`not well-formed: ${err.textContent}`);
  return doc;
};
const sanitizedText = (p: PartRecord) => {
  const div = win.document.createElement('div');
  div.append(sanitizePostHtml(p.bodyHtml, { baseUrl: p.url }, win));
  // Read as a reader sees it: a block's edge separates words ("<summary>A summary</summary>Details").
  return readerText(div.innerHTML);
};

/** Everything a book's documents may hold: the XHTML writer's vocabulary and the book's own pages. */
const BOOK_ELEMENTS = new Set([
  'html',
  'head',
  'title',
  'link',
  'body',
  'section',
  'nav',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'p',
  'div',
  'span',
  'a',
  'abbr',
  'b',
  'bdi',
  'bdo',
  'br',
  'cite',
  'code',
  'del',
  'dfn',
  'em',
  'i',
  'img',
  'ins',
  'kbd',
  'mark',
  'q',
  's',
  'samp',
  'small',
  'strong',
  'sub',
  'sup',
  'u',
  'var',
  'wbr',
  'pre',
  'blockquote',
  'hr',
  'ul',
  'ol',
  'li',
  'dl',
  'dt',
  'dd',
  'table',
  'caption',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
]);
const BOOK_ATTRIBUTES = new Set([
  'class',
  'id',
  'title',
  'lang',
  'xml:lang',
  'dir',
  'href',
  'src',
  'alt',
  'width',
  'height',
  'start',
  'type',
  'colspan',
  'rowspan',
  'rel',
  'epub:type',
  'hidden',
  'xmlns',
  'xmlns:epub',
]);

/** A one-pixel PNG. */
const PNG = Uint8Array.from(Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64'));

/** HTML that breaks XHTML's content models in the ways journal posts do. */
const TORTURE = [
  '<b><div>A block inside bold.</div></b>',
  '<ul>loose text in a list<li>an item</li><b>bold in a list</b></ul>',
  '<dl><dd>a definition before its term</dd><dt>the term</dt></dl><dl><dt>term</dt><dd>definition</dd></dl>',
  '<table><tr><td>cell</td></tr></table><table><tr><td>one</td><td colspan="0" rowspan="x">two</td></tr></table>',
  '<li>a stray item</li><dt>a stray term</dt><dd>a stray definition</dd>',
  '<p><span><div>a div in a span in a paragraph</div></span></p>',
  '<center>centred</center><font color="red">font</font><big>big</big><tt>teletype</tt><strike>struck</strike><acronym title="x">acr</acronym>',
  '<h2><div>a div in a heading</div></h2><pre><div>a div in pre</div></pre>',
  '<a href="https://example.org/"><div>a block link</div></a>',
  '<dl><dt><h3>a heading in a term</h3></dt><dd>d</dd></dl><table><tr><th><h4>a heading in a header cell</h4></th></tr></table>',
  '<details><summary>summary</summary>details body</details><figure><figcaption>caption</figcaption>figure body</figure>',
  '<ol start="3" type="i"><li>three</li></ol><ol start="abc" type="z"><li>y</li></ol>',
  '<p lang="fr">Bonjour</p><p lang="not a tag!">x</p><p dir="sideways">sideways</p>',
  '<time datetime="garbage">time</time><data>data</data><bdo>bdo without dir</bdo><bdo dir="rtl">bdo rtl</bdo>',
  '<ruby>漢<rt>kan</rt></ruby><marquee>marquee</marquee><blink>blink</blink><menu><li>menu item</li></menu>',
  '<label>label</label><fieldset><legend>legend</legend>fieldset</fieldset><address>address</address><hgroup><h1>hgroup</h1></hgroup>',
  '<p>controls \u0001 \u0008 \u000B \u001F \u007F \u0085 \uFFFE \uD800 end of controls</p><p>&nbsp;&amp;&lt;&gt;&quot;&copy; entities</p>',
  '<dfn><dfn>nested dfn</dfn></dfn><q>quote</q><mark>mark</mark><abbr>abbr</abbr>',
  '<table><caption>caption </caption><thead><tr><th>h </th></tr></thead><tfoot><tr><td>f </td></tr></tfoot><tbody><tr><td>b </td></tr></tbody></table>',
  '<table><thead><tr><th>1</th></tr></thead><thead><tr><th>2</th></tr></thead></table>',
  '<hr><br><wbr><img src="javascript:alert(1)" alt="a script image"><img alt="an image without src"><p><img src="https://images.example/b.png"></p>',
  '<p><img src="https://images.example/a.png" alt="a lighthouse" width="40" height="30"> and <img src="https://images.example/notanimage.png" alt="not an image"></p>',
  `${'<div><span>'.repeat(1500)}deep text${'</span></div>'.repeat(1500)}`,
  // Unknown elements named like Object.prototype's members: unwrapped like any other.
  '<constructor>an element named constructor</constructor> <hasownproperty>and one named hasownproperty</hasownproperty>',
  '<p>The last paragraph.</p>',
].join('\n');

function syntheticStory(id: string, parts: { html: string; dropped?: boolean }[], extra: Partial<StoryRecord> = {}): SavedStory {
  const url = (i: number) => `https://inkwell-tests.dreamwidth.org/${id.length * 100 + i}.html`;
  const records: PartRecord[] = parts.map((p, i) => ({
    key: `dreamwidth.org/inkwell_tests/${i}`,
    storyId: id,
    url: url(i),
    index: i + 1,
    title: 'Shapes',
    bodyHtml: p.dropped ? '' : p.html,
    // The text as a stitch gives it, less what XML cannot hold (controls, lone surrogates).
    bodyText: p.dropped ? '' : readerText(p.html).replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF\uD800-\uDFFF]/g, ''),
    words: 10,
    fetchedAt: SAVED_AT,
    ...(p.dropped ? { textDroppedAt: SAVED_AT } : {}),
    post: blankPost({ url: url(i), author: 'inkwell_tests', journal: 'inkwell_tests', subject: 'Shapes' }),
  }));
  const story: StoryRecord = {
    id,
    title: 'Shapes',
    author: 'inkwell_tests',
    journal: 'inkwell_tests',
    site: 'dreamwidth',
    fields: { title: 'Shapes', fandom: 'Original Work', rating: 'G' },
    rating: 'General',
    partKeys: records.map((r) => r.key),
    partUrls: records.map((r) => r.url),
    masterpostUrl: null,
    wordCount: 10 * parts.length,
    firstOpened: SAVED_AT,
    lastRead: SAVED_AT,
    addedAt: SAVED_AT,
    ...extra,
  };
  return { name: id, story, parts: records, state: { order: story.partKeys, parts: new Map(), errors: new Map(), masterpost: null, done: true } };
}

interface Written {
  saved: SavedStory;
  book: Book;
  file: string;
  entries: Record<string, Uint8Array>;
  bytes: Uint8Array;
}

let dir: string;
let stories: SavedStory[] = [];
let written: Written[] = [];
let images: Map<string, BookImage>;

const write = (saved: SavedStory, opts: { images?: boolean; fetched?: Map<string, BookImage> } = {}): Written => {
  const book = prepareBook({ story: saved.story, parts: saved.parts, images: opts.images ?? true }, win);
  const bytes = buildEpub(book, opts.fetched ?? new Map());
  const file = join(dir, `${saved.name}.epub`);
  writeFileSync(file, bytes);
  return { saved, book, file, entries: unzipSync(bytes), bytes };
};
const text = (w: Written, path: string) => strFromU8(w.entries[path]);

/*
 * The book's content documents, read by a tag scanner rather than parsed: jsdom's XML parser takes a
 * quarter of a minute over 60 books, and epubcheck (which parses every document for real) proves them
 * well-formed. The writer escapes every `<`, `>`, `&` and `"` in text and attribute values, so every
 * `<` in its output opens a tag this pattern sees.
 */
const TAG = /<(\/?)([a-zA-Z][\w:.-]*)((?:\s+[\w:.-]+="[^"]*")*)\s*(\/?)>/g;
const unescapeXml = (t: string) =>
  t
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, '&');
function tagsOf(xhtml: string): { name: string; attrs: [string, string][] }[] {
  return Array.from(xhtml.matchAll(TAG))
    .filter((m) => !m[1])
    .map((m) => ({ name: m[2], attrs: Array.from(m[3].matchAll(/([\w:.-]+)="([^"]*)"/g), (a) => [a[1], unescapeXml(a[2])] as [string, string]) }));
}
/**
 * The text of the first element `tag` as a reader sees it: a line break or a block's edge separates words
 * (textContent would run "Iron Gall<br/>The ink" together as "GallThe"); inline tags do not.
 */
const BREAKS = /^(br|hr|p|div|li|dt|dd|h[1-6]|blockquote|pre|tr|td|th|caption|section|ul|ol|dl|table)$/;
const textIn = (xhtml: string, tag: string) =>
  unescapeXml((new RegExp(`<${tag}[\\s>][\\s\\S]*?</${tag}>`).exec(xhtml)?.[0] ?? '').replace(TAG, (_m, _slash, name: string) => (BREAKS.test(name) ? ' ' : ''))).trim();

/** The same reading of post HTML (for the synthetic stories' stitched text): HTML's other blocks break too. */
const HTML_BLOCKS = /^(center|details|summary|figure|figcaption|marquee|fieldset|legend|address|hgroup|menu|dir|article|aside|header|footer|nav|main)$/;
function readerText(html: string): string {
  const body = new jsdom.DOMParser().parseFromString(html, 'text/html').body;
  for (const el of Array.from(body.querySelectorAll('*'))) if (BREAKS.test(el.localName) || HTML_BLOCKS.test(el.localName)) el.before(' '), el.after(' ');
  return body.textContent ?? '';
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'inkwell-epub-'));
  stories = [...(await fixtureStories()), await seedStory(), await sixtyPartStory(500), ...(await hostileStories())];
  written = stories.map((s) => write(s));
  const shapes = syntheticStory('shapes', [{ html: TORTURE }, { html: '<p>second part</p>' }, { html: '', dropped: true }]);
  shapes.story.partKeys.push('dreamwidth.org/inkwell_tests/99');
  shapes.story.partUrls.push('https://inkwell-tests.dreamwidth.org/9999.html');
  const fetcher = async (url: string) => (url.endsWith('/a.png') ? PNG : url.endsWith('notanimage.png') ? new TextEncoder().encode('<svg onload="alert(1)"/>') : null);
  const probe = prepareBook({ story: shapes.story, parts: shapes.parts, images: true }, win);
  images = await fetchImages(probe.imageUrls, fetcher);
  written.push(write(shapes, { fetched: images }));
  written.push(write({ ...shapes, name: 'shapes-no-images' }, { images: false, fetched: images }));
  // A tampered record: every hostile vector stored as a part's HTML as it is, past the extractor.
  written.push(write(tamperedStory(), { fetched: images }));
}, 240_000);

/** Every hostile vector in its section, each a part's stored HTML as it is (a corrupt or tampered record). */
function tamperedStory(): SavedStory {
  const saved = syntheticStory(
    'tampered',
    VECTORS.map((v) => ({ html: section(v) })),
  );
  return { ...saved, name: 'tampered' };
}

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the books', { timeout: 120_000 }, () => {
  it('cover every fixture story, the seed, 60 parts, the hostile stories and the shapes', () => {
    const names = written.map((w) => w.saved.name);
    expect(names).toEqual(expect.arrayContaining(['seed', 'sixty-parts', 'hostile-ground', 'hostile-near-shore', 'shapes', 'shapes-no-images', 'tampered']));
    expect(written.length).toBeGreaterThanOrEqual(50);
    expect(written.find((w) => w.saved.name === 'sixty-parts')!.book.parts).toHaveLength(60);
    // Stitched stories among them (a masterpost's parts, part links).
    expect(written.filter((w) => w.book.parts.length > 1).length).toBeGreaterThanOrEqual(6);
  });

  it('pass epubcheck with no errors and no warnings', async () => {
    const results = await epubcheck(written.map((w) => w.file));
    const bad = results.filter((r) => r.fatal || r.errors || r.warnings);
    expect(bad.map((r) => `${r.file}: ${r.fatal} fatal, ${r.errors} errors, ${r.warnings} warnings\n${r.messages.join('\n')}`)).toEqual([]);
    expect(results).toHaveLength(written.length);
  }, 240_000);

  it('start with `mimetype`, stored, and point the container at the package', () => {
    for (const w of written) {
      const b = w.bytes;
      // Local file header, stored (method 0), no extra field, the name, then the bytes.
      expect([...b.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
      expect(b[8] | (b[9] << 8)).toBe(0);
      expect(b[28] | (b[29] << 8)).toBe(0);
      expect(strFromU8(b.subarray(30, 38))).toBe('mimetype');
      expect(strFromU8(b.subarray(38, 58))).toBe('application/epub+zip');
      expect(text(w, 'META-INF/container.xml')).toContain('full-path="OEBPS/content.opf"');
    }
  });

  it('carry the metadata: title, creator with the journal, subjects, source, language, date, a stable identifier', () => {
    for (const w of written) {
      const { story } = w.saved;
      const opf = xml(text(w, 'OEBPS/content.opf'));
      const dc = (name: string) => Array.from(opf.getElementsByTagNameNS('http://purl.org/dc/elements/1.1/', name)).map((e) => e.textContent ?? '');
      expect(dc('title'), w.saved.name).toEqual([story.title]);
      expect(dc('creator')[0]).toContain(story.fields.author || story.author);
      if (w.book.authorUrl) expect(dc('creator')[0]).toContain(new URL(w.book.authorUrl).host);
      expect(dc('identifier')).toEqual([bookIdentifier(story.id)]);
      expect(dc('identifier')[0]).toMatch(/^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(dc('language')).toEqual([story.language || 'en']);
      expect(dc('date')[0]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(dc('source')).toEqual([story.masterpostUrl || story.partUrls.find(Boolean)]);
      for (const k of ['fandom', 'pairing', 'characters'] as const) if (story.fields[k]) expect(dc('subject')).toContain(story.fields[k]);
      if (story.rating) expect(dc('subject')).toContain(story.rating);
      expect(opf.querySelector('meta[property="dcterms:modified"]')?.textContent).toMatch(/Z$/);
      // The NCX names the same book.
      expect(text(w, 'OEBPS/toc.ncx')).toContain(`<meta name="dtb:uid" content="${bookIdentifier(story.id)}"/>`);
    }
  });

  it('are the same bytes when made again (an e-reader replaces the book, it does not add a copy)', () => {
    for (const w of written.slice(0, 5)) expect(Buffer.from(write(w.saved).bytes).equals(Buffer.from(w.bytes))).toBe(true);
  });

  it('keep the story’s order in the spine, the contents and the NCX, each part a document with its own heading', () => {
    for (const w of written) {
      const opf = xml(text(w, 'OEBPS/content.opf'));
      const hrefOf = new Map(Array.from(opf.querySelectorAll('manifest > item')).map((i) => [i.getAttribute('id'), i.getAttribute('href')]));
      const spine = Array.from(opf.querySelectorAll('spine > itemref')).map((r) => hrefOf.get(r.getAttribute('idref')));
      const partFiles = w.saved.story.partKeys.map((_, i) => `part-${String(i + 1).padStart(3, '0')}.xhtml`);
      expect(spine).toEqual(['title.xhtml', 'nav.xhtml', ...partFiles]);
      const nav = xml(text(w, 'OEBPS/nav.xhtml'));
      const tocLinks = Array.from(nav.querySelectorAll('nav#toc a')).map((a) => a.getAttribute('href'));
      expect(tocLinks).toEqual(['title.xhtml', ...partFiles]);
      const ncx = xml(text(w, 'OEBPS/toc.ncx'));
      const points = Array.from(ncx.getElementsByTagName('navPoint'));
      expect(points.map((p) => p.getElementsByTagName('content')[0].getAttribute('src'))).toEqual(['title.xhtml', ...partFiles]);
      expect(points.map((p) => Number(p.getAttribute('playOrder')))).toEqual(points.map((_, i) => i + 1));
      w.book.parts.forEach((p, i) => {
        expect(textIn(text(w, `OEBPS/${partFiles[i]}`), 'h1'), `${w.saved.name} ${partFiles[i]}`).toBe(p.heading);
        expect(nav.querySelectorAll('nav#toc a')[i + 1].textContent).toContain(p.heading);
      });
    }
  });

  it('hold the text of every part (token recall ≥ 0.99 against the stitched text)', () => {
    const low: string[] = [];
    let checked = 0;
    for (const w of written) {
      const byKey = new Map(w.saved.parts.map((p) => [p.key, p]));
      w.book.parts.forEach((p, i) => {
        const rec = byKey.get(p.key);
        if (!rec || p.missing) return;
        const part = text(w, `OEBPS/part-${String(i + 1).padStart(3, '0')}.xhtml`);
        const got = textIn(part, 'section').replace(textIn(part, 'h1'), '');
        // The hostile parts' stitched text holds the text of <textarea>, <title>, <xmp>… payloads,
        // which the one sanitiser drops (the reader never shows it either): there the bar is the
        // text the reader shows.
        const want = /^(hostile|tampered)/.test(w.saved.name) ? sanitizedText(rec) : rec.post.bodyText || rec.bodyText;
        const recall = tokenRecall(got, want);
        if (recall < 0.99) low.push(`${w.saved.name} part ${i + 1}: ${recall.toFixed(4)}`);
        checked++;
      });
    }
    expect(low).toEqual([]);
    expect(checked).toBeGreaterThanOrEqual(130);
  });

  it('give every id once across the whole book', () => {
    for (const w of written) {
      const ids: string[] = [];
      for (const [path, bytes] of Object.entries(w.entries)) {
        if (!path.endsWith('.xhtml') || path === 'OEBPS/nav.xhtml') continue;
        for (const el of tagsOf(strFromU8(bytes))) for (const [k, v] of el.attrs) if (k === 'id') ids.push(v);
      }
      expect(ids.length).toBeGreaterThan(w.book.parts.length);
      expect(new Set(ids).size, w.saved.name).toBe(ids.length);
    }
  });

  it('leave hostile content inert: no scripts, handlers, styles, frames, forms or remote resources, nothing outside the book', () => {
    const hostile = written.filter((w) => /^(hostile|shapes|tampered)/.test(w.saved.name));
    expect(hostile.length).toBe(5);
    for (const w of written) {
      for (const [path, bytes] of Object.entries(w.entries)) {
        const where = `${w.saved.name} ${path}`;
        if (path.endsWith('.css')) expect(strFromU8(bytes), where).not.toMatch(/@import|url\(|expression\(/i);
        if (!path.endsWith('.xhtml')) continue;
        const s = strFromU8(bytes);
        // Nothing but elements and text: no comments, CDATA, processing instructions, doctype internals.
        expect(s.slice(s.indexOf('?>') + 2), where).not.toMatch(/<!--|<!\[|<\?|<!DOCTYPE html\s*\[/);
        expect(s.split('<').length - 1, `${where}: every < opens a tag`).toBe(Array.from(s.matchAll(TAG)).length + 2);
        for (const el of tagsOf(s)) {
          expect(BOOK_ELEMENTS.has(el.name), `${where}: <${el.name}>`).toBe(true);
          for (const [name, value] of el.attrs) {
            expect(BOOK_ATTRIBUTES.has(name), `${where}: ${el.name}[${name}]`).toBe(true);
            // What loads comes from inside the book; links go to the web (http, https, mail) or inside the book.
            if (name === 'src' || (name === 'href' && el.name === 'link')) expect(value, where).toMatch(/^[a-z0-9-]+(\/[a-z0-9-]+)*\.(png|jpg|gif|css)$/);
            if (name === 'href' && el.name === 'a') expect(value, where).toMatch(/^(https?:\/\/|mailto:|[a-z0-9-]+\.xhtml(#[\w-]+)?$)/);
            if (name === 'xmlns') expect(value).toBe('http://www.w3.org/1999/xhtml');
          }
        }
      }
    }
    // The hostile parts' prose is there (the markers around each vector).
    const ground = hostile.find((w) => w.saved.name === 'hostile-ground')!;
    const all = Object.entries(ground.entries)
      .filter(([p]) => p.includes('part-'))
      .map(([, b]) => strFromU8(b))
      .join('');
    expect(all.match(/\[v\d+\] Section v\d+/g)?.length).toBeGreaterThanOrEqual(60);
    // The tampered record's parts: each vector's section is there, nothing of it ran or loads.
    const tampered = hostile.find((w) => w.saved.name === 'tampered')!;
    const parts = Object.entries(tampered.entries)
      .filter(([p]) => p.includes('part-'))
      .map(([, b]) => strFromU8(b));
    expect(parts).toHaveLength(VECTORS.length);
    parts.forEach((s, i) => expect(s, VECTORS[i].id).toContain(`[${VECTORS[i].id}] Section ${VECTORS[i].id}`));
  });

  it('are what the one DOMPurify configuration’s output gives: the writer over an inert parse of every stored part, hostile and tampered too', () => {
    const viaPurify = (html: string, baseUrl: string) => toXhtml(sanitizePostTree(html, { baseUrl, loadImages: true }, win), { baseUrl });
    let compared = 0;
    for (const w of written) {
      for (const p of w.saved.parts) {
        if (!p.bodyHtml.trim()) continue;
        expect(toXhtml(parseInert(p.bodyHtml, win), { baseUrl: p.url }), `${w.saved.name} ${p.url}`).toEqual(viaPurify(p.bodyHtml, p.url));
        compared++;
      }
    }
    expect(compared).toBeGreaterThanOrEqual(200);
  });
});

describe('images', () => {
  const shapes = () => written.find((w) => w.saved.name === 'shapes')!;
  it('are embedded when allowed and fetched, named by their bytes’ type; the rest become their alt text', () => {
    const w = shapes();
    expect([...images.keys()]).toEqual(['https://images.example/a.png']);
    const opf = text(w, 'OEBPS/content.opf');
    expect(opf).toContain('<item id="img1" href="images/image-001.png" media-type="image/png"/>');
    expect([...w.entries['OEBPS/images/image-001.png']]).toEqual([...PNG]);
    const part = text(w, 'OEBPS/part-001.xhtml');
    expect(part).toContain('<img src="images/image-001.png" alt="a lighthouse" width="40" height="30"/>');
    expect(part).toContain('<span class="x-alt">not an image</span>');
    expect(part).toContain('<span class="x-alt">a script image</span>');
    expect(part.match(/<img /g)).toHaveLength(1);
  });
  it('are only their alt text when the reader does not allow images', () => {
    const w = written.find((x) => x.saved.name === 'shapes-no-images')!;
    expect(w.book.imageUrls).toEqual([]);
    expect(Object.keys(w.entries).some((p) => p.includes('images/'))).toBe(false);
    expect(text(w, 'OEBPS/part-001.xhtml')).not.toContain('<img');
    expect(text(w, 'OEBPS/part-001.xhtml')).toContain('<span class="x-alt">a lighthouse</span>');
  });
});

describe('missing parts', () => {
  it('are named on the title page and in the contents, with their address and why', () => {
    const w = written.find((x) => x.saved.name === 'shapes')!;
    expect(w.book.missing.map((p) => [p.number, p.missing])).toEqual([
      [3, 'text-removed'],
      [4, 'not-saved'],
    ]);
    const title = xml(text(w, 'OEBPS/title.xhtml'));
    const items = Array.from(title.querySelectorAll('#missing li')).map((li) => li.textContent);
    expect(items[0]).toMatch(/^Part 3: its saved text was removed/);
    expect(items[1]).toMatch(/^Part 4: it could not be loaded .* https:\/\/inkwell-tests\.dreamwidth\.org\/9999\.html$/);
    expect(text(w, 'OEBPS/nav.xhtml')).toContain('Part 4 (missing)');
    expect(text(w, 'OEBPS/part-004.xhtml')).toContain('This part is not in the book');
  });
  it('of a real stitched story that failed: listed too', () => {
    const failed = written.filter((w) => w.saved.state.errors.size > 0);
    expect(failed.length).toBeGreaterThan(0);
    for (const w of failed) {
      const title = text(w, 'OEBPS/title.xhtml');
      for (const key of w.saved.state.errors.keys()) {
        const part = w.book.parts.find((p) => p.key === key)!;
        expect(part.missing).toBe('not-saved');
        expect(title).toContain(`${part.label}: it could not be loaded`);
      }
    }
  });
});

describe('scene breaks and the stylesheet', () => {
  it('keep every scene break of every part where it was (a rule, or a line of ornament: "* * *", "~o~")', () => {
    const ornament = (t: string) => /\S/.test(t) && !/[\p{L}\p{N}]/u.test(t);
    let breaks = 0;
    let lines = 0;
    for (const w of written) {
      const byKey = new Map(w.saved.parts.map((p) => [p.key, p]));
      w.book.parts.forEach((p, i) => {
        const rec = byKey.get(p.key);
        if (!rec || p.missing || !rec.bodyHtml.trim()) return;
        const tree = sanitizePostTree(rec.bodyHtml, { baseUrl: rec.url }, win);
        const want = tree.querySelectorAll('hr').length;
        const doc = text(w, `OEBPS/${p.file}`);
        expect(doc.split('<hr/>').length - 1, `${w.saved.name} ${p.file}`).toBe(want);
        // Between the text around it: not moved to an end of the part.
        if (want) expect(doc.indexOf('<hr/>')).toBeGreaterThan(doc.indexOf('</h1>'));
        breaks += want;
        const wantLines = Array.from(tree.querySelectorAll('p'), (el) => el.textContent ?? '').filter(ornament);
        const gotLines = Array.from(doc.matchAll(/<p(?: [^>]*)?>([^<]*)<\/p>/g), (m) => unescapeXml(m[1])).filter(ornament);
        expect(gotLines, `${w.saved.name} ${p.file}`).toEqual(wantLines);
        lines += wantLines.length;
      });
    }
    expect(breaks).toBeGreaterThanOrEqual(3);
    expect(lines).toBeGreaterThanOrEqual(10);
  });

  it('leave the text’s font, size and line height to the e-reader (only code is monospace)', () => {
    // Rules (a scene break's line) may be in pixels; nothing that sizes or spaces text may.
    expect(BOOK_CSS.replace(/border[\w-]*:[^;}]*/g, '')).not.toMatch(/\bline-height\b|\d(?:px|pt)\b|^\s*(?:html|body)\b/m);
    expect(Array.from(BOOK_CSS.matchAll(/font-family:\s*([^;}]+)/g), (m) => m[1].trim())).toEqual(['monospace']);
    expect(Array.from(BOOK_CSS.matchAll(/font-size:\s*([^;}]+)/g), (m) => m[1].trim()).every((v) => /^(?:\d*\.?\d+em|smaller|larger)$/.test(v))).toBe(true);
  });
});

describe('the title page', () => {
  it('is the story card: title, author linked to the journal, the fields, notes, each part’s source, the date saved', () => {
    const w = written.find((x) => x.saved.name === 'seed')!;
    const doc = xml(text(w, 'OEBPS/title.xhtml'));
    const f = w.saved.story.fields;
    expect(doc.querySelector('h1')!.textContent).toBe('One Step Behind');
    const by = doc.querySelector('.byline a')!;
    expect(by.getAttribute('href')).toBe('https://emeraldmeteor.livejournal.com/');
    const dl = doc.querySelector('dl.card')!.textContent!;
    for (const k of ['fandom', 'pairing', 'characters', 'warnings', 'summary'] as const) if (f[k]) expect(dl).toContain(f[k]);
    expect(dl).toContain(`${w.book.words.toLocaleString('en')} in 2 parts`);
    if (f.notes) expect(doc.documentElement.textContent).toContain(f.notes);
    if (f.disclaimer) expect(doc.documentElement.textContent).toContain(f.disclaimer);
    expect(Array.from(doc.querySelectorAll('.sources a')).map((a) => a.getAttribute('href'))).toEqual(w.saved.story.partUrls);
    expect(doc.querySelector('.saved')!.textContent).toBe('Saved from LiveJournal on 14 March 2026 with Inkwell.');
  });
});

describe('the single HTML file', { timeout: 120_000 }, () => {
  it('holds the title page, the contents and every part, runs and loads nothing', () => {
    for (const w of written.filter((x) => ['seed', 'hostile-ground', 'shapes', 'tampered'].includes(x.saved.name))) {
      const html = buildHtml(w.book, w.saved.name === 'shapes' || w.saved.name === 'tampered' ? images : new Map());
      const doc = new JSDOM(html).window.document;
      expect(doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')).toBe("default-src 'none'; img-src data:; style-src 'unsafe-inline'");
      expect(doc.querySelectorAll('script, iframe, object, embed, link, form')).toHaveLength(0);
      expect(Array.from(doc.querySelectorAll('*')).flatMap((e) => Array.from(e.attributes).filter((a) => /^on/i.test(a.name)))).toEqual([]);
      for (const img of Array.from(doc.querySelectorAll('img'))) expect(img.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
      expect(doc.querySelector('h1')!.textContent).toBe(w.book.title);
      expect(doc.querySelectorAll('nav.toc li')).toHaveLength(w.book.parts.length);
      const sections = doc.querySelectorAll('section.part');
      expect(sections).toHaveLength(w.book.parts.length);
      const byKey = new Map(w.saved.parts.map((p) => [p.key, p]));
      w.book.parts.forEach((p, i) => {
        const rec = byKey.get(p.key);
        const want = rec && (/^(hostile|tampered)/.test(w.saved.name) ? sanitizedText(rec) : rec.post.bodyText || rec.bodyText);
        if (want && !p.missing) expect(tokenRecall(readerText(sections[i].innerHTML), want)).toBeGreaterThanOrEqual(0.99);
      });
    }
  });
  it('is named like the EPUB', () => {
    const w = written.find((x) => x.saved.name === 'seed')!;
    expect(writeBook('html', w.book).fileName).toBe('One Step Behind - emeraldmeteor.html');
    expect(writeBook('epub', w.book).fileName).toBe('One Step Behind - emeraldmeteor.epub');
  });
});

describe('the XHTML writer', () => {
  const baseUrl = 'https://a.dreamwidth.org/1.html';
  const out = (html: string) => toXhtml(parseInert(html, win), { baseUrl }).join('');
  it('reads an inert document’s nodes: nothing of the post is made in the window’s document (no image there loads)', () => {
    const tree = parseInert('<p><img src="https://images.example/a.png" alt="x"></p>', win);
    expect(tree.ownerDocument).not.toBe(win.document);
    expect(tree.querySelector('img')!.ownerDocument).not.toBe(win.document);
    expect(tree.ownerDocument.defaultView).toBeNull();
  });
  it('resolves links and images against the part’s URL as the reader does; drops in-page anchors and what is not http(s)', () => {
    const chunks = toXhtml(
      parseInert(
        '<a href=" 2.html ">two</a><a href="#top">top</a><a href="javascript:alert(1)">js</a><a href="http://b.livejournal.com/3.html">lj</a><img src="/pic.png" alt=" a  pic "><img src="data:image/png;base64,AAAA" alt="d">',
        win,
      ),
      { baseUrl },
    );
    expect(chunks).toEqual([
      '<a href="https://a.dreamwidth.org/2.html">two</a><a>top</a><a>js</a><a href="https://b.livejournal.com/3.html">lj</a>',
      { url: 'https://a.dreamwidth.org/pic.png', alt: 'a pic', width: null, height: null },
      { url: '', alt: 'd', width: null, height: null },
    ]);
  });
  it('drops what is not text with its content (scripts, styles, noscript, template, SVG); keeps a form control’s and an object’s text', () => {
    expect(
      out(
        '<p>a<script>s()</script><style>p{}</style><noscript>n</noscript><template>t</template><svg><text>v</text></svg>b</p><xmp>x</xmp><button>press</button><object data="https://x.example/o">fallback</object>',
      ),
    ).toBe('<p>ab</p>pressfallback');
  });
  it.each([
    ['<b><div>x</div></b>', '<div class="x-b"><div>x</div></div>'],
    ['<ul>loose<li>item</li></ul>', '<ul><li>loose</li><li>item</li></ul>'],
    ['<dl><dd>d</dd><dt>t</dt></dl>', '<div class="x-dl"><div class="x-dd">d</div><div class="x-dt">t</div></div>'],
    ['<li>stray</li>', '<div class="x-li">stray</div>'],
    ['<span><div>x</div></span>', '<div class="x-span"><div>x</div></div>'],
    // A post is parsed in quirks mode, where a table does not end a paragraph.
    ['<p>x<table><tr><td>y</td></tr></table></p>', '<div class="x-p">x<table><tbody><tr><td>y</td></tr></tbody></table></div>'],
    ['<table><tfoot><tr><td>f</td></tr></tfoot><tbody><tr><td>b</td></tr></tbody></table>', '<table><tbody><tr><td>b</td></tr></tbody><tfoot><tr><td>f</td></tr></tfoot></table>'],
    ['<center>c</center><font color="red">f</font><tt>t</tt><strike>s</strike>', '<div class="x-center">c</div><span>f</span><code>t</code><s>s</s>'],
    ['<a href="https://example.org/"><div>x</div></a>', '<a href="https://example.org/"><div>x</div></a>'],
    ['<dl><dt><h3>h</h3></dt><dd>d</dd></dl>', '<dl><dt><p class="x-h3">h</p></dt><dd>d</dd></dl>'],
    ['<ol start="3" type="i"><li>x</li></ol><ol start="abc" type="z"><li>y</li></ol>', '<ol start="3" type="i"><li>x</li></ol><ol><li>y</li></ol>'],
    ['<p lang="fr">b</p><p lang="not a tag">x</p>', '<p lang="fr" xml:lang="fr">b</p><p>x</p>'],
    ['<p>a\u0001b\u0085c\uFFFEd&amp;&lt;</p>', '<p>abcd&amp;&lt;</p>'],
    ['<hr><br><wbr>', '<hr/><br/><wbr/>'],
    ['<table><tr><td colspan="2" rowspan="x">a</td></tr></table>', '<table><tbody><tr><td colspan="2">a</td></tr></tbody></table>'],
  ])('%s', (html, want) => {
    expect(out(html)).toBe(want);
  });
  it('writes a tree nested 24,000 deep without running out of stack', () => {
    // Built from the inside out: jsdom checks a new child's ancestors, which is slow 20,000 deep.
    let at: Node = win.document.createTextNode('deep');
    for (let i = 0; i < 24_000; i++) {
      const el = win.document.createElement(i % 2 ? 'div' : 'span');
      el.appendChild(at);
      at = el;
    }
    const written = toXhtml(at).join('');
    // Every span holds a div, so it becomes one; only the innermost stays a span.
    expect(written).toContain('<span>deep</span>');
    expect(written.match(/<div/g)!.length).toBeGreaterThanOrEqual(23_998);
  });
});

describe('file names and identifiers', () => {
  it.each([
    ['One Step Behind', 'emeraldmeteor', 'One Step Behind - emeraldmeteor.epub'],
    ['Hostile Ground: The Near Shore', 'x', 'Hostile Ground - The Near Shore - x.epub'],
    ['What If? <Part> "One" | a/b\\c *', 'a_b', 'What If Part One - a-b-c - a_b.epub'],
    ['CON', '', '_CON.epub'],
    ['aux.txt', '', '_aux.txt.epub'],
    ['...hidden. ', 'me', 'hidden. - me.epub'],
    ['', '', 'Untitled.epub'],
    ['evil\u202Ebupe.exe', 'x', 'evilbupe.exe - x.epub'],
    ['tab\there\u0000nul', 'x', 'tab herenul - x.epub'],
  ])('%j by %j → %j', (title, author, want) => {
    expect(bookFileName(title, author, 'epub')).toBe(want);
  });
  it('stay under 150 bytes, cut between characters', () => {
    const name = bookFileName('雨'.repeat(200), 'author'.repeat(20), 'epub');
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(150);
    expect(name).toMatch(/^雨+ - (author)+a?u?t?h?o?r?\.epub$/);
    expect(name).not.toContain('\uFFFD');
  });
  it('a version 5 UUID (RFC 4122 test vector), the same for the same story', () => {
    expect(uuidV5('www.example.com', '6ba7b810-9dad-11d1-80b4-00c04fd430c8')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(bookIdentifier('livejournal.com/emeraldmeteor/56312')).toBe(bookIdentifier('livejournal.com/emeraldmeteor/56312'));
    expect(bookIdentifier('livejournal.com/emeraldmeteor/56312')).not.toBe(bookIdentifier('livejournal.com/emeraldmeteor/56789'));
  });
});
