// @vitest-environment jsdom
/**
 * A hostile backup file (issue 10, item 5): import rebuilds every record from known keys, with
 * types, lengths, depth and size limits; only https journal addresses; what is left out is said.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupSizeProblem, buildBackup, exportLibrary, importLibrary, serializeBackup, validateBackup } from '../../utils/backup';
import { BACKUP_LIMITS, importableJournalUrl, importablePartUrl, jsonDepth } from '../../utils/backup-rules';
import { getParts, type InkwellDb, listStories, openInkwellDb, type PartRecord, readAllRecords, type StoryRecord, saveParts, saveStory } from '../../utils/db';
import { extractPage } from '../../utils/extract/index';
import type { StoryPost } from '../../utils/extract/types';
import { canonicalEntryKey } from '../../utils/url';

let n = 0;
const freshName = () => `inkwell-rules-${++n}-${Math.random().toString(36).slice(2)}`;
const T0 = Date.UTC(2025, 5, 1, 9);

function post(url: string, text: string, over: Partial<StoryPost> = {}): StoryPost {
  return {
    url,
    author: 'lantern_keeper',
    journal: 'lantern_keeper',
    subject: 'Lamplight',
    fields: { title: 'Lamplight', fandom: 'Original Work' },
    rawFields: [{ key: 'title', label: 'Title', value: 'Lamplight' }],
    headerNotes: [],
    rating: 'General',
    part: null,
    complete: true,
    bodyText: text,
    bodyHtml: `<p>${text}</p>`,
    partLinks: [],
    ...over,
  };
}

function record(journal: string, item: number, over: Partial<StoryRecord> = {}) {
  const url = `https://${journal.replace(/_/g, '-')}.dreamwidth.org/${item}.html`;
  const key = `dreamwidth.org/${journal}/${item}`;
  const story: StoryRecord = {
    id: key,
    title: `Lamplight ${item}`,
    author: journal,
    journal,
    site: 'dreamwidth',
    fields: { title: `Lamplight ${item}` },
    rating: 'General',
    partKeys: [key],
    partUrls: [url],
    masterpostUrl: null,
    wordCount: 7,
    firstOpened: T0,
    lastRead: T0,
    addedAt: T0,
    ...over,
  };
  const p = post(url, `The lamp in window ${item} stayed lit all night.`);
  const part: PartRecord = { key, storyId: key, url, index: null, title: 'Lamplight', bodyHtml: p.bodyHtml, bodyText: p.bodyText, words: 7, fetchedAt: T0, post: p };
  return { story, part };
}

/** A backup file's object with these stories and parts (and no positions). */
function file(items: { story: unknown; part?: unknown }[], extra: Record<string, unknown> = {}) {
  return {
    format: 'inkwell-backup',
    version: 2,
    exportedAt: T0,
    stories: items.map((i) => i.story),
    parts: items.filter((i) => i.part).map((i) => i.part),
    positions: [],
    settings: { theme: 'dark' },
    ...extra,
  };
}

describe('the URL rule', () => {
  it.each([
    ['https://lantern-keeper.dreamwidth.org/12.html', 'https://lantern-keeper.dreamwidth.org/12.html'],
    ['http://lantern-keeper.dreamwidth.org/12.html?format=light', 'https://lantern-keeper.dreamwidth.org/12.html?format=light'],
    ['https://community.livejournal.com/thimble/4410.html', 'https://community.livejournal.com/thimble/4410.html'],
    ['https://web.archive.org/web/20090101000000/http://someone.livejournal.com/5.html', 'https://web.archive.org/web/20090101000000/http://someone.livejournal.com/5.html'],
    // Rebuilt as the fetcher would ask for it: no port, no query but the display options, no fragment.
    ['https://x.livejournal.com:8443/1.html?mode=reply#c5', 'https://x.livejournal.com/1.html'],
    ['https://www.livejournal.com/talkread.bml?journal=some_one&itemid=77', 'https://some-one.livejournal.com/77.html'],
  ])('accepts a journal entry page %s (as the fetcher builds it)', (raw, want) => {
    expect(importableJournalUrl(raw)).toBe(want);
  });
  it.each([
    'javascript:alert(document.domain)',
    'JaVaScRiPt:alert(1)//https://x.livejournal.com/1.html',
    'file:///etc/passwd',
    'data:text/html,<script>alert(1)</script>',
    'blob:https://x.livejournal.com/1234',
    'https://evil.example/1.html',
    'https://livejournal.com.evil.example/1.html',
    'https://evil-livejournal.com/1.html',
    'https://user:pw@x.livejournal.com/1.html',
    'https://x.livejournal.com/profile',
    'https://web.archive.org/web/2009/https://evil.example/',
    'ftp://x.livejournal.com/1.html',
    '/1.html',
    '',
  ])('refuses %s', (raw) => {
    expect(importableJournalUrl(raw)).toBeNull();
  });
});

