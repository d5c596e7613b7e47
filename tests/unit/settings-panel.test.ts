// @vitest-environment jsdom
/**
 * The settings panel's choices (font, theme) are radio groups: one name per group, so exactly one
 * option is checked, picking one unchecks the others, and the browser's arrow keys move within the
 * group (that part is proven in the browser suites: jsdom has no arrow-key behaviour).
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { renderSettingsPanel } from '../../components/reader/settings-panel';
import { DEFAULT_SETTINGS } from '../../utils/settings';

const groups = (root: ParentNode) =>
  Array.from(root.querySelectorAll('fieldset')).map((fs) => ({
    legend: fs.querySelector('legend')!.textContent,
    radios: Array.from(fs.querySelectorAll<HTMLInputElement>('input[type=radio]')),
  }));

beforeEach(() => {
  document.body.innerHTML = '';
});

describe('the settings panel’s radio groups', () => {
  it('gives each group one name of its own, with exactly one option checked', () => {
    const panel = renderSettingsPanel({ ...DEFAULT_SETTINGS, font: 'sans', theme: 'dark' }, () => undefined);
    document.body.append(panel);
    const found = groups(panel);
    expect(found.map((g) => g.legend)).toEqual(['Font', 'Theme']);
    for (const g of found) {
      expect(new Set(g.radios.map((r) => r.name)).size, g.legend!).toBe(1);
      expect(g.radios.filter((r) => r.checked)).toHaveLength(1);
    }
    expect(found[0].radios[0].name).not.toBe(found[1].radios[0].name);
    expect(found[0].radios.find((r) => r.checked)!.value).toBe('sans');
    expect(found[1].radios.find((r) => r.checked)!.value).toBe('dark');
  });

  it('picks every option in turn: only that one stays checked, and each pick is reported', () => {
    const onChange = vi.fn();
    const panel = renderSettingsPanel(DEFAULT_SETTINGS, onChange);
    document.body.append(panel);
    for (const { legend, radios } of groups(panel)) {
      const key = legend === 'Font' ? 'font' : 'theme';
      // Starting after the checked one, twice round: an option picked before (left checked, 'looking
      // selected', by a broken group) is picked again, and each pick is a change.
      const at = radios.findIndex((r) => r.checked);
      const order = [...radios.slice(at + 1), ...radios.slice(0, at + 1)];
      for (const radio of [...order, ...order]) {
        radio.click();
        expect(radios.filter((r) => r.checked).map((r) => r.value)).toEqual([radio.value]);
        expect(onChange).toHaveBeenLastCalledWith(expect.objectContaining({ [key]: radio.value }));
      }
    }
  });

  it('keeps two panels on one page apart (a redrawn options form, or the reader beside it)', () => {
    const a = renderSettingsPanel({ ...DEFAULT_SETTINGS, theme: 'light' }, () => undefined);
    const b = renderSettingsPanel({ ...DEFAULT_SETTINGS, theme: 'black' }, () => undefined);
    document.body.append(a, b);
    const themeA = groups(a)[1].radios;
    const themeB = groups(b)[1].radios;
    expect(themeA[0].name).not.toBe(themeB[0].name);
    themeA.find((r) => r.value === 'sepia')!.click();
    expect(themeB.find((r) => r.checked)!.value).toBe('black');
    // Every radio has its own id, and its label points at it.
    const ids = [...themeA, ...themeB].map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of [...themeA, ...themeB]) expect(r.closest('label')!.htmlFor).toBe(r.id);
  });
});
