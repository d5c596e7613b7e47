/**
 * Saved text is never replaced by an error page. When a part whose text the reader has (saved
 * earlier, or fetched earlier in this session) comes back from the site as a failure (deleted,
 * locked, a login or an adult-content notice, or simply no answer), the reader keeps showing the
 * text it has, with a quiet note of what the site said, and saves it as it was.
 */
import type { FailureReason, StitchedPart, StitchState } from './stitch';
import { unwrapWayback } from './url';

export interface KeptPart {
  /** What the site answered instead of the part. */
  reason: FailureReason;
  /** When the kept text was saved (fetched), if known. */
  savedAt: number | null;
  /** When the site was first seen not showing it. */
  since: number;
  url: string;
}

/** A stitch state as the reader shows it: kept parts are in `parts`, not in `errors`. */
export type ReaderState = StitchState & { kept?: Map<string, KeptPart> };

export interface KnownText {
  part: StitchedPart;
  savedAt: number | null;
  /** Set when this text was already known to be gone from the site (a saved part marked missing). */
  missing?: { reason: FailureReason; since: number };
}

/**
 * Remembers the last good text of each part and shows it in place of a failure (with a note) and
 * while the part is being fetched again (a Refresh: the text stays). `apply` gives the state to
 * show: the same object when it changes nothing.
 */
export function createTextKeeper(initial: Iterable<[string, KnownText]> = [], now: () => number = Date.now) {
  const good = new Map<string, KnownText>(initial);
  return {
    apply(next: StitchState): ReaderState {
      const order = next.known ?? next.order;
      let kept: Map<string, KeptPart> | null = null;
      let held = false;
      for (const key of order) {
        const part = next.parts.get(key);
        const had = good.get(key);
        if (part) {
          // A new text from the site: it is the one to keep from now on.
          if (had?.part.post !== part.post) good.set(key, { part, savedAt: now() });
          else if (had.missing) kept = (kept ?? new Map()).set(key, keptFrom(had, had.missing.reason, had.missing.since));
          continue;
        }
        if (!had) continue;
        const error = next.errors.get(key);
        // 'deferred' (past the first batch, loaded as the reader nears it) is no answer from the site.
        if (error && error.reason !== 'deferred') {
          const since = had.missing?.reason === error.reason ? had.missing.since : now();
          kept = (kept ?? new Map()).set(key, keptFrom(had, error.reason, since));
        } else if (error || next.pending?.has(key)) {
          held = true;
          if (had.missing) kept = (kept ?? new Map()).set(key, keptFrom(had, had.missing.reason, had.missing.since));
        }
      }
      if (!kept && !held) return next;
      const parts = new Map<string, StitchedPart>();
      const errors = new Map(next.errors);
      const pending = new Map(next.pending ?? []);
      const shown: string[] = [];
      for (const key of order) {
        const part = next.parts.get(key) ?? good.get(key)?.part;
        const held = next.errors.get(key)?.reason === 'deferred';
        if (part && (next.parts.has(key) || kept?.has(key) || pending.has(key) || held)) {
          parts.set(key, part);
          errors.delete(key);
          pending.delete(key);
        }
        if (parts.has(key) || errors.has(key)) shown.push(key);
      }
      const out: ReaderState = { ...next, order: shown, parts, errors, pending: pending.size ? pending : undefined, known: pending.size ? [...order] : undefined };
      if (kept) out.kept = kept;
      return out;
    },
  };
}

function keptFrom(had: KnownText, reason: FailureReason, since: number): KeptPart {
  return { reason, savedAt: had.savedAt, since, url: had.part.url };
}

/** Where the Wayback Machine lists its copies of a page. */
export function waybackCopiesUrl(url: string): string {
  const original = unwrapWayback(url)?.original ?? url;
  return `https://web.archive.org/web/*/${original.split('#')[0]}`;
}

const GONE: Partial<Record<FailureReason, string>> = {
  'not-found': 'No longer on the site',
  locked: 'Locked on the site now',
  login: 'The site now asks for a login to show this part',
  'adult-gate': 'The site now shows an adult-content notice first',
  'not-story': 'The site no longer shows this part as a story',
  'redirect-loop': 'The site now keeps redirecting instead of showing this part',
};

/** The note's words: "No longer on the site (saved 12 March)". */
export function keptNoteText(kept: Pick<KeptPart, 'reason' | 'savedAt'>, today: Date = new Date()): string {
  const what = GONE[kept.reason] ?? 'Could not be checked on the site just now';
  return kept.savedAt ? `${what} (saved ${savedDate(kept.savedAt, today)})` : what;
}

/** "12 March", with the year when it is not this one. */
export function savedDate(time: number, today: Date = new Date()): string {
  const d = new Date(time);
  const opts: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long' };
  if (d.getFullYear() !== today.getFullYear()) opts.year = 'numeric';
  return new Intl.DateTimeFormat('en-GB', opts).format(d);
}

/** Whether the site said the part is gone (rather than not answering): a note worth keeping on the record. */
export function isGoneReason(reason: FailureReason): boolean {
  return reason in GONE;
}
