/** Backup export and import: round trip, merging, and refusing bad files whole. */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BACKUP_FORMAT, BACKUP_VERSION, backupFileName, buildBackup, exportLibrary, type InkwellBackup, importLibrary, planImport, serializeBackup, validateBackup } from '../../utils/backup';
import {
  dropCachedText,
  getParts,
  getPosition,
  getStory,
  hasCachedText,
  type InkwellDb,
  openInkwellDb,
  type PartRecord,
  type PositionRecord,
  readAllRecords,
  type StoryRecord,
  saveParts,
  savePosition,
  saveStory,
} from '../../utils/db';
import type { StoryPost } from '../../utils/extract/types';

let counter = 0;
const freshName = () => `inkwell-backup-test-${++counter}-${Math.random().toString(36).slice(2)}`;
const T0 = Date.UTC(2024, 11, 24, 18, 30);
const SETTINGS = { theme: 'sepia', fontSize: 19, font: 'Literata', justify: false, autoOpen: ['dreamwidth.org'] };

function post(url: string, title: string, body: string[]): StoryPost {
  return {
    url,
    author: 'elf_scribe',
    journal: 'ithilien_garden',
    subject: title,
    fields: { title, fandom: 'Lord of the Rings', pairing: 'Faramir/Éowyn', rating: 'G', summary: 'Spring in Ithilien — “at last”.' },
    rawFields: [{ key: 'title', label: 'Title', value: title }],
    headerNotes: [],
    rating: 'General',
    part: null,
    complete: true,
    bodyText: body.join('\n\n'),
    bodyHtml: body.map((b) => `<p>${b}</p>`).join(''),
    partLinks: [],
  };
}

function storyWithParts(journal: string, base: number, nParts: number, over: Partial<StoryRecord> = {}) {
  const urls = Array.from({ length: nParts }, (_, i) => `https://${journal.replace(/_/g, '-')}.dreamwidth.org/${base + i + 1}.html`);
  const keys = Array.from({ length: nParts }, (_, i) => `dreamwidth.org/${journal}/${base + i + 1}`);
  const story: StoryRecord = {
    id: `dreamwidth.org/${journal}/${base}`,
    title: `Garden ${base}`,
    author: 'elf_scribe',
    journal,
    site: 'dreamwidth',
    fields: { title: `Garden ${base}`, fandom: 'Lord of the Rings', pairing: 'Faramir/Éowyn' },
    rating: 'General',
    partKeys: keys,
    partUrls: urls,
    masterpostUrl: `https://${journal.replace(/_/g, '-')}.dreamwidth.org/${base}.html`,
    wordCount: nParts * 1500,
    firstOpened: T0,
    lastRead: T0 + 10,
    addedAt: T0,
    ...over,
  };
  const parts: PartRecord[] = keys.map((key, i) => {
    const p = post(urls[i]!, `${story.title} (${i + 1}/${nParts})`, [`The white lady of Rohan walked part ${i + 1}.`, 'Ünïcödé ✓ and <b>markup</b> & entities.']);
    return { key, storyId: story.id, url: urls[i]!, index: i + 1, title: p.subject, bodyHtml: p.bodyHtml, bodyText: p.bodyText, words: 1500, fetchedAt: T0 + i, post: p };
  });
  return { story, parts };
}

const position = (storyId: string, partKey: string, updatedAt: number, over: Partial<PositionRecord> = {}): PositionRecord => ({
  storyId,
  partKey,
  paragraph: 1,
  offset: 0.5,
  percent: 33.3,
  updatedAt,
  ...over,
});

async function seed(db: InkwellDb) {
  const a = storyWithParts('ithilien_garden', 100, 3, { status: 'reading' });
  const b = storyWithParts('mirkwood_tales', 200, 1, { masterpostUrl: null });
  const c = storyWithParts('shire_fic', 300, 2);
  for (const s of [a, b, c]) {
    await saveStory(db, s.story);
    await saveParts(db, s.parts);
  }
  // One part whose post body differs from the rendered one (stored separately).
  await saveParts(db, [{ ...a.parts[0]!, bodyHtml: '<p>cleaned</p>', bodyText: 'cleaned' }]);
  await dropCachedText(db, c.story.id);
  await savePosition(db, position(a.story.id, a.story.partKeys[1]!, T0 + 500));
  await savePosition(db, position(c.story.id, c.story.partKeys[0]!, T0 + 600, { percent: 100 }));
  return { a, b, c };
}

const withoutDate = (text: string) => {
  const o = JSON.parse(text) as Record<string, unknown>;
  delete o.exportedAt;
  return JSON.stringify(o);
};

