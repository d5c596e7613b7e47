// @vitest-environment jsdom
/**
 * The story list shared by the popup and the library page: what a row shows, search as you
 * type, sorts, filters, grouping, selection, keyboard, and windowing 5,000 stories.
 * (jsdom has no layout: the viewport is taken as 600 px tall.)
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createStoryList, type StoryListHandle, type StoryListOptions } from '../../components/story-list';
import type { LibraryItem } from '../../utils/library-data';

const NOW = Date.UTC(2025, 5, 15, 12);
const DAY = 86_400_000;
let n = 0;

function item(over: Partial<LibraryItem> = {}): LibraryItem {
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
    firstOpened: NOW - 30 * DAY,
    lastRead: NOW - 30 * DAY,
    addedAt: NOW - 30 * DAY,
    percent: null,
    positionUpdatedAt: null,
    positionPart: null,
    ...over,
  };
}

const LIB = {
  road: item({
    title: 'The Long Road Home',
    author: 'hpfan_writer',
    fandom: 'Harry Potter',
    pairing: 'Harry/Draco',
    characters: 'Hermione, Ron',
    summary: 'After the war, a long road.',
    rating: 'Teen',
    wordCount: 45000,
    partCount: 3,
    positionPart: 1,
    lastRead: NOW - 3 * DAY,
    addedAt: NOW - 20 * DAY,
    percent: 40,
    positionUpdatedAt: NOW - 3 * DAY,
  }),
  cafe: item({
    title: 'Café au Lait',
    author: 'Zoë_Writes',
    fandom: 'Supernatural',
    pairing: 'Dean/Castiel',
    summary: 'A coffee shop AU.',
    rating: 'General',
    wordCount: 3000,
    lastRead: NOW - 1 * DAY,
    addedAt: NOW - 10 * DAY,
    percent: 100,
    positionPart: 0,
    positionUpdatedAt: NOW - DAY,
  }),
  pika: item({
    title: 'electric dreams',
    author: 'ash_k',
    fandom: 'Pokémon',
    characters: 'Ash, Pikachu',
    summary: 'Naïve trainers.',
    rating: 'Explicit',
    wordCount: 800,
    lastRead: NOW - 9 * DAY,
    addedAt: NOW - 1 * DAY,
  }),
  cross: item({
    title: 'Jumping Coordinates',
    author: 'sga_spn',
    fandom: 'Stargate Atlantis, Supernatural',
    pairing: 'John/Rodney',
    summary: 'The Impala in the Pegasus galaxy.',
    rating: 'Mature',
    wordCount: 12000,
    partCount: 4,
    lastRead: NOW - 5 * DAY,
    addedAt: NOW - 5 * DAY,
    percent: 0,
  }),
  none: item({
    title: 'Drabble',
    author: 'anon',
    wordCount: 100,
    lastRead: NOW - 2 * DAY,
    addedAt: NOW - 15 * DAY,
    percent: 60,
    positionPart: 0,
    status: 'finished',
    positionUpdatedAt: NOW - 2 * DAY,
  }),
};
const ALL = Object.values(LIB);

let lists: StoryListHandle[] = [];
function mount(over: Partial<StoryListOptions> = {}, items: LibraryItem[] = ALL): StoryListHandle {
  const list = createStoryList({ variant: 'popup', onOpen: () => undefined, now: () => NOW, ...over });
  document.body.append(list.element);
  list.setStories(items);
  lists.push(list);
  return list;
}
beforeEach(() => {
  document.body.textContent = '';
});
afterEach(() => {
  for (const l of lists) l.destroy();
  lists = [];
});

const rows = (list: StoryListHandle) => Array.from(list.element.querySelectorAll<HTMLLIElement>('li.sl-row'));
const titles = (list: StoryListHandle) => rows(list).map((li) => li.querySelector('.sl-title')!.textContent);
const typeInto = (input: HTMLInputElement, text: string) => {
  input.value = text;
  input.dispatchEvent(new Event('input', { bubbles: true }));
};
const choose = (select: HTMLSelectElement, value: string) => {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
};
const control = <T extends HTMLElement>(list: StoryListHandle, label: string): T => {
  const l = Array.from(list.element.querySelectorAll('label')).find((x) => x.textContent === label);
  if (!l) throw new Error(`no control labelled ${label}`);
  return document.getElementById(l.htmlFor) as T;
};

describe('a row', () => {
  it('shows title, rating badge, author, fandom, pairing, parts read, percent and when last read', () => {
    const list = mount();
    const li = rows(list).find((r) => r.dataset.id === LIB.road.id)!;
    expect(li.tagName).toBe('LI');
    expect(li.querySelector('.sl-title')!.textContent).toBe('The Long Road Home');
    const badge = li.querySelector('.sl-badge')!;
    expect(badge.textContent).toBe('T');
    expect(badge.getAttribute('aria-label')).toBe('Rated Teen');
    expect(li.querySelector('.sl-author')!.textContent).toBe('hpfan_writer');
    expect(li.querySelector('.sl-fandom')!.textContent).toBe('Harry Potter');
    expect(li.querySelector('.sl-pairing')!.textContent).toBe('Harry/Draco');
    expect(li.querySelector('.sl-parts')!.textContent).toBe('1/3 parts');
    expect(li.querySelector('.sl-percent')!.textContent).toBe('40% read');
    expect(li.querySelector('.sl-when')!.textContent).toBe('read 3 days ago');
    expect(li.dataset.status).toBe('reading');
  });

  it('says finished / not started, and the title button is described by the row’s details', () => {
    const list = mount();
    const finished = rows(list).find((r) => r.dataset.id === LIB.none.id)!;
    expect(finished.querySelector('.sl-percent')!.textContent).toBe('Finished');
    expect(finished.querySelector('.sl-parts')!.textContent).toBe('1/1 part');
    const fresh = rows(list).find((r) => r.dataset.id === LIB.pika.id)!;
    expect(fresh.querySelector('.sl-percent')!.textContent).toBe('Not started');
    expect(fresh.querySelector('.sl-when')!.textContent).toBe('read 9 days ago');
    // Opened once, never scrolled: when it was added.
    expect(
      rows(list)
        .find((r) => r.dataset.id === LIB.cross.id)!
        .querySelector('.sl-when')!.textContent,
    ).toBe('added 5 days ago');
    const button = fresh.querySelector('.sl-title')!;
    for (const idRef of button.getAttribute('aria-describedby')!.split(' ')) expect(document.getElementById(idRef)).not.toBeNull();
  });

  it('keeps “when” fresh while open, without redrawing the rows', () => {
    vi.useFakeTimers();
    try {
      let t = NOW;
      const list = mount({ now: () => t });
      const li = rows(list).find((r) => r.dataset.id === LIB.road.id)!;
      expect(li.querySelector('.sl-when')!.textContent).toBe('read 3 days ago');
      t = NOW + 24 * 3_600_000;
      vi.advanceTimersByTime(60_000);
      expect(li.isConnected).toBe(true);
      expect(li.querySelector('.sl-when')!.textContent).toBe('read 4 days ago');
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps a row whose story shows the same when the list is given again (the database over the remembered first screen), and redraws one that changed', () => {
    const list = mount();
    const before = rows(list);
    // Copies, the summary left out as the remembered copy leaves it out; one story read further.
    const again = ALL.map((s) => (s === LIB.road ? { ...s, percent: 55 } : { ...s, summary: '' }));
    list.setStories(again, { partial: true });
    const after = rows(list);
    expect(after.length).toBe(before.length);
    for (const li of after) {
      const was = before.find((b) => b.dataset.id === li.dataset.id)!;
      if (li.dataset.id === LIB.road.id) {
        expect(li).not.toBe(was);
        expect(li.querySelector('.sl-percent')!.textContent).toBe('55% read');
      } else expect(li).toBe(was);
    }
    // The row's story is the one given last: opening it hands that one over.
    const opened: LibraryItem[] = [];
    const popup = mount({ onOpen: (s) => opened.push(s) });
    const first = rows(popup)[0];
    popup.setStories(ALL.map((s) => ({ ...s })));
    expect(rows(popup)[0]).toBe(first);
    first.querySelector<HTMLButtonElement>('.sl-title')!.click();
    expect(opened[0]).toEqual(popup.shown()[0]);
    expect(opened[0]).toBe(popup.shown()[0]);
  });

  it('puts text in as text, never markup', () => {
    const list = mount({}, [item({ title: '<img src=x onerror=alert(1)>', fandom: '<b>bold</b>' })]);
    expect(list.element.querySelector('img')).toBeNull();
    expect(list.element.querySelector('b')).toBeNull();
    expect(titles(list)).toEqual(['<img src=x onerror=alert(1)>']);
  });

  it('calls onOpen with the story when its title is clicked (popup)', () => {
    const onOpen = vi.fn();
    const list = mount({ onOpen });
    rows(list)
      .find((r) => r.dataset.id === LIB.cafe.id)!
      .querySelector<HTMLButtonElement>('.sl-title')!
      .click();
    expect(onOpen).toHaveBeenCalledWith(LIB.cafe);
  });

  it('links the title to the details and has an Open button in the library', () => {
    const onOpen = vi.fn();
    const list = mount({ variant: 'library', onOpen, detailsHref: (s) => `#story=${encodeURIComponent(s.id)}` });
    const li = rows(list).find((r) => r.dataset.id === LIB.road.id)!;
    expect(li.querySelector('a.sl-title')!.getAttribute('href')).toBe(`#story=${encodeURIComponent(LIB.road.id)}`);
    const open = li.querySelector<HTMLButtonElement>('.sl-open')!;
    expect(open.textContent).toBe('Continue');
    expect(open.getAttribute('aria-label')).toBe('Continue “The Long Road Home”');
    open.click();
    expect(onOpen).toHaveBeenCalledWith(LIB.road);
  });
});

describe('search, sort and filters', () => {
  it('lists the most recently read first by default', () => {
    expect(titles(mount())).toEqual(['Café au Lait', 'Drabble', 'The Long Road Home', 'Jumping Coordinates', 'electric dreams']);
  });

  it('filters as you type over title, author, fandom, pairing, characters and summary', async () => {
    const list = mount();
    await list.whenIndexed();
    const search = control<HTMLInputElement>(list, 'Search');
    const hits = (q: string) => (typeInto(search, q), titles(list));
    expect(hits('road')).toEqual(['The Long Road Home']);
    expect(hits('zoe')).toEqual(['Café au Lait']);
    expect(hits('supernatural')).toEqual(['Café au Lait', 'Jumping Coordinates']);
    expect(hits('john/rodney')).toEqual(['Jumping Coordinates']);
    expect(hits('pikachu')).toEqual(['electric dreams']);
    expect(hits('coffee shop')).toEqual(['Café au Lait']);
    expect(hits('nothing like this')).toEqual([]);
    expect(list.element.querySelector('.sl-empty')!.textContent).toMatch(/No stories match/);
    expect(list.element.querySelector('.sl-count')!.textContent).toBe('0 of 5 stories');
    expect(hits('')).toHaveLength(5);
    expect(list.element.querySelector('.sl-count')!.textContent).toBe('5 stories');
  });

  it('searches before the index is finished (it is completed on the spot)', () => {
    const list = mount();
    typeInto(control<HTMLInputElement>(list, 'Search'), 'road');
    expect(titles(list)).toEqual(['The Long Road Home']);
  });

  it('Escape clears a search', () => {
    const list = mount();
    const search = control<HTMLInputElement>(list, 'Search');
    typeInto(search, 'road');
    search.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(search.value).toBe('');
    expect(titles(list)).toHaveLength(5);
  });

  it('sorts by title, author, date added and length, either way', () => {
    const list = mount();
    const sort = control<HTMLSelectElement>(list, 'Sort by');
    const order = control<HTMLSelectElement>(list, 'Order');
    choose(sort, 'title');
    expect(titles(list)).toEqual(['Café au Lait', 'Drabble', 'electric dreams', 'Jumping Coordinates', 'The Long Road Home']);
    expect(order.options[0].textContent).toBe('A to Z');
    choose(order, 'reverse');
    expect(titles(list)).toEqual(['The Long Road Home', 'Jumping Coordinates', 'electric dreams', 'Drabble', 'Café au Lait']);
    choose(order, 'natural');
    choose(sort, 'author');
    expect(rows(list).map((r) => r.querySelector('.sl-author')!.textContent)).toEqual(['anon', 'ash_k', 'hpfan_writer', 'sga_spn', 'Zoë_Writes']);
    choose(sort, 'addedAt');
    expect(titles(list)[0]).toBe('electric dreams');
    expect(order.options[0].textContent).toBe('Newest first');
    choose(sort, 'length');
    expect(titles(list)).toEqual(['The Long Road Home', 'Jumping Coordinates', 'Café au Lait', 'electric dreams', 'Drabble']);
    choose(order, 'reverse');
    expect(titles(list)[0]).toBe('Drabble');
  });

  it('filters by status', () => {
    const list = mount();
    const status = control<HTMLSelectElement>(list, 'Status');
    choose(status, 'reading');
    expect(titles(list)).toEqual(['The Long Road Home']);
    choose(status, 'finished');
    expect(titles(list)).toEqual(['Café au Lait', 'Drabble']);
    choose(status, 'not-started');
    expect(titles(list)).toEqual(['Jumping Coordinates', 'electric dreams']);
  });

  it('filters by fandom, crossovers in each of theirs', async () => {
    const list = mount();
    await list.whenIndexed();
    const fandom = control<HTMLSelectElement>(list, 'Fandom');
    const options = Array.from(fandom.options).map((o) => o.textContent);
    expect(options).toEqual(['All fandoms', 'Harry Potter (1)', 'Pokémon (1)', 'Stargate Atlantis (1)', 'Supernatural (2)', 'No fandom given (1)']);
    choose(fandom, 'supernatural');
    expect(titles(list)).toEqual(['Café au Lait', 'Jumping Coordinates']);
    choose(fandom, '');
    expect(titles(list)).toEqual(['Drabble']);
  });

  it('groups by fandom in the library', async () => {
    const list = mount({ variant: 'library', groupable: true });
    await list.whenIndexed();
    const group = control<HTMLInputElement>(list, 'Group by fandom');
    group.checked = true;
    group.dispatchEvent(new Event('change', { bubbles: true }));
    const sequence = () => Array.from(list.element.querySelectorAll('li')).map((li) => (li.classList.contains('sl-group') ? `# ${li.textContent}` : li.querySelector('.sl-title')!.textContent));
    // The last row is below the view (jsdom: 600 px): drawn once the first frame is painted (the overscan).
    await vi.waitFor(() => expect(sequence()).toHaveLength(11));
    expect(sequence()).toEqual([
      '# Harry Potter (1)',
      'The Long Road Home',
      '# Pokémon (1)',
      'electric dreams',
      '# Stargate Atlantis (1)',
      'Jumping Coordinates',
      '# Supernatural (2)',
      'Café au Lait',
      'Jumping Coordinates',
      '# No fandom given (1)',
      'Drabble',
    ]);
  });

  it('draws only the rows in view in its first frame, the rows beyond the view once that frame is painted', async () => {
    const many = Array.from({ length: 40 }, (_, i) => ({ ...LIB.road, id: `dreamwidth.org/w/${i}`, title: `Story ${i}`, lastRead: NOW - i * DAY }));
    const list = mount({}, many);
    // jsdom: a viewport 600 px tall, rows 80 px: rows 0 to 7 in view.
    expect(titles(list)).toEqual(many.slice(0, 8).map((s) => s.title));
    await vi.waitFor(() => expect(rows(list)).toHaveLength(12));
    expect(titles(list)).toEqual(many.slice(0, 12).map((s) => s.title));
  });

  it('labels every control', () => {
    const list = mount({ variant: 'library', groupable: true, selectable: true });
    for (const el of Array.from(list.element.querySelectorAll<HTMLElement>('input, select, button, a'))) {
      const labelled = el.getAttribute('aria-label') || (el.id && list.element.querySelector(`label[for="${el.id}"]`)) || el.textContent?.trim();
      expect(labelled, el.outerHTML).toBeTruthy();
    }
    expect(list.element.querySelector('ul')!.getAttribute('aria-label')).toBe('Saved stories');
  });
});

describe('selection', () => {
  it('selects rows and all shown; a filter drops hidden stories from the selection', () => {
    const onSelectionChange = vi.fn();
    const list = mount({ variant: 'library', selectable: true, onSelectionChange });
    const box = (id: string) =>
      rows(list)
        .find((r) => r.dataset.id === id)!
        .querySelector<HTMLInputElement>('.sl-check')!;
    box(LIB.road.id).click();
    box(LIB.cafe.id).click();
    expect(list.selected().sort()).toEqual([LIB.road.id, LIB.cafe.id].sort());
    expect(onSelectionChange).toHaveBeenLastCalledWith(expect.arrayContaining([LIB.road.id, LIB.cafe.id]));
    const all = control<HTMLInputElement>(list, 'Select all 5 shown');
    expect(all.indeterminate).toBe(true);
    all.click();
    expect(list.selected()).toHaveLength(5);
    expect(list.element.querySelector('.sl-count')!.textContent).toBe('5 stories · 5 selected');
    typeInto(control<HTMLInputElement>(list, 'Search'), 'road');
    expect(list.selected()).toEqual([LIB.road.id]);
  });
});

describe('keyboard', () => {
  it('moves between rows with the arrow keys, Home and End', () => {
    const list = mount();
    const first = rows(list)[0].querySelector<HTMLElement>('.sl-title')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    expect(document.activeElement!.textContent).toBe('Drabble');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    expect(document.activeElement!.textContent).toBe('electric dreams');
    document.activeElement!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Home', bubbles: true }));
    expect(document.activeElement!.textContent).toBe('Café au Lait');
  });
});

describe('5,000 stories', () => {
  const FANDOMS = ['Harry Potter', 'Supernatural', 'Stargate Atlantis', 'Pokémon', 'Star Trek', 'Merlin', 'Sherlock', 'Teen Wolf'];
  const many = Array.from({ length: 5000 }, (_, i) =>
    item({
      id: `livejournal.com/w${i}/${i}`,
      title: `Story ${String(i).padStart(4, '0')} of the long road`,
      author: `writer_${i % 700}`,
      fandom: FANDOMS[i % FANDOMS.length] + (i % 13 === 0 ? `, ${FANDOMS[(i + 3) % FANDOMS.length]}` : ''),
      pairing: i % 2 ? 'Harry/Draco' : 'Dean/Castiel',
      summary: 'A summary that goes on for a while about things happening to people. '.repeat(3),
      lastRead: NOW - i * 60_000,
      addedAt: NOW - i * 120_000,
      percent: i % 3 ? 50 : null,
      partCount: 3,
      positionPart: i % 3 ? 1 : null,
    }),
  );

  it('renders only the rows in view, and the right ones when scrolled', async () => {
    const list = mount({}, many);
    const li = list.element.querySelectorAll('li');
    expect(li.length).toBeGreaterThan(5);
    expect(li.length).toBeLessThan(30);
    expect(li[0].getAttribute('aria-setsize')).toBe('5000');
    expect(li[0].getAttribute('aria-posinset')).toBe('1');
    expect(list.element.querySelector('.sl-count')!.textContent).toBe('5,000 stories');
    const viewport = list.virtualList.element;
    viewport.scrollTop = 2500 * 80;
    viewport.dispatchEvent(new Event('scroll'));
    const shown = rows(list).map((r) => Number(r.getAttribute('aria-posinset')));
    expect(shown).toContain(2501);
    expect(shown.length).toBeLessThan(30);
    expect(
      rows(list)
        .find((r) => r.getAttribute('aria-posinset') === '2501')!
        .querySelector('.sl-title')!.textContent,
    ).toBe('Story 2500 of the long road');
    // DOM order is list order (Tab follows it).
    expect(shown).toEqual([...shown].sort((a, b) => a - b));
    await list.whenIndexed();
    expect(list.element.dataset.indexed).toBe('true');
  });

  it('keeps the focused row when it scrolls out of view', () => {
    const list = mount({}, many);
    const first = rows(list)[0].querySelector<HTMLElement>('.sl-title')!;
    first.focus();
    list.virtualList.element.scrollTop = 4000 * 80;
    list.virtualList.element.dispatchEvent(new Event('scroll'));
    expect(document.activeElement).toBe(first);
    expect(first.isConnected).toBe(true);
    expect(rows(list).length).toBeLessThan(31);
  });

  it('searches 5,000 stories per keystroke with a bounded DOM', async () => {
    const list = mount({}, many);
    await list.whenIndexed();
    const search = control<HTMLInputElement>(list, 'Search');
    // Keystroke time is the bench's (library section, in Chromium, ratios in one run); here: each
    // keystroke's list is right and the DOM stays bounded.
    for (const q of ['h', 'ha', 'har', 'harr', 'harry', 'harry d', 'harry dr']) {
      typeInto(search, q);
      expect(list.element.querySelectorAll('li').length).toBeLessThan(30);
    }
    expect(list.element.querySelector('.sl-count')!.textContent).toBe('2,500 of 5,000 stories');
  });

  it('draws the first screen without building the index first', () => {
    // How fast is the bench's to say (library section, in Chromium); here: the rows are drawn before,
    // and without, the search index.
    const list = mount({}, many);
    expect(list.element.dataset.indexed).toBeUndefined();
    expect(rows(list)[0].querySelector('.sl-title')!.textContent).toBe('Story 0000 of the long road');
    expect(rows(list).length).toBeLessThan(31);
  });
});
