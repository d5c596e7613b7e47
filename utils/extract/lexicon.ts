/**
 * The header-label lexicon: how authors have labelled each field, as data. A row maps label
 * variants (compared lower-case, decorations and a trailing "(s)" stripped) to a field key; a
 * plural finds its singular ("Pairings" is "pairing"), so the rows list singulars.
 * Free-text fields run on over following unlabelled lines; short fields never do.
 */

import { DETECTOR_BUILD } from './build-flags';
import { memoInExtraction } from './select';
import type { FieldKey } from './types';

export interface LexiconRow {
  key: FieldKey;
  /** Label variants, '|'-separated (a string, not an array: it ships on every journal page). */
  labels: string;
  /** Continues onto following unlabelled lines until the next label or the header's end. */
  freeText: boolean;
}

export const LEXICON: LexiconRow[] = [
  { key: 'title', labels: 'title|story title|fic title|story|chapter title|name of story|title of story', freeText: false },
  { key: 'author', labels: 'author|by|writer|written by|author name|posted by|creator|name of author', freeText: false },
  { key: 'fandom', labels: 'fandom|universe|canon|show|source|verse', freeText: false },
  { key: 'pairing', labels: 'pairing|relationship|ship|couple|pairing & characters', freeText: false },
  { key: 'characters', labels: 'character|chars|featuring|cast|character list|main characters|characters & pairings', freeText: false },
  { key: 'rating', labels: 'rating|rated|age rating|rating & warnings', freeText: false },
  { key: 'warnings', labels: 'warning|content warning|archive warning|trigger warning|cw|tw|triggers|content note|squick', freeText: true },
  { key: 'wordCount', labels: 'word count|wordcount|length|word|count|wc|word length|wordage', freeText: false },
  { key: 'summary', labels: 'summary|summery|description|blurb|synopsis', freeText: true },
  { key: 'disclaimer', labels: 'disclaimer|disclamer|ownership', freeText: false },
  {
    key: 'notes',
    labels: "note|a/n|an|author's note|author note|authors note|author's comments|author comments|additional notes|writer's note|n.b|nb",
    freeText: true,
  },
  { key: 'beta', labels: "beta|beta reader|betaed by|beta'd by|beta-ed by|betaread by|beta-read by|beta thanks|betaing|britpicker", freeText: false },
  { key: 'spoilers', labels: 'spoiler|spoiler warning|spoilers for', freeText: false },
  { key: 'prompt', labels: 'prompt|written for|challenge|request|prompted by|for the prompt', freeText: true },
  { key: 'dedication', labels: 'dedication|dedicated to|gift for', freeText: true },
  { key: 'series', labels: 'series|series name|part of', freeText: false },
  { key: 'genre', labels: 'genre', freeText: false },
];

/**
 * Labels that are header lines but not fields: they keep the header going and stay out of the
 * body ("Part: 2/3", "Status: complete", "Mood: tired" on old S1 posts). A part label's abbreviations are a part
 * label ("Ch: 1/3 — Night Round", "Pt: 2 of 4"), as in part markers (parts.ts PART_WORD).
 */
export const NON_FIELD_LABELS =
  'part|chapter|ch|chap|pt|teil|kapitel|partie|parte|capitolo|chapitre|osa|luku|peatükk|kapitola|díl|diel|rész|fejezet|część|rozdział|previously|last time|the story so far|status|feedback|archive|archiving|archive permission|date|date written|posted|format|setting|recipient|requester|for|giftee|gifter|request by|to|from|artist|art|art by|banner|banner by|cover|link|keywords|crossposted|cross-posted|crossposted to|x-posted|xposted|x-posted to|also at|also on|mirror|previous|next|previous part|next part|masterpost|masterlist|index|table of contents|chapter list|language|pov|point of view|time frame|timeframe|set|setting/timeline|podfic|podfic by|reader|read by|running time|duration|download|streaming|cover art|translation|translated by|original|inspired by|soundtrack|ao3|on ao3|fanfiction.net|ffn|date posted|completed|complete|wip|updated|rec|audience|fanart|graphics|thanks|category|categories|type|timeline|theme|sequel to|prequel to|follows|arc|contains|teaser|medium|content|disclosure'.split(
    '|',
  );

