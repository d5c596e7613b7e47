/**
 * The popup's start script (popup.html loads it first, a classic deferred script): the page's styles,
 * the first screen as it was last drawn (components/first-screen-snapshot.ts), and the database's
 * read of the first screen (utils/library-early.ts), before the popup's module and its chunks have
 * loaded. Small on purpose: nothing else is imported.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { FIRST_SCREEN_SIZE } from '../components/first-screen-cache';
import { addStyles, drawSnapshot } from '../components/first-screen-snapshot';
import ui from '../components/ui.css?inline';
import { startEarlyRead } from '../utils/library-early';
import page from './popup/style.css?inline';

export default defineUnlistedScript(() => {
  // The first screen's read starts now, while the module graph loads (the module takes it).
  startEarlyRead(FIRST_SCREEN_SIZE);
  addStyles(ui + page);
  drawSnapshot('popup', document.getElementById('app'));
});
