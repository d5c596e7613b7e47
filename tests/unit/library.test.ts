/** The library's search, sort, filters and fandom groups, over plain story summaries. */
import { describe, expect, it } from 'vitest';
import type { StorySummary } from '../../utils/db';
import {
  buildLibraryIndex,
  DEFAULT_DESCENDING,
  FINISHED_PERCENT,
  fandomKey,
  filterStories,
  foldText,
  groupByFandom,
  listFandoms,
  NO_FANDOM,
  queryLibrary,
  queryTerms,
  searchStories,
  sortStories,
  splitFandoms,
  statusOf,
} from '../../utils/library';

const T0 = Date.UTC(2025, 0, 1);
let n = 0;

function story(over: Partial<StorySummary>): StorySummary {
  n++;
  return {
    id: `livejournal.com/writer_${n}/${1000 + n}`,
    title: `Untitled ${n}`,
    author: `writer_${n}`,
    journal: `writer_${n}`,
    site: 'livejournal',
    rating: null,
    fandom: '',
    pairing: '',
    characters: '',
    summary: '',
    warnings: '',
    wordCount: 1000,
    partCount: 1,
    masterpostUrl: null,
    firstOpened: T0,
    lastRead: T0,
    addedAt: T0,
    percent: null,
    positionUpdatedAt: null,
    ...over,
  };
}

const LIB = {
  road: story({
    title: 'The Long Road Home',
    author: 'hpfan_writer',
    fandom: 'Harry Potter',
    pairing: 'Harry/Draco',
    characters: 'Hermione, Ron',
    summary: 'After the war, a long road.',
    wordCount: 45000,
    lastRead: T0 + 5,
    addedAt: T0 + 1,
    percent: 40,
  }),
  cafe: story({
    title: 'Café au Lait',
    author: 'Zoë_Writes',
    fandom: 'Supernatural',
    pairing: 'Dean/Castiel',
    summary: 'A coffee shop AU.',
    wordCount: 3000,
    lastRead: T0 + 9,
    addedAt: T0 + 4,
    percent: 100,
  }),
  pika: story({
    title: 'electric dreams',
    author: 'ash_k',
    fandom: 'Pokémon',
    characters: 'Ash, Pikachu',
    summary: 'Naïve trainers.',
    wordCount: 800,
    lastRead: T0 + 1,
    addedAt: T0 + 9,
    percent: null,
  }),
  cross: story({
    title: '"Jumping" Coordinates',
    author: 'sga_spn',
    fandom: 'Stargate Atlantis, Supernatural',
    pairing: 'John/Rodney',
    summary: 'Crossover: the Impala in the Pegasus galaxy.',
    wordCount: 12000,
    lastRead: T0 + 7,
    addedAt: T0 + 2,
    percent: 0,
  }),
  pika2: story({ title: 'Gotta Catch', author: 'Ash_K', fandom: 'pokemon', wordCount: 800, lastRead: T0 + 3, addedAt: T0 + 3, percent: 99.5 }),
  none: story({ title: 'Drabble', author: 'anon', fandom: '', wordCount: 100, lastRead: T0 + 2, addedAt: T0 + 5, percent: 60, status: 'finished' }),
};
const ALL = Object.values(LIB);
const ids = (xs: StorySummary[]) => xs.map((s) => s.id);

describe('folding text', () => {
  it('is case- and accent-insensitive', () => {
    expect(foldText('Café au Lait')).toBe('cafe au lait');
    expect(foldText('ZOË  Naïve\tPOKÉMON')).toBe('zoe naive pokemon');
    expect(foldText('Straße Ørsted Łódź Æsir')).toBe('strasse orsted lodz aesir');
    expect(foldText('Author’s “Note”')).toBe('author\'s "note"');
    expect(foldText('ﬁne')).toBe('fine');
  });
  it('splits queries into words', () => {
    expect(queryTerms('  Harry/Draco, "long  road" ')).toEqual(['harry', 'draco', 'long', 'road']);
    expect(queryTerms('')).toEqual([]);
    expect(queryTerms("O'Neill")).toEqual(["o'neill"]);
  });
});