/**
 * The sites' own labels for an entry's metadata (mood, music, location, tags), which layouts,
 * posting clients and crossposters also print inside the entry's text: LiveJournal's S1 views
 * appended "Current Mood:" to the text, talkread and ?format=light put a Mood/Music/Location/Entry
 * tags table above the subject, S2 Classic and Punquin print them in the text's cell, clients wrote
 * a table of them, authors typed "Listening to:", WordPress crossposts bring "Filed under:" / "Tagged:".
 * Neither header nor body (metadata.ts). English
 * as the sites and authors wrote it, and the Latin-script translations the LJ-code sites shipped in
 * their S2 language layers (de, fr, es, da; "Current"/"My"/"Aktuelle"/"actuelle" before or after a
 * label are the same label, metadata.ts). Cyrillic ones cost the detector's budget too much for
 * what they do: the Russian talkread table sits above the header, where it is no body anyway.
 */
export const METADATA_LABELS = new Set(
  (
    'mood|music|location|listening to|now playing|feeling|tags|tag|entry tags|tagged|crossposts|filed under|posted in|categories|' + 'stimmung|musik|ort|humeur|musique|estado de ánimo|música|humør'
  ).split('|'),
);

/**
 * The main labels as fandoms writing in other languages put them on LJ and DW (Russian LJ above all; Spanish, Portuguese,
 * Italian, French, German, Polish: Tytuł / Autor / Paring / Ocena / Ostrzeżenia / Słowa / Streszczenie; Swedish, Danish and
 * Norwegian: Författare / Forfatter, Karaktärer / Karakterer, Åldersgräns / Aldersgrense, Varningar / Advarsler, Ord / Antall
 * ord, Sammanfattning / Resumé / Sammendrag; Dutch: Schrijver, Personages / Karakters, Waarschuwingen, Woorden / Woordenaantal,
 * Samenvatting / Korte inhoud; Finnish: Nimi / Kirjoittaja / Hahmot / Ikäraja / Varoitukset / Sanamäärä / Tiivistelmä; Czech and
 * Slovak: Název / Názov, Postavy, Přístupnost / Hodnocení, Varování / Upozornění / Varovanie, Počet slov, Shrnutí / Zhrnutie /
 * Obsah; Hungarian: Cím, Szerző, Szereplők, Páros, Korhatár, Figyelmeztetés, Szavak száma / Terjedelem, Összefoglaló / Tartalom;
 * Estonian: Pealkiri, Tegelased, Vanusepiirang, Hoiatused, Sõnade arv, Kokkuvõte): the same header in the writer's own words (Название / Автор / Рейтинг / Размер;
 * Título / Autora / Clasificación / Palabras / Resumen). Words the lexicon's rows have already (Fandom, Pairing, Rating,
 * Disclaimer, Notes, Summary in French) are not repeated; a plural in -s finds its singular as above, other plurals are listed.
 */
