/**
 * The part-link rules (utils/extract/part-links.ts, the link functions of parts.ts, the stitcher's
 * ordering and header-only posts), each shown in several wordings on small pages.
 */
import { describe, expect, it } from 'vitest';
import { extractPage } from '../../utils/extract/index';
import { isMasterpostLabel, isPartNavText, looksLikePartLinkLabel, partIndexOfLabel } from '../../utils/extract/parts';
import type { StoryPost } from '../../utils/extract/types';
import { isHeaderOnly, stitchStory } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';
import { FakeWeb, parse, synthMasterpost, synthPost } from '../support/fake-web';

const keys = (urls: string[]) => urls.map(canonicalEntryKey);
const J = (n: number) => `https://quill-moth.dreamwidth.org/${n}.html`;
const C = (n: number) => `https://moth-fest.dreamwidth.org/${n}.html`;
const user = (name: string) =>
  `<span lj:user='${name}' class='ljuser'><a href='https://${name.replace(/_/g, '-')}.dreamwidth.org/profile'><img src='https://www.dreamwidth.org/img/silk/identity/user.png' alt='[personal profile] ' /></a><a href='https://${name.replace(/_/g, '-')}.dreamwidth.org/'><b>${name}</b></a></span>`;

function extract(html: string, url: string) {
  const ex = extractPage(parse(html, url), url);
  return { kind: ex.kind, post: ex.stories[0] };
}

describe('part labels', () => {
  it('name a part in numbers, words, roman numerals and halves', () => {
    expect(partIndexOfLabel('Chapter Two: One Too Many')).toBe(2);
    expect(partIndexOfLabel('III')).toBe(3);
    expect(partIndexOfLabel('1. Folding')).toBe(1);
    expect(partIndexOfLabel('Part 1a')).toBe(1);
    expect(partIndexOfLabel('Part 1b')).toBe(1);
    expect(looksLikePartLinkLabel('Part 1b')).toBe(true);
    expect(looksLikePartLinkLabel('1a')).toBe(true);
  });

  it('a title that begins with letters of roman numerals is no numeral', () => {
    expect(partIndexOfLabel('Civil Twilight')).toBeNull();
    expect(partIndexOfLabel('Mix Tape')).toBeNull();
    expect(partIndexOfLabel('XIV. The Lighthouse')).toBe(14);
  });

  it('a line that only points at the masterpost is navigation, in any wording', () => {
    for (const t of ['Masterpost: here', 'Master post: link', 'Index: link', 'TOC: here', 'TOC | Next »', 'Table of contents', 'All parts: x', 'Story masterpost: »', 'Masterpost and notes']) {
      expect(isPartNavText(t), t).toBe(true);
    }
    for (const t of ['Index cards covered the desk, every one in her hand.', 'Contents of the letter were never known to anyone in the village.']) {
      expect(isPartNavText(t), t).toBe(false);
    }
    expect(isMasterpostLabel('All chapters')).toBe(true);
  });
});

