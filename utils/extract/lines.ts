/**
 * Flattens a post's body element into lines: the unit hand-written headers are made of.
 *
 * Journals format posts two ways, often mixed: `<br>` line breaks (`<br><br>` between paragraphs)
 * and block elements (`<p>`, `<div>`). A line ends at a `<br>` or a block boundary; a paragraph
 * break is a block boundary or two `<br>`s. Each line keeps its inline HTML (tags re-opened when
 * a `<br>` falls inside a `<b>` or `<font>`), its links and the block elements around it, so the
 * header parser can see a header that lives in its own `<div>` or table.
 */

import { DETECTOR_BUILD } from './build-flags';
import { BLOCK_TAGS, buttonWords, closeTag, collapse, escapeHtml, isElement, openTag, SKIP_TAGS, TEXT_NODE, textOf } from './dom';
import { lookupLabel } from './lexicon';

export interface LineLink {
  href: string;
  text: string;
}

export interface Line {
  text: string;
  html: string;
  kind: 'text' | 'hr' | 'media';
  /** Separated from the previous line by a paragraph break (not a single `<br>`). */
  paraBreakBefore: boolean;
  /** Block elements around the line, outermost first (the root itself excluded). */
  blocks: Element[];
  /** Inside a blockquote or list item: kept as such when the body is rebuilt. */
  wrap: 'blockquote' | 'li' | 'pre' | null;
  links: LineLink[];
  /** Characters of the line's text that are link text. */
  linkChars: number;
  /** Text of a bold/strong/underlined element the line starts with, if any. */
  leadEmphasis: string | null;
  /** An `<a name="cutidN">` anchor stood at the start of this line: the cut was here. */
  afterCut: boolean;
  /** The line holds a link to the entry's cut (`…html#cutid1`, 'Read more...'). */
  cutLink: boolean;
}

