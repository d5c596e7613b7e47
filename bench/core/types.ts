/**
 * The bench's plain data: a section runs and returns rows (the table it prints) and budget checks.
 * Everything here is JSON-serialisable: it is what bench/results.json holds and what `--compare`
 * reads back.
 */

/** How a column's numbers read, for printing and for spotting regressions in `--compare`. */
export type Unit =
  /** Milliseconds (absolute: only comparable on the same machine; shown, never budgeted). */
  | 'ms'
  /** A ratio of two timings taken side by side ("×": how many times). */
  | 'x'
  /** A plain fraction, shown with 3 decimals (e.g. extraction / parse). */
  | 'ratio'
  /** A score in [0, 1] (token F1). */
  | 'score'
  | 'bytes'
  | 'count'
  | 'text';

export interface Column {
  key: string;
  header: string;
  unit: Unit;
  /** Which way is better; `--compare` flags a change of more than 25% the wrong way. Unset: not compared. */
  better?: 'lower' | 'higher';
}

export type Value = number | string | null;

export interface Row {
  /** Stable key (a fixture id, 'large-page', 'median'…) that `--compare` matches rows on. */
  id: string;
  values: Record<string, Value>;
}

export interface Budget {
  id: string;
  /** What is promised, in words: "extractPage ≥ 5× faster than Readability on the median page (jsdom)". */
  label: string;
  /** The figure checked, in the budget's own unit. */
  value: number | null;
  /** The limit, in the same unit. */
  limit: number;
  /** 'min': value must be ≥ limit; 'max': value must be ≤ limit. */
  kind: 'min' | 'max';
  unit: Unit;
  /** null: could not be checked (skipped), with the reason in `detail`. */
  pass: boolean | null;
  /**
   * How much room the figure leaves (bench/core/report.ts marginOf): limit/value − 1 for a 'max' budget,
   * value/limit − 1 for a 'min' one; negative when failed. Set by the runner for every section. Null:
   * not measured, or nothing to divide by (a 'max' figure of 0: met with all the room there is).
   */
  margin?: number | null;
  /** Met with at least WELL_MET (15%) of margin (a figure of 0 against a 'max' budget counts as met so). */
  wellMet?: boolean;
  detail?: string;
}

export interface SectionResult {
  id: string;
  title: string;
  columns: Column[];
  rows: Row[];
  /** Summary rows printed under a rule (median page, distribution…); compared like rows. */
  summary?: Row[];
  budgets: Budget[];
  /** Lines printed under the table: method, what was skipped and why. */
  notes: string[];
  /** Extra facts for the machine header (e.g. the browser version a section used). */
  machine?: Record<string, string>;
  /** Seconds the section took (wall clock; informational). */
  seconds?: number;
}

export interface BenchContext {
  /** --quick: fewer iterations, for a smoke test. */
  quick: boolean;
  /** Repository root (absolute). */
  root: string;
  /** Progress to stderr (so stdout is the report). */
  log(message: string): void;
  /** Memo shared across sections in one run (parsed fixtures, the generated large page...). */
  memo<T>(key: string, make: () => T): T;
}

export interface Section {
  /** The name `--only` takes. */
  id: string;
  title: string;
  run(ctx: BenchContext): Promise<SectionResult>;
}

export interface BenchResults {
  version: 1;
  date: string;
  /** The commit the bench ran on (plus '+dirty' when the work tree had changes). */
  commit: string;
  quick: boolean;
  machine: Record<string, string>;
  sections: SectionResult[];
}
