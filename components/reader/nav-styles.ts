/**
 * CSS of the reader's navigation: the bar's part controls and menu, the end-of-part controls, and
 * touch-sized targets (44 px, where the pointer is coarse). Part of READER_CSS.
 */
export const NAV_CSS = `
.ink-parts-nav { display: flex; gap: 4px; align-items: center; }
.ink-parts-nav[hidden] { display: none; }
.ink-icon { min-width: 34px; font-size: 18px; line-height: 1; }
.ink-btn[aria-disabled="true"] { opacity: .6; cursor: default; }
.ink-parts-menu { position: absolute; top: 100%; right: 8px; z-index: 3; min-width: 220px; max-width: calc(100vw - 16px); max-height: min(60vh, 480px);
  overflow-y: auto; padding: 4px; background: var(--panel); border: 1px solid var(--line); border-radius: 8px; box-shadow: 0 6px 18px rgba(0,0,0,.25); }
.ink-parts-menu[hidden] { display: none; }
.ink-parts-menu ol { list-style: none; margin: 0; padding: 0; }
.ink-parts-menu button { display: block; width: 100%; min-height: 36px; padding: 6px 10px; border: 0; border-radius: 6px; background: transparent; color: var(--fg); font-size: 14px; text-align: left; cursor: pointer; }
.ink-parts-menu button:hover, .ink-parts-menu button[aria-current] { background: var(--bg); }
.ink-parts-menu button[aria-current] { font-weight: 600; }
.ink-parts-menu button:focus-visible { outline: 3px solid var(--accent); outline-offset: -3px; }
.ink-part-end { display: flex; flex-direction: column; gap: 10px; margin: 1.5em 0 0; padding-top: 14px; border-top: 1px solid var(--line); font: 14px/1.5 system-ui, sans-serif; }
.ink-end-row { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
.ink-big { min-height: 40px; padding: 8px 16px; font-size: 15px; }
a.ink-btn { display: inline-flex; align-items: center; box-sizing: border-box; text-decoration: none; color: var(--link); }
.ink-toggle[aria-pressed="true"] { background: var(--accent); color: var(--bg); border-color: var(--accent); }
.ink-awaited { margin: 0; color: var(--muted); font-style: italic; }
.ink-related { margin: 0; padding-left: 1.2em; }
.ink-seg label:has(input:checked) { border-color: var(--accent); font-weight: 600; }
.ink-body { position: relative; }
@media (max-width: 700px) { .ink-settings { top: 0; } }
@media (pointer: coarse) {
  .ink-btn, .ink-parts-menu button, .ink-seg label { min-height: 44px; min-width: 44px; }
  .ink-toc a, .ink-part-links a, .ink-related a, .ink-card summary { display: inline-flex; align-items: center; min-height: 44px; min-width: 44px; }
  .ink-settings input[type=range] { height: 44px; }
  .ink-settings input[type=checkbox] + *, .ink-settings label:has(input[type=checkbox]) { display: inline-flex; align-items: center; min-height: 44px; }
}
`;
