import type { ExtraPage } from '../../../harness/fixture-server';
import { partPage } from '../../fixtures/hostile/generate';

/**
 * Two-part stories of their own for tests no other test's opening may touch, one per `kind`, on the journal
 * `${name}-${kind}-${tag}`: [part 1, part 2] each, the parts linking each other, with entry numbers from `firstId`.
 */
export function twoPartStories(
  extraPages: Record<string, ExtraPage>,
  o: { name: string; tag: string; kinds: string[]; firstId: number; title: (kind: string) => string; prose: (kind: string, part: number) => string[] },
): [string, string][] {
  return o.kinds.map((kind, k) => {
    const first = `https://${o.name}-${kind}-${o.tag}.livejournal.com/${o.firstId + k}.html`;
    const second = `https://${o.name}-${kind}-${o.tag}.livejournal.com/${o.firstId + 10 + k}.html`;
    const title = o.title(kind);
    extraPages[first] = { body: partPage({ url: first, title, index: 1, total: 2, prose: o.prose(kind, 1), nav: [['Part 2 »', second]] }) };
    extraPages[second] = { body: partPage({ url: second, title, index: 2, total: 2, prose: o.prose(kind, 2), nav: [['« Part 1', first]] }) };
    return [first, second];
  });
}
