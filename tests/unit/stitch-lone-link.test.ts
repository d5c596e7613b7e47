/**
 * A chapter whose only link to the rest of its story is the masterpost, worded by the story ("~ all the letters ~",
 * "— the hymnbook —"): utils/stitch/links.ts `loneOwnJournalLink` finds the one link to another entry of the
 * chapter's own journal on a line that only navigates, and the stitcher reads its page as a possible masterpost,
 * kept only when it lists the chapter (stitcher.ts `probeIndex`). Over the fixture stories of the eighth round
 * (tests/fixtures, "issue-11 held-out misses rebuilt, eighth round (own pages, h5left)") and synthetic pages for
 * what the probe must leave alone.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { type StitchState, stitchStory } from '../../utils/stitch';
import { loneOwnJournalLink } from '../../utils/stitch/links';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, parse, synthMasterpost, synthPost } from '../support/fake-web';

const keys = (urls: string[]) => urls.map(canonicalEntryKey);
const partKeys = (s: StitchState) => s.order.filter((k) => s.parts.has(k));

const TIDEMILL = ['https://brackwater-ink.dreamwidth.org/4417.html', 'https://brackwater-ink.dreamwidth.org/4702.html', 'https://brackwater-ink.dreamwidth.org/5129.html'];
const HYMNS = ['http://quarry-verger.livejournal.com/12390.html', 'http://quarry-verger.livejournal.com/12688.html', 'http://quarry-verger.livejournal.com/13021.html'];
const FERRY = ['http://ferry-lamp.insanejournal.com/2215.html', 'http://ferry-lamp.insanejournal.com/2470.html'];
const MASTERS = ['https://brackwater-ink.dreamwidth.org/4203.html', 'http://quarry-verger.livejournal.com/12111.html', 'http://ferry-lamp.insanejournal.com/2044.html'];

/** The clicked post, extracted from its page. */
function start(web: FakeWeb, url: string) {
  const doc = parse(web.htmlFor(url)!, url);
  const post = extractPage(doc, url).stories[0];
  return { url, post, doc };
}

const W = 'https://keel-and-quill.dreamwidth.org';
const CH2 = `${W}/200.html`;
/** A chapter "Part 2/?" with no part links: `line` is its one link line under the prose. */
function chapter(web: FakeWeb, line: string, prose?: string[]) {
  web.add(
    CH2,
    synthPost({ url: CH2, title: 'Keel', part: { index: 2, total: null }, prose }).replace('</div></div></div></div>\n<div class="footer">', `${line}\n</div></div></div></div>\n<div class="footer">`),
  );
}

