/**
 * The reader's CSS, injected into its shadow root (so nothing from the page or a post reaches
 * it, and nothing of it reaches the page). Sizes in px/em: `rem` would follow the page's font.
 * Theme colours meet WCAG AA (text ≥ 7:1, links and muted text ≥ 4.5:1 on their background).
 */
import { HOST_CSS } from './host-styles';
import { NAV_CSS } from './nav-styles';
import { TOUCH_CSS } from './touch-styles';

export const THEMES = {
  light: { bg: '#fdfcf8', fg: '#1d1d1f', muted: '#55524b', link: '#1a4fa0', line: '#d9d5ca', accent: '#2b345c', panel: '#f3f1ea' },
  sepia: { bg: '#f4ecd8', fg: '#3b2f20', muted: '#5e4e37', link: '#7a3300', line: '#d8ccb0', accent: '#6b4a1f', panel: '#ece2c8' },
  dark: { bg: '#1e1f24', fg: '#e4e1da', muted: '#b3aea3', link: '#a8c4ff', line: '#3a3c45', accent: '#c9d3ff', panel: '#272930' },
  black: { bg: '#000000', fg: '#d8d8d8', muted: '#a6a6a6', link: '#9dbbff', line: '#2e2e2e', accent: '#c9d3ff', panel: '#111111' },
} as const;

const themeVars = (name: keyof typeof THEMES) => {
  const t = THEMES[name];
  return `--bg:${t.bg};--fg:${t.fg};--muted:${t.muted};--link:${t.link};--line:${t.line};--accent:${t.accent};--panel:${t.panel};`;
};

