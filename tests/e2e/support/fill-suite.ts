/**
 * Fic in a meme's comments (issue 12), as one list of tests for both browsers (fills-chromium.e2e.ts and
 * fills-firefox.e2e.ts give it their driver): a kink-meme entry served at its real URL has a 'Read in Inkwell'
 * button in each fill's comment header and none on prompts or chatter; the fill that spans three comment
 * pages (and has a part collapsed) opens whole, in order, its prompt folded on the card, every fetch a comment
 * page of its own entry; the library lists it under its own key; the place read comes back after a reload.
 *
 * The reader is reached only through closed-shadow.ts; the buttons' hosts are the page's light DOM.
 */
import { expect, it } from 'vitest';
import { clickReadButton, type DriverPage, historySettled, inReader, pollFor, readButtonNames, topParagraph } from '../../../harness/closed-shadow';
import { anyPage } from '../../../harness/evaluate';
import type { RequestLogEntry } from '../../../harness/fixture-server';
import { scrollOverlay, showsParts, viewOf, viewUntil } from './reader-view';

export const MEME = 'https://stillwater-kink.dreamwidth.org/2210.html';
/** The fill over three comment pages: parts 1-3 and 4a on page 1 and 2, 4b collapsed, 5 and 6 on page 3. */
const LONG_WAY = { id: 'dreamwidth.org/stillwater_kink/2210?thread=77137', comments: ['77137', '78417', '91985', '92241', '103761', '104273'] };

