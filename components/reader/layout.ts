/**
 * The reader's frame: a modal dialog with its bar (title, progress, the part controls, Images, Aa,
 * Refresh, Close), the scrolling text column (notices, the story card, the contents, the parts) and
 * the settings panel beside it; and the settings applied as a theme (classes and CSS variables).
 * Built once; what goes in it is the other modules'.
 */
import type { ReaderSettings } from '../../utils/settings';
import { h } from './dom';

export interface ReaderLayout {
  root: HTMLElement;
  dialog: HTMLElement;
  percentOut: HTMLElement;
  timeOut: HTMLElement;
  progress: HTMLElement;
  imagesBtn: HTMLButtonElement;
  settingsBtn: HTMLButtonElement;
  refreshBtn: HTMLButtonElement;
  closeBtn: HTMLButtonElement;
  /** *Open as a page*, when the reader can open one. */
  pageBtn: HTMLButtonElement | null;
  body: HTMLElement;
  scroller: HTMLElement;
  cardSlot: HTMLElement;
  toc: HTMLElement;
  partsBox: HTMLElement;
  settingsBox: HTMLElement;
  /** A sentence for the reader (saved, refreshed, storage full): stays until the next one. */
  showNotice(text: string): void;
  /** How a search for parts goes; null takes it away. */
  status(text: string | null): void;
  /** The bar shown or out of the way (reading by touch); no argument: the other way. */
  setBar(show?: boolean): void;
}

export function buildLayout(o: { title: string; titleId: string; partsNav: HTMLElement; pageButton: boolean }): ReaderLayout {
  const root = h('div', { class: 'ink-root' });
  const dialog = h('div', { class: 'ink-dialog', role: 'dialog', 'aria-modal': 'true', 'aria-labelledby': o.titleId, tabindex: '-1' });
  const bar = h('header', { class: 'ink-bar' });
  const barTitle = h('div', { class: 'ink-bar-title', 'aria-hidden': 'true' }, o.title);
  const percentOut = h('span', { class: 'ink-stat', 'aria-live': 'off' }, '0%');
  const timeOut = h('span', { class: 'ink-stat ink-hide-narrow' }, '');
  const progress = h('div', { class: 'ink-progress', role: 'progressbar', 'aria-label': 'Reading progress', 'aria-valuemin': '0', 'aria-valuemax': '100', 'aria-valuenow': '0' });
  // Shown once a fetched part has images: this story's own choice, over the settings'.
  const imagesBtn = h('button', { class: 'ink-btn', type: 'button', 'aria-pressed': 'false', hidden: true }, 'Images');
  imagesBtn.setAttribute('aria-label', 'Show images in this story');
  const settingsBtn = h('button', { class: 'ink-btn', type: 'button', 'aria-expanded': 'false', 'aria-controls': 'ink-settings' }, 'Aa');
  settingsBtn.setAttribute('aria-label', 'Reading settings');
  const refreshBtn = h('button', { class: 'ink-btn ink-hide-narrow', type: 'button' }, 'Refresh');
  refreshBtn.title = 'Fetch every part again from the journal site';
  const closeBtn = h('button', { class: 'ink-btn', type: 'button', 'aria-label': 'Close the reader' }, 'Close');
  bar.append(barTitle, percentOut, timeOut, o.partsNav, imagesBtn, settingsBtn, refreshBtn, closeBtn, progress);
  let pageBtn: HTMLButtonElement | null = null;
  if (o.pageButton) {
    pageBtn = h('button', { class: 'ink-btn ink-hide-narrow', type: 'button', title: 'The saved copy in a tab of its own, readable offline' }, 'Open as a page');
    bar.insertBefore(pageBtn, closeBtn);
  }

  const body = h('div', { class: 'ink-body' });
  const scroller = h('div', { class: 'ink-scroll', tabindex: '0', 'aria-label': 'Story text' });
  const column = h('main', { class: 'ink-column' });
  const notice = h('div', { class: 'ink-notice', role: 'status', hidden: true });
  const searching = h('div', { class: 'ink-notice ink-searching', role: 'status', hidden: true });
  const cardSlot = h('div', {});
  const toc = h('nav', { class: 'ink-toc', 'aria-label': 'Parts' });
  const partsBox = h('div', { class: 'ink-parts' });
  column.append(notice, searching, cardSlot, toc, partsBox);
  scroller.append(column);
  const settingsBox = h('aside', { class: 'ink-settings', id: 'ink-settings', hidden: true, 'aria-label': 'Reading settings' });
  body.append(scroller, settingsBox);
  dialog.append(bar, body);
  root.append(dialog);

  return {
    root,
    dialog,
    percentOut,
    timeOut,
    progress,
    imagesBtn,
    settingsBtn,
    refreshBtn,
    closeBtn,
    pageBtn,
    body,
    scroller,
    cardSlot,
    toc,
    partsBox,
    settingsBox,
    showNotice: (text) => {
      notice.textContent = text;
      notice.hidden = false;
    },
    status: (text) => {
      searching.textContent = text ?? '';
      searching.hidden = text === null;
    },
    // The text stays where it is on the screen while the bar goes away or comes back.
    setBar: (show = dialog.classList.contains('ink-bar-away')) => {
      if (show !== dialog.classList.contains('ink-bar-away')) return;
      const before = scroller.getBoundingClientRect().top;
      dialog.classList.toggle('ink-bar-away', !show);
      scroller.scrollTop += scroller.getBoundingClientRect().top - before;
    },
  };
}

/** The settings as the reader's look: theme and font classes, size, line height, width and alignment. */
export function applyTheme(root: HTMLElement, s: ReaderSettings): void {
  root.className = `ink-root theme-${s.theme} font-${s.font}`;
  root.style.setProperty('--size', `${s.size}px`);
  root.style.setProperty('--lh', String(s.lineHeight));
  root.style.setProperty('--width', `${s.width}em`);
  root.style.setProperty('--align', s.justify ? 'justify' : 'left');
}
