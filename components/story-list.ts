/**
 * The story list shared by the popup and the library page: a search box that filters as you
 * type, sort and order, status and fandom filters, optional grouping by fandom and selection,
 * and a windowed list of stories (components/virtual-list.ts) so thousands stay fast.
 *
 * Speed with 5,000 stories: the first screen is drawn from the items as given (sorted by last
 * read without folding any text), while the search index (utils/library.ts, which folds every
 * story's text) is built in small slices between frames. A keystroke is then one
 * `queryLibrary` over the index and a re-render of the ~20 rows in view. If a search or filter is
 * used before the index is finished, the rest is built at once.
 *
 * All text goes in through textContent / attributes (the `h` builder): never markup.
 */

import type { StoryStatus } from '../utils/db';
import { buildLibraryIndex, DEFAULT_DESCENDING, fandomKeysOf, groupByFandom, type LibraryIndex, listFandoms, NO_FANDOM, newPartsFirst, queryLibrary, type SortKey, statusOf } from '../utils/library';
import { mergeChangedStories } from '../utils/library-changes';
import { type LibraryItem, partsRead } from '../utils/library-data';
import { formatCount, formatPercent, plural, ratingBadge, STATUS_LABEL, timeAgo } from './library-format';
import { h } from './reader/dom';
import { createVirtualList, type VirtualList } from './virtual-list';

export type StatusFilter = StoryStatus | 'all';

export interface ListState {
  text: string;
  sort: SortKey;
  /** true: the sort's natural order (newest, longest first; A→Z); false: reversed. */
  natural: boolean;
  status: StatusFilter;
  /** A fandom key, NO_FANDOM for stories naming none, null for all. */
  fandom: string | null;
  grouped: boolean;
}

export const DEFAULT_LIST_STATE: ListState = { text: '', sort: 'lastRead', natural: true, status: 'all', fandom: null, grouped: false };

export interface StoryListOptions {
  variant: 'popup' | 'library';
  /** Accessible name of the list. */
  label?: string;
  /** Continue reading (popup: the title; library: the Open button). */
  onOpen(item: LibraryItem): void;
  /** Library: the link to a story's details (the title links there). */
  detailsHref?(item: LibraryItem): string;
  /** Library: "Download EPUB" and "Download HTML" on each row. */
  onDownload?(item: LibraryItem, format: 'epub' | 'html'): void;
  /** Checkboxes for bulk actions. */
  selectable?: boolean;
  onSelectionChange?(ids: string[]): void;
  /** A "Group by fandom" switch. */
  groupable?: boolean;
  /** Shown when there are no stories at all. */
  emptyText?: string;
  now?(): number;
  initialState?: Partial<ListState>;
  onStateChange?(state: ListState): void;
  /** Sort and filters folded under a "Sort and filter" disclosure (the popup). */
  compact?: boolean;
  /** Row height in px (default: 80 popup, 88 library). */
  rowHeight?: number;
  /** Items folded per slice while building the index in the background. */
  indexSlice?: number;
}

export interface StoryListHandle {
  readonly element: HTMLElement;
  /** The bar under the controls with the count (and "select all"): room for a page's own buttons. */
  readonly summary: HTMLElement;
  readonly virtualList: VirtualList<Row>;
  /**
   * Shows these stories. `partial`: only the first screen (the rest follows); the index is not
   * built for it.
   */
  setStories(items: LibraryItem[], opts?: { partial?: boolean }): void;
  /**
   * Puts these stories in place of the ones with their ids (new ones join) and takes out `removed`:
   * only their rows are drawn again; search, filters, scroll, focus and selection stay.
   */
  updateStories(changed: readonly LibraryItem[], removed?: readonly string[]): void;
  state(): ListState;
  setState(next: Partial<ListState>): void;
  /** The stories the current search and filters show, in order. */
  shown(): LibraryItem[];
  /** All stories given. */
  all(): LibraryItem[];
  selected(): string[];
  setSelected(ids: Iterable<string>): void;
  clearSelection(): void;
  /** Resolves once the search index covers every story given. */
  whenIndexed(): Promise<void>;
  focusSearch(): void;
  /** Re-renders the rows in view (e.g. so "3 days ago" is fresh). */
  refresh(): void;
  destroy(): void;
}

