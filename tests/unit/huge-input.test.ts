// @vitest-environment jsdom
/**
 * Bad and huge input for extractPage (jsdom): a 2 MB post, one paragraph of 500 KB, a page with 5,000
 * comments, markup nested 10,000 deep, malformed HTML, a header of 300 lines, windows-1252 bytes, entities,
 * right-to-left text and emoji. Every input is generated here; nothing large is committed. The results must
 * look right (title, fields, paragraphs, nothing of the comments), and the work must be linear: counted, not
 * timed (no clock in a unit test), as the DOM reads extraction makes (each step of a walk, each text read and
 * its characters) on the input and on the same input half as large. Speed against a peer is the bench's
 * (`npm run bench`, section "extraction": extractPage vs Readability on the fixtures and a large page).
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { textOf } from '../../utils/extract/dom';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';
import { densestBlock } from '../../utils/extract/posts';
import { decode } from '../../utils/fetch-queue';
import { sanitizeToString } from '../../utils/sanitize';
import { entryPage, storyHeader } from '../fixtures/hostile/generate';

const URL_ = 'https://huge-writer.dreamwidth.org/1234.html';
const parse = (html: string, url = URL_) => new JSDOM(html, { url }).window.document;

interface Work {
  /** Steps of a walk (child, sibling, parent, children lists) and text reads. */
  reads: number;
  /** Characters those text reads returned (textContent, data, innerHTML). */
  chars: number;
}

/**
 * What fn reads of the DOM of doc's window, counted in its prototypes' getters (jsdom's own walks, inside
 * querySelectorAll and the like, are not counted: they are linear in the document).
 */
function domWork<T>(doc: Document, fn: () => T): { value: T } & Work {
  const win = doc.defaultView as unknown as typeof globalThis;
  const work: Work = { reads: 0, chars: 0 };
  const restore: (() => void)[] = [];
  const count = (proto: object, names: string[], text = false) => {
    for (const name of names) {
      const d = Object.getOwnPropertyDescriptor(proto, name);
      if (!d?.get) throw new Error(`no getter ${name}`);
      const get = d.get;
      Object.defineProperty(proto, name, {
        ...d,
        get(this: Node) {
          work.reads++;
          const v = get.call(this);
          if (text && typeof v === 'string') work.chars += v.length;
          return v;
        },
      });
      restore.push(() => Object.defineProperty(proto, name, d));
    }
  };
  count(win.Node.prototype, ['firstChild', 'lastChild', 'nextSibling', 'previousSibling', 'parentNode', 'parentElement', 'childNodes']);
  count(win.Node.prototype, ['textContent'], true);
  count(win.CharacterData.prototype, ['data'], true);
  count(win.Element.prototype, ['children', 'firstElementChild', 'lastElementChild', 'nextElementSibling', 'previousElementSibling']);
  count(win.Element.prototype, ['innerHTML'], true);
  try {
    return { value: fn(), ...work };
  } finally {
    restore.forEach((r) => r());
  }
}

/**
 * Bounds on the work per node and per character of the document's text. Measured (jsdom): 3 reads a node on
 * the 2 MB post, 160 on markup nested 10,000 deep (a few walks of every level, linear: 1,000, 2,000 and
 * 4,000 levels give 150k, 309k and 636k reads), 2 to 6 characters read per character of text. A walk that
 * re-walks the levels below it would be thousands of reads a node there.
 */
const READS_PER_NODE = 400;
const TEXT_READS = 12;

/** Nodes in a document (what a linear walk is measured against). */
function nodeCount(doc: Document): number {
  let n = 0;
  const walker = doc.createTreeWalker(doc, 0xffffffff);
  while (walker.nextNode()) n++;
  return n;
}

/**
 * Linear: the work on the whole input is at most 2.2 times the work on its half (a walk that re-reads what
 * it read, or text re-read per line, would be 4 times or more: quadratic).
 */
function expectLinear(whole: Work, half: Work, what: string) {
  expect(whole.reads / half.reads, `${what}: DOM reads ${whole.reads} for the whole, ${half.reads} for half`).toBeLessThanOrEqual(2.2);
  expect(whole.chars / Math.max(1, half.chars), `${what}: characters read ${whole.chars} for the whole, ${half.chars} for half`).toBeLessThanOrEqual(2.2);
}