describe('a masterpost lists its parts, and the rest as related links', () => {
  it('chapters by label; art, podfic, AO3, a rec, the series, the profile related; the comment link neither', () => {
    const html = synthMasterpost({
      url: J(100),
      title: 'Moth Light',
      links: [
        ['Chapter One: The Lamp', J(10)],
        ['Chapter Two: The Window', C(20)],
        ['Chapter Three', J(30)],
      ],
      after: `<b>Art</b> by ${user('paper_wing')}: <a href="https://paper-wing.dreamwidth.org/77.html">here</a><br />
Podfic by ${user('voice_moth')}: <a href="https://voice-moth.dreamwidth.org/88.html">link</a><br />
Also on <a href="https://archiveofourown.org/works/1234567">AO3</a>.<br />
Rec: read <a href="https://other-writer.dreamwidth.org/99.html">the story that started it</a><br />
Other stories in this series: <a href="${J(5)}">Moth Dark</a><br />
<a href="https://quill-moth.dreamwidth.org/profile">About me</a> | <a href="${J(100)}?mode=reply">Comment here</a>`,
    });
    const { kind, post } = extract(html, J(100));
    expect(kind).toBe('masterpost');
    expect(post.partLinks.map((l) => [l.url, l.index])).toEqual([
      [J(10), 1],
      [C(20), 2],
      [J(30), 3],
    ]);
    expect((post.related ?? []).map((l) => l.url)).toEqual([
      'https://paper-wing.dreamwidth.org/77.html',
      'https://voice-moth.dreamwidth.org/88.html',
      'https://archiveofourown.org/works/1234567',
      'https://other-writer.dreamwidth.org/99.html',
      J(5),
      'https://quill-moth.dreamwidth.org/profile',
    ]);
    // A link that says "here" is shown by the words before it.
    expect(post.related![0].label).toBe('Art by paper_wing');
    expect(post.related![2].label).toBe('Also on AO3');
  });

  it('numbered rows, table rows with the numeral in its own cell, prologue and epilogue', () => {
    const rows = [
      ['Prologue', J(11)],
      ['I.', J(12)],
      ['II.', J(13)],
      ['Epilogue', J(14)],
    ]
      .map(([n, u], i) => `<tr><td>${n}</td><td><a href="${u}">${['Before', 'The Ferry', 'The Bank', 'After'][i]}</a></td><td>1,200</td></tr>`)
      .join('\n');
    const html = synthMasterpost({ url: J(101), title: 'Tolls', links: [], after: `<table>${rows}</table>` });
    const { post } = extract(html, J(101));
    expect(post.partLinks.map((l) => [l.url, l.index])).toEqual([
      [J(11), null],
      [J(12), 1],
      [J(13), 2],
      [J(14), null],
    ]);
  });

  it('unnamed titles: the run of them in one journal is the list; a link after it elsewhere is related', () => {
    const html = synthMasterpost({
      url: J(102),
      title: 'Untitled Things',
      links: [
        ['The Lamp', J(21)],
        ['The Window', J(22)],
        ['The Garden', J(23)],
      ],
      after: `<p>Thanks to <a href="https://beta-reader.dreamwidth.org/3.html">my beta's post</a> about moths.</p>`,
    });
    const { post } = extract(html, J(102));
    expect(post.partLinks.map((l) => l.url)).toEqual([J(21), J(22), J(23)]);
    expect((post.related ?? []).map((l) => l.url)).toEqual(['https://beta-reader.dreamwidth.org/3.html']);
  });

  it('an unnamed link among named parts of the same journal is a part; one in another journal is not', () => {
    const html = synthMasterpost({
      url: J(103),
      title: 'Interval',
      links: [
        ['Part 1', J(31)],
        ['The Interval', J(32)],
        ['Part 2', J(33)],
        ['Moodboard', 'https://someone-else.dreamwidth.org/9.html'],
      ],
    });
    const { post } = extract(html, J(103));
    expect(post.partLinks.map((l) => l.url)).toEqual([J(31), J(32), J(33)]);
    expect((post.related ?? []).map((l) => l.url)).toEqual(['https://someone-else.dreamwidth.org/9.html']);
  });

  it('a part linked by its comments view or reply form is that part; a comment view in other words, or the post its own, is not', () => {
    const part2 = (nav: [string, string][]) => extract(synthPost({ url: J(802), title: 'Tidemark', part: { index: 2, total: 3 }, nav }), J(802)).post.partLinks.map((l) => l.url);
    expect(
      part2([
        ['« Part 1', `${J(801)}?view=comments#comments`],
        ['Part 3 »', `${J(803)}?mode=reply#add_comment`],
      ]),
    ).toEqual([J(801), J(803)]);
    // Read as the same links without the view would be.
    const bare = part2([
      ['&lt;&lt;', J(801)],
      ['Next', J(803)],
    ]);
    expect(bare.length).toBeGreaterThan(0);
    expect(
      part2([
        ['&lt;&lt;', `${J(801)}#comments`],
        ['Next', `${J(803)}?view=comments`],
      ]),
    ).toEqual(bare);
    // The same addresses in a comment link's own words, or a reply to one comment, stay the site's.
    expect(
      part2([
        ['3 comments', `${J(801)}?view=comments#comments`],
        ['Reply', `${J(803)}?mode=reply#add_comment`],
      ]),
    ).toEqual([]);
    expect(part2([['Part 3', `${J(803)}?replyto=4410`]])).toEqual([]);
    expect(part2([['Part 2', `${J(802)}?view=comments#comments`]])).toEqual([]);
  });

  it('a series masterlist linked from a masterpost is related, not a part', () => {
    const html = synthMasterpost({
      url: J(104),
      title: 'Ends',
      links: [
        ['Part 1', J(41)],
        ['Part 2', J(42)],
      ],
      after: `Series masterlist: <a href="${J(3)}">here</a>`,
    });
    const { post } = extract(html, J(104));
    expect(post.partLinks.map((l) => l.url)).toEqual([J(41), J(42)]);
    expect((post.related ?? []).map((l) => l.url)).toEqual([J(3)]);
  });
});

