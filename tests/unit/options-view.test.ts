// @vitest-environment jsdom
/** The options page: the reader's settings panel, stored at once; reset; changes from elsewhere. */
import { describe, expect, it, vi } from 'vitest';
import { mountOptions } from '../../components/options-view';
import { DEFAULT_SETTINGS, KEYBOARD_SHORTCUTS, normalizeSettings, type ReaderSettings } from '../../utils/settings';

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
    const images = Array.from(document.querySelectorAll('label'))
      .find((l) => l.textContent?.includes('Load images'))!
      .querySelector('input')!;
    expect(images.checked).toBe(false); // off until chosen
    images.click();
    expect(set).toHaveBeenLastCalledWith(expect.objectContaining({ loadImages: true, imagesChosen: true, theme: 'sepia' }));
    // The checkbox is an answer too: the question is gone.
    expect(document.querySelector('.ink-question')).toBeNull();
    const keys = document.querySelector('dl.ink-keys')!;
    expect(keys.querySelectorAll('dt')).toHaveLength(KEYBOARD_SHORTCUTS.length);
    // Every control is labelled.
    for (const input of Array.from(document.querySelectorAll<HTMLInputElement>('input'))) {
      expect(input.closest('label') || document.querySelector(`label[for="${input.id}"]`)).toBeTruthy();
    }
    // A change made in the reader redraws the form.
    watcher!({ ...DEFAULT_SETTINGS, theme: 'black' });
    expect(Array.from(document.querySelectorAll<HTMLInputElement>('input[type=radio]')).find((r) => r.value === 'black')!.checked).toBe(true);
    Array.from(document.querySelectorAll('button'))
      .find((b) => b.textContent === 'Reset to defaults')!
      .click();
    expect(set).toHaveBeenLastCalledWith(DEFAULT_SETTINGS);
    expect(view.current()).toEqual(DEFAULT_SETTINGS);
    view.destroy();
    expect(watcher).toBeNull();
  });

  it('asks about remote images on first open, in plain words with two answers, until answered', async () => {
    document.body.innerHTML = '<div id="app"></div>';
    let stored: ReaderSettings | null = null;
    const set = vi.fn(async (s: ReaderSettings) => void (stored = s));
    const view = mountOptions(document.getElementById('app')!, { get: async () => stored, set, libraryHref: '/library.html' });
    await view.ready;
    const question = document.querySelector('.ink-question')!;
    expect(question.getAttribute('role')).toBe('group');
    expect(question.querySelector('h3')!.textContent).toBe('Show pictures from other pages?');
    expect(question.textContent).toMatch(/tells its website that you are reading, and when/);
    const answers = Array.from(question.querySelectorAll('button')).map((b) => b.textContent);
    expect(answers).toEqual(['Keep them off', 'Show pictures']);
    // Before any answer, nothing loads.
    expect(view.current()).toMatchObject({ loadImages: false, imagesChosen: false });
    Array.from(question.querySelectorAll('button'))
      .find((b) => b.textContent === 'Show pictures')!
      .click();
    expect(set).toHaveBeenLastCalledWith(expect.objectContaining({ loadImages: true, imagesChosen: true }));
    expect(document.querySelector('.ink-question')).toBeNull();
    const box = Array.from(document.querySelectorAll('label'))
      .find((l) => l.textContent?.includes('Load images'))!
      .querySelector('input')!;
    expect(box.checked).toBe(true);
    view.destroy();
    // Opened again: answered, so not asked again.
    document.body.innerHTML = '<div id="app"></div>';
    const again = mountOptions(document.getElementById('app')!, { get: async () => stored, set, libraryHref: '/library.html' });
    await again.ready;
    expect(document.querySelector('.ink-question')).toBeNull();
    again.destroy();
  });

  it('a stored “load images” from before the question counts for nothing until answered', () => {
    expect(normalizeSettings({ ...DEFAULT_SETTINGS, loadImages: true, imagesChosen: undefined as unknown as boolean })).toMatchObject({ loadImages: false, imagesChosen: false });
    expect(normalizeSettings({ loadImages: true, imagesChosen: true })).toMatchObject({ loadImages: true, imagesChosen: true });
    expect(normalizeSettings(null)).toMatchObject({ loadImages: false, imagesChosen: false });
  });
});
