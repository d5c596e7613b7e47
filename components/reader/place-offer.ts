/**
 * A place offered rather than taken, in a slim bar under the toolbar: "You were in part 2: go
 * there" (the reader opened at the part clicked, after the one being read), "One new part since
 * you last read this story: go there" (a saved copy that grew while the view stays put).
 */
import { h } from './dom';

export function renderPlaceOffer(text: string, go: () => void, dismiss: () => void): HTMLElement {
  const goBtn = h('button', { class: 'ink-btn', type: 'button' }, 'go there');
  goBtn.addEventListener('click', go);
  const close = h('button', { class: 'ink-btn', type: 'button', 'aria-label': 'Stay here' }, '×');
  close.addEventListener('click', dismiss);
  return h('div', { class: 'ink-offer', role: 'status' }, h('span', {}, `${text}: `), goBtn, close);
}
