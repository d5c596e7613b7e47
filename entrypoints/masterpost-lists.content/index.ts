/**
 * A stage of the detector for posts that may be masterposts: the reading of a masterpost's list of
 * parts (utils/extract/part-links.ts `readMasterpost`: its list, and whether it is a masterpost's or a
 * chapter's navigation), kept out of the script every journal page loads (its size
 * budget). The background injects it (registration: runtime) into the frame of a journal page that
 * asks, which the detector does only when a post there may be a masterpost: a header or a fic subject,
 * no part marker, hardly any prose, and links to two or more other entries (`masterpostPossible`,
 * utils/extract/index.ts). The detector then decides every post of the page again with it.
 *
 * It does nothing by itself: it puts a pure function on the isolated world's global under a
 * symbol (the page's scripts cannot reach that world, and no page element can answer a symbol).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { MasterpostLists } from '../../utils/extract/index';
import { readMasterpost } from '../../utils/extract/part-links';
import { provideStage } from '../../utils/stages';

export default defineContentScript({
  registration: 'runtime',
  main() {
    const api: MasterpostLists = { readMasterpost };
    provideStage('masterpost-lists', api);
  },
});
