/**
 * The stitching E2E's shared parts: the fixture server with the stitch-story pages, the stories
 * with parts, and the check that a reader shows exactly a story's parts in order.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HELD_OUT } from '../../../harness/fixture-cases';
import type { ExtraPage, FaultSpec } from '../../../harness/fixture-server';
import { type FailureReason, failureMessage } from '../../../utils/stitch';
import { canonicalEntryKey } from '../../../utils/url';
import { loadStitchStories, type StitchStory, storyPageFiles } from '../../support/stitch-stories';

export type { StitchStory };

/** Every fixture story with parts (the AO3-only header post has none). */
export const multiPartStories = (): StitchStory[] => loadStitchStories().filter((s) => s.parts.length > 1);

/** The stitch-story pages, served beside tests/fixtures/pages.json. */
export function storyExtraPages(): Record<string, ExtraPage> {
  return Object.fromEntries(Object.entries(storyPageFiles()).map(([u, f]) => [u, { body: readFileSync(f) }]));
}

/** What the reader showed: the parts' original-post links (and failed parts' too), in order. */
export interface ShownStory {
  done: boolean;
  links: string[];
  /** The story card's related links (what the masterpost lists that is not a part). */
  related: string[];
  /** The card's "This story is posted at …" links. */
  elsewhere: { text: string; href: string; target: string; rel: string }[];
  /** What each part's place says when it failed (its alert), '' for a part that is here; in order, as `links`. */
  alerts: string[];
  /** The story card's fields as text (once done: the story's words "in N parts", and the parts that could not be read). */
  card: string;
}

/**
 * Reads the reader's (closed) shadow root, given by closed-shadow.ts's `inReader`: whether the stitch
 * is done (the card is redrawn with the whole story then) and the "Original post" link of every
 * part, failed ones included. Runs in the page: self-contained.
 */
export function readShownStory(root: ShadowRoot | null): ShownStory | null {
  if (!root || !root.querySelector('[role="dialog"]')) return null;
  return {
    done: !!root.querySelector('[data-whole="1"]'),
    links: Array.from(root.querySelectorAll('article.ink-part')).map((a) => a.querySelector('header a[href]')?.getAttribute('href') ?? `loading:${a.getAttribute('data-key')}`),
    related: Array.from(root.querySelectorAll('.ink-card .ink-card-related a[href]')).map((a) => a.getAttribute('href') ?? ''),
    elsewhere: Array.from(root.querySelectorAll('.ink-card .ink-elsewhere a[href]')).map((a) => ({
      text: a.textContent ?? '',
      href: a.getAttribute('href') ?? '',
      target: a.getAttribute('target') ?? '',
      rel: a.getAttribute('rel') ?? '',
    })),
    alerts: Array.from(root.querySelectorAll('article.ink-part')).map((a) => a.querySelector('[role="alert"]')?.textContent ?? ''),
    card: root.querySelector('.ink-card .ink-fields')?.textContent ?? '',
  };
}

/**
 * Empties the extension's stories, parts and positions (run in an extension page): each opening then
 * stitches afresh instead of showing the story saved by the last one. Creates nothing when the
 * database does not exist yet.
 */
export function clearSavedStories(): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open('inkwell');
    req.onupgradeneeded = () => req.transaction?.abort();
    req.onerror = () => resolve();
    req.onsuccess = () => {
      const db = req.result;
      const names = Array.from(db.objectStoreNames);
      if (!names.length) {
        db.close();
        resolve();
        return;
      }
      const tx = db.transaction(names, 'readwrite');
      for (const n of names) tx.objectStore(n).clear();
      tx.oncomplete = () => {
        db.close();
        resolve();
      };
      tx.onerror = () => reject(tx.error);
    };
  });
}

/**
 * Waits (at most 5 s, then returns false) until a saved story lists `parts` parts: the reader's save
 * may land after the story is shown whole, and a save landing after the next test's
 * `clearSavedStories` would make that test open from the cache instead of the network.
 */