describe('depth and size, before parsing', () => {
  it('measures nesting without a parser, skipping brackets inside strings', () => {
    expect(jsonDepth('{"a":[{"b":"[[[[{{{{"}]}')).toBe(3);
    expect(jsonDepth('"\\"[[["')).toBe(0);
    expect(jsonDepth('[]')).toBe(1);
  });

  it('refuses 20,000 nested brackets without a stack overflow, in the file and in an already parsed object', () => {
    const deep = `{"format":"inkwell-backup","version":2,"exportedAt":1,"stories":[],"parts":[],"positions":[],"settings":{"x":${'['.repeat(20_000)}${']'.repeat(20_000)}}}`;
    const r = validateBackup(deep);
    expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/nests deeper than an Inkwell backup ever does/) });
    // Parsed by someone else: nothing walks into the nesting.
    let nest: unknown = 'bottom';
    for (let i = 0; i < 20_000; i++) nest = { in: nest };
    const { story, part } = record('lantern_keeper', 1);
    const parsed = file([{ story: { ...story, fields: { title: 'x', deep: nest } }, part }], { settings: { nest } });
    expect(validateBackup(parsed)).toMatchObject({ ok: false, reason: expect.stringMatching(/fields\.deep is not text/) });
    const okFile = file([{ story, part }], { settings: { nest, theme: 'sepia' } });
    const v = validateBackup(okFile);
    expect(v.ok && v.backup.settings).toEqual({ theme: 'sepia' });
    // A "__proto__" key in the file's text is dropped, not assigned (which would set the object's prototype).
    const proto = validateBackup(JSON.stringify(file([{ story, part }], { settings: { theme: 'dark', ['__proto__']: { polluted: true } } })));
    expect(proto.ok && Object.getPrototypeOf(proto.backup.settings)).toBe(Object.prototype);
    expect(proto.ok && proto.backup.settings).toEqual({ theme: 'dark' });
  });

  it('refuses a file over the limit by its size alone (200 MB), and says the limit', () => {
    expect(backupSizeProblem(200_000_000)).toMatch(/200 MB; a backup may be at most 180 MB, so it was not read/);
    expect(backupSizeProblem(BACKUP_LIMITS.fileBytes)).toBeNull();
    // (The library page checks the file's size before reading it: tests/unit/library-page.test.ts.)
  });

  it('the limit fits 5,000 stories with their text: measured on the fixtures’ real story pages', () => {
    const fixtures = join(__dirname, '../fixtures');
    const pages = JSON.parse(readFileSync(join(fixtures, 'pages.json'), 'utf8')) as Record<string, string>;
    const stories: StoryRecord[] = [];
    const parts: PartRecord[] = [];
    let words = 0;
    const seen = new Set<string>();
    for (const [url, path] of Object.entries(pages)) {
      if (seen.has(path)) continue;
      seen.add(path);
      const doc = new DOMParser().parseFromString(readFileSync(join(fixtures, path), 'utf8'), 'text/html');
      for (const p of extractPage(doc, url).stories) {
        if (!p.bodyText) continue;
        const w = p.bodyText.trim().split(/\s+/).length;
        words += w;
        const key = `${canonicalEntryKey(p.url)}/${stories.length}`;
        stories.push({
          id: key,
          title: p.subject,
          author: p.author,
          journal: p.journal,
          site: 'livejournal',
          fields: p.fields,
          rating: p.rating,
          partKeys: [key],
          partUrls: [p.url],
          masterpostUrl: null,
          wordCount: w,
          firstOpened: T0,
          lastRead: T0,
          addedAt: T0,
        });
        parts.push({ key, storyId: key, url: p.url, index: 1, title: p.subject, bodyHtml: p.bodyHtml, bodyText: p.bodyText, words: w, fetchedAt: T0, post: p });
      }
    }
    expect(stories.length).toBeGreaterThan(50);
    // Each story's bytes in a backup: a part that grows with its words, and a part that does not (its record, its
    // header, its markup's overhead). A least-squares line through the fixture stories gives both, so a fixture mix
    // heavy in drabbles (issue 11: their headers weigh more per word) does not read as longer stories weighing more.
    const size = (i: number | null) =>
      new TextEncoder().encode(serializeBackup(buildBackup({ stories: i === null ? [] : [stories[i]!], parts: i === null ? [] : [parts[i]!], positions: [] }, {}, T0))).length;
    const empty = size(null);
    const points = stories.map((_, i) => [parts[i]!.words, size(i) - empty] as const);
    const n = points.length;
    const mx = points.reduce((a, [x]) => a + x, 0) / n;
    const my = points.reduce((a, [, y]) => a + y, 0) / n;
    const bytesPerWord = points.reduce((a, [x, y]) => a + (x - mx) * (y - my), 0) / points.reduce((a, [x]) => a + (x - mx) ** 2, 0);
    const bytesPerStory = my - bytesPerWord * mx;
    const wordsPerStory = (BACKUP_LIMITS.fileBytes / 5000 - bytesPerStory) / bytesPerWord;
    console.info(
      `backup: ${bytesPerWord.toFixed(1)} bytes per word and ${Math.round(bytesPerStory)} per story on ${stories.length} fixture stories (${words} words); ${BACKUP_LIMITS.fileBytes / 1e6} MB holds 5,000 stories of ${Math.round(wordsPerStory)} words`,
    );
    expect(bytesPerWord).toBeGreaterThan(0);
    expect(wordsPerStory).toBeGreaterThanOrEqual(2000);
  });

  it('keeps strings, lists and numbers to their limits', () => {
    const { story, part } = record('lantern_keeper', 1);
    const bad = (s: unknown, p: unknown = part) => validateBackup(file([{ story: s, part: p }]), T0 + 1000);
    expect(bad({ ...story, title: 'x'.repeat(BACKUP_LIMITS.shortChars + 1) })).toMatchObject({ ok: false, reason: expect.stringMatching(/title is longer than 2,000 characters/) });
    expect(bad({ ...story, partKeys: Array(BACKUP_LIMITS.partsPerStory + 1).fill('k'), partUrls: [] })).toMatchObject({ ok: false, reason: expect.stringMatching(/partKeys lists more than/) });
    expect(bad(story, { ...part, bodyHtml: 'x'.repeat(BACKUP_LIMITS.bodyChars + 1) })).toMatchObject({ ok: false, reason: expect.stringMatching(/bodyHtml is longer than/) });
    // A time in the future would pin a story as "read recently" (and win every merge) for ever.
    expect(bad({ ...story, lastRead: T0 + 1000 + 2 * 24 * 3600 * 1000 })).toMatchObject({ ok: false, reason: expect.stringMatching(/lastRead is not a time/) });
    expect(bad({ ...story, showImages: 'yes' })).toMatchObject({ ok: false, reason: expect.stringMatching(/showImages/) });
    // A story's "show images" comes in only as off: turning remote images on is not a file's to decide.
    const shown = validateBackup(file([{ story: { ...story, showImages: true }, part }]), T0 + 1000);
    expect(shown.ok && shown.backup.stories[0]!.showImages).toBeUndefined();
    const hidden = validateBackup(file([{ story: { ...story, showImages: false }, part }]), T0 + 1000);
    expect(hidden.ok && hidden.backup.stories[0]!.showImages).toBe(false);
    expect(bad(story, { ...part, post: { ...part.post, part: { index: 1e9, total: null } } })).toMatchObject({ ok: false, reason: expect.stringMatching(/part marker/) });
  });

  it('keeps what the reader and the books learned of a story (its length, failed and new parts, language), typed', () => {
    const { story, part } = record('lantern_keeper', 1);
    const bad = (s: unknown) => validateBackup(file([{ story: s, part }]), T0 + 1000);
    const known = { ...story, totalParts: 3, failedKeys: ['dreamwidth.org/lantern_keeper/2'], newPartKeys: ['dreamwidth.org/lantern_keeper/3'], language: 'en-GB' };
    const kept = validateBackup(file([{ story: known, part }]), T0 + 1000);
    expect(kept.ok && kept.backup.stories[0]).toMatchObject({ totalParts: 3, failedKeys: ['dreamwidth.org/lantern_keeper/2'], newPartKeys: ['dreamwidth.org/lantern_keeper/3'], language: 'en-GB' });
    const unknownTotal = validateBackup(file([{ story: { ...story, totalParts: null }, part }]), T0 + 1000);
    expect(unknownTotal.ok && unknownTotal.backup.stories[0]!.totalParts).toBeNull();
    expect(bad({ ...story, totalParts: 2.5 })).toMatchObject({ ok: false, reason: expect.stringMatching(/totalParts/) });
    expect(bad({ ...story, failedKeys: [{}] })).toMatchObject({ ok: false, reason: expect.stringMatching(/failedKeys/) });
    expect(bad({ ...story, language: '"><script>' })).toMatchObject({ ok: false, reason: expect.stringMatching(/language/) });
  });
});

