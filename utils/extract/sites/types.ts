/** What a site adapter is: data about page styles, not code paths. */

export interface PageStyle {
  /** Name of the style/era, for debugging (`extract` CLI prints it). */
  name: string;
  /** Each post on the page. On entry-page-only styles it may be the whole page (`body`). */
  post: string;
  /** The post's text inside a post, tried in order. */
  body: string[];
  subject?: string[];
  /** Where the poster's ljuser span is (outside the body). Only the reader asks: empty in the detector's build. */
  poster?: string[];
  /** A link to the entry itself. */
  permalink?: string[];
  /** The subject is inside the post's text element, which is the post's one box (S2 Magazine's div.H3Holder). */
  subjectInBody?: true;
  /** Only on single-entry pages (light formats, S1 tables that cannot tell posts apart). */
  entryPageOnly?: boolean;
  /** Only on the site's mobile host (m.livejournal.com): the mobile shells' class names (`post`, `entry`) mean nothing elsewhere. */
  mobileOnly?: boolean;
  /**
   * Fixture cases (tests/fixtures/cases/<id>.json) of the real page shapes the style was written
   * from: a test checks each exists and is read with this style.
   */
  examples: string[];
}

/** A site's page styles (which sites use them: utils/sites.ts). */
export interface SiteAdapter {
  styles: PageStyle[];
}