describe('search as you type', () => {
  const index = buildLibraryIndex(ALL);
  const search = (text: string) => ids(queryLibrary(index, { text, sort: 'title' }));

  it('searches title, author, fandom, pairing, characters and summary', () => {
    expect(search('long road')).toEqual([LIB.road.id]);
    expect(search('hpfan')).toEqual([LIB.road.id]);
    expect(search('harry potter')).toEqual([LIB.road.id]);
    expect(search('castiel')).toEqual([LIB.cafe.id]);
    expect(search('pikachu')).toEqual([LIB.pika.id]);
    expect(search('pegasus galaxy')).toEqual([LIB.cross.id]);
  });

  it('ignores case and accents, both ways', () => {
    expect(search('CAFE')).toEqual([LIB.cafe.id]);
    expect(search('café')).toEqual([LIB.cafe.id]);
    expect(search('zoe')).toEqual([LIB.cafe.id]);
    expect(search('naive')).toEqual([LIB.pika.id]);
    expect(search('POKEMON')).toEqual([LIB.pika.id, LIB.pika2.id]);
  });

  it('needs every word, in any field, in any order', () => {
    expect(search('draco hermione')).toEqual([LIB.road.id]);
    expect(search('draco castiel')).toEqual([]);
    expect(search('draco/harry')).toEqual([LIB.road.id]);
    expect(search('supernatural')).toEqual([LIB.cafe.id, LIB.cross.id]);
    expect(search('supernatural coffee')).toEqual([LIB.cafe.id]);
    expect(search('nothing-like-this')).toEqual([]);
  });

  it('matches as the reader types (prefixes and inner parts of words)', () => {
    const typed = 'castiel';
    for (let i = 1; i <= typed.length; i++) expect(search(typed.slice(0, i))).toContain(LIB.cafe.id);
    expect(search('tiel')).toEqual([LIB.cafe.id]);
  });

  it('an empty query shows everything', () => {
    expect(search('')).toHaveLength(ALL.length);
    expect(search('   ')).toHaveLength(ALL.length);
  });

  it('searchStories works without an index', () => {
    expect(ids(searchStories(ALL, 'pokémon ash'))).toEqual([LIB.pika.id, LIB.pika2.id]);
  });
});

describe('sorting', () => {
  it('by last read, newest first', () => {
    expect(ids(sortStories(ALL, 'lastRead'))).toEqual(ids([LIB.cafe, LIB.cross, LIB.road, LIB.pika2, LIB.none, LIB.pika]));
    expect(ids(sortStories(ALL, 'lastRead', false))).toEqual(ids([LIB.pika, LIB.none, LIB.pika2, LIB.road, LIB.cross, LIB.cafe]));
  });
  it('by title A→Z, ignoring case, accents and leading punctuation', () => {
    expect(ids(sortStories(ALL, 'title'))).toEqual(ids([LIB.cafe, LIB.none, LIB.pika, LIB.pika2, LIB.cross, LIB.road]));
  });
  it('by author A→Z, then title', () => {
    expect(ids(sortStories(ALL, 'author'))).toEqual(ids([LIB.none, LIB.pika, LIB.pika2, LIB.road, LIB.cross, LIB.cafe]));
  });
  it('by date added, newest first', () => {
    expect(ids(sortStories(ALL, 'addedAt'))).toEqual(ids([LIB.pika, LIB.none, LIB.cafe, LIB.pika2, LIB.cross, LIB.road]));
  });
  it('by length, longest first, ties by title', () => {
    expect(ids(sortStories(ALL, 'length'))).toEqual(ids([LIB.road, LIB.cross, LIB.cafe, LIB.pika, LIB.pika2, LIB.none]));
    expect(ids(sortStories(ALL, 'length', false))).toEqual(ids([LIB.none, LIB.pika, LIB.pika2, LIB.cafe, LIB.cross, LIB.road]));
  });
  it('natural directions', () => {
    expect(DEFAULT_DESCENDING).toEqual({ lastRead: true, addedAt: true, length: true, title: false, author: false });
  });
  it('does not change the input', () => {
    const copy = [...ALL];
    sortStories(ALL, 'title');
    expect(ALL).toEqual(copy);
  });
});