export const OTHER_LANGUAGES: [FieldKey, string][] = [
  ['title', 'título|titre|titel|tittel|titolo|tytuł|nimi|nimike|název|názov|cím|pealkiri|títol|judul|タイトル|題名|название'],
  ['author', 'autor|autora|autorin|auteur|autore|autrice|autorka|författare|forfatter|schrijver|kirjoittaja|tekijä|szerző|penulis|作者|著者|автор'],
  ['fandom', 'фандом'],
  ['pairing', 'pareja|coppia|paring|paritus|párování|pár|páros|párosítás|parella|pasangan|cp|カップリング|пейринг'],
  [
    'characters',
    'personaje|personnage|personaggi|charaktere|personagen|personage|karaktärer|karakter|karakterer|postacie|bohaterowie|hahmot|henkilöt|postavy|szereplők|tegelased|personatge|tokoh|登場人物|キャラクター|персонажи',
  ],
  [
    'rating',
    'clasificación|classificação|classement|ocena|åldersgräns|aldersgrense|ikäraja|ikäsuositus|přístupnost|hodnocení|hodnotenie|korhatár|vanusepiirang|classificació|レーティング|年齢制限|рейтинг',
  ],
  [
    'warnings',
    'advertencia|aviso|avertissement|avvertenze|avvertimenti|warnung|warnungen|ostrzeżenie|ostrzeżenia|varning|varningar|advarsel|advarsler|waarschuwing|waarschuwingen|varoitus|varoitukset|varování|upozornění|varovanie|upozornenie|figyelmeztetés|figyelmeztetések|hoiatus|hoiatused|advertències|peringatan|注意|注意書き|警告|предупреждение|предупреждения',
  ],
  [
    'wordCount',
    'palabra|mot|palavra|parole|wörter|słowa|słów|liczba słów|ord|antal ord|antall ord|woorden|woordenaantal|aantal woorden|sanamäärä|sanoja|pituus|počet slov|slov|slova|szavak száma|szószám|terjedelem|sõnade arv|sõnu|paraules|jumlah kata|文字数|字数|размер|объём',
  ],
  [
    'summary',
    'resumen|resumo|sinopsis|sinopse|résumé|riassunto|zusammenfassung|inhalt|opis|streszczenie|sammanfattning|sammendrag|resumé|samenvatting|korte inhoud|tiivistelmä|yhteenveto|shrnutí|zhrnutie|obsah|anotace|összefoglaló|tartalom|kokkuvõte|resum|ringkasan|あらすじ|概要|саммари|описание',
  ],
  ['disclaimer', 'vastuuvapaus|prohlášení|jogi nyilatkozat|дисклеймер'],
  ['notes', 'nota|anmerkung|huomautukset|kirjoittajan huomiot|poznámka|poznámky|poznámky autora|megjegyzés|megjegyzések|märkused|примечание|примечания'],
  ['genre', 'género|genere|gatunek|lajityyppi|žánr|műfaj|žáner|žanr'],
  // Romanian, Ukrainian, Welsh, Latvian, Lithuanian, Croatian, Turkish, Greek.
  ['title', 'titlu|назва|teitl|nosaukums|pavadinimas|naslov|başlık|τίτλος'],
  ['author', 'awdur|autors|autorius|yazar|συγγραφέας'],
  ['characters', 'персонажі|cymeriadau|varoņi|veikėjai|likovi|karakterler|χαρακτήρες'],
  ['rating', 'clasificare|gradd|reitings|reitingas|ocjena|derecelendirme|βαθμολογία'],
  ['warnings', 'avertismente|попередження|rhybuddion|upozorenja|uyarılar'],
  ['wordCount', 'cuvinte|розмір|geiriau|vārdi|žodžiai|riječi|kelime sayısı|λέξεις'],
  ['summary', 'rezumat|анотація|crynodeb|kopsavilkums|sažetak|özet|περίληψη'],
  // A translation's own notes, its translator's ("Translator's notes:", "T/N:").
  ['notes', "translator's note|t/n"],
  // Hebrew (right to left; "מחבר/ת" reads as its first form), Vietnamese, Slovene; Portuguese notes and genre, the
  // European summary.
  ['title', 'שם|כותרת|tên truyện|tên'],
  ['author', 'מחבר|מאת|tác giả|avtor|avtorica'],
  ['fandom', 'פנדום'],
  ['pairing', 'זוג|par'],
  ['characters', 'nhân vật|osebe'],
  ['rating', 'דירוג|xếp hạng|phân loại'],
  ['warnings', 'אזהרות|opozorila'],
  ['wordCount', 'מילים|số từ|độ dài|besede|število besed'],
  ['summary', 'תקציר|tóm tắt|povzetek|sumário'],
  ['notes', 'ghi chú|opombe|notas da autora'],
  ['genre', 'thể loại|gênero'],
];

