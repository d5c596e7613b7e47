/**
 * Pages, a backup file and in-page checks for the issue 10 storage suites (hostile-data-*.e2e.ts): a hostile
 * backup imported through the library page, a post that lists another saved story's entries as its parts, a
 * page that opens a popover (or a modal dialog) over the open reader, and remote images in fetched parts.
 * Pages are generated in memory (the fixture server's `extraPages`) in Dreamwidth's entry markup; the prose is
 * our own.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { IN_PAGE_HELPERS } from '../../../harness/closed-shadow';
import type { ExtraPage } from '../../../harness/fixture-server';
import { entryPage, masterpostPage, PROSE, partPage, storyHeader } from '../../fixtures/hostile/generate';

const dw = (journal: string, item: number) => `https://${journal}.dreamwidth.org/${item}.html`;
const key = (journal: string, item: number) => `dreamwidth.org/${journal.replace(/-/g, '_')}/${item}`;

// --- A story saved first, and the post that lists its entries as its own parts ---------------------------------

export const VICTIM_TITLE = 'Tidewater';
export const VICTIM = [dw('saltmarsh-quill', 501), dw('saltmarsh-quill', 502)];
export const VICTIM_ID = key('saltmarsh-quill', 501);
export const VICTIM_WORDS = ['The salt marsh kept its own hours, and she kept them with it', 'By the second spring the heron knew her boots and did not rise'];
export const SWALLOWER = dw('gull-thief', 90);
export const SWALLOWER_ID = key('gull-thief', 90);

// --- Remote images: part 1 is the page the reader opens on, part 2 is fetched ---------------------------------

export const PICTURE_HOST = 'img.picture-shelf.test';
export const PICTURES = [dw('lantern-keeper', 301), dw('lantern-keeper', 302)];
export const pictureUrl = (k: number) => `https://${PICTURE_HOST}/lantern-part-${k}.png`;

// --- The backup's story, a page that is really there -----------------------------------------------------------

export const ARCHIVE = dw('lamp-archive', 201);
export const ARCHIVE_ID = key('lamp-archive', 201);
export const PLANTED_TITLE = 'Planted Story';
export const SAVED_WORDS = 'These are the saved words of the archive copy';

export function hostileDataPages(): Record<string, ExtraPage> {
  const pages: Record<string, ExtraPage> = {};
  // Two parts and no masterpost: saved under part 1's key. Each part links the other.
  VICTIM.forEach((url, i) => {
    pages[url] = {
      body: partPage({
        url,
        title: VICTIM_TITLE,
        index: i + 1,
        total: 2,
        prose: [`${VICTIM_WORDS[i]}.`, 'The tide came in over the mud flats twice a day, and twice a day she walked out to meet it with the lantern.'],
        nav: [[i === 0 ? 'Part 2' : 'Part 1', VICTIM[1 - i]!]],
      }),
    };
  });
  // Another journal's post: a "masterpost" whose parts are the story above.
  pages[SWALLOWER] = {
    body: masterpostPage({
      url: SWALLOWER,
      title: 'Not Tidewater',
      parts: [
        ['Part 1', VICTIM[0]!],
        ['Part 2', VICTIM[1]!],
      ],
    }),
  };

  PICTURES.forEach((url, i) => {
    pages[url] = {
      body: partPage({
        url,
        title: 'The Lantern Shelf',
        index: i + 1,
        total: 2,
        bodyHtml: `<p>The keeper of part ${i + 1} dusted the lanterns on the shelf one by one.</p>\n<p><img src="${pictureUrl(i + 1)}" alt="lanterns on a shelf, part ${i + 1}" width="200" height="120"></p>\n<p>Each lantern had a name, and she said them all aloud before the light went.</p>`,
        nav: [[i === 0 ? 'Part 2' : 'Part 1', PICTURES[1 - i]!]],
      }),
    };
  });

  pages[ARCHIVE] = {
    body: entryPage({
      url: ARCHIVE,
      subject: 'Fic: The Archive Copy',
      header: storyHeader({ title: 'The Archive Copy' }),
      bodyHtml: ['This is the post as the journal shows it: the lamp, the archive, the long shelves of logbooks.', ...PROSE].map((p) => `<p>${p}</p>`).join('\n'),
    }),
  };
  return pages;
}

/**
 * A backup a stranger could hand over: one story at a real journal address whose saved text plants links of
 * every scheme (and a handler), one story at `javascript:`, one part at `data:`, unknown keys everywhere.
 */