describe('a chapter whose only link to its masterpost is worded by the story', () => {
  it('finds the masterpost and stitches the whole story from every chapter (three sites, five wordings, a link on a <br> line)', async () => {
    for (const [parts, master] of [
      [TIDEMILL, MASTERS[0]],
      [HYMNS, MASTERS[1]],
      [FERRY, MASTERS[2]],
    ] as const) {
      for (const url of parts) {
        const web = new FakeWeb();
        const s = await stitchStory(start(web, url), { fetchPage: web.fetchPage, parse });
        expect(partKeys(s), url).toEqual(keys(parts));
        expect(s.errors.size, url).toBe(0);
        expect(s.masterpost?.url && canonicalEntryKey(s.masterpost.url), url).toBe(canonicalEntryKey(master));
        // The masterpost once, each other chapter once.
        expect(web.fetchedKeys().sort(), url).toEqual(keys([master, ...parts.filter((p) => p !== url)]).sort());
      }
    }
  });

  it('is the one link to the chapter’s own journal on a navigation line, or none', () => {
    const web = new FakeWeb();
    const lone = (line: string, prose?: string[]) => {
      chapter(web, line, prose);
      const { doc, post } = start(web, CH2);
      return loneOwnJournalLink(doc, CH2, post)?.url ?? null;
    };
    expect(lone(`<p>~ <a href="${W}/100.html">all the letters</a> ~</p>`)).toBe(`${W}/100.html`);
    expect(lone(`<p>[ <a href="${W}/100.html">the whole bundle</a> ]</p>`)).toBe(`${W}/100.html`);
    // Two links home: a list, for the part-link rules.
    expect(lone(`<p><a href="${W}/100.html">one</a> · <a href="${W}/150.html">the other</a></p>`)).toBeNull();
    // Words beside it that are not navigation: a sentence, not an index line.
    expect(lone(`<p>I wrote about the harbour in <a href="${W}/100.html">this post</a> last spring.</p>`)).toBeNull();
    // A link home in the prose makes the post's links prose, whatever else it has.
    expect(lone(`<p>~ <a href="${W}/100.html">all the letters</a> ~</p>`, [`See <a href="${W}/90.html">the harbour</a>, said the keeper, and went out.`])).toBeNull();
    // Another journal, the journal itself, a tag page: not this chapter's index.
    expect(lone(`<p>~ <a href="https://someone-else.dreamwidth.org/100.html">all the letters</a> ~</p>`)).toBeNull();
    expect(lone(`<p>~ <a href="${W}/">all the letters</a> ~</p>`)).toBeNull();
    expect(lone(`<p>~ <a href="${W}/tag/keel">all the letters</a> ~</p>`)).toBeNull();
  });

  it('keeps the page it leads to only when it is a masterpost listing the chapter; anything else is dropped without an error', async () => {
    const other = `${W}/100.html`;
    const cases: [string, (web: FakeWeb) => void][] = [
      ['a one-shot', (web) => web.add(other, synthPost({ url: other, title: 'The Harbour', part: null }))],
      ['another story’s chapter', (web) => web.add(other, synthPost({ url: other, title: 'Driftwood', part: { index: 1, total: 3 } }))],
      [
        'a masterpost of another story',
        (web) =>
          web.add(
            other,
            synthMasterpost({
              url: other,
              title: 'Driftwood',
              links: [
                ['Part 1', `${W}/50.html`],
                ['Part 2', `${W}/60.html`],
              ],
            }),
          ),
      ],
      ['a page that is gone', (web) => web.fault(other, 'http404')],
      ['a page that times out', (web) => web.fault(other, 'network')],
    ];
    for (const [what, setUp] of cases) {
      const web = new FakeWeb();
      chapter(web, `<p>~ <a href="${other}">the harbour</a> ~</p>`);
      setUp(web);
      const s = await stitchStory(start(web, CH2), { fetchPage: web.fetchPage, parse });
      expect(partKeys(s), what).toEqual(keys([CH2]));
      expect(s.errors.size, what).toBe(0);
      expect(s.masterpost, what).toBeNull();
      // Read once; nothing it lists is followed.
      expect(web.fetchedKeys().filter((k) => k === canonicalEntryKey(other)).length, what).toBeLessThanOrEqual(1);
      expect(
        web.fetchedKeys().every((k) => k === canonicalEntryKey(other)),
        what,
      ).toBe(true);
    }
  });

  it('is not looked for when the chapter has part links of its own, nor for a post with no part marker', async () => {
    const web = new FakeWeb();
    const c1 = `${W}/150.html`;
    web.add(c1, synthPost({ url: c1, title: 'Keel', part: { index: 1, total: null } }));
    web.add(
      CH2,
      synthPost({ url: CH2, title: 'Keel', part: { index: 2, total: null }, nav: [['« Part 1', c1]] }).replace(
        '</p>\n</div></div>',
        `</p><p>~ <a href="${W}/100.html">the harbour</a> ~</p>\n</div></div>`,
      ),
    );
    web.add(
      `${W}/100.html`,
      synthMasterpost({
        url: `${W}/100.html`,
        title: 'Keel',
        links: [
          ['Part 1', c1],
          ['Part 2', CH2],
          ['Part 3', `${W}/250.html`],
        ],
      }),
    );
    const s = await stitchStory(start(web, CH2), { fetchPage: web.fetchPage, parse });
    expect(partKeys(s)).toEqual(keys([c1, CH2]));
    expect(web.fetchedKeys()).toEqual(keys([c1]));

    const lone = new FakeWeb();
    const post = `${W}/300.html`;
    lone.add(
      post,
      synthPost({ url: post, title: 'The Harbour', part: null }).replace(
        '</div></div></div></div>\n<div class="footer">',
        `<p>~ <a href="${W}/100.html">all my stories</a> ~</p>\n</div></div></div></div>\n<div class="footer">`,
      ),
    );
    await stitchStory(start(lone, post), { fetchPage: lone.fetchPage, parse });
    expect(lone.fetchedKeys()).toEqual([]);
  });
});
