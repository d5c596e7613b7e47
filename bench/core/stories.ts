/**
 * Stories generated at run time for the sections that open or export one (4: reader, 6: epub):
 * journal-like LiveJournal entry pages (the S2 'Generator' layout of the fixtures' Jump Coordinates
 * pages) at https://<name>.livejournal.com/<n>.html, a `<b>Title:</b> … <b>Part:</b> i/N` header,
 * prose paragraphs from the fixtures' expected bodies (deterministic), the part links ten to a line.
 * Also the deterministic PRNG and HTML escaping the generated pages share (pages.ts).
 */
import { loadCases, readBody } from '../../harness/fixture-cases';
import { canonicalEntryKey } from '../../utils/url';

/** Small deterministic PRNG (mulberry32): the same prose every run. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

let paragraphPool: string[] | null = null;
/** Paragraphs of the fixtures' expected story bodies (real prose: extraction treats it as such). */
function paragraphs(): string[] {
  if (!paragraphPool) {
    const cases = loadCases().filter((c) => c.kind === 'story' && c.stories[0]?.bodyFile && c.stories[0].complete);
    paragraphPool = cases.flatMap((c) =>
      readBody(c.stories[0].bodyFile!)
        .split(/\n\s*\n/)
        .map((p) => p.replace(/\s+/g, ' ').trim())
        .filter((p) => p.length > 40),
    );
  }
  return paragraphPool;
}

function prose(words: number, seed: number): string[] {
  const pool = paragraphs();
  const rand = prng(seed);
  const out: string[] = [];
  for (let n = 0; n < words; ) {
    const p = pool[Math.floor(rand() * pool.length)];
    out.push(p);
    n += p.split(' ').length;
  }
  return out;
}

export interface GeneratedStory {
  name: string;
  parts: number;
  wordsPerPart: number;
  urls: string[];
  /** Canonical entry keys of the parts (what the reader's database stores). */
  keys: string[];
  pages: Record<string, { body: string }>;
  bytes: number;
}

const partUrl = (name: string, i: number) => `https://${name}.livejournal.com/${10_000 + i * 137}.html`;

/** An N-part story under the journal `name` (a hostname label: letters, digits, hyphens). */
export function generateStory(name: string, parts: number, wordsPerPart: number, title = 'Jump Coordinates'): GeneratedStory {
  const user = name.replace(/-/g, '_');
  const urls = Array.from({ length: parts }, (_, k) => partUrl(name, k + 1));
  const pages: Record<string, { body: string }> = {};
  let bytes = 0;
  urls.forEach((url, k) => {
    const i = k + 1;
    const subject = `FIC: ${esc(title)}${parts > 1 ? `, Part ${i}/${parts}` : ''} (BSG, PG-13)`;
    const links = urls.map((u, j) => (j === k ? `<b>Part ${j + 1}</b>` : `<a href="${u}">Part ${j + 1}</a>`));
    const nav: string[] = [];
    for (let j = 0; parts > 1 && j < links.length; j += 10) nav.push(`<div align="center">${links.slice(j, j + 10).join(' | ')}</div>`);
    const body = prose(wordsPerPart, i * 7919 + parts * 31 + wordsPerPart)
      .map((p) => `<p>${esc(p)}</p>`)
      .join('\n');
    const html = `<!DOCTYPE html PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN" "http://www.w3.org/TR/html4/loose.dtd">
<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>${user} | ${subject}</title>
</head>
<body>
<div align="center">
<table width="90%" cellpadding="0" cellspacing="0" border="0"><tr><td>
<table width="100%" cellpadding="6" cellspacing="0" border="0" class="shadowed">
<tr><td class="meta"><font size="+2"><b>${user}</b></font><br><i>so say we all</i></td></tr>
</table>
<table width="100%" cellpadding="3" cellspacing="0" border="0">
<tr><td class="navbar" align="center">[<a href="https://${name}.livejournal.com/">Recent Entries</a>|<a href="https://${name}.livejournal.com/calendar">Archive</a>|<a href="https://${name}.livejournal.com/friends">Friends</a>|<a href="https://www.livejournal.com/userinfo.bml?user=${user}">User Info</a>]</td></tr>
</table>
<br>
<table width="100%" class="entrybox" cellpadding="2" cellspacing="0" border="0">
<tr><td align="left" class="caption"><a href="${url}">${subject}</a></td><td align="right" class="index">[Jun. 2nd, 2007|10:48 pm]</td></tr>
<tr><td colspan="2" class="entry">
<b>Title:</b> ${esc(title)}<br>
${parts > 1 ? `<b>Part:</b> ${i}/${parts}<br>\n` : ''}<b>Fandom:</b> Battlestar Galactica (2003)<br>
<b>Characters:</b> Felix Gaeta, Kara Thrace, original characters<br>
<b>Rating:</b> PG-13<br>
<b>Word count:</b> ${wordsPerPart.toLocaleString('en-US')}<br>
<b>Summary:</b> Seventy-three ships jump. Seventy-two arrive.<br>
<br>
${body}
<br>
${nav.join('\n')}
</td></tr>
<tr><td colspan="2" class="comments" align="right"><a href="${url}?view=comments#comments">2 comments</a>|<a href="${url}?mode=reply">Leave a comment</a></td></tr>
</table>
<br>
<div align="center"><font size="-2">Powered by <a href="https://www.livejournal.com/">LiveJournal.com</a></font></div>
</td></tr></table>
</div>
</body>
</html>
`;
    pages[url] = { body: html };
    bytes += Buffer.byteLength(html);
  });
  return { name, parts, wordsPerPart, urls, keys: urls.map(canonicalEntryKey), pages, bytes };
}