const story = (bodyHtml: string, o: { title?: string; header?: string[]; after?: string; url?: string; lang?: string } = {}) =>
  entryPage({
    url: o.url ?? URL_,
    subject: `Fic: ${o.title ?? 'Big Water'}`,
    header: o.header ?? storyHeader({ title: o.title ?? 'Big Water', rating: 'Teen And Up Audiences' }),
    bodyHtml,
    after: o.after,
    lang: o.lang,
  });

const sentence = (i: number) =>
  `Paragraph ${i}: the keeper counted the ships again, though the harbour had been empty since the storm, and wrote the numbers in the margin of the log, one column for each tide.`;

/** extractPage on doc, with the DOM work it did. */
const extractCounted = (doc: Document) => domWork(doc, () => extractPage(doc, URL_));

describe('a 2 MB post', () => {
  const n = Math.ceil(2_000_000 / (sentence(10000).length + 7));
  const page = (count: number) => story(Array.from({ length: count }, (_, i) => `<p>${sentence(i)}</p>`).join('\n'));
  const html = page(n);
  const doc = parse(html);

  it('is 2 MB', () => expect(html.length).toBeGreaterThan(2_000_000));

  it('is extracted whole (nothing cut: the reader and the book get all of it), every paragraph in order, in linear work', () => {
    const { value: ex, ...work } = extractCounted(doc);
    expect(ex.kind).toBe('story');
    const s = ex.stories[0];
    expect(s.fields.title).toBe('Big Water');
    expect(s.rating).toBe('Teen');
    const paras = s.bodyText.split('\n\n');
    expect(paras.length).toBe(n);
    expect(paras[0]).toBe(sentence(0));
    expect(paras[n - 1]).toBe(sentence(n - 1));
    expect(paras[Math.floor(n / 2)]).toBe(sentence(Math.floor(n / 2)));
    expect(s.bodyHtml.length).toBeGreaterThan(1_900_000);
    expectLinear(work, extractCounted(parse(page(Math.ceil(n / 2)))), 'a 2 MB post');
    // A few reads per node: each is walked a bounded number of times, whatever the size.
    expect(work.reads / nodeCount(doc)).toBeLessThanOrEqual(READS_PER_NODE);
  });
});

describe('one paragraph of 500 KB', () => {
  const wordsOf = (count: number) => Array.from({ length: count }, (_, i) => ['tide', 'lamp', 'salt', 'rope', 'gull'][i % 5]).join(' ');
  const words = wordsOf(100_000);
  const doc = parse(story(`<p>${words}</p>`));

  it('is one paragraph with every word, its text read a bounded number of times', () => {
    const { value: ex, ...work } = extractCounted(doc);
    const s = ex.stories[0];
    expect(ex.kind).toBe('story');
    expect(s.bodyText).toBe(words);
    expect(s.bodyHtml).toBe(`<p>${words}</p>`);
    expectLinear(work, extractCounted(parse(story(`<p>${wordsOf(50_000)}</p>`))), 'one paragraph of 500 KB');
    expect(work.chars / words.length).toBeLessThanOrEqual(TEXT_READS);
  });

  it('and as one line of <br>-separated sentences with no paragraph break', () => {
    const one = Array.from({ length: 3000 }, (_, i) => sentence(i)).join(' ');
    const ex = extractPage(parse(story(one)), URL_);
    expect(ex.stories[0].bodyText).toBe(one);
  });
});