describe('a story of the series is not a part of this one', () => {
  it.each([
    ['after the parts on an "Also:" line', `<p>Also: <a href="https://archiveofourown.org/works/1">AO3 mirror</a> &middot; <a href="${J(7)}">First Frost (part 1 of the series)</a></p>`],
    ['as "book one in the Harrow series"', `<p>Read <a href="${J(7)}">book one in the Harrow series</a> first.</p>`],
    ['as "Harrow series, part 1"', `<p><a href="${J(7)}">Harrow series, part 1: First Frost</a></p>`],
  ])('in a masterpost, %s', (_how, after) => {
    const html = synthMasterpost({
      url: J(700),
      title: 'The Quiet Year',
      links: [
        ['Chapter 1', J(701)],
        ['Chapter 2', C(702)],
        ['Chapter 3', J(703)],
      ],
      after,
    });
    const { kind, post } = extract(html, J(700));
    expect(kind).toBe('masterpost');
    expect(post.partLinks.map((l) => l.url)).toEqual([J(701), C(702), J(703)]);
    expect((post.related ?? []).map((l) => l.url)).toContain(J(7));
  });

  it("in a chapter's footer, whatever the words before it", () => {
    const html = synthPost({
      url: J(711),
      title: 'The Quiet Year',
      part: { index: 1, total: 2 },
      nav: [
        ['Part 2', J(712)],
        ['First Frost (part 1 of the series)', J(7)],
      ],
    });
    const { post } = extract(html, J(711));
    expect(post.partLinks.map((l) => l.url)).toEqual([J(712)]);
    expect((post.related ?? []).map((l) => l.url)).toEqual([J(7)]);
  });

  it('a line that only says "Part 1 of 3" is still this story\'s part', () => {
    const html = synthMasterpost({
      url: J(720),
      title: 'Frost',
      links: [
        ['Part 1 of 3', J(721)],
        ['Part 2 of 3', J(722)],
        ['Part 3 of 3', J(723)],
      ],
    });
    expect(extract(html, J(720)).post.partLinks.map((l) => l.url)).toEqual([J(721), J(722), J(723)]);
  });
});

describe('a masterpost or a short chapter', () => {
  const short = ['The lamp was lit at dusk, as it always was, and the moths came.', 'She watched them from the stair and did not call anyone.'];
  it("a masterpost that links its series masterpost and the author's masterlist is still the masterpost", () => {
    const html = synthMasterpost({
      url: J(600),
      title: 'Moth Light',
      links: [
        ['Part 1', J(601)],
        ['Part 2', J(602)],
      ],
      after: `Series masterpost: <a href="${J(3)}">here</a><br />Fic masterlist: <a href="${J(4)}">here</a>`,
    });
    const { kind, post } = extract(html, J(600));
    expect(kind).toBe('masterpost');
    expect(post.partLinks.map((l) => l.url)).toEqual([J(601), J(602)]);
    expect((post.related ?? []).map((l) => l.url)).toEqual([J(3), J(4)]);
  });

  for (const [what, nav] of [
    [
      '"« Part 1 | Part 3 »": the number it skips is its own',
      [
        ['« Part 1', J(611)],
        ['Part 3 »', J(613)],
      ],
    ],
    [
      '"« I | III »"',
      [
        ['I', J(611)],
        ['III', J(613)],
      ],
    ],
  ] as [string, [string, string][]][]) {
    it(`a short chapter with no part marker whose footer reads ${what} is a chapter, not a masterpost`, () => {
      const html = synthPost({ url: J(612), title: 'Moth Light', subject: 'Fic: Moth Light', prose: short, nav });
      expect(extract(html, J(612)).kind).toBe('story');
    });
  }

  it('a short chapter whose footer names it without a link among linked parts ("Part 1a | Part 1b | Part 2") is a chapter', () => {
    const html = synthPost({ url: J(621), title: 'Halves', subject: 'Fic: Halves', prose: [...short, `Part 1a | <a href="${J(622)}">Part 1b</a> | <a href="${J(623)}">Part 2</a>`] });
    expect(extract(html, J(621)).kind).toBe('story');
  });

  it('a chapter\'s "Masterlist: here" is the author\'s list of everything: related, not the masterpost', () => {
    const html = synthPost({ url: J(631), title: 'Moth Light', part: { index: 2, total: 3 }, headerHtml: `Masterlist: <a href="${J(4)}">here</a>` });
    const { post } = extract(html, J(631));
    expect(post.partLinks).toEqual([]);
    expect((post.related ?? []).map((l) => l.url)).toEqual([J(4)]);
  });
});

