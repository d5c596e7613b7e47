/**
 * Stories for the "living with the reader" browser suites (issue 17): a work in progress that
 * gains a part between two opens, a story whose part 2 is deleted after it was saved, one opened
 * from chapter 3, one with a slow part, one with failing parts, and a long one read offline in the
 * reader page. Each on its own Dreamwidth journal, generated in memory (all prose written here)
 * and served by the fixture server's `extraPages`; `setPage` posts and edits parts mid-test.
 */

import type { ExtraPage } from '../../../harness/fixture-server';
import { entryPage, storyHeader } from '../../fixtures/hostile/generate';

export const partUrl = (journal: string, k: number) => `https://${journal}.dreamwidth.org/${200 + k}.html`;

const SCENES = [
  'walked the sea wall at low water and counted the mooring rings that still held',
  'mended the net by lamplight while the kettle ticked on the stove',
  'read the tide table twice, then once more aloud, to be sure of the hour',
  'found a gull feather in the ledger and left it there as a marker',
  'heard the bell buoy out past the bar and knew the wind had turned',
];

/** `n` paragraphs of part `k`, each saying which it is (so a test can find its place). */
export function prose(journal: string, k: number, n: number): string[] {
  return Array.from(
    { length: n },
    (_, i) => `Paragraph ${i + 1} of part ${k} of ${journal}: the keeper ${SCENES[(i + k) % SCENES.length]}, and the harbour was quiet again by the time she looked up.`,
  );
}

/** Part k as "k/total" ("k/?" when total is null), with the given links under the prose. */
export function livingPart(journal: string, k: number, total: number | null, links: [string, string][], paragraphs = 12): ExtraPage {
  const url = partUrl(journal, k);
  const marker = `${k}/${total ?? '?'}`;
  const nav = links.length ? `\n<p style="text-align:center">${links.map(([l, h]) => `<a href="${h}">${l}</a>`).join(' | ')}</p>` : '';
  return {
    body: entryPage({
      url,
      subject: `Fic: Tide Tables of ${journal}, Part ${marker}`,
      header: storyHeader({ title: `Tide Tables of ${journal}`, part: marker }),
      bodyHtml:
        prose(journal, k, paragraphs)
          .map((p) => `<p>${p}</p>`)
          .join('\n') + nav,
    }),
  };
}

/** A finished story of n parts, each linking the others ("Part 1 | Part 3"). */
export function finishedStory(pages: Record<string, ExtraPage>, journal: string, n: number, paragraphs = 12): string[] {
  const urls = Array.from({ length: n }, (_, i) => partUrl(journal, i + 1));
  urls.forEach((url, i) => {
    pages[url] = livingPart(
      journal,
      i + 1,
      n,
      urls.map((u, j) => [`Part ${j + 1}`, u] as [string, string]).filter(([, u]) => u !== url),
      paragraphs,
    );
  });
  return urls;
}

export interface LivingStories {
  /** Part 1 of "?" with no link onward; `postPart(k)` posts part k (k/?) and links it from part k - 1. */
  wip: { journal: string; parts: string[]; postPart(k: number, setPage: (url: string, page: ExtraPage) => void): void };
  /** Three parts; part 2 is deleted (404) after the story was saved. */
  gone: string[];
  /** Three parts, first opened from chapter 3. */
  late: string[];
  /** Three parts; part 2 is served slowly. */
  slow: string[];
  /** Three parts; parts 2 and 3 fail. */
  lost: string[];
  /** Two long parts, read part way and then opened offline in the reader page. */
  book: string[];
}

export function livingStories(pages: Record<string, ExtraPage>): LivingStories {
  const wipJournal = 'wip-tide';
  const wip = (k: number) => partUrl(wipJournal, k);
  pages[wip(1)] = livingPart(wipJournal, 1, null, []);
  return {
    wip: {
      journal: wipJournal,
      parts: [1, 2, 3].map(wip),
      postPart(k, setPage) {
        const back: [string, string][] = k > 2 ? [[`« Part ${k - 2}`, wip(k - 2)]] : [];
        setPage(wip(k), livingPart(wipJournal, k, null, [[`« Part ${k - 1}`, wip(k - 1)]]));
        setPage(wip(k - 1), livingPart(wipJournal, k - 1, null, [...back, [`Part ${k} »`, wip(k)]]));
      },
    },
    gone: finishedStory(pages, 'gone-lamp', 3),
    late: finishedStory(pages, 'late-start', 3, 30),
    slow: finishedStory(pages, 'slow-ledger', 3),
    lost: finishedStory(pages, 'lost-pages', 3),
    book: finishedStory(pages, 'offline-book', 2, 60),
  };
}
