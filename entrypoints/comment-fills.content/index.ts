/**
 * The detector's second stage: the comment walk that finds fills (utils/extract/comments.ts), kept
 * out of the script every journal page loads (its 15 KB budget). The background injects it
 * (registration: runtime) into the frame of a journal entry page that asks, which the detector does
 * only when its entry is no story and the page shows comments (`fillsPossible`, utils/extract/index.ts).
 *
 * It does nothing by itself: it puts one pure function on the isolated world's global under a
 * symbol (the page's scripts cannot reach that world, and no page element can answer a symbol), and
 * the detector calls it and places the buttons as for any story.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { type CommentStoryLocation, commentStories } from '../../utils/extract/comments';
import { provideStage } from '../../utils/stages';

/** What this stage gives the detector. */
export interface CommentFillsApi {
  commentStories(doc: Document, pageUrl: string, by?: string): CommentStoryLocation[];
}

export default defineContentScript({
  registration: 'runtime',
  main() {
    const api: CommentFillsApi = { commentStories };
    provideStage('comment-fills', api);
  },
});
