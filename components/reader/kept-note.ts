/**
 * The quiet note on a part whose saved text is shown because the site no longer shows it: "No
 * longer on the site (saved 12 March)" and where the Wayback Machine keeps copies of its page.
 */
import { type KeptPart, keptNoteText, waybackCopiesUrl } from '../../utils/kept-parts';
import { h } from './dom';

export function renderKeptNote(kept: KeptPart): HTMLElement {
  const note = h('p', { class: 'ink-kept' }, `${keptNoteText(kept)}. `);
  note.append(h('a', { href: waybackCopiesUrl(kept.url), target: '_blank', rel: 'noopener noreferrer' }, 'Copies on the Wayback Machine'));
  return note;
}
