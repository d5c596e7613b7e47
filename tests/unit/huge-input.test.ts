// @vitest-environment jsdom
/**
 * Bad and huge input for extractPage (jsdom): a 2 MB post, one paragraph of 500 KB, a page with 5,000
 * comments, markup nested 10,000 deep, malformed HTML, a header of 300 lines, windows-1252 bytes, entities,
 * right-to-left text and emoji. Every input is generated here; nothing large is committed. The results must
 * look right (title, fields, paragraphs, nothing of the comments) and come within a budget of CPU time.
 */
import { JSDOM } from 'jsdom';
import { beforeAll, describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { flattenLines } from '../../utils/extract/lines';
import { textOf } from '../../utils/extract/dom';
import { densestBlock } from '../../utils/extract/posts';
import { decode } from '../../utils/fetch-queue';
import { sanitizeToString } from '../../utils/sanitize';
import { entryPage, storyHeader } from '../fixtures/hostile/generate';

const URL_ = 'https://huge-writer.dreamwidth.org/1234.html';
const parse = (html: string, url = URL_) => new JSDOM(html, { url }).window.document;

/** CPU time of fn in ms (user + system): what the code costs, not how busy the machine is. */
function cpu<T>(fn: () => T): { value: T; ms: number } {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  return { value, ms: (used.user + used.system) / 1000 };
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

describe('a 2 MB post', () => {
  const n = Math.ceil(2_000_000 / (sentence(10000).length + 7));
  const html = story(Array.from({ length: n }, (_, i) => `<p>${sentence(i)}</p>`).join('\n'));
  const doc = parse(html);

  it('is 2 MB', () => expect(html.length).toBeGreaterThan(2_000_000));

  it('is extracted whole, every paragraph in order, in under 2 s of CPU', () => {
    const { value: ex, ms } = cpu(() => extractPage(doc, URL_));
    expect(ex.kind).toBe('story');
    const s = ex.stories[0];
    expect(s.fields.title).toBe('Big Water');
    expect(s.rating).toBe('Teen');
    const paras = s.bodyText.split('\n\n');
    expect(paras.length).toBe(n);
    expect(paras[0]).toBe(sentence(0));
    expect(paras[n - 1]).toBe(sentence(n - 1));
    expect(paras[Math.floor(n / 2)]).toBe(sentence(Math.floor(n / 2)));
    expect(ms).toBeLessThan(2000);
  });
});

describe('one paragraph of 500 KB', () => {
  const words = Array.from({ length: 100_000 }, (_, i) => ['tide', 'lamp', 'salt', 'rope', 'gull'][i % 5]).join(' ');
  const doc = parse(story(`<p>${words}</p>`));

  it('is one paragraph with every word, quickly', () => {
    const { value: ex, ms } = cpu(() => extractPage(doc, URL_));
    const s = ex.stories[0];
    expect(ex.kind).toBe('story');
    expect(s.bodyText).toBe(words);
    expect(s.bodyHtml).toBe(`<p>${words}</p>`);
    expect(ms).toBeLessThan(1500);
  });

  it('and as one line of <br>-separated sentences with no paragraph break', () => {
    const one = Array.from({ length: 3000 }, (_, i) => sentence(i)).join(' ');
    const ex = extractPage(parse(story(one)), URL_);
    expect(ex.stories[0].bodyText).toBe(one);
  });
});

describe('a page with 5,000 comments', () => {
  const comments = Array.from(
    { length: 5000 },
    (_, i) =>
      `<div class="comment-thread comment-depth-${(i % 7) + 1}"><div class="dwexpcomment"><div class="comment" id="cmt${i}"><div class="inner"><div class="header"><span class="comment-title">Re: Big Water</span><span class="ljuser"><a href="https://reader${i}.dreamwidth.org/"><b>reader${i}</b></a></span></div><div class="contents"><div class="comment-content">COMMENT ${i}: Loved the lighthouse! Title: not a field. Part 2 please, the keeper deserves better, and the boy with the cart too.</div></div></div></div></div></div>`,
  ).join('\n');
  const prose = Array.from({ length: 40 }, (_, i) => `<p>${sentence(i)}</p>`).join('\n');
  const doc = parse(story(prose, { after: `<div id="comments">${comments}</div>` }));

  it('extracts the story and none of the comments, quickly', () => {
    const { value: ex, ms } = cpu(() => extractPage(doc, URL_));
    expect(ex.kind).toBe('story');
    const s = ex.stories[0];
    expect(s.bodyText.split('\n\n')).toHaveLength(40);
    expect(s.bodyText).not.toContain('COMMENT');
    expect(s.author).toBe('huge_writer');
    expect(s.fields.title).toBe('Big Water');
    expect(ms).toBeLessThan(2000);
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

  it('extractPage: no stack overflow, the text in order, in under 3 s of CPU', () => {
    const { value: ex, ms } = cpu(() => extractPage(doc, URL_));
    expect(ex.kind).toBe('story');
    const text = ex.stories[0].bodyText;
    expect(text.indexOf(sentence(0))).toBeGreaterThanOrEqual(0);
    expect(text.indexOf(sentence(1))).toBeGreaterThan(text.indexOf(sentence(0)));
    expect(text.indexOf(sentence(2))).toBeGreaterThan(text.indexOf(sentence(1)));
    expect(ms).toBeLessThan(3000);
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
    '<p title=unquoted class=a"b data-x=\'\'>Attributes every which way, and still the tide came in.</p>',
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
  const extra = Array.from({ length: 295 }, (_, i) => `<strong>Note ${i + 1}:</strong> an aside about the keeper, number ${i + 1}`);
  const header = [...storyHeader({ title: 'Long Header', rating: 'Mature' }), `<strong>Pairing:</strong> Keeper/Boy`, ...extra];
  const prose = Array.from({ length: 30 }, (_, i) => `<p>${sentence(i)}</p>`).join('\n');
  const doc = parse(story(prose, { title: 'Long Header', header }));

  it('keeps the fields, and the prose is the body, quickly', () => {
    expect(header.length).toBeGreaterThanOrEqual(300);
    const { value: ex, ms } = cpu(() => extractPage(doc, URL_));
    const s = ex.stories[0];
    expect(ex.kind).toBe('story');
    expect(s.fields.title).toBe('Long Header');
    expect(s.fields.fandom).toBe('Original Work');
    expect(s.fields.pairing).toBe('Keeper/Boy');
    expect(s.rating).toBe('Mature');
    expect(s.bodyText).toContain(sentence(0));
    expect(s.bodyText).toContain(sentence(29));
    expect(ms).toBeLessThan(2000);
  });

  it('and 300 fields on one line', () => {
    const one = [`<strong>Title:</strong> One Line <strong>Rating:</strong> PG ${Array.from({ length: 300 }, (_, i) => `<strong>Extra ${i}:</strong> x${i}`).join(' ')}`];
    const { value: ex, ms } = cpu(() => extractPage(parse(story(prose, { title: 'One Line', header: one })), URL_));
    expect(ex.stories[0].fields.title).toBe('One Line');
    expect(ex.stories[0].bodyText).toContain(sentence(29));
    expect(ms).toBeLessThan(2000);
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
    const s = extractPage(parse(story(`<p>Caf&eacute; &amp; cr&egrave;me &#8212; &#x2019;tis&hellip;&nbsp;done &copy; &#128367; &lt;b&gt;not bold&lt;/b&gt;, said the keeper to nobody in particular.</p><p>${sentence(1)}</p>`)), URL_).stories[0];
    expect(s.bodyText.split('\n\n')[0]).toBe('Caf\u00e9 & cr\u00e8me \u2014 \u2019tis\u2026 done \u00a9 \u{1F56F} <b>not bold</b>, said the keeper to nobody in particular.');
    expect(s.bodyHtml).not.toContain('<b>');
  });

  it('right-to-left text keeps its words and its direction', () => {
    const hebrew = 'שומר המגדלור ספר את הספינות שוב, אף על פי שהנמל היה ריק מאז הסערה.';
    const arabic = 'عدّ حارس المنارة السفن مرة أخرى، مع أن الميناء كان خاليًا منذ العاصفة.';
    const mixed = 'Mixed: the word מגדלור means lighthouse, and the keeper knew it well.';
    const s = extractPage(
      parse(story(`<p dir="rtl" lang="he">${hebrew}</p>\n<div dir="rtl" lang="ar"><p>${arabic}</p></div>\n<p>Mixed: the word <span dir="rtl">מגדלור</span> means lighthouse, and the keeper knew it well.</p>\n<p>${hebrew}</p>`, { title: 'מגדלור', lang: 'he' })),
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
