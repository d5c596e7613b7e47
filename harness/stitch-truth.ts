/**
 * Stitching's ground truth and its judge: a fixture's `stitched` block (tests/fixtures/README.md) against what the
 * stitcher answered. `parts` are every part of the story in reading order, the ones the site will not show
 * included; `missing` names those, each with the stitcher's own failure reason (utils/stitch/types.ts
 * `FailureReason`: 'login', 'locked', 'not-found', 'adult-gate', ...). A start page is whole when the stitcher's
 * order is exactly `parts`, every part is read except the missing ones, and each missing one failed for exactly
 * its reason: a story with a part that cannot be read is stitched with that part said in its place, never
 * claimed whole, never dropped. Pure: keys and reasons in, a verdict and what went wrong out.
 */
import type { FailureReason, StitchState } from '../utils/stitch';
import { canonicalEntryKey } from '../utils/url';

export interface MissingPart {
  url: string;
  reason: FailureReason;
}

export interface StitchTruth {
  parts: string[];
  /** The parts of `parts` that cannot be read, and why. Absent: every part is read. */
  missing?: MissingPart[];
  bodyFiles?: (string | null)[];
}

export interface StitchVerdict {
  whole: boolean;
  /** One line per thing that went wrong, in the story's order, then what came that is no part of it. */
  problems: string[];
  /** The stitcher's order as `url` or `url (reason)` for a part that failed, for printing. */
  got: string[];
  /** The truth in the same form. */
  want: string[];
}

type Outcome = Pick<StitchState, 'order' | 'parts' | 'errors'>;

/** The truth's parts as canonical keys with the reason each missing one must fail with (null: read). */
export function wantedParts(truth: StitchTruth): { key: string; url: string; reason: FailureReason | null }[] {
  const reasons = new Map((truth.missing ?? []).map((m) => [canonicalEntryKey(m.url), m.reason]));
  return truth.parts.map((url) => ({ key: canonicalEntryKey(url), url, reason: reasons.get(canonicalEntryKey(url)) ?? null }));
}

/** Judges the stitcher's answer (`state`) against the truth; see the file's comment. */
export function judgeStitch(truth: StitchTruth, state: Outcome): StitchVerdict {
  const want = wantedParts(truth);
  const wantKeys = want.map((w) => w.key);
  const urlOf = (k: string) => state.parts.get(k)?.url ?? state.errors.get(k)?.url ?? k;
  const shown = (k: string) => (state.errors.has(k) ? `${urlOf(k)} (${state.errors.get(k)!.reason})` : urlOf(k));
  const problems: string[] = [];
  for (const [i, w] of want.entries()) {
    const err = state.errors.get(w.key);
    const read = state.parts.has(w.key);
    const at = state.order.indexOf(w.key);
    const label = `part ${i + 1} ${w.url}`;
    if (at < 0) problems.push(w.reason ? `${label}: not in the story (want it in its place, missing: ${w.reason})` : `${label}: not in the story`);
    else if (w.reason && read) problems.push(`${label}: read, but it cannot be (want missing: ${w.reason})`);
    else if (w.reason && err && err.reason !== w.reason) problems.push(`${label}: missing for the wrong reason: ${err.reason} (want ${w.reason})`);
    else if (!w.reason && err) problems.push(`${label}: failed (${err.reason}), want it read`);
  }
  const known = new Set(wantKeys);
  for (const k of state.order) if (!known.has(k)) problems.push(`not a part of the story: ${shown(k)}`);
  // Right parts, wrong places: said once, after what is wrong with the parts themselves.
  const sameSet = state.order.length === wantKeys.length && state.order.every((k) => known.has(k));
  if (sameSet && state.order.some((k, i) => k !== wantKeys[i])) problems.push('the parts are out of order');
  return {
    whole: problems.length === 0,
    problems,
    got: state.order.map(shown),
    want: want.map((w) => (w.reason ? `${w.url} (${w.reason})` : w.url)),
  };
}
