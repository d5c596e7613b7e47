/**
 * The stitcher's shapes: what it is given (a page fetcher, a parser, options), what it answers (the
 * state: parts in reading order, errors in their places) and what it keeps while it runs (items and
 * the context a later load goes on from).
 */

import type { StoryPost } from '../extract/types';
import type { UnreadableReason } from '../extract/unreadable';
import type { FetchPolicy } from '../fetch-policy';

export type FailureReason =
  /** The page is not a part we can read (utils/extract/unreadable.ts): 'not-found', 'locked', 'login', 'adult-gate', 'not-story'. */
  | UnreadableReason
  | 'server-error'
  | 'network'
  | 'timeout'
  | 'redirect-loop'
  /** Past the cap on parts (200): not fetched unless retried. */
  | 'too-many-parts'
  /** Past the first batch: fetched when the reader nears it (`loadParts`). */
  | 'deferred'
  /** On a journal the fetch policy does not admit for this story: never fetched. */
  | 'not-allowed'
  /** The site redirected it off the journal sites (or to plain http): not followed. */
  | 'off-site-redirect';

export type FetchResult =
  | {
      ok: true;
      url: string /* final URL after redirects */;
      status: number;
      html: string;
      /** The Wayback entry URL asked for, when the archive never captured it and this is the live page (utils/wayback-fallback.ts). */
      liveFor?: string;
    }
  | { ok: false; url: string; reason: FailureReason; status?: number; message?: string };

export type PageFetcher = (url: string, signal?: AbortSignal) => Promise<FetchResult>;
/** Injected: DOMParser in the extension, jsdom in tests and the CLI. */
export type PageParser = (html: string, url: string) => Document;

export interface StitchedPart {
  key: string;
  url: string;
  index: number | null;
  title: string;
  post: StoryPost;
}

export interface StitchError {
  key: string;
  url: string;
  index: number | null;
  reason: FailureReason;
  message: string;
}

export interface StitchState {
  /** Part keys in reading order, as known so far: parts that arrived and parts that failed. */
  order: string[];
  parts: Map<string, StitchedPart>;
  /** Every key here is also in `order`. */
  errors: Map<string, StitchError>;
  masterpost: StoryPost | null;
  done: boolean;
  /**
   * Parts known but not arrived yet (their links were found; they are queued or being fetched),
   * with the URL and the part number a link gave. Absent when there are none (always once done).
   */
  pending?: Map<string, { url: string; index: number | null }>;
  /** Every part key in reading order, pending ones included; absent when none is pending (then `order`). */
  known?: string[];
}

export interface StitchOptions {
  fetchPage: PageFetcher;
  parse: PageParser;
  /** Fetches at once (default 4: scheduler.ts FETCH_CONCURRENCY). */
  concurrency?: number;
  /** Parts at most (default 200: scheduler.ts MAX_PARTS); the first part beyond it becomes an error. */
  maxParts?: number;
  signal?: AbortSignal;
  /** Called as each part arrives or fails, and once more when done. */
  onUpdate?: (state: StitchState) => void;
  /** A fetch that has not answered by then counts as timed out (default 45 s: scheduler.ts STITCH_TIMEOUT_MS): nothing hangs. */
  timeoutMs?: number;
  /**
   * Parts fetched before the rest wait (default: no limit; the start's own page not counted). The others are in the state, in
   * order, as 'deferred' errors; `loadParts` fetches them (the reader, as it nears them).
   */
  firstBatch?: number;
  /**
   * Resolves once what the last update showed is painted (the reader: an animation frame, then a task). Given, the
   * start's look for its story's index and neighbours (its list page, its journal's front page, a lone link home, the
   * layout's Previous / Next: each reads the start's page whole again) waits for it: the first part is on screen first.
   */
  painted?: () => Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// While it runs

export type Role = 'part' | 'candidate' | 'master';
export type Status = 'queued' | 'fetching' | 'part' | 'error' | 'master' | 'dropped';

export interface Item {
  key: string;
  /** The URL to fetch and to open the post at. */
  url: string;
  role: Role;
  status: Status;
  seq: number;
  /** The part number a link to it named ("Part 3"), or a masterpost listed it as. */
  hintIndex: number | null;
  /** The words of the first link that found it ("Part 1b", "« Prologue"): its place when the post does not say. */
  hintLabel?: string;
  /** Key of the page whose link found it. */
  referrer: string | null;
  isStart: boolean;
  post?: StoryPost;
  error?: StitchError;
  /** The part beyond maxParts: not fetched unless retried. */
  capped?: boolean;
  /** Read as a possible masterpost (stitcher.ts `probeIndex`): kept only as the masterpost listing its referrer. */
  probe?: boolean;
  /** Read as the layout's subject-less Previous / Next of its referrer (stitcher.ts `probeNeighbour`): kept only as that story's part before or after it. */
  neighbour?: 'prev' | 'next';
  /** The story's own tag page, as the part's entry page tags it (gaps.ts `storyTagOnPage`): a way past a part that cannot be read. */
  storyTag?: string;
}

export interface Context {
  items: Map<string, Item>;
  aliases: Map<string, string>;
  edges: [string, string][];
  masterpost: StoryPost | null;
  masterList: string[];
  seq: number;
  capped: boolean;
  startKey: string | null;
  startUrl: string;
  /** Which journals parts may come from (utils/fetch-policy.ts). */
  policy: FetchPolicy;
  /** Parts (not masterposts) queued for fetching so far: the first batch counts them (and the list page: tag, memories or archive, when one is read). */
  started: number;
  /** The story's list page (tag, memories or archive page), once one was asked for (one is read per run: Stitcher.followListPage). */
  indexPage?: string;
  /** The journal front page read for its sticky chapter index, once one was asked for (one per run: Stitcher.followFrontPage). */
  frontPage?: string;
}
