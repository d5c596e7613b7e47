/**
 * The detector proper, a stage of the script every journal page loads (entrypoints/journal.content/), which injects it
 * where its screen says the page may hold a story (utils/extract/screen.ts). It finds story posts with the same pure
 * extractPage the tests use, puts a 'Read in Inkwell' button beside each, and loads the reader only when a button is
 * first used. Posts added later (expanded cuts, infinite scroll) get theirs too.
 */
import { defineContentScript } from 'wxt/utils/define-content-script';
import { createReadButton, READ_BUTTON_TAG, readButtonNook, updateReadButtonTitle } from '../../components/read-button';
import { rawRuntime } from '../../utils/ext';
import { addFills, locateStories, type MasterpostLists, type StoryLocation, type UnlistedPostsFinder } from '../../utils/extract/index';
import type { StoryPost } from '../../utils/extract/types';
import type { Reply } from '../../utils/messages';
import { onDemand as onDemandOf, provideStage, type Stage } from '../../utils/stages';
import type { CommentFillsApi } from '../comment-fills.content/index';
import type { UnlistedPostsApi } from '../unlisted-posts.content/index';

/** What the reader content script exposes once injected (same isolated world, shared global). */
export interface ReaderApi {
  open(request: {
    /** The clicked post's story as the detector's build reads it (its URL, subject, fields and part): the reader reads the post again. */
    story: StoryPost;
    /** Its navigation lines (StoryLocation's `nav`): the background reads the part links it fetches at the click from them, as at the press. */
    nav?: StoryLocation['nav'];
    pageUrl: string;
    /** The URL the document was loaded at (replaceState does not change it): the background compares it with its own record. */
    loadedUrl: string;
    returnFocus?: HTMLElement | null;
    refresh?: boolean;
  }): Promise<void>;
  /**
   * A click is likely (the user's pointer on, or focus at, a Read button): the reader's frame is made now, out of sight
   * in `nook` (inside that button's closed root, read-button.ts `readButtonNook`), and the click shows it.
   */
  warm(nook: HTMLElement): void;
}
/** What this stage gives the script that loaded it: the popup's "Continue" / "Read this page" on this page (`open-reader-here`). */
export interface StoryPostsApi {
  openHere(refresh: boolean): Promise<Reply<'open-reader-here'>>;
}

/** A stage's script, injected by the background on `inject-STAGE` (utils/stages.ts). */
const onDemand = <T>(stage: Stage) => onDemandOf<T>(stage, () => rawRuntime.sendMessage({ type: `inject-${stage}` }));

