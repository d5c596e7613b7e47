/**
 * The background's reader sessions (utils/reader-session.ts): a fetch goes out only for a story
 * opened in that tab and frame, only to a URL the rule builds, only to a journal the policy admits;
 * the page is the browser's record of the frame (sender.url), and a page that moved to another
 * journal since it loaded is refused.
 */
import { describe, expect, it } from 'vitest';
import { cachedSessionStorage, createReaderSessions, memorySessionStorage, type SenderInfo, type SessionStorage } from '../../utils/reader-session';
import type { FetchResult } from '../../utils/stitch';

const PAGE = 'https://author.livejournal.com/10.html';
const tab = (url: string, frameId = 0, id = 7): SenderInfo => ({ tab: { id, url }, frameId, url });
const ok = (url: string, html = '<p>text</p>'): FetchResult => ({ ok: true, url, status: 200, html });
/** A live page the background read for the Wayback entry `liveFor` (utils/wayback-fallback.ts). */
const standIn = (url: string, liveFor: string): FetchResult => ({ ok: true, url, status: 200, html: '<p>text</p>', liveFor });

describe('reader sessions', () => {
  it('no session, no fetch; a session admits the page’s journal and what the post links to', async () => {
    const s = createReaderSessions();
    expect((await s.check(tab(PAGE), 'https://author.livejournal.com/11.html')).ok).toBe(false);
    expect(await s.open(tab(PAGE), { postUrl: PAGE, links: ['http://comm.livejournal.com/5.html'], loadedUrl: PAGE })).toEqual({ ok: true });
    expect((await s.check(tab(PAGE), 'https://author.livejournal.com/11.html')).ok).toBe(true);
    expect((await s.check(tab(PAGE), 'https://comm.livejournal.com/6.html')).ok).toBe(true);
    const refused = await s.check(tab(PAGE), 'https://victim.livejournal.com/6.html');
    expect(refused).toMatchObject({ ok: false, reason: 'not-allowed' });
    // Another frame or tab of the same page has no session of its own.
    expect((await s.check(tab(PAGE, 3), 'https://author.livejournal.com/11.html')).ok).toBe(false);
    expect((await s.check(tab(PAGE, 0, 8), 'https://author.livejournal.com/11.html')).ok).toBe(false);
  });

  it('a header-only post’s story links admit the author’s journal on another site, only if they are the post’s own links', async () => {
    const s = createReaderSessions();
    const dw = 'https://author.dreamwidth.org/22.html';
    await s.open(tab(PAGE), { postUrl: PAGE, links: [dw], storyLinks: [dw, 'https://victim.dreamwidth.org/3.html'], loadedUrl: PAGE });
    expect((await s.check(tab(PAGE), 'https://author.dreamwidth.org/23.html')).ok).toBe(true);
    expect((await s.check(tab(PAGE), 'https://victim.dreamwidth.org/3.html')).ok).toBe(false);
    // Without storyLinks the other site stays closed, whatever the post links to.
    const t = createReaderSessions();
    await t.open(tab(PAGE), { postUrl: PAGE, links: [dw], loadedUrl: PAGE });
    expect((await t.check(tab(PAGE), dw)).ok).toBe(false);
  });

  it("the post's poster's own journal is admitted (a community post's writer), on the page's site only", async () => {
    const comm = 'https://roadside-comm.livejournal.com/40.html';
    const s = createReaderSessions();
    await s.open(tab(comm), { postUrl: comm, links: [], poster: 'wren_writes', loadedUrl: comm });
    expect((await s.check(tab(comm), 'https://wren-writes.livejournal.com/41.html')).ok).toBe(true);
    expect((await s.check(tab(comm), 'https://wren-writes.dreamwidth.org/41.html')).ok).toBe(false);
    expect(s.wouldAdmit(tab(comm), { postUrl: comm, links: [], poster: 'wren_writes' }, ['https://wren-writes.livejournal.com/41.html'])).toHaveLength(1);
    // No poster, or no string: closed.
    const t = createReaderSessions();
    await t.open(tab(comm), { postUrl: comm, links: [], poster: ['wren_writes'] as unknown as string, loadedUrl: comm });
    expect((await t.check(tab(comm), 'https://wren-writes.livejournal.com/41.html')).ok).toBe(false);
  });

  it("a fill in a meme's comments: that entry's ?thread= and ?page= pages, no other entry's comments", async () => {
    const meme = 'https://stillwater-kink.dreamwidth.org/2210.html';
    const s = createReaderSessions();
    await s.open(tab(meme), { postUrl: `${meme}?thread=77137#cmt77137`, links: [`${meme}?thread=78417#cmt78417`], loadedUrl: meme });
    expect((await s.check(tab(meme), `${meme}?thread=86865`)).ok).toBe(true);
    expect((await s.check(tab(meme), `${meme}?page=2`)).ok).toBe(true);
    for (const url of [`${meme}?thread=86865&mode=reply`, `${meme}?replyto=86865`, 'https://stillwater-kink.dreamwidth.org/2400.html?thread=1', 'https://victim.dreamwidth.org/2210.html?thread=1']) {
      expect((await s.check(tab(meme), url)).ok, url).toBe(false);
    }
    // Opened on an ordinary entry, no comment page of it is fetched for a part elsewhere.
    const t = createReaderSessions();
    await t.open(tab(PAGE), { postUrl: PAGE, links: [] });
    expect((await t.check(tab(PAGE), 'https://author.livejournal.com/11.html?thread=5')).ok).toBe(false);
  });

  it('only URLs the rule builds: no query, no .bml, no http, however admitted the journal', async () => {
    const s = createReaderSessions();
    await s.open(tab(PAGE), { postUrl: PAGE, links: [] });
    for (const url of [
      'http://author.livejournal.com/11.html',
      'https://author.livejournal.com/11.html?mode=reply',
      'https://www.livejournal.com/tools/memadd.bml?journal=author&itemid=11',
      'https://author.livejournal.com/?skip=20',
      'https://author.livejournal.com/profile',
      'http://author.livejournal.com/',
      'https://author.livejournal.com/11.html#comments',
    ]) {
      expect((await s.check(tab(PAGE), url)).ok, url).toBe(false);
    }
    expect((await s.check(tab(PAGE), 'https://author.livejournal.com/11.html?format=light')).ok).toBe(true);
    // The story journal's front page as the rule builds it (a sticky chapter index: FetchPolicy.allowsFrontPage).
    expect((await s.check(tab(PAGE), 'https://author.livejournal.com/')).ok).toBe(true);
  });

  it('the page is the browser’s record (sender.url): a post not on that page is refused', async () => {
    const s = createReaderSessions();
    // The content script says the story is the victim's entry; the browser says the page is the author's.
    expect(await s.open(tab(PAGE), { postUrl: 'https://victim.livejournal.com/5.html', links: [] })).toMatchObject({ ok: false });
    // Not a journal page at all.
    expect(await s.open(tab('https://tracker.example/'), { postUrl: PAGE, links: [] })).toMatchObject({ ok: false });
    // On an index page, a post of the same site is the page's (a friends page shows many journals).
    expect(await s.open(tab('https://reader.livejournal.com/friends'), { postUrl: 'https://author.livejournal.com/10.html', links: [] })).toEqual({ ok: true });
    // A Wayback page's post is a Wayback copy, and the other way round.
    expect(await s.open(tab('https://web.archive.org/web/2010/http://author.livejournal.com/'), { postUrl: PAGE, links: [] })).toMatchObject({ ok: false });
  });

  it('a page that changed its address to another journal after it loaded (history.replaceState) is refused', async () => {
    const s = createReaderSessions();
    // Same origin, another journal: what replaceState can do on www.livejournal.com/users/… and on web.archive.org.
    const moved = 'https://www.livejournal.com/users/victim/5.html';
    expect(await s.open(tab(moved), { postUrl: moved, links: [], loadedUrl: 'https://www.livejournal.com/users/attacker/1.html' })).toMatchObject({
      ok: false,
      error: expect.stringMatching(/changed its address/),
    });
    const wb = (j: string, n: number) => `https://web.archive.org/web/20100419153302/http://${j}.livejournal.com/${n}.html`;
    expect(await s.open(tab(wb('victim', 5)), { postUrl: wb('victim', 5), links: [], loadedUrl: wb('attacker', 1) })).toMatchObject({ ok: false });
    // Within the same journal (a comment thread's ?thread=, Wayback's own rewriting): fine.
    expect(await s.open(tab(`${PAGE}?thread=77`), { postUrl: PAGE, links: [], loadedUrl: PAGE })).toEqual({ ok: true });
  });

  it('an answer that ended on an entry of a journal not admitted is withheld; the home journal’s pages admit what they link to', async () => {
    const s = createReaderSessions();
    await s.open(tab(PAGE), { postUrl: PAGE, links: ['https://comm.livejournal.com/5.html'] });
    const moved = await s.answered(tab(PAGE), 'https://author.livejournal.com/11.html', ok('https://victim.livejournal.com/3.html'));
    expect(moved).toMatchObject({ ok: false, reason: 'not-allowed' });
    // A login page reached by redirect is no entry: the stitcher reads it to say "log in".
    expect((await s.answered(tab(PAGE), 'https://author.livejournal.com/11.html', ok('https://www.livejournal.com/login.bml?returnto=x'))).ok).toBe(true);
    // The community's page links to a third journal: not admitted by it.
    await s.answered(tab(PAGE), 'https://comm.livejournal.com/5.html', ok('https://comm.livejournal.com/5.html', '<a href="https://third.livejournal.com/1.html">Part 3</a>'));
    expect((await s.check(tab(PAGE), 'https://third.livejournal.com/1.html')).ok).toBe(false);
    // The author's masterpost does: admitted.
    await s.answered(tab(PAGE), 'https://author.livejournal.com/12.html', ok('https://author.livejournal.com/12.html', '<a href=https://third.livejournal.com/1.html>Part 3</a>'));
    expect((await s.check(tab(PAGE), 'https://third.livejournal.com/1.html')).ok).toBe(true);
  });

  it('on a Wayback story, a live page stands only for the archived entry it was read for (utils/wayback-fallback.ts)', async () => {
    const wb = (n: number) => `https://web.archive.org/web/20100419153302/http://author.livejournal.com/${n}.html`;
    const live = (n: number) => `https://author.livejournal.com/${n}.html`;
    const s = createReaderSessions();
    await s.open(tab(wb(10)), { postUrl: wb(10), links: [wb(11)], loadedUrl: wb(10) });
    // The live page, unmarked: a Wayback story reads no live page.
    expect(await s.answered(tab(wb(10)), wb(11), ok(live(11)))).toMatchObject({ ok: false, reason: 'not-allowed' });
    // Marked for the entry asked for: read.
    expect(await s.answered(tab(wb(10)), wb(11), standIn(live(11), wb(11)))).toMatchObject({ ok: true, url: live(11) });
    // Marked, but another entry, or a journal the story never admitted: withheld.
    expect(await s.answered(tab(wb(10)), wb(11), standIn(live(12), wb(11)))).toMatchObject({ ok: false, reason: 'not-allowed' });
    const victim = 'https://web.archive.org/web/20100419153302/http://victim.livejournal.com/11.html';
    expect(await s.answered(tab(wb(10)), victim, standIn('https://victim.livejournal.com/11.html', victim))).toMatchObject({ ok: false, reason: 'not-allowed' });
  });

  it('four answers learning at once lose nothing; sessions outlive the worker (kept in storage) and end with their tab', async () => {
    const storage = memorySessionStorage();
    const s = createReaderSessions(storage);
    await s.open(tab(PAGE), { postUrl: PAGE, links: [] });
    await Promise.all(
      ['a', 'b', 'c', 'd'].map((j, i) =>
        s.answered(tab(PAGE), `https://author.livejournal.com/${20 + i}.html`, ok(`https://author.livejournal.com/${20 + i}.html`, `<a href="https://${j}.livejournal.com/1.html">x</a>`)),
      ),
    );
    const again = createReaderSessions(storage); // a restarted service worker
    for (const j of ['a', 'b', 'c', 'd']) expect((await again.check(tab(PAGE), `https://${j}.livejournal.com/1.html`)).ok, j).toBe(true);
    await again.closeTab(7);
    expect((await again.check(tab(PAGE), 'https://author.livejournal.com/11.html')).ok).toBe(false);
  });

  it('the parts saved from an earlier read of the story (the extension’s own database) are admitted: Refresh and Retry fetch them again', async () => {
    const s = createReaderSessions(memorySessionStorage(), async (post) => (post === PAGE ? ['https://elsewhere.livejournal.com/3.html'] : []));
    await s.open(tab(PAGE), { postUrl: PAGE, links: [] });
    expect((await s.check(tab(PAGE), 'https://elsewhere.livejournal.com/4.html')).ok).toBe(true);
    expect((await s.check(tab(PAGE), 'https://victim.livejournal.com/4.html')).ok).toBe(false);
  });

  it('a session belongs to its document (Chrome’s documentId): a new page in the frame has none until it opens one', async () => {
    const s = createReaderSessions();
    await s.open({ ...tab(PAGE), documentId: 'doc-1' }, { postUrl: PAGE, links: [] });
    expect((await s.check({ ...tab(PAGE), documentId: 'doc-1' }, 'https://author.livejournal.com/11.html')).ok).toBe(true);
    expect((await s.check({ ...tab(PAGE), documentId: 'doc-2' }, 'https://author.livejournal.com/11.html')).ok).toBe(false);
  });
});

