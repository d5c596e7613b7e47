/** What sections share within one run (memoised on the context): the pages and their parsed documents. */
import { type DomImpl, type DomName, domImpl } from './dom';
import { familiesOf, grownFamilyPages } from './families';
import { type BenchPage, fixturePages, LARGE_ID, type LargePage, largeEntryPages, largePage } from './pages';
import type { BenchContext } from './types';

/**
 * Every fixture page, the light-2011 entry pages made large (pages.ts: largeEntryPages), and each
 * other layout family's most-commented story page made large (families.ts).
 */
export const pagesOf = (ctx: BenchContext): BenchPage[] => pagesAndFamilies(ctx).pages;
/** Each page's layout family (families.ts), by page id. */
export const familiesOfPages = (ctx: BenchContext): Map<string, string> => pagesAndFamilies(ctx).families;

const pagesAndFamilies = (ctx: BenchContext): { pages: BenchPage[]; families: Map<string, string> } => ctx.memo('pages', benchPages);

/** The bench's pages (fixtures, light-2011 made large, each family's grown page) and their families; made anew each call (profile.ts). */
export function benchPages(): { pages: BenchPage[]; families: Map<string, string> } {
  const pages = fixturePages();
  const families = familiesOf(pages);
  const light = largeEntryPages(pages);
  for (const [id, f] of familiesOf(light)) families.set(id, f);
  const grown = grownFamilyPages(pages, families, new Set(light.map((p) => families.get(p.id)!)));
  for (const [id, f] of familiesOf(grown)) families.set(id, f);
  return { pages: [...pages, ...light, ...grown].sort((a, b) => a.id.localeCompare(b.id)), families };
}
export const largeOf = (ctx: BenchContext): LargePage =>
  ctx.memo('large', () => {
    const p = largePage();
    ctx.log(`large page generated: ${p.posts} posts, ${p.comments} comments, ${(p.bytes / 1024).toFixed(0)} KB`);
    return p;
  });
/**
 * The pages with these ids, in pagesOf's order and the large page last; `fixtures`, when given, stand for pagesOf's.
 * Asked for the large page alone, it builds only that: pagesOf parses every page (layout families), a minute's work.
 */
export function pagesWithIds(ctx: BenchContext, ids: string[], fixtures?: BenchPage[]): BenchPage[] {
  const wanted = new Set(ids);
  const wantsFixtures = ids.some((id) => id !== LARGE_ID);
  return [...(wantsFixtures ? (fixtures ?? pagesOf(ctx)) : []), ...(wanted.has(LARGE_ID) ? [largeOf(ctx)] : [])].filter((x) => wanted.has(x.id));
}
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
