/**
 * CSS of reading by touch (touch-nav.ts) and of a phone's screen: the bar put away while reading, the
 * settings as a sheet at the bottom (where a thumb reaches), and the safe-area insets of a screen with
 * notches and rounded corners (they are zero where there are none, and inside a frame). Part of READER_CSS.
 */
export const TOUCH_CSS = `
.ink-scroll { touch-action: pan-y pinch-zoom; }
.ink-dialog.ink-bar-away > .ink-bar:not(:focus-within) { position: absolute; top: 0; left: 0; right: 0; z-index: 4; transform: translateY(-100%); }
.ink-bar { padding: max(6px, env(safe-area-inset-top)) max(12px, env(safe-area-inset-right)) 6px max(12px, env(safe-area-inset-left)); }
.ink-column { padding-left: max(20px, env(safe-area-inset-left)); padding-right: max(20px, env(safe-area-inset-right)); }
.ink-offer { padding-left: max(12px, env(safe-area-inset-left)); padding-right: max(12px, env(safe-area-inset-right)); }
@media (max-width: 700px) {
  .ink-bar { gap: 4px; }
  .ink-settings { top: auto; left: 0; right: 0; bottom: 0; width: auto; max-height: 70%; box-sizing: border-box; border-left: 0;
    border-top: 1px solid var(--line); border-radius: 12px 12px 0 0; box-shadow: 0 -4px 12px rgba(0,0,0,.2);
    padding: 12px max(16px, env(safe-area-inset-right)) calc(12px + env(safe-area-inset-bottom)) max(16px, env(safe-area-inset-left)); }
}
`;
