/**
 * The options page: the reader's defaults (typography, theme, reading speed, images) with the
 * reader's own settings panel, and the keyboard shortcuts. Every change is stored at once; an
 * open reader picks it up through storage. A change made elsewhere (the reader's panel) redraws
 * the form.
 */

import { DEFAULT_SETTINGS, normalizeSettings, type ReaderSettings } from '../utils/settings';
import { h } from './reader/dom';
import { renderSettingsPanel } from './reader/settings-panel';

export interface OptionsDeps {
  get(): Promise<ReaderSettings | null>;
  set(s: ReaderSettings): Promise<void>;
  /** Calls back with settings changed elsewhere; returns an unwatch function. */
  watch?(cb: (s: ReaderSettings | null) => void): () => void;
  libraryHref: string;
}

export interface OptionsView {
  ready: Promise<void>;
  current(): ReaderSettings;
  destroy(): void;
}

export function mountOptions(root: HTMLElement, deps: OptionsDeps): OptionsView {
  root.textContent = '';
  root.classList.add('opt');
  let current = DEFAULT_SETTINGS;
  let lastWritten = '';
  const status = h('p', { class: 'opt-status', role: 'status', 'aria-live': 'polite' });
  const slot = h('div', { class: 'opt-panel' });
  const reset = h('button', { type: 'button', class: 'opt-reset' }, 'Reset to defaults');
  root.append(
    h('header', { class: 'opt-head' }, h('h1', {}, 'Inkwell settings'), h('nav', { 'aria-label': 'Inkwell pages' }, h('a', { href: deps.libraryHref }, 'Library'))),
    h('p', { class: 'opt-intro' }, 'How the reader shows stories. Changes are saved at once and apply to an open reader too.'),
    slot,
    h('div', { class: 'opt-actions' }, reset),
    status,
  );

  let statusTimer: ReturnType<typeof setTimeout> | undefined;
  const saved = (text = 'Saved.') => {
    clearTimeout(statusTimer);
    statusTimer = setTimeout(() => (status.textContent = text), 250);
  };

  const save = (next: ReaderSettings) => {
    current = normalizeSettings(next);
    lastWritten = JSON.stringify(current);
    deps.set(current).then(
      () => saved(),
      (e: Error) => {
        clearTimeout(statusTimer);
        status.textContent = `The setting could not be saved: ${e.message}`;
      },
    );
  };

  const draw = () => {
    slot.textContent = '';
    slot.append(renderSettingsPanel(current, save, 'Reader defaults'));
  };

  reset.addEventListener('click', () => {
    save(DEFAULT_SETTINGS);
    draw();
    saved('Settings reset to the defaults.');
  });

  const unwatch = deps.watch?.((s) => {
    const next = normalizeSettings(s);
    if (JSON.stringify(next) === lastWritten || JSON.stringify(next) === JSON.stringify(current)) return;
    current = next;
    draw();
  });

  const ready = deps
    .get()
    .catch(() => null)
    .then((s) => {
      current = normalizeSettings(s);
      draw();
    });

  return {
    ready,
    current: () => current,
    destroy() {
      unwatch?.();
      clearTimeout(statusTimer);
    },
  };
}
