/**
 * When a stored story and a newly read one are the same story (issue 10, item 6).
 *
 * A story first read from part 1 is saved under part 1's key; read again from its masterpost, it
 * is saved under the masterpost's key and the two records become one. The new story's own part
 * list cannot decide that: any post can list any entries as its "parts" (a hostile post listing
 * another saved story's entries would swallow it). So the evidence must come from the STORED
 * story's side, from pages its own author wrote:
 * - its masterpost is the new story (`masterpostUrl`), or it lists the new story's id as a part;
 * - one of its parts links to the new story's id (a "Masterpost" or "Part 1" link on the part's
 *   own page, in the stored copy or in the copy just fetched from that part's own address).
 * Otherwise both stories stay, each with its own parts.
 */
import type { PartLink } from './extract/types';
import { canonicalEntryKey } from './url';

export interface StoredStoryFacts {
  id: string;
  partKeys: readonly string[];
  masterpostUrl: string | null;
}

/** A part as its own page gave it: its key and the links on that page. */
export interface PartEvidence {
  key: string;
  post: { partLinks: readonly Pick<PartLink, 'url'>[] };
}

/**
 * True when `stored` says itself that it is the story now saved as `newId`. `parts`: copies of
 * the stored story's parts (stored, or just fetched from their own pages); others are ignored.
 */
export function storedStoryAgrees(stored: StoredStoryFacts, newId: string, parts: readonly PartEvidence[]): boolean {
  if (stored.id === newId) return true;
  if (stored.masterpostUrl && canonicalEntryKey(stored.masterpostUrl) === newId) return true;
  if (stored.partKeys.includes(newId)) return true;
  const own = new Set([stored.id, ...stored.partKeys]);
  return parts.some((p) => own.has(p.key) && p.post.partLinks.some((l) => canonicalEntryKey(l.url) === newId));
}
