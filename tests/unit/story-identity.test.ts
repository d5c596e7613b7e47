/**
 * When two saved stories become one (issue 10, item 6): only when the stored story's own side
 * agrees. A hostile post listing another saved story's entries as its parts swallows nothing:
 * not the story, not its saved parts, not its identity when the library looks a part up.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  findStoryByPartKey,
  getParts,
  getPosition,
  getStory,
  hasCachedText,
  type InkwellDb,
  listStories,
  openInkwellDb,
  type PartRecord,
  type StoryRecord,
  saveParts,
  savePosition,
  saveStory,
} from '../../utils/db';
import type { PartLink, StoryPost } from '../../utils/extract/types';
import { storedStoryAgrees } from '../../utils/story-identity';

let n = 0;
const freshName = () => `inkwell-merge-${++n}-${Math.random().toString(36).slice(2)}`;
const T0 = Date.UTC(2025, 2, 1, 12);

const dw = (journal: string, item: number) => ({ url: `https://${journal.replace(/_/g, '-')}.dreamwidth.org/${item}.html`, key: `dreamwidth.org/${journal}/${item}` });

function story(id: string, parts: { url: string; key: string }[], over: Partial<StoryRecord> = {}): StoryRecord {
  return {
    id,
    title: 'Tidewater',
    author: 'saltmarsh_quill',
    journal: 'saltmarsh_quill',
    site: 'dreamwidth',
    fields: { title: 'Tidewater', fandom: 'Original Work' },
    rating: 'General',
    partKeys: parts.map((p) => p.key),
    partUrls: parts.map((p) => p.url),
    masterpostUrl: null,
    wordCount: 4000,
    firstOpened: T0,
    lastRead: T0,
    addedAt: T0,
    ...over,
  };
}

function part(storyId: string, at: { url: string; key: string }, index: number, links: PartLink[], text = `Part ${index} of the tide, as its author wrote it.`): PartRecord {
  const post: StoryPost = {
    url: at.url,
    author: 'saltmarsh_quill',
    journal: 'saltmarsh_quill',
    subject: `Tidewater, part ${index}`,
    fields: { title: 'Tidewater' },
    rawFields: [],
    headerNotes: [],
    rating: 'General',
    part: { index, total: 2 },
    complete: true,
    bodyText: text,
    bodyHtml: `<p>${text}</p>`,
    partLinks: links,
  };
  return { key: at.key, storyId, url: at.url, index, title: post.subject, bodyHtml: post.bodyHtml, bodyText: post.bodyText, words: 10, fetchedAt: T0, post };
}

// The victim: a two-part story with no masterpost, saved under part 1's key; each part links the other.
const V1 = dw('saltmarsh_quill', 501);
const V2 = dw('saltmarsh_quill', 502);
const victim = story(V1.key, [V1, V2]);
const victimParts = [part(V1.key, V1, 1, [{ url: V2.url, label: 'Part 2', index: 2 }]), part(V1.key, V2, 2, [{ url: V1.url, label: 'Part 1', index: 1 }])];

// The attacker: a post on another journal that lists the victim's entries as its own parts.
const A = dw('gull_thief', 90);
const hostile = story(A.key, [V1, V2], { title: 'Not Tidewater', author: 'gull_thief', journal: 'gull_thief', masterpostUrl: A.url, addedAt: T0 + 5000, firstOpened: T0 + 5000, lastRead: T0 + 5000 });

describe('storedStoryAgrees (pure)', () => {
  const facts = { id: V1.key, partKeys: [V1.key, V2.key], masterpostUrl: null };
  it('agrees when the stored story names the new one: its masterpost, its part list, its parts’ own links', () => {
    const M = dw('saltmarsh_quill', 500);
    expect(storedStoryAgrees({ ...facts, masterpostUrl: `${M.url}?style=site` }, M.key, [])).toBe(true);
    expect(storedStoryAgrees({ ...facts, partKeys: [M.key, V1.key] }, M.key, [])).toBe(true);
    expect(storedStoryAgrees(facts, M.key, [{ key: V2.key, post: { partLinks: [{ url: `http://saltmarsh-quill.dreamwidth.org/500.html#cutid1` }] } }])).toBe(true);
  });
  it('does not agree on the new story’s word alone, nor on links from pages that are not its parts', () => {
    expect(storedStoryAgrees(facts, A.key, [])).toBe(false);
    // The attacker's own page links to itself: it is not one of the stored story's parts.
    expect(storedStoryAgrees(facts, A.key, [{ key: A.key, post: { partLinks: [{ url: A.url }] } }])).toBe(false);
    expect(storedStoryAgrees(facts, A.key, victimParts)).toBe(false);
  });
});

describe('saveStory and saveParts against a story-swallowing post', () => {
  let db: InkwellDb;
  beforeEach(async () => {
    db = await openInkwellDb(freshName());
    await saveStory(db, victim);
    await saveParts(db, victimParts);
    await savePosition(db, { storyId: victim.id, partKey: V2.key, paragraph: 0, offset: 0.5, percent: 60, updatedAt: T0 + 10 });
  });
  afterEach(() => db.close());

  it('a hostile post listing the victim’s entries: both stories stay, each with its own parts and place', async () => {
    // The reader fetched the victim's entries for the hostile story (their own pages: their own links).
    const fetched = [part(A.key, V1, 1, victimParts[0]!.post.partLinks, 'fresh copy'), part(A.key, V2, 2, victimParts[1]!.post.partLinks, 'fresh copy')];
    const r = await saveStory(db, hostile, { parts: fetched });
    expect(r.saved).toBe(true);
    expect(r.replaced).toEqual([]);
    expect(r.kept).toEqual([victim.id]);
    const p = await saveParts(db, fetched);
    expect(p.saved).toBe(true);
    expect(p.ownedElsewhere).toEqual([V1.key, V2.key]);

    expect(await getStory(db, victim.id)).toEqual({ ...victim, lastRead: T0 + 10 }); // as the position left it
    expect((await listStories(db)).map((s) => s.id).sort()).toEqual([A.key, victim.id].sort());
    const kept = await getParts(db, victim.id);
    expect(kept.map((x) => x.key)).toEqual([V1.key, V2.key]);
    expect(kept.every(hasCachedText)).toBe(true);
    expect(kept.map((x) => x.bodyText)).toEqual(victimParts.map((x) => x.bodyText));
    expect(await getParts(db, A.key)).toEqual([]);
    expect(await getPosition(db, victim.id)).toMatchObject({ partKey: V2.key, percent: 60 });
    // Looking up a part finds the story it belongs to, not the post that listed it.
    expect((await findStoryByPartKey(db, V2.key))?.id).toBe(victim.id);
    expect((await findStoryByPartKey(db, V1.key))?.id).toBe(victim.id);
    expect((await findStoryByPartKey(db, A.key))?.id).toBe(A.key);
  });

  it('the real masterpost, which the parts’ own pages now link to, still takes the story in', async () => {
    const M = dw('saltmarsh_quill', 500);
    const master = story(M.key, [V1, V2], { masterpostUrl: M.url, lastRead: T0 + 100 });
    const withMaster = victimParts.map((x) => part(M.key, { url: x.url, key: x.key }, x.index!, [...x.post.partLinks, { url: M.url, label: 'Masterpost', index: null }]));
    const r = await saveStory(db, master, { parts: withMaster });
    expect(r.replaced).toEqual([victim.id]);
    expect(r.kept).toEqual([]);
    expect(await getStory(db, victim.id)).toBeNull();
    expect((await saveParts(db, withMaster)).ownedElsewhere).toBeUndefined();
    expect((await getParts(db, M.key)).map((x) => x.key)).toEqual([V1.key, V2.key]);
    expect(await getPosition(db, M.key)).toMatchObject({ partKey: V2.key, percent: 60 });
  });

  it('a stored story whose own record names the new masterpost merges without any part evidence', async () => {
    const M = dw('saltmarsh_quill', 500);
    await saveStory(db, { ...victim, masterpostUrl: M.url });
    const r = await saveStory(db, story(M.key, [V1, V2], { masterpostUrl: M.url }));
    expect(r.replaced).toEqual([victim.id]);
  });
});
