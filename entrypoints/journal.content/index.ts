/**
 * The script every journal page loads, kept small (its 15 KB gzipped budget, bench/sections/size.ts): it reads the page's
 * text for the signs a story needs (utils/extract/screen.ts: a fic word, a part marker, two header labels…) and, where
 * there are any, asks the background for the detector proper (entrypoints/story-posts.content/), which finds the story
 * posts and puts their 'Read in Inkwell' buttons. A page with none of those signs (a diary, a friends list, a profile)
 * loads nothing more; text added later (an expanded cut, infinite scroll) is read again.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { rawRuntime } from '../../utils/ext';
import { DETECTOR_BUILD } from '../../utils/extract/build-flags';
import { mayHoldStories } from '../../utils/extract/screen';
import { JOURNAL_INCLUDE_GLOBS, JOURNAL_MATCHES } from '../../utils/hosts';
import type { IncomingMessage, Reply } from '../../utils/messages';
import { onDemand } from '../../utils/stages';
import { journalSiteOfUrl } from '../../utils/url';
import type { StoryPostsApi } from '../story-posts.content/index';

export default defineContentScript({
  // The manifest's: WXT reads them at build time, without the detector's build flag (build-flags.ts). The
  // detector's own bundle never reads them, and leaves them (and the host lists they are made from) out.
  matches: DETECTOR_BUILD ? [] : JOURNAL_MATCHES,
  includeGlobs: DETECTOR_BUILD ? [] : JOURNAL_INCLUDE_GLOBS,
  runAt: 'document_idle',
  main(ctx) {
    // A Wayback copy of anything but a journal page (the globs cannot say so exactly): nothing runs.
    if (journalSiteOfUrl(location.href) === 'unknown') return;
    const loadStoryPosts = onDemand<StoryPostsApi>('story-posts', () => rawRuntime.sendMessage({ type: 'inject-story-posts' }));
    // Once the detector proper is asked for, it reads the page (and its later posts) itself.
    let asked = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const screen = () => {
      if (asked || !mayHoldStories(document)) return;
      asked = true;
      observer.disconnect();
      loadStoryPosts().catch((e) => console.error('[Inkwell]', e));
    };
    // Later text: read again (debounced) when real content arrives.
    const observer = new MutationObserver((records) => {
      if (!records.some((r) => Array.from(r.addedNodes).some((n) => (n.textContent?.length ?? 0) > 80))) return;
      clearTimeout(timer);
      // The extension reloaded or removed: this copy's runtime is gone.
      timer = setTimeout(() => (rawRuntime.id ? screen() : observer.disconnect()), 400);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
    });
    screen();

    // The popup asks the page to open the reader ("Continue" on a saved story, "Read this page"): the detector proper
    // answers where it was loaded. Answered with sendResponse (Chrome does not take a promise from a listener).
    rawRuntime.onMessage.addListener((message, _sender, sendResponse) => {
      const msg = message as IncomingMessage<'tab'> | undefined;
      if (msg?.type !== 'open-reader-here') return undefined;
      const answer: (res: Reply<'open-reader-here'>) => void = sendResponse;
      if (!asked) {
        answer({ ok: false, error: 'No story on this page.' });
        return undefined;
      }
      loadStoryPosts()
        .then((posts) => posts.openHere(msg.refresh === true))
        .then(answer, (e: Error) => answer({ ok: false, error: e.message }));
      return true;
    });
  },
});
