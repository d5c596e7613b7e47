import { defineBackground } from 'wxt/utils/define-background';

export default defineBackground(() => {
  // Fetching and storage arrive with the reader (issue 4).
});