describe('a page with 5,000 comments', () => {
  const commentsOf = (count: number) =>
    Array.from(
      { length: count },
      (_, i) =>
        `<div class="comment-thread comment-depth-${(i % 7) + 1}"><div class="dwexpcomment"><div class="comment" id="cmt${i}"><div class="inner"><div class="header"><span class="comment-title">Re: Big Water</span><span class="ljuser"><a href="https://reader${i}.dreamwidth.org/"><b>reader${i}</b></a></span></div><div class="contents"><div class="comment-content">COMMENT ${i}: Loved the lighthouse! Title: not a field. Part 2 please, the keeper deserves better, and the boy with the cart too.</div></div></div></div></div></div>`,
    ).join('\n');
  const prose = Array.from({ length: 40 }, (_, i) => `<p>${sentence(i)}</p>`).join('\n');
  const pageOf = (count: number) => parse(story(prose, { after: `<div id="comments">${commentsOf(count)}</div>` }));
  const doc = pageOf(5000);

  it('extracts the story and none of the comments, in work linear in the page', () => {
    const { value: ex, ...work } = extractCounted(doc);
    expect(ex.kind).toBe('story');
    const s = ex.stories[0];
    expect(s.bodyText.split('\n\n')).toHaveLength(40);
    expect(s.bodyText).not.toContain('COMMENT');
    expect(s.author).toBe('huge_writer');
    expect(s.fields.title).toBe('Big Water');
    expectLinear(work, extractCounted(pageOf(2500)), 'a page with 5,000 comments');
    expect(work.reads / nodeCount(doc)).toBeLessThanOrEqual(READS_PER_NODE);
  });
});

describe('markup nested 10,000 deep', () => {
  // Parsed, as a page would be (jsdom's parser takes its time at this depth, and its insertion of a tree built
  // with DOM calls recurses itself; browsers stop nesting at a few hundred levels, jsdom and the CLI do not).
  const DEPTH = 10_000;
  const TAGS = ['div', 'b', 'blockquote', 'span', 'i', 'font', 'u', 'section', 'em', 'center'];
  let doc: Document;
  beforeAll(() => {
    const open = Array.from({ length: DEPTH }, (_, i) => `<${TAGS[i % TAGS.length]}>`).join('');
    const close = Array.from({ length: DEPTH }, (_, i) => `</${TAGS[(DEPTH - 1 - i) % TAGS.length]}>`).join('');
    doc = parse(story(`<p id="before">${sentence(0)}</p><div id="nest">${open}${sentence(1)}${close}</div><p id="after">${sentence(2)}</p>`));
  }, 180_000);

  it('is 10,000 deep', () => {
    let depth = 0;
    for (let e: Element | null = doc.getElementById('nest'); e?.firstElementChild; e = e.firstElementChild) depth++;
    expect(depth).toBe(DEPTH);
  });

  it('extractPage: no stack overflow, the text in order, each level read a bounded number of times', () => {
    const { value: ex, ...work } = extractCounted(doc);
    expect(ex.kind).toBe('story');
    const text = ex.stories[0].bodyText;
    expect(text.indexOf(sentence(0))).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(sentence(1))).toBeGreaterThan(text.indexOf(sentence(0)));
    expect(text.indexOf(sentence(2))).toBeGreaterThan(text.indexOf(sentence(1)));
    // Quadratic (each level re-walking the levels below it) would be thousands of reads per node here.
    expect(work.reads / nodeCount(doc)).toBeLessThanOrEqual(READS_PER_NODE);
    expect(work.chars / (doc.body.textContent ?? '').length).toBeLessThanOrEqual(TEXT_READS);
  });

  it('the walkers themselves: textOf, flattenLines and densestBlock', () => {
    const nest = doc.getElementById('nest')!;
    expect(textOf(nest)).toBe(sentence(1));
    expect(flattenLines(nest).map((l) => l.text)).toEqual([sentence(1)]);
    expect(densestBlock(doc)).not.toBeNull();
  });
});

