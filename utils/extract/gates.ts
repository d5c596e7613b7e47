/**
 * The sites' adult-content gates ('Discretion Advised', 'Adult Content Notice'): pages that stand
 * in front of an entry until the reader confirms on the site.
 */
import { queryAll, tagged, textOf } from './dom';

const GATE_ACTION = /adult_concepts|adult_explicit|adult_?content/i;
const GATE_TITLE =
  /discretion advised|adult content (?:notice|warning)|explicit adult content|this (?:journal|entry|community) (?:may contain|contains|is marked as having) adult content|mature content warning/i;

export function isAdultGate(doc: Document): boolean {
  // One pass over the page's forms (few), not one selector search of the page per gate; the
  // forms, title and headings from the extraction's walk of the page (select.ts), not a search each.
  for (const f of tagged(doc, 'form')) if (f.namespaceURI === 'http://www.w3.org/1999/xhtml' && GATE_ACTION.test(f.getAttribute('action') ?? '')) return true;
  const title = textOf(tagged(doc, 'title')[0]);
  const heading = textOf(tagged(doc, 'h1')[0]) + ' ' + textOf(tagged(doc, 'h2')[0]);
  if (GATE_TITLE.test(title) || GATE_TITLE.test(heading)) {
    // The gate page asks a question and offers a way on; an entry merely *about* adult content
    // would have a post in it, which the caller checks first.
    return queryAll(doc, 'a[href*="adult"], form, input[type=submit], button').length > 0;
  }
  return false;
}