const KEY_BY_LABEL = new Map<string, FieldKey>();
const FREE_TEXT = new Set<FieldKey>();
for (const row of LEXICON) {
  for (const l of row.labels.split('|')) KEY_BY_LABEL.set(l, row.key);
  if (row.freeText) FREE_TEXT.add(row.key);
}
for (const [key, labels] of OTHER_LANGUAGES) for (const l of labels.split('|')) KEY_BY_LABEL.set(l, key);
const NON_FIELD = new Set(NON_FIELD_LABELS);
/** The labels' first words (a word: letters, digits, apostrophes, as header.ts reads a label's words). */
const WORD = /^[\p{L}\p{N}']*/u;
const FIRST_WORDS = new Set([...KEY_BY_LABEL.keys(), ...NON_FIELD].map((l) => WORD.exec(l)![0]));

/**
 * Whether a line opening with this word may open with a label: the word is a label's first word (singular or plural,
 * as lookupLabel reads "Warning(s)"). parseLabelLine asks once per line before it looks up each of its first words:
 * a line of prose is done with at its first word, not after up to eight lookups (a fifth of reading a long post).
 */
export function mayOpenLabel(word: string): boolean {
  const w = word.toLowerCase().replace(/’/g, "'");
  return FIRST_WORDS.has(w) || FIRST_WORDS.has(`${w}s`) || (w.endsWith('s') && FIRST_WORDS.has(w.slice(0, -1)));
}

/**
 * Normalises a label as written ("~*Relationship(s)*~", "A/N", "Author's Notes") for lookup. Memoised within an extraction
 * (select.ts `memoInExtraction`): parseLabelLine looks up each word end of a line's first 48 characters when its first
 * word may open a label, so a long post's lines opening "The …" or "On …" ask for the same strings hundreds of times.
 */
export const normalizeLabel: (raw: string) => string = DETECTOR_BUILD ? normalizeLabelOnce : memoInExtraction(normalizeLabelOnce);

function normalizeLabelOnce(raw: string): string {
  return (
    raw
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/\(s\)/g, 's')
      // "Word count (approx.)", "Rating (for this part)": the words in brackets qualify the label.
      .replace(/\s*\([^)]{2,}\)\s*/g, ' ')
      // "Words this part", "Rating for this chapter": a serial's labels name the post they count; the field is the same.
      .replace(/\s+(?:for |in )?this (?:part|chapter|update|instal+ment|post)\b/g, '')
      // Decoration is any character that is not a letter or digit (header.ts).
      .replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

export type LabelMatch = { key: FieldKey } | { key: null; header: true };

/** The field a label names, a known non-field header label, or null for anything else. (Memoised within an extraction, as normalizeLabel is; the answer is shared, never changed.) */
export const lookupLabel: (raw: string) => LabelMatch | null = DETECTOR_BUILD ? lookupLabelOnce : memoInExtraction(lookupLabelOnce);

function lookupLabelOnce(raw: string): LabelMatch | null {
  const n = normalizeLabel(raw);
  if (!n) return null;
  const field = (l: string) => KEY_BY_LABEL.get(l) ?? KEY_BY_LABEL.get(l.replace(/s$/, ''));
  // Labels joined by a slash name the field of the first ("Pairing/Characters", "Rating/Warnings", "Fandom/Verse"),
  // and "/s" makes a plural as "(s)" does ("Pairing/s", "Character/s").
  const key = field(n) ?? field(n.split('/')[0].trim());
  if (key) return { key };
  if (NON_FIELD.has(n) || NON_FIELD.has(n.replace(/s$/, ''))) return { key: null, header: true };
  // "Also on AO3:", "Also posted at my DW:", "Mirrored on FFN:": where else the story is, a header line of no field.
  if (/^(?:also (?:on|at|posted)|mirror(?:ed)? (?:on|at))\b/.test(n)) return { key: null, header: true };
  return null;
}

export function isFreeText(key: FieldKey): boolean {
  return FREE_TEXT.has(key);
}

/**
 * Labels that credit a swap's gift to its writer or its recipient ("For:", "From:", "Recipient:", "Gift for:"), the author
 * field's own aside: a reveals post's headers name them (sections.ts), and the screen counts them with the fields (screen.ts).
 * The recipient's labels are the first six.
 */
export const GIFT_CREDIT_LABELS = 'for|to|recipient|gift for|giftee|requester|from|by|written for|gifter';

// ---- The words that say what a post is (the verdict's evidence: evidence.ts, index.ts) ----

/**
 * A subject naming a fic post. "Story" and "fill" name a fic post only as a label ("Story: X",
 * "[fill]"): "Story time: my cat" is an anecdote. So do the words for a story in the fandoms writing in other languages
 * ("Ficci: X" and "Novelli: X" in Finnish, "Povídka: X" in Czech, "Poviedka:" in Slovak, "Opowiadanie:" in Polish); Japanese
 * fandom brackets the kind of post first, "【小説】雨宿り", "【SS】…" (小説, a story; SS, a short story), and tags it 小説 or SS.
 * Hebrew fandom writes "דרבל: X" (a drabble) and "פאנפיק" (fan fiction) in subjects and tags.
 */
export const FIC_SUBJECT =
  /(?:^|[\s[(:|-])(?:(?:fics?|fanfic(?:tion)?s?|ficlets?|(?:double )?drabbles?|one[- ]?shot|דרבל|פאנפיק)(?:$|[\s\]):|,-])|(?:story|fill|ficci|novelli|povídka|poviedka|opowiadanie)(?:$|[\]):]))|【[^】]{0,12}(?:小説|ss)[^】]{0,12}】/i;

/** A tag saying the post is fic. */
export const FIC_TAG = /^(?:小説|ss|פאנפיק|(?:my )?(?:fic|fanfic|fanfiction|fiction|ficlet|drabble|writing)s?|fic(?::| -| type:| post).*|(?:.*: |post type: |type: )fic)$/i;