describe('malformed HTML', () => {
  const body = [
    '<p>Unclosed paragraph one, the keeper counted the ships again',
    '<p>Unclosed paragraph two, <b>bold <i>misnested</b> italic</i> and on',
    '</span></b></p><p>After stray end tags, the lamp still burned through the night.',
    "<p title=unquoted class=a\"b data-x=''>Attributes every which way, and still the tide came in.</p>",
    '<p>Broken entities &amp &#xZZ; &bogus; &lt;script&gt; and a lone &, then the boy arrived.</p>',
    '<table><p>A paragraph inside a table, which the parser moves out before it.</p><tr><td>cell</td></tr></table>',
    '<p>An <unknown-tag>unknown tag</unknown-tag> and <o:p>an Office tag</o:p> in the prose.</p>',
    '<p>A NUL\u0000character and a \u0001control, and the fog lifted all at once.</p>',
    '<p>Last paragraph, unclosed, with an <a href="http://[broken">unparseable link</a> at the end',
  ].join('\n');
  const doc = parse(story(body));

  it('gives the prose as a reader would see it', () => {
    const s = extractPage(doc, URL_).stories[0];
    const t = s.bodyText;
    expect(t).toContain('Unclosed paragraph one, the keeper counted the ships again');
    expect(t).toContain('bold misnested italic and on');
    expect(t).toContain('After stray end tags, the lamp still burned through the night.');
    expect(t).toContain('Attributes every which way, and still the tide came in.');
    expect(t).toContain('Broken entities & &#xZZ; &bogus; <script> and a lone &, then the boy arrived.');
    expect(t).toContain('A paragraph inside a table, which the parser moves out before it.');
    expect(t).toContain('An unknown tag and an Office tag in the prose.');
    expect(t).toContain('and the fog lifted all at once.');
    expect(t).toContain('Last paragraph, unclosed, with an unparseable link at the end');
    // The escaped <script> stays text all the way to the reader.
    expect(s.bodyHtml).toContain('&lt;script&gt;');
    expect(sanitizeToString(s.bodyHtml, { baseUrl: URL_ })).toContain('&lt;script&gt;');
    expect(s.bodyText.split('\n\n').length).toBeGreaterThanOrEqual(9);
  });
});

describe('a header of 300 lines', () => {
  const headerOf = (notes: number) => [
    ...storyHeader({ title: 'Long Header', rating: 'Mature' }),
    `<strong>Pairing:</strong> Keeper/Boy`,
    ...Array.from({ length: notes }, (_, i) => `<strong>Note ${i + 1}:</strong> an aside about the keeper, number ${i + 1}`),
  ];
  const header = headerOf(295);
  const prose = Array.from({ length: 30 }, (_, i) => `<p>${sentence(i)}</p>`).join('\n');
  const doc = parse(story(prose, { title: 'Long Header', header }));

  it('keeps the fields, and the prose is the body, in work linear in the header', () => {
    expect(header.length).toBeGreaterThanOrEqual(300);
    const { value: ex, ...work } = extractCounted(doc);
    const s = ex.stories[0];
    expect(ex.kind).toBe('story');
    expect(s.fields.title).toBe('Long Header');
    expect(s.fields.fandom).toBe('Original Work');
    expect(s.fields.pairing).toBe('Keeper/Boy');
    expect(s.rating).toBe('Mature');
    expect(s.bodyText).toContain(sentence(0));
    expect(s.bodyText).toContain(sentence(29));
    // Against the same page with half the notes: the prose is the same, so this is the header's own work.
    expectLinear(work, extractCounted(parse(story(prose, { title: 'Long Header', header: headerOf(145) }))), 'a header of 300 lines');
  });

  it('and 300 fields on one line', () => {
    const oneLine = (fields: number) =>
      parse(
        story(prose, {
          title: 'One Line',
          header: [`<strong>Title:</strong> One Line <strong>Rating:</strong> PG ${Array.from({ length: fields }, (_, i) => `<strong>Extra ${i}:</strong> x${i}`).join(' ')}`],
        }),
      );
    const { value: ex, ...work } = extractCounted(oneLine(300));
    expect(ex.stories[0].fields.title).toBe('One Line');
    expect(ex.stories[0].bodyText).toContain(sentence(29));
    expectLinear(work, extractCounted(oneLine(150)), '300 fields on one line');
  });
});