describe('status', () => {
  it('follows the position’s percent unless the reader set one', () => {
    expect(statusOf({ percent: null })).toBe('not-started');
    expect(statusOf({ percent: 0 })).toBe('not-started');
    expect(statusOf({ percent: 0.1 })).toBe('reading');
    expect(statusOf({ percent: FINISHED_PERCENT - 0.1 })).toBe('reading');
    expect(statusOf({ percent: FINISHED_PERCENT })).toBe('finished');
    expect(statusOf({ percent: 100 })).toBe('finished');
    expect(statusOf({ percent: 30, status: 'finished' })).toBe('finished');
    expect(statusOf({ percent: 100, status: 'reading' })).toBe('reading');
  });
  it('filters by status', () => {
    const index = buildLibraryIndex(ALL);
    expect(ids(queryLibrary(index, { status: 'reading', sort: 'title' }))).toEqual(ids([LIB.road]));
    expect(ids(queryLibrary(index, { status: 'finished', sort: 'title' }))).toEqual(ids([LIB.cafe, LIB.none, LIB.pika2]));
    expect(ids(queryLibrary(index, { status: 'not-started', sort: 'title' }))).toEqual(ids([LIB.pika, LIB.cross]));
    expect(queryLibrary(index, { status: 'all' })).toHaveLength(ALL.length);
    expect(ids(filterStories(ALL, { status: 'finished' })).sort()).toEqual(ids([LIB.cafe, LIB.none, LIB.pika2]).sort());
  });
});

describe('fandoms', () => {
  it('splits fandom fields, not fandom names', () => {
    expect(splitFandoms('Stargate Atlantis, Supernatural')).toEqual(['Stargate Atlantis', 'Supernatural']);
    expect(splitFandoms('Buffy / Angel; Firefly')).toEqual(['Buffy', 'Angel', 'Firefly']);
    expect(splitFandoms('Law & Order: SVU')).toEqual(['Law & Order: SVU']);
    expect(splitFandoms('Harry Potter.')).toEqual(['Harry Potter']);
    expect(splitFandoms('  ')).toEqual([]);
    expect(fandomKey('Pokémon')).toBe(fandomKey('POKEMON'));
  });

  it('lists fandoms with counts, in the most common spelling, no fandom last', () => {
    const more = [...ALL, story({ fandom: 'Pokémon' })];
    expect(listFandoms(more)).toEqual([
      { key: 'harry potter', name: 'Harry Potter', count: 1 },
      { key: 'pokemon', name: 'Pokémon', count: 3 },
      { key: 'stargate atlantis', name: 'Stargate Atlantis', count: 1 },
      { key: 'supernatural', name: 'Supernatural', count: 2 },
      { key: NO_FANDOM, name: '', count: 1 },
    ]);
    expect(buildLibraryIndex(more).fandoms).toEqual(listFandoms(more));
  });

  it('filters by fandom key; a crossover is in both', () => {
    const index = buildLibraryIndex(ALL);
    expect(ids(queryLibrary(index, { fandom: 'supernatural', sort: 'title' }))).toEqual(ids([LIB.cafe, LIB.cross]));
    expect(ids(queryLibrary(index, { fandom: 'stargate atlantis' }))).toEqual(ids([LIB.cross]));
    expect(ids(queryLibrary(index, { fandom: NO_FANDOM }))).toEqual(ids([LIB.none]));
    expect(ids(queryLibrary(index, { fandom: 'pokemon', text: 'gotta' }))).toEqual(ids([LIB.pika2]));
    expect(ids(filterStories(ALL, { fandom: 'pokemon' }))).toEqual(ids([LIB.pika, LIB.pika2]));
    expect(queryLibrary(index, { fandom: null })).toHaveLength(ALL.length);
  });

  it('groups by fandom, keeping the given order within a group', () => {
    const groups = groupByFandom(sortStories(ALL, 'lastRead'));
    expect(groups.map((g) => [g.name, ids(g.stories)])).toEqual([
      ['Harry Potter', ids([LIB.road])],
      ['Pokémon', ids([LIB.pika2, LIB.pika])],
      ['Stargate Atlantis', ids([LIB.cross])],
      ['Supernatural', ids([LIB.cafe, LIB.cross])],
      ['', ids([LIB.none])],
    ]);
    expect(groups[groups.length - 1]!.key).toBe(NO_FANDOM);
  });
});