/**
 * Kinds of post that are about fic, as authors and mods named them in subjects. "Rec" alone only
 * opens a subject ("Rec: X by Y"): elsewhere it is as likely a fandom ("Parks and Rec"). An
 * exchange's letter to the writer assigned to one ("Dear Yuletide Author", "Exchange letter")
 * lists fandoms, characters and likes in a header's labels: it asks for a story, it is none.
 * "Reveal" is not among them: at an exchange's reveals the writers post or link their own gift
 * fic ("Reveals! My swap fic"), and the mods' reveal post is a list of links (list-of-links).
 * A chapter announced ("(3/3) — coming soon!") or a fic read aloud at a con ("+ a fic reading") is
 * an event about a story, not the story. A review ("review: Longshore, by X", "fic review") is about someone's
 * story, quoting its header and a line or two: "review" opens the subject, as "rec" does. A book review ("book review: The
 * Moonstone") gives the book's Title / Author / Rating in lines like a fic header's: it is about a book, no story.
 * A story still to be posted or still to be found is described in a header's labels too: a call for a beta ("beta
 * wanted", "looking for a beta"), a fic search (FIC_SEARCH, below), a WIP check-in or a "fic update" (the month's new chapters, linked with
 * their ratings and lengths: a list of what was posted, no story, nor one story's masterpost); and meta
 * ("meta: …", fandom's word for an essay) quotes headers as its examples.
 * A WIP amnesty or graveyard (fandom's year-end post of the fics that will never be finished: their headers, a snippet,
 * what would have happened), a "year in fic" (the year-end meme listing one's stories, Title / Words / Comments each)
 * and a call for a title ("help me title this", "title suggestions?": a header with a blank title, a snippet and a
 * question) show fic that is not there to read. So, opening the subject, do a "DVD commentary" (the meme of a chapter's
 * lines quoted under its header, each with the writer's note) and a fanmix or playlist made for a story (its Title /
 * For / Tracks / Length header and a tracklist).
 */
export const ABOUT_FIC_SUBJECT =
  /\b(?:dear (?:\w+ ){0,2}(?:author|writer|creator|gifter)|(?:exchange|yuletide) letter|meme|poll|sign[- ]?up|fic rec|rec (?:list|post)|recommendation|announcement|master ?list|mod post|prompts? post|round-?up|reminder|schedule|claim|(?:wip|writing|fic) (?:update|wednesday|check-?in)|progress (?:update|report)|beta (?:wanted|needed|request)|looking for (?:a )?beta|snippet|teaser|filter|coming soon|(?:fic|story|book) (?:reading|review)|(?:wip|fic) (?:amnesty|graveyard)|year in (?:fic|writing)|help me (?:title|name)|title (?:help|suggestion))s?\b|\b(?:recs|news|welcome|rules|friending|friends only|f-?locked|hiatus)\b|^\W*(?:rec|reviews?|meta|(?:dvd )?commentary|fan ?mix|playlist)\b/i;

/**
 * A call for prompts ("leave me a prompt!", "prompt me", "taking prompts", "comment fic: send me prompts"): it asks for
 * the stories the comments will hold, whatever fic word opens it, and tells how to ask in a header's labels.
 */
export const PROMPT_CALL = /\b(?:(?:leave|give|send|drop) me (?:a |some |your )?prompts?|prompt me|taking prompts)\b/i;

/**
 * A fic search: a reader asks which story it was they once read (a find-a-fic community's post, or one's own journal's),
 * describing it under the request form's labels (Fandom / Pairing / Where I read it), and names the post so in its
 * subject: "Looking for: <what happens>" (the request's colon: a story may be titled "Looking for Home"), "searching for a
 * fic: …", "help me find: …", "fic search", and the status the asker puts in once someone answers ("[FOUND]",
 * "(solved)"). It asks for a story and is none, whatever fic word the subject also has ("searching for a fic:").
 */
export const FIC_SEARCH =
  /\b(?:(?:looking|searching|hunting) for (?:a |an |this |the |an old )?(?:fic|story|ficlet|drabble|one-?shot)s?\b|looking for\s*:|help (?:me )?find(?:ing)?\s*(?::|(?:a|an|this|the|an old) (?:fic|story)\b)|(?:fic|story) (?:search|hunt|finder)(?:e?s)?\b)|[[(]\s*(?:found|solved|still looking)\s*[\])]/i;

/**
 * Words of talk about writing: a post about fic says them often, a story seldom does. Fandom
 * names its kinds of fic (casefic, kidfic) and counts a WIP in thousands of words ("4k").
 */
export const WRITING_TALK =
  /\b(?:\d+k|(?:(?:case|kid|crack)?fic|fanfic|drabble|ficlet|wip|draft|prompt|post|tag|chapter|comment|fandom)s?|beta|posted|posting|kudos|ao3|flist|words|writing|write|wrote|written|rewrit\w*|stor(?:y|ies))\b/gi;