const EMPHASIS = new Set(['B', 'STRONG', 'U', 'EM', 'I', 'FONT', 'SPAN', 'BIG']);
/** Characters (and nodes) of an emphasised element's text read to see whether it is a label (labels are short). */
const EMPHASIS_TEXT_LIMIT = 1000;
const EMPHASIS_NODE_LIMIT = 50;
/** An emphasised label ("Rating:", "~*Pairing:*~"): decoration is any non-letter, as in header.ts. */
const LABEL_LIKE = /^[^\p{L}\p{N}"“]*\p{L}[\p{L}' ()/&]{0,30}[^\p{L}\p{N}]*[:：][^\p{L}\p{N}]*$/u;

interface Draft {
  text: string[];
  html: string[];
  links: LineLink[];
  linkChars: number;
  hasContent: boolean;
  hasMedia: boolean;
  leadEmphasis: string | null;
  afterCut: boolean;
  cutLink: boolean;
}

export interface FlattenOptions {
  /** Subtrees to leave out entirely (tags lines, share buttons, …). */
  skip?: (el: Element) => boolean;
  /** Only these children of the root, first to last (an entry printed unwrapped: posts.ts `entryRun`). */
  range?: { first: Node; last: Node };
}

export function flattenLines(root: Element, opts: FlattenOptions = {}): Line[] {
  const lines: Line[] = [];
  const inline: Element[] = []; // open inline elements, re-opened on each new line
  const blocks: Element[] = [];
  const wraps: Line['wrap'][] = [];
  let pending = 2; // break strength before the next line: 1 = <br>, 2 = paragraph
  let pre = 0; // open <pre> blocks (preText)
  let d = newDraft();

  function newDraft(): Draft {
    return {
      text: [],
      html: DETECTOR_BUILD ? [] : inline.map(openTag),
      links: [],
      linkChars: 0,
      hasContent: false,
      hasMedia: false,
      leadEmphasis: null,
      afterCut: false,
      cutLink: false,
    };
  }

  function endLine(strength: 1 | 2) {
    if (d.hasContent || d.hasMedia) {
      const text = collapse(d.text.join(''));
      const html = DETECTOR_BUILD ? '' : d.html.join('') + inline.slice().reverse().map(closeTag).join('');
      lines.push({
        text,
        html,
        kind: text ? 'text' : 'media',
        paraBreakBefore: pending >= 2,
        blocks: blocks.slice(),
        wrap: !DETECTOR_BUILD && wraps.length ? wraps[wraps.length - 1] : null,
        links: d.links,
        linkChars: d.linkChars,
        leadEmphasis: d.leadEmphasis,
        afterCut: d.afterCut,
        cutLink: d.cutLink,
      });
      pending = strength;
      d = newDraft();
    } else {
      // Two <br>s in a row (or a <br> next to a block) make a paragraph break.
      pending = strength === 2 || pending >= 1 ? 2 : 1;
      const afterCut = d.afterCut;
      d = newDraft();
      d.afterCut = afterCut;
    }
  }

  /**
   * The walk is iterative (a post may nest thousands of elements deep): a stack of frames, each
   * going through one element's children and then running what closes that element.
   */
  interface Frame {
    next: Node | null;
    leave: (() => void) | null;
    /** Where the frame's children end (the node after a range's last). */
    stop?: Node | null;
  }
  const frames: Frame[] = [];
  const enterChildren = (el: Node, leave: (() => void) | null) => frames.push({ next: el.firstChild, leave });

  /**
   * Rule "a <pre> block keeps its lines": a header typed in a text editor and pasted into <pre> breaks its lines with
   * newlines, and sets each label off from its value by a run of spaces, the values aligned ("Title      The Long Way"):
   * a newline there ends a line as a <br> does, and the run after a line's first words (one to three) reads as a colon.
   */
  function preText(data: string) {
    data.split('\n').forEach((seg, k) => {
      if (k) endLine(1);
      // (A bold label's spaces are its emphasis's: header.ts reads "<b>Title</b>   X" already.)
      const text = d.hasContent ? seg : seg.replace(/^(\s*[\p{L}'’]+(?: [\p{L}'’]+){0,2})(?: {2,}|\t)\s*(?=\S)/u, '$1: ');
      if (!d.hasContent && !/\S/.test(text)) return;
      d.text.push(text);
      if (!DETECTOR_BUILD) d.html.push(escapeHtml(seg));
      if (/\S/.test(text)) d.hasContent = true;
    });
  }

  function visit(node: Node) {
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      if (pre) {
        preText(data);
        return;
      }
      if (!d.hasContent && !/[^\s\u00a0\u200b]/.test(data)) return;
      d.text.push(data);
      if (!DETECTOR_BUILD) d.html.push(escapeHtml(data));
      if (/[^\s\u00a0\u200b]/.test(data)) d.hasContent = true;
      return;
    }
    if (!isElement(node)) return;
    const el = node;
    const tag = el.tagName.toUpperCase();
    if (SKIP_TAGS.has(tag) || opts.skip?.(el)) return;

    if (tag === 'BR') {
      endLine(1);
      return;
    }
    if (tag === 'HR') {
      endLine(2);
      lines.push({
        text: '',
        html: '<hr>',
        kind: 'hr',
        paraBreakBefore: true,
        blocks: blocks.slice(),
        wrap: null,
        links: [],
        linkChars: 0,
        leadEmphasis: null,
        afterCut: false,
        cutLink: false,
      });
      pending = 2;
      return;
    }
    if (tag === 'IMG') {
      if (!DETECTOR_BUILD) d.html.push(openTag(el).replace(/>$/, ' />'));
      d.hasMedia = true;
      // Rule "a label as a picture": layout makers sold graphic label sets, a picture reading "Title" or "Rating" before
      // each value, no colon (`<img src="…/title.png" alt="Title"> The Long Way`): a line's first picture whose alt text is
      // a field's label reads as that label and a colon.
      const alt = d.hasContent ? '' : collapse(el.getAttribute('alt') ?? '');
      if (alt && lookupLabel(alt)?.key) {
        d.text.push(`${alt}: `);
        d.hasContent = true;
      }
      return;
    }
    if (tag === 'A') {
      const name = el.getAttribute('name') || el.getAttribute('id') || '';
      const href = el.getAttribute('href');
      if (!href && /^cutid\d*$/i.test(name) && !d.hasContent) d.afterCut = true;
      if (href) {
        let text = textOf(el);
        // An image button's words (dom.ts buttonWords) are the link's and the line's, as its reader reads them.
        const button = text ? '' : buttonWords(el);
        if (button) {
          text = button;
          d.text.push(` ${button} `);
          d.hasContent = true;
        }
        d.links.push({ href, text });
        d.linkChars += text.length;
        if (/#cutid\d*$/i.test(href)) d.cutLink = true;
      }
    }
    if (tag === 'TD' || tag === 'TH') {
      // A header table ("Title" | "X"): cells of a row are one line.
      // (a bar, not a tab: line text is whitespace-collapsed, and a bar is a label separator too)
      if (el.previousElementSibling && d.hasContent) d.text.push(' | ');
      if (!DETECTOR_BUILD) d.html.push(' ');
      enterChildren(el, null);
      return;
    }
    if (BLOCK_TAGS.has(tag)) {
      endLine(2);
      blocks.push(el);
      const isPre = tag === 'PRE';
      if (isPre) pre++;
      // (A line's wrap and inline HTML are the rebuilt HTML's: the detector's build keeps neither.)
      if (DETECTOR_BUILD) {
        // (No HTML, so no wraps, no inline context, and no draft with markup to start again.)
        enterChildren(el, () => {
          endLine(2);
          blocks.pop();
          if (isPre) pre--;
          d = newDraft();
        });
        return;
      }
      const wrap = tag === 'BLOCKQUOTE' ? 'blockquote' : tag === 'LI' ? 'li' : tag === 'PRE' ? 'pre' : null;
      if (wrap) wraps.push(wrap);
      const saved = inline.splice(0); // inline context does not cross a block
      if (d.html.length) d = newDraft();
      enterChildren(el, () => {
        endLine(2);
        inline.push(...saved);
        if (wrap) wraps.pop();
        blocks.pop();
        if (isPre) pre--;
        d = newDraft();
      });
      return;
    }
    // Inline element.
    if (EMPHASIS.has(tag)) {
      // Its text is read at most once and only as far as a label could go: nested emphasis in a
      // long post would otherwise read the same text again at every level.
      let t: string | null = null;
      const text = () => (t ??= textOf(el, EMPHASIS_TEXT_LIMIT, EMPHASIS_NODE_LIMIT));
      // "<b>Title:</b> X <b>Rating:</b> PG" on one line: each bold label starts a new line.
      if (d.hasContent && (tag === 'B' || tag === 'STRONG' || tag === 'U') && LABEL_LIKE.test(text())) endLine(1);
      if (!d.hasContent && d.leadEmphasis === null && tag !== 'SPAN' && tag !== 'FONT' && text()) d.leadEmphasis = text();
    }
    if (DETECTOR_BUILD) {
      enterChildren(el, null);
      return;
    }
    d.html.push(openTag(el));
    inline.push(el);
    enterChildren(el, () => {
      inline.pop();
      d.html.push(closeTag(el));
    });
  }

  if (opts.range) frames.push({ next: opts.range.first, leave: null, stop: opts.range.last.nextSibling });
  else enterChildren(root, null);
  while (frames.length) {
    const top = frames[frames.length - 1];
    const node = top.next;
    if (!node || node === top.stop) {
      frames.pop();
      top.leave?.();
      continue;
    }
    top.next = node.nextSibling;
    visit(node);
  }
  endLine(2);
  return lines;
}
