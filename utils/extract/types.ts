/** The plain data `extractPage` returns. Everything here is JSON-serialisable. */
import type { JournalSiteId } from '../sites';

/** A journal site of the registry (utils/sites.ts), a Wayback Machine copy, or neither. */
export type SiteId = JournalSiteId | 'wayback' | 'unknown';

export type PageKind = 'story' | 'not-story' | 'index' | 'masterpost' | 'interstitial';

export type FieldKey =
  | 'title'
  | 'author'
  | 'fandom'
  | 'pairing'
  | 'characters'
  | 'rating'
  | 'warnings'
  | 'wordCount'
  | 'summary'
  | 'disclaimer'
  | 'notes'
  | 'beta'
  | 'spoilers'
  | 'prompt'
  | 'dedication'
  | 'series'
  | 'genre';

/** AO3's rating scale, which readers know; journals write ratings every which way. */
export type NormalizedRating = 'General' | 'Teen' | 'Mature' | 'Explicit' | 'Not Rated';

export interface PartMarker {
  index: number;
  /** null when the author wrote `1/?` or gave no total. */
  total: number | null;
}

export interface PartLink {
  /** Absolute URL as written (not canonicalised: the caller decides how to compare). */
  url: string;
  label: string;
  /** The part number the link names ("Part 3" → 3), null for "Masterpost", "Next »"... */
  index: number | null;
}

export interface RawField {
  key: FieldKey;
  /** The label as the author wrote it, e.g. "Relationship(s)". */
  label: string;
  value: string;
}

export interface StoryPost {
  /**
   * Canonical entry URL: no query or fragment; for a Wayback copy, the original journal URL. A gift of a swap's reveals past
   * the first carries its ordinal in the post (`#gift-2`: url.ts `giftUrl`); a fill in an entry's comments, its comment's
   * permalink (`?thread=N`).
   */
  url: string;
  /** The poster's username as the site shows it (underscores kept). */
  author: string;
  /** The journal or community the post lives in. */
  journal: string;
  /** The entry's subject line as the site shows it ('' when it has none). */
  subject: string;
  fields: Partial<Record<FieldKey, string>>;
  rawFields: RawField[];
  /** Unlabelled header lines (a thank-you to the beta): neither fields nor body. */
  headerNotes: string[];
  rating: NormalizedRating | null;
  part: PartMarker | null;
  /** false when only the text before an lj-cut is on this page (and for masterposts). */
  complete: boolean;
  bodyText: string;
  /** Unsanitised: sanitising happens where it is rendered. */
  bodyHtml: string;
  partLinks: PartLink[];
  /**
   * A header-only story post (a full header and a link to where the story is): the off-journal
   * links that hold the story (AO3, an archive), absolute, as the original address (a Wayback
   * copy's link unwrapped). Journal entry links that hold it are in `partLinks`. Absent on other
   * posts.
   */
  elsewhere?: PartLink[];
  /**
   * Where the post's own unlinked lines say its story goes on: 'next' ("Continued in the next entry.") and / or 'prev'
   * ("Continued from the previous entry."), the journal's own Next / Previous Entry (parts.ts `continuesInEntry`). Absent
   * when none says so.
   */
  continues?: ('next' | 'prev')[];
  /** Links a masterpost or chapter lists that are not parts (art, podfic, AO3 mirror, recs, other stories in the series, profile), shown on the story card. */
  related?: PartLink[];
}

export interface PageExtraction {
  site: SiteId;
  kind: PageKind;
  stories: StoryPost[];
}
