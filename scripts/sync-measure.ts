/**
 * `npx tsx scripts/sync-measure.ts [stories] [seconds]`: the sync budget with a big library
 * (issue 14): bytes and items storage.sync holds, stories synced, and the writes of a reading
 * session that saves the position every second. Exits 1 when a quota would be exceeded.
 */

import { measureSync, withinQuota } from '../tests/support/sync-measure';
import { QUOTA } from '../utils/sync/budget';

const [stories = 5000, seconds = 7200] = process.argv.slice(2).map(Number);
const m = await measureSync(stories, seconds);
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`library: ${m.stories} stories; synced: ${m.synced} of ${m.stories}`);
console.log(`storage.sync: ${m.bytes} of ${QUOTA.bytes} bytes (${pct(m.bytes, QUOTA.bytes)}), ${m.items} of ${QUOTA.maxItems} items, largest item ${m.largestItem} of ${QUOTA.bytesPerItem} bytes`);
console.log(`reading ${m.sessionSeconds / 3600} h, ${m.positionSaves} position saves: ${m.writesInSession} sync writes (most in any hour: ${m.writesInWorstHour} of ${QUOTA.writesPerHour})`);
console.log(`refused by storage.sync: ${m.refused.length ? m.refused.join('; ') : 'none'}; ${m.ms} ms`);
process.exit(withinQuota(m) ? 0 : 1);
