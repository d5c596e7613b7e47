// @vitest-environment jsdom
/** Waiting for the first screen to be on screen before work that would compete with its frame. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { afterShown } from '../../components/after-paint';
import { holdUntilDrawn } from '../../components/first-screen-snapshot';

type Listener = (list: { getEntriesByName(name: string): unknown[] }) => void;

/** A PerformanceObserver that reports paint entries when the test says the browser presented a frame. */
function fakePaintTiming(existing: string[] = []) {
  const observers = new Set<Listener>();
  class FakeObserver {
    static supportedEntryTypes = ['paint', 'mark'];
    constructor(private readonly cb: Listener) {}
    observe(opts: { type: string; buffered?: boolean }) {
      expect(opts.type).toBe('paint');
      observers.add(this.cb);
    }
    disconnect() {
      observers.delete(this.cb);
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  vi.spyOn(performance, 'getEntriesByName').mockImplementation((name: string) => (existing.includes(name) ? [{ name } as PerformanceEntry] : []));
  return {
    observers,
    present(name: string) {
      for (const cb of [...observers]) cb({ getEntriesByName: (n) => (n === name ? [{ name }] : []) });
    },
  };
}

const settled = async (p: Promise<unknown>) => {
  let done = false;
  void p.then(() => (done = true));
  await vi.advanceTimersByTimeAsync(0);
  return done;
};

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterShown', () => {
  it('waits for the first contentful paint (the frame presented), not for the frame’s main-thread part', async () => {
    vi.useFakeTimers();
    const paint = fakePaintTiming();
    const shown = afterShown(500);
    expect(await settled(shown)).toBe(false);
    paint.present('first-paint'); // a blank frame: not yet
    await vi.advanceTimersByTimeAsync(100);
    expect(await settled(shown)).toBe(false);
    paint.present('first-contentful-paint');
    expect(await settled(shown)).toBe(true);
    expect(paint.observers.size).toBe(0);
  });

  it('never waits longer than atMost (a frame never presented)', async () => {
    vi.useFakeTimers();
    const paint = fakePaintTiming();
    const shown = afterShown(120);
    await vi.advanceTimersByTimeAsync(119);
    expect(await settled(shown)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await settled(shown)).toBe(true);
    expect(paint.observers.size).toBe(0);
  });

  it('once the page has painted content, and without paint timing, it is the task after the next frame', async () => {
    vi.useFakeTimers();
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const paint = fakePaintTiming(['first-contentful-paint']);
    const shown = afterShown(500);
    expect(paint.observers.size).toBe(0);
    expect(frames).toHaveLength(1);
    vi.unstubAllGlobals();
    vi.stubGlobal('PerformanceObserver', undefined);
    vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
    const noTiming = afterShown(500);
    expect(frames).toHaveLength(2);
    expect(await settled(Promise.race([shown, noTiming]))).toBe(false);
    await vi.advanceTimersByTimeAsync(500);
    expect(await settled(Promise.all([shown, noTiming]))).toBe(true);
  });
});

describe('holdUntilDrawn', () => {
  it('keeps the page unpainted until its first rows are drawn, then shows it', async () => {
    vi.useFakeTimers();
    const root = document.createElement('div');
    let drawn!: () => void;
    holdUntilDrawn(root, new Promise<void>((r) => (drawn = r)), 200);
    expect(root.style.visibility).toBe('hidden');
    await vi.advanceTimersByTimeAsync(150);
    expect(root.style.visibility).toBe('hidden');
    drawn();
    await vi.advanceTimersByTimeAsync(0);
    expect(root.style.visibility).toBe('');
  });

  it('shows the page after atMost ms when the database is slow, blocked or failing', async () => {
    vi.useFakeTimers();
    const never = document.createElement('div');
    holdUntilDrawn(never, new Promise(() => undefined), 200);
    await vi.advanceTimersByTimeAsync(199);
    expect(never.style.visibility).toBe('hidden');
    await vi.advanceTimersByTimeAsync(1);
    expect(never.style.visibility).toBe('');

    const failed = document.createElement('div');
    holdUntilDrawn(failed, Promise.reject(new Error('corrupt')), 200);
    await vi.advanceTimersByTimeAsync(0);
    expect(failed.style.visibility).toBe('');
  });
});