export const READER_CSS = `
${HOST_CSS}
.ink-root { position: fixed; inset: 0; z-index: 2147483647; ${themeVars('light')}
  background: var(--bg); color: var(--fg); font: 16px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  --reader-font: Georgia, "Iowan Old Style", "Palatino Linotype", "Book Antiqua", serif; --size: 19px; --lh: 1.6; --width: 36em; --align: left; }
.ink-root.theme-light { ${themeVars('light')} }
.ink-root.theme-sepia { ${themeVars('sepia')} }
.ink-root.theme-dark { ${themeVars('dark')} }
.ink-root.theme-black { ${themeVars('black')} }
@media (prefers-color-scheme: dark) { .ink-root.theme-system { ${themeVars('dark')} } }
.ink-root.font-sans { --reader-font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.ink-root.font-mono { --reader-font: "Atkinson Hyperlegible Mono", ui-monospace, "Cascadia Mono", "DejaVu Sans Mono", Menlo, Consolas, monospace; }
.ink-dialog { position: absolute; inset: 0; display: flex; flex-direction: column; outline: none; }
.ink-bar { flex: none; display: flex; align-items: center; gap: 8px; padding: 6px 12px; border-bottom: 1px solid var(--line); background: var(--bg); position: relative; }
.ink-bar-title { flex: 1; min-width: 0; overflow: hidden; text-overflow: ellipsis; white-space: nowrap; font-weight: 600; font-size: 14px; }
.ink-stat { font-size: 13px; color: var(--muted); white-space: nowrap; font-variant-numeric: tabular-nums; }
.ink-progress { position: absolute; left: 0; bottom: -1px; height: 3px; background: var(--accent); width: 0; transition: width .2s linear; }
button, select, input { font: inherit; color: inherit; }
.ink-btn { background: transparent; border: 1px solid var(--line); border-radius: 6px; padding: 5px 10px; cursor: pointer; font-size: 13px; color: var(--fg); min-height: 32px; }
.ink-btn:hover { background: var(--panel); }
.ink-btn:focus-visible, a:focus-visible, summary:focus-visible, select:focus-visible, input:focus-visible, .ink-scroll:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.ink-download { position: relative; }
.ink-download-menu { position: absolute; right: 0; top: calc(100% + 4px); z-index: 3; display: flex; flex-direction: column; gap: 4px; padding: 6px; background: var(--bg); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 4px 12px rgba(0,0,0,.18); }
.ink-download-menu[hidden] { display: none; }
.ink-download-menu .ink-btn { white-space: nowrap; text-align: left; }
.ink-body { flex: 1; display: flex; min-height: 0; }
.ink-scroll { flex: 1; overflow-y: auto; overscroll-behavior: contain; scroll-behavior: auto; }
.ink-column { max-width: var(--width); margin: 0 auto; padding: 24px 20px 50vh; font-family: var(--reader-font); font-size: var(--size); line-height: var(--lh); }
.ink-card { border-bottom: 1px solid var(--line); padding-bottom: 16px; margin-bottom: 16px; }
.ink-card h1 { font-size: 1.6em; line-height: 1.2; margin: 0 0 .3em; }
.ink-byline { color: var(--muted); margin: 0 0 .8em; font-size: .9em; }
.ink-fields { display: grid; grid-template-columns: max-content 1fr; gap: .2em .8em; margin: 0; font-size: .85em; }
.ink-fields dt { color: var(--muted); font-weight: 600; }
.ink-fields dd { margin: 0; }
.ink-badge { display: inline-block; font: 600 12px/1.6 system-ui, sans-serif; padding: 0 .6em; border-radius: 4px; border: 1px solid var(--fg); margin-left: .5em; vertical-align: middle; }
.ink-card details { margin-top: .6em; font-size: .85em; }
.ink-card summary { cursor: pointer; color: var(--muted); font-weight: 600; }
.ink-links { margin-top: .8em; font-size: .85em; }
.ink-elsewhere { margin: 0 0 .6em; font-size: 1.1em; }
.ink-card-related h2 { font-size: 1em; margin: 0 0 .3em; color: var(--muted); }
.ink-card-related ul { margin: 0; padding-left: 1.2em; }
.ink-host { color: var(--muted); }
@media (pointer: coarse) { .ink-links a { display: inline-flex; align-items: center; min-height: 44px; } }
.ink-toc { font-size: .85em; margin: 0 0 24px; }
.ink-toc h2 { font-size: 1em; margin: 0 0 .4em; color: var(--muted); }
.ink-toc ol { margin: 0; padding-left: 1.6em; }
.ink-toc .ink-failed-mark { color: var(--muted); }
a { color: var(--link); }
/* A part's text is laid out near the view only (part-slot.ts laidOutNearView). Contained, a part keeps its heading's
   top margin inside it: the space above a part is its own margin (what the heading's 1em of 1.25em was), so the
   part's top is its heading's, where part navigation puts it. Its contents are clipped to its box, which reaches 6px
   past the column on each side and below: focus rings inside it stay whole (the bottom margin gives the 6px back). */
.ink-part { margin: 1.25em -6px calc(2.5em - 6px); padding: 0 6px 6px; }
.ink-part[data-text] { content-visibility: auto; }
.ink-part > header h2 { font-size: 1.25em; margin: 0 0 .2em; }
.ink-part-links { font: 13px/1.4 system-ui, sans-serif; color: var(--muted); margin: 0 0 1em; }
.ink-part-links a { margin-right: 1em; }
.ink-prose { text-align: var(--align); hyphens: auto; overflow-wrap: break-word; }
.ink-prose p { margin: 0 0 1em; }
.ink-prose img { max-width: 100%; height: auto; }
.ink-prose table { max-width: 100%; display: block; overflow-x: auto; }
.ink-prose pre { white-space: pre-wrap; }
.ink-prose hr { border: 0; text-align: center; margin: 1.5em 0; }
.ink-prose hr::after { content: "⁂"; color: var(--muted); }
.ink-prose blockquote { margin: 0 0 1em; padding-left: 1em; border-left: 3px solid var(--line); }
.ink-status { font: 14px/1.5 system-ui, sans-serif; padding: 12px 14px; border: 1px dashed var(--line); border-radius: 8px; color: var(--fg); background: var(--panel); }
.ink-status p { margin: 0 0 .5em; }
.ink-status[data-state="loading"], .ink-status[data-state="deferred"] { color: var(--muted); }
.ink-end { height: 1px; }
.ink-notice { font: 14px/1.5 system-ui, sans-serif; padding: 8px 12px; margin: 0 0 16px; border-radius: 6px; background: var(--panel); border: 1px solid var(--line); }
.ink-offer { flex: none; display: flex; align-items: center; gap: 8px; padding: 4px 12px; border-bottom: 1px solid var(--line); background: var(--panel); font: 14px/1.4 system-ui, sans-serif; }
.ink-kept { font: 13px/1.5 system-ui, sans-serif; color: var(--muted); margin: 0 0 1em; padding: 4px 10px; border-left: 3px solid var(--line); }
.ink-settings { flex: none; width: 280px; border-left: 1px solid var(--line); padding: 12px 16px; overflow-y: auto; background: var(--panel); font-size: 14px; }
.ink-settings[hidden] { display: none; }
.ink-settings h2 { font-size: 15px; margin: 0 0 12px; }
.ink-settings fieldset { border: 0; padding: 0; margin: 0 0 14px; }
.ink-settings legend, .ink-settings label.ink-label { display: block; font-weight: 600; margin-bottom: 4px; }
.ink-seg { display: flex; flex-wrap: wrap; gap: 4px; }
.ink-seg label { display: inline-flex; align-items: center; gap: 4px; border: 1px solid var(--line); border-radius: 6px; padding: 3px 8px; cursor: pointer; background: var(--bg); }
.ink-settings input[type=range] { width: 100%; }
.ink-question { border: 2px solid var(--accent); border-radius: 8px; padding: 10px 12px; margin: 0 0 16px; background: var(--bg); }
.ink-question h3 { font-size: 15px; margin: 0 0 6px; }
.ink-question p { margin: 0 0 8px; }
.ink-question-buttons { display: flex; flex-wrap: wrap; gap: 6px; margin: 0 0 6px; }
.ink-question-note { font-size: 13px; color: var(--muted); }
.ink-btn[aria-pressed="true"] { background: var(--panel); border-color: var(--accent); }
.ink-keys { font-size: 13px; margin: 0; display: grid; grid-template-columns: max-content 1fr; gap: 2px 10px; }
.ink-keys dt { font-family: ui-monospace, monospace; }
.ink-keys dd { margin: 0; color: var(--muted); }
.ink-sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
@media (max-width: 700px) { .ink-settings { position: absolute; right: 0; top: 45px; bottom: 0; z-index: 2; box-shadow: -4px 0 12px rgba(0,0,0,.2); } .ink-hide-narrow { display: none; } }
@media (prefers-reduced-motion: reduce) { .ink-progress { transition: none; } * { scroll-behavior: auto !important; animation: none !important; transition: none !important; } }
${NAV_CSS}
${TOUCH_CSS}`;
