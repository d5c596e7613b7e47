/**
 * The clicked post read in the reader's frame, from the copy of the journal page the content script handed over at the
 * click (utils/reader-page-copy.ts): the full build of extraction (the post's HTML, its part links, its poster), the
 * chapter links around it, the page's kind. Here, and not in the journal page: the frame has the extraction code loaded
 * anyway (the stitcher reads every part with it), so the page's main thread pays neither for injecting that code nor
 * for its cold first run, and the frame reads the page once, warming the code the parts are read with after it.
 *
 * In steps, each in a task of its own (utils/extract `locateStoriesInSteps`): the frame's own main thread stays free to
 * answer, as the page's did. The copy is the frame's alone: nothing changes it between steps.
 */
import { locateStoriesInSteps, type StoryLocation } from '../../utils/extract/index';
import type { PartLink, StoryPost } from '../../utils/extract/types';
import { nextTask } from '../../utils/next-task';
import { clickedStoryOf, type ReaderFrameStart } from '../../utils/reader-frame';
import { rebuildPage } from '../../utils/reader-page-copy';
import { navLinksInPost, storyLinksAnySite } from '../../utils/stitch';
import { commentIdOf } from '../../utils/url';

/** What the detector's story of a post leaves out (utils/extract/index.ts). */
const NOT_READ: Omit<StoryPost, 'url' | 'subject' | 'fields' | 'part'> = {
  author: '',
  journal: '',
  rawFields: [],
  headerNotes: [],
  rating: null,
  complete: false,
  bodyText: '',
  bodyHtml: '',
  partLinks: [],
};

export interface ReadPage {
  /** The page's copy, as a document of the frame's (inert): the stitcher reads its links and notices. */
  doc: Document;
  /** Where extraction found the page's posts in `doc`: the stitcher looks around the start with them, not finding them again. */
  locations: StoryLocation[];
  story: StoryPost;
  /** A fill (a story in an entry's comments; anyone may have written it): no journal admitted, no chapter links. */
  isFill: boolean;
  /** The chapter links around the post (its navigation lines, the layout's Previous / Next). */
  navLinks: PartLink[];
  /** The page's kind (a masterpost?). */
  pageKind: string;
  /** What the reader's session admits for the post ('reader-frame:links'). */
  session: { links: string[]; storyLinks: string[]; poster?: string };
}

export async function readStartPage(start: ReaderFrameStart): Promise<ReadPage> {
  const doc = rebuildPage(start.page);
  performance.mark('inkwell:frame-page-rebuilt');
  const step = locateStoriesInSteps(doc, start.pageUrl);
  let located = step();
  while (!located) {
    await nextTask();
    located = step();
  }
  // The post the user clicked, as this build reads it (fills of one entry are known by their comments, storyKeyOf). Not
  // found (a page that changed since the detector read it): the detector's story, which holds only what its button
  // uses (its URL, subject, fields and part), the rest empty, as for a post whose text is not on the page.
  const story = clickedStoryOf(located.extraction.stories, start.story) ?? { ...NOT_READ, ...start.story };
  // A fill admits no journal: its parts are fetched as comment pages of this entry only (FetchPolicy.allowsCommentPage),
  // whatever its text links to.
  const isFill = commentIdOf(story.url) !== null;
  if (!isFill) await nextTask();
  const navLinks = isFill ? [] : navLinksInPost(doc, start.pageUrl, story, located.locations);
  performance.mark('inkwell:frame-post-read');
  return {
    doc,
    locations: located.locations,
    story,
    isFill,
    navLinks,
    pageKind: located.extraction.kind,
    session: isFill
      ? { links: [], storyLinks: [] }
      : {
          links: [...story.partLinks.map((l) => l.url), ...navLinks.map((l) => l.url)],
          storyLinks: storyLinksAnySite(story),
          // (A fill's author is a commenter, not the entry's poster: their journal is not the story's.)
          poster: story.author,
        },
  };
}
