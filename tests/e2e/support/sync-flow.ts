/**
 * Sync in a real browser (issue 14), the same steps in Chromium and Firefox: reading writes the
 * story's record to storage.sync (read back from an extension page); a change arriving through
 * storage.sync, written from an extension page as another device's would arrive, lists a story
 * read elsewhere in an open popup and has an open reader offer the other device's place; a story
 * known only from another device opens whole.
 * The reader is reached only through closed-shadow.ts.
 */
import { expect, it } from 'vitest';
import { clickReadButton, type DriverPage, inReader, pollFor, proseCount, scrollReaderTo } from '../../../harness/closed-shadow';
import { anyPage, evaluate } from '../../../harness/evaluate';
import { readStore, storedPosition } from '../../../harness/library-records';
import { readerPagePath } from '../../../utils/senders';
import { pack } from '../../../utils/sync/budget';
import { decodeItems, type SyncItems } from '../../../utils/sync/encode';
import { type SyncState, toSyncTime } from '../../../utils/sync/types';

export const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';

export interface SyncDriver {
  page: DriverPage;
  openJournal(url: string): Promise<unknown>;
  openExtensionPage(path: string, selector?: string): Promise<DriverPage>;
}

/**
 * The journal tab in front, as the reader's is: the probe (an extension page opened since) is a tab in front
 * of it, and Firefox runs no animation frames in the reader's frame (another process) in a tab behind.
 */
const toFront = (page: DriverPage) => anyPage(page).bringToFront();

/** storage.sync as the extension sees it, from one of its pages. */
export function readSync(page: DriverPage): Promise<SyncItems> {
  return evaluate(page, () => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.get(null), null);
}

/** Writes items to storage.sync from an extension page: as the browser's sync brings another device's. */
export function writeSync(page: DriverPage, items: SyncItems): Promise<void> {
  return evaluate(page, (x: SyncItems) => ((globalThis as any).browser ?? (globalThis as any).chrome).storage.sync.set(x), items);
}

/** The saved stories' ids and part keys (IndexedDB, from an extension page). */
export async function savedStories(page: DriverPage): Promise<Array<{ id: string; partKeys: string[]; title: string }>> {
  const stories = (await evaluate(page, readStore, { store: 'stories' })) as Array<{ id: string; partKeys: string[]; title: string }>;
  return stories.map((s) => ({ id: s.id, partKeys: s.partKeys, title: s.title }));
}

/** Another device's state on top of what sync holds, packed as Inkwell packs it. */
function asAnotherDevice(items: SyncItems, change: (s: SyncState) => void): SyncItems {
  const state = decodeItems(items);
  change(state);
  return pack(state).items;
}

export async function readingWritesTheSyncedRecord(d: SyncDriver, probe: DriverPage): Promise<{ id: string; partKeys: string[] }> {
  await toFront(d.page);
  await d.openJournal(SEED_2);
  await clickReadButton(d.page);
  await pollFor(
    () => proseCount(d.page),
    (n) => n === 2,
    20_000,
  );
  await scrollReaderTo(d.page, 1, 12);
  await new Promise((r) => setTimeout(r, 1500));
  // Closing writes the place to sync at once (not in 30 s).
  await d.page.keyboard.press('Escape');
  const [story] = await pollFor(
    () => savedStories(probe),
    (s) => s.length === 1,
    15_000,
  );
  const synced = await pollFor(
    () => readSync(probe),
    (items) => decodeItems(items).stories.get(story!.id)?.position?.partKey === story!.partKeys[1],
    20_000,
  );
  const [domain, journal, entry] = story!.id.split('/');
  const raw = JSON.stringify(synced);
  // The contract: the record names its journal and entry.
  expect(raw).toContain(`"${journal}/${entry}"`);
  expect(raw).toContain(`"${domain}"`);
  const record = decodeItems(synced).stories.get(story!.id)!;
  expect(record.position!.paragraph).toBe(12);
  expect(record.position!.part).toBe(1);
  expect(record.title).toBe(story!.title);
  return story!;
}

export async function aChangeFromAnotherDeviceUpdatesThePopup(d: SyncDriver, probe: DriverPage): Promise<void> {
  const popup = await d.openExtensionPage('popup.html', 'li.sl-row');
  const titles = () => evaluate(popup, () => Array.from(document.querySelectorAll('li.sl-row .sl-title')).map((e) => e.textContent ?? ''), null);
  expect(await titles()).toHaveLength(1);
  const now = toSyncTime(Date.now());
  await writeSync(
    probe,
    asAnotherDevice(await readSync(probe), (s) => {
      s.stories.set('dreamwidth.org/tidewater_quills/4321', {
        key: 'dreamwidth.org/tidewater_quills/4321',
        title: 'Read on the Bus',
        author: 'tidewater_quills',
        journal: 'tidewater_quills',
        site: 'dreamwidth',
        masterpostUrl: null,
        firstUrl: 'https://tidewater-quills.dreamwidth.org/4321.html',
        position: { partKey: 'dreamwidth.org/tidewater_quills/4321', part: 0, paragraph: 7, offset: 0.5, percent: 30, at: now },
        read: false,
        readAt: 0,
        lastRead: now,
      });
    }),
  );
  const after = await pollFor(titles, (t) => t.includes('Read on the Bus'), 15_000);
  expect(after).toHaveLength(2);
  await (popup as unknown as { close(): Promise<void> }).close();
}