export type Row = { kind: 'story'; item: LibraryItem; group: string | null } | { kind: 'group'; key: string; name: string; count: number };

type Index = LibraryIndex<LibraryItem>;
type IndexEntry = Index['entries'][number];

let uid = 0;

const SORTS: [SortKey, string][] = [
  ['lastRead', 'Last read'],
  ['title', 'Title'],
  ['author', 'Author'],
  ['addedAt', 'Date added'],
  ['length', 'Length'],
];

const ORDER_LABELS: Record<SortKey, [string, string]> = {
  lastRead: ['Most recent first', 'Least recent first'],
  title: ['A to Z', 'Z to A'],
  author: ['A to Z', 'Z to A'],
  addedAt: ['Newest first', 'Oldest first'],
  length: ['Longest first', 'Shortest first'],
};

const STATUSES: [StatusFilter, string][] = [
  ['all', 'All'],
  ['reading', 'Reading'],
  ['finished', 'Finished'],
  ['not-started', 'Not started'],
];

const ALL_FANDOMS = '\u0000all';

const schedule: (cb: () => void) => void =
  typeof MessageChannel !== 'undefined'
    ? (() => {
        // A macrotask without setTimeout's clamping: lets frames and input in between slices.
        const ch = new MessageChannel();
        const queue: (() => void)[] = [];
        ch.port1.onmessage = () => queue.shift()?.();
        return (cb: () => void) => {
          queue.push(cb);
          ch.port2.postMessage(0);
        };
      })()
    : (cb) => setTimeout(cb, 0);

function mark(name: string): void {
  try {
    performance.mark(name);
  } catch {
    /* no performance timeline */
  }
}

/**
 * Whether two items draw the same row: every field equal but the summary, which no row shows (the
 * remembered first screen leaves it out). Items are flat (utils/library-data.ts), so a shallow look is whole.
 */
function sameRow(a: LibraryItem, b: LibraryItem): boolean {
  if (a === b) return true;
  const ka = Object.keys(a) as (keyof LibraryItem)[];
  if (ka.length !== Object.keys(b).length) return false;
  for (const k of ka) if (k !== 'summary' && (!Object.hasOwn(b, k) || !Object.is(a[k], b[k]))) return false;
  return true;
}

/** How much taller a row is under a finger: its title and buttons 44 px instead of about 28. */
const TOUCH_ROW_EXTRA = 24;

