import { afterEach, describe, expect, it } from 'vitest';
import { type InjectReply, onDemand, provideStage } from '../../utils/stages';

/** An injection whose answer the test gives when it likes (the background's reply, a round trip after the script ran). */
function pendingInject() {
  let answer!: (r: InjectReply) => void;
  let fail!: (e: Error) => void;
  let calls = 0;
  const inject = () => {
    calls++;
    return new Promise<InjectReply>((resolve, reject) => {
      answer = resolve;
      fail = reject;
    });
  };
  return { inject, answer: (r: InjectReply) => answer(r), fail: (e: Error) => fail(e), calls: () => calls };
}

const settled = async <T>(p: Promise<T>) => {
  let state: 'pending' | 'resolved' | 'rejected' = 'pending';
  p.then(
    () => (state = 'resolved'),
    () => (state = 'rejected'),
  );
  await new Promise((r) => setTimeout(r, 0));
  return state;
};

afterEach(() => {
  for (const s of ['story-posts', 'reader', 'comment-fills', 'unlisted-posts', 'masterpost-lists'] as const) provideStage(s, undefined);
});

describe('onDemand', () => {
  it('gives the API as soon as the stage script has run, before the background answers', async () => {
    const bg = pendingInject();
    const load = onDemand<{ n: number }>('reader', bg.inject);
    const got = load();
    expect(await settled(got)).toBe('pending');
    provideStage('reader', { n: 1 });
    expect(await got).toEqual({ n: 1 });
    // The answer coming later changes nothing, and a second use injects nothing.
    bg.answer({ ok: true });
    expect(await load()).toEqual({ n: 1 });
    expect(bg.calls()).toBe(1);
  });

  it('gives it at the answer when the script put it there without a word (another detector copy waited)', async () => {
    const bg = pendingInject();
    const load = onDemand<{ n: number }>('comment-fills', bg.inject);
    const got = load();
    (globalThis as unknown as { [k: symbol]: unknown })[Symbol.for('inkwell.comment-fills')] = { n: 2 };
    bg.answer({ ok: true });
    expect(await got).toEqual({ n: 2 });
  });

  it('fails with the background’s error when no API came, and tries again on the next use', async () => {
    const bg = pendingInject();
    const load = onDemand<{ n: number }>('unlisted-posts', bg.inject);
    const first = load();
    bg.answer({ ok: false, error: 'Cannot access this page.' });
    await expect(first).rejects.toThrow('Cannot access this page.');
    const second = load();
    expect(bg.calls()).toBe(2);
    bg.answer({ ok: true });
    await expect(second).rejects.toThrow('The unlisted-posts could not be loaded.');
    const third = load();
    bg.fail(new Error('Extension context invalidated.'));
    await expect(third).rejects.toThrow('Extension context invalidated.');
    expect(bg.calls()).toBe(3);
  });

  it('does not take another stage’s API, nor one withdrawn', async () => {
    const bg = pendingInject();
    const load = onDemand<{ n: number }>('masterpost-lists', bg.inject);
    const got = load();
    provideStage('reader', { n: 3 });
    provideStage('masterpost-lists', undefined);
    expect(await settled(got)).toBe('pending');
    provideStage('masterpost-lists', { n: 4 });
    expect(await got).toEqual({ n: 4 });
  });
});