describe('5,000 stories', () => {
  const FANDOMS = ['Harry Potter', 'Supernatural', 'Stargate Atlantis', 'Pokémon', 'Doctor Who', 'Merlin', 'Star Trek: AOS'];
  const PAIRS = ['Harry/Draco', 'Dean/Castiel', 'John/Rodney', 'Ten/Rose', 'Arthur/Merlin', 'Kirk/Spock'];
  const NAMES = ['Zoë', 'Ann', 'José', 'Kim', 'Björn', 'Mary'];
  const big: StorySummary[] = Array.from({ length: 5000 }, (_, i) =>
    story({
      id: `dreamwidth.org/archive_${i % 40}/${200000 + i}`,
      title: `${['The', 'A', 'Another'][i % 3]} ${['Quiet', 'Long', 'Bright', 'Café'][i % 4]} Night ${i}`,
      author: `${NAMES[i % NAMES.length]}_${i % 13}`,
      fandom: i % 50 === 0 ? `${FANDOMS[i % 7]}, ${FANDOMS[(i + 1) % 7]}` : FANDOMS[i % 7]!,
      pairing: PAIRS[i % 6]!,
      characters: i % 11 === 0 ? 'Pikachu' : '',
      summary: `Story ${i} of the big archive.`,
      wordCount: 500 + ((i * 7919) % 100000),
      lastRead: T0 + ((i * 104729) % 5000),
      addedAt: T0 + i,
      percent: i % 3 === 0 ? null : i % 3 === 1 ? 50 : 100,
    }),
  );
  const index = buildLibraryIndex(big);

  /** A slow, obvious reference: every word, folded, in one of the fields. */
  const reference = (text: string) => {
    const words = queryTerms(text);
    return big.filter((s) => {
      const fields = [s.title, s.author, s.fandom, s.pairing, s.characters, s.summary].map(foldText);
      return words.every((w) => fields.some((f) => f.includes(w)));
    });
  };

  it.each(['cafe', 'CAFÉ night', 'bjorn merlin', 'zoe dean castiel', 'pikachu pokemon', 'night 4999', 'star trek', 'nothing at all', ''])('search %j finds exactly what a full scan finds', (text) => {
    expect(ids(queryLibrary(index, { text, sort: 'title' })).sort()).toEqual(ids(reference(text)).sort());
  });

  it('sorts, filters and groups all of them correctly', () => {
    const byLength = queryLibrary(index, { sort: 'length' });
    expect(byLength).toHaveLength(5000);
    for (let i = 1; i < byLength.length; i++) expect(byLength[i - 1]!.wordCount).toBeGreaterThanOrEqual(byLength[i]!.wordCount);
    const byRead = queryLibrary(index, { sort: 'lastRead', text: 'merlin' });
    for (let i = 1; i < byRead.length; i++) expect(byRead[i - 1]!.lastRead).toBeGreaterThanOrEqual(byRead[i]!.lastRead);
    expect(queryLibrary(index, { status: 'not-started' })).toHaveLength(1667);
    expect(queryLibrary(index, { status: 'reading' })).toHaveLength(1667);
    expect(queryLibrary(index, { status: 'finished' })).toHaveLength(1666);
    const merlin = queryLibrary(index, { fandom: 'merlin' });
    expect(merlin.length).toBe(big.filter((s) => splitFandoms(s.fandom).includes('Merlin')).length);
    const groups = groupByFandom(big);
    expect(groups.map((g) => g.name)).toEqual([...FANDOMS].sort((a, b) => fandomKey(a).localeCompare(fandomKey(b))));
    expect(groups.reduce((n, g) => n + g.stories.length, 0)).toBe(5000 + 100);
    expect(index.fandoms.find((f) => f.key === 'pokemon')).toMatchObject({ name: 'Pokémon' });
  });
});

