/**
 * The fetch policy (utils/fetch-policy.ts): which journals a story's parts may be fetched from.
 * Home journal (the page opened on), the journals the chosen post links to, and the journals the
 * home journal's pages link to; a page from any other journal never widens the set.
 */
import { describe, expect, it } from 'vitest';
import { FetchPolicy, hrefsInHtml, journalOf } from '../../utils/fetch-policy';

const e = (journal: string, n: number, site = 'livejournal.com') => `https://${journal}.${site}/${n}.html`;

describe('FetchPolicy', () => {
  it("comment pages (?thread=, ?page=, ?view=flat) of the story's own entry only", () => {
    const meme = 'https://stillwater-kink.dreamwidth.org/2210.html';
    const p = FetchPolicy.forStory(meme, `${meme}?thread=77137#cmt77137`, [`${meme}?thread=78417#cmt78417`, e('author', 9, 'dreamwidth.org')]);
    expect(p.allowsCommentPage(`${meme}?thread=86865`)).toBe(true);
    expect(p.allowsCommentPage(`${meme}?page=3`)).toBe(true);
    expect(p.allowsCommentPage(`${meme}?view=flat`)).toBe(true);
    // Another entry of the same community, an admitted journal's entry: their entry pages, never their comments.
    expect(p.allowsCommentPage('https://stillwater-kink.dreamwidth.org/2400.html?thread=5')).toBe(false);
    expect(p.allows('https://stillwater-kink.dreamwidth.org/2400.html')).toBe(true);
    expect(p.allowsCommentPage(`${e('author', 9, 'dreamwidth.org')}?thread=5`)).toBe(false);
    // Only the URL the rule builds: no fragment, no other query.
    expect(p.allowsCommentPage(`${meme}?thread=86865#cmt86865`)).toBe(false);
    expect(p.allowsCommentPage(`${meme}?thread=86865&mode=reply`)).toBe(false);
    expect(p.allowsCommentPage(meme)).toBe(false);
  });

  it('admits the home journal, the post and the journals the post links to (rules 1 and 2)', () => {
    const p = FetchPolicy.forStory(e('author', 1), e('author', 1), [e('some-comm', 5), 'https://www.livejournal.com/users/cowriter/9.html']);
    expect(p.allows(e('author', 2))).toBe(true);
    expect(p.allows(e('some-comm', 77))).toBe(true);
    expect(p.allows('https://cowriter.livejournal.com/10.html')).toBe(true);
    expect(p.allows(e('stranger', 3))).toBe(false);
    // Not an entry page: never
    expect(p.allows('https://author.livejournal.com/')).toBe(false);
  });

  it('a page on the home journal widens the set; a page on any other journal does not (rule 3)', () => {
    const p = FetchPolicy.forStory(e('author', 1), e('author', 1), [e('comm', 5)]);
    // The community's part links to a third journal: not admitted by it.
    expect(p.learn(e('comm', 5), [e('victim', 40)])).toEqual([]);
    expect(p.allows(e('victim', 40))).toBe(false);
    // The author's masterpost links to it: admitted.
    expect(p.learn(e('author', 2), [e('victim', 40), e('author', 3)])).toEqual(['livejournal.com/victim']);
    expect(p.allows(e('victim', 41))).toBe(true);
  });

  it('an admitted journal cannot admit another, however long the chain', () => {
    const p = FetchPolicy.forStory(e('author', 1), e('author', 1), [e('b', 1)]);
    p.learn(e('b', 1), [e('c', 1)]);
    p.learn(e('c', 1), [e('d', 1)]);
    expect([e('b', 2), e('c', 1), e('d', 1)].map((u) => p.allows(u))).toEqual([true, false, false]);
  });

  it('the chosen post on its own page widens the set (a post behind a cut on a friends page)', () => {
    const friends = 'https://reader.livejournal.com/friends';
    const p = FetchPolicy.forStory(friends, e('author', 7), []);
    expect(p.allows(e('author', 8))).toBe(true);
    expect(p.allows(e('reader', 1))).toBe(true);
    expect(p.learn(e('author', 7), [e('comm', 3)])).toEqual(['livejournal.com/comm']);
    // Another of the author's posts is not the chosen one (and not the home journal).
    expect(p.learn(e('author', 8), [e('victim', 3)])).toEqual([]);
  });

  it("admits the chosen post's poster's own journal on the post's site, and nothing else by the poster's name (rule 4)", () => {
    // Part 1 in one community, part 2 in another, the end in the writer's own journal: part 2 (fetched) cannot admit it (rule 3),
    // the poster of the chosen post does.
    const p = FetchPolicy.forStory(e('comm-a', 1), e('comm-a', 1), [e('comm-b', 2)], [], 'wren_writes');
    expect(p.learn(e('comm-b', 2), [e('wren-writes', 3)])).toEqual([]);
    expect(p.allows(e('wren-writes', 3))).toBe(true);
    expect(p.allows(e('wren-writes', 3, 'dreamwidth.org'))).toBe(false);
    expect(p.allows(e('stranger', 3))).toBe(false);
    // Without a poster, or one no site would spell (a host, a path, a scheme), the journal stays closed.
    for (const poster of [undefined, null, '', 'wren.writes', 'wren/../victim', 'https://victim', 'a'.repeat(31)]) {
      const q = FetchPolicy.forStory(e('comm-a', 1), e('comm-a', 1), [e('comm-b', 2)], [], poster);
      expect(q.allows(e('wren-writes', 3))).toBe(false);
      expect(q.toJSON().journals).toEqual(['livejournal.com/comm_a', 'livejournal.com/comm_b']);
    }
    // A Wayback copy: the poster's journal's copies only.
    const wb = (u: string) => `https://web.archive.org/web/20100601000000/${u}`;
    const w = FetchPolicy.forStory(wb(e('comm-a', 1)), wb(e('comm-a', 1)), [], [], 'wren_writes');
    expect(w.allows(wb(e('wren-writes', 3)))).toBe(true);
    expect(w.allows(e('wren-writes', 3))).toBe(false);
  });

  it('stays within the home page’s site family', () => {
    const p = FetchPolicy.forStory(e('author', 1), e('author', 1), [e('author', 2, 'dreamwidth.org')]);
    expect(p.allows(e('author', 2, 'dreamwidth.org'))).toBe(false);
    p.learn(e('author', 3), [e('friend', 1, 'insanejournal.com')]);
    expect(p.allows(e('friend', 1, 'insanejournal.com'))).toBe(false);
  });

  it("a header-only post's story links (and saved parts) admit their journals on another journal site; nothing fetched does", () => {
    const p = FetchPolicy.forStory(e('author', 1), e('author', 1), [e('author', 2, 'dreamwidth.org')], [e('author', 2, 'dreamwidth.org')]);
    expect(p.allows(e('author', 5, 'dreamwidth.org'))).toBe(true);
    expect(p.allows(e('friend', 5, 'dreamwidth.org'))).toBe(false);
    // The Dreamwidth page fetched is neither the home journal nor the chosen post: it admits nothing.
    expect(p.learn(e('author', 2, 'dreamwidth.org'), [e('friend', 5, 'dreamwidth.org'), e('friend', 6, 'insanejournal.com')])).toEqual([]);
    expect(p.allows(e('friend', 6, 'insanejournal.com'))).toBe(false);
    // Not a journal at all: never.
    expect(FetchPolicy.forStory(e('author', 1), e('author', 1), [], ['https://archiveofourown.org/works/1']).allows('https://archiveofourown.org/works/1')).toBe(false);
  });

  it('a Wayback copy: the archived journal, Wayback copies only (an archived page does not steer the live site)', () => {
    const page = 'https://web.archive.org/web/20100419153302/http://inkstainedowl.livejournal.com/12058.html';
    const p = FetchPolicy.forStory(page, page, ['https://web.archive.org/web/20100419153302/http://comm.livejournal.com/3.html']);
    expect(journalOf(page)).toBe('livejournal.com/inkstainedowl');
    expect(p.allows('https://web.archive.org/web/20100501000000/http://inkstainedowl.livejournal.com/12100.html')).toBe(true);
    expect(p.allows('https://web.archive.org/web/20100419153302/http://comm.livejournal.com/4.html')).toBe(true);
    expect(p.allows('https://inkstainedowl.livejournal.com/12100.html')).toBe(false);
    // Every archived site is on web.archive.org: the journal, not the host, is what counts.
    expect(p.allows('https://web.archive.org/web/20100419153302/http://victim.livejournal.com/4.html')).toBe(false);
    expect(p.allows('https://web.archive.org/web/20100419153302/http://tracker.example/4.html')).toBe(false);
  });

  it('a live story may read a Wayback copy of an admitted journal’s entry', () => {
    const p = FetchPolicy.forStory(e('author', 1), e('author', 1), []);
    expect(p.allows('https://web.archive.org/web/2010/http://author.livejournal.com/5.html')).toBe(true);
    expect(p.allows('https://web.archive.org/web/2010/http://victim.livejournal.com/5.html')).toBe(false);
  });

  it('a page that is no journal page admits nothing but the post', () => {
    const p = FetchPolicy.forStory('https://tracker.example/x.html', e('author', 1), [e('other', 2)]);
    expect(p.allows(e('author', 1))).toBe(false);
    expect(p.home).toBeNull();
  });

  it('round-trips through JSON (the background keeps it in storage.session)', () => {
    const p = FetchPolicy.forStory(e('author', 1), e('author', 1), [e('comm', 5)]);
    p.learn(e('author', 2), [e('third', 1)]);
    const q = FetchPolicy.fromJSON(JSON.parse(JSON.stringify(p.toJSON())));
    for (const u of [e('author', 9), e('comm', 9), e('third', 9), e('victim', 9)]) expect(q.allows(u)).toBe(p.allows(u));
    expect(q.widensFrom(e('author', 3))).toBe(true);
    expect(q.widensFrom(e('comm', 3))).toBe(false);
  });
});