describe('a hostile backup goes in without what it planted', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName(), { allowWebOrigin: true });
  });
  afterEach(() => db.close());

  it('leaves out stories and parts whose addresses are not journal pages, drops unknown keys and non-journal links, and says so', async () => {
    const good = record('lantern_keeper', 1);
    const js = record('lantern_keeper', 2, { partUrls: ['javascript:alert(document.cookie)'] });
    const local = record('lantern_keeper', 3, { masterpostUrl: 'file:///etc/passwd' });
    const dataPart = record('lantern_keeper', 4);
    const badPart = { ...dataPart.part, url: 'data:text/html,<h1>planted</h1>' };
    const elsewhere = record('lantern_keeper', 5);
    const offSite = { ...elsewhere.part, post: { ...elsewhere.part.post, url: 'https://evil.example/5.html' } };
    const planted = {
      ...good.story,
      evil: '<img src=x onerror=alert(1)>',
      fields: { ...good.story.fields, __proto__: { polluted: true }, trojan: 'hidden' },
    };
    const goodPart = {
      ...good.part,
      extra: 1,
      post: {
        ...good.part.post,
        planted: 'x',
        partLinks: [
          { url: 'javascript:alert(1)', label: 'Part 2', index: 2 },
          { url: 'https://evil.example/2.html', label: 'Part 3', index: 3 },
          { url: 'http://lantern-keeper.dreamwidth.org/2.html', label: 'Part 4', index: 4 },
        ],
      },
    };
    const text = JSON.stringify(
      file(
        [
          { story: planted, part: goodPart },
          { story: js.story, part: js.part },
          { story: local.story, part: local.part },
          { story: dataPart.story, part: badPart },
          { story: elsewhere.story, part: offSite },
        ],
        { payload: { run: 'me' } },
      ),
    );
    const r = await importLibrary(db, text, T0 + 1000);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.storiesAdded).toBe(3);
    expect(r.skipped.join('\n')).toMatch(/2 stories were left out because their addresses are not a journal page \("javascript:alert\(document\.cookie\)", "file:\/\/\/etc\/passwd"\)/);
    expect(r.skipped.join('\n')).toMatch(/2 parts were left out because their addresses are not a journal page \("data:text\/html,<h1>planted<\/h1>", "https:\/\/evil\.example\/5\.html"\)/);
    expect(r.skipped.join('\n')).toMatch(/2 links to something other than a journal page were dropped/);
    expect(r.skipped.join('\n')).toMatch(/entries Inkwell does not know were ignored \(stories\[0\]\.evil, fields\.trojan, parts\[0\]\.extra/);
    expect(r.skipped.join('\n')).toMatch(/An entry at the top of the file that Inkwell does not know was ignored \(payload\)/);

    const all = await readAllRecords(db);
    expect(all.stories.map((s) => s.id).sort()).toEqual([good.story.id, dataPart.story.id, elsewhere.story.id].sort());
    expect(all.parts.map((p) => p.key)).toEqual([good.part.key]);
    const stored = all.stories.find((s) => s.id === good.story.id)!;
    expect(Object.keys(stored)).not.toContain('evil');
    expect(stored.fields).toEqual(good.story.fields);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const part = all.parts[0]!;
    expect(Object.keys(part)).not.toContain('extra');
    expect(Object.keys(part.post)).not.toContain('planted');
    expect(part.post.partLinks).toEqual([{ url: 'https://lantern-keeper.dreamwidth.org/2.html', label: 'Part 4', index: 4 }]);
    // Every address stored is an https journal page.
    const urls = [...all.stories.flatMap((s) => [...s.partUrls, s.masterpostUrl ?? '']), ...all.parts.flatMap((p) => [p.url, p.post.url, ...p.post.partLinks.map((l) => l.url)])].filter(Boolean);
    for (const u of urls) expect(importableJournalUrl(u), u).toBe(u);
  });

  it('does not move a part (or its text) from the story in the library that owns it', async () => {
    const mine = record('lantern_keeper', 7);
    await saveStory(db, mine.story);
    await saveParts(db, [mine.part]);
    const thief = record('moth_collector', 8, { partKeys: [mine.part.key, 'dreamwidth.org/moth_collector/8'], partUrls: [mine.part.url, 'https://moth-collector.dreamwidth.org/8.html'] });
    const swapped = {
      ...mine.part,
      storyId: thief.story.id,
      bodyText: 'planted words',
      bodyHtml: '<p>planted words</p>',
      fetchedAt: T0 + 500,
      post: { ...mine.part.post, bodyText: 'planted words', bodyHtml: '<p>planted words</p>' },
    };
    const r = await importLibrary(db, JSON.stringify(file([{ story: thief.story, part: swapped }])), T0 + 1000);
    expect(r).toMatchObject({ ok: true, storiesAdded: 1, partsOfOtherStories: 1 });
    expect(r.ok && r.skipped.join(' ')).toMatch(/1 part was left as it is: your library has it under another story/);
    const parts = await getParts(db, mine.story.id);
    expect(parts.map((p) => [p.key, p.bodyText])).toEqual([[mine.part.key, mine.part.bodyText]]);
  });

  it('reads version 1 files (a post’s body written out in full) and writes version 2 (written once)', async () => {
    const { story, part } = record('lantern_keeper', 9);
    const v1 = { ...file([{ story, part }]), version: 1 };
    expect(await importLibrary(db, JSON.stringify(v1), T0 + 1000)).toMatchObject({ ok: true, storiesAdded: 1, partsWritten: 1, skipped: [] });
    const out = JSON.parse(serializeBackup(await exportLibrary(db, {}, T0 + 2000)));
    expect(out.version).toBe(2);
    expect(out.parts[0].post.bodyHtml).toBeNull();
    expect(out.parts[0].bodyHtml).toBe(part.bodyHtml);
    expect((await listStories(db)).map((s) => s.id)).toEqual([story.id]);
  });
});

