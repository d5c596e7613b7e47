/** The bench's reading of a page's CPU profile (bench/sections/reader.ts profileSummary): self time per function and script. */
import { describe, expect, it } from 'vitest';
import { profileSummary } from '../../bench/sections/reader';

const frame = (id: number, functionName: string, url = '') => ({ id, callFrame: { functionName, url, lineNumber: 0, columnNumber: 0 } });

describe('profileSummary', () => {
  it('a gap the sampler missed is (unsampled), not the self time of the sample before it, and not busy', () => {
    const profile = {
      nodes: [frame(1, '(root)'), frame(2, 'contains'), frame(3, 'read', 'chrome-extension://x/content-scripts/reader.js'), frame(4, '(idle)')],
      startTime: 0,
      endTime: 0,
      // Samples every 250 µs, then one 245 ms gap after a sample in `contains`.
      samples: [3, 3, 3, 2, 3, 4],
      timeDeltas: [0, 250, 250, 250, 245_000, 250],
    };
    const p = profileSummary(profile);
    const byFunction = Object.fromEntries(p.byFunction);
    expect(byFunction.contains).toBe(1);
    expect(byFunction['read (reader.js:1)']).toBeCloseTo(1, 5);
    expect(Object.fromEntries(p.byScript)['(unsampled)']).toBe(244);
    expect(p.totalMs).toBeCloseTo(2, 5);
  });
});