export async function waitForSaved(parts: number): Promise<boolean> {
  const end = Date.now() + 5_000;
  const count = () =>
    new Promise<number>((resolve) => {
      const req = indexedDB.open('inkwell');
      req.onupgradeneeded = () => req.transaction?.abort();
      req.onerror = () => resolve(0);
      req.onsuccess = () => {
        const db = req.result;
        if (!db.objectStoreNames.contains('stories')) {
          db.close();
          resolve(0);
          return;
        }
        const all = db.transaction('stories').objectStore('stories').getAll();
        all.onsuccess = () => {
          db.close();
          resolve(Math.max(0, ...all.result.map((s: { partKeys?: unknown[] }) => s.partKeys?.length ?? 0)));
        };
        all.onerror = () => {
          db.close();
          resolve(0);
        };
      };
    });
  while (Date.now() < end) {
    if ((await count()) >= parts) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return false;
}

/**
 * The story's parts as canonical keys, and what was shown, for a readable failure. A part the truth says is missing
 * (`story.missing`) is shown in its place with its reason's message; every other part with none.
 */
export function compareShown(story: StitchStory, shown: ShownStory | null): { ok: boolean; want: string[]; got: string[] } {
  const reasons = new Map(story.missing.map((m) => [canonicalEntryKey(m.url), m.reason]));
  const said = (key: string) => (reasons.has(key) ? ` (${failureMessage(reasons.get(key)!)})` : '');
  const want = story.parts.map(canonicalEntryKey).map((k) => `${k}${said(k)}`);
  const got = (shown?.links ?? []).map((l, i) => {
    if (l.startsWith('loading:')) return l;
    const key = canonicalEntryKey(l);
    const alert = shown!.alerts[i] ?? '';
    // The alert holds the reason's message (with the site's status, and a Retry button): the message is what is compared.
    return `${key}${alert ? (reasons.has(key) && alert.includes(failureMessage(reasons.get(key)!)) ? said(key) : ` (${alert})`) : ''}`;
  });
  // Once the masterpost is known, its card lists what it links to that is not a part.
  const related = (urls: string[]) => urls.map(canonicalEntryKey).sort().join(' ');
  const relatedOk = !story.related.length || related(shown?.related ?? []) === related(story.related);
  if (!relatedOk) got.push(`related: ${related(shown?.related ?? [])}`);
  // With a part missing, the card never gives the story's length as the whole story's ("in 3 parts" of 3): it says one could not be read.
  const cardOk = !story.missing.length || (!!shown?.card.includes('could not be read') && !shown.card.includes(`in ${story.parts.length} parts`));
  if (!cardOk) got.push(`card: ${shown!.card}`);
  return { ok: !!shown?.done && relatedOk && cardOk && JSON.stringify(want) === JSON.stringify(got), want, got };
}

/** "N of M stories whole and in order from every page; K of L openings", for the run's log. */
export function summarise(browser: string, results: Map<string, (boolean | null)[]>): string {
  const stories = [...results.values()];
  const whole = stories.filter((r) => r.length && r.every((x) => x === true)).length;
  const opens = stories.flat();
  return `${browser}: ${whole} of ${stories.length} multi-part stories whole and in order from every page; ${opens.filter((x) => x === true).length} of ${opens.length} openings`;
}

/**
 * A header-only post that links only off the journals (AO3): the reader opened from it shows the card
 * with "This story is posted at <host>" (new tab, no opener, no referrer) and no part, and nothing is
 * asked of that host (`requests`: the fixture server's log, which sees every host the browser asks).
 */
export function describePostedElsewhere(browser: string, openFrom: (url: string) => Promise<ShownStory | null>, requests: () => string[]): void {
  const stories = loadStitchStories().filter((s) => s.elsewhere.length);
  // A held-out corpus may hold no such story; our own fixtures must (an empty suite fails there).
  if (!stories.length && HELD_OUT) return;
  describe(`a story posted off the journals, from its header-only post (${browser})`, () => {
    for (const story of stories) {
      for (const url of story.pages) {
        it(`${story.id} from ${url}`, async () => {
          const before = requests().length;
          const shown = await openFrom(url);
          expect(shown?.done).toBe(true);
          expect(shown!.links).toEqual([]);
          expect(shown!.elsewhere).toEqual(
            story.elsewhere.map((href) => ({ text: `This story is posted at ${new URL(href).hostname.replace(/^www\./, '')}`, href, target: '_blank', rel: 'noopener noreferrer' })),
          );
          const hosts = story.elsewhere.map((h) => new URL(h).hostname);
          expect(
            requests()
              .slice(before)
              .filter((u) => hosts.includes(new URL(u).hostname)),
          ).toEqual([]);
        });
      }
    }
  });
}

/**
 * A story whose chapters link only its tag page, opened from a chapter while the tag page fails (`setFault`: the
 * fixture server's): the reader shows the chapter and, in the tag page's place once done, why it could not be read
 * (utils/stitch/failures.ts `tagPageFailureMessage`), as it shows a failed masterpost.
 */
export function describeFailingTagPage(browser: string, openFrom: (url: string) => Promise<ShownStory | null>, setFault: (url: string, fault: FaultSpec | null) => void): void {
  describeFailingListPage(
    `a story whose tag page cannot be read (${browser})`,
    {
      list: 'https://quayside-tales.dreamwidth.org/tag/fic:+the+ropewalk',
      chapter: 'https://quayside-tales.dreamwidth.org/1377.html',
      says: 'The story’s tag page, which lists its parts, could not be read.',
    },
    openFrom,
    setFault,
  );
}

/** The same for a story whose parts are listed only on its writer's memories keyword page (tests/fixtures/src/memories.py). */
export function describeFailingMemoriesPage(browser: string, openFrom: (url: string) => Promise<ShownStory | null>, setFault: (url: string, fault: FaultSpec | null) => void): void {
  describeFailingListPage(
    `a story whose memories page cannot be read (${browser})`,
    {
      list: 'https://www.dreamwidth.org/tools/memories?user=cinder_quince&keyword=the+cinder+orchard',
      chapter: 'https://cinder-quince.dreamwidth.org/3102.html',
      says: 'The writer’s memories page, which lists the story’s parts, could not be read.',
    },
    openFrom,
    setFault,
  );
}

/** The same for a story whose parts are only on its journal's day archive (tests/fixtures/src/archive.py). */
export function describeFailingArchivePage(browser: string, openFrom: (url: string) => Promise<ShownStory | null>, setFault: (url: string, fault: FaultSpec | null) => void): void {
  describeFailingListPage(
    `a story whose day archive cannot be read (${browser})`,
    {
      list: 'https://tansy-reed.dreamwidth.org/2013/08/17/',
      chapter: 'https://tansy-reed.dreamwidth.org/7986.html',
      says: 'The journal’s archive for the day or month the story was posted, which holds its parts, could not be read.',
    },
    openFrom,
    setFault,
  );
}

/** A chapter whose only way to the rest is a list page (a tag, memories or archive page) that fails: the chapter, then the list page's place, saying why. */
function describeFailingListPage(
  title: string,
  page: { list: string; chapter: string; says: string },
  openFrom: (url: string) => Promise<ShownStory | null>,
  setFault: (url: string, fault: FaultSpec | null) => void,
): void {
  describe(title, () => {
    for (const [fault, reason] of [
      ['404', 'not-found'],
      ['login', 'login'],
    ] as [FaultSpec, FailureReason][]) {
      it(`${fault}: the chapter, then “${page.says.slice(0, 24)}… ${failureMessage(reason).slice(0, 40)}…”`, async () => {
        setFault(page.list, fault);
        try {
          const shown = await openFrom(page.chapter);
          expect(shown?.done).toBe(true);
          expect(shown!.links.map(canonicalEntryKey)).toEqual([canonicalEntryKey(page.chapter), canonicalEntryKey(page.list)]);
          expect(shown!.alerts[0]).toBe('');
          expect(shown!.alerts[1]).toContain(page.says);
          expect(shown!.alerts[1]).toContain(failureMessage(reason));
        } finally {
          setFault(page.list, null);
        }
      }, 60_000);
    }
  });
}

/**
 * Polls `read` (the reader's state in the page) until the stitch is done and every part's place is
 * drawn, or 15 s. The card says "whole" when the last part arrives; part texts are then put in a few
 * per task, so a part may still be loading for a moment after it.
 */
export async function waitForDone(read: () => Promise<ShownStory | null>): Promise<ShownStory | null> {
  const end = Date.now() + 15_000;
  const settled = (s: ShownStory | null) => !!s?.done && !s.links.some((l) => l.startsWith('loading:'));
  let shown = await read();
  while (!settled(shown) && Date.now() < end) {
    await new Promise((r) => setTimeout(r, 100));
    shown = await read();
  }
  return shown;
}

/**
 * One test per story: the reader opened from each of its pages (`openFrom`, which empties the saved
 * stories first) shows the story's parts, in order, and nothing else. `results` collects each
 * opening's outcome for the summary.
 */
export function describeEveryStory(browser: string, openFrom: (url: string) => Promise<ShownStory | null>, results: Map<string, (boolean | null)[]>): void {
  describe(`every multi-part story, whole and in order, from any of its pages (${browser})`, () => {
    for (const story of multiPartStories()) {
      const pages = story.pages;
      it(
        `${story.id} (${story.parts.length} parts, ${pages.length} pages)`,
        async () => {
          const outcome: (boolean | null)[] = [];
          results.set(story.id, outcome);
          const failures: string[] = [];
          for (const url of pages) {
            const shown = await openFrom(url).catch((e: Error) => {
              failures.push(`${url}: ${e.message.split('\n')[0]}`);
              return null;
            });
            const { ok, want, got } = compareShown(story, shown);
            outcome.push(ok);
            if (!ok) failures.push(`${url}: want ${want.join(' ')}; got ${shown ? `${got.join(' ')}${shown.done ? '' : ' (not done)'}` : 'no reader'}`);
          }
          expect(failures).toEqual([]);
        },
        40_000 + 20_000 * pages.length,
      );
    }
  });
}
