/**
 * The popup's start script (popup.html loads it first, a classic deferred script): the page's styles,
 * and the first screen as it was last drawn (components/first-screen-snapshot.ts), before the popup's
 * module and its chunks have loaded. Small on purpose: nothing else is imported.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addStyles, drawSnapshot } from '../components/first-screen-snapshot';
import ui from '../components/ui.css?inline';
import page from './popup/style.css?inline';

export default defineUnlistedScript(() => {
  addStyles(ui + page);
  drawSnapshot('popup', document.getElementById('app'));
});
