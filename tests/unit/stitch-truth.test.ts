// The judge of stitching's ground truth (harness/stitch-truth.ts): a start page is whole only when the parts come in
// the truth's order, each read unless the truth says it is missing, each missing one failed for exactly its reason.
import { describe, expect, it } from 'vitest';
import { judgeStitch, type StitchTruth, wantedParts } from '../../harness/stitch-truth';
import type { FailureReason, StitchState } from '../../utils/stitch';
import { canonicalEntryKey } from '../../utils/url';

const P = (n: number) => `https://quill-and-moth.dreamwidth.org/${1000 + n}.html`;

/** A finished stitch: `got` in order, each a URL (read) or [URL, reason] (failed). */
function state(got: (string | [string, FailureReason])[]): Pick<StitchState, 'order' | 'parts' | 'errors'> {
  const s: Pick<StitchState, 'order' | 'parts' | 'errors'> = { order: [], parts: new Map(), errors: new Map() };
  for (const g of got) {
    const [url, reason] = typeof g === 'string' ? [g, null] : g;
    const key = canonicalEntryKey(url);
    s.order.push(key);
    if (reason) s.errors.set(key, { key, url, index: null, reason, message: 'Why.' });
    else s.parts.set(key, { key, url, index: null, title: 'T', post: {} as never });
  }
  return s;
}

const lockedMiddle: StitchTruth = { parts: [P(1), P(2), P(3)], missing: [{ url: P(2), reason: 'login' }] };

describe('judgeStitch', () => {
  it('a story with every part read, in order: whole', () => {
    const v = judgeStitch({ parts: [P(1), P(2)] }, state([P(1), P(2)]));
    expect(v).toMatchObject({ whole: true, problems: [] });
  });

  it('any failure the truth does not name: not whole (as before `missing` existed)', () => {
    const v = judgeStitch({ parts: [P(1), P(2)] }, state([P(1), [P(2), 'timeout']]));
    expect(v.whole).toBe(false);
    expect(v.problems).toEqual([`part 2 ${P(2)}: failed (timeout), want it read`]);
  });

  it('the missing part in its place, failed for its reason: whole', () => {
    const v = judgeStitch(lockedMiddle, state([P(1), [P(2), 'login'], P(3)]));
    expect(v).toMatchObject({ whole: true, problems: [] });
    expect(v.got).toEqual([P(1), `${P(2)} (login)`, P(3)]);
    expect(v.want).toEqual(v.got);
  });

  it('the missing part dropped silently: not whole, said', () => {
    const v = judgeStitch(lockedMiddle, state([P(1), P(3)]));
    expect(v.whole).toBe(false);
    expect(v.problems).toEqual([`part 2 ${P(2)}: not in the story (want it in its place, missing: login)`]);
  });

  it('the missing part read after all (a login page taken for a post): not whole', () => {
    const v = judgeStitch(lockedMiddle, state([P(1), P(2), P(3)]));
    expect(v.whole).toBe(false);
    expect(v.problems).toEqual([`part 2 ${P(2)}: read, but it cannot be (want missing: login)`]);
  });

  it('missing for another reason: not whole', () => {
    const v = judgeStitch(lockedMiddle, state([P(1), [P(2), 'not-story'], P(3)]));
    expect(v.whole).toBe(false);
    expect(v.problems).toEqual([`part 2 ${P(2)}: missing for the wrong reason: not-story (want login)`]);
  });

  it('the missing part in the wrong place: not whole', () => {
    const v = judgeStitch(lockedMiddle, state([P(1), P(3), [P(2), 'login']]));
    expect(v.whole).toBe(false);
    expect(v.problems).toEqual(['the parts are out of order']);
  });

  it('a part after the missing one never reached: not whole', () => {
    const v = judgeStitch(lockedMiddle, state([P(1), [P(2), 'login']]));
    expect(v.whole).toBe(false);
    expect(v.problems).toEqual([`part 3 ${P(3)}: not in the story`]);
  });

  it('a page that is no part of the story, read or failed: not whole, named', () => {
    const tag = 'https://quill-and-moth.dreamwidth.org/tag/moth';
    const v = judgeStitch(lockedMiddle, state([P(1), [P(2), 'login'], P(3), P(4), [tag, 'not-found']]));
    expect(v.whole).toBe(false);
    expect(v.problems).toEqual([`not a part of the story: ${P(4)}`, `not a part of the story: ${tag} (not-found)`]);
  });

  it('compares entries by their canonical key (http or https, a Wayback copy)', () => {
    const wb = `https://web.archive.org/web/20100102030405/${P(3).replace('https:', 'http:')}`;
    const v = judgeStitch(lockedMiddle, state([P(1).replace('https:', 'http:'), [P(2), 'login'], wb]));
    expect(v.whole).toBe(true);
  });

  it('wantedParts: each part with the reason it must fail with, null when it is read', () => {
    expect(wantedParts(lockedMiddle).map((w) => w.reason)).toEqual([null, 'login', null]);
  });
});