export default defineContentScript({
  registration: 'runtime',
  main(ctx) {
    const loadedUrl = () => (performance.getEntriesByType('navigation')[0] as PerformanceEntry | undefined)?.name || location.href;
    // Keyed by where the button goes (its post's subject, else its text's first node): entries printed unwrapped share
    // one element, and the same key on every scan keeps one button per post.
    // A swap's reveals post holds several stories under one subject (extract/sections.ts): one button each, in order.
    const hosts = new Map<Node, { host: HTMLElement; loc: StoryLocation }[]>();
    const anchorOf = (loc: StoryLocation): Node => loc.subject ?? loc.range?.first ?? loc.body;
    const loadReader = onDemand<ReaderApi>('reader');
    const openReader = ({ story, nav }: StoryLocation, returnFocus: HTMLElement | null, refresh?: boolean) =>
      loadReader().then((reader) => reader.open({ story, nav, pageUrl: location.href, loadedUrl: loadedUrl(), returnFocus, refresh }));

    // The user's own press, then click (read-button.ts): the background starts fetching the story's parts at the press,
    // while the click comes and the reader loads. It reads the part links from the post's navigation lines itself,
    // under the session's rules. Told at the press and again at the click (a key's or an assistive tool's click comes
    // with no press): the background reads the library and fetches each part once for both (entrypoints/background.ts).
    const tellBackground = (key: Node, nth: number) => {
      const { story, nav } = hosts.get(key)?.[nth]?.loc ?? {};
      if (!story) return;
      rawRuntime.sendMessage({ type: 'reader:press', url: story.url, nav, title: story.fields.title, pageUrl: location.href, loadedUrl: loadedUrl() }).catch(() => undefined);
    };
    const open = async (key: Node, nth: number, button: HTMLElement) => {
      const loc = hosts.get(key)?.[nth]?.loc;
      if (!loc) return;
      tellBackground(key, nth);
      button.setAttribute('aria-busy', 'true');
      try {
        await openReader(loc, button);
      } catch (e) {
        console.error('[Inkwell]', e);
        button.setAttribute('title', `Inkwell could not open the reader: ${(e as Error).message}`);
      } finally {
        button.removeAttribute('aria-busy');
      }
    };

    const place = (loc: StoryLocation, nth: number) => {
      const key = anchorOf(loc);
      const placed = hosts.get(key) ?? [];
      const known = placed[nth];
      const title = loc.story.fields.title ?? loc.story.subject ?? '';
      if (known) {
        known.loc = loc; // an expanded cut may have made it complete
        updateReadButtonTitle(known.host, title);
        return;
      }
      // The reader's code is loaded when a click is likely (pointer over, or focus on, a button), and its frame made out
      // of sight: by the click both are there. Only our own code and page: nothing is fetched.
      const host: HTMLElement = createReadButton(
        document,
        title,
        (button) => void open(key, nth, button),
        () =>
          void loadReader()
            .then((reader) => {
              const nook = readButtonNook(host);
              if (nook) reader.warm(nook);
            })
            .catch(() => undefined),
        () => tellBackground(key, nth),
      );
      placed[nth] = { host, loc };
      hosts.set(key, placed);
      // The post's next story's button after its previous one.
      const before = placed[nth - 1]?.host;
      if (before) return void before.after(host);
      // A collapsed comment's subject is its link (comments.ts): the button goes beside it, not into it.
      if (loc.subject?.tagName === 'A') loc.subject.after(host);
      else if (loc.subject && loc.subject !== document.body) loc.subject.append(host);
      else ((loc.range?.first as ChildNode | undefined) ?? loc.body).before(host);
    };

    // Three parts of detection are stages of their own, each asked of the background once and only where
    // it may find something: the posts of a layout no site style knows (a page where no style found a
    // post), the reading of a masterpost's list (a page where a post may be a masterpost), and the comment
    // walk (fills: a no-story entry that shows comments). Every other page stays with this script alone.
    const loadUnlistedPosts = onDemand<UnlistedPostsApi>('unlisted-posts');
    const loadMasterpostLists = onDemand<MasterpostLists>('masterpost-lists');
    const loadCommentFills = onDemand<CommentFillsApi>('comment-fills');

    const scan = async () => {
      let unlisted: UnlistedPostsFinder | undefined;
      let located = locateStories(document, location.href);
      try {
        if (located.unlistedPossible) located = locateStories(document, location.href, (unlisted = (await loadUnlistedPosts()).unlistedPosts));
        // Without the lists' reading a post that may be a masterpost is undecided: decide the page again with it.
        if (located.masterpostPossible) located = locateStories(document, location.href, unlisted, await loadMasterpostLists());
      } catch (e) {
        console.error('[Inkwell]', e);
        return;
      }
      if (located.fillsPossible) {
        try {
          addFills(located, (await loadCommentFills()).commentStories(document, location.href, located.commentStoryBy));
        } catch (e) {
          console.error('[Inkwell]', e);
        }
      }
      const nths = new Map<Node, number>();
      for (const loc of located.locations) {
        const nth = nths.get(anchorOf(loc)) ?? 0;
        nths.set(anchorOf(loc), nth + 1);
        place(loc, nth);
      }
    };

    const scanned = scan();

    // Later posts: re-scan (debounced) when real content arrives, never for our own buttons.
    let timer: ReturnType<typeof setTimeout> | undefined;
    const observer = new MutationObserver((records) => {
      const relevant = records.some((r) =>
        Array.from(r.addedNodes).some((n) => n.nodeType === 1 && (n as Element).tagName.toLowerCase() !== READ_BUTTON_TAG && ((n as Element).textContent?.length ?? 0) > 80),
      );
      if (!relevant) return;
      clearTimeout(timer);
      // The extension reloaded or removed: this copy's runtime is gone, and so are its buttons' uses.
      timer = setTimeout(() => (rawRuntime.id ? void scan() : observer.disconnect()), 400);
    });
    observer.observe(document.body, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      clearTimeout(timer);
    });

    // The popup asks the page to open the reader ("Continue" on a saved story, "Read this page"), through the
    // detector's screen (journal.content), which loaded this stage: the page's first story, once the page is read.
    const api: StoryPostsApi = {
      async openHere(refresh) {
        await scanned;
        const first = hosts.values().next().value?.[0]?.loc;
        if (!first) return { ok: false, error: 'No story on this page.' };
        await openReader(first, null, refresh);
        return { ok: true };
      },
    };
    provideStage('story-posts', api);
  },
});
