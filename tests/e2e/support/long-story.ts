/**
 * Shared by the reader suites (Chromium and Firefox): a long story whose parts off screen the reader does not draw
 * (content-visibility: auto, components/reader/styles.ts): a part gone to from the contents or the bar still lands
 * its heading at the top, the browser's find still reaches the last part, and a saved paragraph in a far part comes
 * back exactly. The functions given to `inReader` run in the page: they are self-contained.
 */
import { expect } from 'vitest';
import { clickInReader, type DriverPage, inReader, pollFor, proseCount, scrollReaderTo, topParagraph } from '../../../harness/closed-shadow';
import type { ExtraPage } from '../../../harness/fixture-server';
import { masterpostPage, partPage } from '../../fixtures/hostile/generate';
import { partAtTop } from './reader-nav';

const PARTS = 12;
const PARAGRAPHS = 40;
const PROSE = 'the lamp on the headland turned all night, and the keeper counted its sweeps against the clock on the wall, writing each hour in the log before the next came round.';
const VERSE = 'the lamp turned<br>the keeper counted<br>the clock on the wall<br>the log<br>the hour<br>and the next';

/** 12 parts of 40 paragraphs (each paragraph's words name its part and place: found where they are, nowhere else). */
export function longStory(pages: Record<string, ExtraPage>, journal: string): string[] {
  const host = `https://${journal}.dreamwidth.org`;
  const master = `${host}/100.html`;
  const parts = Array.from({ length: PARTS }, (_, i) => `${host}/${101 + i}.html`);
  parts.forEach((url, i) => {
    pages[url] = {
      body: partPage({
        url,
        title: 'The Long Watch',
        index: i + 1,
        total: PARTS,
        masterpost: master,
        nav: parts.map((u, k) => [`Part ${k + 1}`, u] as [string, string]).filter(([, u]) => u !== url),
        // Odd parts prose, even parts verse (a line to a few words): a part's height before it is first drawn is
        // a guess from its length (part-slot.ts), far off for verse, and the parts above a place are such guesses.
        prose: Array.from({ length: PARAGRAPHS }, (_, k) => `Watch ${i + 1}, line ${k + 1}: ${i % 2 ? VERSE : PROSE}`),
      }),
    };
  });
  pages[master] = { body: masterpostPage({ url: master, title: 'The Long Watch', parts: parts.map((u, i) => [`Part ${i + 1}`, u]) }) };
  return parts;
}

/** Which article (0-based) holds the paragraph at the top of the view, and its place in that part's prose. */
const placeAtTop = (page: DriverPage) =>
  inReader(page, (root) => {
    const scroller = root!.querySelector('.ink-scroll') as HTMLElement;
    const top = scroller.getBoundingClientRect().top + 10;
    const p = inkParagraphAt(root!, top);
    const article = p?.closest('article');
    if (!p || !article) return null;
    return { article: Array.from(root!.querySelectorAll('article')).indexOf(article), paragraph: Array.from(p.parentElement!.children).indexOf(p) };
  });

/** Whether each part's text is drawn now (false: skipped, off screen). */
const drawn = (page: DriverPage) =>
  inReader(page, (root) => Array.from(root!.querySelectorAll('article')).map((a) => !!a.querySelector('.ink-prose')?.checkVisibility({ contentVisibilityAuto: true })));

/** Until part `n`'s heading has been at the top, to the pixel, for three readings 100 ms apart (the view has settled). */
async function landsAt(page: DriverPage, n: number): Promise<void> {
  let held = 0;
  const at = await pollFor(
    async () => {
      const v = await partAtTop(page);
      held = v.heading.startsWith(`Part ${n}`) && Math.abs(v.offset) <= 1 ? held + 1 : 0;
      await new Promise((r) => setTimeout(r, 100));
      return v;
    },
    () => held >= 3,
    5_000,
  );
  expect(at.heading).toMatch(new RegExp(`^Part ${n}\\b`));
  expect(Math.abs(at.offset)).toBeLessThanOrEqual(1);
}

/**
 * The reader open on the long story's part 1: parts gone to land at the top, find reaches the last part, and the
 * paragraph left in part 11 comes back after `reopen` (close, reload, open again: from the saved copy).
 */
export async function longStoryChecks(page: DriverPage, reopen: () => Promise<void>): Promise<void> {
  await expect.poll(() => proseCount(page), { timeout: 15_000 }).toBe(PARTS);
  // Part 1 at the top is drawn; the last part, screens below, is not (it costs no layout or paint until near).
  await expect.poll(async () => (await drawn(page)).at(-1), { timeout: 5_000 }).toBe(false);
  expect((await drawn(page))[0]).toBe(true);

  await clickInReader(page, '.ink-toc a', { text: /^Part 9$/ });
  await landsAt(page, 9);
  await clickInReader(page, '.ink-parts-nav button[aria-label="Next part"]');
  await landsAt(page, 10);

  // The browser's find reaches a part not drawn: the words of part 12 alone are found, in part 12.
  const found = await inReader(page, (root) => {
    const w = window as unknown as { find(s: string, caseSensitive?: boolean, backwards?: boolean, wrap?: boolean): boolean };
    const ok = w.find('Watch 12, line 33:', false, false, true);
    const at = window.getSelection()?.anchorNode?.parentElement?.closest('article');
    return { ok, part: at ? Array.from(root!.querySelectorAll('article')).indexOf(at) : -1 };
  });
  expect(found).toEqual({ ok: true, part: PARTS - 1 });

  const wanted = await scrollReaderTo(page, 10, 24);
  expect(wanted).toMatch(/^Watch 11, line 25:/);
  // Saved as the reader scrolls (about a second later).
  await new Promise((r) => setTimeout(r, 1500));
  await reopen();
  await expect.poll(() => topParagraph(page), { timeout: 10_000 }).toBe(wanted);
  expect(await placeAtTop(page)).toEqual({ article: 10, paragraph: 24 });
  // And it stays there while the parts above it are drawn and laid out.
  await new Promise((r) => setTimeout(r, 500));
  expect(await topParagraph(page)).toBe(wanted);
}
