/**
 * A stage of the detector for layouts no site style knows: the fallback that finds their posts
 * (utils/extract/posts.ts `unlistedPosts`: an entry page's densest block of text, an index page's
 * posts around their permalinks), kept out of the script every journal page loads (its size
 * budget). The background injects it (registration: runtime) into the frame of a journal page that
 * asks, which the detector does only when no site style found a post there and the fallback may
 * find one (`unlistedPossible`, utils/extract/index.ts). Which of the found posts are stories the
 * detector decides itself, as for any post.
 *
 * It does nothing by itself: it puts one pure function on the isolated world's global under a
 * symbol (the page's scripts cannot reach that world, and no page element can answer a symbol).
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import type { UnlistedPostsFinder } from '../../utils/extract/index';
import { unlistedPosts } from '../../utils/extract/posts';
import { provideStage } from '../../utils/stages';

/** What this stage gives the detector. */
export interface UnlistedPostsApi {
  unlistedPosts: UnlistedPostsFinder;
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const api: UnlistedPostsApi = { unlistedPosts };
    provideStage('unlisted-posts', api);
  },
});