describe('encodings, entities, right-to-left text and emoji', () => {
  it('a windows-1252 page decoded with its charset: curly quotes, dashes, accents', () => {
    const html = story('<p>\u201cCaf\u00e9 au lait,\u201d she said \u2013 twice \u2014 and the \u2018na\u00efve\u2019 boy laughed\u2026 \u20ac5 for the lot.</p>'.repeat(3));
    // Encode to windows-1252 bytes by hand (TextEncoder only does UTF-8).
    const high: Record<string, number> = { '\u201c': 0x93, '\u201d': 0x94, '\u2018': 0x91, '\u2019': 0x92, '\u2013': 0x96, '\u2014': 0x97, '\u2026': 0x85, '\u20ac': 0x80 };
    const bytes = Uint8Array.from(Array.from(html), (c) => high[c] ?? c.charCodeAt(0));
    expect(bytes.some((b) => b >= 0x80 && b <= 0x9f)).toBe(true);
    const text = decode(bytes.buffer, 'text/html; charset=windows-1252');
    const s = extractPage(parse(text), URL_).stories[0];
    expect(s.bodyText).toContain('\u201cCaf\u00e9 au lait,\u201d she said \u2013 twice \u2014 and the \u2018na\u00efve\u2019 boy laughed\u2026 \u20ac5 for the lot.');
    // Served as ISO-8859-1 (the web reads it as windows-1252) or named only in a <meta>: the same text.
    expect(decode(bytes.buffer, 'text/html; charset=ISO-8859-1')).toBe(text);
  });

  it('entities, named and numeric', () => {
    const s = extractPage(
      parse(
        story(
          `<p>Caf&eacute; &amp; cr&egrave;me &#8212; &#x2019;tis&hellip;&nbsp;done &copy; &#128367; &lt;b&gt;not bold&lt;/b&gt;, said the keeper to nobody in particular.</p><p>${sentence(1)}</p>`,
        ),
      ),
      URL_,
    ).stories[0];
    expect(s.bodyText.split('\n\n')[0]).toBe('Caf\u00e9 & cr\u00e8me \u2014 \u2019tis\u2026 done \u00a9 \u{1F56F} <b>not bold</b>, said the keeper to nobody in particular.');
    expect(s.bodyHtml).not.toContain('<b>');
  });

  it('right-to-left text keeps its words and its direction', () => {
    const hebrew = 'שומר המגדלור ספר את הספינות שוב, אף על פי שהנמל היה ריק מאז הסערה.';
    const arabic = 'عدّ حارس المنارة السفن مرة أخرى، مع أن الميناء كان خاليًا منذ العاصفة.';
    const mixed = 'Mixed: the word מגדלור means lighthouse, and the keeper knew it well.';
    const s = extractPage(
      parse(
        story(
          `<p dir="rtl" lang="he">${hebrew}</p>\n<div dir="rtl" lang="ar"><p>${arabic}</p></div>\n<p>Mixed: the word <span dir="rtl">מגדלור</span> means lighthouse, and the keeper knew it well.</p>\n<p>${hebrew}</p>`,
          { title: 'מגדלור', lang: 'he' },
        ),
      ),
      URL_,
    ).stories[0];
    expect(s.fields.title).toBe('מגדלור');
    expect(s.bodyText.split('\n\n')).toEqual([hebrew, arabic, mixed, hebrew]);
    // The paragraphs are rebuilt: their direction and language come along (from the block around them,
    // else dir="auto" for right-to-left text), and survive the sanitiser.
    const div = document.createElement('div');
    div.innerHTML = sanitizeToString(s.bodyHtml, { baseUrl: URL_ });
    const paras = Array.from(div.querySelectorAll('p'));
    expect(paras.map((p) => [p.getAttribute('dir'), p.getAttribute('lang')])).toEqual([
      ['rtl', 'he'],
      ['rtl', 'ar'],
      ['auto', null],
      ['auto', null],
    ]);
    expect(paras[2].querySelector('span')?.getAttribute('dir')).toBe('rtl');
  });

  it('emoji stay whole: surrogate pairs, skin tones, ZWJ families, flags, keycaps', () => {
    const emoji = '🌊 🏳️‍🌈 👩🏽‍🚀 👨‍👩‍👧‍👦 🇮🇸 1️⃣ ❤️‍🔥';
    const s = extractPage(parse(story(`<p>The sea ${emoji} and the keeper 🕯️ counted the ships again, one column for each tide.</p>`, { title: 'Tide 🌊 Table' })), URL_).stories[0];
    expect(s.fields.title).toBe('Tide 🌊 Table');
    expect(s.bodyText).toBe(`The sea ${emoji} and the keeper 🕯️ counted the ships again, one column for each tide.`);
    expect(s.bodyText).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
  });
});
