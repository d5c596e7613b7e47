/**
 * The detector's screen: whether a journal page may hold a story at all, read from its text alone. The script every
 * journal page loads (entrypoints/journal.content/) asks only this; the detector proper (which posts are stories, their
 * titles and parts: locateStories, in the story-posts stage) is loaded where the answer is yes.
 *
 * The screen is the verdict's story rules (verdict.ts) turned into what their evidence needs to be written on the page:
 * every rule that says "story" (or "masterpost", or finds a fill in the comments) needs at least one of
 * - a fic word: a subject's "Fic:", "[drabble]", a fic tag, a fill's "FILL:" (ficSubject, ficTagged, the fills' walk);
 * - a part marker: "Part 2", "(2/5)", "Chapter the Second", "2. rész", a numeral alone ending a line ("— IV");
 * - a "continued in the next entry" line;
 * - two fields of a header: two labels of the lexicon set off as labels ("Title:", "<b>Rating</b>", "— summary"), or a
 *   gift's title and credit ("Title: / For:"), or a subject's bracketed fields ("(PG-13, 1,200 words)", "[Kirk/Spock; R]").
 * Each is looked for loosely (a superset: anywhere on the page, in any element, the page's title and images' alt text
 * too), so the screen says yes on every page the detector finds a story on (detector-build.test.ts checks it on every
 * saved page) and on many it finds none (fic journals' sidebars say "fic"): a yes costs the stage's load, a no that
 * should have been a yes costs a story's button.
 */
import { GIFT_CREDIT_LABELS, LEXICON, normalizeLabel, OTHER_LANGUAGES } from './lexicon';
import { NUMBERED_WORD, ORDINALS, PART_WORD, WORD_NUMBERS } from './parts';

/** Fic words, anywhere (not inside a word): a subject's or a tag's ("fic", "drabbles", "one-shot", Hebrew, Japanese); a fill's mark. */
const FIC_WORD =
  /(?<![\p{L}\p{N}])(?:fics?|fanfic(?:tion)?s?|ficlets?|drabbles?|one[- ]?shots?|ficci|novelli|pov[ií]dka|poviedka|opowiadanie|fill(?:ed)?(?=\s*[\]):|\-–—!])|דרבל|פאנפיק|小説)(?![\p{L}\p{N}])|[[(]\s*fill(?:ed)?\s*[\])]|【[^】]{0,12}(?:小説|ss)[^】]{0,12}】|^\s*(?:re:\s*)*fill(?:ed)?\b|^[^\S\n]*(?:my\s+)?(?:writing|fiction|ss)[^\S\n]*$/imu;

const NUMBER = `(?:\\d|[ivxlc]{1,7}(?![\\p{L}])|(?:${WORD_NUMBERS.slice(1).join('|')}|${ORDINALS.join('|')})(?![\\p{L}]))`;
/** A part marker's shapes (parts.ts MARKER_PATTERNS), loosely: a part word and a number, a fraction, an ordinal of a total, a numeral ending a line. */
const PART_MARKER = /* @__PURE__ */ new RegExp(
  `${PART_WORD}s?\\s*[:#.]?\\s*(?:the\\s+)?${NUMBER}|(?<![\\d/.:])\\d{1,3}[a-e]?\\s*(?:/|\\bof\\b)\\s*(?:\\d{1,3}|\\?+)(?![\\d/])|(?<![\\d.])${NUMBERED_WORD}|\\b[IVXLC]{1,7}\\s+of\\s+[IVXLC]|(?:${ORDINALS.join('|')}|\\d{1,3}(?:st|nd|rd|th)|last|final)\\s+(?:\\S+\\s+)?of\\s+(?:\\d|\\?|${WORD_NUMBERS.slice(1).join('|')})|(?:^|[:|\\-–—][^\\S\\n]*)[IVX]{1,6}\\.?[^\\S\\n]*$`,
  'imu',
);