describe('a story saved with its index page unread (a tag, memories or archive page that failed) goes in whole', () => {
  const TAG = 'https://lantern-keeper.dreamwidth.org/tag/lamplight';
  const MEMORIES = 'https://www.livejournal.com/tools/memories.bml?user=lantern_keeper&keyword=lamplight&filter=all';
  const DAY = 'https://lantern-keeper.dreamwidth.org/2013/07/03/';

  it('keeps the failed index page in its place among the parts (Retry reads it again); an entry page stays the only address elsewhere', () => {
    for (const index of [TAG, MEMORIES, DAY]) {
      const { story, part } = record('lantern_keeper', 1);
      const withIndex = { ...story, partKeys: [...story.partKeys, canonicalEntryKey(index)], partUrls: [...story.partUrls, index], failedKeys: [canonicalEntryKey(index)] };
      const kept = validateBackup(file([{ story: withIndex, part }]), T0 + 1000);
      expect(kept.ok, index).toBe(true);
      expect(kept.ok && kept.backup.stories[0]!.partUrls).toEqual([story.partUrls[0], index]);
      // Not a masterpost's address: that is an entry (the story is left out, as for any address not a journal page's).
      const master = validateBackup(file([{ story: { ...story, masterpostUrl: index }, part }]), T0 + 1000);
      expect(master.ok && master.backup.stories.length).toBe(0);
    }
  });

  it('rebuilds an index page by the fetcher’s rules (https, no other query, no credentials) and refuses what they refuse', () => {
    expect(importablePartUrl('http://lantern-keeper.dreamwidth.org/tag/lamplight?mode=all')).toBe(TAG);
    expect(importablePartUrl('https://www.livejournal.com/tools/memories.bml?user=lantern_keeper&keyword=lamplight&filter=all&authas=victim')).toBe(MEMORIES);
    expect(importablePartUrl('http://lantern-keeper.dreamwidth.org/2013/07/03/?mode=x')).toBe(DAY);
    for (const bad of [
      'javascript:alert(1)',
      'https://user:pw@lantern-keeper.dreamwidth.org/tag/lamplight',
      'https://evil.example/tag/lamplight',
      'https://www.livejournal.com/tools/memories.bml?user=a&keyword=x&keyword=y',
      'https://lantern-keeper.dreamwidth.org/2013/02/30/',
    ]) {
      expect(importablePartUrl(bad), bad).toBeNull();
    }
  });
});
