/**
 * "These stories changed": how an open popup or library page learns that a tab saved a story or
 * moved a reading position, so it updates those rows in place instead of reading the whole list.
 *
 * A BroadcastChannel of the extension's own origin, posted by db.ts's writes (wherever they run:
 * the background for the overlay, the reader page, the library itself), not a marker in
 * `storage.onChanged`: a position is saved every few seconds while reading, and a channel costs
 * no disk write per save and carries the story ids with it; and it reaches exactly the
 * extension's own pages and background (same origin), not the content scripts every journal page
 * runs, which `storage.onChanged` would wake on each save. A channel does not hear its own posts,
 * so the page that made a change (and already shows it) is not told again.
 */

export const LIBRARY_CHANNEL = 'inkwell:library-changes';

/** What was posted: story ids, or `all` after a change too wide to list (an import). */
export interface LibraryChange {
  ids: string[];
  all?: boolean;
}

type Channel = Pick<BroadcastChannel, 'postMessage' | 'addEventListener' | 'removeEventListener'>;

let shared: Channel | null | undefined;

function channel(): Channel | null {
  if (shared !== undefined) return shared;
  try {
    shared = typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel(LIBRARY_CHANNEL);
    // Node (unit tests, the CLI): an open channel must not keep the process alive.
    (shared as { unref?(): void } | null)?.unref?.();
  } catch {
    shared = null;
  }
  return shared;
}

/** Tells the extension's other pages that these stories changed (or, `all`, any may have). */
export function announceLibraryChange(ids: Iterable<string>, opts: { all?: boolean; channel?: Channel | null } = {}): void {
  const change: LibraryChange = { ids: [...new Set(ids)] };
  if (opts.all) change.all = true;
  if (!change.ids.length && !change.all) return;
  try {
    (opts.channel === undefined ? channel() : opts.channel)?.postMessage({ type: 'library:changed', ...change });
  } catch {
    /* a closed channel (the page is going away): nothing to tell */
  }
}

/** A posted message, checked: only ids that are strings. */
export function readChange(data: unknown): LibraryChange | null {
  const d = data as { type?: unknown; ids?: unknown; all?: unknown } | null;
  if (!d || d.type !== 'library:changed' || !Array.isArray(d.ids)) return null;
  const ids = d.ids.filter((x): x is string => typeof x === 'string');
  return d.all === true ? { ids, all: true } : { ids };
}

/**
 * The next task, without timers: a page left in a background tab (the library while you read in
 * another) has its timers held back to once a second, posted messages are not.
 */
function nextTask(fn: () => void): void {
  if (typeof MessageChannel === 'undefined') return void Promise.resolve().then(fn);
  const ch = new MessageChannel();
  ch.port1.onmessage = () => {
    ch.port1.close();
    fn();
  };
  ch.port2.postMessage(0);
}

/**
 * Calls `onChange` with the changes posted since the last call, gathered until the next task (a
 * save of a story and of its position that arrive together: one update, not two). Listens on the
 * same channel object this context posts on, so its own writes are not echoed back. Returns the
 * unsubscribe.
 */
export function watchLibraryChanges(onChange: (change: LibraryChange) => void, opts: { channel?: Channel | null; schedule?: (fn: () => void) => void } = {}): () => void {
  const ch = opts.channel === undefined ? channel() : opts.channel;
  if (!ch) return () => undefined;
  const schedule = opts.schedule ?? nextTask;
  let pending: { ids: Set<string>; all: boolean } | null = null;
  let stopped = false;
  const onMessage = (e: MessageEvent) => {
    const change = readChange(e.data);
    if (!change) return;
    const first = !pending;
    pending ??= { ids: new Set(), all: false };
    for (const id of change.ids) pending.ids.add(id);
    pending.all ||= !!change.all;
    if (first)
      schedule(() => {
        const p = pending!;
        pending = null;
        if (!stopped) onChange(p.all ? { ids: [...p.ids], all: true } : { ids: [...p.ids] });
      });
  };
  ch.addEventListener('message', onMessage as EventListener);
  return () => {
    stopped = true;
    ch.removeEventListener('message', onMessage as EventListener);
  };
}

/**
 * The list with the changed stories put in place: a changed story replaces the one with its id
 * (where it was), a new one is added at the end, a removed id leaves. Unchanged stories stay the
 * same objects, so a list that compares rows by identity redraws only the changed ones.
 */
export function mergeChangedStories<S extends { id: string }>(items: readonly S[], changed: readonly S[], removed: Iterable<string>): S[] {
  const byId = new Map(changed.map((s) => [s.id, s]));
  const gone = new Set(removed);
  const out: S[] = [];
  for (const s of items) {
    if (gone.has(s.id)) continue;
    const next = byId.get(s.id);
    if (next) byId.delete(s.id);
    out.push(next ?? s);
  }
  for (const s of byId.values()) if (!gone.has(s.id)) out.push(s);
  return out;
}
