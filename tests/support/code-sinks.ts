/**
 * The patterns the no-eval checks look for: code built from strings, and markup put into the page
 * without the sanitiser. Shared by the source check (tests/unit/no-eval.test.ts) and the build check
 * (tests/e2e/no-eval.e2e.ts).
 */
export interface Sink {
  name: string;
  re: RegExp;
}

/** Strings turned into code. */
export const CODE_SINKS: Sink[] = [
  { name: 'eval(', re: /(?<![\w$.])eval\s*\(/g },
  { name: 'new Function', re: /\bnew\s+Function\s*\(/g },
  { name: 'Function("…")', re: /(?<!new\s+)(?<![\w$.])Function\s*\(\s*['"`]/g },
  { name: 'setTimeout/setInterval with a string', re: /\bset(?:Timeout|Interval)\s*\(\s*['"`]/g },
  { name: 'import() of a string built at run time', re: /\bimport\s*\(\s*(?!['"`])[\w$]/g },
];

/** Markup parsed into a live document. */
export const MARKUP_SINKS: Sink[] = [
  { name: 'innerHTML =', re: /\.innerHTML\s*\+?=(?!=)/g },
  { name: 'outerHTML =', re: /\.outerHTML\s*\+?=(?!=)/g },
  { name: 'insertAdjacentHTML', re: /\binsertAdjacentHTML\s*\(/g },
  { name: 'document.write', re: /\bdocument\.write(?:ln)?\s*\(/g },
  { name: 'createContextualFragment', re: /\bcreateContextualFragment\s*\(/g },
  { name: 'srcdoc', re: /\.srcdoc\s*=(?!=)|setAttribute\(\s*['"`]srcdoc/g },
  { name: 'setHTMLUnsafe / parseHTMLUnsafe', re: /\b(?:setHTMLUnsafe|parseHTMLUnsafe)\s*\(/g },
  { name: 'DOMParser.parseFromString', re: /\bparseFromString\s*\(/g },
  { name: 'on* handler attribute set', re: /setAttribute\(\s*['"`]on[a-z]+['"`]/g },
];

export interface Hit {
  file: string;
  line: number;
  sink: string;
  text: string;
}

export function findSinks(file: string, source: string, sinks: Sink[]): Hit[] {
  const hits: Hit[] = [];
  const lines = source.split('\n');
  for (const sink of sinks) {
    sink.re.lastIndex = 0;
    for (let m = sink.re.exec(source); m; m = sink.re.exec(source)) {
      const line = source.slice(0, m.index).split('\n').length;
      const text = lines[line - 1].trim();
      const before = source.slice(source.lastIndexOf('\n', m.index - 1) + 1, m.index);
      // Prose in a comment is not code (a comment line, or after // that is not a URL's).
      if (/^(?:\/\/|\*|\/\*)/.test(text) || /(?:^|[^:'"`\\])\/\//.test(before)) continue;
      // The characters around the hit (minified bundles have very long lines).
      const full = lines[line - 1];
      const col = before.length;
      const around = full.length <= 160 ? text : full.slice(Math.max(0, col - 80), col + 80).trim();
      hits.push({ file, line, sink: sink.name, text: around });
    }
  }
  return hits;
}