/** "Continued in the next entry.", "(continued from previous post)" (parts.ts continuesInEntry). */
const CONTINUED = /(?:continued|cont(?:['’]d|\.)|continues)\s+(?:in|on|from)\s+(?:the\s+|my\s+)?(?:next|following|previous|prior|last|preceding)\s/i;

/**
 * The lexicon's field labels, in any language (a label's plural finds its singular, as lexicon.ts lookupLabel reads it),
 * and a gift's credits (sections.ts: a swap's gift under "Title / For / From" is a story, verdict.ts gift-of-a-reveals).
 */
let fieldLabels: Set<string> | undefined;
const isFieldLabel = (raw: string): boolean => {
  fieldLabels ??= new Set([...LEXICON.map((row) => row.labels), ...OTHER_LANGUAGES.map(([, labels]) => labels), GIFT_CREDIT_LABELS].join('|').split('|'));
  const n = normalizeLabel(raw);
  const first = n.split('/')[0].trim();
  return [n, first].some((l) => fieldLabels!.has(l) || fieldLabels!.has(l.replace(/s$/, '')));
};

/**
 * Words set off as a label, as header.ts reads one: opening a line, decorated or not, before decoration, a separator or
 * the line's end ("Title: X", "♥ TITLE ♥ X", "~*Rating*~", "<b>Pairing</b>", a `<th>`); within a line, before a colon
 * or a sign ("… Rating: PG", "words › 88"); closing a line after a dash or in brackets ("X — summary", "X (title)").
 */
const RUN_ON = /(?:^|[\s|/•·~*([\-–—>])([\p{L}][\p{L}'’]*(?:[^\S\n][\p{L}'’]+){0,2})[^\S\n]*(?:\(s\))?[^\S\n]*[:：›»]/gmu;
const LABEL_CANDIDATES = [
  /^[^\p{L}\p{N}\n]*([\p{L}][\p{L}'’.&]*(?:[^\S\n][\p{L}'’.&/]+){0,3})[^\S\n]*(?:\(s\))?(?=[^\p{L}\p{N}\s]|[^\S\n]*$)/gmu,
  RUN_ON,
  /(?:[-–—~]{1,2}|::|\/\/|[([])[^\S\n]*([\p{L}'’][\p{L}'’ /]{1,23}?)[^\S\n]*[)\]]?[^\S\n]*$/gmu,
];

/** A subject's bracketed fields, standing for labels: a rating, a length, a pairing ("(PG-13, 1,200 words)", "[Kirk/Spock; R]"). */
const FIELD_VALUES = [
  /[([,;|]\s*(?:g|pg|pg-?1[35]|r|nc-?1[78]|k\+?|t|m|ma|e|gen|teen|mature|explicit)\s*[,;|)\]]/i,
  /\d[\d,.]*\s*k?\s*words?\b/i,
  /(?<![\p{L}])\p{Lu}[\p{L}'’.]+\s*\/\s*\p{Lu}[\p{L}'’.]+/u,
];

/** The page's text as lines: each text node (not a script's or a style's), the title, images' alt and title text. */
function pageText(doc: Document): string {
  const lines = [doc.title];
  const root = doc.body ?? doc.documentElement;
  if (!root) return '';
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const parent = n.parentNode?.nodeName;
    if (parent !== 'SCRIPT' && parent !== 'STYLE') lines.push((n as Text).data.replace(/\s+/g, ' '));
  }
  for (const img of root.querySelectorAll('img[alt],img[title]')) lines.push(img.getAttribute('alt') ?? '', img.getAttribute('title') ?? '');
  return lines.join('\n');
}

/** Whether the page may hold a story (or a masterpost, or a fill): see above. Pure: the document is only read. */
export function mayHoldStories(doc: Document): boolean {
  const text = pageText(doc);
  if (FIC_WORD.test(text) || PART_MARKER.test(text) || CONTINUED.test(text)) return true;
  // Two fields of a header: two labels (the same field named twice counts once), or bracketed values standing for them.
  const fields = new Set<string>();
  for (const re of LABEL_CANDIDATES) {
    for (const m of text.matchAll(re)) {
      const words = m[1].split(' ');
      // A label opens its line whole; within a line, before a colon, it is the words' longest known tail ("Rain Fandom:").
      for (let k = 0; k < (re === RUN_ON ? words.length : 1); k++) {
        const label = words.slice(k).join(' ');
        if (!isFieldLabel(label)) continue;
        fields.add(normalizeLabel(label));
        break;
      }
      if (fields.size >= 2) return true;
    }
  }
  return FIELD_VALUES.filter((re) => re.test(text)).length + fields.size >= 2;
}