describe('hrefsInHtml (the background has no DOM)', () => {
  it('finds quoted, unquoted and entity-escaped hrefs, resolved against the page', () => {
    const html = `<a href="https://a.livejournal.com/1.html">1</a> <A HREF='/2.html'>2</a> <a href=3.html>3</a>
      <a href="https://www.livejournal.com/talkread.bml?journal=b&amp;itemid=4">4</a> <a href="#top">top</a> <a href="javascript:x()">x</a>
      <link rel="stylesheet" href="https://l-stat.livejournal.net/a.css"><a data-href="https://x.livejournal.com/9.html">no</a>`;
    expect(hrefsInHtml(html, 'https://a.livejournal.com/0.html')).toEqual([
      'https://a.livejournal.com/1.html',
      'https://a.livejournal.com/2.html',
      'https://a.livejournal.com/3.html',
      'https://www.livejournal.com/talkread.bml?journal=b&itemid=4',
      'https://l-stat.livejournal.net/a.css',
    ]);
  });

  it('resolves Wayback’s rewritten links to captures', () => {
    const page = 'https://web.archive.org/web/20100419153302/http://a.livejournal.com/1.html';
    expect(hrefsInHtml('<a href="/web/20100419153302/http://b.livejournal.com/2.html">', page)).toEqual(['https://web.archive.org/web/20100419153302/http://b.livejournal.com/2.html']);
  });
});