export interface FillDriver {
  /** A new tab at a journal URL (DOMContentLoaded). */
  journal(url: string): Promise<DriverPage>;
  /** An extension page ('popup.html') in a new tab, once `selector` is in it. */
  extensionPage(path: string, selector: string): Promise<DriverPage>;
  /** The tab `action` made the extension open. */
  tabOpenedBy(action: () => Promise<unknown>): Promise<DriverPage>;
  requests(): RequestLogEntry[];
  clearRequests(): void;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Each button's accessible name and the comment (`cmtN`) whose header holds it, in page order. */
const buttonPlaces = (page: DriverPage) =>
  anyPage(page).evaluate(
    () =>
      Array.from(document.querySelectorAll('inkwell-read-button')).map((host) => ({
        comment: host.closest('.dwexpcomment')?.id ?? '',
        inHeader: !!host.closest('.comment-title, h4, .comment-head, .header'),
      })),
    null,
  );

export function fillTests(driver: () => FillDriver): void {
  let wanted = '';

  it('a meme page at its real URL: a button in each fill’s comment header, none on prompts and chatter', async () => {
    const page = await driver().journal(MEME);
    try {
      const names = await pollFor(
        () => readButtonNames(page),
        (n) => n.length >= 5,
        10_000,
      );
      expect(names).toEqual([
        'Read in Inkwell: The Long Way Round',
        'Read in Inkwell: Salt and Iron',
        'Read in Inkwell: Borrowed Coats',
        'Read in Inkwell: Lantern Hours',
        'Read in Inkwell: Small Hours',
      ]);
      // On each fill's first part, in its header: not on the prompts, the other parts or the chatter.
      const places = await buttonPlaces(page);
      expect(places.map((p) => p.comment)).toEqual(['cmt77137', 'cmt79697', 'cmt82001', 'cmt84049', 'cmt88401']);
      expect(places.every((p) => p.inHeader)).toBe(true);
    } finally {
      await anyPage(page).close();
    }
  });

  it('reads the fill that spans three comment pages whole and in order, its prompt folded; only its entry’s comment pages fetched', async () => {
    const d = driver();
    const page = await d.journal(MEME);
    try {
      await pollFor(
        () => readButtonNames(page),
        (n) => n.length >= 5,
        10_000,
      );
      d.clearRequests();
      await clickReadButton(page, /^Read in Inkwell: The Long Way Round$/);
      const v = await viewUntil(page, (x) => showsParts(x, 6), 'overlay', 20_000);
      expect(v.articles.map((a) => a.key)).toEqual(LONG_WAY.comments.map((c) => `dreamwidth.org/stillwater_kink/2210?thread=${c}`));
      expect(v.articles.every((a) => !a.alert)).toBe(true);
      // The prompt, above the story, folded.
      const prompt = await inReader(page, (root) => {
        const d = Array.from(root?.querySelectorAll('.ink-card details') ?? []).find((x) => x.querySelector('summary')?.textContent === 'Prompt') as HTMLDetailsElement | undefined;
        return d ? { open: d.open, text: (d.textContent ?? '').slice(0, 80) } : null;
      });
      expect(prompt).toMatchObject({ open: false });
      expect(prompt!.text).toMatch(/^PromptSomething goes wrong on a routine supply run/);
      // The walk's "still looking" line is gone once every part was found (nothing failed, so nothing is said).
      const searching = await pollFor(
        () => inReader(page, (root) => (root?.querySelector('.ink-searching') as HTMLElement | null)?.hidden ?? null),
        (hidden) => hidden === true,
        10_000,
      );
      expect(searching).toBe(true);
      // What the extension asked the site for: the entry's comment pages 2 and 3 and the collapsed part's thread.
      const asked = d
        .requests()
        .filter((r) => r.url.includes('stillwater-kink.dreamwidth.org/'))
        .map((r) => r.url.replace(/^http:/, 'https:'));
      expect([...new Set(asked)].sort()).toEqual([`${MEME}?page=2`, `${MEME}?page=3`, `${MEME}?thread=92497`].sort());

      // Into part 3 (its second paragraph): the place is saved as the reader scrolls and when it closes.
      wanted = await scrollOverlay(page, 2, 1);
      expect(wanted.length).toBeGreaterThan(10);
      await sleep(1500);
      await anyPage(page).keyboard.press('Escape');
      await viewUntil(page, (x) => !x.open, 'overlay', 5_000);
      await historySettled(page);
    } finally {
      await anyPage(page).close();
    }
  });

  it('the library lists the fill under its own key, with its six parts', async () => {
    const popup = await driver().extensionPage('popup.html', 'li.sl-row');
    try {
      const rows = await pollFor(
        () =>
          anyPage(popup).evaluate(
            () =>
              Array.from(document.querySelectorAll('li.sl-row')).map((e) => [
                e.getAttribute('data-id') ?? '',
                e.querySelector('.sl-title')?.textContent ?? '',
                e.querySelector('.sl-parts')?.textContent ?? '',
              ]),
            null,
          ),
        (r) => r.some((x) => x[0] === LONG_WAY.id),
        10_000,
      );
      const row = rows.find((x) => x[0] === LONG_WAY.id)!;
      expect(row[1]).toBe('The Long Way Round');
      expect(row[2]).toMatch(/\/6 parts$/);
      // One story for the fill, not the meme entry.
      expect(rows.some((x) => x[0] === 'dreamwidth.org/stillwater_kink/2210')).toBe(false);
    } finally {
      await anyPage(popup).close();
    }
  });

  it('after a reload, the fill opens at the paragraph left', async () => {
    expect(wanted).not.toBe('');
    const page = await driver().journal(MEME);
    try {
      await pollFor(
        () => readButtonNames(page),
        (n) => n.length >= 5,
        10_000,
      );
      await anyPage(page).reload();
      await clickReadButton(page, /^Read in Inkwell: The Long Way Round$/);
      expect(
        await pollFor(
          () => topParagraph(page),
          (t) => t === wanted,
          15_000,
        ),
      ).toBe(wanted);
    } finally {
      await anyPage(page).close();
    }
  });

  it('the popup opens the fill in the reader page, at the paragraph left, with no journal page', async () => {
    expect(wanted).not.toBe('');
    const d = driver();
    const popup = await d.extensionPage('popup.html', 'li.sl-row');
    try {
      const tab = await d.tabOpenedBy(() => anyPage(popup).click(`li.sl-row[data-id="${LONG_WAY.id}"] .sl-title`));
      try {
        const url = await pollFor(
          () => anyPage(tab).evaluate(() => location.pathname + location.search, null),
          (u) => u.startsWith('/reader.html'),
          10_000,
        );
        expect(url).toBe(`/reader.html?story=${encodeURIComponent(LONG_WAY.id)}`);
        const top = await pollFor(
          async () => (await viewOf(tab, 'page')).top,
          (t) => t === wanted,
          15_000,
        );
        expect(top).toBe(wanted);
        const v = await viewOf(tab, 'page');
        expect(v.articles.map((a) => a.key)).toEqual(LONG_WAY.comments.map((c) => `dreamwidth.org/stillwater_kink/2210?thread=${c}`));
      } finally {
        await anyPage(tab).close();
      }
    } finally {
      await anyPage(popup)
        .close()
        .catch(() => undefined);
    }
  });
}