describe('a chapter points at its masterpost whatever the link says', () => {
  const masterpost = J(200);
  const wordings = [
    ['header', `Masterpost: <a href="${masterpost}">here</a>`],
    ['header', `<b>Index:</b> <a href="${masterpost}">link</a>`],
    ['header', `TOC: <a href="${masterpost}">x</a>`],
    ['header', `All parts: <a href="${masterpost}">here</a>`],
    ['header', `<b>Story masterpost:</b> <a href="${masterpost}">&raquo;</a>`],
    ['footer', `Master post: <a href="${masterpost}">link</a>`],
    ['footer', `Table of contents: <a href="${masterpost}">here</a>`],
    ['footer', `« <a href="${J(201)}">Part 1</a> | Masterpost: <a href="${masterpost}">here</a>`],
  ];
  for (const [where, line] of wordings) {
    it(`${where}: ${line.replace(/<[^>]+>/g, '')}`, () => {
      const html = synthPost({
        url: J(202),
        title: 'Moth Light',
        subject: 'Fic: Moth Light, chapter two',
        headerHtml: where === 'header' ? line : undefined,
        prose: where === 'footer' ? [...'abcdef'].map((_, i) => `Paragraph ${i} of the chapter, long enough to read as prose in a story of moths and lamps.`).concat(line) : undefined,
      });
      const { kind, post } = extract(html, J(202));
      expect(kind).toBe('story');
      const toMaster = post.partLinks.find((l) => canonicalEntryKey(l.url) === canonicalEntryKey(masterpost));
      expect(toMaster, JSON.stringify(post.partLinks)).toBeDefined();
      expect(toMaster!.index).toBeNull();
      expect(isMasterpostLabel(toMaster!.label)).toBe(true);
    });
  }

  it("art and podfic links in a chapter's header are related, not parts", () => {
    const html = synthPost({
      url: J(203),
      title: 'Moth Light',
      part: { index: 3, total: 4 },
      headerHtml: `Masterpost: <a href="${masterpost}">here</a><br />Art: <a href="https://paper-wing.dreamwidth.org/77.html">here</a><br />Podfic: <a href="https://voice-moth.dreamwidth.org/88.html">here</a>`,
    });
    const { post } = extract(html, J(203));
    expect(post.partLinks.map((l) => l.url)).toEqual([masterpost]);
    expect((post.related ?? []).map((l) => l.url)).toEqual(['https://paper-wing.dreamwidth.org/77.html', 'https://voice-moth.dreamwidth.org/88.html']);
  });

  it('what the words before a link call a sequel, a prequel or a podfic is related, whatever the link says', () => {
    const html = synthPost({
      url: J(205),
      title: 'Moth Light',
      part: { index: 2, total: 3 },
      headerHtml: `Sequel to: <a href="${J(50)}">Part One of Moth Dark</a><br />Podfic of part 2: <a href="https://voice-moth.dreamwidth.org/89.html">here</a><br />Masterpost: <a href="${masterpost}">here</a>`,
    });
    const { post } = extract(html, J(205));
    expect(post.partLinks.map((l) => l.url)).toEqual([masterpost]);
    expect((post.related ?? []).map((l) => l.url)).toEqual([J(50), 'https://voice-moth.dreamwidth.org/89.html']);
  });

  it('a journal\'s "Previous Entry / Next Entry" is never part navigation, even as plain entry links', () => {
    const html = synthPost({
      url: J(204),
      title: 'Moth Light',
      part: { index: 2, total: 3 },
      nav: [
        ['Previous Entry', J(150)],
        ['Next Entry', J(260)],
        ['Part 3 »', J(205)],
      ],
    });
    const { post } = extract(html, J(204));
    expect(post.partLinks.map((l) => l.url)).toEqual([J(205)]);
  });
});