describe('a keystroke filters, it does not sort', () => {
  // queryLibrary keeps each order sorted once per index and narrows the last query's hits when the
  // new words only add to the old: the answers must be exactly those of filtering and sorting afresh.
  const FANDOMS = ['Harry Potter', 'Supernatural', 'Pokémon', 'Merlin'];
  const many = Array.from({ length: 400 }, (_, i) =>
    story({
      title: `${['Road', 'Harbour', 'Draco', 'Lantern'][i % 4]} ${i}`,
      author: `writer_${i % 37}`,
      fandom: FANDOMS[i % 4]!,
      pairing: i % 3 ? 'Harry/Draco' : 'Dean/Castiel',
      lastRead: T0 + ((i * 7919) % 400) * 1000,
      addedAt: T0 + ((i * 104729) % 400) * 1000,
      wordCount: 1000 + ((i * 31) % 50),
      percent: i % 5 === 0 ? null : i % 5 === 1 ? 100 : 40,
    }),
  );
  const reference = (q: { text: string; status: 'all' | 'reading' | 'finished'; fandom: string | null; sort: 'lastRead' | 'title' | 'length'; descending: boolean }) =>
    sortStories(searchStories(filterStories(many, { status: q.status, fandom: q.fandom }), q.text), q.sort, q.descending).map((s) => s.id);

  it('gives what filtering and sorting afresh gives, typing on, back, and with filters and sorts changed between keys', () => {
    const index = buildLibraryIndex(many);
    const steps: Parameters<typeof reference>[0][] = [];
    let q: Parameters<typeof reference>[0] = { text: '', status: 'all', fandom: null, sort: 'lastRead', descending: true };
    const type = (text: string) => {
      for (let i = 1; i <= text.length; i++) steps.push((q = { ...q, text: text.slice(0, i) }));
    };
    type('harry d');
    steps.push((q = { ...q, text: 'harry' }));
    type('harry dr');
    steps.push((q = { ...q, status: 'finished' }));
    steps.push((q = { ...q, text: 'harry dra' }));
    steps.push((q = { ...q, status: 'all', fandom: fandomKey('Merlin') }));
    steps.push((q = { ...q, sort: 'title', descending: false }));
    steps.push((q = { ...q, text: 'harry draco writer_3' }));
    steps.push((q = { ...q, text: 'writer_3' }));
    steps.push((q = { ...q, sort: 'length', descending: true, fandom: null, text: 'road' }));
    steps.push((q = { ...q, text: 'roa' }));
    steps.push((q = { ...q, text: 'road 1' }));
    let nonEmpty = 0;
    for (const step of steps) {
      const got = queryLibrary(index, step).map((s) => s.id);
      expect(got, JSON.stringify(step)).toEqual(reference(step));
      if (got.length) nonEmpty++;
    }
    expect(nonEmpty).toBeGreaterThan(steps.length / 2);
  });
});