export function hostileBackup(now = Date.now()): Record<string, unknown> {
  const t = now - 60_000;
  const planted =
    `<p>${SAVED_WORDS}.</p><p>` +
    '<a href="javascript:alert(document.domain)">script link</a> <a href="file:///etc/passwd">file link</a> <a href="data:text/html,<h1>x</h1>">data link</a> ' +
    '<a href="mailto:someone@example.com">mail link</a> <a href="http://lamp-archive.dreamwidth.org/202.html">journal link</a> <a href="https://elsewhere.example/page">other site</a> ' +
    '<img src="x" onerror="document.title=\'PWNED backup\'"></p>';
  const post = (url: string, bodyHtml: string) => ({
    url,
    author: 'lamp_archive',
    journal: 'lamp_archive',
    subject: 'Fic: The Archive Copy',
    fields: { title: 'The Archive Copy', fandom: 'Original Work', smuggled: 'x' },
    rawFields: [],
    headerNotes: [],
    rating: 'General',
    part: null,
    complete: true,
    bodyText: bodyHtml.replace(/<[^>]+>/g, ''),
    bodyHtml,
    partLinks: [{ url: 'javascript:alert(2)', label: 'Part 2', index: 2 }],
    planted: true,
  });
  const story = (id: string, title: string, partUrls: string[], extra: Record<string, unknown> = {}) => ({
    id,
    title,
    author: 'lamp_archive',
    journal: 'lamp_archive',
    site: 'dreamwidth',
    fields: { title },
    rating: 'General',
    partKeys: [id],
    partUrls,
    masterpostUrl: null,
    wordCount: 40,
    firstOpened: t,
    lastRead: t,
    addedAt: t,
    ...extra,
  });
  const plantedId = key('lamp-archive', 666);
  return {
    format: 'inkwell-backup',
    version: 2,
    exportedAt: t,
    stories: [
      story(ARCHIVE_ID, 'The Archive Copy', [ARCHIVE], { onload: 'alert(1)' }),
      story(plantedId, PLANTED_TITLE, ['javascript:alert(document.cookie)']),
      story(key('lamp-archive', 667), 'Data Part Story', [dw('lamp-archive', 667)]),
    ],
    parts: [
      {
        key: ARCHIVE_ID,
        storyId: ARCHIVE_ID,
        url: ARCHIVE,
        index: null,
        title: 'The Archive Copy',
        bodyHtml: planted,
        bodyText: post(ARCHIVE, planted).bodyText,
        words: 40,
        fetchedAt: t,
        post: { ...post(ARCHIVE, planted), bodyHtml: null, bodyText: null },
      },
      {
        key: plantedId,
        storyId: plantedId,
        url: 'javascript:alert(3)',
        index: null,
        title: PLANTED_TITLE,
        bodyHtml: '<p>planted</p>',
        bodyText: 'planted',
        words: 1,
        fetchedAt: t,
        post: post('javascript:alert(3)', '<p>planted</p>'),
      },
      {
        key: key('lamp-archive', 667),
        storyId: key('lamp-archive', 667),
        url: 'data:text/html,<p>planted</p>',
        index: null,
        title: 'Data',
        bodyHtml: '<p>planted</p>',
        bodyText: 'planted',
        words: 1,
        fetchedAt: t,
        post: post(dw('lamp-archive', 667), '<p>planted</p>'),
      },
    ],
    positions: [],
    settings: { theme: 'sepia', ['__proto__']: { polluted: 1 }, nested: { deep: [1, [2, [3]]] } },
    payload: '<script>alert(1)</script>',
  };
}

const tempDirs: string[] = [];
const tempDir = () => {
  const dir = mkdtempSync(join(tmpdir(), 'inkwell-hostile-data-'));
  tempDirs.push(dir);
  return dir;
};