export function createStoryList(opts: StoryListOptions): StoryListHandle {
  const id = `sl${++uid}`;
  const now = opts.now ?? (() => Date.now());
  const library = opts.variant === 'library';
  // Under a finger the row's controls are 44 px tall (ui.css): a taller row. A touch screen can come and go
  // (a convertible, the browser's device emulation): the rows follow.
  const finger = typeof matchMedia === 'function' ? matchMedia('(pointer: coarse)') : null;
  const rowHeightFor = (coarse: boolean) => (opts.rowHeight ?? (library ? 88 : 80)) + (coarse ? TOUCH_ROW_EXTRA : 0);
  let rowHeight = rowHeightFor(!!finger?.matches);
  const onPointerChange = () => {
    rowHeight = rowHeightFor(!!finger?.matches);
    vlist.setItems(vlist.items(), { keepScroll: true });
  };
  finger?.addEventListener('change', onPointerChange);
  const groupHeight = 40;
  let state: ListState = { ...DEFAULT_LIST_STATE, ...(opts.initialState ?? {}) };
  if (!opts.groupable) state.grouped = false;

  let items: LibraryItem[] = [];
  let partial = false;
  let index: Index | null = null;
  let building: { entries: IndexEntry[]; next: number; generation: number } | null = null;
  let generation = 0;
  let indexWaiters: (() => void)[] = [];
  let fandomKeys = new Map<string, string[]>();
  let shown: LibraryItem[] = [];
  const selection = new Set<string>();

  // --- controls -------------------------------------------------------------------------------

  const root = h('div', { class: `sl sl--${opts.variant}` });
  const controls = h('div', { class: 'sl-controls', role: 'search' });

  const searchId = `${id}-q`;
  const search = h('input', {
    type: 'search',
    id: searchId,
    class: 'sl-search',
    placeholder: 'Title, author, fandom, pairing…',
    autocomplete: 'off',
    spellcheck: 'false',
    value: state.text,
  });
  const searchWrap = h('div', { class: 'sl-field sl-field--search' }, h('label', { for: searchId }, 'Search'), search);

  const select = (label: string, key: string, options: [string, string][], value: string) => {
    const sid = `${id}-${key}`;
    const el = h('select', { id: sid, class: `sl-${key}` });
    for (const [v, text] of options) el.append(h('option', { value: v, selected: v === value }, text));
    el.value = value;
    return { el, wrap: h('div', { class: `sl-field sl-field--${key}` }, h('label', { for: sid }, label), el) };
  };
  const sort = select('Sort by', 'sort', SORTS, state.sort);
  const order = select(
    'Order',
    'order',
    [
      ['natural', ORDER_LABELS[state.sort][0]],
      ['reverse', ORDER_LABELS[state.sort][1]],
    ],
    state.natural ? 'natural' : 'reverse',
  );
  const status = select('Status', 'status', STATUSES, state.status);
  const fandom = select('Fandom', 'fandom', [[ALL_FANDOMS, 'All fandoms']], state.fandom ?? ALL_FANDOMS);
  // The popup folds sort and filters away under a disclosure; the library shows them.
  const more = opts.compact ? h('details', { class: 'sl-more' }) : null;
  const moreSummary = h('summary', { class: 'sl-more-summary' }, 'Sort and filter');
  const filters = h('div', { class: 'sl-filters' }, sort.wrap, order.wrap, status.wrap, fandom.wrap);
  if (more) {
    more.append(moreSummary, filters);
    controls.append(searchWrap, more);
  } else controls.append(searchWrap, filters);

  let group: HTMLInputElement | null = null;
  if (opts.groupable) {
    const gid = `${id}-group`;
    group = h('input', { type: 'checkbox', id: gid, checked: state.grouped });
    filters.append(h('div', { class: 'sl-field sl-field--check' }, group, h('label', { for: gid }, 'Group by fandom')));
  }
  root.append(controls);

  const updateMoreSummary = () => {
    if (!more) return;
    const active = (state.sort !== 'lastRead' || !state.natural ? 1 : 0) + (state.status !== 'all' ? 1 : 0) + (state.fandom !== null ? 1 : 0);
    moreSummary.textContent = active ? `Sort and filter (${active} changed)` : 'Sort and filter';
  };
  updateMoreSummary();

  const summaryBar = h('div', { class: 'sl-summary' });
  const count = h('p', { class: 'sl-count', id: `${id}-count` });
  const live = h('p', { class: 'visually-hidden', role: 'status', 'aria-live': 'polite' });
  let selectAll: HTMLInputElement | null = null;
  let selectAllLabel: HTMLLabelElement | null = null;
  if (opts.selectable) {
    const aid = `${id}-all`;
    selectAll = h('input', { type: 'checkbox', id: aid, class: 'sl-select-all' });
    selectAllLabel = h('label', { for: aid }, 'Select all shown');
    summaryBar.append(h('div', { class: 'sl-field sl-field--check' }, selectAll, selectAllLabel));
  }
  summaryBar.append(count, live);
  root.append(summaryBar);

  // --- rows -----------------------------------------------------------------------------------

  let rowSeq = 0;
  const renderStory = (row: Extract<Row, { kind: 'story' }>): HTMLLIElement => {
    const s = row.item;
    const st = statusOf(s);
    const li = h('li', { class: `sl-row sl-row--${st}`, 'data-id': s.id, 'data-status': st, 'data-percent': s.percent ?? 0 });
    // Not the index: a kept row moves to another index (updateStories) and its ids must stay unique.
    const rid = `${id}-r${++rowSeq}`;
    const metaId = `${rid}-meta`;
    const progId = `${rid}-prog`;
    const top = h('div', { class: 'sl-top' });
    if (opts.selectable) {
      const cb = h('input', {
        type: 'checkbox',
        class: 'sl-check',
        'data-nav': 'select',
        'data-action': 'select',
        'aria-label': `Select “${s.title}”`,
        checked: selection.has(s.id),
      });
      // The label is the finger's target (44 px under a coarse pointer), the box stays its size.
      top.append(h('label', { class: 'sl-check-hit' }, cb));
    }
    const badge = ratingBadge(s.rating);
    top.append(h('span', { class: `sl-badge sl-badge--${badge.cls}`, title: badge.long, role: 'img', 'aria-label': badge.long }, badge.short));
    const titleId = `${rid}-title`;
    const title =
      library && opts.detailsHref
        ? h('a', { class: 'sl-title', id: titleId, href: opts.detailsHref(s), 'data-nav': 'title', 'aria-describedby': `${metaId} ${progId}` }, s.title || 'Untitled')
        : h(
            'button',
            { type: 'button', class: 'sl-title', 'data-nav': 'title', 'data-action': 'open', 'aria-describedby': `${metaId} ${progId}`, title: 'Open where you stopped' },
            s.title || 'Untitled',
          );
    top.append(title);
    if (library) {
      const verb = st === 'reading' ? 'Continue' : st === 'finished' ? 'Reread' : 'Start';
      top.append(h('button', { type: 'button', class: 'sl-open', 'data-nav': 'open', 'data-action': 'open', 'aria-label': `${verb} “${s.title}”` }, verb));
      // The contract's names exactly; the row's title is their description.
      if (opts.onDownload) {
        for (const format of ['epub', 'html'] as const) {
          const name = format.toUpperCase();
          top.append(
            h(
              'button',
              {
                type: 'button',
                class: 'sl-download',
                'data-nav': format,
                'data-action': 'download',
                'data-format': format,
                'aria-label': `Download ${name}`,
                'aria-describedby': titleId,
                title: `Download “${s.title}” as ${name}`,
              },
              name,
            ),
          );
        }
      }
    }
    li.append(top);

    const meta = h('p', { class: 'sl-meta', id: metaId });
    meta.append('by ', h('span', { class: 'sl-author' }, s.author || 'unknown'));
    if (s.fandom) meta.append(' · ', h('span', { class: 'sl-fandom' }, s.fandom));
    if (s.pairing) meta.append(' · ', h('span', { class: 'sl-pairing' }, s.pairing));
    li.append(meta);

    const prog = h('p', { class: 'sl-progress', id: progId });
    const bar = h('span', { class: 'sl-bar', 'aria-hidden': 'true' });
    const fill = h('span', { class: 'sl-bar-fill' });
    const pct = st === 'finished' ? 100 : st === 'not-started' ? 0 : Math.floor(s.percent ?? 0);
    fill.style.width = `${pct}%`;
    bar.append(fill);
    const progress =
      st === 'reading'
        ? `${formatPercent(s.percent)} read`
        : st === 'finished'
          ? STATUS_LABEL.finished
          : s.percent
            ? `${STATUS_LABEL['not-started']} (${formatPercent(s.percent)})`
            : STATUS_LABEL['not-started'];
    prog.append(
      bar,
      h('span', { class: 'sl-percent' }, progress),
      ' · ',
      h('span', { class: 'sl-parts' }, `${partsRead(s)}/${s.partCount} ${s.partCount === 1 ? 'part' : 'parts'}`),
      ...(s.newParts ? [' · ', h('span', { class: 'sl-new' }, plural(s.newParts, 'new part', 'new parts'))] : []),
      ' · ',
      h('span', { class: 'sl-when' }, whenText(s)),
    );
    li.append(prog);
    return li;
  };

  const renderGroup = (row: Extract<Row, { kind: 'group' }>): HTMLLIElement => {
    const li = h('li', { class: 'sl-group' });
    li.append(h('h3', { class: 'sl-group-name' }, row.name || 'No fandom given', h('span', { class: 'sl-group-count' }, ` (${formatCount(row.count)})`)));
    return li;
  };

  const vlist = createVirtualList<Row>({
    label: opts.label ?? 'Saved stories',
    heightOf: (r) => (r.kind === 'group' ? groupHeight : rowHeight),
    keyOf: (r) => (r.kind === 'group' ? `g:${r.key}` : `s:${r.group ?? ''}:${r.item.id}`),
    render: (r) => (r.kind === 'group' ? renderGroup(r) : renderStory(r)),
    // A row shows its item (and selection, redrawn through refresh()): the same item, or one that shows the
    // same (the database's first screen over the remembered one, the whole list over the first screen), the same row.
    same: (a, b) => (a.kind === 'story' ? b.kind === 'story' && sameRow(a.item, b.item) : b.kind === 'group' && a.name === b.name && a.count === b.count),
    overscan: 4,
  });
  vlist.element.classList.add('sl-viewport');
  vlist.list.classList.add('sl-list');
  const empty = h('p', { class: 'sl-empty', hidden: true });
  root.append(vlist.element, empty);

  // --- index ----------------------------------------------------------------------------------

  function finishIndex(entries: IndexEntry[]) {
    const fandoms = listFandoms(items);
    const before = index?.fandoms;
    index = { entries, fandoms };
    fandomKeys = new Map(entries.map((e) => [e.story.id, e.fandomKeys]));
    building = null;
    // The menu drawn again only when it changed (a live update seldom changes it).
    if (!before || JSON.stringify(before) !== JSON.stringify(fandoms)) fillFandoms();
    root.dataset.indexed = 'true';
    mark('inkwell:library-indexed');
    const waiters = indexWaiters;
    indexWaiters = [];
    for (const w of waiters) w();
  }

  function buildSlice(gen: number) {
    if (!building || building.generation !== gen) return;
    const slice = opts.indexSlice ?? 200;
    const started = performance.now();
    // About 8 ms of work per slice, then give the browser a turn.
    while (building.next < items.length && performance.now() - started < 8) {
      const chunk = items.slice(building.next, building.next + slice);
      for (const e of buildLibraryIndex(chunk).entries) building.entries.push(e);
      building.next += chunk.length;
    }
    if (building.next >= items.length) {
      finishIndex(building.entries);
      apply({ keepScroll: true });
      // Warm the search path once while idle, so the first real keystroke is not the one that pays
      // for the engine's first compile of it.
      schedule(() => {
        if (gen === generation && index) queryLibrary(index, { text: 'e', sort: state.sort });
      });
    } else schedule(() => buildSlice(gen));
  }

  /** The whole index, now (finishing a build in progress synchronously). */
  function ensureIndex(): Index {
    if (index) return index;
    const entries = building?.entries ?? [];
    const from = building?.next ?? 0;
    if (from < items.length) for (const e of buildLibraryIndex(items.slice(from)).entries) entries.push(e);
    finishIndex(entries);
    return index!;
  }

  function fillFandoms() {
    const keep = state.fandom;
    const el = fandom.el;
    el.textContent = '';
    el.append(h('option', { value: ALL_FANDOMS }, 'All fandoms'));
    let known = keep === null;
    for (const f of index?.fandoms ?? []) {
      el.append(h('option', { value: f.key }, `${f.key === NO_FANDOM ? 'No fandom given' : f.name} (${formatCount(f.count)})`));
      if (f.key === keep) known = true;
    }
    if (!known) state.fandom = null;
    el.value = state.fandom ?? ALL_FANDOMS;
  }

  // --- query ----------------------------------------------------------------------------------

  const isDefaultQuery = () => state.text.trim() === '' && state.status === 'all' && state.fandom === null && state.sort === 'lastRead' && state.natural && !state.grouped;

  /** Newest first by last read, without folding anything (ties: by id, as stable as it gets). */
  function quickRecent(list: LibraryItem[]): LibraryItem[] {
    return [...list].sort((a, b) => newPartsFirst(a, b) || b.lastRead - a.lastRead || (a.title < b.title ? -1 : a.title > b.title ? 1 : a.id < b.id ? -1 : 1));
  }

  function query(): LibraryItem[] {
    if (!index && isDefaultQuery()) return quickRecent(items);
    const ix = partial ? buildLibraryIndex(items) : ensureIndex();
    return queryLibrary(ix, {
      text: state.text,
      status: state.status,
      fandom: state.fandom,
      sort: state.sort,
      descending: state.natural ? DEFAULT_DESCENDING[state.sort] : !DEFAULT_DESCENDING[state.sort],
    });
  }

  function rowsFor(list: LibraryItem[]): Row[] {
    if (!state.grouped) return list.map((item) => ({ kind: 'story', item, group: null }));
    const ix = index ?? (partial ? buildLibraryIndex(items) : ensureIndex());
    const rows: Row[] = [];
    for (const g of groupByFandom(list, { fandoms: ix.fandoms, keysOf: (s) => fandomKeys.get(s.id) ?? fandomKeysOf(s.fandom) })) {
      rows.push({ kind: 'group', key: g.key, name: g.name, count: g.stories.length });
      for (const item of g.stories) rows.push({ kind: 'story', item, group: g.key });
    }
    return rows;
  }

  let liveTimer: ReturnType<typeof setTimeout> | undefined;

  function updateCount() {
    const total = items.length;
    const text = total === 0 ? 'No stories saved yet' : shown.length === total ? plural(total, 'story', 'stories') : `${formatCount(shown.length)} of ${plural(total, 'story', 'stories')}`;
    const sel = opts.selectable && selection.size ? ` · ${formatCount(selection.size)} selected` : '';
    count.textContent = text + sel;
    // Announce after typing pauses, not on every key.
    clearTimeout(liveTimer);
    liveTimer = setTimeout(() => (live.textContent = text + sel), 600);
  }

  function updateSelectAll() {
    if (!selectAll || !selectAllLabel) return;
    const n = shown.length;
    let chosen = 0;
    for (const s of shown) if (selection.has(s.id)) chosen++;
    selectAll.checked = n > 0 && chosen === n;
    selectAll.indeterminate = chosen > 0 && chosen < n;
    selectAll.disabled = n === 0;
    selectAllLabel.textContent = `Select all ${formatCount(n)} shown`;
  }

  function apply(o: { keepScroll?: boolean } = {}) {
    shown = query();
    // Selection follows what is shown: a bulk action never touches a story you cannot see.
    if (selection.size) {
      const visible = new Set(shown.map((s) => s.id));
      let changed = false;
      for (const sid of [...selection]) if (!visible.has(sid)) selection.delete(sid), (changed = true);
      if (changed) opts.onSelectionChange?.([...selection]);
    }
    vlist.setItems(rowsFor(shown), { keepScroll: o.keepScroll });
    empty.hidden = shown.length > 0;
    empty.textContent = items.length === 0 ? (opts.emptyText ?? 'No saved stories yet.') : 'No stories match your search and filters.';
    vlist.element.hidden = shown.length === 0;
    updateCount();
    updateSelectAll();
  }

  const changed = () => {
    updateMoreSummary();
    opts.onStateChange?.({ ...state });
    apply();
  };

  search.addEventListener('input', () => {
    state.text = search.value;
    changed();
  });
  // Escape in a non-empty search box clears it (and stays in the box).
  search.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && search.value) {
      e.stopPropagation();
      e.preventDefault();
      search.value = '';
      state.text = '';
      changed();
    }
  });
  sort.el.addEventListener('change', () => {
    state.sort = sort.el.value as SortKey;
    const [a, b] = ORDER_LABELS[state.sort];
    order.el.options[0].textContent = a;
    order.el.options[1].textContent = b;
    changed();
  });
  order.el.addEventListener('change', () => {
    state.natural = order.el.value === 'natural';
    changed();
  });
  status.el.addEventListener('change', () => {
    state.status = status.el.value as StatusFilter;
    changed();
  });
  fandom.el.addEventListener('change', () => {
    state.fandom = fandom.el.value === ALL_FANDOMS ? null : fandom.el.value;
    changed();
  });
  group?.addEventListener('change', () => {
    state.grouped = group!.checked;
    changed();
  });
  selectAll?.addEventListener('change', () => {
    if (selectAll!.checked) for (const s of shown) selection.add(s.id);
    else for (const s of shown) selection.delete(s.id);
    vlist.refresh();
    updateCount();
    updateSelectAll();
    opts.onSelectionChange?.([...selection]);
  });

  const rowItem = (el: Element): LibraryItem | null => {
    const i = vlist.indexOf(el);
    const row = i >= 0 ? vlist.items()[i] : undefined;
    return row && row.kind === 'story' ? row.item : null;
  };

  vlist.list.addEventListener('click', (e) => {
    const download = (e.target as Element).closest<HTMLElement>('[data-action="download"]');
    if (download) {
      const item = rowItem(download);
      if (item) opts.onDownload?.(item, download.dataset.format === 'html' ? 'html' : 'epub');
      return;
    }
    const target = (e.target as Element).closest('[data-action="open"]');
    if (!target) return;
    const item = rowItem(target);
    if (item) opts.onOpen(item);
  });
  vlist.list.addEventListener('change', (e) => {
    const target = e.target as HTMLInputElement;
    if (target.dataset.action !== 'select') return;
    const item = rowItem(target);
    if (!item) return;
    if (target.checked) selection.add(item.id);
    else selection.delete(item.id);
    // A crossover is listed once per fandom when grouped: keep its other boxes in step.
    if (state.grouped) vlist.refresh();
    updateCount();
    updateSelectAll();
    opts.onSelectionChange?.([...selection]);
  });

  const whenText = (s: LibraryItem) => (s.positionUpdatedAt || s.lastRead !== s.addedAt ? `read ${timeAgo(s.lastRead, now())}` : `added ${timeAgo(s.addedAt, now())}`);
  // Keep "3 days ago" honest while the page stays open: the texts in place, no row redrawn.
  const clock = setInterval(() => {
    for (const li of Array.from(vlist.list.children) as HTMLElement[]) {
      const row = vlist.items()[Number(li.dataset.index)];
      const when = li.querySelector('.sl-when');
      if (row?.kind === 'story' && when) when.textContent = whenText(row.item);
    }
  }, 60_000);

  const handle: StoryListHandle = {
    element: root,
    summary: summaryBar,
    virtualList: vlist,
    setStories(next, o = {}) {
      generation++;
      items = next;
      partial = !!o.partial;
      index = null;
      building = null;
      delete root.dataset.indexed;
      if (!partial) {
        building = { entries: [], next: 0, generation };
        const gen = generation;
        if (items.length <= (opts.indexSlice ?? 200)) buildSlice(gen);
        else schedule(() => buildSlice(gen));
      }
      apply({ keepScroll: true });
    },
    updateStories(changed, removed = []) {
      if (!changed.length && !removed.length) return;
      items = mergeChangedStories(items, changed, removed);
      if (index) {
        // The index patched for these stories only: folding 5,000 stories again is what a keystroke must not wait for.
        const ids = new Set([...changed.map((s) => s.id), ...removed]);
        const entries = index.entries.filter((e) => !ids.has(e.story.id));
        for (const e of buildLibraryIndex(changed).entries) entries.push(e);
        finishIndex(entries);
      } else if (building) {
        // Mid-build: begin again over the new list (the slices still run between frames).
        generation++;
        building = { entries: [], next: 0, generation };
        const gen = generation;
        schedule(() => buildSlice(gen));
      }
      apply({ keepScroll: true });
    },
    state: () => ({ ...state }),
    setState(next) {
      state = { ...state, ...next };
      if (!opts.groupable) state.grouped = false;
      search.value = state.text;
      sort.el.value = state.sort;
      order.el.value = state.natural ? 'natural' : 'reverse';
      status.el.value = state.status;
      fandom.el.value = state.fandom ?? ALL_FANDOMS;
      if (group) group.checked = state.grouped;
      const [a, b] = ORDER_LABELS[state.sort];
      order.el.options[0].textContent = a;
      order.el.options[1].textContent = b;
      updateMoreSummary();
      apply();
    },
    shown: () => shown,
    all: () => items,
    selected: () => [...selection],
    setSelected(ids) {
      selection.clear();
      const visible = new Set(shown.map((s) => s.id));
      for (const sid of ids) if (visible.has(sid)) selection.add(sid);
      vlist.refresh();
      updateCount();
      updateSelectAll();
      opts.onSelectionChange?.([...selection]);
    },
    clearSelection() {
      handle.setSelected([]);
    },
    whenIndexed() {
      if (index || partial) return Promise.resolve();
      return new Promise((r) => indexWaiters.push(r));
    },
    focusSearch: () => search.focus(),
    refresh: () => vlist.refresh(),
    destroy() {
      generation++;
      clearInterval(clock);
      clearTimeout(liveTimer);
      finger?.removeEventListener('change', onPointerChange);
      vlist.destroy();
      root.remove();
    },
  };
  return handle;
}
