/**
 * The reader's controls: font, size, line height, column width, theme, justification, reading
 * speed, images. Each change applies at once (onChange) and is persisted by the caller.
 * Also used by the options page.
 */
import { KEYBOARD_SHORTCUTS, LIMITS, type ReaderSettings } from '../../utils/settings';
import { h } from './dom';

let uid = 0;

function radios<T extends string>(legend: string, name: string, options: [T, string][], value: T, onPick: (v: T) => void): HTMLElement {
  const fs = h('fieldset', {});
  fs.append(h('legend', {}, legend));
  const seg = h('div', { class: 'ink-seg' });
  // One name for the whole group: the browser then keeps one option checked and moves it with the
  // arrow keys. Unique per panel, so two panels on one page (or a redrawn one) never share a group.
  const group = `ink-${name}-${++uid}`;
  for (const [v, label] of options) {
    const id = `${group}-${v}`;
    const input = h('input', { type: 'radio', name: group, id, value: v, checked: v === value });
    input.addEventListener('change', () => input.checked && onPick(v));
    const l = h('label', { for: id });
    l.append(input, label);
    seg.append(l);
  }
  fs.append(seg);
  return fs;
}

function range(label: string, key: keyof typeof LIMITS, value: number, format: (n: number) => string, onSet: (v: number) => void): HTMLElement {
  const id = `ink-${key}-${++uid}`;
  const wrap = h('div', { class: 'ink-range' });
  const out = h('output', { for: id }, format(value));
  const lab = h('label', { class: 'ink-label', for: id }, `${label}: `);
  lab.append(out);
  const input = h('input', { type: 'range', id, min: LIMITS[key].min, max: LIMITS[key].max, step: LIMITS[key].step, value });
  input.addEventListener('input', () => {
    const v = Number(input.value);
    out.textContent = format(v);
    onSet(v);
  });
  wrap.append(lab, input);
  return wrap;
}

function checkbox(label: string, checked: boolean, onSet: (v: boolean) => void): HTMLElement {
  const id = `ink-cb-${++uid}`;
  const input = h('input', { type: 'checkbox', id, checked });
  input.addEventListener('change', () => onSet(input.checked));
  const l = h('label', { for: id });
  l.append(input, ` ${label}`);
  return h('div', {}, l);
}

/**
 * The images question, asked until answered (issue 10, item 9): a choice in plain words at the top
 * of the settings, not a checkbox among the others. Answering sets both `loadImages` and `imagesChosen`.
 */
function imagesQuestion(onAnswer: (load: boolean) => void): HTMLElement {
  const id = `ink-images-q-${++uid}`;
  const box = h('section', { class: 'ink-question', role: 'group', 'aria-labelledby': id });
  box.append(
    h('h3', { id }, 'Show pictures from other pages?'),
    h(
      'p',
      {},
      'Parts of a story that Inkwell fetches from other pages can hold pictures kept on other websites. Loading a picture tells its website that you are reading, and when. Pictures on the page you are on are loaded by that page already, so they show either way.',
    ),
  );
  const buttons = h('div', { class: 'ink-question-buttons' });
  for (const [label, load] of [
    ['Keep them off', false],
    ['Show pictures', true],
  ] as const) {
    const b = h('button', { type: 'button', class: 'ink-btn' }, label);
    b.addEventListener('click', () => onAnswer(load));
    buttons.append(b);
  }
  box.append(buttons, h('p', { class: 'ink-question-note' }, 'You can change this below, and for one story with the reader’s Images button.'));
  return box;
}

export function renderSettingsPanel(settings: ReaderSettings, onChange: (next: ReaderSettings) => void, heading = 'Reading settings'): HTMLElement {
  let current = { ...settings };
  const set = <K extends keyof ReaderSettings>(k: K, v: ReaderSettings[K]) => {
    current = { ...current, [k]: v };
    onChange(current);
  };
  const panel = h('div', { class: 'ink-settings-inner' });
  const images = checkbox('Load images from posts on other pages', settings.loadImages, (v) => {
    current = { ...current, loadImages: v, imagesChosen: true };
    question?.remove();
    onChange(current);
  });
  const question = settings.imagesChosen
    ? null
    : imagesQuestion((load) => {
        current = { ...current, loadImages: load, imagesChosen: true };
        images.querySelector('input')!.checked = load;
        question!.remove();
        onChange(current);
        images.querySelector('input')!.focus();
      });
  panel.append(
    h('h2', {}, heading),
    ...(question ? [question] : []),
    radios(
      'Font',
      'font',
      [
        ['serif', 'Serif'],
        ['sans', 'Sans'],
        ['mono', 'Mono'],
      ],
      settings.font,
      (v) => set('font', v),
    ),
    range(
      'Text size',
      'size',
      settings.size,
      (n) => `${n}px`,
      (v) => set('size', v),
    ),
    range(
      'Line height',
      'lineHeight',
      settings.lineHeight,
      (n) => n.toFixed(1),
      (v) => set('lineHeight', v),
    ),
    range(
      'Column width',
      'width',
      settings.width,
      (n) => `${n}em`,
      (v) => set('width', v),
    ),
    radios(
      'Theme',
      'theme',
      [
        ['system', 'System'],
        ['light', 'Light'],
        ['sepia', 'Sepia'],
        ['dark', 'Dark'],
        ['black', 'Black'],
      ],
      settings.theme,
      (v) => set('theme', v),
    ),
    checkbox('Justify text', settings.justify, (v) => set('justify', v)),
    range(
      'Reading speed',
      'wpm',
      settings.wpm,
      (n) => `${n} words/min`,
      (v) => set('wpm', v),
    ),
    images,
  );
  const keys = h('dl', { class: 'ink-keys', 'aria-label': 'Keyboard shortcuts' });
  for (const [k, what] of KEYBOARD_SHORTCUTS) keys.append(h('dt', {}, k), h('dd', {}, what));
  panel.append(h('h2', {}, 'Keys'), keys);
  return panel;
}
