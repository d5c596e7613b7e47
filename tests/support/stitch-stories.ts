/**
 * Every multi-part story of the fixtures, for the stitching tests and the stitching E2E: the new
 * stitch-story fixtures (tests/fixtures/stitch/stories.json, pages in story-pages.json) and the
 * older ones (the fixture cases that carry a `stitched` block, grouped by story).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FIXTURES as CORPUS } from '../../harness/fixture-cases';
import { pagesJsonFiles } from '../../harness/saved-pages';
import type { MissingPart } from '../../harness/stitch-truth';

// The corpus harness/fixture-cases.ts names (INKWELL_FIXTURES=DIR: a held-out set, its stories stitched in the browsers by the
// stitching E2E as `npm run score:stitch` does in jsdom; it may have no stitch-story fixtures).
const FIXTURES = resolve(CORPUS);
export const STITCH_FIXTURES = join(FIXTURES, 'stitch');
export const STORY_PAGES_JSON = join(STITCH_FIXTURES, 'story-pages.json');

export interface StitchStory {
  id: string;
  what: string;
  /** The pages the reader is opened from: the masterpost (if any) and every part. */
  pages: string[];
  masterpost: string | null;
  /** Part URLs in reading order (Wayback URLs for Wayback copies: compare by canonicalEntryKey), the missing ones included. */
  parts: string[];
  /** The parts the site will not show, each with the reason the stitcher must give (harness/stitch-truth.ts). */
  missing: MissingPart[];
  /** Absolute paths of the parts' expected prose, same order; null for a missing part. */
  bodyFiles: (string | null)[];
  /** What the masterpost lists that is not a part (StoryPost.related), as written. */
  related: string[];
  /** Where a header-only post says the story is (StoryPost.elsewhere). */
  elsewhere: string[];
  /** Pages of the fixtures that a story links to but that are not its parts (art, podfic, another story). */
  notParts: string[];
  /** One of the fixture cases' stories (older than the stitch-story fixtures). */
  old: boolean;
}

interface Manifest {
  stories: {
    id: string;
    what: string;
    pages: string[];
    masterpost: string | null;
    stitched: { parts: string[]; missing?: MissingPart[]; bodyFiles: (string | null)[] };
    related: string[];
    elsewhere?: string[];
    notParts: string[];
  }[];
}

/** URL → absolute file of the stitch-story pages. */
export function storyPageFiles(): Record<string, string> {
  return existsSync(STORY_PAGES_JSON) ? pagesJsonFiles(STORY_PAGES_JSON) : {};
}

export function loadStitchStories(): StitchStory[] {
  const old = new Map<string, StitchStory>();
  const casesDir = join(FIXTURES, 'cases');
  for (const f of readdirSync(casesDir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const c = JSON.parse(readFileSync(join(casesDir, f), 'utf8'));
    if (!c.stitched) continue;
    const key = c.stitched.parts.join(' ');
    let s = old.get(key);
    if (!s) {
      s = {
        id: c.id,
        what: 'fixture case',
        pages: [],
        masterpost: null,
        parts: c.stitched.parts,
        missing: c.stitched.missing ?? [],
        bodyFiles: (c.stitched.bodyFiles ?? []).map((b: string | null) => (b === null ? null : join(FIXTURES, b))),
        related: [],
        elsewhere: [],
        notParts: [],
        old: true,
      };
      old.set(key, s);
    }
    s.pages.push(c.url);
    if (c.kind === 'masterpost') s.masterpost = c.url;
  }
  const manifestFile = join(STITCH_FIXTURES, 'stories.json');
  const manifest: Manifest = existsSync(manifestFile) ? JSON.parse(readFileSync(manifestFile, 'utf8')) : { stories: [] };
  const fresh = manifest.stories.map((m) => ({
    id: m.id,
    what: m.what,
    pages: m.pages,
    masterpost: m.masterpost,
    parts: m.stitched.parts,
    missing: m.stitched.missing ?? [],
    bodyFiles: m.stitched.bodyFiles.map((b) => (b === null ? null : join(STITCH_FIXTURES, b))),
    related: m.related,
    elsewhere: m.elsewhere ?? [],
    notParts: m.notParts,
    old: false,
  }));
  return [...old.values(), ...fresh];
}
