/**
 * No code from strings, no unsanitised markup: every source file of the extension (entrypoints,
 * components, utils) is searched for eval, new Function, string timers and the markup sinks
 * (innerHTML/outerHTML assignment, insertAdjacentHTML, document.write, srcdoc, …). The only uses
 * allowed are the audited ones below, each with its reason; a new one fails until it is audited here.
 * The built bundles are checked the same way in tests/e2e/no-eval.e2e.ts.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES } from '../../harness/fixture-cases';
import { CODE_SINKS, findSinks, type Hit, MARKUP_SINKS } from '../support/code-sinks';

const ROOT = join(FIXTURES, '../..');
const DIRS = ['entrypoints', 'components', 'utils'];

/** Audited uses: file, sink, a piece of the line, and why it is safe. */
const AUDITED: { file: string; sink: string; line: string; reason: string }[] = [
  {
    file: 'utils/parse-page.ts',
    sink: 'DOMParser.parseFromString',
    line: "new DOMParser().parseFromString(html, 'text/html')",
    reason:
      "Fetched journal pages (for the overlay, the reader page and the library's Refresh) are parsed into an inert document (no scripts run, nothing loads) for extraction only; its nodes are never inserted. Post HTML reaches the reader only through sanitizePostHtml.",
  },
  {
    file: 'utils/epub/xhtml.ts',
    sink: 'DOMParser.parseFromString',
    line: ".DOMParser().parseFromString(html, 'text/html').body",
    reason:
      "A saved part's HTML is parsed into an inert document (no scripts run, nothing loads) for the books' XHTML writer to read; its nodes are never inserted, the writer emits only its own allowlist as text.",
  },
  {
    file: 'components/first-screen-snapshot.ts',
    sink: 'innerHTML =',
    line: 'root.innerHTML = snap.html;',
    reason:
      "The popup's and library page's own first screen, serialized by saveSnapshot (root.innerHTML of DOM the pages built with text nodes and attributes, so story titles are escaped) into the extension origin's localStorage, which only its pages write; drawn back inert by the start script, only while the remembered stories it was drawn from are unchanged. The pages' CSP (script-src 'self') runs no inline script or handler from it.",
  },
];

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...sourceFiles(p));
    else if (/\.(?:ts|tsx|js|mjs|vue|svelte|html)$/.test(name) && !/\.(?:test|spec)\./.test(name)) out.push(p);
  }
  return out;
}

const files = DIRS.flatMap((d) => sourceFiles(join(ROOT, d)));
const hits: Hit[] = files.flatMap((f) => findSinks(relative(ROOT, f), readFileSync(f, 'utf8'), [...CODE_SINKS, ...MARKUP_SINKS]));
const isAudited = (h: Hit) => AUDITED.some((a) => a.file === h.file && a.sink === h.sink && h.text.includes(a.line));

describe('no eval, no unsanitised markup in the sources', () => {
  it('searches the extension’s sources', () => {
    expect(files.length).toBeGreaterThan(20);
    expect(files.some((f) => f.endsWith('utils/sanitize.ts'))).toBe(true);
  });

  it('finds the patterns it looks for (the check can fail)', () => {
    const probe = [
      'eval(x);',
      'const f = new Function("a", "return a");',
      "setTimeout('alert(1)', 10);",
      'el.innerHTML = post.bodyHtml;',
      'el.outerHTML += x;',
      "el.insertAdjacentHTML('beforeend', x);",
      'document.write(x);',
      'frame.srcdoc = x;',
      "a.setAttribute('onclick', x);",
      'range.createContextualFragment(x);',
    ].join('\n');
    expect(findSinks('probe.ts', probe, [...CODE_SINKS, ...MARKUP_SINKS]).map((h) => h.sink)).toHaveLength(10);
    expect(findSinks('probe.ts', 'doc.evaluate(x); a.innerHTML === b; // eval(x)\nconst html = el.innerHTML;', [...CODE_SINKS, ...MARKUP_SINKS])).toEqual([]);
  });

  it('uses none of them, apart from the audited uses listed here', () => {
    expect(hits.filter((h) => !isAudited(h)).map((h) => `${h.file}:${h.line} ${h.sink}: ${h.text}`)).toEqual([]);
  });

  it('every audited use still exists (the list does not go stale)', () => {
    for (const a of AUDITED)
      expect(
        hits.some((h) => a.file === h.file && a.sink === h.sink && h.text.includes(a.line)),
        `${a.file}: ${a.line}`,
      ).toBe(true);
  });
});
