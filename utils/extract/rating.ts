/**
 * Ratings onto AO3's scale. Journals used the MPAA letters (G, PG, PG-13, R, NC-17), the
 * Fiction Ratings (K, K+, T, M, MA; FRC, FRAA, FRT, FRM, FR13, FR15, FR18) and AO3's own words.
 * A range ("PG-13 to R", "R/NC-17") takes its highest end, as AO3 asks of a work.
 * Note 'PG' is General: it is the MPAA 'parental guidance' letter, not 'Mature'.
 */
import type { NormalizedRating } from './types';

const ORDER: NormalizedRating[] = ['Not Rated', 'General', 'Teen', 'Mature', 'Explicit'];

// Longest spellings first so 'PG-13' is not read as 'PG', nor 'NC-17' as a bare '17'.
const TOKENS: [RegExp, NormalizedRating][] = [
  [/\bnot rated\b|\bunrated\b|\bno rating\b|^\s*n\/?r\s*$|^\s*none\s*$/i, 'Not Rated'],
  [/\bnc[- ]?1[78]\b|\bnc[- ]?21\b|\bexplicit\b|\bfr[- ]?1[89]\b|\bfr[- ]?21\b|\bxxx\b|\badults? only\b|\b18\+|\badult\b|\bnsfw\b|(?:^|[\s(/,])(?:x|e)(?=$|[\s)/,.;])/i, 'Explicit'],
  [/\bmature\b|\bfr[- ]?(?:m|15)\b|\bma\b|\b1[5-7]\+|(?:^|[\s(/,])(?:r|m)(?=$|[\s)/,.;+])|\bhard r\b|\bstrong r\b/i, 'Mature'],
  [/\bpg[- ]?1[35]\b|\bpg13\b|\bteen\b|\bteens?\b|\bfr[- ]?(?:t|13)\b|\b1[23]\+|(?:^|[\s(/,])(?:t|k\+)(?=$|[\s)/,.;])/i, 'Teen'],
  [/\bgen(?:eral)?\b|\bg\b|\bpg\b|\ball ages\b|\bfr[- ]?(?:c|aa)\b|\bfrc\b|\bfraa\b|\bu\b|(?:^|[\s(/,])k(?=$|[\s)/,.;])|\beveryone\b/i, 'General'],
];

export function normalizeRating(raw: string | undefined | null): NormalizedRating | null {
  if (!raw) return null;
  // Words after the rating ("R for violence") must not count: 'for' has no rating in it, but
  // 'PG for language' must not read 'language' as anything either; tokens are whole words.
  if (/\bnot rated\b|\bunrated\b/i.test(raw)) return 'Not Rated';
  const value = raw.replace(/\brated\b|\brating\b/gi, ' ').trim();
  let best: NormalizedRating | null = null;
  for (const [re, rating] of TOKENS) {
    if (!re.test(value)) continue;
    if (!best || ORDER.indexOf(rating) > ORDER.indexOf(best)) best = rating;
  }
  return best;
}