// ---------------------------------------------------------------------------------------------

const opts = (web: FakeWeb) => ({ fetchPage: web.fetchPage, parse });

/** A header-only story post as extraction gives it (BRIEF.md's agreed shape): fields, no body, where the story is. */
function headerOnly(url: string, partLinks: string[], elsewhere: string[] = []): StoryPost {
  return {
    url,
    author: 'quill_moth',
    journal: entryUrlJournal(url),
    subject: 'Fic: Moth Light, for a friend',
    fields: { title: 'Moth Light', fandom: 'Original Work', rating: 'G' },
    rawFields: [],
    headerNotes: ['Thank you to the mods!'],
    rating: 'General',
    part: null,
    complete: true,
    bodyText: '',
    bodyHtml: '',
    partLinks: partLinks.map((u) => ({ url: u, label: 'here', index: null })),
    elsewhere: elsewhere.map((u) => ({ url: u, label: 'AO3', index: null })),
  };
}
const entryUrlJournal = (url: string) => new URL(url).hostname.split('.')[0].replace(/-/g, '_');

describe('a header-only story post', () => {
  it("is the story's masterpost: the journal entry it links is followed and stitched, it is no part itself", async () => {
    const web = new FakeWeb();
    const promo = C(300);
    web.add(J(301), synthPost({ url: J(301), title: 'Moth Light', part: { index: 1, total: 2 }, nav: [['Part 2 »', J(302)]] }));
    web.add(J(302), synthPost({ url: J(302), title: 'Moth Light', part: { index: 2, total: 2 }, nav: [['« Part 1', J(301)]] }));
    const start = headerOnly(promo, [J(301)]);
    expect(isHeaderOnly(start)).toBe(true);
    const s = await stitchStory({ url: promo, post: start }, opts(web));
    expect(s.order).toEqual(keys([J(301), J(302)]));
    expect(s.errors.size).toBe(0);
    expect(s.masterpost?.url).toBe(promo);
    expect(web.fetched()).toEqual([J(301), J(302)]);
  });

  it("that leads to a masterpost: the masterpost's parts", async () => {
    const web = new FakeWeb();
    web.add(
      J(310),
      synthMasterpost({
        url: J(310),
        title: 'Moth Light',
        links: [
          ['Part 1', J(311)],
          ['Part 2', J(312)],
        ],
      }),
    );
    for (const i of [1, 2]) web.add(J(310 + i), synthPost({ url: J(310 + i), title: 'Moth Light', part: { index: i, total: 2 }, nav: [['Masterpost', J(310)]] }));
    const s = await stitchStory({ url: C(309), post: headerOnly(C(309), [J(310)]) }, opts(web));
    expect(s.order).toEqual(keys([J(311), J(312)]));
  });

  it('with only off-journal links (AO3): no part, nothing fetched, done', async () => {
    const web = new FakeWeb();
    const s = await stitchStory({ url: J(320), post: headerOnly(J(320), [], ['https://archiveofourown.org/works/1']) }, opts(web));
    expect(s.done).toBe(true);
    expect(s.order).toEqual([]);
    expect(web.log.length).toBe(0);
    expect(s.masterpost?.elsewhere?.[0].url).toBe('https://archiveofourown.org/works/1');
  });

  it("on one journal site, pointing at the author's journal on another: that entry is followed, and nothing it links on a third journal", async () => {
    const web = new FakeWeb();
    const lj = 'https://quill-moth.livejournal.com/900.html';
    const dw1 = J(901);
    const dw2 = J(902);
    web.add(
      dw1,
      synthPost({
        url: dw1,
        title: 'Moth Light',
        part: { index: 1, total: 2 },
        nav: [
          ['Part 2 »', dw2],
          ['Part 3', 'https://someone-else.dreamwidth.org/3.html'],
        ],
      }),
    );
    web.add(dw2, synthPost({ url: dw2, title: 'Moth Light', part: { index: 2, total: 2 }, nav: [['« Part 1', dw1]] }));
    const s = await stitchStory({ url: lj, post: headerOnly(lj, [dw1]) }, opts(web));
    expect(s.order.filter((k) => s.parts.has(k))).toEqual(keys([dw1, dw2]));
    expect(web.fetched()).toEqual([dw1, dw2]);
    // A chapter (not header-only) that links a part on another site is not followed there, unless that journal bears
    // the writer's own name (crossposting to one's journal on the other site: the twelfth round, tests/unit/stitch.test.ts).
    const other = 'https://moth-keeper.dreamwidth.org/902.html';
    const web2 = new FakeWeb();
    web2.add(lj, synthPost({ url: lj, journal: 'quill_moth', title: 'Moth Light', part: { index: 1, total: 2 }, nav: [['Part 2', other]] }));
    web2.add(other, synthPost({ url: other, title: 'Moth Light', part: { index: 2, total: 2 } }));
    const t = await stitchStory({ url: lj }, opts(web2));
    expect(web2.fetched()).toEqual([lj]);
    expect(t.order).toEqual(keys([lj]));
  });

  it('a chapter with a body is never header-only, nor a cut post on a multi-post page', () => {
    const html = synthPost({ url: J(330), title: 'Moth Light', part: { index: 1, total: 2 }, nav: [['Part 2', J(331)]] });
    expect(isHeaderOnly(extractPage(parse(html, J(330)), J(330)).stories[0])).toBe(false);
  });
});

