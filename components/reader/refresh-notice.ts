/**
 * What *Refresh* says once every part was fetched again: how many parts changed and how many are
 * new, and how many the site no longer shows (their saved text is kept, never replaced).
 */
import { isGoneReason, type ReaderState } from '../../utils/kept-parts';
import type { StitchState } from '../../utils/stitch';

/** `before`: each part's text before the Refresh; `fresh`: what the Refresh fetched; `shown`: the reader's state after it. */
export function refreshNotice(before: ReadonlyMap<string, string>, fresh: StitchState, shown: ReaderState | null): string {
  let changed = 0;
  for (const [k, p] of fresh.parts) if (before.has(k) && before.get(k) !== p.post.bodyText) changed++;
  const added = Array.from(fresh.parts.keys()).filter((k) => !before.has(k)).length;
  const gone = Array.from(shown?.kept?.values() ?? []).filter((k) => isGoneReason(k.reason)).length;
  const goneText = gone ? ` ${gone === 1 ? 'One part is' : `${gone} parts are`} no longer on the site: the saved text is kept.` : '';
  return changed || added ? `Refreshed: ${changed} part${changed === 1 ? '' : 's'} changed${added ? `, ${added} new` : ''}.${goneText}` : `Refreshed: nothing has changed.${goneText}`;
}
