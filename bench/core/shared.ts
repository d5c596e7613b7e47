/** What sections share within one run (memoised on the context): the pages and their parsed documents. */
import { type DomImpl, type DomName, domImpl } from './dom';
import { type BenchPage, fixturePages, type LargePage, largeEntryPages, largePage } from './pages';
import type { BenchContext } from './types';

/** Every fixture page, and the light-2011 entry pages made large (pages.ts: largeEntryPages). */
export const pagesOf = (ctx: BenchContext): BenchPage[] =>
  ctx.memo('pages', () => {
    const pages = fixturePages();
    return [...pages, ...largeEntryPages(pages)].sort((a, b) => a.id.localeCompare(b.id));
  });
export const largeOf = (ctx: BenchContext): LargePage =>
  ctx.memo('large', () => {
    const p = largePage();
    ctx.log(`large page generated: ${p.posts} posts, ${p.comments} comments, ${(p.bytes / 1024).toFixed(0)} KB`);
    return p;
  });
export const domOf = (ctx: BenchContext, name: DomName): DomImpl => ctx.memo(`dom:${name}`, () => domImpl(name));

/** The page's document in that DOM, parsed once per run (extraction never changes it). */
export function docOf(ctx: BenchContext, name: DomName, page: BenchPage): Document {
  const docs = ctx.memo(`docs:${name}`, () => new Map<string, Document>());
  let doc = docs.get(page.id);
  if (!doc) {
    doc = domOf(ctx, name).load(page.html, page.url);
    docs.set(page.id, doc);
  }
  return doc;
}
