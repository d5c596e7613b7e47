/** The options page (components/options-view.ts does the work). */
import '../../components/ui.css';
import './style.css';
import { mountOptions } from '../../components/options-view';
import { readerSettings } from '../../utils/settings';

mountOptions(document.getElementById('app')!, {
  get: () => readerSettings.getValue(),
  set: (s) => readerSettings.setValue(s),
  watch: (cb) => readerSettings.watch(cb),
  libraryHref: '/library.html',
});
