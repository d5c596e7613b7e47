/**
 * Dreamwidth page styles: core2 journal styles and the site skin share the entry markup
 * (.entry-wrapper > .entry-title, .poster, .entry-content); ?format=light is a bare page.
 */
import { DETECTOR_BUILD } from '../build-flags';
import type { SiteAdapter } from './types';

export const dreamwidth: SiteAdapter = {
  styles: [
    {
      name: 'dw-core2',
      post: '.entry-wrapper, div.entry:not(.comment)',
      body: ['.entry-content'],
      subject: ['.entry-title'],
      poster: DETECTOR_BUILD ? [] : ['.poster', '.entry-poster', '.journal'],
      permalink: ['.entry-title a[href]', '.entry-permalink a[href]', 'a.permalink'],
      // - core2 journal style: div.entry-wrapper.poster-NAME.journal-NAME > .entry > .header > h3.entry-title > a;
      //   span.poster.entry-poster (empty on one's own journal); div.entry-content; .metadata (mood),
      //   .footer > .tag, ul.entry-management-links.
      // - ?style=site (Tropospherical): the same entry markup inside the site skin; .poster holds "name (ljuser)".
      // - recent entries: several .entry-wrapper; cut as span.cuttag_container > b > a[href$="#cutid1"] 'Read more...'.
      // (The Discretion Advised gate, form action …/journal/adult_concepts, is no post: dw-adult-interstitial-concepts.)
      examples: DETECTOR_BUILD ? [] : ['dw-journal-shoreleave', 'dw-journal-seasontwo-cut', 'dw-siteskin-teashop', 'dw-recent-three-posts'],
    },
  ],
};
