// @vitest-environment jsdom
/** The options page: the reader's settings panel, stored at once; reset; changes from elsewhere. */
import { describe, expect, it, vi } from 'vitest';
import { mountOptions } from '../../components/options-view';
import { DEFAULT_SETTINGS, KEYBOARD_SHORTCUTS, type ReaderSettings } from '../../utils/settings';

describe('the options page', () => {
  it('shows the stored settings, saves each change at once, lists the keys, resets', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let watcher: ((s: ReaderSettings | null) => void) | null = null;
    const set = vi.fn(async () => undefined);
    const view = mountOptions(document.getElementById('app')!, {
      get: async () => ({ ...DEFAULT_SETTINGS, theme: 'dark', wpm: 300 }),
      set,
      watch: (cb) => ((watcher = cb), () => (watcher = null)),
      libraryHref: '/library.html',
    });
    await view.ready;
    const dark = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]')).find((r) => r.value === 'dark')!;
    expect(dark.checked).toBe(true);
    const sepia = Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]')).find((r) => r.value === 'sepia')!;
    sepia.checked = true;
    sepia.dispatchEvent(new Event('change'));
    expect(set).toHaveBeenLastCalledWith(expect.objectContaining({ theme: 'sepia', wpm: 300 }));
    const images = Array.from(document.querySelectorAll('label')).find((l) => l.textContent?.includes('Load images'))!.querySelector('input')!;
    images.click();
    expect(set).toHaveBeenLastCalledWith(expect.objectContaining({ loadImages: false, theme: 'sepia' }));
    const keys = document.querySelector('dl.ink-keys')!;
    expect(keys.querySelectorAll('dt')).toHaveLength(KEYBOARD_SHORTCUTS.length);
    // Every control is labelled.
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input'))) {
      expect(input.closest('label') || document.querySelector(`label[for="${input.id}"]`)).toBeTruthy();
    }
    // A change made in the reader redraws the form.
    watcher!({ ...DEFAULT_SETTINGS, theme: 'black' });
    expect(Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]')).find((r) => r.value === 'black')!.checked).toBe(true);
    Array.from(document.querySelectorAll('button')).find((b) => b.textContent === 'Reset to defaults')!.click();
    expect(set).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    expect(view.current()).toEqual(DEFAULT_SETTINGS);
    view.destroy();
    expect(watcher).toBeNull();
  });
});
