/**
 * Layout families of the bench's extraction pages, and each family's most-commented story page made
 * large.
 *
 * A page's family is its journal site (utils/sites.ts; a Wayback copy counts as the site it keeps)
 * and the page style (utils/extract/sites/*) that reads its first post, as findPosts names it
 * ('generic' for the densest-text fallback, 'generic-index' for its index form): 'livejournal/lj-light-2011',
 * 'dreamwidth/dw-core2', 'insanejournal/s2-generator'…
 *
 * Large pages: a real entry page with many comments is mostly comment threads in the site's chrome,
 * and that is where extraction's time goes on it. For each family, its story page with the most
 * comments gets its own comment threads repeated (new comment ids, the page's own words) until it
 * is about 170 KB, as pages.ts does for the light-2011 pages (largeEntryPages). The post is the
 * fixture's, so its case (fields, body) still says what to find. A family whose pages show no
 * comment (LiveJournal's 2017+ pages load theirs by script; the mobile page links them) gets none.
 */
import { JSDOM } from 'jsdom';
import { findPosts } from '../../utils/extract/posts';
import { entryAddress, journalSiteOfUrl } from '../../utils/url';
import type { BenchPage } from './pages';

export function familyOf(doc: Document, url: string): string {
  const site = journalSiteOfUrl(url);
  const address = entryAddress(url);
  const style = findPosts(doc, site, !!address && address.itemId !== null, url)[0]?.style ?? 'none';
  return `${site}/${style}`;
}

/** Each page's family (id → family), read in jsdom. */
export function familiesOf(pages: BenchPage[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const page of pages) {
    const dom = new JSDOM(page.html, { url: page.url });
    out.set(page.id, familyOf(dom.window.document, page.url));
    dom.window.close();
  }
  return out;
}

/** Pages in family order, and pages by family. */
export function byFamily<T extends { id: string }>(items: T[], families: Map<string, string>): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of items) {
    const f = families.get(item.id);
    if (!f) continue;
    const list = out.get(f) ?? [];
    list.push(item);
    out.set(f, list);
  }
  return new Map([...out].sort(([a], [b]) => a.localeCompare(b)));
}

/** A comment's own element: LiveJournal-code ids (ljcmt123, cmt123, comment-cmt123), S1 anchors (t123), the 2016 tree's twigs. */
const COMMENT_SELECTOR = "[id^='ljcmt'], [id^='cmt'], [id^='comment-cmt'], a[name^='t'], .b-tree-twig";
const COMMENT_ID = /^(?:ljcmt|cmt|comment-cmt|t)\d+$/;

function commentsIn(doc: Document): Element[] {
  return [...doc.querySelectorAll(COMMENT_SELECTOR)].filter((el) => el.classList.contains('b-tree-twig') || COMMENT_ID.test(el.id || el.getAttribute('name') || ''));
}

/** The children of the comments' nearest common ancestor from the first holding a comment to the last. */
function threadsOf(comments: Element[]): Element[] {
  let common: Element | null = comments[0];
  while (common && !comments.every((c) => common!.contains(c))) common = common.parentElement;
  if (!common) return [];
  if (comments.includes(common)) return [common];
  const kids = [...common.children];
  const holding = kids.map((k) => comments.some((c) => k.contains(c)));
  const first = holding.indexOf(true);
  const last = holding.lastIndexOf(true);
  return kids.slice(first, last + 1);
}

export const GROWN_BYTES = 170_000;

/** The page with its comment threads repeated (new ids) up to GROWN_BYTES, or null when it shows none. */
export function grownPage(page: BenchPage): BenchPage | null {
  const dom = new JSDOM(page.html, { url: page.url });
  const doc = dom.window.document;
  try {
    const comments = commentsIn(doc);
    if (!comments.length) return null;
    const threads = threadsOf(comments);
    if (!threads.length) return null;
    const html = threads.map((t) => t.outerHTML).join('\n');
    const size = () => Buffer.byteLength(doc.documentElement.outerHTML);
    const after = threads[threads.length - 1];
    const parent = after.parentElement!;
    let anchor = after.nextSibling;
    for (let i = 1; size() < GROWN_BYTES; i++) {
      // Comment ids (t123, ljcmt123, cmt123, cmtbar123, thread=123, replyto=123) made new for each copy.
      const copy = html.replace(/(t|cmtbar|thread=|replyto=)(\d+)/g, (_, p: string, n: string) => `${p}${9_000_000 + i * 10_000 + (Number(n) % 10_000)}`);
      const holder = doc.createElement('template');
      holder.innerHTML = copy;
      const frag = holder.content;
      const next = frag.lastChild;
      parent.insertBefore(frag, anchor);
      anchor = next ? next.nextSibling : anchor;
    }
    const doctype = doc.doctype ? `<!DOCTYPE ${doc.doctype.name}${doc.doctype.publicId ? ` PUBLIC "${doc.doctype.publicId}"` : ''}${doc.doctype.systemId ? ` "${doc.doctype.systemId}"` : ''}>\n` : '';
    const out = doctype + doc.documentElement.outerHTML;
    const bytes = Buffer.byteLength(out);
    return { ...page, id: `${page.id}-${Math.round(bytes / 1000)}kb`, file: `${page.file} (comments repeated)`, html: out, bytes };
  } finally {
    dom.window.close();
  }
}

/**
 * For each family without a large page yet (`have`: families that have one), its story page with
 * the most comments (the larger page on a tie; pages already that large aside), made large. Families whose pages show no comment
 * are left out.
 */
export function grownFamilyPages(pages: BenchPage[], families: Map<string, string>, have: Set<string>): BenchPage[] {
  const out: BenchPage[] = [];
  for (const [family, members] of byFamily(pages, families)) {
    if (have.has(family)) continue;
    let best: { page: BenchPage; n: number } | null = null;
    for (const page of members) {
      if (page.kind !== 'story' || page.bytes >= GROWN_BYTES) continue;
      const dom = new JSDOM(page.html, { url: page.url });
      const n = commentsIn(dom.window.document).length;
      dom.window.close();
      if (n && (!best || n > best.n || (n === best.n && page.bytes > best.page.bytes))) best = { page, n };
    }
    if (!best) continue;
    const grown = grownPage(best.page);
    if (grown) out.push(grown);
  }
  return out;
}