export async function aChangeFromAnotherDeviceIsOfferedInTheOpenReader(d: SyncDriver, probe: DriverPage, story: { id: string; partKeys: string[] }): Promise<void> {
  await toFront(d.page);
  await d.openJournal(SEED_2);
  await clickReadButton(d.page);
  await pollFor(
    () => proseCount(d.page),
    (n) => n === 2,
    20_000,
  );
  // The reader's offers (its own "You were in part 2" too): the one from another device is what counts.
  const offer = () =>
    inReader(
      d.page,
      (root) =>
        Array.from(root?.querySelectorAll('.ink-offer') ?? [])
          .map((e) => (e as HTMLElement).innerText)
          .find((t) => /another device/.test(t)) ?? '',
    );
  expect(await offer()).toBe('');
  // The reader saves its own place once it has put it back (about a second after opening): the other
  // device's is newer than that.
  await new Promise((r) => setTimeout(r, 2500));
  const at = toSyncTime(Date.now() + 1000);
  await writeSync(
    probe,
    asAnotherDevice(await readSync(probe), (s) => {
      const mine = s.stories.get(story.id)!;
      s.stories.set(story.id, { ...mine, position: { partKey: story.partKeys[0]!, part: 0, paragraph: 3, offset: 0, percent: 5, at }, lastRead: at });
    }),
  );
  // The library takes the newer place at once...
  await pollFor(
    () => storedPosition(probe, story.id),
    (p) => p?.paragraph === 3 && p.partKey === story.partKeys[0],
    15_000,
  );
  // ...and the open reader offers it, staying where it is.
  const text = await pollFor(offer, (t) => t.length > 0, 15_000);
  expect(text).toMatch(/^Continue from part 1 \(read on another device (just now|1 min ago)\)/);
  await d.page.keyboard.press('Escape');
}

/**
 * Stories of three chapters read on another device (tests/fixtures/stitch): sc-rainyweek-word-numerals-series,
 * whose chapters ("Chapter One", no total) link only their masterpost, and lj-clockmaker-masterpost-here-community,
 * whose chapters link only theirs ("Masterpost: here", in a community).
 */
const RAINY_WEEK = {
  key: 'scribbld.com/netherfield_ink/3301',
  title: 'A Week of Rain',
  journal: 'netherfield_ink',
  site: 'scribbld' as const,
  masterpostUrl: 'https://netherfield-ink.scribbld.com/3301.html',
  firstUrl: 'https://netherfield-ink.scribbld.com/3102.html',
};
const CLOCKMAKER = {
  key: 'livejournal.com/verne_bigbang/5512',
  title: 'The Clockmaker',
  journal: 'passepartout_ink',
  site: 'livejournal' as const,
  masterpostUrl: 'https://verne-bigbang.livejournal.com/5512.html',
  firstUrl: 'https://passepartout-ink.livejournal.com/30144.html',
};

/** Another device's record of a story: where it is, no text. Resolves once this device lists it. */
async function readElsewhere(probe: DriverPage, s: typeof RAINY_WEEK | typeof CLOCKMAKER): Promise<void> {
  const now = toSyncTime(Date.now());
  await writeSync(
    probe,
    asAnotherDevice(await readSync(probe), (state) => {
      state.stories.set(s.key, { ...s, author: s.journal, position: null, read: false, readAt: 0, lastRead: now });
    }),
  );
  await pollFor(
    () => savedStories(probe),
    (list) => list.some((x) => x.id === s.key),
    15_000,
  );
}

/**
 * A story this device knows only from sync (where it is, no text): opened from its first chapter's page, or
 * from the library's reader page, it is read whole (its masterpost asked for the other chapters), not as the
 * one chapter the record names.
 */
export async function aStoryKnownOnlyFromAnotherDeviceOpensWhole(d: SyncDriver, probe: DriverPage): Promise<void> {
  await readElsewhere(probe, RAINY_WEEK);
  await toFront(d.page);
  await d.openJournal(RAINY_WEEK.firstUrl);
  await clickReadButton(d.page);
  const shown = await pollFor(
    () => inReader(d.page, (root) => Array.from(root?.querySelectorAll('article.ink-part .ink-prose') ?? []).length),
    (n) => n === 3,
    20_000,
  );
  expect(shown).toBe(3);
  await d.page.keyboard.press('Escape');

  await readElsewhere(probe, CLOCKMAKER);
  const tab = await d.openExtensionPage(readerPagePath(CLOCKMAKER.key).slice(1), '[role="dialog"]');
  const inPage = await pollFor(
    () => evaluate(tab, () => document.querySelectorAll('article.ink-part .ink-prose').length, null),
    (n) => n === 3,
    20_000,
  );
  expect(inPage).toBe(3);
  await (tab as unknown as { close(): Promise<void> }).close();
}

/** The four tests, for a browser's session (the same in Chromium and Firefox). */
export function syncTests(driver: () => SyncDriver): void {
  let story: { id: string; partKeys: string[] };
  // One extension page for reading and writing storage.sync, opened once (each opening is a chance for
  // Firefox's BiDi to fail a wait under load).
  let probePage: Promise<DriverPage> | null = null;
  const probe = () => (probePage ??= driver().openExtensionPage('options.html', '.opt-sync-status'));
  it('reading writes the synced record, naming its journal and entry', async () => {
    story = await readingWritesTheSyncedRecord(driver(), await probe());
  });
  it('a change arriving through storage.sync lists the story in an open popup', async () => {
    await aChangeFromAnotherDeviceUpdatesThePopup(driver(), await probe());
  });
  it("an open reader offers the other device's place rather than jumping", async () => {
    await aChangeFromAnotherDeviceIsOfferedInTheOpenReader(driver(), await probe(), story);
  });
  it('a story known only from another device opens whole, its masterpost read: from its chapter page and in the reader page', async () => {
    await aStoryKnownOnlyFromAnotherDeviceOpensWhole(driver(), await probe());
  });
}
