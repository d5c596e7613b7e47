/**
 * The sites' adult-content gates ('Discretion Advised', 'Adult Content Notice'): pages that stand
 * in front of an entry until the reader confirms on the site.
 */
import { queryAll, textOf } from './dom';

const GATE_ACTION = /adult_concepts|adult_explicit|adult_?content/i;
const GATE_TITLE =
  /discretion advised|adult content (?:notice|warning)|explicit adult content|this (?:journal|entry|community) (?:may contain|contains|is marked as having) adult content|mature content warning/i;

export function isAdultGate(doc: Document): boolean {
  // One pass over the page's forms (few), not one selector search of the page per gate.
  for (const f of Array.from(doc.forms ?? [])) if (GATE_ACTION.test(f.getAttribute('action') ?? '')) return true;
  const title = textOf(doc.querySelector('title'));
  const heading = textOf(doc.querySelector('h1')) + ' ' + textOf(doc.querySelector('h2'));
  if (GATE_TITLE.test(title) || GATE_TITLE.test(heading)) {
    // The gate page asks a question and offers a way on; an entry merely *about* adult content
    // would have a post in it, which the caller checks first.
    return queryAll(doc, 'a[href*="adult"], form, input[type=submit], button').length > 0;
  }
  return false;
}