describe('export', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
  });
  afterEach(() => db.close());

  it('writes the whole library as one object', async () => {
    const { a, b, c } = await seed(db);
    const backup = await exportLibrary(db, SETTINGS, T0 + 9999);
    expect(backup).toMatchObject({ format: 'inkwell-backup', version: 2, exportedAt: T0 + 9999, settings: SETTINGS });
    expect(backup.stories.map((s) => s.id)).toEqual([a.story.id, b.story.id, c.story.id]);
    expect(backup.parts).toHaveLength(6);
    expect(backup.positions.map((p) => p.storyId)).toEqual([a.story.id, c.story.id]);
    expect(backup.parts.find((p) => p.key === a.story.partKeys[0])).toMatchObject({ bodyHtml: '<p>cleaned</p>', post: { bodyHtml: a.parts[0]!.post.bodyHtml } });
    expect(backup.parts.filter((p) => !hasCachedText(p)).map((p) => p.key)).toEqual(c.story.partKeys);
    expect(validateBackup(serializeBackup(backup))).toMatchObject({ ok: true });
    expect(backupFileName(Date.UTC(2025, 0, 31, 23))).toBe('inkwell-backup-2025-01-31.json');
  });

  it('export → import into an empty library → export gives the same file', async () => {
    await seed(db);
    const first = serializeBackup(await exportLibrary(db, SETTINGS, T0 + 1));
    const empty = await openInkwellDb(freshName());
    const r = await importLibrary(empty, first);
    expect(r).toMatchObject({ ok: true, storiesAdded: 3, storiesUpdated: 0, partsWritten: 6, positionsWritten: 2, settings: SETTINGS });
    const second = serializeBackup(await exportLibrary(empty, SETTINGS, T0 + 2));
    expect(withoutDate(second)).toBe(withoutDate(first));
    expect(JSON.parse(second)).toEqual({ ...JSON.parse(first), exportedAt: T0 + 2 });
    // And the imported library reads back like the original.
    expect(await readAllRecords(empty)).toEqual(await readAllRecords(db));
    empty.close();
  });

  it('leaves out parts and positions whose story is not there, so the file still validates', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const { story, parts } = storyWithParts('x_y', 1, 1);
    const backup = buildBackup({ stories: [], parts, positions: [position(story.id, 'k', T0)] }, {}, T0);
    expect(backup.parts).toEqual([]);
    expect(backup.positions).toEqual([]);
    expect(warn).toHaveBeenCalled();
    warn.mockRestore();
  });
});

describe('import merges by story id', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
  });
  afterEach(() => db.close());

  it('keeps the newer position where both have one, and adds what is missing', async () => {
    const { a, b, c } = await seed(db);
    const backup = await exportLibrary(db, SETTINGS, T0 + 1);

    const other = await openInkwellDb(freshName());
    // The other browser: read further in a (newer), less far in c (older), has b without a position, and a new story d.
    await saveStory(other, { ...a.story, lastRead: T0 + 9000, addedAt: T0 + 50, status: undefined });
    await savePosition(other, position(a.story.id, a.story.partKeys[2]!, T0 + 9000, { percent: 90 }));
    await saveStory(other, { ...c.story, lastRead: T0 + 1 });
    await savePosition(other, position(c.story.id, c.story.partKeys[0]!, T0 + 100, { percent: 5 }));
    await saveStory(other, b.story);
    const d = storyWithParts('rivendell', 400, 1);
    await saveStory(other, d.story);
    await saveParts(other, d.parts);

    const r = await importLibrary(other, serializeBackup(backup));
    expect(r).toMatchObject({ ok: true, storiesAdded: 0, settings: SETTINGS });
    expect(await getPosition(other, a.story.id)).toMatchObject({ partKey: a.story.partKeys[2], updatedAt: T0 + 9000, percent: 90 });
    expect(await getPosition(other, c.story.id)).toMatchObject({ updatedAt: T0 + 600, percent: 100 });
    expect(await getPosition(other, d.story.id)).toBeNull();
    // Story a: earliest added, latest read, the reader's status from the backup.
    expect(await getStory(other, a.story.id)).toMatchObject({ addedAt: T0, lastRead: T0 + 9000, status: 'reading' });
    // Parts arrive (with their text where the backup had it); d is untouched.
    expect((await getParts(other, a.story.id)).map((p) => p.key)).toEqual(a.story.partKeys);
    expect((await getParts(other, d.story.id)).every(hasCachedText)).toBe(true);
    expect(await getStory(other, d.story.id)).toEqual(d.story);
    other.close();
  });

  it('importing the same file twice changes nothing the second time', async () => {
    await seed(db);
    const file = serializeBackup(await exportLibrary(db, SETTINGS, T0));
    const r = await importLibrary(db, file);
    expect(r).toMatchObject({ ok: true, storiesAdded: 0, storiesUpdated: 0, storiesUnchanged: 3, partsWritten: 0, positionsWritten: 0 });
    expect(withoutDate(serializeBackup(await exportLibrary(db, SETTINGS, T0)))).toBe(withoutDate(file));
  });

  it('a part with text beats one whose text was dropped; otherwise the later fetch', () => {
    const { story, parts } = storyWithParts('x_y', 1, 2);
    const dropped = { ...parts[0]!, bodyHtml: '', bodyText: '', post: { ...parts[0]!.post, bodyHtml: '', bodyText: '' }, textDroppedAt: T0 + 5, fetchedAt: T0 + 50 };
    const backup: InkwellBackup = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      exportedAt: T0,
      stories: [story],
      parts: [parts[0]!, { ...parts[1]!, fetchedAt: T0 - 100, title: 'older' }],
      positions: [],
      settings: {},
    };
    const plan = planImport({ stories: [story], parts: [dropped, parts[1]!], positions: [] }, backup);
    expect(plan.parts.map((p) => p.key)).toEqual([parts[0]!.key]);
    const reverse = planImport({ stories: [], parts: [parts[0]!], positions: [] }, { ...backup, parts: [dropped] });
    expect(reverse.parts).toEqual([]);
  });
});

