/**
 * Reader settings: typography, theme, reading speed, images. Stored with WXT's storage API
 * (browser.storage.local), so the reader, the popup and the options page share them and the
 * reader picks up a change at once through `watch`.
 */
import { storage } from 'wxt/utils/storage';

export type FontChoice = 'serif' | 'sans' | 'mono';
export type ThemeChoice = 'system' | 'light' | 'sepia' | 'dark' | 'black';

export interface ReaderSettings {
  font: FontChoice;
  /** Body text size in px. */
  size: number;
  lineHeight: number;
  /** Column width in characters (em). */
  width: number;
  theme: ThemeChoice;
  justify: boolean;
  /** Words a minute, for "time left". */
  wpm: number;
  /**
   * Remote images in parts fetched from other pages (each image's host learns who read the part,
   * and when). Off until the reader chooses (`imagesChosen`); a story can say otherwise
   * (StoryRecord.showImages). Images of the page the reader is on show: the page loaded them.
   */
  loadImages: boolean;
  /** The reader has answered the images question (asked on first opening the settings). */
  imagesChosen: boolean;
}

export const DEFAULT_SETTINGS: ReaderSettings = {
  font: 'serif',
  size: 19,
  lineHeight: 1.6,
  width: 36,
  theme: 'system',
  justify: false,
  wpm: 250,
  loadImages: false,
  imagesChosen: false,
};

export const LIMITS = {
  size: { min: 12, max: 36, step: 1 },
  lineHeight: { min: 1.2, max: 2.2, step: 0.1 },
  width: { min: 24, max: 60, step: 2 },
  wpm: { min: 100, max: 800, step: 10 },
} as const;

export const readerSettings = storage.defineItem<ReaderSettings>('local:reader-settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** Settings as stored may be partial or hand-edited: fill gaps, clamp numbers. */
export function normalizeSettings(raw: Partial<ReaderSettings> | null | undefined): ReaderSettings {
  const s = { ...DEFAULT_SETTINGS, ...(raw ?? {}) };
  const clamp = (v: unknown, k: keyof typeof LIMITS) => {
    const n = typeof v === 'number' && Number.isFinite(v) ? v : DEFAULT_SETTINGS[k];
    return Math.min(LIMITS[k].max, Math.max(LIMITS[k].min, n));
  };
  return {
    font: ['serif', 'sans', 'mono'].includes(s.font) ? s.font : 'serif',
    size: clamp(s.size, 'size'),
    lineHeight: Math.round(clamp(s.lineHeight, 'lineHeight') * 10) / 10,
    width: clamp(s.width, 'width'),
    theme: ['system', 'light', 'sepia', 'dark', 'black'].includes(s.theme) ? s.theme : 'system',
    justify: !!s.justify,
    wpm: clamp(s.wpm, 'wpm'),
    // Only an answer makes images load: a stored `loadImages: true` from before the question
    // was asked was the old default, not a choice.
    loadImages: s.imagesChosen === true && s.loadImages === true,
    imagesChosen: s.imagesChosen === true,
  };
}

export const KEYBOARD_SHORTCUTS: [string, string][] = [
  ['j / ↓', 'Scroll down'],
  ['k / ↑', 'Scroll up'],
  ['Space', 'Down a screen'],
  ['Shift + Space', 'Up a screen'],
  ['n', 'Next part'],
  ['p', 'Previous part'],
  ['+ / −', 'Text size'],
  ['Esc', 'Close the reader'],
];
