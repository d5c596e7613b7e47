/**
 * Small stories generated in memory for the network and odd-site browser suites, served by the fixture server's
 * `extraPages`: one story per scenario (a story read once is opened from the cache after), each on its own
 * Dreamwidth journal, part 2 the one that fails.
 */

import type { ExtraPage } from '../../../harness/fixture-server';
import { deletedEntryPage, entryPage, lockedEntryPage, masterpostPage, notStoryPage, partPage, storyHeader } from '../../fixtures/hostile/generate';

export const storyUrl = (journal: string, k: number) => `https://${journal}.dreamwidth.org/${100 + k}.html`;
export const masterUrl = (journal: string) => `https://${journal}.dreamwidth.org/100.html`;
export const partWords = (journal: string, k: number) => `In part ${k} of ${journal} the keeper opened the ledger and read the columns again`;

export interface NetStory {
  journal: string;
  parts: string[];
  master: string;
}

export function story(
  pages: Record<string, ExtraPage>,
  journal: string,
  n = 3,
  o: { nav?: (k: number) => [string, string][]; index?: (k: number) => number; masterExtra?: [string, string][]; replace?: Record<number, string>; prose?: (k: number) => string[] } = {},
): NetStory {
  const parts = Array.from({ length: n }, (_, i) => storyUrl(journal, i + 1));
  const master = masterUrl(journal);
  const nav = o.nav ?? ((k: number) => [...parts.map((u, i) => [`Part ${i + 1}`, u] as [string, string]).filter(([, u]) => u !== parts[k - 1]), ['Masterpost', master] as [string, string]]);
  parts.forEach((url, i) => {
    const k = i + 1;
    const body =
      o.replace?.[k] ??
      partPage({
        url,
        title: `Ledger of ${journal}`,
        index: o.index?.(k) ?? k,
        total: n,
        masterpost: master,
        nav: nav(k),
        prose: o.prose?.(k) ?? [
          `${partWords(journal, k)}.`,
          'The tide came in and went out, and the lamp burned on through the long night while she counted.',
          'In the morning there was a sail on the grey water, small and patched and coming in slowly.',
        ],
      });
    pages[url] = { body };
  });
  pages[master] = { body: masterpostPage({ url: master, title: `Ledger of ${journal}`, parts: parts.map((u, i) => [`Part ${i + 1}`, u]), extraLinks: o.masterExtra }) };
  return { journal, parts, master };
}

export { deletedEntryPage, entryPage, lockedEntryPage, notStoryPage, storyHeader };

/** A string as windows-1252 bytes (the characters it can hold). */
export function windows1252(s: string): Buffer {
  const high: Record<string, number> = {
    '€': 0x80,
    '‚': 0x82,
    ƒ: 0x83,
    '„': 0x84,
    '…': 0x85,
    '†': 0x86,
    '‡': 0x87,
    ˆ: 0x88,
    '‰': 0x89,
    Š: 0x8a,
    '‹': 0x8b,
    Œ: 0x8c,
    Ž: 0x8e,
    '‘': 0x91,
    '’': 0x92,
    '“': 0x93,
    '”': 0x94,
    '•': 0x95,
    '–': 0x96,
    '—': 0x97,
    '˜': 0x98,
    '™': 0x99,
    š: 0x9a,
    '›': 0x9b,
    œ: 0x9c,
    ž: 0x9e,
    Ÿ: 0x9f,
  };
  return Buffer.from(
    Array.from(s, (c) => {
      if (high[c] !== undefined) return high[c];
      const code = c.charCodeAt(0);
      if (code > 0xff) throw new Error(`not in windows-1252: ${c}`);
      return code;
    }),
  );
}