/** Removes the files `tempFile` and `sparseFile` made (call in afterAll). */
export function removeTempFiles(): void {
  for (const dir of tempDirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** Writes `content` to a new temp file and returns its path. */
export function tempFile(name: string, content: string): string {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A file of `bytes` bytes that takes no disk (sparse): for the size check, which must refuse it unread. */
export function sparseFile(name: string, bytes: number): string {
  const dir = tempDir();
  const path = join(dir, name);
  writeFileSync(path, '');
  truncateSync(path, bytes); // extends with a hole: nothing is written
  return path;
}

type Stored = Awaited<ReturnType<typeof storedLibrary>>;

/** The two stories as the library holds them after the swallowing post was read (from `storedLibrary`). */
export function afterSwallow(stored: Stored): { victim?: string; swallower?: string; victimText: string[] } {
  const title = (id: string) => stored.stories.find((s) => s.id === id)?.title;
  return {
    victim: title(VICTIM_ID),
    swallower: title(SWALLOWER_ID),
    victimText: stored.parts.filter((p) => p.storyId === VICTIM_ID && p.text).map((p) => p.bodyText.slice(0, 30)),
  };
}

/** `afterSwallow` when the earlier story survived whole, beside the post that listed its parts. */
export const SURVIVED = { victim: VICTIM_TITLE, swallower: 'Not Tidewater', victimText: VICTIM_WORDS.map((w) => w.slice(0, 30)) };

// --- In the page (page.evaluate / inReader: self-contained) ----------------------------------------------------

/** In the page: whether the reader's host is the topmost element at six points of the viewport. */
export function readerHoldsTop(): { open: boolean; missed: string[] } {
  const host = document.querySelector('inkwell-reader');
  const w = innerWidth;
  const h = innerHeight;
  const missed: string[] = [];
  for (const [x, y] of [
    [w / 2, h / 2],
    [10, 10],
    [w - 20, 10],
    [10, h - 10],
    [w - 20, h - 10],
    [w / 2, 30],
  ]) {
    const hit = document.elementFromPoint(x!, y!);
    if (!host || hit !== host) missed.push(`(${Math.round(x!)},${Math.round(y!)}): <${hit?.localName ?? 'nothing'}${hit?.id ? `#${hit.id}` : ''}>`);
  }
  return { open: !!host, missed };
}

/**
 * In the page (main world, as a page script): once the reader's host appears, wait `delay` ms and open a
 * full-viewport look-alike over it, as a popover or a modal dialog.
 */
export function openOverReader(arg: { kind: 'popover' | 'dialog'; delay: number }): void {
  const fake = () => {
    const el = document.createElement(arg.kind === 'dialog' ? 'dialog' : 'div');
    el.id = `fake-${arg.kind}`;
    el.textContent = 'Your session expired. Log in to keep reading part 3.';
    el.setAttribute('style', 'position:fixed;inset:0;width:100vw;height:100vh;max-width:none;max-height:none;margin:0;border:0;background:#fdfcf8;color:#000;font:20px serif;');
    document.body.append(el);
    if (arg.kind === 'dialog') (el as HTMLDialogElement).showModal();
    else {
      el.setAttribute('popover', 'manual');
      el.showPopover();
    }
    (window as unknown as { __fakeOpen?: boolean }).__fakeOpen = true;
  };
  const wait = () => (document.querySelector('inkwell-reader') ? setTimeout(fake, arg.delay) : setTimeout(wait, 50));
  wait();
}

/**
 * In the reader's root (or, called with no argument, the reader page's document): every link it renders, with
 * its target and rel; and the prose's text.
 */
export function readerLinks(at?: ShadowRoot | null): { links: { href: string; target: string | null; rel: string | null; text: string }[]; text: string; title: string } {
  const root: ParentNode | null = at === undefined ? document : at;
  if (!root) return { links: [], text: '', title: '' };
  return {
    links: Array.from(root.querySelectorAll('a[href]')).map((a) => ({ href: a.getAttribute('href')!, target: a.getAttribute('target'), rel: a.getAttribute('rel'), text: a.textContent ?? '' })),
    text: inkDrawnText(root.querySelector('.ink-parts')),
    title: root.querySelector('h1')?.textContent ?? '',
  };
}

/** `readerLinks` as an expression over an extension page's own document (the reader page mounts no shadow root). */
export const readerLinksOfDocument = `(() => { const __name = (f) => f; ${IN_PAGE_HELPERS} return (${readerLinks.toString()})(document); })()`;

/** In an extension page: the stored stories (id, title) and each story's parts with whether they hold text. */
export async function storedLibrary(): Promise<{ stories: { id: string; title: string }[]; parts: { key: string; storyId: string; text: boolean; bodyText: string }[] }> {
  const db: IDBDatabase = await new Promise((resolve, reject) => {
    const r = indexedDB.open('inkwell');
    r.onsuccess = () => resolve(r.result);
    r.onerror = () => reject(r.error);
  });
  const all = <T>(store: string) =>
    new Promise<T[]>((resolve, reject) => {
      const r = db.transaction(store).objectStore(store).getAll();
      r.onsuccess = () => resolve(r.result as T[]);
      r.onerror = () => reject(r.error);
    });
  const stories = await all<{ id: string; title: string }>('stories');
  const parts = await all<{ key: string; storyId: string; textDroppedAt?: number; bodyText: string }>('parts');
  db.close();
  return {
    stories: stories.map((s) => ({ id: s.id, title: s.title })).sort((a, b) => (a.id < b.id ? -1 : 1)),
    parts: parts.map((p) => ({ key: p.key, storyId: p.storyId, text: p.textDroppedAt === undefined && !!p.bodyText, bodyText: p.bodyText.slice(0, 80) })).sort((a, b) => (a.key < b.key ? -1 : 1)),
  };
}
