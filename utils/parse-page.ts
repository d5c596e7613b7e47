/**
 * A fetched journal page as a document to extract from: DOMParser makes an inert document (no
 * scripts run, nothing loads) whose nodes are never inserted anywhere; post HTML reaches a reader
 * only through sanitizePostHtml. The one place the extension parses fetched markup (audited in
 * tests/unit/no-eval.test.ts). The URL is not needed: extractPage takes it separately.
 */
export function parseFetchedPage(html: string): Document {
  return new DOMParser().parseFromString(html, 'text/html');
}
