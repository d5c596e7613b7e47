/**
 * The library page's start script (library.html loads it first, a classic deferred script): the
 * page's styles, and the list's first screen as it was last drawn (components/first-screen-snapshot.ts),
 * before the page's module and its chunks have loaded and the database has opened. Not for a story's
 * own view (#story=…). Small on purpose: nothing else is imported.
 */
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { addStyles, drawSnapshot } from '../components/first-screen-snapshot';
import ui from '../components/ui.css?inline';
import page from './library/style.css?inline';

export default defineUnlistedScript(() => {
  addStyles(ui + page);
  if (!location.hash) drawSnapshot('library', document.getElementById('app'));
});