describe('import refuses bad files whole and changes nothing', () => {
  let db: InkwellDb;
  let file: string;
  let before: Awaited<ReturnType<typeof readAllRecords>>;
  beforeEach(async () => {
    const src = await openInkwellDb(freshName());
    const { a } = await seed(src);
    // The file holds a newer position for a than the target library, so a bad import would show.
    await savePosition(src, position(a.story.id, a.story.partKeys[2]!, T0 + 99_999, { percent: 95 }));
    file = serializeBackup(await exportLibrary(src, SETTINGS, T0));
    src.close();
    db = await openInkwellDb(freshName());
    const x = storyWithParts('ithilien_garden', 100, 3);
    await saveStory(db, x.story);
    await saveParts(db, x.parts.slice(0, 1));
    await savePosition(db, position(x.story.id, x.story.partKeys[0]!, T0 + 1, { percent: 2 }));
    before = await readAllRecords(db);
  });
  afterEach(() => db.close());

  const edit = (f: (o: Record<string, any>) => void) => {
    const o = JSON.parse(file) as Record<string, any>;
    f(o);
    return JSON.stringify(o);
  };

  const cases: [string, () => unknown, RegExp][] = [
    ['a truncated file', () => file.slice(0, Math.floor(file.length * 0.6)), /not valid JSON.*cut short/],
    ['an empty file', () => '', /empty/],
    ['another program’s JSON', () => '{"name":"my bookmarks","items":[]}', /not an Inkwell backup/],
    ['a newer version', () => edit((o) => (o.version = 3)), /newer Inkwell.*version 3/],
    ['a nonsense version', () => edit((o) => (o.version = '1')), /version/],
    ['a missing list', () => edit((o) => delete o.parts), /no list of parts/],
    ['settings that are not an object', () => edit((o) => (o.settings = [1, 2])), /settings/],
    ['no export date', () => edit((o) => delete o.exportedAt), /export date/],
    ['a hand-edited word count', () => edit((o) => (o.stories[1].wordCount = 'about 5k')), /story 2 \(dreamwidth.org\/mirkwood_tales\/200\): wordCount/],
    ['a story without an id', () => edit((o) => delete o.stories[0].id), /story 1: id is missing/],
    ['an unknown rating', () => edit((o) => (o.stories[0].rating = 'NC-17')), /rating/],
    ['a broken part', () => edit((o) => (o.parts[2].post.partLinks = [{ url: 1 }])), /part 3 .*partLinks/],
    ['a part of no story', () => edit((o) => (o.parts[0].storyId = 'dreamwidth.org/nobody/1')), /not in the file/],
    ['a position out of range', () => edit((o) => (o.positions[0].percent = 140)), /position 1 .*percent/],
    ['a duplicated story', () => edit((o) => o.stories.push(o.stories[0])), /appears twice/],
    ['many problems at once', () => edit((o) => o.stories.forEach((s: Record<string, unknown>) => (s.title = 7))), /and \d+ more problem/],
  ];

  it.each(cases)('%s', async (_name, make, reason) => {
    const r = await importLibrary(db, make());
    expect(r.ok).toBe(false);
    expect(r.ok ? '' : r.reason).toMatch(reason);
    expect(await readAllRecords(db)).toEqual(before);
  });

  it('validates the parsed object too', () => {
    expect(validateBackup(JSON.parse(file))).toMatchObject({ ok: true });
    expect(validateBackup(null)).toEqual({ ok: false, reason: 'This is not an Inkwell backup file.' });
    expect(validateBackup([])).toMatchObject({ ok: false });
  });

  it('a write failing half-way (quota) leaves the library as it was', async () => {
    const proto = IDBObjectStore.prototype;
    const original = proto.put;
    let puts = 0;
    proto.put = function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (++puts === 5) throw new DOMException('full', 'QuotaExceededError');
      return original.call(this, value, key);
    } as typeof proto.put;
    try {
      const r = await importLibrary(db, file);
      expect(r).toMatchObject({ ok: false, reason: expect.stringMatching(/not enough storage.*nothing was changed/i) });
    } finally {
      proto.put = original;
    }
    expect(puts).toBeGreaterThanOrEqual(5);
    expect(await readAllRecords(db)).toEqual(before);
    // With room, the same file goes in.
    expect(await importLibrary(db, file)).toMatchObject({ ok: true });
    expect((await getPosition(db, before.stories[0]!.id))?.percent).toBe(95);
  });
});