/** `storage.session` as a test can hold: every call waits until `release()` (a round trip to the browser's process). */
function heldStorage() {
  const inner = memorySessionStorage();
  let held: (() => void)[] = [];
  const calls: string[] = [];
  const hold = <T>(name: string, f: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      calls.push(name);
      held.push(() => void f().then(resolve, reject));
    });
  const storage: SessionStorage = {
    get: (k) => hold('get', () => inner.get(k)),
    set: (k, v) => hold('set', () => inner.set(k, v)),
    remove: (ks) => hold('remove', () => inner.remove(ks)),
    keys: () => hold('keys', () => inner.keys()),
  };
  /** Lets every held call through, again until none is left (a released write can start the next). */
  const release = async () => {
    for (let i = 0; i < 20; i++) {
      const now = held;
      held = [];
      for (const go of now) go();
      await new Promise((r) => setTimeout(r, 0));
    }
  };
  return { storage, inner, calls, release };
}

describe('sessions kept in memory in front of storage.session', () => {
  it('a session opens, is checked and handed to the reader’s frame without waiting on storage; written through for a restarted worker', async () => {
    const { storage, inner, release } = heldStorage();
    const s = createReaderSessions(cachedSessionStorage(storage));
    // Nothing held is released until the end: each of these would hang if it waited on storage.session.
    expect(await s.open(tab(PAGE), { postUrl: PAGE, links: [], loadedUrl: PAGE })).toEqual({ ok: true });
    expect((await s.check(tab(PAGE), 'https://author.livejournal.com/11.html')).ok).toBe(true);
    expect(await s.handOver(tab(PAGE), tab(PAGE, 5))).toBe(true);
    expect((await s.check(tab(PAGE, 5), 'https://author.livejournal.com/11.html')).ok).toBe(true);
    expect((await s.check(tab(PAGE, 5), 'https://victim.livejournal.com/1.html')).ok).toBe(false);
    expect(await inner.keys()).toEqual([]);
    await release();
    expect((await inner.keys()).sort()).toEqual(['reader-session:7:0', 'reader-session:7:5']);
    // A worker started again reads what was written.
    const again = createReaderSessions(cachedSessionStorage(inner));
    expect((await again.check(tab(PAGE, 5), 'https://author.livejournal.com/11.html')).ok).toBe(true);
  });

  it('a read that misses memory waits for the writes under way: a removed session is not read back from storage', async () => {
    const { storage, inner, calls, release } = heldStorage();
    await inner.set('reader-session:7:0', { policy: { family: 'lj', home: null, post: PAGE, wayback: false, journals: [] } as never });
    const cached = cachedSessionStorage(storage);
    await cached.remove(['reader-session:7:0']);
    const read = cached.get('reader-session:7:0');
    await new Promise((r) => setTimeout(r, 0));
    // The removal is sent first; the read is not sent before it is done.
    expect(calls).toEqual(['remove']);
    await release();
    expect(await read).toBeUndefined();
  });

  it('gives copies, as storage.session does; a failed write is reported and the next one still goes', async () => {
    const inner = memorySessionStorage();
    const errors: unknown[] = [];
    let fail = true;
    const flaky: SessionStorage = {
      ...inner,
      set: (k, v) => (fail ? ((fail = false), Promise.reject(new Error('quota'))) : inner.set(k, v)),
    };
    const cached = cachedSessionStorage(flaky, (e) => errors.push(e));
    const session = { policy: { family: 'lj', home: 'author', post: PAGE, wayback: false, journals: ['livejournal.com/author'] } as never, documentId: 'd' };
    await cached.set('a', session);
    const got = await cached.get('a');
    expect(got).toEqual(session);
    expect(got).not.toBe(session);
    (got!.policy as unknown as { journals: string[] }).journals.push('livejournal.com/victim');
    expect((await cached.get('a'))!.policy).toEqual(session.policy);
    await cached.set('b', session);
    expect(await cached.keys()).toEqual(expect.arrayContaining(['a', 'b']));
    expect(errors).toHaveLength(1);
    expect(await inner.get('b')).toEqual(session);
    expect(await inner.get('a')).toBeUndefined();
  });
});
