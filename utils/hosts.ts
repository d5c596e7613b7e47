/**
 * The journal sites Inkwell runs on: one list, used by the manifest (host permissions and
 * content-script matches), by URL canonicalisation and by the site adapters.
 * Least privilege: these hosts and nothing else (never <all_urls>).
 */
export const JOURNAL_DOMAINS = [
  'livejournal.com',
  'dreamwidth.org',
  'insanejournal.com',
  'journalfen.net',
  'deadjournal.com',
  'scribbld.com',
] as const;

export type JournalDomain = (typeof JOURNAL_DOMAINS)[number];

/** Match patterns for the manifest: `*.` covers the bare domain too. */
export const JOURNAL_MATCHES: string[] = [
  ...JOURNAL_DOMAINS.map((d) => `*://*.${d}/*`),
  // Wayback copies of journal pages: only under /web/, where the archived pages live.
  '*://web.archive.org/web/*',
];
