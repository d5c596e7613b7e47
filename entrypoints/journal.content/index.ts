import { defineContentScript } from 'wxt/utils/define-content-script';
import { JOURNAL_MATCHES } from '../../utils/hosts';

export default defineContentScript({
  matches: JOURNAL_MATCHES,
  runAt: 'document_idle',
  main() {},
});
