/**
 * The gifts of a swap's reveals post in the built extension, for both browsers (fills-chromium.e2e.ts and
 * fills-firefox.e2e.ts give it their driver, after the fills': stories below an entry both): each gift is a story of
 * its own (issue 11). On a reveals page of two gifts (tests/fixtures, det27.py: an LJ S2 Generator community entry),
 * gift 1 read and saved, the reader closed, gift 2's button opens gift 2's text (not gift 1's saved copy); the library
 * lists two stories, and each opens from the library page in the reader page with its own text.
 */
import { expect, it } from 'vitest';
import { clickReadButton, type DriverPage, pollFor, readButtonNames } from '../../../harness/closed-shadow';
import { anyPage, evaluate } from '../../../harness/evaluate';
import { readStore } from '../../../harness/library-records';
import type { FillDriver } from './fill-suite';
import { closeWithEscape, type ReaderView, viewUntil } from './reader-view';

type GiftDriver = Pick<FillDriver, 'journal' | 'extensionPage' | 'tabOpenedBy'>;

const REVEALS = 'http://community.livejournal.com/thimble_swap/4410.html';
/** The gifts: title, the key the library knows it by, the first words of its text (tests/fixtures/bodies/det27-thimble-N.txt). */
const GIFTS = [
  { title: 'The Heel', key: 'livejournal.com/thimble_swap/4410', opens: 'Nell darned the same heel' },
  { title: 'Buttons', key: 'livejournal.com/thimble_swap/4410#gift-2', opens: 'The button box lived under the stairs' },
];
const ENTRY = GIFTS[0].key;

/** The library's stories of the reveals entry (others may be there: the fills read before). */
const giftIds = async (page: DriverPage) => ((await evaluate(page, readStore, { store: 'stories', keysOnly: true })) as string[]).filter((id) => id.startsWith(ENTRY));
/** The library page's rows of the reveals entry: [id, title]. */
const giftRows = (page: DriverPage) =>
  anyPage(page).evaluate(
    (entry) =>
      Array.from(document.querySelectorAll('li.sl-row'))
        .map((e) => [e.getAttribute('data-id') ?? '', e.querySelector('.sl-title')?.textContent ?? ''])
        .filter(([id]) => id.startsWith(entry)),
    ENTRY,
  );
const firstProse = (v: ReaderView) => v.articles[0]?.prose ?? '';
const showsOne = (v: ReaderView) => v.open && v.articles.length === 1 && !!firstProse(v);

export function giftTests(driver: () => GiftDriver): void {
  it('each gift of a reveals post opens its own text, is saved as a story of its own, and opens so from the library', async () => {
    const d = driver();
    const page = await d.journal(REVEALS);
    const probe = await d.extensionPage('options.html', 'body');
    try {
      expect(
        await pollFor(
          () => readButtonNames(page),
          (n) => n.length === 2,
        ),
      ).toHaveLength(2);

      // Gift 1, read and saved under the entry's key.
      await clickReadButton(page, /The Heel/);
      expect(firstProse(await viewUntil(page, showsOne))).toContain(GIFTS[0].opens);
      expect(
        await pollFor(
          () => giftIds(probe),
          (ids) => ids.length > 0,
          15_000,
        ),
      ).toEqual([GIFTS[0].key]);
      expect((await closeWithEscape(page)).open).toBe(false);

      // Gift 2: its own text, not gift 1's saved copy; saved as a second story.
      await clickReadButton(page, /Buttons/);
      const second = await viewUntil(page, (v) => showsOne(v) && !firstProse(v).includes(GIFTS[0].opens));
      expect(firstProse(second)).toContain(GIFTS[1].opens);
      const ids = await pollFor(
        () => giftIds(probe),
        (x) => x.length === 2,
        15_000,
      );
      expect([...ids].sort()).toEqual(GIFTS.map((g) => g.key).sort());
      expect((await closeWithEscape(page)).open).toBe(false);
    } finally {
      await anyPage(page).close();
      await anyPage(probe).close();
    }

    // The library: two stories, each opening with its own text in the reader page.
    const lib = await d.extensionPage('library.html', 'li.sl-row');
    try {
      const rows = await pollFor(
        () => giftRows(lib),
        (r) => r.length === 2,
      );
      expect([...rows].sort()).toEqual(GIFTS.map((g) => [g.key, g.title]).sort());
      for (const gift of GIFTS) {
        const tab = await d.tabOpenedBy(() => anyPage(lib).click(`li.sl-row[data-id="${gift.key}"] button.sl-open`));
        try {
          expect(firstProse(await viewUntil(tab, showsOne, 'page')), gift.title).toContain(gift.opens);
        } finally {
          await anyPage(tab).close();
        }
      }
    } finally {
      await anyPage(lib).close();
    }
  });
}
