// @vitest-environment jsdom
/** The reader's frame: its landmarks and controls, the theme the settings make, notices, the bar out of the way. */
import { describe, expect, it } from 'vitest';
import { applyTheme, buildLayout } from '../../components/reader/layout';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const build = (pageButton = false) => buildLayout({ title: 'The Story', titleId: 'ink-title', partsNav: document.createElement('div'), pageButton });

describe('the reader’s frame', () => {
  it('a labelled modal dialog: the bar, then the text and the settings', () => {
    const ui = build();
    expect(ui.dialog.getAttribute('role')).toBe('dialog');
    expect(ui.dialog.getAttribute('aria-modal')).toBe('true');
    expect(ui.dialog.getAttribute('aria-labelledby')).toBe('ink-title');
    expect(ui.scroller.getAttribute('aria-label')).toBe('Story text');
    expect(ui.settingsBox.hidden).toBe(true);
    expect(Array.from(ui.dialog.querySelectorAll('header button'), (b) => b.getAttribute('aria-label') ?? b.textContent)).toEqual([
      'Show images in this story',
      'Reading settings',
      'Refresh',
      'Close the reader',
    ]);
    expect(ui.imagesBtn.hidden).toBe(true);
    expect(ui.pageBtn).toBeNull();
  });

  it('Open as a page before Close, when the reader can open one', () => {
    const ui = build(true);
    expect(ui.pageBtn?.nextElementSibling).toBe(ui.closeBtn);
  });

  it('a notice stays until the next; the search status goes with null', () => {
    const ui = build();
    const [notice, searching] = Array.from(ui.dialog.querySelectorAll<HTMLElement>('[role="status"]'));
    ui.showNotice('Refreshed.');
    expect([notice.hidden, notice.textContent]).toEqual([false, 'Refreshed.']);
    ui.status('part 3 of 6 found, still looking');
    expect([searching.hidden, searching.textContent]).toEqual([false, 'part 3 of 6 found, still looking']);
    ui.status(null);
    expect([searching.hidden, searching.textContent]).toEqual([true, '']);
  });

  it('the bar goes out of the way and comes back, the text kept where it is on the screen', () => {
    const ui = build();
    let top = 50;
    ui.scroller.getBoundingClientRect = () => ({ top }) as DOMRect;
    ui.scroller.scrollTop = 1000;
    // The bar going away lifts the scroller by 50 px: the text must not move on the screen.
    const toggle = ui.dialog.classList.toggle.bind(ui.dialog.classList);
    ui.dialog.classList.toggle = (name: string, force?: boolean) => {
      top = force ? 0 : 50;
      return toggle(name, force);
    };
    ui.setBar(false);
    expect(ui.dialog.classList.contains('ink-bar-away')).toBe(true);
    expect(ui.scroller.scrollTop).toBe(950);
    ui.setBar(false); // already away: nothing
    expect(ui.scroller.scrollTop).toBe(950);
    ui.setBar(); // the other way
    expect(ui.dialog.classList.contains('ink-bar-away')).toBe(false);
    expect(ui.scroller.scrollTop).toBe(1000);
  });

  it('the settings as its look', () => {
    const ui = build();
    applyTheme(ui.root, { ...DEFAULT_SETTINGS, theme: 'sepia', font: 'sans', size: 21, lineHeight: 1.7, width: 36, justify: true });
    expect(ui.root.className).toBe('ink-root theme-sepia font-sans');
    expect(['--size', '--lh', '--width', '--align'].map((v) => ui.root.style.getPropertyValue(v))).toEqual(['21px', '1.7', '36em', 'justify']);
  });
});