describe('reading order without a masterpost', () => {
  it('a prologue before the numbered parts and an epilogue after them, from links that only name them', async () => {
    const web = new FakeWeb();
    const [pro, p1, p2, epi] = [J(401), J(402), J(403), J(404)];
    web.add(pro, synthPost({ url: pro, title: 'Moth Light', part: null, subject: 'Fic: Moth Light, Prologue', nav: [['Part 1', p1]] }));
    web.add(
      p1,
      synthPost({
        url: p1,
        title: 'Moth Light',
        part: { index: 1, total: 2 },
        nav: [
          ['Prologue', pro],
          ['Part 2', p2],
        ],
      }),
    );
    web.add(
      p2,
      synthPost({
        url: p2,
        title: 'Moth Light',
        part: { index: 2, total: 2 },
        nav: [
          ['Part 1', p1],
          ['Epilogue', epi],
        ],
      }),
    );
    web.add(epi, synthPost({ url: epi, title: 'Moth Light', part: null, subject: 'Fic: Moth Light, Epilogue', nav: [['Part 2', p2]] }));
    for (const start of [p2, epi, pro]) {
      const s = await stitchStory({ url: start }, opts(web));
      expect(s.order, start).toEqual(keys([pro, p1, p2, epi]));
    }
  });

  it('halves of a part ("1a/3", "1b/3") in their order, from either half', async () => {
    const web = new FakeWeb();
    const u = { a: J(501), b: J(502), two: J(503) };
    const nav: [string, string][] = [
      ['Part 1a', u.a],
      ['Part 1b', u.b],
      ['Part 2', u.two],
    ];
    web.add(u.a, synthPost({ url: u.a, title: 'Halves', subject: 'Halves 1a/2', part: { index: 1, total: 2 }, nav }));
    web.add(u.b, synthPost({ url: u.b, title: 'Halves', subject: 'Halves 1b/2', part: { index: 1, total: 2 }, nav }));
    web.add(u.two, synthPost({ url: u.two, title: 'Halves', subject: 'Halves 2/2', part: { index: 2, total: 2 }, nav }));
    for (const start of [u.b, u.two, u.a]) {
      const s = await stitchStory({ url: start }, opts(web));
      expect(s.order, start).toEqual(keys([u.a, u.b, u.two]));
    }
  });
});
