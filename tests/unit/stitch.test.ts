/**
 * Stitching (utils/stitch/, its public API) over a fake web: the fixture pages, synthetic pages generated here,
 * injected faults and a latency/concurrency recorder (tests/support/fake-web.ts). jsdom parses.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { FIXTURES, loadCases, loadPages, pageHtml, readBody, tokenF1 } from '../../harness/fixture-cases';
import { judgeStitch } from '../../harness/stitch-truth';
import { extractPage, locateStories } from '../../utils/extract/index';
import { FIRST_BATCH, loadParts, type PageFetcher, retryPart, type StitchOptions, type StitchState, stitchStory } from '../../utils/stitch';
import { canonicalEntryKey, unwrapWayback } from '../../utils/url';
import { withLiveFallback } from '../../utils/wayback-fallback';
import { ALL_FAULTS, FAULT_REASON, FakeWeb, type Fault, parse, synthMasterpost, synthPost } from '../support/fake-web';

const REPO = join(FIXTURES, '../..');
const keys = (urls: string[]) => urls.map(canonicalEntryKey);
const partUrls = (s: StitchState) => s.order.filter((k) => s.parts.has(k)).map((k) => s.parts.get(k)!.url);
const opts = (web: FakeWeb, extra: Partial<StitchOptions> = {}): StitchOptions => ({ fetchPage: web.fetchPage, parse, ...extra });

const SEED_1 = 'https://emeraldmeteor.livejournal.com/56312.html';
const SEED_2 = 'https://emeraldmeteor.livejournal.com/56789.html';
const TARE = {
  master: 'https://lowgravity-lark.livejournal.com/62388.html',
  p1: 'https://lowgravity-lark.livejournal.com/61204.html',
  p2: 'https://expanse-drift.livejournal.com/8391.html',
  p3: 'https://lowgravity-lark.livejournal.com/62051.html',
};
const TARE_PARTS = [TARE.p1, TARE.p2, TARE.p3];

/** The clicked post as the content script has it: extracted from its own page. */
function clicked(url: string, pageUrl = url): { url: string; post: ReturnType<typeof extractPage>['stories'][number]; doc: Document } {
  const doc = parse(pageHtml(loadPages(), pageUrl), pageUrl);
  const ex = extractPage(doc, pageUrl);
  const post = ex.stories.find((s) => canonicalEntryKey(s.url) === canonicalEntryKey(url)) ?? ex.stories[0];
  return { url: pageUrl, post, doc };
}

function expectSane(s: StitchState): void {
  expect(s.done).toBe(true);
  for (const k of s.errors.keys()) expect(s.order).toContain(k);
  for (const k of s.parts.keys()) expect(s.order).toContain(k);
  expect(new Set(s.order).size).toBe(s.order.length);
  for (const k of s.order) expect(s.parts.has(k) !== s.errors.has(k)).toBe(true);
}

// ---------------------------------------------------------------------------------------------

describe('the seed story (One Step Behind, 2 parts)', () => {
  it('opens from part 2 with part 1 first', async () => {
    const web = new FakeWeb();
    const s = await stitchStory({ url: SEED_2 }, opts(web));
    expectSane(s);
    expect(partUrls(s)).toEqual([SEED_1, SEED_2]);
    expect(s.parts.get(canonicalEntryKey(SEED_1))!.index).toBe(1);
    expect(s.parts.get(canonicalEntryKey(SEED_2))!.index).toBe(2);
    expect(s.parts.get(canonicalEntryKey(SEED_1))!.title).toBe('One Step Behind');
    expect(s.errors.size).toBe(0);
    expect(s.masterpost).toBeNull();
    expect(web.fetched()).toEqual([SEED_2, SEED_1]);
  });

  it('opens from the clicked post without fetching its page again', async () => {
    const web = new FakeWeb();
    const s = await stitchStory(clicked(SEED_2), opts(web));
    expect(partUrls(s)).toEqual([SEED_1, SEED_2]);
    expect(web.fetched()).toEqual([SEED_1]);
    expect(s.parts.get(canonicalEntryKey(SEED_2))!.post.bodyText.split(/\s+/).length).toBeGreaterThan(8000);
  });

  it('opens from part 1 too', async () => {
    const web = new FakeWeb();
    const s = await stitchStory({ url: SEED_1 }, opts(web));
    expect(partUrls(s)).toEqual([SEED_1, SEED_2]);
  });
});

describe('Tare Weight (3 parts, part 2 in a community, masterpost)', () => {
  for (const [name, url] of Object.entries(TARE)) {
    it(`from ${name}: the 3 parts in order`, async () => {
      const web = new FakeWeb();
      const s = await stitchStory({ url }, opts(web));
      expectSane(s);
      expect(partUrls(s)).toEqual(TARE_PARTS);
      expect(s.order).toEqual(keys(TARE_PARTS));
      expect(s.errors.size).toBe(0);
      expect(s.masterpost?.url).toBe(TARE.master);
      expect([...s.parts.values()].map((p) => p.index)).toEqual([1, 2, 3]);
      expect(s.parts.get(canonicalEntryKey(TARE.p2))!.post.journal).toBe('expanse_drift');
      // Every page at most once; only the story's own pages.
      expect(new Set(web.fetchedKeys()).size).toBe(web.log.length);
      for (const k of web.fetchedKeys()) expect(keys([...TARE_PARTS, TARE.master])).toContain(k);
    });
  }

  it('from the clicked masterpost (post + doc)', async () => {
    const web = new FakeWeb();
    const s = await stitchStory(clicked(TARE.master), opts(web));
    expect(partUrls(s)).toEqual(TARE_PARTS);
    expect(keys(web.fetched()).sort()).toEqual(keys(TARE_PARTS).sort());
  });

  it('never follows the journal Previous/Next Entry navigation (go.bml, ?dir=)', async () => {
    const web = new FakeWeb();
    const html = readFileSync(join(FIXTURES, loadPages()[TARE.p1]), 'utf8');
    expect(html).toMatch(/go\.bml\?[^"']*dir=(?:prev|next)/);
    await stitchStory({ url: TARE.p1 }, opts(web));
    for (const u of web.fetched()) expect(u).not.toMatch(/go\.bml|[?&]dir=|\/go\?/);
    expect(web.log.length).toBe(4);
  });
});

describe('every fixture case with a stitched block', () => {
  const pages = loadPages();
  const cases = loadCases().filter((c) => c.stitched);
  it('there are some', () => expect(cases.length).toBeGreaterThanOrEqual(10));
  for (const c of cases) {
    it(c.id, async () => {
      const web = new FakeWeb();
      const s = await stitchStory({ url: c.url }, opts(web));
      expectSane(s);
      // Every part in its place, read, or failed for exactly the reason the truth names (`missing`).
      expect(judgeStitch(c.stitched!, s).problems).toEqual([]);
      expect(new Set(web.fetchedKeys()).size).toBe(web.log.length);
      // The right text in the right slot (a missing part has none: null).
      (c.stitched!.bodyFiles ?? []).forEach((f, i) => {
        if (f === null) return;
        const part = s.parts.get(canonicalEntryKey(c.stitched!.parts[i]))!;
        expect(tokenF1(part.post.bodyText, readBody(f)), `${c.stitched!.parts[i]} vs ${f}`).toBeGreaterThan(0.9);
      });
      // The same from the clicked post on its own page (content-script start).
      const web2 = new FakeWeb();
      const doc = parse(pageHtml(pages, c.url), c.url);
      const ex = extractPage(doc, c.url);
      const s2 = await stitchStory({ url: c.url, post: ex.stories[0], doc }, opts(web2));
      expect(judgeStitch(c.stitched!, s2).problems).toEqual([]);
      expect(web2.fetchedKeys()).not.toContain(canonicalEntryKey(c.url));
    });
  }
});

// ---------------------------------------------------------------------------------------------

describe('canonical URLs', () => {
  const same: [string, string][] = [
    ['http://lowgravity-lark.livejournal.com/61204.html', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['https://lowgravity_lark.livejournal.com/61204.html', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['http://community.livejournal.com/expanse_drift/8391.html', 'https://expanse-drift.livejournal.com/8391.html'],
    ['http://users.livejournal.com/lowgravity_lark/61204.html', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['http://www.livejournal.com/users/lowgravity_lark/61204.html', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['https://lowgravity-lark.livejournal.com/61204.html?style=mine', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['https://lowgravity-lark.livejournal.com/61204.html?format=light', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['https://lowgravity-lark.livejournal.com/61204.html?thread=4242#t4242', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['https://lowgravity-lark.livejournal.com/61204.html#cutid1', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['https://web.archive.org/web/20100419153302/http://lowgravity-lark.livejournal.com/61204.html', 'https://lowgravity-lark.livejournal.com/61204.html'],
    ['https://web.archive.org/web/2010id_/http://community.livejournal.com/expanse_drift/8391.html', 'https://expanse-drift.livejournal.com/8391.html'],
  ];
  for (const [a, b] of same) it(`${a} ≡ ${b}`, () => expect(canonicalEntryKey(a)).toBe(canonicalEntryKey(b)));

  it('different entries differ', () => {
    expect(canonicalEntryKey(TARE.p1)).not.toBe(canonicalEntryKey(TARE.p3));
    expect(canonicalEntryKey('https://expanse-drift.livejournal.com/8391.html')).not.toBe(canonicalEntryKey('https://expanse-drift.dreamwidth.org/8391.html'));
  });

  it('starting from any form of the URL gives the same story, each entry fetched once', async () => {
    for (const start of [
      'http://lowgravity_lark.livejournal.com/61204.html?style=mine#cutid1',
      'http://www.livejournal.com/users/lowgravity_lark/61204.html?format=light',
      'http://community.livejournal.com/expanse_drift/8391.html?thread=99',
    ]) {
      const web = new FakeWeb();
      const s = await stitchStory({ url: start }, opts(web));
      expect(s.order, start).toEqual(keys(TARE_PARTS));
      expect(new Set(web.fetchedKeys()).size).toBe(web.log.length);
    }
  });

  it('parts linking each other in different URL forms are not fetched twice', async () => {
    const web = new FakeWeb();
    const a = 'https://tide-clock.livejournal.com/101.html';
    const b = 'https://tide-clock.livejournal.com/202.html';
    const c = 'https://tide-clock.livejournal.com/303.html';
    web.add(
      a,
      synthPost({
        url: a,
        title: 'Tide Clock',
        part: { index: 1, total: 3 },
        nav: [
          ['Part 2', 'http://www.livejournal.com/users/tide_clock/202.html'],
          ['Part 3', 'http://tide_clock.livejournal.com/303.html?format=light'],
        ],
      }),
    );
    web.add(
      b,
      synthPost({
        url: b,
        title: 'Tide Clock',
        part: { index: 2, total: 3 },
        nav: [
          ['Part 1', 'http://users.livejournal.com/tide_clock/101.html#cutid1'],
          ['Part 3', 'https://tide-clock.livejournal.com/303.html?style=mine'],
        ],
      }),
    );
    web.add(
      c,
      synthPost({
        url: c,
        title: 'Tide Clock',
        part: { index: 3, total: 3 },
        nav: [
          ['Part 1', 'https://tide-clock.livejournal.com/101.html?thread=7#t7'],
          ['Part 2', 'http://tide-clock.livejournal.com/202.html'],
        ],
      }),
    );
    const s = await stitchStory({ url: b }, opts(web));
    expect(s.order).toEqual(keys([a, b, c]));
    expect(web.log.length).toBe(3);
  });
});

// ---------------------------------------------------------------------------------------------

const LK = (n: number) => `https://lamp-keeper.dreamwidth.org/${1000 + n}.html`;

describe('loops, duplicates and caps', () => {
  it('a part linking back to an earlier part, and to itself', async () => {
    const web = new FakeWeb();
    web.add(
      LK(1),
      synthPost({
        url: LK(1),
        title: 'Tidewater',
        part: { index: 1, total: 2 },
        nav: [
          ['Part 1', LK(1)],
          ['Part 2 »', LK(2)],
        ],
      }),
    );
    web.add(
      LK(2),
      synthPost({
        url: LK(2),
        title: 'Tidewater',
        part: { index: 2, total: 2 },
        nav: [
          ['« Part 1', LK(1)],
          ['Part 2', LK(2) + '?style=site'],
          ['Start at the beginning', LK(1) + '#top'],
        ],
      }),
    );
    const s = await stitchStory({ url: LK(2) }, opts(web));
    expect(s.order).toEqual(keys([LK(1), LK(2)]));
    expect(web.log.length).toBe(2);
  });

  it('a masterpost linking to itself, and parts linking back to it', async () => {
    const web = new FakeWeb();
    web.add(
      LK(0),
      synthMasterpost({
        url: LK(0),
        title: 'Tidewater',
        links: [
          ['Masterpost', LK(0)],
          ['Part 1', LK(1)],
          ['Part 2', LK(2)],
          ['Part 3', LK(3)],
          ['This masterpost', LK(0) + '?format=light'],
        ],
      }),
    );
    for (const i of [1, 2, 3])
      web.add(LK(i), synthPost({ url: LK(i), title: 'Tidewater', part: { index: i, total: 3 }, nav: [['Masterpost', LK(0)], ...(i < 3 ? [[`Part ${i + 1} »`, LK(i + 1)] as [string, string]] : [])] }));
    const s = await stitchStory({ url: LK(0) }, opts(web));
    expect(s.order).toEqual(keys([LK(1), LK(2), LK(3)]));
    expect(s.masterpost?.url).toBe(LK(0));
    expect(web.log.length).toBe(4);
  });

  it('two parts claiming the same index: both kept, in a stable order', async () => {
    const web = new FakeWeb();
    web.add(
      LK(0),
      synthMasterpost({
        url: LK(0),
        title: 'Tidewater',
        links: [
          ['Part 1', LK(1)],
          ['Part 2 (his side)', LK(2)],
          ['Part 2 (her side)', LK(5)],
          ['Part 3', LK(3)],
        ],
      }),
    );
    web.add(LK(1), synthPost({ url: LK(1), title: 'Tidewater', part: { index: 1, total: 3 }, nav: [['Masterpost', LK(0)]] }));
    web.add(LK(2), synthPost({ url: LK(2), title: 'Tidewater', part: { index: 2, total: 3 }, nav: [['Masterpost', LK(0)]] }));
    web.add(LK(5), synthPost({ url: LK(5), title: 'Tidewater', part: { index: 2, total: 3 }, nav: [['Masterpost', LK(0)]] }));
    web.add(LK(3), synthPost({ url: LK(3), title: 'Tidewater', part: { index: 3, total: 3 }, nav: [['Masterpost', LK(0)]] }));
    web.latency.set(canonicalEntryKey(LK(2)), 40); // arrives after its twin: the order must not depend on it
    for (const start of [LK(0), LK(3), LK(5)]) {
      const s = await stitchStory({ url: start }, opts(web));
      expect(s.order, start).toEqual(keys([LK(1), LK(2), LK(5), LK(3)]));
    }
  });

  it('prev/next links without part numbers give the order relative to the start', async () => {
    const web = new FakeWeb();
    const u = (i: number) => `https://quiet-shoal.dreamwidth.org/${700 + i * 7}.html`;
    for (const i of [1, 2, 3, 4]) {
      const nav: [string, string][] = [];
      if (i > 1) nav.push(['« Previous', u(i - 1)]);
      if (i < 4) nav.push(['Next »', u(i + 1)]);
      web.add(u(i), synthPost({ url: u(i), title: 'Shoal', part: null, subject: 'Fic: Shoal', nav }));
    }
    const s = await stitchStory({ url: u(3) }, opts(web));
    expect(s.order).toEqual(keys([u(1), u(2), u(3), u(4)]));
  });

  it('exactly 200 parts: all of them, no error', async () => {
    const web = new FakeWeb();
    const u = (i: number) => `https://long-haul.dreamwidth.org/${i * 10}.html`;
    web.add(u(0), synthMasterpost({ url: u(0), title: 'Long Haul', links: Array.from({ length: 200 }, (_, i) => [`Part ${i + 1}`, u(i + 1)] as [string, string]) }));
    for (let i = 1; i <= 200; i++) web.add(u(i), synthPost({ url: u(i), title: 'Long Haul', part: { index: i, total: 200 }, nav: [['Masterpost', u(0)]] }));
    const s = await stitchStory({ url: u(0) }, opts(web, { concurrency: 8 }));
    expect(s.parts.size).toBe(200);
    expect(s.errors.size).toBe(0);
    expect(s.order).toEqual(keys(Array.from({ length: 200 }, (_, i) => u(i + 1))));
  });

  it('beyond 200 parts: 200 parts and one error, not a hang (masterpost of 250)', async () => {
    const web = new FakeWeb();
    const u = (i: number) => `https://longer-haul.dreamwidth.org/${i * 10}.html`;
    web.add(u(0), synthMasterpost({ url: u(0), title: 'Longer Haul', links: Array.from({ length: 250 }, (_, i) => [`Part ${i + 1}`, u(i + 1)] as [string, string]) }));
    for (let i = 1; i <= 250; i++) web.add(u(i), synthPost({ url: u(i), title: 'Longer Haul', part: { index: i, total: 250 }, nav: [['Masterpost', u(0)]] }));
    const s = await stitchStory({ url: u(0) }, opts(web, { concurrency: 8 }));
    expectSane(s);
    expect(s.parts.size).toBe(200);
    expect(s.errors.size).toBe(1);
    const err = [...s.errors.values()][0];
    expect(err.url).toBe(u(201));
    expect(err.message).toMatch(/200 parts/);
    expect(web.log.length).toBe(201); // the masterpost and 200 parts
    expect(s.order.at(-1)).toBe(canonicalEntryKey(u(201)));
  }, 90_000); // 201 pages parsed by jsdom: seconds on an idle machine, many more on a loaded CI one

  it('beyond the cap along a chain of Next links (a smaller cap)', async () => {
    const web = new FakeWeb();
    const u = (i: number) => `https://chain-mail.dreamwidth.org/${i * 3}.html`;
    for (let i = 1; i <= 40; i++) web.add(u(i), synthPost({ url: u(i), title: 'Chain', part: { index: i, total: null }, subject: `Chain, part ${i}`, nav: [['Next part »', u(i + 1)]] }));
    const s = await stitchStory({ url: u(1) }, opts(web, { maxParts: 25 }));
    expect(s.parts.size).toBe(25);
    expect([...s.errors.values()].map((e) => e.url)).toEqual([u(26)]);
    expect(web.log.length).toBe(25);
  });

  it('does not wander to another site family (but for the author’s own journal there, by the same name)', async () => {
    const web = new FakeWeb();
    const lj = 'https://harbour-wall.livejournal.com/11.html';
    const dw = 'https://sea-defences.dreamwidth.org/22.html';
    web.add(lj, synthPost({ url: lj, title: 'Wall', part: { index: 1, total: 2 }, nav: [['Part 2', dw]] }));
    web.add(dw, synthPost({ url: dw, title: 'Wall', part: { index: 2, total: 2 } }));
    const s = await stitchStory({ url: lj }, opts(web));
    expect(s.order).toEqual(keys([lj]));
    expect(web.log.length).toBe(1);
    // LJ↔DW crossposting: the author's own journal of the same name on the other site is the story's home.
    const own = 'https://harbour-wall.dreamwidth.org/22.html';
    const lj2 = 'https://harbour-wall.livejournal.com/12.html';
    web.add(lj2, synthPost({ url: lj2, title: 'Wall', part: { index: 1, total: 2 }, nav: [['Part 2', own]] }));
    web.add(own, synthPost({ url: own, title: 'Wall', part: { index: 2, total: 2 } }));
    const t = await stitchStory({ url: lj2 }, opts(web));
    expect(t.order).toEqual(keys([lj2, own]));
  });

  it('a part redirected to an entry already read is one part', async () => {
    const web = new FakeWeb();
    const old = 'https://old-name.livejournal.com/61204.html';
    web.redirects.set(canonicalEntryKey(old), TARE.p1);
    const p3 = 'https://tare-copy.livejournal.com/3.html';
    web.add(
      p3,
      synthPost({
        url: p3,
        title: 'Tare Weight',
        part: { index: 3, total: 3 },
        nav: [
          ['Part 1', old],
          ['Part 1 (again)', TARE.p1],
        ],
      }),
    );
    const s = await stitchStory({ url: TARE.p2 }, opts(web));
    expect(s.order).toEqual(keys(TARE_PARTS));
    expect(s.errors.size).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------

describe('fetching: in parallel, bounded, progressive', () => {
  it('a 60-part story: at most 4 in flight, never one entry twice at once, part 1 reported before the last arrives', async () => {
    const web = new FakeWeb();
    const u = (i: number) => `https://sixty-tides.dreamwidth.org/${5000 + i * 11}.html`;
    web.add(u(0), synthMasterpost({ url: u(0), title: 'Sixty Tides', links: Array.from({ length: 60 }, (_, i) => [`Chapter ${i + 1}`, u(i + 1)] as [string, string]) }));
    for (let i = 1; i <= 60; i++) web.add(u(i), synthPost({ url: u(i), title: 'Sixty Tides', part: { index: i, total: 60 }, nav: [['Masterpost', u(0)]] }));
    web.defaultLatency = 5;
    web.latency.set(canonicalEntryKey(u(60)), 120);
    const updates: { t: number; state: StitchState }[] = [];
    const s = await stitchStory({ url: u(30) }, opts(web, { onUpdate: (state) => updates.push({ t: web.now(), state }) }));
    expect(s.parts.size).toBe(60);
    expect(web.maxInFlight).toBeLessThanOrEqual(4);
    expect(web.maxInFlight).toBe(4);
    expect(web.duplicateInFlight).toEqual([]);
    expect(new Set(web.fetchedKeys()).size).toBe(web.log.length);
    const lastArrived = web.log.find((r) => r.key === canonicalEntryKey(u(60)))!.end!;
    const firstWithPart1 = updates.find((x) => x.state.parts.has(canonicalEntryKey(u(1))))!;
    expect(firstWithPart1.t).toBeLessThan(lastArrived);
    expect(firstWithPart1.state.done).toBe(false);
    // Every update keeps reading order, and only the last one is done.
    for (const { state } of updates) {
      const idx = state.order.map((k) => state.parts.get(k)?.index ?? state.errors.get(k)?.index ?? 0);
      expect(idx).toEqual([...idx].sort((a, b) => a - b));
    }
    expect(updates.filter((x) => x.state.done).length).toBe(1);
    expect(updates.at(-1)!.state.done).toBe(true);
  });

  it('a 5-part story is fetched in one round: its other four parts at once, not one after another', async () => {
    const web = new FakeWeb();
    const u = (i: number) => `https://five-bells.dreamwidth.org/${300 + i}.html`;
    const nav = (i: number) => [1, 2, 3, 4, 5].filter((j) => j !== i).map((j) => [`Part ${j}`, u(j)] as [string, string]);
    for (let i = 1; i <= 5; i++) web.add(u(i), synthPost({ url: u(i), title: 'Five Bells', part: { index: i, total: 5 }, nav: nav(i) }));
    web.defaultLatency = 150;
    const s = await stitchStory(
      await (async () => {
        const doc = parse(web.htmlFor(u(1))!, u(1));
        return { url: u(1), post: extractPage(doc, u(1)).stories[0], doc };
      })(),
      opts(web),
    );
    expect(s.order).toEqual(keys([1, 2, 3, 4, 5].map(u)));
    expect(web.log.length).toBe(4);
    // One round, not four: the four other parts were all in flight at once (the time it takes is the
    // bench's to measure, not a unit test's on a shared machine).
    expect(web.maxInFlight).toBe(4);
  });

  it('a part on a multi-post page behind an lj-cut is read from its entry page', async () => {
    const web = new FakeWeb();
    const page = 'https://quietmagpie.dreamwidth.org/';
    const entry = 'https://quietmagpie.dreamwidth.org/2987.html';
    const start = clicked(entry, page);
    expect(start.post.complete).toBe(false);
    const s = await stitchStory(start, opts(web));
    expect(web.fetched()).toEqual([entry]);
    const part = s.parts.get(canonicalEntryKey(entry))!;
    expect(part.post.complete).toBe(true);
    expect(part.url).toBe(entry);
    expect(part.post.bodyText.length).toBeGreaterThan(start.post.bodyText.length * 3);
  });

  it('the same when only the post is given, under its own entry URL (no document)', async () => {
    const web = new FakeWeb();
    const entry = 'https://quietmagpie.dreamwidth.org/2987.html';
    const { post } = clicked(entry, 'https://quietmagpie.dreamwidth.org/');
    const s = await stitchStory({ url: post.url, post }, opts(web));
    expect(web.fetched()).toEqual([entry]);
    expect(s.parts.get(canonicalEntryKey(entry))!.post.complete).toBe(true);
  });

  it('a post on its own entry page is not fetched again, even when extraction says complete: false', async () => {
    const web = new FakeWeb();
    const u = 'https://cut-happy.livejournal.com/12.html';
    const p2 = 'https://cut-happy.livejournal.com/34.html';
    // A part link copied from a cut ("…#cutid1") makes extraction think the post has a cut.
    web.add(u, synthPost({ url: u, title: 'Cuts', part: { index: 1, total: 2 }, nav: [['Part 2', `${p2}#cutid1`]] }));
    web.add(p2, synthPost({ url: p2, title: 'Cuts', part: { index: 2, total: 2 } }));
    const s = await stitchStory({ url: u }, opts(web));
    expect(web.fetched()).toEqual([u, p2]);
    expect(s.order).toEqual(keys([u, p2]));
  });
});

// ---------------------------------------------------------------------------------------------

describe('Wayback', () => {
  const W = (u: string) => `https://web.archive.org/web/20090301120000/${u}`;
  const o = (i: number) => `http://salt-and-ink.livejournal.com/${400 + i}.html`;

  it('a Wayback start stays on Wayback for wrapped and relative links', async () => {
    const web = new FakeWeb();
    web.add(
      W(o(1)),
      synthPost({
        url: W(o(1)),
        journal: 'salt_and_ink',
        title: 'Salt',
        part: { index: 1, total: 3 },
        nav: [
          ['Part 2', W(o(2))],
          ['Part 3', '/web/20090301120000/' + o(3)],
        ],
      }),
    );
    web.add(
      W(o(2)),
      synthPost({
        url: W(o(2)),
        journal: 'salt_and_ink',
        title: 'Salt',
        part: { index: 2, total: 3 },
        nav: [
          ['Part 1', W(o(1))],
          ['Part 3', W(o(3))],
        ],
      }),
    );
    web.add(
      W(o(3)),
      synthPost({
        url: W(o(3)),
        journal: 'salt_and_ink',
        title: 'Salt',
        part: { index: 3, total: 3 },
        nav: [
          ['Part 1', W(o(1))],
          ['Part 2', '403.html'],
        ],
      }),
    );
    const s = await stitchStory({ url: W(o(2)) }, opts(web));
    expect(s.order).toEqual(keys([o(1), o(2), o(3)]));
    for (const u of web.fetched()) expect(u).toMatch(/^https:\/\/web\.archive\.org\/web\/20090301120000\//);
    for (const p of s.parts.values()) expect(p.url).toMatch(/^https:\/\/web\.archive\.org\//);
    expect(s.parts.get(canonicalEntryKey(o(1)))!.post.url).toBe(o(1));
  });

  it('a part the archive never captured is read live (no cookies); the live page’s own links go to the archive first', async () => {
    const web = new FakeWeb();
    const live2 = 'https://salt-and-ink.livejournal.com/402.html';
    const post = (url: string, index: number, nav: [string, string][]) => synthPost({ url, journal: 'salt_and_ink', title: 'Salt', part: { index, total: 3 }, nav });
    web.add(W(o(1)), post(W(o(1)), 1, [['Part 2', W(o(2))]]));
    web.add(
      live2,
      post(live2, 2, [
        ['Part 1', o(1)],
        ['Part 3', o(3)],
      ]),
    );
    web.add(W(o(3)), post(W(o(3)), 3, [['Part 2', W(o(2))]]));
    // The archive holds parts 1 and 3 only (FakeWeb would find the live page by its entry: not the archive's way).
    const archive: PageFetcher = (url, signal) =>
      unwrapWayback(url) && url !== W(o(1)) && url !== W(o(3)) ? Promise.resolve({ ok: false, url, reason: 'not-found', status: 404 }) : web.fetchPage(url, signal);
    const anonymous: string[] = [];
    const live: PageFetcher = (url, signal) => (anonymous.push(url), web.fetchPage(url, signal));
    const s = await stitchStory({ url: W(o(1)) }, { ...opts(web), fetchPage: withLiveFallback(archive, live) });
    expect(s.order).toEqual(keys([o(1), o(2), o(3)]));
    expect(s.errors.size).toBe(0);
    expect(anonymous).toEqual([live2]);
    expect(web.fetched()).toEqual([W(o(1)), live2, W(o(3))]);
    // Without the fallback the part is missing, as before.
    const plain = await stitchStory({ url: W(o(1)) }, { ...opts(web), fetchPage: archive });
    expect([...plain.errors.values()].map((e) => e.reason)).toEqual(['not-found']);
  });

  it('a cut post on a Wayback multi-post page is read from the Wayback copy of its entry', async () => {
    const web = new FakeWeb();
    const recent = W('http://salt-and-ink.livejournal.com/');
    const post = synthPost({ url: o(1), journal: 'salt_and_ink', title: 'Salt', part: { index: 1, total: 1 } });
    web.add(W(o(1)), post);
    const start = { url: recent, post: { ...extractPage(parse(post, o(1)), o(1)).stories[0], complete: false, bodyText: 'teaser' } };
    const s = await stitchStory(start, opts(web));
    expect(web.fetched()).toEqual([W(o(1))]);
    expect(s.parts.get(canonicalEntryKey(o(1)))!.post.complete).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------

describe('failures', () => {
  for (const fault of ALL_FAULTS) {
    it(`${fault}: an error for that part with a reason and a message, the others present`, async () => {
      const web = new FakeWeb();
      web.fault(TARE.p2, fault);
      const s = await stitchStory({ url: TARE.master }, opts(web, { timeoutMs: 300 }));
      expectSane(s);
      expect(s.order).toEqual(keys(TARE_PARTS));
      expect(s.parts.has(canonicalEntryKey(TARE.p1))).toBe(true);
      expect(s.parts.has(canonicalEntryKey(TARE.p3))).toBe(true);
      const err = s.errors.get(canonicalEntryKey(TARE.p2))!;
      expect(err.reason).toBe(FAULT_REASON[fault as Fault]);
      expect(err.url).toBe(TARE.p2);
      expect(err.index).toBe(2);
      expect(err.message.length).toBeGreaterThan(20);
      expect(err.message).toMatch(/^[A-Z].*[.)]$/);
      if (fault === 'adult-gate') expect(err.message).toMatch(/open the post and confirm on the site/i);
      if (fault === 'locked') expect(err.message).toMatch(/locked or private/i);
      if (fault === 'login') expect(err.message).toMatch(/log ?in/i);
    });
  }

  it('the start page failing is one error, not an exception', async () => {
    const web = new FakeWeb();
    web.fault(SEED_2, 'http404');
    const s = await stitchStory({ url: SEED_2 }, opts(web));
    expectSane(s);
    expect(s.order).toEqual(keys([SEED_2]));
    expect(s.errors.get(canonicalEntryKey(SEED_2))!.reason).toBe('not-found');
  });

  it('a page served with HTTP 404 that is no story is not-found; a start that is no story is not-story', async () => {
    const web = new FakeWeb();
    const u = 'https://gone-fishing.livejournal.com/9.html';
    const fetchPage = async (url: string) =>
      url === u ? { ok: true as const, url, status: 404, html: '<html><head><title>Oops</title></head><body><p>Nothing here.</p></body></html>' } : web.fetchPage(url);
    const p1 = 'https://gone-fishing.livejournal.com/8.html';
    web.add(p1, synthPost({ url: p1, title: 'Fishing', part: { index: 1, total: 2 }, nav: [['Part 2', u]] }));
    const s = await stitchStory({ url: p1 }, { fetchPage, parse });
    expect(s.errors.get(canonicalEntryKey(u))!.reason).toBe('not-found');
    const s2 = await stitchStory({ url: 'http://oldmapsandtea.livejournal.com/15302.html' }, opts(web));
    expect([...s2.errors.values()].map((e) => e.reason)).toEqual(['not-story']);
  });

  it('unknown URLs (not in the saved pages) are not-found', async () => {
    const web = new FakeWeb();
    const s = await stitchStory({ url: 'https://wickandember.dreamwidth.org/9832.html' }, opts(web));
    expect(partUrls(s)).toEqual(['https://wickandember.dreamwidth.org/9832.html']);
    // The story's tag page (its chapters link it as their index) is not saved either: said after the parts, as a failed masterpost is.
    expect([...s.errors.values()].map((e) => [e.url, e.reason, e.index])).toEqual([
      ['https://wickandember.dreamwidth.org/9517.html', 'not-found', 1],
      ["https://wickandember.dreamwidth.org/tag/lamplighter's+debt", 'not-found', null],
    ]);
    expect(s.order[0]).toBe(canonicalEntryKey('https://wickandember.dreamwidth.org/9517.html'));
  });

  it('a masterpost that fails does not block a story whose parts all arrived', async () => {
    const web = new FakeWeb();
    web.fault(TARE.master, 'http404');
    const s = await stitchStory({ url: TARE.p1 }, opts(web));
    expect(s.order).toEqual(keys(TARE_PARTS));
    expect(s.errors.size).toBe(0);
  });

  it('a masterpost that fails is reported when parts are missing', async () => {
    const web = new FakeWeb();
    web.fault(TARE.master, 'locked');
    web.fault(TARE.p2, 'network');
    const s = await stitchStory({ url: TARE.p3 }, opts(web));
    expectSane(s);
    expect(s.errors.get(canonicalEntryKey(TARE.master))?.reason).toBe('locked');
  });

  it('a fetcher that throws, a parser that throws and an onUpdate that throws do not break it', async () => {
    const web = new FakeWeb();
    const s = await stitchStory(
      { url: TARE.master },
      {
        fetchPage: web.fetchPage,
        parse: (html, url) => {
          if (canonicalEntryKey(url) === canonicalEntryKey(TARE.p3)) throw new Error('bad markup');
          return parse(html, url);
        },
        onUpdate: () => {
          throw new Error('UI bug');
        },
      },
    );
    expect(s.parts.size).toBe(2);
    expect(s.errors.get(canonicalEntryKey(TARE.p3))!.reason).toBe('not-story');
  });
});

describe('retryPart', () => {
  it('recovers a part once the fault is gone, and leaves the old state alone', async () => {
    const web = new FakeWeb();
    web.fault(TARE.p2, 'http500');
    const first = await stitchStory({ url: TARE.p1 }, opts(web));
    const k2 = canonicalEntryKey(TARE.p2);
    expect(first.errors.get(k2)!.reason).toBe('server-error');
    web.fault(TARE.p2, null);
    const before = web.log.length;
    const updates: StitchState[] = [];
    const second = await retryPart(first, k2, opts(web, { onUpdate: (s) => updates.push(s) }));
    expectSane(second);
    expect(second.order).toEqual(keys(TARE_PARTS));
    expect(second.errors.size).toBe(0);
    expect(second.parts.get(k2)!.post.journal).toBe('expanse_drift');
    expect(web.log.length - before).toBe(1);
    expect(first.errors.has(k2)).toBe(true);
    expect(updates.at(-1)!.done).toBe(true);
  });

  it('still failing: the error stays', async () => {
    const web = new FakeWeb();
    web.fault(TARE.p2, 'locked');
    const first = await stitchStory({ url: TARE.master }, opts(web));
    const again = await retryPart(first, canonicalEntryKey(TARE.p2), opts(web));
    expect(again.errors.get(canonicalEntryKey(TARE.p2))!.reason).toBe('locked');
    expect(again.order).toEqual(keys(TARE_PARTS));
  });

  it('works on a state rebuilt from storage (plain maps), and a retried masterpost brings its parts', async () => {
    const web = new FakeWeb();
    web.fault(TARE.master, 'timeout');
    const first = await stitchStory({ url: TARE.p3 }, opts(web));
    // p3 links to p2 and the masterpost; p2 links to p1: all arrive anyway.
    expect(first.parts.size).toBe(3);
    const plain: StitchState = { order: [...first.order], parts: new Map(first.parts), errors: new Map(first.errors), masterpost: first.masterpost, done: true };
    web.fault(TARE.p1, null);
    const again = await retryPart(plain, canonicalEntryKey(TARE.p1), opts(web));
    expect(again.order).toEqual(first.order);
  });

  it('a part beyond the cap can be loaded by retrying it', async () => {
    const web = new FakeWeb();
    const u = (i: number) => `https://short-cap.dreamwidth.org/${i * 5}.html`;
    web.add(u(0), synthMasterpost({ url: u(0), title: 'Short Cap', links: [1, 2, 3, 4].map((i) => [`Part ${i}`, u(i)] as [string, string]) }));
    for (const i of [1, 2, 3, 4]) web.add(u(i), synthPost({ url: u(i), title: 'Short Cap', part: { index: i, total: 4 } }));
    const s = await stitchStory({ url: u(0) }, opts(web, { maxParts: 3 }));
    expect(s.parts.size).toBe(3);
    const again = await retryPart(s, canonicalEntryKey(u(4)), opts(web, { maxParts: 3 }));
    expect(again.parts.size).toBe(4);
    expect(again.errors.size).toBe(0);
  });
});

describe('abort', () => {
  it('an aborted signal ends it, even with a fetch that never answers', async () => {
    const web = new FakeWeb();
    web.fault(TARE.p2, 'hang');
    web.fault(TARE.p3, 'hang');
    const ctrl = new AbortController();
    const updates: StitchState[] = [];
    const t0 = Date.now();
    const run = stitchStory({ url: TARE.master }, opts(web, { signal: ctrl.signal, onUpdate: (s) => updates.push(s) }));
    setTimeout(() => ctrl.abort(), 80);
    const s = await run;
    expect(Date.now() - t0).toBeLessThan(2000);
    expect(s.done).toBe(true);
    expectSane(s);
    expect(s.parts.has(canonicalEntryKey(TARE.p1))).toBe(true);
    expect(updates.at(-1)!.done).toBe(true);
  });

  it('already aborted: nothing is fetched', async () => {
    const web = new FakeWeb();
    const ctrl = new AbortController();
    ctrl.abort();
    const s = await stitchStory({ url: TARE.master }, opts(web, { signal: ctrl.signal }));
    expect(s.done).toBe(true);
    expect(web.log.length).toBe(0);
  });

  it('a hanging fetch times out on its own', async () => {
    const web = new FakeWeb();
    web.fault(SEED_1, 'hang');
    const s = await stitchStory({ url: SEED_2 }, opts(web, { timeoutMs: 150 }));
    expect(s.errors.get(canonicalEntryKey(SEED_1))!.reason).toBe('timeout');
    expect(s.order).toEqual(keys([SEED_1, SEED_2]));
  });
});

// ---------------------------------------------------------------------------------------------

describe('CLI: npm run extract -- --stitch', () => {
  const run = promisify(execFile);
  const tsx = join(REPO, 'node_modules/.bin/tsx');

  it('stitches the seed story offline from the saved pages', async () => {
    const { stdout } = await run('npx', ['tsx', 'scripts/extract.ts', '--stitch', '--url', SEED_2, '--pages', 'tests/fixtures/pages.json'], { cwd: REPO, timeout: 60_000 });
    const out = JSON.parse(stdout) as { parts: { url: string; index: number | null; title: string; bodyText: string }[]; errors: { url: string; reason: string }[] };
    expect(out.parts.map((p) => p.url)).toEqual([SEED_1, SEED_2]);
    expect(out.parts.map((p) => p.index)).toEqual([1, 2]);
    expect(out.parts[0].title).toBe('One Step Behind');
    expect(out.parts[1].bodyText.split(/\s+/).length).toBeGreaterThan(8000);
    expect(out.errors).toEqual([]);
    expect(Object.keys(out.parts[0]).sort()).toEqual(['bodyText', 'index', 'title', 'url']);
  }, 60_000);

  it('stitches a stitch-story fixture from its part 3 of 5, across journal and community, from story-pages.json', async () => {
    const { stdout } = await run(tsx, ['scripts/extract.ts', '--stitch', '--url', 'https://saltwater-fic.livejournal.com/88213.html', '--pages', join(FIXTURES, 'stitch/story-pages.json')], {
      cwd: REPO,
      timeout: 60_000,
    });
    const out = JSON.parse(stdout) as { parts: { url: string; index: number | null }[]; errors: unknown[] };
    expect(out.parts.map((p) => p.url)).toEqual([
      'https://brinewick.livejournal.com/24117.html',
      'https://brinewick.livejournal.com/24380.html',
      'https://saltwater-fic.livejournal.com/88213.html',
      'https://saltwater-fic.livejournal.com/88590.html',
      'https://saltwater-fic.livejournal.com/88941.html',
    ]);
    expect(out.parts.map((p) => p.index)).toEqual([1, 2, 3, 4, 5]);
    expect(out.errors).toEqual([]);
  }, 60_000);

  it('unknown URLs are not-found errors; the extract mode still works', async () => {
    const { stdout } = await run(tsx, ['scripts/extract.ts', '--stitch', '--url', 'https://wickandember.dreamwidth.org/9832.html', '--pages', join(FIXTURES, 'pages.json')], {
      cwd: REPO,
      timeout: 60_000,
    });
    const out = JSON.parse(stdout);
    expect(out.errors).toEqual([
      { url: 'https://wickandember.dreamwidth.org/9517.html', reason: 'not-found' },
      { url: "https://wickandember.dreamwidth.org/tag/lamplighter's+debt", reason: 'not-found' },
    ]);
    expect(out.parts.length).toBe(1);
    const file = join(FIXTURES, loadPages()[SEED_1]);
    const { stdout: ex } = await run(tsx, ['scripts/extract.ts', '--url', SEED_1, file], { cwd: REPO, timeout: 60_000 });
    expect(JSON.parse(ex).kind).toBe('story');
  }, 60_000);
});

// Keep an eye on what extraction gives the stitcher for the seed (its partLinks drive the walk).
describe('inputs', () => {
  it('the seed part 2 links to part 1 in its header', () => {
    const { post } = clicked(SEED_2);
    expect(post.partLinks.map((l) => canonicalEntryKey(l.url))).toContain(canonicalEntryKey(SEED_1));
    expect(locateStories).toBeTypeOf('function');
  });
});

// ---------------------------------------------------------------------------------------------

describe('what the stitcher fetches: the URL rule and the fetch policy', () => {
  const at = (journal: string, n: number) => `https://${journal}.dreamwidth.org/${n}.html`;

  it('a part on a journal the post links to is read; a third journal that part links to is never fetched, its link shown', async () => {
    const web = new FakeWeb();
    const start = at('lamp-author', 1);
    web.add(start, synthPost({ url: start, title: 'Lamp', part: { index: 1, total: 3 }, nav: [['Part 2', at('lamp-comm', 2)]] }));
    web.add(
      at('lamp-comm', 2),
      synthPost({
        url: at('lamp-comm', 2),
        title: 'Lamp',
        part: { index: 2, total: 3 },
        nav: [
          ['Part 1', start],
          ['Part 3', at('locked-victim', 3)],
        ],
      }),
    );
    web.add(at('locked-victim', 3), synthPost({ url: at('locked-victim', 3), title: 'Diary', part: { index: 3, total: 3 } }));
    const s = await stitchStory({ url: start }, opts(web));
    expectSane(s);
    expect(web.fetched()).toEqual([start, at('lamp-comm', 2)]);
    const refused = s.errors.get(canonicalEntryKey(at('locked-victim', 3)))!;
    expect(refused.reason).toBe('not-allowed');
    expect(refused.message).toContain(at('locked-victim', 3));
    // Retry asks the policy again: still not fetched.
    const again = await retryPart(s, refused.key, opts(web));
    expect(again.errors.get(refused.key)?.reason).toBe('not-allowed');
    expect(web.fetched()).not.toContain(at('locked-victim', 3));
  });

  it('the author’s own masterpost admits the communities it lists (a page of the home journal)', async () => {
    const web = new FakeWeb();
    const master = at('lamp-author', 10);
    const parts = [at('lamp-author', 11), at('lamp-comm-a', 12), at('lamp-comm-b', 13)];
    web.add(master, synthMasterpost({ url: master, title: 'Lamp', links: parts.map((u, i) => [`Part ${i + 1}`, u] as [string, string]) }));
    parts.forEach((u, i) => web.add(u, synthPost({ url: u, title: 'Lamp', part: { index: i + 1, total: 3 }, nav: [['Masterpost', master]] })));
    const s = await stitchStory({ url: master }, opts(web));
    expect(partUrls(s)).toEqual(parts);
  });

  it('a .bml link with a query and an http:// link: fetched as the entries’ own https pages, never as written', async () => {
    const web = new FakeWeb();
    const start = 'https://lamp-author.livejournal.com/1.html';
    const bml = 'https://www.livejournal.com/delcomment.bml?journal=lamp_author&itemid=2&delthread=1&confirm=yes';
    const http = 'http://lamp-author.livejournal.com/3.html?format=light&tracking=1';
    web.add(
      start,
      synthPost({
        url: start,
        title: 'Lamp',
        part: { index: 1, total: 3 },
        nav: [
          ['Part 2', bml],
          ['Part 3', http],
        ],
      }),
    );
    web.add('https://lamp-author.livejournal.com/2.html', synthPost({ url: 'https://lamp-author.livejournal.com/2.html', title: 'Lamp', part: { index: 2, total: 3 } }));
    web.add('https://lamp-author.livejournal.com/3.html', synthPost({ url: 'https://lamp-author.livejournal.com/3.html', title: 'Lamp', part: { index: 3, total: 3 } }));
    const s = await stitchStory({ url: start }, opts(web));
    expect(web.fetched().sort()).toEqual([start, 'https://lamp-author.livejournal.com/2.html', 'https://lamp-author.livejournal.com/3.html?format=light']);
    expect(partUrls(s)).toEqual([start, 'https://lamp-author.livejournal.com/2.html', 'https://lamp-author.livejournal.com/3.html?format=light']);
  });
});

describe('the first batch (the reader’s FIRST_BATCH): the rest waits until the reader nears it', () => {
  const u = (i: number) => `https://sixty-lamps.dreamwidth.org/${7000 + i}.html`;
  function sixty(): FakeWeb {
    const web = new FakeWeb();
    web.add(u(0), synthMasterpost({ url: u(0), title: 'Sixty Lamps', links: Array.from({ length: 60 }, (_, i) => [`Chapter ${i + 1}`, u(i + 1)] as [string, string]) }));
    for (let i = 1; i <= 60; i++) web.add(u(i), synthPost({ url: u(i), title: 'Sixty Lamps', part: { index: i, total: 60 }, nav: [['Masterpost', u(0)]] }));
    return web;
  }

  it('a 60-part masterpost: 16 parts fetched, 44 waiting in order; loading some fetches exactly those; loading the rest, all 60, none twice', async () => {
    const web = sixty();
    const s = await stitchStory({ url: u(0) }, opts(web, { firstBatch: FIRST_BATCH }));
    expectSane(s);
    expect(FIRST_BATCH).toBe(16);
    expect(web.log.length).toBe(1 + 16);
    expect(s.order).toEqual(keys(Array.from({ length: 60 }, (_, i) => u(i + 1))));
    expect(s.parts.size).toBe(16);
    expect([...s.errors.values()].every((e) => e.reason === 'deferred')).toBe(true);
    expect(s.errors.size).toBe(44);

    const next = s.order.slice(16, 24);
    const more = await loadParts(s, next, opts(web, { firstBatch: FIRST_BATCH }));
    expect(web.log.length).toBe(1 + 24);
    expect(web.fetchedKeys().slice(17)).toEqual(next);
    expect(more.parts.size).toBe(24);

    const rest = await loadParts(more, [...more.errors.keys()], opts(web, { firstBatch: FIRST_BATCH }));
    expect(rest.parts.size).toBe(60);
    expect(rest.errors.size).toBe(0);
    expect(new Set(web.fetched()).size).toBe(web.log.length);
    expect(web.maxInFlight).toBeLessThanOrEqual(4);
    expect(web.duplicateInFlight).toEqual([]);
  });

  it('a chain of Next links: each load brings the parts asked for and shows the next one waiting (the start not counted)', async () => {
    const web = new FakeWeb();
    const c = (i: number) => `https://lamp-chain.dreamwidth.org/${i * 5}.html`;
    for (let i = 1; i <= 6; i++) web.add(c(i), synthPost({ url: c(i), title: 'Chain', part: { index: i, total: null }, subject: `Chain, part ${i}`, nav: i < 6 ? [['Next part »', c(i + 1)]] : [] }));
    const s = await stitchStory({ url: c(1) }, opts(web, { firstBatch: 3 }));
    expect(partUrls(s)).toEqual([c(1), c(2), c(3), c(4)]);
    expect([...s.errors.values()].map((e) => [e.url, e.reason])).toEqual([[c(5), 'deferred']]);
    const t = await loadParts(s, [canonicalEntryKey(c(5))], opts(web, { firstBatch: 3 }));
    expect(partUrls(t)).toEqual([c(1), c(2), c(3), c(4), c(5)]);
    expect([...t.errors.values()].map((e) => [e.url, e.reason])).toEqual([[c(6), 'deferred']]);
    expect(web.fetched()).toEqual([c(1), c(2), c(3), c(4), c(5)]);
  });

  it('without a first batch (the CLI, the library): everything, as before', async () => {
    const web = sixty();
    const s = await stitchStory({ url: u(0) }, opts(web));
    expect(s.parts.size).toBe(60);
  });
});
